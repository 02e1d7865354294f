// Builds the committed bundles with @vercel/ncc: the action's main and post steps, the CLI as one
// file (dist/cli.js, runnable with plain `node`), and the library. Deterministic: same input, same bytes.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');
// an optional argument builds elsewhere (the staleness test compares that with the committed dist/)
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const entries = { main: 'src/entry-main.ts', post: 'src/entry-post.ts', cli: 'src/entry-cli.ts', lib: 'src/index.ts' };

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, entry] of Object.entries(entries)) {
  execFileSync(ncc, ['build', entry, '-o', path.join(out, name), '--target', 'es2022', '-q'], { cwd: root, stdio: 'inherit' });
}
// the CLI as a single file: dist/cli.js (ncc writes dist/cli/index.js)
const cliFiles = readdirSync(path.join(out, 'cli')).filter((f) => f !== 'package.json');
if (cliFiles.length !== 1) throw new Error(`the CLI bundle has extra assets: ${cliFiles.join(', ')}`);
copyFileSync(path.join(out, 'cli', 'index.js'), path.join(out, 'cli.js'));
chmodSync(path.join(out, 'cli.js'), 0o755);
rmSync(path.join(out, 'cli'), { recursive: true, force: true });
writeFileSync(path.join(out, 'package.json'), '{\n  "type": "module"\n}\n');
