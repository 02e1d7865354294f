import { describe, expect, it } from 'vitest';
import { hardLimit, hasCapability, kernelAtLeast, parsePodmanVersion, preflight, ulimitsFor, versionAtLeast } from '../../src/preflight.ts';
import { launcherInvocation, LAUNCHER_SCRIPT } from '../../src/launcher.ts';
import type { ExecResult, Runner } from '../../src/exec.ts';

const limits = `Limit                     Soft Limit           Hard Limit           Units
Max processes             96365                96365                processes
Max open files            20000                20000                files
`;

describe('host facts', () => {
  it.each([
    ['6.18.44-fc', true],
    ['5.9.0', true],
    ['5.8.18', false],
    ['4.19.0', false],
    ['5.15.0-1057-azure', true],
  ])('kernel %s >= 5.9: %s', (k, ok) => expect(kernelAtLeast(k, 5, 9)).toBe(ok));

  it.each([
    ['CapBnd:\t000001fffeffffff', false],
    ['CapBnd:\t000001ffffffffff', true],
  ])('CAP_SYS_RESOURCE in %s: %s', (status, has) => expect(hasCapability(status, 24n)).toBe(has));

  it('reads hard limits', () => {
    expect(hardLimit(limits, 'Max open files')).toBe(20000);
    expect(hardLimit(limits, 'Max processes')).toBe(96365);
  });

  it('sets ulimits only without CAP_SYS_RESOURCE, nproc capped at pid_max', () => {
    expect(ulimitsFor('CapBnd:\t000001fffeffffff', limits, 32768)).toEqual(['nofile=20000:20000', 'nproc=32768:32768']);
    expect(ulimitsFor('CapBnd:\t000001ffffffffff', limits, 32768)).toEqual([]);
  });

  it.each([
    ['4.3.1', true],
    ['3.4.4', false],
    ['4.9.3', true],
    ['5.0.0-dev', true],
  ])('podman %s >= 4.0: %s', (v, ok) => expect(versionAtLeast(v, [4, 0])).toBe(ok));

  it.each([
    ['{"Client":{"APIVersion":"4.3.1","Version":"4.3.1","GoVersion":"go1.19.8"}}', '4.3.1'],
    ['{"Client":{"Version":"5.0.0-dev"},"Server":{"Version":"5.0.0-dev"}}', '5.0.0-dev'],
    ['{}', '0'],
  ])('reads the client version from podman version %s', (json, v) => expect(parsePodmanVersion(json)).toBe(v));
});

const ok = (stdout: string): ExecResult => ({ command: '', args: [], exitCode: 0, stdout, stderr: '', timedOut: false, durationMs: 1 });
type Answer = ExecResult | Error | ((args: readonly string[]) => ExecResult);
const fakeRunner = (answers: Record<string, Answer>): Runner & { calls: string[][] } => {
  const calls: string[][] = [];
  const r = (async (cmd: string, args: readonly string[]) => {
    calls.push([cmd, ...args]);
    const wrapped = cmd === 'sudo' && args[1] === '--' ? args[2] : undefined; // sudo -n -- podman ...
    const a = (wrapped && answers[wrapped]) || answers[cmd];
    if (a instanceof Error) throw a;
    return typeof a === 'function' ? a(wrapped ? args.slice(3) : args) : (a ?? ok(''));
  }) as Runner & { calls: string[][] };
  r.calls = calls;
  return r;
};
const texts: Record<string, string> = { '/proc/self/status': 'CapBnd:\t000001fffeffffff', '/proc/self/limits': limits, '/proc/sys/kernel/pid_max': '32768' };
const info = (version = '4.3.1') => ok(JSON.stringify({ Client: { Version: version } }));
/** podman answering `version` with JSON and `info --format {{.Host.OCIRuntime.Name}}` with the runtime's name. */
const podmanAnswers = (runtime: string, version = '4.3.1') => (args: readonly string[]) => (args.includes('version') ? info(version) : ok(`${runtime}\n`));

describe('preflight', () => {
  const deps = (runner: Runner, more = {}) => ({ runner, readText: async (p: string) => texts[p] ?? '', cgroupIsV2: async () => false, kernelRelease: '6.18.0', uid: 0, ...more });

  it('uses runc on a v1/hybrid cgroup host, sets ulimits, and never runs the slow podman info', async () => {
    const runner = fakeRunner({ podman: podmanAnswers('crun'), runc: ok('runc version 1.1.5') });
    const r = await preflight(deps(runner));
    expect(r.engine).toEqual({ ociRuntime: 'runc', ulimits: ['nofile=20000:20000', 'nproc=32768:32768'] });
    expect(r.podman).toEqual({ version: '4.3.1', cgroupVersion: 'v1' });
    expect(r.sudo).toBe(false);
    expect(runner.calls.filter((c) => c[1] === 'info')).toEqual([]);
  });

  it("keeps podman's default runtime on cgroup v2", async () => {
    const runner = fakeRunner({ podman: podmanAnswers('crun') });
    const r = await preflight(deps(runner, { cgroupIsV2: async () => true }));
    expect(r.engine.ociRuntime).toBeUndefined();
    expect(r.podman.cgroupVersion).toBe('v2');
    expect(runner.calls.map((c) => c[0])).not.toContain('runc');
  });

  it('keeps a non-crun default on a v1 host without runc', async () => {
    const r = await preflight(deps(fakeRunner({ podman: podmanAnswers('youki'), runc: new Error('ENOENT') })));
    expect(r.engine.ociRuntime).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, Record<string, Answer>, RegExp]>([
    ['old kernel', { kernelRelease: '5.4.0' }, {}, /Kernel 5\.4\.0 is older than 5\.9/],
    ['no podman, and apt-get cannot install it', {}, { podman: new Error('podman is not installed or not on PATH'), env: { ...ok(''), exitCode: 100 } }, /podman is not installed.*installing it with apt-get failed.*apt-get install -y podman/],
    ['old podman', {}, { podman: info('3.4.4') }, /podman 3\.4\.4 is too old/],
    ['podman version fails', {}, { podman: { ...ok(''), exitCode: 125, stderr: 'Error: database is locked' } }, /`podman version` failed \(exit 125\): Error: database is locked/],
    ['crun without runc', {}, { podman: podmanAnswers('crun'), runc: new Error('ENOENT') }, /runc is not installed/],
    ['not root and no sudo', { uid: 1001 }, { sudo: { ...ok(''), exitCode: 1 } }, /needs root or passwordless sudo/],
  ])('stops with the fix when: %s', async (_l, more, answers, re) => {
    await expect(preflight(deps(fakeRunner(answers), more))).rejects.toThrow(re);
  });

  it('installs podman with apt-get when it is missing', async () => {
    let installed = false;
    const calls: string[][] = [];
    const runner = (async (cmd: string, args: readonly string[]) => {
      calls.push([cmd, ...args]);
      if (cmd === 'env' && args.includes('install')) installed = true;
      if (cmd === 'podman' && !installed) throw new Error('podman is not installed or not on PATH');
      return cmd === 'podman' ? info() : ok('');
    }) as Runner;
    const r = await preflight(deps(runner));
    expect(calls).toContainEqual(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-upgrade', 'podman', 'runc']);
    expect(r.notes).toContain('podman was missing: installed it with apt-get.');
  });

  it('runs podman through sudo when not root', async () => {
    const runner = fakeRunner({ sudo: ok(''), podman: info() });
    const r = await preflight(deps(runner, { uid: 1001 }));
    expect(r.sudo).toBe(true);
    expect(runner.calls[1]).toEqual(['sudo', '-n', '--', 'podman', 'version', '--format', 'json']);
  });
});

describe('launcher', () => {
  it('passes user values as positional parameters, never as script text', () => {
    const l = launcherInvocation({ minPid: 1000, checkpointDir: '/c', javaOptions: '-Dx="; rm -rf /"', criuFlags: ['--tcp-close'], command: ['java', '-jar', '$(id).jar'] });
    expect(l.entrypoint).toEqual(['/bin/sh', '-c', LAUNCHER_SCRIPT, 'checkpoint-image-launcher']);
    expect(l.command).toEqual(['/var/lib/checkpoint-image', '1000', '/c', '-Dx="; rm -rf /"', 'JAVA_TOOL_OPTIONS', '', '--tcp-close', '--', 'java', '-jar', '$(id).jar']);
    expect(LAUNCHER_SCRIPT).not.toContain('rm -rf');
  });

  it('refuses an image without a command', () => {
    expect(() => launcherInvocation({ minPid: 1, checkpointDir: '/c', javaOptions: '', criuFlags: [], command: [] })).toThrow(/neither ENTRYPOINT nor CMD/);
  });
});
