//! Runs the `audit` example binary as editors and hooks do: real files,
//! real pipes, real exit codes.

mod common;

use common::{code, json_lines, path_arg, run, run_with, spawn, stdout};
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Output;

const LABELS: [&str; 5] = ["anonymous", "quoted", "official", "named", "unattributed"];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

fn sample() -> PathBuf {
    fixture("sample_article.txt")
}

/// A scratch file with `bytes`, named after the test that writes it.
fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    std::fs::write(&path, bytes).expect("scratch file written");
    path
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON document")
}

fn sentences(report: &Value) -> &Vec<Value> {
    report["sentences"].as_array().expect("sentences array")
}

/// The sentence whose text contains `needle`.
fn sentence_with<'r>(report: &'r Value, text: &str, needle: &str) -> &'r Value {
    sentences(report)
        .iter()
        .find(|s| sentence_text(s, text).contains(needle))
        .unwrap_or_else(|| panic!("no sentence contains {needle:?}"))
}

fn sentence_text<'t>(s: &Value, text: &'t str) -> &'t str {
    let start = s["start"].as_u64().expect("start") as usize;
    let end = s["end"].as_u64().expect("end") as usize;
    &text[start..end]
}

fn ndjson(records: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    for r in records {
        out.extend_from_slice(r.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

/// `n` small, different articles as NDJSON records with ids.
fn many_records(n: usize) -> Vec<u8> {
    let records: Vec<Value> = (0..n)
        .map(|i| {
            let text = match i % 5 {
                0 => format!("The ferry will stop running on route {i} in May, officials said. It first sailed in {}.", 1900 + i),
                1 => format!("\"We will reopen pier {i} next spring,\" said Ana Lima, the harbour master. Work has not started."),
                2 => format!("Fares rose by {i} cents, according to the Coastal Ledger."),
                3 => format!("Rina Osei, a commuter, said the queue at gate {i} was the longest she had seen. \"Nobody told us anything,\" she said."),
                _ => format!("Gate {i} closes at midnight."),
            };
            serde_json::json!({ "id": format!("rec-{i}"), "text": text })
        })
        .collect();
    ndjson(&records)
}

#[test]
fn default_output_is_a_json_report_of_the_sample() {
    let output = run(&[path_arg(&sample())]);
    assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["schema_version"], 1);
    let text = std::fs::read_to_string(sample()).expect("sample");
    let all = sentences(&report);
    assert!(all.len() >= 12, "only {} sentences", all.len());
    let mut previous_end = 0;
    for s in all {
        let start = s["start"].as_u64().expect("start") as usize;
        let end = s["end"].as_u64().expect("end") as usize;
        assert!(previous_end <= start && start < end && end <= text.len());
        previous_end = end;
        let label = s["label"].as_str().expect("label");
        assert!(LABELS.contains(&label), "unknown label {label}");
    }
    assert!(report["summary"]["anonymous_share"].is_number());
    assert!(report["sources"].is_array() && report["quotes"].is_array());

    let officials = sentence_with(&report, &text, "officials said");
    assert_eq!(officials["label"], "anonymous");
    let last = all.last().expect("a last sentence");
    assert!(sentence_text(last, &text).starts_with("The existing terminal opened"));
    assert_eq!(last["label"], "unattributed");
}

#[test]
fn dash_and_no_file_read_stdin() {
    let text = std::fs::read(sample()).expect("sample");
    let from_file = json(&run(&[path_arg(&sample())]));
    let dash = run_with(&["-"], &text);
    assert_eq!(code(&dash), 0);
    assert_eq!(json(&dash), from_file);
    let none = run_with(&[], &text);
    assert_eq!(code(&none), 0);
    assert_eq!(json(&none), from_file);
}

#[test]
fn several_text_files_as_ndjson_name_their_file() {
    let sample = sample();
    let empty = scratch("several-empty.txt", b"");
    let output = run(&["--format", "ndjson", path_arg(&sample), path_arg(&empty)]);
    assert_eq!(code(&output), 0);
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], path_arg(&sample));
    assert_eq!(lines[1]["file"], path_arg(&empty));
    assert!(!sentences(&lines[0]).is_empty());
    assert!(sentences(&lines[1]).is_empty());
}

#[test]
fn several_text_files_as_json_are_one_array() {
    let sample = sample();
    let empty = scratch("array-empty.txt", b"");
    let files = [path_arg(&sample), path_arg(&empty), "no-such-article.txt"];
    let output = run(&files);
    assert_eq!(code(&output), 2, "a missing file still exits 2");
    let array = json(&output);
    let elements = array.as_array().expect("one JSON array");
    assert_eq!(elements.len(), 3, "one element per file, in order");
    // The documents are those of NDJSON output, pretty.
    let lines = json_lines(&run(&["--format", "ndjson", files[0], files[1]]));
    assert_eq!(elements[..2], lines[..]);
    assert_eq!(elements[0]["file"], path_arg(&sample));
    assert_eq!(elements[2]["file"], "no-such-article.txt");
    assert!(elements[2]["error"].is_string() && elements[2].get("sentences").is_none());
    assert!(stderr(&output).contains("no-such-article.txt"));
    // Pretty as serde_json writes an array: elements indented two spaces.
    assert!(stdout(&output).starts_with("[\n  {\n    \"file\": "));
    assert!(stdout(&output).ends_with("\n  }\n]\n"));
    // One file: its document alone, no file field.
    let one = json(&run(&[files[1]]));
    assert!(one.is_object() && one.get("file").is_none());
}

#[test]
fn a_leading_byte_order_mark_is_skipped() {
    let text = "\"We won,\" said Mayor Ann Lee.\n";
    let plain = scratch("bom-plain.txt", text.as_bytes());
    let marked = scratch("bom-marked.txt", format!("\u{feff}{text}").as_bytes());
    let want = run(&[path_arg(&plain)]);
    assert_eq!(code(&want), 0);
    let quote = &json(&want)["sentences"][0]["attributions"][0];
    assert_eq!(quote["mode"], "direct");
    assert_eq!(quote["quote"]["start"], 0);
    // Offsets count from after the mark: the reports are the same.
    for output in [
        run(&[path_arg(&marked)]),
        run_with(&[], format!("\u{feff}{text}").as_bytes()),
    ] {
        assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
        assert_eq!(json(&output), json(&want));
    }
}

#[test]
fn a_leading_byte_order_mark_is_skipped_in_ndjson_input() {
    let records = many_records(20);
    let mut marked = "\u{feff}".as_bytes().to_vec();
    marked.extend_from_slice(&records);
    let path = scratch("bom.ndjson", &marked);
    let want = run_with(&["--input", "ndjson"], &records);
    assert_eq!(code(&want), 0);
    for jobs in ["1", "3"] {
        for output in [
            run(&["--input", "ndjson", "--jobs", jobs, path_arg(&path)]),
            run_with(&["--input", "ndjson", "--jobs", jobs], &marked),
        ] {
            assert_eq!(code(&output), 0, "jobs {jobs}: {}", stderr(&output));
            assert_eq!(stdout(&output), stdout(&want), "jobs {jobs}");
        }
    }
    // Only a whole mark is skipped: its first two bytes are a broken record.
    let output = run_with(&["--input", "ndjson"], &marked[1..]);
    assert_eq!(code(&output), 2);
    assert_eq!(json_lines(&output)[0]["line"], 1);
}

#[test]
fn ndjson_input_passes_ids_through_in_order() {
    let output = run(&["--input", "ndjson", path_arg(&fixture("records.ndjson"))]);
    assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
    let lines = json_lines(&output);
    let ids: Vec<&Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(
        ids,
        [
            &Value::from("r1"),
            &Value::from(2),
            &Value::from("r3"),
            &Value::Null
        ]
    );
    for line in &lines {
        assert_eq!(line["schema_version"], 1);
    }
    assert_eq!(lines[0]["sentences"][0]["label"], "anonymous");
    assert_eq!(lines[0]["sentences"][1]["label"], "unattributed");
    assert!(sentences(&lines[3]).is_empty());
}

#[test]
fn text_and_id_fields_can_be_renamed() {
    let input = ndjson(&[
        serde_json::json!({ "key": {"n": 7}, "body": "The dam is safe, engineers said.", "text": 1 }),
        serde_json::json!({ "key": "b", "body": "It rained all week." }),
    ]);
    let output = run_with(
        &[
            "--input",
            "ndjson",
            "--text-field",
            "body",
            "--id-field",
            "key",
        ],
        &input,
    );
    assert_eq!(code(&output), 0, "stderr: {}", stderr(&output));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], serde_json::json!({"n": 7}));
    assert_eq!(lines[1]["id"], "b");
    assert_eq!(sentences(&lines[0]).len(), 1);
    assert_eq!(lines[1]["sentences"][0]["end"], "It rained all week.".len());
}

#[test]
fn a_broken_line_becomes_an_error_record_and_exit_2() {
    let input = b"{\"id\": \"a\", \"text\": \"The port reopened, officials said.\"}\n\n{\"id\": \"b\", \"text\": \"unfinished\n{\"id\": \"c\", \"text\": \"Ships are waiting.\"}\n";
    let output = run_with(&["--input", "ndjson"], input);
    assert_eq!(code(&output), 2);
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert!(!sentences(&lines[0]).is_empty());
    // The blank line 2 is skipped but counted.
    assert_eq!(lines[1]["line"], 3);
    assert_eq!(lines[1]["id"], Value::Null);
    assert!(lines[1]["error"].as_str().expect("error").contains("JSON"));
    assert!(lines[1].get("sentences").is_none());
    assert_eq!(lines[2]["id"], "c");
    assert!(!sentences(&lines[2]).is_empty());
}

#[test]
fn missing_or_non_string_text_is_an_error_record() {
    let input = ndjson(&[
        serde_json::json!({ "id": 1, "title": "no text here" }),
        serde_json::json!({ "id": 2, "text": ["not", "a", "string"] }),
        serde_json::json!({ "id": 3, "text": "Fine." }),
    ]);
    let output = run_with(&["--input", "ndjson"], &input);
    assert_eq!(code(&output), 2);
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[0]["error"].as_str().expect("error").contains("text"));
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["id"], 2);
    assert!(lines[1]["error"]
        .as_str()
        .expect("error")
        .contains("string"));
    assert_eq!(lines[2]["id"], 3);
    assert!(lines[2].get("error").is_none());
}

#[test]
fn jobs_do_not_change_the_output() {
    // More than one batch of 256 lines, so batches meet in order too.
    let input = scratch("jobs.ndjson", &many_records(300));
    let one = run(&["--input", "ndjson", "--jobs", "1", path_arg(&input)]);
    let three = run(&["--input", "ndjson", "--jobs", "3", path_arg(&input)]);
    assert_eq!(code(&one), 0, "stderr: {}", stderr(&one));
    assert_eq!(code(&three), 0, "stderr: {}", stderr(&three));
    assert_eq!(stdout(&one), stdout(&three));
    let ids: Vec<String> = json_lines(&three)
        .iter()
        .map(|l| l["id"].as_str().expect("id").to_owned())
        .collect();
    let expected: Vec<String> = (0..300).map(|i| format!("rec-{i}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn text_format_lists_every_sentence_without_colour_in_a_pipe() {
    let report = json(&run(&[path_arg(&sample())]));
    let output = run(&["--format", "text", path_arg(&sample())]);
    assert_eq!(code(&output), 0);
    let out = stdout(&output);
    assert!(!out.contains('\x1b'), "ANSI codes in a pipe");
    let (body, rest) = out.split_once("\nSources\n").expect("a sources table");
    let labelled = body
        .lines()
        .filter(|l| {
            LABELS
                .iter()
                .any(|label| l.starts_with(&format!("[{label}]")))
        })
        .count();
    assert_eq!(labelled, sentences(&report).len());
    assert!(body.contains("    ← officials · said"));
    assert!(rest.contains("identity") && rest.contains("mentions"));
    assert!(rest.contains("Summary:") && rest.contains("anonymous share"));
}

#[test]
fn html_format_is_one_self_contained_page() {
    let report = json(&run(&[path_arg(&sample())]));
    let output = run(&["--format", "html", path_arg(&sample())]);
    assert_eq!(code(&output), 0);
    let page = stdout(&output);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    assert_eq!(
        page.matches("data-label=").count(),
        sentences(&report).len()
    );
    assert_eq!(page.matches("<article").count(), 1);
    assert!(!page.contains("http"), "the page must not load anything");
    assert!(!page.contains(" src="));
    assert!(page.contains("<script>") && page.contains("<style>"));
    assert!(page.contains("<table>"));
    assert!(page.contains("&quot;prelude&quot;"), "text is escaped");
    for label in LABELS {
        assert!(page.contains(&format!("label-{label}")));
    }

    let two = run(&["--format", "html", path_arg(&sample()), path_arg(&sample())]);
    assert_eq!(stdout(&two).matches("<article").count(), 2);
    assert_eq!(stdout(&two).matches("<!DOCTYPE").count(), 1);
}

#[test]
fn invalid_utf8_names_the_byte() {
    let path = scratch("invalid.txt", b"The port is open. \xff Then nothing.");
    let output = run(&[path_arg(&path)]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("invalid UTF-8 at byte 18"),
        "stderr: {}",
        stderr(&output)
    );
}

#[test]
fn an_empty_file_is_an_empty_report() {
    let path = scratch("empty.txt", b"");
    let output = run(&[path_arg(&path)]);
    assert_eq!(code(&output), 0);
    let report = json(&output);
    assert!(sentences(&report).is_empty());
    assert_eq!(report["summary"]["sentences"], 0);
}

#[test]
fn a_missing_file_exits_2() {
    let output = run(&["no-such-article.txt"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("no-such-article.txt"));
    assert!(output.stdout.is_empty());
}

#[test]
fn bad_options_print_usage_and_exit_2() {
    for args in [
        &["--frobnicate"][..],
        &["--format", "xml"],
        &["--input", "csv"],
        &["--jobs", "0"],
        &["--jobs"],
        &["--max-anonymous-share", "1.5"],
        &["--max-unattributed-share=abc"],
    ] {
        let output = run(args);
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(stderr(&output).contains("usage:"), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    let help = run(&["--help"]);
    assert_eq!(code(&help), 0);
    assert!(stdout(&help).contains("usage:") && stdout(&help).contains("--jobs"));
}

#[test]
fn share_checks_fail_with_exit_1() {
    let sample = sample();
    let strict = run(&["--max-anonymous-share", "0", path_arg(&sample)]);
    assert_eq!(code(&strict), 1);
    let message = stderr(&strict);
    assert_eq!(message.lines().count(), 1, "stderr: {message}");
    assert!(message.contains("sample_article.txt") && message.contains("anonymous share"));
    assert!(!strict.stdout.is_empty(), "the report is still written");

    let lenient = run(&["--max-anonymous-share", "1", path_arg(&sample)]);
    assert_eq!(code(&lenient), 0);
    assert!(stderr(&lenient).is_empty());

    let unattributed = run(&["--max-unattributed-share=0", path_arg(&sample)]);
    assert_eq!(code(&unattributed), 1);
    assert!(stderr(&unattributed).contains("unattributed share"));

    // A broken input outranks a failed check.
    let both = run(&[
        "--max-anonymous-share",
        "0",
        path_arg(&sample),
        "no-such-article.txt",
    ]);
    assert_eq!(code(&both), 2);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let input = scratch("pipe.ndjson", &many_records(5000));
    let mut child = spawn(&["--input", "ndjson", "--jobs", "2", path_arg(&input)]);
    drop(child.stdin.take());
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    out.read_exact(&mut first).expect("some output");
    assert_eq!(first[0], b'{');
    drop(out);
    let output = child.wait_with_output().expect("audit ends");
    let err = stderr(&output);
    assert!(!err.contains("panicked"), "stderr: {err}");
    assert_eq!(code(&output), 0, "stderr: {err}");
}
