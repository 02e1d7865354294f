/**
 * Readiness, noticed as soon as it shows (never a fixed sleep): HTTP probes at short intervals, log
 * lines as they are written. Every HTTP probe uses a fresh
 * connection with `Connection: close`: a keep-alive connection still open when CRIU dumps the app
 * cannot be restored in a new container.
 */
import http from 'node:http';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const POLL_MS = 25;
/** Probe interval when a start is timed: a restore answers within about 100 ms of `podman run` returning, so 25 ms steps would add about 12 ms of rounding to it. */
export const TIMED_POLL_MS = 10;

export interface HttpResult {
  status: number;
  body: string;
}

/**
 * One GET on loopback; resolves null on connection errors or timeouts. `timeoutMs` bounds the TCP
 * connect; once connected the app has accepted the probe, and its first answer may take longer (class
 * loading, a JIT-less first request under load): it gets `responseTimeoutMs` (default `timeoutMs`).
 * A readiness probe given up after a short timeout and sent again loses the answer it was waiting for
 * (the bench saw a 1 s timeout add about a second to the readiness of an app answering in 1.5 s).
 */
export function httpGet(port: number, path: string, timeoutMs = 2000, options: { responseTimeoutMs?: number; signal?: AbortSignal } = {}): Promise<HttpResult | null> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) return resolve(null);
    const req = http.get(
      { host: '127.0.0.1', port, path, agent: false, headers: { Connection: 'close' }, timeout: timeoutMs, signal: options.signal },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          if (body.length < 65536) body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', () => resolve(null));
      },
    );
    req.on('socket', (socket) => {
      if (options.responseTimeoutMs === undefined) return;
      const connected = () => socket.setTimeout(options.responseTimeoutMs!);
      if (socket.connecting) socket.once('connect', connected);
      else connected();
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

export const isSuccess = (r: HttpResult | null): r is HttpResult => !!r && r.status >= 200 && r.status < 400;

export interface WaitOptions {
  timeoutMs: number;
  /** Resolves (with a reason) when waiting is pointless, e.g. the container exited. */
  abort?: Promise<string>;
  /** Pause between probes (default POLL_MS). */
  intervalMs?: number;
}

/** A failure says whether the time ran out (`timedOut`) or the abort fired (the container exited). */
export type WaitOutcome<T> = { ok: true; value: T; elapsedMs: number } | { ok: false; reason: string; elapsedMs: number; timedOut: boolean };

/** Polls `probe` until it yields a value, the timeout passes, or `abort` resolves. */
export async function pollUntil<T>(probe: () => Promise<T | null>, options: WaitOptions): Promise<WaitOutcome<T>> {
  const started = Date.now();
  let aborted: string | null = null;
  void options.abort?.then((reason) => {
    aborted = reason;
  });
  while (true) {
    const value = await probe();
    const elapsedMs = Date.now() - started;
    if (value !== null) return { ok: true, value, elapsedMs };
    if (aborted !== null) return { ok: false, reason: aborted, elapsedMs, timedOut: false };
    if (elapsedMs >= options.timeoutMs) return { ok: false, reason: `not ready after ${Math.round(options.timeoutMs / 1000)} s`, elapsedMs, timedOut: true };
    await sleep(options.intervalMs ?? POLL_MS);
  }
}

/** How long a readiness probe may take to connect; once connected it waits for the answer (see httpGet). */
export const CONNECT_TIMEOUT_MS = 1000;

/**
 * Polls a URL until it answers 2xx/3xx. A probe that connected waits for its answer until the overall
 * timeout or the abort, never a short per-probe timeout: the first request of a JVM that just opened
 * its port is slow, and a probe sent again would only queue behind the one given up.
 */
export function waitForHttp(port: number, path: string, options: WaitOptions): Promise<WaitOutcome<HttpResult>> {
  const deadline = Date.now() + options.timeoutMs;
  const stop = new AbortController();
  void options.abort?.then(() => stop.abort());
  return pollUntil(async () => {
    const r = await httpGet(port, path, CONNECT_TIMEOUT_MS, { responseTimeoutMs: Math.max(CONNECT_TIMEOUT_MS, deadline - Date.now()), signal: stop.signal });
    return isSuccess(r) ? r : null;
  }, options).finally(() => stop.abort());
}

/** Waits until `read()` returns text matching `pattern` (polled: for sources that cannot be followed). */
export function waitForLog(read: () => Promise<string | null>, pattern: RegExp, options: WaitOptions): Promise<WaitOutcome<string>> {
  return pollUntil(async () => {
    const text = await read();
    const m = text ? pattern.exec(text) : null;
    return m ? m[0] : null;
  }, options);
}

/**
 * A process that streams a log as it grows (`tail -F`, `podman logs -f`): calls `onLine` with each
 * line, until it ends or `signal` aborts it. Resolves when it has ended.
 */
export type LogFollower = (onLine: (line: string) => void, signal: AbortSignal) => Promise<unknown>;

/**
 * Waits until the followed log matches `pattern`, checked on every line as it arrives (no poll
 * interval). The whole text so far is matched, as `waitForLog` does, so a multi-line pattern works
 * the same. When the follower ends without a match (it could not start, or the stream closed) and
 * nothing aborted, `fallback` is polled instead.
 */
export function followLog(follow: LogFollower, pattern: RegExp, options: WaitOptions & { fallback?: () => Promise<string | null> }): Promise<WaitOutcome<string>> {
  const started = Date.now();
  const stop = new AbortController();
  return new Promise<WaitOutcome<string>>((resolve) => {
    let text = '';
    let done = false;
    const finish = (o: WaitOutcome<string>) => {
      if (done) return;
      done = true;
      stop.abort();
      clearTimeout(timer);
      resolve(o);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: `not ready after ${Math.round(options.timeoutMs / 1000)} s`, elapsedMs: Date.now() - started, timedOut: true }), options.timeoutMs);
    void options.abort?.then((reason) => finish({ ok: false, reason, elapsedMs: Date.now() - started, timedOut: false }));
    const onLine = (line: string) => {
      if (done) return;
      text += `${line}\n`;
      const m = pattern.exec(text);
      if (m) finish({ ok: true, value: m[0], elapsedMs: Date.now() - started });
    };
    const ended = () => {
      if (done) return;
      const left = options.timeoutMs - (Date.now() - started);
      if (!options.fallback) return finish({ ok: false, reason: 'the log stream ended before the line appeared', elapsedMs: Date.now() - started, timedOut: false });
      void waitForLog(options.fallback, pattern, { ...options, timeoutMs: Math.max(0, left) }).then((o) => finish({ ...o, elapsedMs: Date.now() - started }));
    };
    follow(onLine, stop.signal).then(ended, ended);
  });
}

/** Waits for every one of `waits` (started together); fails as soon as one fails. */
export async function allReady(waits: ReadonlyArray<(abort: Promise<string>) => Promise<WaitOutcome<unknown>>>): Promise<WaitOutcome<unknown[]>> {
  const started = Date.now();
  let cancel: (reason: string) => void = () => undefined;
  const cancelled = new Promise<string>((r) => (cancel = r));
  const outcomes = waits.map((w) =>
    w(cancelled).then((o) => {
      if (!o.ok) cancel(o.reason);
      return o;
    }),
  );
  const all = await Promise.all(outcomes);
  const failed = all.find((o) => !o.ok);
  if (failed && !failed.ok) return { ...failed, elapsedMs: Date.now() - started };
  return { ok: true, value: all.map((o) => (o.ok ? o.value : null)), elapsedMs: Date.now() - started };
}

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
