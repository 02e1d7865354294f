/**
 * What a CRIU checkpoint's dumped megabytes are: the pages in its pagemap, per kind of memory area
 * (Java heap, class metadata, code cache, malloc arenas, thread stacks, files, other). Reads the
 * image files directly (a small protobuf reader, no dependency): Debian 12's `crit` (CRIU 3.17)
 * decodes CRIU 4's pagemap entries with nr_pages 0, because CRIU 4 moved the page count to field 5.
 *
 * Image layout (checkpoint-restore/criu criu/include/magic.h, criu/protobuf.c): a u32 magic
 * (IMG_COMMON_MAGIC then the image's own magic), then entries, each a u32 little-endian length and
 * one protobuf message. Messages read here (checkpoint-restore/criu images/*.proto):
 * - pagemap.proto: pagemap_head { pages_id = 1 }, pagemap_entry { vaddr = 1, compat_nr_pages = 2,
 *   in_parent = 3, flags = 4, nr_pages = 5 }
 * - mm.proto: mm_entry { mm_start_brk = 6, mm_brk = 7, vmas = 14 (vma_entry) }
 * - vma.proto: vma_entry { start = 1, end = 2, pgoff = 3, shmid = 4, prot = 5, flags = 6, status = 7 }
 * - core.proto / core-x86.proto: core_entry { thread_info = 2 { gpregs = 2 { sp = 20 } } }
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const IMG_COMMON_MAGIC = 0x54564319;
const IMG_SERVICE_MAGIC = 0x55105940;
const PAGE = 4096;
/** vma_entry.status bits (criu/include/image.h). */
const VMA_AREA_HEAP = 1 << 5;
const VMA_FILE_PRIVATE = 1 << 6;
const VMA_FILE_SHARED = 1 << 7;
const VMA_AREA_STACK = 1 << 1;
/** mmap prot bits. */
const PROT_EXEC = 4;
/** pagemap_entry.flags (criu/include/pagemap.h PE_PRESENT). */
const PE_PRESENT = 1 << 2;

type Field = { no: number; wire: number; num: bigint; bytes: Buffer | null };

/** The fields of one protobuf message (varint and length-delimited; fixed ones are skipped). */
export function protoFields(buf: Buffer): Field[] {
  const out: Field[] = [];
  let i = 0;
  const varint = (): bigint => {
    let v = 0n;
    let shift = 0n;
    for (;;) {
      const b = buf[i++];
      if (b === undefined) throw new Error('truncated varint');
      v |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return v;
      shift += 7n;
    }
  };
  while (i < buf.length) {
    const key = Number(varint());
    const no = key >> 3;
    const wire = key & 7;
    if (wire === 0) out.push({ no, wire, num: varint(), bytes: null });
    else if (wire === 2) {
      const len = Number(varint());
      out.push({ no, wire, num: 0n, bytes: buf.subarray(i, i + len) });
      i += len;
    } else if (wire === 1) i += 8;
    else if (wire === 5) i += 4;
    else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
  return out;
}

/** The messages of one CRIU image file. */
export function imageEntries(buf: Buffer): Buffer[] {
  let i = 4;
  const first = buf.readUInt32LE(0);
  if (first === IMG_COMMON_MAGIC || first === IMG_SERVICE_MAGIC) i = 8;
  const out: Buffer[] = [];
  while (i + 4 <= buf.length) {
    const len = buf.readUInt32LE(i);
    out.push(buf.subarray(i + 4, i + 4 + len));
    i += 4 + len;
  }
  return out;
}

const num = (fs: Field[], no: number): bigint => fs.find((f) => f.no === no)?.num ?? 0n;
const sub = (fs: Field[], no: number): Field[] => {
  const b = fs.find((f) => f.no === no)?.bytes;
  return b ? protoFields(b) : [];
};

export interface Vma {
  start: bigint;
  end: bigint;
  prot: number;
  status: number;
  shmid: bigint;
}

export interface PageRun {
  vaddr: bigint;
  pages: number;
}

/** The VMAs and the brk heap of one process (mm-<pid>.img). */
export function parseMm(buf: Buffer): { vmas: Vma[]; brkStart: bigint; brk: bigint } {
  const mm = protoFields(imageEntries(buf)[0] ?? Buffer.alloc(0));
  const vmas = mm
    .filter((f) => f.no === 14 && f.bytes)
    .map((f) => {
      const v = protoFields(f.bytes!);
      return { start: num(v, 1), end: num(v, 2), shmid: num(v, 4), prot: Number(num(v, 5)), status: Number(num(v, 7)) };
    });
  return { vmas, brkStart: num(mm, 6), brk: num(mm, 7) };
}

/** The dumped page runs of one process (pagemap-<pid>.img), present pages only. */
export function parsePagemap(buf: Buffer): PageRun[] {
  return imageEntries(buf)
    .slice(1)
    .map(protoFields)
    .filter((e) => e.some((f) => f.no === 1))
    .filter((e) => {
      const flags = e.find((f) => f.no === 4);
      return !flags || (Number(flags.num) & PE_PRESENT) !== 0;
    })
    .map((e) => ({ vaddr: num(e, 1), pages: Number(num(e, 5) || num(e, 2)) }));
}

/** The stack pointer of one thread (core-<tid>.img, x86_64). */
export function parseThreadSp(buf: Buffer): bigint | null {
  const core = protoFields(imageEntries(buf)[0] ?? Buffer.alloc(0));
  const regs = sub(sub(core, 2), 2);
  return regs.length ? num(regs, 20) : null;
}

export const FOOTPRINT_KINDS = ['java heap', 'class metadata (class space, CDS, metaspace)', 'code cache', 'malloc (brk heap and arenas)', 'thread stacks', 'file mappings (libraries, CDS archive)', 'other anonymous'] as const;
export type FootprintKind = (typeof FOOTPRINT_KINDS)[number];

/** Address ranges the JVM reported about itself (its -Xlog lines), to name what its VMAs hold. */
export interface JvmLayout {
  heap: Array<[bigint, bigint]>;
  classMetadata: Array<[bigint, bigint]>;
}

/**
 * HotSpot's own log lines about where it put things (JDK 17+): `-Xlog:gc+heap+coops=debug` prints
 * "Heap address: 0x..., size: N MB", `-Xlog:gc+metaspace=info` the CDS archive and the compressed
 * class space, `-Xlog:metaspace=debug` each metaspace node ("VsListNode ... base 0x... : born
 * (word_size N)").
 */
export function parseJvmLayout(log: string): JvmLayout {
  const heap: Array<[bigint, bigint]> = [];
  const meta: Array<[bigint, bigint]> = [];
  for (const m of log.matchAll(/Heap address: (0x[0-9a-f]+), size: (\d+) MB/g)) heap.push([BigInt(m[1]!), BigInt(m[1]!) + BigInt(m[2]!) * 1048576n]);
  for (const m of log.matchAll(/CDS archive\(s\) mapped at: \[(0x[0-9a-f]+)-(0x[0-9a-f]+)/g)) meta.push([BigInt(m[1]!), BigInt(m[2]!)]);
  for (const m of log.matchAll(/Compressed class space mapped at: (0x[0-9a-f]+)-(0x[0-9a-f]+)/g)) meta.push([BigInt(m[1]!), BigInt(m[2]!)]);
  for (const m of log.matchAll(/VsListNode @0x[0-9a-f]+ base (0x[0-9a-f]+) : born \(word_size (\d+)\)/g)) meta.push([BigInt(m[1]!), BigInt(m[1]!) + BigInt(m[2]!) * 8n]);
  return { heap, classMetadata: meta };
}

/** The -Xlog option that makes HotSpot print the lines parseJvmLayout reads (logging only, to the app's output). */
export const JVM_LAYOUT_LOG = '-Xlog:gc+heap+coops=debug,gc+metaspace=info,metaspace=debug:stdout';

/** glibc's non-main arenas are mmapped 64 MB heaps aligned to 64 MB (malloc/arena.c HEAP_MAX_SIZE on 64-bit). */
const ARENA_ALIGN = 64n * 1048576n;

/** What one VMA holds. */
export function classifyVma(v: Vma, ctx: { sps: readonly bigint[]; brkStart: bigint; brk: bigint; layout: JvmLayout; arenaStarts: ReadonlySet<bigint> }): FootprintKind {
  const inside = (ranges: Array<[bigint, bigint]>) => ranges.some(([a, b]) => v.start >= a && v.end <= b);
  if (inside(ctx.layout.heap)) return 'java heap';
  if (inside(ctx.layout.classMetadata)) return 'class metadata (class space, CDS, metaspace)';
  if (ctx.sps.some((sp) => sp >= v.start && sp < v.end) || (v.status & VMA_AREA_STACK) !== 0) return 'thread stacks';
  if ((v.status & VMA_AREA_HEAP) !== 0 || (v.start >= ctx.brkStart && v.end <= ctx.brk && ctx.brk > ctx.brkStart)) return 'malloc (brk heap and arenas)';
  if ((v.status & (VMA_FILE_PRIVATE | VMA_FILE_SHARED)) !== 0) return 'file mappings (libraries, CDS archive)';
  if ((v.prot & PROT_EXEC) !== 0) return 'code cache';
  if (ctx.arenaStarts.has(v.start)) return 'malloc (brk heap and arenas)';
  return 'other anonymous';
}

export interface Footprint {
  /** Bytes of dumped pages per kind. */
  bytes: Record<FootprintKind, number>;
  /** Every dumped page, in bytes (the sum of the kinds). */
  totalPageBytes: number;
  /** Bytes of every checkpoint file (pages plus metadata). */
  fileBytes: number;
}

/** The dumped pages of a checkpoint directory, per kind. */
export async function checkpointFootprint(dir: string, jvmLog = ''): Promise<Footprint> {
  const names = await readdir(dir);
  const bytes = Object.fromEntries(FOOTPRINT_KINDS.map((k) => [k, 0])) as Record<FootprintKind, number>;
  const sps: bigint[] = [];
  for (const n of names.filter((x) => /^core-\d+\.img$/.test(x))) {
    const sp = parseThreadSp(await readFile(path.join(dir, n)));
    if (sp !== null) sps.push(sp);
  }
  const layout = parseJvmLayout(jvmLog);
  let fileBytes = 0;
  for (const n of names) fileBytes += (await readFile(path.join(dir, n))).length;
  for (const n of names.filter((x) => /^mm-\d+\.img$/.test(x))) {
    const pid = /\d+/.exec(n)![0];
    const { vmas, brkStart, brk } = parseMm(await readFile(path.join(dir, n)));
    const arenaStarts = new Set(vmas.filter((v) => v.start % ARENA_ALIGN === 0n && v.shmid === 0n && (v.status & (VMA_FILE_PRIVATE | VMA_FILE_SHARED)) === 0).map((v) => v.start));
    const pm = names.includes(`pagemap-${pid}.img`) ? parsePagemap(await readFile(path.join(dir, `pagemap-${pid}.img`))) : [];
    const ctx = { sps, brkStart, brk, layout, arenaStarts };
    for (const run of pm) {
      const end = run.vaddr + BigInt(run.pages * PAGE);
      for (const v of vmas) {
        const a = run.vaddr > v.start ? run.vaddr : v.start;
        const b = end < v.end ? end : v.end;
        if (b > a) bytes[classifyVma(v, ctx)] += Number(b - a);
      }
    }
  }
  const totalPageBytes = Object.values(bytes).reduce((s, x) => s + x, 0);
  return { bytes, totalPageBytes, fileBytes };
}
