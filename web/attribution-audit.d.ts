// Types of attribution-audit.js: the report of attribution-audit with every
// offset in UTF-16 code units (JavaScript string indices), so that
// text.slice(x.start, x.end) is the span. Mirrors the library's Report
// (src/report.rs) plus `offset_unit`.

export as namespace AttributionAudit;

/** One claim's label, by the first rule that holds. */
export type Label = "anonymous" | "quoted" | "official" | "named" | "unattributed";
/** Whether a source is identified. */
export type Identity = "named" | "anonymous";
/** What kind of source speaks. */
export type Role = "official" | "media" | "person" | "document";
/** How the claim's words reach the reader. */
export type Mode = "direct" | "partial" | "indirect";
export type WarningKind = "unclosed_quotation";

/** A half-open range of UTF-16 code units: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A run of words of the text. */
export interface Words extends Span {
  text: string;
}

/** The words naming a source, and who they stand for. */
export interface SourceMention extends Span {
  /** The words as written: "she", "a senior official". */
  text: string;
  /** The name they resolve to ("she" → "Laura Loomer"), when known. */
  resolved: string | null;
  identity: Identity;
  role: Role;
}

/** One attribution of a claim to a source. */
export interface Attribution {
  source: SourceMention;
  /** The attributing words ("said", "according to"). */
  cue: Words;
  mode: Mode;
  /** The quotation carried, when the mode is direct or partial. */
  quote: Span | null;
}

/** One sentence: one claim. */
export interface SentenceReport extends Span {
  /** Paragraph index, from zero. */
  paragraph: number;
  label: Label;
  attributions: Attribution[];
  /** Hedges that name no source ("allegedly", "reportedly"). */
  hedges: Words[];
}

/** A row of the sources table. */
export interface SourceRow {
  name: string;
  identity: Identity;
  role: Role;
  /** How many times the text names it as a source. */
  mentions: number;
  /** How many sentences rest on it. */
  claims: number;
}

/** A quotation and its speaker. */
export interface QuoteReport extends Span {
  /** null for scare quotes and quotations whose speaker is not given. */
  speaker: string | null;
  mode: Mode | null;
  /** Whether a closing mark was found. */
  closed: boolean;
}

export type LabelCounts = Record<Label, number>;

export interface Summary {
  sentences: number;
  counts: LabelCounts;
  /** Share of sentences per label, each in 0..1. */
  shares: Record<Label, number>;
  /** Share of attributed claims that rest on an anonymous source. */
  anonymous_share: number;
  /** Share of all claims with no source. */
  unattributed_share: number;
  attributed_quotes: number;
}

export interface Warning extends Span {
  kind: WarningKind;
}

export interface Report {
  schema_version: number;
  /** Always "utf16" here: offsets count UTF-16 code units, not UTF-8 bytes. */
  offset_unit: "utf16";
  sentences: SentenceReport[];
  sources: SourceRow[];
  quotes: QuoteReport[];
  summary: Summary;
  warnings: Warning[];
}

/** What init() accepts: a URL, a fetch Response, the bytes, or a compiled module. */
export type WasmSource =
  | string
  | URL
  | Response
  | PromiseLike<Response>
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module;

export interface AttributionAuditApi {
  init(source?: WasmSource): Promise<AttributionAuditApi>;
  audit(text: string): Report;
  auditJson(text: string): string;
  ready(): boolean;
}

/**
 * Loads the module. Without a source: the base64 copy when
 * attribution-audit.wasm.js was loaded first, else attribution-audit.wasm
 * beside the script. The first successful call wins.
 */
export function init(source?: WasmSource): Promise<AttributionAuditApi>;
/** Audits `text`; every offset in UTF-16 code units. Throws before init(). */
export function audit(text: string): Report;
/** The same report as a JSON string. */
export function auditJson(text: string): string;
/** Whether init() has finished. */
export function ready(): boolean;
