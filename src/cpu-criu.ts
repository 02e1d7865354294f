/**
 * The runner's CPU against the CRIU that will dump the app. GitHub's amd64 fleet is heterogeneous:
 * some runners have Intel CPUs with AMX, whose XSAVE area (11008 bytes on Sapphire Rapids) exceeds the
 * 4096 bytes that CRIU before 3.19 reserves, and such a CRIU fails every dump there with
 * `Error (compel/arch/x86/src/lib/infect.c:413): Can't set FPU registers for N: Bad address` then
 * `Dumping FAILED.` (checkpoint-restore/criu#2835, reported on 3.17). The same workflow then passes on
 * one runner and fails on the next. This module decides, before the checkpoint, whether the pair is
 * known to fail, so the run stops at once with the cause and the fix instead of an opaque dump failure.
 *
 * Sources:
 * - checkpoint-restore/criu PR #2161 "compel: support XSAVE on newer Intel CPUs" (merged 2023-04-24,
 *   first released in CRIU 3.19; a 3.18 release build still failed, criu#2310): the fix upstream.
 * - checkpoint-restore/criu#2835 (2025-11): CRIU 3.17 on Sapphire Rapids, "max xsave frame exceed
 *   xsave_struct (11008 4096)", "Can't set FPU registers ... Bad address".
 * - CRaC/criu PR #24 (2025-12): the backport of that fix into CRaC's fork. The fork's version stays
 *   `3.17.1-crac` (CRaC/criu Makefile.versions: CRIU_VERSION 3.17.1 plus "-crac"), so a patched build
 *   cannot be told from an unpatched one by its version: it is treated as unpatched.
 * - openjdk/crac criuengine.cpp: the JDK's CRIU is `CRAC_CRIU_PATH` when set, else `criu` beside the
 *   engine (`$JAVA_HOME/lib/criu`), else /usr/sbin/criu; Zulu CRaC images have no CRIU on PATH
 *   (azul/zulu-openjdk ubuntu/21-jdk-crac-latest/Dockerfile).
 */
import { readFile } from 'node:fs/promises';
import type { ConcreteTrigger, RuntimeProfile } from './runtimes.ts';

export interface CpuInfo {
  model: string;
  /** The `flags` of the first processor in /proc/cpuinfo. */
  flags: string[];
}

/** Model and flags of the first processor in /proc/cpuinfo text. */
export function parseCpuinfo(text: string): CpuInfo {
  const model = /^model name\s*:\s*(.*)$/m.exec(text)?.[1]?.trim() ?? 'unknown';
  const flags = (/^flags\s*:\s*(.*)$/m.exec(text)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  return { model, flags };
}

export async function readCpuInfo(file = '/proc/cpuinfo'): Promise<CpuInfo> {
  return parseCpuinfo(await readFile(file, 'utf8').catch(() => ''));
}

export interface CriuVersion {
  /** As CRIU prints it: `3.17.1-crac`, `4.1`, `4.2.1`. */
  raw: string;
  major: number;
  minor: number;
  patch: number;
  /** `crac` for CRaC's fork (its own patch level, not upstream's). */
  fork: string | null;
}

/** Parses `criu --version` output (`Version: 4.2.1`, `Version: 3.17.1-crac`) or a bare version string. */
export function parseCriuVersion(text: string): CriuVersion | null {
  const m = /(?:^|\bVersion:\s*)(\d+)\.(\d+)(?:\.(\d+))?(?:-([A-Za-z][\w.]*))?/m.exec(text.trim());
  if (!m) return null;
  return { raw: m[0].replace(/^Version:\s*/, ''), major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), fork: m[4] ?? null };
}

const before = (v: CriuVersion, major: number, minor: number) => v.major < major || (v.major === major && v.minor < minor);

/** AMX's XSAVE components (XTILECFG/XTILEDATA) are what outgrow CRIU's 4096-byte frame. */
export const AMX_FLAGS = ['amx_tile', 'amx_bf16', 'amx_int8'] as const;

export interface CpuCriuRule {
  id: string;
  /** The CPU side of the pair. */
  cpu: (c: CpuInfo) => boolean;
  /** The CRIU side of the pair. */
  criu: (v: CriuVersion) => boolean;
  cause: (c: CpuInfo, v: CriuVersion) => string;
  fix: string;
  sources: readonly string[];
}

/** Pairs known to fail, each with its upstream source. */
export const CPU_CRIU_RULES: readonly CpuCriuRule[] = [
  {
    id: 'amx-xsave-criu-before-3.19',
    cpu: (c) => c.flags.includes('amx_tile'),
    // upstream before 3.19, and CRaC's 3.17.1-crac fork (patched builds print the same version)
    criu: (v) => before(v, 3, 19),
    cause: (c, v) =>
      `this runner's CPU (${c.model}) has AMX (${AMX_FLAGS.filter((f) => c.flags.includes(f)).join(' ')}), whose XSAVE area is larger than the 4096 bytes CRIU ${v.raw} reserves: every dump fails with "Can't set FPU registers ... Bad address" and "Dumping FAILED." (checkpoint-restore/criu#2835). GitHub's runners differ in CPU, so the same workflow passes on some and fails on others.`,
    fix: 'use a JDK image whose CRIU is 3.19 or newer (upstream CRIU 4.x), or point the runtime at a newer CRIU in the image (CRaC: `env: CRAC_CRIU_PATH=/usr/local/sbin/criu` with CRIU 4.x installed there), or run on a runner without AMX (e.g. an AMD-based larger runner).',
    sources: ['checkpoint-restore/criu#2835', 'checkpoint-restore/criu#2161', 'CRaC/criu#24'],
  },
];

/** Whether any known failing pair involves this CPU: when none does, the CRIU need not be asked. */
export const cpuAtRisk = (cpu: CpuInfo): boolean => CPU_CRIU_RULES.some((r) => r.cpu(cpu));

export type CpuCriuVerdict =
  | { ok: true; rule: null; message: string }
  | { ok: false; rule: string; message: string };

/** The decision: stop (with cause and fix) when the pair matches a known failure, else go on. */
export function cpuCriuVerdict(cpu: CpuInfo, criu: CriuVersion | null): CpuCriuVerdict {
  if (!criu) return { ok: true, rule: null, message: 'CRIU version unknown: no CPU check' };
  for (const r of CPU_CRIU_RULES) {
    if (r.cpu(cpu) && r.criu(criu)) return { ok: false, rule: r.id, message: `The checkpoint cannot work here: ${r.cause(cpu, criu)} Fix: ${r.fix}` };
  }
  return { ok: true, rule: null, message: `CRIU ${criu.raw} on ${cpu.model}: no known CPU incompatibility` };
}

/** The probe script's mode: the runtime's own CRIU, unless the launcher's `criu dump` (on PATH) takes the checkpoint. */
export function criuLocation(profile: Pick<RuntimeProfile, 'criuLocation'>, trigger: ConcreteTrigger): 'jdk' | 'path' {
  return trigger === 'criu' ? 'path' : profile.criuLocation;
}

/**
 * Run inside the image (`sh -c SCRIPT probe MODE`): prints `criu-path: P` and `criu --version`'s
 * output. Fixed text; the mode is its only argument. For `jdk`: CRAC_CRIU_PATH, then
 * $JAVA_HOME/lib/criu, then the lib/criu of the `java` on PATH, then /usr/sbin/criu (criuengine's
 * order), then `criu` on PATH.
 */
export const CRIU_PROBE_SCRIPT = `mode=$1
c=""
if [ "$mode" = jdk ]; then
  if [ -n "\${CRAC_CRIU_PATH:-}" ]; then c=$CRAC_CRIU_PATH
  elif [ -n "\${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/lib/criu" ]; then c=$JAVA_HOME/lib/criu
  else
    j=$(command -v java 2>/dev/null || true)
    [ -n "$j" ] && j=$(readlink -f "$j" 2>/dev/null || echo "$j")
    h=\${j%/bin/java}
    if [ -n "$j" ] && [ -x "$h/lib/criu" ]; then c=$h/lib/criu
    elif [ -x /usr/sbin/criu ]; then c=/usr/sbin/criu
    fi
  fi
fi
[ -n "$c" ] || c=$(command -v criu 2>/dev/null || true)
if [ -z "$c" ]; then echo "criu-path: none"; exit 0; fi
echo "criu-path: $c"
"$c" --version 2>&1
exit 0
`;

/** The probe's output: the CRIU path and its version. */
export function parseProbeOutput(out: string): { path: string | null; version: CriuVersion | null } {
  const p = /^criu-path: (.*)$/m.exec(out)?.[1]?.trim() ?? null;
  const rest = out.replace(/^criu-path: .*$/m, '');
  return { path: p === 'none' ? null : p, version: p && p !== 'none' ? parseCriuVersion(rest) : null };
}

/** Flags the checkpoint host had that this host lacks (from the `cpu-flags` label), for a warning. */
export function missingCpuFeatures(checkpointFlags: string | undefined, host: CpuInfo): string[] {
  if (!checkpointFlags) return [];
  const have = new Set(host.flags);
  return checkpointFlags.split(/\s+/).filter((f) => f && !have.has(f));
}
