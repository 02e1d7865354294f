/**
 * Runs the bundled action as the GitHub runner does: `node dist/<step>/index.js` as a child
 * process with INPUT_* variables (action.yml defaults applied, as the runner applies them) and the
 * GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files; then parses what it wrote.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { tempDir } from './temp.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface StepRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** `::error ...::message` and `::warning` lines. */
  commands: string[];
}

/** Parses the `name<<DELIM\nvalue\nDELIM` blocks @actions/core appends to GITHUB_OUTPUT/STATE. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(ghadelimiter_[0-9a-f-]+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i] ?? '');
    out[m[1]!] = body.join('\n');
  }
  return out;
}

export async function actionDefaults(): Promise<Record<string, string>> {
  const doc = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(doc.inputs).filter(([, v]) => v.default !== undefined).map(([k, v]) => [k, String(v.default)]));
}

export interface Harness {
  dir: string;
  env: NodeJS.ProcessEnv;
  /**
   * `onStdout` gets each chunk, everything printed so far and `cancel`, which cancels the step as the
   * runner does: the whole process tree (the step runs in a process group of its own) gets SIGTERM.
   */
  run(step: 'main' | 'post', opts?: { onStdout?: (chunk: string, cancel: () => void, soFar: string) => void; extraEnv?: NodeJS.ProcessEnv }): Promise<StepRun>;
}

export async function actionHarness(inputs: Record<string, string>, workspace: string): Promise<Harness> {
  const dir = await tempDir('checkpoint-image-action-');
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary', GITHUB_ENV: 'env', GITHUB_PATH: 'path' };
  for (const f of Object.values(files)) await writeFile(path.join(dir, f), '');
  const merged = { ...(await actionDefaults()), ...inputs };
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.ACTIONS_RUNTIME_TOKEN;
  delete env.ACTIONS_RESULTS_URL;
  for (const k of Object.keys(env)) if (k.startsWith('INPUT_') || k.startsWith('STATE_')) delete env[k];
  Object.assign(env, Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)])), {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_JOB: 'e2e',
    GITHUB_RUN_ID: '1',
    GITHUB_WORKFLOW_REF: 'owner/repo/.github/workflows/ci.yml@refs/heads/main',
  });
  for (const [k, v] of Object.entries(merged)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return {
    dir,
    env,
    async run(step, opts = {}) {
      const stepEnv = { ...env, ...opts.extraEnv };
      if (step === 'post') {
        // the runner hands main's saved state to post as STATE_<name>
        const state = parseCommandFile(await readFile(path.join(dir, 'state'), 'utf8'));
        for (const [k, v] of Object.entries(state)) stepEnv[`STATE_${k}`] = v;
      }
      // a process group of its own, so that a cancellation reaches podman children as on the runner
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', step, 'index.js')], { env: stepEnv, cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      let stdout = '';
      let stderr = '';
      let cancelled = false;
      const cancel = () => {
        if (cancelled || child.pid === undefined) return;
        cancelled = true;
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // the group is gone already
        }
      };
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        opts.onStdout?.(c.toString(), cancel, stdout);
      });
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const exitCode = await new Promise<number>((resolve) => child.on('close', (code, sig) => resolve(code ?? (sig ? 143 : 1))));
      const read = (f: string) => readFile(path.join(dir, f), 'utf8');
      return {
        exitCode,
        stdout,
        stderr,
        outputs: parseCommandFile(await read('output')),
        state: parseCommandFile(await read('state')),
        summary: await read('summary'),
        commands: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
      };
    },
  };
}
