# Sourced by bench/records.sh and bench/generator-floor.sh: their arguments ([ROUNDS] [SCALE ...], default 3 rounds,
# scales 0.01 0.1), the application's jar extracted to $tmp/app ($cp, removed on exit) and data_set SCALE, the
# directory of the scale's data set (WORK/scale-S; generated once, FY2021–FY2024, seed 1, and reused).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
shift || true
if [ $# -eq 0 ]; then scales=(0.01 0.1); else scales=("$@"); fi
work="${WORK:-/tmp/kenpo-records-bench}"
mkdir -p "$work"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
./kenpo-kpi --help >/dev/null   # builds the jar if needed
java -Djarmode=tools -jar app/target/kenpo-kpi.jar extract --destination "$tmp/app" >/dev/null
cp="$tmp/app/kenpo-kpi.jar"

machine() {
  echo "machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
}

data_set() {
  local dir="$work/scale-$1" start
  if [ ! -f "$dir/README.txt" ]; then
    rm -rf "$dir"
    start=$(date +%s.%N)
    ./kenpo-kpi generate-records --scale "$1" --years 2021-2024 --out "$dir" >/dev/null 2>&1
    echo "scale $1: generated in $(echo "$(date +%s.%N) - $start" | bc) s, $(du -sh "$dir" | cut -f1)" >&2
  fi
  echo "$dir"
}
