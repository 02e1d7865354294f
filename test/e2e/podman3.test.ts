/**
 * Issue 11, ubuntu-22.04 as it is: the whole pipeline with the real podman 3.4.4 (the runner's own,
 * built from the upstream tag; see test/support/podman3.ts for its storage and CNI network), reached
 * by the CLI as `podman` on PATH: build, checkpoint, commit, verify, push to a loopback registry; then
 * the image is removed, pulled back with podman 3.4.4 and restored. Afterwards nothing of the run is
 * left in podman 3's storage nor in the host's podman 4 storage, and every `podman run` the product
 * issued carried `--security-opt apparmor=unconfined` (read from the wrapper's argv log). On the old
 * code this fails twice: preflight refused podman 3.4.4, and `podman rm -f -t 0` (exit 125 on 3.x)
 * left every container behind.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run, type Runner } from '../../src/exec.ts';
import { Podman } from '../../src/podman.ts';
import { remainsOfRun } from '../../src/pipeline/run.ts';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { freePort, waitForHttp } from '../../src/readiness.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { track } from '../support/temp.ts';
import { ROOT } from '../support/action-harness.ts';
import { BASE_IMAGE, hostEngine, leftovers, requireHost } from '../support/e2e.ts';
import { copyImageToPodman3, setupPodman3, type Podman3 } from '../support/podman3.ts';

let p3: Podman3;
let reg: LocalRegistry;
let context: string;
let runnerTemp: string;

/** The podman verb of an argv (after global flags such as `--runtime runc`). */
export function verbOf(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--runtime' || a === '--root' || a === '--runroot') {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return a;
  }
  return null;
}

/** The CLI from source, as a user would run it, with the given PATH and RUNNER_TEMP. */
export function cliFromSource(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'src', 'entry-cli.ts'), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

beforeAll(async () => {
  await requireHost();
  p3 = await setupPodman3();
  expect((await p3.podman(['version', '--format', '{{.Client.Version}}'])).stdout.trim()).toBe('3.4.4');
  await copyImageToPodman3(p3, BASE_IMAGE);
  reg = await startLocalRegistry();
  context = track(await prepareSampleContext());
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-p3-temp-'));
}, 300_000);

afterAll(async () => {
  await reg?.stop();
  await p3?.dispose([BASE_IMAGE]);
  if (runnerTemp) await rm(runnerTemp, { recursive: true, force: true });
  if (context) await rm(context, { recursive: true, force: true });
});

it('podman 3.4.4: build, checkpoint, commit, verify, push; pulled back it restores; nothing left in either storage', async () => {
  const tag = `p3-${Date.now().toString(36)}`;
  const ref = `${reg.address}/sample-p3:${tag}`;
  const r = await cliFromSource(
    ['build', '--runtime', 'criu', '--context', context, '--image', 'sample-p3', '--registry', reg.address, '--tags', tag,
      '--ready-url', '/', '--warmup-requests', '2', '--compare-runs', '1', '--push', 'true', '--tls-verify', 'false', '--compression', 'zstd', '--json'],
    { ...process.env, PATH: `${p3.binDir}:${process.env.PATH}`, RUNNER_TEMP: runnerTemp },
  );
  const out = JSON.parse(r.stdout || '{}') as Record<string, unknown>;
  expect(out.error ?? null, r.stderr).toBeNull();
  expect(r.code, r.stderr).toBe(0);
  expect(out.image).toBe(ref);
  expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(r.stderr).toMatch(/podman 3\.4\.4/);
  const runId = path.basename(String(out['log-dir']));
  expect(String(out['log-dir']).startsWith(runnerTemp), 'logs under RUNNER_TEMP').toBe(true);

  // what the product ran: every `podman run` AppArmor-unconfined, no `rm -t` (unknown to 3.x)
  const calls = await p3.calls();
  const runs = calls.filter((c) => verbOf(c) === 'run');
  expect(runs.length).toBeGreaterThanOrEqual(3); // checkpoint, restore, cold
  for (const c of runs) expect(c.join(' '), 'every podman run').toMatch(/--security-opt apparmor=unconfined/);
  const rms = calls.filter((c) => verbOf(c) === 'rm');
  expect(rms.length).toBeGreaterThan(0);
  for (const c of rms) expect(c.slice(c.indexOf('rm'))).not.toContain('-t');
  // 3.4.4's push has no --compression-format: never passed, gzip pushed, and the user told so
  const pushes = calls.filter((c) => verbOf(c) === 'push');
  expect(pushes.length).toBeGreaterThan(0);
  for (const c of pushes) expect(c).not.toContain('--compression-format');
  expect(r.stderr).toMatch(/Input "compression" is "zstd", but podman 3\.4\.4 has no `push --compression-format`/);

  // nothing of the run in podman 3's storage, nor in podman 4's
  const ps = await p3.podman(['ps', '-a', '--format', '{{.Names}}']);
  expect(ps.exitCode).toBe(0);
  expect(ps.stdout.split('\n').filter(Boolean)).toEqual([]);
  const imgs = await p3.podman(['images', '--format', '{{.Repository}}:{{.Tag}}']);
  expect(imgs.stdout.split('\n').filter((n) => n.includes('checkpoint-image-tmp'))).toEqual([]);
  expect(await leftovers(runId)).toEqual([]);

  // every local copy goes; pulled back from the registry with podman 3.4.4, it restores and answers
  expect((await p3.podman(['rmi', ref])).exitCode).toBe(0);
  expect((await p3.podman(['image', 'exists', ref])).exitCode).toBe(1);
  const beforePull = Date.now();
  const pull = await p3.podman(['pull', '--quiet', '--tls-verify=false', ref]);
  expect(pull.exitCode, pull.stderr).toBe(0);
  const engine = await hostEngine();
  const port = await freePort();
  const name = `p3-pulled-${tag}`;
  const started = await p3.podman([
    ...(engine.ociRuntime ? ['--runtime', engine.ociRuntime] : []), 'run', '-d', '--name', name, '-p', `127.0.0.1:${port}:8080`,
    '--cap-add', 'CHECKPOINT_RESTORE', '--cap-add', 'SYS_PTRACE', '--security-opt', 'apparmor=unconfined',
    ...(engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]), ref,
  ]);
  try {
    expect(started.exitCode, started.stderr).toBe(0);
    const answer = await waitForHttp(port, '/', { timeoutMs: 60_000 });
    expect(answer.ok, answer.ok ? '' : answer.reason).toBe(true);
    const body = JSON.parse(answer.ok ? answer.value.body : '{}') as { pid: number; startedAt: number; hits: number };
    // the restored process: started before the pull, PID above min-pid, its warm-up hits kept
    expect(body.startedAt).toBeLessThan(beforePull);
    expect(body.pid).toBeGreaterThanOrEqual(1000);
    expect(body.hits).toBeGreaterThan(2);
  } finally {
    await p3.podman(['stop', '-t', '0', '--ignore', name]);
    await p3.podman(['rm', '-f', '--ignore', name]);
  }
  expect((await p3.podman(['rmi', ref])).exitCode).toBe(0);
  expect((await p3.podman(['ps', '-a', '--format', '{{.Names}}'])).stdout.trim()).toBe('');
  // podman 3's network never touched podman 4's: its own bridge holds its own /24 only
  const route = await run('ip', ['-4', 'route', 'show', 'dev', p3.bridge]);
  expect(route.stdout).toContain(p3.subnet);
  expect(route.stdout).not.toMatch(/10\.88\./);
}, 300_000);

it('the cleanup check finds what a run left behind, on podman 3.4.4 and on the host\'s podman 4', async () => {
  const engine = await hostEngine();
  const viaP3: Runner = (cmd, args, opts) => (cmd === 'podman' ? run(path.join(p3.binDir, 'podman'), args, opts) : run(cmd, args, opts));
  const id = `chk${Date.now().toString(36)}`;
  for (const [label, podman, version] of [['podman 3.4.4', new Podman({ ...engine, podmanVersion: '3.4.4' }, viaP3), '3.4.4'], ['podman 4', new Podman({ ...engine, podmanVersion: null }, run), '4']] as const) {
    const name = `checkpoint-image-${id}-left`;
    const tag = `localhost/checkpoint-image-tmp:${id}`;
    expect((await podman.exec(['create', '--name', name, BASE_IMAGE, 'true'])).exitCode, label).toBe(0);
    expect((await podman.exec(['tag', BASE_IMAGE, tag])).exitCode, label).toBe(0);
    expect(await remainsOfRun(podman, id, [tag]), `${label} (${version})`).toEqual([`container ${name}: still there after cleanup`, `image tag ${tag}: still there after cleanup`]);
    // the product's own removal (stop -t 0 + rm -f on 3.x) and untag, then nothing is left
    await podman.removeContainer(name);
    await podman.untag(tag);
    expect(await remainsOfRun(podman, id, [tag]), label).toEqual([]);
    // gone already (or never built, as after a failed build) is not a failure; a missing container neither
    await podman.untag(tag);
    await podman.removeContainer(name);
  }
}, 120_000);
