/**
 * What each checkpoint runtime needs, as data: capabilities and security options for the checkpoint
 * run and for restore, JVM flags, how the checkpoint is triggered, what marks success, the restore
 * command, and where its logs are. The pipeline reads these profiles and never branches on a runtime
 * name itself.
 */

export const RUNTIME_NAMES = ['crac', 'openj9', 'liberty', 'criu'] as const;
export type RuntimeName = (typeof RUNTIME_NAMES)[number];

/** How the checkpoint is taken once the app is ready (`auto` picks the runtime's default). */
export const TRIGGERS = ['auto', 'app', 'jcmd', 'criu'] as const;
export type Trigger = (typeof TRIGGERS)[number];
export type ConcreteTrigger = Exclude<Trigger, 'auto'>;

export interface RestoreContext {
  /** Checkpoint directory inside the image. */
  checkpointDir: string;
  /** Extra user flags (input `restore-flags`), already validated. */
  restoreFlags: readonly string[];
}

/**
 * One upstream behaviour the pipeline depends on, with where it was read and the test that pins it.
 * The README's conformance table is generated from these rows, and a test checks that every named
 * test exists.
 */
export interface ConformanceRow {
  /** What the pipeline depends on, e.g. "restore log level", "checkpoint trigger", "container user". */
  aspect: string;
  /** The upstream behaviour as the pipeline relies on it (including refusals and inconvenient details). */
  behaviour: string;
  /** Upstream source: `owner/repo path/to/file` (function or line where useful), or a doc page URL. */
  source: string;
  /** The test that pins it: `test/path.test.ts > test name` (the name as written in the file). */
  test: string;
}

export interface RuntimeProfile {
  name: RuntimeName;
  title: string;
  /** Where the flags below are documented. */
  docs: string;
  defaultCheckpointDir: string;
  defaultTrigger: ConcreteTrigger;
  triggers: readonly ConcreteTrigger[];
  /**
   * Whether the app is started under the action's launcher (PID 1 in the container; the app is its
   * child with a PID above `minPid`). Liberty's own entrypoint already does this.
   */
  launcher: boolean;
  checkpoint: {
    capAdd: readonly string[];
    securityOpt: readonly string[];
    /** Environment for the checkpoint run. */
    env: (dir: string) => Record<string, string>;
    /** JVM options the runtime needs, passed to the app's JVM through JAVA_TOOL_OPTIONS. */
    javaOptions: (dir: string) => string[];
    /** Exit codes of the checkpointed process (or container) that mean "checkpoint taken". */
    exitCodes: readonly number[];
    /** Lines the checkpoint logs must show (empty: the exit status and CRIU's image files decide). */
    successMarkers: readonly RegExp[];
  };
  restore: {
    capAdd: readonly string[];
    securityOpt: readonly string[];
    env: Record<string, string>;
    /** The restore image's command; `null` keeps the image's own entrypoint (Liberty restores itself). */
    command: ((ctx: RestoreContext) => string[]) | null;
    /** When set, `restore-flags` go into this environment variable instead of the command line. */
    flagsEnv?: string;
    /** Evidence in the restore logs that the process really was restored (not cold-started). */
    restoredMarkers: readonly RegExp[];
  };
  /** Log files the runtime writes inside the container, relative to the checkpoint dir unless absolute. */
  logFiles: readonly string[];
  /** Upstream behaviours this profile depends on, each with its source and pinning test. */
  conformance: readonly ConformanceRow[];
}

/** CRIU's own capability needs (criu/cr-check, `--unprivileged` mode since CRIU 3.16). */
const CRIU_CAPS = ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] as const;
/** Dumping a task under a seccomp filter needs PTRACE_O_SUSPEND_SECCOMP, which podman's default profile blocks. */
const UNCONFINED = ['seccomp=unconfined'] as const;

// -v3 keeps errors, warnings and the "Restore finished successfully" marker; -v4 (debug) made the
// sample's restore about 30 ms slower (100 ms against 70 ms in CRIU's own log timestamps). A later
// `-v4` in restore-flags overrides it.
const criuRestore = (ctx: RestoreContext): string[] => [
  'criu',
  'restore',
  '--unprivileged',
  '-D',
  ctx.checkpointDir,
  '--shell-job',
  '-v3',
  '--log-file=restore.log',
  ...ctx.restoreFlags,
];

export const RUNTIMES: Readonly<Record<RuntimeName, RuntimeProfile>> = {
  crac: {
    name: 'crac',
    title: 'OpenJDK CRaC (Azul Zulu, Liberica, Ubuntu openjdk-crac)',
    docs: 'https://docs.azul.com/core/crac/crac-guidelines',
    defaultCheckpointDir: '/opt/crac-files',
    defaultTrigger: 'jcmd',
    triggers: ['jcmd', 'app', 'criu'],
    launcher: true,
    checkpoint: {
      capAdd: CRIU_CAPS,
      securityOpt: UNCONFINED,
      env: () => ({}),
      // CPUFeatures=generic: hosted runners differ in CPU, and a checkpoint made with host features
      // refuses to restore on a CPU that lacks one ("You have to specify -XX:CPUFeatures=...").
      javaOptions: (dir) => [`-XX:CRaCCheckpointTo=${dir}`, '-XX:CPUFeatures=generic'],
      // The JVM is killed by CRIU after a successful dump: 137 is CRaC's documented success exit.
      exitCodes: [137, 0],
      successMarkers: [/Dumping finished successfully/],
    },
    restore: {
      capAdd: CRIU_CAPS,
      securityOpt: [],
      env: {},
      // java itself would reject CRIU flags: CRaC passes them to its CRIU through CRAC_CRIU_OPTS
      command: (ctx) => ['java', `-XX:CRaCRestoreFrom=${ctx.checkpointDir}`],
      flagsEnv: 'CRAC_CRIU_OPTS',
      restoredMarkers: [/Restore finished successfully/, /restore finished/i],
    },
    logFiles: ['dump4.log', 'restore.log', 'restore-criu.log'],
    conformance: [],
  },
  openj9: {
    name: 'openj9',
    title: 'Eclipse OpenJ9 CRIU Support (IBM Semeru)',
    docs: 'https://eclipse.dev/openj9/docs/criusupport/',
    defaultCheckpointDir: '/opt/checkpoint',
    defaultTrigger: 'app',
    // OpenJ9 has no `jcmd JDK.checkpoint`; the app checkpoints through the CRIUSupport API (or org.crac)
    triggers: ['app', 'criu'],
    launcher: true,
    checkpoint: {
      capAdd: [...CRIU_CAPS, 'SETPCAP'],
      securityOpt: UNCONFINED,
      // the app reads the directory to pass to CRIUSupport; org.crac apps instead take
      // `-XX:CRaCCheckpointTo` in java-options (it does not combine with -XX:+EnableCRIUSupport)
      env: (dir) => ({ CHECKPOINT_DIR: dir }),
      javaOptions: () => ['-XX:+EnableCRIUSupport'],
      exitCodes: [137, 0],
      // CRIUSupport logs at level 2 by default, below CRIU's "Dumping finished successfully" line:
      // the exit status and CRIU's image files decide
      successMarkers: [],
    },
    restore: {
      capAdd: [...CRIU_CAPS, 'SETPCAP'],
      securityOpt: [],
      env: {},
      command: criuRestore,
      restoredMarkers: [/Restore finished successfully/],
    },
    logFiles: ['criu.log', 'restore.log'],
    conformance: [],
  },
  liberty: {
    name: 'liberty',
    title: 'Open Liberty InstantOn',
    docs: 'https://openliberty.io/docs/latest/instanton.html',
    defaultCheckpointDir: '/opt/ol/wlp/output/defaultServer/workarea/checkpoint',
    defaultTrigger: 'app',
    triggers: ['app'],
    launcher: false,
    checkpoint: {
      capAdd: [...CRIU_CAPS, 'SETPCAP'],
      securityOpt: UNCONFINED,
      env: () => ({ WLP_CHECKPOINT: 'afterAppStart' }),
      javaOptions: () => [],
      exitCodes: [0],
      successMarkers: [/CWWKC0451I/, /Dumping finished successfully/],
    },
    restore: {
      capAdd: ['CHECKPOINT_RESTORE', 'SETPCAP'],
      securityOpt: UNCONFINED,
      // Without this Liberty silently cold-starts when the restore fails, which would pass verification.
      env: { CRIU_RESTORE_DISABLE_RECOVERY: 'true' },
      command: null,
      restoredMarkers: [/CWWKC0452I/],
    },
    logFiles: [
      '/logs/messages.log',
      '/opt/ol/wlp/output/defaultServer/logs/messages.log',
      '/opt/ol/wlp/output/defaultServer/logs/checkpoint/checkpoint.log',
      '/opt/ol/wlp/output/defaultServer/logs/checkpoint/restore.log',
    ],
    conformance: [],
  },
  criu: {
    name: 'criu',
    title: 'Plain CRIU (any process; the engine under the others)',
    docs: 'https://criu.org/Docker',
    defaultCheckpointDir: '/checkpoint',
    defaultTrigger: 'criu',
    triggers: ['criu'],
    launcher: true,
    checkpoint: {
      capAdd: CRIU_CAPS,
      securityOpt: UNCONFINED,
      env: () => ({}),
      // The JVM's perf-data mmap of /tmp/hsperfdata_<user>/<pid> is deleted on exit and then breaks
      // every later restore; without it the checkpoint has no such file.
      javaOptions: () => ['-XX:-UsePerfData'],
      exitCodes: [0],
      successMarkers: [/Dumping finished successfully/],
    },
    restore: {
      capAdd: CRIU_CAPS,
      securityOpt: [],
      env: {},
      command: criuRestore,
      restoredMarkers: [/Restore finished successfully/],
    },
    // the launcher writes CRIU's dump.log next to the app's output (collected for every launcher runtime)
    logFiles: ['restore.log'],
    conformance: [],
  },
};

export function runtimeProfile(name: RuntimeName): RuntimeProfile {
  return RUNTIMES[name];
}

/** The trigger to use: the explicit one, or the runtime's default for `auto`. */
export function resolveTrigger(profile: RuntimeProfile, trigger: Trigger): ConcreteTrigger {
  return trigger === 'auto' ? profile.defaultTrigger : trigger;
}
