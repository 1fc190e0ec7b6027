//! Times the audit and the segmenter on hostile inputs at 1x and 10x size
//! and fails (exit 1) when 10x the input takes more than 15x the time.
//!
//! ```text
//! cargo run --release --example stress
//! cargo run --release --example stress -- --only newlines
//! cargo run --release --example stress -- --scale 4   # every 1x four times larger
//! cargo run --release --example stress -- --once audit --only soup --scale 0.1
//! ```
//!
//! `--list` prints the inputs' names; `--name NAME` selects one exactly.
//! `--once STAGE` runs one stage (`audit` or `segment`) once on the selected
//! inputs at the given scale and times nothing: `scripts/stress_instructions.sh`
//! counts its instructions under callgrind at 1x and 10x, which measures the
//! algorithm's growth without the caches, the page faults and the host's
//! load that wall time also measures.
//!
//! The 1x sizes are those the hostility issue names: quotation marks, cue
//! words and initials repeated for megabytes (2 MB), one 5 MB line without
//! punctuation, 200,000 full stops, 10,000 nested quotation marks, 100,000
//! newlines. Every input is timed best of five at 1x and best of three at
//! 10x; the first run of each warms the allocator and the caches.

use attribution_audit::{Auditor, Segmenter};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// The most 10x the input may cost, as a multiple of 1x.
const MAX_GROWTH: f64 = 15.0;

/// `unit` repeated until the text holds at least `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

const ARTICLE: &str = "The bridge will close in May, officials said. \"We will reopen next \
spring,\" said Ana Lima, the harbour master. Fares rose, according to the Coastal Ledger.\n\n\
A senior official, who spoke on condition of anonymity, said talks had stalled. Sen. Rand Paul \
warned that the bill would fail. It allegedly happened in 1931.\n\n";

/// The hostile inputs at `scale` times their 1x size: a name and a text.
fn inputs(scale: f64) -> Vec<(&'static str, String)> {
    let n = |count: usize| (count as f64 * scale).round() as usize;
    let mb = n(2_000_000);
    let mut nested = "“".repeat(n(10_000));
    nested.push_str("We will win, she said.");
    vec![
        ("news article repeated", repeat(ARTICLE, mb)),
        (
            "unbalanced quotes",
            repeat("“They never closed, she said. \"It is over. ", mb),
        ),
        ("full stops (200k per 1x)", ".".repeat(n(200_000))),
        ("spaced full stops (200k per 1x)", ". ".repeat(n(200_000))),
        ("initials A. B. C.", repeat("A. B. C. ", mb)),
        (
            "one 5 MB line, no punctuation",
            repeat("officials say the port will close ", n(5_000_000)),
        ),
        ("one word, no space", "a".repeat(n(5_000_000))),
        ("nested opening quotes (10k per 1x)", nested),
        ("newlines (100k per 1x)", "\n".repeat(n(100_000))),
        ("blank-line paragraphs", repeat("Ships wait.\n\n", mb)),
        (
            "cue words and quote soup",
            repeat(
                "said “ according to ” citing « officials » sources ‘ told ’ „ warned ‟ \
                 a senior official said: \" — Ana Lima ― \" ",
                mb,
            ),
        ),
        (
            "capitalised names, no stops",
            repeat("Ana Lima Hugh Hill Rand Paul said ", mb),
        ),
    ]
}

/// One stage of the audit, run on a text.
type Stage<'a> = &'a dyn Fn(&str);

/// The best of `runs` timings of `f`.
fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The value after `flag`, if any.
fn arg<'a>(args: &'a [String], flag: &str) -> Option<&'a str> {
    let i = args.iter().position(|a| a == flag)?;
    args.get(i + 1).map(String::as_str)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = arg(&args, "--only");
    let exact = arg(&args, "--name");
    let selected =
        |name: &str| only.is_none_or(|o| name.contains(o)) && exact.is_none_or(|e| name == e);
    if args.iter().any(|a| a == "--list") {
        for (name, _) in inputs(0.0) {
            println!("{name}");
        }
        return ExitCode::SUCCESS;
    }
    let scale = arg(&args, "--scale")
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .unwrap_or(1.0);
    let auditor = Auditor::new();
    let segmenter = Segmenter::new();
    let stages: [(&str, Stage); 2] = [
        ("audit", &|t: &str| {
            black_box(auditor.audit(black_box(t)));
        }),
        ("segment", &|t: &str| {
            black_box(segmenter.sentences(black_box(t)));
        }),
    ];
    if let Some(stage) = arg(&args, "--once") {
        let Some((_, run)) = stages.iter().find(|(s, _)| *s == stage) else {
            eprintln!("--once takes audit or segment");
            return ExitCode::from(2);
        };
        for (_, text) in inputs(scale).iter().filter(|(name, _)| selected(name)) {
            run(text);
        }
        return ExitCode::SUCCESS;
    }
    let small = inputs(scale);
    let large = inputs(10.0 * scale);
    println!("| input | 1x MB | 1x ms | 10x ms | growth |");
    println!("|---|---:|---:|---:|---:|");
    let mut worst: Vec<String> = Vec::new();
    for ((name, one), (_, ten)) in small.iter().zip(&large) {
        if !selected(name) {
            continue;
        }
        for (stage, run) in &stages {
            let a = time(5, || run(one));
            let b = time(3, || run(ten));
            // Below a millisecond the clock and the allocator dominate.
            let growth = ms(b) / ms(a).max(1.0);
            println!(
                "| {stage}: {name} | {:.2} | {:.1} | {:.1} | {:.1}x |",
                one.len() as f64 / 1e6,
                ms(a),
                ms(b),
                growth
            );
            if growth > MAX_GROWTH {
                worst.push(format!("{stage}: {name} ({growth:.1}x)"));
            }
        }
    }
    if worst.is_empty() {
        println!("\nall growth within {MAX_GROWTH}x");
        ExitCode::SUCCESS
    } else {
        println!(
            "\nsuperlinear (growth over {MAX_GROWTH}x): {}",
            worst.join(", ")
        );
        ExitCode::FAILURE
    }
}
