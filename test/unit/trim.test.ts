/**
 * Input `trim-heap` (issue 12, smaller checkpoints): what each runtime gets at checkpoint time, as
 * table tests of the pure decisions, the input's validation, the summary's size line, and the CRIU
 * image reader that says what the dumped megabytes are. The end-to-end side is test/e2e/trim.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkpointFootprint, classifyVma, imageEntries, parseJvmLayout, parseMm, parsePagemap, parseThreadSp, protoFields } from '../../src/criu-images.ts';
import { InputError, parseInputs } from '../../src/inputs.ts';
import { checkpointRunOptions, jdkForTrim, trimLine } from '../../src/pipeline/checkpoint.ts';
import { checkpointSizeLine } from '../../src/report/summary.ts';
import { HEAP_TRIM, javaFeatureVersion, resolveProfile, RUNTIMES, trimJavaOptions } from '../../src/runtimes.ts';
import { writeFile } from 'node:fs/promises';
import { tempDir } from '../support/temp.ts';
import path from 'node:path';

const options = (runtime: string, extra: Record<string, string> = {}, jdk: number | null = 17) => {
  const config = parseInputs({ runtime, image: 'localhost/app', 'ready-url': '/health', ...extra });
  return checkpointRunOptions({ config, profile: resolveProfile(config.runtime, config.javaOptions) }, jdk);
};
const CRIU_TRIM_ANY_JDK = '-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20';
const CRIU_TRIM = `${CRIU_TRIM_ANY_JDK} -XX:-ShrinkHeapInSteps -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0`;

describe('trim-heap and the JDK version: options older JDKs refuse are added only when the JDK is known to take them', () => {
  it.each([
    ['17.0.13 (Debian)', 17],
    ['1.8.0_392', 8],
    ['11.0.21', 11],
    ['jdk-21.0.1+12', 21],
    ['jdk8u392-b08', 8],
    ['21', 21],
    ['unknown', null],
    ['', null],
    [undefined, null],
  ] as const)('JAVA_VERSION %j is feature version %j', (v, want) => expect(javaFeatureVersion(v)).toBe(want));

  it.each([
    [17, CRIU_TRIM],
    [14, CRIU_TRIM],
    [11, CRIU_TRIM_ANY_JDK],
    [8, CRIU_TRIM_ANY_JDK],
    [null, CRIU_TRIM_ANY_JDK],
  ] as const)('criu on JDK %j: %s', (jdk, want) => {
    expect(trimJavaOptions(HEAP_TRIM.criu, jdk).join(' ')).toBe(want);
    expect(options('criu', {}, jdk).javaOptions).toBe(`-XX:-UsePerfData ${want}`);
  });

  it('the version comes from the image\'s JAVA_VERSION first, else from the JDK release file, and only when trim-heap needs it', async () => {
    const ctx = (runtime: string, trim = 'true') => {
      const config = parseInputs({ runtime, image: 'localhost/app', 'ready-url': '/', 'trim-heap': trim });
      return { config, profile: resolveProfile(config.runtime, config.javaOptions) };
    };
    let reads = 0;
    const read = async () => (reads++, '17.0.13 (Debian)');
    expect(await jdkForTrim(ctx('criu'), { JAVA_VERSION: 'jdk-11.0.21+9' }, read)).toBe(11);
    expect(reads).toBe(0);
    expect(await jdkForTrim(ctx('criu'), {}, read)).toBe(17);
    expect(reads).toBe(1);
    expect(await jdkForTrim(ctx('criu'), {}, async () => 'unknown')).toBeNull();
    expect(await jdkForTrim(ctx('criu'), {}, async () => Promise.reject(new Error('mount failed')))).toBeNull();
    // nothing to decide: no read
    expect(await jdkForTrim(ctx('criu', 'false'), {}, read)).toBeNull();
    expect(await jdkForTrim(ctx('crac'), {}, read)).toBeNull();
    expect(reads).toBe(1);
  });

  it('says in the log what was left out and why', () => {
    expect(trimLine(HEAP_TRIM.criu, true, 11)).toContain("left out, as the image's JDK is 11 and JDKs before 14 refuse them: -XX:-ShrinkHeapInSteps -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0");
    expect(trimLine(HEAP_TRIM.criu, true, null)).toContain('of unknown version');
    expect(trimLine(HEAP_TRIM.criu, true, 17)).not.toContain('left out');
    expect(trimLine(HEAP_TRIM.criu, false, 17)).toBe('trim-heap: false, the heap is dumped as the JVM left it');
  });
});

describe('trim-heap per runtime', () => {
  it.each([
    ['criu', {}, `-XX:-UsePerfData ${CRIU_TRIM}`, 'JAVA_TOOL_OPTIONS'],
    ['criu', { 'trim-heap': 'false' }, '-XX:-UsePerfData', 'JAVA_TOOL_OPTIONS'],
    ['criu', { 'java-options': '-XX:MaxHeapFreeRatio=40' }, `-XX:-UsePerfData ${CRIU_TRIM} -XX:MaxHeapFreeRatio=40`, 'JAVA_TOOL_OPTIONS'],
    ['crac', {}, '-XX:CRaCCheckpointTo=/opt/crac-files -XX:CPUFeatures=generic', 'JDK_JAVA_OPTIONS'],
    ['crac', { 'trim-heap': 'false' }, '-XX:CRaCCheckpointTo=/opt/crac-files -XX:CPUFeatures=generic', 'JDK_JAVA_OPTIONS'],
    ['openj9', {}, '-XX:+EnableCRIUSupport', 'JAVA_TOOL_OPTIONS'],
    ['liberty', {}, '', 'JAVA_TOOL_OPTIONS'],
  ] as const)('%s with %j: JVM options %s in %s', (runtime, extra, javaOptions, env) => {
    const o = options(runtime, extra);
    expect(o.javaOptions).toBe(javaOptions);
    expect(o.javaOptionsEnv).toBe(env);
  });

  it('criu adds the HotSpot heap-shrink options before java-options, so a value of the user wins', () => {
    const o = options('criu', { 'java-options': '-XX:MaxHeapFreeRatio=40 -Xmx128m' });
    const words = o.javaOptions.split(' ');
    // JAVA_TOOL_OPTIONS: the last value of an option wins, and the app's command line wins over both
    expect(words.indexOf('-XX:MaxHeapFreeRatio=20')).toBeLessThan(words.indexOf('-XX:MaxHeapFreeRatio=40'));
    expect(words.at(-1)).toBe('-Xmx128m');
    // the diagnostic flag is unlocked before the diagnostic option it enables
    expect(words.indexOf('-XX:+UnlockDiagnosticVMOptions')).toBeLessThan(words.indexOf('-XX:ArchiveRelocationMode=0'));
  });

  it('crac, openj9 and liberty trim the heap themselves: trim-heap adds no option', () => {
    for (const r of ['crac', 'openj9', 'liberty'] as const) {
      expect(HEAP_TRIM[r].javaOptions).toEqual([]);
      expect(RUNTIMES[r].checkpoint.trim).toBe(HEAP_TRIM[r]);
      expect(options(r).javaOptions).toBe(options(r, { 'trim-heap': 'false' }).javaOptions);
    }
    // what each says it relies on is in its conformance rows, with the upstream file
    expect(RUNTIMES.crac.conformance.find((c) => c.aspect === 'heap trim before the dump')?.source).toContain('crac.cpp');
    expect(RUNTIMES.openj9.conformance.find((c) => c.aspect === 'heap trim before the dump')?.source).toContain('modronapi.cpp');
    expect(RUNTIMES.liberty.conformance.find((c) => c.aspect === 'heap trim before the dump')?.source).toContain('modronapi.cpp');
    expect(RUNTIMES.criu.conformance.filter((c) => c.aspect.startsWith('heap trim')).length).toBe(5);
  });

  it.each(['yes', '1', 'on', 'maybe'])('refuses trim-heap %j, naming the input, the value and the fix', (v) => {
    expect(() => options('criu', { 'trim-heap': v })).toThrow(InputError);
    expect(() => options('criu', { 'trim-heap': v })).toThrow(new RegExp(`"trim-heap".*${v}.*\`true\` or \`false\``, 's'));
  });

  it('defaults to true', () => {
    expect(parseInputs({ runtime: 'criu', image: 'localhost/app', 'ready-url': '/' }).trimHeap).toBe(true);
  });
});

describe('the summary size line', () => {
  it.each([
    [61.7e6, 259, true, '- checkpoint size: **61.7 MB**; restore 259 ms = 4.2 ms per MB (heap trimmed to live data before the dump)'],
    [40e6, null, true, '- checkpoint size: **40.0 MB** (heap trimmed to live data before the dump)'],
    [84e6, 300, false, '- checkpoint size: **84.0 MB**; restore 300 ms = 3.6 ms per MB (heap not trimmed: `trim-heap: false`)'],
  ])('%d bytes, restore %s ms, trimmed %s', (bytes, ms, trim, line) => {
    expect(checkpointSizeLine(bytes, ms, trim)).toBe(line);
  });
});

// ---------------------------------------------------------------- CRIU image reader

const varint = (n: bigint | number): number[] => {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return out;
};
const vField = (no: number, n: bigint | number) => [...varint((no << 3) | 0), ...varint(n)];
const bField = (no: number, bytes: number[]) => [...varint((no << 3) | 2), ...varint(bytes.length), ...bytes];
/** An image file: IMG_COMMON_MAGIC, the image's magic, then length-prefixed messages. */
const image = (magic: number, msgs: number[][]) => {
  const parts = [Buffer.from(new Uint32Array([0x54564319, magic]).buffer)];
  for (const m of msgs) parts.push(Buffer.from(new Uint32Array([m.length]).buffer), Buffer.from(m));
  return Buffer.concat(parts);
};
const vma = (start: bigint, end: bigint, prot: number, status: number, shmid = 0) => bField(14, [...vField(1, start), ...vField(2, end), ...vField(3, 0), ...vField(4, shmid), ...vField(5, prot), ...vField(6, 0), ...vField(7, status)]);
const ANON = (1 << 0) | (1 << 9);
const FILE = (1 << 0) | (1 << 6);

describe('CRIU image reader', () => {
  it('reads varints of 64-bit addresses and nested messages', () => {
    const f = protoFields(Buffer.from([...vField(1, 0x7f74d8c94bb0n), ...bField(2, vField(20, 42))]));
    expect(f[0]!.num).toBe(0x7f74d8c94bb0n);
    expect(protoFields(f[1]!.bytes!)[0]!.num).toBe(42n);
  });

  it("reads CRIU 4's page count (field 5), and CRIU 3's (field 2) when 5 is absent", () => {
    const pm = image(0x56084025, [vField(1, 1), [...vField(1, 0x1000), ...vField(2, 0), ...vField(4, 4), ...vField(5, 3)], [...vField(1, 0x9000), ...vField(2, 2), ...vField(4, 4)]]);
    expect(imageEntries(pm)).toHaveLength(3);
    expect(parsePagemap(pm)).toEqual([{ vaddr: 0x1000n, pages: 3 }, { vaddr: 0x9000n, pages: 2 }]);
  });

  it('names each VMA by what it holds', () => {
    const layout = parseJvmLayout(
      '[debug][gc,heap,coops] Heap address: 0x00000000fc000000, size: 64 MB, Compressed Oops mode: 32-bit\n' +
        '[info][gc,metaspace] Compressed class space mapped at: 0x00007fa0c5000000-0x00007fa105000000, reserved size: 1073741824\n',
    );
    const ctx = { sps: [0x7f0000001800n], brkStart: 0x5000n, brk: 0x9000n, layout, arenaStarts: new Set([0x7f1c000000n]) };
    const v = (start: bigint, end: bigint, prot: number, status: number) => ({ start, end, prot, status, shmid: 0n });
    expect(classifyVma(v(0xfc000000n, 0xfd000000n, 3, ANON), ctx)).toBe('java heap');
    expect(classifyVma(v(0x7fa0c5000000n, 0x7fa0c5100000n, 3, ANON), ctx)).toBe('class metadata (class space, CDS, metaspace)');
    expect(classifyVma(v(0x7f0000000000n, 0x7f0000002000n, 3, ANON), ctx)).toBe('thread stacks');
    expect(classifyVma(v(0x5000n, 0x9000n, 3, ANON | (1 << 5)), ctx)).toBe('malloc (brk heap and arenas)');
    expect(classifyVma(v(0x7f1c000000n, 0x7f1c100000n, 3, ANON), ctx)).toBe('malloc (brk heap and arenas)');
    expect(classifyVma(v(0x7e00000000n, 0x7e00100000n, 7, ANON), ctx)).toBe('code cache');
    expect(classifyVma(v(0x7d00000000n, 0x7d00100000n, 3, FILE), ctx)).toBe('file mappings (libraries, CDS archive)');
    expect(classifyVma(v(0x7c00000000n, 0x7c00100000n, 3, ANON), ctx)).toBe('other anonymous');
  });

  it('sums the dumped pages of a checkpoint directory per kind', async () => {
    const dir = await tempDir('trim-unit-');
    await writeFile(path.join(dir, 'mm-1001.img'), image(0x57492820, [[...vField(6, 0x5000), ...vField(7, 0x9000), ...vma(0xfc000000n, 0x100000000n, 3, ANON), ...vma(0x7e00000000n, 0x7e00100000n, 7, ANON), ...vma(0x7f0000000000n, 0x7f0000004000n, 3, ANON)]]));
    await writeFile(path.join(dir, 'pagemap-1001.img'), image(0x56084025, [vField(1, 1), [...vField(1, 0xfc000000), ...vField(2, 0), ...vField(4, 4), ...vField(5, 10)], [...vField(1, 0x7e00000000n), ...vField(2, 0), ...vField(4, 4), ...vField(5, 2)], [...vField(1, 0x7f0000000000n), ...vField(2, 0), ...vField(4, 4), ...vField(5, 1)]]));
    await writeFile(path.join(dir, 'core-1001.img'), image(0x55053847, [bField(2, bField(2, vField(20, 0x7f0000003000n)))]));
    expect(parseThreadSp(image(0x55053847, [bField(2, bField(2, vField(20, 0x7f0000003000n)))]))).toBe(0x7f0000003000n);
    expect(parseMm(image(0x57492820, [[...vField(6, 0x5000), ...vField(7, 0x9000)]]))).toMatchObject({ brkStart: 0x5000n, brk: 0x9000n, vmas: [] });
    const f = await checkpointFootprint(dir, '[debug][gc,heap,coops] Heap address: 0x00000000fc000000, size: 64 MB, Compressed Oops mode: 32-bit');
    expect(f.bytes['java heap']).toBe(10 * 4096);
    expect(f.bytes['code cache']).toBe(2 * 4096);
    expect(f.bytes['thread stacks']).toBe(4096);
    expect(f.totalPageBytes).toBe(13 * 4096);
  });
});
