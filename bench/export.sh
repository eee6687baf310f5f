#!/usr/bin/env bash
# Export benchmark: bench/export.sh [embedded|postgresql] [reports]
# Loads the generated data set (bench/gen_dataset.py) into a fresh server through GraphQL,
# then downloads every report as /api/export/reports.csv while sampling the server's old generation
# every 200 ms (jstat): the export streams through a database cursor, so the heap must stay flat
# however many reports there are. Prints rows, size, time, rows/s and the heap figures.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:-embedded}
REPORTS=${2:-1000000}
PORT=${BENCH_PORT:-9091}
export NCII_DEMO_PASSWORD=${BENCH_PASSWORD:-bench-password} BENCH_PASSWORD=${BENCH_PASSWORD:-bench-password}
export NCII_HTTP_PORT=$PORT NCII_HTTPS_PORT=${BENCH_HTTPS_PORT:-9491}
. bench/lib.sh
CP=$JDBC_CP
OUT=target/bench/export-$KIND
mkdir -p "$OUT"

bench_data "$REPORTS"
build_server
fresh_database "$KIND" ncii_bench_export
start_server ncii

log "loading through GraphQL"
java -cp "$CP" bench/CohortBench.java load "http://localhost:$PORT" "$DATA"

used_mb() { jcmd "$PID" GC.heap_info | grep -oE "used [0-9]+K" | head -1 | grep -oE "[0-9]+" | awk '{printf "%.0f", $1/1024}'; }
jcmd "$PID" GC.run >/dev/null
BEFORE=$(used_mb)
log "server heap before the export, after a full GC: ${BEFORE} MB"

# warm-up: the first request loads classes and fills the sign-in cache
curl -sf -u "analyst:$BENCH_PASSWORD" -o /dev/null "http://localhost:$PORT/api/export/reports.csv?forces=E23000032&to=2015-06-30"

log "exporting every report"
START=$(date +%s.%N)
curl -sf -u "analyst:$BENCH_PASSWORD" -o "$OUT/reports.csv" "http://localhost:$PORT/api/export/reports.csv" &
CURL=$!
: > "$OUT/old-gen-kb.txt"
while kill -0 $CURL 2>/dev/null; do
  jstat -gc "$PID" | tail -1 | awk '{print $8}' >> "$OUT/old-gen-kb.txt"
  sleep 0.2
done
wait $CURL
END=$(date +%s.%N)
ROWS=$(($(wc -l < "$OUT/reports.csv") - 1))
MB=$(du -m "$OUT/reports.csv" | cut -f1)
SECS=$(echo "$END - $START" | bc -l)
PEAK_OLD=$(sort -n "$OUT/old-gen-kb.txt" | tail -1 | awk '{printf "%.0f", $1/1024}')
SAMPLES=$(wc -l < "$OUT/old-gen-kb.txt")
jcmd "$PID" GC.run >/dev/null
AFTER=$(used_mb)
echo
echo "| database | reports exported | CSV MB | seconds | reports/s | heap before (after GC) MB | old generation, highest of $SAMPLES samples during the export, MB | heap after (after GC) MB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
printf "| %s | %d | %d | %.1f | %.0f | %s | %s | %s |\n" "$KIND" "$ROWS" "$MB" "$SECS" "$(echo "$ROWS / $SECS" | bc -l)" \
  "$BEFORE" "$PEAK_OLD" "$AFTER"
