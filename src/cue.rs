//! Attribution cues: the words that tie a claim to a source ("said",
//! "according to", "citing", a colon after a speaker's name, a trailing dash
//! before a name).
//!
//! [`find`] asks `cue_at` of each word a cue-lexicon entry starts at; most
//! of the work is telling a cue word that reports words from the same word
//! doing something else. Those tests live by kind:
//!
//! - `owned`: nouns after their owner ("Trump's claim that", "Their fear is").
//! - `poll`: polls and figures ("the poll has Clinton leading").
//! - `noun`: a cue word used as a noun or modifier ("the report", "polls").
//! - `passive`: reduced passives and participles ("a film written by").
//! - `act`: a verb naming an act, not words ("spoke at the rally").
//! - `idiom`: set phrases and deeds ("went on sale", "claimed the title").
//! - `label`: speaker labels and signatures ("Name:", "— Name").

use crate::lexicon::{List, Lists};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, Token, WordSet};
use std::ops::Range;

mod act;
mod idiom;
mod label;
mod noun;
mod owned;
mod passive;
mod poll;

pub(crate) use act::*;
pub(crate) use idiom::*;
pub(crate) use label::*;
pub(crate) use noun::*;
pub(crate) use owned::*;
pub(crate) use passive::*;
use poll::*;

/// What kind of cue was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A verb of saying or believing; its source is its subject.
    Verb,
    /// `according to X`: the source follows.
    According,
    /// `citing X`: a second source the main clause rests on, following.
    Citing,
    /// `Name: claim`: a speaker label.
    Colon,
    /// `claim — Name`: a trailing signature.
    Dash,
    /// `Their fear is that`: a stance noun after its owner, the source;
    /// the cue is the copula and "that".
    Stance,
    /// `Trump's claim that`: a noun of things said after its owner, the
    /// source; the cue is the noun and "that". Its owner is talked about,
    /// most often by another speaker, whom a later "he said" still means.
    Claim,
}

/// A cue: tokens `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    pub kind: CueKind,
    pub first: usize,
    pub last: usize,
    /// A passive verb ("was told by"): the source follows `by`.
    pub passive: bool,
}

impl Cue {
    /// A verb of one word at token `i`, active: the cue the context tests
    /// below find ("puts ... at", "has learned", "tipped ... to win").
    fn verb_at(i: usize) -> Cue {
        Cue {
            kind: CueKind::Verb,
            first: i,
            last: i,
            passive: false,
        }
    }
}

/// The lists whose entries start a cue.
const CUE_LISTS: Lists = Lists::of(&[List::CuePhrases, List::CueVerbs, List::WeakCueVerbs]);

static DETERMINERS: WordSet<128> = word_set![
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "new", "latest", "such", "no", "any", "every", "each", "of", "whose", "first", "last",
];

const BE: &[u64] = words!["is", "was", "were", "are", "been", "being", "be", "am", "'s",];

/// Verbs whose subject must be a document or body ("polls show", "the study found").
pub(crate) const DOCUMENT_VERBS: &[u64] =
    words!["show", "shows", "showed", "shown", "find", "finds", "found", "read", "reads",];

/// Nouns of a poll, which may give a standing.
pub(crate) const POLLS: &[u64] = words!["poll", "polls", "survey", "surveys"];

/// Verbs by which a poll gives a standing ("the poll has Clinton leading",
/// "gives Clinton a lead"), document verbs when alone ("as he put it" is a
/// person's).
pub(crate) const POLL_VERBS: &[u64] = words!["has", "had", "puts", "put", "gives", "gave"];

/// Cues of a sentence (tokens `range`), outside quotations, in `cues`
/// (cleared first): the caller keeps one buffer for every sentence.
pub(crate) fn find(tagged: &Tagged, range: Range<usize>, has_quote: bool, cues: &mut Vec<Cue>) {
    cues.clear();
    // Whether the sentence is a headline, decided when a capitalised cue
    // verb first asks, which in most sentences none does.
    let mut headline = None;
    let mut i = range.start;
    // ("To many, ...": only the sentence's first words, most of which are
    // no "to".)
    const TO: &[u64] = words!["to"];
    let to = (range.start..range.end.min(range.start + 2)).find(|&k| tagged.is_any(k, TO));
    if let Some(cue) = to.and_then(|k| to_someone(tagged, &range, k)) {
        i = cue.last + 1;
        cues.push(cue);
    }
    while i < range.end {
        i = next_candidate(tagged, i, range.end);
        if i >= range.end {
            break;
        }
        if tagged.quoted[i] {
            // A transcript's speaker label may sit inside the quotation marks.
            if tagged.tokens[i].kind() == Kind::Colon {
                if let Some(cue) = speaker_label(tagged, &range, i) {
                    cues.push(cue);
                }
            }
            i += 1;
            continue;
        }
        if let Some(cue) = cue_at(tagged, &range, i, has_quote, &mut headline) {
            // (A cue found from a later word may start before it; a
            // headline's "Obama To Asians Worried ...:" holds the ones
            // addressed, whose words are no cues.)
            if cue.kind == CueKind::Colon && cue.first < cue.last {
                cues.retain(|c| c.last < cue.first);
            }
            i = (cue.last + 1).max(i + 1);
            cues.push(cue);
        } else {
            i += 1;
        }
    }
}

/// The first token from `i` on (`end` if none) that may make a cue. Most
/// tokens make none: they are passed over here, in a loop over the tags
/// alone.
fn next_candidate(tagged: &Tagged, i: usize, end: usize) -> usize {
    let tokens = tagged.tokens.get(i..end).unwrap_or_default();
    let quoted = tagged.quoted.get(i..end).unwrap_or_default();
    let starting = tagged.lists_starting().get(i..end).unwrap_or_default();
    // One index over slices cut to one length (no bounds checks), and a
    // first test that passes over the commonest tokens, words that start no
    // cue's entry and commas or full stops, before the kind is matched (a
    // word starting an entry of another list would take that branch at
    // random).
    let n = tokens.len().min(quoted.len()).min(starting.len());
    let (tokens, quoted, starting) = (&tokens[..n], &quoted[..n], &starting[..n]);
    const OTHER_KINDS: u32 =
        1 << Kind::Colon as u32 | 1 << Kind::Dash as u32 | 1 << Kind::Other as u32;
    (0..n)
        .find(|&k| {
            let t = &tokens[k];
            (starting[k].any_of(CUE_LISTS) || (1 << t.kind() as u32) & OTHER_KINDS != 0)
                && may_make_cue(t, quoted[k], starting[k])
        })
        .map_or(end, |p| i + p)
}

/// Nouns of a count or an estimate whose maker may be a source, and of an
/// account given ("by his own admission", "By Sanders's own argument").
static COUNTS: WordSet<32> = word_set![
    "tally",
    "count",
    "estimate",
    "estimates",
    "calculation",
    "calculations",
    "reckoning",
    "projection",
    "projections",
    "account",
    "argument",
    "admission",
];

/// "By the Associated Press's tally, ...", "..., by one estimate", ", based
/// on an Associated Press count,": a count or an estimate at `noun` that
/// ends the clause, after "by" (or "based on") opening the
/// sentence or after a comma; the count's maker is the source ("by far",
/// "by 2030", "by some measures" name none). The cue is "by".
fn by_count(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    if !tagged.in_set(noun, &COUNTS) || !closes_phrase(tagged, range, noun) {
        return None;
    }
    // (Past "The Associated Press'" and its apostrophe.)
    // (", based on an Associated Press count,": the cue is "based on".)
    let by = (noun.saturating_sub(8).max(range.start)..noun)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() || tagged.tokens[k].kind() == Kind::Quote)
        .find(|&k| {
            tagged.is(k, "by") || tagged.is(k, "on") && k > range.start && tagged.is(k - 1, "based")
        })?;
    let based = tagged.is(by, "on");
    // (After "based on", only a count with a maker named: not "based on
    // the current delegates count".)
    if based && !(by + 1..noun).any(|k| tagged.tokens[k].capitalized()) {
        return None;
    }
    let first = if based { by - 1 } else { by };
    let opens =
        first == range.start || matches!(tagged.tokens[first - 1].kind(), Kind::Comma | Kind::Dash);
    // ("By my count": the writer's own.)
    let own = tagged.is_any(by + 1, words!["my", "our"]);
    (opens && by + 1 < noun && !own).then_some(Cue {
        kind: CueKind::According,
        first,
        last: by,
        passive: false,
    })
}

/// Whether the phrase ending at `noun` ends there: a comma, a full stop, a
/// dash or the sentence's end follows (never a word of the next sentence).
fn closes_phrase(tagged: &Tagged, range: &Range<usize>, noun: usize) -> bool {
    noun + 1 >= range.end
        || matches!(
            tagged.tokens[noun + 1].kind(),
            Kind::Comma | Kind::Period | Kind::Break | Kind::Dash
        )
}

/// Nouns of a view held.
static VIEWS: WordSet<16> = word_set!["view", "opinion", "estimation"];

/// "In Professor Knittel's view, ...", ", in his opinion,", "in the view
/// of many economists": a view at `view` after "in", which opens the
/// sentence or follows a comma; the view's holder is the source. The cue
/// is "in" ("in the view of" when the holder follows).
fn in_the_view_of(tagged: &Tagged, range: &Range<usize>, view: usize) -> Option<Cue> {
    if !tagged.in_set(view, &VIEWS) {
        return None;
    }
    let i = (view.saturating_sub(5).max(range.start)..view)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() || tagged.tokens[k].kind() == Kind::Quote)
        .find(|&k| tagged.is(k, "in"))?;
    if i > range.start && tagged.tokens[i - 1].kind() != Kind::Comma || i + 2 > view {
        return None;
    }
    // ("in his view," with the holder before the noun; "in the view of
    // economists" with the holder after "of".)
    let owned = view == i + 2 && tagged.is_any(i + 1, words!["his", "her", "their", "its"])
        || crate::resolve::possessive(tagged, view - 1);
    let of_holder = tagged.is(i + 1, "the")
        && view == i + 2
        && view + 1 < range.end
        && tagged.is(view + 1, "of");
    let closes = closes_phrase(tagged, range, view);
    ((owned && closes) || of_holder).then_some(Cue {
        kind: CueKind::According,
        first: i,
        last: if of_holder { view + 1 } else { i },
        passive: false,
    })
}

/// "by her own admission": what follows is the owner's, who admits it.
/// The cue is "by".
fn by_own_admission(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    (tagged.is(noun, "admission")
        && noun >= range.start + 3
        && tagged.is(noun - 1, "own")
        && tagged.is_any(noun - 2, words!["his", "her", "their", "its"])
        && tagged.is(noun - 3, "by"))
    .then(|| Cue {
        kind: CueKind::According,
        first: noun - 3,
        last: noun - 3,
        passive: false,
    })
}

/// "on Sunday", "on March": "on" at `k` and a day or a month after it.
fn on_a_day(tagged: &Tagged, k: usize) -> bool {
    tagged.is(k, "on")
        && tagged.tokens.get(k + 1).is_some()
        && crate::source::is_day_or_month(tagged.word(k + 1))
}

/// "To many, he is a provocateur", "But to others, ...", "To Ms. Gil,
/// skateboarding represents ...": "to" opening the sentence, then someone
/// and a comma: what follows is as that one sees it ("To be sure", "To
/// date", "To win, ..." name no one).
fn to_someone(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    const SOME: &[u64] = words!["many", "some", "others", "most", "critics", "supporters"];
    let opens = i == range.start
        || i == range.start + 1 && tagged.is_any(range.start, words!["but", "and", "yet"]);
    if !opens || i >= range.end || !tagged.is(i, "to") || tagged.quoted[i] {
        return None;
    }
    let end = range.end.min(i + 13);
    let comma = (i + 2..end).find(|&k| tagged.tokens[k].kind() == Kind::Comma)?;
    let someone = if comma >= i + 6 {
        described_person(tagged, i + 1, comma)
    } else if comma == i + 2 {
        tagged.is_any(i + 1, SOME)
            || tagged.tokens[i + 1].capitalized()
                && !tagged.in_set(i + 1, &crate::source::NOT_NAME_SET)
                && !tagged.word_in(i + 1, List::Places)
                && !tagged.word_in(i + 1, List::Regions)
    } else {
        // ("To Ms. Gil,", "to many conservatives,": a name, or people.)
        (i + 1..comma)
            .all(|k| tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period)
            || tagged.is_any(i + 1, words!["many", "some", "most", "his", "her", "their"])
                && crate::source::is_plural(tagged, comma - 1)
                && tagged.tokens[comma - 1].lowercase()
            // ("To White House officials,": a body's people.)
            || (i + 1..comma - 1).all(|k| tagged.tokens[k].capitalized())
                && tagged.word_in(comma - 1, List::GroupNouns)
                && crate::source::is_plural(tagged, comma - 1)
            || described_person(tagged, i + 1, comma)
    };
    // ("To Congress, the president sent a budget": an act toward someone;
    // "To many, he is a provocateur": a judgement, a copula soon after.)
    // ("To Pentagon officials, the contract was awarded in 2010": a
    // passive tells an event, no judgement.)
    // ("was flawed from the start" is a judgement: a participle before
    // "by" or a time or a place.)
    let passive = |k: usize| {
        tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
            && is_past(tagged, k + 1)
            && tagged.is_any(
                k + 2,
                words!["by", "in", "on", "at", "last", "this", "during"],
            )
    };
    let judged = (comma + 1..range.end.min(comma + 16)).any(|k| {
        !passive(k)
            && tagged.is_any(
                k,
                words![
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "seems",
                    "seemed",
                    "represents",
                    "represented",
                    "marks",
                    "marked",
                    "means",
                    "meant",
                    "remains",
                    "looks",
                    "sounds",
                    "feels",
                ],
            )
            || tagged.word(k).contains(['\'', '’'])
                && (crate::source::is_auxiliary(tagged, k)
                    || crate::source::pronoun_at(tagged, k).is_some()
                    || tagged.is_any(k, words!["there's", "that's", "here's"]))
    });
    (someone && judged).then_some(Cue {
        kind: CueKind::According,
        first: i,
        last: i,
        passive: false,
    })
}

/// "Montclair State University political science professor Brigid
/// Harrison" from `first` up to `comma`: a person's trade or title, then a
/// name of two capitalised words.
fn described_person(tagged: &Tagged, first: usize, comma: usize) -> bool {
    comma >= first + 3
        && tagged.tokens[comma - 1].capitalized()
        && tagged.tokens[comma - 2].capitalized()
        && !tagged.word_in(comma - 1, List::Places)
        && (first..comma - 2).any(|k| {
            tagged.tokens[k].lowercase()
                && (tagged.word_in(k, List::PersonNouns) || tagged.word_in(k, List::Titles))
        })
        && (first..comma).all(|k| tagged.tokens[k].is_word())
}

/// "..., BBC Scotland has learned.", "POLITICO has learned
/// that": news an outlet or its reporter found out, which it reports.
/// ("She has learned her lesson", "officials have learned about": no
/// claim, and no outlet.)
fn outlet_has_learned(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    let has = i.checked_sub(1).filter(|&h| h > range.start)?;
    // ("BBC Scotland", "the BBC's correspondent": an outlet's name opening
    // the source.)
    // ("the BBC's political editor Andrew Marr has learned": a reporter's
    // post and name after the outlet.)
    let reporter = (has.saturating_sub(6).max(range.start)..has)
        .any(|k| tagged.lists_starting_at(k).has(List::Outlets))
        || tagged.word_in(has - 1, List::MediaNouns)
        || tagged.is_any(has - 1, words!["correspondent", "reporter"]);
    let ends = tagged.is(i + 1, "that")
        || tagged
            .tokens
            .get(i + 1)
            .is_none_or(|t| i + 1 >= range.end || t.kind() == Kind::Period);
    (tagged.is_any(i, words!["learned", "learnt"])
        && tagged.is_any(has, words!["has", "have"])
        && reporter
        && ends)
        .then_some(Cue::verb_at(i))
}

/// "Trump shares this bleak view", "shared the concerns of": a view
/// held in common is held.
fn shares_a_view(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    #[rustfmt::skip]
    static HELD: WordSet<32> = word_set![
        "view", "views", "belief", "beliefs", "concern", "concerns", "opinion", "assessment",
        "fears", "doubts", "worries", "skepticism", "scepticism", "outlook", "sentiment",
    ];
    if !tagged.is_any(i, words!["shares", "share", "shared", "sharing"])
        || !tagged.tokens[i].lowercase()
    {
        return None;
    }
    // A determiner, then up to two words of kind before the noun.
    let det = i + 1;
    if !tagged.is_any(
        det,
        words!["the", "this", "that", "these", "those", "his", "her", "their"],
    ) {
        return None;
    }
    (det + 1..(det + 4).min(range.end))
        .take_while(|&k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase())
        .any(|k| tagged.in_set(k, &HELD))
        .then_some(Cue::verb_at(i))
}

/// Words that open a clause after "that" ("accepts that it has", "that
/// the fires damaged").
static CLAUSE_OPENERS: WordSet<128> = word_set![
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its",
    "there", "this", "these", "those", "some", "many", "most", "no", "our", "my", "all", "both",
    "each", "every", "any", "such", "one", "not", "if", "in", "at", "for", "while", "when",
];

/// A cue phrase whose last word reads otherwise here: "opened up about a
/// five-point lead" (a lead widened), "accepted that proposal on Monday"
/// ("that" points at a noun: no clause follows), "is backing down".
fn phrase_misread(tagged: &Tagged, range: &Range<usize>, last: usize) -> bool {
    let next = last + 1;
    if next >= range.end {
        return false;
    }
    if tagged.is(last, "about") && tagged.is_any(last - 1, words!["up"]) {
        return tagged.is_any(next, words!["a", "an"])
            && (next + 1..range.end.min(next + 4)).any(|k| {
                tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
                    || tagged.is_any(k, words!["lead", "gap", "advantage", "margin", "edge"])
            });
    }
    // ("Labour is backing down", "who are backing up their endorsements":
    // a retreat or a support given, no stance.)
    if tagged.is(last, "backing") {
        return tagged.is_any(next, noun::BACKING_OFF);
    }
    // ("the message many in his party have been pressing for and voters
    // will warm to": a preposition stranded in a relative clause, whose
    // subject the walk back would read with its object.)
    if tagged.is(last, "for") {
        return tagged.is_any(next, words!["and", "but", "or"])
            || tagged.tokens[next].kind() == Kind::Comma;
    }
    tagged.is(last, "that")
        && tagged.tokens[next].lowercase()
        && !tagged.in_set(next, &CLAUSE_OPENERS)
        && (tagged.tokens.get(next + 1).is_some_and(|t| {
            matches!(t.kind(), Kind::Period | Kind::Comma) || next + 1 >= range.end
        }) || tagged.in_set(next + 1, &crate::source::PREPOSITIONS))
}

/// "quoted sources as saying", "quoted a senior official as telling": "as"
/// and a verb of saying a few words after "quoted" at `i`.
fn quoted_as_saying(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    (i + 2..range.end.min(i + 10)).any(|k| {
        tagged.is(k, "as")
            && tagged.is_any(k + 1, words!["saying", "telling", "stating", "writing"])
    })
}

/// The copula of "as far as X is concerned" ending at `i`, where X is a
/// name or a pronoun ("as far as the figures are concerned" names a topic).
fn as_far_as_concerned(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<usize> {
    let copula = i.checked_sub(1).filter(|&c| c > range.start)?;
    if !tagged.is_any(copula, words!["is", "are", "was", "were"]) {
        return None;
    }
    let opens = (copula.saturating_sub(8).max(range.start)..copula.saturating_sub(3))
        .rev()
        .find(|&k| tagged.is(k, "as") && tagged.is(k + 1, "far") && tagged.is(k + 2, "as"))?;
    let holder = opens + 3..copula;
    let pronoun = holder.len() == 1 && crate::source::pronoun_at(tagged, holder.start).is_some();
    // (A person's: "as far as England were concerned" names a topic.)
    let name = holder.clone().all(|k| {
        (tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period)
            && !tagged.word_in(k, List::Places)
            && !tagged.word_in(k, List::Institutions)
    });
    (pronoun || name).then_some(copula)
}

/// "per CTV News", "per the Office for National Statistics": a name (of
/// capitalised words, with "the", "of", "for" or "and") up to the clause's
/// end follows "per" at `i`.
fn per_names_a_source(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let start = if tagged.is(i + 1, "the") {
        i + 2
    } else {
        i + 1
    };
    let end = (start..range.end.min(start + 8))
        .find(|&k| !tagged.tokens[k].is_word())
        .unwrap_or(range.end.min(start + 8));
    end > start
        && tagged.tokens[start].capitalized()
        && (start..end).all(|k| {
            tagged.tokens[k].capitalized() || tagged.is_any(k, words!["of", "for", "and", "the"])
        })
}

/// Whether a token may make a cue, as [`cue_at`] and [`speaker_label`] look
/// at it first: its kind, whether it is quoted, the lists starting there.
fn may_make_cue(t: &Token, quoted: bool, lists: Lists) -> bool {
    match t.kind() {
        Kind::Colon => true,
        Kind::Dash | Kind::Other => !quoted,
        Kind::Word => !quoted && lists.any_of(CUE_LISTS),
        _ => false,
    }
}

/// A headline in title case ("Graham Says Trump Could Deal"), where a cue
/// verb is capitalised too.
pub(crate) fn is_title_case(tagged: &Tagged, range: &Range<usize>) -> bool {
    let words = tagged.tokens[range.clone()].iter().filter(|t| t.is_word());
    let (mut n, mut caps) = (0, 0);
    for t in words {
        n += 1;
        caps += usize::from(t.capitalized());
    }
    n >= 4 && caps * 10 >= n * 8
}

/// "Laporte accepted his side had not played well", "accepted it was a
/// mistake": a clause accepted without "that" (whose entry the lexicon
/// holds); "accepted the award" takes a thing.
fn accepts_a_clause(tagged: &Tagged, i: usize) -> Option<Cue> {
    let finite = |k: usize| crate::source::is_auxiliary(tagged, k);
    if !tagged.is_any(i, words!["accepted", "accepts"]) || !tagged.tokens[i].lowercase() {
        return None;
    }
    let mut k = i + 1;
    if tagged.is_any(k, words!["he", "she", "they", "it", "we", "i"]) {
        k += 1;
    } else if tagged.is_any(k, words!["his", "her", "their", "its", "the", "this"]) {
        k += 1;
        let nouns = (k..k + 2)
            .take_while(|&j| {
                tagged
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.is_word() && t.lowercase())
            })
            .take_while(|&j| !finite(j))
            .count();
        k += nouns;
    } else {
        return None;
    }
    finite(k).then_some(Cue::verb_at(i))
}

/// "Gatland singled out Rees and Hart for special praise": praise or blame
/// given, a stance (the cue is "singled out"); "was singled out for
/// praise" names no one who gave it.
fn singled_out_for(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    if !tagged.is(i, "singled")
        || !tagged.is(i + 1, "out")
        || i > range.start && tagged.is_any(i - 1, BE)
    {
        return None;
    }
    let end = range.end.min(i + 14);
    let for_at = (i + 2..end).find(|&k| tagged.is(k, "for"))?;
    let judged = (for_at + 1..end.min(for_at + 4)).any(|k| {
        tagged.is_any(
            k,
            words![
                "praise",
                "criticism",
                "blame",
                "condemnation",
                "scorn",
                "acclaim"
            ],
        )
    });
    judged.then_some(Cue {
        kind: CueKind::Verb,
        first: i,
        last: i + 1,
        passive: false,
    })
}

/// "Kennedy attacked Mr Brown for failing to mention the environment": an
/// attack for what one did or failed to do is criticism spoken, not a
/// blow ("troops attacked the town for three days"). The object is a few
/// words, then "for" and a verb in "-ing", a possessive or "not".
fn attacked_for(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    if !tagged.is_any(i, words!["attack", "attacks", "attacked", "attacking"])
        || !tagged.tokens[i].lowercase()
        || i > range.start && tagged.is_any(i - 1, BE)
    {
        return None;
    }
    // ("since the attacks articulating": "attack" and "attacks" are nouns
    // as often, verbs after a name, a pronoun or "to".)
    let verb = tagged.is_any(i, words!["attacked", "attacking"])
        || i > range.start
            && (tagged.tokens[i - 1].capitalized()
                || tagged.is_any(i - 1, words!["he", "she", "they", "we", "i", "to"]));
    if !verb {
        return None;
    }
    let end = range.end.min(i + 9);
    let object = (i + 1..end).take_while(|&k| {
        let t = tagged.tokens[k];
        (t.is_word() || t.kind() == Kind::Period) && !tagged.in_set(k, &crate::source::PREPOSITIONS)
    });
    let k = object.last()? + 1;
    let cause = tagged.is(k, "for")
        && tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
        && (tagged.bytes(k + 1).ends_with(b"ing")
            || tagged.is_any(k + 1, words!["his", "her", "its", "their", "not", "what"]));
    cause.then_some(Cue::verb_at(i))
}

fn cue_at(
    tagged: &Tagged,
    range: &Range<usize>,
    i: usize,
    has_quote: bool,
    headline: &mut Option<bool>,
) -> Option<Cue> {
    let tokens = &tagged.tokens;
    let tok = tokens[i];
    match tok.kind() {
        Kind::Colon => return speaker_label(tagged, range, i),
        Kind::Dash => return signature(tagged, range, i),
        // ("-President Obama, tweeting": a hyphen opening its line signs
        // too.)
        Kind::Other
            if tagged.word(i) == "-" && (spaced(tagged, i) || line_opening_hyphen(tagged, i)) =>
        {
            return signature(tagged, range, i)
        }
        Kind::Word => {}
        _ => return None,
    }
    // "As far as Robinson is concerned, its findings must not be ignored":
    // the view of the one between "as far as" and the copula.
    if tagged.is(i, "concerned") {
        return as_far_as_concerned(tagged, range, i).map(|copula| Cue {
            kind: CueKind::Verb,
            first: copula,
            last: i,
            passive: false,
        });
    }
    // ("'It is a big step,' comments Biesbroek": a quotation's tag; "his
    // comments" are a noun, an entry of the phrases.)
    if tagged.is(i, "comments")
        && i > range.start
        && tagged.tokens[i - 1].kind() == Kind::Quote
        && tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
    {
        return Some(Cue::verb_at(i));
    }
    // Most words start no cue: one test of the lists starting there says so.
    if !tagged.lists_starting_at(i).any_of(CUE_LISTS) {
        return None;
    }
    // "Reuters reports a union source as saying": an unnamed one quoted is
    // the source, as after "quoted" (a named one, "reported BaFin as
    // saying", leaves the outlet's report).
    if tagged.is_any(i, words!["reports", "reported", "cites", "cited"])
        && tokens[i].lowercase()
        && !tagged.quoted[i]
        && quoted_as_saying(tagged, range, i)
        && (i + 1..range.end.min(i + 8)).any(|k| {
            tagged.lists_starting_at(k).has(List::Anonymity)
                || tagged.word_in(k, List::GroupNouns) && crate::source::is_plural(tagged, k)
        })
    {
        return Some(Cue {
            kind: CueKind::Citing,
            first: i,
            last: i,
            passive: false,
        });
    }
    // A one-word entry of the phrases, other than these, is a word that
    // makes a cue only in a context tested here ("tally", "poll", "view",
    // "sees"), most often from a rarer word after the one that opens it.
    let phrase = tagged.entry_at(i, List::CuePhrases);
    let trigger = phrase == Some(i)
        && !tagged.is_any(i, words!["per", "cites", "citing", "quoting", "quoted"]);
    if trigger {
        if let Some(cue) = by_count(tagged, range, i)
            .or_else(|| in_the_view_of(tagged, range, i))
            .or_else(|| by_own_admission(tagged, range, i))
            .or_else(|| verdict_of(tagged, range, i))
            .or_else(|| said_or_held_by(tagged, range, i))
            .or_else(|| met_from(tagged, range, i))
            .or_else(|| owned_stance(tagged, range, i))
            .or_else(|| owned_claim(tagged, range, i))
            .or_else(|| poll_standing(tagged, range, i))
            .or_else(|| puts_a_figure(tagged, range, i))
            .or_else(|| in_a_poll(tagged, range, i))
            .or_else(|| outlet_has_learned(tagged, range, i))
            .or_else(|| shares_a_view(tagged, range, i))
            .or_else(|| tips_to_win(tagged, range, i))
            .or_else(|| accepts_a_clause(tagged, i))
            .or_else(|| attacked_for(tagged, range, i))
            .or_else(|| singled_out_for(tagged, range, i))
        {
            return Some(cue);
        }
        // ("identified that" is a verb's entry of its own.)
        let identified_that =
            tagged.is_any(i, words!["identified", "identifies"]) && !frames_as(tagged, range, i);
        // ("cast doubt on" is a verb's entry of its own too.)
        let cast_doubt = tagged.entry_at(i, List::CueVerbs).is_some_and(|l| l > i);
        // ("Analysts have seen SSL as a target": a perfect's participle;
        // "is seen as" names no one who sees.)
        // ("is seen by many experts as": its agent does.)
        let seen_passive = tagged.is(i, "seen")
            && !(i > range.start && tagged.is_any(i - 1, words!["has", "have", "had"]))
            && !tagged.is(i + 1, "by");
        if tagged.is_any(i, AS_ONLY) && !identified_that && !cast_doubt && !seen_passive {
            // ("a game regarded by many as the greatest": the agent speaks.)
            let judged = frames_as(tagged, range, i) || sees_a_prospect(tagged, range, i);
            return (tagged.tokens[i].lowercase() && judged).then_some(Cue {
                kind: CueKind::Verb,
                first: i,
                last: i,
                passive: tagged.is(i + 1, "by"),
            });
        }
    }
    // ("estimates" is a cue verb's entry too.)
    if let Some(last) = phrase.filter(|_| !trigger) {
        // "the website cites many claims": a verb whose subject is the
        // source, unless what it cites are people ("which cites people
        // familiar with the case").
        let finite = tagged.is(i, "cites")
            && !(i + 1..(i + 4).min(range.end)).any(|k| {
                tagged.is_any(
                    k,
                    words![
                        "sources",
                        "source",
                        "people",
                        "person",
                        "officials",
                        "unnamed",
                        "anonymous",
                        "unidentified",
                        "aides",
                        "familiar",
                        "insiders",
                    ],
                )
            });
        // "Reuters quoted sources as saying": the people quoted are the
        // source, as after "citing"; "quoted" alone is no cue.
        if tagged.is(i, "quoted") && !quoted_as_saying(tagged, range, i) {
            return None;
        }
        // ", per CTV News": "per" names a source only after a comma and
        // before a name ("per cent", "$5 per person", "per the Ortiz plan"
        // name none).
        let per = tagged.is(i, "per");
        let per_source = per
            && i > range.start
            && tokens[i - 1].kind() == Kind::Comma
            && per_names_a_source(tagged, range, i);
        if !tagged.quoted[last] && !finite && (!per || per_source) {
            let kind = if tagged.is(i, "according") || per {
                CueKind::According
            } else {
                CueKind::Citing
            };
            return Some(Cue {
                kind,
                first: i,
                last,
                passive: false,
            });
        }
    }
    let last = tagged.entry_at(i, List::CueVerbs).or_else(|| {
        let weak = tagged.entry_at(i, List::WeakCueVerbs)?;
        // ("'Step out,' an officer ordered.": an order given is words only
        // as a quotation's tag, ending its clause or before its speaker;
        // "ordered a review" is a deed.)
        if tagged.is(i, "ordered") {
            let ends_clause = tagged.tokens.get(i + 1).is_none_or(|t| {
                matches!(
                    t.kind(),
                    Kind::Period | Kind::Comma | Kind::Colon | Kind::Quote
                )
            });
            let before_speaker = i > range.start
                && tagged.tokens[i - 1].kind() == Kind::Quote
                && tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized());
            return (has_quote && (ends_clause || before_speaker)).then_some(weak);
        }
        if tagged.is_any(i, GESTURES) {
            return (has_quote && gesture_tag(tagged, range, i)).then_some(weak);
        }
        // ("Some staffers have described how he ...": an account given.)
        let told_how = tagged.is_any(i, words!["described", "describes", "describing"])
            && tagged.is_any(i + 1, words!["how", "why"]);
        (has_quote
            || told_how
            || reminds_that(tagged, i)
            || names_it(tagged, range, i)
            || frames_as(tagged, range, i)
            || said_in_a_text(tagged, range, i)
            || reads_as_a_tag(tagged, range, i))
        .then_some(weak)
    })?;
    // ("a report by Politico that": a noun of the verbs' entries, with its
    // maker.)
    if tagged.is(i + 1, "by") && tagged.is_any(i, words!["report", "reports"]) {
        if let Some(cue) = said_or_held_by(tagged, range, i) {
            return Some(cue);
        }
    }
    if last >= range.end
        || !(tok.lowercase()
            || i > range.start && *headline.get_or_insert_with(|| is_title_case(tagged, range))
            || fronted_tag(tagged, range, i).is_some()
            // ("Insisting it wasn't rehearsed, Trump said": a participle
            // of saying opening the sentence; "Adding to its woes", "Showing
            // strength" are none.)
            || i == range.start && tagged.is_any(i, OPENING_PARTICIPLES))
        || is_noun_use(tagged, range, i)
        || phrase_misread(tagged, range, last)
    {
        return None;
    }
    // "was first reported by", "is widely believed by": adverbs may stand
    // between the copula and the participle.
    let mut before = i;
    while before > range.start + 1
        && tagged.tokens[before - 1].lowercase()
        && (tagged.is_any(
            before - 1,
            words![
                "first",
                "also",
                "later",
                "initially",
                "originally",
                "often",
                "sometimes",
                "still",
                "not",
                "never",
                "seldom",
                "already",
                "ever"
            ],
        ) || tagged.is_ly_adverb(before - 1))
        && before + 2 > i
    {
        before -= 1;
    }
    // ("It's often referred to as": the copula in the pronoun's token.)
    // ("Tim Allen Just Got Asked About": "get" makes a passive too.)
    let passive = before > range.start
        && (tagged.is_any(before - 1, BE)
            || copula_contraction(tagged, before - 1)
            // ("isn't expected to attend": a negated copula.)
            || tagged.is_any(
                before - 1,
                words!["isn't", "wasn't", "aren't", "weren't"],
            )
            // ("is bleak and seldom told": a participle after an adverb,
            // joined to an adjective after the copula; not "was widespread
            // and recommended users".)
            || before < i
                && tagged.is(before - 1, "and")
                && before >= range.start + 3
                && tagged.tokens[before - 2].lowercase()
                && tagged.is_any(before - 3, BE)
            || tagged.is_any(
                before - 1,
                words!["got", "get", "gets", "getting", "gotten"],
            ) && tagged.bytes(i).ends_with(b"ed"))
        && !tagged.bytes(i).ends_with(b"ing");
    if passive
        && (passive_by(tagged, range, i, last).is_none() || person_denied(tagged, range, i, before))
    {
        return None;
    }
    // "The memo disclosed by WikiLeaks on Wednesday": a participle after a
    // noun, with its agent, is a passive too.
    // ("As reported by Western Journalism, ...": after "as" too.)
    let after_as = i > range.start && tagged.is(i - 1, "as");
    // ("a move branded a \"humiliating retreat\" by the Tories": the agent
    // after the name a verb of naming gives.)
    let named_by = || {
        last == i
            && tagged.is_any(i, NAMING)
            && !tagged.is(last + 1, "by")
            // (After a noun, not "what she called", "initially hailed
            // these as": an active verb's subject or adverb.)
            && tagged.tokens[i - 1].lowercase()
            && crate::source::pronoun_at(tagged, i - 1).is_none()
            && !tagged.is_any(i - 1, words!["who", "which", "that", "what"])
            && (tagged.is_any(i + 1, words!["as", "a", "an", "the"])
                || tagged.quoted.get(i + 2).is_some_and(|q| *q))
            && passive_by(tagged, range, i, last).is_some()
    };
    // ("Solutions suggested by conservationists include": a plural
    // opening the sentence, the participle's noun.)
    let opening_plural = || {
        i == range.start + 1
            && crate::source::is_plural(tagged, range.start)
            && !tagged.word_in_any(range.start, crate::source::GIVEN_NAMES)
            && tagged.lists_starting_at(range.start).is_empty()
    };
    let reduced = !passive
        && i > range.start
        && tagged.bytes(i).ends_with(b"ed")
        && (tagged.is(last + 1, "by") || named_by())
        // (", described by critics as": after a comma or a dash too.)
        // ("Blair and Brown criticised by MPs": after a name in a short
        // headline, which ends in a word.)
        && (tagged.tokens[i - 1].is_word()
            && (!tagged.tokens[i - 1].capitalized()
                || after_as
                || opening_plural()
                || range.len() <= 16 && tagged.tokens[range.end - 1].is_word())
            || matches!(tagged.tokens[i - 1].kind(), Kind::Dash | Kind::Comma)
                && !tagged.quoted[i - 1]
                // ("His book, published by Penguin,": a work made.)
                && !tagged.is_any(
                    i,
                    words!["published", "written", "produced", "directed", "edited", "founded", "owned"],
                )
                // ("responded by abruptly blocking": a means, no agent.)
                && !tagged.is_ly_adverb(last + 2)
                && !tagged.bytes(last + 2).ends_with(b"ing"));
    let passive = passive || reduced;
    Some(Cue {
        kind: CueKind::Verb,
        first: i,
        last,
        passive,
    })
}

/// "they were denied by some desperate defending", "he was refused bail
/// by the judge": a person denied or refused something, a deed done to
/// them ("it was denied by the company" is a claim denied). `before` is
/// the first word after the copula (an adverb or the participle `i`).
fn person_denied(tagged: &Tagged, range: &Range<usize>, i: usize, before: usize) -> bool {
    before >= range.start + 2
        && tagged.is_any(i, words!["denied", "refused"])
        && tagged.is_any(before - 2, words!["he", "she", "they", "we", "i", "you"])
}

/// "a statement reassuring voters that", "reminded investors that": a
/// weak verb of assurance before "that", past an object of up to three
/// words, says what follows ("the scene underlines the fact that" is the
/// writer's).
fn reminds_that(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const ASSURING: &[u64] = words![
        "reassure", "reassures", "reassured", "reassuring", "remind", "reminds", "reminded",
        "reminding",
    ];
    tagged.is_any(i, ASSURING)
        && (i + 1..i + 5)
            .take_while(|&k| tagged.tokens.get(k).is_some_and(|t| t.is_word()))
            .any(|k| tagged.is(k, "that"))
}

/// Gestures among the weak verbs, which tag a quotation only beside it.
#[rustfmt::skip]
pub(crate) const GESTURES: &[u64] = words![
    "beamed", "smiled", "grinned", "laughed", "chuckled", "shrugged", "enthused", "beams",
    "smiles", "grins", "laughs", "chuckles", "shrugs", "enthuses",
];

/// "“Great!” beamed Hartley", "“Great,” Hartley smiled.": a gesture at `i`
/// right after the closing mark before a name, or ending the sentence
/// after a name of up to three words that follows the mark; the quotation
/// opens the sentence ("When the crowd chanted “Lock her up,” Trump
/// smiled" tags no one's words).
fn gesture_tag(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    if t[range.start].kind() != Kind::Quote {
        return false;
    }
    let after_mark = |k: usize| k > range.start && t[k - 1].kind() == Kind::Quote;
    // ("“...,” smiles one broker": an unnamed speaker too.)
    let inverted = after_mark(i)
        && (t.get(i + 1).is_some_and(|n| n.capitalized())
            || tagged.is_any(i + 1, words!["one", "a", "an", "another", "the"]));
    let ends = t
        .get(i + 1)
        .is_none_or(|n| i + 1 >= range.end || n.kind() == Kind::Period);
    let named = (1..=3).any(|n| {
        i > range.start + n
            && after_mark(i - n)
            && (i - n..i).all(|k| t[k].capitalized() || tagged.is_any(k, words!["he", "she"]))
    });
    inverted || ends && named
}

/// "Stated Stone:", "Added Trump, “…": a past verb of saying opening the
/// sentence at `i`, then the speaker's name (up to four capitalised words)
/// and a colon, or a comma before a quotation: the order some outlets give
/// a tag. The last token of the name.
pub(crate) fn fronted_tag(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<usize> {
    let t = &tagged.tokens;
    if i != range.start || !t[i].capitalized() {
        return None;
    }
    let past = is_past(tagged, i);
    if !past || !(tagged.word_in(i, List::CueVerbs) || tagged.word_in(i, List::WeakCueVerbs)) {
        return None;
    }
    // ("Mr." is a word and its full stop; "Said Wales assistant coach
    // Scott Johnson:", a description's lowercase words of office.)
    let office_word = |k: usize| {
        t[k].lowercase()
            && (tagged.word_in(k, List::Titles)
                || tagged.word_in(k, List::PersonNouns)
                || tagged.is_any(k, words!["assistant", "head", "former", "deputy", "chief"]))
    };
    let end = (i + 1..range.end.min(i + 9)).find(|&k| {
        !(t[k].capitalized()
            || office_word(k)
            || t[k].kind() == Kind::Period
                && tagged.is_any(k - 1, crate::token::TITLE_ABBREVIATIONS))
    })?;
    // ("Said Dorothy Poynter, who grew up with him, “We were ...": an
    // aside between commas before the quotation.)
    let quote_after_aside = || {
        tagged.is_any(end + 1, words!["who", "a", "an", "the"])
            && (end + 2..range.end.min(end + 24))
                .take_while(|&k| !tagged.quoted[k])
                .find(|&k| t[k].kind() == Kind::Comma)
                .is_some_and(|c| tagged.quoted.get(c + 1).is_some_and(|q| *q))
    };
    let closes = match t[end].kind() {
        Kind::Colon => true,
        Kind::Comma => tagged.quoted.get(end + 1).is_some_and(|q| *q) || quote_after_aside(),
        _ => false,
    };
    // (The name's last word capitalised: not "Said a spokesman:".)
    (end > i + 1 && end - i <= 7 && t[end - 1].capitalized() && closes && !tagged.quoted[end])
        .then_some(end - 1)
}

/// The "by" before a passive verb's agent: right after the verb ending at
/// `last`, or after what a verb of naming at `i` names ("was called the
/// \"fifth child\" by its director", "described as 'a genius' by critics"),
/// within the clause.
pub(crate) fn passive_by(
    tagged: &Tagged,
    range: &Range<usize>,
    i: usize,
    last: usize,
) -> Option<usize> {
    if tagged.is(last + 1, "by") {
        return Some(last + 1);
    }
    if last == i && tagged.is(last + 1, "for") && tagged.is_any(i, JUDGED) {
        return judged_for_by(tagged, range, last);
    }
    if last != i || !tagged.is_any(i, NAMING) {
        return None;
    }
    // (Up to sixteen words: "described as \"pretty damn average\" and
    // \"strange and eerie\" by scouts".)
    let by = (last + 2..(last + 16).min(range.end))
        .take_while(|&k| tagged.quoted[k] || tagged.tokens[k].is_word())
        .find(|&k| !tagged.quoted[k] && tagged.is(k, "by"))?;
    // ("The song is called Gonna Have a No 1 by Moped": without quotation
    // marks, a name given may be a work's title and "by" its maker.)
    let quoted_name = (last + 1..by).any(|k| tagged.quoted[k]);
    (quoted_name || !tagged.is_any(i, words!["called", "termed", "nicknamed", "dubbed"]))
        .then_some(by)
}

/// Verbs of naming, whose agent comes after the name given ("was called
/// the \"fifth child\" by its director").
const NAMING: &[u64] = words![
    "called",
    "dubbed",
    "branded",
    "labelled",
    "labeled",
    "described",
    "hailed",
    "termed",
    "nicknamed",
    "characterized",
    "characterised",
    "portrayed",
    // ("was dismissed as \"ridiculous\" by Justice Souter".)
    "dismissed",
];

/// Verbs of judging whose agent may come after what the judged is judged
/// for ([`judged_for_by`]).
#[rustfmt::skip]
const JUDGED: &[u64] = words![
    "criticised", "criticized", "praised", "condemned", "attacked", "blamed", "slammed",
    "hailed", "applauded", "censured",
];

/// "has been criticised for \"incessant sleaze\" by campaigners": the "by"
/// of the agent after the "for" phrase at `last + 1`, within the clause;
/// not "by" of a means or an amount ("for cutting costs by 10%", "by
/// closing plants"), nor of a passive inside the phrase.
fn judged_for_by(tagged: &Tagged, range: &Range<usize>, last: usize) -> Option<usize> {
    let by = (last + 2..(last + 12).min(range.end))
        .take_while(|&k| tagged.quoted[k] || tagged.tokens[k].is_word())
        .find(|&k| !tagged.quoted[k] && tagged.is(k, "by"))?;
    // (Not the agent of a passive inside the phrase: "criticised for being
    // thrown into defensive mode by Mr Howard".)
    let inner_passive = (last + 2..by).any(|k| {
        tagged.is_any(k, words!["being", "been", "having"])
            || tagged.tokens[k].lowercase() && tagged.bytes(k).ends_with(b"ed")
    });
    let next = tagged.tokens.get(by + 1)?;
    let means = inner_passive
        || !next.is_word()
        || crate::token::is_numeral(tagged.bytes(by + 1))
        || next.lowercase() && tagged.bytes(by + 1).ends_with(b"ing");
    (!means).then_some(by)
}

/// "it's", "that's": a pronoun of things with the copula in its token
/// ("he's said", "who's said" mostly hold "has").
fn copula_contraction(tagged: &Tagged, k: usize) -> bool {
    tagged.is_any(k, words!["it's", "that's", "what's"])
}

/// "called Oz a quack", "branded him a traitor": naming someone something
/// is a claim even without quotation marks; "called him a day later" is not.
fn names_it(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const NAMING: &[u64] = words![
        "call",
        "calls",
        "called",
        "calling",
        "dub",
        "dubs",
        "dubbed",
        "dubbing",
        "brand",
        "brands",
        "branded",
        "branding",
        "label",
        "labels",
        "labeled",
        "labelled",
        "labeling",
        "labelling",
    ];
    const NOT_A_NAME: &[u64] = words![
        "day", "week", "month", "year", "few", "couple", "second", "third", "number", "lot", "bit",
        "while", "minute", "little", "total",
    ];
    if !tagged.is_any(i, NAMING) {
        return false;
    }
    // ("what some call Trump's line of attack", "what critics called a
    // smear": the thing named is the free relative.)
    // (Not a question's "what": "It is unclear what officials call it".)
    if i >= range.start + 2
        && tagged.is(i - 2, "what")
        && !(i >= range.start + 3
            && tagged.is_any(
                i - 3,
                words!["unclear", "asked", "know", "knows", "wonder", "ask", "about"],
            ))
        && (tagged.is_any(i - 1, crate::source::SOME_PEOPLE)
            || tagged.word_in(i - 1, List::GroupNouns)
            || tagged.word_in(i - 1, List::Anonymity))
    {
        return true;
    }
    // ("a bill that critics called anti-gay", "the deal, which critics have
    // called a giveaway": the thing named is the relative pronoun's.)
    let have = i > range.start && tagged.is_any(i - 1, words!["have", "has", "had"]);
    let holder = i.saturating_sub(1 + usize::from(have));
    if holder > range.start
        && tagged.is_any(holder - 1, words!["which", "that"])
        && (tagged.is_any(holder, crate::source::SOME_PEOPLE)
            || tagged.word_in(holder, List::GroupNouns) && crate::source::is_plural(tagged, holder))
        && tagged.tokens.get(i + 1).is_some_and(|t| t.is_word())
        && !tagged.is_any(
            i + 1,
            words!["for", "on", "off", "up", "in", "out", "back", "him", "her", "it", "them"],
        )
    {
        return true;
    }
    let pronoun = tagged.is_any(i + 1, words!["him", "her", "it", "them", "this", "that"]);
    // ("labeling Obama's actions a disgrace": a name's possessive owns it.)
    let owned = !pronoun
        && (tagged.is_any(i + 1, words!["the", "his", "her", "their", "its"])
            || tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
                && crate::resolve::possessive(tagged, i + 1))
        && tagged.tokens.get(i + 2).is_some_and(|t| t.lowercase());
    let mut after = i + 1;
    if pronoun {
        after += 1;
    } else if owned {
        // ("called the (election-night) remarks sexist": a thing owned or
        // known, then a judgement that ends the clause, alone.)
        after = i + 3;
        while after < i + 5 && tagged.tokens.get(after + 1).is_some_and(|t| t.lowercase()) {
            after += 1;
        }
    } else {
        while after < range.end && after < i + 4 && tagged.tokens[after].capitalized() {
            after += 1;
        }
    }
    // ("calls Clinton unqualified", "called him dangerous": a judgement in
    // one word that ends the clause.)
    let judged = after < range.end
        && tagged.tokens[after].lowercase()
        && tagged
            .tokens
            .get(after + 1)
            .is_none_or(|t| !t.is_word() || after + 1 >= range.end)
        && (tagged.bytes(after).starts_with(b"un")
            || tagged.bytes(after).ends_with(b"ous")
            || tagged.bytes(after).ends_with(b"ible")
            || tagged.bytes(after).ends_with(b"able")
            || tagged.bytes(after).ends_with(b"ist")
            || tagged.bytes(after).ends_with(b"ful")
            || tagged.is_any(
                after,
                words![
                    "unfit",
                    "corrupt",
                    "crazy",
                    "weak",
                    "racist",
                    "liar",
                    "wrong",
                    "false",
                    "absurd",
                    "offensive",
                    "divisive",
                    "abusive",
                    "deceptive",
                    "destructive"
                ],
            ));
    let named_as = |k: usize| {
        k + 1 < range.end && tagged.tokens[k + 1].is_word() && !tagged.is_any(k + 1, NOT_A_NAME)
    };
    // ("called the remarks a disgrace", "labeling Obama's actions \"a
    // disgrace\"": a thing owned, then what it is called, after "a".)
    let owned_named = owned
        && (i + 3..range.end.min(i + 6))
            .take_while(|&k| matches!(tagged.tokens[k].kind(), Kind::Word | Kind::Quote))
            .any(|k| tagged.is_any(k, words!["a", "an"]) && named_as(k));
    after > i + 1
        && (judged
            || owned_named
            || !owned && tagged.is_any(after, words!["a", "an", "the"]) && named_as(after))
}

/// "have all attacked the program as a violation of", "praised him as a
/// hero": a weak cue verb at `i` whose object is judged after "as" (not
/// "as well as", "as soon as", "as part of").
fn frames_as(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const JUDGING: &[u64] = words![
        "attack", "attacks", "attacked", "blast", "blasts", "blasted", "praise", "praises",
        "praised", "portray", "portrays", "portrayed", "characterize", "characterizes",
        "characterized", "characterise", "characterises", "characterised", "describe",
        "describes", "described", "cast", "casts", "casting", "painted", "paints", "painting",
    ];
    if !tagged.is_any(i, JUDGING) && !tagged.is_any(i, AS_ONLY) {
        return false;
    }
    // "Connolly rates Barkley as no better than": a person rated, by name
    // or pronoun ("cut rates as inflation fell" is the noun).
    if tagged.is_any(i, words!["rates", "rated"])
        && !(tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
            || tagged.is_any(
                i + 1,
                words!["him", "her", "them", "it", "himself", "herself"],
            ))
    {
        return false;
    }
    // (Farther for "identified", which names what it singles out: "identified
    // young voters' exhaustion with bigotry as".)
    let reach = if tagged.is_any(i, words!["identified", "identifies"]) {
        10
    } else {
        7
    };
    let end = range.end.min(i + reach);
    // (Past a plural's possessive mark: "identified voters' fatigue as".)
    let owned = |k: usize| {
        let t = &tagged.tokens;
        t[k].kind() == Kind::Quote && t[k].span().start == t[k - 1].span().end
    };
    (i + 2..end)
        .take_while(|&k| tagged.tokens[k].is_word() || owned(k))
        .find(|&k| tagged.is(k, "as"))
        .is_some_and(|k| {
            // ("as a threat", "as crucial"; not "as well as", "as soon as",
            // "as part of", "as he said".)
            let judged = tagged.is_any(k + 1, words!["a", "an", "the", "being", "too", "one"])
                || tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
                    && k + 1 < range.end
                    && !tagged.in_set(k + 1, &crate::source::PREPOSITIONS)
                    && !tagged.is_any(k + 1, NOT_JUDGED);
            // ("saw him as a boy in Ohio", "as a marine", "bills residents
            // as a group": a time of life or a capacity, no judgement.)
            let capacity =
                tagged.is_any(k + 1, words!["a", "an"]) && tagged.is_any(k + 2, CAPACITIES);
            // ("sees the changes as part of a wider revolution": a view of
            // what a thing belongs to.)
            // ("as simply part of": past an adverb.)
            let part = k + 1 + usize::from(tagged.is_ly_adverb(k + 1));
            let seen_as_part = tagged.is(part, "part")
                && tagged.is_any(
                    i,
                    words!["sees", "see", "saw", "views", "viewed", "regards", "regarded"],
                );
            seen_as_part
                || judged
                    && !capacity
                    && !tagged.is_any(
                        k + 2,
                        words!["well", "soon", "part", "long", "much", "result"],
                    )
        })
}

/// "Mrs. Clinton sees similar benefits", "saw no reason to", "sees a role
/// for": a good or an ill foreseen, a belief (not "saw the film").
fn sees_a_prospect(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const PROSPECTS: &[u64] = words![
        "benefit", "benefits", "risk", "risks", "danger", "dangers", "threat", "threats",
        "opportunity", "opportunities", "need", "reason", "hope", "chance", "chances", "merit",
        "advantage", "advantages", "problem", "problems", "role", "prospect", "prospects",
    ];
    tagged.is_any(i, words!["see", "sees", "saw"])
        && (i + 1..range.end.min(i + 4))
            .take_while(|&k| tagged.tokens[k].lowercase() && !tagged.quoted[k])
            .any(|k| tagged.is_any(k, PROSPECTS))
}

/// Nouns after "as a" of a time of life or a capacity, not a judgement.
#[rustfmt::skip]
const CAPACITIES: &[u64] = words![
    "boy", "girl", "child", "kid", "teenager", "teen", "youngster", "student", "marine",
    "soldier", "group", "whole", "team", "player", "striker", "member", "volunteer", "rule",
    "matter", "young", "baby", "toddler", "pilot", "nurse", "doctor", "reporter",
];

/// Words after "as" that start no judgement.
#[rustfmt::skip]
const NOT_JUDGED: &[u64] = words![
    "well", "soon", "long", "much", "far", "if", "though", "he", "she", "they", "it", "we", "i",
    "you", "part", "such", "usual", "expected", "planned", "promised", "many", "little",
];

/// "Haley should be deported, a headline in the Journal reads.": a text's
/// verb of wording at `i` closing the sentence after a comma tags what came
/// before it.
fn reads_as_a_tag(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["reads", "read", "states"])
        && tagged.tokens[i].lowercase()
        // ("In his spare time, the senator reads.": a text's words only,
        // or "it", a text named before.)
        && ((i.saturating_sub(8).max(range.start)..i).any(|k| tagged.word_in(k, List::Documents))
            || i > range.start && tagged.is(i - 1, "it"))
        && (tagged
            .tokens
            .get(i + 1)
            .is_none_or(|t| i + 1 >= range.end || t.kind() == Kind::Period)
            // (", a headline reads in Thursday's paper.")
            || tagged.is_any(i + 1, words!["in", "on"]))
        && (i.saturating_sub(12).max(range.start)..i)
            .any(|k| tagged.tokens[k].kind() == Kind::Comma)
}

/// "blasted Rubio and defended Cruz in a recent interview", "praised the
/// plan in a statement": a weak cue verb at `i` whose words were said in an
/// interview, a statement, a speech or a post, named later in the sentence.
fn said_in_a_text(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const TEXTS: &[u64] = words![
        "interview",
        "statement",
        "speech",
        "tweet",
        "post",
        "op-ed",
        "letter",
        "email",
        "editorial",
        "column",
        "interviews",
        "statements",
        "speeches",
        "tweets",
        "posts",
    ];
    let end = range.end.min(i + 14);
    (i + 2..end).any(|k| {
        tagged.is_any(k, TEXTS)
            && (k.saturating_sub(3)..k).any(|j| tagged.is(j, "in"))
            && tagged.is_any(
                k - 1,
                words![
                    "a",
                    "an",
                    "his",
                    "her",
                    "their",
                    "recent",
                    "written",
                    "televised",
                    "separate",
                    "radio",
                    "phone",
                    "telephone",
                    "joint"
                ],
            )
    })
}

/// Verbs that attribute only with a judgement after "as" (see
/// [`frames_as`]), entries of the cue phrases so that they are looked at.
#[rustfmt::skip]
const AS_ONLY: &[u64] = words![
    "see", "sees", "saw", "seen", "bill", "bills", "billed", "regard", "regarded", "identified",
    "identifies", "cast", "casts", "casting", "painted", "paints", "painting", "rates", "rated",
];

/// "too many calls", "two claims": a counted noun, not a verb.
pub(crate) fn counted(tagged: &Tagged, i: usize) -> bool {
    // (A verb in "-s" after these would want a singular subject: "some
    // details of", "these claims" are nouns.)
    #[rustfmt::skip]
    const QUANTIFIERS: &[u64] = words![
        "many", "few", "several", "more", "most", "no", "two", "three", "some", "any", "other",
        "such", "these", "those", "both", "all",
    ];
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    // ("45.4 points to 10,360": a decimal counts too.)
    tagged.bytes(i).ends_with(b"s")
        && (tagged.is_any(prev, QUANTIFIERS)
            || (tagged.tokens[prev].is_word()
                && tagged.bytes(prev).first().is_some_and(u8::is_ascii_digit)))
}

/// Past tenses of cue verbs that do not end in "-ed" (a set: asked of most
/// candidate verbs, its fifty words were a linear scan).
pub(crate) static IRREGULAR_PAST: WordSet<256> = word_set![
    "said", "told", "wrote", "thought", "knew", "felt", "saw", "spoke", "found", "heard", "made",
    "gave", "put", "sent", "read", "held", "took", "went", "came", "got", "began", "swore", "cast",
    "led", "kept", "left", "lost", "met", "paid", "ran", "won", "struck", "threw", "brought",
    "bought", "fought", "sought", "built", "stood", "chose", "drew", "drove", "fell", "meant",
    "rose", "sold", "shot", "became", "withdrew", "broke", "hit", "cut", "laid", "tore", "shook",
    "swung", "dug", "hid", "stuck", "spun", "stole", "slid", "quit", "shut", "split", "spread",
];

/// Whether the word at `i` is a past tense or participle ("said",
/// "agreed", "told").
pub(crate) fn is_past(tagged: &Tagged, i: usize) -> bool {
    tagged.bytes(i).ends_with(b"ed") || tagged.in_set(i, &IRREGULAR_PAST)
}

/// Whether the word at `k` is a lowercase participle of saying
/// ("announcing", "adding", "saying").
pub(crate) fn is_saying_participle(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens.get(k).is_some_and(|t| t.lowercase())
        && tagged.bytes(k).ends_with(b"ing")
        && tagged.word_in(k, List::CueVerbs)
}

/// Whether the word has the base form ("plan", not "plans", "planned").
fn base_form(tagged: &Tagged, i: usize) -> bool {
    let w = tagged.bytes(i);
    !(w.ends_with(b"s") || w.ends_with(b"ed") || tagged.in_set(i, &IRREGULAR_PAST))
}

/// Participles of saying that may open a sentence whose main clause's
/// subject says it ("Noting that both battled the media, Schlafly wrote").
const OPENING_PARTICIPLES: &[u64] = words![
    "saying",
    "insisting",
    "declaring",
    "noting",
    "arguing",
    "claiming",
    "warning",
    "stressing",
    "acknowledging",
    "admitting",
    "conceding",
    "asserting",
    "explaining",
    "complaining",
    "denying",
    "predicting",
    "promising",
    "vowing",
    "accusing",
    "blaming",
    "suggesting",
    "recalling",
    "contending",
    "alleging",
    "lamenting",
    "boasting",
];
