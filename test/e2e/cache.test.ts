/**
 * The base-image cache for real: a base image served by a loopback registry is pulled by the first
 * build and saved; for the second build (same digest, same key) it is loaded from the cache and
 * never pulled. Prints pull vs load times (figures, not assertions).
 */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startLocalRegistry } from '../../src/local-registry.ts';
import { directoryImageCache } from '../../src/pipeline/base-images.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { BASE_IMAGE, leftovers, podman, requireHost } from '../support/e2e.ts';

it('saves the base images after a build and loads them for the next one, keyed by digest', async () => {
  await requireHost();
  const reg = await startLocalRegistry();
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-imgcache-'));
  const base = `${reg.address}/jre-base:17`;
  try {
    expect((await podman(['tag', BASE_IMAGE, base])).exitCode).toBe(0);
    expect((await podman(['push', '--quiet', '--tls-verify=false', base])).exitCode).toBe(0);
    await podman(['untag', base, base]);
    const context = await prepareSampleContext();
    await writeFile(path.join(context, 'Containerfile'), `ARG BASE=${base}\nFROM \${BASE}\nCOPY Hello.class /app/\nCMD ["java", "-XX:+UseSerialGC", "-Xmx64m", "-cp", "/app", "Hello"]\n`);
    const inputs = { runtime: 'criu', context, image: 'cache-sample', 'ready-url': '/', 'compare-runs': '0', verify: 'false', 'tls-verify': 'false' };

    const first = await runPipeline(inputs, { reporter: recordingReporter(), imageCache: directoryImageCache(cacheDir) });
    expect(first.error).toBeNull();
    const miss = first.build!.baseImageCache!;
    expect(miss).toMatchObject({ images: [base], hit: false });
    expect(miss.key).toMatch(/^checkpoint-image-bases-/);
    expect(await readdir(cacheDir)).toEqual([`${miss.key}.tar`]);
    const buildMiss = first.phases.find((p) => p.name === 'build')!.durationMs;

    expect(await readFile(path.join(first.logDir, 'build', 'podman-build.log'), 'utf8')).toMatch(/Trying to pull 127\.0\.0\.1:\d+\/jre-base:17/);
    await podman(['rmi', 'localhost/cache-sample:latest']);
    await podman(['untag', base, base]);
    const second = await runPipeline(inputs, { reporter: recordingReporter(), imageCache: directoryImageCache(cacheDir) });
    expect(second.error).toBeNull();
    expect(second.build!.baseImageCache).toMatchObject({ hit: true, key: miss.key });
    // loaded, not pulled
    expect(await readFile(path.join(second.logDir, 'build', 'podman-build.log'), 'utf8')).not.toMatch(/Trying to pull/);
    const buildHit = second.phases.find((p) => p.name === 'build')!.durationMs;
    console.log(`base-image cache: build with pull from a loopback registry + save ${buildMiss} ms (save ${miss.ms} ms, ${(miss.bytes / 1e6).toFixed(0)} MB); build with load ${buildHit} ms (load ${second.build!.baseImageCache!.ms} ms)`);
    expect(await leftovers(second.runId)).toEqual([]);
    await podman(['rmi', 'localhost/cache-sample:latest']);
  } finally {
    await podman(['untag', base, base]);
    await reg.stop();
  }
}, 240_000);
