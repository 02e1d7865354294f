import { describe, expect, it } from 'vitest';
import { commitChanges, criuVersionFromLogs, parseRelease } from '../../src/pipeline/commit.ts';
import { checkpointRunOptions } from '../../src/pipeline/checkpoint.ts';
import { restoreRunOptions } from '../../src/pipeline/verify.ts';
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
    ['criu', ['CHECKPOINT_RESTORE', 'SYS_PTRACE'], ['seccomp=unconfined'], {}, '-XX:-UsePerfData'],
  ])('%s checkpoint run: caps %j, security %j, env %j, JVM options %s', (runtime, caps, sec, env, jvm) => {
    const o = checkpointRunOptions({ config: config(runtime), profile: RUNTIMES[runtime as keyof typeof RUNTIMES] });
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
    ['openj9', ['ENTRYPOINT []', 'CMD ["criu","restore","--unprivileged","-D","/opt/checkpoint","--shell-job","--file-locks","-v3","--log-file=restore.log"]']],
    // CRIU_RESTORE_DISABLE_RECOVERY is for the verify run only (test/unit/runtimes-openj9-liberty.test.ts)
    ['liberty', []],
    ['criu', ['ENTRYPOINT []', 'CMD ["criu","restore","--unprivileged","-D","/checkpoint","--shell-job","-v3","--log-file=restore.log"]']],
  ])('%s restore image changes', (runtime, want) => {
    const name = runtime as keyof typeof RUNTIMES;
    expect(commitChanges(RUNTIMES[name], config(runtime), { 'io.checkpoint-image.runtime': runtime })).toEqual([...want, `LABEL io.checkpoint-image.runtime="${runtime}"`]);
  });

  it('CRaC gets restore-flags through CRAC_CRIU_OPTS, never on the java command line', () => {
    expect(commitChanges(RUNTIMES.crac, config('crac', { 'restore-flags': '--tcp-close -v4' }), {})).toEqual([
      'ENTRYPOINT []',
      'CMD ["java","-XX:CRaCRestoreFrom=/opt/crac-files"]',
      'ENV CRAC_CRIU_OPTS="--tcp-close -v4"',
    ]);
  });

  it('appends restore-flags and user caps, with a custom dir', () => {
    const c = config('criu', { 'restore-flags': '--tcp-close', 'checkpoint-dir': '/ckpt', 'cap-add': 'net_admin' });
    expect(commitChanges(RUNTIMES.criu, c, {})[1]).toBe('CMD ["criu","restore","--unprivileged","-D","/ckpt","--shell-job","-v3","--log-file=restore.log","--tcp-close"]');
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
      expect(p.restore.restoredMarkers.length).toBeGreaterThan(0);
      expect(p.docs).toMatch(/^https:\/\//);
      expect(p.restore.capAdd).toContain('CHECKPOINT_RESTORE');
    }
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
