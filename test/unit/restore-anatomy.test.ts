/**
 * The anatomy of a restore (issue 12, restore/floor): the bench cuts CRIU's own restore log into
 * phases at lines CRIU logs at -v3 and -v4 (scripts/bench/restore-anatomy.ts). The fixtures are real
 * logs of the sample's restore image on this project's test machine (CRIU 4.2.1, unprivileged, in a
 * podman container), unedited.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRIU_PHASES, anatomyTable, criuPhases, timedCriuCommand, type AnatomyRun } from '../../scripts/bench/restore-anatomy.ts';
import { RUNTIMES } from '../../src/runtimes.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const V4 = fixture('criu-4.2.1-restore-v4.txt');
const V3 = fixture('criu-4.2.1-restore-v3.txt');
/** pages-1.img of the checkpoint these logs restored. */
const PAGES_FILE_BYTES = 55246848;

describe('CRIU restore phases from its log', () => {
  it('cuts a real -v3 and -v4 restore log into the same phases', () => {
    for (const log of [V3, V4]) {
      const r = criuPhases(log);
      expect(r, 'every phase marker found').not.toBeNull();
      expect(r!.phases.map((p) => p.name)).toEqual(CRIU_PHASES.map((p) => p.name));
      for (const p of r!.phases) expect(p.ms).toBeGreaterThanOrEqual(0);
      // the phases end at "Restore finished successfully", whose timestamp is the total
      const finished = /^\((\d+)\.(\d{6})\) Restore finished successfully/m.exec(log)!;
      expect(r!.totalMs).toBeCloseTo(Number(finished[1]) * 1000 + Number(finished[2]) / 1000, 0);
      expect(r!.phases.reduce((s, p) => s + p.ms, 0)).toBeCloseTo(r!.totalMs, 0);
    }
  });

  it('a real -v4 restore log: the restorer reads every dumped page, the whole pages file, before the vDSO is remapped', () => {
    const r = criuPhases(V4)!;
    expect(r.pageBytes).toBe(PAGES_FILE_BYTES);
    const read = r.phases.find((p) => p.name.startsWith('page read'))!;
    // on this machine the page read is the largest phase by far
    for (const p of r.phases) if (p !== read) expect(read.ms).toBeGreaterThan(p.ms);
    // -v3 does not log the preadv lines
    expect(criuPhases(V3)!.pageBytes).toBeNull();
  });

  it('a log cut short (a failed restore) has no phases', () => {
    const cut = V3.slice(0, V3.indexOf('Switched to the restorer'));
    expect(criuPhases(cut)).toBeNull();
    expect(criuPhases('')).toBeNull();
  });

  it('the timed variant runs the restore command as argv after a fixed script (no shell text from values)', () => {
    const cmd = timedCriuCommand('/my dir', ['criu', 'restore', '-D', '/my dir']);
    expect(cmd.slice(0, 3)).toEqual(['/bin/sh', '-c', 'date +%s%N >"$1/anatomy-t0"; shift; exec "$@"']);
    expect(cmd.slice(3)).toEqual(['anatomy', '/my dir', 'criu', 'restore', '-D', '/my dir']);
  });

  it('the table gives each step per variant, and – where a variant has no such step', () => {
    const run = (variant: string, criu: boolean): AnatomyRun => ({
      variant,
      created: 100,
      started: 400,
      podmanReturned: 430,
      criuStarted: criu ? 410 : null,
      restoreFinished: criu ? 610 : null,
      firstResponse: criu ? 650 : 440,
      criu: criu ? criuPhases(V3) : null,
    });
    const t = anatomyTable([run('floor', false), run('restore', true)]);
    expect(t[0]).toBe('| step (median ms of 1 alternated runs) | floor | restore |');
    expect(t).toContain('| → OCI runtime started it (.State.StartedAt) | 300 | 300 |');
    expect(t).toContain('| Restore finished → first 200 | – | 40 |');
    expect(t.at(-1)).toBe('| **podman run → first 200** | 440 | 650 |');
  });
});

describe('the restore ships no kerndat cache', () => {
  it('the restore ships no kerndat cache: no XDG_RUNTIME_DIR in the restore environment, and CRIU says so in its log', () => {
    for (const p of Object.values(RUNTIMES)) expect(Object.keys(p.restore.env)).not.toContain('XDG_RUNTIME_DIR');
    // unprivileged CRIU looks for its cache only under $XDG_RUNTIME_DIR (criu/kerndat.c get_kerndat_filename)
    for (const log of [V3, V4]) expect(log).toMatch(/kerndat\.c:\d+\): \$XDG_RUNTIME_DIR not set\. Cannot find location for kerndat file/);
    expect(V4).not.toMatch(/Loaded kdat cache/);
  });
});
