//! Inputs shared by the benches: the bundled sample article and, when
//! present, the shared news corpus.

#![allow(dead_code)]

use std::path::PathBuf;

/// A wire-style article written for the project (the README's sample).
pub const ARTICLE: &str = include_str!("../../tests/fixtures/sample_article.txt");

/// `ARTICLE` repeated, paragraphs apart, to at least `bytes` bytes.
pub fn repeated(base: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + base.len());
    while text.len() < bytes {
        text.push_str(base);
        text.push_str("\n\n");
    }
    text
}

/// The corpus file, if `ATTRIBUTION_AUDIT_CORPUS` names one or the shared
/// corpus sits beside the crate.
pub fn corpus_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("ATTRIBUTION_AUDIT_CORPUS") {
        return Some(PathBuf::from(p));
    }
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news.jsonl");
    p.exists().then_some(p)
}

/// The `text` fields of a JSON-lines file.
pub fn corpus_texts(path: &PathBuf) -> Vec<String> {
    let data = match std::fs::read_to_string(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("bench: cannot read {}: {e}", path.display());
            return Vec::new();
        }
    };
    data.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect()
}
