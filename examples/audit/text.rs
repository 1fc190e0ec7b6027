//! `--format text`: the report for a terminal.

use crate::{colours, name_of, one_line, percent};
use attribution_audit::{Label, Report};
use std::fmt::Write;

/// Width of the widest `[label]`.
const LABEL_WIDTH: usize = "[unattributed]".len();

/// ANSI styling, or nothing when colour is off.
struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }

    fn label(&self, label: Label) -> String {
        let tag = format!("[{label}]");
        let pad = LABEL_WIDTH.saturating_sub(tag.len());
        format!("{}{:pad$}", self.wrap(colours(label).0, &tag), "")
    }

    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }

    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
}

/// Renders one report: sentences with their attributions, the sources
/// table, the summary and any warnings.
pub fn report(out: &mut String, heading: Option<&str>, text: &str, report: &Report, color: bool) {
    // Writing to a String cannot fail.
    let _ = write_report(out, heading, text, report, &Paint { on: color });
}

/// An NDJSON record that could not be audited.
pub fn error(out: &mut String, heading: &str, message: &str, color: bool) {
    let paint = Paint { on: color };
    let _ = writeln!(
        out,
        "{}\n\n{}\n",
        paint.bold(&format!("== {heading} ==")),
        paint.wrap("31", &format!("[error] {message}"))
    );
}

fn write_report(
    out: &mut String,
    heading: Option<&str>,
    text: &str,
    report: &Report,
    paint: &Paint,
) -> std::fmt::Result {
    if let Some(heading) = heading {
        writeln!(out, "{}\n", paint.bold(&format!("== {heading} ==")))?;
    }
    let mut paragraph = None;
    for s in &report.sentences {
        if paragraph.is_some_and(|p| p != s.paragraph) {
            writeln!(out)?;
        }
        paragraph = Some(s.paragraph);
        let words = text.get(s.start..s.end).unwrap_or("");
        writeln!(out, "{} {}", paint.label(s.label), one_line(words))?;
        for a in &s.attributions {
            let mut line = one_line(a.source.text);
            if let Some(resolved) = a.source.resolved.filter(|r| *r != a.source.text) {
                write!(line, " ({})", one_line(resolved))?;
            }
            write!(line, " · {} · {}", one_line(a.cue.text), name_of(&a.mode))?;
            writeln!(out, "    {}", paint.dim(&format!("← {line}")))?;
        }
        for h in &s.hedges {
            let line = format!("~ hedge: {}", one_line(h.text));
            writeln!(out, "    {}", paint.dim(&line))?;
        }
    }
    if report.sentences.is_empty() {
        writeln!(out, "{}", paint.dim("(no sentences)"))?;
    }

    writeln!(out, "\n{}", paint.bold("Sources"))?;
    if report.sources.is_empty() {
        writeln!(out, "  (none)")?;
    } else {
        let rows: Vec<[String; 5]> = report
            .sources
            .iter()
            .map(|r| {
                [
                    one_line(r.name),
                    name_of(&r.identity),
                    name_of(&r.role),
                    r.mentions.to_string(),
                    r.claims.to_string(),
                ]
            })
            .collect();
        let header = ["name", "identity", "role", "mentions", "claims"].map(String::from);
        let mut widths = [0; 5];
        for row in std::iter::once(&header).chain(&rows) {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        for (i, row) in std::iter::once(&header).chain(&rows).enumerate() {
            let mut line = String::from("  ");
            for (k, (cell, w)) in row.iter().zip(widths).enumerate() {
                let pad = w - cell.chars().count();
                if k >= 3 {
                    // Numbers to the right.
                    write!(line, "{:pad$}{cell}  ", "")?;
                } else {
                    write!(line, "{cell}{:pad$}  ", "")?;
                }
            }
            let line = line.trim_end();
            if i == 0 {
                writeln!(out, "{}", paint.dim(line))?;
            } else {
                writeln!(out, "{line}")?;
            }
        }
    }

    let s = &report.summary;
    writeln!(
        out,
        "\n{} {}, {}",
        paint.bold("Summary:"),
        plural(s.sentences, "sentence"),
        plural(s.attributed_quotes, "attributed quotation")
    )?;
    for label in Label::ALL {
        let share = s.shares.get(label);
        writeln!(
            out,
            "  {} {:>4}  {:>6}",
            paint.label(label),
            s.counts.get(label),
            percent(share)
        )?;
    }
    writeln!(
        out,
        "  anonymous share:    {:>6} of attributed claims",
        percent(s.anonymous_share)
    )?;
    writeln!(
        out,
        "  unattributed share: {:>6} of all claims",
        percent(s.unattributed_share)
    )?;

    if !report.warnings.is_empty() {
        writeln!(out, "\n{}", paint.bold("Warnings"))?;
        for w in &report.warnings {
            let kind = name_of(&w.kind).replace('_', " ");
            writeln!(out, "  {kind} at bytes {}..{}", w.start, w.end)?;
        }
    }
    writeln!(out)
}

/// `1 sentence`, `2 sentences`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
