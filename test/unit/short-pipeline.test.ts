/**
 * What a short pipeline (verify and push off) no longer pays for (issue 12, item 4), proven on the
 * argv the real pipeline gives the fake runner (support/fake-podman.ts): no `podman container inspect`
 * after a checkpoint that went well (read only when one failed), the build's temporary tag removed
 * inside the commit phase rather than after the run, and the cleanup check still looking it up.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawInputs } from '../../src/inputs.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { Reporter } from '../../src/reporter.ts';
import { FAKE_READY_LINE, fakePodman, type FakeCall, type FakeOptions } from '../support/fake-podman.ts';
import { imageSizes } from '../../src/pipeline/commit.ts';
import { EXIT_POLL_MS } from '../../src/pipeline/checkpoint.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-short-'));
  await writeFile(path.join(tmp, 'Containerfile'), 'FROM scratch\n');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs the pipeline; each phase's start and end are recorded among the runner's calls. */
async function run(inputs: RawInputs = {}, fake: FakeOptions = {}) {
  const f = await fakePodman(fake);
  const mark = (what: string): FakeCall => ({ command: '#', args: [what] });
  const reporter: Reporter = {
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    async group(title, fn) {
      f.calls.push(mark(`start ${title}`));
      try {
        return await fn();
      } finally {
        f.calls.push(mark(`end ${title}`));
      }
    },
  };
  try {
    const result = await runPipeline(
      { runtime: 'criu', image: 'localhost/app', context: tmp, 'ready-log': FAKE_READY_LINE, verify: 'false', ...inputs },
      { reporter, runner: f.runner, jobKey: 'short', defaultLogDir: await mkdtemp(path.join(tmp, 'logs-')) },
    );
    const calls = f.calls.map((c) => (c.command === '#' ? `# ${c.args[0]}` : [c.command, ...c.args].join(' ')));
    return { result, calls, imageMounts: f.imageMounts() };
  } finally {
    await f.dispose();
  }
}

describe('short pipeline', () => {
  it('a checkpoint that went well is judged by its files: no podman container inspect', async () => {
    const { result, calls } = await run();
    expect(result.error).toBeNull();
    expect(calls.filter((c) => c.includes(' container inspect '))).toEqual([]);
    // the container's output is still kept in the log folder
    expect(existsSync(path.join(result.logDir, 'checkpoint', 'container-output.log'))).toBe(true);
  });

  it('a failed checkpoint still records podman\'s view of the container', async () => {
    const { result, calls } = await run({ 'ready-log': 'never printed', 'ready-timeout': '0.3' });
    expect(result.ok).toBe(false);
    expect(calls.some((c) => c.includes(' container inspect '))).toBe(true);
    expect(existsSync(path.join(result.logDir, 'checkpoint', 'podman-state.json'))).toBe(true);
  });

  it('without verify, the build tag is untagged inside the commit phase (no rmi the restore image would refuse), and the cleanup check still looks it up', async () => {
    const { result, calls } = await run();
    expect(result.error).toBeNull();
    const tag = `localhost/checkpoint-image-tmp:${result.runId}`;
    const removal = calls.findIndex((c) => / untag (-- )?/.test(c) && c.endsWith(`${tag} ${tag}`));
    expect(removal).toBeGreaterThan(calls.indexOf('# start commit'));
    expect(removal).toBeLessThan(calls.indexOf('# end commit'));
    expect(calls.filter((c) => / untag /.test(c) && c.endsWith(tag))).toHaveLength(1);
    expect(calls.filter((c) => / rmi /.test(c) && c.endsWith(tag))).toEqual([]);
    expect(calls.findIndex((c) => c.includes(' image exists ') && c.endsWith(tag))).toBeGreaterThan(calls.indexOf('# end commit'));
  });

  it('the image mount for the JDK version starts beside the read of the built image, and is undone by the end', async () => {
    const { result, calls, imageMounts } = await run();
    expect(result.error).toBeNull();
    const tag = `localhost/checkpoint-image-tmp:${result.runId}`;
    const mount = calls.findIndex((c) => c.includes(' image mount ') && c.endsWith(tag));
    const inspect = calls.findIndex((c) => c.includes(' image inspect ') && c.endsWith(tag));
    expect(mount).toBeGreaterThan(calls.findIndex((c) => c.includes(' build ')));
    // issued first: the inspect does not wait for it
    expect(mount).toBeLessThan(inspect);
    const unmount = calls.findIndex((c) => c.includes(' image unmount ') && c.endsWith(tag));
    expect(unmount).toBeGreaterThan(mount);
    // the build's tag goes only once its mount is undone
    expect(unmount).toBeLessThan(calls.findIndex((c) => / untag /.test(c) && c.endsWith(tag)));
    expect(imageMounts).toEqual(new Map());
  });

  it('a build phase that fails after podman build leaves no image mounted', async () => {
    const { result, calls, imageMounts } = await run({}, { failBuiltInspect: true });
    expect(result.failedPhase).toBe('build');
    expect(calls.some((c) => c.includes(' image mount '))).toBe(true);
    expect(imageMounts).toEqual(new Map());
  });

  it('the sizes are read in one podman call after the commit: the committed image only (the original was read after the build)', async () => {
    const { result, calls } = await run();
    expect(result.error).toBeNull();
    const after = calls.slice(calls.findIndex((c) => c.includes(' commit ')));
    expect(after.filter((c) => c.includes(' image inspect '))).toEqual([expect.stringMatching(new RegExp(`${result.commit!.imageId}$`))]);
    expect(calls.filter((c) => c.includes(' history '))).toEqual([]);
    // the fake's original has 1 layer of 1 MB, its commits 2 layers and 2 MB
    expect(result.commit!.sizes).toEqual({ originalBytes: 1_000_000, restoreBytes: 2_000_000, layersAdded: 1, addedBytes: 1_000_000 });
  });

  it('a commit phase that fails after podman commit removes the restore image it committed', async () => {
    const { result, calls } = await run({ tags: 'a,b' }, { failCommittedInspect: true });
    expect(result.failedPhase).toBe('commit');
    const committed = calls.findIndex((c) => c.includes(' commit '));
    for (const ref of ['localhost/app:a', 'localhost/app:b']) {
      expect(calls.findIndex((c) => / rmi /.test(c) && c.endsWith(ref))).toBeGreaterThan(committed);
      // and the cleanup check looked it up
      expect(calls.some((c) => c.includes(' image exists ') && c.endsWith(ref))).toBe(true);
    }
    expect(result.leftovers).toEqual([]);
  });

  it(`the checkpoint container's exit is checked every ${EXIT_POLL_MS} ms (podman wait --interval), not podman's 250 ms`, async () => {
    const { result, calls } = await run();
    expect(result.error).toBeNull();
    const waits = calls.filter((c) => c.includes(' wait ') && c.endsWith(`checkpoint-image-${result.runId}-checkpoint`));
    expect(waits).toHaveLength(1);
    expect(waits[0]).toContain(` wait --interval ${EXIT_POLL_MS}ms -- `);
  });

  it('with verify, the build tag stays until the cold starts are done', async () => {
    // the fake cannot restore: verify fails, and the tag goes in the cleanup, after the verify phase
    const { result, calls } = await run({ verify: 'true', 'verify-timeout': '0.3', 'compare-runs': '0' });
    const tag = `localhost/checkpoint-image-tmp:${result.runId}`;
    const removal = calls.findIndex((c) => / rmi (-- )?/.test(c) && c.endsWith(tag));
    expect(calls.indexOf('# start verify')).toBeGreaterThan(0);
    expect(removal).toBeGreaterThan(calls.indexOf('# start verify'));
  });
});

describe('image sizes', () => {
  it.each([
    [{ size: 300, layers: ['a'] }, { size: 355, layers: ['a', 'b'] }, { originalBytes: 300, restoreBytes: 355, layersAdded: 1, addedBytes: 55 }],
    [{ size: 300, layers: ['a', 'b'] }, { size: 300, layers: ['a', 'b', 'c'] }, { originalBytes: 300, restoreBytes: 300, layersAdded: 1, addedBytes: 0 }],
    // never negative (a restore image read smaller than its original would be podman's rounding)
    [{ size: 300, layers: ['a'] }, { size: 299, layers: ['a', 'b'] }, { originalBytes: 300, restoreBytes: 299, layersAdded: 1, addedBytes: 0 }],
  ])('original %j, restore %j: %j', (o, r, want) => expect(imageSizes(o, r)).toEqual(want));
});
