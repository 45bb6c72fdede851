#!/usr/bin/env bash
# Times KPIs computed from records (issue 13): for each scale, a synthetic data set (./kenpo-kpi generate-records,
# FY2021–FY2024, seed 1; generated once into WORK and reused), then every definition records can compute, for all 47
# branches, FY2023, ROUNDS times in one JVM (bench/RecordsBench.java: the engine alone, a new in-memory DuckDB a round,
# as ./kenpo-kpi compute runs it), with the process's peak memory (/usr/bin/time). Prints the curve: time(0.1) ÷
# time(0.01) and time(1.0) ÷ time(0.1), near 10 when the work grows linearly with the data.
#   bench/records.sh [ROUNDS] [SCALE ...]          (default 3 rounds, scales 0.01 0.1)
#   WORK=/data/records bench/records.sh 3 0.01 0.1 1.0   (scale 1.0: about 16 CPU-minutes to generate, 6 GB of disk)
# Baselines, in the same rounds on the same data (bench/RecordsBench.java checks they give the engine's figures):
#   the definitions as one hand-written DuckDB script (bench/records-hand.sql), at every scale;
#   PostgreSQL (the newest installed, a throwaway cluster on a free port, shared_buffers 4GB, work_mem 256MB), the
#   same definition files over the same rows loaded into tables, at scales up to 0.1 (POSTGRESQL=0 leaves it out;
#   run as root, as .ci/run is: initdb and pg_ctl run as the postgres user);
#   Spark in local mode (records-spark, built here if it is not), the same definition files, at scales up to 0.1
#   (SPARK=0 leaves it out).
# shellcheck source=bench/records-common.sh
source "$(dirname "$0")/records-common.sh"
spark_cp=""
if [ "${SPARK:-1}" = 1 ]; then
  [ -f records-spark/target/spark-classpath.txt ] || mvn -B -q -ntp -pl records-spark -am package -DskipTests
  spark_cp="$(ls records-spark/target/kenpo-kpi-records-spark-*.jar | grep -v tests | head -1):$(cat records-spark/target/spark-classpath.txt):$(ls "$tmp"/app/lib/postgresql-*.jar)"
fi
pg_url=""
if [ "${POSTGRESQL:-1}" = 1 ]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pg="$(mktemp -d)"
  chown postgres "$pg"
  pg_port=55450
  while (exec 3<>/dev/tcp/127.0.0.1/$pg_port) 2>/dev/null; do pg_port=$((pg_port + 1)); done
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w \
    -o "-p $pg_port -k $pg -c listen_addresses=127.0.0.1 -c shared_buffers=4GB -c work_mem=256MB" start >/dev/null
  trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$tmp" "$pg"' EXIT
  pg_url="jdbc:postgresql://127.0.0.1:$pg_port/"
  echo "baseline: $("$pg_bin/postgres" --version) on port $pg_port"
fi
machine
declare -A median
for scale in "${scales[@]}"; do
  dir="$(data_set "$scale")"
  echo "== scale $scale ($(awk -F'\t' '$1 ~ /^members/ {print $2 " members"}' "$dir/README.txt"))"
  pg_args=""
  if [ -n "$pg_url" ] && [ "$(echo "$scale <= 0.1" | bc)" = 1 ]; then
    db="scale_${scale//./_}"
    runuser -u postgres -- psql -h "$pg" -p "$pg_port" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    pg_args="--postgresql $pg_url$db"
  fi
  /usr/bin/time -f "peak memory %M KB, %e s wall, %U s user, %S s sys" \
    java -cp "$cp" bench/RecordsBench.java "$dir" "$rounds" 2> "$tmp/time.txt" | tee "$tmp/out.txt"
  tail -1 "$tmp/time.txt"
  # The baselines in a second JVM, so that the engine's peak memory above is its own.
  echo "-- side by side: the engine, the hand-written script${pg_args:+, PostgreSQL}"
  java -cp "$cp" bench/RecordsBench.java "$dir" "$rounds" --hand $pg_args | grep -v '^round'
  if [ -n "$spark_cp" ] && [ "$(echo "$scale <= 0.1" | bc)" = 1 ]; then
    echo "-- side by side: the engine and Spark (local[2])"
    # shellcheck disable=SC2046 # the options file holds one JVM option per word
    java $(cat records-spark/target/spark-jvm-options.txt) -cp "$spark_cp" bench/RecordsBench.java "$dir" "$rounds" \
      --spark 2>/dev/null | grep -v '^round'
  fi
  echo "-- where the engine's time goes (DuckDB's profiler, each definition once)"
  java -cp "$cp" bench/RecordsBench.java "$dir" 1 --profile

  median[$scale]=$(awk '/^compute s/{print $4}' "$tmp/out.txt")
done
prev=""
for scale in "${scales[@]}"; do
  if [ -n "$prev" ]; then
    echo "time($scale) / time($prev) = $(echo "scale=2; ${median[$scale]} / ${median[$prev]}" | bc)"
  fi
  prev=$scale
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
