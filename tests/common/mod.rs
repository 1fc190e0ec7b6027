//! Running the `audit` example binary from integration tests, shared by
//! `cli.rs`, `cli_bad_input.rs` and `html_browser.rs`.

#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;

/// The example binary, built once for the whole test run.
pub fn binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let status = Command::new(env!("CARGO"))
            .args(["build", "--example", "audit", "--quiet"])
            .current_dir(manifest)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the audit example failed");
        let target = match std::env::var_os("CARGO_TARGET_DIR") {
            Some(dir) => manifest.join(dir),
            None => manifest.join("target"),
        };
        let name = format!("audit{}", std::env::consts::EXE_SUFFIX);
        let path = target.join("debug").join("examples").join(name);
        assert!(path.is_file(), "no binary at {}", path.display());
        path
    })
}

/// Starts the binary with `args`, all three streams piped; colour decided by
/// the (absent) terminal alone, no backtraces.
pub fn spawn(args: &[&str]) -> Child {
    Command::new(binary())
        .args(args)
        .env_remove("NO_COLOR")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("audit starts")
}

/// Runs the binary with `args`, feeding `stdin`.
pub fn run_with(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The binary may stop reading early (a bad option): that is fine.
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("audit runs");
    writer.join().expect("stdin writer");
    output
}

/// Runs the binary with `args` and empty input.
pub fn run(args: &[&str]) -> Output {
    run_with(args, b"")
}

/// The exit code (a signal is a test failure).
pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exit code, not a signal")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

/// Standard output as JSON lines, one value a line.
pub fn json_lines(output: &Output) -> Vec<Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

/// A path as a command-line argument.
pub fn path_arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}
