/**
 * No user value is ever read as an option, and valid values reach podman unchanged. The REAL
 * pipeline (setup → build → checkpoint → commit → push; verify off) runs against a fake process
 * runner that records every argv (support/fake-podman.ts), and every recorded podman argv is read
 * the way podman's flag parser reads it (support/argv.ts, a model of spf13/pflag):
 *
 * - options: values that look like options (`-v`, `--rm`, `--volume=/:/host`, …) are generated for
 *   every input; each is either refused with a message naming the input, or, when accepted, never
 *   sits where podman reads an option, and still arrives as the operand or flag value it is;
 * - both ways: generated valid values for the inputs that reach argv are accepted and arrive
 *   unchanged, each in its place (`build` context operand, `-f` value, `--username` value, …);
 * - the password never appears in any argv: it is the stdin of `podman login`.
 */
import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageRefs, INPUT_NAMES, InputError, parseInputs, type Config, type InputName, type RawInputs } from '../../src/inputs.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { registryOf } from '../../src/pipeline/push.ts';
import { recordingReporter } from '../../src/reporter.ts';
import { PRODUCT_OPTIONS, readPodmanArgv, valuesAtOptionPositions, type Role } from '../support/argv.ts';
import { FAKE_READY_LINE, fakePodman } from '../support/fake-podman.ts';

let tmp: string;
let containerfile: string;
let runs = 0;
const cwd = process.cwd();

// relative folders an input names (log-dir, manifests-dir: `-v` is a valid folder name) go to tmp
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-argv-'));
  containerfile = path.join(tmp, 'Containerfile');
  await writeFile(containerfile, 'FROM scratch\n');
  process.chdir(tmp);
});
afterAll(async () => {
  process.chdir(cwd);
  await rm(tmp, { recursive: true, force: true });
  console.log(`pipelines run against the fake runner: ${runs}`);
});

/** Every phase that builds a podman argv from user values runs: build, checkpoint, commit, login, push. */
const base = (): RawInputs => ({
  runtime: 'criu',
  image: '127.0.0.1:5000/team/app',
  tags: 'v1,latest',
  containerfile,
  'ready-log': FAKE_READY_LINE,
  // the fake app is ready at once; a `ready-log` that never matches fails in 1 s
  'ready-timeout': '1',
  'checkpoint-timeout': '30',
  verify: 'false',
  push: 'true',
  'tls-verify': 'false',
  username: 'ci-user',
  password: 'pw-canary-3f9a',
  env: 'APP_MODE=test',
  'build-args': 'VERSION=1',
  'upload-logs': 'never',
});

async function runFake(raw: RawInputs) {
  const fake = await fakePodman();
  const reporter = recordingReporter();
  runs++;
  try {
    const result = await runPipeline(raw, { reporter, runner: fake.runner, jobKey: 'argv', defaultLogDir: path.join(tmp, `logs-${runs}`) });
    return { result, argvs: fake.podmanArgvs(), calls: fake.calls, lines: reporter.lines };
  } finally {
    await fake.dispose();
  }
}

type Where = { verb: string; role: Role | 'launcher-arg' };

/** Where each value of the config must arrive, as one whole argv element. */
type Place = { input: InputName; value: string; where: Where };
const place = (input: InputName, value: string, verb: string, role: Where['role']): Place => ({ input, value, where: { verb, role } });

/** Where each value of the config must arrive, as one whole argv element. */
function expectedPlaces(c: Config): Place[] {
  const refs = imageRefs(c);
  const built = !c.sourceImage;
  return [
    ...(built
      ? [
          place('context', c.context, 'build', 'operand'),
          place('containerfile', c.containerfile ?? '', 'build', 'value'),
          ...Object.entries(c.buildArgs).map(([k, v]) => place('build-args', `${k}=${v}`, 'build', 'value')),
        ]
      : [place('source-image', c.sourceImage ?? '', 'run', 'operand')]),
    ...Object.entries(c.env).map(([k, v]) => place('env', `${k}=${v}`, 'run', 'value')),
    ...c.securityOpt.map((v) => place('security-opt', v, 'run', 'value')),
    ...c.capAdd.map((v) => place('cap-add', v, 'run', 'value')),
    ...refs.map((r) => place('tags', r, 'push', 'operand')),
    place('image', refs[0]!, 'commit', 'operand'),
    place('registry', registryOf(refs[0]!), 'login', 'operand'),
    place('username', c.username ?? '', 'login', 'value'),
    place('checkpoint-dir', c.checkpointDir, 'run', 'launcher-arg'),
  ].filter((p) => p.value !== '');
}

/** True when some recorded argv of that verb holds `value` as one element in that role. */
function arrives(argvs: readonly string[][], value: string, where: Where): boolean {
  return argvs.some((argv) => {
    const read = readPodmanArgv(argv);
    if (read.verb !== where.verb) return false;
    // the launcher's positional parameters: STATE MIN_PID CHECKPOINT_DIR JAVA_OPTIONS [criu flags] -- app
    if (where.role === 'launcher-arg') return read.command[2] === value;
    return argv.some((a, i) => a === value && read.roles[i] === where.role);
  });
}

/** The checks every accepted run must pass. */
function checkRun(out: Awaited<ReturnType<typeof runFake>>, userValues: readonly string[], label: string, mayFail = false): void {
  if (!mayFail) expect(out.result.error, `${label}: the pipeline failed`).toBeNull();
  if (out.result.error) return checkArgvs(out, userValues, label);
  expect(out.argvs.length).toBeGreaterThan(10);
  checkArgvs(out, userValues, label);
  const config = out.result.config;
  for (const p of expectedPlaces(config)) {
    expect(arrives(out.argvs, p.value, p.where), `${label}: input ${p.input} ${JSON.stringify(p.value)} did not arrive as a ${p.where.role} of podman ${p.where.verb}`).toBe(true);
  }
  expect(out.calls.some((c) => c.input === config.password && c.args.includes('login')), 'the password is the stdin of podman login').toBe(true);
}

function checkArgvs(out: Awaited<ReturnType<typeof runFake>>, userValues: readonly string[], label: string): void {
  for (const argv of out.argvs) {
    const read = readPodmanArgv(argv);
    expect(read.unknownOptions, `${label}: podman ${JSON.stringify(argv)} reads an option the product does not write`).toEqual([]);
    expect(valuesAtOptionPositions(argv, userValues), `${label}: a user value is read as an option in podman ${JSON.stringify(argv)}`).toEqual([]);
    // the launcher runs `mkdir -p "$state" "$dir"` and `criu dump -D "$dir"`: its dir must not look like an option
    if (read.verb === 'run' && read.command.length >= 3) expect(read.command[2]!.startsWith('-'), `${label}: launcher dir ${read.command[2]}`).toBe(false);
  }
  // the password is the stdin of `podman login`, never an argv element (nor part of one, when long enough to tell)
  const password = out.result.config.password!;
  for (const call of out.calls) {
    // (a password that is itself `--` or an option the product writes cannot be told apart in argv)
    const exact = password !== '--' && !PRODUCT_OPTIONS.has(password);
    expect(call.args.some((a) => (exact && a === password) || (password.length >= 8 && a.includes(password))), `${label}: password in ${call.command} argv`).toBe(false);
  }
}

function attempt(raw: RawInputs): { ok: true; config: Config } | { ok: false; error: InputError } {
  try {
    return { ok: true, config: parseInputs(raw) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { ok: false, error: e };
  }
}

describe('the fake runner and the argv model', () => {
  it('the base run passes every phase, and podman reads each argv with only the options the product writes', async () => {
    const out = await runFake(base());
    expect(out.result.phases.map((p) => `${p.name}:${p.status}`)).toEqual(['setup:ok', 'build:ok', 'checkpoint:ok', 'commit:ok', 'verify:skipped', 'push:ok']);
    const verbs = new Set(out.argvs.map((a) => readPodmanArgv(a).verb));
    for (const v of ['version', 'build', 'login', 'run', 'mount', 'kill', 'wait', 'commit', 'tag', 'image inspect', 'push', 'rm']) expect(verbs, v).toContain(v);
    checkRun(out, [], 'base');
  });

  it.each<[string, string[], Partial<Record<string, Role>>]>([
    ['a value flag takes the next element, dash or not', ['login', '--username', '-v', '--password-stdin', 'r'], { '-v': 'value', r: 'operand' }],
    ['`--` ends the options', ['build', '-t', 't', '--', '-v'], { '-v': 'operand' }],
    ['without `--`, a dash operand is an option', ['build', '-t', 't', '-v'], { '-v': 'option' }],
    ['run stops at the image: the rest is the command', ['run', '--name', 'n', 'img', '-v', '--rm'], { img: 'operand', '-v': 'command', '--rm': 'command' }],
    ['`--flag=value` carries its value', ['push', '--tls-verify=false', 'r'], { '--tls-verify=false': 'option', r: 'operand' }],
  ])('argv model: %s', (_label, argv, want) => {
    const { roles } = readPodmanArgv(argv);
    for (const [el, role] of Object.entries(want)) expect(roles[argv.indexOf(el)], el).toBe(role);
  });
});

// ---------------------------------------------------------------- values that look like options

/**
 * Options podman has that the product never writes (so that one found at an option position can only
 * be the user's), plus `--` and `-`.
 */
const OPTION_LIKE = fc
  .oneof(
    fc.constantFrom('-v', '-h', '--help', '--volume=/:/host', '-it', '--entrypoint=sh', '--', '-', '--pull=always', '-t0', '--authfile=/tmp/x'),
    fc.tuple(fc.constantFrom('-', '--'), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}(=[a-z0-9/:]{0,8})?$/)).map(([d, s]) => d + s),
  )
  .filter((f) => !PRODUCT_OPTIONS.has(f));

/** The option-like value alone, and in the places list and KEY=VALUE inputs take it. */
const poisoned = OPTION_LIKE.chain((flag) =>
  fc.record({ flag: fc.constant(flag), value: fc.constantFrom(flag, `latest,${flag}`, `A=1\n${flag}`, `A=${flag}`, `localhost/app:${flag}`) }),
);

const RUNS_PER_INPUT = 12;

describe('no user value is read as an option', () => {
  it.each(INPUT_NAMES)('input %s: an option-like value is refused naming the input, or reaches podman only as an operand or a value', async (name) => {
    await fc.assert(
      fc.asyncProperty(poisoned, async ({ flag, value }) => {
        // each run in a folder of its own: relative paths an input names land there
        process.chdir(await mkdtemp(path.join(tmp, 'run-')));
        const raw = { ...base(), [name]: value };
        const parsed = attempt(raw);
        // a Containerfile by that name exists, so the build runs with it
        if (name === 'containerfile' && parsed.ok && !value.endsWith('/')) {
          await mkdir(path.dirname(path.resolve(value)), { recursive: true });
          await writeFile(path.resolve(value), 'FROM scratch\n');
        }
        if (!parsed.ok) {
          expect(parsed.error.issues.some((i) => i.includes(`"${name}"`)), `refused without naming ${name}: ${parsed.error.message}`).toBe(true);
          return;
        }
        const out = await runFake(raw);
        // a readiness line that never comes fails the run (after 1 s), and a path that cannot be a
        // file fails naming its input; what ran before is checked all the same
        const refusedLater = out.result.error?.includes(`Input "${name}"`) ?? false;
        checkRun(out, [flag, value], `${name}=${JSON.stringify(value)}`, name === 'ready-log' || refusedLater);
      }),
      { numRuns: RUNS_PER_INPUT, examples: [[{ flag: '-v', value: '-v' }], [{ flag: '--volume=/:/host', value: '--volume=/:/host' }]] },
    );
  });
});

// ---------------------------------------------------------------- valid values, both ways

const word = fc.stringMatching(/^[a-z0-9]([a-z0-9._-]{0,10}[a-z0-9])?$/).filter((s) => !/[._-]{2}/.test(s));
const VALID: Partial<Record<InputName, fc.Arbitrary<string>>> = {
  context: fc.stringMatching(/^[A-Za-z0-9._@+ -][A-Za-z0-9._@+/ -]{0,20}$/).filter((s) => s.trim() === s && s !== ''),
  containerfile: fc.constant('CONTAINERFILE'),
  'build-args': fc.tuple(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/), fc.string({ maxLength: 16 }).filter((s) => !/[\0\n\r]/.test(s) && s.trim() === s)).map(([k, v]) => `${k}=${v}`),
  env: fc.tuple(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/), fc.string({ maxLength: 16 }).filter((s) => !/[\0\n\r]/.test(s) && s.trim() === s)).map(([k, v]) => `${k}=${v}`),
  'security-opt': fc.constantFrom('label=disable', 'seccomp=unconfined', 'apparmor=unconfined', 'no-new-privileges', 'mask=/proc/acpi', 'unmask=ALL'),
  'cap-add': fc.constantFrom('NET_ADMIN', 'SYS_RESOURCE', 'IPC_LOCK', 'SYS_NICE'),
  image: fc.tuple(fc.constantFrom('127.0.0.1:5000', 'ghcr.io', 'registry.example.com:443', 'localhost:5000'), word, fc.option(word)).map(([h, a, b]) => `${h}/${a}${b ? `/${b}` : ''}`),
  tags: fc.array(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/), { minLength: 1, maxLength: 3 }).map((t) => t.join(',')),
  username: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.@+[\]-]{0,30}$/),
  'checkpoint-dir': fc.stringMatching(/^\/[a-z0-9._-]{1,12}(\/[a-z0-9._-]{1,8})?$/).filter((s) => !/^\/(dev|proc|sys)(\/|$)/.test(s) && !s.split('/').includes('..') && !s.split('/').includes('.')),
  'source-image': fc.tuple(fc.constantFrom('127.0.0.1:5000/', 'docker.io/library/', ''), word, fc.option(fc.stringMatching(/^[a-z0-9]{1,8}$/))).map(([h, n, t]) => `${h}${n}${t ? `:${t}` : ''}`),
};

describe('valid values are accepted and reach podman unchanged', () => {
  it.each(Object.keys(VALID) as InputName[])('input %s', async (name) => {
    await fc.assert(
      fc.asyncProperty(VALID[name]!, async (generated) => {
        const value = generated === 'CONTAINERFILE' ? containerfile : generated;
        const raw = { ...base(), [name]: value };
        const parsed = attempt(raw);
        expect(parsed.ok, `${name}=${JSON.stringify(value)} was refused: ${parsed.ok ? '' : parsed.error.message}`).toBe(true);
        const out = await runFake(raw);
        checkRun(out, [], `${name}=${JSON.stringify(value)}`);
      }),
      { numRuns: 8 },
    );
  });
});
