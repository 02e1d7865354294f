/**
 * The launcher: PID 1 of the checkpoint container for runtimes that need one. It pushes PIDs above
 * `min-pid` (so the restored process's PID is free in a new container, where CRIU itself is PID 1),
 * starts the app as its child with stdio in files that go into the image (pipes to conmon would not
 * exist at restore), and on SIGUSR1 runs `criu dump` on the app. It is a fixed POSIX sh script passed
 * as `sh -c SCRIPT launcher ARGS...`: user values arrive as positional parameters, never as shell text.
 */

/** Where the launcher keeps the app's output, PID and CRIU's console output inside the container. */
export const LAUNCHER_STATE_DIR = '/var/lib/checkpoint-image';

export const LAUNCHER_SCRIPT = `set -u
state=$1 min_pid=$2 dir=$3 java_opts=$4 opts_var=$5 checkpoint_id=$6; shift 6
criu_flags=""
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do criu_flags="$criu_flags $1"; shift; done
[ "$#" -gt 0 ] && shift
for d in "$state" "$dir"; do
  # an image whose USER is not root gets these folders, owned by that user, from userLayerContainerfile
  [ -d "$d" ] && [ -w "$d" ] && continue
  mkdir -p "$d" 2>/dev/null && [ -w "$d" ] && continue
  echo "checkpoint-image launcher: cannot create or write $d as the image's user" >&2
  exit 70
done
n=$(sh -c 'echo $$')
while [ "$n" -lt "$min_pid" ]; do ( : ); n=$((n + 1)); done
if [ -n "$java_opts" ]; then
  case $opts_var in
    JDK_JAVA_OPTIONS) JDK_JAVA_OPTIONS="\${JDK_JAVA_OPTIONS:+$JDK_JAVA_OPTIONS }$java_opts"; export JDK_JAVA_OPTIONS ;;
    *) JAVA_TOOL_OPTIONS="\${JAVA_TOOL_OPTIONS:+$JAVA_TOOL_OPTIONS }$java_opts"; export JAVA_TOOL_OPTIONS ;;
  esac
fi
# only the checkpointed process (and so the restored one) carries this id: verify's proof of a restore
CHECKPOINT_IMAGE_CHECKPOINT=$checkpoint_id "$@" </dev/null >"$state/app.log" 2>&1 &
app=$!
echo "$app" >"$state/app.pid"
echo "checkpoint-image launcher: app pid $app"
dump=0
trap 'dump=1' USR1
trap 'kill -TERM "$app" 2>/dev/null' TERM INT
while :; do
  wait "$app"; rc=$?
  if [ "$dump" = 1 ]; then
    # no criu --tcp-established: a connection open at checkpoint time cannot be restored in a new
    # container, so CRIU's refusal is the better failure (the pipeline closes its own probes)
    criu dump -t "$app" -D "$dir" --shell-job --unprivileged -v4 -o "$state/dump.log" $criu_flags \\
      </dev/null >"$state/criu-dump.out" 2>&1
    rc=$?
    echo "checkpoint-image launcher: criu dump exit $rc"
    [ "$rc" -ne 0 ] && kill -9 "$app" 2>/dev/null
    exit "$rc"
  fi
  kill -0 "$app" 2>/dev/null || break
done
# The app was checkpointed by a CRIU this launcher did not start (jcmd, the app itself): CRIU kills
# the app before it writes its last log lines, and exiting now would stop the container under it.
n=0
while [ "$n" -lt 100 ]; do
  busy=0
  for p in /proc/[0-9]*; do
    read -r comm <"$p/comm" 2>/dev/null || continue
    case "$comm" in criu*) busy=1; break ;; esac
  done
  [ "$busy" = 0 ] && break
  sleep 0.1 2>/dev/null || :
  n=$((n + 1))
done
echo "checkpoint-image launcher: app exit $rc"
exit "$rc"
`;

export interface LauncherArgs {
  minPid: number;
  checkpointDir: string;
  javaOptions: string;
  /** The variable the JVM options travel in (CRaC's launcher reads JDK_JAVA_OPTIONS, not JAVA_TOOL_OPTIONS). */
  javaOptionsEnv?: 'JAVA_TOOL_OPTIONS' | 'JDK_JAVA_OPTIONS';
  /** Exported to the app as CHECKPOINT_IMAGE_CHECKPOINT: the restored process proves its identity with it. */
  checkpointId?: string;
  criuFlags: readonly string[];
  /** The app's command: the image's entrypoint followed by its cmd. */
  command: readonly string[];
}

/** Entrypoint and command for `podman run` that start `command` under the launcher. */
export function launcherInvocation(args: LauncherArgs): { entrypoint: string[]; command: string[] } {
  if (args.command.length === 0) {
    throw new Error('The image has neither ENTRYPOINT nor CMD, so there is no app to start. Fix: give the image a CMD (e.g. `CMD ["java", "-jar", "/app.jar"]`).');
  }
  return {
    entrypoint: ['/bin/sh', '-c', LAUNCHER_SCRIPT, 'checkpoint-image-launcher'],
    command: [
      LAUNCHER_STATE_DIR,
      String(args.minPid),
      args.checkpointDir,
      args.javaOptions,
      args.javaOptionsEnv ?? 'JAVA_TOOL_OPTIONS',
      args.checkpointId ?? '',
      ...args.criuFlags,
      '--',
      ...args.command,
    ],
  };
}

/** True when a Containerfile `USER` value (`name`, `uid`, `uid:gid`) is not root. */
export function isNonRootUser(user: string | undefined): boolean {
  const u = (user ?? '').split(':')[0]!.trim();
  return u !== '' && u !== '0' && u !== 'root';
}

/**
 * The Containerfile of a one-layer image over `image` in which the launcher's folders exist and
 * belong to the image's (non-root) USER: as that user the launcher cannot create them under / or
 * /opt (Semeru's images end with `USER 1001`). Exec-form RUN: the folders never pass through a shell.
 */
export function userLayerContainerfile(image: string, user: string, dirs: readonly string[]): string {
  return [
    `FROM ${image}`,
    'USER 0',
    `RUN ${JSON.stringify(['mkdir', '-p', ...dirs])}`,
    `RUN ${JSON.stringify(['chown', user, ...dirs])}`,
    `USER ${user}`,
    '',
  ].join('\n');
}
