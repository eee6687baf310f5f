#!/usr/bin/env bash
# Cohort statistics benchmark: bench/run.sh [embedded|postgresql] [reports]
# Generates a data set with ../shared/tools/gen_dataset.py, loads it into a fresh server through
# GraphQL, measures Q1–Q4 at concurrency 1 and 16, the same Q1/Q2 as plain SQL GROUP BY over the
# raw rows of the same database, and the server's heap after a full GC.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:-embedded}
REPORTS=${2:-1000000}
SECONDS_EACH=${BENCH_SECONDS:-10}
DATA=target/bench/data-$REPORTS
PORT=9090
export NCII_DEMO_PASSWORD=${BENCH_PASSWORD:-bench-password} BENCH_PASSWORD=${BENCH_PASSWORD:-bench-password}
export NCII_HTTP_PORT=$PORT NCII_HTTPS_PORT=9490
M2=${M2_REPO:-$HOME/.m2/repository}
CP=$M2/com/h2database/h2/2.3.232/h2-2.3.232.jar:$M2/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar
WLP=target/liberty/wlp

log() { echo "== $(date +%H:%M:%S) $*"; }

if [ ! -f "$DATA/reports.csv" ]; then
  log "generating $REPORTS reports into $DATA"
  python3 ../shared/tools/gen_dataset.py "$DATA" --reports "$REPORTS"
fi
log "building the server"
mvn -B -q -DskipTests package liberty:create liberty:deploy

DB_DIR=$PWD/target/bench/db-$KIND-$(date +%s)
if [ "$KIND" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -d test -q -c "DROP SCHEMA IF EXISTS ncii_bench CASCADE"
  export NCII_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=ncii_bench" NCII_DB_USER=postgres
else
  export NCII_DATA_DIR=$DB_DIR
fi
log "starting the server ($KIND)"
$WLP/bin/server start ncii >/dev/null
trap '$WLP/bin/server stop ncii >/dev/null 2>&1 || true' EXIT
until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do sleep 2; done
PID=$(cat $WLP/usr/servers/.pid/ncii.pid)

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
$WLP/bin/server stop ncii >/dev/null
trap - EXIT
if [ "$KIND" = embedded ]; then
  # H2 would otherwise answer a repeated query from its result cache instead of scanning the rows
  java -cp "$CP" bench/CohortBench.java sql "jdbc:h2:$DB_DIR/ncii;OPTIMIZE_REUSE_RESULTS=FALSE" ncii "$SECONDS_EACH"
fi
