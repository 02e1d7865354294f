/**
 * Types for failure diagnosis: a catalogue of known log signatures (what CRIU, the JVM, Liberty and
 * the container engine print when checkpoint or restore fails) and the findings the analyzer
 * derives from real log files.
 */
import type { RuntimeName } from '../runtimes.ts';

export const CATEGORIES = [
  'seccomp',
  'missing-capability',
  'security-policy',
  'open-socket',
  'open-file',
  'pid-conflict',
  'tty',
  'file-mismatch',
  'cpu-features',
  'kernel-or-criu-unsupported',
  'memory-or-resource',
  'jvm-or-framework',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Stage = 'setup' | 'checkpoint' | 'restore';

export interface Signature {
  /** kebab-case, stable: other tools and the README link to it. */
  id: string;
  category: Category;
  stages: Stage[];
  runtimes: RuntimeName[] | 'all';
  /** Drawn from real logs; matched against single lines, so they must not rely on line prefixes. */
  patterns: RegExp[];
  /** A symptom is a wrapper (`Dumping FAILED.`, `CheckpointException`) whose cause is printed elsewhere. */
  role: 'root-cause' | 'symptom';
  /** One line. */
  cause: string;
  /** The concrete checkpoint-image input or flag to change. */
  remedy: string;
  /** URL. */
  docs: string;
  /** A line CRIU prints on success too (e.g. the rlimit `Error` without CAP_SYS_RESOURCE): never a finding. */
  benign?: boolean;
  /** A representative line as it appears in real logs; shown in the README and checked against `patterns`. */
  sample?: string;
  /** 0..1 scale applied to the base confidence: below 1 for generic signatures that a more specific one should outrank. */
  weight?: number;
  /** The signature counts only in a log where some line also matches this (a second, independent signal). */
  context?: RegExp;
  /** With `context` or `when`: a representative line that shows it, placed before `sample` in the catalogue's checks. */
  contextSample?: string;
  /**
   * The signature counts only in a log for which this holds: a second signal that spans several lines
   * (e.g. CRIU's version banner and the kernel release it prints on the next line).
   */
  when?: (lines: readonly string[]) => boolean;
  /**
   * For a symptom: the category of the cause it most often wraps, reported (as a low-confidence guess)
   * when the log names no cause. The log's own weak signals (stack frames) decide first.
   */
  usualCause?: Category;
}

export interface LogInput {
  path: string;
  content: string;
  stage?: Stage;
}

export interface Finding {
  /** null = unrecognised failure. */
  signature: string | null;
  category: Category;
  stage: Stage | null;
  role: 'root-cause' | 'symptom' | 'unrecognised';
  /** 0..1 */
  confidence: number;
  cause: string;
  remedy: string;
  docs: string | null;
  file: string;
  /** 1-based line of the matched text in that log. */
  line: number;
  /** The matched line, trimmed (max ~300 chars). */
  text: string;
}

export interface AnalyzeOptions {
  runtime?: RuntimeName;
  stage?: Stage;
  failed?: boolean;
}
