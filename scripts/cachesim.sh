#!/usr/bin/env bash
# Like scripts/instructions.sh, but with callgrind's cache and branch
# simulation: besides the instructions, the first-level misses (32 KiB caches,
# as on the machines we measure), second-level misses (512 KiB) and
# mispredicted branches of `audit --input ndjson` on the first N articles
# (default 300). A change that trades instructions for fewer misses shows up
# here, where instruction counts alone would call it a loss and wall time on
# a shared host cannot tell.
#
#   scripts/cachesim.sh [CORPUS] [N]
#
# "model cycles" weighs the events by rough costs (an instruction 1, a
# first-level miss 12, a second-level miss 40, a mispredicted branch 15): a
# model for comparing two versions, not a prediction of any CPU's time.
# Callgrind's predictor and caches are simpler than real ones (no prefetch),
# so the misses it counts are an upper bound.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N=${2:-300}
callgrind_input "${1:-}" "$N"
valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes \
    --I1=32768,8,64 --D1=32768,8,64 --LL=524288,8,64 \
    --callgrind-out-file="$TMP/cg.out" \
    "$BIN" --input ndjson --format ndjson "$TMP/input.jsonl" >/dev/null 2>"$TMP/log"
python3 - "$TMP/cg.out" "$N" <<'PY'
import sys
events = totals = None
for line in open(sys.argv[1]):
    if line.startswith("events:"):
        events = line.split()[1:]
    elif line.startswith("summary:"):
        totals = [int(x) for x in line.split()[1:]]
e = dict(zip(events, totals))
l1 = e["I1mr"] + e["D1mr"] + e["D1mw"]
l2 = e["ILmr"] + e["DLmr"] + e["DLmw"]
mispredicted = e["Bcm"] + e["Bim"]
model = e["Ir"] + 12 * l1 + 40 * l2 + 15 * mispredicted
m = lambda n: f"{n / 1e6:.2f} M"
print(f"first {sys.argv[2]} articles: instructions {m(e['Ir'])}, "
      f"first-level misses {m(l1)} (code {m(e['I1mr'])}, data {m(e['D1mr'] + e['D1mw'])}), "
      f"second-level misses {m(l2)}, mispredicted branches {m(mispredicted)} "
      f"of {m(e['Bc'] + e['Bi'])}; model cycles {m(model)}")
PY
