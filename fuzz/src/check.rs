//! The invariants every segmentation and every report must hold, whatever
//! the input, and the fuzz targets' logic as plain functions.
//!
//! Shared by the fuzz targets (through this crate) and by the root crate's
//! tests (`#[path]`), so it depends only on `attribution_audit`, `serde_json`
//! and `std`.

#![allow(dead_code)]

use attribution_audit::report::{Report, Words};
use attribution_audit::{Auditor, AuditorBuilder, Identity, Label, List, Mode, Role, Sentence};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

/// The sentences cover `text`: in order, non-overlapping, non-empty, on char
/// boundaries, trimmed, only whitespace between and around them, paragraph
/// indices from zero and never going backwards.
pub fn check_sentences(text: &str, sentences: &[Sentence]) {
    let spans: Vec<(usize, usize, usize)> = sentences
        .iter()
        .map(|s| (s.span.start, s.span.end, s.paragraph))
        .collect();
    check_spans(text, &spans);
}

fn check_spans(text: &str, spans: &[(usize, usize, usize)]) {
    let mut last_end = 0;
    let mut last_paragraph = 0;
    for (n, &(start, end, paragraph)) in spans.iter().enumerate() {
        assert!(start < end, "sentence {n} is empty: {start}..{end}");
        assert!(end <= text.len(), "sentence {n} ends past the text: {end}");
        assert!(
            start >= last_end,
            "sentence {n} overlaps or is out of order"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "sentence {n} is not on char boundaries: {start}..{end}"
        );
        let body = &text[start..end];
        assert_eq!(body, body.trim(), "sentence {n} is not trimmed");
        let gap = &text[last_end..start];
        assert!(
            gap.trim().is_empty(),
            "text lost before sentence {n}: {gap:?}"
        );
        if n == 0 {
            assert_eq!(paragraph, 0, "the first sentence is not in paragraph 0");
        }
        assert!(
            paragraph >= last_paragraph,
            "paragraphs go backwards at sentence {n}"
        );
        last_paragraph = paragraph;
        last_end = end;
    }
    let tail = &text[last_end..];
    assert!(tail.trim().is_empty(), "text lost at the end: {tail:?}");
}

/// `start..end` is a slice of `text` on char boundaries.
fn check_range(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} is outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} is not on char boundaries"
    );
}

/// `words` is the slice of `text` its offsets say, and not empty.
fn check_words(text: &str, words: &Words, what: &str) {
    check_range(text, words.start, words.end, what);
    assert!(
        words.start < words.end,
        "{what} is empty at {}",
        words.start
    );
    assert_eq!(
        &text[words.start..words.end],
        words.text,
        "{what} text differs from its span"
    );
}

/// `s` is borrowed from `text` itself (a sub-slice of it).
fn check_borrowed(text: &str, s: &str, what: &str) {
    let base = text.as_ptr() as usize;
    let at = s.as_ptr() as usize;
    assert!(
        s.is_empty() || (at >= base && at + s.len() <= base + text.len()),
        "{what} {s:?} is not a slice of the text"
    );
}

/// The index of the sentence lying wholly around `start..end`, if any.
fn sentence_around(report: &Report, start: usize, end: usize) -> Option<usize> {
    let i = report.sentences.partition_point(|s| s.end <= start);
    report
        .sentences
        .get(i)
        .filter(|s| s.start <= start && end <= s.end)
        .map(|_| i)
}

/// The label the annotation guide's precedence gives these attributions.
pub fn expected_label(attributions: impl IntoIterator<Item = (Identity, Role, Mode)>) -> Label {
    let all: Vec<(Identity, Role, Mode)> = attributions.into_iter().collect();
    if all.iter().any(|a| a.0 == Identity::Anonymous) {
        Label::Anonymous
    } else if all
        .iter()
        .any(|a| matches!(a.2, Mode::Direct | Mode::Partial))
    {
        Label::Quoted
    } else if all
        .iter()
        .any(|a| matches!(a.1, Role::Official | Role::Document))
    {
        Label::Official
    } else if !all.is_empty() {
        Label::Named
    } else {
        Label::Unattributed
    }
}

/// Every invariant of a report on `text`.
pub fn check_report(text: &str, report: &Report) {
    assert_eq!(
        report.schema_version,
        attribution_audit::report::SCHEMA_VERSION
    );
    let spans: Vec<(usize, usize, usize)> = report
        .sentences
        .iter()
        .map(|s| (s.start, s.end, s.paragraph))
        .collect();
    check_spans(text, &spans);

    let mut labels = [0usize; 5];
    for (n, s) in report.sentences.iter().enumerate() {
        for (k, a) in s.attributions.iter().enumerate() {
            let what = format!("sentence {n} attribution {k}");
            let src = &a.source;
            check_range(text, src.start, src.end, &format!("{what} source"));
            assert!(src.start < src.end, "{what} source is empty");
            assert_eq!(
                &text[src.start..src.end],
                src.text,
                "{what} source text differs from its span"
            );
            if let Some(resolved) = src.resolved {
                check_borrowed(text, resolved, &format!("{what} resolved source"));
            }
            check_words(text, &a.cue, &format!("{what} cue"));
            assert!(
                sentence_around(report, src.start, src.end).is_some(),
                "{what} source {:?} at {}..{} straddles a sentence boundary",
                src.text,
                src.start,
                src.end
            );
            assert!(
                sentence_around(report, a.cue.start, a.cue.end).is_some(),
                "{what} cue {:?} at {}..{} straddles a sentence boundary",
                a.cue.text,
                a.cue.start,
                a.cue.end
            );
            if let Some(q) = a.quote {
                check_range(text, q.start, q.end, &format!("{what} quote"));
                assert!(q.start < q.end, "{what} quote is empty");
                assert!(
                    report
                        .quotes
                        .iter()
                        .any(|r| r.start == q.start && r.end == q.end),
                    "{what} quote {}..{} is not among the report's quotations",
                    q.start,
                    q.end
                );
            }
            assert_eq!(
                a.quote.is_some(),
                a.mode != Mode::Indirect,
                "{what}: mode {:?} with quote {:?}",
                a.mode,
                a.quote
            );
        }
        for (k, h) in s.hedges.iter().enumerate() {
            let what = format!("sentence {n} hedge {k}");
            check_words(text, h, &what);
            assert!(
                s.start <= h.start && h.end <= s.end,
                "{what} lies outside its sentence"
            );
        }
        let expected = expected_label(
            s.attributions
                .iter()
                .map(|a| (a.source.identity, a.source.role, a.mode)),
        );
        assert_eq!(
            s.label, expected,
            "sentence {n} label does not follow the precedence rule"
        );
        labels[Label::ALL
            .iter()
            .position(|l| *l == s.label)
            .expect("a known label")] += 1;
    }

    // Summary.
    let n = report.sentences.len();
    let sum = &report.summary;
    assert_eq!(sum.sentences, n, "summary sentence count");
    let counted: usize = Label::ALL.iter().map(|l| sum.counts.get(*l)).sum();
    assert_eq!(counted, n, "summary counts do not add up");
    for (i, label) in Label::ALL.iter().enumerate() {
        assert_eq!(sum.counts.get(*label), labels[i], "count of {label}");
    }
    let shares = [
        sum.shares.anonymous,
        sum.shares.quoted,
        sum.shares.official,
        sum.shares.named,
        sum.shares.unattributed,
    ];
    for (i, share) in shares.iter().enumerate() {
        assert!(share.is_finite() && (0.0..=1.0).contains(share));
        let want = if n == 0 {
            0.0
        } else {
            labels[i] as f64 / n as f64
        };
        assert!((share - want).abs() < 1e-9, "share of {}", Label::ALL[i]);
    }
    if n > 0 {
        assert!(
            (shares.iter().sum::<f64>() - 1.0).abs() < 1e-9,
            "shares sum"
        );
    }
    assert_eq!(sum.unattributed_share, sum.shares.unattributed);
    let attributed = n - labels[4];
    let want = if attributed == 0 {
        0.0
    } else {
        labels[0] as f64 / attributed as f64
    };
    assert!((sum.anonymous_share - want).abs() < 1e-9, "anonymous share");
    assert_eq!(
        sum.attributed_quotes,
        report.quotes.iter().filter(|q| q.speaker.is_some()).count(),
        "attributed quotes"
    );

    // Quotations.
    let mut last_start = 0;
    for (k, q) in report.quotes.iter().enumerate() {
        check_range(text, q.start, q.end, &format!("quotation {k}"));
        assert!(q.start < q.end, "quotation {k} is empty");
        assert!(q.start >= last_start, "quotations out of order at {k}");
        last_start = q.start;
        assert_eq!(
            q.speaker.is_some(),
            q.mode.is_some(),
            "quotation {k}: speaker and mode disagree"
        );
        if let Some(speaker) = q.speaker {
            check_borrowed(text, speaker, &format!("quotation {k} speaker"));
        }
    }
    for (k, w) in report.warnings.iter().enumerate() {
        check_range(text, w.start, w.end, &format!("warning {k}"));
    }

    // Sources.
    let mut names = std::collections::HashSet::new();
    for row in &report.sources {
        check_borrowed(text, row.name, "source row name");
        assert!(names.insert(row.name), "source {:?} listed twice", row.name);
        assert!(row.claims >= 1, "source {:?} rests no claim", row.name);
        assert!(row.claims <= n, "source {:?} claims too many", row.name);
    }
    let attributions: usize = report.sentences.iter().map(|s| s.attributions.len()).sum();
    let claims: usize = report.sources.iter().map(|r| r.claims).sum();
    assert!(claims <= attributions, "more claims than attributions");
}

/// Audits `text` twice with `auditor` and once with `other` (configured the
/// same way), checks every invariant and that the three JSON reports are
/// byte-identical, and that the report's sentences are the auditor's.
pub fn check_audit(auditor: &Auditor, other: &Auditor, text: &str) {
    let json = check_audit_twice(auditor, text);
    let third = serde_json::to_string(&other.audit(text)).expect("a report serialises");
    assert!(json == third, "two auditors give different reports");
}

/// Audits `text` twice with `auditor`, checks every invariant, that the
/// report's sentences are the auditor's and that the two JSON reports are
/// byte-identical; returns the JSON.
fn check_audit_twice(auditor: &Auditor, text: &str) -> String {
    let report = auditor.audit(text);
    check_report(text, &report);
    let sentences = auditor.sentences(text);
    let from_report: Vec<(usize, usize, usize)> = report
        .sentences
        .iter()
        .map(|s| (s.start, s.end, s.paragraph))
        .collect();
    let from_segmenter: Vec<(usize, usize, usize)> = sentences
        .iter()
        .map(|s| (s.span.start, s.span.end, s.paragraph))
        .collect();
    assert_eq!(
        from_report, from_segmenter,
        "report sentences differ from the segmenter's"
    );
    let json = serde_json::to_string(&report).expect("a report serialises");
    let mut written = Vec::new();
    report.write_json(&mut written);
    assert!(
        written == json.as_bytes(),
        "write_json differs from serde_json"
    );
    let again = serde_json::to_string(&auditor.audit(text)).expect("a report serialises");
    assert!(json == again, "two runs give different reports");
    json
}

/// Audits `text` once, checks every invariant and that the report's
/// sentences are the auditor's (for inputs too large to audit three times).
pub fn check_audit_once(auditor: &Auditor, text: &str) {
    let report = auditor.audit(text);
    check_report(text, &report);
    let sentences = auditor.sentences(text);
    assert_eq!(report.sentences.len(), sentences.len());
    for (r, s) in report.sentences.iter().zip(&sentences) {
        assert_eq!(
            (r.start, r.end, r.paragraph),
            (s.span.start, s.span.end, s.paragraph)
        );
    }
}

/// Every list, for picking one by a byte.
pub const LISTS: [List; 19] = List::ALL;

/// Whether the library should refuse `entry` in `list`: it holds no word.
pub fn has_no_word(entry: &str) -> bool {
    !entry.chars().any(char::is_alphanumeric)
}

/// One change to the builder.
#[derive(Clone, Debug)]
pub enum Edit {
    /// `add(list, entry)`.
    Add(List, String),
    /// `remove(list, entry)`.
    Remove(List, String),
}

/// Applies `edits` to a fresh builder.
pub fn builder_with(edits: &[Edit]) -> AuditorBuilder {
    let mut b = Auditor::builder();
    for e in edits {
        match e {
            Edit::Add(list, entry) => b.add(*list, entry),
            Edit::Remove(list, entry) => b.remove(*list, entry),
        };
    }
    b
}

/// Whether building after `edits` should fail: some added entry, in a list
/// other than the abbreviations, holds no word or spans lines, and no later
/// call removed it (the last call wins).
pub fn should_fail(edits: &[Edit]) -> bool {
    edits.iter().enumerate().any(|(i, e)| match e {
        Edit::Add(list, entry) => {
            let entry = entry.trim();
            *list != List::Abbreviations
                && (has_no_word(entry) || entry.contains(['\n', '\r']))
                && !edits[i + 1..].iter().any(|r| match r {
                    Edit::Remove(l, e) => l == list && e.trim().eq_ignore_ascii_case(entry),
                    Edit::Add(..) => false,
                })
        }
        Edit::Remove(..) => false,
    })
}

/// Builds an auditor from `edits` (twice, to compare reports), checking
/// that `build` fails exactly when an entry holds no word or spans lines, then audits
/// `text` and checks every invariant.
pub fn check_configured(edits: &[Edit], text: &str) {
    if let Some((auditor, other)) = build_pair(edits) {
        check_audit(&auditor, &other, text);
    }
}

/// Two auditors built from `edits`, after checking that `build` fails
/// exactly when an entry holds no word (`None` then).
fn build_pair(edits: &[Edit]) -> Option<(Auditor, Auditor)> {
    let auditor = build_checked(edits)?;
    let other = builder_with(edits).build().expect("the same edits build");
    Some((auditor, other))
}

/// The auditor built from `edits`, after checking that `build` fails
/// exactly when an entry holds no word (`None` then).
fn build_checked(edits: &[Edit]) -> Option<Auditor> {
    let built = builder_with(edits).build();
    assert_eq!(
        built.is_err(),
        should_fail(edits),
        "build() gave {:?} for edits {edits:?}",
        built.as_ref().err().map(ToString::to_string)
    );
    built.ok()
}

/// The `segment` fuzz target: bytes that are UTF-8 are segmented and checked.
pub fn segment_target(data: &[u8]) {
    // Built once: building takes longer than segmenting a fuzz input.
    static SEGMENTER: LazyLock<attribution_audit::Segmenter> =
        LazyLock::new(attribution_audit::Segmenter::new);
    if let Ok(text) = std::str::from_utf8(data) {
        check_sentences(text, &SEGMENTER.sentences(text));
    }
}

/// Entries the `segment_options` target picks from by a byte: titles and
/// abbreviations in both cases, sentence starters, and entries that are
/// empty, blank, not ASCII or all full stops.
const SEGMENTER_ENTRIES: &[&str] = &[
    "Gov.",
    "gov.",
    "Supt.",
    "Art.",
    "No.",
    "Mr.",
    "U.S.",
    "a.m.",
    "Bros.",
    "etc.",
    "Officials",
    "The",
    "He",
    "",
    " ",
    ".",
    "..",
    "X.",
    "Ärzte.",
    "🦀.",
];

/// One segmenter builder call, with the index of its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum SegmenterEdit {
    AddAbbreviation(usize),
    AddTitle(usize),
    AddNumeric(usize),
    RemoveAbbreviation(usize),
    AddStarter(usize),
    RemoveStarter(usize),
}

fn segmenter_with(edits: &[SegmenterEdit]) -> attribution_audit::Segmenter {
    let mut builder = attribution_audit::Segmenter::builder();
    for edit in edits {
        let _ = match *edit {
            SegmenterEdit::AddAbbreviation(e) => builder.add_abbreviation(SEGMENTER_ENTRIES[e]),
            SegmenterEdit::AddTitle(e) => builder.add_title(SEGMENTER_ENTRIES[e]),
            SegmenterEdit::AddNumeric(e) => builder.add_numeric_abbreviation(SEGMENTER_ENTRIES[e]),
            SegmenterEdit::RemoveAbbreviation(e) => {
                builder.remove_abbreviation(SEGMENTER_ENTRIES[e])
            }
            SegmenterEdit::AddStarter(e) => builder.add_sentence_starter(SEGMENTER_ENTRIES[e]),
            SegmenterEdit::RemoveStarter(e) => {
                builder.remove_sentence_starter(SEGMENTER_ENTRIES[e])
            }
        };
    }
    builder.build()
}

/// The segmenter `edits` build, cached like [`auditor_for`]'s auditors; for
/// a new set, a second one is built and must segment `text` alike.
fn segmenter_for(edits: &[SegmenterEdit], text: &str) -> Arc<attribution_audit::Segmenter> {
    static CACHE: LazyLock<Mutex<HashMap<Vec<SegmenterEdit>, Arc<attribution_audit::Segmenter>>>> =
        LazyLock::new(Mutex::default);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = cache.get(edits) {
        return Arc::clone(found);
    }
    if cache.len() >= 1024 {
        cache.clear();
    }
    let segmenter = Arc::new(segmenter_with(edits));
    let again = segmenter_with(edits);
    assert!(
        segmenter.sentences(text) == again.sentences(text),
        "two segmenters built alike segment differently"
    );
    cache.insert(edits.to_vec(), Arc::clone(&segmenter));
    segmenter
}

/// A fuzz input with builder edits, split: the first byte gives their number
/// (0 to 7), two bytes each, and the rest is the text, if UTF-8.
fn split_edits(data: &[u8]) -> Option<(&[u8], &str)> {
    let (&count, rest) = data.split_first()?;
    let count = usize::from(count % 8);
    if rest.len() < count * 2 {
        return None;
    }
    let (ops, text) = rest.split_at(count * 2);
    Some((ops, std::str::from_utf8(text).ok()?))
}

/// The `segment_options` fuzz target: the first byte gives the number of
/// segmenter builder calls, two bytes each (call, then entry); the rest, if
/// UTF-8, is segmented with the segmenter they build, every view of the
/// sentences checked.
pub fn segment_options_target(data: &[u8]) {
    let Some((ops, text)) = split_edits(data) else {
        return;
    };
    let edits: Vec<SegmenterEdit> = ops
        .chunks(2)
        .map(|op| {
            let e = usize::from(op[1]) % SEGMENTER_ENTRIES.len();
            match op[0] % 6 {
                0 => SegmenterEdit::AddAbbreviation(e),
                1 => SegmenterEdit::AddTitle(e),
                2 => SegmenterEdit::AddNumeric(e),
                3 => SegmenterEdit::RemoveAbbreviation(e),
                4 => SegmenterEdit::AddStarter(e),
                _ => SegmenterEdit::RemoveStarter(e),
            }
        })
        .collect();
    let segmenter = segmenter_for(&edits, text);
    let sentences = segmenter.sentences(text);
    check_sentences(text, &sentences);
    // The other views are the same sentences.
    assert!(
        segmenter
            .sentence_spans(text)
            .eq(sentences.iter().map(|s| s.span)),
        "sentence_spans differs from sentences"
    );
    let texts: Vec<&str> = sentences
        .iter()
        .map(|s| &text[s.span.start..s.span.end])
        .collect();
    assert_eq!(
        segmenter.sentence_texts(text),
        texts,
        "sentence_texts differs from sentences"
    );
    // An entry removed last, with nothing added after it, is no abbreviation.
    if let Some(&SegmenterEdit::RemoveAbbreviation(e)) = edits.iter().rev().find(|e| {
        !matches!(
            e,
            SegmenterEdit::AddStarter(_) | SegmenterEdit::RemoveStarter(_)
        )
    }) {
        assert!(
            !segmenter.is_abbreviation(SEGMENTER_ENTRIES[e]),
            "{:?} is still an abbreviation after its removal",
            SEGMENTER_ENTRIES[e]
        );
    }
}

/// Entries the `audit` target picks from by a byte.
const ENTRIES: &[&str] = &[
    "said",
    "according to",
    "officials",
    "Harbour Gazette",
    "Supt.",
    "Sen.",
    "sources",
    "...",
    "",
    "“",
    "a b c d e",
    "Ärzte Zeitung",
    "🦀",
    "citing",
    "it",
    "the",
    "X.",
    "--",
    "'s",
    "told",
];

/// The `audit` target: the first byte gives the number of builder edits,
/// two bytes each (operation and list, then entry); the rest, if UTF-8, is
/// the text.
pub fn audit_target(data: &[u8]) {
    let Some((ops, text)) = split_edits(data) else {
        return;
    };
    let edits: Vec<Edit> = ops
        .chunks(2)
        .map(|op| {
            let list = LISTS[usize::from(op[0] >> 1) % LISTS.len()];
            let entry = ENTRIES[usize::from(op[1]) % ENTRIES.len()].to_owned();
            if op[0] & 1 == 0 {
                Edit::Add(list, entry)
            } else {
                Edit::Remove(list, entry)
            }
        })
        .collect();
    if let Some(auditor) = auditor_for(&edits, text) {
        check_audit_twice(&auditor, text);
    }
}

/// The auditor `edits` build (None when they must not build), cached by the
/// edits: building takes milliseconds, auditing a fuzz input microseconds,
/// so building every time would starve the fuzzer. For no edits and for one
/// new set of edits in eight, a second auditor is built from them and both
/// audit `text` (the first input met with these edits) with every check,
/// their reports compared: building is checked to be deterministic without
/// paying two builds for every new set.
fn auditor_for(edits: &[Edit], text: &str) -> Option<Arc<Auditor>> {
    type Key = Vec<(bool, usize, usize)>;
    static CACHE: LazyLock<Mutex<HashMap<Key, Option<Arc<Auditor>>>>> =
        LazyLock::new(Mutex::default);
    let key: Key = edits
        .iter()
        .map(|e| match e {
            Edit::Add(list, entry) => (true, list_index(*list), entry_index(entry)),
            Edit::Remove(list, entry) => (false, list_index(*list), entry_index(entry)),
        })
        .collect();
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = cache.get(&key) {
        return found.clone();
    }
    // Bounded (an auditor takes some 1.5 MB, several times that under the
    // address sanitizer: run with `-rss_limit_mb=4096`); the default
    // auditor (no edits, most inputs) stays.
    if cache.len() >= 256 {
        cache.retain(|k, _| k.is_empty());
    }
    let twice = key.is_empty() || cache.len() & 7 == 0;
    let built = if twice {
        build_pair(edits).map(|(auditor, other)| {
            check_audit(&auditor, &other, text);
            Arc::new(auditor)
        })
    } else {
        build_checked(edits).map(Arc::new)
    };
    cache.insert(key, built.clone());
    built
}

fn list_index(list: List) -> usize {
    LISTS.iter().position(|l| *l == list).unwrap_or(0)
}

fn entry_index(entry: &str) -> usize {
    ENTRIES.iter().position(|e| *e == entry).unwrap_or(0)
}
