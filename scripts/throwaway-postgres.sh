#!/usr/bin/env bash
# Sourced by test.sh and bench scripts: installs PostgreSQL from Debian's packages if missing, and
# starts a cluster of its own in a temporary folder on a free port, stopped and removed on exit.
# Afterwards PGPORT and PGROOT are set and the server listens on 127.0.0.1 for user "hallbar".
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ]; then
  echo "test.sh: installing PostgreSQL from Debian's packages" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG="$(pg_bin)"

# A cluster of our own in a temporary folder, on a free port, gone when the tests are done.
PGROOT="$(mktemp -d /tmp/hallbar-pg.XXXXXX)"
for PGPORT in $(shuf -i 20000-60000 -n 50); do (echo > "/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null || break; done
# initdb refuses to run as root; the package's postgres user owns the cluster then.
if [ "$(id -u)" = 0 ]; then run_pg() { (cd / && runuser -u postgres -- "$@"); }; chown postgres "$PGROOT"; else run_pg() { "$@"; }; fi
stop_pg() { run_pg "$PG/pg_ctl" -D "$PGROOT/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGROOT"; }
trap stop_pg EXIT

run_pg "$PG/initdb" -D "$PGROOT/data" -U hallbar --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PG/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
  -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
