// The bench's checkpoint footprint (issue 12, smaller checkpoints): the sample checkpointed with
// `trim-heap: false` and with the default, what each checkpoint's dumped megabytes are (CRIU's
// pagemap per kind of memory: Java heap, class metadata, code cache, malloc, thread stacks, files,
// other; src/criu-images.ts), and each restore image's time to first response, alternated, as ms per
// MB. Both runs add the same HotSpot -Xlog lines that say where the heap and the class metadata are
// (logging only, to the app's output); the timed restores are of those images.
// Standalone: `node scripts/bench/footprint.ts` (after scripts/prepare-host.sh) prints the table.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkpointFootprint, FOOTPRINT_KINDS, JVM_LAYOUT_LOG, type Footprint } from '../../src/criu-images.ts';
import { LAUNCHER_STATE_DIR } from '../../src/launcher.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { median } from '../../src/pipeline/verify.ts';
import { freePort, TIMED_POLL_MS, waitForHttp } from '../../src/readiness.ts';
import { recordingReporter } from '../../src/reporter.ts';


export interface FootprintOptions {
  context: string;
  /** Global podman arguments (`--runtime runc`) and `--ulimit` arguments of this host. */
  engineArgs: string[];
  ulimitArgs: string[];
  /** Alternated restores of each variant. */
  starts: number;
  /** Median time to first response of the floor (a static server), when the caller measured it. */
  floorMs?: number | null;
  /** Or the floor image, started in the same alternation (standalone runs). */
  floorImage?: string;
}

interface Variant {
  trimHeap: boolean;
  checkpointBytes: number;
  footprint: Footprint;
  restoreMs: number[];
}

const MB = 1e6;
const mb = (b: number) => Math.round((b / MB) * 10) / 10;

export async function measureFootprint(options: FootprintOptions): Promise<{ json: Record<string, unknown>; md: string[] }> {
  let o = options;
  const podman = (args: string[]) => spawnSync('podman', [...o.engineArgs, ...args], { encoding: 'utf8' });
  const tag = `fp${Date.now().toString(36)}`;
  const variants: Record<'untrimmed' | 'trimmed', Variant & { ref: string }> = {} as never;
  for (const [name, trim] of [['untrimmed', false], ['trimmed', true]] as const) {
    const r = await runPipeline(
      { runtime: 'criu', context: o.context, image: `localhost/checkpoint-image-bench/footprint`, tags: `${tag}-${name}`, 'ready-url': '/', 'compare-runs': '0', 'trim-heap': String(trim), 'java-options': JVM_LAYOUT_LOG },
      { reporter: recordingReporter() },
    );
    if (!r.ok) throw new Error(`footprint: the ${name} pipeline failed: ${r.error}`);
    const ref = r.outputs.image;
    const mount = podman(['image', 'mount', ref]);
    if (mount.status !== 0) throw new Error(`podman image mount ${ref}: ${mount.stderr}`);
    const root = mount.stdout.trim();
    try {
      const log = spawnSync('cat', [path.join(root, LAUNCHER_STATE_DIR, 'app.log')], { encoding: 'utf8' }).stdout;
      const footprint = await checkpointFootprint(path.join(root, r.config.checkpointDir), log);
      variants[name] = { trimHeap: trim, checkpointBytes: r.checkpoint!.checkpointBytes, footprint, restoreMs: [], ref };
    } finally {
      podman(['image', 'unmount', ref]);
    }
  }

  // time to first response, the two restore images alternated (which goes first flips each round)
  // the sample's answer says how much live data its start-up loop built (a loaded machine builds less)
  const answers: Record<string, string> = {};
  const firstResponse = async (image: string): Promise<number> => {
    const port = await freePort();
    const name = `checkpoint-image-bench-fp-${port}`;
    const t0 = Date.now();
    const run = podman(['run', '-d', '--name', name, '-p', `127.0.0.1:${port}:8080`, '--cap-add', 'CHECKPOINT_RESTORE', '--cap-add', 'SYS_PTRACE', ...o.ulimitArgs, image]);
    if (run.status !== 0) throw new Error(run.stderr);
    const out = await waitForHttp(port, '/', { timeoutMs: 60_000, intervalMs: TIMED_POLL_MS });
    const ms = Date.now() - t0;
    podman(['rm', '-f', '-t', '0', name]);
    if (!out.ok) throw new Error(`${image}: ${out.reason}`);
    answers[image] ??= out.value.body.trim();
    return ms;
  };
  const floor: number[] = [];
  for (let i = 0; i < o.starts; i++) {
    const order = i % 2 === 0 ? (['untrimmed', 'trimmed'] as const) : (['trimmed', 'untrimmed'] as const);
    for (const v of order) variants[v].restoreMs.push(await firstResponse(variants[v].ref));
    if (o.floorImage) floor.push(await firstResponse(o.floorImage));
  }
  if (floor.length) o = { ...o, floorMs: median(floor) };
  for (const v of Object.values(variants)) podman(['rmi', v.ref]);

  const summary = (v: Variant) => {
    const restore = median(v.restoreMs);
    return {
      trimHeap: v.trimHeap,
      appAnswer: answers[(v as Variant & { ref: string }).ref] ?? null,
      checkpointMB: mb(v.checkpointBytes),
      dumpedPagesMB: mb(v.footprint.totalPageBytes),
      pagesMBByKind: Object.fromEntries(FOOTPRINT_KINDS.map((k) => [k, mb(v.footprint.bytes[k])])),
      restoreMs: { median: restore, min: Math.min(...v.restoreMs), max: Math.max(...v.restoreMs), n: v.restoreMs.length },
      restoreMsPerMB: Math.round((restore / (v.checkpointBytes / MB)) * 100) / 100,
      ...(o.floorMs ? { aboveFloorMsPerMB: Math.round(((restore - o.floorMs) / (v.checkpointBytes / MB)) * 100) / 100, restoreVsFloor: Math.round((restore / o.floorMs) * 100) / 100 } : {}),
    };
  };
  const u = summary(variants.untrimmed);
  const t = summary(variants.trimmed);
  const json = { untrimmed: u, trimmed: t, targetCheckpointMB: 40, targetRestoreVsFloor: 1.3 };
  const md = [
    '## Checkpoint footprint (`trim-heap`)',
    '',
    `Dumped pages per kind of memory (CRIU's pagemap, read from the checkpoint images; the kinds from HotSpot's own -Xlog lines and the VMAs), and the restore images' time to first response, ${o.starts} alternated starts each.`,
    '',
    '| | `trim-heap: false` | `trim-heap: true` (default) |',
    '| --- | --- | --- |',
    `| checkpoint files | ${u.checkpointMB} MB | **${t.checkpointMB} MB** (target ≤ 40 MB) |`,
    ...FOOTPRINT_KINDS.map((k) => `| ${k} | ${u.pagesMBByKind[k]} MB | ${t.pagesMBByKind[k]} MB |`),
    `| the app's first answer (its live data: \`warm\` entries) | \`${u.appAnswer}\` | \`${t.appAnswer}\` |`,
    `| restore, time to first response (median) | ${u.restoreMs.median} ms | ${t.restoreMs.median} ms |`,
    `| restore ms per checkpoint MB | ${u.restoreMsPerMB} | ${t.restoreMsPerMB} |`,
    ...(o.floorMs ? [`| restore / floor (${o.floorMs} ms) | ${u.restoreVsFloor}x | ${t.restoreVsFloor}x (target ≤ 1.3) |`, `| (restore − floor) ms per MB | ${u.aboveFloorMsPerMB} | ${t.aboveFloorMsPerMB} |`] : []),
    '',
  ];
  return { json, md };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { preflight } = await import('../../src/preflight.ts');
  const { prepareSampleContext } = await import('../../src/sample.ts');
  const { engine } = await preflight();
  // the floor: bench/floor-server.c, a static server FROM scratch, as bench.ts builds it
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const os = await import('node:os');
  const floorCtx = mkdtempSync(path.join(os.tmpdir(), 'checkpoint-image-floor-'));
  execFileSync('gcc', ['-static', '-O2', '-o', path.join(floorCtx, 'server'), path.join(import.meta.dirname, '..', '..', 'bench', 'floor-server.c')]);
  writeFileSync(path.join(floorCtx, 'Containerfile'), 'FROM scratch\nCOPY server /server\nCMD ["/server"]\n');
  const floorImage = 'localhost/checkpoint-image-bench/floor-fp:1';
  const ulimitArgs = (engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]);
  const engineArgs = engine.ociRuntime ? ['--runtime', engine.ociRuntime] : [];
  execFileSync('podman', [...engineArgs, 'build', '-q', '-t', floorImage, ...ulimitArgs, floorCtx]);
  const r = await measureFootprint({
    floorImage,
    context: await prepareSampleContext(),
    engineArgs,
    ulimitArgs,
    starts: Number(process.env.BENCH_STARTS ?? 9),
  });
  execFileSync('podman', [...engineArgs, 'rmi', floorImage]);
  rmSync(floorCtx, { recursive: true, force: true });
  console.log(r.md.join('\n'));
  console.log(JSON.stringify(r.json, null, 2));
  process.exit(0);
}
