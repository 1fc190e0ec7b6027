//! Command-line options, parsed by hand.

pub const USAGE: &str = "\
usage: audit [OPTIONS] [FILE...]

Audits how news articles source their claims. FILE '-' or no FILE reads stdin.
A leading UTF-8 byte-order mark is skipped: report offsets are byte offsets
into the text after it.

Options:
  --input text|ndjson           input: whole text files (default) or one JSON
                                object per line
  --text-field NAME             NDJSON field holding the text (default: text)
  --id-field NAME               NDJSON field copied to the output as \"id\"
                                (default: id)
  --format json|ndjson|text|html
                                output (default: json for text input, ndjson
                                for NDJSON input); several text files as json
                                are one array
  --jobs N                      worker threads for NDJSON input (default: 1)
  --max-anonymous-share X       fail (exit 1) when a report's anonymous share
                                exceeds X (0 to 1)
  --max-unattributed-share X    fail (exit 1) when a report's unattributed
                                share exceeds X (0 to 1)
  -h, --help                    print this help

Exit status: 0 all good, 1 a share check failed, 2 an input could not be read
or audited, or the options are wrong.
";

/// How the inputs are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// Each file is one article.
    Text,
    /// Each line of each file is one JSON record.
    Ndjson,
}

/// How the reports are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Ndjson,
    Text,
    Html,
}

/// Everything the command line says.
#[derive(Clone, Debug)]
pub struct Options {
    pub input: InputKind,
    pub format: Format,
    pub text_field: String,
    pub id_field: String,
    pub jobs: usize,
    pub max_anonymous_share: Option<f64>,
    pub max_unattributed_share: Option<f64>,
    pub files: Vec<String>,
}

/// What parsing asks the program to do.
#[derive(Debug)]
pub enum Command {
    Run(Options),
    Help,
}

/// Parses the arguments after the program name. The error is a one-line
/// description of what is wrong.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut input = InputKind::Text;
    let mut format = None;
    let mut text_field = "text".to_owned();
    let mut id_field = "id".to_owned();
    let mut jobs = 1;
    let mut max_anonymous_share = None;
    let mut max_unattributed_share = None;
    let mut files = Vec::new();

    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            files.push(arg);
            continue;
        }
        if arg == "--" {
            only_files = true;
            continue;
        }
        if arg == "-h" || arg == "--help" {
            return Ok(Command::Help);
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let takes_value = matches!(
            flag.as_str(),
            "--input"
                | "--format"
                | "--text-field"
                | "--id-field"
                | "--jobs"
                | "--max-anonymous-share"
                | "--max-unattributed-share"
        );
        if !takes_value {
            return Err(format!("unknown option '{arg}'"));
        }
        let value = match inline.or_else(|| args.next()) {
            Some(v) => v,
            None => return Err(format!("option '{flag}' needs a value")),
        };
        match flag.as_str() {
            "--input" => {
                input = match value.as_str() {
                    "text" => InputKind::Text,
                    "ndjson" => InputKind::Ndjson,
                    _ => return Err(format!("--input must be text or ndjson, not '{value}'")),
                }
            }
            "--format" => {
                format = Some(match value.as_str() {
                    "json" => Format::Json,
                    "ndjson" => Format::Ndjson,
                    "text" => Format::Text,
                    "html" => Format::Html,
                    _ => {
                        return Err(format!(
                            "--format must be json, ndjson, text or html, not '{value}'"
                        ))
                    }
                })
            }
            "--text-field" | "--id-field" => {
                if value.is_empty() {
                    return Err(format!("{flag} needs a field name"));
                }
                if flag == "--text-field" {
                    text_field = value;
                } else {
                    id_field = value;
                }
            }
            "--jobs" => {
                jobs = match value.parse::<usize>() {
                    Ok(n) if n >= 1 => n,
                    _ => {
                        return Err(format!(
                            "--jobs must be a whole number from 1, not '{value}'"
                        ))
                    }
                }
            }
            _ => {
                let share = match value.parse::<f64>() {
                    Ok(x) if (0.0..=1.0).contains(&x) => x,
                    _ => {
                        return Err(format!(
                            "{flag} must be a number from 0 to 1, not '{value}'"
                        ))
                    }
                };
                if flag == "--max-anonymous-share" {
                    max_anonymous_share = Some(share);
                } else {
                    max_unattributed_share = Some(share);
                }
            }
        }
    }
    if files.is_empty() {
        files.push("-".to_owned());
    }
    let format = format.unwrap_or(match input {
        InputKind::Text => Format::Json,
        InputKind::Ndjson => Format::Ndjson,
    });
    Ok(Command::Run(Options {
        input,
        format,
        text_field,
        id_field,
        jobs,
        max_anonymous_share,
        max_unattributed_share,
        files,
    }))
}
