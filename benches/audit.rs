//! Full-audit throughput: segmentation, quotations, attributions, labels and
//! the report, serialised to JSON as a user would (`Report::write_json`;
//! `audit/corpus-serde` serialises with `serde_json::to_vec` instead).
//!
//! Runs on the bundled sample article at three sizes (about 1 KB, 5 KB and
//! 200 KB, to show that cost grows linearly with length), times building the
//! auditor, and, when `ATTRIBUTION_AUDIT_CORPUS` names a JSON-lines file with
//! a `text` field or `../shared/corpus/news.jsonl` exists, the whole corpus.
//!
//! ```text
//! cargo bench --bench audit
//! ```

mod common;

use attribution_audit::Auditor;
use common::{corpus_path, corpus_texts, repeated, ARTICLE};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

/// The audit and its compact JSON, written by `Report::write_json` into a
/// buffer reused from text to text, as a service writing reports would.
fn audit_json(auditor: &Auditor, text: &str, out: &mut Vec<u8>) -> usize {
    let report = auditor.audit(text);
    out.clear();
    report.write_json(out);
    out.len()
}

/// The same JSON through serde (`serde_json::to_vec`), for comparison.
fn audit_serde(auditor: &Auditor, text: &str) -> usize {
    let report = auditor.audit(text);
    serde_json::to_vec(&report).map_or(0, |v| v.len())
}

fn bench(c: &mut Criterion) {
    let mut build = c.benchmark_group("build");
    build.sample_size(10);
    build.bench_function("auditor", |b| b.iter(Auditor::new));
    build.finish();

    let auditor = Auditor::new();
    let mut group = c.benchmark_group("audit");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));

    let short: String = ARTICLE.chars().take(1000).collect();
    let typical = repeated(ARTICLE, 5_000);
    let long = repeated(ARTICLE, 200_000);
    for (name, text) in [("1KB", &short), ("5KB", &typical), ("200KB", &long)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut out = Vec::new();
        group.bench_function(name, |b| {
            b.iter(|| audit_json(&auditor, black_box(text), &mut out))
        });
    }

    if let Some(path) = corpus_path() {
        let texts = corpus_texts(&path);
        if !texts.is_empty() {
            let bytes: usize = texts.iter().map(String::len).sum();
            eprintln!(
                "audit bench: corpus {} ({} texts, {bytes} bytes)",
                path.display(),
                texts.len()
            );
            group.throughput(Throughput::Bytes(bytes as u64));
            let mut out = Vec::new();
            group.bench_function("corpus", |b| {
                b.iter(|| {
                    texts
                        .iter()
                        .map(|t| audit_json(&auditor, black_box(t), &mut out))
                        .sum::<usize>()
                })
            });
            group.bench_function("corpus-serde", |b| {
                b.iter(|| {
                    texts
                        .iter()
                        .map(|t| audit_serde(&auditor, black_box(t)))
                        .sum::<usize>()
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
