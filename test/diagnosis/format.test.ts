import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/diagnosis/analyze.ts';
import { findingsJson, formatFindingsText } from '../../src/diagnosis/format.ts';

const findings = analyze([
  {
    path: 'logs/checkpoint/dump.log',
    content: [
      '(00.028037) Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: Operation not permitted',
      '(00.028080) Error (criu/cr-dump.c:1975): Dumping FAILED.',
    ].join('\n'),
  },
]);

describe('formatFindingsText', () => {
  it('says so when there is nothing', () => {
    expect(formatFindingsText([])).toBe('No known failure signature found.');
  });

  it('lists each finding with where, cause, fix and docs, most likely first', () => {
    const text = formatFindingsText(findings);
    expect(text).toContain('1. [seccomp] criu-seccomp-suspend (cause, checkpoint, confidence 0.90)');
    expect(text).toContain('logs/checkpoint/dump.log:1: (00.028037) Error (compel/src/lib/ptrace.c:27)');
    expect(text).toMatch(/fix: +The checkpoint run needs `--security-opt seccomp=unconfined`/);
    expect(text).toContain('docs:  https://');
    expect(text.indexOf('criu-seccomp-suspend')).toBeLessThan(text.indexOf('criu-dump-failed'));
  });

  it('labels unrecognised failures without inventing a signature', () => {
    const [u] = analyze([{ path: 'restore.log', content: 'Error (criu/x.c:1): something new' }], { failed: true });
    const text = formatFindingsText([u!]);
    expect(text).toContain('[kernel-or-criu-unsupported] unrecognised failure (unrecognised');
    expect(text).not.toContain('docs:');
  });
});

describe('findingsJson', () => {
  it('keeps the fields other tools read', () => {
    const json = findingsJson(findings);
    expect(Object.keys(json.findings[0]!).sort()).toEqual(
      ['category', 'cause', 'confidence', 'file', 'line', 'remedy', 'signature', 'stage', 'text'].sort(),
    );
    expect(json.findings[0]).toMatchObject({ signature: 'criu-seccomp-suspend', category: 'seccomp', line: 1, file: 'logs/checkpoint/dump.log' });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
