#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster with pgvector for local tests: 127.0.0.1 only, a free port in
# 54000-54999, trust auth, fsync off. Creates database and user "cairn" (password "cairn").
# Usage: start-postgres.sh [DATA_DIR]      (default: a new /tmp/cairn-pg-XXXXXX; stop with stop-postgres.sh)
# Progress goes to stderr; stdout gets one line, the JDBC URL. State: DATA_DIR/cairn.env, copied to db/.pg-state.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state_file=$(dirname "$here")/.pg-state
PG_MAJOR=${PG_MAJOR:-15}
PGBIN=/usr/lib/postgresql/$PG_MAJOR/bin
say() { echo "[start-postgres] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
# initdb and pg_ctl refuse to run as root, so root runs them as the postgres user.
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
port_free() { ! timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

"$here/install-pgvector.sh"

dir=${1:-$(mktemp -d /tmp/cairn-pg-XXXXXX)}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [ -f "$dir/cairn.env" ] && as_pg "$PGBIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  say "already running ($dir)"
  sed -n "s/^CAIRN_TEST_JDBC_URL='\(.*\)'$/\1/p" "$dir/cairn.env"
  exit 0
fi

if [ ! -f "$dir/PG_VERSION" ]; then
  [ -z "$(ls -A "$dir")" ] || die "$dir is neither empty nor a PostgreSQL data dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  as_pg test -w "$dir" || die "user postgres cannot write $dir (is a parent dir private?)"
  say "initdb $dir"
  out=$(as_pg "$PGBIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C --no-sync 2>&1) \
    || { echo "$out" >&2; die "initdb failed"; }
  echo "include_if_exists = 'cairn.conf'" >>"$dir/postgresql.conf"
fi

# Another process may grab the port between the probe and the bind: then try another one.
for attempt in 1 2 3 4 5 6 7 8; do
  port=$((54000 + RANDOM % 1000))
  port_free "$port" || continue
  cat >"$dir/cairn.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
  say "starting PostgreSQL $PG_MAJOR on 127.0.0.1:$port"
  if as_pg "$PGBIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null; then break; fi
  grep -qE 'could not bind|already in use' "$dir/server.log" || { tail -n 20 "$dir/server.log" >&2; die "postgres did not start"; }
  [ "$attempt" -lt 8 ] || die "no free port found"
done

# cairn is superuser here, as POSTGRES_USER is in docker-compose: tests may create databases and extensions.
psql=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
"${psql[@]}" -d postgres >/dev/null <<'SQL'
SELECT 'CREATE ROLE cairn LOGIN SUPERUSER PASSWORD ''cairn''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cairn')\gexec
SELECT 'CREATE DATABASE cairn OWNER cairn' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'cairn')\gexec
SQL
version=$("${psql[@]}" -d cairn -At -c 'CREATE EXTENSION IF NOT EXISTS vector' \
  -c "SELECT extversion FROM pg_extension WHERE extname = 'vector'")
say "database cairn ready, pgvector $version"

url="jdbc:postgresql://127.0.0.1:$port/cairn?user=cairn&password=cairn"
cat >"$dir/cairn.env" <<ENV
CAIRN_PG_DATA='$dir'
CAIRN_PG_PORT='$port'
CAIRN_PG_PID='$(head -n1 "$dir/postmaster.pid")'
CAIRN_TEST_JDBC_URL='$url'
ENV
cp "$dir/cairn.env" "$state_file"
echo "$url"
