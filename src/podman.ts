/**
 * podman, as pure argv builders (table-tested) plus a thin class that runs them. Host-specific
 * engine options (OCI runtime, ulimits) are decided once by the preflight and applied to every call.
 */
import { CommandError, run as defaultRunner, runChecked, type ExecOptions, type ExecResult, type Runner } from './exec.ts';

export interface EngineOptions {
  /** Global `--runtime` (e.g. runc where crun cannot run on a hybrid cgroup host). */
  ociRuntime?: string | null;
  /** `--ulimit` values for run/build, needed where podman's defaults exceed the host's hard limits. */
  ulimits?: readonly string[];
  /**
   * podman's version (from the preflight): podman 3.x lacks some flags of 4.x (`rm -t`). Unknown
   * means the commands that work on both are used.
   */
  podmanVersion?: string | null;
}

/**
 * Every `podman run` is AppArmor-unconfined. podman's `containers-default` profile (containers/common
 * pkg/apparmor/apparmor_linux_template.go, v0.46 vendored by podman v3.4.4 and today's main) allows
 * `ptrace (trace,read) peer=...` but no `tracedby`/`readby`; AppArmor checks both ends of a ptrace, so
 * CRIU inside a confined container can neither seize the JVM at dump nor the restored tasks. Docker
 * (moby#39121) and containerd (#7714) added the missing rules to their profiles; podman never did.
 * The cold start gets it too, so that both sides of the comparison run under the same confinement.
 * podman accepts the option where AppArmor is off (no-op), e.g. on Debian and this test host.
 */
export const APPARMOR_UNCONFINED = 'apparmor=unconfined';

/** The run's security options: the spec's own, plus `apparmor=unconfined` unless it names a profile itself. */
export function securityOpts(securityOpt: readonly string[] = []): string[] {
  return securityOpt.some((o) => /^apparmor[=:]/.test(o)) ? [...securityOpt] : [...securityOpt, APPARMOR_UNCONFINED];
}

/**
 * The command a user runs the restore image with, as the summary and the README show it: exactly the
 * restore's capabilities and security options (AppArmor-unconfined included), nothing else.
 */
export function restoreRunCommand(image: string, opts: { port: number; capAdd: readonly string[]; securityOpt: readonly string[]; privileged: boolean }): string {
  return [
    'podman run --rm',
    `-p ${opts.port}:${opts.port}`,
    ...(opts.privileged ? ['--privileged'] : []),
    ...opts.capAdd.map((c) => `--cap-add ${c}`),
    ...securityOpts(opts.securityOpt).map((o) => `--security-opt ${o}`),
    image,
  ].join(' ');
}

/** podman's major version, or null when unknown. */
export const podmanMajor = (engine: EngineOptions): number | null => {
  const m = /^(\d+)\./.exec(engine.podmanVersion ?? '');
  return m ? Number(m[1]) : null;
};

/**
 * The commands that remove a container at once, running or not. podman 4.0 added `rm -t` (v3.4.4's
 * `rm` has no `-t`: "unknown shorthand flag: 't' in -t", exit 125) and `rm -f` alone waits out the
 * container's stop timeout (10 s), so below 4.0 (or when the version is unknown) `stop -t 0` goes first.
 * `--ignore`: a container that is already gone is not an error.
 */
export function removeContainerCommands(name: string, engine: EngineOptions = {}): string[][] {
  const g = globalArgs(engine);
  const major = podmanMajor(engine);
  if (major !== null && major >= 4) return [[...g, 'rm', '-f', '-t', '0', '--ignore', END_OF_OPTIONS, name]];
  return [
    [...g, 'stop', '-t', '0', '--ignore', END_OF_OPTIONS, name],
    [...g, 'rm', '-f', '--ignore', END_OF_OPTIONS, name],
  ];
}

export interface PublishSpec {
  hostIp: string;
  hostPort: number;
  containerPort: number;
}

export interface RunSpec {
  name: string;
  image: string;
  detach?: boolean;
  rm?: boolean;
  publish?: readonly PublishSpec[];
  capAdd?: readonly string[];
  securityOpt?: readonly string[];
  privileged?: boolean;
  env?: Readonly<Record<string, string>>;
  labels?: Readonly<Record<string, string>>;
  entrypoint?: readonly string[] | null;
  command?: readonly string[];
  network?: string;
}

export interface BuildSpec {
  tag: string;
  /** Verify TLS when pulling base images (false for a plain-HTTP registry). */
  tlsVerify?: boolean;
  context: string;
  containerfile?: string | null;
  buildArgs?: Readonly<Record<string, string>>;
  labels?: Readonly<Record<string, string>>;
}

export interface CommitSpec {
  container: string;
  image: string;
  /** Dockerfile-style instructions (`CMD [...]`, `LABEL k=v`, `ENV k=v`). */
  changes: readonly string[];
}

/**
 * `--` ends podman's options (spf13/pflag, the same in podman 3.4 and 4): every operand the product
 * passes (a build context, an image reference, a container name) follows it, so a value that starts
 * with `-` is still read as the operand it is. Flag values need no guard: a flag that takes a value
 * takes the next element whatever it starts with.
 */
export const END_OF_OPTIONS = '--';

export function globalArgs(engine: EngineOptions): string[] {
  return engine.ociRuntime ? ['--runtime', engine.ociRuntime] : [];
}

const ulimitArgs = (engine: EngineOptions) => (engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]);
const kv = (flag: string, values: Readonly<Record<string, string>> | undefined) =>
  Object.entries(values ?? {}).flatMap(([k, v]) => [flag, `${k}=${v}`]);

export function buildArgs(spec: BuildSpec, engine: EngineOptions = {}): string[] {
  return [
    ...globalArgs(engine),
    'build',
    '-t',
    spec.tag,
    ...(spec.containerfile ? ['-f', spec.containerfile] : []),
    ...(spec.tlsVerify === false ? ['--tls-verify=false'] : []),
    ...kv('--build-arg', spec.buildArgs),
    ...kv('--label', spec.labels),
    ...ulimitArgs(engine),
    END_OF_OPTIONS,
    spec.context,
  ];
}

export function runArgs(spec: RunSpec, engine: EngineOptions = {}): string[] {
  return [
    ...globalArgs(engine),
    'run',
    '--name',
    spec.name,
    ...(spec.detach ? ['-d'] : []),
    ...(spec.rm ? ['--rm'] : []),
    ...(spec.network ? ['--network', spec.network] : []),
    ...(spec.publish ?? []).flatMap((p) => ['-p', `${p.hostIp}:${p.hostPort}:${p.containerPort}`]),
    ...(spec.privileged ? ['--privileged'] : []),
    ...(spec.capAdd ?? []).flatMap((c) => ['--cap-add', c]),
    ...securityOpts(spec.securityOpt).flatMap((o) => ['--security-opt', o]),
    ...kv('-e', spec.env),
    ...kv('--label', spec.labels),
    ...ulimitArgs(engine),
    ...(spec.entrypoint ? ['--entrypoint', JSON.stringify(spec.entrypoint)] : []),
    // what follows the image is the container's command, which podman passes on untouched
    END_OF_OPTIONS,
    spec.image,
    ...(spec.command ?? []),
  ];
}

/**
 * `podman wait`. From podman 4.0 on, wait checks the container's state every `--interval` (default
 * 250ms) once its first check, which blocks on conmon's pidfd for one interval only, has passed
 * (containers/podman libpod/container_api.go WaitForExit, v4.3.1 and v4.9.3): a container that stops
 * after that is seen up to an interval late. Each check is a state read and a stat of conmon's exit
 * file. podman 3.4 (WaitWithInterval, v3.4.4) waits for the exit file itself and uses the interval as
 * its timeout, so it answers at once either way. Both parse the value with Go's time.ParseDuration.
 */
export function waitArgs(name: string, engine: EngineOptions = {}, intervalMs?: number): string[] {
  return [...globalArgs(engine), 'wait', ...(intervalMs ? ['--interval', `${Math.max(1, Math.round(intervalMs))}ms`] : []), END_OF_OPTIONS, name];
}

export function commitArgs(spec: CommitSpec, engine: EngineOptions = {}): string[] {
  return [...globalArgs(engine), 'commit', '-q', ...spec.changes.flatMap((c) => ['--change', c]), END_OF_OPTIONS, spec.container, spec.image];
}

/** `LABEL` needs quoting for values with spaces; JSON strings are valid Dockerfile quoting. */
export const labelChange = (key: string, value: string) => `LABEL ${key}=${JSON.stringify(value)}`;
export const envChange = (key: string, value: string) => `ENV ${key}=${JSON.stringify(value)}`;

export function pushArgs(ref: string, opts: { tlsVerify: boolean; digestFile: string; authFile?: string; compressionFormat?: string | null }, engine: EngineOptions = {}): string[] {
  const compression = opts.compressionFormat ? ['--compression-format', opts.compressionFormat] : [];
  return [...globalArgs(engine), 'push', '--quiet', `--tls-verify=${opts.tlsVerify}`, ...compression, '--digestfile', opts.digestFile, ...authArgs(opts), END_OF_OPTIONS, ref];
}

export function loginArgs(registry: string, opts: { username: string; tlsVerify: boolean; authFile?: string }, engine: EngineOptions = {}): string[] {
  // the password goes to stdin (--password-stdin), never into argv where `ps` would show it
  return [...globalArgs(engine), 'login', `--tls-verify=${opts.tlsVerify}`, '--username', opts.username, '--password-stdin', ...authArgs(opts), END_OF_OPTIONS, registry];
}

const authArgs = (opts: { authFile?: string }) => (opts.authFile ? ['--authfile', opts.authFile] : []);

export interface ContainerState {
  status: string;
  running: boolean;
  exitCode: number;
  oomKilled: boolean;
  error: string;
}

export interface ImageConfig {
  id: string;
  entrypoint: string[];
  cmd: string[];
  size: number;
  layers: string[];
  labels: Record<string, string>;
  env: Record<string, string>;
  /** The image's USER (empty: root). */
  user?: string;
}

/**
 * containers/storage answers a read with "image not known" or "layer not known" (exit 125) when
 * another podman process removes an image at the same moment: measured with four pipelines at once on
 * podman 4.3.1 (test/reliability/concurrency.test.ts), `image inspect` of a tag the run had just built
 * failed so. Reads are tried again after a short pause; an image that is really absent still fails,
 * after the last try.
 */
export const STORAGE_RACE = /\b(?:image|layer) not known\b/;
export const STORAGE_READ_ATTEMPTS = 4;
/**
 * The part of the race a build may retry (see Podman.build): a lost layer, or the image of a cache hit,
 * named by its id, gone before the next step's container was made from it; never an unknown image
 * named by the Containerfile, which can be a real missing base image.
 */
export const BUILD_STORAGE_RACE = /\blayer not known\b|creating build container: [0-9a-f]{12,64}: image not known/;
const STORAGE_RETRY_PAUSE_MS = 150;

/** Whether a failed read is worth another try: podman's storage race, never a timeout or a real error. */
export function isStorageRace(res: Pick<ExecResult, 'exitCode' | 'stderr' | 'timedOut'>): boolean {
  return res.exitCode !== 0 && !res.timedOut && STORAGE_RACE.test(res.stderr);
}

/** Runs podman with the engine options; every method takes and returns plain data. */
export class Podman {
  readonly engine: EngineOptions;
  readonly runner: Runner;
  readonly env: NodeJS.ProcessEnv;
  constructor(engine: EngineOptions = {}, runner: Runner = defaultRunner, env: NodeJS.ProcessEnv = process.env) {
    this.engine = engine;
    this.runner = runner;
    this.env = env;
  }

  exec(args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    return this.runner('podman', args, { env: this.env, ...options });
  }

  checked(args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    return runChecked(this.runner, 'podman', args, { env: this.env, ...options });
  }

  /** A read-only command, tried again while it fails with podman's storage race (see STORAGE_RACE). */
  async read(args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    return this.retryingRace(args, options, isStorageRace);
  }

  /** Runs a command again, after a growing pause, while `race` says its failure is the storage race. */
  private async retryingRace(args: readonly string[], options: ExecOptions, race: (res: ExecResult) => boolean, onRetry?: (next: number) => void): Promise<ExecResult> {
    for (let attempt = 1; ; attempt++) {
      const res = await this.exec(args, options);
      if (attempt >= STORAGE_READ_ATTEMPTS || !race(res) || options.signal?.aborted) return res;
      onRetry?.(attempt + 1);
      await new Promise((r) => setTimeout(r, STORAGE_RETRY_PAUSE_MS * attempt));
    }
  }

  /** `read`, throwing CommandError when it still fails. */
  async readChecked(args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    const res = await this.read(args, options);
    if (res.exitCode !== 0 || res.timedOut) throw new CommandError(res);
    return res;
  }

  /**
   * `podman build`, run again when it meets the storage race: podman 4.3's build cache lookup fails
   * with "checking if cached image exists from a previous build: getting top layer info: layer not
   * known" while another process removes an image (measured beside a build/run/rmi loop), and a cache
   * hit fails "creating build container: <id>: image not known" when another process removes the
   * identical image it reused (measured: two runs of the same app, one removing its image). Only those
   * answers are retried; an unknown base image fails at once.
   */
  async build(spec: BuildSpec, options: ExecOptions = {}): Promise<ExecResult> {
    const res = await this.retryingRace(
      buildArgs(spec, this.engine),
      options,
      (r) => r.exitCode !== 0 && !r.timedOut && BUILD_STORAGE_RACE.test(r.stderr),
      (next) => options.onLine?.(`podman build met podman's storage race (another process removed an image meanwhile): building again (${next}/${STORAGE_READ_ATTEMPTS})`, 'stderr'),
    );
    if (res.exitCode !== 0 || res.timedOut) throw new CommandError(res);
    return res;
  }

  async run(spec: RunSpec, options: ExecOptions = {}): Promise<ExecResult> {
    return this.exec(runArgs(spec, this.engine), options);
  }

  async commit(spec: CommitSpec): Promise<string> {
    return (await this.checked(commitArgs(spec, this.engine))).stdout.trim();
  }

  async imageConfig(image: string): Promise<ImageConfig> {
    const res = await this.readChecked([...globalArgs(this.engine), 'image', 'inspect', '--format', 'json', END_OF_OPTIONS, image]);
    const [info] = JSON.parse(res.stdout) as Array<{
      Id: string;
      Size: number;
      Config?: { Entrypoint?: string[] | string | null; Cmd?: string[] | null; Labels?: Record<string, string> | null; Env?: string[] | null; User?: string };
      RootFS?: { Layers?: string[] };
    }>;
    if (!info) throw new Error(`podman image inspect ${image} returned nothing`);
    const ep = info.Config?.Entrypoint;
    return {
      id: info.Id,
      entrypoint: Array.isArray(ep) ? ep : ep ? [ep] : [],
      cmd: info.Config?.Cmd ?? [],
      size: info.Size,
      layers: info.RootFS?.Layers ?? [],
      labels: info.Config?.Labels ?? {},
      env: Object.fromEntries((info.Config?.Env ?? []).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)])),
      user: info.Config?.User ?? '',
    };
  }

  /** Layer sizes, newest first (`podman history`). */
  async history(image: string): Promise<Array<{ id: string; size: number; createdBy: string }>> {
    const res = await this.readChecked([...globalArgs(this.engine), 'history', '--format', 'json', END_OF_OPTIONS, image]);
    return (JSON.parse(res.stdout) as Array<{ id: string; size: number; CreatedBy?: string }>).map((h) => ({ id: h.id, size: h.size, createdBy: h.CreatedBy ?? '' }));
  }

  async containerState(name: string): Promise<ContainerState | null> {
    const res = await this.read([...globalArgs(this.engine), 'container', 'inspect', '--format', 'json', END_OF_OPTIONS, name]);
    if (res.exitCode !== 0) return null;
    const [info] = JSON.parse(res.stdout) as Array<{
      State: { Status: string; Running: boolean; ExitCode: number; OOMKilled: boolean; Error?: string };
    }>;
    if (!info) return null;
    return {
      status: info.State.Status,
      running: info.State.Running,
      exitCode: info.State.ExitCode,
      oomKilled: info.State.OOMKilled,
      error: info.State.Error ?? '',
    };
  }

  /** Waits for the container to stop; returns its exit code, or null on timeout or abort. `intervalMs`: see waitArgs. */
  async wait(name: string, timeoutMs: number, signal?: AbortSignal, intervalMs?: number): Promise<number | null> {
    const res = await this.exec(waitArgs(name, this.engine, intervalMs), { timeoutMs, signal });
    if (res.timedOut || signal?.aborted) return null;
    const code = Number(res.stdout.trim().split('\n').pop());
    if (res.exitCode !== 0 || !Number.isFinite(code)) throw new CommandError(res);
    return code;
  }

  /** Host path of the container's root filesystem (rootful podman), readable while mounted. */
  async mount(name: string): Promise<string> {
    return (await this.checked([...globalArgs(this.engine), 'mount', END_OF_OPTIONS, name])).stdout.trim();
  }

  /** Host path of an image's filesystem (rootful podman), readable until imageUnmount. */
  async imageMount(image: string): Promise<string | null> {
    const res = await this.exec([...globalArgs(this.engine), 'image', 'mount', END_OF_OPTIONS, image]);
    return res.exitCode === 0 ? res.stdout.trim() : null;
  }

  async imageUnmount(image: string): Promise<void> {
    await this.exec([...globalArgs(this.engine), 'image', 'unmount', END_OF_OPTIONS, image]);
  }

  async unmount(name: string): Promise<void> {
    await this.exec([...globalArgs(this.engine), 'umount', END_OF_OPTIONS, name]);
  }

  async logs(name: string): Promise<string> {
    const res = await this.exec([...globalArgs(this.engine), 'logs', END_OF_OPTIONS, name]);
    return res.stdout + res.stderr;
  }

  async kill(name: string, signal: string): Promise<ExecResult> {
    return this.exec([...globalArgs(this.engine), 'kill', '--signal', signal, END_OF_OPTIONS, name]);
  }

  /** Stops and removes a container (gone already is fine); throws when podman fails. */
  async removeContainer(name: string): Promise<void> {
    for (const args of removeContainerCommands(name, this.engine)) await this.checked(args, { timeoutMs: 120_000 });
  }

  /** Whether a container or image still exists (`podman container|image exists`: 0 yes, 1 no). */
  async exists(kind: 'container' | 'image', name: string): Promise<boolean> {
    const res = await this.read([...globalArgs(this.engine), kind, 'exists', END_OF_OPTIONS, name], { timeoutMs: 60_000 });
    if (res.exitCode === 0) return true;
    if (res.exitCode === 1) return false;
    throw new CommandError(res);
  }

  /**
   * Removes one tag; the layers stay while another image uses them. A tag that is not there (never
   * built, or removed already) is fine; any other failure throws.
   */
  async untag(ref: string): Promise<void> {
    // `podman untag IMAGE` without a name removes every tag of that image (a base image's too)
    const res = await this.exec([...globalArgs(this.engine), 'untag', END_OF_OPTIONS, ref, ref]);
    if (res.exitCode !== 0 && (await this.exists('image', ref))) throw new CommandError(res);
  }

  /** `podman rmi` without force: false when the image is still in use (e.g. a parent of another). */
  async removeImageIfUnused(ref: string): Promise<boolean> {
    return (await this.exec([...globalArgs(this.engine), 'rmi', END_OF_OPTIONS, ref])).exitCode === 0;
  }

  async tag(image: string, ref: string): Promise<void> {
    await this.checked([...globalArgs(this.engine), 'tag', END_OF_OPTIONS, image, ref]);
  }
}
