/**
 * Renders findings for people (terminal, job summary) and for machines (`diagnose --json`).
 */
import type { Finding } from './types.ts';

const ROLE_LABEL: Record<Finding['role'], string> = {
  'root-cause': 'cause',
  symptom: 'symptom',
  unrecognised: 'unrecognised',
};

export function formatFindingsText(findings: Finding[]): string {
  if (findings.length === 0) return 'No known failure signature found.';
  const head = `Diagnosis: ${findings.length} finding${findings.length === 1 ? '' : 's'} (most likely first)`;
  const blocks = findings.map((f, i) => {
    const title = f.signature ?? 'unrecognised failure';
    const meta = [ROLE_LABEL[f.role], f.stage, `confidence ${f.confidence.toFixed(2)}`].filter(Boolean).join(', ');
    const lines = [
      `${i + 1}. [${f.category}] ${title} (${meta})`,
      `   ${f.file}:${f.line}: ${f.text}`,
      `   cause: ${f.cause}`,
      `   fix:   ${f.remedy}`,
    ];
    if (f.docs) lines.push(`   docs:  ${f.docs}`);
    return lines.join('\n');
  });
  return [head, '', blocks.join('\n\n')].join('\n');
}

export function findingsJson(findings: Finding[]): {
  findings: Array<Pick<Finding, 'category' | 'signature' | 'stage' | 'cause' | 'remedy' | 'file' | 'line' | 'text' | 'confidence'>>;
} {
  return {
    findings: findings.map(({ category, signature, stage, cause, remedy, file, line, text, confidence }) => ({
      category,
      signature,
      stage,
      cause,
      remedy,
      file,
      line,
      text,
      confidence,
    })),
  };
}
