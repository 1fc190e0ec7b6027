#!/usr/bin/env python3
"""Seeds the fuzz corpora with the texts the project's tests audit.

Every string literal of the root crate's tests (tests/*.rs) and every
fixture article (tests/fixtures/*.txt) becomes one input of `audit` and of
`segment_options` (a zero byte first: no builder edits) and one of `segment`. The rules' tests hold
the word sequences each rule looks for ("Sen. Ron Johnson, R-Wis., said",
"a report by the watchdog said"); without them the fuzzer has to spell such
sequences out of the dictionary's words one mutation at a time, which takes
it hours for the rarer rules.

    fuzz/seeds.py            # writes fuzz/corpus/seeds-{audit,segment,segment_options}
    cargo fuzz run -O -s none audit corpus/audit corpus/seeds-audit -- ...

(libFuzzer writes what it finds to the first directory and reads the others.)
"""

import hashlib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
MAX_LEN = 4096

# A Rust string literal: raw (r"..", r#".."#) or cooked ("..", with escapes).
LITERAL = re.compile(r'r(#*)"(.*?)"\1|"((?:[^"\\]|\\.)*)"', re.S)
ESCAPE = re.compile(r'\\(u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|\n\s*|.)', re.S)


def unescape(body):
    def one(m):
        e = m.group(1)
        if e.startswith("u{"):
            return chr(int(e[2:-1], 16))
        if e.startswith("x"):
            return chr(int(e[1:], 16))
        if e.startswith("\n"):
            return ""  # a line continuation: the break and the indent go
        return {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(e, e)

    return ESCAPE.sub(one, body)


def literals(source):
    for m in LITERAL.finditer(source):
        text = m.group(2) if m.group(2) is not None else unescape(m.group(3))
        # Words, not format strings or single tokens.
        if len(text) >= 12 and " " in text and "{}" not in text and "{:?}" not in text:
            yield text


def texts():
    for path in sorted((ROOT / "tests").glob("*.rs")):
        yield from literals(path.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield text
        # Long articles also paragraph by paragraph, within the input limit.
        yield from (p for p in text.split("\n\n") if len(p) > 40)


def write(directory, data):
    directory.mkdir(parents=True, exist_ok=True)
    # Cut to the input limit between characters, so that the text stays UTF-8.
    data = data[:MAX_LEN].decode("utf-8", "ignore").encode("utf-8")
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "corpus"
    seen = set()
    for text in texts():
        if text in seen:
            continue
        seen.add(text)
        data = text.encode("utf-8")
        write(out / "seeds-audit", b"\0" + data)
        write(out / "seeds-segment", data)
        write(out / "seeds-segment_options", b"\0" + data)
    print(f"{len(seen)} texts in {out}/seeds-audit, seeds-segment and seeds-segment_options")


if __name__ == "__main__":
    main()
