/**
 * The README "Troubleshooting" section, generated from the signature catalogue so that the docs
 * name exactly what the analyzer recognises.
 */
import { SIGNATURES } from './signatures.ts';
import { CATEGORIES, type Category, type Signature } from './types.ts';

const CATEGORY_TITLES: Record<Category, string> = {
  seccomp: 'Seccomp blocks a system call',
  'missing-capability': 'Missing Linux capabilities',
  'security-policy': 'SELinux, AppArmor or Yama',
  'open-socket': 'Open sockets at checkpoint',
  'open-file': 'Open files at checkpoint',
  'pid-conflict': 'PID conflicts at restore',
  tty: 'Terminals',
  'file-mismatch': 'Files changed between checkpoint and restore',
  'cpu-features': 'CPU features differ',
  'kernel-or-criu-unsupported': 'Kernel, CRIU or container engine lacks a feature',
  'memory-or-resource': 'Memory, disk and limits',
  'jvm-or-framework': 'JVM and framework messages',
  other: 'Other',
};

/** Inline code that survives backticks inside the text. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${text}${fence === '``' ? ' ' : ''}${fence}`;
}

function recognisable(s: Signature): string {
  return s.sample ?? s.patterns[0]?.source ?? s.id;
}

function entry(s: Signature): string {
  const runtimes = s.runtimes === 'all' ? 'all runtimes' : s.runtimes.join(', ');
  return [
    `#### \`${s.id}\``,
    '',
    `${s.role === 'symptom' ? 'Symptom' : 'Log line'} (${s.stages.join('/')}, ${runtimes}): ${code(recognisable(s))}`,
    '',
    `- **Cause:** ${s.cause}`,
    `- **Fix:** ${s.remedy}`,
    `- **Docs:** <${s.docs}>`,
  ].join('\n');
}

export function troubleshootingMarkdown(): string {
  const intro = [
    'When a checkpoint or restore fails, checkpoint-image matches the collected logs against the signatures below and',
    'reports the most likely cause first (also locally: `checkpoint-image diagnose <log files>`); the job summary and',
    'the annotations open with its cause and fix. Specific messages come first. Where none matches, the structure of',
    "CRIU's error lines (`Error (<source file>.c:<line>): <message>: <errno>`) still names the cause: the *family*",
    'signatures map the source file (`criu-socket`, `criu-terminal`, `criu-mount`, `criu-cgroup`, ...), words every',
    'layer uses (`criu-seccomp-filter`) and the errno (`criu-eperm`: a capability; `criu-eacces`: a security module;',
    '`criu-einval`: a kernel difference; `criu-restore-enoent`: a missing file) to a category, read from CRIU\'s',
    'sources. The first error after the last success ranks above the lines that only report its consequences',
    "(`Dumping FAILED.`, `Unable to detach`, `killed by signal`), an `Error` line above a `Warn` line, and several",
    "lines of one category add up. A failure that matches nothing is reported as unrecognised, naming CRIU's first",
    'error line, its source file, errno and phase (read from the log when its name does not say), and the most',
    'likely category with a low confidence.',
  ].join('\n');
  const sections = CATEGORIES.map((category) => {
    const entries = SIGNATURES.filter((s) => s.category === category && !s.benign);
    if (entries.length === 0) return '';
    return [`### ${CATEGORY_TITLES[category]}`, '', entries.map(entry).join('\n\n')].join('\n');
  }).filter(Boolean);
  const benign = SIGNATURES.filter((s) => s.benign);
  const benignSection = [
    '### Lines that are not errors',
    '',
    'CRIU prints these on successful runs too; they are never reported.',
    '',
    ...benign.map((s) => `- \`${s.id}\`: ${code(recognisable(s))}. ${s.cause}`),
  ].join('\n');
  return [intro, ...sections, benignSection].join('\n\n') + '\n';
}
