#!/usr/bin/env bash
# Runs the portal on http://localhost:5080 in Development, with demo accounts and data.
#
#   eng/run.sh
#
# Database: ConnectionStrings__Portal (and ConnectionStrings__PortalOwner for the migrations) when
# set; otherwise a local PostgreSQL cluster kept in
# .data/postgres (port 55432), started here and stopped again on exit, its data kept so the
# next run is fast. Mails go to .data/mail as .eml files, text messages to .data/sms as .txt files.
# Ctrl-C stops everything.
#
# When run as root from a folder the `postgres` account cannot reach (a clone in root's 0700 home),
# the cluster lives in /var/lib/migrationportal/<checkout>-<hash>/postgres instead, said in one
# line and reused on the next run.
#
# Overrides: MIGRATIONPORTAL_PORT (5080), MIGRATIONPORTAL_PG_PORT (55432),
# MIGRATIONPORTAL_PGDATA (the cluster's folder, used as given).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=eng/lib/postgres.sh
source "$root/eng/lib/postgres.sh"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

portal_port=${MIGRATIONPORTAL_PORT:-5080}
pg_port=${MIGRATIONPORTAL_PG_PORT:-55432}
pg_data=${MIGRATIONPORTAL_PGDATA:-}
mail_dir=$root/.data/mail
sms_dir=$root/.data/sms
portal_pid=''
PG_LOCAL_STARTED=0 # set by pg_local_start: 1 when this script started the cluster

log() { printf '[run] %s\n' "$*" >&2; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    log "stopping the portal"
    kill -TERM "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  if [ "$PG_LOCAL_STARTED" = 1 ]; then
    log "stopping PostgreSQL (data kept in $pg_data)"
    pg_local_stop "$pg_data" || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if (exec 3<>"/dev/tcp/127.0.0.1/$portal_port") 2>/dev/null; then
  log "error: port $portal_port is already in use (another portal running?); set MIGRATIONPORTAL_PORT to use another"
  exit 1
fi

web_project=src/MigrationPortal.Web/MigrationPortal.Web.csproj
log "building the portal"
dotnet build "$web_project" -c Release --nologo -v quiet
web_dll=$(dotnet msbuild "$web_project" -nologo -getProperty:TargetPath -p:Configuration=Release)

if [ -n "${ConnectionStrings__Portal:-}" ]; then
  db_description="the one in ConnectionStrings__Portal"
else
  if [ -z "$pg_data" ]; then
    pg_find_bindir # installs PostgreSQL, and with it the account whose reach is checked
    pg_data=$(pg_reachable_datadir "$root/.data/postgres" "$root")
    if [ "$pg_data" != "$root/.data/postgres" ]; then
      log "the 'postgres' account cannot reach $root; the database lives in $pg_data (reused next time)"
    fi
  fi
  pg_local_start "$pg_data" "$pg_port"
  pg_local_createdb "$pg_port" migrationportal
  # Migrations run as the owner; the portal connects as portal_app, a role that owns nothing, so
  # PostgreSQL's row-level security binds it (ADR-009). The migrator creates that role when missing.
  export ConnectionStrings__PortalOwner="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=migrationportal"
  export ConnectionStrings__Portal="Host=127.0.0.1;Port=$pg_port;Username=portal_app;Password=portal_app;Database=migrationportal"
  db_description="migrationportal on 127.0.0.1:$pg_port (owner postgres/postgres, the portal as portal_app/portal_app; data in $pg_data)"
fi

# Run the built assembly, not `dotnet run`, so that the portal is our own child and stops on
# our signal. The project folder is the content root (appsettings, wwwroot).
export ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_URLS="http://localhost:$portal_port"
export Database__Migrate=true Database__SeedDemo=true
export Email__PickupDirectory="$mail_dir"
export Sms__PickupDirectory="$sms_dir"
# Links in emails are built from this address, never from a request's Host header.
export Portal__PublicBaseUrl="${Portal__PublicBaseUrl:-http://localhost:$portal_port}"
mkdir -p "$mail_dir" "$sms_dir"
(cd src/MigrationPortal.Web && exec dotnet "$web_dll" --urls "$ASPNETCORE_URLS") &
portal_pid=$!

ready=0
if command -v curl >/dev/null 2>&1; then
  for _ in $(seq 1 120); do
    kill -0 "$portal_pid" 2>/dev/null || break
    if curl -fsS -o /dev/null "http://localhost:$portal_port/health/ready" 2>/dev/null; then
      ready=1
      break
    fi
    sleep 1
  done
fi
if ! kill -0 "$portal_pid" 2>/dev/null; then
  wait "$portal_pid" || true
  log "error: the portal exited during start-up (see its output above)"
  exit 1
fi

cat >&2 <<MSG

  MigrationPortal $([ "$ready" = 1 ] && echo "is ready" || echo "is starting") at http://localhost:$portal_port
  Demo accounts (password Demo-Portal-2026): $root/README.md, section "Demo accounts"
  Mails are written to $mail_dir
  Text messages (SMS) are written to $sms_dir
  Database: $db_description
  Press Ctrl-C to stop.

MSG

wait "$portal_pid"
