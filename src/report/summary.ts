/**
 * The job summary as Markdown (GitHub renders it, Mermaid chart included). Pure: the action writes
 * it with core.summary, the CLI can print it, tests read it.
 */
import type { Finding } from '../diagnosis/types.ts';
import type { PipelineResult } from '../pipeline/run.ts';
import { median, restoreRunOptions } from '../pipeline/verify.ts';
import { restoreRunCommand } from '../podman.ts';
import { RUNTIMES } from '../runtimes.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const icon = { ok: '✅', failed: '❌', skipped: '⏭️' } as const;

export function mermaidChart(title: string, coldMs: number | null, restoreMs: number): string {
  const labels = coldMs === null ? ['"restore"'] : ['"cold start"', '"restore"'];
  const values = coldMs === null ? [restoreMs] : [coldMs, restoreMs];
  const max = Math.max(...values, 1);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title.replace(/"/g, "'")}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "ms to first response" 0 --> ${Math.ceil(max * 1.1)}`,
    `  bar [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

export function findingsTable(findings: readonly Finding[]): string {
  if (!findings.length) return '';
  const rows = findings.map(
    (f) => `| ${esc(f.category)} | ${esc(f.cause)} | ${esc(f.remedy)} | \`${esc(f.text.slice(0, 160))}\` (${esc(f.file.split('/').slice(-2).join('/'))}:${f.line}) |`,
  );
  return ['| category | cause | fix | evidence |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export interface SummaryExtras {
  /** Heading suffix, e.g. the matrix cell. */
  jobKey?: string;
  artifactUrl?: string | null;
}

export function summaryMarkdown(r: PipelineResult, extras: SummaryExtras = {}): string {
  const out: string[] = [];
  const title = `checkpoint-image: ${r.config.runtime}${extras.jobKey ? ` (${extras.jobKey})` : ''} ${r.ok ? icon.ok : icon.failed}`;
  out.push(`## ${title}`, '');
  if (r.error) out.push(`> **Failed${r.failedPhase ? ` in ${r.failedPhase}` : ''}:** ${esc(r.error)}`, '');
  out.push('| phase | outcome | time | detail |', '| --- | --- | --- | --- |');
  for (const p of r.phases) out.push(`| ${p.name} | ${icon[p.status]} ${p.status} | ${p.status === 'skipped' ? '' : secs(p.durationMs)} | ${esc(p.detail.slice(0, 200))} |`);
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
    out.push(mermaidChart(`${r.config.runtime}${extras.jobKey ? ` ${extras.jobKey}` : ''}: time to first response`, v.coldMedianMs, v.restoreMedianMs), '');
  }
  if (r.checkpoint || r.commit) {
    out.push('### Image', '');
    if (r.commit) out.push(`- restore image: \`${r.commit.refs.join('`, `')}\``);
    if (r.push?.digest) out.push(`- digest: \`${r.push.digest}\``);
    if (r.checkpoint) out.push(`- checkpoint: ${(r.checkpoint.checkpointBytes / 1e6).toFixed(1)} MB in ${r.checkpoint.checkpointFiles} files; ready after ${r.checkpoint.readyMs ?? '–'} ms, checkpoint triggered ${r.checkpoint.triggerLatencyMs ?? '–'} ms after readiness`);
    if (r.commit) {
      const z = r.commit.sizes;
      out.push(`- image size: ${(z.restoreBytes / 1e6).toFixed(1)} MB, original ${(z.originalBytes / 1e6).toFixed(1)} MB; the restore image adds ${z.layersAdded} layer(s) of ${(z.addedBytes / 1e6).toFixed(1)} MB`);
    }
    const bc = r.build?.baseImageCache;
    if (bc?.key) out.push(`- base-image cache: ${bc.hit ? `hit, loaded ${bc.images.join(', ')} in ${bc.ms} ms` : `miss, saved ${(bc.bytes / 1e6).toFixed(0)} MB in ${bc.ms} ms`} (\`${bc.key}\`)`);
    if (r.commit?.restoreCommand) out.push(`- restore command: \`${esc(r.commit.restoreCommand.join(' '))}\``);
    if (r.commit) out.push(`- run it: \`${esc(restoreRunCommand(r.outputs.image || r.commit.refs[0] || '', { port: r.config.port, ...restoreRunOptions({ config: r.config, profile: RUNTIMES[r.config.runtime] }) }))}\``);
    out.push('');
  }
  if (r.findings.length) out.push('### Diagnosis', '', findingsTable(r.findings), '');
  out.push(extras.artifactUrl ? `Logs: [artifact](${extras.artifactUrl}) (also in \`${r.logDir}\`)` : `Logs: \`${r.logDir}\``, '');
  return out.join('\n');
}
