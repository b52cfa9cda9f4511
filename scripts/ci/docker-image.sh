#!/usr/bin/env bash
# Builds the project image (Dockerfile) and runs it, on a machine that reaches the npm registry and
# Debian mirrors but no image registry:
#   1. a Docker daemon (installs docker.io and starts dockerd when none is running),
#   2. a local base image: Debian bookworm from debootstrap + this machine's Node 20 and npm
#      (the stand-in for node:20-bookworm-slim, which cannot be pulled here),
#   3. `docker build` of the Dockerfile on that base,
#   4. a scripted console call in the image, with the pod's restrictions (read-only root, writable
#      /tmp and /app/data only, no capabilities, uid 1000, no network),
#   5. the worker in the image: liveness (/worker) answers, readiness (/) reports LiveKit as
#      unreachable, and SIGTERM ends it with the framework's drain exit code 143.
# When the daemon cannot run here, prints ONE line "docker image: SKIPPED: <reason>" and exits 0;
# every other failure exits non-zero. Everything started here is stopped on exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
DEBIAN=switchboard-local-debian:bookworm
BASE=switchboard-local-base:node20
IMAGE=switchboard:ci
work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-docker.XXXXXX")
dockerd_pid=""
worker=""
start=$(date +%s)
say() { printf '  [%ss] %s\n' "$(($(date +%s) - start))" "$*"; }
skip() {
  echo "docker image: SKIPPED: $*"
  exit 0
}
cleanup() {
  [ -z "$worker" ] || docker rm -f "$worker" >/dev/null 2>&1 || true
  if [ -n "$dockerd_pid" ]; then
    kill "$dockerd_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. Docker daemon
if ! docker info >/dev/null 2>&1; then
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
    say "installing docker.io and debootstrap"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap; } \
      >"$work/apt.log" 2>&1 || skip "could not install docker.io/debootstrap ($(tail -1 "$work/apt.log"))"
  fi
  say "starting dockerd"
  dockerd >"$work/dockerd.log" 2>&1 &
  dockerd_pid=$!
  for _ in $(seq 1 30); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || skip "dockerd did not start ($(grep -m1 -iE 'level=(fatal|error)' "$work/dockerd.log" || tail -1 "$work/dockerd.log"))"
fi
command -v debootstrap >/dev/null 2>&1 || {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1 || skip "debootstrap is not installable"
}

# 2. Local base image
node_bin=$(command -v node)
[ "$("$node_bin" -p 'process.versions.node.split(".")[0]')" = 20 ] || {
  echo "docker image: this machine's node is $("$node_bin" -v), the image needs Node 20" >&2
  exit 1
}
if ! docker image inspect "$DEBIAN" >/dev/null 2>&1; then
  say "debootstrap bookworm (minbase)"
  rootfs="$work/rootfs"
  debootstrap --variant=minbase --include=ca-certificates bookworm "$rootfs" http://deb.debian.org/debian \
    >"$work/debootstrap.log" 2>&1 || {
    tail -20 "$work/debootstrap.log"
    exit 1
  }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | docker import \
    --change 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin' - "$DEBIAN" >/dev/null
  rm -rf "$rootfs"
fi
# Node 20 as the official images lay it out: binary, npm and headers under /usr/local (node-gyp
# builds better-sqlite3 against the headers: no download from nodejs.org), user `node` uid 1000.
ctx="$work/base"
mkdir -p "$ctx/certs"
cp "$node_bin" "$ctx/node"
cp -a "$(npm root -g)/npm" "$ctx/npm"
node_include=$("$node_bin" -p 'require("path").resolve(process.execPath, "../../include/node")')
[ -f "$node_include/node.h" ] || node_include=$(npm config get nodedir 2>/dev/null)/include/node
[ -f "$node_include/node.h" ] || {
  echo "docker image: Node 20 headers not found (looked in $node_include)" >&2
  exit 1
}
cp -a "$node_include" "$ctx/include"
# This machine reaches the registry through a TLS proxy: its extra CAs go into the base too.
cp /usr/local/share/ca-certificates/*.crt "$ctx/certs/" 2>/dev/null || true
cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $DEBIAN
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY include /usr/local/include/node
COPY certs /usr/local/share/ca-certificates/
RUN ln -sf ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
  && ln -sf ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
  && update-ca-certificates >/dev/null 2>&1 \\
  && (getent group node || groupadd --gid 1000 node) \\
  && (id node || useradd --uid 1000 --gid node --shell /bin/bash --create-home node)
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
CMD ["node"]
DOCKERFILE
DOCKER_BUILDKIT=0 docker build --network none -q -t "$BASE" "$ctx" >/dev/null
docker run --rm --network none "$BASE" node -e 'process.exit(process.versions.node.startsWith("20.") ? 0 : 1)'
say "base image $BASE ready"

# 3. Build (legacy builder: BuildKit would fetch its frontend from a registry)
say "docker build"
DOCKER_BUILDKIT=0 docker build --network host --build-arg "BASE_IMAGE=$BASE" -t "$IMAGE" . >"$work/build.log" 2>&1 || {
  tail -40 "$work/build.log"
  echo "docker image: docker build failed" >&2
  exit 1
}
say "built $IMAGE ($(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%d MB", $1/1e6}'))"

# The Kubernetes pod's restrictions (deploy/k8s/base/deployment.yaml), applied to every run here.
restricted=(--read-only --tmpfs /tmp --tmpfs /app/data:uid=1000,gid=1000 --user 1000:1000 --cap-drop ALL
  --security-opt no-new-privileges)

# 4. Scripted console call
say "scripted console call in the image"
docker run --rm --network none "${restricted[@]}" -v "$root/scripts/ci/smoke-call.txt:/smoke-call.txt:ro" "$IMAGE" \
  node bin/switchboard.js console --script /smoke-call.txt --events - >"$work/events.jsonl" 2>"$work/console.log" || {
  tail -20 "$work/console.log"
  echo "docker image: the scripted call failed in the image" >&2
  exit 1
}
node -e '
  const events = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const end = events.find((e) => e.type === "session_end");
  const handoffs = events.filter((e) => e.type === "agent_handoff").map((e) => e.to);
  const errors = events.filter((e) => e.type === "error");
  if (!end || handoffs.length === 0 || errors.length > 0) {
    console.error(`docker image: smoke call incomplete: session_end=${!!end} handoffs=${handoffs} errors=${JSON.stringify(errors)}`);
    process.exit(1);
  }
  console.log(`  call: ${events.length} events, path ${handoffs.join(" → ")}, outcome ${end.outcome}`);
' "$work/events.jsonl"

# 5. The worker: health server, probes, SIGTERM
say "worker in the image (LiveKit unreachable)"
worker=$(docker run -d --network none "${restricted[@]}" \
  -e LIVEKIT_URL=ws://127.0.0.1:9 -e LIVEKIT_API_KEY=ci -e LIVEKIT_API_SECRET=ci-secret \
  -e HEALTH_HOST=0.0.0.0 -e HEALTH_PORT=8081 -e METRICS_HOST=0.0.0.0 -e NUM_IDLE_PROCESSES=0 "$IMAGE")
probe() {
  docker exec "$worker" node -e '
    fetch(`http://127.0.0.1:${process.argv[1]}${process.argv[2]}`).then(
      async (r) => { console.log(r.status, (await r.text()).slice(0, 60).replace(/\n/g, " ")); },
      () => { console.log("down"); });' "$1" "$2" 2>/dev/null || echo "down"
}
live=down
# The health server starts after the framework's inference process has loaded (see deployment.yaml).
for _ in $(seq 1 180); do
  live=$(probe 8081 /worker)
  [ "${live%% *}" = 200 ] && break
  sleep 1
done
ready=$(probe 8081 /)
metrics=$(probe 9464 /metrics)
echo "  liveness  GET /worker → $live"
echo "  readiness GET /       → $ready"
echo "  metrics   GET /metrics → ${metrics%% *}"
if [ "${live%% *}" != 200 ] || [ "${ready%% *}" != 503 ] || [ "${metrics%% *}" != 200 ]; then
  docker logs "$worker" 2>&1 | tail -20
  echo "docker image: the worker's endpoints did not answer as the probes expect" >&2
  exit 1
fi
# Let the framework's job and inference processes finish starting: a process still starting when
# SIGTERM lands is joined with the framework's own 60 s shutdown-ack limit, so wait past that.
sleep 10
docker kill --signal TERM "$worker" >/dev/null
code=$(timeout 150 docker wait "$worker" || echo timeout)
echo "  SIGTERM → exit $code"
[ "$code" = 143 ] || {
  docker logs "$worker" 2>&1 | tail -20
  echo "docker image: the worker did not drain and exit 143 on SIGTERM" >&2
  exit 1
}
say "docker image: built on $BASE, smoke call, probes and SIGTERM verified"
