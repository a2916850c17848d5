#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `scripts/postgres.sh start` installs Debian's
# PostgreSQL when it is missing, starts a cluster as the postgres user on 127.0.0.1:$PGPORT with
# a fresh database, and prints its DATABASE_URL; `scripts/postgres.sh stop` stops and removes it.
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/switchboard-pg-$PGPORT}"
DB_NAME="${PG_DB_NAME:-switchboard_test}"

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -z "$(bin_dir)" ]; then
      echo "› Installing Debian's PostgreSQL…" >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    BIN="$(bin_dir)"
    if [ -f "$PGDATA_DIR/postmaster.pid" ]; then as_postgres "$BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate stop >&2 || true; fi
    rm -rf "$PGDATA_DIR" && mkdir -p "$PGDATA_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
    as_postgres "$BIN/initdb" -D "$PGDATA_DIR" --auth=trust --username=postgres --encoding=UTF8 --no-locale >/dev/null
    as_postgres "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA_DIR -c fsync=off -c max_connections=200" start >&2
    as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "$DB_NAME"
    echo "postgres://postgres@127.0.0.1:$PGPORT/$DB_NAME"
    ;;
  stop)
    BIN="$(bin_dir)"
    [ -n "$BIN" ] && [ -f "$PGDATA_DIR/postmaster.pid" ] && as_postgres "$BIN/pg_ctl" -D "$PGDATA_DIR" -m fast stop >&2 || true
    rm -rf "$PGDATA_DIR"
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
