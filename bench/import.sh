#!/usr/bin/env bash
# Bulk import benchmark: bench/import.sh [embedded|postgresql] [reports]
# Generates a data set with bench/gen_dataset.py, starts a fresh server of its own
# (ncii-bench-import on port 9190, apart from bench/run.sh's), posts the three files to
# POST /api/import with curl (first as a dry run, then for real), and prints the wall time,
# reports per second, and the server's heap: after a full GC before and after the import, and the
# most the old generation held while it ran (sampled every second), which shows whether the import
# keeps what it reads.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:-embedded}
REPORTS=${2:-1000000}
SERVER=ncii-bench-import
PORT=9190
PASSWORD=${BENCH_PASSWORD:-bench-password}
export NCII_DEMO_PASSWORD=$PASSWORD NCII_HTTP_PORT=$PORT NCII_HTTPS_PORT=9590
. bench/lib.sh
SERVER_DIR=$WLP/usr/servers/$SERVER

bench_data "$REPORTS"
ROWS=$(($(wc -l < "$DATA/reports.csv") - 1))
RETURNS=$(($(wc -l < "$DATA/returns.csv") - 1))
CELLS=$(($(wc -l < "$DATA/counts.csv") - 1))
log "data set: $RETURNS returns, $ROWS record-level reports, $CELLS published cells ($(du -sh "$DATA" | cut -f1))"

build_server
# a server of its own: the build's default server (ncii) copied without its data or logs
rm -rf "$SERVER_DIR"
mkdir -p "$SERVER_DIR"
(cd $WLP/usr/servers/ncii && tar cf - --exclude=./logs --exclude=./workarea --exclude=./ncii-data --exclude=./tranlog .) \
  | (cd "$SERVER_DIR" && tar xf -)
# a small heap on purpose: an import that kept what it reads would run out of it
HEAP=${BENCH_HEAP:-512m}
echo "-Xmx$HEAP" >> "$SERVER_DIR/jvm.options"

fresh_database "$KIND" ncii_bench_import
start_server $SERVER

heap_after_gc() {
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | grep -E "garbage-first heap" | sed 's/^ *//'
}
# the most the old generation held, in MB, while the command in "$@" ran (jstat, every second)
old_gen_peak() {
  local samples; samples=$(mktemp)
  ( while true; do jstat -gc "$PID" 2>/dev/null | awk 'NR == 2 { print $8 / 1024 }' >> "$samples"; sleep 1; done ) &
  local sampler=$!
  "$@"
  kill $sampler 2>/dev/null; wait $sampler 2>/dev/null || true
  printf "%.0f" "$(sort -n "$samples" | tail -1)"; rm -f "$samples"
}
import() {
  curl -sS -u "editor:$PASSWORD" -o "$1" -w "%{http_code}" \
    -F returns=@"$DATA/returns.csv" -F reports=@"$DATA/reports.csv" -F counts=@"$DATA/counts.csv" \
    "http://localhost:$PORT/api/import?$2" > "$1.status"
}

log "server heap before (after a full GC; -Xmx$HEAP): $(heap_after_gc)"
# progress, as the server logs it, while the imports run
tail -n 0 -F "$SERVER_DIR/logs/messages.log" 2>/dev/null | grep --line-buffered -E "Import by" | sed -u 's/^.*ImportService *I /   server: /; s/^.*ImportEndpoint *I /   server: /' &

log "dry run (checks everything, stores nothing)"
DRY_START=$(date +%s.%N)
DRY_PEAK=$(old_gen_peak import target/bench/import-dry.json "dryRun=true")
DRY_SECONDS=$(echo "$(date +%s.%N) - $DRY_START" | bc)
log "dry run: HTTP $(cat target/bench/import-dry.json.status), $(head -c 200 target/bench/import-dry.json)"

log "import"
START=$(date +%s.%N)
PEAK=$(old_gen_peak import target/bench/import.json "")
SECONDS_TAKEN=$(echo "$(date +%s.%N) - $START" | bc)
log "import: HTTP $(cat target/bench/import.json.status), $(head -c 200 target/bench/import.json)"
grep -q '"stored":true' target/bench/import.json || { echo "the import did not store"; exit 1; }
sleep 1
HEAP_AFTER=$(heap_after_gc)

TOTAL=$(curl -sS -u "analyst:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"query":"{ cohortStats { total { low high } } }"}' "http://localhost:$PORT/graphql")
log "cohortStats right after: $TOTAL"

echo
echo "| database | reports | returns | cells | dry run s | dry run reports/s | import s | import reports/s | old gen peak MB (dry / import) | heap after import + full GC |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf "| %s | %s | %s | %s | %.1f | %.0f | %.1f | %.0f | %s / %s | %s |\n" "$KIND" "$ROWS" "$RETURNS" "$CELLS" \
  "$DRY_SECONDS" "$(echo "$ROWS / $DRY_SECONDS" | bc -l)" "$SECONDS_TAKEN" "$(echo "$ROWS / $SECONDS_TAKEN" | bc -l)" \
  "$DRY_PEAK" "$PEAK" "$HEAP_AFTER"
