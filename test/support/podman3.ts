/**
 * The real podman 3.4.4 of GitHub's ubuntu-22.04 runner (`<repo>/../shared/tools/podman-3.4.4`, built
 * from the upstream tag), set up as its README says: beside the host's podman 4, never in its place,
 * with a storage, run root, tmp dir and CNI network of its own. The network matters before the first
 * run: without `--cni-config-dir` podman 3 reads Debian's /etc/cni/net.d/87-podman-bridge.conflist and
 * creates `cni-podman0` on 10.88.0.0/16, podman 4's own subnet, which then steals the route and breaks
 * every port podman 4 publishes on this machine. So: a bridge name and a /24 that nothing else uses.
 *
 * The product reaches it the way it reaches any podman: `podman` on PATH. The wrapper also records
 * every argv it is given, so a test can read what the product ran.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { expect } from 'vitest';
import { run, runChecked } from '../../src/exec.ts';
import { ROOT } from './action-harness.ts';

export const PODMAN3_DIR = path.resolve(ROOT, '..', 'shared', 'tools', 'podman-3.4.4');

export interface Podman3 {
  /** Folder to put first on PATH: holds the `podman` wrapper. */
  binDir: string;
  dir: string;
  bridge: string;
  subnet: string;
  /** Runs the wrapper (own storage, own network). */
  podman(args: string[], timeoutMs?: number): ReturnType<typeof run>;
  /** Every argv the wrapper was given so far. */
  calls(): Promise<string[][]>;
  /** Removes the bridge and the folder (images first, by name, from its own storage only). */
  dispose(images: string[]): Promise<void>;
}

/** Subnets on this host's routes (so the test's /24 collides with none of them). */
async function routedPrefixes(): Promise<string[]> {
  const r = await runChecked(run, 'ip', ['-4', 'route', 'show']);
  return r.stdout.split('\n').map((l) => l.split(' ')[0] ?? '').filter(Boolean);
}

export async function setupPodman3(): Promise<Podman3> {
  // under CI=true a missing shared/ is a failure, never a skip
  await access(path.join(PODMAN3_DIR, 'podman.gz')).catch(() => {
    throw new Error(`the podman 3.4.4 test binary is missing: ${PODMAN3_DIR}/podman.gz (the clone must sit beside shared/)`);
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-podman3-'));
  const bin = path.join(dir, 'podman-bin');
  await pipeline(createReadStream(path.join(PODMAN3_DIR, 'podman.gz')), createGunzip(), createWriteStream(bin));
  await chmod(bin, 0o755);
  const want = (await readFile(path.join(PODMAN3_DIR, 'SHA256SUMS'), 'utf8')).split(/\s+/)[0];
  const have = createHash('sha256').update(await readFile(bin)).digest('hex');
  expect(have, 'podman 3.4.4 binary checksum (SHA256SUMS)').toBe(want);

  const id = randomBytes(3).toString('hex');
  const bridge = `ci3-${id}`; // at most 15 characters; never cni-podman0
  const routed = await routedPrefixes();
  let subnet = '';
  for (let i = 0; i < 64 && !subnet; i++) {
    const candidate = `10.234.${(parseInt(id, 16) + i * 7) % 250}.0/24`;
    if (!routed.includes(candidate)) subnet = candidate;
  }
  expect(subnet, 'a free /24 for the podman 3 CNI network').not.toBe('');
  expect(subnet.startsWith('10.88.'), 'never podman 4\'s subnet').toBe(false);
  const gateway = subnet.replace(/0\/24$/, '1');
  await mkdir(path.join(dir, 'cni'));
  await writeFile(path.join(dir, 'cni', '87-podman.conflist'), JSON.stringify({
    cniVersion: '0.4.0',
    name: 'podman',
    plugins: [
      { type: 'bridge', bridge, isGateway: true, ipMasq: true, hairpinMode: true, ipam: { type: 'host-local', routes: [{ dst: '0.0.0.0/0' }], ranges: [[{ subnet, gateway }]] } },
      { type: 'portmap', capabilities: { portMappings: true } },
      { type: 'firewall' },
      { type: 'tuning' },
    ],
  }, null, 2));
  const binDir = path.join(dir, 'bin');
  await mkdir(binDir);
  const argvLog = path.join(dir, 'argv.log');
  // each argument ends with US (0x1f), each call with RS (0x1e); then the real podman, own everything
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  await writeFile(path.join(binDir, 'podman'), [
    '#!/bin/sh',
    `printf '%s\\037' "$@" >>${q(argvLog)}; printf '\\036' >>${q(argvLog)}`,
    `exec ${q(bin)} --root ${q(path.join(dir, 'root'))} --runroot ${q(path.join(dir, 'run'))} --tmpdir ${q(path.join(dir, 'tmp'))} --cgroup-manager cgroupfs --events-backend file --cni-config-dir ${q(path.join(dir, 'cni'))} "$@"`,
    '',
  ].join('\n'), { mode: 0o755 });
  const wrapper = path.join(binDir, 'podman');
  return {
    binDir,
    dir,
    bridge,
    subnet,
    podman: (args, timeoutMs = 300_000) => run(wrapper, args, { timeoutMs }),
    async calls() {
      const text = await readFile(argvLog, 'utf8').catch(() => '');
      return text.split('\x1e').filter(Boolean).map((c) => c.split('\x1f').slice(0, -1));
    },
    async dispose(images) {
      for (const i of images) await run(wrapper, ['rmi', '-f', '--ignore', i]).catch(() => null);
      await run('ip', ['link', 'delete', bridge]).catch(() => null);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** Copies an image from the host's podman 4 storage into podman 3's (`save` | `load`). */
export async function copyImageToPodman3(p3: Podman3, image: string): Promise<void> {
  const tar = path.join(p3.dir, 'image.tar');
  const save = await run('podman', ['save', '--quiet', '--output', tar, image], { timeoutMs: 300_000 });
  expect(save.exitCode, save.stderr).toBe(0);
  const load = await p3.podman(['load', '--quiet', '--input', tar]);
  expect(load.exitCode, load.stderr).toBe(0);
  await rm(tar, { force: true });
}
