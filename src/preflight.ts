/**
 * Preflight: checks the host before anything runs and decides the engine options this host needs.
 * Each failed precondition stops the run with one message that names the fix. The host facts are
 * read by small functions over plain text so they can be table-tested.
 */
import { readFile, statfs } from 'node:fs/promises';
import os from 'node:os';
import { run as defaultRunner, type ExecResult, type Runner } from './exec.ts';
import type { EngineOptions } from './podman.ts';

export class PreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreflightError';
  }
}

/** CAP_SYS_RESOURCE is bit 24 of the capability sets (linux/capability.h). */
const CAP_SYS_RESOURCE = 24n;
const CGROUP2_SUPER_MAGIC = 0x63677270;

export function parseKernel(release: string): [number, number] {
  const m = /^(\d+)\.(\d+)/.exec(release);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

export const kernelAtLeast = (release: string, major: number, minor: number): boolean => {
  const [a, b] = parseKernel(release);
  return a > major || (a === major && b >= minor);
};

/** Whether a capability bit is in the `CapBnd:` line of /proc/self/status. */
export function hasCapability(status: string, bit: bigint): boolean {
  const m = /^CapBnd:\s*([0-9a-f]+)/m.exec(status);
  return m ? ((BigInt(`0x${m[1]}`) >> bit) & 1n) === 1n : true;
}

/** Hard limit of a resource from /proc/self/limits ("Max open files  1024  20000  files"). */
export function hardLimit(limits: string, resource: 'Max open files' | 'Max processes'): number | null {
  const line = limits.split('\n').find((l) => l.startsWith(resource));
  const hard = line?.slice(resource.length).trim().split(/\s+/)[1];
  return hard === undefined || hard === 'unlimited' ? null : Number(hard);
}

/**
 * Without CAP_SYS_RESOURCE the OCI runtime cannot raise RLIMIT_NOFILE/NPROC above the host's hard
 * limits, and podman's defaults (nofile 1048576, nproc = pid_max) exceed them: every container then
 * fails with "error setting rlimits". Explicit ulimits at the hard limits avoid that.
 */
export function ulimitsFor(status: string, limits: string, pidMax: number): string[] {
  if (hasCapability(status, CAP_SYS_RESOURCE)) return [];
  const nofile = hardLimit(limits, 'Max open files') ?? 1048576;
  const nproc = Math.min(hardLimit(limits, 'Max processes') ?? pidMax, pidMax);
  return [`nofile=${nofile}:${nofile}`, `nproc=${nproc}:${nproc}`];
}

export interface PodmanInfo {
  version: string;
  /** `v2` (unified) or `v1` (legacy or hybrid): decides whether crun can run containers. */
  cgroupVersion: 'v1' | 'v2';
}

/** A probe's answer, or null when it is not what `podman version --format json` prints. */
function probedVersion(json: string): string | null {
  try {
    const v = parsePodmanVersion(json);
    return v === '0' ? null : v;
  } catch {
    return null;
  }
}

/** The client version from `podman version --format json` ({"Client":{"Version":"4.3.1",...}}). */
export function parsePodmanVersion(json: string): string {
  const v = (JSON.parse(json) as { Client?: { Version?: string } }).Client?.Version;
  return typeof v === 'string' && v ? v : '0';
}

export const versionAtLeast = (version: string, min: readonly number[]): boolean => {
  const parts = version.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < min.length; i++) {
    const a = parts[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
};

export interface PreflightReport {
  kernel: string;
  podman: PodmanInfo;
  engine: EngineOptions;
  notes: string[];
  /** Whether commands run through `sudo -n`. */
  sudo: boolean;
  /** The runner to use from now on (sudo-wrapped when needed). */
  runner: Runner;
}

/** Runs every command through `sudo -n` (no prompt: a missing sudo right fails at once). */
export function sudoRunner(runner: Runner): Runner {
  return (command, args, options) => runner('sudo', ['-n', '--', command, ...args], options);
}

export interface PreflightDeps {
  runner?: Runner;
  readText?: (path: string) => Promise<string>;
  cgroupIsV2?: () => Promise<boolean>;
  kernelRelease?: string;
  uid?: number;
  env?: NodeJS.ProcessEnv;
  /** Install podman (never runc) with apt-get when it is missing (default true). */
  installPodman?: boolean;
  /**
   * `podman version --format json` started earlier, as root (see startVersionProbe): its answer is
   * used when it succeeded; otherwise the checks run as without it (their messages, the install).
   */
  versionProbe?: Promise<ExecResult | null>;
}

/** The argv of the version probe: as root directly, else through `sudo -n` as every later command (pure). */
export function versionProbeCommand(uid: number): [string, string[]] {
  const args = ['version', '--format', 'json'];
  return uid === 0 ? ['podman', args] : ['sudo', ['-n', '--', 'podman', ...args]];
}

/**
 * Starts `podman version` at once, so that it runs while the rest of the CLI loads (node's module
 * loading and podman's start-up then share the time instead of adding up). `stop` ends it when the
 * run never asked for it (bad input).
 */
export function startVersionProbe(runner: Runner = defaultRunner, uid: number = process.getuid?.() ?? 0): { result: Promise<ExecResult | null>; stop: () => void } {
  const abort = new AbortController();
  const [command, args] = versionProbeCommand(uid);
  const result = runner(command, args, { timeoutMs: 60_000, signal: abort.signal }).catch(() => null);
  return { result, stop: () => abort.abort() };
}

/**
 * The oldest podman that runs the pipeline: 3.4.4 is what Ubuntu 22.04 and GitHub's `ubuntu-22.04`
 * runner ship (actions/runner-images images/ubuntu/Ubuntu2204-Readme.md); the end-to-end tests run
 * the real 3.4.4. Below 3.4, `podman image mount`, `--digestfile` and `save -m` are missing or differ.
 */
export const MIN_PODMAN: readonly number[] = [3, 4];

/**
 * What `apt-get install -s` (simulate) would do: packages it installs and removes. Its lines read
 * `Inst crun (1.14.1-1 Ubuntu:24.04/noble [amd64])` and `Remv containerd.io [1.7.27-1]`.
 */
export function parseAptSimulation(out: string): { install: string[]; remove: string[] } {
  const names = (verb: string) => [...out.matchAll(new RegExp(`^${verb} (\\S+)`, 'gm'))].map((m) => m[1]!);
  return { install: names('Inst'), remove: names('Remv') };
}

/**
 * Whether an apt plan would hurt the host. GitHub's runners have Docker with `containerd.io`, which
 * declares Provides/Conflicts/Replaces `runc` (moby#38185, docker/containerd-packaging#63): a plan that
 * installs `runc` removes containerd.io and Docker with it. Nothing may be removed either.
 */
export function aptPlanProblem(plan: { install: string[]; remove: string[] }): string | null {
  if (plan.remove.length) return `it would remove ${plan.remove.join(', ')}`;
  if (plan.install.includes('runc')) return 'it would install runc, which conflicts with Docker\'s containerd.io';
  return null;
}

/**
 * The install commands for a host without podman: `podman` alone, never `runc` (podman depends on
 * `crun | runc`, and apt takes crun, the first alternative, unless something forces runc). `-s`
 * first; the real install only when the simulation neither removes a package nor installs runc, and
 * then with `--no-remove` (apt aborts rather than remove anything) and `--no-upgrade`.
 */
export const APT_ENV = 'DEBIAN_FRONTEND=noninteractive';
export const podmanInstallCommands = {
  update: ['env', APT_ENV, 'apt-get', 'update', '-q'],
  simulate: ['env', APT_ENV, 'apt-get', 'install', '-s', '--no-upgrade', '--no-remove', 'podman'],
  install: ['env', APT_ENV, 'apt-get', 'install', '-y', '-q', '--no-upgrade', '--no-remove', 'podman'],
} as const;

const MANUAL_INSTALL = 'Fix: install podman yourself (`sudo apt-get install -y --no-remove podman`; never `runc` on a host with Docker), or use a GitHub `ubuntu-22.04`/`ubuntu-24.04` runner, which has podman.';

/** Installs podman with apt-get when it is missing; throws a PreflightError with the fix when it cannot or should not. */
async function installPodman(asRoot: Runner, env?: NodeJS.ProcessEnv): Promise<void> {
  const apt = async (argv: readonly string[]) => {
    const [cmd, ...args] = argv;
    return asRoot(cmd!, args, { timeoutMs: 10 * 60_000, env }).catch((e: Error) => ({ exitCode: 127, stdout: '', stderr: e.message }));
  };
  const update = await apt(podmanInstallCommands.update);
  if (update.exitCode !== 0) throw new PreflightError(`podman is not installed, and \`apt-get update\` failed (exit ${update.exitCode}): ${update.stderr.trim().split('\n').slice(-2).join(' ')}. ${MANUAL_INSTALL}`);
  const sim = await apt(podmanInstallCommands.simulate);
  if (sim.exitCode !== 0) throw new PreflightError(`podman is not installed, and apt-get cannot install it (exit ${sim.exitCode}): ${sim.stderr.trim().split('\n').slice(-2).join(' ')}. ${MANUAL_INSTALL}`);
  const problem = aptPlanProblem(parseAptSimulation(sim.stdout));
  if (problem) throw new PreflightError(`podman is not installed, and checkpoint-image does not install it here: ${problem} (\`apt-get install -s podman\`). ${MANUAL_INSTALL}`);
  const res = await apt(podmanInstallCommands.install);
  if (res.exitCode !== 0) throw new PreflightError(`podman is not installed, and \`apt-get install podman\` failed (exit ${res.exitCode}): ${res.stderr.trim().split('\n').slice(-2).join(' ')}. ${MANUAL_INSTALL}`);
}

/**
 * The OCI runtime decision. Cgroup v2 (GitHub's runners: crun 0.17 on 22.04, 1.14 on 24.04): podman's
 * default, nothing forced. v1/hybrid: crun refuses to start containers ("cgroups in hybrid mode not
 * supported"), so runc when it is there (Docker's containerd.io ships one), else stop with the fix.
 */
export function ociRuntimeChoice(host: { cgroup: 'v1' | 'v2'; runc: boolean; podmanDefault: string | null }): { runtime: string | null; error: string | null } {
  if (host.cgroup === 'v2') return { runtime: null, error: null };
  if (host.runc) return { runtime: 'runc', error: null };
  if (host.podmanDefault === 'crun') {
    return { runtime: null, error: 'podman uses crun on a cgroup v1/hybrid host, where crun cannot start containers, and runc is not installed. Fix: install runc (`apt-get install -y runc`, on a host without Docker: where Docker\'s containerd.io is installed it already provides /usr/bin/runc), or boot with cgroup v2 (systemd.unified_cgroup_hierarchy=1).' };
  }
  return { runtime: null, error: null };
}

/**
 * Checks kernel, privileges and podman; picks the OCI runtime and ulimits this host needs: runc on a
 * non-unified cgroup host, where crun refuses to start containers ("cgroups in hybrid mode"), and
 * podman's own default elsewhere.
 */
export async function preflight(deps: PreflightDeps = {}): Promise<PreflightReport> {
  const runner = deps.runner ?? defaultRunner;
  const readText = deps.readText ?? ((p: string) => readFile(p, 'utf8'));
  const kernel = deps.kernelRelease ?? os.release();
  const notes: string[] = [];
  if (!kernelAtLeast(kernel, 5, 9)) {
    throw new PreflightError(`Kernel ${kernel} is older than 5.9, which added CAP_CHECKPOINT_RESTORE. Fix: use an ubuntu-22.04 or ubuntu-24.04 runner (or another host with kernel 5.9+).`);
  }
  const uid = deps.uid ?? process.getuid?.() ?? 0;
  let sudo = false;
  if (uid !== 0) {
    // GitHub's runners run as a user with passwordless sudo; rootful podman is what CRIU needs
    const probe = await runner('sudo', ['-n', 'true'], { env: deps.env }).catch(() => null);
    if (probe?.exitCode !== 0) {
      throw new PreflightError(`checkpoint-image runs rootful podman: it needs root or passwordless sudo (uid is ${uid}, and \`sudo -n true\` failed). Fix: run as root, or allow this user passwordless sudo.`);
    }
    sudo = true;
    notes.push('not root: podman and CRIU run through sudo.');
  }
  const asRoot: Runner = sudo ? sudoRunner(runner) : runner;
  // `podman version`, not `podman info`: info takes about 250 ms (it queries storage, network and
  // runtime), version about 30 ms, and the rest of what info told is read from the host directly
  const version = async () => {
    const res = await asRoot('podman', ['version', '--format', 'json'], { timeoutMs: 60_000, env: deps.env });
    if (res.exitCode !== 0) throw new PreflightError(`\`podman version\` failed (exit ${res.exitCode}): ${res.stderr.trim().split('\n').slice(-3).join(' ')}. Fix: repair the podman installation (see the stderr above).`);
    return parsePodmanVersion(res.stdout);
  };
  // the OCI runtime's check (cgroup v1/hybrid hosts) runs beside podman's version
  const cgroupIsV2 = deps.cgroupIsV2 ?? defaultCgroupIsV2;
  const hostCgroup = cgroupIsV2().then((v2): 'v1' | 'v2' => (v2 ? 'v2' : 'v1'));
  const runcThere = hostCgroup.then(async (cg) => cg === 'v1' && (await asRoot('runc', ['--version'], { env: deps.env }).catch(() => null))?.exitCode === 0);
  runcThere.catch(() => undefined);
  const probed = await deps.versionProbe?.catch(() => null);
  let podmanVersion: string;
  try {
    podmanVersion = (probed?.exitCode === 0 && !probed.timedOut ? probedVersion(probed.stdout) : null) ?? (await version());
  } catch (e) {
    if (e instanceof PreflightError) throw e;
    // missing: install it with the runner's package manager, as a user would (podman alone)
    if (deps.installPodman === false) throw new PreflightError(`podman is not installed (${(e as Error).message}). ${MANUAL_INSTALL}`);
    await installPodman(asRoot, deps.env);
    notes.push('podman was missing: installed it with apt-get (podman alone, nothing removed).');
    podmanVersion = await version();
  }
  if (!versionAtLeast(podmanVersion, MIN_PODMAN)) {
    throw new PreflightError(`podman ${podmanVersion} is too old (${MIN_PODMAN.join('.')} or newer is needed). Fix: use an ubuntu-22.04 (podman 3.4.4) or ubuntu-24.04 (podman 4.9) runner, or your distribution's podman 3.4+.`);
  }
  if (!versionAtLeast(podmanVersion, [4, 0])) {
    notes.push(`podman ${podmanVersion}: CNI networking and buildah 1.23 (no Containerfile heredocs, no RUN --mount=type=cache); containers are stopped before removal (no \`rm -t\` before podman 4).`);
  }
  // podman runs as root here (uid 0 or sudo), so it is rootful: what CRIU in a container needs
  const engine: EngineOptions = { podmanVersion };
  const podman: PodmanInfo = { version: podmanVersion, cgroupVersion: await hostCgroup };
  if (podman.cgroupVersion === 'v1') {
    const runc = await runcThere;
    // podman's default runtime only matters (and is only asked, about 250 ms) when runc is missing
    const podmanDefault = runc ? null : ((await asRoot('podman', ['info', '--format', '{{.Host.OCIRuntime.Name}}'], { timeoutMs: 60_000, env: deps.env }).catch(() => null))?.stdout.trim() ?? null);
    const choice = ociRuntimeChoice({ cgroup: 'v1', runc, podmanDefault });
    if (choice.error) throw new PreflightError(choice.error);
    if (choice.runtime) {
      engine.ociRuntime = choice.runtime;
      notes.push('cgroups are v1/hybrid, where crun refuses to start containers: using the runc OCI runtime.');
    }
  }
  const [status, limits, pidMax] = await Promise.all([
    readText('/proc/self/status'),
    readText('/proc/self/limits'),
    readText('/proc/sys/kernel/pid_max').then(Number),
  ]);
  engine.ulimits = ulimitsFor(status, limits, pidMax);
  if (engine.ulimits.length) notes.push(`no CAP_SYS_RESOURCE on this host: containers get ${engine.ulimits.join(', ')}.`);
  return { kernel, podman, engine, notes, sudo, runner: asRoot };
}

async function defaultCgroupIsV2(): Promise<boolean> {
  try {
    return (await statfs('/sys/fs/cgroup')).type === CGROUP2_SUPER_MAGIC;
  } catch {
    return false;
  }
}
