// The README's figures, generated from the published bench/results.json (`npm run bench -- --publish`,
// then `npm run gen-docs`), so that the README always quotes one run, with its date and machine, and
// a bench on one's own machine (bench/runs/) never changes it. test/unit/docs.test.ts checks it.

interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The parts of bench/results.json the README quotes; sections of older runs may be missing. */
export interface PublishedBench {
  date: string;
  machine: { kernel: string; cpus: number; cpu?: string; memoryGiB: number; podman: string; ociRuntime: string };
  rounds: number;
  firstResponseMs: Record<'cold' | 'restore' | 'floor', Stats>;
  coldVsRestore: number;
  restoreVsFloor: number;
  pipelineVsPlain: number;
  pipelineWallMs: Stats;
  plainScriptWallMs: Stats;
  readinessToCheckpointMs: Stats;
  sizes: { checkpointBytes: number; addedLayerBytes: number; layersAdded: number; addedLayerVsCheckpoint: number };
  shortPipeline?: { pipelineVsPlain: number; cliWallMs: Stats; plainWallMs: Stats; readinessLagMs: Stats };
  footprint?: Record<'untrimmed' | 'trimmed', { checkpointMB: number; restoreMs: Stats; restoreMsPerMB: number; restoreVsFloor?: number; pagesMBByKind: Record<string, number> }>;
  freshNode?: { rounds: number; variants: Record<'cold' | 'restoreGzip' | 'restoreZstd', { totalMs: Stats }>; coldVsRestoreGzip: number; coldVsRestoreZstd: number; gzipVsZstd: number };
  lazyRestore?: { rounds: number; privileges: { lazy: string }; firstResponseMs: Record<string, Stats>; lazyVsDefaultFirst: number; lazyVsControlFirst: number; verdict: string };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The opening figures: time to the first response, cold against restored, on the bench's machine. */
export function benchHeadline(r: PublishedBench): string {
  const m = r.machine;
  const fresh = r.freshNode;
  return [
    `Measured on this project's own sample app (an HTTP server with 2 s of start-up work) by`,
    `\`npm run bench\` on ${r.date.slice(0, 10)} (kernel ${m.kernel}, ${m.cpus} vCPU ${m.cpu ?? ''}, ${m.memoryGiB} GiB, podman ${m.podman} with ${m.ociRuntime}), medians of ${r.firstResponseMs.cold.n} alternated starts:`,
    '',
    '| time from `podman run` to the first HTTP 200 | median |',
    '| --- | --- |',
    `| cold JVM start (original image) | ${r.firstResponseMs.cold.median} ms |`,
    `| restore from the checkpoint (restore image) | ${r.firstResponseMs.restore.median} ms (**${r.coldVsRestore}x** faster) |`,
    `| floor: a static server that answers at once (the container engine's own limit) | ${r.firstResponseMs.floor.median} ms |`,
    ...(fresh
      ? [`| on a fresh node (image pulled from a registry first), cold / restore | ${fresh.variants.cold.totalMs.median} / ${fresh.variants.restoreGzip.totalMs.median} ms (${fresh.coldVsRestoreGzip}x) |`]
      : []),
  ].join('\n');
}

/** The Benchmark section's table: every figure the issues set a target for, from the same run. */
export function benchFigures(r: PublishedBench): string {
  const f = r.footprint;
  const short = r.shortPipeline;
  const fresh = r.freshNode;
  const lazy = r.lazyRestore;
  const rows: string[][] = [
    ['cold start / restore, time to first response', `${r.coldVsRestore}x (${r.firstResponseMs.cold.median} vs ${r.firstResponseMs.restore.median} ms)`, 'at least 5x'],
    ['restore / floor', `${r.restoreVsFloor}x (${r.firstResponseMs.restore.median} vs ${r.firstResponseMs.floor.median} ms)`, 'within 1.3x'],
    ['checkpoint size (sample, `trim-heap: true`)', f ? `${f.trimmed.checkpointMB} MB (${f.untrimmed.checkpointMB} MB with \`trim-heap: false\`)` : mb(r.sizes.checkpointBytes), 'at most 40 MB'],
    ...(f ? [['restore ms per checkpoint MB', `${f.trimmed.restoreMsPerMB} (untrimmed ${f.untrimmed.restoreMsPerMB})`, '–']] : []),
    ['pipeline / plain script, whole pipeline', `${r.pipelineVsPlain}x (${s(r.pipelineWallMs.median)} vs ${s(r.plainScriptWallMs.median)})`, 'within 1.05x'],
    ...(short
      ? [
          ['pipeline (CLI) / plain script, without verify and push', `${short.pipelineVsPlain}x (${s(short.cliWallMs.median)} vs ${s(short.plainWallMs.median)})`, 'within 1.10x'],
          ['app answers → pipeline notices it is ready', `${short.readinessLagMs.median} ms median, ${short.readinessLagMs.max} ms max`, 'within 100 ms'],
        ]
      : []),
    ['readiness → checkpoint triggered', `${r.readinessToCheckpointMs.median} ms median, ${r.readinessToCheckpointMs.max} ms max`, 'within 200 ms'],
    ...(fresh
      ? [
          ['fresh node: pull + run + first 200, cold / restore', `${fresh.coldVsRestoreGzip}x with gzip, ${fresh.coldVsRestoreZstd}x with zstd`, '–'],
          ['fresh node: restore image gzip / zstd', `${fresh.gzipVsZstd}x`, 'decides `compression`'],
        ]
      : []),
    ...(lazy
      ? [[
          'lazy restore / default restore; / root-mode control, first response',
          `${lazy.lazyVsDefaultFirst}x; ${lazy.lazyVsControlFirst}x (${lazy.lazyVsDefaultFirst < 1 ? 'faster' : 'not faster'}, and only with ${lazy.privileges.lazy}: not a restore mode)`,
          'faster without wider privileges',
        ]]
      : []),
    ['restore image: layers added; added layer / checkpoint files', `${r.sizes.layersAdded}; ${r.sizes.addedLayerVsCheckpoint}x (${mb(r.sizes.addedLayerBytes)} vs ${mb(r.sizes.checkpointBytes)})`, '1; within 1.02x'],
  ];
  return [
    `Figures of ${r.date.slice(0, 10)} on the machine above, ${r.rounds} rounds and ${r.firstResponseMs.cold.n} start triples (full tables in [\`bench/results.md\`](bench/results.md)):`,
    '',
    '| figure | measured | target |',
    '| --- | --- | --- |',
    ...rows.map((c) => `| ${c.join(' | ')} |`),
  ].join('\n');
}

export function benchSections(r: PublishedBench): Record<string, string> {
  return { 'bench-headline': benchHeadline(r), bench: benchFigures(r) };
}
