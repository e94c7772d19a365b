#!/usr/bin/env bash
# Sign-ups per second of one user service instance (each one a PBKDF2 hash of 310 000 iterations, at full JIT
# speed), straight to the service and through the gateway, at growing concurrency; beyond what the service hashes
# at once (one per core, a short line waiting) it answers 503 with Retry-After at once instead of queueing to the
# gateway's timeout. wrk (Debian package 'wrk'); figures go to docs/performance.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DRYFRUITS_HOME="${DRYFRUITS_HOME:-$ROOT/target/benchmark-platform}"
export DRYFRUITS_PORT_OFFSET="${DRYFRUITS_PORT_OFFSET:-11000}"
export GATEWAY_RATE_LIMIT_CAPACITY=100000000 GATEWAY_RATE_LIMIT_REFILL_PER_SECOND=100000000
DURATION="${DURATION:-20s}"
GATEWAY="http://127.0.0.1:$((8080 + DRYFRUITS_PORT_OFFSET))"
USER_SERVICE="http://127.0.0.1:$((9101 + DRYFRUITS_PORT_OFFSET))"
SCRIPT="$(mktemp --suffix=.lua)"

cat > "$SCRIPT" <<'LUA'
-- A new customer per request: a unique email from the thread's own counter (wrk gives every thread the same seed).
local counter = 0
local thread_id
function setup(thread) thread:set("id", tostring(math.random(1, 1e9)) .. tostring(os.time())) end
function init(args) thread_id = id end
function request()
  counter = counter + 1
  local body = '{"email":"bench.' .. thread_id .. '.' .. counter .. '@example.com","password":"walnut-kernel-2026",'
    .. '"fullName":"Bench Customer","role":"CUSTOMER"}'
  return wrk.format("POST", "/api/users", {["Content-Type"] = "application/json"}, body)
end
local statuses = {}
function response(status) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  io.write(string.format("  201/s %.1f  p50 %.0f ms  p99 %.0f ms  non-2xx %d\n",
    (summary.requests - summary.errors.status) / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end
LUA

"$ROOT/dryfruits" up -d > /dev/null
trap '"$ROOT/dryfruits" down > /dev/null; rm -f "$SCRIPT"' EXIT

wrk -t1 -c2 -d10s -s "$SCRIPT" "$USER_SERVICE" > /dev/null   # warm-up: C2 compiles the hashing loop
for target in "$USER_SERVICE" "$GATEWAY"; do
  for connections in 2 8 32; do
    echo "== POST /api/users, $connections at once, $([[ $target == "$GATEWAY" ]] && echo "through the gateway" || echo "straight to the service")"
    wrk -t2 -c"$connections" -d"$DURATION" --latency -s "$SCRIPT" "$target" | grep -E "201/s|Requests/sec"
  done
done
