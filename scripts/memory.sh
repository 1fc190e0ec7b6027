#!/usr/bin/env bash
# Peak RSS of `audit --input ndjson` on the corpus, and on ~1 GB made by
# streaming the corpus REPEAT times through a pipe (nothing large is written
# to disk), sampling RSS while it runs to show whether it stays flat.
#
#   scripts/memory.sh [CORPUS]            # default ../shared/corpus/news.jsonl
#
# Then the same on long records: COUNT records of about 20 KB and 200 KB each
# (corpus texts joined), also piped, to show how peak RSS follows record size.
#
# Env: REPEAT (default 110), JOBS (default "1 2"), LIMIT_MB (default 64),
# LONG_SIZES (default "20000 200000"), LONG_COUNT (default 300), AUDIT_BIN.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
CORPUS=$(corpus "${1:-}")
REPEAT=${REPEAT:-110}
LIMIT_MB=${LIMIT_MB:-64}
need_gnu_time
BIN=$(audit_bin)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
machine
SIZE=$(stat -c %s "$CORPUS")

peak_mb() { awk -F': ' '/Maximum resident set size/{printf "%.1f", $2/1024}' "$1"; }

# stream JOBS: runs the binary on REPEAT copies from a pipe, prints RSS samples.
stream() {
    local jobs=$1
    (for ((i = 0; i < REPEAT; i++)); do cat "$CORPUS"; done) |
        /usr/bin/time -v -o "$TMP/stream$jobs" "$BIN" --input ndjson --jobs "$jobs" - >/dev/null &
    local timer=$! child="" samples=()
    # The audit process is GNU time's only child.
    while kill -0 "$timer" 2>/dev/null; do
        [[ -z $child ]] && child=$(cat /proc/"$timer"/task/*/children 2>/dev/null | awk '{print $1}')
        if [[ -n $child && -r /proc/$child/status ]]; then
            local rss rchar
            rss=$(awk '/^VmRSS/{printf "%.1f", $2/1024}' /proc/"$child"/status 2>/dev/null || true)
            rchar=$(awk '/^rchar/{printf "%.0f", $2/1e6}' /proc/"$child"/io 2>/dev/null || true)
            [[ -n $rss ]] && samples+=("${rchar}MB:${rss}")
        fi
        sleep 1
    done
    wait "$timer"
    echo "- --jobs $jobs, corpus ×$REPEAT: RSS every second (input read MB:RSS MB): ${samples[*]}"
}

echo "corpus: $(basename "$CORPUS"), $((SIZE / 1000)) KB; stream: $REPEAT copies = $((SIZE * REPEAT / 1000000)) MB"
echo
echo "| input | --jobs | peak RSS (MB) | CPU s (user+sys) | wall s | ≤ $LIMIT_MB MB |"
echo "|---|---:|---:|---:|---:|---|"
notes=()
for jobs in ${JOBS:-1 2}; do
    /usr/bin/time -v -o "$TMP/corpus$jobs" "$BIN" --input ndjson --jobs "$jobs" "$CORPUS" >/dev/null
    notes+=("$(stream "$jobs")")
    for kind in corpus stream; do
        f=$TMP/$kind$jobs
        mb=$(peak_mb "$f")
        cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$f")
        wall=$(awk '/Elapsed \(wall clock\)/{n=split($NF,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$f")
        ok=$(awk -v m="$mb" -v l="$LIMIT_MB" 'BEGIN{print (m<=l) ? "yes" : "NO"}')
        label=$([[ $kind == corpus ]] && echo "corpus (1×)" || echo "corpus ×$REPEAT via pipe")
        echo "| $label | $jobs | $mb | $cpu | $wall | $ok |"
    done
done
for size in ${LONG_SIZES:-20000 200000}; do
    python3 "$REPO/scripts/long_records.py" "$CORPUS" "$size" "${LONG_COUNT:-300}" |
        /usr/bin/time -v -o "$TMP/long" "$BIN" --input ndjson --jobs 1 - >/dev/null
    mb=$(peak_mb "$TMP/long")
    cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$TMP/long")
    ok=$(awk -v m="$mb" -v l="$LIMIT_MB" 'BEGIN{print (m<=l) ? "yes" : "NO"}')
    echo "| ${LONG_COUNT:-300} records of ~$((size / 1000)) KB via pipe | 1 | $mb | $cpu | | $ok |"
done
echo
printf '%s\n' "${notes[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
