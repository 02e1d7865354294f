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
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { RUNTIMES } from '../../src/runtimes.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { hostEngine, leftovers, podman, requireHost } from '../support/e2e.ts';
import { freePort, waitForHttp } from '../../src/readiness.ts';

const sh = promisify(execFile);
const DOUBLES = path.resolve(import.meta.dirname, '..', 'doubles');

/**
 * The sample app plus the fake-crac files; the double's org.crac-like shim (jdk.crac on the boot
 * class path) and its engine are compiled here into fake-crac-agent.jar (the image has no javac).
 */
async function fakeCracContext(): Promise<string> {
  const dir = await prepareSampleContext();
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

describe.each([
  { runtime: 'crac' as const, title: 'crac on the fake-crac double (jcmd; restore at -v1, no log file)', context: fakeCracContext, cmd: ['java', '-XX:CRaCRestoreFrom=/opt/crac-files'] },
  {
    runtime: 'criu' as const,
    title: 'criu on the sample image (the launcher\'s criu dump)',
    context: () => prepareSampleContext(),
    cmd: ['criu', 'restore', '--unprivileged', '-D', '/checkpoint', '--shell-job', '-v3', '--log-file=restore.log', '--file-locks'],
  },
])('$title', ({ runtime, context: makeContext, cmd }) => {
  it('default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process', async () => {
    const context = await makeContext();
    contexts.push(context);
    const tag = `t-${Date.now().toString(36)}`;
    const image = `e2e-runtimes/${runtime}`;
    const ref = `${reg.address}/${image}:${tag}`;
    const reporter = recordingReporter();
    const result = await runPipeline(
      { runtime, context, image, registry: reg.address, tags: tag, 'ready-url': '/', 'warmup-requests': '3', 'compare-runs': '1', push: 'true', 'tls-verify': 'false', 'checkpoint-timeout': '60', 'verify-timeout': '30' },
      { reporter },
    );
    const why = `${runtime}: logs in ${result.logDir}\n${reporter.lines.join('\n')}`;
    expect(result.error, why).toBeNull();
    expect(result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:ok', 'checkpoint:ok', 'commit:ok', 'verify:ok', 'push:ok']);
    const ck = result.checkpoint!;
    expect(RUNTIMES[runtime].checkpoint.exitCodes).toContain(ck.exitCode);
    expect(ck.appPid).toBeGreaterThanOrEqual(1000);
    const img = await podman(['image', 'inspect', '--format', '{{json .Config}}', ref]);
    const config = JSON.parse(img.stdout) as { Cmd: string[]; Entrypoint: string[] | null; Labels: Record<string, string> };
    expect(config.Cmd).toEqual(cmd);
    expect(config.Labels['io.checkpoint-image.app-pid']).toBe(String(ck.appPid));

    // verify proved the restore by identity, whatever the runtime logged
    expect(result.verify!.evidence).toContain(`pid ${ck.appPid}`);
    if (runtime === 'crac') {
      // CRaC's restore writes no log file and the JVM says nothing: the verdict cannot have come from a log line
      const restoreLogs = path.join(result.logDir, 'verify', 'restore-0');
      const texts = await Promise.all((await readdir(restoreLogs)).map((f) => readFile(path.join(restoreLogs, f), 'utf8')));
      expect(texts.join('\n')).not.toMatch(/Restore finished successfully/);
      expect((await readdir(restoreLogs)).filter((f) => f.startsWith('restore'))).toEqual([]);
    }

    // the pushed image, pulled back, answers as the checkpointed process
    expect((await podman(['rmi', ref])).exitCode).toBe(0);
    const pulledAt = Date.now();
    const pull = await podman(['pull', '--quiet', '--tls-verify=false', ref]);
    expect(pull.exitCode, pull.stderr).toBe(0);
    const answer = await runPulled(ref, `e2e-runtimes-${runtime}-${tag}`, RUNTIMES[runtime].restore.capAdd, ck.appPid!);
    expect(answer.body.pid).toBe(ck.appPid);
    expect(answer.body.startedAt).toBeLessThan(pulledAt);
    // readiness + 3 warm-up requests before the checkpoint, then verify's restore: the counter goes on
    expect(answer.body.hits).toBeGreaterThan(4);
    expect(answer.environ).toContain(`CHECKPOINT_IMAGE_CHECKPOINT=${result.commit!.labels['io.checkpoint-image.checkpoint-id']}`);
    if (runtime === 'crac') {
      // CRaC's launcher saw -XX:CRaCCheckpointTo (JDK_JAVA_OPTIONS), so it turned glibc's rseq off
      expect(answer.environ).toContain('GLIBC_TUNABLES=glibc.pthread.rseq=0');
    }
    expect(await leftovers(result.runId)).toEqual([]);
    await podman(['rmi', ref]);
  }, 240_000);
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
      const probe = await podman(['run', '--rm', ...(e.ulimits ?? []).flatMap((u) => ['--ulimit', u]), '--entrypoint', '/bin/sh', image, '-c', 'command -v criu || echo no-criu; echo "$JAVA_HOME"; test -x "$JAVA_HOME/lib/criu" && echo lib-criu']);
      expect(probe.stdout.split('\n')).toEqual(['no-criu', '/opt/fake-crac-jdk', 'lib-criu', '']);
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
