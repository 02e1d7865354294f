/**
 * The job summary as Markdown (GitHub renders it as GFM, Mermaid chart included). Pure: the action
 * writes it with core.summary, the CLI can print it, tests render it with a GFM parser.
 *
 * A failed run opens with the cause and its fix, from the top root-cause finding, before any table.
 * Text is escaped for where it goes: outside code spans `<`, `>` and `&` become entities (GitHub
 * would take `<T>` for HTML); inside code spans nothing is entity-escaped (GFM shows entities there
 * literally); in table cells `|` is escaped everywhere (GFM removes that backslash inside code spans
 * too). Evidence lines are long and unbreakable, so they sit in a folded block below the table.
 */
import { clipWords } from '../diagnosis/analyze.ts';
import type { Finding } from '../diagnosis/types.ts';
import type { Config } from '../inputs.ts';
import type { PipelineResult } from '../pipeline/run.ts';
import { median, restoreRunOptions } from '../pipeline/verify.ts';
import { restoreRunCommand } from '../podman.ts';
import { resolveProfile } from '../runtimes.ts';

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const icon = { ok: '✅', failed: '❌', skipped: '⏭️' } as const;
/** Cold start red, restore green: GitHub's Primer danger and success colours. */
const BAR_COLOURS = '#cf222e, #1a7f37';
/** Below this confidence a cause comes from a line's structure (a signature family), not a known message. */
const LIKELY_BELOW = 0.8;
const KIND: Record<Finding['role'], string> = { 'root-cause': 'cause', symptom: 'symptom', unrecognised: 'unrecognised' };

/** Entities for the characters GitHub would read as HTML, outside code spans only. */
const entities = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Markdown text with `code spans` kept literal: the text between backticks is left as it is, the
 * rest is entity-escaped. `cell` also escapes pipes for a table cell; newlines become spaces.
 */
export function inline(text: string, cell = false): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const parts = flat.split(/(`+[^`]*?`+)/);
  const out = parts.map((p, i) => (i % 2 === 1 && /^(`+)[^`]*\1$/.test(p) ? p : entities(p))).join('');
  return cell ? out.replace(/\|/g, '\\|') : out;
}

/** A code span for any text: a fence longer than any backtick run inside, padded where needed. */
export function code(text: string, cell = false): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  const span = `${fence}${pad}${flat}${pad}${fence}`;
  return cell ? span.replace(/\|/g, '\\|') : span;
}

/** A fenced code block that survives fences inside the text. */
function block(text: string): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

export function mermaidChart(title: string, coldMs: number, restoreMs: number): string {
  const max = Math.max(coldMs, restoreMs, 1);
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${BAR_COLOURS}"}}}}%%`,
    'xychart-beta',
    `  title "${title.replace(/"/g, "'")}"`,
    `  x-axis ["cold start: ${coldMs} ms", "restore: ${restoreMs} ms"]`,
    `  y-axis "ms to first response" 0 --> ${Math.ceil(max * 1.1)}`,
    // one series per bar, so that each gets its own colour from the palette
    `  bar [${coldMs}, 0]`,
    `  bar [0, ${restoreMs}]`,
    '```',
  ].join('\n');
}

/** The lead of a failed run: cause and fix of the top finding, its docs and where the evidence is. */
export function causeLead(findings: readonly Finding[]): string[] {
  const top = findings.find((f) => f.role === 'root-cause') ?? findings.find((f) => f.role === 'unrecognised');
  if (!top) return [];
  const docs = top.docs ? ` ([docs](${top.docs}))` : '';
  // a cause read from a line's subsystem and errno rather than a known message says so
  const confidence =
    top.role === 'unrecognised' ? ' (no known signature; low confidence)' : top.confidence < LIKELY_BELOW ? ` (likely: from the failing subsystem and errno, confidence ${top.confidence.toFixed(2)})` : '';
  return [
    `**Cause:** ${inline(top.cause)}${confidence}${docs}  `,
    `**Fix:** ${inline(top.remedy)}  `,
    `<sub>Evidence: ${code(`${shortPath(top.file)}:${top.line}`)}, see Diagnosis below.</sub>`,
  ];
}

export function findingsTable(findings: readonly Finding[]): string {
  if (!findings.length) return '';
  const rows = findings.map((f, i) => {
    const docs = f.docs ? ` [docs](${f.docs})` : '';
    const kind = f.role === 'symptom' ? 'symptom (a consequence; the cause is above)' : KIND[f.role];
    return `| ${i + 1} | ${kind} | ${inline(f.category, true)} | ${inline(f.cause, true)} | ${inline(f.remedy, true)}${docs} |`;
  });
  return ['| # | kind | category | cause | fix |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Evidence lines, folded: each under its file and line, in a code block that scrolls instead of widening the page. */
export function evidenceDetails(findings: readonly Finding[]): string {
  if (!findings.length) return '';
  const items = findings.map((f, i) => `**${i + 1}.** ${code(`${shortPath(f.file)}:${f.line}`)}\n\n${block(clipWords(f.text, 300))}`);
  return ['<details><summary>Evidence (log lines)</summary>', '', ...items.flatMap((x) => [x, '']), '</details>'].join('\n');
}

export interface SummaryExtras {
  /** Heading suffix that tells matrix jobs apart, e.g. `build · ubuntu24 · x64 · app`. */
  jobKey?: string;
  artifactUrl?: string | null;
}

/**
 * What tells one job of a workflow from another in the summary: the job id, the runner image and
 * architecture, and the image built; `CHECKPOINT_IMAGE_JOB_KEY` (e.g. `${{ toJSON(matrix) }}`)
 * replaces it when set. GitHub gives actions no matrix values of their own.
 */
export function jobKeyFromEnv(env: NodeJS.ProcessEnv, config: Pick<Config, 'imageName'>): string | undefined {
  const explicit = env.CHECKPOINT_IMAGE_JOB_KEY?.replace(/\s+/g, ' ').trim();
  if (explicit) return explicit;
  const parts = [env.GITHUB_JOB, env.ImageOS, env.RUNNER_ARCH?.toLowerCase(), config.imageName.split('/').pop()].filter((p): p is string => Boolean(p));
  return parts.length > 1 ? parts.join(' · ') : undefined;
}

export function summaryMarkdown(r: PipelineResult, extras: SummaryExtras = {}): string {
  const out: string[] = [];
  const key = extras.jobKey ? ` (${inline(extras.jobKey)})` : '';
  out.push(`## checkpoint-image: ${r.config.runtime}${key} ${r.ok ? icon.ok : icon.failed}`, '');
  const lead = r.ok ? [] : causeLead(r.findings);
  if (!r.ok) {
    if (lead.length) out.push(...lead, '');
    if (r.error) out.push(`> **Failed${r.failedPhase ? ` in ${r.failedPhase}` : ''}:** ${inline(clipWords(r.error, 400))}`, '');
  }
  out.push('| phase | outcome | time | detail |', '| --- | --- | --- | --- |');
  for (const p of r.phases) {
    // the failed phase's message is already quoted above the table; with a known cause, point there
    const detail = p.status === 'failed' && lead.length && p.detail === r.error ? 'see the cause above' : clipWords(p.detail, 200);
    out.push(`| ${p.name} | ${icon[p.status]} ${p.status} | ${p.status === 'skipped' ? '' : secs(p.durationMs)} | ${inline(detail, true)} |`);
  }
  out.push('');
  if (r.verify) {
    const v = r.verify;
    out.push('### Cold start vs restore', '');
    out.push('| | median | min | max | runs |', '| --- | --- | --- | --- | --- |');
    const row = (name: string, xs: number[]) => `| ${name} | ${median(xs)} ms | ${Math.min(...xs)} ms | ${Math.max(...xs)} ms | ${xs.length} |`;
    if (v.cold.length) out.push(row('cold start', v.cold.map((s) => s.ms)));
    out.push(row('restore', v.restore.map((s) => s.ms)));
    out.push('');
    if (v.speedup !== null) out.push(`**${v.speedup}x** faster to the first response (cold ${v.coldMedianMs} ms, restore ${v.restoreMedianMs} ms).`, '');
    if (v.coldMedianMs !== null) {
      out.push(mermaidChart(`${r.config.runtime}${extras.jobKey ? ` ${extras.jobKey}` : ''}: time to first response`, v.coldMedianMs, v.restoreMedianMs), '');
    } else {
      // one bar compares nothing: say what was measured instead
      out.push(`Restore answered after ${v.restoreMedianMs} ms (median); no cold start was measured (input \`compare-runs: 0\`).`, '');
    }
  }
  if (r.checkpoint || r.commit) {
    out.push('### Image', '');
    if (r.commit) out.push(`- restore image: ${r.commit.refs.map((ref) => code(ref)).join(', ')}`);
    if (r.push?.digest) out.push(`- digest: ${code(r.push.digest)}`);
    if (r.checkpoint) out.push(`- checkpoint: ${(r.checkpoint.checkpointBytes / 1e6).toFixed(1)} MB in ${r.checkpoint.checkpointFiles} files; ready after ${r.checkpoint.readyMs ?? '–'} ms, checkpoint triggered ${r.checkpoint.triggerLatencyMs ?? '–'} ms after readiness`);
    if (r.checkpoint) out.push(checkpointSizeLine(r.checkpoint.checkpointBytes, r.verify?.restoreMedianMs ?? null, r.config.trimHeap));
    if (r.commit) {
      const z = r.commit.sizes;
      out.push(`- image size: ${(z.restoreBytes / 1e6).toFixed(1)} MB, original ${(z.originalBytes / 1e6).toFixed(1)} MB; the restore image adds ${z.layersAdded} layer(s) of ${(z.addedBytes / 1e6).toFixed(1)} MB`);
    }
    const bc = r.build?.baseImageCache;
    if (bc?.key) out.push(`- base-image cache: ${bc.hit ? `hit, loaded ${bc.images.map((i) => inline(i)).join(', ')} in ${bc.ms} ms` : `miss, saved ${(bc.bytes / 1e6).toFixed(0)} MB in ${bc.ms} ms`} (${code(bc.key)})`);
    if (r.commit?.restoreCommand) out.push(`- restore command: ${code(r.commit.restoreCommand.join(' '))}`);
    if (r.commit) out.push(`- run it: ${code(restoreRunCommand(r.outputs.image || r.commit.refs[0] || '', { port: r.config.port, ...restoreRunOptions({ config: r.config, profile: resolveProfile(r.config.runtime, r.config.javaOptions) }) }))}`);
    out.push('');
  }
  if (r.findings.length) out.push('### Diagnosis', '', findingsTable(r.findings), '', evidenceDetails(r.findings), '');
  out.push(extras.artifactUrl ? `Logs: [artifact](${extras.artifactUrl}) (also in ${code(r.logDir)})` : `Logs: ${code(r.logDir)}`, '');
  return out.join('\n');
}

/**
 * The size a restore reads back, and what each MB cost: a restore's time grows with the pages it
 * reads back, so ms per MB shows whether a smaller checkpoint would pay (input `trim-heap`).
 */
export function checkpointSizeLine(bytes: number, restoreMedianMs: number | null, trimHeap: boolean): string {
  const mb = bytes / 1e6;
  const perMb = restoreMedianMs !== null && mb > 0 ? `; restore ${restoreMedianMs} ms = ${(restoreMedianMs / mb).toFixed(1)} ms per MB` : '';
  return `- checkpoint size: **${mb.toFixed(1)} MB**${perMb} (heap ${trimHeap ? 'trimmed to live data before the dump' : 'not trimmed: `trim-heap: false`'})`;
}

function shortPath(file: string): string {
  return file.split('/').slice(-2).join('/');
}
