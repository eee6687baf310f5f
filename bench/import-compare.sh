#!/usr/bin/env bash
# The import of two commits side by side: bench/import-compare.sh BEFORE AFTER [embedded|postgresql] [reports] [rounds]
# Makes a worktree of each commit under target/compare/ (detached), builds both servers, generates the
# data set once, then runs bench/import.sh in each, alternating (before, after, before, after...), so
# that both see the same machine. Prints each run's table line with the load average it started at.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1 AFTER=$2 KIND=${3:-embedded} REPORTS=${4:-1400000} ROUNDS=${5:-2}
export PGOPTIONS=--client-min-messages=warning  # no NOTICE lines from the schema drops
log() { echo "== $(date +%H:%M:%S) $*"; }
for c in "$BEFORE" "$AFTER"; do
  dir=target/compare/$c
  [ -d "$dir" ] || git worktree add -q --detach "$dir" "$c"
  log "building $c"
  (cd "$dir" && mvn -B -q -DskipTests package liberty:create liberty:deploy)
  mkdir -p "$dir/target/bench"
done
[ -f "target/compare/data-$REPORTS/reports.csv" ] || python3 bench/gen_dataset.py "target/compare/data-$REPORTS" --reports "$REPORTS" >/dev/null
for c in "$BEFORE" "$AFTER"; do
  [ -d "target/compare/$c/target/bench/data-$REPORTS" ] || cp -r "target/compare/data-$REPORTS" "target/compare/$c/target/bench/"
done
for round in $(seq "$ROUNDS"); do
  for c in "$BEFORE" "$AFTER"; do
    log "round $round, $c, load $(cut -d' ' -f1-3 /proc/loadavg)"
    # the server is built already: import.sh runs without its build step
    (cd "target/compare/$c" && sed 's/^build_server$/: build_server/' bench/import.sh > bench/import-prebuilt.sh \
      && bash bench/import-prebuilt.sh "$KIND" "$REPORTS" | grep -E "^\| $KIND")
  done
done
log "worktrees left in target/compare/ (git worktree remove them, or mvn clean and git worktree prune)"
