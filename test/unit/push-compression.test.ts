// The push's layer compression: the input, and which podman gets `--compression-format`.
import { describe, expect, it } from 'vitest';
import { InputError, parseInputs } from '../../src/inputs.ts';
import { pushCompression } from '../../src/pipeline/push.ts';
import { pushArgs, type EngineOptions } from '../../src/podman.ts';

const base = { runtime: 'criu', image: 'localhost/app', 'ready-url': '/' } as const;

describe('input compression', () => {
  it('defaults to gzip and accepts gzip and zstd in any case', () => {
    expect(parseInputs(base).compression).toBe('gzip');
    expect(parseInputs({ ...base, compression: 'zstd' }).compression).toBe('zstd');
    expect(parseInputs({ ...base, compression: ' ZSTD ' }).compression).toBe('zstd');
    expect(parseInputs({ ...base, compression: 'gzip' }).compression).toBe('gzip');
  });

  it.each(['zstd:chunked', 'xz', 'none', 'gz'])('refuses %s, naming the input, the value, what is allowed and the fix', (value) => {
    let err: unknown;
    try {
      parseInputs({ ...base, compression: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const msg = (err as Error).message;
    expect(msg).toContain('Input "compression"');
    expect(msg).toContain(JSON.stringify(value));
    expect(msg).toContain('`gzip` or `zstd`');
    expect(msg).toContain('Fix: write `compression: zstd`');
  });
});

describe('push --compression-format per podman version', () => {
  const cases: Array<{ podman: string | null; compression: 'gzip' | 'zstd'; flag: string[]; warns: boolean }> = [
    { podman: '4.9.3', compression: 'zstd', flag: ['--compression-format', 'zstd'], warns: false },
    { podman: '4.3.1', compression: 'zstd', flag: ['--compression-format', 'zstd'], warns: false },
    { podman: '4.3.1', compression: 'gzip', flag: ['--compression-format', 'gzip'], warns: false },
    { podman: '5.2.0', compression: 'gzip', flag: ['--compression-format', 'gzip'], warns: false },
    { podman: '4.0.0', compression: 'zstd', flag: ['--compression-format', 'zstd'], warns: false },
    // podman 3.4.4 (ubuntu-22.04) has no --compression-format: nothing is passed, gzip is what it pushes
    { podman: '3.4.4', compression: 'gzip', flag: [], warns: false },
    { podman: '3.4.4', compression: 'zstd', flag: [], warns: true },
    { podman: null, compression: 'gzip', flag: [], warns: false },
    { podman: null, compression: 'zstd', flag: [], warns: true },
  ];
  it.each(cases)('podman $podman, compression $compression → $flag', ({ podman, compression, flag, warns }) => {
    const engine: EngineOptions = { podmanVersion: podman };
    const c = pushCompression(compression, engine);
    const argv = pushArgs('r/a:1', { tlsVerify: true, digestFile: '/t/d', compressionFormat: c.format });
    expect(argv).toEqual(['push', '--quiet', '--tls-verify=true', ...flag, '--digestfile', '/t/d', '--', 'r/a:1']);
    if (warns) {
      expect(c.warning).toMatch(/^Input "compression" is "zstd", but .* has no `push --compression-format` \(podman 4\.0 added it\): the image is pushed with gzip\. Fix: /);
      expect(c.warning).toContain(podman ? `podman ${podman}` : 'version unknown');
    } else {
      expect(c.warning).toBeNull();
    }
  });
});
