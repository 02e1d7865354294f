/** Bundle entry of the action's main step (dist/main/index.js). */
import * as core from '@actions/core';
import { run } from './action/main.ts';

try {
  await run();
} catch (e) {
  core.setFailed((e as Error).stack ?? String(e));
}
