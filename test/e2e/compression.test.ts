/**
 * Input `compression: zstd`, end to end: the sample app is checkpointed with the `criu` runtime and
 * pushed with `podman push --compression-format zstd` to a fresh loopback registry; the manifest must
 * list zstd layers, and the image pulled back (every local copy removed first) must restore and answer
 * as the checkpointed process. Speed is the bench's business (scripts/bench/fresh-node.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { track } from '../support/temp.ts';
import { leftovers, ownDanglingImages, podman, pullImage, requireHost, runAndAsk } from '../support/e2e.ts';

let context: string;
let reg: LocalRegistry;
beforeAll(async () => {
  await requireHost();
  context = track(await prepareSampleContext());
  // a registry of its own: podman reuses blobs a registry already holds, whatever their compression
  reg = await startLocalRegistry();
});
afterAll(async () => {
  await reg?.stop();
});

it('pushes zstd layers with compression: zstd; the image pulled back restores as the checkpointed process', async () => {
  const tag = `zstd-${Date.now().toString(36)}`;
  const reporter = recordingReporter();
  const result = await runPipeline(
    { runtime: 'criu', context, image: 'sample-zstd', registry: reg.address, tags: tag, 'ready-url': '/', 'warmup-requests': '3', 'compare-runs': '0', push: 'true', 'tls-verify': 'false', compression: 'zstd' },
    { reporter },
  );
  expect(result.error).toBeNull();
  expect(result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:ok', 'checkpoint:ok', 'commit:ok', 'verify:ok', 'push:ok']);
  const ref = `${reg.address}/sample-zstd:${tag}`;
  try {
    // podman 4 got the flag: no warning about it
    expect(reporter.lines.join('\n')).not.toMatch(/Input "compression"/);
    const manifest = (await (await fetch(`http://${reg.address}/v2/sample-zstd/manifests/${tag}`, {
      headers: { Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
    })).json()) as { layers: Array<{ mediaType: string; size: number }> };
    expect(manifest.layers.length).toBeGreaterThanOrEqual(2);
    expect(manifest.layers.map((l) => l.mediaType)).toEqual(manifest.layers.map(() => 'application/vnd.oci.image.layer.v1.tar+zstd'));
    // the checkpoint layer (the newest) holds the checkpoint, compressed
    expect(manifest.layers.at(-1)!.size).toBeGreaterThan(1e6);
    expect(manifest.layers.at(-1)!.size).toBeLessThan(result.checkpoint!.checkpointBytes);

    expect((await podman(['rmi', ref])).exitCode).toBe(0);
    expect((await podman(['image', 'exists', ref])).exitCode).toBe(1);
    const beforePull = Date.now();
    const pull = await pullImage(ref);
    expect(pull.exitCode, pull.stderr).toBe(0);
    const answer = await runAndAsk(ref, { name: `e2e-zstd-${tag}`, caps: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] });
    // the restored process: started before the pull, keeps its PID above min-pid and its hit counter
    expect(answer.body.startedAt).toBeLessThan(beforePull);
    expect(answer.body.pid).toBeGreaterThanOrEqual(1000);
    expect(answer.body.hits).toBeGreaterThan(4);
    expect(await leftovers(result.runId)).toEqual([]);
    expect(await ownDanglingImages(result)).toEqual([]);
  } finally {
    await podman(['rmi', '--ignore', '--', ref]);
  }
}, 600_000);
