//! Opens the `audit` example's HTML report in headless Chromium and checks
//! the page the browser built: every sentence of the JSON report is one
//! highlighted span with its label and offsets, the legend and the sources
//! table are there, and clicking a sentence fills the details panel.
//!
//! Needs `/usr/bin/chromium` (`.ci/install-chromium`). Without it the tests
//! print a skip message and pass, unless `REQUIRE_CHROMIUM=1` is set.

mod common;

use common::binary;
use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const LABELS: [&str; 5] = ["anonymous", "quoted", "official", "named", "unattributed"];
/// Chromium gets this long before the test gives up on it.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);

/// The sample article, relative to the crate root (where `audit` runs), so
/// the page's heading names no machine path.
const SAMPLE: &str = "tests/fixtures/sample_article.txt";

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether Chromium is there; `false` means "skip this test". With
/// `REQUIRE_CHROMIUM=1`, a missing browser fails the test instead.
fn have_chromium(test: &str) -> bool {
    if Path::new(CHROMIUM).is_file() {
        return true;
    }
    let required = std::env::var("REQUIRE_CHROMIUM").is_ok_and(|v| v == "1");
    assert!(
        !required,
        "REQUIRE_CHROMIUM=1 but {CHROMIUM} is missing (run .ci/install-chromium)"
    );
    eprintln!("SKIPPED {test}: {CHROMIUM} not found (run .ci/install-chromium; REQUIRE_CHROMIUM=1 makes this fail)");
    false
}

/// A fresh, empty scratch directory for one test.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("html-browser-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir created");
    dir
}

fn audit(args: &[&str]) -> Output {
    let output = Command::new(binary())
        .args(args)
        .current_dir(manifest())
        .stdin(Stdio::null())
        .output()
        .expect("audit runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "audit {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The sample's HTML report, written to `dir`; returns its `file://` URL.
fn html_report(dir: &Path) -> String {
    let output = audit(&["--format", "html", SAMPLE]);
    let page = dir.join("report.html");
    std::fs::write(&page, &output.stdout).expect("report written");
    let page = page.canonicalize().expect("report path");
    format!("file://{}", page.to_str().expect("UTF-8 path"))
}

/// Runs headless Chromium with a fresh profile in `dir`, then `args`, on
/// `url`; returns its stdout. Panics (with Chromium's stderr) if it fails or
/// hangs.
fn chromium(dir: &Path, args: &[&str], url: &str) -> String {
    let profile = dir.join("profile");
    std::fs::create_dir_all(&profile).expect("profile dir created");
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let deadline = Instant::now() + BROWSER_TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("chromium waits") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took longer than {BROWSER_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = out.join().expect("stdout reader");
    let err = err.join().expect("stderr reader");
    assert!(status.success(), "chromium failed ({status}): {err}");
    out.expect("chromium's stdout is UTF-8")
}

/// `s` with the entities Chromium's serialiser writes decoded.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// An element's start tag: its attributes (values decoded) and where the
/// tag ends in the document.
struct Tag {
    attrs: HashMap<String, String>,
    end: usize,
}

/// The start tag at `dom[at..]`, which begins with `<name`.
fn tag_at(dom: &str, at: usize) -> Tag {
    let close = dom[at..].find('>').expect("tag closes") + at;
    let mut attrs = HashMap::new();
    // Skip the tag name; Chromium writes every value in double quotes.
    let mut rest = dom[at + 1..close].trim_start_matches(|c: char| !c.is_whitespace());
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest == "/" {
            break;
        }
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let value = if let Some(quoted) = rest.strip_prefix("=\"") {
            let end = quoted.find('"').expect("attribute value closes");
            rest = &quoted[end + 1..];
            unescape(&quoted[..end])
        } else {
            String::new()
        };
        attrs.insert(name, value);
    }
    Tag {
        attrs,
        end: close + 1,
    }
}

/// Every start tag `<name ...>` of the document, in order.
fn tags(dom: &str, name: &str) -> Vec<Tag> {
    let open = format!("<{name}");
    dom.match_indices(&open)
        .map(|(at, _)| at)
        .filter(|&at| dom[at + open.len()..].starts_with(|c: char| c.is_whitespace() || c == '>'))
        .map(|at| tag_at(dom, at))
        .collect()
}

/// Whitespace runs as single spaces, as the page shows source names.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has_class(tag: &Tag, class: &str) -> bool {
    tag.attrs
        .get("class")
        .is_some_and(|c| c.split_whitespace().any(|c| c == class))
}

/// A sentence span as the browser has it.
#[derive(Debug)]
struct SpanInDom {
    label: String,
    start: usize,
    end: usize,
    classes: String,
    text: String,
}

/// The sentence spans (`<span class="s ...">`) of the DOM, in document order.
fn sentence_spans(dom: &str) -> Vec<SpanInDom> {
    tags(dom, "span")
        .into_iter()
        .filter(|t| has_class(t, "s"))
        .map(|t| {
            let attr = |name: &str| {
                t.attrs
                    .get(name)
                    .unwrap_or_else(|| panic!("sentence span without {name}"))
                    .clone()
            };
            let offset = |name: &str| -> usize {
                attr(name)
                    .parse()
                    .unwrap_or_else(|_| panic!("{name} is not a number"))
            };
            // A sentence span holds only text.
            let inner_end = dom[t.end..].find("</span>").expect("span closes") + t.end;
            let inner = &dom[t.end..inner_end];
            assert!(!inner.contains('<'), "markup inside a sentence: {inner}");
            SpanInDom {
                label: attr("data-label"),
                start: offset("data-start"),
                end: offset("data-end"),
                classes: attr("class"),
                text: unescape(inner),
            }
        })
        .collect()
}

#[test]
fn browser_dom_has_every_sentence_once_with_its_label() {
    if !have_chromium("browser_dom_has_every_sentence_once_with_its_label") {
        return;
    }
    let dir = scratch_dir("dom");
    let url = html_report(&dir);
    let dom = chromium(&dir, &["--virtual-time-budget=2000", "--dump-dom"], &url);
    assert!(dom.contains("</html>"), "not a whole DOM: {dom:.200}");

    let text = std::fs::read_to_string(manifest().join(SAMPLE)).expect("sample");
    let report: Value =
        serde_json::from_slice(&audit(&[SAMPLE]).stdout).expect("stdout is one JSON document");
    let sentences = report["sentences"].as_array().expect("sentences");
    assert!(sentences.len() >= 12, "only {} sentences", sentences.len());

    let spans = sentence_spans(&dom);
    assert_eq!(
        spans.len(),
        sentences.len(),
        "one span per sentence: {spans:#?}"
    );
    for s in sentences {
        let start = s["start"].as_u64().expect("start") as usize;
        let end = s["end"].as_u64().expect("end") as usize;
        let label = s["label"].as_str().expect("label");
        let matching: Vec<&SpanInDom> = spans
            .iter()
            .filter(|d| d.start == start && d.end == end)
            .collect();
        assert_eq!(
            matching.len(),
            1,
            "sentence {start}..{end} appears {} times",
            matching.len()
        );
        let span = matching[0];
        assert_eq!(span.label, label, "label of sentence {start}..{end}");
        let class = format!("label-{label}");
        assert!(
            span.classes.split_whitespace().any(|c| c == class),
            "sentence {start}..{end} is not highlighted as {label}: class {:?}",
            span.classes
        );
        assert_eq!(
            span.text,
            text[start..end],
            "text of sentence {start}..{end}"
        );
    }
    // And in the report's order.
    let starts: Vec<usize> = spans.iter().map(|d| d.start).collect();
    let mut sorted = starts.clone();
    sorted.sort_unstable();
    assert_eq!(starts, sorted, "spans out of order");

    // The legend: one swatch per label, each with its highlight class.
    let legend_at = dom.find("<ul class=\"legend\">").expect("a legend");
    let legend = &dom[legend_at..legend_at + dom[legend_at..].find("</ul>").expect("legend ends")];
    for label in LABELS {
        assert!(
            legend.contains(&format!(
                "<span class=\"swatch label-{label}\"></span><b>{label}</b>"
            )),
            "legend lacks {label}: {legend}"
        );
    }

    // The sources table: the header and one row per source of the report.
    let table_at = dom.find("<table>").expect("a sources table");
    let table = &dom[table_at..table_at + dom[table_at..].find("</table>").expect("table ends")];
    for th in ["Name", "Identity", "Role", "Mentions", "Claims"] {
        assert!(table.contains(&format!("<th>{th}</th>")), "no {th} column");
    }
    let sources = report["sources"].as_array().expect("sources");
    assert!(!sources.is_empty(), "the sample has sources");
    let rows: Vec<&str> = table.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), sources.len(), "one row per source: {table}");
    for (row, source) in rows.iter().zip(sources) {
        let cells: Vec<String> = row
            .split("<td")
            .skip(1)
            .map(|c| {
                let c = &c[c.find('>').expect("cell opens") + 1..];
                unescape(&c[..c.find("</td>").expect("cell closes")])
            })
            .collect();
        let expected = [
            one_line(source["name"].as_str().expect("name")),
            source["identity"].as_str().expect("identity").to_owned(),
            source["role"].as_str().expect("role").to_owned(),
            source["mentions"].to_string(),
            source["claims"].to_string(),
        ];
        assert_eq!(cells, expected, "sources row");
    }
}

#[test]
fn browser_details_panel_shows_a_clicked_sentence() {
    if !have_chromium("browser_details_panel_shows_a_clicked_sentence") {
        return;
    }
    let dir = scratch_dir("click");
    let url = html_report(&dir);
    // The same page with a click on the third sentence after the page's own script.
    let page = dir.join("report.html");
    let html = std::fs::read_to_string(&page).expect("report");
    let click = "<script>document.querySelectorAll(\"span.s\")[2].click();</script>\n</body>";
    assert!(html.contains("</body>"), "page has a body");
    std::fs::write(&page, html.replacen("</body>", click, 1)).expect("page written");
    let dom = chromium(&dir, &["--virtual-time-budget=2000", "--dump-dom"], &url);

    let spans = sentence_spans(&dom);
    let clicked = &spans[2];
    let selected: Vec<&SpanInDom> = spans
        .iter()
        .filter(|d| d.classes.split_whitespace().any(|c| c == "sel"))
        .collect();
    assert_eq!(selected.len(), 1, "one selected sentence");
    assert_eq!(selected[0].start, clicked.start, "the clicked one");
    let panel_at = dom
        .find("<aside class=\"details\"")
        .expect("a details panel");
    let panel = &dom[panel_at..panel_at + dom[panel_at..].find("</aside>").expect("panel ends")];
    let heading = format!(
        "<h3>{} \u{b7} bytes {}\u{2013}{}</h3>",
        clicked.label, clicked.start, clicked.end
    );
    assert!(panel.contains(&heading), "panel lacks {heading}: {panel}");
    let quote = &panel[panel.find("<blockquote>").expect("the sentence") + 12..];
    let quote = unescape(&quote[..quote.find("</blockquote>").expect("quote ends")]);
    assert_eq!(quote, clicked.text, "panel quotes the sentence");
}

#[test]
fn browser_screenshot_of_the_report() {
    if !have_chromium("browser_screenshot_of_the_report") {
        return;
    }
    let dir = scratch_dir("screenshot");
    let url = html_report(&dir);
    let png = dir.join("report.png");
    chromium(
        &dir,
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=1200,1600",
            "--hide-scrollbars",
        ],
        &url,
    );
    let bytes = std::fs::read(&png).expect("a screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    // The IHDR chunk: width and height, big-endian, at bytes 16..24.
    let dimension = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    assert_eq!((dimension(16), dimension(20)), (1200, 1600), "window size");
    // A blank page compresses to almost nothing; the report does not.
    assert!(
        bytes.len() > 20_000,
        "screenshot looks empty: {} bytes",
        bytes.len()
    );
    eprintln!("screenshot: {}", png.display());
}
