/** What every pipeline step shares, and the error a failed step throws. */
import type { Config } from '../inputs.ts';
import type { HostFiles } from '../hostfs.ts';
import type { Podman } from '../podman.ts';
import type { Reporter } from '../reporter.ts';
import type { Resources } from '../resources.ts';
import type { RuntimeProfile } from '../runtimes.ts';
import type { LogInput, Stage } from '../diagnosis/types.ts';

export const PHASES = ['setup', 'build', 'checkpoint', 'commit', 'verify', 'push'] as const;
export type PhaseName = (typeof PHASES)[number];

export interface RunContext {
  config: Config;
  profile: RuntimeProfile;
  podman: Podman;
  files: HostFiles;
  reporter: Reporter;
  resources: Resources;
  /** Unique per run: container and temporary image names derive from it. */
  runId: string;
  logDir: string;
  /** Logs gathered so far, for the diagnosis. */
  logs: LogInput[];
  /** Work a step left running to overlap the next one (container teardown); awaited before cleanup. */
  background: Promise<unknown>[];
}

/** A step failure that carries the stage for the diagnosis. */
export class PhaseError extends Error {
  readonly phase: PhaseName;
  readonly stage: Stage;
  constructor(phase: PhaseName, stage: Stage, message: string) {
    super(message);
    this.name = 'PhaseError';
    this.phase = phase;
    this.stage = stage;
  }
}

export const containerName = (ctx: Pick<RunContext, 'runId'>, role: string) => `checkpoint-image-${ctx.runId}-${role}`;

export const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
