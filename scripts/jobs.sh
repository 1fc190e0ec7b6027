#!/usr/bin/env bash
# Wall time of `audit --input ndjson` with --jobs 1 and --jobs 2 on the corpus
# (best of RUNS, alternating), and on the corpus ×STREAM through a pipe for a
# longer, steadier run; prints the speedups. Wants an otherwise idle machine:
# waits up to WAIT_IDLE seconds (default 300) for the 1-minute load to fall
# below IDLE_LOAD (default 1.0) and warns if it does not.
#
#   scripts/jobs.sh [CORPUS]              # default ../shared/corpus/news.jsonl
#
# Env: RUNS (default 7), STREAM (default 10), JOBS2 (default 2), AUDIT_BIN.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
CORPUS=$(corpus "${1:-}")
RUNS=${RUNS:-7}
STREAM=${STREAM:-10}
J2=${JOBS2:-2}
need_gnu_time
BIN=$(audit_bin)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
wait_idle "${WAIT_IDLE:-300}"
machine

# once JOBS INPUT: one run; appends "wall cpu" to $TMP/JOBS.INPUT.
once() {
    local jobs=$1 input=$2
    if [[ $input == file ]]; then
        # The shell's own timer reads milliseconds (GNU time's %e rounds to
        # 10 ms, a tenth of a two-job run on the corpus).
        local TIMEFORMAT='%3R %3U %3S'
        { time "$BIN" --input ndjson --jobs "$jobs" "$CORPUS" >/dev/null; } 2>"$TMP/t"
    else
        (for ((i = 0; i < STREAM; i++)); do cat "$CORPUS"; done) |
            /usr/bin/time -f '%e %U %S' -o "$TMP/t" "$BIN" --input ndjson --jobs "$jobs" - >/dev/null
    fi
    awk '{print $1, $2 + $3}' "$TMP/t" >>"$TMP/$jobs.$input"
}

for input in file stream; do
    runs=$RUNS
    [[ $input == stream ]] && runs=3
    for ((r = 0; r < runs; r++)); do once 1 $input; once "$J2" $input; done
done

best() { sort -n "$1" | head -1; }
echo
echo "| input | --jobs 1 wall s (CPU s) | --jobs $J2 wall s (CPU s) | speedup (wall) | runs |"
echo "|---|---:|---:|---:|---:|"
for input in file stream; do
    read -r w1 c1 < <(best "$TMP/1.$input")
    read -r w2 c2 < <(best "$TMP/$J2.$input")
    label=$([[ $input == file ]] && echo "corpus file" || echo "corpus ×$STREAM via pipe")
    printf '| %s | %s (%.2f) | %s (%.2f) | %.2f | best of %s |\n' \
        "$label" "$w1" "$c1" "$w2" "$c2" "$(awk -v a="$w1" -v b="$w2" 'BEGIN{print a/b}')" "$(wc -l <"$TMP/1.$input")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
