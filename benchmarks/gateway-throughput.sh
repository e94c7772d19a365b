#!/usr/bin/env bash
# Requests per second and latency through the gateway and straight to the user service, with wrk (Debian package
# 'wrk'), on the same machine as the platform. Rate limiting is lifted for the run: it is the thing being measured
# around, not the thing measured. Figures go to docs/performance.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DRYFRUITS_HOME="${DRYFRUITS_HOME:-$ROOT/target/benchmark-platform}"
export DRYFRUITS_PORT_OFFSET="${DRYFRUITS_PORT_OFFSET:-11000}"
export GATEWAY_RATE_LIMIT_CAPACITY=100000000 GATEWAY_RATE_LIMIT_REFILL_PER_SECOND=100000000
DURATION="${DURATION:-20s}"
GATEWAY="http://127.0.0.1:$((8080 + DRYFRUITS_PORT_OFFSET))"
USER_SERVICE="http://127.0.0.1:$((9101 + DRYFRUITS_PORT_OFFSET))"

"$ROOT/dryfruits" up -d > /dev/null
trap '"$ROOT/dryfruits" down > /dev/null' EXIT

TOKEN=$(curl -sf -X POST "$GATEWAY/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"asha.verma@dryfruits.local","password":"dryfruits-demo-2026"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

run() {
  local label=$1; shift
  wrk -t2 -c32 -d10s "$@" > /dev/null   # warm-up: JIT, connection pools, caches
  echo "== $label"
  wrk -t2 -c32 -d"$DURATION" --latency "$@" | grep -E "Requests/sec|Non-2xx|50%|99%"
}

run "GET /api/auth/jwks through the gateway (public, no database)" "$GATEWAY/api/auth/jwks"
run "GET /api/auth/jwks straight to the user service" "$USER_SERVICE/api/auth/jwks"
run "GET /api/users/me through the gateway (JWT checked twice, one SELECT)" -H "Authorization: Bearer $TOKEN" "$GATEWAY/api/users/me"
run "GET /api/users/me straight to the user service" -H "Authorization: Bearer $TOKEN" "$USER_SERVICE/api/users/me"
