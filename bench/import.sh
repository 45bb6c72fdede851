#!/usr/bin/env bash
# Times the KPI import (issue 12, part 7) in one JVM after its start (bench/ImportBench.java): a synthetic interchange
# file of ROWS rows (bench/ImportFile.java: deterministic; 00 and the 47 branches, ten fiscal years from FY2021,
# year-end rows with a target and month-end rows, every KPI of the catalogue valid in the year, 架空 in the source),
# imported ROUNDS times into an emptied database by the import the command line and the page use (read, check, store,
# log, re-evaluate), then once more (nothing changes), against the naive way in the same run (one INSERT per row into
# kpi_result, autocommit, no batching, nothing checked or logged; NAIVE_SECONDS, default 30, of it).
# On H2 (a new file database) and on PostgreSQL (a throwaway database on the server PG_URL names, dropped after).
#   bench/import.sh [ROWS] [ROUNDS]                    (default 100,000 rows, 5 rounds, H2 and PostgreSQL)
#   DATABASES=h2 bench/import.sh 1000000 1             (the million-row file, on H2 only: its heap peak)
#   PG_URL=jdbc:postgresql://127.0.0.1:55439/ bench/import.sh   (the server; user postgres, trust; psql must reach it)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
rounds="${2:-5}"
databases="${DATABASES:-h2 postgresql}"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:55439/}"
work="$(mktemp -d)"
pg_db="kenpo_import_bench_$$"
trap 'rm -rf "$work"; [ -n "${pg_made:-}" ] && psql "$pg_psql/postgres" -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true' EXIT

./kenpo-kpi --help >/dev/null   # builds the jar if needed
java -Djarmode=tools -jar app/target/kenpo-kpi.jar extract --destination "$work/app" >/dev/null
cp="$work/app/kenpo-kpi.jar"
java -cp "$cp" bench/ImportFile.java "$rows" "$work/import.csv"
echo "machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$cp" bench/ImportBench.java "$1" "$work/import.csv" "$rounds" \
    2> "$work/stderr.log" || { tail -30 "$work/stderr.log"; exit 1; }
}
for database in $databases; do
  case "$database" in
    h2) echo "== H2"; run "$work/h2/bench" ;;
    postgresql)
      pg_psql="postgresql://postgres@$(sed -E 's#^jdbc:postgresql://([^/]*)/.*#\1#' <<< "$pg_url")"
      psql "$pg_psql/postgres" -qc "CREATE DATABASE $pg_db" && pg_made=1
      echo "== PostgreSQL"; run "${pg_url%/}/$pg_db" ;;
  esac
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
