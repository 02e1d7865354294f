/**
 * Temporary directories of one test file, removed when the file's tests are done (test/setup.ts):
 * the suite runs again and again on shared machines, and each run used to leave its build contexts,
 * action step files and manifests in /tmp.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const made = new Set<string>();

/** A fresh directory under `parent` (the system's temporary directory by default), removed after the file. */
export async function tempDir(prefix: string, parent = os.tmpdir()): Promise<string> {
  return track(await mkdtemp(path.join(parent, prefix)));
}

/** Removes `dir` after the file, like tempDir's own (for directories made elsewhere, e.g. a sample context). */
export function track(dir: string): string {
  made.add(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
  made.clear();
}
