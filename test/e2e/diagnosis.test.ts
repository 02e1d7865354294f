/**
 * Failure diagnosis on real failures: each fault is provoked with real podman and CRIU, and the
 * test checks the finding (category, signature, evidence line and file), the annotation, the job
 * summary and the collected logs. The first three weaken the runtime profile itself (no seccomp
 * exception, no capabilities, fewer restore capabilities), which no input allows: they stand for a
 * regression in a profile or a stricter host policy, and are labelled so. The last one is provoked
 * the way a user meets it: an app that holds a client connection open at checkpoint time.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAnnotations } from '../../src/action/annotations.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { summaryMarkdown } from '../../src/report/summary.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { RUNTIMES, type RuntimeProfile } from '../../src/runtimes.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { track } from '../support/temp.ts';
import { actionHarness } from '../support/action-harness.ts';
import { leftovers, ownDanglingImages, requireHost } from '../support/e2e.ts';

let context: string;
beforeAll(async () => {
  await requireHost();
  context = track(await prepareSampleContext());
});

const workflow = { file: '.github/workflows/ci.yml', text: 'jobs:\n  b:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: checkpoint-image/checkpoint-image@v1\n' };

async function failWith(profile: RuntimeProfile, extra: Record<string, string> = {}) {
  const result = await runPipeline(
    { runtime: 'criu', context, image: `diag-${Date.now().toString(36)}`, 'ready-url': '/', 'compare-runs': '0', 'verify-timeout': '8', ...extra },
    { reporter: recordingReporter(), profile },
  );
  expect(result.ok).toBe(false);
  expect(await leftovers(result.runId)).toEqual([]);
  // this run's images only: other podman users on the host leave dangling images of their own
  expect(await ownDanglingImages(result)).toEqual([]);
  return result;
}

describe('real failures are explained', () => {
  it('a profile without seccomp=unconfined (regression or host policy): checkpoint under the default seccomp profile → seccomp, fix in the workflow step', async () => {
    const r = await failWith({ ...RUNTIMES.criu, checkpoint: { ...RUNTIMES.criu.checkpoint, securityOpt: [] } });
    expect(r.failedPhase).toBe('checkpoint');
    const top = r.findings[0]!;
    expect(top).toMatchObject({ category: 'seccomp', signature: 'criu-seccomp-suspend', role: 'root-cause' });
    expect(top.text).toMatch(/suspending seccomp failed: Operation not permitted/);
    // the evidence line is really at that line of that collected file
    expect((await readFile(top.file, 'utf8')).split('\n')[top.line - 1]).toContain('suspending seccomp failed');
    expect(top.file.startsWith(r.logDir)).toBe(true);
    const [a] = toAnnotations(r.findings, { workflow });
    expect(a).toMatchObject({ file: '.github/workflows/ci.yml', startLine: 5 });
    expect(a!.message).toMatch(/seccomp=unconfined/);
    const summary = summaryMarkdown(r);
    expect(summary).toMatch(/### Diagnosis/);
    expect(summary).toMatch(/\| seccomp \|/);
    expect(summary).toMatch(/\| checkpoint \| ❌ failed/);
  }, 300_000);

  it('a profile without capabilities (regression or host policy): checkpoint without CHECKPOINT_RESTORE/SYS_PTRACE → missing-capability', async () => {
    const r = await failWith({ ...RUNTIMES.criu, checkpoint: { ...RUNTIMES.criu.checkpoint, capAdd: [] } });
    expect(r.findings[0]).toMatchObject({ category: 'missing-capability', signature: 'criu-missing-checkpoint-restore-cap' });
    expect(await readdir(path.join(r.logDir, 'checkpoint'))).toEqual(expect.arrayContaining(['criu-dump.out', 'app.log', 'container-output.log', 'podman-state.json']));
  }, 300_000);

  it('a restore profile with fewer capabilities than the checkpoint (regression): CRIU hangs, killed at verify-timeout, explained', async () => {
    const r = await failWith({ ...RUNTIMES.criu, restore: { ...RUNTIMES.criu.restore, capAdd: ['CHECKPOINT_RESTORE'] } });
    expect(r.failedPhase).toBe('verify');
    expect(r.error).toMatch(/did not answer: not ready after 8 s/);
    const f = r.findings.find((x) => x.signature === 'criu-restore-capabilities');
    expect(f, JSON.stringify(r.findings.map((x) => x.signature))).toBeDefined();
    expect(f!.category).toBe('missing-capability');
    expect(f!.file).toMatch(/verify\/restore-0\/restore\.log$/);
  }, 300_000);

  it('an app that holds a client connection open, through the bundled action: annotation on the Containerfile, summary, logs', async () => {
    const h = await actionHarness({ runtime: 'criu', context, image: 'diag-socket', 'ready-url': '/', 'compare-runs': '0', env: 'HOLD_CONNECTION=true' }, context);
    const main = await h.run('main');
    expect(main.exitCode).toBe(1);
    const errors = main.commands.filter((c) => c.startsWith('::error '));
    // the cause, pointing at the line of the Containerfile that starts the JVM
    const cmdLine = (await readFile(path.join(context, 'Containerfile'), 'utf8')).split('\n').findIndex((l) => l.startsWith('CMD')) + 1;
    expect(errors[0]).toMatch(/^::error title=checkpoint-image%3A .*TCP connection/);
    expect(errors[0]).toContain(`,file=Containerfile,line=${cmdLine}::`);
    expect(main.summary).toMatch(/\| open-socket \|/);
    expect(main.summary).toMatch(/Connected TCP socket/);
    const logDir = main.outputs['log-dir']!;
    expect(await readFile(path.join(logDir, 'checkpoint', 'dump.log'), 'utf8')).toMatch(/Connected TCP socket, consider using --tcp-established option/);
    expect((await h.run('post')).exitCode).toBe(0);
    expect(await leftovers(JSON.parse(main.state['checkpoint-image']!).runId)).toEqual([]);
  }, 300_000);
});
