import { describe, expect, it } from 'vitest';
import { lastLineMatching, toAnnotations, MAX_ANNOTATIONS } from '../../src/action/annotations.ts';
import type { Finding } from '../../src/diagnosis/types.ts';
import { parseInputs } from '../../src/inputs.ts';
import type { PipelineResult } from '../../src/pipeline/run.ts';
import { marked, type Tokens } from 'marked';
import { analyze, clipWords } from '../../src/diagnosis/analyze.ts';
import { causeLead, code, inline, jobKeyFromEnv, summaryMarkdown } from '../../src/report/summary.ts';

const finding = (over: Partial<Finding> = {}): Finding => ({
  signature: 'criu-seccomp-suspend', category: 'seccomp', stage: 'checkpoint', role: 'root-cause', confidence: 0.95,
  cause: 'The default seccomp profile stops CRIU from suspending the seccomp filter.', remedy: 'Run the checkpoint with `--security-opt seccomp=unconfined`.',
  docs: 'https://github.com/checkpoint-restore/criu/issues/2391', file: '/logs/checkpoint/dump.log', line: 12,
  text: 'Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: <Operation not permitted>', ...over,
});

const result = (over: Partial<PipelineResult> = {}): PipelineResult => ({
  ok: true, runId: 'criu-x', error: null, failedPhase: null,
  config: parseInputs({ runtime: 'criu', image: 'localhost/app', 'ready-url': '/' }),
  outputs: { image: 'localhost/app:latest', digest: '', 'checkpoint-bytes': '1', 'cold-start-ms': '2400', 'restore-start-ms': '300', speedup: '8', 'log-dir': '/logs', manifests: '' },
  phases: [{ name: 'setup', status: 'ok', durationMs: 300, detail: 'podman 4.3.1' }, { name: 'push', status: 'skipped', durationMs: 0, detail: '' }],
  findings: [], logDir: '/logs', preflight: null, build: null, checkpoint: null, commit: null, push: null, manifests: [], leftovers: [],
  verify: {
    restore: [{ kind: 'restore', ms: 300, body: '' }, { kind: 'restore', ms: 280, body: '' }, { kind: 'restore', ms: 350, body: '' }],
    cold: [{ kind: 'cold', ms: 2400, body: '' }, { kind: 'cold', ms: 2500, body: '' }, { kind: 'cold', ms: 2380, body: '' }],
    restoreMedianMs: 300, coldMedianMs: 2400, speedup: 8, evidence: 'Restore finished successfully', capAdd: [], securityOpt: [], privileged: false,
  },
  ...over,
});

const failed = (findings: Finding[] = [finding(), finding({ role: 'symptom', signature: 'criu-dump-failed', category: 'other', cause: 'CRIU gave up the dump.', remedy: 'Read the lines above.', line: 20, text: 'Error (criu/cr-dump.c:2098): Dumping FAILED.' })]) =>
  result({
    ok: false,
    error: 'The checkpoint failed: the logs show "Error (criu/cr-dump.c:2098): Dumping FAILED."',
    failedPhase: 'checkpoint',
    verify: null,
    findings,
    phases: [
      { name: 'setup', status: 'ok', durationMs: 300, detail: 'podman 4.3.1' },
      { name: 'checkpoint', status: 'failed', durationMs: 2000, detail: 'The checkpoint failed: the logs show "Error (criu/cr-dump.c:2098): Dumping FAILED."' },
    ],
  });

/** The tables of a Markdown text as a GFM parser reads them (cell text as written). */
function tables(md: string): Array<{ header: string[]; rows: string[][] }> {
  return marked
    .lexer(md)
    .filter((t): t is Tokens.Table => t.type === 'table')
    .map((t) => ({ header: t.header.map((c) => c.text), rows: t.rows.map((r) => r.map((c) => c.text)) }));
}

describe('job summary', () => {
  it('shows phases, the cold vs restore table with medians, min and max, and a two-colour chart with values in the labels', () => {
    const md = summaryMarkdown(result(), { jobKey: 'crac-21' });
    expect(md).toMatch(/^## checkpoint-image: criu \(crac-21\) ✅/);
    expect(md).toContain('| setup | ✅ ok | 0.3 s | podman 4.3.1 |');
    expect(md).toContain('| push | ⏭️ skipped |  |  |');
    expect(md).toContain('| cold start | 2400 ms | 2380 ms | 2500 ms | 3 |');
    expect(md).toContain('| restore | 300 ms | 280 ms | 350 ms | 3 |');
    expect(md).toContain('**8x** faster');
    expect(md).toContain(
      [
        '```mermaid',
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#cf222e, #1a7f37"}}}}%%',
        'xychart-beta',
        '  title "criu crac-21: time to first response"',
        '  x-axis ["cold start: 2400 ms", "restore: 300 ms"]',
        '  y-axis "ms to first response" 0 --> 2640',
        '  bar [2400, 0]',
        '  bar [0, 300]',
        '```',
      ].join('\n'),
    );
    expect(md).not.toContain('Cause:');
  });

  it('a restore-only run gets a sentence, not a one-bar chart', () => {
    const r = result();
    const md = summaryMarkdown({ ...r, verify: { ...r.verify!, cold: [], coldMedianMs: null, speedup: null } });
    expect(md).not.toContain('mermaid');
    expect(md).toContain('Restore answered after 300 ms (median); no cold start was measured (input `compare-runs: 0`).');
    expect(md).not.toContain('| cold start |');
  });

  it('a failure opens with the cause and the fix of the top root cause, with its docs link', () => {
    const md = summaryMarkdown(failed(), { artifactUrl: 'https://example.invalid/a/1' });
    const lines = md.split('\n');
    expect(lines[2]).toBe('**Cause:** The default seccomp profile stops CRIU from suspending the seccomp filter. ([docs](https://github.com/checkpoint-restore/criu/issues/2391))  ');
    expect(lines[3]).toBe('**Fix:** Run the checkpoint with `--security-opt seccomp=unconfined`.  ');
    expect(lines[4]).toBe('<sub>Evidence: `checkpoint/dump.log:12`, see Diagnosis below.</sub>');
    expect(md.indexOf('**Cause:**')).toBeLessThan(md.indexOf('> **Failed in checkpoint:**'));
    // the symptom is quoted once, not again in the phase table
    expect(md).toContain('| checkpoint | ❌ failed | 2.0 s | see the cause above |');
    expect(md.split('Dumping FAILED').length - 1).toBe(2); // the quote and the symptom's evidence
    expect(md).toContain('Logs: [artifact](https://example.invalid/a/1)');
    expect(md).not.toContain('mermaid');
    // rendered: the first paragraph is the cause and the fix, and it links the docs
    const html = marked.parse(md, { async: false });
    const firstParagraph = /<p>([\s\S]*?)<\/p>/.exec(html)![1]!;
    expect(firstParagraph).toMatch(/^<strong>Cause:<\/strong> The default seccomp profile/);
    expect(firstParagraph).toContain('<strong>Fix:</strong> Run the checkpoint with <code>--security-opt seccomp=unconfined</code>');
    expect(firstParagraph).toContain('<a href="https://github.com/checkpoint-restore/criu/issues/2391">docs</a>');
  });

  it('says when the cause comes from the failing subsystem and errno rather than a known message', () => {
    const [family] = analyze([{ path: 'restore.log', content: "Error (criu/sysctl.c:142): Can't write net/core/somaxconn: Operation not permitted\nError (criu/cr-restore.c:2331): Restoring FAILED." }]);
    expect(family).toMatchObject({ signature: 'criu-eperm', role: 'root-cause' });
    const lead = causeLead([family!]);
    expect(lead[0]).toMatch(/^\*\*Cause:\*\* .+ \(likely: from the failing subsystem and errno, confidence 0\.\d\d\) \(\[docs\]\(https:/);
  });

  it('marks symptoms and unrecognised findings as such, and leads with the cause even when a symptom came first in the logs', () => {
    const md = summaryMarkdown(failed());
    const table = tables(md).find((t) => t.header[0] === '#')!;
    expect(table.rows.map((r) => r[1])).toEqual(['cause', 'symptom (a consequence; the cause is above)']);
    expect(table.rows.map((r) => r[2])).toEqual(['seccomp', 'other']);
    const unknown = summaryMarkdown(failed([finding({ role: 'unrecognised', signature: null, category: 'missing-capability', docs: null, cause: 'Unrecognised failure in restore: CRIU\'s first error is in criu/sysctl.c (EPERM: Operation not permitted).' })]));
    expect(unknown).toContain("**Cause:** Unrecognised failure in restore: CRIU's first error is in criu/sysctl.c (EPERM: Operation not permitted). (no known signature; low confidence)  ");
  });

  it('renders as GitHub renders it: code spans literal, no entities shown, pipes kept in their cell', () => {
    const f = finding({
      cause: 'The bean `Provider<T>` holds a socket & a <file> open.',
      remedy: 'Close it in `beforeCheckpoint` (or use `a|b`); see `List<Map<K, V>>`.',
      text: 'Exception in thread "main" java.lang.IllegalStateException: Provider<T> & Map<K, V> failed | closed',
    });
    const md = summaryMarkdown(failed([f]));
    const html = marked.parse(md, { async: false });
    // GFM shows an entity inside a code span literally (its HTML then reads &amp;lt;): none may be there
    expect(html).not.toMatch(/&amp;(?:lt|gt|amp);/);
    for (const c of html.matchAll(/<code>([^<]*)<\/code>/g)) expect(c[1]).not.toMatch(/&amp;/);
    expect(html).toContain('<code>Provider&lt;T&gt;</code>');
    expect(html).toContain('<code>List&lt;Map&lt;K, V&gt;&gt;</code>');
    expect(html).toContain('a socket &amp; a &lt;file&gt; open');
    expect(html).toContain('<code>a|b</code>');
    // the evidence keeps its characters, in a folded code block
    expect(html).toContain('Provider&lt;T&gt; &amp; Map&lt;K, V&gt; failed | closed\n</code></pre>');
    const table = tables(md).find((t) => t.header[0] === '#')!;
    expect(table.rows[0]).toHaveLength(5);
    expect(table.rows[0]![4]).toContain('`a|b`');
  });

  it('folds long evidence so that no table cell carries an unbreakable line, and cuts it at a word with an ellipsis', () => {
    const long = `(00.024533) 1: Error (criu/cgroup.c:1092): cg: Can't move 1 into cpuset//system.slice/docker-${'2e58003642c79dd8'.repeat(6)}.scope/cgroup.procs (-1/6): No space left on device and some more words to pass the limit of three hundred characters in total here`;
    const md = summaryMarkdown(failed([finding({ text: long })]));
    for (const t of tables(md)) for (const row of t.rows) for (const cell of row) for (const word of cell.split(/\s+/)) expect(word.length, word).toBeLessThanOrEqual(80);
    const html = marked.parse(md, { async: false });
    expect(html).toMatch(/<details><summary>Evidence \(log lines\)<\/summary>[\s\S]*<pre><code class="language-text">\(00\.024533\) 1: Error/);
    const evidence = /<pre><code class="language-text">([^<]*)<\/code><\/pre>/.exec(html)![1]!.trim();
    expect(evidence.length).toBeLessThanOrEqual(300);
    expect(evidence).toMatch(/ \w+…$/);
    expect(clipWords('alpha beta gamma delta', 15)).toBe('alpha beta…');
  });

  it('code spans and blocks survive backticks in the text', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(inline('use `x<y>` or a<b', true)).toBe('use `x<y>` or a&lt;b');
    expect(marked.parse(code('a`b'), { async: false })).toContain('<code>a`b</code>');
  });

  it('gives matrix jobs distinct headings from the runner and the job, or from CHECKPOINT_IMAGE_JOB_KEY', () => {
    const config = { imageName: 'ghcr.io/acme/app' };
    const a = jobKeyFromEnv({ GITHUB_JOB: 'build', ImageOS: 'ubuntu22', RUNNER_ARCH: 'X64' }, config);
    const b = jobKeyFromEnv({ GITHUB_JOB: 'build', ImageOS: 'ubuntu24', RUNNER_ARCH: 'X64' }, config);
    expect(a).toBe('build · ubuntu22 · x64 · app');
    expect(b).not.toBe(a);
    expect(jobKeyFromEnv({ GITHUB_JOB: 'build', CHECKPOINT_IMAGE_JOB_KEY: '{\n  "java": "21"\n}' }, config)).toBe('{ "java": "21" }');
    expect(jobKeyFromEnv({}, config)).toBeUndefined();
    const md = summaryMarkdown(result(), { jobKey: b });
    expect(md.split('\n')[0]).toBe('## checkpoint-image: criu (build · ubuntu24 · x64 · app) ✅');
  });
});

describe('annotations', () => {
  it('at most a handful, the fix located in the Containerfile or the workflow step', () => {
    const findings = [finding({ category: 'cpu-features', cause: 'CPU' }), finding(), ...Array.from({ length: 6 }, () => finding({ category: 'other' }))];
    const a = toAnnotations(findings, {
      containerfile: { file: 'Containerfile', text: 'FROM x\nENV A=1\nCMD ["java"]\n' },
      workflow: { file: '.github/workflows/b.yml', text: 'steps:\n  - uses: checkpoint-image/checkpoint-image@v1\n' },
    });
    expect(a).toHaveLength(MAX_ANNOTATIONS);
    expect(a[0]).toMatchObject({ title: 'checkpoint-image: CPU', file: 'Containerfile', startLine: 3 });
    expect(a[1]).toMatchObject({ file: '.github/workflows/b.yml', startLine: 2 });
    expect(a[1]!.message).toContain('Evidence (dump.log:12)');
  });

  it('lead with the cause and the fix, and say which are symptoms or unrecognised', () => {
    const [cause, symptom, unknown] = toAnnotations(
      [finding(), finding({ role: 'symptom', cause: 'CRIU gave up the dump.', remedy: 'Read the lines above.', docs: null }), finding({ role: 'unrecognised', signature: null, docs: null, cause: 'Unrecognised failure in checkpoint.' })],
      {},
    );
    expect(cause!.title).toBe('checkpoint-image: The default seccomp profile stops CRIU from suspending the seccomp filter.');
    expect(cause!.message.split('\n')).toEqual([
      'Cause: The default seccomp profile stops CRIU from suspending the seccomp filter.',
      'Fix: Run the checkpoint with `--security-opt seccomp=unconfined`.',
      'Evidence (dump.log:12): Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: <Operation not permitted>',
      'Docs: https://github.com/checkpoint-restore/criu/issues/2391',
    ]);
    expect(symptom!.title).toBe('checkpoint-image (symptom): CRIU gave up the dump.');
    expect(unknown!.title).toBe('checkpoint-image (unrecognised): Unrecognised failure in checkpoint.');
    const long = toAnnotations([finding({ cause: 'word '.repeat(80) })], {})[0]!.title;
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long).toMatch(/word…$/);
  });

  it('no file when the fix location is unknown', () => {
    expect(toAnnotations([finding()], {})[0]!.file).toBeUndefined();
    expect(lastLineMatching('a\nb', /c/)).toBeNull();
  });
});
