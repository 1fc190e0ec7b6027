//! Times the audit and the segmenter on hostile inputs at 1x and 10x size
//! and fails (exit 1) when 10x the input takes more than 15x the time.
//!
//! ```text
//! cargo run --release --example stress
//! cargo run --release --example stress -- --only newlines
//! cargo run --release --example stress -- --scale 4   # every 1x four times larger
//! cargo run --release --example stress -- --once audit --only soup --scale 0.1
//! cargo run --release --example stress -- --in-process   # the earlier method
//! ```
//!
//! `--help` prints these options; `--list` prints the inputs' names;
//! `--name NAME` selects one exactly.
//! `--once STAGE` runs one stage (`audit` or `segment`) once on the selected
//! inputs at the given scale and times nothing: `scripts/stress_instructions.sh`
//! counts its instructions under callgrind at 1x and 10x, which measures the
//! algorithm's growth without the caches, the page faults and the host's
//! load that wall time also measures.
//!
//! The 1x sizes are those the hostility issue names: quotation marks, cue
//! words and initials repeated for megabytes (2 MB), one 5 MB line without
//! punctuation, 200,000 full stops, 10,000 nested quotation marks, 100,000
//! newlines; and one line of 2 MB where thousands of cues share one subject.
//! Every input is timed best of five at 1x and best of three at 10x.
//!
//! Each timed run is one audit (or segmentation) in a fresh process: this
//! example again, with `--time STAGE --name NAME --scale S`, which makes that
//! one input, warms the code and the word lists on a short article, and
//! prints how long the stage took on the input, dropping its result
//! included. So both sizes start from the same state: the memory they need
//! comes fresh from the kernel, page faults and all, as for a program that
//! audits one text. Timed in one process (`--in-process`, the earlier
//! method), the 1x runs would reuse the pages of the run before, which the
//! allocator keeps, while the 10x ones cannot (glibc returns blocks above
//! 32 MB to the kernel on every free), so the 10x side alone would pay its
//! page faults on every run.

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

/// The names of the hostile inputs, in the order they are timed.
const NAMES: [&str; 14] = [
    "news article repeated",
    "unbalanced quotes",
    "full stops (200k per 1x)",
    "spaced full stops (200k per 1x)",
    "initials A. B. C.",
    "one 5 MB line, no punctuation",
    "one word, no space",
    "nested opening quotes (10k per 1x)",
    "newlines (100k per 1x)",
    "blank-line paragraphs",
    "cue words and quote soup",
    "capitalised names, no stops",
    "one subject, many cues, no stops",
    "tags after commas, no stops",
];

/// The hostile input `name` at `scale` times its 1x size.
fn make(name: &str, scale: f64) -> String {
    let n = |count: usize| (count as f64 * scale).round() as usize;
    let mb = n(2_000_000);
    match name {
        "news article repeated" => repeat(ARTICLE, mb),
        "unbalanced quotes" => repeat("“They never closed, she said. \"It is over. ", mb),
        "full stops (200k per 1x)" => ".".repeat(n(200_000)),
        "spaced full stops (200k per 1x)" => ". ".repeat(n(200_000)),
        "initials A. B. C." => repeat("A. B. C. ", mb),
        "one 5 MB line, no punctuation" => {
            repeat("officials say the port will close ", n(5_000_000))
        }
        "one word, no space" => "a".repeat(n(5_000_000)),
        "nested opening quotes (10k per 1x)" => {
            let mut nested = "“".repeat(n(10_000));
            nested.push_str("We will win, she said.");
            nested
        }
        "newlines (100k per 1x)" => "\n".repeat(n(100_000)),
        "blank-line paragraphs" => repeat("Ships wait.\n\n", mb),
        "cue words and quote soup" => repeat(
            "said “ according to ” citing « officials » sources ‘ told ’ „ warned ‟ \
             a senior official said: \" — Ana Lima ― \" ",
            mb,
        ),
        "capitalised names, no stops" => repeat("Ana Lima Hugh Hill Rand Paul said ", mb),
        "one subject, many cues, no stops" => repeat(
            "Mr Lind has been making the case and saying two weeks ago said Nevada's governor, \
             Ana Ruiz, said Apacs' figures show and said ",
            mb,
        ),
        // Thousands of tags in one sentence, each of which sets aside the
        // stances found before it.
        "tags after commas, no stops" => repeat(
            "By the tally, in his view, according to the tally, officials want, ",
            mb,
        ),
        _ => String::new(),
    }
}

/// The hostile inputs at `scale` times their 1x size: a name and a text.
fn inputs(scale: f64) -> Vec<(&'static str, String)> {
    NAMES
        .iter()
        .map(|&name| (name, make(name, scale)))
        .collect()
}

/// The text of the input `name` among `inputs` (empty if it is not there).
fn named<'a>(inputs: &'a [(&str, String)], name: &str) -> &'a str {
    let own = inputs.iter().find(|(n, _)| *n == name);
    own.map_or("", |(_, t)| t.as_str())
}

/// One stage of the audit, run on a text.
type Stage<'a> = &'a dyn Fn(&str);

/// The best of `runs` timings of `stage` on the input `name` at `scale`,
/// each in a fresh process (this example with `--time`).
fn time_apart(runs: usize, stage: &str, name: &str, scale: f64) -> Result<Duration, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut best: Option<Duration> = None;
    for _ in 0..runs {
        let out = std::process::Command::new(&exe)
            .args([
                "--time",
                stage,
                "--name",
                name,
                "--scale",
                &scale.to_string(),
            ])
            .output()
            .map_err(|e| e.to_string())?;
        let nanos: u64 = String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .map_err(|_| format!("--time {stage} on {name} failed: {}", out.status))?;
        let d = Duration::from_nanos(nanos);
        best = Some(best.map_or(d, |b| b.min(d)));
    }
    Ok(best.unwrap_or_default())
}

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
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!(
            "stress [--only PART | --name NAME] [--scale S] [--in-process]\n\
             stress --list | --once STAGE [--only PART | --name NAME] [--scale S]\n\
             stress --time STAGE --name NAME [--scale S]\n\n\
             Times each hostile input at S and 10 S (S: 1 by default) and fails when\n\
             10x the input takes more than {MAX_GROWTH}x the time. Each timed run is a fresh\n\
             process (--time); --in-process times every run in this one. STAGE is\n\
             audit or segment; --once runs it once and times nothing."
        );
        return ExitCode::SUCCESS;
    }
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
    if let Some(stage) = arg(&args, "--time") {
        let Some((_, run)) = stages.iter().find(|(s, _)| *s == stage) else {
            eprintln!("--time takes audit or segment");
            return ExitCode::from(2);
        };
        let Some(name) = exact.filter(|e| NAMES.contains(e)) else {
            eprintln!("--time takes one input, named with --name");
            return ExitCode::from(2);
        };
        let text = make(name, scale);
        // The same warm-up at every size: the code, the word lists and the
        // hasher's secret, on a text too short to leave pages to reuse.
        run(ARTICLE);
        let t = Instant::now();
        run(&text);
        println!("{}", t.elapsed().as_nanos());
        return ExitCode::SUCCESS;
    }
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
    // The earlier method: every run in this process, the first of each
    // size warming the allocator and the caches (see the top of the file).
    let in_process = args.iter().any(|a| a == "--in-process");
    let (small, large) = if in_process {
        (inputs(scale), inputs(10.0 * scale))
    } else {
        (Vec::new(), Vec::new())
    };
    println!("| input | 1x MB | 1x ms | 10x ms | growth |");
    println!("|---|---:|---:|---:|---:|");
    let mut worst: Vec<String> = Vec::new();
    for name in NAMES.into_iter().filter(|name| selected(name)) {
        let (one, ten) = (named(&small, name), named(&large, name));
        let bytes = make(name, scale).len();
        for (stage, run) in &stages {
            let (a, b) = if in_process {
                (time(5, || run(one)), time(3, || run(ten)))
            } else {
                match (
                    time_apart(5, stage, name, scale),
                    time_apart(3, stage, name, 10.0 * scale),
                ) {
                    (Ok(a), Ok(b)) => (a, b),
                    (Err(e), _) | (_, Err(e)) => {
                        eprintln!("{e}");
                        return ExitCode::from(2);
                    }
                }
            };
            // Below a millisecond the clock and the allocator dominate.
            let growth = ms(b) / ms(a).max(1.0);
            println!(
                "| {stage}: {name} | {:.2} | {:.1} | {:.1} | {:.1}x |",
                bytes as f64 / 1e6,
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
