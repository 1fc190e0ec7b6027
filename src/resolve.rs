//! Who a pronoun or a role noun stands for: `she` → the most recent woman
//! named, `the president` → the most recent person titled president, `they`
//! → the most recent group. A pronoun takes the identity and role of the
//! mention it refers to, as that source was introduced.
//!
//! [`Resolver::observe`] reads each sentence as it passes and
//! [`Resolver::resolve`] answers for a mention; their helpers live by what
//! they track:
//!
//! - `note`: what each sentence adds (names completed, outlets, bodies,
//!   candidates).
//! - `person`: people, by name, honorific or pronoun, and the unnamed met
//!   again.
//! - `body`: firms, offices and their holders, documents' authors.
//! - `title`: titles as keys, so "Sen." and "the senator" meet.

use crate::attribute::Found;
use crate::lexicon::{List, Lists};
use crate::model::{Identity, Role};
use crate::source::shaped_as_description;
use crate::source::{
    after_dateline, name_run, Mention, MentionKind, Pronoun, COUNTED, HONORIFICS, NOT_NAME_SET,
    PARTICLES,
};
use crate::token::words;
use crate::token::{fold_hash, word_set, Kind, Tagged, TextMap, WordSet};
use std::ops::Range;
use title::{head_key, title_start, TitleKeys, Titled};

mod body;
mod note;
mod person;
mod title;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// A person or body the article has named.
#[derive(Clone, Debug)]
struct Entity {
    /// Tokens of its fullest name.
    name: (usize, usize),
    gender: Option<Gender>,
    /// The office title it was introduced with ("president").
    title: Option<usize>,
    identity: Identity,
    role: Role,
    last_seen: usize,
    person: bool,
    /// The place of an office it was called the holder of ("the New
    /// Jersey governor"): no other place's office stands for it.
    place: Option<u64>,
}

/// What a mention resolves to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    /// Tokens of the name it stands for.
    pub name: (usize, usize),
    pub identity: Identity,
    pub role: Role,
}

/// The entities of one article, built sentence by sentence.
pub(crate) struct Resolver<'t> {
    entities: Vec<Entity>,
    /// Entities by the key of their surname (and first name), and by
    /// [`full_name_key`], for names that share a surname ("Bill Clinton",
    /// "Hillary Clinton").
    by_word: TextMap<u64, usize>,
    _text: std::marker::PhantomData<&'t str>,
    /// The entities mentioned last, most recent at the end: pronouns and
    /// role nouns look only here, which keeps resolution linear.
    recent: Vec<usize>,
    /// The last person introduced with each title ("president"), and
    /// ("Florida governor") with the place or body before it: see
    /// [`TitleKeys`].
    by_title: TextMap<u64, Titled>,
    /// The last group or body that was a source, for `they` and `it`.
    last_group: Option<Resolved>,
    last_body: Option<Resolved>,
    /// The last person who was a source, and where: "he said" prefers the
    /// speaker of the sentences before to a name merely mentioned since.
    last_source: Option<(usize, usize)>,
    /// The documents last cited as sources, by the key of their noun
    /// ("poll"), most recent at the end: "the poll" stands for the last one.
    documents: Vec<(u64, Resolved)>,
    /// The last named people or bodies cited together ("Grassley and Leahy
    /// said", "SBC and AT&T said"), and where: "they", "the two", "both
    /// senators", "the companies" soon after stand for them.
    last_people: Option<(Resolved, usize)>,
    /// The last news outlet named as a source: "the newspaper" stands for it.
    last_outlet: Option<Resolved>,
    /// Where that outlet was cited: a piece ("the story") near it is its.
    last_outlet_at: usize,
    /// Outlets the text named in two words or more, most recent at the end:
    /// "the Journal" stands for "The Wall Street Journal".
    outlets: Vec<(usize, usize)>,
    /// Bodies named as sources, most recent at the end: "the committee",
    /// "the company" stand for the last of their kind.
    named_bodies: Vec<Resolved>,
    /// The person whose name opens the sentence being read, and its tokens:
    /// "he" later in that sentence stands for them before anyone named since
    /// ("Cruz won the backing of Ribble and Grothman, as he sought"); and
    /// whether the name is a possessive ("Mr Blair's government").
    subject: Option<(usize, Range<usize>, bool)>,
    /// Another person named after the subject in the sentence being read,
    /// not as a possessive ("Mutu was sacked, a move Wenger backed").
    rival: Option<usize>,
    /// The last person named right after "asked" ("Hannity asked Trump"),
    /// who answers a "he told Hannity" after.
    asked: Option<usize>,
    /// The person whose name opened the sentence before, where that
    /// sentence starts, and its [`Resolver::rival`]: "Lee lost. He said"
    /// means Lee, even after another source spoke before Lee's sentence.
    previous_subject: Option<(usize, usize, Option<usize>)>,
    /// Whether the sentence before lay wholly inside a quotation: one that
    /// opens a quotation tagged later ("“The epidemic must stop. I will act,”
    /// he tweeted") leaves the subject before it as the one "he" means.
    quoted_sentence: bool,
    /// A person a copula presents in the sentence being read ("The
    /// director is Matthew Warchus"), with the sentence's first token; and
    /// that of the sentence before.
    presented: Option<(usize, usize)>,
    previous_presented: Option<(usize, usize)>,
    /// A body of the lists whose name opened a sentence as its subject
    /// ("Microsoft also made some announcements. It said"): "it" after,
    /// until a body speaks ([`Resolver::body_cited`] clears it).
    subject_body: Option<Resolved>,
    /// Keys of one-word names the article introduced as bodies ("oil giant
    /// Yukos", "video game firm Bioware"): "Yukos said" is a body's word.
    /// With whether the body has been a source since.
    bodies: Vec<(u64, bool)>,
    /// Names of two or three capitalised words the lists do not know as a
    /// person's ("Arsene Wenger", "Lindsay Davenport"), by the key of their
    /// last word: a surname alone that names no known person ("Wenger
    /// said") stands for the last such name.
    candidates: TextMap<u64, (usize, usize)>,
    /// People introduced by their relation to someone ("his brother Alastair
    /// Osman", "Mr Nogar's son Stephen"), by the key of the noun: "his
    /// brother" later stands for them.
    by_relation: TextMap<u64, usize>,
    /// Unnamed people introduced with an article ("a witness", "a Carrier
    /// executive"), by the key of their noun: "the witness" later stands
    /// for the same person.
    unnamed: TextMap<u64, usize>,
    /// Initials an article gives a name in brackets ("General Motors
    /// (GM)"), by their key: the initials alone later stand for the name.
    initials: TextMap<u64, (usize, usize)>,
    /// The first token of the sentence being read.
    sentence_start: usize,
    /// The first token of the sentence before it.
    previous_start: usize,
    /// Words asked whether the article capitalises them inside a sentence,
    /// with the answer: at most [`CAPITALS_ASKED`], each a walk over the
    /// text.
    capitalised_inside: Vec<(u64, bool)>,
    /// Bodies introduced after a noun of their kind ("budget airline
    /// Ryanair", "publishing group Independent News & Media"), by the key
    /// of the noun, most recent at the end: "the airline", "the group"
    /// stand for them even before they speak.
    introduced: Vec<(u64, (usize, usize))>,
    /// The listed company that last opened a sentence ("Boeing unveiled a
    /// jet"), for "the company" or "the firm" after it.
    company_opened: Option<(usize, usize)>,
    /// The last company named in passing by its legal suffix or an
    /// appositive ("at Vanguard Logistics Services", "MTN - the South
    /// African firm"), with the first token of its sentence.
    firm_named: Option<((usize, usize), usize)>,
}

/// How many bodies cited as sources an article keeps for "the committee".
/// The key by which a document noun at `k` is remembered: "the poll" and
/// "the survey" are one.
fn document_key(tagged: &Tagged, k: usize) -> u64 {
    if tagged.is_any(k, words!["survey", "poll"]) {
        crate::token::fold_hash("poll")
    } else {
        tagged.tokens[k].key
    }
}

/// How many words [`Resolver::capitalised_inside`] answers for by a walk.
const CAPITALS_ASKED: usize = 16;

const NAMED_BODIES: usize = 8;

/// Nouns of bodies that "the" and the noun with a capital name after the
/// body's full name ("the European Commission ... the Commission"), unlike
/// "the House" after "the White House".
#[rustfmt::skip]
const CAPITALISED_SHORT_NAMES: &[u64] = words![
    "commission", "committee", "council", "department", "ministry", "agency", "authority",
    "board", "bureau", "foundation", "institute", "association", "federation", "corporation",
    "company", "trust", "society", "league", "organisation", "organization", "campaign",
    "academy",
];

/// Nouns for a company, which stand for a body named with a legal suffix.
#[rustfmt::skip]
const COMPANY_NOUNS: &[u64] = words![
    "company", "firm", "corporation", "business", "carmaker", "automaker", "retailer", "lender",
    "insurer", "airline", "manufacturer", "maker", "chipmaker", "drugmaker", "bank", "group",
];

/// Nouns that stand for a group of the kind [`GROUP_NAME_ENDS`] names.
const GROUP_BODY_NOUNS: &[u64] = words!["group", "organization", "organisation", "charity"];

/// The last words of the names of foundations, charities and campaigns.
#[rustfmt::skip]
const GROUP_NAME_ENDS: &[u64] = words![
    "foundation", "association", "institute", "trust", "society", "coalition", "alliance",
    "network", "federation", "fund", "center", "centre", "council", "organization",
    "organisation", "project", "campaign", "league", "movement", "group", "committee",
];

/// The last words of companies' names: legal suffixes and their like.
#[rustfmt::skip]
const COMPANY_SUFFIXES: &[u64] = words![
    "corp", "inc", "ltd", "plc", "llc", "co", "company", "holdings", "gmbh", "corporation",
    "group", "services", "partners", "industries", "enterprises", "technologies", "systems",
    "motors", "airlines", "airways", "logistics",
];

/// "Zeta, a software firm, ...": a one-word name at `k` that an
/// appositive describes as a body (up to three lowercase words and a noun
/// of bodies), not a person's name.
fn described_as_body(tagged: &Tagged, start: usize, k: usize) -> bool {
    let tokens = &tagged.tokens;
    let alone = k == start || !tokens[k - 1].capitalized();
    if !alone
        || !tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Comma)
        || !tagged.is_any(k + 2, words!["a", "an", "the"])
        || tagged.word_in_any(k, crate::source::GIVEN_NAMES)
        || tagged.quoted[k]
    {
        return false;
    }
    let noun = (k + 3..k + 7)
        .take_while(|&j| tokens.get(j).is_some_and(|t| t.is_word() && t.lowercase()))
        // ("Reyes, a member of the team,": the head before a preposition.)
        .take_while(|&j| !tagged.in_set(j, &crate::source::PREPOSITIONS))
        .find(|&j| tagged.word_in(j, List::InstitutionNouns));
    noun.is_some_and(|j| {
        tokens
            .get(j + 1)
            .is_none_or(|t| matches!(t.kind(), Kind::Comma | Kind::Period))
            || tagged.is_any(j + 1, words!["that", "which", "based"])
    })
}

/// Whether a body's name may be a company's: none of its words is a public
/// body's noun ("Department", "Party") or starts a listed institution or
/// outlet, and the whole is no place or region ("UK Coal" may be a firm).
fn names_a_firm(tagged: &Tagged, (first, last): (usize, usize)) -> bool {
    let whole = |list: List| tagged.entry_at(first, list) == Some(last);
    // ("Democrats", "MPs", "Swedish", "Increased": one word that is a
    // group's, a title's plural, a nation's adjective or a verb.)
    let word = tagged.bytes(first);
    let no_name = first == last
        && (tagged.word_in(first, List::GroupNouns)
            || tagged.word_in(first, List::Titles)
            || crate::source::is_plural(tagged, first)
            || word.ends_with(b"ed")
            || word.ends_with(b"ish"));
    tagged.tokens[first].capitalized()
        && !no_name
        && !whole(List::Places)
        && !whole(List::Regions)
        && (whole(List::Companies)
            || !(first..=last).any(|k| {
                tagged.word_in(k, List::InstitutionNouns)
                    || tagged.lists_starting_at(k).has(List::Institutions)
                    || tagged.lists_starting_at(k).has(List::Outlets)
            }))
}

/// Words before "company" or "firm" that make it another one than the last
/// cited: a new one ("the combined company") or one of another kind ("the
/// law firm").
#[rustfmt::skip]
const OTHER_FIRMS: &[u64] = words![
    "combined", "merged", "new", "parent", "rival", "former", "other", "law", "legal",
    "accounting", "consulting", "lobbying", "pr", "research", "security", "investment",
];

/// How many tokens after an outlet was cited "the story" may still be its.
const PIECE_WINDOW: usize = 80;

/// How many tokens after a firm named in passing "the company" may still
/// be it.
const FIRM_WINDOW: usize = 50;

/// How many outlets named in full an article keeps.
const OUTLETS: usize = 8;

/// How many names introduced as bodies an article keeps.
const BODY_NAMES: usize = 16;

/// Nouns of a company that may stand for one another: "the carrier" after
/// "budget airline Ryanair", "the company" after "software firm Zeta".
#[rustfmt::skip]
const FIRM_NOUNS: &[u64] = words![
    "company", "firm", "corporation", "business", "group", "carmaker", "automaker", "retailer",
    "lender", "insurer", "airline", "carrier", "manufacturer", "maker", "chipmaker", "drugmaker",
    "giant", "operator", "publisher", "broadcaster", "supermarket", "bookmaker", "conglomerate",
    "consultancy",
];

/// "The UK's biggest mortgage lender", "the world's second biggest
/// insurer", "the Japanese car maker", "the mining group": "the", then up
/// to four words of standing or trade (a place's possessive first, a
/// nation's adjective, lowercase words; none of a new or another firm,
/// [`OTHER_FIRMS`]), then a noun of a firm.
fn firm_epithet(tagged: &Tagged, m: &Mention) -> bool {
    let noun = m.last;
    if noun < m.first + 2
        || noun > m.first + 5
        || !tagged.is(m.first, "the")
        || !tagged.tokens[noun].lowercase()
        || !tagged.is_any(noun, FIRM_NOUNS)
    {
        return false;
    }
    // ("the terrorist group", "the all-party group": a group is a firm
    // only after a trade.)
    #[rustfmt::skip]
    const TRADES: &[u64] = words![
        "mining", "media", "insurance", "banking", "retail", "engineering", "construction",
        "energy", "oil", "drinks", "food", "travel", "publishing", "steel", "chemicals",
        "telecoms", "hotel", "leisure", "pharmaceutical", "pharmaceuticals", "services",
    ];
    if tagged.is(noun, "group") && !tagged.is_any(noun - 1, TRADES) {
        return false;
    }
    (m.first + 1..noun).all(|k| {
        let t = tagged.tokens[k];
        let place_owner = k == m.first + 1 && t.capitalized() && possessive(tagged, k);
        let nation = t.capitalized()
            && ["ese", "ian", "an", "ish", "ch"]
                .iter()
                .any(|e| tagged.word(k).ends_with(e));
        t.is_word() && (t.lowercase() || place_owner || nation) && !tagged.is_any(k, OTHER_FIRMS)
    })
}

/// Nouns of other bodies that introduce a name ("football club Borussia
/// Dortmund", "the charity Shelter"), for "the club", "the charity".
#[rustfmt::skip]
const BODY_KINDS: &[u64] = words![
    "club", "team", "union", "charity", "agency", "regulator", "watchdog", "studio",
    "network", "foundation", "trust", "society", "association", "institute", "university",
];

/// "The Argonaut group went into administration": "The", a name of one to
/// three capitalised words and a lowercase noun of bodies opening the
/// sentence, then a lowercase word: the name's first token and the noun's.
fn named_body_noun(tagged: &Tagged, range: &Range<usize>) -> Option<(usize, usize)> {
    let k = range.start;
    if !tagged.is(k, "the") {
        return None;
    }
    let tokens = &tagged.tokens;
    let noun = (k + 2..range.end.min(k + 5)).find(|&j| !tokens[j].capitalized())?;
    // ("The London-based company": a description, no name.)
    let named = (k + 1..noun).all(|j| {
        tokens[j].capitalized() && !tagged.word_in(j, List::Places) && !tagged.word(j).contains('-')
    });
    // (Nouns of bodies that speak; "The TiVo To Go service" is a product.)
    #[rustfmt::skip]
    const SPEAKING: &[u64] = words![
        "group", "company", "firm", "corporation", "bank", "airline", "carrier", "retailer",
        "party", "union", "council", "agency", "ministry", "government", "campaign", "committee",
        "commission", "foundation", "institute", "association", "club", "board", "authority",
        "regulator", "watchdog", "charity", "consortium",
    ];
    (named && tagged.is_any(noun, SPEAKING)).then_some((k + 1, noun))
}

/// How many tokens after named people a plural description still means them.
const PEOPLE_WINDOW: usize = 120;

/// How many tokens back "the companies" looks for the firms it means.
const NAMED_LIST_WINDOW: usize = 250;

/// How many tokens back "after it" looks for the body named in its sentence.
const BODY_BEFORE_IT: usize = 60;

/// Plural nouns of bodies: "the companies" after "SBC and AT&T said" are
/// the two ("the parties" after "Labour and the Conservatives").
#[rustfmt::skip]
const BODIES: &[u64] = words![
    "companies", "firms", "banks", "carriers", "airlines", "retailers", "insurers", "parties",
    "clubs", "governments", "countries", "nations", "agencies", "charities",
    "broadcasters", "networks", "organisations", "organizations",
];

/// Nouns of a spokesperson, who speaks for a body as a person.
const SPOKESPEOPLE: &[u64] = words!["spokesman", "spokeswoman", "spokesperson"];

/// The last token of a post held, in a description right after the name
/// ending at `last`: ", chairman of Sunderland", ", the club's chief
/// executive,"; not a former one, nor a title's word that describes a noun
/// ("a major donor").
fn post_after(tagged: &Tagged, last: usize, end: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    if !tokens
        .get(last + 1)
        .is_some_and(|t| t.kind() == Kind::Comma)
    {
        return None;
    }
    let mut p = last + 2;
    // (", who is chairman of the committee,": a relative's copula.)
    if tagged.is(p, "who") && tagged.is(p + 1, "is") {
        p += 2;
    }
    if p < end && (tagged.is_any(p, words!["the", "a", "an"]) || possessive(tagged, p)) {
        p += 1;
    }
    // ("the parliamentary commissioner", "the state party chairwoman",
    // "Clinton's campaign communications director": a word or two before
    // the post; not "retired", "ousted", "aspiring", a post no longer or
    // not yet held, nor "a student body president".)
    // (No function word: "who was governor", "running for mayor", "suing
    // the governor", "editor in chief".)
    let modifier = |i: usize| {
        i < end
            && tokens[i].lowercase()
            && tagged.entry_at(i, List::Titles).is_none()
            && !tagged.is_any(i, NOT_HELD)
            && !tagged.is_any(
                i,
                words!["who", "which", "that", "the", "a", "an", "his", "her", "its", "their"],
            )
            && !crate::source::is_auxiliary(tagged, i)
            && !tagged.in_set(i, &crate::source::PREPOSITIONS)
    };
    let title_at = |i: usize| {
        (i < end && tokens[i].lowercase())
            .then(|| tagged.entry_at(i, List::Titles).map(|t| (i, t)))
            .flatten()
    };
    let t = title_at(p)
        .or_else(|| modifier(p).then(|| title_at(p + 1)).flatten())
        .or_else(|| {
            (modifier(p) && modifier(p + 1))
                .then(|| title_at(p + 2))
                .flatten()
        });
    let (b, t) = t?;
    let closes = tokens.get(t + 1).is_none_or(|n| {
        matches!(n.kind(), Kind::Comma | Kind::Period)
            || tagged.is_any(t + 1, words!["of", "at", "for"])
    });
    // ("the general manager": no post of "general" alone.)
    let lone_word = b == t && tagged.is_any(t, words!["major", "general", "delegate"]);
    (closes && t < end && !lone_word).then_some(t)
}

/// Nouns of people a party's or a nation's adjective may stand before
/// ("Democratic rival", "Republican senator").
const ADJECTIVE_NOUNS: Lists = Lists::of(&[List::PersonNouns, List::GroupNouns, List::Titles]);

/// Words before a post that is no longer held, or not yet.
#[rustfmt::skip]
const NOT_HELD: &[u64] = words![
    "former", "ex", "late", "then", "future", "would-be", "one-time", "onetime", "retired",
    "ousted", "deposed", "aspiring", "prospective", "erstwhile", "defeated", "student",
    "honorary",
];

/// The first token of the names after "like", "including" or "such as"
/// that end a group mention ("experts like Paul Bauman").
fn example_names(tagged: &Tagged, m: &Mention) -> Option<usize> {
    let k = (m.first + 1..m.last)
        .find(|&k| tagged.is_any(k, words!["like", "including"]) || tagged.is(k, "as"))?;
    (tagged.tokens[k + 1].capitalized() && (!tagged.is(k, "as") || tagged.is(k - 1, "such")))
        .then_some(k + 1)
}

/// Names joined by "and" in one mention ("Grassley and Leahy", "SBC and
/// AT&T"): a group the mention stands for.
fn joined_by_and(tagged: &Tagged, m: &Mention) -> bool {
    // Before a description's comma only: "Mark Serwotka, the leader of the
    // Public and Commercial Services Union" is one person.
    // (A list of names goes on after its commas.)
    let end = (m.first + 1..m.last)
        .find(|&k| {
            tagged.tokens[k].kind() == Kind::Comma
                && (tagged
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.lowercase() || tagged.bytes(k + 1)[0].is_ascii_digit())
                    // (", World Bank country director for the West Bank and
                    // Gaza": a title a few words on.)
                    || crate::source::title_soon(tagged, k + 1, m.last + 1))
        })
        .unwrap_or(m.last);
    (m.first + 1..end).any(|k| {
        // ("Labour and the Tories".)
        let next = if tagged.is(k + 1, "the") {
            k + 2
        } else {
            k + 1
        };
        tagged.is(k, "and")
            && tagged.tokens[k - 1].capitalized()
            && next <= m.last
            && tagged.tokens[next].capitalized()
            && !one_persons_description(tagged, m, k, next, end)
    })
}

/// The noun of "a panel of experts", "a group of senators": a singular
/// noun of a body or a group after "a" or "an" (an adjective may come
/// between), then "of", in an unnamed source's words.
fn collective_noun(tagged: &Tagged, m: &Mention) -> Option<usize> {
    if m.identity != Identity::Anonymous || !tagged.is_any(m.first, words!["a", "an"]) {
        return None;
    }
    let of = (m.first + 2..=m.last.min(m.first + 3)).find(|&k| tagged.is(k, "of"))?;
    let noun = of - 1;
    // (Not "a committee of MPs": a standing body, which the article names
    // in full later, "the environment select committee".)
    #[rustfmt::skip]
    const GATHERINGS: &[u64] = words![
        "panel", "team", "group", "coalition", "consortium", "alliance", "network", "delegation",
        "gang", "crowd",
    ];
    (tagged.is_any(noun, GATHERINGS)
        && (m.first + 1..of).all(|k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase()))
    .then_some(noun)
}

/// Lists of the names of bodies.
const NAMES_OF_BODIES: Lists = Lists::of(&[List::Institutions, List::Companies, List::Outlets]);

/// "British and Irish Lions coach Clive Woodward", "Former Secretary of
/// State and Democratic presidential frontrunner Hillary Clinton": a role
/// noun after the "and" at `and`, and no one named before it, make the
/// words one person's description ("Both Stone and Republican vice
/// presidential candidate Mike Pence" are two).
fn one_persons_description(
    tagged: &Tagged,
    m: &Mention,
    and: usize,
    next: usize,
    end: usize,
) -> bool {
    const JOINING: &[u64] = words!["of", "the", "for", "and", "de"];
    let role_noun =
        (next..=end).any(|j| tagged.tokens[j].lowercase() && !tagged.is_any(j, JOINING));
    let someone_before = (m.first..and).any(|j| {
        tagged.is(j, "both")
            || tagged.tokens[j].kind() == Kind::Period
            || tagged.word_in_any(j, crate::source::GIVEN_NAMES)
            || tagged.is_any(j, HONORIFICS)
            // ("Nokia and Canada-based products company Sierra Wireless".)
            || tagged.lists_starting_at(j).any_of(NAMES_OF_BODIES)
    });
    role_noun && !someone_before
}

/// "the poll", "this new report", "both senators": a determiner of
/// `determiners` and at most two lowercase words, which may stand for
/// something the article named before.
fn short_description(tagged: &Tagged, m: &Mention, determiners: &[u64]) -> bool {
    tagged.is_any(m.first, determiners)
        && m.last > m.first
        && m.last - m.first <= 2
        && (m.first + 1..=m.last).all(|k| tagged.tokens[k].lowercase())
}

/// How many cited documents "the poll", "the report" look back through.
const DOCUMENTS: usize = 4;

/// "Dana Whitfield, a senior adviser": a capitalised name followed by an
/// appositive describing a person.
fn described_as_person(tagged: &Tagged, k: usize, end: usize) -> bool {
    let tokens = &tagged.tokens;
    let mut n = k;
    while n < end && n - k < 4 && tokens[n].capitalized() {
        n += 1;
    }
    if n - k < 2 || n + 2 >= end || tokens[n].kind() != Kind::Comma {
        return false;
    }
    // ("the world's 1.2 billion Roman Catholics, the pope of the poor": a
    // counted people, which the description after it does not describe.)
    if k > 0
        && (crate::token::is_numeral(tagged.bytes(k - 1))
            || tagged.is_any(
                k - 1,
                words!["hundred", "thousand", "million", "billion", "dozen"],
            ))
    {
        return false;
    }
    // "Robyn Gedrich, 23,": an age between commas.
    let age = tagged.bytes(n + 1);
    if (1..=3).contains(&age.len())
        && age.iter().all(u8::is_ascii_digit)
        && tokens[n + 2].kind() == Kind::Comma
    {
        return true;
    }
    if !tagged.is_any(
        n + 1,
        words!["a", "an", "the", "his", "her", "their", "its"],
    ) {
        return false;
    }
    // ("a Neptune, N.J., native and 2009 Centenary College graduate".)
    (n + 2..end.min(n + 10)).any(|i| {
        tagged.tokens[i].kind() == Kind::Word
            && (tagged.is_any(i, words!["native", "graduate"])
                || tagged.word_in(i, List::Titles)
                || tagged.word_in(i, List::PersonNouns)
                || tagged.word_in(i, List::GroupNouns))
    })
}

/// Whether the pronoun at `at` opens a trailing tag: after a comma or a
/// closing quotation mark, before a cue verb (", he said").
fn trailing_tag(tagged: &Tagged, at: usize) -> bool {
    at > 0
        && matches!(tagged.tokens[at - 1].kind(), Kind::Comma | Kind::Quote)
        && (tagged.word_in(at + 1, List::CueVerbs) || tagged.word_in(at + 1, List::WeakCueVerbs))
}

/// "Arsenal boss", "Clinton campaign manager", "The former striker": the
/// words from `start` before a name at `first` describe the person the name
/// heads, so that the name is still the subject. They end in a noun for a
/// person and hold only words, capitalised ones that begin no clause, or
/// nouns of offices, people and bodies.
fn described_lead_in(tagged: &Tagged, start: usize, first: usize) -> bool {
    const PERSONS: Lists = Lists::of(&[List::Titles, List::PersonNouns, List::GroupNouns]);
    const DESCRIBING: Lists = PERSONS.union(Lists::of(&[List::InstitutionNouns]));
    // ("Rep. Chris Shays", "Former Sen. Ann Cole": an abbreviated title's
    // stop.)
    let stop = |k: usize| {
        tagged.tokens[k].kind() == Kind::Period && k > start && tagged.tokens[k - 1].capitalized()
    };
    let describes = |k: usize| {
        let t = &tagged.tokens[k];
        stop(k)
            || t.is_word()
                && ((t.capitalized() && !tagged.in_set(k, &NOT_NAME_SET))
                    || tagged.is_any(k, words!["the", "former"])
                    || tagged.word_in_any(k, DESCRIBING)
                    // ("The candidate's wife Melania Trump": whose she is.)
                    || k + 1 < first && possessive(tagged, k))
    };
    // ("The US stock market watchdog's chairman William Donaldson": the
    // owner's words after "The", whatever their case, before its
    // possessive.)
    let owner_end = tagged
        .is(start, "the")
        .then(|| (start + 1..first.saturating_sub(1)).find(|&k| possessive(tagged, k)))
        .flatten();
    let owner_word = |k: usize| {
        owner_end.is_some_and(|o| k < o)
            && tagged.tokens[k].is_word()
            && tagged.tokens[k].lowercase()
    };
    let person = tagged.word_in_any(first - 1, PERSONS)
        || stop(first - 1)
            && (tagged.word_in_any(first - 2, PERSONS)
                || tagged.lists_ending_at(first - 1).any_of(PERSONS));
    let most = if owner_end.is_some() { 7 } else { 5 };
    first - start <= most && person && (start..first).all(|k| describes(k) || owner_word(k))
}

/// Whether the words before token `first` are an opening phrase and its
/// comma ("On the eve of the meetings, Trump eased"; "But Trump said"):
/// the name after them is the sentence's subject.
fn opening_phrase(tagged: &Tagged, start: usize, first: usize) -> bool {
    #[rustfmt::skip]
    static OPENERS: WordSet<128> = word_set![
        "on", "in", "at", "after", "before", "during", "since", "earlier", "later", "then",
        "meanwhile", "still", "yet", "now", "today", "yesterday", "last", "this", "by", "until",
        "but", "and", "throughout", "amid", "despite", "with", "for", "from", "under", "over",
        "as", "when", "while", "although", "though", "because", "among", "across", "within",
        "like", "unlike", "following", "ahead", "once", "asked", "speaking", "addressing",
    ];
    // ("..., Mr. Sanders showed": past the honorific.)
    let mut first = first;
    if first >= start + 2
        && tagged.tokens[first - 1].kind() == Kind::Period
        && tagged.is_any(first - 2, HONORIFICS)
    {
        first -= 2;
    } else if first > start && tagged.is_any(first - 1, HONORIFICS) {
        first -= 1;
    }
    if first == start + 1 {
        return tagged.is_any(start, words!["but", "and", "so", "yet", "still"]);
    }
    first >= start + 2
        && first - start <= 16
        && tagged.tokens[first - 1].kind() == Kind::Comma
        && tagged.in_set(start, &OPENERS)
        && (start..first - 1).all(|k| {
            tagged.tokens[k].is_word()
                // ("At a rally in Portland, Maine, on Thursday, Trump": a
                // comma before a place's state or another phrase.)
                || tagged.tokens[k].kind() == Kind::Comma
                    && k > start
                    && (tagged.tokens[k + 1].capitalized()
                        && tagged.lists_starting_at(k + 1).any_of(PLACE_LISTS)
                        || tagged.in_set(k + 1, &OPENERS) && tagged.tokens[k + 1].lowercase())
        })
}

/// Last words of places' names ("Washington Heights", "Hyde Park",
/// "Baker Street"): a run of capitals ending in one names no person.
#[rustfmt::skip]
static PLACE_TAILS: WordSet<128> = word_set![
    "heights", "park", "street", "avenue", "road", "square", "hills", "valley", "county",
    "bay", "beach", "island", "islands", "lake", "river", "bridge", "station", "airport",
    "stadium", "harbour", "harbor", "boulevard", "village",
    "gardens", "mountains", "wharf", "docks", "crescent",
];

/// The lists of a place's name, in an opening phrase.
const PLACE_LISTS: crate::lexicon::Lists =
    crate::lexicon::Lists::of(&[List::Places, List::Regions]);

/// Whether a document's mention names a person with no office as its
/// author after "by": a given name and a surname ("a survey conducted by
/// independent analyst Elena Sadovskaya").
fn written_by_person(tagged: &Tagged, m: &Mention) -> bool {
    let (first, last) = m.head;
    m.role == Role::Document
        && !m.titled
        && last > first
        && tagged.word_in_any(first, crate::source::GIVEN_NAMES)
        && (m.first..first).any(|k| tagged.is(k, "by"))
        // (Not "a report by Sen. Elizabeth Warren", "a declaration by John
        // Hale, director of the Office of Records": an office's document.)
        && !(m.first..=m.last).any(|k| tagged.lists_ending_at(k).has(List::Titles))
        && post_after(tagged, m.last, tagged.tokens.len()).is_none()
        // (Not "research by security firm Saint Bernard Software".)
        && tagged.tokens[first - 1].lowercase()
        && !(first - 1..=last).any(|k| {
            tagged.word_in(k, List::InstitutionNouns) || tagged.word_in(k, List::Institutions)
        })
}

/// The key of a name's first and last words ("Bill" and "Clinton"; "Donald"
/// and "Jr", another person than "Donald Trump").
fn full_name_key(tagged: &Tagged, (first, last): (usize, usize)) -> u64 {
    (tagged.tokens[first].key().rotate_left(31) ^ name_key(tagged, last))
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The token of a name's surname: its last word, or the word before a
/// generational suffix ("Joseph R. Biden Jr." is Biden).
fn surname(tagged: &Tagged, (first, last): (usize, usize)) -> usize {
    let mut k = last;
    if k > first && tagged.is_any(k, words!["jr", "sr", "ii", "iii", "iv"]) {
        k -= 1;
        while k > first && matches!(tagged.tokens[k].kind(), Kind::Comma | Kind::Period) {
            k -= 1;
        }
    }
    k
}

/// Nouns for a woman or a man, which fix the pronoun of an unnamed person.
const FEMALE_NOUNS: &[u64] = words![
    "woman",
    "mother",
    "daughter",
    "wife",
    "girl",
    "lady",
    "sister",
    "grandmother",
    "widow",
    "spokeswoman",
    "congresswoman",
    "businesswoman",
    "chairwoman",
];
const MALE_NOUNS: &[u64] = words![
    "man",
    "father",
    "son",
    "husband",
    "boy",
    "brother",
    "grandfather",
    "widower",
    "spokesman",
    "congressman",
    "businessman",
    "chairman",
];

/// The gender a noun for a person fixes ("businessman", "spokeswoman"), if
/// any.
fn noun_gender(tagged: &Tagged, k: usize) -> Option<Gender> {
    if tagged.is_any(k, FEMALE_NOUNS) {
        Some(Gender::Female)
    } else if tagged.is_any(k, MALE_NOUNS) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Of two people of one surname named close together, whether the words
/// between describe the one before by the other ("Patricia Smith, mother
/// of Sean Smith": `Some(true)`) or the one after by the one before ("Joe
/// Hart's widow, Ann Hart", "Joe Hart's son Tom Hart": `Some(false)`). The
/// surname alone stands for the person described, not the one named only
/// in the description.
fn described_of_two(
    tagged: &Tagged,
    before: (usize, usize),
    after: (usize, usize),
) -> Option<bool> {
    let tokens = &tagged.tokens;
    let between = before.1 + 1..after.0;
    if between.is_empty()
        || between.len() > 6
        || name_key(tagged, surname(tagged, before)) != name_key(tagged, surname(tagged, after))
    {
        return None;
    }
    // (A noun of a person the owner's, maybe set off by a comma.)
    if possessive(tagged, before.1) {
        let comma = tokens[after.0 - 1].kind() == Kind::Comma;
        let noun = after.0 - 1 - usize::from(comma);
        let described = noun >= between.start
            && (between.start..=noun).all(|i| tokens[i].lowercase())
            && tagged.word_in(noun, List::PersonNouns);
        return described.then_some(false);
    }
    // (A description after a comma, opened by a noun of a person: "Tom
    // Hart, brother of the late Joe Hart", "Ann Hart, whose husband Joe
    // Hart".)
    let mut noun = between.start + 1;
    if tagged.is_any(noun, words!["a", "an", "the", "whose"]) {
        noun += 1;
    }
    let described = tokens[between.start].kind() == Kind::Comma
        && noun < after.0
        && tagged.word_in(noun, List::PersonNouns)
        && (between.start + 1..after.0).all(|i| tokens[i].is_word());
    described.then_some(true)
}

/// Whether the capitalised words from `k` (up to three) are followed by a
/// comma or the sentence's end: a name set off in apposition ("Trump's
/// wife, Melania, is", "on behalf of his wife, Dena Grayson.").
fn closes_apposition(tagged: &Tagged, k: usize, end: usize) -> bool {
    let tokens = &tagged.tokens;
    match (k..end.min(k + 4)).find(|&i| !tokens[i].capitalized()) {
        Some(i) => {
            tokens[i].kind() == Kind::Comma || tokens[i].kind() == Kind::Period && i + 1 >= end
        }
        None => k + 4 > end,
    }
}

/// How many tokens back the last source is preferred as the antecedent of
/// "he" or "she" (about three sentences).
const SOURCE_WINDOW: usize = 90;

/// How far back, in tokens, an unnamed person brought in with "a" is looked
/// for when "the" and the same noun name no one else.
const MET_WINDOW: usize = 400;

/// How many recently mentioned entities a pronoun may refer to.
const RECENT: usize = 16;

/// "Shares in Krispy Kreme Doughnuts fell", "stock of Acme": a listed
/// company's name starts at token `k`.
fn shares_of(tagged: &Tagged, start: usize, k: usize) -> bool {
    k > start + 1
        && tagged.is_any(k - 1, words!["in", "of"])
        && tagged.is_any(k - 2, words!["shares", "stock"])
}

/// A word of a person's description before the name ("Democratic
/// presidential candidate"): a capitalised word or a title or person noun,
/// no article and no body.
fn described_person_word(tagged: &Tagged, j: usize) -> bool {
    let t = tagged.tokens[j];
    t.is_word()
        && !tagged.is_any(j, words!["the", "a", "an"])
        && (t.capitalized()
            || tagged.word_in(j, List::Titles)
            || tagged.word_in(j, List::PersonNouns)
            || tagged.bytes(j).ends_with(b"ial"))
        && !tagged.word_in(j, List::Institutions)
        && !tagged.word_in(j, List::InstitutionNouns)
}

/// The key of token `k` without a possessive `'s`.
pub(crate) fn name_key(tagged: &Tagged, k: usize) -> u64 {
    // Most names end in no "s", and so in no possessive.
    if !tagged.bytes(k).ends_with(b"s") {
        return tagged.tokens[k].key();
    }
    let w = tagged.word(k);
    let stripped = strip_possessive(w);
    if stripped.len() == w.len() {
        tagged.tokens[k].key()
    } else {
        fold_hash(stripped)
    }
}

/// Whether the name ending at token `last` is a possessive ("Blair's",
/// "Jones'").
pub(crate) fn possessive(tagged: &Tagged, last: usize) -> bool {
    let w = tagged.word(last);
    strip_possessive(w).len() < w.len() || w.ends_with("s'")
}

/// "its website", "a statement on her website": the owner's possessive
/// pronoun before a site's noun, at the phrase's start or after "on"; a
/// body's or a person's own site speaks for its owner.
fn site_owner(tagged: &Tagged, first: usize, last: usize) -> Option<usize> {
    let k = crate::source::site_owner_at(tagged, first, last)?;
    (tagged.is_any(k, words!["his", "her", "its", "their"])
        && (k == first || tagged.is(k - 1, "on")))
    .then_some(k)
}

/// Whether a word in the plural possessive ends at token `k`, its
/// apostrophe a token of its own: "Sands' book", "the MPs' report".
pub(crate) fn apostrophe_after(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens.get(k + 1).is_some_and(|t| {
        t.kind() == Kind::Quote
            && matches!(t.span().slice(tagged.text), "'" | "’")
            && t.span().start == tagged.tokens[k].span().end
            && tagged.tokens[k].is_word()
            && tagged.bytes(k).ends_with(b"s")
            && tagged.tokens.get(k + 2).is_some_and(|n| n.is_word())
    })
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

impl<'t> Resolver<'t> {
    pub fn new() -> Resolver<'t> {
        Resolver {
            entities: Vec::new(),
            by_word: TextMap::default(),
            _text: std::marker::PhantomData,
            recent: Vec::with_capacity(RECENT + 1),
            by_title: TextMap::default(),
            last_group: None,
            last_body: None,
            last_source: None,
            documents: Vec::with_capacity(DOCUMENTS + 1),
            last_people: None,
            last_outlet: None,
            last_outlet_at: 0,
            outlets: Vec::new(),
            named_bodies: Vec::new(),
            subject: None,
            rival: None,
            asked: None,
            previous_subject: None,
            quoted_sentence: false,
            presented: None,
            previous_presented: None,
            subject_body: None,
            bodies: Vec::new(),
            candidates: TextMap::default(),
            by_relation: TextMap::default(),
            unnamed: TextMap::default(),
            initials: TextMap::default(),
            sentence_start: 0,
            previous_start: 0,
            introduced: Vec::new(),
            company_opened: None,
            firm_named: None,
            capitalised_inside: Vec::new(),
        }
    }

    /// Whether the article capitalises token `k`'s word somewhere inside a
    /// sentence, as names are ("Bernie Sanders", "But Rangers found"):
    /// "Sanders:" opening a headline is a name, "Insurers said" is not.
    /// Past [`CAPITALS_ASKED`] words, every word is taken for a name, so
    /// that hostile text costs no more than that many walks.
    pub fn capitalised_inside(&mut self, tagged: &Tagged<'t>, k: usize) -> bool {
        let key = tagged.tokens[k].key();
        if let Some(&(_, inside)) = self.capitalised_inside.iter().find(|(w, _)| *w == key) {
            return inside;
        }
        if self.capitalised_inside.len() >= CAPITALS_ASKED {
            return true;
        }
        let tokens = &tagged.tokens;
        let inside = (1..tokens.len()).any(|j| {
            let before = tokens[j - 1];
            tokens[j].key() == key && tokens[j].capitalized() && !before.ends && before.is_word()
        });
        self.capitalised_inside.push((key, inside));
        inside
    }

    /// Notes the people a sentence names: a given name, an honorific or a
    /// title before capitalised words; or a surname already known.
    pub fn observe(&mut self, tagged: &Tagged<'t>, range: Range<usize>) {
        let tokens = &tagged.tokens;
        let mut k = range.start;
        let end = range.end.min(tokens.len());
        self.previous_start = self.sentence_start;
        self.sentence_start = range.start;
        let rival = self.rival.take();
        let owned = self.subject.as_ref().is_some_and(|&(_, _, p)| p);
        if !(self.quoted_sentence && self.subject.is_none()) {
            self.previous_subject = self.subject.take().map(|(e, r, _)| (e, r.start, rival));
        }
        self.quoted_sentence = (range.start..end).all(|k| tagged.quoted[k] || !tokens[k].is_word());
        self.previous_presented = self.presented.take();
        self.note_subject_body(tagged, &range);
        // A name opens the sentence when it is its first token, outside any
        // quotation (a name opening a quotation is no subject of the
        // speaker's: "\"Lee lost me,\" he said").
        // Nor is a name before a noun it modifies ("Cruz spokesman Rick
        // Tyler", "Clinton aides"). A dateline is passed ("CHARLESTON, S.C.
        // - Democratic front-runner Hillary Clinton prosecuted").
        // (Sought only past a dash before the name: most names have none.)
        let lead = |first: usize| {
            let dash = (range.start + 1..first.min(range.start + 10))
                .any(|k| tokens[k].kind() == Kind::Dash);
            if dash {
                after_dateline(tagged, &range).unwrap_or(range.start)
            } else {
                range.start
            }
        };
        let opens = |first: usize, last: usize| {
            let lead = lead(first);
            let modifies = tokens.get(last + 1).is_some_and(|t| {
                t.capitalized()
                    || tagged.word_in(last + 1, List::Titles)
                    || tagged.word_in(last + 1, List::GroupNouns)
                    || tagged.word_in(last + 1, List::PersonNouns)
            });
            // ("Mr Arteta was less pleased": an honorific opens it too.)
            let honorific = (lead..first)
                .all(|i| tagged.is_any(i, HONORIFICS) || tokens[i].kind() == Kind::Period);
            // ("The Attorney General, Lord Goldsmith, has": a description
            // and its comma before a name set off by another.)
            let name_at = if first > lead && tagged.is_any(first - 1, HONORIFICS) {
                first - 1
            } else {
                first
            };
            let appositive = name_at > lead + 1
                && tokens[name_at - 1].kind() == Kind::Comma
                && described_lead_in(tagged, lead, name_at - 1)
                && closes_apposition(tagged, first, range.end);
            // ("After the results, Sanders's campaign manager, Jeff Weaver,
            // appeared": a possessive after an opening phrase and its comma
            // is no subject; after "But", "But Trump's attempt", it stays.)
            first >= lead
                && (honorific
                    || appositive
                    || described_lead_in(tagged, lead, first)
                    || opening_phrase(tagged, lead, first)
                        && !(possessive(tagged, last) && first > lead + 1))
                && !tagged.quoted.get(first).is_some_and(|&q| q)
                && !modifies
        };
        // The last person noted in the sentence, and the name's tokens; and
        // the entities known before it.
        let mut named: Option<(usize, (usize, usize))> = None;
        let known = self.entities.len();
        loop {
            // Most tokens are not capitalised: passed in a loop of their own.
            while k < end && !tokens[k].capitalized() {
                k += 1;
            }
            if k >= end {
                break;
            }
            let word = name_key(tagged, k);
            let female = tagged.word_in(k, List::FemaleNames);
            let male = tagged.word_in(k, List::MaleNames);
            let (before_title, before_gender) = self.introducer(tagged, range.start, k);
            // "his brother Alastair Osman", "Mr Nogar's son Stephen";
            // "Producer Kevin Wallace" opening the sentence.
            let relation = k > range.start
                && (tokens[k - 1].lowercase() || k - 1 == range.start)
                && tagged.word_in(k - 1, List::PersonNouns);
            // "his wife Melania", "Trump's wife, Melania,": the relation
            // gives the gender, and the name set off by commas is a person.
            // (Not the end of an opening phrase: "Standing beside her
            // husband, Clinton told".)
            let kin = if relation && tokens[k - 1].lowercase() {
                Some(k - 1)
            } else {
                // ("his first wife, Ivana,", "One woman, Victoria Lapete,":
                // a determiner or an owner, maybe one adjective between.)
                let owner = |d: usize| {
                    d >= range.start
                        && (possessive(tagged, d)
                            || tagged
                                .is_any(d, words!["the", "his", "her", "their", "a", "an", "one"]))
                };
                (k >= range.start + 3
                    && tokens[k - 1].kind() == Kind::Comma
                    && tokens[k - 2].lowercase()
                    && (owner(k - 3) || tokens[k - 3].lowercase() && k >= 4 && owner(k - 4))
                    && closes_apposition(tagged, k, range.end))
                .then(|| k - 2)
            };
            let before_gender = before_gender.or_else(|| kin.and_then(|w| noun_gender(tagged, w)));
            // "Republican pollster Whit Ayres": one of a group of people,
            // in the singular, before the name.
            let one_of = k > range.start
                && tokens[k - 1].lowercase()
                && tagged.word_in(k - 1, List::GroupNouns)
                && !crate::source::is_plural(tagged, k - 1);
            let introduced = female
                || male
                || before_title.is_some()
                || before_gender.is_some()
                || described_as_person(tagged, k, range.end);
            if introduced || one_of {
                if let Some((first, last)) = name_run(tagged, k, (k + 4).min(range.end - 1)) {
                    // ("the liberal Pirate Party", "the enlightened New
                    // Zealand": no person's name after an adjective of the
                    // group nouns.)
                    let no_person = || {
                        (first..=last).any(|i| {
                            tagged.word_in(i, List::InstitutionNouns)
                                || tagged.lists_starting_at(i).has(List::Places)
                                || tagged.lists_starting_at(i).has(List::Regions)
                        })
                    };
                    // ("Clinton's chief Democratic rival, ...": a party's or
                    // a nation's adjective before a noun of people, after a
                    // title, names no one.)
                    let adjective = last == k
                        && {
                            let w = tagged.bytes(k);
                            ["ic", "an", "ish", "ese"]
                                .iter()
                                .any(|e| w.ends_with(e.as_bytes()))
                        }
                        && tokens.get(k + 1).is_some_and(|t| t.lowercase())
                        && (tagged.word_in_any(k + 1, ADJECTIVE_NOUNS)
                            || tokens.get(k + 2).is_some_and(|t| t.kind() == Kind::Comma));
                    // ("in Washington Heights", "Hyde Park": a place's last
                    // word.)
                    // (Not after a given name: "Grace Park".)
                    // ("the James S. Brady briefing room", "John F.
                    // Kennedy Airport": a place named after a person.)
                    let named_after = (last + 1..(last + 4).min(end))
                        .take_while(|&j| tokens[j].is_word() && !tagged.quoted[j])
                        .any(|j| {
                            tagged.is_any(j, words!["room", "hall", "building", "library"])
                                || tokens[j].capitalized() && tagged.in_set(j, &PLACE_TAILS)
                        });
                    let place = last > first
                        && (tagged.in_set(last, &PLACE_TAILS) && !female && !male || named_after);
                    if first == k
                        && !adjective
                        && !place
                        && (introduced || !no_person())
                        && (last > k
                            || before_title.is_some()
                            || before_gender.is_some()
                            || (relation && (female || male))
                            || self.by_word.contains_key(&word))
                    {
                        let gender = before_gender.or(if female && !male {
                            Some(Gender::Female)
                        } else if male && !female {
                            Some(Gender::Male)
                        } else {
                            None
                        });
                        // "Bob Murray, chairman of Sunderland, has launched a
                        // bid": the post the name is introduced with, when no
                        // title stands before it.
                        let title = before_title.or_else(|| post_after(tagged, last, end));
                        let e = self.person(tagged, (first, last), gender, title, Role::Person);
                        // ("Patricia Smith, mother of Sean Smith": "Smith" next
                        // is Patricia, even after Sean Smith was named before.)
                        // (Not from an owner named before the sentence: "Mr.
                        // Bush's father, George Bush" leaves "Bush" to Jeb.)
                        if let Some((p, before)) = named.filter(|&(p, _)| p != e) {
                            let described = match described_of_two(tagged, before, (first, last)) {
                                Some(true) => Some(p),
                                Some(false) if p >= known => Some(e),
                                _ => None,
                            };
                            if let Some(d) = described {
                                let key = name_key(tagged, surname(tagged, (first, last)));
                                self.by_word.insert(key, d);
                            }
                        }
                        named = Some((e, (first, last)));
                        // ("Cepes researcher Carlos Saldarriaga": "the Cepes
                        // researcher" next; a person's noun is a relation
                        // above: "BBC correspondent Stephen Cape".)
                        // ("his friend Mahamat Oumar" is no one's "her
                        // friend".)
                        let described = last > first
                            && one_of
                            && !(k >= range.start + 2
                                && tagged.is_any(k - 2, words!["his", "her", "their", "its"]));
                        if relation || described {
                            self.by_relation.insert(tagged.tokens[k - 1].key(), e);
                        }
                        if opens(first, last) {
                            self.subject = Some((e, range.clone(), possessive(tagged, last)));
                        }
                        // ("The musical's director is Matthew Warchus": a
                        // person the copula presents, whom "he" may take up.)
                        if first > range.start
                            && !tagged.quoted[first]
                            && tagged.is_any(first - 1, words!["is", "was"])
                        {
                            self.presented.get_or_insert((e, range.start));
                        }
                        self.note_rival(tagged, e, last);
                        self.note_asked(tagged, e, first);
                        if tokens
                            .get(last + 1)
                            .is_some_and(|t| matches!(t.kind(), Kind::Open | Kind::Comma))
                        {
                            self.note_initials(tagged, last, range.start);
                        }
                        k = last + 1;
                        continue;
                    }
                }
            }
            self.note_outlet(tagged, k);
            self.note_body(tagged, range.start, k);
            if k > range.start {
                self.note_introduced(tagged, range.start, k);
            }
            self.note_company(tagged, k, range.start);
            self.note_firm_named(tagged, k, range.start);
            self.note_candidate(tagged, k, range.start..end);
            // (Most capitalised words have no bracket after them.)
            if tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.kind(), Kind::Open | Kind::Comma))
            {
                self.note_initials(tagged, k, range.start);
            }
            // ("Elena Dementieva beat Venus Williams ... Williams was
            // disappointed": a surname alone opening a sentence, of a name
            // met before that no list knows, is that person, its subject.)
            let candidate = k == range.start
                && !self.by_word.contains_key(&word)
                && !possessive(tagged, k)
                && self
                    .candidates
                    .get(&word)
                    .is_some_and(|&(_, last)| last < k)
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.lowercase() && t.is_word())
                && opens(k, k);
            if candidate {
                let e = self.person(tagged, (k, k), None, None, Role::Person);
                self.subject = Some((e, range.clone(), false));
            } else if let Some(&e) = self.by_word.get(&word) {
                self.touch(e, k);
                if opens(k, k) {
                    self.subject = Some((e, range.clone(), possessive(tagged, k)));
                }
                if self.entities[e].person {
                    self.note_rival(tagged, e, k);
                    self.note_asked(tagged, e, k);
                }
            }
            k += 1;
        }
        if !owned {
            self.carry_subject(tagged, range.start, end);
        }
        if self.subject.is_none() {
            self.note_titled_subject(tagged, &range);
        }
    }

    /// "Stallone appeared tired. But she was pleased ...": a sentence that
    /// opens with "he" or "she" and names no subject of its own goes on
    /// with the subject before, when the pronoun fits it.
    fn carry_subject(&mut self, tagged: &Tagged<'t>, start: usize, end: usize) {
        if self.subject.is_some() {
            return;
        }
        // (Not past another person named after it: "..., says Tim Dams.
        // But he also believes".)
        let Some((e, from, rival)) = self.previous_subject else {
            return;
        };
        let mut k = start;
        if tagged.is_any(k, words!["but", "and", "yet", "so"]) {
            k += 1;
        }
        // ("At 29 years old, she still lives": past an opening phrase of a
        // preposition and a comma; "But on Sunday he gave": or of a word or
        // two and none, though "After he gave" opens a clause of its own.)
        if tagged.in_set(k, &crate::source::PREPOSITIONS) {
            if let Some(c) = (k + 1..(k + 8).min(end))
                .take_while(|&j| {
                    tagged.tokens[j].is_word() || tagged.tokens[j].kind() == Kind::Comma
                })
                .find(|&j| {
                    tagged.tokens[j].kind() == Kind::Comma
                        || (k + 2..=k + 3).contains(&j) && tagged.is_any(j, words!["he", "she"])
                })
            {
                let c = if tagged.tokens[c].kind() == Kind::Comma {
                    c + 1
                } else {
                    c
                };
                if tagged.is_any(c, words!["he", "she"]) {
                    k = c;
                }
            }
        }
        // ("And the Belgian, who has slipped to eight in the world, faces":
        // an epithet for the person goes on with the subject too.)
        // ("The American had cast doubt": or its verb.)
        let epithet = tagged.is(k, "the")
            && (k + 1..(k + 4).min(end)).any(|j| {
                crate::source::stands_for_named_person(tagged, k, j)
                    && tagged.tokens.get(j + 1).is_some_and(|t| {
                        t.kind() == Kind::Comma || t.lowercase() && !tagged.quoted[j + 1]
                    })
            });
        let want = if tagged.is(k, "she") {
            Some(Gender::Female)
        } else if tagged.is(k, "he") {
            Some(Gender::Male)
        } else if epithet {
            None
        } else {
            return;
        };
        let fits = |e: usize| {
            let ent = &self.entities[e];
            ent.person && (want.is_none() || ent.gender.is_none_or(|g| Some(g) == want))
        };
        // (An epithet names the subject before, even past a rival.)
        if k < end
            && fits(e)
            && (epithet || !(rival.is_some_and(fits) && self.source_named_in(e, from)))
        {
            self.subject = Some((e, start..end, false));
        }
    }

    /// Resolves a source mention and remembers it for later ones.
    pub fn resolve(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        if let Some(owner) = self.pronoun_owner(tagged, m) {
            return Some(owner);
        }
        if let Some(firm) = self.described_firm(tagged, m) {
            return Some(firm);
        }
        match m.kind {
            MentionKind::Pronoun(p) => {
                let tag = trailing_tag(tagged, m.first);
                self.pronoun(tagged, p, m.first, tag)
            }
            MentionKind::RoleNoun => self
                .named_people(tagged, m)
                .or_else(|| self.role_noun(tagged, m))
                .or_else(|| self.relative(tagged, m))
                .or_else(|| self.unnamed_again(tagged, m))
                .or_else(|| self.body_noun(tagged, m))
                .or_else(|| self.epithet(tagged, m))
                .or_else(|| self.office_of_subject(tagged, m))
                .or_else(|| self.met_unnamed(tagged, m)),
            MentionKind::Name => {
                let head = m.head;
                if let Some(r) = self.handle_owner(tagged, m) {
                    return Some(r);
                }
                // "the Cepes researcher": a description the person was
                // introduced with, after the body's name.
                if tagged.tokens[m.last].lowercase() {
                    if let Some(person) = self.relative(tagged, m) {
                        return Some(person);
                    }
                }
                // "A representative for Mr. Pinchuk", "a spokesman for Mr.
                // Trump": one who speaks for the person, "he" next.
                // (A person's, not a body's: an honorific, a given name or a
                // person the article knows, right after "for", ending the
                // mention.)
                // ("Tony Blair's official spokesman": the same, owned.)
                let owned_spokesman = head.1 < m.last
                    && tagged.is_any(m.last, SPOKESPEOPLE)
                    && possessive(tagged, head.1);
                let speaks_for = (head.1 == m.last
                    && (m.first..head.0).any(|k| {
                        // ("for Democratic presidential candidate Hillary
                        // Clinton": past the person's description too.)
                        (tagged.is_any(k, SPOKESPEOPLE) || tagged.is(k, "representative"))
                            && tagged.is(k + 1, "for")
                            && head.0 <= k + 6
                            && (k + 2..head.0).all(|j| {
                                tagged.tokens[j].kind() == Kind::Period
                                    || Self::honorific_before(tagged, j + 1)
                                    || described_person_word(tagged, j)
                            })
                            // (Not a brief's topic before the spokesman's
                            // own name: "spokeswoman for women Sandra
                            // Gidley".)
                            && (head.0 == k + 2
                                || Self::honorific_before(tagged, head.0)
                                || tagged.tokens[head.0 - 1].kind() == Kind::Period
                                || tagged.word_in(head.0 - 1, List::Titles)
                                || tagged.word_in(head.0 - 1, List::PersonNouns)
                                    && !crate::source::is_plural(tagged, head.0 - 1))
                    })
                    || owned_spokesman)
                    && (Self::honorific_before(tagged, head.0)
                        || head.1 > head.0
                            && tagged.word_in_any(head.0, crate::source::GIVEN_NAMES)
                        || self.knows_person(tagged, head.1));
                if speaks_for {
                    let r = Resolved {
                        name: (m.first, m.last),
                        identity: m.identity,
                        role: m.role,
                    };
                    self.unnamed_person(tagged, m, r);
                    return Some(r);
                }
                if m.role == Role::Person || m.titled {
                    let title = m
                        .titled
                        .then(|| (m.first..=m.last).find(|&k| tagged.word_in(k, List::Titles)))
                        .flatten();
                    // "Grassley and Leahy": names joined by "and" are a group
                    // of named people, which the mention stands for.
                    let joined = joined_by_and(tagged, m);
                    // "Mr. Clinton": the honorific tells which Clinton.
                    let (_, gender) = self.introducer(tagged, m.first, head.0);
                    let e = self.person(tagged, head, gender, title, m.role);
                    self.last_source = Some((e, m.last));
                    // ("His brother Alastair Osman said": "his brother" next.)
                    if head.0 > m.first
                        && tagged.tokens[head.0 - 1].lowercase()
                        && tagged.word_in(head.0 - 1, List::PersonNouns)
                    {
                        self.by_relation.insert(tagged.tokens[head.0 - 1].key(), e);
                    }
                    // ("The BBC's Zubair Ahmed in Mumbai": an outlet's
                    // reporter, placed where they report from, is "our
                    // correspondent" next; "CNN's Jeff Zucker" need not be.)
                    if head.0 > m.first
                        && possessive(tagged, head.0 - 1)
                        && tagged.entry_ending_at(head.0 - 1, List::Outlets)
                        && tagged.is(head.1 + 1, "in")
                        && tagged
                            .tokens
                            .get(head.1 + 2)
                            .is_some_and(|t| t.capitalized())
                    {
                        for noun in words!["correspondent", "reporter"] {
                            self.by_relation.insert(*noun, e);
                        }
                    }
                    if joined {
                        let people = Resolved {
                            name: (m.first, m.last),
                            identity: Identity::Named,
                            role: m.role,
                        };
                        self.last_group = Some(people);
                        self.last_people = Some((people, m.last));
                        return Some(people);
                    }
                    let ent = &self.entities[e];
                    Some(Resolved {
                        name: ent.name,
                        identity: ent.identity,
                        role: ent.role,
                    })
                } else {
                    // "Band's memo", "Trump's statement": a person's own
                    // document, labelled as the person named so would be.
                    if let Some(e) = self.document_author(tagged, m) {
                        self.touch(e, head.1);
                        return Some(Resolved {
                            name: self.entities[e].name,
                            identity: Identity::Named,
                            role: Role::Person,
                        });
                    }
                    // "a survey by independent analyst Elena Sadovskaya": a
                    // document by a person with no office, who enters here.
                    if written_by_person(tagged, m) {
                        let (_, gender) = self.introducer(tagged, m.first, head.0);
                        let e = self.person(tagged, head, gender, None, Role::Person);
                        return Some(Resolved {
                            name: self.entities[e].name,
                            identity: Identity::Named,
                            role: Role::Person,
                        });
                    }
                    // "GM said" after "General Motors (GM)": the name; "the
                    // Journal" after "The Wall Street Journal": the outlet.
                    let short_outlet = m.role == Role::Media
                        && (head.0 == head.1 || head.0 + 1 == head.1 && tagged.is(head.0, "the"));
                    let full = (head.0 == head.1)
                        .then(|| self.initials_of(tagged, head.0))
                        .flatten()
                        .or_else(|| {
                            short_outlet
                                .then(|| self.fuller_outlet(tagged, head.1))
                                .flatten()
                        });
                    let r = Resolved {
                        name: full.unwrap_or(head),
                        identity: m.identity,
                        role: m.role,
                    };
                    let spokesperson = (m.first..=m.last).any(|k| tagged.is_any(k, SPOKESPEOPLE));
                    if spokesperson {
                        // "He said" next is the spokesman, not the body.
                        self.unnamed_person(tagged, m, r);
                        return None;
                    }
                    self.body_cited(r);
                    // ("Britain said": a country is "it", never "they"; so
                    // is an outlet: "the BBC has learnt ... when they
                    // rejected" is the club.)
                    if tagged.entry_at(r.name.0, List::Places) != Some(r.name.1)
                        && r.role != Role::Media
                    {
                        self.last_group = Some(r);
                    }
                    if m.identity == Identity::Named && m.role == Role::Official {
                        self.remember_named_body(r);
                        self.note_short_name(tagged, r.name);
                    }
                    // "SBC and AT&T said": "the companies" soon after are both.
                    if joined_by_and(tagged, m) {
                        let bodies = Resolved {
                            name: (m.first, m.last),
                            ..r
                        };
                        self.last_people = Some((bodies, m.last));
                        // ("Labour and the Tories ... they insist": both; a
                        // short list of names, not a long phrase holding one.)
                        let opens_named = tagged.tokens[m.first].capitalized()
                            || tagged.is(m.first, "the")
                                && tagged
                                    .tokens
                                    .get(m.first + 1)
                                    .is_some_and(|t| t.capitalized());
                        if opens_named && m.last - m.first <= 5 {
                            self.last_group = Some(bodies);
                        }
                    }
                    if m.role == Role::Media {
                        self.last_outlet = Some(r);
                        self.last_outlet_at = m.last;
                    }
                    self.cite_document(tagged, m, r);
                    full.map(|_| r)
                }
            }
            MentionKind::Other => {
                let r = Resolved {
                    name: (m.first, m.last),
                    identity: m.identity,
                    role: m.role,
                };
                // "Politico reported ... The story also noted": a piece is
                // the outlet's cited in the sentence before, within eighty
                // words ("Reuters reported. The Constitution is clear. The
                // article says" is another text).
                let at = self.last_outlet_at;
                let piece = tagged.is(m.first, "the")
                    && m.last == m.first + 1
                    && tagged.is_any(m.last, words!["story", "article", "piece"])
                    && at < m.first
                    && m.first - at <= PIECE_WINDOW
                    && (at..m.first)
                        .filter(|&k| tagged.tokens[k].kind() == Kind::Period)
                        .count()
                        <= 1;
                if let Some(outlet) = self.last_outlet.filter(|_| piece) {
                    return Some(outlet);
                }
                if let Some(cited) = self.cited_document(tagged, m) {
                    // ("The lawsuit seeks ... It also seeks": the document
                    // is "it" next.)
                    self.body_cited(cited);
                    return Some(cited);
                }
                if let Some(authors) = self.document_authors(tagged, m) {
                    return Some(authors);
                }
                if let Some(people) = self.named_people(tagged, m) {
                    return Some(people);
                }
                if let Some(bodies) = self.bodies_named_before(tagged, m) {
                    return Some(bodies);
                }
                // ("our correspondent", "the Cepes researcher"; not "the
                // official", an unnamed source met before.)
                let described = m.identity == Identity::Named
                    || tagged.is(m.first, "our")
                    || (m.last > m.first && tagged.tokens[m.last - 1].capitalized());
                if described {
                    if let Some(person) = self.relative(tagged, m) {
                        return Some(person);
                    }
                }
                if let Some(person) = self.unnamed_again(tagged, m) {
                    return Some(person);
                }
                if let Some(body) = spokesperson_again(tagged, m) {
                    return Some(body);
                }
                // "the newspaper", "the network": the outlet named before.
                let outlet_noun = m.role == Role::Media
                    && m.identity == Identity::Named
                    && tagged.is_any(m.first, words!["the"])
                    && m.last - m.first <= 2;
                if let Some(outlet) = self.last_outlet.filter(|_| outlet_noun) {
                    return Some(outlet);
                }
                self.cite_document(tagged, m, r);
                // ("A Gallup survey found ... They also say": a poll is no
                // "they", nor are the media, all of them, nor one outlet:
                // "the BBC has learnt ... when they rejected" is the club.)
                let poll = m.role == Role::Document
                    && (m.first..=m.last).any(|k| tagged.is_any(k, words!["poll", "survey"]));
                if !poll
                    && m.role != Role::Media
                    && (m.role != Role::Person || tagged.bytes(m.last).ends_with(b"s"))
                {
                    self.last_group = Some(r);
                }
                // ("Officials in Cojedes state": the group heads the phrase.)
                // ("the woman, who spoke ... her status": the words before a
                // comma.)
                let core = (m.first..=m.last)
                    .take_while(|&k| tagged.tokens[k].kind() != Kind::Comma)
                    .last()
                    .unwrap_or(m.last);
                let plural = crate::source::is_plural(tagged, core)
                    || (tagged.word_in(m.first, List::GroupNouns)
                        && crate::source::is_plural(tagged, m.first));
                // "Aides" are no "it".
                if m.role != Role::Person && !plural {
                    self.body_cited(r);
                }
                // "A panel of experts said ... The panel insisted": a body
                // of unnamed members, which "the panel" next stands for.
                if let Some(noun) = collective_noun(tagged, m) {
                    self.unnamed_body(tagged, m, r, noun);
                }
                // "Companies like Microsoft and Sony", "experts like Paul
                // Bauman": the members named are who "both companies" and
                // "he" next stand for, not the group.
                if let Some(names) = example_names(tagged, m) {
                    let role = if tagged.entry_ending_at(m.last, List::Institutions) {
                        Role::Official
                    } else {
                        Role::Person
                    };
                    let named = Resolved {
                        name: (names, m.last),
                        identity: Identity::Named,
                        role,
                    };
                    self.last_people = Some((named, m.last));
                    // (One person named: "he" next is that person.)
                    let one = name_run(tagged, names, m.last).filter(|&(_, b)| b == m.last);
                    if let Some(name) = one.filter(|_| role == Role::Person) {
                        let e = self.person(tagged, name, None, None, Role::Person);
                        self.last_source = Some((e, m.last));
                    }
                    return None;
                }
                // ("some think": a quantifier stands for people, no one person.)
                // ("some in the Tory party": the quantifier heads the phrase.)
                let quantifier = tagged.in_set(m.last, &COUNTED)
                    || tagged.is(m.last, "others")
                    || crate::source::some_within(tagged, m.first, m.last);
                if !plural && !quantifier && matches!(m.role, Role::Person | Role::Official) {
                    // "One woman, who did not want to be named, said ... she
                    // said": an unnamed person that "he" or "she" may stand for.
                    self.unnamed_person(tagged, m, r);
                }
                None
            }
        }
    }
}

/// The party tag ("R-Iowa", "D-Fla.") within the two tokens after a name
/// ending at `last` (", R-Iowa", " (R-Iowa)"), which tells the state the
/// person holds office for.
fn party_tag_after(tagged: &Tagged, last: usize) -> Option<usize> {
    (last + 1..(last + 3).min(tagged.tokens.len()))
        .find(|&j| crate::source::is_party_tag(tagged.bytes(j)))
}

/// Whether the source mention ending at `seen` tags the words before it
/// (", Ben Carson said Monday."): a comma or a closing quotation mark
/// shortly before it, a verb of saying right after.
fn trailing_tag_source(tagged: &Tagged, seen: usize) -> bool {
    seen + 1 < tagged.tokens.len()
        && tagged.word_in(seen + 1, List::CueVerbs)
        && (seen.saturating_sub(6)..seen)
            .any(|k| matches!(tagged.tokens[k].kind(), Kind::Comma | Kind::Quote))
}

/// How far back, in tokens, "the spokesman" looks for "a spokesman for"
/// the body it speaks for.
const SPOKESPERSON_WINDOW: usize = 200;

/// "A spokesman for the Home Office said ... “...,” the spokesman said":
/// the spokesperson brought in with "a" and a named body a little before
/// speaks for that body still.
fn spokesperson_again(tagged: &Tagged, m: &Mention) -> Option<Resolved> {
    let spokes = |k: usize| crate::source::is_spokes_word(tagged, k);
    if m.last != m.first + 1 || !tagged.is(m.first, "the") || !spokes(m.last) {
        return None;
    }
    let k = (m.first.saturating_sub(SPOKESPERSON_WINDOW).max(1)..m.first)
        .rev()
        .find(|&k| {
            spokes(k)
                && tagged.is_any(k - 1, words!["a", "an"])
                && tagged.is_any(k + 1, words!["for", "at"])
        })?;
    let start = k + 2 + usize::from(tagged.is(k + 2, "the"));
    let tokens = &tagged.tokens;
    let capital = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.capitalized() && t.is_word())
    };
    if !capital(start) {
        return None;
    }
    // The body's name: capitalised words, with "of" or "and" between them.
    let mut end = start;
    while capital(end + 1) || tagged.is_any(end + 1, words!["of", "and", "for"]) && capital(end + 2)
    {
        end += if capital(end + 1) { 1 } else { 2 };
    }
    Some(Resolved {
        name: (start, end),
        identity: Identity::Named,
        role: Role::Official,
    })
}

fn noun_before_clause(tagged: &Tagged, m: &Mention) -> usize {
    // ("The party's front-runner and former senator": the first of two
    // descriptions joined.)
    (m.first + 1..m.last)
        .find(|&k| tagged.tokens[k].kind() == Kind::Comma)
        .or_else(|| crate::source::joined_descriptions(tagged, m.first, m.last))
        .map_or(m.last, |c| c - 1)
}

/// met before with that noun.
fn another_one(tagged: &Tagged, m: &Mention) -> bool {
    (m.first + 1..m.last).any(|k| tagged.in_set(k, &crate::source::ANOTHER))
}

/// The first token of the quotation that a tag at token `at` follows
/// ("“...,” said the 46-year-old": the tag's verb and comma between), if
/// any; bounded both ways, so that a call costs the same in any sentence.
fn quotation_before(tagged: &Tagged, at: usize) -> Option<usize> {
    let end = (at.saturating_sub(4)..at)
        .rev()
        .find(|&k| tagged.quoted[k])?;
    // (In the same sentence: no full stop between.)
    if (end + 1..at).any(|k| matches!(tagged.tokens[k].kind(), Kind::Period | Kind::Break)) {
        return None;
    }
    // (A tag's quotation ends in a comma or a mark of question inside its
    // closing mark; one that ends in a full stop is a sentence before.)
    let tagged_words = (end.saturating_sub(2)..=end).any(|k| {
        let t = tagged.tokens[k];
        t.kind() == Kind::Comma || t.kind() == Kind::Break && tagged.bytes(k) != b";"
    });
    if !tagged_words {
        return None;
    }
    let start = (end.saturating_sub(200)..end)
        .rev()
        .take_while(|&k| tagged.quoted[k])
        .last()
        .unwrap_or(end);
    Some(start)
}

/// Whether `short`'s bytes come in order among `long`'s.
fn is_subsequence(short: &[u8], long: impl Iterator<Item = u8>) -> bool {
    let mut want = short.iter().peekable();
    for b in long {
        if want.peek() == Some(&&b) {
            want.next();
        }
    }
    want.peek().is_none()
}
