/* The demo page: audits the textarea as you type (debounced) and paints the
 * result into a mirror div behind it. Offsets from AttributionAudit.audit are
 * UTF-16 code units, so they index the textarea's value directly. */
(function () {
  "use strict";

  var SAMPLE =
    "City to close 🚇 Line 4 for a year\n\n" +
    "The city will close Line 4 of the subway for a year starting in May, officials said on Tuesday. " +
    "“We have run out of time and out of money,” said Mayor Ana Ruiz. “The tunnel cannot wait.”\n\n" +
    "Repairs will cost $1.2 billion, according to a report by the city’s transit authority. " +
    "Two engineers familiar with the inspections said water had been seeping into the tunnel since 2019.\n\n" +
    "Riders were not convinced. “It’s a disaster for the east side,” said Tom Becker, who commutes daily. " +
    "The Daily Ledger reported that a cheaper plan had been rejected last year.\n\n" +
    "The line carries about 200,000 riders a day. Buses will replace it during the closure.";

  var DEBOUNCE_MS = 150;
  var draft = document.getElementById("draft");
  var mirror = document.getElementById("mirror");
  var tooltip = document.getElementById("tooltip");
  var status = document.getElementById("status");
  var summaryEl = document.getElementById("summary");
  var sourcesBody = document.querySelector("#sources tbody");
  var warningsEl = document.getElementById("warnings");
  var LABELS = ["anonymous", "quoted", "official", "named", "unattributed"];

  // State the browser test reads.
  var demo = (window.demo = { report: null, text: "", audits: 0, ms: 0, mode: "", error: null });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function pct(x) {
    return Math.round(x * 100) + "%";
  }

  // ---- loading: fetch the .wasm over http(s); from file:// (where Chromium
  // blocks fetch) or when fetch fails, the base64 copy in attribution-audit.wasm.js.
  function loadEmbedded() {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = "attribution-audit.wasm.js";
      s.onload = resolve;
      s.onerror = function () {
        reject(new Error("attribution-audit.wasm.js not found: run wasm/build.sh"));
      };
      document.head.appendChild(s);
    });
  }

  function load() {
    var viaFetch =
      location.protocol === "file:"
        ? Promise.reject(new Error("file://"))
        : AttributionAudit.init("attribution-audit.wasm").then(function () {
            return "attribution-audit.wasm";
          });
    return viaFetch.catch(function (err) {
      if (location.protocol !== "file:") console.warn("fetch failed, using the embedded copy:", err);
      return loadEmbedded()
        .then(function () {
          return AttributionAudit.init();
        })
        .then(function () {
          return "embedded base64";
        });
    });
  }

  // ---- the mirror
  function syncBox() {
    mirror.style.width = draft.clientWidth + "px";
    mirror.style.height = draft.clientHeight + "px";
    mirror.scrollTop = draft.scrollTop;
  }

  // Source words and cue words of the sentence's attributions that lie inside
  // it, sorted, without overlaps.
  function marks(s) {
    var list = [];
    s.attributions.forEach(function (a) {
      list.push({ start: a.source.start, end: a.source.end, cls: "src" });
      list.push({ start: a.cue.start, end: a.cue.end, cls: "cue" });
    });
    list = list
      .filter(function (m) {
        return m.start >= s.start && m.end <= s.end && m.start < m.end;
      })
      .sort(function (a, b) {
        return a.start - b.start || b.end - a.end;
      });
    var out = [];
    var at = s.start;
    list.forEach(function (m) {
      if (m.start >= at) {
        out.push(m);
        at = m.end;
      }
    });
    return out;
  }

  function paintMirror(text, report) {
    var frag = document.createDocumentFragment();
    var at = 0;
    report.sentences.forEach(function (s, i) {
      if (s.start > at) frag.appendChild(document.createTextNode(text.slice(at, s.start)));
      var span = el("span", "s " + s.label);
      span.dataset.i = i;
      span.dataset.start = s.start;
      span.dataset.end = s.end;
      var inner = s.start;
      marks(s).forEach(function (m) {
        if (m.start > inner) span.appendChild(document.createTextNode(text.slice(inner, m.start)));
        span.appendChild(el("span", m.cls, text.slice(m.start, m.end)));
        inner = m.end;
      });
      if (s.end > inner) span.appendChild(document.createTextNode(text.slice(inner, s.end)));
      frag.appendChild(span);
      at = s.end;
    });
    if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
    // A textarea shows a last empty line after a final newline; a div needs a <br>.
    if (text.endsWith("\n")) frag.appendChild(document.createElement("br"));
    mirror.replaceChildren(frag);
    syncBox();
  }

  // ---- the side panel
  function paintSummary(report) {
    var sum = report.summary;
    var bar = el("div", "bar");
    var table = el("table", "counts");
    LABELS.forEach(function (l) {
      var seg = el("span", l);
      seg.style.flex = String(sum.counts[l] || 0);
      seg.title = l + ": " + sum.counts[l];
      bar.appendChild(seg);
      var tr = el("tr");
      tr.dataset.label = l;
      var sw = el("td");
      sw.appendChild(el("span", "swatch " + l));
      tr.appendChild(sw);
      tr.appendChild(el("td", "", l));
      tr.appendChild(el("td", "n", String(sum.counts[l])));
      tr.appendChild(el("td", "n", pct(sum.shares[l])));
      table.appendChild(tr);
    });
    var shares = el(
      "p",
      "shares",
      sum.sentences +
        " sentences · " +
        pct(sum.anonymous_share) +
        " of attributed claims rest on anonymous sources · " +
        pct(sum.unattributed_share) +
        " unattributed · " +
        sum.attributed_quotes +
        " attributed quotations"
    );
    summaryEl.replaceChildren(bar, table, shares);
  }

  function paintSources(report) {
    var rows = report.sources.map(function (src) {
      var tr = el("tr", src.identity);
      tr.appendChild(el("td", "", src.name));
      tr.appendChild(el("td", "", src.identity));
      tr.appendChild(el("td", "", src.role));
      tr.appendChild(el("td", "n", String(src.mentions)));
      tr.appendChild(el("td", "n", String(src.claims)));
      return tr;
    });
    if (!rows.length) {
      var tr = el("tr");
      var td = el("td", "", "No sources yet.");
      td.colSpan = 5;
      tr.appendChild(td);
      rows.push(tr);
    }
    sourcesBody.replaceChildren.apply(sourcesBody, rows);
  }

  function paintWarnings(text, report) {
    var items = report.warnings.map(function (w) {
      var snippet = text.slice(w.start, Math.min(w.end, w.start + 60));
      return el("p", "", "⚠ " + w.kind.replace(/_/g, " ") + ": " + snippet + (w.end - w.start > 60 ? "…" : ""));
    });
    warningsEl.replaceChildren.apply(warningsEl, items);
  }

  // ---- hover: the textarea covers the mirror, so find the sentence under the
  // pointer among all the elements at that point.
  function describe(i) {
    var s = demo.report.sentences[i];
    var box = el("div");
    box.appendChild(el("b", "", s.label));
    if (!s.attributions.length) {
      box.appendChild(el("div", "attr", "No source: the writer’s own statement."));
    }
    s.attributions.forEach(function (a) {
      var who = "“" + a.source.text + "”";
      if (a.source.resolved && a.source.resolved !== a.source.text) who += " → " + a.source.resolved;
      box.appendChild(
        el(
          "div",
          "attr",
          "Source: " + who + " (" + a.source.identity + ", " + a.source.role + ") · cue “" + a.cue.text + "” · " + a.mode
        )
      );
    });
    s.hedges.forEach(function (h) {
      box.appendChild(el("div", "attr", "Hedge: “" + h.text + "”"));
    });
    return box;
  }

  var hovered = null;
  function onPointer(e) {
    var hit = null;
    var els = document.elementsFromPoint(e.clientX, e.clientY);
    for (var k = 0; k < els.length; k++) {
      if (els[k].classList && els[k].classList.contains("s") && els[k].parentNode === mirror) {
        hit = els[k];
        break;
      }
    }
    if (hovered && hovered !== hit) hovered.classList.remove("hover");
    hovered = hit;
    if (!hit || !demo.report) {
      tooltip.hidden = true;
      return;
    }
    hit.classList.add("hover");
    tooltip.replaceChildren(describe(+hit.dataset.i));
    tooltip.hidden = false;
    var x = Math.min(e.clientX + 14, window.innerWidth - tooltip.offsetWidth - 8);
    var y = e.clientY + 18;
    if (y + tooltip.offsetHeight > window.innerHeight) y = e.clientY - tooltip.offsetHeight - 10;
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  // ---- auditing
  function run() {
    var text = draft.value;
    var t0 = performance.now();
    var report;
    try {
      report = AttributionAudit.audit(text);
    } catch (err) {
      demo.error = String(err);
      status.textContent = "Audit failed: " + err.message;
      return;
    }
    var ms = performance.now() - t0;
    demo.report = report;
    demo.text = text;
    demo.audits += 1;
    demo.ms = ms;
    paintMirror(text, report);
    paintSummary(report);
    paintSources(report);
    paintWarnings(text, report);
    status.textContent =
      report.summary.sentences + " sentences · audited in " + ms.toFixed(1) + " ms · " + text.length + " characters · wasm: " + demo.mode;
    document.body.dataset.audits = String(demo.audits);
  }

  var timer = 0;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
    syncBox();
  }

  demo.run = run;
  demo.ready = load().then(
    function (mode) {
      demo.mode = mode;
      if (draft.value === "Loading…") draft.value = SAMPLE;
      draft.addEventListener("input", schedule);
      draft.addEventListener("scroll", function () {
        mirror.scrollTop = draft.scrollTop;
      });
      draft.addEventListener("mousemove", onPointer);
      draft.addEventListener("mouseleave", function () {
        tooltip.hidden = true;
        if (hovered) hovered.classList.remove("hover");
        hovered = null;
      });
      if (window.ResizeObserver) new ResizeObserver(syncBox).observe(draft);
      window.addEventListener("resize", syncBox);
      run();
      document.body.dataset.ready = "1";
    },
    function (err) {
      demo.error = String(err);
      status.textContent = "Could not load the auditor: " + err.message;
      document.body.dataset.ready = "error";
    }
  );
})();
