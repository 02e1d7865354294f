/**
 * Issue 11, item 6 wired for real: on a runner whose CPU has AMX, an image whose CRIU is CRaC's
 * `3.17.1-crac` is stopped at once with the cause and the fix, before the checkpoint is triggered,
 * and nothing is left behind. This host has no AMX, so the CPU is the one seam: the pipeline is given
 * the /proc/cpuinfo of an AMX host (the same Azure Sapphire Rapids flags as the table test). The
 * CRIU is real podman running a real image: a `criu` first on PATH that answers `--version` as
 * CRaC's fork does (CRaC/criu Makefile.versions: `3.17.1-crac`). With a non-AMX CPU the same image
 * passes the check (the table test covers the rest of the decision).
 */
import { chmod, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseCpuinfo } from '../../src/cpu-criu.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { track } from '../support/temp.ts';
import { leftovers, podman, requireHost } from '../support/e2e.ts';

const AMX_FLAGS = 'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology tsc_reliable nonstop_tsc cpuid aperfmperf tsc_known_freq pni pclmulqdq vmx ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch tpr_shadow ept vpid ept_ad fsgsbase tsc_adjust bmi1 hle avx2 smep bmi2 erms invpcid rtm avx512f avx512dq rdseed adx smap avx512ifma clflushopt clwb avx512cd sha_ni avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves user_shstk avx_vnni avx512_bf16 vnmi avx512vbmi umip waitpkg avx512_vbmi2 gfni vaes vpclmulqdq avx512_vnni avx512_bitalg avx512_vpopcntdq la57 rdpid cldemote movdiri movdir64b fsrm serialize tsxldtrk ibt amx_bf16 avx512_fp16 amx_tile amx_int8 arch_capabilities';
const amxCpu = parseCpuinfo(`model name\t: Intel(R) Xeon(R) Sapphire Rapids (Azure VM)\nflags\t\t: ${AMX_FLAGS}\n`);

let context: string;
beforeAll(async () => {
  await requireHost();
  context = track(await prepareSampleContext());
  // CRaC's fork answers `criu --version` with "Version: 3.17.1-crac"; first on PATH (/usr/local/sbin)
  await writeFile(path.join(context, 'criu-crac'), '#!/bin/sh\necho "Version: 3.17.1-crac"\necho "GitID: v3.17.1-crac"\n');
  await chmod(path.join(context, 'criu-crac'), 0o755);
  const cf = await readFile(path.join(context, 'Containerfile'), 'utf8');
  await writeFile(path.join(context, 'Containerfile'), cf.replace('COPY Hello.class /app/', 'COPY Hello.class /app/\nCOPY criu-crac /usr/local/sbin/criu'));
});

afterAll(async () => {
  if (context) await rm(context, { recursive: true, force: true });
});

it('AMX runner + CRIU 3.17.1-crac: stops before the checkpoint with the cause and the fix, nothing left', async () => {
  const reporter = recordingReporter();
  const image = `localhost/cpu-criu-${Date.now().toString(36)}`;
  const result = await runPipeline(
    { runtime: 'criu', context, image, 'ready-url': '/', 'compare-runs': '0' },
    { reporter, hostCpu: async () => amxCpu },
  );
  expect(result.ok).toBe(false);
  expect(result.failedPhase).toBe('checkpoint');
  expect(result.error).toMatch(/AMX \(amx_tile amx_bf16 amx_int8\).*CRIU 3\.17\.1-crac.*criu#2835/);
  expect(result.error).toMatch(/Fix: .*3\.19 or newer/);
  // stopped before the trigger: CRIU never dumped, nothing was committed
  const checkpointLogs = await readdir(path.join(result.logDir, 'checkpoint'));
  expect(checkpointLogs).toContain('cpu-criu.log');
  expect(checkpointLogs).not.toContain('dump.log');
  expect(await readFile(path.join(result.logDir, 'checkpoint', 'cpu-criu.log'), 'utf8')).toMatch(/criu-path: \/usr\/local\/sbin\/criu\nVersion: 3\.17\.1-crac/);
  expect(result.commit).toBeNull();
  expect(result.leftovers).toEqual([]);
  expect(await leftovers(result.runId)).toEqual([]);
  expect((await podman(['image', 'exists', `${image}:latest`])).exitCode).toBe(1);
  await rm(result.logDir, { recursive: true, force: true });
}, 240_000);
