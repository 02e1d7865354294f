/**
 * The one input schema shared by the action (kebab-case `with:` keys), the CLI (the same names as
 * `--flags`) and the library (the same keys in an object). Every value arrives as text, is validated
 * here before anything runs, and a bad one yields a message naming the input, the value, what is
 * allowed and the fix. action.yml and the README tables are generated from INPUT_SPECS (see
 * scripts/gen-docs.ts) and a test keeps them identical.
 */
import { z } from 'zod';
import { RUNTIME_NAMES, TRIGGERS, resolveProfile, resolveTrigger, type ConcreteTrigger, type RuntimeName } from './runtimes.ts';

export interface InputSpec {
  description: string;
  default?: string;
  required?: boolean;
}

export const INPUT_SPECS = {
  runtime: { description: 'Checkpoint runtime: `crac` (OpenJDK CRaC), `openj9` (OpenJ9 CRIU Support), `liberty` (Open Liberty InstantOn) or `criu` (plain CRIU of any process).', required: true },
  context: { description: 'Build context directory.', default: '.' },
  containerfile: { description: 'Containerfile/Dockerfile, relative to the working directory. Default: `Containerfile` or `Dockerfile` in the context.', default: '' },
  'build-args': { description: 'Build arguments, one `KEY=VALUE` per line.', default: '' },
  cache: { description: 'Cache the Containerfile\'s base images between runs in the GitHub Actions cache (`podman save`/`load`, keyed by their digests).', default: 'false' },
  'source-image': { description: 'Checkpoint this existing image instead of building one (skips the build).', default: '' },
  image: { description: 'Name of the restore image, e.g. `ghcr.io/owner/app` (a `:tag` here is added to `tags`).', required: true },
  tags: { description: 'Tags of the restore image, separated by newlines or commas.', default: 'latest' },
  port: { description: 'Port the app listens on inside the container.', default: '8080' },
  'ready-url': { description: 'Readiness URL polled through the published port: a path (`/health`) or `http://localhost:PORT/path`. Also timed after restore.', default: '' },
  'ready-log': { description: 'Regular expression on the app\'s output that means ready (used when `ready-url` is empty, or in addition).', default: '' },
  'ready-timeout': { description: 'Seconds to wait for readiness.', default: '120' },
  'warmup-url': { description: 'Path requested `warmup-requests` times before the checkpoint (default: `ready-url`).', default: '' },
  'warmup-requests': { description: 'Number of warm-up requests before the checkpoint.', default: '0' },
  'checkpoint-trigger': { description: 'How the checkpoint is taken: `auto` (the runtime\'s default), `app` (the app checkpoints itself), `jcmd` (`jcmd PID JDK.checkpoint`) or `criu` (`criu dump` from the launcher).', default: 'auto' },
  'checkpoint-dir': { description: 'Checkpoint directory inside the image (default per runtime).', default: '' },
  'checkpoint-timeout': { description: 'Seconds the checkpoint may take once triggered.', default: '120' },
  'min-pid': { description: 'The checkpointed process gets a PID above this, so that its PID is free at restore.', default: '1000' },
  'java-options': { description: 'Extra JVM options for the checkpoint run (passed as `JAVA_TOOL_OPTIONS`; for `crac` as `JDK_JAVA_OPTIONS`, where CRaC\'s launcher reads its options).', default: '' },
  'trim-heap': { description: 'Trim the heap to live data before the dump, so the checkpoint holds (and a restore reads back) only what the app needs. CRaC and OpenJ9/Liberty do it themselves at every checkpoint; for `criu` (plain HotSpot) it adds HotSpot\'s heap-shrink options (`-XX:MaxHeapFreeRatio=20`; with a JDK of 14 or later, as its `release` file or JAVA_VERSION says, also a one-step shrink and an unrelocated CDS archive). `false` leaves the JVM as the image starts it; `java-options` override single values.', default: 'true' },
  env: { description: 'Environment for the checkpoint run, one `KEY=VALUE` per line.', default: '' },
  'restore-flags': { description: 'Extra flags appended to the restore command (e.g. `--tcp-close`; `-v4` for CRIU\'s debug-level restore.log).', default: '' },
  'cap-add': { description: 'Extra capabilities for the checkpoint and restore runs, beyond the runtime\'s minimum (warned).', default: '' },
  'security-opt': { description: 'Extra `--security-opt` values for the checkpoint run, one per line.', default: '' },
  privileged: { description: 'Run the checkpoint container with `--privileged` (warned; never needed by the supported runtimes).', default: 'false' },
  verify: { description: 'Start the restore image and require a response before pushing.', default: 'true' },
  'verify-timeout': { description: 'Seconds a restore may take to answer.', default: '60' },
  'compare-runs': { description: 'Cold starts and restores timed side by side (0 = only one restore check).', default: '3' },
  'min-speedup': { description: 'Fail when cold/restore time to first response is below this ratio (empty = no check).', default: '' },
  'max-restore-ms': { description: 'Fail when the restore takes longer than this to answer (empty = no check).', default: '' },
  push: { description: 'Push the restore image with every tag.', default: 'false' },
  registry: { description: 'Registry host (and optional namespace) prefixed to `image` when `image` has none.', default: '' },
  username: { description: 'Registry user name.', default: '' },
  password: { description: 'Registry password or token (sent to `podman login` on stdin, masked).', default: '' },
  'tls-verify': { description: 'Require HTTPS and verify certificates when pushing.', default: 'true' },
  compression: { description: 'Layer compression for the push: `gzip` (every client pulls it) or `zstd` (smaller and faster to unpack; pulled by podman, containerd 1.5+ and Docker 23+). Needs podman 4.0+ to push (`--compression-format`); with podman 3.x the image is pushed with gzip and a warning.', default: 'gzip' },
  'log-dir': { description: 'Folder for the collected logs (default: a folder under the runner\'s temp dir).', default: '' },
  'upload-logs': { description: 'Upload the logs as an artifact: `on-failure`, `always` or `never`.', default: 'on-failure' },
  'artifact-name': { description: 'Artifact name for the logs (default: `checkpoint-image-logs-<runtime>-<job>`; include the matrix key).', default: '' },
  'retention-days': { description: 'Artifact retention in days (0 = the repository default).', default: '0' },
  'manifests-dir': { description: 'Write a Kubernetes Deployment and a Knative Service for the restore image into this folder.', default: '' },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUT_SPECS;
export const INPUT_NAMES = Object.keys(INPUT_SPECS) as InputName[];

export const OUTPUT_SPECS = {
  image: 'Full reference of the restore image (first tag).',
  digest: 'Digest of the pushed restore image (empty when not pushed).',
  'checkpoint-bytes': 'Size of the checkpoint files in bytes.',
  'cold-start-ms': 'Median time from `podman run` to the first response of the original image.',
  'restore-start-ms': 'Median time from `podman run` to the first response of the restore image.',
  speedup: 'cold-start-ms / restore-start-ms.',
  'log-dir': 'Folder holding the collected CRIU, JVM and podman logs.',
  manifests: 'Paths of the written deploy manifests, one per line.',
} as const;
export type OutputName = keyof typeof OUTPUT_SPECS;

export type UploadLogs = 'on-failure' | 'always' | 'never';

/** Validated configuration, as the pipeline uses it. */
export interface Config {
  runtime: RuntimeName;
  context: string;
  containerfile: string | null;
  buildArgs: Record<string, string>;
  sourceImage: string | null;
  cache: boolean;
  /** Repository part of the restore image, registry prefix included. */
  imageName: string;
  tags: string[];
  port: number;
  readyPath: string | null;
  readyLog: string | null;
  readyTimeoutMs: number;
  warmupPath: string | null;
  warmupRequests: number;
  trigger: ConcreteTrigger;
  checkpointDir: string;
  checkpointTimeoutMs: number;
  minPid: number;
  javaOptions: string;
  /** Input `trim-heap`: add the runtime's heap-trim options (HEAP_TRIM in runtimes.ts). */
  trimHeap: boolean;
  env: Record<string, string>;
  restoreFlags: string[];
  capAdd: string[];
  securityOpt: string[];
  privileged: boolean;
  verify: boolean;
  verifyTimeoutMs: number;
  compareRuns: number;
  minSpeedup: number | null;
  maxRestoreMs: number | null;
  push: boolean;
  username: string | null;
  password: string | null;
  tlsVerify: boolean;
  compression: Compression;
  logDir: string | null;
  uploadLogs: UploadLogs;
  artifactName: string | null;
  retentionDays: number;
  manifestsDir: string | null;
}

/** Layer compressions `podman push --compression-format` accepts that every podman 4 pushes and pulls. */
export const COMPRESSIONS = ['gzip', 'zstd'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

/** Raw inputs: every value as text (booleans and numbers are accepted from library callers too). */
export type RawInputs = Partial<Record<InputName, string | number | boolean | readonly string[] | undefined>>;

export class InputError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(issues.length === 1 ? issues[0] : `${issues.length} inputs are invalid:\n- ${issues.join('\n- ')}`);
    this.name = 'InputError';
    this.issues = issues;
  }
}

// ---------------------------------------------------------------- value parsers (all pure)

const LINUX_CAPS = [
  'AUDIT_CONTROL', 'AUDIT_READ', 'AUDIT_WRITE', 'BLOCK_SUSPEND', 'BPF', 'CHECKPOINT_RESTORE', 'CHOWN',
  'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'IPC_LOCK', 'IPC_OWNER', 'KILL', 'LEASE',
  'LINUX_IMMUTABLE', 'MAC_ADMIN', 'MAC_OVERRIDE', 'MKNOD', 'NET_ADMIN', 'NET_BIND_SERVICE', 'NET_BROADCAST',
  'NET_RAW', 'PERFMON', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_CHROOT',
  'SYS_MODULE', 'SYS_NICE', 'SYS_PACCT', 'SYS_PTRACE', 'SYS_RAWIO', 'SYS_RESOURCE', 'SYS_TIME',
  'SYS_TTY_CONFIG', 'SYSLOG', 'WAKE_ALARM',
] as const;

const SECURITY_OPT_KEYS = ['seccomp', 'apparmor', 'label', 'no-new-privileges', 'mask', 'unmask', 'proc-opts'];

/** Docker distribution reference grammar: [domain[:port]/]path-component(/path-component)*. */
const DOMAIN = String.raw`(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?`;
const COMPONENT = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const NAME_RE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REF_RE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);
const ENV_KEY_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PATH_RE = /^\/[A-Za-z0-9._/@+-]*$/;
/** A restore flag: `-x`, `--flag`, `--flag=value` with no shell or command separators. */
const FLAG_RE = /^--?[A-Za-z0-9][A-Za-z0-9_.-]*(?:=[A-Za-z0-9_.,:/@%+=-]*)?$/;
const FLAG_VALUE_RE = /^[A-Za-z0-9_.,:/@%+=-]+$/;
/** `key`, `key=value` or `key:value` with a value of path-like characters only. */
const SECURITY_OPT_RE = /^[a-z-]+(?:[=:][A-Za-z0-9_.,:/@+=-]*)?$/;
const ARTIFACT_FORBIDDEN = /["<>:|*?\\/\r\n]/;

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, name: string, got: string, allowed: string, fix: string) => {
  ctx.addIssue({ code: 'custom', message: `Input "${name}": got ${JSON.stringify(got)}; allowed: ${allowed}. Fix: ${fix}` });
  return z.NEVER;
};

const text = (v: unknown): string =>
  v === undefined || v === null ? '' : Array.isArray(v) ? v.join('\n') : String(v).trim();

/** Splits a list input on newlines and commas, dropping blanks and `#` comments. */
export const listOf = (v: string): string[] =>
  v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));

const lines = (v: string): string[] =>
  v
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));

// every key arrives filled in (absent inputs get their default in parseInputs)
const field = <T>(parse: (value: string, ctx: Ctx) => T) =>
  z.unknown().transform((raw, ctx) => parse(text(raw), ctx));

const bool = (name: InputName) =>
  field((v, ctx) => {
    if (/^(true|True|TRUE)$/.test(v)) return true;
    if (/^(false|False|FALSE)$/.test(v)) return false;
    return fail(ctx, name, v, '`true` or `false`', `write \`${name}: true\` or \`${name}: false\``);
  });

const parseNumber = (name: InputName, v: string, ctx: Ctx, min: number, max: number, integer: boolean, optional: boolean): number => {
  const n = Number(v);
  if (v !== '' && Number.isFinite(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max) return n;
  return fail(ctx, name, v, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}${optional ? ', or empty' : ''}`, `set \`${name}\` to a value in that range`);
};
const int = (name: InputName, min: number, max: number) => field((v, ctx) => parseNumber(name, v, ctx, min, max, true, false));
const optionalNumber = (name: InputName, min: number, max: number) =>
  field((v, ctx): number | null => (v === '' ? null : parseNumber(name, v, ctx, min, max, false, true)));

const seconds = (name: InputName, max = 3600) =>
  field((v, ctx) => {
    const n = Number(v);
    // at least 1 ms: a timeout of 0 would mean "no timeout" further down
    if (v !== '' && Number.isFinite(n) && n >= 0.001 && n <= max) return Math.round(n * 1000);
    return fail(ctx, name, v, `a number of seconds from 0.001 to ${max}`, `e.g. \`${name}: ${(INPUT_SPECS[name] as InputSpec).default ?? 60}\``);
  });

const choice = <T extends string>(name: InputName, values: readonly T[]) =>
  field((v, ctx): T => {
    if ((values as readonly string[]).includes(v)) return v as T;
    return fail(ctx, name, v, values.map((x) => `\`${x}\``).join(', '), `use one of those values`);
  });

const keyValues = (name: InputName) =>
  field((v, ctx) => {
    const out: Record<string, string> = {};
    for (const line of lines(v)) {
      const eq = line.indexOf('=');
      const key = eq > 0 ? line.slice(0, eq) : line;
      if (eq <= 0 || !ENV_KEY_RE.test(key) || line.includes('\0')) {
        return fail(ctx, name, line, '`KEY=VALUE` lines with KEY made of letters, digits and `_`', 'write one `KEY=VALUE` per line');
      }
      out[key] = line.slice(eq + 1);
    }
    return out;
  });

const optionalPath = (name: InputName, absolute: boolean) =>
  field((v, ctx) => {
    if (v === '') return null;
    if (/[\x00-\x1f\x7f]/.test(v) || (absolute && !PATH_RE.test(v))) {
      return fail(ctx, name, v, absolute ? 'an absolute path of letters, digits and `._/@+-`' : 'a path on one line, without control characters', `e.g. \`${name}: ${absolute ? '/checkpoint' : './out'}\``);
    }
    return v;
  });

/** `ready-url`/`warmup-url`: a path, or an http URL on localhost whose port is the container port. */
function parseUrl(name: InputName, v: string, ctx: Ctx): { path: string; port: number | null } | null {
  if (v === '') return null;
  if (v.startsWith('/') && !/[\s]/.test(v)) return { path: v, port: null };
  let url: URL | null = null;
  try {
    url = new URL(v);
  } catch {
    url = null;
  }
  const port = url ? (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80) : 0;
  if (url && /^https?:$/.test(url.protocol) && ['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(url.hostname) && port >= 1 && port <= 65535) {
    return { path: `${url.pathname}${url.search}`, port };
  }
  return fail(ctx, name, v, 'a path such as `/health`, or `http://localhost:PORT/path` (the port inside the container)', `e.g. \`${name}: /health\``);
}

function parseRestoreFlags(v: string, ctx: Ctx): string[] {
  const tokens = v.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const prev = tokens[i - 1];
    const isValue = prev !== undefined && FLAG_RE.test(prev) && !prev.includes('=') && !t.startsWith('-') && FLAG_VALUE_RE.test(t);
    if (!FLAG_RE.test(t) && !isValue) {
      return fail(ctx, 'restore-flags', t, 'flags such as `--tcp-close` or `--ghost-limit=10M` (and the value of the flag before), no shell syntax or second command', 'pass only flags of the restore command');
    }
  }
  return tokens;
}

const schema = z
  .object({
    runtime: choice('runtime', RUNTIME_NAMES),
    // any folder name, `-v` included (podman build gets it after `--`), but one line of printable text
    context: field((v, ctx) =>
      /[\x00-\x1f\x7f]/.test(v) ? fail(ctx, 'context', v, 'a directory path on one line, without control characters', 'e.g. `context: .` or `context: ./app`') : v || '.'),
    containerfile: optionalPath('containerfile', false),
    'build-args': keyValues('build-args'),
    cache: bool('cache'),
    'source-image': field((v, ctx) => {
      if (v === '') return null;
      return REF_RE.test(v) ? v : fail(ctx, 'source-image', v, 'an image reference like `registry/name:tag`', 'use a valid image reference');
    }),
    image: field((v, ctx) => {
      if (NAME_RE.test(v)) return { name: v, tag: undefined as string | undefined };
      const colon = v.lastIndexOf(':');
      const [name, tag] = colon > 0 && !v.slice(colon).includes('/') ? [v.slice(0, colon), v.slice(colon + 1)] : [v, ''];
      if (NAME_RE.test(name) && TAG_RE.test(tag)) return { name, tag: tag as string | undefined };
      return fail(ctx, 'image', v, 'a lowercase image name like `ghcr.io/owner/app` or `localhost/app`, optionally with `:tag`', 'use lowercase letters, digits, `.`, `_`, `-` and `/`');
    }),
    tags: field((v, ctx) => {
      const tags = listOf(v);
      for (const t of tags) if (!TAG_RE.test(t)) return fail(ctx, 'tags', t, 'tags of letters, digits, `_`, `.` and `-`, at most 128 characters, not starting with `.` or `-`', 'fix or remove that tag');
      return tags;
    }),
    port: int('port', 1, 65535),
    'ready-url': field((v, ctx) => parseUrl('ready-url', v, ctx)),
    'ready-log': field((v, ctx) => {
      if (v === '') return null;
      try {
        new RegExp(v);
        return v;
      } catch (e) {
        return fail(ctx, 'ready-log', v, `a JavaScript regular expression (${(e as Error).message})`, 'escape special characters, e.g. `Started .* in \\d+`');
      }
    }),
    'ready-timeout': seconds('ready-timeout'),
    'warmup-url': field((v, ctx) => parseUrl('warmup-url', v, ctx)),
    'warmup-requests': int('warmup-requests', 0, 100_000),
    'checkpoint-trigger': choice('checkpoint-trigger', TRIGGERS),
    'checkpoint-dir': field((v, ctx) => {
      if (v === '') return null;
      // /dev/shm and the like are tmpfs mounts: a checkpoint there never reaches the committed image
      if (!PATH_RE.test(v) || /^\/(dev|proc|sys)(\/|$)/.test(v)) {
        return fail(ctx, 'checkpoint-dir', v, 'an absolute path inside the image filesystem (not under /dev, /proc or /sys)', 'e.g. `checkpoint-dir: /checkpoint`');
      }
      return v;
    }),
    'checkpoint-timeout': seconds('checkpoint-timeout'),
    'min-pid': int('min-pid', 0, 4_000_000),
    'java-options': field((v, ctx) =>
      /[\0\n\r]/.test(v) ? fail(ctx, 'java-options', v, 'JVM options on one line', 'separate options with spaces') : v),
    'trim-heap': bool('trim-heap'),
    env: keyValues('env'),
    'restore-flags': field((v, ctx) => parseRestoreFlags(v, ctx)),
    'cap-add': field((v, ctx) => {
      const caps: string[] = [];
      for (const c of listOf(v)) {
        const cap = c.toUpperCase().replace(/^CAP_/, '');
        if (!(LINUX_CAPS as readonly string[]).includes(cap)) return fail(ctx, 'cap-add', c, `Linux capability names (${LINUX_CAPS.slice(0, 4).join(', ')}, …)`, 'see capabilities(7) for the names');
        caps.push(cap);
      }
      return caps;
    }),
    'security-opt': field((v, ctx) => {
      const opts = lines(v);
      for (const o of opts) {
        const key = o.split(/[=:]/)[0] ?? '';
        if (!SECURITY_OPT_KEYS.includes(key) || !SECURITY_OPT_RE.test(o)) return fail(ctx, 'security-opt', o, `${SECURITY_OPT_KEYS.map((k) => `\`${k}=…\``).join(', ')}`, 'one podman `--security-opt` value per line');
      }
      return opts;
    }),
    privileged: bool('privileged'),
    verify: bool('verify'),
    'verify-timeout': seconds('verify-timeout'),
    'compare-runs': int('compare-runs', 0, 20),
    'min-speedup': optionalNumber('min-speedup', 0, 10_000),
    'max-restore-ms': optionalNumber('max-restore-ms', 1, 3_600_000),
    push: bool('push'),
    registry: field((v, ctx) => {
      if (v === '') return null;
      const r = v.replace(/\/+$/, '');
      return new RegExp(`^${DOMAIN}(?:/${COMPONENT})*$`).test(r) ? r : fail(ctx, 'registry', v, 'a registry host like `ghcr.io`, `127.0.0.1:5000` or `ghcr.io/owner`', 'give the host without `https://`');
    }),
    // registry user names have no blanks (GHCR: the GitHub login, `name[bot]`; ACR: a UUID; GCR: `_json_key`)
    username: field((v, ctx) =>
      /[\s\x00-\x1f\x7f]/u.test(v) ? fail(ctx, 'username', v, 'a registry user name without spaces or control characters', 'for GHCR use `${{ github.actor }}`') : v || null),
    password: field((v) => v || null),
    'tls-verify': bool('tls-verify'),
    compression: field((v, ctx): Compression => {
      const c = v.toLowerCase();
      if ((COMPRESSIONS as readonly string[]).includes(c)) return c as Compression;
      return fail(ctx, 'compression', v, '`gzip` or `zstd`', 'write `compression: zstd` for smaller, faster-to-unpack layers, or `compression: gzip` for clients without zstd (Docker before 23, containerd before 1.5)');
    }),
    'log-dir': optionalPath('log-dir', false),
    'upload-logs': choice('upload-logs', ['on-failure', 'always', 'never'] as const),
    'artifact-name': field((v, ctx) =>
      v === '' ? null : ARTIFACT_FORBIDDEN.test(v) ? fail(ctx, 'artifact-name', v, 'a name without `" : < > | * ? \\ /` or line breaks', 'replace those characters, e.g. with `-`') : v),
    'retention-days': int('retention-days', 0, 90),
    'manifests-dir': optionalPath('manifests-dir', false),
  })
  .strict();

/** Validates raw inputs into a Config, or throws an InputError listing every problem. */
export function parseInputs(raw: RawInputs): Config {
  const unknown = Object.keys(raw).filter((k) => !(k in INPUT_SPECS));
  // every key present: an absent input is its documented default
  const filled = Object.fromEntries(INPUT_NAMES.map((k) => [k, raw[k] ?? (INPUT_SPECS[k] as InputSpec).default ?? '']));
  const result = schema.safeParse(filled);
  const issues = unknown.map(
    (k) => `Input "${k}" is not known; allowed inputs: ${INPUT_NAMES.join(', ')}. Fix: check the spelling (inputs are kebab-case).`,
  );
  if (!result.success) issues.push(...result.error.issues.map(formatIssue));
  if (issues.length) throw new InputError(issues);
  if (!result.success) throw new InputError(issues);
  const v = result.data;
  const profile = resolveProfile(v.runtime, v['java-options']);
  const trigger = resolveTrigger(profile, v['checkpoint-trigger']);
  const problems: string[] = [];
  const need = (cond: boolean, message: string) => {
    if (!cond) problems.push(message);
  };
  const refused = profile.refusedTriggers?.[trigger];
  need(!refused, `Input "checkpoint-trigger": "${trigger}" does not work with runtime ${v.runtime}: ${refused}`);
  need(!!refused || profile.triggers.includes(trigger), `Input "checkpoint-trigger": got "${v['checkpoint-trigger']}"; allowed for runtime ${v.runtime}: ${profile.triggers.join(', ')}, auto. Fix: pick one of those, or \`auto\`.`);
  const readyPort = v['ready-url']?.port ?? null;
  const port = readyPort ?? v.port;
  need(
    readyPort === null || raw.port === undefined || String(raw.port).trim() === '' || readyPort === v.port,
    `Input "ready-url": its port ${readyPort} differs from input "port" (${v.port}). Fix: give the path only (\`/health\`) or make the ports equal.`,
  );
  // jcmd and criu triggers fire on readiness, so they need a way to see it
  need(
    trigger === 'app' || v['ready-url'] !== null || v['ready-log'] !== null,
    `Inputs "ready-url" and "ready-log" are both empty, but checkpoint-trigger "${trigger}" fires when the app is ready. Fix: set \`ready-url: /health\` (or another path that answers 200), or \`ready-log: <regex of the startup line>\`.`,
  );
  problems.push(...profile.validate({ javaOptions: v['java-options'], checkpointDir: v['checkpoint-dir'] ?? profile.defaultCheckpointDir, trigger }));
  need(v['warmup-requests'] === 0 || v['warmup-url'] !== null || v['ready-url'] !== null, 'Input "warmup-requests" is above 0 but there is no URL to warm up. Fix: set `warmup-url` (or `ready-url`).');
  const imageName = v.registry && !hasDomain(v.image.name) ? `${v.registry}/${v.image.name}` : v.image.name;
  const tags = [...new Set([...(v.image.tag ? [v.image.tag] : []), ...v.tags])];
  need(tags.length > 0, 'Input "tags" is empty. Fix: give at least one tag, e.g. `tags: latest`.');
  need(!v.push || hasDomain(imageName), `Input "push" is true but image "${imageName}" names no registry. Fix: set \`registry: ghcr.io\` (or a full \`image: ghcr.io/owner/app\`).`);
  need(!v.password || !!v.username, 'Input "password" is set but "username" is empty. Fix: set `username` too (for GHCR: `${{ github.actor }}`).');
  need(!v.username || !!v.password, 'Input "username" is set but "password" is empty. Fix: pass the token as `password: ${{ secrets.… }}`.');
  need((v['min-speedup'] === null && v['max-restore-ms'] === null) || v.verify, 'Inputs "min-speedup"/"max-restore-ms" need `verify: true`. Fix: enable verify or remove the thresholds.');
  need(v['min-speedup'] === null || v['compare-runs'] > 0, 'Input "min-speedup" needs `compare-runs` above 0 (cold starts are what it compares against). Fix: set `compare-runs: 3`.');
  if (problems.length) throw new InputError(problems);
  return {
    runtime: v.runtime,
    context: v.context,
    containerfile: v.containerfile,
    buildArgs: v['build-args'],
    sourceImage: v['source-image'],
    cache: v.cache,
    imageName,
    tags,
    port,
    readyPath: v['ready-url']?.path ?? null,
    readyLog: v['ready-log'],
    readyTimeoutMs: v['ready-timeout'],
    warmupPath: (v['warmup-url'] ?? v['ready-url'])?.path ?? null,
    warmupRequests: v['warmup-requests'],
    trigger,
    checkpointDir: v['checkpoint-dir'] ?? profile.defaultCheckpointDir,
    checkpointTimeoutMs: v['checkpoint-timeout'],
    minPid: v['min-pid'],
    javaOptions: v['java-options'],
    trimHeap: v['trim-heap'],
    env: v.env,
    restoreFlags: v['restore-flags'],
    capAdd: v['cap-add'],
    securityOpt: v['security-opt'],
    privileged: v.privileged,
    verify: v.verify,
    verifyTimeoutMs: v['verify-timeout'],
    compareRuns: v['compare-runs'],
    minSpeedup: v['min-speedup'],
    maxRestoreMs: v['max-restore-ms'],
    push: v.push,
    username: v.username,
    password: v.password,
    tlsVerify: v['tls-verify'],
    compression: v.compression,
    logDir: v['log-dir'],
    uploadLogs: v['upload-logs'],
    artifactName: v['artifact-name'],
    retentionDays: v['retention-days'],
    manifestsDir: v['manifests-dir'],
  };
}

function formatIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') return issue.message;
  return `Input "${issue.path.join('.')}": ${issue.message}`;
}

/** True when the first path component is a registry host (has a dot or port, or is localhost). */
export function hasDomain(name: string): boolean {
  const first = name.split('/')[0] ?? '';
  return name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
}

/** Full references of the restore image, one per tag. */
export function imageRefs(config: Pick<Config, 'imageName' | 'tags'>): string[] {
  return config.tags.map((t) => `${config.imageName}:${t}`);
}
