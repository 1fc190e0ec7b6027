# Shared by scripts/*.sh: repo root, corpus path, release build of the audit
# example, and the machine/load line. Source it; do not run it.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target/speed}

# corpus PATH-or-empty: the corpus (default ../shared/corpus/news.jsonl from the repo root).
corpus() {
    local c=${1:-$REPO/../shared/corpus/news.jsonl}
    [[ -r $c ]] || { echo "corpus not found: $c (pass its path as the first argument)" >&2; exit 2; }
    (cd "$(dirname "$c")" && echo "$PWD/$(basename "$c")")
}

# audit_bin: builds (if needed) and prints the release audit binary; AUDIT_BIN overrides.
audit_bin() {
    if [[ -n ${AUDIT_BIN:-} ]]; then echo "$AUDIT_BIN"; return; fi
    (cd "$REPO" && cargo build --release --example audit --quiet >&2)
    echo "$CARGO_TARGET_DIR/release/examples/audit"
}

# callgrind_input CORPUS-or-empty N: for the callgrind scripts. Checks for
# valgrind, builds the audit binary (BIN) and writes the corpus's first N
# articles to $TMP/input.jsonl (TMP, removed at exit).
callgrind_input() {
    local corpus_path
    corpus_path=$(corpus "$1")
    command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 1; }
    BIN=$(audit_bin)
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    head -n "$2" "$corpus_path" >"$TMP/input.jsonl"
}

# need_gnu_time: /usr/bin/time (GNU), installed from Debian if missing.
need_gnu_time() {
    if ! /usr/bin/time -f %e true >/dev/null 2>&1; then
        echo "installing GNU time (apt)" >&2
        apt-get update -qq >&2 && apt-get install -y -qq time >&2
    fi
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# wait_idle SECONDS: waits up to SECONDS for the 1-minute load to fall below
# IDLE_LOAD (default 1.0); says what it found either way.
wait_idle() {
    local limit=${1:-0} waited=0 max=${IDLE_LOAD:-1.0}
    while awk -v l="$(load1)" -v m="$max" 'BEGIN{exit !(l>=m)}' && (( waited < limit )); do
        sleep 10; waited=$((waited + 10))
    done
    if awk -v l="$(load1)" -v m="$max" 'BEGIN{exit !(l>=m)}'; then
        echo "warning: 1-minute load $(load1) >= $max: other work shares the CPUs" >&2
    fi
}

machine() {
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
}
