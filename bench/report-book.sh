#!/usr/bin/env bash
# Times the report books in one JVM after warm-up (bench/ReportBookBench.java): the branch book (Tochigi FY2023) as
# Excel and PDF, and headquarters' 47-branch book as PDF and Excel; prints median, min, max and p90 in milliseconds,
# for the whole and split into building the book and rendering it. Run by hand; no test runs it.
#   bench/report-book.sh [RUNS]     (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./kenpo-kpi init --db "$work/db" >/dev/null 2>&1   # builds the jar if needed, and the sample data
mvn -B -ntp -o -q -pl app dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="app/target/classes:core/target/classes:$(cat "$work/cp.txt")"

echo "load before the run: $(cut -d" " -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
mkdir -p "$work/out"
java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$cp" bench/ReportBookBench.java "$work/db" "$runs" "$work/out" \
  2> "$work/stderr.log" | grep -v -E '^[0-9:.]+ (INFO|WARN)|^com\.openhtmltopdf' || { tail -20 "$work/stderr.log"; exit 1; }
