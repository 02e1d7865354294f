// `npm run demo`: the main job on the bundled sample app, through the committed CLI bundle.
// Starts a registry on loopback, runs `node dist/cli.js build` (build → checkpoint → commit →
// verify → push), then removes the local image, pulls it back from the registry, runs it and shows
// the restored app's first answer.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startLocalRegistry } from '../src/local-registry.ts';
import { prepareSampleContext } from '../src/sample.ts';
import { preflight } from '../src/preflight.ts';
import { freePort, waitForHttp } from '../src/readiness.ts';

const root = path.resolve(import.meta.dirname, '..');
const context = await prepareSampleContext();
const registry = await startLocalRegistry();
const { engine } = await preflight();
const podman = (args: string[]) => spawnSync('podman', [...(engine.ociRuntime ? ['--runtime', engine.ociRuntime] : []), ...args], { encoding: 'utf8' });
let code = 1;
try {
  console.log(`registry on ${registry.address}; sample app context ${context}`);
  const cli = spawnSync(process.execPath, [
    path.join(root, 'dist', 'cli.js'), 'build',
    '--runtime', 'criu', '--context', context, '--image', 'checkpoint-image-sample', '--registry', registry.address,
    '--tags', 'demo', '--ready-url', '/', '--warmup-requests', '5', '--push', 'true', '--tls-verify', 'false', '--json',
  ], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const out = JSON.parse(cli.stdout || '{}') as Record<string, string>;
  console.log('\nresult (checkpoint-image build --json):');
  console.log(JSON.stringify(out, null, 2));
  if (cli.status !== 0) throw new Error(`checkpoint-image build failed (exit ${cli.status})`);
  const ref = out.image!;
  podman(['rmi', ref]);
  const pull = podman(['pull', '--quiet', '--tls-verify=false', ref]);
  if (pull.status !== 0) throw new Error(`pull failed: ${pull.stderr}`);
  const port = await freePort();
  const t0 = Date.now();
  const started = podman(['run', '-d', '--rm', '--name', 'checkpoint-image-demo', '-p', `127.0.0.1:${port}:8080`, '--cap-add', 'CHECKPOINT_RESTORE', '--cap-add', 'SYS_PTRACE', ...(engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]), ref]);
  if (started.status !== 0) throw new Error(`podman run failed: ${started.stderr}`);
  const answer = await waitForHttp(port, '/', { timeoutMs: 30_000 });
  podman(['rm', '-f', '-t', '0', 'checkpoint-image-demo']);
  if (!answer.ok) throw new Error(`the pulled restore image did not answer: ${answer.reason}`);
  const body = JSON.parse(answer.value.body) as { pid: number; startedAt: number; hits: number };
  console.log(`\npulled ${ref} back from the registry and ran it: first answer after ${Date.now() - t0} ms`);
  console.log(`  ${answer.value.body.trim()}`);
  console.log(`  the JVM started ${((Date.now() - body.startedAt) / 1000).toFixed(1)} s ago (during the checkpoint run), PID ${body.pid}, request #${body.hits}: it was restored, not started.`);
  console.log(`\ncold start ${out['cold-start-ms']} ms, restore ${out['restore-start-ms']} ms (${out.speedup}x). Logs: ${out['log-dir']}`);
  const hostFlags = [...(engine.ociRuntime ? [`--runtime ${engine.ociRuntime}`] : []), "run", ...(engine.ulimits ?? []).map((u) => `--ulimit ${u}`)].join(" ");
  console.log(`Run it yourself: podman ${hostFlags} --rm -p 127.0.0.1:8080:8080 --cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE ${ref}`);
  code = 0;
} catch (e) {
  console.error(`demo failed: ${(e as Error).message}`);
} finally {
  await registry.stop();
  await rm(context, { recursive: true, force: true });
}
process.exit(code);
