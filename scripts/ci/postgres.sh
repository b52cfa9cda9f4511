#!/usr/bin/env bash
# Throwaway PostgreSQL for the test suite and CI.
#
#   export TEST_DATABASE_URL="$(scripts/ci/postgres.sh start)"   # prints the URL on stdout
#   scripts/ci/postgres.sh status                                # prints it again if running
#   scripts/ci/postgres.sh stop                                  # stops and deletes the cluster
#
# Installs PostgreSQL with apt-get if it is missing (needs root), creates a fresh cluster in
# $SWITCHBOARD_PG_DIR (default /tmp/switchboard-ci-postgres), listening on 127.0.0.1 only on a
# free port, with a random password, and creates the database $SWITCHBOARD_PG_DB
# (default switchboard_test). Postgres refuses to run as root, so as root the cluster runs as the
# `postgres` user. Progress goes to stderr; stdout carries only the URL.
set -euo pipefail

STATE_DIR="${SWITCHBOARD_PG_DIR:-${TMPDIR:-/tmp}/switchboard-ci-postgres}"
DB_NAME="${SWITCHBOARD_PG_DB:-switchboard_test}"
DATA_DIR="$STATE_DIR/data"
SOCK_DIR="$STATE_DIR/sock"

log() { echo "postgres.sh: $*" >&2; }
die() { log "$*"; exit 1; }

bin_dir() {
  local candidate
  if command -v pg_ctl >/dev/null 2>&1; then
    candidate="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
    if [ -x "$candidate/initdb" ]; then echo "$candidate"; return 0; fi
  fi
  # Debian keeps the server binaries off PATH.
  candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then echo "$candidate"; return 0; fi
  return 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# Run a server binary as the cluster owner.
as_owner() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

install_if_missing() {
  if bin_dir >/dev/null; then return 0; fi
  is_root || die "PostgreSQL is not installed and installing it needs root. Run: sudo apt-get update && sudo apt-get install -y postgresql"
  log "PostgreSQL not found: installing it with apt-get (this takes a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin_dir >/dev/null || die "apt-get finished but initdb is still missing; check the apt output above."
}

free_port() {
  node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();})"
}

running() {
  [ -f "$STATE_DIR/url" ] && [ -f "$DATA_DIR/postmaster.pid" ] && as_owner "$(bin_dir)/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1
}

start() {
  if running; then
    log "already running"
    cat "$STATE_DIR/url"
    return 0
  fi
  install_if_missing
  local bin password port url attempt
  bin="$(bin_dir)"
  if [ -d "$STATE_DIR" ]; then
    log "removing a stale cluster in $STATE_DIR"
    as_owner "$bin/pg_ctl" -D "$DATA_DIR" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$STATE_DIR"
  fi
  mkdir -p "$SOCK_DIR"
  chmod 700 "$STATE_DIR"
  if is_root; then
    id postgres >/dev/null 2>&1 || die "the postgres user does not exist; reinstall the postgresql package."
    chown -R postgres: "$STATE_DIR"
  fi
  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$password" >"$STATE_DIR/pwfile"
  if is_root; then chown postgres: "$STATE_DIR/pwfile"; fi
  chmod 600 "$STATE_DIR/pwfile"

  log "initialising a cluster in $DATA_DIR"
  as_owner "$bin/initdb" -D "$DATA_DIR" -U postgres --pwfile="$STATE_DIR/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale --no-instructions >&2
  rm -f "$STATE_DIR/pwfile"

  # A free port can be taken between the check and the bind: try a few.
  for attempt in 1 2 3; do
    port="$(free_port)"
    # fsync off: a throwaway test cluster trades crash safety of the server for speed.
    if as_owner "$bin/pg_ctl" -D "$DATA_DIR" -l "$STATE_DIR/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $SOCK_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >&2; then
      break
    fi
    log "start on port $port failed (attempt $attempt); see $STATE_DIR/postgres.log"
    port=""
  done
  [ -n "$port" ] || die "could not start PostgreSQL; see $STATE_DIR/postgres.log"

  as_owner "$bin/createdb" -h "$SOCK_DIR" -p "$port" -U postgres "$DB_NAME"
  url="postgres://postgres:${password}@127.0.0.1:${port}/${DB_NAME}"
  printf '%s\n' "$url" >"$STATE_DIR/url"
  chmod 600 "$STATE_DIR/url"
  log "ready on 127.0.0.1:$port (database $DB_NAME)"
  printf '%s\n' "$url"
}

stop() {
  if [ ! -d "$STATE_DIR" ]; then
    log "nothing to stop ($STATE_DIR does not exist)"
    return 0
  fi
  local bin
  if bin="$(bin_dir)" && [ -f "$DATA_DIR/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$DATA_DIR" -m fast -w -t 30 stop >&2 || as_owner "$bin/pg_ctl" -D "$DATA_DIR" -m immediate stop >&2 || true
  fi
  rm -rf "$STATE_DIR"
  log "stopped and removed $STATE_DIR"
}

status() {
  if running; then
    cat "$STATE_DIR/url"
  else
    log "not running"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
