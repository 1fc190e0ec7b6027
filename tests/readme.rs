//! The README's report example is the library's output for its quick-start
//! text, abridged to the second sentence: checked field by field, so that
//! the offsets a reader copies are right.

use attribution_audit::Auditor;
use serde_json::Value;

const TEXT: &str =
    "The bridge will close in May, officials said. “We will rebuild,” said Mayor Ana Ruiz.";

/// The JSON block after "The report of the library example above".
fn readme_example() -> Value {
    let readme = include_str!("../README.md");
    let from = readme
        .find("The report of the library")
        .expect("the README introduces its example report");
    let rest = &readme[from..];
    let start = rest.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + rest[start..].find("```").expect("the block ends");
    serde_json::from_str(&rest[start..end]).expect("the README's example is valid JSON")
}

#[test]
fn the_readme_report_example_is_the_librarys_output() {
    assert!(include_str!("../README.md").contains(TEXT));
    let example = readme_example();
    let report = Auditor::new().audit(TEXT);
    let actual: Value = serde_json::to_value(&report).unwrap();
    assert_eq!(example["sentences"][0], actual["sentences"][1]);
    for field in ["schema_version", "sources", "quotes", "summary", "warnings"] {
        assert_eq!(example[field], actual[field], "{field}");
    }
}
