//! `Report::write_json` writes the bytes `serde_json::to_vec` writes, for
//! reports that use every field, every null and every escape.

use attribution_audit::Auditor;

fn same_as_serde(text: &str) {
    let report = Auditor::new().audit(text);
    let mut written = Vec::new();
    report.write_json(&mut written);
    let serde = serde_json::to_vec(&report).expect("a report serialises");
    assert!(
        written == serde,
        "write_json differs from serde_json for {text:?}:\n{}\n{}",
        String::from_utf8_lossy(&written),
        String::from_utf8_lossy(&serde)
    );
}

#[test]
fn the_sample_article_is_written_as_serde_writes_it() {
    same_as_serde(include_str!("fixtures/sample_article.txt"));
}

#[test]
fn every_field_null_and_escape_is_written_as_serde_writes_it() {
    for text in [
        "",
        "   ",
        "The bridge will close in May, officials said. “We will rebuild,” said Mayor Ana Ruiz.",
        "He said “this never ends.\n\nNext paragraph here. It allegedly happened in 1931.",
        "She called it a “prelude” to war, according to CNN. The “Morning Joe” host left.",
        "Tab\there, a \"quoted\\backslash\" and a bell \u{7} said Ana\u{1}Lima.",
        "“First part of it.\n\n“Second part,” she said. Hugh Hill — a doctor — told Reuters so.",
        "Sen. Rand Paul warned that the bill would fail, citing people familiar with the plans.",
    ] {
        same_as_serde(text);
    }
}

#[test]
fn the_buffer_is_appended_to() {
    let report = Auditor::new().audit("Officials said so.");
    let mut out = b"prefix".to_vec();
    report.write_json(&mut out);
    assert!(out.starts_with(b"prefix{\"schema_version\":"));
    assert_eq!(&out[6..], serde_json::to_vec(&report).unwrap().as_slice());
}
