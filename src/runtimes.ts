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
  /** Triggers that look possible but do not work with this runtime, each with the reason and the fix. */
  refusedTriggers?: Partial<Record<ConcreteTrigger, string>>;
  /**
   * Whether the app is started under the action's launcher (PID 1 in the container; the app is its
   * child with a PID above `minPid`). Liberty's own entrypoint already does this.
   */
  launcher: boolean;
  /**
   * Where the runtime's own checkpoint finds CRIU: `jdk` (CRaC's engine: CRAC_CRIU_PATH, then
   * $JAVA_HOME/lib/criu; see the crac conformance row "CRIU location") or `path` (`criu` on PATH:
   * Semeru's /usr/local/sbin/criu, Liberty, plain CRIU). The launcher's `criu dump` always uses PATH.
   */
  criuLocation: 'jdk' | 'path';
  checkpoint: {
    capAdd: readonly string[];
    securityOpt: readonly string[];
    /** Environment for the checkpoint run. */
    env: (dir: string) => Record<string, string>;
    /** JVM options the runtime needs (and the `java-options` input) for the app's JVM. */
    javaOptions: (dir: string) => string[];
    /**
     * The environment variable those options travel in: JAVA_TOOL_OPTIONS reaches every VM, but
     * CRaC's `java` launcher reads its own options only from the command line and JDK_JAVA_OPTIONS.
     * Default JAVA_TOOL_OPTIONS.
     */
    javaOptionsEnv?: 'JAVA_TOOL_OPTIONS' | 'JDK_JAVA_OPTIONS';
    /** Extra `criu dump` flags for the launcher's own dump (trigger `criu`). */
    criuDumpFlags?: readonly string[];
    /** What input `trim-heap` does for this runtime (see HEAP_TRIM). */
    trim: HeapTrim;
    /** JVM options that cannot work with checkpoint-image, each with the reason in words. */
    unsupportedOptions?: ReadonlyArray<{ pattern: RegExp; reason: string }>;
    /** Exit codes of the checkpointed process (or container) that mean "checkpoint taken". */
    exitCodes: readonly number[];
    /** Said when the checkpoint left no CRIU image files: the runtime's likely reason. */
    noImagesHint?: string;
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
    /**
     * Lines the runtime logs when it restored (not cold-started). For launcher runtimes the restore
     * is proven by identity (the checkpointed PID, holding the checkpoint's id in its environment),
     * whatever the log level, and these are only reported; without the launcher they are the proof.
     */
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

// ---------------------------------------------------------------- heap trim (input `trim-heap`)

/**
 * How the heap is trimmed to live data before the dump (input `trim-heap`, default true): CRIU dumps
 * every page the process has touched, free heap included, and a restore reads every dumped page back.
 */
export interface HeapTrim {
  /** JVM options added at checkpoint time, before `java-options` (so a user's own value wins). */
  javaOptions: readonly string[];
  /**
   * Options that older JVMs refuse ("Unrecognized VM option", and the JVM does not start): added only
   * when the image's JDK is known to be at least `fromJdk` (its `release` file or JAVA_VERSION).
   */
  newerJdkOptions?: ReadonlyArray<{ fromJdk: number; options: readonly string[] }>;
  /** Who trims and how, in words (job summary, README). */
  by: string;
}

const TRIM_TEST = 'test/unit/trim.test.ts';
const TRIM_E2E = 'test/e2e/trim.test.ts';

/**
 * The feature version of a JDK from its `release` file's JAVA_VERSION or an image's JAVA_VERSION
 * variable: `1.8.0_392` → 8, `17.0.13 (Debian)` → 17, `jdk-21.0.1+12` → 21, `jdk8u392-b08` → 8; null
 * when it says nothing (`unknown`, empty).
 */
export function javaFeatureVersion(version: string | null | undefined): number | null {
  const m = /^(?:jdk-?)?(\d+)(?:\.(\d+))?/i.exec((version ?? '').trim());
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 && m[2] ? Number(m[2]) : major;
}

/** `trim-heap`'s options for a JDK of this feature version (null: unknown, only what every JDK accepts). */
export function trimJavaOptions(trim: HeapTrim, jdk: number | null): string[] {
  return [...trim.javaOptions, ...(trim.newerJdkOptions ?? []).filter((g) => jdk !== null && jdk >= g.fromJdk).flatMap((g) => g.options)];
}

/** What each runtime does to its heap before the dump, and what checkpoint-image adds. */
export const HEAP_TRIM: Record<RuntimeName, HeapTrim & { conformance: readonly ConformanceRow[] }> = {
  crac: {
    javaOptions: [],
    by: 'CRaC itself, before every checkpoint: a full GC that also cleans up the unused heap, then the native heap trimmed (malloc_trim)',
    conformance: [
      {
        aspect: 'heap trim before the dump',
        behaviour:
          'crac::checkpoint runs `Universe::heap()->collect(GCCause::_full_gc_alot)` with set_cleanup_unused(true) (the unused heap is cleaned up, not dumped), then `os::trim_native_heap` (glibc malloc_trim) and logs "Trim native heap before checkpoint", before the engine dumps. checkpoint-image adds nothing for `trim-heap`.',
        source: 'openjdk/crac src/hotspot/share/runtime/crac.cpp (crac::checkpoint)',
        test: `${TRIM_TEST} > crac, openj9 and liberty trim the heap themselves: trim-heap adds no option`,
      },
    ],
  },
  openj9: {
    javaOptions: [],
    by: 'OpenJ9 itself, before every checkpoint: two global GCs "to disclaim memory" (j9gc_prepare_for_checkpoint)',
    conformance: [
      {
        aspect: 'heap trim before the dump',
        behaviour:
          'Before CRIU dumps, the VM calls j9gc_prepare_for_checkpoint: a system GC and a "collect due to checkpoint" GC, commented "trigger a GC to disclaim memory", then the GC threads are reduced to -XX:CheckpointGCThreads. checkpoint-image adds nothing for `trim-heap`.',
        source: 'eclipse-openj9/openj9 runtime/vm/CRIUHelpers.cpp (criuCheckpointJVMImpl); eclipse-openj9/openj9 runtime/gc_base/modronapi.cpp (j9gc_prepare_for_checkpoint)',
        test: `${TRIM_TEST} > crac, openj9 and liberty trim the heap themselves: trim-heap adds no option`,
      },
    ],
  },
  liberty: {
    javaOptions: [],
    by: 'Liberty\'s OpenJ9, before every checkpoint: two global GCs "to disclaim memory" (j9gc_prepare_for_checkpoint)',
    conformance: [
      {
        aspect: 'heap trim before the dump',
        behaviour: 'InstantOn checkpoints through OpenJ9\'s CRIU support, which runs j9gc_prepare_for_checkpoint (two global GCs to disclaim memory) before the dump. checkpoint-image adds nothing for `trim-heap`.',
        source: 'eclipse-openj9/openj9 runtime/gc_base/modronapi.cpp (j9gc_prepare_for_checkpoint)',
        test: `${TRIM_TEST} > crac, openj9 and liberty trim the heap themselves: trim-heap adds no option`,
      },
    ],
  },
  criu: {
    // HotSpot does nothing before a `criu dump` it does not know of: the heap can only shrink at the
    // app's own full GCs, so these let it shrink there to live data, in one step, and keep the
    // relocated CDS archive's pages clean (see the conformance rows below)
    javaOptions: ['-XX:MinHeapFreeRatio=10', '-XX:MaxHeapFreeRatio=20'],
    // JDK 8 and 11 images are common: an option they do not know would stop the app from starting
    newerJdkOptions: [{ fromJdk: 14, options: ['-XX:-ShrinkHeapInSteps', '-XX:+UnlockDiagnosticVMOptions', '-XX:ArchiveRelocationMode=0'] }],
    by: 'HotSpot\'s own heap shrinking: at a full GC the heap gives back all but 10-20 % free, in one step, and the CDS archive is mapped where it needs no relocation (HotSpot 14 or later)',
    conformance: [
      {
        aspect: 'heap trim: free-ratio shrink',
        behaviour:
          'After a full GC, HotSpot shrinks the heap so that at most MaxHeapFreeRatio % of it is free (uncommitted memory is not dumped), growing it when less than MinHeapFreeRatio % is free (defaults 70 and 40). Serial\'s old generation never shrinks below its initial size (-Xms), so an app that wants a small checkpoint sets a small -Xms.',
        source: 'openjdk/jdk src/hotspot/share/gc/shared/gc_globals.hpp (MinHeapFreeRatio, MaxHeapFreeRatio); openjdk/jdk src/hotspot/share/gc/serial/tenuredGeneration.cpp (compute_new_size: "Don\'t shrink less than the initial generation size", in cardGeneration.cpp up to JDK 17)',
        test: `${TRIM_TEST} > criu adds the HotSpot heap-shrink options before java-options, so a value of the user wins`,
      },
      {
        aspect: 'heap trim: what stays (young generation)',
        behaviour:
          "After a full GC the Serial young generation is resized to the old generation's capacity / NewRatio (default 2) and keeps that much committed: its eden is empty but was written, so CRIU dumps it (about 12 MB of the sample's 39 MB heap, whose live data is 20 MB). HotSpot has no option that gives those pages back without shrinking the young generation for the restored app too (-XX:NewRatio, -Xmn): that stays the app's choice (java-options).",
        source: 'openjdk/jdk src/hotspot/share/gc/serial/defNewGeneration.cpp (compute_new_size)',
        test: `${TRIM_E2E} > the trimmed checkpoint of the sample is smaller than the untrimmed one, and still restores as the same process`,
      },
      {
        aspect: 'heap trim: in one step',
        behaviour: 'ShrinkHeapInSteps (default true) shrinks the heap over several full GCs; -XX:-ShrinkHeapInSteps shrinks it "directly to the target size at the next full GC". A product flag of the Serial GC (other collectors accept and ignore it).',
        source: 'openjdk/jdk src/hotspot/share/gc/serial/serial_globals.hpp (ShrinkHeapInSteps)',
        test: `${TRIM_TEST} > criu adds the HotSpot heap-shrink options before java-options, so a value of the user wins`,
      },
      {
        aspect: 'heap trim: CDS archive pages',
        behaviour:
          'ArchiveRelocationMode (diagnostic, default 1: "always map at alternative address") makes the JVM relocate the CDS archive at start-up, which writes to its pages, and CRIU dumps every written page (6.3 MB of the sample\'s checkpoint); 0 maps it at its preferred address first, untouched. A restored process keeps the dumped layout anyway, so mode 1\'s address randomisation does not survive a checkpoint. JDKs before 14 reject the flag ("Unrecognized VM option"), so it and -XX:-ShrinkHeapInSteps are added only when the image\'s JDK release file (or JAVA_VERSION) says 14 or later.',
        source: 'openjdk/jdk src/hotspot/share/cds/cds_globals.hpp (ArchiveRelocationMode)',
        test: `${TRIM_E2E} > the trimmed checkpoint of the sample is smaller than the untrimmed one, and still restores as the same process`,
      },
      {
        aspect: 'heap trim: native heap (malloc)',
        behaviour:
          "glibc keeps what threads free in their malloc arenas (up to 8 per core on 64-bit) until malloc_trim or a top trim; MALLOC_ARENA_MAX (the tunable glibc.malloc.arena_max) caps the arenas, and HotSpot's -XX:TrimNativeHeapInterval=<ms> (a product option of the JDK 17 updates, listed as {product} by the sample's 17.0.19) trims periodically. Both would stay in force in the restored app; on the sample each saved 0.3 MB of a 55 MB checkpoint (malloc holds 4.6 MB of it), so trim-heap adds neither.",
        source: 'https://www.gnu.org/software/libc/manual/html_node/Memory-Allocation-Tunables.html; openjdk/jdk17u-dev#2244',
        test: `${TRIM_TEST} > criu adds the HotSpot heap-shrink options before java-options, so a value of the user wins`,
      },
    ],
  },
};

/** CRIU's own capability needs (criu/cr-check, `--unprivileged` mode since CRIU 3.16). */
const CRIU_CAPS = ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] as const;
/** Dumping a task under a seccomp filter needs PTRACE_O_SUSPEND_SECCOMP, which podman's default profile blocks. */
const UNCONFINED = ['seccomp=unconfined'] as const;

// -v3 keeps errors, warnings and the "Restore finished successfully" marker; -v4 (debug) made the
// sample's restore about 30 ms slower (100 ms against 70 ms in CRIU's own log timestamps). A later
// `-v4` in restore-flags overrides it. --file-locks: without it CRIU restores no file lock the dump
// recorded, silently (criu/file-lock.c prepare_file_locks); IBM's InstantOn restore.sh passes it
// (ibmruntimes/InstantOnStartupGuide Scripts/unprivileged/restore.sh). With no lock in the images the
// flag changes nothing.
const criuRestore = (ctx: RestoreContext): string[] => [
  'criu',
  'restore',
  '--unprivileged',
  '-D',
  ctx.checkpointDir,
  '--shell-job',
  '-v3',
  '--log-file=restore.log',
  '--file-locks',
  ...ctx.restoreFlags,
];

const none = (): string[] => [];

const ANATOMY_TEST = 'test/unit/restore-anatomy.test.ts';

/**
 * Where a CRIU restore spends its time, as read in CRIU's source and measured by the bench
 * (scripts/bench/restore-anatomy.ts): what a restore command can and cannot skip.
 */
const CRIU_RESTORE_COST: readonly ConformanceRow[] = [
  {
    aspect: 'restore time: page read',
    behaviour:
      "criu restore reads every dumped page before the task runs: its restorer maps each private VMA, preadv()s the pages image into it, and only then applies the VMA's dumped madvise bits (MADV_HUGEPAGE among them). With transparent huge pages in `madvise` mode (this host's; the runner images set no mode of their own) each 4 KiB page is a fault on fresh memory, so a restore's time grows with the checkpoint's megabytes, which is why trim-heap exists; no restore option skips or batches it (lazy pages need root-mode CRIU, see the bench).",
    source: 'checkpoint-restore/criu criu/pie/restorer.c (__export_restore_task: "Now read the contents", then "Finally restore madivse() bits"); actions/runner-images images/ubuntu/scripts/build (no transparent_hugepage setting)',
    test: `${ANATOMY_TEST} > a real -v4 restore log: the restorer reads every dumped page, the whole pages file, before the vDSO is remapped`,
  },
  {
    aspect: 'restore time: kernel feature probe',
    behaviour:
      'Every criu restore first probes the kernel (kerndat_init: among others `sh -c "iptables -n -w -L"`, a forked and ptraced child for hardware breakpoints, a vDSO parse) unless it loads a cache, which in --unprivileged mode it looks for only at $XDG_RUNTIME_DIR/criu.kdat and checks by two magic numbers (the second is the CRIU binary\'s build time), never against the running kernel. A cache baked into an image would be trusted on another node\'s kernel, so the restore image carries none and sets no XDG_RUNTIME_DIR.',
    source: 'checkpoint-restore/criu criu/kerndat.c (kerndat_init, kerndat_try_load_cache, get_kerndat_filename); checkpoint-restore/criu criu/Makefile.crtools (KDAT_MAGIC_2)',
    test: `${ANATOMY_TEST} > the restore ships no kerndat cache: no XDG_RUNTIME_DIR in the restore environment, and CRIU says so in its log`,
  },
  {
    aspect: 'restore log timestamps and phases',
    behaviour:
      "Each line of CRIU's log starts with the seconds since CRIU started, `(SS.uuuuuu)`; at -v3 and -v4 it logs 'Reading image tree', 'Forking task with <pid> pid', '<pid>: Restoring resources', 'pie: <pid>: Switched to the restorer', the restorer's vDSO lines after its page read, and 'Restore finished successfully'. The bench cuts a restore into phases at these lines.",
    source: 'checkpoint-restore/criu criu/log.c (timestamps); checkpoint-restore/criu criu/cr-restore.c; checkpoint-restore/criu criu/pie/restorer.c',
    test: `${ANATOMY_TEST} > cuts a real -v3 and -v4 restore log into the same phases`,
  },
];

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
    triggers: ['jcmd', 'app'],
    refusedTriggers: {
      criu:
        "a CRaC JDK's CRIU is $JAVA_HOME/lib/criu, not on PATH (zulu-openjdk images), and CRaC takes its checkpoint itself, after its Resources closed their files and sockets. Fix: use `checkpoint-trigger: jcmd` (the default) or `app` (the app calls org.crac Core.checkpointRestore()).",
    },
    launcher: true,
    criuLocation: 'jdk',
    checkpoint: {
      capAdd: CRIU_CAPS,
      securityOpt: UNCONFINED,
      env: () => ({}),
      // CPUFeatures=generic: hosted runners differ in CPU, and a checkpoint made with host features
      // refuses to restore on a CPU that lacks one ("You have to specify -XX:CPUFeatures=...").
      javaOptions: (dir) => [`-XX:CRaCCheckpointTo=${dir}`, '-XX:CPUFeatures=generic'],
      trim: HEAP_TRIM.crac,
      javaOptionsEnv: 'JDK_JAVA_OPTIONS',
      unsupportedOptions: [
        {
          pattern: /-XX:CRaCEngine=(?!criu\b)\S+/,
          reason:
            'checkpoint-image restores CRaC checkpoints made by the CRIU engine (the default on Azul Zulu); other engines such as warp write no CRIU image and are not supported. Fix: remove -XX:CRaCEngine (or set -XX:CRaCEngine=criu).',
        },
      ],
      // CRIU kills the JVM after a successful dump (criuengine without keep_running): 137 (SIGKILL)
      exitCodes: [137],
      noImagesHint: 'a CRaC engine other than CRIU (e.g. -XX:CRaCEngine=warp) writes no CRIU image; checkpoint-image needs the CRIU engine, the default on Azul Zulu',
      successMarkers: [/Dumping finished successfully/],
    },
    restore: {
      capAdd: CRIU_CAPS,
      securityOpt: [],
      env: {},
      // java itself would reject CRIU flags: CRaC's engine appends CRAC_CRIU_OPTS to CRIU's arguments
      command: (ctx) => ['java', `-XX:CRaCRestoreFrom=${ctx.checkpointDir}`],
      flagsEnv: 'CRAC_CRIU_OPTS',
      // CRaC restores with CRIU at -v1 and no log file, and the JVM logs nothing: no marker exists
      restoredMarkers: [],
      verifyEnv: {},
      criuAsRoot: true,
    },
    labels: {},
    validate: none,
    logFiles: ['dump4.log'],
    conformance: [
      {
        aspect: 'how flags reach the JVM',
        behaviour:
          "CRaC's `java` launcher looks for -XX:CRaCCheckpointTo / -XX:CRaCRestoreFrom only in JDK_JAVA_OPTIONS and on the command line (parse_crac); only then does it turn glibc's rseq off (GLIBC_TUNABLES=glibc.pthread.rseq=0) and handle PID 1. The VM also reads JAVA_TOOL_OPTIONS, which the launcher does not. checkpoint-image passes the CRaC options in JDK_JAVA_OPTIONS, for the app's JVM only.",
        source: 'openjdk/crac src/java.base/share/native/launcher/main.c (main, parse_crac)',
        test: 'test/unit/runtimes.test.ts > crac options travel in JDK_JAVA_OPTIONS, where the CRaC launcher reads them',
      },
      {
        aspect: 'how flags reach the JVM (end to end)',
        behaviour: 'The checkpointed JVM ran with the launcher\'s rseq setting, so the launcher saw the CRaC options.',
        source: 'openjdk/crac src/java.base/share/native/launcher/main.c (main: GLIBC_TUNABLES)',
        test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
      },
      {
        aspect: 'trigger',
        behaviour:
          '`jcmd <pid> JDK.checkpoint` answers "CR: Checkpoint ..." and the JVM then dumps itself; a refused checkpoint answers "An exception during a checkpoint operation:" with a CheckpointException, and the JVM keeps running (checkpoint-image fails at once with that text).',
        source: 'openjdk/crac src/java.base/share/classes/jdk/crac/Core.java (checkpointRestoreInternal); openjdk/crac src/hotspot/os/linux/crac_linux.cpp (VM_Crac::report_ok_to_jcmd_if_any)',
        test: 'test/e2e/runtimes.test.ts > fails the checkpoint at once with the CheckpointOpenSocketException text, and commits nothing',
      },
      {
        aspect: 'open sockets',
        behaviour:
          'CRaC refuses to checkpoint a JVM with a socket the application opened, listening ones included: "jdk.crac.impl.CheckpointOpenSocketException: tcp6 localAddr :: localPort 8080 remoteAddr :: remotePort 0". The app must close them in an org.crac Resource (Spring Boot 3.2+ stops its web server; com.sun.net.httpserver does not).',
        source: 'openjdk/crac src/hotspot/os/linux/crac_linux.cpp (VM_Crac::check_fds); openjdk/crac src/java.base/unix/native/libjava/FileDescriptor_md.c (find_sock_details); spring-projects/spring-framework#33103',
        test: 'test/e2e/runtimes.test.ts > fails the checkpoint at once with the CheckpointOpenSocketException text, and commits nothing',
      },
      {
        aspect: 'exit code',
        behaviour: 'After a successful dump CRIU kills the JVM (no keep_running): the JVM exits 137 (SIGKILL).',
        source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (checkpoint, keep_running)',
        test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
      },
      {
        aspect: 'success marker and checkpoint log',
        behaviour: 'The engine runs `criu dump -t <pid> -D <dir> -v4 -o dump4.log --shell-job`: CRIU writes dump4.log in the checkpoint directory, ending with "Dumping finished successfully".',
        source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (checkpoint)',
        test: 'test/unit/runtimes.test.ts > crac judges the checkpoint by dump4.log in the checkpoint directory',
      },
      {
        aspect: 'CRIU location',
        behaviour:
          "The engine runs CRIU from lib/criu in the JDK ($JAVA_HOME/lib/criu); the Zulu CRaC images put only $JAVA_HOME/bin on PATH, so `criu` is not found there: the launcher's `criu` trigger is refused before anything runs.",
        source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (get_criu); zulu-openjdk/zulu-openjdk ubuntu/21-jdk-crac-latest/Dockerfile',
        test: 'test/unit/runtimes.test.ts > crac refuses the criu trigger up front, naming $JAVA_HOME/lib/criu',
      },
      {
        aspect: 'restore command and its log level',
        behaviour:
          '`java -XX:CRaCRestoreFrom=DIR` execs `criu restore -W . --shell-job --action-script criuhelper -D DIR --cpu-cap=none -v1 ... --exec-cmd -- criuhelper restorewait`: errors only, to stderr, no log file; the JVM logs nothing on restore. A restore is therefore proven by identity (the checkpointed PID holding the checkpoint id), never by a log line.',
        source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (restore)',
        test: 'test/e2e/runtimes.test.ts > hides CRIU from PATH (it is $JAVA_HOME/lib/criu) and restores at -v1 to stderr with no log file',
      },
      {
        aspect: 'restore flags',
        behaviour:
          "CRAC_CRIU_OPTS is appended to CRIU's arguments; the newest engine logs it as deprecated (obsolete in JDK 28, removed in 29) in favour of -XX:CRaCEngineOptions=args=..., which older CRaC JDKs do not know. checkpoint-image sets CRAC_CRIU_OPTS, which every CRaC JDK reads today.",
        source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (ArgsBuilder::append_all)',
        test: 'test/unit/runtimes.test.ts > crac gets restore-flags through CRAC_CRIU_OPTS, never on the java command line',
      },
      {
        aspect: 'capabilities and security options',
        behaviour: 'The CRIU engine in a container needs CHECKPOINT_RESTORE and SYS_PTRACE (checkpoint and restore); the dump also needs seccomp=unconfined (CRIU suspends the seccomp filter of the JVM).',
        source: 'https://docs.azul.com/core/crac/crac-engines',
        test: 'test/unit/runtimes.test.ts > %s checkpoint run: caps %j, security %j, env %j, JVM options %s',
      },
      {
        aspect: 'engine',
        behaviour:
          'The default engine on Azul Zulu is CRIU (-XX:CRaCEngine=criu); warp (Zulu and Zing; it needs no extra capabilities) writes no CRIU image. checkpoint-image refuses -XX:CRaCEngine other than criu in java-options or the image\'s JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS, in words, before the checkpoint.',
        source: 'https://docs.azul.com/core/crac/crac-engines',
        test: 'test/unit/runtimes.test.ts > crac refuses the warp engine in words',
      },
      {
        aspect: 'container user',
        behaviour: 'The Zulu CRaC images set no USER: the JVM and its CRIU run as root.',
        source: 'zulu-openjdk/zulu-openjdk ubuntu/21-jdk-crac-latest/Dockerfile',
        test: 'test/e2e/runtimes.test.ts > hides CRIU from PATH (it is $JAVA_HOME/lib/criu) and restores at -v1 to stderr with no log file',
      },
      ...HEAP_TRIM.crac.conformance,
    ],
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
    criuLocation: 'path',
    checkpoint: {
      capAdd: [...CRIU_CAPS, 'SETPCAP'],
      securityOpt: UNCONFINED,
      // the app reads the directory to pass to CRIUSupport (workflows-examples/openj9.yml)
      env: (dir) => ({ CHECKPOINT_DIR: dir }),
      javaOptions: () => ['-XX:+EnableCRIUSupport'],
      trim: HEAP_TRIM.openj9,
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
    conformance: [...OPENJ9_CONFORMANCE, ...HEAP_TRIM.openj9.conformance],
  },
  liberty: {
    name: 'liberty',
    title: 'Open Liberty InstantOn',
    docs: 'https://openliberty.io/docs/latest/instanton.html',
    defaultCheckpointDir: '/opt/ol/wlp/output/defaultServer/workarea/checkpoint',
    defaultTrigger: 'app',
    triggers: ['app'],
    launcher: false,
    criuLocation: 'path',
    checkpoint: {
      capAdd: [...CRIU_CAPS, 'SETPCAP'],
      securityOpt: UNCONFINED,
      env: () => ({ WLP_CHECKPOINT: 'afterAppStart' }),
      javaOptions: () => [],
      trim: HEAP_TRIM.liberty,
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
    conformance: [...LIBERTY_CONFORMANCE, ...HEAP_TRIM.liberty.conformance],
  },
  criu: {
    name: 'criu',
    title: 'Plain CRIU (any process; the engine under the others)',
    docs: 'https://criu.org/Docker',
    defaultCheckpointDir: '/checkpoint',
    defaultTrigger: 'criu',
    triggers: ['criu'],
    launcher: true,
    criuLocation: 'path',
    checkpoint: {
      capAdd: CRIU_CAPS,
      securityOpt: UNCONFINED,
      env: () => ({}),
      // The JVM's perf-data mmap of /tmp/hsperfdata_<user>/<pid> is deleted on exit and then breaks
      // every later restore; without it the checkpoint has no such file.
      javaOptions: () => ['-XX:-UsePerfData'],
      trim: HEAP_TRIM.criu,
      javaOptionsEnv: 'JAVA_TOOL_OPTIONS',
      // a lock held at dump time fails the dump without it (criu/file-lock.c note_file_lock)
      criuDumpFlags: ['--file-locks'],
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
    conformance: [
      {
        aspect: 'trigger',
        behaviour:
          'On SIGUSR1 the launcher (PID 1) runs `criu dump -t <app pid> -D <dir> --shell-job --unprivileged -v4 -o dump.log --file-locks`; --unprivileged (CRIU 3.16+) needs only CHECKPOINT_RESTORE and SYS_PTRACE.',
        source: 'checkpoint-restore/criu Documentation/criu.txt (--unprivileged, --file-locks, -o)',
        test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
      },
      {
        aspect: 'exit code and success marker',
        behaviour: 'CRIU exits 0 and logs "Dumping finished successfully" (criu/cr-dump.c); the dumped app is killed, the launcher exits with CRIU\'s status.',
        source: 'checkpoint-restore/criu criu/cr-dump.c (cr_dump_tasks)',
        test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
      },
      {
        aspect: 'file locks',
        behaviour:
          'Without --file-locks a dump refuses a task holding a lock ("Some file locks are hold by dumping tasks!"), and a restore silently leaves the dumped locks out; checkpoint-image passes it to both.',
        source: 'checkpoint-restore/criu criu/file-lock.c (note_file_lock, prepare_file_locks); ibmruntimes/InstantOnStartupGuide restore.sh',
        test: 'test/unit/runtimes.test.ts > criu dumps and restores file locks (--file-locks on both sides)',
      },
      {
        aspect: 'restore command and its log level',
        behaviour:
          '`criu restore --unprivileged -D <dir> --shell-job -v3 --log-file=restore.log --file-locks`: -v3 logs "Restore finished successfully" in restore.log (relative to the image directory), reported as evidence; the proof is the identity of the restored process.',
        source: 'checkpoint-restore/criu criu/cr-restore.c (cr_restore_tasks); checkpoint-restore/criu criu/log.c',
        test: 'test/unit/runtimes.test.ts > %s restore image changes',
      },
      {
        aspect: 'capabilities and security options',
        behaviour: 'CHECKPOINT_RESTORE and SYS_PTRACE at dump and restore (unprivileged mode); seccomp=unconfined at dump only, because CRIU suspends the seccomp filter of the task it dumps (PTRACE_O_SUSPEND_SECCOMP).',
        source: 'checkpoint-restore/criu Documentation/criu.txt (--unprivileged); checkpoint-restore/criu compel/src/lib/ptrace.c; checkpoint-restore/criu#2391',
        test: 'test/unit/runtimes.test.ts > %s restore run: caps %j, security %j (never more than the checkpoint run)',
      },
      {
        aspect: 'PIDs',
        behaviour: 'CRIU restores every task with its dumped PID, so that PID must be free in the new container: the launcher pushes the app above min-pid.',
        source: 'checkpoint-restore/criu criu/cr-restore.c (fork_with_pid)',
        test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
      },
      ...CRIU_RESTORE_COST,
      ...HEAP_TRIM.criu.conformance,
    ],
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
