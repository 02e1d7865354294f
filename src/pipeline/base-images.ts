/**
 * Base-image cache: the images a Containerfile builds FROM are saved with `podman save` after a
 * build and loaded with `podman load` before the next one, through a small ImageCache interface
 * (the action implements it with @actions/cache; the library and the CLI have none by default).
 * The key holds each image's digest, so a moved tag (a new JDK build) is a cache miss.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { END_OF_OPTIONS } from '../podman.ts';
import type { RunContext } from './context.ts';

export interface ImageCache {
  /** Restores the file saved under `key`; false on a miss. */
  restore(key: string, file: string): Promise<boolean>;
  save(key: string, file: string): Promise<void>;
}

/** An ImageCache in a local folder (self-hosted runners, the CLI, tests). */
export function directoryImageCache(dir: string): ImageCache {
  const at = (key: string) => path.join(dir, `${key}.tar`);
  return {
    async restore(key, file) {
      return copyFile(at(key), file).then(() => true, () => false);
    },
    async save(key, file) {
      await mkdir(dir, { recursive: true });
      await copyFile(file, at(key));
    },
  };
}

/**
 * The external images a Containerfile builds FROM, with `ARG` defaults and build args substituted;
 * `scratch` and earlier stages (`FROM base AS x` … `FROM x`) are not images to fetch.
 */
export function baseImagesOf(containerfile: string, buildArgs: Readonly<Record<string, string>> = {}): string[] {
  const args: Record<string, string> = {};
  const stages = new Set<string>();
  const images: string[] = [];
  // join continuation lines, drop comments
  const lines = containerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const expand = (v: string) => v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string, def: string | undefined, b: string) => args[a ?? b] ?? def ?? '');
  for (const line of lines) {
    const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/i.exec(line);
    if (arg) {
      const name = arg[1]!;
      args[name] = buildArgs[name] ?? (arg[2] !== undefined ? expand(arg[2].replace(/^"(.*)"$/, '$1')) : (args[name] ?? ''));
      continue;
    }
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    const image = expand(from[1]!);
    if (image && image !== 'scratch' && !stages.has(image.toLowerCase()) && !images.includes(image)) images.push(image);
    if (from[2]) stages.add(from[2].toLowerCase());
  }
  return images;
}

/** Cache key: the image references and their digests (unknown digests key by name only). */
export function cacheKey(images: readonly { ref: string; digest: string | null }[]): string {
  const h = createHash('sha256');
  for (const i of images) h.update(`${i.ref}@${i.digest ?? 'unknown'}\n`);
  return `checkpoint-image-bases-${h.digest('hex').slice(0, 32)}`;
}

/** `podman save` of several images into one archive that loads back as all of them (pure: table-tested). */
export function saveImagesArgs(file: string, images: readonly string[]): string[] {
  return ['save', '--quiet', '-m', '--output', file, END_OF_OPTIONS, ...images];
}

/** The remote digest of a reference without pulling it (`skopeo inspect`), or null. */
async function remoteDigest(ctx: RunContext, ref: string): Promise<string | null> {
  if (ref.startsWith('localhost/')) return null;
  const res = await ctx.podman.runner('skopeo', ['inspect', `--tls-verify=${ctx.config.tlsVerify}`, '--format', '{{.Digest}}', `docker://${ref}`], { timeoutMs: 60_000 }).catch(() => null);
  const digest = res?.exitCode === 0 ? res.stdout.trim() : '';
  return /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : null;
}

export interface BaseImageCacheResult {
  images: string[];
  key: string | null;
  hit: boolean;
  /** Time spent restoring (hit) or saving (miss), in ms. */
  ms: number;
  bytes: number;
}

/**
 * Restores the base images before the build. Returns a `save` to call after a successful build on
 * a miss. Every failure is reported as a warning: a cache never fails a run.
 */
export async function restoreBaseImages(ctx: RunContext, containerfile: string, cache: ImageCache): Promise<{ result: BaseImageCacheResult; save: () => Promise<void> }> {
  const text = await readFile(containerfile, 'utf8');
  const images = baseImagesOf(text, ctx.config.buildArgs);
  const result: BaseImageCacheResult = { images, key: null, hit: false, ms: 0, bytes: 0 };
  const none = { result, save: async () => undefined };
  if (!images.length) return none;
  const missing: string[] = [];
  for (const ref of images) if ((await ctx.podman.exec(['image', 'exists', END_OF_OPTIONS, ref])).exitCode !== 0) missing.push(ref);
  if (!missing.length) return none;
  const digests = await Promise.all(missing.map(async (ref) => ({ ref, digest: await remoteDigest(ctx, ref) })));
  const key = cacheKey(digests);
  result.key = key;
  // the same path for the same key: the GitHub cache restores to the path it saved from
  // per user without RUNNER_TEMP: a folder shared by all users would refuse all but its creator
  const dir = path.join(process.env.RUNNER_TEMP || path.join(os.tmpdir(), `checkpoint-image-cache-${process.getuid?.() ?? 'user'}`), 'checkpoint-image-cache', key);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'base-images.tar');
  const started = Date.now();
  try {
    if (await cache.restore(key, file)) {
      const load = await ctx.podman.exec(['load', '--quiet', '--input', file], { timeoutMs: 15 * 60_000 });
      result.hit = load.exitCode === 0;
      result.bytes = (await stat(file).catch(() => null))?.size ?? 0;
      result.ms = Date.now() - started;
      if (!result.hit) ctx.reporter.warning(`base-image cache: podman load failed: ${load.stderr.trim()}`);
      else ctx.reporter.info(`base-image cache hit (${key}): loaded ${missing.join(', ')}, ${(result.bytes / 1e6).toFixed(0)} MB in ${result.ms} ms`);
    }
  } catch (e) {
    ctx.reporter.warning(`base-image cache: restore failed: ${(e as Error).message}`);
  }
  if (result.hit) {
    await rm(dir, { recursive: true, force: true });
    return none;
  }
  return {
    result,
    save: async () => {
      const t0 = Date.now();
      try {
        // -m (--multi-image-archive): without it `podman save -o F img1 img2` writes img1 alone and
        // records img2 as one more tag of it (containers/podman cmd/podman/images/save.go,
        // pkg/domain/infra/abi/images.go, v3.4.4 and main), so a second base image came back as the first
        const res = await ctx.podman.exec(saveImagesArgs(file, missing), { timeoutMs: 15 * 60_000 });
        if (res.exitCode !== 0) throw new Error(res.stderr.trim());
        result.bytes = (await stat(file)).size;
        await cache.save(key, file);
        result.ms = Date.now() - t0;
        ctx.reporter.info(`base-image cache saved (${key}): ${missing.join(', ')}, ${(result.bytes / 1e6).toFixed(0)} MB in ${result.ms} ms`);
      } catch (e) {
        ctx.reporter.warning(`base-image cache: save failed: ${(e as Error).message}`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
