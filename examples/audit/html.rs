//! `--format html`: one self-contained page (no network), one `<article>`
//! per input.

use crate::{colours, meaning, name_of, one_line, percent};
use attribution_audit::{Label, Report};
use std::fmt::Write;

/// The page's fixed styles; the label colours are added from [`colours`].
const STYLE: &str = r#"body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #222; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
h1, h2, h3, table, .legend, .bars, .details, .note { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: .25rem; margin-top: 2.5rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: .85rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; vertical-align: -2px; margin-right: .35rem; border: 1px solid rgba(0,0,0,.15); }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: 1.5rem; align-items: start; }
@media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
.text p { margin: 0 0 .9rem; }
span.s { border-radius: 3px; padding: 1px 0; cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
span.s:hover, span.s:focus { outline: 2px solid rgba(0,0,0,.35); }
span.s.sel { outline: 2px solid #000; }
.details { position: sticky; top: 1rem; font-size: .85rem; background: #f7f7f7; border: 1px solid #ddd; border-radius: 6px; padding: .5rem .9rem; }
.details h3 { margin-top: .4rem; }
.details blockquote { margin: .4rem 0; font-family: Georgia, serif; color: #444; }
.details ul { padding-left: 1.1rem; }
.bars { font-size: .85rem; max-width: 36rem; }
.bar { display: grid; grid-template-columns: 7.5rem 1fr 7rem; gap: .5rem; align-items: center; margin: .2rem 0; }
.track { background: #eee; border-radius: 3px; height: .9rem; overflow: hidden; }
.fill { display: block; height: 100%; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid #e3e3e3; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.note { font-size: .85rem; color: #555; }
.error { color: #a00; }
"#;

/// The page up to the first article: styles and the legend.
pub fn page_head() -> String {
    let mut out = String::from(concat!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        "<title>Attribution audit</title>\n<style>\n"
    ));
    out.push_str(STYLE);
    for label in Label::ALL {
        out.push_str(&format!(
            ".label-{label} {{ background: {}; }}\n",
            colours(label).1
        ));
    }
    out.push_str(
        "</style>\n</head>\n<body>\n<header>\n<h1>Attribution audit</h1>\n<ul class=\"legend\">\n",
    );
    for label in Label::ALL {
        out.push_str(&format!(
            "<li><span class=\"swatch label-{label}\"></span><b>{label}</b>: {}</li>\n",
            escape(meaning(label))
        ));
    }
    out.push_str("</ul>\n<p class=\"note\">Hover a sentence for its sources; click it for details.</p>\n</header>\n");
    out
}

/// The end of the page: the script for the details panel.
pub const PAGE_FOOT: &str = r#"<script>
(function () {
  function show(s) {
    var art = s.closest("article");
    var panel = art.querySelector(".details");
    var old = art.querySelector("span.s.sel");
    if (old) old.classList.remove("sel");
    s.classList.add("sel");
    panel.replaceChildren();
    var h = document.createElement("h3");
    h.textContent = s.dataset.label + " \u00b7 bytes " + s.dataset.start + "\u2013" + s.dataset.end;
    var q = document.createElement("blockquote");
    q.textContent = s.textContent;
    var ul = document.createElement("ul");
    var lines = s.title.split("\n").slice(1);
    if (!lines.length) lines = ["No source."];
    lines.forEach(function (line) {
      var li = document.createElement("li");
      li.textContent = line;
      ul.appendChild(li);
    });
    panel.append(h, q, ul);
  }
  document.addEventListener("click", function (e) {
    var s = e.target.closest && e.target.closest("span.s");
    if (s) show(s);
  });
  document.addEventListener("keydown", function (e) {
    var s = e.target.closest && e.target.closest("span.s");
    if (s && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); show(s); }
  });
})();
</script>
</body>
</html>
"#;

/// `s` with HTML's special characters escaped (text and attribute values).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One input's article: the marked-up text, the details panel, the label
/// shares and the sources table.
pub fn article(out: &mut String, heading: &str, text: &str, report: &Report) {
    // Writing to a String cannot fail.
    let _ = write_article(out, heading, text, report);
}

/// An NDJSON record that could not be audited.
pub fn error(out: &mut String, heading: &str, message: &str) {
    let _ = writeln!(
        out,
        "<article class=\"error\">\n<h2>{}</h2>\n<p class=\"error\">{}</p>\n</article>",
        escape(heading),
        escape(message)
    );
}

fn write_article(out: &mut String, heading: &str, text: &str, report: &Report) -> std::fmt::Result {
    writeln!(out, "<article>\n<h2>{}</h2>", escape(heading))?;
    writeln!(out, "<div class=\"layout\">\n<div class=\"text\">")?;
    if report.sentences.is_empty() {
        writeln!(out, "<p class=\"note\">No sentences.</p>")?;
    } else {
        out.push_str("<p>");
        let mut at = 0;
        let mut paragraph = report.sentences[0].paragraph;
        for s in &report.sentences {
            let gap = text.get(at..s.start).unwrap_or("");
            if s.paragraph != paragraph {
                let rest = gap.trim();
                if !rest.is_empty() {
                    out.push_str(&escape(rest));
                }
                out.push_str("</p>\n<p>");
                paragraph = s.paragraph;
            } else if at > 0 {
                out.push_str(&escape(gap));
            } else {
                out.push_str(&escape(gap.trim_start()));
            }
            let label = s.label.as_str();
            let mut title = String::from(label);
            for a in &s.attributions {
                write!(title, "\n{}", one_line(a.source.text))?;
                if let Some(resolved) = a.source.resolved.filter(|r| *r != a.source.text) {
                    write!(title, " ({})", one_line(resolved))?;
                }
                write!(
                    title,
                    " \u{b7} {} \u{b7} {} \u{b7} {}, {}",
                    one_line(a.cue.text),
                    name_of(&a.mode),
                    name_of(&a.source.identity),
                    name_of(&a.source.role)
                )?;
            }
            for h in &s.hedges {
                write!(title, "\nhedge: {}", one_line(h.text))?;
            }
            write!(
                out,
                "<span class=\"s label-{label}\" data-label=\"{label}\" data-start=\"{}\" data-end=\"{}\" tabindex=\"0\" title=\"{}\">{}</span>",
                s.start,
                s.end,
                escape(&title),
                escape(text.get(s.start..s.end).unwrap_or(""))
            )?;
            at = s.end;
        }
        let tail = text.get(at..).unwrap_or("").trim_end();
        out.push_str(&escape(tail));
        out.push_str("</p>\n");
    }
    writeln!(out, "</div>")?;
    writeln!(
        out,
        "<aside class=\"details\" aria-live=\"polite\"><h3>Details</h3><p>Click a sentence to see its sources.</p></aside>\n</div>"
    )?;

    let s = &report.summary;
    writeln!(out, "<section class=\"bars\">\n<h3>Label shares</h3>")?;
    for label in Label::ALL {
        let share = s.shares.get(label);
        writeln!(
            out,
            "<div class=\"bar\" title=\"{}\"><span>{label}</span><span class=\"track\"><span class=\"fill label-{label}\" style=\"width: {:.1}%\"></span></span><span class=\"num\">{} \u{b7} {}</span></div>",
            escape(meaning(label)),
            share * 100.0,
            s.counts.get(label),
            percent(share)
        )?;
    }
    writeln!(
        out,
        "<p class=\"note\">{} sentences \u{b7} anonymous share {} of attributed claims \u{b7} unattributed share {} of all claims \u{b7} {} attributed quotations</p>\n</section>",
        s.sentences,
        percent(s.anonymous_share),
        percent(s.unattributed_share),
        s.attributed_quotes
    )?;

    writeln!(out, "<section>\n<h3>Sources</h3>")?;
    if report.sources.is_empty() {
        writeln!(out, "<p class=\"note\">None.</p>")?;
    } else {
        writeln!(
            out,
            "<table>\n<thead><tr><th>Name</th><th>Identity</th><th>Role</th><th>Mentions</th><th>Claims</th></tr></thead>\n<tbody>"
        )?;
        for r in &report.sources {
            writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                escape(&one_line(r.name)),
                name_of(&r.identity),
                name_of(&r.role),
                r.mentions,
                r.claims
            )?;
        }
        writeln!(out, "</tbody>\n</table>")?;
    }
    writeln!(out, "</section>")?;
    if !report.warnings.is_empty() {
        writeln!(out, "<section>\n<h3>Warnings</h3>\n<ul>")?;
        for w in &report.warnings {
            writeln!(
                out,
                "<li>{} at bytes {}..{}</li>",
                escape(&name_of(&w.kind).replace('_', " ")),
                w.start,
                w.end
            )?;
        }
        writeln!(out, "</ul>\n</section>")?;
    }
    writeln!(out, "</article>")
}
