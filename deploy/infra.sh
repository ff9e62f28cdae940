#!/usr/bin/env bash
# deploy/infra.sh - native (no Docker, no systemd) PostgreSQL 15 + RabbitMQ for Berau.Disiplin.
#
#   bash deploy/infra.sh [up|down|status]     (default: up; run as root, from any directory)
#
# Settings come from deploy/infra.env; variables already set in the environment win.
# Idempotent: a second `up` only verifies (a few seconds).  See deploy/README-infra.md.
set -Eeuo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
ENV_FILE="${INFRA_ENV_FILE:-$SCRIPT_DIR/infra.env}"

# Internal knobs (not in infra.env on purpose; override via environment if ever needed).
PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-60}"
RABBITMQ_START_TIMEOUT="${RABBITMQ_START_TIMEOUT:-180}"
RABBITMQ_NODE="rabbit@localhost"

RMQ_ETC=/etc/rabbitmq
RMQ_CONF="$RMQ_ETC/rabbitmq.conf"
RMQ_ENV_CONF="$RMQ_ETC/rabbitmq-env.conf"
RMQ_PLUGINS_FILE="$RMQ_ETC/enabled_plugins"
RMQ_LOG_DIR=/var/log/rabbitmq
RMQ_STARTUP_LOG="$RMQ_LOG_DIR/infra-startup.log"

export DEBIAN_FRONTEND=noninteractive
# Keep epmd (Erlang port mapper, started by the first Erlang node/CLI) on loopback too.
export ERL_EPMD_ADDRESS=127.0.0.1

log()  { printf '[infra] %s\n' "$*"; }
warn() { printf '[infra] WARNING: %s\n' "$*" >&2; }
die()  { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'rc=$?; printf "[infra] ERROR: command failed (exit %s, line %s): %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR

# --------------------------------------------------------------------------- settings
load_env() {
  [[ -r $ENV_FILE ]] || die "settings file $ENV_FILE is missing/unreadable - restore deploy/infra.env from git."
  local k keys
  local -A pre=()
  keys=$(sed -nE 's/^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*)=.*/\1/p' "$ENV_FILE")
  for k in $keys; do
    if [[ -n ${!k+x} ]]; then pre[$k]=${!k}; fi
  done
  # shellcheck disable=SC1090
  . "$ENV_FILE"
  for k in "${!pre[@]}"; do printf -v "$k" '%s' "${pre[$k]}"; done
  for k in PG_HOST PG_PORT PG_USER PG_PASSWORD PG_DATABASES RABBITMQ_HOST RABBITMQ_PORT \
           RABBITMQ_MANAGEMENT_PORT RABBITMQ_USER RABBITMQ_PASSWORD RABBITMQ_VHOST RABBITMQ_SERVICES \
           RABBITMQ_PERSONNEL_PASSWORD RABBITMQ_REPORTING_PASSWORD RABBITMQ_DISCIPLINE_PASSWORD \
           RABBITMQ_SERVICE_CONFIGURE RABBITMQ_SERVICE_WRITE RABBITMQ_SERVICE_READ; do
    [[ -n ${!k:-} ]] || die "setting $k is empty - set it in $ENV_FILE or the environment."
  done
  read -ra PG_DB_LIST <<<"$PG_DATABASES"
  ((${#PG_DB_LIST[@]})) || die "PG_DATABASES lists no database names."
}

# --------------------------------------------------------------------------- helpers
pkg_installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]; }

ensure_packages() {
  local p missing=() out
  for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  log "installing missing packages: ${missing[*]} (apt-get update + install; can take a few minutes)"
  out=$(mktemp)
  if ! { apt-get update -q && apt-get install -y -q \
           -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"; } >"$out" 2>&1; then
    tail -n 25 "$out" >&2; rm -f "$out"
    die "apt-get could not install ${missing[*]} - check network access to deb.debian.org and 'apt-get install ${missing[*]}' output above."
  fi
  rm -f "$out"
  log "installed: ${missing[*]}"
}

# write_if_changed PATH CONTENT -> returns 0 if the file was (re)written, 1 if it was already identical.
write_if_changed() {
  local path=$1 content=$2
  if [[ -f $path ]] && printf '%s\n' "$content" | cmp -s - "$path"; then return 1; fi
  printf '%s\n' "$content" >"$path.infra-tmp"
  chown --reference="$(dirname "$path")" "$path.infra-tmp" 2>/dev/null || true
  chmod 644 "$path.infra-tmp"
  mv -f "$path.infra-tmp" "$path"
  log "wrote $path"
  return 0
}

# wait_for TIMEOUT_SECONDS CMD... -> 0 once CMD succeeds, 1 on timeout.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

urlencode() {
  local s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in [a-zA-Z0-9._~-]) out+=$c ;; *) printf -v c '%%%02X' "'$c"; out+=$c ;; esac
  done
  printf '%s' "$out"
}

# Daemons must not inherit our lock fd (9) or a CI runner's pipes: close every fd > 2 in the
# (sub)shell that execs them.
close_extra_fds() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    if ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

require_root() { [[ $EUID -eq 0 ]] || die "must run as root (e.g. sudo bash $0 ${1:-up})."; }

# --------------------------------------------------------------------------- PostgreSQL
PG_CONF_DIR="/etc/postgresql/$PG_VERSION/$PG_CLUSTER"
PG_INFRA_CONF="$PG_CONF_DIR/conf.d/50-disiplin-infra.conf"
PG_LOG="/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log"

pg_state() { pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null | awk '{print $4}'; }
pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2; }
# Superuser SQL over the local socket (peer auth as postgres); SQL on stdin, psql -v vars allowed.
pg_super() { (cd / && runuser -u postgres -- psql -X -q -At -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@"); }
pg_login() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -w -At -h "$PG_HOST" -p "$PG_PORT" \
    -U "$PG_USER" -d "$1" -c 'select 1'
}

pg_up() {
  ensure_packages "postgresql-$PG_VERSION"
  if [[ ! -f $PG_CONF_DIR/postgresql.conf ]]; then
    log "no PostgreSQL cluster $PG_VERSION/$PG_CLUSTER - creating it (pg_createcluster)"
    pg_createcluster --port "$PG_PORT" "$PG_VERSION" "$PG_CLUSTER" >/dev/null \
      || die "pg_createcluster $PG_VERSION $PG_CLUSTER failed - see output above."
  fi

  local conf_changed=0 hba_changed=0 hba="$PG_CONF_DIR/pg_hba.conf"
  mkdir -p "$PG_CONF_DIR/conf.d"
  if write_if_changed "$PG_INFRA_CONF" "# Managed by deploy/infra.sh (Berau.Disiplin): loopback-only listener.
listen_addresses = '$PG_HOST'
port = $PG_PORT"; then conf_changed=1; fi

  # Password (md5/scram) auth over TCP from 127.0.0.1 - Debian's default pg_hba already has it.
  if ! grep -qE '^[[:space:]]*host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5)' "$hba"; then
    sed -i "1i host all $PG_USER 127.0.0.1/32 scram-sha-256  # added by deploy/infra.sh" "$hba"
    log "added a scram-sha-256 rule for $PG_USER@127.0.0.1 to $hba"
    hba_changed=1
  fi

  local state; state=$(pg_state)
  case $state in
    online*)
      if ((conf_changed)); then
        log "PostgreSQL $PG_VERSION/$PG_CLUSTER running but listener config changed - restarting"
        (close_extra_fds; exec pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart) || die "restart failed - see $PG_LOG"
      elif ((hba_changed)); then
        pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" reload || die "reload failed - see $PG_LOG"
      else
        log "PostgreSQL $PG_VERSION/$PG_CLUSTER already running"
      fi ;;
    *)
      log "starting PostgreSQL $PG_VERSION/$PG_CLUSTER (pg_ctlcluster, was: ${state:-unknown})"
      (close_extra_fds; exec pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start) \
        || die "pg_ctlcluster $PG_VERSION $PG_CLUSTER start failed - see $PG_LOG (is port $PG_PORT already in use?)" ;;
  esac
  wait_for "$PG_START_TIMEOUT" pg_ready \
    || die "PostgreSQL not accepting connections on $PG_HOST:$PG_PORT after ${PG_START_TIMEOUT}s - see $PG_LOG"

  # Role: LOGIN + CREATEDB (tests create/drop throw-away databases).
  local role
  role=$(pg_super -v u="$PG_USER" <<<"SELECT rolcanlogin AND rolcreatedb FROM pg_roles WHERE rolname = :'u'") \
    || die "could not query roles as postgres over the local socket - see $PG_LOG"
  if [[ -z $role ]]; then
    pg_super -v u="$PG_USER" -v pw="$PG_PASSWORD" <<<"CREATE ROLE :\"u\" LOGIN CREATEDB PASSWORD :'pw'"
    log "created role $PG_USER (LOGIN CREATEDB)"
  elif [[ $role != t ]]; then
    pg_super -v u="$PG_USER" <<<"ALTER ROLE :\"u\" LOGIN CREATEDB"
    log "granted LOGIN CREATEDB to role $PG_USER"
  fi

  local db owner
  for db in "${PG_DB_LIST[@]}"; do
    owner=$(pg_super -v d="$db" <<<"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :'d'")
    if [[ -z $owner ]]; then
      pg_super -v d="$db" -v u="$PG_USER" <<<"CREATE DATABASE :\"d\" OWNER :\"u\""
      log "created database $db (owner $PG_USER)"
    elif [[ $owner != "$PG_USER" ]]; then
      pg_super -v d="$db" -v u="$PG_USER" <<<"ALTER DATABASE :\"d\" OWNER TO :\"u\""
      log "changed owner of database $db to $PG_USER"
    fi
  done

  # Verify password login over TCP; (re)set the password once if it does not match.
  if ! pg_login "${PG_DB_LIST[0]}" >/dev/null 2>&1; then
    pg_super -v u="$PG_USER" -v pw="$PG_PASSWORD" <<<"ALTER ROLE :\"u\" PASSWORD :'pw'"
    log "set password of role $PG_USER"
  fi
  for db in "${PG_DB_LIST[@]}"; do
    [[ "$(pg_login "$db" 2>&1)" == 1 ]] || die "password login as $PG_USER to $db on $PG_HOST:$PG_PORT failed: $(pg_login "$db" 2>&1 | head -n 1) - check $PG_CONF_DIR/pg_hba.conf and $PG_LOG"
  done
  log "PostgreSQL ok: $PG_USER can log in to ${PG_DB_LIST[*]} on $PG_HOST:$PG_PORT"
}

pg_down() {
  if ! command -v pg_lsclusters >/dev/null || [[ ! -f $PG_CONF_DIR/postgresql.conf ]]; then
    log "PostgreSQL $PG_VERSION/$PG_CLUSTER not installed - nothing to stop"; return 0
  fi
  if [[ $(pg_state) == online* ]]; then
    log "stopping PostgreSQL $PG_VERSION/$PG_CLUSTER"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || die "pg_ctlcluster $PG_VERSION $PG_CLUSTER stop failed - see $PG_LOG"
  else
    log "PostgreSQL $PG_VERSION/$PG_CLUSTER already down"
  fi
}

# --------------------------------------------------------------------------- RabbitMQ
rmq_installed() { pkg_installed rabbitmq-server; }
# Node alive?  Ask epmd first (cheap, and unlike the Erlang CLI it does not spawn an epmd daemon
# when nothing is running), then confirm with a real ping.
rmq_ping() {
  local names
  names=$(epmd -names 2>/dev/null) || return 1
  [[ $names == *"name ${RABBITMQ_NODE%@*} at port"* ]] || return 1
  rabbitmq-diagnostics -q ping >/dev/null 2>&1
}
rmq_api_code() {  # rmq_api_code PATH -> prints HTTP status (000 if unreachable)
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 -u "$RABBITMQ_USER:$RABBITMQ_PASSWORD" \
    "http://$RABBITMQ_HOST:$RABBITMQ_MANAGEMENT_PORT/api/$1" || true
}
rmq_api_get() { curl -sf --max-time 5 -u "$RABBITMQ_USER:$RABBITMQ_PASSWORD" "http://$RABBITMQ_HOST:$RABBITMQ_MANAGEMENT_PORT/api/$1"; }
rmq_api_ok() { [[ $(rmq_api_code overview) == 200 ]]; }

# True when user exists with the right password, is administrator and has full rights on the vhost.
rmq_user_ok() {
  local who perms
  who=$(rmq_api_get whoami 2>/dev/null) || return 1
  [[ $who == *administrator* ]] || return 1
  perms=$(rmq_api_get "permissions/$(urlencode "$RABBITMQ_VHOST")/$(urlencode "$RABBITMQ_USER")" 2>/dev/null) || return 1
  [[ $perms == *'"configure":".*"'* && $perms == *'"write":".*"'* && $perms == *'"read":".*"'* ]]
}

rmq_write_config() {  # returns 0 if any config file changed
  local changed=1
  if write_if_changed "$RMQ_CONF" "# Managed by deploy/infra.sh (Berau.Disiplin): loopback-only broker for dev/CI.
listeners.tcp.1 = $RABBITMQ_HOST:$RABBITMQ_PORT
management.tcp.ip = $RABBITMQ_HOST
management.tcp.port = $RABBITMQ_MANAGEMENT_PORT
log.console = false
distribution.listener.interface = 127.0.0.1"; then changed=0; fi
  if write_if_changed "$RMQ_ENV_CONF" "# Managed by deploy/infra.sh (Berau.Disiplin).
# Fixed node name (no dependency on the container hostname) and loopback-only epmd.
NODENAME=$RABBITMQ_NODE
ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_ADDRESS"; then changed=0; fi
  return $changed
}

rmq_gone() { ! rmq_ping; }

# rmq_boot_failure PID WHAT: the broker did not come up - stop leftovers, show the cause, die.
rmq_boot_failure() {
  local pid=$1 what=$2 hint='' i last
  for ((i = 0; i < 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then rabbitmqctl -q stop >/dev/null 2>&1 || true; fi
  # Output of this boot attempt only (since our last "===" marker).
  last=$(awk '/^=== /{b=""} {b=b $0 "\n"} END{printf "%s", b}' "$RMQ_STARTUP_LOG" 2>/dev/null || true)
  grep -E 'BOOT FAILED|Error during startup|init terminating|listen_error|eaddrinuse' <<<"$last" | head -n 4 | cut -c1-300 >&2 || true
  if [[ $last == *eaddrinuse* ]]; then
    hint=" - a port is already in use (AMQP $RABBITMQ_PORT, management $RABBITMQ_MANAGEMENT_PORT or distribution 25672); find the owner with: ss -ltnp"
  fi
  die "RabbitMQ failed to boot ($what)$hint. Logs: $RMQ_STARTUP_LOG, $RMQ_LOG_DIR/$RABBITMQ_NODE.log"
}

rmq_start() {
  mkdir -p "$RMQ_LOG_DIR"
  log "starting RabbitMQ node $RABBITMQ_NODE in the background (no systemd; output -> $RMQ_STARTUP_LOG)"
  printf '=== %s deploy/infra.sh: starting rabbitmq-server\n' "$(date -Is)" >>"$RMQ_STARTUP_LOG"
  (cd / && close_extra_fds && exec setsid nohup rabbitmq-server >>"$RMQ_STARTUP_LOG" 2>&1 </dev/null) &
  local pid=$! deadline=$((SECONDS + RABBITMQ_START_TIMEOUT))
  until rmq_ping; do
    kill -0 "$pid" 2>/dev/null || rmq_boot_failure "$pid" "rabbitmq-server exited during startup"
    ((SECONDS < deadline)) || rmq_boot_failure "$pid" "node did not answer ping within ${RABBITMQ_START_TIMEOUT}s"
    sleep 2
  done
  rabbitmqctl -q await_startup --timeout "$RABBITMQ_START_TIMEOUT" >/dev/null 2>&1 \
    || rmq_boot_failure "$pid" "rabbitmqctl await_startup failed"
  log "RabbitMQ node $RABBITMQ_NODE booted"
}

rmq_ensure_user() {
  local users vhosts
  users=$(rabbitmqctl -q list_users) || die "rabbitmqctl list_users failed - is the node up? see $RMQ_LOG_DIR/$RABBITMQ_NODE.log"
  if ! awk '{print $1}' <<<"$users" | grep -qxF -- "$RABBITMQ_USER"; then
    rabbitmqctl -q add_user "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null
    log "created RabbitMQ user $RABBITMQ_USER"
  elif ! rabbitmqctl -q authenticate_user "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null 2>&1; then
    rabbitmqctl -q change_password "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null
    log "reset password of RabbitMQ user $RABBITMQ_USER"
  fi
  rabbitmqctl -q set_user_tags "$RABBITMQ_USER" administrator >/dev/null
  vhosts=$(rabbitmqctl -q list_vhosts name)
  if ! grep -qxF -- "$RABBITMQ_VHOST" <<<"$vhosts"; then
    rabbitmqctl -q add_vhost "$RABBITMQ_VHOST" >/dev/null
    log "created vhost $RABBITMQ_VHOST"
  fi
  rabbitmqctl -q set_permissions -p "$RABBITMQ_VHOST" "$RABBITMQ_USER" '.*' '.*' '.*' >/dev/null
  log "RabbitMQ user $RABBITMQ_USER: tag administrator, full permissions on vhost $RABBITMQ_VHOST"
}

rmq_up() {
  ensure_packages rabbitmq-server curl
  local config_changed=0 running=0
  if rmq_write_config; then config_changed=1; fi
  if rmq_ping; then
    if rmq_api_ok || rabbitmqctl -q await_startup --timeout 60 >/dev/null 2>&1; then
      running=1
    else
      log "RabbitMQ Erlang VM is up but the broker is not running (failed boot?) - stopping it to start fresh"
      rabbitmqctl -q stop >/dev/null 2>&1 || true
      wait_for 60 rmq_gone || die "could not stop the half-started RabbitMQ node $RABBITMQ_NODE - stop it manually (rabbitmqctl stop) and retry"
    fi
  fi

  if ((running && config_changed)); then
    log "RabbitMQ running with an outdated config - restarting it"
    rabbitmqctl -q shutdown >/dev/null || die "rabbitmqctl shutdown failed - see $RMQ_LOG_DIR/$RABBITMQ_NODE.log"
    running=0
  fi
  if [[ ! -f $RMQ_PLUGINS_FILE ]] || ! grep -qw rabbitmq_management "$RMQ_PLUGINS_FILE"; then
    log "enabling plugin rabbitmq_management"
    if ((running)); then
      rabbitmq-plugins -q enable rabbitmq_management >/dev/null || die "rabbitmq-plugins enable rabbitmq_management failed"
    else
      rabbitmq-plugins -q enable --offline rabbitmq_management >/dev/null || die "rabbitmq-plugins enable --offline rabbitmq_management failed"
    fi
  fi

  if ((running)); then
    log "RabbitMQ node $RABBITMQ_NODE already running"
  else
    rmq_start
  fi

  if rmq_api_ok && rmq_user_ok; then
    log "RabbitMQ user $RABBITMQ_USER already set up"
  else
    rmq_ensure_user
  fi
  wait_for 60 rmq_api_ok \
    || die "RabbitMQ management API http://$RABBITMQ_HOST:$RABBITMQ_MANAGEMENT_PORT/api/overview not answering for $RABBITMQ_USER (HTTP $(rmq_api_code overview)) - see $RMQ_LOG_DIR/$RABBITMQ_NODE.log"
  rmq_user_ok || die "RabbitMQ user $RABBITMQ_USER lacks administrator tag or permissions on vhost $RABBITMQ_VHOST"
  log "RabbitMQ ok: management API answers for $RABBITMQ_USER"
  rmq_service_users
}

# The services' own least-privilege users (disiplin-<service>) and no guest: deploy/rabbitmq-users.sh, which
# docker-compose.yml runs too. A few management API calls, so it runs on every `up`.
rmq_service_users() {
  local out
  if ! out=$(RABBITMQ_HOST="$RABBITMQ_HOST" RABBITMQ_MANAGEMENT_PORT="$RABBITMQ_MANAGEMENT_PORT" \
      RABBITMQ_USER="$RABBITMQ_USER" RABBITMQ_PASSWORD="$RABBITMQ_PASSWORD" RABBITMQ_VHOST="$RABBITMQ_VHOST" \
      RABBITMQ_SERVICES="$RABBITMQ_SERVICES" RABBITMQ_PERSONNEL_PASSWORD="$RABBITMQ_PERSONNEL_PASSWORD" \
      RABBITMQ_REPORTING_PASSWORD="$RABBITMQ_REPORTING_PASSWORD" RABBITMQ_DISCIPLINE_PASSWORD="$RABBITMQ_DISCIPLINE_PASSWORD" \
      RABBITMQ_SERVICE_CONFIGURE="$RABBITMQ_SERVICE_CONFIGURE" RABBITMQ_SERVICE_WRITE="$RABBITMQ_SERVICE_WRITE" \
      RABBITMQ_SERVICE_READ="$RABBITMQ_SERVICE_READ" sh "$SCRIPT_DIR/rabbitmq-users.sh" 2>&1); then
    printf '%s\n' "$out" >&2
    die "could not set up the services' RabbitMQ users - see the output above"
  fi
  log "RabbitMQ service users ok: $(for s in $RABBITMQ_SERVICES; do printf 'disiplin-%s ' "$s"; done)(own exchanges and queues only on $RABBITMQ_VHOST); guest removed"
}

rmq_down() {
  if ! rmq_installed; then log "RabbitMQ not installed - nothing to stop"; return 0; fi
  if rmq_ping; then
    log "stopping RabbitMQ node $RABBITMQ_NODE (rabbitmqctl shutdown)"
    rabbitmqctl -q shutdown >/dev/null || die "rabbitmqctl shutdown failed - see $RMQ_LOG_DIR/$RABBITMQ_NODE.log"
  else
    log "RabbitMQ node $RABBITMQ_NODE already down"
  fi
  # epmd is started implicitly by the node; stop it too when no Erlang node is registered any more.
  local names
  if command -v epmd >/dev/null && names=$(epmd -names 2>/dev/null) && [[ $names != *$'\n'name\ * ]]; then
    epmd -kill >/dev/null 2>&1 || true
  fi
}

# --------------------------------------------------------------------------- commands
cmd_up() {
  local t0=$SECONDS
  log "up: PostgreSQL $PG_VERSION + RabbitMQ on loopback (settings: $ENV_FILE)"
  pg_up
  rmq_up
  log "ready in $((SECONDS - t0))s:"
  log "  PostgreSQL $PG_VERSION/$PG_CLUSTER  $PG_HOST:$PG_PORT  user $PG_USER (LOGIN CREATEDB)  databases: ${PG_DB_LIST[*]}"
  log "  RabbitMQ   amqp://$RABBITMQ_HOST:$RABBITMQ_PORT  vhost $RABBITMQ_VHOST  user $RABBITMQ_USER (administrator)  node $RABBITMQ_NODE"
  log "             services: $(for s in $RABBITMQ_SERVICES; do printf 'disiplin-%s ' "$s"; done)(least privilege; no guest)"
  log "  management http://$RABBITMQ_HOST:$RABBITMQ_MANAGEMENT_PORT/  (API: /api/overview)"
  log "  passwords: \$PG_PASSWORD / \$RABBITMQ_PASSWORD from $ENV_FILE"
  log "  logs: $PG_LOG, $RMQ_LOG_DIR/$RABBITMQ_NODE.log"
}

cmd_down() {
  rmq_down
  pg_down
  log "down"
}

EXIT_RC=0
cmd_status() {  # exits 1 (via EXIT_RC) when something is down
  if command -v pg_isready >/dev/null && pg_ready; then
    echo "postgresql: up ($PG_HOST:$PG_PORT, cluster $PG_VERSION/$PG_CLUSTER)"
  else
    echo "postgresql: down"; EXIT_RC=1
  fi
  if rmq_installed && rmq_ping; then
    echo "rabbitmq: up (amqp $RABBITMQ_HOST:$RABBITMQ_PORT, management http://$RABBITMQ_HOST:$RABBITMQ_MANAGEMENT_PORT/, node $RABBITMQ_NODE)"
  else
    echo "rabbitmq: down"; EXIT_RC=1
  fi
}

main() {
  local cmd=${1:-up}
  case $cmd in
    up|down|status) ;;
    -h|--help|help) sed -n '2,7p' "$0"; return 0 ;;
    *) die "unknown command '$cmd' - use: $0 [up|down|status]" ;;
  esac
  require_root "$cmd"
  load_env
  # Serialise concurrent runs (lock on this script file itself; no extra files).
  exec 9<"${BASH_SOURCE[0]}"
  flock -w 900 9 || die "another deploy/infra.sh run holds the lock for more than 900s"
  # Plain call (not `cmd || ...`): bash would silently disable `set -e` inside the function otherwise.
  "cmd_$cmd"
  exit "$EXIT_RC"
}

main "$@"
