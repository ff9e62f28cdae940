#!/usr/bin/env bash
# Starts the whole suite on this machine: PostgreSQL and RabbitMQ (installed if missing), a trace viewer (the
# standalone Aspire dashboard, deploy/trace-viewer.sh), the three services exporting traces, metrics and logs to it,
# then the demo. Safe to run again: running services are restarted on the freshly built code; a running trace viewer
# is left running with the traces it has. With OTEL_EXPORTER_OTLP_ENDPOINT already set, the services export there
# and no trace viewer is started.
# Stop with: bash deploy/down.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
run="$root/.run"
mkdir -p "$run/logs"

bash deploy/infra.sh up
set -a; . deploy/infra.env; set +a

trace_ui=""
if [ -z "${OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]; then
  bash deploy/trace-viewer.sh up
  trace_ui="http://127.0.0.1:${TRACE_VIEWER_UI_PORT:-18888}"
  export OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:${TRACE_VIEWER_OTLP_PORT:-4317}"
fi
echo "[up] the services export traces, metrics and logs by OTLP to $OTEL_EXPORTER_OTLP_ENDPOINT"

echo "[up] building (Release)"
dotnet build Berau.Disiplin.sln -c Release -nologo -v quiet -clp:ErrorsOnly

bash deploy/down.sh --services-only >/dev/null 2>&1 || true

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export RabbitMq__Host="$RABBITMQ_HOST" RabbitMq__Port="$RABBITMQ_PORT" RabbitMq__VirtualHost="$RABBITMQ_VHOST"
# Each service with its own least-privilege broker user (deploy/infra.sh created them), never the administrator.
use_broker_user() { local var="RABBITMQ_${1^^}_PASSWORD"; export RabbitMq__Username="disiplin-$1" RabbitMq__Password="${!var}"; }

echo "[up] seeding Personnel with the demo's units, people, official account and holidays (idempotent)"
# Not exported: a short-lived seed run would show in the trace viewer as a second Personnel instance.
(use_broker_user personnel
 export OTEL_EXPORTER_OTLP_ENDPOINT=""
 export ConnectionStrings__Database="Host=$PG_HOST;Port=$PG_PORT;Database=disiplin_personnel;Username=$PG_USER;Password=$PG_PASSWORD"
 exec dotnet services/Berau.Disiplin.Personnel/bin/Release/net10.0/Berau.Disiplin.Personnel.dll seed)

declare -A grpc_port=([personnel]=5101 [reporting]=5102 [discipline]=5103)
declare -A http_port=([personnel]=5201 [reporting]=5202 [discipline]=5203)
for service in personnel reporting discipline; do
  project="Berau.Disiplin.${service^}"
  dll="services/$project/bin/Release/net10.0/$project.dll"
  (use_broker_user "$service"
   export ConnectionStrings__Database="Host=$PG_HOST;Port=$PG_PORT;Database=disiplin_$service;Username=$PG_USER;Password=$PG_PASSWORD"
   exec nohup dotnet "$dll" >"$run/logs/$service.log" 2>&1) &
  echo $! >"$run/$service.pid"
  echo "[up] started $service (pid $!, gRPC 127.0.0.1:${grpc_port[$service]}, health http://127.0.0.1:${http_port[$service]}/health/ready, log .run/logs/$service.log)"
done

for service in personnel reporting discipline; do
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:${http_port[$service]}/health/ready" >/dev/null 2>&1; then
      echo "[up] $service is ready"; continue 2
    fi
    if ! kill -0 "$(cat "$run/$service.pid")" 2>/dev/null; then
      echo "[up] $service exited; its log says:" >&2; tail -n 20 "$run/logs/$service.log" >&2; exit 1
    fi
    sleep 0.5
  done
  echo "[up] $service did not become ready in 60 s; see .run/logs/$service.log" >&2; exit 1
done

echo "[up] running the demo"
DEMO_LETTERS_DIR="$run/letters" dotnet deploy/Berau.Disiplin.Demo/bin/Release/net10.0/Berau.Disiplin.Demo.dll | tee "$run/demo.log"
# The demo prints the seed case's trace id ("one trace: <id>"); the trace viewer shows it at /traces/detail/<id>.
demo_trace="$(grep -oE 'one trace: [0-9a-f]{32}' "$run/demo.log" | head -n 1 | cut -d' ' -f3 || true)"
cat <<MSG

The suite is running:
  Personnel   gRPC 127.0.0.1:5101   health http://127.0.0.1:5201/health/ready
  Reporting   gRPC 127.0.0.1:5102   health http://127.0.0.1:5202/health/ready
  Discipline  gRPC 127.0.0.1:5103   health http://127.0.0.1:5203/health/ready
  RabbitMQ    amqp://127.0.0.1:5672, management http://127.0.0.1:15672 (administrator disiplin/disiplin;
              the services use their own users disiplin-<service>, see docs/security.md)
Logs in .run/logs/. Stop with: bash deploy/down.sh
MSG
if [ -n "$trace_ui" ]; then
  echo "Traces, metrics and logs: $trace_ui (Aspire dashboard; OTLP/gRPC at $OTEL_EXPORTER_OTLP_ENDPOINT)"
  if [ -n "$demo_trace" ]; then echo "  the demo's seed case as one trace: $trace_ui/traces/detail/$demo_trace"; fi
  echo "  check from a script: bash deploy/check-traces.sh"
else
  echo "Traces, metrics and logs went to $OTEL_EXPORTER_OTLP_ENDPOINT (the demo's trace id: ${demo_trace:-not printed})"
fi
