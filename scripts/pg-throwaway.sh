#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests and CI.
#
#   scripts/pg-throwaway.sh start   # init + start, create database "app", print its URL
#   scripts/pg-throwaway.sh url     # print the URL
#   scripts/pg-throwaway.sh stop    # stop and delete the cluster
#   scripts/pg-throwaway.sh resume  # start it again on its existing data (after a crash; the fault tests)
#
# PG_PORT (default 55432) picks the port; PG_THROWAWAY_DIR (default ${TMPDIR:-/tmp}/cited-pg) the folder.
# PostgreSQL refuses to run as root, so the server runs as the `postgres` user through runuser;
# that needs root. The folder lives under the system temp dir because `postgres` must be able to
# traverse every parent (root's home is not traversable).
set -euo pipefail

PORT="${PG_PORT:-55432}"
DIR="${PG_THROWAWAY_DIR:-${TMPDIR:-/tmp}/cited-pg}"
URL="postgres://postgres@127.0.0.1:${PORT}/app"

die() { echo "pg-throwaway: $*" >&2; exit 1; }
log() { echo "pg-throwaway: $*" >&2; }

find_bin() {
  # Newest installed major first; Debian puts each major in its own folder.
  local candidate
  candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -n | tail -n 1 || true)"
  if [[ -n "$candidate" && -x "$candidate/initdb" ]]; then echo "$candidate"; fi
}

require_root() {
  if [[ "$(id -u)" -ne 0 ]]; then
    die "must run as root (it runs the server as the 'postgres' user with runuser). Try: sudo bash $0 $1 — or point DATABASE_URL at a PostgreSQL you already have."
  fi
}

ensure_installed() {
  if [[ -z "$(find_bin)" ]] || ! id postgres >/dev/null 2>&1; then
    command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is unavailable; install PostgreSQL 15+ yourself."
    log "installing PostgreSQL with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  [[ -n "$(find_bin)" ]] || die "no /usr/lib/postgresql/*/bin/initdb after install"
}

as_postgres() { runuser -u postgres -- "$@"; }

is_running() {
  local bin="$1"
  [[ -f "$DIR/data/postmaster.pid" ]] && as_postgres "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

start() {
  require_root start
  ensure_installed
  local bin; bin="$(find_bin)"
  if is_running "$bin"; then
    log "already running in $DIR"
    echo "$URL"
    return
  fi
  # A stale folder (crash, reboot) is thrown away: this cluster holds nothing worth keeping.
  rm -rf "$DIR"
  mkdir -p "$DIR"
  chown postgres:postgres "$DIR"
  chmod 700 "$DIR"
  as_postgres "$bin/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  # -k DIR: /var/run/postgresql may not exist, and the socket must go somewhere postgres can write.
  as_postgres "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR" start >&2 \
    || { cat "$DIR/log" >&2 || true; die "pg_ctl start failed (is port $PORT in use? set PG_PORT)"; }
  # One statement per -c: CREATE DATABASE refuses to run inside a transaction block.
  "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE DATABASE app" >&2
  log "PostgreSQL $("$bin/postgres" --version | sed "s/^postgres (PostgreSQL) //") ready on 127.0.0.1:$PORT (data in $DIR)"
  echo "$URL"
}

# pg_ctl status says "running" for a killed postmaster that is not reaped yet (a zombie): look at its state.
postmaster_alive() {
  local pid state
  pid="$(head -n 1 "$DIR/data/postmaster.pid" 2>/dev/null || true)"
  [[ -n "$pid" && -r "/proc/$pid/stat" ]] || return 1
  state="$(sed 's/^.*) //' "/proc/$pid/stat" | cut -d' ' -f1)"
  [[ "$state" != "Z" && "$state" != "X" ]]
}

# Unlike start, never wipes: the fault tests kill -9 the postmaster and need the same data back.
resume() {
  require_root resume
  local bin; bin="$(find_bin)"
  [[ -n "$bin" && -d "$DIR/data" ]] || die "no cluster in $DIR to resume (use start)"
  if postmaster_alive; then log "already running in $DIR"; echo "$URL"; return; fi
  # Backends of a killed postmaster may hold its shared memory for a moment: try again until they are gone.
  local tries=0
  until as_postgres "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR" start >&2; do
    tries=$((tries + 1))
    [[ $tries -lt 30 ]] || { tail -n 20 "$DIR/log" >&2 || true; die "pg_ctl start failed $tries times"; }
    sleep 0.5
  done
  echo "$URL"
}

stop() {
  require_root stop
  local bin; bin="$(find_bin)"
  if [[ -n "$bin" && -f "$DIR/data/postmaster.pid" ]]; then
    as_postgres "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || log "pg_ctl stop failed; removing the folder anyway"
  fi
  rm -rf "$DIR"
  log "stopped and removed $DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  resume) resume ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|resume|url" >&2; exit 2 ;;
esac
