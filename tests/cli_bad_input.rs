//! The `audit` example binary on broken, hostile and huge input: clear
//! errors with exit 2, the good records still written, no panic, and a
//! closed pipe ends quietly. (tests/cli.rs covers the ordinary cases.)

mod common;

use common::{code, json_lines, path_arg, run, run_with, spawn};
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::Output;

/// A directory of this test run's own under the system's temp dir, removed
/// when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("attribution-audit-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir created");
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("scratch file written");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn no_panic(output: &Output) {
    let err = stderr(output);
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "panic on stderr: {err}"
    );
    assert_ne!(output.status.code(), Some(101), "panic exit code");
}

/// Deterministic pseudo-random bytes (xorshift), never valid UTF-8 for long.
fn garbage(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

#[test]
fn invalid_utf8_anywhere_names_the_first_bad_byte() {
    let scratch = Scratch::new("utf8");
    let cases: [(&[u8], usize); 4] = [
        (b"\xff", 0),
        ("Caf\u{e9} au lait.".as_bytes(), usize::MAX),
        (b"The caf\xc3 closed.", 7),
        (b"Truncated at the end: \xe2\x80", 22),
    ];
    for (i, (bytes, at)) in cases.into_iter().enumerate() {
        let path = scratch.file(&format!("case{i}.txt"), bytes);
        let output = run(&[path_arg(&path)]);
        no_panic(&output);
        if at == usize::MAX {
            assert_eq!(code(&output), 0, "valid UTF-8 is fine: {}", stderr(&output));
            continue;
        }
        assert_eq!(code(&output), 2, "case {i}");
        let err = stderr(&output);
        assert!(
            err.contains(&format!("invalid UTF-8 at byte {at}"))
                && err.contains(&format!("case{i}.txt")),
            "case {i}: {err}"
        );
        assert!(
            output.stdout.is_empty(),
            "no report for a file that cannot be read"
        );
    }
    // On stdin too, and an overlong encoding of '/' is refused as well.
    let output = run_with(&["-"], b"One. \xc0\xaf Two.");
    no_panic(&output);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("<stdin>: invalid UTF-8 at byte 5"));
}

#[test]
fn a_bad_file_among_good_ones_does_not_stop_the_others() {
    let scratch = Scratch::new("mixed");
    let good = scratch.file("good.txt", b"The port reopened, officials said.");
    let bad = scratch.file("bad.txt", b"\xfe\xfe");
    let output = run(&["--format", "ndjson", path_arg(&bad), path_arg(&good)]);
    no_panic(&output);
    assert_eq!(code(&output), 2);
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 2, "the good file is still reported");
    assert_eq!(lines[0]["file"], path_arg(&bad));
    assert_eq!(lines[0]["error"], "invalid UTF-8 at byte 0");
    assert!(lines[1]["file"]
        .as_str()
        .expect("file")
        .ends_with("good.txt"));
    assert_eq!(lines[1]["sentences"][0]["label"], "anonymous");
    assert!(stderr(&output).contains("bad.txt: invalid UTF-8 at byte 0"));
}

#[test]
fn a_missing_or_unreadable_file_among_several_is_an_error_record_in_place() {
    let scratch = Scratch::new("unreadable");
    let good = scratch.file("good.txt", b"The port reopened, officials said.");
    let missing = scratch.0.join("missing.txt");
    // A directory opens but cannot be read.
    let files = [path_arg(&good), path_arg(&missing), path_arg(&scratch.0)];
    let output = run(&["--format", "ndjson", files[0], files[1], files[2]]);
    no_panic(&output);
    assert_eq!(code(&output), 2);
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 3, "one line per file");
    assert_eq!(lines[0]["file"], files[0]);
    assert!(lines[0]["sentences"].is_array());
    let err = stderr(&output);
    for (line, file) in lines[1..].iter().zip(&files[1..]) {
        let record = line.as_object().expect("an error record");
        let keys: Vec<&String> = record.keys().collect();
        assert_eq!(keys, ["error", "file"], "{record:?}");
        assert_eq!(record["file"], *file);
        let error = record["error"].as_str().expect("error text");
        assert!(err.contains(&format!("audit: {file}: {error}\n")), "{err}");
    }
    // NDJSON input: a file that cannot be opened too.
    let records = scratch.file("good.ndjson", b"{\"id\": 1, \"text\": \"Ships wait.\"}\n");
    let files = [path_arg(&missing), path_arg(&records)];
    let output = run(&["--input", "ndjson", files[0], files[1]]);
    assert_eq!(code(&output), 2);
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], files[0]);
    assert!(lines[0]["error"].is_string() && lines[0].get("line").is_none());
    assert_eq!(lines[1]["id"], 1);
    // One file alone: stderr only, as before.
    let output = run(&["--format", "ndjson", files[0]]);
    assert_eq!(code(&output), 2);
    assert!(output.stdout.is_empty());
}

#[test]
fn empty_and_blank_inputs_are_empty_reports() {
    let scratch = Scratch::new("empty");
    for (name, bytes) in [
        ("blank.txt", &b"  \n\n\t \r\n"[..]),
        ("bom.txt", "\u{feff}".as_bytes()),
        ("nbsp.txt", "\u{a0}\u{3000}\n".as_bytes()),
    ] {
        let path = scratch.file(name, bytes);
        let output = run(&[path_arg(&path)]);
        no_panic(&output);
        assert_eq!(code(&output), 0, "{name}: {}", stderr(&output));
        let report: Value = serde_json::from_slice(&output.stdout).expect("one JSON report");
        let n = report["sentences"].as_array().expect("sentences").len();
        let text = std::str::from_utf8(bytes).expect("UTF-8");
        if text.trim().is_empty() {
            assert_eq!(n, 0, "{name}");
            assert_eq!(report["summary"]["sentences"], 0);
        }
    }
    // Empty stdin, and an empty or blank NDJSON stream: no records, exit 0.
    let output = run_with(&[], b"");
    assert_eq!(code(&output), 0);
    let report: Value = serde_json::from_slice(&output.stdout).expect("one JSON report");
    assert_eq!(report["summary"]["sentences"], 0);
    for input in [&b""[..], b"\n\n\r\n  \n"] {
        let output = run_with(&["--input", "ndjson"], input);
        no_panic(&output);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn every_kind_of_broken_ndjson_record_is_an_error_record_in_place() {
    let mut input = Vec::new();
    let lines: Vec<&[u8]> = vec![
        br#"{"id": "a", "text": "The port reopened, officials said."}"#, // 1 ok
        br#"{"id": "b", "text": "unfinished"#,                           // 2 truncated
        b"",                                                             // 3 blank, skipped
        br#"[1, 2, 3]"#,                                                 // 4 not an object
        br#"{"id": "c"}"#,                                               // 5 missing text
        br#"{"id": "d", "text": null}"#,                                 // 6 null text
        br#"{"id": "e", "text": 42}"#,                                   // 7 number text
        br#"{"id": "f", "text": {"body": "x"}}"#,                        // 8 object text
        b"{\"id\": \"g\", \"text\": \"bad \xff byte\"}",                 // 9 invalid UTF-8
        b"\x00\x01\x02garbage\xfe",                                      // 10 binary
        br#"{"id": "h", "text": "Ships wait.\r"}"#,                      // 11 ok
        br#"{"id": "i", "text": "Fares rose, according to the Coastal Ledger."} trailing"#, // 12
        br#""just a string""#,                                           // 13 not an object
        br#"{"id": "j", "text": "\ud800 lone surrogate."}"#,             // 14
        br#"{"id": "k", "text": "Last one, said Ana Lima."}"#,           // 15 ok, no final newline
    ];
    for (i, line) in lines.iter().enumerate() {
        input.extend_from_slice(line);
        if i + 1 < lines.len() {
            input.extend_from_slice(if i % 2 == 0 { b"\n" } else { b"\r\n" });
        }
    }
    for jobs in ["1", "3"] {
        let output = run_with(&["--input", "ndjson", "--jobs", jobs], &input);
        no_panic(&output);
        assert_eq!(code(&output), 2, "jobs {jobs}");
        let out = json_lines(&output);
        let ok_lines = [1, 11, 15];
        let by_line: Vec<(Option<u64>, bool)> = out
            .iter()
            .map(|r| (r["line"].as_u64(), r.get("error").is_some()))
            .collect();
        assert_eq!(
            out.len(),
            lines.len() - 1,
            "one output per non-blank line: {by_line:?}"
        );
        let mut errors = Vec::new();
        for record in &out {
            if let Some(error) = record.get("error") {
                assert!(!error.as_str().expect("error text").is_empty());
                assert!(record.get("sentences").is_none());
                errors.push(record["line"].as_u64().expect("line number"));
            } else {
                assert!(record["sentences"].is_array());
            }
        }
        let expected_errors: Vec<u64> = (1..=15)
            .filter(|l| *l != 3 && !ok_lines.contains(l) && *l != 14)
            .collect();
        let errors_without_14: Vec<u64> = errors.iter().copied().filter(|l| *l != 14).collect();
        assert_eq!(errors_without_14, expected_errors, "jobs {jobs}");
        let ids: Vec<&str> = out
            .iter()
            .filter(|r| r.get("error").is_none())
            .map(|r| r["id"].as_str().expect("id"))
            .collect();
        assert!(
            ids.starts_with(&["a", "h"]) && ids.ends_with(&["k"]),
            "{ids:?}"
        );
        let find = |line: u64| {
            out.iter()
                .find(|r| r["line"] == line)
                .unwrap_or_else(|| panic!("no record for line {line}"))
        };
        assert!(find(2)["error"].as_str().unwrap().contains("JSON"));
        assert!(find(4)["error"].as_str().unwrap().contains("object"));
        assert_eq!(find(5)["id"], "c");
        assert!(find(5)["error"].as_str().unwrap().contains("missing field"));
        for line in [6, 7, 8] {
            assert!(find(line)["error"]
                .as_str()
                .unwrap()
                .contains("not a string"));
        }
        assert!(find(9)["error"].as_str().unwrap().contains("JSON"));
        let err = stderr(&output);
        assert!(err.contains("records could not be audited"), "{err}");
    }
}

#[test]
fn binary_garbage_is_refused_without_a_panic() {
    let scratch = Scratch::new("garbage");
    for seed in 1..=4u64 {
        let bytes = garbage(64 * 1024, seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let path = scratch.file(&format!("garbage{seed}.bin"), &bytes);
        let output = run(&[path_arg(&path)]);
        no_panic(&output);
        assert_eq!(code(&output), 2);
        assert!(stderr(&output).contains("invalid UTF-8 at byte"));
        let output = run(&["--input", "ndjson", path_arg(&path)]);
        no_panic(&output);
        assert_eq!(code(&output), 2);
        for record in json_lines(&output) {
            assert!(record.get("error").is_some(), "garbage audited: {record}");
        }
    }
    // Valid UTF-8 that is still garbage (controls, NULs, private use) is
    // audited: it is text.
    let controls: String = (0u32..0x3000)
        .filter_map(char::from_u32)
        .filter(|c| !c.is_alphanumeric())
        .collect();
    let path = scratch.file("controls.txt", controls.as_bytes());
    let output = run(&[path_arg(&path)]);
    no_panic(&output);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let report: Value = serde_json::from_slice(&output.stdout).expect("a report");
    assert!(report["sentences"].is_array());
}

#[test]
fn a_twenty_megabyte_article_is_reported() {
    let scratch = Scratch::new("large");
    let paragraph = "The bridge will close in May, officials said. \"We will reopen next \
spring,\" said Ana Lima, the harbour master. Fares rose, according to the Coastal Ledger. \
It opened in 1931.\n\n";
    let text = paragraph.repeat((20 << 20) / paragraph.len() + 1);
    assert!(text.len() >= 20 << 20);
    let path = scratch.file("large.txt", text.as_bytes());
    let output = run(&["--format", "ndjson", path_arg(&path)]);
    no_panic(&output);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        output.stdout.iter().filter(|b| **b == b'\n').count(),
        1,
        "one report"
    );
    let report: Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    let repeats = text.len() / paragraph.len();
    let sentences = report["sentences"].as_array().expect("sentences");
    assert_eq!(sentences.len(), repeats * 4);
    assert_eq!(report["summary"]["sentences"], repeats * 4);
    let last = sentences.last().expect("a last sentence");
    assert_eq!(last["end"], text.trim_end().len());
}

#[test]
fn a_closed_pipe_on_large_records_ends_quietly_in_every_format() {
    let scratch = Scratch::new("pipe");
    // More than one batch (256 records) of 4 KB records.
    let body = "The ferry will stop running in May, officials said. \"Nobody told us,\" she said. "
        .repeat(50);
    let mut input = Vec::new();
    for i in 0..600 {
        let record = serde_json::json!({ "id": i, "text": body });
        input.extend_from_slice(record.to_string().as_bytes());
        input.push(b'\n');
    }
    let path = scratch.file("large.ndjson", &input);
    for format in ["ndjson", "json", "text", "html"] {
        let mut child = spawn(&["--input", "ndjson", "--format", format, path_arg(&path)]);
        drop(child.stdin.take());
        // Close the reading end before anything is read.
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("audit ends");
        no_panic(&output);
        assert_eq!(code(&output), 0, "{format}: {}", stderr(&output));
    }
    // And a large text article read from stdin, with the pipe closed.
    let mut child = spawn(&["--format", "text", "-"]);
    let mut stdin = child.stdin.take().expect("stdin");
    drop(child.stdout.take());
    let text = body.repeat(100);
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    let output = child.wait_with_output().expect("audit ends");
    writer.join().expect("stdin writer");
    no_panic(&output);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}
