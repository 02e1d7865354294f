/**
 * Reliability: every fault the pipeline can meet, provoked for real on this host (podman, CRIU,
 * docker-registry on loopback). Each must end with `ok: false` (or, for a transient registry
 * failure, a push that succeeds after retries), the right failed phase, an error that says what
 * happened, the logs in the log folder, findings from them, no registry auth file left, and
 * nothing left behind on the host. Every fault is provoked the way a user could meet it: through
 * valid inputs, an image and a host, never by bypassing the input check. No assertion on a duration:
 * where a fault must not wait for a timeout, that timeout is set far beyond the test's own timeout
 * (a generous bound on a hang), and the time it took is only printed.
 */
import http from 'node:http';
import net from 'node:net';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseInputs, type RawInputs } from '../../src/inputs.ts';
import { startLocalRegistry } from '../../src/local-registry.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { freePort } from '../../src/readiness.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { RUNTIMES, type RuntimeProfile } from '../../src/runtimes.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { BASE_IMAGE, podman, requireHost } from '../support/e2e.ts';
import { expectNothingLeft, hostSnapshot, JOB_PREFIX, nonEmptyFiles, removeImages, tally, uniqueName, useRunnerTemp, type HostSnapshot } from './helpers.ts';

const SAMPLE_CMD = '["java", "-XX:+UseSerialGC", "-Xmx64m", "-cp", "/app", "Hello"]';
/**
 * Timeouts are generous bounds on a hang, so that a busy host (another podman workload beside the
 * tests) slows a fault down but never changes it; a test that provokes a timeout sets that one.
 */
const QUICK = { runtime: 'criu', 'compare-runs': '0', 'ready-timeout': '120', 'checkpoint-timeout': '120', 'verify-timeout': '120' } as const;
/** The bound on one faulty run, the sample's build included, on a busy 2-vCPU host. */
const HANG = 300_000;
const RETRY_DELAYS = [100, 200];

let context: string;
// the push step keeps its registry auth file in a checkpoint-image-auth-* folder under RUNNER_TEMP
const runnerTemp = useRunnerTemp('faults');
let before: HostSnapshot;
const provoked: string[] = [];

beforeAll(async () => {
  await requireHost();
  context = await prepareSampleContext(runnerTemp.dir);
});

beforeEach(async () => {
  before = await hostSnapshot();
});

afterAll(() => {
  console.log(`faults provoked: ${provoked.length} (${provoked.join(', ')}); leftover checks: ${tally.checks}, leftovers found: ${tally.leftovers}`);
});

async function pipeline(label: string, inputs: RawInputs, extra: { profile?: RuntimeProfile; override?: (c: ReturnType<typeof parseInputs>) => ReturnType<typeof parseInputs> } = {}) {
  const reporter = recordingReporter();
  const raw: RawInputs = { ...QUICK, context, image: uniqueName(label), ...inputs };
  const config = extra.override ? extra.override(parseInputs(raw)) : raw;
  const started = Date.now();
  const result = await runPipeline(config, { reporter, jobKey: `${JOB_PREFIX}-${label}`, pushRetryDelaysMs: RETRY_DELAYS, profile: extra.profile });
  return { result, reporter, ms: Date.now() - started };
}

/** What every failure must have: the phase, the message, logs on disk, findings, no auth file, nothing left. */
async function expectCleanFailure(label: string, result: PipelineResult, phase: string, error: RegExp, logs: RegExp[]) {
  provoked.push(label);
  expect(result.ok, `expected a failure, got ${JSON.stringify(result.phases)}`).toBe(false);
  expect(result.failedPhase).toBe(phase);
  expect(result.error).toMatch(error);
  // no stack trace in what the user reads
  expect(result.error).not.toMatch(/\n\s+at /);
  expect(result.phases.find((p) => p.status === 'failed')?.name).toBe(phase);
  const files = await nonEmptyFiles(result.logDir);
  const rel = files.map((f) => path.relative(result.logDir, f));
  for (const re of logs) expect(rel.some((f) => re.test(f)), `no log matching ${re} in ${result.logDir}: ${rel.join(', ')}`).toBe(true);
  expect(result.findings.length, 'a failure with logs must yield findings').toBeGreaterThan(0);
  for (const f of result.findings) expect(files, `finding points at a file outside the log folder: ${f.file}`).toContain(f.file);
  expect(await authFolders()).toEqual([]);
  await expectNothingLeft({ before, result });
  return rel;
}

/** True when something accepts connections on that loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function authFolders(): Promise<string[]> {
  return (await readdir(runnerTemp.dir)).filter((n) => n.startsWith('checkpoint-image-auth-'));
}

/** A build context of its own: the sample's Hello.class with another Containerfile. */
async function contextWith(containerfile: string): Promise<string> {
  const dir = await prepareSampleContext(runnerTemp.dir);
  await writeFile(path.join(dir, 'Containerfile'), containerfile);
  return dir;
}

describe('faults before and during the checkpoint', () => {
  it('the build fails (RUN false): build phase, build log kept, no working container left', async () => {
    const ctx = await contextWith(`FROM ${BASE_IMAGE}\nCOPY Hello.class /app/\nRUN false\nCMD ${SAMPLE_CMD}\n`);
    const { result } = await pipeline('build', { context: ctx, 'ready-url': '/' });
    await expectCleanFailure('build fails', result, 'build', /podman build failed \(exit \d+\)/, [/^build\/podman-build\.log$/]);
    expect(result.error).toContain(path.join(result.logDir, 'build', 'podman-build.log'));
    expect(result.findings.some((f) => f.file.endsWith('podman-build.log')), JSON.stringify(result.findings)).toBe(true);
    expect(result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:failed']);
  }, HANG);

  it('the app exits before it is ready (INIT_MS=notanumber): checkpoint phase, the exception is found, no wait for ready-timeout', async () => {
    // ready-timeout 10 minutes, the test's bound 1 minute: only noticing the exit can make it pass
    const { result, ms } = await pipeline('exit', { 'ready-url': '/', env: 'INIT_MS=notanumber', 'ready-timeout': '600' });
    await expectCleanFailure('container exits before ready', result, 'checkpoint', /did not become ready: the container exited \(code [1-9]\d*\) before it was ready/, [
      /^checkpoint\/app\.log$/,
      /^checkpoint\/podman-state\.json$/,
    ]);
    console.log(`container exit noticed; the run took ${ms} ms (ready-timeout 600 s)`);
    const top = result.findings[0]!;
    expect(top.file).toMatch(/app\.log$/);
    expect(top.text).toMatch(/NumberFormatException|notanumber/);
  }, HANG);

  it('the app never becomes ready (ready-log never matches): stopped after ready-timeout', async () => {
    // the app says one line at once, so that its log is there however slowly a busy host starts the JVM
    const ctx = await contextWith(`FROM ${BASE_IMAGE}\nCOPY Hello.class /app/\nEXPOSE 8080\nCMD ["sh", "-c", "echo app starting; exec java -XX:+UseSerialGC -Xmx64m -cp /app Hello"]\n`);
    const { result, ms } = await pipeline('never', { context: ctx, 'ready-url': '', 'ready-log': 'this line is never printed', 'ready-timeout': '20' });
    await expectCleanFailure('never ready', result, 'checkpoint', /did not become ready: not ready after 20 s \(log \/this line is never printed\/\)/, [
      /^checkpoint\/app\.log$/,
      /^checkpoint\/container-output\.log$/,
    ]);
    // still running when given up on, then killed
    const state = JSON.parse(await readFile(path.join(result.logDir, 'checkpoint', 'podman-state.json'), 'utf8')) as { running: boolean };
    expect(state.running).toBe(false);
    console.log(`never ready: checkpoint phase ${result.phases.find((p) => p.name === 'checkpoint')!.durationMs} ms, run ${ms} ms (ready-timeout 20 s)`);
  }, HANG);

  it('the checkpoint never comes (runtime liberty on an image that is not Liberty: WLP_CHECKPOINT means nothing to it): timed out and killed', async () => {
    // a user's mistake with valid inputs: the app is ready (its READY line), but only Liberty's own
    // launcher would checkpoint it, so the app-triggered checkpoint waits out checkpoint-timeout
    const { result, ms } = await pipeline('hang', { runtime: 'liberty', 'ready-url': '/', 'ready-log': 'READY port=', 'checkpoint-timeout': '5' });
    await expectCleanFailure('checkpoint never comes', result, 'checkpoint', /The checkpoint did not finish within 5 s \(checkpoint-timeout\); the container was stopped\./, [
      /^checkpoint\/container-output\.log$/,
      /^checkpoint\/podman-state\.json$/,
    ]);
    console.log(`checkpoint never came: run ${ms} ms (checkpoint-timeout 5 s)`);
    // killed: the container's last state is not running, and the phase ended soon after the timeout
    const state = await nonEmptyFiles(path.join(result.logDir, 'checkpoint'));
    const json = JSON.parse(await readFile(state.find((f) => f.endsWith('podman-state.json'))!, 'utf8')) as { running: boolean };
    expect(json.running).toBe(false);
    expect(result.checkpoint).toBeNull();
  }, HANG);

  it('CRIU is missing in the image: the dump fails, nothing is committed', async () => {
    const ctx = await contextWith(`FROM ${BASE_IMAGE}\nCOPY Hello.class /app/\nRUN rm -f /usr/sbin/criu\nEXPOSE 8080\nCMD ${SAMPLE_CMD}\n`);
    const { result } = await pipeline('nocriu', { context: ctx, 'ready-url': '/' });
    const logs = await expectCleanFailure('CRIU missing', result, 'checkpoint', /The checkpoint failed: exit code 127 \(expected 0\); no CRIU image files \(inventory\.img\) under \/checkpoint; no success marker/, [
      /^checkpoint\/criu-dump\.out$/,
      /^checkpoint\/container-output\.log$/,
    ]);
    expect(logs).toContain('checkpoint/criu-dump.out');
    expect(result.commit).toBeNull();
    expect(await readFile(path.join(result.logDir, 'checkpoint', 'criu-dump.out'), 'utf8')).toMatch(/criu: not found/);
    // the diagnosis should point at the line that says why, not at an unrelated one
    expect(result.findings.map((f) => `${path.basename(f.file)}:${f.line}: ${f.text}`).join('\n'), 'no finding points at "criu: not found"').toMatch(/criu-dump\.out:\d+: .*criu: not found/);
    // (an unrecognised pointer at "criu dump exit 127" does not say that CRIU is missing from the image)
  }, HANG);

  it('the input refuses a checkpoint dir on a tmpfs such as /dev/shm (it would never reach the image)', () => {
    expect(() => parseInputs({ ...QUICK, context, image: 'x', 'ready-url': '/', 'checkpoint-dir': '/dev/shm/ckpt' })).toThrow(/Input "checkpoint-dir": got "\/dev\/shm\/ckpt"/);
  });

  it('no room for the checkpoint (the image links checkpoint-dir to the 64 MB /dev/shm): CRIU fails, nothing is committed', async () => {
    // valid inputs and an image a user could write: `checkpoint-dir: /ckpt`, and /ckpt a symlink to
    // /dev/shm (the input check refuses /dev/shm itself). Without the sample's heap-shrinking flags
    // its checkpoint is about 84 MB: more than the 64 MB (a pre-touched heap would not do: CRIU
    // leaves zero pages out of the checkpoint)
    const ctx = await contextWith(`FROM ${BASE_IMAGE}\nCOPY Hello.class /app/\nRUN ln -s /dev/shm /ckpt\nEXPOSE 8080\nCMD ${SAMPLE_CMD}\n`);
    const { result } = await pipeline('nospace', { context: ctx, 'ready-url': '/', 'checkpoint-dir': '/ckpt' });
    // the launcher's CRIU exits non-zero, or the pipeline sees "Dumping FAILED." in its log first
    await expectCleanFailure('disk full', result, 'checkpoint', /The checkpoint failed: (exit code [1-9]\d* \(expected 0\)|the logs show ".*Dumping FAILED\.")/, [/^checkpoint\/container-output\.log$/, /^checkpoint\/app\.log$/]);
    expect(await readFile(path.join(result.logDir, 'checkpoint', 'container-output.log'), 'utf8')).toMatch(/criu dump exit [1-9]/);
    expect(result.commit).toBeNull();
    const recognised = result.findings.filter((f) => f.signature !== null);
    console.log(`disk full: findings ${JSON.stringify(result.findings.map((f) => [f.signature, f.category, f.text]))}`);
    expect(recognised[0]?.category).toBe('memory-or-resource');
    // CRIU says why; the pipeline should have that line among its logs
    const logs = await Promise.all((await nonEmptyFiles(result.logDir)).map((f) => readFile(f, 'utf8')));
    expect(logs.join('\n'), 'CRIU\'s "No space left on device" is in none of the collected logs').toMatch(/No space left on device/);
  }, HANG);
});

// ---------------------------------------------------------------- verify faults

describe('faults at verify: a restore image that fails, or only looks restored', () => {
  /** The criu runtime with another restore command: what a broken or overridden restore image runs. */
  const restoringWith = (command: string[]): RuntimeProfile => ({ ...RUNTIMES.criu, restore: { ...RUNTIMES.criu.restore, command: () => command } });

  it('the restore image starts the app cold (its CMD bypasses CRIU): it answers, but the verify fails as a silent cold start, with its own diagnosis', async () => {
    const profile = restoringWith(JSON.parse(SAMPLE_CMD) as string[]);
    const { result } = await pipeline('silent', { 'ready-url': '/' }, { profile });
    await expectCleanFailure('silent cold start', result, 'verify', /The restore image answered, but not as the checkpointed process: no process with PID \d+ carrying checkpoint \S+ in its environment: it was a silent cold start/, [
      /^verify\/restore-0\/verdict\.log$/,
      /^verify\/restore-0\/container-output\.log$/,
    ]);
    expect(result.findings[0]?.signature).toBe('silent-cold-start');
    expect(result.findings[0]?.file).toMatch(/verdict\.log$/);
    // the app did answer, cold: its output is the cold start's READY line, not a restore
    expect(await readFile(path.join(result.logDir, 'verify', 'restore-0', 'container-output.log'), 'utf8')).toMatch(/READY port=8080/);
    expect(result.verify).toBeNull();
    expect(result.outputs.speedup).toBe('');
  }, HANG);

  it('the restore fails and the container exits (CRIU finds no checkpoint): caught when it exits, not at verify-timeout', async () => {
    const profile = restoringWith(['criu', 'restore', '--unprivileged', '-D', '/tmp', '--shell-job', '-v3', '--log-file=/checkpoint/restore.log']);
    // verify-timeout 10 minutes, the test's bound 90 s: only noticing the exit can make it pass
    const { result } = await pipeline('restore-exit', { 'ready-url': '/', 'verify-timeout': '600' }, { profile });
    await expectCleanFailure('restore exits', result, 'verify', /The restore container did not answer: the container exited \(code [1-9]\d*\) before answering\.$/, [
      /^verify\/restore-0\/verdict\.log$/,
      /^verify\/restore-0\/restore\.log$/,
      /^verify\/restore-0\/podman-state\.json$/,
    ]);
    expect(result.findings.map((f) => f.signature)).toContain('restore-container-exited');
    // CRIU's own error is in the collected restore.log for the reader
    expect(await readFile(path.join(result.logDir, 'verify', 'restore-0', 'restore.log'), 'utf8')).toMatch(/Error/);
    console.log(`restore exit noticed: verify phase ${result.phases.find((p) => p.name === 'verify')!.durationMs} ms (verify-timeout 600 s)`);
  }, HANG);
});

// ---------------------------------------------------------------- registry faults

/**
 * A loopback HTTP proxy in front of a registry that answers 503 to the first `failures` blob
 * upload requests (POST /v2/<name>/blobs/uploads/), then passes everything through.
 */
async function flakyProxy(upstream: string, failures: number) {
  const [host, port] = upstream.split(':') as [string, string];
  const seen = { uploads: 0, refused: 0, requests: 0 };
  const server = http.createServer((req, res) => {
    seen.requests++;
    if (req.method === 'POST' && /^\/v2\/.+\/blobs\/uploads\/?(\?.*)?$/.test(req.url ?? '')) {
      seen.uploads++;
      if (seen.refused < failures) {
        seen.refused++;
        req.resume();
        res.writeHead(503, { 'Content-Type': 'application/json', 'Docker-Distribution-API-Version': 'registry/2.0' });
        res.end('{"errors":[{"code":"UNAVAILABLE","message":"service unavailable (test proxy)"}]}');
        return;
      }
    }
    const up = http.request({ host, port: Number(port), method: req.method, path: req.url, headers: req.headers }, (ur) => {
      res.writeHead(ur.statusCode ?? 502, ur.headers);
      ur.pipe(res);
    });
    up.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const address = `127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return { address, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('registry faults', () => {
  const pushInputs = (registry: string): RawInputs => ({ 'ready-url': '/', push: 'true', registry, 'tls-verify': 'false' });

  it('the registry is down: retried, then a clear error; no auth file left', async () => {
    // a port nothing listens on; should another process start listening there meanwhile, try another
    let run: Awaited<ReturnType<typeof pipeline>> | null = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      run = await pipeline('down', pushInputs(`127.0.0.1:${port}`));
      if (/connection refused/.test(run.result.error ?? '') || !(await listening(port))) break;
      await expectNothingLeft({ before, result: run.result });
    }
    const { result, reporter } = run!;
    await expectCleanFailure('registry down', result, 'push', /podman push 127\.0\.0\.1:\d+\/rel-down-\S+ failed after 3 attempts: .*connection refused/, [/^checkpoint\/dump\.log$/]);
    console.log(`registry down: findings ${JSON.stringify(result.findings.map((f) => [f.signature, path.relative(result.logDir, f.file), f.line, f.text]))}`);
    const retries = reporter.lines.filter((l) => /^warning: push of .* failed \(.*\); retrying in /.test(l));
    expect(retries).toHaveLength(RETRY_DELAYS.length);
    expect(retries[0]).toMatch(/retrying in 0\.1 s/);
    expect(retries[1]).toMatch(/retrying in 0\.2 s/);
    // the unpushed restore image is not kept
    expect((await podman(['image', 'exists', `${result.config.imageName}:latest`])).exitCode).toBe(1);
  }, HANG);

  it('the registry refuses the login (wrong password): push phase, no retry, password never shown', async () => {
    const reg = await startLocalRegistry({ auth: { username: 'rel-user', password: 'Right-Pass-0x5eed' } });
    try {
      const { result, reporter } = await pipeline('login', { ...pushInputs(reg.address), username: 'rel-user', password: 'Wrong-Pass-0xbad' });
      await expectCleanFailure('login refused', result, 'push', /podman login to 127\.0\.0\.1:\d+ failed: .*invalid username\/password.*Fix: check `username`\/`password`/s, [/^setup\/preflight\.json$/]);
      expect(reporter.lines.filter((l) => /retrying/.test(l))).toEqual([]);
      console.log(`login refused: findings ${JSON.stringify(result.findings.map((f) => [f.signature, path.relative(result.logDir, f.file), f.line, f.text]))}`);
      const everything = [result.error, ...reporter.lines, JSON.stringify(result.findings)].join('\n');
      expect(everything).not.toContain('Wrong-Pass-0xbad');
      expect(everything).not.toContain('Right-Pass-0x5eed');
      expect((await podman(['image', 'exists', `${result.config.imageName}:latest`])).exitCode).toBe(1);
    } finally {
      await reg.stop();
    }
  }, HANG);

  it('the registry drops blob uploads twice (503): the push succeeds after retries', async () => {
    const reg = await startLocalRegistry();
    const proxy = await flakyProxy(reg.address, 2);
    let result: PipelineResult | null = null;
    try {
      const run = await pipeline('flaky', pushInputs(proxy.address));
      result = run.result;
      provoked.push('transient 503 on push');
      expect(result.error).toBeNull();
      expect(result.ok).toBe(true);
      expect(proxy.seen.refused).toBe(2);
      expect(proxy.seen.uploads).toBeGreaterThan(2);
      expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      // the registry behind the proxy has the manifest the pipeline reports
      const name = result.config.imageName.split('/').slice(1).join('/');
      const head = await fetch(`http://${reg.address}/v2/${name}/manifests/latest`, {
        method: 'HEAD',
        headers: { Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
      });
      expect(head.status).toBe(200);
      expect(head.headers.get('docker-content-digest')).toBe(result.outputs.digest);
      const retries = run.reporter.lines.filter((l) => /retrying in/.test(l));
      console.log(`transient 503s: ${proxy.seen.refused} refused of ${proxy.seen.uploads} upload starts; pipeline-level retries: ${retries.length} (podman retries internally too)`);
      expect(await authFolders()).toEqual([]);
      await expectNothingLeft({ before, result });
    } finally {
      await proxy.close();
      await reg.stop();
      if (result) await removeImages(result.commit?.refs ?? []);
    }
  }, HANG);
});

describe('the auth folder', () => {
  it('is never left under RUNNER_TEMP', async () => {
    expect(runnerTemp.dir).not.toBe('');
    expect(await authFolders()).toEqual([]);
  });
});
