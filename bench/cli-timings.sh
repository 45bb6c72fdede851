#!/usr/bin/env bash
# Times the command line end to end, as a user runs it: each run is a new JVM with a Spring context.
#   bench/cli-timings.sh [RUNS]     (default 7 runs each; prints median, min and max in milliseconds)
# The first row, ./kenpo-kpi --help, is the JVM start alone: the others are best read as ratios to it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./kenpo-kpi --help >/dev/null   # builds the jar if needed, outside the timings
./kenpo-kpi init --db "$work/shared" >/dev/null 2>&1

time_ms() {  # prints the wall time of "$@" in ms
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

report() {  # name, then the timings
  local name="$1"; shift
  sorted=($(printf '%s\n' "$@" | sort -n))
  n=${#sorted[@]}
  printf '%-58s median %6d ms   min %6d   max %6d   (n=%d)\n' "$name" "${sorted[$((n / 2))]}" "${sorted[0]}" "${sorted[$((n - 1))]}" "$n"
}

declare -a help init empty evaluate interim rank
for i in $(seq "$runs"); do
  help+=("$(time_ms ./kenpo-kpi --help)")
  init+=("$(time_ms ./kenpo-kpi init --db "$work/sample-$i")")
  empty+=("$(time_ms ./kenpo-kpi init --db "$work/empty-$i" --no-sample-data)")
  evaluate+=("$(time_ms ./kenpo-kpi evaluate --db "$work/shared" --branch 09 --year 2023 --format csv)")
  interim+=("$(time_ms ./kenpo-kpi evaluate --db "$work/shared" --branch 00 --as-of 2021-09)")
  rank+=("$(time_ms ./kenpo-kpi rank --db "$work/shared" --year 2023 --kpi LIFESTYLE_CHECKUP_RATE)")
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
report "--help (JVM start only)" "${help[@]}"
report "init --no-sample-data (schema, catalogue, organisation)" "${empty[@]}"
report "init with sample data (≈11,000 rows imported)" "${init[@]}"
report "evaluate --branch 09 --year 2023 --format csv" "${evaluate[@]}"
report "evaluate --branch 00 --as-of 2021-09" "${interim[@]}"
report "rank --year 2023 --kpi LIFESTYLE_CHECKUP_RATE" "${rank[@]}"
