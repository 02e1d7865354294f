/**
 * Turns checkpoint/restore logs into ranked findings: which known signature explains the failure,
 * what to change, and where in which log the evidence is.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { FAMILY_SIGNATURES } from './families.ts';
import { SIGNATURES } from './signatures.ts';
import { CHECK_PASSED, CHECK_PASSED_MAYBE, errnoHint, isConsequence, normalizeLine, parseErrorLine, parseGdbFrame, RESOURCE_FRAMES, SUCCESS_MARKERS, unquoteLine } from './structure.ts';
import type { AnalyzeOptions, Category, Finding, LogInput, Signature, Stage } from './types.ts';

const MAX_TEXT = 300;
/** A report is read by a person: a handful of findings, causes first. */
const MAX_FINDINGS = 8;

const BASE_CONFIDENCE = { 'root-cause': 0.9, symptom: 0.5 } as const;
/** An unrecognised failure is a pointer to a line, never a diagnosis; a guessed category adds a little. */
/** The confidence of an unrecognised failure whose category is only the prior (the most frequent failure of such a log). */
export const UNRECOGNISED_CONFIDENCE = 0.2;
const GUESSED_CONFIDENCE = 0.3;
/** A family or errno match on a line that only reports a consequence ranks below any cause. */
const CONSEQUENCE_SCALE = 0.6;
/** Each further line of the same category (another file, another message) adds a little: weak signals add up. */
const AGREEMENT_BONUS = 0.05;
const AGREEMENT_MAX = 0.15;
/**
 * The first error after the last success marker starts the causal chain: what follows it is often
 * its consequence (a failed cgroup write, then "Restoring special cpuset props failed!"), so it
 * ranks above later lines of equal weight. Families only: a catalogued message needs no help, and
 * between two of them the earlier line wins a tie anyway.
 */
const FIRST_ERROR_BONUS = 0.1;
/** Above the first error: an error that CRIU's own wrapper line says made a step fail. */
const PROXIMATE_BONUS = 0.2;
/** criu/cr-dump.c's step wrappers: `Dump files (pid: 4131) failed with -1`, `Collect mappings (pid: N) failed with -1`. */
const STEP_WRAPPER = /\(pid: \d+\) failed with -?\d+/;
/** CRIU's `Warn (...)` level: CRIU went on after it, so an `Error (...)` line of the same log ranks above it. */
const WARN_SCALE = 0.7;
const CRIU_WARN = /\bWarn\s*\((?:[\w.-]+\/)*[\w-]+\.c:\d+\)/;
/** A family never reaches a catalogued message, however many lines agree. */
const FAMILY_CAP = 0.85;
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
  // the engines' reports that CRIU failed (crun src/libcrun/criu.c, runc/go-criu "criu failed: type"):
  // consequences, but they tell a CRIU failure from an unknown one
  /\bCRIU (?:checkpointing|restoring) failed\b/,
  /\bcriu failed: type \w+/,
  // the innermost frame of a gdb backtrace (`#0  0x00007f... in wait4 (...) at ...`): what people post for a
  // CRIU or a JVM that hangs; the frames below it name where (guessCategory reads them)
  /^#0\s+(?:0x[0-9a-f]+\s+in\s+)?[\w:~<>.]+\s*\(/,
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
  consequence: boolean;
  /** The first error line of its log after the last success: the head of the causal chain. */
  first?: boolean;
  /** The error just before a wrapper that reports its step failed: the proximate cause. */
  proximate?: boolean;
  /** Printed again later and followed by another error: CRIU went on after it, so it did not stop the run. */
  survived?: boolean;
  /** A restore line of a log whose dump, earlier in it, already failed with a known cause: a consequence of that dump. */
  afterFailedDump?: boolean;
}

interface Ranked {
  finding: Finding;
  logIndex: number;
}

export function analyze(logs: LogInput[], options: AnalyzeOptions = {}): Finding[] {
  const candidates = new Map<string, Candidate>();
  /** Every line a signature matched, for agreement between weak signals. */
  const matched: Candidate[] = [];
  const unexplained: LineRef[] = [];
  let failingLogMatched = false;
  /** The last line of each CRIU log that starts but neither succeeds nor fails: cut short, or CRIU hung. */
  const cutEnds: LineRef[] = [];

  const logLines: string[][] = [];
  logs.forEach((log, logIndex) => {
    const lines = unwrap(log.content.split(/\r?\n/).map(unquoteLine));
    logLines[logIndex] = lines;
    const succeeded = isSuccessful(lines);
    // In a log that worked once and then failed (a retried dump, a restore after a dump), the
    // failure is what follows the last success: earlier errors did not stop anything.
    // A passed `criu check` ends its probes of optional features: what it printed before says nothing.
    // "Looks good but some kernel features are missing" may explain a failure, so its probes are
    // dropped only when the caller knows the run succeeded.
    const checkEnd = Math.max(lastMatch(lines, CHECK_PASSED), options.failed === false ? lastMatch(lines, CHECK_PASSED_MAYBE) : -1);
    const start = Math.max(succeeded ? 0 : lastSuccessLine(lines) + 1, checkEnd + 1);
    const allowed = contextFilter(lines);
    const survived = survivedErrors(lines, start);
    const stage = log.stage ?? options.stage ?? stageFromContent(lines);
    // the phase of each line when the log holds a dump and then the restore of its image (only when the caller did not say)
    const stageOf = log.stage ?? options.stage ? () => stage : lineStages(lines, stage);
    let firstSeen = false;
    // A failing log whose CRIU printed only warnings (the error went elsewhere, or was cut): its
    // warnings are the only evidence there is.
    const warningsOnly = !succeeded && !lines.some((l, i) => i >= start && isFailureLine(l.trim()));
    const isFailure = (text: string) => isFailureLine(text) || (warningsOnly && CRIU_WARN.test(text));
    if (warningsOnly && isCriuLogHead(lines)) {
      const end = lastLineOf(lines);
      if (end >= 0) cutEnds.push({ logIndex, path: log.path, line: end + 1, text: clip(lines[end]!.trim()), stage });
    }
    // the last cause-like error line seen, for the wrapper that reports its step failed
    let lastCause: Candidate | undefined;
    lines.forEach((raw, i) => {
      const text = raw.trim();
      if (!text || i < start) return;
      const signature = matchSignature(text, allowed);
      // CRIU's wrappers ("Dump files (pid: N) failed with -1") report that the step of the error just
      // before them failed: that error is the proximate cause, whatever came first
      if (!succeeded && isFailure(text) && STEP_WRAPPER.test(text)) {
        if (lastCause) lastCause.proximate = true;
        lastCause = undefined;
      }
      if (signature?.benign) return;
      // CRIU prints harmless `Error (...)` lines in runs that succeed: in a log that ends in success,
      // a line's subsystem and errno (a family) say nothing; only a catalogued message may count.
      if (signature && succeeded && isFamily(signature)) return;
      const ref: LineRef = { logIndex, path: log.path, line: i + 1, text: clip(text), stage: stageOf(i) };
      // the head of the causal chain: the first error line that is not itself a consequence
      const first = !succeeded && !firstSeen && isFailure(text) && !isConsequence(text);
      if (first) firstSeen = true;
      if (signature) {
        const c: Candidate = { ...ref, signature, consequence: isFamily(signature) && isConsequence(text), first, survived: survived.has(i) };
        matched.push(c);
        if (!isConsequence(text)) lastCause = c;
        // One finding per signature: the first line that shows it, unless that line is only a
        // consequence and a later one is not.
        const prev = candidates.get(signature.id);
        if (!prev || (prev.consequence && !c.consequence)) candidates.set(signature.id, c);
        if (!succeeded) failingLogMatched = true;
      } else if (!succeeded && isFailure(text)) {
        unexplained.push(ref);
        if (!isConsequence(text)) lastCause = undefined;
      }
    });
    // A dump that failed with a known cause before the restore of its image in the same log: whatever the
    // restore says after it is a consequence (the image is missing or partial), so the dump's cause ranks first.
    const own = matched.filter((m) => m.logIndex === logIndex);
    if (own.some((m) => m.stage === 'checkpoint' && m.signature.role === 'root-cause' && !m.consequence && !m.survived)) {
      for (const m of own) if (m.stage === 'restore') m.afterFailedDump = true;
    }
  });

  const ranked: Ranked[] = [...candidates.values()].map((c) => ({ finding: toFinding(c, options, matched), logIndex: c.logIndex }));
  const failed = options.failed ?? (failingLogMatched || unexplained.length > 0 || cutEnds.length > 0);
  const hasRootCause = ranked.some((r) => r.finding.role === 'root-cause');
  // Point at an unexplained error line only when nothing known explains the failure: a guess next
  // to a real diagnosis would only distract.
  const consequences = matched.filter((m) => m.consequence);
  // a wrapper whose usual cause is known (Spring's CRaC refresh failure, Liberty's failed restore)
  const wrapper = [...candidates.values()].find((c) => c.signature.usualCause);
  if (failed && !hasRootCause && (unexplained.length > 0 || ranked.length === 0 || consequences.length > 0 || wrapper)) {
    // a CRIU log cut short (or whose CRIU hung) has no error line: where it ends says more than its warnings
    const cut = !wrapper && unexplained.every((u) => CRIU_WARN.test(u.text)) ? cutEnds[0] : undefined;
    const ref = cut ?? firstCause(unexplained) ?? consequences[0] ?? wrapper ?? lastLine(logs, options);
    const usual = wrapper ? { signature: wrapper.signature, lines: logLines[wrapper.logIndex] ?? [] } : undefined;
    const lines = logLines[ref.logIndex] ?? [];
    ranked.push({ finding: unrecognised(ref, options, [...unexplained, ...matched], lines, usual, cut !== undefined), logIndex: ref.logIndex });
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
function matchSignature(line: string, allowed: (s: Signature) => boolean = (s) => !s.context && !s.when): Signature | undefined {
  let symptom: Signature | undefined;
  for (const signature of SIGNATURES) {
    if (!signature.patterns.some((re) => re.test(line)) || !allowed(signature)) continue;
    if (signature.benign || signature.role === 'root-cause') return signature;
    symptom ??= signature;
  }
  return symptom;
}

function isSuccessful(lines: string[]): boolean {
  const succeeded = lines.some((l) => SUCCESS_MARKERS.some((re) => re.test(l)));
  return succeeded && !lines.some((l) => /\bFAILED\b/.test(l));
}

/**
 * Logs pasted into terminals and issue threads arrive wrapped: `... (-1/6): No spa` / `ce left on
 * device`. A line that cannot start a log line (no timestamp, pid or level, a lowercase fragment)
 * directly after a CRIU error line is joined onto it, and replaced by an empty line so that line
 * numbers stay those of the file.
 */
function unwrap(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    // a wrap cuts a long line mid-word: the error line is long and ends in a letter, the rest is a short lowercase fragment
    if (/\bError \(/.test(prev) && prev.length >= 60 && /[A-Za-z]$/.test(prev) && /^[a-z][a-z ]*\S/.test(cur) && !/^[a-z]+:/.test(cur) && cur.length < 40) {
      out[i - 1] = prev + cur;
      out[i] = '';
    }
  }
  return out;
}

/** Signatures whose second signal (`context`) some line of this log shows, and those that need none. */
function contextFilter(lines: readonly string[]): (s: Signature) => boolean {
  const seen = new Map<RegExp, boolean>();
  const holds = new Map<Signature['when'], boolean>();
  return (s) => {
    if (s.when) {
      let ok = holds.get(s.when);
      if (ok === undefined) holds.set(s.when, (ok = s.when(lines)));
      if (!ok) return false;
    }
    if (!s.context) return true;
    let ok = seen.get(s.context);
    if (ok === undefined) seen.set(s.context, (ok = lines.some((l) => s.context!.test(l))));
    return ok;
  };
}

function lastMatch(lines: readonly string[], re: RegExp): number {
  for (let i = lines.length - 1; i >= 0; i--) if (re.test(lines[i]!)) return i;
  return -1;
}

/**
 * Error lines CRIU went on from: CRIU stops at the error that fails the run, so an error printed
 * again later (a probe run for each namespace, a retry) and followed by a different error did not
 * stop it; the different error did. Lines of restored tasks (`pie: 14:`, `  1192: Error`) are left
 * out: those tasks run side by side, and each may print the same fatal error. Returns the indices.
 */
const TASK_LINE = /^\s*(?:b?['"])?(?:\(\s*[\d.]+\)\s*)?(?:pie:\s*)?\d+:\s/;

function survivedErrors(lines: readonly string[], start: number): Set<number> {
  const out = new Set<number>();
  const at = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const t = l.trim();
    if (i < start || !isFailureLine(t) || isConsequence(t) || TASK_LINE.test(l)) return;
    const key = normalizeLine(t);
    at.set(key, [...(at.get(key) ?? []), i]);
  });
  for (const [key, idx] of at) {
    if (idx.length < 2) continue;
    const last = idx[idx.length - 1]!;
    const laterOther = [...at.entries()].some(([k, other]) => k !== key && other.some((j) => j > last));
    if (laterOther) for (const i of idx) out.add(i);
  }
  return out;
}

/** Index of the last success marker followed by a failure, or -1. */
function lastSuccessLine(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (SUCCESS_MARKERS.some((re) => re.test(lines[i]!))) return i;
  return -1;
}

const FAMILY_IDS = new Set(FAMILY_SIGNATURES.map((s) => s.id));

/** A signature that names a subsystem (a source file, an errno) rather than a message. */
function isFamily(s: Signature): boolean {
  return FAMILY_IDS.has(s.id);
}

/** The first unexplained line that is a cause rather than a consequence, CRIU's own errors first. */
function firstCause(refs: LineRef[]): LineRef | undefined {
  const causes = refs.filter((r) => !isConsequence(r.text));
  // when every line is a consequence, CRIU's own (its log, with the progress lines before it) says more
  // than an engine's wrapper of it
  return causes.find((r) => parseErrorLine(r.text).file !== null) ?? causes[0] ?? refs.find((r) => parseErrorLine(r.text).file !== null) ?? refs[0];
}

function isFailureLine(text: string): boolean {
  return !STACK_FRAME.test(text) && FAILURE_MARKERS.some((re) => re.test(text));
}

function toFinding(c: Candidate, options: AnalyzeOptions, matched: Candidate[]): Finding {
  const s = c.signature;
  let confidence: number = BASE_CONFIDENCE[s.role] * (s.weight ?? 1);
  if (isFamily(s) && s.role === 'root-cause') {
    const others = new Set(matched.filter((m) => m.signature.category === s.category && m.signature.role === 'root-cause' && m !== c && !m.consequence).map((m) => m.text));
    const head = c.consequence ? 0 : c.proximate ? PROXIMATE_BONUS : c.first ? FIRST_ERROR_BONUS : 0;
    confidence = Math.min(FAMILY_CAP, confidence + head + Math.min(AGREEMENT_MAX, AGREEMENT_BONUS * others.size));
    if (c.consequence) confidence *= CONSEQUENCE_SCALE;
  }
  if (CRIU_WARN.test(c.text) || c.survived) confidence *= WARN_SCALE;
  if (c.afterFailedDump) confidence *= CONSEQUENCE_SCALE;
  // A subsystem named only by a line that reports a consequence is a symptom of that subsystem.
  const role = c.consequence ? 'symptom' : s.role;
  if (options.runtime && s.runtimes !== 'all' && !s.runtimes.includes(options.runtime)) confidence *= RUNTIME_MISMATCH;
  if (c.stage && !s.stages.includes(c.stage)) confidence *= STAGE_MISMATCH;
  const onlyStage = s.stages.length === 1 ? s.stages[0] : undefined;
  return {
    signature: s.id,
    category: s.category,
    stage: c.stage ?? onlyStage ?? null,
    role,
    confidence: round(confidence),
    cause: s.cause,
    remedy: s.remedy,
    docs: s.docs,
    file: c.path,
    line: c.line,
    text: c.text,
  };
}

/**
 * What CRIU was doing when it failed: its progress lines just before the first error (`Dumping inet
 * socket at 14`, `tty: Restoring tty 3`, `mnt: Mounting ...`) name the object it was working on. A
 * line a signature knows (a wrapper such as Liberty's CWWKE0962E quoting the log) is not progress.
 */
const CONTEXT_LINES = 6;

function contextBefore(lines: readonly string[], line: number): string[] {
  const out: string[] = [];
  for (let i = line - 2; i >= 0 && out.length < CONTEXT_LINES; i--) {
    const t = lines[i]!.trim();
    if (t && !/^-+$/.test(t.replace(/^\(\s*[\d.]+\)\s*/, '')) && !matchSignature(t)) out.push(t);
  }
  return out;
}

function unrecognised(
  ref: LineRef,
  options: AnalyzeOptions,
  evidence: Array<LineRef & { signature?: Signature }>,
  lines: readonly string[],
  wrapper?: { signature: Signature; lines: readonly string[] },
  cut = false,
): Finding {
  const parsed = parseErrorLine(ref.text);
  const stage = ref.stage ?? options.stage ?? null;
  const guess = (wrapper && wrappedCause(ref, wrapper.signature, wrapper.lines)) ?? guessCategory(ref, evidence, contextBefore(lines, ref.line), lines);
  const where = cut
    ? 'the CRIU log ends with no error line (cut short, or CRIU stopped there); its last line is'
    : parsed.file
      ? `CRIU's first error is in ${parsed.file}`
      : 'the first error line is';
  const errno = parsed.errnoName ? ` (${parsed.errnoName}: ${parsed.errno})` : '';
  const likely = guess ? ` Most likely ${guess.category} (low confidence, from ${guess.from}).` : '';
  return {
    signature: null,
    category: guess?.category ?? 'other',
    stage,
    role: 'unrecognised',
    // a prior (the most frequent failure of such a log) is a weaker guess than the log's own signals
    confidence: guess && !guess.prior ? GUESSED_CONFIDENCE : UNRECOGNISED_CONFIDENCE,
    cause: `Unrecognised failure${stage ? ` in ${stage}` : ''}: ${where}${errno}: "${clipWords(parsed.message, 160)}".${likely}`,
    remedy: `No known signature: read the lines around ${ref.path}:${ref.line}; the full logs are in the log folder.`,
    docs: null,
    file: ref.path,
    line: ref.line,
    text: ref.text,
  };
}

/**
 * The words of a failure line, as weak votes for a category when no signature matched: what the
 * subsystems and the JVMs call the thing that failed (CRIU's messages, the JVMs' exception names).
 */
const WORD_HINTS: ReadonlyArray<{ category: Category; re: RegExp }> = [
  // "kernel doesn't support X" names the kernel, whatever X is (criu/sockets.c, criu/kerndat.c)
  { category: 'kernel-or-criu-unsupported', re: /\b(?:kernel|CRIU) (?:doesn't|does not|cannot|can't) support\b|\bnot supported by (?:the |this )?kernel\b/i },
  { category: 'seccomp', re: /\bseccomp\b/i },
  { category: 'security-policy', re: /\b(?:apparmor|selinux|avc|LSM|yama)\b/i },
  { category: 'tty', re: /\b(?:tty|pty|ptmx|terminal|console|\/dev\/pts)\b/i },
  { category: 'cpu-features', re: /\b(?:cpu|processor|xsave|fpu|SIGILL|instruction set)\b/i },
  { category: 'open-socket', re: /\b(?:sockets?|tcp|udp|inet6?|connections?|port \d+|listen)\b/i },
  { category: 'pid-conflict', re: /\b(?:pid|ns_last_pid|set_tid)\b.*\b(?:exists|busy|in use|mismatch|taken)\b/i },
  { category: 'memory-or-resource', re: /\b(?:memory|OOM|out of|ulimit|rlimit|quota|disk full|too many)\b/i },
  { category: 'missing-capability', re: /\b(?:capabilit\w*|CAP_[A-Z_]+|privileged|non-?root|unprivileged|requires root)\b/i },
  { category: 'file-mismatch', re: /\b(?:ghost|No such file|file .* (?:changed|size|mode)|mount(?:point)? .* missing)\b/i },
  // the mount tree CRIU walks for every file (criu/mount.c, files-reg.c "Can't lookup mount=%d for fd=%d")
  { category: 'kernel-or-criu-unsupported', re: /\b(?:lookup mount|mount=\d+|mnt_id|mount ?namespace|mntns|overlayfs)\b/i },
  { category: 'open-file', re: /\b(?:file descriptor|open file|fd=\d+|inotify|fanotify|eventfd|epoll)\b/i },
  { category: 'kernel-or-criu-unsupported', re: /\b(?:kernel|not supported|unsupported|not implemented|too old|version)\b/i },
  { category: 'jvm-or-framework', re: /\b(?:Exception|jvm|java|hook|CWWK\w+|JVMJ9\w+)\b/ },
];

/** A category guessed for an unrecognised failure, and from what; `prior` when nothing of the log but its kind voted. */
type Guess = { category: Category; from: string; prior?: true };

/** Words that say a feature is missing rather than refused (the kernel's or CRIU's, or an engine's version gate). */
const UNSUPPORTED_WORDS = /\b(?:kernel|CRIU) (?:doesn't|does not) support\b|\bnot (?:currently )?supported\b|\bunsupported\b|\btoo old\b|\bnot implemented\b|\brequires at least\b|\bor (?:higher|greater|newer)\b/i;

/**
 * The category the innermost frames of a gdb backtrace point at: the first frames (innermost first) in a
 * CRIU source file that a family maps, or whose function's words name an object (`dump_one_tty`,
 * `restore_tcp_conn_state`). Counts 3, as much as a tty run, less than an error line's own words.
 */
function backtraceVote(lines: readonly string[]): [Category | null, number] {
  for (const l of lines) {
    const frame = parseGdbFrame(l);
    if (!frame) continue;
    if (frame.file && /(?:^|\/)(?:criu|compel|soccr)\//.test(frame.file)) {
      const family = FAMILY_SIGNATURES.find((f) => !f.when && f.patterns.some((re) => re.test(`Error (${frame.file}:1): ${frame.fn}`)));
      if (family) return [family.category, 3];
    }
    const words = wordHint(frame.fn.replace(/_/g, ' '));
    if (words && words !== 'jvm-or-framework' && frame.file && /(?:^|\/)(?:criu|compel|soccr)\//.test(frame.file)) return [words, 3];
  }
  return [null, 0];
}

/**
 * A container started with a terminal: an engine's run/create with `-t`, `-it`, `-dit`, `--tty`, or an
 * OCI config.json with `"terminal": true` (runtime-spec config.md, process.terminal).
 */
const TTY_CONFIG = /"terminal"\s*:\s*true\b/;
const TTY_RUN = /\b(?:docker|podman|nerdctl|ctr)\b(?:\s+(?:container|c))?\s+(?:run|create)\b.*?\s(?:-[a-zA-Z]*t[a-zA-Z]*|--tty(?:=true)?)(?=\s|$)/;

/** CRIU's own sockets to its parasite (compel's transport and daemon sockets, `tsock`) are not the app's sockets. */
const CRIU_OWN_SOCKETS = /\b(?:daemon|transport|control|parasite|service)\s+sockets?\b|\btsock\b/gi;

function wordHint(text: string): Category | null {
  // a path names a file, not a subsystem (`path=/opt/java/bin/java` is no JVM message)
  const own = text.replace(CRIU_OWN_SOCKETS, '').replace(/(^|[\s=\[(])\/[^\s\])]+/g, '$1');
  return WORD_HINTS.find((w) => w.re.test(own))?.category ?? null;
}

/**
 * Weak signals for an unrecognised failure, added up: the errno of the first error line decides
 * alone; then the subsystem families seen on consequence lines (2 each), the errnos of the other
 * lines (1 each), the words of the failure lines (1 each, 2 for the first error) and of the lines
 * just before the first error (1 each: what CRIU was working on). When nothing
 * votes, the most frequent kind of failure of the kind of log: a CRIU log that fails without a known
 * line is most often a kernel/CRIU limitation, a JVM log a JVM or framework refusal.
 */
function guessCategory(ref: LineRef, evidence: Array<LineRef & { signature?: Signature }>, context: string[], lines: readonly string[] = []): Guess {
  const parsed = parseErrorLine(ref.text);
  // where the failing call sits decides before its errno: a line that says a feature is missing or a
  // version too old is a version gap, whatever errno it ends with
  if (UNSUPPORTED_WORDS.test(parsed.message)) return { category: 'kernel-or-criu-unsupported', from: 'the words of the first error line' };
  // ENOENT names a missing file only where a file is expected back (a restore); while dumping, the process
  // still has what it opened, and what is missing is a kernel interface (/proc, /sys, a namespace file)
  const first = parsed.errnoName === 'ENOENT' && ref.stage === 'checkpoint' ? 'kernel-or-criu-unsupported' : errnoHint(parsed.errnoName);
  if (first) return { category: first, from: `the errno ${parsed.errnoName}${parsed.errnoName === 'ENOENT' && ref.stage === 'checkpoint' ? ' while dumping' : ''}` };
  const votes = new Map<Category, number>();
  const vote = (c: Category | null, n: number) => {
    if (c && c !== 'other') votes.set(c, (votes.get(c) ?? 0) + n);
  };
  // a subsystem family seen only on consequence lines still says where the failure was
  for (const e of evidence) if (e.signature && isFamily(e.signature)) vote(e.signature.category, 2);
  for (const e of evidence) if (!isConsequence(e.text)) vote(errnoHint(parseErrorLine(e.text).errnoName), 1);
  vote(wordHint(parsed.message), 2);
  for (const e of evidence) if (!e.signature && e !== ref && !isConsequence(e.text)) vote(wordHint(parseErrorLine(e.text).message), 1);
  // what CRIU was doing just before: its progress lines name the object (a socket, a tty, a mount)
  for (const t of context) vote(wordHint(t), 1);
  // the host's SELinux is enforcing (getenforce, sestatus, as posted beside the log): a failure CRIU does not
  // explain there is most often the policy (container_t may not do all that CRIU does)
  if (lines.some((l) => /^\s*Enforcing\s*$|\bCurrent mode:\s+enforcing\b/i.test(l))) vote('security-policy', 3);
  // a restored or dumped task killed by SIGKILL that CRIU did not send (criu/cr-restore.c "%d killed by signal
  // %d: %s"): in a container the usual sender is the kernel's OOM killer, whose report is in the kernel log
  // (a shell or build reports the same as exit status 128 + 9)
  if (lines.some((l) => /\bkilled by signal 9\b|\bexit (?:status|code):? 137\b|non-zero code: 137\b/.test(l))) vote('memory-or-resource', 2);
  // a backtrace of a hung CRIU: the innermost frames in CRIU's sources name the subsystem it waits in
  // (the file through the families, the function's words through the word hints)
  vote(...backtraceVote(lines));
  // the container was started with a terminal (`docker run -it`, `ctr run -t`): a pty CRIU must dump
  // and a restore must recreate; Docker does not checkpoint interactive containers at all (a Docker
  // maintainer in moby/moby#27200: "only ones started in background mode")
  if (lines.some((l) => TTY_RUN.test(l) || TTY_CONFIG.test(l))) vote('tty', 3);
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return { category: best[0], from: 'the other error lines and their words' };
  // a Java class name (`org.eclipse.openj9.criu.RestoreException`) does not make a JVM's line CRIU's
  const texts = [ref, ...evidence].map((e) => e.text);
  const withoutClassNames = texts.map((t) => t.replace(/\b[a-z]\w*(?:\.\w+){2,}/g, ''));
  if (withoutClassNames.some((t) => parseErrorLine(t).file !== null || /\bcriu\b/i.test(t))) return { category: 'kernel-or-criu-unsupported', from: 'the most frequent failure of a CRIU log with no known line', prior: true };
  if (texts.some((t) => /Exception\b|\bjava\b/i.test(t))) return { category: 'jvm-or-framework', from: 'the most frequent failure of a JVM log with no known line', prior: true };
  // a failure that names neither CRIU nor a JVM (an engine's or orchestrator's line, a log cut short): a
  // checkpoint or restore that fails with nothing known is most often a kernel, CRIU or engine limitation.
  // Never a bare `other`: the phase and this prior are what is known (issue 14, item 3).
  return { category: 'kernel-or-criu-unsupported', from: 'the most frequent failure of a checkpoint or restore with no known line', prior: true };
}

/**
 * What a wrapper that names no cause most likely wraps, when no CRIU error line says more: the stack
 * frames of the log (a file API or a socket API, e.g. the opener's stack CRaC prints), then the
 * wrapper's usual cause.
 */
function wrappedCause(ref: LineRef, wrapper: Signature, lines: readonly string[]): Guess | null {
  // a CRIU error line under the wrapper is more specific than any prior: the general guess reads it
  if (parseErrorLine(ref.text).file) return null;
  const votes = RESOURCE_FRAMES.map((f) => ({ category: f.category, n: lines.filter((l) => f.re.test(l)).length })).filter((v) => v.n > 0);
  votes.sort((a, b) => b.n - a.n);
  if (votes[0] && votes[0].n > (votes[1]?.n ?? 0)) return { category: votes[0].category, from: 'the stack frames of the log' };
  return wrapper.usualCause ? { category: wrapper.usualCause, from: `the usual cause behind ${wrapper.id}` } : null;
}

/**
 * A CRIU log from its start (criu/crtools.c prints "CRIU run id = ..." and "Version: ..." first, cr-dump.c
 * "Dumping processes (pid: ...)"), with its progress lines: CRIU ends every run it finishes with a verdict
 * (`... finished successfully` or `... FAILED`), so such a log without one was cut short or CRIU stopped.
 * (A `tail` of a log has no start and says nothing of the kind.)
 */
const CRIU_START = /\b(?:CRIU run id = |Version: \d+\.\d+|Dumping processes \(pid: \d+)/;
const CRIU_PROGRESS = /^\s*(?:b?['"])?\(\s*\d+\.\d+\)\s/;
const CRIU_VERDICT = /\b(?:finished successfully|FAILED)\b|^\s*Looks good/;

function isCriuLogHead(lines: readonly string[]): boolean {
  if (!lines.slice(0, 30).some((l) => CRIU_START.test(l))) return false;
  if (lines.some((l) => CRIU_VERDICT.test(l))) return false;
  return lines.filter((l) => CRIU_PROGRESS.test(l)).length >= 5;
}

function lastLineOf(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim()) return i;
  return -1;
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

/**
 * The phase a log belongs to when neither its name nor the caller says: CRIU's own banners and
 * verdicts (criu/cr-dump.c, criu/cr-restore.c), the JVMs' exceptions and the engines' commands.
 * The last word wins: a restore that follows a dump in one log is a restore failure.
 */
const STAGE_WORDS: ReadonlyArray<{ stage: Stage; re: RegExp }> = [
  { stage: 'checkpoint', re: /\b(?:Dumping processes \(pid|Dumping pstree \(pid|Dumping FAILED|Pre-dumping FAILED|criu dump\b|checkpoint create\b|container checkpoint\b|runc checkpoint\b|CheckpointException|Could not dump the JVM|CWWKC0451I|CWWKC0453E|JDK\.checkpoint\b|CRIU checkpointing failed)/ },
  { stage: 'restore', re: /\b(?:Restoring FAILED|Reading image tree|criu restore\b|container restore\b|runc restore\b|start --checkpoint\b|RestoreException|CRaCRestoreFrom=|CWWKC0454E|CWWKE0964E|CWWKE0961I|CRIU restoring failed|Killing processes because of failure on restore)/ },
];

/**
 * The commands and banners that open a restore (CRIU's "Reading image tree" in criu/cr-restore.c, the
 * engines' restore commands, CRaC's -XX:CRaCRestoreFrom): the lines after one belong to the restore.
 */
const RESTORE_OPENS = /\b(?:Reading image tree|criu restore\b|container restore\b|runc restore\b|start --checkpoint\b|CRaCRestoreFrom=)/;

/**
 * Each line's phase in a log that shows a dump and then opens the restore of its image: the lines
 * before the restore opens are the dump's, the rest the restore's. Any other log has one phase.
 */
function lineStages(lines: readonly string[], stage: Stage | undefined): (i: number) => Stage | undefined {
  const opens = lines.findIndex((l) => RESTORE_OPENS.test(l));
  const dump = STAGE_WORDS.find((w) => w.stage === 'checkpoint')!.re;
  const dumpBefore = opens > 0 && lines.slice(0, opens).some((l) => dump.test(l));
  return dumpBefore ? (i) => (i < opens ? 'checkpoint' : 'restore') : () => stage;
}

export function stageFromContent(lines: readonly string[]): Stage | undefined {
  let found: { stage: Stage; at: number } | undefined;
  lines.forEach((line, at) => {
    for (const w of STAGE_WORDS) if (w.re.test(line) && (!found || at >= found.at)) found = { stage: w.stage, at };
  });
  return found?.stage;
}

function stageFromName(path: string): Stage | undefined {
  const name = basename(path).toLowerCase();
  if (name.includes('restore')) return 'restore';
  if (name.includes('dump') || name.includes('checkpoint')) return 'checkpoint';
  return undefined;
}

function clip(text: string): string {
  return clipWords(text, MAX_TEXT);
}

/** Cuts at a word boundary with an ellipsis, so evidence never ends mid-word. */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
