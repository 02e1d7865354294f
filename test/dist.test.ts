/**
 * dist/ is committed: rebuild the bundles into a temporary folder and require the same bytes.
 * When this fails, run `npm run build` and commit dist/.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from './support/temp.ts';

const root = path.resolve(import.meta.dirname, '..');

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
  ).sort();
}

it('dist/ matches a fresh build of src/', async () => {
  const out = await tempDir('checkpoint-image-dist-');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), out], { cwd: root, stdio: 'pipe' });
  const committed = files(path.join(root, 'dist'));
  expect(files(out)).toEqual(committed);
  const stale = committed.filter((f) => !readFileSync(path.join(out, f)).equals(readFileSync(path.join(root, 'dist', f))));
  expect(stale, 'dist/ is stale: run `npm run build` and commit dist/').toEqual([]);
}, 300_000);
