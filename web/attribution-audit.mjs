// ES-module entry for bundlers and <script type="module"> (over http: browsers
// do not load modules from file://). The implementation is attribution-audit.js.
import "./attribution-audit.js";

const api = globalThis.AttributionAudit;

/** Like AttributionAudit.init; without a source, the .wasm beside this module. */
export function init(source) {
  if (source === undefined && typeof globalThis.ATTRIBUTION_AUDIT_WASM_BASE64 !== "string") {
    source = new URL("attribution-audit.wasm", import.meta.url);
  }
  return api.init(source);
}
export const audit = api.audit;
export const auditJson = api.auditJson;
export const ready = api.ready;
export default { init, audit, auditJson, ready };
