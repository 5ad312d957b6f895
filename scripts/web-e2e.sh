#!/usr/bin/env bash
# Browser tests of the web console against the REAL app: a fresh database, the app jar with the demo
# profile on a free port (real PostgreSQL/PostGIS and MQTT broker), optionally the fleet simulator,
# then web/e2e/*.test.mjs in Debian's chromium (playwright-core + node:test). Always stops what it
# started and drops its database. Builds nothing if app/target/app-*.jar exists.
#
#   scripts/web-e2e.sh                 # all browser tests
#   scripts/web-e2e.sh e2e/shell.test.mjs   # some (paths relative to web/)
#
# Environment: ZAPLECZE_E2E_SIMULATOR="drive --speed 60" starts the simulator with these arguments
# once the demo day is ready (default: the arguments web/e2e/simulator.args holds, if any);
# ZAPLECZE_E2E_KEEP=1 keeps the app running after the tests (prints its URL; Ctrl-C stops it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
say() { printf '[web-e2e] %s\n' "$*"; }
die() { printf '[web-e2e] ERROR: %s\n' "$*" >&2; exit 1; }

# --- tools: a JDK >= 21, node, chromium -------------------------------------------------------
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for d in /usr/lib/jvm/*; do
    if [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA_HOME=$d; fi
  done
fi
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] || die "no JDK 21+ found (set JAVA_HOME)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
command -v node >/dev/null || die "node (>= 20.19) is needed: apt-get install nodejs npm"
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  [ "$(id -u)" -eq 0 ] || die "chromium is missing: run 'sudo apt-get install -y chromium'"
  say "installing chromium (Debian package)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM=$chromium

jar=$(ls app/target/app-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  say "no app jar: building it (./mvnw -DskipTests package)"
  ./mvnw -B -q -DskipTests package
  jar=$(ls app/target/app-*.jar | grep -v original | head -1)
fi
[ -d web/node_modules/playwright-core ] || (cd web && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)

# The project broker's accounts (scripts/services.sh writes them): the app ingests with its account,
# the simulator provisions one per van through the API, as real devices get theirs.
creds=${ZAPLECZE_MQTT_DIR:-$root/var/mosquitto}/credentials.env
[ -r "$creds" ] || die "no broker credentials in $creds: run ./zaplecze services"
set -a; . "$creds"; set +a

# --- a fresh database and the app -------------------------------------------------------------
run_id="e2e$$"
db="zaplecze_${run_id}"
out="$root/web/e2e/.out"
mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
db_port=${ZAPLECZE_E2E_DB_PORT:-5432}
psql_admin() { psql -h 127.0.0.1 -p "$db_port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
app_pid="" sim_pid=""
cleanup() {
  status=$?
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# A busy shared server may refuse connections for a while ("too many clients"): wait up to a minute.
for attempt in $(seq 1 30); do
  psql_admin -d postgres -c "CREATE DATABASE \"$db\" OWNER zaplecze" >/dev/null 2>"$out/psql.err" && break
  [ "$attempt" -lt 30 ] || { cat "$out/psql.err" >&2; die "cannot create the database $db"; }
  sleep 2
done
psql_admin -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS postgis' >/dev/null

started=$(date +%s)
say "starting $(basename "$jar") (demo profile) on port $port, database $db (log: web/e2e/.out/app.log)"
ZAPLECZE_DB_URL="jdbc:postgresql://127.0.0.1:$db_port/$db" ZAPLECZE_DB_POOL_SIZE=${ZAPLECZE_DB_POOL_SIZE:-6} java -jar "$jar" \
  --spring.profiles.active=demo --server.port="$port" \
  --zaplecze.tracking.mqtt.topic-root="$run_id/v1" --zaplecze.tracking.mqtt.client-id="zaplecze-$run_id" \
  --zaplecze.routing.planning.demo.time-limit="${ZAPLECZE_E2E_PLAN_TIME:-5s}" \
  --zaplecze.tracking.lookup.burst=1000 --zaplecze.tracking.lookup.requests-per-second=200 \
  > "$out/app.log" 2>&1 &
app_pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 "${ZAPLECZE_E2E_START_TIMEOUT:-600}"); do
  kill -0 "$app_pid" 2>/dev/null || { tail -40 "$out/app.log"; die "the app stopped; see web/e2e/.out/app.log"; }
  grep -q 'Demo day .* ready' "$out/app.log" && curl -fs "$url/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
grep -q 'Demo day .* ready' "$out/app.log" || die "the demo day was not ready in time (ZAPLECZE_E2E_START_TIMEOUT, default 600 s); see web/e2e/.out/app.log"
say "app ready with the demo day after $(( $(date +%s) - started )) s"

sim_args=${ZAPLECZE_E2E_SIMULATOR:-$( [ -f web/e2e/simulator.args ] && grep -v '^#' web/e2e/simulator.args | tr '\n' ' ' || true)}
if [ -n "${sim_args// }" ]; then
  sim_jar=$(ls simulator/target/simulator-*-exec.jar 2>/dev/null | head -1 || true)
  [ -n "$sim_jar" ] || die "simulator/target/simulator-*-exec.jar is missing: ./mvnw -DskipTests package"
  say "starting the simulator: $sim_args (log: web/e2e/.out/simulator.log)"
  set -f  # the arguments may hold '*' (all vehicles), never a file pattern
  # shellcheck disable=SC2086
  java -jar "$sim_jar" $sim_args --api "$url" --topic-root "$run_id/v1" \
    --user dispatcher --password dispatcher --provision-devices --broker "$ZAPLECZE_TRACKING_MQTT_BROKER_URL" \
    > "$out/simulator.log" 2>&1 &
  sim_pid=$!
  set +f
fi

# --- the browser tests --------------------------------------------------------------------------
say "running the browser tests against $url"
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(e2e/)
set +e
(cd web && ZAPLECZE_URL="$url" ZAPLECZE_E2E_LOG="$out" node --test --test-concurrency=1 --test-reporter=spec "${tests[@]}")
result=$?
set -e
say "browser tests finished in $(( $(date +%s) - started )) s (app start included): $([ $result -eq 0 ] && echo passed || echo FAILED)"
if [ "${ZAPLECZE_E2E_KEEP:-0}" = 1 ]; then
  say "keeping the app at $url (Ctrl-C stops it)"
  wait "$app_pid"
fi
exit $result
