#!/usr/bin/env bash
# Starts the application on a fresh database with the sample data (47 branches × all KPIs × FY2020–FY2025), signs in,
# and loads the dashboard, a KPI detail page and the comparison page (東北 and all 47 branches) with 1, 10 and 50
# concurrent clients on loopback, after a static file as the baseline.
#   bench/web-load.sh [SECONDS_PER_RUN] [PATH...]     (default 15; PATHs instead of the pages above, after the baseline)
#   ROUNDS=3 CLIENTS=50 bench/web-load.sh 8          (three rounds at 50 clients; ratios to the static file per round)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
port=18181
work="$(mktemp -d)"
./kenpo-kpi --help >/dev/null   # builds the jar if needed
./kenpo-kpi serve --db "$work/db" --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 120); do grep -q "起動しました" "$work/server.log" && break; sleep 1; done
grep -q "起動しました" "$work/server.log" || { cat "$work/server.log"; exit 1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); ${seconds}s per run after 2s warm-up"
# The first path is the baseline: a small static file through the same stack (security filters, Tomcat, loopback,
# and this load generator sharing the same cores).
pages=("/dashboard?branch=09&year=2023" "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023"
       "/comparison?year=2023&block=TOHOKU" "/comparison?year=2023&block=ALL")
[ $# -gt 1 ] && pages=("${@:2}")
rounds="${ROUNDS:-1}"
for round in $(seq "$rounds"); do
  for path in "/assets/kenpo.css" "${pages[@]}"; do
    for clients in ${CLIENTS:-1 10 50}; do
      java bench/WebLoad.java "http://localhost:$port" "$path" "$clients" "$seconds" | tee -a "$work/results"
    done
  done
done
# Each page's p95 as a ratio to the static file's p95 at the same number of clients in the same round (issue 9,
# point 10: the comparison that holds when the machine's load changes between rounds).
echo "p95 / static p95, per round:"
awk '{ path = $1; clients = $3; p95 = $10;
       if (path == "/assets/kenpo.css") { base[clients] = p95; next }
       key = path " clients " clients; ratios[key] = ratios[key] sprintf(" %.2f", p95 / base[clients]); order[key] = ++n }
     END { for (k in order) printf "%-70s %s\n", k, ratios[k] }' "$work/results" | sort
