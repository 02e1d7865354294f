/**
 * Readiness, polled at short intervals (never a fixed sleep). Every HTTP probe uses a fresh
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

/** One GET on loopback; resolves null on connection errors or timeouts. */
export function httpGet(port: number, path: string, timeoutMs = 2000): Promise<HttpResult | null> {
  return new Promise((resolve) => {
    const req = http.get(
      { host: '127.0.0.1', port, path, agent: false, headers: { Connection: 'close' }, timeout: timeoutMs },
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

export function waitForHttp(port: number, path: string, options: WaitOptions): Promise<WaitOutcome<HttpResult>> {
  return pollUntil(async () => {
    const r = await httpGet(port, path, 1000);
    return isSuccess(r) ? r : null;
  }, options);
}

/** Waits until `read()` returns text matching `pattern`. */
export function waitForLog(read: () => Promise<string | null>, pattern: RegExp, options: WaitOptions): Promise<WaitOutcome<string>> {
  return pollUntil(async () => {
    const text = await read();
    const m = text ? pattern.exec(text) : null;
    return m ? m[0] : null;
  }, options);
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
