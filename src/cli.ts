/**
 * The `checkpoint-image` command: the same pipeline as the action, with plain terminal output.
 *   checkpoint-image build --runtime criu --image localhost/app --ready-url / [--json] [--password-stdin]
 *   checkpoint-image diagnose [--json] FILE...
 * Flags are the action's input names; booleans take `true`/`false`. Exit 0 only when every phase
 * succeeded; 1 when the pipeline failed; 2 for bad usage or input.
 */
import { readFileSync } from 'node:fs';
import type { ExecResult } from './exec.ts';
import { parseArgs } from 'node:util';
import { analyze, readLogs } from './diagnosis/analyze.ts';
import { findingsJson, formatFindingsText } from './diagnosis/format.ts';
import { INPUT_NAMES, INPUT_SPECS, InputError, parseInputs, type InputName, type RawInputs } from './inputs.ts';
import { runPipeline, type PipelineResult } from './pipeline/run.ts';
import { consoleReporter } from './reporter.ts';
import { VERSION } from './version.ts';

const MULTI: ReadonlySet<InputName> = new Set(['tags', 'build-args', 'env', 'security-opt', 'cap-add']);

export const USAGE = `checkpoint-image ${VERSION}: build instant-on Java container images with CRIU.

Usage:
  checkpoint-image build [--INPUT VALUE ...] [--json] [--password-stdin] [--quiet]
  checkpoint-image diagnose [--json] FILE...
  checkpoint-image --help | --version

build flags (the action's inputs; repeat list flags or separate values with commas):
${INPUT_NAMES.map((n) => `  --${n}${' '.repeat(Math.max(1, 20 - n.length))}${INPUT_SPECS[n].description.replace(/`/g, '')}${'default' in INPUT_SPECS[n] && INPUT_SPECS[n].default ? ` [${INPUT_SPECS[n].default}]` : ''}`).join('\n')}

Exit status: 0 when every phase succeeded, 1 when the pipeline failed, 2 for bad usage or input.
`;

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  readStdin: () => string;
}

const defaultIO: CliIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0, 'utf8'),
};

/** Parses `build` flags into raw inputs (pure apart from reading stdin for --password-stdin). */
export function parseBuildFlags(argv: string[], readStdin: () => string): { inputs: RawInputs; json: boolean; quiet: boolean } {
  // never from argv, where `ps` and shell history would show it; the value is not repeated here
  const given = argv.find((a) => a === '--password' || a.startsWith('--password='));
  if (given) throw new UsageError('--password is not a flag: a password in the command line is visible to every user (`ps`) and kept in shell history. Fix: pipe it on stdin with --password-stdin, e.g. `printenv REGISTRY_TOKEN | checkpoint-image build ... --username ci --password-stdin`.');
  const options = Object.fromEntries(INPUT_NAMES.filter((n) => n !== 'password').map((n) => [n, { type: 'string' as const, multiple: MULTI.has(n) }]));
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...options, json: { type: 'boolean' }, quiet: { type: 'boolean' }, 'password-stdin': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}; inputs are given as --name value`);
  const inputs: RawInputs = {};
  for (const n of INPUT_NAMES) {
    const v = (values as Record<string, unknown>)[n];
    if (v !== undefined) inputs[n] = Array.isArray(v) ? v.join('\n') : String(v);
  }
  // never from argv, where `ps` and shell history would show it
  if (values['password-stdin']) inputs.password = readStdin().replace(/\r?\n$/, '');
  return { inputs, json: !!values.json, quiet: !!values.quiet };
}

export class UsageError extends Error {}

export function resultJson(r: PipelineResult) {
  return { ...r.outputs, ok: r.ok, error: r.error, 'failed-phase': r.failedPhase, findings: findingsJson(r.findings).findings };
}

export function resultText(r: PipelineResult): string {
  const lines = [r.ok ? `OK: ${r.outputs.image}` : `FAILED${r.failedPhase ? ` in ${r.failedPhase}` : ''}: ${r.error}`];
  for (const p of r.phases) lines.push(`  ${p.name.padEnd(10)} ${p.status.padEnd(7)} ${p.status === 'skipped' ? '' : `${(p.durationMs / 1000).toFixed(1)} s`}  ${p.detail.split('\n')[0]?.slice(0, 120) ?? ''}`);
  if (r.verify) lines.push(`  restore ${r.outputs['restore-start-ms']} ms to first response${r.outputs['cold-start-ms'] ? `, cold ${r.outputs['cold-start-ms']} ms (${r.outputs.speedup}x)` : ''}`);
  if (r.outputs.digest) lines.push(`  digest ${r.outputs.digest}`);
  if (r.findings.length) lines.push('', formatFindingsText(r.findings));
  lines.push(`  logs: ${r.logDir}`);
  return lines.join('\n');
}

/** `versionProbe`: `podman version`, started by the entry while this module loaded (see preflight). */
export async function main(argv: string[], io: CliIO = defaultIO, options: { versionProbe?: Promise<ExecResult | null> } = {}): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'diagnose') {
      const { values, positionals } = parseArgs({ args: rest, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
      if (!positionals.length) throw new UsageError('diagnose needs at least one log file');
      let logs;
      try {
        logs = await readLogs(positionals);
      } catch (e) {
        io.stderr.write(`checkpoint-image diagnose: ${(e as Error).message}\n`);
        return 2;
      }
      const findings = analyze(logs);
      io.stdout.write(values.json ? `${JSON.stringify(findingsJson(findings))}\n` : `${formatFindingsText(findings)}\n`);
      return 0;
    }
    if (command === 'build') {
      const { inputs, json, quiet } = parseBuildFlags(rest, io.readStdin);
      // validated before anything starts (an InputError exits 2 below)
      const result = await runPipeline(parseInputs(inputs), { reporter: consoleReporter(io.stderr, quiet), versionProbe: options.versionProbe });
      io.stdout.write(json ? `${JSON.stringify(resultJson(result))}\n` : `${resultText(result)}\n`);
      return result.ok ? 0 : 1;
    }
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr.write(`checkpoint-image: ${(e as Error).message}\n${e instanceof UsageError || !(e instanceof InputError) ? 'Run `checkpoint-image --help` for usage.\n' : ''}`);
      return 2;
    }
    io.stderr.write(`checkpoint-image: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}
