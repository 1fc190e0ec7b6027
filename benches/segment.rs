//! Segmentation throughput.
//!
//! Always runs on a bundled sample: a few paragraphs of news-like copy written
//! for this bench, repeated to about 200 KB. When `ATTRIBUTION_AUDIT_CORPUS`
//! names a JSON-lines file with a `text` field, or `../shared/corpus/news.jsonl`
//! exists next to the crate, it also runs on the texts of that corpus.
//!
//! ```text
//! ATTRIBUTION_AUDIT_CORPUS=/path/to/news.jsonl cargo bench --bench segment
//! ```

mod common;

use attribution_audit::Segmenter;
use common::{corpus_path, corpus_texts};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

const SAMPLE: &str = "\
Storm Closes Coastal Roads as Rivers Rise
By Hanna Voss

PORTVILLE, Maine (Sept. 12) — Emergency crews closed three coastal roads on \
Tuesday after heavy rain pushed the Alder River past its banks, officials said. \
“We have never seen water this high in October,” said Gov. Lisa Marr, who toured \
the area at 7 a.m. with Lt. Col. Dan Okoro of the state guard. “Stay home. Do not \
drive through flooded streets.”

The U.S. Weather Service said rainfall reached 4.5 inches in 24 hours. About 1,200 \
homes lost power, according to Northway Electric Co. The utility's spokesman, \
Mr. Jon Reyes, declined to say when service would return... Crews were working \
through the night, he said.

Residents described a chaotic evening. “Why now?” asked Maria Ortiz, 62, whose \
basement flooded. “We just rebuilt after the last storm!” Her neighbor, Dr. Sam \
Tran, said the town's drainage plan (approved in 2016) was never funded. \
Details: www.portville.example.gov/storm or email info@portville.example.gov.

Sen. Ruth Alder (D-Maine) called for federal aid. \"The people of this state \
deserve better.\" She said she would meet with FEMA officials on Friday at \
2 p.m. in Washington, D.C. The agency did not respond to a request for comment.
";

fn sample() -> String {
    let mut text = String::with_capacity(210_000);
    while text.len() < 200_000 {
        text.push_str(SAMPLE);
        text.push('\n');
    }
    text
}

fn bench(c: &mut Criterion) {
    let seg = Segmenter::new();
    let mut group = c.benchmark_group("segment");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));

    let text = sample();
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("sample", |b| {
        b.iter(|| seg.sentences(black_box(&text)).len())
    });

    if let Some(path) = corpus_path() {
        let texts = corpus_texts(&path);
        if !texts.is_empty() {
            let bytes: usize = texts.iter().map(String::len).sum();
            eprintln!(
                "segment bench: corpus {} ({} texts, {bytes} bytes)",
                path.display(),
                texts.len()
            );
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_function("corpus", |b| {
                b.iter(|| {
                    texts
                        .iter()
                        .map(|t| seg.sentences(black_box(t)).len())
                        .sum::<usize>()
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
