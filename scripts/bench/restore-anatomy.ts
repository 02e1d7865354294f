// Where the time between the floor and a restore goes (issue 12): the restore image started as the
// bench starts it, step by step, alternated with the floor (a static server FROM scratch), with
// absolute timestamps from both sides of the container:
//   host: `podman run -d` spawned → podman's own record of the container (.Created, .State.StartedAt)
//         → `podman run -d` returned → first HTTP 200 (probed every TIMED_POLL_MS)
//   container: CRIU started (a `date +%s%N` just before `exec criu`, same clock as the host's) and
//         CRIU's own log timestamps, `(SS.uuuuuu)` from its start, cut at marker lines that CRIU logs
//         at -v3 as at -v4 (criu/cr-restore.c, criu/pie/restorer.c, criu/kerndat.c).
// Beside it, the floor of the page read on this machine (bench/page-read.c): the restore image's own
// pages file read into fresh memory as CRIU's restorer does, into memory already written (the copy
// alone), and into memory advised for huge pages (what transparent huge pages would give).
// Standalone: `node scripts/bench/restore-anatomy.ts <restore image> <floor image> [rounds] [floor server in the restore image]`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from '../../src/pipeline/verify.ts';
import { freePort, TIMED_POLL_MS, waitForHttp } from '../../src/readiness.ts';

/** CRIU's restore phases, each ending at a line CRIU logs at -v3 and above. */
export const CRIU_PHASES = [
  // kerndat_init probes the kernel (a fork to test ptrace breakpoints, `sh -c "iptables -n -w -L"`, ...):
  // nothing is cached in a fresh container (criu/kerndat.c kerndat_init, kerndat_try_load_cache)
  { name: 'kernel feature probe (kerndat)', end: /Reading image tree/ },
  { name: 'read image tree, collect files', end: /Forking task with \d+ pid/ },
  { name: 'fork, namespaces, premap private VMAs', end: /\d+: Restoring resources/ },
  { name: 'open files and file VMAs, build the restorer', end: /pie: \d+: Switched to the restorer/ },
  // the restorer maps every VMA and preadv()s the pages file into them, then fixes up the vDSO
  // (criu/pie/restorer.c __export_restore_task: "Now read the contents", then vdso_proxify / remap)
  { name: 'page read (restorer preadv into fresh memory)', end: /pie: \d+: vdso: (?:Parsing at|Runtime vdso)/ },
  { name: 'threads, sigreturn, resume', end: /Restore finished successfully/ },
] as const;

/** Milliseconds of each CRIU phase from a restore log, or null when a marker is missing. */
export function criuPhases(log: string): { phases: Array<{ name: string; ms: number }>; totalMs: number; pageBytes: number | null } | null {
  const lines = log.split('\n');
  const stamp = (l: string): number | null => {
    const m = /^\((\d+)\.(\d{6})\)/.exec(l);
    return m ? Number(m[1]) * 1000 + Number(m[2]) / 1000 : null;
  };
  let from = 0;
  let at = 0;
  const phases: Array<{ name: string; ms: number }> = [];
  for (const p of CRIU_PHASES) {
    const i = lines.findIndex((l, j) => j >= from && p.end.test(l));
    if (i < 0) return null;
    const t = stamp(lines[i]!);
    if (t === null) return null;
    phases.push({ name: p.name, ms: Math.round((t - at) * 10) / 10 });
    at = t;
    from = i + 1;
  }
  // -v4 logs what the restorer read: "`- returned N" after each preadv
  const returned = [...log.matchAll(/`- returned (\d+)/g)].map((m) => Number(m[1]));
  return { phases, totalMs: Math.round(at * 10) / 10, pageBytes: returned.length ? returned.reduce((a, b) => a + b, 0) : null };
}

export interface AnatomyVariant {
  name: string;
  image: string;
  caps: readonly string[];
  /** A command replacing the image's CMD (null: the image's own). */
  command: readonly string[] | null;
  /** Where the variant's CRIU writes restore.log and the wrapper its start time (null: not a CRIU restore). */
  checkpointDir: string | null;
  env?: Record<string, string>;
}

/** A CRIU restore command run through `sh -c` that first writes CRIU's start time (ns) to DIR/anatomy-t0. */
export function timedCriuCommand(dir: string, criuArgs: readonly string[]): string[] {
  return ['/bin/sh', '-c', 'date +%s%N >"$1/anatomy-t0"; shift; exec "$@"', 'anatomy', dir, ...criuArgs];
}

export interface AnatomyRun {
  variant: string;
  /** ms from spawning `podman run -d` */
  created: number;
  started: number;
  podmanReturned: number;
  criuStarted: number | null;
  restoreFinished: number | null;
  firstResponse: number;
  criu: ReturnType<typeof criuPhases>;
}

const nowMs = () => performance.timeOrigin + performance.now();

export async function measureAnatomy(opts: { engineArgs: string[]; ulimitArgs: string[]; variants: AnatomyVariant[]; rounds: number; tag: string; log?: (l: string) => void }): Promise<AnatomyRun[]> {
  const podman = (args: string[]) => spawnSync('podman', [...opts.engineArgs, ...args], { encoding: 'utf8' });
  const runs: AnatomyRun[] = [];
  for (let i = 0; i < opts.rounds; i++) {
    const order = opts.variants.map((_, j) => opts.variants[(i + j) % opts.variants.length]!);
    for (const v of order) {
      const port = await freePort();
      const name = `${opts.tag}-${v.name.replace(/[^a-z0-9]+/gi, '-')}-${i}`;
      const t0 = nowMs();
      const r = podman(['run', '-d', '--name', name, '-p', `127.0.0.1:${port}:8080`, ...v.caps.flatMap((c) => ['--cap-add', c]), ...Object.entries(v.env ?? {}).flatMap(([k, x]) => ['-e', `${k}=${x}`]), ...opts.ulimitArgs, '--', v.image, ...(v.command ?? [])]);
      const tReturn = nowMs();
      try {
        if (r.status !== 0) throw new Error(`${v.name}: podman run: ${r.stderr}`);
        const out = await waitForHttp(port, '/', { timeoutMs: 60_000, intervalMs: TIMED_POLL_MS });
        const t200 = nowMs();
        if (!out.ok) throw new Error(`${v.name}: ${out.reason}`);
        const ins = podman(['inspect', name, '--format', '{{.Created.UnixNano}} {{.State.StartedAt.UnixNano}}']);
        const [created, started] = ins.stdout.trim().split(' ').map((x) => Number(x) / 1e6);
        let criuStarted: number | null = null;
        let criu: AnatomyRun['criu'] = null;
        if (v.checkpointDir) {
          const m = podman(['mount', name]);
          const root = m.stdout.trim();
          try {
            const log = readFileSync(path.join(root, v.checkpointDir, 'restore.log'), 'utf8');
            criu = criuPhases(log);
            try {
              criuStarted = Number(readFileSync(path.join(root, v.checkpointDir, 'anatomy-t0'), 'utf8').trim()) / 1e6 - t0;
            } catch {
              criuStarted = null;
            }
          } finally {
            podman(['unmount', name]);
          }
        }
        const run: AnatomyRun = {
          variant: v.name,
          created: created! - t0,
          started: started! - t0,
          podmanReturned: tReturn - t0,
          criuStarted,
          restoreFinished: criuStarted !== null && criu ? criuStarted + criu.totalMs : null,
          firstResponse: t200 - t0,
          criu,
        };
        runs.push(run);
        opts.log?.(`${v.name}: created ${run.created.toFixed(0)} started ${run.started.toFixed(0)} returned ${run.podmanReturned.toFixed(0)} criu ${run.criuStarted?.toFixed(0) ?? '-'} finished ${run.restoreFinished?.toFixed(0) ?? '-'} 200 ${run.firstResponse.toFixed(0)}${criu ? ` | ${criu.phases.map((p) => p.ms).join(' ')}` : ''}`);
      } finally {
        podman(['rm', '-f', '-t', '0', '--ignore', name]);
      }
    }
  }
  return runs;
}

/** The steps of the anatomy, each a function of one run (null: the variant has no such step). */
const STEPS: Array<[string, (r: AnatomyRun) => number | null]> = [
  ['podman run -d spawned → container record created (.Created)', (r) => r.created],
  ['→ OCI runtime started it (.State.StartedAt)', (r) => r.started - r.created],
  ['→ `podman run -d` returned', (r) => r.podmanReturned - r.started],
  ['CRIU started (after StartedAt)', (r) => (r.criuStarted === null ? null : r.criuStarted - r.started)],
  ...CRIU_PHASES.map((p, i) => [`CRIU: ${p.name}`, (r: AnatomyRun) => r.criu?.phases[i]?.ms ?? null] as [string, (r: AnatomyRun) => number | null]),
  ['CRIU total (Restore finished)', (r) => r.criu?.totalMs ?? null],
  ['Restore finished → first 200', (r) => (r.restoreFinished === null ? null : r.firstResponse - r.restoreFinished)],
  ['podman run -d returned → first 200', (r) => r.firstResponse - r.podmanReturned],
  ['**podman run → first 200**', (r) => r.firstResponse],
];

/** Median ms of each step per variant (null where the variant has no such step). */
export function anatomyMedians(runs: AnatomyRun[]): Record<string, Record<string, number | null>> {
  const names = [...new Set(runs.map((r) => r.variant))];
  const med = (xs: Array<number | null>) => {
    const ys = xs.filter((x): x is number => x !== null);
    return ys.length ? Math.round(median(ys)) : null;
  };
  return Object.fromEntries(names.map((n) => [n, Object.fromEntries(STEPS.map(([label, f]) => [label.replace(/\*\*/g, ''), med(runs.filter((r) => r.variant === n).map(f))]))]));
}

/** The medians as a Markdown table, one column per variant. */
export function anatomyTable(runs: AnatomyRun[]): string[] {
  const m = anatomyMedians(runs);
  const names = Object.keys(m);
  return [
    `| step (median ms of ${runs.length / names.length} alternated runs) | ${names.join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
    ...STEPS.map(([label]) => `| ${label} | ${names.map((n) => m[n]![label.replace(/\*\*/g, '')] ?? '–').join(' | ')} |`),
  ];
}

export const PAGE_READ_MODES = ['fresh', 'touched', 'huge'] as const;
export type PageReadMode = (typeof PAGE_READ_MODES)[number];

/** Reads `pagesFile` with bench/page-read.c in each mode, alternated, `rounds` times: medians in ms and ms per MB. */
export function pageReadFloor(pagesFile: string, rounds: number): Record<PageReadMode, { medianMs: number; msPerMB: number; n: number; hugeShare: number }> & { bytes: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'checkpoint-image-page-read-'));
  try {
    const bin = path.join(dir, 'page-read');
    execFileSync('gcc', ['-O2', '-o', bin, path.join(import.meta.dirname, '..', '..', 'bench', 'page-read.c')]);
    const ms: Record<PageReadMode, number[]> = { fresh: [], touched: [], huge: [] };
    // how much of the read memory the kernel backed with huge pages (it falls back to 4 KiB when it has none)
    const huge: Record<PageReadMode, number[]> = { fresh: [], touched: [], huge: [] };
    let bytes = 0;
    for (let i = 0; i < rounds; i++) {
      for (const m of PAGE_READ_MODES.map((_, j) => PAGE_READ_MODES[(i + j) % PAGE_READ_MODES.length]!)) {
        const [, b, t, kb] = execFileSync(bin, [pagesFile, m], { encoding: 'utf8' }).trim().split(' ');
        bytes = Number(b);
        ms[m].push(Number(t));
        huge[m].push(Math.max(0, Number(kb)) * 1024 / bytes);
      }
    }
    const out = Object.fromEntries(PAGE_READ_MODES.map((m) => [m, { medianMs: Math.round(median(ms[m]) * 10) / 10, msPerMB: Math.round((median(ms[m]) / (bytes / 1e6)) * 100) / 100, n: ms[m].length, hugeShare: Math.round(median(huge[m]) * 100) / 100 }]));
    return { ...(out as Record<PageReadMode, { medianMs: number; msPerMB: number; n: number; hugeShare: number }>), bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface AnatomyBenchOptions {
  engineArgs: string[];
  ulimitArgs: string[];
  restoreRef: string;
  floorRef: string;
  checkpointDir: string;
  restoreCaps: readonly string[];
  /** The restore command of the image, as committed (the timed variant runs it at -v4 behind a `date`). */
  restoreCommand: readonly string[];
  rounds: number;
  log?: (l: string) => void;
}

/** The bench's part: the anatomy of a restore against the floor, and the page-read floor, as JSON and Markdown. */
export async function benchRestoreAnatomy(o: AnatomyBenchOptions): Promise<{ json: Record<string, unknown>; md: string[] }> {
  const v4 = o.restoreCommand.map((a) => (/^-v\d$/.test(a) ? '-v4' : a));
  const runs = await measureAnatomy({
    engineArgs: o.engineArgs,
    ulimitArgs: o.ulimitArgs,
    rounds: o.rounds,
    tag: `checkpoint-image-bench-anatomy-${process.pid}`,
    log: o.log,
    variants: [
      { name: 'floor', image: o.floorRef, caps: [], command: null, checkpointDir: null },
      { name: 'restore (as shipped)', image: o.restoreRef, caps: o.restoreCaps, command: null, checkpointDir: o.checkpointDir },
      { name: 'restore at -v4, CRIU start timed', image: o.restoreRef, caps: o.restoreCaps, command: timedCriuCommand(o.checkpointDir, v4), checkpointDir: o.checkpointDir },
    ],
  });
  // the restore image's own pages file, copied out (the floor reads a plain file, as CRIU reads its image)
  const mount = spawnSync('podman', [...o.engineArgs, 'image', 'mount', o.restoreRef], { encoding: 'utf8' });
  if (mount.status !== 0) throw new Error(`podman image mount ${o.restoreRef}: ${mount.stderr}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'checkpoint-image-pages-'));
  let floor: ReturnType<typeof pageReadFloor>;
  try {
    const dir = path.join(mount.stdout.trim(), o.checkpointDir);
    const pages = readdirSync(dir).filter((n) => /^pages-\d+\.img$/.test(n)).map((n) => path.join(dir, n));
    if (pages.length !== 1) throw new Error(`expected one pages file in ${o.checkpointDir}, found ${pages.length}`);
    copyFileSync(pages[0]!, path.join(tmp, 'pages.img'));
    spawnSync('podman', [...o.engineArgs, 'image', 'unmount', o.restoreRef]);
    floor = pageReadFloor(path.join(tmp, 'pages.img'), Math.max(5, o.rounds));
  } finally {
    spawnSync('podman', [...o.engineArgs, 'image', 'unmount', o.restoreRef]);
    rmSync(tmp, { recursive: true, force: true });
  }
  const mb = Math.round((floor.bytes / 1e6) * 10) / 10;
  const md = [
    '## Where a restore\'s time goes',
    '',
    `The restore image and the floor started alternately, ${o.rounds} rounds; host timestamps (podman's own record of the container, \`podman run -d\` returning, the first 200) and CRIU's log timestamps, cut at lines CRIU logs at -v3 and -v4. The third column runs the same restore at -v4 behind a \`date\` that records CRIU's start.`,
    '',
    ...anatomyTable(runs),
    '',
    `Page read floor: the restore image's ${mb} MB pages file read with one preadv, as CRIU's restorer does (bench/page-read.c), medians of ${floor.fresh.n}: into fresh memory **${floor.fresh.medianMs} ms (${floor.fresh.msPerMB} ms/MB)**; into memory written beforehand (the copy alone) ${floor.touched.medianMs} ms (${floor.touched.msPerMB} ms/MB); into memory advised for huge pages ${floor.huge.medianMs} ms (${floor.huge.msPerMB} ms/MB; median share backed by huge pages ${Math.round(floor.huge.hugeShare * 100)} %: the kernel falls back to 4 KiB pages when it has no free 2 MiB block). CRIU applies a VMA's MADV_HUGEPAGE only after reading its pages (criu/pie/restorer.c), so with THP in \`madvise\` mode a restore pays the fresh-memory figure.`,
    '',
  ];
  return { json: { rounds: o.rounds, medianMs: anatomyMedians(runs), pageReadFloor: floor }, md };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [restoreRef, floorRef, rounds] = process.argv.slice(2);
  if (!restoreRef || !floorRef) throw new Error('usage: node scripts/bench/restore-anatomy.ts <restore image> <floor image> [rounds]');
  const { preflight } = await import('../../src/preflight.ts');
  const { runtimeProfile } = await import('../../src/runtimes.ts');
  const { engine } = await preflight();
  const engineArgs = engine.ociRuntime ? ['--runtime', engine.ociRuntime] : [];
  const ulimitArgs = (engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]);
  const cmd = JSON.parse(spawnSync('podman', [...engineArgs, 'image', 'inspect', '--format', '{{json .Config.Cmd}}', restoreRef], { encoding: 'utf8' }).stdout) as string[];
  const profile = runtimeProfile('criu');
  const r = await benchRestoreAnatomy({ engineArgs, ulimitArgs, restoreRef, floorRef, checkpointDir: profile.defaultCheckpointDir, restoreCaps: profile.restore.capAdd, restoreCommand: cmd, rounds: Number(rounds ?? 5), log: (l) => console.error(l) });
  console.log(r.md.join('\n'));
  console.log(JSON.stringify(r.json));
  process.exit(0);
}
