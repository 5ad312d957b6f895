#!/bin/sh
# Entry point of the eclipse-mosquitto:2 container in docker-compose.yml: renders the template
# mosquitto.conf (as scripts/services.sh does on a machine), creates the dynamic-security file with
# the admin account on first start, starts the broker and creates the ingest account and its role
# when missing. Secrets come from the environment (docker compose reads them from .env).
# The TLS listener is kept when /certs/server.crt and /certs/server.key exist (mount a directory:
# services.sh's var/mosquitto/tls, or a real certificate), otherwise it is left out.
set -eu
: "${ZAPLECZE_TRACKING_DEVICES_ADMIN_PASSWORD:?set it (see docker-compose.yml)}"
: "${ZAPLECZE_TRACKING_MQTT_PASSWORD:?set it (see docker-compose.yml)}"
root=${ZAPLECZE_MQTT_TOPIC_ROOT:-zaplecze/v1}
group=${ZAPLECZE_MQTT_SHARE_GROUP:-zaplecze-ingest}
data=/mosquitto/data
mkdir -p "$data" /mosquitto/log
chown -R mosquitto: "$data" /mosquitto/log 2>/dev/null || true
if [ ! -s "$data/dynamic-security.json" ]; then
  mosquitto_ctrl dynsec init "$data/dynamic-security.json" zaplecze-admin "$ZAPLECZE_TRACKING_DEVICES_ADMIN_PASSWORD" >/dev/null
  chown mosquitto: "$data/dynamic-security.json" 2>/dev/null || true
fi
conf=/tmp/mosquitto.conf
if [ -r /certs/server.crt ] && [ -r /certs/server.key ]; then
  cp /certs/server.key /tmp/server.key && chown mosquitto: /tmp/server.key && chmod 600 /tmp/server.key
  strip_tls=""
else
  strip_tls="/^listener @TLS_PORT@/,/^keyfile/d"
fi
sed -e "${strip_tls:-s/^\$//}" -e "s|@BIND@|0.0.0.0|; s|@PORT@|1884|; s|@TLS_PORT@|8883|" \
    -e "s|@CERTFILE@|/certs/server.crt|; s|@KEYFILE@|/tmp/server.key|; s|@DATA_DIR@|$data|g" \
    -e "s|@PID_FILE@|$data/mosquitto.pid|; s|@LOG_FILE@|/mosquitto/log/mosquitto.log|" \
    -e "s|@PLUGIN@|/usr/lib/mosquitto_dynamic_security.so|" /deploy/mosquitto.conf > "$conf"
mosquitto -c "$conf" &
broker=$!
trap 'kill $broker 2>/dev/null' TERM INT
ctrl() { mosquitto_ctrl -h 127.0.0.1 -p 1884 -u zaplecze-admin -P "$ZAPLECZE_TRACKING_DEVICES_ADMIN_PASSWORD" dynsec "$@" 2>&1; }
for _ in $(seq 1 50); do ctrl getDefaultACLAccess | grep -q publishClientSend && break; sleep 0.2; done
if ! ctrl getRole zaplecze-ingest | grep -q "^Rolename:"; then
  ctrl createRole zaplecze-ingest >/dev/null
  for topic in "$root/vehicles/+/telemetry" "$root/vehicles/+/events" \
      "\$share/$group/$root/vehicles/+/telemetry" "\$share/$group/$root/vehicles/+/events"; do
    ctrl addRoleACL zaplecze-ingest subscribePattern "$topic" allow >/dev/null
  done
fi
if ! ctrl getClient zaplecze-ingest | grep -q "^Username:"; then
  ctrl createClient zaplecze-ingest -p "$ZAPLECZE_TRACKING_MQTT_PASSWORD" >/dev/null
  ctrl addClientRole zaplecze-ingest zaplecze-ingest >/dev/null
fi
wait $broker
