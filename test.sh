#!/usr/bin/env bash
# Runs Breakcard's whole test suite. Works on a fresh Debian machine that has only the .NET SDK:
# it installs what the tests need (PostgreSQL, Chromium) when missing, starts a throwaway
# PostgreSQL on a free loopback port, runs every test project, and removes the server afterwards.
#
#   ./test.sh                 # everything
#   ./test.sh --filter-class 'Breakcard.Core.Tests.*'   # extra arguments go to `dotnet test`
#
# Environment it sets for the tests (documented in docs/contributing.md, "Tests"):
#   BREAKCARD_TEST_POSTGRES   Npgsql connection string of the throwaway server
#   BREAKCARD_TEST_CHROMIUM   path of the Chromium executable for browser tests
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\033[1m[test.sh]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root (or sudo) to run: $*"; return 1; fi
}

apt_updated=0
ensure_package() { # ensure_package <command-to-probe> <debian packages...>
  local probe=$1; shift
  if [ -n "$probe" ] && [ -e "$probe" ]; then return 0; fi
  if ! dpkg -s "$@" >/dev/null 2>&1; then
    if [ $apt_updated -eq 0 ]; then log "apt-get update"; as_root apt-get update -qq; apt_updated=1; fi
    log "installing $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  fi
}

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  return 1
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

start_postgres() {
  ensure_package "" postgresql
  local bin; bin=$(pg_bindir) || { log "PostgreSQL binaries not found"; exit 1; }
  PG_DIR=$(mktemp -d /tmp/breakcard-pg.XXXXXX)
  PG_PORT=$(free_port)
  local run=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; run=(runuser -u postgres --); fi
  "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log"; exit 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$PG_DIR/server.log"; exit 1; }
  PG_RUN=("${run[@]}"); PG_BIN=$bin
  export BREAKCARD_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Timeout=30"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

ensure_chromium() {
  ensure_package /usr/bin/chromium chromium fonts-noto-cjk
  export BREAKCARD_TEST_CHROMIUM=/usr/bin/chromium
}

trap stop_postgres EXIT
start_postgres
ensure_chromium

log "dotnet test (Release)"
# The output is kept and, on failure, each failed test's first lines are printed again at the end: CI
# shows only the output's tail, where the summary says how many failed but not which.
TEST_LOG=$(mktemp /tmp/breakcard-test.XXXXXX.log)
set +e
dotnet test --solution Breakcard.slnx -c Release "$@" 2>&1 | tee "$TEST_LOG"
rc=${PIPESTATUS[0]}
set -e
# `dotnet test` sent SIGTERM stops its test hosts and exits 0 without a summary (seen 2026-11-24): a run
# that printed no summary did not pass.
if [ "$rc" -eq 0 ] && ! sed 's/\x1b\[[0-9;]*m//g' "$TEST_LOG" | grep -Eq '^[[:space:]]*total: [0-9]+'; then
  log "dotnet test exited 0 but printed no summary (interrupted?): counted as a failure"
  rc=1
fi
if [ "$rc" -ne 0 ]; then
  log "failed tests (repeated from above; first lines of each):"
  sed 's/\x1b\[[0-9;]*m//g' "$TEST_LOG" | awk '/^failed /{n=30; print "--"} /^(Running tests from|\/)/{n=0} n>0 && !/^[[:space:]]*\{"EventId"/{print; n--}' | head -n 400
fi
rm -f "$TEST_LOG"
exit "$rc"
