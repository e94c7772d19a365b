#!/usr/bin/env bash
# Stock reservations under load with wrk (Debian packages 'wrk' and 'jq'), on the same machine as the platform:
# every request reserves 1 pack of one SKU for a new order, so all of them queue on that SKU's lock - the worst case
# for the inventory service's locking. Also availability reads. Rate limiting is lifted for the run. Figures go to
# docs/performance.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DRYFRUITS_HOME="${DRYFRUITS_HOME:-$ROOT/target/benchmark-platform}"
export DRYFRUITS_PORT_OFFSET="${DRYFRUITS_PORT_OFFSET:-11000}"
export GATEWAY_RATE_LIMIT_CAPACITY=100000000 GATEWAY_RATE_LIMIT_REFILL_PER_SECOND=100000000
DURATION="${DURATION:-20s}"
GATEWAY="http://127.0.0.1:$((8080 + DRYFRUITS_PORT_OFFSET))"
INVENTORY="http://127.0.0.1:$((9105 + DRYFRUITS_PORT_OFFSET))"
TODAY=$(date +%F)

"$ROOT/dryfruits" up -d > /dev/null
trap '"$ROOT/dryfruits" down > /dev/null' EXIT

login() {
  curl -sf -X POST "$GATEWAY/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | jq -r .accessToken
}
ADMIN=$(login admin@dryfruits.local "${DRYFRUITS_ADMIN_PASSWORD:-dryfruits-local-2026}")
SELLER=$(login kashmir.orchards@dryfruits.local dryfruits-demo-2026)

# A demo seller's LIVE almonds, a lot big enough for the run, released by a passing lab report.
until SKU=$(curl -sf "$GATEWAY/api/sellers/me/products?status=LIVE&size=100" -H "Authorization: Bearer $SELLER" \
    | jq -re '[.items[] | select(.category == "almonds")][0].variants[0].sku'); do sleep 1; done
LOT_BODY="{\"sku\":\"$SKU\",\"lotNumber\":\"BENCH-$(date +%s)\",\"quantity\":1000000,\"originCountry\":\"US\",
  \"cropYear\":$(date +%Y),\"packedOn\":\"$TODAY\",\"bestBefore\":\"$(date -d '+300 days' +%F)\"}"
until LOT=$(curl -sf -X POST "$GATEWAY/api/inventory/lots" -H "Authorization: Bearer $SELLER" \
    -H 'Content-Type: application/json' -d "$LOT_BODY" | jq -re .id); do sleep 1; done
REPORT="{\"laboratory\":\"Benchmark Labs\",\"reportNumber\":\"B-$LOT\",\"sampledOn\":\"$TODAY\",
  \"results\":{\"moisturePct\":\"4.0\",\"aflatoxinB1\":\"1.0\",\"aflatoxinTotal\":\"2.0\"}}"
until curl -sf -o /dev/null -X POST "$GATEWAY/api/quality/lots/$LOT/lab-reports" -H "Authorization: Bearer $SELLER" \
    -H 'Content-Type: application/json' -d "$REPORT"; do sleep 1; done
until [ "$(curl -sf "$GATEWAY/api/inventory/availability?sku=$SKU" | jq '.items[0].available')" -gt 0 ]; do sleep 1; done

SCRIPT=$(mktemp --suffix=.lua)
cat > "$SCRIPT" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $ADMIN"
-- Each thread its own random order ids (wrk gives every thread a fresh Lua state with the same default seed, and the
-- same order id twice is answered idempotently, which is not what is measured here).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  math.randomseed(os.time() * 100 + id)
end
local counter = 0
request = function()
  counter = counter + 1
  local order = string.format("%08x-%04x-4000-8000-%012x", math.random(0, 0x7fffffff), id, counter)
  return wrk.format(nil, nil, nil, '{"orderId":"' .. order .. '","lines":[{"sku":"$SKU","quantity":1}],"ttlSeconds":3600}')
end
LUA

run() {
  local label=$1; shift
  wrk -t2 -c16 -d10s "$@" > /dev/null   # warm-up
  echo "== $label"
  wrk -t2 -c16 -d"$DURATION" --latency "$@" | grep -E "Requests/sec|Non-2xx|50%|99%"
}

run "POST /api/inventory/reservations (1 pack, one SKU) through the gateway" -s "$SCRIPT" "$GATEWAY/api/inventory/reservations"
run "POST /api/inventory/reservations straight to the inventory service" -s "$SCRIPT" "$INVENTORY/api/inventory/reservations"
run "GET /api/inventory/availability?sku=... through the gateway" "$GATEWAY/api/inventory/availability?sku=$SKU"
echo "Reserved packs: $((1000000 - $(curl -sf "$GATEWAY/api/inventory/availability?sku=$SKU" | jq '.items[0].available')))"
rm -f "$SCRIPT"
