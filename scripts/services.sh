#!/usr/bin/env bash
# Prepares the services Zaplecze needs on a Debian machine without Docker, as root: PostgreSQL with
# PostGIS and a 'zaplecze' database, and the project's own Mosquitto 2 broker. Idempotent: safe to run any number
# of times; it only installs or starts what is missing.
set -euo pipefail

say() { printf '[services] %s\n' "$*"; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

here=$(cd "$(dirname "$0")/.." && pwd)
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "run as root (or install sudo): packages may need installing"
  sudo_cmd="sudo"
fi

apt_updated=0
apt_install() {
  if [ $apt_updated -eq 0 ]; then
    say "apt-get update"
    $sudo_cmd apt-get update -qq
    apt_updated=1
  fi
  say "installing $*"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL ---------------------------------------------------------------------------------
if ! command -v pg_lsclusters >/dev/null; then
  apt_install postgresql
fi
pg_version=$(pg_lsclusters --no-header | awk 'NR==1{print $1}')
[ -n "$pg_version" ] || die "no PostgreSQL cluster found (pg_lsclusters)"
pg_cluster=$(pg_lsclusters --no-header | awk 'NR==1{print $2}')

if ! dpkg -s "postgresql-$pg_version-postgis-3" >/dev/null 2>&1; then
  apt_install "postgresql-$pg_version-postgis-3"
fi

if ! pg_lsclusters --no-header | awk 'NR==1{print $4}' | grep -q online; then
  say "starting PostgreSQL $pg_version/$pg_cluster"
  $sudo_cmd pg_ctlcluster --skip-systemctl-redirect "$pg_version" "$pg_cluster" start
fi

psql_admin() {
  if psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"
  else
    $sudo_cmd runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"
  fi
}
for _ in $(seq 1 30); do psql_admin -d postgres -tAc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
psql_admin -d postgres -tAc 'select 1' >/dev/null || die "PostgreSQL does not accept connections"

db_name=${ZAPLECZE_DB_NAME:-zaplecze}
db_user=${ZAPLECZE_DB_USER:-zaplecze}
db_password=${ZAPLECZE_DB_PASSWORD:-zaplecze}
if [ "$(psql_admin -d postgres -tAc "select 1 from pg_roles where rolname='$db_user'")" != "1" ]; then
  say "creating role $db_user"
  psql_admin -d postgres -c "CREATE ROLE \"$db_user\" LOGIN PASSWORD '$db_password'"
fi
if [ "$(psql_admin -d postgres -tAc "select 1 from pg_database where datname='$db_name'")" != "1" ]; then
  say "creating database $db_name"
  psql_admin -d postgres -c "CREATE DATABASE \"$db_name\" OWNER \"$db_user\""
fi
# postgis is not a trusted extension: a superuser creates it, the app's migrations only use it.
psql_admin -d "$db_name" -c "CREATE EXTENSION IF NOT EXISTS postgis"
say "PostgreSQL $pg_version with PostGIS ready: database $db_name, role $db_user"

# --- Mosquitto ----------------------------------------------------------------------------------
# The project's own broker: a Mosquitto process of its own, started from the template
# deploy/mosquitto/mosquitto.conf (dynamic security, anonymous clients refused, the project's queue
# limits, a TLS listener), on ports that leave a stock broker on 1883 alone. Everything it needs
# lives in one state directory: the rendered config, data/ (persistence and dynamic-security.json),
# run/ (pid file and log), tls/ (a generated self-signed certificate unless ZAPLECZE_MQTT_CERTFILE/_KEYFILE name a real
# one), and credentials.env (mode 600, never committed: /var/ is ignored),
# which the app (./zaplecze demo sources it) and the tests (test-support) read.
# This script recognises its broker by the pid file and never stops a process it did not start.
mqtt_dir=${ZAPLECZE_MQTT_DIR:-$here/var/mosquitto}
mqtt_bind=${ZAPLECZE_MQTT_BIND:-127.0.0.1}
mqtt_port=${ZAPLECZE_MQTT_PORT:-1884}
mqtt_tls_port=${ZAPLECZE_MQTT_TLS_PORT:-8883}
mqtt_root=${ZAPLECZE_MQTT_TOPIC_ROOT:-zaplecze/v1}
mqtt_group=${ZAPLECZE_MQTT_SHARE_GROUP:-zaplecze-ingest}
mqtt_host=$mqtt_bind; [ "$mqtt_host" = "0.0.0.0" ] && mqtt_host=127.0.0.1

if ! command -v mosquitto >/dev/null || ! command -v mosquitto_ctrl >/dev/null; then
  apt_install mosquitto
fi
command -v openssl >/dev/null || apt_install openssl
plugin=""
for p in /usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so /usr/lib/aarch64-linux-gnu/mosquitto_dynamic_security.so \
    /usr/lib/mosquitto_dynamic_security.so /usr/local/lib/mosquitto_dynamic_security.so; do
  [ -f "$p" ] && { plugin=$p; break; }
done
[ -n "$plugin" ] || plugin=$(dpkg -L mosquitto 2>/dev/null | grep -m1 'mosquitto_dynamic_security.so$' || true)
[ -n "$plugin" ] || die "the Mosquitto dynamic-security plugin (mosquitto_dynamic_security.so) is missing"

mkdir -p "$mqtt_dir/data" "$mqtt_dir/run" "$mqtt_dir/tls"
chmod 755 "$mqtt_dir"
# The broker drops root privileges to the 'mosquitto' user: it must write data/ and run/ (pid, log).
if [ "$(id -u)" -eq 0 ] && id mosquitto >/dev/null 2>&1; then chown mosquitto: "$mqtt_dir/data" "$mqtt_dir/run"; fi

certfile=${ZAPLECZE_MQTT_CERTFILE:-$mqtt_dir/tls/server.crt}
keyfile=${ZAPLECZE_MQTT_KEYFILE:-$mqtt_dir/tls/server.key}
if [ -z "${ZAPLECZE_MQTT_CERTFILE:-}" ] && [ ! -s "$certfile" ]; then
  say "generating a self-signed demo certificate for the TLS listener ($certfile)"
  openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=zaplecze-mqtt-demo" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1${ZAPLECZE_MQTT_TLS_SAN:+,$ZAPLECZE_MQTT_TLS_SAN}" \
    -addext "basicConstraints=critical,CA:FALSE" -keyout "$keyfile" -out "$certfile" >/dev/null 2>&1 \
    || die "openssl could not generate the demo certificate"
  chmod 644 "$certfile"; chmod 600 "$keyfile"
fi
# The broker reads its key after dropping privileges.
if [ "$(id -u)" -eq 0 ] && id mosquitto >/dev/null 2>&1 && [ "$(stat -c %U "$keyfile")" = root ]; then
  chown mosquitto: "$keyfile"
fi

# Secrets: generated once, kept in credentials.env (readable by its owner only).
creds=$mqtt_dir/credentials.env
secret() { openssl rand -hex 24; }
touch "$creds"; chmod 600 "$creds"
cred() { sed -n "s/^$1=//p" "$creds" | head -1; }
admin_password=$(cred ZAPLECZE_TRACKING_DEVICES_ADMIN_PASSWORD); [ -n "$admin_password" ] || admin_password=$(secret)
ingest_password=$(cred ZAPLECZE_TRACKING_MQTT_PASSWORD); [ -n "$ingest_password" ] || ingest_password=$(secret)
bench_password=$(cred ZAPLECZE_MQTT_BENCH_PASSWORD); [ -n "$bench_password" ] || bench_password=$(secret)
want_bench=${ZAPLECZE_MQTT_BENCH_ACCOUNT:-0}
[ "$want_bench" = "1" ] || [ -n "$(cred ZAPLECZE_MQTT_BENCH_USERNAME)" ] && bench_line=1 || bench_line=0
{
  echo "# Written by scripts/services.sh: the project broker's accounts. Secret: never commit or share."
  echo "ZAPLECZE_TRACKING_MQTT_BROKER_URL=tcp://$mqtt_host:$mqtt_port"
  echo "ZAPLECZE_MQTT_TLS_URL=ssl://$mqtt_host:$mqtt_tls_port"
  echo "ZAPLECZE_TRACKING_MQTT_TRUST_CERTIFICATES=$certfile"
  echo "ZAPLECZE_TRACKING_MQTT_USERNAME=zaplecze-ingest"
  echo "ZAPLECZE_TRACKING_MQTT_PASSWORD=$ingest_password"
  echo "ZAPLECZE_TRACKING_DEVICES_ADMIN_USERNAME=zaplecze-admin"
  echo "ZAPLECZE_TRACKING_DEVICES_ADMIN_PASSWORD=$admin_password"
  if [ "$bench_line" = "1" ]; then
    echo "ZAPLECZE_MQTT_BENCH_USERNAME=zaplecze-bench"
    echo "ZAPLECZE_MQTT_BENCH_PASSWORD=$bench_password"
  fi
} > "$creds.new"
chmod 600 "$creds.new"; mv "$creds.new" "$creds"

if [ ! -s "$mqtt_dir/data/dynamic-security.json" ]; then
  say "initialising dynamic security ($mqtt_dir/data/dynamic-security.json)"
  mosquitto_ctrl dynsec init "$mqtt_dir/data/dynamic-security.json" zaplecze-admin "$admin_password" >/dev/null
  [ "$(id -u)" -eq 0 ] && id mosquitto >/dev/null 2>&1 && chown mosquitto: "$mqtt_dir/data/dynamic-security.json"
fi

conf=$mqtt_dir/mosquitto.conf
pid_file=$mqtt_dir/run/mosquitto.pid
sed -e "s|@BIND@|$mqtt_bind|; s|@PORT@|$mqtt_port|; s|@TLS_PORT@|$mqtt_tls_port|; s|@CERTFILE@|$certfile|" \
    -e "s|@KEYFILE@|$keyfile|; s|@DATA_DIR@|$mqtt_dir/data|g; s|@PID_FILE@|$pid_file|; s|@LOG_FILE@|$mqtt_dir/run/mosquitto.log|" \
    -e "s|@PLUGIN@|$plugin|" "$here/deploy/mosquitto/mosquitto.conf" > "$conf.new"
if [ "$(id -u)" -eq 0 ] && id mosquitto >/dev/null 2>&1 \
    && ! runuser -u mosquitto -- test -w "$mqtt_dir/data/dynamic-security.json" 2>/dev/null; then
  # The state directory is below a directory the 'mosquitto' user cannot enter (e.g. /root): keep root.
  say "warning: $mqtt_dir is not reachable for the 'mosquitto' user; the broker keeps running as root"
  echo "user root" >> "$conf.new"
fi

our_pid() {
  local pid
  pid=$(cat "$pid_file" 2>/dev/null || true)
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "-c $conf" || return 1
  echo "$pid"
}
if pid=$(our_pid) && ! cmp -s "$conf" "$conf.new"; then
  say "restarting the project's Mosquitto (pid $pid): its configuration changed"
  kill "$pid"
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && die "the project's Mosquitto (pid $pid) did not stop"
fi
mv "$conf.new" "$conf"
if ! our_pid >/dev/null; then
  for port in "$mqtt_port" "$mqtt_tls_port"; do
    (exec 3<>"/dev/tcp/$mqtt_host/$port") 2>/dev/null \
      && die "port $port is taken by another process; choose others with ZAPLECZE_MQTT_PORT / ZAPLECZE_MQTT_TLS_PORT"
  done
  say "starting the project's Mosquitto on $mqtt_bind:$mqtt_port and TLS $mqtt_tls_port ($conf)"
  rm -f "$pid_file"
  mosquitto -d -c "$conf"
fi
for _ in $(seq 1 40); do
  (exec 3<>"/dev/tcp/$mqtt_host/$mqtt_port") 2>/dev/null && break
  sleep 0.25
done
(exec 3<>"/dev/tcp/$mqtt_host/$mqtt_port") 2>/dev/null \
  || die "Mosquitto does not listen on $mqtt_host:$mqtt_port (log: $mqtt_dir/run/mosquitto.log)"

# Accounts and roles (idempotent: created when missing, never changed when present, so nothing
# connected is kicked). The ingest may subscribe to every vehicle's topics but publish nothing;
# devices get a role each when they are provisioned through the app.
ctrl() { mosquitto_ctrl -h "$mqtt_host" -p "$mqtt_port" -u zaplecze-admin -P "$admin_password" dynsec "$@" 2>&1; }
ctrl getDefaultACLAccess | grep -q publishClientSend \
  || die "the dynamic-security admin is refused; $mqtt_dir/data/dynamic-security.json does not match $creds"
ensure_role() { # role acl...
  local role=$1; shift
  ctrl getRole "$role" | grep -q "^Rolename:" && return 0
  ctrl createRole "$role" >/dev/null
  local acl
  for acl in "$@"; do
    # shellcheck disable=SC2086
    ctrl addRoleACL "$role" $acl >/dev/null
  done
}
ensure_client() { # username password role
  ctrl getClient "$1" | grep -q "^Username:" && return 0
  ctrl createClient "$1" -p "$2" >/dev/null
  ctrl addClientRole "$1" "$3" >/dev/null
}
ensure_role zaplecze-ingest \
  "subscribePattern $mqtt_root/vehicles/+/telemetry allow" "subscribePattern $mqtt_root/vehicles/+/events allow" \
  "subscribePattern \$share/$mqtt_group/$mqtt_root/vehicles/+/telemetry allow" \
  "subscribePattern \$share/$mqtt_group/$mqtt_root/vehicles/+/events allow"
ensure_client zaplecze-ingest "$ingest_password" zaplecze-ingest
if [ "$bench_line" = "1" ]; then
  # Tests and benchmarks only (ZAPLECZE_MQTT_BENCH_ACCOUNT=1, set by ./zaplecze test): one account
  # that may publish and subscribe for any vehicle under any topic root ($-topics excluded).
  ensure_role zaplecze-bench "publishClientSend # allow" "subscribePattern # allow"
  ensure_client zaplecze-bench "$bench_password" zaplecze-bench
fi
say "Mosquitto ready on $mqtt_host:$mqtt_port (TLS $mqtt_tls_port, dynamic security; accounts in $creds)"
