#!/usr/bin/env bash
# Stops a cluster started by start-postgres.sh and deletes its data dir. Safe to call twice.
# Usage: stop-postgres.sh [DATA_DIR]      (default: the cluster recorded in db/.pg-state)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state_file=$(dirname "$here")/.pg-state
say() { echo "[stop-postgres] $*" >&2; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
state_dir() { sed -n "s/^CAIRN_PG_DATA='\(.*\)'$/\1/p" "$1"; }

dir=${1:-}
if [ -z "$dir" ]; then
  [ -f "$state_file" ] || { say "nothing to stop (no $state_file)"; exit 0; }
  dir=$(state_dir "$state_file")
fi
dir=${dir%/}
if [ -d "$dir" ]; then
  dir=$(cd "$dir" && pwd)
  # Never delete a directory that is not a cluster of ours.
  if [ ! -f "$dir/PG_VERSION" ] && [ ! -f "$dir/cairn.env" ] && [ -n "$(ls -A "$dir")" ]; then
    say "ERROR: $dir is not a PostgreSQL data dir; not deleting it"; exit 1
  fi
  if [ -f "$dir/postmaster.pid" ]; then
    pg_ctl=/usr/lib/postgresql/$(cat "$dir/PG_VERSION" 2>/dev/null || echo 15)/bin/pg_ctl
    say "stopping PostgreSQL in $dir"
    # immediate: the data is thrown away anyway; kill if pg_ctl cannot stop it.
    as_pg "$pg_ctl" -D "$dir" -m immediate -w -t 30 stop >/dev/null 2>&1 \
      || kill -KILL "$(head -n1 "$dir/postmaster.pid")" 2>/dev/null || true
  fi
  rm -rf "$dir"
  say "removed $dir"
else
  say "nothing to stop ($dir does not exist)"
fi
if [ -f "$state_file" ] && [ "$(state_dir "$state_file")" = "$dir" ]; then rm -f "$state_file"; fi
