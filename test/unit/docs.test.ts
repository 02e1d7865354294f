import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionYaml, readmeSections, replaceSections } from '../../src/docs.ts';
import { INPUT_SPECS, OUTPUT_SPECS } from '../../src/inputs.ts';
import { VERSION } from '../../src/version.ts';
import { benchSections, type PublishedBench } from '../../scripts/bench/readme.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

/** Rows `| `name` | ... |` of the Markdown table that follows a marker. */
function tableRows(readme: string, marker: string): string[][] {
  const section = new RegExp(`<!-- generated:${marker} -->([\\s\\S]*?)<!-- /generated:${marker} -->`).exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
}

describe('generated files are up to date (run `npm run gen-docs`)', () => {
  it('action.yml equals what src/inputs.ts generates', () => {
    expect(read('action.yml')).toBe(actionYaml());
  });

  it('README generated sections equal what the sources generate', () => {
    const readme = read('README.md');
    expect(replaceSections(readme, readmeSections())).toBe(readme);
  });
});

describe('README tables match action.yml', () => {
  const action = parse(read('action.yml')) as {
    inputs: Record<string, { description: string; required: boolean; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string; post: string };
  };
  const readme = read('README.md');

  it('inputs: same names, order, required flags and defaults', () => {
    const rows = tableRows(readme, 'inputs');
    expect(rows.map((r) => r[0]!.replace(/`/g, ''))).toEqual(Object.keys(action.inputs));
    for (const r of rows) {
      const name = r[0]!.replace(/`/g, '');
      const spec = action.inputs[name]!;
      expect(r[1], name).toBe(spec.required ? 'yes' : 'no');
      expect(r[2]!.replace(/`/g, ''), name).toBe(spec.default ?? '');
    }
  });

  it('outputs: same names and order', () => {
    expect(tableRows(readme, 'outputs').map((r) => r[0]!.replace(/`/g, ''))).toEqual(Object.keys(action.outputs));
    expect(Object.keys(action.outputs)).toEqual(Object.keys(OUTPUT_SPECS));
  });

  it('runs on node24 with main and post bundles', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js' });
    expect(Object.keys(action.inputs)).toEqual(Object.keys(INPUT_SPECS));
  });

  it('the version in labels equals package.json', () => {
    expect(VERSION).toBe(JSON.parse(read('package.json')).version);
  });

  it('quick start has exactly the two commands, and .ci/run runs the test one', () => {
    const quick = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = quick.split('\n').filter(Boolean).map((l) => l.replace(/\s+#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(read('.ci/run')).toMatch(/^npm ci && npm test$/m);
  });
});

describe('the README quotes the last benchmark', () => {
  const results = JSON.parse(read('bench/results.json')) as PublishedBench;
  const readme = read('README.md');

  it('with the figures of bench/results.json, and its date (`npm run gen-docs` writes them)', () => {
    expect(replaceSections(readme, benchSections(results))).toBe(readme);
    for (const ratio of [results.coldVsRestore, results.restoreVsFloor, results.pipelineVsPlain]) expect(readme).toContain(`${ratio}x`);
    for (const kind of ['cold', 'restore', 'floor'] as const) expect(readme).toContain(`${results.firstResponseMs[kind].median} ms`);
    expect(readme).toContain(`\`npm run bench\` on ${results.date.slice(0, 10)}`);
  });

  it('bench/results.md is the same run', () => {
    expect(read('bench/results.md')).toContain(`pipeline / plain script: ${results.pipelineVsPlain}x`);
  });
});

describe('package.json scripts', () => {
  it('run files that exist', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const files = Object.values(pkg.scripts).flatMap((command) => [...command.matchAll(/(?:^|\s)(?:node|bash)\s+(\S+\.(?:ts|mjs|js|sh))/g)].map((m) => m[1]!));
    // build, demo, bench, test and gen-docs each start a script of this repository
    expect(new Set(files).size).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(() => readFileSync(path.join(root, f)), `${f} is missing`).not.toThrow();
  });
});
