/**
 * A fake process runner for unit tests of the whole pipeline without podman: it records every argv
 * and answers each podman subcommand with what podman 4 prints (`version --format json`, `image
 * inspect --format json`, `commit -q` → an id, `push --digestfile`, `mount` → a folder). The
 * checkpoint container is simulated by a folder: its launcher "writes" the app's readiness line, and
 * `kill --signal USR1` "dumps" (CRIU's dump.log with its success line and an inventory.img) and lets
 * `wait` return; `logs --follow` prints the fake app's line and returns when the container exits or
 * the caller stops it. Commands other than podman and runc (`sudo -n --` is unwrapped) run for real:
 * they are the file reads of a non-root host (`cat`, `find`, `ls`) and `tail -F` on the app's log.
 *
 * It reads argv with the same model of podman's flag parser as the tests' oracle (support/argv.ts),
 * so it answers the argv as podman would read it, `--` or not.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { run as realRun, type ExecResult, type Runner } from '../../src/exec.ts';
import { readPodmanArgv } from './argv.ts';

export interface FakeCall {
  command: string;
  args: readonly string[];
  input?: string;
}

/** The line the fake app prints when ready (use it as `ready-log`). */
export const FAKE_READY_LINE = 'fake app: ready';

const result = (exitCode: number, stdout: string, stderr: string): ExecResult => ({ command: 'podman', args: [], exitCode, stdout, stderr, timedOut: false, durationMs: 0 });
const ok = (stdout = ''): ExecResult => result(0, stdout, '');
const failed = (stderr: string, exitCode = 125): ExecResult => result(exitCode, '', stderr);

interface FakeContainer {
  mount: string;
  checkpointDir: string | null;
  exited: Promise<number>;
  exit: (code: number) => void;
}

export interface FakePodman {
  runner: Runner;
  calls: FakeCall[];
  /** podman argvs only (after `sudo -n --` is unwrapped). */
  podmanArgvs(): string[][];
  /** Images mounted now (`image mount` minus `image unmount`), by name. */
  imageMounts(): Map<string, number>;
  dispose(): Promise<void>;
}

export interface FakeOptions {
  version?: string;
  /** `podman rm` fails (exit 125) and the container stays: a cleanup that cannot remove. */
  failRemoval?: boolean;
  /** `podman image inspect` of the built tag fails (exit 125): a build phase that fails after `podman build`. */
  failBuiltInspect?: boolean;
  /** `podman image inspect` of a committed image fails (exit 125): a commit phase that fails after `podman commit`. */
  failCommittedInspect?: boolean;
}

export async function fakePodman(opts: FakeOptions = {}): Promise<FakePodman> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-fake-podman-'));
  const calls: FakeCall[] = [];
  const containers = new Map<string, FakeContainer>();
  const committed = new Set<string>();
  /** Tags that exist: the build's, the commit's, `podman tag`'s (removed by rmi and untag). */
  const tags = new Set<string>();
  let seq = 0;
  const imageMounts = new Map<string, number>();

  const podman = async (args: readonly string[]): Promise<ExecResult> => {
    const read = readPodmanArgv(args);
    const [first] = read.operands;
    const value = (flag: string) => {
      const i = args.indexOf(flag);
      return i >= 0 && read.roles[i] === 'option' ? args[i + 1] : undefined;
    };
    switch (read.verb) {
      case 'version':
        return ok(JSON.stringify({ Client: { Version: opts.version ?? '4.3.1', OsArch: 'linux/amd64' } }));
      case 'info':
        return ok('runc\n');
      case 'build':
        tags.add(value('-t') ?? '');
        return ok(`STEP 1/1: FROM scratch\nCOMMIT ${value('-t') ?? ''}\n`);
      case 'run': {
        const name = value('--name') ?? `fake-${++seq}`;
        const mount = path.join(root, `c${++seq}`);
        // the launcher's positional parameters: state dir, min pid, checkpoint dir, java options
        const launcher = read.command;
        const checkpointDir = launcher.length >= 3 ? launcher[2]! : null;
        await mkdir(path.join(mount, 'var/lib/checkpoint-image'), { recursive: true });
        await writeFile(path.join(mount, 'var/lib/checkpoint-image/app.log'), `${FAKE_READY_LINE}\n`);
        await writeFile(path.join(mount, 'var/lib/checkpoint-image/app.pid'), '1001\n');
        let exit: (code: number) => void = () => undefined;
        const exited = new Promise<number>((r) => (exit = r));
        containers.set(name, { mount, checkpointDir, exited, exit });
        return ok(`${'f'.repeat(64)}\n`);
      }
      case 'mount': {
        const c = containers.get(first ?? '');
        return c ? ok(`${c.mount}\n`) : failed(`Error: no container with name or ID "${first}" found: no such container`);
      }
      case 'kill': {
        const c = containers.get(first ?? '');
        if (!c) return failed(`Error: no container with name or ID "${first}" found: no such container`);
        if (value('--signal') === 'USR1' && c.checkpointDir) {
          const dir = path.join(c.mount, c.checkpointDir);
          await mkdir(dir, { recursive: true });
          await writeFile(path.join(dir, 'inventory.img'), 'fake');
          await writeFile(path.join(dir, 'pages-1.img'), 'x'.repeat(4096));
          await writeFile(path.join(c.mount, 'var/lib/checkpoint-image/dump.log'), '(00.000001) Version: 4.2.1 (gitid 0)\n(00.100000) Dumping finished successfully\n');
          c.exit(0);
        } else c.exit(137);
        return ok();
      }
      case 'wait': {
        const c = containers.get(first ?? '');
        return c ? ok(`${await c.exited}\n`) : failed(`Error: no container with name or ID "${first}" found: no such container`);
      }
      case 'container inspect': {
        const c = containers.get(first ?? '');
        return c ? ok(JSON.stringify([{ State: { Status: 'exited', Running: false, ExitCode: 0, OOMKilled: false, Error: '' } }])) : failed('Error: no such container');
      }
      case 'commit': {
        const id = `sha256:${String(++seq).padStart(64, 'c')}`;
        committed.add(id);
        for (const o of read.operands.slice(1)) {
          committed.add(o);
          tags.add(o);
        }
        return ok(`${id}\n`);
      }
      case 'tag':
        for (const o of read.operands.slice(1)) {
          committed.add(o);
          tags.add(o);
        }
        return ok();
      case 'rm':
        if (opts.failRemoval) return failed(`Error: cannot remove container ${first}: unlinkat /var/lib/containers/storage/overlay/x/merged: device or resource busy`);
        containers.delete(first ?? '');
        return ok();
      case 'stop':
        return containers.has(first ?? '') || args.includes('--ignore') ? ok() : failed(`Error: no container with name or ID "${first}" found: no such container`);
      case 'ps': {
        // only `--filter name=^PREFIX` is used (cleanup's check of what is left)
        const prefix = /^name=\^(.*)$/.exec(value('--filter') ?? '')?.[1] ?? '';
        return ok([...containers.keys()].filter((n) => n.startsWith(prefix)).map((n) => `${n}\n`).join(''));
      }
      case 'rmi':
      case 'untag':
        tags.delete(first ?? '');
        return ok();
      case 'container exists':
        return result(containers.has(first ?? '') ? 0 : 1, '', '');
      case 'image exists':
        return result(tags.has(first ?? '') ? 0 : 1, '', '');
      case 'image inspect': {
        const mine = committed.has(first ?? '');
        if (opts.failBuiltInspect && !mine) return failed(`Error: ${first}: image not known`);
        if (opts.failCommittedInspect && mine) return failed(`Error: inspecting object: ${first}: image not known`);
        return ok(JSON.stringify([{
          Id: mine ? first : `sha256:${'a'.repeat(64)}`,
          Size: mine ? 2_000_000 : 1_000_000,
          Config: { Entrypoint: null, Cmd: ['java', '-cp', '/app', 'Hello'], Env: ['PATH=/usr/bin:/bin'], Labels: {} },
          RootFS: { Layers: mine ? ['sha256:1', 'sha256:2'] : ['sha256:1'] },
        }]));
      }
      case 'history':
        return ok(JSON.stringify([{ id: 'x', size: 1_000_000, CreatedBy: 'podman commit' }]));
      case 'image mount': {
        // an empty root: no JDK release file to read, the labels say "unknown"
        imageMounts.set(first ?? '', (imageMounts.get(first ?? '') ?? 0) + 1);
        const dir = path.join(root, `image${++seq}`);
        await mkdir(dir, { recursive: true });
        return ok(`${dir}\n`);
      }
      case 'image unmount': {
        const n = (imageMounts.get(first ?? '') ?? 0) - 1;
        if (n > 0) imageMounts.set(first ?? '', n);
        else imageMounts.delete(first ?? '');
        return ok();
      }
      case 'push': {
        const digestFile = value('--digestfile');
        if (digestFile) await writeFile(digestFile, `sha256:${'d'.repeat(64)}`);
        return ok();
      }
      case 'logs':
        return ok(`${FAKE_READY_LINE}\n`);
      default:
        // login, umount, exec, pull, save, load
        return ok();
    }
  };

  const runner: Runner = async (command, args, options) => {
    calls.push({ command, args: [...args], input: options?.input });
    let cmd = command;
    let argv = [...args];
    if (cmd === 'sudo') {
      // `sudo -n -- COMMAND ARGS` (preflight's sudoRunner) or the probe `sudo -n true`
      const dash = argv.indexOf('--');
      const rest = dash >= 0 ? argv.slice(dash + 1) : argv.slice(1);
      cmd = rest[0] ?? 'true';
      argv = rest.slice(1);
    }
    if (cmd === 'podman') {
      // `podman logs --follow` streams the container's output until it exits (or is stopped)
      const read = readPodmanArgv(argv);
      if (read.verb === 'logs' && argv.includes('--follow')) {
        const c = containers.get(read.operands[0] ?? '');
        if (!c) return failed(`Error: no container with name or ID "${read.operands[0]}" found: no such container`);
        options?.onLine?.(FAKE_READY_LINE, 'stdout');
        const stopped = new Promise<void>((r) => options?.signal?.addEventListener('abort', () => r(), { once: true }));
        await Promise.race([c.exited, stopped]);
        return ok(`${FAKE_READY_LINE}\n`);
      }
      return podman(argv);
    }
    if (cmd === 'runc') return ok('runc version 1.1.5\n');
    if (cmd === 'true') return ok();
    return realRun(cmd, argv, options);
  };

  return {
    runner,
    calls,
    podmanArgvs() {
      return calls
        .map((c) => (c.command === 'sudo' ? c.args.slice(c.args.indexOf('--') + 1) : [c.command, ...c.args]))
        .filter((a) => a[0] === 'podman')
        .map((a) => a.slice(1));
    },
    imageMounts: () => new Map(imageMounts),
    async dispose() {
      for (const c of containers.values()) c.exit(137);
      await rm(root, { recursive: true, force: true });
    },
  };
}
