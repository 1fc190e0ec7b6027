// The JS glue in Node, without a browser: loading, UTF-16 offsets, errors.
// Needs web/attribution-audit.wasm (wasm/build.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const web = new URL("../", import.meta.url);
const AttributionAudit = require("../attribution-audit.js");

const TEXT =
  "Fares rise 😀 today. “We are out of options,” said Mayor Ana Ruiz. “The money is gone.”\n\n" +
  "The 🚇 line will close in May, officials said.";

test("audit before init throws", () => {
  assert.throws(() => AttributionAudit.audit("x"), /init\(\)/);
});

test("init from bytes, then every offset is a JavaScript string index", async () => {
  await AttributionAudit.init(readFileSync(new URL("attribution-audit.wasm", web)));
  assert.ok(AttributionAudit.ready());
  const r = AttributionAudit.audit(TEXT);
  assert.equal(r.offset_unit, "utf16");
  assert.deepEqual(
    r.sentences.map((s) => TEXT.slice(s.start, s.end)),
    [
      "Fares rise 😀 today.",
      "“We are out of options,” said Mayor Ana Ruiz.",
      "“The money is gone.”",
      "The 🚇 line will close in May, officials said.",
    ]
  );
  assert.deepEqual(
    r.sentences.map((s) => s.label),
    ["unattributed", "quoted", "quoted", "anonymous"]
  );
  const a = r.sentences[1].attributions[0];
  assert.equal(TEXT.slice(a.source.start, a.source.end), a.source.text);
  assert.equal(TEXT.slice(a.cue.start, a.cue.end), "said");
  assert.equal(TEXT.slice(a.quote.start, a.quote.end), "“We are out of options,”");
  assert.equal(a.quote.start, TEXT.indexOf("“"));
  for (const q of r.quotes) assert.match(TEXT.slice(q.start, q.end), /^“.*”$/);
  assert.equal(r.summary.sentences, 4);
});

test("the base64 copy is the same module", async () => {
  const b64 = require("../attribution-audit.wasm.js");
  const bytes = readFileSync(new URL("attribution-audit.wasm", web));
  assert.equal(b64, bytes.toString("base64"));
});

test("empty text, lone surrogates and a long article", () => {
  assert.equal(AttributionAudit.audit("").sentences.length, 0);
  // A lone surrogate becomes U+FFFD in UTF-8: one code unit either way.
  const odd = "A\uD800 b said. Then “x,” she said.";
  const r = AttributionAudit.audit(odd);
  assert.equal(odd.slice(r.sentences.at(-1).start, r.sentences.at(-1).end), "Then “x,” she said.");
  const article = readFileSync(new URL("test/fixtures/article-5k.txt", web), "utf8");
  const big = AttributionAudit.audit(article.repeat(20));
  assert.ok(big.sentences.length > 500);
  for (const s of big.sentences) {
    const piece = article.repeat(20).slice(s.start, s.end);
    assert.equal(piece, piece.trim());
    assert.ok(piece.length > 0);
  }
});

test("the ES module shares the instance", async () => {
  const m = await import("../attribution-audit.mjs");
  assert.equal(m.audit, AttributionAudit.audit);
  assert.ok(m.ready());
  assert.equal(m.audit("He left, police said.").sentences[0].label, "official");
});
