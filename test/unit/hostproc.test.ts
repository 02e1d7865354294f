/**
 * The launcher's host process, found in /proc for the checkpoint trigger (src/hostproc.ts): only the
 * container's PID 1 running this run's launcher qualifies; anything else leaves the signal to podman.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runner } from '../../src/exec.ts';
import { findLauncher, isLauncherOf, signalLauncher } from '../../src/hostproc.ts';
import { launcherInvocation } from '../../src/launcher.ts';

const ID = 'criu-mx42bfwn60cb';
const launch = launcherInvocation({ minPid: 1000, checkpointDir: '/checkpoint', javaOptions: '-XX:-UsePerfData', checkpointId: ID, criuFlags: ['--file-locks'], command: ['java', '-cp', '/app', 'Hello'] });
const argv = (xs: readonly string[]) => `${xs.join('\0')}\0`;
const LAUNCHER = argv([...launch.entrypoint, ...launch.command]);
const status = (nspid: string) => `Name:\tsh\nState:\tS (sleeping)\nNSpid:\t${nspid}\n`;

describe('the launcher among host processes', () => {
  it.each([
    ['the launcher, PID 1 of its container', LAUNCHER, status('48213\t1'), ID, true],
    ['a subshell the launcher forked (same argv, not PID 1)', LAUNCHER, status('48220\t7'), ID, false],
    ['the launcher of another run', LAUNCHER, status('48213\t1'), 'criu-other', false],
    ['a host process (one PID namespace)', LAUNCHER, status('48213'), ID, false],
    ['no NSpid line (a kernel before 4.1)', LAUNCHER, 'Name:\tsh\n', ID, false],
    ['podman wait on the container (the id inside a name)', argv(['podman', 'wait', '--', `checkpoint-image-${ID}-checkpoint`]), status('40000'), ID, false],
    ['the app, which carries the id only in its environment', argv(['java', '-cp', '/app', 'Hello']), status('48300\t1001'), ID, false],
    ['an empty id never matches', argv([...launch.entrypoint, ...launch.command.map((c) => (c === ID ? '' : c))]), status('48213\t1'), '', false],
  ])('%s: %s', (_l, cmdline, st, id, want) => expect(isLauncherOf(cmdline, st, id)).toBe(want));

  let proc: string;
  beforeAll(async () => {
    proc = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-proc-'));
    const p = async (pid: number, comm: string, cmdline: string | null, st: string) => {
      await mkdir(path.join(proc, String(pid)));
      await writeFile(path.join(proc, String(pid), 'comm'), `${comm}\n`);
      // no cmdline file: a process whose argv must not be read (its command name or namespace does not fit)
      if (cmdline !== null) await writeFile(path.join(proc, String(pid), 'cmdline'), cmdline);
      await writeFile(path.join(proc, String(pid), 'status'), st);
    };
    await p(48213, 'sh', LAUNCHER, status('48213\t1'));
    await p(48220, 'sh', LAUNCHER, status('48220\t7'));
    await p(40000, 'podman', argv(['podman', 'wait', '--', `checkpoint-image-${ID}-checkpoint`]), status('40000'));
    // another container's init: PID 1 of its namespace, but not a shell (its argv is never read)
    await p(50001, 'java', null, status('50001\t1'));
    await mkdir(path.join(proc, 'self'));
  });
  afterAll(() => rm(proc, { recursive: true, force: true }));

  it('finds exactly the container init of this run', async () => {
    expect(await findLauncher(ID, proc)).toBe(48213);
    expect(await findLauncher('criu-other', proc)).toBeNull();
  });

  it('signals it with kill as root (the runner), and only while the PID is still that launcher', async () => {
    const calls: string[][] = [];
    const runner: Runner = async (command, args) => {
      calls.push([command, ...args]);
      return { command, args, exitCode: 0, stdout: '', stderr: '', timedOut: false, durationMs: 1 };
    };
    expect(await signalLauncher(runner, 48213, ID, 'USR1', proc)).toBe(true);
    expect(calls).toEqual([['kill', '-s', 'USR1', '--', '48213']]);
    // the PID now belongs to something else (the container stopped, the PID was reused): no signal
    expect(await signalLauncher(runner, 40000, ID, 'USR1', proc)).toBe(false);
    expect(await signalLauncher(runner, 99999, ID, 'USR1', proc)).toBe(false);
    expect(calls).toHaveLength(1);
  });
});
