/**
 * The CPU/CRIU check of the checkpoint phase (decision and sources in src/cpu-criu.ts). On a CPU that
 * no known failing pair involves (no AMX: most runners, this test host) nothing more is done. Else the
 * runtime's CRIU is asked for its version in a short container of the app image (`--network none`,
 * no added capabilities), started beside the checkpoint container so it costs no time of its own: the
 * app takes seconds to get ready, the probe well under one (about 0.7 s wall, 0.2 s CPU here). When the
 * pair is known to fail, the checkpoint container is killed at once and the phase fails with the cause
 * and the fix.
 */
import { cpuAtRisk, cpuCriuVerdict, CRIU_PROBE_SCRIPT, criuLocation, parseProbeOutput, readCpuInfo, type CpuCriuVerdict, type CpuInfo } from '../cpu-criu.ts';
import { containerName, type RunContext } from './context.ts';
import { saveLog } from './logs.ts';

export interface CpuCheck {
  cpu: CpuInfo;
  criuPath: string | null;
  criuVersion: string | null;
  verdict: CpuCriuVerdict;
}

export async function checkCpuAgainstCriu(ctx: RunContext, image: string, hostCpu: () => Promise<CpuInfo> = readCpuInfo): Promise<CpuCheck> {
  const { config, profile, podman } = ctx;
  const name = containerName(ctx, 'criu-probe');
  const mode = criuLocation(profile, config.trigger);
  // CRaC's engine honours CRAC_CRIU_PATH from the run's environment: the probe must see the same
  const env = config.env.CRAC_CRIU_PATH ? { CRAC_CRIU_PATH: config.env.CRAC_CRIU_PATH } : undefined;
  const cpu = await hostCpu();
  if (!cpuAtRisk(cpu)) {
    const verdict = cpuCriuVerdict(cpu, null);
    return { cpu, criuPath: null, criuVersion: null, verdict: { ...verdict, message: `${cpu.model}: no known CPU/CRIU incompatibility involves this CPU; CRIU not probed` } };
  }
  ctx.resources.container(name);
  const res = await podman.run({ name, image, rm: true, network: 'none', env, entrypoint: ['/bin/sh', '-c', CRIU_PROBE_SCRIPT, 'checkpoint-image-criu-probe'], command: [mode] }, { timeoutMs: 60_000 }).catch((e: Error) => ({ exitCode: 127, stdout: '', stderr: e.message }));
  // --rm removed it once podman run returned (a probe killed at its timeout stays tracked for the cleanup)
  if (!('timedOut' in res && res.timedOut)) ctx.resources.released('containers', name);
  const probe = res.exitCode === 0 ? parseProbeOutput(res.stdout) : { path: null, version: null };
  const verdict = cpuCriuVerdict(cpu, probe.version);
  await saveLog(ctx, 'checkpoint', 'cpu-criu.log', `cpu: ${cpu.model}\nflags: ${cpu.flags.join(' ')}\nprobe (${mode}) exit ${res.exitCode}:\n${res.stdout}${res.stderr}\nverdict: ${verdict.message}\n`, 'checkpoint');
  return { cpu, criuPath: probe.path, criuVersion: probe.version?.raw ?? null, verdict };
}
