/**
 * The fourth frozen evaluation set of issue 14, item 2 (test/diagnosis/frozen4): real failure and success
 * logs from public threads, collected on 2026-12-01 (session 7) after diagnosis pass five, by a helper
 * that never ran the catalogue nor read it, and labelled from each thread's resolution before anything
 * measured them. No thread or log of it is in an earlier set, and nobody tunes on it.
 *
 * FROZEN4_HITS and FROZEN4_HITS_WITH_HINTS hold the one blind measurement of the catalogue after pass
 * five (the catalogue of 33c49d7, measured once on 2026-12-01: 6/15 CLI, 10/15 with hints); floors that
 * may rise, never fall. The test prints counts only, never which files are missed,
 * so that whoever runs it stays blind to the miss list.
 */
import path from 'node:path';
import { CORPUS_DIR } from './corpus-data.ts';
import { describeFrozenSet, type EarlierSet } from './frozen-data.ts';
import { HELDOUT_DIR } from './heldout-data.ts';

const DIAGNOSIS_DIR = path.dirname(HELDOUT_DIR);
const FROZEN4_DIR = path.join(DIAGNOSIS_DIR, 'frozen4');
/** The sets the catalogue was written, tuned or measured on before this one, with their label files. */
const EARLIER_SETS: EarlierSet[] = [
  { dir: CORPUS_DIR, labels: 'index.json' },
  { dir: HELDOUT_DIR, labels: 'labels.json' },
  { dir: path.join(DIAGNOSIS_DIR, 'heldout-blind'), labels: 'labels.json' },
  { dir: path.join(DIAGNOSIS_DIR, 'frozen'), labels: 'labels.json' },
  { dir: path.join(DIAGNOSIS_DIR, 'frozen2'), labels: 'labels.json' },
  { dir: path.join(DIAGNOSIS_DIR, 'frozen3'), labels: 'labels.json' },
];

/** The size of the set as collected (frozen4/README.md). */
const FAILURES = 15;
const SUCCESSES = 0;
/** Top-1 hits of `diagnose --json` on the failures of this set: set by the lead from the one measurement. */
const FROZEN4_HITS = 6;
/** The same with the runtime and stage hints the action passes: set by the lead from the one measurement. */
const FROZEN4_HITS_WITH_HINTS = 10;
/**
 * Successful runs on which the catalogue reports an error finding: known failures, kept in the set so
 * that the figure stays honest (see frozen4/README.md). Shrink this list, never grow it.
 */
const KNOWN_FALSE_ALARMS: string[] = [];

describeFrozenSet('fourth frozen evaluation set (issue 14, item 2)', 'frozen4', {
  dir: FROZEN4_DIR,
  failures: FAILURES,
  successes: SUCCESSES,
  earlier: EARLIER_SETS,
  earlierWords: 'the corpus, the held-out sets or the first three frozen sets',
  hits: FROZEN4_HITS,
  withHints: FROZEN4_HITS_WITH_HINTS,
  knownFalseAlarms: KNOWN_FALSE_ALARMS,
  blind: true,
});
