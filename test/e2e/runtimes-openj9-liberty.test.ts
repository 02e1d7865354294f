/**
 * OpenJ9 (IBM Semeru) and Open Liberty InstantOn as they really behave, end to end: the REAL pipeline
 * (build → checkpoint → commit → verify → push to a loopback registry) on images whose JDK launcher or
 * server entrypoint is a TEST DOUBLE that follows the upstream files named in its header
 * (test/doubles/fake-openj9, test/doubles/fake-liberty), with the real CRIU 4.2.1 doing every dump and
 * restore inside real podman containers. Each case pins rows of the openj9 / liberty conformance
 * tables in src/runtimes.ts:
 *   - OpenJ9 refuses -XX:+EnableCRIUSupport together with -XX:CRaCCheckpointTo, and org.crac needs the
 *     latter: CRaC mode (by the app through org.crac, or by `jcmd <pid> JDK.checkpoint`) must pass only it;
 *   - Semeru's images run as USER 1001 with CRIU carrying file capabilities;
 *   - Liberty writes CRIU's logs to /logs/checkpoint, and cold-starts after a failed restore unless
 *     CRIU_RESTORE_DISABLE_RECOVERY=true, which therefore belongs to the verify run only.
 * The restore image pulled back from the registry must answer as the checkpointed process: the PID the
 * app reported when it became ready at checkpoint time, and the JVM start time the verify restore saw.
 */
import { copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { track } from '../support/temp.ts';
import { hostEngine, leftovers, podman, pullImage, requireHost, runAndAsk } from '../support/e2e.ts';

const hostUlimits = async () => ((await hostEngine()).ulimits ?? []).flatMap((u) => ['--ulimit', u]);

const DOUBLES = path.resolve(import.meta.dirname, '..', 'doubles');

/** The sample app compiled into a fresh context, with the double's files on top. */
async function doubleContext(name: 'fake-openj9' | 'fake-liberty'): Promise<string> {
  const dir = track(await prepareSampleContext());
  const src = path.join(DOUBLES, name);
  for (const f of await readdir(src)) await copyFile(path.join(src, f), path.join(dir, f));
  contexts.push(dir);
  return dir;
}

interface ImageInspect {
  Config: { User?: string; Cmd?: string[] | null; Entrypoint?: string[] | null; Env?: string[] | null; Labels?: Record<string, string> | null };
}
async function inspect(ref: string): Promise<ImageInspect['Config']> {
  const res = await podman(['image', 'inspect', '--format', 'json', ref]);
  expect(res.exitCode, res.stderr).toBe(0);
  return (JSON.parse(res.stdout) as ImageInspect[])[0]!.Config;
}

/** All collected logs of one folder of the run's log dir, by file name. */
async function logsIn(result: PipelineResult, folder: string): Promise<Record<string, string>> {
  const dir = path.join(result.logDir, folder);
  const names = await readdir(dir).catch(() => [] as string[]);
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

/** The PID the app printed when it became ready in the checkpoint run ("READY port=8080 pid=N ..."). */
function readyPid(logs: Record<string, string>): number {
  const pids = Object.values(logs).flatMap((t) => [...t.matchAll(/^READY port=\d+ pid=(\d+)/gm)].map((m) => Number(m[1])));
  expect(pids.length, `no READY line in the checkpoint logs (${Object.keys(logs).join(', ')})`).toBeGreaterThan(0);
  return pids[0]!;
}

/** A bound on a hang, not a speed: a whole pipeline plus a pull back, on a 2-vCPU host that another workload may share. */
const HANG = 600_000;

const answer = (body: string | undefined) => JSON.parse(body ?? '{}') as { pid?: number; startedAt?: number };

function explain(result: PipelineResult, lines: string[]): string {
  return `${result.error ?? 'ok'}; logs in ${result.logDir}\n${lines.join('\n')}`;
}

const contexts: string[] = [];
let reg: LocalRegistry;
beforeAll(async () => {
  await requireHost();
  reg = await startLocalRegistry();
});
afterAll(async () => {
  await reg?.stop();
  for (const c of contexts) await rm(c, { recursive: true, force: true });
});

/**
 * Pulls the pushed image back (every local copy removed first), runs it with exactly the
 * capabilities its label names, and checks that the process answering is the checkpointed one.
 */
async function pulledBackIsTheRestoredProcess(result: PipelineResult, ref: string, checkpointPid: number) {
  const img = await inspect(ref);
  const caps = (img.Labels?.['io.checkpoint-image.restore-caps'] ?? '').split(',').filter(Boolean);
  expect(caps.length).toBeGreaterThan(0);
  expect((await podman(['rmi', ref])).exitCode).toBe(0);
  const pull = await pullImage(ref);
  expect(pull.exitCode, pull.stderr).toBe(0);
  const verified = answer(result.verify!.restore[0]?.body);
  const cold = answer(result.verify!.cold[0]?.body);
  const got = await runAndAsk(ref, { name: `e2e-pulled-${result.runId}`, caps });
  // the same process: the PID it had at checkpoint and the JVM start time the verify restore saw
  expect(got.body.pid).toBe(checkpointPid);
  expect(verified.pid).toBe(checkpointPid);
  expect(got.body.startedAt).toBe(verified.startedAt);
  // a cold start is another JVM
  expect(cold.startedAt).not.toBe(verified.startedAt);
  return got;
}

describe('openj9', () => {
  it('org.crac mode by the app (-XX:CRaCCheckpointTo in java-options): no -XX:+EnableCRIUSupport, which OpenJ9 refuses alongside it', async () => {
    const context = await doubleContext('fake-openj9');
    const tag = `crac-${Date.now().toString(36)}`;
    const reporter = recordingReporter();
    const result = await runPipeline(
      {
        runtime: 'openj9',
        context,
        image: 'localhost/checkpoint-image-e2e/openj9-orgcrac',
        tags: tag,
        'build-args': 'APP_API=crac',
        'checkpoint-trigger': 'app',
        'java-options': '-XX:CRaCCheckpointTo=/opt/checkpoint -Dspring.context.checkpoint=onRefresh',
        'ready-url': '/',
        'compare-runs': '1',
        'checkpoint-timeout': '60',
        'verify-timeout': '60',
      },
      { reporter },
    );
    try {
      expect(result.error, explain(result, reporter.lines)).toBeNull();
      const ck = await logsIn(result, 'checkpoint');
      const all = Object.values(ck).join('\n');
      expect(all).not.toMatch(/JVMJ9VM237E|CRaC support is not enabled/);
      // CRaC mode dumps with file locks (setCheckpointDefaultParams): the restore must take them too
      expect(result.commit!.restoreCommand).toContain('--file-locks');
      const img = await inspect(result.commit!.refs[0]!);
      expect(img.Labels?.['io.checkpoint-image.openj9-mode']).toBe('crac');
      const restored = answer(result.verify!.restore[0]?.body);
      expect(restored.pid).toBe(readyPid(ck));
      expect(restored.startedAt).not.toBe(answer(result.verify!.cold[0]?.body).startedAt);
      expect(await leftovers(result.runId)).toEqual([]);
    } finally {
      for (const ref of result.commit?.refs ?? []) await podman(['rmi', '-f', ref]);
    }
  }, HANG);

  it('an image that enables CRIU support itself cannot run in CRaC mode: OpenJ9 refuses to start, and the diagnosis says why', async () => {
    const context = await doubleContext('fake-openj9');
    const cf = path.join(context, 'Containerfile');
    // the image's own JAVA_TOOL_OPTIONS (as Semeru's images set theirs) carries -XX:+EnableCRIUSupport
    await writeFile(cf, `${await readFile(cf, 'utf8')}\nENV JAVA_TOOL_OPTIONS=-XX:+EnableCRIUSupport\n`);
    const result = await runPipeline(
      {
        runtime: 'openj9',
        context,
        image: 'localhost/checkpoint-image-e2e/openj9-conflict',
        tags: `conflict-${Date.now().toString(36)}`,
        'build-args': 'APP_API=crac',
        'java-options': '-XX:CRaCCheckpointTo=/opt/checkpoint -Dspring.context.checkpoint=onRefresh',
        'ready-url': '/',
        'compare-runs': '0',
        'checkpoint-timeout': '60',
      },
      { reporter: recordingReporter() },
    );
    expect(result.ok).toBe(false);
    expect(result.failedPhase).toBe('checkpoint');
    expect(result.commit).toBeNull();
    expect(result.findings[0], JSON.stringify(result.findings.map((f) => f.signature))).toMatchObject({ signature: 'openj9-criu-crac-conflict', role: 'root-cause' });
    expect(await leftovers(result.runId)).toEqual([]);
  }, HANG);

  it('org.crac mode by jcmd <pid> JDK.checkpoint', async () => {
    const context = await doubleContext('fake-openj9');
    const tag = `jcmd-${Date.now().toString(36)}`;
    const reporter = recordingReporter();
    const result = await runPipeline(
      {
        runtime: 'openj9',
        context,
        image: 'localhost/checkpoint-image-e2e/openj9-jcmd',
        tags: tag,
        'build-args': 'APP_API=none',
        'checkpoint-trigger': 'jcmd',
        'java-options': '-XX:CRaCCheckpointTo=/opt/checkpoint',
        'ready-url': '/',
        'warmup-requests': '3',
        'compare-runs': '1',
        'checkpoint-timeout': '60',
        'verify-timeout': '60',
      },
      { reporter },
    );
    try {
      expect(result.error, explain(result, reporter.lines)).toBeNull();
      const ck = await logsIn(result, 'checkpoint');
      expect(ck['jcmd.out']).toMatch(/JDK\.checkpoint[\s\S]*JVM checkpoint requested/);
      const restored = answer(result.verify!.restore[0]?.body);
      expect(restored.pid).toBe(readyPid(ck));
      expect(await leftovers(result.runId)).toEqual([]);
    } finally {
      for (const ref of result.commit?.refs ?? []) await podman(['rmi', '-f', ref]);
    }
  }, HANG);

  it('a Semeru-like image (USER 1001, CRIU with file capabilities): checkpoint, push, pull back and restore with the labelled capabilities', async () => {
    const context = await doubleContext('fake-openj9');
    const tag = `semeru-${Date.now().toString(36)}`;
    const reporter = recordingReporter();
    const result = await runPipeline(
      {
        runtime: 'openj9',
        context,
        containerfile: path.join(context, 'Containerfile.semeru'),
        image: 'e2e/openj9-semeru',
        registry: reg.address,
        tags: tag,
        'checkpoint-trigger': 'app',
        'ready-url': '/',
        'compare-runs': '1',
        'checkpoint-timeout': '60',
        'verify-timeout': '60',
        push: 'true',
        'tls-verify': 'false',
      },
      { reporter },
    );
    const ref = `${reg.address}/e2e/openj9-semeru:${tag}`;
    try {
      expect(result.error, explain(result, reporter.lines)).toBeNull();
      expect(result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:ok', 'checkpoint:ok', 'commit:ok', 'verify:ok', 'push:ok']);
      const ck = await logsIn(result, 'checkpoint');
      // the app ran as the image's user, and CRIU (file capabilities) dumped it as that user
      expect(Object.values(ck).join('\n')).not.toMatch(/Permission denied|exit 70/);
      const img = await inspect(ref);
      expect(img.Labels?.['io.checkpoint-image.app-user']).toBe('1001');
      expect(img.Cmd).toContain('--file-locks');
      const got = await pulledBackIsTheRestoredProcess(result, ref, readyPid(ck));
      expect(got.body.pid).toBeGreaterThanOrEqual(1000);
      expect(await leftovers(result.runId)).toEqual([]);
    } finally {
      await podman(['rmi', '-f', ref]);
    }
  }, HANG);
});

describe('any launcher runtime', () => {
  it("criu on an image whose USER is 1001: the launcher's folders are given to that user, and the restore image restores it as root", async () => {
    const context = track(await prepareSampleContext());
    contexts.push(context);
    const cf = path.join(context, 'Containerfile');
    await writeFile(cf, `${await readFile(cf, 'utf8')}\nUSER 1001\n`);
    const tag = `user-${Date.now().toString(36)}`;
    const reporter = recordingReporter();
    const result = await runPipeline(
      { runtime: 'criu', context, image: 'localhost/checkpoint-image-e2e/criu-user1001', tags: tag, 'ready-url': '/', 'compare-runs': '1', 'checkpoint-timeout': '60', 'verify-timeout': '60' },
      { reporter },
    );
    try {
      expect(result.error, explain(result, reporter.lines)).toBeNull();
      const img = await inspect(result.commit!.refs[0]!);
      expect(img.User).toBe('0');
      expect(img.Labels?.['io.checkpoint-image.app-user']).toBe('1001');
      // the launcher's folder and the checkpoint are the image user's; the app ran as that user
      const ls = await podman(['run', '--rm', '--entrypoint', 'stat', ...(await hostUlimits()), result.commit!.refs[0]!, '-c', '%u %n', '/var/lib/checkpoint-image', '/checkpoint']);
      expect(ls.stdout.trim().split('\n'), ls.stderr).toEqual(['1001 /var/lib/checkpoint-image', '1001 /checkpoint']);
      const ck = await logsIn(result, 'checkpoint');
      expect(answer(result.verify!.restore[0]?.body).pid).toBe(readyPid(ck));
      expect(await leftovers(result.runId)).toEqual([]);
    } finally {
      for (const ref of result.commit?.refs ?? []) await podman(['rmi', '-f', ref]);
    }
  }, HANG);
});

describe('liberty', () => {
  it("collects CRIU's logs from /logs/checkpoint, pushes an image with recovery at its default, which restores, and cold-starts when it cannot", async () => {
    const context = await doubleContext('fake-liberty');
    const tag = `liberty-${Date.now().toString(36)}`;
    const reporter = recordingReporter();
    const result = await runPipeline(
      {
        runtime: 'liberty',
        context,
        image: 'e2e/liberty',
        registry: reg.address,
        tags: tag,
        'ready-url': '/',
        'compare-runs': '1',
        'checkpoint-timeout': '60',
        'verify-timeout': '60',
        push: 'true',
        'tls-verify': 'false',
      },
      { reporter },
    );
    const ref = `${reg.address}/e2e/liberty:${tag}`;
    try {
      expect(result.error, explain(result, reporter.lines)).toBeNull();
      // recovery stays at Liberty's default in the pushed image: not disabled
      const img = await inspect(ref);
      expect((img.Env ?? []).filter((e) => e.startsWith('CRIU_RESTORE_DISABLE_RECOVERY='))).toEqual([]);
      // CRIU's own logs, from where the official images write them
      const ck = await logsIn(result, 'checkpoint');
      expect(Object.keys(ck)).toContain('checkpoint.log');
      expect(ck['checkpoint.log']).toMatch(/\(\d+\.\d+\) Version: /);
      const restoreLogs = await logsIn(result, 'verify/restore-0');
      // Liberty restores at CRIU's level 2 (warnings and errors only), so only the file's place is pinned
      expect(Object.keys(restoreLogs)).toContain('restore.log');
      const got = await pulledBackIsTheRestoredProcess(result, ref, readyPid(ck));
      expect(got.body.pid).toBeGreaterThanOrEqual(1000);
      // without the capabilities to restore, the image falls back to a cold start (a new JVM)
      const fallback = await runAndAsk(ref, { name: `e2e-nocaps-${result.runId}`, caps: [] });
      expect(fallback.body.startedAt).not.toBe(got.body.startedAt);
      expect(await leftovers(result.runId)).toEqual([]);
    } finally {
      await podman(['rmi', '-f', ref]);
    }
  }, HANG);
});

