/**
 * The bundled action as GitHub runs it: dist/main then dist/post as child processes, with INPUT_*
 * variables and the runner's command files. Also the cancellation path: main is cancelled in each
 * phase and post removes what it left.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSampleContext } from '../../src/sample.ts';
import { track } from '../support/temp.ts';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { actionHarness } from '../support/action-harness.ts';
import { hostEngine, leftovers, podman, requireHost } from '../support/e2e.ts';

let context: string;
beforeAll(async () => {
  await requireHost();
  context = track(await prepareSampleContext());
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
      // figures are reported, not judged here (speed is the bench's business)
      for (const k of ['restore-start-ms', 'cold-start-ms', 'speedup'] as const) expect(o[k], k).toMatch(/^\d+(\.\d+)?$/);
      console.log(`restore ${o['restore-start-ms']} ms, cold ${o['cold-start-ms']} ms, ${o.speedup}x (informative)`);
      expect(main.stdout).toMatch(/Restore finished successfully|restore #1: first response/);
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
  }, 600_000);

  it('fails with an annotation naming the input, and starts nothing, on bad input', async () => {
    const h = await actionHarness({ runtime: 'graal', context, image: 'sample-bad' }, context);
    const main = await h.run('main');
    expect(main.exitCode).toBe(1);
    expect(main.commands.join('\n')).toMatch(/::error title=checkpoint-image%3A invalid input::Input "runtime": got "graal"; allowed: `crac`, `openj9`, `liberty`, `criu`\. Fix:/);
    expect(main.commands.join('\n')).toMatch(/::error::checkpoint-image: an input is invalid \(see the annotations\); nothing was started\./);
    expect(main.summary).toBe('');
  });

  it('a log folder it cannot create is an input error too: annotated with the fix, no stack trace', async () => {
    // a folder below a file cannot be created, whoever runs it
    const h = await actionHarness({ runtime: 'criu', context, image: 'sample-bad', 'ready-url': '/', 'log-dir': '/dev/null/logs' }, context);
    const main = await h.run('main');
    expect(main.exitCode).toBe(1);
    expect(main.commands.join('\n')).toMatch(/::error title=checkpoint-image%3A invalid input::Input "log-dir": cannot create \/dev\/null\/logs .*Fix:/);
    expect(main.stdout + main.stderr).not.toMatch(/\n\s+at /);
  });

});

/**
 * Cancellation in every phase, triggered by the run's own progress (a line it prints once that phase
 * has something running), never by a timer: main is cancelled as the runner cancels a step (the
 * whole process tree), then post must remove the run's containers, its temporary tags (the build
 * tag, and the restore image's tags until they are pushed) and the registry auth folder.
 */
describe('a cancelled main step: post removes what it left, in every phase', () => {
  let reg: LocalRegistry;
  beforeAll(async () => {
    reg = await startLocalRegistry({ auth: { username: 'cancel', password: 'Cancel-Pass-5150' } });
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it.each<[string, RegExp, { running: boolean }]>([
    // podman build is streaming its steps
    ['build', /::group::build[\s\S]*STEP \d+\/\d+/, { running: false }],
    // the checkpoint container is up and its app answered
    ['checkpoint', /::group::checkpoint[\s\S]*ready after \d+ ms/, { running: true }],
    ['commit', /::group::commit/, { running: true }],
    // a restore container answered; the next start (a cold one) follows
    ['verify', /restore #1: first response after \d+ ms/, { running: false }],
    ['push', /::group::push/, { running: false }],
  ])('cancelled in %s', async (phase, progress, expectAlive) => {
    const image = `sample-cancel-${phase}`;
    const h = await actionHarness(
      { runtime: 'criu', context, image, registry: reg.address, tags: 'c1', 'ready-url': '/', 'compare-runs': '1', push: 'true', 'tls-verify': 'false', username: 'cancel', password: 'Cancel-Pass-5150' },
      context,
    );
    const ref = `${reg.address}/${image}:c1`;
    const main = await h.run('main', {
      onStdout: (_chunk, cancel, soFar) => {
        if (progress.test(soFar)) cancel();
      },
    });
    expect(progress.test(main.stdout), `main never reached ${phase}: ${main.stdout.slice(-2000)}`).toBe(true);
    expect(main.exitCode, `main finished although cancelled in ${phase}`).not.toBe(0);
    // state was saved before anything started: post knows the run, its log folder and how to reach podman
    const state = JSON.parse(main.state['checkpoint-image']!);
    expect(state.done).toBe(false);
    expect(state.logDir).toContain(state.runId);
    expect(state).toMatchObject({ ociRuntime: (await hostEngine()).ociRuntime ?? null, sudo: false });
    const authDirs = async () => (await readdir(h.dir)).filter((f) => f.startsWith('checkpoint-image-auth-'));
    // the login runs during the build: from the checkpoint on, its folder is there until post
    if (phase !== 'build') expect(await authDirs()).toHaveLength(1);
    if (expectAlive.running) expect((await leftovers(state.runId)).length).toBeGreaterThan(0);
    const post = await h.run('post');
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.stdout).toMatch(/main step did not finish/);
    expect(await leftovers(state.runId)).toEqual([]);
    expect(await authDirs()).toEqual([]);
    // the unpushed restore image was temporary: gone too
    expect((await podman(['image', 'exists', ref])).exitCode).toBe(1);
    // idempotent: a second post run finds nothing to do and does not fail
    expect((await h.run('post')).exitCode).toBe(0);
  }, 600_000);

  it('a cleanup that fails is reported as warnings; post does not fail the job, and a later post still cleans', async () => {
    const h = await actionHarness({ runtime: 'criu', context, image: 'sample-cancel-broken', 'ready-url': '/', 'compare-runs': '0' }, context);
    const main = await h.run('main', {
      onStdout: (_chunk, cancel, soFar) => {
        if (/::group::checkpoint[\s\S]*ready after \d+ ms/.test(soFar)) cancel();
      },
    });
    const state = JSON.parse(main.state['checkpoint-image']!);
    const left = await leftovers(state.runId);
    expect(left.length).toBeGreaterThan(0);
    // a podman that fails every command (as with a corrupted storage database) on the post step's PATH
    const bin = path.join(h.dir, 'broken-bin');
    await mkdir(bin);
    await writeFile(path.join(bin, 'podman'), '#!/bin/sh\necho "Error: database is locked" >&2\nexit 125\n', { mode: 0o755 });
    const broken = await h.run('post', { extraEnv: { PATH: `${bin}:${process.env.PATH}` } });
    expect(broken.exitCode, broken.stdout).toBe(0);
    const warnings = broken.commands.filter((c) => c.startsWith('::warning::cleanup: '));
    // the failed removal with podman's own error, and the check afterwards that could not list
    expect(warnings.some((w) => w.startsWith(`::warning::cleanup: container checkpoint-image-${state.runId}-checkpoint: `) && w.includes('database is locked')), warnings.join('\n')).toBe(true);
    expect(warnings.some((w) => w.includes(`could not list the containers of run ${state.runId}`)), warnings.join('\n')).toBe(true);
    expect(broken.commands.some((c) => c.startsWith('::error'))).toBe(false);
    expect(await leftovers(state.runId)).toEqual(left);
    // with podman working again, post removes it all
    expect((await h.run('post')).exitCode).toBe(0);
    expect(await leftovers(state.runId)).toEqual([]);
  }, 600_000);
});
