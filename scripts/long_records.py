"""Writes NDJSON records of about SIZE bytes each, made by joining the corpus
texts in order, to stdout (for scripts/memory.sh; nothing is stored).

    python3 long_records.py CORPUS SIZE COUNT
"""

import json
import sys

path, size, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, encoding="utf-8") as f:
    texts = [t for t in (json.loads(l).get("text") for l in f if l.strip()) if isinstance(t, str)]
i = 0
for k in range(count):
    parts, total = [], 0
    while total < size:
        t = texts[i % len(texts)]
        i += 1
        parts.append(t)
        total += len(t.encode("utf-8")) + 2
    sys.stdout.write(json.dumps({"id": k, "text": "\n\n".join(parts)}) + "\n")
