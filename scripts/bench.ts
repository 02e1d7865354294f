// `npm run bench`: the pipeline on the bundled sample app, measured side by side in one run, on this
// machine. Writes bench/runs/<date>/results.{json,md} (untracked), or with `--publish` the tracked
// bench/results.json and bench/results.md that the README quotes. Figures, not assertions.
//   - per-phase durations; pipeline wall time against bench/plain-pipeline.sh doing the same podman work
//   - the short pipeline (build + checkpoint + commit, no verify or push) through the CLI against the
//     same script, on the sample started in 1.5 s and ready on a log line and a URL, and the readiness
//     lag (the app's first answer to the pipeline noticing it): scripts/bench/short-pipeline.ts
//   - readiness-to-checkpoint latency
//   - cold vs restore time to first response, and the floor (a static HTTP server that answers at once)
//   - sizes: checkpoint files, the restore image's added layer, whole images
//   - where a restore's time goes next to the floor (podman's steps, CRIU's phases, the app's first
//     answer) and the page-read floor of this machine: scripts/bench/restore-anatomy.ts
// Pipeline and plain script runs alternate (which goes first flips each round), as do the starts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalRegistry } from '../src/local-registry.ts';
import { runPipeline, type PipelineResult } from '../src/pipeline/run.ts';
import { preflight } from '../src/preflight.ts';
import { freePort, TIMED_POLL_MS, waitForHttp } from '../src/readiness.ts';
import { recordingReporter } from '../src/reporter.ts';
import { RUNTIMES } from '../src/runtimes.ts';
import { prepareSampleContext } from '../src/sample.ts';
import { median } from '../src/pipeline/verify.ts';
import { benchFreshNode } from './bench/fresh-node.ts';
import { benchLazy } from './bench/lazy.ts';
import { imageJdk, plainPipelineEnv } from './bench/plain-env.ts';
import { measureFootprint } from './bench/footprint.ts';
import { benchRestoreAnatomy } from './bench/restore-anatomy.ts';
import { shortPipelineBench, shortPipelineMarkdown } from './bench/short-pipeline.ts';

const root = path.resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const STARTS = Number(process.env.BENCH_STARTS ?? 9);
const { engine } = await preflight();
const engineArgs = engine.ociRuntime ? ['--runtime', engine.ociRuntime] : [];
const ulimitArgs = (engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]);
const podman = (args: string[]) => spawnSync('podman', [...engineArgs, ...args], { encoding: 'utf8' });
const context = await prepareSampleContext();
const dangling = () => podman(['images', '-q', '--no-trunc', '--filter', 'dangling=true']).stdout.split('\n').filter(Boolean);
const danglingBefore = dangling();
const stats = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

// the floor image: a static binary FROM scratch
const floorCtx = mkdtempSync(path.join(os.tmpdir(), 'checkpoint-image-floor-'));
execFileSync('gcc', ['-static', '-O2', '-o', path.join(floorCtx, 'server'), path.join(root, 'bench', 'floor-server.c')]);
writeFileSync(path.join(floorCtx, 'Containerfile'), 'FROM scratch\nCOPY server /server\nCMD ["/server"]\n');
if (podman(['build', '-q', '-t', 'localhost/checkpoint-image-bench/floor:1', ...ulimitArgs, floorCtx]).status !== 0) throw new Error('floor image build failed');

// the original image under a local name; the plain script wraps its CMD in the same launcher
const coldRef = `localhost/checkpoint-image-bench/cold:1`;
if (podman(['build', '-q', '-t', coldRef, ...ulimitArgs, context]).status !== 0) throw new Error('cold image build failed');
const appCommand = JSON.parse(podman(['image', 'inspect', '--format', '{{json .Config.Cmd}}', coldRef]).stdout) as string[];
const profile = RUNTIMES.criu;
// the script runs the same launcher with the pipeline's own JVM options (trim-heap's for this JDK)
const plainEnv = { ...plainPipelineEnv({ context, engine, appCommand, jdk: imageJdk(engineArgs, coldRef) }), ROUNDS: '3' };

const pipelineWall: number[] = [];
const plainWall: number[] = [];
const phaseMs: Record<string, number[]> = {};
const plainPhaseMs: Record<string, number[]> = {};
const triggerLatency: number[] = [];
let last: PipelineResult | null = null;
for (let i = 0; i < ROUNDS; i++) {
  const order = i % 2 === 0 ? ['pipeline', 'plain'] : ['plain', 'pipeline'];
  for (const which of order) {
    // a fresh registry each time: neither side may find the other's layers already pushed
    const registry = await startLocalRegistry();
    if (which === 'pipeline') {
      const t0 = Date.now();
      const r = await runPipeline(
        { runtime: 'criu', context, image: 'bench-sample', registry: registry.address, tags: `p${i}`, 'ready-url': '/', 'compare-runs': '3', push: 'true', 'tls-verify': 'false' },
        { reporter: recordingReporter() },
      );
      if (!r.ok) throw new Error(`pipeline failed: ${r.error}`);
      pipelineWall.push(Date.now() - t0);
      for (const p of r.phases) if (p.status === 'ok') (phaseMs[p.name] ??= []).push(p.durationMs);
      if (r.checkpoint?.triggerLatencyMs != null) triggerLatency.push(r.checkpoint.triggerLatencyMs);
      // keep only the newest restore image, under a local name
      podman(['rmi', 'localhost/checkpoint-image-bench/restore:1']);
      podman(['tag', r.outputs.image, 'localhost/checkpoint-image-bench/restore:1']);
      podman(['rmi', r.outputs.image]);
      last = r;
    } else {
      const out = spawnSync('bash', [path.join(root, 'bench', 'plain-pipeline.sh')], { env: { ...plainEnv, IMAGE: `${registry.address}/bench-plain:p${i}` }, encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`plain script failed: ${out.stderr}`);
      plainWall.push(Number(out.stdout.trim()));
      for (const m of out.stderr.matchAll(/^phase (\w+) (\d+)$/gm)) (plainPhaseMs[m[1]!] ??= []).push(Number(m[2]));
    }
    await registry.stop();
    console.error(`round ${i + 1}/${ROUNDS}: ${which} done`);
  }
}

// the short pipeline (no verify, no push) through the CLI, on an app ready on a log line and a URL
const short = await shortPipelineBench({ root, context, plainEnv, rounds: Number(process.env.BENCH_SHORT_ROUNDS ?? ROUNDS) });

// time to first response, alternated: cold, restore, floor
async function firstResponse(image: string, caps: string[]): Promise<number> {
  const port = await freePort();
  const name = `checkpoint-image-bench-${port}`;
  const t0 = Date.now();
  const r = podman(['run', '-d', '--name', name, '-p', `127.0.0.1:${port}:8080`, ...caps.flatMap((c) => ['--cap-add', c]), ...ulimitArgs, image]);
  if (r.status !== 0) throw new Error(r.stderr);
  const out = await waitForHttp(port, '/', { timeoutMs: 60_000, intervalMs: TIMED_POLL_MS });
  const ms = Date.now() - t0;
  podman(['rm', '-f', '-t', '0', name]);
  if (!out.ok) throw new Error(`${image}: ${out.reason}`);
  return ms;
}
const restoreRef = 'localhost/checkpoint-image-bench/restore:1';
const starts = { cold: [] as number[], restore: [] as number[], floor: [] as number[] };
for (let i = 0; i < STARTS; i++) {
  starts.cold.push(await firstResponse(coldRef, []));
  starts.restore.push(await firstResponse(restoreRef, ['CHECKPOINT_RESTORE', 'SYS_PTRACE']));
  starts.floor.push(await firstResponse('localhost/checkpoint-image-bench/floor:1', []));
}
// lazy restore vs default, and fresh-node pull + start (scripts/bench/)
const lazy = await benchLazy({ engine, restoreRef, checkpointDir: profile.defaultCheckpointDir, restoreCaps: profile.restore.capAdd, rounds: STARTS });
const baseImage = process.env.SAMPLE_BASE_IMAGE ?? 'localhost/checkpoint-image/sample-base:bookworm-jre17';
const freshNode = await benchFreshNode({ engine, baseImage, coldRef, restoreRef, restoreCaps: profile.restore.capAdd, rounds: Number(process.env.BENCH_FRESH_ROUNDS ?? 5) });
// where a restore's time goes next to the floor, and the page-read floor of this machine (issue 12)
const anatomy = await benchRestoreAnatomy({ engineArgs, ulimitArgs, restoreRef, floorRef: 'localhost/checkpoint-image-bench/floor:1', checkpointDir: profile.defaultCheckpointDir, restoreCaps: profile.restore.capAdd, restoreCommand: profile.restore.command!({ checkpointDir: profile.defaultCheckpointDir, restoreFlags: [] }), rounds: STARTS });
podman(['rmi', restoreRef]);
// checkpoint MB per kind of memory, trimmed and not, and restore ms per MB (issue 12)
const footprint = await measureFootprint({ context, engineArgs, ulimitArgs, starts: STARTS, floorMs: median(starts.floor) });
podman(['untag', coldRef, coldRef]);
podman(['rmi', 'localhost/checkpoint-image-bench/floor:1']);
// images this run left untagged (the parents of removed restore images), never anyone else's
for (const id of dangling().filter((d) => !danglingBefore.includes(d))) podman(['rmi', id]);

const sizes = last!.commit!.sizes;
const results = {
  date: new Date().toISOString(),
  machine: { kernel: os.release(), cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), podman: podman(['version', '--format', '{{.Client.Version}}']).stdout.trim(), ociRuntime: engine.ociRuntime ?? 'default' },
  rounds: ROUNDS,
  phasesMs: Object.fromEntries(Object.entries(phaseMs).map(([k, v]) => [k, stats(v)])),
  plainScriptPhasesMs: Object.fromEntries(Object.entries(plainPhaseMs).map(([k, v]) => [k, stats(v)])),
  pipelineWallMs: stats(pipelineWall),
  plainScriptWallMs: stats(plainWall),
  pipelineVsPlain: Math.round((median(pipelineWall) / median(plainWall)) * 1000) / 1000,
  // build + checkpoint + commit only, through the CLI (node's start included), and the readiness lag
  shortPipeline: short,
  readinessToCheckpointMs: stats(triggerLatency),
  firstResponseMs: { cold: stats(starts.cold), restore: stats(starts.restore), floor: stats(starts.floor) },
  coldVsRestore: Math.round((median(starts.cold) / median(starts.restore)) * 100) / 100,
  restoreVsFloor: Math.round((median(starts.restore) / median(starts.floor)) * 100) / 100,
  lazyRestore: lazy.json,
  freshNode: freshNode.json,
  footprint: footprint.json,
  restoreAnatomy: anatomy.json,
  sizes: { checkpointBytes: last!.checkpoint!.checkpointBytes, addedLayerBytes: sizes.addedBytes, layersAdded: sizes.layersAdded, addedLayerVsCheckpoint: Math.round((sizes.addedBytes / last!.checkpoint!.checkpointBytes) * 10000) / 10000, originalImageBytes: sizes.originalBytes, restoreImageBytes: sizes.restoreBytes },
};
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const row = (name: string, s: { median: number; min: number; max: number; n: number }) => `| ${name} | ${s.median} | ${s.min} | ${s.max} | ${s.n} |`;
const md = [
  `# checkpoint-image benchmark`,
  '',
  `${results.date.slice(0, 10)}; ${results.machine.cpu}, ${results.machine.cpus} CPUs, ${results.machine.memoryGiB} GiB, kernel ${results.machine.kernel}, podman ${results.machine.podman} (${results.machine.ociRuntime}). Sample app: examples/hello-http (2 s of start-up work), runtime \`criu\`. Medians of ${ROUNDS} alternated pipeline/script rounds and ${STARTS} alternated start triples.`,
  '',
  '| first response after `podman run` | median ms | min | max | n |', '| --- | --- | --- | --- | --- |',
  row('cold start (original image)', results.firstResponseMs.cold), row('restore (restore image)', results.firstResponseMs.restore), row('floor (static server, no runtime)', results.firstResponseMs.floor),
  '',
  `- **cold / restore: ${results.coldVsRestore}x** (target: at least 5x)`,
  `- **restore / floor: ${results.restoreVsFloor}x** (target: within 1.5x)`,
  `- **pipeline / plain script: ${results.pipelineVsPlain}x** wall time with verify and push (${results.pipelineWallMs.median} ms vs ${results.plainScriptWallMs.median} ms; target: within 1.05x)`,
  ...shortPipelineMarkdown(short),
  `- **readiness → checkpoint: ${results.readinessToCheckpointMs.median} ms** median, max ${results.readinessToCheckpointMs.max} ms (target: within 200 ms; the public guides sleep 15 s)`,
  `- sizes: checkpoint ${mb(results.sizes.checkpointBytes)}; the restore image adds ${results.sizes.layersAdded} layer of ${mb(results.sizes.addedLayerBytes)} (${results.sizes.addedLayerVsCheckpoint}x the checkpoint; target within 1.02x); image ${mb(results.sizes.restoreImageBytes)} vs original ${mb(results.sizes.originalImageBytes)}`,
  '',
  '| phase | median ms | min | max | n | plain script median ms |', '| --- | --- | --- | --- | --- | --- |',
  ...Object.entries(results.phasesMs).map(([k, v]) => `${row(k, v)} ${results.plainScriptPhasesMs[k]?.median ?? '–'} |`),
  '',
  ...lazy.md,
  ...freshNode.md,
  ...footprint.md,
  ...anatomy.md,
].join('\n');
// a bench on one's own machine must not rewrite the figures the README quotes (a docs test pins them)
const outDir = process.argv.includes('--publish') ? path.join(root, 'bench') : path.join(root, 'bench', 'runs', results.date.replace(/[:.]/g, '-'));
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(outDir, 'results.md'), md);
for (const dir of [context, floorCtx]) rmSync(dir, { recursive: true, force: true });
console.log(md);
console.log(`\nwritten to ${path.relative(root, outDir)}/results.{json,md}${outDir.endsWith('bench') ? '' : ' (run with `npm run bench -- --publish` to update the figures the README quotes)'}`);
process.exit(0);
