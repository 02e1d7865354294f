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
const ERRNOS: ReadonlyArray<{ text: string; name: string; hint: Category | null }> = [
  { text: 'Operation not permitted', name: 'EPERM', hint: 'missing-capability' },
  { text: 'Permission denied', name: 'EACCES', hint: 'security-policy' },
  { text: 'No such file or directory', name: 'ENOENT', hint: 'file-mismatch' },
  { text: 'No such process', name: 'ESRCH', hint: null },
  { text: 'File exists', name: 'EEXIST', hint: null },
  { text: 'Cannot allocate memory', name: 'ENOMEM', hint: 'memory-or-resource' },
  { text: 'No space left on device', name: 'ENOSPC', hint: 'memory-or-resource' },
  { text: 'Too many open files', name: 'EMFILE', hint: 'memory-or-resource' },
  { text: 'Disk quota exceeded', name: 'EDQUOT', hint: 'memory-or-resource' },
  { text: 'Invalid argument', name: 'EINVAL', hint: 'kernel-or-criu-unsupported' },
  { text: 'Function not implemented', name: 'ENOSYS', hint: 'kernel-or-criu-unsupported' },
  { text: 'Operation not supported', name: 'EOPNOTSUPP', hint: 'kernel-or-criu-unsupported' },
  { text: 'Protocol not available', name: 'ENOPROTOOPT', hint: 'kernel-or-criu-unsupported' },
  { text: 'Read-only file system', name: 'EROFS', hint: null },
  { text: 'Device or resource busy', name: 'EBUSY', hint: null },
  { text: 'Resource temporarily unavailable', name: 'EAGAIN', hint: null },
  { text: 'Bad address', name: 'EFAULT', hint: null },
  { text: 'Bad file descriptor', name: 'EBADF', hint: null },
  { text: 'No such device or address', name: 'ENXIO', hint: null },
  { text: 'Inappropriate ioctl for device', name: 'ENOTTY', hint: 'tty' },
  { text: 'Address already in use', name: 'EADDRINUSE', hint: 'open-socket' },
  { text: 'Cannot assign requested address', name: 'EADDRNOTAVAIL', hint: 'open-socket' },
  { text: 'Connection refused', name: 'ECONNREFUSED', hint: null },
  { text: 'Interrupted system call', name: 'EINTR', hint: null },
  { text: 'Input/output error', name: 'EIO', hint: null },
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
