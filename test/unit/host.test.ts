import { describe, expect, it } from 'vitest';
import { hardLimit, hasCapability, kernelAtLeast, parsePodmanInfo, preflight, ulimitsFor, versionAtLeast } from '../../src/preflight.ts';
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

  it('parses podman info', () => {
    expect(parsePodmanInfo(JSON.stringify({ host: { ociRuntime: { name: 'crun' }, cgroupVersion: 'v1', security: { rootless: false } }, version: { Version: '4.3.1' } }))).toEqual({
      version: '4.3.1', ociRuntime: 'crun', cgroupVersion: 'v1', rootless: false,
    });
  });
});

const ok = (stdout: string): ExecResult => ({ command: '', args: [], exitCode: 0, stdout, stderr: '', timedOut: false, durationMs: 1 });
const fakeRunner = (answers: Record<string, ExecResult | Error>): Runner & { calls: string[][] } => {
  const calls: string[][] = [];
  const r = (async (cmd: string, args: readonly string[]) => {
    calls.push([cmd, ...args]);
    const wrapped = cmd === 'sudo' && args[1] === '--' ? args[2] : undefined; // sudo -n -- podman ...
    const a = (wrapped && answers[wrapped]) || answers[cmd];
    if (a instanceof Error) throw a;
    return a ?? ok('');
  }) as Runner & { calls: string[][] };
  r.calls = calls;
  return r;
};
const texts: Record<string, string> = { '/proc/self/status': 'CapBnd:\t000001fffeffffff', '/proc/self/limits': limits, '/proc/sys/kernel/pid_max': '32768' };
const info = (runtime: string, version = '4.3.1') => ok(JSON.stringify({ host: { ociRuntime: { name: runtime }, cgroupVersion: 'v1' }, version: { Version: version } }));

describe('preflight', () => {
  const deps = (runner: Runner, more = {}) => ({ runner, readText: async (p: string) => texts[p] ?? '', cgroupIsV2: async () => false, kernelRelease: '6.18.0', uid: 0, ...more });

  it('swaps crun for runc on a hybrid cgroup host and sets ulimits', async () => {
    const r = await preflight(deps(fakeRunner({ podman: info('crun'), runc: ok('runc version 1.1.5') })));
    expect(r.engine).toEqual({ ociRuntime: 'runc', ulimits: ['nofile=20000:20000', 'nproc=32768:32768'] });
    expect(r.sudo).toBe(false);
  });

  it('keeps crun on cgroup v2', async () => {
    const r = await preflight(deps(fakeRunner({ podman: info('crun') }), { cgroupIsV2: async () => true }));
    expect(r.engine.ociRuntime).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, Record<string, ExecResult | Error>, RegExp]>([
    ['old kernel', { kernelRelease: '5.4.0' }, {}, /Kernel 5\.4\.0 is older than 5\.9/],
    ['no podman, and apt-get cannot install it', {}, { podman: new Error('podman is not installed or not on PATH'), env: { ...ok(''), exitCode: 100 } }, /podman is not installed.*installing it with apt-get failed.*apt-get install -y podman/],
    ['old podman', {}, { podman: info('runc', '3.4.4') }, /podman 3\.4\.4 is too old/],
    ['crun without runc', {}, { podman: info('crun'), runc: new Error('ENOENT') }, /runc is not installed/],
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
      return cmd === 'podman' ? info('runc') : ok('');
    }) as Runner;
    const r = await preflight(deps(runner));
    expect(calls).toContainEqual(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-upgrade', 'podman', 'runc']);
    expect(r.notes).toContain('podman was missing: installed it with apt-get.');
  });

  it('runs podman through sudo when not root', async () => {
    const runner = fakeRunner({ sudo: ok(''), podman: info('runc') });
    const r = await preflight(deps(runner, { uid: 1001 }));
    expect(r.sudo).toBe(true);
    expect(runner.calls[1]).toEqual(['sudo', '-n', '--', 'podman', 'info', '--format', 'json']);
  });
});

describe('launcher', () => {
  it('passes user values as positional parameters, never as script text', () => {
    const l = launcherInvocation({ minPid: 1000, checkpointDir: '/c', javaOptions: '-Dx="; rm -rf /"', criuFlags: ['--tcp-close'], command: ['java', '-jar', '$(id).jar'] });
    expect(l.entrypoint).toEqual(['/bin/sh', '-c', LAUNCHER_SCRIPT, 'checkpoint-image-launcher']);
    expect(l.command).toEqual(['/var/lib/checkpoint-image', '1000', '/c', '-Dx="; rm -rf /"', '--tcp-close', '--', 'java', '-jar', '$(id).jar']);
    expect(LAUNCHER_SCRIPT).not.toContain('rm -rf');
  });

  it('refuses an image without a command', () => {
    expect(() => launcherInvocation({ minPid: 1, checkpointDir: '/c', javaOptions: '', criuFlags: [], command: [] })).toThrow(/neither ENTRYPOINT nor CMD/);
  });
});
