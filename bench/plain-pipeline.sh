#!/usr/bin/env bash
# The benchmark's baseline: the same podman commands as checkpoint-image's pipeline (build,
# checkpoint run under the same launcher, readiness polled every 25 ms, timed starts every 10 ms, USR1, wait, commit, restore
# and cold starts timed to the first response, push), with no checks, logs or diagnosis.
# Inputs come from bench.ts through the environment; prints the wall time in ms on stdout and each
# phase's duration ("phase NAME MS") on stderr, for the side-by-side phase table.
#   APP_ENV   space-separated KEY=VALUE pairs given to the checkpoint run (-e), as the pipeline's `env`
#   STEPS     `all` (default) or `short`: build, checkpoint and commit only (no verify, no push), as
#             the pipeline with `verify: false` and `push: false`
set -euo pipefail
: "${CONTEXT:?}" "${IMAGE:?}" "${ENTRYPOINT_JSON:?}" "${RESTORE_CMD_JSON:?}" "${ROUNDS:=3}" "${STEPS:=all}"
read -r -a ENGINE <<<"${ENGINE_ARGS:-}"
read -r -a ULIMITS <<<"${ULIMIT_ARGS:-}"
# one launcher argument per line (its JVM options hold blanks)
mapfile -t LARGS <<<"${LAUNCHER_ARGS:?}"
ENVS=()
for kv in ${APP_ENV:-}; do ENVS+=(-e "$kv"); done
t0=$(date +%s%N)
tp=$t0
phase() { local now; now=$(date +%s%N); echo "phase $1 $(( (now - tp) / 1000000 ))" >&2; tp=$now; }
id=plain-$$
port() { shuf -i 20000-59999 -n 1; }
# $2: the poll interval, as the pipeline's (25 ms for readiness, 10 ms when a start is timed)
wait_http() { until curl -s -o /dev/null -H 'Connection: close' --max-time 1 "http://127.0.0.1:$1/"; do sleep "$2"; done; }
podman "${ENGINE[@]}" build -q -t "localhost/$id:cold" "${ULIMITS[@]}" "$CONTEXT" >/dev/null
phase build
p=$(port)
podman "${ENGINE[@]}" run -d --name "$id-ck" -p "127.0.0.1:$p:8080" --cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE \
  --security-opt seccomp=unconfined "${ULIMITS[@]}" "${ENVS[@]}" --entrypoint "$ENTRYPOINT_JSON" "localhost/$id:cold" "${LARGS[@]}" >/dev/null
wait_http "$p" 0.025
podman "${ENGINE[@]}" kill --signal USR1 "$id-ck" >/dev/null
podman "${ENGINE[@]}" wait "$id-ck" >/dev/null
phase checkpoint
podman "${ENGINE[@]}" commit -q --change 'ENTRYPOINT []' --change "CMD $RESTORE_CMD_JSON" "$id-ck" "$IMAGE" >/dev/null
podman "${ENGINE[@]}" rm "$id-ck" >/dev/null
phase commit
if [ "$STEPS" = all ]; then
  for i in $(seq "$ROUNDS"); do
    for img in "$IMAGE" "localhost/$id:cold"; do
      p=$(port)
      podman "${ENGINE[@]}" run -d --name "$id-v" -p "127.0.0.1:$p:8080" --cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE "${ULIMITS[@]}" "$img" >/dev/null
      wait_http "$p" 0.01
      podman "${ENGINE[@]}" rm -f -t 0 "$id-v" >/dev/null
    done
  done
  phase verify
  podman "${ENGINE[@]}" push -q --tls-verify=false "$IMAGE" >/dev/null
  phase push
fi
echo $(( ($(date +%s%N) - t0) / 1000000 ))
podman "${ENGINE[@]}" rmi "$IMAGE" >/dev/null
podman "${ENGINE[@]}" untag "localhost/$id:cold" "localhost/$id:cold" >/dev/null 2>&1 || true
podman "${ENGINE[@]}" rmi "localhost/$id:cold" >/dev/null 2>&1 || true
