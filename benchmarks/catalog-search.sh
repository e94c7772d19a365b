#!/usr/bin/env bash
# Catalog search latency and throughput with wrk (Debian package 'wrk'; jq too), on the same machine as the platform.
# The demo catalog (26 products) is grown to about PRODUCTS listings first, through the API as a real seller and
# administrator would (create, submit, approve), so that full-text, trigram and facet queries have rows to work on.
# Rate limiting is lifted for the run. Figures go to docs/performance.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DRYFRUITS_HOME="${DRYFRUITS_HOME:-$ROOT/target/benchmark-platform}"
export DRYFRUITS_PORT_OFFSET="${DRYFRUITS_PORT_OFFSET:-11000}"
export GATEWAY_RATE_LIMIT_CAPACITY=100000000 GATEWAY_RATE_LIMIT_REFILL_PER_SECOND=100000000
PRODUCTS="${PRODUCTS:-2000}"
DURATION="${DURATION:-20s}"
GATEWAY="http://127.0.0.1:$((8080 + DRYFRUITS_PORT_OFFSET))"
PRODUCT_SERVICE="http://127.0.0.1:$((9102 + DRYFRUITS_PORT_OFFSET))"

"$ROOT/dryfruits" up -d > /dev/null
trap '"$ROOT/dryfruits" down > /dev/null' EXIT

login() {
  curl -sf -X POST "$GATEWAY/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | jq -r .accessToken
}
ADMIN=$(login admin@dryfruits.local "${DRYFRUITS_ADMIN_PASSWORD:-dryfruits-local-2026}")
SELLER=$(login kerala.cashew.co@dryfruits.local dryfruits-demo-2026)

until [ "$(curl -sf "$GATEWAY/api/products?size=1" | jq .total)" -ge 26 ]; do sleep 1; done
TEMPLATES=$(curl -sf "$GATEWAY/api/products?size=100" | jq -c '[.items[] | del(.id, .sellerId, .sellerName, .status,
  .rejectionReason, .createdAt, .updatedAt, .submittedAt, .publishedAt) | .variants |= map(del(.sku, .pricePerKg))]')
COUNT=$(jq length <<< "$TEMPLATES")

have=$(curl -sf "$GATEWAY/api/products?size=1" | jq .total)
echo "Growing the catalog from $have to $PRODUCTS listings..."
i=0
while [ "$have" -lt "$PRODUCTS" ]; do
  body=$(jq -c --argjson n "$i" --argjson k "$COUNT" '.[$n % $k] | .name = "\(.name) lot \($n)"
    | .grade = "\(.grade // "Standard") \($n % 7)"' <<< "$TEMPLATES")
  id=$(curl -sf -X POST "$GATEWAY/api/products" -H "Authorization: Bearer $SELLER" \
    -H 'Content-Type: application/json' -d "$body" | jq -r .id)
  curl -sf -o /dev/null -X POST "$GATEWAY/api/products/$id/submit" -H "Authorization: Bearer $SELLER"
  curl -sf -o /dev/null -X POST "$GATEWAY/api/admin/products/$id/approve" -H "Authorization: Bearer $ADMIN"
  i=$((i + 1)); have=$((have + 1))
  if [ $((i % 200)) -eq 0 ]; then   # tokens last 15 minutes
    ADMIN=$(login admin@dryfruits.local "${DRYFRUITS_ADMIN_PASSWORD:-dryfruits-local-2026}")
    SELLER=$(login kerala.cashew.co@dryfruits.local dryfruits-demo-2026)
  fi
done

run() {
  local label=$1; shift
  wrk -t2 -c16 -d10s "$@" > /dev/null   # warm-up: JIT, connection pools, PostgreSQL's caches
  echo "== $label"
  wrk -t2 -c16 -d"$DURATION" --latency "$@" | grep -E "Requests/sec|Non-2xx|50%|99%"
}

echo "Catalog: $(curl -sf "$GATEWAY/api/products?size=1" | jq .total) LIVE listings"
run "q=almond (full text, relevance) through the gateway" "$GATEWAY/api/products?q=almond"
run "q=almnd (typo: trigram similarity) through the gateway" "$GATEWAY/api/products?q=almnd"
run "category=cashews, sort=PRICE_PER_KG_ASC through the gateway" \
  "$GATEWAY/api/products?category=cashews&sort=PRICE_PER_KG_ASC"
run "no filter, newest, size=100 through the gateway" "$GATEWAY/api/products?size=100"
run "q=almond straight to the product service" "$PRODUCT_SERVICE/api/products?q=almond"
