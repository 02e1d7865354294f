/**
 * Verify: start the restore image as a user would (published port, the runtime's restore
 * capabilities only, no terminal) and time `podman run` to the first successful response; alternate
 * with cold starts of the original image so both are measured side by side on the same host. A
 * restore is proven by identity where the checkpoint recorded one (launcher runtimes): the container
 * holds a process with the checkpointed PID whose environment carries the checkpoint's id, which only
 * the restored memory can hold, at any log level (CRaC restores at -v1 and logs nothing). Otherwise
 * the runtime's "restored" log line is the proof. A restore image that answers without that proof
 * was a silent cold start: failure.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { END_OF_OPTIONS, globalArgs } from '../podman.ts';
import { freePort, pollUntil, TIMED_POLL_MS, waitForHttp, waitForLog, type WaitOutcome } from '../readiness.ts';
import type { RuntimeProfile } from '../runtimes.ts';
import { LABEL_PREFIX } from './commit.ts';
import { containerName, PhaseError, unique, type RunContext } from './context.ts';
import { collectContainerLogs, runtimeLogPaths, saveLog } from './logs.ts';

export type StartKind = 'restore' | 'cold';

export interface StartSample {
  kind: StartKind;
  ms: number;
  body: string;
}

export interface VerifyResult {
  restore: StartSample[];
  cold: StartSample[];
  restoreMedianMs: number;
  coldMedianMs: number | null;
  speedup: number | null;
  /** What proved a real restore: the restored process's identity, and the runtime's log line if any. */
  evidence: string;
  capAdd: string[];
  securityOpt: string[];
  privileged: boolean;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : Math.round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
};

/** Restore-run options: the runtime's restore set (smaller than the checkpoint set) plus user caps. */
export function restoreRunOptions(ctx: Pick<RunContext, 'config' | 'profile'>) {
  return {
    capAdd: unique([...ctx.profile.restore.capAdd, ...ctx.config.capAdd]),
    securityOpt: unique([...ctx.profile.restore.securityOpt]),
    // CRIU restores the capabilities the process had: a privileged checkpoint needs a privileged restore
    privileged: ctx.config.privileged,
  };
}

/** What the checkpoint recorded about the checkpointed process (restore image labels). */
export interface RestoreIdentity {
  pid: number;
  checkpointId: string;
}

/** The identity a restore image carries in its labels, or null (runtimes without the launcher). */
export function identityFromLabels(labels: Readonly<Record<string, string>>): RestoreIdentity | null {
  const pid = Number(labels[`${LABEL_PREFIX}.app-pid`]);
  const checkpointId = labels[`${LABEL_PREFIX}.checkpoint-id`];
  return Number.isInteger(pid) && pid > 0 && checkpointId ? { pid, checkpointId } : null;
}

/** `podman top CONTAINER pid hpid` output → container PID to host PID. */
export function parseTop(stdout: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const line of stdout.split('\n').slice(1)) {
    const [pid, hpid] = line.trim().split(/\s+/).map(Number);
    if (Number.isInteger(pid) && Number.isInteger(hpid)) out.set(pid!, hpid!);
  }
  return out;
}

/**
 * The verdict on one restore: proven by identity when one was recorded (the environment of the
 * process with the checkpointed PID holds the checkpoint id), else by the runtime's log line.
 * Each marker is tested with its own flags. Returns the evidence, or null (a silent cold start).
 */
export function restoreEvidence(
  profile: Pick<RuntimeProfile, 'restore'>,
  identity: RestoreIdentity | null,
  observed: { environ: string | null; logs: string },
): string | null {
  const line = profile.restore.restoredMarkers.map((m) => m.exec(observed.logs)?.[0]).find((x) => x !== undefined);
  if (identity) {
    const held = observed.environ?.split('\0').includes(`CHECKPOINT_IMAGE_CHECKPOINT=${identity.checkpointId}`) ?? false;
    if (!held) return null;
    return `pid ${identity.pid} holds checkpoint ${identity.checkpointId}${line ? `; ${line}` : ''}`;
  }
  return line ?? null;
}

/**
 * The exit watcher (`podman wait`) starts this long after `podman run`: a podman process starting
 * inside the timed window would compete with the start it times (2-vCPU runners), and a restore
 * answers well before this. It only matters when the container dies without answering.
 */
export const EXIT_WATCH_DELAY_MS = 1000;

/**
 * `removal`: 'now' removes the container before returning; 'background' hands the removal to
 * `ctx.background`, so the last start's teardown (about 0.3 s of podman and network clean-up)
 * overlaps the push.
 */
async function timedStart(ctx: RunContext, kind: StartKind, image: string, index: number, removal: 'now' | 'background', identity: RestoreIdentity | null): Promise<StartSample & { evidence: string }> {
  const { config, profile, podman } = ctx;
  const name = containerName(ctx, `${kind}-${index}`);
  const hostPort = await freePort();
  const restoreOpts = restoreRunOptions(ctx);
  ctx.resources.container(name);
  let mountPoint: string | null = null;
  let failure: string | null = null;
  let stopWatching: () => void = () => undefined;
  try {
    const t0 = Date.now();
    const res = await podman.run({
      name,
      image,
      detach: true,
      publish: [{ hostIp: '127.0.0.1', hostPort, containerPort: config.port }],
      // verifyEnv (Liberty's recovery switch) is for this run only: the image and manifests never get it
      ...(kind === 'restore' ? { ...restoreOpts, env: profile.restore.verifyEnv } : { env: config.env }),
    });
    if (res.exitCode !== 0) {
      failure = `podman run of the ${kind} image failed (exit ${res.exitCode}): ${res.stderr.trim()}`;
      throw new PhaseError('verify', 'restore', failure);
    }
    const watch = new AbortController();
    stopWatching = () => watch.abort();
    const exited = sleep(EXIT_WATCH_DELAY_MS, undefined, { signal: watch.signal })
      .then(() => podman.wait(name, config.verifyTimeoutMs + 5000, watch.signal))
      .then((code) => `the container exited (code ${code}) before answering`, () => new Promise<string>(() => undefined));
    const mount = async () => (mountPoint ??= await podman.mount(name).catch(() => null));
    const hasMarker = (text: string) => profile.restore.restoredMarkers.some((m) => m.test(text));
    // the runtime's own log files first; the container output (a podman call) only when they lack the marker
    const restoreLogs = async () => {
      const mp = await mount();
      const files = mp ? await Promise.all(runtimeLogPaths(ctx).map((f) => ctx.files.read(path.join(mp, f)))) : [];
      const text = files.filter((t): t is string => t !== null).join('\n');
      return hasMarker(text) ? text : `${text}\n${await podman.logs(name)}`;
    };
    // the environment of the container's process with the checkpointed PID, read on the host
    const environ = async () => {
      if (!identity) return null;
      const top = await podman.exec([...globalArgs(podman.engine), 'top', END_OF_OPTIONS, name, 'pid', 'hpid']);
      const hpid = top.exitCode === 0 ? parseTop(top.stdout).get(identity.pid) : undefined;
      return hpid ? ctx.files.read(`/proc/${hpid}/environ`) : null;
    };
    const prove = async () => restoreEvidence(profile, identity, { environ: await environ(), logs: identity && !profile.restore.restoredMarkers.length ? '' : await restoreLogs() });
    let outcome: WaitOutcome<unknown>;
    if (config.readyPath) {
      outcome = await waitForHttp(hostPort, config.readyPath, { timeoutMs: config.verifyTimeoutMs, abort: exited, intervalMs: TIMED_POLL_MS });
    } else if (kind === 'restore') {
      outcome = await pollUntil(prove, { timeoutMs: config.verifyTimeoutMs, abort: exited });
    } else {
      outcome = await waitForLog(() => podman.logs(name), new RegExp(config.readyLog ?? '$^', 'm'), { timeoutMs: config.verifyTimeoutMs, abort: exited });
    }
    const ms = Date.now() - t0;
    if (!outcome.ok) {
      const hangHint = kind === 'restore' && outcome.timedOut ? ' (a restore with fewer capabilities than the checkpoint hangs; see the restore logs)' : '';
      failure = `The ${kind} container did not answer: ${outcome.reason}${hangHint}.`;
      throw new PhaseError('verify', kind === 'restore' ? 'restore' : 'checkpoint', failure);
    }
    let evidence = '';
    if (kind === 'restore') {
      // a log marker may be written a moment after the first response
      const found = await pollUntil(prove, { timeoutMs: identity ? 1000 : 5000 });
      if (!found.ok) {
        failure = identity
          ? `The restore image answered, but not as the checkpointed process: no process with PID ${identity.pid} carrying checkpoint ${identity.checkpointId} in its environment: it was a silent cold start (a runtime that starts the app afresh when its restore fails, e.g. CRaC with -XX:+CRaCIgnoreRestoreIfUnavailable).`
          : `The restore image answered, but none of its logs shows a restore (${profile.restore.restoredMarkers.map((m) => m.source).join(' / ')}): it was a silent cold start.`;
        throw new PhaseError('verify', 'restore', failure);
      }
      evidence = found.value;
    }
    const body = outcome.value && typeof outcome.value === 'object' && 'body' in outcome.value ? String((outcome.value as { body: string }).body) : '';
    return { kind, ms, body, evidence };
  } finally {
    stopWatching();
    // evidence worth keeping: every failure, and the first restore (its restore.log)
    if (failure || (index === 0 && kind === 'restore')) {
      mountPoint ??= await podman.mount(name).catch(() => null);
      const stage = kind === 'restore' ? 'restore' : 'checkpoint';
      await collectContainerLogs(ctx, name, `verify/${kind}-${index}`, stage, mountPoint, { state: failure !== null });
      // the verdict itself, so the diagnosis can explain failures no runtime log names (a silent cold start)
      if (failure) await saveLog(ctx, `verify/${kind}-${index}`, 'verdict.log', `checkpoint-image verify: ${failure}\n`, stage);
    }
    // `podman rm` unmounts as well: no separate umount call
    // a failed removal keeps the container tracked: the cleanup retries it and reports what is left
    const removed = podman.removeContainer(name).then(() => ctx.resources.released('containers', name), () => undefined);
    if (removal === 'background' && !failure) ctx.background.push(removed);
    else await removed;
  }
}

export async function verify(ctx: RunContext, restoreImage: string, coldImage: string): Promise<VerifyResult> {
  const { config, reporter } = ctx;
  const restore: StartSample[] = [];
  const cold: StartSample[] = [];
  let evidence = '';
  const identity = identityFromLabels((await ctx.podman.imageConfig(restoreImage)).labels);
  const rounds = Math.max(1, config.compareRuns);
  for (let i = 0; i < rounds; i++) {
    const last = i === rounds - 1;
    const withCold = i < config.compareRuns;
    const r = await timedStart(ctx, 'restore', restoreImage, i, last && !withCold ? 'background' : 'now', identity);
    restore.push(r);
    evidence ||= r.evidence;
    reporter.info(`restore #${i + 1}: first response after ${r.ms} ms`);
    if (withCold) {
      const c = await timedStart(ctx, 'cold', coldImage, i, last ? 'background' : 'now', null);
      cold.push(c);
      reporter.info(`cold #${i + 1}: first response after ${c.ms} ms`);
    }
  }
  const restoreMedianMs = median(restore.map((s) => s.ms));
  const coldMedianMs = cold.length ? median(cold.map((s) => s.ms)) : null;
  const speedup = coldMedianMs !== null && restoreMedianMs > 0 ? Math.round((coldMedianMs / restoreMedianMs) * 100) / 100 : null;
  const problems: string[] = [];
  if (config.maxRestoreMs !== null && restoreMedianMs > config.maxRestoreMs) problems.push(`the restore took ${restoreMedianMs} ms to answer, above max-restore-ms ${config.maxRestoreMs}`);
  if (config.minSpeedup !== null && speedup !== null && speedup < config.minSpeedup) problems.push(`the speed-up is ${speedup}x, below min-speedup ${config.minSpeedup}`);
  if (problems.length) throw new PhaseError('verify', 'restore', `Restore health check failed: ${problems.join('; ')}.`);
  return { restore, cold, restoreMedianMs, coldMedianMs, speedup, evidence, ...restoreRunOptions(ctx) };
}
