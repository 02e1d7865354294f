/** Loads the fixture corpus (test/diagnosis/corpus) and its index. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { RuntimeName } from '../../src/runtimes.ts';
import type { Category, LogInput, Stage } from '../../src/diagnosis/types.ts';

export const CORPUS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

export interface CorpusEntry {
  file: string;
  outcome: 'failure' | 'success';
  category: Category | null;
  signature: string | null;
  stage: Stage;
  runtime: RuntimeName;
  source: string;
  note?: string;
}

export function loadCorpus(): CorpusEntry[] {
  const index = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'index.json'), 'utf8')) as { entries: CorpusEntry[] };
  return index.entries;
}

export function corpusLog(entry: CorpusEntry): LogInput {
  return { path: entry.file, content: readFileSync(path.join(CORPUS_DIR, entry.file), 'utf8'), stage: entry.stage };
}
