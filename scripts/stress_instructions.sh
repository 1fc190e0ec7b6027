#!/usr/bin/env bash
# The growth of the hostile inputs of examples/stress.rs counted in
# instructions (callgrind) rather than in wall time: each input at 1x and 10x
# of SCALE (default 0.1, a tenth of the stress example's sizes, as callgrind
# runs some fifty times slower), the cost of building the auditor and the
# segmenter and of making the inputs subtracted. Instructions do not see caches, page faults or the
# host's load, so this isolates the algorithm's growth; linear is 10x.
#
#   scripts/stress_instructions.sh [SCALE]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SCALE=${1:-0.1}
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 1; }
cargo build --release --quiet --example stress
BIN="${CARGO_TARGET_DIR:-target}/release/examples/stress"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Instructions of one run of the stress example with the given arguments.
count() {
    valgrind --tool=callgrind --callgrind-out-file="$TMP/cg.out" "$BIN" "$@" \
        >/dev/null 2>"$TMP/log"
    grep -o 'refs: *[0-9,]*' "$TMP/log" | tr -d ', ' | cut -d: -f2
}

ten=$(python3 -c "print($SCALE * 10)")
# What every run spends besides the stage: the auditor, the segmenter and the
# inputs themselves, at each scale.
base_one=$(count --once audit --name none --scale "$SCALE")
base_ten=$(count --once audit --name none --scale "$ten")
echo "| input | stage | 1x instructions | 10x instructions | growth |"
echo "|---|---|---:|---:|---:|"
"$BIN" --list | while IFS= read -r name; do
    for stage in audit segment; do
        one=$(count --once "$stage" --name "$name" --scale "$SCALE")
        big=$(count --once "$stage" --name "$name" --scale "$ten")
        python3 -c "
one, big = $one - $base_one, $big - $base_ten
print(f'| $name | $stage | {one:,} | {big:,} | {big / max(one, 1):.1f}x |')"
    done
done
