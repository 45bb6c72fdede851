#!/usr/bin/env bash
# Times the audit log (/audit) at a million entries: `init` makes a sample database, bench/AuditLogFill.java adds
# COUNT synthetic change-log entries (deterministic), the server starts on it, and bench/WebLoad.java asks each page
# with one client for SECONDS after a 2 s warm-up, ROUNDS times: the first page, a deep page (keyset before=), the
# filters by branch, user, KPI, days and free text (a rare word and a common one), and the import history.
#   bench/audit-log.sh [SECONDS] [COUNT]          (default 8 s a page, 1,000,000 entries)
#   ROUNDS=3 bench/audit-log.sh 5                  (p50 of each round, then their median and spread)
#   KEEP_DB=DIR bench/audit-log.sh                 (the database in DIR, kept; filled once, reused when it exists)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-8}"
count="${2:-1000000}"
rounds="${ROUNDS:-3}"
port=18182
work="$(mktemp -d)"
db="${KEEP_DB:-$work}/audit-bench"
h2="$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)"
./kenpo-kpi --help >/dev/null   # builds the jar if needed
if [ ! -f "$db.mv.db" ]; then
  ./kenpo-kpi init --db "$db" >/dev/null
  java -cp "$h2" bench/AuditLogFill.java "$db" "$count" || { rm -f "$db".*; exit 1; }
fi
./kenpo-kpi serve --db "$db" --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 120); do grep -q "起動しました" "$work/server.log" && break; sleep 1; done
grep -q "起動しました" "$work/server.log" || { cat "$work/server.log"; exit 1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); uptime:$(uptime | sed 's/.*load/ load/')"
rare="$(printf '稀な語' | jq -sRr @uri 2>/dev/null || python3 -c 'import urllib.parse;print(urllib.parse.quote("稀な語"))')"
middle=$(( count / 2 ))
pages=("/audit" "/audit?before=$middle" "/audit?branch=13" "/audit?user=bench-user-7" "/audit?kpi=BENCH_KPI_07"
       "/audit?from=2022-01-01&to=2022-01-31" "/audit?q=$rare" "/audit?q=bench" "/audit?branch=13&q=$rare"
       "/imports/history")
[ -n "${PAGES:-}" ] && read -r -a pages <<< "$PAGES"
for round in $(seq "$rounds"); do
  for path in "${pages[@]}"; do
    java bench/WebLoad.java "http://localhost:$port" "$path" 1 "$seconds" | tee -a "$work/results"
  done
done
echo "p50 per round (ms), then median and spread (max - min):"
awk '{ p[$1] = p[$1] " " $7; if (!($1 in order)) order[$1] = ++n }
     END { for (k in order) print order[k], k, p[k] }' "$work/results" | sort -n | while read -r _ path values; do
  sorted=$(tr ' ' '\n' <<< "$values" | grep -v '^$' | sort -g)
  n=$(wc -l <<< "$sorted"); med=$(sed -n "$(( (n + 1) / 2 ))p" <<< "$sorted")
  min=$(head -1 <<< "$sorted"); max=$(tail -1 <<< "$sorted")
  printf '%-50s %s   median %s  spread %.1f\n' "$path" "$values" "$med" "$(echo "$max - $min" | bc -l)"
done
