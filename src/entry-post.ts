/** Bundle entry of the action's post step (dist/post/index.js): it never fails the job. */
import * as core from '@actions/core';
import { run } from './action/post.ts';

try {
  await run();
} catch (e) {
  core.warning(`checkpoint-image post step: ${(e as Error).message}`);
}
// pending handles (artifact client sockets) must not keep the step alive
process.exit(0);
