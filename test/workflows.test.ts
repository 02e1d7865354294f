/**
 * Every workflow in workflows-examples/ and .github/workflows/, and action.yml, is checked offline by
 * two independent validators that ship their schemas in their npm packages:
 *
 *  - @action-validator/core: SchemaStore's github-workflow.json / github-action.json (JSON Schema),
 *    compiled into its WebAssembly module;
 *  - @actions/languageservice: GitHub's own workflow-v1.0 / action-v1.0 schemas (in its dependency
 *    @actions/workflow-parser, the parser behind the VS Code extension), plus expression-context
 *    checks, `with:` inputs against the called action's inputs, and reusable-workflow calls against
 *    the called workflow's typed inputs.
 *
 * Then project rules the schemas cannot know: the checkpoint-image steps only use inputs that
 * action.yml declares, images are the documented public ones, the reusable workflow is typed and
 * mirrors the action's defaults, and each example keeps the property it exists to show.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as actionValidator from '@action-validator/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, stringify } from 'yaml';
import { INPUT_SPECS, OUTPUT_SPECS, type InputSpec } from '../src/inputs.ts';

// @actions/workflow-parser imports its bundled JSON schemas without `with { type: 'json' }` (it is
// meant for bundlers), which Node refuses. Add the attribute for that package's own .json files only.
registerHooks({
  load(url, context, nextLoad) {
    if (/\/@actions\/(workflow-parser|languageservice)\/.*\.json$/.test(url)) {
      return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
    }
    return nextLoad(url, context);
  },
});
const languageService = await import('@actions/languageservice');

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES_DIR = join(ROOT, 'workflows-examples');
const WORKFLOWS_DIR = join(ROOT, '.github', 'workflows');
const REUSABLE = join(WORKFLOWS_DIR, 'checkpoint-image.yml');
const ACTION_REF = /^checkpoint-image\/checkpoint-image@/;
const REUSABLE_REF = 'checkpoint-image/checkpoint-image/.github/workflows/checkpoint-image.yml';

/** The public images the examples may name, as the runtimes document them. */
const RUNTIME_IMAGES: Record<string, readonly string[]> = {
  crac: ['azul/zulu-openjdk:21-jdk-crac'], // docs.azul.com/core/crac, Docker Hub azul/zulu-openjdk
  openj9: ['icr.io/appcafe/ibm-semeru-runtimes:open-21-jre-ubi-minimal'], // eclipse.dev/openj9/docs/criusupport (UBI only)
  liberty: ['icr.io/appcafe/open-liberty:kernel-slim-java21-openj9-ubi-minimal'], // openliberty.io/docs/latest/container-images.html
};
const SERVICE_IMAGES = ['registry:2'];
const DOCUMENTED_IMAGES = new Set([...Object.values(RUNTIME_IMAGES).flat(), ...SERVICE_IMAGES]);

// ---------------------------------------------------------------- loading

type Yaml = Record<string, unknown>;
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
}
interface Job {
  'runs-on'?: unknown;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  needs?: string | string[];
  if?: string;
  permissions?: unknown;
  strategy?: { 'fail-fast'?: boolean; matrix?: { include?: Array<Record<string, unknown>> } & Record<string, unknown> };
  services?: Record<string, { image?: string; ports?: unknown[] }>;
  container?: { image?: string } | string;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  jobs: Record<string, Job>;
}
interface WorkflowFile {
  path: string;
  name: string;
  text: string;
  doc: Workflow;
}

async function loadDir(dir: string): Promise<WorkflowFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(
    names.map(async (n) => {
      const path = join(dir, n);
      const text = await readFile(path, 'utf8');
      return { path, name: n, text, doc: parse(text) as Workflow };
    }),
  );
}

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}
interface ActionYaml {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main?: string };
}

/**
 * action.yml is written by the integrator (generated from src/inputs.ts). Until it exists, an
 * equivalent file is generated from the same INPUT_SPECS into this test's temp dir, never into the
 * repository.
 */
async function actionYamlPath(tmp: string): Promise<{ path: string; real: boolean }> {
  const real = join(ROOT, 'action.yml');
  if (existsSync(real)) return { path: real, real: true };
  const inputs = Object.fromEntries(
    Object.entries(INPUT_SPECS as Record<string, InputSpec>).map(([name, spec]) => [
      name,
      { description: spec.description, required: spec.required ?? false, ...(spec.default !== undefined ? { default: spec.default } : {}) },
    ]),
  );
  const outputs = Object.fromEntries(Object.entries(OUTPUT_SPECS).map(([name, description]) => [name, { description }]));
  const doc = {
    name: 'checkpoint-image',
    description: 'Build an instant-on Java container image (temporary stand-in for action.yml).',
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js' },
  };
  const path = join(tmp, 'action', 'action.yml');
  await mkdir(join(tmp, 'action'), { recursive: true });
  await writeFile(path, stringify(doc, { lineWidth: 0 }));
  return { path, real: false };
}

// ---------------------------------------------------------------- validator 1: SchemaStore (action-validator)

interface FlatError {
  path: string;
  code: string;
  detail: string;
}
type AvError = ReturnType<typeof actionValidator.validateWorkflow>['errors'][number];

function flatten(errors: readonly AvError[]): FlatError[] {
  return errors.flatMap((e): FlatError[] => {
    const here: FlatError = { path: 'path' in e ? e.path : `line ${e.location?.line ?? '?'}`, code: e.code, detail: e.detail ?? e.title };
    const nested = 'states' in e && e.states ? e.states.flatMap((s) => flatten(s.errors)) : [];
    return [here, ...nested];
  });
}

/**
 * Runs the validator with console.warn captured. The WebAssembly build cannot look at the file system,
 * so it warns that `paths` globs go unchecked; that notice is expected, any other warning is an error.
 */
function withWarnings(run: () => readonly AvError[]): FlatError[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    const errors = flatten(run());
    const unexpected = warnings.filter((w) => !/^WARNING: Glob validation is not yet supported\./.test(w));
    return [...errors, ...unexpected.map((w) => ({ path: '(warning)', code: 'warning', detail: w }))];
  } finally {
    console.warn = original;
  }
}

function schemaStoreWorkflowErrors(text: string): FlatError[] {
  return withWarnings(() => actionValidator.validateWorkflow(text).errors);
}

function schemaStoreActionErrors(text: string): FlatError[] {
  return withWarnings(() => actionValidator.validateAction(text).errors);
}

// ---------------------------------------------------------------- validator 2: GitHub's language service

const KNOWN_ACTIONS: Record<string, { inputs: string[]; required?: string[] }> = {
  'actions/checkout': {
    inputs: ['repository', 'ref', 'token', 'ssh-key', 'ssh-known-hosts', 'ssh-strict', 'ssh-user', 'persist-credentials', 'path', 'clean', 'filter', 'sparse-checkout', 'sparse-checkout-cone-mode', 'fetch-depth', 'fetch-tags', 'show-progress', 'lfs', 'submodules', 'set-safe-directory', 'github-server-url'],
  },
  'actions/setup-java': {
    inputs: ['java-version', 'java-version-file', 'distribution', 'java-package', 'architecture', 'jdkFile', 'check-latest', 'server-id', 'server-username', 'server-password', 'settings-path', 'overwrite-settings', 'gpg-private-key', 'gpg-passphrase', 'cache', 'cache-dependency-path', 'job-status', 'token', 'mvn-toolchain-id', 'mvn-toolchain-vendor'],
  },
  'actions/setup-node': {
    inputs: ['node-version', 'node-version-file', 'architecture', 'check-latest', 'registry-url', 'scope', 'token', 'cache', 'package-manager-cache', 'cache-dependency-path', 'mirror', 'mirror-token', 'always-auth'],
  },
  'actions/upload-artifact': {
    inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
    required: ['path'],
  },
  'actions/download-artifact': {
    inputs: ['name', 'artifact-ids', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id'],
  },
  'actions/github-script': {
    inputs: ['script', 'github-token', 'debug', 'user-agent', 'previews', 'result-encoding', 'retries', 'retry-exempt-status-codes', 'base-url'],
    required: ['script'],
  },
};

interface Diagnostic {
  line: number;
  severity: number | undefined;
  message: string;
}

function metadataFor(action: ActionYaml) {
  return {
    name: action.name,
    description: action.description,
    inputs: Object.fromEntries(
      Object.entries(action.inputs).map(([k, v]) => [k, { description: v.description ?? '', required: v.required ?? false, ...(v.default !== undefined ? { default: String(v.default) } : {}) }]),
    ),
  };
}

/** Validates one document with GitHub's language service; every diagnostic (error or warning) counts. */
async function languageServiceDiagnostics(uri: string, text: string, action: ActionYaml, reusableText: string): Promise<Diagnostic[]> {
  const logged: string[] = [];
  languageService.registerLogger({ log: () => {}, info: () => {}, warn: () => {}, error: (m: string) => logged.push(m) });
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const diagnostics = await languageService.validate(doc, {
    actionsMetadataProvider: {
      async fetchActionMetadata(ref) {
        const id = `${ref.owner}/${ref.name}`;
        if (id === 'checkpoint-image/checkpoint-image' && !ref.path) return metadataFor(action);
        const known = KNOWN_ACTIONS[id];
        if (!known || ref.path) return undefined; // reported as "Unable to resolve action"
        return {
          name: id,
          description: id,
          inputs: Object.fromEntries(known.inputs.map((i) => [i, { description: i, required: known.required?.includes(i) ?? false }])),
        };
      },
    },
    fileProvider: {
      async getFileContent(ref) {
        const path = 'owner' in ref ? `${ref.owner}/${ref.repository}/${ref.path}` : ref.path;
        if (path === REUSABLE_REF || path === '.github/workflows/checkpoint-image.yml') {
          return { name: '.github/workflows/checkpoint-image.yml', content: reusableText };
        }
        throw new Error(`no such workflow in this repository: ${path}`);
      },
    },
  });
  // validate() swallows its own exceptions into the log: an exception is a failure, not a pass.
  const crashes = logged.map((m) => ({ line: 0, severity: 1, message: `language service error: ${m}` }));
  return [...crashes, ...diagnostics.map((d) => ({ line: d.range.start.line + 1, severity: d.severity ?? 1, message: typeof d.message === "string" ? d.message : d.message.value }))];
}

// ---------------------------------------------------------------- helpers for the project rules

const stepsOf = (wf: Workflow): Array<{ job: string; step: Step }> =>
  Object.entries(wf.jobs).flatMap(([job, j]) => (j.steps ?? []).map((step) => ({ job, step })));

const isCheckpointImageStep = (s: Step) => !!s.uses && (ACTION_REF.test(s.uses) || s.uses === './' || s.uses === './.checkpoint-image-action');

const expr = (v: unknown) => (typeof v === 'string' ? /^\$\{\{\s*(.+?)\s*\}\}$/.exec(v.trim())?.[1] ?? null : null);

/** Values a `with:` value can take: the literal, or each matrix row's value for `${{ matrix.key }}`. */
function possibleValues(value: unknown, job: Job): unknown[] {
  const e = expr(value);
  const m = e ? /^matrix\.([\w-]+)$/.exec(e) : null;
  if (!m) return [value];
  const key = m[1] as string;
  const rows = job.strategy?.matrix?.include ?? [];
  const fromRows = rows.filter((r) => key in r).map((r) => r[key]);
  const axis = job.strategy?.matrix?.[key];
  return [...fromRows, ...(Array.isArray(axis) ? axis : [])];
}

/** Image references an example names: FROM lines, BASE/BASE_IMAGE build args, services and containers. */
function imagesOf(wf: Workflow): Array<{ job: string; image: string }> {
  const out: Array<{ job: string; image: string }> = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    for (const svc of Object.values(job.services ?? {})) if (svc.image) out.push({ job: name, image: svc.image });
    if (job.container) out.push({ job: name, image: typeof job.container === 'string' ? job.container : (job.container.image ?? '') });
    for (const step of job.steps ?? []) {
      for (const m of (step.run ?? '').matchAll(/^\s*FROM\s+(\S+)/gm)) {
        const ref = m[1] as string;
        if (!ref.startsWith('$')) out.push({ job: name, image: ref });
      }
      if (!isCheckpointImageStep(step)) continue;
      // Values that stay expressions (a reusable workflow's inputs) are the caller's to choose.
      const known = (v: unknown): v is string => typeof v === 'string' && v !== '' && !expr(v);
      for (const v of possibleValues(step.with?.['source-image'], job)) if (known(v)) out.push({ job: name, image: v });
      const args = String(step.with?.['build-args'] ?? '');
      for (const m of args.matchAll(/^\s*(?:BASE|BASE_IMAGE)=(.+)$/gm)) {
        for (const v of possibleValues((m[1] as string).trim(), job)) if (known(v)) out.push({ job: name, image: v });
      }
    }
  }
  return out;
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

// ---------------------------------------------------------------- suite

let tmp: string;
let examples: WorkflowFile[];
let workflows: WorkflowFile[];
let action: ActionYaml;
let actionText: string;
let actionPath: string;
let actionIsReal: boolean;
let reusableText: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ci-workflows-'));
  examples = await loadDir(EXAMPLES_DIR);
  workflows = await loadDir(WORKFLOWS_DIR);
  const found = await actionYamlPath(tmp);
  actionPath = found.path;
  actionIsReal = found.real;
  actionText = await readFile(actionPath, 'utf8');
  action = parse(actionText) as ActionYaml;
  reusableText = await readFile(REUSABLE, 'utf8');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const EXPECTED_EXAMPLES = ['crac.yml', 'liberty-instanton.yml', 'matrix.yml', 'openj9.yml', 'pr-check.yml', 'reusable-caller.yml'];
const EXPECTED_WORKFLOWS = ['check-dist.yml', 'checkpoint-image.yml', 'ci.yml', 'e2e.yml'];
const allFiles = () => [...examples, ...workflows];

describe('the files are there', () => {
  it('examples and workflows', () => {
    expect(examples.map((f) => f.name)).toEqual(expect.arrayContaining(EXPECTED_EXAMPLES));
    expect(workflows.map((f) => f.name)).toEqual(expect.arrayContaining(EXPECTED_WORKFLOWS));
  });

  it(`action.yml (${existsSync(join(ROOT, 'action.yml')) ? 'the repository one' : 'stand-in generated from src/inputs.ts'}) declares every input and output the workflows rely on`, () => {
    const documented = ['runtime', 'context', 'containerfile', 'build-args', 'source-image', 'image', 'tags', 'port', 'ready-url', 'ready-log', 'ready-timeout', 'warmup-url', 'warmup-requests', 'checkpoint-trigger', 'checkpoint-dir', 'checkpoint-timeout', 'min-pid', 'java-options', 'env', 'restore-flags', 'cap-add', 'security-opt', 'privileged', 'verify', 'verify-timeout', 'compare-runs', 'min-speedup', 'max-restore-ms', 'push', 'registry', 'username', 'password', 'tls-verify', 'log-dir', 'upload-logs', 'artifact-name', 'retention-days', 'manifests-dir'];
    expect(Object.keys(action.inputs).sort()).toEqual(expect.arrayContaining(documented));
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['image', 'digest', 'checkpoint-bytes', 'cold-start-ms', 'restore-start-ms', 'speedup', 'log-dir', 'manifests']));
    expect(actionIsReal || actionPath.startsWith(tmp)).toBe(true);
  });
});

describe('schema validation: SchemaStore schemas (@action-validator/core)', () => {
  it.each([...EXPECTED_EXAMPLES.map((n) => `workflows-examples/${n}`), ...EXPECTED_WORKFLOWS.map((n) => `.github/workflows/${n}`)])('%s', (rel) => {
    const file = allFiles().find((f) => f.path === join(ROOT, rel));
    expect(file, rel).toBeDefined();
    expect(schemaStoreWorkflowErrors(file?.text ?? '')).toEqual([]);
  });

  it('action.yml: valid, apart from a schema too old for node24', () => {
    // action-validator 0.6.0 embeds a SchemaStore github-action.json whose runs.using enum ends at
    // node20, while GitHub runs node24 (the runner is retiring node20). So: every error it reports
    // must be about runs.using, and the same file with node20 must be clean.
    const errors = schemaStoreActionErrors(actionText);
    const aboutUsing = (e: FlatError) => e.path === '/runs' || e.path.startsWith('/runs/using') || e.path.startsWith('/runs/main') || /Additional property '(main|post|pre|post-if|pre-if)'/.test(e.detail) || e.path.startsWith('/runs/steps') || e.path.startsWith('/runs/image');
    expect(errors.filter((e) => !aboutUsing(e))).toEqual([]);
    expect(action.runs.using).toBe('node24');
    const asNode20 = actionText.replace(/^(\s*using:\s*)['"]?node24['"]?\s*$/m, '$1node20');
    expect(asNode20).not.toBe(actionText);
    expect(schemaStoreActionErrors(asNode20)).toEqual([]);
  });

  it('rejects a broken workflow and a broken action (the validator is live)', () => {
    const broken = 'name: broken\non: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    stepz:\n      - run: echo hi\n';
    const errors = schemaStoreWorkflowErrors(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.detail).join('\n')).toMatch(/stepz/);
    const noJobs = schemaStoreWorkflowErrors('on: push\n');
    expect(noJobs.some((e) => /jobs/.test(`${e.path} ${e.detail}`))).toBe(true);
    const badAction = schemaStoreActionErrors('name: x\ndescription: y\nruns:\n  using: node20\n');
    expect(badAction.length).toBeGreaterThan(0);
  });
});

describe("schema validation: GitHub's own schemas and checks (@actions/languageservice)", () => {
  it.each([...EXPECTED_EXAMPLES.map((n) => `workflows-examples/${n}`), ...EXPECTED_WORKFLOWS.map((n) => `.github/workflows/${n}`)])('%s', async (rel) => {
    const file = allFiles().find((f) => f.path === join(ROOT, rel));
    expect(file, rel).toBeDefined();
    const diagnostics = await languageServiceDiagnostics(pathToFileURL(file?.path ?? rel).href, file?.text ?? '', action, reusableText);
    expect(diagnostics).toEqual([]);
  });

  it('action.yml', async () => {
    const uri = pathToFileURL(actionPath).href;
    expect(await languageServiceDiagnostics(uri, actionText, action, reusableText)).toEqual([]);
  });

  it('rejects broken workflows: unknown keys, wrong types, unknown action inputs, bad reusable-workflow inputs', async () => {
    const check = (name: string, text: string) => languageServiceDiagnostics(pathToFileURL(join(tmp, '.github', 'workflows', name)).href, text, action, reusableText);
    const messages = async (name: string, text: string) => (await check(name, text)).map((d) => d.message).join('\n');

    expect(await messages('n1.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    stepz:\n      - run: echo\n')).toMatch(/stepz/);
    expect(
      await messages('n2.yml', 'on:\n  workflow_call:\n    inputs:\n      x: {type: strng}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo\n'),
    ).toMatch(/strng/);
    expect(
      await messages('n3.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: checkpoint-image/checkpoint-image@v1\n        with:\n          runtime: crac\n          image: ghcr.io/a/b\n          ready-path: /health\n'),
    ).toMatch(/Invalid action input 'ready-path'/);
    expect(
      await messages('n4.yml', 'on: push\njobs:\n  a:\n    uses: checkpoint-image/checkpoint-image/.github/workflows/checkpoint-image.yml@v1\n    with:\n      runtime: crac\n      image: ghcr.io/a/b\n      ready-path: /health\n    secrets:\n      token: x\n'),
    ).toMatch(/ready-path is not defined in the referenced workflow[\s\S]*token is not defined/);
    expect(
      await messages('n5.yml', 'on: push\njobs:\n  a:\n    uses: checkpoint-image/checkpoint-image/.github/workflows/checkpoint-image.yml@v1\n    with:\n      image: ghcr.io/a/b\n'),
    ).toMatch(/runtime/);
    expect(await messages('n6.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/chekout@v5\n')).toMatch(/Unable to resolve action/);
    const badAction = await languageServiceDiagnostics(pathToFileURL(join(tmp, 'bad', 'action.yml')).href, 'name: x\ndescription: y\nruns:\n  using: node99\n  main: index.js\n', action, reusableText);
    expect(badAction.length).toBeGreaterThan(0);
  });
});

describe('project rules', () => {
  it('every checkpoint-image step passes only inputs that action.yml declares, and all required ones', () => {
    const declared = new Set(Object.keys(action.inputs));
    const required = Object.entries(action.inputs).filter(([, v]) => v.required && v.default === undefined).map(([k]) => k);
    let steps = 0;
    for (const file of allFiles()) {
      for (const { job, step } of stepsOf(file.doc)) {
        if (!isCheckpointImageStep(step)) continue;
        steps++;
        const keys = Object.keys(step.with ?? {});
        expect(keys.filter((k) => !declared.has(k)), `${file.name} job ${job}: unknown inputs`).toEqual([]);
        expect(required.filter((k) => !keys.includes(k)), `${file.name} job ${job}: missing required inputs`).toEqual([]);
      }
    }
    expect(steps).toBeGreaterThanOrEqual(9);
  });

  it('every example uses @v1 of the action (or the reusable workflow), never a local path', () => {
    for (const file of examples) {
      const uses = [...stepsOf(file.doc).map(({ step }) => step.uses ?? ''), ...Object.values(file.doc.jobs).map((j) => j.uses ?? '')].filter((u) => u.startsWith('checkpoint-image/') || u.startsWith('./'));
      expect(uses.length, file.name).toBeGreaterThan(0);
      for (const u of uses) expect(u, file.name).toMatch(/^checkpoint-image\/checkpoint-image(\/\.github\/workflows\/checkpoint-image\.yml)?@v1$/);
    }
  });

  it('every image is a documented public image, and each runtime gets its own', () => {
    let count = 0;
    for (const file of allFiles()) {
      for (const { job, image } of imagesOf(file.doc)) {
        count++;
        expect(DOCUMENTED_IMAGES.has(image), `${file.name} job ${job}: ${image}`).toBe(true);
      }
      // Pair runtime and base image: literal runtimes against the job's FROM lines, matrix rows row by row.
      for (const [name, job] of Object.entries(file.doc.jobs)) {
        for (const step of (job.steps ?? []).filter(isCheckpointImageStep)) {
          const runtime = step.with?.runtime;
          if (typeof runtime === 'string' && !expr(runtime)) {
            const froms = imagesOf({ jobs: { [name]: job } }).filter((i) => !SERVICE_IMAGES.includes(i.image));
            for (const { image } of froms) expect(RUNTIME_IMAGES[runtime], `${file.name} job ${name}: ${image} for ${runtime}`).toContain(image);
          }
          for (const row of job.strategy?.matrix?.include ?? []) {
            if (typeof row.runtime === 'string' && typeof row['base-image'] === 'string') {
              expect(RUNTIME_IMAGES[row.runtime], `${file.name} matrix row ${row.runtime}`).toContain(row['base-image']);
            }
          }
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(10);
    const named = new Set(allFiles().flatMap((f) => imagesOf(f.doc).map((i) => i.image)));
    for (const image of DOCUMENTED_IMAGES) expect(named.has(image), `${image} appears in some workflow`).toBe(true);
  });

  it('the examples and e2e run on ubuntu-22.04 (podman 3.4.4) and ubuntu-24.04 (podman 4.9), and only there', () => {
    const RUNNERS = ['ubuntu-22.04', 'ubuntu-24.04'];
    const reusableDefault = String(((parse(reusableText) as Workflow).on as { workflow_call: { inputs: Record<string, { default?: unknown }> } }).workflow_call.inputs['runs-on']?.default);
    for (const file of allFiles()) {
      const actionRunners = new Set<string>();
      for (const [name, job] of Object.entries(file.doc.jobs)) {
        // a call of the reusable workflow runs where its `runs-on` input says (default ubuntu-24.04)
        const labels = job.uses
          ? (job.with?.['runs-on'] === undefined ? [reusableDefault] : possibleValues(job.with['runs-on'], job)).map(String)
          : possibleValues(job['runs-on'], job).flatMap(asList).map(String);
        for (const label of labels) {
          if (expr(label)) continue; // the reusable workflow's own `inputs.runs-on`
          expect(RUNNERS, `${file.name} job ${name}`).toContain(label);
        }
        const runsAction = !!job.uses?.startsWith(`${REUSABLE_REF}@`) || (job.steps ?? []).some(isCheckpointImageStep);
        if (runsAction) for (const l of labels) actionRunners.add(l);
      }
      const isExample = examples.includes(file);
      if (isExample || file.name === 'e2e.yml') expect([...actionRunners].sort(), file.name).toEqual(RUNNERS);
    }
  });

  it('matrix cells that push or upload name their runner, so the two runner images never collide', () => {
    for (const file of [...examples, ...workflows.filter((f) => f.name === 'e2e.yml')]) {
      for (const [name, job] of Object.entries(file.doc.jobs)) {
        const os = job.strategy?.matrix?.os;
        if (!Array.isArray(os) || os.length < 2) continue;
        for (const step of job.steps ?? []) {
          const w = step.with ?? {};
          const named = [w.tags, w['artifact-name'], step.uses?.startsWith('actions/upload-artifact') ? w.name : undefined].filter((v) => v !== undefined);
          for (const v of named) expect(String(v), `${file.name} job ${name}`).toMatch(/matrix\.os|env\.TAG/);
        }
      }
    }
  });

  it('crac.yml: a jcmd job and a Spring onRefresh job, pushing to GHCR with GITHUB_TOKEN', () => {
    const wf = examples.find((f) => f.name === 'crac.yml')?.doc as Workflow;
    expect(wf.permissions).toMatchObject({ packages: 'write' });
    const steps = stepsOf(wf).map(({ step }) => step).filter(isCheckpointImageStep);
    const jcmd = steps.find((s) => s.with?.['checkpoint-trigger'] === 'jcmd');
    const app = steps.find((s) => s.with?.['checkpoint-trigger'] === 'app');
    expect(jcmd?.with).toMatchObject({ runtime: 'crac', push: true, password: '${{ secrets.GITHUB_TOKEN }}' });
    expect(app?.with).toMatchObject({ runtime: 'crac', push: true, password: '${{ secrets.GITHUB_TOKEN }}' });
    expect(String(app?.with?.['java-options'])).toContain('-Dspring.context.checkpoint=onRefresh');
    // The image name is ghcr.io/<owner>/<repo>, lowercased in a step (GHCR rejects capitals).
    for (const s of steps) expect(s.with?.image).toBe('${{ steps.name.outputs.image }}');
    expect(examples.find((f) => f.name === 'crac.yml')?.text).toContain('image=ghcr.io/${GITHUB_REPOSITORY,,}');
  });

  it('openj9.yml: the Semeru UBI image as IBM ships it (USER 1001), -XX:+EnableCRIUSupport app-triggered, and org.crac in CRaC mode', () => {
    const file = examples.find((f) => f.name === 'openj9.yml') as WorkflowFile;
    const steps = stepsOf(file.doc).map(({ step }) => step).filter(isCheckpointImageStep);
    expect(steps.every((s) => s.with?.runtime === 'openj9' && s.with?.['checkpoint-trigger'] === 'app')).toBe(true);
    const opts = steps.map((s) => String(s.with?.['java-options'] ?? ''));
    expect(opts.some((o) => o.includes('-XX:+EnableCRIUSupport'))).toBe(true);
    // org.crac needs -XX:CRaCCheckpointTo, and OpenJ9 refuses it together with -XX:+EnableCRIUSupport
    const crac = opts.filter((o) => o.includes('-Dspring.context.checkpoint=onRefresh'));
    expect(crac.length).toBe(1);
    expect(crac[0]).toMatch(/-XX:CRaCCheckpointTo=\/opt\/checkpoint\b/);
    for (const o of opts) expect(o.includes('-XX:+EnableCRIUSupport') && o.includes('-XX:CRaCCheckpointTo')).toBe(false);
    expect(file.text).toMatch(/org\.crac/);
    expect(file.text).not.toMatch(/^\s*USER\s+(root|0)\b/m);
  });

  it('matrix.yml and e2e.yml: OpenJ9 cells pass only what OpenJ9 accepts, and no Containerfile switches to root', () => {
    const matrix = examples.find((f) => f.name === 'matrix.yml') as WorkflowFile;
    const [, job] = Object.entries(matrix.doc.jobs).find(([, j]) => j.strategy?.matrix) as [string, Job];
    const openj9 = (job.strategy?.matrix?.include ?? []).find((r) => r.runtime === 'openj9') as Record<string, unknown>;
    if (String(openj9['java-options']).includes('onRefresh')) expect(String(openj9['java-options'])).toMatch(/-XX:CRaCCheckpointTo=/);
    expect(String(openj9['java-options'])).not.toMatch(/EnableCRIUSupport/);
    expect(matrix.text).not.toMatch(/^\s*USER\s+(root|0)\b/m);
    const e2e = workflows.find((f) => f.name === 'e2e.yml') as WorkflowFile;
    const [, e2eJob] = Object.entries(e2e.doc.jobs).find(([, j]) => j.services) as [string, Job];
    const row = (e2eJob.strategy?.matrix?.include ?? []).find((r) => r.runtime === 'openj9') as Record<string, unknown>;
    // jcmd JDK.checkpoint exists only in OpenJ9's CRaC mode, which this cell does not select
    expect(row.trigger).not.toBe('jcmd');
  });

  it('liberty-instanton.yml: runtime liberty, no RUN checkpoint.sh in the Containerfile', () => {
    const file = examples.find((f) => f.name === 'liberty-instanton.yml') as WorkflowFile;
    const steps = stepsOf(file.doc).map(({ step }) => step).filter(isCheckpointImageStep);
    expect(steps.map((s) => s.with?.runtime)).toEqual(['liberty']);
    const runs = stepsOf(file.doc).map(({ step }) => step.run ?? '').join('\n');
    expect(runs).not.toMatch(/RUN\s+checkpoint\.sh/);
  });

  it('matrix.yml: fail-fast off across crac/openj9/liberty, an artifact per cell, and a job comparing restore-start-ms', () => {
    const wf = examples.find((f) => f.name === 'matrix.yml')?.doc as Workflow;
    const [matrixName, matrixJob] = Object.entries(wf.jobs).find(([, j]) => j.strategy?.matrix) as [string, Job];
    expect(matrixJob.strategy?.['fail-fast']).toBe(false);
    expect((matrixJob.strategy?.matrix?.include ?? []).map((r) => r.runtime).sort()).toEqual(['crac', 'liberty', 'openj9']);
    const step = (matrixJob.steps ?? []).find(isCheckpointImageStep) as Step;
    expect(String(step.with?.['artifact-name'])).toMatch(/\$\{\{\s*matrix\.runtime\s*\}\}/);
    const uploads = (matrixJob.steps ?? []).filter((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(uploads.some((s) => /matrix\.runtime/.test(String(s.with?.name)))).toBe(true);
    const compare = Object.values(wf.jobs).find((j) => asList(j.needs).includes(matrixName)) as Job;
    expect(compare).toBeDefined();
    expect(compare.if).toMatch(/cancelled\(\)|always\(\)/);
    expect(JSON.stringify(compare.steps)).toContain('restore-start-ms');
  });

  it('pr-check.yml: pull_request only, nothing pushed, thresholds set, and no write token where PR code runs', () => {
    const file = examples.find((f) => f.name === 'pr-check.yml') as WorkflowFile;
    const wf = file.doc;
    expect(Object.keys(wf.on as Yaml)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      const steps = job.steps ?? [];
      const runsPrCode = steps.some((s) => s.uses?.startsWith('actions/checkout'));
      const writes = Object.entries((job.permissions ?? {}) as Record<string, string>).filter(([, v]) => v === 'write').map(([k]) => k);
      if (runsPrCode) expect(writes, `job ${name} checks out the PR and may not write`).toEqual([]);
      for (const s of steps.filter(isCheckpointImageStep)) {
        expect(s.with?.push).toBe(false);
        expect(Number(s.with?.['min-speedup'])).toBeGreaterThan(1);
        expect(Number(s.with?.['max-restore-ms'])).toBeGreaterThan(0);
        expect(s.with).not.toHaveProperty('password');
      }
      if (writes.length) {
        // The commenting job: no checkout, no secrets, and only validated numbers in the body.
        expect(JSON.stringify(job)).not.toMatch(/secrets\./);
        expect(JSON.stringify(job)).toMatch(/\\\\d\+/);
      }
    }
  });

  it('the reusable workflow is typed, mirrors the action, and runs the action at its own commit', () => {
    const wf = workflows.find((f) => f.name === 'checkpoint-image.yml')?.doc as Workflow;
    const call = (wf.on as Yaml).workflow_call as {
      inputs: Record<string, { type?: string; required?: boolean; default?: unknown; description?: string }>;
      secrets: Record<string, { required?: boolean }>;
      outputs: Record<string, { value: string }>;
    };
    expect(Object.keys(wf.on as Yaml)).toEqual(['workflow_call']);
    for (const [name, spec] of Object.entries(call.inputs)) {
      expect(['string', 'number', 'boolean'], `input ${name} type`).toContain(spec.type);
      expect(spec.description, `input ${name} description`).toBeTruthy();
      if (!spec.required) {
        expect(spec.default, `input ${name} default`).toBeDefined();
        expect(typeof spec.default, `input ${name} default type`).toBe(spec.type);
      }
    }
    // Every action input is exposed (the password as a secret), with the action's default.
    const actionInputs = Object.keys(action.inputs).filter((k) => k !== 'password');
    expect(Object.keys(call.inputs)).toEqual(expect.arrayContaining(actionInputs));
    for (const name of actionInputs) {
      const def = action.inputs[name]?.default;
      const mine = call.inputs[name];
      if (action.inputs[name]?.required) expect(mine?.required, `input ${name} required`).toBe(true);
      else expect(String(mine?.default), `input ${name} default`).toBe(String(def ?? ''));
    }
    expect(call.secrets).toHaveProperty('registry-password');
    expect(call.secrets['registry-password']?.required).toBe(false);
    for (const out of ['image', 'digest', 'restore-start-ms', 'cold-start-ms']) expect(call.outputs).toHaveProperty(out);

    const [jobName, job] = Object.entries(wf.jobs)[0] as [string, Job];
    for (const [out, spec] of Object.entries(call.outputs)) {
      const m = /^\$\{\{\s*jobs\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(spec.value);
      expect(m?.[1], `output ${out}`).toBe(jobName);
      expect(job.outputs ?? {}, `output ${out}`).toHaveProperty(m?.[2] as string);
    }
    const steps = job.steps ?? [];
    const selfCheckout = steps.find((s) => s.with?.path === '.checkpoint-image-action');
    expect(selfCheckout?.uses).toMatch(/^actions\/checkout@/);
    expect(selfCheckout?.with).toMatchObject({ repository: '${{ job.workflow_repository }}', ref: '${{ job.workflow_sha }}' });
    const run = steps.find((s) => s.uses === './.checkpoint-image-action') as Step;
    expect(run).toBeDefined();
    expect(steps.indexOf(run)).toBeGreaterThan(steps.indexOf(selfCheckout as Step));
    // Each input reaches the action under its own name.
    for (const name of actionInputs) expect(String(run.with?.[name]), `with.${name}`).toContain(`inputs.${name}`);
    expect(String(run.with?.password)).toContain('secrets.registry-password');
    // The job's GITHUB_TOKEN goes to ghcr.io only.
    expect(String(run.with?.password)).toMatch(/github\.token/);
    expect(String(run.with?.password)).toMatch(/ghcr\.io/);
  });

  it("calls of the reusable workflow pass values of the declared types (the language service does not check them)", () => {
    const call = ((parse(reusableText) as Workflow).on as Yaml).workflow_call as { inputs: Record<string, { type: string }> };
    const typeErrors = (job: Job) =>
      Object.entries(job.with ?? {}).flatMap(([k, v]) => {
        const type = call.inputs[k]?.type;
        if (!type || expr(v)) return [];
        const ok = type === 'number' ? typeof v === 'number' : type === 'boolean' ? typeof v === 'boolean' : typeof v === 'string';
        return ok ? [] : [`${k}: ${JSON.stringify(v)} is not a ${type}`];
      });
    let calls = 0;
    for (const file of allFiles()) {
      for (const [name, job] of Object.entries(file.doc.jobs)) {
        if (!job.uses?.startsWith(`${REUSABLE_REF}@`)) continue;
        calls++;
        expect(typeErrors(job), `${file.name} job ${name}`).toEqual([]);
      }
    }
    expect(calls).toBeGreaterThan(0);
    const bad = parse(`jobs:\n  a:\n    uses: ${REUSABLE_REF}@v1\n    with:\n      runtime: crac\n      port: not-a-number\n      push: 'yes'\n      min-speedup: 4\n`) as Workflow;
    expect(typeErrors(bad.jobs.a as Job)).toEqual(['port: "not-a-number" is not a number', 'push: "yes" is not a boolean', 'min-speedup: 4 is not a string']);
  });

  it('reusable-caller.yml calls the reusable workflow and uses its outputs', () => {
    const wf = examples.find((f) => f.name === 'reusable-caller.yml')?.doc as Workflow;
    const callers = Object.entries(wf.jobs).filter(([, j]) => j.uses?.startsWith(`${REUSABLE_REF}@`));
    expect(callers.length).toBeGreaterThanOrEqual(1);
    const minimal = callers.map(([, j]) => j).sort((a, b) => Object.keys(a.with ?? {}).length - Object.keys(b.with ?? {}).length)[0];
    expect(Object.keys(minimal?.with ?? {}).filter((k) => k !== 'runs-on')).toHaveLength(2);
    expect(minimal?.with).toHaveProperty('runtime');
    expect(minimal?.with).toHaveProperty('image');
    const consumer = Object.values(wf.jobs).find((j) => callers.some(([n]) => asList(j.needs).includes(n)));
    expect(JSON.stringify(consumer)).toMatch(/needs\.[\w-]+\.outputs\.restore-start-ms/);
  });

  it('ci.yml runs npm ci and npm test; check-dist.yml rebuilds dist and diffs it; e2e.yml runs uses: ./ against a registry:2 service', () => {
    const text = (n: string) => workflows.find((f) => f.name === n)?.text ?? '';
    const runs = (n: string) => stepsOf(workflows.find((f) => f.name === n)?.doc as Workflow).map(({ step }) => step.run ?? '').join('\n');
    expect(runs('ci.yml')).toMatch(/\bnpm ci\b/);
    expect(runs('ci.yml')).toMatch(/\bnpm test\b/);
    expect(runs('check-dist.yml')).toMatch(/\bnpm run build\b/);
    expect(runs('check-dist.yml')).toMatch(/git diff [^\n]*--exit-code[^\n]*dist\//);
    const e2e = workflows.find((f) => f.name === 'e2e.yml')?.doc as Workflow;
    const [, job] = Object.entries(e2e.jobs).find(([, j]) => j.services) as [string, Job];
    expect(job.services?.registry?.image).toBe('registry:2');
    expect(JSON.stringify(job.services?.registry?.ports)).toContain('5000:5000');
    expect(job.strategy?.matrix?.os).toEqual(['ubuntu-22.04', 'ubuntu-24.04']);
    expect((job.strategy?.matrix?.runtime as string[]).sort()).toEqual(['crac', 'openj9']);
    const step = (job.steps ?? []).find((s) => s.uses === './') as Step;
    expect(step.with).toMatchObject({ push: true, 'tls-verify': false });
    expect(step.with?.image).toBe('${{ env.IMAGE }}');
    expect((job as Job & { env?: Record<string, string> }).env?.IMAGE).toMatch(/^localhost:5000\//);
    expect(text('e2e.yml')).toMatch(/actions\/upload-artifact@[^\n]*\n[^\n]*\n\s*name: e2e-summary/);
  });

  it('the project rules fail on a broken example (the lint can fail)', () => {
    const broken = parse(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    steps:\n      - run: |\n          cat > Containerfile <<EOF\n          FROM eclipse-temurin:21\n          EOF\n      - uses: checkpoint-image/checkpoint-image@v1\n        with:\n          runtime: crac\n          image: ghcr.io/a/b\n          ready-path: /health\n',
    ) as Workflow;
    const declared = new Set(Object.keys(action.inputs));
    const unknown = stepsOf(broken).flatMap(({ step }) => (isCheckpointImageStep(step) ? Object.keys(step.with ?? {}).filter((k) => !declared.has(k)) : []));
    expect(unknown).toEqual(['ready-path']);
    expect(imagesOf(broken).map((i) => i.image).filter((i) => !DOCUMENTED_IMAGES.has(i))).toEqual(['eclipse-temurin:21']);
    expect(possibleValues(broken.jobs.a?.['runs-on'], broken.jobs.a as Job)).toEqual(['ubuntu-22.04']);
  });
});
