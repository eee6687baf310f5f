# Shared by the benchmark scripts (sourced from the project's root): the generated data set, the
# build, a fresh database of either kind, and a server started and stopped around the run.
WLP=target/liberty/wlp
M2=${M2_REPO:-$HOME/.m2/repository}
JDBC_CP=$M2/com/h2database/h2/2.3.232/h2-2.3.232.jar:$M2/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar

log() { echo "== $(date +%H:%M:%S) $*"; }

# bench_data REPORTS: sets DATA to target/bench/data-REPORTS, generated there once by bench/gen_dataset.py
bench_data() {
  DATA=target/bench/data-$1
  if [ ! -f "$DATA/reports.csv" ]; then
    log "generating $1 reports into $DATA"
    python3 bench/gen_dataset.py "$DATA" --reports "$1"
  fi
}

build_server() {
  log "building the server"
  mvn -B -q -DskipTests package liberty:create liberty:deploy
}

# fresh_database KIND NAME: an empty PostgreSQL schema NAME, or a new H2 folder (DB_DIR) named after it,
# exported as the server's NCII_DB_URL or NCII_DATA_DIR
fresh_database() {
  if [ "$1" = postgresql ]; then
    psql -h 127.0.0.1 -U postgres -d test -q -c "DROP SCHEMA IF EXISTS $2 CASCADE"
    export NCII_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$2" NCII_DB_USER=postgres
  else
    DB_DIR=$PWD/target/bench/$2-$(date +%s)
    export NCII_DATA_DIR=$DB_DIR
  fi
}

# start_server NAME: starts the Liberty server NAME on NCII_HTTP_PORT, stops it (and this script's
# background jobs) when the script ends, waits until it is ready; sets PID
start_server() {
  BENCH_SERVER=$1
  log "starting the server $1"
  $WLP/bin/server start "$1" >/dev/null
  trap stop_server EXIT
  until curl -sf "http://localhost:$NCII_HTTP_PORT/health/ready" >/dev/null; do sleep 2; done
  PID=$(cat "$WLP/usr/servers/.pid/$1.pid")
}

stop_server() {
  $WLP/bin/server stop "$BENCH_SERVER" >/dev/null 2>&1 || true
  kill $(jobs -p) 2>/dev/null || true
  trap - EXIT
}
