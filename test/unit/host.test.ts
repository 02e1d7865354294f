import { describe, expect, it } from 'vitest';
import { aptPlanProblem, hardLimit, hasCapability, kernelAtLeast, MIN_PODMAN, ociRuntimeChoice, parseAptSimulation, parsePodmanVersion, podmanInstallCommands, preflight, startVersionProbe, ulimitsFor, versionAtLeast, versionProbeCommand } from '../../src/preflight.ts';
import { APPARMOR_UNCONFINED, removeContainerCommands, restoreRunCommand, runArgs, securityOpts } from '../../src/podman.ts';
import { defaultLogDir } from '../../src/pipeline/run.ts';
import { saveImagesArgs } from '../../src/pipeline/base-images.ts';
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
    ['3.4.4', true],
    ['3.4.0', true],
    ['3.3.1', false],
    ['2.2.1', false],
    ['4.9.3', true],
    ['5.0.0-dev', true],
  ])('podman %s >= 3.4 (ubuntu-22.04 ships 3.4.4): %s', (v, ok) => expect(versionAtLeast(v, MIN_PODMAN)).toBe(ok));

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
    expect(r.engine).toEqual({ ociRuntime: 'runc', ulimits: ['nofile=20000:20000', 'nproc=32768:32768'], podmanVersion: '4.3.1' });
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
    ['no podman, and apt-get cannot install it', {}, { podman: new Error('podman is not installed or not on PATH'), env: { ...ok(''), exitCode: 100 } }, /podman is not installed.*apt-get update.*failed.*Fix: install podman yourself.*never `runc` on a host with Docker/],
    ['old podman', {}, { podman: info('3.3.1') }, /podman 3\.3\.1 is too old \(3\.4 or newer is needed\).*ubuntu-22\.04 \(podman 3\.4\.4\)/],
    ['podman version fails', {}, { podman: { ...ok(''), exitCode: 125, stderr: 'Error: database is locked' } }, /`podman version` failed \(exit 125\): Error: database is locked/],
    ['crun without runc', {}, { podman: podmanAnswers('crun'), runc: new Error('ENOENT') }, /runc is not installed/],
    ['not root and no sudo', { uid: 1001 }, { sudo: { ...ok(''), exitCode: 1 } }, /needs root or passwordless sudo/],
  ])('stops with the fix when: %s', async (_l, more, answers, re) => {
    await expect(preflight(deps(fakeRunner(answers), more))).rejects.toThrow(re);
  });

  /** A host without podman whose apt-get answers the simulation with `plan` (real `apt-get -s` line format). */
  const aptHost = (plan: string) => {
    let installed = false;
    const calls: string[][] = [];
    const runner = (async (cmd: string, args: readonly string[]) => {
      calls.push([cmd, ...args]);
      if (cmd === 'env' && args.includes('install') && !args.includes('-s')) installed = true;
      if (cmd === 'podman' && !installed) throw new Error('podman is not installed or not on PATH');
      if (cmd === 'env' && args.includes('-s')) return ok(plan);
      return cmd === 'podman' ? info('3.4.4') : ok('');
    }) as Runner;
    return { runner, calls };
  };
  // `apt-get install -s podman` on an ubuntu-22.04 runner image: containerd.io (Docker) is installed
  // and Provides/Conflicts/Replaces runc, so only a plan that takes crun leaves Docker alone
  const planCrun = 'NOTE: This is only a simulation!\nInst conmon (2.0.25+ds1-1.1 Ubuntu:22.04/jammy [amd64])\nInst crun (0.17+dfsg-1.1 Ubuntu:22.04/jammy [amd64])\nInst podman (3.4.4+ds1-1ubuntu1 Ubuntu:22.04/jammy-updates [amd64])\nConf crun (0.17+dfsg-1.1 Ubuntu:22.04/jammy [amd64])\n';
  const planRunc = 'Remv containerd.io [1.7.27-1]\nRemv docker-ce [5:28.0.4-1~ubuntu.22.04~jammy]\nInst runc (1.1.12-0ubuntu2~22.04.1 Ubuntu:22.04/jammy-updates [amd64])\nInst podman (3.4.4+ds1-1ubuntu1 Ubuntu:22.04/jammy-updates [amd64])\n';

  it('installs podman alone when it is missing: simulated first, then --no-remove, never runc', async () => {
    const { runner, calls } = aptHost(planCrun);
    const r = await preflight(deps(runner));
    expect(calls).toContainEqual([...podmanInstallCommands.simulate]);
    expect(calls).toContainEqual(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-upgrade', '--no-remove', 'podman']);
    expect(r.notes).toContain('podman was missing: installed it with apt-get (podman alone, nothing removed).');
    // `runc --version` (the cgroup v1 probe) is the only mention of runc
    expect(calls.filter((c) => c.includes('runc'))).toEqual([['runc', '--version']]);
  });

  it('a host with containerd.io whose plan would take runc: refuses with the fix, installs nothing', async () => {
    const { runner, calls } = aptHost(planRunc);
    await expect(preflight(deps(runner))).rejects.toThrow(/does not install it here: it would remove containerd\.io, docker-ce.*never `runc` on a host with Docker/);
    expect(calls.filter((c) => c.includes('install') && !c.includes('-s'))).toEqual([]);
  });

  it('no command the preflight can run installs runc or removes a package (every path)', async () => {
    const paths: Array<{ runner: Runner; calls: string[][]; more?: object }> = [
      aptHost(planCrun),
      aptHost(planRunc),
      { ...aptHost(''), more: { cgroupIsV2: async () => false } },
    ];
    const v1NoRunc = fakeRunner({ podman: podmanAnswers('crun'), runc: new Error('ENOENT') });
    paths.push({ runner: v1NoRunc, calls: v1NoRunc.calls });
    for (const p of paths) {
      await preflight(deps(p.runner, p.more ?? {})).catch(() => undefined);
      for (const c of p.calls) {
        if (c.includes('apt-get') || c.includes('apt')) {
          expect(c, c.join(' ')).not.toContain('runc');
          if (c.includes('install') && !c.includes('-s')) expect(c).toContain('--no-remove');
        }
      }
    }
    for (const argv of Object.values(podmanInstallCommands)) expect(argv).not.toContain('runc');
  });

  it.each([
    [0, ['podman', ['version', '--format', 'json']]],
    [1001, ['sudo', ['-n', '--', 'podman', 'version', '--format', 'json']]],
  ])('the early version probe as uid %d: %j (as every later podman command)', (uid, want) => expect(versionProbeCommand(uid)).toEqual(want));

  it('a version probe that answered is used: the preflight does not ask podman again', async () => {
    const runner = fakeRunner({ podman: podmanAnswers('crun'), runc: ok('runc version 1.1.5') });
    const probe = startVersionProbe(runner, 0);
    const r = await preflight(deps(runner, { versionProbe: probe.result }));
    expect(r.podman.version).toBe('4.3.1');
    expect(runner.calls.filter((c) => c[0] === 'podman' && c[1] === 'version')).toHaveLength(1);
  });

  it.each<[string, () => Promise<ExecResult | null>]>([
    ['failed', async () => ({ ...ok(''), exitCode: 125, stderr: 'Error: database is locked' })],
    ['never ran', async () => null],
    ['answered something else', async () => ok('not json')],
    ['threw', async () => Promise.reject(new Error('spawn sudo ENOENT'))],
  ])('a version probe that %s changes nothing: the preflight asks podman itself', async (_l, probe) => {
    const runner = fakeRunner({ podman: podmanAnswers('crun'), runc: ok('runc version 1.1.5') });
    const r = await preflight(deps(runner, { versionProbe: probe() }));
    expect(r.podman.version).toBe('4.3.1');
    expect(runner.calls.filter((c) => c[0] === 'podman' && c[1] === 'version')).toHaveLength(1);
  });

  it('a failed probe still ends in the preflight\'s own message', async () => {
    const runner = fakeRunner({ podman: { ...ok(''), exitCode: 125, stderr: 'Error: database is locked' } });
    await expect(preflight(deps(runner, { versionProbe: startVersionProbe(runner, 0).result }))).rejects.toThrow(/`podman version` failed \(exit 125\): Error: database is locked/);
  });

  it('runs podman through sudo when not root', async () => {
    const runner = fakeRunner({ sudo: ok(''), podman: info() });
    const r = await preflight(deps(runner, { uid: 1001 }));
    expect(r.sudo).toBe(true);
    expect(runner.calls[1]).toEqual(['sudo', '-n', '--', 'podman', 'version', '--format', 'json']);
  });
});

describe('runner decisions (ubuntu-22.04/24.04: cgroup v2, crun, AppArmor, podman 3.4.4 or 4.9.3)', () => {
  it.each<[string, Parameters<typeof ociRuntimeChoice>[0], string | null, RegExp | null]>([
    ['runner: cgroup v2, crun', { cgroup: 'v2', runc: false, podmanDefault: 'crun' }, null, null],
    ['runner: cgroup v2, runc from containerd.io too', { cgroup: 'v2', runc: true, podmanDefault: 'crun' }, null, null],
    ['this host: v1/hybrid with runc', { cgroup: 'v1', runc: true, podmanDefault: 'crun' }, 'runc', null],
    ['v1/hybrid, crun only', { cgroup: 'v1', runc: false, podmanDefault: 'crun' }, null, /crun cannot start containers.*containerd\.io is installed it already provides \/usr\/bin\/runc/],
    ['v1/hybrid, another default', { cgroup: 'v1', runc: false, podmanDefault: 'youki' }, null, null],
  ])('OCI runtime on %s', (_l, host, runtime, error) => {
    const c = ociRuntimeChoice(host);
    expect(c.runtime).toBe(runtime);
    if (error) expect(c.error).toMatch(error);
    else expect(c.error).toBeNull();
  });

  it.each([
    ['Inst crun (0.17)\nInst podman (3.4.4)\n', null],
    ['Inst runc (1.1.12)\nInst podman (3.4.4)\n', /install runc/],
    ['Remv containerd.io [1.7.27-1]\nInst podman (4.9.3)\n', /remove containerd\.io/],
  ])('apt plan %j', (plan, problem) => {
    const p = aptPlanProblem(parseAptSimulation(plan));
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeNull();
  });

  it.each<[string | undefined, string[][]]>([
    ['4.3.1', [['rm', '-f', '-t', '0', '--ignore', '--', 'c']]],
    ['4.9.3', [['rm', '-f', '-t', '0', '--ignore', '--', 'c']]],
    // podman 3.4.4 has no `rm -t` ("unknown shorthand flag: 't' in -t", exit 125)
    ['3.4.4', [['stop', '-t', '0', '--ignore', '--', 'c'], ['rm', '-f', '--ignore', '--', 'c']]],
    [undefined, [['stop', '-t', '0', '--ignore', '--', 'c'], ['rm', '-f', '--ignore', '--', 'c']]],
  ])('removing a container with podman %s', (version, want) => {
    expect(removeContainerCommands('c', { podmanVersion: version })).toEqual(want);
  });

  it('every podman run is AppArmor-unconfined unless the user named a profile', () => {
    expect(securityOpts([])).toEqual([APPARMOR_UNCONFINED]);
    expect(securityOpts(['seccomp=unconfined'])).toEqual(['seccomp=unconfined', 'apparmor=unconfined']);
    expect(securityOpts(['apparmor=my-criu-profile'])).toEqual(['apparmor=my-criu-profile']);
    for (const spec of [{ name: 'a', image: 'i' }, { name: 'b', image: 'i', privileged: true }, { name: 'c', image: 'i', securityOpt: ['seccomp=unconfined'] }]) {
      expect(runArgs(spec).join(' ')).toContain('--security-opt apparmor=unconfined');
    }
  });

  it('the run command shown to users carries the restore caps and AppArmor-unconfined', () => {
    expect(restoreRunCommand('ghcr.io/o/app:1', { port: 8080, capAdd: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'], securityOpt: [], privileged: false })).toBe(
      'podman run --rm -p 8080:8080 --cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE --security-opt apparmor=unconfined ghcr.io/o/app:1',
    );
    expect(restoreRunCommand('i', { port: 9080, capAdd: ['CHECKPOINT_RESTORE', 'SETPCAP'], securityOpt: ['seccomp=unconfined'], privileged: false })).toBe(
      'podman run --rm -p 9080:9080 --cap-add CHECKPOINT_RESTORE --cap-add SETPCAP --security-opt seccomp=unconfined --security-opt apparmor=unconfined i',
    );
  });

  it('log folders: RUNNER_TEMP when set, else one per user (a shared /tmp folder refuses a second user)', () => {
    expect(defaultLogDir('r1', { RUNNER_TEMP: '/home/runner/work/_temp' }, 1001)).toBe('/home/runner/work/_temp/checkpoint-image-logs/r1');
    expect(defaultLogDir('r1', {}, 1001)).toMatch(/\/checkpoint-image-logs-1001\/r1$/);
    expect(defaultLogDir('r1', {}, 0)).not.toBe(defaultLogDir('r1', {}, 1001));
  });

  it('the base-image cache saves several images as a multi-image archive (-m)', () => {
    expect(saveImagesArgs('/t/b.tar', ['a:1', 'b:2'])).toEqual(['save', '--quiet', '-m', '--output', '/t/b.tar', '--', 'a:1', 'b:2']);
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
