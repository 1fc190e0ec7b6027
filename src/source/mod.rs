//! The source of a cue: where its mention lies ([`mod@locate`]), what it is
//! ([`mod@classify`]: who speaks, named or anonymous, and as what, official,
//! media, person or document), the names inside it ([`names`]) and the
//! subjects of clauses ([`subject`]).

use crate::model::{Identity, Role};
use crate::token::words;
use crate::token::Tagged;
use std::ops::Range;

mod classify;
mod locate;
mod names;
mod subject;
mod words;

pub(crate) use classify::{
    classify, is_document_verb, is_plural, is_spokes_word, joined_descriptions,
    names_a_person_by_trade, names_people_by_trade, site_owner_at, some_within,
};
pub(crate) use locate::{
    absolute_with_before, appositive_at, causative_object, contact_clause, joined_modifiers_before,
    locate, name_before_appositive, relative_pronoun, relative_that, subject_after_its_object,
};
use locate::{is_participle_aside, is_subject_word, withholds_name_between, SOURCE_LISTS};
use names::last_name_run;
pub(crate) use names::{
    is_adverb_by_ending, is_headline_verb, name_run, shaped_as_description, GIVEN_NAMES, PARTICLES,
};

pub(crate) use subject::{
    after_dateline, introducing_subject, is_auxiliary, is_party_tag, main_subject, opening_adjunct,
    opening_phrase,
};
pub(crate) use words::{
    initials_in_brackets, is_day_or_month, is_demonym_plural, is_epithet, names_a_date,
    stands_for_named_person, ANOTHER, CORPORATE_TAILS, COUNTED, EAGER, HONORIFICS, INCEPTIVE,
    LEADERS, NOT_NAME_SET, PLAYERS, POLLED, PREPOSITIONS, RAISING, SENT, SOME_PEOPLE, SOURCE_NOUNS,
    TURNING,
};

/// Whether token `k` is "likely" after "more" or "less" ("voters are more
/// likely to say"): in a poll's report, what a share of them said.
pub(crate) fn compared_likely(tagged: &Tagged, k: usize) -> bool {
    // (Of a group in the plural before the copula: "The president is more
    // likely to say yes if" is a guess about one man.)
    k > 2
        && tagged.is(k, "likely")
        && tagged.is_any(k - 1, words!["more", "less", "most", "least"])
        && tagged.is_any(
            k - 2,
            words!["are", "were", "appeared", "appear", "seemed", "seem"],
        )
        // ("Democratic insiders in New Hampshire were": the group's noun
        // may come a few words before.)
        && (k.saturating_sub(8)..k - 2)
            .any(|j| {
                tagged.tokens[j].lowercase()
                    && tagged.word_in(j, crate::lexicon::List::GroupNouns)
                    && is_plural(tagged, j)
            })
}

/// The verb by which a speaker took the occasion the noun at `noun` names,
/// before "to" and a verb of saying: "took a moment to point out", "went
/// out of his way to say", "used a speech to say", "held a briefing to
/// say"; sought from `from`.
pub(crate) fn occasion_taken(tagged: &Tagged, from: usize, noun: usize) -> Option<usize> {
    // ("Fans have taken to social media to complain": a platform taken to.)
    let platform = (noun.saturating_sub(3).max(from + 1)..=noun).find(|&t| {
        tagged.is(t, "to")
            && tagged.is_any(t - 1, words!["took", "taken", "takes", "take", "taking"])
    });
    if let Some(t) = platform.filter(|&t| t < noun) {
        return Some(t - 1);
    }
    let took: &[u64] =
        words!["took", "takes", "taking", "take", "went", "goes", "go", "going", "gone"];
    let used: &[u64] = words!["used", "uses", "using", "use"];
    let verbs = if tagged.is_any(
        noun,
        words!["moment", "pains", "opportunity", "care", "way"],
    ) {
        took
    } else if tagged.is_any(
        noun,
        words![
            "speech",
            "address",
            "interview",
            "statement",
            "appearance",
            "op-ed",
            "column"
        ],
    ) {
        used
    } else if tagged.is_any(
        noun,
        words![
            "briefing",
            "conference",
            "rally",
            "call",
            "event",
            "session"
        ],
    ) {
        // ("held an impromptu press briefing to brag that".)
        words!["held", "holds", "hold", "holding", "convened", "staged", "called"]
    } else {
        return None;
    };
    // ("It took a moment to explain": no one.)
    let no_one = |k: usize| k > 0 && tagged.is_any(k - 1, words!["it", "this", "that"]);
    (noun.saturating_sub(5).max(from)..noun)
        .rev()
        .find(|&k| tagged.is_any(k, verbs) && !no_one(k))
}

/// Whether the word at `verb` can be the participle of an absolute phrase
/// (", with analysts saying"): a word in "-ing", but not a question put with
/// no quotation after it ("with reporters asking about the wall").
pub(crate) fn absolute_participle(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    let question = tagged.is_any(verb, words!["asking", "questioning", "wondering"])
        && !(verb + 1..range.end.min(verb + 4)).any(|k| tagged.quoted[k]);
    tagged.bytes(verb).ends_with(b"ing") && !question
}

/// Whether a lowercase title comes within the first four words from
/// `from` (before `end`), before any "of", "to", "for" or "at": ", FCC
/// deputy secretary of communications", ", editor in chief of Mic.com"
/// describe the one named by a post; ", wife of the governor" does not.
pub(crate) fn title_soon(tagged: &Tagged, from: usize, end: usize) -> bool {
    (from..end.min(from + 4))
        .take_while(|&j| {
            tagged.tokens[j].is_word() && !tagged.is_any(j, words!["of", "to", "for", "at"])
        })
        .any(|j| tagged.tokens[j].lowercase() && tagged.word_in(j, crate::lexicon::List::Titles))
}

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
    let key = tagged.tokens.get(k)?.key();
    // A whole pronoun is told by its key, equal to one pronoun's at most
    // (the bytes compared too, should another word share it).
    if let Some(i) = PRONOUN_KEYS.iter().position(|&pk| pk == key) {
        let (p, pronoun) = PRONOUNS[i];
        return tagged
            .bytes(k)
            .eq_ignore_ascii_case(p.as_bytes())
            .then_some(pronoun);
    }
    // Otherwise only a contraction ("he's", "they'd"): four to nine bytes,
    // with an apostrophe, starting as a pronoun does.
    let b = tagged.bytes(k);
    let first = b.first().map(u8::to_ascii_lowercase);
    if !(4..=9).contains(&b.len())
        || !matches!(first, Some(b'h' | b's' | b't' | b'i'))
        || !b.iter().any(|&c| c == b'\'' || c == 0xE2)
    {
        return None;
    }
    let base = before_apostrophe(tagged.word(k));
    PRONOUNS
        .iter()
        .find(|(p, _)| base.eq_ignore_ascii_case(p))
        .map(|&(_, p)| p)
}

/// The pronoun an object pronoun at `k` stands for ("according to him").
pub(crate) fn object_pronoun_at(tagged: &Tagged, k: usize) -> Option<Pronoun> {
    const OBJECTS: [(u64, Pronoun); 3] = {
        let keys = words!["him", "her", "them"];
        [
            (keys[0], Pronoun::He),
            (keys[1], Pronoun::She),
            (keys[2], Pronoun::They),
        ]
    };
    let key = tagged.tokens.get(k)?.key();
    OBJECTS.iter().find(|(w, _)| *w == key).map(|&(_, p)| p)
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
