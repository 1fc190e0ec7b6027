//! Runs a fuzz target's logic over files or directories of inputs, on
//! stable: `cargo run --bin replay -- audit corpus/audit artifacts/audit`.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((target, paths)) = args.split_first() else {
        eprintln!("usage: replay segment|audit PATH...");
        return ExitCode::from(2);
    };
    let run: fn(&[u8]) = match target.as_str() {
        "segment" => attribution_audit_fuzz::check::segment_target,
        "audit" => attribution_audit_fuzz::check::audit_target,
        other => {
            eprintln!("replay: unknown target {other:?}");
            return ExitCode::from(2);
        }
    };
    let mut files = Vec::new();
    for p in paths {
        collect(Path::new(p), &mut files);
    }
    let mut gone = 0;
    for f in &files {
        match std::fs::read(f) {
            Ok(data) => run(&data),
            // A running fuzzer deletes the inputs it replaces with shorter ones.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => gone += 1,
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

fn collect(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            for p in paths {
                collect(&p, out);
            }
        }
        Err(_) => out.push(path.to_path_buf()),
    }
}
