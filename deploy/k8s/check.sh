#!/usr/bin/env bash
# Renders deploy/k8s with kubectl's built-in kustomize and checks what every deployment must have. Run by .ci/run
# before the tests. Installs kubectl (Debian's kubernetes-client) when it is missing, rather than skip.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v kubectl >/dev/null; then
  echo "[k8s] kubectl not found: installing kubernetes-client"
  apt-get update -q >/dev/null && apt-get install -y -q kubernetes-client >/dev/null
fi
rendered="$(mktemp)"
trap 'rm -f "$rendered"' EXIT
kubectl kustomize "$here" >"$rendered"

count() { grep -c -- "$1" "$rendered" || true; }
fail=0
expect() {  # expect WHAT PATTERN N
  local n; n=$(count "$2")
  if [[ $n -ne $3 ]]; then echo "[k8s] expected $3 $1, found $n" >&2; fail=1; fi
}
expect "Deployments" '^kind: Deployment$' 3
expect "Services (3 services + PostgreSQL + RabbitMQ)" '^kind: Service$' 5
expect "ExternalName services" 'type: ExternalName' 2
expect "PodDisruptionBudgets" '^kind: PodDisruptionBudget$' 3
expect "HorizontalPodAutoscalers" '^kind: HorizontalPodAutoscaler$' 3
expect "migration Jobs" '^kind: Job$' 3
expect "replica counts of 2" '^  replicas: 2$' 3
expect "readiness probes on /health/ready" 'path: /health/ready' 3
expect "liveness probes on /health/live" 'path: /health/live' 3
expect "gRPC startup probes" '^          grpc:$' 3
expect "memory limits of 300Mi (3 Deployments, 3 Jobs)" 'memory: 300Mi' 6
expect "Deployments without migration at start-up" 'name: Database__MigrateOnStartup' 3
expect "migrate commands" '- migrate' 3
[[ $fail -eq 0 ]] || exit 1
echo "[k8s] deploy/k8s renders: $(grep -c '^kind:' "$rendered") objects"
