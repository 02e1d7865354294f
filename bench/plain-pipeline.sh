#!/usr/bin/env bash
# The benchmark's baseline: the same podman commands as checkpoint-image's pipeline (build,
# checkpoint run under the same launcher, readiness polled every 25 ms, USR1, wait, commit, restore
# and cold starts timed to the first response, push), with no checks, logs or diagnosis.
# Inputs come from bench.ts through the environment; prints the wall time in ms.
set -euo pipefail
: "${CONTEXT:?}" "${IMAGE:?}" "${ENTRYPOINT_JSON:?}" "${RESTORE_CMD_JSON:?}" "${ROUNDS:=3}"
read -r -a ENGINE <<<"${ENGINE_ARGS:-}"
read -r -a ULIMITS <<<"${ULIMIT_ARGS:-}"
read -r -a LARGS <<<"${LAUNCHER_ARGS:?}"
t0=$(date +%s%N)
id=plain-$$
port() { shuf -i 20000-59999 -n 1; }
wait_http() { until curl -s -o /dev/null -H 'Connection: close' --max-time 1 "http://127.0.0.1:$1/"; do sleep 0.025; done; }
podman "${ENGINE[@]}" build -q -t "localhost/$id:cold" "${ULIMITS[@]}" "$CONTEXT" >/dev/null
p=$(port)
podman "${ENGINE[@]}" run -d --name "$id-ck" -p "127.0.0.1:$p:8080" --cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE \
  --security-opt seccomp=unconfined "${ULIMITS[@]}" --entrypoint "$ENTRYPOINT_JSON" "localhost/$id:cold" "${LARGS[@]}" >/dev/null
wait_http "$p"
podman "${ENGINE[@]}" kill --signal USR1 "$id-ck" >/dev/null
podman "${ENGINE[@]}" wait "$id-ck" >/dev/null
podman "${ENGINE[@]}" commit -q --change 'ENTRYPOINT []' --change "CMD $RESTORE_CMD_JSON" "$id-ck" "$IMAGE" >/dev/null
podman "${ENGINE[@]}" rm "$id-ck" >/dev/null
for i in $(seq "$ROUNDS"); do
  for img in "$IMAGE" "localhost/$id:cold"; do
    p=$(port)
    podman "${ENGINE[@]}" run -d --name "$id-v" -p "127.0.0.1:$p:8080" --cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE "${ULIMITS[@]}" "$img" >/dev/null
    wait_http "$p"
    podman "${ENGINE[@]}" rm -f -t 0 "$id-v" >/dev/null
  done
done
podman "${ENGINE[@]}" push -q --tls-verify=false "$IMAGE" >/dev/null
echo $(( ($(date +%s%N) - t0) / 1000000 ))
podman "${ENGINE[@]}" rmi "$IMAGE" >/dev/null
podman "${ENGINE[@]}" untag "localhost/$id:cold" "localhost/$id:cold" >/dev/null 2>&1 || true
podman "${ENGINE[@]}" rmi "localhost/$id:cold" >/dev/null 2>&1 || true
