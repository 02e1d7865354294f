/**
 * Runtimes whose JDKs cannot be downloaded on this machine (crac, openj9, liberty), end to end: the
 * REAL pipeline (build → checkpoint → commit → verify) runs on images whose JDK launcher is a TEST
 * DOUBLE (test/doubles/fake-*; each file's header says what it imitates and what not). The doubles
 * only stand in for the runtime's launcher; every checkpoint and restore is done by the real CRIU
 * 4.2.1 inside real podman containers. What is exercised is the orchestration around each runtime:
 * its trigger (jcmd, the launcher's criu dump, or the app itself), the exit code it documents, the
 * commit with its restore command, and the restore being proven by the runtime's own marker.
 */
import { copyFile, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { RUNTIMES, type ConcreteTrigger, type RuntimeName } from '../../src/runtimes.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { leftovers, podman, requireHost } from '../support/e2e.ts';

const DOUBLES = path.resolve(import.meta.dirname, '..', 'doubles');
const APP_CMD = ['java', '-XX:-UsePerfData', '-XX:+UseSerialGC', '-Xmx64m', '-cp', '/app', 'Hello'];
const LIBERTY_ENTRYPOINT = '/opt/ol/helpers/runtime/docker-server.sh';

type DoubleName = 'fake-crac' | 'fake-openj9' | 'fake-liberty';

interface Case {
  title: string;
  runtime: Exclude<RuntimeName, 'criu'>;
  double: DoubleName;
  trigger: ConcreteTrigger;
  /** Exit code of the checkpoint container the runtime documents for "checkpoint taken". */
  exitCode: number;
  /** The restore image's Entrypoint and Cmd. */
  entrypoint: string[];
  cmd: string[];
  /** Environment the restore image must carry. */
  env: string[];
}

const CASES: Case[] = [
  {
    title: 'crac, trigger jcmd (jcmd <pid> JDK.checkpoint; CRIU kills the JVM: 137)',
    runtime: 'crac',
    double: 'fake-crac',
    trigger: 'jcmd',
    exitCode: 137,
    entrypoint: [],
    cmd: ['java', '-XX:CRaCRestoreFrom=/opt/crac-files'],
    env: [],
  },
  {
    title: 'crac, trigger criu (the launcher dumps the JVM; its exit is criu\'s: 0)',
    runtime: 'crac',
    double: 'fake-crac',
    trigger: 'criu',
    exitCode: 0,
    entrypoint: [],
    cmd: ['java', '-XX:CRaCRestoreFrom=/opt/crac-files'],
    env: [],
  },
  {
    title: 'openj9, trigger app (the app checkpoints itself; CRIU kills the JVM: 137)',
    runtime: 'openj9',
    double: 'fake-openj9',
    trigger: 'app',
    exitCode: 137,
    entrypoint: [],
    cmd: ['criu', 'restore', '--unprivileged', '-D', '/opt/checkpoint', '--shell-job', '-v3', '--log-file=restore.log'],
    env: [],
  },
  {
    title: 'liberty, trigger app (WLP_CHECKPOINT=afterAppStart; the server stops: 0)',
    runtime: 'liberty',
    double: 'fake-liberty',
    trigger: 'app',
    exitCode: 0,
    entrypoint: [LIBERTY_ENTRYPOINT],
    cmd: APP_CMD,
    env: ['CRIU_RESTORE_DISABLE_RECOVERY=true'],
  },
];

/** The sample app compiled into a fresh context, with the double's files and Containerfile on top. */
async function doubleContext(name: DoubleName): Promise<string> {
  const dir = await prepareSampleContext();
  const src = path.join(DOUBLES, name);
  for (const f of await readdir(src)) await copyFile(path.join(src, f), path.join(dir, f));
  return dir;
}

interface InspectedImage {
  Config: { Entrypoint?: string[] | null; Cmd?: string[] | null; Env?: string[] | null; Labels?: Record<string, string> | null };
}

async function inspect(ref: string): Promise<InspectedImage> {
  const res = await podman(['image', 'inspect', '--format', 'json', ref]);
  expect(res.exitCode, res.stderr).toBe(0);
  const [info] = JSON.parse(res.stdout) as InspectedImage[];
  return info!;
}

/** What the sample app answered (its PID and start time survive a checkpoint/restore). */
const answer = (body: string | undefined) => JSON.parse(body ?? '{}') as { pid?: number; startedAt?: number };

const contexts: string[] = [];
beforeAll(async () => {
  await requireHost();
});
afterAll(async () => {
  for (const c of contexts) await rm(c, { recursive: true, force: true });
});

describe.each(CASES)('$title', (c) => {
  it('runs the real pipeline on the runtime\'s TEST DOUBLE and real CRIU: checkpoint, commit, restore', async () => {
    const context = await doubleContext(c.double);
    contexts.push(context);
    const tag = `t-${Date.now().toString(36)}`;
    const image = `localhost/checkpoint-image-e2e/${c.double}-${c.trigger}`;
    const ref = `${image}:${tag}`;
    const reporter = recordingReporter();
    const started = Date.now();
    try {
      const result = await runPipeline(
        {
          runtime: c.runtime,
          context,
          image,
          tags: tag,
          'checkpoint-trigger': c.trigger,
          'ready-url': '/',
          'compare-runs': '1',
          'min-pid': '1000',
          'checkpoint-timeout': '30',
          'verify-timeout': '30',
        },
        { reporter },
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const context_ = `${c.runtime}/${c.trigger} in ${seconds} s; logs in ${result.logDir}\n${reporter.lines.join('\n')}`;
      expect(result.error, context_).toBeNull();
      expect(result.ok).toBe(true);
      expect(result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:ok', 'checkpoint:ok', 'commit:ok', 'verify:ok', 'push:skipped']);
      expect(result.config.trigger).toBe(c.trigger);

      // the checkpoint: the runtime's documented exit code, real CRIU image files, CRIU's own log
      const ck = result.checkpoint!;
      expect(ck.exitCode, context_).toBe(c.exitCode);
      expect(RUNTIMES[c.runtime].checkpoint.exitCodes).toContain(ck.exitCode);
      expect(ck.checkpointBytes).toBeGreaterThan(5e6);
      // real CRIU's own log of the dump, as the pipeline collected it
      const ckLogs = path.join(result.logDir, 'checkpoint');
      const ckTexts = await Promise.all((await readdir(ckLogs)).map((f) => readFile(path.join(ckLogs, f), 'utf8')));
      expect(ckTexts.some((t) => /\(\d+\.\d+\) Dumping finished successfully/.test(t))).toBe(true);
      if (c.trigger === 'jcmd') expect(reporter.lines.join('\n')).toMatch(/jcmd (\d+) JDK\.checkpoint: exit \d+ \1:/);
      if (c.runtime === 'liberty') {
        const requested = /CWWKC0451I: A server checkpoint "afterAppStart" was requested\. When the checkpoint completes, the server stops\./;
        expect(ckTexts.some((t) => requested.test(t))).toBe(true);
      }

      // the commit: the profile's restore command (or the image's own entrypoint for Liberty), labels
      expect(result.commit!.refs).toEqual([ref]);
      const img = await inspect(ref);
      expect(img.Config.Entrypoint ?? []).toEqual(c.entrypoint);
      expect(img.Config.Cmd ?? []).toEqual(c.cmd);
      expect(result.commit!.restoreCommand).toEqual(c.runtime === 'liberty' ? null : c.cmd);
      for (const e of c.env) expect(img.Config.Env ?? []).toContain(e);
      expect(img.Config.Labels?.['io.checkpoint-image.runtime']).toBe(c.runtime);
      expect(img.Config.Labels?.['io.checkpoint-image.trigger']).toBe(c.trigger);
      expect(result.commit!.sizes.layersAdded).toBe(1);

      // the restore: faster than cold, proven by the runtime's own marker, the same process back
      const v = result.verify!;
      expect(v.restore).toHaveLength(1);
      expect(v.cold).toHaveLength(1);
      expect(v.restoreMedianMs).toBeLessThan(v.coldMedianMs!);
      expect(v.evidence).toMatch(RUNTIMES[c.runtime].restore.restoredMarkers[0]!);
      const restored = answer(v.restore[0]?.body);
      const cold = answer(v.cold[0]?.body);
      expect(restored.pid).toBeGreaterThanOrEqual(1000);
      expect(restored.startedAt).toBeLessThan(cold.startedAt!);
      expect(v.capAdd).toEqual([...RUNTIMES[c.runtime].restore.capAdd]);

      // this run's containers and temporary images (other jobs may share this host)
      expect(await leftovers(result.runId)).toEqual([]);
      expect(result.leftovers).toEqual([]);
      const phases = result.phases.map((p) => `${p.name} ${(p.durationMs / 1000).toFixed(1)} s`).join(', ');
      console.info(`${c.runtime}/${c.trigger}: ${((Date.now() - started) / 1000).toFixed(1)} s (${phases}); checkpoint exit ${ck.exitCode}, ${(ck.checkpointBytes / 1e6).toFixed(1)} MB; restore ${v.restoreMedianMs} ms vs cold ${v.coldMedianMs} ms; evidence "${v.evidence}"`);
      expect(Date.now() - started).toBeLessThan(60_000);
    } finally {
      await podman(['rmi', '-f', ref]);
    }
  }, 120_000);
});
