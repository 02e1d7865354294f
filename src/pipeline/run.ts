/**
 * The pipeline: setup → build → checkpoint → commit → verify → push. It reports through a Reporter
 * and returns plain data; the action and the CLI decide how to show it. Whatever happens, every
 * container and temporary image it created is removed and the logs stay in the log folder.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../diagnosis/analyze.ts';
import type { Finding } from '../diagnosis/types.ts';
import { run as defaultRunner, type ExecResult, type Runner } from '../exec.ts';
import { directFiles, sudoFiles } from '../hostfs.ts';
import { imageRefs, InputError, parseInputs, type Config, type OutputName, type RawInputs } from '../inputs.ts';
import { globalArgs, Podman } from '../podman.ts';
import { preflight, type PreflightReport } from '../preflight.ts';
import type { Reporter } from '../reporter.ts';
import { cleanup, Resources, type ResourceSnapshot } from '../resources.ts';
import { resolveProfile, type RuntimeProfile } from '../runtimes.ts';
import { build, type BuildResult } from './build.ts';
import type { ImageCache } from './base-images.ts';
import { checkpoint, jdkNeededBeforeRun, type CheckpointResult } from './checkpoint.ts';
import { checkCpuAgainstCriu } from './cpu-check.ts';
import { missingCpuFeatures, readCpuInfo, type CpuInfo } from '../cpu-criu.ts';
import { commit, jdkVersion, type CommitResult } from './commit.ts';
import { containerName, PhaseError, type PhaseName, type RunContext } from './context.ts';
import { registerSecret, registerSecretEnv, saveLog } from './logs.ts';
import { openRegistrySession, push, type PushResult, type RegistrySession } from './push.ts';
import { restoreRunOptions, verify, type VerifyResult } from './verify.ts';
import { writeDeployManifests } from '../deploy/manifests.ts';

export type PhaseStatus = 'ok' | 'failed' | 'skipped';

export interface PhaseResult {
  name: PhaseName;
  status: PhaseStatus;
  durationMs: number;
  detail: string;
}

export type Outputs = Record<OutputName, string>;

export interface PipelineResult {
  ok: boolean;
  /** Names every container and temporary image of this run. */
  runId: string;
  error: string | null;
  /** The phase that failed, if any. */
  failedPhase: PhaseName | null;
  config: Config;
  outputs: Outputs;
  phases: PhaseResult[];
  findings: Finding[];
  logDir: string;
  preflight: PreflightReport | null;
  build: BuildResult | null;
  checkpoint: CheckpointResult | null;
  commit: CommitResult | null;
  verify: VerifyResult | null;
  push: PushResult | null;
  manifests: string[];
  /** Things cleanup could not remove (should be empty). */
  leftovers: string[];
}

export interface PipelineOptions {
  reporter: Reporter;
  runner?: Runner;
  /** Called once the run has its id and log folder, before anything starts (the action saves them). */
  onStart?: (run: { runId: string; logDir: string }) => void;
  /** Called once the host checks passed (the action saves how to reach podman: runtime, sudo). */
  onPreflight?: (report: PreflightReport) => void;
  /** Called with what exists after every change (the action saves it for its post step). */
  onResources?: (snapshot: ResourceSnapshot) => void;
  /** Default log folder when the `log-dir` input is empty. */
  defaultLogDir?: string;
  /** Short key naming this job's folders and containers (matrix cell). */
  jobKey?: string;
  /** Waits between push retries for transient registry errors (default 1 s, 3 s, 9 s). */
  pushRetryDelaysMs?: readonly number[];
  /** Base-image cache between runs (the action passes the GitHub Actions cache when `cache: true`). */
  imageCache?: ImageCache | null;
  /** A custom runtime profile in place of the built-in one for `config.runtime` (library use, tests). */
  profile?: RuntimeProfile;
  /**
   * The host CPU as /proc/cpuinfo describes it (default: read from there). The CPU/CRIU check's
   * end-to-end test passes an AMX CPU, which this test host does not have.
   */
  hostCpu?: () => Promise<CpuInfo>;
  /** `podman version` started before the pipeline was loaded (the CLI's entry; see preflight's startVersionProbe). */
  versionProbe?: Promise<ExecResult | null>;
}

/**
 * The run's log folder: under RUNNER_TEMP (per job, the runner user's) when set, else under a folder
 * of this user in the temp dir: a folder shared by every user would be created by the first one and
 * refuse the others (EACCES).
 */
export function defaultLogDir(runId: string, env: NodeJS.ProcessEnv = process.env, uid: number | undefined = process.getuid?.()): string {
  if (env.RUNNER_TEMP) return path.join(env.RUNNER_TEMP, 'checkpoint-image-logs', runId);
  return path.join(os.tmpdir(), `checkpoint-image-logs-${uid ?? 'user'}`, runId);
}

/**
 * What podman still has of this run after the cleanup: every container named after the run id and
 * the temporary and unverified image tags. Each is looked up, not assumed gone; a lookup that fails
 * is reported too.
 */
export async function remainsOfRun(podman: Podman, runId: string, tags: readonly string[]): Promise<string[]> {
  // the lookups are independent: they run together (each is a podman process of its own)
  const [ps, images] = await Promise.all([
    podman.read([...globalArgs(podman.engine), 'ps', '-a', '--filter', `name=^${containerName({ runId }, '')}`, '--format', '{{.Names}}'], { timeoutMs: 60_000 }),
    Promise.all(tags.map((t) => podman.exists('image', t).then((there) => (there ? `image tag ${t}: still there after cleanup` : null), (e: Error) => `could not check image ${t}: ${e.message}`))),
  ]);
  const out: string[] = [];
  if (ps.exitCode !== 0) out.push(`could not list the containers of run ${runId}: ${ps.stderr.trim()}`);
  else out.push(...ps.stdout.split('\n').filter(Boolean).map((n) => `container ${n}: still there after cleanup`));
  for (const line of images) if (line) out.push(line);
  return out;
}

export async function runPipeline(inputs: RawInputs | Config, options: PipelineOptions): Promise<PipelineResult> {
  // bad input stops everything before any command runs
  const config = 'imageName' in inputs ? (inputs as Config) : parseInputs(inputs as RawInputs);
  registerSecret(config.password);
  // logs go into artifacts: values of secret-looking variables never reach them
  registerSecretEnv(process.env, config.env);
  const { reporter } = options;
  const runId = `${(options.jobKey ?? config.runtime).replace(/[^a-z0-9-]/gi, '').toLowerCase().slice(0, 20)}-${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const logDir = path.resolve(config.logDir ?? options.defaultLogDir ?? defaultLogDir(runId));
  // a folder this user cannot write is a bad input (named, with the fix), not a crash with a stack trace
  await mkdir(logDir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new InputError([`Input "log-dir": cannot create ${logDir} (${e.code ?? e.message}). Fix: set \`log-dir\` to a folder this user (uid ${process.getuid?.() ?? '?'}) can write, or set RUNNER_TEMP.`]);
  });
  // every temporary or unverified tag this run ever had: the cleanup check looks each one up
  const tagsOfRun = new Set<string>();
  const onResources = options.onResources;
  const resources = new Resources((snap) => {
    for (const t of snap.tempTags) tagsOfRun.add(t);
    onResources?.(snap);
  });
  options.onStart?.({ runId, logDir });
  const result: PipelineResult = {
    ok: false,
    runId,
    error: null,
    failedPhase: null,
    config,
    outputs: { image: '', digest: '', 'checkpoint-bytes': '', 'cold-start-ms': '', 'restore-start-ms': '', speedup: '', 'log-dir': logDir, manifests: '' },
    phases: [],
    findings: [],
    logDir,
    preflight: null,
    build: null,
    checkpoint: null,
    commit: null,
    verify: null,
    push: null,
    manifests: [],
    leftovers: [],
  };
  let ctx: RunContext | null = null;
  let session: RegistrySession | null = null;
  let pending: Promise<RegistrySession> | null = null;
  let podman = new Podman({}, options.runner ?? defaultRunner);
  // opens the JDK-version read (true) or drops it (false: the run failed before it was needed)
  let jdkGate: (read: boolean) => void = () => undefined;
  // an image mount started after the build (see onBuilt), and whether the JDK read took it over
  let mountedEarly: { image: string; mount: Promise<string | null> } | null = null;
  let jdkRead: Promise<string> | null = null;

  const phase = async <T>(name: PhaseName, enabled: boolean, fn: () => Promise<T>, detail: (r: T) => string): Promise<T | null> => {
    if (!enabled) {
      result.phases.push({ name, status: 'skipped', durationMs: 0, detail: '' });
      return null;
    }
    const started = Date.now();
    try {
      const value = await reporter.group(name, fn);
      result.phases.push({ name, status: 'ok', durationMs: Date.now() - started, detail: detail(value) });
      return value;
    } catch (e) {
      result.phases.push({ name, status: 'failed', durationMs: Date.now() - started, detail: (e as Error).message });
      throw e;
    }
  };

  try {
    const pre = await phase('setup', true, async () => {
      const report = await preflight({ runner: options.runner ?? defaultRunner, versionProbe: options.versionProbe });
      for (const n of report.notes) reporter.info(n);
      reporter.info(`kernel ${report.kernel}; podman ${report.podman.version} (${report.engine.ociRuntime ?? 'its default OCI runtime'}, cgroups ${report.podman.cgroupVersion})`);
      return report;
    }, (r) => `podman ${r.podman.version}, kernel ${r.kernel}`);
    result.preflight = pre;
    options.onPreflight?.(pre!);
    podman = new Podman(pre!.engine, pre!.runner);
    ctx = {
      config,
      profile: options.profile ?? resolveProfile(config.runtime, config.javaOptions),
      podman,
      files: pre!.sudo ? sudoFiles(pre!.runner) : directFiles,
      reporter,
      resources,
      runId,
      logDir,
      logs: [],
      background: [],
    };
    const c = ctx;
    await saveLog(c, 'setup', 'preflight.json', JSON.stringify({ kernel: pre!.kernel, podman: pre!.podman, engine: pre!.engine, notes: pre!.notes }, null, 2), 'setup');

    // the registry login runs while the image builds
    const sessionStart = Date.now();
    pending = config.push ? openRegistrySession(c, imageRefs(config)) : null;
    pending?.catch(() => undefined);
    // the image's mount for the JDK version that trim-heap needs before the checkpoint run starts
    // beside the read of the image's configuration (for the labels only, it is read during the dump)
    const onBuilt = jdkNeededBeforeRun(c) ? (image: string) => (mountedEarly = { image, mount: podman.imageMount(image) }) : undefined;
    result.build = await phase('build', true, () => build(c, options.imageCache ?? null, onBuilt), (b) => (b.built ? `built ${b.image}` : `using ${b.image}`));
    const built = result.build!;
    if (pending) {
      try {
        session = await pending;
      } catch (e) {
        result.phases.push({ name: 'push', status: 'failed', durationMs: Date.now() - sessionStart, detail: (e as Error).message });
        throw e;
      }
    }
    // the JDK version for the labels is read from the image during the dump (not on the critical path,
    // and not competing for the CPU with the app's start-up, which readiness waits for)
    // read once: before the run when trim-heap needs it (options older JDKs refuse), else for the label
    const readJdkVersion = () => (jdkRead ??= jdkVersion(c, built.image, built.config.env, mountedEarly?.mount));
    const jdk = new Promise<boolean>((r) => (jdkGate = r)).then((read) => (read ? readJdkVersion() : 'unknown'));
    const readJdk = () => jdkGate(true);
    c.background.push(jdk);
    // the runner's CPU against the image's CRIU, beside the checkpoint run (see ./cpu-check.ts)
    const cpuCheck = checkCpuAgainstCriu(c, built.image, options.hostCpu);
    c.background.push(cpuCheck);
    result.checkpoint = await phase('checkpoint', true, async () => {
      let settled = false;
      // a known-failing pair: kill the checkpoint container (it may still be starting) until checkpoint() returns
      const guard = cpuCheck.then(async (k) => {
        if (k.verdict.ok) return;
        reporter.warning(k.verdict.message);
        const name = containerName(c, 'checkpoint');
        while (!settled) {
          await podman.kill(name, 'KILL').catch(() => null);
          await sleep(200);
        }
      }, () => undefined);
      try {
        return await checkpoint(c, built, { triggered: readJdk, jdkVersion: readJdkVersion });
      } catch (e) {
        const k = await cpuCheck.catch(() => null);
        if (k && !k.verdict.ok) throw new PhaseError('checkpoint', 'checkpoint', k.verdict.message);
        throw e;
      } finally {
        settled = true;
        await guard;
      }
    }, (k) => `${(k.checkpointBytes / 1e6).toFixed(1)} MB in ${k.checkpointFiles} files`);
    result.outputs['checkpoint-bytes'] = String(result.checkpoint!.checkpointBytes);
    const checkpointContainer = result.checkpoint!.container;
    result.commit = await phase('commit', true, async () => {
      // the original's sizes are read by id: its temporary tag may already be going (below)
      const committed = await commit(c, result.checkpoint!, await jdk, built.config, async () => {
        // the checkpoint container goes while the sizes are read; if that fails it stays tracked, and
        // the cleanup at the end tries again and reports it
        try {
          // what still reads the container (podman's copy of its output) finishes first
          await Promise.allSettled([...c.background]);
          await podman.removeContainer(checkpointContainer);
          resources.released('containers', checkpointContainer);
        } catch (e) {
          reporter.warning(`could not remove the checkpoint container now (the cleanup retries): ${(e as Error).message}`);
        }
      }, async () => {
        // without verify nothing starts the built image again: its temporary tag goes now, beside the
        // container's removal and the size reads, instead of after the run. Only the tag can go: the
        // restore image was just committed on top of it, so `podman rmi` would refuse (and cost a
        // podman start on the critical path)
        if (config.verify || !built.built || !built.config.id) return;
        try {
          // the image's own unmount (after the JDK read) comes first
          await Promise.allSettled([...c.background]);
          await podman.untag(built.image);
          resources.released('tempTags', built.image);
        } catch {
          // still tracked: the cleanup at the end tries again and reports it
        }
      });
      return committed;
    }, (m) => `${m.refs.join(', ')}; +${(m.sizes.addedBytes / 1e6).toFixed(1)} MB in ${m.sizes.layersAdded} layer(s)`);
    result.outputs.image = result.commit!.refs[0] ?? '';
    // a restore on a CPU without a feature the checkpoint's CPU had may crash: said before verifying
    const lacking = missingCpuFeatures(result.commit!.labels['io.checkpoint-image.cpu-flags'], (await cpuCheck.catch(() => null))?.cpu ?? (await (options.hostCpu ?? readCpuInfo)()));
    if (lacking.length) reporter.warning(`this host's CPU lacks ${lacking.join(' ')}, which the checkpoint's CPU had: the restore may crash here (CRaC: -XX:CPUFeatures=generic at checkpoint avoids it).`);
    result.verify = await phase('verify', config.verify, () => verify(c, result.commit!.refs[0]!, built.image), (v) =>
      `restore ${v.restoreMedianMs} ms${v.coldMedianMs !== null ? `, cold ${v.coldMedianMs} ms, ${v.speedup}x` : ''}`);
    if (result.verify) {
      result.outputs['restore-start-ms'] = String(result.verify.restoreMedianMs);
      result.outputs['cold-start-ms'] = result.verify.coldMedianMs === null ? '' : String(result.verify.coldMedianMs);
      result.outputs.speedup = result.verify.speedup === null ? '' : String(result.verify.speedup);
    }
    result.push = await phase('push', config.push, () => push(c, result.commit!.refs, session!, options.pushRetryDelaysMs), (p) => p.digest);
    if (result.push) result.outputs.digest = result.push.digest;
    for (const ref of result.commit!.refs) resources.released('tempTags', ref);
    if (config.manifestsDir) {
      const restore = restoreRunOptions(c);
      result.manifests = await writeDeployManifests(config.manifestsDir, {
        name: config.imageName.split('/').pop() ?? 'app',
        image: result.push?.digest ? `${config.imageName}@${result.push.digest}` : result.outputs.image,
        runtime: config.runtime,
        port: config.port,
        readyPath: config.readyPath,
        // exactly what the verify step restores with (the runtime's set plus `cap-add`)
        capAdd: restore.capAdd,
        privileged: restore.privileged,
      });
      result.outputs.manifests = result.manifests.join('\n');
    }
    result.ok = true;
  } catch (e) {
    const err = e as Error;
    result.error = err.message;
    result.failedPhase = e instanceof PhaseError ? e.phase : (result.phases.find((p) => p.status === 'failed')?.name ?? null);
    reporter.warning(err.message);
    if (ctx) {
      // only the failed phase's logs: a push failure is not explained by the build log
      const stage = e instanceof PhaseError ? e.stage : undefined;
      const phaseLogs = ctx.logs.filter((l) => path.relative(logDir, l.path).split(path.sep)[0] === result.failedPhase);
      result.findings = analyze(phaseLogs, { runtime: config.runtime, stage, failed: true });
    }
  } finally {
    jdkGate(false);
    // a mount the JDK read never took over (the run failed first) is undone here
    const early = mountedEarly as { image: string; mount: Promise<string | null> } | null;
    if (early && !jdkRead) await early.mount.then((mp) => (mp ? podman.imageUnmount(early.image) : undefined), () => undefined);
    if (ctx) await Promise.allSettled(ctx.background);
    // a login still in flight (the build failed first) must finish before its folder is removed
    await (session ?? (await pending?.catch(() => null)))?.close();
    result.leftovers = await cleanup(podman, resources.snapshot());
    // verified, not assumed: what podman still has of this run (released tags that were promoted to
    // the restore image are kept on purpose and not looked up)
    const kept = new Set(result.ok ? (result.commit?.refs ?? []) : []);
    // (only once podman was reached: a failed setup created nothing)
    const remains = result.preflight ? await remainsOfRun(podman, runId, [...tagsOfRun].filter((t) => !kept.has(t))).catch((e: Error) => [`cleanup check failed: ${e.message}`]) : [];
    // one line per resource: a failed removal already names it
    for (const r of remains) if (!result.leftovers.some((l) => l.startsWith(r.slice(0, r.indexOf(':') + 1)))) result.leftovers.push(r);
    for (const l of result.leftovers) reporter.warning(`cleanup: ${l}`);
  }
  return result;
}
