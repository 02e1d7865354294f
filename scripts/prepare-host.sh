#!/usr/bin/env bash
# Prepares a Debian/Ubuntu host (as root) for checkpoint-image's demo and end-to-end tests:
#   1. apt packages: podman, runc, a registry, a JDK to compile the sample, CRIU's build dependencies;
#   2. CRIU >= 4.2 (CRIU < 4.1 fails on kernels >= 6.13 and < 4.2 cannot dump TCP sockets on >= 6.16),
#      built from Debian's own source package when the installed one is too old or fails `criu check`;
#   3. the sample base image (Debian bookworm minbase + openjdk-17-jre-headless + that CRIU), made with
#      debootstrap + `podman import`, because no container registry is reachable from CI.
# Idempotent: each step is skipped when its result is already there. Only loopback is used later.
set -euo pipefail

STATE_DIR=${CHECKPOINT_IMAGE_HOST_DIR:-/var/cache/checkpoint-image-host}
BASE_IMAGE=${SAMPLE_BASE_IMAGE:-localhost/checkpoint-image/sample-base:bookworm-jre17}
CRIU_SRC_VERSION=${CRIU_SRC_VERSION:-4.2.1-1}
export DEBIAN_FRONTEND=noninteractive
mkdir -p "$STATE_DIR"
log() { printf '[prepare-host] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root (sudo bash $0): podman runs rootful and CRIU needs root to build and install"

mirror() {
  local m
  m=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
      | head -n1 | grep -oE 'https?://[^ ]+' || true)
  echo "${DEBIAN_MIRROR:-${m:-http://deb.debian.org/debian}}"
}

# ---------------------------------------------------------------- 1. packages
PKGS=(podman runc crun criu skopeo docker-registry apache2-utils curl openjdk-17-jdk-headless debootstrap debian-archive-keyring iproute2
      build-essential pkg-config libbsd-dev libcap-dev libgnutls28-dev libnet1-dev libnftables-dev libnl-3-dev
      libprotobuf-c-dev libprotobuf-dev protobuf-c-compiler protobuf-compiler uuid-dev)
missing=()
for p in "${PKGS[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  apt-get update -qq
  # --no-upgrade: never touch what the host already has (an upgrade of its JDK surprised the lab once)
  apt-get install -y -qq --no-upgrade "${missing[@]}" >"$STATE_DIR/apt.log" 2>&1 || { tail -n 30 "$STATE_DIR/apt.log"; die "apt-get install failed"; }
fi

# ---------------------------------------------------------------- 2. CRIU >= 4.2
criu_ok() {
  command -v criu >/dev/null || return 1
  criu --version | grep -qE 'Version: (4\.([2-9]|[1-9][0-9])|[5-9])' || return 1
  criu check >/dev/null 2>&1
}
hash -r
if ! criu_ok; then
  log "building CRIU $CRIU_SRC_VERSION from Debian's source package (private apt state; /etc/apt untouched)"
  ALT=$STATE_DIR/apt-src; SRC_DIR=$STATE_DIR/criu-src
  mkdir -p "$ALT"/{state/lists/partial,cache/archives/partial} "$SRC_DIR"
  # signed-by: on Ubuntu the Debian archive key is not trusted by default
  KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
  printf 'deb-src [signed-by=%s] %s sid main\ndeb-src [signed-by=%s] %s forky main\n' "$KEYRING" "$(mirror)" "$KEYRING" "$(mirror)" >"$ALT/sources.list"
  APT=(-o Dir::State="$ALT/state" -o Dir::Cache="$ALT/cache" -o Dir::Etc::SourceList="$ALT/sources.list"
       -o Dir::Etc::SourceParts=/dev/null -o Dir::State::status=/var/lib/dpkg/status)
  apt-get "${APT[@]}" update -qq
  # the .debian.tar.xz may be missing on a mirror: only the upstream (orig) tarball is needed
  (cd "$SRC_DIR" && { apt-get "${APT[@]}" source --download-only "criu=$CRIU_SRC_VERSION" >/dev/null 2>&1 || true; })
  ORIG=$(ls -t "$SRC_DIR"/criu_*.orig.tar.* 2>/dev/null | head -n1 || true)
  [ -n "$ORIG" ] || die "could not download the CRIU source tarball (criu=$CRIU_SRC_VERSION) from $(mirror)"
  WANT=$(apt-cache "${APT[@]}" showsrc criu | awk -v f="$(basename "$ORIG")" '$3==f && length($1)==64 && !w {w=$1} END {print w}')
  HAVE=$(sha256sum "$ORIG" | cut -d' ' -f1)
  [ -n "$WANT" ] && [ "$WANT" = "$HAVE" ] || die "checksum mismatch for $ORIG: have $HAVE, index says '$WANT'"
  TOP=$(tar tf "$ORIG" | sed -n 1p | cut -d/ -f1)
  rm -rf "${SRC_DIR:?}/$TOP"; tar -C "$SRC_DIR" -xf "$ORIG"
  make -C "$SRC_DIR/$TOP" -j"$(nproc)" criu >"$STATE_DIR/criu-build.log" 2>&1 || { tail -n 30 "$STATE_DIR/criu-build.log"; die "CRIU build failed"; }
  install -m0755 "$SRC_DIR/$TOP/criu/criu" /usr/local/sbin/criu
  hash -r
  criu_ok || die "criu check still fails: $(criu check 2>&1 | tail -n 3)"
fi
log "$(command -v criu): $(criu --version | head -n1)"

# ---------------------------------------------------------------- 3. sample base image
CRIU_BIN=$(command -v criu)
stamp="$(sha256sum "$CRIU_BIN" | cut -c1-16)"
if [ "$(podman image inspect -f '{{index .Labels "io.checkpoint-image.criu-sha"}}' "$BASE_IMAGE" 2>/dev/null || true)" != "$stamp" ]; then
  ROOTFS=$STATE_DIR/rootfs
  TARBALL=$STATE_DIR/debootstrap-bookworm-jre17.tgz
  rm -rf "$ROOTFS"
  if [ ! -s "$TARBALL" ]; then
    log "debootstrap bookworm minbase + openjdk-17-jre-headless (about a minute, cached afterwards)"
    # criu is included for its runtime libraries; its binary is replaced by the one above
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,criu --make-tarball="$TARBALL.tmp" \
      bookworm "$ROOTFS" "$(mirror)" >"$STATE_DIR/debootstrap.log" 2>&1 || { tail -n 30 "$STATE_DIR/debootstrap.log"; die "debootstrap --make-tarball failed"; }
    mv "$TARBALL.tmp" "$TARBALL"
  fi
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,criu --unpack-tarball="$TARBALL" \
    bookworm "$ROOTFS" "$(mirror)" >"$STATE_DIR/debootstrap.log" 2>&1 || { tail -n 30 "$STATE_DIR/debootstrap.log"; die "debootstrap failed"; }
  rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/usr/share/doc \
         "$ROOTFS"/usr/share/man "$ROOTFS"/usr/share/locale/*
  install -m0755 "$CRIU_BIN" "$ROOTFS/usr/sbin/criu"
  tar -C "$ROOTFS" -c . | podman import -q \
    --change 'LABEL io.checkpoint-image.criu-sha='"$stamp" \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    - "$BASE_IMAGE" >/dev/null
  rm -rf "$ROOTFS"
fi
log "base image $BASE_IMAGE ready"
