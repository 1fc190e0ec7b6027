//! Scores claim labels and source mentions against attribution gold: JSON
//! lines with `text` and `sentences[]` (`start`, `end`, `label`,
//! `attributions[]` with `source_spans`), UTF-8 byte offsets.
//!
//! Each gold sentence is matched to the predicted sentence that overlaps it
//! most. A gold source span counts as found when a predicted source span
//! overlaps it; a predicted span counts as right when it overlaps a gold one.

use attribution_audit::{Auditor, Label};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

#[derive(Default)]
struct Scores {
    confusion: [[usize; 5]; 5],
    gold_sources: usize,
    gold_found: usize,
    predicted_sources: usize,
    predicted_right: usize,
    articles: usize,
    same_boundaries: usize,
}

fn index(label: Label) -> usize {
    Label::ALL.iter().position(|l| *l == label).unwrap_or(4)
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn spans(v: &Value) -> Vec<(usize, usize)> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| Some((s.get(0)?.as_u64()? as usize, s.get(1)?.as_u64()? as usize)))
        .collect()
}

pub fn main(args: &[String]) -> ExitCode {
    let errors = args.iter().any(|a| a == "--errors");
    let auditor = Auditor::new();
    let mut scores = Scores::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("eval: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        for line in BufReader::new(file).lines() {
            let Ok(line) = line else { break };
            let Ok(doc) = serde_json::from_str::<Value>(&line) else {
                continue;
            };
            let Some(text) = doc["text"].as_str() else {
                continue;
            };
            scores.articles += 1;
            let report = auditor.audit(text);
            let predicted: Vec<(usize, usize)> = report
                .sentences
                .iter()
                .flat_map(|s| {
                    s.attributions
                        .iter()
                        .map(|a| (a.source.start, a.source.end))
                })
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            let mut gold_sources = std::collections::BTreeSet::new();
            for g in doc["sentences"].as_array().into_iter().flatten() {
                let (Some(start), Some(end)) = (g["start"].as_u64(), g["end"].as_u64()) else {
                    continue;
                };
                let span = (start as usize, end as usize);
                let gold = g["label"]
                    .as_str()
                    .and_then(Label::from_name)
                    .unwrap_or(Label::Unattributed);
                let best = report
                    .sentences
                    .iter()
                    .max_by_key(|s| overlap(span, (s.start, s.end)));
                let got = best.map_or(Label::Unattributed, |s| s.label);
                let trimmed = text.get(span.0..span.1).map_or(span, |t| {
                    let lead = t.len() - t.trim_start().len();
                    (span.0 + lead, span.0 + lead + t.trim().len())
                });
                if best.is_some_and(|s| (s.start, s.end) == trimmed) {
                    scores.same_boundaries += 1;
                }
                scores.confusion[index(gold)][index(got)] += 1;
                for a in g["attributions"].as_array().into_iter().flatten() {
                    gold_sources.extend(spans(&a["source_spans"]));
                }
                if errors && gold != got {
                    let _ = writeln!(out, "--- {} gold={} got={}", doc["id"], gold, got);
                    let _ = writeln!(
                        out,
                        "  {}",
                        text.get(span.0..span.1).unwrap_or("").replace('\n', " ")
                    );
                    for a in g["attributions"].as_array().into_iter().flatten() {
                        let _ = writeln!(
                            out,
                            "  gold: [{}] cue [{}] {} {} {}",
                            a["source_text"].as_str().unwrap_or(""),
                            a["cue"].as_str().unwrap_or(""),
                            a["source_kind"].as_str().unwrap_or(""),
                            a["quote"].as_str().unwrap_or(""),
                            a["label"].as_str().unwrap_or("")
                        );
                    }
                    for a in best.iter().flat_map(|s| &s.attributions) {
                        let _ = writeln!(
                            out,
                            "  got:  [{}] -> {:?} cue [{}] {:?} {:?} {:?}",
                            a.source.text,
                            a.source.resolved,
                            a.cue.text,
                            a.source.identity,
                            a.source.role,
                            a.mode
                        );
                    }
                }
            }
            scores.gold_sources += gold_sources.len();
            scores.gold_found += gold_sources
                .iter()
                .filter(|g| predicted.iter().any(|p| overlap(**g, *p) > 0))
                .count();
            scores.predicted_sources += predicted.len();
            scores.predicted_right += predicted
                .iter()
                .filter(|p| gold_sources.iter().any(|g| overlap(*g, **p) > 0))
                .count();
        }
    }
    print_scores(&mut out, &scores);
    ExitCode::SUCCESS
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn print_scores(out: &mut impl Write, s: &Scores) {
    let total: usize = s.confusion.iter().flatten().sum();
    let correct: usize = (0..5).map(|i| s.confusion[i][i]).sum();
    let _ = writeln!(
        out,
        "{} articles, {} gold sentences ({} with the same boundaries as predicted)\n",
        s.articles, total, s.same_boundaries
    );
    let _ = writeln!(
        out,
        "| label | precision | recall | F1 | gold | predicted |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
    let mut macro_f1 = 0.0;
    for (i, label) in Label::ALL.iter().enumerate() {
        let tp = s.confusion[i][i];
        let gold: usize = s.confusion[i].iter().sum();
        let predicted: usize = (0..5).map(|g| s.confusion[g][i]).sum();
        let (p, r) = (ratio(tp, predicted), ratio(tp, gold));
        macro_f1 += f1(p, r) / 5.0;
        let _ = writeln!(
            out,
            "| {label} | {p:.3} | {r:.3} | {:.3} | {gold} | {predicted} |",
            f1(p, r)
        );
    }
    let _ = writeln!(
        out,
        "\nmacro-F1 {macro_f1:.3} ({macro_f1:.4}), accuracy {:.3}",
        ratio(correct, total)
    );
    let p = ratio(s.predicted_right, s.predicted_sources);
    let r = ratio(s.gold_found, s.gold_sources);
    let _ = writeln!(
        out,
        "source mentions: precision {p:.3}, recall {r:.3}, F1 {:.3} ({} gold, {} predicted)\n",
        f1(p, r),
        s.gold_sources,
        s.predicted_sources
    );
    let _ = writeln!(out, "confusion (rows gold, columns predicted):\n");
    let _ = writeln!(
        out,
        "| gold \\ predicted | anonymous | quoted | official | named | unattributed |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
    for (i, label) in Label::ALL.iter().enumerate() {
        let row = s.confusion[i];
        let _ = writeln!(
            out,
            "| {label} | {} | {} | {} | {} | {} |",
            row[0], row[1], row[2], row[3], row[4]
        );
    }
}
