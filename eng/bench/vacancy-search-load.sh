#!/usr/bin/env bash
# Load on the public vacancy search at 50,000 job orders (docs/design/quality.md, Performance): builds the scratch
# database of vacancy-search-plan.sh (which also fails on any sequential scan of job_orders), runs the portal
# in Release against it, and drives each page with wrk, 32 connections: a warm-up round discarded, then three
# rounds, medians reported. Throughput is given as a ratio to the raw-Npgsql baseline page measured in the same
# run (/bench/baseline, mapped only for this script). Anonymous search pages are kept briefly by the public page
# cache (ADR-007), so the fixed URLs measure what popular searches cost; the last row asks a different search on
# every request and measures the database path the cache cannot help. Prints a Markdown table; fails when a
# search page misses p95 <= 30 ms, p99 <= 80 ms or 30% of the baseline's throughput, or answers anything but 2xx.
#
#   PGHOST=127.0.0.1 PGPORT=55432 PGUSER=postgres PGPASSWORD=postgres eng/bench/vacancy-search-load.sh
#
# Overrides: DURATION (seconds per round, 20), WARMUP (seconds, 10), CONNECTIONS (32), THREADS (2),
# PORT (5091), ROWS (50000).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
duration=${DURATION:-20}
warmup=${WARMUP:-10}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
port=${PORT:-5091}
scratch=vacancy_search_load_$$
work=$(mktemp -d /tmp/vacancy-search-load.XXXXXX)
: "${PGHOST:?set PGHOST, PGPORT, PGUSER and PGPASSWORD to the PostgreSQL server to use}"
export PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

log() { printf '[load] %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -qq wrk >/dev/null 2>&1 || { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq wrk >/dev/null; }
fi

portal_pid=
cleanup() {
  local rc=$?
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

log "building the data ($scratch) and checking the plans"
KEEP_DB=1 SCRATCH_DB=$scratch "$root/eng/bench/vacancy-search-plan.sh" >"$work/plans.txt"

log "building the portal in Release"
dotnet build "$root/src/MigrationPortal.Web" -c Release -v quiet -nologo >/dev/null
web_dll=$(ls "$root"/src/MigrationPortal.Web/bin/Release/net*/MigrationPortal.Web.dll | head -1)

(
  cd "$root/src/MigrationPortal.Web"
  export ASPNETCORE_ENVIRONMENT=Production
  # As in production: migrations as the owner (nothing left to apply; it gives portal_app its rights), the
  # portal as portal_app, bound by row-level security (ADR-009).
  export ConnectionStrings__PortalOwner="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=${PGPASSWORD:-};Database=$scratch"
  export ConnectionStrings__Portal="Host=$PGHOST;Port=$PGPORT;Username=portal_app;Password=portal_app;Database=$scratch"
  export Portal__PublicBaseUrl="http://127.0.0.1:$port"
  export Database__Migrate=true Database__SeedDemo=false Benchmarks__Baseline=true
  export Serilog__MinimumLevel__Default=Warning Scheduling__JobOrderExpiryMinutes=0 Email__PollSeconds=3600
  exec dotnet "$web_dll" --urls "http://127.0.0.1:$port"
) >"$work/portal.log" 2>&1 &
portal_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null && break
  kill -0 "$portal_pid" 2>/dev/null || { cat "$work/portal.log" >&2; log "the portal did not start"; exit 1; }
  sleep 0.5
done

# The "next page" cursor after row 9,980 of the newest-first list, as the page writes it: t{.NET ticks}_{id}.
cursor=$(psql -X -d "$scratch" -tA -c "SELECT 't' || ((extract(epoch FROM published_at) * 10000000)::bigint + 621355968000000000) || '_' || replace(id::text, '-', '')
  FROM job_orders WHERE status = 'Published' ORDER BY published_at DESC, id DESC OFFSET 9979 LIMIT 1")

declare -a names urls
add() { names+=("$1"); urls+=("$2"); }
add "baseline: raw Npgsql, 20 rows" "/bench/baseline"
add "search: no filter, newest, page 1" "/Vacancies"
add "search: text 'qurilish' + Korea + housing, best paid" "/Vacancies?q=qurilish&country=KR&housing=true&sort=Wage"
add "search: common word 'ishchilar', page 1" "/Vacancies?q=ishchilar"
add "search: two words, two scripts" "/Vacancies?q=g%E2%80%98isht+%D0%BA%D0%BE%D1%80%D0%B5%D1%8F"
add "search: occupation group 7 + at least 2,000 USD" "/Vacancies?group=7&minUsd=2000"
add "search: no filter, page 500 by keyset" "/Vacancies?after=$cursor"
# Last, and with its own request script: a different query each time, so every request misses the public page cache.
add "search: a different word and minimum wage each request (never cached)" "/Vacancies?q=qurilish&minUsd=1"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "| page | req/s | vs baseline | p50 ms | p95 ms | p99 ms | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
failed=0
baseline_rps=
for i in "${!names[@]}"; do
  url="$base${urls[$i]}"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  [ "$status" = 200 ] || { log "${urls[$i]} answered $status"; failed=1; continue; }
  script=(-s "$root/eng/bench/latency.lua" "$url")
  [[ ${names[$i]} == *"never cached"* ]] && script=(-s "$root/eng/bench/distinct-search.lua" "$url")
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "${script[@]}" >/dev/null
  : >"$work/rounds"
  for _ in 1 2 3; do
    wrk -t"$threads" -c"$connections" -d"${duration}s" "${script[@]}" | grep '^RESULT' >>"$work/rounds"
  done
  rps=$(awk '{ print $2 }' "$work/rounds" | median)
  p50=$(awk '{ print $3 }' "$work/rounds" | median)
  p95=$(awk '{ print $4 }' "$work/rounds" | median)
  p99=$(awk '{ print $5 }' "$work/rounds" | median)
  errors=$(awk '{ s += $6 } END { print s }' "$work/rounds")
  [ -n "$baseline_rps" ] || baseline_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$baseline_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  echo "| ${names[$i]} | $rps | $ratio | $p50 | $p95 | $p99 | $errors |"
  if [ "$i" -gt 0 ]; then
    awk -v p95="$p95" -v p99="$p99" -v a="$rps" -v b="$baseline_rps" -v e="$errors" \
      'BEGIN { exit !(p95 <= 30 && p99 <= 80 && a >= 0.3 * b && e == 0) }' || { log "MISSED: ${names[$i]}"; failed=1; }
  fi
done
exit "$failed"
