/**
 * Generated documentation: action.yml and the README's inputs, outputs and troubleshooting
 * sections all come from INPUT_SPECS, OUTPUT_SPECS and the failure catalogue, so they cannot drift
 * (scripts/gen-docs.ts writes them; a test fails when the committed files differ).
 */
import { stringify } from 'yaml';
import { INPUT_SPECS, OUTPUT_SPECS, type InputSpec } from './inputs.ts';
import { troubleshootingMarkdown } from './diagnosis/troubleshooting.ts';
import { RUNTIME_NAMES, RUNTIMES } from './runtimes.ts';

export function actionYaml(): string {
  const inputs = Object.fromEntries(
    Object.entries(INPUT_SPECS as Record<string, InputSpec>).map(([name, spec]) => [
      name,
      { description: spec.description, required: spec.required ?? false, ...(spec.default !== undefined ? { default: spec.default } : {}) },
    ]),
  );
  const outputs = Object.fromEntries(Object.entries(OUTPUT_SPECS).map(([name, description]) => [name, { description }]));
  const doc = {
    name: 'checkpoint-image',
    description: 'Build an instant-on Java container image: checkpoint the JVM with CRIU in CI and ship an image that restores from it.',
    author: 'checkpoint-image',
    branding: { icon: 'zap', color: 'green' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js' },
  };
  return `# Generated from src/inputs.ts by scripts/gen-docs.ts: edit there, then run \`npm run gen-docs\`.\n${stringify(doc, { lineWidth: 0 })}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function inputsTable(): string {
  const rows = Object.entries(INPUT_SPECS as Record<string, InputSpec>).map(
    ([name, spec]) => `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`,
  );
  return ['| Name | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(): string {
  const rows = Object.entries(OUTPUT_SPECS).map(([name, d]) => `| \`${name}\` | ${cell(d)} |`);
  return ['| Name | Description |', '| --- | --- |', ...rows].join('\n');
}

export function runtimesTable(): string {
  const rows = RUNTIME_NAMES.map((n) => {
    const p = RUNTIMES[n];
    const dir = p.defaultCheckpointDir;
    const cmd = p.restore.command?.({ checkpointDir: dir, restoreFlags: [] }).join(' ') ?? "the image's own entrypoint";
    const list = (xs: readonly string[]) => (xs.length ? xs.map((x) => `\`${x}\``).join(', ') : 'default');
    const env = Object.entries({ ...p.checkpoint.env(dir) }).map(([k, v]) => `\`${k}=${v}\``);
    return `| [\`${n}\`](${p.docs}) | ${p.triggers.map((t) => (t === p.defaultTrigger ? `**${t}**` : t)).join(', ')} | ${list(p.checkpoint.capAdd)}; ${list(p.checkpoint.securityOpt)} | ${[...p.checkpoint.javaOptions(dir).map((o) => `\`${o}\``), ...env].join(' ') || '–'} | ${list(p.restore.capAdd)}; seccomp ${p.restore.securityOpt.length ? list(p.restore.securityOpt) : 'default'} | \`${cmd}\` |`;
  });
  return [
    '| runtime | triggers (default in bold) | checkpoint caps; security | JVM options / env at checkpoint | restore caps; security | restore command |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** A row's source as a link where it is one: a URL, `owner/repo path (detail)`, or `owner/repo#N`. */
function sourceCell(source: string): string {
  return source
    .split('; ')
    .map((part) => {
      if (/^https?:\/\//.test(part)) return `<${part}>`;
      const issue = /^([\w.-]+\/[\w.-]+)#(\d+)$/.exec(part);
      if (issue) return `[${part}](https://github.com/${issue[1]}/issues/${issue[2]})`;
      return `\`${part}\``;
    })
    .join('; ');
}

/**
 * Every upstream behaviour the pipeline depends on, per runtime, with its source and the test that
 * pins it (from the `conformance` rows of src/runtimes.ts).
 */
export function conformanceTable(): string {
  const rows = RUNTIME_NAMES.flatMap((n) =>
    RUNTIMES[n].conformance.map((r) => {
      const [file, name] = r.test.split(' > ');
      return `| \`${n}\` | ${cell(r.aspect)} | ${cell(r.behaviour)} | ${cell(sourceCell(r.source))} | [\`${file}\`](${file}): ${cell(name ?? '')} |`;
    }),
  );
  return ['| runtime | aspect | upstream behaviour the pipeline relies on | source | pinned by |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Generated README sections, keyed by the marker name: `<!-- generated:NAME -->…<!-- /generated:NAME -->`. */
export function readmeSections(): Record<string, string> {
  return { inputs: inputsTable(), outputs: outputsTable(), runtimes: runtimesTable(), conformance: conformanceTable(), troubleshooting: troubleshootingMarkdown() };
}

export function replaceSections(readme: string, sections: Record<string, string>): string {
  let out = readme;
  for (const [name, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- generated:${name} --> section`);
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${body}\n${b}`);
  }
  return out;
}
