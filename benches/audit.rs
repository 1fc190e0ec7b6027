//! Placeholder; the benches land with the auditor.
fn main() {}
