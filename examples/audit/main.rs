//! Audits news articles from the command line: labels every sentence and
//! writes the reports as JSON, NDJSON, terminal text or one HTML page.
//!
//! ```text
//! cargo run --release --example audit -- tests/fixtures/sample_article.txt
//! cargo run --release --example audit -- --format text tests/fixtures/sample_article.txt
//! cargo run --release --example audit -- --input ndjson --jobs 4 records.ndjson
//! ```
//!
//! Run with `--help` for every option. Exit status: 0 all good, 1 a
//! `--max-*-share` check failed, 2 an input could not be read or audited, or
//! the options are wrong.

mod args;
mod find;
mod html;
mod record;
mod text;
mod workers;

use args::{Command, Format, InputKind, Options};
use attribution_audit::{Auditor, Label, Report};
use serde::Serialize;
use serde_json::Value;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Cursor, IsTerminal, Read, Write};
use std::ops::Range;
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

/// NDJSON lines read, audited and written at a time.
const BATCH: usize = 256;

/// Bytes of input a batch may hold before it is audited and written, so that
/// memory stays flat also when records are long (a batch holds its lines and
/// their reports, about three times the input).
const BATCH_BYTES: usize = 8 << 20;

/// The JSON `null` of records without an id.
static NULL: Value = Value::Null;

/// The UTF-8 byte-order mark some editors put before a file's text.
const BOM: &str = "\u{feff}";

fn main() -> ExitCode {
    let mut args = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.into_string() {
            Ok(a) => args.push(a),
            Err(a) => return usage_error(&format!("argument is not UTF-8: {a:?}")),
        }
    }
    let opts = match args::parse(args) {
        Ok(Command::Run(opts)) => opts,
        Ok(Command::Help) => {
            let mut out = io::stdout().lock();
            return match out
                .write_all(args::USAGE.as_bytes())
                .and_then(|()| out.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(_) => ExitCode::from(2),
            };
        }
        Err(problem) => return usage_error(&problem),
    };

    let mut status = Status::default();
    match run(&opts, &mut status) {
        Ok(()) => status.code(),
        // The reader went away (`| head`): nothing left to do.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            warn(&format!("audit: cannot write the output: {e}"));
            ExitCode::from(2)
        }
    }
}

fn usage_error(problem: &str) -> ExitCode {
    warn(&format!("audit: {problem}\n\n{}", args::USAGE.trim_end()));
    ExitCode::from(2)
}

/// A line on stderr; a closed stderr is not worth a panic.
fn warn(message: &str) {
    let _ = writeln!(io::stderr().lock(), "{message}");
}

/// What went wrong over the whole run.
#[derive(Default)]
struct Status {
    /// An input could not be read or audited: exit 2.
    error: bool,
    /// A share check failed: exit 1.
    failed: bool,
}

impl Status {
    fn code(&self) -> ExitCode {
        if self.error {
            ExitCode::from(2)
        } else if self.failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// What every input needs: the options and the one auditor.
struct Ctx<'a> {
    opts: &'a Options,
    auditor: &'a Auditor,
    /// Several files: reports say which file they come from.
    several: bool,
    /// ANSI colour in `--format text`.
    color: bool,
}

/// Where one report comes from.
pub struct Origin<'a> {
    /// The file as given (`-` is stdin).
    pub file: &'a str,
    /// The NDJSON line, from 1.
    pub line: Option<usize>,
    /// The NDJSON record's id.
    pub id: Option<&'a Value>,
}

impl Origin<'_> {
    /// The file for people: `<stdin>` for `-`.
    fn file_name(&self) -> &str {
        display_name(self.file)
    }

    /// A heading for people: the file, and for records the line and id.
    pub fn heading(&self) -> String {
        let mut h = self.file_name().to_owned();
        if let Some(line) = self.line {
            h.push_str(&format!(" line {line}"));
        }
        match self.id {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => h.push_str(&format!(" (id {s})")),
            Some(other) => h.push_str(&format!(" (id {other})")),
        }
        h
    }
}

fn display_name(file: &str) -> &str {
    if file == "-" {
        "<stdin>"
    } else {
        file
    }
}

/// A report as JSON: the serialized [`Report`] plus where it comes from.
#[derive(Serialize)]
struct JsonReport<'a, 't> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(flatten)]
    report: &'a Report<'t>,
}

/// An NDJSON record, or among several a whole file, that could not be
/// audited.
#[derive(Serialize)]
struct JsonError<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    error: &'a str,
}

/// How one input went; its output is already in the caller's buffer.
struct Done {
    /// It could not be audited.
    error: bool,
    /// The share checks it failed, as one stderr line.
    failure: Option<String>,
}

fn run(opts: &Options, status: &mut Status) -> io::Result<()> {
    let auditor = Auditor::new();
    let ctx = Ctx {
        opts,
        auditor: &auditor,
        several: opts.files.len() > 1,
        color: opts.format == Format::Text
            && io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none(),
    };
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    // Several text files as JSON: one array of their documents, so that the
    // output stays one JSON document (one file keeps its bare document).
    let array = opts.input == InputKind::Text && opts.format == Format::Json && ctx.several;
    if opts.format == Format::Html {
        out.write_all(html::page_head().as_bytes())?;
    }
    if array {
        out.write_all(b"[")?;
    }
    let (mut document, mut elements) = (Vec::new(), 0);
    for file in &opts.files {
        match opts.input {
            InputKind::Text if array => {
                document.clear();
                text_file(&ctx, file, &mut document, status)?;
                if !document.is_empty() {
                    out.write_all(if elements == 0 { b"\n" } else { b",\n" })?;
                    write_element(&mut out, &document)?;
                    elements += 1;
                }
            }
            InputKind::Text => text_file(&ctx, file, &mut out, status)?,
            InputKind::Ndjson => ndjson_file(&ctx, file, &mut out, status)?,
        }
    }
    if array {
        out.write_all(if elements == 0 { b"]\n" } else { b"\n]\n" })?;
    }
    if opts.format == Format::Html {
        out.write_all(html::PAGE_FOOT.as_bytes())?;
    }
    let flushed = out.flush();
    // The process ends here: its memory goes back to the system at once,
    // which is cheaper than freeing the word lists' thousands of strings one
    // by one (about a millisecond).
    std::mem::forget(auditor);
    flushed
}

/// A pretty JSON document as an element of a pretty array, as serde_json
/// writes one: every line indented two more spaces (line breaks in pretty
/// JSON are only between tokens), the final line break left out.
fn write_element(out: &mut impl Write, document: &[u8]) -> io::Result<()> {
    let document = document.strip_suffix(b"\n").unwrap_or(document);
    for (i, line) in document.split(|&b| b == b'\n').enumerate() {
        out.write_all(if i == 0 { b"  " } else { b"\n  " })?;
        out.write_all(line)?;
    }
    Ok(())
}

/// An input file that could not be opened, read or decoded: said on stderr
/// and, among several files, an error record in its place in JSON and NDJSON
/// output, so that a reader of the output alone sees it too.
fn file_error(
    ctx: &Ctx,
    file: &str,
    error: &str,
    out: &mut impl Write,
    status: &mut Status,
) -> io::Result<()> {
    warn(&format!("audit: {}: {error}", display_name(file)));
    status.error = true;
    if !ctx.several {
        return Ok(());
    }
    let record = JsonError {
        file: Some(display_name(file)),
        line: None,
        id: None,
        error,
    };
    match ctx.opts.format {
        Format::Json => out.write_all(to_json(&record, true).as_bytes()),
        Format::Ndjson => out.write_all(to_json(&record, false).as_bytes()),
        Format::Text | Format::Html => Ok(()),
    }
}

/// Notes how one input went.
fn note(done: Done, status: &mut Status) {
    status.error |= done.error;
    if let Some(message) = done.failure {
        status.failed = true;
        warn(&message);
    }
}

fn read_all(file: &str) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if file == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        File::open(file)?.read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// One text file: one article.
fn text_file(ctx: &Ctx, file: &str, out: &mut impl Write, status: &mut Status) -> io::Result<()> {
    let bytes = match read_all(file) {
        Ok(bytes) => bytes,
        Err(e) => return file_error(ctx, file, &e.to_string(), out, status),
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(e) => {
            let error = format!("invalid UTF-8 at byte {}", e.valid_up_to());
            return file_error(ctx, file, &error, out, status);
        }
    };
    // A byte-order mark is no part of the article (it would join the first
    // sentence); report offsets count from after it.
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let origin = Origin {
        file,
        line: None,
        id: None,
    };
    let mut report = Vec::new();
    note(audit_one(ctx, &origin, text, &mut report), status);
    out.write_all(&report)
}

/// The NDJSON lines of a batch: read into one buffer kept from batch to
/// batch, so that a line costs no allocation of its own.
#[derive(Default)]
struct Batch {
    /// The lines as read, line breaks included.
    bytes: Vec<u8>,
    /// Each record's line number (from 1) and its bytes, line break and
    /// trailing `\r` left out; blank lines are not records.
    records: Vec<(usize, Range<usize>)>,
    /// The records' bytes.
    size: usize,
}

impl Batch {
    fn clear(&mut self) {
        self.bytes.clear();
        self.records.clear();
        self.size = 0;
    }

    /// Reads the next line; `Ok(false)` at the end of the input.
    fn read_line(&mut self, reader: &mut impl BufRead, line: usize) -> io::Result<bool> {
        let start = self.bytes.len();
        if let Err(e) = read_until_newline(reader, &mut self.bytes) {
            // What was read of the line is no record.
            self.bytes.truncate(start);
            return Err(e);
        }
        if self.bytes.len() == start {
            return Ok(false);
        }
        let mut end = self.bytes.len();
        while end > start && matches!(self.bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        if self.bytes[start..end].iter().all(u8::is_ascii_whitespace) {
            self.bytes.truncate(start);
        } else {
            self.size += end - start;
            self.records.push((line, start..end));
        }
        Ok(true)
    }

    fn is_full(&self) -> bool {
        self.records.len() == BATCH || self.size >= BATCH_BYTES
    }
}

/// `BufRead::read_until(b'\n')`, with the line break found by the `memchr`
/// crate's vector search, several times faster on long lines than the
/// standard library's word-wide one.
fn read_until_newline(reader: &mut impl BufRead, out: &mut Vec<u8>) -> io::Result<()> {
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(());
        }
        let (line, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        out.extend_from_slice(line);
        let n = line.len();
        reader.consume(n);
        if done {
            return Ok(());
        }
    }
}

/// One NDJSON file, streamed: in batches on one thread, or record by record
/// on `--jobs` workers ([`workers`]).
fn ndjson_file(ctx: &Ctx, file: &str, out: &mut impl Write, status: &mut Status) -> io::Result<()> {
    let name = display_name(file);
    let reader: Box<dyn BufRead> = if file == "-" {
        Box::new(io::stdin().lock())
    } else {
        match File::open(file) {
            Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
            Err(e) => return file_error(ctx, file, &e.to_string(), out, status),
        }
    };
    let mut reader = match skip_bom(reader) {
        Ok(reader) => reader,
        Err(e) => {
            read_error(file, 1, &e, status);
            return Ok(());
        }
    };
    let bad = if ctx.opts.jobs > 1 {
        workers::ndjson(ctx, file, &mut reader, out, status)?
    } else {
        ndjson_batches(ctx, file, &mut reader, out, status)?
    };
    if bad > 0 {
        let records = if bad == 1 { "record" } else { "records" };
        warn(&format!(
            "audit: {name}: {bad} {records} could not be audited"
        ));
    }
    Ok(())
}

/// `reader` after a byte-order mark at its start, which would make the
/// first record invalid JSON; bytes read that turn out to be no mark are put
/// back in front.
fn skip_bom(mut reader: Box<dyn BufRead>) -> io::Result<Box<dyn BufRead>> {
    let mut head = Vec::new();
    while let Some(&next) = BOM.as_bytes().get(head.len()) {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.first() != Some(&next) {
            break;
        }
        head.push(next);
        reader.consume(1);
    }
    Ok(if head.is_empty() || head == BOM.as_bytes() {
        reader
    } else {
        Box::new(Cursor::new(head).chain(reader))
    })
}

/// NDJSON on one thread, in batches: a batch's reports are written into one
/// buffer, kept from batch to batch, and written out at once. Returns the
/// number of records that could not be audited.
fn ndjson_batches(
    ctx: &Ctx,
    file: &str,
    reader: &mut impl BufRead,
    out: &mut impl Write,
    status: &mut Status,
) -> io::Result<usize> {
    let mut batch = Batch::default();
    let mut reports = Vec::new();
    let mut line = 0;
    let mut bad = 0;
    loop {
        let eof = match batch.read_line(reader, line + 1) {
            Ok(more) => !more,
            Err(e) => {
                read_error(file, line + 1, &e, status);
                true
            }
        };
        if !eof {
            line += 1;
        }
        if batch.is_full() || (eof && !batch.records.is_empty()) {
            for (line, r) in &batch.records {
                let done = audit_record(ctx, file, *line, &batch.bytes[r.clone()], &mut reports);
                bad += usize::from(done.error);
                note(done, status);
            }
            out.write_all(&reports)?;
            out.flush()?;
            reports.clear();
            batch.clear();
        }
        if eof {
            return Ok(bad);
        }
    }
}

/// A line of NDJSON input that could not be read: said, and the rest of the
/// file left.
fn read_error(file: &str, line: usize, e: &io::Error, status: &mut Status) {
    warn(&format!("audit: {}: line {line}: {e}", display_name(file)));
    status.error = true;
}

/// One NDJSON line: parse, pick the fields, audit; the output is appended
/// to `out`.
fn audit_record(ctx: &Ctx, file: &str, line: usize, bytes: &[u8], out: &mut Vec<u8>) -> Done {
    let field = &ctx.opts.text_field;
    let (text, id) = match record::parse(bytes, field, &ctx.opts.id_field) {
        Ok(record::Record::Object { text, id }) => (text, id),
        Ok(record::Record::NotObject) => {
            return error_record(ctx, file, line, &NULL, "not a JSON object", out);
        }
        Err(e) => {
            let message = e.to_string();
            let position = format!(" at line {} column {}", e.line(), e.column());
            let message = message.strip_suffix(&position).unwrap_or(&message);
            let message = format!("invalid JSON at column {}: {message}", e.column());
            return error_record(ctx, file, line, &NULL, &message, out);
        }
    };
    let id = id.as_ref().unwrap_or(&NULL);
    let text = match text {
        Some(Value::String(text)) => text,
        Some(_) => {
            let message = format!("field \"{field}\" is not a string");
            return error_record(ctx, file, line, id, &message, out);
        }
        None => {
            let message = format!("missing field \"{field}\"");
            return error_record(ctx, file, line, id, &message, out);
        }
    };
    let origin = Origin {
        file,
        line: Some(line),
        id: Some(id),
    };
    // One record the auditor cannot handle must not end a long run (the
    // panic message still reaches stderr); what it wrote is taken back.
    let mark = out.len();
    match panic::catch_unwind(AssertUnwindSafe(|| audit_one(ctx, &origin, &text, out))) {
        Ok(done) => done,
        Err(_) => {
            out.truncate(mark);
            let error = "the auditor failed on this record";
            error_record(ctx, file, line, id, error, out)
        }
    }
}

/// An error record in the output stream, appended to `out`.
fn error_record(
    ctx: &Ctx,
    file: &str,
    line: usize,
    id: &Value,
    error: &str,
    out: &mut Vec<u8>,
) -> Done {
    let origin = Origin {
        file,
        line: Some(line),
        id: Some(id),
    };
    let record = JsonError {
        file: ctx.several.then(|| display_name(file)),
        line: Some(line),
        id: Some(id),
        error,
    };
    let mut text = String::new();
    match ctx.opts.format {
        Format::Json => text.push_str(&to_json(&record, true)),
        Format::Ndjson => text.push_str(&to_json(&record, false)),
        Format::Text => text::error(&mut text, &origin.heading(), error, ctx.color),
        Format::Html => html::error(&mut text, &origin.heading(), error),
    }
    out.extend_from_slice(text.as_bytes());
    Done {
        error: true,
        failure: None,
    }
}

fn to_json(value: &impl Serialize, pretty: bool) -> String {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    // Reports and records are plain data with string keys: they always serialise.
    let mut json = json.unwrap_or_else(|e| format!("{{\"error\":\"cannot serialise: {e}\"}}"));
    json.push('\n');
    json
}

/// Audits one text and appends its rendered report to `out`.
fn audit_one(ctx: &Ctx, origin: &Origin, text: &str, out: &mut Vec<u8>) -> Done {
    let report = ctx.auditor.audit(text);
    let file = ctx.several.then(|| origin.file_name());
    match ctx.opts.format {
        Format::Json => {
            let json = JsonReport {
                file,
                id: origin.id,
                report: &report,
            };
            out.extend_from_slice(to_json(&json, true).as_bytes());
        }
        Format::Ndjson => ndjson_report(file, origin.id, &report, out),
        Format::Text => {
            let mut rendered = String::new();
            let heading = (ctx.several || origin.line.is_some()).then(|| origin.heading());
            text::report(&mut rendered, heading.as_deref(), text, &report, ctx.color);
            out.extend_from_slice(rendered.as_bytes());
        }
        Format::Html => {
            let mut rendered = String::new();
            html::article(&mut rendered, &origin.heading(), text, &report);
            out.extend_from_slice(rendered.as_bytes());
        }
    }
    Done {
        error: false,
        failure: check(ctx.opts, origin, &report),
    }
}

/// One line of NDJSON, appended to `out`: the bytes serde_json writes for a
/// [`JsonReport`], with the report written by `Report::write_json`, which is
/// several times faster than serde.
fn ndjson_report(file: Option<&str>, id: Option<&Value>, report: &Report, out: &mut Vec<u8>) {
    let start = out.len();
    // `{"file":…,"id":…`, then the report's own fields, whose opening brace
    // becomes the comma between the two. Strings and JSON values always
    // serialise into a Vec.
    if let Some(file) = file {
        out.extend_from_slice(b"{\"file\":");
        let _ = serde_json::to_writer(&mut *out, file);
    }
    if let Some(id) = id {
        out.extend_from_slice(if out.len() == start {
            b"{\"id\":"
        } else {
            b",\"id\":"
        });
        let _ = serde_json::to_writer(&mut *out, id);
    }
    let at = out.len();
    report.write_json(out);
    if at > start {
        out[at] = b',';
    }
    out.push(b'\n');
}

/// The `--max-*-share` checks: one line naming the input and what it failed.
fn check(opts: &Options, origin: &Origin, report: &Report) -> Option<String> {
    let s = &report.summary;
    let mut failed = Vec::new();
    if let Some(max) = opts.max_anonymous_share {
        if s.anonymous_share > max {
            failed.push(format!(
                "anonymous share {:.3} exceeds {max}",
                s.anonymous_share
            ));
        }
    }
    if let Some(max) = opts.max_unattributed_share {
        if s.unattributed_share > max {
            failed.push(format!(
                "unattributed share {:.3} exceeds {max}",
                s.unattributed_share
            ));
        }
    }
    (!failed.is_empty()).then(|| format!("audit: {}: {}", origin.heading(), failed.join("; ")))
}

/// The report name of a serialisable enum value (`named`, `official`, ...).
pub fn name_of(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::from("?"),
    }
}

/// A label's colours: ANSI foreground code and HTML background.
pub fn colours(label: Label) -> (&'static str, &'static str) {
    match label {
        Label::Anonymous => ("31", "#f6c2c2"),
        Label::Quoted => ("35", "#e2cdf4"),
        Label::Official => ("34", "#c4d9f5"),
        Label::Named => ("32", "#c6eac6"),
        Label::Unattributed => ("33", "#f4e4a1"),
        _ => ("0", "#dddddd"),
    }
}

/// What each label means, for legends.
pub fn meaning(label: Label) -> &'static str {
    match label {
        Label::Anonymous => "a source is not identified",
        Label::Quoted => "quotation from an identified source",
        Label::Official => "reported speech from an identified official source",
        Label::Named => "reported speech from another identified source",
        Label::Unattributed => "no source",
        _ => "",
    }
}

/// Whitespace runs as single spaces, for one-line display.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `0.25` as `25.0%`.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}
