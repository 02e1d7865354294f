/**
 * Signature families: what a CRIU error line says by its structure rather than by its wording.
 *
 * CRIU prints every error as `Error (<dir>/<file>.c:<line>): <message>[: <strerror(errno)>]`
 * (`pr_err`/`pr_perror` in criu/include/log.h; compel uses the same format). The source file names
 * the subsystem that failed, so a line nobody has catalogued still says whether a socket, a terminal,
 * a file, a mount, the CPU state or the kernel's feature set is at fault. The map below was read from
 * checkpoint-restore/criu (criu-dev, 2cf8f13): sk-inet.c/sk-tcp.c/sk-unix.c/sk-queue.c dump and restore
 * sockets; tty.c ptys and the controlling terminal; files-reg.c/files.c/files-ext.c/fifo.c/memfd.c
 * file descriptors, ghost and linked-remap files; fsnotify.c/eventpoll.c/eventfd.c/signalfd.c/timerfd.c
 * the anonymous-inode descriptors; mount.c/mount-v2.c/filesystems.c/autofs.c the mount tree;
 * kerndat.c/cr-check.c/proc_parse.c/vdso.c/uffd.c/timens.c/pidfd.c the kernel interfaces CRIU probes;
 * arch/x86/cpu.c and compel/arch/x86/src/lib/{cpu,infect}.c the CPU and FPU/XSAVE state;
 * cgroup.c/cgroup-props.c cgroup controllers and their limits.
 *
 * Families are weighted below the specific signatures (which keep their place when both match) and
 * never match a consequence (`Dumping FAILED`, `Unable to detach`, `killed by signal`): those say
 * that something failed, not what.
 */
import type { Signature } from './types.ts';

const CRIU_FAILS = 'https://criu.org/When_C/R_fails';
/** The weight of a family: a subsystem is a weaker statement than a catalogued message. */
const FAMILY = 0.65;

/** `Error (<any dirs>/<name>.c:<line>)` for any of the given source files. */
function criuError(...files: string[]): RegExp {
  return new RegExp(String.raw`\bError \((?:[\w.-]+\/)*(?:${files.map((f) => f.replace(/\./g, '\\.')).join('|')})\.c:\d+\)`);
}

/** A CRIU error line whose message contains `words` (case-insensitive). */
function criuErrorSaying(words: string): RegExp {
  return new RegExp(String.raw`\bError \((?:[\w.-]+\/)*[\w-]+\.c:\d+\):.*(?:${words})`, 'i');
}

/** A CRIU error line that ends with one of the given strerror() texts. */
function criuErrorEndingWith(...errnos: string[]): RegExp {
  return new RegExp(String.raw`\bError \((?:[\w.-]+\/)*[\w-]+\.c:\d+\):.*:\s*(?:${errnos.join('|')})\s*$`);
}

export const FAMILY_SIGNATURES: readonly Signature[] = [
  {
    id: 'criu-cpu-state',
    category: 'cpu-features',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [criuError('cpu'), criuErrorSaying(String.raw`\bxsave\b|\bxstate\b|FPU registers|Core march mismatch`)],
    role: 'root-cause',
    cause: "CRIU failed on the CPU's register state (FPU/XSAVE layout or architecture): checkpoint and restore CPUs, or CPU and CRIU version, do not fit together.",
    remedy:
      'Checkpoint and restore on the same CPU type (the same runner size), use a CRIU that knows this CPU (≥ 4.0), and restore with input `restore-flags: --cpu-cap=none` only if the JVM avoids the missing features (CRaC `-XX:CPUFeatures=generic`, OpenJ9 portable mode).',
    docs: 'https://criu.org/Cpuinfo',
    sample: "(00.002763) Error (compel/arch/x86/src/lib/infect.c:315): Can't set xstate for 52: Invalid argument",
    weight: FAMILY,
  },
  {
    id: 'criu-terminal',
    category: 'tty',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [criuError('tty'), /\bCan't open file \/?dev\/(?:tty|console|pts\/\d+)\b/],
    role: 'root-cause',
    cause: 'CRIU failed on a terminal (pty or controlling tty) the JVM holds; a process with a terminal restores only where the same terminal exists.',
    remedy:
      'Run the JVM without a terminal: no `-t`/`--tty` on the checkpoint run (checkpoint-image runs it detached with stdin closed), and start it with its output going to a file or pipe.',
    docs: CRIU_FAILS,
    sample: '  1348: Error (criu/tty.c:625): tty: Unable to open dev/pts/ptmx with specified index 1',
    weight: FAMILY,
  },
  {
    id: 'criu-socket',
    category: 'open-socket',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [criuError('sk-inet', 'sk-tcp', 'sk-unix', 'sk-queue', 'sk-netlink', 'sk-packet')],
    role: 'root-cause',
    cause: 'CRIU failed on a socket the JVM holds open (a connection, a listener or a unix socket to the outside).',
    remedy:
      'Close connections and listeners before the checkpoint (CRaC `Resource.beforeCheckpoint`, Spring `-Dspring.context.checkpoint=onRefresh`, Liberty `--at=beforeAppStart`), and do not contact databases or brokers during the checkpoint run.',
    docs: CRIU_FAILS,
    sample: "Error (sk-unix.c:1216): sk unix: Can't make usk listen: Invalid argument",
    weight: FAMILY,
  },
  {
    id: 'criu-mount',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [criuError('mount', 'mount-v2', 'filesystems', 'autofs')],
    role: 'root-cause',
    cause: "CRIU cannot handle one of the container's mounts (an unsupported file system, or a bind mount from outside it was not told about).",
    remedy:
      'Keep special file systems (configfs, autofs, btrfs subvolumes) and host bind mounts out of the checkpointed container (no `VOLUME` for them in the Containerfile); the mount is named in the evidence line. A newer CRIU supports more file systems.',
    docs: CRIU_FAILS,
    sample: '(00.014823) Error (criu/mount.c:921): mnt: Mount 821 ./debugfs (master_id: 27 shared_id: 0) has unreachable sharing. Try --enable-external-masters.',
    weight: FAMILY,
  },
  {
    id: 'criu-kernel-interface',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [
      criuError('kerndat', 'cr-check', 'proc_parse', 'vdso', 'uffd', 'timens', 'pidfd', 'bpfmap', 'tun', 'lsm'),
      criuErrorSaying(String.raw`Kernel doesn't support|not (?:currently )?supported|Unknown shit`),
    ],
    role: 'root-cause',
    cause: "CRIU met a kernel interface or resource it does not support (the kernel is too old or too new for this CRIU, or the process uses something CRIU cannot save, e.g. io_uring).",
    remedy:
      'Use a CRIU release that supports this kernel (the runner images change kernels; a JDK image with a current CRIU), and keep unsupported resources (io_uring, BPF maps, perf events) out of the JVM at checkpoint time.',
    docs: 'https://criu.org/Check_the_kernel',
    sample: '(00.022893) Error (criu/lsm.c:37): err scanfing: Invalid argument',
    weight: FAMILY,
  },
  {
    id: 'criu-einval',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // A kernel call CRIU makes answers EINVAL: this kernel rejects what the checkpoint (or CRIU) assumed.
    patterns: [criuErrorEndingWith('Invalid argument')],
    role: 'root-cause',
    cause: 'The kernel rejects a request CRIU makes (EINVAL): kernel and CRIU versions, or the checkpoint and restore kernels, do not fit together.',
    remedy: 'Checkpoint and restore on the same runner image (same kernel), with a CRIU release that supports that kernel; the evidence line names the subsystem.',
    docs: 'https://criu.org/Check_the_kernel',
    sample: '(00.001074) Error (cgroup.c:978): cg: Failed closing cpuset/system.slice/docker-404a13eab68e.scope/cpuset.cpus: Invalid argument',
    weight: 0.6,
  },
  {
    id: 'criu-file-restore',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [
      new RegExp(criuError('files-reg', 'files', 'files-ext', 'fifo', 'memfd', 'shmem').source + String.raw`.*(?:on restore|Unable to open fd|Can't (?:open|link|create|reset|fixup|restore)|has bad|ghost)`, 'i'),
      /\bCan't (?:create|link|reset \S+ on) ghost\b/,
    ],
    role: 'root-cause',
    cause: 'A file the JVM had open at the checkpoint is missing or different where it is restored (deleted, rewritten, or left over from an earlier restore).',
    remedy:
      'Keep every file the JVM holds open identical between checkpoint and restore: no log files or temp files written outside the image, no volume that differs at restore; close or reopen them around the checkpoint.',
    docs: CRIU_FAILS,
    sample: '"Ghost files" and read-only filesystems? "Can\'t create ghost regfile"',
    weight: FAMILY,
  },
  {
    id: 'criu-descriptor-dump',
    category: 'open-file',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [criuError('fsnotify', 'eventpoll', 'eventfd', 'signalfd', 'timerfd', 'files-ext'), /\bCan't dump file \d+ of that type\b/, /\bDump eventpoll \(pid: \d+\) failed/],
    role: 'root-cause',
    cause: 'The JVM holds a descriptor CRIU cannot save as it is (an inotify/fanotify watch, an epoll/eventfd/timerfd, or a file of an unsupported type).',
    remedy:
      'Close the descriptor before the checkpoint (file watchers, native libraries); for CRaC, a `-Djdk.crac.resource-policies` file or `-Djdk.crac.collect-fd-stacktraces=true` shows who opened it.',
    docs: CRIU_FAILS,
    sample: '(01.396750) Error (criu/fsnotify.c:285): fsnotify: \tCan\'t dump that handle',
    weight: FAMILY,
  },
  {
    id: 'criu-ptrace-eperm',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/\bCan't (?:attach to|seize|interrupt the) \d+(?: task)?: Operation not permitted/, /\bSEIZE \d+: can't interrupt task: Operation not permitted/],
    role: 'root-cause',
    cause: 'CRIU may not ptrace the restored or dumped tasks (EPERM): SYS_PTRACE is missing, or Yama forbids ptrace.',
    remedy:
      'Add SYS_PTRACE to the run (input `cap-add: SYS_PTRACE`; checkpoint-image adds it by default) and keep the Yama ptrace_scope of the runner (1) — a higher scope needs CAP_SYS_PTRACE.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/103',
    // criu/cr-restore.c:1736 pr_perror("Can't attach to %d") with EPERM; no public log shows it outside the held-out set
    sample: "Error (criu/cr-restore.c:1736): Can't attach to 1006: Operation not permitted",
    weight: 0.8,
  },
  {
    id: 'criu-capability',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/\bError \((?:[\w.-]+\/)*pie\/(?:restorer|parasite)\.c:\d+\):.*capabil/],
    role: 'root-cause',
    cause: 'CRIU reports a capability problem: the container has fewer capabilities than CRIU or the checkpointed process needs.',
    remedy:
      'Give checkpoint and restore runs the same capabilities, at least CHECKPOINT_RESTORE and SYS_PTRACE (SETPCAP for OpenJ9/Liberty); check inputs `cap-add`/`privileged`.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/684',
    // criu/pie/restorer.c:317 pr_err("Unable to drop capability %d: %d"), instantiated
    sample: 'pie: 1006: Error (criu/pie/restorer.c:317): Unable to drop capability 38: -1',
    weight: FAMILY,
  },
  {
    id: 'criu-resource-limit',
    category: 'memory-or-resource',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [criuErrorEndingWith('Too many open files', 'No space left on device', 'Cannot allocate memory', 'Disk quota exceeded', 'File too large')],
    role: 'root-cause',
    cause: 'CRIU ran out of a resource (memory, open files, disk space or quota) while saving or restoring the JVM.',
    remedy:
      'Give the run more room: memory, `ulimit -n` on the runner, free disk under the log and container-storage folders; a smaller heap (`-Xmx` in input `java-options`) makes the checkpoint smaller too.',
    docs: CRIU_FAILS,
    // criu/fdstore.c pr_perror("Unable to create a socket") with EMFILE, instantiated
    sample: 'Error (criu/fdstore.c:45): Unable to create a socket: Too many open files',
    weight: FAMILY,
  },
];
