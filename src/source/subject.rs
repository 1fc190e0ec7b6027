//! The subject of a sentence's main clause, for sentences with no cue that
//! still ascribe a position to someone ("Republicans are slamming Kaine"),
//! and for words that introduce a quotation with a colon.

use super::is_subject_word;
use super::words::{
    modal_surname, ACTS, AUXILIARIES, OPENING_PREPOSITIONS, SKIPPABLE, SPAN_OF_TIME, STOP_FORWARD,
    SUBORDINATORS,
};
use crate::lexicon::{List, Lists};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, WordSet};
use std::ops::Range;

/// Whether token `k` alone is a noun of the word lists, which a word with
/// a verb's ending may also be ("peacekeepers", "services").
fn is_noun(tagged: &Tagged, k: usize) -> bool {
    tagged
        .hits_at(k)
        .iter()
        .any(|h| h.last == k && h.lists.any_of(super::words::SOURCE_NOUNS))
}

/// Whether token `k` looks like the start of a predicate: an auxiliary, a
/// verb of the lexicon, or a word with a verb's ending, after any adverbs.
pub(super) fn starts_predicate(
    tagged: &Tagged,
    range: &Range<usize>,
    mut k: usize,
) -> Option<usize> {
    k = past_aside(tagged, range, k);
    // "The department on Thursday released": a day is no complement.
    if tagged.is(k, "on") && super::is_day(tagged, k + 1) {
        k += 2;
    }
    let is_adverb = |k: usize| {
        tagged.tokens[k].lowercase() && (tagged.is_ly_adverb(k) || tagged.in_set(k, &SKIPPABLE))
    };
    let mut skipped = 0;
    while k < range.end
        && tagged.tokens[k].is_word()
        && is_adverb(k)
        && !tagged.in_set(k, &AUXILIARIES)
        && skipped < 2
    {
        k += 1;
        skipped += 1;
    }
    if k >= range.end || tagged.quoted[k] {
        return None;
    }
    let t = tagged.tokens[k];
    if !t.is_word() || !t.lowercase() {
        return None;
    }
    // "The authors of the report combed": after an article, a noun.
    if k > range.start
        && tagged.is_any(
            k - 1,
            words!["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this"],
        )
    {
        return None;
    }
    // "Mr. Trump's pointed critique": after a name's possessive, a word in
    // "-ed" that no list knows as a verb of saying modifies a noun.
    if k > range.start
        && tagged.tokens[k - 1].capitalized()
        && !tagged.in_set(k - 1, &crate::source::NOT_NAME_SET)
        && {
            let p = tagged.bytes(k - 1);
            p.ends_with(b"'s") || p.ends_with("’s".as_bytes())
        }
        && tagged.bytes(k).ends_with(b"ed")
        && !tagged.word_in(k, List::CueVerbs)
        && !tagged.word_in(k, List::WeakCueVerbs)
        // ("Trump's hard-edged - and increasingly personal - approach": a
        // compound, whatever follows.)
        && (tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
            && !tagged.in_set(k + 1, &crate::source::NOT_NAME_SET)
            || tagged.bytes(k).contains(&b'-'))
    {
        return None;
    }
    if tagged.in_set(k, &AUXILIARIES) {
        // "are slamming", "have expressed" ascribe a stance when the verb is
        // one of saying or holding; a copula or "have" alone says what
        // someone is or owns, a modal or a negation what they did not do.
        let progressive = tagged.is_any(k, words!["is", "are", "was", "were"])
            && tagged.bytes(k + 1).ends_with(b"ing");
        let perfect = tagged.is_any(k, words!["has", "have", "had"]);
        // ("has repeatedly hammered", "has previously made the case": up to
        // two adverbs after the perfect's auxiliary.)
        let mut v = k + 1;
        while perfect
            && v < k + 3
            && v + 1 < range.end
            && tagged.tokens[v].lowercase()
            && (tagged.is_ly_adverb(v) || tagged.in_set(v, &SKIPPABLE))
            && !tagged.is_any(v, words!["been", "had", "has", "have"])
        {
            v += 1;
        }
        // ("has plans": after "have" a word in "-s" is a noun.)
        // ("The Security Council has imposed sanctions": a decision in the
        // perfect, as in the past tense below.)
        // ("Hewitt has lifted the title": a trophy raised, no ban.)
        let lifted_a_ban = || {
            (v + 1..range.end.min(v + 5)).any(|j| {
                tagged.is_any(
                    j,
                    words![
                        "ban",
                        "bans",
                        "sanctions",
                        "restrictions",
                        "embargo",
                        "curfew",
                        "suspension",
                        "moratorium",
                        "freeze",
                        "cap",
                        "limits"
                    ],
                )
            })
        };
        // ("Khan has long passed out copies", "has dropped out": a verb
        // and its particle make another.)
        let particle = || {
            tagged.is_any(
                v + 1,
                words!["out", "away", "by", "up", "off", "down", "over", "around"],
            )
        };
        let participle = perfect
            && tagged.in_set(v, &crate::attribute::DECISIONS)
            && !particle()
            && (!tagged.is(v, "lifted") || lifted_a_ban());
        let stance = (tagged.word_in(v, List::CueVerbs)
            || tagged.word_in(v, List::WeakCueVerbs)
            || participle)
            && !tagged.is(v, "been")
            && !(perfect && tagged.bytes(v).ends_with(b"s"))
            && !(crate::cue::acts_on_a_thing(tagged, v)
                || crate::cue::adding_things(tagged, range, v));
        return ((progressive || perfect) && stance).then_some(k);
    }
    if tagged.in_set(k, &ACTS) {
        return None;
    }
    if tagged.word_in(k, List::CueVerbs) || tagged.word_in(k, List::WeakCueVerbs) {
        // "The McKinley plan is linear": a noun.
        let noun = crate::cue::names_a_thing(tagged, range, k)
            || crate::cue::counted(tagged, k)
            // "French Open champion Lia Moss": a noun of two words.
            || crate::cue::compound_noun(tagged, range, k)
            // "Lena Brook reports for the Ledger": a byline.
            || crate::cue::byline(tagged, range, k)
            // ("Consumer advocates are concerned": a plural before its verb.)
            || crate::cue::plural_subject(tagged, range, k)
            || crate::cue::forecasts_after_preposition(tagged, range, k)
            || crate::cue::states_a_noun(tagged, k)
            || crate::cue::claims_a_prize(tagged, k)
            || crate::cue::acts_on_a_thing(tagged, k)
            || crate::cue::feels_a_state(tagged, k)
            || crate::cue::adding_things(tagged, range, k);
        return (!noun).then_some(k);
    }
    let w = tagged.bytes(k);
    let nounish = is_noun(tagged, k);
    // A past tense ascribes an act or a stance; a bare "-s" word is as often
    // a plural noun ("peacekeepers", "races") and counts only when the lists
    // know it as a verb (above).
    let verb_ending = w.ends_with(b"ed");
    (verb_ending && !nounish).then_some(k)
}

/// The subject of the sentence's main clause and the first word of its
/// predicate, when the subject is a source-like phrase (a name, a group,
/// a body). Tried at the sentence start and after each of the first
/// commas, so that an opening phrase ("At a rally Friday, ...") is passed.
pub(crate) fn main_subject(tagged: &Tagged, range: &Range<usize>) -> Option<(usize, usize, usize)> {
    subject_with(tagged, range, starts_predicate, false)
}

/// Past an opening dateline ("Washington (AFP) –", "WASHINGTON, June 10
/// (UPI) —"): the token after its dash, when only capitalised words,
/// numbers, brackets and commas come before it.
pub(crate) fn after_dateline(tagged: &Tagged, range: &Range<usize>) -> Option<usize> {
    let tokens = &tagged.tokens;
    let end = range.end.min(range.start + 10);
    let dash = (range.start + 1..end).find(|&k| tokens[k].kind() == Kind::Dash)?;
    let furniture = (range.start..dash).all(|k| {
        let t = tokens[k];
        match t.kind() {
            Kind::Word => {
                t.capitalized() || tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
            }
            Kind::Open | Kind::Close | Kind::Comma | Kind::Period => true,
            _ => false,
        }
    });
    (furniture && dash + 1 < range.end).then_some(dash + 1)
}

/// Past an age between commas at `k` ("Redknapp, 57, quit ... and
/// vowed:"), or `k` itself. Only for a subject whose words a cue reports:
/// a subject's any verb past an age is mostly a deed told of a person the
/// article presents ("Gere, 55, greeted the crowd").
fn past_age(tagged: &Tagged, range: &Range<usize>, k: usize) -> usize {
    let age = tagged.bytes(k + 1);
    let aside = k + 3 < range.end
        && tagged.tokens[k].kind() == Kind::Comma
        && (1..=3).contains(&age.len())
        && age.iter().all(u8::is_ascii_digit)
        && tagged.tokens[k + 2].kind() == Kind::Comma;
    if aside {
        k + 3
    } else {
        k
    }
}

/// Whether token `k` is an auxiliary or a copula ("are", "haven't").
pub(crate) fn is_auxiliary(tagged: &Tagged, k: usize) -> bool {
    tagged.in_set(k, &AUXILIARIES) && !modal_surname(tagged, k)
}

/// Past a short aside between commas (", in particular,", ", for example,"),
/// or `k` itself when none starts there.
#[inline]
pub(crate) fn past_aside(tagged: &Tagged, range: &Range<usize>, k: usize) -> usize {
    let tokens = &tagged.tokens;
    if k >= range.end || tokens[k].kind() != Kind::Comma || k + 1 >= range.end {
        return k;
    }
    // "Sen. Mark Kirk, R-Ill., rescinded": a party tag, and then maybe a
    // relative clause ("R-Ill., who faces a tough race,").
    if is_party_tag(tagged.bytes(k + 1)) {
        let close = (k + 2..range.end.min(k + 7))
            .take_while(|&c| matches!(tokens[c].kind(), Kind::Word | Kind::Period | Kind::Comma))
            .find(|&c| tokens[c].kind() == Kind::Comma);
        return close.map_or(k, |c| {
            if tagged.is_any(c + 1, words!["who", "which", "whose"]) {
                words_aside(tagged, range, c).max(c + 1)
            } else {
                c + 1
            }
        });
    }
    words_aside(tagged, range, k)
}

/// Past an aside of words after the comma `k` (", in particular,", ", who
/// drew support,"), or `k` itself when none starts there.
fn words_aside(tagged: &Tagged, range: &Range<usize>, k: usize) -> usize {
    let tokens = &tagged.tokens;
    if k + 1 >= range.end || !tokens[k + 1].lowercase() {
        return k;
    }
    // A relative clause may run longer ("Clinton, who drew support from 50
    // percent of voters in the poll, was").
    let reach = if tagged.is_any(k + 1, words!["who", "which", "whose"]) {
        25
    } else {
        12
    };
    (k + 1..range.end.min(k + reach))
        .find(|&c| tokens[c].kind() == Kind::Comma)
        .map_or(k, |c| c + 1)
}

/// Whether a word is a party tag's start: "R-Ill", "D-N", "I-Vt".
pub(crate) fn is_party_tag(w: &[u8]) -> bool {
    w.len() >= 3 && matches!(w[0], b'R' | b'D' | b'I') && w[1] == b'-' && w[2].is_ascii_uppercase()
}

/// The subject of a sentence that introduces what follows with a colon
/// ("Sanders made the following comment:"): any verb will do.
pub(crate) fn introducing_subject(
    tagged: &Tagged,
    range: &Range<usize>,
) -> Option<(usize, usize, usize)> {
    subject_with(tagged, range, any_verb, true)
}

/// [`introducing_subject`], past an age between commas after the subject
/// ("Redknapp, 57, quit ... and vowed:"): asked for the subject a cue's
/// verb shares, whose words the cue reports.
pub(crate) fn introducing_subject_past_age(
    tagged: &Tagged,
    range: &Range<usize>,
) -> Option<(usize, usize, usize)> {
    subject_with(
        tagged,
        range,
        |tagged, range, k| any_verb(tagged, range, past_age(tagged, range, k)),
        true,
    )
}

/// "The champion left early, saying": a subject named by a lowercase noun
/// after "the" (up to three words, "the 34-year-old", "the former world
/// champion"), which [`introducing_subject`] does not take, as such nouns
/// mostly name things. The caller asks only where a verb of saying
/// follows, which only a person does. The subject's span and its verb.
pub(crate) fn epithet_subject(
    tagged: &Tagged,
    range: &Range<usize>,
) -> Option<(usize, usize, usize)> {
    let conjunction = tagged.is_any(range.start, words!["but", "and", "yet"]);
    let the = range.start + usize::from(conjunction);
    if !tagged.is(the, "the") {
        return None;
    }
    (the + 1..range.end.min(the + 4))
        .take_while(|&k| {
            let t = tagged.tokens[k];
            // ("34-year-old" is neither lowercase nor capitalized.)
            t.kind() == Kind::Word && !t.capitalized() && !tagged.quoted[k]
        })
        .find_map(|k| any_verb(tagged, range, k + 1).map(|verb| (the, k, verb)))
}

/// A verb of any kind starting at `k` (adverbs, asides and auxiliaries
/// before it): the predicate [`introducing_subject`] looks for.
fn any_verb(tagged: &Tagged, range: &Range<usize>, k: usize) -> Option<usize> {
    // "He's comparing", "they're": the auxiliary is in the pronoun's
    // token; what follows is the verb.
    // ("she's seen as": a passive, whose subject is no source).
    if k > range.start
        && k < range.end
        && tagged.tokens[k].lowercase()
        && !tagged.quoted[k]
        && has_auxiliary_contraction(tagged, k - 1)
        && !(tagged.word(k - 1).ends_with('s')
            && (tagged.bytes(k).ends_with(b"ed")
                || tagged.bytes(k).ends_with(b"en")
                || tagged.in_set(k, &crate::cue::IRREGULAR_PAST)))
    {
        return Some(k);
    }
    let mut k = past_aside(tagged, range, k);
    // "He often breaks for": up to two adverbs before the verb.
    for _ in 0..2 {
        let adverb = k < range.end
            && tagged.tokens[k].lowercase()
            && !tagged.quoted[k]
            && (tagged.is_ly_adverb(k) || tagged.in_set(k, &SKIPPABLE))
            && !is_auxiliary(tagged, k);
        if !adverb {
            break;
        }
        k += 1;
    }
    // "The council on Friday made": a day is no complement.
    if tagged.is(k, "on") && super::is_day(tagged, k + 1) {
        k += 2;
    }
    // A preposition opens the subject's complement or an aside ("Trump
    // in the past has called"), not the predicate: an auxiliary soon
    // after it may start one.
    if tagged.is_any(k, words!["on", "at", "in", "from", "for", "with", "of"]) {
        return (k + 1..range.end.min(k + 5))
            .find(|&a| is_auxiliary(tagged, a) && !tagged.quoted[a]);
    }
    if k >= range.end || !tagged.tokens[k].lowercase() || tagged.quoted[k] {
        return None;
    }
    // A verb's shape: "and", "majority" are none.
    let w = tagged.bytes(k);
    let nounish = is_noun(tagged, k);
    // ("The party's presumed nominee", "Trump's fired campaign
    // manager": a participle of these after a possessive modifies the
    // noun it owns; "McDonald's announced" is a verb.)
    // (Every word of the list ends in "-ed": asked first, as most
    // words do not.)
    let owned = k > range.start
        && w.ends_with(b"ed")
        && tagged.tokens[k - 1].capitalized()
        && tagged.is_any(
            k,
            words![
                "presumed",
                "fired",
                "alleged",
                "estranged",
                "ousted",
                "disgraced",
                "embattled",
                "beleaguered",
                "retired",
                "designated",
                "appointed",
                "elected",
                "jailed"
            ],
        )
        && crate::resolve::possessive(tagged, k - 1)
        // ("Macy's fired its chief": an object after it, a verb.)
        && tagged.tokens.get(k + 1).is_some_and(|t| t.is_word())
        && !tagged.is_any(
            k + 1,
            words!["its", "his", "her", "their", "a", "an", "the", "this", "that", "some", "all"],
        )
        && !tagged.bytes(k + 1).first().is_some_and(u8::is_ascii_digit);
    // ("Trump's hard-edged approach": a compound adjective after a
    // possessive.)
    let compound = k > range.start
        && w.ends_with(b"ed")
        && w.contains(&b'-')
        && crate::resolve::possessive(tagged, k - 1);
    let owned = owned || compound;
    // ("Consumer advocates are concerned": a plural before its verb.)
    if owned || crate::cue::plural_subject(tagged, range, k) && tagged.word_in(k, List::CueVerbs) {
        return None;
    }
    let verb = is_auxiliary(tagged, k)
        || tagged.is(k, "remain")
        || tagged.word_in(k, List::CueVerbs)
        || tagged.word_in(k, List::WeakCueVerbs)
        || tagged.in_set(k, &crate::cue::IRREGULAR_PAST)
        || ((w.ends_with(b"ed") || w.ends_with(b"s"))
            && !tagged.in_set(k, &STOP_FORWARD)
            && !nounish
            // ("Gay rights groups condemned": plurals no verb takes the
            // shape of.)
            && !tagged.is_any(k, words!["rights", "affairs", "relations", "news", "services"]));
    verb.then_some(k)
}

/// Whether token `k` is a personal pronoun with an auxiliary joined to it
/// ("he's", "they're", "she'd", "we've").
fn has_auxiliary_contraction(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.word(k);
    let Some(apostrophe) = w.find(['\'', '’']) else {
        return false;
    };
    let (pronoun, rest) = w.split_at(apostrophe);
    let rest = rest.trim_start_matches(['\'', '’']);
    ["he", "she", "they", "we", "i", "you"]
        .iter()
        .any(|p| pronoun.eq_ignore_ascii_case(p))
        && ["s", "re", "ve", "d", "ll", "m"]
            .iter()
            .any(|a| rest.eq_ignore_ascii_case(a))
}

/// Adverbs that open a sentence ("Recently announced changes", "Deeply
/// divided, leaders"), listed: names end in "-ly" too ("Kelly said").
static OPENING_ADVERBS: WordSet<128> = word_set![
    "recently",
    "separately",
    "previously",
    "additionally",
    "currently",
    "initially",
    "finally",
    "ultimately",
    "historically",
    "similarly",
    "importantly",
    "notably",
    "clearly",
    "obviously",
    "apparently",
    "increasingly",
    "deeply",
    "publicly",
    "privately",
    "originally",
    "eventually",
    "ironically",
    "frankly",
    "surprisingly",
    "unfortunately",
    "fortunately",
    "interestingly",
    "traditionally",
    "typically",
    "generally",
    "usually",
    "locally",
    "nationally",
    "globally",
    "reportedly",
    "allegedly",
    "meanwhile",
    "indeed",
    "still",
    "instead",
    "later",
    "earlier",
    "then",
    "now",
    "also",
    "even",
    "certainly",
    "perhaps",
    "maybe",
];

/// "Realising his error, Mr Campbell e-mailed": a participle's clause
/// opens the sentence, its subject the one after its comma. (Names in
/// "-ing", "Groening recently heaped praise", take no object or
/// preposition after them.)
fn opening_participle_clause(tagged: &Tagged, range: &Range<usize>) -> bool {
    let p = range.start;
    let w = tagged.bytes(p);
    w.len() > 5
        && w.ends_with(b"ing")
        && tagged.tokens[p].capitalized()
        && !tagged.word_in(p, List::FemaleNames)
        && !tagged.word_in(p, List::MaleNames)
        && tagged.is_any(
            p + 1,
            words![
                "his", "her", "their", "its", "the", "a", "an", "this", "that", "been", "being",
                "to", "on", "at", "in", "about", "up", "out", "him", "them", "it"
            ],
        )
        && (p + 2..range.end.min(p + 8)).any(|k| tagged.tokens[k].kind() == Kind::Comma)
}

pub(super) fn subject_with(
    tagged: &Tagged,
    range: &Range<usize>,
    predicate: impl Fn(&Tagged, &Range<usize>, usize) -> Option<usize>,
    titled_names: bool,
) -> Option<(usize, usize, usize)> {
    let tokens = &tagged.tokens;
    // (Beside a quotation or a colon only: with no cue, such subjects
    // mostly do things, "New York, the largest city, banned smoking".)
    if let Some(found) = titled_names
        .then(|| name_before_description(tagged, range, &predicate))
        .flatten()
    {
        return Some(found);
    }
    // The sentence start and after each of its first three commas; only the
    // sentence's opening is searched, so that a call costs the same in a
    // sentence of any length.
    let opening = &tokens[range.start..range.end.min(range.start + 60)];
    let after_commas = (range.start..)
        .zip(opening)
        .filter(|&(k, t)| t.kind() == Kind::Comma && ends_clause(tagged, k))
        .map(|(k, _)| k)
        .take(3)
        .map(|k| after_comma(tagged, k));
    for p in std::iter::once(range.start)
        .chain(after_dateline(tagged, range))
        .chain(after_commas)
    {
        // "But he now believes": the conjunction is no part of the subject;
        // "Recently announced changes": nor is an adverb.
        let adverb = tagged.in_set(p, &OPENING_ADVERBS) && tokens[p].capitalized();
        if p == range.start && opening_participle_clause(tagged, range) {
            continue;
        }
        let conjunction =
            tagged.is_any(p, words!["But", "And", "Yet", "However"]) && tokens[p].capitalized();
        let mut p = if adverb || conjunction { p + 1 } else { p };
        // "And then Sanders showed up", "So far the US has refused". (`p`
        // may now be past the last token: only `is` looks at it here.)
        if conjunction && tagged.is(p, "then") {
            p += 1;
        }
        if tagged.is(p, "far") && p > range.start && tagged.is(p - 1, "so") {
            p += 1;
        }
        // "That's why she's so frustrated": the subject after "why".
        // ("That's partly why": an adverb between.)
        let hedge = usize::from(
            p + 2 < range.end
                && tagged.is_any(
                    p + 1,
                    words![
                        "partly",
                        "largely",
                        "mainly",
                        "exactly",
                        "precisely",
                        "also",
                        "one"
                    ],
                )
                && tagged.is(p + 2, "why"),
        );
        if p + 1 + hedge < range.end
            && tagged.is_any(p, words!["that's", "this", "that", "which"])
            && tagged.is(p + 1 + hedge, "why")
        {
            p += 2 + hedge;
        } else if p + 2 < range.end
            && tagged.is_any(p, words!["that", "this", "which"])
            && tagged.is(p + 1, "is")
            && tagged.is(p + 2, "why")
        {
            p += 3;
        }
        // "But a few days later, Trump reversed": a span of time opens
        // the sentence; the subject is after its comma.
        let end = range.end.min(p + 5);
        let time_opening = tagged.in_set(p, &SPAN_OF_TIME)
            && (p..end).any(|k| tagged.tokens[k].kind() == Kind::Comma)
            && (p..end).any(|k| tagged.is_any(k, words!["later", "ago", "earlier"]))
            && (p..end)
                .any(|k| tagged.in_set(k, &SPAN_OF_TIME) && !tagged.is_any(k, words!["a", "an"]));
        if p >= range.end
            || time_opening
            || !tokens[p].is_word()
            || tagged.quoted[p]
            || tagged.in_set(p, &SUBORDINATORS)
            // A relative clause is an aside, not the main clause.
            || tagged.is_any(p, words!["who", "which"])
            // ("With captain Gareth Thomas ruled out ..., Wales need": an
            // absolute phrase opens no subject, whatever its length; a
            // group's may hold its stance, "With Democratic leaders
            // increasingly worried".)
            || tagged.is_any(p, words!["with", "without"])
                && tokens[p].capitalized()
                && !(p + 1..range.end.min(p + 5)).any(|k| {
                    tagged.word_in(k, List::GroupNouns) && super::is_plural(tagged, k)
                })
            // ("In May, the judge sided ..., saying": a preposition opens
            // an adjunct, and the subject follows its comma.)
            || tokens[p].capitalized()
                && tagged.in_set(p, &super::PREPOSITIONS)
                && prepositional_opening(tagged, range, p)
        {
            continue;
        }
        let mut j = p;
        // A lowercase head seen ("critics"): what follows may be its
        // complement ("critics of the measure") before the predicate.
        let mut head_seen = false;
        while j < range.end && j - p < 8 {
            let t = tokens[j];
            // ("Sanders' allies are eager": a plural's possessive mark.)
            let plural_possessive = t.kind() == Kind::Quote
                && j > p
                && tagged.bytes(j - 1).ends_with(b"s")
                && tokens[j - 1].span().end == t.span().start
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.is_word() && n.span().start > t.span().end);
            let word_like = t.is_word()
                || plural_possessive
                || (t.kind() == Kind::Period
                    && j > p
                    && tokens[j - 1].capitalized()
                    && tokens[j - 1].span().len() <= 4);
            if !word_like || tagged.quoted[j] {
                break;
            }
            // "Republicans on the panel": a group's complement.
            let complement = head_seen
                && tagged.is_any(j, words!["on", "at", "in", "from", "for", "with", "of"]);
            if t.is_word()
                && j > p
                && tagged.in_set(j, &STOP_FORWARD)
                // "USA Today": the end of a name in the lists.
                && !tagged.lists_ending_at(j).any_of(super::SOURCE_LISTS)
                && !tagged.is_any(j, words!["and"])
                && !complement
            {
                break;
            }
            // Before a name only name words stand ("Democrat Hillary Clinton");
            // before a noun, modifiers may be lowercase ("younger black voters").
            // ("Consumer advocates are concerned": a plural before its verb
            // is a noun.)
            if t.kind() == Kind::Word
                && t.lowercase()
                && tagged.word_in(j, List::CueVerbs)
                && !(j > p && crate::cue::plural_subject(tagged, range, j))
            {
                break;
            }
            // "The American remains highly critical": an epithet for one
            // named before, though its word opens no name.
            if t.capitalized() && j > p && super::is_epithet(tagged, p, j) {
                if let Some(verb) = predicate(tagged, range, j + 1) {
                    return Some((p, j, verb));
                }
            }
            if is_subject_word(tagged, j) && t.kind() == Kind::Word {
                // (A word of the lists is no name, unless only a region's:
                // "The senator from Florida", "Victoria".)
                let name_head = t.capitalized()
                    && !tagged
                        .hits_at(j)
                        .iter()
                        .any(|h| h.last == j && h.lists != Lists::of(&[List::Regions]));
                // After a lowercase head, a name is its complement's ("a
                // reporter for USA Today spotted"): the predicate may follow.
                if name_head && head_seen && titled_names {
                    if let Some(verb) = predicate(tagged, range, j + 1) {
                        return Some((subject_start(tagged, p, j), j, verb));
                    }
                    j += 1;
                    continue;
                }
                if name_head
                    && (p..j).any(|i| {
                        tokens[i].lowercase()
                            && !tagged.is_any(i, words!["and", "the", "former", "then"])
                            // "campaign spokesman Glen Caplin": a title,
                            // for a verb that introduces a claim; in the
                            // main clause of a sentence with no cue, such
                            // names mostly do things ("GOP nominee Donald
                            // Trump singled out").
                            && !(titled_names && is_subject_word(tagged, i))
                    })
                {
                    j += 1;
                    continue;
                }
                // "the UK Internet Forum (UKIF) is concerned": the name's
                // initials in brackets end the subject.
                let end = past_initials(tagged, range, j);
                if let Some(verb) = predicate(tagged, range, end + 1) {
                    return Some((subject_start(tagged, p, j), end, verb));
                }
                head_seen |= t.lowercase()
                    || tagged.word_in(j, List::GroupNouns)
                    || tagged.word_in(j, List::Anonymity);
            } else if head_seen
                && t.kind() == Kind::Word
                && j > p
                && (tagged.is_any(j - 1, words!["of", "the", "at", "in", "for", "from"])
                    || is_auxiliary(tagged, j + 1))
            {
                if let Some(verb) = predicate(tagged, range, j + 1) {
                    return Some((subject_start(tagged, p, j), j, verb));
                }
            }
            j += 1;
        }
    }
    None
}

/// Whether the preposition at `p` opens an adjunct that a comma closes
/// within a dozen tokens, with no verb of a name's before it ("In May,",
/// "In a statement released through her lawyer,"; not "In 2009 the
/// Security Council imposed sanctions on Eritrea,", whose subject is
/// inside). Unlike [`opening_phrase`], which the attribution stage asks of
/// a sentence's first word, it is asked wherever the subject search starts,
/// of any preposition, and looks for a name's verb before the comma.
fn prepositional_opening(tagged: &Tagged, range: &Range<usize>, p: usize) -> bool {
    let tokens = &tagged.tokens;
    let Some(comma) = (p + 1..range.end.min(p + 12)).find(|&k| tokens[k].kind() == Kind::Comma)
    else {
        return false;
    };
    !(p + 2..comma).any(|k| {
        tokens[k].lowercase()
            && tokens[k - 1].capitalized()
            && (tagged.bytes(k).ends_with(b"ed")
                || tagged.in_set(k, &crate::cue::IRREGULAR_PAST)
                || is_auxiliary(tagged, k))
    })
}

/// "Corey Lewandowski, Donald Trump's campaign manager, ripped": a name of
/// two to four words opening the sentence, then a short description set
/// off by commas (an article or a possessive name opens it), then the
/// predicate. The subject is the name with its description.
fn name_before_description(
    tagged: &Tagged,
    range: &Range<usize>,
    predicate: &impl Fn(&Tagged, &Range<usize>, usize) -> Option<usize>,
) -> Option<(usize, usize, usize)> {
    let tokens = &tagged.tokens;
    // ("But Myron Ebell, an adviser, ...": the conjunction is no name's.)
    let start =
        range.start + usize::from(tagged.is_any(range.start, words!["but", "and", "yet", "so"]));
    let comma = (start + 2..range.end.min(start + 5)).find(|&k| tokens[k].kind() == Kind::Comma)?;
    // ("In May, the judge sided with ...": a time or a place opening the
    // sentence, no name.)
    if !(start..comma).all(|k| tokens[k].capitalized() && !tagged.quoted[k])
        || tagged.in_set(start, &super::PREPOSITIONS)
        || tagged.in_set(start, &OPENING_ADVERBS)
        || tagged.in_set(start, &SUBORDINATORS)
    {
        return None;
    }
    let opener = comma + 1;
    let close =
        (opener + 1..range.end.min(opener + 10)).find(|&k| tokens[k].kind() == Kind::Comma)?;
    let article = tagged.is_any(opener, words!["a", "an", "the"]) && tokens[opener].lowercase();
    let owner = (opener..close)
        .take_while(|&k| tokens[k].capitalized())
        .any(|k| crate::resolve::possessive(tagged, k));
    // (A description holds no verb of saying, no clause and no "and":
    // "Ann Lee, who ran the firm, ..." is passed elsewhere.)
    let plain = (opener..close).all(|k| {
        tokens[k].is_word()
            && !tagged.quoted[k]
            && !tagged.word_in(k, List::CueVerbs)
            && !tagged.is_any(k, words!["who", "which", "that", "and", "but"])
    });
    if !(article || owner) || !plain {
        return None;
    }
    let verb = predicate(tagged, range, close + 1)?;
    Some((start, close - 1, verb))
}

/// The subject `p..=j` without a conjunction that joins its clause to the
/// one before: "..., and the Florida senator suspended", "..., but then
/// Kaplan opted".
/// The closing bracket of initials or a party tag right after a name
/// ("Forum (UKIF)", "Cruz (R-Tex.)"), or the name's last token `j` when none
/// follow.
#[inline]
fn past_initials(tagged: &Tagged, range: &Range<usize>, j: usize) -> usize {
    let tokens = &tagged.tokens;
    let initials = j + 3 < range.end
        && tokens[j + 1].kind() == Kind::Open
        && tokens[j].capitalized()
        && tokens[j + 2].capitalized()
        && tagged.bytes(j + 2).len() >= 2
        && tagged
            .bytes(j + 2)
            .iter()
            .all(|b| b.is_ascii_uppercase() || *b == b'&')
        && tokens[j + 3].kind() == Kind::Close;
    if initials {
        return j + 3;
    }
    // ("Sen. Ted Cruz (R-Tex.) continued": a party tag in brackets.)
    let party = j + 3 < range.end
        && tokens[j + 1].kind() == Kind::Open
        && tokens[j].capitalized()
        && is_party_tag(tagged.bytes(j + 2));
    if party {
        if let Some(close) =
            (j + 3..range.end.min(j + 6)).find(|&c| tokens[c].kind() == Kind::Close)
        {
            return close;
        }
    }
    j
}

/// Where the subject from `p` to `j` starts: past an opening conjunction,
/// and past an opening phrase with no comma before a personal pronoun ("At
/// his weekly press conference on Tuesday he said ... and refused": the
/// pronoun is the subject).
fn subject_start(tagged: &Tagged, p: usize, j: usize) -> usize {
    if j > p + 1
        && tagged.tokens[p].capitalized()
        && tagged.in_set(p, &super::PREPOSITIONS)
        && tagged.is_any(j, words!["he", "she", "they", "we", "it"])
    {
        return j;
    }
    past_conjunction(tagged, p, j)
}

fn past_conjunction(tagged: &Tagged, mut p: usize, j: usize) -> usize {
    if p < j && tagged.is_any(p, words!["and", "but", "yet"]) {
        p += 1;
        if p < j && tagged.is(p, "then") {
            p += 1;
        }
    }
    p
}

/// An opening adjunct ended by a comma ("After Trump spoke, ...", "Asked
/// about the deal, ..."): the comma's index, and whether the adjunct is a
/// participle phrase describing the main clause's subject, whose verbs
/// attribute nothing of their own.
pub(crate) fn opening_adjunct(tagged: &Tagged, range: &Range<usize>) -> Option<(usize, bool)> {
    let tokens = &tagged.tokens;
    let first = (range.start..range.end.min(range.start + 2)).find(|&k| tokens[k].is_word())?;
    // ("Interestingly, after the department asked ...,": past a sentence
    // adverb and its comma.)
    let adverb = {
        let w = tagged.bytes(first);
        w.len() > 5
            // (Adverbs' endings: not "Italy", "Family", "Reilly".)
            && [&b"ingly"[..], b"ally", b"edly", b"ately", b"ently", b"antly", b"ously", b"ily"]
                .iter()
                .any(|e| w.len() > e.len() && w[w.len() - e.len()..].eq_ignore_ascii_case(e))
            && !tagged.word_in_any(first, super::names::GIVEN_NAMES)
    };
    let first = if adverb
        && tokens
            .get(first + 1)
            .is_some_and(|t| t.kind() == Kind::Comma)
        && first + 2 < range.end
        && tokens[first + 2].is_word()
    {
        first + 2
    } else {
        first
    };
    let w = tagged.bytes(first);
    let participle = tokens[first].capitalized()
        && (w.ends_with(b"ing") || tagged.is_any(first, words!["Asked", "Pressed", "Questioned"]))
        && !tagged.is_any(
            first,
            words!["According", "Citing", "During", "Nothing", "Something"],
        )
        && !name_in_ing(tagged, first);
    // ("Not only did she find it fine, Woods concluded": an inverted
    // clause of its own before the main one.)
    let not_only = tagged.is(first, "not") && tagged.is(first + 1, "only");
    if !participle && !not_only && !tagged.in_set(first, &SUBORDINATORS) {
        return None;
    }
    let comma = (first + 1..range.end)
        .take(40)
        .find(|&k| tokens[k].kind() == Kind::Comma && ends_clause(tagged, k))?;
    // ("Speaking to the committee he urged Congress to act, such as": the
    // phrase ended, with no comma, at the main clause's pronoun and verb.)
    let subject_inside = participle
        && (first + 2..comma).any(|k| {
            tagged.is_any(k, words!["he", "she", "they", "we"])
                && !tagged.quoted[k]
                // (After the name ending the phrase: not a clause of the
                // phrase's own, "Asked if he thought", "the comments he
                // made".)
                && tokens[k - 1].capitalized()
                && tokens[k + 1].lowercase()
                && (is_auxiliary(tagged, k + 1)
                    || tagged.bytes(k + 1).ends_with(b"ed")
                    || tagged.in_set(k + 1, &crate::cue::IRREGULAR_PAST))
        });
    (!subject_inside).then_some((comma, participle))
}

/// "Rowling said ...", "Manning has argued ...": a name ending in "-ing"
/// right before its finite verb is the subject, no participle ("Having
/// said that," and "Being asked," are participles).
fn name_in_ing(tagged: &Tagged, k: usize) -> bool {
    let v = k + 1;
    let finite = tagged.tokens.get(v).is_some_and(|t| t.lowercase())
        && (is_auxiliary(tagged, v)
            || tagged.in_set(v, &crate::cue::IRREGULAR_PAST)
            || tagged.word_in(v, List::CueVerbs) && tagged.bytes(v).ends_with(b"ed")
            // ("Addressing claims", "Parenting plans": most verbs in "-s"
            // are nouns too.)
            || tagged.is_any(v, words!["says", "tells", "adds", "argues", "insists", "warns"]));
    finite && !tagged.is_any(k, words!["having", "being", "getting"])
}

/// An opening prepositional phrase ended by a comma ("In a message posted
/// Friday, ...", "In its tweet announcing the deal, ..."): the comma's
/// index.
pub(crate) fn opening_phrase(tagged: &Tagged, range: &Range<usize>) -> Option<usize> {
    let tokens = &tagged.tokens;
    let first = (range.start..range.end.min(range.start + 2)).find(|&k| tokens[k].is_word())?;
    if !tokens[first].capitalized() || !tagged.in_set(first, &OPENING_PREPOSITIONS) {
        return None;
    }
    (first + 1..range.end)
        .take(25)
        .find(|&k| tokens[k].kind() == Kind::Comma && ends_clause(tagged, k))
}

/// Whether the comma at `k` ends a clause of the sentence: outside any
/// quotation, or closing one (`partner I need," Mrs. Clinton said`).
fn ends_clause(tagged: &Tagged, k: usize) -> bool {
    !tagged.quoted[k]
        || tagged
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind() == Kind::Quote)
}

/// Where a clause after the comma at `k` starts: past a closing mark.
fn after_comma(tagged: &Tagged, k: usize) -> usize {
    if tagged.quoted[k] {
        k + 2
    } else {
        k + 1
    }
}
