#!/usr/bin/env bash
# Cohort statistics benchmark: bench/run.sh [embedded|postgresql] [reports]
# Generates a data set with bench/gen_dataset.py, loads it into a fresh server through
# GraphQL, measures Q1–Q4 at concurrency 1 and 16, the same Q1/Q2 as plain SQL GROUP BY over the
# raw rows of the same database, and the server's heap after a full GC.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:-embedded}
REPORTS=${2:-1000000}
SECONDS_EACH=${BENCH_SECONDS:-10}
PORT=${BENCH_PORT:-9090}
export NCII_DEMO_PASSWORD=${BENCH_PASSWORD:-bench-password} BENCH_PASSWORD=${BENCH_PASSWORD:-bench-password}
export NCII_HTTP_PORT=$PORT NCII_HTTPS_PORT=${BENCH_HTTPS_PORT:-9490}
. bench/lib.sh
CP=$JDBC_CP

bench_data "$REPORTS"
build_server
fresh_database "$KIND" ${BENCH_SCHEMA:-ncii_bench}
start_server ncii

log "loading through GraphQL"
java -cp "$CP" bench/CohortBench.java load "http://localhost:$PORT" "$DATA"

heap() {
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | grep -E "garbage-first heap|total|used" | head -2
}
log "server heap after loading (after a full GC)"; heap

echo
echo "| question | conc. | p50 ms | p99 ms | req/s | requests |"
echo "| --- | --- | --- | --- | --- | --- |"
java -cp "$CP" bench/CohortBench.java graphql "http://localhost:$PORT" "$SECONDS_EACH"
if [ "$KIND" = postgresql ]; then
  java -cp "$CP" bench/CohortBench.java sql "$NCII_DB_URL" postgres "$SECONDS_EACH"
fi
echo
log "server heap after the questions (after a full GC)"; heap
stop_server
if [ "$KIND" = embedded ]; then
  # H2 would otherwise answer a repeated query from its result cache instead of scanning the rows
  java -cp "$CP" bench/CohortBench.java sql "jdbc:h2:$DB_DIR/ncii;OPTIMIZE_REUSE_RESULTS=FALSE" ncii "$SECONDS_EACH"
fi
