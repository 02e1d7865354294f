/**
 * Issue "core pipeline", end to end on this machine: the sample app is built on a base image made
 * from Debian packages, checkpointed with the `criu` runtime, committed, verified, pushed to a real
 * docker-registry on loopback (without and with htpasswd auth); every local copy of the restore
 * image is then removed, pulled back, run, and must answer as the *restored* process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { tempDir, track } from '../support/temp.ts';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { ownDanglingImages, leftovers, podman, pullImage, requireHost, runAndAsk } from '../support/e2e.ts';

let context: string;
beforeAll(async () => {
  await requireHost();
  context = track(await prepareSampleContext());
});

async function manifestDigest(reg: LocalRegistry, repo: string, tag: string, auth?: string): Promise<string | null> {
  const res = await fetch(`http://${reg.address}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json', ...(auth ? { Authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {}) },
  });
  return res.headers.get('docker-content-digest');
}

describe.each([
  ['without auth', undefined],
  ['with htpasswd auth', { username: 'ci-user', password: 'e2e-Secret-4711' }],
])('criu runtime, registry %s', (_label, auth) => {
  let reg: LocalRegistry;
  beforeAll(async () => {
    reg = await startLocalRegistry({ auth });
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('builds, checkpoints, commits, verifies, pushes; the pulled image restores and answers', async () => {
    const tag = `e2e-${Date.now().toString(36)}`;
    const manifestsDir = await tempDir('checkpoint-image-manifests-');
    const reporter = recordingReporter();
    const result = await runPipeline(
      {
        runtime: 'criu',
        context,
        image: 'sample',
        registry: reg.address,
        tags: tag,
        'ready-url': '/',
        'warmup-requests': '3',
        'compare-runs': '1',
        push: 'true',
        'tls-verify': 'false',
        'manifests-dir': manifestsDir,
        ...(auth ? { username: auth.username, password: auth.password } : {}),
      },
      { reporter },
    );
    expect(result.error).toBeNull();
    expect(result.ok).toBe(true);
    const ref = `${reg.address}/sample:${tag}`;
    expect(result.outputs.image).toBe(ref);
    expect(result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:ok', 'checkpoint:ok', 'commit:ok', 'verify:ok', 'push:ok']);
    expect(Number(result.outputs['checkpoint-bytes'])).toBeGreaterThan(5e6);
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await manifestDigest(reg, 'sample', tag, auth && `${auth.username}:${auth.password}`)).toBe(result.outputs.digest);
    // speed is the bench's business (npm run bench); here the restore is proven by its evidence and,
    // below, by the restored process's identity
    expect(result.outputs['restore-start-ms']).toMatch(/^[1-9]\d*$/);
    expect(result.outputs['cold-start-ms']).toMatch(/^[1-9]\d*$/);
    console.log(`restore ${result.outputs['restore-start-ms']} ms, cold ${result.outputs['cold-start-ms']} ms (informative)`);
    expect(result.verify?.evidence).toMatch(/Restore finished successfully/);
    expect(result.commit!.labels).toMatchObject({ 'io.checkpoint-image.runtime': 'criu', 'io.checkpoint-image.jdk': expect.stringMatching(/^17\.0\.\d+ \(Debian\)$/), 'io.checkpoint-image.criu': '4.2.1' });
    // one layer holding the checkpoint, not a second copy of anything
    expect(result.commit!.sizes.layersAdded).toBe(1);
    expect(result.commit!.sizes.addedBytes).toBeGreaterThanOrEqual(result.checkpoint!.checkpointBytes);
    expect(result.commit!.sizes.addedBytes).toBeLessThan(result.checkpoint!.checkpointBytes * 1.5);
    // the checkpoint was triggered from readiness, not after a fixed sleep
    expect(result.checkpoint?.triggerLatencyMs).not.toBeNull();
    expect(await leftovers(result.runId)).toEqual([]);
    // only this run's images: another podman user's dangling images are none of this test's business
    expect(await ownDanglingImages(result)).toEqual([]);
    if (auth) expect(reporter.lines.join('\n')).not.toContain(auth.password);
    // the deploy manifests grant exactly the capabilities the verify step needed to restore
    expect(result.outputs.manifests.split('\n')).toHaveLength(2);
    const deployment = parse(await readFile(path.join(manifestsDir, 'deployment.yaml'), 'utf8')) as {
      spec: { template: { spec: { containers: Array<{ image: string; securityContext: { capabilities: { add: string[] } } }> } } };
    };
    const container = deployment.spec.template.spec.containers[0]!;
    expect(container.securityContext.capabilities.add).toEqual(result.verify!.capAdd);
    expect(container.image).toBe(`${reg.address}/sample@${result.outputs.digest}`);

    // every local copy of the restore image goes; the registry's copy comes back
    expect((await podman(['rmi', ref])).exitCode).toBe(0);
    expect((await podman(['image', 'exists', ref])).exitCode).toBe(1);
    const beforePull = Date.now();
    const pull = await pullImage(ref, auth ? ['--creds', `${auth.username}:${auth.password}`] : []);
    expect(pull.exitCode, pull.stderr).toBe(0);
    const answer = await runAndAsk(ref, { name: `e2e-pulled-${tag}`, caps: ['CHECKPOINT_RESTORE', 'SYS_PTRACE'] });
    // the restored process: started before the pull, keeps the PID above min-pid and its counter
    expect(answer.body.startedAt).toBeLessThan(beforePull);
    expect(answer.body.pid).toBeGreaterThanOrEqual(1000);
    expect(answer.body.hits).toBeGreaterThan(4);
    console.log(`pulled restore image answered in ${answer.ms} ms (informative)`);
    await podman(['rmi', ref]);
  }, 600_000);
});

describe('registry pushes need the right credentials', () => {
  it('a wrong password fails the push phase with a clear error and leaves nothing behind', async () => {
    const reg = await startLocalRegistry({ auth: { username: 'u1', password: 'right-pass' } });
    try {
      const result = await runPipeline(
        { runtime: 'criu', context, image: 'sample', registry: reg.address, 'ready-url': '/', 'compare-runs': '0', push: 'true', 'tls-verify': 'false', username: 'u1', password: 'wrong-pass' },
        { reporter: recordingReporter() },
      );
      expect(result.ok).toBe(false);
      expect(result.failedPhase).toBe('push');
      expect(result.error).toMatch(/podman login to 127\.0\.0\.1:\d+ failed: .*invalid username\/password/);
      expect(result.error).not.toContain('wrong-pass');
      expect(await leftovers(result.runId)).toEqual([]);
      expect(await ownDanglingImages(result)).toEqual([]);
      // a failed run does not keep its unverified restore image
      expect((await podman(['image', 'exists', `${reg.address}/sample:latest`])).exitCode).toBe(1);
    } finally {
      await reg.stop();
    }
  }, 600_000);
});
