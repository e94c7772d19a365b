#!/usr/bin/env bash
# Checkout quotes under load with wrk (Debian packages 'wrk' and 'jq'), on the same machine as the platform: one
# customer's cart with packs of two demo sellers (one in the customer's state, one not), quoted again and again. Each
# quote reads the cart, asks the user service for the address and the shipping service for one shipment per seller
# (with the order service's own token), and computes GST per line. Also the cart alone, for comparison. Rate
# limiting is lifted for the run. Figures go to docs/performance.md (target: quote p99 < 100 ms).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DRYFRUITS_HOME="${DRYFRUITS_HOME:-$ROOT/target/benchmark-platform}"
export DRYFRUITS_PORT_OFFSET="${DRYFRUITS_PORT_OFFSET:-11000}"
export GATEWAY_RATE_LIMIT_CAPACITY=100000000 GATEWAY_RATE_LIMIT_REFILL_PER_SECOND=100000000
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-8}"
GATEWAY="http://127.0.0.1:$((8080 + DRYFRUITS_PORT_OFFSET))"
ORDER="http://127.0.0.1:$((9103 + DRYFRUITS_PORT_OFFSET))"
TODAY=$(date +%F)

"$ROOT/dryfruits" up -d > /dev/null
trap '"$ROOT/dryfruits" down > /dev/null' EXIT

login() {
  curl -sf -X POST "$GATEWAY/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | jq -r .accessToken
}

# A demo seller's LIVE pack of the category, with a released lot of it: prints the SKU.
stocked() {
  local seller=$1 category=$2 sku lot
  until sku=$(curl -sf "$GATEWAY/api/sellers/me/products?status=LIVE&size=100" -H "Authorization: Bearer $seller" \
      | jq -re "[.items[] | select(.category == \"$category\")][0].variants[0].sku"); do sleep 1; done
  until lot=$(curl -sf -X POST "$GATEWAY/api/inventory/lots" -H "Authorization: Bearer $seller" \
      -H 'Content-Type: application/json' -d "{\"sku\":\"$sku\",\"lotNumber\":\"BENCH-$RANDOM$RANDOM\",
      \"quantity\":1000,\"originCountry\":\"IN\",\"cropYear\":$(date +%Y),\"packedOn\":\"$TODAY\",
      \"bestBefore\":\"$(date -d '+300 days' +%F)\"}" | jq -re .id); do sleep 1; done
  until curl -sf -o /dev/null -X POST "$GATEWAY/api/quality/lots/$lot/lab-reports" \
      -H "Authorization: Bearer $seller" -H 'Content-Type: application/json' -d "{\"laboratory\":\"Benchmark Labs\",
      \"reportNumber\":\"B-$lot\",\"sampledOn\":\"$TODAY\",\"results\":{\"moisturePct\":\"4.0\",
      \"aflatoxinB1\":\"1.0\",\"aflatoxinTotal\":\"2.0\"}}"; do sleep 1; done
  until [ "$(curl -sf "$GATEWAY/api/inventory/availability?sku=$sku" | jq '.items[0].available')" -gt 0 ]; do
    sleep 1
  done
  echo "$sku"
}

KASHMIR=$(login kashmir.orchards@dryfruits.local dryfruits-demo-2026)
KERALA=$(login kerala.cashew.co@dryfruits.local dryfruits-demo-2026)
WALNUTS=$(stocked "$KASHMIR" walnuts)
CASHEWS=$(stocked "$KERALA" cashews)

EMAIL="bench.$RANDOM$RANDOM@example.com"
curl -sf -o /dev/null -X POST "$GATEWAY/api/users" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"walnut-kernel-2026\",\"fullName\":\"Bench Shopper\",\"role\":\"CUSTOMER\"}"
CUSTOMER=$(login "$EMAIL" walnut-kernel-2026)
ADDRESS=$(curl -sf -X POST "$GATEWAY/api/users/me/addresses" -H "Authorization: Bearer $CUSTOMER" \
  -H 'Content-Type: application/json' -d '{"label":"Home","recipientName":"Bench Shopper","phone":"+919876543210","line1":"MG Road",
  "city":"Kochi","state":"Kerala","postalCode":"682001","country":"IN"}' | jq -r .id)
for sku in "$WALNUTS" "$CASHEWS"; do
  until curl -sf -o /dev/null -X PUT "$GATEWAY/api/cart/lines/$sku" -H "Authorization: Bearer $CUSTOMER" \
      -H 'Content-Type: application/json' -d '{"quantity":2}'; do sleep 1; done
done
BODY="{\"addressId\":\"$ADDRESS\",\"paymentMethod\":\"UPI\"}"
until curl -sf -o /dev/null -X POST "$GATEWAY/api/checkout/quote" -H "Authorization: Bearer $CUSTOMER" \
    -H 'Content-Type: application/json' -d "$BODY"; do sleep 1; done
echo "One quote:"
curl -sf -X POST "$GATEWAY/api/checkout/quote" -H "Authorization: Bearer $CUSTOMER" -H 'Content-Type: application/json' \
  -d "$BODY" | jq -c '{total: .total.amount, groups: [.groups[] | {zone: .shippingZone, taxes: [.lines[].taxes[].name]}]}'

SCRIPT=$(mktemp --suffix=.lua)
cat > "$SCRIPT" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $CUSTOMER"
wrk.body = '$BODY'
LUA

run() {
  local label=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d10s "$@" > /dev/null   # warm-up
  echo "== $label"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | grep -E "Requests/sec|Non-2xx|50%|99%"
}

run "POST /api/checkout/quote (2 sellers) through the gateway" -s "$SCRIPT" "$GATEWAY/api/checkout/quote"
run "POST /api/checkout/quote straight to the order service" -s "$SCRIPT" "$ORDER/api/checkout/quote"
run "GET /api/cart through the gateway" -H "Authorization: Bearer $CUSTOMER" "$GATEWAY/api/cart"
rm -f "$SCRIPT"
