/**
 * Runs external commands as argument arrays (never through a shell), with a timeout, optional stdin
 * and captured output. @actions/exec has no timeout or kill, and a hung `criu restore` or
 * `podman run` must be stopped, so this is a thin layer over child_process.spawn.
 */
import { spawn } from 'node:child_process';

export interface ExecOptions {
  /** Kill the command after this many milliseconds (SIGTERM, then SIGKILL 2 s later). */
  timeoutMs?: number;
  /** Written to stdin, then stdin is closed (passwords travel this way, never in argv). */
  input?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Called with each complete stdout/stderr line (for streaming to the log). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  signal?: AbortSignal;
}

export interface ExecResult {
  command: string;
  args: readonly string[];
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

export class CommandError extends Error {
  readonly result: ExecResult;
  constructor(result: ExecResult) {
    const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-15).join('\n');
    // name the subcommand, not a global option (`podman --runtime runc rm ...` → `podman rm`)
    const verb = result.args.find((a, i) => !a.startsWith('-') && !(i > 0 && /^--[^=]+$/.test(result.args[i - 1]!))) ?? '';
    super(
      `${result.command} ${verb} ${result.timedOut ? 'timed out' : `exited with code ${result.exitCode}`}` +
        (tail ? `\n${tail}` : ''),
    );
    this.name = 'CommandError';
    this.result = result;
  }
}

/** Low-level runner signature; tests substitute a fake. */
export type Runner = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

export const run: Runner = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (stream === 'stdout') stdout += text;
      else stderr += text;
      if (!options.onLine) return;
      const lines = (pending[stream] + text).split('\n');
      pending[stream] = lines.pop() ?? '';
      for (const line of lines) options.onLine(line, stream);
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => {
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
      killTimer.unref();
    };
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          kill();
        }, options.timeoutMs)
      : undefined;
    const onAbort = () => kill();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      const e = err as NodeJS.ErrnoException;
      reject(
        e.code === 'ENOENT'
          ? new Error(`${command} is not installed or not on PATH (spawn ${command}: ENOENT)`)
          : err,
      );
    });
    child.on('close', (code, sig) => {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      for (const stream of ['stdout', 'stderr'] as const) {
        if (pending[stream] && options.onLine) options.onLine(pending[stream], stream);
      }
      resolve({
        command,
        args,
        exitCode: code ?? (sig ? 128 + signalNumber(sig) : 1),
        stdout,
        stderr,
        timedOut,
        durationMs: Date.now() - started,
      });
    });
    child.stdin.on('error', () => undefined); // the command may exit before reading its stdin
    child.stdin.end(options.input ?? '');
  });

function signalNumber(sig: NodeJS.Signals): number {
  return ({ SIGKILL: 9, SIGTERM: 15, SIGINT: 2 } as Record<string, number>)[sig] ?? 1;
}

/** Runs and throws a CommandError unless the exit code is 0. */
export async function runChecked(runner: Runner, command: string, args: readonly string[], options?: ExecOptions) {
  const result = await runner(command, args, options);
  if (result.exitCode !== 0 || result.timedOut) throw new CommandError(result);
  return result;
}
