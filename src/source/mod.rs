//! The source mention around a cue, its head, and what it is: who speaks
//! (identity: named or anonymous) and as what (role: official, media,
//! person, document).

use crate::cue::{Cue, CueKind, DOCUMENT_VERBS};
use crate::lexicon::{List, Lists};
use crate::model::{Identity, Role};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, WordSet};
use std::ops::Range;

mod subject;
mod words;

pub(crate) use subject::{
    introducing_subject, is_auxiliary, main_subject, opening_adjunct, opening_phrase,
};
pub(crate) use words::{EAGER, HONORIFICS};

/// Whether token `k` is a day of the week ("Monday").
pub(crate) fn is_day(tagged: &Tagged, k: usize) -> bool {
    tagged.in_set(k, &DAYS)
}
use words::*;

/// A source mention: tokens `first..=last`, its head `head.0..=head.1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub first: usize,
    pub last: usize,
    pub head: (usize, usize),
    pub kind: MentionKind,
    pub identity: Identity,
    pub role: Role,
    /// Named with an office title ("Sen. Rand Paul").
    pub titled: bool,
}

/// What the words of a mention are, which decides how it resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A proper name, with or without a title.
    Name,
    /// `he`, `she`, `they`, `it`.
    Pronoun(Pronoun),
    /// A definite description: `the president`, `the company`.
    RoleNoun,
    /// Anything else: groups, unnamed people, documents, bodies.
    Other,
}

/// Pronouns that may stand for a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    It,
}

/// The pronoun token `k` is, contractions included ("He’s", "she'd").
pub(crate) fn pronoun_at(tagged: &Tagged, k: usize) -> Option<Pronoun> {
    let b = tagged.bytes(k);
    // Most tokens are longer than any pronoun and its contraction ("they'd")
    // or start with another letter.
    let first = b.first().map(u8::to_ascii_lowercase);
    if b.len() > 9 || !matches!(first, Some(b'h' | b's' | b't' | b'i')) {
        return None;
    }
    // A word without an apostrophe is a pronoun only whole: its key, equal
    // to one pronoun's at most, spares the walk and the comparisons.
    if !b.iter().any(|&c| c == b'\'' || c == 0xE2) {
        let key = tagged.tokens[k].key();
        return PRONOUNS
            .iter()
            .zip(PRONOUN_KEYS)
            .find(|&((p, _), pk)| *pk == key && b.eq_ignore_ascii_case(p.as_bytes()))
            .map(|(&(_, p), _)| p);
    }
    let base = before_apostrophe(tagged.word(k));
    PRONOUNS
        .iter()
        .find(|(p, _)| base.eq_ignore_ascii_case(p))
        .map(|&(_, p)| p)
}

/// `w` up to its first apostrophe, straight or typographic: what
/// `split_once(['\'', '’'])` gives, by a walk over the bytes.
fn before_apostrophe(w: &str) -> &str {
    let b = w.as_bytes();
    (0..b.len())
        .find(|&i| b[i] == b'\'' || b[i..].starts_with("’".as_bytes()))
        .map_or(w, |i| &w[..i])
}

const PRONOUNS: &[(&str, Pronoun)] = &[
    ("he", Pronoun::He),
    ("she", Pronoun::She),
    ("they", Pronoun::They),
    ("it", Pronoun::It),
];

/// The keys of [`PRONOUNS`], in their order.
const PRONOUN_KEYS: &[u64] = words!["he", "she", "they", "it"];

/// Finds the source mention a cue attributes to, within the sentence `range`.
pub(crate) fn locate(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> Option<(usize, usize)> {
    let (first, last) = locate_words(tagged, range, cue)?;
    // The head is the last word before an appositive's comma.
    let core_last = (first..=last)
        .find(|&k| matches!(tagged.tokens[k].kind(), Kind::Comma | Kind::Dash) && k > first)
        .map_or(last, |c| c - 1);
    if cue.kind == CueKind::According {
        // What follows "according to" is the source, when it can be one:
        // "according to a formula agreed with the committees" names none.
        let head_end = (first + 1..=core_last)
            .find(|&k| {
                tagged.in_set(k, &PREPOSITIONS)
                    || (tagged.tokens[k].lowercase() && tagged.bytes(k).ends_with(b"ed"))
            })
            .map_or(core_last, |k| k - 1);
        // "according to one of his aides": the people counted head it.
        let head_end = if head_end < core_last
            && tagged.is(head_end + 1, "of")
            && (crate::token::is_numeral(tagged.bytes(head_end))
                || tagged.in_set(head_end, &COUNTED))
        {
            (head_end + 2..=core_last)
                .find(|&k| tagged.in_set(k, &PREPOSITIONS))
                .map_or(core_last, |k| k - 1)
        } else {
            head_end
        };
        let sourced = (first..=head_end)
            .any(|k| is_subject_word(tagged, k) || tagged.word_in(k, List::Documents));
        // "according to reporting by the Coastal Ledger": the agent names it.
        let by_agent = (head_end + 1..last).any(|k| {
            tagged.is(k, "by") && (k + 1..=last.min(k + 4)).any(|a| is_subject_word(tagged, a))
        });
        return (sourced || by_agent).then_some((first, last));
    }
    if cue.kind == CueKind::Dash || cue.kind == CueKind::Colon {
        return Some((first, last));
    }
    if cue.kind == CueKind::Citing {
        // "citing unnamed sources" names a source; "citing safety concerns" does
        // not, nor "cites his projects for a Dallas firm": only the head
        // phrase, before its first preposition, counts.
        let head_end = (first + 1..=core_last)
            .find(|&k| tagged.is_any(k, words!["for", "in", "at", "on", "from", "with", "about"]))
            .map_or(core_last, |k| k - 1);
        let sourced = (first..=head_end).any(|k| {
            is_subject_word(tagged, k) && !tagged.tokens[k].capitalized()
                || tagged.tokens[k].capitalized() && k > first
        });
        return sourced.then_some((first, last));
    }
    // "Women who spent years in politics warn": the head stands before
    // the relative clause.
    let core_last = (first + 1..=core_last)
        .find(|&k| tagged.is_any(k, words!["who", "whom"]))
        .map_or(core_last, |w| w - 1);
    // "A Clinton ad in 2008 questioned": the head stands before the
    // phrase's trailing preposition.
    let core_last = if is_subject_word(tagged, core_last) {
        core_last
    } else {
        (first + 1..core_last)
            .rev()
            .find(|&k| {
                tagged.is_any(
                    k,
                    words!["in", "on", "at", "from", "during", "of", "for", "into"],
                )
            })
            .map_or(core_last, |p| p - 1)
    };
    // "Voters I spoke to said": the noun before the contact clause.
    let core_last = contact_clause(tagged, first, core_last).map_or(core_last, |p| p - 1);
    // "Pence himself said": the name is the head.
    let core_last = if core_last > first
        && tagged.is_any(
            core_last,
            words!["himself", "herself", "themselves", "itself"],
        ) {
        core_last - 1
    } else {
        core_last
    };
    let plain_saying = tagged.is_any(cue.first, SAYING);
    // "Trump's running mate, Indiana Gov. Mike Pence": a name after the
    // description heads the phrase.
    let name_after = core_last + 2 <= last
        && last_name_run(tagged, core_last + 2, last).is_some_and(|(_, b)| b == last);
    let head_ok = is_subject_word(tagged, core_last)
        || name_after
        || (plain_saying
            && tagged.tokens[core_last].is_word()
            && !tagged.in_set(core_last, &STOP_BACK));
    head_ok.then_some((first, last))
}

/// The relative pronoun ("who said", "which said") between a mention and
/// its cue: such attributions sit inside another clause.
pub(crate) fn relative_pronoun(tagged: &Tagged, mention_last: usize, cue: &Cue) -> Option<usize> {
    if cue.kind != CueKind::Verb {
        return None;
    }
    // "Clinton, who drew support in the poll, was dismissive, telling": a
    // comma after the pronoun closes its clause before the cue.
    (mention_last + 1..cue.first)
        .find(|&k| tagged.is_any(k, words!["who", "which"]))
        .filter(|&k| {
            !(k..cue.first).any(|c| matches!(tagged.tokens[c].kind(), Kind::Comma | Kind::Dash))
        })
}

/// The word lists whose entries can head a source.
const SOURCE_LISTS: Lists = Lists::of(&[
    List::GroupNouns,
    List::Titles,
    List::InstitutionNouns,
    List::Institutions,
    List::Outlets,
    List::Documents,
    List::MediaNouns,
    List::PersonNouns,
    List::Anonymity,
]);

/// Words that can head a source: a name, a pronoun, a noun of the lexicons.
#[inline]
fn is_subject_word(tagged: &Tagged, k: usize) -> bool {
    let t = tagged.tokens[k];
    match t.kind() {
        Kind::Word => {
            (t.capitalized() && !tagged.in_set(k, &NOT_NAME_SET))
                // An entry ending here, such as "press secretary" (tested
                // before the costlier pronoun).
                || tagged.lists_ending_at(k).any_of(SOURCE_LISTS)
                || pronoun_at(tagged, k).is_some()
        }
        Kind::Close | Kind::Period => true,
        _ => false,
    }
}

fn locate_words(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> Option<(usize, usize)> {
    match cue.kind {
        // "According to a police report, the ferry hit the pier": opening
        // the sentence, the phrase ends at its comma, where the claim begins.
        CueKind::According | CueKind::Citing if cue.first <= range.start + 1 => {
            forward(tagged, range, cue.last + 1).map(|(f, e)| {
                let comma = (f..=e).find(|&k| tagged.tokens[k].kind() == Kind::Comma);
                (f, comma.map_or(e, |c| c.saturating_sub(1).max(f)))
            })
        }
        CueKind::According | CueKind::Citing => forward(tagged, range, cue.last + 1),
        CueKind::Dash => forward(tagged, range, cue.last + 1),
        CueKind::Colon => {
            let quoted = tagged.tokens[range.start].kind() == Kind::Quote;
            Some((range.start + usize::from(quoted), cue.first.checked_sub(1)?))
        }
        CueKind::Verb if cue.passive => forward(tagged, range, cue.last + 2),
        // "Smith was quoted as saying", "has been reported as saying": the
        // subject of the passive is the speaker.
        CueKind::Verb if quoted_as_saying(tagged, cue) => {
            let mut verb = cue.first - 2;
            while verb > range.start + 1 && subject::is_auxiliary(tagged, verb - 1) {
                verb -= 1;
            }
            backward(tagged, range, verb)
        }
        // "..., accusing her of", "is bearish on loans and expects": the
        // subject of the main clause.
        CueKind::Verb if shares_main_subject(tagged, range, cue) => {
            let (first, last, verb) = subject::introducing_subject(tagged, range)?;
            (verb < cue.first).then_some((first, last))
        }
        // "..., says Steve Schale, a strategist.": a verb of saying set off by
        // a comma, then a name or a description, has its subject after it.
        CueKind::Verb if inverted_tag(tagged, range, cue) => forward(tagged, range, cue.last + 1),
        CueKind::Verb => backward(tagged, range, cue.first).or_else(|| {
            let after_break = inverted_position(tagged, range, cue.first);
            if after_break {
                // "said members will help": the subject of the content, not
                // an inverted source.
                forward(tagged, range, cue.last + 1).and_then(|(f, e)| {
                    // ("said a trader who asked not to be named" ends in a
                    // clause, not a participle.)
                    let participle = tagged.tokens[e].lowercase()
                        && tagged.bytes(e).ends_with(b"ed")
                        && !(f..e).any(|k| tagged.is(k, "who"));
                    // "said one banker involved in the talks": a participle
                    // before a preposition describes the source.
                    if participle && e > f && tagged.in_set(e + 1, &PARTICIPLE_PREPOSITIONS) {
                        return Some((f, e - 1));
                    }
                    (!subject::is_auxiliary(tagged, e + 1) && !participle).then_some((f, e))
                })
            } else {
                None
            }
        }),
    }
}

/// Whether a verb continues the main clause without a subject of its own:
/// a participle after a comma ("..., accusing her of") or a verb after
/// "and" ("is bearish on loans and expects").
fn shares_main_subject(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    let Some(prev) = cue.first.checked_sub(1).filter(|&p| p > range.start) else {
        return false;
    };
    // "..., the people said, asking not to be named": the participle goes
    // with the clause it follows, not the main one.
    let participle = tagged.bytes(cue.first).ends_with(b"ing")
        && tagged.tokens[prev].kind() == Kind::Comma
        && !tagged.quoted[prev]
        && (!tagged.word_in(prev - 1, List::CueVerbs)
            // "dismissive of the plan, telling": a noun, not a verb.
            || crate::cue::is_noun_use(tagged, range, prev - 1));
    // "reviewed the records before confirming that", "while insisting".
    let adjunct = tagged.bytes(cue.first).ends_with(b"ing")
        && tagged.is_any(prev, words!["before", "after", "while", "without", "by"])
        && tagged.tokens[prev].lowercase()
        // "it goes without saying": an idiom.
        && !(tagged.is(prev, "without") && tagged.is_any(prev - 1, words!["goes", "go", "went"]));
    let participle = participle || adjunct;
    // "and", "but", past auxiliaries and adverbs ("but has denied", ", but
    // also contended").
    let mut conj = prev;
    while conj > range.start + 1
        && conj + 3 > prev
        && (subject::is_auxiliary(tagged, conj)
            || (tagged.tokens[conj].lowercase() && tagged.in_set(conj, &SKIPPABLE)))
        && !tagged.quoted[conj]
    {
        conj -= 1;
    }
    let coordinated = (tagged.is(conj, "but")
        || tagged.is(conj, "and"))
        && !tagged.bytes(cue.first).ends_with(b"ing")
        // ", and support for Sanders would": a noun.
        && !tagged.is_any(cue.last + 1, words!["for", "of"]);
    let prev = conj;
    // Not when a relative or subordinate clause comes first ("demonstrators,
    // who have taken to the streets and called for"); looked for only after
    // "and" or "but", as the scan is long and most cues need no answer.
    let embedded = || {
        (range.start.max(prev.saturating_sub(60))..prev).any(|k| {
            // "said that ... and noted": a complement, not a relative clause.
            // "She brought that down ... but said": after a past tense, "that"
            // is the object, not a relative pronoun.
            let complement = tagged.is(k, "that")
                && k > range.start
                && (tagged.word_in(k - 1, List::CueVerbs)
                    || tagged.bytes(k - 1).ends_with(b"ed")
                    || tagged.in_set(k - 1, &crate::cue::IRREGULAR_PAST));
            // "while working with Gilbert, and said": a participle phrase
            // has no subject of its own.
            (tagged.is_any(k, words!["who", "which", "that", "whom", "whose"]) && !complement)
                || tagged.in_set(k, &SUBORDINATORS) && !tagged.bytes(k + 1).ends_with(b"ing")
        })
    };
    participle || (coordinated && !embedded())
}

/// A verb of saying right after a comma and before its subject, which ends
/// the sentence: ", says Steve Schale, Obama's campaign director."
fn inverted_tag(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    let after_comma = cue.first > range.start
        && tagged.tokens[cue.first - 1].kind() == Kind::Comma
        && !tagged.quoted[cue.first - 1];
    let next = cue.last + 1;
    let subject_follows = next < range.end
        && !tagged.quoted[next]
        && !tagged.in_set(next, &DAYS)
        && !tagged.in_set(next, &MONTHS)
        && !tagged.in_set(next, &TIME_WORDS)
        && (tagged.tokens[next].capitalized() && pronoun_at(tagged, next).is_none()
            || tagged.is_any(next, words!["the", "a", "an", "one", "two"]));
    after_comma
        && subject_follows
        && tagged.is_any(cue.first, SAYING)
        // "Lee, a senator, told The Post": the one told follows "told".
        && !tagged.is_any(cue.first, words!["told", "tells", "asked"])
        && forward(tagged, range, next).is_some_and(|(f, e)| {
            // "..., said Ivanka Trump's statement didn't clarify it": a
            // clause, the content, not a subject.
            let clause = (f..=e).any(|k| subject::is_auxiliary(tagged, k));
            !clause
                && (e + 1 >= range.end
                    || matches!(tagged.tokens[e + 1].kind(), Kind::Period | Kind::Comma))
        })
}

/// Whether a verb stands where an inverted subject may follow it: after a
/// comma, a closing quotation mark, or at the start of the sentence.
fn inverted_position(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    let mut k = verb;
    while k > range.start {
        k -= 1;
        let t = tagged.tokens[k];
        if t.kind() == Kind::Word && tagged.in_set(k, &SKIPPABLE) {
            continue;
        }
        return matches!(
            t.kind(),
            Kind::Comma | Kind::Quote | Kind::Dash | Kind::Colon
        ) || tagged.quoted[k];
    }
    true
}

/// The subject before a verb: skips auxiliaries, adverbs, dates and a
/// parenthetical, then takes the noun phrase back to a clause boundary,
/// with a preceding name when the phrase is an appositive.
fn backward(tagged: &Tagged, range: &Range<usize>, verb: usize) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let mut j = verb;
    let progressive = tagged.bytes(verb).ends_with(b"ing");
    // "Democrats are quick to note": the subject of the copula.
    if j >= range.start + 3
        && tagged.is(j - 1, "to")
        && tagged.in_set(j - 2, &EAGER)
        && tagged.is_any(j - 3, words!["is", "was", "are", "were", "be", "been"])
    {
        j -= 3;
    }
    // Skip what may stand between a subject and its verb.
    while j > range.start {
        let k = j - 1;
        let t = tokens[k];
        if t.kind() == Kind::Word
            && !tagged.quoted[k]
            && (tagged.in_set(k, &SKIPPABLE)
                || (progressive
                    && tagged.is_any(k, words!["is", "was", "are", "were", "been", "be"]))
                || tagged.in_set(k, &DAYS)
                || tagged.is_ly_adverb(k))
        {
            j = k;
            if k > range.start && tagged.is(k - 1, "on") && tagged.in_set(k, &DAYS) {
                j = k - 1;
            }
            continue;
        }
        // "Officials there said", "Smith and Jones both said", "the
        // secretary meanwhile said": a word floating after the subject.
        if t.kind() == Kind::Word
            && k > range.start
            && tagged.in_set(k, &FLOATING)
            && !tagged.quoted[k]
            // ("they have both warned": after the auxiliary too.)
            && (is_subject_word(tagged, k - 1)
                || subject::is_auxiliary(tagged, k - 1)
                    && k - 1 > range.start
                    && is_subject_word(tagged, k - 2))
        {
            j = k;
            continue;
        }
        // "prosecutors in April charged".
        if t.capitalized() && tagged.in_set(k, &MONTHS) && k > range.start && tagged.is(k - 1, "in")
        {
            j = k - 1;
            continue;
        }
        // "The film ― which weaves together ... ― explains": an aside between
        // dashes.
        if t.kind() == Kind::Dash && !tagged.quoted[k] {
            let open = (range.start.max(k.saturating_sub(40))..k)
                .rev()
                .take_while(|&d| !matches!(tokens[d].kind(), Kind::Period | Kind::Break))
                .find(|&d| tokens[d].kind() == Kind::Dash && !tagged.quoted[d]);
            if let Some(open) = open.filter(|&d| d + 1 < k && d > range.start) {
                j = open;
                continue;
            }
        }
        // The aside's closing comma may sit inside a quotation: `race," added`.
        let closing = match t.kind() {
            Kind::Comma => Some(k),
            Kind::Quote if k > range.start && tokens[k - 1].kind() == Kind::Comma => Some(k - 1),
            _ => None,
        };
        if let Some(open) = closing.and_then(|c| {
            party_tag_start(tagged, range, c).or_else(|| parenthetical_start(tagged, range, c))
        }) {
            j = open;
            continue;
        }
        break;
    }
    if let Some(clause) = j
        .checked_sub(1)
        .and_then(|end| contact_clause(tagged, range.start, end))
    {
        if let Some((first, _)) = noun_phrase_back(tagged, range, clause - 1) {
            return Some((list_start(tagged, range, first, clause - 1), j - 1));
        }
    }
    let j = reduced_relative(tagged, range, j).unwrap_or(j);
    let end = j.checked_sub(1)?;
    if end < range.start || tagged.quoted[end] {
        return None;
    }
    if tokens[end].kind() == Kind::Comma {
        return appositive(tagged, range, end);
    }
    if pronoun_at(tagged, end).is_some() {
        return Some((end, end));
    }
    // "the guides I wrote": the writer or the reader, not a source.
    if tagged.is_any(
        end,
        words!["I", "we", "you", "I'd", "I'll", "I've", "I'm", "we'd", "we'll", "we've", "you'd"],
    ) {
        return None;
    }
    if tagged.is_any(end, words!["who", "which"]) {
        // "Smith, who said": the antecedent before the comma.
        let before = end.checked_sub(1)?;
        if before < range.start {
            return None;
        }
        // "The IAAF - which said": a dash opens the clause as a comma does.
        let last = if matches!(tokens[before].kind(), Kind::Comma | Kind::Dash) {
            before.checked_sub(1)?
        } else {
            before
        };
        // "General Motors Acceptance Corp (GMAC), which has said": the name
        // before its acronym.
        if last > range.start && tokens[last].kind() == Kind::Close {
            return phrase_before_aside(tagged, range, last, Kind::Open, 8);
        }
        let (first, last) = noun_phrase_back(tagged, range, last)?;
        // "drew scrutiny from Republicans, who": the antecedent is the
        // phrase after the last verb or preposition that is not "of".
        let first = (first..last)
            .rev()
            .find(|&k| {
                tagged.tokens[k].lowercase()
                    && (tagged.in_set(k, &ANTECEDENT_CUTS)
                        || tagged.bytes(k).ends_with(b"ed")
                        || tagged.in_set(k, &crate::cue::IRREGULAR_PAST))
            })
            .map_or(first, |k| k + 1);
        if tagged.is(end, "which") {
            // "members of the Saudi government, which denied": a body, the
            // last noun phrase.
            if let Some(of) = (first + 1..last).rev().find(|&k| tagged.is(k, "of")) {
                return Some((of + 1, last));
            }
        }
        return Some((first, last));
    }
    if tagged.in_set(end, &STOP_BACK) {
        return None;
    }
    match tokens[end].kind() {
        // "Kall -- co-editor of a book on debates -- said": the description
        // between dashes.
        Kind::Dash => phrase_before_aside(tagged, range, end, Kind::Dash, 30),
        // "Sen. Rand Paul (R-Ky.) said": the party tag.
        // "Sen. Rand Paul (R-Ky.) said", "Chris Murphy (a Connecticut Democrat so
        // boyish he has been mistaken for a staffer) says": the bracket's aside.
        Kind::Close => phrase_before_aside(tagged, range, end, Kind::Open, 24),
        _ => relative_subject(tagged, range, end)
            .or_else(|| noun_phrase_back(tagged, range, end))
            .map(|(first, last)| (list_start(tagged, range, first, last), last)),
    }
}

/// "Tom Smith, Ann Jones and Bob Brown said": the walk back ends at the
/// list's last comma; the earlier items, names each (an acronym in
/// brackets may follow one), belong to the subject too.
fn list_start(tagged: &Tagged, range: &Range<usize>, first: usize, last: usize) -> usize {
    let tokens = &tagged.tokens;
    // Names joined by "and" ("Ann Jones and Bob Brown"), not a description
    // holding one ("the leader of the Public and Commercial Services Union").
    let listed = is_name_word(tagged, first) && (first + 1..last).any(|k| tagged.is(k, "and"));
    let mut start = first;
    // At most a few dozen tokens back, so that a cue costs the same in a
    // sentence of any length.
    while start >= range.start + 2 && first - start < 40 {
        if !(listed && tokens[start - 1].kind() == Kind::Comma) {
            break;
        }
        let mut end = start - 2;
        // "British Bankers Association (BBA),".
        if tokens[end].kind() == Kind::Close
            && end >= range.start + 3
            && tokens[end - 2].kind() == Kind::Open
        {
            end -= 3;
        }
        let mut item = end + 1;
        while item > range.start && end + 1 - item < 6 && is_name_word(tagged, item - 1) {
            item -= 1;
        }
        // "In Washington, Smith and Jones": no item after a preposition.
        let opens = item == range.start
            || matches!(tokens[item - 1].kind(), Kind::Comma)
            || tokens[item - 1].is_word() && !tagged.in_set(item - 1, &NOT_NAME_SET);
        if item > end || tagged.quoted[item] || !opens {
            break;
        }
        start = item;
    }
    start
}

/// A capitalised word that may be part of a name (not "In", "Meanwhile").
fn is_name_word(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens[k].capitalized() && !tagged.in_set(k, &NOT_NAME_SET)
}

/// "A poll released Monday shows", "polls out on Sunday show", "a survey
/// conducted by Gallup found": a reduced relative clause stands between the
/// subject and its verb `j`; where the participle starts, so that the
/// subject is read before it. The clause may hold only a time, a date or
/// the agent ("by Gallup"), so that "Obama hoped Clinton would say" keeps
/// its subject.
fn reduced_relative(tagged: &Tagged, range: &Range<usize>, j: usize) -> Option<usize> {
    past_reduced_relative(tagged, range, j).or_else(|| present_reduced_relative(tagged, range, j))
}

/// "A union representing flight attendants endorsed": a present participle
/// after the subject's noun, with its object, up to the verb `j`.
fn present_reduced_relative(tagged: &Tagged, range: &Range<usize>, j: usize) -> Option<usize> {
    let lowest = j.saturating_sub(6).max(range.start + 1);
    let participle = (lowest..j).find(|&k| {
        tagged.tokens[k].lowercase()
            && tagged.bytes(k).ends_with(b"ing")
            && !tagged.word_in(k, List::CueVerbs)
            && is_subject_word(tagged, k - 1)
            && pronoun_at(tagged, k - 1).is_none()
            && tagged.tokens[k - 1].is_word()
    })?;
    // A short object, no preposition, and no noun the participle modifies
    // ("a tracking poll showed", "public polling shows").
    let object_only = participle + 1 < j
        && !tagged.word_in(participle + 1, List::Documents)
        && (participle + 1..j).all(|k| {
            tagged.tokens[k].is_word()
                && !tagged.quoted[k]
                && !subject::is_auxiliary(tagged, k)
                && !tagged.word_in(k, List::CueVerbs)
                && !tagged.in_set(k, &PREPOSITIONS)
                && !tagged.is_any(k, words!["who", "which", "that"])
        });
    object_only.then_some(participle)
}

fn past_reduced_relative(tagged: &Tagged, range: &Range<usize>, j: usize) -> Option<usize> {
    let lowest = j.saturating_sub(8).max(range.start + 1);
    let participle = (lowest..j).rev().find(|&k| is_participle(tagged, k))?;
    let mut agent = false;
    for k in participle + 1..j {
        let t = tagged.tokens[k];
        agent |= tagged.is(k, "by");
        let fits = !tagged.quoted[k]
            && (tagged.in_set(k, &TIME_WORDS)
                || tagged.in_set(k, &DAYS)
                || tagged.in_set(k, &MONTHS)
                || t.span()
                    .slice(tagged.text)
                    .starts_with(|c: char| c.is_ascii_digit())
                || (agent && (t.capitalized() || t.kind() == Kind::Period)));
        if !fits {
            return None;
        }
    }
    let noun = participle - 1;
    let t = tagged.tokens[noun];
    let subject = t.is_word()
        && pronoun_at(tagged, noun).is_none()
        && !tagged.in_set(noun, &STOP_BACK)
        && is_subject_word(tagged, noun);
    subject.then_some(participle)
}

/// A past participle that may open a reduced relative clause ("released",
/// "out"); not a cue verb, whose clause would be the attribution itself.
fn is_participle(tagged: &Tagged, k: usize) -> bool {
    let t = tagged.tokens[k];
    t.lowercase()
        && !tagged.word_in(k, List::CueVerbs)
        && (tagged.bytes(k).ends_with(b"ed")
            || tagged.is_any(
                k,
                words!["out", "taken", "done", "written", "held", "seen", "made"],
            ))
}

/// "a person who declined to be identified said": the noun before a
/// relative clause that runs, without a comma, up to the verb.
fn relative_subject(tagged: &Tagged, range: &Range<usize>, end: usize) -> Option<(usize, usize)> {
    // "the man who Trump said": a name or pronoun before the verb is its
    // own subject.
    if !tagged.tokens[end].lowercase() || pronoun_at(tagged, end).is_some() {
        return None;
    }
    let who = (range.start.max(end.saturating_sub(12))..end)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is_any(k, words!["who", "whom"]))?;
    let (first, _) = noun_phrase_back(tagged, range, who.checked_sub(1)?)?;
    Some((first, end))
}

/// "Everyone I interviewed", "voters we spoke to": the writer's contact
/// clause after a noun, ending at `end`; where it starts (its pronoun, or
/// "that" or "who" before it). The noun before it is the source; the writer
/// is no source of the claim.
pub(crate) fn contact_clause(tagged: &Tagged, from: usize, end: usize) -> Option<usize> {
    const CONTACTED: &[u64] = words![
        "interviewed",
        "surveyed",
        "polled",
        "asked",
        "contacted",
        "reached",
        "met",
        "consulted",
        "quoted",
        "visited",
    ];
    const SPOKE: &[u64] = words!["spoke", "spoken", "talked", "chatted"];
    let verb = if tagged.is_any(end, words!["to", "with"]) {
        end.checked_sub(1).filter(|&v| tagged.is_any(v, SPOKE))?
    } else {
        Some(end).filter(|&v| tagged.is_any(v, CONTACTED))?
    };
    let pronoun = verb.checked_sub(1)?;
    if pronoun <= from
        || !tagged.is_any(pronoun, words!["I", "we"])
        || !tagged.tokens[verb].lowercase()
        || tagged.quoted[pronoun]
    {
        return None;
    }
    // "Everyone that I interviewed": a relative word may open the clause.
    let start = if pronoun > from + 1 && tagged.is_any(pronoun - 1, words!["that", "who", "whom"]) {
        pronoun - 1
    } else {
        pronoun
    };
    (tagged.tokens[start - 1].is_word() && pronoun_at(tagged, start - 1).is_none()).then_some(start)
}

/// The noun phrase before an aside that ends at `end` and opens with a
/// token of kind `opens` at most `window` tokens back, with the aside.
fn phrase_before_aside(
    tagged: &Tagged,
    range: &Range<usize>,
    end: usize,
    opens: Kind,
    window: usize,
) -> Option<(usize, usize)> {
    let open = (range.start..end)
        .rev()
        .take(window)
        .find(|&k| tagged.tokens[k].kind() == opens)?;
    let (first, _) = noun_phrase_back(tagged, range, open.checked_sub(1)?)?;
    Some((first, end))
}

/// A comma pair enclosing a short prepositional aside (", in a statement,"):
/// returns the index of the opening comma.
fn parenthetical_start(tagged: &Tagged, range: &Range<usize>, close: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    let floor = range.start.max(close.saturating_sub(40));
    let open = (floor..close).rev().find(|&k| {
        !tagged.quoted[k]
            && matches!(
                tokens[k].kind(),
                Kind::Comma | Kind::Period | Kind::Colon | Kind::Break
            )
    })?;
    if tokens[open].kind() != Kind::Comma || open + 1 >= close {
        return None;
    }
    let lead = tagged.word(open + 1);
    let aside =
        tagged.in_set(open + 1, &ASIDES) || (tokens[open + 1].lowercase() && lead.ends_with("ing"));
    (aside && (close - open <= 12 || lead.ends_with("ing"))).then_some(open)
}

/// Whether words from `from` to `to` withhold a name ("on condition of
/// anonymity", "not authorized to speak").
fn withholds_name_between(tagged: &Tagged, from: usize, to: usize) -> bool {
    (from..=to).any(|k| {
        tagged.is_any(k, words!["anonymity", "authorized", "authorised"])
            || tagged.is_any(k, words!["named", "identified"])
                && k >= from + 2
                && tagged.is_any(k - 1, words!["be"])
    })
}

/// Whether token `k` opens a past-participle aside with its preposition
/// ("based in Austin", "filed in Los Angeles"), not an adjective before a
/// noun ("syndicated radio host Dennis Prager", "experienced member").
fn is_participle_aside(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens[k].lowercase()
        && tagged.bytes(k).ends_with(b"ed")
        && !tagged.quoted[k]
        // ("His lawyers, led by Bruce Cutler": a group its leader names.)
        && !tagged.is_any(k, words!["led", "headed", "contained"])
        && tagged.is_any(
            k + 1,
            words!["in", "by", "on", "at", "for", "to", "from", "with", "into", "jointly"],
        )
}

/// "quoted as saying", "reported as saying": a passive that names its
/// subject as the speaker.
fn quoted_as_saying(tagged: &Tagged, cue: &Cue) -> bool {
    cue.first >= 2
        && tagged.is(cue.first, "saying")
        && tagged.is(cue.first - 1, "as")
        && tagged.is_any(
            cue.first - 2,
            words!["quoted", "reported", "cited", "heard"],
        )
}

/// The comma before a party tag between commas that ends at `close`:
/// "Sen. Ron Johnson, R-Wis., said", "Rep. Ann Lee, D-N.Y., said".
fn party_tag_start(tagged: &Tagged, range: &Range<usize>, close: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    let mut k = close.checked_sub(1)?;
    if tokens[k].kind() == Kind::Period {
        k = k.checked_sub(1)?;
    }
    let open = k.checked_sub(1)?;
    let tag = tagged.bytes(k);
    let party = tag.len() >= 3
        && matches!(tag[0], b'R' | b'D' | b'I')
        && tag[1] == b'-'
        && tag[2].is_ascii_uppercase();
    (party && open > range.start && tokens[open].kind() == Kind::Comma && !tagged.quoted[k])
        .then_some(open)
}

/// `Name, a description, said` or `The club's manager, Name, said`: the
/// comma closes an appositive that opened at the comma before; the mention
/// runs from the phrase before that comma to the appositive's end.
fn appositive(tagged: &Tagged, range: &Range<usize>, comma: usize) -> Option<(usize, usize)> {
    appositive_chain(tagged, range, comma, true, true)
        // "Another superdelegate, Michael Brown of Washington, D.C., said":
        // the town and state may be the end of the appositive after all.
        .or_else(|| appositive_chain(tagged, range, comma, true, false))
}

/// [`appositive`]; with `chain`, a relative clause between commas may
/// follow a description between commas ("Willie Minor, an actor in Dallas,
/// who runs a theater, recalled"): one step back, so that no input nests
/// the search deeper.
fn appositive_chain(
    tagged: &Tagged,
    range: &Range<usize>,
    comma: usize,
    chain: bool,
    states: bool,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let last = comma.checked_sub(1)?;
    let mut k = last;
    let opening = loop {
        if k <= range.start {
            // "Rep. Ann Lee (D-N.Y.), chairman of the caucus, said": the
            // name opens the sentence; the description runs from the first comma.
            // ("after a woman in Worcester, Massachusetts, told": a state's
            // comma opens no description.)
            let first_comma = (range.start..last).find(|&c| {
                tokens[c].kind() == Kind::Comma && !(states && opens_state(tagged, c, last))
            })?;
            let name_part = range.start..first_comma;
            let named = name_part
                .clone()
                .any(|i| tokens[i].capitalized() && is_subject_word(tagged, i) && i > range.start)
                || name_run(tagged, range.start, first_comma.checked_sub(1)?)
                    .is_some_and(|(a, b)| b > a);
            return named.then_some((range.start, last));
        }
        if last - k > 30 || tagged.quoted[k] {
            return None;
        }
        match tokens[k].kind() {
            // "a retiree in Carthage, Ill., said": the state after a town is
            // no appositive of its own.
            Kind::Comma if !(states && state_after_town(tagged, k, last)) => break k,
            Kind::Period
                if k > 0 && !(tokens[k - 1].capitalized() && tokens[k - 1].span().len() <= 4) =>
            {
                return None
            }
            // An unpaired mark here is an apostrophe ("veterans' families").
            Kind::Colon | Kind::Break | Kind::Dash => return None,
            _ => {}
        }
        k -= 1;
    };
    // Chained, the appositive is a description: "Diageo" in "In July,
    // Diageo, which is listed" is the subject, not a description.
    if !chain && !tokens.get(opening + 1).is_some_and(|t| t.lowercase()) {
        return None;
    }
    let mut before = opening.checked_sub(1)?;
    // "Schiff, 56, who has served": an age between commas.
    if before > range.start + 1
        && tagged.word(before).bytes().all(|b| b.is_ascii_digit())
        && tokens[before - 1].kind() == Kind::Comma
    {
        before -= 2;
    }
    if tokens[before].kind() == Kind::Close {
        // "Rep. Ann Lee (D-N.Y.), chairman of the caucus, said".
        let open = (range.start..before)
            .rev()
            .take(8)
            .find(|&k| tokens[k].kind() == Kind::Open)?;
        before = open.checked_sub(1)?;
    }
    // "Lee, the chief, dismissed the idea, calling it": a clause, not an
    // appositive.
    let relative = tagged.is_any(opening + 1, words!["who", "which", "whose"]);
    if relative && chain && tokens[before].kind() != Kind::Close {
        if let Some((first, _)) = appositive_chain(tagged, range, opening, false, states) {
            return Some((first, last));
        }
    }
    // A cue verb in the description makes it a clause ("Lee, the chief,
    // dismissed the idea"); after a determiner the word is a noun ("a
    // spokesman for the show").
    if !relative
        && (opening + 1..=last).any(|k| {
            tokens[k].lowercase()
                && tagged.word_in(k, List::CueVerbs)
                && !tagged.is_any(
                    k - 1,
                    words!["the", "a", "an", "his", "her", "its", "their"],
                )
        })
    {
        return None;
    }
    let (first, head_last) = noun_phrase_back(tagged, range, before)?;
    // "The company, based in Austin, Texas, said": the phrase found is a
    // participle aside; the subject stands before it.
    if first > range.start + 1
        && tokens[first - 1].kind() == Kind::Comma
        && is_participle_aside(tagged, first)
    {
        return noun_phrase_back(tagged, range, first - 2).map(|(f, _)| (f, last));
    }
    // "Matthew Prince, chief executive of CloudFlare, a San Francisco
    // company, said": a description after an appositive title. The source
    // is the name and its title; the description only says more of the body.
    if chain
        && !relative
        && first > range.start
        && tokens[first - 1].kind() == Kind::Comma
        && tokens[first].lowercase()
        && tagged.is_any(opening + 1, words!["a", "an", "the"])
    {
        if let Some((chained, _)) = appositive_chain(tagged, range, opening, false, states) {
            return Some((chained, opening - 1));
        }
    }
    // "After winning Ohio, Gov. John Kasich (R-OH), said": an opening
    // participle clause, not a noun; the source is the segment after it.
    if tokens[first].lowercase()
        && tagged.bytes(first).ends_with(b"ing")
        && first > range.start
        && tagged.is_any(
            first - 1,
            words!["after", "before", "while", "since", "when", "despite", "upon", "without"],
        )
    {
        let named = (opening + 1..=last).any(|k| tokens[k].capitalized());
        return (chain && named).then_some((opening + 1, last));
    }
    // Chained, the description follows a name ("Following Mr Straw's
    // announcement, lawyer Ann Lee, who ..." is no chain).
    if !chain && !tokens[head_last].capitalized() {
        return None;
    }
    // "Trump's running mate, Indiana Gov. Mike Pence, said": the name
    // after the description is the head.
    let name_after = last_name_run(tagged, opening + 1, last).is_some_and(|(_, b)| b == last);
    // "The engineer, who was on site, said": "who" makes any noun a person.
    let person = tagged.is(opening + 1, "who")
        && tokens[head_last].lowercase()
        && head_last > first
        && tagged.in_set(first, &DEFINITE);
    if !(is_subject_word(tagged, head_last) || name_after || person)
        || PRONOUNS.iter().any(|(w, _)| tagged.is(head_last, w))
    {
        return None;
    }
    // Either side must be a name: "Hugh Hill, a doctor" or "its chief, Ann Lee".
    let named = |a: usize, b: usize| (a..=b).any(|i| tokens[i].capitalized() && i > range.start);
    if !named(first, head_last)
        && !named(opening + 1, last)
        && !tokens[first].capitalized()
        && !person
    {
        return None;
    }
    Some((first, last))
}

/// Whether the comma at `comma` opens a state after a town, ending before
/// the next comma (at or before `last`).
fn opens_state(tagged: &Tagged, comma: usize, last: usize) -> bool {
    (comma + 2..=(comma + 4).min(last + 1))
        .find(|&c| {
            tagged
                .tokens
                .get(c)
                .is_some_and(|t| t.kind() == Kind::Comma)
        })
        .is_some_and(|next| state_after_town(tagged, comma, next - 1))
}

/// Whether the comma at `comma` opens a state's abbreviation ending at
/// `last` after a town ("Carthage, Ill.", "Allentown, Pa."), or a state,
/// a county or a province of the word lists ("Austin, Texas", "Sumter,
/// South Carolina", "Henley, Oxfordshire").
fn state_after_town(tagged: &Tagged, comma: usize, last: usize) -> bool {
    let tokens = &tagged.tokens;
    let town = comma > 0 && tokens[comma - 1].capitalized();
    if town && tagged.entry_at(comma + 1, List::Regions) == Some(last) {
        return true;
    }
    last == comma + 2
        && comma > 0
        && tokens[comma - 1].capitalized()
        && tokens[comma + 1].capitalized()
        && tokens[comma + 1].span().len() <= 5
        // "McConnell, R-Ky.": a party tag, not a state.
        && !tagged.word(comma + 1).contains('-')
        && tokens[last].kind() == Kind::Period
}

/// The noun phrase ending at `end`, walking back to a clause boundary.
fn noun_phrase_back(tagged: &Tagged, range: &Range<usize>, end: usize) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    if end < range.start || end >= tokens.len() || tagged.quoted[end] {
        return None;
    }
    let end_ok = tokens[end].is_word()
        || (tokens[end].kind() == Kind::Period && end > range.start && tokens[end - 1].is_word());
    if !end_ok {
        return None;
    }
    let mut b = end;
    while b > range.start && end - b < 14 {
        let k = b - 1;
        let t = tokens[k];
        if tagged.quoted[k] {
            break;
        }
        match t.kind() {
            Kind::Word => {
                if tagged.is(k, "and") {
                    // "Trump and Pence said", "leaders and diplomats said":
                    // names, or groups, joined by "and" are one subject.
                    let names =
                        tokens[b].capitalized() && k > range.start && tokens[k - 1].capitalized();
                    // "Mike Pence and other senior Republicans", "the
                    // commentator and Clinton supporter": people on each side.
                    let people = |i: usize| {
                        tagged.word_in(i, List::GroupNouns)
                            || tagged.word_in(i, List::PersonNouns)
                            || tagged.word_in(i, List::Titles)
                    };
                    // "MPs and peers", "senators and governors".
                    let groups = k > range.start && people(b) && people(k - 1);
                    let mixed = k > range.start
                        && (tokens[k - 1].capitalized() || people(k - 1))
                        && (tagged.is(b, "other") || tokens[b].capitalized() && people(k - 1));
                    if names || groups || mixed {
                        b = k;
                        continue;
                    }
                    break;
                }
                // "advisers to Mr. Obama", "people close to her": "to" inside the phrase.
                let to_in_phrase = tagged.is(k, "to")
                    && k > range.start
                    && (tagged.word_in(k - 1, List::GroupNouns)
                        || tagged.is_any(k - 1, words!["close", "next", "privy"]));
                // "has also included members of ...": a verb, not a modifier.
                if t.lowercase()
                    && tagged.bytes(k).ends_with(b"ed")
                    && k > range.start
                    && (subject::is_auxiliary(tagged, k - 1)
                        || tagged.is_any(
                            k - 1,
                            words!["also", "not", "just", "still", "now", "only", "even", "then",],
                        ))
                {
                    break;
                }
                // "Teneo issued a statement saying": the statement's author.
                if t.lowercase()
                    && tagged.is_any(k, ISSUING)
                    && (b..=end).any(|d| tagged.word_in(d, List::Documents))
                {
                    return noun_phrase_back(tagged, range, k.checked_sub(1)?)
                        .filter(|_| k > range.start);
                }
                // "Paul Boateng attacked the Tory plans": after a name (not a
                // sentence's capitalised first word) and before an object, a
                // past tense is the name's verb ("Democratic registered
                // voters", "Ukrainian state-owned Naftohaz" have none).
                if t.lowercase()
                    && k > range.start + 1
                    && tokens[k - 1].capitalized()
                    && tagged.bytes(k).ends_with(b"ed")
                    && !tagged.bytes(k).contains(&b'-')
                    && (tagged.is_any(
                        k + 1,
                        words!["the", "a", "an", "his", "her", "its", "their", "them", "him"],
                    ) || tokens[k + 1].capitalized())
                {
                    break;
                }
                if t.lowercase() && honorific_opens_name(tagged, b, k) {
                    break;
                }
                // "A report on the projects says", "a survey by the bank
                // found": a document noun before its topic or author, no verb.
                // ("raised its estimate of oil demand": an object, after a
                // possessive inside the sentence.)
                let document = tagged.word_in(k, List::Documents)
                    && tagged.is_any(k + 1, words!["on", "into", "of", "by"])
                    && !(k > range.start + 1
                        && tagged.is_any(k - 1, words!["its", "his", "her", "their"]));
                if (tagged.in_set(k, &STOP_BACK) && !to_in_phrase)
                    || ((tagged.word_in(k, List::CueVerbs)
                        || tagged.word_in(k, List::WeakCueVerbs))
                        && t.lowercase()
                        && !tagged.word_in(k, List::GroupNouns)
                        && !document)
                {
                    break;
                }
                b = k;
            }
            // Abbreviation dots: "Sen.", "J.", "Jr."
            Kind::Period
                if k > range.start
                    && tokens[k - 1].is_word()
                    && tokens[k - 1].span().len() <= 4
                    && tokens[k - 1].capitalized() =>
            {
                b = k
            }
            Kind::Other if tagged.word(k) == "&" => b = k,
            // "the Musicians' Union": a plural's possessive mark in a name.
            Kind::Quote
                if plural_possessive(tagged, range, k)
                    && tokens[k + 1].capitalized()
                    && !tagged.quoted[k] =>
            {
                b = k
            }
            // "Politico/Morning Consult": joint names of pollsters and outlets.
            Kind::Other
                if tagged.word(k) == "/"
                    && k > range.start
                    && tokens[b].capitalized()
                    && tokens[k - 1].capitalized() =>
            {
                b = k
            }
            _ => break,
        }
    }
    // "likely to placate nervous Democrats, who argued": the verb after
    // "to" is not part of the phrase.
    if b > range.start
        && b < end
        && (tagged.is(b - 1, "to") || subject::is_auxiliary(tagged, b - 1))
        && tokens[b].lowercase()
        && !tagged.in_set(b, &DEFINITE)
        && !tagged.in_set(b, &INDEFINITE)
    {
        b += 1;
    }
    // "the $20 million experts say it costs": the sum is not the source.
    if b > range.start && matches!(tagged.word(b - 1), "$" | "£" | "€") {
        while b < end
            && (tagged.bytes(b).first().is_some_and(u8::is_ascii_digit)
                || tagged.is_any(b, words!["million", "billion", "trillion", "thousand"]))
        {
            b += 1;
        }
    }
    // "just last week the online bank Cahoot": a time before the phrase is
    // no part of it.
    let time = words!["just", "last", "this", "next", "earlier", "later", "week", "month", "year"];
    let starts_with_time = tagged.is_any(b, time)
        && (b..end).any(|k| tagged.is_any(k, words!["week", "month", "year", "weekend"]));
    if starts_with_time {
        while b < end && (tagged.is_any(b, time) || tagged.in_set(b, &DAYS)) {
            b += 1;
        }
    }
    // "But so far Canova": the adverb is no part of the phrase.
    if b < end && b > range.start && tagged.is(b, "far") && tagged.is(b - 1, "so") {
        b += 1;
    }
    // "Later the Tory leader said": an opening adverb before a determiner.
    if b < end
        && tokens[b].capitalized()
        && tagged.is_any(
            b,
            words![
                "later",
                "earlier",
                "meanwhile",
                "then",
                "now",
                "still",
                "also",
                "yesterday",
                "today",
                "instead",
                "however",
                "afterwards",
                "finally",
                "separately",
            ],
        )
        && tagged.is_any(
            b + 1,
            words!["the", "a", "an", "this", "that", "his", "her", "its"],
        )
    {
        b += 1;
    }
    // A leading preposition or clause opener belongs to another phrase:
    // "After the debate Trump" → "Trump".
    if tagged.in_set(b, &PREPOSITIONS) && tokens[b].is_word() {
        let restart = (b + 1..=end).rev().find(|&k| {
            tagged.in_set(k, &DEFINITE)
                || (tokens[k].capitalized() && (k == b + 1 || !tokens[k - 1].capitalized()))
        })?;
        b = restart;
    }
    if b > end || !(tokens[b].is_word()) {
        return None;
    }
    Some((b, end))
}

/// Whether the honorific at `b` opens the name, the lowercase word `k`
/// before it ending another phrase: "Speaking to the BBC News website Mr
/// Molyneux said", "During his speech Mr Allard". Not after a title or a
/// person noun ("Labour spokesman Mr Kemp"), a preposition ("an adviser to
/// Mr Obama") or what may be a verb of a relative clause ("who backed Mr
/// Romney", "which saw Mr Blair").
fn honorific_opens_name(tagged: &Tagged, b: usize, k: usize) -> bool {
    const PEOPLE: Lists = Lists::of(&[List::Titles, List::PersonNouns, List::GroupNouns]);
    let w = tagged.bytes(k);
    tagged.is_any(b, words!["mr", "mrs", "ms", "miss", "dr"])
        && !tagged.lists_ending_at(k).any_of(PEOPLE)
        && !tagged.in_set(k, &PREPOSITIONS)
        && !tagged.in_set(k, &ANTECEDENT_CUTS)
        && !tagged.in_set(k, &NOT_NAME_SET)
        && !tagged.in_set(k, &crate::cue::IRREGULAR_PAST)
        && !tagged.is_any(k, words!["who", "whom", "which", "that", "younger", "elder", "late"])
        && !(w.ends_with(b"s") || w.ends_with(b"ed") || w.ends_with(b"ing"))
        // "Forensic pathologist Dr Patricia McFeeley": a profession.
        && !(w.ends_with(b"ist") || w.ends_with(b"yst"))
}

/// Words before which a relative pronoun's antecedent starts.
static ANTECEDENT_CUTS: WordSet<64> = word_set![
    "from",
    "by",
    "with",
    "against",
    "among",
    "between",
    "after",
    "before",
    "during",
    "at",
    "in",
    "on",
    "for",
    "like",
    "including",
];

/// Verbs by which a source puts out a document ("issued a statement
/// saying").
const ISSUING: &[u64] = words![
    "issued",
    "issues",
    "released",
    "releases",
    "sent",
    "sends",
    "published",
    "publishes",
    "posted",
    "posts",
    "put",
    "filed",
    "files",
    "wrote",
    "writes",
    "delivered",
    "gave",
    "unleashed",
    "fired",
];

/// The noun phrase starting at `start`, up to a clause boundary, with a
/// following appositive (", a doctor at the clinic") when the sentence ends
/// there.
fn forward(tagged: &Tagged, range: &Range<usize>, start: usize) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    if start >= range.end || !tokens[start].is_word() || tagged.quoted[start] {
        return None;
    }
    if tagged.is_any(
        start,
        words![
            "that", "to", "in", "on", "at", "by", "about", "of", "for", "with", "it", "without",
        ],
    ) {
        return None;
    }
    let mut e = start;
    while e + 1 < range.end && e - start < 14 {
        let k = e + 1;
        let t = tokens[k];
        if tagged.quoted[k] {
            break;
        }
        // "the Mail on Sunday", "the Sunday Telegraph": an outlet's name
        // holds words that end a phrase elsewhere.
        if let Some(outlet) = tagged
            .hits_at(k)
            .iter()
            .find(|h| h.lists.has(List::Outlets) && h.last < range.end)
        {
            e = outlet.last;
            continue;
        }
        match t.kind() {
            // "a person close to the board", "people familiar with it".
            Kind::Word
                if tagged.is_any(k, words!["to", "with"])
                    && tagged.is_any(k - 1, words!["close", "familiar", "closest"]) =>
            {
                e = k
            }
            // "said a trader who asked not to be named": the clause that
            // withholds the name belongs to the mention.
            Kind::Word if tagged.is(k, "who") => {
                if let Some(end) = withheld_name_clause(tagged, range, k) {
                    return Some((start, end));
                }
                break;
            }
            Kind::Word if tagged.in_set(k, &STOP_FORWARD) || tagged.in_set(k, &DAYS) => break,
            // "experts I spoke to": a subject pronoun opens a relative clause.
            Kind::Word if tagged.is_any(k, words!["I", "we", "you", "he", "she", "they"]) => break,
            // "documents made public as part of a complaint": a participle
            // after the head starts a clause describing it, unless it names
            // who handled the document ("obtained by the Post").
            Kind::Word
                if t.lowercase()
                    && (tagged.word(k).ends_with("ed") || tagged.is(k, "made"))
                    && (is_subject_word(tagged, e) || tagged.word_in(e, List::Documents))
                    && !tagged.is(k + 1, "by") =>
            {
                break
            }
            Kind::Word => e = k,
            Kind::Period
                if tokens[e].is_word()
                    && tokens[e].span().len() <= 4
                    && tokens[e].capitalized()
                    && k + 1 < range.end
                    && tokens[k + 1].is_word() =>
            {
                e = k
            }
            Kind::Other if matches!(tagged.word(k), "&" | "/") => e = k,
            // "a new MPs' report": the apostrophe of a plural possessive.
            Kind::Quote if plural_possessive(tagged, range, k) => e = k,
            Kind::Open => {
                // "(R-Ky.)": a party tag stays with the name.
                match (k..range.end)
                    .take(8)
                    .find(|&c| tokens[c].kind() == Kind::Close)
                {
                    Some(close) => e = close,
                    None => break,
                }
            }
            _ => break,
        }
    }
    // "a poll released last week": the participle describes the head.
    if e > start && tokens[e].lowercase() && tagged.bytes(e).ends_with(b"ed") {
        e -= 1;
    }
    // ", a doctor at the clinic." to the end of the sentence.
    let comma = e + 1;
    if comma + 1 < range.end
        && tokens[comma].kind() == Kind::Comma
        && tagged.is_any(
            comma + 1,
            words!["a", "an", "the", "who", "which", "one", "its", "his", "her", "their",],
        )
    {
        // ("who works for Mr. Sanders": an abbreviation's full stop ends
        // nothing.)
        let abbreviation_dot = |d: usize| {
            tokens[d - 1].capitalized()
                && tokens[d - 1].span().len() <= 4
                && tokens.get(d + 1).is_some_and(|t| t.capitalized())
                && d + 1 < range.end
        };
        let mut k = comma + 1;
        while k + 1 < range.end
            && tokens[k + 1].kind() != Kind::Comma
            && (tokens[k + 1].kind() != Kind::Period || abbreviation_dot(k + 1))
            && !tagged.quoted[k + 1]
            && k - comma < 14
        {
            k += 1;
        }
        // A clause ("the thinning is driven by ...") is no appositive: no
        // verb before a relative pronoun.
        let clause = (comma + 1..=k)
            .take_while(|&i| !tagged.is_any(i, words!["who", "which", "that", "whose"]))
            .any(|i| {
                subject::is_auxiliary(tagged, i)
                    || (tokens[i].lowercase() && tagged.word_in(i, List::CueVerbs))
            });
        if !clause && (k + 1 >= range.end || tokens[k + 1].kind() == Kind::Period) {
            return Some((start, k));
        }
    }
    Some((start, e))
}

/// Whether the mark at `k` is the apostrophe of a plural possessive ("the
/// MPs' report", "workers' union"), not a quotation mark.
fn plural_possessive(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    matches!(tagged.word(k), "'" | "’")
        && k > range.start
        && k + 1 < range.end
        && tagged.tokens[k - 1].is_word()
        && tagged.bytes(k - 1).ends_with(b"s")
        && tagged.tokens[k].span().start == tagged.tokens[k - 1].span().end
        && tagged.tokens[k + 1].is_word()
}

/// The end of a relative clause from `who` that withholds a name ("who
/// asked not to be named", "who spoke on condition of anonymity"), when one
/// starts there.
fn withheld_name_clause(tagged: &Tagged, range: &Range<usize>, who: usize) -> Option<usize> {
    let end = (who + 1..range.end)
        .take(14)
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .last()?;
    (who + 1..=end)
        .any(|k| tagged.entry_at(k, List::Anonymity).is_some())
        .then_some(end)
}

/// Decides what a mention is.
pub(crate) fn classify(
    tagged: &Tagged,
    first: usize,
    last: usize,
    cue_is_document_verb: bool,
) -> Mention {
    // "The Falic group, which runs stores in the US,": a relative clause
    // describes the source; its own names are not the source's.
    // Nor does an aside of circumstance ("The Obama administration, in an
    // effort that has drawn criticism from business groups,").
    let relative = (first + 1..last).find(|&k| {
        tagged.tokens[k].kind() == Kind::Comma
            && (tagged.is_any(k + 1, words!["who", "which"])
                || is_participle_aside(tagged, k + 1)
                || tagged.is_any(
                    k + 1,
                    words!["in", "during", "after", "before", "amid", "despite"],
                ) && !tagged.is_any(first, words!["who", "which", "that"]))
    });
    if let Some(comma) = relative {
        let mut m = Mention {
            last,
            ..classify(tagged, first, comma - 1, cue_is_document_verb)
        };
        // "The senator, who spoke on condition of anonymity,": the clause
        // withholds the name.
        if withholds_name_between(tagged, comma + 1, last) {
            m.identity = Identity::Anonymous;
            m.kind = MentionKind::Other;
        }
        return m;
    }
    // "The people I interviewed": the writer's contact clause is no part
    // of the source's words.
    if let Some(clause) = contact_clause(tagged, first, last) {
        return Mention {
            last,
            ..classify(tagged, first, clause - 1, cue_is_document_verb)
        };
    }
    // "The National Rifle Association (NRA)": the acronym repeats the name.
    if last >= first + 3
        && tagged.tokens[last].kind() == Kind::Close
        && tagged.tokens[last - 2].kind() == Kind::Open
        && tagged
            .word(last - 1)
            .bytes()
            .all(|b| b.is_ascii_uppercase())
        && tagged.bytes(last - 1).len() >= 2
    {
        return Mention {
            last,
            ..classify(tagged, first, last - 3, cue_is_document_verb)
        };
    }
    let mut m = classify_words(tagged, first, last, cue_is_document_verb);
    if m.role == Role::Person
        && m.kind == MentionKind::Other
        && (first..=last).any(|k| tagged.in_set(k, &OFFICIAL_MEMBERS))
    {
        m.role = Role::Official;
    }
    if m.kind == MentionKind::Name && m.role == Role::Person {
        let masthead = tagged.is_any(m.head.1, MASTHEADS) && m.head.1 > m.head.0;
        if masthead {
            m.role = Role::Media;
        }
    }
    // "the man's sister", "a victim's mother": a relative of someone
    // unnamed is unnamed too.
    if m.kind == MentionKind::RoleNoun
        && m.role == Role::Person
        && unnamed_possessor(tagged, first, last)
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
    }
    // "Two California residents", "one European diplomat": unnamed people
    // whose capitalised word names a place, not a person to resolve to.
    if m.kind == MentionKind::Name && m.identity == Identity::Anonymous && m.role == Role::Person {
        m.kind = MentionKind::Other;
    }
    m
}

fn classify_words(
    tagged: &Tagged,
    first: usize,
    last: usize,
    cue_is_document_verb: bool,
) -> Mention {
    let tokens = &tagged.tokens;
    let mut m = Mention {
        first,
        last,
        head: (first, last),
        kind: MentionKind::Other,
        identity: Identity::Named,
        role: Role::Person,
        titled: false,
    };
    if first == last {
        if let Some(p) = pronoun_at(tagged, first) {
            m.kind = MentionKind::Pronoun(p);
            m.role = if p == Pronoun::It {
                Role::Official
            } else {
                Role::Person
            };
            return m;
        }
    }
    let mut strong_anonymity = false;
    let mut weak_anonymity = false;
    let mut outlet = None;
    let mut institution = None;
    let mut title = None;
    let mut spokesperson = false;
    let mut group = None;
    let mut institution_noun = None;
    let mut document = None;
    let mut media_noun = None;
    let mut person_noun = None;
    let mut place = None;
    let mut k = first;
    // The phrase after "familiar with", "close to" describes the
    // anonymous source, not a second source.
    let mut scope_end = last;
    // "Hugh Hill, a doctor at the clinic": the words before the comma name
    // the source; the description after it only adds its title or body.
    let comma = (first..=last).find(|&i| matches!(tokens[i].kind(), Kind::Comma | Kind::Dash));
    let core_end = comma
        .filter(|&c| {
            c > first
                && last_name_run(tagged, first, c - 1).is_some_and(|(a, b)| {
                    (b + 1 == c
                        || tokens[c - 1].kind() == Kind::Close
                        || tagged.is_any(c - 1, words!["himself", "herself"]))
                        // "Our correspondent in Moscow, Sarah Rainsford":
                        // the place is no name of the source.
                        && place_after_in(tagged, first, (a, b)).is_none()
                })
        })
        .map(|c| {
            // "Rep. Ann Lee (D-N.Y.), chairman": the party tag is no name.
            let tag_open = (tokens[c - 1].kind() == Kind::Close)
                .then(|| {
                    (first..c - 1)
                        .rev()
                        .find(|&k| tokens[k].kind() == Kind::Open)
                })
                .flatten()
                .filter(|&o| o > first);
            tag_open.unwrap_or(c) - 1
        });
    let mut appositive_title = None;
    let mut appositive_body = false;
    while k <= last {
        for hit in tagged.hits_at(k) {
            let h = (hit.first, hit.last.min(last));
            if hit.last > last {
                continue;
            }
            let l = hit.lists;
            if l.has(List::Anonymity) {
                let w = tagged.word(k).to_ascii_lowercase();
                if matches!(
                    w.as_str(),
                    "some"
                        | "many"
                        | "several"
                        | "others"
                        | "few"
                        | "most"
                        | "critics"
                        | "experts"
                        | "analysts"
                        | "observers"
                ) {
                    weak_anonymity = true;
                } else {
                    strong_anonymity = true;
                }
                if tagged.is_any(hit.last, words!["with", "to", "the"]) {
                    scope_end = scope_end.min(hit.last);
                }
            }
            if core_end.is_some_and(|e| k > e) {
                if l.has(List::Titles) && appositive_title.is_none() {
                    appositive_title = Some(h);
                }
                // "..., the agency that oversees the program": a body.
                let opened = comma.map_or(first, |c| c + 1);
                if l.has(List::InstitutionNouns)
                    && k <= opened + 5
                    && tagged.in_set(opened, &DEFINITE)
                {
                    appositive_body = true;
                }
                continue;
            }
            if k <= scope_end {
                if l.has(List::Outlets) && outlet.is_none() {
                    outlet = Some(h);
                }
                if l.has(List::Institutions) && institution.is_none() {
                    institution = Some(h);
                }
                if l.has(List::Titles) && title.is_none() {
                    title = Some(h);
                    spokesperson |= tagged
                        .bytes(k)
                        .get(..6)
                        .is_some_and(|p| p.eq_ignore_ascii_case(b"spokes"))
                        || tagged.is(hit.last, "secretary") && tagged.is(k, "press");
                }
                if l.has(List::GroupNouns) {
                    group = Some(h);
                }
                if l.has(List::InstitutionNouns) {
                    institution_noun = Some(h);
                }
                // "the Bureau of Labor Statistics": a body's name, not a
                // document.
                let named_body = tokens[k].capitalized()
                    && institution_noun.is_some_and(|(_, e): (usize, usize)| {
                        e + 1 < k && tagged.is_any(e + 1, words!["of", "for"])
                    });
                if l.has(List::Documents) && !named_body {
                    // The first document noun heads the phrase ("a study
                    // published in the journal Nature"), with the nouns
                    // right after it ("the Beige Book survey").
                    document = match document {
                        None => Some(h),
                        Some(d) if d.1 + 1 == h.0 => Some((d.0, h.1)),
                        d => d,
                    };
                }
                if l.has(List::MediaNouns) {
                    media_noun = Some(h);
                }
                if l.has(List::PersonNouns) {
                    person_noun = Some(h);
                }
                if l.has(List::Places) && place.is_none() {
                    place = Some(h);
                }
            }
        }
        k += 1;
    }
    let scope_end = core_end.unwrap_or(scope_end);
    // In an appositive only a current public office makes the source official
    // ("Ann Lee, the state's attorney general"); a job at a firm or a former
    // office ("a former foreign minister") describes a person.
    let title = title.or(appositive_title.filter(|&(t, _)| {
        let opened = core_end.map_or(first, |e| e + 1);
        tagged.in_set(t, &PUBLIC_OFFICES)
            && !(opened..t).any(|k| tagged.is_any(k, words!["former", "ex"]))
    }));
    // "Tomas Ek of Stockholm University": the name before "of" is the head.
    let name_scope = (first + 1..scope_end.min(last))
        .find(|&k| {
            tagged.is_any(k, words!["of", "at", "from"])
                && tokens[k - 1].capitalized()
                && !tagged.word_in(k - 1, List::InstitutionNouns)
                && last_name_run(tagged, first, k - 1).is_some_and(|(a, b)| b == k - 1 && b > a)
        })
        .map_or(scope_end.min(last), |k| k - 1);
    // "Sen. Ann Lee (D-N.M.)": the party tag is no part of the name.
    let name_scope = (first..=name_scope)
        .find(|&k| tokens[k].kind() == Kind::Open && k > first)
        .map_or(name_scope, |k| k - 1);
    let mut name = last_name_run(tagged, first, name_scope);
    // "Sarah Rainsford in Moscow", "a spokesman in Moscow": a place after
    // "in" says where the source is, not who; the name, if any, is before.
    let mut name_scope = name_scope;
    if let Some(at) = name.and_then(|h| place_after_in(tagged, first, h)) {
        name_scope = at - 1;
        // Only a name right before "in" heads the mention, and one word
        // only past the first ("Blogging friends in India", "GPs in Wales"
        // are no names).
        name = last_name_run(tagged, first, name_scope)
            .filter(|&(a, b)| b == name_scope && (b > a || a > first));
    }
    if let Some(h) = name.filter(|_| name_scope < scope_end.min(last) && !strong_anonymity) {
        // A person and their affiliation: labelled by the person's own title.
        m.head = h;
        m.kind = MentionKind::Name;
        m.titled = title.is_some_and(|t| t.1 < h.0);
        m.role = if m.titled {
            Role::Official
        } else {
            Role::Person
        };
        return m;
    }
    // Compared ignoring ASCII case, without a lowercase copy to allocate.
    let lead = tagged.word(first);
    let lead_ends = |suffix: &str| {
        lead.len() >= suffix.len()
            && lead.as_bytes()[lead.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let indefinite =
        tagged.in_set(first, &INDEFINITE) || crate::token::is_numeral(tagged.bytes(first));
    let definite = tagged.in_set(first, &DEFINITE)
        || lead_ends("'s")
        || lead_ends("’s")
        || ["his", "her", "their", "its"]
            .iter()
            .any(|w| lead.eq_ignore_ascii_case(w));

    // An unnamed document: "a new report", "polls".
    // A head noun may be followed by its complement or a participle phrase:
    // "a poll released Monday", "officials at the Pentagon".
    let head_is = |h: Option<(usize, usize)>| {
        h.is_some_and(|(_, l)| {
            let next = tagged.word(l + 1);
            l == scope_end.min(last)
                || tagged.is_any(
                    l + 1,
                    words![
                        "for",
                        "of",
                        "at",
                        "from",
                        "in",
                        "with",
                        "by",
                        "close",
                        "familiar",
                        "who",
                        "that",
                        "which",
                        "on",
                        "conducted",
                        "tracking",
                    ],
                )
                || (l < scope_end.min(last)
                    && tagged.tokens[l + 1].lowercase()
                    && next.ends_with("ed"))
        })
    };

    // "A lawyer for the outlets, David Schulz": a description, then the name.
    if let Some(c) = comma.filter(|_| core_end.is_none() && !strong_anonymity) {
        let after =
            name_run(tagged, c + 1, last).filter(|&(a, b)| a == c + 1 && b == last && b > a);
        if let Some(h) = after {
            m.head = h;
            m.kind = MentionKind::Name;
            m.titled = title.is_some_and(|t| t.1 < c);
            m.role = if spokesperson || m.titled {
                Role::Official
            } else {
                Role::Person
            };
            return m;
        }
    }
    if strong_anonymity || leading_group(tagged, first, scope_end.min(last)) {
        // "sources", "officials at the Pentagon", "advisers to Mr. Obama".
        m.identity = Identity::Anonymous;
        m.role = role_of(outlet, institution, title, institution_noun, document);
        if spokesperson {
            m.identity = Identity::Named;
            m.role = Role::Official;
        }
        return m;
    }
    // "documents seen by Reuters": who saw a document did not write it.
    let witnessed = (first..last).any(|k| {
        tagged.is_any(
            k,
            words!["seen", "reviewed", "obtained", "viewed", "examined"],
        ) && tagged.is(k + 1, "by")
    });
    if witnessed && document.is_some_and(|(d, _)| d < last) && !definite {
        m.identity = Identity::Anonymous;
        m.role = Role::Document;
        return m;
    }
    // "recent polls in Pennsylvania", "a survey of Ohio voters": a place
    // or the people asked, not an author.
    let located = name.is_some_and(|(a, b)| {
        (first..a).any(|k| tagged.is_any(k, words!["in", "across", "of", "among", "from"]))
            && (a..=b).all(|k| {
                !tagged.tokens[k].capitalized()
                    || tagged.word_in(k, List::Places)
                    || tagged.entry_ending_at(k, List::Places)
            })
    });
    let authored = name.is_some_and(|(a, _)| a > first || !tagged.tokens[first].capitalized())
        && !located
        || published_by_body(tagged, first, last);
    // "a police report", "a county audit": a body's document, its author
    // stated by the noun before it.
    let by_body = institution_noun
        .zip(document)
        .is_some_and(|((_, body), (d, _))| body < d);
    if head_is(document) && by_body {
        m.role = Role::Document;
        return m;
    }
    if head_is(document) && !definite && outlet.is_none() && institution.is_none() && !authored {
        // "recent polls", "a fund-raising document": no stated author.
        m.identity = Identity::Anonymous;
        m.role = Role::Document;
        return m;
    }
    // "many Mexicans", "some Democrats": a quantifier before a group name.
    let full_name = name.is_some_and(|(a, b)| b > a);
    if let Some(h) =
        name.filter(|_| !weak_anonymity || (full_name && name_is_head(tagged, name, scope_end)))
    {
        m.head = h;
        m.kind = MentionKind::Name;
        // "Christian News Service", "a Washington Post-ABC News poll".
        let masthead_name = h.1 > h.0
            && (tagged.is_any(h.1, words!["News", "Press"])
                || tagged.is(h.1 - 1, "News") && tagged.is_any(h.1, words!["Service", "Agency"]));
        let name_is_outlet = outlet.is_some_and(|o| overlaps(o, h)) || masthead_name;
        let name_is_institution = institution.is_some_and(|o| overlaps(o, h));
        // "Wisconsin Republican": a capitalised person noun after the name
        // heads the phrase too.
        let member_after = h.1 + 1 == scope_end.min(last)
            && tokens[h.1 + 1].capitalized()
            && tagged.word_in(h.1 + 1, List::PersonNouns);
        if head_is(person_noun)
            && (!name_is_head(tagged, name, scope_end) || member_after)
            && !spokesperson
        {
            // "the GOP nominee": a person the article has introduced, not the
            // party; "a Wisconsin Republican": a person the reader cannot
            // look up.
            m.head = (first, last);
            m.role = Role::Person;
            if indefinite {
                m.kind = MentionKind::Other;
                m.identity = Identity::Anonymous;
            } else {
                m.kind = MentionKind::RoleNoun;
            }
            return m;
        }
        // "the Texas senator", "the party's Treasury spokesman": an office
        // named by its place or brief, whose holder the article has named.
        let title_after = title.is_some_and(|(a, b)| a == h.1 + 1 && b == scope_end.min(last));
        if definite && title_after && !name_is_head(tagged, name, scope_end) {
            m.kind = MentionKind::RoleNoun;
            m.head = (first, last);
            m.role = Role::Official;
            return m;
        }
        if head_is(group) && !name_is_head(tagged, name, scope_end) {
            // "White House officials", "Clinton aides": members of a body, unnamed.
            m.identity = Identity::Anonymous;
            m.role = if spokesperson {
                Role::Official
            } else {
                role_of(outlet, institution, title, institution_noun, document)
            };
            if spokesperson {
                m.identity = Identity::Named;
            }
            return m;
        }
        if spokesperson {
            m.role = Role::Official;
            return m;
        }
        if head_is(media_noun) && !name_is_head(tagged, name, scope_end) {
            // "North Korean state media", "the Chinese state broadcaster": an
            // outlet named by its country or owner.
            m.kind = MentionKind::Other;
            m.head = (first, last);
            m.role = Role::Media;
            return m;
        }
        if title.is_some_and(|t| t.1 < h.0) && !head_is(document) && !head_is(institution_noun) {
            // "PolitiFact Executive Director Aaron Sharockman"
            m.titled = true;
            m.role = Role::Official;
            return m;
        }
        if name_is_outlet && !head_is(document) {
            m.role = Role::Media;
            return m;
        }
        if head_is(document) {
            m.role = if outlet.is_some() || name_is_outlet {
                Role::Media
            } else {
                Role::Document
            };
            return m;
        }
        let body_name = appositive_body
            // "the online bank Cahoot", "carmaker Toyota": named as a body.
            || institution_noun.is_some_and(|(_, l)| l + 1 == h.0)
            || place.is_some_and(|p| overlaps(p, h))
            || tagged.entry_ending_at(h.1, List::Places)
            || is_acronym(tagged.word(h.1))
            || (h.0..=h.1).any(|k| tagged.word_in(k, List::InstitutionNouns));
        if name_is_institution || head_is(institution_noun) || body_name {
            m.role = Role::Official;
            return m;
        }
        if title.is_some() {
            m.titled = true;
            m.role = Role::Official;
            return m;
        }
        m.role = Role::Person;
        return m;
    }
    // "a report by the watchdog": a document whose author is a body.
    let body_document = document.is_some() && published_by_body(tagged, first, last);
    // "a court ruled", "a union endorsed": a body speaking as such, on
    // the record, though the article does not name it; but "a group of
    // rabbis" is unnamed people, and in "pals in government" the body is
    // no head.
    let unnamed_members = institution_noun.is_some_and(|(_, e)| tagged.is(e + 1, "of"))
        || (institution_noun.is_some() && !head_is(institution_noun));
    if weak_anonymity
        || (indefinite
            && !body_document
            && (group.is_some() || title.is_some() || document.is_some() || unnamed_members))
    {
        // "a spokesman announced": on the record for the body the article
        // speaks of, even when the office goes unsaid.
        if spokesperson {
            m.role = Role::Official;
            return m;
        }
        m.identity = Identity::Anonymous;
        m.role = role_of(outlet, institution, title, institution_noun, document);
        return m;
    }
    if let Some(o) = outlet {
        m.head = o;
        m.role = Role::Media;
        return m;
    }
    if head_is(media_noun) {
        // "the newspaper": an outlet the article has named.
        m.role = Role::Media;
        m.identity = if definite {
            Identity::Named
        } else {
            Identity::Anonymous
        };
        return m;
    }
    // "the bankruptcy filing of its chief executive": the document comes
    // first and heads the phrase; the person after "of" owns it.
    let before = |a: Option<(usize, usize)>, b: Option<(usize, usize)>| {
        a.is_some_and(|(a, _)| b.is_none_or(|(b, _)| a < b))
    };
    if let Some(d) = document.filter(|_| {
        definite && head_is(document) && before(document, person_noun) && before(document, title)
    }) {
        m.head = d;
        m.role = Role::Document;
        return m;
    }
    if head_is(person_noun) && definite && !is_plural(tagged, scope_end.min(last)) {
        // "the nominee", "the woman": someone the article has introduced.
        m.kind = MentionKind::RoleNoun;
        return m;
    }
    if head_is(group) && definite && !is_plural(tagged, scope_end.min(last)) && !spokesperson {
        let head = group.map_or(last, |g| g.1);
        if tagged.is_any(
            head,
            words![
                "person",
                "source",
                "official",
                "aide",
                "adviser",
                "advisor",
                "insider",
                "staffer",
                "diplomat",
                "investigator",
            ],
        ) {
            // "the person said": the unnamed source met before.
            m.identity = Identity::Anonymous;
            m.role = role_of(outlet, institution, title, institution_noun, document);
            return m;
        }
        // "the band leader": one person the article has introduced.
        m.kind = MentionKind::RoleNoun;
        return m;
    }
    if head_is(group) && !spokesperson {
        m.identity = Identity::Anonymous;
        m.role = role_of(outlet, institution, title, institution_noun, document);
        return m;
    }
    if let Some(t) = title {
        m.role = Role::Official;
        m.titled = true;
        m.kind = if definite || t.0 == first {
            MentionKind::RoleNoun
        } else {
            MentionKind::Other
        };
        if spokesperson {
            m.kind = MentionKind::Other;
        }
        return m;
    }
    if let Some(i) = institution {
        m.head = i;
        m.role = Role::Official;
        return m;
    }
    if let Some(d) = document {
        // "the report": a document the article identified; bare plurals
        // ("polls show") and indefinites are unnamed.
        m.role = Role::Document;
        if !definite && !authored {
            m.identity = Identity::Anonymous;
        } else {
            m.head = d;
        }
        return m;
    }
    if institution_noun.is_some() {
        m.role = Role::Official;
        m.kind = if definite {
            MentionKind::RoleNoun
        } else {
            MentionKind::Other
        };
        return m;
    }
    if cue_is_document_verb {
        m.role = Role::Document;
    }
    if definite {
        m.kind = MentionKind::RoleNoun;
        return m;
    }
    m.identity = Identity::Anonymous;
    m
}

/// Whether the phrase opens with an unnamed possessor: a determiner, then
/// lowercase words, the last possessive ("the man's", "a local farmer's").
fn unnamed_possessor(tagged: &Tagged, first: usize, last: usize) -> bool {
    if !tagged.in_set(first, &DEFINITE) && !tagged.in_set(first, &INDEFINITE) {
        return false;
    }
    (first + 1..last)
        .take_while(|&k| tagged.tokens[k].lowercase())
        .any(|k| {
            let w = tagged.bytes(k);
            w.ends_with(b"'s") || w.ends_with("’s".as_bytes())
        })
}

/// "figures published by the council", "a report from the agency": a
/// document whose author is a body.
fn published_by_body(tagged: &Tagged, first: usize, last: usize) -> bool {
    (first..last).any(|k| {
        tagged.is_any(k, words!["by", "from"])
            && (k + 1..=last).any(|j| {
                tagged.word_in(j, List::InstitutionNouns)
                    || tagged.entry_at(j, List::Institutions).is_some()
                    || tagged.entry_at(j, List::Outlets).is_some()
            })
    })
}

/// A rough plural test for a head noun: "officials", "aides", not "boss".
pub(crate) fn is_plural(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.bytes(k);
    (w.ends_with(b"s") && !w.ends_with(b"ss"))
        || ["people", "men", "women", "children", "police"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
}

/// Whether the cue is a verb that only documents and bodies take.
pub(crate) fn is_document_verb(tagged: &Tagged, cue: &Cue) -> bool {
    cue.kind == CueKind::Verb && tagged.is_any(cue.first, DOCUMENT_VERBS)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn role_of(
    outlet: Option<(usize, usize)>,
    institution: Option<(usize, usize)>,
    title: Option<(usize, usize)>,
    institution_noun: Option<(usize, usize)>,
    document: Option<(usize, usize)>,
) -> Role {
    if document.is_some() {
        Role::Document
    } else if outlet.is_some() {
        Role::Media
    } else if institution.is_some() || title.is_some() || institution_noun.is_some() {
        Role::Official
    } else {
        Role::Person
    }
}

/// Whether the name is the head of the phrase (the last word of the scope),
/// rather than a modifier ("Clinton aides").
fn name_is_head(tagged: &Tagged, name: Option<(usize, usize)>, scope_end: usize) -> bool {
    name.is_some_and(|(_, l)| {
        // "E.U. leaders": an abbreviation's full stop is part of the name.
        let abbreviated = l < scope_end
            && tagged
                .tokens
                .get(l + 1)
                .is_some_and(|t| t.kind() == Kind::Period);
        let l = l + usize::from(abbreviated);
        l == scope_end
            || !tagged.tokens.get(l + 1).is_some_and(|t| {
                t.is_word()
                    && t.lowercase()
                    && !tagged.is_any(
                        l + 1,
                        words!["of", "for", "at", "from", "in", "with", "who"],
                    )
            })
    })
}

/// A plural group noun opening the phrase, before a preposition or at its
/// end: "officials at the Pentagon", "two senior aides", "lawyers for the
/// family". Names after the preposition only say whose members they are.
fn leading_group(tagged: &Tagged, first: usize, last: usize) -> bool {
    let tokens = &tagged.tokens;
    let mut k = first;
    while k <= last {
        let t = tokens[k];
        if !t.is_word() {
            return false;
        }
        if tagged.word_in(k, List::GroupNouns) {
            let at_end = k == last;
            let before_preposition = tagged.is_any(
                k + 1,
                words![
                    "at", "of", "for", "to", "in", "from", "with", "on", "inside", "within",
                    "across", "around",
                ],
            );
            let plural = is_plural(tagged, k);
            let indefinite = tagged.in_set(first, &INDEFINITE);
            return (at_end || before_preposition)
                && (plural || indefinite)
                && !tagged.word_in(k, List::Titles);
        }
        // Only determiners, numbers and modifiers may come first; a name
        // before the noun ("Clinton aides") is handled with names.
        if t.capitalized() && k > first && !tagged.word_in(k, List::Institutions) {
            return false;
        }
        k += 1;
    }
    false
}

/// An organisation's initials: `AROS`, `S.E.C`, `NAACP`.
fn is_acronym(word: &str) -> bool {
    const NOT_BODIES: &[&str] = &[
        "TV", "USA", "US", "UK", "AM", "PM", "OK", "ID", "DNA", "GDP", "CEO", "CFO", "LGBT",
        "LGBTQ", "PTSD", "IRA", "COVID", "AIDS", "HIV", "DVD", "PC", "IT", "AI", "NEW", "THE",
    ];
    // Regnal and generational numbers: "Robert John Dougherty III".
    let roman = word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    if NOT_BODIES.contains(&word) || roman {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// The "in" before `name` (after the mention's first word) when the name is
/// a place: every capitalised word of it is in the places list.
fn place_after_in(tagged: &Tagged, first: usize, (a, b): (usize, usize)) -> Option<usize> {
    let is_place = (a..=b).all(|k| {
        !tagged.tokens[k].capitalized()
            || tagged.word_in(k, List::Places)
            || tagged.entry_ending_at(k, List::Places)
    });
    let at = a
        .checked_sub(1)
        .filter(|&k| k > first && tagged.is(k, "in"))?;
    is_place.then_some(at)
}

/// The last run of capitalised words that is a name: the head of a phrase
/// such as "Republican nominee Donald Trump".
fn last_name_run(tagged: &Tagged, first: usize, last: usize) -> Option<(usize, usize)> {
    let mut found = None;
    let mut k = first;
    while k <= last {
        match name_run(tagged, k, last) {
            Some(run) => {
                found = Some(run);
                k = run.1 + 1;
            }
            None => break,
        }
    }
    found
}

/// "Texas-based", "Fly-half", "Film-maker" before another word of the
/// phrase (up to `last`): a compound that describes, not a name ("Ban
/// Ki-moon" ends the phrase).
fn compound_modifier(tagged: &Tagged, k: usize, last: usize) -> bool {
    let w = tagged.bytes(k);
    k < last
        && tagged.tokens[k + 1].is_word()
        && w.iter()
            .rposition(|&b| b == b'-')
            .and_then(|h| w.get(h + 1))
            .is_some_and(u8::is_ascii_lowercase)
}

/// The first run of capitalised words in `first..=last` that is a name:
/// not a function word, not a title alone.
pub(crate) fn name_run(tagged: &Tagged, first: usize, last: usize) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let mut k = first;
    while k <= last {
        let is_name_word = |k: usize| {
            let t = tokens[k];
            // "Graham Says Trump Could Deal": a headline's verb ends the name.
            let headline_verb =
                tagged.bytes(k).ends_with(b"s") && tagged.word_in(k, List::CueVerbs);
            // "New York", "New Hampshire": "New" before a capitalised word
            // begins a name.
            let new_name = tagged.is(k, "new")
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.capitalized() && k < last);
            t.capitalized()
                && !headline_verb
                && (!tagged.in_set(k, &NOT_NAME_SET) || new_name)
                && !tagged.word_in(k, List::Titles)
                && !tagged.word_in(k, List::GroupNouns)
                && !tagged.word_in(k, List::Documents)
                && !tagged.word_in(k, List::Anonymity)
                && (!tagged.word_in(k, List::InstitutionNouns)
                    || tagged.word_in(k, List::Institutions))
        };
        // (A modifier opens no name; inside one a word may be hyphenated:
        // "the Kim Jong-un regime".)
        if is_name_word(k) && !compound_modifier(tagged, k, last)
            || tagged.word_in(k, List::Institutions)
            || tagged.word_in(k, List::Outlets)
            || tagged.entry_at(k, List::Outlets).is_some()
            || tagged.entry_at(k, List::Institutions).is_some()
        {
            let start = k;
            let mut end = k;
            // Extend over lexicon entries that start here ("The New York Times").
            if let Some(l) = tagged
                .entry_at(k, List::Outlets)
                .or_else(|| tagged.entry_at(k, List::Institutions))
            {
                end = end.max(l.min(last));
            }
            let mut n = end + 1;
            // Possessive "Trump's campaign": the name ends at the 's.
            let possessive = |k: usize| {
                let w = tagged.bytes(k);
                w.ends_with(b"'s") || w.ends_with("’s".as_bytes())
            };
            while n <= last && !possessive(end) {
                let t = tokens[n];
                if t.kind() == Kind::Period && tokens[n - 1].span().len() <= 2 && n < last {
                    n += 1; // "George W. Bush"
                    continue;
                }
                if t.capitalized()
                    && !tagged.word_in(n, List::GroupNouns)
                    && !tagged.word_in(n, List::Documents)
                    && (is_name_word(n) || tagged.word_in(n, List::InstitutionNouns))
                {
                    end = n;
                    n += 1;
                    continue;
                }
                break;
            }
            // "New York-born Aguilera": the name starts after a modifier.
            let start = (start..end)
                .rev()
                .find(|&m| compound_modifier(tagged, m, last) && tokens[m + 1].capitalized())
                .map_or(start, |m| m + 1);
            return Some((given_name_after_body(tagged, start, end), end));
        }
        k += 1;
    }
    None
}

/// "Speaker of the House Paul Ryan", "leader of the Commons Oliver Heald":
/// a run after a title's "of the" may open with the title's body; the name
/// starts at its given name.
fn given_name_after_body(tagged: &Tagged, start: usize, end: usize) -> usize {
    // One word of body, then a given name and a surname; not a body's own
    // name ("the San Francisco Police Department", "the Trayvon Martin
    // Foundation").
    let given =
        |k: usize| tagged.word_in(k, List::MaleNames) || tagged.word_in(k, List::FemaleNames);
    let body_word = start > 1
        && tagged.is(start - 1, "the")
        // After a title's "of the" only ("the San Antonio Spurs", "in the
        // Santa Clara Valley" are places).
        && tagged.is(start - 2, "of")
        && end >= start + 2
        && given(start + 1)
        && !given(start)
        && !tagged.word_in(end, List::InstitutionNouns);
    if body_word {
        start + 1
    } else {
        start
    }
}

#[cfg(test)]
mod apostrophe_tests {
    use super::before_apostrophe;

    #[test]
    fn before_apostrophe_splits_as_split_once_does() {
        for w in [
            "he",
            "he's",
            "He’s",
            "they’d",
            "’",
            "'",
            "",
            "x’’y",
            "co‐op’s",
            "ü’s",
            "it'",
            "’s",
        ] {
            let want = w.split_once(['\'', '’']).map_or(w, |(b, _)| b);
            assert_eq!(before_apostrophe(w), want, "{w:?}");
        }
    }
}
