#!/usr/bin/env bash
# Runs a fuzz target for SECONDS with the flags of the runs in README.md, each
# log line stamped with the UTC time, and every new coverage point printed
# with its address (address randomisation off, so that `timeline.py` can name
# the code it is in afterwards). Several runs may share a corpus directory:
# libFuzzer reloads it and each takes up the others' finds.
#
#   fuzz/run.sh TARGET SECONDS LOG [CORPUS_DIR...]
#   fuzz/run.sh audit 3600 audit.log          # corpus/audit corpus/seeds-audit
#   fuzz/timeline.py audit.log
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ $# -ge 3 ]] || { sed -n 2,10p "$0" >&2; exit 2; }
target=$1 seconds=$2 log=$(realpath -m "$3")
shift 3
cd "$here"
[[ -f audit.dict ]] || ./dict.sh
dirs=("$@")
[[ ${#dirs[@]} -gt 0 ]] || dirs=("corpus/$target" "corpus/seeds-$target")
mkdir -p "${dirs[@]}"
cargo +nightly fuzz build -O -s none "$target"
setarch "$(uname -m)" -R \
    cargo +nightly fuzz run -O -s none "$target" "${dirs[@]}" -- \
    -max_len=4096 -dict=audit.dict -rss_limit_mb=4096 \
    -max_total_time="$seconds" -print_final_stats=1 -print_pcs=1 2>&1 |
    while IFS= read -r line; do TZ=UTC printf '%(%H:%M:%S)T %s\n' -1 "$line"; done >"$log"
