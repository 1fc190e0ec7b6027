//! The `audit` tool's NDJSON lines are the bytes serde_json writes for the
//! report with its `file` and `id` beside it, whatever the id holds.

mod common;

use attribution_audit::{Auditor, Report};
use common::{code, path_arg, run, run_with};
use serde::Serialize;
use serde_json::Value;
use std::path::Path;

/// What the tool wrote with serde before `Report::write_json`.
#[derive(Serialize)]
struct Line<'a, 't> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(flatten)]
    report: &'a Report<'t>,
}

fn line(file: Option<&str>, id: Option<&Value>, text: &str) -> String {
    let report = Auditor::new().audit(text);
    let line = Line {
        file,
        id,
        report: &report,
    };
    serde_json::to_string(&line).expect("serialises") + "\n"
}

#[test]
fn ndjson_records_are_written_as_serde_writes_them() {
    let records = [
        r#"{"id": "r\"1\u00e9", "text": "The bridge will close in May, officials said.\n\n“We will rebuild,” said Mayor Ana Ruiz."}"#,
        r#"{"id": 2, "text": "He said “this never ends.\n\nNext paragraph here."}"#,
        r#"{"id": 1.5e3, "text": "Fares rose, according to the Coastal Ledger."}"#,
        r#"{"id": {"n": [1, null, true]}, "text": ""}"#,
        r#"{"id": null, "text": "It allegedly happened in 1931."}"#,
        r#"{"text": "Sen. Rand Paul warned that the bill would fail."}"#,
    ];
    let output = run_with(&["--input", "ndjson"], records.join("\n").as_bytes());
    assert_eq!(code(&output), 0);
    let mut want = String::new();
    for record in records {
        let value: Value = serde_json::from_str(record).expect("test record is JSON");
        let text = value["text"].as_str().expect("text");
        want.push_str(&line(
            None,
            Some(value.get("id").unwrap_or(&Value::Null)),
            text,
        ));
    }
    assert_eq!(String::from_utf8_lossy(&output.stdout), want);
}

#[test]
fn ndjson_of_several_files_is_written_as_serde_writes_it() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let one = dir.join("cli-json-one \"quoted\".txt");
    let two = dir.join("cli-json-two.txt");
    let texts = ["“We won,” she said. Officials said so.", "Tab\there."];
    std::fs::write(&one, texts[0]).expect("written");
    std::fs::write(&two, texts[1]).expect("written");
    let output = run(&["--format", "ndjson", path_arg(&one), path_arg(&two)]);
    assert_eq!(code(&output), 0);
    let want =
        line(Some(path_arg(&one)), None, texts[0]) + &line(Some(path_arg(&two)), None, texts[1]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), want);
    // One file alone: no file field, no id.
    let output = run(&["--format", "ndjson", path_arg(&two)]);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        line(None, None, texts[1])
    );
}
