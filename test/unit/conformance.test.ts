/**
 * The conformance rows of src/runtimes.ts: every upstream behaviour the pipeline relies on names the
 * upstream source it was read in and the test that pins it, and that test exists (its name appears
 * in the named file). The README's conformance table is generated from these rows.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceTable } from '../../src/docs.ts';
import { RUNTIMES } from '../../src/runtimes.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** `owner/repo path…`, `owner/repo#N` or a documentation URL, separated by "; ". */
const SOURCE = /^(https:\/\/\S+|[\w.-]+\/[\w.-]+(#\d+| \S.*))$/;

const rows = (['crac', 'criu'] as const).flatMap((runtime) => RUNTIMES[runtime].conformance.map((row) => ({ runtime, ...row })));

describe('conformance rows', () => {
  it('crac and criu each list the behaviours the pipeline depends on', () => {
    const aspects = (r: 'crac' | 'criu') => RUNTIMES[r].conformance.map((c) => c.aspect).join(' | ');
    for (const a of ['how flags reach the JVM', 'trigger', 'open sockets', 'exit code', 'success marker', 'CRIU location', 'restore command and its log level', 'restore flags', 'capabilities and security options', 'engine', 'container user']) {
      expect(aspects('crac')).toContain(a);
    }
    for (const a of ['trigger', 'exit code', 'file locks', 'restore command and its log level', 'capabilities and security options', 'PIDs']) {
      expect(aspects('criu')).toContain(a);
    }
  });

  it.each(rows.map((r) => [`${r.runtime}: ${r.aspect}`, r] as const))('%s: names its upstream source and an existing test', (_label, row) => {
    expect(row.behaviour.length).toBeGreaterThan(20);
    for (const part of row.source.split('; ')) expect(part, row.source).toMatch(SOURCE);
    const [file, name, extra] = row.test.split(' > ');
    expect(extra, 'the test reference is "file > test name"').toBeUndefined();
    expect(file && existsSync(path.join(ROOT, file)), `${file} exists`).toBe(true);
    expect(name, row.test).toBeTruthy();
    expect(readFileSync(path.join(ROOT, file!), 'utf8'), `the test "${name}" is in ${file}`).toContain(`'${name}'`);
  });

  it('every row is in the generated README table', () => {
    const table = conformanceTable();
    for (const r of rows) expect(table).toContain(r.aspect);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(table);
  });
});
