#!/usr/bin/env bash
# The fault harness in one command (docs/reliability.md): builds, starts PostgreSQL and RabbitMQ if needed, then runs
# deploy/Berau.Disiplin.Faults, which starts the three services as processes behind loopback TCP proxies, drives a
# steady flow, cuts each service's PostgreSQL and then RabbitMQ, kills -9 and restarts each service, and prints the
# accounting. Exits non-zero when a flow was lost or duplicated, a message went to _error, or a service answered INTERNAL.
#   bash deploy/faults/run.sh [--short] [--rate 5] [--cut 30] [--keep]
#   --short: CI's form, about four minutes (30 s outages); without it, 120 s outages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
bash deploy/infra.sh up >/dev/null
dotnet build Berau.Disiplin.sln -c Release 2>&1 | tail -n 3
exec dotnet deploy/Berau.Disiplin.Faults/bin/Release/net10.0/Berau.Disiplin.Faults.dll "$@"
