/** Typed JSON state shared by the action's main and post steps (core.saveState / core.getState). */
import * as core from '@actions/core';
import { emptySnapshot, type ResourceSnapshot } from '../resources.ts';

export interface ActionState {
  /** Set by main when it finished normally (uploads and cleanup done). */
  done: boolean;
  resources: ResourceSnapshot;
  logDir: string;
  runId: string;
  ociRuntime: string | null;
  /** podman's version (3.x removes containers differently). */
  podmanVersion: string | null;
  sudo: boolean;
  artifactName: string;
  retentionDays: number;
}

const KEY = 'checkpoint-image';

export function saveState(state: ActionState): void {
  core.saveState(KEY, JSON.stringify(state));
}

export function loadState(): ActionState | null {
  const raw = core.getState(KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<ActionState>;
    return { done: false, resources: emptySnapshot(), logDir: '', runId: '', ociRuntime: null, podmanVersion: null, sudo: false, artifactName: '', retentionDays: 0, ...s };
  } catch {
    return null;
  }
}
