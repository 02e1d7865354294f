/**
 * What a run created and must remove: containers, temporary image tags, the registry auth file.
 * The action saves a snapshot in its state after every change, so the post step can clean up after a
 * cancelled or crashed main step. Cleanup is idempotent and never throws.
 */
import { rm } from 'node:fs/promises';
import type { Podman } from './podman.ts';

export interface ResourceSnapshot {
  containers: string[];
  /** Temporary tags (the layers stay while the restore image uses them). */
  tempTags: string[];
  /** Files and folders holding secrets (the registry auth file). */
  secretPaths: string[];
}

export const emptySnapshot = (): ResourceSnapshot => ({ containers: [], tempTags: [], secretPaths: [] });

export class Resources {
  private readonly state: ResourceSnapshot = emptySnapshot();
  private readonly onChange: (s: ResourceSnapshot) => void;
  constructor(onChange: (s: ResourceSnapshot) => void = () => undefined) {
    this.onChange = onChange;
  }

  private add(key: keyof ResourceSnapshot, value: string): void {
    if (!this.state[key].includes(value)) this.state[key].push(value);
    this.onChange(this.snapshot());
  }

  private drop(key: keyof ResourceSnapshot, value: string): void {
    this.state[key] = this.state[key].filter((v) => v !== value);
    this.onChange(this.snapshot());
  }

  container(name: string): void {
    this.add('containers', name);
  }
  tempTag(ref: string): void {
    this.add('tempTags', ref);
  }
  secretPath(p: string): void {
    this.add('secretPaths', p);
  }
  released(key: keyof ResourceSnapshot, value: string): void {
    this.drop(key, value);
  }

  snapshot(): ResourceSnapshot {
    return { containers: [...this.state.containers], tempTags: [...this.state.tempTags], secretPaths: [...this.state.secretPaths] };
  }
}

/**
 * Removes everything in the snapshot; returns what could not be removed (each removal throws when
 * podman fails). Whether anything is really gone is checked afterwards by `remainsOfRun`.
 */
export async function cleanup(podman: Podman, snap: ResourceSnapshot): Promise<string[]> {
  const failures: string[] = [];
  const attempt = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      failures.push(`${what}: ${(e as Error).message}`);
    }
  };
  for (const c of snap.containers) {
    await attempt(`container ${c}`, async () => {
      await podman.unmount(c);
      await podman.removeContainer(c);
    });
  }
  // newest first (the restore image before the build it sits on); rmi drops an image nothing else
  // uses, and where another image still builds on it only the tag goes
  for (const t of [...snap.tempTags].reverse()) await attempt(`image tag ${t}`, async () => (await podman.removeImageIfUnused(t)) || podman.untag(t));
  for (const p of snap.secretPaths) await attempt(`secret file ${p}`, () => rm(p, { recursive: true, force: true }));
  return failures;
}
