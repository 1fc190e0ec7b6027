//! WebAssembly build of `attribution-audit` for browsers and editors.
//!
//! The module exports plain C functions (no `wasm-bindgen`), driven by the
//! hand-written glue in `web/attribution-audit.js`:
//!
//! | export | what it does |
//! |---|---|
//! | `alloc(len) -> ptr` | a buffer of `len` bytes in the module's memory, for the caller to fill |
//! | `dealloc(ptr, len)` | frees a buffer from `alloc` |
//! | `audit(ptr, len) -> u32` | audits the UTF-8 text in `ptr..ptr+len`, keeps the report as JSON and returns its length in bytes |
//! | `result_ptr() -> ptr` | where that JSON lies (valid until the next `audit`) |
//! | `result_len() -> len` | its length in bytes |
//!
//! The JSON is the library's [`Report`](attribution_audit::Report) with one
//! difference: **every offset is in UTF-16 code units**, what JavaScript strings,
//! the DOM and editors (CodeMirror, ProseMirror, Monaco) index by, instead of
//! the native report's UTF-8 bytes. The report says so in an extra field,
//! `"offset_unit": "utf16"`. Every `start` and `end` of the report is an offset
//! (sentences, attribution sources, cues, quotations, hedges, quotes, warnings),
//! and all of them are converted in one walk over the text.
//!
//! The auditor is built once, on the first call, and reused.
#![deny(missing_docs)]

use attribution_audit::Auditor;
use serde_json::{Map, Value};
use std::sync::{Mutex, OnceLock};

/// The value of the report's `offset_unit` field.
pub const OFFSET_UNIT: &str = "utf16";

fn auditor() -> &'static Auditor {
    static AUDITOR: OnceLock<Auditor> = OnceLock::new();
    AUDITOR.get_or_init(Auditor::new)
}

/// Converts UTF-8 byte offsets into `text` to UTF-16 code-unit offsets, in one
/// pass over the text, whatever the order of `byte_offsets`.
///
/// An offset inside a character (never produced by the library) maps to the
/// start of that character; an offset past the end maps to the end.
pub fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_unstable_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let mut next = order.iter().peekable();
    let mut units = 0;
    for (at, c) in text.char_indices() {
        let after = at + c.len_utf8();
        while let Some(&&i) = next.peek() {
            if byte_offsets[i] >= after {
                break;
            }
            out[i] = units;
            next.next();
        }
        units += c.len_utf16();
    }
    for &i in next {
        out[i] = units;
    }
    out
}

/// Every `start` and `end` number in the JSON tree.
fn offsets_mut<'v>(value: &'v mut Value, found: &mut Vec<&'v mut Value>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if (key == "start" || key == "end") && child.is_u64() {
                    found.push(child);
                } else {
                    offsets_mut(child, found);
                }
            }
        }
        Value::Array(items) => {
            for child in items {
                offsets_mut(child, found);
            }
        }
        _ => {}
    }
}

/// Rewrites every `start` and `end` of a serialised report from UTF-8 bytes to
/// UTF-16 code units of `text`.
pub fn convert_offsets(text: &str, report: &mut Value) {
    let mut found = Vec::new();
    offsets_mut(report, &mut found);
    let bytes: Vec<usize> = found
        .iter()
        .map(|v| v.as_u64().map_or(0, |n| n as usize))
        .collect();
    for (slot, units) in found.into_iter().zip(utf16_offsets(text, &bytes)) {
        *slot = Value::from(units);
    }
}

/// Audits `text` and returns the report as a JSON value with UTF-16 offsets
/// and `"offset_unit": "utf16"` (right after `schema_version`).
pub fn audit_value(text: &str) -> Value {
    let report = auditor().audit(text);
    let mut value = match serde_json::to_value(&report) {
        Ok(value) => value,
        Err(e) => return error_value(&e.to_string()),
    };
    convert_offsets(text, &mut value);
    let Value::Object(fields) = value else {
        return error_value("the report is not a JSON object");
    };
    let mut out = Map::with_capacity(fields.len() + 1);
    for (key, field) in fields {
        let first = key == "schema_version";
        out.insert(key, field);
        if first {
            out.insert("offset_unit".into(), OFFSET_UNIT.into());
        }
    }
    if !out.contains_key("offset_unit") {
        out.insert("offset_unit".into(), OFFSET_UNIT.into());
    }
    Value::Object(out)
}

fn error_value(message: &str) -> Value {
    serde_json::json!({ "error": message })
}

/// [`audit_value`] as a JSON string: what the module's `audit` export keeps.
/// On the (unexpected) failure to serialise, `{"error": "..."}`.
pub fn audit_json(text: &str) -> String {
    serde_json::to_string(&audit_value(text))
        .unwrap_or_else(|_| r#"{"error":"the report could not be serialised"}"#.into())
}

/// The JSON of the last audit.
static RESULT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

fn result() -> std::sync::MutexGuard<'static, Vec<u8>> {
    // A poisoned lock only means an earlier call panicked (it aborts on wasm);
    // the bytes are still a whole result or empty.
    RESULT.lock().unwrap_or_else(|e| e.into_inner())
}

/// A zeroed buffer of `len` bytes that the caller owns until `dealloc(ptr, len)`.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    Box::into_raw(vec![0u8; len].into_boxed_slice()).cast::<u8>()
}

/// Frees a buffer returned by [`alloc`].
///
/// # Safety
///
/// `ptr` and `len` must be exactly those of one earlier `alloc` call that has
/// not been freed yet.
#[no_mangle]
pub unsafe extern "C" fn dealloc(ptr: *mut u8, len: usize) {
    // SAFETY: by the caller's contract this is the Box<[u8]> of length `len`
    // that `alloc` leaked, so rebuilding and dropping it frees it once.
    drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr, len)) });
}

/// Audits the UTF-8 text at `ptr..ptr + len`, keeps the report as JSON (see
/// [`result_ptr`]) and returns its length in bytes. Invalid UTF-8 is replaced
/// by U+FFFD first (a `TextEncoder` never produces it).
///
/// # Safety
///
/// `ptr..ptr + len` must be readable memory, such as a buffer from [`alloc`]
/// of at least `len` bytes; it is only read during the call.
#[no_mangle]
pub unsafe extern "C" fn audit(ptr: *const u8, len: usize) -> u32 {
    let bytes: &[u8] = if len == 0 {
        &[]
    } else {
        // SAFETY: by the caller's contract the range is readable and stays
        // untouched for the duration of this call.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    };
    let json = audit_json(&String::from_utf8_lossy(bytes));
    let mut result = result();
    result.clear();
    result.extend_from_slice(json.as_bytes());
    result.len() as u32
}

/// Where the JSON of the last [`audit`] starts; valid until the next `audit`.
#[no_mangle]
pub extern "C" fn result_ptr() -> *const u8 {
    result().as_ptr()
}

/// The length in bytes of the JSON of the last [`audit`].
#[no_mangle]
pub extern "C" fn result_len() -> usize {
    result().len()
}
