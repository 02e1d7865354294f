/**
 * The bundled action as GitHub runs it: dist/main then dist/post as child processes, with INPUT_*
 * variables and the runner's command files. Also the cancellation path: main is killed mid-run and
 * post removes what it left.
 */
import { readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareSampleContext } from '../../src/sample.ts';
import { startLocalRegistry } from '../../src/local-registry.ts';
import { actionHarness } from '../support/action-harness.ts';
import { hostEngine, leftovers, podman, requireHost } from '../support/e2e.ts';

let context: string;
beforeAll(async () => {
  await requireHost();
  context = await prepareSampleContext();
});

describe('the action bundle (dist/main, dist/post)', () => {
  it('runs the pipeline, writes the outputs and the summary, and post has nothing left to do', async () => {
    const reg = await startLocalRegistry();
    try {
      const h = await actionHarness(
        { runtime: 'criu', context, image: 'sample-action', registry: reg.address, tags: 'v1,latest', 'ready-url': '/', 'compare-runs': '2', push: 'true', 'tls-verify': 'false', 'upload-logs': 'always' },
        context,
      );
      const main = await h.run('main');
      expect(main.exitCode, main.stdout.slice(-3000)).toBe(0);
      const o = main.outputs;
      expect(o.image).toBe(`${reg.address}/sample-action:v1`);
      expect(o.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(Number(o['checkpoint-bytes'])).toBeGreaterThan(5e6);
      expect(Number(o['restore-start-ms'])).toBeLessThan(Number(o['cold-start-ms']));
      expect(Number(o.speedup)).toBeGreaterThan(1);
      expect(o['log-dir']).toContain(h.dir);
      expect(await readdir(o['log-dir']!)).toEqual(expect.arrayContaining(['build', 'checkpoint', 'setup', 'verify']));
      // phases grouped in the log
      for (const p of ['setup', 'build', 'checkpoint', 'commit', 'verify', 'push']) expect(main.stdout).toContain(`::group::${p}`);
      expect(main.summary).toContain('xychart-beta');
      expect(main.summary).toMatch(/\| verify \| ✅ ok/);
      // no artifact service outside GitHub: a notice, never a failure
      expect(main.commands.join('\n')).toMatch(/::notice::the artifact service is not available here/);
      const state = JSON.parse(main.state['checkpoint-image']!);
      expect(state.done).toBe(true);
      expect(state.logDir).toBe(o['log-dir']);
      const post = await h.run('post');
      expect(post.exitCode).toBe(0);
      expect(post.stdout).not.toContain('did not finish');
      expect(await leftovers(state.runId)).toEqual([]);
      for (const t of ['v1', 'latest']) await podman(['rmi', `${reg.address}/sample-action:${t}`]);
    } finally {
      await reg.stop();
    }
  }, 240_000);

  it('fails with an annotation naming the input, and starts nothing, on bad input', async () => {
    const h = await actionHarness({ runtime: 'graal', context, image: 'sample-bad' }, context);
    const main = await h.run('main');
    expect(main.exitCode).toBe(1);
    expect(main.commands.join('\n')).toMatch(/::error title=checkpoint-image%3A invalid input::Input "runtime": got "graal"; allowed: `crac`, `openj9`, `liberty`, `criu`\. Fix:/);
    expect(main.commands.join('\n')).toMatch(/::error::checkpoint-image: an input is invalid \(see the annotations\); nothing was started\./);
    expect(main.summary).toBe('');
  });

  it('after a cancelled main step, post removes the containers and images main left', async () => {
    const h = await actionHarness({ runtime: 'criu', context, image: 'sample-cancel', 'ready-url': '/', 'compare-runs': '0' }, context);
    // cancel as the runner does (SIGTERM) while the checkpoint container is running
    const main = await h.run('main', {
      onStdout: (chunk, kill) => {
        if (chunk.includes('::group::checkpoint')) setTimeout(kill, 1500);
      },
    });
    expect(main.exitCode).not.toBe(0);
    // state was saved before anything started: post knows the run and its log folder
    const state = JSON.parse(main.state['checkpoint-image']!);
    expect(state.done).toBe(false);
    expect(state.logDir).toContain(state.runId);
    // and how to reach podman: the OCI runtime this host needs, and no sudo for root
    expect(state).toMatchObject({ ociRuntime: (await hostEngine()).ociRuntime ?? null, sudo: false });
    const before = await leftovers(state.runId);
    expect(before.length).toBeGreaterThan(0);
    const post = await h.run('post');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/main step did not finish/);
    expect(await leftovers(state.runId)).toEqual([]);
    // idempotent: a second post run finds nothing to do and does not fail
    expect((await h.run('post')).exitCode).toBe(0);
  }, 180_000);
});
