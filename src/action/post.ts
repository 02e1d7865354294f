/**
 * The action's post step: runs even when main failed, crashed or was cancelled. When main did not
 * finish, it removes what main created (tracked in state) and uploads the logs. Idempotent; it only
 * warns, never fails the job.
 */
import * as core from '@actions/core';
import { run as exec } from '../exec.ts';
import { Podman } from '../podman.ts';
import { sudoRunner } from '../preflight.ts';
import { cleanup } from '../resources.ts';
import { remainsOfRun } from '../pipeline/run.ts';
import { uploadLogDir } from './artifacts.ts';
import { loadState } from './state.ts';

export async function run(): Promise<void> {
  const state = loadState();
  if (!state || state.done) return;
  core.warning('checkpoint-image: the main step did not finish (cancelled or crashed); cleaning up what it created.');
  const podman = new Podman({ ociRuntime: state.ociRuntime, podmanVersion: state.podmanVersion }, state.sudo ? sudoRunner(exec) : exec);
  const failures = await cleanup(podman, state.resources);
  // verified, not assumed: every container named after the run and every tag main still tracked
  if (state.runId) {
    const remains = await remainsOfRun(podman, state.runId, state.resources.tempTags).catch((e: Error) => [`cleanup check failed: ${e.message}`]);
    for (const r of remains) if (!failures.some((f) => f.includes(r))) failures.push(r);
  }
  for (const f of failures) core.warning(`cleanup: ${f}`);
  core.info(`removed ${state.resources.containers.length} containers, ${state.resources.tempTags.length} temporary tags, ${state.resources.secretPaths.length} secret files`);
  if (state.logDir) {
    const up = await uploadLogDir(state.logDir, state.artifactName, state.retentionDays);
    if (up.uploaded) core.info(up.message);
    else core.notice(up.message);
  }
}
