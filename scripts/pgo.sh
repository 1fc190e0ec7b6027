#!/usr/bin/env bash
# A profile-guided (PGO) build of the audit example: the binary is built with
# counters, runs over the project's own fixture articles (tests/fixtures, no
# shared data), and is built again with rustc told which branches and calls
# were hot. Same code, same output, byte for byte; about 6 % fewer
# instructions and a few per cent less CPU time on the corpus
# (scripts/RESULTS.md §14).
#
#   scripts/pgo.sh                # prints the path of the optimised binary
#   AUDIT_BIN=$(scripts/pgo.sh) scripts/memory.sh
#   scripts/pgo.sh --rustflags    # prints the RUSTFLAGS of the optimised build
#                                 # (for `cargo bench`: scripts/bench.sh --pgo)
#
# Needs llvm-profdata of the LLVM that rustc uses: `llvm-profdata-N` on the
# PATH, rustup's llvm-tools component, or Debian's llvm-N package (installed
# here with apt when missing, as scripts/common.sh does for GNU time).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PGO_DIR=$REPO/target/pgo
PROFILE=$PGO_DIR/merged.profdata
FLAGS="-Cprofile-use=$PROFILE"

# llvm-profdata matching rustc's LLVM (profiles change format between majors).
profdata() {
    local major sysroot tool
    major=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
    sysroot=$(rustc --print sysroot)
    for tool in "llvm-profdata-$major" "$sysroot"/lib/rustlib/*/bin/llvm-profdata; do
        if command -v "$tool" >/dev/null 2>&1; then echo "$tool"; return; fi
    done
    if command -v apt-get >/dev/null 2>&1; then
        echo "installing llvm-$major (apt) for llvm-profdata" >&2
        apt-get install -y -qq "llvm-$major" >&2 || { apt-get update -qq >&2 && apt-get install -y -qq "llvm-$major" >&2; }
        command -v "llvm-profdata-$major" >/dev/null && { echo "llvm-profdata-$major"; return; }
    fi
    echo "needs llvm-profdata for LLVM $major (rustup component add llvm-tools, or the llvm-$major package)" >&2
    exit 1
}

build() {
    cd "$REPO"
    local tool raw
    tool=$(profdata)
    raw=$PGO_DIR/raw
    rm -rf "$raw" && mkdir -p "$raw"
    # 1. Instrumented build, in a target directory of its own.
    RUSTFLAGS="-Cprofile-generate=$raw" CARGO_TARGET_DIR=$PGO_DIR/gen \
        cargo build --release --quiet --example audit >&2
    # 2. Training: the fixture articles, as one NDJSON batch and one by one.
    local train=$PGO_DIR/train.jsonl bin=$PGO_DIR/gen/release/examples/audit
    python3 -c 'import json, sys
for i, p in enumerate(sys.argv[1:]):
    print(json.dumps({"id": i, "text": open(p, encoding="utf-8").read()}))' \
        tests/fixtures/*.txt >"$train"
    cat tests/fixtures/records.ndjson >>"$train"
    for _ in $(seq 20); do
        "$bin" --input ndjson --format ndjson "$train" >/dev/null
    done
    "$bin" --format json tests/fixtures/*.txt >/dev/null
    "$tool" merge -o "$PROFILE" "$raw"/*.profraw
    # 3. The optimised build.
    RUSTFLAGS=$FLAGS CARGO_TARGET_DIR=$PGO_DIR/use \
        cargo build --release --quiet --example audit >&2
}

if [[ ${1:-} == --rustflags ]]; then
    [[ -r $PROFILE ]] || build >/dev/null
    echo "$FLAGS"
else
    build
    echo "$PGO_DIR/use/release/examples/audit"
fi
