import { describe, expect, it } from 'vitest';
import { baseImagesOf, cacheKey } from '../../src/pipeline/base-images.ts';

describe('baseImagesOf', () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    ['plain FROM', 'FROM azul/zulu-openjdk:21-jdk-crac\nCOPY a /a', {}, ['azul/zulu-openjdk:21-jdk-crac']],
    ['ARG default', 'ARG BASE=icr.io/appcafe/ibm-semeru-runtimes:open-21-jre-ubi-minimal\nFROM ${BASE}', {}, ['icr.io/appcafe/ibm-semeru-runtimes:open-21-jre-ubi-minimal']],
    ['build arg overrides the default', 'ARG BASE=a:1\nFROM $BASE', { BASE: 'b:2' }, ['b:2']],
    ['default in the reference', 'FROM ${IMG:-eclipse-temurin:21}', {}, ['eclipse-temurin:21']],
    ['multi-stage: earlier stages are not images', 'FROM maven:3 AS build\nRUN mvn package\nFROM build AS test\nFROM eclipse-temurin:21\nCOPY --from=build /x /x', {}, ['maven:3', 'eclipse-temurin:21']],
    ['scratch, platform flag, comments, continuation', '# base\nFROM --platform=linux/amd64 \\\n  alpine:3 AS a\nFROM scratch', {}, ['alpine:3']],
    ['duplicates once', 'FROM a:1\nFROM a:1', {}, ['a:1']],
  ])('%s', (_l, text, args, want) => expect(baseImagesOf(text, args)).toEqual(want));
});

describe('cacheKey', () => {
  it('changes when a digest changes (a moved tag is a miss) and is stable otherwise', () => {
    const a = cacheKey([{ ref: 'x:1', digest: `sha256:${'a'.repeat(64)}` }]);
    expect(a).toMatch(/^checkpoint-image-bases-[0-9a-f]{32}$/);
    expect(cacheKey([{ ref: 'x:1', digest: `sha256:${'a'.repeat(64)}` }])).toBe(a);
    expect(cacheKey([{ ref: 'x:1', digest: `sha256:${'b'.repeat(64)}` }])).not.toBe(a);
  });
});
