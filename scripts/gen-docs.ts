// Writes action.yml and the README's generated sections from the source of truth in src/.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionYaml, readmeSections, replaceSections } from '../src/docs.ts';

const root = path.resolve(import.meta.dirname, '..');
writeFileSync(path.join(root, 'action.yml'), actionYaml());
const readme = path.join(root, 'README.md');
writeFileSync(readme, replaceSections(readFileSync(readme, 'utf8'), readmeSections()));
console.log('action.yml and README.md sections regenerated');
