#!/bin/sh
# TEST DOUBLE of Open Liberty InstantOn's container entrypoint (/opt/ol/helpers/runtime/docker-server.sh
# with its checkpoint.sh and restore-server.sh). It exists because no Open Liberty / OpenJ9 runtime
# can be downloaded on the machine that runs checkpoint-image's end-to-end tests. The "server" is
# the image's CMD (a plain JDK 17 `java` command) instead of `server run defaultServer`.
#
# It follows OpenLiberty/ci.docker releases/latest/kernel-slim: helpers/runtime/docker-server.sh (the
# order below), helpers/build/checkpoint.sh, helpers/runtime/restore-server.sh, and the Dockerfiles'
# `LOG_DIR=/liberty/logs` with `/liberty/logs -> /logs`: the server's logs, and CRIU's
# checkpoint.log / restore.log in `$LOG_DIR/checkpoint/`, are under /logs, not under
# /opt/ol/wlp/output/defaultServer/logs. Recovery (a cold start when the restore fails unless
# CRIU_RESTORE_DISABLE_RECOVERY=true) follows OpenLiberty/docs instanton.adoc.
#
# What it imitates, in Liberty's order:
#   1. a checkpoint image exists in /opt/ol/wlp/output/defaultServer/workarea/checkpoint/image:
#      restore it, with this script staying PID 1 (the restored server cannot be PID 1; Liberty uses
#      dumb-init for that): `criu restore -d --unprivileged -D <image dir> --shell-job --file-locks
#      -v2 --log-file=restore.log` (CRIU's log in $LOG_DIR/checkpoint/restore.log),
#      then Liberty's "CWWKC0452I: The Liberty server process resumed operation from a checkpoint in
#      X seconds." and it lives as long as the restored JVM. If the restore fails, Liberty silently
#      cold-starts the server unless CRIU_RESTORE_DISABLE_RECOVERY=true: so does this double.
#   2. else WLP_CHECKPOINT is set (e.g. afterAppStart): unset it, push PIDs above 1000, start the
#      JVM as a child with its output in $LOG_DIR/console.log, wait for the app's READY, print
#      "CWWKC0451I: A server checkpoint "afterAppStart" was requested. When the checkpoint
#      completes, the server stops.", dump the JVM with the real CRIU into the image dir (log
#      $LOG_DIR/checkpoint/checkpoint.log) and exit 0 (CRIU killed the JVM).
#   3. else: exec the CMD (a plain cold start).
# As in the official images, the server and CRIU run as user 1001, CRIU with capabilities of its own
# (file capabilities there, ambient ones here): a JVM that holds no capabilities is what lets Liberty
# restore with CHECKPOINT_RESTORE+SETPCAP only (CRIU cannot give a restored root JVM the SYS_PTRACE
# it had), and a root CRIU would need CAP_SYS_RESOURCE to read a non-root JVM's rlimits.
# Messages go to stdout and to $LOG_DIR/messages.log, as Liberty's do; this script itself stays root.
# What it does NOT imitate: Liberty's server, features, checkpoint phases other than "after the app
# printed READY", its hooks (ports are not closed before the dump), OpenJ9's JIT/heap handling, and
# any message other than the few above. The checkpoint and restore are done by real CRIU 4.2.1.
set -u
OUT=/opt/ol/wlp/output/defaultServer
IMAGE_DIR=$OUT/workarea/checkpoint/image
LOGS=${LOG_DIR:-/logs}
CRIU_LOGS=$LOGS/checkpoint
SERVER_USER=${FAKE_LIBERTY_UID:-1001}
SETTLE=${FAKE_LIBERTY_CHECKPOINT_AFTER:-1}

# the server's user; CRIU as that user with the capabilities the runtime documents for each step
as_server() { exec setpriv --reuid="$SERVER_USER" --regid="$SERVER_USER" --clear-groups "$@"; }
criu_as_server() {
  caps=$1; shift
  setpriv --reuid="$SERVER_USER" --regid="$SERVER_USER" --clear-groups --inh-caps="$caps" --ambient-caps="$caps" criu "$@"
}

msg() {
  line="[AUDIT   ] $*"
  echo "$line"
  echo "$line" >>"$LOGS/messages.log"
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
alive() {
  # a dead child of PID 1 stays a zombie until reaped: `kill -0` alone would call it alive
  state=$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null) && [ "$state" != Z ]
}

mkdir -p "$LOGS" "$CRIU_LOGS"

if [ -d "$IMAGE_DIR" ]; then
  t0=$(now_ms)
  rm -f "$CRIU_LOGS/restore.pid"
  criu_as_server +checkpoint_restore,+setpcap restore -d --unprivileged -D "$IMAGE_DIR" --shell-job --file-locks -v2 \
    --work-dir "$CRIU_LOGS" --log-file=restore.log --pidfile "$CRIU_LOGS/restore.pid" </dev/null
  rc=$?
  if [ "$rc" -ne 0 ]; then
    if [ "${CRIU_RESTORE_DISABLE_RECOVERY:-}" = true ]; then
      msg "CWWKE0961I: Restoring the checkpoint server process failed (criu restore exit $rc). Check the $CRIU_LOGS/restore.log log. The server is not launched because CRIU_RESTORE_DISABLE_RECOVERY is set."
      exit "$rc"
    fi
    msg "CWWKE0957I: Restoring the checkpoint server process failed (criu restore exit $rc). Check the $CRIU_LOGS/restore.log log. The server is launching."
    exec "$@"
  fi
  pid=$(cat "$CRIU_LOGS/restore.pid")
  ms=$(( $(now_ms) - t0 ))
  msg "CWWKC0452I: The Liberty server process resumed operation from a checkpoint in $((ms / 1000)).$(printf '%03d' $((ms % 1000))) seconds."
  trap 'kill -TERM "$pid" 2>/dev/null' TERM INT
  while alive "$pid"; do sleep 0.5; done
  exit 0
elif [ -n "${WLP_CHECKPOINT:-}" ]; then
  phase=$WLP_CHECKPOINT
  unset WLP_CHECKPOINT # as Liberty: not in the checkpointed server's environment
  mkdir -p "$IMAGE_DIR" || exit 70
  : >"$LOGS/console.log" # created here so that it is the server user's (CRIU reopens it at restore)
  chown -R "$SERVER_USER:$SERVER_USER" "$OUT" "$LOGS/" || exit 70
  n=$(sh -c 'echo $$')
  while [ "$n" -lt 1000 ]; do ( : ); n=$((n + 1)); done
  # the subshell execs: $! is the JVM itself
  (as_server "$@") </dev/null >>"$LOGS/console.log" 2>&1 &
  jvm=$!
  until grep -q '^READY' "$LOGS/console.log" 2>/dev/null; do
    if ! kill -0 "$jvm" 2>/dev/null; then
      wait "$jvm"; rc=$?
      msg "CWWKC0453E: The server checkpoint request failed: the server exited with $rc before the application started."
      exit 1
    fi
    sleep 0.1
  done
  sleep "$SETTLE"
  msg "CWWKC0451I: A server checkpoint \"$phase\" was requested. When the checkpoint completes, the server stops."
  criu_as_server +checkpoint_restore,+sys_ptrace,+setpcap dump -t "$jvm" -D "$IMAGE_DIR" --shell-job --unprivileged -v4 \
    --work-dir "$CRIU_LOGS" -o checkpoint.log </dev/null
  rc=$?
  if [ "$rc" -ne 0 ]; then
    kill -9 "$jvm" 2>/dev/null
    msg "CWWKC0453E: The server checkpoint request failed: criu dump exited $rc. See $CRIU_LOGS/checkpoint.log."
    exit "$rc"
  fi
  wait "$jvm" # killed by CRIU after the dump
  exit 0
else
  exec "$@"
fi
