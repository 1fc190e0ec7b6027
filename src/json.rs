//! The report as compact JSON, written straight into a byte buffer: the same
//! bytes as `serde_json::to_vec(&report)`, several times faster, because
//! field names are written as constants and strings are escaped a run at a
//! time. Every struct is taken apart field by field, so a field added to the
//! report and forgotten here does not compile.

use crate::model::{Identity, Label, Mode, Role, Span};
use crate::report::{
    Attribution, LabelCounts, LabelShares, QuoteReport, Report, SentenceReport, SourceMention,
    SourceRow, Summary, Warning, WarningKind, Words,
};

/// Writes `report` as compact JSON at the end of `out`.
pub(crate) fn report(out: &mut Vec<u8>, report: &Report) {
    let Report {
        schema_version,
        sentences,
        sources,
        quotes,
        summary,
        warnings,
    } = report;
    // About 250 bytes of JSON per sentence on news copy.
    out.reserve(256 + 256 * sentences.len());
    out.extend_from_slice(b"{\"schema_version\":");
    uint(out, u64::from(*schema_version));
    out.extend_from_slice(b",\"sentences\":");
    list(out, sentences, sentence);
    out.extend_from_slice(b",\"sources\":");
    list(out, sources, source_row);
    out.extend_from_slice(b",\"quotes\":");
    list(out, quotes, quote);
    out.extend_from_slice(b",\"summary\":");
    self::summary(out, summary);
    out.extend_from_slice(b",\"warnings\":");
    list(out, warnings, warning);
    out.push(b'}');
}

fn list<T>(out: &mut Vec<u8>, items: &[T], write: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
    out.push(b']');
}

fn sentence(out: &mut Vec<u8>, s: &SentenceReport) {
    let SentenceReport {
        start,
        end,
        paragraph,
        label,
        attributions,
        hedges,
    } = s;
    out.extend_from_slice(b"{\"start\":");
    usize(out, *start);
    out.extend_from_slice(b",\"end\":");
    usize(out, *end);
    out.extend_from_slice(b",\"paragraph\":");
    usize(out, *paragraph);
    out.extend_from_slice(b",\"label\":");
    name(out, Label::as_str(*label));
    out.extend_from_slice(b",\"attributions\":");
    list(out, attributions, attribution);
    out.extend_from_slice(b",\"hedges\":");
    list(out, hedges, words);
    out.push(b'}');
}

fn attribution(out: &mut Vec<u8>, a: &Attribution) {
    let Attribution {
        source,
        cue,
        mode,
        quote,
    } = a;
    out.extend_from_slice(b"{\"source\":");
    mention(out, source);
    out.extend_from_slice(b",\"cue\":");
    words(out, cue);
    out.extend_from_slice(b",\"mode\":");
    name(out, Mode::as_str(*mode));
    out.extend_from_slice(b",\"quote\":");
    match quote {
        Some(span) => self::span(out, span),
        None => out.extend_from_slice(b"null"),
    }
    out.push(b'}');
}

fn mention(out: &mut Vec<u8>, m: &SourceMention) {
    let SourceMention {
        text,
        start,
        end,
        resolved,
        identity,
        role,
    } = m;
    out.extend_from_slice(b"{\"text\":");
    string(out, text);
    out.extend_from_slice(b",\"start\":");
    usize(out, *start);
    out.extend_from_slice(b",\"end\":");
    usize(out, *end);
    out.extend_from_slice(b",\"resolved\":");
    match resolved {
        Some(r) => string(out, r),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"identity\":");
    name(out, Identity::as_str(*identity));
    out.extend_from_slice(b",\"role\":");
    name(out, Role::as_str(*role));
    out.push(b'}');
}

fn words(out: &mut Vec<u8>, w: &Words) {
    let Words { text, start, end } = w;
    out.extend_from_slice(b"{\"text\":");
    string(out, text);
    out.extend_from_slice(b",\"start\":");
    usize(out, *start);
    out.extend_from_slice(b",\"end\":");
    usize(out, *end);
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: &Span) {
    let Span { start, end } = s;
    out.extend_from_slice(b"{\"start\":");
    usize(out, *start);
    out.extend_from_slice(b",\"end\":");
    usize(out, *end);
    out.push(b'}');
}

fn source_row(out: &mut Vec<u8>, r: &SourceRow) {
    let SourceRow {
        name: row_name,
        identity,
        role,
        mentions,
        claims,
    } = r;
    out.extend_from_slice(b"{\"name\":");
    string(out, row_name);
    out.extend_from_slice(b",\"identity\":");
    name(out, Identity::as_str(*identity));
    out.extend_from_slice(b",\"role\":");
    name(out, Role::as_str(*role));
    out.extend_from_slice(b",\"mentions\":");
    usize(out, *mentions);
    out.extend_from_slice(b",\"claims\":");
    usize(out, *claims);
    out.push(b'}');
}

fn quote(out: &mut Vec<u8>, q: &QuoteReport) {
    let QuoteReport {
        start,
        end,
        speaker,
        mode,
        closed,
    } = q;
    out.extend_from_slice(b"{\"start\":");
    usize(out, *start);
    out.extend_from_slice(b",\"end\":");
    usize(out, *end);
    out.extend_from_slice(b",\"speaker\":");
    match speaker {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"mode\":");
    match mode {
        Some(m) => name(out, Mode::as_str(*m)),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"closed\":");
    out.extend_from_slice(if *closed { b"true" } else { b"false" });
    out.push(b'}');
}

fn summary(out: &mut Vec<u8>, s: &Summary) {
    let Summary {
        sentences,
        counts,
        shares,
        anonymous_share,
        unattributed_share,
        attributed_quotes,
    } = s;
    let LabelCounts {
        anonymous,
        quoted,
        official,
        named,
        unattributed,
    } = counts;
    out.extend_from_slice(b"{\"sentences\":");
    usize(out, *sentences);
    out.extend_from_slice(b",\"counts\":{\"anonymous\":");
    usize(out, *anonymous);
    out.extend_from_slice(b",\"quoted\":");
    usize(out, *quoted);
    out.extend_from_slice(b",\"official\":");
    usize(out, *official);
    out.extend_from_slice(b",\"named\":");
    usize(out, *named);
    out.extend_from_slice(b",\"unattributed\":");
    usize(out, *unattributed);
    let LabelShares {
        anonymous,
        quoted,
        official,
        named,
        unattributed,
    } = shares;
    out.extend_from_slice(b"},\"shares\":{\"anonymous\":");
    float(out, *anonymous);
    out.extend_from_slice(b",\"quoted\":");
    float(out, *quoted);
    out.extend_from_slice(b",\"official\":");
    float(out, *official);
    out.extend_from_slice(b",\"named\":");
    float(out, *named);
    out.extend_from_slice(b",\"unattributed\":");
    float(out, *unattributed);
    out.extend_from_slice(b"},\"anonymous_share\":");
    float(out, *anonymous_share);
    out.extend_from_slice(b",\"unattributed_share\":");
    float(out, *unattributed_share);
    out.extend_from_slice(b",\"attributed_quotes\":");
    usize(out, *attributed_quotes);
    out.push(b'}');
}

fn warning(out: &mut Vec<u8>, w: &Warning) {
    let Warning { kind, start, end } = w;
    out.extend_from_slice(b"{\"kind\":");
    name(
        out,
        match kind {
            WarningKind::UnclosedQuotation => "unclosed_quotation",
        },
    );
    out.extend_from_slice(b",\"start\":");
    usize(out, *start);
    out.extend_from_slice(b",\"end\":");
    usize(out, *end);
    out.push(b'}');
}

/// A name that needs no escaping, in quotation marks.
fn name(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

fn usize(out: &mut Vec<u8>, n: usize) {
    uint(out, n as u64);
}

/// The decimal digits of 0 to 99, two bytes each.
static DIGIT_PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut n = 0;
    while n < 100 {
        t[2 * n] = b'0' + (n / 10) as u8;
        t[2 * n + 1] = b'0' + (n % 10) as u8;
        n += 1;
    }
    t
};

/// Decimal digits, as serde_json writes integers. The numbers of a report,
/// offsets into an article, mostly have five digits or fewer: written from
/// the table by copies of fixed length, without a loop or a copy of
/// variable length (a call to `memcpy`).
fn uint(out: &mut Vec<u8>, n: u64) {
    let pair = |p: u64| {
        let i = p as usize * 2;
        [DIGIT_PAIRS[i], DIGIT_PAIRS[i + 1]]
    };
    match n {
        0..=9 => out.push(b'0' + n as u8),
        10..=99 => out.extend_from_slice(&pair(n)),
        100..=999 => {
            let [a, b] = pair(n % 100);
            out.extend_from_slice(&[b'0' + (n / 100) as u8, a, b]);
        }
        1000..=9999 => {
            let ([a, b], [c, d]) = (pair(n / 100), pair(n % 100));
            out.extend_from_slice(&[a, b, c, d]);
        }
        10_000..=99_999 => {
            let ([a, b], [c, d]) = (pair(n / 100 % 100), pair(n % 100));
            out.extend_from_slice(&[b'0' + (n / 10_000) as u8, a, b, c, d]);
        }
        _ => long_uint(out, n),
    }
}

/// [`uint`] for any number: two digits at a time from the table. Out of
/// line, so that the common case saves no registers for it.
#[cold]
#[inline(never)]
fn long_uint(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    while n >= 100 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = n as usize * 2;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    out.extend_from_slice(&buf[at..]);
}

/// Floats go through serde_json itself, so that they are written exactly
/// as it writes them (`0.0`, `0.25`, `1.2e-5`, `null` for what is not finite).
fn float(out: &mut Vec<u8>, x: f64) {
    // Writing a float into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, &x);
}

/// What serde_json writes for each byte of a string: 0 for the byte itself,
/// else the letter of its short escape, or `u` for `\u00XX`.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// A string in quotation marks, escaped as serde_json escapes it.
fn string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time past those that need no escape, the bulk
        // of every string.
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            let plain = plain_run(u64::from_le_bytes(*chunk));
            i += plain;
            if plain == 8 {
                continue;
            }
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let escape = ESCAPE[usize::from(b)];
        if escape != 0 {
            out.extend_from_slice(&bytes[start..i]);
            if escape == b'u' {
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            } else {
                out.push(b'\\');
                out.push(escape);
            }
            start = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// How many of the eight bytes of `v` (the first in its low bits) need no
/// escape before any that does: a control byte, `"` or `\`. Byte-wise
/// tests in one integer, as the tokenizer's.
#[inline(always)]
const fn plain_run(v: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, the high bit says "zero": exact, with no false positive
    // (the classic test with the borrow masked out).
    const fn zero(x: u64) -> u64 {
        !(((x & !HIGH).wrapping_add(!HIGH)) | x | !HIGH)
    }
    // A byte is below 0x20 when its top three bits are clear.
    let control = zero(v & (0xE0 * ONES));
    let quote = zero(v ^ (b'"' as u64 * ONES));
    let backslash = zero(v ^ (b'\\' as u64 * ONES));
    let hit = (control | quote | backslash) & HIGH;
    (hit.trailing_zeros() / 8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        string(&mut out, s);
        out
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all: String = (0u8..0x80).map(char::from).collect();
        for s in [
            all.as_str(),
            "",
            "plain",
            "“curly” — ü \u{7f} \u{2028} 😀",
            "a\"b\\c\nd",
        ] {
            assert_eq!(json(s), serde_json::to_vec(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn integers_and_floats_are_written_as_serde_json_writes_them() {
        for n in [
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            999,
            1000,
            12345,
            123_456,
            u64::from(u32::MAX),
            u64::MAX - 1,
            u64::MAX,
        ] {
            let mut out = Vec::new();
            uint(&mut out, n);
            assert_eq!(out, serde_json::to_vec(&n).unwrap());
        }
        for x in [0.0, 1.0, 0.5, 1.0 / 3.0, 1.0 / 77_292.0, 1e-300, f64::NAN] {
            let mut out = Vec::new();
            float(&mut out, x);
            assert_eq!(out, serde_json::to_vec(&x).unwrap());
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_json_escapes_it(
            s in "(?s)[ -~\\x00-\\x1f\\u{7f}-\\u{ff}\\u{2028}“”😀]{0,40}",
        ) {
            proptest::prop_assert_eq!(json(&s), serde_json::to_vec(&s).unwrap());
        }

        #[test]
        fn any_integer_is_written_as_serde_json_writes_it(
            n in proptest::prop_oneof![0u64..200_000, proptest::prelude::any::<u64>()],
        ) {
            let mut out = Vec::new();
            uint(&mut out, n);
            proptest::prop_assert_eq!(out, serde_json::to_vec(&n).unwrap());
        }
    }

    #[test]
    fn enum_names_are_serde_names() {
        for label in Label::ALL {
            assert_eq!(
                serde_json::to_string(&label).unwrap(),
                format!("\"{}\"", Label::as_str(label))
            );
        }
        for mode in [Mode::Direct, Mode::Partial, Mode::Indirect] {
            assert_eq!(
                serde_json::to_string(&mode).unwrap(),
                format!("\"{}\"", Mode::as_str(mode))
            );
        }
        for identity in [Identity::Named, Identity::Anonymous] {
            assert_eq!(
                serde_json::to_string(&identity).unwrap(),
                format!("\"{}\"", Identity::as_str(identity))
            );
        }
        for role in [Role::Official, Role::Media, Role::Person, Role::Document] {
            assert_eq!(
                serde_json::to_string(&role).unwrap(),
                format!("\"{}\"", Role::as_str(role))
            );
        }
        assert_eq!(
            serde_json::to_string(&WarningKind::UnclosedQuotation).unwrap(),
            "\"unclosed_quotation\""
        );
    }
}
