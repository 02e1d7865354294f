/**
 * Issue 12, smaller checkpoints: the sample checkpointed with `trim-heap: false` and with the default
 * (`true`), side by side on real podman and CRIU. The trimmed checkpoint is smaller, its restore image
 * still restores as the checkpointed process (identity, not timing), and the dumped pages are read
 * back per kind from the images in the restore image (what the megabytes are).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointFootprint, type Footprint } from '../../src/criu-images.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { leftovers, ownDanglingImages, podman, requireHost, runAndAsk } from '../support/e2e.ts';

let context: string;
const run = Date.now().toString(36);
const refs: string[] = [];
beforeAll(async () => {
  await requireHost();
  context = await prepareSampleContext();
});
afterAll(async () => {
  for (const ref of refs) await podman(['rmi', ref]);
});

/** The dumped pages per kind, read from the checkpoint inside the restore image. */
async function footprintOf(ref: string): Promise<Footprint> {
  const mount = await podman(['image', 'mount', ref]);
  expect(mount.exitCode, mount.stderr).toBe(0);
  try {
    return await checkpointFootprint(path.join(mount.stdout.trim(), 'checkpoint'));
  } finally {
    await podman(['image', 'unmount', ref]);
  }
}

describe('trim-heap on the sample (criu runtime)', () => {
  const results: Record<'untrimmed' | 'trimmed', PipelineResult | null> = { untrimmed: null, trimmed: null };

  it.each([
    ['untrimmed', 'false'],
    ['trimmed', 'true'],
  ] as const)('%s: builds, checkpoints, commits and verifies the restore by identity', async (which, trim) => {
    const reporter = recordingReporter();
    const r = await runPipeline(
      { runtime: 'criu', context, image: `localhost/trim-e2e-${run}`, tags: which, 'ready-url': '/', 'compare-runs': '0', 'trim-heap': trim },
      { reporter },
    );
    expect(r.error).toBeNull();
    expect(r.ok).toBe(true);
    refs.push(r.outputs.image);
    expect(r.verify?.evidence).toMatch(/Restore finished successfully/);
    expect(reporter.lines.join('\n')).toContain(trim === 'true' ? 'trim-heap: HotSpot' : 'trim-heap: false');
    expect(await leftovers(r.runId)).toEqual([]);
    expect(await ownDanglingImages(r)).toEqual([]);
    results[which] = r;
  }, 600_000);

  it('the trimmed checkpoint of the sample is smaller than the untrimmed one, and still restores as the same process', async () => {
    const [u, t] = [results.untrimmed, results.trimmed];
    expect(u?.ok && t?.ok, 'both runs above passed').toBe(true);
    const [fu, ft] = [await footprintOf(u!.outputs.image), await footprintOf(t!.outputs.image)];
    const mb = (b: number) => (b / 1e6).toFixed(1);
    console.log(`checkpoint: untrimmed ${mb(u!.checkpoint!.checkpointBytes)} MB, trimmed ${mb(t!.checkpoint!.checkpointBytes)} MB (informative)`);
    for (const k of Object.keys(fu.bytes) as Array<keyof Footprint['bytes']>) console.log(`  ${k}: ${mb(fu.bytes[k])} -> ${mb(ft.bytes[k])} MB`);
    // the page images are what a restore reads back: the sum of the kinds is every dumped page
    expect(ft.totalPageBytes).toBeGreaterThan(5e6);
    expect(ft.totalPageBytes).toBeLessThanOrEqual(t!.checkpoint!.checkpointBytes);
    expect(fu.totalPageBytes).toBeLessThanOrEqual(u!.checkpoint!.checkpointBytes);
    // smaller by at least the CDS archive's relocated pages (6 MB on this sample), not by noise
    expect(t!.checkpoint!.checkpointBytes).toBeLessThan(u!.checkpoint!.checkpointBytes - 3e6);
    expect(ft.totalPageBytes).toBeLessThan(fu.totalPageBytes - 3e6);
    // and the trimmed image restores: the answering process is the checkpointed one
    const before = Date.now();
    const answer = await runAndAsk(t!.outputs.image, { name: `trim-e2e-${run}-ask`, caps: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] });
    expect(answer.body.pid).toBe(t!.checkpoint!.appPid);
    expect(answer.body.startedAt).toBeLessThan(before);
    expect(answer.body.warm).toBe(200_000);
  }, 600_000);
});
