//! The report: every sentence with its label and attributions, the sources
//! table, the quotations with their speakers, a summary and warnings. Plain
//! data that borrows its strings from the audited text; serialise it with
//! serde (`serde_json::to_string(&report)`) or read its fields.

use crate::attribute::Found;
use crate::label::{self, Basis};
use crate::lexicon::List;
use crate::model::{Identity, Label, Mode, Role, Sentence, Span};
use crate::quote::{self, Quotation};
use crate::source::MentionKind;
use crate::token::{words, Kind, Tagged, TextMap, TextSet};
use serde::Serialize;
use std::ops::Range;

/// The version of the report's shape; bumped when a field changes meaning
/// or disappears (adding fields does not bump it).
pub const SCHEMA_VERSION: u32 = 1;

/// The audit of one text. All offsets are UTF-8 byte offsets into it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Report<'t> {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Every sentence, in order.
    pub sentences: Vec<SentenceReport<'t>>,
    /// One row per distinct source, in order of first appearance.
    pub sources: Vec<SourceRow<'t>>,
    /// Every quotation (a quotation running over paragraphs is one entry).
    pub quotes: Vec<QuoteReport<'t>>,
    /// Counts and shares per label.
    pub summary: Summary,
    /// Things in the text the audit could not read cleanly.
    pub warnings: Vec<Warning>,
}

impl Report<'_> {
    /// Appends the report to `out` as compact JSON: the same bytes as
    /// `serde_json::to_vec(&report)`, written several times faster. Reuse
    /// `out` across reports to save its allocations too.
    ///
    /// ```
    /// let report = attribution_audit::Auditor::new().audit("Officials said so.");
    /// let mut out = Vec::new();
    /// report.write_json(&mut out);
    /// assert_eq!(out, serde_json::to_vec(&report).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        crate::json::report(out, self);
    }
}

/// One sentence: one claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SentenceReport<'t> {
    /// First byte of the sentence.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Paragraph index, from zero.
    pub paragraph: usize,
    /// The claim's label.
    pub label: Label,
    /// What the claim is attributed to, if anything.
    pub attributions: Vec<Attribution<'t>>,
    /// Hedges that name no source (`allegedly`, `reportedly`).
    pub hedges: Vec<Words<'t>>,
}

/// One attribution of a claim to a source.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attribution<'t> {
    /// Who the claim is attributed to.
    pub source: SourceMention<'t>,
    /// The attributing words.
    pub cue: Words<'t>,
    /// Direct, partial or indirect.
    pub mode: Mode,
    /// The quotation carried, when the mode is direct or partial.
    pub quote: Option<Span>,
}

/// The words naming a source, and who they stand for.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SourceMention<'t> {
    /// The words as written: `she`, `a senior official`, `Hugh Hill, a doctor`.
    pub text: &'t str,
    /// First byte of the words.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
    /// The name they resolve to (`she` → `Laura Loomer`), when known.
    pub resolved: Option<&'t str>,
    /// Named or anonymous.
    pub identity: Identity,
    /// Official, media, person or document.
    pub role: Role,
}

/// A run of words of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Words<'t> {
    /// The words as written.
    pub text: &'t str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A row of the sources table.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SourceRow<'t> {
    /// The source's fullest name in the text (or its words, for unnamed sources).
    pub name: &'t str,
    /// Named or anonymous.
    pub identity: Identity,
    /// Official, media, person or document.
    pub role: Role,
    /// How many times the text names it as a source.
    pub mentions: usize,
    /// How many sentences rest on it.
    pub claims: usize,
}

/// A quotation and its speaker.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QuoteReport<'t> {
    /// From the opening mark of the first piece to the closing mark of the last.
    pub start: usize,
    /// One past the closing mark.
    pub end: usize,
    /// Who says it, resolved when possible; `None` for scare quotes and
    /// quotations whose speaker is not given.
    pub speaker: Option<&'t str>,
    /// Whether it is a direct or a partial quotation; `None` when nobody says it.
    pub mode: Option<Mode>,
    /// Whether a closing mark was found.
    pub closed: bool,
}

/// Counts per label.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LabelCounts {
    /// Sentences labelled `anonymous`.
    pub anonymous: usize,
    /// Sentences labelled `quoted`.
    pub quoted: usize,
    /// Sentences labelled `official`.
    pub official: usize,
    /// Sentences labelled `named`.
    pub named: usize,
    /// Sentences labelled `unattributed`.
    pub unattributed: usize,
}

impl LabelCounts {
    /// The count of one label.
    pub fn get(&self, label: Label) -> usize {
        match label {
            Label::Anonymous => self.anonymous,
            Label::Quoted => self.quoted,
            Label::Official => self.official,
            Label::Named => self.named,
            Label::Unattributed => self.unattributed,
        }
    }

    fn bump(&mut self, label: Label) {
        match label {
            Label::Anonymous => self.anonymous += 1,
            Label::Quoted => self.quoted += 1,
            Label::Official => self.official += 1,
            Label::Named => self.named += 1,
            Label::Unattributed => self.unattributed += 1,
        }
    }
}

/// Shares per label, each in `0.0..=1.0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LabelShares {
    /// Share of sentences labelled `anonymous`.
    pub anonymous: f64,
    /// Share labelled `quoted`.
    pub quoted: f64,
    /// Share labelled `official`.
    pub official: f64,
    /// Share labelled `named`.
    pub named: f64,
    /// Share labelled `unattributed`.
    pub unattributed: f64,
}

impl LabelShares {
    /// The share of one label.
    pub fn get(&self, label: Label) -> f64 {
        match label {
            Label::Anonymous => self.anonymous,
            Label::Quoted => self.quoted,
            Label::Official => self.official,
            Label::Named => self.named,
            Label::Unattributed => self.unattributed,
        }
    }
}

/// Totals for the whole text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Summary {
    /// Number of sentences (claims).
    pub sentences: usize,
    /// Sentences per label.
    pub counts: LabelCounts,
    /// Share of sentences per label.
    pub shares: LabelShares,
    /// Share of attributed claims that rest on an anonymous source.
    pub anonymous_share: f64,
    /// Share of all claims with no source.
    pub unattributed_share: f64,
    /// Number of quotations attributed to a speaker.
    pub attributed_quotes: usize,
}

impl Summary {
    /// Totals over the labels of the sentences.
    pub fn of(labels: impl IntoIterator<Item = Label>, attributed_quotes: usize) -> Summary {
        let mut counts = LabelCounts::default();
        let mut n = 0;
        for label in labels {
            counts.bump(label);
            n += 1;
        }
        let share = |c: usize| if n == 0 { 0.0 } else { c as f64 / n as f64 };
        let attributed = n - counts.unattributed;
        Summary {
            sentences: n,
            counts,
            shares: LabelShares {
                anonymous: share(counts.anonymous),
                quoted: share(counts.quoted),
                official: share(counts.official),
                named: share(counts.named),
                unattributed: share(counts.unattributed),
            },
            anonymous_share: if attributed == 0 {
                0.0
            } else {
                counts.anonymous as f64 / attributed as f64
            },
            unattributed_share: share(counts.unattributed),
            attributed_quotes,
        }
    }
}

/// Something the audit could not read cleanly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Warning {
    /// What it is.
    pub kind: WarningKind,
    /// Where it starts.
    pub start: usize,
    /// Where it ends.
    pub end: usize,
}

/// Kinds of [`Warning`].
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A quotation mark opened and never closed: the quotation is taken to
    /// run to the end of its paragraph.
    UnclosedQuotation,
}

fn words<'t>(tagged: &Tagged<'t>, first: usize, last: usize) -> Words<'t> {
    let span = Span::new(
        tagged.tokens[first].span().start,
        tagged.tokens[last].span().end,
    );
    Words {
        text: span.slice(tagged.text),
        start: span.start,
        end: span.end,
    }
}

/// `s` without every trailing `suffix` (what `trim_end_matches` does,
/// without building a substring searcher).
fn strip_all<'t>(mut s: &'t str, suffix: &str) -> &'t str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// The key that one source's rows share: the case-folded keys of the words
/// naming it, without a leading article or a possessive's "'s" ("The Wall
/// Street Journal" and "the Wall Street Journal" are one outlet with "Wall
/// Street Journal", "Hillary Clinton's campaign" one body with "Hillary
/// Clinton Campaign"); the row keeps the name first seen. From the tokens,
/// whose keys are folded already.
fn row_key(tagged: &Tagged, f: &Found) -> u64 {
    let (mut first, last) = match (f.resolved, f.mention.kind) {
        (Some(r), _) => r.name,
        // ("A White House official": an unnamed member, not the body.)
        (None, MentionKind::Name) if f.identity != Identity::Anonymous => f.mention.head,
        _ => naming_words(tagged, f),
    };
    if first < last && tagged.is(first, "the") {
        first += 1;
    }
    (first..=last).fold(0u64, |key, k| {
        key.rotate_left(7) ^ crate::resolve::name_key(tagged, k)
    })
}

/// The words of `f`'s mention that name its source: up to a relative
/// clause between commas or in brackets, which describes the source ("Mr
/// Clarke, who will unveil his plans on Monday, said", "Kasich (who has 25
/// delegates to date) said"), unless the name is inside it. The clause was
/// read when the source was classified ("an official, who spoke on
/// condition of anonymity,").
fn naming_words(tagged: &Tagged, f: &Found) -> (usize, usize) {
    let m = &f.mention;
    // ("The survey, conducted by Pew": a document's maker stays.)
    let participles = m.role != Role::Document;
    match relative_opening(tagged, m.first, m.last, participles) {
        Some(k) if m.head.0 < k => (m.first, k - 1),
        _ => (m.first, m.last),
    }
}

/// The comma or bracket opening a relative clause inside `first..last`
/// (", who", "(whose"), or with `participles` a passive participle's (",
/// goaded by").
fn relative_opening(
    tagged: &Tagged,
    first: usize,
    last: usize,
    participles: bool,
) -> Option<usize> {
    (first + 1..last).find(|&k| {
        matches!(tagged.tokens[k].kind(), Kind::Comma | Kind::Open)
            && (tagged.is_any(k + 1, words!["who", "whose", "which"])
                || participles
                    && tagged.tokens[k + 1].lowercase()
                    && tagged.bytes(k + 1).ends_with(b"ed")
                    && tagged.is(k + 2, "by"))
    })
}

fn mention_report<'t>(tagged: &Tagged<'t>, f: &Found) -> SourceMention<'t> {
    let (first, last) = naming_words(tagged, f);
    let mut w = words(tagged, first, last);
    // "He's suggesting", "she'd planned": the pronoun without the
    // auxiliary contracted onto it.
    if matches!(f.mention.kind, MentionKind::Pronoun(_)) && f.mention.first == f.mention.last {
        if let Some(i) = w.text.find(['\'', '’']).filter(|&i| i > 0) {
            w.text = &w.text[..i];
            w.end = w.start + i;
        }
    }
    let resolved = match (f.resolved, f.mention.kind) {
        // ("Lindsey Graham and David Perdue, who ...": a name the mention
        // gave, without its relative clause.)
        (Some(r), _) => {
            let last =
                relative_opening(tagged, r.name.0, r.name.1, false).map_or(r.name.1, |k| k - 1);
            Some(words(tagged, r.name.0, last).text)
        }
        (None, MentionKind::Name) if f.identity != Identity::Anonymous => {
            Some(words(tagged, f.mention.head.0, f.mention.head.1).text)
        }
        _ => None,
    };
    SourceMention {
        text: w.text,
        start: w.start,
        end: w.end,
        resolved: resolved.map(|r| strip_all(strip_all(r, "'s"), "’s")),
        identity: f.identity,
        role: f.role,
    }
}

/// The report entry of a quotation (from its opening mark to its closing
/// one) said by `speaker`, if anyone.
pub(crate) fn quote_entry<'t>(
    tagged: &Tagged<'t>,
    span: Span,
    speaker: Option<Found>,
    closed: bool,
) -> QuoteReport<'t> {
    QuoteReport {
        start: span.start,
        end: span.end,
        speaker: speaker.map(|f| {
            let m = mention_report(tagged, &f);
            m.resolved.unwrap_or(m.text)
        }),
        mode: speaker.map(|f| f.mode),
        closed,
    }
}

pub(crate) fn build<'t>(
    tagged: &Tagged<'t>,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    quotations: &[Quotation],
    found: &[Vec<Found>],
    quotes: Vec<QuoteReport<'t>>,
) -> Report<'t> {
    let mut rows: Vec<SourceRow<'t>> = Vec::new();
    let attributions: usize = found.iter().map(Vec::len).sum();
    let mut row_of: TextMap<u64, usize> =
        TextMap::with_capacity_and_hasher(attributions, Default::default());
    // Rows by their name too: two keys may come to one name ("WHO" after
    // "the" is the body's key, elsewhere the pronoun's), which is one row.
    let mut row_named: TextMap<&'t str, usize> =
        TextMap::with_capacity_and_hasher(attributions, Default::default());
    let mut seen_mentions: TextSet<(usize, usize)> =
        TextSet::with_capacity_and_hasher(attributions, Default::default());
    let mut report_sentences = Vec::with_capacity(sentences.len());
    let mut next_hit = 0;
    // The rows a sentence's claim has counted, one buffer for all sentences.
    let mut counted: Vec<usize> = Vec::new();
    for ((s, fs), range) in sentences.iter().zip(found).zip(ranges) {
        let label = label::of_sentence(fs.iter().map(|f| Basis {
            identity: f.identity,
            role: f.role,
            mode: f.mode,
        }));
        let attributions: Vec<Attribution<'t>> = fs
            .iter()
            .map(|f| Attribution {
                source: mention_report(tagged, f),
                cue: words(tagged, f.cue.first, f.cue.last),
                mode: f.mode,
                quote: f.quote,
            })
            .collect();
        counted.clear();
        for (a, f) in attributions.iter().zip(fs) {
            let name = a.source.resolved.unwrap_or(a.source.text);
            let key = row_key(tagged, f);
            let row = match row_of.get(&key).or_else(|| row_named.get(name)) {
                // ("Kennedy" in a headline, then "Lib Dem leader Charles
                // Kennedy said": the row is the office holder's.)
                Some(&i) => {
                    let r = &mut rows[i];
                    if r.role == Role::Person
                        && a.source.role == Role::Official
                        && r.identity == Identity::Named
                        && a.source.identity == Identity::Named
                    {
                        r.role = Role::Official;
                    }
                    i
                }
                None => {
                    row_of.insert(key, rows.len());
                    row_named.insert(name, rows.len());
                    rows.push(SourceRow {
                        name,
                        identity: a.source.identity,
                        role: a.source.role,
                        mentions: 0,
                        claims: 0,
                    });
                    rows.len() - 1
                }
            };
            if seen_mentions.insert((a.source.start, a.source.end)) {
                rows[row].mentions += 1;
            }
            if !counted.contains(&row) {
                counted.push(row);
                rows[row].claims += 1;
            }
        }
        report_sentences.push(SentenceReport {
            start: s.span.start,
            end: s.span.end,
            paragraph: s.paragraph,
            label,
            attributions,
            hedges: hedges(tagged, range.clone(), &mut next_hit),
        });
    }
    let attributed_quotes = quotes.iter().filter(|q| q.speaker.is_some()).count();
    let warnings = quotations
        .iter()
        .filter(|q| quote::is_unbalanced(q))
        .map(|q| Warning {
            kind: WarningKind::UnclosedQuotation,
            start: q.span.start,
            end: q.span.end,
        })
        .collect();
    let summary = Summary::of(report_sentences.iter().map(|s| s.label), attributed_quotes);
    Report {
        schema_version: SCHEMA_VERSION,
        sentences: report_sentences,
        sources: rows,
        quotes,
        summary,
        warnings,
    }
}

/// Hedges in a sentence (its tokens `range`), outside quotations: at each
/// token, the longest hedge starting there, if it ends in the sentence.
/// Only tokens where some word-list entry starts can start a hedge, so the
/// hits are walked, not the tokens; `next` is the first hit not yet passed,
/// for sentences taken in order.
fn hedges<'t>(tagged: &Tagged<'t>, range: Range<usize>, next: &mut usize) -> Vec<Words<'t>> {
    let mut out = Vec::new();
    let hits = tagged.hits();
    while hits.get(*next).is_some_and(|h| h.first < range.start) {
        *next += 1;
    }
    while let Some(h) = hits.get(*next) {
        let k = h.first;
        if k >= range.end {
            break;
        }
        // The hits at `k`: this one and those after it from the same token,
        // passed together; most hold no hedge, as the lists there tell.
        let here = *next;
        *next += 1;
        while hits.get(*next).is_some_and(|h| h.first == k) {
            *next += 1;
        }
        if tagged.quoted[k] || !tagged.lists_starting_at(k).has(List::Hedges) {
            continue;
        }
        let hedge = hits[here..*next].iter().find(|h| h.lists.has(List::Hedges));
        if let Some(l) = hedge.map(|h| h.last).filter(|&l| l < range.end) {
            out.push(words(tagged, k, l));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::strip_all;

    #[test]
    fn strip_all_trims_as_trim_end_matches_does() {
        for s in [
            "",
            "'s",
            "'s's",
            "Ana's",
            "Ana’s",
            "Ana's’s",
            "s'",
            "Ana",
            "x 's",
        ] {
            for suffix in ["'s", "’s"] {
                assert_eq!(strip_all(s, suffix), s.trim_end_matches(suffix), "{s:?}");
            }
        }
    }
}
