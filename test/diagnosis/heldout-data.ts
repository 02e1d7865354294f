/**
 * The frozen held-out set (test/diagnosis/heldout): real failure excerpts posted in public threads,
 * collected before the catalogue was changed for issue 14 and never used to write a pattern. Its
 * labels (category only) and sources live in labels.json, apart from the logs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { analyze, UNRECOGNISED_CONFIDENCE } from '../../src/diagnosis/analyze.ts';
import type { RuntimeName } from '../../src/runtimes.ts';
import type { Category, Stage } from '../../src/diagnosis/types.ts';

export const HELDOUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout');

export interface HeldoutEntry {
  file: string;
  outcome: 'failure';
  category: Category;
  stage: Stage;
  runtime: RuntimeName;
  source: string;
  note?: string;
}

export function loadHeldout(): HeldoutEntry[] {
  return (JSON.parse(readFileSync(path.join(HELDOUT_DIR, 'labels.json'), 'utf8')) as { entries: HeldoutEntry[] }).entries;
}

export interface Score {
  hits: number;
  total: number;
  perCategory: Map<Category, { hits: number; total: number }>;
  misses: string[];
  /** Hits whose top finding is only the category prior (no signature, no signal of the log): luck, counted apart. */
  priorHits: number;
}

/**
 * Top-1 category as `checkpoint-image diagnose --json` reports it: the log alone under a neutral
 * name (no runtime, no stage), the first finding's category, `other` when there is none. With
 * `hints`, the runtime and stage the action knows are passed as well.
 */
export function scoreTop1(entries: HeldoutEntry[], read: (e: HeldoutEntry) => string, hints = false): Score {
  const perCategory = new Map<Category, { hits: number; total: number }>();
  const misses: string[] = [];
  let hits = 0;
  let priorHits = 0;
  for (const e of entries) {
    const content = read(e);
    const findings = hints
      ? analyze([{ path: 'log', content, stage: e.stage }], { runtime: e.runtime, stage: e.stage, failed: true })
      : analyze([{ path: 'log', content }]);
    const got = findings[0]?.category ?? 'other';
    const c = perCategory.get(e.category) ?? { hits: 0, total: 0 };
    c.total++;
    if (got === e.category) {
      c.hits++;
      hits++;
      if (findings[0]?.signature === null && findings[0].confidence <= UNRECOGNISED_CONFIDENCE) priorHits++;
    } else misses.push(`${e.file}: expected ${e.category}, got ${got} (${findings[0]?.signature ?? 'no signature'})`);
    perCategory.set(e.category, c);
  }
  return { hits, total: entries.length, perCategory, misses, priorHits };
}

/** The figure, per category, and the misses by file unless `misses: false` (a blind set: nobody may see its miss list). */
export function formatScore(name: string, s: Score, { misses = true } = {}): string {
  const rows = [...s.perCategory.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, v]) => `  ${c}: ${v.hits}/${v.total}`);
  const head = `${name}: ${s.hits}/${s.total} = ${((100 * s.hits) / s.total).toFixed(1)}% (${s.priorHits} of the hits from the category prior alone)`;
  return [head, ...rows, ...(misses && s.misses.length ? ['  misses:', ...s.misses.map((m) => `    ${m}`)] : [])].join('\n');
}

export function readHeldout(e: HeldoutEntry): string {
  return readFileSync(path.join(HELDOUT_DIR, e.file), 'utf8');
}
