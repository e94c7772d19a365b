#!/usr/bin/env bash
# Measures how long `./dryfruits up -d` takes, cold (after reset: new databases, Kafka format, TLS keys) and warm,
# each server's own start time, and the memory of the whole platform. Figures go to docs/performance.md.
# Uses its own state folder and ports (offset 11000), so it does not touch a platform you are running.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DRYFRUITS_HOME="${DRYFRUITS_HOME:-$ROOT/target/benchmark-platform}"
export DRYFRUITS_PORT_OFFSET="${DRYFRUITS_PORT_OFFSET:-11000}"
DRYFRUITS="$ROOT/dryfruits"

seconds() { local start=$1; echo "$(( $(date +%s%N) - start ))" | awk '{printf "%.1f", $1/1e9}'; }

"$DRYFRUITS" reset > /dev/null
start=$(date +%s%N); "$DRYFRUITS" up -d > /dev/null; echo "cold up -d: $(seconds "$start") s"
"$DRYFRUITS" down > /dev/null
start=$(date +%s%N); "$DRYFRUITS" up -d > /dev/null; echo "warm up -d: $(seconds "$start") s"

for log in "$DRYFRUITS_HOME"/servers/*/logs/messages.log; do
  server=$(basename "$(dirname "$(dirname "$log")")")
  grep -o 'CWWKF0011I[^"]*started in [0-9.]* seconds' "$log" | tail -1 | sed "s/.*started in/$server: started in/"
done

sleep 20  # let start-up work settle before reading memory
total=0
echo "resident memory (MiB):"
for pidfile in "$DRYFRUITS_HOME"/run/*.pid; do
  name=$(basename "$pidfile" .pid); pid=$(cut -d' ' -f1 "$pidfile")
  pids="$pid"
  if [[ $name == postgres ]]; then
    # PostgreSQL runs as its own process tree (postmaster and workers) beside the wrapper JVM.
    postmaster=$(head -1 "$DRYFRUITS_HOME/data/postgres/postmaster.pid")
    pids="$pid $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  fi
  rss=$(ps -o rss= -p "$(echo $pids | tr ' ' ',')" | awk '{s+=$1} END {printf "%d", s/1024}')
  echo "  $name: $rss"; total=$((total + rss))
done
echo "  total: $total"
"$DRYFRUITS" down > /dev/null
