export * from "./attribution-audit.js";
import type { AttributionAuditApi } from "./attribution-audit.js";
declare const api: AttributionAuditApi;
export default api;
