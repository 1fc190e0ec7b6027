//! Who a pronoun or a role noun stands for: `she` → the most recent woman
//! named, `the president` → the most recent person titled president, `they`
//! → the most recent group. A pronoun takes the identity and role of the
//! mention it refers to, as that source was introduced.

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
            if let Some(&e) = self.by_word.get(&word) {
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

    /// Once the whole text is read: a surname alone that stood for no fuller
    /// name when it came ("Williams says he will stay", a headline before
    /// "Matt Williams" is named) stands for the one person of the text with
    /// that surname and a fuller name, if there is one only; a given name
    /// alone ("Hillary Just Vowed") likewise for the one person who has it.
    pub fn complete_surnames(&self, tagged: &Tagged<'t>, found: &mut [Vec<Found>]) {
        let alone = |f: &Found| {
            f.mention.kind == MentionKind::Name
                && f.role == Role::Person
                && !f.mention.titled
                && f.mention.head.0 == f.mention.head.1
                && f.resolved.is_none_or(|r| r.name.0 == r.name.1)
        };
        if !found.iter().flatten().any(alone) {
            return;
        }
        // Each surname's fuller name, or none when two people share it: one
        // pass over the people, one look-up a mention.
        let mut fuller: TextMap<u64, Option<(usize, usize)>> = TextMap::default();
        // ("Hillary Just Vowed" before "Hillary Clinton": a given name alone
        // stands for the one person of the text who has it.)
        let mut by_given: TextMap<u64, Option<(usize, usize)>> = TextMap::default();
        for e in self
            .entities
            .iter()
            .filter(|e| e.person && e.name.1 > e.name.0 && tagged.tokens[e.name.0].capitalized())
        {
            let key = name_key(tagged, surname(tagged, e.name));
            fuller
                .entry(key)
                .and_modify(|n| *n = None)
                .or_insert(Some(e.name));
            if tagged.word_in_any(e.name.0, crate::source::GIVEN_NAMES)
                && !Self::honorific_before(tagged, e.name.0)
            {
                by_given
                    .entry(name_key(tagged, e.name.0))
                    .and_modify(|n| *n = None)
                    .or_insert(Some(e.name));
            }
        }
        // (Not a name a titled person of the text goes by alone: "Prince
        // Charles" and "Charles Kennedy".)
        let mut titled: TextMap<u64, ()> = TextMap::default();
        for e in self
            .entities
            .iter()
            .filter(|e| e.name.1 == e.name.0 && e.title.is_some())
        {
            let key = name_key(tagged, e.name.0);
            titled.insert(key, ());
            if let Some(n) = by_given.get_mut(&key) {
                *n = None;
            }
        }
        for f in found.iter_mut().flatten().filter(|f| alone(f)) {
            let key = name_key(tagged, f.mention.head.0);
            // (After an honorific, "Mr Kim", "Mr Howard", a surname.)
            let as_given = || {
                (tagged.word_in_any(f.mention.head.0, crate::source::GIVEN_NAMES)
                    && !Self::honorific_before(tagged, f.mention.head.0))
                .then(|| by_given.get(&key))
                .flatten()
            };
            // ("Mr. Obama" after "President Obama" is not "Michelle Obama":
            // a surname a titled person goes by alone is that person's.)
            if f.resolved
                .is_some_and(|r| titled.contains_key(&name_key(tagged, r.name.0)))
            {
                continue;
            }
            if let Some(&Some(name)) = fuller.get(&key).or_else(as_given) {
                f.resolved = Some(Resolved {
                    name,
                    identity: f.identity,
                    role: f.role,
                });
            }
        }
    }

    /// "the National Highway Traffic Safety Administration (NHTSA)": a name
    /// ending at token `k` and its initials in brackets after it; the
    /// initials are kept for the name when they are its capitals in order.
    #[inline(never)]
    fn note_initials(&mut self, tagged: &Tagged<'t>, k: usize, start: usize) {
        let tokens = &tagged.tokens;
        let bracket = tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Open)
            && tokens.get(k + 3).is_some_and(|t| t.kind() == Kind::Close);
        // ("the Internet Corporation for Assigned Names and Numbers, Icann.":
        // after a comma, closing the clause.)
        let apposed = tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Comma)
            && tokens.get(k + 2).is_some_and(|t| t.is_word())
            && tokens.get(k + 3).is_none_or(|t| {
                matches!(
                    t.kind(),
                    Kind::Period | Kind::Comma | Kind::Close | Kind::Break
                )
            });
        if !(bracket || apposed) {
            return;
        }
        let short = tagged.bytes(k + 2);
        // ("Acpo", "Icann": initials written as a word.)
        let as_word = short.len() >= 3
            && short[0].is_ascii_uppercase()
            && short[1..].iter().all(u8::is_ascii_lowercase);
        if !(2..=8).contains(&short.len())
            || !(short.iter().all(|b| b.is_ascii_uppercase()) || as_word)
        {
            return;
        }
        let upper = short.to_ascii_uppercase();
        let short = upper.as_slice();
        // Back over the name's capitalised words and the small words inside
        // it ("Federal Bureau of Investigation").
        let mut first = k;
        while first > start && first + 8 > k {
            let p = first - 1;
            let inner = tokens[p].lowercase()
                && tagged.is_any(p, words!["of", "for", "and", "on"])
                && p > start
                && tokens[p - 1].capitalized();
            if !(tokens[p].capitalized() || inner) {
                break;
            }
            first = p;
        }
        // The name starts at its first initial, past "The" or a description
        // ("Carmaker Volta Motors (VM)").
        if tagged.is(first, "the") {
            first += 1;
        }
        while first < k && tagged.bytes(first).first() != short.first() {
            first += 1;
        }
        let capitals = (first..=k)
            .flat_map(|i| tagged.bytes(i).iter().copied())
            .filter(u8::is_ascii_uppercase);
        if first < k && is_subsequence(short, capitals) {
            self.initials.insert(name_key(tagged, k + 2), (first, k));
        }
    }

    /// The name that the one-word name at token `k` is the initials of.
    pub fn initials_of(&self, tagged: &Tagged<'t>, k: usize) -> Option<(usize, usize)> {
        if self.initials.is_empty() {
            return None;
        }
        self.initials.get(&name_key(tagged, k)).copied()
    }

    /// Notes person `e`, named up to token `last`, as a rival of the
    /// sentence's subject: another person, not named as a possessive
    /// ("Crutcher's death" leaves "Trump" the subject).
    fn note_rival(&mut self, tagged: &Tagged<'t>, e: usize, last: usize) {
        let possessive = possessive(tagged, last);
        if self.subject.as_ref().is_some_and(|(s, _, _)| *s != e) && !possessive {
            self.rival = Some(e);
        }
    }

    /// Whether the last source, another than subject `e`, was named in the
    /// sentence from `start` that `e` opened: only then does a rival named
    /// after `e` keep "he" from `e` ("Wenger said ... Mutu was sacked, a move
    /// Wenger backed. But he said" is Wenger; "Ed Lane met members who
    /// endorsed Trump. He says" is Lane).
    fn source_named_in(&self, e: usize, start: usize) -> bool {
        self.last_source.is_some_and(|(s, _)| {
            s != e && (start..self.sentence_start).contains(&self.entities[s].last_seen)
        })
    }

    /// Notes person `e`, named at token `first`, as the one asked when
    /// "asked" comes right before.
    fn note_asked(&mut self, tagged: &Tagged<'t>, e: usize, first: usize) {
        if first == 0 || !tagged.is(first - 1, "asked") {
            return;
        }
        // ("asked Deardorff to convene a meeting": a request, no question;
        // past a name of up to four words.)
        let after = (first..first + 4)
            .find(|&k| !tagged.tokens.get(k).is_some_and(|t| t.capitalized()))
            .unwrap_or(first + 4);
        if !tagged.is(after, "to") {
            self.asked = Some(e);
        }
    }

    /// "Russian oil giant Yukos", "video game firm Bioware": a one-word name
    /// after a lowercase noun of bodies is a body's name; so is the first
    /// word of a company's name ("oil company Petrel Resources": "Petrel").
    /// Notes an outlet of two words or more whose name starts at `k`.
    fn note_outlet(&mut self, tagged: &Tagged<'t>, k: usize) {
        if let Some(last) = tagged.entry_at(k, List::Outlets).filter(|&l| l > k) {
            self.outlets.retain(|o| o.0 != k);
            self.outlets.push((k, last));
            if self.outlets.len() > OUTLETS {
                self.outlets.remove(0);
            }
        }
    }

    /// The last outlet named in full whose name ends in the word at `k`
    /// ("Journal", "Times"), named before it.
    fn fuller_outlet(&self, tagged: &Tagged<'t>, k: usize) -> Option<(usize, usize)> {
        let key = tagged.tokens[k].key();
        self.outlets
            .iter()
            .rev()
            .find(|&&(_, last)| last < k && tagged.tokens[last].key() == key)
            .copied()
    }

    fn note_body(&mut self, tagged: &Tagged<'t>, start: usize, k: usize) {
        let tokens = &tagged.tokens;
        let tail = k + 1;
        let company = tokens.get(tail).is_some_and(|t| t.capitalized())
            && tagged.in_set(tail, &crate::source::CORPORATE_TAILS)
            && !tokens.get(tail + 1).is_some_and(|t| t.capitalized());
        // ("the company Smith founded": a bare noun after an article
        // introduces a clause, not a name.)
        // ("property website Rightmove": a trade's website is a firm; a
        // news, gossip or satirical website is an outlet.)
        #[rustfmt::skip]
        const TRADES: &[u64] = words![
            "property", "shopping", "travel", "comparison", "price-comparison", "recruitment",
            "jobs", "dating", "auction", "booking", "retail", "car-buying", "the-car", "holiday",
            "betting", "ticketing", "mortgage", "insurance", "buying",
        ];
        let firm_site = || {
            tagged.is_any(k - 1, words!["website", "site", "portal"])
                && k > start + 1
                && tagged.is_any(k - 2, TRADES)
        };
        // ("budget airline Virgin Blue": a name of two words no list knows,
        // neither a given name.)
        let two_words = || {
            let plain = |i: usize| {
                !tagged.word_in_any(i, crate::source::GIVEN_NAMES)
                    && !tagged.in_set(i, &NOT_NAME_SET)
                    && tagged.lists_starting_at(i).is_empty()
                    && tagged.lists_ending_at(i).is_empty()
                    && !possessive(tagged, i)
            };
            !tokens.get(k + 2).is_some_and(|t| t.capitalized())
                && !tagged.quoted[k + 1]
                && plain(k)
                && plain(k + 1)
                && !self.knows_person(tagged, k + 1)
        };
        let introduced = k > start
            && tokens[k - 1].lowercase()
            && (tagged.word_in(k - 1, List::InstitutionNouns) || firm_site())
            && !(k > start + 1
                && tagged.is_any(
                    k - 2,
                    words!["the", "a", "an", "this", "that", "his", "her", "its", "their"],
                ))
            && (company || !tokens.get(k + 1).is_some_and(|t| t.capitalized()) || two_words())
            && !tagged.quoted[k];
        // "Henri Crohas, chief of Archos": the body a head is at (not a
        // place, "the governor of Texas", nor a person, "a spokesman of
        // Johnson").
        let office_at = || {
            k > start + 1
                && tagged.is(k - 1, "of")
                && tokens[k - 2].lowercase()
                && tagged.is_any(
                    k - 2,
                    words![
                        "chief",
                        "head",
                        "president",
                        "chairman",
                        "chairwoman",
                        "director",
                        "founder",
                        "boss",
                        "executive"
                    ],
                )
                && !tagged.word_in_any(k, crate::source::GIVEN_NAMES)
                && !self.knows_person(tagged, k)
                && !tokens.get(k + 1).is_some_and(|t| t.capitalized())
                && !tagged.quoted[k]
                && !tagged.word_in(k, List::Places)
                && !tagged.word_in(k, List::Regions)
        };
        // ("Sun Microsystems has launched": a firm by its tail, whose first
        // word names it alone next, "Sun likened".)
        let firm = || {
            company
                && !tagged.word_in_any(k, crate::source::GIVEN_NAMES)
                && !self.knows_person(tagged, k)
                && !tagged.quoted[k]
        };
        // "The non-government organisation, Cepes (...)": a one-word name
        // set after "the", a noun of bodies and a comma, with a bracket,
        // comma or dash after it.
        let set_after = || {
            k > start + 2
                && tokens[k - 1].kind() == Kind::Comma
                && tokens[k - 2].lowercase()
                && tagged.word_in(k - 2, List::InstitutionNouns)
                && (k.saturating_sub(6).max(start)..k - 2)
                    .rev()
                    .take_while(|&j| tokens[j].lowercase() || tagged.is(j, "the"))
                    .any(|j| tagged.is(j, "the"))
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.kind(), Kind::Open | Kind::Comma | Kind::Dash))
                && !tagged.word_in_any(k, crate::source::GIVEN_NAMES)
                && !self.knows_person(tagged, k)
                && !tagged.quoted[k]
        };
        let shares_in = || {
            shares_of(tagged, start, k)
                && !tagged.word_in_any(k, crate::source::GIVEN_NAMES)
                && !self.knows_person(tagged, k)
                && !tagged.quoted[k]
        };
        if !introduced
            && !office_at()
            && !described_as_body(tagged, start, k)
            && !firm()
            && !set_after()
            && !shares_in()
        {
            return;
        }
        self.remember_body(name_key(tagged, k), false);
    }

    /// "budget airline Ryanair", "publishing group Independent News &
    /// Media": a name of capitalised words right after a lowercase noun of
    /// bodies, remembered under the noun for "the airline" later.
    fn note_introduced(&mut self, tagged: &Tagged<'t>, start: usize, k: usize) {
        let tokens = &tagged.tokens;
        let noun = k - 1;
        // (Run for every capitalised word: the token's case and the list's
        // bit first, the two scans of keys last.)
        if !(tokens[noun].lowercase()
            && tagged.word_in(noun, List::InstitutionNouns)
            && (tagged.is_any(noun, FIRM_NOUNS) || tagged.is_any(noun, BODY_KINDS)))
            || tagged.quoted[k]
            // ("the company Smith founded": a clause, not a name.)
            || (noun > start && tagged.is_any(noun - 1, words!["the", "a", "an", "this", "that"])
                && !tokens.get(k + 1).is_some_and(|t| t.capitalized()))
        {
            return;
        }
        // The name runs over capitalised words, and "&" or "and" between two.
        let mut last = k;
        while last + 2 < tokens.len().min(k + 6) {
            if tokens[last + 1].capitalized() {
                last += 1;
            } else if (tagged.is(last + 1, "&") || tagged.is(last + 1, "and"))
                && tokens[last + 2].capitalized()
            {
                last += 2;
            } else {
                break;
            }
        }
        let key = tokens[noun].key();
        self.introduced.retain(|(n, _)| *n != key);
        self.introduced.push((key, (k, last)));
        if self.introduced.len() > NAMED_BODIES {
            self.introduced.remove(0);
        }
    }

    /// "Boeing unveiled a jet ... the company said": a listed company named
    /// at token `k`, opening the sentence outside quotation marks,
    /// remembered as the last company introduced, for "the company" or "the
    /// firm" later.
    fn note_company(&mut self, tagged: &Tagged<'t>, k: usize, start: usize) {
        // (As the sentence's subject only: a company named in passing, "a
        // deal with Google", is no company the next "the company" means.)
        let opens = k == start || k == start + 1 && tagged.is(start, "the");
        if !opens || tagged.quoted[k] || !tagged.lists_starting_at(k).has(List::Companies) {
            return;
        }
        // ("Facebook/Jane Doe." is a picture's credit, no subject.)
        if let Some(last) = tagged.entry_at(k, List::Companies).filter(|&l| {
            let end = tagged.tokens[l].span().end;
            tagged.text.as_bytes().get(end) != Some(&b'/')
        }) {
            self.company_opened = Some((k, last));
        }
    }

    /// "worked at Vanguard Logistics Services", "MTN - the South African
    /// firm which": a company named at token `k` by its legal suffix or by
    /// an appositive of a firm, outside quotation marks, for "the company"
    /// next.
    fn note_firm_named(&mut self, tagged: &Tagged<'t>, k: usize, start: usize) {
        let tokens = &tagged.tokens;
        // (The name's first word, after "The" if any; not one after "of"
        // or "and": "Health and Human Services" is a department.)
        let the = |i: usize| tagged.is_any(i, words!["the", "a", "an"]);
        if tagged.quoted[k]
            || the(k)
            || k > start
                && (tokens[k - 1].capitalized() && !the(k - 1)
                    || tagged.is_any(k - 1, words!["of", "and", "&"]))
        {
            return;
        }
        let mut last = k;
        while last + 1 < tokens.len().min(k + 5) && tokens[last + 1].capitalized() {
            last += 1;
        }
        // ("a new Access Services division": a part of a firm, no firm.)
        let part = tokens.get(last + 1).is_some_and(|t| t.lowercase())
            && (tagged.word_in(last + 1, List::InstitutionNouns)
                || tagged.is_any(last + 1, words!["division", "arm", "subsidiary", "branch"]));
        let suffix = last > k && !part && tagged.is_any(last, COMPANY_SUFFIXES);
        let described = || {
            tokens
                .get(last + 1)
                .is_some_and(|t| matches!(t.kind(), Kind::Dash | Kind::Comma))
                && tagged.is_any(last + 2, words!["a", "an", "the"])
                && (last + 3..last + 7)
                    .take_while(|&j| tokens.get(j).is_some_and(|t| t.is_word()))
                    .find(|&j| tagged.is_any(j, words!["firm", "company"]))
                    // (The noun is the phrase's head: "the South African
                    // firm which", not "the firm's chairman".)
                    .is_some_and(|j| {
                        tokens.get(j + 1).is_none_or(|t| !t.is_word())
                            || tagged.is_any(j + 1, words!["which", "that", "whose", "based"])
                    })
        };
        // (The suffix may be a noun of bodies, "Services": the words before
        // it must name a firm.)
        let named = if suffix { (k, last - 1) } else { (k, last) };
        if (suffix || described() || shares_of(tagged, start, k)) && names_a_firm(tagged, named) {
            self.firm_named = Some(((k, last), start));
        }
    }

    /// Notes a name of two or three capitalised words at token `k` that no
    /// list knows ("Arsene Wenger") as a candidate for a surname alone
    /// later.
    fn note_candidate(&mut self, tagged: &Tagged<'t>, k: usize, range: Range<usize>) {
        const UNKNOWN: Lists = Lists::of(&[
            List::Titles,
            List::Institutions,
            List::Outlets,
            List::Places,
            List::Regions,
            List::GroupNouns,
            List::PersonNouns,
            List::InstitutionNouns,
            List::MediaNouns,
            List::Documents,
            List::CueVerbs,
        ]);
        let tokens = &tagged.tokens;
        let end = range.end;
        // The last two words of a run of capitalised words, or three when
        // the run has three ("Student Kashiya Nwanguma": "Kashiya
        // Nwanguma"). (Most capitalised words are followed by none: told
        // first.)
        if !tokens.get(k + 1).is_some_and(|t| t.capitalized())
            || k + 1 >= end
            || tokens.get(k + 2).is_some_and(|t| t.capitalized())
        {
            return;
        }
        let last = k + 1;
        let plain = |i: usize| {
            tokens[i].is_word()
                && !tagged.in_set(i, &NOT_NAME_SET)
                && !tagged.lists_starting_at(i).any_of(UNKNOWN)
                && !tagged.lists_ending_at(i).any_of(UNKNOWN)
                && !possessive(tagged, i)
        };
        // A description ("Rapper Jay-Z", "Australian Lynton Crosby",
        // "Oscar-winner Andrea Arnold") is no part of the name.
        let described = |i: usize| shaped_as_description(tagged.bytes(i));
        let three = k > range.start
            && tokens[k - 1].capitalized()
            && (k - 1 == range.start || !tokens[k - 2].capitalized())
            && plain(k - 1)
            && !described(k - 1)
            && !tagged.bytes(k - 1).contains(&b'-');
        let first = if three { k - 1 } else { k };
        // Not a headline's first words ("End Bush 'denial' Blair tells EU").
        let headline = first == range.start && tokens[end - 1].is_word();
        if headline || described(first) || tagged.quoted[k] || !plain(k) || !plain(last) {
            return;
        }
        self.candidates
            .insert(name_key(tagged, last), (first, last));
    }

    /// Keeps the key of a one-word body name, `spoken` if it has been a
    /// source already; the oldest goes past [`BODY_NAMES`].
    fn remember_body(&mut self, key: u64, spoken: bool) {
        if !self.bodies.iter().any(|&(b, _)| b == key) {
            self.bodies.push((key, spoken));
            if self.bodies.len() > BODY_NAMES {
                self.bodies.remove(0);
            }
        }
    }

    /// "the Mozilla Foundation" … "Mozilla said": the first word of a
    /// body's name of two words or more stands for the body, like a one-word
    /// name introduced as one; not that of a body a person's name owns
    /// ("the Obama administration", "Clinton campaign").
    fn note_short_name(&mut self, tagged: &Tagged<'t>, (first, last): (usize, usize)) {
        const OWNED: &[u64] = words![
            "administration",
            "campaign",
            "government",
            "office",
            "team",
            "camp",
            "family",
            "presidency",
            "aides",
            "allies",
            "lawyers",
        ];
        let name = last > first
            && tagged.tokens[first].capitalized()
            && tagged.tokens[last].capitalized()
            && !tagged.is_any(last, OWNED)
            && !tagged.in_set(first, &NOT_NAME_SET)
            && !tagged.word_in(first, List::FemaleNames)
            && !tagged.word_in(first, List::MaleNames)
            && !tagged.word_in(first, List::Places)
            && !tagged.word_in(first, List::Regions)
            && !(first..=last).any(|k| possessive(tagged, k));
        if !name {
            return;
        }
        self.remember_body(name_key(tagged, first), true);
    }

    /// Whether the one-word name at token `k` was introduced as a body and
    /// never as a person; with `spoken`, only if it has been a source (see
    /// [`Resolver::body_spoke`]).
    pub fn is_body_name(&self, tagged: &Tagged<'t>, k: usize, spoken: bool) -> bool {
        let key = name_key(tagged, k);
        self.bodies.iter().any(|&(b, s)| b == key && (s || !spoken))
            && !self
                .by_word
                .get(&key)
                .is_some_and(|&e| self.entities[e].person)
    }

    /// Whether the one word at token `k` is initials the article gave a
    /// name ("the Council of Mortgage Lenders (CML)") or a name it
    /// introduced as a body's.
    pub fn knows_body_word(&self, tagged: &Tagged<'t>, k: usize) -> bool {
        self.initials_of(tagged, k).is_some() || self.is_body_name(tagged, k, false)
    }

    /// Notes that the body named at token `k` has been a source.
    pub fn body_spoke(&mut self, tagged: &Tagged<'t>, k: usize) {
        let key = name_key(tagged, k);
        for body in self.bodies.iter_mut().filter(|(b, _)| *b == key) {
            body.1 = true;
        }
    }

    /// A title or honorific just before token `k`: ("Sen." → title index,
    /// "Mrs." → female).
    fn introducer(
        &self,
        tagged: &Tagged,
        start: usize,
        k: usize,
    ) -> (Option<usize>, Option<Gender>) {
        let mut p = k;
        if p > start && tagged.tokens[p - 1].kind() == Kind::Period {
            p -= 1;
        }
        if p == start {
            return (None, None);
        }
        let w = p - 1;
        let gender = if tagged.is_any(w, words!["mr", "sir", "lord", "baron"]) {
            Some(Gender::Male)
        } else if tagged.is_any(w, words!["mrs", "ms", "miss", "dame", "lady", "baroness"]) {
            Some(Gender::Female)
        } else {
            None
        };
        let title_end = if p < k { p } else { p - 1 };
        let title = (tagged.entry_ending_at(title_end, List::Titles)
            && !tagged.is_any(w, HONORIFICS))
        .then_some(w);
        (title, gender)
    }

    fn person(
        &mut self,
        tagged: &Tagged<'t>,
        name: (usize, usize),
        gender: Option<Gender>,
        title: Option<usize>,
        role: Role,
    ) -> usize {
        let e = self.person_entity(tagged, name, gender, title, role);
        if let Some(t) = title {
            // "the president" later refers to the last person so titled.
            let span = (title_start(tagged, t), t);
            let keys = TitleKeys::of(tagged, 0, span);
            // ("Sen. Joni Ernst, R-Iowa": a party tag after the name tells
            // the place too.)
            let tagged_state = party_tag_after(tagged, name.1).is_some();
            let titled = Titled {
                entity: e,
                place: keys.place || tagged_state,
                at: t,
                by_head: false,
            };
            // "Police Chief Maria Lopez … the chief said": the title's head
            // word alone, unless a holder of that very office is known.
            if let Some(head) = head_key(tagged, span) {
                let by_head = Titled {
                    by_head: true,
                    ..titled
                };
                if self
                    .by_title
                    .get(&head)
                    .is_none_or(|old| old.by_head && old.at <= t)
                {
                    self.by_title.insert(head, by_head);
                }
            }
            // (In the order of the text: a source's title seen again after
            // the sentence's names were noted ("Committee Chairman Ash
            // criticized RNC Chairman Priebus") keeps the later holder.)
            // ("World Bank President Jim Yong Kim" after "President Obama":
            // a body's president leaves the bare office to the head of state
            // named before; a body's chairman, "RNC Chairman Priebus", is
            // the one "the chairman" means next.)
            let bodys_office = keys.qualified.is_some() && !keys.place && tagged.is(t, "president");
            // "President Vladimir Putin ... the Russian leader": a country's
            // head is its leader too (not a body's: "World Bank President",
            // "the president of FIFA").
            let leader = (keys.qualified.is_none() || keys.place)
                && keys.former.is_none()
                && !tagged.is(t + 1, "of")
                && title::heads_a_country(tagged, span);
            let leader = leader.then_some(title::COUNTRY_LEADER);
            for key in [Some(keys.office), keys.qualified, keys.former, leader]
                .into_iter()
                .flatten()
            {
                let keep_old = bodys_office && key == keys.office;
                if self
                    .by_title
                    .get(&key)
                    .is_none_or(|old| old.at <= t && !keep_old)
                {
                    self.by_title.insert(key, titled);
                }
            }
        }
        e
    }

    fn person_entity(
        &mut self,
        tagged: &Tagged<'t>,
        name: (usize, usize),
        gender: Option<Gender>,
        title: Option<usize>,
        role: Role,
    ) -> usize {
        let last_word = name_key(tagged, surname(tagged, name));
        let given =
            |k: usize| tagged.word_in(k, List::FemaleNames) || tagged.word_in(k, List::MaleNames);
        // "Bill Clinton" after "Hillary Clinton": another person of that name.
        // "Donald Trump Jr." after "Donald J. Trump": a son of the same name.
        let suffixed = |n: (usize, usize)| surname(tagged, n) != n.1;
        let another = |e: usize| {
            let known = self.entities[e].name;
            if suffixed(name) != suffixed(known) && name.0 < name.1 && known.0 < known.1 {
                return true;
            }
            // ("Michael Howard's wife" after a headline's "Mrs Howard": a
            // given name of the other gender names someone else.)
            if name.0 < name.1
                && given(name.0)
                && gender.is_some_and(|g| self.entities[e].gender.is_some_and(|h| h != g))
            {
                return true;
            }
            // ("Tony Blair" after "Sir Ian Blair": the given names after
            // an honorific.)
            let first_given = |n: (usize, usize)| {
                n.0 + usize::from(tagged.is_any(n.0, HONORIFICS) && n.0 + 1 < n.1)
            };
            let (a, b) = (first_given(name), first_given(known));
            a < name.1
                && b < known.1
                && (given(a) || given(b))
                && !tagged.is_any(a, HONORIFICS)
                && !tagged.is_any(b, HONORIFICS)
                // ("Von der Leyen" after "Ursula von der Leyen": the surname.)
                && !tagged.is_any(a, PARTICLES)
                && tagged.tokens[a].key() != tagged.tokens[b].key()
        };
        // "Bill Clinton" again, after "Hillary Clinton": by the full name.
        let full_key = (name.0 < name.1).then(|| full_name_key(tagged, name));
        // "Mr Howard" after "Howard Flight": an honorific stands before a
        // surname, not before a given name the other was also found by.
        let honorific = name.0 == name.1 && Self::honorific_before(tagged, name.0);
        // ("Mr. Ban" after "Ban Ki-moon": a family name first is no given
        // name the lists know.)
        let by_surname = |e: usize| {
            let known = self.entities[e].name;
            !honorific || name_key(tagged, surname(tagged, known)) == last_word || !given(known.0)
        };
        let known = full_key
            .and_then(|k| self.by_word.get(&k))
            .or_else(|| {
                self.by_word
                    .get(&last_word)
                    .filter(|&&e| !another(e) && by_surname(e))
            })
            .copied()
            .or_else(|| {
                // (The person of that surname among the recent ones: a
                // bounded search, whatever the article's length.)
                honorific
                    .then(|| {
                        self.recent.iter().rev().copied().find(|&r| {
                            let ent = &self.entities[r];
                            ent.person && name_key(tagged, surname(tagged, ent.name)) == last_word
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // ("Sir John" after "Sir John Stevens": a knight by his
                // given name, among the recent ones.)
                let knight = words!["sir", "dame"];
                let knighted = name.0 == name.1 && name.0 > 0 && tagged.is_any(name.0 - 1, knight)
                    || name.1 == name.0 + 1 && tagged.is_any(name.0, knight);
                knighted
                    .then(|| {
                        self.recent.iter().rev().copied().find(|&r| {
                            let ent = &self.entities[r];
                            let given = ent.name.0 + usize::from(tagged.is_any(ent.name.0, knight));
                            ent.person
                                && given < ent.name.1
                                && name_key(tagged, given) == name_key(tagged, name.1)
                        })
                    })
                    .flatten()
            });
        // "Mr. Clinton" after Hillary and Bill Clinton: the person of that
        // surname whose gender the honorific tells, among the recent ones
        // (else the one found: a gender inferred from a pronoun may be wrong).
        let known = match (known, gender) {
            (Some(e), Some(g)) if self.entities[e].gender.is_some_and(|h| h != g) => {
                let other = self.recent.iter().rev().copied().find(|&r| {
                    let ent = &self.entities[r];
                    ent.person
                        && ent.gender == Some(g)
                        && name_key(tagged, surname(tagged, ent.name)) == last_word
                });
                // ("Mrs Howard" after "Michael Howard's wife, Sandra": a
                // given name of the other gender is no guess; she is
                // someone new.)
                let other_given = {
                    let first = self.entities[e].name.0;
                    match g {
                        Gender::Female => {
                            tagged.word_in(first, List::MaleNames)
                                && !tagged.word_in(first, List::FemaleNames)
                        }
                        Gender::Male => {
                            tagged.word_in(first, List::FemaleNames)
                                && !tagged.word_in(first, List::MaleNames)
                        }
                    }
                };
                other.or((!other_given).then_some(e))
            }
            (known, _) => known,
        };
        if let Some(e) = known {
            self.touch(e, name.1);
            let ent = &mut self.entities[e];
            if ent.gender.is_none() {
                ent.gender = gender;
            }
            if name.1 - name.0 > ent.name.1 - ent.name.0 {
                ent.name = name;
            }
            if ent.title.is_none() && title.is_some() {
                ent.title = title;
                ent.role = Role::Official;
            }
            // "Gerhard Florin, head of EA, said" after his name alone: the
            // post the source is named with is the person's from then on.
            if role == Role::Official {
                ent.role = Role::Official;
            }
            return e;
        }
        let role = if title.is_some() {
            Role::Official
        } else {
            role
        };
        // "Wenger said" after "Arsene Wenger": the fuller name, known from a
        // sentence where it was no source.
        let at = name.1;
        let name = match self.candidates.get(&last_word) {
            Some(&full) if name.0 == name.1 && full.1 < name.0 => full,
            _ => name,
        };
        let full_key = full_key.or_else(|| (name.0 < name.1).then(|| full_name_key(tagged, name)));
        self.entities.push(Entity {
            name,
            gender,
            title,
            identity: Identity::Named,
            role,
            last_seen: at,
            person: true,
            place: None,
        });
        let e = self.entities.len() - 1;
        self.touch(e, at);
        // A surname alone keeps standing for the first person of that name
        // ("Clinton" for Hillary Clinton, after "Bill Clinton" too): the
        // article's subject, as a rule, where the other is named in full.
        self.by_word.entry(last_word).or_insert(e);
        if let Some(k) = full_key {
            self.by_word.insert(k, e);
        }
        let first_word = tagged.tokens[name.0].key();
        if name.0 != name.1 && !self.by_word.contains_key(&first_word) {
            // "Hillary" alone may also refer back.
            self.by_word.insert(first_word, e);
        }
        e
    }

    /// "@realDonaldTrump" after "Donald J. Trump": a handle that spells a
    /// known person's given name and surname, with or without "real" before
    /// them.
    fn handle_owner(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        if m.last != m.first + 1 || tagged.word(m.first) != "@" {
            return None;
        }
        let handle = tagged.word(m.last).to_lowercase();
        let handle = handle.strip_prefix("real").unwrap_or(&handle);
        self.recent.iter().rev().copied().find_map(|e| {
            let ent = &self.entities[e];
            let (first, last) = ent.name;
            let spelt = format!(
                "{}{}",
                tagged.word(first),
                tagged.word(surname(tagged, ent.name))
            )
            .to_lowercase();
            (ent.person && last > first && spelt == handle).then_some(Resolved {
                name: ent.name,
                identity: ent.identity,
                role: ent.role,
            })
        })
    }

    /// "her memo", "his own count", "their report", "in his view", "his
    /// hope is that": a document, a view or a stance whose owner is a
    /// pronoun is the one the pronoun stands for, labelled as that one was
    /// introduced.
    fn pronoun_owner(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // ("Their fear is that", "his claim that": a stance or a claim too.)
        let view = tagged.is_any(m.last, words!["view", "opinion", "estimation", "judgment"])
            || tagged.in_set(m.last, &crate::cue::STANCE_NOUNS)
            || tagged.in_set(m.last, &crate::cue::CLAIM_NOUNS);
        let site = site_owner(tagged, m.first, m.last);
        let at = match site {
            Some(k) => k,
            None if (m.role == Role::Document || view) && m.last <= m.first + 3 => m.first,
            None => return None,
        };
        let p = if tagged.is(at, "his") {
            Pronoun::He
        } else if tagged.is(at, "her") {
            Pronoun::She
        } else if tagged.is(at, "their") {
            Pronoun::They
        } else if site.is_some() && tagged.is(at, "its") {
            Pronoun::It
        } else {
            return None;
        };
        let owner = self.pronoun(tagged, p, at, false)?;
        // ("His report said ... it said": the report is "it" next; a view
        // or a claim is not.)
        if m.role == Role::Document {
            self.body_cited(Resolved {
                name: (m.first, m.last),
                ..owner
            });
        }
        Some(owner)
    }

    /// A body cited as a source is "it" next, whatever body opened a
    /// sentence before.
    fn body_cited(&mut self, r: Resolved) {
        self.last_body = Some(r);
        self.subject_body = None;
    }

    /// "Microsoft also made some announcements", "The Argonaut group went
    /// into administration": a body of the lists, or a name before a noun of
    /// bodies, opening the sentence before a lowercase word (no possessive,
    /// outside a quotation) is its subject.
    fn note_subject_body(&mut self, tagged: &Tagged<'t>, range: &Range<usize>) {
        let k = range.start;
        let Some((k, last)) = tagged
            .entry_at(k, List::Institutions)
            .map(|last| (k, last))
            .or_else(|| named_body_noun(tagged, range))
        else {
            return;
        };
        let subject = last + 1 < range.end
            && tagged.tokens[last + 1].lowercase()
            && tagged.tokens[last + 1].is_word()
            && !tagged.quoted[k]
            && !possessive(tagged, last);
        if subject {
            self.subject_body = Some(Resolved {
                name: (k, last),
                identity: Identity::Named,
                role: Role::Official,
            });
        }
    }

    /// Whether an honorific ("Mr", "Mrs.", "Dr") stands right before token `k`.
    fn honorific_before(tagged: &Tagged, k: usize) -> bool {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        let word = if tagged.tokens[prev].kind() == Kind::Period {
            prev.checked_sub(1)
        } else {
            Some(prev)
        };
        word.is_some_and(|w| tagged.is_any(w, HONORIFICS))
    }

    /// Remembers a person the article does not name, as a candidate for a
    /// later "he" or "she".
    fn unnamed_person(&mut self, tagged: &Tagged<'t>, m: &Mention, r: Resolved) {
        // "a spokesman for the Home Office": the spokesman is the person.
        let head = (m.first..=m.last)
            .find(|&k| tagged.is_any(k, SPOKESPEOPLE))
            .or_else(|| {
                (m.first..=m.last)
                    .take_while(|&k| tagged.tokens[k].kind() != Kind::Comma)
                    .last()
            })
            .unwrap_or(m.last);
        let gender = noun_gender(tagged, head);
        self.entities.push(Entity {
            name: r.name,
            gender,
            title: None,
            identity: r.identity,
            role: r.role,
            last_seen: m.last,
            person: true,
            place: None,
        });
        let e = self.entities.len() - 1;
        self.touch(e, m.last);
        self.last_source = Some((e, m.last));
        // ("A witness interviewed by staff said ... The witness said": the
        // noun with "the" later stands for the same unnamed person.)
        // Introduced so: an article, then the noun, which ends the first
        // words ("a witness interviewed by staff", "an organizer of a group").
        if tagged.is_any(m.first, words!["a", "an"]) && m.first < m.last {
            let ends_noun = |k: usize| {
                let t = tagged.tokens[k];
                !t.is_word()
                    || tagged.in_set(k, &crate::source::PREPOSITIONS)
                    || tagged.is_any(k, words!["who", "that", "which"])
                    || t.lowercase()
                        && (tagged.bytes(k).ends_with(b"ed") || tagged.bytes(k).ends_with(b"ing"))
            };
            let noun = (m.first + 2..=m.last)
                .find(|&k| ends_noun(k))
                .unwrap_or(m.last + 1)
                - 1;
            if tagged.tokens[noun].lowercase() {
                self.unnamed.insert(tagged.tokens[noun].key(), e);
            }
        }
    }

    /// Whether the name whose last word is token `k` is a person the article
    /// has introduced (with a given name, an honorific or a title).
    pub fn knows_person(&self, tagged: &Tagged<'t>, k: usize) -> bool {
        self.by_word
            .get(&name_key(tagged, k))
            .is_some_and(|&e| self.entities[e].person)
    }

    /// As [`Resolver::resolve`], for a source that is talked about rather
    /// than heard ("Smith said Jones's claim that ..."): the last speaker,
    /// whom "he said" next takes up, stays who it was.
    pub fn resolve_unheard(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let last = self.last_source;
        let r = self.resolve(tagged, m);
        self.last_source = last;
        r
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

    /// The person whose document the mention is ("Band's memo" after
    /// "Douglas Band"): a known person's name in the possessive, with no
    /// title before it, heading a document noun.
    fn document_author(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<usize> {
        let (first, last) = m.head;
        // ("Mr Sands' book": the apostrophe a token of its own.)
        let mark = apostrophe_after(tagged, last);
        let noun = last + 1 + usize::from(mark);
        // ("a statement from Mr Spitzer's office": the office's, not his.)
        let own =
            tagged.word_in(noun, List::Documents) && !tagged.word_in(noun, List::InstitutionNouns);
        if m.role != Role::Document || m.titled || !(mark || possessive(tagged, last)) || !own {
            return None;
        }
        let e = *self.by_word.get(&name_key(tagged, last))?;
        let ent = &self.entities[e];
        // ("Clinton Foundation's report": a body's name holds the surname.)
        (ent.person && last - first <= ent.name.1 - ent.name.0).then_some(e)
    }

    /// "his brother", "her son" after "his brother Alastair Osman", "our
    /// correspondent" after "BBC correspondent Stephen Cape": the person
    /// introduced by that relation or description, when a possessive, "our"
    /// or "the" opens the mention, at most three words before the noun that
    /// ends it.
    fn relative(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // ("our correspondent", "the Cepes researcher": a description the
        // person was introduced with.)
        let owned = tagged.is_any(m.first, words!["his", "her", "their", "our", "the"])
            || (m.first < m.last && possessive(tagged, m.last - 1));
        // ("the GOP presidential nominee": up to three words before the noun.)
        if !owned || m.last > m.first + 3 || another_one(tagged, m) {
            return None;
        }
        // ("our Moscow correspondent": a reporter of another place.)
        if (m.first + 1..m.last).any(|k| tagged.tokens[k].capitalized())
            && tagged.is_any(m.last, words!["correspondent", "reporter"])
        {
            return None;
        }
        let e = *self.by_relation.get(&tagged.tokens[m.last].key())?;
        (self.leads_side(tagged, m, e) && self.same_ticket(tagged, m, e))
            .then(|| self.seen_again(e, m.last))
    }

    /// "the Chelsea manager" is not "Arsenal manager Arsene Wenger": a
    /// side's leader is not entity `e` introduced as another side's.
    fn leads_side(&self, tagged: &Tagged<'t>, m: &Mention, e: usize) -> bool {
        let side = |noun: usize, from: usize| {
            let k = noun.checked_sub(1).filter(|&k| k >= from)?;
            let side = tagged.tokens[k].capitalized() && !title::is_place(tagged, k);
            (side && tagged.in_set(noun, &crate::source::LEADERS)).then_some(k)
        };
        let name = self.entities[e].name.0;
        match (
            side(m.last, m.first + 1),
            name.checked_sub(1).and_then(|t| side(t, 0)),
        ) {
            (Some(a), Some(b)) => tagged.bytes(a) == tagged.bytes(b),
            _ => true,
        }
    }

    /// "the witness" after "a witness interviewed by staff": the unnamed
    /// person introduced with that noun, as unnamed as then.
    fn unnamed_again(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // (An office's noun, "the Republican lawmaker", speaks by office.)
        if !tagged.is(m.first, "the")
            || m.last > m.first + 3
            || tagged.word_in(m.last, List::Titles)
            || another_one(tagged, m)
        {
            return None;
        }
        if let Some(&e) = self.unnamed.get(&tagged.tokens[m.last].key()) {
            return Some(self.seen_again(e, m.last));
        }
        // ("Another Muslim who didn't want to be named said ... "...," the
        // man said": "the man" or "the woman" just after an unnamed source
        // of no other gender is that source.)
        if m.last != m.first + 1 {
            return None;
        }
        let want = if tagged.is(m.last, "man") {
            Gender::Male
        } else if tagged.is(m.last, "woman") {
            Gender::Female
        } else {
            return None;
        };
        let (e, seen) = self.last_source?;
        let ent = &self.entities[e];
        let fits = ent.person
            && ent.identity == Identity::Anonymous
            && ent.gender.is_none_or(|g| g == want)
            && seen < m.first
            && m.first - seen <= SOURCE_WINDOW;
        if !fits {
            return None;
        }
        self.entities[e].gender = Some(want);
        Some(self.seen_again(e, m.last))
    }

    /// "greeted by an organizer ... “...,” the organizer told them": a
    /// person's noun the article brought in with "a" or "an" a little
    /// before, and named nowhere since, is that unnamed person, whom the
    /// guide labels as introduced.
    fn met_unnamed(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let head = m.last;
        // (A person's noun: "the committee", "the company" are bodies.)
        if m.first + 1 != head
            || m.role != Role::Person
            || !tagged.is(m.first, "the")
            || !tagged.tokens[head].lowercase()
            || tagged.word_in(head, List::Titles)
            || tagged.word_in(head, List::InstitutionNouns)
            || !(tagged.word_in(head, List::GroupNouns) || tagged.word_in(head, List::PersonNouns))
            || crate::source::is_plural(tagged, head)
        {
            return None;
        }
        let key = tagged.tokens[head].key();
        // (Within a few paragraphs: the scan is bounded.)
        let from = m.first.saturating_sub(MET_WINDOW);
        // ("an organizer", "a local organizer": the article, then at most
        // two words in lower case.)
        // (Not a description of someone: "Hailey was a writer", "worked as
        // a partner".)
        let introduced = |k: usize| {
            (k.saturating_sub(3).max(from)..k)
                .rev()
                .take_while(|&a| tagged.tokens[a].is_word() && tagged.tokens[a].lowercase())
                .find(|&a| tagged.is_any(a, words!["a", "an"]))
                .is_some_and(|a| {
                    a == 0
                        || !tagged.is_any(
                            a - 1,
                            words![
                                "is", "was", "are", "were", "be", "been", "as", "became",
                                "becomes", "become", "remains", "remained", "like"
                            ],
                        )
                })
        };
        let noun = (from..m.first)
            .rev()
            .find(|&k| tagged.tokens[k].key() == key && introduced(k))?;
        let r = Resolved {
            name: (noun, noun),
            identity: Identity::Anonymous,
            role: Role::Person,
        };
        self.unnamed_person(tagged, m, r);
        self.unnamed.insert(key, self.entities.len() - 1);
        Some(r)
    }

    /// Entity `e`, mentioned again at token `at`, as a resolution.
    fn seen_again(&mut self, e: usize, at: usize) -> Resolved {
        self.touch(e, at);
        let ent = &self.entities[e];
        Resolved {
            name: ent.name,
            identity: ent.identity,
            role: ent.role,
        }
    }

    /// Remembers a document cited as a source ("a Gazette poll", "a new
    /// report"), when the mention ends in a document noun.
    fn cite_document(&mut self, tagged: &Tagged<'t>, m: &Mention, r: Resolved) {
        // ("The survey, conducted by the Public Policy Institute": the noun
        // before the comma.)
        let core = (m.first..=m.last)
            .find(|&k| tagged.tokens[k].kind() == Kind::Comma)
            .map_or(m.last, |c| c.saturating_sub(1).max(m.first));
        // ("the report by telecoms giant BT": the noun before its author.)
        let Some(core) = Some(core)
            .filter(|&k| tagged.word_in(k, List::Documents))
            .or_else(|| {
                (m.first..core).find(|&k| {
                    tagged.word_in(k, List::Documents) && tagged.is_any(k + 1, words!["by", "from"])
                })
            })
        else {
            return;
        };
        let key = document_key(tagged, core);
        // (Remembered by its noun phrase, without the appositive.)
        let r = if r.name == (m.first, m.last) {
            Resolved {
                name: (m.first, core),
                ..r
            }
        } else {
            r
        };
        self.documents.retain(|(k, _)| *k != key);
        self.documents.push((key, r));
        if self.documents.len() > DOCUMENTS {
            self.documents.remove(0);
        }
    }

    /// "the poll", "this report": a definite document noun, with at most
    /// a lowercase modifier, stands for the last document of that noun.
    fn cited_document(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // ("The most recent poll": the latest of them.)
        let latest = m.last == m.first + 3
            && tagged.is(m.first, "the")
            && tagged.is(m.first + 1, "most")
            && tagged.is(m.first + 2, "recent");
        let definite = (short_description(tagged, m, words!["the", "this", "that"]) || latest)
            && tagged.word_in(m.last, List::Documents);
        if !definite {
            return None;
        }
        let key = document_key(tagged, m.last);
        self.documents
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|&(_, r)| r)
    }

    /// "the authors say", "the study's authors" after "The study, from the
    /// Centre for Economic Policy Research": the authors of the last
    /// document cited whose author is named.
    fn document_authors(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let authors = short_description(tagged, m, words!["the"])
            && tagged.is_any(m.last, words!["authors", "researchers"]);
        if !authors {
            return None;
        }
        // (A document cited within a few paragraphs, with no
        // researchers of another kind named since: "In an unrelated
        // experiment, scientists in Boston ... The researchers said" are
        // those scientists.)
        let r = self
            .documents
            .iter()
            .rev()
            .map(|&(_, r)| r)
            .find(|r| r.identity == Identity::Named && r.role != Role::Document)?;
        let cited = r.name.1;
        let near = cited < m.first && m.first - cited <= 400;
        let others_since = || {
            (cited + 1..m.first).any(|k| {
                !tagged.quoted[k]
                    && tagged.is_any(
                        k,
                        words![
                            "scientists",
                            "researchers",
                            "academics",
                            "economists",
                            "scholars",
                            "doctors"
                        ],
                    )
            })
        };
        (near && !others_since()).then_some(r)
    }

    /// "the two", "both senators", "the congressmen" just after named people
    /// were cited together: those people.
    fn named_people(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let (people, at) = self.last_people?;
        let described = short_description(tagged, m, words!["the", "both"])
            && (crate::source::is_plural(tagged, m.last) || tagged.is(m.last, "two"))
            // "the experts" may be others; "the two", "both", "the senators"
            // count the people just named.
            && (tagged.is(m.first, "both")
                || (m.first..=m.last).any(|k| tagged.is(k, "two"))
                || tagged.word_in(m.last, List::Titles)
                || tagged.is_any(
                    m.last,
                    words!["men", "women", "candidates", "lawmakers", "brothers", "sisters"],
                )
                || tagged.is_any(m.last, BODIES));
        // ("Pfizer and Allergan ... The companies expect": bodies, whatever
        // their names told.)
        let people = if tagged.is_any(m.last, BODIES) {
            Resolved {
                role: Role::Official,
                ..people
            }
        } else {
            people
        };
        (described && m.first > at && m.first - at <= PEOPLE_WINDOW).then_some(people)
    }

    /// Records a mention of entity `e` at token `at`.
    fn touch(&mut self, e: usize, at: usize) {
        self.entities[e].last_seen = at;
        self.recent.retain(|&r| r != e);
        self.recent.push(e);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }

    /// The first person the text names: in an interview, the one answering.
    pub fn first_named_person(&self) -> Option<Resolved> {
        let e = self
            .entities
            .iter()
            .find(|e| e.person && e.identity == Identity::Named)?;
        Some(Resolved {
            name: e.name,
            identity: e.identity,
            role: e.role,
        })
    }

    /// The most recent entity before token `at` that `fits`.
    fn most_recent(&self, at: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.recent
            .iter()
            .copied()
            .filter(|&e| self.entities[e].last_seen < at && fits(&self.entities[e]))
            .max_by_key(|&e| self.entities[e].last_seen)
    }

    /// `tag`: the pronoun is in a trailing tag (", he said"), whose speaker
    /// is not the subject of the words it reports.
    fn pronoun(
        &mut self,
        tagged: &Tagged<'t>,
        p: Pronoun,
        at: usize,
        tag: bool,
    ) -> Option<Resolved> {
        match p {
            Pronoun::He | Pronoun::She => {
                let want = if p == Pronoun::He {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // ("he told Hannity": the one told is no speaker.)
                let told = (at + 1..at + 3).find(|&k| tagged.is_any(k, words!["told", "tells"]));
                let addressee = told.and_then(|t| {
                    self.recent.iter().copied().find(|&e| {
                        let seen = self.entities[e].last_seen;
                        seen > t && seen <= t + 4
                    })
                });
                let fits = |e: &Entity| e.person && e.gender.is_none_or(|g| g == want);
                // (One who spoke on into a quotation in the sentence
                // before; not the subject of a clause that a colon ends:
                // "Mosman saw it differently: \"...,\" he said". Nor a
                // verb with an object: "she added the words".)
                let other_speaks = |e: usize| {
                    let tokens = &tagged.tokens;
                    let ent = &self.entities[e];
                    let named_at = ent.last_seen.clamp(self.sentence_start, at);
                    let stop = |k: usize| {
                        !tagged.quoted[k] && matches!(tokens[k].kind(), Kind::Period | Kind::Break)
                    };
                    ent.name.0 < self.sentence_start
                        && !tagged.is_any(at + 2, words!["the", "a", "an"])
                        && !(named_at..at)
                            .any(|k| tokens[k].kind() == Kind::Colon && !tagged.quoted[k])
                        && self.last_source.is_some_and(|(s, seen)| {
                            s != e
                                && seen < self.sentence_start
                                && at - seen <= SOURCE_WINDOW
                                && (seen..self.sentence_start).filter(|&k| stop(k)).count() <= 1
                                && (self.previous_start..self.sentence_start)
                                    .any(|k| tagged.quoted[k])
                                && fits(&self.entities[s])
                        })
                };
                let subject = self
                    .subject
                    .as_ref()
                    // ("Mr Blair's government was \"bossy,\" he said": a
                    // possessive subject is in the words the tag reports;
                    // so is one named before while another fitting source
                    // speaks on: "Mr Blair has failed, he claimed".)
                    .filter(|(e, r, possessive)| {
                        !(tag && (*possessive || other_speaks(*e)))
                            && r.start < at
                            && at < r.end
                            && fits(&self.entities[*e])
                    })
                    .map(|(e, _, _)| *e);
                // (A tag's distance from the source is counted from where
                // its quotation opens, when that is right after the
                // source's sentence: a long quotation there is still theirs.)
                let from = tag
                    .then(|| quotation_before(tagged, at))
                    .flatten()
                    .filter(|&open| {
                        self.last_source.is_some_and(|(_, seen)| {
                            seen < open
                                && open - seen <= SOURCE_WINDOW
                                && tagged.tokens[seen..open]
                                    .iter()
                                    .filter(|t| matches!(t.kind(), Kind::Period | Kind::Break))
                                    .count()
                                    <= 1
                        })
                    })
                    .unwrap_or(at);
                let recent_source = self
                    .last_source
                    .filter(|&(e, seen)| {
                        seen < from && from - seen <= SOURCE_WINDOW && fits(&self.entities[e])
                    })
                    .map(|(e, _)| e);
                // The subject of the sentence before ("Smith said X. Jones
                // was less pleased. He said" is Jones), unless the last
                // source spoke there or since, or that sentence named
                // another who fits after its subject.
                let previous = self.previous_subject.filter(|&(e, start, _)| {
                    start < at
                        && fits(&self.entities[e])
                        && self.last_source.is_none_or(|(_, seen)| seen < start)
                });
                let rivalled = |&(e, start, rival): &(usize, usize, Option<usize>)| {
                    rival.is_some_and(|r| fits(&self.entities[r])) && self.source_named_in(e, start)
                };
                let unrivalled = previous.filter(|p| !rivalled(p)).map(|(e, _, _)| e);
                // ("The director is Matthew Warchus. \"...,\" he said": the
                // person just presented, unless a source spoke since.)
                let presented = self
                    .previous_presented
                    .filter(|&(e, start)| {
                        start < at
                            && fits(&self.entities[e])
                            && self.last_source.is_none_or(|(_, seen)| seen < start)
                    })
                    .map(|(e, _)| e);
                // With a rival and no earlier source, the subject is still
                // likelier than the rival ("Lee has beaten Ames twice. He
                // said" is Lee). Past the subjects and the last source, an
                // unnamed person of no known gender ("a witness") is too weak
                // a guess.
                // ("He insisted Curiel had": a name later in the clause is
                // someone else.)
                // (By the whole name when a given name comes before the
                // surname: "He praised George Bush" is not Jeb Bush.)
                let named_after = |e: &usize| {
                    let (first, last) = self.entities[*e].name;
                    let key = name_key(tagged, last);
                    let given = tagged.tokens[first].key();
                    tagged.tokens[at + 1..(at + 8).min(tagged.tokens.len())]
                        .iter()
                        .take_while(|t| {
                            !matches!(
                                t.kind(),
                                Kind::Period | Kind::Break | Kind::Quote | Kind::Comma
                            )
                        })
                        .zip(at + 1..)
                        .any(|(t, k)| {
                            t.capitalized()
                                && name_key(tagged, k) == key
                                && (first == last
                                    || !tagged.tokens[k - 1].capitalized()
                                    || tagged.tokens[k - 1].key() == given
                                    || Self::honorific_before(tagged, k))
                        })
                };
                let speaker = |e: &usize| Some(*e) != addressee && !named_after(e);
                // ("Another said ... because Trump has not ... He promises":
                // an unnamed source of no known gender yields to a person
                // named since who is known to fit.)
                let named_since = |e: usize| {
                    let ent = &self.entities[e];
                    if ent.identity != Identity::Anonymous || ent.gender.is_some() {
                        return e;
                    }
                    let since = ent.last_seen;
                    // (In a later sentence: "Another said he hoped Trump
                    // wins. He added" is still the source.)
                    let later = |k: usize| {
                        tagged.tokens[since..k.min(at)]
                            .iter()
                            .any(|t| t.kind() == Kind::Period)
                    };
                    // (Or one of no known gender who opens this sentence,
                    // its subject, past titles only: "Gov. Terry McAuliffe
                    // tried to walk back his comments after he said them";
                    // not "Asked about Rep. Jamie Raskin, he said".)
                    let sentence_start = self.sentence_start;
                    // (Past an opening adjunct that a comma closes: "In
                    // Richmond on Monday, Gov. Terry McAuliffe"; a name
                    // inside one is not the subject: "On Rep. Jamie Raskin,
                    // he said".)
                    let subject_from =
                        if tagged.in_set(sentence_start, &crate::source::PREPOSITIONS) {
                            (sentence_start..(sentence_start + 12).min(at))
                                .find(|&k| tagged.tokens[k].kind() == Kind::Comma)
                                .map_or(at, |c| c + 1)
                        } else {
                            sentence_start
                        };
                    let opens_sentence = |last: usize| {
                        last >= subject_from
                            && last < subject_from + 8
                            && tagged.tokens[subject_from..last].iter().all(|t| {
                                t.capitalized()
                                    || matches!(t.kind(), Kind::Period | Kind::Open | Kind::Close)
                            })
                    };
                    // ("Hillary Clinton caused a stir when an Iowa voter
                    // asked if she might ... "...," she replied": an unnamed
                    // asker's question goes to one of the pronoun's gender
                    // named before; a reply is theirs.)
                    let reply = tag
                        && tagged.is(since + 1, "asked")
                        && tagged.is_any(
                            at + 1,
                            words!["replied", "answered", "responded", "retorted"],
                        );
                    // (In the asker's own sentence: "Ann Kerr left early.
                    // Later, a voter asked Bob Lane ..." is not her reply.)
                    let beside_asker = |k: usize| {
                        k < since
                            && since - k <= 40
                            && !tagged.tokens[k..since]
                                .iter()
                                .any(|t| t.kind() == Kind::Period)
                    };
                    self.most_recent(at, |n| {
                        n.person
                            && n.identity == Identity::Named
                            && (n.gender == Some(want)
                                || n.gender.is_none() && opens_sentence(n.last_seen))
                            && (n.last_seen > since && later(n.last_seen)
                                || reply && n.gender == Some(want) && beside_asker(n.last_seen))
                            // (Not one a tag's quotation talks about.)
                            && !(tag && tagged.quoted.get(n.last_seen).is_some_and(|&q| q))
                    })
                    .filter(|n| speaker(n))
                    .unwrap_or(e)
                };
                // ("Earhardt then asked Rubio which states he could win.
                // “Well, we feel great ...,” he said": the one asked answers,
                // when no one has spoken since the question.)
                // (The asker the last source, asking: "when a young man
                // asked Clinton why ..., “...,” she said" is the source's own
                // story; nor is "..., he asked" an answer.)
                let asked_by_last_source = self.last_source.is_some_and(|(_, s)| {
                    tagged.is(s + 1, "asked")
                        || tagged.is(s + 1, "then") && tagged.is(s + 2, "asked")
                });
                // ("A reporter asked Sanders how he felt. He replied: “...”":
                // a verb of answering marks the answer without a tag.)
                let answers = tagged.is_any(
                    at + 1,
                    words!["replied", "answered", "responded", "retorted"],
                );
                let answerer = self.asked.filter(|&r| {
                    let seen = self.entities[r].last_seen;
                    (tag || answers)
                        && asked_by_last_source
                        && seen < at
                        && at - seen <= 60
                        && !tagged.is_any(at + 1, words!["asked", "asks", "wondered", "added"])
                        && fits(&self.entities[r])
                        && speaker(&r)
                });
                // ("Mr. Obama drew a distinction when a reporter asked if he
                // was reversing. “...,” he said": with no one named after
                // "asked", the subject the question was put to answers.)
                let asked_subject = (tag && asked_by_last_source && self.asked.is_none())
                    .then_some(self.previous_subject)
                    .flatten()
                    .filter(|&(e, start, _)| {
                        start < at
                            && fits(&self.entities[e])
                            && self.last_source.is_some_and(|(s, _)| s != e)
                    })
                    .map(|(e, _, _)| e)
                    .filter(speaker);
                // ("As for Trump, he said": the topic just set.)
                let topic = self
                    .topic_before(tagged, at)
                    .filter(|&e| fits(&self.entities[e]));
                let e = match topic
                    .or(answerer)
                    .or(asked_subject)
                    .or(subject.filter(speaker))
                    .or(unrivalled.filter(speaker))
                    .or(presented.filter(speaker))
                    .or(recent_source.filter(speaker).map(named_since))
                    .or(previous.map(|(e, _, _)| e).filter(speaker))
                    // ("Hannity asked Trump ... he told Hannity": the one
                    // asked answers.)
                    .or(addressee
                        .and(self.asked)
                        .filter(|r| speaker(r) && fits(&self.entities[*r])))
                {
                    Some(e) => e,
                    // ("\"Blake won't like it,\" he continued": a person
                    // named in the words a tag reports is talked about, not
                    // the speaker.)
                    None => self.most_recent(at, |e| {
                        fits(e)
                            && addressee.is_none_or(|a| e.name != self.entities[a].name)
                            && !(e.identity == Identity::Anonymous && e.gender.is_none())
                            && !(tag
                                && e.last_seen >= self.sentence_start
                                && tagged.quoted.get(e.last_seen).is_some_and(|&q| q))
                    })?,
                };
                self.last_source = Some((e, at));
                let ent = &mut self.entities[e];
                ent.gender = Some(want);
                Some(Resolved {
                    name: ent.name,
                    identity: ent.identity,
                    role: ent.role,
                })
            }
            Pronoun::They => self.last_group,
            // (The body that opened a sentence since the last body spoke.)
            Pronoun::It => self
                .subject_body
                .filter(|b| b.name.1 < at)
                .or(self.last_body),
        }
    }

    /// The person an opening "As for Trump," makes the topic of the
    /// pronoun at `at` right after it.
    fn topic_before(&self, tagged: &Tagged<'t>, at: usize) -> Option<usize> {
        let start = self.sentence_start
            + usize::from(tagged.is_any(self.sentence_start, words!["but", "and"]));
        if !(tagged.is(start, "as") && tagged.is(start + 1, "for")) {
            return None;
        }
        let comma = at.checked_sub(1)?;
        let last = comma.checked_sub(1)?;
        let named = tagged.tokens[comma].kind() == Kind::Comma
            && last >= start + 2
            && last <= start + 5
            && (start + 2..=last)
                .all(|k| tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period);
        named
            .then(|| self.by_word.get(&name_key(tagged, last)).copied())
            .flatten()
    }

    /// "The Russian said" after "Marat Safin beat Hewitt", "the candidate",
    /// "the 66-year-old": the named person a nationality, a party or a noun
    /// for a public figure stands for, found as "he" would be, whatever the
    /// gender: the subject of the sentence before, the last source, or the
    /// last person named.
    fn epithet(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let (e, place) = self.epithet_entity(tagged, m)?;
        self.last_source = Some((e, m.last));
        self.note_place(e, place);
        // (A mention, as a name is: "the 21-year-old told ... he added"
        // sentences later is still the player.)
        self.touch(e, m.last);
        let ent = &self.entities[e];
        Some(Resolved {
            name: ent.name,
            identity: ent.identity,
            role: ent.role,
        })
    }

    /// Remembers the place of the office entity `e` was called the holder
    /// of, if the epithet named one.
    fn note_place(&mut self, e: usize, place: Option<u64>) {
        if place.is_some() {
            self.entities[e].place = place;
        }
    }

    /// The entity [`Self::epithet`] finds, with the key of the place of
    /// the office the epithet names, if it names one.
    fn epithet_entity(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<(usize, Option<u64>)> {
        // ("The Oscar-nominated actor, whose films include ...": the noun
        // before the clause.)
        let noun = noun_before_clause(tagged, m);
        if !crate::source::stands_for_named_person(tagged, m.first, noun) {
            return None;
        }
        let at = m.first;
        // ("The New York businessman" is a man: not the last speaker if she
        // is a woman.)
        // ("The heavy metal star said he could": the pronoun of the claim
        // the epithet's own verb opens tells it too.)
        let gender = noun_gender(tagged, noun).or_else(|| {
            tagged
                .is_any(
                    noun + 1,
                    words!["said", "says", "added", "insisted", "believes"],
                )
                .then(|| {
                    if tagged.is(noun + 2, "he") {
                        Some(Gender::Male)
                    } else if tagged.is(noun + 2, "she") {
                        Some(Gender::Female)
                    } else {
                        None
                    }
                })
                .flatten()
        });
        // ("The Texas governor" after "Ohio Gov. Carl Renner": an office
        // of a place stands for one named with no office, or for one named
        // with an office after that place, never for another's holder.)
        let office = tagged.is_any(
            noun,
            words!["senator", "governor", "congressman", "congresswoman"],
        );
        // (Another place named before the holder's title: "Ohio Gov.".)
        // (Or a party tag after the name, "Sen. Joni Ernst, R-Iowa", whose
        // state is not the epithet's, "the Florida senator".)
        let place_word = (office && noun > m.first + 1)
            .then(|| tagged.bytes(noun - 1))
            .filter(|w| w.len() >= 2);
        let other_place = |ent: &Entity| {
            let from = ent.name.0.saturating_sub(4);
            let before = (from..ent.name.0).any(|j| {
                tagged.tokens[j].capitalized()
                    && (tagged.word_in(j, List::Places) || tagged.word_in(j, List::Regions))
                    && !(m.first + 1..noun)
                        .any(|k| tagged.tokens[k].key() == tagged.tokens[j].key())
            });
            let other_tag = place_word.is_some_and(|p| {
                party_tag_after(tagged, ent.name.1).is_some_and(|j| {
                    let state = &tagged.bytes(j)[2..];
                    !state[..2.min(state.len())].eq_ignore_ascii_case(&p[..2])
                })
            });
            before || other_tag
        };
        // (The place of this office: "Louisiana" in "The Louisiana
        // governor", never the holder called "the New Jersey governor".)
        let place = (office && noun > m.first + 1)
            .then(|| tagged.tokens[noun - 1])
            .filter(|t| t.capitalized())
            .map(|t| t.key());
        // ("The Republican nominee" is not "Democratic vice presidential
        // nominee Tim Kaine": see [`Resolver::same_ticket`].)
        let ticket = title::ticket(tagged, m.first, noun + 1);
        let same_ticket = |ent: &Entity| ticket.agrees(&title::ticket(tagged, 0, ent.name.0));
        // (Only a named person: "the candidate" is no unnamed reporter.)
        let fits = |ent: &Entity| {
            ent.person
                && ent.identity == Identity::Named
                && (gender.is_none() || ent.gender.is_none() || ent.gender == gender)
                && same_ticket(ent)
                && !(office && ent.role == Role::Official && other_place(ent))
                && !(place.is_some() && ent.place.is_some_and(|p| Some(p) != place))
        };
        let person = |e: &usize| fits(&self.entities[*e]);
        // ("Mr. Trump took on Hillary Clinton after the Democratic
        // front-runner had said": in a clause after the one of its
        // sentence's subject, an epithet is another named in it, not that
        // subject; after an opening clause and its comma, "As for whether
        // Sanders ..., the Vermont senator", it may be the subject.)
        let sentence_start = self.sentence_start;
        let later_clause = at > sentence_start && tagged.tokens[at - 1].is_word();
        let other_in_sentence = self
            .subject
            .as_ref()
            .filter(|(_, r, _)| later_clause && r.start <= at && at < r.end)
            .and_then(|&(s, _, _)| {
                let subject = self.entities[s].name;
                self.most_recent(at, |ent| {
                    fits(ent) && ent.last_seen >= sentence_start && ent.name != subject
                })
            });
        let e = other_in_sentence
            // (Not when the last source spoke in that sentence or since:
            // "Trump plans to ..., Ben Carson said. ..., the retired
            // neurosurgeon told" is Carson, as a pronoun would be.)
            .or(self
                .previous_subject
                .filter(|&(e, start, _)| {
                    start < at
                        && person(&e)
                        && !self.last_source.is_some_and(|(s, seen)| {
                            seen >= start
                                && s != e
                                && person(&s)
                                && trailing_tag_source(tagged, seen)
                        })
                })
                .map(|(e, _, _)| e))
            .or_else(|| {
                self.last_source
                    .filter(|&(e, seen)| seen < at && at - seen <= SOURCE_WINDOW && person(&e))
                    .map(|(e, _)| e)
            })
            // (Not one named in the words the epithet tags: "“Donald is
            // great,” said the 46-year-old" is not Donald.)
            .or_else(|| self.most_recent(quotation_before(tagged, at).unwrap_or(at), fits))
            .filter(|&e| self.leads_side(tagged, m, e))?;
        Some((e, place))
    }

    /// Keeps `r` among the last bodies named, most recent last.
    fn remember_named_body(&mut self, r: Resolved) {
        self.named_bodies.retain(|b| b.name != r.name);
        self.named_bodies.push(r);
        if self.named_bodies.len() > NAMED_BODIES {
            self.named_bodies.remove(0);
        }
    }

    /// [`Resolver::body_noun_of`], whose body is then among those named:
    /// "the airline" after "the firm" resolved to Continental Airlines.
    fn body_noun(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let r = self.body_noun_of(tagged, m)?;
        if r.identity == Identity::Named && r.role == Role::Official {
            self.remember_named_body(r);
        }
        Some(r)
    }

    /// "the committee" after "the House Oversight Committee said", "the
    /// company" after "Acme Corp said": a definite noun of a body stands for
    /// the last body cited whose name ends in that noun, or for a noun of a
    /// company, in a company's legal suffix; failing those, a body the
    /// article introduced by such a noun, a group's name for "the group",
    /// and for "the company" the last body cited that may be a firm
    /// ([`names_a_firm`]).
    fn body_noun_of(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        // ("The firm, whose subsidiary runs 13 farms,": the noun before the
        // comma.)
        let noun = noun_before_clause(tagged, m);
        // "the committee", or with one word of its name, "the budget office"
        // after "the Congressional Budget Office".
        let modifier = (noun == m.first + 2).then_some(m.first + 1);
        // ("the Commission" after "the European Commission": a capital
        // only on the nouns of bodies whose short name is no other body's,
        // not "the House" after "the White House".)
        let short = (noun == m.first + 1 || modifier.is_some())
            && tagged.is_any(m.first, words!["the", "this"])
            && (tagged.tokens[noun].lowercase()
                || modifier.is_none() && tagged.is_any(noun, CAPITALISED_SHORT_NAMES))
            && modifier.is_none_or(|k| tagged.tokens[k].lowercase())
            && tagged.word_in(noun, List::InstitutionNouns);
        if !short {
            return None;
        }
        let key = tagged.tokens[noun].key();
        let company = modifier.is_none() && tagged.is_any(noun, COMPANY_NOUNS);
        let tokens = &tagged.tokens;
        if let Some(firm) = self.firm_in_passing(tagged, m, noun, modifier) {
            return Some(firm);
        }
        self.named_bodies
            .iter()
            .rev()
            .copied()
            .find(|b| {
                let last = b.name.1;
                let modifier_fits = modifier
                    .is_none_or(|k| last > b.name.0 && tokens[last - 1].key() == tokens[k].key());
                // ("the bank" after "Bank of America": the noun opening the
                // name before "of".)
                let opens_name = modifier.is_none()
                    && last > b.name.0 + 1
                    && tokens[b.name.0].key() == key
                    && tagged.is(b.name.0 + 1, "of");
                // ("the airline" after "Continental Airlines": the noun in
                // the plural.)
                let same_noun = tokens[last].key() == key
                    || tagged
                        .word(last)
                        .strip_suffix('s')
                        .is_some_and(|w| crate::token::fold_hash(w) == key);
                last < m.first
                    && (same_noun && modifier_fits
                        || opens_name
                        || (company && tagged.is_any(last, COMPANY_SUFFIXES)))
            })
            .or_else(|| {
                company
                    .then(|| self.company_named_as_word(tagged, m.first))
                    .flatten()
            })
            .or_else(|| {
                // A body introduced by a noun of its kind, not yet a source.
                // Of the noun itself first ("the group" after "publishing
                // group INM", not the "newspaper company" named since), then
                // of any noun of a company.
                let firm = modifier.is_none() && tagged.is_any(noun, FIRM_NOUNS);
                let before = |&&(_, (_, last)): &&(u64, (usize, usize))| last < m.first;
                let introduced = self.introduced.iter().rev().filter(before);
                let (_, name) = introduced.clone().find(|(n, _)| *n == key).or_else(|| {
                    firm.then(|| introduced.clone().find(|(n, _)| FIRM_NOUNS.contains(n)))
                        .flatten()
                })?;
                Some(Resolved {
                    name: *name,
                    identity: Identity::Named,
                    role: Role::Official,
                })
            })
            .or_else(|| {
                // "the group" after "the Trayvon Martin Foundation said": the
                // last body cited whose name ends in a noun of such groups.
                let group = modifier.is_none() && tagged.is_any(noun, GROUP_BODY_NOUNS);
                group
                    .then(|| {
                        self.named_bodies.iter().rev().copied().find(|b| {
                            b.name.1 < m.first && tagged.is_any(b.name.1, GROUP_NAME_ENDS)
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // "the company" after "Boeing unveiled a jet": a listed
                // company that opened a sentence, unless a firm has spoken
                // since ("... UK Coal said ... the company").
                let (first, last) = self
                    .company_opened
                    .filter(|_| {
                        modifier.is_none() && tagged.is_any(noun, words!["company", "firm"])
                    })
                    .filter(|&(_, last)| last < m.first)?;
                let spoke_since = self
                    .named_bodies
                    .iter()
                    .any(|b| b.name.0 > last && b.name.1 < m.first && names_a_firm(tagged, b.name));
                (!spoke_since).then_some(Resolved {
                    name: (first, last),
                    identity: Identity::Named,
                    role: Role::Official,
                })
            })
            .or_else(|| {
                // "the company" or "the mining company" after "UK Coal has
                // reported": the last body cited whose name is no public
                // body's (no "Department", "Party", no listed institution),
                // no outlet's and no place's. ("the group", "the bank", "the
                // airline" name other bodies as often; "the combined
                // company" is a new one.)
                let firm = tagged.is_any(noun, COMPANY_NOUNS)
                    && !tagged.is_any(noun, words!["group", "bank", "airline", "business"])
                    && modifier.is_none_or(|k| !tagged.is_any(k, OTHER_FIRMS));
                firm.then(|| self.last_firm_cited(tagged, m.first))
                    .flatten()
            })
    }

    /// The last body cited before token `before` that may be a firm
    /// ([`names_a_firm`]) and is no person the article knows.
    fn last_firm_cited(&self, tagged: &Tagged<'t>, before: usize) -> Option<Resolved> {
        self.named_bodies.iter().rev().copied().find(|b| {
            b.name.1 < before
                && names_a_firm(tagged, b.name)
                && !self.knows_person(tagged, b.name.1)
        })
    }

    /// "The UK's biggest mortgage lender said", "the world's second
    /// biggest insurer", "the Japanese car maker": a firm described by its
    /// standing or its trade ([`firm_epithet`]) is the last firm cited, or
    /// one named in passing just before.
    fn described_firm(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        if !firm_epithet(tagged, m) {
            return None;
        }
        let cited = self.last_firm_cited(tagged, m.first);
        let passing = self.firm_named_before(m.first).map(|(name, _)| name);
        // (The nearer of the two.)
        let name = match (cited.map(|b| b.name), passing) {
            (Some(c), Some(p)) => Some(if p.1 > c.1 { p } else { c }),
            (c, p) => c.or(p),
        }?;
        Some(Resolved {
            name,
            identity: Identity::Named,
            role: Role::Official,
        })
    }

    /// The firm last named in passing, and the start of its sentence, when
    /// it ends within [`FIRM_WINDOW`] tokens before token `at`.
    fn firm_named_before(&self, at: usize) -> Option<((usize, usize), usize)> {
        self.firm_named
            .filter(|&((_, last), _)| last < at && at - last <= FIRM_WINDOW)
    }

    /// "Supré worked at Vanguard Logistics Services. The company
    /// confirmed": "the company" or "the firm" (noun at `noun`) is a firm
    /// named in passing in this sentence or the last few, when no listed
    /// company opened a sentence and no firm spoke from the sentence that
    /// named it on.
    fn firm_in_passing(
        &self,
        tagged: &Tagged<'t>,
        m: &Mention,
        noun: usize,
        modifier: Option<usize>,
    ) -> Option<Resolved> {
        if modifier.is_some() || !tagged.is_any(noun, words!["company", "firm"]) {
            return None;
        }
        let ((first, last), sentence) = self.firm_named_before(m.first)?;
        let other_since = self.company_opened.is_some_and(|(f, _)| f >= sentence)
            || self.named_bodies.iter().any(|b| {
                b.name.0 >= sentence
                    && b.name.1 < m.first
                    && b.name != (first, last)
                    && names_a_firm(tagged, b.name)
            });
        (!other_since).then_some(Resolved {
            name: (first, last),
            identity: Identity::Named,
            role: Role::Official,
        })
    }

    /// "Deloitte believes ... the firm claims": a company the article named
    /// by one word, which the lists do not know, so that it was taken for a
    /// person (one of no given name, honorific, title or known gender). The
    /// most recent such name, among the recent entities, when no body was
    /// named since; from now on a body.
    fn company_named_as_word(&mut self, tagged: &Tagged<'t>, at: usize) -> Option<Resolved> {
        let last_body = self.named_bodies.last().map(|b| b.name.1);
        let given =
            |k: usize| tagged.word_in(k, List::FemaleNames) || tagged.word_in(k, List::MaleNames);
        // A word that may be a company's name: capitalised, not a word that
        // opens sentences ("Originally", "Less"), a group ("MPs") or a
        // nation's adjective ("Australian").
        let company_word = |k: usize| {
            let w = tagged.bytes(k);
            let capitals = w.iter().filter(|b| b.is_ascii_uppercase()).count();
            let other_word = tagged.in_set(k, &NOT_NAME_SET)
                || w.ends_with(b"ly")
                || (capitals >= 2 && w.ends_with(b"s"))
                || w.ends_with(b"ian")
                || w.ends_with(b"ean")
                || given(k);
            tagged.tokens[k].capitalized() && !other_word
        };
        let e = self.recent.iter().rev().copied().find(|&e| {
            let ent = &self.entities[e];
            ent.person
                && ent.name.0 == ent.name.1
                && ent.gender.is_none()
                && ent.title.is_none()
                && ent.last_seen < at
                && last_body.is_none_or(|b| ent.last_seen > b)
                && company_word(ent.name.0)
        })?;
        let ent = &mut self.entities[e];
        ent.person = false;
        ent.role = Role::Official;
        Some(Resolved {
            name: ent.name,
            identity: ent.identity,
            role: ent.role,
        })
    }

    /// "Jack Straw has attacked the ruling. The foreign secretary said":
    /// an office opening the sentence after one whose subject, a person
    /// named with no title, spoke, when no holder of it is known, is that
    /// person, labelled by the office.
    fn office_of_subject(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let office = m.first == self.sentence_start
            && tagged.is(m.first, "the")
            && m.last > m.first
            && m.last <= m.first + 3
            && tagged.word_in(m.last, List::Titles)
            && !crate::source::is_plural(tagged, m.last)
            && (m.first + 1..m.last).all(|k| tagged.tokens[k].is_word() && !tagged.is(k, "former"))
            // ("The FBI director" is no office the subject was known by: a
            // body's initials qualify it.)
            && !(m.first + 1..m.last).any(|k| {
                let w = tagged.word(k);
                w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
            });
        if !office {
            return None;
        }
        // (The subject spoke there: "Jack Straw has attacked the ruling";
        // or, with no subject known, the source of a tag just before:
        // "Voters could confound predictions, Charles Kennedy has said.")
        // (Within the sentence before: sixty tokens.)
        let tag_source = || {
            self.last_source
                .filter(|&(_, seen)| seen < self.sentence_start && self.sentence_start - seen < 60)
                .map(|(e, seen)| (e, seen, None))
        };
        let spoke_since = |e: usize, start: usize| {
            self.last_source
                .is_some_and(|(s, seen)| s == e && seen >= start && seen < m.first)
        };
        // (A subject that did not speak gives way to the tag: "George W
        // Bush will display ..., Tony Blair has said.")
        // (Only a tag that names its person: not "..., he argues.")
        let (e, start, rival, tag_after_subject) = match self.previous_subject {
            Some((e, start, rival)) if spoke_since(e, start) => (e, start, rival, false),
            Some(_) => tag_source()
                .filter(|&(_, seen, _)| tagged.tokens[seen].capitalized())
                .map(|(e, seen, rival)| (e, seen, rival, true))?,
            None => tag_source().map(|(e, seen, rival)| (e, seen, rival, false))?,
        };
        let spoke = spoke_since(e, start);
        // (No other person named since the subject, or lately: "Mr
        // Blunkett was joined by Tony Blair ... The prime minister said";
        // after a tag that followed another subject, only since it: "George
        // W Bush will display ..., Tony Blair has said. The prime minister
        // said".)
        let since = if tag_after_subject {
            start + 1
        } else {
            start.min(m.first.saturating_sub(120))
        };
        let others = self.recent.iter().any(|&o| {
            let other = &self.entities[o];
            o != e && other.person && (since..m.first).contains(&other.last_seen)
        });
        // (Nor the office met before for another: "Vince Cable said the
        // chancellor had failed ... The chancellor insisted"; looked for
        // over a bounded stretch.)
        let office_key = tagged.tokens[m.last].key();
        let met_before = || {
            (m.first.saturating_sub(400)..m.first)
                .any(|k| tagged.tokens[k].key() == office_key && k > 0 && tagged.is(k - 1, "the"))
        };
        let ent = &self.entities[e];
        let fits = start < m.first
            && spoke
            && !others
            && rival.is_none()
            && ent.person
            && ent.identity == Identity::Named
            && ent.title.is_none()
            && ent.role == Role::Person
            && !met_before();
        if !fits {
            return None;
        }
        // (Labelled by the office, as the role noun reads.)
        self.touch(e, m.last);
        Some(Resolved {
            name: self.entities[e].name,
            identity: Identity::Named,
            role: Role::Official,
        })
    }

    fn role_noun(&mut self, tagged: &Tagged<'t>, m: &Mention) -> Option<Resolved> {
        let ent = &self.entities[self.titled_entity(tagged, m)?];
        Some(Resolved {
            name: ent.name,
            identity: ent.identity,
            role: ent.role,
        })
    }

    /// "On Friday, the prime minister completed a tour, during which he
    /// unveiled": an office's holder opening the sentence is its subject,
    /// whom "he" takes up.
    fn note_titled_subject(&mut self, tagged: &Tagged<'t>, range: &Range<usize>) {
        let tokens = &tagged.tokens;
        let end = range.end.min(tokens.len());
        // (After a comma or a dash among the first words: "Asked later -
        // war or not - the admiral chuckled.")
        let after_comma = (range.start..(range.start + 20).min(end))
            .filter(|&k| {
                matches!(tokens[k].kind(), Kind::Comma | Kind::Dash) && tagged.is(k + 1, "the")
            })
            .map(|c| c + 1);
        for first in std::iter::once(range.start).chain(after_comma) {
            if first + 1 >= end || !tagged.is(first, "the") || tagged.quoted[first] {
                continue;
            }
            let Some((at, last)) = (first + 1..(first + 4).min(end))
                .find_map(|k| tagged.entry_at(k, List::Titles).map(|l| (k, l)))
            else {
                continue;
            };
            let keys = TitleKeys::of(tagged, first, (at, last));
            let place = at > first + 1 && keys.place;
            if !tokens
                .get(last + 1)
                .is_some_and(|t| t.lowercase() && last + 1 < end)
            {
                continue;
            }
            let m = Mention {
                first,
                last,
                head: (first, last),
                kind: MentionKind::RoleNoun,
                identity: Identity::Named,
                role: Role::Official,
                titled: false,
            };
            let titled = self.titled_entity(tagged, &m);
            // ("The Louisiana governor barely qualified ..., but he"; "the
            // Vermont senator is sticking" long after "Sen. John McCain":
            // an office of a place stands for its holder named with that
            // place, or one with the office named lately, or else the
            // person an epithet stands for.)
            let holder = if place {
                let with_place = keys
                    .qualified
                    .and_then(|q| self.by_title.get(&q))
                    .is_some_and(|t| titled == Some(t.entity));
                let lately =
                    |e: &usize| first - self.entities[*e].last_seen.min(first) <= SOURCE_WINDOW;
                titled
                    .filter(|e| with_place || lately(e))
                    .or_else(|| {
                        let (e, place) = self.epithet_entity(tagged, &m)?;
                        self.note_place(e, place);
                        Some(e)
                    })
                    .or(titled)
            } else {
                titled
            };
            if let Some(e) = holder {
                self.subject = Some((e, range.clone(), false));
            }
            return;
        }
    }

    /// The person who holds the office a role noun names ("the Florida
    /// governor"), introduced with that title before it.
    fn titled_entity(&self, tagged: &Tagged<'t>, m: &Mention) -> Option<usize> {
        let title = (m.first..=m.last).find_map(|k| {
            let last = tagged.entry_at(k, List::Titles).filter(|&l| l <= m.last)?;
            Some((k, last))
        })?;
        let keys = TitleKeys::of(tagged, m.first, title);
        let before = |t: &&Titled| t.at < m.first;
        // "the Florida governor": the governor introduced as of Florida, or
        // else the last, unless introduced with another place ("Ohio Gov.
        // John Kasich").
        let titled = match keys.former {
            // "the former president": only a former holder.
            Some(former) => self.by_title.get(&former).filter(before),
            None => keys
                .qualified
                .and_then(|q| self.by_title.get(&q).filter(before))
                .or_else(|| {
                    // ("The Bat spokeswoman" is not "a spokesman for the
                    // State Tobacco Monopoly": a body before the role noun's
                    // title, another after the holder's.)
                    // ("The Home Office spokesman" after "a spokesman for
                    // the Home Office" is the same body's.)
                    let body = keys.qualified.is_some() && !keys.place;
                    let qualifier = title.0.checked_sub(1).map(|q| tagged.tokens[q].key());
                    let for_another = |t: &Titled| {
                        let end = (t.at + 7).min(tagged.tokens.len());
                        tagged.is_any(t.at + 1, words!["for", "of", "at"])
                            && tagged
                                .tokens
                                .get(t.at + 2)
                                .is_some_and(|n| n.capitalized() || tagged.is(t.at + 2, "the"))
                            && !(t.at + 2..end).any(|k| Some(tagged.tokens[k].key()) == qualifier)
                    };
                    self.by_title.get(&keys.office).filter(|t| {
                        before(t) && !(keys.place && t.place) && !(body && for_another(t))
                    })
                })
                // ("Rep. Joey Salceda ... the lawmaker": a member of any
                // house, the last introduced.)
                .or_else(|| {
                    tagged
                        .is_any(title.1, words!["lawmaker", "legislator"])
                        .then(|| {
                            title::LEGISLATORS
                                .iter()
                                .filter_map(|key| self.by_title.get(key).filter(before))
                                .max_by_key(|t| t.at)
                        })
                        .flatten()
                })
                // ("the Russian leader": a country's head.)
                .or_else(|| {
                    let leader = keys.place
                        && tagged.is(title.1, "leader")
                        && tagged.tokens[title.1].lowercase();
                    leader
                        .then(|| self.by_title.get(&title::COUNTRY_LEADER).filter(before))
                        .flatten()
                }),
        }?;
        let entity = self
            .later_holder(tagged, m, &keys, titled.entity)
            .unwrap_or(titled.entity);
        (self.leads_side(tagged, m, entity) && self.same_ticket(tagged, m, entity))
            .then_some(entity)
    }

    /// "The Republican nominee" is not "Democratic vice presidential
    /// nominee Tim Kaine": the party and the "vice" in the role noun and
    /// before the name of entity `e` as introduced must agree.
    fn same_ticket(&self, tagged: &Tagged<'t>, m: &Mention, e: usize) -> bool {
        title::ticket(tagged, m.first, m.last + 1).agrees(&title::ticket(
            tagged,
            0,
            self.entities[e].name.0,
        ))
    }

    /// "Sen. Elizabeth Warren ... Sen. Bernie Sanders ... Maddow pressed
    /// Warren, but the senator insisted": of the holders of a plain office
    /// (no place, not former), the one mentioned last, when that is not the
    /// one introduced last. Looked for among the recent entities only.
    fn later_holder(
        &self,
        tagged: &Tagged<'t>,
        m: &Mention,
        keys: &TitleKeys,
        introduced: usize,
    ) -> Option<usize> {
        if keys.former.is_some() || keys.qualified.is_some() {
            return None;
        }
        let seen = self.entities[introduced].last_seen;
        self.recent.iter().rev().copied().find(|&e| {
            let ent = &self.entities[e];
            e != introduced
                && ent.person
                && ent.last_seen > seen
                && ent.last_seen < m.first
                && ent.title.is_some_and(|t| {
                    // (Not a body's office: "Harbour Bank President".)
                    let k = TitleKeys::of(tagged, 0, (title_start(tagged, t), t));
                    k.office == keys.office && (k.qualified.is_none() || k.place)
                })
        })
    }
}

/// "the second witness", "the other adviser": someone other than the one
/// The last word of a mention before its first comma, which opens a
/// clause or an aside about it ("The firm, whose subsidiary runs 13
/// farms,"), or its last word.
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
