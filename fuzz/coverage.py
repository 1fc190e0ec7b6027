#!/usr/bin/env python3
"""How much of the library a fuzz corpus reaches, and how that grew with it.

    fuzz/coverage.py TARGET DIR [DIR...] [--step MINUTES]

Replays the corpus with `replay` built for source-based coverage
(`-C instrument-coverage`), its inputs in the order the fuzzer wrote them
(file times), and prints, after each MINUTES of the corpus's history, the
regions and lines of the library's own code (`src/`) that the
inputs written so far reach; then the same per file. libFuzzer's edge count
also tells which constant of an unrolled word-list test matched, so it
creeps up long after the code it tests is all reached; these counts do not.

Needs llvm-profdata and llvm-cov of the compiler's LLVM version (rustup's
`llvm-tools` component, or a system package such as llvm-22).
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET_DIR = os.path.join(HERE, "target", "coverage")
# Files of the library: not the standard library, other crates or the harness.
NOT_OURS = r"(/rustc/|/\.cargo/|/rust/deps/|/fuzz/)"
CHUNK = 2000  # inputs per replay process (the command line's length)


def llvm_tool(name):
    """The tool from rustup's llvm-tools, else one of the compiler's LLVM
    version, else any."""
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True,
                             text=True, check=True).stdout.strip()
    found = glob.glob(os.path.join(sysroot, "lib", "rustlib", "*", "bin", name))
    if found:
        return found[0]
    version = subprocess.run(["rustc", "-vV"], capture_output=True, text=True,
                             check=True).stdout
    major = re.search(r"LLVM version: (\d+)", version)
    for candidate in ([f"{name}-{major.group(1)}"] if major else []) + [name]:
        if shutil.which(candidate):
            return candidate
    sys.exit(f"coverage.py: no {name}; install rustup's llvm-tools or LLVM")


def build():
    # Build scripts are instrumented too: their profiles go to the target
    # directory, not into the source tree.
    env = dict(os.environ, RUSTFLAGS="-C instrument-coverage", CARGO_TARGET_DIR=TARGET_DIR,
               LLVM_PROFILE_FILE=os.path.join(TARGET_DIR, "build-%p-%m.profraw"))
    subprocess.run(["cargo", "build", "--release", "--bin", "replay"], cwd=HERE, env=env,
                   check=True)
    return os.path.join(TARGET_DIR, "release", "replay")


def inputs(dirs):
    """(time written, path) of every input, oldest first."""
    found = []
    for d in dirs:
        for root, _, names in os.walk(d):
            for n in names:
                p = os.path.join(root, n)
                found.append((os.path.getmtime(p), p))
    return sorted(found)


def totals(cov, binary, profdata):
    """The library's regions and lines: (covered, count) each, overall and
    per file."""
    out = subprocess.run(
        [cov, "export", binary, f"-instr-profile={profdata}", "-summary-only",
         f"-ignore-filename-regex={NOT_OURS}"],
        capture_output=True, text=True, check=True).stdout
    data = json.loads(out)["data"][0]
    pick = lambda s: {k: (s[k]["covered"], s[k]["count"]) for k in ("regions", "lines")}
    files = {f["filename"]: pick(f["summary"]) for f in data["files"]}
    return pick(data["totals"]), files


def missed(cov, binary, profdata):
    """`file:line: text` of every line of the library that counts 0."""
    out = subprocess.run(
        [cov, "show", binary, f"-instr-profile={profdata}", "-show-line-counts",
         f"-ignore-filename-regex={NOT_OURS}", "-use-color=false"],
        capture_output=True, text=True, check=True).stdout
    lines, name = [], "?"
    for row in out.splitlines():
        m = re.match(r"^(/\S+\.rs):$", row)
        if m:
            name = re.sub(r"^.*?/src/", "src/", m.group(1))
            continue
        m = re.match(r"^\s*(\d+)\|\s*0\|(.*)$", row)
        if m:
            lines.append(f"{name}:{m.group(1)}: {m.group(2).strip()}\n")
    return "".join(lines)


def fraction(pair):
    covered, count = pair
    return f"{covered:,}/{count:,} ({100 * covered / max(count, 1):.1f} %)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("target", choices=["audit", "segment", "segment_options"])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--step", type=float, default=30, help="minutes of history a row")
    ap.add_argument("--missed", metavar="FILE",
                    help="write the library's lines that no input reaches to FILE")
    args = ap.parse_args()
    profdata_tool, cov_tool = llvm_tool("llvm-profdata"), llvm_tool("llvm-cov")
    binary = build()
    files = inputs(args.dirs)
    if not files:
        sys.exit("coverage.py: no inputs")
    step = args.step * 60
    print(f"{len(files):,} inputs written {datetime.fromtimestamp(files[0][0]):%Y-%m-%d %H:%M}"
          f" to {datetime.fromtimestamp(files[-1][0]):%H:%M}")
    print("| written by | inputs | regions | lines |")
    print("|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        merged = os.path.join(tmp, "merged.profdata")
        done, k, first = 0, 0, files[0][0]
        bound = first + step
        while done < len(files):
            batch = []
            while done < len(files) and files[done][0] < bound:
                batch.append(files[done][1])
                done += 1
            raws = []
            for c in range(0, len(batch), CHUNK):
                k += 1
                raw = os.path.join(tmp, f"{k}.profraw")
                env = dict(os.environ, LLVM_PROFILE_FILE=raw)
                run = subprocess.run([binary, args.target] + batch[c:c + CHUNK], env=env,
                                     stdout=subprocess.DEVNULL)
                if run.returncode != 0:
                    sys.exit(f"coverage.py: replay failed ({run.returncode}) on inputs "
                             f"written {datetime.fromtimestamp(bound - step):%H:%M} or later")
                raws.append(raw)
            if raws:
                prior = [merged] if os.path.exists(merged) else []
                subprocess.run([profdata_tool, "merge", "-sparse", *prior, *raws,
                                "-o", merged + ".new"], check=True)
                os.replace(merged + ".new", merged)
                for r in raws:
                    os.remove(r)
                overall, _ = totals(cov_tool, binary, merged)
                print(f"| {datetime.fromtimestamp(min(bound, files[done - 1][0])):%H:%M} "
                      f"| {done:,} | {fraction(overall['regions'])} "
                      f"| {fraction(overall['lines'])} |")
            bound += step
        overall, per_file = totals(cov_tool, binary, merged)
        if args.missed:
            with open(args.missed, "w") as out:
                out.write(missed(cov_tool, binary, merged))
    print()
    print("| file | regions | lines |")
    print("|---|---:|---:|")
    for name, s in sorted(per_file.items()):
        short = re.sub(r"^.*?/src/", "src/", name)
        print(f"| {short} | {fraction(s['regions'])} | {fraction(s['lines'])} |")


if __name__ == "__main__":
    main()
