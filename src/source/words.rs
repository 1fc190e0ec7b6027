//! Closed-class words the source stage reasons with: auxiliaries, clause
//! openers, determiners, days. They are grammar, not news vocabulary, so
//! they live here rather than in the extensible word lists.

use crate::lexicon::{List, Lists};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, WordSet};

/// The plainest verbs of saying: their subject is a source whatever noun
/// heads it ("the announcer said", "the clip says").
#[rustfmt::skip]
pub(super) const SAYING: &[u64] = words![
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked",
    "stated", "explained", "noted", "argued", "insisted", "replied", "responded",
];

#[rustfmt::skip]
pub(super) static STOP_BACK: WordSet<512> = word_set![
    "that", "which", "and", "but", "or", "because", "while", "when", "as", "if", "where", "so",
    "than", "since", "although", "though", "whether", "until", "unless", "who", "whom", "what",
    "how", "why", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will",
    "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "not",
    "also", "then", "to", "said", "says", "told", "after", "before", "once", "even", "yet",
    "however", "meanwhile", "still", "now", "only", "just", "why", "there", "here", "again",
    "let", "lets", "letting", "make", "makes", "made", "help", "helps", "helped", "having",
    "quote", "quotes", "quoted",
    // ("it just so happens the Labour Party feels": a clause's verb.)
    "happens", "happened", "seems", "seemed", "appears", "appeared", "means", "meant",
    // ("How dare people suggest": the modal before its subject.)
    "dare",
];

#[rustfmt::skip]
pub(super) static SKIPPABLE: WordSet<512> = word_set![
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can",
    "did", "does", "do", "also", "later", "previously", "then", "now", "again", "first", "once",
    "already", "still", "never", "ever", "further", "earlier", "just", "even", "long", "only",
    "not", "often", "always", "has", "recently", "yesterday", "today", "tonight", "separately",
    "too", "been", "reportedly", "privately", "publicly", "repeatedly", "frequently", "last",
    "week", "month", "year", "night", "morning", "afternoon", "evening", "this", "weekend",
    "instead", "haven't", "hasn't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "isn't",
    "wasn't", "can't", "couldn't", "almost", "soon", "sometimes", "occasionally", "rarely",
    "seldom", "usually", "openly", "quietly", "late", "early", "afterwards", "afterward",
    "however", "indeed", "actually",
];

/// Words that may float between a subject and its verb ("Officials there
/// said", "They both said"), skipped only after a word that can end a subject.
#[rustfmt::skip]
pub(super) static FLOATING: WordSet<32> = word_set![
    "both", "all", "each", "there", "here", "meanwhile", "however", "though", "together",
    "alike", "overall",
];

/// Words that count the people named after "of" ("one of his aides",
/// "several of the lawmakers").
#[rustfmt::skip]
pub(crate) static COUNTED: WordSet<64> = word_set![
    "one", "two", "three", "four", "five", "some", "many", "several", "most", "few", "none",
    "both", "all", "each", "dozens", "hundreds", "thousands",
];

/// Quantifiers that stand for some people of a group or a body ("some in
/// the Tory party", "many at the Pentagon claim").
pub(crate) const SOME_PEOPLE: &[u64] =
    words!["some", "many", "several", "most", "others", "few", "those"];

/// Participles of the people a poll asked ("those questioned", "40% of
/// those polled"): unnamed people, anonymous unless a name heads the phrase.
#[rustfmt::skip]
pub(crate) static POLLED: WordSet<32> = word_set![
    "questioned", "polled", "surveyed", "asked", "interviewed", "quizzed", "sampled",
];

/// Adjectives before "to" and a verb of saying whose subject is the
/// copula's: "Democrats are quick to note".
pub(crate) static EAGER: WordSet<32> =
    word_set!["quick", "eager", "careful", "keen", "quicker", "swift"];

/// Verbs that lend their subject to the verb after "to" ("Trump appeared
/// to suggest", "she seems to think"): the second verb's subject.
pub(crate) static RAISING: WordSet<32> = word_set![
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "continue",
    "continues",
    "continued",
    "continuing",
    "proceeded",
];

/// Verbs of beginning, which lend their subject to the verb after "to" as
/// raising verbs do ("critics have started to wonder"), but not to "find"
/// ("he began to find his voice" finds nothing).
pub(crate) static INCEPTIVE: WordSet<16> = word_set!["started", "began", "begun", "beginning"];

/// Verbs of turning to a gerund, whose subject is the gerund's ("has
/// returned to critiquing", "pivoted to arguing").
pub(crate) static TURNING: WordSet<16> =
    word_set!["returned", "returns", "return", "turned", "turns", "pivoted", "pivots"];

#[rustfmt::skip]
pub(super) static DAYS: WordSet<32> = word_set![
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Words of a span of time before "ago" ("less than two weeks ago", "a
/// few days ago"), skipped between a subject and its verb.
#[rustfmt::skip]
pub(super) static SPAN_OF_TIME: WordSet<128> = word_set![
    "a", "an", "few", "several", "some", "many", "less", "more", "than", "about", "nearly",
    "almost", "just", "only", "over", "under", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "hundred", "couple", "of",
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
];

/// Words of a time or an agent that a reduced relative clause may hold
/// between a subject and its verb ("released late last week").
pub(super) static TIME_WORDS: WordSet<128> = word_set![
    "on",
    "in",
    "at",
    "by",
    "during",
    "over",
    "since",
    "the",
    "a",
    "an",
    "this",
    "last",
    "late",
    "early",
    "earlier",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "today",
    "yesterday",
    "recently",
];

/// "Brian May", "Theresa May", "Will": a capitalised modal after a given
/// name is the person's surname, no auxiliary to skip; "In May", "since
/// May" name the month. After a capitalised title and before a name
/// ("Chairman Will Rogers") it is a given name.
pub(crate) fn modal_surname(tagged: &Tagged, k: usize) -> bool {
    k > 0
        && tagged.tokens[k].capitalized()
        && (tagged.tokens[k - 1].capitalized()
            && (tagged.word_in(k - 1, List::MaleNames)
                || tagged.word_in(k - 1, List::FemaleNames)
                || tagged.word_in(k - 1, List::Titles)
                    && tagged.tokens.get(k + 1).is_some_and(|t| t.capitalized()))
            || tagged.is(k, "may")
                && tagged.is_any(
                    k - 1,
                    words![
                        "in", "on", "since", "by", "until", "from", "early", "late", "mid", "last",
                        "next", "through", "during", "before", "after"
                    ],
                ))
}

/// Whether `word` names a day of the week or a month ("Monday", "april"),
/// which says when, not who or what.
pub(crate) fn is_day_or_month(word: &str) -> bool {
    let key = crate::token::fold_hash(word);
    DAYS.contains(key) || MONTHS.contains(key)
}

/// Whether token `k`, a possessive or not, is a day's or a month's
/// ("Monday's warning", "Tuesday's results"), which says when, not whose;
/// "May's" may be Theresa May's.
pub(crate) fn names_a_date(tagged: &Tagged, k: usize) -> bool {
    let stem = tagged.word(k).split(['\'', '’']).next().unwrap_or_default();
    is_day_or_month(stem) && !stem.eq_ignore_ascii_case("may")
}

/// Months, which an aside between a subject and its verb may name ("in April").
pub(super) static MONTHS: WordSet<64> = word_set![
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[rustfmt::skip]
pub(super) static STOP_FORWARD: WordSet<256> = word_set![
    "that", "in", "on", "during", "last", "this", "when", "while", "after", "before", "adding",
    "noting", "saying", "because", "as", "to", "told", "said", "says", "and", "but", "who",
    "which", "yesterday", "today", "tonight", "earlier", "later", "recently", "was", "is",
    "were", "are", "has", "had", "have", "will", "would", "about", "if", "whether", "via",
    // ("said Castaignede ahead of the 12 March tie".)
    "ahead",
    // ("said Nadal afterwards".)
    "afterwards", "afterward", "tomorrow",
];

#[rustfmt::skip]
pub(crate) static PREPOSITIONS: WordSet<128> = word_set![
    "in", "on", "at", "after", "before", "during", "since", "following", "despite", "with",
    "for", "from", "by", "as", "like", "unlike", "of", "to", "while", "when", "amid", "among",
    "under", "over", "through", "into", "about", "speaking", "asked", "if", "but", "and",
];

#[rustfmt::skip]
pub(super) static INDEFINITE: WordSet<128> = word_set![
    "a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "most", "few",
    "other", "another", "various", "numerous", "multiple", "dozens", "hundreds", "thousands",
    "more", "senior", "top", "both", "all",
];

pub(super) static DEFINITE: WordSet<32> = word_set!["the", "this", "that", "these", "those"];

/// Words that never begin a name even when capitalised at a sentence start.
#[rustfmt::skip]
pub(crate) static NOT_NAME_SET: WordSet<1024> = word_set![
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
        "some", "many", "several", "two", "three", "both", "all", "other", "another", "one", "most",
        // ("Eight years ago, he said"; not "Five", a broadcaster.)
        "four", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty",
        "new", "former", "then", "but", "and", "in", "on", "at", "as", "if", "when", "while",
        "after", "before", "still", "also", "meanwhile", "however", "earlier", "later", "last",
        "now", "yet", "so", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr", "dr.", "it", "he", "she",
        "they", "we", "i", "you", "there", "here", "more", "few", "each", "every", "no", "not",
        "top", "senior", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "american", "americans", "u.s", "federal", "state",
        "national", "local", "although", "though", "how", "why", "what", "where", "who", "which",
        "whether", "because", "since", "unless", "until", "despite", "after", "during", "with",
        "without", "for", "from", "by", "of", "to", "or", "nor", "not", "only", "just", "even",
        "perhaps", "maybe", "indeed", "instead", "thus", "therefore", "moreover", "furthermore",
        "besides", "overall", "today", "yesterday", "tonight", "tomorrow", "such", "much", "any",
        "either", "neither", "every", "everyone", "someone", "anyone", "nobody", "that's", "it's",
        "there's", "here's", "what's", "let's", "i'm", "we're", "you're", "they're", "he's",
        "she's", "editor's", "according", "asked", "said", "like", "unlike", "among", "amid",
        "under", "over", "about", "above", "below", "into", "onto", "upon", "toward", "towards",
        "whatever", "whoever", "professor", "prof", "rev", "reverend", "rabbi", "imam",
        "father", "coach", "half", "dozens", "hundreds", "thousands", "scores", "millions",
        "almost", "nearly", "roughly", "barely", "approximately",
        // ("Recent housing market surveys have indicated": an adjective.)
        "recent", "latest", "successive", "separate", "previous",
        // ("according to Christmas data": a season names no author.)
        "christmas", "easter", "thanksgiving", "halloween", "hanukkah", "ramadan", "passover",
        "diwali",
        // ("Cruz Refuses to Disavow Lindsey Graham Endorsement": a
        // headline's noun after a name.)
        "endorsement", "endorsements",
    ];

/// Whether word `k` is a nation's or a place's people in the plural
/// ("Europeans", "Ohioans", "Britons", "Israelis"): an unnamed group, not a
/// name to resolve. By shape, with a few irregular ones; not after "the"
/// ("the Sullivans", a family).
pub(crate) fn is_demonym_plural(tagged: &Tagged, k: usize) -> bool {
    #[rustfmt::skip]
    static IRREGULAR: WordSet<128> = word_set![
        "britons", "brits", "texans", "cubans", "kansans", "afghans", "germans", "kenyans",
        "israelis", "iraqis", "pakistanis", "saudis", "somalis", "yemenis", "kuwaitis",
        "bangladeshis", "scots", "swedes", "danes", "finns", "poles", "turks", "greeks", "thais",
        "filipinos", "latinos", "latinas", "hispanics", "muslims", "christians", "jews",
        "ohioans", "iowans", "samoans", "arizonans", "michiganders", "catholics",
        "protestants", "evangelicals", "mormons", "hindus", "buddhists", "sikhs", "baptists",
        "methodists", "arabs", "kurds", "sunnis", "shias", "shiites", "chechens", "uighurs",
    ];
    let w = tagged.bytes(k);
    // (The irregular ones may be short: "Jews", "Scots", "Kurds".)
    tagged.tokens[k].capitalized()
        && !(k > 0 && tagged.is(k - 1, "the"))
        && (tagged.in_set(k, &IRREGULAR)
            || w.len() >= 6
                && [&b"ians"[..], b"eans", b"icans"]
                    .iter()
                    .any(|s| w.ends_with(s)))
}

/// Participles of a document sent to someone ("A letter sent to Martin
/// Mubanga"): the name after "to" is its recipient.
pub(crate) const SENT: &[u64] = words!["sent", "addressed", "written", "delivered", "mailed"];

/// Whether the closing bracket at `close` ends initials in brackets, two
/// capitals or more ("the National Rifle Association (NRA)").
pub(crate) fn initials_in_brackets(tagged: &Tagged, close: usize) -> bool {
    // (The brackets first: most tokens are none, and so are told at once.)
    close >= 2
        && tagged
            .tokens
            .get(close)
            .is_some_and(|t| t.kind() == Kind::Close)
        && tagged.tokens[close - 2].kind() == Kind::Open
        && {
            let initials = tagged.bytes(close - 1);
            initials.len() >= 2 && initials.iter().all(u8::is_ascii_uppercase)
        }
}

/// Whether the mention, after "the", stands for a person the article has
/// named, as a role noun does: an epithet ([`is_epithet`]) or a noun news
/// uses for a public figure ([`is_public_figure`]).
pub(crate) fn stands_for_named_person(tagged: &Tagged, first: usize, last: usize) -> bool {
    is_epithet(tagged, first, last) || is_public_figure(tagged, first, last)
}

/// "the Russian", "the 24-year-old Texan", "the Irishman": a person's
/// nationality, home or party after "the", ending the mention. By the
/// word's shape: a capitalised demonym that is no given name.
pub(crate) fn is_epithet(tagged: &Tagged, first: usize, last: usize) -> bool {
    #[rustfmt::skip]
    static SINGULAR: WordSet<128> = word_set![
        "texan", "german", "cuban", "kenyan", "afghan", "briton", "scot", "swede", "dane",
        "finn", "pole", "turk", "greek", "thai", "spaniard", "filipino", "latino", "democrat",
        "kiwi", "aussie", "ohioan", "iowan", "kansan", "londoner", "arab", "kurd", "israeli",
        "iraqi", "pakistani", "saudi", "somali", "yemeni", "kuwaiti", "omani", "qatari",
        "argentine", "brit", "uruguayan", "serb", "croat", "czech", "slovak", "dubliner",
        "berliner", "yorker", "northerner", "southerner", "geordie", "scouser", "muscovite",
    ];
    // Words of the shape that name no person: regions, and mastheads.
    static NOT_PEOPLE: WordSet<64> = word_set![
        "caribbean",
        "mediterranean",
        "european",
        "guardian",
        "tennessean",
        "oregonian",
        "statesman",
        "christian",
    ];
    // (Asked of every name mention: the cheap tests of "the" and case first.)
    if !(last > first && tagged.is(first, "the") && tagged.tokens[last].capitalized()) {
        return false;
    }
    let w = tagged.bytes(last);
    let shaped = tagged.in_set(last, &SINGULAR)
        || w.len() >= 6
            && [&b"ian"[..], b"ean", b"ican", b"man", b"ese"]
                .iter()
                .any(|s| w.ends_with(s));
    // Between "the" and the word, only lowercase words ("former", "veteran",
    // "24-year-old") or a state ("the Kentucky Republican").
    shaped
        && lowercase_or_homes(tagged, first + 1, last)
        && !tagged.in_set(last, &NOT_PEOPLE)
        && !tagged
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.kind() == Kind::Open)
        && !tagged.word_in(last, List::FemaleNames)
        && !tagged.word_in(last, List::MaleNames)
        && !tagged
            .lists_ending_at(last)
            .any_of(crate::lexicon::Lists::of(&[
                crate::lexicon::List::Institutions,
                crate::lexicon::List::Outlets,
                crate::lexicon::List::Places,
            ]))
}

/// Whether tokens `from..to` are lowercase words or whole entries of the
/// places and regions ("New York").
fn lowercase_or_homes(tagged: &Tagged, from: usize, to: usize) -> bool {
    let mut k = from;
    while k < to {
        if !tagged.tokens[k].is_word() {
            return false;
        }
        if tagged.tokens[k].capitalized() {
            let home = tagged
                .entry_at(k, List::Regions)
                .or_else(|| tagged.entry_at(k, List::Places));
            match home {
                Some(e) if e < to => k = e,
                _ => return false,
            }
        }
        k += 1;
    }
    true
}

/// Nouns of a player by position ("the England defender", "the
/// fly-half"), whose acts on the field are no claims.
#[rustfmt::skip]
pub(crate) static PLAYERS: WordSet<64> = word_set![
    "striker", "midfielder", "goalkeeper", "keeper", "winger", "defender", "playmaker",
    "sprinter", "batsman", "bowler", "fly-half", "scrum-half", "flanker", "full-back",
    "fullback", "centre-back", "quarterback", "wicketkeeper", "all-rounder", "forward",
    "hurdler",
    // ("The Romanian international later suggested": one capped by a
    // country.)
    "international",
];

/// "the candidate", "the billionaire businessman", "the 66-year-old", "the
/// 40-year-old comic": a noun that news uses for a person it has named, as
/// it does a nationality. ("the man", "the official" may be someone
/// unnamed: not these, unless after an age.)
fn is_public_figure(tagged: &Tagged, first: usize, last: usize) -> bool {
    if !(last > first && tagged.is(first, "the")) {
        return false;
    }
    #[rustfmt::skip]
    static NOUNS: WordSet<128> = word_set![
        "candidate", "nominee", "frontrunner", "front-runner", "billionaire", "businessman",
        "businesswoman", "tycoon", "mogul", "incumbent", "challenger", "hopeful", "contender",
        // A politician by creed: "the self-described democratic socialist".
        "socialist", "populist", "firebrand", "libertarian",
        // A title holder: "the world indoor champion", "the Olympic champion".
        "champion", "titleholder",
        // A performer by fame: "the veteran pop star", "the rocker".
        "star", "superstar", "rocker", "crooner",
    ];
    // A player by position: "the French international defender".
    let player = || tagged.in_set(last, &PLAYERS);
    let of_a_side = |k: usize| {
        tagged.tokens[k].capitalized() || tagged.is_any(k, words!["national", "team", "club"])
    };
    // ("the 40-year-old comic": any person's noun after an age.)
    let aged = |k: usize| tagged.bytes(k).ends_with(b"-year-old");
    // ("the two-time Academy Award winner", "the Oscar-winning actor", "the
    // Oscar-nominated actor",
    // "the former Heisman Trophy winner": after what the person won.)
    let won = |k: usize| {
        let w = tagged.bytes(k);
        w.ends_with(b"-time")
            || w.ends_with(b"-winning")
            || w.ends_with(b"-nominated")
            || tagged.tokens[k].capitalized()
                && tagged.is_any(last, words!["winner", "laureate", "medallist", "medalist"])
    };
    let person_noun = || tagged.word_in(last, List::PersonNouns);
    // ("the 47-year-old director", "the retired neurosurgeon": a post or a
    // trade after an age or a word of renown is one person known before.)
    let trade = || {
        tagged.word_in(last, List::Titles)
            || tagged.word_in(last, List::GroupNouns) && !crate::source::is_plural(tagged, last)
    };
    #[rustfmt::skip]
    const RENOWN: &[u64] = words![
        "retired", "veteran", "famed", "renowned", "celebrated", "acclaimed", "legendary",
    ];
    let renowned = |k: usize| tagged.is_any(k, RENOWN);
    // ("the Vermont senator", "The Ohio governor": an office of a place,
    // for the person named before when no holder of it was named so.)
    let office_of_a_place = || {
        tagged.is_any(
            last,
            words!["senator", "governor", "congressman", "congresswoman"],
        ) && (first + 1..last).any(|k| tagged.tokens[k].capitalized())
    };
    // ("the Philippine Star" is a paper.)
    let masthead =
        || tagged.tokens[last].capitalized() && tagged.is_any(last, words!["star", "superstar"]);
    (last - first <= 3 && office_of_a_place()
        || last - first <= 3
        && (tagged.in_set(last, &NOUNS) && !masthead()
            || player()
            || tagged.in_set(last, &LEADERS) && (first + 1..last).any(of_a_side)
            || aged(last)
            || (person_noun() || trade()) && (first + 1..last).any(aged)
            || trade() && (first + 1..last).any(renowned))
        || last - first <= 4 && person_noun() && (first + 1..last).any(won)
        // ("The former Republican presidential candidate")
        || last - first == 4 && (tagged.in_set(last, &NOUNS) || player()))
        // ("the bespectacled, 71-year-old diplomat": adjectives may take a
        // comma between them.)
        && (first + 1..last).all(|k| {
            tagged.tokens[k].is_word() || k > first + 1 && tagged.tokens[k].kind() == Kind::Comma
        })
}

/// The lists of nouns that name a source by kind, not by name: people,
/// groups, posts, bodies, outlets and documents ("the officials", "a
/// spokesman", "the report").
pub(crate) const SOURCE_NOUNS: Lists = Lists::of(&[
    List::GroupNouns,
    List::PersonNouns,
    List::Titles,
    List::InstitutionNouns,
    List::MediaNouns,
    List::Documents,
]);

/// "the United boss", "the national team coach": who leads a side the
/// article named ("the store manager" may be anyone).
pub(crate) static LEADERS: WordSet<32> =
    word_set!["boss", "coach", "manager", "skipper", "captain", "gaffer"];

/// "the second witness", "the other adviser": someone other than the one
/// met before with that noun.
#[rustfmt::skip]
pub(crate) static ANOTHER: WordSet<32> = word_set![
    "second", "third", "fourth", "fifth", "other", "another", "different",
];

/// Honorifics that make the next capitalised words a person's name.
#[rustfmt::skip]
pub(crate) const HONORIFICS: &[u64] = words![
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron",
];

/// Words that open an aside between a subject and its verb
/// (", in a statement,", ", speaking to reporters,").
#[rustfmt::skip]
pub(super) static ASIDES: WordSet<128> = word_set![
    "in", "on", "at", "during", "via", "through", "after", "before", "for", "when", "while",
    "according", "without", "however", "too", "though", "meanwhile", "also", "like", "unlike",
    "as",
];

/// Posts held at another state or body, which "to" names ("the US envoy
/// to Iraq", "Pakistan's High Commissioner to Britain").
pub(crate) const ENVOYS: &[u64] = words![
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "commissioner",
    "consul",
    "emissary",
    "representative",
];

/// Members of a body, unnamed: their role is the body's ("officials said").
#[rustfmt::skip]
pub(super) static OFFICIAL_MEMBERS: WordSet<128> = word_set![
    "official", "officials", "aide", "aides", "lawmaker", "lawmakers", "legislator",
    "legislators", "diplomat", "diplomats", "staffer", "staffers", "adviser", "advisers",
    "advisor", "advisors", "prosecutors", "investigators", "authorities", "officers", "agents",
    "soldiers", "troops", "regulators", "spokespeople",
];

/// Last words of newspaper names: "the Coastal Ledger", "the Daily Herald".
#[rustfmt::skip]
pub(super) const MASTHEADS: &[u64] = words![
    "Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Ledger", "Chronicle",
    "Courier", "Examiner", "Observer", "Register", "Star", "Sun", "News", "Inquirer",
    "Dispatch", "Bulletin", "Telegraph", "Express", "Mirror", "Standard", "Independent",
    "Guardian", "Globe", "Monitor", "Press", "Reporter", "Wire", "Sentinel", "Enquirer",
    "Gazette", "Tribune-Review", "Post-Gazette", "Free Press", "Daily", "Weekly", "Magazine",
];

/// People named by a body they use, buy from, back or vote for ("a
/// Twitter user", "Apple customers", "Labour voters"): they do not speak
/// for it, so they speak as persons.
#[rustfmt::skip]
pub(super) static PATRONS: WordSet<128> = word_set![
    "user", "users", "customer", "customers", "client", "clients", "reader", "readers",
    "viewer", "viewers", "listener", "listeners", "subscriber", "subscribers",
    "passenger", "passengers", "shopper", "shoppers", "fan", "fans", "follower",
    "followers", "commenter", "commenters", "patient", "patients", "tenant", "tenants",
    "buyer", "buyers", "investor", "investors", "shareholder", "shareholders", "voter",
    "voters", "supporter", "supporters", "backer", "backers",
];

/// Verbs of doing, not of saying or holding: "Scott campaigned", "Trump
/// arrived". A subject with one of these is no source.
#[rustfmt::skip]
pub(super) static ACTS: WordSet<512> = word_set![
    "bounced", "embarked", "reinvented", "steeled", "eschewed", "obtained", "witnessed", "retaliated", "retaliates",
    "campaigned", "campaigns", "worked", "works", "served", "serves", "died", "dies", "opened",
    "opens", "entered", "enters", "stayed", "stays", "arrived", "arrives", "traveled",
    "travelled", "travels", "visited", "visits", "went", "goes", "came", "comes", "lived",
    "lives", "grew", "grows", "won", "wins", "lost", "loses", "spent", "spends", "held",
    "holds", "met", "meets", "sat", "sits", "stood", "stands", "walked", "walks", "ran", "runs",
    "left", "leaves", "leads", "led", "trails", "trailed", "occupies", "occupied", "joined",
    "joins", "moved", "moves", "returned", "returns", "flew", "flies", "played", "plays",
    "married", "owns", "owned", "earned", "earns", "received", "receives", "started", "starts",
    "finished", "headed", "heads", "entered", "reversed", "struggles", "struggled", "bristles",
    "tried", "tries", "helped", "helps", "established", "executed", "participated", "declined",
    "declines", "refused", "refuses", "based", "located", "headquartered", "born", "named",
    "elected", "appointed", "nominated", "scheduled", "continued", "continues", "looked", "looks", "seemed", "seems", "delivered",
    "delivers",
    // Events of a life, a game or a business ("Mr Lee faced the vote",
    // "Sky scooped the rights", "Harvey reached the end of his tether").
    "faced", "faces", "scored", "scores", "hosted", "hosts", "co-hosted", "listened", "listens",
    "reached", "reaches", "pulled", "pulls", "enjoyed", "enjoys", "rocketed", "vied", "handed",
    "hands", "applied", "applies", "scooped", "bested", "performed", "performs", "committed",
    "landed", "climbed", "jumped", "foxed", "starred", "stars", "toured", "tours", "celebrated",
    "engaged", "stunned", "stuns", "eased", "eases", "graduated", "graduates", "motored",
    "triumphed", "triumphs", "avoided", "avoids", "opted", "opts", "rolled", "grasped",
    "donated", "donates", "parked", "parks", "merged", "merges", "founded", "co-founded",
    // Deals and sums ("Mr Brown earmarked £1bn", "edged out Rubio").
    "earmarked", "remortgaged", "pitched", "edged", "immigrated", "bought", "watched", "managed",
    "attended", "fulfilled", "completed", "crossed",
    // The play of a match or a race ("Gardener cruised home", "Hierro
    // chopped down Dyer").
    "cruised", "recovered", "chopped", "escaped", "dominated", "thrashed", "defeated",
    "clinched", "equalised", "equalized", "netted", "volleyed", "converted", "tackled",
    "fouled", "sealed", "snatched", "levelled", "leveled", "qualified", "limped", "stumbled",
    "collapsed", "crashed", "raced", "sprinted", "dribbled", "curled", "slotted", "saved",
    "rallied", "battled", "powered", "stormed", "romped", "surged", "stretched", "squandered",
    "missed", "hammered", "outclassed", "overcame", "survived", "attempted",
    // A career's and a life's doings ("Hill formed a production company",
    // "Meles borrowed from state-owned banks").
    "competed", "competes", "picked", "numbered", "soared", "collaborated", "formed", "rooted",
    "retrieved", "borrowed",
    // Moves on a field or on water ("Archibald prodded United ahead",
    // "Robson whipped in a free kick", "Blair sailed across the lake").
    "prodded", "whipped", "sailed", "failed", "clocked", "impressed", "destroyed",
    "demolished", "outplayed",
    // ("Cruz invited Trump to a rally": an invitation is a deed.)
    "invited", "invites",
];

/// Words opening a subordinate clause, whose subject is not the sentence's.
#[rustfmt::skip]
pub(super) static SUBORDINATORS: WordSet<128> = word_set![
    "if", "though", "although", "when", "while", "because", "unless", "whether", "once",
    "until", "before", "after", "as", "since", "whenever", "where", "so",
];

/// Prepositions after a participle that describes a noun ("involved in",
/// "briefed on", "based at").
pub(super) static PARTICIPLE_PREPOSITIONS: WordSet<64> =
    word_set!["in", "on", "with", "at", "by", "to", "for", "from", "about"];

/// Prepositions that open a sentence with a phrase, not a clause.
pub(super) static OPENING_PREPOSITIONS: WordSet<128> = word_set![
    "in",
    "on",
    "at",
    "from",
    "with",
    "under",
    "over",
    "throughout",
    "amid",
    "despite",
    "for",
    "through",
    "without",
    "within",
    "among",
    "into",
    "across",
];

/// Auxiliaries and copulas. Keys fold typographic apostrophes to straight
/// ones: "isn't" stands for "isn’t" too.
#[rustfmt::skip]
pub(super) static AUXILIARIES: WordSet<256> = word_set![
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "did", "does", "do", "isn't", "aren't", "wasn't", "weren't",
    "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "didn't",
    "doesn't", "don't", "shouldn't",
];

/// Legal suffixes of companies' names, which may follow a comma ("Acme
/// Robotics, Inc.").
pub(super) const LEGAL_SUFFIXES: &[u64] =
    words!["inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "ag", "sa"];

/// Last words of companies' names ("Zurich Financial", "Centerview
/// Partners", "Tata Steel"): a capitalised name run ending in one is a body.
/// Words that are also common nouns of documents or outlets ("Records",
/// "Media") are left out.
#[rustfmt::skip]
pub(crate) static CORPORATE_TAILS: WordSet<256> = word_set![
    "Financial", "Capital", "Partners", "Technologies", "Technology", "Systems", "Microsystems",
    "Pharmaceuticals", "Pharma", "Entertainment", "Communications", "Telecom", "Networks",
    "Software", "Labs", "Laboratories", "Industries", "Resources", "Petroleum", "Oil", "Steel",
    "Electric", "Electronics", "Motors", "Logistics", "Properties", "Ventures", "Investments",
    "Securities", "Insurance", "Gas", "Airlines", "Airways", "Energy", "Foods", "Brewery", "Breweries",
    "Studios", "Pictures", "Mining", "Chemicals", "Semiconductor", "Semiconductors",
    "Aerospace", "Automotive", "Bancorp", "Bros", "Brothers", "Enterprises", "Solutions",
    "Dynamics", "Instruments", "Robotics", "Biotech", "Therapeutics", "Hotels", "Resorts",
    "Retail", "Stores", "Supermarkets", "Shipping", "Railways", "Rail", "Utilities", "Power",
    "Builders", "Developers", "Holdings",
];

/// Verbs that headlines set in title case ("Trump Addresses Munich Attack",
/// "Beck Blasts Drudge", "Tim Allen Just Got Asked"), some of them cue
/// verbs too: a name stops before them.
#[rustfmt::skip]
pub(crate) static HEADLINE_VERBS: WordSet<128> = word_set![
    "addresses", "blasts", "attacks", "praises", "rips", "meets", "visits", "backs", "sues",
    "joins", "quits", "launches", "unveils", "welcomes", "thanks", "lashes", "knocks", "taps",
    "picks", "drops", "pledges", "defends", "mocks", "slams", "makes", "gets", "takes", "gives",
    "got", "offers", "just", "wins", "loses", "leads", "trails", "beats", "faces", "heads",
    "signs", "seeks", "rallies", "returns", "sweeps", "clinches", "storms", "eyes",
];
