/**
 * Findings become annotations: the most certain first, a handful at most (the rest are in the
 * summary). Where the fix lives in a file of the repository, the annotation points at it: the
 * Containerfile's CMD/ENTRYPOINT for JVM flags and app code, the workflow step for action inputs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { clipWords } from '../diagnosis/analyze.ts';
import type { Finding } from '../diagnosis/types.ts';

export const MAX_ANNOTATIONS = 5;

export interface Annotation {
  title: string;
  message: string;
  file?: string;
  startLine?: number;
}

/** Categories whose fix is in the image (JVM flags, app code) rather than in the action's inputs. */
const FIX_IN_IMAGE = new Set(['cpu-features', 'jvm-or-framework', 'open-socket', 'open-file', 'memory-or-resource', 'file-mismatch']);

/** 1-based line of the last line matching `re`, or null. */
export function lastLineMatching(text: string, re: RegExp): number | null {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if (re.test(lines[i] ?? '')) return i + 1;
  return null;
}

export interface FixLocations {
  containerfile?: { file: string; text: string } | null;
  workflow?: { file: string; text: string } | null;
}

/** What a finding is, in the annotation title: causes are plain, the rest say what they are. */
const TITLE_PREFIX: Record<Finding['role'], string> = {
  'root-cause': 'checkpoint-image: ',
  unrecognised: 'checkpoint-image (unrecognised): ',
  symptom: 'checkpoint-image (symptom): ',
};

export function toAnnotations(findings: readonly Finding[], where: FixLocations): Annotation[] {
  return findings.slice(0, MAX_ANNOTATIONS).map((f) => {
    const a: Annotation = {
      title: clipWords(`${TITLE_PREFIX[f.role]}${f.cause}`, 255),
      // Cause and fix lead, as in the job summary; the evidence and the docs follow.
      message: [
        `Cause: ${f.cause}`,
        `Fix: ${f.remedy}`,
        `Evidence (${path.basename(f.file)}:${f.line}): ${f.text}`,
        ...(f.docs ? [`Docs: ${f.docs}`] : []),
      ].join('\n'),
    };
    const target = FIX_IN_IMAGE.has(f.category) ? where.containerfile : where.workflow;
    const re = FIX_IN_IMAGE.has(f.category) ? /^\s*(CMD|ENTRYPOINT|ENV\s+JAVA_TOOL_OPTIONS)\b/i : /uses:\s*\S*checkpoint-image/;
    const line = target ? lastLineMatching(target.text, re) : null;
    if (target && line) {
      a.file = target.file;
      a.startLine = line;
    }
    return a;
  });
}

/** Reads the Containerfile and the running workflow file, relative to the workspace. */
export async function fixLocations(workspace: string, containerfile: string | null, env: NodeJS.ProcessEnv): Promise<FixLocations> {
  const read = async (abs: string | null) => {
    if (!abs) return null;
    const text = await readFile(abs, 'utf8').catch(() => null);
    return text === null ? null : { file: path.relative(workspace, abs), text };
  };
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/file.yml@refs/heads/main
  const wf = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? null;
  return {
    containerfile: await read(containerfile ? path.resolve(workspace, containerfile) : null),
    workflow: await read(wf ? path.join(workspace, wf) : null),
  };
}
