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
import { criuKernelMismatch } from './structure.ts';
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

/** A CRIU error line in one of `files` that ends with one of the given strerror() texts. */
function criuErrorInEndingWith(files: string[], errnos: string[]): RegExp {
  return new RegExp(criuError(...files).source + String.raw`.*:\s*(?:${errnos.join('|')})\s*$`);
}

export const FAMILY_SIGNATURES: readonly Signature[] = [
  {
    id: 'criu-seccomp-filter',
    category: 'seccomp',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // criu/seccomp.c dumps and restores the filters (PTRACE_SECCOMP_GET_FILTER), compel/src/lib/ptrace.c
    // suspends them (PTRACE_O_SUSPEND_SECCOMP), criu/pie/restorer.c reinstalls them (sys_seccomp),
    // criu/cr-check.c probes both: a failing line there means a filter is in CRIU's way. (An EINVAL
    // from the suspend is the kernel lacking it: criu-seccomp-suspend-unsupported, listed earlier.)
    patterns: [criuError('seccomp'), criuErrorSaying(String.raw`\bseccomp\b|SECCOMP_`), /\bsys_seccomp\(\) returned -\d+/],
    role: 'root-cause',
    cause: "A seccomp filter is in CRIU's way: the filter of the container (or of CRIU itself) stops CRIU from suspending, reading or reinstalling the JVM's seccomp state.",
    remedy:
      'Run the checkpoint with `--security-opt seccomp=unconfined` (checkpoint-image sets it; check that inputs `security-opt`/`privileged` were not overridden), and do not run CRIU itself under a seccomp filter (WSL2 and some sandboxes filter every process).',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2391',
    // criu/cr-check.c check_ptrace_suspend_seccomp(), instantiated
    sample: "(00.047210) Error (criu/cr-check.c:761): couldn't suspend seccomp: Operation not permitted",
    weight: FAMILY,
  },
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
    // Any CRIU error naming a terminal device (files-reg.c cannot place /dev/pts/N when the pty comes
    // from outside the container), and LXC's console check before it calls CRIU (src/lxc/criu.c).
    patterns: [
      criuError('tty'),
      /\bCan't open file \/?dev\/(?:tty|console|pts\/\d+)\b/,
      criuErrorSaying(String.raw`\/?dev\/(?:pts\/\d+|ptmx|tty\w*|console)\b|\btty\b|\bpty\b`),
      /\bERROR\s+\S*criu\b.*\b(?:console|tty|pty)\b/i,
      // files-ext.c names an unsupported character device by number: majors 4 (tty, ttyS), 5
      // (/dev/tty, console, ptmx) and 136-143 (pts) are terminals (Linux Documentation/admin-guide/devices.txt)
      /\bCan't dump file \d+ of that type \[\w+\] \(chr (?:4|5|13[6-9]|14[0-3]):\d+\)/,
    ],
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
    // soccr/soccr.c is CRIU's TCP-repair library (a connection's queues, sequence numbers and options);
    // sockets.c the options every socket shares.
    // (An EPERM here is not always a capability: the kernel answers EPERM to TCP_REPAIR_OPTIONS on a
    // socket in the wrong state. Only turning repair on is CAP_NET_ADMIN: criu-tcp-repair-eperm.)
    patterns: [criuError('sk-inet', 'sk-tcp', 'sk-unix', 'sk-queue', 'sk-netlink', 'sk-packet', 'soccr', 'sockets')],
    role: 'root-cause',
    cause: 'CRIU failed on a socket the JVM holds open (a connection, a listener or a unix socket to the outside).',
    remedy:
      'Close connections and listeners before the checkpoint (CRaC `Resource.beforeCheckpoint`, Spring `-Dspring.context.checkpoint=onRefresh`, Liberty `--at=beforeAppStart`), and do not contact databases or brokers during the checkpoint run.',
    docs: CRIU_FAILS,
    sample: "Error (sk-unix.c:1216): sk unix: Can't make usk listen: Invalid argument",
    weight: FAMILY,
  },
  {
    id: 'criu-pid-taken',
    category: 'pid-conflict',
    stages: ['restore'],
    runtimes: 'all',
    // criu/cr-restore.c and criu/clone-noasan.c recreate each task with its dumped PID (clone3 with
    // set_tid, or ns_last_pid): EEXIST means another process already holds that PID.
    patterns: [criuErrorInEndingWith(['cr-restore', 'clone-noasan', 'pstree', 'kerndat'], ['File exists']), /\bError \((?:[\w.-]+\/)*pie\/restorer\.c:\d+\): Unable to create a thread: -17\b/, criuErrorSaying(String.raw`\b(?:set_tid|ns_last_pid|last_pid)\b.*File exists`)],
    role: 'root-cause',
    cause: 'A process with a checkpointed PID already exists where CRIU restores, so the JVM cannot get its old PID back.',
    remedy:
      'Restore into a fresh container (its own PID namespace, as the restore image does), and keep the checkpointed PIDs above those the container starts with (input `min-pid`).',
    docs: CRIU_FAILS,
    // criu/pie/restorer.c pr_err("Unable to create a thread: %ld") with -EEXIST from clone3(set_tid)
    sample: 'pie: 7: Error (criu/pie/restorer.c:2188): Unable to create a thread: -17',
    weight: FAMILY,
  },
  {
    id: 'criu-kernel-version-gap',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // An errno alone (EPERM, EACCES, EINVAL, ENOSYS) reads like a capability or a policy, but in a log whose
    // banner shows a CRIU much older than its kernel (or a 3.x kernel) the kernel interface changed under
    // CRIU: decided by the versions before the errno (structure.ts criuKernelMismatch). Errors of the
    // subsystems with their own family (seccomp, CPU, terminal, socket) keep theirs.
    // (util.c's RLIMIT_NOFILE line is printed on success too)
    patterns: [/\bError \((?:[\w.-]+\/)*(?!util\.c)[\w-]+\.c:\d+\):.*:\s*(?:Operation not permitted|Permission denied|Invalid argument|Function not implemented|Operation not supported|No such file or directory)\s*$/],
    when: criuKernelMismatch,
    role: 'root-cause',
    cause: 'The CRIU in use is much older than the kernel it runs on (or the kernel is too old for it): the kernel refuses a request this CRIU makes the way it knew, which reads like a permission problem but is the version gap.',
    remedy:
      "Use a CRIU release from after the runner's kernel (checkpoint-image's host preparation installs CRIU ≥ 4.2; a JDK that bundles its own CRIU needs a build with a current one), or a runner image whose kernel that CRIU knows.",
    docs: 'https://criu.org/Check_the_kernel',
    // criu/namespaces.c switch_ns pr_perror("Can't setns %d/%s"), instantiated with EPERM
    sample: "(00.004310) Error (criu/namespaces.c:258): Can't setns 9/pid: Operation not permitted",
    // criu/crtools.c banner, instantiated: CRIU 3.17 (2022-05) on a 6.8 kernel
    contextSample: '(00.000000) Version: 3.17.1 (gitid 0)\n(00.000020) Running on runner Linux 6.8.0-1017-azure #20-Ubuntu SMP Tue Oct 22 2024 x86_64',
    weight: FAMILY,
  },
  {
    id: 'criu-says-unsupported',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // Where the failing call sits decides before its errno: a line that says the kernel or CRIU lacks the
    // feature ("Kernel doesn't support", "not supported", "too old", a probe or feature check that failed)
    // is a version or feature gap even when the errno it ends with is EPERM or EACCES (criu/kerndat.c and
    // criu/cr-check.c probe with the same calls that need privileges elsewhere).
    patterns: [criuErrorSaying(String.raw`Kernel doesn't support|\bnot (?:currently )?supported\b|\bunsupported\b|\btoo old\b|\bfeature (?:check|test|detection)\b|\bkerndat_\w+ failed\b`)],
    role: 'root-cause',
    cause: 'CRIU says the kernel (or this CRIU build) lacks a feature the checkpoint or restore needs.',
    remedy:
      'Use a CRIU release that supports this kernel, and a kernel with the feature named in the evidence line (the GitHub runners have current ones; `criu check --all` lists what is missing).',
    docs: 'https://criu.org/Check_the_kernel',
    // criu/cr-check.c check_kcmp() pr_perror("System call kcmp is not supported"), instantiated with EPERM
    sample: '(00.011020) Error (criu/cr-check.c:191): System call kcmp is not supported: Operation not permitted',
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
    id: 'criu-eperm',
    category: 'missing-capability',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // pr_perror(...) ending in EPERM: the kernel's capability checks (namespaces, mounts, sysctls,
    // cgroups, ptrace, set_tid) refused CRIU. The restorer (criu/pie/restorer.c) has no strerror and
    // prints the raw return, -1 for EPERM (e.g. "prctl failed @%d with %ld" when PR_SET_MM lacks
    // CAP_SYS_RESOURCE/CAP_CHECKPOINT_RESTORE). Socket, terminal, seccomp and CPU lines are claimed by
    // their own families first; LSMs answer EACCES instead (criu-eacces).
    patterns: [/\bError \((?:[\w.-]+\/)*(?!util\.c)[\w-]+\.c:\d+\):.*:\s*Operation not permitted\s*$/, /\bError \((?:[\w.-]+\/)*pie\/[\w-]+\.c:\d+\):.*(?:returned|failed|with|:)\s*\(?-1\)?\s*$/],
    role: 'root-cause',
    cause: 'The kernel refused CRIU an operation that needs a capability (EPERM): the container has fewer privileges than CRIU needs here.',
    remedy: `Give the checkpoint and restore runs CHECKPOINT_RESTORE and SYS_PTRACE (SETPCAP for OpenJ9/Liberty) and run CRIU as root in the container (checkpoint-image does both; check inputs \`cap-add\`/\`privileged\` and the image's USER); the evidence line names the operation.`,
    docs: 'https://criu.org/Docker',
    // criu/namespaces.c switch_ns pr_perror("Can't setns %d/%s"), instantiated with EPERM
    sample: "Error (criu/namespaces.c:258): Can't setns 9/pid: Operation not permitted",
    weight: 0.55,
  },
  {
    id: 'engine-eperm',
    category: 'missing-capability',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // The OCI runtimes' own refusals: crun (src/libcrun/error.c) and runc end their message with
    // strerror(), and podman (libpod getOCIRuntimeError) tags a refused operation ": OCI permission
    // denied". (setrlimit is oci-rlimit-denied, listed earlier.)
    // (runc and podman are Go: syscall.EPERM prints lowercase, "operation not permitted")
    patterns: [/\b(?:crun|runc|OCI runtime error)\b.*(?:: [Oo]peration not permitted\b|OCI permission denied)/],
    role: 'root-cause',
    cause: 'The container runtime (crun/runc) was refused an operation (EPERM): the engine runs with fewer privileges than checkpoint/restore needs (rootless, or a capability dropped).',
    remedy: `Run podman as root (checkpoint-image uses \`sudo -n\` on GitHub's runners) and keep the checkpoint capabilities (inputs \`cap-add\`/\`privileged\` not overridden).`,
    docs: 'https://github.com/containers/podman/issues/2038',
    // instantiated from that format
    sample: 'Error: OCI runtime error: crun: checkpoint container: Operation not permitted',
    weight: 0.55,
  },
  {
    id: 'criu-eacces',
    category: 'security-policy',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // pr_perror(...) ending in EACCES: as root in the container, a Linux security module (AppArmor,
    // SELinux) is what answers EACCES (capability checks answer EPERM). Listed before the mount, cgroup and
    // kernel-interface families: a mount refused with EACCES is AppArmor's mount rule (docker-default and
    // containers-default deny mount), not a file system CRIU lacks.
    patterns: [criuErrorEndingWith('Permission denied')],
    role: 'root-cause',
    cause: 'A security module (AppArmor or SELinux) denied CRIU an operation (EACCES), or CRIU runs as a user the file does not allow.',
    remedy:
      "Run the checkpoint and restore with input `security-opt: apparmor=unconfined` (AppArmor hosts, e.g. Ubuntu runners) or `label=disable` (SELinux), and run CRIU as root in the container; the kernel log (`dmesg`, audit.log) names the denial.",
    docs: 'https://criu.org/Security',
    // criu/namespaces.c pr_perror("Can't open file %s on restore"), instantiated with EACCES
    sample: "Error (criu/namespaces.c:641): Can't open file /proc/self/ns/net on restore: Permission denied",
    weight: 0.5,
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
      // sysctl.c: a sysctl the checkpoint recorded that this kernel lacks (ENOENT) or refuses
      // seize.c: freezing the task tree through the cgroup freezer (v1 freezer.state, v2 cgroup.freeze)
      criuError('kerndat', 'cr-check', 'proc_parse', 'vdso', 'uffd', 'timens', 'pidfd', 'bpfmap', 'tun', 'lsm', 'sysctl', 'aio', 'seize'),
      // ("Unsupported link/ELF class/st_mode/proto ..." and "not supported" lines are criu-says-unsupported, listed earlier)
      criuErrorSaying(String.raw`Unknown shit`),
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
    patterns: [criuErrorEndingWith('Invalid argument', 'Function not implemented', 'Operation not supported', 'Protocol not available', 'Protocol not supported')],
    role: 'root-cause',
    cause: 'The kernel rejects a request CRIU makes (EINVAL): kernel and CRIU versions, or the checkpoint and restore kernels, do not fit together.',
    remedy: 'Checkpoint and restore on the same runner image (same kernel), with a CRIU release that supports that kernel; the evidence line names the subsystem.',
    docs: 'https://criu.org/Check_the_kernel',
    sample: '(00.001074) Error (cgroup.c:978): cg: Failed closing cpuset/system.slice/docker-404a13eab68e.scope/cpuset.cpus: Invalid argument',
    weight: 0.6,
  },
  {
    id: 'criu-cgroup',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // criu/cgroup.c and cgroup-props.c save and recreate the cgroup controllers and their properties:
    // a controller or property that exists on one host and not on the other fails here.
    patterns: [criuError('cgroup', 'cgroup-props')],
    role: 'root-cause',
    cause: "CRIU could not save or recreate the container's cgroups: the restore host has other cgroup controllers or properties (cgroup v1 vs v2, a missing controller) than the checkpoint host.",
    remedy:
      'Checkpoint and restore on the same runner image (same cgroup version and controllers); for plain CRIU, `--manage-cgroups=ignore` leaves cgroups to the container engine.',
    docs: 'https://criu.org/CGroups',
    // criu/cgroup.c pr_perror("Can't mount controller dir %s"), instantiated
    sample: "Error (criu/cgroup.c:1936): cg: Can't mount controller dir .criu.cgyard.Xy12ab/rdma: No such file or directory",
    weight: FAMILY,
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
    // A line of those files ending in ENOENT is a watched path that is not there at restore (criu/fsnotify.c
    // reopens the watched inode by its path): criu-restore-enoent, not a descriptor CRIU cannot save.
    patterns: [
      new RegExp(criuError('fsnotify', 'eventpoll', 'eventfd', 'signalfd', 'timerfd', 'files-ext').source + String.raw`(?!.*:\s*No such file or directory\s*$)`),
      /\bCan't dump file \d+ of that type\b/,
      /\bDump eventpoll \(pid: \d+\) failed/,
    ],
    role: 'root-cause',
    cause: 'The JVM holds a descriptor CRIU cannot save as it is (an inotify/fanotify watch, an epoll/eventfd/timerfd, or a file of an unsupported type).',
    remedy:
      'Close the descriptor before the checkpoint (file watchers, native libraries); for CRaC, a `-Djdk.crac.resource-policies` file or `-Djdk.crac.collect-fd-stacktraces=true` shows who opened it.',
    docs: CRIU_FAILS,
    sample: '(01.396750) Error (criu/fsnotify.c:285): fsnotify: \tCan\'t dump that handle',
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
  {
    id: 'criu-apparmor',
    category: 'security-policy',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // criu/apparmor.c dumps and restores AppArmor namespaces and policies (securityfs, the policy
    // directory): a failure there is the host's AppArmor set-up, not the JVM.
    patterns: [criuError('apparmor')],
    role: 'root-cause',
    cause: "CRIU could not save or restore the AppArmor profile or namespace of the JVM's tasks (the container's profile is stacked or namespaced in a way CRIU cannot reproduce).",
    remedy: 'Run the checkpoint and restore with input `security-opt: apparmor=unconfined`, or with the same AppArmor profile loaded on the restore host.',
    docs: 'https://criu.org/Security',
    // criu/apparmor.c pr_perror("failed to open aa policy %s"), instantiated
    sample: "Error (criu/apparmor.c:371): failed to open aa policy /sys/kernel/security/apparmor/policy/namespaces/ns1: No such file or directory",
    weight: FAMILY,
  },
  {
    id: 'criu-restore-enoent',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: 'all',
    // At restore, ENOENT where CRIU reopens what the process had (files, memory mappings, namespaces,
    // image files) means something the checkpoint refers to (a file, a directory, a device node) is
    // not there. (ENOENT from a kernel interface, a sysctl or a cgroup, is a kernel difference.)
    patterns: [criuErrorInEndingWith(['files-reg', 'files', 'fifo', 'memfd', 'mem', 'shmem', 'pipes', 'namespaces', 'cr-restore', 'image', 'util', 'tty', 'fsnotify'], ['No such file or directory'])],
    role: 'root-cause',
    cause: 'Something the checkpoint refers to (a file, directory or device) is missing where the JVM is restored.',
    remedy:
      'Restore from the same image the checkpoint was taken in, with the same volumes and files (no files deleted or rewritten between checkpoint and restore); the evidence line names the path.',
    docs: CRIU_FAILS,
    // criu/namespaces.c pr_perror("Unable to stat %s"), instantiated with ENOENT
    sample: "Error (criu/namespaces.c:505): Unable to stat /proc/1/ns/cgroup: No such file or directory",
    weight: 0.5,
  },
];
