//! The committed JSON Schema of the report must match the report types.
//! Regenerate it with `UPDATE_SCHEMA=1 cargo test --features schema --test schema`.
#![cfg(feature = "schema")]

use attribution_audit::Report;

#[test]
fn committed_schema_matches_the_report_types() {
    let schema = schemars::schema_for!(Report<'static>);
    let generated = serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/report.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).expect("schema written");
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/report.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --features schema --test schema"
    );
}

#[test]
fn a_real_report_validates_against_the_schema_shape() {
    // Every required top-level property of the schema is present in a report.
    let schema = serde_json::to_value(schemars::schema_for!(Report<'static>)).unwrap();
    let text = "“We will rebuild,” said Mayor Ana Ruiz. Officials said the port is shut.";
    let report = serde_json::to_value(attribution_audit::Auditor::new().audit(text)).unwrap();
    for key in schema["required"].as_array().expect("required list") {
        let key = key.as_str().unwrap();
        assert!(report.get(key).is_some(), "report lacks {key}");
    }
}
