#!/usr/bin/env bash
# The trace viewer deploy/up.sh starts natively: the standalone .NET Aspire dashboard, from NuGet
# (Aspire.Dashboard.Sdk.linux-x64, a self-contained binary; see deploy/trace-viewer/TraceViewer.csproj).
#   bash deploy/trace-viewer.sh up       start it in the background if it is not running (idempotent)
#   bash deploy/trace-viewer.sh down     stop it (its traces are kept in memory only, so they go with it)
#   bash deploy/trace-viewer.sh status   say whether it runs, and where
# Loopback only, no login (for a developer's or an admin's own machine): UI and telemetry API on
# http://127.0.0.1:18888, OTLP/gRPC on 127.0.0.1:4317, OTLP/HTTP on 127.0.0.1:4318. Ports can be moved with
# TRACE_VIEWER_UI_PORT, TRACE_VIEWER_OTLP_PORT and TRACE_VIEWER_OTLP_HTTP_PORT. Log: .run/logs/trace-viewer.log.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run="$root/.run"
pidfile="$run/trace-viewer.pid"
log="$run/logs/trace-viewer.log"
ui_port="${TRACE_VIEWER_UI_PORT:-18888}"
otlp_port="${TRACE_VIEWER_OTLP_PORT:-4317}"
otlp_http_port="${TRACE_VIEWER_OTLP_HTTP_PORT:-4318}"
ui_url="http://127.0.0.1:$ui_port"
project="$root/deploy/trace-viewer/TraceViewer.csproj"

say() { echo "[trace-viewer] $*"; }

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid; pid="$(cat "$pidfile")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

answers() { curl -fsS -o /dev/null --max-time 2 "$ui_url/api/telemetry/resources" 2>/dev/null; }

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Restores the package (a no-op once it is in the NuGet cache) and prints the binary's path.
dashboard_binary() {
  dotnet restore "$project" -nologo -v quiet >&2
  local path
  path="$(dotnet msbuild "$project" -nologo -getProperty:AspireDashboardPath)"
  [ -f "$path" ] || { say "the Aspire dashboard binary is not at '$path' after restoring $project" >&2; return 1; }
  [ -x "$path" ] || chmod u+x "$path"
  echo "$path"
}

up() {
  mkdir -p "$run/logs"
  if pid="$(running_pid)"; then
    say "already running (pid $pid): $ui_url"
    return 0
  fi
  if [ "$(uname -m)" != "x86_64" ]; then
    say "this script fetches the linux-x64 dashboard; on $(uname -m) use docker compose (Jaeger) instead" >&2
    return 1
  fi
  for port in "$ui_port" "$otlp_port" "$otlp_http_port"; do
    if port_taken "$port"; then
      say "port 127.0.0.1:$port is taken by another program (a Jaeger from docker compose?); stop it or set TRACE_VIEWER_*_PORT" >&2
      return 1
    fi
  done
  say "fetching the Aspire dashboard from NuGet if needed"
  local binary; binary="$(dashboard_binary)"
  # Its own settings only: nothing the services' environment sets (Development, an OTLP endpoint) applies to it.
  env -u OTEL_EXPORTER_OTLP_ENDPOINT \
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="$ui_url" \
    ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$otlp_port" \
    ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$otlp_http_port" \
    Dashboard__Frontend__AuthMode=Unsecured \
    Dashboard__Otlp__AuthMode=Unsecured \
    Dashboard__Api__AuthMode=Unsecured \
    nohup "$binary" >"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  for _ in $(seq 1 120); do
    if answers; then
      say "running (pid $(cat "$pidfile")): UI $ui_url, OTLP/gRPC 127.0.0.1:$otlp_port, log .run/logs/trace-viewer.log"
      return 0
    fi
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      say "the dashboard exited; its log says:" >&2; tail -n 20 "$log" >&2; rm -f "$pidfile"; return 1
    fi
    sleep 0.5
  done
  say "the dashboard did not answer on $ui_url in 60 s; see .run/logs/trace-viewer.log" >&2
  return 1
}

down() {
  if pid="$(running_pid)"; then
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    say "stopped (pid $pid)"
  fi
  rm -f "$pidfile"
}

status() {
  if pid="$(running_pid)"; then
    if answers; then say "running (pid $pid): $ui_url"; else say "process $pid runs but $ui_url does not answer"; return 1; fi
  else
    say "not running"; return 3
  fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
