import { describe, expect, it } from 'vitest';
import { imageRefs, InputError, INPUT_NAMES, parseInputs, type RawInputs } from '../../src/inputs.ts';

const base: RawInputs = { runtime: 'criu', image: 'localhost/app', 'ready-url': '/' };
const errorOf = (raw: RawInputs): string => {
  try {
    parseInputs(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
};

describe('parseInputs', () => {
  it('applies defaults from the specs', () => {
    const c = parseInputs(base);
    expect(c).toMatchObject({ runtime: 'criu', imageName: 'localhost/app', tags: ['latest'], port: 8080, readyPath: '/', trigger: 'criu', checkpointDir: '/checkpoint', minPid: 1000, verify: true, push: false, tlsVerify: true, compareRuns: 3, uploadLogs: 'on-failure' });
    expect(c.readyTimeoutMs).toBe(120_000);
  });

  it.each([
    ['crac', 'jcmd', '/opt/crac-files'],
    ['openj9', 'app', '/opt/checkpoint'],
    ['liberty', 'app', '/opt/ol/wlp/output/defaultServer/workarea/checkpoint'],
    ['criu', 'criu', '/checkpoint'],
  ])('runtime %s resolves trigger auto to %s and dir %s', (runtime, trigger, dir) => {
    const c = parseInputs({ ...base, runtime });
    expect(c.trigger).toBe(trigger);
    expect(c.checkpointDir).toBe(dir);
  });

  it.each<[string, RawInputs, RegExp]>([
    ['unknown runtime', { runtime: 'graal' }, /Input "runtime": got "graal"; allowed: `crac`, `openj9`, `liberty`, `criu`/],
    ['malformed image', { image: 'Bad Image' }, /Input "image": got "Bad Image"/],
    ['bad tag', { tags: 'ok,-bad' }, /Input "tags": got "-bad"/],
    ['negative timeout', { 'ready-timeout': '-5' }, /Input "ready-timeout": got "-5"; allowed: a number of seconds/],
    ['non-URL ready url', { 'ready-url': 'health check' }, /Input "ready-url": got "health check"/],
    ['remote ready url', { 'ready-url': 'http://example.com/' }, /Input "ready-url"/],
    ['push without registry', { image: 'app', push: 'true' }, /Input "push" is true but image "app" names no registry/],
    ['unknown capability', { 'cap-add': 'CHECKPOINT_RESTORE,FLY' }, /Input "cap-add": got "FLY"/],
    ['restore flag injecting a command', { 'restore-flags': '--tcp-close ; sh -c id' }, /Input "restore-flags": got ";"/],
    ['restore flag with command substitution', { 'restore-flags': '--x=$(id)' }, /Input "restore-flags"/],
    ['bad boolean', { verify: 'yes' }, /Input "verify": got "yes"; allowed: `true` or `false`/],
    ['trigger not supported by runtime', { 'checkpoint-trigger': 'jcmd' }, /allowed for runtime criu: criu/],
    ['no readiness for a criu trigger', { 'ready-url': '' }, /"ready-url" and "ready-log" are both empty/],
    ['bad regex', { 'ready-log': 'Started (' }, /Input "ready-log"/],
    ['relative checkpoint dir', { 'checkpoint-dir': 'ckpt' }, /Input "checkpoint-dir"/],
    ['password without user', { password: 'x' }, /"password" is set but "username" is empty/],
    ['env line without =', { env: 'FOO' }, /Input "env": got "FOO"/],
    ['unknown input', { 'ready-uri': '/' } as RawInputs, /Input "ready-uri" is not known/],
    ['artifact name with slash', { 'artifact-name': 'a/b' }, /Input "artifact-name"/],
    ['security opt with shell', { 'security-opt': 'seccomp=unconfined; rm' }, /Input "security-opt"/],
  ])('rejects %s with a message naming the input', (_label, patch, re) => {
    const msg = errorOf({ ...base, ...patch });
    expect(msg).toMatch(re);
    expect(msg).toMatch(/Fix:/);
  });

  it('reports every bad input at once', () => {
    expect(() => parseInputs({ runtime: 'x', image: 'Y', port: '0' })).toThrow(/3 inputs are invalid/);
  });

  it('splits image:tag and prefixes the registry', () => {
    const c = parseInputs({ ...base, image: 'app:v1', registry: '127.0.0.1:5000', tags: 'latest, v1\nnightly', push: 'true' });
    expect(c.imageName).toBe('127.0.0.1:5000/app');
    expect(imageRefs(c)).toEqual(['127.0.0.1:5000/app:v1', '127.0.0.1:5000/app:latest', '127.0.0.1:5000/app:nightly']);
  });

  it('keeps a registry port that is not a tag', () => {
    expect(parseInputs({ ...base, image: 'localhost:5000/team/app' }).imageName).toBe('localhost:5000/team/app');
  });

  it('takes the container port from a full ready URL', () => {
    const c = parseInputs({ ...base, port: undefined, 'ready-url': 'http://localhost:9080/health?x=1' });
    expect(c.port).toBe(9080);
    expect(c.readyPath).toBe('/health?x=1');
  });

  it('accepts restore flags with values', () => {
    expect(parseInputs({ ...base, 'restore-flags': '--tcp-close --ghost-limit 10M -v4' }).restoreFlags).toEqual(['--tcp-close', '--ghost-limit', '10M', '-v4']);
  });

  it('knows every input name it documents', () => {
    expect(INPUT_NAMES).toContain('ready-url');
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length);
  });
});
