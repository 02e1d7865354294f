import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, readLogs, stageFromContent } from '../../src/diagnosis/analyze.ts';
import { SIGNATURES } from '../../src/diagnosis/signatures.ts';
import type { AnalyzeOptions, LogInput } from '../../src/diagnosis/types.ts';

const log = (content: string, extra: Partial<LogInput> = {}): LogInput => ({ path: 'dump.log', content, ...extra });
const ids = (logs: LogInput[], options?: AnalyzeOptions) => analyze(logs, options).map((f) => f.signature);

// Lines as CRIU 4.2.1 printed them on the lab host (FINDINGS.md) and as users posted CRaC output.
const RLIMIT = "(00.000064) Error (criu/util.c:1534): rlimit: Can't setup RLIMIT_NOFILE for self: Operation not permitted";
const SECCOMP_DUMP = [
  RLIMIT,
  '(00.028037) Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: Operation not permitted',
  '(00.028070) Error (compel/src/lib/infect.c:417): Unable to detach from 1006: No such process',
  '(00.028080) Error (criu/cr-dump.c:1975): Dumping FAILED.',
].join('\n');
const CRAC_SOCKET = [
  'An exception during a checkpoint operation:',
  'jdk.internal.crac.mirror.CheckpointException',
  '\tSuppressed: jdk.internal.crac.mirror.impl.CheckpointOpenSocketException: Socket[addr=db/10.0.0.5,port=5432,localport=55126]',
  '\t\tat java.base/jdk.internal.crac.JDKSocketResourceBase.lambda$beforeCheckpoint$0(JDKSocketResourceBase.java:68)',
].join('\n');

describe('ranking', () => {
  it.each([
    ['seccomp cause above the Dumping FAILED symptom', SECCOMP_DUMP, ['criu-seccomp-suspend', 'criu-dump-failed']],
    ['Suppressed cause above the CheckpointException wrapper', CRAC_SOCKET, ['crac-open-socket', 'crac-checkpoint-exception']],
    [
      'cause printed after its symptom still ranks first',
      'Error (criu/cr-restore.c:2331): Restoring FAILED.\nError (criu/files-reg.c:2175): File app/java.log has bad size 43 (expect 41)',
      ['criu-file-size-changed', 'criu-restore-failed'],
    ],
  ])('%s', (_name, content, expected) => {
    expect(ids([log(content)])).toEqual(expected);
  });

  it('puts causes first, then confidence, then the earliest line', () => {
    const findings = analyze([log(SECCOMP_DUMP)]);
    expect(findings.map((f) => f.role)).toEqual(['root-cause', 'symptom']);
    expect(findings[0]!.confidence).toBeGreaterThan(findings[1]!.confidence);
    const two = 'Error (criu/sk-tcp.c:81): tcp: Failed to lock TCP connection 451eb\nError (compel/src/lib/ptrace.c:27): suspending seccomp failed: Operation not permitted';
    expect(ids([log(two)])).toEqual(['criu-tcp-lock-failed', 'criu-seccomp-suspend']);
  });

  it('keeps the order of the logs for equally likely causes', () => {
    const restore = log("Error (criu/cr-restore.c:1237): Can't fork for 1006: File exists", { path: 'b/restore.log' });
    const dump = log('Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: Operation not permitted', { path: 'a/dump.log' });
    expect(ids([restore, dump])).toEqual(['criu-pid-in-use', 'criu-seccomp-suspend']);
    expect(ids([dump, restore])).toEqual(['criu-seccomp-suspend', 'criu-pid-in-use']);
  });
});

describe('deduplication', () => {
  it('reports one finding per signature, at its first line', () => {
    const content = [
      'pie: 1062: Error (criu/pie/restorer.c:347): Unable to restore capabilities: -1',
      'pie: 1062: Error (criu/pie/restorer.c:820): BUG at criu/pie/restorer.c:820',
      'pie: 1063: Error (criu/pie/restorer.c:347): Unable to restore capabilities: -1',
    ].join('\n');
    const findings = analyze([log(content)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ signature: 'criu-restore-capabilities', line: 1 });
  });

  it('keeps the list short', () => {
    const everything = SIGNATURES.flatMap((s) => (s.sample && !s.benign ? [s.sample] : [])).join('\n');
    const findings = analyze([log(everything)]);
    expect(findings).toHaveLength(8);
    expect(findings.every((f) => f.role === 'root-cause')).toBe(true);
  });
});

describe('benign lines and successful runs', () => {
  it('never reports the rlimit Error line CRIU prints on success', () => {
    expect(analyze([log(`${RLIMIT}\n(00.111107) Dumping finished successfully`)])).toEqual([]);
    expect(analyze([log(RLIMIT)])).toEqual([]);
  });

  it('treats errors before a success marker as not fatal', () => {
    const content = 'Error (criu/foo.c:1): something odd happened\n(00.059963) Restore finished successfully. Tasks resumed.';
    expect(analyze([log(content, { path: 'restore.log' })])).toEqual([]);
  });

  it('still reports a known cause in a log that claims success (criu#684)', () => {
    const content = [
      '(00.250351) pie: 14: Error (criu/pie/restorer.c:297): Unable to restore capabilities: -1',
      '(00.250452) Restore finished successfully. Resuming tasks.',
    ].join('\n');
    expect(ids([log(content)])).toEqual(['criu-restore-capabilities']);
  });
});

describe('unrecognised failures', () => {
  const unknown = [
    RLIMIT,
    'pie: 31483: Error (criu/pie/restorer.c:1201): Unexpected restore state 7 for 31483',
    "pie: 31483: Error (criu/pie/restorer.c:779): Can't restore the thread state",
    'some trailing output',
  ].join('\n');

  it('returns exactly one unrecognised finding at the first CRIU error, naming file and phase, with a low-confidence guess', () => {
    const findings = analyze([log(unknown, { path: 'restore.log', stage: 'restore' })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      signature: null,
      // nothing votes: a CRIU log failing on no known line is most often a kernel/CRIU limitation
      category: 'kernel-or-criu-unsupported',
      role: 'unrecognised',
      stage: 'restore',
      file: 'restore.log',
      line: 2,
      docs: null,
    });
    expect(findings[0]!.cause).toMatch(/^Unrecognised failure in restore: CRIU's first error is in criu\/pie\/restorer\.c: "Unexpected restore state 7 for 31483"/);
    expect(findings[0]!.cause).toMatch(/Most likely kernel-or-criu-unsupported \(low confidence/);
    expect(findings[0]!.confidence).toBeLessThan(0.5);
    expect(findings[0]!.remedy).toMatch(/no known signature/i);
    expect(findings[0]!.remedy).toContain('restore.log');
  });

  it("reads the restorer's raw -1 as EPERM: a capability (criu/pie/restorer.c prints no strerror)", () => {
    const text = ['pie: 31483: Error (criu/pie/restorer.c:1839): prctl failed @1839 with -1', "pie: 31483: Error (criu/pie/restorer.c:779): Can't restore EXE link (-1)"].join('\n');
    expect(analyze([log(text, { path: 'restore.log', stage: 'restore' })])[0]).toMatchObject({ signature: 'criu-eperm', category: 'missing-capability', line: 1 });
  });

  it('gives the most likely category from the errno, with low confidence', () => {
    const text = ["Error (criu/net.c:2304): Can't bind the netlink socket: Address already in use", 'Error (criu/cr-restore.c:2331): Restoring FAILED.'].join('\n');
    const [top] = analyze([log(text, { path: 'restore.log', stage: 'restore' })]);
    expect(top).toMatchObject({ signature: null, role: 'unrecognised', category: 'open-socket', line: 1 });
    expect(top!.cause).toContain('criu/net.c (EADDRINUSE: Address already in use)');
    expect(top!.cause).toMatch(/Most likely open-socket \(low confidence, from the errno EADDRINUSE\)/);
    expect(top!.confidence).toBeLessThan(0.5);
  });

  it('names the subsystem from any CRIU error line by its errno: EPERM is a capability, EACCES a security module', () => {
    const eperm = ["Error (criu/sysctl.c:142): Can't write net/core/somaxconn: Operation not permitted", 'Error (criu/cr-restore.c:2331): Restoring FAILED.'].join('\n');
    expect(analyze([log(eperm, { path: 'restore.log', stage: 'restore' })])[0]).toMatchObject({ signature: 'criu-eperm', category: 'missing-capability', role: 'root-cause', line: 1 });
    const eacces = "Error (criu/namespaces.c:641): Can't open file /proc/self/ns/net on restore: Permission denied";
    expect(analyze([log(eacces)], { failed: true })[0]).toMatchObject({ signature: 'criu-eacces', category: 'security-policy' });
    // a file family keeps the subsystem even with EPERM: TCP repair is about the socket
    const soccr = "(03.688293)   1192: Error (soccr/soccr.c:567): Can't repair options: Operation not permitted";
    expect(analyze([log(soccr)], { failed: true })[0]).toMatchObject({ signature: 'criu-socket', category: 'open-socket' });
    // seccomp named in any CRIU error line is the seccomp family, whichever file printed it
    const seccomp = "(00.047210) Error (criu/cr-check.c:761): couldn't suspend seccomp: Operation not permitted";
    expect(analyze([log(seccomp)], { failed: true })[0]).toMatchObject({ signature: 'criu-seccomp-filter', category: 'seccomp' });
  });

  it('points past consequences to the line that caused them', () => {
    const text = [
      'Error (criu/files.c:1210): Unable to open fd=9 id=0x4d',
      'Error (criu/netfilter.c:88): Unable to lock the network: Device or resource busy',
      'Error (criu/cr-restore.c:1479): 45859 killed by signal 9: Killed',
      'Error (criu/cr-restore.c:2397): Restoring FAILED.',
    ].join('\n');
    const findings = analyze([log(text)]);
    // "Unable to open fd" only reports that an earlier step failed: the netfilter line is named,
    // and the file family it matched stays a symptom below it
    expect(findings[0]).toMatchObject({ role: 'unrecognised', line: 2 });
    expect(findings[0]!.cause).toContain('criu/netfilter.c (EBUSY: Device or resource busy)');
    expect(findings.find((f) => f.signature === 'criu-file-restore')).toMatchObject({ role: 'symptom', line: 1 });
  });

  it('with consequences only, names the subsystem they point at', () => {
    const text = ['45859: Error (criu/files.c:1210): Unable to open fd=9 id=0x4d', 'Error (criu/cr-restore.c:2397): Restoring FAILED.'].join('\n');
    const [top] = analyze([log(text)]);
    expect(top).toMatchObject({ role: 'unrecognised', category: 'file-mismatch', line: 1 });
    expect(top!.cause).toMatch(/Most likely file-mismatch \(low confidence, from the other error lines/);
  });

  it('ranks by the causal chain: the first error of a log before what follows from it', () => {
    // criu/cgroup.c: the failed write comes first, the "props failed" wrapper is its consequence
    const text = [
      '(00.001074) Error (criu/cgroup.c:978): cg: Failed closing cpuset/docker-1.scope/cpuset.cpus: Invalid argument',
      '(00.001079) Error (criu/cgroup.c:1083): cg: Restoring special cpuset props failed!',
      '(00.001101) Error (criu/cr-restore.c:2397): Restoring FAILED.',
    ].join('\n');
    expect(analyze([log(text)])[0]).toMatchObject({ signature: 'criu-einval', line: 1 });
  });

  it("ranks the error just before CRIU's step wrapper above an earlier probe error that CRIU survived", () => {
    const text = [
      'Error (criu/uffd.c:231): uffd: Lazy pages are not available: Function not implemented',
      "Error (criu/files-ext.c:96): Can't dump file 0 of that type [20620] (chr 4:64)",
      'Error (criu/cr-dump.c:1439): Dump files (pid: 4131) failed with -1',
      'Error (criu/cr-dump.c:1807): Dumping FAILED.',
    ].join('\n');
    // and character major 4 is a terminal (ttyS0): the terminal family, not an unknown file type
    expect(analyze([log(text)])[0]).toMatchObject({ signature: 'criu-terminal', category: 'tty', line: 2 });
  });

  it("ranks CRIU's Error lines above its Warn lines: CRIU went on after a warning", () => {
    const text = [
      "(00.047210) Error (criu/cr-check.c:761): couldn't suspend seccomp: Operation not permitted",
      '(00.048885) Warn  (criu/cr-check.c:813): Dirty tracking is OFF. Memory snapshot will not work.',
    ].join('\n');
    const findings = analyze([log(text)], { failed: true });
    expect(findings.map((f) => f.signature)).toEqual(['criu-seccomp-filter', 'criu-dirty-tracking-off']);
  });

  it('reads the phase from the log when neither its name nor the caller says', () => {
    expect(stageFromContent(['(00.000193) Dumping processes (pid: 157934)', 'Error (criu/cr-dump.c:2111): Dumping FAILED.'])).toBe('checkpoint');
    expect(stageFromContent(['(00.000325) Reading image tree', 'Error (criu/cr-restore.c:2324): Restoring FAILED.'])).toBe('restore');
    // a restore that follows a dump in one log is a restore failure
    expect(stageFromContent(['criu dump -t 1 -D img', 'Dumping finished successfully', 'criu restore -D img', 'Error (criu/cr-restore.c:2324): Restoring FAILED.'])).toBe('restore');
    expect(stageFromContent(['nothing to see'])).toBeUndefined();
    const unknown = 'Error (criu/x.c:1): something new\nError (criu/cr-restore.c:2324): Restoring FAILED.';
    expect(analyze([{ path: 'log', content: unknown }])[0]).toMatchObject({ role: 'unrecognised', stage: 'restore' });
    expect(analyze([{ path: 'log', content: unknown }])[0]!.cause).toMatch(/^Unrecognised failure in restore: CRIU's first error is in criu\/x\.c/);
  });

  it("with only wrappers, reads what CRIU was doing just before the first error", () => {
    const text = [
      '(00.317087) Dumping inet socket at 14',
      '(00.317092) Dumping TCP connection',
      '(00.317097) ----------------------------------------',
      '(00.317103) Error (criu/cr-dump.c:1352): Dump files (pid: 30618) failed with -1',
      '(00.332892) Error (criu/cr-dump.c:1709): Dumping FAILED.',
    ].join('\n');
    expect(analyze([log(text)])[0]).toMatchObject({ role: 'unrecognised', category: 'open-socket', line: 4 });
  });

  it("decodes the restorer's raw returns as errno: 0xfffffffffffffff3 is -EACCES", () => {
    const text = "(00.059717) pie: 1025: Error (criu/pie/restorer.c:1676): Can't restore 0x7a11833f0000 mapping with 0xfffffffffffffff3";
    const [top] = analyze([log(text, { path: 'restore.log' })], { failed: true });
    expect(top).toMatchObject({ role: 'unrecognised', category: 'security-policy' });
    expect(top!.cause).toContain('(EACCES: Permission denied)');
  });

  it('takes CRIU warnings as the evidence when a failing log has nothing else', () => {
    const text = "  1024: Warn  (criu/sockets.c:544): sockets: \tsocket has dumped SO_BUF_LOCK state but kernel doesn't support SO_BUF_LOCK";
    expect(analyze([log(text, { path: 'restore.log' })])[0]).toMatchObject({ role: 'unrecognised', category: 'kernel-or-criu-unsupported', line: 1 });
  });

  it('reads no family from a log that ends in success: CRIU prints harmless errors there', () => {
    const text = [
      "(00.000232) Error (criu/proc_parse.c:824): Write 4294967295 to /proc/self/loginuid failed: Operation not permitted",
      "(00.000300) Error (criu/cgroup.c:978): cg: Failed closing cpuset/x/cpuset.cpus: Invalid argument",
      '(00.120000) Dumping finished successfully',
    ].join('\n');
    expect(analyze([log(text)])).toEqual([]);
    expect(analyze([log(text)], { failed: true }).filter((f) => f.signature !== null)).toEqual([]);
  });

  it('adds nothing when the caller says the run did not fail', () => {
    expect(analyze([log(unknown)], { failed: false })).toEqual([]);
  });

  it('finds nothing in plain output unless the run failed', () => {
    const output = 'Started PetClinicApplication in 4.283 seconds\nserver ready';
    expect(analyze([log(output)])).toEqual([]);
    const findings = analyze([log(`${output}\n${RLIMIT}`)], { failed: true });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ role: 'unrecognised', line: 2, text: 'server ready' });
  });

  it('sits between causes and symptoms when only symptoms are known', () => {
    const findings = analyze([log(`${unknown}\nError (criu/cr-restore.c:2331): Restoring FAILED.`)]);
    expect(findings.map((f) => f.signature)).toEqual([null, 'criu-restore-failed']);
  });

  it('is not added when a cause is known', () => {
    expect(analyze([log(`${unknown}\n${SECCOMP_DUMP}`)], { failed: true }).some((f) => f.role === 'unrecognised')).toBe(false);
  });
});

describe('line numbers and text', () => {
  it('gives the 1-based line and the trimmed text, whatever the prefix', () => {
    const content = ['(00.000001) Version: 4.2.1', '', '  (00.091747) pie: 1062: Error (criu/pie/restorer.c:347): Unable to restore capabilities: -1  '].join('\r\n');
    const [f] = analyze([log(content)]);
    expect(f).toMatchObject({ line: 3, text: '(00.091747) pie: 1062: Error (criu/pie/restorer.c:347): Unable to restore capabilities: -1' });
  });

  it('clips very long lines', () => {
    const [f] = analyze([log(`Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: Operation not permitted ${'x'.repeat(1000)}`)]);
    expect(f!.text.length).toBeLessThanOrEqual(300);
  });
});

describe('runtime and stage hints', () => {
  const mixed = log(
    [
      'CWWKC0456E: A checkpoint cannot be taken because the following features configured in the server.xml file are not supported for checkpoint: [usr:x-1.0]',
      'Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: Operation not permitted',
    ].join('\n'),
  );

  it('ranks signatures of another runtime lower', () => {
    expect(ids([mixed], { runtime: 'liberty' })).toEqual(['liberty-unsupported-feature', 'criu-seccomp-suspend']);
    expect(ids([mixed], { runtime: 'crac' })).toEqual(['criu-seccomp-suspend', 'liberty-unsupported-feature']);
    const [, liberty] = analyze([mixed], { runtime: 'crac' });
    expect(liberty!.confidence).toBeLessThan(0.9);
  });

  it('ranks signatures of another stage lower and reports the stage', () => {
    const content = "Error (criu/cr-restore.c:1237): Can't fork for 1006: File exists\nError (criu/sk-tcp.c:81): tcp: Failed to lock TCP connection 451eb";
    expect(ids([log(content)], { stage: 'restore' })).toEqual(['criu-pid-in-use', 'criu-tcp-lock-failed']);
    expect(ids([log(content)], { stage: 'checkpoint' })).toEqual(['criu-tcp-lock-failed', 'criu-pid-in-use']);
    expect(analyze([log(content, { stage: 'restore' })])[0]!.stage).toBe('restore');
  });

  it('works without hints', () => {
    const [f] = analyze([log(CRAC_SOCKET)]);
    expect(f).toMatchObject({ signature: 'crac-open-socket', category: 'open-socket', stage: 'checkpoint', file: 'dump.log', line: 3 });
  });
});

describe('readLogs', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('reads files and guesses the stage from the name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'diag-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'restore.log'), 'hello');
    await writeFile(path.join(dir, 'dump4.log'), 'x');
    await writeFile(path.join(dir, 'app.log'), 'y');
    const logs = await readLogs(['restore.log', 'dump4.log', 'app.log'].map((n) => path.join(dir, n)));
    expect(logs.map((l) => [path.basename(l.path), l.content, l.stage])).toEqual([
      ['restore.log', 'hello', 'restore'],
      ['dump4.log', 'x', 'checkpoint'],
      ['app.log', 'y', undefined],
    ]);
  });

  it('names the file it could not read', async () => {
    const missing = path.join(tmpdir(), 'no-such-dir-for-diagnosis', 'missing-dump.log');
    await expect(readLogs([missing])).rejects.toThrow(missing);
  });
});
