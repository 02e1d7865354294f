import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { commitChanges, criuVersionFromLogs, parseRelease, restoreCommand } from '../../src/pipeline/commit.ts';
import { checkpointRunOptions, jcmdRefusal, unsupportedJavaOption } from '../../src/pipeline/checkpoint.ts';
import { identityFromLabels, parseTop, restoreEvidence, restoreRunOptions } from '../../src/pipeline/verify.ts';
import { launcherInvocation } from '../../src/launcher.ts';
import { parseInputs } from '../../src/inputs.ts';
import { RUNTIMES, RUNTIME_NAMES, resolveTrigger } from '../../src/runtimes.ts';

// Expected values are the runtimes' documented flags and capabilities:
// CRaC: https://docs.azul.com/core/crac/crac-guidelines (CRaCCheckpointTo/CRaCRestoreFrom, CHECKPOINT_RESTORE+SYS_PTRACE, CPUFeatures)
// OpenJ9: https://eclipse.dev/openj9/docs/criusupport/ (-XX:+EnableCRIUSupport; criu restore --unprivileged)
// Liberty: https://openliberty.io/docs/latest/instanton.html (WLP_CHECKPOINT, CHECKPOINT_RESTORE+SETPCAP, CRIU_RESTORE_DISABLE_RECOVERY)
const config = (runtime: string, extra: Record<string, string> = {}) =>
  parseInputs({ runtime, image: 'localhost/app', 'ready-url': '/health', ...extra });

describe('runtime profiles', () => {
  it.each([
    ['crac', ['CHECKPOINT_RESTORE', 'SYS_PTRACE'], ['seccomp=unconfined'], { }, '-XX:CRaCCheckpointTo=/opt/crac-files -XX:CPUFeatures=generic'],
    ['openj9', ['CHECKPOINT_RESTORE', 'SYS_PTRACE', 'SETPCAP'], ['seccomp=unconfined'], { CHECKPOINT_DIR: '/opt/checkpoint' }, '-XX:+EnableCRIUSupport'],
    ['liberty', ['CHECKPOINT_RESTORE', 'SYS_PTRACE', 'SETPCAP'], ['seccomp=unconfined'], { WLP_CHECKPOINT: 'afterAppStart' }, ''],
    // with trim-heap's options for a JDK 17 image (default true; test/unit/trim.test.ts)
    ['criu', ['CHECKPOINT_RESTORE', 'SYS_PTRACE'], ['seccomp=unconfined'], {}, '-XX:-UsePerfData -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0'],
  ])('%s checkpoint run: caps %j, security %j, env %j, JVM options %s', (runtime, caps, sec, env, jvm) => {
    const o = checkpointRunOptions({ config: config(runtime), profile: RUNTIMES[runtime as keyof typeof RUNTIMES] }, 17);
    expect(o.capAdd).toEqual(caps);
    expect(o.securityOpt).toEqual(sec);
    expect(o.env).toEqual(env);
    expect(o.javaOptions).toBe(jvm);
  });

  it.each([
    ['crac', ['CHECKPOINT_RESTORE', 'SYS_PTRACE'], []],
    ['openj9', ['CHECKPOINT_RESTORE', 'SYS_PTRACE', 'SETPCAP'], []],
    ['liberty', ['CHECKPOINT_RESTORE', 'SETPCAP'], ['seccomp=unconfined']],
    ['criu', ['CHECKPOINT_RESTORE', 'SYS_PTRACE'], []],
  ])('%s restore run: caps %j, security %j (never more than the checkpoint run)', (runtime, caps, sec) => {
    const name = runtime as keyof typeof RUNTIMES;
    const o = restoreRunOptions({ config: config(runtime), profile: RUNTIMES[name] });
    expect(o.capAdd).toEqual(caps);
    expect(o.securityOpt).toEqual(sec);
    for (const c of o.capAdd) expect(RUNTIMES[name].checkpoint.capAdd).toContain(c);
  });

  it.each([
    ['crac', ['ENTRYPOINT []', 'CMD ["java","-XX:CRaCRestoreFrom=/opt/crac-files"]']],
    ['openj9', ['ENTRYPOINT []', 'CMD ["criu","restore","--unprivileged","-D","/opt/checkpoint","--shell-job","-v3","--log-file=restore.log","--file-locks"]']],
    // CRIU_RESTORE_DISABLE_RECOVERY is for the verify run only (test/unit/runtimes-openj9-liberty.test.ts)
    ['liberty', []],
    ['criu', ['ENTRYPOINT []', 'CMD ["criu","restore","--unprivileged","-D","/checkpoint","--shell-job","-v3","--log-file=restore.log","--file-locks"]']],
  ])('%s restore image changes', (runtime, want) => {
    const name = runtime as keyof typeof RUNTIMES;
    expect(commitChanges(RUNTIMES[name], config(runtime), { 'io.checkpoint-image.runtime': runtime })).toEqual([...want, `LABEL io.checkpoint-image.runtime="${runtime}"`]);
  });

  it('crac gets restore-flags through CRAC_CRIU_OPTS, never on the java command line', () => {
    expect(commitChanges(RUNTIMES.crac, config('crac', { 'restore-flags': '--tcp-close -v4' }), {})).toEqual([
      'ENTRYPOINT []',
      'CMD ["java","-XX:CRaCRestoreFrom=/opt/crac-files"]',
      'ENV CRAC_CRIU_OPTS="--tcp-close -v4"',
    ]);
  });

  it('appends restore-flags and user caps, with a custom dir', () => {
    const c = config('criu', { 'restore-flags': '--tcp-close', 'checkpoint-dir': '/ckpt', 'cap-add': 'net_admin' });
    expect(commitChanges(RUNTIMES.criu, c, {})[1]).toBe('CMD ["criu","restore","--unprivileged","-D","/ckpt","--shell-job","-v3","--log-file=restore.log","--file-locks","--tcp-close"]');
    expect(restoreRunOptions({ config: c, profile: RUNTIMES.criu }).capAdd).toEqual(['CHECKPOINT_RESTORE', 'SYS_PTRACE', 'NET_ADMIN']);
  });

  it('user java-options come after the runtime flags (the JVM takes the last one)', () => {
    expect(checkpointRunOptions({ config: config('crac', { 'java-options': '-XX:CPUFeatures=native' }), profile: RUNTIMES.crac }).javaOptions).toBe(
      '-XX:CRaCCheckpointTo=/opt/crac-files -XX:CPUFeatures=generic -XX:CPUFeatures=native',
    );
  });

  it('liberty passes JVM options through the environment (no launcher)', () => {
    expect(checkpointRunOptions({ config: config('liberty', { 'java-options': '-Xmx256m' }), profile: RUNTIMES.liberty }).env.JAVA_TOOL_OPTIONS).toBe('-Xmx256m');
  });

  it('every profile is complete and its default trigger is allowed', () => {
    for (const n of RUNTIME_NAMES) {
      const p = RUNTIMES[n];
      expect(p.triggers).toContain(p.defaultTrigger);
      expect(resolveTrigger(p, 'auto')).toBe(p.defaultTrigger);
      // only OpenJ9 judges by exit status and image files alone (its default log level hides the marker)
      expect(p.checkpoint.successMarkers.length > 0 || n === 'openj9').toBe(true);
      // a restore is proven by identity (launcher runtimes) or by the runtime's log line
      expect(p.launcher || p.restore.restoredMarkers.length > 0).toBe(true);
      expect(p.docs).toMatch(/^https:\/\//);
      expect(p.restore.capAdd).toContain('CHECKPOINT_RESTORE');
    }
  });
});

const sh = promisify(execFile);

describe('crac, as the upstream sources say (see the conformance rows in src/runtimes.ts)', () => {
  it('crac options travel in JDK_JAVA_OPTIONS, where the CRaC launcher reads them', async () => {
    const o = checkpointRunOptions({ config: config('crac', { 'java-options': '-XX:CRaCMinPid=200' }), profile: RUNTIMES.crac });
    expect(o.javaOptionsEnv).toBe('JDK_JAVA_OPTIONS');
    expect(o.env).toEqual({});
    // the real launcher script, run here: the app gets the options in JDK_JAVA_OPTIONS (after the
    // image's own), JAVA_TOOL_OPTIONS untouched, and the checkpoint id
    const state = await mkdtemp(path.join(os.tmpdir(), 'launcher-'));
    try {
      const l = launcherInvocation({ minPid: 1, checkpointDir: path.join(state, 'ck'), javaOptions: o.javaOptions, javaOptionsEnv: o.javaOptionsEnv, checkpointId: 'run-1', criuFlags: [], command: ['sh', '-c', 'echo "J=$JDK_JAVA_OPTIONS|T=${JAVA_TOOL_OPTIONS-unset}|C=$CHECKPOINT_IMAGE_CHECKPOINT"'] });
      const [shell, flag, script, name] = l.entrypoint;
      const [, ...rest] = l.command;
      await sh(shell!, [flag!, script!, name!, state, ...rest], { env: { PATH: process.env.PATH, JDK_JAVA_OPTIONS: '-Dimage=1' } });
      expect(await readFile(path.join(state, 'app.log'), 'utf8')).toBe('J=-Dimage=1 -XX:CRaCCheckpointTo=/opt/crac-files -XX:CPUFeatures=generic -XX:CRaCMinPid=200|T=unset|C=run-1\n');
    } finally {
      await rm(state, { recursive: true, force: true });
    }
  }, 30_000);

  it('crac refuses the criu trigger up front, naming $JAVA_HOME/lib/criu', () => {
    expect(() => config('crac', { 'checkpoint-trigger': 'criu' })).toThrow(/"criu" does not work with runtime crac: .*\$JAVA_HOME\/lib\/criu, not on PATH.*Fix: use `checkpoint-trigger: jcmd`/);
    expect(config('crac').trigger).toBe('jcmd');
  });

  it('crac refuses the warp engine in words', () => {
    expect(unsupportedJavaOption(RUNTIMES.crac, '-XX:CRaCCheckpointTo=/d -XX:CRaCEngine=warp', [])).toMatch(/^JVM option -XX:CRaCEngine=warp: .*warp write no CRIU image and are not supported\. Fix: remove -XX:CRaCEngine/);
    // from the image's environment too
    expect(unsupportedJavaOption(RUNTIMES.crac, '', [{ JDK_JAVA_OPTIONS: '-XX:CRaCEngine=warp' }])).toMatch(/warp/);
    expect(unsupportedJavaOption(RUNTIMES.crac, '-XX:CRaCEngine=criu', [{ JAVA_TOOL_OPTIONS: '-Xmx1g' }])).toBeNull();
    expect(unsupportedJavaOption(RUNTIMES.criu, '-XX:CRaCEngine=warp', [])).toBeNull();
  });

  it('crac judges the checkpoint by dump4.log in the checkpoint directory', () => {
    expect(RUNTIMES.crac.logFiles).toContain('dump4.log');
    expect(RUNTIMES.crac.checkpoint.successMarkers.some((m) => m.test('(00.412345) Dumping finished successfully'))).toBe(true);
    expect(RUNTIMES.crac.checkpoint.exitCodes).toContain(137);
    // nothing is logged on restore: no restore log file, no marker to wait for
    expect(RUNTIMES.crac.logFiles).not.toContain('restore.log');
    expect(RUNTIMES.crac.restore.restoredMarkers).toEqual([]);
  });

  it('reads the JVM\'s refusal from jcmd\'s answer', () => {
    const answer = [
      '1001:',
      'An exception during a checkpoint operation:',
      'jdk.crac.CheckpointException',
      '\tat jdk.crac.Core.checkpointRestore1(Core.java:182)',
      '\tSuppressed: jdk.crac.impl.CheckpointOpenSocketException: tcp6 localAddr :: localPort 8080 remoteAddr :: remotePort 0',
      '\t\tat jdk.crac.Core.translateJVMExceptions(Core.java:120)',
    ].join('\n');
    expect(jcmdRefusal(answer)).toBe('jdk.crac.impl.CheckpointOpenSocketException: tcp6 localAddr :: localPort 8080 remoteAddr :: remotePort 0');
    expect(jcmdRefusal('1001:\nCR: Checkpoint ...\n')).toBeNull();
  });
});

describe('criu, as the upstream sources say', () => {
  it('criu dumps and restores file locks (--file-locks on both sides)', () => {
    expect(RUNTIMES.criu.checkpoint.criuDumpFlags).toContain('--file-locks');
    expect(restoreCommand(RUNTIMES.criu, config('criu'))).toContain('--file-locks');
  });
});

describe('restore proof (verify)', () => {
  const identity = { pid: 1001, checkpointId: 'crac-abc' };
  const environ = (vars: string[]) => vars.join('\0') + '\0';

  it('a restore is proven by identity, at any log level', () => {
    expect(restoreEvidence(RUNTIMES.crac, identity, { environ: environ(['PATH=/bin', 'CHECKPOINT_IMAGE_CHECKPOINT=crac-abc']), logs: '' })).toBe('pid 1001 holds checkpoint crac-abc');
    // with the runtime's line as well, where it logs one
    expect(restoreEvidence(RUNTIMES.criu, identity, { environ: environ(['CHECKPOINT_IMAGE_CHECKPOINT=crac-abc']), logs: '(00.1) Restore finished successfully\n' })).toBe('pid 1001 holds checkpoint crac-abc; Restore finished successfully');
  });

  it('a process without the checkpoint id, or no process with that PID, is a silent cold start', () => {
    // e.g. CRaC with -XX:+CRaCIgnoreRestoreIfUnavailable started the app afresh
    expect(restoreEvidence(RUNTIMES.crac, identity, { environ: null, logs: '' })).toBeNull();
    expect(restoreEvidence(RUNTIMES.crac, identity, { environ: environ(['CHECKPOINT_IMAGE_CHECKPOINT=other']), logs: '' })).toBeNull();
    // a log line does not stand in for the identity
    expect(restoreEvidence(RUNTIMES.criu, identity, { environ: null, logs: 'Restore finished successfully' })).toBeNull();
  });

  it('without an identity the runtime\'s markers decide, each with its own flags', () => {
    const profile = { restore: { ...RUNTIMES.criu.restore, restoredMarkers: [/CWWKC0452I/, /restore finished/i] } };
    expect(restoreEvidence(profile, null, { environ: null, logs: 'x\nRESTORE FINISHED\n' })).toBe('RESTORE FINISHED');
    expect(restoreEvidence(profile, null, { environ: null, logs: 'CWWKC0452I: The Liberty server process resumed' })).toBe('CWWKC0452I');
    expect(restoreEvidence(profile, null, { environ: null, logs: 'cold start' })).toBeNull();
  });

  it('reads the identity from the restore image labels and the host PID from podman top', () => {
    expect(identityFromLabels({ 'io.checkpoint-image.app-pid': '1001', 'io.checkpoint-image.checkpoint-id': 'crac-abc' })).toEqual(identity);
    expect(identityFromLabels({ 'io.checkpoint-image.runtime': 'liberty' })).toBeNull();
    expect(parseTop('PID         HPID\n1           17064\n1001        17100\n')).toEqual(new Map([[1, 17064], [1001, 17100]]));
  });
});

describe('version facts for the labels', () => {
  it('reads a JDK release file', () => {
    expect(parseRelease('IMPLEMENTOR="Azul Systems, Inc."\nJAVA_VERSION="21.0.5"\n')).toBe('21.0.5 (Azul Systems, Inc.)');
    expect(parseRelease('nothing')).toBeNull();
  });
  it("reads CRIU's version from its log header", () => {
    expect(criuVersionFromLogs([{ content: 'x' }, { content: '(00.000000) CRIU run id = f0\n(00.000302) Version: 4.2.1 (gitid 0)\n' }])).toBe('4.2.1');
    expect(criuVersionFromLogs([{ content: 'no header' }])).toBeNull();
  });
});
