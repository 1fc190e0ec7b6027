// End to end in headless Chromium: type a draft into the demo page and check
// that every highlighted span is exactly its sentence, by the report's UTF-16
// offsets. Also: hover tooltips, the side panel, loading from file://, a
// screenshot and the audit time of a 5 KB article (test/output/).
//
// Needs Chromium (CHROMIUM, else /usr/bin/chromium; .ci/install-chromium) and
// web/attribution-audit.wasm{,.js} (wasm/build.sh). Without Chromium the test
// is skipped, unless REQUIRE_CHROMIUM=1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const WEB = fileURLToPath(new URL("../", import.meta.url));
const OUT = join(WEB, "test", "output");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Typed key by key: curly quotes, an emoji before a quotation, one in a name's
// sentence, an astral letter, a final newline.
const DRAFT =
  "Storm closes bridge 🌉 tonight\n\n" +
  "The harbor bridge will close at 9 p.m., officials said. 😀 “We cannot risk it,” said Mayor Ana Ruiz. " +
  "“Stay home if you can.”\n\n" +
  "Winds could reach 𝟗𝟎 mph, according to the National Weather Service. Critics say the warning came late. " +
  "The ferry will run all night, the 🚢 operator said.\n";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.REQUIRE_CHROMIUM === "1") {
  throw new Error(`REQUIRE_CHROMIUM=1 but ${CHROMIUM} is missing (run .ci/install-chromium)`);
}
const skip = haveChromium ? false : `${CHROMIUM} not found (run .ci/install-chromium)`;

let browser, server, base;

before(async () => {
  if (skip) return;
  for (const f of ["attribution-audit.wasm", "attribution-audit.wasm.js"]) {
    assert.ok(existsSync(join(WEB, f)), `${f} missing: run wasm/build.sh`);
  }
  mkdirSync(OUT, { recursive: true });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^[/\\]+/, "");
    const file = join(WEB, path || "index.html");
    if (!file.startsWith(WEB) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": MIME[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${server.address().port}/`;
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector("body[data-ready]");
  assert.equal(await page.getAttribute("body", "data-ready"), "1", await page.textContent("#status"));
  return { page, errors };
}

/** Waits until the page has audited exactly what the textarea holds. */
async function settled(page) {
  await page.waitForFunction(() => window.demo.text === document.getElementById("draft").value);
}

/** Each highlighted span, its offsets and label, and the report's sentences. */
function spans(page) {
  return page.evaluate(() => ({
    text: document.getElementById("draft").value,
    mirror: document.getElementById("mirror").textContent,
    report: window.demo.report,
    spans: [...document.querySelectorAll("#mirror > span.s")].map((s) => ({
      text: s.textContent,
      start: +s.dataset.start,
      end: +s.dataset.end,
      label: [...s.classList].find((c) => c !== "s" && c !== "hover"),
    })),
  }));
}

test("typing a draft highlights every sentence exactly", { skip }, async () => {
  const { page, errors } = await openPage(base + "index.html");
  assert.equal(await page.evaluate(() => window.demo.mode), "attribution-audit.wasm");

  await page.click("#draft");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(DRAFT);
  await settled(page);

  const got = await spans(page);
  assert.equal(got.text, DRAFT);
  assert.equal(got.report.offset_unit, "utf16");
  assert.equal(got.mirror, DRAFT, "the mirror holds the same text as the textarea");
  assert.equal(got.spans.length, got.report.sentences.length);
  got.spans.forEach((s, i) => {
    const r = got.report.sentences[i];
    assert.deepEqual([s.start, s.end, s.label], [r.start, r.end, r.label]);
    assert.equal(s.text, DRAFT.slice(r.start, r.end));
  });
  assert.deepEqual(
    got.spans.map((s) => [s.text, s.label]),
    [
      ["Storm closes bridge 🌉 tonight", "unattributed"],
      ["The harbor bridge will close at 9 p.m., officials said.", "anonymous"],
      ["😀 “We cannot risk it,” said Mayor Ana Ruiz.", "quoted"],
      ["“Stay home if you can.”", "quoted"],
      ["Winds could reach 𝟗𝟎 mph, according to the National Weather Service.", "official"],
      ["Critics say the warning came late.", "anonymous"],
      ["The ferry will run all night, the 🚢 operator said.", got.spans[6]?.label],
    ]
  );
  // The quotation after the emoji: its offsets are JavaScript indices.
  const q = got.report.sentences[2].attributions[0];
  assert.equal(q.quote.start, DRAFT.indexOf("“We"));
  assert.equal(DRAFT.slice(q.source.start, q.source.end), "Mayor Ana Ruiz");
  assert.equal(DRAFT.slice(q.cue.start, q.cue.end), "said");

  // Typing more re-audits (debounced) and the highlight follows.
  const before = await page.evaluate(() => window.demo.audits);
  await page.keyboard.type(" “It’s 🙂 fine,” he said.");
  await settled(page);
  const again = await spans(page);
  assert.ok((await page.evaluate(() => window.demo.audits)) > before);
  for (const s of again.spans) assert.equal(s.text, again.text.slice(s.start, s.end));

  // The side panel: counts per label and the sources table.
  const counts = await page.$$eval(".counts tr", (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.label, +r.children[2].textContent]))
  );
  assert.deepEqual(counts, again.report.summary.counts);
  const names = await page.$$eval("#sources tbody td:first-child", (tds) => tds.map((t) => t.textContent));
  assert.deepEqual(
    names,
    again.report.sources.map((s) => s.name)
  );
  assert.ok(names.includes("Ana Ruiz"), names.join(", "));

  // Hover the quoted sentence in the textarea: the tooltip names its source.
  const box = await page.locator("#mirror > span.s").nth(2).evaluate((el) => {
    const r = el.getClientRects()[0];
    return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector("#tooltip:not([hidden])");
  const tip = await page.textContent("#tooltip");
  assert.match(tip, /quoted/);
  assert.match(tip, /Mayor Ana Ruiz/);
  assert.match(tip, /Ana Ruiz \(named, official\)/);

  await page.screenshot({ path: join(OUT, "demo.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("audit time of a 5 KB article", { skip }, async () => {
  const { page } = await openPage(base + "index.html");
  const article = readFileSync(join(WEB, "test", "fixtures", "article-5k.txt"), "utf8");
  const timing = await page.evaluate((text) => {
    const runs = 100;
    const stats = (xs) => {
      xs.sort((a, b) => a - b);
      return {
        median_ms: xs[xs.length >> 1],
        mean_ms: xs.reduce((a, b) => a + b, 0) / xs.length,
        p95_ms: xs[Math.floor(xs.length * 0.95)],
        min_ms: xs[0],
      };
    };
    for (let i = 0; i < 5; i++) AttributionAudit.audit(text); // warm up
    const audit = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      AttributionAudit.audit(text);
      audit.push(performance.now() - t0);
    }
    // Audit and repaint the page, as one keystroke's debounced update does.
    const draft = document.getElementById("draft");
    draft.value = text;
    const page = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      window.demo.run();
      document.body.getBoundingClientRect(); // force layout
      page.push(performance.now() - t0);
    }
    return {
      bytes: new TextEncoder().encode(text).length,
      utf16_units: text.length,
      sentences: window.demo.report.summary.sentences,
      runs,
      audit: stats(audit),
      audit_and_repaint: stats(page),
      user_agent: navigator.userAgent,
    };
  }, article);
  writeFileSync(join(OUT, "timing.json"), JSON.stringify(timing, null, 2) + "\n");
  console.log(`# 5 KB article in Chromium: ${JSON.stringify(timing)}`);
  assert.ok(timing.sentences > 30);
  // Generous: a regression of an order of magnitude, not a benchmark.
  assert.ok(timing.audit.median_ms < 100, `median ${timing.audit.median_ms} ms`);
  await page.close();
});

test("the page works opened from file:// with the embedded module", { skip }, async () => {
  const { page, errors } = await openPage(pathToFileURL(join(WEB, "index.html")).href);
  assert.equal(await page.evaluate(() => window.demo.mode), "embedded base64");
  const got = await spans(page);
  assert.ok(got.spans.length > 5);
  for (const s of got.spans) assert.equal(s.text, got.text.slice(s.start, s.end));
  assert.deepEqual(errors, []);
  await page.close();
});
