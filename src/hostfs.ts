/**
 * Reads files under a container's mount point. As root that is plain fs; through sudo (GitHub's
 * runners) the overlay is root-owned, so the same operations go through `sudo cat` / `sudo find`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Runner } from './exec.ts';

export interface FileEntry {
  path: string;
  size: number;
}

export interface HostFiles {
  /** File contents, or null when it does not exist or cannot be read. */
  read(file: string): Promise<string | null>;
  /** Regular files below dir (recursive), or [] when dir does not exist. */
  list(dir: string): Promise<FileEntry[]>;
  /** Names in one directory (not recursive), or [] when it does not exist. */
  names(dir: string): Promise<string[]>;
}

export const directFiles: HostFiles = {
  async read(file) {
    return readFile(file, 'utf8').catch(() => null);
  },
  async list(dir) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const out: FileEntry[] = [];
    for (const e of entries) {
      if (!e.isFile()) continue;
      const p = path.join(e.parentPath, e.name);
      const st = await stat(p).catch(() => null);
      if (st) out.push({ path: p, size: st.size });
    }
    return out;
  },
  async names(dir) {
    return readdir(dir).catch(() => []);
  },
};

export function sudoFiles(runner: Runner): HostFiles {
  return {
    async read(file) {
      const res = await runner('cat', ['--', file]);
      return res.exitCode === 0 ? res.stdout : null;
    },
    async list(dir) {
      const res = await runner('find', [dir, '-type', 'f', '-printf', '%s\\t%p\\n']);
      if (res.exitCode !== 0) return [];
      return res.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const tab = line.indexOf('\t');
          return { size: Number(line.slice(0, tab)), path: line.slice(tab + 1) };
        });
    },
    async names(dir) {
      const res = await runner('ls', ['-1A', '--', dir]);
      return res.exitCode === 0 ? res.stdout.split('\n').filter(Boolean) : [];
    },
  };
}
