#!/usr/bin/env bash
# Runs the whole test suite against real PostgreSQL and RabbitMQ, which it starts (and installs) first.
# Extra arguments go to dotnet test, e.g. --filter "FullyQualifiedName~Outbox".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash deploy/infra.sh up
set -a; . deploy/infra.env; set +a
log="$(mktemp)"
status=0
dotnet test Berau.Disiplin.sln -c Release "$@" 2>&1 | tee "$log" || status=$?
# One closing line in the plain form CI reads: "N passed, N failed".
summary="$(grep -E '(Passed|Failed)!? +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$log" | tail -n 1 || true)"
if [ -n "$summary" ]; then
  failed="$(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$summary")"
  passed="$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$summary")"
  echo "tests: $passed passed, $failed failed"
fi
rm -f "$log"
exit "$status"
