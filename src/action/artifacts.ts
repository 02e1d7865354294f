/**
 * Uploads the log folder as an artifact. The artifact service exists only inside a GitHub Actions
 * job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL) and not on GHES; elsewhere the folder stays
 * where it is and the caller says so. An upload never fails the job.
 */
import { createHash } from 'node:crypto';
import { directFiles } from '../hostfs.ts';

export interface UploadOutcome {
  uploaded: boolean;
  url: string | null;
  message: string;
}

/** Artifact names must be unique per run and free of `" : < > | * ? \ /`. */
export function defaultArtifactName(runtime: string, env: NodeJS.ProcessEnv, distinct: string): string {
  const job = (env.GITHUB_JOB ?? 'local').replace(/[^A-Za-z0-9_.-]/g, '-');
  const hash = createHash('sha256').update(distinct).digest('hex').slice(0, 8);
  return `checkpoint-image-logs-${runtime}-${job}-${hash}${env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `-attempt${env.GITHUB_RUN_ATTEMPT}` : ''}`;
}

export async function uploadLogDir(dir: string, name: string, retentionDays: number, env: NodeJS.ProcessEnv = process.env): Promise<UploadOutcome> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { uploaded: false, url: null, message: `the artifact service is not available here (not inside a GitHub Actions job); the logs stay in ${dir}` };
  }
  const files = (await directFiles.list(dir)).map((f) => f.path);
  if (!files.length) return { uploaded: false, url: null, message: `no logs in ${dir}` };
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const res = await new DefaultArtifactClient().uploadArtifact(name, files, dir, retentionDays > 0 ? { retentionDays } : {});
    const url =
      res.id && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${res.id}`
        : null;
    return { uploaded: true, url, message: `uploaded ${files.length} log files as artifact ${name}` };
  } catch (e) {
    return { uploaded: false, url: null, message: `could not upload the logs (${(e as Error).message}); they stay in ${dir}` };
  }
}
