/**
 * Log collection: everything that explains a checkpoint or restore (podman's view, the launcher's
 * and the app's output, CRIU's and the runtime's log files) is copied into the run's log folder and
 * kept for the diagnosis. Secrets are stripped before anything is written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Stage } from '../diagnosis/types.ts';
import { LAUNCHER_STATE_DIR } from '../launcher.ts';
import type { RunContext } from './context.ts';

/** Values that must never reach a log file (registry password, user-declared secrets). */
const secrets = new Set<string>();
export function registerSecret(value: string | null | undefined): void {
  if (value && value.length >= 3) secrets.add(value);
}
/** Environment variable names whose values are treated as secrets in logs. */
const SECRET_NAME = /TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;
export const isSecretName = (name: string): boolean => SECRET_NAME.test(name);

/** Registers the values of secret-looking variables (the job's and the checkpoint run's `env`). */
export function registerSecretEnv(...envs: ReadonlyArray<Readonly<Record<string, string | undefined>>>): void {
  for (const env of envs) {
    for (const [k, v] of Object.entries(env)) if (SECRET_NAME.test(k) && v && v.length >= 6) registerSecret(v);
  }
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}

/** Writes one log into `<logDir>/<folder>/<name>` and records it for the diagnosis. */
export async function saveLog(ctx: RunContext, folder: string, name: string, content: string, stage: Stage): Promise<string> {
  const dir = path.join(ctx.logDir, folder);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name.replace(/[^A-Za-z0-9._-]/g, '_'));
  const clean = redact(content);
  await writeFile(file, clean);
  ctx.logs.push({ path: file, content: clean, stage });
  return file;
}

/** In-container paths of the logs a runtime writes, for a container started with the launcher or not. */
export function logPaths(ctx: RunContext): string[] {
  const launcher = ctx.profile.launcher ? ['app.log', 'criu-dump.out', 'dump.log'].map((f) => path.posix.join(LAUNCHER_STATE_DIR, f)) : [];
  return [...launcher, ...runtimeLogPaths(ctx)];
}

/** In-container paths of the runtime's own log files (relative ones live in the checkpoint dir). */
export function runtimeLogPaths(ctx: Pick<RunContext, 'profile' | 'config'>): string[] {
  return ctx.profile.logFiles.map((f) => (f.startsWith('/') ? f : path.posix.join(ctx.config.checkpointDir, f)));
}

/**
 * Copies a container's logs (also from a stopped container): `podman logs`, `podman inspect` state
 * and the runtime's files under its mount point.
 */
export async function collectContainerLogs(ctx: RunContext, container: string, folder: string, stage: Stage, mountPoint: string | null, options: { state?: boolean; outputLater?: Promise<unknown>[] } = {}): Promise<void> {
  const collected: Promise<unknown>[] = [];
  // `outputLater`: the caller does not wait for podman's copy of the output (it judges by the files)
  (options.outputLater ?? collected).push(ctx.podman.logs(container).then((text) => saveLog(ctx, folder, 'container-output.log', text, stage)));
  // the state (exit code, OOM kill) explains failures; a run that went well skips the podman call
  if (options.state !== false) {
    collected.push(
      ctx.podman.containerState(container).then((st) => saveLog(ctx, folder, 'podman-state.json', JSON.stringify(st, null, 2), stage)),
    );
  }
  if (mountPoint) {
    const paths = logPaths(ctx);
    const names = paths.map((p) => path.posix.basename(p));
    paths.forEach((p, i) => {
      // the same basename in two places (Liberty's messages.log) keeps its path in the name
      const name = names.indexOf(names[i] ?? '') === names.lastIndexOf(names[i] ?? '') ? (names[i] ?? p) : p.slice(1);
      collected.push(ctx.files.read(path.join(mountPoint, p)).then((text) => (text === null ? undefined : saveLog(ctx, folder, name, text, stage))));
    });
  }
  await Promise.allSettled(collected);
}
