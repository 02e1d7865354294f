/**
 * The catalogue of known checkpoint/restore failure signatures.
 *
 * Every pattern comes from a line posted in a real log (issue trackers, runtime docs, or measured on
 * the lab host in /work/shared/lab/FINDINGS.md); `sample` keeps one such line. Patterns are matched
 * against single lines, unanchored, so CRIU's `(00.012345)` timestamps and `pie: 1006:` prefixes
 * do not matter. Order matters only as a tie-break: when one line matches several signatures, a
 * root cause wins over a symptom, then the earlier entry wins (so specific entries come first).
 */
import { FAMILY_SIGNATURES } from './families.ts';
import type { Signature } from './types.ts';

const AZUL_DEBUG = 'https://docs.azul.com/core/crac/crac-debugging';
const AZUL_ERRORS = 'https://docs.azul.com/core/crac/crac-errors';
const AZUL_FD = 'https://docs.azul.com/core/crac/fd-policies';
const CRAC_CPU = 'https://docs.azul.com/core/crac/cpu-features';
const CRIU_FAILS = 'https://criu.org/When_C/R_fails';
const OPENJ9 = 'https://eclipse.dev/openj9/docs/criusupport/';
const LIBERTY_LIMITS = 'https://openliberty.io/docs/latest/instanton-limitations.html';
const LIBERTY = 'https://openliberty.io/docs/latest/instanton.html';

/** The caps checkpoint-image grants, repeated in several remedies. */
const CAPS_HINT =
  'checkpoint-image adds CHECKPOINT_RESTORE and SYS_PTRACE, plus SETPCAP for openj9 and liberty; check that inputs `cap-add`/`privileged` were not overridden';

export const SIGNATURES: readonly Signature[] = [
  // ── seccomp ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'criu-seccomp-suspend',
    category: 'seccomp',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/suspending seccomp failed: Operation not permitted/],
    role: 'root-cause',
    cause: "The container's default seccomp profile stops CRIU from suspending the JVM's seccomp filter (PTRACE_O_SUSPEND_SECCOMP).",
    remedy:
      'The checkpoint run needs `--security-opt seccomp=unconfined` (checkpoint-image sets it for every runtime; check that inputs `security-opt`/`privileged` were not overridden). Adding capabilities does not help.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2391',
    sample: 'Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: Operation not permitted',
  },
  {
    id: 'seccomp-clone3-blocked',
    category: 'seccomp',
    stages: ['restore', 'checkpoint'],
    runtimes: 'all',
    patterns: [/Unexpected error from clone3: Operation not permitted/],
    role: 'root-cause',
    cause: 'The seccomp profile of the container blocks clone3, which CRIU uses to recreate processes with their old PIDs.',
    remedy:
      'Run the restored image with `--security-opt seccomp=unconfined` or a seccomp profile that allows clone3 (Liberty ships criuRequiredSysCalls.json); for the checkpoint run, input `security-opt: seccomp=unconfined`.',
    docs: `${LIBERTY_LIMITS}#linux-calls`,
    sample: 'Error (criu/kerndat.c:1377): Unexpected error from clone3: Operation not permitted',
  },
  {
    id: 'seccomp-vmsplice-blocked',
    category: 'seccomp',
    stages: ['restore', 'checkpoint'],
    runtimes: 'all',
    patterns: [/Error splicing data: Operation not permitted/],
    role: 'root-cause',
    cause: "The container's seccomp profile blocks vmsplice, which CRIU uses to move pipe and memory data.",
    remedy:
      'Run the restored image with `--security-opt seccomp=unconfined` or a seccomp profile that allows vmsplice; for the checkpoint run, input `security-opt: seccomp=unconfined`.',
    docs: `${LIBERTY_LIMITS}#linux-calls`,
    sample: 'Error (criu/pipes.c:184): 0x4c11a: Error splicing data: Operation not permitted',
  },

  {
    id: 'seccomp-audit',
    category: 'seccomp',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // The kernel's audit record of a seccomp action (kernel/auditsc.c audit_seccomp: type=1326 or
    // "audit: seccomp ... syscall=N"): a filter killed or refused a system call.
    patterns: [/\btype=1326\b/, /\baudit:? .*\bseccomp\b.*\bsyscall=\d+/i],
    role: 'root-cause',
    cause: "A seccomp filter refused or killed a system call CRIU or the JVM made (the kernel's audit line names the syscall).",
    remedy:
      'Run the checkpoint (and, where the line is from the restore, the restored image) with `--security-opt seccomp=unconfined` (input `security-opt: seccomp=unconfined`) or a profile that allows the syscall named.',
    docs: `${LIBERTY_LIMITS}#linux-calls`,
    sample: 'audit: type=1326 audit(1700000000.123:45): auid=4294967295 uid=0 gid=0 ses=4294967295 pid=3120 comm="criu" exe="/usr/sbin/criu" sig=0 arch=c000003e syscall=435 compat=0 ip=0x7f3b code=0x50000',
  },
  {
    id: 'seccomp-sigsys',
    category: 'seccomp',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // A seccomp filter whose action is SECCOMP_RET_KILL kills the caller with SIGSYS (31, "Bad system call"):
    // criu/cr-restore.c reports a restored task "%d killed by signal %d: %s", a shell "Bad system call (core dumped)".
    patterns: [/\bkilled by signal 31\b/, /\bBad system call \(core dumped\)/],
    role: 'root-cause',
    cause: 'A seccomp filter killed the process (SIGSYS, "Bad system call"): the container\'s profile forbids a system call CRIU or the restored JVM makes.',
    remedy:
      'Run the checkpoint and the restored image with `--security-opt seccomp=unconfined` (input `security-opt: seccomp=unconfined`), or a profile that allows the syscalls CRIU needs (Liberty ships criuRequiredSysCalls.json).',
    docs: `${LIBERTY_LIMITS}#linux-calls`,
    // criu/cr-restore.c pr_err("%d killed by signal %d: %s") with SIGSYS, instantiated
    sample: '(00.031200) Error (criu/cr-restore.c:1269): 8 killed by signal 31: Bad system call',
  },

  // ── missing capabilities ───────────────────────────────────────────────────────────────────
  {
    id: 'criu-missing-checkpoint-restore-cap',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [
      /CRIU needs to have the CAP_SYS_ADMIN or the CAP_CHECKPOINT_RESTORE capability/,
      /Effective capability 40 missing/,
    ],
    role: 'root-cause',
    cause: 'CRIU runs without CAP_CHECKPOINT_RESTORE (or CAP_SYS_ADMIN) in this container.',
    remedy: `Grant CHECKPOINT_RESTORE to the container: ${CAPS_HINT}. Run the restored image with \`--cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE\`. CRaC's bundled criu also needs root ownership and the SUID bit.`,
    docs: AZUL_DEBUG,
    sample: 'CRIU needs to have the CAP_SYS_ADMIN or the CAP_CHECKPOINT_RESTORE capability: ',
  },
  {
    id: 'criu-restore-capabilities',
    category: 'missing-capability',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Unable to restore capabilities/],
    role: 'root-cause',
    cause: 'The restore container has fewer capabilities than the checkpointed process had, so CRIU cannot give them back; criu then hangs.',
    remedy:
      'Run the restore with at least the capabilities of the checkpoint run (add the missing ones, e.g. SYS_PTRACE/SETPCAP, with input `cap-add`, or drop extra ones from the checkpoint run); input `checkpoint-timeout` bounds the hang.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/684',
    sample: 'pie: 1006: Error (criu/pie/restorer.c:347): Unable to restore capabilities: -1',
  },
  {
    id: 'criu-fork-eperm',
    category: 'missing-capability',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Can't fork for \d+: Operation not permitted/],
    role: 'root-cause',
    cause: 'CRIU may not create a process with the checkpointed PID: the restore container lacks CAP_CHECKPOINT_RESTORE.',
    remedy: `Run the restored image with \`--cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE\`; ${CAPS_HINT}.`,
    docs: AZUL_DEBUG,
    sample: "Error (criu/cr-restore.c:1518): Can't fork for 8: Operation not permitted",
  },
  {
    id: 'criu-ptrace-denied',
    category: 'missing-capability',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/Unable to interrupt task: \d+ \(Operation not permitted\)/],
    role: 'root-cause',
    cause: 'CRIU may not ptrace-attach to the JVM: SYS_PTRACE is missing or an LSM (AppArmor/Yama) forbids ptrace.',
    remedy:
      'Add SYS_PTRACE (input `cap-add: SYS_PTRACE`; checkpoint-image adds it by default) and, on AppArmor hosts, `security-opt: apparmor=unconfined`.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/103',
    sample: '(00.006390) Warn  (compel/src/lib/infect.c:133): Unable to interrupt task: 2082737 (Operation not permitted)',
  },
  {
    id: 'criu-swrk-exec-denied',
    category: 'missing-capability',
    stages: ['checkpoint'],
    runtimes: ['openj9', 'liberty'],
    patterns: [/Can't exec criu swrk: Operation not permitted/],
    role: 'root-cause',
    cause: "The JVM could not start CRIU (file capabilities on the image's criu binary exceed the container's capabilities).",
    remedy: `Grant CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP to the checkpoint run: ${CAPS_HINT}.`,
    docs: `${LIBERTY_LIMITS}#linux`,
    sample: "Can't exec criu swrk: Operation not permitted",
  },
  {
    id: 'crac-criu-exec-denied',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: ['crac'],
    // openjdk/crac criuengine.c: perror("exec criu") when the kernel refuses to run $JAVA_HOME/lib/criu
    // (its SUID bit or file capabilities exceed what the container allows: EPERM; no execute right: EACCES)
    patterns: [/\bexec criu: (?:Operation not permitted|Permission denied)\b/],
    role: 'root-cause',
    cause: "The CRaC JVM could not run its bundled criu ($JAVA_HOME/lib/criu): the container does not allow the privileges that binary asks for (root ownership with the SUID bit, or file capabilities).",
    remedy: `Run the checkpoint as root in the container with the checkpoint capabilities (${CAPS_HINT}); keep $JAVA_HOME/lib/criu owned by root with the SUID bit, or use a criu with CAP_CHECKPOINT_RESTORE file capabilities.`,
    docs: AZUL_DEBUG,
    sample: 'exec criu: Operation not permitted',
  },
  {
    id: 'liberty-restore-criu-denied',
    category: 'missing-capability',
    stages: ['restore'],
    runtimes: ['liberty'],
    patterns: [/\bcriu: Operation not permitted\s*$/],
    role: 'root-cause',
    cause: "Liberty's server script could not run criu: the restore container lacks the capabilities criu's file capabilities require.",
    remedy:
      'Run the InstantOn image with `--cap-add CHECKPOINT_RESTORE --cap-add SETPCAP` (and `--security-opt seccomp=unconfined`); otherwise Liberty silently cold-starts.',
    docs: `${LIBERTY_LIMITS}#linux`,
    sample: '/opt/ol/wlp/bin/server: line 1430: /opt/criu/criu: Operation not permitted',
  },
  {
    id: 'criu-netns-without-unprivileged',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/Unable create a network namespace: Operation not permitted/],
    role: 'root-cause',
    cause: 'criu ran without `--unprivileged`, so its feature probe tries to create a network namespace, which needs SYS_ADMIN.',
    remedy:
      'Run criu with `--unprivileged` (checkpoint-image passes it to dump and restore; make sure `restore-flags` or a custom image CMD did not drop it), or grant SYS_ADMIN with `cap-add`/`privileged: true`.',
    docs: 'https://criu.org/Docker',
    sample: 'Error (criu/net.c:4121): net: Unable create a network namespace: Operation not permitted',
  },
  {
    id: 'criu-veth-pair-denied',
    category: 'missing-capability',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Unable to create a veth pair/],
    role: 'root-cause',
    cause: 'CRIU tried to recreate a network namespace with a veth pair and was refused (NET_ADMIN missing).',
    remedy:
      'Add NET_ADMIN to the restore (`cap-add: NET_ADMIN`), or checkpoint without a separate network namespace (keep the default container network for both runs).',
    docs: 'https://github.com/CRaC/docs/issues/25',
    sample: 'Error (criu/net.c:3744): Unable to create a veth pair: -1',
  },
  {
    id: 'engine-rootless-checkpoint',
    category: 'missing-capability',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // podman (cmd/podman/containers/checkpoint.go) and runc (checkpoint.go) refuse rootless containers.
    // (crun src/libcrun/criu.c says it without "a container")
    // lxc/lxc src/lxc/criu.c criu_ok() / __criu_restore(): "Must be root to checkpoint" / "Must be root to restore"
    patterns: [/(?:checkpointing|restoring)(?: a container)? requires root/, /cannot checkpoint a rootless container/, /\bMust be root to (?:checkpoint|restore)\b/],
    role: 'root-cause',
    cause: 'The container engine runs rootless; checkpoint and restore need root (CRIU cannot restore as an unprivileged user).',
    remedy:
      'Run podman as root: checkpoint-image calls it through `sudo -n` when the runner user is not root (GitHub runners have passwordless sudo); do not point it at a rootless podman socket.',
    docs: 'https://github.com/containers/podman/issues/2038',
    sample: 'checkpointing a container requires root',
  },
  {
    id: 'criu-unprivileged-task',
    category: 'missing-capability',
    stages: ['checkpoint'],
    runtimes: 'all',
    // criu/pie/parasite.c (older releases spell it "unpriviliged"), criu/cr-check.c
    patterns: [/can't dump unprivil\w+ task whose \/proc doesn't belong to it/, /Running as non-root requires '--unprivileged'/],
    role: 'root-cause',
    cause: 'CRIU runs without root privileges over the JVM (unprivileged mode, or a /proc it does not own) and may not dump it.',
    remedy: `Run CRIU as root inside the container with the checkpoint capabilities: ${CAPS_HINT}.`,
    docs: 'https://criu.org/User-mode',
    sample: "pie: 9203: Error (criu/pie/parasite.c:641): can't dump unprivileged task whose /proc doesn't belong to it",
  },
  {
    id: 'engine-unknown-capability',
    category: 'missing-capability',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/[Uu]nknown capability(?: to add)?: "CAP_\w+"/, /capability not supported by your kernel or not available/],
    role: 'root-cause',
    cause:
      'The container engine (or its runc) does not know a requested capability: CAP_CHECKPOINT_RESTORE needs Docker ≥ 20.10 with runc ≥ 1.0.0-rc93 and a kernel ≥ 5.9.',
    remedy:
      'Upgrade Docker/runc (or use podman); on kernels < 5.9 grant SYS_ADMIN instead with `cap-add: SYS_ADMIN` or set `privileged: true`.',
    docs: 'https://github.com/moby/moby/issues/42601',
    sample: 'invalid CapAdd: unknown capability: "CAP_CHECKPOINT_RESTORE"',
  },
  {
    id: 'criu-tcp-repair-eperm',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // TCP_REPAIR is refused with EPERM unless the caller has CAP_NET_ADMIN over the socket's network
    // namespace (linux net/ipv4/tcp.c tcp_can_repair_sock); CRIU turns it on for every TCP socket it
    // dumps or restores (soccr/soccr.c, criu/cr-check.c).
    patterns: [/Can't turn TCP repair mode ON: Operation not permitted/],
    role: 'root-cause',
    cause: "CRIU may not put a TCP socket into repair mode (EPERM): that needs CAP_NET_ADMIN in the socket's network namespace, which the container lacks.",
    remedy:
      'Close TCP connections and listeners before the checkpoint (checkpoint-image does not dump established connections), or add NET_ADMIN to the checkpoint and restore runs with input `cap-add: NET_ADMIN`.',
    docs: 'https://criu.org/TCP_connection',
    // soccr/soccr.c logerr("Can't turn TCP repair mode ON"), instantiated with EPERM
    sample: "Error (soccr/soccr.c:94): Can't turn TCP repair mode ON: Operation not permitted",
  },
  {
    id: 'platform-capability-forbidden',
    category: 'missing-capability',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // The cluster's admission refuses the capabilities: OpenShift SCCs and the old PodSecurityPolicy
    // (openshift/apiserver-library-go pkg/securitycontextconstraints/capabilities/mustrunas.go:
    // "capability may not be added"), Pod Security Admission (k8s.io/pod-security-admission policy
    // check_capabilities_restricted.go: "must not include ... in securityContext.capabilities.add").
    patterns: [/capabilities\.add: Invalid value: "\w+": capability may not be added/, /must not include "\w+" in securityContext\.capabilities\.add/],
    role: 'root-cause',
    cause: "The cluster's security policy (an OpenShift SCC, Pod Security admission) forbids the capabilities checkpoint/restore needs, so the pod is not created.",
    remedy:
      "Run the restore image under a policy that allows the capabilities of its `io.checkpoint-image.restore-caps` label (OpenShift: an SCC granting CHECKPOINT_RESTORE and SETPCAP/SYS_PTRACE bound to the service account; Kubernetes: a namespace at Pod Security level `privileged` or `baseline` with an exemption).",
    docs: 'https://openliberty.io/docs/latest/instanton.html',
    sample: 'pods "app-6d9c" is forbidden: unable to validate against any security context constraint: [provider restricted-v2: .containers[0].capabilities.add: Invalid value: "CHECKPOINT_RESTORE": capability may not be added]',
  },
  {
    id: 'engine-rootless-storage',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // A rootless podman keeps its containers under $XDG_DATA_HOME/containers/storage
    // (~/.local/share/containers/storage, containers/storage docs/containers-storage.conf.5.md
    // rootless_storage_path) and its runtime state under /run/user/<uid>: an OCI runtime's checkpoint
    // or restore there runs without root, and CRIU cannot dump or restore as an unprivileged user.
    patterns: [/\b(?:crun|runc)\b.*\b(?:checkpoint|restore)\b.*\/\.local\/share\/containers\/storage\//],
    role: 'root-cause',
    cause: 'The container runs under a rootless podman (its storage is in the user\'s home), and CRIU cannot checkpoint or restore it without root.',
    remedy:
      'Run podman as root: checkpoint-image calls it through `sudo -n` when the runner user is not root; with Podman Desktop or podman machine, switch the machine to rootful (`podman machine set --rootful`).',
    docs: 'https://github.com/containers/podman/issues/2038',
    sample: 'Error: `/usr/bin/crun checkpoint --image-path /home/runner/.local/share/containers/storage/overlay-containers/0f3c/userdata/checkpoint 0f3c` failed: exit status 1',
    weight: 0.8,
  },
  {
    id: 'podman-container-in-other-store',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // Root and rootless podman keep separate stores (containers/storage graphroot vs
    // rootless_storage_path): a container started without sudo does not exist for `sudo podman`,
    // which is the podman that can checkpoint it.
    patterns: [/Error: no container with (?:name or ID|ID or name) "[^"]+" found: no such container/, /Error: no such container\s*$/],
    context: /\bsudo podman\b/,
    role: 'root-cause',
    cause: 'The container was started by a rootless podman, and the root podman that may checkpoint it (`sudo podman`) does not see it: root and rootless podman keep separate containers.',
    remedy: 'Start the container with the same podman that checkpoints it, as root (`sudo podman run ...`); checkpoint-image runs every podman command through `sudo -n` on a non-root runner.',
    docs: 'https://github.com/containers/podman/issues/2038',
    sample: 'Error: no container with name or ID "app" found: no such container',
    contextSample: '$ sudo podman container checkpoint app',
    weight: 0.7,
  },

  // ── security policy (SELinux, Yama, AppArmor) ──────────────────────────────────────────────
  {
    id: 'selinux-netlink-denied',
    category: 'security-policy',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/Can't send request message: Permission denied/, /CWWKE0963E/],
    role: 'root-cause',
    cause: 'SELinux (virt_sandbox_use_netlink off) blocks the netlink sockets CRIU needs inside the container.',
    remedy:
      'On the build host run `setsebool -P virt_sandbox_use_netlink 1`, or set input `security-opt: label=disable` (or `privileged: true`) for the checkpoint run.',
    docs: `${LIBERTY_LIMITS}#se`,
    sample: "Error (criu/libnetlink.c:84): Can't send request message: Permission denied",
  },
  {
    id: 'selinux-transport-socket-denied',
    category: 'security-policy',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/Unable to connect a transport socket: Permission denied/],
    role: 'root-cause',
    // The parasite's unix socket connect is refused by the LSM: SELinux (no libselinux in CRIU, a
    // confining label) or AppArmor (LXD/LXC profiles deny the `connect` to @crtools-pr-*).
    cause: "A security module denies CRIU's parasite transport socket: SELinux (CRIU built without SELinux support, or a confining label) or AppArmor (the container's profile denies the unix connect).",
    remedy:
      'Use a CRIU built with libselinux (Fedora/RHEL packages) and set input `security-opt: label=disable` for the checkpoint run on SELinux hosts; on AppArmor hosts `security-opt: apparmor=unconfined`. The kernel log (`dmesg`) names the denial.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2392',
    sample: 'lib/infect.c:650: Unable to connect a transport socket: Permission denied',
  },
  {
    id: 'yama-ptrace-traceme-denied',
    category: 'security-policy',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/ptrace\(PTRACE_TRACEME\) failed: Operation not permitted/],
    role: 'root-cause',
    cause: "Yama's ptrace_scope (2 or 3) or a seccomp profile forbids ptrace in the container.",
    remedy:
      'Set `kernel.yama.ptrace_scope` to 0 or 1 on the host; if Yama is fine, the seccomp profile blocks ptrace: `security-opt: seccomp=unconfined`.',
    docs: `${LIBERTY_LIMITS}#yama`,
    sample: 'Error (criu/arch/x86/kerndat.c:178): 32: ptrace(PTRACE_TRACEME) failed: Operation not permitted',
  },
  {
    id: 'apparmor-ptrace-denied',
    category: 'security-policy',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [
      /apparmor="DENIED" operation="ptrace"/,
      // What CRIU prints inside the container when an LSM refuses PTRACE_SEIZE: LSM hooks return
      // EACCES (compel/src/lib/infect.c compel_interrupt_task), capability checks and Yama EPERM.
      /Unable to interrupt task: \d+ \(Permission denied\)/,
      /SEIZE \d+: can't interrupt task: Permission denied/,
      /Can't attach to \d+: Permission denied/,
    ],
    role: 'root-cause',
    cause:
      "AppArmor refuses ptrace inside the container: the engine's default profile (podman's containers-default, docker-default) grants `ptrace (trace)` but not `tracedby`, so CRIU cannot attach to the JVM even with SYS_PTRACE.",
    remedy:
      'Run the checkpoint and the restore with `--security-opt apparmor=unconfined` (input `security-opt: apparmor=unconfined`, or a profile that allows `ptrace (tracedby)`); Kubernetes: `securityContext.appArmorProfile: {type: Unconfined}`.',
    docs: 'https://github.com/containerd/containerd/issues/7695',
    sample: '(00.006390) Warn  (compel/src/lib/infect.c:131): Unable to interrupt task: 1006 (Permission denied)',
  },
  {
    id: 'apparmor-denied',
    category: 'security-policy',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // The kernel's audit line for any AppArmor refusal (security/apparmor/audit.c: apparmor="DENIED"
    // operation="..." profile="..."): mounts, unix sockets, files, signals as much as ptrace.
    patterns: [/\bapparmor="DENIED"/],
    role: 'root-cause',
    cause: "AppArmor denied CRIU or the JVM an operation it needs (the line names the operation and the profile, often the engine's default profile).",
    remedy:
      'Run the checkpoint and the restore with `--security-opt apparmor=unconfined` (input `security-opt: apparmor=unconfined`), or a profile that allows the operation the line names.',
    docs: 'https://criu.org/Security',
    // security/apparmor/mount.c audit format, instantiated for CRIU restoring a mount in podman's profile
    sample:
      'audit: type=1400 audit(1751619300.101:2710): apparmor="DENIED" operation="mount" class="mount" info="failed flags match" error=-13 profile="containers-default-0.50.1" name="/tmp/.criu.mntns.x1/" pid=3120 comm="criu" flags="rw, rprivate"',
    weight: 0.95,
  },
  {
    id: 'selinux-avc-denied',
    category: 'security-policy',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // The kernel audit format of an SELinux denial (type=AVC / "avc:  denied  { perm } for pid=...").
    // and setroubleshoot's summary of the same denial ("SELinux is preventing <exe> from <perm> access on ...")
    patterns: [/\bavc:\s+denied\s+\{[^}]*\}/, /\bSELinux is preventing \S+ from \S+ access\b/],
    role: 'root-cause',
    cause: 'SELinux denies CRIU or the JVM an operation it needs (the line names the permission and the labels; with permissive=1 it was only logged).',
    remedy:
      'Run the checkpoint and restore with input `security-opt: label=disable` (or `privileged: true`), or install a container-selinux policy that allows CRIU (Fedora/RHEL ship one).',
    docs: 'https://github.com/checkpoint-restore/criu/pull/648',
    // checkpoint-restore/criu PR #648 (Podman on Fedora 29)
    sample:
      'Mar 25 14:26:24 fedora29 audit[18156]: AVC avc:  denied  { write } for  pid=18156 comm="criu" path=002F637269752D666473746F72652D3564643864 scontext=system_u:system_r:container_t:s0:c596,c1015 tcontext=unconfined_u:system_r:container_runtime_t:s0 tclass=unix_dgram_socket permissive=1',
  },
  {
    id: 'criu-lsm-label',
    category: 'security-policy',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // criu/lsm.c reads and restores each task's SELinux context or AppArmor profile: a label it cannot
    // use ("Invalid selinux context kernel" when SELinux runs with no policy loaded) is the host's
    // security-module state, not a kernel interface CRIU lacks.
    patterns: [/\bError \((?:[\w.-]+\/)*lsm\.c:\d+\):.*\b(?:selinux|apparmor)\b/i],
    role: 'root-cause',
    cause: "CRIU cannot use the security label (SELinux context or AppArmor profile) of the JVM's tasks: the host's security module is in a state CRIU cannot save or restore.",
    remedy:
      'Run the checkpoint and restore with input `security-opt: label=disable` (SELinux) or `apparmor=unconfined`, on a host whose SELinux policy is loaded (or disabled) the same way at checkpoint and restore.',
    docs: 'https://criu.org/Security',
    // criu/lsm.c selinux_get_label pr_err("Invalid selinux context %s"), instantiated
    sample: 'Error (criu/lsm.c:114): Invalid selinux context system_u',
    weight: 0.85,
  },
  {
    id: 'engine-selinux-label',
    category: 'security-policy',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // containers/podman libpod/container_internal_linux.go relabel(): "failed to change selinux label: insufficient
    // permissions ..." and the restore's log file ("failed to label file %q"): SELinux labels podman must set
    patterns: [/\bfailed to change selinux label: insufficient permissions\b/, /\bfailed to label file "[^"]+"/],
    role: 'root-cause',
    cause: 'Podman could not set the SELinux label of a file the checkpoint or restore writes (a file owned by another user, or a label the policy does not allow).',
    remedy: 'Run podman as root with input `security-opt: label=disable` for the checkpoint and restore on SELinux hosts, or keep the checkpoint files owned by the podman that restores them.',
    docs: 'https://docs.podman.io/en/latest/markdown/podman-container-restore.1.html',
    sample: 'Error: failed to change selinux label: insufficient permissions, possibly due to a file owned by another user (current user: uid 1000): operation not permitted',
  },

  // ── open sockets ───────────────────────────────────────────────────────────────────────────
  {
    id: 'crac-open-socket',
    category: 'open-socket',
    stages: ['checkpoint'],
    runtimes: ['crac', 'openj9'],
    patterns: [/CheckpointOpenSocketException/],
    role: 'root-cause',
    cause: 'A socket (a client connection such as a DB pool, or a listening server socket) is still open when CRaC checkpoints.',
    remedy:
      'Close it in an org.crac.Resource beforeCheckpoint (use a CRaC-aware framework: Spring Boot ≥ 3.2 stops its web server and pools; avoid opening DB connections during the training run), or add a `jdk.crac.resource-policies` entry (`type: socket`, `action: close`) passed with input `java-options: -Djdk.crac.resource-policies=...`. Make sure `ready-url`/`warmup-url` requests are finished.',
    docs: AZUL_ERRORS,
    sample:
      'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenSocketException: Socket[addr=host.docker.internal/192.168.65.254,port=5432,localport=55126]',
  },
  {
    id: 'crac-busy-selector',
    category: 'open-socket',
    stages: ['checkpoint'],
    runtimes: ['crac'],
    patterns: [/BusySelectorException/, /IllegalSelectorException/],
    role: 'root-cause',
    cause: 'A java.nio Selector still has channels registered at checkpoint (an event loop such as Netty, Jetty or a messaging client is running).',
    remedy:
      'Stop the event loop / close its channels in an org.crac.Resource beforeCheckpoint (upgrade the framework or client to a CRaC-aware version), or close the sockets with a `jdk.crac.resource-policies` entry via input `java-options`.',
    docs: AZUL_ERRORS,
    sample: 'BusySelectorException: Selector sun.nio.ch.EPollSelectorImpl@... has registered keys from channels',
  },
  {
    id: 'criu-tcp-established',
    category: 'open-socket',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/Connected TCP socket, consider using --tcp-established/],
    role: 'root-cause',
    cause: 'An established TCP connection is open at dump time and CRIU was not told to dump it.',
    remedy:
      'Close client connections before the checkpoint: judge readiness with input `ready-log` or make sure `ready-url`/`warmup-url` probes do not keep connections alive; only if the connection must survive, dump with `--tcp-established`.',
    docs: 'https://criu.org/TCP_connection',
    sample: 'Error (criu/sk-inet.c:200): inet: Connected TCP socket, consider using --tcp-established option.',
  },
  {
    id: 'criu-tcp-lock-failed',
    category: 'open-socket',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/Failed to lock TCP connection/],
    role: 'root-cause',
    cause: 'CRIU tried to freeze an established TCP connection with iptables and could not (no iptables in the image, or no NET_ADMIN).',
    remedy:
      'Make sure no connection is open at checkpoint: use input `ready-log` instead of a keep-alive `ready-url` probe and let `warmup-url` requests finish before the checkpoint.',
    docs: 'https://criu.org/TCP_connection',
    sample: 'Error (criu/sk-tcp.c:81): tcp: Failed to lock TCP connection 451eb',
  },
  {
    id: 'criu-inet-socket-rebind',
    category: 'open-socket',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Can't (?:bind|connect) inet socket(?: back)?/],
    role: 'root-cause',
    cause: 'A socket from the checkpoint cannot be bound/connected again in the restore container (its address or port is not available there).',
    remedy:
      'Checkpoint without open connections (see `ready-log`/`warmup-url`) so no established socket is in the image; do not dump with `--tcp-established` when the restore runs in a new container.',
    docs: 'https://criu.org/TCP_connection',
    sample: "Error (soccr/soccr.c:499): Can't bind inet socket back: Cannot assign requested address",
  },
  {
    id: 'criu-external-unix-socket',
    category: 'open-socket',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [
      /Can't dump half of (?:a )?stream unix connection/,
      /External socket is used\. Consider using --ext-unix-sk/,
      /External socket found in image/,
    ],
    role: 'root-cause',
    cause: 'The process has a UNIX socket connected to a peer outside the checkpointed process tree (an agent, D-Bus, docker.sock, syslog).',
    remedy:
      'Close that connection before the checkpoint (disable the agent or socket-based logging in the checkpoint run); CRIU can only keep it with `--external unix[ino]`/`--ext-unix-sk` on both dump and restore.',
    docs: 'https://criu.org/External_UNIX_socket',
    sample: "Error (criu/sk-unix.c:725): sk unix: Can't dump half of stream unix connection.",
  },

  // ── open files ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'crac-open-fd-socket',
    category: 'open-socket',
    stages: ['checkpoint'],
    runtimes: ['crac', 'openj9'],
    // openjdk/crac java.io FileDescriptor's resource (FileDescriptorResource) reports every descriptor
    // left open as CheckpointOpenFileException "FileDescriptor N left open: <description>", sockets
    // included: the description then names the protocol and addresses (`tcp6 local ... remote ...`).
    patterns: [/CheckpointOpenFileException:.*\bleft open: (?:tcp6?|udp6?|unix|socket|netlink)\b/, /CheckpointOpenFileException:.*\bsocket:\[\d+\]/],
    role: 'root-cause',
    cause: 'A socket (a listener or a client connection) is still open when CRaC checkpoints; the JDK reports it as an open file descriptor.',
    remedy:
      'Close it in an org.crac.Resource beforeCheckpoint (a CRaC-aware server or pool stops its listener and connections), or add a `jdk.crac.resource-policies` entry for it passed with input `java-options`; make sure `ready-url`/`warmup-url` requests are finished.',
    docs: AZUL_ERRORS,
    sample: 'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenFileException: FileDescriptor 9 left open: tcp local /0.0.0.0:8080 remote not bound',
  },
  {
    id: 'crac-open-file',
    category: 'open-file',
    stages: ['checkpoint'],
    runtimes: ['crac', 'openj9'],
    patterns: [/CheckpointOpenFileException/, /File .+ was not closed by the application/],
    role: 'root-cause',
    cause: 'A file opened through the JDK (log file, JAR, agent, cache) is still open when CRaC checkpoints.',
    remedy:
      'Close it in an org.crac.Resource beforeCheckpoint, or add a `jdk.crac.resource-policies` rule (`type: file`, `path: ...`, `action: close` or `reopen`) passed with input `java-options: -Djdk.crac.resource-policies=/path/policies.yaml`; find the opener with `-Djdk.crac.collect-fd-stacktraces=true`.',
    docs: AZUL_FD,
    sample: 'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenFileException: FD fd=4 type=regular path=/var/lib/sss/mc/passwd',
  },
  {
    id: 'crac-open-native-resource',
    category: 'open-file',
    stages: ['checkpoint'],
    runtimes: ['crac'],
    patterns: [/CheckpointOpenResourceException/],
    role: 'root-cause',
    cause: 'A native file descriptor (epoll, eventfd, timerfd, e.g. from Netty/gRPC/Reactor native transports) is open at checkpoint.',
    remedy:
      'Use a CRaC-aware version of the library or its NIO transport so it closes its native fds in beforeCheckpoint; policies in `jdk.crac.resource-policies` only cover JDK-opened descriptors.',
    docs: AZUL_ERRORS,
    sample: 'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenResourceException: FD fd=28 type=unknown path=anon_inode:[eventpoll]',
  },
  {
    id: 'criu-file-locks',
    category: 'open-file',
    stages: ['checkpoint'],
    runtimes: 'all',
    // criu/file-lock.c dump_file_locks(): a task holds a file lock and CRIU was not given --file-locks
    patterns: [/Some file locks are hold by dumping tasks/],
    role: 'root-cause',
    cause: 'The JVM holds a file lock (flock/fcntl, e.g. a lock file of a cache or database) and CRIU was run without `--file-locks`.',
    remedy: 'Dump and restore with `--file-locks` (checkpoint-image passes it for `runtime: criu` and the OpenJ9 restore; add it to input `restore-flags` if a custom restore dropped it), or release the lock before the checkpoint.',
    docs: 'https://criu.org/File_locks',
    sample: 'Error (criu/file-lock.c:110): Some file locks are hold by dumping tasks! You can try --file-locks to dump them.',
  },
  {
    id: 'criu-ghost-file-limit',
    // A limit CRIU puts on what it copies into the image (criu/files-reg.c dump_ghost_remap, --ghost-limit):
    // a resource limit, as the independent measurement of issue 14 labelled these failures.
    category: 'memory-or-resource',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/Can't dump ghost file .* increase limit/],
    role: 'root-cause',
    cause: 'The process keeps a deleted file open that is larger than CRIU\'s ghost-file limit (1 MiB by default).',
    remedy:
      'Close or stop deleting that file before the checkpoint, or raise the limit: CRIU `--ghost-limit`, OpenJ9 `-Dopenj9.internal.criu.ghostFileLimit=<bytes>` via input `java-options`.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/202',
    sample: "Error (files-reg.c:702): Can't dump ghost file /tmp/tcFhOS3I of 16777216 size, increase limit",
  },

  // ── PID conflicts ──────────────────────────────────────────────────────────────────────────
  {
    id: 'criu-pid-in-use',
    category: 'pid-conflict',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Can't fork for \d+: File exists/],
    role: 'root-cause',
    cause: 'The PID the JVM had at checkpoint is already taken in the restore container.',
    remedy:
      'Raise input `min-pid` so the app is checkpointed with a PID that nothing else uses at restore (CRaC: `-XX:CRaCMinPid`), and restore with `exec` so no wrapper processes take low PIDs.',
    docs: CRIU_FAILS,
    sample: "Error (criu/cr-restore.c:1506): Can't fork for 9: File exists",
  },
  {
    id: 'criu-pid-mismatch',
    category: 'pid-conflict',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Pid \d+ do not match expected \d+/, /Thread pid mismatch \d+\/\d+/],
    role: 'root-cause',
    cause: 'CRIU could not recreate a process or thread with its checkpointed PID (taken, or no clone3/ns_last_pid access).',
    remedy:
      'Raise input `min-pid` (CRaC: `-XX:CRaCMinPid=128` or higher) and use a CRIU with clone3 support (≥ 3.15 on kernel ≥ 5.5) so /proc/sys need not be writable.',
    docs: CRIU_FAILS,
    sample: 'Pid 17 do not match expected 9',
  },
  {
    id: 'criu-shell-job-id-clash',
    category: 'pid-conflict',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Current (?:gid|sid) \d+ intersects with pid/],
    role: 'root-cause',
    cause: "With --shell-job the restoring shell's session or process-group id equals a PID stored in the image.",
    remedy:
      'Raise input `min-pid` so the checkpointed PIDs are far from the PIDs of the restore-time shell/launcher, or make criu PID 1 of the restore container (`exec criu restore ...`).',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2851',
    sample: 'Error (criu/pstree.c:404): Current gid 8 intersects with pid (1) in images',
  },
  {
    id: 'criu-ns-last-pid-readonly',
    category: 'pid-conflict',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Can't fork for \d+: Read-only file system/],
    role: 'root-cause',
    cause: 'CRIU without clone3 set_tid tried to write /proc/sys/kernel/ns_last_pid, which is read-only in the container.',
    remedy:
      'Use a CRIU/kernel with clone3 set_tid (CRIU ≥ 3.15, kernel ≥ 5.5), and raise input `min-pid` so the checkpointed PID is free at restore.',
    docs: CRIU_FAILS,
    sample: "Error (criu/cr-restore.c:1506): Can't fork for 9: Read-only file system",
  },
  {
    id: 'engine-criu-pid-taken',
    category: 'pid-conflict',
    stages: ['restore'],
    runtimes: 'all',
    // opencontainers/runc libcontainer/criu_linux.go reports CRIU's RPC answer as "criu failed: type %s errno %d";
    // CRIU sets that errno to EEXIST (17) only when it cannot fork a task with its PID (criu/cr-restore.c
    // fork_with_pid: set_cr_errno(EEXIST)), so an engine that shows no CRIU log still says "PID taken".
    patterns: [/\bcriu failed: type (?:RESTORE|NOTIFY) errno 17\b/],
    role: 'root-cause',
    cause: 'CRIU could not recreate a task with its checkpointed PID: another process holds that PID where the container is restored (CRIU answered EEXIST).',
    remedy: 'Restore into a fresh container with its own PID namespace (as the restore image does), and keep the checkpointed PIDs above those the container starts with (input `min-pid`).',
    docs: CRIU_FAILS,
    sample: 'runc restore failed: criu failed: type RESTORE errno 17',
    weight: 0.8,
  },

  // ── terminals ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'criu-tty-params',
    category: 'tty',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/tty: Can't set tty params/],
    role: 'root-cause',
    cause: 'The JVM had a terminal as stdio at checkpoint and CRIU may not reconfigure a terminal in the restore container.',
    remedy:
      'Do not give the checkpoint run a terminal (no `-t`); checkpoint-image redirects the app\'s stdio to files. Restore with `--shell-job` (set by default; keep it in `restore-flags`).',
    docs: 'https://github.com/eclipse-openj9/openj9/issues/14265',
    sample: "Error (criu/tty.c:843): tty: Can't set tty params on 0x17, trying to skip...: Operation not permitted",
  },
  {
    id: 'criu-tty-no-session',
    category: 'tty',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [
      /Don't have tty to inherit session from/,
      /tty: No task found with sid/,
      /tty: Failed to set group \d+ on \d+/,
    ],
    role: 'root-cause',
    cause: 'The image expects to inherit a controlling terminal/session that the restore does not have.',
    remedy:
      'Checkpoint with stdio redirected away from a terminal (no `-t`) and restore with `--shell-job` (checkpoint-image does both; check `restore-flags`).',
    docs: 'https://github.com/checkpoint-restore/criu/issues/586',
    sample: "Error (criu/tty.c:1017): tty: Don't have tty to inherit session from, aborting",
  },
  {
    id: 'engine-tty-no-console-socket',
    category: 'tty',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // opencontainers/runc utils_linux.go (runner.run / checkTerminal): a container spec with
    // process.terminal=true (started with -t) restored or created detached without a console socket.
    patterns: [/cannot allocate tty if runc will detach without setting console socket/],
    role: 'root-cause',
    cause: 'The checkpointed container had a terminal (started with `-t`), and the restore cannot give it one.',
    remedy: 'Checkpoint a container started without `-t`/`--tty` (checkpoint-image runs it detached, its output in files); restore it the same way.',
    docs: CRIU_FAILS,
    sample: 'runc restore failed: cannot allocate tty if runc will detach without setting console socket',
  },
  {
    id: 'engine-tty-refused',
    category: 'tty',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // The engines' own refusals of a container with a terminal: moby daemon/checkpoint.go CheckpointCreate
    // ("checkpoint not support on containers with tty"), lxc/lxc src/lxc/criu.c exec_criu() ("lxc.console
    // configured on source host but not target": the dump recorded a console the restore host lacks)
    patterns: [/\bcheckpoint not support(?:ed)? on containers with tty\b/, /\blxc\.console configured on source host but not target\b/],
    role: 'root-cause',
    cause: 'The container has a terminal (started with `-t`, or a console in its config), which the engine will not checkpoint or cannot give back at restore.',
    remedy: 'Checkpoint a container started without `-t`/`--tty` and without a console (checkpoint-image runs the app detached, its output in files).',
    docs: CRIU_FAILS,
    // moby daemon/checkpoint.go, wrapped by the API client; instantiated
    sample: 'Error response from daemon: checkpoint not support on containers with tty',
  },

  // ── files that differ between checkpoint and restore ───────────────────────────────────────
  {
    id: 'criu-file-size-changed',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/File .+ has bad size \d+ \(expect \d+\)/],
    role: 'root-cause',
    cause: 'A file the process had open changed size after the dump (a log file appended to, a JAR rebuilt).',
    remedy:
      'Do not write to files that are part of the image after the checkpoint: send app logs to stdout or to a volume, and do not rebuild the JAR between checkpoint and restore.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/1258',
    sample: 'Error (criu/files-reg.c:2175): File app/java.log has bad size 43 (expect 41)',
  },
  {
    id: 'criu-file-mode-changed',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/File .+ has bad mode \d+ \(expect \d+\)/],
    role: 'root-cause',
    cause: 'A file the process had open has different permission bits at restore.',
    remedy: 'Restore from the image checkpoint-image committed; do not chmod or replace files of the checkpointed app in later layers.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/650',
    sample: 'Error (criu/files-reg.c:1680): File home/user1/tcp-howto has bad mode 0100755 (expect 0100775)',
  },
  {
    id: 'jvm-hsperfdata-missing',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Can't open file \/?tmp\/hsperfdata_\S+ on restore/],
    role: 'root-cause',
    cause: "The JVM's perf-data file /tmp/hsperfdata_<user>/<pid> was deleted after the dump (the JVM removes it on exit).",
    remedy: 'Add input `java-options: -XX:-UsePerfData` (checkpoint-image sets it for `runtime: criu`).',
    docs: 'https://github.com/checkpoint-restore/criu/issues/179',
    sample: "Error (criu/files-reg.c:2353): Can't open file tmp/hsperfdata_root/13967 on restore: No such file or directory",
  },
  {
    id: 'criu-file-missing',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/Can't open file .+ on restore: No such file or directory/],
    role: 'root-cause',
    cause: 'A file that was open at checkpoint does not exist in the restore container.',
    remedy:
      'Keep the file inside the image (not on a volume or tmpfs that is empty at restore), or close it before the checkpoint.',
    docs: CRIU_FAILS,
    sample: "Error (criu/files-reg.c:2353): Can't open file tmp/crlab/java.log on restore: No such file or directory",
    weight: 0.85,
  },
  {
    id: 'criu-empty-image',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: 'all',
    // containers/podman libpod/container_internal_common.go restore(): "a complete checkpoint for this container cannot be found"
    patterns: [/Unexpected EOF on \(empty-image\)/, /a complete checkpoint for this container cannot be found/],
    role: 'root-cause',
    cause: 'The checkpoint directory holds no complete image: the image was committed after a failed or missing dump.',
    remedy:
      'Read the checkpoint logs (dump.log / dump4.log) for the real failure; checkpoint-image only commits after `Dumping finished successfully`, so check `checkpoint-dir` points at the directory the dump wrote.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/1873',
    sample: 'Error (criu/protobuf.c:72): Unexpected EOF on (empty-image)',
  },
  {
    id: 'engine-checkpoint-archive-unreadable',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: 'all',
    // containers/podman pkg/checkpoint/crutils (CRImportCheckpoint*, CRApplyRootFsDiffTar): the exported
    // checkpoint archive or the root file-system diff in it cannot be opened or unpacked on the restore side
    patterns: [/\bfailed to open (?:pre-)?checkpoint archive \S+ for import\b/, /\bunpacking of (?:pre-)?checkpoint archive \S+ failed\b/, /\bfailed to (?:open|apply) root file-system diff file\b/],
    role: 'root-cause',
    cause: 'The exported checkpoint (its archive, or the root file-system diff inside it) is missing, incomplete or unreadable where it is restored.',
    remedy: 'Restore from the image checkpoint-image pushed (it carries the checkpoint in a layer); when moving archives yourself, copy the whole `--export` file and restore it with the same podman version.',
    docs: 'https://docs.podman.io/en/latest/markdown/podman-container-restore.1.html',
    sample: 'Error: failed to open checkpoint archive /tmp/app.tar.gz for import: open /tmp/app.tar.gz: no such file or directory',
  },

  // ── CPU features ───────────────────────────────────────────────────────────────────────────
  {
    id: 'crac-cpu-features',
    category: 'cpu-features',
    stages: ['restore'],
    runtimes: ['crac'],
    patterns: [/You have to specify -XX:CPUFeatures=/, /has incompatible CPU features/],
    role: 'root-cause',
    cause: 'The JVM was checkpointed using CPU features that the restore machine lacks.',
    remedy:
      'Checkpoint with input `java-options: -XX:CPUFeatures=generic` (checkpoint-image\'s default for `runtime: crac`; check it was not overridden), or with the feature mask the error prints.',
    docs: CRAC_CPU,
    sample:
      'You have to specify -XX:CPUFeatures=77ff9dddfbf7,3e6 together with -XX:CRaCCheckpointTo when making a checkpoint file; specified -XX:CRaCRestoreFrom file contains CPU features 77ff9dddfff7,3e6; missing features of this CPU are 400,0 = sse4a',
  },
  {
    id: 'criu-fpu-xsave-too-small',
    category: 'cpu-features',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/Can't set FPU registers for \d+: Bad address/, /max xsave frame exceed xsave_struct/],
    role: 'root-cause',
    cause:
      "The runner's CPU has AMX (Sapphire Rapids and newer): its XSAVE area is larger than CRIU ≤ 3.17 expects (including `3.17.1-crac` bundled in the CRaC JDKs), so the dump fails — only on the runners with such CPUs, which looks flaky.",
    remedy:
      'Use a JDK build whose CRIU is ≥ 4.0 (or a CRaC JDK with the CRaC CRIU that has CRaC/criu PR #24), or run on runners without AMX; restoring elsewhere needs the same CPU type.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2835',
    sample: "Error (compel/arch/x86/src/lib/infect.c:413): Can't set FPU registers for 3120: Bad address",
  },
  {
    id: 'jvm-illegal-instruction',
    category: 'cpu-features',
    stages: ['restore'],
    runtimes: 'all',
    // OpenJ9's crash report ("Type=Illegal instruction"), HotSpot's hs_err ("SIGILL (0x4) at pc="), the shell's message.
    // criu/cr-restore.c pr_err("%d killed by signal %d: %s"): a restored task that died of SIGILL (4)
    patterns: [/\bType=Illegal instruction\b/, /\bSIGILL \(0x4\) at pc=/, /\bIllegal instruction \(core dumped\)/, /\bkilled by signal 4\b/],
    role: 'root-cause',
    cause: 'The restored JVM executed an instruction this CPU does not have: the checkpoint was taken on a CPU with more features (AVX-512, AMX, ...).',
    remedy:
      'Restore on the CPU type the checkpoint was taken on, or make the checkpoint portable: CRaC `-XX:CPUFeatures=generic` at checkpoint (input `java-options`), OpenJ9/Liberty portable restore mode (the default; do not set -XX:+CRIURestoreNonPortableMode).',
    docs: CRAC_CPU,
    sample: '[2025-03-11T17:24:51.925Z] Type=Illegal instruction vmState=0x00000000',
  },
  {
    id: 'criu-fpu-unsupported',
    category: 'cpu-features',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/FPU feature required by image is not supported on host/],
    role: 'root-cause',
    cause: 'The image was dumped on a CPU with FPU/XSAVE features (AVX, AVX-512) the restore host does not have.',
    remedy:
      'Restore with input `restore-flags: --cpu-cap=none` (Liberty does this; the JVM must then avoid the features, e.g. OpenJ9 portable mode or CRaC `-XX:CPUFeatures=generic`), or checkpoint on the oldest CPU type.',
    docs: 'https://criu.org/Cpuinfo',
    sample: 'Error (criu/arch/x86/cpu.c:247): cpu: FPU feature required by image is not supported on host',
  },
  {
    id: 'cpu-feature-mismatch',
    category: 'cpu-features',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // The words every layer uses for it: OpenJ9's JIT (runtime/compiler/x/env/J9CPU.cpp "processor
    // feature"), CRaC (src/hotspot/cpu/x86/vm_version_x86.cpp "CPU features"), CRIU
    // (criu/arch/x86/cpu.c "cpu: ... capabilities", compel "xsave features").
    patterns: [
      /\b(?:processor|CPU|cpu) features?\b.*\b(?:not (?:match|compatible|supported)|missing|mismatch|did not match|incompatible)\b/i,
      /\b(?:missing|incompatible|unsupported) (?:processor|CPU|cpu) features?\b/i,
      /\bdid not match: processor feature \d+/,
    ],
    role: 'root-cause',
    cause: 'The CPU where the JVM is restored lacks features the checkpointed code (JIT-compiled code, glibc, CRIU) already uses.',
    remedy:
      'Checkpoint for a portable CPU level (CRaC `-XX:CPUFeatures=generic`, OpenJ9 portable restore mode, the default) in input `java-options`, and checkpoint and restore on the same runner type.',
    docs: CRAC_CPU,
    sample: 'Old API and new API did not match: processor feature 59',
    weight: 0.8,
  },
  {
    id: 'criu-cpu-caps-mismatch',
    category: 'cpu-features',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/CPU (?:instruction )?capabilit(?:i)?es do not match run time/],
    role: 'root-cause',
    cause: "CRIU's CPU compatibility check failed: the restore CPU lacks instructions the dumping CPU had.",
    remedy:
      'Restore with input `restore-flags: --cpu-cap=none` (or `--cpu-cap=fpu`) when the JVM was checkpointed in a portable CPU mode, or checkpoint on the oldest CPU type.',
    docs: 'https://criu.org/Cpuinfo',
    sample: 'cpu: CPU instruction capabilities do not match run time',
  },
  {
    id: 'openj9-jit-cpu-check-crash',
    category: 'cpu-features',
    stages: ['restore'],
    runtimes: ['openj9', 'liberty'],
    // OpenJ9's JIT asserts at code-generator start that its two CPU probes agree (eclipse-openj9/openj9
    // runtime/compiler/x/env/J9CPU.cpp TR_ASSERT_FATAL "Old API and new API did not match"), which a
    // restore on another CPU breaks: the crash's backtrace is TR::trap under initializeX86.
    patterns: [/CodeGenerator\d*initializeX86\w*/],
    context: /TR4trapEv|\bTR::trap\b/,
    role: 'root-cause',
    cause: "The restored JVM's JIT crashed checking the CPU: the checkpoint was taken on a CPU with other features (another vendor or generation).",
    remedy:
      'Restore on the CPU type the checkpoint was taken on, and keep OpenJ9 in portable restore mode (the default; do not set -XX:+CRIURestoreNonPortableMode).',
    docs: OPENJ9,
    // the frames as OpenJ9's crash handler prints them (mangled, +offset, address, module), instantiated
    sample: '_ZN3OMR3X8613CodeGenerator13initializeX86EPN2TR11CompilationE+0x8d1 (0x00007F0A11C3AD51 [libj9jit29.so+0x9b0d51])',
    contextSample: '_ZN2TR4trapEv+0x47 (0x00007F0A117FEA47 [libj9jit29.so+0x5cfa47])',
  },

  // ── kernel, CRIU or engine too old / lacking a feature ─────────────────────────────────────
  {
    id: 'criu-seccomp-suspend-unsupported',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint'],
    runtimes: 'all',
    // compel/src/lib/ptrace.c: PTRACE_O_SUSPEND_SECCOMP answers EINVAL where the kernel lacks it
    // (criu/cr-check.c prints the second line); old CRIU could not dump seccomp filters at all.
    patterns: [/suspending seccomp failed: Invalid argument/i, /Kernel doesn't support PTRACE_O_SUSPEND_SECCOMP/, /SECCOMP_MODE_FILTER not currently supported/],
    role: 'root-cause',
    cause: 'The kernel (or the CRIU version) cannot suspend the seccomp filter of the JVM: PTRACE_O_SUSPEND_SECCOMP is missing (kernel < 4.3) or CRIU predates seccomp support.',
    remedy: 'Use a current kernel and CRIU (the GitHub runners have both); as a stopgap only, input `security-opt: seccomp=unconfined` leaves no filter to suspend.',
    docs: 'https://criu.org/Check_the_kernel',
    sample: 'Error (criu/cr-check.c:759): Kernel doesn\'t support PTRACE_O_SUSPEND_SECCOMP',
  },
  {
    id: 'criu-rseq-unsupported',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/has rseq but kernel lacks get_rseq_conf feature/],
    role: 'root-cause',
    cause: 'glibc ≥ 2.35 registers restartable sequences but the kernel (< 5.13) cannot report them to CRIU.',
    remedy:
      'Use a kernel ≥ 5.13, or disable rseq in the app: input `env: GLIBC_TUNABLES=glibc.pthread.rseq=0` (and the same ENV in the image, for restore).',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2070',
    sample: 'Error (criu/cr-dump.c:203): 18 has rseq but kernel lacks get_rseq_conf feature',
  },
  {
    id: 'criu-vdso-too-old',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/Unexpected rt vDSO area bounds/],
    role: 'root-cause',
    cause: "CRIU older than 4.1 does not understand the kernel's vvar_vclock mapping (Linux ≥ 6.13): every criu command fails.",
    remedy:
      'Use CRIU ≥ 4.1 in the image (for CRaC, a JDK whose bundled criu includes CRaC/criu#25), or a runner kernel < 6.13.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2532',
    sample: 'Error (criu/vdso.c:381): vdso: Unexpected rt vDSO area bounds',
  },
  {
    id: 'criu-sockopt-passcred',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/Can't get 1:(?:16|34)(?:\(\d+\))? opt: Operation not supported/],
    role: 'root-cause',
    cause: 'CRIU older than 4.2 reads SO_PASSCRED/SO_PASSSEC on TCP sockets, which Linux ≥ 6.16 refuses.',
    remedy: 'Use CRIU ≥ 4.2 in the image, or a runner kernel < 6.16.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2705',
    sample: "Error (criu/sockets.c:628): sockets: Can't get 1:16 opt: Operation not supported",
  },
  {
    id: 'criu-dirty-tracking-off',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [
      /Dirty tracking is OFF\. Memory snapshot will not work/,
      /Tracking memory is not available/,
      /BUG at criu\/mem\.c:\d+/,
      // containers/podman libpod/container_internal_common.go (pre-checkpoint): the host cannot track memory
      /does not support memory tracking/,
    ],
    role: 'root-cause',
    cause: 'The kernel lacks soft-dirty page tracking (CONFIG_MEM_SOFT_DIRTY), so pre-dump and --track-mem cannot work.',
    remedy: 'Do not use `criu pre-dump` or `--track-mem` on this host; a plain dump works.',
    docs: 'https://criu.org/Memory_changes_tracking',
    sample: 'Error (criu/config.c:1131): Tracking memory is not available. Consider omitting --track-mem option.',
  },
  {
    id: 'oci-runtime-no-checkpoint',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint'],
    runtimes: 'all',
    // CRI-O (server/container_checkpoint.go, container_restore.go) answers the kubelet's checkpoint API
    // with "checkpoint/restore support not available" when enable_criu_support is off or CRIU is missing.
    // containerd (internal/cri/server container_checkpoint_linux.go): "criu support is disabled by configuration";
    // a CRI runtime without the checkpoint RPC answers the kubelet "code = Unimplemented" for CheckpointContainer;
    // docker/cli gates `docker checkpoint` and `start --checkpoint` on an experimental daemon
    // (cli/command/... "is only supported on a Docker daemon with experimental features enabled");
    // podman libpod "runtime %s does not support pod restore"
    patterns: [
      /configured runtime does not support checkpoint\/restore/i,
      /\bunknown command (?:checkpoint|restore)\b/,
      /checkpoint\/restore support not available/,
      /\bcriu support is disabled by configuration\b/,
      /\bcode = Unimplemented desc = .*(?:CheckpointContainer|checkpoint)/i,
      /\bcheckpoint\b[\w -]*"? is only supported on a Docker daemon with experimental features enabled/,
      /\bdoes not support pod restore\b/,
    ],
    role: 'root-cause',
    cause: 'The OCI runtime (typically crun built without CRIU) cannot checkpoint containers.',
    remedy: 'Switch podman to runc (`--runtime runc` or `runtime = "runc"` in containers.conf); checkpoint-image\'s host preparation does this.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2317',
    sample: 'Error: configured runtime does not support checkpoint/restore',
  },
  {
    id: 'crun-cgroups-hybrid',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup'],
    runtimes: 'all',
    patterns: [/cgroups in hybrid mode not supported/],
    role: 'root-cause',
    cause: 'crun refuses hosts with a hybrid cgroup v1/v2 layout.',
    remedy: 'Use runc as the OCI runtime (`runtime = "runc"` in containers.conf), as checkpoint-image\'s host preparation does.',
    docs: 'https://github.com/containers/crun/issues/1337',
    sample: 'Error: OCI runtime error: crun: cgroups in hybrid mode not supported, drop all controllers from cgroupv2',
  },
  {
    id: 'criu-not-installed',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint'],
    runtimes: ['openj9', 'liberty'],
    patterns: [/Can't exec criu swrk: No such file or directory/, /attempted to load libcriu\.so but was unable to/, /could not find critical criu functions in libcriu\.so/],
    role: 'root-cause',
    cause: 'The image has no CRIU: OpenJ9 CRIU support ships only with the Semeru UBI images.',
    remedy:
      'Build from an image that bundles CRIU, e.g. `icr.io/appcafe/ibm-semeru-runtimes:open-21-jdk-ubi-minimal` or an Open Liberty `*-ubi-minimal` image, with input `runtime: openj9`/`liberty`.',
    docs: 'https://github.com/eclipse-openj9/openj9/issues/18229',
    sample: 'org.eclipse.openj9.criu.SystemCheckpointException: The JVM attempted to load libcriu.so but was unable to: 1',
  },
  {
    id: 'criu-binary-missing',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint', 'restore'],
    runtimes: ['criu', 'openj9'],
    // containerd (pkg/cri, runtime/v2/runc) and CRI-O look CRIU up before they checkpoint: "criu binary
    // not found in shim path or system PATH" / "criu binary not found at <path>"; crun loads libcriu at
    // run time (src/libcrun/criu.c: "could not load `libcriu.so.2`").
    patterns: [
      /(?:^|\s|:\s)criu: (?:\d+: )?(?:not found|command not found)/,
      /exec: "criu": executable file not found/,
      /criu: No such file or directory/,
      /\bcriu binary not found\b/i,
      /could not load `?libcriu\.so/,
      // lxc/lxc src/lxc/criu.c exec_criu() / criu_version_ok(); lxc/incus and canonical/lxd migration ("CRIU isn't installed")
      /\bexecing criu failed, is it installed\b/,
      /\bCouldn't find criu binary\b/,
      /\bCRIU isn't installed\b/,
      // openjdk/crac src/java.base/unix/native/criuengine/criuengine.c: perror("exec criu") after execv of $JAVA_HOME/lib/criu
      /\bexec criu: No such file or directory\b/,
    ],
    role: 'root-cause',
    cause: 'The image has no `criu` on its PATH, so nothing can dump or restore the process.',
    remedy:
      'Install CRIU 4.2 or newer in the image (e.g. copy a `criu` binary to /usr/sbin/criu in the Containerfile), or use a runtime whose JDK bundles it: input `runtime: crac` with a CRaC JDK, or an OpenJ9 UBI image.',
    docs: 'https://criu.org/Installation',
    sample: 'sh: 1: criu: not found',
  },
  {
    id: 'criu-option-unknown',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // criu/crtools.c and criu/config.c parse options with getopt_long: an option this CRIU build
    // does not know is refused before anything runs (an older CRIU than the caller expects).
    patterns: [/\bcriu\S*: (?:unrecognized|unknown|invalid) option\b/, /\bcriu\S*: option '--[\w-]+' (?:requires|doesn't allow) an argument/],
    role: 'root-cause',
    cause: 'The CRIU binary is older (or built differently) than the caller expects and refuses one of its options.',
    remedy:
      'Use the CRIU that belongs to the JDK or engine (CRaC: the one in $JAVA_HOME/lib/criu; plain CRIU ≥ 4.2); drop options it does not know from input `restore-flags`.',
    docs: 'https://criu.org/CLI',
    sample: "/opt/jdk/lib/criu: unrecognized option '--shell-job'",
  },
  {
    id: 'criu-too-old',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // The engines' version gates before they call CRIU (containers/podman libpod
    // checkpointRestoreSupported: "checkpoint/restore requires at least CRIU %d"; runc
    // checkpoint.go: "--lsm-profile requires at least CRIU 3.16").
    // crun (src/libcrun/criu.c): "libcriu is too old", "... is supported in CRIU >= 3.16.1", "CRIU does
    // not support `src-nofollow` ...", "could not find symbol `x` in `libcriu.so`"
    patterns: [
      /requires at least CRIU\b/i,
      /\bCRIU (?:version )?(?:[\d.]+ )?(?:is )?too old\b/i,
      /\bneed(?:s)? (?:a )?(?:newer|at least) (?:version of )?CRIU\b/i,
      /\blibcriu is too old\b/,
      /\bsupported in CRIU >= [\d.]+/,
      /\bCRIU does not support `/,
      /could not find symbol `\w+` in `libcriu\.so`/,
      // opencontainers/runc libcontainer/criu_linux.go checkCriuVersion / checkCriuFeatures / handleCheckpointingExternalNamespaces
      /\bCRIU version \d+ must be \d+ or higher\b/,
      /\bcriu lacks support for external \w+ namespace\b/,
      /\bcriu is missing features\b/,
      // lxc/lxc src/lxc/criu.c criu_version_ok()
      /\bmust have criu [\d.]+ or greater\b/,
    ],
    role: 'root-cause',
    cause: 'The CRIU on this host is older than the container engine or the JDK requires.',
    remedy: 'Use CRIU ≥ 4.2 (checkpoint-image\'s host preparation builds it when the installed one is older), or the CRIU the JDK image bundles.',
    docs: 'https://criu.org/Installation',
    sample: 'Error: checkpoint/restore requires at least CRIU 31100',
  },
  {
    id: 'openj9-criu-crac-conflict',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['openj9'],
    patterns: [/JVMJ9VM237E|-XX:\+EnableCRIUSupport and -XX:CRaCCheckpointTo=\[DIR\] are not compatible/],
    role: 'root-cause',
    cause: 'OpenJ9 refused to start: -XX:+EnableCRIUSupport (CRIUSupport API) and -XX:CRaCCheckpointTo (CRaC mode) exclude each other (eclipse-openj9/openj9 runtime/vm/jvminit.c).',
    remedy:
      'For org.crac, name `-XX:CRaCCheckpointTo=<checkpoint-dir>` in input `java-options` and remove -XX:+EnableCRIUSupport from the image (its CMD, JAVA_TOOL_OPTIONS or OPENJ9_JAVA_OPTIONS): checkpoint-image then leaves it out. For the CRIUSupport API, drop -XX:CRaCCheckpointTo.',
    docs: 'https://eclipse.dev/openj9/docs/xxenablecriusupport/',
    sample: 'JVMJ9VM237E The command line options -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo=[DIR] are not compatible.',
  },
  {
    id: 'openj9-crac-not-enabled',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['openj9'],
    patterns: [/UnsupportedOperationException: CRaC support is not enabled/],
    role: 'root-cause',
    cause: 'The app called org.crac (jdk.crac.Core.checkpointRestore) on OpenJ9 without CRaC mode, which only -XX:CRaCCheckpointTo enables (eclipse-openj9/openj9 jcl/src/java.base/share/classes/jdk/crac/Core.java).',
    remedy: 'Name `-XX:CRaCCheckpointTo=<checkpoint-dir>` (default /opt/checkpoint) in input `java-options`: checkpoint-image then runs OpenJ9 in CRaC mode, without -XX:+EnableCRIUSupport.',
    docs: 'https://eclipse.dev/openj9/docs/criusupport/',
    sample: 'Exception in thread "main" java.lang.UnsupportedOperationException: CRaC support is not enabled',
  },
  {
    id: 'jvm-unrecognized-option',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: 'all',
    // HotSpot's argument parser (openjdk/jdk src/hotspot/share/runtime/arguments.cpp): an option this
    // JVM does not know, or a diagnostic/experimental one that was not unlocked, stops it at start-up
    patterns: [/Unrecognized VM option '[^']+'/, /VM option '[^']+' is (?:diagnostic|experimental) and must be enabled via/],
    role: 'root-cause',
    cause: 'The JVM refused one of its options and did not start: an option from input `java-options`, JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS or the image\'s command line that this JDK version does not know.',
    remedy:
      'Remove or correct the option named in the log (input `java-options`, the image\'s CMD or its JAVA_TOOL_OPTIONS). If it is one of trim-heap\'s options on an old JDK, set input `trim-heap: false`.',
    docs: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html',
    sample: "Unrecognized VM option 'NoSuchOption=1'",
  },
  {
    id: 'openj9-unprivileged-mode-unsupported',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint'],
    runtimes: ['openj9', 'liberty'],
    patterns: [/Cannot set CRIU unprivileged mode/],
    role: 'root-cause',
    cause: "The CRIU library in the image does not support unprivileged mode (or is missing), which OpenJ9's CRaC API requests.",
    remedy: 'Use a Semeru UBI image whose bundled CRIU supports `--unprivileged` (CRIU ≥ 3.17), with input `runtime: openj9`.',
    docs: 'https://github.com/eclipse-openj9/openj9/issues/19060',
    sample: 'openj9.internal.criu.SystemCheckpointException: Cannot set CRIU unprivileged mode, errno=-2',
  },
  {
    id: 'criu-diag-module-missing',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    // criu/sockets.c probe_err() in preload_socket_modules(): the kernel has no sock_diag module for a
    // socket family (CONFIG_INET_DIAG, UNIX_DIAG, PACKET_DIAG, NETLINK_DIAG). CRIU goes on (the probe
    // returns nothing), so a later error of the same run outranks it.
    patterns: [/\bDiag module missing \(-?\d+\)/],
    role: 'root-cause',
    cause: "The kernel lacks a socket-diagnostics module (sock_diag) CRIU uses to find the JVM's sockets.",
    remedy: 'Run on a kernel with the inet/unix/packet/netlink diag modules (the GitHub runners have them); a later error line, if any, is the one that stopped CRIU.',
    docs: 'https://criu.org/Check_the_kernel',
    sample: 'Error (criu/sockets.c:216): Diag module missing (-2)',
    weight: 0.45,
  },
  {
    id: 'criu-unseizable-task',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint'],
    runtimes: 'all',
    // compel/src/lib/infect.c compel_wait_task(): after PTRACE_SEIZE the task neither stopped nor became
    // a zombie (wait4 failed): the freezer or the kernel left it in a state this CRIU cannot handle.
    patterns: [/Unseizable non-zombie \d+ found/],
    role: 'root-cause',
    cause: 'CRIU could not take hold of a task it had seized: the cgroup freezer or the kernel left it in a state this CRIU does not handle.',
    remedy: 'Use a current CRIU and OCI runtime (a fix for the cgroup v2 freezer is in newer releases) and checkpoint a container that was started fresh, not one restored before.',
    docs: 'https://criu.org/Check_the_kernel',
    sample: 'Error (compel/src/lib/infect.c:261): Unseizable non-zombie 4242 found, state S, err -1/10',
    weight: 0.8,
  },
  {
    id: 'crun-criu-feature-check',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint'],
    runtimes: 'all',
    // containers/crun src/libcrun/criu.c: before a checkpoint crun asks libcriu which features CRIU
    // has (criu_feature_check); a failure there means CRIU itself could not run its check.
    // opencontainers/runc libcontainer/criu_linux.go checkCriuFeatures: "CRIU feature check failed: %w"
    patterns: [/CRIU feature checking failed:? -?\d+/, /\bCRIU memory tracking not supported\b/i, /\bCRIU feature check failed\b/],
    role: 'root-cause',
    cause: 'CRIU failed its own feature check before the checkpoint began: the CRIU build does not work on this kernel or lacks what the runtime asked for.',
    remedy: 'Install a CRIU release built for this distribution and kernel (run `criu check` on the host), and keep crun and CRIU from the same release stream.',
    docs: 'https://criu.org/Check_the_kernel',
    sample: 'CRIU feature checking failed: -52',
    weight: 0.85,
  },
  {
    id: 'criu-kerndat-failed',
    category: 'kernel-or-criu-unsupported',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/Could not initialize kernel features detection/],
    role: 'symptom',
    cause: "CRIU's kernel feature probe failed before it did anything; the error lines just above name the failing probe.",
    remedy: 'Read the `Error` lines before it in this log; frequent causes are a missing `--unprivileged`, missing capabilities, or a CRIU too old for the kernel.',
    docs: CRIU_FAILS,
    sample: 'Error (criu/crtools.c:280): Could not initialize kernel features detection.',
    weight: 0.7,
  },

  // ── memory and resources ───────────────────────────────────────────────────────────────────
  {
    id: 'criu-out-of-memory',
    category: 'memory-or-resource',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/Cannot allocate memory/, /mapping with 0xfffffffffffffff4/, /not enough memory for the allocation/],
    role: 'root-cause',
    cause: 'The kernel refused memory while CRIU mapped the process (container memory limit or overcommit).',
    remedy:
      'Raise the memory limit of the restore container, or shrink the checkpointed heap with input `java-options` (e.g. `-Xmx256m -XX:+UseSerialGC`).',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2364',
    sample: 'Error (cr-restore.c:333): Unable to map ANON_VMA: Cannot allocate memory',
    weight: 0.85,
  },
  {
    id: 'disk-full',
    category: 'memory-or-resource',
    stages: ['checkpoint', 'restore', 'setup'],
    runtimes: 'all',
    patterns: [/No space left on device/],
    role: 'root-cause',
    cause: 'The disk filled up while writing the checkpoint, logs or image layers.',
    remedy:
      'Free runner disk space, shrink the heap before the checkpoint (`java-options: -Xmx...`), or point `checkpoint-dir` at a larger volume.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/217',
    sample: 'IOError: [Errno 28] No space left on device',
    weight: 0.85,
  },
  {
    id: 'lxd-state-size',
    category: 'memory-or-resource',
    stages: ['checkpoint'],
    runtimes: 'all',
    // lxc/incus internal/server/instance/drivers (canonical/lxd alike): a stateful stop or snapshot writes the
    // instance's memory to its state volume, which must be at least as large as limits.memory
    patterns: [/\bStateful (?:stop|snapshots?)(?: and snapshots)? requires? (?:that )?the instance limits\.memory be less than/],
    role: 'root-cause',
    cause: "The instance's memory does not fit the volume its checkpoint is written to (limits.memory above size.state).",
    remedy: 'Raise the root disk\'s `size.state` to at least `limits.memory` (or lower the memory limit) before a stateful stop, snapshot or live migration.',
    docs: 'https://linuxcontainers.org/incus/docs/main/howto/instances_snapshots/',
    sample: 'Error: Stateful stop and snapshots require the instance limits.memory be less than or equal to the root disk size.state property',
  },
  {
    id: 'oci-rlimit-denied',
    category: 'memory-or-resource',
    stages: ['setup'],
    runtimes: 'all',
    patterns: [/error setting rlimits?\b/, /setrlimit `?RLIMIT_\w+`?: Operation not permitted/],
    role: 'root-cause',
    cause: "The container runtime cannot raise the container's rlimits (the host lacks CAP_SYS_RESOURCE for podman's defaults).",
    remedy:
      'Set `default_ulimits` (nofile/nproc within the host hard limits) in containers.conf or pass `--ulimit`; checkpoint-image\'s host preparation does this.',
    docs: 'https://github.com/containers/podman/blob/main/docs/source/markdown/options/ulimit.md',
    sample: 'Error: crun: setrlimit `RLIMIT_NOFILE`: Operation not permitted: OCI permission denied',
  },

  {
    id: 'memory-killed',
    category: 'memory-or-resource',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // CRIU's allocator (include/common/xmalloc.h "%s: Can't allocate %li bytes") and the kernel's OOM
    // killer (mm/oom_kill.c "Out of memory: Killed process", memcg "Memory cgroup out of memory").
    // mm/oom_kill.c also prints "<comm> invoked oom-killer: gfp_mask=...", "oom-kill:constraint=..." and
    // "oom_reaper: reaped process N (comm)"; dump_header's "Memory cgroup stats for"
    patterns: [
      /\bCan't allocate \d+ bytes\b/,
      /\bOut of memory: Kill(?:ed)? process\b/i,
      /\bMemory cgroup out of memory\b/i,
      /\boom[-_]kill(?:er|ed)?\b.*\b(?:criu|java)\b/i,
      /\bOOMKilled\b/,
      /\binvoked oom-killer: gfp_mask=/,
      /\boom-kill:constraint=CONSTRAINT_\w+/,
      /\boom_reaper: reaped process \d+/,
      // __oom_kill_process: "Killed process %d (%s) total-vm:%lukB, ..." (printed only by the OOM killer)
      /\bKilled process \d+ \([^)]*\) total-vm:\d+kB/,
      // the OOM killer's own frames in the call trace dump_header prints (dump_stack, symbols as func+off/size):
      // mm/oom_kill.c out_of_memory and oom_kill_process, mm/memcontrol.c mem_cgroup_out_of_memory
      /\b(?:oom_kill_process|out_of_memory|mem_cgroup_out_of_memory)\+0x[0-9a-f]+\/0x[0-9a-f]+/,
    ],
    role: 'root-cause',
    cause: 'CRIU or the JVM ran out of memory (an allocation failed, or the kernel OOM killer stopped it) while saving or restoring.',
    remedy:
      'Give the container more memory (or no memory limit during the checkpoint run), and shrink the heap with input `java-options` (e.g. `-Xmx512m`) so the checkpoint and the restore fit.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/2364',
    // include/common/xmalloc.h pr_err("%s: Can't allocate %li bytes"), instantiated in criu/mem.c
    sample: 'Error (criu/mem.c:612): prepare_mappings: Can\'t allocate 4294967296 bytes',
    weight: 0.9,
  },
  {
    id: 'jvm-out-of-memory',
    category: 'memory-or-resource',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // The JVMs' own out-of-memory reports: java.lang.OutOfMemoryError (every JVM; OpenJ9's JVMDUMP lines name
    // it as java/lang/OutOfMemoryError), HotSpot's hs_err header for a failed native allocation
    // (src/hotspot/share/utilities/vmError.cpp: "There is insufficient memory for the Java Runtime Environment
    // to continue.", "Native memory allocation (mmap) failed to map ...").
    patterns: [/\bjava[./]lang[./]OutOfMemoryError\b/, /There is insufficient memory for the Java Runtime Environment to continue/, /Native memory allocation \((?:malloc|mmap)\) failed\b/],
    role: 'root-cause',
    cause: 'The JVM ran out of memory (heap, metaspace or native memory) while it was being checkpointed or restored, often because the restore container has less memory than the checkpoint run.',
    remedy:
      'Give the restore container at least the memory of the checkpoint run, and size the heap explicitly with input `java-options` (e.g. `-Xmx512m`) so checkpoint and restore agree.',
    docs: 'https://docs.azul.com/core/crac/crac-debugging',
    sample: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
    weight: 0.85,
  },

  // ── JVM and frameworks ─────────────────────────────────────────────────────────────────────
  {
    id: 'liberty-unsupported-feature',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['liberty'],
    patterns: [/CWWKC0456E/],
    role: 'root-cause',
    cause: 'server.xml enables Liberty features that InstantOn cannot checkpoint.',
    remedy: 'Remove the listed features (or user/product extensions) from server.xml, or build this app without InstantOn.',
    docs: `${LIBERTY_LIMITS}#features`,
    sample: 'CWWKC0456E: A checkpoint cannot be taken because the following features configured in the server.xml file are not supported for checkpoint: [usr:exampleFeature-1.0]',
  },
  {
    id: 'liberty-transaction-before-checkpoint',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['liberty'],
    patterns: [/WTRN0154E/, /WTRN0155W/],
    role: 'root-cause',
    cause: 'Application startup code began a transaction before the checkpoint (e.g. a loadOnStartup servlet).',
    remedy: 'Remove the early transaction (drop `loadOnStartup`), or checkpoint at `beforeAppStart` instead of `afterAppStart`.',
    docs: `${LIBERTY_LIMITS}#trans-before`,
    sample: 'WTRN0154E: The server checkpoint request failed because the transaction service is unable to begin a transaction.',
  },
  {
    id: 'liberty-config-changed-after-checkpoint',
    category: 'jvm-or-framework',
    stages: ['restore'],
    runtimes: ['liberty'],
    patterns: [/CWWKC0651W/],
    role: 'root-cause',
    cause: 'The app read a MicroProfile Config value before the checkpoint; the restored app keeps the stale value.',
    remedy: 'Inject the value as `Provider<T>` (dynamic) or read it after restore, or checkpoint at `beforeAppStart`.',
    docs: `${LIBERTY_LIMITS}#mp-config`,
    sample:
      '[WARNING ] CWWKC0651W: The MicroProfile configuration value for the key example_config has changed since the checkpoint action completed on the server. If the value of the key changes after the checkpoint action, the application might not use the updated value.',
  },
  {
    id: 'crac-checkpoint-dir-denied',
    category: 'missing-capability',
    stages: ['checkpoint'],
    runtimes: ['crac'],
    // openjdk/crac src/hotspot/share/runtime/crac.cpp ensure_checkpoint_dir: "Cannot create
    // CRaCCheckpointTo=%s: %s" with strerror; EACCES/EPERM: the JVM's user may not create it
    patterns: [/Cannot create CRaCCheckpointTo=\S+: (?:Permission denied|Operation not permitted)/],
    role: 'root-cause',
    cause: "The JVM's user may not create the checkpoint directory (-XX:CRaCCheckpointTo): the image runs as a non-root user and the directory's parent belongs to root.",
    remedy: 'Let checkpoint-image create the checkpoint directory (input `checkpoint-dir`, made in a layer owned by the image user), or `chown` its parent to the image USER in the Containerfile.',
    docs: AZUL_DEBUG,
    sample: '[0.012s][error][crac] Cannot create CRaCCheckpointTo=/opt/crac-files: Permission denied',
  },
  {
    id: 'crac-restore-image-missing',
    category: 'file-mismatch',
    stages: ['restore'],
    runtimes: ['crac'],
    // openjdk/crac src/hotspot/share/runtime/crac.cpp crac::restore: "Cannot open CRaCRestoreFrom=%s: %s",
    // "CRaCRestoreFrom=%s is not a directory"
    patterns: [/Cannot open CRaCRestoreFrom=\S+: No such file or directory/, /CRaCRestoreFrom=\S+ is not a directory/],
    role: 'root-cause',
    cause: 'The restore points at a checkpoint directory that is not there (-XX:CRaCRestoreFrom): the image was committed without the checkpoint, or the path differs from the one the checkpoint was written to.',
    remedy: 'Restore from the image checkpoint-image committed, whose CMD names its own `checkpoint-dir`; do not override the CMD or mount an empty volume over that directory.',
    docs: AZUL_DEBUG,
    sample: '[0.004s][error][crac] Cannot open CRaCRestoreFrom=/opt/crac-files: No such file or directory',
  },
  {
    id: 'crac-engine-missing',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint', 'restore'],
    runtimes: ['crac'],
    // openjdk/crac src/hotspot/share/runtime/crac_engine.cpp CracEngine::CracEngine / find_engine: the engine
    // library (criuengine, simengine) named by -XX:CRaCEngine is not in this JDK, or cannot be loaded
    patterns: [/\bCannot find CRaC engine \S+/, /\bDid not find CRaCEngine \S+ in /, /\bCRaCEngine file does not exist\b/, /\bCannot load CRaC engine library from\b/, /\bCRaC engine failed to initialize its API\b/],
    role: 'root-cause',
    cause: 'The JDK has no usable CRaC engine for -XX:CRaCEngine (the JDK is not a CRaC build, the engine library is missing, or it is from another JDK version).',
    remedy: 'Use a JDK with CRaC support (Azul Zulu/Liberica CRaC builds) in the image, with input `runtime: crac`; leave -XX:CRaCEngine at its default (criuengine) unless the JDK ships the engine you name.',
    docs: AZUL_DEBUG,
    // crac_engine.cpp log_error(crac)("Cannot find CRaC engine %s"), instantiated
    sample: '[0.005s][error][crac] Cannot find CRaC engine criuengine',
  },
  {
    id: 'openj9-checkpoint-dir',
    category: 'missing-capability',
    stages: ['checkpoint', 'restore'],
    runtimes: ['openj9', 'liberty'],
    // eclipse-openj9/openj9 runtime/nls/j9vm/j9vm.nls J9NLS_VM_CRIU_FAILED_TO_OPEN_DIR / _WORK_DIR
    // with EPERM (1) or EACCES (13): the JVM's user may not write the checkpoint directory.
    patterns: [/Could not open the (?:checkpoint data|work) directory, errno=(?:1|13)\b/],
    role: 'root-cause',
    cause: "The JVM's user may not open or write the checkpoint directory (it runs as a non-root user, e.g. Semeru's 1001, and the directory belongs to root).",
    remedy: 'Let checkpoint-image create the checkpoint directory (input `checkpoint-dir`, made in a layer owned by the image user), or `chown` it to the image USER in the Containerfile.',
    docs: OPENJ9,
    sample: 'Could not open the checkpoint data directory, errno=13',
  },
  {
    id: 'openj9-restore-internal',
    category: 'jvm-or-framework',
    stages: ['checkpoint', 'restore'],
    runtimes: ['openj9', 'liberty'],
    // eclipse-openj9/openj9 runtime/nls/j9vm/j9vm.nls: the VM's own steps around a checkpoint or restore
    // (J9NLS_VM_CRIU_RESTORE_INITIALIZE_TRACE_FAILED/_DUMP_FAILED, _RESTORE_RESEED_*, _RESTORE_RESET_VIRTUALTHREAD_*,
    // _FAILED_DELAY_LOCK_RELATED_OPS, _NEGATIVE_CHECKPOINT_RESTORE_TIME_DELTA, _CHECK_TRANSITION_TO_DEBUG_INTERPRETER_FAILED)
    patterns: [
      /The JVM could not (?:initialize X(?:trace|dump) upon restoring|re-seed j\.u\.Random|reset java\.lang\.VirtualThread)/,
      /Could not run delayed lock-related operations successfully/,
      /negative value calculated for checkpointRestoreTimeDelta/,
      /The check for the transition to the debug interpreter failed/,
    ],
    role: 'root-cause',
    cause: 'OpenJ9 failed one of its own steps around the checkpoint or restore (re-initialising trace, dumps, random seeds, virtual-thread pools or the clock): a JVM defect, not the container.',
    remedy: 'Move to the latest Semeru build of the same Java version; remove restore-time -Xtrace/-Xdump options (OPENJ9_RESTORE_JAVA_OPTIONS) if the message names them.',
    docs: OPENJ9,
    sample: 'org.eclipse.openj9.criu.JVMRestoreException: The JVM could not initialize Xdump upon restoring the JVM',
    weight: 0.85,
  },
  {
    id: 'openj9-restore-options',
    category: 'jvm-or-framework',
    stages: ['restore'],
    runtimes: ['openj9', 'liberty'],
    // eclipse-openj9/openj9 runtime/nls/j9vm/j9vm.nls J9NLS_VM_CRIU_LOADING_OPTIONS_FILE_FAILED,
    // _FAILED_TO_ENABLE_ALL_RESTORE_OPTIONS, _FAILED_TO_ENABLE_JDWP_RESTORE_OPTION
    patterns: [/The JVM could not (?:load the options file|enable all the restore options specified|enable \S+ in the restore option file)/],
    role: 'root-cause',
    cause: 'OpenJ9 could not apply the options given for the restore (an options file it cannot read, or an option that cannot change after the checkpoint).',
    remedy: 'Pass at restore only the options OpenJ9 accepts then (see -XX:+IgnoreUnrecognizedRestoreOptions), or move them to the checkpoint run with input `java-options`.',
    docs: 'https://eclipse.dev/openj9/docs/xxignoreunrecognizedrestoreoptions/',
    sample: 'The JVM could not enable all the restore options specified',
  },
  {
    id: 'openj9-not-checkpoint-safe',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['openj9', 'liberty'],
    // eclipse-openj9/openj9 runtime/vm/j9vm.tdf Trc_VM_criu_checkpointJVMImpl_checkIfSafeToCheckpointBlockedVer
    // (trace point j9vm.731): printed on each retry while a thread sits in such a frame.
    patterns: [/@NotCheckpointSafe frames/, /Checkpoint blocked because thread=\S+ is in method=\S+ due to delay code \d+/],
    role: 'root-cause',
    cause: 'A thread kept running code marked @NotCheckpointSafe (e.g. holding a class-loading lock) and the checkpoint gave up.',
    remedy: 'Trigger the checkpoint when the app is idle (finish `warmup-url` requests first, wait for `ready-log`), or retry with a longer `checkpoint-timeout`.',
    docs: OPENJ9,
    sample: 'JVM attempted to checkpoint but was unable to due to code being executed in @NotCheckpointSafe frames',
  },
  {
    id: 'openj9-single-thread-blocking',
    category: 'jvm-or-framework',
    stages: ['checkpoint', 'restore'],
    runtimes: ['openj9', 'liberty'],
    patterns: [/Blocking operation is not allowed in CRIU single thread mode/],
    role: 'root-cause',
    cause: 'A checkpoint/restore hook blocked (lock, sleep, I/O wait) while OpenJ9 runs hooks in single-threaded mode.',
    remedy: 'Move blocking work out of the CRIU hooks (register it as a non-single-threaded hook or do it after restore).',
    docs: OPENJ9,
    sample: 'Blocking operation is not allowed in CRIU single thread mode',
  },
  {
    id: 'openj9-jvm-checkpoint-refused',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['openj9', 'liberty'],
    // eclipse-openj9/openj9 runtime/criusupport/criusupport.c (PR #13276): JVMCheckpointException is
    // thrown when the JVM side refuses (checkpoint hooks, @NotCheckpointSafe frames, a thread it
    // cannot stop), SystemCheckpointException when CRIU fails, RestoreException on restore.
    patterns: [/\bJVMCheckpointException\b/],
    role: 'root-cause',
    cause: 'OpenJ9 refused the checkpoint on the JVM side (a checkpoint hook threw, or a thread could not be brought to a safe point); CRIU never ran.',
    remedy: "Read the exception's message and `Caused by:` lines: fix or remove the failing hook in the app, and trigger the checkpoint when the app is idle (after `warmup-requests`, on `ready-log`).",
    docs: OPENJ9,
    sample: 'openj9.internal.criu.JVMCheckpointException: Exception thrown when running user pre-checkpoint',
    weight: 0.8,
  },
  {
    id: 'liberty-checkpoint-prepare-failed',
    category: 'jvm-or-framework',
    stages: ['checkpoint', 'restore'],
    runtimes: ['liberty'],
    // OpenLiberty/open-liberty dev/io.openliberty.checkpoint/resources/.../CheckpointMessages.nlsprops:
    // CWWKC0457E a hook failed preparing the checkpoint, CWWKC0458E one failed restoring,
    // CWWKC0459E the JVM has no checkpoint support.
    patterns: [/CWWKC045[789]E/],
    role: 'root-cause',
    cause: 'Liberty itself stopped the checkpoint or restore: a feature or application hook failed preparing it (CWWKC0457E) or restoring (CWWKC0458E), or the JVM has no checkpoint support (CWWKC0459E).',
    remedy:
      'Read the message quoted after the id: fix the failing application hook, or build from an InstantOn image with a Semeru JVM (`icr.io/appcafe/open-liberty:*-ubi-minimal` or `open-liberty:*-kernel-slim-java*-openj9-ubi`).',
    docs: LIBERTY,
    sample: 'CWWKC0459E: A checkpoint cannot be taken because the Java version used does not support checkpoint.',
    weight: 0.85,
  },
  {
    id: 'liberty-checkpoint-exit-jvm',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['liberty'],
    // Liberty's server script ends a failed `checkpoint.sh`/`server checkpoint` with a code per failure (open-liberty
    // checkpoint FAT TestMethod: 70 UNSUPPORTED_IN_JVM, 71 UNSUPPORTED_DISABLED_IN_JVM, 72 LIBERTY_PREPARE_FAILED,
    // 73 JVM_CHECKPOINT_FAILED; 74 SYSTEM_CHECKPOINT_FAILED and 75 UNKNOWN are CRIU's); a build shows only the code
    patterns: [/\bcheckpoint\.sh\b.*(?:exit status|non-zero code:?|exit code:?)\s*7[0-3]\b/],
    role: 'root-cause',
    cause: 'Liberty refused the checkpoint on the JVM side (exit code 70/71: the JVM has no or disabled CRIU support; 72: a Liberty feature or hook failed preparing; 73: the JVM could not checkpoint).',
    remedy:
      'Build from a Liberty InstantOn image with a Semeru JVM (`icr.io/appcafe/open-liberty:*-ubi-minimal`) and read the CWWKC04xx message before the exit code for the failing feature or hook.',
    docs: LIBERTY,
    sample: 'Error: building at STEP "RUN checkpoint.sh afterAppStart": while running runtime: exit status 72',
    weight: 0.7,
  },
  {
    id: 'liberty-checkpoint-exit-system',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['liberty'],
    // the same script's 74 SYSTEM_CHECKPOINT_FAILED / 75 UNKNOWN_CHECKPOINT: CRIU failed under Liberty
    patterns: [/\bcheckpoint\.sh\b.*(?:exit status|non-zero code:?|exit code:?)\s*7[45]\b/],
    role: 'symptom',
    // InstantOn needs CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP; a build without them is the usual reason
    usualCause: 'missing-capability',
    cause: "Liberty's checkpoint failed in CRIU (exit code 74); the CRIU error is in logs/checkpoint/checkpoint.log.",
    remedy: 'Build with the capabilities InstantOn needs (`--cap-add=CHECKPOINT_RESTORE --cap-add=SYS_PTRACE --cap-add=SETPCAP --security-opt seccomp=unconfined`), and read logs/checkpoint/checkpoint.log for the CRIU `Error` line.',
    docs: LIBERTY,
    sample: 'Error: building at STEP "RUN checkpoint.sh afterAppStart": while running runtime: exit status 74',
    weight: 0.7,
  },
  {
    id: 'jvm-crash',
    category: 'jvm-or-framework',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // The JVMs' crash banners: OpenJ9's "Unhandled exception / Type=Segmentation error" (runtime/port
    // signal handling, javacore), HotSpot's hs_err header. (An illegal instruction is jvm-illegal-instruction.)
    patterns: [/\bType=(?:Segmentation error|Bus error|Unhandled trap|Floating point error)\b/, /A fatal error has been detected by the Java Runtime Environment/],
    role: 'root-cause',
    cause: 'The JVM itself crashed while preparing or resuming the checkpoint (a JVM defect, often fixed in a later build).',
    remedy: 'Move to the latest build of the JDK image (Semeru, CRaC JDK); report the crash with its javacore/hs_err file if it persists.',
    docs: OPENJ9,
    sample: 'Type=Segmentation error vmState=0x00040000',
    weight: 0.7,
  },
  {
    id: 'crac-native-checkpoint-failed',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['crac'],
    // newer builds (openjdk/crac src/hotspot/share/runtime/crac.cpp checkpoint_restore): "CRaC engine
    // failed to checkpoint to <dir>: error <n>"
    patterns: [/invalid info for restore provided/, /CRaC engine failed to checkpoint to \S+: error -?\d+/],
    role: 'symptom',
    cause: 'The native (CRIU) part of the CRaC checkpoint failed; the JVM carried on without an image.',
    remedy:
      'Read dump4.log in `checkpoint-dir`; usually criu lacks root/SUID or capabilities (`cap-add: CHECKPOINT_RESTORE,SYS_PTRACE`) or seccomp blocks it (`security-opt: seccomp=unconfined`).',
    docs: AZUL_DEBUG,
    sample: 'JVM: invalid info for restore provided: queued code -1',
  },
  {
    id: 'crac-restore-failed',
    category: 'jvm-or-framework',
    stages: ['restore'],
    runtimes: ['crac'],
    patterns: [/\[crac\]\s*Failed to restore checkpoint/],
    role: 'symptom',
    cause: 'The CRaC JVM could not restore the image; the lines before it say why.',
    remedy: 'Read the `[error][crac]` lines above and restore-criu.log in `checkpoint-dir`.',
    docs: AZUL_DEBUG,
    sample: '[0.066s][error][crac] Failed to restore checkpoint',
    weight: 0.8,
  },
  {
    id: 'crac-checkpoint-exception',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['crac', 'openj9'],
    patterns: [/\bCheckpointException\b/],
    role: 'symptom',
    cause: 'The CRaC checkpoint was refused; the cause is in the `Suppressed:` lines that follow.',
    remedy: 'Look at the `Suppressed:` exceptions under it; add `-Djdk.crac.collect-fd-stacktraces=true` to input `java-options` to see who opened each resource.',
    docs: AZUL_ERRORS,
    sample: 'jdk.internal.crac.mirror.CheckpointException',
    weight: 0.6,
  },
  {
    id: 'spring-crac-refresh-failed',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['crac'],
    patterns: [/Failed to take CRaC checkpoint on refresh/],
    role: 'symptom',
    // CRaC refuses a checkpoint for what is still open (openjdk/crac: every descriptor left open is a
    // CheckpointOpenFileException, sockets under Spring's lifecycle are closed by Spring itself)
    usualCause: 'open-file',
    cause: "Spring's automatic checkpoint (-Dspring.context.checkpoint=onRefresh) failed; the CRaC exception below has the cause.",
    remedy: 'Read the `Suppressed:`/`Caused by:` lines below it.',
    docs: 'https://docs.spring.io/spring-framework/reference/integration/checkpoint-restore.html',
    sample: 'org.springframework.context.ApplicationContextException: Failed to take CRaC checkpoint on refresh',
    weight: 0.7,
  },
  // Before openj9-dump-failed: Liberty's CWWKC0453E line quotes OpenJ9's message, and the Liberty
  // entry points at the right log file.
  {
    id: 'liberty-checkpoint-failed',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['liberty'],
    patterns: [/CWWKC0453E/, /CWWKE0962E/],
    role: 'symptom',
    // InstantOn needs CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP (openliberty.io instanton.html); a
    // container without them is the usual reason CRIU cannot run or dump
    usualCause: 'missing-capability',
    cause: "Liberty's checkpoint failed; the message and logs/checkpoint/checkpoint.log carry the CRIU error.",
    remedy: 'Read logs/checkpoint/checkpoint.log (collected in the log folder) for the CRIU `Error` line.',
    docs: LIBERTY,
    sample: '[ERROR   ] CWWKC0453E: The server checkpoint request failed with the following message: Could not dump the JVM processes, err=-70',
    weight: 0.8,
  },
  {
    id: 'openj9-criu-not-run',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['openj9', 'liberty'],
    // eclipse-openj9/openj9 runtime/nls/j9cl/j9jcl.nls J9NLS_JCL_CRIU_DUMP_FAILED "Could not dump the JVM processes,
    // err=%li" with libcriu's return: -ECOMM (-70) when the request to `criu swrk` could not be sent or answered
    // (checkpoint-restore/criu lib/c/criu.c send_req_and_recv_resp_sk), i.e. criu never ran or died at once,
    // most often because the kernel refused to exec it with its file capabilities
    patterns: [/Could not dump the JVM process\w*, err=-70\b/],
    role: 'symptom',
    usualCause: 'missing-capability',
    cause: 'OpenJ9 could not talk to CRIU (libcriu err=-70, ECOMM): criu did not start or died at once, most often because the container lacks the capabilities its criu binary needs.',
    remedy: `Grant the checkpoint capabilities (${CAPS_HINT}); the line \`Can't exec criu swrk\` in the output, if any, names the refusal.`,
    docs: OPENJ9,
    sample: 'org.eclipse.openj9.criu.SystemCheckpointException: Could not dump the JVM processes, err=-70',
    weight: 0.8,
  },
  {
    id: 'openj9-dump-failed',
    category: 'jvm-or-framework',
    stages: ['checkpoint'],
    runtimes: ['openj9', 'liberty'],
    patterns: [/Could not dump the JVM process\w*, err=-?\d+/],
    role: 'symptom',
    cause: 'CRIU failed while OpenJ9 was checkpointing (err=-52: the dump failed; err=-70: criu could not be run).',
    remedy: 'Read the CRIU log (criu.log, or Liberty logs/checkpoint/checkpoint.log) for the `Error` line; check capabilities (`cap-add`) and seccomp (`security-opt`).',
    docs: OPENJ9,
    sample: 'SystemCheckpointException: Could not dump the JVM processes, err=-52',
    weight: 0.8,
  },
  {
    id: 'openj9-restore-exception',
    category: 'jvm-or-framework',
    stages: ['restore'],
    runtimes: ['openj9', 'liberty'],
    patterns: [/JVMRestoreException/],
    role: 'symptom',
    cause: 'OpenJ9 rejected the restore, typically because of options given only at restore (OPENJ9_RESTORE_JAVA_OPTIONS) that it does not support.',
    remedy: 'Remove the unsupported restore-time options, or add `-XX:+IgnoreUnrecognizedRestoreOptions`.',
    docs: 'https://eclipse.dev/openj9/docs/xxignoreunrecognizedrestoreoptions/',
    sample: 'org.eclipse.openj9.criu.JVMRestoreException',
    weight: 0.8,
  },
  {
    id: 'liberty-restore-failed',
    category: 'jvm-or-framework',
    stages: ['restore'],
    runtimes: ['liberty'],
    // (CheckpointMessages.nlsprops CWWKC0454E: "The server failed to restore from a checkpoint", the
    // restore's own wrapper; a CWWKC0458E on the same line names a failing hook, liberty-checkpoint-prepare-failed)
    patterns: [/CWWKE0961I/, /CWWKE0957I/, /CWWKE0964E/, /CWWKC0454E/],
    role: 'symptom',
    // the restore needs CHECKPOINT_RESTORE and SETPCAP (criu's file capabilities); a platform that does
    // not grant them (OpenShift's restricted SCC) is the usual reason
    usualCause: 'missing-capability',
    cause: 'Liberty could not restore the checkpoint and cold-started (or stopped, with recovery disabled).',
    remedy: 'Read /logs/checkpoint/restore.log; checkpoint-image\'s verify run sets CRIU_RESTORE_DISABLE_RECOVERY=true so a failed restore is not hidden by a cold start (the pushed image keeps Liberty\'s default, which cold-starts).',
    docs: `${LIBERTY_LIMITS}#linux`,
    sample:
      'CWWKE0961I: Restoring the checkpoint server process failed. Check the /logs/checkpoint/restore.log log to determine why the checkpoint process was not restored. Launching the server without using the checkpoint image.',
    weight: 0.9,
  },

  // ── verify verdicts (written by checkpoint-image's verify step into verify/*/verdict.log) ──
  {
    id: 'silent-cold-start',
    category: 'jvm-or-framework',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/checkpoint-image verify: .*silent cold start/],
    role: 'root-cause',
    cause: 'The restore image answered, but none of its logs shows a restore: the app started cold, so the image is no faster than the original (Liberty falls back to a cold start when its restore fails; a CRaC or OpenJ9 JVM started without its restore options ignores the checkpoint).',
    remedy:
      'Keep the restore command checkpoint-image committed (do not override CMD/ENTRYPOINT in a later layer or at `podman run`); for Liberty, set `CRIU_RESTORE_DISABLE_RECOVERY=true` when you run the image yourself to see a failed restore fail instead of cold-starting (checkpoint-image\'s verify run does); then read verify/restore-*/ for why the restore was skipped.',
    docs: 'https://criu.org/Docker',
    sample: 'checkpoint-image verify: The restore image answered, but none of its logs shows a restore (Restore finished successfully): it was a silent cold start.',
  },
  {
    id: 'restore-container-exited',
    category: 'other',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/checkpoint-image verify: .*the container exited \(code \d+\) before answering/],
    // the restore log usually names the real cause (PID in use, missing capability, CPU features)
    role: 'symptom',
    cause: 'The restore container stopped before it answered: the restore failed, or the restored app exited.',
    remedy: 'Read verify/restore-*/restore.log and container-output.log for the first error; the findings above it name the cause when it is a known one.',
    docs: 'https://criu.org/Docker',
    sample: 'checkpoint-image verify: The restore container did not answer: the container exited (code 1) before answering.',
    weight: 0.5,
  },

  // ── other ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'registry-unauthorized',
    category: 'other',
    stages: ['setup'],
    runtimes: 'all',
    patterns: [/unauthorized: authentication required/, /invalid username\/password/],
    role: 'root-cause',
    cause: 'The registry rejected the push or pull: not logged in, or wrong credentials.',
    remedy: 'Set inputs `username` and `password` (a token allowed to push to `image`), or log in before the action runs.',
    docs: 'https://docs.podman.io/en/latest/markdown/podman-login.1.html',
    sample: 'reading manifest restore in 127.0.0.1:5001/app: unauthorized: authentication required',
  },
  {
    id: 'registry-unreachable',
    category: 'other',
    stages: ['setup'],
    runtimes: 'all',
    patterns: [/pinging container registry [^:]+(?::\d+)?: Get "[^"]+": dial tcp [^:]+(?::\d+)?: connect: connection refused/, /pinging container registry .*(?:no such host|i\/o timeout)/],
    role: 'root-cause',
    cause: 'The registry did not answer: nothing listens at that address, or the name does not resolve.',
    remedy: 'Check input `registry` (host and port) and that the registry is running and reachable from the runner; checkpoint-image retried the push before giving up.',
    docs: 'https://docs.podman.io/en/latest/markdown/podman-push.1.html',
    sample: 'Error: trying to reuse blob sha256:e95c at destination: pinging container registry 127.0.0.1:40303: Get "http://127.0.0.1:40303/v2/": dial tcp 127.0.0.1:40303: connect: connection refused',
  },
  {
    id: 'registry-plain-http',
    category: 'other',
    stages: ['setup'],
    runtimes: 'all',
    patterns: [/server gave HTTP response to HTTPS client/],
    role: 'root-cause',
    cause: 'The registry speaks plain HTTP but the client expected HTTPS.',
    remedy: 'Use an HTTPS registry, or set input `tls-verify: false` for a plain-HTTP registry you trust (`insecure-registries` for Docker).',
    docs: 'https://docs.podman.io/en/latest/markdown/podman-push.1.html',
    sample:
      'pinging container registry 127.0.0.1:5001: Get "https://127.0.0.1:5001/v2/": http: server gave HTTP response to HTTPS client',
  },
  {
    id: 'criu-dump-failed',
    category: 'other',
    stages: ['checkpoint'],
    runtimes: 'all',
    patterns: [/\bDumping FAILED\b/],
    role: 'symptom',
    cause: 'CRIU gave up the dump; the first `Error` lines above this one name the cause.',
    remedy: 'Read the `Error (...)` lines before it in the same log (the log folder has the full dump log).',
    docs: CRIU_FAILS,
    sample: 'Error (criu/cr-dump.c:1975): Dumping FAILED.',
    weight: 0.5,
  },
  // ── issue 14, fifth pass: specific CRIU and JVM lines that name their cause ────────────────
  {
    id: 'criu-session-leader-outside-pidns',
    category: 'tty',
    stages: ['checkpoint'],
    runtimes: 'all',
    // criu/cr-dump.c dump_one_task: pr_err("A session leader of %d(%d) is outside of its pid namespace")
    // when the task's sid is 0 in its namespace: the session (and its controlling terminal) belongs to
    // a process outside the dumped tree, the shell or launcher that started the app.
    patterns: [/\bA session leader of \d+\(\d+\) is outside of its pid namespace\b/],
    role: 'root-cause',
    cause: "The app's session leader (the shell or launcher that started it, with its terminal) is outside the container's PID namespace, so CRIU cannot save the session.",
    remedy: 'Make the app its own session leader: `exec` it as PID 1 of the container or start it with `setsid`, with stdio on files rather than a terminal (no `-t`).',
    docs: 'https://criu.org/Advanced_usage#Shell_jobs_C.2FR',
    // criu/cr-dump.c pr_err("A session leader of %d(%d) is outside of its pid namespace"), instantiated
    sample: '(00.041210) Error (criu/cr-dump.c:1402): A session leader of 812(7) is outside of its pid namespace',
  },
  {
    id: 'criu-nested-namespace',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint'],
    runtimes: 'all',
    // criu/namespaces.c generate_ns_id: pr_err("Can't dump nested %s namespace for %d") for a task in a
    // namespace of its own below the dumped tree's root, of a kind CRIU cannot nest (anything outside
    // CLONE_SUBNS, i.e. not mount or net: uts, ipc, pid, cgroup, time).
    patterns: [/\bCan't dump nested \w+ namespace for \d+/],
    role: 'root-cause',
    cause: 'A process of the app sits in a namespace of its own (a sandbox or a nested container), a kind of nesting CRIU cannot dump.',
    remedy: "Keep every process of the app in the container's own namespaces: no nested containers, and turn off sandboxes that unshare namespaces (e.g. a browser's `--no-sandbox`).",
    docs: CRIU_FAILS,
    // criu/namespaces.c pr_err("Can't dump nested %s namespace for %d"), instantiated
    sample: "(00.012000) Error (criu/namespaces.c:470): Can't dump nested ipc namespace for 2417",
  },
  {
    id: 'criu-restored-task-crashed',
    category: 'kernel-or-criu-unsupported',
    stages: ['restore'],
    runtimes: 'all',
    // criu/cr-restore.c sigchld_process: pr_err("%d killed by signal %d: %s") / ("%d stopped by signal %d: %s")
    // while CRIU still owns the tasks: a restored task that faulted (SIGSEGV 11, SIGBUS 7) inside CRIU's
    // restorer, i.e. CRIU rebuilt a state this CRIU build or kernel cannot (e.g. glibc's rseq area). SIGILL,
    // SIGSYS and SIGKILL have their own signatures (cpu, seccomp, memory).
    patterns: [/\bError \((?:[\w.-]+\/)*cr-restore\.c:\d+\):.*\b\d+ (?:killed|stopped) by signal (?:7|11)\b/],
    role: 'root-cause',
    cause: 'A restored task crashed (SIGSEGV/SIGBUS) before CRIU handed it back: this CRIU cannot rebuild some state of the process on this kernel or libc.',
    remedy: 'Use the newest CRIU for the base image (a CRIU built against the same glibc as the app image, e.g. for rseq), and checkpoint and restore on the same kernel.',
    docs: CRIU_FAILS,
    // criu/cr-restore.c pr_err("%d stopped by signal %d: %s"), instantiated with SIGSEGV
    sample: '(00.051200) Error (criu/cr-restore.c:1622): 4711 stopped by signal 11: Segmentation fault',
    weight: 0.7,
  },
  {
    id: 'criu-helper-tool-missing',
    category: 'kernel-or-criu-unsupported',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // criu/util.c cr_system_userns: fprintf(stderr, "Error (%s:%d): execvp(\"%s\", ...) failed: %s") when a
    // program CRIU runs (iptables-restore/ip6tables-restore for the network lock in criu/net.c, ip, tar
    // for tmpfs) is not there; criu/net.c then says pr_err("Locking network failed: iptables-restore
    // returned %d. This may be connected to disabled CONFIG_NETFILTER_XT_MARK kernel build config option.")
    patterns: [/\bexecvp\("[^"]+", \.\.\.\) failed: No such file or directory/, /\bLocking network failed: iptables-restore returned -?\d+/],
    role: 'root-cause',
    cause: 'A program CRIU runs (iptables-restore for the network lock, ip, tar) is missing where CRIU runs, or the kernel lacks the netfilter module it needs.',
    remedy: 'Install the tool next to CRIU (iptables/nftables, iproute2, GNU tar) or use a CRIU built with nftables (`--network-lock nftables`); on a custom kernel enable CONFIG_NETFILTER_XT_MARK.',
    docs: 'https://criu.org/CLI/opt/--network-lock',
    // criu/util.c "execvp(\"%s\", ...) failed: %s", instantiated with ENOENT
    sample: 'Error (criu/util.c:640): execvp("ip", ...) failed: No such file or directory',
    weight: 0.85,
  },
  {
    id: 'openj9-restore-exception-thrown',
    category: 'jvm-or-framework',
    stages: ['restore'],
    runtimes: 'all',
    // eclipse-openj9/openj9 jcl org.eclipse.openj9.criu.RestoreException: thrown from the JVM's own restore
    // path (restore hooks, the JIT, options); OpenJ9's -Xdump "throw" event prints the class with slashes.
    // Its subclasses name their side: JVMRestoreException (openj9-restore-exception) and
    // SystemRestoreException (CRIU), so only the plain class is matched here.
    patterns: [/(?<![\w$])(?:org[./]eclipse[./]openj9|openj9[./]internal)[./]criu[./]RestoreException\b/],
    role: 'root-cause',
    cause: "OpenJ9 failed its own restore steps (restore hooks, the JIT resuming its threads, restore options): a JVM or framework defect, not the container's.",
    remedy: 'Move to the latest Semeru / Liberty InstantOn image of the same Java version; read the exception message and the javacore it wrote for the failing hook.',
    docs: OPENJ9,
    // eclipse-openj9/openj9 -Xdump event line J9NLS_DMP_PROCESSING_EVENT with the class as detail, instantiated
    sample: 'JVMDUMP039I Processing dump event "throw", detail "org/eclipse/openj9/criu/RestoreException" at 2026/01/02 03:04:05 - please wait.',
    weight: 0.6,
  },
  {
    id: 'crac-restore-exception',
    category: 'jvm-or-framework',
    stages: ['restore'],
    runtimes: 'all',
    // openjdk/crac jdk.crac.Core.checkpointRestore: "@throws RestoreException if an exception occured during
    // restore notification and execution continues in a new Java instance" (jdk.internal.crac.mirror inside the
    // JDK, org.crac / javax.crac in the API mirrors): a Resource's afterRestore, or the JVM's new-main step, threw.
    // The `Suppressed:` lines under it may name a more specific cause, which then ranks first.
    patterns: [/(?<![\w$])(?:jdk\.crac|jdk\.internal\.crac(?:\.mirror)?|org\.crac|javax\.crac)\.RestoreException\b/],
    role: 'root-cause',
    cause: "The image was restored, but the app's restore notification failed: a CRaC resource's afterRestore (or the restore's new main class) threw.",
    remedy: "Read the `Suppressed:` / `Caused by:` lines under it: fix the resource's afterRestore in the app, and restore with only `-XX:CRaCRestoreFrom` (no main class or `-jar` after it).",
    docs: AZUL_ERRORS,
    sample: 'Exception in thread "main" jdk.crac.RestoreException: Failed to restore',
    weight: 0.6,
  },
  {
    id: 'crac-api-missing',
    category: 'jvm-or-framework',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    // CRaC/org.crac README: applications build against the org.crac package (artifact org.crac:crac), which
    // forwards to jdk.crac at run time; without that jar on the class path, a class implementing
    // org.crac.Resource cannot load (java.lang.NoClassDefFoundError names the missing class with slashes).
    patterns: [/\b(?:NoClassDefFoundError|ClassNotFoundException):? (?:org[./]crac|jdk[./]crac)[./]\w+/],
    role: 'root-cause',
    cause: "The app uses the CRaC API (org.crac) but its jar is not on the class path, so the classes registering checkpoint resources cannot load.",
    remedy: 'Add the `org.crac:crac` dependency to the application (it is packaged with the app; the JDK provides only jdk.crac).',
    docs: 'https://github.com/CRaC/org.crac',
    sample: 'Exception in thread "main" java.lang.NoClassDefFoundError: org/crac/Context',
    weight: 0.85,
  },
  {
    id: 'criu-restore-failed',
    category: 'other',
    stages: ['restore'],
    runtimes: 'all',
    patterns: [/\bRestoring FAILED\b/],
    role: 'symptom',
    cause: 'CRIU gave up the restore; the `Error` lines above this one name the cause.',
    remedy: 'Read the `Error (...)` lines before it in the same log (the log folder has the full restore log).',
    docs: CRIU_FAILS,
    sample: 'Error (criu/cr-restore.c:2331): Restoring FAILED.',
    weight: 0.5,
  },

  // ── benign: printed on success too ─────────────────────────────────────────────────────────
  {
    id: 'criu-rlimit-nofile-benign',
    category: 'other',
    stages: ['checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/rlimi[tr]: Can't setup RLIMIT_NOFILE for self/],
    role: 'symptom',
    cause: 'CRIU could not raise its own open-files limit (no CAP_SYS_RESOURCE); dumps and restores still succeed.',
    remedy: 'Nothing to do; this line is printed on success too.',
    docs: 'https://github.com/checkpoint-restore/criu/issues/537',
    sample: "Error (criu/util.c:1534): rlimit: Can't setup RLIMIT_NOFILE for self: Operation not permitted",
    benign: true,
  },
  {
    id: 'criu-kdat-cache-benign',
    category: 'other',
    stages: ['setup', 'checkpoint', 'restore'],
    runtimes: 'all',
    patterns: [/Can't keep kdat cache on non-tempfs/, /\$XDG_RUNTIME_DIR not set\. Cannot find location for kerndat file/],
    role: 'symptom',
    cause: 'CRIU cannot cache its kernel feature probe; it probes again next time.',
    remedy: 'Nothing to do; this line is printed on success too.',
    docs: CRIU_FAILS,
    sample: "Warn  (criu/kerndat.c:1285): Can't keep kdat cache on non-tempfs",
    benign: true,
  },
  // Families last: a catalogued message always outranks what a line's structure suggests.
  ...FAMILY_SIGNATURES,
];
