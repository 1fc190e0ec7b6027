/*
 * attribution-audit in the browser: glue for attribution-audit.wasm (built by
 * wasm/build.sh). No dependencies, no build step.
 *
 *   await AttributionAudit.init();            // embedded base64, or fetch next to this script
 *   await AttributionAudit.init("attribution-audit.wasm");   // a URL
 *   await AttributionAudit.init(bytes);       // ArrayBuffer, Uint8Array, Response, WebAssembly.Module
 *   const report = AttributionAudit.audit(text);
 *
 * Every offset in the report (sentences, sources, cues, quotes, hedges,
 * warnings: every `start` and `end`) counts UTF-16 code units, like JavaScript
 * string indices: text.slice(s.start, s.end) is the sentence. The report says
 * so: report.offset_unit === "utf16". (The native Rust report counts UTF-8
 * bytes; the wasm module converts.)
 *
 * Loads as a classic <script> (global `AttributionAudit`), with require() in
 * Node or a bundler, or as an ES module through attribution-audit.mjs.
 */
(function (root, factory) {
  "use strict";
  var api = factory(root);
  root.AttributionAudit = api;
  if (typeof module === "object" && module && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : this, function (root) {
  "use strict";

  // Where this script came from, to find attribution-audit.wasm beside it.
  var scriptUrl =
    typeof document !== "undefined" && document.currentScript && document.currentScript.src
      ? document.currentScript.src
      : null;

  var exportsOf = null; // the instance's exports once ready
  var pending = null; // the promise of the first init
  var encoder = new TextEncoder();
  var decoder = new TextDecoder("utf-8");

  function base64Bytes(b64) {
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  function defaultSource() {
    if (typeof root.ATTRIBUTION_AUDIT_WASM_BASE64 === "string") {
      return base64Bytes(root.ATTRIBUTION_AUDIT_WASM_BASE64);
    }
    return scriptUrl ? new URL("attribution-audit.wasm", scriptUrl).href : "attribution-audit.wasm";
  }

  function instantiate(source) {
    return Promise.resolve(source).then(function (src) {
      if (src instanceof WebAssembly.Module) return WebAssembly.instantiate(src, {});
      if (src instanceof ArrayBuffer || ArrayBuffer.isView(src)) {
        return WebAssembly.instantiate(src, {}).then(function (r) {
          return r.instance;
        });
      }
      var response =
        typeof Response !== "undefined" && src instanceof Response ? Promise.resolve(src) : fetch(String(src));
      return response.then(function (res) {
        if (!res.ok) throw new Error("attribution-audit: cannot load " + res.url + " (" + res.status + ")");
        // instantiateStreaming needs the application/wasm type; fall back to bytes.
        var type = res.headers.get("Content-Type") || "";
        if (WebAssembly.instantiateStreaming && type.indexOf("application/wasm") === 0) {
          return WebAssembly.instantiateStreaming(res, {}).then(function (r) {
            return r.instance;
          });
        }
        return res.arrayBuffer().then(function (buf) {
          return WebAssembly.instantiate(buf, {}).then(function (r) {
            return r.instance;
          });
        });
      });
    });
  }

  /**
   * Loads the module. `source`: a URL (string or URL), a Response, bytes
   * (ArrayBuffer or a typed array) or a WebAssembly.Module. Without it: the
   * base64 copy when attribution-audit.wasm.js was loaded first, else
   * attribution-audit.wasm beside this script. The first successful call wins;
   * later calls return the same promise.
   */
  function init(source) {
    if (pending) return pending;
    pending = instantiate(source === undefined ? defaultSource() : source).then(
      function (instance) {
        exportsOf = instance.exports;
        // Build the auditor now (tens of ms on a cold module), not on the first keystroke.
        auditJson("");
        return api;
      },
      function (err) {
        pending = null;
        throw err;
      }
    );
    return pending;
  }

  /** The report as a JSON string (UTF-16 offsets). */
  function auditJson(text) {
    if (!exportsOf) throw new Error("attribution-audit: call and await init() first");
    text = String(text);
    var w = exportsOf;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    var cap = text.length * 3;
    var ptr = w.alloc(cap);
    try {
      // Take the buffer after alloc: growing the memory detaches the old one.
      var written = encoder.encodeInto(text, new Uint8Array(w.memory.buffer, ptr, cap)).written;
      var len = w.audit(ptr, written) >>> 0;
      var out = new Uint8Array(w.memory.buffer, w.result_ptr() >>> 0, len);
      return decoder.decode(out);
    } finally {
      w.dealloc(ptr, cap);
    }
  }

  /** Audits `text`: the report as a plain object, offsets in UTF-16 code units. */
  function audit(text) {
    var report = JSON.parse(auditJson(text));
    if (report.error) throw new Error("attribution-audit: " + report.error);
    return report;
  }

  /** Whether init() has finished. */
  function ready() {
    return exportsOf !== null;
  }

  var api = { init: init, audit: audit, auditJson: auditJson, ready: ready };
  return api;
});
