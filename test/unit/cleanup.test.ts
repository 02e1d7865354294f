/**
 * A cleanup that fails is reported, not lost: the real pipeline against the fake runner
 * (support/fake-podman.ts), once where every removal works and once where `podman rm` fails as it
 * does on a busy overlay mount. The failure must come back in `leftovers`, as a warning, and the run
 * that removed everything must report nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawInputs } from '../../src/inputs.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { FAKE_READY_LINE, fakePodman, type FakeOptions } from '../support/fake-podman.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-cleanup-'));
  await writeFile(path.join(tmp, 'Containerfile'), 'FROM scratch\n');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function run(fake: FakeOptions, inputs: RawInputs = {}) {
  const f = await fakePodman(fake);
  const reporter = recordingReporter();
  try {
    const result = await runPipeline(
      { runtime: 'criu', image: 'localhost/app', context: tmp, 'ready-log': FAKE_READY_LINE, verify: 'false', ...inputs },
      { reporter, runner: f.runner, jobKey: 'cleanup', defaultLogDir: await mkdtemp(path.join(tmp, 'logs-')) },
    );
    return { result, warnings: reporter.lines.filter((l) => l.startsWith('warning:')), argvs: f.podmanArgvs() };
  } finally {
    await f.dispose();
  }
}

describe('cleanup', () => {
  it('removes everything it created and reports nothing when removal works', async () => {
    const { result, warnings, argvs } = await run({});
    expect(result.error).toBeNull();
    expect(result.leftovers).toEqual([]);
    expect(warnings).toEqual([]);
    // it checked: the build tag was looked for after its removal
    expect(argvs.some((a) => a.includes('exists') && a.includes(`localhost/checkpoint-image-tmp:${result.runId}`))).toBe(true);
  });

  it('a container podman cannot remove is reported in leftovers and warned about, on a failed run', async () => {
    // the checkpoint fails (never ready), so the checkpoint container is removed by cleanup itself
    const { result, warnings } = await run({ failRemoval: true }, { 'ready-log': 'never printed', 'ready-timeout': '0.2' });
    expect(result.ok).toBe(false);
    const container = `checkpoint-image-${result.runId}-checkpoint`;
    // the failed removal, with podman's own error; the check afterwards adds no second line for it
    expect(result.leftovers).toEqual([expect.stringMatching(new RegExp(`^container ${container}: .*device or resource busy`, 's'))]);
    expect(warnings.some((w) => w.startsWith(`warning: cleanup: container ${container}: `))).toBe(true);
  });
});
