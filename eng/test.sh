#!/usr/bin/env bash
# Builds the solution once and runs every test project, one after another, on one database.
#
#   eng/test.sh
#
# Database, first that applies:
#   1. MIGRATIONPORTAL_TEST_DB, a PostgreSQL connection string, when set;
#   2. Testcontainers (postgres:17-alpine), when `docker info` answers within 10 s;
#   3. a throwaway local cluster under /tmp on port 55433 (or the next free one), removed on exit.
# The test fixture creates its database on that server when missing.
#
# Chromium for the end-to-end tests: MIGRATIONPORTAL_CHROMIUM or /usr/bin/chromium, installed
# from Debian's packages when missing. Screenshots go to MIGRATIONPORTAL_ARTIFACTS
# (artifacts/test); .trx results to MIGRATIONPORTAL_TEST_RESULTS (artifacts/test-results).
#
# Before it, one line per test project gives its duration and peak resident memory (the largest of
# `dotnet test` and the test host it starts, sampled from /proc every second).
# The last line printed is the total: "N passed, N failed" (", N skipped" when tests were
# skipped). The exit code is non-zero when the build failed, a test failed, or a test project
# ended without a result file or with an error its results do not show.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=eng/lib/postgres.sh
source "$root/eng/lib/postgres.sh"

log() { printf '[test] %s\n' "$*" >&2; }

# --- results -------------------------------------------------------------------------------

# Prints "passed failed skipped outcome" read from a .trx file. Passed and failed come from its
# <Counters>, where errors, time-outs and aborts count as failures too. Skipped tests are results
# with outcome="NotExecuted"; the VSTest trx logger leaves them out of Counters' notExecuted (it
# only lowers "executed"), so they are counted one by one.
trx_counts() {
  local trx=$1 flat counters outcome
  flat=$(tr -d '\r' <"$trx" | tr '\n' ' ')
  counters=$(printf '%s' "$flat" | grep -o '<Counters [^>]*>' | head -n 1) || return 1
  outcome=$(printf '%s' "$flat" | grep -o '<ResultSummary [^>]*>' | head -n 1 |
    sed -n 's/.* outcome="\([^"]*\)".*/\1/p') || true
  local attr value passed=0 failed=0 skipped=0 not_executed
  for attr in passed failed error timeout aborted notExecuted; do
    value=$(printf '%s\n' "$counters" | sed -n "s/.* $attr=\"\([0-9]*\)\".*/\1/p")
    value=${value:-0}
    case $attr in
      passed) passed=$value ;;
      notExecuted) skipped=$value ;;
      *) failed=$((failed + value)) ;;
    esac
  done
  not_executed=$(printf '%s' "$flat" | grep -o '<UnitTestResult [^>]*>' |
    grep -c ' outcome="NotExecuted"' || true)
  if [ "${not_executed:-0}" -gt "$skipped" ]; then skipped=$not_executed; fi
  printf '%s %s %s %s\n' "$passed" "$failed" "$skipped" "${outcome:-unknown}"
}

# Prints the closing line, as the last line of the run.
summary_line() {
  local passed=$1 failed=$2 skipped=$3
  if [ "$skipped" -gt 0 ]; then
    printf '%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"
  else
    printf '%s passed, %s failed\n' "$passed" "$failed"
  fi
}

# --- time and memory -----------------------------------------------------------------------

# Prints the ids of process $1 and of all its descendants, read from /proc.
process_tree() {
  awk -v root="$1" '
    { rest = $0; sub(/.*\) /, "", rest); split(rest, field, " "); parent[$1] = field[2] }
    END {
      want[root] = 1; found = 1
      while (found) { found = 0; for (p in parent) if (!(p in want) && (parent[p] in want)) { want[p] = 1; found = 1 } }
      for (p in want) print p
    }' /proc/[0-9]*/stat 2>/dev/null
}

# Prints the highest peak resident set (VmHWM, in kB) among process $1 and its descendants.
tree_peak_kb() {
  local pid peak=0 hwm
  for pid in $(process_tree "$1"); do
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) || continue
    if [ "${hwm:-0}" -gt "$peak" ]; then peak=$hwm; fi
  done
  printf '%s\n' "$peak"
}

# Runs a command and sets RUN_SECONDS (wall clock) and RUN_PEAK_MB (the largest peak resident set of
# the command or any process it started, the test host above all, sampled every second); returns its
# exit code.
run_measured() {
  local start=$SECONDS pid rc=0 peak=0 now
  "$@" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    now=$(tree_peak_kb "$pid")
    if [ "$now" -gt "$peak" ]; then peak=$now; fi
    sleep 1
  done
  wait "$pid" || rc=$?
  RUN_SECONDS=$((SECONDS - start))
  RUN_PEAK_MB=$(((peak + 1023) / 1024))
  return "$rc"
}

# --- database ------------------------------------------------------------------------------

throwaway_dir=''

stop_throwaway_db() {
  [ -n "$throwaway_dir" ] || return 0
  pg_local_stop "$throwaway_dir/data" || true
  rm -rf "$throwaway_dir"
  throwaway_dir=''
}

choose_database() {
  if [ -n "${MIGRATIONPORTAL_TEST_DB:-}" ]; then
    log "database: MIGRATIONPORTAL_TEST_DB"
    return 0
  fi
  if command -v docker >/dev/null 2>&1 && timeout 10 docker info >/dev/null 2>&1; then
    log "database: Testcontainers (Docker answers)"
    return 0
  fi
  log "database: a throwaway local PostgreSQL (no MIGRATIONPORTAL_TEST_DB, no Docker)"
  throwaway_dir=$(pg_make_tempdir) || return 1
  local port
  port=$(pg_free_port "${MIGRATIONPORTAL_TEST_PG_PORT:-55433}") || return 1
  pg_local_start "$throwaway_dir/data" "$port" ephemeral || return 1
  export MIGRATIONPORTAL_TEST_DB="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=migrationportal_test"
}

# --- browser -------------------------------------------------------------------------------

ensure_chromium() {
  local chromium=${MIGRATIONPORTAL_CHROMIUM:-/usr/bin/chromium}
  if [ -x "$chromium" ]; then
    return 0
  fi
  if [ -n "${MIGRATIONPORTAL_CHROMIUM:-}" ]; then
    log "warning: MIGRATIONPORTAL_CHROMIUM=$chromium is not an executable; the end-to-end tests will fail"
    return 0
  fi
  eng_apt_install chromium || log "warning: could not install chromium; the end-to-end tests will fail"
}

# --- run -----------------------------------------------------------------------------------

# Test projects in the order they run: fast and database-free first.
test_projects() {
  local name csproj
  for name in UnitTests IntegrationTests EndToEndTests; do
    csproj=tests/MigrationPortal.$name/MigrationPortal.$name.csproj
    [ -f "$csproj" ] && printf '%s\n' "$csproj"
  done
  for csproj in tests/*/*.csproj; do
    case $csproj in
      */MigrationPortal.UnitTests.csproj | */MigrationPortal.IntegrationTests.csproj | */MigrationPortal.EndToEndTests.csproj) continue ;;
    esac
    [ -f "$csproj" ] || continue
    # A test project references the test SDK; MigrationPortal.Testing is a plain library.
    grep -qE 'Microsoft\.NET\.Test\.Sdk|<IsTestProject>true' "$csproj" && printf '%s\n' "$csproj"
  done
  return 0
}

main() {
  cd "$root"
  export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  export MIGRATIONPORTAL_ARTIFACTS=${MIGRATIONPORTAL_ARTIFACTS:-$root/artifacts/test}
  mkdir -p "$MIGRATIONPORTAL_ARTIFACTS"
  MIGRATIONPORTAL_ARTIFACTS=$(cd "$MIGRATIONPORTAL_ARTIFACTS" && pwd)
  local results=${MIGRATIONPORTAL_TEST_RESULTS:-$root/artifacts/test-results}
  # Our own default folder starts empty, so nothing of an earlier run is read or kept.
  if [ -z "${MIGRATIONPORTAL_TEST_RESULTS:-}" ]; then rm -rf "$results"; fi
  mkdir -p "$results"
  results=$(cd "$results" && pwd)

  trap 'stop_throwaway_db' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  log "building MigrationPortal.sln (Release)"
  if ! dotnet build MigrationPortal.sln -c Release --nologo; then
    log "the build failed"
    summary_line 0 1 0
    exit 1
  fi

  if ! choose_database; then
    stop_throwaway_db
    log "no database for the tests"
    summary_line 0 1 0
    exit 1
  fi
  ensure_chromium

  local passed=0 failed=0 skipped=0 problems=() measures=() csproj name trx rc counts p f s outcome
  local projects
  mapfile -t projects < <(test_projects)
  if [ "${#projects[@]}" -eq 0 ]; then
    stop_throwaway_db
    log "no test project found under tests/"
    summary_line 0 1 0
    exit 1
  fi

  for csproj in "${projects[@]}"; do
    name=$(basename "$csproj" .csproj)
    trx=$results/$name.trx
    rm -f "$trx"
    log "running $name"
    rc=0
    # The projects share one database: never run them side by side.
    run_measured dotnet test "$csproj" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      --blame-hang-timeout "${MIGRATIONPORTAL_TEST_HANG_TIMEOUT:-10m}" --blame-hang-dump-type none ||
      rc=$?
    measures+=("$name: ${RUN_SECONDS} s, peak RSS ${RUN_PEAK_MB} MB")
    if [ ! -f "$trx" ]; then
      problems+=("$name: ended (exit $rc) without $trx")
      failed=$((failed + 1))
      continue
    fi
    if ! counts=$(trx_counts "$trx"); then
      problems+=("$name: no <Counters> in $trx")
      failed=$((failed + 1))
      continue
    fi
    read -r p f s outcome <<<"$counts"
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
    log "$name: $(summary_line "$p" "$f" "$s")"
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
      # A crashed or aborted test host, a hang, a failing fixture: the counters miss it.
      problems+=("$name: exit $rc, outcome $outcome, but no failed test recorded (see its output)")
      failed=$((failed + 1))
    fi
  done

  stop_throwaway_db
  local problem
  for problem in ${problems[@]+"${problems[@]}"}; do
    log "problem: $problem"
  done
  log "results: $results; screenshots: $MIGRATIONPORTAL_ARTIFACTS"
  local measure
  for measure in ${measures[@]+"${measures[@]}"}; do
    log "time and memory: $measure"
  done
  summary_line "$passed" "$failed" "$skipped"
  [ "$failed" -eq 0 ]
}

# Sourcing the file (to reuse trx_counts or summary_line) runs nothing.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
