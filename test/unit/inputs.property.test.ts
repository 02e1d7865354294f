/**
 * Reliability: input validation under arbitrary text. Every input is fuzzed with fast-check
 * (unicode, NUL, control characters, newlines, shell metacharacters, values that are almost valid
 * with an injection spliced in, non-string values): `parseInputs` must either return a Config or
 * throw an InputError whose every issue names the input and the fix, never another error and never
 * a stack trace. What it accepts must be safe to put on a command line: no whitespace, NUL, line
 * breaks or shell metacharacters in image names, tags, restore flags, capabilities, security
 * options and the checkpoint dir, and no second command in the restore flags.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { INPUT_NAMES, InputError, parseInputs, type Config, type InputName, type RawInputs } from '../../src/inputs.ts';

/** A valid starting point: every fuzzed input is applied on top of it. */
const BASE: RawInputs = { runtime: 'criu', image: 'localhost/app', 'ready-url': '/' };

/** Characters a shell would interpret, plus quotes and the escape character. */
const SHELL_META = /[;|&$()`<>'"\\]/;
/** Any whitespace (unicode included), NUL and other control characters. */
const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f]/;
/** What a second command on a restore command line looks like. */
const SECOND_COMMAND = /;|&&|\|\||\||`|\$\(|\n|\r|\0/;

let tried = 0;
afterAll(() => {
  console.log(`inputs tried: ${tried}`);
});

// ---------------------------------------------------------------- arbitraries

const INJECTIONS = [
  '; rm -rf /', '&& rm -rf /', '|| true', '| sh', '`touch /tmp/pwned`', '$(touch /tmp/pwned)', '${IFS}', '$HOME',
  '>/etc/passwd', '</dev/zero', '\nrm -rf /', '\r\n', '\0', '\u0000x', "' ; echo '", '" ; echo "', '\\', '\t', ' ',
  '\u00a0', '\u2028', '\u202e', '\ufeff', '🙂', 'é', 'Ω', '—', '#', '*', '?', '~', '!', '{a,b}', '[x]', '%0a', '%00',
] as const;
const UNITS = [...';|&$()`<>\'"\\ \t\n\r\0\u000b\u000c', 'a', 'Z', '0', '9', '-', '_', '.', '/', ':', '=', ',', '@', '%', '+', '#', 'é', '🙂', '\u00a0', '\u2028'];

/** Values that are valid for each input: the fuzzer splices injections into them. */
const VALID: Partial<Record<InputName, string[]>> = {
  runtime: ['criu', 'crac', 'openj9', 'liberty'],
  image: ['localhost/app', 'ghcr.io/owner/app:v1', '127.0.0.1:5000/team/app', '[::1]:5000/app'],
  tags: ['latest', 'v1,v2', 'v1.2.3\nnightly'],
  'restore-flags': ['--tcp-close', '--ghost-limit 10M', '--ghost-limit=10M -v4'],
  'cap-add': ['SYS_PTRACE', 'CAP_NET_ADMIN,SETPCAP'],
  'security-opt': ['seccomp=unconfined', 'label=disable', 'apparmor=unconfined'],
  'checkpoint-dir': ['/checkpoint', '/opt/crac-files'],
  env: ['A=b', 'JAVA_OPTS=-Xmx64m\nB=c'],
  'build-args': ['VERSION=1'],
  'java-options': ['-Xmx64m -XX:+UseSerialGC'],
  'ready-url': ['/health', 'http://localhost:8080/ready'],
  'ready-log': ['Started .* in \\d+'],
  registry: ['ghcr.io', '127.0.0.1:5000', 'ghcr.io/owner'],
  port: ['8080'],
  'ready-timeout': ['5'],
  'checkpoint-timeout': ['10'],
  'source-image': ['localhost/app:v1'],
  containerfile: ['Containerfile'],
  'artifact-name': ['logs-criu'],
};

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 30 }),
  fc.constantFrom(...INJECTIONS),
);

/** A valid value with an injection (or arbitrary text) spliced in at any position. */
const spliced = (name: InputName) =>
  fc
    .tuple(fc.constantFrom(...(VALID[name] ?? ['x'])), fc.nat(), fc.oneof(fc.constantFrom(...INJECTIONS), anyText))
    .map(([valid, at, inject]) => {
      const i = at % (valid.length + 1);
      return valid.slice(0, i) + inject + valid.slice(i);
    });

/** Library callers may pass numbers, booleans and string arrays too. */
const nonString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.oneof(anyText, fc.constantFrom(...INJECTIONS)), { maxLength: 4 }),
);

const valueFor = (name: InputName) =>
  fc.oneof({ weight: 3, arbitrary: spliced(name) }, { weight: 3, arbitrary: anyText }, { weight: 1, arbitrary: nonString }) as fc.Arbitrary<RawInputs[InputName]>;

// ---------------------------------------------------------------- checks

type Outcome = { ok: true; config: Config } | { ok: false; error: InputError };

/** Runs parseInputs; anything thrown that is not an InputError fails the property. */
function attempt(raw: RawInputs): Outcome {
  tried++;
  try {
    return { ok: true, config: parseInputs(raw) };
  } catch (e) {
    if (!(e instanceof InputError)) {
      throw new Error(`parseInputs threw ${(e as Error)?.name ?? typeof e} instead of InputError for ${JSON.stringify(raw)}: ${String(e)}`);
    }
    return { ok: false, error: e };
  }
}

/** Every issue names an input and the fix, and nothing looks like a stack trace. */
function checkError(err: InputError, named?: string): void {
  expect(err.issues.length).toBeGreaterThan(0);
  expect(err.message).not.toMatch(/\n\s+at .+[:(]/);
  expect(err.message).not.toMatch(/node_modules|\.ts:\d+/);
  for (const issue of err.issues) {
    expect(issue).toMatch(/^Inputs? "/);
    expect(issue).toMatch(/Fix: \S/);
  }
  if (named) expect(err.issues.some((i) => i.includes(`"${named}"`)), `no issue names "${named}": ${err.message}`).toBe(true);
}

/** Values that end up as separate command-line arguments must be plain tokens. */
function checkAccepted(c: Config): void {
  const tokens: Array<[string, string]> = [
    ['image', c.imageName],
    ...c.tags.map((t): [string, string] => ['tags', t]),
    ...c.restoreFlags.map((f): [string, string] => ['restore-flags', f]),
    ...c.capAdd.map((v): [string, string] => ['cap-add', v]),
    ...c.securityOpt.map((v): [string, string] => ['security-opt', v]),
    ['checkpoint-dir', c.checkpointDir],
  ];
  // one argv element each: no line break or other control character (spawn refuses NUL), not empty
  const elements: Array<[string, string | null]> = [['context', c.context], ['containerfile', c.containerfile], ['username', c.username]];
  for (const [input, value] of elements) {
    if (value === null) continue;
    expect(/[\x00-\x1f\x7f]/.test(value), `${input} accepted a control character: ${JSON.stringify(value)}`).toBe(false);
    expect(value.length, `${input} accepted an empty value`).toBeGreaterThan(0);
  }
  if (c.username !== null) expect(/\s/u.test(c.username), `username accepted a blank: ${JSON.stringify(c.username)}`).toBe(false);
  for (const [input, value] of tokens) {
    expect(SPACE_OR_CONTROL.test(value), `${input} accepted whitespace/control characters: ${JSON.stringify(value)}`).toBe(false);
    expect(SHELL_META.test(value), `${input} accepted a shell metacharacter: ${JSON.stringify(value)}`).toBe(false);
    expect(value.length, `${input} accepted an empty token`).toBeGreaterThan(0);
  }
  const joined = c.restoreFlags.join(' ');
  expect(SECOND_COMMAND.test(joined), `restore-flags carry a second command: ${JSON.stringify(joined)}`).toBe(false);
  // each restore token is a flag or the value of the flag before it
  c.restoreFlags.forEach((f, i) => {
    if (!f.startsWith('-')) expect(c.restoreFlags[i - 1], `restore-flags: ${JSON.stringify(f)} is neither a flag nor a flag's value`).toMatch(/^-/);
  });
  // env and build-arg keys become `-e KEY=value`: a key must not smuggle a second `=` or a line break
  for (const k of [...Object.keys(c.env), ...Object.keys(c.buildArgs)]) expect(k).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  for (const v of [...Object.values(c.env), ...Object.values(c.buildArgs)]) expect(v).not.toMatch(/[\0\n]/);
  expect(c.javaOptions).not.toMatch(/[\0\n\r]/);
  // numbers the pipeline uses as ports and timers stay in range
  expect(Number.isInteger(c.port) && c.port >= 1 && c.port <= 65535, `port ${c.port}`).toBe(true);
  for (const ms of [c.readyTimeoutMs, c.checkpointTimeoutMs, c.verifyTimeoutMs]) expect(ms).toBeGreaterThan(0);
}

const RUNS_PER_INPUT = 400;

/**
 * Known edge cases, always tried before the random ones (fast-check `examples`), so that a value
 * once found by the fuzzer keeps being checked whatever the seed.
 */
const EXAMPLES: Partial<Record<InputName, string[]>> = {
  'security-opt': ['seccomp=a\0b', 'label=<x>', 'seccomp=(x)', "label='x'", 'seccomp=a\\b', 'seccomp=$(id)', 'seccomp=a;b'],
  'ready-timeout': ['0.0001', '5e-324', '-0', '1e400'],
  'checkpoint-timeout': ['0.0004'],
  'verify-timeout': ['0.0001'],
  'ready-url': ['http://localhost:0/', 'http://localhost:65536/', 'http://[::1]:8080/x', '/a b', '/\0'],
  'restore-flags': ['--tcp-close\n&& id', '--x\0', '-v4 `id`', '--a=$(id)'],
  image: ['localhost/app\0', 'localhost/app\n', 'app:v1;id'],
  tags: ['v1\0', 'v1 v2'],
  'cap-add': ['cap_sys_ptrace', 'SYS_PTRACE\0'],
  'checkpoint-dir': ['/ckpt\0', '/ckpt\n/x', '/dev/shm/ckpt'],
  env: ['A=b\0c', 'A=x; rm -rf /', '=x'],
};

describe('parseInputs under arbitrary text', () => {
  it.each(INPUT_NAMES)('input %s: a Config or an InputError naming it, and only safe values accepted', (name) => {
    fc.assert(
      fc.property(valueFor(name), (value) => {
        const out = attempt({ ...BASE, [name]: value });
        if (out.ok) checkAccepted(out.config);
        else checkError(out.error, name);
      }),
      { numRuns: RUNS_PER_INPUT, examples: (EXAMPLES[name] ?? []).map((v): [RawInputs[InputName]] => [v]) },
    );
  });

  it('many inputs fuzzed at once, unknown input names included', () => {
    const optional = Object.fromEntries(INPUT_NAMES.map((n) => [n, valueFor(n)])) as Record<InputName, fc.Arbitrary<RawInputs[InputName]>>;
    const raw = fc.tuple(
      fc.record(optional, { requiredKeys: [] }),
      fc.dictionary(fc.string({ unit: fc.constantFrom(...UNITS), minLength: 1, maxLength: 12 }), fc.string({ maxLength: 8 }), { maxKeys: 2 }),
    );
    fc.assert(
      fc.property(raw, ([known, extra]) => {
        const out = attempt({ ...BASE, ...known, ...(extra as RawInputs) });
        if (out.ok) checkAccepted(out.config);
        else checkError(out.error);
      }),
      { numRuns: 3000 },
    );
  });

  it('restore flags never carry a second command', () => {
    const flags = fc
      .array(fc.oneof(fc.constantFrom('--tcp-close', '--ghost-limit', '10M', '-v4', '--x=y', ';', '&&', '||', '|', '`id`', '$(id)', 'sh', '-c', 'id', '&', '\n', '>', 'a;b', '--f=$(id)', '--f=`id`', '--f=a|b', '--f=a&&b'), anyText), { maxLength: 6 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(flags, (value) => {
        const out = attempt({ ...BASE, 'restore-flags': value });
        if (out.ok) checkAccepted(out.config);
        else checkError(out.error, 'restore-flags');
      }),
      { numRuns: 3000 },
    );
  });
});

// ---------------------------------------------------------------- each class of bad input

function rejection(patch: RawInputs): string[] {
  const out = attempt({ ...BASE, ...patch });
  if (out.ok) throw new Error(`accepted ${JSON.stringify(patch)}`);
  checkError(out.error);
  return out.error.issues;
}

describe('each class of bad input gets a message naming the input, the value, what is allowed and the fix', () => {
  it.each<[string, RawInputs, string, RegExp]>([
    ['unknown runtime', { runtime: 'graalvm' }, 'runtime', /got "graalvm"; allowed: `crac`, `openj9`, `liberty`, `criu`/],
    ['malformed image (uppercase, space)', { image: 'My App' }, 'image', /got "My App"; allowed: a lowercase image name/],
    ['malformed image (shell)', { image: 'app;rm -rf /' }, 'image', /got "app;rm -rf \/"/],
    ['bad tag (leading dash)', { tags: 'v1,-bad' }, 'tags', /got "-bad"; allowed: tags of letters/],
    ['bad tag (too long)', { tags: 'a'.repeat(129) }, 'tags', /allowed: tags of letters, digits/],
    ['bad tag (command substitution)', { tags: 'v$(id)' }, 'tags', /got "v\$\(id\)"/],
    ['negative timeout', { 'ready-timeout': '-5' }, 'ready-timeout', /got "-5"; allowed: a number of seconds from 0\.001/],
    ['zero checkpoint timeout', { 'checkpoint-timeout': '0' }, 'checkpoint-timeout', /got "0"; allowed: a number of seconds/],
    ['non-numeric verify timeout', { 'verify-timeout': '1m' }, 'verify-timeout', /got "1m"/],
    ['non-URL ready URL', { 'ready-url': 'health check' }, 'ready-url', /got "health check"; allowed: a path such as `\/health`/],
    ['ready URL on another host', { 'ready-url': 'http://example.com/health' }, 'ready-url', /got "http:\/\/example.com\/health"/],
    ['ready URL with another scheme', { 'ready-url': 'file:///etc/passwd' }, 'ready-url', /got "file:\/\/\/etc\/passwd"/],
    ['push without registry', { push: 'true', image: 'app' }, 'push', /is true but image "app" names no registry/],
    ['unknown capability', { 'cap-add': 'CHECKPOINT_RESTORE,FLY' }, 'cap-add', /got "FLY"; allowed: Linux capability names/],
    ['capability with shell', { 'cap-add': 'SYS_PTRACE;id' }, 'cap-add', /got "SYS_PTRACE;id"/],
    ['restore flags injecting a command', { 'restore-flags': '--tcp-close; rm -rf /' }, 'restore-flags', /got "--tcp-close;"; allowed: flags such as/],
    ['restore flags chaining with &&', { 'restore-flags': '--tcp-close && id' }, 'restore-flags', /got "&&"/],
    ['restore flags with a pipe', { 'restore-flags': '-v4 | sh' }, 'restore-flags', /got "\|"/],
    ['restore flags with backticks', { 'restore-flags': '--log-file=`id`' }, 'restore-flags', /got "--log-file=`id`"/],
    ['restore flags with $( )', { 'restore-flags': '--x $(touch /tmp/pwned)' }, 'restore-flags', /got "\$\(touch"/],
    ['restore flags with a line break and &&', { 'restore-flags': '--tcp-close\n&& id' }, 'restore-flags', /got "&&"/],
    ['security option with shell', { 'security-opt': 'seccomp=unconfined;id' }, 'security-opt', /got "seccomp=unconfined;id"/],
    ['checkpoint dir with shell', { 'checkpoint-dir': '/ckpt;id' }, 'checkpoint-dir', /got "\/ckpt;id"; allowed: an absolute path/],
    ['env line without KEY=', { env: 'rm -rf /' }, 'env', /got "rm -rf \/"; allowed: `KEY=VALUE` lines/],
    ['build arg with a bad key', { 'build-args': 'A B=c' }, 'build-args', /got "A B=c"/],
    ['java options over two lines', { 'java-options': '-Xmx64m\n-Dx=1' }, 'java-options', /allowed: JVM options on one line/],
  ])('%s', (_label, patch, input, detail) => {
    const issues = rejection(patch);
    const issue = issues.find((i) => i.startsWith(`Input "${input}"`));
    expect(issue, `no issue for "${input}": ${issues.join(' | ')}`).toBeDefined();
    expect(issue).toMatch(detail);
    expect(issue).toMatch(/Fix: \S/);
  });

  it('reports every bad input of one call, each with its fix', () => {
    const issues = rejection({ runtime: 'graalvm', image: 'My App', 'ready-timeout': '-1', 'cap-add': 'FLY', 'restore-flags': '; id' });
    expect(issues.map((i) => /^Input "([^"]+)"/.exec(i)?.[1]).sort()).toEqual(['cap-add', 'image', 'ready-timeout', 'restore-flags', 'runtime']);
  });
});

// ---------------------------------------------------------------- valid values are accepted unchanged

const word = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const lineText = fc.string({ maxLength: 24 }).filter((v) => !/[\x00-\x1f\x7f]/.test(v) && v.trim() === v);
const keyValue = fc.tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/), lineText);

/** Valid values of the inputs that reach a command line, generated together. */
const validInputs = fc.record({
  context: fc.stringMatching(/^[A-Za-z0-9._@+ -][A-Za-z0-9._@+/ -]{0,24}$/).filter((v) => v.trim() === v),
  containerfile: fc.stringMatching(/^[A-Za-z0-9._@+/-][A-Za-z0-9._@+/ -]{0,24}$/).filter((v) => v.trim() === v),
  image: fc.tuple(fc.constantFrom('ghcr.io', '127.0.0.1:5000', 'registry.example.com:443', 'localhost'), word, word).map(([h, a, b]) => `${h}/${a}/${b}`),
  tags: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,30}$/), { minLength: 1, maxLength: 4 }),
  env: fc.uniqueArray(keyValue, { maxLength: 4, selector: ([k]) => k }),
  'build-args': fc.uniqueArray(keyValue, { maxLength: 4, selector: ([k]) => k }),
  username: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.@+[\]-]{0,30}$/),
  password: lineText.filter((v) => v !== ''),
  'checkpoint-dir': fc.stringMatching(/^\/[a-z0-9._@+-]{1,10}(\/[a-z0-9._@+-]{1,10}){0,2}$/).filter((v) => !/^\/(dev|proc|sys)(\/|$)/.test(v)),
  'cap-add': fc.uniqueArray(fc.constantFrom('NET_ADMIN', 'SYS_RESOURCE', 'IPC_LOCK', 'SYS_NICE', 'CHECKPOINT_RESTORE'), { maxLength: 3 }),
  'security-opt': fc.uniqueArray(fc.constantFrom('label=disable', 'seccomp=unconfined', 'apparmor=unconfined', 'no-new-privileges', 'mask=/proc/acpi'), { maxLength: 3 }),
  port: fc.integer({ min: 1, max: 65535 }),
  'ready-timeout': fc.integer({ min: 1, max: 3600 }),
  'java-options': lineText,
});

describe('valid inputs are accepted, and unchanged', () => {
  it('generated valid values for every input that reaches a command line come out of parseInputs as given', () => {
    fc.assert(
      fc.property(validInputs, (v) => {
        const raw: RawInputs = {
          runtime: 'criu',
          'ready-url': '/',
          push: 'true',
          context: v.context,
          containerfile: v.containerfile,
          image: v.image,
          tags: v.tags.join('\n'),
          env: v.env.map(([k, x]) => `${k}=${x}`).join('\n'),
          'build-args': v['build-args'].map(([k, x]) => `${k}=${x}`).join('\n'),
          username: v.username,
          password: v.password,
          'checkpoint-dir': v['checkpoint-dir'],
          'cap-add': v['cap-add'].join(','),
          'security-opt': v['security-opt'].join('\n'),
          port: String(v.port),
          'ready-timeout': String(v['ready-timeout']),
          'java-options': v['java-options'],
        };
        const out = attempt(raw);
        if (!out.ok) throw new Error(`refused valid inputs ${JSON.stringify(raw)}: ${out.error.message}`);
        const c = out.config;
        checkAccepted(c);
        expect(c.context).toBe(v.context);
        expect(c.containerfile).toBe(v.containerfile);
        expect(c.imageName).toBe(v.image);
        expect(c.tags).toEqual(v.tags);
        expect(c.env).toEqual(Object.fromEntries(v.env));
        expect(c.buildArgs).toEqual(Object.fromEntries(v['build-args']));
        expect(c.username).toBe(v.username);
        expect(c.password).toBe(v.password);
        expect(c.checkpointDir).toBe(v['checkpoint-dir']);
        expect(c.capAdd).toEqual(v['cap-add']);
        expect(c.securityOpt).toEqual(v['security-opt']);
        expect(c.port).toBe(v.port);
        expect(c.readyTimeoutMs).toBe(v['ready-timeout'] * 1000);
        expect(c.javaOptions).toBe(v['java-options']);
      }),
      { numRuns: 1000 },
    );
  });

  it.each<[InputName, string, string]>([
    ['context', 'a\nb', 'a directory path on one line'],
    ['context', 'ctx\u0007', 'without control characters'],
    ['containerfile', 'Container\rfile', 'a path on one line'],
    ['username', 'ci user', 'without spaces'],
    ['username', 'ci\tuser', 'without spaces'],
  ])('input %s: %j is refused, naming the input', (name, value, allowed) => {
    const issues = rejection({ [name]: value, ...(name === 'username' ? { password: 'x' } : {}) });
    expect(issues.find((i) => i.startsWith(`Input "${name}"`))).toContain(allowed);
  });
});
