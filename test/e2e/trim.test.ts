/**
 * Issue 12, smaller checkpoints: the sample checkpointed with `trim-heap: false` and with the default
 * (`true`), side by side on real podman and CRIU. The trimmed checkpoint is smaller, its restore image
 * still restores as the checkpointed process (identity, not timing), and the dumped pages are read
 * back per kind from the images in the restore image (what the megabytes are).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointFootprint, JVM_LAYOUT_LOG, type Footprint } from '../../src/criu-images.ts';
import { LAUNCHER_STATE_DIR } from '../../src/launcher.ts';
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
    const root = mount.stdout.trim();
    return await checkpointFootprint(path.join(root, 'checkpoint'), await readFile(path.join(root, LAUNCHER_STATE_DIR, 'app.log'), 'utf8'));
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
      { runtime: 'criu', context, image: `localhost/trim-e2e-${run}`, tags: which, 'ready-url': '/', 'compare-runs': '0', 'trim-heap': trim, 'java-options': JVM_LAYOUT_LOG },
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
    // the sample's live data is what its 2 s start-up loop built, which a loaded machine makes smaller:
    // compare what trim-heap changes whatever the live data, then the whole when both built the same
    const heapFree = (f: Footprint) => f.totalPageBytes - f.bytes['java heap'];
    expect(fu.bytes['java heap']).toBeGreaterThan(5e6);
    expect(heapFree(ft)).toBeLessThan(heapFree(fu) - 3e6);
    expect(ft.bytes['class metadata (class space, CDS, metaspace)']).toBeLessThan(fu.bytes['class metadata (class space, CDS, metaspace)'] - 3e6);
    // the trimmed image restores: the answering process is the checkpointed one, with its state
    const before = Date.now();
    const [au, at] = [
      await runAndAsk(u!.outputs.image, { name: `trim-e2e-${run}-ask-u`, caps: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] }),
      await runAndAsk(t!.outputs.image, { name: `trim-e2e-${run}-ask-t`, caps: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] }),
    ];
    expect(at.body.pid).toBe(t!.checkpoint!.appPid);
    expect(at.body.startedAt).toBeLessThan(before);
    expect(at.body.warm).toBeGreaterThan(0);
    console.log(`live entries at checkpoint: untrimmed ${au.body.warm}, trimmed ${at.body.warm} (informative)`);
    expect(t!.checkpoint!.checkpointBytes).toBeLessThan(u!.checkpoint!.checkpointBytes);
    if (au.body.warm <= at.body.warm) expect(t!.checkpoint!.checkpointBytes).toBeLessThan(u!.checkpoint!.checkpointBytes - 3e6);
  }, 600_000);
});
