# Sourced by the benchmarks: a Release build of the portal, started in Production behind a pretend proxy on this
# host. The caller sets root, work (a scratch folder) and pids (an array the caller's exit trap stops), and defines log.

# portal_build CHECKOUT: builds the portal in Release and prints its dll.
portal_build() {
  dotnet build "$1/src/MigrationPortal.Web" -c Release -v quiet -nologo >/dev/null
  ls "$1"/src/MigrationPortal.Web/bin/Release/net*/MigrationPortal.Web.dll | head -1
}

# portal_start NAME DLL PORT CONNECTION OWNER_CONNECTION [NAME=VALUE ...]: starts a portal and waits until it is ready.
portal_start() {
  local name=$1 dll=$2 at=$3 cs=$4 owner_cs=$5
  shift 5
  (
    cd "$(dirname "$dll")"
    export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Portal="$cs" ConnectionStrings__PortalOwner="$owner_cs"
    export Portal__PublicBaseUrl="http://127.0.0.1:$at" ForwardedHeaders__KnownProxies=127.0.0.1
    export Serilog__MinimumLevel__Default=Warning Scheduling__JobOrderExpiryMinutes=0 Email__PollSeconds=3600
    export Database__Migrate=false Database__SeedDemo=false "$@"
    exec dotnet "$dll" --urls "http://127.0.0.1:$at"
  ) >"$work/$name.log" 2>&1 &
  pids+=($!)
  local pid=$!
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$at/health/ready" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/$name.log" >&2; log "the $name portal did not start"; exit 1; }
    sleep 0.5
  done
  log "the $name portal was not ready in 2 minutes"
  exit 1
}

# portal_stop: stops the portal started last.
portal_stop() {
  local last=$((${#pids[@]} - 1))
  kill "${pids[$last]}" 2>/dev/null || true
  wait "${pids[$last]}" 2>/dev/null || true
  unset "pids[$last]"
}
