/**
 * Security: the registry password never lands anywhere the action writes. The bundled action runs
 * as GitHub runs it (dist/main then dist/post, INPUT_* variables, the runner's command files) and
 * pushes to a loopback registry with htpasswd auth; then EVERY byte it wrote is searched: stdout,
 * stderr, the job summary, the outputs and state files, every file under the log folder and the
 * harness folder (RUNNER_TEMP). The password (and the encodings a registry auth file would use)
 * must occur zero times. The same for a canary in a secret-looking `env` value (DB_PASSWORD), which
 * must not reach the restore image's config either (`podman image inspect`, `podman history`).
 * Once with a successful push, once with a refused login.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRegistry, type LocalRegistry } from '../../src/local-registry.ts';
import { prepareSampleContext } from '../../src/sample.ts';
import { actionHarness, type StepRun } from '../support/action-harness.ts';
import { podman, requireHost } from '../support/e2e.ts';
import { expectNothingLeft, filesUnder, hostSnapshot, removeImages, uniqueName, useRunnerTemp } from './helpers.ts';

const USER = 'rel-secret-user';
const nonce = Date.now().toString(36);
/** Distinctive, and the same in plain text, JSON and URLs. */
const PASSWORD = `Canary-Pw-${nonce}-7Qx9`;
const WRONG = `Wrong-Canary-${nonce}-3Zk1`;
/** A secret the app gets through `env` for its checkpoint run. */
const ENV_CANARY = `Env-Canary-${nonce}-8Hv2`;

let context: string;
// the sample's build context lives here and goes afterwards (the action gets a RUNNER_TEMP of its own)
const tmp = useRunnerTemp('secrets');
let reg: LocalRegistry;
const harnessDirs: string[] = [];
const scanned = { files: 0, bytes: 0, masks: 0 };

beforeAll(async () => {
  await requireHost();
  context = await prepareSampleContext(tmp.dir);
  reg = await startLocalRegistry({ auth: { username: USER, password: PASSWORD } });
});

afterAll(async () => {
  await reg?.stop();
  for (const d of harnessDirs) await rm(d, { recursive: true, force: true });
  console.log(`secret scan: ${scanned.files} files and streams, ${scanned.bytes} bytes; ::add-mask:: lines (read by the runner, never shown): ${scanned.masks}`);
});

/** The forms in which a password could leak: as is, and base64 as in an auth file or a Basic header. */
function needles(password: string): Array<[string, string]> {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [
    ['plain', password],
    ['base64(user:password)', b64(`${USER}:${password}`)],
    ['base64(password)', b64(password)],
    ['url-encoded', encodeURIComponent(password)],
  ];
}

interface Blob {
  name: string;
  text: string;
}

/**
 * `::add-mask::VALUE` is how @actions/core asks the runner to mask a value: the runner consumes the
 * line and never shows it, so it is the one place a secret may (and must) appear in stdout.
 */
function stripMaskCommands(stdout: string, secrets: string[]): string {
  return stdout
    .split('\n')
    .filter((line) => {
      const mask = secrets.some((s) => line === `::add-mask::${s}`);
      if (mask) scanned.masks++;
      return !mask;
    })
    .join('\n');
}

async function everythingWritten(dir: string, steps: Array<[string, StepRun]>, secrets: string[]): Promise<Blob[]> {
  const blobs: Blob[] = [];
  for (const [step, r] of steps) {
    blobs.push({ name: `${step} stdout`, text: stripMaskCommands(r.stdout, secrets) });
    blobs.push({ name: `${step} stderr`, text: r.stderr });
    blobs.push({ name: `${step} summary`, text: r.summary });
    blobs.push({ name: `${step} outputs`, text: JSON.stringify(r.outputs) });
    blobs.push({ name: `${step} state`, text: JSON.stringify(r.state) });
  }
  // every file under RUNNER_TEMP: the command files, the log folder, anything else the action left
  const logDir = steps[0]![1].outputs['log-dir'];
  const files = new Set(await filesUnder(dir));
  if (logDir) for (const f of await filesUnder(logDir)) files.add(f);
  for (const f of files) {
    const buf = await readFile(f);
    blobs.push({ name: path.relative(dir, f), text: buf.toString('latin1') });
  }
  return blobs;
}

function expectNoSecret(blobs: Blob[], secrets: string[]): void {
  const hits: string[] = [];
  for (const b of blobs) {
    scanned.files++;
    scanned.bytes += Buffer.byteLength(b.text, 'latin1');
    for (const s of secrets) for (const [form, needle] of needles(s)) if (b.text.includes(needle)) hits.push(`${b.name}: ${form} of ${s === PASSWORD ? 'the password' : s === ENV_CANARY ? 'the env secret' : 'the wrong password'}`);
  }
  expect(hits).toEqual([]);
}

async function runAction(label: string, password: string) {
  const image = uniqueName(label);
  const h = await actionHarness(
    {
      runtime: 'criu',
      context,
      image,
      registry: reg.address,
      'ready-url': '/',
      'compare-runs': '0',
      'ready-timeout': '120',
      'verify-timeout': '120',
      push: 'true',
      'tls-verify': 'false',
      username: USER,
      password,
      env: `DB_PASSWORD=${ENV_CANARY}\nAPP_MODE=canary-test`,
      'upload-logs': 'always',
    },
    context,
  );
  harnessDirs.push(h.dir);
  const main = await h.run('main');
  const post = await h.run('post');
  return { h, main, post, ref: `${reg.address}/${image}:latest` };
}

describe('the registry password never reaches anything the action writes', () => {
  it('a successful push', async () => {
    const before = await hostSnapshot();
    const { h, main, post, ref } = await runAction('secret-ok', PASSWORD);
    try {
      expect(main.exitCode, main.stdout.slice(-3000)).toBe(0);
      expect(main.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(main.stdout).toContain(`logged in to ${reg.address} as ${USER}`);
      expect(post.exitCode).toBe(0);
      // the password did travel (to podman login on stdin): the mask request is the proof it was known
      expect(main.stdout.split('\n').filter((l) => l === `::add-mask::${PASSWORD}`)).toHaveLength(1);
      const blobs = await everythingWritten(h.dir, [['main', main], ['post', post]], [PASSWORD]);
      expect(blobs.length).toBeGreaterThan(15);
      expect(blobs.some((b) => b.name.includes('checkpoint-image-logs') && b.name.endsWith('dump.log'))).toBe(true);
      // the restore image's config and history, as anyone who pulls it reads them
      const inspect = await podman(['image', 'inspect', ref]);
      expect(inspect.exitCode, inspect.stderr).toBe(0);
      const history = await podman(['history', '--no-trunc', '--format', 'json', ref]);
      expect(history.exitCode, history.stderr).toBe(0);
      // the env did reach the image config: its other variable is there, the secret's value blanked
      expect(inspect.stdout).toContain('APP_MODE=canary-test');
      expect(inspect.stdout).toContain('"DB_PASSWORD="');
      blobs.push({ name: 'podman image inspect', text: inspect.stdout }, { name: 'podman history', text: history.stdout });
      expectNoSecret(blobs, [PASSWORD, ENV_CANARY]);
      // the private auth folder is gone
      expect(blobs.filter((b) => b.name.includes('checkpoint-image-auth-'))).toEqual([]);
      await expectNothingLeft({ before, runIds: [path.basename(main.outputs['log-dir'] ?? '')] });
    } finally {
      await removeImages([ref]);
    }
  }, 300_000);

  it('a refused login (wrong password)', async () => {
    const before = await hostSnapshot();
    const { h, main, post } = await runAction('secret-bad', WRONG);
    expect(main.exitCode).toBe(1);
    expect(main.commands.join('\n')).toMatch(/::error::.*podman login to 127\.0\.0\.1:\d+ failed/);
    expect(post.exitCode).toBe(0);
    const blobs = await everythingWritten(h.dir, [['main', main], ['post', post]], [WRONG]);
    expectNoSecret(blobs, [WRONG, PASSWORD, ENV_CANARY]);
    expect(blobs.filter((b) => b.name.includes('checkpoint-image-auth-'))).toEqual([]);
    await expectNothingLeft({ before, runIds: [path.basename(main.outputs['log-dir'] ?? '')] });
    expect((await stat(h.dir)).isDirectory()).toBe(true);
  }, 300_000);
});
