/**
 * The structure of failure lines, independent of any catalogued message: CRIU's
 * `Error (<dir>/<file>.c:<line>): <message>: <strerror>` (pr_perror in criu/include/log.h), the
 * errno texts of glibc's strerror(), the lines that only report a consequence, and the weak hints an
 * errno gives about a category. Used to rank evidence and to say what is known when no signature
 * matches.
 */
import type { Category } from './types.ts';

export interface ErrorLine {
  /** Source file as printed, e.g. `criu/sk-inet.c`, `compel/src/lib/infect.c`; null for non-CRIU lines. */
  file: string | null;
  /** The strerror() text at the end of the line, e.g. `Operation not permitted`. */
  errno: string | null;
  /** The errno's symbolic name, e.g. `EPERM`. */
  errnoName: string | null;
  message: string;
}

/** glibc strerror() texts CRIU, podman and the JVMs print, with the category each weakly suggests. */
const ERRNOS: ReadonlyArray<{ text: string; name: string; number: number; hint: Category | null }> = [
  { text: 'Operation not permitted', name: 'EPERM', number: 1, hint: 'missing-capability' },
  { text: 'Permission denied', name: 'EACCES', number: 13, hint: 'security-policy' },
  { text: 'No such file or directory', name: 'ENOENT', number: 2, hint: 'file-mismatch' },
  { text: 'No such process', name: 'ESRCH', number: 3, hint: null },
  { text: 'File exists', name: 'EEXIST', number: 17, hint: null },
  { text: 'Cannot allocate memory', name: 'ENOMEM', number: 12, hint: 'memory-or-resource' },
  { text: 'No space left on device', name: 'ENOSPC', number: 28, hint: 'memory-or-resource' },
  { text: 'Too many open files', name: 'EMFILE', number: 24, hint: 'memory-or-resource' },
  { text: 'Disk quota exceeded', name: 'EDQUOT', number: 122, hint: 'memory-or-resource' },
  { text: 'Invalid argument', name: 'EINVAL', number: 22, hint: 'kernel-or-criu-unsupported' },
  { text: 'Function not implemented', name: 'ENOSYS', number: 38, hint: 'kernel-or-criu-unsupported' },
  { text: 'Operation not supported', name: 'EOPNOTSUPP', number: 95, hint: 'kernel-or-criu-unsupported' },
  { text: 'Protocol not available', name: 'ENOPROTOOPT', number: 92, hint: 'kernel-or-criu-unsupported' },
  { text: 'Read-only file system', name: 'EROFS', number: 30, hint: null },
  { text: 'Device or resource busy', name: 'EBUSY', number: 16, hint: null },
  { text: 'Resource temporarily unavailable', name: 'EAGAIN', number: 11, hint: null },
  { text: 'Bad address', name: 'EFAULT', number: 14, hint: null },
  { text: 'Bad file descriptor', name: 'EBADF', number: 9, hint: null },
  { text: 'No such device or address', name: 'ENXIO', number: 6, hint: null },
  { text: 'Inappropriate ioctl for device', name: 'ENOTTY', number: 25, hint: 'tty' },
  { text: 'Address already in use', name: 'EADDRINUSE', number: 98, hint: 'open-socket' },
  { text: 'Cannot assign requested address', name: 'EADDRNOTAVAIL', number: 99, hint: 'open-socket' },
  { text: 'Connection refused', name: 'ECONNREFUSED', number: 111, hint: null },
  { text: 'Interrupted system call', name: 'EINTR', number: 4, hint: null },
  { text: 'Input/output error', name: 'EIO', number: 5, hint: null },
];

const CRIU_ERROR = /\b(?:Error|Warn)\s*\(((?:[\w.-]+\/)*[\w-]+\.c):\d+\):\s*(.*)$/;

/** Splits a line into CRIU source file, errno and message (fields that are not there are null). */
export function parseErrorLine(text: string): ErrorLine {
  const m = CRIU_ERROR.exec(text);
  const message = (m?.[2] ?? text).trim();
  let errno: (typeof ERRNOS)[number] | undefined;
  for (const e of ERRNOS) {
    const re = new RegExp(String.raw`(?::\s*|\()${e.text.replace(/[/]/g, '\\/')}\)?\s*$`, 'i');
    if (re.test(message)) {
      errno = e;
      break;
    }
  }
  // The restorer (criu/pie/*.c) has no strerror(): it prints the raw return, `-13`, `(-1)` or the
  // unsigned `0xfffffffffffffff3`; a negative number there is -errno.
  if (!errno && m?.[1] && /(?:^|\/)pie\//.test(m[1])) {
    const raw = /(?:0xffffffffffffff([0-9a-f]{2})|(?:with|returned|:|\()\s*-(\d{1,3})\)?)\s*$/i.exec(message);
    const n = raw ? (raw[1] ? 256 - parseInt(raw[1], 16) : Number(raw[2])) : 0;
    errno = ERRNOS.find((e) => e.number === n);
  }
  return { file: m?.[1] ?? null, errno: errno?.text ?? null, errnoName: errno?.name ?? null, message };
}

/** The weak hint an errno gives, or null. */
export function errnoHint(errnoName: string | null): Category | null {
  return ERRNOS.find((e) => e.name === errnoName)?.hint ?? null;
}

/**
 * Lines that report a consequence of an earlier failure, never its cause: the final verdicts, the
 * cleanup after a failed seize, a child killed because its parent gave up, generic "X failed with -1"
 * wrappers of cr-dump.c, and the engines' wrappers around CRIU's exit status.
 */
export const CONSEQUENCES: readonly RegExp[] = [
  /\b(?:Dumping|Restoring|Pre-dumping) FAILED\b/,
  /Unable to detach from \d+/,
  /\bkilled by signal \d+/,
  /\bexited, status=\d+/,
  /Killing processes because of failure on restore/,
  /\bfailed with -1\b/,
  /Can't infect \(pid: \d+\) with parasite/,
  /Can't (?:catch all tasks|dump threads|dump thread for pid|init thread in parasite)/,
  /Parasite exited with -1/,
  /Restorer (?:fail|abnormal termination)/,
  /Unable to open fd=\d+ id=/,
  /Can't interrupt the \d+ task: No such process/,
  /criu failed: type \w+ errno \d+/,
  /CRIU (?:checkpointing|restoring) failed -?\d+/,
  /did not terminate suc+essfully/,
  /\bexit status \d+\b/,
  /\bCan't wait or bad status\b/,
  /Error \((?:[\w.-]+\/)*util\.c:\d+\)/,
  /\bUnlock network\b/,
];

export function isConsequence(text: string): boolean {
  return CONSEQUENCES.some((re) => re.test(text));
}

/** Lines that only appear when a CRIU operation worked. */
export const SUCCESS_MARKERS: readonly RegExp[] = [
  /Dumping finished successfully/,
  /Restore finished successfully/,
  /Pre-dumping finished successfully/,
  /CWWKC0452I/, // Liberty: resumed operation from a checkpoint
];

/**
 * The verdicts of a passed `criu check` (criu/cr-check.c cr_check): CHECK_GOOD "Looks good." when every
 * feature is there, so the `Error` lines before it are the kernel-feature probes (kerndat) of a check
 * that passed; CHECK_MAYBE "Looks good but some kernel features are missing" when a feature "required
 * for specific cases" is missing, which "may cause dump or restore failure".
 */
export const CHECK_PASSED = /^\s*Looks good\.\s*$/;
export const CHECK_PASSED_MAYBE = /^\s*Looks good but some kernel features are missing\b/;

/** A line as CRIU would print it again: without its timestamp, `pie: N:` prefix or Python bytes quoting. */
export function normalizeLine(text: string): string {
  return text
    .trim()
    .replace(/^b?(['"])(.*)\1$/, '$2')
    .replace(/^\(\s*[\d.:]+\)\s*/, '')
    .replace(/^pie:\s*\d+:\s*/, '')
    .trim();
}

/**
 * Stack frames that say what a CRaC refusal wrapped without naming it (the opener's stack printed with
 * -Djdk.crac.collect-fd-stacktraces=true, or the frames of a wrapping framework): the JDK's and the
 * common libraries' file APIs, and their socket and connection-pool APIs.
 */
export const RESOURCE_FRAMES: ReadonlyArray<{ category: Category; re: RegExp }> = [
  {
    category: 'open-file',
    re: /\bat\s+\S*(?:java\.io\.(?:FileInputStream|FileOutputStream|RandomAccessFile)|java\.util\.(?:zip\.ZipFile|jar\.JarFile)|sun\.nio\.ch\.FileChannelImpl|java\.nio\.file\.Files\.new|JarURLConnection|UrlResource\.getInputStream|FileAppender|FileManager)\b/,
  },
  {
    category: 'open-socket',
    re: /\bat\s+\S*(?:java\.net\.(?:Socket|ServerSocket)\.|sun\.nio\.ch\.(?:SocketChannelImpl|ServerSocketChannelImpl|NioSocketImpl|Net\.connect)|java\.sql\.DriverManager|com\.zaxxer\.hikari|org\.postgresql|com\.mysql|org\.mariadb|io\.lettuce|redis\.clients|org\.apache\.kafka)/,
  },
];

