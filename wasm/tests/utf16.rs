//! The UTF-16 offsets of the wasm build equal JavaScript string indices.
//! Native tests: `cargo test` inside wasm/.

use attribution_audit::Auditor;
use attribution_audit_wasm::{audit_json, audit_value, convert_offsets, utf16_offsets};
use serde_json::Value;

/// A JavaScript string: its UTF-16 code units.
fn js(text: &str) -> Vec<u16> {
    text.encode_utf16().collect()
}

/// `text.slice(start, end)` in JavaScript.
fn js_slice(units: &[u16], start: &Value, end: &Value) -> String {
    let (s, e) = (
        start.as_u64().unwrap() as usize,
        end.as_u64().unwrap() as usize,
    );
    String::from_utf16(&units[s..e]).expect("a slice on code-point boundaries")
}

/// The JavaScript index of a byte offset, the slow and obvious way.
fn js_index(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

const ARTICLE: &str = "Fares rise 😀 today. “We are out of options,” said Mayor Ana Ruiz. \
     “The money is gone.”\n\n\
     The 🚇 line 𝒳 will close in May, officials said. Critics say the plan “allegedly” failed, \
     according to The Washington Post.";

#[test]
fn emoji_and_curly_quotes_before_a_quotation() {
    let text = ARTICLE;
    let units = js(text);
    let report = audit_value(text);
    assert_eq!(report["offset_unit"], "utf16");

    let sentences = report["sentences"].as_array().unwrap();
    let pieces: Vec<String> = sentences
        .iter()
        .map(|s| js_slice(&units, &s["start"], &s["end"]))
        .collect();
    assert_eq!(
        pieces,
        [
            "Fares rise 😀 today.",
            "“We are out of options,” said Mayor Ana Ruiz.",
            "“The money is gone.”",
            "The 🚇 line 𝒳 will close in May, officials said.",
            "Critics say the plan “allegedly” failed, according to The Washington Post.",
        ]
    );
    // The quotation after the emoji: JavaScript's indexOf agrees.
    let second = &sentences[1];
    let quote_at = js_index(text, text.find('“').unwrap());
    assert_eq!(second["start"].as_u64().unwrap() as usize, quote_at);
    let a = &second["attributions"][0];
    assert_eq!(
        js_slice(&units, &a["source"]["start"], &a["source"]["end"]),
        "Mayor Ana Ruiz"
    );
    assert_eq!(a["source"]["text"], "Mayor Ana Ruiz");
    assert_eq!(
        js_slice(&units, &a["cue"]["start"], &a["cue"]["end"]),
        "said"
    );
    assert_eq!(
        js_slice(&units, &a["quote"]["start"], &a["quote"]["end"]),
        "“We are out of options,”"
    );
    for q in report["quotes"].as_array().unwrap() {
        let s = js_slice(&units, &q["start"], &q["end"]);
        assert!(s.starts_with('“') && s.ends_with('”'), "{s}");
    }
}

#[test]
fn every_offset_equals_the_native_byte_offset_converted() {
    let texts = [
        ARTICLE,
        "",
        "   ",
        "plain ascii, officials said.",
        "“Unclosed 😀 quotation, she said.\n\nNext 👩‍👩‍👧 paragraph.",
        "\u{feff}BOM then 中文 text. “引用,” said Li Wei.",
    ];
    for text in texts {
        let native = serde_json::to_value(Auditor::new().audit(text)).unwrap();
        let wasm = audit_value(text);
        let (mut n, mut w) = (Vec::new(), Vec::new());
        collect(&native, "", &mut n);
        collect(&wasm, "", &mut w);
        assert_eq!(n.len(), w.len(), "{text:?}");
        assert!(!text.contains("said") || !n.is_empty());
        for ((np, nb), (wp, wu)) in n.iter().zip(&w) {
            assert_eq!(np, wp);
            assert_eq!(js_index(text, *nb), *wu, "{np} in {text:?}");
        }
    }
}

fn collect(v: &Value, path: &str, out: &mut Vec<(String, usize)>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                let p = format!("{path}.{k}");
                if (k == "start" || k == "end") && c.is_u64() {
                    out.push((p, c.as_u64().unwrap() as usize));
                } else {
                    collect(c, &p, out);
                }
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                collect(c, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn conversion_in_any_order_inside_and_past_the_end() {
    // a: 1 byte/1 unit, é: 2/1, 😀: 4/2, ”: 3/1
    let text = "aé😀”";
    assert_eq!(text.len(), 10);
    let bytes = [10, 0, 3, 1, 7, 99, 5, 2, 0];
    // 5 is inside 😀 (bytes 3..7): the start of the emoji; 2 inside é.
    assert_eq!(utf16_offsets(text, &bytes), [5, 0, 2, 1, 4, 5, 2, 1, 0]);
    assert_eq!(utf16_offsets("", &[0, 4]), [0, 0]);
    assert!(utf16_offsets(text, &[]).is_empty());

    let mut v = serde_json::json!({
        "start": 3, "end": 7, "text": "😀", "other": 7,
        "nested": [{ "start": 7, "end": 10 }, { "start": "not a number" }]
    });
    convert_offsets(text, &mut v);
    assert_eq!(
        v,
        serde_json::json!({
            "start": 2, "end": 4, "text": "😀", "other": 7,
            "nested": [{ "start": 4, "end": 5 }, { "start": "not a number" }]
        })
    );
}

#[test]
fn json_shape_keeps_the_field_order_and_names_the_unit() {
    let json = audit_json("Rents will rise, officials said.");
    assert!(
        json.starts_with(r#"{"schema_version":1,"offset_unit":"utf16","sentences":"#),
        "{json}"
    );
    let v: Value = serde_json::from_str(&json).unwrap();
    for key in ["sentences", "sources", "quotes", "summary", "warnings"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(v["summary"]["counts"]["anonymous"], 1);
}

/// The exported functions, called natively the way the JavaScript glue calls
/// them in the browser.
#[test]
fn exports_round_trip() {
    use attribution_audit_wasm::{alloc, audit, dealloc, result_len, result_ptr};
    for text in [ARTICLE, "", "x"] {
        let bytes = text.as_bytes();
        let ptr = alloc(bytes.len());
        // SAFETY: `ptr` is a fresh buffer of `bytes.len()` bytes.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), ptr, bytes.len()) };
        // SAFETY: the buffer holds `bytes.len()` initialised bytes.
        let n = unsafe { audit(ptr, bytes.len()) } as usize;
        // SAFETY: the same buffer, freed once.
        unsafe { dealloc(ptr, bytes.len()) };
        assert_eq!(n, result_len());
        // SAFETY: the result stays valid until the next audit.
        let out = unsafe { std::slice::from_raw_parts(result_ptr(), n) };
        assert_eq!(std::str::from_utf8(out).unwrap(), audit_json(text));
    }
    // Invalid UTF-8 is replaced, not rejected.
    let bad = [b'O', b'k', 0xff, b'.'];
    let ptr = alloc(bad.len());
    // SAFETY: as above.
    unsafe { std::ptr::copy_nonoverlapping(bad.as_ptr(), ptr, bad.len()) };
    // SAFETY: as above.
    let n = unsafe { audit(ptr, bad.len()) } as usize;
    // SAFETY: as above.
    unsafe { dealloc(ptr, bad.len()) };
    // SAFETY: as above.
    let out = unsafe { std::slice::from_raw_parts(result_ptr(), n) };
    let v: Value = serde_json::from_slice(out).unwrap();
    assert_eq!(v["sentences"][0]["end"], 4);
}
