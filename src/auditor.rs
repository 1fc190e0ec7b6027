//! The [`Auditor`]: built once (lexicons compiled, patterns ready), it runs
//! the stages over any number of texts. It is `Send + Sync`, so one auditor
//! serves every thread.

use crate::attribute::{self, Found};
use crate::error::Error;
use crate::lexicon::Hit;
use crate::lexicon::{Lexicon, List};
use crate::model::Sentence;
use crate::quote;
use crate::report::{self, Report};
use crate::resolve::Resolver;
use crate::segment::{Segmenter, SegmenterBuilder};
use crate::speaker;
use crate::token::{self, Kind, Tagged, Token};
use std::cell::Cell;
use std::ops::Range;

/// Audits articles. Build it once with [`Auditor::new`] or
/// [`Auditor::builder`], then call [`Auditor::audit`] on each text.
///
/// ```
/// use attribution_audit::{Auditor, Label};
///
/// let auditor = Auditor::new();
/// let text = "The bridge will close in May, officials said. It opened in 1931.";
/// let report = auditor.audit(text);
/// assert_eq!(report.sentences[0].label, Label::Anonymous);
/// assert_eq!(report.sentences[1].label, Label::Unattributed);
/// ```
#[derive(Clone, Debug)]
pub struct Auditor {
    segmenter: Segmenter,
    lexicon: Lexicon,
}

/// Configures an [`Auditor`]: extends or trims its word lists.
///
/// ```
/// use attribution_audit::{Auditor, Label, List};
///
/// let text = "The ferry is late again, harbourmaster Jo Lund said.";
/// assert_eq!(Auditor::new().audit(text).sentences[0].label, Label::Named);
///
/// let auditor = Auditor::builder()
///     .add(List::Titles, "harbourmaster")
///     .build()
///     .unwrap();
/// assert_eq!(auditor.audit(text).sentences[0].label, Label::Official);
/// ```
#[derive(Clone, Debug, Default)]
pub struct AuditorBuilder {
    segmenter: Option<SegmenterBuilder>,
    added: Vec<(List, String)>,
    removed: Vec<(List, String)>,
}

impl AuditorBuilder {
    /// Adds an entry to a list (an outlet, a title, an abbreviation such as `"Supt."`).
    /// An entry is one line: [`AuditorBuilder::build`] refuses one that holds no
    /// word or spans lines.
    pub fn add(&mut self, list: List, entry: &str) -> &mut AuditorBuilder {
        let entry = entry.trim();
        if list == List::Abbreviations {
            self.segmenter
                .get_or_insert_with(Segmenter::builder)
                .add_abbreviation(entry);
        } else {
            // The last call wins: adding undoes an earlier removal.
            self.removed
                .retain(|(l, e)| !(*l == list && e.eq_ignore_ascii_case(entry)));
            self.added.push((list, entry.to_owned()));
        }
        self
    }

    /// Removes an entry from a list, default or added.
    pub fn remove(&mut self, list: List, entry: &str) -> &mut AuditorBuilder {
        let entry = entry.trim();
        if list == List::Abbreviations {
            self.segmenter
                .get_or_insert_with(Segmenter::builder)
                .remove_abbreviation(entry);
        } else {
            self.added
                .retain(|(l, e)| !(*l == list && e.eq_ignore_ascii_case(entry)));
            self.removed.push((list, entry.to_owned()));
        }
        self
    }

    /// Adds every entry of a word list in the crate's file format (one entry
    /// a line, `#` comments).
    pub fn add_list(&mut self, list: List, data: &str) -> &mut AuditorBuilder {
        for entry in crate::lexicon::entries_of(data) {
            self.add(list, entry);
        }
        self
    }

    /// Compiles the lists into an auditor.
    pub fn build(&self) -> Result<Auditor, Error> {
        let lexicon = Lexicon::build(&self.added, &self.removed).map_err(Error::invalid_entry)?;
        let segmenter = self
            .segmenter
            .as_ref()
            .map_or_else(Segmenter::new, SegmenterBuilder::build);
        Ok(Auditor { segmenter, lexicon })
    }
}

impl Default for Auditor {
    fn default() -> Auditor {
        Auditor::new()
    }
}

impl Auditor {
    /// An auditor with the default word lists.
    pub fn new() -> Auditor {
        // Every built-in entry holds a word (checked by the lexicon's tests),
        // so building the defaults cannot fail.
        AuditorBuilder::default()
            .build()
            .expect("the built-in word lists are valid")
    }

    /// A builder starting from the default word lists.
    pub fn builder() -> AuditorBuilder {
        AuditorBuilder::default()
    }

    /// The sentences of `text`.
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        self.segmenter.sentences(text)
    }

    /// Audits `text`: every sentence labelled, every attribution found.
    pub fn audit<'t>(&self, text: &'t str) -> Report<'t> {
        self.audit_tokens_below(text, token::MAX_OFFSET)
    }

    /// [`Auditor::audit`] with tokens only for sentences ending at or below
    /// byte `max` (tests make it small to check sentences without tokens).
    fn audit_tokens_below<'t>(&self, text: &'t str, max: usize) -> Report<'t> {
        // The buffers are taken out of the thread's cell for the audit, so
        // that an audit started inside another (none is) would find fresh
        // ones rather than a borrowed cell.
        let mut scratch = SCRATCH.with(Cell::take);
        let report = self.audit_with(text, max, &mut scratch);
        if text.len() <= KEPT_TEXT {
            SCRATCH.with(|cell| cell.set(scratch));
        }
        report
    }

    /// The audit, in the buffers of `scratch`.
    fn audit_with<'t>(&self, text: &'t str, max: usize, scratch: &mut Scratch) -> Report<'t> {
        let sentences = self.segmenter.sentences(text);
        // Tokens are made sentence by sentence, so that no word, and hence
        // no source or cue, runs across a sentence boundary ("Ledger.The").
        let mut tokens = std::mem::take(&mut scratch.tokens);
        tokens.clear();
        tokens.reserve(text.len() / 5);
        let ranges = &mut scratch.ranges;
        ranges.clear();
        for s in &sentences {
            let start = tokens.len();
            if s.span.end <= max {
                token::tokenize_into(text, s.span, &mut tokens);
            }
            ranges.push(start..tokens.len());
        }
        for r in ranges.iter().filter(|r| !r.is_empty()) {
            tokens[r.end - 1].ends = true;
        }
        let mut hits = std::mem::take(&mut scratch.hits);
        self.lexicon.hits_into(text, &tokens, &mut hits);
        let quotations = quote::find(text);
        let spare = std::mem::take(&mut scratch.tagged);
        let tagged = Tagged::new(text, tokens, hits, &quotations, spare);

        // One vector of attributions per sentence; those of earlier texts
        // are kept, emptied, for their memory.
        if scratch.found.len() < sentences.len() {
            scratch.found.resize_with(sentences.len(), Vec::new);
        }
        let found = &mut scratch.found[..sentences.len()];
        let mut resolver = Resolver::new();
        for (range, out) in ranges.iter().zip(found.iter_mut()) {
            resolver.observe(&tagged, range.clone());
            // A sentence ending in a colon introduces what follows, often a quotation.
            let introduces =
                range.end > range.start && tagged.tokens[range.end - 1].kind() == Kind::Colon;
            // Tested sixteen flags at a time, with no early exit inside a
            // chunk, which the compiler turns into a vector test.
            let has_quote = introduces
                || tagged.quoted[range.clone()]
                    .chunks(16)
                    .any(|c| c.iter().fold(false, |any, &q| any | q));
            attribute::of_sentence(
                &tagged,
                range,
                has_quote,
                &mut resolver,
                &mut scratch.sentence,
                out,
            );
            // In a text too long to keep its buffers, most sentences state
            // one source or none: the room a vector grows with (four records)
            // would double the audit's memory.
            if text.len() > KEPT_TEXT {
                out.shrink_to_fit();
            }
        }
        resolver.complete_surnames(&tagged, found);
        resolver.complete_bodies(&tagged, found);
        speaker::carry_colon_introductions(&tagged, &sentences, ranges, found);
        speaker::attribute_answers(&tagged, &sentences, ranges, found, || {
            resolver.first_named_person()
        });
        let quotes = speaker::attribute_quotations(&tagged, &sentences, ranges, &quotations, found);
        let report = report::build(&tagged, &sentences, ranges, &quotations, found, quotes);
        (scratch.tokens, scratch.hits, scratch.tagged) = tagged.into_parts();
        report
    }
}

/// Texts up to this size leave their buffers to the thread's next audit;
/// a longer one frees them, so that one huge text does not hold its memory
/// for the thread's life.
const KEPT_TEXT: usize = 1 << 20;

/// The buffers an audit fills, kept per thread from one text to the next:
/// after the first few texts an audit allocates little beyond its report.
#[derive(Debug, Default)]
struct Scratch {
    tokens: Vec<Token>,
    hits: Vec<Hit>,
    tagged: token::Spare,
    ranges: Vec<Range<usize>>,
    found: Vec<Vec<Found>>,
    sentence: attribute::Buffers,
}

thread_local! {
    static SCRATCH: Cell<Scratch> = Cell::new(Scratch::default());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Label;

    /// Sentences without tokens (here those ending past byte 60) are still reported, with
    /// no attributions, and nothing panics.
    #[test]
    fn sentences_without_tokens_are_kept_unattributed() {
        let text = "Ana Ortiz said the ferry would run. \"It will,\" she said. Officials said no. Tom Ames said yes.";
        let auditor = Auditor::new();
        let full = auditor.audit(text);
        let cut = auditor.audit_tokens_below(text, 60);
        assert_eq!(full.sentences.len(), cut.sentences.len());
        assert_eq!(cut.sentences[0].label, full.sentences[0].label);
        for s in cut.sentences.iter().filter(|s| s.start >= 60) {
            assert_eq!(s.label, Label::Unattributed);
            assert!(s.attributions.is_empty());
        }
        assert!(cut.summary.counts.get(Label::Unattributed) >= 2);
    }
}
