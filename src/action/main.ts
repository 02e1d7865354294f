/**
 * The action's main step: read the inputs, run the pipeline, and show the result the GitHub way
 * (outputs, annotations, job summary, log artifact). State saved after every change lets the post
 * step clean up when this step is cancelled or crashes.
 */
import * as core from '@actions/core';
import { INPUT_NAMES, InputError, parseInputs, type RawInputs } from '../inputs.ts';
import { runPipeline, type PipelineResult } from '../pipeline/run.ts';
import type { Reporter } from '../reporter.ts';
import { jobKeyFromEnv, summaryMarkdown } from '../report/summary.ts';
import { fixLocations, toAnnotations } from './annotations.ts';
import { defaultArtifactName, uploadLogDir } from './artifacts.ts';
import { saveState, type ActionState } from './state.ts';
import { githubImageCache } from './cache.ts';

export const githubReporter: Reporter = {
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  group: (title, fn) => core.group(title, fn),
};

export function readActionInputs(): RawInputs {
  const raw: RawInputs = {};
  // empty means "not given": the schema applies the default
  for (const name of INPUT_NAMES) {
    const v = core.getInput(name);
    if (v !== '') raw[name] = v;
  }
  return raw;
}

export async function run(): Promise<void> {
  const raw = readActionInputs();
  if (typeof raw.password === 'string') core.setSecret(raw.password);
  let config;
  try {
    config = parseInputs(raw);
  } catch (e) {
    if (e instanceof InputError) return failInputs(e);
    throw e;
  }
  const artifactName = config.artifactName ?? defaultArtifactName(config.runtime, process.env, JSON.stringify([config.imageName, config.tags, config.context, config.runtime]));
  let state: ActionState = { done: false, resources: { containers: [], tempTags: [], secretPaths: [] }, logDir: '', runId: '', ociRuntime: null, podmanVersion: null, sudo: false, artifactName, retentionDays: config.retentionDays };
  const imageCache = config.cache ? githubImageCache() : null;
  if (config.cache && !imageCache) core.notice('cache: the GitHub Actions cache service is not available here; base images are pulled as usual.');
  // an input only the host can judge (a log folder this user cannot write) is refused like the others
  let result: PipelineResult;
  try {
    result = await runPipeline(config, {
      reporter: githubReporter,
      imageCache,
      // saved before anything starts: after a cancellation, post still knows where the logs are
      onStart: ({ runId, logDir }) => {
        state = { ...state, runId, logDir };
        saveState(state);
      },
      // post cleans up after a cancellation: it must reach podman the same way (runc, sudo)
      onPreflight: (pre) => {
        state = { ...state, ociRuntime: pre.engine.ociRuntime ?? null, podmanVersion: pre.podman.version, sudo: pre.sudo };
        saveState(state);
      },
      onResources: (resources) => {
        state = { ...state, resources };
        saveState(state);
      },
    });
  } catch (e) {
    if (e instanceof InputError) return failInputs(e);
    throw e;
  }
  await report(result, artifactName);
  saveState({ ...state, done: true, resources: { containers: [], tempTags: [], secretPaths: [] } });
  if (!result.ok) core.setFailed(result.error ?? 'checkpoint-image failed');
}

function failInputs(e: InputError): void {
  for (const issue of e.issues) core.error(issue, { title: 'checkpoint-image: invalid input' });
  core.setFailed(`checkpoint-image: ${e.issues.length === 1 ? 'an input is' : `${e.issues.length} inputs are`} invalid (see the annotations); nothing was started.`);
}

async function report(result: PipelineResult, artifactName: string): Promise<void> {
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const where = await fixLocations(workspace, result.build?.containerfile ?? null, process.env);
  for (const a of toAnnotations(result.findings, where)) {
    core.error(a.message, { title: a.title, file: a.file, startLine: a.startLine });
  }
  const policy = result.config.uploadLogs;
  let artifactUrl: string | null = null;
  if (policy === 'always' || (policy === 'on-failure' && !result.ok)) {
    const up = await uploadLogDir(result.logDir, artifactName, result.config.retentionDays);
    artifactUrl = up.url;
    if (up.uploaded) core.info(up.message);
    else core.notice(up.message);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(summaryMarkdown(result, { artifactUrl, jobKey: jobKeyFromEnv(process.env, result.config) }), true).write();
    } catch (e) {
      core.warning(`could not write the job summary: ${(e as Error).message}`);
    }
  }
}
