#!/usr/bin/env bash
# Confirmed orders per second, end to end, on the same machine as the platform (Debian packages 'jq' and python3):
# many customers each fill a cart with one pack of one of many SKUs, ask for a quote, place the order paying by UPI,
# and approve the payment on the sandbox processor's page; the order is CONFIRMED when the payment service has heard
# of the capture (webhook), told the order service (Kafka) and the stock has left its lots (inventory). Reports the
# rate of confirmed orders and the time from placing to CONFIRMED (the order's own timestamps), p50/p95/p99.
#
# The sandbox's webhooks come after 0 to 200 ms here (its default, 0.2 to 3 s, stands for a slow gateway and alone
# would put p99 above 3 s); 20 % of them twice, as always. Rate limiting is lifted for the run.
# Figures go to docs/performance.md (target: >= 50 confirmed orders/s, p99 < 2 s).
#   WORKERS=16 DURATION=60 benchmarks/checkout-orders.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DRYFRUITS_HOME="${DRYFRUITS_HOME:-$ROOT/target/benchmark-platform}"
export DRYFRUITS_PORT_OFFSET="${DRYFRUITS_PORT_OFFSET:-11000}"
export GATEWAY_RATE_LIMIT_CAPACITY=100000000 GATEWAY_RATE_LIMIT_REFILL_PER_SECOND=100000000
export DRYFRUITS_PAYMENT_SANDBOX_OPTIONS="--min-webhook-delay-ms 0 --max-webhook-delay-ms 200"
WORKERS="${WORKERS:-16}"
DURATION="${DURATION:-60}"
CUSTOMERS="${CUSTOMERS:-$WORKERS}"
GATEWAY="http://127.0.0.1:$((8080 + DRYFRUITS_PORT_OFFSET))"
TODAY=$(date +%F)

"$ROOT/dryfruits" up -d > /dev/null
trap '"$ROOT/dryfruits" down > /dev/null' EXIT

login() {  # again until the account exists (the demo accounts are made while the platform starts)
  local token
  until token=$(curl -sf -X POST "$GATEWAY/api/auth/login" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$1\",\"password\":\"$2\"}" | jq -re .accessToken); do sleep 1; done
  echo "$token"
}

# Every LIVE pack size of a demo seller, each with a released lot of 100,000 packs: prints the SKUs.
stocked() {
  local seller=$1 skus sku lot
  until skus=$(curl -sf "$GATEWAY/api/sellers/me/products?status=LIVE&size=100" -H "Authorization: Bearer $seller" \
      | jq -re '[.items[] | select(.category != "mixes") | .variants[].sku] | select(length > 0) | .[]'); do sleep 1; done
  for sku in $skus; do
    until lot=$(curl -sf -X POST "$GATEWAY/api/inventory/lots" -H "Authorization: Bearer $seller" \
        -H 'Content-Type: application/json' -d "{\"sku\":\"$sku\",\"lotNumber\":\"BENCH-$RANDOM$RANDOM\",
        \"quantity\":100000,\"originCountry\":\"IN\",\"cropYear\":$(date +%Y),\"packedOn\":\"$TODAY\",
        \"bestBefore\":\"$(date -d '+300 days' +%F)\"}" | jq -re .id); do sleep 1; done
    # A passing lab report (a category the standards do not cover yet, prunes say, is left out).
    until status=$(curl -s -o "$DRYFRUITS_HOME/lab-report.json" -w '%{http_code}' -X POST \
        "$GATEWAY/api/quality/lots/$lot/lab-reports" -H "Authorization: Bearer $seller" \
        -H 'Content-Type: application/json' -d "{\"laboratory\":\"Benchmark Labs\",\"reportNumber\":\"B-$lot\",
        \"sampledOn\":\"$TODAY\",\"results\":{\"moisturePct\":\"4.0\",\"aflatoxinB1\":\"1.0\",
        \"aflatoxinTotal\":\"2.0\",\"ochratoxinA\":\"1.0\",\"so2\":\"10\"}}"); \
        [ "$status" = 201 ] || grep -q no-standard "$DRYFRUITS_HOME/lab-report.json"; do sleep 1; done
    [ "$status" = 201 ] && echo "$sku"
  done
}

SKUS=()
for seller in kashmir.orchards kerala.cashew.co rajasthan.dates; do
  token=$(login "$seller@dryfruits.local" dryfruits-demo-2026)
  mapfile -t -O "${#SKUS[@]}" SKUS < <(stocked "$token")
done
for sku in "${SKUS[@]}"; do
  until [ "$(curl -sf "$GATEWAY/api/inventory/availability?sku=$sku" | jq '.items[0].available')" -gt 0 ]; do
    sleep 1
  done
done
ADMIN=$(login admin@dryfruits.local "${DRYFRUITS_ADMIN_PASSWORD:-dryfruits-local-2026}")
echo "${#SKUS[@]} SKUs of three sellers in stock; $CUSTOMERS customers, $WORKERS at a time, ${DURATION} s"

python3 - "$GATEWAY" "$ADMIN" "$WORKERS" "$DURATION" "$CUSTOMERS" "${SKUS[@]}" <<'PYTHON'
import concurrent.futures, datetime, json, random, sys, threading, time, urllib.error, urllib.request, uuid

gateway, admin, workers, duration, customers = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
skus = sys.argv[6:]

def call(method, url, body=None, token=None, headers=None):
    request = urllib.request.Request(url if url.startswith("http") else gateway + url, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
            return response.status, json.loads(text) if text else None
    except urllib.error.HTTPError as failed:
        text = failed.read()
        return failed.code, json.loads(text) if text.startswith(b"{") or text.startswith(b"[") else None

def shopper(index):
    email = "bench.%s@example.com" % uuid.uuid4().hex[:12]
    call("POST", "/api/users", {"email": email, "password": "walnut-kernel-2026", "fullName": "Bench Shopper",
                                "role": "CUSTOMER"})
    token = call("POST", "/api/auth/login", {"email": email, "password": "walnut-kernel-2026"})[1]["accessToken"]
    address = call("POST", "/api/users/me/addresses", {"recipientName": "Bench Shopper", "phone": "+919876543210",
                   "line1": "MG Road", "city": "Mumbai", "state": "Maharashtra", "postalCode": "400001"}, token)[1]["id"]
    return token, address

with concurrent.futures.ThreadPoolExecutor(4) as pool:
    shoppers = list(pool.map(shopper, range(customers)))

placed, errors, lock = [], {}, threading.Lock()
stop_at = time.time() + duration

def buy(token, address):
    sku = random.choice(skus)
    status, _ = call("PUT", "/api/cart/lines/" + sku, {"quantity": 1}, token)
    if status != 200:
        return "cart %d" % status
    status, _ = call("POST", "/api/checkout/quote", {"addressId": address, "paymentMethod": "UPI"}, token)
    if status != 200:
        return "quote %d" % status
    status, order = call("POST", "/api/orders", {"addressId": address, "paymentMethod": "UPI",
                         "upi": {"vpa": "success@sandbox"}}, token, {"Idempotency-Key": str(uuid.uuid4())})
    if status != 201:
        return "order %d %s" % (status, (order or {}).get("type", ""))
    status, _ = call("POST", order["payment"]["nextAction"]["url"] + "/approve")
    if status != 200:
        return "approve %d" % status
    with lock:
        placed.append((order["id"], token))
    return None

def worker(index):
    token, address = shoppers[index % len(shoppers)]
    while time.time() < stop_at:
        failure = buy(token, address)
        if failure:
            with lock:
                errors[failure] = errors.get(failure, 0) + 1
            time.sleep(0.2)

started = time.time()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.time() - started

def parse(instant):
    return datetime.datetime.fromisoformat(instant.replace("Z", "+00:00"))

latencies, unconfirmed, deadline = [], [], time.time() + 120
pending = list(placed)
while pending and time.time() < deadline:
    still = []
    for order_id, token in pending:
        status, order = call("GET", "/api/orders/" + order_id, token=token)
        if status == 200 and order["status"] == "CONFIRMED":
            latencies.append((parse(order["confirmedAt"]) - parse(order["placedAt"])).total_seconds())
        elif status == 200 and order["status"] in ("CANCELLED", "NOT_PLACED"):
            unconfirmed.append(order["status"])
        else:
            still.append((order_id, token))
    pending = still
    if pending:
        time.sleep(1)
latencies.sort()
def percentile(p):
    return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else float("nan")
print("orders placed and approved: %d in %.1f s (%.1f/s); confirmed %d, cancelled %d, still open %d"
      % (len(placed), elapsed, len(placed) / elapsed, len(latencies), len(unconfirmed), len(pending)))
print("confirmed orders per second: %.1f" % (len(latencies) / elapsed))
print("placing to CONFIRMED: p50 %.3f s, p95 %.3f s, p99 %.3f s, max %.3f s"
      % (percentile(0.50), percentile(0.95), percentile(0.99), latencies[-1] if latencies else float("nan")))
print("errors: %s" % (errors or "none"))
trial = call("GET", "/api/admin/ledger/trial-balance", token=admin)[1]
print("ledger balanced: %s" % trial["balanced"])
PYTHON
