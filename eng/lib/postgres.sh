#!/usr/bin/env bash
# Local PostgreSQL clusters for eng/run.sh and eng/test.sh. Source this file; it defines:
#
#   pg_find_bindir              sets PG_BINDIR to the newest /usr/lib/postgresql/*/bin holding
#                               initdb, installing the `postgresql` package when there is none
#   pg_local_start DATADIR PORT [ephemeral]
#                               initializes DATADIR when empty (superuser postgres/postgres),
#                               then starts it on 127.0.0.1:PORT; "ephemeral" trades durability
#                               for speed (fsync off: throwaway test clusters only). Sets
#                               PG_LOCAL_STARTED=1 when this call started the server, 0 when it
#                               was already running (then the caller should not stop it)
#   pg_local_stop DATADIR       stops the server on DATADIR if it runs
#   pg_local_wait PORT [SECS]   waits until 127.0.0.1:PORT accepts connections
#   pg_local_psql PORT DB ARGS… runs psql as postgres on 127.0.0.1:PORT
#   pg_local_createdb PORT DB   creates database DB unless it exists
#   pg_make_tempdir             prints a new folder under /tmp usable for a throwaway cluster
#   pg_reachable_datadir DATADIR CHECKOUT
#                               prints DATADIR when the cluster's account can reach it, otherwise
#                               a folder of its own under /var/lib/migrationportal named after
#                               the CHECKOUT folder (the same one every time for that checkout)
#   pg_free_port START          prints the first port >= START nobody listens on
#   eng_apt_install PKG…        installs Debian packages non-interactively (also used by
#                               eng/test.sh for Chromium)
#
# The server refuses to run as root (docs/design/architecture.md, trap 12): as root, initdb and pg_ctl run
# as the `postgres` account through runuser and the data folder is handed to that account; as
# any other user they run as that user. Authentication: trust on the cluster's own Unix socket,
# scram-sha-256 (password "postgres") over TCP, which listens on 127.0.0.1 only.

PG_LOCAL_SUPERUSER=postgres
PG_LOCAL_PASSWORD=postgres
PG_LOCAL_OS_USER=postgres

_pg_log() { printf '[postgres] %s\n' "$*" >&2; }
_pg_die() { printf '[postgres] error: %s\n' "$*" >&2; return 1; }

_pg_is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as the account that owns the clusters, from / so that a repository folder
# the account cannot read does not trouble it.
_pg_run() {
  if _pg_is_root; then
    (cd / && runuser -u "$PG_LOCAL_OS_USER" -- "$@")
  else
    (cd / && "$@")
  fi
}

eng_apt_install() {
  local runner=()
  [ "$#" -gt 0 ] || return 0
  if ! _pg_is_root; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      runner=(sudo -n)
    else
      printf '[apt] error: cannot install %s: not root and no password-less sudo; install it by hand\n' "$*" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    printf '[apt] error: no apt-get; install %s by hand\n' "$*" >&2
    return 1
  fi
  printf '[apt] installing %s\n' "$*" >&2
  local log rc=0
  log=$(mktemp)
  { "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"; } >"$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    tail -n 30 "$log" >&2
    printf '[apt] error: installing %s failed (exit %s)\n' "$*" "$rc" >&2
  fi
  rm -f "$log"
  return "$rc"
}

_pg_newest_bindir() {
  local dir best='' best_version=-1 version
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] || continue
    version=${dir#/usr/lib/postgresql/}
    version=${version%%/*}
    version=${version%%.*}
    [[ $version =~ ^[0-9]+$ ]] || continue
    if [ "$version" -gt "$best_version" ]; then
      best_version=$version
      best=$dir
    fi
  done
  [ -n "$best" ] && printf '%s\n' "$best"
}

pg_find_bindir() {
  if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/initdb" ]; then
    return 0
  fi
  PG_BINDIR=$(_pg_newest_bindir || true)
  if [ -z "$PG_BINDIR" ]; then
    # The Debian package may also create and start its own cluster "main" on 5432; ours live
    # in their own folders on their own ports and never touch it.
    eng_apt_install postgresql || return 1
    PG_BINDIR=$(_pg_newest_bindir || true)
    [ -n "$PG_BINDIR" ] || { _pg_die "no initdb under /usr/lib/postgresql/*/bin after installing postgresql"; return 1; }
  fi
  if _pg_is_root && ! id -u "$PG_LOCAL_OS_USER" >/dev/null 2>&1; then
    _pg_die "running as root, but there is no '$PG_LOCAL_OS_USER' account to run PostgreSQL as (the postgresql package creates it)"
    return 1
  fi
  export PG_BINDIR
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
_pg_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

_pg_port_owner() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | awk '{ $1=$1; print }' | head -n 3
}

# Makes a fresh folder under /tmp (mktemp makes it 0700) that the cluster's account may use, and
# prints its path; the caller removes it.
pg_make_tempdir() {
  local dir
  pg_find_bindir || return 1 # installs PostgreSQL, and with it the account, when missing
  dir=$(mktemp -d /tmp/migrationportal-pg.XXXXXX) || return 1
  if _pg_is_root; then chown "$PG_LOCAL_OS_USER:" "$dir"; fi
  printf '%s\n' "$dir"
}

# True when the cluster's account may search (reach) DIR, judged on its nearest existing folder.
_pg_account_reaches() {
  local dir=$1
  _pg_is_root || return 0
  while [ ! -d "$dir" ]; do dir=$(dirname "$dir"); done
  runuser -u "$PG_LOCAL_OS_USER" -- test -x "$dir"
}

pg_reachable_datadir() {
  local datadir=${1:?usage: pg_reachable_datadir DATADIR CHECKOUT} checkout=${2:?usage: pg_reachable_datadir DATADIR CHECKOUT}
  if _pg_account_reaches "$datadir"; then
    printf '%s\n' "$datadir"
    return 0
  fi
  # A clone in root's 0700 home: a system folder instead, one per checkout (name and a hash of its path).
  local base=/var/lib/migrationportal hash
  hash=$(printf '%s' "$checkout" | sha256sum | cut -c1-8)
  mkdir -p "$base"
  chmod 755 "$base"
  printf '%s/%s-%s/postgres\n' "$base" "$(basename "$checkout")" "$hash"
}

pg_free_port() {
  local port=$1
  while [ "$port" -lt 65535 ]; do
    if ! _pg_port_in_use "$port"; then
      printf '%s\n' "$port"
      return 0
    fi
    port=$((port + 1))
  done
  _pg_die "no free TCP port at or above $1"
}

# Prints the port of the server running on DATADIR; fails when none runs there.
_pg_running_port() {
  local datadir=$1
  [ -f "$datadir/postmaster.pid" ] || return 1
  _pg_run "$PG_BINDIR/pg_ctl" status -D "$datadir" >/dev/null 2>&1 || return 1
  sed -n '4p' "$datadir/postmaster.pid"
}

_pg_locale_args() {
  # C.UTF-8 sorts by code point, as the musl-based postgres:*-alpine image of the Testcontainers
  # path does, and still knows Cyrillic upper/lower case (plain C does not).
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
    printf '%s\n' --encoding=UTF8 --locale=C.UTF-8
  else
    _pg_log "warning: no C.UTF-8 locale; initializing with --no-locale"
    printf '%s\n' --encoding=UTF8 --no-locale
  fi
}

_pg_initdb() {
  local datadir=$1 log pwfile locale_args
  log=$(mktemp)
  pwfile=$(mktemp /tmp/migrationportal-pw.XXXXXX)
  printf '%s\n' "$PG_LOCAL_PASSWORD" >"$pwfile"
  if _pg_is_root; then chown "$PG_LOCAL_OS_USER:" "$pwfile"; fi
  mapfile -t locale_args < <(_pg_locale_args)
  _pg_log "initializing a cluster in $datadir"
  if ! _pg_run "$PG_BINDIR/initdb" -D "$datadir" -U "$PG_LOCAL_SUPERUSER" --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 "${locale_args[@]}" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log" "$pwfile"
    _pg_die "initdb failed in $datadir"
    return 1
  fi
  rm -f "$log" "$pwfile"
  # Our settings live in their own file, rewritten at every start (see _pg_write_settings).
  printf "\ninclude_if_exists = 'migrationportal.conf'\n" | _pg_run tee -a "$datadir/postgresql.conf" >/dev/null
}

_pg_write_settings() {
  local datadir=$1 port=$2 mode=$3 socket_dir=$1
  # A Unix socket path must fit in ~107 bytes; a deep folder gets TCP only.
  if [ $((${#datadir} + 20)) -gt 100 ] || [[ $datadir == *"'"* ]]; then socket_dir=''; fi
  {
    echo "# Written by eng/lib/postgres.sh at every start; edits here are lost."
    echo "port = $port"
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = '$socket_dir'"
    echo "max_connections = 200"
    if [ "$mode" = ephemeral ]; then
      # A throwaway test cluster: a crash loses nothing worth keeping.
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } | _pg_run tee "$datadir/migrationportal.conf" >/dev/null
}

pg_local_start() {
  local datadir=${1:?usage: pg_local_start DATADIR PORT [ephemeral]} port=${2:?usage: pg_local_start DATADIR PORT [ephemeral]}
  local mode=${3:-persistent} running_port
  PG_LOCAL_STARTED=0
  pg_find_bindir || return 1
  [[ $port =~ ^[0-9]+$ ]] || { _pg_die "port '$port' is not a number"; return 1; }

  mkdir -p "$datadir"
  datadir=$(cd "$datadir" && pwd)
  if _pg_is_root; then
    if [ "$(stat -c %U "$datadir")" != "$PG_LOCAL_OS_USER" ]; then
      chown -R "$PG_LOCAL_OS_USER:" "$datadir"
    fi
    if ! runuser -u "$PG_LOCAL_OS_USER" -- test -w "$datadir"; then
      _pg_die "the '$PG_LOCAL_OS_USER' account cannot reach $datadir (a parent folder is not searchable by others, e.g. a 0700 home folder); use a data folder elsewhere"
      return 1
    fi
  fi
  chmod 700 "$datadir"

  if [ -f "$datadir/PG_VERSION" ]; then
    local cluster_version bin_version
    cluster_version=$(cat "$datadir/PG_VERSION")
    # "postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)" -> 15
    bin_version=$("$PG_BINDIR/postgres" --version | awk '{ split($3, v, "."); print v[1] }')
    if [ "$cluster_version" != "$bin_version" ]; then
      if [ -x "/usr/lib/postgresql/$cluster_version/bin/pg_ctl" ]; then
        PG_BINDIR=/usr/lib/postgresql/$cluster_version/bin
      else
        _pg_die "$datadir holds a PostgreSQL $cluster_version cluster, but only $bin_version is installed; remove $datadir to start afresh"
        return 1
      fi
    fi
  elif [ -n "$(ls -A "$datadir")" ]; then
    _pg_die "$datadir is neither empty nor a PostgreSQL cluster; refusing to touch it"
    return 1
  fi

  if [ -f "$datadir/PG_VERSION" ] && running_port=$(_pg_running_port "$datadir"); then
    if [ "$running_port" = "$port" ]; then
      _pg_log "reusing the server already running on $datadir (port $port)"
      pg_local_wait "$port" 30
      return
    fi
    _pg_die "the cluster in $datadir already runs on port $running_port, not $port; stop it with: $PG_BINDIR/pg_ctl stop -D $datadir"
    return 1
  fi

  if _pg_port_in_use "$port"; then
    local owner
    owner=$(_pg_port_owner "$port")
    _pg_die "port $port on 127.0.0.1 is taken by another process${owner:+:
$owner}
choose another port or stop that process"
    return 1
  fi

  if [ ! -f "$datadir/PG_VERSION" ]; then
    _pg_initdb "$datadir" || return 1
  fi
  _pg_write_settings "$datadir" "$port" "$mode"
  local logfile=$datadir/server.log
  if ! _pg_run "$PG_BINDIR/pg_ctl" start -D "$datadir" -l "$logfile" -w -t 60 >/dev/null; then
    tail -n 30 "$logfile" >&2 || true
    _pg_die "PostgreSQL did not start on port $port (log: $logfile)"
    return 1
  fi
  PG_LOCAL_STARTED=1
  pg_local_wait "$port" 30
  _pg_log "PostgreSQL $(cat "$datadir/PG_VERSION") running on 127.0.0.1:$port (data: $datadir)"
}

pg_local_stop() {
  local datadir=${1:?usage: pg_local_stop DATADIR}
  [ -d "$datadir" ] || return 0
  [ -f "$datadir/postmaster.pid" ] || return 0
  pg_find_bindir || return 1
  if [ -f "$datadir/PG_VERSION" ] && [ -x "/usr/lib/postgresql/$(cat "$datadir/PG_VERSION")/bin/pg_ctl" ]; then
    PG_BINDIR=/usr/lib/postgresql/$(cat "$datadir/PG_VERSION")/bin
  fi
  _pg_run "$PG_BINDIR/pg_ctl" status -D "$datadir" >/dev/null 2>&1 || return 0
  if ! _pg_run "$PG_BINDIR/pg_ctl" stop -D "$datadir" -m fast -w -t 60 >/dev/null 2>&1; then
    _pg_log "fast shutdown failed; stopping immediately"
    _pg_run "$PG_BINDIR/pg_ctl" stop -D "$datadir" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
}

pg_local_wait() {
  local port=${1:?usage: pg_local_wait PORT [SECONDS]} seconds=${2:-30} waited=0
  pg_find_bindir || return 1
  until "$PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; do
    waited=$((waited + 1))
    if [ "$waited" -ge "$seconds" ]; then
      _pg_die "PostgreSQL on 127.0.0.1:$port not ready after ${seconds}s"
      return 1
    fi
    sleep 1
  done
}

pg_local_psql() {
  local port=${1:?usage: pg_local_psql PORT DB ARGS...} db=${2:?usage: pg_local_psql PORT DB ARGS...}
  shift 2
  pg_find_bindir || return 1
  PGPASSWORD=$PG_LOCAL_PASSWORD PGCONNECT_TIMEOUT=10 "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$port" -U "$PG_LOCAL_SUPERUSER" -d "$db" "$@"
}

pg_local_createdb() {
  local port=${1:?usage: pg_local_createdb PORT DB} db=${2:?usage: pg_local_createdb PORT DB}
  [[ $db =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { _pg_die "unexpected database name '$db'"; return 1; }
  local exists
  exists=$(pg_local_psql "$port" postgres -tAc "select 1 from pg_database where datname = '$db'") || return 1
  if [ "$exists" != 1 ]; then
    _pg_log "creating database $db"
    pg_local_psql "$port" postgres -c "create database \"$db\""
  fi
}
