/**
 * Push: log in with the password on stdin into a private auth file (removed afterwards), push every
 * tag with retries for transient registry errors, and return the digest.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Compression } from '../inputs.ts';
import { loginArgs, podmanMajor, pushArgs, type EngineOptions } from '../podman.ts';
import { PhaseError, type RunContext } from './context.ts';
import { redact, saveLog } from './logs.ts';

export interface PushResult {
  digest: string;
  refs: string[];
}

/** Errors worth retrying: the registry was unreachable or failed, not a refusal. */
export function isTransient(stderr: string): boolean {
  if (/unauthorized|denied|authentication required|invalid username|name unknown|manifest invalid|forbidden/i.test(stderr)) return false;
  return /connection refused|connection reset|broken pipe|timeout|timed out|i\/o timeout|EOF|50[234]|500 Internal|TLS handshake|no such host|temporary/i.test(stderr);
}

/** The registry host of an image reference (its first path component). */
export const registryOf = (ref: string): string => ref.split('/')[0] ?? ref;

export interface PushCompression {
  /** The `--compression-format` value to pass, or null to pass none (podman's default, gzip). */
  format: Compression | null;
  /** Why the requested compression cannot be honoured on this podman, or null. */
  warning: string | null;
}

/**
 * Which `--compression-format` this podman gets. The flag came with podman 4.0
 * (containers/podman#12450); podman 3.4.4, ubuntu-22.04's, has only `--compress` for the `dir`
 * transport and fails on the unknown flag, so it gets none and pushes gzip, its only format. podman 4
 * gets the value even for gzip: its default can be changed in containers.conf (`compression_format`),
 * and the input must mean what it says. An unknown version is treated as the older one.
 */
export function pushCompression(compression: Compression, engine: EngineOptions): PushCompression {
  const major = podmanMajor(engine);
  if (major !== null && major >= 4) return { format: compression, warning: null };
  if (compression === 'gzip') return { format: null, warning: null };
  const version = engine.podmanVersion ? `podman ${engine.podmanVersion}` : 'this podman (version unknown)';
  return {
    format: null,
    warning: `Input "compression" is "${compression}", but ${version} has no \`push --compression-format\` (podman 4.0 added it): the image is pushed with gzip. Fix: use podman 4 (GitHub's ubuntu-24.04 runner), or set \`compression: gzip\` to silence this.`,
  };
}

export interface RegistrySession {
  /** podman's auth file for this run (private temporary folder). */
  authFile: string;
  close(): Promise<void>;
}

/**
 * Creates the private auth file and logs in (password on stdin). The pipeline starts this while the
 * image builds, so a wrong password fails the run before the checkpoint, not after it.
 */
export async function openRegistrySession(ctx: RunContext, refs: readonly string[]): Promise<RegistrySession> {
  const { config, podman, reporter } = ctx;
  const tmp = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'checkpoint-image-auth-'));
  ctx.resources.secretPath(tmp);
  const session: RegistrySession = {
    authFile: path.join(tmp, 'auth.json'),
    async close() {
      await rm(tmp, { recursive: true, force: true });
      ctx.resources.released('secretPaths', tmp);
    },
  };
  try {
    // podman 4.3 fails every push when the auth file does not exist, anonymous ones included
    await writeFile(session.authFile, '{"auths":{}}\n', { mode: 0o600 });
    const registry = registryOf(refs[0] ?? config.imageName);
    if (config.username && config.password) {
      const login = await podman.exec(loginArgs(registry, { username: config.username, tlsVerify: config.tlsVerify, authFile: session.authFile }), {
        input: config.password,
        timeoutMs: 60_000,
      });
      if (login.exitCode !== 0) {
        await saveLog(ctx, 'push', 'podman-login.log', login.stdout + login.stderr, 'setup');
        throw new PhaseError('push', 'setup', `podman login to ${registry} failed: ${redact(login.stderr.trim())}. Fix: check \`username\`/\`password\` (for GHCR the token needs \`packages: write\`).`);
      }
      reporter.info(`logged in to ${registry} as ${config.username}`);
    }
    return session;
  } catch (e) {
    await session.close();
    throw e;
  }
}

export async function push(ctx: RunContext, refs: readonly string[], session: RegistrySession, delaysMs: readonly number[] = [1000, 3000, 9000]): Promise<PushResult> {
  const { config, podman, reporter } = ctx;
  const digestFile = `${session.authFile}.digest`;
  const compression = pushCompression(config.compression, podman.engine);
  if (compression.warning) reporter.warning(compression.warning);
  let digest = '';
  for (const ref of refs) {
    let attempt = 0;
    while (true) {
      const res = await podman.exec(pushArgs(ref, { tlsVerify: config.tlsVerify, digestFile, authFile: session.authFile, compressionFormat: compression.format }), { timeoutMs: 30 * 60_000 });
      if (res.exitCode === 0) break;
      const err = redact(res.stderr.trim());
      const delay = delaysMs[attempt];
      if (delay === undefined || !isTransient(err)) {
        await saveLog(ctx, 'push', 'podman-push.log', res.stdout + res.stderr, 'setup');
        throw new PhaseError('push', 'setup', `podman push ${ref} failed${attempt ? ` after ${attempt + 1} attempts` : ''}: ${err.split('\n').slice(-3).join(' ')}`);
      }
      attempt++;
      reporter.warning(`push of ${ref} failed (${err.split('\n').pop()}); retrying in ${delay / 1000} s`);
      await sleep(delay);
    }
    digest = (await readFile(digestFile, 'utf8').catch(() => '')).trim() || digest;
    reporter.info(`pushed ${ref}${digest ? ` (${digest})` : ''}`);
  }
  return { digest, refs: [...refs] };
}
