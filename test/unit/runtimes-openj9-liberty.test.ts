/**
 * The openj9 and liberty profiles against the upstream behaviours of their conformance rows
 * (src/runtimes.ts): pure decisions, table-tested. The end-to-end side is
 * test/e2e/runtimes-openj9-liberty.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseInputs, InputError } from '../../src/inputs.ts';
import { isNonRootUser, LAUNCHER_SCRIPT, LAUNCHER_STATE_DIR, userLayerContainerfile } from '../../src/launcher.ts';
import { checkpointRunOptions } from '../../src/pipeline/checkpoint.ts';
import { commitChanges, restoreCommand } from '../../src/pipeline/commit.ts';
import { restoreRunOptions } from '../../src/pipeline/verify.ts';
import { openj9Mode, resolveProfile, RUNTIMES } from '../../src/runtimes.ts';

const inputs = (extra: Record<string, string>) => parseInputs({ image: 'localhost/app', 'ready-url': '/health', ...extra });
const withProfile = (extra: Record<string, string>) => {
  const config = inputs(extra);
  return { config, profile: resolveProfile(config.runtime, config.javaOptions) };
};
const inputErrors = (extra: Record<string, string>): string[] => {
  try {
    inputs(extra);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).message.split('\n');
  }
};

describe('openj9', () => {
  it('CRIU mode passes -XX:+EnableCRIUSupport and the directory the app hands to CRIUSupport', () => {
    const c = withProfile({ runtime: 'openj9', 'java-options': '-Xmx64m' });
    const o = checkpointRunOptions(c);
    expect(o.javaOptions).toBe('-XX:+EnableCRIUSupport -Xmx64m');
    expect(o.env).toEqual({ CHECKPOINT_DIR: '/opt/checkpoint' });
    expect(c.profile.labels).toEqual({ 'openj9-mode': 'criu' });
  });

  it('CRaC mode: -XX:CRaCCheckpointTo from java-options, unprivileged CRIU, no -XX:+EnableCRIUSupport', () => {
    const c = withProfile({ runtime: 'openj9', 'java-options': '-XX:CRaCCheckpointTo=/opt/checkpoint -Dspring.context.checkpoint=onRefresh' });
    const o = checkpointRunOptions(c);
    expect(o.javaOptions).toBe('-Dopenj9.internal.criu.unprivilegedMode=true -XX:CRaCCheckpointTo=/opt/checkpoint -Dspring.context.checkpoint=onRefresh');
    expect(o.javaOptions).not.toContain('EnableCRIUSupport');
    expect(c.profile.labels).toEqual({ 'openj9-mode': 'crac' });
    expect(c.config.trigger).toBe('app');
  });

  it.each([
    ['', 'criu'],
    ['-Xmx64m -XX:+EnableCRIUSupport', 'criu'],
    ['-XX:CRaCCheckpointTo=/opt/checkpoint', 'crac'],
    ['-Xmx64m -XX:CRaCCheckpointTo=/x -Dfoo=1', 'crac'],
    ['-Dnot-XX:CRaCCheckpointTo=/x', 'criu'],
  ])('java-options %j choose mode %s', (opts, mode) => {
    expect(openj9Mode(opts)).toBe(mode);
  });

  it('refuses what OpenJ9 would refuse, before anything runs, each with its fix', () => {
    // both flags: OpenJ9 does not start (JVMJ9VM237E)
    const both = inputErrors({ runtime: 'openj9', 'java-options': '-XX:+EnableCRIUSupport -XX:CRaCCheckpointTo=/opt/checkpoint' });
    expect(both.join('\n')).toMatch(/both -XX:\+EnableCRIUSupport and -XX:CRaCCheckpointTo.*JVMJ9VM237E.*Fix:/);
    // jcmd JDK.checkpoint exists in CRaC mode only
    const jcmd = inputErrors({ runtime: 'openj9', 'checkpoint-trigger': 'jcmd' });
    expect(jcmd.join('\n')).toMatch(/JDK\.checkpoint.*only in CRaC mode.*Fix: add `-XX:CRaCCheckpointTo=<checkpoint-dir>`/);
    expect(inputErrors({ runtime: 'openj9', 'checkpoint-trigger': 'jcmd', 'java-options': '-XX:CRaCCheckpointTo=/opt/checkpoint' })).toEqual([]);
    // the checkpoint must land where the restore looks
    const elsewhere = inputErrors({ runtime: 'openj9', 'java-options': '-XX:CRaCCheckpointTo=/data/cr' });
    expect(elsewhere.join('\n')).toMatch(/-XX:CRaCCheckpointTo=\/data\/cr, but the checkpoint directory is \/opt\/checkpoint.*Fix: set `checkpoint-dir: \/data\/cr`/);
    expect(inputErrors({ runtime: 'openj9', 'java-options': '-XX:CRaCCheckpointTo=/data/cr', 'checkpoint-dir': '/data/cr' })).toEqual([]);
  });

  it("the restore command takes --file-locks, as IBM's restore.sh", () => {
    for (const javaOptions of ['', '-XX:CRaCCheckpointTo=/opt/checkpoint']) {
      const c = withProfile({ runtime: 'openj9', 'java-options': javaOptions, 'restore-flags': '--tcp-close' });
      expect(restoreCommand(c.profile, c.config)).toEqual(['criu', 'restore', '--unprivileged', '-D', '/opt/checkpoint', '--shell-job', '-v3', '--log-file=restore.log', '--file-locks', '--tcp-close']);
    }
  });

  it('openj9 runs and restores with CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP', () => {
    const c = withProfile({ runtime: 'openj9' });
    expect(checkpointRunOptions(c).capAdd).toEqual(['CHECKPOINT_RESTORE', 'SYS_PTRACE', 'SETPCAP']);
    expect(checkpointRunOptions(c).securityOpt).toEqual(['seccomp=unconfined']);
    expect(restoreRunOptions(c)).toEqual({ capAdd: ['CHECKPOINT_RESTORE', 'SYS_PTRACE', 'SETPCAP'], securityOpt: [], privileged: false });
  });

  it('a non-root image is restored by CRIU as root, and the label says whose app it is', () => {
    const c = withProfile({ runtime: 'openj9' });
    const labels = { 'io.checkpoint-image.app-user': '1001' };
    expect(commitChanges(c.profile, c.config, labels, '1001')).toContain('USER 0');
    expect(commitChanges(c.profile, c.config, labels, '1001:0')).toContain('USER 0');
    for (const root of ['', '0', 'root', '0:0']) expect(commitChanges(c.profile, c.config, {}, root)).not.toContain('USER 0');
    // Liberty restores itself as its own user (/opt/criu/criu has file capabilities)
    const l = withProfile({ runtime: 'liberty' });
    expect(commitChanges(l.profile, l.config, {}, '1001')).not.toContain('USER 0');
  });
});

describe('non-root images and the launcher', () => {
  it.each([
    ['', false],
    ['root', false],
    ['0', false],
    ['0:0', false],
    ['1001', true],
    ['1001:0', true],
    ['default', true],
  ])('USER %j is non-root: %s', (user, nonRoot) => {
    expect(isNonRootUser(user)).toBe(nonRoot);
  });

  it('the user layer gives the launcher folders to the image user, with no shell between', () => {
    const text = userLayerContainerfile('sha256:abc', '1001', [LAUNCHER_STATE_DIR, '/opt/my dir;rm -rf /']);
    expect(text.split('\n')).toEqual([
      'FROM sha256:abc',
      'USER 0',
      'RUN ["mkdir","-p","/var/lib/checkpoint-image","/opt/my dir;rm -rf /"]',
      'RUN ["chown","1001","/var/lib/checkpoint-image","/opt/my dir;rm -rf /"]',
      'USER 1001',
      '',
    ]);
  });

  it('the launcher does not mkdir folders that exist and are writable, and says which one it cannot make', () => {
    expect(LAUNCHER_SCRIPT).toContain('[ -d "$d" ] && [ -w "$d" ] && continue');
    expect(LAUNCHER_SCRIPT).toContain("cannot create or write $d as the image's user");
  });
});

describe('liberty', () => {
  it('liberty disables recovery on the verify run only, never in the image or the manifests', () => {
    const c = withProfile({ runtime: 'liberty' });
    expect(c.profile.restore.verifyEnv).toEqual({ CRIU_RESTORE_DISABLE_RECOVERY: 'true' });
    const changes = commitChanges(c.profile, c.config, {});
    expect(changes.filter((x) => /CRIU_RESTORE_DISABLE_RECOVERY/.test(x))).toEqual([]);
    expect(JSON.stringify(restoreRunOptions(c))).not.toContain('CRIU_RESTORE_DISABLE_RECOVERY');
    expect(c.profile.restore.env).toEqual({});
  });

  it('liberty keeps its own entrypoint and user at restore', () => {
    const c = withProfile({ runtime: 'liberty' });
    expect(restoreCommand(c.profile, c.config)).toBeNull();
    expect(commitChanges(c.profile, c.config, {}, '1001')).toEqual([]);
    expect(c.profile.restore.restoredMarkers.map((m) => m.source)).toEqual(['CWWKC0452I']);
  });

  it('liberty restores with CHECKPOINT_RESTORE and SETPCAP only', () => {
    const c = withProfile({ runtime: 'liberty' });
    expect(restoreRunOptions(c).capAdd).toEqual(['CHECKPOINT_RESTORE', 'SETPCAP']);
    expect(checkpointRunOptions(c).env).toEqual({ WLP_CHECKPOINT: 'afterAppStart' });
  });

  it("Liberty's logs are collected from LOG_DIR (/logs), CRIU's from /logs/checkpoint", () => {
    expect(RUNTIMES.liberty.logFiles).toEqual(['/logs/messages.log', '/logs/console.log', '/logs/checkpoint/checkpoint.log', '/logs/checkpoint/restore.log']);
  });
});

describe('conformance rows of openj9 and liberty', () => {
  it.each(['openj9', 'liberty'] as const)('%s: every row names an upstream source and a pinning test', (name) => {
    const rows = RUNTIMES[name].conformance;
    expect(rows.length).toBeGreaterThan(4);
    for (const r of rows) {
      expect(r.source).toMatch(/^(https:\/\/\S+|[\w.-]+\/[\w.-]+ \S+)/);
      expect(r.test).toMatch(/^test\/(unit|e2e)\/[\w./-]+\.test\.ts > \S/);
    }
  });
});
