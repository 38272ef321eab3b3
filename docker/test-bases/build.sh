#!/usr/bin/env bash
# Local stand-ins for the official base images, built from Debian's packages, for machines that cannot reach an
# image registry (the stack test's CI machine). Production never uses them: every Dockerfile and compose.yml
# default to the official images, and the stack test passes these through BASE_IMAGE, CADDY_IMAGE and
# POSTGRES_IMAGE. docs/operations.md ("The stack test") says what the official images give that these do not.
#
#   bash docker/test-bases/build.sh          # builds ks3-test/debian, ks3-test/caddy, ks3-test/postgres once
#   FORCE=1 bash docker/test-bases/build.sh  # rebuilds them
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export DOCKER_BUILDKIT=0  # the classic builder needs nothing from a registry
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

have() { [ -z "${FORCE:-}" ] && docker image inspect "$1" >/dev/null 2>&1; }

if ! have ks3-test/debian:bookworm; then
  echo "[bases] debootstrap bookworm (minbase) -> ks3-test/debian:bookworm"
  root="$(mktemp -d)"
  trap 'rm -rf "$root"' EXIT
  debootstrap --variant=minbase --include=ca-certificates bookworm "$root" "$MIRROR" >/dev/null
  # pip inside a build trusts this machine's certificate bundle (its HTTPS may pass through a local authority).
  # A file of its own: installing ca-certificates regenerates the image's bundle, which would undo a copy over it.
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/host-ca-bundle.pem"
  rm -rf "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"*
  tar -C "$root" -c . | docker import \
    --change 'ENV PIP_CERT=/etc/ssl/host-ca-bundle.pem' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' - ks3-test/debian:bookworm >/dev/null
  rm -rf "$root"
  trap - EXIT
fi

for name in caddy postgres; do
  if ! have "ks3-test/$name:latest"; then
    echo "[bases] $name from Debian's packages -> ks3-test/$name"
    docker build -q -t "ks3-test/$name:latest" -f "$here/Dockerfile.$name" "$here" >/dev/null
  fi
done
echo "[bases] ready: ks3-test/debian:bookworm ks3-test/caddy ks3-test/postgres"
