//! The attributions a sentence states itself: each cue, the source it
//! names, and what that source is. A sentence with no cue may still ascribe a
//! position to the subject of its main clause.

use crate::cue::{self, Cue, CueKind};
use crate::lexicon::{List, Lists};
use crate::model::{Identity, Mode, Role, Span};
use crate::resolve::{Resolved, Resolver};
use crate::source::{self, Mention, MentionKind};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, WordSet};
use std::ops::Range;

/// An attribution as the stages see it, before it becomes report data.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub mention: Mention,
    pub resolved: Option<Resolved>,
    pub cue: Cue,
    pub identity: Identity,
    pub role: Role,
    pub mode: Mode,
    pub quote: Option<Span>,
}

/// Whether the phrase is headed by a group of people in the plural, its
/// complement aside: "voters", "critics of the measure".
fn plural_group(tagged: &Tagged, first: usize, last: usize) -> bool {
    // The head ends before a preposition or a participle ("protesters
    // marching through the streets").
    let head = (first + 1..=last)
        .find(|&k| {
            tagged.is_any(
                k,
                words!["of", "at", "in", "for", "from", "with", "on", "who"],
            ) || (tagged.tokens[k].lowercase()
                && (tagged.bytes(k).ends_with(b"ing") || tagged.bytes(k).ends_with(b"ed")))
        })
        .map_or(last, |k| k - 1);
    let quantifier = tagged.is_any(head, QUANTIFIERS);
    quantifier || tagged.word_in(head, List::GroupNouns) && source::is_plural(tagged, head)
}

/// Whether the word at `k` names office holders in the plural ("senators",
/// "ministers"), "MPs" among them, whose singular alone the lists hold.
fn plural_office(tagged: &Tagged, k: usize) -> bool {
    tagged.word_in(k, List::Titles) && source::is_plural(tagged, k)
        || tagged.is_any(k, words!["mps", "meps", "msps"])
}

/// Words that head a group of people alone: "many say", "others are".
const QUANTIFIERS: &[u64] = words!["many", "some", "several", "most", "others", "few"];

/// Quantifiers and words of feeling: one look-up for [`may_hold_a_stance`].
static STANCE_WORDS: WordSet<256> =
    WordSet::union(&[FEELING_WORDS, FEELING_ABOUT_WORDS, QUANTIFIERS]);

/// Whether the sentence has a word that a group's stance or a feeling
/// needs: a quantifier, a noun of groups, a word of feeling. Without one, a
/// subject found by any verb would not be kept, and is not looked for.
fn may_hold_a_stance(tagged: &Tagged, range: &Range<usize>) -> bool {
    // The set's filter and the list's bit turn nearly every token away, and
    // so are tested first: a branch on the token's kind would be taken at
    // random.
    range.clone().any(|k| {
        (tagged.in_set(k, &STANCE_WORDS) || tagged.word_in(k, List::GroupNouns))
            && tagged.tokens[k].is_word()
    })
}

/// Whether "is" or "was" at `verb` opens a noun ("is the 18th recipient of
/// the award") and a "which" clause about that noun holds the first quoted
/// word after it (", which is \"presented to ...\""). (A "who" clause is
/// mostly about the subject: "is a politician who believes \"...\"".)
fn describes_a_noun(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    if !tagged.is_any(verb, words!["is", "was"])
        || !tagged.is_any(verb + 1, words!["the", "a", "an"])
    {
        return false;
    }
    let quote = (verb + 1..range.end).find(|&k| tagged.quoted[k]);
    quote.is_some_and(|q| (verb + 2..q).any(|k| tagged.is(k, "which")))
}

/// Words of feeling or stance after a copula: "voters are afraid".
static FEELINGS: WordSet<256> = WordSet::union(&[FEELING_WORDS, FEELING_ABOUT_WORDS]);

/// The words of [`FEELINGS`], with [`FEELING_ABOUT_WORDS`].
const FEELING_WORDS: &[u64] = words![
    "afraid",
    "optimistic",
    "pessimistic",
    "angry",
    "upset",
    "furious",
    "unhappy",
    "happy",
    "divided",
    "split",
    "frustrated",
    "convinced",
    "sure",
    "unsure",
    "uncertain",
    "determined",
    "fearful",
    "nervous",
    "anxious",
    "outraged",
    "coy",
    "complimentary",
    "unconvinced",
    "unpersuaded",
    "unsettled",
    "alarmed",
    "disappointed",
    "dismayed",
    "pleased",
    "relieved",
    "troubled",
    "disturbed",
    "shocked",
    "appalled",
    "thrilled",
    "enthusiastic",
    "dissatisfied",
    "satisfied",
    "embarrassed",
    "annoyed",
    "incensed",
    "livid",
    "stunned",
    "horrified",
    "heartened",
    "encouraged",
    "thankful",
    "adamant",
    "bullish",
    "bearish",
    "hesitant",
    "ambivalent",
    "resentful",
    "discouraged",
    "aware",
    "clear",
];

/// Words of a stance on something, named after "to", "of" or "about"
/// ("remains opposed to the deal", "The IMF remains cautious about",
/// "politicians remain upbeat about", "some fans were not fond of"): a
/// position whatever follows.
const FEELING_ABOUT_WORDS: &[u64] = words![
    // ("is confident of winning a medal", "remains concerned about the
    // risks")
    "confident",
    "concerned",
    "worried",
    "eager",
    "desperate",
    "opposed",
    "committed",
    "critical",
    "supportive",
    "dismissive",
    "skeptical",
    "sceptical",
    "suspicious",
    "cautious",
    "wary",
    "appreciative",
    "grateful",
    "doubtful",
    "apprehensive",
    "upbeat",
    "downbeat",
    "fond",
    "keen",
    "gloomy",
    "sanguine",
    "unimpressed",
    "uneasy",
    // ("Investors have been less than impressed with the move".)
    "impressed",
    // ("BMW is hopeful of a much better year", "was positive about my
    // intentions".)
    "hopeful",
    "positive",
    // ("Yukos is bullish about its chances", "remains optimistic of going
    // further".)
    "bullish",
    "optimistic",
    "pessimistic",
    // ("Icann has been reluctant to approve it": a stance on acting.)
    "reluctant",
];

/// The words of [`FEELING_ABOUT_WORDS`].
static FEELINGS_ABOUT: WordSet<128> = WordSet::new(FEELING_ABOUT_WORDS);

/// Subjects that are no source: the writer and reader, and everyone or nobody.
static NOT_SOURCES: WordSet<128> = word_set![
    // ("although history says": a figure of speech, the writer's.)
    "history",
    // ("That's what it's supposed to do": a pronoun of things with its verb.)
    "that's",
    "it's",
    "what's",
    "there's",
    "here's",
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
    // ("Enough said.": an idiom, no one's words.)
    "enough",
];

/// Whether the subject `first..=last` opens with a word of [`NOT_SOURCES`]:
/// "these" and "those" only before no noun of people ("These voters are
/// skeptical" is a group's view; "Those services are available" none).
fn not_a_source(tagged: &Tagged, first: usize, last: usize) -> bool {
    const PEOPLE: Lists = Lists::of(&[List::GroupNouns, List::PersonNouns, List::Titles]);
    tagged.in_set(first, &NOT_SOURCES)
        && !(tagged.is_any(first, words!["these", "those"])
            && (first + 1..=last).any(|k| tagged.word_in_any(k, PEOPLE)))
}

/// "did not respond to requests for comment", "declined to comment": the
/// annotation guide leaves such sentences unattributed.
fn is_no_comment(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    no_comment_at(tagged, range, cue.first)
}

/// [`is_no_comment`] for the verb at `verb`, a cue's or a subject's ("The
/// campaign has not commented").
fn no_comment_at(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    // ("Microsoft did not want to comment": the reply not wished for.)
    let wished = tagged.is_any(
        verb,
        words!["want", "wanted", "wish", "wished", "care", "cared"],
    ) && tagged.is(verb + 1, "to");
    let replying = tagged.is_any(
        verb + 2 * usize::from(wished),
        words![
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
    // Looked for only after a verb of replying, which few cues are.
    // ("... if I don't," commented Jamelia: not in the words quoted.)
    let negated = || {
        (verb.saturating_sub(3).max(range.start)..verb).any(|k| {
            let w = tagged.word(k);
            // ("Neither Rover nor Shanghai Automotive commented".)
            let negation = tagged.is_any(k, words!["not", "never", "declined", "refused", "nor"])
                || w.ends_with("n't")
                || w.ends_with("n’t");
            negation && !tagged.quoted[k]
        })
    };
    replying && negated()
}

/// "A spokesman said he could not comment on the case", "She added she
/// could not say whether": the words said are a refusal.
fn said_no_comment(tagged: &Tagged, verb: usize) -> bool {
    if !tagged.is_any(verb, words!["said", "says", "added", "adds"]) {
        return false;
    }
    let at = verb + 1 + usize::from(tagged.is(verb + 1, "that"));
    // ("said the agency does not comment on": a body's noun after "the".)
    let body = tagged.is(at, "the")
        && tagged.tokens.get(at + 1).is_some_and(|t| t.lowercase())
        && (tagged.word_in(at + 1, List::InstitutionNouns)
            || tagged.word_in(at + 1, List::GroupNouns));
    // ("said Downing Street had no comment to make": a body's own refusal.)
    let had_no_comment = (at..at + 5).any(|k| {
        tagged.is_any(k, words!["had", "has", "have"])
            && tagged.is(k + 1, "no")
            && tagged.is(k + 2, "comment")
    });
    if had_no_comment {
        return true;
    }
    let modal = at + 1 + usize::from(body);
    let not = usize::from(tagged.is(modal + 1, "not"));
    (body || tagged.is_any(at, words!["he", "she", "it", "they", "we", "i"]))
        && (not == 1
            && tagged.is_any(
                modal,
                words!["could", "would", "can", "will", "cannot", "does", "do", "did"],
            )
            || tagged.is_any(
                modal,
                words!["couldn't", "wouldn't", "can't", "won't", "cannot", "doesn't", "don't", "didn't"],
            ))
        && (tagged.is(modal + 1 + not, "comment")
            || tagged.is_any(modal + 1 + not, words!["say", "confirm"])
                && tagged.is_any(
                    modal + 2 + not,
                    words!["whether", "if", "how", "when", "why", "who"],
                ))
        // (Only a short phrase of what is not commented on, "on the case",
        // ends the sentence: "because he has not seen it", "and that
        // officers acted properly", "which he said were delicate" are
        // claims.)
        && says_no_more(tagged, modal + 2 + not)
}

/// Whether the words from `k` to the sentence's end, within forty, are
/// only the topic of a refusal ("on the activities of the agencies", "on
/// matters that are under investigation"), with no reason ("because he has
/// not seen it"), no claim joined on ("and that officers acted properly",
/// "only that it was ongoing") and no words said ("which he said were
/// delicate").
fn says_no_more(tagged: &Tagged, k: usize) -> bool {
    const REASONS: &[u64] = words!["because", "but", "since", "although", "though", "while"];
    const SAID: &[u64] = words!["said", "says", "saying", "told", "added", "adding"];
    let end = (k..k + 40).find(|&e| {
        tagged
            .tokens
            .get(e)
            .is_none_or(|t| t.kind() == Kind::Period)
    });
    end.is_some_and(|end| {
        (k..end).all(|e| {
            let joined_claim =
                tagged.is(e, "that") && e > k && tagged.is_any(e - 1, words!["and", "only"]);
            !tagged.is_any(e, REASONS) && !tagged.is_any(e, SAID) && !joined_claim
        })
    })
}

/// The present participle right after an auxiliary at `verb` ("is
/// recalling"), if one follows.
fn progressive_after(tagged: &Tagged, range: &Range<usize>, verb: usize) -> Option<usize> {
    let next = verb + 1;
    (source::is_auxiliary(tagged, verb)
        && next < range.end
        && tagged.tokens[next].lowercase()
        && !tagged.quoted[next]
        && tagged.bytes(next).ends_with(b"ing")
        && !tagged.in_set(next, &FEELINGS))
    .then_some(next)
}

/// The verb an auxiliary at `verb` goes with ("have attacked", "has
/// long argued"), or the auxiliary itself when none follows soon.
fn main_verb_after(tagged: &Tagged, range: &Range<usize>, verb: usize) -> usize {
    if !source::is_auxiliary(tagged, verb) {
        return verb;
    }
    (verb + 1..(verb + 4).min(range.end))
        .take_while(|&k| tagged.tokens[k].lowercase() && !tagged.quoted[k])
        .find(|&k| {
            let w = tagged.bytes(k);
            !source::is_auxiliary(tagged, k)
                && (w.ends_with(b"ed")
                    || w.ends_with(b"en")
                    || tagged.in_set(k, &cue::IRREGULAR_PAST)
                    || tagged.word_in(k, List::CueVerbs))
        })
        .unwrap_or(verb)
}

/// The identity and role an attribution is labelled by: pronouns and role
/// nouns take those of the source they stand for; names are labelled by
/// their own words, and a person's own document ("Band's memo") as the
/// person named so ("Band said") would be.
fn labelled_as(mention: &Mention, resolved: Option<Resolved>) -> (Identity, Role) {
    match (mention.kind, resolved) {
        (MentionKind::Pronoun(_) | MentionKind::RoleNoun | MentionKind::Other, Some(r)) => {
            (r.identity, r.role)
        }
        (MentionKind::Name, Some(r))
            if mention.role == Role::Document && r.role == Role::Person =>
        {
            (mention.identity, Role::Person)
        }
        _ => (mention.identity, mention.role),
    }
}

/// "For the Liberal Democrats, Sir Menzies Campbell said": a name right
/// after an opening "For" and a body's name speaks for that body.
fn speaks_for_a_body(tagged: &Tagged, range: &Range<usize>, m: &Mention) -> bool {
    if m.kind != MentionKind::Name || !tagged.is(range.start, "for") {
        return false;
    }
    let from = range.start + 1 + usize::from(tagged.is(range.start + 1, "the"));
    let Some(comma) = (from..range.end.min(from + 5))
        .find(|&k| !tagged.tokens[k].is_word() || !tagged.tokens[k].capitalized())
        .filter(|&k| k > from && tagged.tokens[k].kind() == Kind::Comma)
    else {
        return false;
    };
    m.first == comma + 1
        && (from..comma).any(|k| {
            tagged.lists_starting_at(k).has(List::Institutions)
                && tagged.entry_at(k, List::Institutions) == Some(comma - 1)
        })
}

/// "According to a new book, Brown's Britain, ...": a document given its
/// title right after it, in capitals between commas, is one the reader
/// can look up.
fn titled_document(tagged: &Tagged, range: &Range<usize>, m: &Mention) -> bool {
    let comma = m.last + 1;
    m.role == Role::Document
        && m.identity == Identity::Anonymous
        && tagged.is_any(m.first, words!["a", "an"])
        && comma + 1 < range.end
        && tagged.tokens[comma].kind() == Kind::Comma
        && tagged.tokens[comma + 1].capitalized()
        && !tagged.quoted[comma + 1]
        // (A title, not the subject of the main clause: "a report, Smith
        // said" names no report.)
        && tagged.tokens.get(comma + 2).is_some_and(|t| t.capitalized() || t.kind() == Kind::Comma)
}

/// "The two firms say", "both companies denied", "both newspapers said":
/// firms or outlets counted are the ones the article has named, bodies
/// speaking as such; the role they speak in.
fn counted_bodies(tagged: &Tagged, m: &Mention) -> Option<Role> {
    #[rustfmt::skip]
    const FIRMS: &[u64] = words![
        "firms", "companies", "banks", "carmakers", "airlines", "groups", "retailers", "operators",
        "clubs", "insurers", "lenders", "partners",
    ];
    const OUTLETS: &[u64] = words!["newspapers", "papers", "broadcasters", "networks"];
    // (Not "Two firms said": unnamed ones.)
    let the = tagged.is(m.first, "the");
    let first = m.first + usize::from(the);
    let counted = m.last == first + 1
        && (the && tagged.is_any(first, words!["two", "three", "four"])
            || tagged.is(first, "both"));
    if !counted {
        None
    } else if tagged.is_any(m.last, FIRMS) {
        Some(Role::Official)
    } else if tagged.is_any(m.last, OUTLETS) {
        Some(Role::Media)
    } else {
        None
    }
}

/// Plural nouns of firms of a trade: "the companies" after firms named
/// ([`crate::resolve`]), "Airlines fear that" with none ([`unnamed_trade`]).
#[rustfmt::skip]
pub(crate) const FIRM_PLURALS: &[u64] = words![
    "companies", "firms", "banks", "carmakers", "airlines", "retailers", "insurers", "lenders",
    "carriers", "manufacturers", "supermarkets", "broadcasters", "publishers",
];

/// "Airlines fear that", "Low-cost airlines have criticised": a trade in
/// the plural with no article, capitalised only as the sentence's first
/// word, is firms nobody named, not a name.
fn unnamed_trade(tagged: &Tagged, range: &Range<usize>, m: &Mention) -> bool {
    m.first == range.start
        && m.last <= m.first + 2
        && tagged.is_any(m.last, FIRM_PLURALS)
        && (m.first + 1..=m.last).all(|k| tagged.tokens[k].lowercase())
}

/// "Researchers have found that", "investigators found that": people whose
/// trade is to find things out report a finding, as a study does ("Users
/// found that the site worked" tells what happened to them).
fn inquirers_found(tagged: &Tagged, mention: &Mention, cue: &Cue) -> bool {
    #[rustfmt::skip]
    const INQUIRERS: &[u64] = words![
        "researchers", "scientists", "investigators", "inspectors", "auditors", "economists",
        "analysts", "experts", "academics", "psychologists", "doctors",
    ];
    tagged.is_any(cue.first, words!["found", "find", "finds"])
        && tagged.is(cue.last + 1, "that")
        && tagged.is_any(mention.last, INQUIRERS)
}

/// Verbs of intent and belief that "it", the speaker, holds ("says it
/// hopes").
#[rustfmt::skip]
const INTENTS: &[u64] = words![
    "hopes", "hoped", "plans", "planned", "expects", "expected", "intends", "intended", "wants",
    "wanted", "believes", "believed", "aims", "aimed",
];

/// "Shanda said it may boost its stake", "has said it will sell new
/// shares": a modal and a verb of doing after "it" at `modal`, what a
/// firm says it will do; not "it will be", "it would cost", "it may rain",
/// which "it" says of anything.
fn acts_to_come(tagged: &Tagged, modal: usize) -> bool {
    #[rustfmt::skip]
    const ANY_SUBJECT: &[u64] = words![
        "be", "not", "have", "take", "happen", "mean", "make", "become", "seem", "look", "get",
        "come", "go", "cost", "help", "work", "rain", "need", "depend", "also", "never", "still",
        "only", "soon", "probably", "likely",
    ];
    tagged.is_any(modal, words!["will", "would", "may", "might", "could"])
        && tagged
            .tokens
            .get(modal + 1)
            .is_some_and(|t| t.lowercase() && t.is_word())
        && !tagged.is_any(modal + 1, ANY_SUBJECT)
}

/// "Veritas says it hopes", "Sina said its shares": a one-word name that no
/// list knows, whose words call the speaker "it", is a body's, no person's.
fn speaks_of_itself(
    tagged: &Tagged,
    mention: &Mention,
    resolved: Option<Resolved>,
    cue: &Cue,
) -> bool {
    let next = if tagged.is(cue.last + 1, "that") {
        cue.last + 2
    } else {
        cue.last + 1
    };
    mention.kind == MentionKind::Name
        && mention.first == mention.last
        && !mention.titled
        && cue.first == mention.last + 1
        && !cue.passive
        && (tagged.is(next, "its")
            // (Not "Smith said it was fine": "it" there is anything.)
            || tagged.is(next, "it")
                && (tagged.is_any(next + 1, INTENTS) || acts_to_come(tagged, next + 1)))
        && !tagged.word_in_any(mention.first, crate::source::GIVEN_NAMES)
        // (No one the article named in full: "Robinson" after "Andy
        // Robinson".)
        && resolved.is_none_or(|r| r.name.0 == r.name.1)
}

/// "The woman reported the allegations", "The man said": a person by a
/// plain noun of who they are, right before the verb, whom no one named
/// before stands for, is unidentified ("the president", "the veteran"
/// name someone by office or epithet).
fn unknown_person(tagged: &Tagged, mention: &Mention, cue: &Cue) -> bool {
    #[rustfmt::skip]
    const PLAIN: &[u64] = words![
        "man", "woman", "boy", "girl", "victim", "witness", "teenager", "youth", "pensioner",
        "passenger", "driver", "resident", "customer", "patient", "student", "accuser",
        "caller", "shopper", "neighbour", "neighbor",
    ];
    mention.kind == MentionKind::RoleNoun
        && mention.role == Role::Person
        && !mention.titled
        && mention.last == mention.first + 1
        // (Before its verb: "said the man who built his career on it" is
        // described, and mostly someone named.)
        && cue.first == mention.last + 1
        && tagged.is(mention.first, "the")
        && tagged.is_any(mention.last, PLAIN)
}

/// "Neither the Conservatives nor the Liberal Democrats wished to comment":
/// a wish to speak that no one had.
fn nobody_wished(tagged: &Tagged, verb: usize) -> bool {
    tagged.is_any(verb, words!["wished", "wish", "wishes"])
        && tagged.is(verb + 1, "to")
        && tagged.is_any(
            verb + 2,
            words!["comment", "speak", "talk", "discuss", "respond"],
        )
        && (verb.saturating_sub(12)..verb).any(|k| tagged.is_any(k, NEGATIVE_SUBJECTS))
}

/// The words of a subject that says no ("Neither company", "None of the
/// owners", "Nobody", "No one").
const NEGATIVE_SUBJECTS: &[u64] = words!["neither", "none", "nobody", "no"];

/// Verbs of telling after which a question word leaves the question open:
/// negated ("would not say how", "isn't detailing what") or before
/// "whether" ("wouldn't discuss whether"), no claim is told.
const QUESTION_LEFT_OPEN: &[u64] = words![
    "say",
    "saying",
    "disclose",
    "disclosing",
    "reveal",
    "revealing",
    "discuss",
    "specify",
    "specifying",
    "confirm",
    "elaborate",
    "detail",
    "detailing",
    "explain",
    // ("Lawmakers have not said when they would": the perfect's participle.)
    "said",
    "disclosed",
    "revealed",
    "specified",
    "explained",
];

/// How many words a short phrase of where or when at `k` runs ("on the
/// call-in show", "in the interview"): a preposition and at most four
/// words after it, before a question word; none if there is no such
/// phrase.
fn place_phrase_len(tagged: &Tagged, k: usize) -> usize {
    if !tagged.is_any(k, words!["on", "in", "at", "during"]) {
        return 0;
    }
    (k + 1..k + 6)
        .take_while(|&j| tagged.tokens.get(j).is_some_and(|t| t.is_word()))
        .find(|&j| tagged.is_any(j, words!["whether", "how", "why", "what", "if"]))
        .map_or(0, |j| j - k)
}

/// "Akamai declined to comment, saying it could not talk about its
/// customers": a participle after a refusal that gives only its reason, a
/// negation soon after, says no more than the refusal.
fn restates_a_refusal(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    let comma = cue.first.wrapping_sub(1);
    if cue.kind != CueKind::Verb
        || cue.first <= range.start + 2
        || tagged.tokens[comma].kind() != Kind::Comma
        || !tagged.bytes(cue.first).ends_with(b"ing")
    {
        return false;
    }
    let refused =
        (comma.saturating_sub(6).max(range.start)..comma).any(|k| declines_to_comment(tagged, k));
    let negated = (cue.last + 1..range.end.min(cue.last + 6)).any(|k| {
        tagged.is_any(
            k,
            words!["not", "cannot", "can't", "couldn't", "won't", "doesn't", "didn't", "never"],
        )
    });
    refused && negated
}

/// "isn't saying what techniques he would support", "declined to comment
/// on when Trump planned to pay": a person's stance inside the question a
/// refusal leaves open, in the same clause (not "did not explain why, but
/// she suspects").
fn in_a_refused_question(tagged: &Tagged, range: &Range<usize>, first: usize, cue: &Cue) -> bool {
    let person = tagged.tokens[first].capitalized() || source::pronoun_at(tagged, first).is_some();
    // ("declined to elaborate on what it calls "internal matters"": its
    // words for the thing, quoted.)
    let naming = tagged.is_any(
        cue.first,
        words!["calls", "called", "call", "terms", "termed"],
    );
    person
        && !naming
        && (first.saturating_sub(8).max(range.start)..first)
            .rev()
            .take_while(|&k| {
                tagged.tokens[k].is_word() && !tagged.is_any(k, words!["but", "and", "although"])
            })
            .any(|k| declines_to_comment(tagged, k))
}

/// "declined to comment", "refused to say", "referred questions to": no
/// claim, which the guide leaves unattributed, whoever declines.
fn declines_to_comment(tagged: &Tagged, verb: usize) -> bool {
    // ("The firm has refused to comment": the verb after its auxiliary.)
    let verb = if source::is_auxiliary(tagged, verb)
        && tagged.tokens.get(verb + 1).is_some_and(|t| t.is_word())
    {
        verb + 1
    } else {
        verb
    };
    let referred = tagged.is_any(verb, words!["referred", "refers", "directed"])
        && tagged.is_any(
            verb + 1,
            words!["questions", "inquiries", "requests", "reporters"],
        );
    // "would not say whether", "didn't comment": a refusal in other words
    // (a verb of telling negated, with nothing said after it but a
    // question word).
    // "Neither company would comment": the subject says no.
    // (Up to six words back, or eight for "Neither Mr Howard nor Mr Letwin
    // would say"; never past a comma or a full stop, "Though no charges
    // were filed, the governor did say".)
    let nobody = verb > 1
        && tagged.is_any(verb - 1, words!["would", "will", "could", "did", "can"])
        && (verb.saturating_sub(8)..verb - 1)
            .rev()
            .take_while(|&k| tagged.tokens[k].is_word())
            .any(|k| {
                tagged.is_any(k, NEGATIVE_SUBJECTS)
                    && k + 7 >= verb
                    // ("left no doubt that he would endorse")
                    && !tagged.is_any(k + 1, words!["doubt", "question", "secret", "surprise"])
                    || tagged.is(k, "neither") && (k + 1..verb).any(|n| tagged.is(n, "nor"))
            });
    let negated = verb > 0
        && (nobody
            || tagged.is_any(
                verb - 1,
                words![
                    "not", "wouldn't", "didn't", "couldn't", "won't", "can't", "doesn't", "never",
                    "isn't", "aren't", "wasn't", "weren't"
                ],
            ))
        // ("The CTU has not endorsed a candidate": no endorsement, no view;
        // "will never endorse Trump" is one.)
        && (tagged.is(verb, "comment")
            // ("would not discuss the investigation": a topic left, no claim;
            // "It would not confirm that he was among them": nor a fact,
            // though "did not confirm their status" is a deed.)
            || tagged.is(verb, "discuss")
            || tagged.is(verb, "confirm")
                && (tagged.tokens.get(verb + 1).is_none_or(|t| !t.is_word())
                    || tagged.is_any(
                        verb + 1,
                        words![
                            "that", "whether", "if", "how", "what", "who", "why", "when", "it",
                            "this", "reports"
                        ],
                    ))
            // ("It did not admit wrongdoing": a settlement's terms.)
            || tagged.is_any(verb, words!["admit", "admitted", "acknowledge", "acknowledged"])
                && tagged.is_any(verb + 1, words!["wrongdoing", "guilt", "liability", "fault"])
            || tagged.is_any(verb, words!["endorse", "endorsed"])
                && tagged.is_any(verb + 1, words!["a", "anyone", "anybody", "either"])
                && !tagged.is(verb + 2, "rival")
            || tagged.is_any(verb, QUESTION_LEFT_OPEN) && (tagged.tokens.get(verb + 1).is_none_or(|t| !t.is_word())
                || tagged.is_any(
                    // ("would not say exactly how"; "wouldn't discuss on the
                    // show whether": past a short phrase of where.)
                    verb + 1
                        + usize::from(tagged.is_any(verb + 1, words!["exactly", "precisely"]))
                        + place_phrase_len(tagged, verb + 1),
                    words![
                        "whether", "when", "how", "why", "what", "who", "where", "if", "which",
                        "so",
                    ],
                )));
    // "ministers said nothing about the dollar".
    let nothing = tagged.is_any(verb, words!["said", "says", "say"])
        && tagged.is(verb + 1, "nothing")
        && !source::is_auxiliary(tagged, verb + 2)
        && !tagged
            .tokens
            .get(verb + 2)
            .is_some_and(|t| t.kind() == Kind::Comma)
        // ("The campaign has endorsed none of this": no endorsement.)
        || tagged.is_any(verb, words!["endorsed", "endorses", "endorse"])
            && tagged.is_any(verb + 1, words!["none", "nobody", "neither"]);
    referred
        || negated
        || nothing
        || said_no_comment(tagged, verb)
        || nobody_wished(tagged, verb)
        || tagged.is_any(
            verb,
            words!["declined", "declines", "decline", "refused", "refuses", "refuse"],
        ) && tagged.is(verb + 1, "to")
            && (tagged.is_any(
                // ("declined to directly respond": past an adverb.)
                verb + 2 + usize::from(tagged.is_ly_adverb(verb + 2)),
                words![
                    "comment",
                    "say",
                    "discuss",
                    "elaborate",
                    "answer",
                    "respond",
                    "speak",
                    "specify",
                    "confirm",
                    "reply",
                    "detail",
                    "explain",
                    "address",
                    "identify",
                    "name",
                    "speculate",
                    "weigh",
                    "define",
                    "clarify",
                ],
            )
            // ("declined to give her view", "declined to provide guidance",
            // "declined to offer his own figure": a refusal to comment.)
            || tagged.is_any(verb + 2, words!["give", "provide", "offer"])
                && (verb + 3..verb + 6).any(|k| {
                    tagged.is_any(
                        k,
                        words![
                            "view", "views", "opinion", "guidance", "details", "figure",
                            "figures", "comment", "comments", "estimate", "explanation",
                            "reason", "reasons", "specifics"
                        ],
                    )
                })
            // "refuses to be drawn on the Lions", "declined to be
            // interviewed": a refusal to comment.
            || tagged.is(verb + 2, "be")
                && tagged.is_any(verb + 3, words!["drawn", "interviewed", "quoted"]))
        // "refused to reveal whether he is on the list": a question left
        // open (what they refuse to reveal, "the records", is a stance).
        || tagged.is_any(
            verb,
            words!["declined", "declines", "decline", "refused", "refuses", "refuse"],
        ) && tagged.is(verb + 1, "to")
            && tagged.is_any(verb + 2, words!["reveal", "disclose", "divulge"])
            && tagged.is_any(
                verb + 3,
                words!["whether", "when", "how", "why", "what", "who", "where", "if", "which"],
            )
        // "failed to mention the attack": something left unsaid, no claim
        // (a refusal to disclose records is a stance).
        || tagged.is_any(verb, words!["failed", "fails", "fail"])
            // ("failed three times to refuse": a few words may come between.)
            && (verb + 1..(verb + 4).min(tagged.tokens.len()))
                .find(|&k| tagged.is(k, "to"))
                .is_some_and(|to| {
                    tagged.is_any(
                        to + 1,
                        words!["mention", "say", "comment", "address", "refuse", "reject", "condemn"],
                    )
                })
}

/// "well above the $1.11 a share that analysts expected": what analysts or
/// economists expected, set beside a result, is their claim beside the
/// one reported, not part of it.
fn market_expectation(tagged: &Tagged, cue: &Cue, first: usize, last: usize) -> bool {
    tagged.is_any(
        cue.first,
        words![
            "expected",
            "forecast",
            "forecasted",
            "predicted",
            "estimated"
        ],
    ) && first > 0
        && tagged.is_any(first - 1, words!["that", "what", "than", "which"])
        && tagged.is_any(
            last,
            words![
                "analysts",
                "economists",
                "experts",
                "investors",
                "traders",
                "forecasters"
            ],
        )
}

/// A count or share of people ("63 percent said", "eight of 10 voters say"):
/// a poll result the writer reports, not a source.
fn is_tally(tagged: &Tagged, first: usize, last: usize) -> bool {
    // A relative clause describes the source: "Leslie, who was elected at
    // the age of 26," and "Ames, who won 52 percent of the vote," are no
    // tallies.
    let last = (first + 1..last)
        .find(|&k| {
            tagged.tokens[k].kind() == Kind::Comma && tagged.is_any(k + 1, words!["who", "which"])
        })
        .map_or(last, |k| k - 1);
    // ("three-quarters of respondents (73%)": the bracket restates the share.)
    let last = if last > first
        && tagged.tokens[last].kind() == Kind::Close
        && is_share_unit(tagged, last - 1)
    {
        (first + 1..last)
            .rev()
            .find(|&k| tagged.tokens[k].kind() == Kind::Open)
            .map_or(last, |open| open - 1)
    } else {
        last
    };
    // ("A study of 2,000 adults found": a document, not a count; "a group
    // of 32 experts": a body of people counted.)
    // ("The organisers of the first grand slam of 2005": a year closing
    // the phrase counts nobody.)
    let year = |k: usize| {
        let w = tagged.bytes(k);
        k == last && w.len() == 4 && (w.starts_with(b"19") || w.starts_with(b"20"))
    };
    let number_of_number = |k: usize| {
        tagged.is(k, "of")
            && k > first
            && crate::token::is_numeral(tagged.bytes(k + 1))
            && !year(k + 1)
            && !tagged.word_in(k - 1, List::Documents)
            && !tagged.is_any(
                k - 1,
                words![
                    "group",
                    "panel",
                    "team",
                    "coalition",
                    "committee",
                    "board",
                    "delegation"
                ],
            )
    };
    // "a majority of voters", "41 percent of respondents": a share of a
    // named kind of people is an unnamed group, a source like "voters".
    let of_people = (first..last).any(|k| tagged.is(k, "of")) && is_people(tagged, last);
    !of_people
        && ((first..=last).any(|k| {
            is_share_unit(tagged, k)
                || (tagged.is(k + 1, "of") && is_share_word(tagged, k))
                || number_of_number(k)
        }) || tagged.bytes(first).first().is_some_and(u8::is_ascii_digit)
            && !ends_in_full_name(tagged, first, last))
}

/// Words of a share of people ("a majority of voters", "a third").
static SHARES: WordSet<32> = word_set![
    "majority",
    "minority",
    "half",
    "third",
    "quarter",
    "plurality"
];

/// Whether the word at `k` names a share: "majority", "half", "a third",
/// "two-thirds".
pub(crate) fn is_share_word(tagged: &Tagged, k: usize) -> bool {
    tagged.in_set(k, &SHARES) || is_fraction(tagged.bytes(k))
}

/// Whether the word at `k` is the unit of a share: "percent", "%", or
/// either word of "per cent".
pub(crate) fn is_share_unit(tagged: &Tagged, k: usize) -> bool {
    // (One test of the key for most words, which are none of these.)
    tagged.is_any(k, words!["percent", "%", "per", "cent"])
        && (tagged.is_any(k, words!["percent", "%"])
            || (tagged.is(k, "per") && tagged.is(k + 1, "cent"))
            || (tagged.is(k, "cent") && k > 0 && tagged.is(k - 1, "per")))
}

/// Whether a word is a plural fraction ("quarters", "Three-quarters",
/// "two-thirds").
pub(crate) fn is_fraction(word: &[u8]) -> bool {
    // (Most words end in no "s": told first.)
    if word.last() != Some(&b's') {
        return false;
    }
    ["quarters", "thirds", "fifths", "tenths"].iter().any(|f| {
        let n = f.len();
        // (The whole word or after a hyphen: not "headquarters".)
        word.len() >= n
            && word[word.len() - n..].eq_ignore_ascii_case(f.as_bytes())
            && (word.len() == n || word[word.len() - n - 1] == b'-')
    })
}

/// Whether a phrase's last word names people: a group's noun ("voters"), a
/// nation's people ("Britons", "Ohioans"), those asked in a poll ("those
/// questioned").
pub(crate) fn is_people(tagged: &Tagged, last: usize) -> bool {
    tagged.word_in(last, List::GroupNouns)
        || tagged.in_set(last, &crate::source::POLLED)
        || crate::source::is_demonym_plural(tagged, last)
}

/// Whether a phrase ends in a name of two or more words ("9/11 widow Terry
/// Strada"): a person described by a number, not a count of people.
fn ends_in_full_name(tagged: &Tagged, first: usize, last: usize) -> bool {
    crate::source::name_run(tagged, first, last).is_some_and(|(s, e)| e == last && e > s)
}

/// Buffers that [`of_sentence`] reuses from sentence to sentence, so that
/// a sentence allocates nothing once they have grown.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    cues: Vec<Cue>,
    /// Per attribution found, whether its source is a relative pronoun.
    relative: Vec<bool>,
    breaks: Breaks,
}

/// Clause breaks (";", ", and", ", though", "-- and", "although") of a sentence, in
/// order, found once so that each cue asks for one with a binary search;
/// and only when a cue first asks, which in most sentences none does.
#[derive(Debug, Default)]
struct Breaks {
    at: Vec<usize>,
    ready: bool,
}

impl Breaks {
    /// Forgets the breaks of the sentence before.
    fn reset(&mut self) {
        self.at.clear();
        self.ready = false;
    }

    /// Whether a clause break of the sentence (tokens `range`) lies in `from..to`.
    fn between(&mut self, tagged: &Tagged, range: &Range<usize>, from: usize, to: usize) -> bool {
        if !self.ready {
            self.ready = true;
            self.at.extend(range.clone().filter(|&k| {
                tagged.tokens[k].kind() == Kind::Break
                    // ("supported Linux although critics have said": a
                    // concession opens a clause of its own, comma or not;
                    // not one that opens the words reported, "argued that
                    // although Lazar confessed".)
                    || tagged.is_any(k, words!["although", "whereas"])
                        && k > range.start
                        && tagged.tokens[k - 1].is_word()
                        && !tagged.is(k - 1, "that")
                        && !tagged.word_in(k - 1, List::CueVerbs)
                    || (matches!(tagged.tokens[k].kind(), Kind::Comma | Kind::Dash)
                        && tagged.is_any(
                            k + 1,
                            words!["and", "but", "while", "whereas", "though", "although"],
                        ))
            }));
        }
        let i = self.at.partition_point(|&b| b < from);
        self.at.get(i).is_some_and(|&b| b < to)
    }
}

/// The attributions a sentence states itself, before quotations are tied
/// to their speakers, in `out` (cleared first).
pub(crate) fn of_sentence<'t>(
    tagged: &Tagged<'t>,
    range: &Range<usize>,
    has_quote: bool,
    resolver: &mut Resolver<'t>,
    buffers: &mut Buffers,
    out: &mut Vec<Found>,
) {
    out.clear();
    if is_credit_line(tagged, range) {
        return;
    }
    let Buffers {
        cues,
        relative,
        breaks,
    } = buffers;
    relative.clear();
    breaks.reset();
    // Where the content of the last reported-speech verb begins: a source
    // named after it is inside that claim, not a source of the sentence.
    let mut content_from: Option<usize> = None;
    // How many attributions found so far a tag has kept (see below).
    let mut vetted = 0;
    cue::find(tagged, range.clone(), has_quote, cues);
    // Most sentences have no cue: the opening's shape is only read for one.
    let (adjunct, phrase) = if cues.is_empty() {
        (None, None)
    } else {
        (
            source::opening_adjunct(tagged, range),
            source::opening_phrase(tagged, range),
        )
    };
    for &cue in cues.iter() {
        // "In a Facebook message posted Friday, Cruz said": a participle
        // after a noun of an opening phrase describes the noun.
        if phrase.is_some_and(|comma| cue.last < comma) && modifies_noun(tagged, &cue) {
            continue;
        }
        // A cue inside an opening adjunct: its own clause, not the frame of
        // the main clause; in a participle phrase, not a claim at all.
        let in_adjunct = adjunct.filter(|&(comma, _)| cue.last < comma);
        let in_participle = cue.kind == CueKind::Verb && in_adjunct.is_some_and(|(_, p)| p);
        // "Calling Ross "exactly the partner I need," Mrs. Clinton ...": the
        // opening participle's subject is the main clause's.
        let leading =
            in_participle && (range.start..cue.first).all(|k| !tagged.tokens[k].is_word());
        if in_participle && !leading {
            continue;
        }
        // "..., Trump suggested Tuesday, musing why": a participle after a
        // comma shares the subject of the attribution just before it.
        // ("said Greg Abbott, Texas attorney general announcing the suit":
        // right after that attribution's source, too.)
        let trailing_participle = cue.kind == CueKind::Verb
            && cue.first > range.start
            && tagged.word(cue.first).ends_with("ing")
            && (tagged.tokens[cue.first - 1].kind() == Kind::Comma
                || out.last().is_some_and(|f| f.mention.last + 1 == cue.first)
                // ("went on the record endorsing Trump": right after the
                // cue before it.)
                // ("said adding that": after "said" with no comma.)
                || out.last().is_some_and(|f| {
                    f.cue.last + 1 == cue.first
                        && (f.cue.last > f.cue.first
                            || tagged.is_any(f.cue.last, words!["said", "says", "say"]))
                }));
        if let Some(prev) = out.last().copied().filter(|f| {
            trailing_participle && f.cue.kind == CueKind::Verb && f.cue.last < cue.first
        }) {
            relative.push(relative.last().copied().unwrap_or(false));
            out.push(Found { cue, ..prev });
            continue;
        }
        // "avoided alienating them in hopes that": the hope is the main
        // clause's subject's.
        // "Labour MPs joined the Tories in criticising the plan": the
        // joiner's stance too (the one joined is named after "joined").
        let joined_at = (cue.kind == CueKind::Verb
            && cue.first > range.start + 1
            && tagged.is(cue.first - 1, "in")
            && tagged.bytes(cue.first).ends_with(b"ing"))
        .then(|| {
            (cue.first.saturating_sub(8).max(range.start)..cue.first - 1)
                .find(|&k| tagged.is_any(k, words!["joined", "joins", "join", "joining"]))
        })
        .flatten();
        let purpose = cue.kind == CueKind::Verb
            && cue.first > range.start
            && tagged.is(cue.first - 1, "in")
            && (tagged.is_any(cue.first, words!["hopes", "hope"]) || joined_at.is_some());
        let subject = purpose
            .then(|| {
                source::main_subject(tagged, range)
                    .or_else(|| source::introducing_subject(tagged, range))
            })
            .flatten()
            .filter(|&(_, l, _)| l < cue.first)
            // (The subject of "joined" itself, not "it signals ... in which
            // Democrats join Clinton in making the case".)
            .filter(|&(_, _, v)| joined_at.is_none_or(|j| v <= j && j <= v + 2));
        let located = if let Some((f, l, _)) = subject {
            Some((f, l))
        } else if leading {
            // (The subject after the phrase's comma: "Saying he was tired,
            // Smith left" has a subject of its own inside it.)
            in_adjunct.and_then(|(comma, _)| {
                source::introducing_subject(tagged, &(comma + 1..range.end))
                    .filter(|&(f, _, _)| f == comma + 1)
                    .map(|(f, l, _)| (f, l))
            })
        } else {
            source::locate(tagged, range, &cue)
        };
        let Some((first, last)) = located else {
            continue;
        };
        let (first, last) = subject_of_participle(tagged, range, &cue, (first, last));
        let first = source::joined_modifiers_before(tagged, range, first, last);
        let first = source::name_before_appositive(tagged, range, (first, last), &cue);
        if condition_subject(tagged, range, first, &cue)
            || content_of_a_rumour(tagged, range, first, &cue)
        {
            continue;
        }
        // "Does he know what that entails?": the writer's question, which
        // holds no one's view.
        if writers_question(tagged, range, has_quote, first, cue.last) {
            continue;
        }
        // "it does not feel like", "it seems": no one holds the view; nor
        // does "then it shows" after a condition, the writer's inference.
        let dummy_it = first == last
            && tagged.is(first, "it")
            && (tagged.is_any(
                cue.first,
                words!["feel", "feels", "felt", "seem", "seems", "seemed"],
            ) || first > range.start
                && tagged.is(first - 1, "then")
                && tagged.is_any(range.start, words!["if", "when", "once"]));
        // "watch what they want, when they want": a generic pronoun's wish
        // in a free relative holds no view ("what they said was" does).
        // ("what she wanted to write about": a want with no content told.)
        let free_relative = first == last
            && first > range.start
            && (tagged.is_any(first, words!["they", "you", "we", "one"])
                && tagged.is_any(
                    first - 1,
                    words!["what", "whatever", "when", "whenever", "wherever", "whoever"],
                )
                || tagged.is_any(first, words!["he", "she", "i"])
                    && tagged.is_any(first - 1, words!["what", "whatever"])
                    && tagged.is(cue.last + 1, "to"))
            && tagged.is_any(
                cue.first,
                words!["want", "wants", "wanted", "wish", "like", "please", "choose", "need"],
            );
        // "are acting as though they want to lose": the writer's likeness,
        // no want of theirs.
        let as_though = first == last
            && first >= range.start + 2
            && tagged.is_any(first - 1, words!["though", "if"])
            && tagged.is(first - 2, "as")
            && source::pronoun_at(tagged, first).is_some();
        // "has heard what voters are saying.": words heard of, none
        // reported (the clause ends at its verb); "if he doesn't want the
        // attacks to stick": a want in a condition, the writer's.
        // ("Here is what President Obama said: "...": words to come.)
        let words_unsaid = first > range.start
            && tagged.is(first - 1, "what")
            && tagged.is_any(cue.last, words!["saying", "say", "says", "said", "telling"])
            && tagged.tokens.get(cue.last + 1).is_none_or(|t| {
                !t.is_word() || tagged.is_any(cue.last + 1, words!["about", "and"])
            })
            && !(cue.last + 1..range.end.min(cue.last + 10)).any(|k| {
                matches!(tagged.tokens[k].kind(), Kind::Colon | Kind::Quote) || tagged.quoted[k]
            });
        // ("as anything the Vermont senator said on stage": words pointed
        // at by a free relative, none reported.)
        // ("Nothing the president said will assuage": at the start too.)
        // ("nine things Trump has said about Latinos", "The One Thing
        // Both Sides Want": a noun of things the clause after it says
        // were said or held, named but not told.)
        let said = tagged.is_any(cue.last, words!["said", "says", "say", "saying"]);
        let words_unsaid = words_unsaid
            || said
                && first < last
                && tagged.is_any(
                    first,
                    words!["anything", "everything", "whatever", "nothing"],
                )
                && !tagged.is(first + 1, "that")
            || (first..last).any(|k| {
                tagged.is_any(k, words!["things", "thing"])
                    && (tagged.tokens[k + 1].capitalized()
                        || tagged.is_any(k + 1, words!["the", "he", "she", "they"]))
            });
        // ("by the time he said that.": words pointed at, none reported.)
        let said_that = tagged.is_any(cue.last, words!["said", "says", "say"])
            && tagged.is_any(cue.last + 1, words!["that", "this"])
            && cue.last + 3 == range.end
            && !tagged.tokens[cue.last + 2].is_word();
        let conditional_want = first > range.start
            && tagged.is_any(first - 1, words!["if", "unless"])
            && tagged.is_any(cue.first, words!["want", "wants", "need", "needs"]);
        // "And if one adds Nebraska": anyone at all, in a condition; "part
        // of being a president is acknowledging": a share of a thing.
        let generic = first == last
            && first > range.start
            && tagged.is(first, "one")
            && tagged.is_any(first - 1, words!["if", "when", "unless", "once"])
            || tagged.is(first, "part")
                && tagged.is(first + 1, "of")
                && tagged.bytes(first + 2).ends_with(b"ing");
        // "questions on who Cameron would like to see win": a question
        // put about someone's view states none.
        let asked_about = first >= range.start + 2
            // ("focused on what they said was": a free relative that says;
            // "was asked what he thought": a question put.)
            && (tagged.is_any(first - 1, words!["who", "whether", "how", "why", "which"])
                || tagged.is(first - 1, "what")
                    && tagged.is_any(first - 2, words!["asked", "ask", "asking", "wondered"]))
            && tagged.is_any(
                first - 2,
                words![
                    "on",
                    "about",
                    "over",
                    "asked",
                    "ask",
                    "asking",
                    "wondered",
                    "wondering"
                ],
            )
            // ("would not say whether he was hoping", "wouldn't discuss on
            // the show whether": a question left open.)
            || (first > range.start
                && tagged.is(first - 1, "whether")
                && (first.saturating_sub(7).max(range.start)..first - 1)
                    .rev()
                    .take_while(|&k| tagged.tokens[k].is_word())
                    .any(|k| tagged.is_any(k, QUESTION_LEFT_OPEN)));
        // "no terrorist group has claimed", "No one said": nobody's claim.
        // ("None of the three laid out a plan", "Nobody on the panel
        // said": the same.)
        // (A view all of them lack is still theirs: "None of the analysts
        // expect a rate hike".)
        let nobody = last < cue.first
            && (first < last && tagged.is(first, "no") && tagged.tokens[first + 1].lowercase()
                || tagged.is_any(first, words!["none", "nobody"])
                    && !tagged.in_set(cue.first, &STANCES));
        // ("– Refused Immediately.": a headline's adverb.)
        // ("But a few days later, Trump ...": a span of time.)
        static TIME_SPANS: WordSet<32> =
            word_set!["days", "weeks", "months", "years", "hours", "minutes", "decades"];
        let time = tagged.in_set(last + 1, &TIME_SPANS);
        // ("..., say those who feel the project should be shunned": the
        // people the clause after the tag describes.)
        let those_who = first > cue.last && tagged.is(first, "those") && tagged.is(last + 1, "who");
        let lone_word = time
            || first == last
                && (tagged.in_set(first, &NOT_SOURCES) && !those_who
                    || tagged.tokens[first].capitalized()
                        && source::is_adverb_by_ending(tagged, first));
        // ("The panel could declare the claim void", "voters might blame":
        // what a source may do some day is the writer's guess; "could say
        // only that" was said, and "may blame ..., but" grants the view.)
        // ("could actually hope": past an adverb; "if she lost, people
        // would say": "would" in a condition's consequence.)
        // ("Israel must also acknowledge", "critics should admit": what
        // the writer would have a source do; "Sanders may now feel": a
        // guess, past a short adverb.)
        let adverb = |k: usize| {
            tagged.is_ly_adverb(k)
                || tagged.is_any(k, words!["also", "now", "still", "first", "finally", "too"])
        };
        let modal = if cue.first > range.start + 1 && adverb(cue.first - 1) {
            cue.first - 2
        } else {
            cue.first.saturating_sub(1)
        };
        let conditional = || {
            tagged.is(modal, "would")
                // (Words, not positions: "would support" is one held.)
                && tagged.is_any(
                    cue.first,
                    words!["say", "tell", "argue", "claim", "insist", "admit", "call"],
                )
                // (Within forty words back, so that a sentence of many
                // costs no more a cue.)
                && (first.saturating_sub(40).max(range.start)..first).any(|k| {
                    tagged.is(k, "if")
                        && !tagged.quoted[k]
                        // ("Asked if the plan was dead, Smith would say": a
                        // question put, no condition.)
                        && !(k > range.start
                            && tagged.is_any(k - 1, words!["asked", "ask", "asks", "asking"]))
                })
        };
        let hypothetical = cue.kind == CueKind::Verb
            && modal > range.start
            && !cue.passive
            && tagged.tokens[modal].lowercase()
            && (tagged.is_any(modal, words!["could", "might", "may", "must", "should"])
                || conditional())
            && !tagged.is(cue.last + 1, "only")
            && !(tagged.is(modal, "may")
                // (Within forty words, so that a sentence of many costs
                // no more a cue.)
                && (cue.last + 1..range.end.min(cue.last + 40)).any(|k| {
                    tagged.is(k, "but") && tagged.tokens[k - 1].kind() == Kind::Comma
                }));
        if lone_word
            || nobody
            || hypothetical
            || dummy_it
            || free_relative
            || as_though
            || words_unsaid
            || said_that
            || conditional_want
            || generic
            || asked_about
            || is_tally(tagged, first, last)
            || is_no_comment(tagged, range, &cue)
            || declines_to_comment(tagged, cue.first)
            || restates_a_refusal(tagged, range, &cue)
            || in_a_refused_question(tagged, range, first, &cue)
        {
            continue;
        }
        // A source after the content's start is inside that claim, unless it
        // tags the sentence ("Voters want change, she said", "..., according
        // to two officials"): then the tag frames what came before, and a
        // stance found there is the source's claim, not a source of its own.
        // ("He said the plan works but some MPs argue it does not": a
        // subject right after "but" opens a clause of its own, comma or
        // not: a name, or a determiner's or a plural's noun phrase. A
        // pronoun there is mostly the speaker again, "but he said".)
        let after_but = first > range.start
            && tagged.is_any(first - 1, words!["but", "whereas"])
            && (tagged.tokens[first].capitalized()
                || tagged.is_any(first, words!["the", "some", "many", "most", "its", "their"])
                || tagged.tokens[first].lowercase()
                    && source::is_plural(tagged, first)
                    && tagged.word_in_any(first, source::SOURCE_NOUNS));
        // ("condemned the document, which the Foreign Office says has
        // cost £2,500": a relative clause's own attribution, the writer's
        // aside about a noun.)
        // ("distanced himself from posters which critics claimed were
        // "anti-Semitic"": so is a claim or a belief there.)
        let relative_aside = first > range.start
            && tagged.is(first - 1, "which")
            && tagged.is_any(
                cue.first,
                words![
                    "says", "say", "said", "claim", "claims", "claimed", "believe", "believes",
                    "believed", "argue", "argues", "argued", "allege", "alleges", "alleged"
                ],
            );
        let inside = content_from.is_some_and(|from| {
            cue.kind == CueKind::Verb
                && first >= from
                && !after_but
                && !relative_aside
                && !breaks.between(tagged, range, from, first)
                && !market_expectation(tagged, &cue, first, last)
                && !absolute_with(tagged, range, first, &cue)
        });
        let phrase_tag = matches!(cue.kind, CueKind::According | CueKind::Citing)
            && cue.first > range.start
            && tagged.tokens[cue.first - 1].kind() == Kind::Comma;
        let tag = phrase_tag || (inside && is_tag(tagged, range, (first, last), &cue));
        // ("The paper said that Chinese officials believe": an outlet's
        // claim citing unnamed people, which the guide counts anonymous.)
        // (People in the plural before the verb: not "most of the taxes
        // claimed", "told analysts", nor a count, "only one member backs".)
        // (Not a poll's: "An ABC News poll found that 63 percent of
        // Americans want" gives the poll's findings, its people no sources.)
        let cited_by_outlet = || {
            out.last().is_some_and(|f| {
                f.role == Role::Media && !tagged.is_any(f.mention.last, crate::cue::POLLS)
            }) && last < cue.first
                && source::is_plural(tagged, last)
                && (is_people(tagged, last)
                    || tagged.word_in_any(last, Lists::of(&[List::Titles, List::Anonymity])))
                && source::classify(tagged, first, last, false).identity == Identity::Anonymous
        };
        // ("..., said the MDA, with forecasts suggesting a total of 30
        // billion": the first source's own figures, unnamed, in an absolute
        // phrase after it.)
        let its_evidence = !out.is_empty()
            && (first..=last).all(|k| tagged.tokens[k].lowercase())
            && tagged.word_in(last, List::Documents)
            && absolute_with(tagged, range, first, &cue);
        if its_evidence || inside && !tag && !cited_by_outlet() {
            continue;
        }
        if tag {
            // Only what came since the last tag is looked at: what came
            // before it reports speech, so a sentence of a thousand tags
            // stays linear.
            let mut kept = vetted;
            for k in vetted..out.len() {
                if reports_speech(tagged, &out[k].cue) {
                    out.swap(kept, k);
                    if k < relative.len() {
                        relative.swap(kept, k);
                    }
                    kept += 1;
                }
            }
            out.truncate(kept);
            relative.truncate(kept);
            vetted = kept;
        }
        if cue.kind == CueKind::Verb && last < cue.first && in_adjunct.is_none() {
            content_from = Some(cue.last + 1);
        }
        // "According to Ham, ... because many disagreed", "Caddell: Voters
        // Worried ...": the rest of the sentence is the source's claim.
        if cue.kind == CueKind::According && cue.first <= range.start + 1 {
            content_from = Some(last + 1);
        }
        // ("In response to Sanders' charge that ..., she said", "Despite
        // critics' fears that ..., Blair said": a claim after a preposition
        // is a noun of an adjunct, which the main clause's speaker follows.)
        let claim_in_adjunct = cue.kind == CueKind::Claim
            && first > range.start
            && tagged.is_any(
                first - 1,
                words!["to", "despite", "of", "after", "amid", "over", "about", "against"],
            );
        if matches!(cue.kind, CueKind::Colon | CueKind::Stance | CueKind::Claim)
            && !claim_in_adjunct
        {
            content_from = Some(cue.last + 1);
        }
        let document_verb = source::is_document_verb(tagged, &cue);
        let mut mention = source::classify(tagged, first, last, document_verb);
        // ("according to him": the object pronoun stands for its person.)
        if let Some(p) = source::object_pronoun_at(tagged, first)
            .filter(|_| cue.kind == CueKind::According && first == last)
        {
            mention.kind = MentionKind::Pronoun(p);
            mention.role = Role::Person;
        }
        if as_body_if_introduced_so(tagged, resolver, &mut mention, false) {
            resolver.body_spoke(tagged, mention.head.1);
        }
        lone_trade_plural(tagged, resolver, range, &mut mention);
        if titled_document(tagged, range, &mention) {
            mention.identity = Identity::Named;
        }
        as_person_if_known(tagged, resolver, &mut mention);
        known_bodys_document(tagged, resolver, &mut mention);
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
        // "Nevada's governor, Brian Sandoval, said": an office opening the
        // sentence names the holder after the comma.
        if mention.kind == MentionKind::Name
            && !mention.titled
            && mention.role == Role::Person
            && office_before(tagged, range, mention.first)
        {
            mention.titled = true;
            mention.role = Role::Official;
        }
        if document_verb
            && mention.role == Role::Person
            && mention.kind != MentionKind::Pronoun(crate::source::Pronoun::It)
            && !inquirers_found(tagged, &mention, &cue)
        {
            continue;
        }
        if aim_of_a_thing(tagged, resolver, &mention, &cue) {
            continue;
        }
        // The same words heading a second cue ("He explained it by saying")
        // stand for whom they stood for at the first.
        // (The last few only: a sentence of any length costs the same a cue.)
        let earlier = out
            .iter()
            .rev()
            .take(4)
            .find(|f| f.mention.first == mention.first && f.mention.last == mention.last);
        // (Resolved again all the same: the resolver's memory of the
        // sentence's people moves on as it did.)
        let again = if cue.kind == CueKind::Claim {
            resolver.resolve_unheard(tagged, &mention)
        } else {
            resolver.resolve(tagged, &mention)
        };
        let resolved = earlier
            .map_or(again, |f| f.resolved)
            .or_else(|| unnamed_people_before(tagged, range, &mention));
        let pronoun = source::relative_pronoun(tagged, last, &cue);
        if pronoun.is_some() && wish_describing_an_object(tagged, range, &mention, &cue) {
            continue;
        }
        relative.push(pronoun.is_some());
        let (mention, resolved) = match pronoun {
            Some(k) => relative_mention(tagged, mention, resolved, k),
            None => (mention, resolved),
        };
        let (identity, role) = labelled_as(&mention, resolved);
        let identity = if resolved.is_none() && unknown_person(tagged, &mention, &cue) {
            Identity::Anonymous
        } else {
            identity
        };
        let role = if role == Role::Person && speaks_of_itself(tagged, &mention, resolved, &cue) {
            Role::Official
        } else {
            role
        };
        let (identity, role) = match counted_bodies(tagged, &mention) {
            Some(counted) if resolved.is_none() => (Identity::Named, counted),
            _ if resolved.is_none() && unnamed_trade(tagged, range, &mention) => {
                (Identity::Anonymous, Role::Official)
            }
            _ => (identity, role),
        };
        let role = if role == Role::Person && speaks_for_a_body(tagged, range, &mention) {
            Role::Official
        } else {
            role
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
    // ("Loyalists were adamant that he has no plans to run": a cue inside
    // the content of a feeling the subject holds is that feeling's claim.)
    // (Only a lone attribution: a tag after it, ", aides said", stays.)
    if out.len() == 1 && felt_that_before(tagged, range, out[0].mention.first) {
        if let Some(f) = subject_attribution(tagged, range, has_quote, resolver)
            .filter(|f| f.cue.last < out[0].mention.first)
        {
            out.clear();
            out.push(f);
        }
    }
    if out.is_empty() {
        // ("Sales fell, but analysts are optimistic that": else a feeling
        // in the clause after ", but", a subject of its own; its deeds are
        // none, "but Martyn dived to save".)
        let found = subject_attribution(tagged, range, has_quote, resolver).or_else(|| {
            let but = clause_after_but(tagged, range)?;
            subject_attribution(tagged, &but, has_quote, resolver)
                .filter(|f| tagged.in_set(f.cue.last, &FEELINGS))
        });
        out.extend(found.or_else(|| feeling_with_group(tagged, range, resolver)));
    }
    // "a woman who suggested": a relative clause counts only when the
    // sentence attributes nothing else.
    if relative.iter().any(|r| !r) && relative.iter().any(|r| *r) {
        let mut keep = relative.iter().map(|r| !r);
        out.retain(|_| keep.next().unwrap_or(true));
    }
    for found in out.iter_mut() {
        if speaks_anonymously(tagged, range, &found.cue) {
            found.identity = Identity::Anonymous;
        }
    }
}

/// "The index rose, with many investors optimistic that ...": a group of
/// people in an absolute phrase after ", with", and a feeling about a
/// claim, holds that claim (the phrase has no verb for a cue to find).
fn feeling_with_group<'t>(
    tagged: &Tagged<'t>,
    range: &Range<usize>,
    resolver: &mut Resolver<'t>,
) -> Option<Found> {
    let end = range.end.min(range.start + 60);
    let with = (range.start + 1..end)
        .find(|&k| tagged.is(k, "with") && tagged.tokens[k - 1].kind() == Kind::Comma)?;
    let first = with + 1;
    // The group: at most four lowercase words, the feeling after them.
    let feeling = (first + 1..end.min(first + 5))
        .take_while(|&k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase())
        .find(|&k| tagged.in_set(k, &FEELINGS) && tagged.is(k + 1, "that"))?;
    let last = feeling - 1;
    if !tagged.tokens[first].lowercase() || !plural_group(tagged, first, last) {
        return None;
    }
    let mention = source::classify(tagged, first, last, false);
    let resolved = resolver.resolve(tagged, &mention);
    let (identity, role) = labelled_as(&mention, resolved);
    Some(Found {
        mention,
        resolved,
        cue: Cue {
            kind: CueKind::Verb,
            first: feeling,
            last: feeling,
            passive: false,
        },
        identity,
        role,
        mode: Mode::Indirect,
        quote: None,
    })
}

/// "Mr Schroeder came into office promising to", "swept to power vowing":
/// a participle after taking office is the subject's, not the clause's
/// words before it (which hold the subject's verb).
fn subject_of_participle(
    tagged: &Tagged,
    range: &Range<usize>,
    cue: &Cue,
    (first, last): (usize, usize),
) -> (usize, usize) {
    // (Only after taking office or power: after other objects the
    // participle is mostly the object's, "polls showing", "a report
    // defending".)
    if cue.kind != CueKind::Verb
        || !tagged.bytes(cue.first).ends_with(b"ing")
        || last == first
        || cue.first != last + 1
        || !tagged.is_any(last, words!["office", "power"])
    {
        return (first, last);
    }
    match source::introducing_subject(tagged, range) {
        // (Also when the words found start inside the predicate: "Mr
        // Schroeder had originally come into office promising".)
        Some((f, l, verb))
            if l < verb && verb <= last && (f == first || l < first && first <= verb + 3) =>
        {
            (f, l)
        }
        _ => (first, last),
    }
}

/// The clause after the sentence's first ", but" (within its first 40
/// words: the search is bounded), when a word of feeling follows within
/// ten words (else no subject search is worth its cost).
fn clause_after_but(tagged: &Tagged, range: &Range<usize>) -> Option<Range<usize>> {
    let end = range.end.min(range.start + 40);
    let but = (range.start + 1..end).find(|&k| {
        tagged.tokens[k].kind() == Kind::Comma && !tagged.quoted[k] && tagged.is(k + 1, "but")
    })?;
    let clause = but + 2..range.end;
    (clause.start..range.end.min(clause.start + 10))
        .any(|k| tagged.in_set(k, &FEELINGS))
        .then_some(clause)
}

/// "The scheme aims to", "Glass-Steagall aimed to protect", "the JOBS
/// Act, which aims to make it easier": a thing's purpose, no one's intent.
/// An aim, or plans denied ("has no plans to"), is a person's or a body's:
/// not a document's, not "it" nor a relative pronoun's (mostly a thing's),
/// nor a name's the article has not shown to be a person's.
fn aim_of_a_thing(tagged: &Tagged, resolver: &Resolver, m: &Mention, cue: &Cue) -> bool {
    let aim = cue.last > cue.first
        && tagged.is(cue.last, "to")
        && tagged.is_any(
            cue.last - 1,
            words!["aim", "aims", "aimed", "aiming", "plans"],
        );
    // (Asked before the mention is resolved, which makes it known.)
    let a_persons_name = || {
        m.titled
            || (m.head.0..m.head.1).any(|k| tagged.word_in_any(k, source::GIVEN_NAMES))
            || resolver.knows_person(tagged, m.head.1)
    };
    aim && (source::relative_pronoun(tagged, m.last, cue).is_some()
        || m.role == Role::Document
        || m.kind == MentionKind::Pronoun(source::Pronoun::It)
        || m.kind == MentionKind::Name && m.role == Role::Person && !a_persons_name())
}

/// "sells plots to people who wish to build homes": a wish in a relative
/// clause on the object of a preposition says who the people are, no one's
/// claim ("Voters who want change backed him" opens with its group).
fn wish_describing_an_object(
    tagged: &Tagged,
    range: &Range<usize>,
    mention: &Mention,
    cue: &Cue,
) -> bool {
    tagged.is_any(
        cue.first,
        words!["want", "wants", "wish", "wishes", "hope", "hopes"],
    ) && tagged.is(cue.last + 1, "to")
        && mention.first > range.start
        && tagged.in_set(mention.first - 1, &source::PREPOSITIONS)
}

/// "..., he said, on condition of anonymity to speak freely": a speaker who
/// asked not to be named right after the cue is unidentified, whoever the
/// pronoun stands for.
fn speaks_anonymously(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    (cue.last + 1..range.end.min(cue.last + 7))
        .take_while(|&k| !tagged.quoted[k] && tagged.tokens[k].kind() != Kind::Period)
        .any(|k| {
            tagged.is(k, "anonymity")
                && (k >= 2 && tagged.is(k - 1, "of") && tagged.is(k - 2, "condition")
                    || tagged.is_any(k - 1, words!["requesting", "requested", "granted"]))
        })
}

/// "Labour hit back, with election coordinator Alan Milburn accusing Mr
/// Howard of ...", "– Ryan saying he was ...": a clause of its own after
/// ", with" (or a name alone after a comma, a dash or "and"), whose
/// participle has the source before it as its subject; no part of the
/// claim before.
fn absolute_with(tagged: &Tagged, range: &Range<usize>, first: usize, cue: &Cue) -> bool {
    // (Up to three words of the phrase may come before the source found.)
    // ("fell 12% - with some analysts saying": after a dash too.)
    let with = source::absolute_with_before(tagged, range, first, 4).is_some();
    // ("– Ryan saying he was "very encouraged" and Trump calling it": a
    // name alone before the participle, after a comma, a dash or "and".)
    let bare = first > range.start
        && cue.first > first
        && cue.first <= first + 3
        && (matches!(tagged.tokens[first - 1].kind(), Kind::Comma | Kind::Dash)
            || tagged.is(first - 1, "and"))
        && (first..cue.first).all(|k| tagged.tokens[k].capitalized() && !tagged.quoted[k]);
    (with || bare) && source::absolute_participle(tagged, range, cue.first)
}

/// "Insurers said", "Bookmakers expect": a sentence's first word alone,
/// capitalised only there, a plural naming people by what they do, is a
/// group, not a name, unless the article knows a person by it or writes
/// it capitalised inside a sentence ("Sanders said", "Rangers won").
fn lone_trade_plural<'t>(
    tagged: &Tagged<'t>,
    resolver: &mut Resolver<'t>,
    range: &Range<usize>,
    m: &mut Mention,
) {
    let k = m.first;
    let opens = k == range.start
        || k == range.start + 1 && tagged.tokens[range.start].kind() == Kind::Quote;
    if opens
        && m.last == k
        && m.kind == MentionKind::Name
        && m.role == Role::Person
        && !m.titled
        && source::names_people_by_trade(tagged, k)
        && !resolver.knows_person(tagged, k)
        && !resolver.capitalised_inside(tagged, k)
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
    }
}

/// "said Poll" after "Referee Graham Poll": one capitalised word the lists
/// know as a noun ("poll", "report") is the surname of a person the
/// article has introduced.
fn as_person_if_known(tagged: &Tagged, resolver: &Resolver, m: &mut Mention) {
    let k = m.first;
    if m.last == k
        && m.kind == MentionKind::Other
        && tagged.tokens[k].capitalized()
        // ("Workers objected" after "the Communications Workers": a plural
        // is a group.)
        && !source::is_plural(tagged, k)
        && resolver.knows_person(tagged, k)
    {
        m.kind = MentionKind::Name;
        m.head = (k, k);
        m.identity = Identity::Named;
        m.role = Role::Person;
    }
}

/// "CML figures showed" after "the Council of Mortgage Lenders (CML)": a
/// document opening with initials or a one-word name the article gave a
/// body has that body for author (the classifier, seeing a capital at the
/// sentence's start, could not tell it from "Recent polls").
fn known_bodys_document(tagged: &Tagged, resolver: &Resolver, m: &mut Mention) {
    let known = m.identity == Identity::Anonymous
        && m.role == Role::Document
        && m.first < m.last
        && tagged.tokens[m.first].capitalized()
        && tagged.word_in(m.first + 1, List::Documents)
        && resolver.knows_body_word(tagged, m.first);
    if known {
        m.identity = Identity::Named;
    }
}

/// "Yukos said" after "oil giant Yukos": a one-word name the article
/// introduced as a body (with `spoken`, one that has been a source) speaks
/// as one. Whether the mention was made a body's.
fn as_body_if_introduced_so(
    tagged: &Tagged,
    resolver: &Resolver,
    m: &mut Mention,
    spoken: bool,
) -> bool {
    let body = m.kind == MentionKind::Name
        && m.role == Role::Person
        && !m.titled
        // ("Virgin Blue said" after "budget airline Virgin Blue": a name
        // of two words by its first, before a verb of saying.)
        && (m.head.0 == m.head.1 || !spoken && m.head.1 == m.head.0 + 1)
        && (resolver.is_body_name(tagged, m.head.0, spoken)
            // ("Icann said" after "the Internet Corporation for Assigned
            // Names and Numbers, Icann": a body's initials.)
            || m.head.0 == m.head.1 && resolver.initials_of(tagged, m.head.0).is_some());
    if body {
        m.role = Role::Official;
    }
    body
}

/// Whether the sentence quotes only a term: one word after a determiner
/// or a possessive ("a "philanthropub"", "the GOP's "establishment"
/// candidate") or capitalised (''Equity''), or a short title in capitals
/// inside the sentence ("his program, "Aaron Klein Investigative Radio,"").
/// One word quoted elsewhere is a source's ("is "satisfied"", "is "99.9"
/// percent certain").
fn only_a_quoted_term(tagged: &Tagged, range: &Range<usize>) -> bool {
    let mut quoted = range
        .clone()
        .filter(|&k| tagged.quoted[k] && tagged.tokens[k].is_word());
    let Some(q) = quoted.next() else {
        return false;
    };
    // "his talk radio program, “Aaron Klein Investigative Radio,”": a title
    // in capitals, inside the sentence.
    let title_word = |k: usize| {
        tagged.tokens[k].capitalized() || tagged.is_any(k, crate::token::TITLE_SMALL_WORDS)
    };
    let (mut more, mut titled) = (0, true);
    for k in quoted.take(8) {
        more += 1;
        titled &= title_word(k);
    }
    let before = (range.start..q)
        .rev()
        .find(|&k| tagged.tokens[k].kind() != Kind::Quote);
    // ("with a "defeat the establishment" theme": words in quotation marks
    // that name a kind of message, between an article and its noun.)
    #[rustfmt::skip]
    const MESSAGES: &[u64] = words![
        "theme", "slogan", "message", "strategy", "approach", "agenda", "label", "mantra",
        "narrative", "rhetoric", "line", "pitch", "argument", "platform", "doctrine", "policy",
    ];
    let noun_after = || {
        let last = (q..range.end).take_while(|&k| tagged.quoted[k]).last()?;
        (last + 1..range.end).find(|&k| tagged.tokens[k].kind() != Kind::Quote)
    };
    if before.is_some_and(|p| tagged.is_any(p, words!["a", "an"]))
        && noun_after().is_some_and(|n| tagged.is_any(n, MESSAGES))
    {
        return true;
    }
    if more > 0 {
        // ("made her husband, Bill, the "comeback kid"": a nickname of two
        // or three words after a name and its article.)
        // ("appearances as the “senior black correspondent”", "Tony
        // Blair's “cabinet enforcer”": after "as the" or a name's
        // possessive too.)
        let nickname = more <= 2
            && before.is_some_and(|p| {
                p > range.start
                    && tagged.is(p, "the")
                    && (tagged.tokens[p - 1].capitalized()
                        || tagged.tokens[p - 1].kind() == Kind::Comma
                        || tagged.is(p - 1, "as") && !framed_as(tagged, range.start, p - 1))
                    || tagged.tokens[p].capitalized()
                        && crate::resolve::possessive(tagged, p)
                        && crate::source::pronoun_at(tagged, p).is_none()
            })
            && !tagged.tokens[q].capitalized();
        return nickname
            || q > range.start + 1 && more < 8 && tagged.tokens[q].capitalized() && titled
            || more <= 2 && noun_after().is_some_and(|n| modifies_noun_after(tagged, n));
    }
    // ("potential "tries"": an adjective standing for the article; "it's
    // "ridiculous"": a contraction, not a possessive.)
    const DETERMINERS: &[u64] = words![
        "a",
        "an",
        "the",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "potential"
    ];
    let after_determiner = before.is_some_and(|p| {
        let w = tagged.bytes(p);
        let possessive = (w.ends_with(b"'s") || w.ends_with("’s".as_bytes()))
            && crate::source::pronoun_at(tagged, p).is_none()
            && !tagged.is_any(p, words!["who's", "that's", "what's", "there's", "here's"]);
        // ("a global “divergence”": an adjective after the article.)
        let modified = p > range.start
            && tagged.tokens[p].lowercase()
            && tagged.is_any(p - 1, words!["a", "an", "the"])
            && shaped_as_adjective(tagged.bytes(p));
        tagged.is_any(p, DETERMINERS) || possessive || modified
    });
    after_determiner || tagged.tokens[q].capitalized()
}

/// Whether the word at `n`, right after a short term in quotation marks,
/// is a plain noun that the term modifies ("faces 'cold calls' inquiry",
/// "the rules on "cold calling" householders"): a lowercase word that is no
/// function word, no adverb of time and no verb's participle, before the
/// clause goes on. A partial quotation is followed by punctuation, a clause
/// ("a "fantastic gift" that") or a phrase ("as "flawed" last week").
pub(crate) fn modifies_noun_after(tagged: &Tagged, n: usize) -> bool {
    // (Words that go on a clause, past the prepositions, auxiliaries and
    // pronouns the source finder knows.)
    #[rustfmt::skip]
    const GOES_ON: &[u64] = words![
        "that", "which", "who", "whom", "whose", "or", "than", "where", "because", "though",
        "although", "until", "yesterday", "today", "tonight", "now", "again", "too", "also",
        "instead", "earlier", "later", "last", "this", "next", "be", "been", "not", "we", "i",
        "you", "the", "a", "an", "his", "her", "its", "their", "said", "says", "say", "told",
        "added", "adding", "saying", "according", "so", "then", "there", "here", "either",
        "both", "all", "any", "some", "every", "each", "no", "whether", "back", "away", "out",
        "up", "down", "off", "around", "beyond", "against", "without", "within", "ahead", "yet",
        "just", "only", "even", "still",
    ];
    let w = tagged.bytes(n);
    tagged.tokens[n].is_word()
        && tagged.tokens[n].lowercase()
        && !tagged.quoted[n]
        && !tagged.in_set(n, &source::PREPOSITIONS)
        && !source::is_auxiliary(tagged, n)
        && source::pronoun_at(tagged, n).is_none()
        && !tagged.is_any(n, GOES_ON)
        && !(w.ends_with(b"ed") || w.ends_with(b"ing") || w.ends_with(b"ly"))
        && !tagged.word_in(n, List::CueVerbs)
}

/// Whether a verb that casts something as what follows "as" comes before
/// `as_at` ("names Russia as the “failing state”": the name given is the
/// speaker's words). Up to twelve words back.
fn framed_as(tagged: &Tagged, from: usize, as_at: usize) -> bool {
    #[rustfmt::skip]
    const FRAMING: &[u64] = words![
        "names", "named", "name", "casts", "cast", "describes", "described", "describe", "sees",
        "saw", "see", "regards", "regarded", "views", "viewed", "brands", "branded", "labels",
        "labelled", "labeled", "identifies", "identified", "portrays", "portrayed",
    ];
    (as_at.saturating_sub(12).max(from)..as_at).any(|k| tagged.is_any(k, FRAMING))
}

/// Whether a word ends as adjectives do ("global", "successful",
/// "traditional"; not "the term").
pub(crate) fn shaped_as_adjective(w: &[u8]) -> bool {
    w.len() > 4
        && [
            &b"al"[..],
            b"ic",
            b"ive",
            b"ous",
            b"ful",
            b"less",
            b"able",
            b"ible",
            b"ary",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// Whether a verb cue is a participle right after a noun ("a message
/// posted Friday", "its tweet announcing the deal").
fn modifies_noun(tagged: &Tagged, cue: &Cue) -> bool {
    let w = tagged.bytes(cue.first);
    cue.kind == CueKind::Verb
        && (w.ends_with(b"ed") || w.ends_with(b"ing"))
        && cue.first > 0
        && tagged.tokens[cue.first - 1].is_word()
        && source::pronoun_at(tagged, cue.first - 1).is_none()
        && !tagged.is_any(
            cue.first - 1,
            words!["who", "that", "which", "and", "or", "I", "we", "you"],
        )
}

/// "Ana Lima contributed reporting", "Reporting by Hugh Hill; editing by
/// Ann Lee", "Lee reported from Lisbon": the newspaper's credits, not
/// claims.
fn is_credit_line(tagged: &Tagged, range: &Range<usize>) -> bool {
    // Every credit has one of these words: a key test per token (mostly the
    // set's filter, a branch nearly never taken) rules out nearly every
    // sentence before the finer tests below.
    static CREDIT_WORDS: WordSet<32> = word_set![
        "contributed",
        "reporting",
        "editing",
        "writing",
        "reported",
        "reports",
        "writes",
    ];
    // Over the sentence's slice: one bounds check, not one per token.
    tagged.tokens[range.clone()]
        .iter()
        .enumerate()
        .filter(|(_, t)| CREDIT_WORDS.contains(t.key))
        .map(|(n, _)| range.start + n)
        .any(|k| {
            (tagged.is(k, "contributed") && contributes_to_story(tagged, k + 1))
                || (tagged.is_any(k, words!["reporting", "editing", "writing"])
                    && tagged.is(k + 1, "by")
                    && credit_start(tagged, range, k))
                // "Eilperin reported from Washington", not "according to
                // recent reports from China" ("Reports from Russia say":
                // opening the sentence, the plural is a noun).
                || (tagged.is_any(k, words!["reported", "reports", "reporting", "writes"])
                    && tagged.is(k + 1, "from")
                    && tagged.tokens.get(k + 2).is_some_and(|t| t.capitalized())
                    && (k == range.start && !tagged.is(k, "reports")
                        || k > range.start && tagged.tokens[k - 1].capitalized()))
        })
}

/// After "contributed": "reporting", or "to this report" and the like, not
/// "to the region's strong performance".
fn contributes_to_story(tagged: &Tagged, k: usize) -> bool {
    tagged.is(k, "reporting")
        || tagged.is(k, "to")
            && tagged.is_any(k + 1, words!["this", "the"])
            && tagged.is_any(
                k + 2,
                words!["report", "story", "article", "reporting", "dispatch"],
            )
}

/// Whether token `k` opens a credit: the sentence's first word, after "(",
/// "Additional" or a separator ("Reporting by ...; editing by ..."), not
/// "according to reporting by the Times".
fn credit_start(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    let mut p = k;
    if p > range.start && tagged.is(p - 1, "additional") {
        p -= 1;
    }
    p == range.start
        || matches!(
            tagged.tokens[p - 1].kind(),
            Kind::Open | Kind::Break | Kind::Comma
        )
}

/// Whether a source and its cue form a tag set off by a comma, at the end
/// of the sentence or between commas: ", she said.", ", says Ana Lima",
/// ", he said, is".
fn is_tag(tagged: &Tagged, range: &Range<usize>, source: (usize, usize), cue: &Cue) -> bool {
    let start = source.0.min(cue.first);
    let end = source.1.max(cue.last) + 1;
    let after_comma = start > range.start
        && (tagged.tokens[start - 1].kind() == Kind::Comma
            || (tagged.tokens[start - 1].kind() == Kind::Quote
                && start - 1 > range.start
                && tagged.tokens[start - 2].kind() == Kind::Comma));
    let closed = end >= range.end
        || matches!(
            tagged.tokens[end].kind(),
            Kind::Comma | Kind::Period | Kind::Break
        ) && (end + 1 >= range.end || tagged.tokens[end].kind() == Kind::Comma)
        // (", said an American official who was briefed on the talks.")
        || tagged.is(end, "who");
    after_comma && (closed || adjunct_ends(tagged, range, cue, end)) && end - start <= 12
}

/// ", Mnuchin told The Washington Post earlier this week.", ", she said in
/// an interview.": the one told, a place or a time may close the sentence
/// after the tag, which still ends it.
fn adjunct_ends(tagged: &Tagged, range: &Range<usize>, cue: &Cue, end: usize) -> bool {
    let last = range.end - 1;
    let rest = end..last;
    // (", sources close to the talks tell the FT.": in the present too.)
    let told = tagged.is_any(cue.last, words!["told", "tell", "tells"]);
    let adjunct = tagged.is_any(
        end,
        words!["in", "on", "at", "during", "after", "before", "last", "earlier", "this", "later"],
    ) || source::is_day(tagged, end);
    (told || adjunct)
        && tagged.tokens[last].kind() == Kind::Period
        && rest.len() <= 8
        && rest.clone().all(|k| {
            tagged.tokens[k].is_word()
                && !tagged.is_any(k, words!["that"])
                && !source::is_auxiliary(tagged, k)
                && !tagged.quoted[k]
        })
}

/// Whether a cue reports speech or writing ("said", "reported", "according
/// to"), as against a stance, an intent or a feeling ("want", "plans",
/// "expressed frustration").
fn reports_speech(tagged: &Tagged, cue: &Cue) -> bool {
    // (Any word of the cue: "was considering", "has no plans to".)
    cue.kind != CueKind::Verb || !(cue.first..=cue.last).any(|k| tagged.in_set(k, &STANCES))
}

/// Cue verbs of a stance rather than of words: inside a claim that a tag
/// attributes, they are that claim's content.
static STANCES: WordSet<512> = word_set![
    "considering",
    "contemplating",
    "mulling",
    "aims",
    "aiming",
    "want",
    "wants",
    "wanted",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "hope",
    "hopes",
    "hoped",
    "feel",
    "feels",
    "felt",
    "fear",
    "fears",
    "feared",
    "expect",
    "expects",
    "expected",
    "plan",
    "plans",
    "planned",
    "intend",
    "intends",
    "intended",
    "worry",
    "worries",
    "worried",
    "see",
    "sees",
    "saw",
    "view",
    "views",
    "viewed",
    "consider",
    "considers",
    "considered",
    "know",
    "knows",
    "knew",
    "suspect",
    "suspects",
    "suspected",
    "doubt",
    "doubts",
    "doubted",
    "prefer",
    "prefers",
    "preferred",
    "like",
    "likes",
    "liked",
    "support",
    "supports",
    "supported",
    "oppose",
    "opposes",
    "opposed",
    "favor",
    "favors",
    "favored",
    "favour",
    "favours",
    "favoured",
    "expressed",
    "ask",
    "wonder",
    "wonders",
    "wondered",
    "agree",
    "agrees",
    "agreed",
    "wanting",
    "believing",
    "thinking",
    "hoping",
    "fearing",
    "expecting",
    "planning",
    "intending",
    "worrying",
    "considering",
    "supporting",
    "opposing",
    "favoring",
    "wondering",
];

/// "The gun he collected was not the weapon": a pronoun right after the
/// sentence's opening noun is the subject of a clause describing that
/// noun, whose verb is no act of the sentence's (a verb of saying or
/// thinking there still is the pronoun's: "The danger he sees is").
fn in_contact_clause(tagged: &Tagged, range: &Range<usize>, first: usize, last: usize) -> bool {
    first == last
        && first >= range.start + 2
        && first <= range.start + 3
        && tagged.is_any(first, words!["he", "she", "they", "i", "we", "you"])
        && tagged.is_any(
            range.start,
            words!["the", "a", "an", "this", "that", "every", "each"],
        )
        && (range.start + 1..first)
            .all(|k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase())
}

/// Whether the word before `first` is the "that" of a feeling's clause
/// ("were adamant that", "is confident that").
fn felt_that_before(tagged: &Tagged, range: &Range<usize>, first: usize) -> bool {
    first >= range.start + 2 && tagged.is(first - 1, "that") && tagged.in_set(first - 2, &FEELINGS)
}

/// With no cue, the subject of the main clause is the source of what the
/// sentence ascribes to it ("Republicans are slamming Kaine", "Clinton laid
/// out her plan"): the annotation guide counts positions and acts of a
/// source as attribution.
fn subject_attribution<'t>(
    tagged: &Tagged<'t>,
    range: &Range<usize>,
    has_quote: bool,
    resolver: &mut Resolver<'t>,
) -> Option<Found> {
    // Any verb will do beside a quotation, but not beside a term quoted
    // alone ("Game firm holds 'cast' auditions").
    let quotation = has_quote && !only_a_quoted_term(tagged, range);
    // A group of people as subject holds a position whatever the verb
    // ("Many Democrats are afraid", "Republicans weren't concerned").
    let (first, last, verb, any_verb) = match source::main_subject(tagged, range) {
        Some((f, l, v)) => (f, l, v, false),
        // (A subject of any verb is kept only beside a quotation, as a
        // group's stance or as a feeling about a claim: see below.)
        None if quotation || may_hold_a_stance(tagged, range) => {
            let (f, l, v) = source::introducing_subject(tagged, range)?;
            (f, l, v, true)
        }
        None => return None,
    };
    let first = source::subject_after_its_object(tagged, first, last).unwrap_or(first);
    // (", with traders worried that": the preposition opens an absolute
    // phrase, no part of its group.)
    let first = first
        + usize::from(first < last && tagged.is(first, "with") && tagged.in_set(verb, &FEELINGS));
    if in_contact_clause(tagged, range, first, last)
        && !tagged.word_in(verb, List::CueVerbs)
        && !tagged.in_set(verb, &STANCES)
    {
        return None;
    }
    // ("Clinton got what she needed": a free relative's verb, its
    // subject inside the object of another.)
    if (first..=last).any(|k| tagged.is_any(k, words!["what", "whatever"])) {
        return None;
    }
    // ("Editor's note: ...": an owner before its noun, no subject of it.)
    if verb == last + 1
        && tagged.is(verb, "note")
        && tagged
            .tokens
            .get(verb + 1)
            .is_some_and(|t| t.kind() == Kind::Colon)
        && crate::resolve::possessive(tagged, last)
    {
        return None;
    }
    // ("Russia WTO talks 'make progress'": the meetings of a body, which
    // say nothing, even beside a quotation.)
    if cue::talks_of_a_body(tagged, range, verb) {
        return None;
    }
    // Only a stance: a past tense, or a copula with a word of feeling ("are
    // afraid", "weren't too concerned"); not a bare act ("Voters return on
    // Tuesday") nor a description ("Protesters were a few blocks away").
    // ("the athletes sounded confident they would": how a feeling showed,
    // the feeling next; not "Pence sounded a positive note".)
    let copula = source::is_auxiliary(tagged, verb)
        || tagged.is_any(verb, words!["remain", "remains", "remained"])
        || tagged.is_any(verb, words!["sounded", "sounds", "seemed", "seems"])
            && tagged.in_set(verb + 1, &FEELINGS);
    // ("Drivers should be cautious": what the writer would have them feel;
    // "leaders are usually cautious": the writer's generality.)
    // ("Investors will be keen to see": the writer's forecast.)
    let prescribed = tagged.is_any(verb, words!["should", "must", "ought", "will", "would"])
        || tagged.is_any(
            verb + 1,
            words![
                "usually",
                "generally",
                "typically",
                "often",
                "always",
                "normally"
            ],
        );
    // ("have been less than impressed": a degree between, two words more.)
    let degree = (verb + 1..(verb + 4).min(range.end))
        .any(|k| tagged.is(k, "than") && tagged.is_any(k - 1, words!["less", "more"]));
    let reach = if degree { 6 } else { 4 };
    let feeling_at = (copula && !prescribed)
        .then(|| (verb + 1..(verb + reach).min(range.end)).find(|&k| tagged.in_set(k, &FEELINGS)))
        .flatten()
        // "24 delegates are divided among the districts": shared out, not
        // of two minds.
        .filter(|&k| !tagged.is_any(k + 1, words!["among", "into"]))
        // ("He is clear the ads will": certain; "donors have clear ties":
        // a modifier.)
        .filter(|&k| {
            !tagged.is(k, "clear") || tagged.is_any(k - 1, words!["is", "was", "are", "were"])
        });
    // ("Clinton aides were coy about whether they would": an answer
    // withheld, as a comment declined is.)
    if feeling_at.is_some_and(|k| {
        tagged.is(k, "coy")
            && tagged.is(k + 1, "about")
            && tagged.is_any(k + 2, words!["whether", "how", "what", "when", "who", "if"])
    }) {
        return None;
    }
    let feeling = feeling_at.is_some();
    let stance = feeling || tagged.bytes(verb).ends_with(b"ed");
    // ("Employees protested outside the stores": an act the cue finder
    // passed over is no stance.)
    let group_stance = plural_group(tagged, first, last)
        && stance
        && (feeling || !cue::is_noun_use(tagged, range, verb));
    // "The campaign was optimistic that she would": a feeling about a
    // claim, whoever holds it.
    // So is one before a clause ("is confident they will"), and a position
    // on something ("remains opposed to the deal", "was critical of").
    // ("is confident Real can close the gap", "confident his side will":
    // a name or a determiner opening the clause.)
    let feeling_that = feeling_at.is_some_and(|k| {
        tagged.is_any(
            k + 1,
            words![
                "that", "the", "he", "she", "they", "we", "it", "i", "you", "his", "her", "their",
                "its", "our", "my", "this", "these", "those", "there"
            ],
        ) || k + 2 < range.end
            // ("is worried students will not vote": a plural opening the
            // clause, its verb next.)
            && tagged.tokens[k + 1].lowercase()
            && source::is_plural(tagged, k + 1)
            && tagged.is_any(
                k + 2,
                words!["will", "would", "could", "may", "might", "can", "are", "were", "should"],
            )
            || k + 1 < range.end
                && tagged.tokens[k + 1].capitalized()
                && !tagged.quoted[k + 1]
                && k + 2 < range.end
                && tagged.tokens[k + 2].lowercase()
                && !tagged.in_set(k + 1, &source::NOT_NAME_SET)
            || tagged.in_set(k, &FEELINGS_ABOUT)
                && (tagged.is_any(k + 1, words!["to", "of", "about"])
                    // ("was keen not to talk about it".)
                    || tagged.is(k + 1, "not") && tagged.is(k + 2, "to"))
            // ("is concerned about how far this might go": a question held;
            // "was unsure why the ads ran": one with no preposition.)
            || tagged.is_any(k + 1, words!["about", "over"])
                && tagged.is_any(k + 2, words!["how", "whether", "what", "why", "where", "who"])
            // ("is also impressed with the pack's strength", "was pleased
            // with the result": a stance on a thing.)
            || tagged.is(k + 1, "with")
                && tagged.is_any(
                    k,
                    words![
                        "impressed", "pleased", "satisfied", "happy", "unhappy", "disappointed",
                        "dissatisfied", "frustrated", "delighted", "thrilled", "content",
                        "comfortable", "uncomfortable"
                    ],
                )
            // ("was not entirely convinced by these explanations": a
            // verdict on a claim.)
            || tagged.is(k + 1, "by")
                && tagged.is_any(
                    k,
                    words!["convinced", "unconvinced", "unpersuaded", "unimpressed", "impressed"],
                )
            || tagged.is_any(k, words!["unsure", "uncertain", "sure", "undecided"])
                && tagged.is_any(k + 1, words!["whether", "why", "how", "if", "what"])
    });
    if any_verb && !group_stance && !feeling_that && !quotation {
        return None;
    }
    // ("Miyagishima is the 18th recipient of the award, which is
    // \"presented to ...\"": a copula before a noun describes its subject,
    // and a quotation in a clause about that noun is no one's the subject
    // spoke.)
    if any_verb && copula && !feeling && describes_a_noun(tagged, range, verb) {
        return None;
    }
    // "..., and he landed a penalty": a clause joined to the one before
    // mostly tells what its subject did next, not what they hold.
    let joined = (first.saturating_sub(2)..first).any(|k| {
        k > range.start
            && tagged.is_any(k, words!["and", "but", "yet"])
            && tagged.tokens[k].lowercase()
    });
    // "Then Eric Trump called.": a verb that ends the sentence, with no
    // object or content, tells an act (a feeling, "were afraid", is kept,
    // and a verb of saying may tag the words before it: ", he stammered.").
    let tags_words_before = first > range.start
        && matches!(tagged.tokens[first - 1].kind(), Kind::Comma | Kind::Quote)
        && first - range.start >= 6;
    let bare_verb = !feeling
        && !has_quote
        && !tags_words_before
        && !tagged.word_in(verb, List::CueVerbs)
        && tagged
            .tokens
            .get(verb + 1)
            .is_none_or(|t| verb + 1 >= range.end || t.kind() == Kind::Period);
    if joined
        || bare_verb
        || (!quotation && acts_without_a_claim(tagged, range, verb))
        || not_a_source(tagged, first, last)
        || tagged.is_any(last, words!["it", "there"])
        || is_tally(tagged, first, last)
        || declines_to_comment(tagged, verb)
        // ("would not comment on \"market speculation\"", "has not said
        // whether": no comment past an auxiliary and its negation,
        // quotation or not.)
        || (verb..(verb + 3).min(range.end))
            .any(|v| no_comment_at(tagged, range, v) || v > verb && declines_to_comment(tagged, v))
        // ("the man credited with developing": a participle after its
        // noun, passive, whose agent is no one here.)
        || cue::passive_of(tagged, verb)
    {
        return None;
    }
    // ("Chris Carr, the committee's political director, released a
    // statement": the name's description between commas is the mention's,
    // its office with it.)
    let last = (tagged
        .tokens
        .get(last + 1)
        .is_some_and(|t| t.kind() == Kind::Comma)
        && verb > last + 2
        && tagged.tokens[verb - 1].kind() == Kind::Comma)
        .then(|| source::appositive_at(tagged, range, verb - 1))
        .flatten()
        // (Only to carry an office: the rest of a description changes
        // nothing the sentence's subject says or does.)
        .filter(|&(f, l)| {
            f == first
                && tagged.tokens[first].capitalized()
                && (last + 2..=l).any(|k| tagged.word_in(k, List::Titles))
        })
        .map_or(last, |(_, l)| l);
    let mut mention = source::classify(tagged, first, last, false);
    // Only a body heard before holds a position by any verb ("Orange added
    // customers" is an act), as only a person the article knows does.
    as_body_if_introduced_so(tagged, resolver, &mut mention, true);
    // A verb of saying, unless the cue finder read it as an act
    // ("protested outside the stores").
    let verb_says = || {
        (tagged.word_in(verb, List::CueVerbs) || tagged.word_in(verb, List::WeakCueVerbs))
            && !tagged.is_any(verb, cue::GESTURES)
            && !cue::is_noun_use(tagged, range, verb)
    };
    // ("Trump spoke for 77 minutes": a deed the cue finder knows; "The
    // minister laughed at the idea": a gesture away from any quotation.)
    let gesture = || tagged.is_any(main_verb_after(tagged, range, verb), cue::GESTURES);
    // (Past an auxiliary: "Holt has boasted an eclectic collection".)
    let names_an_act = || {
        cue::names_an_act(tagged, range, verb)
            || cue::names_an_act(tagged, range, main_verb_after(tagged, range, verb))
    };
    if !quotation && (names_an_act() || gesture()) {
        return None;
    }
    // ("Labour accused of 'EU propaganda'", "was charged with": the
    // subject is the one accused, whoever accuses.)
    let accused = |k: usize| {
        tagged.is_any(k, words!["accused", "charged", "suspected"])
            && tagged.is_any(k + 1, words!["of", "with"])
    };
    if accused(verb)
        || accused(main_verb_after(tagged, range, verb))
        || !quotation && decision_undergone(tagged, range, verb)
    {
        return None;
    }
    // People the article has introduced, groups of people, bodies and
    // described persons hold positions this way; unknown capitalised words
    // and documents as subjects mostly describe events.
    // ("He", "she": a person, whom the resolver will find.)
    let he_or_she = matches!(
        mention.kind,
        MentionKind::Pronoun(crate::source::Pronoun::He | crate::source::Pronoun::She)
    );
    let person_like = match mention.kind {
        MentionKind::Name => {
            // ("Katerina Thanou is confident she will": a feeling about a
            // claim is held by anyone named, met before or not.)
            ((mention.role == Role::Person || mention.titled)
                && (feeling_that || resolver.knows_person(tagged, mention.head.1)))
                || mention.role == Role::Official
                // "Clinton aides": unnamed members of a named side.
                || mention.identity == Identity::Anonymous
        }
        MentionKind::Pronoun(_) => he_or_she,
        MentionKind::RoleNoun => {
            // "The senators revived a bill": office holders in the plural
            // hold positions as a group does, by words of stance.
            let plural_title = plural_office(tagged, last);
            // ("The Spaniard donated": a player's acts are no claims; "the
            // candidate", like a name, holds positions by any verb.)
            // ("The fly-half failed to convert": a player by position too.)
            let epithet =
                source::is_epithet(tagged, first, last) || tagged.in_set(last, &source::PLAYERS);
            !(plural_title || epithet) || feeling || verb_says()
        }
        MentionKind::Other => {
            // ("Opposition MPs are worried": office holders in the plural,
            // unnamed, as a group.)
            mention.identity == Identity::Anonymous
                && matches!(mention.role, Role::Person | Role::Official)
                // ("the music industry is confident": a trade's firms, a
                // group in the singular.)
                && (plural_group(tagged, first, last)
                    || plural_office(tagged, last)
                    || tagged.is(last, "industry"))
                && (feeling || verb_says())
        }
    };
    if !person_like {
        return None;
    }
    // ("she has shown vulnerabilities", "He showed great poise": what a
    // person shows is seen in deeds; documents show findings.)
    let person = he_or_she || mention.kind == MentionKind::Name && mention.role == Role::Person;
    if person
        && !quotation
        && tagged.is_any(
            main_verb_after(tagged, range, verb),
            words!["show", "shows", "showed", "shown", "showing"],
        )
    {
        return None;
    }
    let resolved = resolver.resolve(tagged, &mention);
    let (identity, role) = labelled_as(&mention, resolved);
    // "Apple released a phone", "the bank raised rates": a body's act is
    // the writer's report, not a claim of the body's; its decisions
    // ("the council blocked the plan") are its positions.
    // ("GM is calling back cars", "Airbus has delivered 40 jets": the act
    // after its auxiliary.)
    let act = progressive_after(tagged, range, verb)
        .unwrap_or_else(|| main_verb_after(tagged, range, verb));
    // "She voted for Obama in 2012", "Rubio early voted on March 2": a
    // ballot cast for someone, or cast at all, is a deed, as the guide's
    // "they voted" is ("voted to ban cloning", "voted for a rate rise" hold
    // positions on measures, and a body's vote is its decision).
    let ballot = || {
        let k = if tagged.is_any(act + 1, words!["for", "against"]) {
            act + 2
        } else {
            act + 1
        };
        k >= range.end
            || tagged.tokens[k].capitalized() && !tagged.is(k, "the")
            || tagged.is_any(k, words!["on", "at", "early", "absentee", "by"])
            || !tagged.tokens[k].is_word()
    };
    if !quotation
        && tagged.is_any(act, words!["voted", "votes"])
        && ballot()
        && !is_body(tagged, &mention, role)
    {
        return None;
    }
    if is_body(tagged, &mention, role)
        && !quotation
        && !feeling
        && !source::is_auxiliary(tagged, act)
        // ("the bank added to the pressure", "SBC agreed to buy AT&T": a
        // verb of saying the cue finder read as an act is an act here too.)
        && (cue::is_noun_use(tagged, range, act)
            || !tagged.word_in(act, List::CueVerbs)
                && !tagged.word_in(act, List::WeakCueVerbs)
                && !tagged.in_set(act, &STANCES)
                && !decided(tagged, range, act))
    {
        return None;
    }
    Some(Found {
        mention,
        resolved,
        // "are afraid": the copula and the word of feeling; "have
        // attacked": the participle after the auxiliary.
        cue: match feeling_at {
            Some(feeling) => Cue {
                kind: CueKind::Verb,
                first: verb,
                last: feeling,
                passive: false,
            },
            None => {
                let shown = main_verb_after(tagged, range, verb);
                Cue {
                    kind: CueKind::Verb,
                    first: shown,
                    last: shown,
                    passive: false,
                }
            }
        },
        identity,
        role,
        mode: Mode::Indirect,
        quote: None,
    })
}

/// Whether the sentence opens with an office held, then a comma right
/// before the name at `name`: "The new chairman of the Bar Council, Guy
/// Mansfield, warned", "Nevada's governor, Brian Sandoval, said". The
/// words before the comma hold no verb, and a title of the lists heads
/// them (a former office or a job at a firm is no office held).
fn office_before(tagged: &Tagged, range: &Range<usize>, name: usize) -> bool {
    let Some(comma) = name.checked_sub(1) else {
        return false;
    };
    if comma <= range.start
        || comma - range.start > 10
        || tagged.tokens[comma].kind() != Kind::Comma
    {
        return false;
    }
    // Lowercase words other than titles that such an opening holds.
    #[rustfmt::skip]
    const FRAME: &[u64] = words![
        "the", "a", "an", "its", "his", "her", "their", "of", "for", "at", "and", "new",
        "deputy", "acting", "interim", "senior", "chief", "top", "current", "state's", "city's",
        "country's", "county's", "party's", "company's", "nation's",
    ];
    let words = range.start..comma;
    let plain = words.clone().all(|k| {
        let t = tagged.tokens[k];
        (t.is_word() || t.kind() == Kind::Period || t.kind() == Kind::Quote)
            && !tagged.quoted[k]
            && (!t.lowercase() || tagged.is_any(k, FRAME) || tagged.word_in(k, List::Titles))
    });
    // The title heads the words: it ends them or "of"/"for" follows it.
    let headed = words.clone().any(|k| {
        tagged.word_in(k, List::Titles)
            && (k + 1 == comma || tagged.is_any(k + 1, words!["of", "for", "at"]))
            && !tagged.tokens[k].capitalized()
    });
    let former = words
        .clone()
        .any(|k| tagged.is_any(k, words!["former", "ex", "then", "late"]));
    plain && headed && !former
}

/// Whether a source speaks as a body: an institution or a pronoun for one,
/// not a person (titled or not, or named by office: "the Texas senator").
fn is_body(tagged: &Tagged, mention: &Mention, role: Role) -> bool {
    let office =
        mention.kind == MentionKind::RoleNoun && tagged.entry_ending_at(mention.last, List::Titles);
    role == Role::Official
        && !mention.titled
        && !office
        && !matches!(
            mention.kind,
            MentionKind::Pronoun(source::Pronoun::He | source::Pronoun::She)
        )
}

/// "That frustrates many analysts because they believe": an unresolved
/// "they" opening a clause right after unnamed people (counted, or a noun
/// of the anonymity list) stands for them.
fn unnamed_people_before(tagged: &Tagged, range: &Range<usize>, m: &Mention) -> Option<Resolved> {
    if m.kind != MentionKind::Pronoun(source::Pronoun::They) {
        return None;
    }
    // (Right before a clause of their own, "analysts because they", not
    // "visited several residents before they said", whose subject is
    // another's, nor "the way they defend".)
    let k = m.first.checked_sub(2).filter(|&k| k >= range.start)?;
    if !(tagged.word_in(k, List::GroupNouns)
        && source::is_plural(tagged, k)
        && tagged.is_any(k + 1, words!["because", "as", "since", "and", "but"])
        && !tagged.quoted[k])
    {
        return None;
    }
    let counted = k > range.start && tagged.is_any(k - 1, source::SOME_PEOPLE);
    (counted || tagged.word_in(k, List::Anonymity)).then_some(Resolved {
        name: (k - usize::from(counted), k),
        identity: Identity::Anonymous,
        role: Role::Person,
    })
}

/// A question the writer puts, its subject right after the auxiliary that
/// opens it, with no quotation ("Does he know what that entails?").
/// ("What have the trials told us?": after a question word too, unless it
/// asks why a claim was made: "Why had he asserted that ...?")
fn writers_question(
    tagged: &Tagged,
    range: &Range<usize>,
    has_quote: bool,
    first: usize,
    cue_last: usize,
) -> bool {
    const WH: &[u64] = words!["what", "why", "how", "who", "where", "when", "which"];
    // (Only a question whose cue ends it, nothing reported after: not
    // "Why did Trump claim the election was rigged?")
    let opener = if tagged.is_any(range.start, WH) && cue_last + 4 >= range.end {
        range.start + 1
    } else {
        range.start
    };
    !has_quote
        && first == opener + 1
        && range.end > opener + 2
        && tagged.word(range.end - 1) == "?"
        && source::is_auxiliary(tagged, opener)
}

/// Whether the main verb after `verb` is one of [`NO_CLAIM_ACTS`], with no
/// question or finding raised ("raised the possibility that", "produced
/// evidence that" are claims).
fn acts_without_a_claim(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    let mut act = main_verb_after(tagged, range, verb);
    // ("Clinton only further muddled": past a few adverbs.)
    #[rustfmt::skip]
    const ADVERBS: &[u64] = words![
        "only", "further", "also", "then", "just", "even", "still", "first", "later", "once",
        "again", "soon", "quickly", "briefly", "eventually", "finally",
    ];
    while act + 1 < range.end && act < verb + 3 && tagged.is_any(act, ADVERBS) {
        act += 1;
    }
    // "Clinton appeared to have the most to gain", "she appeared to step on
    // her own momentum", "The vice president appeared deferential": how
    // things look to the writer ("appeared to acknowledge" reports words,
    // "appeared confident that" is a feeling held).
    if tagged.is_any(act, words!["appeared", "appears", "seemed", "seems"]) {
        let look = if tagged.is(act + 1, "to") {
            (tagged.is_any(
                act + 2,
                words!["have", "be", "gain", "lose", "win", "enjoy", "face"],
            ) || !tagged.word_in(act + 2, List::CueVerbs)
                && !tagged.word_in(act + 2, List::WeakCueVerbs))
                // ("appeared to have confirmed that" reports words.)
                && !tagged.word_in(act + 3, List::CueVerbs)
        } else {
            tagged.tokens.get(act + 1).is_some_and(|t| t.lowercase())
                && !tagged.is_any(act + 1, words!["on", "in", "at", "before", "with"])
                && !tagged.in_set(act + 1, &FEELINGS)
                && !tagged.is(act + 2, "that")
        };
        if look {
            return true;
        }
    }
    // "He charmed Sara Netanyahu", "Ferguson surprised the football world":
    // a feeling caused in another ("was surprised" is the subject's own).
    let caused_feeling = tagged.in_set(act, &CAUSED_FEELINGS)
        && act > range.start
        && !tagged.is_any(
            act - 1,
            words![
                "is", "was", "are", "were", "be", "been", "being", "'s", "got", "get", "gets",
                "felt", "feel", "feels", "seemed", "seems", "looked", "looks"
            ],
        )
        && tagged.tokens.get(act + 1).is_some_and(|t| {
            t.capitalized()
                || tagged.is_any(
                    act + 1,
                    words![
                        "the", "a", "an", "his", "her", "their", "its", "him", "them", "many",
                        "some", "fans", "voters"
                    ],
                )
        });
    if caused_feeling {
        return true;
    }
    // "Neeson used to listen to his sermons": a habit ("used to say" is
    // read by the cue finder; "used the speech to refute" is a stance).
    if tagged.is(act, "used")
        && tagged.is(act + 1, "to")
        && !tagged.word_in(act + 2, List::CueVerbs)
    {
        return true;
    }
    // ("McCarthy settled on: I don't trust him": an argument chosen.)
    if tagged.is(act, "settled") && tagged.is(act + 1, "on") {
        return false;
    }
    // "changed her schedule", "changed his name": a change of things;
    // "changed his tune", "changed course" is one of stance.
    #[rustfmt::skip]
    const STANCE_NOUNS: &[u64] = words![
        "tune", "position", "positions", "mind", "view", "views", "stance", "course",
        "perspective", "opinion", "policy", "approach", "tack", "heart", "message",
    ];
    if tagged.is(act, "changed") && !(act + 1..act + 4).any(|k| tagged.is_any(k, STANCE_NOUNS)) {
        return true;
    }
    // "passed away", "passed up the chance", "passed three background
    // checks", "passed more amendments": no position passed ("Congress
    // passed the act" is a decision).
    if tagged.is(act, "passed")
        && (tagged.is_any(
            act + 1,
            words!["away", "up", "on", "many", "more", "several", "two", "three", "four", "five"],
        ) || tagged
            .bytes(act + 1)
            .first()
            .is_some_and(u8::is_ascii_digit))
    {
        return true;
    }
    // "Jeb Bush fired at Trump", "fired back": words aimed, not shots.
    if tagged.is(act, "fired") && tagged.is_any(act + 1, words!["at", "back", "off"]) {
        return false;
    }
    // "Argonaut called in administrators": help summoned.
    // ("have called off projects": plans dropped.)
    if tagged.is(act, "called") && tagged.is_any(act + 1, words!["in", "off"]) {
        return true;
    }
    // "The campaign has not commented": no comment, which the guide
    // leaves unattributed. ("Clinton has not mentioned Machado" is a
    // claim in the evaluation data.)
    if no_comment_at(tagged, range, act) {
        return true;
    }
    // "shared the best actress award": a prize in common.
    if cue::shares_a_prize(tagged, act) {
        return true;
    }
    // "Rubio suspended his campaign": a race left ("suspended the talks"
    // is a body's decision).
    if tagged.is_any(act, words!["suspended", "ended", "launched", "relaunched"])
        && tagged.is_any(act + 1, words!["his", "her", "their"])
        && tagged.is_any(
            act + 2,
            words!["campaign", "bid", "candidacy", "campaigns", "presidential"],
        )
    {
        return true;
    }
    // "Delta suspended her": an employee disciplined, no position taken
    // ("suspended the talks" is a body's decision).
    if tagged.is_any(act, words!["suspended", "dismissed", "sacked", "expelled"])
        && tagged.is_any(act + 1, words!["her", "him", "them"])
    {
        return true;
    }
    // "he leaned on his executive powers": a deed.
    if tagged.is_any(act, words!["leaned", "leans", "lean"]) && tagged.is(act + 1, "on") {
        return true;
    }
    // ("The state party backed down": a retreat, no position backed.)
    if tagged.is_any(act, words!["backed", "backs", "back", "backing"])
        && tagged.is_any(act + 1, words!["down", "off", "away"])
    {
        return true;
    }
    tagged.in_set(act, &NO_CLAIM_ACTS)
        && !(act + 1..act + 4).any(|k| {
            tagged.is_any(
                k,
                words![
                    "possibility",
                    "issue",
                    "question",
                    "questions",
                    "doubts",
                    "doubt",
                    "concerns",
                    "concern",
                    "prospect",
                    "evidence",
                    "fears",
                    "alarm",
                ],
            )
        })
        // ("muddled a dispute that has dogged her": a relative clause is no
        // claim's "that".)
        && !tagged.is(act + 1, "that")
}

/// "dogged by allegations it supports gang culture", "newspaper
/// speculation that Santini had felt undermined", "convincing audiences
/// that they want": a stance inside what an allegation or a rumour holds,
/// or what someone is brought to hold, is its content, not its subject's
/// claim (words said inside it, "reports that Trump said", stay a
/// source's).
fn content_of_a_rumour(tagged: &Tagged, range: &Range<usize>, first: usize, cue: &Cue) -> bool {
    #[rustfmt::skip]
    const RUMOURS: &[u64] = words![
        "allegation", "allegations", "speculation", "rumour", "rumours", "rumor", "rumors",
        "suggestions", "suspicions",
    ];
    let noun = if first >= range.start + 2 && tagged.is(first - 1, "that") {
        first - 2
    } else {
        first.wrapping_sub(1)
    };
    // ("convincing audiences that they want what you make": what one is
    // brought to hold, after the verb and its object.)
    #[rustfmt::skip]
    const PERSUADING: &[u64] = words![
        "convince", "convinces", "convinced", "convincing", "persuade", "persuades", "persuaded",
        "persuading", "remind", "reminds", "reminded", "reminding",
    ];
    let persuaded = || {
        noun + 1 < first
            && (noun.saturating_sub(3).max(range.start)..noun).any(|k| tagged.is_any(k, PERSUADING))
    };
    cue.kind == CueKind::Verb
        && noun < first
        && noun >= range.start
        && (tagged.is_any(noun, RUMOURS) || persuaded())
        && !tagged.is_any(cue.first, words!["said", "says", "say", "told", "tells"])
}

/// "If the European Council agrees on the directive, ...", "Unless the
/// union accepts": the subject of a condition opening the sentence, and
/// its verb in the present, state no claim (a source set off inside it,
/// "If, as Lee says, ...", still does).
fn condition_subject(tagged: &Tagged, range: &Range<usize>, first: usize, cue: &Cue) -> bool {
    let opener = if tagged.is_any(range.start, words!["but", "and"]) {
        range.start + 1
    } else {
        range.start
    };
    // ("But if Carson implied that ...": a past word granted, not a
    // condition.)
    // ("Had the authorities found the posts, they might have": a condition
    // contrary to fact, its verb a participle.)
    let had = tagged.is(opener, "had") && tagged.tokens[opener].capitalized();
    // ("but had he denied the murder, he would have": the same condition
    // after a comma or a conjunction.)
    let inverted = first >= range.start + 2
        && tagged.is(first - 1, "had")
        && tagged.tokens[first - 1].lowercase()
        && tagged.is_any(first, words!["he", "she", "they", "it", "we", "i", "you"])
        && (tagged.tokens[first - 2].kind() == Kind::Comma
            || tagged.is_any(first - 2, words!["but", "and", "or"]));
    if inverted && cue.kind == CueKind::Verb && cue.first == first + 1 {
        return true;
    }
    // ("will be crucial if she hopes not to lose": a condition inside the
    // sentence, the writer's.)
    // (A stance only: "if Holt asks him" is a question put, which the
    // evaluation data counts.)
    let inner_if = first > opener + 1
        && tagged.is_any(first - 1, words!["if", "unless"])
        && tagged.tokens[first - 1].lowercase()
        && tagged.is_any(
            cue.first,
            words![
                "hopes", "hope", "thinks", "think", "believes", "believe", "wants", "want",
                "plans", "plan", "feels", "feel", "expects", "expect", "agrees", "agree",
            ],
        );
    cue.kind == CueKind::Verb
        && (first == opener + 1 || inner_if)
        && (had
            || !cue::is_past(tagged, cue.first)
                && (inner_if || tagged.is_any(opener, words!["if", "unless"])))
        && (first..cue.first).all(|k| tagged.tokens[k].is_word())
}

/// Acts of the body, steps of a life, results won and deeds done, which
/// hold no claim, whoever does them ("Harris trained as a pilot", "the
/// family beamed", "he prevailed 46 to 40", "Trump hired a veteran");
/// beside a quotation they may still tag it ("..., he smiled").
#[rustfmt::skip]
static NO_CLAIM_ACTS: WordSet<256> = word_set![
    "trained", "studied", "beamed", "stared", "smiled", "grinned", "nodded", "gazed", "waved",
    "clapped", "paused", "arrived", "hurried", "rushed", "fled", "lingered", "towered", "cruised",
    "crisscrossed", "descended", "huddled", "gestured", "earned", "prevailed", "fared",
    "trounced", "graduated", "married", "retired", "travelled", "traveled", "walked", "sat",
    "slept", "died", "grew", "lived", "wept", "danced", "sang", "jogged", "swam", "ate", "drank",
    "captured", "hired", "staged", "chaired", "submitted", "tied", "contributed", "raised",
    "ended", "suffered", "produced", "sustained", "scored", "donated", "displayed", "turned",
    "racked", "stepped", "posed", "roared", "twisted", "kicked", "rifled", "achieved", "garnered", "tapped", "undermined",
    "benefited", "benefitted", "represented", "slipped", "nibbled", "elevated", "spearheaded",
    "reeled", "settled", "developed", "moved", "relocated", "emigrated", "immigrated", "flew",
    "listened", "guided", "pandered", "interviewed", "headlined", "exited", "toured", "secured",
    "emerged", "enlisted", "starred", "downloaded", "muddled", "crushed", "dabbled", "arrested",
    "resigned", "eked", "commanded", "covered", "endured", "thrashed", "employed",
    "fired", "coached", "happened", "happens", "assumed", "belonged", "presided", "engineered",
    "oversaw", "orchestrated", "masterminded",
];

/// Past tenses that cause a feeling in their object.
#[rustfmt::skip]
static CAUSED_FEELINGS: WordSet<64> = word_set![
    "charmed", "surprised", "stunned", "shocked", "astonished", "amazed", "dazzled", "wowed",
    "thrilled", "delighted", "impressed", "angered", "infuriated", "enraged", "outraged",
    "dismayed", "disappointed", "upset", "frustrated", "alarmed", "baffled", "puzzled",
    "confused", "moved", "inspired", "entertained", "amused", "bored", "scared", "frightened",
];

/// Past tenses of a body's decisions: what it holds, shown by what it
/// decides ("the Security Council imposed sanctions", "a legislature
/// repealed the law"), as against acts of business ("hired", "raised").
#[rustfmt::skip]
pub(crate) static DECISIONS: WordSet<128> = word_set![
    "decided", "blocked", "approved", "vetoed", "banned", "imposed", "repealed", "overturned",
    "upheld", "authorized", "authorised", "ordered", "passed", "adopted", "voted", "enacted",
    "dismissed", "lifted", "sanctioned", "endorsed", "rejected", "backed", "opposed", "judged",
    "dropped", "scrapped", "abandoned", "withdrew", "cancelled", "canceled", "postponed",
    "suspended",
];

/// A body's decision at `verb` ("blocked the plan"), not a price moving
/// nor one undergone.
fn decided(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    tagged.in_set(verb, &DECISIONS)
        && !moves_by_a_figure(tagged, verb)
        && !decision_undergone(tagged, range, verb)
}

/// "UKIP candidate suspended in probe", "Minister sacked over leak": a
/// headline's passive (no full stop ends it), a decision (which takes an
/// object) followed by a preposition; its subject is the one decided on
/// ("the deadline Congress imposed in the act." is a decision made).
fn decision_undergone(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    let headline = range.end > range.start
        && !matches!(
            tagged.tokens[range.end - 1].kind(),
            Kind::Period | Kind::Break | Kind::Quote | Kind::Close
        );
    headline
        && (tagged.in_set(verb, &DECISIONS)
            || tagged.is_any(
                verb,
                words!["sacked", "expelled", "fired", "fined", "jailed"],
            ))
        && tagged.is_any(
            verb + 1,
            words!["in", "over", "after", "amid", "following", "pending", "for"],
        )
        && !tagged.is_any(verb, words!["decided", "voted", "withdrew", "judged"])
}

/// "Singapore Airlines dropped 2.6%", "the index passed 10,000.": a price
/// or a count moving, no decision: a figure after the verb (or after "by"
/// or "to", or a currency's sign) that ends the clause or is a share
/// ("ordered 30 projects halted" counts what was ordered; "voted 5 to 4" is
/// a vote).
fn moves_by_a_figure(tagged: &Tagged, verb: usize) -> bool {
    const SHARES: &[u64] = words!["percent", "per", "points", "pence", "cents"];
    let mut k =
        verb + 1 + usize::from(tagged.is_any(verb + 1, words!["by", "to", "almost", "nearly"]));
    if !tagged.tokens.get(k).is_some_and(|t| t.is_word()) {
        k += 1;
    }
    let ends = |k: usize| {
        tagged
            .tokens
            .get(k)
            .is_none_or(|t| !t.is_word() && t.kind() != Kind::Other)
            || tagged.bytes(k) == b"%"
            || tagged.is_any(k, SHARES)
    };
    !tagged.is(verb, "voted")
        && tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
        && ends(k + 1)
}

/// "Republicans, who say": the relative pronoun is the mention, as "they"
/// would be, and it resolves to what it stands for.
fn relative_mention(
    tagged: &Tagged,
    antecedent: Mention,
    resolved: Option<Resolved>,
    pronoun: usize,
) -> (Mention, Option<Resolved>) {
    let name = match antecedent.kind {
        MentionKind::Name => antecedent.head,
        _ => (antecedent.first, antecedent.last),
    };
    // "the Harbour Trust, which said": a body, whatever its name suggested.
    let role = if tagged.is(pronoun, "which") && antecedent.role == Role::Person {
        Role::Official
    } else {
        antecedent.role
    };
    let resolved = resolved.map(|r| Resolved { role, ..r }).or(Some(Resolved {
        name,
        identity: antecedent.identity,
        role,
    }));
    let mention = Mention {
        first: pronoun,
        last: pronoun,
        head: (pronoun, pronoun),
        role,
        ..antecedent
    };
    (mention, resolved)
}

/// The subject of words that introduce a quotation with a colon, as an
/// attribution whose cue is the colon's verb.
pub(crate) fn introduction(tagged: &Tagged, range: Range<usize>) -> Option<Found> {
    let (first, last, verb) = source::introducing_subject(tagged, &range)?;
    if not_a_source(tagged, first, last) || tagged.is_any(last, words!["it", "there"]) {
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
        mode: Mode::Indirect,
        quote: None,
    })
}
