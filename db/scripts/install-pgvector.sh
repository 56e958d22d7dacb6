#!/usr/bin/env bash
# Ensures PostgreSQL $PG_MAJOR (default 15), its server headers, build tools and the pgvector extension.
# pgvector has no bookworm package, so it is built from the Debian trixie *source* package.
# Idempotent: does nothing when all is there. Needs root (or sudo) for apt-get and make install.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PG_MAJOR=${PG_MAJOR:-15}
PG_CONFIG=/usr/lib/postgresql/$PG_MAJOR/bin/pg_config
say() { echo "[install-pgvector] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }
work=$(mktemp -d /tmp/cairn-pgvector-XXXXXX)
trap 'rm -rf "$work"' EXIT
quiet() { "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; die "failed: $*"; }; }  # output only on failure

# 1. PostgreSQL server, server headers (PGXS) and a compiler.
if command -v apt-get >/dev/null; then
  missing=()
  for p in "postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR" build-essential dpkg-dev; do
    installed "$p" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    quiet as_root apt-get update
    quiet as_root apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi
[ -x "$PG_CONFIG" ] || die "$PG_CONFIG not found: install PostgreSQL $PG_MAJOR and its server dev files"
ext_dir="$("$PG_CONFIG" --sharedir)/extension"
if [ -f "$ext_dir/vector.control" ]; then
  say "pgvector $(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$ext_dir/vector.control") already installed for PostgreSQL $PG_MAJOR"
  exit 0
fi
command -v apt-get >/dev/null || die "pgvector missing and no apt-get: build it from https://github.com/pgvector/pgvector"

# 2. A binary package, where the machine's own apt sources have one (PGDG, Ubuntu >= 24.04, Debian >= 13).
if apt-cache policy "postgresql-$PG_MAJOR-pgvector" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  say "apt-get install postgresql-$PG_MAJOR-pgvector"
  quiet as_root apt-get install -y "postgresql-$PG_MAJOR-pgvector"
  exit 0
fi

# 3. Build from the trixie source package. The deb-src line goes into a private apt configuration
#    (own sources file and lists dir, no package cache) used only by the two apt-get calls below, so the
#    system's apt never sees trixie: a later apt-get install cannot pick a trixie binary (no pin needed)
#    and later apt-get update runs don't download the trixie index.
mirror=${DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then  # the first Debian archive URI (.../debian or a snapshot of it) in the apt sources
  mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | sed -e 's/#.*//' -e 's/\[[^]]*\]//' | grep -E '^ *(deb|deb-src|URIs:) ' \
    | grep -oE '[a-z+]+://[^ ]+' | grep -E '/debian(/[0-9]{8}T[0-9]{6}Z)?/?$' | head -n1 || true)
  mirror=${mirror:-http://deb.debian.org/debian}
fi
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
if [ ! -f "$keyring" ]; then  # e.g. on Ubuntu, to check Debian's signature on trixie
  say "apt-get install debian-archive-keyring"
  quiet as_root apt-get install -y debian-archive-keyring
fi
mkdir -p "$work/lists/partial" "$work/src"
{
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' "$mirror" "$keyring"
  case $mirror in *snapshot*) echo "Check-Valid-Until: no" ;; esac  # snapshot Release files are expired
} >"$work/trixie-src.sources"
chmod 755 "$work"
chown -R _apt "$work/lists" "$work/src" 2>/dev/null || true  # apt downloads as user _apt
apt_trixie=(-o "Dir::Etc::SourceList=$work/trixie-src.sources" -o Dir::Etc::SourceParts=/dev/null
            -o "Dir::State::Lists=$work/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=)
say "apt-get source pgvector (from $mirror trixie)"
quiet apt-get "${apt_trixie[@]}" update
(cd "$work/src" && quiet apt-get "${apt_trixie[@]}" source pgvector)  # source only, never a binary
src=$(ls -d "$work"/src/pgvector-*/)
say "building $(basename "$src") against PostgreSQL $PG_MAJOR"
quiet make -C "$src" -j"$(nproc)" PG_CONFIG="$PG_CONFIG"
quiet as_root make -C "$src" install PG_CONFIG="$PG_CONFIG"
[ -f "$ext_dir/vector.control" ] || die "make install did not produce $ext_dir/vector.control"
say "pgvector installed into $("$PG_CONFIG" --pkglibdir)"
