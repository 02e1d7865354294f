/**
 * Checkpoint run: start the image with exactly what the runtime needs, wait until the app is ready,
 * warm it up, trigger the checkpoint the runtime's way, and judge the result by the runtime's own
 * markers (exit status, CRIU's image files, `Dumping finished successfully`), never by the absence
 * of `Error (` lines (CRIU prints harmless ones).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isNonRootUser, launcherInvocation, LAUNCHER_STATE_DIR, userLayerContainerfile } from '../launcher.ts';
import { END_OF_OPTIONS, globalArgs, type PublishSpec } from '../podman.ts';
import { allReady, followLog, freePort, httpGet, isSuccess, POLL_MS, pollUntil, waitForHttp, type LogFollower, type WaitOutcome } from '../readiness.ts';
import { javaFeatureVersion, trimJavaOptions, type HeapTrim, type RuntimeProfile } from '../runtimes.ts';
import type { BuildResult } from './build.ts';
import { containerName, PhaseError, unique, type RunContext } from './context.ts';
import { collectContainerLogs, logPaths, saveLog } from './logs.ts';
import { findLauncher, signalLauncher } from '../hostproc.ts';

export interface CheckpointResult {
  container: string;
  exitCode: number;
  checkpointBytes: number;
  checkpointFiles: number;
  /** From `podman run` to readiness (null when the app checkpoints itself without a readiness probe). */
  readyMs: number | null;
  warmupMs: number;
  /** From readiness (or the end of the warm-up) to the trigger being sent. */
  triggerLatencyMs: number | null;
  /** From the trigger to the container's exit. */
  dumpMs: number;
  capAdd: string[];
  securityOpt: string[];
  /** The image's USER ('' for root): the restore image of a non-root image restores as root. */
  imageUser: string;
  /** PID of the checkpointed app (launcher runtimes): the restored process has it too. */
  appPid: number | null;
  /** Only the checkpointed process carries this id in its environment (launcher runtimes). */
  checkpointId: string | null;
}

/** Options of the checkpoint container: the runtime's minimum plus what the user added. */
export function checkpointRunOptions(ctx: Pick<RunContext, 'config' | 'profile'>, jdk: number | null = null) {
  const { config, profile } = ctx;
  const dir = config.checkpointDir;
  // trim-heap's options sit before java-options: in JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS the last
  // value of an option wins, so a user's own (and the app's command line) override them
  const trim = config.trimHeap ? trimJavaOptions(profile.checkpoint.trim, jdk) : [];
  const javaOptions = [...profile.checkpoint.javaOptions(dir), ...trim, config.javaOptions].filter(Boolean).join(' ');
  const javaOptionsEnv = profile.checkpoint.javaOptionsEnv ?? 'JAVA_TOOL_OPTIONS';
  const env: Record<string, string> = { ...profile.checkpoint.env(dir), ...config.env };
  // without the launcher the JVM still picks its options up from the environment
  if (!profile.launcher && javaOptions) env[javaOptionsEnv] = javaOptions;
  return {
    capAdd: unique([...profile.checkpoint.capAdd, ...config.capAdd]),
    securityOpt: unique([...profile.checkpoint.securityOpt, ...config.securityOpt]),
    env,
    javaOptions,
    javaOptionsEnv,
  };
}

/**
 * The first JVM option the runtime cannot work with, with the reason, among the options the JVM will
 * see: the checkpoint run's, and the option variables of the image and of `env`. Null when none.
 */
export function unsupportedJavaOption(profile: RuntimeProfile, javaOptions: string, envs: ReadonlyArray<Readonly<Record<string, string>>>): string | null {
  const texts = [javaOptions, ...envs.flatMap((e) => [e.JAVA_TOOL_OPTIONS ?? '', e.JDK_JAVA_OPTIONS ?? ''])];
  for (const { pattern, reason } of profile.checkpoint.unsupportedOptions ?? []) {
    for (const t of texts) {
      const m = pattern.exec(t);
      if (m) return `JVM option ${m[0]}: ${reason}`;
    }
  }
  return null;
}

/**
 * What `jcmd <pid> JDK.checkpoint` answered when the JVM refused to checkpoint (the JVM then keeps
 * running, so waiting for its exit would only run into the timeout): the exception lines, or null.
 */
export function jcmdRefusal(output: string): string | null {
  if (!/An exception during a checkpoint operation|CheckpointException/.test(output)) return null;
  const causes = output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('Suppressed: '))
    .map((l) => l.slice('Suppressed: '.length));
  const first = output.split('\n').find((l) => /Exception/.test(l))?.trim() ?? 'CheckpointException';
  return causes.length ? causes.join('; ') : first;
}

// --- readiness wait (h12c) ---
/**
 * Follows the app's output as it is written: the launcher's app.log through `tail -F` (one process
 * that polls the file itself: no command per check, which under sudo cost a `sudo cat` every 25 ms),
 * else the container's output through `podman logs --follow`. Both run as the pipeline's podman does
 * (through sudo when not root), and stop with `signal`.
 */
export function appLogFollower(ctx: Pick<RunContext, 'podman' | 'profile'>, name: string, mountPoint: Promise<string | null>): LogFollower {
  const { podman, profile } = ctx;
  return async (onLine, signal) => {
    if (!profile.launcher) {
      return podman.exec([...globalArgs(podman.engine), 'logs', '--follow', END_OF_OPTIONS, name], { onLine: (l) => onLine(l), signal });
    }
    const mp = await mountPoint;
    if (!mp) throw new Error('the container is not mounted');
    // GNU tail polls files on overlayfs (no inotify there) every -s seconds, in its own process
    return podman.runner('tail', appLogTailArgs(path.join(mp, LAUNCHER_STATE_DIR, 'app.log')), { onLine: (l, stream) => stream === 'stdout' && onLine(l), signal });
  };
}

/** `tail` arguments that follow a file from its first line, also before it exists (pure: table-tested). */
export function appLogTailArgs(file: string): string[] {
  return ['-F', '-n', '+1', '-s', String(POLL_MS / 1000), '--', file];
}

/**
 * Waits for `ready-url` and/or `ready-log`, both watched from the start: when both are given, ready is
 * when the later of the two shows. Gives up when the container exits.
 */
async function awaitReadiness(ctx: RunContext, probePath: string | null, hostPort: number | null, follow: LogFollower, readAppLog: () => Promise<string | null>, exitReason: Promise<string>): Promise<WaitOutcome<unknown>> {
  const { config } = ctx;
  const waits: Array<(cancel: Promise<string>) => Promise<WaitOutcome<unknown>>> = [];
  const options = (cancel: Promise<string>) => ({ timeoutMs: config.readyTimeoutMs, abort: Promise.race([exitReason, cancel]) });
  if (probePath && hostPort) waits.push((cancel) => waitForHttp(hostPort, probePath, options(cancel)));
  if (config.readyLog) {
    const pattern = new RegExp(config.readyLog, 'm');
    waits.push((cancel) => followLog(follow, pattern, { ...options(cancel), fallback: readAppLog }));
  }
  return waits.length ? allReady(waits) : { ok: true, value: null, elapsedMs: 0 };
}
// --- end readiness wait (h12c) ---

/** Sequential warm-up requests, each on its own closed connection. */
async function warmUp(ctx: RunContext, hostPort: number): Promise<number> {
  const { config, reporter } = ctx;
  const w0 = Date.now();
  let failed = 0;
  for (let i = 0; i < config.warmupRequests; i++) {
    if (!isSuccess(await httpGet(hostPort, config.warmupPath ?? '/', 10_000))) failed++;
  }
  const ms = Date.now() - w0;
  reporter.info(`warm-up: ${config.warmupRequests} requests to ${config.warmupPath} in ${ms} ms${failed ? ` (${failed} failed)` : ''}`);
  return ms;
}

/**
 * How often podman 4 checks whether the checkpoint container stopped (`podman wait --interval`): the
 * commit starts when it is seen. Each check is a state read in podman's own process (no process
 * started), so 50 ms costs little CPU beside the app's start-up and the dump.
 */
export const EXIT_POLL_MS = 50;

/** Failure lines the runtimes print when a checkpoint they took themselves failed. */
const DUMP_FAILED = /Dumping FAILED\.|CheckpointException|CWWKC0453E/;

/** The first failure line in the app's output or the runtime's logs, or null. */
async function dumpFailure(ctx: RunContext, mountPoint: string | null, readAppLog: () => Promise<string | null>): Promise<string | null> {
  const texts = [await readAppLog(), ...(mountPoint ? await Promise.all(logPaths(ctx).map((p) => ctx.files.read(path.join(mountPoint, p)))) : [])];
  for (const t of texts) {
    const line = t?.split('\n').find((l) => DUMP_FAILED.test(l));
    if (line) return line.trim();
  }
  return null;
}

/**
 * Triggers the checkpoint the runtime's way; returns a failure message or null. `launcherPid`: the
 * launcher's host PID when it was found (src/hostproc.ts), signalled directly; else `podman kill`.
 */
async function sendTrigger(ctx: RunContext, name: string, mountPoint: string | null, launcherPid: Promise<number | null> | null): Promise<string | null> {
  const { config, podman, reporter } = ctx;
  if (config.trigger === 'criu') {
    // the lookup had the app's whole start-up; a lookup still running is not waited for
    const pid = await Promise.race([launcherPid, new Promise<null>((r) => setTimeout(() => r(null), 100).unref())]);
    if (pid !== null && pid !== undefined && (await signalLauncher(podman.runner, pid, ctx.runId, 'USR1'))) return null;
    const k = await podman.kill(name, 'USR1');
    return k.exitCode === 0 ? null : `Could not signal the launcher to checkpoint: ${k.stderr.trim()}`;
  }
  if (config.trigger === 'jcmd') {
    const pid = mountPoint ? (await ctx.files.read(path.join(mountPoint, LAUNCHER_STATE_DIR, 'app.pid')))?.trim() : null;
    if (!pid) return 'The launcher did not record the app PID, so jcmd has no target.';
    // the JVM dies during its checkpoint, so jcmd's own exit code proves nothing: the exit of the
    // container and CRIU's markers decide; jcmd's output is kept for the diagnosis
    const j = await podman.exec(['exec', name, 'jcmd', pid, 'JDK.checkpoint'], { timeoutMs: config.checkpointTimeoutMs });
    await saveLog(ctx, 'checkpoint', 'jcmd.out', `$ jcmd ${pid} JDK.checkpoint (exit ${j.exitCode})\n${j.stdout}${j.stderr}`, 'checkpoint');
    reporter.info(`jcmd ${pid} JDK.checkpoint: exit ${j.exitCode} ${j.stdout.trim().split('\n')[0] ?? ''}`);
    const refusal = jcmdRefusal(`${j.stdout}\n${j.stderr}`);
    if (refusal) {
      return `The JVM refused the checkpoint; jcmd JDK.checkpoint answered: ${refusal}. CRaC does not checkpoint a JVM with files or sockets the application opened (listening sockets included): close them in an org.crac Resource's beforeCheckpoint and reopen them in afterRestore (Spring Boot 3.2+ stops its web server itself). The full answer is in checkpoint/jcmd.out.`;
    }
  }
  return null;
}

/**
 * The image the checkpoint runs: the built one, or for a launcher runtime on an image whose USER is
 * not root, one more layer in which the launcher's folders belong to that user.
 */
async function checkpointImage(ctx: RunContext, built: BuildResult): Promise<string> {
  const { config, profile, podman, reporter } = ctx;
  const user = built.config.user ?? '';
  if (!profile.launcher || !isNonRootUser(user)) return built.image;
  const tag = `localhost/checkpoint-image-tmp:${ctx.runId}-user`;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-user-'));
  try {
    await writeFile(path.join(dir, 'Containerfile'), userLayerContainerfile(built.config.id || built.image, user, [LAUNCHER_STATE_DIR, config.checkpointDir]));
    ctx.resources.tempTag(tag);
    const res = await podman.build({ tag, context: dir, tlsVerify: config.tlsVerify }, { timeoutMs: 10 * 60_000 }).catch((e: Error) => e);
    if (res instanceof Error) {
      throw new PhaseError('checkpoint', 'checkpoint', `The image runs as USER ${user}, and the layer that gives that user ${LAUNCHER_STATE_DIR} and ${config.checkpointDir} could not be built (${res.message.split('\n')[0]}). Fix: create both folders owned by ${user} in your Containerfile (\`USER 0\`, \`RUN mkdir -p ... && chown ${user} ...\`, \`USER ${user}\`).`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  reporter.info(`the image runs as USER ${user}: ${LAUNCHER_STATE_DIR} and ${config.checkpointDir} are given to that user in one more layer; the restore image runs CRIU as root, which restores the app as ${user}`);
  return tag;
}

/** What trim-heap does in this run, in words, with the options it adds and the ones this JDK would refuse. */
export function trimLine(trim: HeapTrim, enabled: boolean, jdk: number | null): string {
  if (!enabled) return 'trim-heap: false, the heap is dumped as the JVM left it';
  const used = trimJavaOptions(trim, jdk);
  const left = (trim.newerJdkOptions ?? []).filter((g) => jdk === null || jdk < g.fromJdk);
  return `trim-heap: ${trim.by}${used.length ? ` (${used.join(' ')})` : ''}${left.map((g) => `; left out, as the image's JDK is ${jdk === null ? 'of unknown version' : jdk} and JDKs before ${g.fromJdk} refuse them: ${g.options.join(' ')}`).join('')}`;
}

/** Whether trim-heap may need the image's JDK version before the checkpoint run (options older JDKs refuse). */
export const jdkNeededBeforeRun = (ctx: Pick<RunContext, 'config' | 'profile'>): boolean => ctx.config.trimHeap && !!ctx.profile.checkpoint.trim.newerJdkOptions?.length;

/**
 * The image's JDK feature version, only where trim-heap has options that older JDKs refuse: the
 * image's JAVA_VERSION variable (set by the Temurin and Semeru images), else its JDK `release` file
 * (`readVersion`). Null when not needed or not known (then only the options every JDK accepts).
 */
export async function jdkForTrim(ctx: Pick<RunContext, 'config' | 'profile'>, imageEnv: Readonly<Record<string, string>>, readVersion?: () => Promise<string>): Promise<number | null> {
  if (!jdkNeededBeforeRun(ctx)) return null;
  return javaFeatureVersion(imageEnv.JAVA_VERSION) ?? (readVersion ? javaFeatureVersion(await readVersion().catch(() => null)) : null);
}

/**
 * `triggered` is called once the checkpoint was triggered: work that can wait for the dump starts
 * then. `jdkVersion` reads the image's JDK version (shared with the commit's label).
 */
export async function checkpoint(ctx: RunContext, built: BuildResult, hooks: { triggered?: () => void; jdkVersion?: () => Promise<string> } = {}): Promise<CheckpointResult> {
  const { config, profile, podman, reporter } = ctx;
  const name = containerName(ctx, 'checkpoint');
  const jdk = await jdkForTrim(ctx, built.config.env, hooks.jdkVersion);
  const opts = checkpointRunOptions(ctx, jdk);
  // an app that checkpoints itself must not find a probe's connection open: it is watched, not probed
  const probePath = config.trigger === 'app' ? null : config.readyPath;
  const hostPort = probePath || (config.trigger !== 'app' && config.warmupPath) ? await freePort() : null;
  const publish: PublishSpec[] = hostPort ? [{ hostIp: '127.0.0.1', hostPort, containerPort: config.port }] : [];
  const launch = profile.launcher
    ? launcherInvocation({
        minPid: config.minPid,
        checkpointDir: config.checkpointDir,
        javaOptions: opts.javaOptions,
        javaOptionsEnv: opts.javaOptionsEnv,
        checkpointId: ctx.runId,
        criuFlags: profile.checkpoint.criuDumpFlags ?? [],
        command: [...built.config.entrypoint, ...built.config.cmd],
      })
    : null;
  const unsupported = unsupportedJavaOption(profile, opts.javaOptions, [built.config.env, config.env]);
  if (unsupported) throw new PhaseError('checkpoint', 'checkpoint', `${unsupported} (runtime ${profile.name}).`);
  reporter.info(trimLine(profile.checkpoint.trim, config.trimHeap, jdk));
  if (config.privileged) reporter.warning('privileged: true runs the checkpoint container with every capability and no seccomp filter, and the restore image then needs --privileged too; the supported runtimes never need it.');
  if (config.capAdd.length) reporter.warning(`cap-add adds ${config.capAdd.join(', ')} beyond what runtime ${profile.name} needs; the restore image will need them too.`);

  const image = await checkpointImage(ctx, built);
  ctx.resources.container(name);
  const started = Date.now();
  const res = await podman.run({
    name,
    image,
    detach: true,
    publish,
    capAdd: opts.capAdd,
    securityOpt: opts.securityOpt,
    privileged: config.privileged,
    env: opts.env,
    entrypoint: launch?.entrypoint ?? null,
    command: launch?.command ?? [],
  });
  if (res.exitCode !== 0) {
    throw new PhaseError('checkpoint', 'checkpoint', `podman run of the checkpoint container failed (exit ${res.exitCode}): ${res.stderr.trim()}`);
  }
  // --- readiness wait (h12c): the mount, the exit watch and both readiness checks start together ---
  const mounting = podman.mount(name).catch(() => null);
  // the launcher's host PID, looked up in /proc while the app starts: the trigger signals it directly
  const launcherPid = profile.launcher && config.trigger === 'criu' ? findLauncher(ctx.runId).catch(() => null) : null;
  const totalMs = config.readyTimeoutMs + config.checkpointTimeoutMs;
  // resolves with the exit code when the container stops, or null when the whole budget is spent
  // the commit waits for this exit: it is checked every EXIT_POLL_MS, not podman's default 250 ms
  const exited = podman.wait(name, totalMs, undefined, EXIT_POLL_MS).catch(() => null);
  const exitReason = exited.then((code) => `the container exited (code ${code}) before it was ready`);

  let fail: string | null = null;
  let readyMs: number | null = null;
  let warmupMs = 0;
  let triggerLatencyMs: number | null = null;
  let readyAt = 0;
  const readAppLog = async () => {
    const mp = await mounting;
    return mp && profile.launcher ? ctx.files.read(path.join(mp, LAUNCHER_STATE_DIR, 'app.log')) : podman.logs(name);
  };

  // the app-triggered runtimes checkpoint themselves: readiness is then only informative
  if (config.trigger !== 'app' || config.readyLog) {
    const outcome = await awaitReadiness(ctx, probePath, hostPort, appLogFollower(ctx, name, mounting), readAppLog, exitReason);
    if (outcome.ok) {
      readyAt = Date.now();
      readyMs = readyAt - started;
      reporter.info(`ready after ${readyMs} ms`);
    } else if (config.trigger !== 'app') {
      fail = `The app did not become ready: ${outcome.reason} (${[probePath && `GET ${probePath} on port ${config.port}`, config.readyLog && `log /${config.readyLog}/`].filter(Boolean).join(' and ')}).`;
    }
  }
  const mountPoint = await mounting;
  // --- end readiness wait (h12c) ---

  if (!fail && config.warmupRequests > 0 && config.warmupPath && hostPort) {
    warmupMs = await warmUp(ctx, hostPort);
    readyAt = Date.now();
  }

  const triggeredAt = Date.now();
  if (!fail) {
    fail = await sendTrigger(ctx, name, mountPoint, launcherPid);
    hooks.triggered?.();
    // latency counts until the trigger was delivered, not until it was asked for
    if (readyAt) triggerLatencyMs = (config.trigger === 'jcmd' ? triggeredAt : Date.now()) - readyAt;
  }

  let exitCode: number | null = null;
  if (!fail) {
    const budget = config.trigger === 'app' && readyMs === null ? totalMs : config.checkpointTimeoutMs;
    // a JVM whose checkpoint failed keeps running: its logs say so long before the timeout
    const failed = pollUntil(() => dumpFailure(ctx, mountPoint, readAppLog), { timeoutMs: budget, abort: exited.then(() => 'exited'), intervalMs: 250 });
    const outcome = await Promise.race([
      exited.then((code) => ({ code, why: null as string | null })),
      failed.then((f) => (f.ok ? { code: null, why: `The checkpoint failed: the logs show "${f.value}".` } : new Promise<never>(() => undefined))),
      new Promise<{ code: null; why: null }>((r) => setTimeout(() => r({ code: null, why: null }), budget).unref()),
    ]);
    exitCode = outcome.code;
    if (outcome.why) fail = outcome.why;
    else if (exitCode === null) fail = `The checkpoint did not finish within ${Math.round(budget / 1000)} s (checkpoint-timeout); the container was stopped.`;
  }
  const dumpMs = Date.now() - triggeredAt;
  if (fail) await podman.kill(name, 'KILL');
  // --- post-exit logs (h12c): a checkpoint is judged by the files in the container (CRIU's and the
  // runtime's logs, the image files); podman's copy of the output is saved beside the commit, and its
  // view of the container's state is read only when something failed ---
  const outputLater: Promise<unknown>[] = [];
  await collectContainerLogs(ctx, name, 'checkpoint', 'checkpoint', mountPoint, fail ? {} : { state: false, outputLater });
  const failing = async () => {
    await Promise.allSettled(outputLater);
    const st = await podman.containerState(name).catch(() => null);
    await saveLog(ctx, 'checkpoint', 'podman-state.json', JSON.stringify(st, null, 2), 'checkpoint');
  };
  // --- end post-exit logs (h12c) ---
  const files = mountPoint ? await ctx.files.list(path.join(mountPoint, config.checkpointDir)) : [];
  // no umount: the container stays mounted until `podman rm` (after the commit), which unmounts it
  if (fail) throw new PhaseError('checkpoint', 'checkpoint', fail);

  const code = exitCode ?? -1;
  const checkpointBytes = files.reduce((s, f) => s + f.size, 0);
  const hasImages = files.some((f) => path.basename(f.path) === 'inventory.img');
  const findMarker = () => ctx.logs.find((l) => l.stage === 'checkpoint' && profile.checkpoint.successMarkers.some((m) => m.test(l.content)));
  // a marker only the container's output holds is waited for (h12c)
  const dumpLog = findMarker() ?? (profile.checkpoint.successMarkers.length ? await Promise.allSettled(outputLater).then(findMarker) : undefined);
  const problems = [
    !profile.checkpoint.exitCodes.includes(code) && `exit code ${code} (expected ${profile.checkpoint.exitCodes.join(' or ')})`,
    !hasImages && `no CRIU image files (inventory.img) under ${config.checkpointDir}${profile.checkpoint.noImagesHint ? ` (${profile.checkpoint.noImagesHint})` : ''}`,
    profile.checkpoint.successMarkers.length > 0 && !dumpLog && `no success marker (${profile.checkpoint.successMarkers.map((m) => m.source).join(' / ')}) in the logs`,
  ].filter(Boolean);
  if (problems.length) {
    await failing();
    throw new PhaseError('checkpoint', 'checkpoint', `The checkpoint failed: ${problems.join('; ')}. Nothing was committed.`);
  }
  ctx.background.push(...outputLater);
  reporter.info(`checkpoint: ${files.length} files, ${(checkpointBytes / 1e6).toFixed(1)} MB, exit ${code}, ${dumpMs} ms after the trigger`);
  const pidText = profile.launcher && mountPoint ? await ctx.files.read(path.join(mountPoint, LAUNCHER_STATE_DIR, 'app.pid')) : null;
  const appPid = pidText && /^\d+$/.test(pidText.trim()) ? Number(pidText.trim()) : null;
  return {
    container: name,
    exitCode: code,
    checkpointBytes,
    checkpointFiles: files.length,
    readyMs,
    warmupMs,
    triggerLatencyMs,
    dumpMs,
    capAdd: opts.capAdd,
    securityOpt: opts.securityOpt,
    imageUser: built.config.user ?? '',
    appPid,
    checkpointId: profile.launcher ? ctx.runId : null,
  };
}
