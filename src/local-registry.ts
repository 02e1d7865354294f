/**
 * A real registry on loopback (Debian's `docker-registry`), for the demo, the tests and the
 * benchmark: no container registry is reachable from CI. Optional htpasswd auth. Debian's shipped
 * config listens on all interfaces and points htpasswd at a folder, so it writes its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { run, runChecked } from './exec.ts';
import { freePort, httpGet } from './readiness.ts';

export interface LocalRegistry {
  /** host:port, e.g. 127.0.0.1:40123 */
  address: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startLocalRegistry(opts: { auth?: { username: string; password: string } } = {}): Promise<LocalRegistry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'checkpoint-image-registry-'));
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  let auth = '';
  if (opts.auth) {
    // the password reaches htpasswd through argv here: a throwaway test credential on loopback only
    const h = await runChecked(run, 'htpasswd', ['-Bbn', opts.auth.username, opts.auth.password]);
    await writeFile(path.join(dir, 'htpasswd'), h.stdout);
    auth = `auth:\n  htpasswd:\n    realm: checkpoint-image-test\n    path: ${path.join(dir, 'htpasswd')}\n`;
  }
  const config = `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: ${address}\n  secret: checkpoint-image-local\n${auth}`;
  await writeFile(path.join(dir, 'config.yml'), config);
  const child: ChildProcess = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], { stdio: 'ignore', detached: true });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.on('error', () => undefined);
  for (let i = 0; i < 200; i++) {
    const r = await httpGet(port, '/v2/', 500);
    if (r && (r.status === 200 || r.status === 401)) {
      return {
        address,
        dataDir: dir,
        async stop() {
          child.kill('SIGTERM');
          await Promise.race([exited, sleep(3000)]);
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
  throw new Error(`docker-registry did not start on ${address} (is Debian's docker-registry installed? run scripts/prepare-host.sh)`);
}
