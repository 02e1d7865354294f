/** Build: the app image from a Containerfile (or an existing `source-image`), under a temporary tag. */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { CommandError } from '../exec.ts';
import { END_OF_OPTIONS, type ImageConfig } from '../podman.ts';
import { PhaseError, type RunContext } from './context.ts';
import { saveLog } from './logs.ts';
import { restoreBaseImages, type BaseImageCacheResult, type ImageCache } from './base-images.ts';

export interface BuildResult {
  /** Reference of the original (cold) image. */
  image: string;
  config: ImageConfig;
  built: boolean;
  /** The Containerfile used (null for `source-image`). */
  containerfile: string | null;
  /** What the base-image cache did (null without a cache). */
  baseImageCache?: BaseImageCacheResult | null;
}

/** The Containerfile to use: the input, else `Containerfile` or `Dockerfile` in the context. */
export async function resolveContainerfile(context: string, containerfile: string | null): Promise<string> {
  const candidates = containerfile ? [containerfile] : [path.join(context, 'Containerfile'), path.join(context, 'Dockerfile')];
  for (const c of candidates) {
    if (await access(c).then(() => true, () => false)) return c;
  }
  throw new PhaseError(
    'build',
    'setup',
    containerfile
      ? `Input "containerfile": ${containerfile} does not exist. Fix: give a path relative to the working directory (${process.cwd()}).`
      : `Input "context": ${context} has no Containerfile or Dockerfile. Fix: add one, or set \`containerfile\`, or checkpoint an existing image with \`source-image\`.`,
  );
}

/**
 * `onBuilt` is called with the built tag as soon as `podman build` succeeded, so that work which
 * needs only the image (its mount, for the JDK version) runs beside the read of its configuration.
 */
export async function build(ctx: RunContext, cache: ImageCache | null = null, onBuilt?: (image: string) => void): Promise<BuildResult> {
  const { config, podman, reporter } = ctx;
  if (config.sourceImage) {
    const cfg = await podman.imageConfig(config.sourceImage).catch(async () => {
      reporter.info(`pulling ${config.sourceImage}`);
      await podman.checked(['pull', '--quiet', END_OF_OPTIONS, config.sourceImage!], { timeoutMs: 15 * 60_000 });
      return podman.imageConfig(config.sourceImage!);
    });
    return { image: config.sourceImage, config: cfg, built: false, containerfile: null };
  }
  const containerfile = await resolveContainerfile(config.context, config.containerfile);
  const tag = `localhost/checkpoint-image-tmp:${ctx.runId}`;
  const cached = cache ? await restoreBaseImages(ctx, containerfile, cache) : null;
  ctx.resources.tempTag(tag);
  try {
    const res = await podman.build(
      { tag, context: config.context, containerfile, buildArgs: config.buildArgs, tlsVerify: config.tlsVerify },
      { onLine: (line) => reporter.info(line), timeoutMs: 60 * 60_000 },
    );
    await saveLog(ctx, 'build', 'podman-build.log', res.stdout + res.stderr, 'setup');
  } catch (e) {
    if (e instanceof CommandError) {
      await saveLog(ctx, 'build', 'podman-build.log', e.result.stdout + e.result.stderr, 'setup');
      throw new PhaseError('build', 'setup', `podman build failed (exit ${e.result.exitCode}). The build output is in the log above and in ${ctx.logDir}/build/podman-build.log.`);
    }
    throw e;
  }
  await cached?.save();
  onBuilt?.(tag);
  return { image: tag, config: await podman.imageConfig(tag), built: true, containerfile, baseImageCache: cached?.result ?? null };
}
