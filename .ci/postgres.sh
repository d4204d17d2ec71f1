#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the test suite and print its URL on stdout.
# Installs Debian's postgresql when missing. Data lives in a fresh folder; the server listens on
# 127.0.0.1 only. Usage: url=$(bash .ci/postgres.sh); `bash .ci/postgres.sh --stop` stops the
# server this script last started on the port (a server left from an earlier run is stopped first).
set -euo pipefail
port=${SALESDESK_PG_PORT:-54329}
record="${TMPDIR:-/tmp}/salesdesk-pg-$port.dir"
stop() {
  [ -f "$record" ] || return 0
  local old bin_dir
  old=$(cat "$record")
  bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$bin_dir" ] && [ -f "$old/db/postmaster.pid" ]; then
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin_dir/pg_ctl" -D "$old/db" -m fast stop >&2 || true
    else "$bin_dir/pg_ctl" -D "$old/db" -m fast stop >&2 || true; fi
  fi
  rm -rf "$old" "$record"
}
if [ "${1:-}" = "--stop" ]; then stop; exit 0; fi
stop
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get install -y -q postgresql || { apt-get update -q && apt-get install -y -q postgresql; }) >&2
  else
    (sudo apt-get install -y -q postgresql || { sudo apt-get update -q && sudo apt-get install -y -q postgresql; }) >&2
  fi
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data=$(mktemp -d /tmp/salesdesk-pg.XXXXXX)
run=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$data"
  run=(runuser -u postgres --)
fi
"${run[@]}" "$bin/initdb" -D "$data/db" -U salesdesk --auth=trust -E UTF8 --locale=C.UTF-8 >&2
"${run[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >&2
echo "$data" > "$record"
"${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U salesdesk salesdesk_test >&2
echo "postgresql://salesdesk@127.0.0.1:$port/salesdesk_test"
