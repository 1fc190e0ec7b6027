//! Scores the crate against gold files.
//!
//! ```text
//! cargo run --release --example eval -- segment FILE...
//! ```
//!
//! `cargo run --release --example eval -- FILE... [--errors]` scores claim
//! labels and source mentions (see `attribution.rs`); `segment` scores sentence gold files (JSON lines with `text` and
//! `sentences`); see `segment.rs`.

mod attribution;
mod segment;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    const USAGE: &str = "usage: eval segment FILE... | eval FILE... [--errors] (attribution gold)";
    match args.first().map(String::as_str) {
        Some("-h" | "--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("segment") if args.len() > 1 => segment::main(&args[1..]),
        Some(path) if path != "segment" && !path.starts_with("--") => attribution::main(&args),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
