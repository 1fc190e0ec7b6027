//! The [`Auditor`]: built once (lexicons compiled, patterns ready), it runs
//! the stages over any number of texts. It is `Send + Sync`, so one auditor
//! serves every thread.

use crate::cue::{self, Cue, CueKind};
use crate::error::Error;
use crate::label::{self, Basis};
use crate::lexicon::{Lexicon, List};
use crate::model::{Identity, Mode, Role, Sentence, Span};
use crate::quote::{self, Quotation};
use crate::report::{
    Attribution, QuoteReport, Report, SentenceReport, SourceMention, SourceRow, Summary, Warning,
    WarningKind, Words, SCHEMA_VERSION,
};
use crate::resolve::{Resolved, Resolver};
use crate::segment::{Segmenter, SegmenterBuilder};
use crate::source::{self, Mention, MentionKind};
use crate::token::{self, word_set, Kind, Tagged, WordSet};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

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

/// An attribution as the stages see it, before it becomes report data.
#[derive(Clone, Copy, Debug)]
struct Found {
    mention: Mention,
    resolved: Option<Resolved>,
    cue: Cue,
    identity: Identity,
    role: Role,
    mode: Mode,
    quote: Option<Span>,
}

impl Auditor {
    /// An auditor with the default word lists.
    pub fn new() -> Auditor {
        // The default lists are known to compile.
        AuditorBuilder::default()
            .build()
            .unwrap_or_else(|_| Auditor {
                segmenter: Segmenter::new(),
                lexicon: Lexicon::build(&[], &[]).expect("default lexicon compiles"),
            })
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
        let sentences = self.segmenter.sentences(text);
        // Tokens are made sentence by sentence, so that no word, and hence
        // no source or cue, runs across a sentence boundary ("Ledger.The").
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut ranges: Vec<Range<usize>> = Vec::with_capacity(sentences.len());
        for s in &sentences {
            let start = tokens.len();
            token::tokenize_into(text, s.span, &mut tokens);
            ranges.push(start..tokens.len());
        }
        let mut ends_sentence = vec![false; tokens.len()];
        for r in ranges.iter().filter(|r| !r.is_empty()) {
            ends_sentence[r.end - 1] = true;
        }
        let hits = self.lexicon.hits(text, &tokens, &ends_sentence);
        let quotations = quote::find(text);
        let tagged = Tagged::new(text, tokens, hits, &quotations);

        let mut found: Vec<Vec<Found>> = Vec::with_capacity(sentences.len());
        let mut resolver = Resolver::new();
        for range in &ranges {
            resolver.observe(&tagged, range.clone());
            // A sentence ending in a colon introduces what follows, often a quotation.
            let introduces =
                range.end > range.start && tagged.tokens[range.end - 1].kind == Kind::Colon;
            let has_quote = introduces || range.clone().any(|k| tagged.quoted[k]);
            found.push(attributions(&tagged, range, has_quote, &mut resolver));
        }
        carry_colon_introductions(&tagged, &sentences, &ranges, &mut found);
        let quotes = attribute_quotations(&tagged, &sentences, &ranges, &quotations, &mut found);
        build_report(&tagged, &sentences, &quotations, &found, quotes)
    }
}

/// Subjects that are no source: the writer and reader, and everyone or nobody.
static NOT_SOURCES: LazyLock<WordSet> = LazyLock::new(|| {
    word_set(&[
        "i",
        "we",
        "you",
        "me",
        "us",
        "anybody",
        "anyone",
        "everyone",
        "everybody",
        "nobody",
        "somebody",
        "each",
        "either",
        "neither",
        "all",
        "both",
        "this",
        "that",
        "these",
        "those",
        "what",
        "there",
    ])
});

/// "did not respond to requests for comment", "declined to comment": the
/// annotation guide leaves such sentences unattributed.
fn is_no_comment(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    let replying = tagged.is_any(
        cue.first,
        &[
            "respond",
            "responded",
            "return",
            "returned",
            "reply",
            "replied",
            "comment",
            "commented",
        ],
    );
    let negated = (cue.first.saturating_sub(3).max(range.start)..cue.first).any(|k| {
        let w = tagged.word(k);
        tagged.is_any(k, &["not", "never", "declined", "refused"])
            || w.ends_with("n't")
            || w.ends_with("n’t")
    });
    replying && negated
}

/// A count or share of people ("63 percent said", "eight of 10 voters say"):
/// a poll result the writer reports, not a source.
fn is_tally(tagged: &Tagged, first: usize, last: usize) -> bool {
    let share_of = |k: usize| {
        tagged.is_any(
            k,
            &[
                "majority",
                "minority",
                "half",
                "third",
                "quarter",
                "plurality",
            ],
        ) && tagged.is(k + 1, "of")
    };
    let number_of_number = |k: usize| {
        tagged.is(k, "of")
            && k > first
            && tagged.word(k + 1).bytes().all(|b| b.is_ascii_digit())
            && !tagged.word(k + 1).is_empty()
    };
    (first..=last)
        .any(|k| tagged.is_any(k, &["percent", "%"]) || share_of(k) || number_of_number(k))
        || tagged.word(first).starts_with(|c: char| c.is_ascii_digit())
}

/// The attributions a sentence states itself, before quotations are tied
/// to their speakers.
fn attributions<'t>(
    tagged: &Tagged<'t>,
    range: &Range<usize>,
    has_quote: bool,
    resolver: &mut Resolver<'t>,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut relative = Vec::new();
    // Where the content of the last reported-speech verb begins: a source
    // named after it is inside that claim, not a source of the sentence.
    let mut content_from: Option<usize> = None;
    for cue in cue::find(tagged, range.clone(), has_quote) {
        let Some((first, last)) = source::locate(tagged, range, &cue) else {
            continue;
        };
        if (first == last && tagged.in_set(first, &NOT_SOURCES))
            || is_tally(tagged, first, last)
            || is_no_comment(tagged, range, &cue)
        {
            continue;
        }
        if let Some(from) = content_from {
            // A new clause (";", ", and", ", but") has its own source.
            let clause_break = (from..first).any(|k| {
                tagged.tokens[k].kind == Kind::Break
                    || (tagged.tokens[k].kind == Kind::Comma
                        && tagged.is_any(k + 1, &["and", "but", "while", "whereas"]))
            });
            if cue.kind == CueKind::Verb && first >= from && !clause_break {
                continue;
            }
        }
        if cue.kind == CueKind::Verb && last < cue.first {
            content_from = Some(cue.last + 1);
        }
        let document_verb = source::is_document_verb(tagged, &cue);
        let mut mention = source::classify(tagged, first, last, document_verb);
        if cue.kind == CueKind::Colon && mention.kind == MentionKind::Name && !mention.titled {
            // A speaker label in capitals ("MARSH:") is a person, not initials.
            if mention.role == Role::Official
                && tagged
                    .word(mention.head.1)
                    .chars()
                    .all(|c| !c.is_lowercase())
            {
                mention.role = Role::Person;
            }
        }
        if document_verb
            && mention.role == Role::Person
            && mention.kind != MentionKind::Pronoun(crate::source::Pronoun::It)
        {
            continue;
        }
        relative.push(source::is_relative(tagged, last, &cue));
        let resolved = resolver.resolve(tagged, &mention);
        // Pronouns and role nouns take the identity and role of the source
        // they stand for; names are labelled by their own words.
        let (identity, role) = match (mention.kind, resolved) {
            (MentionKind::Pronoun(_) | MentionKind::RoleNoun, Some(r)) => (r.identity, r.role),
            _ => (mention.identity, mention.role),
        };
        out.push(Found {
            mention,
            resolved,
            cue,
            identity,
            role,
            mode: Mode::Indirect,
            quote: None,
        });
    }
    if out.is_empty() {
        if let Some(found) = subject_attribution(tagged, range, resolver) {
            out.push(found);
        }
    }
    // "a woman who suggested": a relative clause counts only when the
    // sentence attributes nothing else.
    if relative.iter().any(|r| !r) && relative.iter().any(|r| *r) {
        let mut keep = relative.iter().map(|r| !r);
        out.retain(|_| keep.next().unwrap_or(true));
    }
    out
}

/// With no cue, the subject of the main clause is the source of what the
/// sentence ascribes to it ("Republicans are slamming Kaine", "Clinton laid
/// out her plan"): the annotation guide counts positions and acts of a
/// source as attribution.
fn subject_attribution<'t>(
    tagged: &Tagged<'t>,
    range: &Range<usize>,
    resolver: &mut Resolver<'t>,
) -> Option<Found> {
    // A group of people as subject holds a position whatever the verb
    // ("Many Democrats are afraid", "Republicans weren't concerned").
    let (first, last, verb, any_verb) = match source::main_subject(tagged, range) {
        Some((f, l, v)) => (f, l, v, false),
        None => {
            let (f, l, v) = source::introducing_subject(tagged, range)?;
            (f, l, v, true)
        }
    };
    // Only a stance or state (an auxiliary, a past tense), not a bare act
    // ("Voters return on Tuesday").
    let stance = source::is_auxiliary(tagged, verb) || tagged.word(verb).ends_with("ed");
    if any_verb
        && !(tagged.word_in(last, List::GroupNouns) && source::is_plural(tagged, last) && stance)
    {
        return None;
    }
    if tagged.in_set(first, &NOT_SOURCES)
        || tagged.is_any(last, &["it", "there"])
        || is_tally(tagged, first, last)
    {
        return None;
    }
    let mention = source::classify(tagged, first, last, false);
    // People the article has introduced, groups of people, bodies and
    // described persons hold positions this way; unknown capitalised words
    // and documents as subjects mostly describe events.
    let person_like = match mention.kind {
        MentionKind::Name => {
            ((mention.role == Role::Person || mention.titled)
                && resolver.knows_person(tagged, mention.head.1))
                || mention.role == Role::Official
        }
        MentionKind::Pronoun(p) => {
            matches!(p, crate::source::Pronoun::He | crate::source::Pronoun::She)
        }
        MentionKind::RoleNoun => true,
        MentionKind::Other => {
            mention.identity == Identity::Anonymous
                && mention.role == Role::Person
                && tagged.word_in(last, List::GroupNouns)
                && source::is_plural(tagged, last)
        }
    };
    if !person_like {
        return None;
    }
    let resolved = resolver.resolve(tagged, &mention);
    let (identity, role) = match (mention.kind, resolved) {
        (MentionKind::Pronoun(_) | MentionKind::RoleNoun, Some(r)) => (r.identity, r.role),
        _ => (mention.identity, mention.role),
    };
    Some(Found {
        mention,
        resolved,
        cue: Cue {
            kind: CueKind::Verb,
            first: verb,
            last: verb,
            passive: false,
        },
        identity,
        role,
        mode: Mode::Indirect,
        quote: None,
    })
}

/// "Limbaugh added:" followed by words without quotation marks (a block
/// quotation whose marks the page dropped): the sentences it introduces, to
/// the end of that paragraph, carry its attribution.
fn carry_colon_introductions(
    tagged: &Tagged,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    found: &mut [Vec<Found>],
) {
    for s in 0..sentences.len() {
        let Some(intro) = found[s]
            .iter()
            .find(|f| {
                let verb_then_colon = f.cue.kind == CueKind::Verb
                    && tagged
                        .tokens
                        .get(f.cue.last + 1)
                        .is_some_and(|t| t.kind == Kind::Colon)
                    && f.mention.last < f.cue.first;
                // A transcript's "MARSH:" speaks to the end of the paragraph.
                verb_then_colon || f.cue.kind == CueKind::Colon
            })
            .copied()
        else {
            continue;
        };
        let next = s + 1;
        if next >= sentences.len() {
            continue;
        }
        let paragraph = sentences[next].paragraph;
        for t in next..sentences.len() {
            let r = &ranges[t];
            let opens_with_quote = r.start < r.end && tagged.quoted[r.start];
            if sentences[t].paragraph != paragraph || !found[t].is_empty() || opens_with_quote {
                break;
            }
            found[t].push(intro);
        }
    }
}

/// The subject of words that introduce a quotation with a colon, as an
/// attribution whose cue is the colon's verb.
fn introduction(tagged: &Tagged, range: Range<usize>) -> Option<Found> {
    let (first, last, verb) = source::introducing_subject(tagged, &range)?;
    if tagged.in_set(first, &NOT_SOURCES) || tagged.is_any(last, &["it", "there"]) {
        return None;
    }
    let mention = source::classify(tagged, first, last, false);
    if mention.kind == MentionKind::Other
        && mention.identity == Identity::Anonymous
        && mention.role == Role::Person
    {
        return None;
    }
    Some(Found {
        mention,
        resolved: None,
        cue: Cue {
            kind: CueKind::Verb,
            first: verb,
            last: verb,
            passive: false,
        },
        identity: mention.identity,
        role: mention.role,
        mode: Mode::Direct,
        quote: None,
    })
}

/// A quotation running over one or more paragraphs: its pieces and the
/// sentences they touch.
struct Group {
    span: Span,
    pieces: Vec<usize>,
    sentences: Range<usize>,
    closed: bool,
    words: usize,
}

/// Ties each quotation to its speaker and gives every sentence it touches
/// the speaker's attribution. Returns, per group, its report entry.
fn attribute_quotations<'t>(
    tagged: &Tagged<'t>,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    quotations: &[Quotation],
    found: &mut [Vec<Found>],
) -> Vec<(Span, Option<Found>, bool)> {
    let mut groups: Vec<Group> = Vec::new();
    for (i, q) in quotations.iter().enumerate() {
        if q.nested {
            continue;
        }
        let first = sentences.partition_point(|s| s.span.end <= q.span.start);
        let last = sentences.partition_point(|s| s.span.start < q.span.end);
        let words = tagged.tokens[token::first_at_or_after(&tagged.tokens, q.content.start)
            ..token::first_at_or_after(&tagged.tokens, q.content.end)]
            .iter()
            .filter(|t| t.is_word())
            .count();
        match groups.last_mut() {
            Some(g)
                if quotations[*g.pieces.last().unwrap_or(&i)].group == q.group && q.group != i =>
            {
                g.pieces.push(i);
                g.span.end = q.span.end;
                g.sentences.end = last.max(g.sentences.end);
                g.closed = q.closed;
                g.words += words;
            }
            _ => groups.push(Group {
                span: q.span,
                pieces: vec![i],
                sentences: first..last.max(first),
                closed: q.closed,
                words,
            }),
        }
    }

    let mut out = Vec::with_capacity(groups.len());
    let mut previous: Option<(Found, usize)> = None; // speaker, paragraph of its last piece
    for g in &groups {
        if g.sentences.is_empty() {
            out.push((g.span, None, g.closed));
            continue;
        }
        let para_first = sentences[g.sentences.start].paragraph;
        let para_last = sentences[g.sentences.end - 1].paragraph;
        // 1. A cue in a sentence the quotation touches, nearest its end.
        let mut speaker = g
            .sentences
            .clone()
            .rev()
            .flat_map(|s| {
                found[s]
                    .iter()
                    .filter(|f| f.quote.is_none() || f.quote == Some(g.span))
            })
            .find(|f| {
                (!tagged.quoted[f.cue.first] || f.cue.kind == CueKind::Colon)
                    && !matches!(f.cue.kind, CueKind::Citing)
            })
            .copied();
        // 2. A signature right after it: `“...” ― Name`.
        if speaker.is_none() && g.sentences.end < sentences.len() {
            let after = &found[g.sentences.end];
            let r = &ranges[g.sentences.end];
            speaker = after
                .iter()
                .find(|f| f.cue.kind == CueKind::Dash && f.cue.first == r.start)
                .copied();
            if let Some(sig) = found[g.sentences.end]
                .iter_mut()
                .find(|f| f.cue.kind == CueKind::Dash)
            {
                sig.mode = Mode::Direct;
                sig.quote = Some(g.span);
            }
        }
        // 3. "She said:" closing the sentence before.
        if speaker.is_none() && g.sentences.start > 0 {
            let before = g.sentences.start - 1;
            let r = &ranges[before];
            let ends_with_colon = r.end > r.start && tagged.tokens[r.end - 1].kind == Kind::Colon;
            if ends_with_colon {
                if found[before].is_empty() {
                    // "Sanders made the following comment:": any verb introduces.
                    if let Some(f) = introduction(tagged, r.start..r.end - 1) {
                        found[before].push(f);
                    }
                }
                if let Some(f) = found[before].last().copied() {
                    speaker = Some(f);
                    if let Some(intro) = found[before].last_mut() {
                        intro.mode = Mode::Direct;
                        intro.quote = Some(g.span);
                    }
                }
            }
        }
        // 3b. "... made the following comment: “..." in the same sentence.
        if speaker.is_none() {
            let r = &ranges[g.sentences.start];
            let open = token::first_at_or_after(&tagged.tokens, g.span.start);
            if open > r.start && open < r.end && tagged.tokens[open - 1].kind == Kind::Colon {
                speaker = introduction(tagged, r.start..open - 1);
                if let Some(f) = speaker {
                    found[g.sentences.start].push(f);
                }
            }
        }
        // 4. The news convention: a quotation opening a paragraph right after
        //    another speaker's quotation continues that speaker.
        let opens_paragraph = ranges[g.sentences.start].start
            == token::first_at_or_after(&tagged.tokens, g.span.start)
            && (g.sentences.start == 0 || sentences[g.sentences.start - 1].paragraph != para_first);
        if speaker.is_none() {
            if let Some((prev, prev_para)) = previous {
                let adjacent =
                    prev_para == para_first || (opens_paragraph && prev_para + 1 == para_first);
                // A whole paragraph in quotation marks continues even when short.
                if adjacent && (g.words >= 4 || opens_paragraph) {
                    speaker = Some(prev);
                }
            }
        }
        // 5. A quotation opening a paragraph right after a sentence that
        //    reports someone's words continues that someone.
        if speaker.is_none() && opens_paragraph && g.words >= 4 && g.sentences.start > 0 {
            let before = g.sentences.start - 1;
            if sentences[before].paragraph + 1 == para_first {
                speaker = found[before]
                    .iter()
                    .rev()
                    .find(|f| f.identity == Identity::Named && f.cue.kind != CueKind::Citing)
                    .copied();
            }
        }
        // A title or nickname in quotation marks ("Miss Piggy", "Morning Joe")
        // is no one's words.
        if is_title_quote(tagged, g.span) {
            speaker = None;
        }
        let Some(speaker) = speaker else {
            out.push((g.span, None, g.closed));
            previous = None;
            continue;
        };
        for s in g.sentences.clone() {
            let mode = quote_mode(tagged, &ranges[s], g.span);
            let own = found[s].iter_mut().find(|f| {
                f.cue.first == speaker.cue.first && f.mention.first == speaker.mention.first
            });
            match own {
                Some(f) => {
                    f.mode = mode;
                    f.quote = Some(g.span);
                }
                None => found[s].push(Found {
                    mode,
                    quote: Some(g.span),
                    ..speaker
                }),
            }
        }
        let mode = quote_mode(tagged, &ranges[g.sentences.start], g.span);
        out.push((
            g.span,
            Some(Found {
                mode,
                quote: Some(g.span),
                ..speaker
            }),
            g.closed,
        ));
        previous = Some((speaker, para_last));
    }
    out
}

/// A short quotation of capitalised words with no sentence punctuation:
/// a title or a nickname, not speech.
fn is_title_quote(tagged: &Tagged, span: Span) -> bool {
    let first = token::first_at_or_after(&tagged.tokens, span.start);
    let end = token::first_at_or_after(&tagged.tokens, span.end);
    let inside = &tagged.tokens[first..end];
    let words: Vec<_> = inside.iter().filter(|t| t.is_word()).collect();
    let punctuated = inside.iter().any(|t| {
        matches!(
            t.kind,
            Kind::Period | Kind::Comma | Kind::Break | Kind::Colon
        )
    });
    !words.is_empty()
        && words.len() <= 6
        && !punctuated
        && words.iter().all(|t| {
            t.capitalized
                || t.span
                    .slice(tagged.text)
                    .chars()
                    .all(|c| c.is_ascii_digit())
        })
}

/// Direct when the quotation makes up the sentence or a clause of it,
/// partial when it is a few words inside reported speech.
fn quote_mode(tagged: &Tagged, range: &Range<usize>, quote: Span) -> Mode {
    let tokens = &tagged.tokens[range.clone()];
    let inside = tokens.iter().filter(|t| quote.contains(t.span)).count();
    let starts_sentence = tokens.first().is_some_and(|t| quote.contains(t.span));
    if starts_sentence || inside * 2 >= tokens.len() {
        return Mode::Direct;
    }
    // A quoted clause ends with its own punctuation: `he said, "We will win."`
    let last_inside = tokens
        .iter()
        .rev()
        .find(|t| quote.contains(t.span) && t.kind != Kind::Quote);
    if last_inside.is_some_and(|t| matches!(t.kind, Kind::Period | Kind::Comma | Kind::Break))
        && inside >= 6
    {
        return Mode::Direct;
    }
    Mode::Partial
}

fn words<'t>(tagged: &Tagged<'t>, first: usize, last: usize) -> Words<'t> {
    let span = Span::new(
        tagged.tokens[first].span.start,
        tagged.tokens[last].span.end,
    );
    Words {
        text: span.slice(tagged.text),
        start: span.start,
        end: span.end,
    }
}

fn mention_report<'t>(tagged: &Tagged<'t>, f: &Found) -> SourceMention<'t> {
    let w = words(tagged, f.mention.first, f.mention.last);
    let resolved = match (f.resolved, f.mention.kind) {
        (Some(r), _) => Some(words(tagged, r.name.0, r.name.1).text),
        (None, MentionKind::Name) => Some(words(tagged, f.mention.head.0, f.mention.head.1).text),
        _ => None,
    };
    SourceMention {
        text: w.text,
        start: w.start,
        end: w.end,
        resolved: resolved.map(|r| r.trim_end_matches("'s").trim_end_matches("’s")),
        identity: f.identity,
        role: f.role,
    }
}

fn build_report<'t>(
    tagged: &Tagged<'t>,
    sentences: &[Sentence],
    quotations: &[Quotation],
    found: &[Vec<Found>],
    quotes: Vec<(Span, Option<Found>, bool)>,
) -> Report<'t> {
    let mut rows: Vec<SourceRow<'t>> = Vec::new();
    let mut row_of: HashMap<&'t str, usize> = HashMap::new();
    let mut seen_mentions: HashSet<(usize, usize)> = HashSet::new();
    let mut report_sentences = Vec::with_capacity(sentences.len());
    for (s, fs) in sentences.iter().zip(found) {
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
        let mut counted: Vec<usize> = Vec::new();
        for a in &attributions {
            let name = a.source.resolved.unwrap_or(a.source.text);
            let row = match row_of.get(name) {
                Some(&i) => i,
                None => {
                    row_of.insert(name, rows.len());
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
            hedges: hedges(tagged, s.span),
        });
    }
    let attributed_quotes = quotes.iter().filter(|q| q.1.is_some()).count();
    let quotes = quotes
        .into_iter()
        .map(|(span, speaker, closed)| QuoteReport {
            start: span.start,
            end: span.end,
            speaker: speaker.map(|f| {
                let m = mention_report(tagged, &f);
                m.resolved.unwrap_or(m.text)
            }),
            mode: speaker.map(|f| f.mode),
            closed,
        })
        .collect();
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

/// Hedges in a sentence, outside quotations.
fn hedges<'t>(tagged: &Tagged<'t>, span: Span) -> Vec<Words<'t>> {
    let start = token::first_at_or_after(&tagged.tokens, span.start);
    let end = token::first_at_or_after(&tagged.tokens, span.end);
    (start..end)
        .filter(|&k| !tagged.quoted[k])
        .filter_map(|k| {
            tagged
                .entry_at(k, List::Hedges)
                .filter(|&l| l < end)
                .map(|l| words(tagged, k, l))
        })
        .collect()
}
