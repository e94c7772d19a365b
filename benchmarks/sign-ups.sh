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
-- HONOUR_RETRY_AFTER=1: after a 503 the connection waits Retry-After seconds, as a well-behaved client would.
local honour = os.getenv("HONOUR_RETRY_AFTER") == "1"
local wait = 0
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
function delay() local next = wait; wait = 0; return next end
if honour then
  function response(status, headers)
    if status == 503 then wait = 1000 * (tonumber(headers["Retry-After"]) or 1) end
  end
end
function done(summary, latency, requests)
  io.write(string.format("  201/s %.1f  p50 %.0f ms  p99 %.0f ms  max %.0f ms  non-2xx (503) %d of %d\n",
    (summary.requests - summary.errors.status) / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status, summary.requests))
end
LUA

"$ROOT/dryfruits" up -d > /dev/null
trap '"$ROOT/dryfruits" down > /dev/null; rm -f "$SCRIPT"' EXIT

wrk -t1 -c2 -d10s -s "$SCRIPT" "$USER_SERVICE" > /dev/null   # warm-up: C2 compiles the hashing loop
run() {  # target connections honour
  echo "== POST /api/users, $2 at once, $([[ $1 == "$GATEWAY" ]] && echo "through the gateway" || echo "straight to the service")$([[ $3 == 1 ]] && echo ", clients honouring Retry-After")"
  # wrk's own timeout (2 s) would hide answers slower than that; the gateway gives up on the service after 10 s.
  HONOUR_RETRY_AFTER=$3 wrk -t2 -c"$2" -d"$DURATION" --timeout 15s -s "$SCRIPT" "$1" | grep -E "201/s|Socket errors"
}
for target in "$USER_SERVICE" "$GATEWAY"; do
  for connections in 2 8 32 128; do run "$target" "$connections" 0; done
  for connections in 32 128; do run "$target" "$connections" 1; done
done
