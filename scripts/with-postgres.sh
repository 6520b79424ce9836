#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 (Debian's postgresql package), runs the given
# command with DATABASE_URL pointing at it, then stops and removes the server.
set -euo pipefail
port="${PGPORT_TEST:-5439}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/helemaal-pg.XXXXXX)
chown postgres "$dir"
run_as_postgres() { su postgres -s /bin/bash -c "$*"; }
run_as_postgres "$bin/initdb -D $dir/data -A trust -U postgres --no-sync -E UTF8" >/dev/null
trap 'run_as_postgres "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null || true; rm -rf "$dir"' EXIT
run_as_postgres "$bin/pg_ctl -D $dir/data -o '-k $dir -h 127.0.0.1 -p $port -c fsync=off' -l $dir/log -w start" >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" "$@"
