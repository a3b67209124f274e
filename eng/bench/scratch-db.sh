# Sourced by the plan scripts: a scratch database with the portal's real schema and reference rows, made by the
# portal itself (its migrations, then ReferenceDataSeeder: ADR-012), dropped on exit unless KEEP_DB=1.
# The caller sets root, rows, scratch, conn (a postgresql:// URL, or empty for psql's PG* variables) and work.
# Overrides: MIGRATE_PORT (5099, where the migrating portal listens while it works), KEEP_DB=1.

log() { printf '[plan] %s\n' "$*" >&2; }

[[ $rows =~ ^[0-9]+$ ]] || { log "error: ROWS must be a number"; exit 2; }
[[ $scratch =~ ^[a-z_][a-z0-9_]*$ ]] || { log "error: SCRATCH_DB must be a plain lower-case name"; exit 2; }
command -v psql >/dev/null || { log "error: psql not found (apt-get install postgresql-client)"; exit 2; }

# psql against a database: the URL's, with its database name swapped, or the PG* variables' with -d.
psql_on() {
  local db=$1
  shift
  if [ -n "$conn" ]; then
    local url=${conn%%\?*} query=''
    [[ $conn == *\?* ]] && query="?${conn#*\?}"
    local base=${url%/*}
    [[ $url =~ ^postgres(ql)?://[^/]+$ ]] && base=$url
    psql -X -q -v ON_ERROR_STOP=1 "$base/$db$query" "$@"
  else
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"
  fi
}

# The same server for the portal, as an Npgsql connection string to a database: the URL's parts, or the PG* variables'.
# npgsql_on DB [USER PASSWORD]: the given role instead of the connecting one.
npgsql_on() {
  local db=$1 user=${PGUSER:-postgres} password=${PGPASSWORD:-} host=${PGHOST:-127.0.0.1} port=${PGPORT:-5432}
  if [ -n "$conn" ]; then
    [[ $conn =~ ^postgres(ql)?://(([^:@/]+)(:([^@/]*))?@)?([^:/?]+)(:([0-9]+))? ]] || { log "error: cannot read the URL's user, host and port"; exit 2; }
    user=${BASH_REMATCH[3]:-$user} password=${BASH_REMATCH[5]:-$password} host=${BASH_REMATCH[6]} port=${BASH_REMATCH[8]:-5432}
  fi
  echo "Host=$host;Port=$port;Username=${2:-$user};Password=${3:-$password};Database=$db"
}

admin_db=postgres
pids=()
cleanup() {
  local rc=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  if [ "${KEEP_DB:-0}" != 1 ]; then
    psql_on "$admin_db" -c "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true
  else
    log "kept database $scratch"
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

# shellcheck source=eng/bench/portal.sh
source "$root/eng/bench/portal.sh"

log "server: $(psql_on "$admin_db" -tAc 'SELECT version()')"
psql_on "$admin_db" -c "DROP DATABASE IF EXISTS $scratch" -c "CREATE DATABASE $scratch"
log "building the portal, which migrates $scratch and seeds its reference rows"
# The portal refuses to serve as the owner (ADR-009): it runs as its own role, which it creates while migrating.
portal_start migrate "$(portal_build "$root")" "${MIGRATE_PORT:-5099}" "$(npgsql_on "$scratch" portal_app portal_app)" "$(npgsql_on "$scratch")" \
  Database__Migrate=true
portal_stop
