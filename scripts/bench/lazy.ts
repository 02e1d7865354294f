// Lazy restore (CRIU `--lazy-pages`, userfaultfd) against the default restore, as an experiment that
// decides: time from `podman run` to the first and to the tenth HTTP 200, alternated in one run.
//
// What lazy restore needs in a container, read in the sources and tried on this host:
// - `criu lazy-pages` (the daemon that serves page faults) refuses to run in CRIU's unprivileged mode:
//   kerndat_uffd() returns early under --unprivileged, so kdat.has_uffd stays false and
//   cr_lazy_pages() returns -1 (checkpoint-restore/criu criu/kerndat.c kerndat_uffd, criu/uffd.c
//   cr_lazy_pages). CRIU in root mode probes the kernel by creating a network namespace (CAP_SYS_ADMIN),
//   restores socket buffer sizes with SO_SNDBUFFORCE (CAP_NET_ADMIN) and the time namespace's clock
//   offsets (CAP_SYS_TIME): each was a failed restore here without it.
// - podman's default seccomp profile answers userfaultfd() with EPERM whatever the capabilities
//   (containers/common pkg/seccomp/default_linux.go, the ActErrno list, v0.46 of podman 3.4.4 and main):
//   seccomp=unconfined (or a profile of one's own that allows it).
// - vm.unprivileged_userfaultfd=0 (the default) needs CAP_SYS_PTRACE for userfaultfd(), which the
//   restore has already.
// - A regular dump is enough: pages of private anonymous mappings are written with PE_LAZY|PE_PRESENT
//   (criu/mem.c, criu/page-xfer.c ppb_xfer_flags), so the daemon serves them from the local pages image.
// The third variant, root-mode CRIU with the same privileges but no lazy pages, separates the cost of
// root mode (its kernel probes) from the effect of lazy paging.
import { spawnSync } from 'node:child_process';
import type { EngineOptions } from '../../src/podman.ts';
import { freePort, httpGet, isSuccess, TIMED_POLL_MS, waitForHttp } from '../../src/readiness.ts';
import { median } from '../../src/pipeline/verify.ts';

export interface LazyOptions {
  engine: EngineOptions;
  /** The restore image (plain `criu` runtime), local name. */
  restoreRef: string;
  checkpointDir: string;
  /** The restore's own capabilities (the default restore gets only these). */
  restoreCaps: readonly string[];
  rounds: number;
  port?: number;
  log?: (line: string) => void;
}

/** What lazy restore needs beyond the default restore (see the header). */
export const LAZY_EXTRA_CAPS = ['SYS_ADMIN', 'NET_ADMIN', 'SYS_TIME'] as const;
export const LAZY_SECURITY_OPT = 'seccomp=unconfined';

/** The lazy restore: the page-fault daemon in the background (it listens before it forks), then the restore. */
export function lazyRestoreCommand(checkpointDir: string): string[] {
  // -v1 for the daemon: at -v3 it logs every page it serves
  return ['sh', '-c', 'criu lazy-pages -D "$1" --daemon -v1 -o lazy-pages.log && exec criu restore --lazy-pages -D "$1" --shell-job -v3 --log-file=restore.log --file-locks', 'lazy-restore', checkpointDir];
}

/** Root-mode CRIU with the lazy variant's privileges, pages read at once (the control). */
export function rootRestoreCommand(checkpointDir: string): string[] {
  return ['criu', 'restore', '-D', checkpointDir, '--shell-job', '-v3', '--log-file=restore.log', '--file-locks'];
}

type Stats = { median: number; min: number; max: number; n: number };
const stats = (xs: number[]): Stats => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

export interface LazyResults {
  rounds: number;
  privileges: { default: string; lazy: string };
  firstResponseMs: Record<'default' | 'lazy' | 'rootMode', Stats>;
  tenthResponseMs: Record<'default' | 'lazy' | 'rootMode', Stats>;
  lazyVsDefaultFirst: number;
  lazyVsDefaultTenth: number;
  lazyVsControlFirst: number;
  lazyVsControlTenth: number;
  verdict: string;
}

export async function benchLazy(opts: LazyOptions): Promise<{ json: LazyResults; md: string[] }> {
  const log = opts.log ?? ((l: string) => console.error(l));
  const port = opts.port ?? 8080;
  const g = opts.engine.ociRuntime ? ['--runtime', opts.engine.ociRuntime] : [];
  const ulimits = (opts.engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]);
  const podman = (args: string[]) => spawnSync('podman', [...g, ...args], { encoding: 'utf8' });
  const wide = [...opts.restoreCaps, ...LAZY_EXTRA_CAPS];
  const variants = {
    default: { caps: opts.restoreCaps, security: [] as string[], command: null as string[] | null },
    lazy: { caps: wide, security: [LAZY_SECURITY_OPT], command: lazyRestoreCommand(opts.checkpointDir) },
    rootMode: { caps: wide, security: [LAZY_SECURITY_OPT], command: rootRestoreCommand(opts.checkpointDir) },
  };
  type Key = keyof typeof variants;
  const keys = Object.keys(variants) as Key[];
  const first = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<Key, number[]>;
  const tenth = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<Key, number[]>;
  for (let i = 0; i < opts.rounds; i++) {
    for (const k of keys.map((_, j) => keys[(j + i) % keys.length]!)) {
      const v = variants[k];
      const hostPort = await freePort();
      const name = `checkpoint-image-lazy-${process.pid}-${hostPort}`;
      const t0 = Date.now();
      const r = podman([
        'run', '-d', '--name', name, '-p', `127.0.0.1:${hostPort}:${port}`,
        ...v.caps.flatMap((c) => ['--cap-add', c]),
        ...[...v.security, 'apparmor=unconfined'].flatMap((s) => ['--security-opt', s]),
        ...ulimits,
        // the restore image has no ENTRYPOINT; a command after the image replaces its CMD
        '--', opts.restoreRef,
        ...(v.command ?? []),
      ]);
      try {
        if (r.status !== 0) throw new Error(`${k}: podman run failed: ${r.stderr.trim()}`);
        const out = await waitForHttp(hostPort, '/', { timeoutMs: 60_000, intervalMs: TIMED_POLL_MS });
        if (!out.ok) throw new Error(`${k} restore did not answer: ${out.reason}; ${podman(['logs', '--', name]).stderr.trim()}`);
        first[k].push(Date.now() - t0);
        // nine more, one after the other, each on a fresh connection
        for (let n = 2; n <= 10; n++) if (!isSuccess(await httpGet(hostPort, '/', 10_000))) throw new Error(`${k}: request ${n} failed`);
        tenth[k].push(Date.now() - t0);
      } finally {
        podman(['rm', '-f', '-t', '0', '--ignore', '--', name]);
      }
    }
    log(`lazy: round ${i + 1}/${opts.rounds}: ${keys.map((k) => `${k} ${first[k].at(-1)}/${tenth[k].at(-1)} ms`).join(', ')}`);
  }
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const firstResponseMs = Object.fromEntries(keys.map((k) => [k, stats(first[k])])) as LazyResults['firstResponseMs'];
  const tenthResponseMs = Object.fromEntries(keys.map((k) => [k, stats(tenth[k])])) as LazyResults['tenthResponseMs'];
  const lazyVsDefaultFirst = ratio(firstResponseMs.lazy.median, firstResponseMs.default.median);
  const lazyVsDefaultTenth = ratio(tenthResponseMs.lazy.median, tenthResponseMs.default.median);
  const lazyVsControlFirst = ratio(firstResponseMs.lazy.median, firstResponseMs.rootMode.median);
  const lazyVsControlTenth = ratio(tenthResponseMs.lazy.median, tenthResponseMs.rootMode.median);
  // a win must come from lazy paging: faster than the default and than root mode with the same privileges
  const wins = lazyVsDefaultFirst < 1 && lazyVsDefaultTenth < 1 && lazyVsControlFirst < 1 && lazyVsControlTenth < 1;
  const privileges = {
    default: `${opts.restoreCaps.join(', ')}; seccomp default`,
    lazy: `${wide.join(', ')}; ${LAZY_SECURITY_OPT}`,
  };
  const figures = `lazy / default ${lazyVsDefaultFirst}x first, ${lazyVsDefaultTenth}x tenth; lazy / root-mode control ${lazyVsControlFirst}x first, ${lazyVsControlTenth}x tenth`;
  const verdict = wins
    ? `lazy paging won (${figures}), but only with ${privileges.lazy}: worth an opt-in mode only if that is acceptable`
    : `lazy paging did not win (${figures}); it also needs ${privileges.lazy}: not shipped`;
  const json: LazyResults = { rounds: opts.rounds, privileges, firstResponseMs, tenthResponseMs, lazyVsDefaultFirst, lazyVsDefaultTenth, lazyVsControlFirst, lazyVsControlTenth, verdict };
  const title = { default: 'default restore (unprivileged CRIU, all pages read at restore)', lazy: 'lazy restore (`criu lazy-pages` + `restore --lazy-pages`)', rootMode: 'root-mode CRIU, same privileges as lazy, no lazy pages (control)' };
  const md = [
    '## Lazy restore (CRIU --lazy-pages) vs default',
    '',
    `Time from \`podman run\` to the first and to the tenth HTTP 200 (nine more requests one after another). Medians of ${opts.rounds} alternated rounds. Privileges: default ${privileges.default}; lazy and control ${privileges.lazy}.`,
    '',
    '| restore | first 200 median ms (min–max) | tenth 200 median ms (min–max) |',
    '| --- | --- | --- |',
    ...keys.map((k) => `| ${title[k]} | ${firstResponseMs[k].median} (${firstResponseMs[k].min}–${firstResponseMs[k].max}) | ${tenthResponseMs[k].median} (${tenthResponseMs[k].min}–${tenthResponseMs[k].max}) |`),
    '',
    `- ${verdict}`,
    '',
  ];
  return { json, md };
}
