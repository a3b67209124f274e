# Sourced by the plan scripts: a scratch database with the portal's real schema, dropped on exit unless KEEP_DB=1.
# The caller sets root, rows, scratch, conn (a postgresql:// URL, or empty for psql's PG* variables) and work.
# Overrides: SCHEMA_SQL (a ready `dotnet ef migrations script --idempotent` output), KEEP_DB=1.

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

admin_db=postgres
cleanup() {
  local rc=$?
  if [ "${KEEP_DB:-0}" != 1 ]; then
    psql_on "$admin_db" -c "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true
  else
    log "kept database $scratch"
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

schema=${SCHEMA_SQL:-}
if [ -z "$schema" ]; then
  schema=$work/schema.sql
  log "generating the schema from the portal's migrations"
  (cd "$root" && dotnet tool restore >/dev/null &&
    dotnet ef migrations script --idempotent -p src/MigrationPortal.Infrastructure -s src/MigrationPortal.Infrastructure -o "$schema" >/dev/null)
fi

log "server: $(psql_on "$admin_db" -tAc 'SELECT version()')"
psql_on "$admin_db" -c "DROP DATABASE IF EXISTS $scratch" -c "CREATE DATABASE $scratch"
log "applying the schema to $scratch"
psql_on "$scratch" -f "$schema" >/dev/null
