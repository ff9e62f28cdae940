#!/bin/sh
# deploy/rabbitmq-users.sh - the services' least-privilege RabbitMQ users, through the management API (curl only, so it
# also runs in a small container: docker-compose.yml's rabbitmq-users). Idempotent. Settings from the environment, as
# deploy/infra.env names them: RABBITMQ_HOST, RABBITMQ_MANAGEMENT_PORT, RABBITMQ_USER/RABBITMQ_PASSWORD (the
# administrator), RABBITMQ_VHOST, RABBITMQ_SERVICES, RABBITMQ_<SERVICE>_PASSWORD and the three RABBITMQ_SERVICE_*
# permission patterns. Also deletes RabbitMQ's default guest user. See docs/security.md (RabbitMQ users).
set -eu

api="http://${RABBITMQ_HOST}:${RABBITMQ_MANAGEMENT_PORT}/api"
admin="${RABBITMQ_USER}:${RABBITMQ_PASSWORD}"
# The vhost in a URL: '/' is %2F; other vhost names are expected to be URL-safe.
vhost=$(printf '%s' "$RABBITMQ_VHOST" | sed 's,/,%2F,g')

json_string() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"; }

call() {  # call METHOD PATH [JSON] -> fails unless 2xx (404 allowed for DELETE)
  method=$1 path=$2 body=${3:-}
  if [ -n "$body" ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u "$admin" -X "$method" \
      -H 'content-type: application/json' --data "$body" "$api/$path")
  else
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u "$admin" -X "$method" "$api/$path")
  fi
  case $code in
    2??) return 0 ;;
    404) [ "$method" = DELETE ] && return 0 ;;
  esac
  echo "[rabbitmq-users] ERROR: $method $path answered HTTP $code" >&2
  return 1
}

# The management API may answer a little after the broker (a container just started): wait up to a minute.
tries=0
until curl -sf -o /dev/null --max-time 5 -u "$admin" "$api/overview"; do
  tries=$((tries + 1))
  [ "$tries" -lt 30 ] || { echo "[rabbitmq-users] ERROR: the management API at $api does not answer for $RABBITMQ_USER" >&2; exit 1; }
  sleep 2
done

for service in $RABBITMQ_SERVICES; do
  user="disiplin-$service"
  upper=$(printf '%s' "$service" | tr 'a-z' 'A-Z')
  eval "password=\${RABBITMQ_${upper}_PASSWORD:-}"
  [ -n "$password" ] || { echo "[rabbitmq-users] ERROR: RABBITMQ_${upper}_PASSWORD is empty" >&2; exit 1; }
  configure=$(printf '%s' "$RABBITMQ_SERVICE_CONFIGURE" | sed "s/{service}/$service/g")
  write=$(printf '%s' "$RABBITMQ_SERVICE_WRITE" | sed "s/{service}/$service/g")
  read=$(printf '%s' "$RABBITMQ_SERVICE_READ" | sed "s/{service}/$service/g")
  # No tags: the user cannot log in to the management UI or API.
  call PUT "users/$user" "{\"password\":$(json_string "$password"),\"tags\":\"\"}"
  call PUT "permissions/$vhost/$user" \
    "{\"configure\":$(json_string "$configure"),\"write\":$(json_string "$write"),\"read\":$(json_string "$read")}"
  echo "[rabbitmq-users] $user: configure $configure, write $write, read $read on vhost $RABBITMQ_VHOST"
done
call DELETE "users/guest"
echo "[rabbitmq-users] guest: removed (or was not there)"
