/**
 * Shared by the reliability tests: a runner that records every command while really running it,
 * the "nothing left behind" check, and small file helpers. Everything runs for real; nothing here
 * skips.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { run, runChecked, type ExecResult, type Runner } from '../../src/exec.ts';
import { danglingImages, leftovers, podman } from '../support/e2e.ts';

export interface RecordedCall {
  command: string;
  args: readonly string[];
  /** What went to stdin (the registry password travels this way). */
  input?: string;
  result?: ExecResult;
}

/** Wraps the real runner: every argv is recorded, then executed unchanged. */
export function recordingRunner(): { runner: Runner; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const runner: Runner = async (command, args, options) => {
    const call: RecordedCall = { command, args: [...args], input: options?.input };
    calls.push(call);
    call.result = await run(command, args, options);
    return call.result;
  };
  return { runner, calls };
}

/** The podman subcommand of a recorded call (after global flags such as `--runtime runc`). */
export function podmanVerb(call: RecordedCall): string | null {
  if (call.command !== 'podman' && !(call.command === 'sudo' && call.args.includes('podman'))) return null;
  const args = call.command === 'sudo' ? call.args.slice(call.args.indexOf('podman') + 1) : call.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--runtime') {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return a;
  }
  return null;
}

/** `podman run` calls, with the value of `--name`. */
export function podmanRuns(calls: readonly RecordedCall[]): Array<{ name: string; args: readonly string[] }> {
  return calls
    .filter((c) => podmanVerb(c) === 'run')
    .map((c) => ({ name: valueOf(c.args, '--name')[0] ?? '', args: c.args }));
}

/** Every value that follows `flag` in argv (`--cap-add A --cap-add B` → [A, B]). */
export function valueOf(args: readonly string[], flag: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (a === flag && i + 1 < args.length) out.push(args[i + 1]!);
  });
  return out;
}

/** Containers podman does not list by default (buildah's working containers of a failed build). */
export async function externalContainers(): Promise<string[]> {
  const args = ['ps', '-a', '--external', '--format', '{{.ID}} {{.Names}}'];
  // podman lists storage's containers, then looks each up: one that another process removes in
  // between fails the whole listing ("determining buildah container for container …: container not
  // known", measured beside a build/run/rmi loop). Asked again; any other failure fails at once.
  for (let attempt = 1; attempt < 5; attempt++) {
    const r = await run('podman', args);
    if (r.exitCode === 0 && !r.timedOut) return r.stdout.split('\n').filter(Boolean);
    if (!/container not known/.test(r.stderr)) break;
    await new Promise((res) => setTimeout(res, 200 * attempt));
  }
  return (await runChecked(run, 'podman', args)).stdout.split('\n').filter(Boolean);
}

export interface HostSnapshot {
  dangling: string[];
  external: string[];
}

export async function hostSnapshot(): Promise<HostSnapshot> {
  return { dangling: await danglingImages(), external: await externalContainers() };
}

/**
 * Every job key of one test file's runs starts with this, so its containers
 * (`checkpoint-image-<runId>-…`) and temporary images (`checkpoint-image-tmp:<runId>`) are told
 * apart from those of any other run on this host's podman: another test file, another session,
 * another checkout running the same tests (hence the random part, new for each test file).
 */
export const JOB_PREFIX = `rel${randomBytes(2).toString('hex')}`;

/** What `leftovers()` finds that belongs to these tests (all of it when the host is not shared). */
export async function ownLeftovers(runIds: readonly string[] = []): Promise<{ own: string[]; foreign: string[] }> {
  const all = await leftovers();
  const mine = (l: string) =>
    l.startsWith(`checkpoint-image-${JOB_PREFIX}`) || l.includes(`checkpoint-image-tmp:${JOB_PREFIX}`) || runIds.some((id) => l.includes(id));
  return { own: all.filter(mine), foreign: all.filter((l) => !mine(l)) };
}

export interface LeftCheck {
  before: HostSnapshot;
  /** The pipeline result: cleanup must report nothing it could not remove. */
  result?: { leftovers: string[]; runId?: string; logDir?: string; build?: { config: { id: string } } | null; commit?: { imageId: string } | null } | null;
  /** Run ids whose containers and images must be gone (besides the `rel` job keys). */
  runIds?: string[];
}

/** Figures over the whole suite file, printed by the tests. */
export const tally = { checks: 0, leftovers: 0, foreign: 0 };

/**
 * Nothing left behind: no container or temporary image of this run, no image of this run left
 * dangling, no new buildah working container. Returns how many leftovers were found.
 */
export async function expectNothingLeft(check: LeftCheck): Promise<number> {
  const runIds = [...(check.runIds ?? []), ...(check.result?.runId ? [check.result.runId] : []), ...(check.result?.logDir ? [path.basename(check.result.logDir)] : [])];
  const { own, foreign } = await ownLeftovers(runIds);
  const ids = [check.result?.build?.config.id, check.result?.commit?.imageId].filter((x): x is string => !!x);
  const dangling = (await danglingImages()).filter((d) => !check.before.dangling.includes(d));
  const ownDangling = dangling.filter((d) => ids.some((id) => id.startsWith(d) || d.startsWith(id.slice(0, 12))));
  // a build running in another session shows its working container while it runs: wait until the
  // new ones are gone (a leftover stays, and is reported once the bound is spent)
  // (only those seen now: ours ended with our run, one that appears later is someone else's)
  let external = (await externalContainers()).filter((c) => !check.before.external.includes(c) && /working-container/.test(c));
  for (const deadline = Date.now() + 120_000; external.length && Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await externalContainers();
    external = external.filter((c) => now.includes(c));
  }
  tally.checks++;
  tally.leftovers += own.length + ownDangling.length + external.length + (check.result?.leftovers.length ?? 0);
  tally.foreign += foreign.length;
  if (foreign.length) console.log(`note: leftovers of another session on this host (not ours, ignored): ${foreign.join(', ')}`);
  expect(check.result?.leftovers ?? [], 'cleanup reported things it could not remove').toEqual([]);
  expect(own, 'containers or temporary images left behind').toEqual([]);
  expect(ownDangling, 'images of this run left dangling').toEqual([]);
  expect(external, 'buildah working containers left behind').toEqual([]);
  return own.length + ownDangling.length + external.length;
}

/** Removes images a successful run produced (ignores the ones that are gone). */
export async function removeImages(refs: readonly string[]): Promise<void> {
  for (const ref of refs) await podman(['rmi', '-f', '--ignore', ref]);
}

/** Every regular file under a folder, recursively. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  await walk(dir);
  return out.sort();
}

export async function nonEmptyFiles(dir: string): Promise<string[]> {
  const files = await filesUnder(dir);
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size)));
  return files.filter((_, i) => (sizes[i] ?? 0) > 0);
}

export const tempDir = (prefix: string) => mkdtemp(path.join(os.tmpdir(), `checkpoint-image-rel-${prefix}-`));

/** A name unique to this test run (lowercase, valid as an image name component). */
export const uniqueName = (label: string) => `rel-${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/**
 * Points RUNNER_TEMP (default log folders, the push step's auth folder) at a folder of this test
 * file for its duration, and removes it afterwards.
 */
export function useRunnerTemp(label: string): { readonly dir: string } {
  const state = { dir: '', saved: undefined as string | undefined };
  beforeAll(async () => {
    state.saved = process.env.RUNNER_TEMP;
    state.dir = await tempDir(label);
    process.env.RUNNER_TEMP = state.dir;
  });
  afterAll(async () => {
    if (state.saved === undefined) delete process.env.RUNNER_TEMP;
    else process.env.RUNNER_TEMP = state.saved;
    if (state.dir) await rm(state.dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return state.dir;
    },
  };
}
