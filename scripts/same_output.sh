#!/usr/bin/env bash
# Checks that a change to the code left every report as it was: builds the
# audit example at REV (default HEAD) in a temporary worktree and at the
# working tree, audits the same NDJSON inputs with both, and compares the
# outputs byte for byte. For refactoring: a rule's change shows up here as
# the articles it moved (scripts/RESULTS.md counts them this way).
#
#   scripts/same_output.sh [REV] [NDJSON...]
#
# Inputs default to the bundled fixtures (tests/fixtures/*.txt as records,
# and tests/fixtures/records.ndjson), plus the corpus when ../shared is there.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
REV=${1:-HEAD}
shift || true
TMP=$(mktemp -d)
trap 'git -C "$REPO" worktree remove --force "$TMP/base" >/dev/null 2>&1; rm -rf "$TMP"' EXIT

inputs=("$@")
if (( ${#inputs[@]} == 0 )); then
    python3 - "$REPO"/tests/fixtures/*.txt >"$TMP/fixtures.ndjson" <<'PY'
import json, sys
for p in sys.argv[1:]:
    print(json.dumps({"id": p.rsplit("/", 1)[-1], "text": open(p, encoding="utf-8").read()}))
PY
    inputs=("$TMP/fixtures.ndjson" "$REPO/tests/fixtures/records.ndjson")
    [[ -r $REPO/../shared/corpus/news.jsonl ]] && inputs+=("$(corpus "")")
fi

git -C "$REPO" worktree add --quiet --detach "$TMP/base" "$REV"
base=$(cd "$TMP/base" && CARGO_TARGET_DIR=$REPO/target/same_output cargo build --release --example audit --quiet >&2 \
    && echo "$REPO/target/same_output/release/examples/audit")
cp "$base" "$TMP/audit-base"
here=$(audit_bin)

status=0
for input in "${inputs[@]}"; do
    "$TMP/audit-base" --input ndjson --format ndjson "$input" >"$TMP/a" 2>/dev/null || true
    "$here" --input ndjson --format ndjson "$input" >"$TMP/b" 2>/dev/null || true
    records=$(wc -l <"$TMP/a")
    if cmp -s "$TMP/a" "$TMP/b"; then
        echo "same: $input ($records reports)"
    else
        changed=$(diff <(cat -n "$TMP/a") <(cat -n "$TMP/b") | grep -c '^<' || true)
        echo "DIFFERENT: $input ($changed of $records reports changed)"
        status=1
    fi
done
exit $status
