/**
 * Issue 14, second pass: rules that hold for the general case, each from the upstream source that
 * prints the line (named beside the signature or the rule in src/diagnosis). The lines below are
 * instantiated from those format strings, not copied from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/diagnosis/analyze.ts';
import { criuKernelMismatch, normalizeLine, parseGdbFrame } from '../../src/diagnosis/structure.ts';
import type { AnalyzeOptions, Category } from '../../src/diagnosis/types.ts';

const top = (content: string, options: AnalyzeOptions = {}) => analyze([{ path: 'log', content }], options)[0];

/** One test per row: the log's top finding has this category and signature. */
const itNamesTheCause = (rows: Array<[name: string, content: string, category: Category, signature: string | null]>) =>
  it.each(rows)('%s', (_name, content, category, signature) => {
    expect(top(content)).toMatchObject({ category, signature });
  });

describe('rules from upstream sources', () => {
  itNamesTheCause([
    // linux net/ipv4/tcp.c: TCP_REPAIR needs CAP_NET_ADMIN (tcp_can_repair_sock)
    ['TCP repair refused', "(00.1) Error (soccr/soccr.c:94): Can't turn TCP repair mode ON: Operation not permitted\n(00.2) Error (criu/cr-dump.c:1698): Dump files (pid: 74) failed with -1", 'missing-capability', 'criu-tcp-repair-eperm'],
    // ... but an EPERM on TCP_REPAIR_OPTIONS is the socket's state, not a capability: the socket family keeps it
    ['TCP repair options refused', "(03.6) 1192: Error (soccr/soccr.c:567): Can't repair options: Operation not permitted", 'open-socket', 'criu-socket'],
    // openshift/apiserver-library-go capabilities/mustrunas.go
    ['OpenShift SCC refuses a capability', 'pods "x-1" is forbidden: unable to validate against any security context constraint: [.containers[0].capabilities.add: Invalid value: "SETPCAP": capability may not be added]', 'missing-capability', 'platform-capability-forbidden'],
    // k8s.io/pod-security-admission check_capabilities_restricted.go
    ['Pod Security admission refuses a capability', 'Error from server (Forbidden): pods "app" is forbidden: violates PodSecurity "restricted:latest": unrestricted capabilities (container "app" must not include "CHECKPOINT_RESTORE" in securityContext.capabilities.add)', 'missing-capability', 'platform-capability-forbidden'],
    // rootless podman storage (containers-storage.conf(5) rootless_storage_path)
    ['a checkpoint by a rootless podman', 'Error: `/usr/bin/runc checkpoint --image-path /home/me/.local/share/containers/storage/overlay-containers/ab/userdata/checkpoint ab` failed: exit status 1', 'missing-capability', 'engine-rootless-storage'],
    // opencontainers/runc utils_linux.go
    ['a restored container that had a terminal', 'runc restore failed: cannot allocate tty if runc will detach without setting console socket', 'tty', 'engine-tty-no-console-socket'],
    // eclipse-openj9/openj9 runtime/vm/j9vm.tdf (j9vm.731)
    ['OpenJ9 blocked by a @NotCheckpointSafe frame', ' [OUT] 10:00:00.000 0x1            j9vm.731      - Checkpoint blocked because thread=0000000000ABCD00 is in method=0000000000123450 due to delay code 1', 'jvm-or-framework', 'openj9-not-checkpoint-safe'],
    // containerd / CRI-O look CRIU up first
    ['containerd without criu', 'failed to checkpoint container "ab": criu binary not found in shim path or system PATH', 'kernel-or-criu-unsupported', 'criu-binary-missing'],
    ['CRI-O without C/R support', 'checkpointing of default/web/web failed (rpc error: code = Unknown desc = checkpoint/restore support not available)', 'kernel-or-criu-unsupported', 'oci-runtime-no-checkpoint'],
    // containers/crun src/libcrun/criu.c
    ['crun refusing a rootless checkpoint', 'Error: crun: checkpointing requires root: OCI runtime error', 'missing-capability', 'engine-rootless-checkpoint'],
    ['crun with a libcriu too old for what it needs', 'Error: OCI runtime error: crun: shared uts namespace restore is supported in CRIU >= 3.16.1', 'kernel-or-criu-unsupported', 'criu-too-old'],
    ["crun's CRIU feature check", '*** stack smashing detected ***: terminated\nCRIU feature checking failed -52.  Please check CRIU logfile /run/x/dump.log', 'kernel-or-criu-unsupported', 'crun-criu-feature-check'],
    // compel/src/lib/infect.c compel_wait_task
    // criu/seize.c freeze_processes(): the cgroup freezer did not freeze the tree in time
    ['a cgroup freezer that does not freeze', '(10.02) Error (criu/seize.c:640): Unable to freeze cgroup /sys/fs/cgroup/system.slice/x.scope (100000 x 100ms attempts, timeout: 10s)', 'kernel-or-criu-unsupported', 'criu-kernel-interface'],
    ['a task CRIU cannot hold after seizing it', '(00.10) Error (compel/src/lib/infect.c:261): Unseizable non-zombie 15 found, state S, err -1/10', 'kernel-or-criu-unsupported', 'criu-unseizable-task'],
    // criu/net.c dump_one_netdev: a link type this CRIU does not handle
    ['a network link CRIU does not support', '(00.02) Error (criu/net.c:912): Unsupported link 4 (type 65534 kind wireguard)', 'kernel-or-criu-unsupported', 'criu-says-unsupported'],
    // criu/file-lock.c dump_file_locks
    ['a file lock without --file-locks', 'Error (criu/file-lock.c:110): Some file locks are hold by dumping tasks! You can try --file-locks to dump them.', 'open-file', 'criu-file-locks'],
    // criu/apparmor.c
    ["CRIU's AppArmor namespace dump", "Error (criu/apparmor.c:380): failed to read /sys/kernel/security/apparmor/policy/namespaces/x/profiles: No such file or directory", 'security-policy', 'criu-apparmor'],
    // criu/lsm.c selinux_get_label
    ['an SELinux context CRIU cannot use', "(00.01) Error (criu/lsm.c:114): Invalid selinux context kernel\n(00.02) Error (criu/cr-dump.c:1402): Dump core (pid: 5) failed with -1", 'security-policy', 'criu-lsm-label'],
    // setroubleshoot's summary of an AVC denial
    ['setroubleshoot names an SELinux denial', 'SELinux is preventing /usr/sbin/criu from write access on the sock_file criu-fdstore.', 'security-policy', 'selinux-avc-denied'],
    // openjdk/crac: a descriptor left open that is a socket
    ['a CRaC fd left open that is a listener', 'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenFileException: FileDescriptor 7 left open: tcp6 local /[::]:8080 remote not bound', 'open-socket', 'crac-open-fd-socket'],
    ['a CRaC fd left open that is a file', 'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenFileException: FileDescriptor 7 left open: /var/log/app.log', 'open-file', 'crac-open-file'],
    // openjdk/crac crac.cpp (engine builds): the native checkpoint failed, its cause is in the engine's log
    ['a CRaC engine that failed to checkpoint', '[12.345s][error][crac] CRaC engine failed to checkpoint to /opt/cr: error 1', 'jvm-or-framework', 'crac-native-checkpoint-failed'],
    ['a CRaC checkpoint directory the user may not create', '[0.011s][error][crac] Cannot create CRaCCheckpointTo=/opt/cr: Permission denied', 'missing-capability', 'crac-checkpoint-dir-denied'],
    ['a CRaC restore from a directory that is not there', '[0.003s][error][crac] Cannot open CRaCRestoreFrom=/opt/cr: No such file or directory', 'file-mismatch', 'crac-restore-image-missing'],
    // OpenJ9's and HotSpot's crash banners
    ['an OpenJ9 crash during the checkpoint', 'Unhandled exception\nType=Segmentation error vmState=0x00040000\nJ9Generic_Signal_Number=00000018 Signal_Number=0000000b', 'jvm-or-framework', 'jvm-crash'],
    ['a HotSpot crash', '#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f, pid=129, tid=130', 'jvm-or-framework', 'jvm-crash'],
  ]);

  it("OpenJ9's JIT CPU check crash needs both frames: TR::trap and the code generator's start", () => {
    const frames = [
      '_ZN2TR4trapEv+0x47 (0x00007F0A117FEA47 [libj9jit29.so+0x5cfa47])',
      '_ZN3OMR3X8613CodeGenerator13initializeX86EPN2TR11CompilationE+0x8d1 (0x00007F0A11C3AD51 [libj9jit29.so+0x9b0d51])',
    ];
    expect(top(frames.join('\n'))).toMatchObject({ category: 'cpu-features', signature: 'openj9-jit-cpu-check-crash' });
    // the code generator's frame alone (another crash under it) says nothing about the CPU
    expect(analyze([{ path: 'log', content: frames[1]! }], { failed: true }).map((f) => f.signature)).not.toContain('openj9-jit-cpu-check-crash');
  });

  it('a podman with no such container is the other store only when the log shows `sudo podman`', () => {
    const error = 'Error: no container with name or ID "web" found: no such container';
    expect(top(`$ podman run -d --name web img\n$ sudo podman container checkpoint web\n${error}`)).toMatchObject({ signature: 'podman-container-in-other-store', category: 'missing-capability' });
    expect(analyze([{ path: 'log', content: `$ podman container checkpoint web\n${error}` }]).map((f) => f.signature)).not.toContain('podman-container-in-other-store');
  });
});

describe('criu check verdicts (criu/cr-check.c)', () => {
  const probes = ["Warn  (criu/kerndat.c:808): Stale /run/criu.kdat file", 'Error (criu/net.c:3085): Unable to create a veth pair: -95', 'Error (criu/cr-check.c:1037): UFFD is not supported'];

  it('"Looks good." ends the probes: nothing before it is a finding', () => {
    const content = [...probes, 'Looks good.'].join('\n');
    expect(analyze([{ path: 'log', content }])).toEqual([]);
    expect(analyze([{ path: 'log', content }], { failed: false })).toEqual([]);
  });

  it('"Looks good but some kernel features are missing" may explain a failure, so it counts unless the run succeeded', () => {
    const content = [...probes, 'Looks good but some kernel features are missing', 'which, depending on your process tree, may cause', 'dump or restore failure.'].join('\n');
    expect(analyze([{ path: 'log', content }], { failed: false })).toEqual([]);
    expect(analyze([{ path: 'log', content }]).length).toBeGreaterThan(0);
  });

  it('an error after the verdict still counts', () => {
    const content = [...probes, 'Looks good.', "Error (criu/cr-restore.c:1506): Can't fork for 9: File exists"].join('\n');
    expect(top(content)).toMatchObject({ signature: 'criu-pid-in-use' });
  });
});

describe('errors CRIU went on from', () => {
  it('an error printed again and followed by another error ranks below that other error', () => {
    const denied = "Error (criu/libnetlink.c:84): Can't send request message: Permission denied";
    const content = [denied, denied, denied, 'Warn  (criu/kerndat.c:1103): $XDG_RUNTIME_DIR not set.', 'Error (criu/pstree.c:386): Current sid 166 intersects with pid (129) in images'].join('\n');
    expect(top(content)).toMatchObject({ signature: 'criu-shell-job-id-clash', category: 'pid-conflict' });
    expect(analyze([{ path: 'log', content }]).map((f) => f.signature)).toContain('selinux-netlink-denied');
  });

  it('an error printed once keeps its rank, and a repeated error with nothing after it too', () => {
    const denied = "Error (criu/libnetlink.c:84): Can't send request message: Permission denied";
    expect(top(`${denied}\nError (criu/pstree.c:386): Current sid 166 intersects with pid (129) in images`)).toMatchObject({ signature: 'selinux-netlink-denied' });
    expect(top(`${denied}\n${denied}`)).toMatchObject({ signature: 'selinux-netlink-denied', confidence: 0.9 });
  });

  it("restored tasks each printing the same error are not CRIU going on: the error keeps its rank", () => {
    const content = [
      '(00.250351) pie: 14: Error (criu/pie/restorer.c:297): Unable to restore capabilities: -1',
      '(00.250394) pie: 81: Error (criu/pie/restorer.c:297): Unable to restore capabilities: -1',
      '(00.250540) pie: 14: Error (criu/pie/restorer.c:1745): BUG at criu/pie/restorer.c:1745',
    ].join('\n');
    expect(top(content)).toMatchObject({ signature: 'criu-restore-capabilities', confidence: 0.9 });
  });

  it('compares lines without their timestamps and prefixes', () => {
    expect(normalizeLine("(00.012355) Error (criu/lsm.c:90): x")).toBe('Error (criu/lsm.c:90): x');
    expect(normalizeLine("b'(00.012355) Error (criu/lsm.c:90): x'")).toBe('Error (criu/lsm.c:90): x');
    expect(normalizeLine('pie: 56: Error (criu/pie/restorer.c:1): y')).toBe('Error (criu/pie/restorer.c:1): y');
  });
});

describe('a wrapper that names no cause', () => {
  const spring = 'org.springframework.context.ApplicationContextException: Failed to take CRaC checkpoint on refresh\n\tat org.springframework.context.support.DefaultLifecycleProcessor$CracDelegate.checkpointRestore(DefaultLifecycleProcessor.java:504)';

  it.each<[string, string, Category]>([
    ["Spring's refresh checkpoint with nothing else: CRaC's usual refusal, a descriptor left open", spring, 'open-file'],
    ['... with the opener of a file in the stack', `${spring}\n\t\tat java.base/java.util.zip.ZipFile$Source.get(ZipFile.java:1281)\n\t\tat java.base/java.util.jar.JarFile.<init>(JarFile.java:348)`, 'open-file'],
    ['... with a connection pool in the stack', `${spring}\n\t\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:115)\n\t\tat org.postgresql.Driver.connect(Driver.java:297)`, 'open-socket'],
    // eclipse-openj9/openj9 j9jcl.nls J9NLS_JCL_CRIU_DUMP_FAILED with libcriu's -ECOMM (criu lib/c/criu.c)
    ['OpenJ9 could not talk to criu (err=-70): the capabilities its criu needs', 'Exception in thread "main" org.eclipse.openj9.criu.SystemCheckpointException: Could not dump the JVM processes, err=-70', 'missing-capability'],
    ["Liberty's failed restore with nothing else: the capabilities InstantOn needs", 'CWWKE0957I: Restoring the checkpoint server process failed. Check the /logs/checkpoint/restore.log log to determine why the checkpoint process was not restored. Launching the server without using the checkpoint image.', 'missing-capability'],
  ])('%s', (_name, content, category) => {
    const findings = analyze([{ path: 'log', content }]);
    expect(findings[0]).toMatchObject({ signature: null, role: 'unrecognised', category });
    expect(findings[0]!.confidence).toBeLessThan(0.5);
    // the wrapper itself is still reported, as a symptom
    expect(findings.some((f) => f.role === 'symptom')).toBe(true);
  });

  it("a CRIU error line under the wrapper is read for itself, not replaced by the wrapper's usual cause", () => {
    const content = [
      'CWWKE0962E: The server checkpoint request failed. The following output is from the CRIU /logs/checkpoint/checkpoint.log file that contains details on why the checkpoint failed.',
      'Error (criu/some-new-file.c:12): cannot do something new',
      'Error (criu/cr-dump.c:2098): Dumping FAILED.',
    ].join('\n');
    expect(top(content)).toMatchObject({ category: 'kernel-or-criu-unsupported' });
  });

  it("Liberty's CWWKC0454E restore wrapper with a CWWKC0458E hook failure on the same line names the hook", () => {
    const line = '[ERROR   ] CWWKC0454E: The server failed to restore from a checkpoint with the following message: CWWKC0458E: An error occurred restoring the server process with the following message: null';
    expect(top(line)).toMatchObject({ signature: 'liberty-checkpoint-prepare-failed', category: 'jvm-or-framework' });
    expect(top('[ERROR   ] CWWKC0454E: The server failed to restore from a checkpoint with the following message: restore failed')).toMatchObject({ signature: null, category: 'missing-capability' });
  });

  it('a named cause wins over the usual one', () => {
    const content = `${spring}\n\tSuppressed: jdk.internal.crac.mirror.impl.CheckpointOpenSocketException: Socket[addr=db/10.0.0.5,port=5432,localport=55126]`;
    expect(top(content)).toMatchObject({ signature: 'crac-open-socket' });
  });
});

describe("OpenJ9's own messages (runtime/nls/j9vm/j9vm.nls)", () => {
  it('a VM step around the restore that failed is the JVM', () => {
    expect(top('org.eclipse.openj9.criu.JVMRestoreException: The JVM could not re-seed j.u.Random.seed.value due to invalid seed offset')).toMatchObject({
      signature: 'openj9-restore-internal',
      category: 'jvm-or-framework',
    });
  });

  it("an unknown message in an exception of the package openj9.criu is a JVM's line, not CRIU's", () => {
    expect(top('org.eclipse.openj9.criu.SystemRestoreException: Could not close the work directory, errno=-5')).toMatchObject({ signature: null, category: 'jvm-or-framework' });
  });
});

describe('an engine that only says CRIU failed', () => {
  it('a container started with a terminal points at the terminal', () => {
    const content = '$ docker run -dit --name app img\n$ docker checkpoint create app cp1\nError response from daemon: Cannot checkpoint container app: criu failed: type NOTIFY errno 0';
    expect(top(content)).toMatchObject({ signature: null, category: 'tty' });
  });

  it('so does an OCI config with "terminal": true', () => {
    const content = '$ sudo runc restore app\nERRO[0000] criu failed: type NOTIFY errno 0\nlog file: /home/u/app/criu.work/restore.log\n$ grep terminal config.json\n\t\t"terminal": true,';
    expect(top(content)).toMatchObject({ signature: null, category: 'tty' });
  });

  it('without one, the most frequent failure of a CRIU run with no known line', () => {
    const content = '$ docker run -d --name app img\n$ docker checkpoint create app cp1\nError response from daemon: Cannot checkpoint container app: criu failed: type NOTIFY errno 0';
    expect(top(content)).toMatchObject({ signature: null, category: 'kernel-or-criu-unsupported' });
  });
});

/**
 * Issue 14, third pass: the layers outside CRIU's own log (engines, orchestrators, the kernel, the JVMs),
 * each line instantiated from the format string of the program that prints it (named beside each row).
 */
describe('engine and orchestrator messages', () => {
  itNamesTheCause([
    // opencontainers/runc libcontainer/criu_linux.go checkCriuVersion
    ['runc with a CRIU older than it needs', 'runc checkpoint failed: CRIU version 31400 must be 31600 or higher', 'kernel-or-criu-unsupported', 'criu-too-old'],
    // opencontainers/runc libcontainer/criu_linux.go handleCheckpointingExternalNamespaces
    ['runc: a CRIU without external namespaces', 'level=error msg="criu lacks support for external network namespace during checkpointing process (old criu version?)"', 'kernel-or-criu-unsupported', 'criu-too-old'],
    // opencontainers/runc libcontainer/criu_linux.go checkCriuFeatures
    ['runc: CRIU missing features', 'runc checkpoint failed: criu is missing features: [MemTrack]', 'kernel-or-criu-unsupported', 'criu-too-old'],
    ["runc: CRIU's feature check failed", 'level=error msg="CRIU feature check failed: criu failed: type FEATURE_CHECK errno 0"', 'kernel-or-criu-unsupported', 'crun-criu-feature-check'],
    // opencontainers/runc "criu failed: type %s errno %d" with CRIU's set_cr_errno(EEXIST) in criu/cr-restore.c
    ['runc: CRIU answered EEXIST on restore', 'Error: OCI runtime error: runc: runc restore failed: criu failed: type RESTORE errno 17', 'pid-conflict', 'engine-criu-pid-taken'],
    // containers/podman libpod/container_internal_common.go
    ['podman: no memory tracking for a pre-checkpoint', 'Error: system (architecture/kernel/CRIU) does not support memory tracking', 'kernel-or-criu-unsupported', 'criu-dirty-tracking-off'],
    ['podman: restore without a complete checkpoint', 'Error: a complete checkpoint for this container cannot be found, cannot restore: stat /var/lib/containers/storage/overlay-containers/ab/userdata/checkpoint/inventory.img: no such file or directory', 'file-mismatch', 'criu-empty-image'],
    ['podman: a runtime without pod restore', 'Error: runtime /usr/bin/crun does not support pod restore', 'kernel-or-criu-unsupported', 'oci-runtime-no-checkpoint'],
    // containerd internal/cri/server: criu disabled in the config
    ['containerd with CRIU disabled', 'rpc error: code = Unknown desc = criu support is disabled by configuration', 'kernel-or-criu-unsupported', 'oci-runtime-no-checkpoint'],
    // a CRI runtime without the CheckpointContainer RPC, as the kubelet reports it
    ['a CRI runtime without CheckpointContainer', 'checkpointing of default/web/web failed (rpc error: code = Unimplemented desc = unknown method CheckpointContainer for service runtime.v1.RuntimeService)', 'kernel-or-criu-unsupported', 'oci-runtime-no-checkpoint'],
    // docker/cli command gating on an experimental daemon
    ['docker without experimental features', 'docker checkpoint create is only supported on a Docker daemon with experimental features enabled', 'kernel-or-criu-unsupported', 'oci-runtime-no-checkpoint'],
    // moby/moby daemon/checkpoint.go CheckpointCreate
    ['docker refusing a container with a terminal', 'Error response from daemon: checkpoint not support on containers with tty', 'tty', 'engine-tty-refused'],
    // lxc/lxc src/lxc/criu.c
    ['LXC without criu', 'lxc-checkpoint: criu.c: criu_version_ok: 545 execing criu failed, is it installed?', 'kernel-or-criu-unsupported', 'criu-binary-missing'],
    ['LXC with an old criu', 'lxc 20260101000000.000 ERROR    criu - criu.c:criu_version_ok:577 - must have criu 2.0 or greater to checkpoint/restore', 'kernel-or-criu-unsupported', 'criu-too-old'],
    ['LXC as a non-root user', 'lxc 20260101000000.000 ERROR    criu - criu.c:criu_ok:594 - Must be root to checkpoint', 'missing-capability', 'engine-rootless-checkpoint'],
    ['LXC: a console the target lacks', 'lxc 20260101000000.000 ERROR    criu - criu.c:exec_criu:393 - lxc.console configured on source host but not target', 'tty', 'engine-tty-refused'],
    // lxc/incus internal/server/instance/drivers (ErrNoLiveMigrationSource), canonical/lxd alike
    // containers/podman pkg/checkpoint/crutils
    ['podman: an exported checkpoint that cannot be unpacked', 'Error: unpacking of checkpoint archive /tmp/cp.tar.gz failed: unexpected EOF', 'file-mismatch', 'engine-checkpoint-archive-unreadable'],
    // containers/podman libpod/container_internal_linux.go relabel
    ['podman: an SELinux label it may not set', 'Error: failed to change selinux label: insufficient permissions, possibly due to a file owned by another user (current user: uid 1000): operation not permitted', 'security-policy', 'engine-selinux-label'],
    // lxc/incus internal/server/instance/drivers
    ['Incus/LXD: memory larger than the state volume', 'Error: Stateful stop and snapshots require the instance limits.memory be less than or equal to the root disk size.state property', 'memory-or-resource', 'lxd-state-size'],
    // opencontainers/runc is Go: syscall.EPERM reads "operation not permitted"
    ['runc refused an operation (Go errno text)', 'Error: OCI runtime error: runc: runc restore failed: mount /proc/sys: operation not permitted', 'missing-capability', 'engine-eperm'],
    ['Incus/LXD without CRIU', 'Error: Unable to perform live container migration. CRIU isn\'t installed on the source server. To migrate the container, stop the container before migration or install CRIU on the source server', 'kernel-or-criu-unsupported', 'criu-binary-missing'],
  ]);
});

describe('the kernel and the JVM outside CRIU', () => {
  itNamesTheCause([
    // linux mm/oom_kill.c dump_header() and oom_kill_process() / __oom_kill_process()
    ['the OOM killer invoked by CRIU', '[ 812.331] criu invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0', 'memory-or-resource', 'memory-killed'],
    ['the OOM killer picking the JVM', '[ 812.402] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/docker/ab,task_memcg=/docker/ab,task=java,pid=4242,uid=0', 'memory-or-resource', 'memory-killed'],
    ['the OOM killer (older kernels say "Kill process")', '[ 90.1] Memory cgroup out of memory: Kill process 4242 (java) score 998 or sacrifice child', 'memory-or-resource', 'memory-killed'],
    ['the OOM killer line without its "Out of memory" prefix', '[ 812.402] Killed process 4242 (java) total-vm:4211340kB, anon-rss:1031828kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:2300kB oom_score_adj:0', 'memory-or-resource', 'memory-killed'],
    ['the OOM reaper', '[ 812.500] oom_reaper: reaped process 4242 (java), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB', 'memory-or-resource', 'memory-killed'],
    // the JVMs' out-of-memory reports (HotSpot vmError.cpp, OpenJ9 JVMDUMP)
    ['a heap too small after restore', 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space', 'memory-or-resource', 'jvm-out-of-memory'],
    ['HotSpot without native memory', '# There is insufficient memory for the Java Runtime Environment to continue.\n# Native memory allocation (mmap) failed to map 2147483648 bytes for committing reserved memory.', 'memory-or-resource', 'jvm-out-of-memory'],
    ['OpenJ9 dumping for an OOM', 'JVMDUMP039I Processing dump event "systhrow", detail "java/lang/OutOfMemoryError" at 2026/01/01 00:00:00 - please wait.', 'memory-or-resource', 'jvm-out-of-memory'],
    // an hs_err banner of an OOM is the OOM, not a crash
    // openjdk/crac criuengine.c perror("exec criu") and crac_engine.cpp find_engine
    ['CRaC without its criu', 'exec criu: No such file or directory', 'kernel-or-criu-unsupported', 'criu-binary-missing'],
    ['CRaC refused its SUID criu', 'exec criu: Operation not permitted\n[2.5s][error][crac] CRaC engine failed to checkpoint to /cr: error 1', 'missing-capability', 'crac-criu-exec-denied'],
    ['a JDK without the CRaC engine', '[0.004s][error][crac] Did not find CRaCEngine criuengine in /usr/lib/jvm/jdk/lib\n[0.004s][error][crac] Cannot find CRaC engine criuengine', 'kernel-or-criu-unsupported', 'crac-engine-missing'],
    ['an hs_err file of an OOM', '#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n# There is insufficient memory for the Java Runtime Environment to continue.', 'memory-or-resource', 'jvm-out-of-memory'],
  ]);
});

describe('where the failing call sits decides before its errno', () => {
  // criu/crtools.c banner: pr_info("Version: %s (gitid %s)"), pr_info("Running on %s %s %s %s %s")
  const banner = (criu: string, kernel: string) => `(00.000000) Version: ${criu} (gitid 0)\n(00.000021) Running on host Linux ${kernel} #1 SMP PREEMPT_DYNAMIC x86_64`;
  // criu/namespaces.c switch_ns pr_perror("Can't setns %d/%s")
  const eperm = "(00.004310) Error (criu/namespaces.c:258): Can't setns 9/pid: Operation not permitted\n(00.004400) Error (criu/cr-dump.c:2098): Dumping FAILED.";

  it('an EPERM is a capability when CRIU and the kernel fit', () => {
    expect(top(`${banner('4.2', '6.17.0-1-generic')}\n${eperm}`)).toMatchObject({ category: 'missing-capability', signature: 'criu-eperm' });
    expect(top(eperm)).toMatchObject({ category: 'missing-capability' });
  });

  it.each([
    ['CRIU 3.17 (2022-05) on a 6.8 kernel', '3.17.1', '6.8.0-1017-azure'],
    ['CRIU 3.19 (2023-11) on a 6.16 kernel', '3.19', '6.16.3-200.fc42.x86_64'],
    ['CRIU 3.17 on a RHEL 7 kernel', '3.17', '3.10.0-1160.el7.x86_64'],
  ])('an EPERM is the version gap for %s', (_name, criu, kernel) => {
    expect(top(`${banner(criu, kernel)}\n${eperm}`)).toMatchObject({ category: 'kernel-or-criu-unsupported', signature: 'criu-kernel-version-gap' });
  });

  it('a CRIU newer than the table is not a gap, and a subsystem family keeps its line', () => {
    expect(top(`${banner('4.3', '6.20.0')}\n${eperm}`)).toMatchObject({ category: 'missing-capability' });
    const tty = "(00.1) Error (criu/tty.c:843): tty: Can't open ptmx: Operation not permitted";
    expect(top(`${banner('3.17.1', '6.8.0')}\n${tty}`)).toMatchObject({ category: 'tty' });
  });

  it.each([
    // criu/cr-check.c check_kcmp() pr_perror
    ['a probe that says "not supported", ending in EPERM', '(00.01) Error (criu/cr-check.c:191): System call kcmp is not supported: Operation not permitted'],
    // criu/cr-check.c check_uffd() pr_err
    ['a feature CRIU says the kernel lacks', '(00.01) Error (criu/cr-check.c:1225): UFFD is not supported'],
    // criu/kerndat.c kerndat_init() pr_err("%s failed when initializing kerndat.")
    ['a kerndat probe that failed', '(00.01) Error (criu/kerndat.c:1509): kerndat_get_shmemdev failed when initializing kerndat.\n(00.02) Error (criu/crtools.c:280): Could not initialize kernel features detection.'],
  ])('%s is the kernel or CRIU', (_name, content) => {
    expect(top(content)).toMatchObject({ category: 'kernel-or-criu-unsupported' });
  });

  it('an unknown line that says a version is too old is the version, not its errno', () => {
    expect(top('Error: plugin requires at least kernel 5.9: Operation not permitted')).toMatchObject({ signature: null, category: 'kernel-or-criu-unsupported' });
  });
});

describe('a hung CRIU, posted as a gdb backtrace', () => {
  // gdb's `bt` format: "#N  0xADDR in FUNC (ARGS) at FILE:LINE"
  const frames = (innermost: string) =>
    [
      '(gdb) bt',
      '#0  0x00007f3b2c1e4a3d in __GI___wait4 (pid=-1, stat_loc=0x7ffd, options=0, usage=0x0) at ../sysdeps/unix/sysv/linux/wait4.c:27',
      innermost,
      '#2  0x000055d1a3c4e1f0 in restore_root_task (init=0x55d1a4e0) at criu/cr-restore.c:2400',
      '#3  0x000055d1a3c0b9a1 in main (argc=9, argv=0x7ffd) at criu/crtools.c:250',
    ].join('\n');

  it.each<[string, string, Category]>([
    ['waiting in the terminal code', '#1  0x000055d1a3c9d0aa in tty_restore_ctl_terminal (d=0x55d1) at criu/tty.c:1012', 'tty'],
    ['waiting on a TCP connection', '#1  0x000055d1a3cb1234 in restore_tcp_conn_state (sk=3, ii=0x55d1) at criu/sk-tcp.c:390', 'open-socket'],
    ['waiting in the mount tree', '#1  0x000055d1a3c81122 in prepare_mnt_ns () at criu/mount.c:3200', 'kernel-or-criu-unsupported'],
  ])('%s names the subsystem at low confidence', (_name, innermost, category) => {
    const findings = analyze([{ path: 'log', content: frames(innermost) }]);
    expect(findings[0]).toMatchObject({ signature: null, role: 'unrecognised', category });
    expect(findings[0]!.confidence).toBeLessThan(0.5);
    expect(findings[0]!.line).toBe(2);
  });
});

describe('gdb frames as gdb prints them', () => {
  // `gdb -p <criu> -batch -ex bt` on this host (CRIU 4.2.1 held in a pre-dump action script), verbatim
  const real = [
    '#0  0x00007fc708cf1bd3 in __GI___wait4 (pid=pid@entry=18304, stat_loc=stat_loc@entry=0x7fffb05a4b5c, options=options@entry=0, usage=usage@entry=0x0) at ../sysdeps/unix/sysv/linux/wait4.c:30',
    '#2  0x000056091c92e704 in cr_system_userns (in=in@entry=-1, out=<optimized out>, out@entry=-1, err=<optimized out>, err@entry=-1, cmd=<optimized out>, argv=argv@entry=0x7fffb05a4cc0, flags=flags@entry=0, userns_pid=-1) at criu/util.c:649',
    '#4  0x000056091c8a3bba in run_shell_scripts (action=action@entry=0x56091c963141 "pre-dump") at criu/action-scripts.c:92',
    '#7  0x000056091c894c13 in main (argc=<optimized out>, argv=0x7fffb05a62b8, envp=<optimized out>) at criu/crtools.c:307',
  ];

  it('reads the function and the source file of each frame', () => {
    expect(real.map((l) => parseGdbFrame(l))).toEqual([
      { fn: '__GI___wait4', file: '../sysdeps/unix/sysv/linux/wait4.c' },
      { fn: 'cr_system_userns', file: 'criu/util.c' },
      { fn: 'run_shell_scripts', file: 'criu/action-scripts.c' },
      { fn: 'main', file: 'criu/crtools.c' },
    ]);
    expect(parseGdbFrame('#3  0x00007f in restore_one_tcp () from /usr/sbin/criu')).toEqual({ fn: 'restore_one_tcp', file: null });
    expect(parseGdbFrame('(00.1) Error (criu/tty.c:1): x')).toBeNull();
  });

  it('a backtrace alone is a failure (a hang), reported at its innermost frame with a low-confidence prior', () => {
    const [top] = analyze([{ path: 'gdb.txt', content: real.join('\n') }]);
    expect(top).toMatchObject({ signature: null, role: 'unrecognised', line: 1 });
    expect(top!.confidence).toBeLessThan(0.3);
  });
});

describe('the version banner (criu/crtools.c)', () => {
  it('names a gap only for a CRIU well older than its kernel, or a 3.x kernel', () => {
    const banner = (criu: string, kernel: string) => [`(00.000000) Version: ${criu} (gitid 0)`, `(00.000021) Running on host Linux ${kernel} #1 SMP x86_64`];
    expect(criuKernelMismatch(banner('4.2.1', '6.18.44-fc-v782'))).toBe(false); // this host
    expect(criuKernelMismatch(banner('4.1', '6.16.0'))).toBe(false); // two releases: within the margin
    expect(criuKernelMismatch(banner('4.1', '6.17.0'))).toBe(true);
    expect(criuKernelMismatch(banner('3.16.1', '5.17.0'))).toBe(true);
    expect(criuKernelMismatch(banner('3.17', '3.10.0-1160.el7.x86_64'))).toBe(true);
    expect(criuKernelMismatch(banner('3.12', '5.0.0'))).toBe(false);
    expect(criuKernelMismatch(banner('3.12', '5.6.0'))).toBe(true);
    expect(criuKernelMismatch(['(00.000021) Running on host Linux 6.8.0 #1 SMP x86_64'])).toBe(false);
  });
});

describe('a restored task killed by SIGKILL', () => {
  it('with no kernel report, is guessed the OOM killer (low confidence)', () => {
    // criu/cr-restore.c pr_err("%d killed by signal %d: %s") as CRIU 4.2.1 printed it on this host
    const content = "(00.476156) Error (criu/cr-restore.c:1269): 21688 killed by signal 9: Killed\n(00.477926) Error (criu/cr-restore.c:2331): Restoring FAILED.";
    expect(top(content)).toMatchObject({ signature: null, category: 'memory-or-resource' });
  });
});

describe('CRIU lines quoted by the layer that passed them on', () => {
  itNamesTheCause([
    // opencontainers/runc libcontainer/criu_linux.go logCriuErrors: logrus.Warnf("%d:%s", lineNo, line), text format
    ['runc quoting CRIU (logrus text)', 'time="2026-01-01T00:00:00Z" level=warning msg="2417:(00.031) Error (criu/namespaces.c:258): Can\'t setns 9/pid: Operation not permitted"', 'missing-capability', 'criu-eperm'],
    // ... and its JSON format, as podman and containerd read runc's log
    ['runc quoting CRIU (logrus JSON)', '{"level":"warning","msg":"512:(00.020) Error (criu/files-reg.c:2353): Can\'t open file app/data.bin on restore: No such file or directory","time":"2026-01-01T00:00:00Z"}', 'file-mismatch', 'criu-file-missing'],
    // a logrus error with its error="..." field
    ['a logrus error field', 'time="2026-01-01T00:00:00Z" level=error msg="checkpoint failed" error="criu failed: type RESTORE errno 17"', 'pid-conflict', 'engine-criu-pid-taken'],
    // Python's repr of bytes (CRIU's own test harness and pycriu print log lines this way)
    ['a Python bytes repr', "b'(00.02) Error (criu/cgroup.c:1936): cg: Can\\'t mount controller dir .criu.cgyard.x/rdma: No such file or directory'", 'kernel-or-criu-unsupported', 'criu-cgroup'],
  ]);
});

describe('how a process died says what killed it', () => {
  itNamesTheCause([
    // criu/cr-restore.c pr_err("%d killed by signal %d: %s"): SIGSYS is a seccomp filter's kill
    ['a restored task killed by SIGSYS', '(00.03) Error (criu/cr-restore.c:1269): 8 killed by signal 31: Bad system call\n(00.04) Error (criu/cr-restore.c:2331): Restoring FAILED.', 'seccomp', 'seccomp-sigsys'],
    ['a shell reporting SIGSYS', 'Bad system call (core dumped)', 'seccomp', 'seccomp-sigsys'],
    // ... SIGILL is an instruction this CPU lacks
    ['a restored task killed by SIGILL', '(00.03) Error (criu/cr-restore.c:1269): 8 killed by signal 4: Illegal instruction', 'cpu-features', 'jvm-illegal-instruction'],
    // ... exit status 137 (128 + SIGKILL) of a build step: the OOM killer, at low confidence
    ['a checkpoint step that exited 137', 'Error: building at STEP "RUN checkpoint.sh afterAppStart": while running runtime: exit status 137', 'memory-or-resource', null],
  ]);
});

describe("Liberty's checkpoint exit codes (open-liberty checkpoint FAT TestMethod)", () => {
  itNamesTheCause([
    ['70: no CRIU support in the JVM', 'The command \'/bin/sh -c checkpoint.sh afterAppStart\' returned a non-zero code: 70', 'jvm-or-framework', 'liberty-checkpoint-exit-jvm'],
    ['73: the JVM could not checkpoint', 'Error: building at STEP "RUN checkpoint.sh beforeAppStart": while running runtime: exit status 73', 'jvm-or-framework', 'liberty-checkpoint-exit-jvm'],
    ['74 alone: CRIU failed, usually for want of capabilities', 'Error: building at STEP "RUN checkpoint.sh afterAppStart": while running runtime: exit status 74', 'missing-capability', null],
  ]);

  it('74 with the CRIU error named: the CRIU error decides', () => {
    // the Open Liberty guide's non-root build: criu/proc_parse.c pr_perror("Can't open %d's mapfile link %lx") with EPERM
    const content = [
      'Error (criu/proc_parse.c:379): Failed to resolve mapping 558982528000 filename',
      "Error (criu/proc_parse.c:694): Can't open 1023's mapfile link 558982528000: Operation not permitted",
      'Error (criu/cr-dump.c:1558): Collect mappings (pid: 1023) failed with -1',
      'Error (criu/cr-dump.c:2093): Dumping FAILED.',
      'Error: building at STEP "RUN checkpoint.sh afterAppStart": while running runtime: exit status 74',
    ].join('\n');
    // the EPERM is the step's proximate cause (the wrapper names its step), above the first line, which has no errno
    expect(top(content)).toMatchObject({ category: 'missing-capability', signature: 'criu-eperm', line: 2 });
  });
});

describe('an EACCES as root is a security module, wherever it is', () => {
  it('a mount CRIU may not make (AppArmor mount rule)', () => {
    // criu/mount.c pr_perror("Can't mount at %s"), instantiated with EACCES
    expect(top("(00.2) Error (criu/mount.c:1500): mnt: Can't mount at ./dev/mqueue: Permission denied")).toMatchObject({ category: 'security-policy', signature: 'criu-eacces' });
    // the same mount refused with EINVAL is the kernel
    expect(top("(00.2) Error (criu/mount.c:1500): mnt: Can't mount at ./dev/mqueue: Invalid argument")).toMatchObject({ category: 'kernel-or-criu-unsupported' });
  });
});

describe('a CRIU log cut short before any error line', () => {
  // the head of a real `criu dump -v4` log on this host (CRIU 4.2.1), cut where a user's paste might end
  const head = [
    '(00.000000) CRIU run id = 8b620635-d071-46d3-a228-5b2f315ea906',
    '(00.000272) Version: 4.2.1 (gitid 0)',
    '(00.000388) Running on vm Linux 6.18.44-fc-v782 #1 SMP PREEMPT_DYNAMIC @0 x86_64',
    "(00.264550) Warn  (criu/kerndat.c:1799): Hardware breakpoints don't seem to work (status=137f)",
    '(00.269433) Adjust mmap_min_addr 0x1000 -> 0x10000',
    '(00.323116) Dumping file-locks',
    '(00.323121) Dumping pstree (pid: 16663)',
    '(00.327266) ----------------------------------------',
    "(00.327362) cg: All tasks in criu's cgroups. Nothing to dump.",
    '(00.327365) unix: Dumping external sockets',
  ];

  it('is a failure even unasked: reported at its last line, with what CRIU was doing, at low confidence', () => {
    const findings = analyze([{ path: 'dump.log', content: head.join('\n') }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ signature: null, role: 'unrecognised', line: head.length, category: 'open-socket' });
    expect(findings[0]!.cause).toMatch(/ends with no error line/);
    expect(findings[0]!.confidence).toBeLessThan(0.5);
  });

  it('not when the run is known to have succeeded, nor for a tail without the start, nor once a verdict is printed', () => {
    expect(analyze([{ path: 'dump.log', content: head.join('\n') }], { failed: false })).toEqual([]);
    expect(analyze([{ path: 'dump.log', content: head.slice(4).join('\n') }])).toEqual([]);
    expect(analyze([{ path: 'dump.log', content: [...head, '(00.4) Dumping finished successfully'].join('\n') }])).toEqual([]);
  });
});

describe("an unknown line's ENOENT depends on the phase", () => {
  // criu/cr-dump.c pr_perror("Can't fstat exe link"), instantiated with ENOENT (no family claims cr-dump.c)
  const line = "(00.2) Error (criu/cr-dump.c:285): Can't fstat exe link: No such file or directory";
  it('while dumping, a kernel interface is missing (the process still has its files)', () => {
    expect(analyze([{ path: 'log', content: line, stage: 'checkpoint' }])[0]).toMatchObject({ signature: null, category: 'kernel-or-criu-unsupported' });
  });
  it('while restoring, a file the checkpoint refers to', () => {
    expect(analyze([{ path: 'log', content: line, stage: 'restore' }])[0]).toMatchObject({ signature: null, category: 'file-mismatch' });
  });
});

describe("CRIU's parasite transport failing on an enforcing SELinux host", () => {
  // compel/src/lib/infect.c pr_info("Putting tsock into pid %d"), infect-rpc.c pr_debug("Wait for ack %d on daemon
  // socket") and pr_err("Message reply from daemon is trimmed (%d/%d)"), infect.c pr_err("Can't switch parasite %d to daemon mode %d")
  const criu = [
    '(00.36) Putting tsock into pid 5946',
    '(00.36) Wait for ack 2 on daemon socket',
    '(00.36) Error (compel/src/lib/infect-rpc.c:44): Message reply from daemon is trimmed (12/0)',
    "(00.36) Error (compel/src/lib/infect.c:724): Can't switch parasite 5946 to daemon mode 0",
  ];

  it("CRIU's own sockets say nothing of the app's: without more, the prior", () => {
    expect(top(criu.join('\n'))).toMatchObject({ signature: null, category: 'kernel-or-criu-unsupported' });
  });

  it('with `getenforce` printing Enforcing beside it, the policy', () => {
    expect(top(['$ getenforce', 'Enforcing', ...criu].join('\n'))).toMatchObject({ signature: null, category: 'security-policy' });
  });
});

describe('the words of an unknown line, without its paths', () => {
  // criu/files-reg.c pr_err("Can't lookup mount=%d for fd=%d path=%s")
  const lookup = "(00.09) Error (criu/files-reg.c:1790): Can't lookup mount=705 for fd=-3 path=/opt/java/openjdk/bin/java\n(00.09) Error (criu/cr-dump.c:1244): Collect mappings (pid: 124) failed with -1\n(00.1) Error (criu/cr-dump.c:1753): Dumping FAILED.";
  it('a mount CRIU cannot find is the mount tree, and `java` in a path is no JVM message', () => {
    expect(top(lookup)).toMatchObject({ signature: null, category: 'kernel-or-criu-unsupported' });
    expect(top(lookup)!.cause).toMatch(/from the other error lines and their words/);
  });
});

describe('issue 14, fifth pass: a CRIU or JVM line that names its cause outranks word votes', () => {
  itNamesTheCause([
    // criu/cr-dump.c pr_err("A session leader of %d(%d) is outside of its pid namespace")
    ['a session leader outside the pid namespace', '(00.02) Error (criu/cr-dump.c:1390): A session leader of 901(12) is outside of its pid namespace\n(00.03) Error (criu/cr-dump.c:2000): Dumping FAILED.', 'tty', 'criu-session-leader-outside-pidns'],
    // criu/namespaces.c pr_err("Can't dump nested %s namespace for %d"), under lxc-checkpoint's wrapper
    ['a task in a nested namespace', "lxc-checkpoint: app: criu.c: do_dump: 1300 dump failed with 1\n(00.01) Error (criu/namespaces.c:470): Can't dump nested uts namespace for 5120\n(00.02) Error (criu/cr-dump.c:2000): Dumping FAILED.", 'kernel-or-criu-unsupported', 'criu-nested-namespace'],
    // criu/cr-restore.c pr_err("%d killed by signal %d: %s"); the LSM words of the restorer's progress line are no denial
    ['a restored task that segfaults in the restorer', "(00.03) pie: 1: restoring lsm profile (current) system_u:system_r:container_t:s0\n(00.04) Error (criu/cr-restore.c:1600): 321 killed by signal 11: Segmentation fault\n(00.05) Error (criu/cr-restore.c:2500): Restoring FAILED.", 'kernel-or-criu-unsupported', 'criu-restored-task-crashed'],
    // the same (pr_err "%d stopped by signal %d: %s"), quoted by a Go test and wrapped by logrus: the line is recognised anywhere
    ['a restored task stopped by SIGBUS, behind a test prefix', '    restore_test.go:88: (00.04) Error (criu/cr-restore.c:1610): 77 stopped by signal 7: Bus error', 'kernel-or-criu-unsupported', 'criu-restored-task-crashed'],
    ['the same inside logrus quoting', 'time="2026-01-01T00:00:00Z" level=error msg="(00.04) Error (criu/cr-restore.c:1610): 77 stopped by signal 11: Segmentation fault"', 'kernel-or-criu-unsupported', 'criu-restored-task-crashed'],
    // ... while SIGILL stays the CPU's (jvm-illegal-instruction)
    ['a restored task killed by SIGILL', '(00.04) Error (criu/cr-restore.c:1600): 321 killed by signal 4: Illegal instruction', 'cpu-features', 'jvm-illegal-instruction'],
    // criu/util.c "execvp(\"%s\", ...) failed: %s" (printed without a timestamp), then its exit status
    ['a helper CRIU runs is not installed', 'Error (criu/util.c:640): execvp("ip6tables-restore", ...) failed: No such file or directory\n(00.1) Error (criu/util.c:655): exited, status=1\n(00.2) Error (criu/cr-dump.c:2000): Dumping FAILED.', 'kernel-or-criu-unsupported', 'criu-helper-tool-missing'],
    // criu/net.c pr_err("Locking network failed: iptables-restore returned %d. This may be connected to disabled CONFIG_NETFILTER_XT_MARK ...")
    ['the network lock fails', '(00.1) Error (criu/net.c:3000): net: Locking network failed: iptables-restore returned 1. This may be connected to disabled CONFIG_NETFILTER_XT_MARK kernel build config option.', 'kernel-or-criu-unsupported', 'criu-helper-tool-missing'],
    // OpenJ9 -Xdump "throw" event naming org.eclipse.openj9.criu.RestoreException, then JIT frames
    ['OpenJ9 throws RestoreException from its restore hooks', 'JVMDUMP039I Processing dump event "throw", detail "org/eclipse/openj9/criu/RestoreException" at 2026/01/02 03:04:05 - please wait.\nJVMDUMP013I Processed dump event "throw", detail "org/eclipse/openj9/criu/RestoreException".\njitHookPrepareRestore+0x100 (0x0000 [libj9jit29.so+0x1000])', 'jvm-or-framework', 'openj9-restore-exception-thrown'],
    // CRaC/org.crac: the API jar missing from the class path
    ['the org.crac jar is missing', 'Exception in thread "main" java.lang.NoClassDefFoundError: org/crac/Context\n\tat com.example.App.main(App.java:12)\nCaused by: java.lang.ClassNotFoundException: org.crac.Context', 'jvm-or-framework', 'crac-api-missing'],
    // linux mm/oom_kill.c and mm/memcontrol.c frames in the OOM killer's call trace (symbol+off/size)
    ['a kernel OOM call trace alone', 'Call Trace:\n dump_stack+0x50/0x70\n dump_header+0x4a/0x200\n oom_kill_process+0xe6/0x120\n out_of_memory+0x109/0x510\n mem_cgroup_out_of_memory+0xbb/0xd0', 'memory-or-resource', 'memory-killed'],
    // criu/fsnotify.c reopening a watched path at restore, ENOENT: the path is missing there, not an undumpable descriptor
    ['a watched path missing at restore', '(00.6) 1: Error (criu/fsnotify.c:530): fsnotify: Unable to open /var/lib/app/watched.conf: No such file or directory\n(00.6) 1: Error (criu/files.c:1200): Unable to open fd=4 id=0x12\n(00.7) Error (criu/cr-restore.c:2300): Restoring FAILED.', 'file-mismatch', 'criu-restore-enoent'],
    // ... while an fsnotify dump error stays a descriptor CRIU cannot save
    ['an inotify handle CRIU cannot dump', "(01.3) Error (criu/fsnotify.c:285): fsnotify: \tCan't dump that handle\n(01.4) Error (criu/cr-dump.c:2000): Dumping FAILED.", 'open-file', 'criu-descriptor-dump'],
  ]);

  itNamesTheCause([
    // openjdk/crac jdk.crac.Core.checkpointRestore: RestoreException when a restore notification threw
    ['CRaC throws RestoreException after the restore', 'Exception in thread "main" jdk.crac.RestoreException\n\tSuppressed: java.lang.IllegalStateException: pool closed\n\t\tat com.example.Pool.afterRestore(Pool.java:40)', 'jvm-or-framework', 'crac-restore-exception'],
    // ... unless a line under it names a more specific cause (HotSpot's OutOfMemoryError in an afterRestore)
    ['a CRaC RestoreException over an OutOfMemoryError', 'Exception in thread "main" jdk.crac.RestoreException\n\tSuppressed: java.lang.OutOfMemoryError: Java heap space', 'memory-or-resource', 'jvm-out-of-memory'],
  ]);

  it("OpenJ9's SystemRestoreException (CRIU's side) is not read as the JVM's own restore failure", () => {
    const findings = analyze([{ path: 'log', content: 'org.eclipse.openj9.criu.SystemRestoreException: Could not restore the JVM' }]);
    expect(findings.map((f) => f.signature)).not.toContain('openj9-restore-exception-thrown');
  });
});

describe("issue 14, fifth pass: each line's phase in a log that dumps and then restores", () => {
  // criu/cr-dump.c's verdict, then the engine's restore command and criu/cr-restore.c's lines about the image
  const log = (dumpError: string, restoreError: string) =>
    ['$ runc checkpoint --image-path /tmp/img app', dumpError, '(00.2) Error (criu/cr-dump.c:2000): Dumping FAILED.', '$ runc restore --image-path /tmp/img app', restoreError, '(00.1) Error (criu/cr-restore.c:2300): Restoring FAILED.'].join('\n');
  itNamesTheCause([
    // criu/cgroup.c with EINVAL at dump; criu/cr-restore.c "Can't fork for %d" with EROFS at restore
    ['the failed dump outranks a specific restore message', log('(00.1) Error (criu/cgroup.c:900): cg: failed to read cgroup props: Invalid argument', "(00.0) Error (criu/cr-restore.c:1500): Can't fork for 9: Read-only file system"), 'kernel-or-criu-unsupported', 'criu-einval'],
    // criu/sk-inet.c's established-connection refusal at dump; criu/image.c ENOENT for the image it never wrote
    ['a dump-only cause keeps its weight', log('(00.1) Error (criu/sk-inet.c:200): inet: Connected TCP socket, consider using --tcp-established option.', '(00.0) Error (criu/image.c:400): Unable to open inventory.img: No such file or directory'), 'open-socket', 'criu-tcp-established'],
  ]);

  it('names the dump as the phase of the dump line', () => {
    const f = top(log('(00.1) Error (criu/sk-inet.c:200): inet: Connected TCP socket, consider using --tcp-established option.', '(00.0) Error (criu/image.c:400): Unable to open inventory.img: No such file or directory'));
    expect(f).toMatchObject({ stage: 'checkpoint', line: 2 });
  });

  it('a restore log alone keeps its restore cause', () => {
    expect(top("$ runc restore --image-path /tmp/img app\n(00.0) Error (criu/cr-restore.c:1500): Can't fork for 9: Read-only file system\n(00.1) Error (criu/cr-restore.c:2300): Restoring FAILED.")).toMatchObject({ category: 'pid-conflict', stage: 'restore' });
  });
});
