/**
 * Issue 11, GitHub's runner user for real: the whole pipeline (CLI) run by a non-root user with
 * passwordless sudo, as the `runner` user of ubuntu-22.04/24.04 is. The setup creates `ci-runner`
 * idempotently (useradd + a sudoers.d drop-in checked by visudo). podman goes through `sudo -n`, the
 * container's files are read through sudo, and the log folder is the user's own. The run happens on a
 * machine where root already made `/tmp/checkpoint-image-logs` (as every earlier run did): the old code
 * then failed with `EACCES: permission denied, mkdir '/tmp/checkpoint-image-logs/...'` and a stack trace.
 */
import { spawn } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run, runChecked } from '../../src/exec.ts';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { ROOT } from '../support/action-harness.ts';
import { leftovers, podman, pullImage, requireHost, runAndAsk } from '../support/e2e.ts';

export const CI_USER = 'ci-runner';

/** Creates the user and its passwordless sudo right unless they exist (idempotent); returns uid and gid. */
export async function ensureSudoUser(user = CI_USER): Promise<{ uid: number; gid: number; home: string }> {
  expect(process.getuid?.(), 'this test creates a user: it runs as root (as npm test does on this host)').toBe(0);
  const sudo = await run('sudo', ['--version']).catch(() => null);
  if (sudo?.exitCode !== 0) {
    const apt = await run('env', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-upgrade', 'sudo'], { timeoutMs: 300_000 });
    expect(apt.exitCode, `installing sudo: ${apt.stderr}`).toBe(0);
  }
  if ((await run('id', ['-u', user])).exitCode !== 0) await runChecked(run, 'useradd', ['--create-home', '--shell', '/bin/sh', user]);
  const dropIn = `/etc/sudoers.d/checkpoint-image-${user}`;
  const tmp = `${dropIn}.tmp`;
  await writeFile(tmp, `${user} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
  await runChecked(run, 'visudo', ['-c', '-q', '-f', tmp]);
  await runChecked(run, 'mv', ['-f', tmp, dropIn]);
  const uid = Number((await runChecked(run, 'id', ['-u', user])).stdout.trim());
  const gid = Number((await runChecked(run, 'id', ['-g', user])).stdout.trim());
  const home = (await runChecked(run, 'getent', ['passwd', user])).stdout.split(':')[5]!;
  return { uid, gid, home };
}

/** Runs the CLI from source as `user`, with a runner-like environment (no RUNNER_TEMP: the CLI case). */
function cliAs(user: { uid: number; gid: number; home: string }, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: user.home, USER: CI_USER, LANG: 'C.UTF-8', CI: process.env.CI ?? '' };
    const child = spawn(process.execPath, [path.join(ROOT, 'src', 'entry-cli.ts'), ...args], { uid: user.uid, gid: user.gid, env, cwd: user.home, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

let user: { uid: number; gid: number; home: string };
let reg: LocalRegistry;
let context: string;
const shared = path.join(os.tmpdir(), 'checkpoint-image-logs');

beforeAll(async () => {
  await requireHost();
  user = await ensureSudoUser();
  // the state every earlier root run leaves: a root-owned shared log folder
  await mkdir(shared, { recursive: true });
  expect((await stat(shared)).uid).toBe(0);
  reg = await startLocalRegistry();
  // the user's checkout: a build context the user owns (as actions/checkout leaves it)
  const parent = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-nonroot-'));
  await chmod(parent, 0o755);
  context = await prepareSampleContext(parent);
  for (const p of [context, path.join(context, 'Containerfile'), path.join(context, 'Hello.class')]) await chown(p, user.uid, user.gid);
}, 300_000);

afterAll(async () => {
  await reg?.stop();
  if (context) await rm(path.dirname(context), { recursive: true, force: true });
});

it('a non-root user with passwordless sudo runs the whole pipeline; the pulled image restores; nothing left', async () => {
  const tag = `nonroot-${Date.now().toString(36)}`;
  const ref = `${reg.address}/sample-nonroot:${tag}`;
  const r = await cliAs(user, [
    'build', '--runtime', 'criu', '--context', context, '--image', 'sample-nonroot', '--registry', reg.address, '--tags', tag,
    '--ready-url', '/', '--warmup-requests', '2', '--compare-runs', '1', '--push', 'true', '--tls-verify', 'false', '--json',
  ]);
  expect(r.stderr).not.toMatch(/EACCES|at .*\.ts:\d+/);
  const out = JSON.parse(r.stdout || '{}') as Record<string, unknown>;
  expect(out.error ?? null, r.stderr).toBeNull();
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/not root: podman and CRIU run through sudo/);
  expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  // the user's own log folder, readable by the user, with the logs of the run in it
  const logDir = String(out['log-dir']);
  expect(logDir).toMatch(new RegExp(`/checkpoint-image-logs-${user.uid}/`));
  expect((await stat(logDir)).uid).toBe(user.uid);
  expect((await stat(path.join(logDir, 'checkpoint', 'dump.log'))).size).toBeGreaterThan(0);
  expect(await leftovers(path.basename(logDir))).toEqual([]);

  const before = Date.now();
  expect((await podman(['rmi', ref])).exitCode).toBe(0);
  const pull = await pullImage(ref);
  expect(pull.exitCode, pull.stderr).toBe(0);
  const answer = await runAndAsk(ref, { name: `e2e-nonroot-${tag}`, caps: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] });
  expect(answer.body.startedAt).toBeLessThan(before);
  expect(answer.body.pid).toBeGreaterThanOrEqual(1000);
  await podman(['rmi', ref]);
  // only this run's folder: another run of this user may be writing beside it
  await rm(logDir, { recursive: true, force: true });
}, 300_000);

it('a log folder the user cannot write: exit 2, the input named with the fix, no stack trace, nothing started', async () => {
  const r = await cliAs(user, ['build', '--runtime', 'criu', '--context', context, '--image', 'x', '--ready-url', '/', '--log-dir', '/root/checkpoint-image-logs']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Input "log-dir": cannot create \/root\/checkpoint-image-logs \(EACCES\)\. Fix: set `log-dir` to a folder this user \(uid \d+\) can write/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}, 60_000);
