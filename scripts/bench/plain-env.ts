// The environment of bench/plain-pipeline.sh: the same launcher, JVM options and restore command as
// the pipeline's `criu` run, so that both sides do the same podman and CRIU work. The JVM options
// are the pipeline's own (checkpointRunOptions with trim-heap at its default), for the sample's
// JDK: both sides then dump the same heap.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launcherInvocation } from '../../src/launcher.ts';
import { parseInputs } from '../../src/inputs.ts';
import { checkpointRunOptions } from '../../src/pipeline/checkpoint.ts';
import type { EngineOptions } from '../../src/podman.ts';
import { javaFeatureVersion, RUNTIMES } from '../../src/runtimes.ts';
import { parseRelease } from '../../src/pipeline/commit.ts';

/** The JDK feature version of an image, from the release file of each JDK under /usr/lib/jvm (as the pipeline reads it), or null. */
export function imageJdk(engineArgs: readonly string[], image: string): number | null {
  const mount = spawnSync('podman', [...engineArgs, 'image', 'mount', '--', image], { encoding: 'utf8' });
  if (mount.status !== 0) return null;
  try {
    const jvm = path.join(mount.stdout.trim(), 'usr/lib/jvm');
    for (const d of readdirSync(jvm)) {
      const text = (() => {
        try {
          return readFileSync(path.join(jvm, d, 'release'), 'utf8');
        } catch {
          return null;
        }
      })();
      const v = text ? javaFeatureVersion(parseRelease(text)) : null;
      if (v !== null) return v;
    }
    return null;
  } finally {
    spawnSync('podman', [...engineArgs, 'image', 'unmount', '--', image]);
  }
}

export function plainPipelineEnv(o: { context: string; engine: EngineOptions; appCommand: string[]; jdk: number | null }): NodeJS.ProcessEnv {
  const profile = RUNTIMES.criu;
  const config = parseInputs({ runtime: 'criu', image: 'localhost/bench-plain', 'ready-url': '/' });
  const { javaOptions } = checkpointRunOptions({ config, profile }, o.jdk);
  const launch = launcherInvocation({ minPid: 1000, checkpointDir: profile.defaultCheckpointDir, javaOptions, checkpointId: 'plain', criuFlags: [], command: o.appCommand });
  return {
    ...process.env,
    CONTEXT: o.context,
    ENGINE_ARGS: (o.engine.ociRuntime ? ['--runtime', o.engine.ociRuntime] : []).join(' '),
    ULIMIT_ARGS: (o.engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]).join(' '),
    ENTRYPOINT_JSON: JSON.stringify(launch.entrypoint),
    // one argument per line: the launcher's JVM options are one argument with blanks in it
    LAUNCHER_ARGS: launch.command.join('\n'),
    RESTORE_CMD_JSON: JSON.stringify(profile.restore.command!({ checkpointDir: profile.defaultCheckpointDir, restoreFlags: [] })),
  };
}
