/**
 * Readiness is noticed when it shows, not at the next poll (issue 12, item 4): the app's log line is
 * matched as the line arrives from a follower (`tail -F`, `podman logs --follow`), an HTTP probe that
 * connected waits for its answer instead of being given up and sent again, ready-url and ready-log are
 * watched together, and the pipeline follows the log with one process rather than a command per check.
 * Behaviour only: no timing is asserted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appLogTailArgs } from '../../src/pipeline/checkpoint.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { allReady, CONNECT_TIMEOUT_MS, followLog, waitForHttp, type LogFollower, type WaitOutcome } from '../../src/readiness.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { FAKE_READY_LINE, fakePodman } from '../support/fake-podman.ts';

/** A follower the test drives: `emit` delivers a line, `end` ends the stream. */
function drivenFollower() {
  let onLine: (l: string) => void = () => undefined;
  let end: () => void = () => undefined;
  let signal: AbortSignal | null = null;
  const follow: LogFollower = (cb, s) => {
    onLine = cb;
    signal = s;
    return new Promise<void>((r) => {
      end = r;
      s.addEventListener('abort', () => r(), { once: true });
    });
  };
  return { follow, emit: (l: string) => onLine(l), end: () => end(), stopped: () => signal?.aborted ?? false };
}

/** Lets pending promise callbacks run (no timer involved). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('followLog', () => {
  afterEach(() => vi.useRealTimers());

  it('notices the ready line when it arrives, with no timer having to fire, and stops the follower', async () => {
    // fake timers never advance here: a poll-based wait would never resolve
    vi.useFakeTimers();
    const f = drivenFollower();
    let outcome: WaitOutcome<string> | null = null;
    void followLog(f.follow, /^Started .* in \d+/m, { timeoutMs: 60_000 }).then((o) => (outcome = o));
    await settle();
    f.emit('starting up');
    await settle();
    expect(outcome).toBeNull();
    f.emit('Started App in 3 seconds');
    await settle();
    expect(outcome).toMatchObject({ ok: true, value: 'Started App in 3' });
    expect(f.stopped()).toBe(true);
  });

  it('matches over the text so far, as the polled wait does (a pattern across lines)', async () => {
    const f = drivenFollower();
    const waiting = followLog(f.follow, /first\nsecond/m, { timeoutMs: 60_000 });
    await settle();
    f.emit('first');
    f.emit('second');
    expect(await waiting).toMatchObject({ ok: true, value: 'first\nsecond' });
  });

  it('polls the fallback when the follower ends without the line', async () => {
    const f = drivenFollower();
    let reads = 0;
    const waiting = followLog(f.follow, /READY/, { timeoutMs: 60_000, intervalMs: 1, fallback: async () => (++reads >= 2 ? 'READY port=8080' : 'booting') });
    await settle();
    f.end();
    expect(await waiting).toMatchObject({ ok: true, value: 'READY' });
    expect(reads).toBe(2);
  });

  it('fails with the reason when the container exits first, and stops the follower', async () => {
    const f = drivenFollower();
    const outcome = await followLog(f.follow, /READY/, { timeoutMs: 60_000, abort: Promise.resolve('the container exited (code 1) before it was ready') });
    expect(outcome).toMatchObject({ ok: false, reason: 'the container exited (code 1) before it was ready', timedOut: false });
    expect(f.stopped()).toBe(true);
  });
});

describe('allReady', () => {
  it('is ready only when every wait is, and they run together', async () => {
    const started: string[] = [];
    let releaseLog: () => void = () => undefined;
    const outcome = allReady([
      async () => {
        started.push('http');
        return { ok: true, value: 'http', elapsedMs: 0 };
      },
      async () => {
        started.push('log');
        await new Promise<void>((r) => (releaseLog = r));
        return { ok: true, value: 'log', elapsedMs: 0 };
      },
    ]);
    await settle();
    expect(started).toEqual(['http', 'log']);
    releaseLog();
    expect(await outcome).toMatchObject({ ok: true, value: ['http', 'log'] });
  });

  it('fails as soon as one fails, and cancels the others with that reason', async () => {
    let cancelledWith: string | null = null;
    const outcome = await allReady([
      async () => ({ ok: false, reason: 'not ready after 1 s', elapsedMs: 0, timedOut: true }),
      async (cancel) => {
        cancelledWith = await cancel;
        return { ok: false, reason: cancelledWith, elapsedMs: 0, timedOut: false };
      },
    ]);
    expect(outcome).toMatchObject({ ok: false, reason: 'not ready after 1 s' });
    expect(cancelledWith).toBe('not ready after 1 s');
  });
});

describe('waitForHttp', () => {
  let server: http.Server;
  let port: number;
  let requests = 0;
  beforeAll(async () => {
    // accepts at once, answers its first request only after longer than a probe's connect timeout:
    // a JVM's first request after it opened its port
    server = http.createServer((req, res) => {
      requests++;
      setTimeout(() => res.end('ok'), CONNECT_TIMEOUT_MS + 500);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('waits on a connected probe for its answer instead of giving it up and probing again', async () => {
    const outcome = await waitForHttp(port, '/', { timeoutMs: 30_000 });
    expect(outcome.ok).toBe(true);
    // the old probe gave up after 1 s and sent a second request, which queued behind the first
    expect(requests).toBe(1);
  });

  it('gives up a connected probe when the container exits', async () => {
    requests = 0;
    let exit: (reason: string) => void = () => undefined;
    const waiting = waitForHttp(port, '/', { timeoutMs: 30_000, abort: new Promise<string>((r) => (exit = r)) });
    await new Promise((r) => setTimeout(r, 100));
    exit('the container exited (code 137) before it was ready');
    expect(await waiting).toMatchObject({ ok: false, reason: 'the container exited (code 137) before it was ready' });
    expect(requests).toBe(1);
  });
});

describe('the checkpoint run follows the app log', () => {
  it('tail follows app.log from its first line, also before it exists, polling at the readiness interval', () => {
    expect(appLogTailArgs('/m/var/lib/checkpoint-image/app.log')).toEqual(['-F', '-n', '+1', '-s', '0.025', '--', '/m/var/lib/checkpoint-image/app.log']);
  });

  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-readiness-'));
    await writeFile(path.join(tmp, 'Containerfile'), 'FROM scratch\n');
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  async function run(runtime: string, inputs: Record<string, string> = {}) {
    const f = await fakePodman();
    const reporter = recordingReporter();
    try {
      const result = await runPipeline(
        { runtime, image: 'localhost/app', context: tmp, 'ready-log': FAKE_READY_LINE, verify: 'false', ...inputs },
        { reporter, runner: f.runner, jobKey: 'readiness', defaultLogDir: await mkdtemp(path.join(tmp, 'logs-')) },
      );
      return { result, calls: f.calls.map((c) => [c.command, ...c.args]), argvs: f.podmanArgvs(), lines: reporter.lines.map((l) => l.replace(/ \d+ ms$/, '')) };
    } finally {
      await f.dispose();
    }
  }

  it('launcher runtime: one tail -F on the mounted app.log, no podman logs and no read per check; the JDK is read during the dump', async () => {
    // trim-heap off: nothing needs the JDK version before the run (see the next test)
    const { result, calls, argvs } = await run('criu', { 'trim-heap': 'false' });
    expect(result.error).toBeNull();
    const container = `checkpoint-image-${result.runId}-checkpoint`;
    const tails = calls.filter((c) => c[0] === 'tail');
    expect(tails).toHaveLength(1);
    expect(tails[0]!.at(-1)).toMatch(/\/var\/lib\/checkpoint-image\/app\.log$/);
    expect(argvs.filter((a) => a.includes('logs') && a.includes(container) && !a.includes('--follow'))).toHaveLength(1); // the log collection after the exit
    // the image mount for the JDK version comes after the trigger, not while the app starts
    const trigger = argvs.findIndex((a) => a.includes('kill') && a.includes('USR1'));
    const jdkMount = argvs.findIndex((a) => a[a.indexOf('image') + 1] === 'mount');
    expect(trigger).toBeGreaterThanOrEqual(0);
    expect(jdkMount).toBeGreaterThan(trigger);
  });

  it('runtime without the launcher: the container output is followed once (podman logs --follow), not fetched per check', async () => {
    // Liberty checkpoints itself, which the fake does not: the run stops at checkpoint-timeout, after readiness
    const { result, argvs, lines } = await run('liberty', { 'checkpoint-timeout': '0.3' });
    expect(lines).toContain('info: ready after');
    const container = `checkpoint-image-${result.runId}-checkpoint`;
    expect(argvs.filter((a) => a.includes('logs') && a.includes('--follow') && a.includes(container))).toHaveLength(1);
  });

  it('with trim-heap (default) on criu the JDK version is read once, before the run: its options depend on it', async () => {
    const { result, argvs } = await run('criu');
    expect(result.error).toBeNull();
    const mounts = argvs.map((a, i) => [a, i] as const).filter(([a]) => a[a.indexOf('image') + 1] === 'mount');
    const start = argvs.findIndex((a) => a.includes('run') && a.includes('--name') && a.some((x) => x.endsWith('-checkpoint')));
    expect(mounts).toHaveLength(1);
    expect(start).toBeGreaterThan(mounts[0]![1]);
  });

  it('a run that fails before the trigger never mounts the image for the JDK version (trim-heap off)', async () => {
    const { result, argvs } = await run('criu', { 'ready-log': 'never printed', 'ready-timeout': '0.3', 'trim-heap': 'false' });
    expect(result.ok).toBe(false);
    expect(argvs.some((a) => a[a.indexOf('image') + 1] === 'mount')).toBe(false);
  });
});
