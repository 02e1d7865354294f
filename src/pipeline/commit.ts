/**
 * Commit: the stopped checkpoint container becomes the restore image. Its command restores from the
 * checkpoint (the runtime's restore command plus `restore-flags`), and labels record how it was made.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { imageRefs } from '../inputs.ts';
import { isNonRootUser } from '../launcher.ts';
import { envChange, labelChange, securityOpts, type ImageConfig } from '../podman.ts';
import type { RuntimeProfile } from '../runtimes.ts';
import type { Config } from '../inputs.ts';
import { PhaseError, type RunContext } from './context.ts';
import { isSecretName } from './logs.ts';
import type { CheckpointResult } from './checkpoint.ts';
import { VERSION } from '../version.ts';

export const LABEL_PREFIX = 'io.checkpoint-image';

export interface CommitResult {
  imageId: string;
  refs: string[];
  labels: Record<string, string>;
  restoreCommand: string[] | null;
  sizes: ImageSizes;
}

export interface ImageSizes {
  originalBytes: number;
  restoreBytes: number;
  /** Layers the restore image adds on top of the original (should be exactly 1). */
  layersAdded: number;
  /** What the restore image adds to the original: its layer (the checkpoint plus the app's own writes) and its larger configuration. */
  addedBytes: number;
}

/** The `--change` instructions of the commit (pure: table-tested). */
export function restoreCommand(profile: RuntimeProfile, config: Pick<Config, 'checkpointDir' | 'restoreFlags'>): string[] | null {
  const restoreFlags = profile.restore.flagsEnv ? [] : config.restoreFlags;
  return profile.restore.command?.({ checkpointDir: config.checkpointDir, restoreFlags }) ?? null;
}

/**
 * `imageUser`: the image's USER. A launcher runtime restores with CRIU as root (USER 0) when it is not
 * root: podman gave the non-root app its capabilities as ambient ones, and CRIU as that user cannot
 * restore them (see the openj9 conformance rows); CRIU gives the restored app its own uid back.
 */
export function commitChanges(profile: RuntimeProfile, config: Pick<Config, 'checkpointDir' | 'restoreFlags'> & Partial<Pick<Config, 'env'>>, labels: Record<string, string>, imageUser = ''): string[] {
  const command = restoreCommand(profile, config);
  const asRoot = command !== null && profile.restore.criuAsRoot && isNonRootUser(imageUser);
  // podman commit keeps the checkpoint run's environment in the image config, which anyone who can
  // pull the image reads: secret-looking values are blanked there (give them at run time instead)
  const secrets = Object.fromEntries(Object.keys(config.env ?? {}).filter(isSecretName).map((k) => [k, '']));
  const env = { ...secrets, ...profile.restore.env, ...(profile.restore.flagsEnv && config.restoreFlags.length ? { [profile.restore.flagsEnv]: config.restoreFlags.join(' ') } : {}) };
  return [
    // the checkpoint run replaced the entrypoint with the launcher: the restore image must not keep it
    ...(command ? ['ENTRYPOINT []', `CMD ${JSON.stringify(command)}`] : []),
    ...(asRoot ? ['USER 0'] : []),
    ...Object.entries(env).map(([k, v]) => envChange(k, v)),
    ...Object.entries(labels).map(([k, v]) => labelChange(k, v)),
  ];
}

/** CPU model and a short hash of the feature flags: restore on a CPU lacking a feature fails. */
export async function cpuFacts(): Promise<{ model: string; flagsHash: string; flags: string }> {
  const info = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const flags = /^flags\s*:\s*(.*)$/m.exec(info)?.[1] ?? '';
  return {
    model: os.cpus()[0]?.model ?? 'unknown',
    flagsHash: createHash('sha256').update(flags).digest('hex').slice(0, 12),
    // the list itself: a restore host lacking one of these is warned about (src/cpu-criu.ts)
    flags: flags.trim().split(/\s+/).join(' '),
  };
}

/**
 * `alongside` and `afterCommit` run once the image is committed, in parallel with reading its size.
 * `original` is the configuration of the image the checkpoint ran (read after the build: an image
 * does not change, so it is not read again).
 */
export async function commit(ctx: RunContext, ck: CheckpointResult, jdk: string, original: Pick<ImageConfig, 'size' | 'layers'>, alongside: () => Promise<void> = async () => undefined, afterCommit: () => Promise<void> = async () => undefined): Promise<CommitResult> {
  const { config, profile, podman } = ctx;
  const cpu = await cpuFacts();
  // CRIU's version from its own log header: no container is started to ask it
  const criu = criuVersionFromLogs(ctx.logs.filter((l) => l.stage === 'checkpoint')) ?? 'unknown';
  const labels: Record<string, string> = {
    [`${LABEL_PREFIX}.runtime`]: profile.name,
    [`${LABEL_PREFIX}.trigger`]: config.trigger,
    [`${LABEL_PREFIX}.checkpoint-dir`]: config.checkpointDir,
    [`${LABEL_PREFIX}.jdk`]: jdk,
    [`${LABEL_PREFIX}.criu`]: criu,
    [`${LABEL_PREFIX}.kernel`]: os.release(),
    [`${LABEL_PREFIX}.cpu-model`]: cpu.model,
    [`${LABEL_PREFIX}.cpu-flags-sha256`]: cpu.flagsHash,
    [`${LABEL_PREFIX}.restore-caps`]: config.privileged ? 'privileged' : [...profile.restore.capAdd, ...config.capAdd].join(','),
    // every restore runs AppArmor-unconfined (podman's profile lacks `tracedby`; src/podman.ts)
    [`${LABEL_PREFIX}.restore-security-opt`]: securityOpts(profile.restore.securityOpt).join(','),
    [`${LABEL_PREFIX}.cpu-flags`]: cpu.flags,
    [`${LABEL_PREFIX}.checkpoint-bytes`]: String(ck.checkpointBytes),
    [`${LABEL_PREFIX}.version`]: VERSION,
    ...Object.fromEntries(Object.entries(profile.labels).map(([k, v]) => [`${LABEL_PREFIX}.${k}`, v])),
    ...(isNonRootUser(ck.imageUser) ? { [`${LABEL_PREFIX}.app-user`]: ck.imageUser } : {}),
    // the restored process's identity: verify (and anyone holding the image) tells a restore from a cold start by it
    ...(ck.appPid !== null && ck.checkpointId ? { [`${LABEL_PREFIX}.app-pid`]: String(ck.appPid), [`${LABEL_PREFIX}.checkpoint-id`]: ck.checkpointId } : {}),
  };
  const refs = imageRefs(config);
  const [first, ...rest] = refs;
  if (!first) throw new PhaseError('commit', 'checkpoint', 'No tag to commit to.');
  const changes = commitChanges(profile, config, labels, ck.imageUser);
  const imageId = await podman.commit({ container: ck.container, image: first, changes });
  // until verified, the restore image counts as temporary: a failure from here on removes it
  ctx.resources.tempTag(first);
  for (const ref of rest) {
    await podman.tag(imageId, ref);
    ctx.resources.tempTag(ref);
  }
  const [restore] = await Promise.all([podman.imageConfig(imageId), alongside(), afterCommit()]);
  return { imageId, refs, labels, restoreCommand: restoreCommand(profile, config), sizes: imageSizes(original, restore) };
}

/**
 * Compares the restore image with the original it was committed from (pure: table-tested). Layers are
 * shared, so what the restore image adds is the difference of the two sizes: the commit's layer (the
 * checkpoint and the app's own writes) and its slightly larger configuration (the labels, a few KB).
 */
export function imageSizes(original: Pick<ImageConfig, 'size' | 'layers'>, restore: Pick<ImageConfig, 'size' | 'layers'>): ImageSizes {
  return {
    originalBytes: original.size,
    restoreBytes: restore.size,
    layersAdded: restore.layers.length - original.layers.length,
    addedBytes: Math.max(restore.size - original.size, 0),
  };
}

/** JAVA_VERSION (and IMPLEMENTOR) from a JDK's `release` file. */
export function parseRelease(text: string): string | null {
  const v = /^JAVA_VERSION="([^"]+)"/m.exec(text)?.[1];
  const who = /^IMPLEMENTOR="([^"]+)"/m.exec(text)?.[1];
  return v ? `${v}${who ? ` (${who})` : ''}` : null;
}

/** CRIU's version from the first lines of its log (`Version: 4.2.1 (gitid 0)`). */
export function criuVersionFromLogs(logs: readonly { content: string }[]): string | null {
  for (const l of logs) {
    const m = /^\(\d+\.\d+\) Version: (\S+)/m.exec(l.content);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The JDK version for the labels, without starting a container: the JDK's `release` file in the
 * image (JAVA_HOME, else /usr/lib/jvm/*, else /opt/java/openjdk). `mounted`: the image's mount, when
 * the caller started it earlier (beside the read of the image's configuration). The unmount is left
 * in `ctx.background`: nothing waits for it but the removal of the image and the cleanup.
 */
export async function jdkVersion(ctx: RunContext, image: string, imageEnv: Record<string, string>, mounted?: Promise<string | null>): Promise<string> {
  const mp = await (mounted ?? ctx.podman.imageMount(image));
  if (!mp) return 'unknown';
  try {
    const jvmDirs = (await ctx.files.names(path.join(mp, 'usr/lib/jvm'))).map((d) => `/usr/lib/jvm/${d}`);
    const homes = [imageEnv.JAVA_HOME, ...jvmDirs, '/opt/java/openjdk'].filter((h): h is string => !!h);
    for (const home of homes) {
      const text = await ctx.files.read(path.join(mp, home, 'release'));
      const jdk = text ? parseRelease(text) : null;
      if (jdk) return jdk;
    }
    return 'unknown';
  } finally {
    ctx.background.push(ctx.podman.imageUnmount(image));
  }
}
