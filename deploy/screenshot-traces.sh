#!/usr/bin/env bash
# After deploy/up.sh: a picture of what an admin sees in the trace viewer, by headless Chromium (installed from
# Debian's packages if missing). Not run in CI. By default it shows the demo's seed case as one trace (its id from
# .run/demo.log) and the trace list beside it:
#   bash deploy/screenshot-traces.sh [--trace <id>] [--out <dir>]
# writes <dir>/traces.png (the list) and <dir>/trace-detail.png (the one trace); <dir> is .run/screenshots.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ui="${TRACE_VIEWER_URL:-http://127.0.0.1:${TRACE_VIEWER_UI_PORT:-18888}}"
out="$root/.run/screenshots"
trace=""
if [ -f "$root/.run/demo.log" ]; then
  trace="$(grep -oE 'one trace: [0-9a-f]{32}' "$root/.run/demo.log" | head -n 1 | cut -d' ' -f3 || true)"
fi
while [ $# -gt 0 ]; do
  case "$1" in
    --trace) trace="${2:?--trace needs a trace id}"; shift 2 ;;
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    *) echo "usage: $0 [--trace <id>] [--out <dir>]" >&2; exit 2 ;;
  esac
done

if ! curl -fsS -o /dev/null --max-time 5 "$ui/api/telemetry/resources"; then
  echo "[screenshot] no trace viewer answers at $ui; start the suite with: bash deploy/up.sh" >&2
  exit 1
fi

chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
  echo "[screenshot] installing Chromium (Debian package chromium)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  chromium="$(command -v chromium)"
fi

mkdir -p "$out"
shoot() { # url file text-to-wait-for
  # The dashboard is a Blazor Server app whose data arrives after load: deploy/screenshot-page.js drives Chromium
  # over its DevTools protocol and waits for the data before taking the picture.
  node --experimental-websocket "$root/deploy/screenshot-page.js" "$chromium" "$1" "$2" "$3"
  [ -s "$2" ] || { echo "[screenshot] no picture of $1" >&2; return 1; }
  echo "[screenshot] $1 -> $2"
}

command -v node >/dev/null || { echo "[screenshot] needs Node.js 20 or later (apt-get install -y nodejs)" >&2; exit 1; }
shoot "$ui/traces" "$out/traces.png" "berau-disiplin"
if [ -n "$trace" ]; then
  shoot "$ui/traces/detail/$trace" "$out/trace-detail.png" "berau-disiplin-personnel"
else
  echo "[screenshot] no demo trace id (run deploy/up.sh, or pass --trace <id>): the trace list only"
fi
