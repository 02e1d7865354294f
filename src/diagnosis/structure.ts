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
  // runc (libcontainer/criu_linux.go) reports CRIU's RPC answer as "criu failed: type %s errno %d": the
  // errno CRIU set (criu/cr-errno.c), 0 when it set none
  if (!errno) {
    const rpc = /\bcriu failed: type \w+ errno (\d+)\b/.exec(text);
    if (rpc && Number(rpc[1]) > 0) errno = ERRNOS.find((e) => e.number === Number(rpc[1]));
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


/**
 * A CRIU release knows the kernels released before it: a much newer kernel changes interfaces CRIU
 * relies on (vDSO layout in 6.13, socket options in 6.16), and the refusals that follow read like a
 * missing capability or a policy (EPERM, EACCES, EINVAL). CRIU prints its version and the kernel it
 * runs on at the head of every log (criu/crtools.c: pr_info("Version: %s (gitid %s)"), pr_info("Running
 * on %s %s %s %s %s") with uname's nodename, sysname, release, version, machine).
 * The kernel current at each CRIU release (the tag dates of checkpoint-restore/criu and the kernel.org release dates):
 */
const CRIU_KERNEL_ERA: ReadonlyArray<{ criu: [number, number]; kernel: [number, number] }> = [
  { criu: [3, 13], kernel: [5, 2] }, // 2019-09-11
  { criu: [3, 14], kernel: [5, 6] }, // 2020-04-29
  { criu: [3, 15], kernel: [5, 9] }, // 2020-11-03
  { criu: [3, 16], kernel: [5, 14] }, // 2021-09-22
  { criu: [3, 17], kernel: [5, 17] }, // 2022-05-05
  { criu: [3, 18], kernel: [6, 2] }, // 2023-04-22
  { criu: [3, 19], kernel: [6, 6] }, // 2023-11-27
  { criu: [4, 0], kernel: [6, 11] }, // 2024-09-21
  { criu: [4, 1], kernel: [6, 14] }, // 2025-03-25
  { criu: [4, 2], kernel: [6, 17] }, // 2025-11-13
];
/** Kernel releases (about nine weeks each) past a CRIU's era after which its refusals are read as the version gap. */
const KERNEL_RELEASES_AHEAD = 3;
/** Linux 5.x ran to 5.19, then 6.0 (2022-10); 4.x to 4.20, 3.x to 3.19. */
const LAST_MINOR: Record<number, number> = { 3: 19, 4: 20, 5: 19 };

function kernelIndex([major, minor]: [number, number]): number {
  let n = minor;
  for (let m = 3; m < major; m++) n += (LAST_MINOR[m] ?? 19) + 1;
  return n;
}

/** The CRIU version and kernel release a CRIU log names in its banner, where it does. */
export function criuAndKernel(lines: readonly string[]): { criu: [number, number]; kernel: [number, number] } | null {
  let criu: [number, number] | null = null;
  let kernel: [number, number] | null = null;
  for (const l of lines.slice(0, 400)) {
    const v = /\bVersion:\s*(\d+)\.(\d+)/.exec(l);
    if (v && !criu) criu = [Number(v[1]), Number(v[2])];
    const k = /\bRunning on \S+ Linux (\d+)\.(\d+)/.exec(l);
    if (k && !kernel) kernel = [Number(k[1]), Number(k[2])];
    if (criu && kernel) return { criu, kernel };
  }
  return null;
}

/**
 * CRIU and the kernel it runs on do not fit: the kernel came out well after that CRIU release (see
 * CRIU_KERNEL_ERA), or it is a 3.x kernel (CRIU's features since 3.x, e.g. clone3, pidfd, the time
 * namespace, need 5.x kernels; RHEL 7's 3.10 lacks most of them).
 */
export function criuKernelMismatch(lines: readonly string[]): boolean {
  const found = criuAndKernel(lines);
  if (!found) return false;
  if (found.kernel[0] <= 3 && found.criu[0] >= 3) return true;
  return criuOlderThan(found);
}

function criuOlderThan(found: { criu: [number, number]; kernel: [number, number] }): boolean {
  const [maj, min] = found.criu;
  const era = [...CRIU_KERNEL_ERA].reverse().find((e) => e.criu[0] < maj || (e.criu[0] === maj && e.criu[1] <= min));
  // older than the table: any kernel of the table's time is past it; newer than the table: unknown, not a gap
  const newest = CRIU_KERNEL_ERA[CRIU_KERNEL_ERA.length - 1]!;
  if (!era) return kernelIndex(found.kernel) - kernelIndex(CRIU_KERNEL_ERA[0]!.kernel) >= KERNEL_RELEASES_AHEAD;
  if (era === newest && (maj > newest.criu[0] || min > newest.criu[1])) return false;
  return kernelIndex(found.kernel) - kernelIndex(era.kernel) >= KERNEL_RELEASES_AHEAD;
}

/**
 * A gdb backtrace frame (`#3  0x000055d1 in restore_root_task (init=...) at criu/cr-restore.c:2400`), as
 * people post for a CRIU (or JVM) that hangs: the innermost frame in CRIU's sources names the subsystem
 * it waits in. Returns the function and the source file, when the frame names one.
 */
const GDB_FRAME = /^#\d+\s+(?:0x[0-9a-f]+\s+in\s+)?([\w:~<>.]+)\s*\(.*?\)\s+(?:at\s+(\S+?\.c):\d+|from\s+\S+)\s*$/;

export function parseGdbFrame(text: string): { fn: string; file: string | null } | null {
  const m = GDB_FRAME.exec(text.trim());
  return m ? { fn: m[1]!, file: m[2] ?? null } : null;
}

/**
 * A line as the program that printed it wrote it, without the quoting a wrapper added: Python's repr of
 * bytes (`b'(00.01) Error ...'`), logrus's text format (`time="..." level=warning msg="..."`, how runc
 * quotes CRIU's log: libcontainer/criu_linux.go logCriuErrors `logrus.Warnf("%d:%s", lineNo, line)`) and
 * its JSON format (`{"level":"warning","msg":"..."}`, what podman and containerd read from runc), with
 * their escapes undone. Patterns anchored at the errno that ends a CRIU line then hold for quoted lines too.
 */
export function unquoteLine(raw: string): string {
  const text = raw.trim();
  const py = /^b?(['"])(.*)\1$/.exec(text);
  if (py) return py[2]!.replace(/\\(['"\\])/g, '$1');
  const logrus = /^(?:time="[^"]*"\s+)?level=\w+\s+msg="((?:[^"\\]|\\.)*)"(.*)$/.exec(text);
  const json = logrus ? null : /^\{.*"msg":\s*"((?:[^"\\]|\\.)*)".*\}$/.exec(text);
  const m = logrus ?? json;
  if (!m) return raw;
  const unescape = (v: string) => v.replace(/\\n/g, ' ').replace(/\\t/g, ' ').replace(/\\(["\\])/g, '$1');
  // runc numbers each quoted line (`%d:%s`): the number is the line in CRIU's log, not part of it
  const msg = unescape(m[1]!).replace(/^\d+:(?=\()/, '');
  const error = logrus ? /\berror="((?:[^"\\]|\\.)*)"/.exec(m[2] ?? '') : null;
  return error ? `${msg}: ${unescape(error[1]!)}` : msg;
}
