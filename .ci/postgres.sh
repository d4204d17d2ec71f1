#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the test suite and print its URL on stdout.
# Installs Debian's postgresql when missing. Data lives in a fresh folder; the server listens on
# 127.0.0.1 only. Usage: url=$(bash .ci/postgres.sh)
set -euo pipefail
port=${SALESDESK_PG_PORT:-54329}
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
"${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U salesdesk salesdesk_test >&2
echo "postgresql://salesdesk@127.0.0.1:$port/salesdesk_test"
