#!/usr/bin/env bash
# Starts a disposable PostgreSQL server on 127.0.0.1 for the test suite and prints the
# export line for its URL:   eval "$(scripts/test-postgres.sh start)"   ...   scripts/test-postgres.sh stop
# Installs Debian's postgresql package when no server binaries are present.
set -euo pipefail
PORT="${CLAIMTRAIL_TEST_PG_PORT:-54329}"
DATA="${CLAIMTRAIL_TEST_PG_DIR:-/tmp/claimtrail-test-pg}"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ]; then
    echo "installing postgresql (Debian package)" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$dir"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-start}" in
  start)
    bin=$(pg_bin)
    url="postgresql+psycopg://postgres@127.0.0.1:$PORT/claimtrail_test"
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
      # A server already answers there: reuse it, never wipe the data under a running one.
      echo "reusing the PostgreSQL server already running on port $PORT" >&2
      echo "export CLAIMTRAIL_TEST_POSTGRES_URL=$url"
      exit 0
    fi
    rm -rf "$DATA" && mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA"
    as_postgres "$bin/initdb -D $DATA -U postgres -A trust >/dev/null"
    as_postgres "$bin/pg_ctl -D $DATA -l $DATA/server.log -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -k $DATA\" start >/dev/null"
    as_postgres "$bin/createdb -h 127.0.0.1 -p $PORT -U postgres claimtrail_test"
    echo "export CLAIMTRAIL_TEST_POSTGRES_URL=$url"
    ;;
  stop)
    bin=$(pg_bin)
    as_postgres "$bin/pg_ctl -D $DATA -m fast stop >/dev/null" || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
