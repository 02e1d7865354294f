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
    /**
     * Environment for the verify run's restores only, never committed into the image (Liberty's
     * switch that turns a failed restore into a failure instead of a cold start).
     */
    verifyEnv: Record<string, string>;
    /**
     * CRIU restores as root even when the image's USER is not root (the commit adds `USER 0`; the
     * restored app keeps its own uid). False where the runtime restores itself as the image's user.
     */
    criuAsRoot: boolean;
  };
  /** Extra `io.checkpoint-image.*` labels of the restore image (e.g. the OpenJ9 mode). */
  labels: Record<string, string>;
  /**
   * Problems with the inputs that only this runtime knows of (each a full message with its fix), or
   * none. Checked with the other inputs, before anything runs.
   */
  validate: (c: { javaOptions: string; checkpointDir: string; trigger: ConcreteTrigger }) => string[];
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

// IBM's restore (ibmruntimes/InstantOnStartupGuide Scripts/unprivileged/restore.sh) passes --file-locks:
// a checkpoint taken with file locks (OpenJ9's jcmd and CRaC defaults, or CRIUSupport.setFileLocks)
// restores without them otherwise. With no lock in the images the flag changes nothing.
const criuRestoreWithLocks = (ctx: RestoreContext): string[] => {
  const cmd = criuRestore({ ...ctx, restoreFlags: [] });
  return [...cmd.slice(0, cmd.indexOf('--shell-job') + 1), '--file-locks', ...cmd.slice(cmd.indexOf('--shell-job') + 1), ...ctx.restoreFlags];
};

const none = (): string[] => [];

/** OpenJ9 in CRaC mode: `-XX:CRaCCheckpointTo=DIR` named in java-options (OpenJ9 reads it there too). */
const OPENJ9_CRAC_OPTION = /(?:^|\s)-XX:CRaCCheckpointTo=(\S*)/;
const OPENJ9_CRIU_OPTION = /(?:^|\s)-XX:\+EnableCRIUSupport(?:\s|$)/;

/** `crac` when java-options name `-XX:CRaCCheckpointTo`, else `criu` (the CRIUSupport API). */
export function openj9Mode(javaOptions: string): 'crac' | 'criu' {
  return OPENJ9_CRAC_OPTION.test(javaOptions) ? 'crac' : 'criu';
}

const E2E_OL = 'test/e2e/runtimes-openj9-liberty.test.ts';
const UNIT_OL = 'test/unit/runtimes-openj9-liberty.test.ts';

/** What the openj9 profile relies on, read in eclipse-openj9/openj9 and IBM's Semeru images and guides. */
const OPENJ9_CONFORMANCE: readonly ConformanceRow[] = [
  {
    aspect: 'JVM options (CRIU mode)',
    behaviour: '-XX:+EnableCRIUSupport (command line or JAVA_TOOL_OPTIONS, the last of +/- wins) enables the CRIUSupport API; the app checkpoints itself through it',
    source: 'eclipse-openj9/openj9 runtime/vm/jvminit.c (VMOPT_XXENABLECRIU)',
    test: `${UNIT_OL} > CRIU mode passes -XX:+EnableCRIUSupport and the directory the app hands to CRIUSupport`,
  },
  {
    aspect: 'flag conflict',
    behaviour: '-XX:+EnableCRIUSupport together with -XX:CRaCCheckpointTo: the VM refuses to start with "JVMJ9VM237E The command line options -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo=[DIR] are not compatible." (exit 1); CRaC mode therefore never gets -XX:+EnableCRIUSupport, and both in java-options is refused up front',
    source: 'eclipse-openj9/openj9 runtime/vm/jvminit.c, runtime/nls/j9vm/j9vm.nls (J9NLS_VM_CRIU_CRAC_INCOMPATIBLE_SETTING)',
    test: `${E2E_OL} > org.crac mode by the app (-XX:CRaCCheckpointTo in java-options): no -XX:+EnableCRIUSupport, which OpenJ9 refuses alongside it`,
  },
  {
    aspect: 'org.crac needs CRaC mode',
    behaviour: 'jdk.crac.Core.checkpointRestore() without -XX:CRaCCheckpointTo throws UnsupportedOperationException "CRaC support is not enabled" (Spring then exits); CRaC mode is chosen by naming -XX:CRaCCheckpointTo=<checkpoint-dir> in java-options',
    source: 'eclipse-openj9/openj9 jcl/src/java.base/share/classes/jdk/crac/Core.java',
    test: `${UNIT_OL} > CRaC mode: -XX:CRaCCheckpointTo from java-options, unprivileged CRIU, no -XX:+EnableCRIUSupport`,
  },
  {
    aspect: 'jcmd trigger',
    behaviour: 'jcmd <pid> JDK.checkpoint exists only in CRaC mode (CRIU.checkpoint only in CRIU mode) and answers "JVM checkpoint requested" before the checkpoint, which runs on another thread',
    source: 'eclipse-openj9/openj9 jcl/src/java.base/share/classes/openj9/internal/tools/attach/target/DiagnosticUtils.java',
    test: `${E2E_OL} > org.crac mode by jcmd <pid> JDK.checkpoint`,
  },
  {
    aspect: 'checkpoint log and success',
    behaviour: "CRIU's log is criu.log in the image directory at level 2 (no \"Dumping finished successfully\" line); CRIU kills the JVM after the dump (137): the exit status and CRIU's image files decide",
    source: 'eclipse-openj9/openj9 jcl/src/java.base/share/classes/openj9/internal/criu/InternalCRIUSupport.java (defaults)',
    test: `${E2E_OL} > a Semeru-like image (USER 1001, CRIU with file capabilities): checkpoint, push, pull back and restore with the labelled capabilities`,
  },
  {
    aspect: 'unprivileged CRIU in CRaC mode',
    behaviour: 'CRaC mode and JDK.checkpoint use setCheckpointDefaultParams() and run CRIU privileged unless -Dopenj9.internal.criu.unprivilegedMode=true, which the profile passes (the container has no CAP_SYS_ADMIN)',
    source: 'eclipse-openj9/openj9 jcl/src/java.base/share/classes/openj9/internal/criu/InternalCRIUSupport.java (setCheckpointDefaultParams, checkpointJVM)',
    test: `${UNIT_OL} > CRaC mode: -XX:CRaCCheckpointTo from java-options, unprivileged CRIU, no -XX:+EnableCRIUSupport`,
  },
  {
    aspect: 'file locks',
    behaviour: "the checkpoint holds file locks in CRaC mode and jcmd (fileLocks = true) or when the app sets them; IBM's restore passes --file-locks, so the restore command always does",
    source: 'ibmruntimes/InstantOnStartupGuide Scripts/unprivileged/restore.sh',
    test: `${UNIT_OL} > the restore command takes --file-locks, as IBM's restore.sh`,
  },
  {
    aspect: 'container user and CRIU',
    behaviour: 'Semeru UBI images end with USER 1001 and ship CRIU at /usr/local/sbin/criu (first on PATH) with file capabilities cap_checkpoint_restore,cap_sys_ptrace,cap_setpcap=eip (/opt/criu/criu: cap_checkpoint_restore,cap_setpcap=eip); the launcher cannot create its folders as that user, so they are made in a layer before the checkpoint',
    source: 'ibmruntimes/semeru-containers 21/jre/ubi-minimal/ubi9/Dockerfile.open.releases.full',
    test: `${E2E_OL} > a Semeru-like image (USER 1001, CRIU with file capabilities): checkpoint, push, pull back and restore with the labelled capabilities`,
  },
  {
    aspect: 'restore of a non-root image',
    behaviour: 'podman gives a non-root container user only the --cap-add set, also as ambient capabilities, so the JVM holds them at dump; CRIU as uid 1001 (no CAP_SETGID) then cannot restore those credentials ("Can\'t setgroups"), CRIU as root can: the restore image runs CRIU as USER 0 and the app comes back as its own uid',
    source: 'containers/podman pkg/specgen/generate/security_linux.go (non-root user: Effective = Permitted = Ambient = cap-add)',
    test: `${UNIT_OL} > a non-root image is restored by CRIU as root, and the label says whose app it is`,
  },
  {
    aspect: 'capabilities',
    behaviour: 'checkpoint and restore with CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP; seccomp unconfined for the dump only',
    source: 'https://eclipse.dev/openj9/docs/criusupport/',
    test: `${UNIT_OL} > openj9 runs and restores with CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP`,
  },
];

/** What the liberty profile relies on, read in OpenLiberty/ci.docker and the InstantOn docs. */
const LIBERTY_CONFORMANCE: readonly ConformanceRow[] = [
  {
    aspect: 'checkpoint trigger',
    behaviour: 'WLP_CHECKPOINT=<phase> makes docker-server.sh unset it and run checkpoint.sh, which pushes PIDs up and runs `server checkpoint defaultServer --at=<phase>`; the server stops after the dump (exit 0)',
    source: 'OpenLiberty/ci.docker releases/latest/kernel-slim/helpers/runtime/docker-server.sh, helpers/build/checkpoint.sh',
    test: `${E2E_OL} > collects CRIU's logs from /logs/checkpoint, pushes an image with recovery at its default, which restores, and cold-starts when it cannot`,
  },
  {
    aspect: 'log files',
    behaviour: "the images set LOG_DIR=/liberty/logs, a symlink to /logs: messages.log and console.log in /logs, CRIU's checkpoint.log and restore.log in /logs/checkpoint",
    source: 'OpenLiberty/ci.docker releases/latest/kernel-slim/Dockerfile.ubi10-minimal.openjdk21 (LOG_DIR, ln -s /logs /liberty/logs)',
    test: `${E2E_OL} > collects CRIU's logs from /logs/checkpoint, pushes an image with recovery at its default, which restores, and cold-starts when it cannot`,
  },
  {
    aspect: 'restore',
    behaviour: 'an image with /output/workarea/checkpoint/image restores through its own entrypoint (dumb-init, restore-server.sh with CRIU_RESTORE_PATH=/opt/criu/criu), as the image user; "CWWKC0452I" marks the restore',
    source: 'OpenLiberty/ci.docker releases/latest/kernel-slim/helpers/runtime/docker-server.sh, helpers/runtime/restore-server.sh',
    test: `${UNIT_OL} > liberty keeps its own entrypoint and user at restore`,
  },
  {
    aspect: 'recovery switch',
    behaviour: 'CRIU_RESTORE_DISABLE_RECOVERY is false by default: a failed restore cold-starts the server; true is for verifying: set on the verify run only, never committed into the image',
    source: 'https://openliberty.io/docs/latest/instanton.html (OpenLiberty/docs instanton.adoc)',
    test: `${UNIT_OL} > liberty disables recovery on the verify run only, never in the image or the manifests`,
  },
  {
    aspect: 'recovery in the pushed image',
    behaviour: 'the pushed image, run without the capabilities to restore, still answers by a cold start',
    source: 'https://openliberty.io/docs/latest/instanton.html (OpenLiberty/docs instanton.adoc)',
    test: `${E2E_OL} > collects CRIU's logs from /logs/checkpoint, pushes an image with recovery at its default, which restores, and cold-starts when it cannot`,
  },
  {
    aspect: 'capabilities',
    behaviour: 'checkpoint with CHECKPOINT_RESTORE, SYS_PTRACE, SETPCAP; restore with CHECKPOINT_RESTORE and SETPCAP only (what /opt/criu/criu carries as file capabilities), seccomp unconfined',
    source: 'https://openliberty.io/docs/latest/instanton.html; ibmruntimes/semeru-containers 21/jre/ubi-minimal/ubi9/Dockerfile.open.releases.full (/opt/criu/criu)',
    test: `${UNIT_OL} > liberty restores with CHECKPOINT_RESTORE and SETPCAP only`,
  },
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
      verifyEnv: {},
      criuAsRoot: true,
    },
    labels: {},
    validate: none,
    logFiles: ['dump4.log', 'restore.log', 'restore-criu.log'],
    conformance: [],
  },
  openj9: {
    name: 'openj9',
    title: 'Eclipse OpenJ9 CRIU Support (IBM Semeru)',
    docs: 'https://eclipse.dev/openj9/docs/criusupport/',
    defaultCheckpointDir: '/opt/checkpoint',
    defaultTrigger: 'app',
    // jcmd (JDK.checkpoint) exists in CRaC mode only: see openj9Crac and validate
    triggers: ['app', 'jcmd', 'criu'],
    launcher: true,
    checkpoint: {
      capAdd: [...CRIU_CAPS, 'SETPCAP'],
      securityOpt: UNCONFINED,
      // the app reads the directory to pass to CRIUSupport (workflows-examples/openj9.yml)
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
      command: criuRestoreWithLocks,
      restoredMarkers: [/Restore finished successfully/],
      verifyEnv: {},
      criuAsRoot: true,
    },
    labels: { 'openj9-mode': 'criu' },
    validate: ({ javaOptions, trigger }) => [
      ...(trigger === 'jcmd'
        ? [`Input "checkpoint-trigger" is "jcmd", but OpenJ9 has \`jcmd <pid> JDK.checkpoint\` only in CRaC mode (DiagnosticUtils registers it when -XX:CRaCCheckpointTo is set). Fix: add \`-XX:CRaCCheckpointTo=<checkpoint-dir>\` to java-options, or use checkpoint-trigger \`app\` (CRIUSupport) or \`criu\`.`]
        : []),
      ...(OPENJ9_CRIU_OPTION.test(javaOptions) && OPENJ9_CRAC_OPTION.test(javaOptions)
        ? ['Input "java-options" has both -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo: OpenJ9 refuses to start with both ("JVMJ9VM237E The command line options -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo=[DIR] are not compatible."). Fix: drop -XX:+EnableCRIUSupport for org.crac (CRaC mode), or -XX:CRaCCheckpointTo for the CRIUSupport API.']
        : []),
    ],
    logFiles: ['criu.log', 'restore.log'],
    conformance: OPENJ9_CONFORMANCE,
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
      // Liberty's default (recovery on) stays in the image: a node that cannot restore cold-starts
      env: {},
      command: null,
      restoredMarkers: [/CWWKC0452I/],
      // ...but the verify run must see a failed restore fail, not pass as a silent cold start
      verifyEnv: { CRIU_RESTORE_DISABLE_RECOVERY: 'true' },
      // Liberty restores itself as the image's user, with /opt/criu/criu's file capabilities
      criuAsRoot: false,
    },
    labels: {},
    validate: none,
    // the official images set LOG_DIR=/liberty/logs, a symlink to /logs
    logFiles: ['/logs/messages.log', '/logs/console.log', '/logs/checkpoint/checkpoint.log', '/logs/checkpoint/restore.log'],
    conformance: LIBERTY_CONFORMANCE,
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
      verifyEnv: {},
      criuAsRoot: true,
    },
    labels: {},
    validate: none,
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

/**
 * The profile for one run. OpenJ9 in CRaC mode (java-options name -XX:CRaCCheckpointTo): no
 * -XX:+EnableCRIUSupport, which OpenJ9 refuses alongside it, unprivileged CRIU (CRaC mode runs it
 * privileged otherwise) and `jcmd <pid> JDK.checkpoint`.
 */
export function resolveProfile(name: RuntimeName, javaOptions: string): RuntimeProfile {
  const p = RUNTIMES[name];
  if (name !== 'openj9' || openj9Mode(javaOptions) === 'criu') return p;
  return {
    ...p,
    checkpoint: { ...p.checkpoint, env: () => ({}), javaOptions: () => ['-Dopenj9.internal.criu.unprivilegedMode=true'] },
    labels: { 'openj9-mode': 'crac' },
    validate: ({ javaOptions: opts, checkpointDir }) => {
      const dir = OPENJ9_CRAC_OPTION.exec(opts)?.[1] ?? '';
      return [
        ...(OPENJ9_CRIU_OPTION.test(opts) ? p.validate({ javaOptions: opts, checkpointDir, trigger: 'app' }) : []),
        ...(dir !== checkpointDir
          ? [`Input "java-options" sets -XX:CRaCCheckpointTo=${dir}, but the checkpoint directory is ${checkpointDir}: OpenJ9 would write the checkpoint where the restore does not look. Fix: set \`checkpoint-dir: ${dir || '/opt/checkpoint'}\` and \`-XX:CRaCCheckpointTo=\` to the same absolute path.`]
          : []),
      ];
    },
  };
}
