#!/usr/bin/env bash
# Stops what deploy/up.sh started: the three services, the trace viewer, then PostgreSQL and RabbitMQ.
# --services-only stops the services only, leaving PostgreSQL, RabbitMQ and the trace viewer (with its traces) running.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for service in personnel reporting discipline; do
  pidfile="$root/.run/$service.pid"
  if [ -f "$pidfile" ]; then
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
      echo "[down] stopped $service"
    fi
    rm -f "$pidfile"
  fi
done
if [ "${1:-}" != "--services-only" ]; then
  bash "$root/deploy/trace-viewer.sh" down
  bash "$root/deploy/infra.sh" down
fi
