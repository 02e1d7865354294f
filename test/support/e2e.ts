/**
 * Helpers for end-to-end tests on real podman, CRIU and a loopback registry. Nothing here skips: a
 * missing prerequisite fails the test with the command that fixes it (`npm test` runs
 * scripts/prepare-host.sh first).
 */
import { expect } from 'vitest';
import { run } from '../../src/exec.ts';
import { waitForHttp } from '../../src/readiness.ts';
import { preflight } from '../../src/preflight.ts';
import type { EngineOptions } from '../../src/podman.ts';

export const BASE_IMAGE = 'localhost/checkpoint-image/sample-base:bookworm-jre17';

let engine: EngineOptions | null = null;
/** The engine options this host needs (as the pipeline decides them). */
export async function hostEngine(): Promise<EngineOptions> {
  engine ??= (await preflight()).engine;
  return engine;
}

export async function podman(args: string[], timeoutMs = 120_000) {
  const e = await hostEngine();
  return run('podman', [...(e.ociRuntime ? ['--runtime', e.ociRuntime] : []), ...args], { timeoutMs });
}

/**
 * `podman pull`, retried when containers/storage loses a layer to another podman process removing an
 * image that shares it at the same moment ("adding layer with blob …: layer not known"): a race of
 * podman's storage under concurrent workloads, not of the image being pulled.
 */
export async function pullImage(ref: string, extra: string[] = []) {
  for (let attempt = 1; ; attempt++) {
    const res = await podman(['pull', '--quiet', '--tls-verify=false', ...extra, ref]);
    if (res.exitCode === 0 || attempt === 3 || !/layer not known/.test(res.stderr)) return res;
  }
}

/** Fails (never skips) when the host is not prepared. */
export async function requireHost(): Promise<void> {
  const base = await run('podman', ['image', 'exists', BASE_IMAGE]).catch((e: Error) => ({ exitCode: 127, stderr: e.message }));
  expect(base.exitCode, `the sample base image ${BASE_IMAGE} is missing: run \`bash scripts/prepare-host.sh\` (npm test does)`).toBe(0);
  const reg = await run('docker-registry', ['--version']).catch(() => null);
  expect(reg?.exitCode, 'docker-registry is missing: run `bash scripts/prepare-host.sh`').toBe(0);
}

/**
 * `podman ps`/`podman images`, retried: a listing fails (exit 125, "image not known") when another
 * run removes an image while it is being listed.
 */
export async function listing(args: string[]): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    const r = await run('podman', args);
    if (r.exitCode === 0) return r.stdout.split('\n').filter(Boolean);
    if (attempt === 5) throw new Error(`podman ${args.join(' ')} failed: ${r.stderr}`);
    await new Promise((res) => setTimeout(res, 200));
  }
}

/**
 * Containers and temporary images that checkpoint-image runs leave behind (should be none). With a
 * run id, only that run's (other runs may be going on at the same time on this host).
 */
export async function leftovers(runId?: string): Promise<string[]> {
  const ps = await listing(['ps', '-a', '--format', '{{.Names}}']);
  const imgs = await listing(['images', '--format', '{{.Repository}}:{{.Tag}}']);
  return [
    ...ps.filter((n) => n.startsWith('checkpoint-image-')),
    ...imgs.filter((n) => n.includes('checkpoint-image-tmp')),
  ].filter((n) => !runId || n.includes(runId));
}

export async function danglingImages(): Promise<string[]> {
  return listing(['images', '-q', '--filter', 'dangling=true']);
}

/**
 * The images of one pipeline run (its built image, its restore image) that are left dangling: the
 * leftover check of a test that shares podman with other users, whose own dangling images are not
 * this test's business.
 */
export async function ownDanglingImages(result: { build?: { config: { id: string } } | null; commit?: { imageId: string } | null } | null | undefined): Promise<string[]> {
  const ids = [result?.build?.config.id, result?.commit?.imageId].filter((x): x is string => !!x).map((id) => id.replace(/^sha256:/, ''));
  const dangling = await listing(['images', '-q', '--no-trunc', '--filter', 'dangling=true']);
  return dangling.map((d) => d.replace(/^sha256:/, '')).filter((d) => ids.includes(d));
}

/** Runs an image with the given caps, returns its first answer and removes it. */
export async function runAndAsk(image: string, opts: { caps?: string[]; name: string; timeoutMs?: number; env?: Record<string, string> }) {
  const t0 = Date.now();
  // the host port is picked by podman and held by it from the start: no window for another process
  const res = await podman([
    'run', '-d', '--name', opts.name, '-p', '127.0.0.1::8080',
    ...(opts.caps ?? []).flatMap((c) => ['--cap-add', c]),
    ...Object.entries(opts.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
    ...(await hostEngine()).ulimits!.flatMap((u) => ['--ulimit', u]),
    '--tls-verify=false', image,
  ]);
  try {
    expect(res.exitCode, res.stderr).toBe(0);
    const mapped = await podman(['port', opts.name, '8080/tcp']);
    const port = Number(/:(\d+)\s*$/.exec(mapped.stdout.trim())?.[1]);
    expect(port, `podman port: ${mapped.stdout}${mapped.stderr}`).toBeGreaterThan(0);
    const out = await waitForHttp(port, '/', { timeoutMs: opts.timeoutMs ?? 60_000 });
    const ms = Date.now() - t0;
    if (!out.ok) {
      const logs = await podman(['logs', opts.name]);
      throw new Error(`${image} did not answer: ${out.reason}\n${logs.stdout}${logs.stderr}`);
    }
    return { ms, body: JSON.parse(out.value.body) as { pid: number; startedAt: number; hits: number; warm: number } };
  } finally {
    await podman(['rm', '-f', '-t', '0', opts.name]);
  }
}
