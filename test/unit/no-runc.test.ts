/**
 * Issue 11: no command the product can run installs runc (on GitHub's runners `containerd.io`
 * Provides/Conflicts/Replaces runc, so installing it removes Docker). The behavioural side is in
 * host.test.ts (every preflight path, recorded argv); this is the static side: the only package
 * manager argv in the product's sources is preflight's podmanInstallCommands, the committed bundles
 * carry no install argv naming runc, and the dev-host script that does install runc is never part of
 * the product.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { podmanInstallCommands } from '../../src/preflight.ts';
import { ROOT } from '../support/action-harness.ts';

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => path.join(e.parentPath, e.name));
}

/** argv-like literals: a quoted 'apt-get'/'apt'/'dpkg'/'snap' element inside an array. */
const PKG_ARGV = /\[[^\]]*['"`](apt-get|apt|dpkg|snap|yum|dnf)['"`][^\]]*\]/g;

describe('no command the product can run installs runc', () => {
  it('the only package-manager argv in src/ is preflight.podmanInstallCommands, and it names podman alone', async () => {
    const found: string[] = [];
    for (const f of await filesUnder(path.join(ROOT, 'src'), '.ts')) {
      for (const m of (await readFile(f, 'utf8')).matchAll(PKG_ARGV)) found.push(`${path.relative(ROOT, f)}: ${m[0]}`);
    }
    expect(found.length).toBe(3);
    expect(found.every((f) => f.startsWith('src/preflight.ts: '))).toBe(true);
    for (const argv of Object.values(podmanInstallCommands)) expect(argv).not.toContain('runc');
    expect(podmanInstallCommands.simulate.at(-1)).toBe('podman');
    expect(podmanInstallCommands.install.at(-1)).toBe('podman');
    expect(podmanInstallCommands.install).toContain('--no-remove');
  });

  it('the committed bundles carry no install argv naming runc', async () => {
    for (const f of await filesUnder(path.join(ROOT, 'dist'), '.js')) {
      const text = await readFile(f, 'utf8');
      const installs = [...text.matchAll(/\[[^\]]{0,300}["'`]install["'`][^\]]{0,300}\]/g)].map((m) => m[0]);
      expect(installs.filter((a) => /["'`]runc["'`]/.test(a)), f).toEqual([]);
    }
  });

  it('scripts/prepare-host.sh (which installs runc for this cgroup-v1 test host) is not reachable from the product', async () => {
    for (const dir of ['src', 'dist']) {
      for (const f of await filesUnder(path.join(ROOT, dir), dir === 'src' ? '.ts' : '.js')) {
        // named in messages ("run scripts/prepare-host.sh"), never an argument of a command
        expect(await readFile(f, 'utf8'), f).not.toMatch(/["'`][^"'`\n]*prepare-host\.sh["'`]\s*[,\]]/);
      }
    }
  });
});
