/**
 * Reliability: four pipelines at once on one host (as a matrix job on a shared runner would), two
 * of them pushing to the same loopback registry. All succeed; their container names, published
 * ports, temporary images and log folders never collide; nothing is left behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawInputs } from '../../src/inputs.ts';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { requireHost } from '../support/e2e.ts';
import { expectNothingLeft, hostSnapshot, JOB_PREFIX, podmanRuns, podmanVerb, recordingRunner, removeImages, uniqueName, useRunnerTemp, valueOf, type RecordedCall } from './helpers.ts';

interface Lane {
  label: string;
  result: PipelineResult;
  calls: RecordedCall[];
  ms: number;
}

let reg: LocalRegistry;
let lanes: Lane[];
let wallMs: number;
// every lane's default log folder lands here
const runnerTemp = useRunnerTemp('concurrency');

beforeAll(async () => {
  await requireHost();
  const context = await prepareSampleContext(runnerTemp.dir);
  reg = await startLocalRegistry();
  const before = await hostSnapshot();
  const base: RawInputs = { runtime: 'criu', context, 'ready-url': '/', 'compare-runs': '0', 'ready-timeout': '300', 'checkpoint-timeout': '300', 'verify-timeout': '300' };
  const specs: Array<[string, RawInputs]> = [
    ['conc-a', {}],
    ['conc-b', { 'warmup-requests': '2' }],
    ['conc-push-c', { push: 'true', registry: reg.address, 'tls-verify': 'false', tags: 'v1,latest' }],
    ['conc-push-d', { push: 'true', registry: reg.address, 'tls-verify': 'false' }],
  ];
  const t0 = Date.now();
  lanes = await Promise.all(
    specs.map(async ([label, extra]) => {
      const rec = recordingRunner();
      const started = Date.now();
      const result = await runPipeline(
        { ...base, image: uniqueName(label), ...extra },
        // the same job key for two lanes: run ids must still differ (a matrix often reuses the key)
        { reporter: recordingReporter(), runner: rec.runner, jobKey: label.startsWith('conc-push') ? `${JOB_PREFIX}-conc-push` : `${JOB_PREFIX}-${label}`, pushRetryDelaysMs: [100, 200] },
      );
      return { label, result, calls: rec.calls, ms: Date.now() - started };
    }),
  );
  wallMs = Date.now() - t0;
  console.log(`4 pipelines at once: ${wallMs} ms wall (${lanes.map((l) => `${l.label} ${l.ms} ms`).join(', ')})`);
  try {
    for (const l of lanes) await expectNothingLeft({ before, result: l.result });
  } finally {
    await removeImages(lanes.flatMap((l) => l.result.commit?.refs ?? []));
  }
}, 900_000);

afterAll(async () => {
  await reg?.stop();
});

describe('four pipelines at once', () => {
  it('all succeed', () => {
    for (const l of lanes) {
      expect(l.result.error, l.label).toBeNull();
      expect(l.result.ok, l.label).toBe(true);
    }
  });

  it('container names never collide', () => {
    const names = lanes.flatMap((l) => podmanRuns(l.calls).map((r) => r.name));
    // each lane: its checkpoint and its restore verification
    expect(names.length).toBeGreaterThanOrEqual(4 * 2);
    expect(new Set(names).size).toBe(names.length);
    // and each lane only ever touched its own containers
    for (const l of lanes) {
      const own = new Set(podmanRuns(l.calls).map((r) => r.name));
      const others = lanes.filter((o) => o !== l).flatMap((o) => podmanRuns(o.calls).map((r) => r.name));
      const touched = l.calls.filter((c) => ['kill', 'rm', 'wait', 'logs', 'mount', 'umount', 'commit'].includes(podmanVerb(c) ?? '')).flatMap((c) => c.args);
      expect(touched.filter((a) => others.includes(a)), `${l.label} touched another lane's container`).toEqual([]);
      expect(own.size).toBeGreaterThan(0);
    }
  });

  it('published host ports never collide', () => {
    const ports = lanes.flatMap((l) => podmanRuns(l.calls).flatMap((r) => valueOf(r.args, '-p').map((p) => p.split(':')[1])));
    expect(ports.length).toBeGreaterThanOrEqual(4 * 2);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('temporary images, restore images and log folders are distinct', () => {
    const temp = lanes.map((l) => l.result.build?.image);
    expect(new Set(temp).size).toBe(4);
    const refs = lanes.flatMap((l) => l.result.commit?.refs ?? []);
    expect(new Set(refs).size).toBe(refs.length);
    const logDirs = lanes.map((l) => l.result.logDir);
    expect(new Set(logDirs).size).toBe(4);
    for (const d of logDirs) expect(d.startsWith(runnerTemp.dir)).toBe(true);
  });

  it('both pushes reached the one registry, each with its own digest', async () => {
    const pushed = lanes.filter((l) => l.label.startsWith('conc-push'));
    expect(pushed).toHaveLength(2);
    for (const l of pushed) {
      expect(l.result.outputs.digest, l.label).toMatch(/^sha256:[0-9a-f]{64}$/);
      const repo = l.result.config.imageName.split('/').slice(1).join('/');
      for (const tag of l.result.config.tags) {
        const res = await fetch(`http://${reg.address}/v2/${repo}/manifests/${tag}`, {
          method: 'HEAD',
          headers: { Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
        });
        expect(res.headers.get('docker-content-digest'), `${repo}:${tag}`).toBe(l.result.outputs.digest);
      }
    }
    expect(pushed[0]!.result.outputs.digest).not.toBe(pushed[1]!.result.outputs.digest);
  });
});
