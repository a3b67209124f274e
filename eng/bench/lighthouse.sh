#!/usr/bin/env bash
# Lighthouse (mobile) on the public pages: the home page, the vacancy search (Uzbek Latin and Russian) and a
# published vacancy, each three times; prints the median of each score and the bytes of a first (cold) load by
# resource type (docs/benchmarks/lighthouse.md).
#
#   PGHOST=127.0.0.1 PGPORT=55466 PGUSER=postgres PGPASSWORD=postgres eng/bench/lighthouse.sh development
#   ... eng/bench/lighthouse.sh production
#
# development: the Release build run from the project folder with ASPNETCORE_ENVIRONMENT=Development, as eng/run.sh
# runs it. production: `dotnet publish` into a scratch folder, run from there with ASPNETCORE_ENVIRONMENT=Production,
# as the container image runs it. Both on a fresh database (migrationportal_lighthouse) with the demo data.
#
# Lighthouse 12.2.3 (Node 18 or 20) is installed into a scratch folder on each run; nothing is written into the
# repository. Chromium: MIGRATIONPORTAL_CHROMIUM, else /usr/bin/chromium. Port: LIGHTHOUSE_PORTAL_PORT (5186).
# Runs per page: LIGHTHOUSE_RUNS (3). Database: LIGHTHOUSE_DATABASE (migrationportal_lighthouse). The JSON reports stay in the scratch folder, printed at the end.
set -euo pipefail

mode=${1:-development}
case "$mode" in development | production) ;; *) echo "usage: $0 development|production" >&2; exit 2 ;; esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
port=${LIGHTHOUSE_PORTAL_PORT:-5186}
runs=${LIGHTHOUSE_RUNS:-3}
chromium=${MIGRATIONPORTAL_CHROMIUM:-/usr/bin/chromium}
database=${LIGHTHOUSE_DATABASE:-migrationportal_lighthouse}
work=$(mktemp -d /tmp/lighthouse-XXXXXX)
portal_pid=''

log() { printf '[lighthouse] %s\n' "$*" >&2; }

cleanup() {
  if [ -n "$portal_pid" ]; then
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

: "${PGHOST:?set PGHOST, PGPORT, PGUSER and PGPASSWORD for a PostgreSQL the script may create a database on}"
: "${PGPORT:?}" "${PGUSER:?}" "${PGPASSWORD:?}"
export PGHOST PGPORT PGUSER PGPASSWORD

log "installing Lighthouse 12.2.3 into $work"
(cd "$work" && npm install --no-audit --no-fund --silent -E lighthouse@12.2.3 >/dev/null)
lighthouse="$work/node_modules/.bin/lighthouse"

log "fresh database $database"
psql -q -d postgres -c "drop database if exists $database with (force)" -c "create database $database"

web=$root/src/MigrationPortal.Web
if [ "$mode" = production ]; then
  log "publishing the portal (Release)"
  dotnet publish "$web" -c Release -o "$work/app" -nologo -v quiet -p:UseAppHost=false >/dev/null
  content_root=$work/app
  dll=$work/app/MigrationPortal.Web.dll
  environment=Production
else
  log "building the portal (Release)"
  dotnet build "$web" -c Release -nologo -v quiet >/dev/null
  content_root=$web
  dll=$(dotnet msbuild "$web" -nologo -getProperty:TargetPath -p:Configuration=Release)
  environment=Development
fi

(
  cd "$content_root"
  export ASPNETCORE_ENVIRONMENT=$environment
  export ConnectionStrings__PortalOwner="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$database"
  export ConnectionStrings__Portal="Host=$PGHOST;Port=$PGPORT;Username=portal_app;Password=portal_app;Database=$database"
  export Database__Migrate=true Database__SeedDemo=true Email__PickupDirectory="$work/mail"
  export Portal__PublicBaseUrl="http://localhost:$port" Serilog__MinimumLevel__Default=Warning
  exec dotnet "$dll" --urls "http://localhost:$port"
) >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 240); do
  curl -fsS -o /dev/null "http://localhost:$port/health/ready" 2>/dev/null && break
  kill -0 "$portal_pid" 2>/dev/null || { cat "$work/portal.log" >&2; log "the portal did not start"; exit 1; }
  sleep 0.5
done

base="http://localhost:$port"
vacancy=$(curl -fsS "$base/Vacancies" | grep -o 'href="/Vacancies/View/[0-9a-f-]*"' | head -1 | cut -d'"' -f2)
[ -n "$vacancy" ] || { log "no published vacancy found on $base/Vacancies"; exit 1; }
pages=(home "$base/" search "$base/Vacancies" search-ru "$base/Vacancies?culture=ru" vacancy "$base$vacancy")

log "$mode: $((${#pages[@]} / 2)) pages x $runs runs (simulated throttling, mobile)"
for ((i = 0; i < ${#pages[@]}; i += 2)); do
  for run in $(seq 1 "$runs"); do
    CHROME_PATH=$chromium "$lighthouse" "${pages[i + 1]}" --quiet --output=json \
      --output-path="$work/${pages[i]}-$run.json" --form-factor=mobile \
      --chrome-flags="--headless=new --no-sandbox"
  done
done

node - "$work" "$runs" "${pages[@]}" <<'JS'
const fs = require('fs');
const [work, runs, ...pages] = process.argv.slice(2);
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const types = ['Document', 'Stylesheet', 'Script', 'Image', 'Other'];
console.log(`| page | ${categories.join(' | ')} | total KB | ${types.join(' KB | ')} KB | requests |`);
console.log(`| --- |${' ---: |'.repeat(categories.length + types.length + 2)}`);
for (let i = 0; i < pages.length; i += 2) {
  const reports = [];
  for (let run = 1; run <= Number(runs); run++) {
    reports.push(JSON.parse(fs.readFileSync(`${work}/${pages[i]}-${run}.json`, 'utf8')));
  }
  const scores = categories.map((c) => Math.round(100 * median(reports.map((r) => r.categories[c].score))));
  const requests = reports[0].audits['network-requests'].details.items;
  const bytes = (type) => requests
    .filter((r) => (types.slice(0, -1).includes(r.resourceType) ? r.resourceType : 'Other') === type)
    .reduce((sum, r) => sum + (r.transferSize || 0), 0);
  const total = requests.reduce((sum, r) => sum + (r.transferSize || 0), 0);
  console.log(`| ${pages[i]} | ${scores.join(' | ')} | ${kb(total)} | ${types.map((t) => kb(bytes(t))).join(' | ')} | ${requests.length} |`);
}
JS
log "reports: $work"
