#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages if needed, starts a throwaway cluster on
# 127.0.0.1, and prints the URL the store suite should use. Idempotent.
set -euo pipefail
PORT=${GAINSBOT_PG_PORT:-54329}
DATA=${GAINSBOT_PG_DATA:-/tmp/gainsbot-pg}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

# initdb and postgres refuse to run as root: run them as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  rm -rf "$DATA"
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  as_pg "'$BIN/initdb' -D '$DATA' -U postgres --auth=trust -E UTF8 >/dev/null"
  as_pg "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/log' -w -o \"-h 127.0.0.1 -p $PORT -k '$DATA'\" start >/dev/null"
fi
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'gainsbot_test'" | grep -q 1 \
  || "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE gainsbot_test" >&2
echo "postgres://postgres@127.0.0.1:$PORT/gainsbot_test"
