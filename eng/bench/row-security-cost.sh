#!/usr/bin/env bash
# What the second wall costs (ADR-009): the same Release build of the portal, twice, side by side on one scratch
# database — once as portal_app, bound by the row-level security policies, and once as the owner, whom the
# policies pass by — driven in alternating rounds with wrk on the pages the wall weighs on most: the public
# vacancy search on the path the page cache cannot help (a different search on every request) and a branch
# officer's screening queue. Both portals run the actor interceptor, so the owner's column is the policies'
# cost; BEFORE=<commit> adds a third portal built from a commit before the wall (no interceptor, no policies)
# to give the whole cost. Prints a Markdown table with each page's throughput as a share of the run without
# the wall; fails when the wall costs more than 20% of throughput (MAX_COST) or a page answers anything but 2xx.
#
#   PGHOST=127.0.0.1 PGPORT=55432 PGUSER=postgres PGPASSWORD=postgres eng/bench/row-security-cost.sh
#
# PGUSER must be a superuser (it creates the scratch database and plays the owner). Overrides: DURATION
# (seconds per round, 15), WARMUP (seconds, 5), ROUNDS (3), CONNECTIONS (16), THREADS (2), ORDERS (50000, of which
# about 70% published),
# PROFILES (20000, five applications each), PORT (5093; the next ports for the other portals), BEFORE (a commit),
# MAX_COST (percent, 20), ONLY (a pattern: only the pages whose name matches, e.g. 'vacancy'), KEEP_DB=1 (keep the scratch database to look at it afterwards).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
duration=${DURATION:-15}
warmup=${WARMUP:-5}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
orders=${ORDERS:-50000}
profiles=${PROFILES:-20000}
port=${PORT:-5093}
before=${BEFORE:-}
max_cost=${MAX_COST:-20}
scratch=row_security_cost_$$
work=$(mktemp -d /tmp/row-security-cost.XXXXXX)
: "${PGHOST:?set PGHOST, PGPORT, PGUSER and PGPASSWORD to the PostgreSQL server to use}"
export PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
demo_key=DEMO2FAMIGRATIONPORTALUZBEKISTAN
officer=officer.samarkand@demo.migration.uz

log() { printf '[rls] %s\n' "$*" >&2; }
[[ $orders =~ ^[0-9]+$ && $orders -ge 100 && $profiles =~ ^[0-9]+$ ]] || { log "error: ORDERS (100 or more) and PROFILES must be numbers"; exit 2; }

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -qq wrk >/dev/null 2>&1 || { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq wrk >/dev/null; }
fi

pids=()
cleanup() {
  local rc=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  if [ "${KEEP_DB:-0}" = 1 ]; then log "kept database $scratch"; else psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true; fi
  [ -n "$before" ] && git -C "$root" worktree remove --force "$work/before" >/dev/null 2>&1
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

connection() { echo "Host=$PGHOST;Port=$PGPORT;Username=$1;Password=$2;Database=$scratch"; }
owner=$(connection "$PGUSER" "${PGPASSWORD:-}")
application=$(connection portal_app portal_app)

# shellcheck source=eng/bench/portal.sh
source "$root/eng/bench/portal.sh"
start() { portal_start "$1" "$2" "$3" "$4" "$owner" "${@:5}"; }

log "building the portal in Release"
dll=$(portal_build "$root")

log "building the data ($scratch): the orders of vacancy-search-plan.sh"
# Only its rows are wanted here: a sequential scan it reports (exit 10, usual at a few thousand orders) is no failure.
KEEP_DB=1 SCRATCH_DB=$scratch ROWS=$orders "$root/eng/bench/vacancy-search-plan.sh" >"$work/plans.txt" || [ $? = 10 ]
log "seeding the demo (the portal creates portal_app and its grants)"
start seed "$dll" "$port" "$application" Database__Migrate=true Database__SeedDemo=true
portal_stop

log "adding $profiles verified citizens with five applications each"
psql -X -q -v ON_ERROR_STOP=1 -d "$scratch" -v profiles="$profiles" <<'SQL'
SELECT setseed(0.42) \g /dev/null
-- Verified citizens in each branch of the demo, copied from one of that branch's own profiles.
CREATE TEMP TABLE profile_copies AS
SELECT t.* FROM (SELECT DISTINCT ON (unit_id) * FROM worker_profiles WHERE consent_active ORDER BY unit_id, id) t,
       generate_series(1, :profiles / (SELECT count(DISTINCT unit_id) FROM worker_profiles WHERE consent_active));
UPDATE profile_copies SET id = gen_random_uuid(), status = 'Verified', submitted_at = now() - interval '30 days';
UPDATE profile_copies SET citizen_id = id, pinfl_hash = sha256(('pinfl:' || id)::bytea), passport_hash = sha256(('passport:' || id)::bytea);
INSERT INTO worker_profiles SELECT * FROM profile_copies;
-- Five applications per citizen, to orders spread over the whole list; seven in ten wait for screening.
CREATE TEMP TABLE numbered_orders AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, organization_id, published_at FROM job_orders WHERE status = 'Published';
CREATE TEMP TABLE numbered_profiles AS SELECT row_number() OVER () AS i, id FROM profile_copies;
INSERT INTO job_applications (id, citizen_id, job_order_id, employer_id, status, submitted_at)
SELECT gen_random_uuid(), p.id, o.id, o.organization_id, CASE WHEN random() < 0.7 THEN 'Submitted' ELSE 'Screening' END,
       o.published_at + random() * interval '20 days'
FROM numbered_profiles p CROSS JOIN generate_series(0, 4) k
JOIN numbered_orders o ON o.n = (p.i * 7919 + k * ((SELECT count(*) FROM numbered_orders) / 5)) % (SELECT count(*) FROM numbered_orders);
VACUUM ANALYZE worker_profiles;
VACUUM ANALYZE job_applications;
SQL

declare -a sides dlls
sides+=(wall); dlls+=("$dll")
sides+=(owner); dlls+=("$dll")
if [ -n "$before" ]; then
  log "building $before, before the wall"
  git -C "$root" worktree add --detach -q "$work/before" "$before"
  sides+=(before); dlls+=("$(portal_build "$work/before")")
fi
declare -A base
for i in "${!sides[@]}"; do
  side=${sides[$i]}
  at=$((port + i))
  cs=$owner
  [ "$side" = wall ] && cs=$application
  start "$side" "${dlls[$i]}" "$at" "$cs"
  base[$side]="http://127.0.0.1:$at"
done

# The officer's cookies, signed in through the password and the authenticator step as a browser would. The
# portal runs Production (Secure cookies), so the requests say they came through an HTTPS proxy and the cookies
# are carried by hand.
proto=(-H 'X-Forwarded-Proto: https')
declare -A cookies
last_code=
# request JAR URL [curl arguments]: one request with the jar's cookies; the answer's cookies go into the jar.
request() {
  local jar=$1 url=$2
  shift 2
  curl -sS "${proto[@]}" -H "Cookie: $(paste -sd ';' "$jar" | sed 's/;/; /g')" -D "$work/headers" -o "$work/body" "$url" "$@"
  sed -n 's/^[Ss]et-[Cc]ookie: \([^=]*\)=\([^;]*\).*/\1 \2/p' "$work/headers" | tr -d '\r' | while read -r name value; do
    grep -v "^$name=" "$jar" >"$jar.new" || true
    [ -z "$value" ] || echo "$name=$value" >>"$jar.new"
    mv "$jar.new" "$jar"
  done
}
form_token() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' "$work/body" | head -1; }
sign_in() {
  local side=$1 url=${base[$1]} jar="$work/$1.cookies" code
  : >"$jar"
  request "$jar" "$url/Account/Login"
  request "$jar" "$url/Account/Login" --data-urlencode "Input.Login=$officer" --data-urlencode "Input.Password=Demo-Portal-2026" \
    --data-urlencode "__RequestVerificationToken=$(form_token)"
  request "$jar" "$url/Account/LoginWith2fa"
  # A code is taken once: the next portal waits for the authenticator's next one.
  code=$("$root/eng/totp.sh" "$demo_key" 2>/dev/null)
  while [ "$code" = "$last_code" ]; do sleep 1; code=$("$root/eng/totp.sh" "$demo_key" 2>/dev/null); done
  last_code=$code
  request "$jar" "$url/Account/LoginWith2fa" --data-urlencode "Input.Code=$code" --data-urlencode "__RequestVerificationToken=$(form_token)"
  cookies[$side]=$(paste -sd ';' "$jar" | sed 's/;/; /g')
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "${proto[@]}" -H "Cookie: ${cookies[$side]}" "$url/Agency/Applications")
  [ "$status" = 200 ] || { log "signing in on the $side portal failed (the queue answered $status)"; exit 1; }
}
for side in "${sides[@]}"; do sign_in "$side"; done

declare -a names paths scripts audiences
add() { [[ $1 =~ ${ONLY:-.} ]] || return 0; names+=("$1"); paths+=("$2"); scripts+=("$3"); audiences+=("$4"); }
add "vacancy search, a different search each request (never cached), visitor" "/Vacancies?q=qurilish" distinct-search.lua visitor
add "vacancy search, no filter, page 1 without the page cache's help, visitor" "/Vacancies" distinct-page.lua visitor
add "screening queue, Samarkand branch, page 1, officer" "/Agency/Applications" latency.lua officer
add "screening queue, Samarkand branch, applicants for Korea, officer" "/Agency/Applications?Country=KR" latency.lua officer

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

header="| page |"
rule="| --- |"
for side in "${sides[@]}"; do header+=" $side req/s | $side p95 ms |"; rule+=" ---: | ---: |"; done
echo "$header wall vs owner |$([ -n "$before" ] && echo " wall vs before |")"
echo "$rule ---: |$([ -n "$before" ] && echo " ---: |")"
failed=0
for i in "${!names[@]}"; do
  declare -A rps=() p95=()
  for side in "${sides[@]}"; do
    header_args=("${proto[@]}")
    [ "${audiences[$i]}" = officer ] && header_args+=(-H "Cookie: ${cookies[$side]}")
    url="${base[$side]}${paths[$i]}"
    status=$(curl -s -o /dev/null -w '%{http_code}' "${header_args[@]}" "$url")
    [ "$status" = 200 ] || { log "${paths[$i]} answered $status on the $side portal"; failed=1; }
    wrk -t"$threads" -c"$connections" -d"${warmup}s" "${header_args[@]}" -s "$root/eng/bench/${scripts[$i]}" "$url" >/dev/null
    : >"$work/rounds.$side"
  done
  for _ in $(seq 1 "$rounds"); do
    for side in "${sides[@]}"; do
      header_args=("${proto[@]}")
      [ "${audiences[$i]}" = officer ] && header_args+=(-H "Cookie: ${cookies[$side]}")
      wrk -t"$threads" -c"$connections" -d"${duration}s" "${header_args[@]}" -s "$root/eng/bench/${scripts[$i]}" "${base[$side]}${paths[$i]}" \
        | grep '^RESULT' >>"$work/rounds.$side"
    done
  done
  row="| ${names[$i]} |"
  for side in "${sides[@]}"; do
    rps[$side]=$(awk '{ print $2 }' "$work/rounds.$side" | median)
    p95[$side]=$(awk '{ print $4 }' "$work/rounds.$side" | median)
    errors=$(awk '{ s += $6 } END { print s }' "$work/rounds.$side")
    [ "$errors" = 0 ] || { log "${paths[$i]}: $errors answers were not 2xx on the $side portal"; failed=1; }
    row+=" ${rps[$side]} | ${p95[$side]} |"
  done
  share() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
  row+=" $(share "${rps[wall]}" "${rps[owner]}") |"
  reference=owner
  if [ -n "$before" ]; then
    row+=" $(share "${rps[wall]}" "${rps[before]}") |"
    reference=before
  fi
  echo "$row"
  awk -v a="${rps[wall]}" -v b="${rps[$reference]}" -v m="$max_cost" 'BEGIN { exit !(a >= (1 - m / 100) * b) }' \
    || { log "MISSED: ${names[$i]} costs more than $max_cost% of its throughput"; failed=1; }
done
exit "$failed"
