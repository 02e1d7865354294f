// Writes action.yml and the README's generated sections from the source of truth in src/.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionYaml, readmeSections, replaceSections } from '../src/docs.ts';
import { benchSections, type PublishedBench } from './bench/readme.ts';

const root = path.resolve(import.meta.dirname, '..');
writeFileSync(path.join(root, 'action.yml'), actionYaml());
const readme = path.join(root, 'README.md');
// the figures come from the published bench (bench/results.json), never from a run in bench/runs/
const bench = JSON.parse(readFileSync(path.join(root, 'bench', 'results.json'), 'utf8')) as PublishedBench;
writeFileSync(readme, replaceSections(readFileSync(readme, 'utf8'), { ...readmeSections(), ...benchSections(bench) }));
console.log('action.yml and README.md sections regenerated');
