// Fresh-node start, as a node scaling from zero sees it: local storage that holds only the base image,
// then `podman pull` from a registry + `podman run` + the first HTTP 200. Measured for the original
// image (cold start), and for the restore image pushed with gzip and with zstd.
//
// The "fresh node" is a podman storage of its own (`--root`/`--runroot` in a temporary folder), the
// base image copied in with `podman save`/`load`; the registry is the loopback one (src/local-registry.ts).
// Each variant is pushed once by the host's podman (with `--compression-format`), then pulled, started
// and removed again every round, so each pull starts from the base image alone. The variants
// alternate, and which goes first rotates each round. Figures, not assertions; noisy on a shared host.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalRegistry } from '../../src/local-registry.ts';
import type { EngineOptions } from '../../src/podman.ts';
import { freePort, TIMED_POLL_MS, waitForHttp } from '../../src/readiness.ts';
import { median } from '../../src/pipeline/verify.ts';

export interface FreshNodeOptions {
  engine: EngineOptions;
  /** The base image the fresh node already has. */
  baseImage: string;
  /** The original image (cold start), local name. */
  coldRef: string;
  /** The restore image, local name. */
  restoreRef: string;
  /** Capabilities the restore needs. */
  restoreCaps: readonly string[];
  rounds: number;
  port?: number;
  log?: (line: string) => void;
}

type Stats = { median: number; min: number; max: number; n: number };
const stats = (xs: number[]): Stats => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

export interface VariantResult {
  /** `podman push` of this variant (host podman, into an empty registry repository). */
  pushMs: number;
  /** Layers of the pushed manifest: media type and compressed size. */
  layers: Array<{ mediaType: string; bytes: number }>;
  pullMs: Stats;
  /** `podman run -d` to the first HTTP 200, after the pull. */
  startMs: Stats;
  /** pull + run + first 200. */
  totalMs: Stats;
}

export interface FreshNodeResults {
  rounds: number;
  variants: Record<'cold' | 'restoreGzip' | 'restoreZstd', VariantResult>;
  coldVsRestoreGzip: number;
  coldVsRestoreZstd: number;
  gzipVsZstd: number;
}

const VARIANTS = [
  { key: 'cold', title: 'original image, cold start (gzip)', compression: 'gzip', restore: false },
  { key: 'restoreGzip', title: 'restore image, gzip', compression: 'gzip', restore: true },
  { key: 'restoreZstd', title: 'restore image, zstd', compression: 'zstd', restore: true },
] as const;

export async function benchFreshNode(opts: FreshNodeOptions): Promise<{ json: FreshNodeResults; md: string[] }> {
  const log = opts.log ?? ((l: string) => console.error(l));
  const port = opts.port ?? 8080;
  const g = opts.engine.ociRuntime ? ['--runtime', opts.engine.ociRuntime] : [];
  const ulimits = (opts.engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'checkpoint-image-fresh-node-'));
  // the fresh node: its own storage and run root; the network (netavark's config and IPAM) stays the host's
  const fresh = [...g, '--root', path.join(dir, 'root'), '--runroot', path.join(dir, 'run')];
  const host = (args: string[]) => spawnSync('podman', [...g, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const node = (args: string[]) => spawnSync('podman', [...fresh, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const must = (r: ReturnType<typeof host>, what: string) => {
    if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr.trim()}`);
    return r;
  };
  // a registry per variant: in a shared one, podman 4.3 pushes zstd by reusing the gzip blobs the
  // registry already holds (podman 4.3 has no --force-compression), so both would be gzip
  const registries: Array<Awaited<ReturnType<typeof startLocalRegistry>>> = [];
  const timings = Object.fromEntries(VARIANTS.map((v) => [v.key, { pull: [] as number[], start: [] as number[], total: [] as number[] }])) as Record<(typeof VARIANTS)[number]['key'], { pull: number[]; start: number[]; total: number[] }>;
  const pushed: Record<string, { ref: string; pushMs: number; layers: VariantResult['layers'] }> = {};
  try {
    must(host(['save', '-o', path.join(dir, 'base.tar'), '--', opts.baseImage]), 'podman save of the base image');
    must(node(['load', '-q', '-i', path.join(dir, 'base.tar')]), 'podman load of the base image into the fresh storage');
    rmSync(path.join(dir, 'base.tar'));
    for (const v of VARIANTS) {
      const registry = await startLocalRegistry();
      registries.push(registry);
      const ref = `${registry.address}/fresh-node/${v.key.toLowerCase()}:1`;
      must(host(['tag', '--', v.restore ? opts.restoreRef : opts.coldRef, ref]), 'podman tag');
      const t0 = Date.now();
      must(host(['push', '--quiet', '--tls-verify=false', '--compression-format', v.compression, '--', ref]), `podman push ${v.key}`);
      const pushMs = Date.now() - t0;
      host(['untag', '--', ref, ref]);
      const manifest = (await fetch(`http://${registry.address}/v2/fresh-node/${v.key.toLowerCase()}/manifests/1`, {
        headers: { Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
      }).then((r) => r.json())) as { layers?: Array<{ mediaType: string; size: number }> };
      pushed[v.key] = { ref, pushMs, layers: (manifest.layers ?? []).map((l) => ({ mediaType: l.mediaType, bytes: l.size })) };
      log(`fresh node: pushed ${v.key} in ${pushMs} ms (${pushed[v.key]!.layers.map((l) => `${l.mediaType.split('.').pop()} ${(l.bytes / 1e6).toFixed(1)} MB`).join(', ')})`);
    }
    for (let i = 0; i < opts.rounds; i++) {
      const order = VARIANTS.map((_, k) => VARIANTS[(k + i) % VARIANTS.length]!);
      for (const v of order) {
        const { ref } = pushed[v.key]!;
        const hostPort = await freePort();
        const name = `checkpoint-image-fresh-${process.pid}-${hostPort}`;
        const caps = v.restore ? opts.restoreCaps.flatMap((c) => ['--cap-add', c]) : [];
        const t0 = Date.now();
        must(node(['pull', '--quiet', '--tls-verify=false', '--', ref]), `podman pull ${v.key}`);
        const t1 = Date.now();
        const r = node(['run', '-d', '--name', name, '-p', `127.0.0.1:${hostPort}:${port}`, ...caps, '--security-opt', 'apparmor=unconfined', ...ulimits, '--', ref]);
        try {
          if (r.status !== 0) throw new Error(`podman run ${v.key} failed: ${r.stderr.trim()}`);
          const out = await waitForHttp(hostPort, '/', { timeoutMs: 60_000, intervalMs: TIMED_POLL_MS });
          const t2 = Date.now();
          if (!out.ok) throw new Error(`${v.key} did not answer: ${out.reason}`);
          timings[v.key].pull.push(t1 - t0);
          timings[v.key].start.push(t2 - t1);
          timings[v.key].total.push(t2 - t0);
        } finally {
          node(['rm', '-f', '-t', '0', '--ignore', '--', name]);
          node(['rmi', '-f', '--', ref]);
        }
      }
      log(`fresh node: round ${i + 1}/${opts.rounds}: ${VARIANTS.map((v) => `${v.key} ${timings[v.key].total.at(-1)} ms`).join(', ')}`);
    }
  } finally {
    // the fresh storage's containers are gone already; its base image goes, then the folder
    node(['rmi', '-f', '--', opts.baseImage]);
    for (const v of Object.values(pushed)) host(['untag', '--', v.ref, v.ref]);
    spawnSync('umount', ['-R', path.join(dir, 'root', 'overlay')], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
    for (const r of registries) await r.stop();
  }
  const variants = Object.fromEntries(
    VARIANTS.map((v) => [v.key, { pushMs: pushed[v.key]!.pushMs, layers: pushed[v.key]!.layers, pullMs: stats(timings[v.key].pull), startMs: stats(timings[v.key].start), totalMs: stats(timings[v.key].total) }]),
  ) as FreshNodeResults['variants'];
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const json: FreshNodeResults = {
    rounds: opts.rounds,
    variants,
    coldVsRestoreGzip: ratio(variants.cold.totalMs.median, variants.restoreGzip.totalMs.median),
    coldVsRestoreZstd: ratio(variants.cold.totalMs.median, variants.restoreZstd.totalMs.median),
    gzipVsZstd: ratio(variants.restoreGzip.totalMs.median, variants.restoreZstd.totalMs.median),
  };
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const md = [
    `## Fresh node: pull + start + first response`,
    '',
    `A podman storage holding only the base image (\`podman save\`/\`load\`), \`podman pull\` from a loopback registry, \`podman run\`, first HTTP 200; the image is removed again after each start. Medians of ${opts.rounds} alternated rounds.`,
    '',
    '| image | pushed layers (compressed) | push ms | pull ms | run → 200 ms | pull + run + 200 ms (min–max) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...VARIANTS.map((v) => {
      const r = variants[v.key];
      return `| ${v.title} | ${r.layers.map((l) => mb(l.bytes)).join(' + ')} | ${r.pushMs} | ${r.pullMs.median} | ${r.startMs.median} | **${r.totalMs.median}** (${r.totalMs.min}–${r.totalMs.max}) |`;
    }),
    '',
    `- fresh node, cold / restore: **${json.coldVsRestoreGzip}x** with gzip, **${json.coldVsRestoreZstd}x** with zstd; restore gzip / zstd: ${json.gzipVsZstd}x`,
    '',
  ];
  return { json, md };
}
