#!/usr/bin/env bash
# Runs the whole test suite: the unit tests first (seconds, no server), then the end-to-end tests against real
# PostgreSQL and RabbitMQ, which it starts (and installs) first. Extra arguments go to both dotnet test runs,
# e.g. --filter "FullyQualifiedName~Outbox".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet build Berau.Disiplin.sln -c Release 2>&1 | tail -n 3
dotnet test tests/Berau.Disiplin.UnitTests -c Release --no-build "$@" 2>&1 | tee -a "$log" || status=$?
bash deploy/infra.sh up
set -a; . deploy/infra.env; set +a
dotnet test tests/Berau.Disiplin.EndToEndTests -c Release --no-build "$@" 2>&1 | tee -a "$log" || status=$?
# One closing line in the plain form CI reads: "N passed, N failed", over both projects.
passed=0; failed=0
while read -r line; do
  failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line")))
  passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")))
done < <(grep -E '(Passed|Failed)!? +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$log" || true)
echo "tests: $passed passed, $failed failed"
exit "$status"
