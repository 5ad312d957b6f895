#!/usr/bin/env bash
# Prepares the services Zaplecze needs on a Debian machine without Docker, as root: PostgreSQL with
# PostGIS and a 'zaplecze' database, and a Mosquitto 2 broker. Idempotent: safe to run any number
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
# The broker must run with the project's limits (deploy/mosquitto/mosquitto.conf): with Mosquitto's
# defaults (1000 queued messages per client) a persistent ingest session that falls behind loses
# QoS 1 messages silently. A broker started with another configuration is restarted with ours,
# bound to loopback.
if ! command -v mosquitto >/dev/null; then
  apt_install mosquitto
fi
local_conf=/etc/mosquitto/zaplecze-local.conf
want=$(sed 's/^listener 1883$/listener 1883 127.0.0.1/' "$here/deploy/mosquitto/mosquitto.conf")
if [ ! -f "$local_conf" ] || [ "$(cat "$local_conf")" != "$want" ]; then
  printf '%s\n' "$want" | $sudo_cmd tee "$local_conf" >/dev/null
fi
running_with_ours() {
  local pid
  for pid in $(pgrep -x mosquitto); do
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "-c $local_conf" && return 0
  done
  return 1
}
if pgrep -x mosquitto >/dev/null && ! running_with_ours; then
  say "restarting Mosquitto with the project's limits ($local_conf)"
  $sudo_cmd pkill -x mosquitto || true
  for _ in $(seq 1 20); do pgrep -x mosquitto >/dev/null || break; sleep 0.5; done
fi
if ! pgrep -x mosquitto >/dev/null; then
  say "starting Mosquitto with $local_conf"
  $sudo_cmd mkdir -p /var/lib/mosquitto /run/mosquitto
  $sudo_cmd chown mosquitto: /var/lib/mosquitto /run/mosquitto 2>/dev/null || true
  $sudo_cmd mosquitto -d -c "$local_conf"
fi
for _ in $(seq 1 20); do
  (exec 3<>/dev/tcp/127.0.0.1/1883) 2>/dev/null && break
  sleep 0.5
done
(exec 3<>/dev/tcp/127.0.0.1/1883) 2>/dev/null || die "Mosquitto does not listen on 127.0.0.1:1883"
say "Mosquitto ready on 127.0.0.1:1883"
