/**
 * Accuracy of the analyzer on real log excerpts: the first finding must name the labelled category
 * and signature (or be the one unrecognised finding when no signature applies), and logs of
 * successful runs must produce nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/diagnosis/analyze.ts';
import { CATEGORIES } from '../../src/diagnosis/types.ts';
import { corpusLog, loadCorpus } from './corpus-data.ts';

const MIN_ACCURACY = 0.95;
const corpus = loadCorpus();
const failures = corpus.filter((e) => e.outcome === 'failure');
const successes = corpus.filter((e) => e.outcome === 'success');

describe('fixture corpus', () => {
  it('is large and labelled', () => {
    expect(failures.length).toBeGreaterThanOrEqual(40);
    expect(successes.length).toBeGreaterThanOrEqual(5);
    for (const e of corpus) expect(e.source, e.file).toMatch(/^(https:\/\/|lab:)/);
    // every category except `other` has at least one real failing excerpt
    for (const c of CATEGORIES) if (c !== 'other') expect(failures.some((e) => e.category === c), c).toBe(true);
  });

  it(`names the labelled cause first in at least ${MIN_ACCURACY * 100}% of failing excerpts`, () => {
    const misses: string[] = [];
    for (const entry of failures) {
      const [top] = analyze([corpusLog(entry)], { runtime: entry.runtime, stage: entry.stage, failed: true });
      const ok = top !== undefined && top.signature === entry.signature && top.category === entry.category;
      if (!ok) misses.push(`${entry.file}: expected ${entry.signature ?? 'unrecognised'}, got ${top?.signature ?? top?.role ?? 'nothing'}`);
    }
    const accuracy = (failures.length - misses.length) / failures.length;
    console.log(`diagnosis top-1 accuracy: ${(accuracy * 100).toFixed(1)}% (${failures.length - misses.length}/${failures.length})`);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it('also diagnoses without runtime and stage hints (the CLI case)', () => {
    const hits = failures.filter((entry) => analyze([{ path: entry.file, content: corpusLog(entry).content }])[0]?.signature === entry.signature);
    expect(hits.length / failures.length).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it.each(successes.map((e) => [e.file, e] as const))('finds nothing in the successful run %s', (_file, entry) => {
    expect(analyze([corpusLog(entry)], { runtime: entry.runtime, stage: entry.stage })).toEqual([]);
    // even when told the run failed, no signature may match a successful log
    expect(analyze([corpusLog(entry)], { failed: true }).filter((f) => f.signature !== null)).toEqual([]);
  });
});
