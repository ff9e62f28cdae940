#!/usr/bin/env bash
# After deploy/up.sh: proves over HTTP that the trace viewer it started (the Aspire dashboard) holds the suite's
# traces. It reads the dashboard's telemetry API (the JSON the `aspire otel` commands read; OTLP JSON grouped by
# resource):
#   GET /api/telemetry/resources               which services sent telemetry
#   GET /api/telemetry/traces?resource=<name>  the trace list of one service
#   GET /api/telemetry/traces/<trace id>       one trace, every span of every service in it
# and checks that Personnel, Reporting and Discipline (service.name berau-disiplin-<service>) each have traces, and
# that the demo's seed case (its trace id from .run/demo.log, or --trace <id>) is one trace across all three.
# Waits up to CHECK_TRACES_WAIT seconds (30) for the services' batched export. Exit 0 when all holds, 1 otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ui="${TRACE_VIEWER_URL:-http://127.0.0.1:${TRACE_VIEWER_UI_PORT:-18888}}"
wait_seconds="${CHECK_TRACES_WAIT:-30}"
trace=""
if [ "${1:-}" = "--trace" ]; then
  trace="${2:?--trace needs a trace id}"
elif [ -f "$root/.run/demo.log" ]; then
  trace="$(grep -oE 'one trace: [0-9a-f]{32}' "$root/.run/demo.log" | head -n 1 | cut -d' ' -f3 || true)"
fi

if ! curl -fsS -o /dev/null --max-time 5 "$ui/api/telemetry/resources"; then
  echo "[check-traces] no trace viewer answers at $ui; start the suite with: bash deploy/up.sh" >&2
  exit 1
fi

check() {
  UI="$ui" TRACE="$trace" python3 - <<'PY'
import json, os, sys, urllib.error, urllib.parse, urllib.request

ui, trace = os.environ["UI"], os.environ["TRACE"]
services = ["berau-disiplin-personnel", "berau-disiplin-reporting", "berau-disiplin-discipline"]

def get(path):
    try:
        with urllib.request.urlopen(ui + path, timeout=10) as response:
            return json.load(response)
    except urllib.error.URLError as error:
        print(f"[check-traces] GET {ui}{path}: {error}", file=sys.stderr)
        sys.exit(1)

def service_name(resource_spans):
    for attribute in resource_spans.get("resource", {}).get("attributes", []):
        if attribute["key"] == "service.name":
            return attribute["value"].get("stringValue")
    return None

problems = []
# One resource per process: a service restarted, or its `seed` command, is another instance of the same name. The
# trace list filters by one instance's display name (the bare name answers 404 once there are several instances).
resources = get("/api/telemetry/resources")
for service in services:
    instances = [r for r in resources if r["name"] == service and r.get("hasTraces")]
    count = sum(get("/api/telemetry/traces?" + urllib.parse.urlencode({"resource": r["displayName"]}))
                .get("totalCount", 0) for r in instances)
    print(f"[check-traces] {service}: {count} trace(s) in the trace list ({len(instances)} instance(s) with traces)")
    if count == 0:
        problems.append(f"no traces from {service}")

if trace:
    spans = {}
    for resource_spans in get(f"/api/telemetry/traces/{trace}")["data"]["resourceSpans"]:
        name = service_name(resource_spans)
        spans[name] = spans.get(name, 0) + sum(len(s.get("spans", [])) for s in resource_spans.get("scopeSpans", []))
    print(f"[check-traces] the demo's trace {trace}: "
          + ", ".join(f"{name} {count} span(s)" for name, count in sorted(spans.items())))
    missing = [s for s in services if not spans.get(s)]
    if missing:
        problems.append(f"the demo's trace {trace} has no spans from {', '.join(missing)}")
    else:
        print(f"[check-traces] open it: {ui}/traces/detail/{trace}")
else:
    print("[check-traces] no demo trace id (run deploy/up.sh, or pass --trace <id>): checked the trace lists only")

for problem in problems:
    print(f"[check-traces] not yet: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
}

deadline=$((SECONDS + wait_seconds))
until check; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "[check-traces] FAILED after ${wait_seconds}s: the trace viewer at $ui does not hold the traces above" >&2
    exit 1
  fi
  sleep 3
done
echo "[check-traces] ok: the trace viewer at $ui holds traces from all three services"
