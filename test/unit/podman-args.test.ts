import { describe, expect, it } from 'vitest';
import type { ExecResult, Runner } from '../../src/exec.ts';
import { buildArgs, commitArgs, globalArgs, isStorageRace, loginArgs, Podman, pushArgs, runArgs, STORAGE_READ_ATTEMPTS, waitArgs } from '../../src/podman.ts';

const engine = { ociRuntime: 'runc', ulimits: ['nofile=20000:20000', 'nproc=32768:32768'] };

describe('podman argv builders', () => {
  it.each([
    [{}, []],
    [{ ociRuntime: 'runc' }, ['--runtime', 'runc']],
    [{ ociRuntime: null }, []],
  ])('global args for %j', (e, want) => expect(globalArgs(e)).toEqual(want));

  it('build', () => {
    expect(buildArgs({ tag: 'localhost/t:1', context: 'ctx', containerfile: 'ctx/Containerfile', buildArgs: { A: '1', B: 'x y' } }, engine)).toEqual([
      '--runtime', 'runc', 'build', '-t', 'localhost/t:1', '-f', 'ctx/Containerfile', '--build-arg', 'A=1', '--build-arg', 'B=x y',
      '--ulimit', 'nofile=20000:20000', '--ulimit', 'nproc=32768:32768', '--', 'ctx',
    ]);
  });

  it('a context that starts with a dash stays the operand, after `--`', () => {
    expect(buildArgs({ tag: 't', context: '-v', containerfile: '-v/Containerfile' }).slice(-4)).toEqual(['-f', '-v/Containerfile', '--', '-v']);
  });

  it('run keeps every value one argument, even shell syntax', () => {
    const args = runArgs({
      name: 'n', image: 'img', detach: true,
      publish: [{ hostIp: '127.0.0.1', hostPort: 4000, containerPort: 8080 }],
      capAdd: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'], securityOpt: ['seccomp=unconfined'],
      env: { X: 'x; rm -rf /' }, entrypoint: ['/bin/sh', '-c', 'echo $1'], command: ['$(id)'],
    });
    expect(args).toEqual([
      'run', '--name', 'n', '-d', '-p', '127.0.0.1:4000:8080', '--cap-add', 'CHECKPOINT_RESTORE', '--cap-add', 'SYS_PTRACE',
      '--security-opt', 'seccomp=unconfined', '--security-opt', 'apparmor=unconfined', '-e', 'X=x; rm -rf /', '--entrypoint', '["/bin/sh","-c","echo $1"]', '--', 'img', '$(id)',
    ]);
  });

  it('run with privileged and no entrypoint', () => {
    expect(runArgs({ name: 'n', image: 'i', privileged: true, rm: true, network: 'none' })).toEqual(['run', '--name', 'n', '--rm', '--network', 'none', '--privileged', '--security-opt', 'apparmor=unconfined', '--', 'i']);
  });

  it('commit', () => {
    expect(commitArgs({ container: 'c', image: 'r:1', changes: ['ENTRYPOINT []', 'CMD ["a"]'] }, engine)).toEqual(['--runtime', 'runc', 'commit', '-q', '--change', 'ENTRYPOINT []', '--change', 'CMD ["a"]', '--', 'c', 'r:1']);
  });

  it.each([
    [undefined, ['--runtime', 'runc', 'wait', '--', 'c']],
    [0, ['--runtime', 'runc', 'wait', '--', 'c']],
    [50, ['--runtime', 'runc', 'wait', '--interval', '50ms', '--', 'c']],
    [0.4, ['--runtime', 'runc', 'wait', '--interval', '1ms', '--', 'c']],
  ])('wait with interval %j ms: %j (Go durations; none keeps podman\'s 250ms)', (ms, want) => expect(waitArgs('c', engine, ms)).toEqual(want));

  it('push and login never carry a password', () => {
    expect(pushArgs('r/a:1', { tlsVerify: false, digestFile: '/t/d', authFile: '/t/auth.json' })).toEqual(['push', '--quiet', '--tls-verify=false', '--digestfile', '/t/d', '--authfile', '/t/auth.json', '--', 'r/a:1']);
    expect(loginArgs('r', { username: 'u', tlsVerify: true })).toEqual(['login', '--tls-verify=true', '--username', 'u', '--password-stdin', '--', 'r']);
    // a user name that starts with a dash is the value of --username, not an option
    expect(loginArgs('r', { username: '-p', tlsVerify: true, authFile: '/a' })).toEqual(['login', '--tls-verify=true', '--username', '-p', '--password-stdin', '--authfile', '/a', '--', 'r']);
  });
});

describe('secrets never reach the restore image config', () => {
  it('values of secret-looking env names are blanked by the commit; other env is left as the checkpoint ran', async () => {
    const { commitChanges } = await import('../../src/pipeline/commit.ts');
    const { RUNTIMES } = await import('../../src/runtimes.ts');
    const changes = commitChanges(RUNTIMES.criu, { checkpointDir: '/checkpoint', restoreFlags: [], env: { DB_PASSWORD: 'canary-1', GITHUB_TOKEN: 'canary-2', APP_MODE: 'prod' } }, {});
    expect(changes).toEqual(expect.arrayContaining(['ENV DB_PASSWORD=""', 'ENV GITHUB_TOKEN=""']));
    expect(changes.join('\n')).not.toMatch(/canary|APP_MODE/);
  });
});

describe('secrets never reach a log file', () => {
  it('redacts the password and the values of secret-looking variables', async () => {
    const { redact, registerSecret, registerSecretEnv } = await import('../../src/pipeline/logs.ts');
    registerSecret('hunter2-password');
    registerSecretEnv({ GITHUB_TOKEN: 'ghs_abcdef123456', PATH: '/usr/bin:/bin', SHORT_SECRET: 'abc' }, { DB_PASSWORD: 's3cr3t-db' });
    expect(redact('login hunter2-password token ghs_abcdef123456 db s3cr3t-db path /usr/bin:/bin abc')).toBe('login *** token *** db *** path /usr/bin:/bin abc');
  });
});

describe("reads survive podman's storage race (another process removing an image meanwhile)", () => {
  const res = (exitCode: number, stderr = '', stdout = ''): ExecResult => ({ command: 'podman', args: [], exitCode, stdout, stderr, timedOut: false, durationMs: 0 });
  const inspectJson = JSON.stringify([{ Id: 'abc', Size: 1, Config: { Labels: { a: 'b' } } }]);
  /** A runner that answers from a script, one answer per call, and records the argv. */
  const scripted = (answers: ExecResult[]) => {
    const calls: string[][] = [];
    const runner: Runner = async (_cmd, args) => {
      calls.push([...args]);
      return { ...answers[Math.min(calls.length - 1, answers.length - 1)]!, args };
    };
    return { calls, podman: new Podman({}, runner) };
  };

  it.each([
    ['Error: localhost/checkpoint-image-tmp:r1: image not known', true],
    ['Error: adding layer with blob "sha256:1": layer not known', true],
    ['Error: no such image', false],
    ['Error: short-name resolution enforced', false],
  ])('%s → retried: %s', (stderr, race) => expect(isStorageRace(res(125, stderr))).toBe(race));

  it('a timeout is never retried', () => expect(isStorageRace({ exitCode: 125, stderr: 'image not known', timedOut: true })).toBe(false));

  it('image inspect that races twice, then answers, gives the config', async () => {
    const { calls, podman } = scripted([res(125, 'Error: image not known'), res(125, 'Error: layer not known'), res(0, '', inspectJson)]);
    expect((await podman.imageConfig('localhost/t:1')).labels).toEqual({ a: 'b' });
    expect(calls).toHaveLength(3);
    expect(calls[0]).toEqual(['image', 'inspect', '--format', 'json', '--', 'localhost/t:1']);
  });

  it(`an image that is really absent still fails, after ${STORAGE_READ_ATTEMPTS} tries`, async () => {
    const { calls, podman } = scripted([res(125, 'Error: localhost/t:1: image not known')]);
    await expect(podman.imageConfig('localhost/t:1')).rejects.toThrow(/podman image exited with code 125\n.*image not known/);
    expect(calls).toHaveLength(STORAGE_READ_ATTEMPTS);
  });

  it('any other failure is not retried', async () => {
    const { calls, podman } = scripted([res(125, 'Error: permission denied')]);
    await expect(podman.history('localhost/t:1')).rejects.toThrow(/permission denied/);
    expect(calls).toHaveLength(1);
  });

  it('`image exists` retries the race and keeps 1 as "absent"', async () => {
    const a = scripted([res(125, 'Error: image not known'), res(1)]);
    expect(await a.podman.exists('image', 'localhost/t:1')).toBe(false);
    expect(a.calls).toHaveLength(2);
    const b = scripted([res(125, 'Error: image not known'), res(0)]);
    expect(await b.podman.exists('image', 'localhost/t:1')).toBe(true);
  });

  it('a build that loses a layer or a cache hit\'s image to the race is built again; one that names an unknown image fails at once', async () => {
    const race = 'Error: checking if cached image exists from a previous build: getting top layer info: layer not known';
    const a = scripted([res(125, race), res(0, '', 'built')]);
    const lines: string[] = [];
    await a.podman.build({ tag: 'localhost/t:1', context: 'ctx' }, { onLine: (l) => lines.push(l) });
    expect(a.calls).toHaveLength(2);
    expect(a.calls[1]).toEqual(a.calls[0]);
    expect(lines.join('\n')).toMatch(/storage race .*building again \(2\/4\)/);
    const b = scripted([res(125, 'Error: creating build container: localhost/base:1: image not known')]);
    await expect(b.podman.build({ tag: 'localhost/t:1', context: 'ctx' })).rejects.toThrow(/image not known/);
    expect(b.calls).toHaveLength(1);
    // a cache hit whose image another process removed (measured on podman 4.3.1 beside another run of the same app)
    const hit = 'Error: identifier is not a container: preparing container for next step: creating build container: c643b97b708f90526769f2b50ca51b4575c5bd179a07f5168eb7d99906f28084: image not known';
    const d = scripted([res(125, hit), res(0, '', 'built')]);
    await d.podman.build({ tag: 'localhost/t:1', context: 'ctx' });
    expect(d.calls).toHaveLength(2);
    const c = scripted([res(125, race)]);
    await expect(c.podman.build({ tag: 'localhost/t:1', context: 'ctx' })).rejects.toThrow(/layer not known/);
    expect(c.calls).toHaveLength(STORAGE_READ_ATTEMPTS);
  });
});
