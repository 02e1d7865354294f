/**
 * The CPU/CRIU decision (src/cpu-criu.ts) against real inputs: the `flags` of an AMX host (an Azure
 * 2-vCPU Sapphire Rapids VM, "Hypervisor vendor: Microsoft", the kind GitHub's runners run on, from its
 * `lscpu`) and of a non-AMX host (this machine's /proc/cpuinfo, an AMD EPYC with AVX-512), and real CRIU
 * version outputs: CRaC's fork `3.17.1-crac` (CRaC/criu Makefile.versions), `4.1`, `4.2.1` (Debian).
 */
import { describe, expect, it } from 'vitest';
import { cpuAtRisk, cpuCriuVerdict, criuLocation, missingCpuFeatures, parseCpuinfo, parseCriuVersion, parseProbeOutput, type CpuInfo } from '../../src/cpu-criu.ts';
import { RUNTIMES } from '../../src/runtimes.ts';

/** Azure Sapphire Rapids, 2 vCPUs (lscpu "Flags:"), as a /proc/cpuinfo excerpt. */
const AMX_CPUINFO = `processor\t: 0
vendor_id\t: GenuineIntel
cpu family\t: 6
model\t\t: 143
model name\t: Intel(R) Xeon(R) Sapphire Rapids (Azure VM)
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology tsc_reliable nonstop_tsc cpuid aperfmperf tsc_known_freq pni pclmulqdq vmx ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch tpr_shadow ept vpid ept_ad fsgsbase tsc_adjust bmi1 hle avx2 smep bmi2 erms invpcid rtm avx512f avx512dq rdseed adx smap avx512ifma clflushopt clwb avx512cd sha_ni avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves user_shstk avx_vnni avx512_bf16 vnmi avx512vbmi umip waitpkg avx512_vbmi2 gfni vaes vpclmulqdq avx512_vnni avx512_bitalg avx512_vpopcntdq la57 rdpid cldemote movdiri movdir64b fsrm serialize tsxldtrk ibt amx_bf16 avx512_fp16 amx_tile amx_int8 arch_capabilities
`;
/** This machine's /proc/cpuinfo (first processor). */
const THIS_HOST_CPUINFO = "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 26\nmodel\t\t: 2\nmodel name\t: AMD EPYC\nstepping\t: 1\ncpu MHz\t\t: 2096.029\ncache size\t: 1024 KB\nphysical id\t: 0\nsiblings\t: 2\ncore id\t\t: 0\ncpu cores\t: 2\napicid\t\t: 0\ninitial apicid\t: 0\nfpu\t\t: yes\nfpu_exception\t: yes\ncpuid level\t: 13\nwp\t\t: yes\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx mmxext lm constant_tsc rep_good nopl xtopology tsc_reliable nonstop_tsc cpuid extd_apicid tsc_known_freq pni pclmulqdq ssse3 fma cx16 sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm cr8_legacy misalignsse 3dnowprefetch topoext pti        vmmcall bmi1 avx2 bmi2 erms avx512f avx512dq adx avx512ifma clflushopt clwb avx512cd sha_ni avx512bw avx512vl xsaveopt xsavec xgetbv1 avx_vnni avx512_bf16 clzero xsaveerptr arat avx512vbmi avx512_vbmi2 gfni vaes vpclmulqdq avx512_vnni avx512_bitalg avx512_vpopcntdq movdiri movdir64b fsrm avx512_vp2intersect\nbugs\t\t: cpu_meltdown spectre_v1 spectre_v2 spec_store_bypass srso spectre_v2_user\nbogomips\t: 4192.05\nTLB size\t: 192 4K pages\nclflush size\t: 64\ncache_alignment\t: 64\naddress sizes\t: 48 bits physical, 48 bits virtual\npower management:\n";

const amx = parseCpuinfo(AMX_CPUINFO);
const noAmx = parseCpuinfo(THIS_HOST_CPUINFO);

describe('reading the CPU and CRIU', () => {
  it('reads model and flags from /proc/cpuinfo', () => {
    expect(amx.flags).toEqual(expect.arrayContaining(['amx_tile', 'amx_bf16', 'amx_int8', 'avx512f']));
    expect(noAmx.flags).toEqual(expect.arrayContaining(['avx512f', 'avx2']));
    expect(noAmx.flags.filter((f) => f.startsWith('amx'))).toEqual([]);
    expect(noAmx.model).toMatch(/AMD EPYC/);
  });

  it.each([
    ['Version: 3.17.1-crac\nGitID: v3.17.1-crac\n', { raw: '3.17.1-crac', major: 3, minor: 17, patch: 1, fork: 'crac' }],
    ['Version: 4.1\n', { raw: '4.1', major: 4, minor: 1, patch: 0, fork: null }],
    ['Version: 4.2.1\n', { raw: '4.2.1', major: 4, minor: 2, patch: 1, fork: null }],
    ['Version: 3.19\nGitID: v3.19\n', { raw: '3.19', major: 3, minor: 19, patch: 0, fork: null }],
    ['4.2.1', { raw: '4.2.1', major: 4, minor: 2, patch: 1, fork: null }],
  ])('parses criu --version %j', (out, want) => expect(parseCriuVersion(out)).toEqual(want));

  it('reads the probe output (path and version), and a missing CRIU', () => {
    expect(parseProbeOutput('criu-path: /opt/zulu/lib/criu\nVersion: 3.17.1-crac\n')).toMatchObject({ path: '/opt/zulu/lib/criu', version: { raw: '3.17.1-crac' } });
    expect(parseProbeOutput('criu-path: none\n')).toEqual({ path: null, version: null });
  });
});

describe('CPU x CRIU: known failing pairs stop the run before the checkpoint', () => {
  it.each<[string, CpuInfo, string, boolean]>([
    ['AMX host, CRaC fork 3.17.1-crac', amx, 'Version: 3.17.1-crac', false],
    ['AMX host, upstream 3.17.1 (criu#2835)', amx, 'Version: 3.17.1', false],
    ['AMX host, upstream 3.18 (before the fix)', amx, 'Version: 3.18', false],
    ['AMX host, upstream 3.19 (has criu#2161)', amx, 'Version: 3.19', true],
    ['AMX host, 4.1', amx, 'Version: 4.1', true],
    ['AMX host, 4.2.1', amx, 'Version: 4.2.1', true],
    ['non-AMX host, CRaC fork 3.17.1-crac', noAmx, 'Version: 3.17.1-crac', true],
    ['non-AMX host, 4.1', noAmx, 'Version: 4.1', true],
    ['non-AMX host, 4.2.1', noAmx, 'Version: 4.2.1', true],
  ])('%s: ok=%s', (_l, cpu, criu, ok) => {
    const v = cpuCriuVerdict(cpu, parseCriuVersion(criu));
    expect(v.ok).toBe(ok);
    if (!ok) {
      expect(v.rule).toBe('amx-xsave-criu-before-3.19');
      expect(v.message).toMatch(/AMX \(amx_tile amx_bf16 amx_int8\)/);
      expect(v.message).toMatch(/Can't set FPU registers/);
      expect(v.message).toMatch(/Fix: .*CRIU is 3\.19 or newer.*CRAC_CRIU_PATH.*runner without AMX/);
    }
  });

  it('only a CPU that a known pair involves makes the pipeline ask the CRIU (no probe container elsewhere)', () => {
    expect(cpuAtRisk(amx)).toBe(true);
    expect(cpuAtRisk(noAmx)).toBe(false);
  });

  it('an unknown CRIU version never stops a run', () => {
    expect(cpuCriuVerdict(amx, null).ok).toBe(true);
  });

  it.each([
    ['crac', 'jcmd', 'jdk'],
    ['crac', 'app', 'jdk'],
    ['crac', 'criu', 'path'],
    ['openj9', 'app', 'path'],
    ['liberty', 'app', 'path'],
    ['criu', 'criu', 'path'],
  ] as const)('the CRIU of %s with trigger %s is found by %s', (runtime, trigger, where) => expect(criuLocation(RUNTIMES[runtime], trigger)).toBe(where));
});

describe('restore host vs checkpoint host', () => {
  it('names the features the checkpoint host had and this one lacks', () => {
    expect(missingCpuFeatures(amx.flags.join(' '), noAmx)).toEqual(expect.arrayContaining(['amx_tile', 'amx_bf16', 'amx_int8']));
    expect(missingCpuFeatures(noAmx.flags.join(' '), noAmx)).toEqual([]);
    expect(missingCpuFeatures(undefined, noAmx)).toEqual([]);
  });
});
