import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/diagnosis/analyze.ts';
import { SIGNATURES } from '../../src/diagnosis/signatures.ts';
import { CHECK_PASSED } from '../../src/diagnosis/structure.ts';
import { troubleshootingMarkdown } from '../../src/diagnosis/troubleshooting.ts';
import { CATEGORIES } from '../../src/diagnosis/types.ts';
import { INPUT_SPECS } from '../../src/inputs.ts';
import { corpusLog, loadCorpus } from './corpus-data.ts';

/**
 * Real lines for signatures that no corpus excerpt shows, with where they were posted. Everything
 * else must be matched by a corpus file.
 */
const INLINE_EXAMPLES: Record<string, string> = {
  // the verify step's own verdicts (src/pipeline/verify.ts), provoked for real in test/reliability/faults.test.ts
  'silent-cold-start': 'checkpoint-image verify: The restore image answered, but none of its logs shows a restore (Restore finished successfully): it was a silent cold start.',
  'restore-container-exited': 'checkpoint-image verify: The restore container did not answer: the container exited (code 1) before answering.',
  // eclipse-openj9/openj9 runtime/nls/j9vm/j9vm.nls (J9NLS_VM_CRIU_CRAC_INCOMPATIBLE_SETTING, printed by jvminit.c), as
  // test/doubles/fake-openj9 prints it
  'openj9-criu-crac-conflict': 'JVMJ9VM237E The command line options -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo=[DIR] are not compatible.',
  // eclipse-openj9/openj9 jcl/src/java.base/share/classes/jdk/crac/Core.java, checkpointRestore() without CRaC mode
  'openj9-crac-not-enabled': 'Exception in thread "main" java.lang.UnsupportedOperationException: CRaC support is not enabled',
  // anchors #9 (CRaC container restore with a clashing PID)
  'criu-pid-mismatch': 'Pid 17 do not match expected 9',
  'criu-ns-last-pid-readonly': "Can't fork for 9: Read-only file system",
  // criu/arch/x86/cpu.c, printed by `criu restore` with the default --cpu-cap
  'criu-cpu-caps-mismatch': 'Error (criu/arch/x86/cpu.c:279): cpu: CPU instruction capabilities do not match run time',
  // checkpoint-restore/criu#1573
  'selinux-transport-socket-denied': "lib/infect.c:650: Unable to connect a transport socket: Permission denied",
  // checkpoint-restore/criu#217
  'disk-full': 'IOError: [Errno 28] No space left on device',
  // eclipse-openj9/openj9#18670
  'openj9-not-checkpoint-safe': 'JVM attempted to checkpoint but was unable to due to code being executed in @NotCheckpointSafe frames',
  // eclipse-openj9/openj9#18399
  'openj9-single-thread-blocking': 'Blocking operation is not allowed in CRIU single thread mode',
  // eclipse.dev/openj9/docs/xxignoreunrecognizedrestoreoptions
  'openj9-restore-exception': 'the VM, by default, fails to start and throws a JVMRestoreException error',
  // OpenLiberty/open-liberty dev/io.openliberty.checkpoint/resources/io/openliberty/checkpoint/resources/CheckpointMessages.nlsprops
  'liberty-checkpoint-prepare-failed': '[ERROR   ] CWWKC0459E: A checkpoint cannot be taken because the Java version used does not support checkpoint.',
  // kernel/auditsc.c audit_seccomp() record (type=1326) for clone3 (syscall 435) refused by a filter
  'seccomp-audit': 'audit: type=1326 audit(1700000000.123:45): auid=4294967295 uid=0 gid=0 ses=4294967295 pid=3120 comm="criu" exe="/usr/sbin/criu" sig=0 arch=c000003e syscall=435 compat=0 ip=0x7f3b code=0x50000',
  // containers/podman libpod/container_internal_linux.go checkpointRestoreSupported(), instantiated
  'criu-too-old': 'Error: checkpoint/restore requires at least CRIU 31100, current version is 31000',
  // CRIU include/common/xmalloc.h pr_err("%s: Can't allocate %li bytes"), instantiated
  'memory-killed': "(00.031200) Error (criu/mem.c:612): prepare_mappings: Can't allocate 4294967296 bytes",
  // eclipse-openj9/openj9 runtime/nls/j9vm/j9vm.nls (J9NLS_VM_CRIU_FAILED_TO_OPEN_DIR, errno EACCES)
  'openj9-checkpoint-dir': 'org.eclipse.openj9.criu.SystemCheckpointException: Could not open the checkpoint data directory, errno=13',
  // eclipse-openj9/openj9 runtime/nls/j9vm/j9vm.nls (J9NLS_VM_CRIU_FAILED_TO_ENABLE_ALL_RESTORE_OPTIONS)
  'openj9-restore-options': 'org.eclipse.openj9.criu.JVMRestoreException: The JVM could not enable all the restore options specified',
  // containers/crun src/libcrun/error.c (strerror appended), wrapped by podman as "OCI runtime error"; instantiated
  'engine-eperm': 'Error: OCI runtime error: crun: checkpoint container: Operation not permitted',
  // anchors #5 (spring-cloud/spring-cloud-stream#3156)
  'crac-busy-selector': 'BusySelectorException: Selector sun.nio.ch.EPollSelectorImpl@... has registered keys from channels',
  // Lines instantiated from the format strings of the program that prints them (no public log shows
  // them outside the frozen held-out set, which no pattern may be written from):
  // compel/src/lib/infect.c:131 pr_warn("Unable to interrupt task: %d (%s)") with EACCES from an LSM
  'apparmor-ptrace-denied': '(00.006390) Warn  (compel/src/lib/infect.c:131): Unable to interrupt task: 1006 (Permission denied)',
  // criu/pie/parasite.c:641
  'criu-unprivileged-task': "pie: 9203: Error (criu/pie/parasite.c:641): can't dump unprivileged task whose /proc doesn't belong to it",
  // criu/cr-check.c:759
  'criu-seccomp-suspend-unsupported': "Error (criu/cr-check.c:759): Kernel doesn't support PTRACE_O_SUSPEND_SECCOMP",
  // criu/cr-restore.c:1736 pr_perror("Can't attach to %d") with EPERM
  'criu-ptrace-eperm': "Error (criu/cr-restore.c:1736): Can't attach to 1006: Operation not permitted",
  // criu/pie/restorer.c:317
  'criu-capability': 'pie: 1006: Error (criu/pie/restorer.c:317): Unable to drop capability 38: -1',
  // crun src/crun.c:473 libcrun_fail_with_error(0, "unknown command %s"), wrapped by dockerd
  'oci-runtime-no-checkpoint': 'Error response from daemon: Cannot checkpoint container cr: /usr/local/bin/crun did not terminate successfully: unknown command checkpoint',
  // checkpoint-restore/criu PR #648 (Podman on Fedora 29, permissive mode)
  'selinux-avc-denied':
    'Mar 25 14:26:24 fedora29 audit[18156]: AVC avc:  denied  { write } for  pid=18156 comm="criu" path=002F637269752D666473746F72652D3564643864 scontext=system_u:system_r:container_t:s0:c596,c1015 tcontext=unconfined_u:system_r:container_runtime_t:s0 tclass=unix_dgram_socket permissive=1',
  // criu/fdstore.c pr_perror("Unable to create a socket") with EMFILE
  'criu-resource-limit': 'Error (criu/fdstore.c:45): Unable to create a socket: Too many open files',
  // Issue 14, second pass: lines instantiated from the format strings of the program that prints them
  // soccr/soccr.c:94 logerr("Can't turn TCP repair mode ON") with EPERM (net/ipv4/tcp.c tcp_can_repair_sock)
  'criu-tcp-repair-eperm': "(00.013141) Error (soccr/soccr.c:94): Can't turn TCP repair mode ON: Operation not permitted",
  // openshift/apiserver-library-go capabilities/mustrunas.go field.Invalid(..., "capability may not be added")
  'platform-capability-forbidden':
    'Error creating: pods "app-5f7d" is forbidden: unable to validate against any security context constraint: [provider restricted-v2: .containers[0].capabilities.add: Invalid value: "SYS_PTRACE": capability may not be added]',
  // containers/podman libpod/oci_conmon_linux.go wraps the runtime's failure; rootless storage per containers-storage.conf(5)
  'engine-rootless-storage': 'Error: `/usr/bin/crun checkpoint --image-path /home/u/.local/share/containers/storage/overlay-containers/ab12/userdata/checkpoint ab12` failed: exit status 1',
  // containers/podman pkg/domain/infra/abi (define.ErrNoSuchCtr "no such container"), instantiated
  'podman-container-in-other-store': 'Error: no container with name or ID "loop" found: no such container',
  // criu/lsm.c selinux_get_label pr_err("Invalid selinux context %s")
  'criu-lsm-label': '(00.010200) Error (criu/lsm.c:114): Invalid selinux context kernel_t',
  // openjdk/crac java.io FileDescriptor resource: "FileDescriptor %d left open: %s" with a socket's description
  'crac-open-fd-socket': '\tSuppressed: jdk.internal.crac.mirror.impl.CheckpointOpenFileException: FileDescriptor 14 left open: tcp local /127.0.0.1:5432 remote /127.0.0.1:40312',
  // opencontainers/runc utils_linux.go, wrapped by ctr/containerd
  'engine-tty-no-console-socket': 'ctr: OCI runtime restore failed: cannot allocate tty if runc will detach without setting console socket: unknown',
  // OMR/OpenJ9 crash backtrace frame (mangled OMR::X86::CodeGenerator::initializeX86)
  'openj9-jit-cpu-check-crash': '_ZN3OMR3X8613CodeGenerator13initializeX86EPN2TR11CompilationE+0x8d1 (0x00007F0A11C3AD51 [libj9jit29.so+0x9b0d51])',
  // criu/sockets.c:216 probe_err() pr_err("Diag module missing (%d)")
  'criu-diag-module-missing': 'Error (criu/sockets.c:216): sockets: Diag module missing (-2)',
  // compel/src/lib/infect.c:261 pr_err("Unseizable non-zombie %d found, state %c, err %d/%d")
  'criu-unseizable-task': '(00.103098) Error (compel/src/lib/infect.c:261): Unseizable non-zombie 812 found, state S, err -1/10',
  // containers/crun src/libcrun/criu.c:262 crun_make_error("CRIU feature checking failed: %d")
  'crun-criu-feature-check': 'Error: CRIU feature checking failed: -52',
  // eclipse-openj9/openj9 runtime/nls/j9vm/j9vm.nls J9NLS_VM_CRIU_RESTORE_INITIALIZE_TRACE_FAILED
  'openj9-restore-internal': 'The JVM could not initialize Xtrace upon restoring the JVM',
  // openjdk/crac src/hotspot/share/runtime/crac.cpp log_error(crac) formats, instantiated
  'crac-checkpoint-dir-denied': '[0.011s][error][crac] Cannot create CRaCCheckpointTo=/home/app/cr: Permission denied',
  'crac-restore-image-missing': '[0.003s][error][crac] Cannot open CRaCRestoreFrom=/cr: No such file or directory',
  // criu/file-lock.c:110 pr_err("Some file locks are hold by dumping tasks! You can try --file-locks to dump them.")
  'criu-file-locks': 'Error (criu/file-lock.c:110): Some file locks are hold by dumping tasks! You can try --file-locks to dump them.',
  // criu/apparmor.c pr_perror("failed to open aa policy %s"), instantiated
  'criu-apparmor': "Error (criu/apparmor.c:371): failed to open aa policy /sys/kernel/security/apparmor/policy/namespaces/ns1: No such file or directory",
  // OpenJ9's crash banner (javacore "Unhandled exception" block)
  'jvm-crash': 'Type=Segmentation error vmState=0x00000000',
  // Issue 14, third pass: lines instantiated from the format strings of the program that prints them
  // moby/moby daemon/checkpoint.go CheckpointCreate, through the API client
  'engine-tty-refused': 'Error response from daemon: checkpoint not support on containers with tty',
  // opencontainers/runc libcontainer/criu_linux.go "criu failed: type %s errno %d" with CRIU's EEXIST (criu/cr-restore.c)
  'engine-criu-pid-taken': 'time="2026-01-01T00:00:00Z" level=error msg="criu failed: type RESTORE errno 17"',
  // HotSpot's java.lang.OutOfMemoryError message
  'jvm-out-of-memory': 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
  // criu/namespaces.c switch_ns pr_perror("Can't setns %d/%s") with EPERM, under a CRIU 3.17 banner on a 6.8 kernel
  'criu-kernel-version-gap': "(00.004310) Error (criu/namespaces.c:258): Can't setns 9/pid: Operation not permitted",
  // criu/cr-check.c check_kcmp() pr_perror("System call kcmp is not supported")
  'criu-says-unsupported': '(00.011020) Error (criu/cr-check.c:191): System call kcmp is not supported: Operation not permitted',
  // openjdk/crac criuengine.c perror("exec criu") with EPERM
  'crac-criu-exec-denied': 'exec criu: Operation not permitted',
  // openjdk/crac src/hotspot/share/runtime/crac_engine.cpp log_error(crac)("Cannot find CRaC engine %s")
  'crac-engine-missing': '[0.005s][error][crac] Cannot find CRaC engine criuengine',
  // eclipse-openj9/openj9 j9jcl.nls J9NLS_JCL_CRIU_DUMP_FAILED with libcriu's -ECOMM
  'openj9-criu-not-run': 'org.eclipse.openj9.criu.SystemCheckpointException: Could not dump the JVM processes, err=-70',
  // criu/cr-restore.c pr_err("%d killed by signal %d: %s") with SIGSYS (a seccomp kill)
  'seccomp-sigsys': '(00.031200) Error (criu/cr-restore.c:1269): 8 killed by signal 31: Bad system call',
  // Liberty's server script exit codes under a podman/buildah build step
  'liberty-checkpoint-exit-jvm': 'Error: building at STEP "RUN checkpoint.sh afterAppStart": while running runtime: exit status 72',
  'liberty-checkpoint-exit-system': 'Error: building at STEP "RUN checkpoint.sh afterAppStart": while running runtime: exit status 74',
  // containers/podman pkg/checkpoint/crutils CRImportCheckpoint, instantiated
  'engine-checkpoint-archive-unreadable': 'Error: failed to open checkpoint archive /tmp/app.tar.gz for import: open /tmp/app.tar.gz: no such file or directory',
  // containers/podman libpod/container_internal_linux.go relabel, instantiated
  'engine-selinux-label': 'Error: failed to change selinux label: insufficient permissions, possibly due to a file owned by another user (current user: uid 1000): operation not permitted',
  // lxc/incus internal/server/instance/drivers/driver_lxc.go
  'lxd-state-size': 'Error: Stateful stop and snapshots require the instance limits.memory be less than or equal to the root disk size.state property',
  // Issue 14, fifth pass: instantiated from the format strings named beside each signature
  // criu/cr-dump.c pr_err("A session leader of %d(%d) is outside of its pid namespace")
  'criu-session-leader-outside-pidns': '(00.030100) Error (criu/cr-dump.c:1388): A session leader of 4021(3) is outside of its pid namespace',
  // criu/namespaces.c pr_err("Can't dump nested %s namespace for %d")
  'criu-nested-namespace': "Error (criu/namespaces.c:455): Can't dump nested pid namespace for 318",
  // criu/cr-restore.c pr_err("%d killed by signal %d: %s") with SIGSEGV
  'criu-restored-task-crashed': '(00.020400) Error (criu/cr-restore.c:1508): 153 killed by signal 11: Segmentation fault',
  // criu/util.c "execvp(\"%s\", ...) failed: %s" with ENOENT
  'criu-helper-tool-missing': 'Error (criu/util.c:633): execvp("iptables-restore", ...) failed: No such file or directory',
  // eclipse-openj9/openj9 org.eclipse.openj9.criu.RestoreException as a stack trace's first line
  'openj9-restore-exception-thrown': 'Exception in thread "main" org.eclipse.openj9.criu.RestoreException: Exception thrown when running user post-restore hook',
  // java.lang.NoClassDefFoundError naming an org.crac class (CRaC/org.crac)
  'crac-api-missing': 'java.lang.NoClassDefFoundError: org/crac/Core',
  // openjdk/crac jdk.crac.Core.checkpointRestore throws RestoreException with the failed notifications suppressed
  'crac-restore-exception': 'Exception in thread "main" jdk.crac.RestoreException',
};

const active = SIGNATURES.filter((s) => !s.benign);
const corpus = loadCorpus();
const corpusLines = corpus.flatMap((e) => corpusLog(e).content.split(/\r?\n/));
// the probes a passed `criu check` printed before its "Looks good." verdict are not lines of a run
// (criu/cr-check.c); the analyzer drops them, so they are left out here too
const successLines = corpus
  .filter((e) => e.outcome === 'success')
  .flatMap((e) => {
    const lines = corpusLog(e).content.split(/\r?\n/);
    const verdict = lines.map((l) => CHECK_PASSED.test(l)).lastIndexOf(true);
    return lines.slice(verdict + 1);
  });

describe('signature catalogue', () => {
  it('has at least 40 signatures over every category', () => {
    expect(active.length).toBeGreaterThanOrEqual(40);
    for (const category of CATEGORIES) {
      const n = active.filter((s) => s.category === category).length;
      expect(n, category).toBeGreaterThanOrEqual(category === 'other' ? 1 : 2);
    }
  });

  it('has unique kebab-case ids', () => {
    const ids = SIGNATURES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(SIGNATURES.map((s) => [s.id, s] as const))('%s is complete', (_id, s) => {
    expect(s.cause.trim().length).toBeGreaterThan(10);
    expect(s.cause).not.toContain('\n');
    expect(s.remedy.trim().length).toBeGreaterThan(10);
    expect(s.docs).toMatch(/^https:\/\/\S+$/);
    expect(s.stages.length).toBeGreaterThan(0);
    expect(s.patterns.length).toBeGreaterThan(0);
    // a global or sticky regex keeps state between test() calls and would skip lines
    for (const re of s.patterns) expect(re.flags).not.toMatch(/[gy]/);
    if (s.weight !== undefined) expect(s.weight).toBeGreaterThan(0);
  });

  it.each(active.map((s) => [s.id, s] as const))('%s: its sample line is diagnosed as itself', (id, s) => {
    expect(s.sample).toBeTruthy();
    // a signature that needs a second signal gets it from its contextSample, and counts only with it
    const content = s.context || s.when ? `${s.contextSample}\n${s.sample}` : s.sample!;
    if (s.context || s.when) {
      if (s.context) expect(s.context.test(s.contextSample ?? ''), `${id} contextSample shows its context`).toBe(true);
      if (s.when) expect(s.when((s.contextSample ?? '').split('\n')), `${id} contextSample shows its condition`).toBe(true);
      expect(analyze([{ path: 'x.log', content: s.sample! }], { failed: true }).map((f) => f.signature)).not.toContain(id);
    }
    const findings = analyze([{ path: 'x.log', content }]);
    if (s.usualCause) {
      // a wrapper alone: its usual cause is named first (a low-confidence guess), the wrapper after it
      expect(findings[0]).toMatchObject({ signature: null, role: 'unrecognised', category: s.usualCause });
      expect(findings[1]?.signature).toBe(id);
    } else expect(findings[0]?.signature).toBe(id);
  });

  it.each(SIGNATURES.map((s) => [s.id, s] as const))('%s is shown by a corpus file or an inline example', (id, s) => {
    const example = INLINE_EXAMPLES[id];
    const inCorpus = corpusLines.some((line) => s.patterns.some((re) => re.test(line)));
    if (example !== undefined) expect(s.patterns.some((re) => re.test(example)), `inline example of ${id}`).toBe(true);
    expect(inCorpus || example !== undefined).toBe(true);
  });

  it('matches no line of a successful run', () => {
    expect(successLines.length).toBeGreaterThan(100);
    for (const s of active) {
      const hit = successLines.find((line) => s.patterns.some((re) => re.test(line)));
      expect(hit, `${s.id} matched a successful log`).toBeUndefined();
    }
  });

  it('names only inputs that exist', () => {
    const inputs = new Set(Object.keys(INPUT_SPECS));
    for (const s of SIGNATURES) {
      for (const m of s.remedy.matchAll(/inputs? `([a-z-]+)(?::[^`]*)?`(?: and `([a-z-]+)`)?/g)) {
        for (const name of [m[1], m[2]]) if (name) expect(inputs.has(name), `${s.id} names input ${name}`).toBe(true);
      }
      for (const m of s.remedy.matchAll(/`(cap-add|security-opt|java-options|restore-flags|min-pid|privileged|env|checkpoint-dir|checkpoint-timeout|ready-url|ready-log|warmup-url|tls-verify)(?::[^`]*)?`/g)) {
        expect(inputs.has(m[1]!), `${s.id} names input ${m[1]}`).toBe(true);
      }
    }
  });
});

describe('troubleshooting section', () => {
  const md = troubleshootingMarkdown();

  it('mentions every signature id', () => {
    for (const s of SIGNATURES) expect(md, s.id).toContain(`\`${s.id}\``);
  });

  it('groups entries by category and shows cause, fix and docs', () => {
    expect(md).toContain('### Seccomp blocks a system call');
    expect(md).toContain('### Lines that are not errors');
    const seccomp = md.slice(md.indexOf('#### `criu-seccomp-suspend`'));
    expect(seccomp).toContain('suspending seccomp failed: Operation not permitted');
    expect(seccomp).toMatch(/\*\*Cause:\*\*/);
    expect(seccomp).toMatch(/\*\*Fix:\*\* .*seccomp=unconfined/);
    expect(seccomp).toContain('**Docs:** <https://');
  });
});
