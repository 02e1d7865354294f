/**
 * How the pipeline talks to its caller. The pipeline knows nothing of GitHub: the action implements
 * this with @actions/core (groups, annotations), the CLI with plain terminal lines, tests with a
 * recorder.
 */
export interface Reporter {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Runs one phase, grouped in the log. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** Plain terminal output (stderr, so that `--json` keeps stdout for the result). */
export function consoleReporter(stream: NodeJS.WritableStream = process.stderr, quiet = false): Reporter {
  const write = (line: string) => {
    if (!quiet) stream.write(`${line}\n`);
  };
  return {
    info: (m) => write(m),
    notice: (m) => write(`notice: ${m}`),
    warning: (m) => write(`warning: ${m}`),
    async group(title, fn) {
      write(`== ${title}`);
      const started = Date.now();
      try {
        return await fn();
      } finally {
        write(`   (${title}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    },
  };
}

/** Collects everything; for tests and for callers that render their own output. */
export function recordingReporter(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(`info: ${m}`),
    notice: (m) => void lines.push(`notice: ${m}`),
    warning: (m) => void lines.push(`warning: ${m}`),
    async group(title, fn) {
      lines.push(`group: ${title}`);
      return fn();
    },
  };
}
