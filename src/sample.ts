/**
 * The bundled sample app (examples/hello-http): compiled with the host's javac into a fresh build
 * context, so the demo, the tests and the benchmark all checkpoint the same thing.
 */
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, runChecked } from './exec.ts';

export const SAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'hello-http');

/** Returns a build context holding Containerfile and Hello.class. */
export async function prepareSampleContext(parent = os.tmpdir()): Promise<string> {
  const dir = await mkdtemp(path.join(parent, 'checkpoint-image-sample-'));
  await runChecked(run, 'javac', ['--release', '17', '-d', dir, path.join(SAMPLE_DIR, 'Hello.java')]);
  await copyFile(path.join(SAMPLE_DIR, 'Containerfile'), path.join(dir, 'Containerfile'));
  return dir;
}
