#!/usr/bin/env bash
# Could the generator write a year faster than the engine computes it (issue 13)? For each scale, over the data set
# bench/records.sh uses (WORK/scale-S, generated here if missing, FY2021–FY2024, seed 1), ROUNDS rounds in one JVM of
# the engine computing FY2023 and, side by side, DuckDB writing rows that already exist with the generator's Parquet
# options (bench/GeneratorFloorBench.java): the floor under any generator writing these files on this machine.
#   bench/generator-floor.sh [ROUNDS] [SCALE ...]       (default 3 rounds, scales 0.01 0.1)
# shellcheck source=bench/records-common.sh
source "$(dirname "$0")/records-common.sh"
machine
for scale in "${scales[@]}"; do
  dir="$(data_set "$scale")"
  echo "== scale $scale"
  java -cp "$cp" bench/GeneratorFloorBench.java "$dir" "$rounds" | grep -v '^round'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
