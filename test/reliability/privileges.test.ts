/**
 * Security: least privilege. With a runner that records every argv of a REAL run: the checkpoint
 * container gets exactly the runtime's capabilities and security options and never `--privileged`;
 * the restore verification gets only the restore set (no `seccomp=unconfined` for criu); the cold
 * start gets nothing extra. `privileged: true` adds `--privileged` to the
 * checkpoint run only, with a warning.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawInputs } from '../../src/inputs.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { RUNTIMES } from '../../src/runtimes.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { requireHost } from '../support/e2e.ts';
import { expectNothingLeft, hostSnapshot, JOB_PREFIX, podmanRuns, recordingRunner, removeImages, uniqueName, useRunnerTemp, valueOf, type RecordedCall } from './helpers.ts';

interface Run {
  result: PipelineResult;
  calls: RecordedCall[];
  lines: string[];
}

let plain: Run;
let privileged: Run;

async function pipeline(label: string, context: string, inputs: RawInputs): Promise<Run> {
  const rec = recordingRunner();
  const reporter = recordingReporter();
  const result = await runPipeline(
    { runtime: 'criu', context, image: uniqueName(label), 'ready-url': '/', 'ready-timeout': '120', 'checkpoint-timeout': '120', 'verify-timeout': '120', ...inputs },
    { reporter, runner: rec.runner, jobKey: `${JOB_PREFIX}-${label}` },
  );
  return { result, calls: rec.calls, lines: reporter.lines };
}

/** The security-relevant options of one `podman run`. */
function privilegesOf(args: readonly string[]) {
  return {
    capAdd: valueOf(args, '--cap-add'),
    securityOpt: valueOf(args, '--security-opt'),
    privileged: args.includes('--privileged') || args.some((a) => /^--privileged=(true|1)$/.test(a)),
    // other ways to widen what a container may do
    widening: args.filter((a, i) => /^--(pid|ipc|uts|userns|cgroupns)$/.test(a) && args[i + 1] === 'host' || /^--(device|cap-drop|security-opt=)/.test(a) || a === '--network=host' || (a === '--network' && args[i + 1] === 'host') || /^-v$|^--volume/.test(a)),
  };
}

function runNamed(run: Run, suffix: string) {
  const found = podmanRuns(run.calls).filter((r) => r.name.endsWith(`-${suffix}`));
  expect(found, `podman run --name …-${suffix}`).toHaveLength(1);
  return privilegesOf(found[0]!.args);
}

// default log folders go to a folder of this file, removed afterwards
const tmp = useRunnerTemp('privileges');

beforeAll(async () => {
  await requireHost();
  const context = await prepareSampleContext(tmp.dir);
  const before = await hostSnapshot();
  // the two runs at once: they share nothing but the host
  [plain, privileged] = await Promise.all([
    pipeline('priv-plain', context, { 'compare-runs': '1' }),
    pipeline('priv-full', context, { 'compare-runs': '0', privileged: 'true' }),
  ]);
  try {
    await expectNothingLeft({ before, result: plain.result });
    await expectNothingLeft({ before, result: privileged.result });
  } finally {
    await removeImages([...(plain.result.commit?.refs ?? []), ...(privileged.result.commit?.refs ?? [])]);
  }
}, 600_000);

describe('the checkpoint and restore runs carry only what the runtime needs', () => {
  it('the plain run succeeds', () => {
    expect(plain.result.error).toBeNull();
    expect(plain.result.ok).toBe(true);
  });

  it('checkpoint: exactly --cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE --security-opt seccomp=unconfined (and apparmor=unconfined), no --privileged', () => {
    const ck = runNamed(plain, 'checkpoint');
    expect(ck.capAdd).toEqual(['CHECKPOINT_RESTORE', 'SYS_PTRACE']);
    expect(ck.capAdd).toEqual([...RUNTIMES.criu.checkpoint.capAdd]);
    expect(ck.securityOpt).toEqual(['seccomp=unconfined', 'apparmor=unconfined']);
    expect(ck.privileged).toBe(false);
    expect(ck.widening).toEqual([]);
    expect(plain.result.checkpoint?.capAdd).toEqual(['CHECKPOINT_RESTORE', 'SYS_PTRACE']);
    expect(plain.result.checkpoint?.securityOpt).toEqual(['seccomp=unconfined']);
  });

  it('restore verification: only the restore set, the default seccomp profile, AppArmor-unconfined, no --privileged', () => {
    const rs = runNamed(plain, 'restore-0');
    expect(rs.capAdd).toEqual([...RUNTIMES.criu.restore.capAdd]);
    expect(rs.securityOpt).toEqual(['apparmor=unconfined']);
    expect(rs.privileged).toBe(false);
    expect(rs.widening).toEqual([]);
    expect(plain.result.verify?.securityOpt).toEqual([]);
  });

  it('cold start: no capabilities, only the AppArmor option every run has (same confinement as the restore it is compared with)', () => {
    for (const suffix of ['cold-0']) {
      const r = runNamed(plain, suffix);
      expect(r, suffix).toEqual({ capAdd: [], securityOpt: ['apparmor=unconfined'], privileged: false, widening: [] });
    }
  });

  it('every podman run of the pipeline carries --security-opt apparmor=unconfined (issue 11)', () => {
    const runs = [...podmanRuns(plain.calls), ...podmanRuns(privileged.calls)];
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (const r of runs) expect(valueOf(r.args, '--security-opt'), r.name).toContain('apparmor=unconfined');
    expect(plain.result.commit?.labels['io.checkpoint-image.restore-security-opt']).toBe('apparmor=unconfined');
  });

  it('no podman run of the whole pipeline has --privileged, and no warning about it', () => {
    const runs = podmanRuns(plain.calls);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.filter((r) => privilegesOf(r.args).privileged).map((r) => r.name)).toEqual([]);
    expect(plain.lines.filter((l) => /privileged/.test(l))).toEqual([]);
  });

  it('the restore image records the capabilities it needs', () => {
    expect(plain.result.commit?.labels['io.checkpoint-image.restore-caps']).toBe('CHECKPOINT_RESTORE,SYS_PTRACE');
  });
});

describe('privileged: true', () => {
  it('adds --privileged to the checkpoint run, with a warning', () => {
    const ck = runNamed(privileged, 'checkpoint');
    expect(ck.privileged).toBe(true);
    expect(ck.capAdd).toEqual(['CHECKPOINT_RESTORE', 'SYS_PTRACE']);
    expect(privileged.lines.filter((l) => /^warning: privileged: true/.test(l))).toHaveLength(1);
  });

  it('never to the probes or the cold starts; the restore run is privileged too (CRIU restores the capabilities the process had)', () => {
    for (const r of podmanRuns(privileged.calls).filter((x) => !x.name.endsWith('-checkpoint') && !/-restore-\d+$/.test(x.name))) {
      expect(privilegesOf(r.args).privileged, r.name).toBe(false);
    }
    const rs = podmanRuns(privileged.calls).filter((r) => r.name.endsWith('-restore-0'));
    expect(rs.length, 'the restore verification ran').toBe(1);
    expect(privilegesOf(rs[0]!.args).privileged).toBe(true);
  });

  it('the run succeeds, and the image says it needs a privileged restore', () => {
    expect(privileged.result.error).toBeNull();
    expect(privileged.result.ok).toBe(true);
    expect(privileged.result.commit?.labels['io.checkpoint-image.restore-caps']).toBe('privileged');
  });
});
