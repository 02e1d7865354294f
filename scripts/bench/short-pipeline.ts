// The short pipeline of the bench (issue 12, item 4): build + checkpoint + commit without verify and
// push, on an app of another shape than the sample's default (INIT_MS=1500: 1.5 s of start-up work,
// ready on its READY log line AND its URL), run through the CLI as a user runs it (`node
// dist/cli.js`, so node's start is paid), against bench/plain-pipeline.sh doing the same podman
// commands (STEPS=short). Rounds alternate, which side goes first flips each round.
//
// Readiness lag: a watcher beside the CLI finds the checkpoint container's published port (a new
// loopback listener owned by the conmon of a container named checkpoint-image-*-checkpoint), probes it
// every 5 ms until the app answers, and stops; the lag is from that answer to the CLI's "ready after"
// line. Its probe closes its connection at once, before the pipeline can trigger the checkpoint.
//
// Run alone: `node scripts/bench/short-pipeline.ts` (BENCH_SHORT_ROUNDS, default 5;
// BENCH_TRACE=1 also records one traced CLI run: every podman command with its start and end).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { httpGet, isSuccess } from '../../src/readiness.ts';

export interface ShortPipelineSetup {
  root: string;
  /** The sample's build context (Containerfile + Hello.class). */
  context: string;
  /** bench/plain-pipeline.sh's environment (engine, launcher, restore command). */
  plainEnv: NodeJS.ProcessEnv;
  rounds: number;
  /** Prints progress. */
  log?: (line: string) => void;
}

export const SHORT_APP_ENV = ['INIT_MS=1500'];
export const SHORT_READY_LOG = '^READY ';

type Stats = { median: number; min: number; max: number; n: number };
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};
const stats = (xs: number[]): Stats => ({ median: xs.length ? median(xs) : NaN, min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

export interface ShortPipelineResults {
  app: string;
  cliWallMs: Stats;
  plainWallMs: Stats;
  /** Median CLI wall time over median plain script wall time. */
  pipelineVsPlain: number;
  /** Per round: CLI wall / plain wall of the same round (the pairs ran back to back). */
  pairRatios: number[];
  /** From `podman run` to readiness, as the CLI reports it ("ready after N ms"). */
  cliReadyMs: Stats;
  /** From the app's first answer (seen by the watcher) to the CLI's "ready after" line. */
  readinessLagMs: Stats;
  cliPhasesMs: Record<string, Stats>;
  plainPhasesMs: Record<string, Stats>;
  /** BENCH_TRACE=1: every podman command of one traced CLI run, ms from the CLI's start. */
  trace?: Array<{ startMs: number; endMs: number; args: string }>;
  /** The traced run's wall time, from the CLI's spawn to its exit: what follows the last podman command is the CLI's own. */
  traceWallMs?: number;
}

/** The loopback ports listening now (from /proc/net/tcp), with their socket inodes. */
async function loopbackListeners(): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const text = await readFile('/proc/net/tcp', 'utf8');
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f[3] !== '0A' || !f[1]?.startsWith('0100007F:')) continue;
    out.set(Number.parseInt(f[1].slice(9), 16), f[9] ?? '');
  }
  return out;
}

/** The pid of the conmon listening on `port` (podman reserves a published port in conmon), or null. */
function conmonOf(port: number): number | null {
  const ss = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const m = /\("conmon",pid=(\d+)/.exec(ss.stdout ?? '');
  return m ? Number(m[1]) : null;
}

/** Whether a process under `pid` (the container's init, a child of conmon) has `marker` in its environment. */
function containerHasMarker(pid: number, marker: string): boolean {
  let children: string[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return false;
  }
  return children.some((c) => {
    try {
      return readFileSync(`/proc/${c}/environ`, 'utf8').split('\0').includes(marker);
    } catch {
      return false;
    }
  });
}

/**
 * Watches for the port of the checkpoint container whose processes carry `marker` in their
 * environment (other work on the machine may start containers too), and resolves with the time (ms
 * since the epoch) of the app's first answer on it, or null when `stop` fires first.
 */
export async function watchFirstAnswer(stop: AbortSignal, marker: string): Promise<number | null> {
  const before = await loopbackListeners();
  const candidates = new Map<number, number>();
  let port: number | null = null;
  while (!stop.aborted && port === null) {
    for (const p of (await loopbackListeners()).keys()) {
      if (before.has(p) || candidates.has(p)) continue;
      const pid = conmonOf(p);
      if (pid !== null) candidates.set(p, pid);
    }
    for (const [p, pid] of candidates) if (containerHasMarker(pid, marker)) port = p;
    if (port === null) await sleep(5);
  }
  while (!stop.aborted && port !== null) {
    const r = await httpGet(port, '/', 1000, { responseTimeoutMs: 30_000, signal: stop });
    if (isSuccess(r)) return Date.now();
    await sleep(5);
  }
  return null;
}

interface CliRun {
  wallMs: number;
  readyMs: number | null;
  readyLineAt: number | null;
  phases: Record<string, number>;
  image: string;
}

/** One CLI run (`node dist/cli.js build ...`); `pathPrefix` puts a tracing podman first on PATH. */
export function runCli(root: string, context: string, tag: string, options: { pathPrefix?: string; cli?: string; marker?: string } = {}): Promise<CliRun> {
  const { pathPrefix, cli = path.join(root, 'dist', 'cli.js') } = options;
  const args = [
    cli, 'build', '--runtime', 'criu', '--context', context, '--image', 'localhost/checkpoint-image-bench/short', '--tags', tag,
    ...[...SHORT_APP_ENV, ...(options.marker ? [options.marker] : [])].flatMap((e) => ['--env', e]), '--ready-log', SHORT_READY_LOG, '--ready-url', '/', '--verify', 'false', '--push', 'false',
  ];
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const env = pathPrefix ? { ...process.env, PATH: `${pathPrefix}:${process.env.PATH}` } : process.env;
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let readyLineAt: number | null = null;
    let readyMs: number | null = null;
    let pending = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      const now = Date.now();
      stderr += c.toString();
      const lines = (pending + c.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) {
        const m = /ready after (\d+) ms/.exec(l);
        if (m && readyLineAt === null) {
          readyLineAt = now;
          readyMs = Number(m[1]);
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Date.now() - t0;
      if (code !== 0) return reject(new Error(`checkpoint-image build exited ${code}:\n${stdout}\n${stderr.slice(-3000)}`));
      const phases: Record<string, number> = {};
      for (const m of stdout.matchAll(/^ {2}(\w+)\s+ok\s+([\d.]+) s/gm)) phases[m[1]!] = Math.round(Number(m[2]) * 1000);
      resolve({ wallMs, readyMs, readyLineAt, phases, image: /^OK: (\S+)/m.exec(stdout)?.[1] ?? '' });
    });
  });
}

/** A `podman` first on PATH that records each command's start, end and argv, then runs the real one. */
function tracingPodman(): { dir: string; log: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'checkpoint-image-bench-trace-'));
  const log = path.join(dir, 'trace.log');
  const real = spawnSync('sh', ['-c', 'command -v podman'], { encoding: 'utf8' }).stdout.trim();
  // one line per command: the launcher script in `run`'s argv has newlines
  writeFileSync(path.join(dir, 'podman'), `#!/bin/sh\ns=$(date +%s%N)\n"${real}" "$@"\nrc=$?\nprintf '%s %s %s\\n' "$s" "$(date +%s%N)" "$(printf '%s' "$*" | tr '\\n' ' ')" >>"${log}"\nexit $rc\n`);
  chmodSync(path.join(dir, 'podman'), 0o755);
  return { dir, log };
}

export async function shortPipelineBench(setup: ShortPipelineSetup): Promise<ShortPipelineResults> {
  const { root, context, rounds } = setup;
  const log = setup.log ?? ((l: string) => console.error(l));
  const cliWall: number[] = [];
  const plainWall: number[] = [];
  const pairRatios: number[] = [];
  const cliReady: number[] = [];
  const lag: number[] = [];
  const cliPhases: Record<string, number[]> = {};
  const plainPhases: Record<string, number[]> = {};
  const removeImage = (ref: string) => spawnSync('podman', [...String(setup.plainEnv.ENGINE_ARGS ?? '').split(' ').filter(Boolean), 'rmi', '--', ref], { encoding: 'utf8' });
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? ['cli', 'plain'] : ['plain', 'cli'];
    let pair: Record<string, number> = {};
    for (const which of order) {
      if (which === 'cli') {
        const stop = new AbortController();
        const marker = `CHECKPOINT_IMAGE_BENCH_RUN=${process.pid}-${i}`;
        const answered = watchFirstAnswer(stop.signal, marker);
        const r = await runCli(root, context, `s${i}`, { marker }).finally(() => stop.abort());
        const answeredAt = await answered;
        cliWall.push(r.wallMs);
        pair.cli = r.wallMs;
        if (r.readyMs !== null) cliReady.push(r.readyMs);
        if (answeredAt !== null && r.readyLineAt !== null) lag.push(r.readyLineAt - answeredAt);
        for (const [k, v] of Object.entries(r.phases)) (cliPhases[k] ??= []).push(v);
        removeImage(r.image);
      } else {
        const out = spawnSync('bash', [path.join(root, 'bench', 'plain-pipeline.sh')], {
          env: { ...setup.plainEnv, STEPS: 'short', APP_ENV: SHORT_APP_ENV.join(' '), IMAGE: `localhost/checkpoint-image-bench/short-plain:s${i}` },
          encoding: 'utf8',
        });
        if (out.status !== 0) throw new Error(`plain script (short) failed: ${out.stderr}`);
        const ms = Number(out.stdout.trim());
        plainWall.push(ms);
        pair.plain = ms;
        for (const m of out.stderr.matchAll(/^phase (\w+) (\d+)$/gm)) (plainPhases[m[1]!] ??= []).push(Number(m[2]));
      }
    }
    pairRatios.push(Math.round((pair.cli! / pair.plain!) * 1000) / 1000);
    log(`short pipeline round ${i + 1}/${rounds}: cli ${pair.cli} ms, plain ${pair.plain} ms, lag ${lag.at(-1) ?? '?'} ms`);
    pair = {};
  }
  const results: ShortPipelineResults = {
    app: `examples/hello-http with ${SHORT_APP_ENV.join(' ')}, ready-log /${SHORT_READY_LOG}/ and ready-url /, runtime criu, verify and push off`,
    cliWallMs: stats(cliWall),
    plainWallMs: stats(plainWall),
    pipelineVsPlain: Math.round((median(cliWall) / median(plainWall)) * 1000) / 1000,
    pairRatios,
    cliReadyMs: stats(cliReady),
    readinessLagMs: stats(lag),
    cliPhasesMs: Object.fromEntries(Object.entries(cliPhases).map(([k, v]) => [k, stats(v)])),
    plainPhasesMs: Object.fromEntries(Object.entries(plainPhases).map(([k, v]) => [k, stats(v)])),
  };
  if (process.env.BENCH_TRACE === '1') {
    const t = tracingPodman();
    const t0 = Date.now();
    const r = await runCli(root, context, 'traced', { pathPrefix: t.dir });
    removeImage(r.image);
    results.traceWallMs = r.wallMs;
    results.trace = readFileSync(t.log, 'utf8').split('\n').filter(Boolean).map((l) => {
      const [s, e, ...rest] = l.split(' ');
      return { startMs: Math.round(Number(s) / 1e6 - t0), endMs: Math.round(Number(e) / 1e6 - t0), args: rest.join(' ').slice(0, 160) };
    }).sort((a, b) => a.startMs - b.startMs);
    rmSync(t.dir, { recursive: true, force: true });
  }
  return results;
}

/** The markdown lines of this part of the bench. */
export function shortPipelineMarkdown(r: ShortPipelineResults): string[] {
  return [
    `- **short pipeline / plain script: ${r.pipelineVsPlain}x** wall time without verify and push (CLI ${r.cliWallMs.median} ms vs ${r.plainWallMs.median} ms; per-round ratios ${r.pairRatios.join(', ')}; target: within 1.10x). App: ${r.app}.`,
    `- **readiness lag: ${r.readinessLagMs.median} ms** median, max ${r.readinessLagMs.max} ms, from the app's first answer to the pipeline noticing it (target: within 100 ms); the CLI saw it ready ${r.cliReadyMs.median} ms after \`podman run\``,
    ...(r.trace ? ['', `| podman command (traced CLI run, ${r.traceWallMs} ms from spawn to exit) | start ms | end ms |`, '| --- | --- | --- |', ...r.trace.map((t) => `| \`${t.args.replace(/\|/g, '\\|')}\` | ${t.startMs} | ${t.endMs} |`)] : []),
  ];
}

// run alone: the same setup bench.ts makes, this part only
if (import.meta.url === `file://${process.argv[1]}`) {
  const { preflight } = await import('../../src/preflight.ts');
  const { prepareSampleContext } = await import('../../src/sample.ts');
  const { imageJdk, plainPipelineEnv } = await import('./plain-env.ts');
  const root = path.resolve(import.meta.dirname, '..', '..');
  const { engine } = await preflight();
  const context = await prepareSampleContext();
  const engineArgs = engine.ociRuntime ? ['--runtime', engine.ociRuntime] : [];
  // the image's CMD, from the sample's Containerfile
  const appCommand = JSON.parse(/^CMD (\[.*\])$/m.exec(readFileSync(path.join(context, 'Containerfile'), 'utf8'))![1]!) as string[];
  // the sample's JDK is its base image's (FROM in the Containerfile)
  const base = /^FROM (\S+)/m.exec(readFileSync(path.join(context, 'Containerfile'), 'utf8'))![1]!;
  const plainEnv = plainPipelineEnv({ context, engine, appCommand, jdk: imageJdk(engineArgs, base) });
  const r = await shortPipelineBench({ root, context, plainEnv, rounds: Number(process.env.BENCH_SHORT_ROUNDS ?? 5) });
  console.log(JSON.stringify(r, null, 2));
  console.log(shortPipelineMarkdown(r).join('\n'));
  rmSync(context, { recursive: true, force: true });
  process.exit(0);
}
