/**
 * The checkpoint container's init, the launcher, among the host's processes, found without a podman
 * call: its argv is the launcher's entrypoint followed by this run's arguments (the checkpoint id, unique
 * per run, among them), and it is PID 1 of its own PID namespace (the last NSpid of
 * /proc/<pid>/status). `podman kill --signal USR1` signals that same process (runc kill: kill(2) on
 * the container's init); signalling it directly spares a podman start-up between the app being ready
 * and the dump. Anything unexpected (no such process, /proc hidden, two candidates, a process that
 * changed) leaves the signal to `podman kill`.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Runner } from './exec.ts';
import { launcherInvocation } from './launcher.ts';

/** Where the checkpoint id sits in the launcher's argv (entrypoint, then its positional parameters). */
const LAUNCHER = launcherInvocation({ minPid: 0, checkpointDir: '', javaOptions: '', checkpointId: '\0id', criuFlags: [], command: ['app'] });
const ENTRYPOINT = LAUNCHER.entrypoint;
const ID_INDEX = ENTRYPOINT.length + LAUNCHER.command.indexOf('\0id');

/** Whether /proc/<pid>/cmdline and /proc/<pid>/status describe the launcher of `checkpointId` as its container's PID 1 (pure). */
export function isLauncherOf(cmdline: string, status: string, checkpointId: string): boolean {
  if (!checkpointId) return false;
  const argv = cmdline.split('\0');
  const nspid = /^NSpid:\s*(.*)$/m.exec(status)?.[1]?.trim().split(/\s+/) ?? [];
  return ENTRYPOINT.every((a, i) => argv[i] === a) && argv[ID_INDEX] === checkpointId && nspid.length >= 2 && nspid.at(-1) === '1';
}

const readProc = (proc: string, pid: string, file: string) => readFile(`${proc}/${pid}/${file}`, 'utf8').catch(() => '');

/** The command name a process running the launcher's shell has in /proc/<pid>/comm. */
const LAUNCHER_COMM = `${ENTRYPOINT[0]!.split('/').pop()}\n`;

/**
 * The host PID of the launcher of `checkpointId`, or null when there is not exactly one. A process's
 * argv is read only when its command name and PID namespace fit: reading /proc/<pid>/cmdline takes
 * that process's memory lock, which a busy process elsewhere on the host may hold.
 */
export async function findLauncher(checkpointId: string, proc = '/proc'): Promise<number | null> {
  const pids = (await readdir(proc).catch(() => [] as string[])).filter((d) => /^\d+$/.test(d));
  const found: number[] = [];
  await Promise.all(pids.map(async (pid) => {
    if ((await readProc(proc, pid, 'comm')) !== LAUNCHER_COMM) return;
    const status = await readProc(proc, pid, 'status');
    if (!/^NSpid:.*\s1$/m.test(status)) return;
    if (isLauncherOf(await readProc(proc, pid, 'cmdline'), status, checkpointId)) found.push(Number(pid));
  }));
  return found.length === 1 ? found[0]! : null;
}

/**
 * Sends `signal` to the launcher found earlier, after checking that the PID is still that process
 * (`runner` runs `kill` as root: directly, or through sudo). False when it is not, or kill failed.
 */
export async function signalLauncher(runner: Runner, pid: number, checkpointId: string, signal: 'USR1', proc = '/proc'): Promise<boolean> {
  const p = String(pid);
  if (!isLauncherOf(await readProc(proc, p, 'cmdline'), await readProc(proc, p, 'status'), checkpointId)) return false;
  const res = await runner('kill', ['-s', signal, '--', p], { timeoutMs: 10_000 }).catch(() => null);
  return res?.exitCode === 0;
}
