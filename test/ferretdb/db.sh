#!/usr/bin/env bash
# Starts or stops the FerretDB 1.24.2 server the tests run against here (see README "Development").
# Usage: db.sh start|stop|status. Builds test/ferretdb/bin/ferretdb on first use (Go module proxy).
# FERRETDB_PORT (27018), FERRETDB_HANDLER (sqlite | postgresql), FERRETDB_POSTGRESQL_URL, FERRETDB_STATE_DIR (.data).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port="${FERRETDB_PORT:-27018}"
# Each port has its own data, pid and log files, so a second server (the chaos test's) can run beside the first.
state="${FERRETDB_STATE_DIR:-$root/.data}"
data="$state/ferretdb-$port"
bin="$here/bin/ferretdb"
pidfile="$state/ferretdb-$port.pid"
logfile="$state/ferretdb-$port.log"
handler="${FERRETDB_HANDLER:-sqlite}"
pg_url="${FERRETDB_POSTGRESQL_URL:-postgres://127.0.0.1:5432/ferretdb}"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
answering() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

build() {
  if [ ! -x "$bin" ] || [ "$here/main.go" -nt "$bin" ] || [ "$here/go.sum" -nt "$bin" ]; then
    echo "building FerretDB (first run takes a minute or two)..." >&2
    (cd "$here" && GOTOOLCHAIN=local GOFLAGS=-buildvcs=false go build -o "$bin" .)
  fi
}

start() {
  if running; then echo "FerretDB already running (pid $(cat "$pidfile")) on 127.0.0.1:$port" >&2; return 0; fi
  if answering; then echo "port $port is taken by another process; set FERRETDB_PORT" >&2; return 1; fi
  build
  mkdir -p "$data" "$state"
  # Its own session: Ctrl-C on the terminal that ran `npm run db:start` (or a later `npm start`) does not reach it.
  # The shell writes its own pid, then becomes FerretDB (exec keeps the pid).
  rm -f "$pidfile"
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pidfile" \
    "$bin" -listen "127.0.0.1:$port" -handler "$handler" -sqlite-url "file:$data/" -postgresql-url "$pg_url" \
    -log-level error </dev/null >>"$logfile" 2>&1 &
  for _ in $(seq 1 50); do [ -s "$pidfile" ] && break; sleep 0.1; done
  for _ in $(seq 1 100); do
    if answering; then
      echo "FerretDB 1.24.2 ($handler) listening: MONGODB_URI=mongodb://127.0.0.1:$port/whosaid" >&2
      return 0
    fi
    running || { echo "FerretDB exited at start; see $logfile" >&2; tail -n 20 "$logfile" >&2; return 1; }
    sleep 0.1
  done
  echo "FerretDB did not answer on port $port within 10 s; see $logfile" >&2
  return 1
}

stop() {
  if ! running; then rm -f "$pidfile"; echo "FerretDB not running" >&2; return 0; fi
  local pid; pid=$(cat "$pidfile")
  kill -TERM "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$pidfile"
  echo "FerretDB stopped" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$pidfile")) on 127.0.0.1:$port"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
