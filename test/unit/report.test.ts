import { describe, expect, it } from 'vitest';
import { lastLineMatching, toAnnotations, MAX_ANNOTATIONS } from '../../src/action/annotations.ts';
import type { Finding } from '../../src/diagnosis/types.ts';
import { parseInputs } from '../../src/inputs.ts';
import type { PipelineResult } from '../../src/pipeline/run.ts';
import { mermaidChart, summaryMarkdown } from '../../src/report/summary.ts';

const finding = (over: Partial<Finding> = {}): Finding => ({
  signature: 'criu-seccomp-suspend', category: 'seccomp', stage: 'checkpoint', role: 'root-cause', confidence: 0.95,
  cause: 'seccomp | blocks', remedy: 'use seccomp=unconfined', docs: 'https://criu.org', file: '/logs/checkpoint/dump.log', line: 12,
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

describe('job summary', () => {
  it('shows phases, the cold vs restore table with medians, min and max, and a Mermaid bar chart', () => {
    const md = summaryMarkdown(result(), { jobKey: 'crac-21' });
    expect(md).toMatch(/^## checkpoint-image: criu \(crac-21\) ✅/);
    expect(md).toContain('| setup | ✅ ok | 0.3 s | podman 4.3.1 |');
    expect(md).toContain('| push | ⏭️ skipped |  |  |');
    expect(md).toContain('| cold start | 2400 ms | 2380 ms | 2500 ms | 3 |');
    expect(md).toContain('| restore | 300 ms | 280 ms | 350 ms | 3 |');
    expect(md).toContain('**8x** faster');
    expect(md).toMatch(/```mermaid\nxychart-beta\n {2}title "criu crac-21: time to first response"\n {2}x-axis \["cold start", "restore"\]\n {2}y-axis "ms to first response" 0 --> 2640\n {2}bar \[2400, 300\]\n```/);
  });

  it('a failure shows the phase, and findings with escaped evidence', () => {
    const md = summaryMarkdown(result({ ok: false, error: 'The checkpoint failed', failedPhase: 'checkpoint', verify: null, findings: [finding()] }), { artifactUrl: 'https://example.invalid/a/1' });
    expect(md).toContain('> **Failed in checkpoint:** The checkpoint failed');
    expect(md).toContain('| seccomp | seccomp \\| blocks | use seccomp=unconfined | `Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: &lt;Operation not permitted&gt;` (checkpoint/dump.log:12) |');
    expect(md).toContain('Logs: [artifact](https://example.invalid/a/1)');
    expect(md).not.toContain('mermaid');
  });

  it('a restore-only chart has one bar', () => {
    expect(mermaidChart('t', null, 300)).toContain('bar [300]');
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

  it('no file when the fix location is unknown', () => {
    expect(toAnnotations([finding()], {})[0]!.file).toBeUndefined();
    expect(lastLineMatching('a\nb', /c/)).toBeNull();
  });
});
