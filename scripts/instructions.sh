#!/usr/bin/env bash
# Counts the instructions (callgrind) that `audit --input ndjson` spends on the
# first N articles of the corpus (default 300), JSON in and out, building the
# auditor included. Unlike wall time, the count does not drift with the host's
# load or speed, so two versions compare exactly.
#
#   scripts/instructions.sh [CORPUS] [N]
#   AUDIT_BIN=$(scripts/pgo.sh) scripts/instructions.sh    # the profile-guided build
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${2:-300}
callgrind_input "${1:-}" "$N"
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$TMP/input.jsonl")
valgrind --tool=callgrind --callgrind-out-file="$TMP/cg.out" \
    "$BIN" --input ndjson --format ndjson "$TMP/input.jsonl" \
    >/dev/null 2>"$TMP/log"
total=$(grep -o 'refs: *[0-9,]*' "$TMP/log" | tr -d ', ' | cut -d: -f2)
echo "first $N articles, $bytes bytes of text: $total instructions ($((total / bytes)) per byte)"
