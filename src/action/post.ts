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
import { uploadLogDir } from './artifacts.ts';
import { loadState } from './state.ts';

export async function run(): Promise<void> {
  const state = loadState();
  if (!state || state.done) return;
  core.warning('checkpoint-image: the main step did not finish (cancelled or crashed); cleaning up what it created.');
  const podman = new Podman({ ociRuntime: state.ociRuntime }, state.sudo ? sudoRunner(exec) : exec);
  const failures = await cleanup(podman, state.resources);
  for (const f of failures) core.warning(`cleanup: ${f}`);
  core.info(`removed ${state.resources.containers.length} containers, ${state.resources.tempTags.length} temporary tags, ${state.resources.secretPaths.length} secret files`);
  if (state.logDir) {
    const up = await uploadLogDir(state.logDir, state.artifactName, state.retentionDays);
    if (up.uploaded) core.info(up.message);
    else core.notice(up.message);
  }
}
