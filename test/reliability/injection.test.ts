/**
 * Security: command injection through free-text inputs. The REAL pipeline runs with a runner that
 * records every argv; shell syntax goes into every input that accepts free text (env values,
 * build-arg values, java-options). Each value must arrive as one literal argv element, no recorded
 * command may be a shell whose script carries a user value (the launcher's `sh -c` script is fixed;
 * user values are its positional parameters), nothing gets executed, and the pipeline still works.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAUNCHER_SCRIPT } from '../../src/launcher.ts';
import { HEAP_TRIM, trimJavaOptions } from '../../src/runtimes.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { podman, requireHost } from '../support/e2e.ts';
import { expectNothingLeft, hostSnapshot, JOB_PREFIX, podmanRuns, podmanVerb, recordingRunner, removeImages, uniqueName, useRunnerTemp, valueOf, type RecordedCall } from './helpers.ts';

const PWNED = '/tmp/pwned';
const PAYLOADS = {
  semicolon: 'x; rm -rf /',
  substitution: `$(touch ${PWNED})`,
  backticks: `\`touch ${PWNED}\``,
  chained: `a && touch ${PWNED} || touch ${PWNED}`,
  pipe: `x | sh -c 'touch ${PWNED}'`,
  redirect: `x > ${PWNED}`,
  variable: '${PATH} $HOME',
} as const;
/** Distinctive parts of the payloads: none may appear in a shell script. */
const MARKERS = ['rm -rf /', 'touch /tmp/pwned', '/tmp/pwned', '$HOME'];

const ENV = Object.fromEntries(Object.entries(PAYLOADS).map(([k, v]) => [`INJ_${k.toUpperCase()}`, v]));
const BUILD_ARGS = Object.fromEntries(Object.entries(PAYLOADS).map(([k, v]) => [`PWN_${k.toUpperCase()}`, v]));
/**
 * JAVA_TOOL_OPTIONS is split on spaces by the JVM, which honours quotes: each payload is the quoted
 * value of a system property, so the JVM starts and the text is still all there.
 */
const JAVA_OPTIONS = [
  '-XX:+UseSerialGC',
  `-Dinj.semicolon="${PAYLOADS.semicolon}"`,
  `-Dinj.substitution="${PAYLOADS.substitution}"`,
  `-Dinj.backticks="${PAYLOADS.backticks}"`,
  `-Dinj.chained="${PAYLOADS.chained}"`,
  `-Dinj.variable='${PAYLOADS.variable}'`,
].join(' ');

const SHELLS = /^(?:.*\/)?(?:sh|bash|dash|ash|zsh|ksh)$/;

/** Every `shell -c SCRIPT` hidden in a recorded call: the command itself, its argv, or an `--entrypoint` JSON array. */
function shellScripts(call: RecordedCall): Array<{ script: string; where: string }> {
  const found: Array<{ script: string; where: string }> = [];
  const scan = (argv: readonly string[], where: string) => {
    argv.forEach((a, i) => {
      if (SHELLS.test(a) && argv[i + 1] === '-c') found.push({ script: argv[i + 2] ?? '', where });
      if (SHELLS.test(a) && /^-\w*c\w*$/.test(argv[i + 1] ?? '') && argv[i + 1] !== '-c') found.push({ script: argv[i + 2] ?? '', where });
    });
  };
  scan([call.command, ...call.args], `${call.command} argv`);
  for (const ep of valueOf(call.args, '--entrypoint')) {
    try {
      const parsed = JSON.parse(ep) as unknown;
      if (Array.isArray(parsed)) scan(parsed.map(String), '--entrypoint');
    } catch {
      scan([ep], '--entrypoint');
    }
  }
  return found;
}

let context: string;
let result: PipelineResult;
let calls: RecordedCall[];
let lines: string[];

// default log folders go to a folder of this file, removed afterwards
const tmp = useRunnerTemp('injection');

beforeAll(async () => {
  await requireHost();
  await rm(PWNED, { force: true });
  context = await prepareSampleContext(tmp.dir);
  const before = await hostSnapshot();
  const rec = recordingRunner();
  calls = rec.calls;
  const reporter = recordingReporter();
  lines = reporter.lines;
  result = await runPipeline(
    {
      runtime: 'criu',
      context,
      image: uniqueName('inject'),
      'ready-url': '/',
      'compare-runs': '1',
      'ready-timeout': '120',
      'verify-timeout': '120',
      env: Object.entries(ENV).map(([k, v]) => `${k}=${v}`).join('\n'),
      'build-args': Object.entries(BUILD_ARGS).map(([k, v]) => `${k}=${v}`).join('\n'),
      'java-options': JAVA_OPTIONS,
    },
    { reporter, runner: rec.runner, jobKey: `${JOB_PREFIX}-inject` },
  );
  await expectNothingLeft({ before, result });
}, 300_000);

afterAll(async () => {
  if (result?.commit) await removeImages(result.commit.refs);
});

describe('shell syntax in free-text inputs', () => {
  it('the pipeline still succeeds (cold start included: env goes to the cold run too)', () => {
    expect(result.error).toBeNull();
    expect(result.ok).toBe(true);
    expect(result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:ok', 'checkpoint:ok', 'commit:ok', 'verify:ok', 'push:skipped']);
  });

  it('every env value arrives as one literal `-e KEY=value` element, in the checkpoint and the cold run', () => {
    const runs = podmanRuns(calls);
    const withEnv = runs.filter((r) => /-(checkpoint|cold-0)$/.test(r.name));
    expect(withEnv.map((r) => r.name.replace(/^.*-(checkpoint|cold-0)$/, '$1')).sort()).toEqual(['checkpoint', 'cold-0']);
    for (const r of withEnv) {
      const env = valueOf(r.args, '-e');
      for (const [k, v] of Object.entries(ENV)) expect(env, `${r.name}: ${k}`).toContain(`${k}=${v}`);
      // and nothing else carries a payload: no element was split or re-joined
      for (const v of Object.values(PAYLOADS)) {
        const holders = r.args.filter((a) => a.includes(v));
        expect(holders.every((a) => /^INJ_[A-Z]+=/.test(a) || a.endsWith(JAVA_OPTIONS)), `${r.name}: ${v} in ${JSON.stringify(holders)}`).toBe(true);
      }
    }
  });

  it('every build-arg value arrives as one literal `--build-arg KEY=value` element', () => {
    const builds = calls.filter((c) => podmanVerb(c) === 'build');
    expect(builds).toHaveLength(1);
    const args = valueOf(builds[0]!.args, '--build-arg');
    for (const [k, v] of Object.entries(BUILD_ARGS)) expect(args).toContain(`${k}=${v}`);
    expect(args).toHaveLength(Object.keys(BUILD_ARGS).length);
  });

  it('java-options arrive as one positional parameter of the fixed launcher script', () => {
    const ck = podmanRuns(calls).find((r) => r.name.endsWith('-checkpoint'))!;
    const ep = JSON.parse(valueOf(ck.args, '--entrypoint')[0]!) as string[];
    expect(ep).toEqual(['/bin/sh', '-c', LAUNCHER_SCRIPT, 'checkpoint-image-launcher']);
    // after the image: state dir, min pid, checkpoint dir, java options, the variable that carries
    // them, the checkpoint id, CRIU's dump flags, `--`, the app
    const after = ck.args.slice(ck.args.indexOf(result.build!.image) + 1);
    expect(after[3]).toBe(`${['-XX:-UsePerfData', ...trimJavaOptions(HEAP_TRIM.criu, 17)].join(' ')} ${JAVA_OPTIONS}`);
    expect(after.filter((a) => a.includes('rm -rf /'))).toEqual([after[3]]);
    expect(after.slice(4, 6)).toEqual(['JAVA_TOOL_OPTIONS', result.runId]);
    expect(after.slice(6, after.indexOf('--'))).toEqual(['--file-locks']);
  });

  it('inside the container the values are intact: the JVM picked the options up, the environment holds them verbatim', async () => {
    const appLog = await readFile(path.join(result.logDir, 'checkpoint', 'app.log'), 'utf8');
    expect(appLog).toContain(`Picked up JAVA_TOOL_OPTIONS: ${['-XX:-UsePerfData', ...trimJavaOptions(HEAP_TRIM.criu, 17)].join(' ')} ${JAVA_OPTIONS}`);
    // podman commit keeps the checkpoint run's environment in the restore image's config
    const inspect = await podman(['image', 'inspect', '--format', '{{json .Config.Env}}', result.commit!.refs[0]!]);
    const env = JSON.parse(inspect.stdout) as string[];
    for (const [k, v] of Object.entries(ENV)) expect(env).toContain(`${k}=${v}`);
  });

  it('no recorded command is a shell whose script holds a user value', () => {
    let scripts = 0;
    for (const call of calls) {
      expect(SHELLS.test(call.command) || (call.command === 'sudo' && call.args.some((a) => SHELLS.test(a))), `a shell was run directly: ${JSON.stringify([call.command, ...call.args]).slice(0, 300)}`).toBe(false);
      for (const { script, where } of shellScripts(call)) {
        scripts++;
        expect(script, `the only shell script is the launcher's (${where})`).toBe(LAUNCHER_SCRIPT);
        for (const m of MARKERS) expect(script.includes(m), `${where}: the script contains ${m}`).toBe(false);
      }
    }
    expect(scripts).toBe(1);
    expect(calls.length).toBeGreaterThan(10);
    console.log(`commands recorded: ${calls.length}; shell scripts among them: ${scripts} (the fixed launcher)`);
  });

  it('nothing was executed: no /tmp/pwned on the host or in the restore image', async () => {
    expect(existsSync(PWNED)).toBe(false);
    const ref = result.commit!.refs[0]!;
    const mount = await podman(['image', 'mount', ref]);
    expect(mount.exitCode, mount.stderr).toBe(0);
    try {
      const root = mount.stdout.trim();
      expect(existsSync(path.join(root, 'app', 'Hello.class')), 'the image mount works').toBe(true);
      expect(existsSync(path.join(root, 'tmp', 'pwned'))).toBe(false);
    } finally {
      await podman(['image', 'umount', ref]);
    }
  });

  it('the payloads reach the reporter only as text, never as a failure', () => {
    expect(lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
  });
});
