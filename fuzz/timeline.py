#!/usr/bin/env python3
"""How a fuzzing run's coverage grew, from the log `run.sh` writes.

    fuzz/timeline.py LOG [LOG...] [--every MINUTES] [--base HEX] [--binary PATH]

For each log: the coverage (edges) once the corpus was loaded and at every
step of MINUTES after, the minute of the last new edge, and, when the log has
`NEW_PC` lines (`-print_pcs=1`), the functions of the crate in which the new
edges found after loading lie (named with llvm-symbolizer when it is
installed). Several logs are merged: runs sharing a corpus take up each
other's finds, so the coverage of the whole is the highest of the logs.

`run.sh` turns address randomisation off, so the binary's base address is the
kernel's fixed one (the default of --base); for a log of a run with
randomisation on, give the base from the process's memory map.
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta

STAT = re.compile(r"^(\d\d:\d\d:\d\d) #(\d+)\s+(\w+)\s+cov: (\d+)")
NEW_PC = re.compile(r"^(\d\d:\d\d:\d\d) \s*NEW_PC: (0x[0-9a-f]+)")
RUNNING = re.compile(r"Running `(\S+)")
HERE = os.path.dirname(os.path.abspath(__file__))
# Where an x86-64 kernel maps a position-independent program when address
# randomisation is off.
NO_ASLR_BASE = 0x555555554000


def clock(stamp, day_of):
    """The stamp as a time, a day later when it is earlier than the one before
    (a run across midnight)."""
    t = datetime.strptime(stamp, "%H:%M:%S")
    while day_of and t < day_of[-1]:
        t += timedelta(days=1)
    day_of.append(t)
    return t


def read(path):
    """(time, executions, event, coverage) rows, (time, address) finds and
    the fuzz target's path."""
    stats, pcs, seen, binary = [], [], [], None
    with open(path, errors="replace") as log:
        for line in log:
            if binary is None and (m := RUNNING.search(line)):
                binary = os.path.join(HERE, m.group(1))
            m = STAT.match(line)
            if m:
                t = clock(m.group(1), seen)
                stats.append((t, int(m.group(2)), m.group(3), int(m.group(4))))
                continue
            m = NEW_PC.match(line)
            if m:
                pcs.append((clock(m.group(1), seen), int(m.group(2), 16)))
    return stats, pcs, binary


def symbolize(addresses, binary, base):
    """For each address, the three innermost functions inside the crate's
    own source (`src/...`: helpers inline into the rules that call them),
    else the innermost frame."""
    tool = shutil.which("llvm-symbolizer")
    if not tool or not binary:
        return [hex(a) for a in addresses]
    query = "".join(f"{hex(a - base)}\n" for a in addresses)
    out = subprocess.run(
        [tool, f"--obj={binary}", "--functions=short", "--relativenames"],
        input=query, capture_output=True, text=True, check=False,
    ).stdout
    names = []
    for block in out.strip("\n").split("\n\n"):
        lines = block.split("\n")
        frames = list(zip(lines[0::2], lines[1::2]))
        ours = [
            f for f in frames
            if re.match(r"(\.\./)*src/", f[1]) and not f[0].startswith("{closure")
        ]
        shown = [
            f"{fn} ({re.sub(r':[0-9]+$', '', where)})"
            for fn, where in (ours[:3] or frames[:1] or [("?", "?")])
        ]
        names.append(" < ".join(shown))
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--every", type=float, default=10, help="minutes between rows")
    ap.add_argument("--base", type=lambda s: int(s, 16), default=NO_ASLR_BASE)
    ap.add_argument("--binary", help="the fuzz target (default: from the log)")
    args = ap.parse_args()

    finds, binary = {}, args.binary
    for path in args.logs:
        stats, pcs, ran = read(path)
        binary = binary or ran
        if not stats:
            print(f"{path}: no coverage lines", file=sys.stderr)
            continue
        inited = next((s for s in stats if s[2] == "INITED"), stats[0])
        start, last = inited[0], stats[-1]
        print(f"{path}: loaded at {start:%H:%M:%S}, {inited[3]} edges")
        step = timedelta(minutes=args.every)
        at, k, cov = start + step, 0, inited[3]
        while at <= last[0] + step:
            while k < len(stats) and stats[k][0] <= at:
                cov = max(cov, stats[k][3])
                k += 1
            minutes = (min(at, last[0]) - start).total_seconds() / 60
            print(f"  +{minutes:5.0f} min  {cov} edges")
            at += step
        top = max(s[3] for s in stats)
        first_top = next(s for s in stats if s[3] == top)
        print(
            f"  end {last[0]:%H:%M:%S} (+{(last[0] - start).total_seconds() / 60:.0f} min), "
            f"{last[1]:,} inputs, {top} edges; the last new edge at "
            f"+{(first_top[0] - start).total_seconds() / 60:.0f} min "
            f"({first_top[0]:%H:%M:%S})"
        )
        for t, a in pcs:
            if t > start:
                finds[a] = min(t, finds.get(a, t))

    if finds:
        names = symbolize(list(finds), binary, args.base)
        where = collections.Counter(names)
        print(f"new coverage points after loading: {len(finds)}, in")
        for name, n in where.most_common():
            print(f"  {n:4}  {name}")


if __name__ == "__main__":
    main()
