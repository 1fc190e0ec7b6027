//! Where the source mention of a cue lies: the phrase before the verb
//! (`the senator said`), after it (`said Ann Lee, a lawyer`), or after a
//! cue phrase (`according to CNN`), with its appositives and asides.

use super::words::*;
use super::*;
use crate::cue::{Cue, CueKind};
use crate::lexicon::{List, Lists};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, WordSet};
use std::ops::Range;

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
    let first = if first == range.start && opening_adverb(tagged, first) {
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
        || channel_number(tagged, range, core_last);
    head_ok.then_some((first, last))
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

/// A capitalised adverb by its ending ("Privately", "Originally",
/// "Apparently"); not a surname in "-lly" ("Connolly", "Brantly").
fn opening_adverb(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.bytes(k);
    tagged.tokens[k].capitalized()
        && (super::is_adverb_by_ending(tagged, k)
            || w.len() >= 8 && (w.ends_with(b"ally") || w.ends_with(b"ntly")))
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
pub(super) const SOURCE_LISTS: Lists = Lists::of(&[
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
pub(super) fn is_subject_word(tagged: &Tagged, k: usize) -> bool {
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
    // (Only a verb's participle can be perceived: looked at once.)
    let perceived = (cue.kind == CueKind::Verb)
        .then(|| perceived_saying(tagged, range, cue))
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
        CueKind::Verb if quoted_as_saying(tagged, cue) || perceived.is_some() => {
            let mut verb = perceived.unwrap_or(cue.first - 2);
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

/// Whether a comma before `verb` closes an aside opened by a comma and a
/// participle after a common noun ("since launch, outstripping
/// Microsoft's Xbox, said").
fn participle_aside_before(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    let tokens = &tagged.tokens;
    verb > range.start + 2
        && tokens[verb - 1].kind() == Kind::Comma
        && (verb.saturating_sub(12).max(range.start)..verb - 1)
            .rev()
            .find(|&k| tokens[k].kind() == Kind::Comma)
            .is_some_and(|c| {
                // (After a subject's name, "Trump, speaking at a rally,
                // said", the name is the source.)
                c > range.start
                    && tokens[c - 1].lowercase()
                    && tokens[c + 1].lowercase()
                    && tagged.bytes(c + 1).ends_with(b"ing")
            })
}

/// "Sanders, who endorsed Canova in May and said he would campaign": a
/// verb joined by "and" or "but" inside a relative clause about a name
/// shares the clause's subject. Where to seek the subject back from: the
/// token after "who" (`verb` itself when the cue is no such verb).
fn subject_search_start(tagged: &Tagged, range: &Range<usize>, verb: usize) -> usize {
    let mut conj = verb.saturating_sub(1);
    while conj > range.start + 2
        && conj + 3 > verb
        && (subject::is_auxiliary(tagged, conj) || tagged.is_ly_adverb(conj))
    {
        conj -= 1;
    }
    if conj <= range.start + 2 || !tagged.is_any(conj, words!["and", "but"]) {
        return verb;
    }
    // (One clause: no comma, dash or quotation between "who" and "and".)
    (conj.saturating_sub(20).max(range.start + 1)..conj)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is(k, "who"))
        // (After a name: "The demonstrators, who have taken to the streets
        // and called for change," is kept as the clause it is.)
        .filter(|&who| {
            who + 1 < conj
                && who > range.start + 1
                && tagged.tokens[who - 1].kind() == Kind::Comma
                && tagged.tokens[who - 2].capitalized()
        })
        .map_or(verb, |who| who + 1)
}

/// "The campaign entered the talks believing it had leverage": a
/// participle of belief right after the main clause's object (a plain
/// noun at `prev`, no source's, no function word), which the subject holds.
fn belief_after_object(tagged: &Tagged, cue: &Cue, prev: usize) -> bool {
    #[rustfmt::skip]
    const NO_OBJECT: &[u64] = words![
        "the", "a", "an", "and", "or", "not", "but", "still", "also", "now", "been", "be",
        "being", "had", "have", "has", "was", "were", "is", "are", "many", "most", "some", "all",
        "few",
    ];
    tagged.is_any(
        cue.first,
        words!["believing", "hoping", "expecting", "fearing", "thinking"],
    ) && tagged.tokens[prev].is_word()
        && tagged.tokens[prev].lowercase()
        && !tagged.in_set(prev, &PREPOSITIONS)
        && !subject::is_auxiliary(tagged, prev)
        && !tagged.word_in_any(prev, SOURCE_NOUNS)
        && !tagged.is_ly_adverb(prev)
        && !tagged.is_any(prev, NO_OBJECT)
}

/// Whether the words before the "to" at `to` are the object of a
/// causative ("prompted some analysts to", "led Apacs to", "prompted Paul
/// Smith to"): a causative among the six words before, and a lowercase
/// word or a name, all capitals from the causative on, just before "to".
pub(crate) fn causative_object(tagged: &Tagged, range: &Range<usize>, to: usize) -> bool {
    if to < range.start + 2 || !tagged.is(to, "to") {
        return false;
    }
    let from = to.saturating_sub(6).max(range.start);
    let Some(c) = (from..to - 1).rev().find(|&k| tagged.is_any(k, CAUSATIVES)) else {
        return false;
    };
    tagged.tokens[to - 1].lowercase()
        || (c + 1..to).all(|k| tagged.tokens[k].capitalized() && tagged.tokens[k].is_word())
}

/// Verbs that lead their object to do something ("prompted analysts to
/// forecast"): the object is the subject of the verb after "to".
pub(crate) const CAUSATIVES: &[u64] = words![
    "prompted",
    "prompting",
    "prompts",
    "led",
    "leads",
    "leading",
    "caused",
    "causes",
    "forced",
    "forces",
    "encouraged",
    "encourages",
];

/// "..., having previously indicated she would stay": a perfect
/// participle after a comma (adverbs may come between).
fn perfect_participle(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    let Some(mut having) = cue.first.checked_sub(1).filter(|&p| p > range.start) else {
        return false;
    };
    while having > range.start + 1
        && (tagged.is_ly_adverb(having) || tagged.is_any(having, words!["already", "also"]))
    {
        having -= 1;
    }
    tagged.is(having, "having")
        && tagged.tokens[having - 1].kind() == Kind::Comma
        && !tagged.quoted[having]
}

/// Whether a verb continues the main clause without a subject of its own:
/// a participle after a comma ("..., accusing her of") or a verb after
/// "and" ("is bearish on loans and expects").
fn shares_main_subject(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    let Some(prev) = cue.first.checked_sub(1).filter(|&p| p > range.start) else {
        return false;
    };
    if perfect_participle(tagged, range, cue) {
        return true;
    }
    // "..., the people said, asking not to be named": the participle goes
    // with the clause it follows, not the main one.
    // (`as "radical Islamists," saying`: the comma inside the closing mark.)
    let comma_in_mark = prev > range.start + 1
        && tagged.tokens[prev].kind() == Kind::Quote
        && tagged.tokens[prev - 1].kind() == Kind::Comma;
    let prev = if comma_in_mark { prev - 1 } else { prev };
    // ("resisted pressure ..., instead saying": an adverb after the comma.)
    let prev = if prev > range.start + 1
        && tagged.is_any(prev, words!["instead", "also", "again", "later"])
        && tagged.tokens[prev - 1].kind() == Kind::Comma
    {
        prev - 1
    } else {
        prev
    };
    let participle = tagged.bytes(cue.first).ends_with(b"ing")
        && tagged.tokens[prev].kind() == Kind::Comma
        && (!tagged.quoted[prev] || comma_in_mark)
        && (!tagged.word_in(prev - 1, List::CueVerbs)
            // "dismissive of the plan, telling": a noun, not a verb.
            || crate::cue::is_noun_use(tagged, range, prev - 1));
    // "reviewed the records before confirming that", "while insisting";
    // "makes no apologies for accusing China of", "was criticised for
    // insisting": blame or regret for what the subject said ("praised
    // Trump for speaking out" is Trump's).
    // ("banned from coaching for six weeks for calling": the blame a few
    // words before, past its own phrase of time; not "banned him for", the
    // object's.)
    let blamed = || {
        tagged.is(prev, "for")
            && prev > range.start
            && (tagged.is_any(
                prev - 1,
                words![
                    "apology",
                    "apologies",
                    "apologised",
                    "apologized",
                    "criticism",
                    "criticised",
                    "criticized",
                    "condemned",
                    "attacked",
                    "slammed",
                    "blasted",
                    "fined",
                    "rebuked",
                    "censured",
                    "punished",
                    "sacked",
                    "fired",
                    "suspended",
                    "sued"
                ],
            ) || (prev.saturating_sub(8).max(range.start)..prev - 1).any(|k| {
                !tagged.quoted[k]
                    && tagged.is_any(k, words!["banned", "disciplined", "reprimanded"])
                    && tagged.is_any(k + 1, words!["from", "for"])
            }))
    };
    let adjunct = tagged.bytes(cue.first).ends_with(b"ing")
        && (tagged.is_any(prev, words!["before", "after", "while", "without", "by"]) || blamed())
        && tagged.tokens[prev].lowercase()
        // "it goes without saying": an idiom.
        && !(tagged.is(prev, "without") && tagged.is_any(prev - 1, words!["goes", "go", "went"]));
    let participle = participle || adjunct || belief_after_object(tagged, cue, prev);
    // "and", "but", past auxiliaries and adverbs ("but has denied", ", but
    // also contended").
    let mut conj = prev;
    // ("and on Monday announced": past a day too.)
    if conj > range.start + 2 && tagged.in_set(conj, &DAYS) && tagged.is(conj - 1, "on") {
        conj -= 2;
    }
    while conj > range.start + 1
        && conj + 3 > prev
        && (subject::is_auxiliary(tagged, conj)
            || (tagged.tokens[conj].lowercase() && tagged.in_set(conj, &SKIPPABLE)))
        && !tagged.quoted[conj]
    {
        conj -= 1;
    }
    // "has been making this argument and boldly claiming": a participle
    // joined to an earlier one of the same progressive, or of a participle
    // clause (", trashing Trump as unqualified and accusing him").
    let progressive = || {
        (range.start.max(conj.saturating_sub(30)) + 1..conj).any(|k| {
            (tagged.is_any(k - 1, words!["been", "is", "are", "was", "were", "be"])
                || tagged.tokens[k - 1].kind() == Kind::Comma
                    && !tagged.quoted[k]
                    && tagged.in_set(cue.first, &SPEAKING))
                && tagged.tokens[k].lowercase()
                && tagged.bytes(k).ends_with(b"ing")
        })
    };
    // ("Clinton paused, then revealed why": a comma and "then" join the
    // verbs as "and" would.)
    let then = || {
        tagged.tokens[conj].kind() == Kind::Comma
            && tagged.is(conj + 1, "then")
            && conj > range.start
            && tagged.bytes(conj - 1).ends_with(b"ed")
    };
    let coordinated = (tagged.is(conj, "but")
        || tagged.is(conj, "and")
        || then())
        && (!tagged.bytes(cue.first).ends_with(b"ing") || progressive())
        // ", and support for Sanders would": a noun.
        && !tagged.is_any(cue.last + 1, words!["for", "of"]);
    let prev = conj;
    // A verb with no ending of tense or person right after the "and"
    // ("support", not "supports", "did not expect").
    let w = tagged.bytes(cue.first);
    let bare = conj + 1 == cue.first
        && !w.ends_with(b"ed")
        && !w.ends_with(b"s")
        && !tagged.in_set(cue.first, &crate::cue::IRREGULAR_PAST);
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
            // "did not say when the move would happen, but said": a question
            // after a verb of saying is its object, no subordinate clause.
            let asked = k > range.start && tagged.word_in(k - 1, List::CueVerbs);
            // ("the case of Scholes, who hanged himself, and urged": a
            // relative clause between commas, closed before the "and".)
            // (Not a list of verbs: "who marched, chanted slogans, and".)
            // ("Mr. Sanders, whose win came in Rhode Island, did not attack
            // her but argued": closed by a comma before the main verb.)
            let closed = k > range.start
                && tagged.tokens[k - 1].kind() == Kind::Comma
                && (prev > k + 2
                    && tagged.tokens[prev - 1].kind() == Kind::Comma
                    && !(k + 1..prev - 1).any(|c| tagged.tokens[c].kind() == Kind::Comma)
                    || main_verb_after_aside(tagged, range, k - 1, prev));
            // ("suggested she would do an about-face and support the deal":
            // after a verb of saying, a pronoun and its modal open the
            // reported clause that a bare verb after "and" goes on; "said
            // he would order a review and warned" returns to the speaker.)
            let reported_modal = bare
                && k > range.start + 1
                && tagged.is_any(k, words!["would", "will", "could", "should", "might"])
                && pronoun_at(tagged, k - 1).is_some()
                && tagged.word_in(k - 2, List::CueVerbs);
            // ("did the math on that feat, and found": after a preposition,
            // "that" points at a noun.)
            // (Not "in": "lucky in that voters ..." is "because".)
            let pointing = k > range.start
                && tagged.is_any(
                    k - 1,
                    words![
                        "on", "of", "at", "for", "with", "about", "from", "to", "into", "over",
                        "under", "during"
                    ],
                );
            (tagged.is_any(k, words!["who", "which", "whom", "whose"]) && !closed
                || tagged.is(k, "that") && !complement && !pointing
                || reported_modal)
                || tagged.in_set(k, &SUBORDINATORS)
                    && !tagged.bytes(k + 1).ends_with(b"ing")
                    && !asked
        })
    };
    // "Mr Brown doubled the level ..., unveiled a rise in ...": a past
    // tense after a comma, before its object, in a list of the subject's
    // acts (not ", added the spokesman.", an inverted tag).
    let listed = || {
        tagged.tokens[cue.first - 1].kind() == Kind::Comma
            && !tagged.quoted[cue.first - 1]
            && tagged.bytes(cue.first).ends_with(b"ed")
            && cue.first == cue.last
            // ("..., conceded a penalty": a game's act; ", added a spokesman
            // for the Department of Homeland Security", a verb of saying, is
            // an inverted tag however long its subject.)
            && !tagged.is(cue.first, "conceded")
            && !tagged.is_any(cue.first, SAYING)
            && tagged.is_any(
                cue.last + 1,
                words!["a", "an", "its", "his", "her", "their", "plans", "new"],
            )
            && !closing_described_subject(tagged, range, cue.last + 1)
            // (The list's first verb right after its subject, a name or a
            // pronoun: not "Sen. Ted Cruz, a candidate who has made ...,
            // tweeted a warning", an appositive before the verb.)
            && (cue.first.saturating_sub(40).max(range.start + 1)..cue.first - 1).any(|k| {
                tagged.tokens[k].lowercase()
                    && (tagged.bytes(k).ends_with(b"ed")
                        || tagged.in_set(k, &crate::cue::IRREGULAR_PAST))
                    && (tagged.tokens[k - 1].capitalized() && !tagged.quoted[k - 1]
                        || pronoun_at(tagged, k - 1).is_some())
            })
    };
    participle || (coordinated && !embedded()) || listed()
}

/// Whether the aside opened by the comma `comma` closes before `end` and the
/// main clause's verb follows it: an auxiliary or a past tense ("Sanders,
/// whose win came in May, did not", ", who voted for it, said").
/// Not after a verb of saying: "Hassel says Juninho, who has bought a
/// home, would stay but will seek a move" is all the reported clause.
fn main_verb_after_aside(tagged: &Tagged, range: &Range<usize>, comma: usize, end: usize) -> bool {
    let v = subject::past_aside(tagged, range, comma);
    // (Within 30 words back: a bound, so that a sentence of many such
    // clauses stays linear.)
    let reported = || {
        (comma.saturating_sub(30).max(range.start)..comma)
            .any(|k| tagged.word_in(k, List::CueVerbs))
    };
    v > comma + 1
        && v < end
        && tagged.tokens[v].lowercase()
        && !tagged.quoted[v]
        && (subject::is_auxiliary(tagged, v)
            || tagged.bytes(v).ends_with(b"ed")
            || tagged.in_set(v, &crate::cue::IRREGULAR_PAST))
        && !reported()
}

/// A verb of saying right after a comma and before its subject, which ends
/// the sentence: ", says Steve Schale, Obama's campaign director."
fn inverted_tag(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    // (`using the tax "is a misguided approach," said Mr. Burman`: the
    // comma inside the closing mark of words quoted within the sentence; a
    // quotation that opens the sentence has its speaker found apart.)
    let comma_in_mark = || {
        cue.first > range.start + 2
            && tagged.tokens[cue.first - 1].kind() == Kind::Quote
            && tagged.tokens[cue.first - 2].kind() == Kind::Comma
            // (Within 200 words back: a bound, so that many tags after one
            // long quotation stay linear.)
            && (cue.first.saturating_sub(200).max(range.start)..cue.first - 2)
                .any(|k| !tagged.quoted[k] && tagged.tokens[k].is_word())
    };
    let after_comma = cue.first > range.start
        && (tagged.tokens[cue.first - 1].kind() == Kind::Comma && !tagged.quoted[cue.first - 1]
            || comma_in_mark());
    let next = cue.last + 1;
    let subject_follows = next < range.end
        && !tagged.quoted[next]
        && !tagged.in_set(next, &DAYS)
        && !tagged.in_set(next, &MONTHS)
        && !tagged.in_set(next, &TIME_WORDS)
        && (tagged.tokens[next].capitalized() && pronoun_at(tagged, next).is_none()
            || tagged.is_any(next, words!["one", "two"])
            // (", said founder Mikhail Khodorkovsky.": a post or a
            // description in lower case, then the name.)
            || tagged.tokens[next].lowercase()
                && tagged.word_in_any(next, Lists::of(&[List::Titles, List::PersonNouns]))
                && tagged.tokens.get(next + 1).is_some_and(|t| t.capitalized())
                && !tagged.quoted[next + 1]);
    // "Dance music not dead says Fatboy": a headline, with no stop, may
    // leave out the comma before the name that ends it.
    // (Not a title-case headline, whose every word is capitalised: "Trump
    // Says China Deal Close".)
    let ends_headline = range.end > next
        && range.end - next <= 4
        && (next..range.end).all(|k| tagged.tokens[k].capitalized())
        && tagged.is_any(cue.first, words!["says", "said"])
        && (range.start..cue.first).any(|k| tagged.tokens[k].lowercase());
    // ("... the role of the high street thinks Mr Vaughan.": a long clause
    // may leave out the comma before an honorific's name ending it.)
    let ends_with_honorific = !after_comma
        && cue.first > range.start + 8
        && tagged.tokens[cue.first - 1].lowercase()
        && tagged.is_any(
            cue.first,
            words![
                "says",
                "said",
                "thinks",
                "believes",
                "reckons",
                "argues",
                "estimates"
            ],
        )
        && tagged.is_any(next, words!["mr", "ms", "mrs", "dr"])
        && {
            // (At the text's end, no token after the honorific.)
            let stop = |k: usize| {
                tagged
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.kind() == Kind::Period)
            };
            let name = next + 1 + usize::from(stop(next + 1));
            name + 2 == range.end && tagged.tokens[name].capitalized() && stop(name + 1)
        };
    if ends_with_honorific {
        return true;
    }
    let cue_fits = (after_comma || ends_headline)
        && tagged.is_any(cue.first, SAYING)
        // "Lee, a senator, told The Post": the one told follows "told".
        && !tagged.is_any(cue.first, words!["told", "tells", "asked"]);
    if cue_fits && tagged.is_any(next, words!["the", "a", "an"]) {
        return closing_described_subject(tagged, range, next);
    }
    cue_fits
        && subject_follows
        && forward(tagged, range, next).is_some_and(|(f, e)| {
            // "..., said Ivanka Trump's statement didn't clarify it": a
            // clause, the content, not a subject.
            let clause = (f..=e).any(|k| subject::is_auxiliary(tagged, k));
            // (Or a bracket: "said Mr. Burman (a view echoed ...)",
            // `("...," declared La Stampa in Italy)`.)
            !clause
                && (e + 1 >= range.end
                    || matches!(
                        tagged.tokens[e + 1].kind(),
                        Kind::Period | Kind::Comma | Kind::Open | Kind::Close
                    ))
        })
}

/// ", with the campaign of the former senator from Pennsylvania saying":
/// the whole phrase between ", with" and its participle is the
/// participle's subject, prepositions and all (up to ten words).
fn with_subject(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> Option<(usize, usize)> {
    // ("with reporters asking about the wall": a question put, left to the
    // walk back.)
    if !tagged.bytes(cue.first).ends_with(b"ing")
        || cue.first < range.start + 3
        || tagged.is_any(
            cue.first,
            words!["asking", "wondering", "questioning", "inquiring"],
        )
    {
        return None;
    }
    let with = absolute_with_before(tagged, range, cue.first - 1, 10)?;
    let mut first = with + 1;
    // ("with Cruz recently promising": an adverb before the participle.)
    let mut last = cue.first - 1;
    while last > first && (tagged.is_ly_adverb(last) || tagged.in_set(last, &SKIPPABLE)) {
        last -= 1;
    }
    // ("with Labour backbenchers and opposition politicians opposing": the
    // words after an "and" that joins no subjects, as the walk back reads
    // them.)
    if let Some(and) = (first + 1..last).rev().find(|&k| tagged.is(k, "and")) {
        if !joins_subjects(tagged, range, and, and + 1) {
            first = and + 1;
        }
    }
    // (A noun of people or of a body heads the phrase, which holds no verb:
    // "with the company saying", not "with growth slowing" nor "with Kennedy
    // has claiming".)
    let headed = (first..=last).any(|k| is_subject_word(tagged, k));
    let verb = (first..=last).any(|k| subject::is_auxiliary(tagged, k));
    (headed && !verb && !tagged.in_set(first, &PREPOSITIONS)).then_some((first, last))
}

/// The "with" of an absolute phrase (", with the union saying", "- with
/// some analysts saying") among the `reach` words before `before`, set off
/// by a comma or a dash.
pub(crate) fn absolute_with_before(
    tagged: &Tagged,
    range: &Range<usize>,
    before: usize,
    reach: usize,
) -> Option<usize> {
    (before.saturating_sub(reach).max(range.start + 1)..before)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is(k, "with"))
        .filter(|&w| matches!(tagged.tokens[w - 1].kind(), Kind::Comma | Kind::Dash))
}

/// "'...,' shop owner Hayriye Evren, told AP": a comma typed between a
/// name and its verb, the name opening the sentence or the words after a
/// quotation.
fn stray_comma(
    tagged: &Tagged,
    range: &Range<usize>,
    comma: usize,
    verb: usize,
) -> Option<(usize, usize)> {
    let mut name_end = comma.checked_sub(1)?;
    // ("Sen. Jack Reed (D-R.I.), said": a party tag in brackets after the
    // name.)
    let tag = name_end;
    if name_end > range.start && tagged.tokens[name_end].kind() == Kind::Close {
        let open = (range.start..name_end)
            .rev()
            .take(8)
            .find(|&k| tagged.tokens[k].kind() == Kind::Open)?;
        name_end = open.checked_sub(1)?;
    }
    if name_end < range.start
        || !tagged.tokens[name_end].capitalized()
        || !tagged.is_any(verb, SAYING)
    {
        return None;
    }
    let (first, last) = noun_phrase_back(tagged, range, name_end)?;
    let opens = first == range.start
        || tagged.tokens[first - 1].kind() == Kind::Quote
        || (tagged.tokens[first - 1].kind() == Kind::Comma && tagged.quoted[first - 1]);
    // A name of two words or more ("Worryingly, said the firm" has none),
    // with nothing but its description before it ("The contrast with
    // Trump, ..." is no name's).
    let named = name_run(tagged, first, last).is_some_and(|(s, e)| e == last && e > s);
    let described = (first..last).all(|k| !tagged.in_set(k, &PREPOSITIONS));
    (opens && named && described).then_some((first, last.max(tag)))
}

/// ", said the newspaper.", ", said a US-based insurance expert.": a short
/// phrase from `next` that ends the sentence in a noun of a source (a name,
/// a person's, a body's, an outlet's or a document's noun), with no verb;
/// not ", said the bid undervalued the business."
fn closing_described_subject(tagged: &Tagged, range: &Range<usize>, next: usize) -> bool {
    // (", said an American official who was briefed on the talks.": a
    // relative clause may close the phrase.)
    let Some(end) = (next + 1..range.end.min(next + 8))
        .find(|&k| !tagged.tokens[k].is_word() || tagged.is(k, "who"))
    else {
        return false;
    };
    let last = end - 1;
    let verb = |k: usize| {
        let w = tagged.bytes(k);
        tagged.tokens[k].lowercase()
            && (w.ends_with(b"ed") && !w.contains(&b'-')
                || tagged.in_set(k, &crate::cue::IRREGULAR_PAST)
                || subject::is_auxiliary(tagged, k))
    };
    if tagged.is(end, "who") {
        // (Only after a clause with a verb of its own: "Corey Lewandowski,
        // said the staff member who", "The mayor, in a statement, said the
        // officer who" have their subject before the comma.)
        let clause_before =
            next >= 3 && (next.saturating_sub(60).max(range.start)..next - 2).any(verb);
        return last > next
            && clause_before
            && tagged.lists_ending_at(last).any_of(SOURCE_NOUNS)
            && !(next + 1..last).any(verb);
    }
    // ("says the strategy shows frustration with the media.": a noun after
    // "with" or "about" is what a clause is about, no speaker.)
    let about = || (next + 1..last).any(|k| tagged.is_any(k, words!["with", "about", "against"]));
    last > next
        && tagged.tokens[end].kind() == Kind::Period
        && end + 1 >= range.end
        && (tagged.tokens[last].capitalized() || tagged.lists_ending_at(last).any_of(SOURCE_NOUNS))
        && !(next + 1..last).any(verb)
        && !about()
}

/// Whether a verb stands where an inverted subject may follow it: after a
/// comma, a closing quotation mark, or at the start of the sentence.
fn inverted_position(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    let mut k = verb;
    while k > range.start {
        k -= 1;
        let t = tagged.tokens[k];
        if t.kind() == Kind::Word && tagged.in_set(k, &SKIPPABLE) {
            // ("..., has supported Sen. Ted Cruz": an auxiliary's verb
            // has its subject before it.)
            if subject::is_auxiliary(tagged, k) {
                return false;
            }
            continue;
        }
        // ("everyone does, indeed, expect Brown to": an aside after an
        // auxiliary, whose verb this is.)
        if t.kind() == Kind::Comma && aside_after_auxiliary(tagged, range, k) {
            return false;
        }
        return matches!(
            t.kind(),
            Kind::Comma | Kind::Quote | Kind::Dash | Kind::Colon
        ) || tagged.quoted[k];
    }
    true
}

/// Whether the comma at `close` ends a short aside (", indeed,", ", of
/// course,") opened right after an auxiliary.
fn aside_after_auxiliary(tagged: &Tagged, range: &Range<usize>, close: usize) -> bool {
    (close.saturating_sub(4).max(range.start + 1)..close.saturating_sub(1))
        .rev()
        .take_while(|&k| tagged.tokens[k + 1].is_word())
        .find(|&k| tagged.tokens[k].kind() == Kind::Comma)
        .is_some_and(|open| open > range.start && subject::is_auxiliary(tagged, open - 1))
}

/// "a news organization called “The Local”": the noun phrase that the name
/// in marks after "called" or "named" names, when the closing mark is at
/// `end` (a source's span holds no quotation).
fn named_in_marks(tagged: &Tagged, range: &Range<usize>, end: usize) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    if end <= range.start + 3 || tokens[end].kind() != Kind::Quote {
        return None;
    }
    let open = (end.saturating_sub(8).max(range.start)..end)
        .rev()
        .find(|&k| tokens[k].kind() == Kind::Quote)?;
    let called = open.checked_sub(1).filter(|&c| c > range.start)?;
    if !tagged.is_any(called, words!["called", "named", "dubbed"]) {
        return None;
    }
    let (first, last) = noun_phrase_back(tagged, range, called - 1)?;
    tagged
        .is_any(first, words!["a", "an", "the"])
        .then_some((first, last))
}

/// Whether token `k` is an adverb in "-ly" opening the sentence before a
/// comma ("Locally, too, say analysts,"), no subject.
fn opening_ly_adverb(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    k == range.start
        && tagged.tokens[k].capitalized()
        && tagged.bytes(k).len() > 4
        && tagged.bytes(k).ends_with(b"ly")
        && tagged
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind() == Kind::Comma)
        && !tagged.word_in(k, List::FemaleNames)
        && !tagged.word_in(k, List::MaleNames)
}

/// The subject before a verb: skips auxiliaries, adverbs, dates and a
/// parenthetical, then takes the noun phrase back to a clause boundary,
/// with a preceding name when the phrase is an appositive.
fn backward(tagged: &Tagged, range: &Range<usize>, verb: usize) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let mut j = verb;
    let progressive = tagged.bytes(verb).ends_with(b"ing");
    // "Democrats are quick to note": the subject of the copula.
    // ("Voters are more likely to say": a share of them said so.)
    let compared = j >= range.start + 4 && super::compared_likely(tagged, j - 2);
    let copula_at = if compared {
        j.saturating_sub(4)
    } else {
        j.saturating_sub(3)
    };
    if j >= range.start + 3
        && tagged.is(j - 1, "to")
        && (tagged.in_set(j - 2, &EAGER) || compared)
        && copula_at >= range.start
        && tagged.is_any(
            copula_at,
            words![
                "is", "was", "are", "were", "be", "been", "appeared", "appear", "seemed", "seem"
            ],
        )
    {
        j = copula_at;
    }
    // ("seem to be hoping": past the progressive's "be" to the raising verb.)
    if progressive
        && j >= range.start + 3
        && tagged.is(j - 1, "be")
        && tagged.is(j - 2, "to")
        && tagged.in_set(j - 3, &RAISING)
    {
        j -= 1;
    }
    // "Trump appeared to suggest": the subject of the raising verb ("used
    // to say": of a habit's).
    if j >= range.start + 2
        && tagged.is(j - 1, "to")
        && (tagged.in_set(j - 2, &RAISING)
            || tagged.in_set(j - 2, &INCEPTIVE)
            || crate::cue::habit_used(tagged, range, j - 2))
    {
        j -= 2;
        // ("are beginning to talk", "is continuing to insist": past the
        // progressive's copula.)
        if j > range.start
            && tagged.is_any(j, words!["beginning", "continuing"])
            && tagged.is_any(j - 1, words!["is", "are", "was", "were"])
        {
            j -= 1;
        }
    }
    // "Sanders spent much of his campaign railing against": the subject
    // of "spent", the time between being its object.
    if progressive {
        let spent = (j.saturating_sub(7).max(range.start + 1)..j)
            .rev()
            .take_while(|&k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase())
            .find(|&k| tagged.is_any(k, words!["spent", "spends", "spend", "spending"]));
        if let Some(k) = spent {
            j = k;
        }
    }
    // "even went so far as to suggest": the subject of "went".
    if j >= range.start + 5
        && tagged.is(j - 1, "to")
        && tagged.is(j - 2, "as")
        && tagged.is(j - 3, "far")
        && tagged.is(j - 4, "so")
        && tagged.is_any(j - 5, words!["went", "go", "goes", "going", "gone"])
    {
        j -= 5;
    }
    // "took a moment to point out", "went out of his way to say", "used a
    // speech to say": the subject of "took", "went" or "used".
    if j >= range.start + 3 && tagged.is(j - 1, "to") {
        if let Some(k) = super::occasion_taken(tagged, range.start, j - 2) {
            j = k;
        }
    }
    // "prompted some analysts to forecast": the one prompted, before "to".
    if j >= range.start + 3 && causative_object(tagged, range, j - 1) {
        // (Past the causative inside the phrase, if any: the one prompted
        // follows it; a causative's noun ends none, "government forces".)
        return noun_phrase_back(tagged, range, j - 2).map(|(first, last)| {
            let after = (first..last)
                .rev()
                .find(|&k| tagged.is_any(k, CAUSATIVES))
                .map_or(first, |k| k + 1);
            (after, last)
        });
    }
    // "Republicans have begun urging": the subject of the verb of beginning.
    if progressive
        && j > range.start
        && j == verb
        && (tagged.in_set(j - 1, &INCEPTIVE)
            || tagged.is_any(j - 1, words!["kept", "continued", "continue", "continues"]))
    {
        j -= 1;
    }
    // "Clinton has returned to critiquing Sanders", "Cruz pivoted to
    // arguing": the subject of the verb of turning.
    if progressive
        && j == verb
        && j >= range.start + 2
        && tagged.is(j - 1, "to")
        && tagged.in_set(j - 2, &TURNING)
    {
        j -= 2;
    }
    // "The little polling that was done in the state showed": a
    // restrictive clause after a document's noun stands between the
    // subject and its verb.
    if let Some(that) = restrictive_clause_before(tagged, range, j) {
        j = that;
    }
    // "Joseph Biden, who was to travel to Columbus, Ohio, on Wednesday,
    // said": the opening name before a long aside, which the steps below
    // would cut at its own commas.
    if let Some(found) = j
        .checked_sub(1)
        .filter(|&c| c > range.start && tokens[c].kind() == Kind::Comma)
        .and_then(|c| opening_name_before_aside(tagged, range, c))
    {
        return Some(found);
    }
    // "Another Muslim who worshiped here and who didn't want to be named
    // said": a relative clause that withholds the name, with no commas,
    // stands between the subject and its verb; the subject is the person
    // and the clause.
    if let Some(found) = withheld_clause_before(tagged, range, j) {
        return Some(found);
    }
    // The opening comma of the last aside skipped between commas.
    let mut aside_opened = None;
    // Skip what may stand between a subject and its verb.
    while j > range.start {
        let k = j - 1;
        let t = tokens[k];
        if t.kind() == Kind::Word
            && !tagged.quoted[k]
            && (tagged.in_set(k, &SKIPPABLE)
                && !modal_surname(tagged, k)
                // ("USA TODAY reported": an outlet's last word.)
                && !tagged.entry_ending_at(k, List::Outlets)
                || (progressive
                    && tagged.is_any(k, words!["is", "was", "are", "were", "been", "be"]))
                // ("of Super Tuesday highlighted": a day in an event's name.)
                || tagged.in_set(k, &DAYS)
                    && !(k > range.start && tagged.is(k - 1, "super"))
                    // ("coach Mike Friday said": a surname.)
                    && !super::names::day_surname(tagged, range.start, k)
                || tagged.is_ly_adverb(k)
                // ("this past week announced": not "the GOP's past".)
                || tagged.is(k, "past") && k > range.start && tagged.is(k - 1, "this"))
        {
            j = k;
            if k > range.start && tagged.is(k - 1, "on") && tagged.in_set(k, &DAYS) {
                j = k - 1;
            }
            continue;
        }
        // "GM no longer wants": a negation between subject and verb ("can
        // no longer claim" is what the writer holds no one can).
        if tagged.is(k, "longer")
            && k > range.start + 1
            && tagged.is(k - 1, "no")
            && k + 1 == j
            && !tagged.is_any(
                k - 2,
                words!["can", "could", "will", "would", "should", "may", "might"],
            )
        {
            j = k - 1;
            continue;
        }
        // "Many Labour MPs have since indicated": "since" as an adverb,
        // between auxiliary and verb.
        if tagged.is(k, "since")
            && k > range.start
            && tagged.is_any(k - 1, words!["has", "have", "had"])
            && k + 1 == j
        {
            j = k;
            continue;
        }
        // "China has in the past said": an adverbial between auxiliary and verb.
        if tagged.is(k, "past")
            && !tagged.in_set(k + 1, &SPAN_OF_TIME)
            && k >= range.start + 2
            && tagged.is(k - 1, "the")
            && tagged.is(k - 2, "in")
        {
            j = k - 2;
            continue;
        }
        // "Officials there said", "Smith and Jones both said", "the
        // secretary meanwhile said": a word floating after the subject.
        if t.kind() == Kind::Word
            && k > range.start
            && tagged.in_set(k, &FLOATING)
            && !tagged.quoted[k]
            // ("they have both warned": after the auxiliary too; "figures —
            // whose party ... — both suggested": after an aside's dash.)
            && (is_subject_word(tagged, k - 1)
                || tokens[k - 1].kind() == Kind::Dash && !tagged.quoted[k - 1]
                // (", have both urged": after an appositive's comma.)
            || subject::is_auxiliary(tagged, k - 1)
                    && k - 1 > range.start
                    && (is_subject_word(tagged, k - 2)
                        || tokens[k - 2].kind() == Kind::Comma
                        // (", who have all denied": after a relative pronoun.)
                        || tagged.is_any(k - 2, words!["who", "which"])))
        {
            j = k;
            continue;
        }
        // "The State Department less than two weeks ago said".
        if tagged.is(k, "ago") && !tagged.quoted[k] {
            let mut d = k;
            while d > range.start
                && k - d < 8
                && (tagged.in_set(d - 1, &SPAN_OF_TIME)
                    || crate::token::is_numeral(tagged.bytes(d - 1)))
            {
                d -= 1;
            }
            if d + 1 < k {
                j = d;
                continue;
            }
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
                // "A former candidate -- John McCain, who lost in 2008 --
                // said": the aside names the one described.
                if let Some((_, name_end)) = name_run(tagged, open + 1, k - 1)
                    .filter(|&(s, e)| s == open + 1 && e > s && e + 1 < k)
                    // (Its description after a comma; not a list of names.)
                    .filter(|&(_, e)| {
                        tokens[e + 1].kind() == Kind::Comma
                            && tokens.get(e + 2).is_some_and(|t| t.lowercase())
                    })
                {
                    let first = noun_phrase_back(tagged, range, open - 1).map_or(open + 1, |p| p.0);
                    return Some((first, name_end));
                }
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
        // ("Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a party
        // tag may stand before the aside.)
        if let Some(open) = closing.and_then(|c| {
            party_tag_start(tagged, range, c).or_else(|| {
                parenthetical_start(tagged, range, c)
                    .map(|o| party_tag_start(tagged, range, o).unwrap_or(o))
            })
        }) {
            j = open;
            aside_opened = Some(open);
            continue;
        }
        break;
    }
    // "Officials in Chappaqua, N.Y., speaking on condition of anonymity,
    // said": before the aside, a name with commas of its own, read as if
    // the verb followed it.
    // ("Senator Sheldon Whitehouse, a Democrat from Rhode Island, in the
    // name of ..., has proposed": an opening name and its description.)
    if let Some(open) = aside_opened.filter(|&o| o == j && tokens[o].kind() == Kind::Comma) {
        // (A town and its state: "in Chappaqua, N.Y.,"; not "Friday, Texas,".)
        let state = || {
            (open.saturating_sub(4).max(range.start + 1)..open - 1).any(|c| {
                tokens[c].kind() == Kind::Comma
                    && !tagged.in_set(c - 1, &DAYS)
                    && state_after_town(tagged, c, open - 1)
            })
        };
        // (A name opening the sentence and its description: not "Speaking
        // in Harlem, Clinton," or "A Libertarian, he".)
        let described_name = |&(f, l): &(usize, usize)| {
            f == range.start
                && (f + 1..l)
                    .find(|&c| tokens[c].kind() == Kind::Comma)
                    .is_some_and(|c| {
                        super::names::last_name_run(tagged, f, c - 1)
                            .is_some_and(|(_, e)| e == c - 1)
                            && tokens[c + 1].lowercase()
                            && tagged.is_any(c + 1, words!["a", "an", "the", "who", "whose"])
                    })
        };
        // ("Dow's chief executive, Andrew Liveris, of course, said": an
        // office, then the name that holds it.)
        let named_holder = |&(f, l): &(usize, usize)| {
            f == range.start
                && (f + 1..l)
                    .find(|&c| tokens[c].kind() == Kind::Comma)
                    .is_some_and(|c| {
                        tagged.lists_ending_at(c - 1).has(List::Titles)
                            && super::names::name_run(tagged, c + 1, l) == Some((c + 1, l))
                    })
        };
        let found = opening_name_before_aside(tagged, range, open).or_else(|| {
            appositive(tagged, range, open)
                .filter(|found| state() || described_name(found) || named_holder(found))
        });
        if found.is_some() {
            return found;
        }
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
    // `host of MSNBC's "Morning Joe," suggested`: the description's comma
    // inside the closing mark of a title.
    if end > range.start + 1
        && tokens[end].kind() == Kind::Quote
        && tokens[end - 1].kind() == Kind::Comma
        && tokens[end - 2].capitalized()
        && !progressive
    {
        // (A name and a short description: not a clause that ends in one.)
        if let Some(found) = appositive(tagged, range, end - 1)
            .filter(|&(f, l)| l - f <= 24 && tokens[f].capitalized())
        {
            return Some(found);
        }
    }
    // ("A news group called “The Local” reported": the name after
    // "called" in marks, and the noun it names.)
    if let Some(found) = named_in_marks(tagged, range, end) {
        return Some(found);
    }
    if end < range.start || tagged.quoted[end] {
        return None;
    }
    // "ABC 7 is reporting", "Channel 4 said": a station's number ends its
    // name.
    if channel_number(tagged, range, end) {
        if let Some((first, _)) = noun_phrase_back(tagged, range, end - 1) {
            return Some((first, end));
        }
    }
    if tokens[end].kind() == Kind::Comma {
        return opening_name_before_aside(tagged, range, end)
            .or_else(|| appositive(tagged, range, end))
            .or_else(|| stray_comma(tagged, range, end, verb));
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
    let that_relative = end + 1 == verb && relative_that(tagged, range, end);
    if tagged.is_any(end, words!["who", "which"]) || that_relative {
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
        // "Mark Kantrowitz, a student debt expert who has published": the
        // description is the named person's, who is the source.
        if tagged.is(end, "who")
            && tokens[before].is_word()
            && first >= range.start + 2
            && tokens[first - 1].kind() == Kind::Comma
            && tagged.is_any(first, words!["a", "an"])
        {
            let named = first - 2;
            let from = named.saturating_sub(4).max(range.start);
            // (Not "Gov. Terry Branstad of Iowa, a Republican who": a place
            // after a preposition ends a longer phrase.)
            if let Some(name) =
                super::names::last_name_run(tagged, from, named).filter(|&(a, e)| {
                    e == named
                        && (a == range.start || !tagged.in_set(a - 1, &PREPOSITIONS))
                        && !tagged.word_in(e, List::Places)
                        && !tagged.word_in(e, List::Regions)
                })
            {
                return Some(name);
            }
        }
        if tagged.is(end, "which") {
            // "members of the Saudi government, which denied": a body, the
            // last noun phrase.
            if let Some(of) = (first + 1..last).rev().find(|&k| tagged.is(k, "of")) {
                return Some((of + 1, last));
            }
        }
        return Some((first, last));
    }
    if tagged.in_set(end, &STOP_BACK) && !modal_surname(tagged, end) {
        // ("A man who worshiped here said": a relative clause may end in
        // an adverb of place.)
        // ("Proponents of more controls here say": or a plural the adverb
        // places.)
        let placed = |end: usize| {
            (end > range.start && tagged.tokens[end - 1].lowercase())
                .then(|| noun_phrase_back(tagged, range, end - 1))
                .flatten()
                .filter(|&(f, l)| {
                    (f..=l).any(|k| {
                        super::is_plural(tagged, k) && tagged.word_in_any(k, super::SOURCE_NOUNS)
                    })
                })
        };
        return tagged
            .is_any(end, words!["here", "there"])
            .then(|| relative_subject(tagged, range, end).or_else(|| placed(end)))
            .flatten();
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
            .map(|(first, last)| (list_start(tagged, range, first, last), last))
            .map(|(first, last)| {
                if !tagged.is_any(verb, SAYING) {
                    return (first, last);
                }
                if let Some(name) = unclosed_relative(tagged, range, first) {
                    return name;
                }
                let named = unclosed_appositive(tagged, range, first, last);
                (named.unwrap_or(first), last)
            }),
    }
}

/// "Lisa Power, head of policy at the Trust said": a description after a
/// name and its comma, whose closing comma is missing. The name opens the
/// sentence or follows a quotation; the description starts with a
/// lowercase word or "the", or is a body's name before a post ("Rhodri
/// Glyn Thomas, Plaid Cymru health spokesman said"), a body's name alone
/// ("Colin Asplin, Blackpool Hotel Association said") or letters after the
/// name ("Richard Mawrey, QC told"). Returns where the name starts.
fn unclosed_appositive(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
    last: usize,
) -> Option<usize> {
    let tokens = &tagged.tokens;
    // ("Emmanuel Ferry, from Exane BNP Paribas told": a body the person is
    // from, after the comma.)
    // ("Mark Serwotka, from the PCS union said": past its article.)
    let p = if first >= 3 && tagged.is(first - 1, "the") {
        first - 2
    } else {
        first.checked_sub(1)?
    };
    let from = p >= 1
        && tagged.is_any(p, words!["from", "of", "at"])
        && tokens[p - 1].kind() == Kind::Comma;
    let comma = if from { p - 1 } else { first.checked_sub(1)? };
    let post = || {
        tokens[last].lowercase()
            && (tagged.word_in(last, List::Titles)
                || tagged.word_in(last, List::GroupNouns)
                || tagged.word_in(last, List::PersonNouns))
    };
    // ("Judge Richard Mawrey, QC told": letters after the name.)
    let letters = || {
        first == last
            && tagged.is_any(
                first,
                words!["qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe"],
            )
    };
    // ("Colin Asplin, Blackpool Hotel Association said": the body the
    // person speaks from, named in capitals.)
    let body = || {
        last > first
            && (first..=last).all(|k| tokens[k].capitalized())
            && tagged.word_in(last, List::InstitutionNouns)
    };
    if comma <= range.start
        || tokens[comma].kind() != Kind::Comma
        || tagged.quoted[comma]
        || !(from
            || tokens[first].lowercase()
            || tagged.is(first, "the")
            || post()
            || body()
            || letters())
        // (A description, not a clause: "a Clinton appointee considered".)
        || (first..=last).any(|k| tagged.is_any(k, words!["who", "which", "that"]))
        // (A document is no one's description: "..., Ambuja Cement Ltd, a
        // Holcim statement said"; nor are people: "Mr. Obama, officials
        // said, has".)
        || tagged.word_in(last, List::Documents)
        || tagged.tokens[last].lowercase()
            && super::is_plural(tagged, last)
            && (tagged.word_in(last, List::GroupNouns) || tagged.word_in(last, List::PersonNouns))
    {
        return None;
    }
    name_before_comma(tagged, range, comma)
}

/// "Katie Packer, who is chairman of the PAC said": a relative clause
/// after a name and its comma, whose closing comma is missing; the walk
/// back from the verb stopped inside it, at `first`. Returns the name.
fn unclosed_relative(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let from = first.saturating_sub(12).max(range.start + 2);
    let who = (from..first)
        .rev()
        .find(|&k| tagged.is(k, "who") || tokens[k].kind() != Kind::Word || tagged.quoted[k])?;
    if !tagged.is(who, "who") || tokens[who - 1].kind() != Kind::Comma {
        return None;
    }
    let start = name_before_comma(tagged, range, who - 1)?;
    Some((start, who - 2))
}

/// Where the name before the comma at `comma` starts, when the name opens
/// the sentence or follows a quotation.
fn name_before_comma(tagged: &Tagged, range: &Range<usize>, comma: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    let (start, _) = noun_phrase_back(tagged, range, comma - 1)?;
    let opens = start == range.start
        || tokens[start - 1].kind() == Kind::Quote
        // ("The plan is sound, Alan Milburn, Labour's strategist told": a
        // tag after the words it reports.)
        || tokens[start - 1].kind() == Kind::Comma;
    // Only a name and its titles before the comma ("Justice Stephen G.
    // Breyer"), not a clause that ends in one ("He needs ... the Oval Office").
    let name_only =
        (start..comma).all(|k| tokens[k].capitalized() || tokens[k].kind() == Kind::Period);
    // (A surname alone after an honorific or a title: "Ms Robinson"; the
    // last name after a body's: "High Court Judge Richard Mawrey".)
    let named = [
        name_run(tagged, start, comma - 1),
        last_name_run(tagged, start, comma - 1),
    ]
    .into_iter()
    .flatten()
    .any(|(s, e)| e == comma - 1 && (e > s || s > start));
    (opens && name_only && named).then_some(start)
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
    past_reduced_relative(tagged, range, j)
        .or_else(|| present_reduced_relative(tagged, range, j))
        .or_else(|| speaking_to(tagged, range, j))
}

/// "Another intelligence source speaking to Fox News said": whom the
/// source spoke to is no source; the phrase ends before the participle.
fn speaking_to(tagged: &Tagged, range: &Range<usize>, j: usize) -> Option<usize> {
    let lowest = j.saturating_sub(7).max(range.start + 1);
    let k = (lowest..j.saturating_sub(2)).find(|&k| {
        tagged.is_any(k, words!["speaking", "talking"])
            && tagged.is_any(k + 1, words!["to", "with"])
            && is_subject_word(tagged, k - 1)
            && tagged.tokens[k - 1].is_word()
    })?;
    (k + 2..j)
        .all(|i| tagged.tokens[i].is_word() && !tagged.quoted[i])
        .then_some(k)
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
            // "Tottenham sporting director Frank Arnesen", "managing
            // director": a participle before a title describes the title.
            && !tagged.word_in(k + 1, List::Titles)
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
    let lowest = j.saturating_sub(10).max(range.start + 1);
    let participle = (lowest..j).rev().find(|&k| is_participle(tagged, k))?;
    let mut agent = false;
    // "people aged between 18 and 34": an age range.
    let aged = tagged.is(participle, "aged");
    for k in participle + 1..j {
        let t = tagged.tokens[k];
        agent |= tagged.is(k, "by");
        let fits = !tagged.quoted[k]
            && (tagged.in_set(k, &TIME_WORDS)
                || aged && tagged.is_any(k, words!["between", "and", "to", "over", "under"])
                || tagged.in_set(k, &DAYS)
                || tagged.in_set(k, &MONTHS)
                || t.span()
                    .slice(tagged.text)
                    .starts_with(|c: char| c.is_ascii_digit())
                // ("by The Washington Post and ABC News".)
                || (agent
                    && (t.capitalized()
                        || t.kind() == Kind::Period
                        || tagged.is_any(k, words!["and", "the"]))));
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

/// Pieces an outlet publishes as its own.
pub(super) static PIECES: WordSet<32> = word_set![
    "editorial",
    "editorials",
    "column",
    "report",
    "reports",
    "article",
    "articles",
    "story",
    "op-ed",
    "piece",
    "analysis",
    "investigation",
];

/// Whether an outlet's name starts at `k`, or after "the" there, before
/// `end` ("The Guardian" is listed with its article, "the Des Moines
/// Register" without).
fn outlet_at(tagged: &Tagged, k: usize, end: usize) -> bool {
    outlet_end(tagged, k, end).is_some()
        || tagged.is(k, "the") && outlet_end(tagged, k + 1, end).is_some()
}

/// The last token of an outlet's name that starts at `k` and ends before
/// `end`, if one does.
fn outlet_end(tagged: &Tagged, k: usize, end: usize) -> Option<usize> {
    // (Told first from the lists starting there, as `entry_at` does; an
    // entry that would run past `end` is passed for a shorter one.)
    if !tagged.lists_starting_at(k).has(List::Outlets) {
        return None;
    }
    tagged
        .hits_at(k)
        .iter()
        .find(|h| h.lists.has(List::Outlets) && h.last < end)
        .map(|h| h.last)
}

/// "A poll released Sunday by The Washington Post shows": a reduced
/// relative clause after the phrase `found`, up to the verb, that names
/// who made it is the mention's too (the agent is the source).
fn with_agent(
    tagged: &Tagged,
    range: &Range<usize>,
    found: (usize, usize),
    verb: usize,
) -> (usize, usize) {
    let (first, last) = found;
    // (Not one who handled it, "a letter obtained by The Associated
    // Press", asked or paid for it, "a study funded by Exxon", nor one who
    // leads a group.)
    let handled = tagged.is_any(
        last + 1,
        words![
            "obtained",
            "seen",
            "reviewed",
            "viewed",
            "examined",
            "read",
            "heard",
            "led",
            "reported",
            "cited",
            "quoted",
            "requested",
            "ordered",
            "funded",
            "financed",
            "sponsored",
            "paid",
            "backed",
            "supported",
            "leaked"
        ],
    );
    // ("A survey conducted by Gallup last year found": the agent ends
    // before a time.)
    let mut end = verb.saturating_sub(1);
    while end > last + 1
        && (tagged.in_set(end, &SKIPPABLE) || tagged.in_set(end, &DAYS))
        && tagged.tokens[end].lowercase()
    {
        end -= 1;
    }
    let agent = !handled
        && last + 1 < end
        && is_participle(tagged, last + 1)
        && past_reduced_relative(tagged, range, verb) == Some(last + 1)
        && (last + 2..end).any(|k| tagged.is(k, "by"))
        && tagged.tokens[end].capitalized();
    if agent {
        (first, end)
    } else {
        found
    }
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
    // (A clause ends in a word: not an apostrophe, "responded to Sanders'
    // call".)
    // (An abbreviation's full stop ends a word: "broke into D.C.".)
    let abbreviation = tagged.tokens[end].kind() == Kind::Period
        && end > range.start
        && tagged.tokens[end - 1].capitalized();
    if !tagged.tokens[end].is_word() && !abbreviation || pronoun_at(tagged, end).is_some() {
        return None;
    }
    let who = (range.start.max(end.saturating_sub(12))..end)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is_any(k, words!["who", "whom"]))?;
    // "the man who Trump said": a name or pronoun right after "who" is the
    // verb's own subject ("a man who lives in Ohio said" ends in a name of
    // the clause).
    if !tagged.tokens[who + 1].lowercase() || pronoun_at(tagged, who + 1).is_some() {
        return None;
    }
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
    // (", of course,", ", only two months later,": a comment or a time.)
    let of_course = close == open + 3 && tagged.is(open + 1, "of") && tagged.is(open + 2, "course");
    let time = close <= open + 6
        && tokens[open + 1].lowercase()
        && tagged.is_any(close - 1, words!["later", "earlier"]);
    let aside = tagged.in_set(open + 1, &ASIDES)
        || (tokens[open + 1].lowercase() && lead.ends_with("ing"))
        || of_course
        || time;
    (aside && (close - open <= 12 || lead.ends_with("ing"))).then_some(open)
}

/// Whether words from `from` to `to` withhold a name ("on condition of
/// anonymity", "not authorized to speak").
pub(super) fn withholds_name_between(tagged: &Tagged, from: usize, to: usize) -> bool {
    const REFUSING: &[u64] =
        words!["not", "didn't", "declined", "refused", "without", "never", "wouldn't"];
    (from..=to).any(|k| {
        tagged.is_any(k, words!["anonymity", "authorized", "authorised"])
            || tagged.is_any(k, words!["named", "identified"])
                && k >= from + 2
                && tagged.is_any(k - 1, words!["be"])
            // ("who did not want to be quoted by name", "declined to give
            // her name").
            || tagged.is_any(k, words!["name", "names"])
                && k > from + 1
                && withheld_name_verb(tagged, k)
                && (from..k).any(|n| tagged.is_any(n, REFUSING))
    })
}

/// The subject before a verb at `verb` when a relative clause withholding
/// the name ends just before it ("A worker who did not want to be named
/// said"): the noun before the first "who" (up to 30 words back, words and
/// commas only) through the clause.
fn withheld_clause_before(
    tagged: &Tagged,
    range: &Range<usize>,
    verb: usize,
) -> Option<(usize, usize)> {
    let end = verb.checked_sub(1)?;
    if end < range.start + 3
        || !tagged.is_any(end, words!["named", "identified"])
        || !tagged.is(end - 1, "be")
    {
        return None;
    }
    let who = (end.saturating_sub(30).max(range.start + 1)..end - 1)
        .rev()
        .take_while(|&k| {
            matches!(tagged.tokens[k].kind(), Kind::Word | Kind::Comma) && !tagged.quoted[k]
        })
        .filter(|&k| tagged.is(k, "who") && tagged.tokens[k - 1].is_word())
        .last()?;
    if !withholds_name_between(tagged, who, end) {
        return None;
    }
    let (first, _) = noun_phrase_back(tagged, range, who - 1)?;
    Some((first, end))
}

/// Whether the "name" at `k` is the speaker's, given or quoted ("be quoted
/// by name", "give her full name"), not another's ("did not mention Trump
/// by name").
fn withheld_name_verb(tagged: &Tagged, k: usize) -> bool {
    const GIVE: &[u64] = words![
        "give",
        "gave",
        "giving",
        "provide",
        "provided",
        "disclose",
        "disclosed",
        "share",
        "shared",
        "offer",
        "offered",
        "reveal",
        "revealed",
        "use",
        "used"
    ];
    let own = if tagged.is_any(k - 1, words!["full", "last", "first", "real"]) {
        k - 2
    } else {
        k - 1
    };
    tagged.is(k - 1, "by") && tagged.is_any(k - 2, words!["quoted", "identified", "named", "cited"])
        || own > 0 && tagged.is_any(own, words!["his", "her"]) && tagged.is_any(own - 1, GIVE)
}

/// Whether token `k` opens a past-participle aside with its preposition
/// ("based in Austin", "filed in Los Angeles"), not an adjective before a
/// noun ("syndicated radio host Dennis Prager", "experienced member").
pub(super) fn is_participle_aside(tagged: &Tagged, k: usize) -> bool {
    // ("Air Deccan, set up by Gorur Gopinath,": an irregular one.)
    if tagged.is(k, "set") && tagged.is(k + 1, "up") && tagged.is(k + 2, "by") {
        return true;
    }
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

/// Words that open a gerund's object or follow it as a particle ("by
/// threatening to", "by using his").
const GERUND_OBJECTS: &[u64] = words![
    "to", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    "these", "those", "him", "them", "it", "us", "up", "out", "off", "down", "into", "back",
];

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

/// The comma before a party tag between commas that ends at `close`:
/// "Sen. Ron Johnson, R-Wis., said", "Rep. Ann Lee, D-N.Y., said".
fn party_tag_start(tagged: &Tagged, range: &Range<usize>, close: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    let mut k = close.checked_sub(1)?;
    if tokens[k].kind() == Kind::Period {
        k = k.checked_sub(1)?;
    }
    let open = k.checked_sub(1)?;
    let party = subject::is_party_tag(tagged.bytes(k));
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

/// [`appositive`], for the subject of a sentence with no cue: `comma` is
/// the comma right before its verb.
pub(crate) fn appositive_at(
    tagged: &Tagged,
    range: &Range<usize>,
    comma: usize,
) -> Option<(usize, usize)> {
    appositive(tagged, range, comma)
}

/// Whether the comma at `k` joins names of a list ending in "and" or "or"
/// before `last`, inside a relative clause opened within 30 words ("whose
/// films include Schindler's List, Michael Collins and Star Wars"; not an
/// appositive's list, "the two leading Republicans, Trump and Cruz").
fn list_of_names_comma(tagged: &Tagged, k: usize, last: usize) -> bool {
    let tokens = &tagged.tokens;
    let relative = || {
        (k.saturating_sub(30)..k).rev().any(|c| {
            tokens[c].kind() == Kind::Comma && tagged.is_any(c + 1, words!["who", "whose", "which"])
        })
    };
    k > 0
        && k + 2 <= last
        && tokens[k - 1].capitalized()
        && tokens[k + 1].capitalized()
        && (k + 2..last).any(|j| {
            tagged.is_any(j, words!["and", "or"])
                && tokens[j - 1].capitalized()
                && tokens[j + 1].capitalized()
        })
        && relative()
}

/// Whether the colon at `k` divides a title between capitalised words
/// ("Star Wars: The Phantom Menace").
fn title_colon(tagged: &Tagged, k: usize) -> bool {
    let tokens = &tagged.tokens;
    k > 0
        && tokens[k - 1].capitalized()
        && tokens.get(k + 1).is_some_and(|t| t.capitalized())
        && tokens.get(k + 2).is_some_and(|t| t.capitalized())
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
            // ("Trump, the star of ...": a surname alone opens it too.)
            let alone = first_comma == range.start + 1;
            let named = name_part.clone().any(|i| {
                tokens[i].capitalized() && is_subject_word(tagged, i) && (i > range.start || alone)
            }) || name_run(tagged, range.start, first_comma.checked_sub(1)?)
                .is_some_and(|(a, b)| b > a);
            return named.then_some((range.start, last));
        }
        // (A title in quotation marks may stand in the description: "host
        // of MSNBC's "Morning Joe,"": its capitalised words and marks.)
        let title = tokens[k].kind() == Kind::Quote
            || tokens[k].capitalized()
            || tokens[k].kind() == Kind::Comma && k == last;
        if last - k > 30 || tagged.quoted[k] && !title {
            return None;
        }
        match tokens[k].kind() {
            // "a retiree in Carthage, Ill., said": the state after a town is
            // no appositive of its own.
            // ("whose films include Schindler's List, Michael Collins and
            // Star Wars, said": a list's comma inside the description.)
            Kind::Comma if list_of_names_comma(tagged, k, last) => {}
            Kind::Comma if !(states && state_after_town(tagged, k, last)) => break k,
            // ("Star Wars: The Phantom Menace": a title's colon.)
            Kind::Colon if title_colon(tagged, k) => {}
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
    // "Sen. Lindsey Graham, R-S.C., a presidential candidate, said": the
    // party tag between commas is the name's too.
    if let Some(open) = party_tag_start(tagged, range, opening) {
        before = open.checked_sub(1)?;
    }
    if tokens[before].kind() == Kind::Close {
        // "Rep. Ann Lee (D-N.Y.), chairman of the caucus, said".
        let open = (range.start..before)
            .rev()
            .take(8)
            .find(|&k| tokens[k].kind() == Kind::Open)?;
        before = open.checked_sub(1)?;
    }
    // "Clinton, during a town hall meeting in Columbus, Ohio, said": an
    // adjunct of time or occasion between the commas, no description; the
    // source is the name before it.
    // (Not inside a relative clause: "Stephens, who, after trading
    // insults, said".)
    if chain
        && tagged.is_any(
            opening + 1,
            words!["during", "in", "on", "after", "before", "while", "when", "speaking"],
        )
        && tokens[opening + 1].lowercase()
        && tokens[before].capitalized()
    {
        let (f, _) = noun_phrase_back(tagged, range, before)?;
        return Some((f, opening - 1));
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
    // spokesman for the show"); opening a participle aside, a participle
    // ("The study, published in Nature, found").
    let aside = is_participle_aside(tagged, opening + 1);
    if !relative
        && (opening + 1 + usize::from(aside)..=last).any(|k| {
            tokens[k].lowercase()
                && tagged.word_in(k, List::CueVerbs)
                && !tagged.is_any(
                    k - 1,
                    words!["the", "a", "an", "his", "her", "its", "their"],
                )
                // ("the party's declining appeal": after a possessive too.)
                && !crate::resolve::possessive(tagged, k - 1)
                // ("the reality TV show": a name's word before it too.)
                && !tokens[k - 1].capitalized()
        })
    {
        return None;
    }
    let (first, head_last) = noun_phrase_back(tagged, range, before)?;
    // "Michael Seaman, who lives in Elk Grove, a suburb of Sacramento,
    // said": the phrase found ends a relative clause; the source is the
    // clause's antecedent, before its comma. (Not when the clause has a
    // subject of its own: "Kiev, which John Tefft, the ambassador, praised".)
    let who = (first.saturating_sub(6).max(range.start + 1)..first)
        .rev()
        .take_while(|&k| tokens[k].kind() != Kind::Comma)
        .find(|&k| {
            tagged.is_any(k, words!["who", "which"])
                && tokens[k - 1].kind() == Kind::Comma
                && tokens.get(k + 1).is_some_and(|t| t.lowercase())
        });
    if let Some(who) = who.filter(|_| chain) {
        if let Some((f, _)) = who
            .checked_sub(2)
            .and_then(|e| noun_phrase_back(tagged, range, e))
        {
            return Some((f, last));
        }
    }
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

/// "Vice President Joe Biden, who was to travel to Columbus, Ohio, on
/// Wednesday, said", "Rep. Jared Huffman, a member of the caucus who wants
/// him out, said": a sentence that opens with a name and a long aside
/// (a relative clause, or a description that holds one) between its first
/// comma and the comma at `close` before the verb. The mention is the name
/// with its aside.
fn opening_name_before_aside(
    tagged: &Tagged,
    range: &Range<usize>,
    close: usize,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let first_comma =
        (range.start + 1..close).find(|&k| tokens[k].kind() == Kind::Comma && !tagged.quoted[k])?;
    let opener = first_comma + 1;
    if close - first_comma > 45 || opener >= close {
        return None;
    }
    // The sentence's opening phrase is a name ("Vice President Joseph R.
    // Biden Jr.", "Hemsley").
    let (first, last) = noun_phrase_back(tagged, range, first_comma - 1)?;
    let named =
        super::names::last_name_run(tagged, first, last).is_some_and(|(_, e)| e + 1 >= last);
    // ("Separately, the company, UPS, said": an opening adverb is no name.)
    let adverb = tagged.in_set(first, &NOT_NAME_SET)
        || first == last
            && tagged.bytes(first).ends_with(b"ly")
            && !tagged.word_in(first, List::FemaleNames)
            && !tagged.word_in(first, List::MaleNames);
    let relative = tagged.is_any(opener, words!["who", "whose"]);
    // ("A cashier, who declined to be named, said": a person described,
    // whose clause withholds the name.)
    let withheld = relative
        && tagged.is_any(first, words!["a", "an", "the", "one", "another"])
        && withholds_name_between(tagged, opener, close - 1);
    // (Or right after the quotation that opens the sentence: "“...,” an
    // intelligence source, who was not authorized to speak, told Fox News.")
    let opens = first == range.start || (range.start..first).all(|k| tagged.quoted[k]);
    if !opens || !(named || withheld) || adverb && !withheld {
        return None;
    }
    let described = tagged.is_any(opener, words!["a", "an", "the"]) && tokens[opener].lowercase()
        || tokens[opener].capitalized() && crate::resolve::possessive(tagged, opener);
    if !(relative || described) {
        return None;
    }
    // One aside: no clause break, no sentence's stop, no second clause
    // joined by "and" or "but" after a comma.
    let breaks = (opener..close).any(|k| {
        let t = tokens[k];
        matches!(t.kind(), Kind::Colon | Kind::Break)
            || t.kind() == Kind::Period
                && !(tokens[k - 1].capitalized() && tokens[k - 1].span().len() <= 4)
            || t.kind() == Kind::Comma && tagged.is_any(k + 1, words!["and", "but", "or"])
    });
    if breaks {
        return None;
    }
    // A description ends before a verb of its own unless a relative clause
    // holds it ("Lee, the chief, dismissed the idea, calling it" is a
    // clause; "a lobbyist who has donated" is not).
    if described {
        let clause_at = (opener..close)
            .find(|&k| tagged.is_any(k, words!["who", "which", "that", "whose"]))
            .unwrap_or(close);
        let verb = (opener..clause_at).any(|k| {
            tokens[k].lowercase()
                && !tagged.quoted[k]
                && (tagged.word_in(k, List::CueVerbs)
                    || tagged.bytes(k).ends_with(b"ed")
                        && tagged.is_any(
                            k + 1,
                            words!["the", "a", "an", "his", "her", "its", "their", "to"],
                        ))
        });
        // ("Hugh Hill, a doctor at the clinic, said" is the appositive's.)
        let long = (opener..close).any(|k| tokens[k].kind() == Kind::Comma) || clause_at < close;
        if verb || !long {
            return None;
        }
    }
    Some((first, close - 1))
}

/// The "that" or "which" opening a clause without commas that ends right
/// before the verb at `verb`, after a document's noun, and whose own verb
/// is an auxiliary's: "the polling that was done in the state" before
/// "showed"; or after a plural noun of people or bodies, opening with its
/// verb: "groups that backed the plan" before "say".
fn restrictive_clause_before(tagged: &Tagged, range: &Range<usize>, verb: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    let from = verb.saturating_sub(14).max(range.start + 1);
    let that = (from..verb)
        .rev()
        .take_while(|&k| tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is_any(k, words!["that", "which"]))?;
    let noun = that - 1;
    // ("progressive organizations that have endorsed him say", "groups
    // that backed the plan say": people's or bodies' nouns too, whose
    // clause opens with its verb, no subject of its own.)
    let verb_first = subject::is_auxiliary(tagged, that + 1)
        || tokens[that + 1].lowercase()
            && (tagged.bytes(that + 1).ends_with(b"ed")
                || tagged.in_set(that + 1, &crate::cue::IRREGULAR_PAST));
    let people = tagged.word_in_any(noun, Lists::of(&[List::GroupNouns, List::InstitutionNouns]))
        && is_plural(tagged, noun);
    (that + 2 < verb
        && (tokens[noun].lowercase() || noun == range.start)
        && (subject::is_auxiliary(tagged, that + 1) && tagged.word_in(noun, List::Documents)
            || verb_first && people))
        .then_some(that)
}

/// "Stacy Baker of Columbia, South Carolina says": a state after a town,
/// with no comma to close it, still ends a person's description; the
/// person named before "of" or "from" is the source. The person's first
/// word, if so.
fn person_before_town(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
    last: usize,
) -> Option<usize> {
    let comma = first.checked_sub(1).filter(|&c| c > range.start + 2)?;
    if tagged.tokens[comma].kind() != Kind::Comma || !state_after_town(tagged, comma, last) {
        return None;
    }
    // The town: one or two capitalised words after "of" or "from".
    let of = (comma.saturating_sub(3)..comma - 1)
        .rev()
        .find(|&k| tagged.is_any(k, words!["of", "from"]))?;
    let end = of.checked_sub(1).filter(|&e| e >= range.start)?;
    if !(of + 1..comma).all(|k| tagged.tokens[k].capitalized()) {
        return None;
    }
    let start = (end.saturating_sub(2).max(range.start)..=end)
        .find(|&k| (k..=end).all(|j| tagged.tokens[j].capitalized()))?;
    (start < end || is_subject_word(tagged, end)).then_some(start)
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
    // "Mr Mubanga, 32, from Wembley, London, said": a place after "from"
    // or "in" a town is where the town is.
    if town
        && comma > 1
        && tagged.is_any(comma - 2, words!["from", "in"])
        && tagged.entry_at(comma + 1, List::Places) == Some(last)
    {
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
    phrase_back(tagged, range, end, true, 0)
}

/// How many issuers [`phrase_back`] follows back ("a statement issued by
/// the firm's report published by ..."): a bound on its depth, which a
/// text repeating "A statement posted at" would otherwise take as deep as
/// its length.
const ISSUER_HOPS: u8 = 3;

/// [`noun_phrase_back`]; with `shares`, a share of people placed after
/// it is sought too (the search for one asks again without, so that no
/// input nests it deeper); `hops`, the issuers followed back so far.
fn phrase_back(
    tagged: &Tagged,
    range: &Range<usize>,
    end: usize,
    shares: bool,
    hops: u8,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    // "GOP Candidates Resoundingly Reject", "Tim Allen Just Got Asked": a
    // title-case headline's adverbs and verbs end no subject.
    // (At most three words, in a headline's length of words.)
    let mut end = end;
    let headline = || range.len() <= 40 && crate::cue::is_title_case(tagged, range);
    let mut steps = 0;
    while steps < 3
        && end > range.start
        && end < tokens.len()
        && tokens[end].capitalized()
        && super::is_headline_verb(tagged, end)
        // ("Media Reports Reveal": a document's noun heads the subject.)
        && !tagged.word_in(end, List::Documents)
        && headline()
    {
        end -= 1;
        steps += 1;
    }
    if end < range.start || end >= tokens.len() || tagged.quoted[end] {
        return None;
    }
    let end_ok = tokens[end].is_word()
        || (tokens[end].kind() == Kind::Period && end > range.start && tokens[end - 1].is_word());
    if !end_ok {
        return None;
    }
    let b = match walk_back(tagged, range, end) {
        Walk::Start(b) => b,
        // "Teneo issued a statement saying": the statement's author.
        // ("Reyes played the reports down, issuing a statement through
        // Arsenal describing them as": a participle's subject is the main
        // clause's.)
        Walk::Issuer(k) if k > range.start && tagged.tokens[k - 1].kind() == Kind::Comma => {
            return super::introducing_subject(tagged, range)
                .filter(|&(_, l, v)| l < k && v < k)
                .map(|(f, l, _)| (f, l));
        }
        Walk::Issuer(k) => {
            if hops >= ISSUER_HOPS || k <= range.start {
                return None;
            }
            return phrase_back(tagged, range, k - 1, true, hops + 1);
        }
    };
    if let Some(share) = shares
        .then(|| share_before_place(tagged, range, b, end))
        .flatten()
    {
        return Some(share);
    }
    let b = trim_front(tagged, range, b, end)?;
    if b > end || !(tokens[b].is_word()) {
        return None;
    }
    Some((b, end))
}

/// "63% of respondents in the Sunday Times poll thought", "40 percent of
/// voters in Ohio say": the phrase from `b` to `end` only places a share of
/// people, which is the subject.
fn share_before_place(
    tagged: &Tagged,
    range: &Range<usize>,
    b: usize,
    end: usize,
) -> Option<(usize, usize)> {
    // (The walk back stops at the share's "of", at the preposition or at
    // a word of the place, before the phrase's end: the search starts a
    // few words before where it stopped.)
    let from = b.saturating_sub(1).max(range.start + 2);
    // ("... adults quizzed by ICM for the BBC": the walk stopped at "for".)
    // (Asked only when a preposition ends the walk, as it does there.)
    let after_preposition = b > range.start + 1 && tagged.in_set(b - 1, &PREPOSITIONS);
    let asked_by = (b.saturating_sub(8).max(range.start + 1)..b)
        .rev()
        .filter(|_| after_preposition)
        .find(|&k| {
            tagged.in_set(k, &POLLED)
                && (k + 1..b).all(|j| {
                    (j == k + 1 && tagged.is(j, "by"))
                        || tagged.tokens[j].capitalized()
                        || (j + 1 == b && tagged.in_set(j, &PREPOSITIONS))
                })
        });
    let from = asked_by.map_or(from, |k| from.min(k));
    // ("87% of the 1,000 adults quizzed by ICM for the BBC said": the
    // people asked, then who asked them.)
    let places = words!["in", "from", "for", "across", "at"];
    (from..end)
        .filter(|&k| tagged.is_any(k, places) || tagged.in_set(k, &POLLED))
        .find_map(|k| {
            let people = k - 1;
            if !crate::attribute::is_people(tagged, people) {
                return None;
            }
            let (first, last) = phrase_back(tagged, range, people, false, 0)?;
            let share = (first..last).any(|k| {
                tagged.is(k + 1, "of")
                    && (crate::attribute::is_share_unit(tagged, k)
                        || crate::attribute::is_share_word(tagged, k))
            });
            // ("Those asked in a poll said": the people a poll asked, when
            // no poll named or set by "the" is the source, "in the survey".)
            let asked = tagged.in_set(people, &POLLED) && unnamed_place(tagged, k, end);
            // ("the bosses polled": the participle is the phrase's.)
            let last = if tagged.in_set(k, &POLLED) { k } else { last };
            // ("78 percent of voters in a recent CBS News poll said": the
            // findings of a poll whose author is named; the poll is the
            // source.)
            // ("nations surveyed in a BBC poll": the poll after the
            // participle's preposition.)
            if share && named_poll(tagged, k, end) {
                let poll = k + 1 + usize::from(tagged.in_set(k + 1, &PREPOSITIONS));
                return Some((poll, end));
            }
            (share || asked).then_some((first, last))
        })
}

/// Whether the place from the preposition at `k` to `end` is a poll its
/// author names ("in a recent CBS News poll", "in the Sunday Times survey").
fn named_poll(tagged: &Tagged, k: usize, end: usize) -> bool {
    tagged.is_any(end, words!["poll", "survey"])
        && (k + 1..end).any(|d| tagged.tokens[d].capitalized())
}

/// Whether the place from the preposition at `k` to `end` is an unnamed
/// one: an indefinite article and lowercase words ("in a poll", "in an
/// online survey"; not "in the survey", "in a Gallup poll").
fn unnamed_place(tagged: &Tagged, k: usize, end: usize) -> bool {
    tagged.is_any(k + 1, words!["a", "an"])
        && (k + 2..=end).all(|d| tagged.tokens[d].is_word() && tagged.tokens[d].lowercase())
}

/// Where the walk back from a phrase's last word stops.
enum Walk {
    /// The phrase's first token.
    Start(usize),
    /// The phrase names a document that the verb at this token issued.
    Issuer(usize),
}

/// What the walk back does at a token.
enum Step {
    /// The token is part of the phrase.
    Take,
    /// The token ends the phrase.
    Stop,
    /// A verb of issuing ("Teneo issued a statement").
    Issuer,
}

/// Walks back from `end`, at most 14 tokens, while the tokens can belong
/// to one noun phrase.
fn walk_back(tagged: &Tagged, range: &Range<usize>, end: usize) -> Walk {
    let tokens = &tagged.tokens;
    let mut b = end;
    while b > range.start && end - b < 14 {
        let k = b - 1;
        if tagged.quoted[k] {
            break;
        }
        // "Congressional Budget Office (CBO) forecasts": a name's acronym
        // in brackets, after it.
        if k >= range.start + 3
            && super::initials_in_brackets(tagged, k)
            && tokens[k - 3].capitalized()
            // (Before a title, a document or a name: not "(IFPTE) sent",
            // nor "(NHTCU) A survey", a sentence run on.)
            && (tokens[b].capitalized() && !tagged.is_any(b, words!["a", "an", "the"])
                || tagged.word_in(b, List::Titles)
                || tagged.word_in(b, List::Documents))
        {
            b = k - 2;
            continue;
        }
        let step = match tokens[k].kind() {
            Kind::Word => step_at_word(tagged, range, k, b, end),
            // Abbreviation dots: "Sen.", "J.", "Jr.", "F.A.A."
            Kind::Period
                if k > range.start
                    && tokens[k - 1].is_word()
                    && (tokens[k - 1].span().len() <= 4 || tagged.bytes(k - 1).contains(&b'.'))
                    && tokens[k - 1].capitalized() =>
            {
                Step::Take
            }
            Kind::Other if tagged.word(k) == "&" => Step::Take,
            // ("filed a $40 million lawsuit": a sum before a document's
            // noun.)
            Kind::Other
                if matches!(tagged.word(k), "$" | "£" | "€")
                    && crate::token::is_numeral(tagged.bytes(b))
                    && tagged.is_any(b + 1, words!["million", "billion", "trillion"])
                    && (b + 2..=end).any(|d| tagged.word_in(d, List::Documents)) =>
            {
                Step::Take
            }
            // "40% of Republicans": a share of people, with its number. (Not
            // "15% of all traffic analysis by the firm", whose source is
            // after a preposition; "70% of those asked" ends in a
            // participle of polling, no preposition.)
            Kind::Other
                if tagged.word(k) == "%"
                    && k > range.start
                    && crate::token::is_numeral(tagged.bytes(k - 1))
                    && tagged.is(b, "of")
                    && !(b + 1..=end)
                        .any(|d| tagged.in_set(d, &PREPOSITIONS) && !tagged.in_set(d, &POLLED)) =>
            {
                Step::Take
            }
            // "the Musicians' Union": a plural's possessive mark in a name.
            // "Apacs' figures", "Retail Decisions' survey": a name's, before
            // the noun of what it issued or employs.
            // ("Sanders' fundraising email": one modifier between.)
            Kind::Quote
                if plural_possessive(tagged, range, k)
                    && (tokens[k + 1].capitalized()
                        || tokens[k - 1].capitalized()
                            && (tagged.word_in_any(k + 1, OWNED_NOUNS)
                                || tokens[k + 1].lowercase()
                                    && tagged.word_in_any(k + 2, OWNED_NOUNS))
                        // ("Australian tennis' top official", "the players'
                        // union": a body or a post of the owner's.)
                        || (k + 1..(k + 3).min(range.end)).any(|j| {
                            tokens[j].lowercase()
                                && tagged.word_in_any(j, MEMBER_LISTS)
                                && !is_plural(tagged, j)
                        }))
                    && !tagged.quoted[k] =>
            {
                Step::Take
            }
            Kind::Comma if place_list_comma(tagged, range, k, end) => Step::Take,
            // "Politico/Morning Consult": joint names of pollsters and outlets.
            Kind::Other
                if tagged.word(k) == "/"
                    && k > range.start
                    && tokens[b].capitalized()
                    && tokens[k - 1].capitalized() =>
            {
                Step::Take
            }
            _ => Step::Stop,
        };
        match step {
            Step::Take => b = k,
            Step::Stop => break,
            Step::Issuer => return Walk::Issuer(k),
        }
    }
    Walk::Start(b)
}

/// "voters in Alabama, Georgia and Virginia said": the comma at `k` lists
/// places, which the words to `end` close with "and", after a preposition
/// of place that a noun before it owns; or an office's brief after its
/// "for" ("The Secretary of State for Culture, Media and Sport"). Within a
/// few names, so that the walk stays bounded. Not a list of people
/// ("Bingham, Steyn and Hope said"), nor a place ending an opening phrase
/// ("In Toledo, Clinton").
fn place_list_comma(tagged: &Tagged, range: &Range<usize>, k: usize, end: usize) -> bool {
    let tokens = &tagged.tokens;
    let list = |d: usize| {
        tokens[d].capitalized() || tokens[d].kind() == Kind::Comma || tagged.is(d, "and")
    };
    if k <= range.start
        || !tokens[k - 1].capitalized()
        || end > k + 8
        || !(k + 1..=end).all(list)
        || !(k + 1..end).any(|d| tagged.is(d, "and"))
    {
        return false;
    }
    let mut j = k - 1;
    while j > range.start && k - j < 12 {
        let t = tokens[j];
        if tagged.is_any(j, words!["in", "across", "from"]) {
            // (The noun may open the sentence: "Voters in Ohio, ...".)
            return j > range.start
                && tokens[j - 1].is_word()
                && (tokens[j - 1].lowercase() || j - 1 == range.start);
        }
        // ("The Secretary of State for Culture, Media and Sport, Tessa
        // Jowell": an office's brief, listed.)
        if tagged.is(j, "for") {
            return j > range.start && tagged.lists_ending_at(j - 1).has(List::Titles);
        }
        if !(t.capitalized() || t.kind() == Kind::Comma) {
            return false;
        }
        j -= 1;
    }
    false
}

/// Words that may stand before a share's number as part of its phrase.
#[rustfmt::skip]
const SHARE_OPENERS: &[u64] = words![
    "about", "some", "over", "under", "nearly", "almost", "just", "only", "barely", "roughly",
    "around", "than", "of", "and", "fully", "another", "a", "the", "those",
];

/// Whether a lowercase plural names people by what they do ("media
/// trackers", "campaigners", "economists", "historians"), whom the lists
/// may not know: after "according to" they are a source.
fn agent_plural(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens[k].lowercase()
        && super::names_people_by_trade(tagged, k)
        && !tagged.word_in(k, List::Documents)
}

/// Nouns of what a body issues or of who speaks for it, which a name's
/// plural possessive may stand before.
const OWNED_NOUNS: Lists = Lists::of(&[
    List::Documents,
    List::Titles,
    List::GroupNouns,
    List::MediaNouns,
    // ("Sanders' campaign said".)
    List::InstitutionNouns,
]);

/// The walk back at word `k`, the phrase so far starting at `b` and ending
/// at `end`.
fn step_at_word(tagged: &Tagged, range: &Range<usize>, k: usize, b: usize, end: usize) -> Step {
    let tokens = &tagged.tokens;
    let t = tokens[k];
    // ("surprised by the announcement many analysts said": a quantifier
    // opens its phrase; "the many analysts", "so many" keep theirs.)
    if tagged.is_any(b, words!["many", "some", "several", "most", "few"])
        && t.lowercase()
        && !tagged.in_set(k, &DEFINITE)
        && !tagged.is_any(
            k,
            words![
                "so", "too", "how", "very", "not", "of", "a", "his", "her", "their", "its", "our",
                "also", "and", "but"
            ],
        )
        && !tagged.in_set(k, &PREPOSITIONS)
    {
        return Step::Stop;
    }
    if tagged.is(k, "and") {
        // ("current and former officials": two times of one group.)
        let times = words!["current", "former", "present", "past", "serving", "retired"];
        let times_joined =
            k > range.start && tagged.is_any(k - 1, times) && tagged.is_any(b, times);
        return if times_joined || joins_subjects(tagged, range, k, b) {
            Step::Take
        } else {
            Step::Stop
        };
    }
    // "Critics such as Ann Lee", "proponents like Mr. Eisenbrey": a group
    // and the names of some of its members are one source.
    let group = |i: usize| i >= range.start && tagged.word_in(i, List::GroupNouns);
    let named = tokens[b].capitalized();
    let example = (named && tagged.is_any(k, words!["like", "including"]) && k > 0 && group(k - 1))
        || (named && tagged.is(k, "as") && k > 1 && tagged.is(k - 1, "such") && group(k - 2))
        || (tagged.is(k, "such") && tagged.is(b, "as") && k > 0 && group(k - 1));
    if example {
        return Step::Take;
    }
    // "advisers to Mr. Obama", "people close to her": "to" inside the phrase.
    // ("Sanders' fundraising email to his supporters notes": a document
    // sent to someone.)
    let to_in_phrase = tagged.is(k, "to")
        && k > range.start
        && (tagged.word_in(k - 1, List::GroupNouns)
            // (Not "in order to", nor "logs to trace": an infinitive.)
            || tagged.word_in(k - 1, List::Documents)
                && !tagged.is(k - 1, "order")
                && (b < range.end && tagged.tokens[b].capitalized()
                    || tagged.is_any(b, words!["the", "a", "an", "his", "her", "its", "their", "our"])
                    || tagged.bytes(b).ends_with(b"s")
                    || tagged.word_in(b, List::GroupNouns))
            || tagged.is_any(k - 1, words!["close", "next", "privy"])
            // ("Organizers of the push to boycott the speech": an effort's
            // aim, inside the phrase.)
            || tagged.is_any(k - 1, words!["push", "effort", "efforts", "bid", "drive", "attempt", "attempts"])
                && k > range.start + 2
                && (k.saturating_sub(5).max(range.start)..k).any(|j| tagged.is(j, "of"))
            // ("A letter sent to Martin Mubanga said": a document sent.)
            || k > range.start + 1
                && tagged.is_any(k - 1, super::SENT)
                && tagged.word_in(k - 2, List::Documents)
            // "the deputy head of China's delegation to the forum": a body
            // sent to another.
            || tagged.is_any(k - 1, words!["delegation", "mission"])
                && tagged.tokens[k - 1].lowercase()
            // "Pakistan's High Commissioner to Britain", "the US envoy to
            // Iraq": a post held at another state.
            // (With its holder's name after a comma, "ambassador to the
            // WTO, Carlo Trojan", the name is the source.)
            || tagged.is_any(k - 1, super::ENVOYS)
                && (b..range.end.min(b + 12))
                    .take_while(|&j| !tagged.word_in(j, List::CueVerbs))
                    .all(|j| tagged.tokens[j].kind() != Kind::Comma)
            // "the Committee to Protect Journalists": a body's cause.
            || tagged.tokens[k - 1].capitalized()
                && tagged.word_in(k - 1, List::InstitutionNouns)
                && b < end
                && super::names::names_a_cause(tagged, b, end)
            // "Democrats trying to regain control say", "officials hoping
            // to avoid a strike say": people striving for something.
            || striving(tagged, range, k - 1));
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
        return Step::Stop;
    }
    if t.lowercase()
        && tagged.is_any(k, ISSUING)
        && (b..=end).any(|d| tagged.word_in(d, List::Documents))
    {
        return Step::Issuer;
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
        return Step::Stop;
    }
    // "Rosneft now owns Yugansk and Russia has said": a verb of owning
    // before a name is the verb of a clause before the source (verbs
    // that are no nouns: "its hosts Ant and Dec" is one phrase).
    if t.lowercase()
        && tokens[b].capitalized()
        && tagged.is_any(
            k,
            words!["owns", "bought", "buys", "sold", "sells", "controls", "acquires"],
        )
    {
        return Step::Stop;
    }
    if t.lowercase() && honorific_opens_name(tagged, b, k) {
        return Step::Stop;
    }
    // "To make matters worse 90% of firms": a share starts at its number or
    // at a word that qualifies it ("about", "some", "a total of").
    if tagged.is(b + 1, "%")
        && crate::token::is_numeral(tagged.bytes(b))
        && !tagged.is_any(k, SHARE_OPENERS)
    {
        return Step::Stop;
    }
    // "A report on the projects says", "a survey by the bank
    // found", ", reports from the region say": a document noun before its
    // topic, author or origin, no verb.
    // ("raised its estimate of oil demand": an object, after a
    // possessive inside the sentence.)
    let document = tagged.word_in(k, List::Documents)
        && tagged.is_any(k + 1, words!["on", "into", "of", "by", "from"])
        && !(k > range.start + 1 && tagged.is_any(k - 1, words!["its", "his", "her", "their"]));
    if (tagged.in_set(k, &STOP_BACK)
        && !to_in_phrase
        && !modal_surname(tagged, k)
        && !count_compared(tagged, range, k, b))
        || ((tagged.word_in(k, List::CueVerbs) || tagged.word_in(k, List::WeakCueVerbs))
            && t.lowercase()
            && !tagged.word_in(k, List::GroupNouns)
            && !document
            // ("Critics of the plan in Ohio say": a noun after its article;
            // "opponents of admitting refugees": a gerund after "of"; "the
            // first grand slam": a tournament.)
            && !crate::cue::grand_slam(tagged, k)
            && !striving(tagged, range, k)
            // ("Lawyers for the alleged killer", "the accused man": a
            // participle between an article and its noun.)
            && !(k > range.start
                && t.lowercase()
                && tagged.bytes(k).ends_with(b"ed")
                && tagged.is_any(k - 1, words!["the", "a", "an", "his", "her", "their", "its"])
                && tokens[b].lowercase()
                && tokens[b].is_word())
            && !(k > range.start
                && (tagged.is_any(k - 1, words!["the", "a", "an"]) && tagged.in_set(b, &PREPOSITIONS)
                    || tagged.is_any(k - 1, words!["of", "against"])
                        && tagged.bytes(k).ends_with(b"ing"))))
    {
        return Step::Stop;
    }
    Step::Take
}

/// Whether the "than" at `k` compares the count that opens the phrase at
/// `b`, after an "of" ("the survey of more than 1,000 people", "a group
/// of fewer than 20 lawmakers").
fn count_compared(tagged: &Tagged, range: &Range<usize>, k: usize, b: usize) -> bool {
    k >= range.start + 2
        && tagged.is(k, "than")
        && tagged.is_any(k - 1, words!["more", "less", "fewer"])
        && tagged.is(k - 2, "of")
        && crate::token::is_numeral(tagged.bytes(b))
}

/// Whether token `k` is a hyphen touching the tokens on both sides
/// ("D.C.-based").
fn joins_next(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    let tokens = &tagged.tokens;
    k > range.start
        && k + 1 < range.end
        && tagged.word(k) == "-"
        && tokens[k - 1].span().end == tokens[k].span().start
        && tokens[k].span().end == tokens[k + 1].span().start
        && tokens[k + 1].is_word()
}

/// Whether the participle at `k`, before "to", tells what people named
/// just before it strive for ("Democrats trying to", "officials hoping
/// to"): a modifier of theirs, inside the phrase.
pub(super) fn striving(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    #[rustfmt::skip]
    const STRIVING: &[u64] = words![
        "trying", "hoping", "seeking", "looking", "working", "fighting", "aiming", "struggling",
        "vying", "scrambling", "pushing", "racing", "rushing", "wanting", "planning", "eager",
        "anxious",
    ];
    k > range.start
        && tagged.is(k + 1, "to")
        && tagged.is_any(k, STRIVING)
        && (tagged.word_in(k - 1, List::GroupNouns)
            || tagged.tokens[k - 1].capitalized() && super::is_plural(tagged, k - 1))
}

/// Whether the "and" at `k`, before the phrase starting at `b`, joins two
/// subjects into one: "Trump and Pence said", "leaders and diplomats said".
fn joins_subjects(tagged: &Tagged, range: &Range<usize>, k: usize, b: usize) -> bool {
    let tokens = &tagged.tokens;
    // Names, or groups, joined by "and" are one subject.
    // ("Labour and the Tories", "the Commission for Latin America and the
    // Caribbean": "the" before a name; not before an office, "the head of
    // the Bank of England and the Chancellor".)
    let named_at = |b: usize| {
        tokens[b].capitalized()
            // "Former Secretary of State Hillary Clinton and former Maryland
            // Gov. Martin O'Malley": a past office before the name.
            || tagged.is(b, "former") && tokens.get(b + 1).is_some_and(|t| t.capitalized())
            || tagged.is(b, "the")
                && tokens.get(b + 1).is_some_and(|t| t.capitalized())
                && !tagged.word_in(b + 1, List::Titles)
                && !tagged.word_in(b + 1, List::PersonNouns)
    };
    // ("has been training in Holland and Ferguson said": a place after a
    // preposition, then a person; not one subject.)
    let place = |i: usize| {
        tagged
            .lists_ending_at(i)
            .any_of(Lists::of(&[List::Places, List::Regions]))
    };
    let place_then_other = k > range.start + 1
        && place(k - 1)
        && tagged.is_any(k - 2, words!["in", "at", "from", "to"])
        && !(b..(b + 3).min(range.end)).any(place);
    let names = named_at(b) && k > range.start && tokens[k - 1].capitalized() && !place_then_other;
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
        // ("Hawkins and others who want a ban".)
        && (tagged.is_any(b, words!["other", "others"]) || tokens[b].capitalized() && people(k - 1));
    // ("Mrs. Clinton and her surrogates", "Trump and his aides": a name and
    // its own people.)
    // (Their people in the plural, "his wife" is one person named by
    // relation; not after a preposition, "ties with Clinton and her
    // organizations".)
    let own_people = k > range.start
        && tokens[k - 1].capitalized()
        && tagged.is_any(b, words!["his", "her", "their", "its"])
        && b + 1 < range.end
        && people(b + 1)
        // ("Gibson and his partner Bruce Davey": one named with his name.)
        && (is_plural(tagged, b + 1) || tokens.get(b + 2).is_some_and(|t| t.capitalized()))
        && {
            let name = (range.start..k)
                .rev()
                .take_while(|&j| tokens[j].capitalized() || tokens[j].kind() == Kind::Period)
                .last()
                .unwrap_or(k - 1);
            name == range.start || !tagged.in_set(name - 1, &PREPOSITIONS)
        };
    // ("Work and pensions minister Alan Johnson": a portfolio of two
    // words before the office.)
    let portfolio = k > range.start
        && tokens[k - 1].is_word()
        && tokens[b].is_word()
        && tokens[b].lowercase()
        && !tagged.in_set(b, &DEFINITE)
        && !tagged.in_set(b, &INDEFINITE)
        && (b + 1..(b + 3).min(range.end)).any(|j| tagged.word_in(j, List::Titles));
    names || groups || mixed || own_people || portfolio
}

/// The phrase's first token once the words before its noun phrase proper
/// are left out: a verb after "to", a sum, a time, an opening adverb, a
/// preposition.
fn trim_front(tagged: &Tagged, range: &Range<usize>, mut b: usize, end: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
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
    // "Later the Tory leader said": an opening adverb before a determiner
    // ("...: soon Donald J. Trump had declared", after a colon, before a
    // name).
    let after_colon = b > range.start && tokens[b - 1].kind() == Kind::Colon;
    if b < end
        && (tokens[b].capitalized()
            || after_colon && tokens.get(b + 1).is_some_and(|t| t.capitalized()))
        && tagged.is_any(
            b,
            words![
                "soon",
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
                "first",
                "next",
            ],
        )
        && (tagged.is_any(
            b + 1,
            words!["the", "a", "an", "this", "that", "his", "her", "its"],
        ) || after_colon
            // ("Yesterday Argentina's economy minister": before a name too,
            // but for words that open one, "First Lady".)
            || tokens.get(b + 1).is_some_and(|t| t.capitalized())
                && !tagged.is_any(b, words!["first", "next", "still", "finally"]))
    {
        b += 1;
    }
    // "About 40% of Republicans", "just under half of voters": "about" a
    // share is no preposition.
    let approximate = words!["about", "over", "under"];
    if b + 1 < end && tagged.is(b, "just") && tagged.is_any(b + 1, approximate) {
        b += 1;
    }
    let share = b + 2 <= end
        && tagged.is_any(b, approximate)
        && (crate::token::is_numeral(tagged.bytes(b + 1))
            && tagged.is_any(b + 2, words!["%", "percent"])
            || crate::attribute::is_share_word(tagged, b + 1) && tagged.is(b + 2, "of"));
    // A leading preposition or clause opener belongs to another phrase:
    // "After the debate Trump" → "Trump".
    if !share && tagged.in_set(b, &PREPOSITIONS) && tokens[b].is_word() {
        // (", with some analysts saying": an absolute phrase's subject
        // follows its "with".)
        // ("with figures expected to reach": only before a participle in
        // "-ing" is the phrase a subject.)
        let absolute = b < end
            && b > range.start
            && tagged.is(b, "with")
            && matches!(tokens[b - 1].kind(), Kind::Comma | Kind::Dash)
            && end + 1 < range.end
            && super::absolute_participle(tagged, range, end + 1);
        // ("At a press conference on Thursday Intel": a day before the name
        // is no part of it.)
        // (Not the "Sunday" of "the Sunday Times".)
        // (Nor "April" of "April Ryan", a given name.)
        let day = |k: usize| {
            super::is_day_or_month(tagged.word(k))
                && tagged.entry_at(k, List::Outlets).is_none()
                && !tagged.word_in_any(k, super::GIVEN_NAMES)
        };
        // (Not the second of two capitalised words joined by "and": "from
        // the Public and Commercial Services union".)
        // (A body's name after its article: not "at Oldham and Keegan".)
        let joined = |k: usize| {
            k >= b + 3 && tagged.is(k - 1, "and") && tokens[k - 2].capitalized() && {
                let mut s = k - 2;
                while s > b + 1 && tokens[s - 1].capitalized() {
                    s -= 1;
                }
                tagged.is(s - 1, "the")
            }
        };
        let opens = |k: usize| {
            tagged.in_set(k, &DEFINITE)
                || (tokens[k].capitalized()
                    && !day(k)
                    && !joined(k)
                    && (k == b + 1 || !tokens[k - 1].capitalized() || day(k - 1)))
        };
        // ("In the north the regional governor Bill Smith", "by economics
        // minister Heizo Takenaka", "in San Francisco Apple chief Tim Cook":
        // a name after a noun of a person goes with the noun and its
        // modifiers.)
        let mut restart = (b + 1..=end)
            .rev()
            .find(|&k| opens(k))
            .map(|k| person_noun_before(tagged, b, k, &day));
        // ("In 2004 the House of Lords": a body's noun and its "of" are the
        // name's.)
        while let Some(k) = restart.filter(|&k| {
            k >= b + 3
                && tagged.is_any(k - 1, words!["of", "for"])
                && tokens[k - 2].capitalized()
                && (tagged.word_in(k - 2, List::InstitutionNouns)
                    || tagged
                        .entry_at(k - 2, List::Institutions)
                        .is_some_and(|e| e >= k))
        }) {
            restart = (b + 1..=k - 2).rev().find(|&k| opens(k));
        }
        b = match restart {
            Some(k) => k,
            None if absolute => b + 1,
            None => return None,
        };
    } else if b == range.start + 1
        && tagged.is_any(b - 1, OPENING_PREPOSITIONS)
        // (An object that opens with an article or a number: not "After
        // former Gov. Jerry Brown criticized".)
        && (tagged.in_set(b, &DEFINITE)
            || tagged.in_set(b, &INDEFINITE)
            || crate::token::is_numeral(tagged.bytes(b)))
    {
        // "After the incident Viacom agreed", "After the talks the
        // Department said": the opening preposition's object, then, with
        // no comma, the subject (not "the regional governor Bill Smith").
        let ends_object = |k: usize| {
            tokens[k].lowercase()
                && tokens[k].is_word()
                && !tagged.in_set(k, &DEFINITE)
                && !tagged.in_set(k, &INDEFINITE)
                && !tagged.in_set(k, &PREPOSITIONS)
                && !tagged.is_any(k, words!["and", "or"])
                && !tagged.word_in_any(k, SOURCE_LISTS)
                && !tagged.bytes(k).ends_with(b"'s")
        };
        // ("After the ruling Carla Ferstman said": a given name opens the
        // subject after any lowercase noun, a document's too.)
        let given_name = |k: usize| {
            tokens[k - 1].lowercase()
                && tokens[k - 1].is_word()
                && !tagged.in_set(k - 1, &DEFINITE)
                && tagged.word_in_any(k, GIVEN_NAMES)
        };
        let subject = (b + 1..=end).find(|&k| {
            ends_object(k - 1) && (tokens[k].capitalized() || tagged.in_set(k, &DEFINITE))
                || given_name(k)
        });
        if let Some(k) = subject {
            b = k;
        }
    }
    Some(b)
}

/// Prepositions that open a sentence with a phrase of time or place,
/// which may run into the subject with no comma ("After the incident
/// Viacom agreed"); unlike [`PREPOSITIONS`], no "but", "as" or "if".
const OPENING_PREPOSITIONS: &[u64] = words![
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "since",
    "following",
    "despite",
    "amid",
    "under",
    "over",
    "through",
    "throughout",
    "within",
];

/// The start of the phrase that a name at `k` closes after a noun of a
/// person ("the regional governor Bill Smith", "Apple chief Tim Cook"),
/// not before `b`: back over the noun and lowercase modifiers to an
/// article, then over capitalised modifiers ("Lib Dem", "Tory"), of which
/// only the last after a lowercase preposition ("in San Francisco Apple");
/// `k` itself when no such noun comes before it.
fn person_noun_before(tagged: &Tagged, b: usize, k: usize, day: &impl Fn(usize) -> bool) -> usize {
    let tokens = &tagged.tokens;
    if !(tokens[k].capitalized()
        && k > b + 1
        && tokens[k - 1].lowercase()
        && tagged
            .lists_ending_at(k - 1)
            .any_of(super::classify::PEOPLES_NOUNS))
    {
        return k;
    }
    let mut j = k - 1;
    while j > b + 1 && tokens[j - 1].lowercase() && tokens[j - 1].is_word() && !day(j - 1) {
        if tagged.in_set(j - 1, &PREPOSITIONS) {
            return j;
        }
        j -= 1;
        if tagged.in_set(j, &DEFINITE) || tagged.in_set(j, &INDEFINITE) {
            return j;
        }
    }
    // (At most six capitalised words back: a bound for hostile text.)
    let mut c = j;
    while c > b + 1 && j - c < 6 && tokens[c - 1].capitalized() && !day(c - 1) {
        c -= 1;
    }
    if c < j && c > b && tokens[c - 1].lowercase() && tagged.in_set(c - 1, &PREPOSITIONS) {
        // ("in Boston New York Times columnist Ann Lee": an outlet's or a
        // body's whole name, else the last word.)
        (c..j)
            .find(|&s| {
                [List::Outlets, List::Institutions]
                    .iter()
                    .any(|&l| tagged.entry_at(s, l) == Some(j - 1))
            })
            .unwrap_or(j - 1)
    } else {
        c
    }
}

/// Whether the honorific at `b` opens the name, the lowercase word `k`
/// before it ending another phrase: "Speaking to the BBC News website Mr
/// Molyneux said", "During his speech Mr Allard". Not after a title or a
/// person noun ("Labour spokesman Mr Kemp"), a preposition ("an adviser to
/// Mr Obama") or what may be a verb of a relative clause ("who backed Mr
/// Romney", "which saw Mr Blair").
fn honorific_opens_name(tagged: &Tagged, b: usize, k: usize) -> bool {
    let w = tagged.bytes(k);
    tagged.is_any(b, words!["mr", "mrs", "ms", "miss", "dr"])
        && !tagged.lists_ending_at(k).any_of(super::classify::PEOPLES_NOUNS)
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
    "provided",
    "submitted",
    "unleashed",
    "fired",
    // (After a comma, the main clause's subject issues.)
    "issuing",
    "releasing",
    "publishing",
    "posting",
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
        if let Some(last) = outlet_end(tagged, k, range.end) {
            e = last;
            continue;
        }
        // ("a declaration filed in federal court by John Hackett": a place
        // between the participle and its agent.)
        if let Some(by) = agent_past_place(tagged, range, k).filter(|_| tokens[e].is_word()) {
            e = by;
            continue;
        }
        // ("a report out on Monday from the British Retail Consortium":
        // "out" and its day between a document and its maker.)
        if let Some(maker) = maker_past_out(tagged, range, e, k) {
            e = maker - 1;
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
            // "reads an editorial in The Des Moines Register": a piece in an
            // outlet is the outlet's (an advertisement in it is not).
            Kind::Word
                if tagged.is(k, "in")
                    && tagged.in_set(e, &PIECES)
                    && outlet_at(tagged, k + 1, range.end) =>
            {
                e = k
            }
            // "reads a Wednesday editorial": a day as a modifier.
            Kind::Word
                if tagged.in_set(k, &DAYS)
                    && tagged.is_any(e, words!["a", "an", "the", "this", "last"])
                    && tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
                    && k + 1 < range.end =>
            {
                e = k
            }
            // "data released Friday by state regulators": the day between
            // a participle and its agent.
            Kind::Word
                if tagged.in_set(k, &DAYS)
                    && tagged.tokens[e].lowercase()
                    && tagged.word(e).ends_with("ed")
                    && k + 1 < range.end
                    && tagged.is(k + 1, "by") =>
            {
                e = k
            }
            // ("accused by the Turkish government of coordinating the coup":
            // what the agent accuses of, after its name.)
            Kind::Word
                if tagged.is(k, "of")
                    && k + 1 < range.end
                    && tokens[k + 1].lowercase()
                    && tagged.bytes(k + 1).ends_with(b"ing") =>
            {
                break
            }
            // ("said Doyle and others": the others are sources too.)
            Kind::Word
                if tagged.is(k, "and") && k + 1 < range.end && tagged.is(k + 1, "others") =>
            {
                e = k + 1
            }
            // ("a report Tuesday from WKOW": between a document and its
            // maker.)
            Kind::Word
                if tagged.in_set(k, &DAYS)
                    && tagged.word_in(e, List::Documents)
                    && k + 1 < range.end
                    && tagged.is_any(k + 1, words!["from", "by"]) =>
            {
                e = k
            }
            // ("figures released on Tuesday by the BPI": after "on".)
            Kind::Word
                if tagged.is(k, "on")
                    && tagged.in_set(k + 1, &DAYS)
                    && tagged.tokens[e].lowercase()
                    && tagged.word(e).ends_with("ed")
                    && k + 2 < range.end
                    && tagged.is(k + 2, "by") =>
            {
                e = k + 1
            }
            // ("a study by economists Peter Schott and Justin Pierce": a
            // document's second author, a full name after the first.)
            Kind::Word
                if tagged.is(k, "and")
                    && tokens[e].capitalized()
                    && k + 2 < range.end
                    && tagged.word_in_any(k + 1, GIVEN_NAMES)
                    && tokens[k + 2].capitalized()
                    && (start..e).any(|j| tagged.is(j, "by")) =>
            {
                e = k
            }
            // "by Work and Pensions Secretary Alan Smith": "and" inside the
            // brief of a capitalised title, after one word that names no
            // one ("Democrats and Republican Senator John McCain", "Tony
            // Blair and Chancellor Gordon Brown" are two sources).
            Kind::Word
                if tagged.is(k, "and")
                    && tokens[e].capitalized()
                    && !(e > start && tokens[e - 1].capitalized())
                    && !tagged.lists_ending_at(e).any_of(BRIEF_NOT)
                    && (k + 1..range.end.min(k + 5))
                        .take_while(|&j| tokens[j].capitalized())
                        .any(|j| tagged.word_in(j, List::Titles)) =>
            {
                e = k
            }
            // "Democratic and independent analysts": two modifiers of one
            // group, joined.
            Kind::Word
                if tagged.is(k, "and")
                    && e == start
                    && k + 2 < range.end
                    && tokens[k + 1].is_word()
                    && !tagged.word_in_any(e, SOURCE_LISTS)
                    && !tagged.word_in_any(k + 1, SOURCE_LISTS)
                    && tagged.word_in(k + 2, List::GroupNouns)
                    // (Not a name's words: "Richard and Judy executive
                    // producer Amanda Ross".)
                    && ![e, k + 1].iter().any(|&j| {
                        tagged.word_in(j, List::MaleNames) || tagged.word_in(j, List::FemaleNames)
                    }) =>
            {
                e = k
            }
            // "media and PR strategist Glen Yearwood": a lone modifier
            // joined to the trade of the person named next ("witnesses and
            // local police" are two sources).
            // ("former programmer and technology analyst Bill Thompson": two
            // descriptions of one person, the first a singular noun.)
            Kind::Word
                if tagged.is(k, "and")
                    && (e == start
                        || e <= start + 2
                            && (start..e).all(|j| tokens[j].lowercase())
                            && !crate::source::is_plural(tagged, e)
                            && !tagged.is_any(start, words!["the", "a", "an", "some", "many"]))
                    && tokens[e].lowercase()
                    && k + 3 < range.end
                    && !tagged.word_in_any(k + 1, SOURCE_LISTS)
                    && (k + 2..range.end.min(k + 4)).any(|j| {
                        tokens[j].lowercase()
                            && tagged.word_in_any(j, SOURCE_LISTS)
                            && j + 1 < range.end
                            && tokens[j + 1].capitalized()
                    }) =>
            {
                e = k
            }
            // ("according to USA TODAY contributor ...": an outlet's last
            // word is no time.)
            // (Nor a surname after a given name: "coach Mike Friday".)
            Kind::Word
                if (tagged.in_set(k, &STOP_FORWARD)
                    || tagged.in_set(k, &DAYS) && !super::names::day_surname(tagged, start, k))
                    && !tagged.entry_ending_at(k, List::Outlets) =>
            {
                break
            }
            // ("According to Ofcom there were": the claim's own subject.)
            Kind::Word
                if tagged.is(k, "there")
                    && tagged.is_any(k + 1, words!["is", "are", "was", "were"]) =>
            {
                break
            }
            // ("According to Pew Internet & American Life a blog is
            // created": an article after a name opens the claim.)
            Kind::Word
                if tagged.is_any(k, words!["a", "an"])
                    && t.lowercase()
                    && tokens[e].capitalized()
                    && !tagged.quoted[e] =>
            {
                break
            }
            // "experts I spoke to": a subject pronoun opens a relative clause.
            Kind::Word if tagged.is_any(k, words!["I", "we", "you", "he", "she", "they"]) => break,
            // "documents made public as part of a complaint": a participle
            // after the head starts a clause describing it, unless it names
            // who handled the document ("obtained by the Post").
            Kind::Word
                if t.lowercase()
                    && (tagged.word(k).ends_with("ed") || tagged.is(k, "made"))
                    && (is_subject_word(tagged, e) || tagged.word_in(e, List::Documents))
                    && !tagged.is(k + 1, "by")
                    && !(tagged.in_set(k + 1, &DAYS) && tagged.is(k + 2, "by"))
                    && !(tagged.is(k + 1, "on")
                        && tagged.in_set(k + 2, &DAYS)
                        && tagged.is(k + 3, "by"))
                    // ("a survey carried out by ICM Research".)
                    && !(tagged.is(k + 1, "out") && tagged.is(k + 2, "by"))
                    && agent_past_place(tagged, range, k).is_none() =>
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
    // (Or a title, a body's possessive, "head of": ", chief executive of
    // S&N", ", BT's resident futurologist".)
    let opens_description = |k: usize| {
        tagged.is_any(
            k,
            words!["a", "an", "the", "who", "which", "one", "its", "his", "her", "their",],
        ) || tagged.tokens[k].capitalized() && crate::resolve::possessive(tagged, k)
            || tagged.is(k, "head") && tagged.is(k + 1, "of")
            // (A title, or one after a word or two: ", FCC deputy secretary
            // of communications.")
            || super::title_soon(tagged, k, range.end)
            // (", Director General of the British Chambers of Commerce.": a
            // capitalised title of a body.)
            || tagged.tokens[k].capitalized()
                && tagged.word_in(k, List::Titles)
                && (k + 1..(k + 4).min(range.end)).any(|j| tagged.is(j, "of"))
            // ("said Opera spokeswoman, Berit Hanson.": the name after a post.)
            || tagged.tokens[k].capitalized()
                && tagged.tokens[e].lowercase()
                && tagged.lists_ending_at(e).any_of(Lists::of(&[
                    List::Titles,
                    List::PersonNouns,
                    List::GroupNouns,
                ]))
    };
    // ("said the woman, who like many in the town did not want to be quoted
    // by name because of ...": a clause that withholds the name, however
    // long, to the sentence's end.)
    if comma + 1 < range.end && tokens[comma].kind() == Kind::Comma && tagged.is(comma + 1, "who") {
        let end = (comma + 2..range.end.min(comma + 40))
            .take_while(|&k| tokens[k].is_word() && !tagged.quoted[k])
            .last();
        if let Some(end) = end.filter(|&end| {
            end + 1 < range.end
                && tokens[end + 1].kind() == Kind::Period
                && withholds_name_between(tagged, comma + 2, end)
        }) {
            return Some((start, end));
        }
    }
    // ("Later, according to a memo, the contractors left.": an aside after
    // a short opening phrase; the main clause follows it, no description.)
    let aside = start >= range.start + 3
        && start - 3 - range.start <= 6
        && tokens[start - 3].kind() == Kind::Comma
        && tagged.is(start - 2, "according")
        && tagged.is(start - 1, "to")
        && !(range.start..start - 3).any(|k| tokens[k].kind() == Kind::Comma)
        && (tagged.in_set(range.start, &PREPOSITIONS)
            || tagged.in_set(range.start, &DAYS)
            || tagged.is_any(
                range.start,
                words![
                    "later",
                    "earlier",
                    "then",
                    "meanwhile",
                    "now",
                    "today",
                    "yesterday"
                ],
            ));
    if !aside
        && comma + 1 < range.end
        && tokens[comma].kind() == Kind::Comma
        && opens_description(comma + 1)
    {
        // ("who works for Mr. Sanders": an abbreviation's full stop ends
        // nothing.)
        // ("a D.C.-based strategist": nor one a hyphen joins to a word.)
        let abbreviation_dot = |d: usize| {
            tokens[d - 1].capitalized()
                && (tokens[d - 1].span().len() <= 4 || tagged.bytes(d - 1).contains(&b'.'))
                && (tokens.get(d + 1).is_some_and(|t| t.capitalized())
                    || joins_next(tagged, range, d + 1)
                    // (", a former C.I.A. analyst": initials before a noun.)
                    || tagged.bytes(d - 1).contains(&b'.')
                        && tokens.get(d + 1).is_some_and(|t| t.is_word() && t.lowercase()))
                && d + 1 < range.end
        };
        // (", Texas attorney general announcing the action.": a participle
        // of saying ends the description.)
        // (Not one inside a relative clause, "who is now advising", nor
        // after a preposition, "an early voice in urging".)
        let participle = |d: usize| {
            crate::cue::is_saying_participle(tagged, d)
                && !tagged.in_set(d - 1, &PREPOSITIONS)
                && !(comma + 1..d)
                    .any(|j| tagged.is_any(j, words!["who", "which", "that", "whose"]))
        };
        let mut k = comma + 1;
        while k + 1 < range.end
            && tokens[k + 1].kind() != Kind::Comma
            && (tokens[k + 1].kind() != Kind::Period || abbreviation_dot(k + 1))
            && !tagged.quoted[k + 1]
            && !participle(k + 1)
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
        // (", on Monday.", ", in a statement.": a short aside may close the
        // sentence after it.)
        let aside_to_end = || {
            tokens[k + 1].kind() == Kind::Comma
                && k + 2 < range.end
                && tagged.in_set(k + 2, &ASIDES)
                && (k + 2..range.end.min(k + 10))
                    .find(|&d| tokens[d].kind() != Kind::Word)
                    .is_some_and(|d| tokens[d].kind() == Kind::Period && d + 1 >= range.end)
        };
        // (", which conducted the poll.": a relative clause about the body
        // named may close the sentence after it too.)
        let relative_to_end = || {
            tokens[k + 1].kind() == Kind::Comma
                && tagged.is_any(k + 2, words!["which", "who"])
                && (k + 3..range.end.min(k + 30))
                    .find(|&d| !matches!(tokens[d].kind(), Kind::Word | Kind::Other))
                    .is_some_and(|d| tokens[d].kind() == Kind::Period && d + 1 >= range.end)
        };
        // ("According to Robert Walsh, head of Krome Studios, the tools
        // matter": a post between commas after an opening "according to";
        // not "According to Lee, the tools matter", the claim.)
        let opening_according = || {
            start == range.start + 2
                && tagged.is(range.start, "according")
                && tokens[k + 1].kind() == Kind::Comma
                && opens_post(tagged, comma + 1, k + 1)
        };
        if !clause
            && (k + 1 >= range.end
                || tokens[k + 1].kind() == Kind::Period
                || aside_to_end()
                || relative_to_end()
                || participle(k + 1)
                || opening_according())
        {
            return Some((start, k));
        }
    }
    Some((start, e))
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
            words!["saying", "claiming", "arguing", "insisting"],
        );
    if !participle {
        return None;
    }
    let past = |k: usize| {
        tokens[k].lowercase()
            && (tagged.bytes(k).ends_with(b"ed") || tagged.in_set(k, &crate::cue::IRREGULAR_PAST))
            && !tagged.word_in(k, List::CueVerbs)
            // ("sent a letter saying", "issued a statement saying": the
            // document says it.)
            && !tagged.is_any(k, super::SENT)
            && !tagged.is_any(k, words!["issued", "released", "published", "posted", "wrote", "filed"])
    };
    // (The walk back may have taken the verb: "left UKIP".)
    let verb = if past(first) && first < last {
        first
    } else {
        first - 1
    };
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

/// Whether the words from `k` to `end` open with a post: "head of",
/// "chief executive of", "Director General of" (in a word or two).
fn opens_post(tagged: &Tagged, k: usize, end: usize) -> bool {
    let head = k + usize::from(tagged.is_any(k, words!["the", "a", "an"]));
    tagged.is(head, "head") && tagged.is(head + 1, "of")
        || super::title_soon(tagged, k, end)
        || tagged.tokens[k].capitalized() && tagged.word_in(k, List::Titles)
}

/// "a report out on Monday from": the "from" or "by" naming the maker of
/// the document at `doc`, after "out" at `out` and a time (within four
/// words).
fn maker_past_out(tagged: &Tagged, range: &Range<usize>, doc: usize, out: usize) -> Option<usize> {
    if !tagged.is(out, "out") || !tagged.word_in(doc, List::Documents) {
        return None;
    }
    let maker = (out + 1..range.end.min(out + 5)).find(|&j| {
        !(tagged.is_any(
            j,
            words!["on", "today", "yesterday", "this", "last", "week"],
        ) || tagged.in_set(j, &DAYS))
    })?;
    tagged.is_any(maker, words!["from", "by"]).then_some(maker)
}

/// Whether the mark at `k` is the apostrophe of a plural possessive ("the
/// MPs' report", "workers' union"), not a quotation mark.
/// The lists of a post or a body a possessive may own.
const MEMBER_LISTS: Lists = Lists::of(&[List::Titles, List::InstitutionNouns]);

fn plural_possessive(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    k > range.start && k + 1 < range.end && crate::resolve::apostrophe_after(tagged, k - 1)
}

/// The "by" of a participle at `k` whose agent comes after a place: "filed
/// in federal court by".
fn agent_past_place(tagged: &Tagged, range: &Range<usize>, k: usize) -> Option<usize> {
    (tagged.tokens[k].lowercase() && tagged.bytes(k).ends_with(b"ed") && tagged.is(k + 1, "in"))
        .then(|| {
            (k + 2..(k + 6).min(range.end))
                .take_while(|&j| tagged.tokens[j].is_word())
                .find(|&j| tagged.is(j, "by"))
        })
        .flatten()
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
