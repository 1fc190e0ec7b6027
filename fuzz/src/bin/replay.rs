//! Runs a fuzz target's logic over files or directories of inputs, on
//! stable: `cargo run --bin replay -- audit corpus/audit artifacts/audit`.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((target, paths)) = args.split_first() else {
        eprintln!("usage: replay segment|segment_options|audit PATH...");
        return ExitCode::from(2);
    };
    let run: fn(&[u8]) = match target.as_str() {
        "segment" => attribution_audit_fuzz::check::segment_target,
        "segment_options" => attribution_audit_fuzz::check::segment_options_target,
        "audit" => attribution_audit_fuzz::check::audit_target,
        other => {
            eprintln!("replay: unknown target {other:?}");
            return ExitCode::from(2);
        }
    };
    let mut files = Vec::new();
    for p in paths {
        collect(Path::new(p), false, &mut files);
    }
    let mut gone = 0;
    for (f, listed) in &files {
        match std::fs::read(f) {
            Ok(data) => run(&data),
            // A running fuzzer deletes the inputs it replaces with shorter
            // ones: a file listed in a directory may be gone when read.
            Err(e) if *listed && e.kind() == std::io::ErrorKind::NotFound => gone += 1,
            Err(e) => {
                eprintln!("replay: {}: {e}", f.display());
                return ExitCode::from(2);
            }
        }
    }
    println!("replay: {} inputs passed", files.len() - gone);
    if gone > 0 {
        println!("replay: {gone} inputs gone before they were read");
    }
    ExitCode::SUCCESS
}

/// The files at `path` (itself, or those under it if it is a directory),
/// each with whether it was found in a directory listing.
fn collect(path: &Path, listed: bool, out: &mut Vec<(std::path::PathBuf, bool)>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            for p in paths {
                collect(&p, true, out);
            }
        }
        Err(_) => out.push((path.to_path_buf(), listed)),
    }
}
