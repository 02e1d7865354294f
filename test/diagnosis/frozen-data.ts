/**
 * What the frozen evaluation sets (test/diagnosis/frozen, frozen2, frozen3) share: a folder of logs with
 * a labels.json of failures and successful runs, checked the same way and scored as `diagnose --json`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/diagnosis/analyze.ts';
import { SIGNATURES } from '../../src/diagnosis/signatures.ts';
import { CATEGORIES } from '../../src/diagnosis/types.ts';
import { CORPUS_DIR } from './corpus-data.ts';
import { formatScore, scoreTop1, type HeldoutEntry, type Score } from './heldout-data.ts';

export type FrozenEntry = Omit<HeldoutEntry, 'outcome' | 'category'> & { outcome: 'failure' | 'success'; category: HeldoutEntry['category'] | null };

export interface FrozenSet {
  dir: string;
  entries: FrozenEntry[];
  failures: HeldoutEntry[];
  successes: FrozenEntry[];
  read: (e: { file: string }) => string;
}

export function loadFrozenSet(dir: string): FrozenSet {
  const entries = (JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as { entries: FrozenEntry[] }).entries;
  return {
    dir,
    entries,
    failures: entries.filter((e): e is HeldoutEntry => e.outcome === 'failure'),
    successes: entries.filter((e) => e.outcome === 'success'),
    read: (e) => readFileSync(path.join(dir, e.file), 'utf8'),
  };
}

export const logHash = (text: string) => createHash('sha256').update(text.trim()).digest('hex');

/** One thread, however it is spelled: repository name and number (issues and pulls share numbers). */
export const threadKey = (url: string) => {
  const m = /github\.com\/[^/]+\/([^/]+)\/(?:issues|pull)\/(\d+)/.exec(url);
  return m ? `${m[1]!.toLowerCase()}#${m[2]}` : url;
};

/** A set the catalogue was written, tuned or measured on: its folder and its label file. */
export interface EarlierSet {
  dir: string;
  labels: string;
}

/** Every log and every source thread of the given earlier sets. */
export function earlierSets(sets: readonly EarlierSet[]): { hashes: Set<string>; threads: Set<string> } {
  const hashes = new Set<string>();
  const threads = new Set<string>();
  for (const { dir, labels } of sets) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.log'))) hashes.add(logHash(readFileSync(path.join(dir, f), 'utf8')));
    for (const e of (JSON.parse(readFileSync(path.join(dir, labels), 'utf8')) as { entries: Array<{ source: string }> }).entries) threads.add(threadKey(e.source));
  }
  return { hashes, threads };
}


/** Every log file is labelled once, and every label is complete: a known stage, runtime, note and category. */
export function expectWellLabelled(set: FrozenSet): void {
  const files = readdirSync(set.dir).filter((f) => f.endsWith('.log'));
  expect(files.sort()).toEqual(set.entries.map((e) => e.file).sort());
  expect(new Set(set.entries.map((e) => e.file)).size).toBe(set.entries.length);
  for (const e of set.entries) {
    expect(set.read(e).trim().length, e.file).toBeGreaterThan(0);
    expect(['checkpoint', 'restore', 'setup'], e.file).toContain(e.stage);
    expect(['criu', 'crac', 'openj9', 'liberty'], e.file).toContain(e.runtime);
    expect(e.note?.length ?? 0, `${e.file} says why it has its label`).toBeGreaterThan(0);
    if (e.outcome === 'failure') {
      expect(CATEGORIES, e.file).toContain(e.category);
      expect(e.category, e.file).not.toBe('other');
    } else expect(e.category, e.file).toBeNull();
  }
}

/** No signature's sample is a line of the set, unless the corpus (what signatures are written from) has it too. */
export function expectNoSampleFrom(set: FrozenSet, name: string): void {
  const lines = new Set(set.entries.flatMap((e) => set.read(e).split('\n').map((l) => l.trim()).filter((l) => l.length > 20)));
  const corpusText = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.log')).map((f) => readFileSync(path.join(CORPUS_DIR, f), 'utf8')).join('\n');
  for (const s of SIGNATURES) {
    if (s.sample && !corpusText.includes(s.sample.trim())) expect(lines.has(s.sample.trim()), `${s.id} sample is a ${name} line`).toBe(false);
  }
}

/** The successful runs give no finding, as `diagnose` sees them and as the action passes them, apart from `known`. */
export function expectSuccessesClean(set: FrozenSet, name: string, known: readonly string[]): void {
  const alarms: string[] = [];
  for (const e of set.successes) {
    const findings = [
      ...analyze([{ path: e.file, content: set.read(e) }], { failed: false }),
      ...analyze([{ path: e.file, content: set.read(e), stage: e.stage }], { runtime: e.runtime, stage: e.stage, failed: false }),
    ];
    if (findings.length) alarms.push(e.file);
    if (!known.includes(e.file)) expect(findings, e.file).toEqual([]);
  }
  console.log(`${name} successful runs: ${set.successes.length - alarms.length}/${set.successes.length} clean${alarms.length ? `; false alarms: ${alarms.join(', ')}` : ''}`);
  for (const f of known) expect(set.successes.map((e) => e.file), `${f} is a successful run of the set`).toContain(f);
}

/** No log and no source thread of `set` is in one of the `earlier` sets. */
export function expectNothingFrom(set: FrozenSet, earlier: readonly EarlierSet[]): void {
  const { hashes, threads } = earlierSets(earlier);
  for (const e of set.entries) {
    expect(threads.has(threadKey(e.source)), `${e.source} is already a source of an earlier set`).toBe(false);
    expect(hashes.has(logHash(set.read(e))), `${e.file} is already a log of an earlier set`).toBe(false);
  }
}

/**
 * The set's figure held as two floors (the log alone, as `diagnose --json` sees it, and with the runtime
 * and stage the action passes) and its successful runs kept clean. A blind set prints counts only:
 * nobody may see which of its files are missed.
 */
export function itHoldsItsFigure(set: FrozenSet, name: string, floors: { hits: number; withHints: number; knownFalseAlarms: readonly string[]; blind: boolean }): void {
  const format = (label: string, s: Score) => formatScore(label, s, { misses: !floors.blind });
  it(`names the labelled category first in at least ${floors.hits} of the failures, as \`diagnose --json\` does`, () => {
    const score = scoreTop1(set.failures, set.read);
    console.log(format(`${name} top-1 (CLI)`, score));
    expect(score.total).toBe(set.failures.length);
    expect(score.hits).toBeGreaterThanOrEqual(floors.hits);
  });

  it(`does at least as well (${floors.withHints}) with the runtime and stage the action knows`, () => {
    const score = scoreTop1(set.failures, set.read, true);
    console.log(format(`${name} top-1 (with hints)`, score));
    expect(score.hits).toBeGreaterThanOrEqual(floors.withHints);
  });

  it('finds no error in the successful runs, apart from the known false alarms', () => {
    expectSuccessesClean(set, name, floors.knownFalseAlarms);
  });
}

/** A source of the later sets: a GitHub issue, pull request or pinned repository file, or a public page. */
const LATER_SOURCE = /^https:\/\/(?:github\.com\/[\w.-]+\/[\w.-]+\/(?:(?:issues|pull)\/\d+|blob\/[0-9a-f]{40}\/\S+)|(?!github\.com)[\w.-]+\.[a-z]{2,}\/\S+)$/;

/**
 * The tests of a frozen set collected from frozen3 on: its size, well-formed labels, one public source
 * per log, nothing shared with the earlier sets or the catalogue's samples, and its figure's floors.
 */
export function describeFrozenSet(
  title: string,
  name: string,
  o: { dir: string; failures: number; successes: number; earlier: readonly EarlierSet[]; earlierWords: string; hits: number; withHints: number; knownFalseAlarms: readonly string[]; blind: boolean },
): void {
  const set = loadFrozenSet(o.dir);
  describe(title, () => {
    it(`holds ${o.failures} labelled real failures and ${o.successes} successful runs, each file labelled once`, () => {
      expect(set.failures.length).toBe(o.failures);
      expect(set.successes.length).toBe(o.successes);
      expectWellLabelled(set);
    });

    it('takes each log from a public issue or pull-request thread (or a public page or repository file that quotes it), one source per log', () => {
      for (const e of set.entries) expect(e.source, e.file).toMatch(LATER_SOURCE);
      expect(new Set(set.entries.map((e) => threadKey(e.source))).size).toBe(set.entries.length);
    });

    it(`shares no thread and no log with ${o.earlierWords}`, () => {
      expectNothingFrom(set, o.earlier);
    });

    it('was not used to write the catalogue: no signature sample is a line of it', () => {
      expectNoSampleFrom(set, name);
    });

    itHoldsItsFigure(set, name, { hits: o.hits, withHints: o.withHints, knownFalseAlarms: o.knownFalseAlarms, blind: o.blind });
  });
}
