//! Where the source mention of a cue lies: the phrase before the verb
//! (`the senator said`), after it (`said Ann Lee, a lawyer`), or after a
//! cue phrase (`according to CNN`), with its appositives and asides.
//!
//! [`locate()`] picks the search by the cue's kind and trims what it finds;
//! the searches live by direction:
//!
//! - `backward`: the subject before a verb, past auxiliaries and asides.
//! - `phrase`: a noun phrase walked back word by word to where it begins.
//! - `appositive`: a name and its description set off by commas.
//! - `shared`: a subject named before, shared by a later verb.
//! - `inverted`: a subject after its verb (`, said Lee`).
//! - `forward`: the source after its cue (`according to`, `by`, a dash).

use super::words::*;
use super::*;
use crate::cue::{Cue, CueKind};
use crate::lexicon::{List, Lists};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, WordSet};
use std::ops::Range;

mod appositive;
mod backward;
mod forward;
mod inverted;
mod phrase;
mod shared;

pub(crate) use appositive::*;
pub(crate) use backward::*;
pub(in crate::source) use forward::*;
pub(crate) use inverted::*;
pub(in crate::source) use phrase::*;
pub(crate) use shared::*;

/// The owner of a stance or a claim at `noun`: a possessive pronoun with
/// the noun, or the name before the noun, with its article ("the
/// President's", a title the resolver finds the holder of).
fn owner_of(tagged: &Tagged, range: &Range<usize>, noun: usize) -> (usize, usize) {
    let owner = crate::cue::owner_past_modifiers(tagged, range, noun);
    if tagged.is_any(owner, crate::cue::POSSESSIVE_PRONOUNS) {
        (owner, noun)
    } else if crate::cue::plural_owner(tagged, range, owner) {
        // ("budget hawks' warnings": the plural and a noun before it.)
        let people = owner - 1;
        // (A noun or an adjective: not a verb, "ignored critics' warnings".)
        let modifier = people > range.start
            && (tagged.tokens[people - 1].lowercase() || tagged.is(people - 1, "the"))
            && !tagged.bytes(people - 1).ends_with(b"ed")
            && !tagged.in_set(people - 1, &crate::cue::IRREGULAR_PAST)
            && !tagged.word_in(people - 1, List::CueVerbs)
            && !tagged.word_in(people - 1, List::WeakCueVerbs)
            && !tagged.is_any(
                people - 1,
                words![
                    "despite", "of", "a", "an", "to", "from", "by", "with", "and", "or", "for",
                    "about", "over", "in", "on", "at", "amid", "its", "their", "his", "her"
                ],
            );
        if tagged.tokens[people].capitalized() {
            // ("Bernie Sanders' accusations": the whole name.)
            let start = crate::cue::owner_start(tagged, range, people);
            let the = start > range.start && tagged.is(start - 1, "the");
            return (start - usize::from(the), people);
        }
        (people - usize::from(modifier), people)
    } else {
        let start = crate::cue::owner_start(tagged, range, owner);
        let the = start > range.start && tagged.is(start - 1, "the");
        // ("But Podliska's claim", "Despite Santilli's insistence": not the
        // word opening the sentence.)
        let conjunction = start < owner
            && (tagged.is_any(start, words!["but", "and", "yet", "so"])
                || tagged.in_set(start, &PREPOSITIONS));
        (start - usize::from(the) + usize::from(conjunction), owner)
    }
}

/// Finds the source mention a cue attributes to, within the sentence `range`.
pub(crate) fn locate(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> Option<(usize, usize)> {
    let (first, last) = locate_words(tagged, range, cue)?;
    if let Some(subject) = subject_past_object(tagged, range, cue, first, last) {
        return Some(subject);
    }
    // ("the singer of Because the Night told", "49%, say the
    // "sharing economy"": an article alone names no one.)
    if first == last && tagged.is_any(first, words!["the", "a", "an"]) {
        return None;
    }
    // ("a U.S. lobbying component", "an Apple marketing push": a name
    // after "a" before a gerund modifies the noun after them.)
    if last > first
        && last <= first + 3
        && cue.first == last + 1
        && tagged.is_any(first, words!["a", "an"])
        && (first + 1..=last)
            .all(|k| tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period)
        && tagged.bytes(cue.first).ends_with(b"ing")
    {
        return None;
    }
    // ("Privately ministers believe", "Originally dubbed": an adverb
    // opening the sentence is no part of the source, nor one alone.)
    // ("Having been pricked into action, the regulator ... said": a
    // participle's clause, neither.)
    let first = if opening_ly_adverb(tagged, range, first)
        && tagged
            .tokens
            .get(first + 1)
            .is_some_and(|t| t.kind() != Kind::Comma)
    {
        if first == last {
            return None;
        }
        first + 1
    } else if first == last && tagged.is_any(first, words!["having", "being"]) {
        return None;
    } else {
        first
    };
    let first = subject_after_its_object(tagged, first, last).unwrap_or(first);
    let first = name_after_predicate_noun(tagged, range, first, last).unwrap_or(first);
    let first = company_before_suffix(tagged, range, first);
    let first = person_before_town(tagged, range, first, last).unwrap_or(first);
    let first = place_before_honorific(tagged, range, first, last);
    let first = coordinate_adjectives(tagged, range, first, last);
    // ("Earlier chief constable Green questioned": an adverb of time
    // opening the sentence is no part of the source.)
    let first = if first == range.start
        && first < last
        && tagged.is_any(
            first,
            words!["earlier", "later", "meanwhile", "previously", "separately"],
        ) {
        first + 1
    } else {
        first
    };
    // ("Last Friday the minister had announced": a time opening the
    // sentence is no part of the source.)
    let first = if first + 2 < last
        && tagged.is_any(first, words!["last", "this", "next", "early", "late"])
        && super::is_day_or_month(tagged.word(first + 1))
    {
        first + 2
    } else {
        first
    };
    // The head is the last word before an appositive's comma.
    let core_last = (first..=last)
        .find(|&k| matches!(tagged.tokens[k].kind(), Kind::Comma | Kind::Dash) && k > first)
        .map_or(last, |c| c - 1);
    if cue.kind == CueKind::According {
        // What follows "according to" is the source, when it can be one:
        // "according to a formula agreed with the committees" names none.
        // (A participle after an article is an adjective: "an archived
        // version".)
        let head_end = (first + 1..=core_last)
            .find(|&k| {
                tagged.in_set(k, &PREPOSITIONS)
                    || (tagged.tokens[k].lowercase()
                        && tagged.bytes(k).ends_with(b"ed")
                        && !tagged.is_any(k - 1, words!["a", "an", "the"])
                        // ("a newly uncovered email", "recently hacked
                        // documents": past an adverb too.)
                        && !(tagged.is_ly_adverb(k - 1)
                            && (k - 1 == first
                                || k >= first + 2 && tagged.is_any(k - 2, words!["a", "an", "the"]))))
            })
            .map_or(core_last, |k| k - 1);
        // "according to one of his aides": the people counted head it.
        // ("according to an archived version of the foundation's website":
        // a copy is its original's.)
        let head_end = if head_end < core_last
            && tagged.is(head_end + 1, "of")
            && (crate::token::is_numeral(tagged.bytes(head_end))
                || tagged.in_set(head_end, &COUNTED)
                || tagged.is_any(head_end, words!["version", "copy", "edition"]))
        {
            (head_end + 2..=core_last)
                .find(|&k| tagged.in_set(k, &PREPOSITIONS))
                .map_or(core_last, |k| k - 1)
        } else {
            head_end
        };
        let sourced = (first..=head_end).any(|k| {
            is_subject_word(tagged, k)
                || tagged.word_in(k, List::Documents)
                || (k == head_end && agent_plural(tagged, k))
        });
        // "according to reporting by the Coastal Ledger": the agent names it.
        let by_agent = (head_end + 1..last).any(|k| {
            tagged.is(k, "by") && (k + 1..=last.min(k + 4)).any(|a| is_subject_word(tagged, a))
        });
        // ("in his view", "To many,", "by her own admission": the cue
        // found a view's holder.)
        let view = tagged.is_any(cue.first, words!["in", "to", "by"]);
        // ("according to him": a person's object pronoun.)
        let pronoun = first == last
            && super::object_pronoun_at(tagged, first).is_some()
            && tagged.tokens.get(last + 1).is_none_or(|t| {
                matches!(
                    t.kind(),
                    Kind::Comma | Kind::Period | Kind::Break | Kind::Dash
                )
            });
        return (sourced || by_agent || view || pronoun).then_some((first, last));
    }
    if matches!(
        cue.kind,
        CueKind::Dash | CueKind::Colon | CueKind::Stance | CueKind::Claim
    ) {
        return Some((first, last));
    }
    if cue.kind == CueKind::Citing {
        // "citing unnamed sources" names a source; "citing safety concerns" does
        // not, nor "cites his projects for a Dallas firm": only the head
        // phrase, before its first preposition, counts.
        let head_end = (first + 1..=core_last)
            .find(|&k| tagged.is_any(k, words!["for", "in", "at", "on", "from", "with", "about"]))
            .map_or(core_last, |k| k - 1);
        // ("citing last week's Paris attack": a name inside a phrase that a
        // plain noun heads is no source.)
        let named_head = tagged.tokens[head_end].capitalized()
            || is_subject_word(tagged, head_end)
            || !tagged.tokens[head_end].is_word();
        let sourced = (first..=head_end).any(|k| {
            is_subject_word(tagged, k) && !tagged.tokens[k].capitalized()
                || tagged.tokens[k].capitalized() && k > first && named_head
        });
        return sourced.then_some((first, last));
    }
    // "Women who spent years in politics warn": the head stands before
    // the relative clause.
    // ("Kasich (who has 25 delegates) said": an aside in brackets is not.)
    let core_last = (first + 1..=core_last)
        .find(|&k| tagged.is_any(k, words!["who", "whom"]) && tagged.tokens[k - 1].is_word())
        .map_or(core_last, |w| w - 1);
    // "28% of the bosses polled": the people asked head the phrase.
    let core_last = if core_last > first
        && tagged.in_set(core_last, &POLLED)
        && !is_subject_word(tagged, core_last)
    {
        core_last - 1
    } else {
        core_last
    };
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
                    words![
                        "in",
                        "on",
                        "at",
                        "from",
                        "during",
                        "of",
                        "for",
                        "into",
                        // ("Economists across the country warned".)
                        "across",
                        "around",
                        "throughout"
                    ],
                )
            })
            .map_or(core_last, |p| p - 1)
    };
    // ("A person familiar with the matter confirmed", "people close to
    // the talks": the people before the adjective and its preposition;
    // not "a Democrat familiar with his remarks", a noun after its owner.)
    let owner_last = tagged.is_any(last, words!["his", "her", "their", "its", "our", "my"]);
    let core_last = (first + 1..core_last.min(first + 8))
        .find(|&k| {
            tagged.is_any(k, words!["familiar", "close", "closest"])
                && tagged.is_any(k + 1, words!["with", "to"])
        })
        .filter(|_| !owner_last)
        .map_or(core_last, |k| k - 1);
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
    // ("the "rotten apples" theory, which argued", "The show, which told
    // the story": an idea or a work a "which" clause is about says nothing.)
    let after_which = (last + 1..cue.first.min(last + 4)).any(|k| tagged.is(k, "which"))
        && tagged.in_set(core_last, &IDEAS_AND_WORKS);
    let plain_saying = tagged.is_any(cue.first, SAYING) && !after_which;
    // "Trump's running mate, Indiana Gov. Mike Pence": a name after the
    // description heads the phrase.
    let name_after = core_last + 2 <= last
        && last_name_run(tagged, core_last + 2, last).is_some_and(|(_, b)| b == last);
    let head_ok = is_subject_word(tagged, core_last)
        || name_after
        // ("Cement makers argue": people named by their trade, in a short
        // phrase with no verb.)
        || (core_last == last
            && last < first + 5
            && agent_plural(tagged, core_last)
            && (first..core_last).all(|k| {
                !(tagged.tokens[k].lowercase()
                    && (tagged.bytes(k).ends_with(b"ed")
                        || tagged.in_set(k, &crate::cue::IRREGULAR_PAST)))
            }))
        // "The 66-year-old criticised": a person the article has named.
        || (core_last > first && stands_for_named_person(tagged, first, core_last))
        // ("..., smiled one broker": one person by trade, after a gesture
        // that tags a quotation.)
        || (core_last > first
            && tagged.is_any(cue.first, crate::cue::GESTURES)
            && tagged.is_any(first, words!["one", "a", "an", "another"])
            && super::names_a_person_by_trade(tagged, core_last))
        || (plain_saying
            && tagged.tokens[core_last].is_word()
            && !tagged.in_set(core_last, &STOP_BACK))
        || channel_number(tagged, range, core_last)
        || share_of_people(tagged, first, last);
    head_ok.then_some((first, last))
}

/// "One in five admitted", "Two in three agreed", "Half admitted", "A third
/// confessed": a share of the people a survey asked, alone as the subject.
fn share_of_people(tagged: &Tagged, first: usize, last: usize) -> bool {
    #[rustfmt::skip]
    const NUMBERS: &[u64] = words![
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    const FRACTIONS: &[u64] = words!["third", "quarter", "fifth", "tenth"];
    let number = |k: usize| tagged.is_any(k, NUMBERS) || crate::token::is_numeral(tagged.bytes(k));
    match last - first {
        // (Opening its clause: "said Robin Maynard, half joking" is a manner.)
        0 => tagged.is(first, "half") && tagged.tokens[first].capitalized(),
        1 => tagged.is_any(first, words!["a", "one"]) && tagged.is_any(last, FRACTIONS),
        2 => number(first) && tagged.is(first + 1, "in") && number(last),
        _ => false,
    }
}

/// "the bespectacled, 71-year-old diplomat said", "the tall, bald
/// diplomat": adjectives joined by a comma are one phrase with the article
/// before them (not "the company, two officials said": no adjective).
fn coordinate_adjectives(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
    last: usize,
) -> usize {
    const SHORT: &[u64] = words!["tall", "short", "young", "old", "bald", "grey", "gray", "soft"];
    let tokens = &tagged.tokens;
    if first < range.start + 3
        || first >= last
        || tokens[first - 1].kind() != Kind::Comma
        || !tagged.is_any(first - 3, words!["the", "a", "an"])
        || !tokens[first].is_word()
        || tokens[first].capitalized()
        || tagged.in_set(first, &DEFINITE)
        || tagged.in_set(first, &INDEFINITE)
    {
        return first;
    }
    let adjective = first - 2;
    let w = tagged.bytes(adjective);
    let shaped = [&b"ed"[..], b"al", b"ive", b"ous", b"ful", b"less", b"ish"]
        .iter()
        .any(|e| w.ends_with(e));
    let joined = tokens[adjective].lowercase()
        && !tagged.quoted[adjective]
        && (shaped || tagged.is_any(adjective, SHORT));
    if joined {
        first - 3
    } else {
        first
    }
}

/// "Speaking in Harrogate Mr Kennedy said": a place right before an
/// honorific, after a preposition, is no part of the name ("Labour's Mr
/// Livingstone" is a party's man).
fn place_before_honorific(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
    last: usize,
) -> usize {
    let after_preposition = first > range.start && tagged.in_set(first - 1, &PREPOSITIONS);
    let honorific = first + 1 < last
        && after_preposition
        && tagged.tokens[first].capitalized()
        && !crate::resolve::possessive(tagged, first)
        && tagged.is_any(first + 1, super::HONORIFICS);
    first + usize::from(honorific)
}

/// "Acme Robotics, Inc. said": a legal suffix after a comma ends the
/// company's name, which starts at the capitalised words before the comma.
fn company_before_suffix(tagged: &Tagged, range: &Range<usize>, first: usize) -> usize {
    let tokens = &tagged.tokens;
    if first < range.start + 2
        || !tagged.is_any(first, LEGAL_SUFFIXES)
        || tokens[first - 1].kind() != Kind::Comma
        || !tokens[first - 2].capitalized()
    {
        return first;
    }
    let mut start = first - 2;
    while start > range.start && start + 4 > first - 2 && tokens[start - 1].capitalized() {
        start -= 1;
    }
    start
}

/// The relative pronoun ("who said", "which said") between a mention and
/// its cue: such attributions sit inside another clause.
pub(crate) fn relative_pronoun(tagged: &Tagged, mention_last: usize, cue: &Cue) -> Option<usize> {
    // (A relative clause far longer than this is no clause of the cue's:
    // the bound keeps a sentence of many cues sharing one subject linear.)
    if cue.kind != CueKind::Verb || cue.first > mention_last + 40 {
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

/// "opposition from businesses that warn it could": a "that" at `k` after
/// a plural of people or bodies, before a verb of saying, is a relative
/// pronoun, as "who" is, not a determiner ("that report"). (Other verbs
/// describe whom the noun means: "firms that want to sell", "groups that
/// oppose same-sex marriage".)
pub(crate) fn relative_that(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    #[rustfmt::skip]
    const SAYING: &[u64] = words![
        "say", "said", "warn", "warned", "argue", "argued", "claim", "claimed", "insist",
        "insisted", "contend", "contended", "believe", "believed", "complain", "complained",
    ];
    tagged.is(k, "that")
        && k > range.start
        && tagged.is_any(k + 1, SAYING)
        && tagged.tokens[k - 1].lowercase()
        && super::is_plural(tagged, k - 1)
        && (tagged.word_in(k - 1, List::GroupNouns)
            || tagged.is_any(k - 1, words!["businesses", "companies", "firms"]))
}

/// Whether token `k` is a channel's number after a broadcaster's call
/// letters or "Channel": "ABC 7", "KTLA 5", "Channel 4".
fn channel_number(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    let w = tagged.bytes(k);
    k > range.start && (1..=2).contains(&w.len()) && w.iter().all(u8::is_ascii_digit) && {
        let name = tagged.bytes(k - 1);
        tagged.is(k - 1, "channel")
            || (2..=5).contains(&name.len()) && name.iter().all(u8::is_ascii_uppercase)
    }
}

/// The word lists whose entries can head a source.
pub(in crate::source) const SOURCE_LISTS: Lists = Lists::of(&[
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

/// Participles of saying that may join a participle clause of deeds
/// (", praising the crews and accusing the board"): after a comma, only
/// these do ("hiring an executive and promoting an adviser" are deeds).
#[rustfmt::skip]
static SPEAKING: WordSet<64> = word_set![
    "saying", "accusing", "calling", "telling", "warning", "arguing", "insisting", "suggesting",
    "claiming", "promising", "urging", "threatening", "noting", "chiding", "criticizing",
    "criticising", "dismissing", "declaring", "adding", "vowing", "blaming", "denying", "asking",
    "demanding", "chanting", "describing", "charging",
];

/// Ideas and works, which a "which" clause describes and which say nothing.
static IDEAS_AND_WORKS: WordSet<64> = word_set![
    "theory",
    "idea",
    "notion",
    "concept",
    "thesis",
    "doctrine",
    "approach",
    "argument",
    "view",
    "show",
    "film",
    "movie",
    "series",
    "programme",
    "program",
    "play",
    "song",
    "album",
    "game",
];

/// Lists whose word before "and" is a source of its own, not the first word
/// of a title's brief ("Work and Pensions Secretary").
const BRIEF_NOT: Lists = Lists::of(&[
    List::GroupNouns,
    List::Institutions,
    List::Outlets,
    List::Places,
    List::Regions,
    List::Titles,
    List::FemaleNames,
    List::MaleNames,
]);

/// Words that can head a source: a name, a pronoun, a noun of the lexicons.
#[inline]
pub(in crate::source) fn is_subject_word(tagged: &Tagged, k: usize) -> bool {
    let t = tagged.tokens[k];
    match t.kind() {
        Kind::Word => {
            (t.capitalized() && !tagged.in_set(k, &NOT_NAME_SET))
                // An entry ending here, such as "press secretary" (tested
                // before the costlier pronoun).
                || tagged.lists_ending_at(k).any_of(SOURCE_LISTS)
                || pronoun_at(tagged, k).is_some()
                // ("Bashar al-Assad wants": a name's last word after a
                // capitalised one.)
                || k > 0
                    && tagged.tokens[k - 1].capitalized()
                    && super::names::hyphened_particle_name(tagged.bytes(k))
        }
        Kind::Close | Kind::Period => true,
        _ => false,
    }
}

fn locate_words(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> Option<(usize, usize)> {
    // (Only a verb's participle can be perceived or quoted: looked at once.)
    let perceived = (cue.kind == CueKind::Verb)
        .then(|| quoted_as_saying(tagged, cue).or_else(|| perceived_saying(tagged, range, cue)))
        .flatten();
    match cue.kind {
        // "According to a police report, the ferry hit the pier": opening
        // the sentence, the phrase ends at its comma, where the claim begins.
        CueKind::According | CueKind::Citing if cue.first <= range.start + 1 => {
            // ("According to Robert Walsh, head of Krome Studios, the tools
            // matter": a post between the commas is the source's.)
            forward(tagged, range, cue.last + 1).map(|(f, e)| {
                let comma = (f..=e)
                    .find(|&k| tagged.tokens[k].kind() == Kind::Comma)
                    .filter(|&c| !opens_post(tagged, c + 1, e + 1));
                (f, comma.map_or(e, |c| c.saturating_sub(1).max(f)))
            })
        }
        CueKind::According | CueKind::Citing => forward(tagged, range, cue.last + 1),
        // "–@realDonaldTrump": the handle.
        CueKind::Dash if tagged.word(cue.last + 1) == "@" => Some((cue.last + 1, cue.last + 2)),
        CueKind::Dash => forward(tagged, range, cue.last + 1),
        // ("Their fear is that": the pronoun and its noun, whose owner the
        // resolver finds; "Trump's view was that": the name.)
        CueKind::Stance => Some(owner_of(
            tagged,
            range,
            crate::cue::stance_noun(tagged, cue.first),
        )),
        // ("his claim that", "Trump's claim that": the same, the noun first.)
        CueKind::Claim => Some(owner_of(tagged, range, cue.first)),
        CueKind::Colon => {
            let quoted = tagged.tokens[range.start].kind() == Kind::Quote;
            let mut first = range.start + usize::from(quoted);
            first += usize::from(crate::cue::is_bullet(tagged, first));
            let mut last = cue.first.checked_sub(1)?;
            // ("Clinton's response was:": the words' owner and noun; "His
            // message to the chancellor was:" the same, not the addressee.)
            if let Some(noun) = crate::cue::owned_words_noun(tagged, first, cue.first) {
                last = noun;
            } else if last > first && tagged.is_any(last, words!["was", "is"]) {
                last -= 1;
            }
            Some((first, last))
        }
        // ("added by threatening tariffs": a gerund after "by" is a means,
        // no agent.)
        CueKind::Verb if cue.passive => {
            let agent = crate::cue::passive_by(tagged, range, cue.first, cue.last)
                .unwrap_or(cue.last + 1)
                + 1;
            // (A gerund takes an object or a particle; "by left-leaning
            // economists", "by overwhelming majorities" have adjectives.)
            let gerund = agent < range.end
                && tagged.tokens[agent].lowercase()
                && tagged.bytes(agent).ends_with(b"ing")
                && !tagged.bytes(agent).contains(&b'-')
                && (agent + 1 >= range.end
                    || !tagged.tokens[agent + 1].is_word()
                    || tagged.is_any(agent + 1, GERUND_OBJECTS));
            // ("will be questioned by a judge", "was questioned by police":
            // an interrogation, no doubt voiced.)
            let interrogated = tagged.is(cue.first, "questioned")
                && (agent..(agent + 3).min(range.end)).any(|k| {
                    tagged.is_any(
                        k,
                        words![
                            "police",
                            "judge",
                            "detectives",
                            "investigators",
                            "officers",
                            "prosecutors",
                            "magistrate",
                            "agents"
                        ],
                    )
                    // ("questioned by police unions, who said": a noun after
                    // the word makes it a modifier, of doubters.)
                    && !tagged.tokens.get(k + 1).is_some_and(|t| {
                        t.is_word() && t.lowercase() && !tagged.in_set(k + 1, &PREPOSITIONS)
                    })
                });
            if gerund || interrogated {
                return None;
            }
            // ("As reported by Western Journalism, the Times broke ...":
            // opening the sentence, the agent ends at its comma.)
            let opening = cue.first <= range.start + 2;
            // ("criticised by doctors for promoting cures": the reason
            // after "for" is no part of the agent.)
            let agent_phrase = forward(tagged, range, agent).map(|(f, e)| {
                let comma = (f..=e).find(|&k| tagged.tokens[k].kind() == Kind::Comma);
                let e = match comma {
                    Some(c) if opening && c > f => c - 1,
                    _ => e,
                };
                // ("the Campaign for an Independent Britain", "Citizens for
                // a Sound Economy": a name goes on after "for".)
                // ("criticized by Trump over the questions", "by Lee for
                // the delay": after a name, a preposition before a common
                // noun's phrase ends the agent.)
                let after_name = |k: usize| {
                    (f..k).all(|j| {
                        tagged.tokens[j].capitalized() || tagged.tokens[j].kind() == Kind::Period
                    }) && tagged.is_any(
                        k + 1,
                        words!["the", "a", "an", "his", "her", "its", "their"],
                    ) && tagged.tokens.get(k + 2).is_some_and(|t| t.lowercase())
                };
                let reason = (f + 1..e).find(|&k| {
                    tagged.is_any(k, words!["over", "after", "during", "amid"])
                        || tagged.is_any(k, words!["for", "in", "at", "on"]) && after_name(k)
                        || tagged.is(k, "for")
                            && (tagged.bytes(k + 1).ends_with(b"ing")
                                || tagged
                                    .is_any(k + 1, words!["not", "his", "her", "its", "their"])
                                || tagged.is_any(k + 1, words!["a", "an"])
                                    && tagged.tokens.get(k + 2).is_some_and(|t| t.lowercase())
                                // ("blamed by US lawmakers for job losses": a
                                // bare noun; "lawyers for the family" speak.)
                                || tagged.tokens.get(k + 1).is_some_and(|t| t.is_word() && t.lowercase())
                                    && !tagged.in_set(k + 1, &DEFINITE)
                                    && !tagged.in_set(k + 1, &INDEFINITE)
                                    && !tagged.is_any(
                                        k + 1,
                                        words!["his", "her", "its", "their", "our"],
                                    ))
                });
                (f, reason.map_or(e, |k| k - 1))
            });
            // ("can be explained by an increase in jobs": an agent that can
            // be no source is a cause.)
            agent_phrase.filter(|&(f, e)| {
                // (Past "of": "a number of tax experts", "one of his rivals".)
                let head_end = (f + 1..=e)
                    .find(|&k| tagged.in_set(k, &PREPOSITIONS) && !tagged.is(k, "of"))
                    .map_or(e, |k| k - 1);
                (f..=head_end).any(|k| is_subject_word(tagged, k) || agent_plural(tagged, k))
            })
        }
        // "Smith was quoted as saying", "has been reported as saying": the
        // subject of the passive is the speaker.
        CueKind::Verb if perceived.is_some() => {
            let mut verb = perceived.unwrap_or(cue.first);
            // ("could be heard saying": "be" after a modal.)
            while verb > range.start + 1
                && (subject::is_auxiliary(tagged, verb - 1)
                    || tagged.is_any(verb - 1, words!["be", "been"]))
            {
                verb -= 1;
            }
            backward(tagged, range, verb)
        }
        // "..., accusing her of", "is bearish on loans and expects": the
        // subject of the main clause.
        CueKind::Verb if shares_main_subject(tagged, range, cue) => {
            // ("The champion left early, saying": a noun for a person only
            // before a participle after a comma, which only a speaker heads;
            // "The upgrade ... and added features" is a thing's deed.)
            let after_comma = tagged.tokens[cue.first - 1].kind() == Kind::Comma
                && tagged.bytes(cue.first).ends_with(b"ing");
            let (first, last, verb) = subject::introducing_subject(tagged, range)
                .or_else(|| subject::introducing_subject_past_age(tagged, range))
                .or_else(|| {
                    (after_comma || perfect_participle(tagged, range, cue))
                        .then(|| subject::epithet_subject(tagged, range))
                        .flatten()
                })?;
            // ("it emerged that producers were shelving it, having
            // complained": a perfect participle's subject is a dummy's
            // clause's, not the dummy.)
            let dummy = || tagged.is_any(last, words!["it", "there"]);
            (verb < cue.first && !(dummy() && perfect_participle(tagged, range, cue)))
                .then_some((first, last))
        }
        // "..., says Steve Schale, a strategist.": a verb of saying set off by
        // a comma, then a name or a description, has its subject after it.
        CueKind::Verb if inverted_tag(tagged, range, cue) => forward(tagged, range, cue.last + 1),
        // "Stated Stone:": the name after the verb that opens the sentence.
        CueKind::Verb if cue.first == range.start && tagged.tokens[cue.first].capitalized() => {
            crate::cue::fronted_tag(tagged, range, cue.first).map(|last| (cue.last + 1, last))
        }
        CueKind::Verb => with_subject(tagged, range, cue)
            .or_else(|| {
                // ("Sales tripled since launch, outstripping the Xbox, said
                // analysts Chart-Track.": after a participle's aside, a tag
                // whose source ends the sentence is inverted.)
                if participle_aside_before(tagged, range, cue.first)
                    && !tagged.bytes(cue.first).ends_with(b"ing")
                    && forward(tagged, range, cue.last + 1).is_some_and(|(_, e)| {
                        e + 2 == range.end && tagged.tokens[e + 1].kind() == Kind::Period
                    })
                {
                    return None;
                }
                backward(
                    tagged,
                    range,
                    subject_search_start(tagged, range, cue.first),
                )
                .filter(|&(f, l)| !(f == l && opening_ly_adverb(tagged, range, f)))
                .map(|found| with_agent(tagged, range, found, cue.first))
            })
            .or_else(|| {
                // ("-- denouncing Mexicans as rapists", ": bashing Clinton": a
                // participle's subject never follows it.)
                // (Nor the object of a phrase ending in a preposition:
                // ", lashed out at the G7's policies".)
                let after_break = inverted_position(tagged, range, cue.first)
                    && !tagged.bytes(cue.first).ends_with(b"ing")
                    && !(cue.last > cue.first
                        && tagged.is_any(cue.last, words!["at", "on", "of", "for", "about"]));
                if after_break {
                    // "said members will help": the subject of the content, not
                    // an inverted source.
                    forward(tagged, range, cue.last + 1).and_then(|(f, e)| {
                        // ("said the 22-year-old, who will return in May": the
                        // relative clause describes the source.)
                        // (Unless it withholds the name: "said the woman,
                        // who did not want to be quoted by name".)
                        let e = (f + 1..e)
                            .find(|&k| {
                                tagged.tokens[k].kind() == Kind::Comma
                                    && tagged.is_any(k + 1, words!["who", "whose"])
                            })
                            .filter(|&c| !withholds_name_between(tagged, c + 2, e))
                            .map_or(e, |c| c - 1);
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
                        // ("..., denounced her record as": a thing owned is the
                        // verb's object; "said her spokesman" names a person.)
                        let owned_thing = e > f
                            && tagged.is_any(f, words!["his", "her", "its", "their"])
                            && !(f + 1..=e).any(|k| {
                                tagged.word_in(k, List::Titles)
                                    || tagged.word_in(k, List::PersonNouns)
                                    || tagged.word_in(k, List::GroupNouns)
                            });
                        // (The verb is then one of a list the sentence's subject
                        // heads: "Trump summed up ..., denounced ...".)
                        let listed = owned_thing
                            .then(|| subject::introducing_subject(tagged, range))
                            .flatten()
                            .filter(|&(_, l, v)| l < cue.first && v < cue.first);
                        if let Some((f, l, _)) = listed {
                            return Some((f, l));
                        }
                        // ("said the laws contained safeguards": a past
                        // tense and its object, the content's clause.)
                        let clause = (f + 1..e).any(|k| {
                            tagged.tokens[k].lowercase()
                                && (tagged.bytes(k).ends_with(b"ed")
                                    && !tagged.bytes(k).contains(&b'-')
                                    || tagged.in_set(k, &crate::cue::IRREGULAR_PAST))
                                && tagged.tokens[k + 1].lowercase()
                                && !tagged.in_set(k + 1, &PARTICIPLE_PREPOSITIONS)
                                && !tagged.is(k + 1, "by")
                                // (Not an owner's adjective: "Telekom
                                // Austria's fixed line division".)
                                && tagged.tokens[k - 1].lowercase()
                                // (Not an adjective after an article: "said
                                // Lee Baker, a retired teacher".)
                                && !tagged.is_any(k - 1, words!["a", "an", "the"])
                                && !crate::resolve::possessive(tagged, k - 1)
                                // (Not in a relative clause: "said Robert
                                // Mason, a professor who has researched it".)
                                && !(f..k).any(|j| tagged.is_any(j, words!["who", "which"]))
                        });
                        (!subject::is_auxiliary(tagged, e + 1) && !participle && !clause)
                            .then_some((f, e))
                    })
                } else {
                    None
                }
            }),
    }
}

/// "The oil and gas company", "the clothing and home furnishing retailer":
/// a body's noun whose modifiers "and" joins, after an article; where the
/// phrase found back from its verb (`first..=last`, after the "and")
/// starts.
pub(crate) fn joined_modifiers_before(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
    last: usize,
) -> usize {
    let lower =
        |k: usize| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase() && !tagged.quoted[k];
    if first < range.start + 2
        || !tagged.is(first - 1, "and")
        || !tagged.word_in(last, List::InstitutionNouns)
        || !(first..=last).all(lower)
    {
        return first;
    }
    // One or two lowercase words between the article and "and".
    (first.saturating_sub(4).max(range.start)..first - 2)
        .rev()
        .take_while(|&k| lower(k) || tagged.is_any(k, words!["the", "a", "an"]))
        .find(|&k| tagged.is_any(k, words!["the", "a", "an"]))
        .filter(|&article| {
            (article + 1..first - 1).all(|k| {
                !subject::is_auxiliary(tagged, k)
                    && !tagged.in_set(k, &PREPOSITIONS)
                    && !tagged.word_in(k, List::CueVerbs)
            })
        })
        .unwrap_or(first)
}

/// Words that open a gerund's object or follow it as a particle ("by
/// threatening to", "by using his").
const GERUND_OBJECTS: &[u64] = words![
    "to", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    "these", "those", "him", "them", "it", "us", "up", "out", "off", "down", "into", "back",
];

/// "quoted as saying", "reported as saying": a passive that names its
/// subject as the speaker.
fn quoted_as_saying(tagged: &Tagged, cue: &Cue) -> Option<usize> {
    if cue.first < 2 || !tagged.is(cue.first, "saying") {
        return None;
    }
    if tagged.is(cue.first - 1, "as")
        && tagged.is_any(
            cue.first - 2,
            words!["quoted", "reported", "cited", "heard"],
        )
    {
        return Some(cue.first - 2);
    }
    // "Mr Houston was quoted in the Herald newspaper saying": the paper
    // that carried the words between ("quoted" after its copula).
    let quoted = (cue.first.saturating_sub(8)..cue.first - 1)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word())
        .find(|&k| tagged.is(k, "quoted"))?;
    (quoted > 0
        && tagged.is_any(quoted + 1, words!["in", "by"])
        && tagged.is_any(
            quoted - 1,
            words!["was", "were", "is", "are", "been", "being"],
        ))
    .then_some(quoted)
}

/// "Scott can be heard saying", "was seen telling officers that", "was
/// heard on a microphone telling him to": the subject of a passive of
/// perceiving is the speaker, when words said follow (not "seen arguing
/// with a driver", "caught telling a joke"). The perceiving participle's
/// index.
fn perceived_saying(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> Option<usize> {
    const RECORDINGS: &[u64] = words!["tape", "camera", "video", "film", "microphone", "mic"];
    const PERCEIVED: &[u64] = words![
        "heard",
        "seen",
        "caught",
        "overheard",
        "filmed",
        "recorded",
        "shown"
    ];
    if cue.first < range.start + 3 || !tagged.bytes(cue.first).ends_with(b"ing") {
        return None;
    }
    let mut verb = cue.first - 1;
    if tagged.is_any(verb, RECORDINGS) {
        let on = if tagged.is_any(verb - 1, words!["a", "an", "the"]) {
            verb - 2
        } else {
            verb - 1
        };
        if on > range.start && tagged.is(on, "on") {
            verb = on - 1;
        }
    }
    if !(verb > range.start
        && tagged.is_any(verb, PERCEIVED)
        && tagged.is_any(verb - 1, words!["be", "is", "was", "are", "were", "been"]))
    {
        return None;
    }
    // ("telling him to get on a plane": an infinitive, not "a joke to the
    // clerk".)
    let infinitive = |k: usize| {
        tagged.is(k, "to")
            && tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
            && !tagged.is_any(
                k + 1,
                words!["the", "a", "an", "his", "her", "their", "its"],
            )
    };
    // (A quotation near it, "\"But what happened?\" he is seen asking", or
    // a question put, "is heard asking him if"; looked for a bounded number
    // of words either side, so that a sentence of many such verbs stays
    // linear.)
    let quoted_near = (verb.saturating_sub(60).max(range.start)..range.end.min(cue.last + 20))
        .any(|k| tagged.tokens[k].kind() == Kind::Quote);
    let said = tagged.is(cue.first, "saying")
        || quoted_near
        || (cue.last + 1..range.end.min(cue.last + 8)).any(|k| {
            tagged.is_any(k, words!["that", "if", "whether"])
                || infinitive(k)
                || tagged.tokens[k].kind() == Kind::Colon
        });
    said.then_some(verb)
}

/// Whether a lowercase plural names people by what they do ("media
/// trackers", "campaigners", "economists", "historians"), whom the lists
/// may not know: after "according to" they are a source.
fn agent_plural(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens[k].lowercase()
        && super::names_people_by_trade(tagged, k)
        && !tagged.word_in(k, List::Documents)
}

/// "this is not the campaign Clinton envisioned", "the kind of race
/// Ayotte hoped to run": after a copula, a noun phrase whose relative
/// clause has lost its "that"; the name before the verb is its subject,
/// the source. (A name run, after a lowercase noun, ending the phrase.)
fn name_after_predicate_noun(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
    last: usize,
) -> Option<usize> {
    let tokens = &tagged.tokens;
    if first <= range.start
        || last > first + 8
        || !tagged.is_any(first, words!["the", "a", "an"])
        || !tagged.is_any(
            first - 1,
            words!["is", "was", "not", "isn't", "wasn't", "are", "were", "aren't", "weren't"],
        )
    {
        return None;
    }
    let name = (first + 1..=last)
        .rev()
        .take_while(|&k| tokens[k].capitalized())
        .last()?;
    (name > first + 1 && tokens[name - 1].lowercase() && tokens[name - 1].is_word()).then_some(name)
}

/// "Mr Hockney also left UKIP saying", "Airlines have attacked the
/// legislation saying": a participle of saying right after the object of
/// a past verb shares that verb's subject; the object, a thing, a body or
/// a law the subject acted on (no person, group, post, outlet or pronoun),
/// says nothing. A document sent or issued says it instead.
fn subject_past_object(
    tagged: &Tagged,
    range: &Range<usize>,
    cue: &Cue,
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    // (Words of speech only: "posters explaining", "tickets telling them"
    // are things that say.)
    let participle = cue.kind == CueKind::Verb
        && cue.first == last + 1
        && first > range.start + 1
        && tagged.is_any(
            cue.first,
            words![
                "saying",
                "claiming",
                "arguing",
                "insisting",
                "pointing",
                "suggesting",
                "explaining",
                "warning",
                "urging"
            ],
        );
    if !participle {
        return None;
    }
    // "Mr Campbell then e-mailed Mr McFadyen pointing out the mistake": a
    // person reached by a message is its reader, not its writer.
    #[rustfmt::skip]
    const CONTACTED: &[u64] = words![
        "e-mailed", "emailed", "phoned", "telephoned", "rang", "texted", "messaged",
        "contacted", "interrupted", "thanked",
    ];
    let past = |k: usize| {
        tokens[k].lowercase()
            && (tagged.bytes(k).ends_with(b"ed") || tagged.in_set(k, &crate::cue::IRREGULAR_PAST))
            && !tagged.word_in(k, List::CueVerbs)
            // ("sent a letter saying", "issued a statement saying": the
            // document says it.)
            && !tagged.is_any(k, super::SENT)
            && !tagged.is_any(k, words!["issued", "released", "published", "posted", "wrote", "filed"])
    };
    let contact = |k: usize| tagged.is_any(k, CONTACTED) && tokens[k].lowercase();
    // (The walk back may have taken the verb: "left UKIP".)
    let verb = if (past(first) || contact(first)) && first < last {
        first
    } else {
        first - 1
    };
    if contact(verb) && last <= verb + 4 {
        let (f, l, v) = super::introducing_subject(tagged, range)?;
        return (v == verb || v < verb && l < verb).then_some((f, l));
    }
    let saying = tagged.is_any(
        cue.first,
        words!["saying", "claiming", "arguing", "insisting"],
    );
    if !saying {
        return None;
    }
    // (A short object, none of whose own: "a clip of McCain saying".)
    if last > verb + 3 || (verb + 1..=last).any(|k| tagged.is(k, "of")) {
        return None;
    }
    let thing = (verb + 1..=last).all(|k| {
        !tagged.word_in_any(
            k,
            Lists::of(&[
                List::GroupNouns,
                List::PersonNouns,
                List::Titles,
                List::MediaNouns,
            ]),
        ) && super::pronoun_at(tagged, k).is_none()
            && super::object_pronoun_at(tagged, k).is_none()
    });
    if !(past(verb) && thing) {
        return None;
    }
    let (f, l, v) = super::introducing_subject(tagged, range)?;
    (v == verb || v < verb && l < verb).then_some((f, l))
}

fn plural_possessive(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    k > range.start && k + 1 < range.end && crate::resolve::apostrophe_after(tagged, k - 1)
}

/// "The major danger he sees", "The fees she commanded": a noun phrase,
/// then the pronoun subject of a clause about it with no "that", whose
/// verb is the cue. The pronoun's token, if so. (Unlike the writer's
/// [`contact_clause`], "everyone I interviewed said", where the noun
/// speaks.)
pub(crate) fn subject_after_its_object(
    tagged: &Tagged,
    first: usize,
    last: usize,
) -> Option<usize> {
    const DETERMINERS: &[u64] = words!["the", "a", "an", "this", "that", "these", "those"];
    if last < first + 2 || !tagged.is_any(first, DETERMINERS) {
        return None;
    }
    // Only lowercase words between, none a preposition, a conjunction or a
    // relative word ("A review by The Times", "a newly elected Bush", "the
    // government in Beijing" keep their nouns), nor a source's noun ("the
    // online bank Cahoot").
    let plain = |k: usize| {
        let t = tagged.tokens[k];
        t.is_word()
            && t.lowercase()
            && !tagged.in_set(k, &PREPOSITIONS)
            // (A source's noun right before the pronoun is its own
            // phrase's head; one before another noun, "the major danger
            // he", a modifier.)
            && (k + 1 != last || !tagged.word_in_any(k, SOURCE_NOUNS))
            && !tagged.is_any(
                k,
                words!["and", "or", "nor", "but", "that", "which", "who", "whom"],
            )
            && !tagged.bytes(k).ends_with(b"ed")
            && !tagged.is_ly_adverb(k)
            // ("Earlier this year she topped": a time, then the subject;
            // the shared words of times, and their plurals.)
            && !tagged.in_set(k, &TIME_WORDS)
            && !tagged.in_set(k, &DAYS)
            && !tagged.is_any(
                k,
                words![
                    "time", "season", "day", "days", "weeks", "months", "years", "decade", "hour",
                    "minute"
                ],
            )
    };
    // (Not a name: "a tearful Claxton", "the local Arab News" are one
    // phrase, an adjective before the name.)
    let pronoun = pronoun_at(tagged, last).is_some_and(|p| p != Pronoun::It);
    (pronoun && last - first <= 4 && (first + 1..last).all(plain)).then_some(last)
}

/// "invited Matt Duss, the president of the Foundation for Middle East
/// Peace, who criticizes": the description located before a relative
/// pronoun is an appositive of the name before its comma, and the name
/// with it is who the pronoun stands for. The name's first token, or
/// `first`.
pub(crate) fn name_before_appositive(
    tagged: &Tagged,
    range: &Range<usize>,
    (first, last): (usize, usize),
    cue: &Cue,
) -> usize {
    let tokens = &tagged.tokens;
    // (The appositive's comma up to twelve words back: "the president of
    // the Foundation ...", of which the phrase located may be the end.)
    let comma = (first.saturating_sub(12).max(range.start + 1)..first)
        .rev()
        .take_while(|&k| tokens[k].is_word() || tokens[k].kind() == Kind::Comma)
        .find(|&k| tokens[k].kind() == Kind::Comma);
    let Some(comma) = comma.filter(|&c| {
        c > range.start
            && tagged.is_any(c + 1, words!["a", "an", "the"])
            && tokens[c - 1].capitalized()
            && !tagged.quoted[c]
    }) else {
        return first;
    };
    if relative_pronoun(tagged, last, cue).is_none() {
        return first;
    }
    let name_end = comma - 1;
    let start = (name_end.saturating_sub(3).max(range.start)..=name_end)
        .rev()
        .take_while(|&k| tokens[k].capitalized())
        .last()
        .unwrap_or(name_end);
    let opens = start == range.start || !tokens[start - 1].capitalized();
    if opens && start < name_end && name_run(tagged, start, name_end) == Some((start, name_end)) {
        start
    } else {
        first
    }
}
