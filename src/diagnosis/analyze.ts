/**
 * Turns checkpoint/restore logs into ranked findings: which known signature explains the failure,
 * what to change, and where in which log the evidence is.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SIGNATURES } from './signatures.ts';
import type { AnalyzeOptions, Finding, LogInput, Signature, Stage } from './types.ts';

const MAX_TEXT = 300;
/** A report is read by a person: a handful of findings, causes first. */
const MAX_FINDINGS = 8;

const BASE_CONFIDENCE = { 'root-cause': 0.9, symptom: 0.5 } as const;
/** An unrecognised failure is a pointer to a line, never a diagnosis. */
const UNRECOGNISED_CONFIDENCE = 0.2;
/** Signatures documented for another runtime or stage still count, but rank below the ones that fit. */
const RUNTIME_MISMATCH = 0.5;
const STAGE_MISMATCH = 0.7;

const ROLE_ORDER = { 'root-cause': 0, unrecognised: 1, symptom: 2 } as const;

/** Lines that say "something failed" even when no signature explains them. */
const FAILURE_MARKERS: readonly RegExp[] = [
  /\bError \(/, // CRIU: `Error (criu/file.c:123): ...`
  /\bError:/, // podman/docker and older CRIU builds
  /\bFAILED\b/,
  /Exception\b/, // Java, incl. `CheckpointException`, `SystemCheckpointException`
  /\bERROR\b/, // Spring Boot / Liberty `[ERROR   ]`
  /\b[A-Z]{4,5}\d{4}E\b/, // Liberty message ids ending in E
  /\bBUG at\b/,
  /Operation not permitted|Permission denied/,
];

/** Lines that only appear when the operation worked: unexplained errors in such a log (without a FAILED line) were not fatal. */
const SUCCESS_MARKERS: readonly RegExp[] = [
  /Dumping finished successfully/,
  /Restore finished successfully/,
  /CWWKC0452I/, // Liberty: resumed operation from a checkpoint
];

/** Java stack frames repeat the exception names of the line above; they are evidence of nothing new. */
const STACK_FRAME = /^(?:at\s|\.\.\. \d+ (?:common frames omitted|more))/;

interface LineRef {
  logIndex: number;
  path: string;
  line: number;
  text: string;
  stage: Stage | undefined;
}

interface Candidate extends LineRef {
  signature: Signature;
}

interface Ranked {
  finding: Finding;
  logIndex: number;
}

export function analyze(logs: LogInput[], options: AnalyzeOptions = {}): Finding[] {
  const candidates = new Map<string, Candidate>();
  const unexplained: LineRef[] = [];
  let failingLogMatched = false;

  logs.forEach((log, logIndex) => {
    const lines = log.content.split(/\r?\n/);
    const succeeded = isSuccessful(lines);
    const stage = log.stage ?? options.stage;
    lines.forEach((raw, i) => {
      const text = raw.trim();
      if (!text) return;
      const signature = matchSignature(text);
      if (signature?.benign) return;
      const ref: LineRef = { logIndex, path: log.path, line: i + 1, text: clip(text), stage };
      if (signature) {
        // One finding per signature: the first line that shows it.
        if (!candidates.has(signature.id)) candidates.set(signature.id, { ...ref, signature });
        if (!succeeded) failingLogMatched = true;
      } else if (!succeeded && isFailureLine(text)) {
        unexplained.push(ref);
      }
    });
  });

  const ranked: Ranked[] = [...candidates.values()].map((c) => ({ finding: toFinding(c, options), logIndex: c.logIndex }));
  const failed = options.failed ?? (failingLogMatched || unexplained.length > 0);
  const hasRootCause = ranked.some((r) => r.finding.role === 'root-cause');
  // Point at an unexplained error line only when nothing known explains the failure: a guess next
  // to a real diagnosis would only distract.
  if (failed && !hasRootCause && (unexplained.length > 0 || ranked.length === 0)) {
    const ref = unexplained.at(-1) ?? lastLine(logs, options);
    ranked.push({ finding: unrecognised(ref, options), logIndex: ref.logIndex });
  }

  return ranked
    .sort(compareRanked)
    .slice(0, MAX_FINDINGS)
    .map((r) => r.finding);
}

/** Reads log files; the error names the file that could not be read. */
export async function readLogs(paths: string[]): Promise<LogInput[]> {
  return Promise.all(
    paths.map(async (path) => {
      let content: string;
      try {
        content = await readFile(path, 'utf8');
      } catch (err) {
        throw new Error(`cannot read log file ${path}: ${(err as Error).message}`);
      }
      const stage = stageFromName(path);
      return stage ? { path, content, stage } : { path, content };
    }),
  );
}

/** The best signature for one line: root causes beat symptoms, then catalogue order decides. */
function matchSignature(line: string): Signature | undefined {
  let symptom: Signature | undefined;
  for (const signature of SIGNATURES) {
    if (!signature.patterns.some((re) => re.test(line))) continue;
    if (signature.benign || signature.role === 'root-cause') return signature;
    symptom ??= signature;
  }
  return symptom;
}

function isSuccessful(lines: string[]): boolean {
  const succeeded = lines.some((l) => SUCCESS_MARKERS.some((re) => re.test(l)));
  return succeeded && !lines.some((l) => /\bFAILED\b/.test(l));
}

function isFailureLine(text: string): boolean {
  return !STACK_FRAME.test(text) && FAILURE_MARKERS.some((re) => re.test(text));
}

function toFinding(c: Candidate, options: AnalyzeOptions): Finding {
  const s = c.signature;
  let confidence: number = BASE_CONFIDENCE[s.role] * (s.weight ?? 1);
  if (options.runtime && s.runtimes !== 'all' && !s.runtimes.includes(options.runtime)) confidence *= RUNTIME_MISMATCH;
  if (c.stage && !s.stages.includes(c.stage)) confidence *= STAGE_MISMATCH;
  const onlyStage = s.stages.length === 1 ? s.stages[0] : undefined;
  return {
    signature: s.id,
    category: s.category,
    stage: c.stage ?? onlyStage ?? null,
    role: s.role,
    confidence: round(confidence),
    cause: s.cause,
    remedy: s.remedy,
    docs: s.docs,
    file: c.path,
    line: c.line,
    text: c.text,
  };
}

function unrecognised(ref: LineRef, options: AnalyzeOptions): Finding {
  return {
    signature: null,
    category: 'other',
    stage: ref.stage ?? options.stage ?? null,
    role: 'unrecognised',
    confidence: UNRECOGNISED_CONFIDENCE,
    cause: 'The logs show a failure that matches no known signature.',
    remedy: `No known signature: read the lines around ${ref.path}:${ref.line}; the full logs are in the log folder.`,
    docs: null,
    file: ref.path,
    line: ref.line,
    text: ref.text,
  };
}

/** When a failure is reported but no log line says so, the last (non-benign) line is the best pointer left. */
function lastLine(logs: LogInput[], options: AnalyzeOptions): LineRef {
  for (let logIndex = logs.length - 1; logIndex >= 0; logIndex--) {
    const log = logs[logIndex]!;
    const lines = log.content.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
      const text = lines[i]!.trim();
      if (text && !matchSignature(text)?.benign) return { logIndex, path: log.path, line: i + 1, text: clip(text), stage: log.stage ?? options.stage };
    }
  }
  const path = logs[0]?.path ?? '';
  return { logIndex: 0, path, line: 0, text: '', stage: options.stage };
}

/** Root causes first, then confidence, then the earliest evidence (in the order the logs were given). */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    ROLE_ORDER[a.finding.role] - ROLE_ORDER[b.finding.role] ||
    b.finding.confidence - a.finding.confidence ||
    a.logIndex - b.logIndex ||
    a.finding.line - b.finding.line
  );
}

function stageFromName(path: string): Stage | undefined {
  const name = basename(path).toLowerCase();
  if (name.includes('restore')) return 'restore';
  if (name.includes('dump') || name.includes('checkpoint')) return 'checkpoint';
  return undefined;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
