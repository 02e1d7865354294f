/**
 * The second frozen evaluation set of issue 14, item 2 (test/diagnosis/frozen2): real failure and
 * success logs from public threads, collected on 2026-12-01 while the first frozen set
 * (test/diagnosis/frozen) had become tuning data for the catalogue. No thread or log of it is in any
 * earlier set.
 *
 * It was the honest measure until session 7, pass five, when it became tuning data in its turn (its
 * figure before that pass: 42/54, 43 with the hints; 38/54 on the catalogue of 25c91e1, 41/54 after the
 * tuning on the first frozen set). Signatures are still written from upstream sources, never from its
 * lines (expectNoSampleFrom). FROZEN2_HITS is a floor: raise it when the catalogue improves, never lower it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './corpus-data.ts';
import { type EarlierSet, expectNoSampleFrom, expectNothingFrom, expectWellLabelled, itHoldsItsFigure, loadFrozenSet, threadKey } from './frozen-data.ts';
import { HELDOUT_DIR } from './heldout-data.ts';

const FROZEN2_DIR = path.join(path.dirname(HELDOUT_DIR), 'frozen2');
/** The sets the catalogue was written, tuned or measured on before this one, with their label files. */
const EARLIER_SETS: EarlierSet[] = [
  { dir: CORPUS_DIR, labels: 'index.json' },
  { dir: HELDOUT_DIR, labels: 'labels.json' },
  { dir: path.join(path.dirname(HELDOUT_DIR), 'heldout-blind'), labels: 'labels.json' },
  { dir: path.join(path.dirname(HELDOUT_DIR), 'frozen'), labels: 'labels.json' },
];

/**
 * The size of the set: a first collection of 30 failures and 6 successes, then a second of 25 and 1,
 * less one failure and one success whose threads the tuning had also taken (frozen2/README.md).
 */
const FAILURES = 54;
const SUCCESSES = 6;
/** Top-1 hits of `diagnose --json` on the failures of this set; a floor that may rise, never fall. */
const FROZEN2_HITS = 49;
/** The same with the runtime and stage hints the action passes. */
const FROZEN2_HITS_WITH_HINTS = 49;
/**
 * Successful runs on which the current catalogue reports an error finding: known failures, kept in
 * the set so that the figure stays honest (see frozen2/README.md). Shrink this list, never grow it.
 */
const KNOWN_FALSE_ALARMS: string[] = [
  // the restore worked (the thread says so); the netlink EPERM lines of restore.log are read as an SELinux denial
  'liberty-restore-netlink-eperm-works-open-liberty-23360.log',
];

const set = loadFrozenSet(FROZEN2_DIR);
const { entries, failures, successes } = set;
describe('second frozen evaluation set (issue 14, item 2)', () => {
  it(`holds ${FAILURES} labelled real failures and ${SUCCESSES} successful runs, each file labelled once`, () => {
    expect(failures.length).toBe(FAILURES);
    expect(successes.length).toBe(SUCCESSES);
    expectWellLabelled(set);
  });

  it('takes each log from a public issue or pull-request thread (or a public page that quotes it), one source per log', () => {
    // GitHub threads are most of the set; the rest are public pages (a vendor's knowledge-base page) that quote a real log and its fix
    for (const e of entries) expect(e.source, e.file).toMatch(/^https:\/\/(?:github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d+|(?!github\.com)[\w.-]+\.[a-z]{2,}\/\S+)$/);
    expect(new Set(entries.map((e) => threadKey(e.source))).size).toBe(entries.length);
  });

  it('shares no thread and no log with the corpus, the held-out sets or the first frozen set', () => {
    expectNothingFrom(set, EARLIER_SETS);
  });

  it('was not used to write the catalogue: no signature sample is a line of it', () => {
    expectNoSampleFrom(set, 'frozen2');
  });

  itHoldsItsFigure(set, 'frozen2', { hits: FROZEN2_HITS, withHints: FROZEN2_HITS_WITH_HINTS, knownFalseAlarms: KNOWN_FALSE_ALARMS, blind: false });
});
