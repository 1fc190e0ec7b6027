#!/usr/bin/env bash
# Runs the criterion benches (audit: build/auditor, 1KB/5KB/200KB and the
# corpus; segment: sample and corpus) and prints their medians as a table.
# Criterion measures wall time: run on an otherwise idle machine.
#
#   scripts/bench.sh [CORPUS]             # default ../shared/corpus/news.jsonl
#   scripts/bench.sh --pgo [CORPUS]       # built with the profile scripts/pgo.sh makes
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
if [[ ${1:-} == --pgo ]]; then
    shift
    RUSTFLAGS=$("$REPO/scripts/pgo.sh" --rustflags)
    export RUSTFLAGS CARGO_TARGET_DIR=$REPO/target/pgo/bench
    echo "profile-guided build: RUSTFLAGS=$RUSTFLAGS"
fi
export ATTRIBUTION_AUDIT_CORPUS
ATTRIBUTION_AUDIT_CORPUS=$(corpus "${1:-}")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
wait_idle "${WAIT_IDLE:-0}"
machine
cd "$REPO"
for b in audit segment; do
    cargo bench --quiet --bench "$b" >"$TMP/$b" 2>&1 || { cat "$TMP/$b" >&2; exit 1; }
done
echo
echo "| bench | median time | median throughput | MB/s (10^6) |"
echo "|---|---:|---:|---:|"
cat "$TMP/audit" "$TMP/segment" | awk '
    # "name  time: [lo median hi]" starts at column 0; the first "thrpt:" after
    # it is the throughput (later ones are the change against the last run).
    /^[^ ]/ && $2 == "time:" { if (name) print row; name = $1; got = 0; t = $5 " " $6; row = "| " name " | " t " | | |" }
    $1 == "thrpt:" && name && !got {
        got = 1; v = $4; u = $5
        mb = (u ~ /GiB/) ? v * 1073.741824 : (u ~ /MiB/) ? v * 1.048576 : (u ~ /KiB/) ? v * 0.001024 : v / 1e6
        row = sprintf("| %s | %s | %s %s | %.1f |", name, t, v, u, mb) }
    END { if (name) print row }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
