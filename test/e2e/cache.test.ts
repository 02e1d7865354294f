/**
 * The base-image cache for real, with two different base images (a build stage and the final base):
 * both are served by a loopback registry, pulled by the first build and saved into one archive; for
 * the second build (same digests, same key) both are loaded from the cache and never pulled, and each
 * comes back as itself. Without `podman save -m` the second image came back as a mere tag of the
 * first (containers/podman cmd/podman/images/save.go), and the second build failed on the missing
 * file of the stage. Prints pull vs load times (figures, not assertions).
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startLocalRegistry } from '../../src/local-registry.ts';
import { directoryImageCache } from '../../src/pipeline/base-images.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { tempDir, track } from '../support/temp.ts';
import { BASE_IMAGE, leftovers, podman, requireHost } from '../support/e2e.ts';

/** Builds a small image on the sample base holding one marker file, and pushes it as `ref`. */
async function pushMarkedBase(ref: string, marker: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-base-'));
  try {
    // a marker of this run only: an identical build elsewhere (another run of this test) would share its image
    await writeFile(path.join(dir, marker), `${marker} ${process.pid} ${Date.now()}\n`);
    await writeFile(path.join(dir, 'Containerfile'), `FROM ${BASE_IMAGE}\nCOPY ${marker} /${marker}\n`);
    const b = await podman(['build', '-q', '-t', ref, dir]);
    expect(b.exitCode, b.stderr).toBe(0);
    expect((await podman(['push', '--quiet', '--tls-verify=false', ref])).exitCode).toBe(0);
    const id = (await podman(['image', 'inspect', '--format', '{{.Id}}', ref])).stdout.trim();
    await podman(['rmi', ref]);
    return id;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const idOf = async (ref: string) => (await podman(['image', 'inspect', '--format', '{{.Id}}', ref])).stdout.trim();

it('saves two base images after a build and loads both, each as itself, for the next one', async () => {
  await requireHost();
  const reg = await startLocalRegistry();
  const cacheDir = await tempDir('checkpoint-image-imgcache-');
  const baseA = `${reg.address}/jre-base-a:17`;
  const baseB = `${reg.address}/jre-stage-b:17`;
  const image = `localhost/cache-sample-${Date.now().toString(36)}`;
  const baseIds: string[] = [];
  try {
    const idA = await pushMarkedBase(baseA, 'marker-a');
    const idB = await pushMarkedBase(baseB, 'marker-b');
    baseIds.push(idA, idB);
    expect(idA).not.toBe(idB);
    const context = track(await prepareSampleContext());
    // the stage's file must reach the final image: a B restored as A has no /marker-b
    await writeFile(path.join(context, 'Containerfile'), `ARG STAGE=${baseB}\nFROM \${STAGE} AS stage\nFROM ${baseA}\nCOPY --from=stage /marker-b /marker-b\nCOPY Hello.class /app/\nCMD ["java", "-XX:+UseSerialGC", "-Xmx64m", "-cp", "/app", "Hello"]\n`);
    const inputs = { runtime: 'criu', context, image, 'ready-url': '/', 'compare-runs': '0', verify: 'false', 'tls-verify': 'false' };

    const first = await runPipeline(inputs, { reporter: recordingReporter(), imageCache: directoryImageCache(cacheDir) });
    expect(first.error).toBeNull();
    const miss = first.build!.baseImageCache!;
    expect(miss).toMatchObject({ images: [baseB, baseA], hit: false });
    expect(miss.key).toMatch(/^checkpoint-image-bases-/);
    expect(await readdir(cacheDir)).toEqual([`${miss.key}.tar`]);
    const buildMiss = first.phases.find((p) => p.name === 'build')!.durationMs;
    expect(await readFile(path.join(first.logDir, 'build', 'podman-build.log'), 'utf8')).toMatch(/Trying to pull 127\.0\.0\.1:\d+\/jre-base-a:17/);

    await podman(['rmi', `${image}:latest`]);
    for (const b of [baseA, baseB]) await podman(['untag', b, b]);
    expect((await podman(['image', 'exists', baseA])).exitCode).toBe(1);
    expect((await podman(['image', 'exists', baseB])).exitCode).toBe(1);

    const second = await runPipeline(inputs, { reporter: recordingReporter(), imageCache: directoryImageCache(cacheDir) });
    expect(second.error).toBeNull();
    expect(second.build!.baseImageCache).toMatchObject({ hit: true, key: miss.key });
    // loaded, not pulled, and each base is itself (not a second tag of the other)
    expect(await readFile(path.join(second.logDir, 'build', 'podman-build.log'), 'utf8')).not.toMatch(/Trying to pull/);
    expect(await idOf(baseA)).toBe(idA);
    expect(await idOf(baseB)).toBe(idB);
    const buildHit = second.phases.find((p) => p.name === 'build')!.durationMs;
    console.log(`base-image cache (2 images): build with pull + save ${buildMiss} ms (save ${miss.ms} ms, ${(miss.bytes / 1e6).toFixed(0)} MB); build with load ${buildHit} ms (load ${second.build!.baseImageCache!.ms} ms)`);
    expect(await leftovers(second.runId)).toEqual([]);
  } finally {
    await podman(['rmi', `${image}:latest`]);
    for (const b of [baseA, baseB]) await podman(['untag', b, b]);
    // untagged, the two bases would stay behind as dangling images; without --force, an image that
    // something else still tags is left alone
    for (const id of baseIds) await podman(['rmi', id]);
    await rm(cacheDir, { recursive: true, force: true });
    await reg.stop();
  }
}, 300_000);
