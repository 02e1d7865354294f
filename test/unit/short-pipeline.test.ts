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
import { FAKE_READY_LINE, fakePodman, type FakeCall } from '../support/fake-podman.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-short-'));
  await writeFile(path.join(tmp, 'Containerfile'), 'FROM scratch\n');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs the pipeline; each phase's start and end are recorded among the runner's calls. */
async function run(inputs: RawInputs = {}) {
  const f = await fakePodman();
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
    return { result, calls };
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

  it('without verify, the build tag goes inside the commit phase, and the cleanup check still looks it up', async () => {
    const { result, calls } = await run();
    expect(result.error).toBeNull();
    const tag = `localhost/checkpoint-image-tmp:${result.runId}`;
    const removal = calls.findIndex((c) => / rmi (-- )?/.test(c) && c.endsWith(tag));
    expect(removal).toBeGreaterThan(calls.indexOf('# start commit'));
    expect(removal).toBeLessThan(calls.indexOf('# end commit'));
    expect(calls.filter((c) => / rmi /.test(c) && c.endsWith(tag))).toHaveLength(1);
    expect(calls.findIndex((c) => c.includes(' image exists ') && c.endsWith(tag))).toBeGreaterThan(calls.indexOf('# end commit'));
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
