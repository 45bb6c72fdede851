#!/usr/bin/env bash
# Times the command line end to end, as a user runs it: each run is a new JVM with a Spring context.
#   bench/cli-timings.sh [RUNS]     (default 7 runs each; prints median, min and max in milliseconds)
# Each command is timed twice per round, in turn: "plain" is the JVM as the launcher started it before issue 9
# (java -jar on the fat jar, full JIT; KENPO_KPI_PLAIN_JVM=1, what serve still uses) and "launcher" is ./kenpo-kpi
# as it is (extracted jar, class data sharing archive, client compiler). The machine's load drifts: read the two
# rows of a command as a ratio, and note `uptime` with the figures. The first row, --help, is the JVM start alone.
#   KENPO_KPI_BEFORE=DIR bench/cli-timings.sh [RUNS]   pairs ./kenpo-kpi with DIR/kenpo-kpi instead (an older checkout
#   with its jar built: a before/after of a change, in turn, on the same databases).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./kenpo-kpi --help >/dev/null   # builds the jar if needed, outside the timings
./kenpo-kpi init --db "$work/shared" >/dev/null 2>&1   # also writes the launcher's archive if there is none
printf 'branch_code,fiscal_year,kpi_code,actual\n09,2023,LIFESTYLE_CHECKUP_RATE,72.2%%\n09,2023,EMPLOYER_CHECKUP_DATA_RATE,8.9%%\n' \
  > "$work/small.csv"

time_ms() {  # prints the wall time of "$@" in ms; a failed run is timed too, and named on standard error
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$work/last.err" || { echo "failed ($?): $*" >&2; head -3 "$work/last.err" >&2; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

report() {  # name, then the timings
  local name="$1"; shift
  sorted=($(printf '%s\n' "$@" | sort -n))
  n=${#sorted[@]}
  printf '%-62s median %6d ms   min %6d   max %6d   (n=%d)\n' "$name" "${sorted[$((n / 2))]}" "${sorted[0]}" "${sorted[$((n - 1))]}" "$n"
}

names=(help empty table evaluate interim rank report import)
declare -A label=(
  [help]="--help (JVM start only)"
  [empty]="init --no-sample-data"
  [table]="evaluate --branch 09 --year 2023"
  [evaluate]="evaluate --branch 09 --year 2023 --format csv"
  [interim]="evaluate --branch 00 --as-of 2021-09"
  [rank]="rank --year 2023 --kpi LIFESTYLE_CHECKUP_RATE"
  [report]="report --report kpi-summary --branch 09 --year 2023 html"
  [import]="import (2-row CSV)"
)
command_of() {  # name, round
  case "$1" in
    help) echo "--help" ;;
    empty) echo "init --db $work/empty-$2-$RANDOM --no-sample-data" ;;
    table) echo "evaluate --db $work/shared --branch 09 --year 2023" ;;
    evaluate) echo "evaluate --db $work/shared --branch 09 --year 2023 --format csv" ;;
    interim) echo "evaluate --db $work/shared --branch 00 --as-of 2021-09" ;;
    rank) echo "rank --db $work/shared --year 2023 --kpi LIFESTYLE_CHECKUP_RATE" ;;
    report) echo "report --db $work/shared --report kpi-summary --branch 09 --year 2023 --format html --out $work/r.html" ;;
    import) echo "import --db $work/shared $work/small.csv" ;;
  esac
}

before() {  # the command the other way: the plain JVM, or an older checkout's launcher
  if [ -n "${KENPO_KPI_BEFORE:-}" ]; then "$KENPO_KPI_BEFORE/kenpo-kpi" "$@"; else KENPO_KPI_PLAIN_JVM=1 ./kenpo-kpi "$@"; fi
}
other="plain"
[ -n "${KENPO_KPI_BEFORE:-}" ] && other="before"

declare -A plain fast
for i in $(seq "$runs"); do
  for name in "${names[@]}"; do
    # shellcheck disable=SC2046
    plain[$name]+=" $(time_ms before $(command_of "$name" "$i"))"
    # shellcheck disable=SC2046
    fast[$name]+=" $(time_ms ./kenpo-kpi $(command_of "$name" "$i"))"
  done
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load:$(uptime | sed 's/.*load average://')"
for name in "${names[@]}"; do
  # shellcheck disable=SC2086
  report "${label[$name]}  $other" ${plain[$name]}
  # shellcheck disable=SC2086
  report "${label[$name]}  launcher" ${fast[$name]}
done
