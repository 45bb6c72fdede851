#!/usr/bin/env bash
# Starts the application on a fresh database with the sample data (47 branches × all KPIs × FY2020–FY2025), signs in,
# and loads the dashboard, a KPI detail page and the comparison page (東北 and all 47 branches) with 1, 10 and 50
# concurrent clients on loopback, after a static file as the baseline.
#   bench/web-load.sh [SECONDS_PER_RUN] [PATH...]     (default 15; PATHs instead of the pages above, after the baseline)
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
for path in "/assets/kenpo.css" "${pages[@]}"; do
  for clients in 1 10 50; do
    java bench/WebLoad.java "http://localhost:$port" "$path" "$clients" "$seconds"
  done
done
