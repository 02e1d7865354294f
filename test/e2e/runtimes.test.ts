/**
 * The `crac` and `criu` runtimes end to end, with default flags, on real podman, real CRIU 4.2.1 and
 * a loopback registry. No CRaC JDK can be downloaded here, so `crac` runs on the fake-crac TEST
 * DOUBLE (test/doubles/fake-crac; its files name the upstream sources they follow): a CRaC JDK image
 * whose launcher reads CRaC options only from the command line and JDK_JAVA_OPTIONS, whose JVM
 * refuses to checkpoint with an open socket (CheckpointOpenSocketException), whose CRIU is
 * $JAVA_HOME/lib/criu, and whose restore runs CRIU at -v1 with no log file, so that nothing says
 * "restored". A restore is proven by identity: the process that answers has the checkpointed PID and
 * the checkpointed JVM's start time and request counter. (OpenJ9 and Liberty have their own test file.)
 * No timing assertion here: speed belongs to `npm run bench`.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { RUNTIMES } from '../../src/runtimes.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { track } from '../support/temp.ts';
import { hostEngine, leftovers, podman, pullImage, requireHost } from '../support/e2e.ts';
import { freePort, waitForHttp } from '../../src/readiness.ts';

const sh = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DOUBLES = path.join(ROOT, 'test', 'doubles');

/**
 * The sample app plus the fake-crac files; the double's org.crac-like shim (jdk.crac on the boot
 * class path) and its engine are compiled here into fake-crac-agent.jar (the image has no javac).
 */
async function fakeCracContext(): Promise<string> {
  const dir = track(await prepareSampleContext());
  const src = path.join(DOUBLES, 'fake-crac');
  for (const f of await readdir(src)) {
    if ((await stat(path.join(src, f))).isFile()) await copyFile(path.join(src, f), path.join(dir, f));
  }
  const classes = path.join(dir, 'shim-classes');
  await mkdir(classes);
  const sources: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(path.join(d, e.name));
      else if (e.name.endsWith('.java')) sources.push(path.join(d, e.name));
    }
  };
  await walk(path.join(src, 'shim'));
  await sh('javac', ['--release', '17', '-d', classes, ...sources]);
  // the agent jar puts itself on the boot class path: jdk.crac is then visible to every class loader
  await writeFile(path.join(dir, 'manifest.txt'), 'Premain-Class: jdk.internal.fakecrac.Engine\nBoot-Class-Path: fake-crac-agent.jar\n');
  await sh('jar', ['--create', '--file', path.join(dir, 'fake-crac-agent.jar'), '--manifest', path.join(dir, 'manifest.txt'), '-C', classes, '.']);
  await rm(classes, { recursive: true });
  return dir;
}

interface Answer {
  pid: number;
  startedAt: number;
  hits: number;
}

/** Runs a pulled restore image as a user would, returns its first answer and the environment of the answering PID. */
async function runPulled(ref: string, name: string, caps: readonly string[], pid: number): Promise<{ body: Answer; environ: string[] }> {
  const port = await freePort();
  const e = await hostEngine();
  const res = await podman(['run', '-d', '--name', name, '-p', `127.0.0.1:${port}:8080`, ...caps.flatMap((c) => ['--cap-add', c]), ...(e.ulimits ?? []).flatMap((u) => ['--ulimit', u]), ref]);
  try {
    expect(res.exitCode, res.stderr).toBe(0);
    const out = await waitForHttp(port, '/', { timeoutMs: 30_000 });
    if (!out.ok) throw new Error(`${ref} did not answer: ${out.reason}\n${(await podman(['logs', name])).stderr}`);
    // the host PID of the container's process with the checkpointed PID, and its environment
    const top = await podman(['top', name, 'pid', 'hpid']);
    const hpid = top.stdout.split('\n').map((l) => l.trim().split(/\s+/)).find((f) => f[0] === String(pid))?.[1];
    const environ = hpid ? (await readFile(`/proc/${hpid}/environ`, 'utf8')).split('\0') : [];
    return { body: JSON.parse(out.value.body) as Answer, environ };
  } finally {
    await podman(['rm', '-f', '-t', '0', name]);
  }
}

let reg: LocalRegistry;
const contexts: string[] = [];
beforeAll(async () => {
  await requireHost();
  reg = await startLocalRegistry();
});
afterAll(async () => {
  await reg?.stop();
  for (const c of contexts) await rm(c, { recursive: true, force: true });
});

/** The committed CLI bundle, run as a user would: `node dist/cli.js build ... --json`. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface Built {
  logDir: string;
  runId: string;
  /** verify's evidence (the library run only; the CLI prints outputs) */
  evidence: string | null;
}

/** crac: `checkpoint-image build --runtime crac` through the CLI; criu: the library's runPipeline. */
async function buildAndPush(runtime: 'crac' | 'criu', context: string, image: string, tag: string): Promise<Built> {
  const inputs = { runtime, context, image, registry: reg.address, tags: tag, 'ready-url': '/', 'warmup-requests': '3', 'compare-runs': '1', push: 'true', 'tls-verify': 'false', 'checkpoint-timeout': '60', 'verify-timeout': '30' };
  if (runtime === 'crac') {
    const r = await cli(['build', ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]), '--json']);
    expect(r.code, `${r.stderr}\n${r.stdout}`).toBe(0);
    const outputs = JSON.parse(r.stdout) as Record<string, string>;
    expect(outputs.image).toBe(`${reg.address}/${image}:${tag}`);
    expect(outputs.digest).toMatch(/^sha256:/);
    return { logDir: outputs['log-dir']!, runId: path.basename(outputs['log-dir']!), evidence: null };
  }
  const reporter = recordingReporter();
  const result = await runPipeline(inputs, { reporter });
  expect(result.error, `${runtime}: logs in ${result.logDir}\n${reporter.lines.join('\n')}`).toBeNull();
  expect(result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:ok', 'checkpoint:ok', 'commit:ok', 'verify:ok', 'push:ok']);
  expect(RUNTIMES[runtime].checkpoint.exitCodes).toContain(result.checkpoint!.exitCode);
  return { logDir: result.logDir, runId: result.runId, evidence: result.verify!.evidence };
}

describe.each([
  { runtime: 'crac' as const, title: '`checkpoint-image build --runtime crac` on the fake-crac double (jcmd; restore at -v1, no log file)', context: fakeCracContext, cmd: ['java', '-XX:CRaCRestoreFrom=/opt/crac-files'] },
  {
    runtime: 'criu' as const,
    title: 'criu on the sample image (the launcher\'s criu dump)',
    context: async () => track(await prepareSampleContext()),
    cmd: ['criu', 'restore', '--unprivileged', '-D', '/checkpoint', '--shell-job', '-v3', '--log-file=restore.log', '--file-locks'],
  },
])('$title', ({ runtime, context: makeContext, cmd }) => {
  it('default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process', async () => {
    const context = await makeContext();
    contexts.push(context);
    const tag = `t-${Date.now().toString(36)}`;
    const image = `e2e-runtimes/${runtime}`;
    const ref = `${reg.address}/${image}:${tag}`;
    onTestFinished(async () => {
      await podman(['rmi', '-f', ref]);
    });
    const built = await buildAndPush(runtime, context, image, tag);
    const img = await podman(['image', 'inspect', '--format', '{{json .Config}}', ref]);
    const config = JSON.parse(img.stdout) as { Cmd: string[]; Entrypoint: string[] | null; Labels: Record<string, string> };
    expect(config.Cmd).toEqual(cmd);
    // the restore image names the checkpointed process: its PID (pushed above min-pid) and checkpoint id
    const appPid = Number(config.Labels['io.checkpoint-image.app-pid']);
    const checkpointId = config.Labels['io.checkpoint-image.checkpoint-id'];
    expect(appPid).toBeGreaterThanOrEqual(1000);
    expect(checkpointId).toBe(built.runId);

    // verify proved the restore by identity, whatever the runtime logged
    if (built.evidence !== null) expect(built.evidence).toContain(`pid ${appPid} holds checkpoint ${checkpointId}`);
    const restoreLogs = path.join(built.logDir, 'verify', 'restore-0');
    const names = await readdir(restoreLogs);
    const texts = await Promise.all(names.map((f) => readFile(path.join(restoreLogs, f), 'utf8')));
    expect(names).not.toContain('verdict.log');
    if (runtime === 'crac') {
      // CRaC's restore writes no log file and the JVM says nothing: the verdict cannot have come from a log line
      expect(texts.join('\n')).not.toMatch(/Restore finished successfully/);
      expect(names.filter((f) => f.startsWith('restore'))).toEqual([]);
      // the checkpoint: jcmd's answer and CRIU's dump4.log, as CRaC writes them
      const ck = path.join(built.logDir, 'checkpoint');
      expect(await readFile(path.join(ck, 'jcmd.out'), 'utf8')).toMatch(/^\d+:\nCR: Checkpoint \.\.\.$/m);
      expect(await readFile(path.join(ck, 'dump4.log'), 'utf8')).toMatch(/Dumping finished successfully/);
    }

    // the pushed image, pulled back, answers as the checkpointed process
    expect((await podman(['rmi', ref])).exitCode).toBe(0);
    const pulledAt = Date.now();
    const pull = await pullImage(ref);
    expect(pull.exitCode, pull.stderr).toBe(0);
    const pulled = JSON.parse((await podman(['image', 'inspect', '--format', '{{json .Config.Labels}}', ref])).stdout) as Record<string, string>;
    expect(pulled['io.checkpoint-image.app-pid']).toBe(String(appPid));
    const answer = await runPulled(ref, `e2e-runtimes-${runtime}-${tag}`, RUNTIMES[runtime].restore.capAdd, appPid);
    expect(answer.body.pid).toBe(appPid);
    expect(answer.body.startedAt).toBeLessThan(pulledAt);
    // readiness + 3 warm-up requests before the checkpoint, then verify's restore: the counter goes on
    expect(answer.body.hits).toBeGreaterThan(4);
    expect(answer.environ).toContain(`CHECKPOINT_IMAGE_CHECKPOINT=${checkpointId}`);
    if (runtime === 'crac') {
      // CRaC's launcher saw -XX:CRaCCheckpointTo (JDK_JAVA_OPTIONS), so it turned glibc's rseq off
      expect(answer.environ).toContain('GLIBC_TUNABLES=glibc.pthread.rseq=0');
    }
    expect(await leftovers(built.runId)).toEqual([]);
  }, 300_000);
});

describe('crac: an app that keeps its listening socket open', () => {
  it('fails the checkpoint at once with the CheckpointOpenSocketException text, and commits nothing', async () => {
    const context = await fakeCracContext();
    contexts.push(context);
    const tag = `t-${Date.now().toString(36)}`;
    const reporter = recordingReporter();
    const result = await runPipeline(
      { runtime: 'crac', context, image: 'e2e-runtimes/crac-open-socket', tags: tag, 'ready-url': '/', 'compare-runs': '0', env: 'CRAC_CLOSE_ON_CHECKPOINT=false', 'checkpoint-timeout': '60' },
      { reporter },
    );
    expect(result.ok).toBe(false);
    expect(result.failedPhase).toBe('checkpoint');
    // the real exception text, as CRaC prints it to jcmd
    expect(result.error).toMatch(/CheckpointOpenSocketException: tcp6? localAddr \S+ localPort 8080 remoteAddr \S+ remotePort 0/);
    expect(result.error).not.toMatch(/did not finish within/);
    const jcmd = await readFile(path.join(result.logDir, 'checkpoint', 'jcmd.out'), 'utf8');
    expect(jcmd).toMatch(/An exception during a checkpoint operation:\njdk\.crac\.CheckpointException/);
    // the diagnosis names the cause and its fix
    expect(result.findings[0]?.signature).toBe('crac-open-socket');
    expect(result.commit).toBeNull();
    expect((await podman(['image', 'exists', `localhost/e2e-runtimes/crac-open-socket:${tag}`])).exitCode).toBe(1);
    expect(await leftovers(result.runId)).toEqual([]);
  }, 180_000);
});

describe('fake-crac double fidelity', () => {
  it('hides CRIU from PATH (it is $JAVA_HOME/lib/criu) and restores at -v1 to stderr with no log file', async () => {
    const context = await fakeCracContext();
    contexts.push(context);
    const image = `localhost/e2e-runtimes/fake-crac-probe:${Date.now().toString(36)}`;
    const e = await hostEngine();
    const build = await podman(['build', '-q', '-t', image, context], 300_000);
    expect(build.exitCode, build.stderr).toBe(0);
    try {
      const probe = await podman(['run', '--rm', ...(e.ulimits ?? []).flatMap((u) => ['--ulimit', u]), '--entrypoint', '/bin/sh', image, '-c', 'command -v criu || echo no-criu; echo "$JAVA_HOME"; test -x "$JAVA_HOME/lib/criu" && echo lib-criu; id -u']);
      // as in the Zulu CRaC images: no USER (root), CRIU only under the JDK
      expect(probe.stdout.split('\n')).toEqual(['no-criu', '/opt/fake-crac-jdk', 'lib-criu', '0', '']);
      // a restore from a directory without a checkpoint: CRIU's -v1 error lines on stderr, no restore.log
      const restore = await podman(['run', '--rm', ...(e.ulimits ?? []).flatMap((u) => ['--ulimit', u]), '--cap-add', 'CHECKPOINT_RESTORE', '--cap-add', 'SYS_PTRACE', image, 'sh', '-c', 'mkdir -p /tmp/empty && cd /tmp/empty && java -XX:CRaCRestoreFrom=/tmp/empty; echo "exit $?"; ls /tmp/empty']);
      expect(restore.stderr).toMatch(/Error \(/);
      expect(restore.stdout.trim().split('\n')[0]).toMatch(/^exit [1-9]/);
      expect(restore.stdout).not.toMatch(/restore\.log/);
    } finally {
      await podman(['rmi', '-f', image]);
    }
  }, 300_000);
});
