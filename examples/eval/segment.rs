//! Scores the segmenter on sentence gold files.
//!
//! Each line of a gold file is a JSON object with `text` and `sentences` (the
//! expected sentences, in order), and optionally `id` and `name`. Two scores
//! are printed for every file:
//!
//! * **cases**: a case passes when the predicted sentences, each with its
//!   whitespace collapsed to single spaces, equal the expected list exactly
//!   (the Golden Rules measure). Failing cases are listed.
//! * **boundaries**: precision, recall and F1 of sentence boundaries, pooled
//!   over all cases. A boundary is the number of non-whitespace characters
//!   before the end of a sentence; the end of the last sentence of a case is
//!   not counted (it is always the end of the text). Gold and predicted
//!   sentences are mapped the same way, so whitespace differences between the
//!   gold strings and the text do not matter.

use attribution_audit::Segmenter;
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::ExitCode;

/// Scores of one file.
#[derive(Default)]
struct Score {
    cases: usize,
    passed: usize,
    failed: Vec<String>,
    true_pos: usize,
    predicted: usize,
    gold: usize,
}

/// Non-whitespace characters before the end of each sentence but the last.
fn boundaries<'a>(sentences: impl Iterator<Item = &'a str>) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    let mut count = 0;
    for s in sentences {
        count += s.chars().filter(|c| !c.is_whitespace()).count();
        out.insert(count);
    }
    out.pop_last();
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score_file(seg: &Segmenter, path: &str) -> Result<Score, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut score = Score::default();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let (Some(text), Some(gold)) = (case["text"].as_str(), case["sentences"].as_array()) else {
            return Err(format!("{path}:{}: no `text` or `sentences`", n + 1));
        };
        let gold: Vec<String> = gold
            .iter()
            .filter_map(Value::as_str)
            .map(collapse)
            .filter(|s| !s.is_empty())
            .collect();
        let predicted: Vec<&str> = seg.sentence_texts(text);
        score.cases += 1;
        if predicted
            .iter()
            .map(|s| collapse(s))
            .eq(gold.iter().cloned())
        {
            score.passed += 1;
        } else {
            let id = match &case["id"] {
                Value::String(s) => s.clone(),
                Value::Null => format!("line {}", n + 1),
                v => v.to_string(),
            };
            let label = match case["name"].as_str() {
                Some(name) => format!("{id} ({name})"),
                None => id,
            };
            score.failed.push(label);
        }
        let p = boundaries(predicted.iter().copied());
        let g = boundaries(gold.iter().map(String::as_str));
        score.true_pos += p.intersection(&g).count();
        score.predicted += p.len();
        score.gold += g.len();
    }
    Ok(score)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Runs `eval segment FILE...`.
pub fn main(files: &[String]) -> ExitCode {
    let seg = Segmenter::new();
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for path in files {
        match score_file(&seg, path) {
            Ok(s) => {
                let p = ratio(s.true_pos, s.predicted);
                let r = ratio(s.true_pos, s.gold);
                let f = if p + r > 0.0 {
                    2.0 * p * r / (p + r)
                } else {
                    0.0
                };
                let name = std::path::Path::new(path)
                    .file_name()
                    .map_or(path.clone(), |n| n.to_string_lossy().into_owned());
                rows.push(format!(
                    "| {name} | {}/{} | {p:.3} | {r:.3} | {f:.3} | {}/{}/{} |",
                    s.passed, s.cases, s.true_pos, s.predicted, s.gold
                ));
                if !s.failed.is_empty() {
                    failures.push((name, s.failed));
                }
            }
            Err(e) => {
                eprintln!("eval: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!("| file | cases passed | boundary P | R | F1 | tp/pred/gold |");
    println!("|---|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
    for (name, failed) in failures {
        println!();
        println!("{name}: {} failing case(s)", failed.len());
        for f in failed {
            println!("- {f}");
        }
    }
    ExitCode::SUCCESS
}
