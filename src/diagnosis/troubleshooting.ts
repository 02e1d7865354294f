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
    'lines of one category add up. Where the failing call sits decides before its errno: a line that says a',
    'feature is missing (`criu-says-unsupported`), or a log whose banner shows a CRIU much older than its kernel',
    "(`criu-kernel-version-gap`), is a version gap even when it ends in EPERM. The layers around CRIU are read from",
    "their sources too: the engines' refusals and version gates (podman, runc, crun, containerd, Docker, CRI-O and",
    "the kubelet, LXC/LXD/Incus), the kernel's OOM killer and seccomp kills (`killed by signal 31`), the JVMs'",
    "out-of-memory and crash banners, CRIU lines quoted by runc's logrus output, and gdb backtraces of a hung CRIU.",
    "A failure that matches nothing is reported as unrecognised, naming CRIU's first error line, its source file,",
    'errno and phase (read from the log when its name does not say), and the most likely category with a low',
    'confidence; a CRIU log that starts but ends with neither a verdict nor an error (cut short, or CRIU hung) is',
    'reported at its last line, with what CRIU was doing there.',
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
