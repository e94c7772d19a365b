#!/usr/bin/env bash
# Measures `./dryfruits up -d`: cold (after reset: new databases, Kafka formatted, TLS keys made, migrations run) and
# warm (down, then up again), the CPU-seconds each process spent until the platform was ready, and the memory of the
# whole platform once start-up settled (PSS: shared pages counted once, so PostgreSQL's processes add up honestly).
# Figures go to docs/performance.md.
#
#   benchmarks/platform-startup.sh               today's platform
#   benchmarks/platform-startup.sh --stand-ins   all nine business services and the gateway: today's, and
#                                                a stand-in for the one still to come (analytics: the
#                                                inventory service's application under their names, each with its
#                                                own database, ports and consumer groups, started the way the real
#                                                ones will be)
# The payment processor's sandbox runs in both: it is a component of the platform since issue 10.
#
# Uses its own state folder and ports (offset 11000), so it does not touch a platform you are running.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DRYFRUITS_HOME="${DRYFRUITS_HOME:-$ROOT/target/benchmark-platform}"
export DRYFRUITS_PORT_OFFSET="${DRYFRUITS_PORT_OFFSET:-11000}"
DRYFRUITS="$ROOT/dryfruits"
TICKS=$(getconf CLK_TCK)

seconds() { echo "$(( $(date +%s%N) - $1 ))" | awk '{printf "%.1f", $1/1e9}'; }

# The process (and, for PostgreSQL, its process tree) behind each component: name pid...
processes() {
  for pidfile in "$DRYFRUITS_HOME"/run/*.pid; do
    local name pid
    name=$(basename "$pidfile" .pid); pid=$(cut -d' ' -f1 "$pidfile")
    if [[ $name == postgres ]]; then
      local postmaster
      postmaster=$(head -1 "$DRYFRUITS_HOME/data/postgres/postmaster.pid")
      echo "$name $pid $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
    else
      echo "$name $pid"
    fi
  done
  return 0
}

cpu_seconds() {  # pids...: user+system CPU of the processes so far
  local total=0
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total $TICKS" | awk '{printf "%.1f", $1/$2}'
}

pss_mib() {  # pids...: proportional set size in MiB
  local total=0
  for pid in "$@"; do
    [[ -r /proc/$pid/smaps_rollup ]] || continue
    total=$((total + $(awk '/^Pss:/{print $2}' "/proc/$pid/smaps_rollup")))
  done
  echo $((total / 1024))
}

report_cpu() {
  local sum=0
  echo "  CPU-seconds until ready:"
  while read -r name pids; do
    local used; used=$(cpu_seconds $pids)
    printf "    %-16s %6s\n" "$name" "$used"
    sum=$(echo "$sum $used" | awk '{print $1 + $2}')
  done < <(processes)
  printf "    %-16s %6s\n" "total" "$sum"
}

report_memory() {
  local sum=0
  echo "  memory after start-up settled (PSS, MiB):"
  while read -r name pids; do
    local mib; mib=$(pss_mib $pids)
    printf "    %-16s %6s\n" "$name" "$mib"
    sum=$((sum + mib))
  done < <(processes)
  printf "    %-16s %6s\n" "total" "$sum"
}

trap '"$DRYFRUITS" down > /dev/null 2>&1 || true' EXIT

stand_ins=false
[[ ${1:-} == --stand-ins ]] && stand_ins=true

"$DRYFRUITS" build > /dev/null
"$DRYFRUITS" reset > /dev/null
mkdir -p "$DRYFRUITS_HOME"
if $stand_ins; then
  {
    list="$ROOT/local-platform/src/main/resources/dev/dryfruits/local/services.list"
    grep -v '^#' "$list" | grep .
    for coming in "order 9103 9403" "payment 9104 9404" "shipping 9106 9406" "analytics 9108 9408"; do
      grep -q "^${coming%% *} " "$list" || echo "$coming inventory"
    done
  } > "$DRYFRUITS_HOME/services.list"
  export DRYFRUITS_SERVICES_FILE="$DRYFRUITS_HOME/services.list"
  echo "Nine business services and the gateway: $(awk '{print $1}' "$DRYFRUITS_SERVICES_FILE" | tr '\n' ' ')"
fi

for run in cold warm; do
  start=$(date +%s%N); "$DRYFRUITS" up -d > "$DRYFRUITS_HOME/up-$run.log"; took=$(seconds "$start")
  echo "$run up -d: $took s"
  report_cpu
  if [[ $run == warm ]]; then
    sleep 20
    report_memory
  fi
  "$DRYFRUITS" down > /dev/null
done
