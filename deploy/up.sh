#!/usr/bin/env bash
# Starts the whole suite on this machine: PostgreSQL and RabbitMQ (installed if missing), the three services,
# then the demo. Safe to run again: running services are restarted on the freshly built code.
# Stop with: bash deploy/down.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
run="$root/.run"
mkdir -p "$run/logs"

bash deploy/infra.sh up
set -a; . deploy/infra.env; set +a

echo "[up] building (Release)"
dotnet build Berau.Disiplin.sln -c Release -nologo -v quiet -clp:ErrorsOnly

bash deploy/down.sh --services-only >/dev/null 2>&1 || true

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export RabbitMq__Host="$RABBITMQ_HOST" RabbitMq__Port="$RABBITMQ_PORT" RabbitMq__VirtualHost="$RABBITMQ_VHOST"
export RabbitMq__Username="$RABBITMQ_USER" RabbitMq__Password="$RABBITMQ_PASSWORD"

echo "[up] seeding Personnel with the demo's units, people, official account and holidays (idempotent)"
ConnectionStrings__Database="Host=$PG_HOST;Port=$PG_PORT;Database=disiplin_personnel;Username=$PG_USER;Password=$PG_PASSWORD" \
  dotnet services/Berau.Disiplin.Personnel/bin/Release/net10.0/Berau.Disiplin.Personnel.dll seed

declare -A grpc_port=([personnel]=5101 [reporting]=5102 [discipline]=5103)
declare -A http_port=([personnel]=5201 [reporting]=5202 [discipline]=5203)
for service in personnel reporting discipline; do
  project="Berau.Disiplin.${service^}"
  dll="services/$project/bin/Release/net10.0/$project.dll"
  ConnectionStrings__Database="Host=$PG_HOST;Port=$PG_PORT;Database=disiplin_$service;Username=$PG_USER;Password=$PG_PASSWORD" \
    nohup dotnet "$dll" >"$run/logs/$service.log" 2>&1 &
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
dotnet deploy/Berau.Disiplin.Demo/bin/Release/net10.0/Berau.Disiplin.Demo.dll
cat <<MSG

The suite is running:
  Personnel   gRPC 127.0.0.1:5101   health http://127.0.0.1:5201/health/ready
  Reporting   gRPC 127.0.0.1:5102   health http://127.0.0.1:5202/health/ready
  Discipline  gRPC 127.0.0.1:5103   health http://127.0.0.1:5203/health/ready
  RabbitMQ    amqp://127.0.0.1:5672, management http://127.0.0.1:15672 (disiplin/disiplin)
Logs in .run/logs/. Stop with: bash deploy/down.sh
MSG
