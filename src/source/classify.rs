//! What a source mention is: who speaks (identity: named or anonymous)
//! and as what (role: official, media, person, document), from the word
//! lists its words belong to and the shape of the phrase.

use super::names::is_listed_surname;
use super::words::*;
use super::*;
use crate::cue::{Cue, CueKind, DOCUMENT_VERBS, POLL_VERBS};
use crate::lexicon::{List, Lists};
use crate::model::{Identity, Role};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, WordSet};

/// Decides what a mention is.
pub(crate) fn classify(
    tagged: &Tagged,
    first: usize,
    last: usize,
    cue_is_document_verb: bool,
) -> Mention {
    let m = classify_mention(tagged, first, last, cue_is_document_verb);
    // "industry analysts Screen Digest", "pollsters ICM": a trade's plural
    // right before a name makes it a firm's (one person's would take the
    // singular).
    if m.kind == MentionKind::Name
        && m.role == Role::Person
        && after_trade_plural(tagged, first, m.head)
    {
        return Mention {
            role: Role::Official,
            ..m
        };
    }
    // "Blackburn have rejected a bid", "Palace are keen", "Leicester say
    // they will not be rushed": a bare name before a plural verb is a
    // team's or a firm's, no one person's (not a plural noun opening a
    // sentence, "Insurers have", nor a people's adjective, "Japanese are";
    // not the verbs that are nouns as often, "Agassi fear for Melbourne").
    #[rustfmt::skip]
    const PLURAL_VERBS: &[u64] = words![
        "have", "are", "were", "say", "insist", "claim", "believe", "admit", "deny", "expect",
        "warn",
    ];
    let w = tagged.bytes(first);
    if m.kind == MentionKind::Name
        && m.role == Role::Person
        && first == last
        && !m.titled
        && tagged.tokens[first].capitalized()
        && tagged.is_any(last + 1, PLURAL_VERBS)
        && ![&b"s"[..], b"ese", b"ish", b"ch"]
            .iter()
            .any(|e| w.ends_with(e))
        && !w.iter().any(|&b| b == b'\'' || b >= 0x80)
    {
        return Mention {
            role: Role::Official,
            ..m
        };
    }
    // "Commentators and Yukos itself claim", "said Doyle and others":
    // unnamed people joined to a named source leave part of the source
    // unidentified.
    if m.identity == Identity::Named && unnamed_plural_first(tagged, first, last) {
        return Mention {
            identity: Identity::Anonymous,
            ..m
        };
    }
    // "A spokesman for one US shop": a post at a body the words do not
    // identify leaves the speaker unidentified too.
    if m.role == Role::Official
        && m.identity == Identity::Named
        && for_an_unnamed_body(tagged, first, last)
    {
        return Mention {
            identity: Identity::Anonymous,
            ..m
        };
    }
    m
}

/// Whether the name `head` follows, within the mention from `first`, a
/// lowercase plural of a trade ("analysts", "pollsters") or of title
/// holders ("champions"), with no "and" in the name.
fn after_trade_plural(tagged: &Tagged, first: usize, head: (usize, usize)) -> bool {
    #[rustfmt::skip]
    const TRADES: &[u64] = words![
        "analysts", "researchers", "consultants", "pollsters", "brokers", "economists",
        "forecasters", "accountants", "auditors", "advisers", "advisors", "lawyers",
        "solicitors", "makers", "publishers", "developers", "retailers", "manufacturers",
        "distributors", "insurers", "lenders", "bankers", "suppliers", "champions",
    ];
    head.0 > first
        && tagged.tokens[head.0 - 1].lowercase()
        && tagged.is_any(head.0 - 1, TRADES)
        && !(head.0..=head.1).any(|k| tagged.is(k, "and"))
}

/// "Commentators and Yukos", "critics and the company": a bare plural of
/// people or groups, then "and" and more; or "Doyle and others".
fn unnamed_plural_first(tagged: &Tagged, first: usize, last: usize) -> bool {
    let and_others = last >= first + 2 && tagged.is(last, "others") && tagged.is(last - 1, "and");
    and_others
        || first + 2 <= last
            && tagged.is(first + 1, "and")
            && is_plural(tagged, first)
            && tagged.word_in(first, List::GroupNouns)
            && !tagged.word_in(first, List::Titles)
}

/// Whether token `k` is a spokesperson's noun: "spokesman", "spokeswoman",
/// "spokesperson", "spokespeople".
pub(crate) fn is_spokes_word(tagged: &Tagged, k: usize) -> bool {
    tagged
        .bytes(k)
        .get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"spokes"))
}

/// Whether a post's "for", "at" or "with" in `first..=last` opens an
/// unidentified body: "one", "a", "an" or "another" right after it
/// ("a spokesman for one US shop", "a spokeswoman for a local charity").
fn for_an_unnamed_body(tagged: &Tagged, first: usize, last: usize) -> bool {
    (first + 1..last.min(first + 6)).any(|k| {
        tagged.is_any(k, words!["for", "at", "with"])
            && tagged.is_any(k + 1, words!["one", "a", "an", "another"])
            && k > first
            && tagged.lists_ending_at(k - 1).has(List::Titles)
    })
}

/// [`classify()`], before the body a post is at is asked about.
fn classify_mention(
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
            && (tagged.is_any(k + 1, words!["who", "which", "whose"])
                || is_participle_aside(tagged, k + 1)
                || tagged.is_any(
                    k + 1,
                    words!["in", "during", "after", "before", "amid", "despite"],
                ) && !tagged.is_any(first, words!["who", "which", "that"]))
    });
    if let Some(comma) = relative {
        return with_clause(tagged, first, comma - 1, last, cue_is_document_verb);
    }
    // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist,":
    // a description whose participle names another, then the person's own
    // name after its comma.
    // (So is an office listing its brief, "The Secretary of State for
    // Culture, Media and Sport, Tessa Jowell,", or an office of a body with
    // no article, "Director of Public Prosecutions, Ken Macdonald,": the
    // name after the last comma.)
    let named_after = (first + 2..last.min(first + 16))
        .rev()
        .find(|&k| {
            tagged.tokens[k].kind() == Kind::Comma
                && tagged.tokens[k + 1].capitalized()
                && !tagged.in_set(k + 1, &super::NOT_NAME_SET)
                && tagged.tokens.get(k + 2).is_some_and(|t| t.capitalized())
        })
        .and_then(|k| {
            let described = tagged.is_any(first, words!["a", "an", "one", "another"])
                && (first + 1..k)
                    .any(|j| tagged.tokens[j].lowercase() && tagged.bytes(j).ends_with(b"ing"));
            let brief = tagged.is_any(first, words!["the", "a", "an"])
                && tagged.entry_at(first + 1, List::Titles).is_some()
                && (first + 1..k).any(|j| tagged.tokens[j].kind() == Kind::Comma)
                && (k + 1..=last).all(|j| tagged.tokens[j].capitalized());
            // ("Director of Public Prosecutions, Ken Macdonald QC,": an
            // office of a body with no article, then its holder.)
            let office = tagged.entry_at(first, List::Titles).is_some()
                && (first + 1..k).any(|j| tagged.is_any(j, words!["of", "for", "at"]))
                && (k + 1..=last).all(|j| tagged.tokens[j].capitalized());
            // ("His former business partner at Lenox, Lawrence B.
            // Cummings,": an owner's person, then the name; an office
            // among the words makes the holder official, "Her spokesman at
            // Acme, Jo Hart,".)
            // (Only with a name among the words, which would else be
            // taken for the source: "His campaign manager, Jeff Weaver," is
            // read as it was.)
            let owned = tagged.is_any(first, words!["his", "her", "their", "its", "our"])
                && (first + 1..k).any(|j| tagged.tokens[j].capitalized())
                && (k + 1..=last).all(|j| {
                    tagged.tokens[j].capitalized() || tagged.tokens[j].kind() == Kind::Period
                });
            // ("A Republican senator from Kansas, Sam Brownback,": an office
            // with no article's "the", then its holder's full name.)
            let indefinite_office = tagged.is_any(first, words!["a", "an"])
                && (first + 1..k)
                    .any(|j| tagged.word_in(j, List::Titles) && tagged.tokens[j].lowercase())
                && last > k + 1
                && (k + 1..=last).all(|j| tagged.tokens[j].capitalized());
            let owned_office = owned && (first + 1..k).any(|j| tagged.word_in(j, List::Titles));
            let owned_person =
                owned && (first + 1..k).any(|j| tagged.word_in(j, List::PersonNouns));
            (described || brief || office || owned_office || owned_person || indefinite_office)
                .then_some((k, brief || office || owned_office || indefinite_office))
        });
    if let Some((comma, brief)) = named_after {
        let mut m = classify_words(tagged, comma + 1, last, cue_is_document_verb);
        // (The holder of the office the words before the comma name.)
        if brief && m.kind == MentionKind::Name {
            m.titled = true;
            m.role = Role::Official;
        }
        return Mention { first, ..m };
    }
    // "Voters who backed Obama", "a man who lives in Ohio": a restrictive
    // clause after a common noun describes the source too.
    // (Not "a man who many believe": the clause's subject is the source.)
    let restrictive = (first + 1..last.saturating_sub(1)).find(|&k| {
        tagged.is_any(k, words!["who", "whom"])
            && tagged.tokens[k - 1].is_word()
            && tagged.tokens[k + 1].lowercase()
            && !tagged.quoted[k]
    });
    // (Not "The MPs who make up the Public Accounts Committee": the body
    // they form speaks; nor "those who back her", "No-one who plays": a
    // pronoun is nothing without its clause.)
    #[rustfmt::skip]
    const ALONE: &[u64] = words![
        "those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "all",
        "many", "some", "others", "one", "no-one", "nobody", "few", "most",
    ];
    let restrictive = restrictive.filter(|&who| {
        let forms = tagged.is_any(who + 1, words!["make", "makes", "form", "forms"]);
        let pronoun = who == first + 1 && tagged.is_any(first, ALONE);
        !forms && !pronoun
    });
    if let Some(who) = restrictive {
        return with_clause(tagged, first, who - 1, last, cue_is_document_verb);
    }
    // "Those who know him", "anyone who has met her": people unnamed,
    // whatever names their clause holds.
    if tagged.is_any(
        first,
        words![
            "those",
            "anyone",
            "anybody",
            "everyone",
            "everybody",
            "someone",
            "somebody"
        ],
    ) && tagged.is(first + 1, "who")
        && last > first + 1
        // ("Those over 60", "those close to him": "those" with any words
        // after it; ", say those who feel": with its clause after it.)
        || tagged.is(first, "those") && (last > first || tagged.is(last + 1, "who"))
        // ("Some, such as 83-year-old Elizabeth Winkfield, said": people
        // unnamed, one of them named for an example.)
        || tagged.is_any(first, words!["some", "many", "others", "several"])
            && tagged.tokens.get(first + 1).is_some_and(|t| t.kind() == Kind::Comma)
            && tagged.is(first + 2, "such")
            && tagged.is(first + 3, "as")
    {
        return Mention {
            first,
            last,
            head: (first, first),
            kind: MentionKind::Other,
            identity: Identity::Anonymous,
            role: Role::Person,
            titled: false,
        };
    }
    // "The last man to mount a major presidential race", "the first woman
    // to lead the party": an infinitive after a person's noun describes the
    // person; its own nouns are not the source's.
    let infinitive = (first + 2..last).find(|&k| {
        tagged.is(k, "to")
            && tagged.tokens[k - 1].lowercase()
            && (tagged.word_in(k - 1, List::PersonNouns)
                || tagged.is_any(k - 1, words!["man", "woman", "person"]))
            && tagged.tokens[k + 1].lowercase()
    });
    if let Some(to) = infinitive {
        return with_clause(tagged, first, to - 1, last, cue_is_document_verb);
    }
    // "Democrats supporting Mrs. Clinton", "Republicans backing Mr. Trump":
    // a plural of people and a participle phrase, whose name is the
    // people's side, not the source.
    let participle = (first + 1..last.min(first + 3)).find(|&k| {
        tagged.tokens[k].lowercase()
            && tagged.bytes(k).ends_with(b"ing")
            && !tagged.quoted[k]
            && is_plural(tagged, k - 1)
            && tagged.tokens[k - 1].is_word()
            && !crate::resolve::possessive(tagged, k - 1)
            && (tagged.tokens[k - 1].capitalized()
                || tagged.word_in(k - 1, List::GroupNouns)
                || tagged.word_in(k - 1, List::PersonNouns))
            // (Its object next: not "managing director", "Groups including
            // the union", which name no side.)
            && tagged.tokens[k + 1].capitalized()
            && !tagged.is(k, "including")
    });
    if let Some(k) = participle {
        return with_clause(tagged, first, k - 1, last, cue_is_document_verb);
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
    if last >= first + 3 && super::initials_in_brackets(tagged, last) {
        return Mention {
            last,
            ..classify(tagged, first, last - 3, cue_is_document_verb)
        };
    }
    // "World Anti-Doping Agency (WADA) chief Dick Pound", "the Project
    // and Contract Office (PCO) in Baghdad": an acronym inside the mention
    // ends a body's name; the holder after it is the source, or else the
    // body, whatever place follows.
    let acronym_close = (first + 3..last).find(|&k| super::initials_in_brackets(tagged, k));
    // (A document after it is the body's: "Budget Office (CBO) forecasts".)
    if let Some(close) = acronym_close {
        if tagged.in_set(close + 1, &PREPOSITIONS) {
            return Mention {
                last,
                ..classify(tagged, first, close - 3, cue_is_document_verb)
            };
        }
        let holder = tagged.tokens[close + 1]
            .is_word()
            .then(|| classify(tagged, close + 1, last, cue_is_document_verb))
            .filter(|h| h.kind == MentionKind::Name && h.identity == Identity::Named);
        if let Some(holder) = holder {
            return Mention { first, ..holder };
        }
    }
    // "The Democratic presidential front-runner and former secretary of
    // state": two descriptions of one person, joined; the first tells who.
    if let Some(and) = joined_descriptions(tagged, first, last) {
        return Mention {
            last,
            ..classify(tagged, first, and - 1, cue_is_document_verb)
        };
    }
    let mut m = classify_words(tagged, first, last, cue_is_document_verb);
    // "The Conservatives say", "the Democrats said": with the article, the
    // capitalised plural is the party, a body ("Democrats said" alone are
    // some of its members).
    // ("Labour and the Conservatives": the party last of names joined.)
    if last > first
        && tagged.is(last - 1, "the")
        && (last == first + 1 || (first..last).any(|k| tagged.is(k, "and")))
        && tagged.tokens[last].capitalized()
        && tagged.is_any(
            last,
            words!["conservatives", "democrats", "republicans", "liberals"],
        )
    {
        m.identity = Identity::Named;
        m.role = Role::Official;
        m.kind = MentionKind::Name;
        m.head = (last, last);
    }
    // "Senior Tories believe", "rebel Conservatives": some of a party's
    // members, unnamed, not the party speaking.
    if last > first && party_members(tagged, last) {
        m.identity = Identity::Anonymous;
        m.role = Role::Person;
        m.kind = MentionKind::Other;
    }
    // "Indiana governor endorses Cruz", "House speaker laying out": a
    // headline's office with no article, or "The Foreign Secretary", "the
    // Indonesian Economics Minister": an office named by its place or brief;
    // its holder, not the place.
    // (Not one of many, "Philippine lawmaker", "Scottish ministers"; not a
    // body's own, "UKIP spokesman", "Amnesty's chief".)
    let opens = if tagged.is(first, "the") {
        first + 1
    } else {
        first
    };
    if m.kind == MentionKind::Name
        && m.identity == Identity::Named
        && m.head.0 == opens
        // ("the Latin American pope": a name's adjectives up to the title.)
        && m.head.1 < last
        && (m.head.1 + 1..last).all(|k| tagged.tokens[k].capitalized())
        && (tagged.tokens[last].lowercase() || opens > first)
        && tagged.word_in(last, List::Titles)
        && !is_plural(tagged, last)
        && !crate::resolve::possessive(tagged, m.head.1)
        && !tagged.is_any(last, words!["spokesman", "spokeswoman", "spokesperson"])
    {
        m.kind = MentionKind::RoleNoun;
        m.head = (first, last);
        m.role = Role::Official;
        m.identity = Identity::Named;
    }
    if m.role == Role::Person
        && m.kind == MentionKind::Other
        && (first..=last).any(|k| tagged.in_set(k, &OFFICIAL_MEMBERS))
    {
        m.role = Role::Official;
    }
    if m.kind == MentionKind::Name && m.role == Role::Person {
        let masthead = tagged.is_any(m.head.1, MASTHEADS) && m.head.1 > m.head.0;
        if masthead || is_call_sign(tagged.bytes(m.head.1)) {
            m.role = Role::Media;
        }
    }
    // "according to the Nationwide", "the Halifax said": one capitalised
    // word no list knows after "the", before its verb, is a body's name,
    // no person's.
    if m.kind == MentionKind::Name
        && m.role == Role::Person
        && last == first + 1
        && m.head == (last, last)
        && tagged.is(first, "the")
        && tagged.tokens[last].capitalized()
        && !is_plural(tagged, last)
        && !crate::resolve::possessive(tagged, last)
        && !tagged.word_in_any(last, super::names::GIVEN_NAMES)
        && tagged.lists_starting_at(last).is_empty()
        && tagged.lists_ending_at(last).is_empty()
        // ("the Guardian": a listed outlet with its article.)
        && tagged.lists_starting_at(first).is_empty()
        // (Not a people's adjective: "The Swiss", "the Spanish champions".)
        && !["ish", "ese", "iss", "ian", "ean"]
            .iter()
            .any(|e| tagged.word(last).ends_with(e))
        // (Its verb next, not a noun the name modifies: "The Tory
        // proposals", "The TV couple's".)
        && tagged.tokens.get(last + 1).is_some_and(|t| {
            t.kind() == Kind::Comma
                || tagged.word_in(last + 1, List::CueVerbs)
                || is_auxiliary(tagged, last + 1)
        })
    {
        // ("According to the Independent": a masthead's word, an outlet.)
        m.role = if tagged.is_any(last, MASTHEADS) {
            Role::Media
        } else {
            Role::Official
        };
    }
    // "Ford itself said": a body, whatever its name suggested ("CNN itself
    // reported" stays an outlet).
    if m.kind == MentionKind::Name
        && m.role == Role::Person
        && last > first
        && tagged.is(last, "itself")
    {
        m.role = Role::Official;
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
    // "Both men", "the two candidates", "all three candidates": people the
    // article has named, counted; identified, if not resolved.
    if m.identity == Identity::Anonymous
        && m.kind == MentionKind::Other
        && counts_the_named(tagged, first, last)
    {
        m.identity = Identity::Named;
    }
    // "MPs said", "Labour MEPs": unnamed members of a parliament.
    if m.kind == MentionKind::Name
        && tagged.is_any(last, words!["MPs", "MEPs", "MSPs", "AMs", "MLAs", "TDs"])
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
        m.role = Role::Official;
    }
    // "Cement makers argue", "Ukrainian politicians said": people named by
    // what they do, after a capitalised word that is no name of theirs.
    // ("US retailers", "GOP contenders", "Enron directors": unnamed
    // members of what is named.)
    // ("Rival Republican candidates", "Democratic senators": past more
    // capitalised words, or people of the lists; their office keeps its
    // role.)
    if m.kind == MentionKind::Name && m.role != Role::Media && !m.titled {
        let core = (m.head.1 + 1..=last)
            .find(|&j| tagged.tokens[j].kind() == Kind::Comma)
            .map_or(last, |c| c - 1);
        let k = (m.head.1 + 1..=core)
            .find(|&j| !tagged.tokens[j].capitalized())
            .unwrap_or(core + 1);
        // (Not "The Association of British insurers", a name.)
        let named_of = (first..k).any(|j| tagged.is(j, "of"));
        let people = |k: usize| {
            names_people_by_trade(tagged, k)
                || is_plural(tagged, k)
                    && (tagged.word_in(k, List::GroupNouns)
                        || tagged.word_in(k, List::PersonNouns)
                        || tagged.word_in(k, List::Titles))
        };
        if k == core && !named_of && tagged.tokens[k].lowercase() && people(k) {
            m.kind = MentionKind::Other;
            m.identity = Identity::Anonymous;
        }
    }
    // "A Karachi broker", "one Goldman trader": an unnamed person of a
    // place or a firm the lists may not know.
    if m.kind == MentionKind::Name
        && !m.titled
        && tagged.is_any(first, words!["a", "an", "one", "another"])
        && last > m.head.1
        && tagged.tokens[last].lowercase()
        && (tagged.word_in(last, List::PersonNouns) || names_a_person_by_trade(tagged, last))
        // ("a table drawn up by Le Figaro newspaper": an author stated; "a
        // Le Monde reporter" is a reporter, "a Times newspaper" no person.)
        && !tagged.word_in(last, List::Documents)
        && !tagged.word_in(last, List::MediaNouns)
        && !(first..last).any(|k| tagged.is(k, "by"))
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
    }
    // "A reporter for Agence France-Presse", "one correspondent with
    // Reuters": an unnamed member of an outlet's staff, no outlet speaking.
    if m.kind == MentionKind::Name
        && !m.titled
        && tagged.is_any(first, words!["a", "an", "one", "another"])
        && m.head.0 == first + 3
        && tagged.tokens[first + 1].lowercase()
        && tagged.word_in(first + 1, List::PersonNouns)
        && tagged.is_any(first + 2, words!["for", "with", "at", "from"])
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
        m.role = Role::Person;
    }
    // "a Labour MP", "one Democratic congressman": an unnamed member of a
    // party, as "a Republican senator" is; a spokesman speaks on the
    // record. (Not "a New York judge", a court's, nor "a former Democratic
    // National Committee chairman", a body's head.)
    if m.kind == MentionKind::Name
        && tagged.is_any(first, words!["a", "an", "one", "another"])
        && last > m.head.1
        && (first + 1..last).all(|k| {
            (m.head.0..=m.head.1).contains(&k)
                || tagged.tokens[k].lowercase() && !tagged.word_in(k, List::Documents)
        })
        && (m.head.0..=m.head.1).any(|k| tagged.is_any(k, PARTIES))
        && !(m.head.0..=m.head.1).any(|k| tagged.word_in(k, List::InstitutionNouns))
        && tagged.word_in(last, List::Titles)
        && !is_spokes_word(tagged, last)
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
        m.role = Role::Official;
    }
    // ("Brokers at the bank predict": a plural of a trade capitalised only
    // as the sentence's first word, no name.)
    if m.kind == MentionKind::Name
        && m.head == (first, first)
        && (first == 0 || tagged.tokens[first - 1].ends)
        && last > first
        && is_plural(tagged, first)
        && names_people_by_trade(tagged, first)
        && !tagged.word_in_any(first, NAME_LISTS)
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
        m.role = Role::Person;
    }
    // ("The makers argue": no name among them.)
    if m.role == Role::Person
        && m.identity == Identity::Named
        && m.kind != MentionKind::Name
        && tagged.tokens[last].lowercase()
        && names_people_by_trade(tagged, last)
        && !(first..last).any(|k| tagged.tokens[k].capitalized() && k > first)
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
    }
    // "Europeans said", "British Columbians": a people, not a name.
    // (Not a body's name, "the Royal College of Physicians".)
    if m.kind == MentionKind::Name
        && is_demonym_plural(tagged, m.head.1)
        && !(m.head.0..m.head.1).any(|k| tagged.is_any(k, words!["of", "for"]))
    {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
        m.role = Role::Person;
    }
    if m.kind == MentionKind::Name && stands_for_named_person(tagged, first, last) {
        m.kind = MentionKind::RoleNoun;
        m.role = Role::Person;
    }
    // "Two California residents", "one European diplomat": unnamed people
    // whose capitalised word names a place, not a person to resolve to.
    if m.kind == MentionKind::Name && m.identity == Identity::Anonymous && m.role == Role::Person {
        m.kind = MentionKind::Other;
    }
    m
}

/// The lists of names that a capitalised plural opening a sentence may be
/// (a body's, a place's, an outlet's, a given name), not a trade's people.
const NAME_LISTS: Lists = Lists::of(&[
    List::Institutions,
    List::Places,
    List::Outlets,
    List::FemaleNames,
    List::MaleNames,
]);

/// The words of parties' names that make a person their member ("a Labour
/// MP", "a Plaid Cymru MP").
#[rustfmt::skip]
const PARTIES: &[u64] = words![
    "labour", "tory", "conservative", "democratic", "democrat", "republican", "gop", "liberal",
    "plaid", "snp", "ukip", "green", "unionist", "dup", "sdlp", "sinn",
];

/// A mention whose head ends at `head_end`, with a clause about it after
/// (to `last`): classified by its head, and anonymous when the clause
/// withholds the name ("The senator, who spoke on condition of
/// anonymity,", "a trader who asked not to be named").
fn with_clause(
    tagged: &Tagged,
    first: usize,
    head_end: usize,
    last: usize,
    cue_is_document_verb: bool,
) -> Mention {
    let mut m = Mention {
        last,
        ..classify(tagged, first, head_end, cue_is_document_verb)
    };
    if withholds_name_between(tagged, head_end + 2, last) {
        m.identity = Identity::Anonymous;
        m.kind = MentionKind::Other;
    }
    // ("A study, which was commissioned by the council,": a document a
    // body had made, as "a study by the council" is.)
    if m.role == Role::Document
        && m.identity == Identity::Anonymous
        && made_by_body(tagged, head_end + 2, last)
    {
        m.identity = Identity::Named;
        m.role = Role::Official;
    }
    // "Air Deccan, set up by army officer Gorur Gopinath,", "Acme, which is
    // based in Ohio,": a name whose clause says it was founded or where it
    // is based names a body.
    if m.kind == MentionKind::Name
        && m.role == Role::Person
        && founded_or_based(tagged, head_end + 2)
        && !tagged.word_in_any(m.head.0, super::names::GIVEN_NAMES)
    {
        m.role = Role::Official;
    }
    // "Peter Nielson, who is UKIP Scotland chairman,": a name whose clause
    // gives the office it holds, as an appositive would.
    if m.kind == MentionKind::Name
        && m.role == Role::Person
        && clause_holds_office(tagged, head_end + 2, last)
    {
        m.titled = true;
        m.role = Role::Official;
    }
    m
}

/// Whether the clause at `k` says how a body began or where it sits: "set
/// up by", "founded in", "which is based in", "headquartered in".
fn founded_or_based(tagged: &Tagged, k: usize) -> bool {
    let k = if tagged.is(k, "which") {
        k + 1 + usize::from(tagged.is_any(k + 1, words!["is", "was"]))
    } else {
        k
    };
    let set_up = tagged.is(k, "set") && tagged.is(k + 1, "up") && tagged.is(k + 2, "by");
    // ("Tom Dale, based in Ohio,": a person may be based somewhere; a body
    // only "is based".)
    let based = tagged.is(k, "based") && tagged.is_any(k - 1, words!["is", "was"]);
    set_up
        || (based || tagged.is_any(k, words!["founded", "headquartered"]))
            && tagged.is_any(k + 1, words!["by", "in"])
}

/// Whether the relative clause from `which` to `last` is a passive whose
/// agent is a body ("which was commissioned by the council"; not "which
/// drew on data from the council").
fn made_by_body(tagged: &Tagged, which: usize, last: usize) -> bool {
    if !tagged.is_any(which, words!["which", "that"]) {
        return false;
    }
    let mut k = which + 1;
    if tagged.is_any(k, words!["has", "had", "have"]) && tagged.is(k + 1, "been") {
        k += 1;
    } else if !tagged.is_any(k, words!["was", "is", "were", "are"]) {
        return false;
    }
    k + 3 <= last
        && tagged.bytes(k + 1).ends_with(b"ed")
        && tagged.is(k + 2, "by")
        && (k + 3..=last).any(|j| {
            tagged.word_in(j, List::InstitutionNouns)
                || tagged.entry_at(j, List::Institutions).is_some()
        })
}

/// Whether the relative clause from `who` to `last` is "who is" (or "has
/// been", "became") and an office: a title of the lists ending the clause or
/// followed by "of" ("who is UKIP Scotland chairman", "who is the
/// director of the museum"); or the head of a body ("who heads the
/// regional administration").
fn clause_holds_office(tagged: &Tagged, who: usize, last: usize) -> bool {
    if !tagged.is(who, "who") {
        return false;
    }
    let mut k = who + 1;
    // ("who heads the regional administration": a body's head.)
    if tagged.is_any(
        k,
        words!["heads", "headed", "chairs", "chaired", "leads", "runs", "directs"],
    ) && (k + 1..=last.min(k + 5)).any(|j| {
        tagged.word_in(j, List::InstitutionNouns)
            || tagged.entry_at(j, List::Institutions).is_some()
    }) {
        return true;
    }
    if tagged.is(k, "has") && tagged.is(k + 1, "been") {
        k += 1;
    // ("who was lieutenant governor when ...": an office once held.)
    } else if !tagged.is_any(k, words!["is", "becomes", "became"]) {
        return false;
    }
    // (The office right after the copula, past its modifiers: not "who is
    // vying to be the next president".)
    let modifier = |j: usize| {
        let w = tagged.bytes(j);
        tagged.tokens[j].is_word()
            && !w.ends_with(b"ing")
            && !w.ends_with(b"ed")
            && !tagged.is_any(j, words!["to", "not", "former", "ex", "no"])
    };
    (k + 1..=last.min(k + 6))
        .take_while(|&t| modifier(t))
        .any(|t| {
            tagged.word_in(t, List::Titles)
                && (t == last
                    || tagged.is(t + 1, "of")
                    || tagged.tokens[t + 1].kind() == Kind::Comma)
        })
}

/// A name ending in a web domain ("OneStat.com", "Mozilla.org",
/// "Amazon.co.uk").
fn is_web_name(w: &[u8]) -> bool {
    [
        &b".com"[..],
        b".org",
        b".net",
        b".co.uk",
        b".org.uk",
        b".gov",
    ]
    .iter()
    .any(|d| w.len() > d.len() && w.ends_with(d))
}

/// A broadcaster's call sign ("KING-TV", "WABC-TV", "KQED-FM"): a station,
/// not a person.
fn is_call_sign(w: &[u8]) -> bool {
    let Some(dash) = w.iter().position(|&b| b == b'-') else {
        return false;
    };
    let (letters, band) = (&w[..dash], &w[dash + 1..]);
    matches!(letters.first(), Some(b'K' | b'W'))
        && (3..=4).contains(&letters.len())
        && letters.iter().all(u8::is_ascii_uppercase)
        && matches!(band, b"TV" | b"FM" | b"AM" | b"DT")
}

/// A span of tokens, first and last inclusive.
type Words = (usize, usize);

/// What the word lists find in a mention: the first or last span of each
/// list, as the decisions need, and where the words naming the source end.
#[derive(Default)]
struct Evidence {
    /// `sources`, `unnamed`, `familiar with`: anonymous whatever else.
    strong_anonymity: bool,
    /// `some`, `many`, `critics`: anonymous unless a name heads the phrase.
    weak_anonymity: bool,
    outlet: Option<Words>,
    institution: Option<Words>,
    /// An office title before the core's end, or a public office in its
    /// appositive.
    title: Option<Words>,
    /// `spokeswoman`, `press secretary`: on the record for a body.
    spokesperson: bool,
    group: Option<Words>,
    institution_noun: Option<Words>,
    /// The first document noun, with the nouns right after it.
    document: Option<Words>,
    media_noun: Option<Words>,
    person_noun: Option<Words>,
    place: Option<Words>,
    /// `..., the agency that oversees the program`: an appositive naming a body.
    appositive_body: bool,
    /// The first comma or dash.
    comma: Option<usize>,
    /// The last word of a name before an appositive (`Hugh Hill, a doctor`).
    core_end: Option<usize>,
    /// The last token that names the source: the core's end, or the end
    /// of an anonymity phrase (`familiar with`), or the mention's.
    scope_end: usize,
}

/// The words of the mention that decide: its bounds, how far its naming
/// words go, and its determiner.
struct Phrase<'a, 't> {
    tagged: &'a Tagged<'t>,
    first: usize,
    last: usize,
    scope_end: usize,
    /// `a`, `some`, a numeral.
    indefinite: bool,
    /// `the`, `his`, a possessive.
    definite: bool,
}

impl Phrase<'_, '_> {
    /// The last word that names the source.
    fn end(&self) -> usize {
        self.scope_end.min(self.last)
    }

    /// Whether span `h` heads the phrase: it ends it, or its complement or
    /// a participle phrase follows ("a poll released Monday", "officials at
    /// the Pentagon").
    fn heads(&self, h: Option<Words>) -> bool {
        let tagged = self.tagged;
        h.is_some_and(|(_, l)| {
            let next = tagged.word(l + 1);
            l == self.end()
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
                // ("A letter sent to Martin Mubanga": sent to its recipient.)
                || tagged.is_any(l + 1, super::SENT)
                    && tagged.is(l + 2, "to")
                || (l < self.end() && tagged.tokens[l + 1].lowercase() && next.ends_with("ed"))
        })
    }

    /// Whether `name` heads the phrase rather than modifying its noun.
    fn name_heads(&self, name: Option<Words>) -> bool {
        name_is_head(self.tagged, name, self.scope_end)
    }
}

/// Decides what the words `first..=last` are, once [`classify()`] has set
/// apart asides, contact clauses and an acronym repeating the name.
fn classify_words(
    tagged: &Tagged,
    first: usize,
    last: usize,
    cue_is_document_verb: bool,
) -> Mention {
    let mut m = Mention {
        first,
        last,
        head: (first, last),
        kind: MentionKind::Other,
        identity: Identity::Named,
        role: Role::Person,
        titled: false,
    };
    // "@realDonaldTrump": a social-media handle names its owner.
    if last == first + 1
        && tagged.word(first) == "@"
        && tagged.tokens[last].span().start == tagged.tokens[first].span().end
    {
        m.kind = MentionKind::Name;
        return m;
    }
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
    // "U.S. says", "the U.S. said": a country's name alone, its
    // government ("US" opening a longer subject may be an adjective).
    let country = if tagged.is(first, "the") {
        first + 1
    } else {
        first
    };
    if tagged.entry_at(country, List::Places) == Some(last) && tagged.tokens[country].capitalized()
    {
        m.kind = MentionKind::Name;
        m.head = (country, last);
        m.role = Role::Official;
        return m;
    }
    // "according to its website", "the BNP's website": a body's own site
    // speaks for it.
    if body_site(tagged, first, last) {
        m.role = Role::Official;
        return m;
    }
    let evidence = gather(tagged, first, last);
    let Evidence {
        strong_anonymity,
        title,
        spokesperson,
        scope_end,
        ..
    } = evidence;
    if let Some(paper) = report_in_paper(tagged, first, last) {
        m.kind = MentionKind::Name;
        m.head = (paper, last);
        m.role = Role::Media;
        return m;
    }
    let (name, name_scope) = head_name(tagged, first, last, scope_end);
    // ("Tuesday's results", "Monday's poll": a day's or a month's
    // possessive says when, and names no one.)
    let name = name.filter(|&(a, b)| {
        !(a == b
            && b < last
            && crate::resolve::possessive(tagged, b)
            && super::names_a_date(tagged, b))
    });
    // ("Sanders' allies": a plural's possessive mark makes the name the
    // owner of the people after it, as in "Clinton's allies", not the
    // head.)
    // (Only people it owns: "Sanders' campaign", "Apacs' figures" and "Mr
    // Sands' book" keep their owner, whose body or document they are.)
    let name = name.filter(|&(_, b)| {
        !(b + 2 <= last
            && matches!(tagged.word(b + 1), "'" | "’")
            && tagged.tokens[b + 1].span().start == tagged.tokens[b].span().end
            && tagged.bytes(b).ends_with(b"s")
            && (tagged.word_in(last, List::GroupNouns) || tagged.word_in(last, List::PersonNouns))
            && is_plural(tagged, last)
            && !tagged.word_in(last, List::Titles)
            && (b + 2..=last)
                .all(|k| tagged.tokens[k].lowercase() && !tagged.word_in(k, List::Documents)))
    });
    // (Not a body's name: "the National Association of Automobile Makers
    // of Ghana".)
    let body = |(a, b): Words| (a..=b).any(|k| tagged.word_in(k, List::InstitutionNouns));
    // ("The leader of the Anti-Defamation League, Jonathan Greenblatt": the
    // person named after the comma, not the body in the description.)
    let named_after_comma = evidence.comma.is_some_and(|c| {
        tagged.is(first, "the")
            && name.is_some_and(|(_, b)| b < c)
            && name_after_comma(tagged, c, last).is_some()
    });
    // ("Amnesty International in London": a listed body's name is no
    // person's.)
    let listed_body = |(_, b): Words| {
        tagged.entry_ending_at(b, List::Institutions) || tagged.entry_ending_at(b, List::Outlets)
    };
    if let Some(h) = name.filter(|&h| {
        name_scope < scope_end.min(last)
            && !strong_anonymity
            && !body(h)
            && !listed_body(h)
            && !named_after_comma
            && !sent_to(tagged, first, h.0)
    }) {
        // A person and their affiliation: labelled by the person's own title.
        m.head = h;
        m.kind = MentionKind::Name;
        m.titled = title.is_some_and(|t| t.1 < h.0) || h.0 > first && holds_a_post(tagged, h.0 - 1);
        m.role = if m.titled {
            Role::Official
        } else {
            Role::Person
        };
        return m;
    }
    let phrase = Phrase {
        tagged,
        first,
        last,
        scope_end,
        indefinite: tagged.in_set(first, &INDEFINITE)
            || crate::token::is_numeral(tagged.bytes(first)),
        definite: opens_definite(tagged, first) || headline_title(tagged, first, last),
    };
    // (The description before the comma holds a name of its own.)
    let described = Evidence {
        core_end: evidence.core_end.filter(|_| !named_after_comma),
        ..evidence
    };
    if let Some(m) = described_then_named(&phrase, &described, m) {
        return m;
    }
    if strong_anonymity
        || leading_group(tagged, first, phrase.end())
        || some_within(tagged, first, last)
    {
        // "sources", "officials at the Pentagon", "advisers to Mr. Obama".
        m.identity = Identity::Anonymous;
        m.role = group_role(&phrase, &evidence);
        if spokesperson {
            m.identity = Identity::Named;
            m.role = Role::Official;
        }
        return m;
    }
    if let Some(m) = unsigned_document(&phrase, &evidence, name, m) {
        return m;
    }
    // "many Mexicans", "some Democrats": a quantifier before a group name.
    let full_name = name.is_some_and(|(a, b)| b > a);
    if let Some(h) =
        name.filter(|_| !evidence.weak_anonymity || (full_name && phrase.name_heads(name)))
    {
        return named(&phrase, &evidence, h, m);
    }
    unnamed(&phrase, &evidence, name, cue_is_document_verb, m)
}

/// Whether `last` is a party's plural name after a word that picks some of
/// its members ("senior Tories", "rebel Conservatives", "many Tories").
fn party_members(tagged: &Tagged, last: usize) -> bool {
    #[rustfmt::skip]
    const SOME: &[u64] = words![
        "senior", "leading", "rebel", "rebellious", "many", "some", "several", "prominent",
        "backbench", "grassroots", "younger", "older", "moderate", "veteran", "disgruntled",
        "dissident", "eurosceptic", "pro-european", "few", "other", "top", "influential",
    ];
    tagged.tokens[last].capitalized()
        && tagged.is_any(
            last,
            words![
                "tories",
                "conservatives",
                "democrats",
                "republicans",
                "liberals"
            ],
        )
        && tagged.is_any(last - 1, SOME)
}

/// Whether a comma stands between `first` and `k`: `k` is in a
/// description set off after the name.
fn comma_between(tagged: &Tagged, first: usize, k: usize) -> bool {
    (first + 1..k).any(|j| tagged.tokens[j].kind() == Kind::Comma)
}

/// Whether the phrase ends in a site's noun owned by "its" or by a body of
/// the lists ("its website", "the BNP's official website").
fn body_site(tagged: &Tagged, first: usize, last: usize) -> bool {
    // "the company website": the body's noun itself before the site's.
    let bare_owner = last == first + 2
        && tagged.is(first, "the")
        && tagged.tokens[first + 1].lowercase()
        && tagged.in_set(last, &SITES)
        && BODY_NOUNS.contains(&tagged.tokens[first + 1].key());
    bare_owner
        || site_owner_at(tagged, first, last).is_some_and(|owner| {
            tagged.is(owner, "its")
            || tagged.tokens[owner].capitalized()
                && crate::resolve::possessive(tagged, owner)
                && tagged.entry_ending_at(owner, List::Institutions)
            // "the company's website", "the ministry's site", "the net
            // telephony firm's website" (up to three modifiers between).
            || owner > first
                && (owner.saturating_sub(4).max(first)..owner)
                    .rev()
                    .take_while(|&k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase())
                    .any(|k| tagged.is(k, "the"))
                && crate::resolve::possessive(tagged, owner)
                && BODY_NOUNS.contains(&crate::resolve::name_key(tagged, owner))
        })
}

/// A site's nouns ("its website", "her Facebook page").
static SITES: WordSet<16> = word_set!["website", "site", "homepage", "blog", "page", "account"];

/// A body's nouns whose possessive owns a site ("the company's website").
const BODY_NOUNS: &[u64] = words![
    "company",
    "firm",
    "ministry",
    "department",
    "agency",
    "council",
    "government",
    "party",
    "campaign",
    "club",
    "bank",
    "university",
    "charity",
    "union",
    "police",
    "board",
    "commission",
    "committee",
    "organisation",
    "organization",
    "group",
    "school",
    "hospital",
    "museum",
    "church",
    "league",
    "federation",
    "association",
    "foundation",
    "institute"
];

/// The owner's token before the site's noun ending the phrase ("its
/// website", "her official website", "the Pentagon's Facebook page"): the
/// word before the noun, or the one before that past one word.
pub(crate) fn site_owner_at(tagged: &Tagged, first: usize, last: usize) -> Option<usize> {
    const OWNERS: &[u64] = words!["his", "her", "its", "their"];
    if last == first || !tagged.in_set(last, &SITES) {
        return None;
    }
    let owns = |k: usize| tagged.is_any(k, OWNERS) || crate::resolve::possessive(tagged, k);
    (last.saturating_sub(2).max(first)..last)
        .rev()
        .find(|&k| owns(k))
}

/// "a report in the Sunday Business", "an article in the Economic
/// Observer": a paper's own report, whether or not the lists know the
/// paper (not "a report in Ohio", a place).
/// The paper's first word.
fn report_in_paper(tagged: &Tagged, first: usize, last: usize) -> Option<usize> {
    let d = first + usize::from(tagged.is_any(first, words!["a", "an", "the"]));
    let n = d + 2 + usize::from(tagged.is(d + 2, "the"));
    let outlet_known = || {
        (d + 2..=last).any(|k| {
            tagged.word_in(k, List::Outlets) || tagged.entry_at(k, List::Outlets).is_some()
        })
    };
    let paper = n <= last
        && tagged.is(d + 1, "in")
        && tagged.in_set(d, &super::locate::PIECES)
        && tagged.tokens[n].capitalized()
        && (n..=last).all(|k| tagged.tokens[k].capitalized() || tagged.word(k).contains('-'))
        && !tagged.word_in(n, List::Places)
        && !tagged.word_in(n, List::Regions)
        // (A paper the lists know is classified as an outlet already; a
        // body's or a book's name is no paper's: "a report in the Senate",
        // "a story in the Old Testament".)
        && !outlet_known()
        && !(n..=last).any(|k| {
            tagged.word_in(k, List::InstitutionNouns)
                || tagged.word_in(k, List::Institutions)
                || tagged.entry_at(k, List::Institutions).is_some()
                || tagged.is_any(k, words!["testament", "bible", "koran", "quran", "constitution", "library"])
        });
    paper.then_some(n)
}

/// "both men", "the two candidates", "all three candidates": a count of
/// people by a noun the article uses for those it has named (not "both
/// sides", "the two parties").
fn counts_the_named(tagged: &Tagged, first: usize, last: usize) -> bool {
    const PEOPLE: &[u64] = words![
        "men",
        "women",
        "candidates",
        "nominees",
        "rivals",
        "contenders",
        "leaders",
        "brothers",
        "sisters",
        "presidents",
        "senators"
    ];
    let counted = match last - first {
        1 => tagged.is(first, "both"),
        2 => {
            tagged.is_any(first, words!["the", "all"])
                && tagged.is_any(first + 1, words!["two", "three"])
        }
        _ => false,
    };
    counted && tagged.is_any(last, PEOPLE)
}

/// Scans the mention's lexicon hits into [`Evidence`].
fn gather(tagged: &Tagged, first: usize, last: usize) -> Evidence {
    let tokens = &tagged.tokens;
    // ("Democrats trying to regain control of the Senate": what the people
    // strive for is no part of who they are.)
    let striving =
        (first + 1..last).find(|&k| super::locate::striving(tagged, &(first..last + 1), k));
    // ("a Gallup poll of likely voters": whom a poll asked is no part of
    // who made it.)
    let asked = (first + 1..last).find(|&k| {
        tagged.is_any(k, words!["poll", "survey", "polls", "surveys"]) && tagged.is(k + 1, "of")
    });
    let mut f = Evidence {
        // The phrase after "familiar with", "close to" describes the
        // anonymous source, not a second source.
        scope_end: striving.or(asked.map(|k| k + 1)).map_or(last, |k| k - 1),
        ..Evidence::default()
    };
    // "Hugh Hill, a doctor at the clinic": the words before the comma name
    // the source; the description after it only adds its title or body.
    f.comma = (first..=last).find(|&i| matches!(tokens[i].kind(), Kind::Comma | Kind::Dash));
    f.core_end = f.comma.and_then(|c| name_core_end(tagged, first, c));
    let mut appositive_title = None;
    for k in first..=last {
        for hit in tagged.hits_at(k) {
            let h = (hit.first, hit.last.min(last));
            // ("Vince Cable": a surname, no diplomatic cable.)
            if hit.last > last || (hit.first == hit.last && is_listed_surname(tagged, k)) {
                continue;
            }
            let l = hit.lists;
            // ("Open Source Development Labs", "Reliable Sources": a name's
            // word, no unnamed source.)
            let in_name = || {
                tagged.tokens[k].capitalized()
                    && k > first
                    && tagged.tokens[k - 1].capitalized()
                    && tagged.is_any(k, words!["source", "sources"])
            };
            // ("Market analysts Panlogic predicts": a name right after a
            // noun of trade is the one so described.)
            let names_one = || {
                hit.first == hit.last
                    && hit.last < last
                    && tagged.is_any(k, TRADES)
                    && firm_after_trade(tagged, hit.last + 1)
            };
            // ("the most recent Gallup poll": a superlative, no share.)
            // (Only before a document's noun: "the most telling promise" is
            // no source.)
            // ("Winn-Dixie, once among the most profitable of US grocers":
            // a superlative in a description.)
            let superlative = || {
                k > first
                    && tagged.is(k, "most")
                    && tagged.is(k - 1, "the")
                    && ((k + 1..=last).any(|j| tagged.word_in(j, List::Documents))
                        || comma_between(tagged, first, k))
            };
            // ("the Most Reverend Peter Smith": an honorific, no share.)
            let honorific = || {
                tagged.is(k, "most")
                    && tagged.tokens[k].capitalized()
                    && tagged.is_any(
                        k + 1,
                        words!["reverend", "rev", "honourable", "honorable", "hon", "noble"],
                    )
            };
            // ("The unidentified woman's lawyer, Dolores M Troiani": an
            // owner's word, the person named after the comma.)
            let owners_word = || {
                let comma = (k..=last).find(|&j| tagged.tokens[j].kind() == Kind::Comma);
                comma.is_some_and(|c| {
                    (k..c).any(|j| crate::resolve::possessive(tagged, j))
                        && name_after_comma(tagged, c, last).is_some()
                })
            };
            // ("CBS Sports NFL Insider Jason La Canfora": a job's name in
            // capitals before the person's full name.)
            let titles_a_name = || {
                tagged.tokens[k].capitalized()
                    && hit.last + 2 <= last
                    && tagged.word_in_any(hit.last + 1, crate::source::GIVEN_NAMES)
                    && tagged.tokens[hit.last + 2].capitalized()
            };
            if l.has(List::Anonymity)
                && !in_name()
                && !names_one()
                && !titles_a_name()
                && !owners_word()
                && !superlative()
                && !honorific()
            {
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
                ) || tagged.in_set(hit.last, &POLLED)
                {
                    f.weak_anonymity = true;
                } else {
                    f.strong_anonymity = true;
                }
                if tagged.is_any(hit.last, words!["with", "to", "the"]) {
                    f.scope_end = f.scope_end.min(hit.last);
                }
            }
            if f.core_end.is_some_and(|e| k > e) {
                // ("Dave Prentis, general secretary of Unison": the title
                // after an adjective's.)
                // ("Donald Trump, the leader in Republican polls,": ahead in
                // a race, no office.)
                let leads_a_race = || {
                    tagged.is_any(h.1, words!["leader", "leaders"])
                        && tagged.is(h.1 + 1, "in")
                        && (h.1 + 2..h.1 + 5).any(|k| {
                            tagged.is_any(
                                k,
                                words![
                                    "polls",
                                    "poll",
                                    "race",
                                    "standings",
                                    "delegates",
                                    "primary"
                                ],
                            )
                        })
                };
                if l.has(List::Titles)
                    && appositive_title.is_none()
                    && !leads_a_race()
                    && !super::names::surname_title(tagged, k)
                    && !title_as_adjective(tagged, h.1)
                    && !speaks_for_hire(tagged, h.1)
                    && !tagged.is_any(h.1, words!["major", "delegate"])
                {
                    appositive_title = Some(h);
                }
                // "..., the agency that oversees the program", "Allianz, a
                // leading German insurer,": a body.
                let opened = f.comma.map_or(first, |c| c + 1);
                // (Not "Mr. Hof, the former administration adviser", "Ann
                // Lee, the city manager": the body's noun describes a
                // person's, a post at the body unless a former one.)
                let describes_a_person = tagged.word_in_any(h.1 + 1, PEOPLES_NOUNS);
                // ("the university professor", "the party activist": a
                // profession or a member, no post.)
                let post =
                    tagged.word_in(h.1 + 1, List::Titles) || tagged.is_any(h.1 + 1, OFFICE_NOUNS);
                if l.has(List::InstitutionNouns)
                    && post
                    && k <= opened + 5
                    && appositive_title.is_none()
                    && tagged.in_set(opened, &DEFINITE)
                {
                    appositive_title = Some((h.0, h.1 + 1));
                }
                // ("Menatep, Yukos' main shareholders' group,": a name and
                // a body's noun closing the aside; not after a person's
                // given name.)
                let owned_body = tagged.tokens[opened].capitalized()
                    && tagged
                        .tokens
                        .get(h.1 + 1)
                        .is_some_and(|t| t.kind() == Kind::Comma)
                    && !tagged.word_in_any(first, super::names::GIVEN_NAMES);
                if l.has(List::InstitutionNouns)
                    && k <= opened + 5
                    && !describes_a_person
                    && (tagged.in_set(opened, &DEFINITE)
                        || owned_body
                        || heads_indefinite_appositive(tagged, opened, h.1, last))
                {
                    f.appositive_body = true;
                }
                continue;
            }
            if k <= f.scope_end {
                f.note_hit(tagged, k, h, hit.last, l);
            }
        }
    }
    f.scope_end = f.core_end.unwrap_or(f.scope_end);
    // "Gerhard Florin, head of EA in Europe": the head of a body speaks for
    // it by title.
    if appositive_title.is_none() {
        if let Some(core_end) = f.core_end {
            appositive_title = (core_end + 1..last)
                .take(4)
                .find(|&k| {
                    tagged.is(k, "head") && tagged.is(k + 1, "of") || holds_a_post(tagged, k)
                })
                .map(|k| (k, k));
        }
    }
    // A title in an appositive makes the source official, as one before the
    // name does: an office ("Ann Lee, the state's attorney general") or a
    // post speaking for a body ("Jo Park, chief executive of Acme"). A
    // former office ("a former foreign minister") describes a person; so
    // does one to come ("a prospective Labour MP").
    f.title = f.title.or(appositive_title.filter(|&(t, _)| {
        let opened = f.core_end.map_or(first, |e| e + 1);
        !(opened..t).any(|k| {
            tagged.is_any(
                k,
                words!["former", "ex", "prospective", "would-be", "aspiring"],
            )
        })
    }));
    f
}

/// Plurals of a trade that a firm's name may follow ("market analysts
/// Panlogic").
const TRADES: &[u64] = words!["analysts", "researchers", "consultants"];

/// Whether the capitalised word at `k`, after a plural of a trade, names a
/// firm: no given name, and no verb of a poll after it ("Analysts Reuters
/// polled expect": the analysts the agency asked).
fn firm_after_trade(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens.get(k).is_some_and(|t| t.capitalized())
        && !tagged.quoted[k]
        && !tagged.word_in_any(k, super::names::GIVEN_NAMES)
        && !tagged.in_set(k + 1, &POLLED)
        && !tagged.is_any(k + 1, words!["contacted", "consulted"])
}

/// Posts that a body's noun before them makes an office ("the city
/// manager", "the county clerk"), which the titles do not hold alone.
#[rustfmt::skip]
const OFFICE_NOUNS: &[u64] = words![
    "manager", "attorney", "clerk", "administrator", "treasurer", "auditor", "solicitor",
    "counsel", "comptroller", "controller", "registrar", "coroner", "assessor", "inspector",
    "superintendent",
];

/// Nouns of people, which a body's noun before them describes ("city
/// manager", "administration adviser").
pub(super) const PEOPLES_NOUNS: Lists =
    Lists::of(&[List::PersonNouns, List::GroupNouns, List::Titles]);

/// "NUJ official Barry Fitzpatrick", "Ann Lee, an executive at Acme": a
/// post at a body, which names no office alone ("an official said" is an
/// unnamed member) but makes the person it describes speak for the body.
fn holds_a_post(tagged: &Tagged, k: usize) -> bool {
    if !tagged.is_any(k, words!["official", "executive"]) || k == 0 {
        return false;
    }
    // A body named right before ("NUJ official", not "tech executive",
    // "Hollywood executive"), or after ("an official at the Authority");
    // no former post ("former tech executive").
    // (A body's initials or a listed body: not a capital that opens the
    // sentence, "Tech executive Carla Fenn".)
    let body_before = is_acronym(tagged.word(k - 1))
        || tagged.word_in(k - 1, List::Institutions)
        || tagged.word_in(k - 1, List::Outlets)
        || tagged.entry_ending_at(k - 1, List::Institutions)
        || tagged.lists_ending_at(k).has(List::Outlets);
    let body_after = tagged.is_any(k + 1, words!["at", "of", "for", "with"])
        && tagged.tokens.get(k + 2).is_some_and(|t| t.capitalized())
        || tagged.is(k + 2, "the") && tagged.is_any(k + 1, words!["at", "of", "for", "with"]);
    let former =
        (k.saturating_sub(3)..k).any(|j| tagged.is_any(j, words!["former", "ex", "retired"]));
    (body_before || body_after) && !former
}

/// "the director of the film", "film director", "the movie's director": a
/// profession, no office.
fn directs_a_work(tagged: &Tagged, k: usize) -> bool {
    const WORKS: &[u64] = words![
        "film",
        "films",
        "movie",
        "movies",
        "documentary",
        "play",
        "show",
        "series",
        "opera",
        "theatre",
        "theater",
        "film's",
        "movie's",
        "documentary's",
        "show's",
    ];
    // ("famed director Steven Spielberg": renown, which an office has not.)
    const RENOWN: &[u64] = words![
        "famed",
        "acclaimed",
        "celebrated",
        "renowned",
        "legendary",
        "award-winning",
        "oscar-winning",
        "cult",
    ];
    tagged.is(k, "director")
        && (k > 0 && tagged.is_any(k - 1, WORKS)
            || tagged.is(k + 1, "of") && (k + 2..k + 5).any(|j| tagged.is_any(j, WORKS))
            || k > 0
                && tagged.tokens[k].lowercase()
                && tagged.is_any(k - 1, RENOWN)
                && !tagged.is(k + 1, "of"))
}

/// "Former captain Keith Wood", "England captain Jo Lee": a side's
/// captain, written lowercase, holds no office; "Army Capt. Humayun Khan"
/// and "Captain Lee" hold a rank.
fn captains_a_side(tagged: &Tagged, k: usize) -> bool {
    tagged.is(k, "captain")
        && tagged.tokens[k].lowercase()
        && !(k.saturating_sub(2)..k).any(|j| {
            tagged.is_any(
                j,
                words![
                    "army", "navy", "military", "marine", "police", "fire", "air", "sea", "ship's"
                ],
            )
        })
}

/// Whether the media noun `noun` is a plural of several outlets
/// ("newspapers", "media"), not a country's state broadcaster ("state
/// media").
fn several_outlets(tagged: &Tagged, noun: Option<Words>) -> bool {
    noun.is_some_and(|(a, e)| {
        a == e
            && !(e > 0 && tagged.is_any(e - 1, words!["state", "state-run", "news"]))
            && tagged.is_any(
                e,
                words![
                    "media",
                    "press",
                    "newspapers",
                    "papers",
                    "networks",
                    "outlets",
                    "channels",
                    "broadcasters",
                    "tabloids",
                    "magazines",
                    "dailies",
                    "stations"
                ],
            )
    })
}

/// "corporate speaker Lance Wallnau", "a speaker at the rally": a speaker
/// by trade presides over no chamber. Only a chamber's word before it, or
/// none, makes the office ("House Speaker Paul Ryan", "former Speaker Newt
/// Gingrich", "Speaker Ryan", "the speaker").
fn speaks_for_hire(tagged: &Tagged, k: usize) -> bool {
    tagged.is(k, "speaker")
        && k > 0
        && tagged.tokens[k - 1].is_word()
        && !tagged.is_any(
            k - 1,
            words![
                "house",
                "commons",
                "assembly",
                "parliament",
                "parliamentary",
                "senate",
                "deputy",
                "former",
                "the",
                "then",
                "ex",
                "legislative",
                "council",
                "sabha",
                "knesset",
                "duma",
                "congress",
                "chamber",
                "new",
                "acting",
                "house's",
                "its",
                "his",
                "her"
            ],
        )
        && !tagged.entry_ending_at(k - 1, List::Institutions)
}

/// "a major donor", "the general counsel", "the chief strategist": a
/// title's word before a noun describes the noun; the title itself ends
/// the phrase or goes on with its body ("director of AROS").
fn title_as_adjective(tagged: &Tagged, title_last: usize) -> bool {
    // Ranks that are adjectives too come before a capitalised word as well
    // ("a major Democratic donor").
    let rank = tagged.is_any(title_last, words!["major", "general"]);
    // ("Texas attorney general announcing the suit": a participle of
    // saying after the title is its holder's verb, not its noun; "a
    // general warning" is one.)
    let participle = || {
        crate::cue::is_saying_participle(tagged, title_last + 1)
            && title_last > 0
            && !tagged.is_any(title_last - 1, words!["a", "an"])
    };
    tagged
        .tokens
        .get(title_last + 1)
        .is_some_and(|t| t.is_word() && (t.lowercase() || rank))
        && !tagged.in_set(title_last + 1, &PREPOSITIONS)
        && !chief_of_a_body(tagged, title_last)
        && !participle()
        // ("John Connors, Microsoft's chief financial officer said": the
        // verb after an appositive left unclosed.)
        && !(!rank
            && (tagged.word_in(title_last + 1, List::CueVerbs)
                || super::is_auxiliary(tagged, title_last + 1)))
}

/// "chief mobile technology evangelist for chip giant Intel", "chief
/// strategist of the campaign": "chief", up to three lowercase words and
/// the body the office is at; a title, though a noun follows "chief".
fn chief_of_a_body(tagged: &Tagged, chief: usize) -> bool {
    if !tagged.is(chief, "chief") {
        return false;
    }
    let words = (chief + 1..chief + 5)
        .take_while(|&k| {
            tagged
                .tokens
                .get(k)
                .is_some_and(|t| t.is_word() && t.lowercase())
        })
        .take_while(|&k| !tagged.in_set(k, &PREPOSITIONS))
        .count();
    let at = chief + words + 1;
    // ("a chief critic of the plan", "chief economist at a bank": a
    // person's part or a profession, no office.)
    let profession = (chief + 1..at).any(|k| {
        tagged.is_any(
            k,
            words![
                "critic",
                "critics",
                "rival",
                "rivals",
                "architect",
                "suspect",
                "economist",
                "economists",
                "scientist",
                "analyst",
                "correspondent",
                "reporter",
                "writer",
                "investor",
                "beneficiary",
                "supporter",
                "opponent",
                "cause",
                "reason"
            ],
        )
    });
    // The body: a name, or a body's noun, after an article or a possessive.
    let mut b = at + 1;
    if tagged.is_any(b, words!["the", "a", "an", "its", "his", "her", "their"]) {
        b += 1;
    }
    let body = (b..b + 3).any(|k| {
        tagged.tokens.get(k).is_some_and(|t| t.capitalized())
            || tagged.word_in(k, List::InstitutionNouns)
    });
    // ("chief strategist of Bush's presidential campaigns": bodies in the
    // plural tell a career, no office held now.)
    let career = || {
        (at + 1..at + 10)
            .take_while(|&k| {
                tagged
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() || t.kind() == Kind::Period)
            })
            .any(|k| {
                tagged.is_any(
                    k,
                    words![
                        "campaigns",
                        "administrations",
                        "governments",
                        "companies",
                        "firms",
                        "teams",
                        "clubs"
                    ],
                )
            })
    };
    (1..=3).contains(&words)
        && tagged.is_any(at, words!["of", "for", "at"])
        && !profession
        && body
        && !career()
}

impl Evidence {
    /// Notes hit `h` (its lists `l`; it starts at token `k` and ends at
    /// `hit_last`) among the words that name the source.
    fn note_hit(&mut self, tagged: &Tagged, k: usize, h: Words, hit_last: usize, l: Lists) {
        if l.has(List::Outlets) && self.outlet.is_none() {
            self.outlet = Some(h);
        }
        if l.has(List::Institutions) && self.institution.is_none() {
            self.institution = Some(h);
        }
        // (Not a surname spelt as a title: "Stephen King", "John Major".)
        if l.has(List::Titles)
            && self.title.is_none()
            && !super::names::surname_title(tagged, k)
            && !directs_a_work(tagged, k)
            && !captains_a_side(tagged, k)
            && !speaks_for_hire(tagged, k)
        {
            self.title = Some(h);
            self.spokesperson |= is_spokes_word(tagged, k)
                || tagged.is(hit_last, "secretary") && tagged.is(k, "press");
        }
        // "the Bureau of Labor Statistics", "the Association of Chief Police
        // Officers": a body's name, not a document nor its members.
        let of_body = |(_, e): Words| e + 1 < k && tagged.is_any(e + 1, words!["of", "for"]);
        let named_body = tagged.tokens[k].capitalized()
            && (self.institution_noun.is_some_and(of_body)
                || self.institution.is_some_and(of_body));
        if l.has(List::GroupNouns) && !named_body {
            self.group = Some(h);
        }
        // ("a Reuters news agency report": an outlet's noun, no body's.)
        let in_media_noun = || {
            (h.0.saturating_sub(3)..h.0).any(|s| {
                tagged
                    .hits_at(s)
                    .iter()
                    .any(|e| e.last == h.1 && e.lists.has(List::MediaNouns))
            })
        };
        if l.has(List::InstitutionNouns) && !in_media_noun() {
            self.institution_noun = Some(h);
        }
        if l.has(List::Documents) && !named_body {
            // The first document noun heads the phrase ("a study
            // published in the journal Nature"), with the nouns right
            // after it ("the Beige Book survey").
            self.document = match self.document {
                None => Some(h),
                Some(d) if d.1 + 1 == h.0 => Some((d.0, h.1)),
                d => d,
            };
        }
        if l.has(List::MediaNouns) {
            self.media_noun = Some(h);
        }
        if l.has(List::PersonNouns) {
            self.person_noun = Some(h);
        }
        if l.has(List::Places) && self.place.is_none() {
            self.place = Some(h);
        }
    }

    /// The role of an unnamed source, by the strongest list found.
    fn role(&self) -> Role {
        role_of(
            self.outlet,
            self.institution,
            self.title,
            self.institution_noun,
            self.document,
        )
    }
}

/// Whether the noun ending at `noun` heads the appositive opened by "a"
/// or "an" at `opened`: no preposition comes before it ("a leading
/// German insurer", not "a partner at the firm"), and the appositive ends
/// after it or goes on with a clause ("a company that makes toys").
fn heads_indefinite_appositive(tagged: &Tagged, opened: usize, noun: usize, last: usize) -> bool {
    tagged.is_any(opened, words!["a", "an"])
        && (opened + 1..noun)
            .all(|k| tagged.tokens[k].is_word() && !tagged.in_set(k, &PREPOSITIONS))
        && (noun == last
            || !tagged.tokens[noun + 1].is_word()
            || tagged.is_any(noun + 1, words!["that", "which", "based", "whose"]))
}

/// The last word of the name before the comma (or dash) `c` when a name
/// ends right there ("Hugh Hill, a doctor"), a party tag ("Rep. Ann Lee
/// (D-N.Y.), chairman") or a reflexive between: the core of the mention.
fn name_core_end(tagged: &Tagged, first: usize, c: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    // ("Head of genetics at the National Institute of Medical Research,
    // Professor Robin Lovell-Badge": a post at a body, then its holder.)
    if tagged.is(first, "head") && tagged.is(first + 1, "of") {
        return None;
    }
    let ends_name = c > first
        && last_name_run(tagged, first, c - 1).is_some_and(|(a, b)| {
            (b + 1 == c
                || tokens[c - 1].kind() == Kind::Close
                // ("James B. Comey Jr., the director": a suffix's stop.)
                || b + 2 == c
                    && tokens[c - 1].kind() == Kind::Period
                    && tagged.is_any(b, words!["jr", "sr"])
                || tagged.is_any(c - 1, words!["himself", "herself"]))
                // "Our correspondent in Moscow, Sarah Rainsford":
                // the place is no name of the source.
                && place_after_in(tagged, first, (a, b)).is_none()
        });
    if !ends_name {
        return None;
    }
    // "Rep. Ann Lee (D-N.Y.), chairman": the party tag is no name.
    let tag_open = (tokens[c - 1].kind() == Kind::Close)
        .then(|| {
            (first..c - 1)
                .rev()
                .find(|&k| tokens[k].kind() == Kind::Open)
        })
        .flatten()
        .filter(|&o| o > first);
    Some(tag_open.unwrap_or(c) - 1)
}

/// The name that heads the mention, if any, and the last token it was
/// sought in.
fn head_name(
    tagged: &Tagged,
    first: usize,
    last: usize,
    scope_end: usize,
) -> (Option<Words>, usize) {
    let tokens = &tagged.tokens;
    // "Tomas Ek of Stockholm University": the name before "of" is the head.
    let name_scope = (first + 1..scope_end.min(last))
        .find(|&k| {
            tagged.is_any(k, words!["of", "at", "from"])
                && tokens[k - 1].capitalized()
                && !tagged.word_in(k - 1, List::InstitutionNouns)
                // ("the British Chambers of Commerce": inside a listed name,
                // of a few words.)
                && !(k.saturating_sub(6).max(first)..k).any(|a| {
                    tagged
                        .entry_at(a, List::Institutions)
                        .is_some_and(|end| end > k)
                })
                // ("the Association of Directors of Social Services": a
                // body's name, whatever follows it.)
                // ("President Musharraf of Pakistan": one word after a title.)
                // ("Mr. Nevins of Showtime": an honorific's surname too.)
                && last_name_run(tagged, first, k - 1).is_some_and(|(a, b)| {
                    let honorific = a > first
                        && (tagged.is_any(a - 1, super::HONORIFICS)
                            || a > first + 1
                                && tokens[a - 1].kind() == Kind::Period
                                && tagged.is_any(a - 2, super::HONORIFICS));
                    b == k - 1
                        && (b > a
                            || honorific
                            || a > first && tagged.lists_ending_at(a - 1).has(List::Titles))
                        && !tagged.word_in(a, List::InstitutionNouns)
                })
        })
        .map_or(scope_end.min(last), |k| k - 1);
    // "Sen. Ann Lee (D-N.M.)": the party tag is no part of the name.
    let name_scope = (first..=name_scope)
        .find(|&k| tokens[k].kind() == Kind::Open && k > first)
        .map_or(name_scope, |k| k - 1);
    let name = last_name_run(tagged, first, name_scope);
    // ("Chad's Ambassador to France", "Chief Secretary to the Treasury":
    // the place or body a post is to is no head; a name before the post
    // may be.)
    let post_to = name.and_then(|(a, _)| {
        let the = usize::from(a > first && tagged.is(a - 1, "the"));
        let to = a.checked_sub(1 + the)?;
        (to > first && tagged.is(to, "to") && tagged.lists_ending_at(to - 1).has(List::Titles))
            .then_some(to)
    });
    if let Some(to) = post_to {
        // ("Paul Boateng MP, Labour's Chief Secretary to the Treasury": the
        // name opening the phrase, before the post's comma.)
        let comma = (first + 1..to).find(|&k| tokens[k].kind() == Kind::Comma);
        let named = comma.and_then(|c| last_name_run(tagged, first, c - 1));
        return (named.filter(|&(a, _)| a == first), scope_end.min(last));
    }
    // "Sarah Rainsford in Moscow", "a spokesman in Moscow": a place after
    // "in" says where the source is, not who; the name, if any, is before.
    match name.and_then(|h| place_after_in(tagged, first, h)) {
        Some(at) => {
            let name_scope = at - 1;
            // Only a name right before "in" heads the mention, and one word
            // only past the first ("Blogging friends in India", "GPs in
            // Wales" are no names).
            let name = last_name_run(tagged, first, name_scope)
                .filter(|&(a, b)| b == name_scope && (b > a || a > first));
            (name, name_scope)
        }
        None => (name, name_scope),
    }
}

/// "Tory leader urges Harry apology": a singular office with no article,
/// opening a sentence, is a headline's "the Tory leader".
fn headline_title(tagged: &Tagged, first: usize, last: usize) -> bool {
    let tokens = &tagged.tokens;
    last > first
        && last - first <= 3
        && (first == 0 || tokens[first - 1].ends)
        // (An office of one: not "Philippine lawmaker wants", one of many.)
        && tagged.is_any(
            last,
            words!["leader", "president", "chancellor", "governor", "mayor", "premier", "chairman"],
        )
        && (first..last).all(|k| tokens[k].is_word())
        && (first + 1..=last).all(|k| tokens[k].lowercase())
        && !tagged.in_set(first, &INDEFINITE)
}

/// Whether the phrase opens with a definite determiner or a possessive.
fn opens_definite(tagged: &Tagged, first: usize) -> bool {
    // Compared ignoring ASCII case, without a lowercase copy to allocate.
    let lead = tagged.word(first);
    let lead_ends = |suffix: &str| {
        lead.len() >= suffix.len()
            && lead.as_bytes()[lead.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    tagged.in_set(first, &DEFINITE)
        || lead_ends("'s")
        || lead_ends("’s")
        || ["his", "her", "their", "its"]
            .iter()
            .any(|w| lead.eq_ignore_ascii_case(w))
}

/// Whether a name opening the phrase ends in a possessive within its first
/// words: "Swiss Re's report", "Apacs' figures", "Retail Decisions' survey".
fn named_possessor(tagged: &Tagged, first: usize) -> bool {
    let tokens = &tagged.tokens;
    if !tokens[first].capitalized() {
        return false;
    }
    (first..(first + 4).min(tokens.len()))
        .take_while(|&k| tokens[k].capitalized() || tokens[k].kind() == Kind::Quote)
        .any(|k| {
            let w = tagged.bytes(k);
            let apostrophe_after = tokens.get(k + 1).is_some_and(|q| {
                matches!(tagged.word(k + 1), "'" | "’") && q.span().start == tokens[k].span().end
            });
            w.ends_with(b"'s")
                || w.ends_with("’s".as_bytes())
                || (w.ends_with(b"s") && apostrophe_after)
        })
}

/// "..., Joseph Dunford", "..., Gen. Joseph F. Dunford Jr.": the person
/// named from after the comma at `c` to the phrase's end `last`; a title
/// may stand before the name and a suffix after it.
fn name_after_comma(tagged: &Tagged, c: usize, last: usize) -> Option<Words> {
    let (a, b) = name_run(tagged, c + 1, last)?;
    let title = (c + 1..a).all(|k| {
        tagged.word_in(k, List::Titles)
            || tagged.lists_ending_at(k + 1).has(List::Titles)
            || tagged.tokens[k].kind() == Kind::Period
            || tagged.is_any(k, words!["sir", "dame", "lord", "lady"])
    });
    let suffix = (b + 1..=last).all(|k| {
        tagged.tokens[k].kind() == Kind::Period || tagged.is_any(k, words!["jr", "sr", "ii", "iii"])
    });
    (a <= c + 3 && title && suffix && b > a).then_some((a, b))
}

/// "A lawyer for the outlets, David Schulz": a description, then the name.
fn described_then_named(p: &Phrase, f: &Evidence, mut m: Mention) -> Option<Mention> {
    let c = f
        .comma
        .filter(|_| f.core_end.is_none() && !f.strong_anonymity)?;
    let h = name_after_comma(p.tagged, c, p.last)?;
    m.head = h;
    m.kind = MentionKind::Name;
    // ("Head of the division, Andrew Burke": a post at a body, by title.)
    let head_of = (p.first..c.min(p.first + 2))
        .any(|k| p.tagged.is(k, "head") && p.tagged.is(k + 1, "of"))
        || holds_a_post(p.tagged, c - 1);
    // ("His opponent, Rep. Alan Grayson": a title before the name too.)
    let titled_name = (c + 1..h.0).any(|k| {
        p.tagged.word_in(k, List::Titles) || p.tagged.lists_ending_at(k + 1).has(List::Titles)
    });
    m.titled = f.title.is_some_and(|t| t.1 < c) || head_of || titled_name;
    // ("India's biggest firm, Oil & Natural Gas Corp": a body described.)
    let body = f.institution_noun.is_some_and(|(_, e)| e < c) || joined_by_ampersand(p.tagged, h);
    m.role = if f.spokesperson || m.titled || body {
        Role::Official
    } else {
        Role::Person
    };
    Some(m)
}

/// The "and" joining two lowercase descriptions of one person after
/// "the": a person's noun before it, an office or a person's noun ending
/// the phrase ("the party's front-runner and former senator").
pub(crate) fn joined_descriptions(tagged: &Tagged, first: usize, last: usize) -> Option<usize> {
    if !tagged.is(first, "the") || last > first + 12 || !tagged.tokens[last].lowercase() {
        return None;
    }
    let and = (first + 2..last).find(|&k| tagged.is(k, "and"))?;
    let person = |k: usize| {
        tagged.tokens[k].lowercase()
            && (tagged.word_in(k, List::PersonNouns) || tagged.word_in(k, List::Titles))
            && !is_plural(tagged, k)
    };
    (person(and - 1)
        && (and + 1..=last).all(|k| tagged.tokens[k].lowercase())
        && (person(last) || tagged.lists_ending_at(last).has(List::Titles)))
    .then_some(and)
}

/// A document with no stated author, or one a body wrote: "documents seen
/// by Reuters", "recent polls", "a police report".
fn unsigned_document(
    p: &Phrase,
    f: &Evidence,
    name: Option<Words>,
    mut m: Mention,
) -> Option<Mention> {
    let (tagged, first, last) = (p.tagged, p.first, p.last);
    // "documents seen by Reuters": who saw a document did not write it.
    let witnessed = (first..last).any(|k| {
        tagged.is_any(
            k,
            words!["seen", "reviewed", "obtained", "viewed", "examined"],
        ) && tagged.is(k + 1, "by")
    });
    if witnessed && f.document.is_some_and(|(d, _)| d < last) && !p.definite {
        m.identity = Identity::Anonymous;
        m.role = Role::Document;
        return Some(m);
    }
    // "a police report", "a county audit": a body's document, its author
    // stated by the noun before it.
    // ("a congressional report": an adjective of a body states it too.)
    // ("every recent state poll": a poll of a state's voters, not the
    // state's own.)
    let by_body = f
        .institution_noun
        .zip(f.document)
        .is_some_and(|((_, body), (d, _))| {
            body < d
                && !(tagged.is(body, "state")
                    && tagged.is_any(d, words!["poll", "polls", "survey", "surveys", "polling"]))
        })
        || f.document.is_some_and(|(d, _)| {
            d > first && tagged.is_any(d - 1, words!["congressional", "parliamentary"])
        });
    if p.heads(f.document) && by_body {
        m.role = Role::Document;
        return Some(m);
    }

    // "A footnote in the report", "a passage of his memo": a part of a
    // document the definite article or the owner says is known, whose
    // author the article has named (not "a study of the report", a
    // document of its own).
    let part = first + usize::from(tagged.is_any(first, words!["a", "an", "one", "another"]));
    let part_of_known = part + 3 <= last
        && tagged.is_any(
            part,
            words![
                "footnote",
                "passage",
                "section",
                "page",
                "paragraph",
                "chapter",
                "appendix",
                "copy",
                "excerpt",
                "line",
                "clause"
            ],
        )
        && tagged.is_any(part + 1, words!["in", "of"])
        && tagged.is_any(
            part + 2,
            words!["the", "its", "his", "her", "their", "that", "this"],
        )
        && tagged.word_in(last, List::Documents);
    if part_of_known {
        m.role = Role::Document;
        return Some(m);
    }
    if p.heads(f.document)
        && !p.definite
        && !named_possessor(tagged, first)
        && f.outlet.is_none()
        && f.institution.is_none()
        && !authored(p, name)
    {
        // "recent polls", "a fund-raising document": no stated author.
        m.identity = Identity::Anonymous;
        m.role = Role::Document;
        return Some(m);
    }
    None
}

/// Whether the phrase states who wrote it: a name after its first word
/// that is no place ("recent polls in Pennsylvania", "a survey of Ohio
/// voters" name the place or the people asked), or a body after "by".
fn authored(p: &Phrase, name: Option<Words>) -> bool {
    let (tagged, first, last) = (p.tagged, p.first, p.last);
    let located = name.is_some_and(|(a, b)| {
        (first..a).any(|k| tagged.is_any(k, words!["in", "across", "of", "among", "from"]))
            && (a..=b).all(|k| {
                !tagged.tokens[k].capitalized()
                    || tagged.word_in(k, List::Places)
                    || tagged.entry_ending_at(k, List::Places)
                    // ("polls in Pennsylvania and Virginia", "surveys of
                    // Ohio Republican voters": states, and the party of
                    // the people asked.)
                    || tagged.entry_ending_at(k, List::Regions)
                    || tagged.is_any(k, words!["republican", "democratic", "gop", "independent"])
            })
    });
    // ("a review of available Fox transcripts": a name after "of" that
    // modifies the plural of what the document examined states no author.)
    let examined = name.is_some_and(|(a, b)| {
        b < last
            && (first..a).any(|k| tagged.is(k, "of"))
            && tagged.tokens[b + 1].lowercase()
            && is_plural(tagged, b + 1)
            // (Not the name's own polls: "an average of Post-ABC polls".)
            && !tagged.is_any(b + 1, words!["polls", "surveys", "studies", "reports"])
    });
    let located = located || examined || name.is_some_and(|(a, _)| sent_to(tagged, first, a));
    // (A capital opening the sentence may be no name's: "Recent polls";
    // after a word, it is one: "according to Crowdpac data".)
    // (Not after another capital, as in a headline: "Will Run Ads".)
    let name_inside = first > 0 && {
        let before = tagged.tokens[first - 1];
        before.is_word() && !before.ends && before.lowercase()
    };
    // ("Austin property records": a place's name states no author.)
    let place = |(a, b): Words| {
        (a..=b).all(|k| {
            tagged.word_in(k, List::Places)
                || tagged.entry_ending_at(k, List::Places)
                || tagged.entry_ending_at(k, List::Regions)
        })
    };
    // ("F.A.A. records show": initials with their dots are a name wherever
    // they stand.)
    let dotted = |k: usize| {
        let w = tagged.word(k);
        w.len() >= 3
            && w.contains('.')
            && w.chars().all(|c| c == '.' || c.is_ascii_uppercase())
            && !matches!(w, "U.S" | "U.K")
    };
    name.is_some_and(|(a, b)| {
        a > first
            || !tagged.tokens[first].capitalized()
            || name_inside && !place((a, b))
            || dotted(first)
    }) && !located
        || published_by_body(tagged, first, last)
}

/// Whether the name at `a` is whom a document was sent to ("A letter sent
/// to Martin Mubanga"): its recipient, no author.
fn sent_to(tagged: &Tagged, first: usize, a: usize) -> bool {
    a >= first + 2 && tagged.is(a - 1, "to") && tagged.is_any(a - 2, super::SENT)
}

/// Whether the word at `k` ends a body's or a place's name: a body's noun,
/// a company's last word, initials, or the end of a listed body or place.
fn ends_a_body_or_place(tagged: &Tagged, k: usize) -> bool {
    tagged.word_in(k, List::InstitutionNouns)
        || tagged.in_set(k, &CORPORATE_TAILS)
        || is_acronym(tagged.word(k))
        || tagged.lists_ending_at(k).any_of(Lists::of(&[
            List::Institutions,
            List::Outlets,
            List::Places,
            List::Regions,
        ]))
}

/// A mention headed by (or holding) the name `h`.
fn named(p: &Phrase, f: &Evidence, h: Words, mut m: Mention) -> Mention {
    let (tagged, first, last) = (p.tagged, p.first, p.last);
    let tokens = &tagged.tokens;
    m.head = h;
    m.kind = MentionKind::Name;
    // Whether the name heads the phrase ("Clinton") or modifies its noun
    // ("Clinton aides").
    let name_heads = p.name_heads(Some(h));
    // "Christian News Service", "a Washington Post-ABC News poll".
    let masthead_name = h.1 > h.0
        && (tagged.is_any(h.1, words!["News", "Press"])
            || tagged.is(h.1 - 1, "News") && tagged.is_any(h.1, words!["Service", "Agency"]));
    // ("The Telegraph Group says the cuts are needed", "the Guardian Media
    // Group": the company that owns the paper, speaking as such.)
    let owner = f.outlet.is_some_and(|(_, e)| {
        e < h.1 && tagged.tokens[h.1].capitalized() && tagged.word_in(h.1, List::InstitutionNouns)
    });
    let name_is_outlet = f.outlet.is_some_and(|o| overlaps(o, h)) && !owner || masthead_name;
    // ("Nokia and Samsung said": the head is the last of the bodies named.)
    let name_is_institution = f.institution.is_some_and(|o| overlaps(o, h))
        || tagged.entry_ending_at(h.1, List::Institutions);
    // "Wisconsin Republican": a capitalised person noun after the name
    // heads the phrase too.
    let member_after = h.1 + 1 == p.end()
        && tokens[h.1 + 1].capitalized()
        && tagged.word_in(h.1 + 1, List::PersonNouns);
    if p.heads(f.person_noun) && (!name_heads || member_after) && !f.spokesperson {
        // "the GOP nominee": a person the article has introduced, not the
        // party; "a Wisconsin Republican": a person the reader cannot
        // look up.
        return described_person(m, p, Role::Person);
    }
    // "the Texas senator", "the party's Treasury spokesman": an office
    // named by its place or brief, whose holder the article has named.
    // ("France's finance minister": up to two lowercase words of its brief
    // between.)
    // (Not "Texas's other senator", "its former minister": another holder.)
    let title_after = f.title.is_some_and(|(a, b)| {
        a > h.1
            && a <= h.1 + 3
            && b == p.end()
            && (h.1 + 1..a).all(|k| {
                tagged.tokens[k].lowercase()
                    && !tagged.is_any(k, words!["other", "former", "ex", "late", "outgoing"])
            })
    });
    if p.definite && title_after && !name_heads {
        m.kind = MentionKind::RoleNoun;
        m.head = (first, last);
        m.role = Role::Official;
        return m;
    }
    // ("a CNN survey of voters": the people asked are those of a document
    // the name before it wrote; "a survey of Ohio voters" names none.)
    let asked_in_document = f
        .document
        .zip(f.group)
        .is_some_and(|((_, d), (g, _))| h.1 < d && d < g && tagged.is(d + 1, "of"));
    if p.heads(f.group) && !name_heads && !asked_in_document {
        // "White House officials", "Clinton aides": members of a body, unnamed.
        m.identity = Identity::Anonymous;
        m.role = if f.spokesperson {
            Role::Official
        } else {
            group_role(p, f)
        };
        if f.spokesperson {
            m.identity = Identity::Named;
        }
        return m;
    }
    if f.spokesperson {
        m.role = Role::Official;
        return m;
    }
    if p.heads(f.media_noun) && !name_heads {
        // ("the nationalist Global Times tabloid", "Variety trade
        // magazine": an outlet of the lists just before the noun is the
        // outlet.)
        let just_before = |(_, e): Words| f.media_noun.is_some_and(|(a, _)| e < a && a <= e + 2);
        if let Some(o) = f.outlet.filter(|&o| just_before(o)) {
            m.head = o;
            m.role = Role::Media;
            return m;
        }
        // "North Korean state media", "the Chinese state broadcaster": an
        // outlet named by its country or owner.
        m.kind = MentionKind::Other;
        m.head = (first, last);
        m.role = Role::Media;
        // ("Newspapers in Ohio": a name after the noun, with no article,
        // is no outlet's; "Russian media", "Britain's newspapers": outlets
        // of a country, none of them named.)
        // ("the Spanish media", "Russia's newspapers": all of a country's
        // outlets.)
        let of_a_country =
            tagged.entry_ending_at(h.1, List::Places) || tagged.entry_ending_at(h.1, List::Regions);
        let all_media = several_outlets(tagged, f.media_noun)
            && (tagged.is_any(last, words!["media", "press"]) || of_a_country);
        if (f.media_noun.is_some_and(|(_, e)| e < h.0) || several_outlets(tagged, f.media_noun))
            && (!p.definite || all_media)
        {
            m.identity = Identity::Anonymous;
        }
        return m;
    }
    // "the chief executive of Wippit": the name is the body the office is
    // at; the mention is its holder, unnamed here.
    let office_at = f.title.is_some_and(|(_, t)| {
        t + 2 <= h.0
            && h.0 <= t + 3
            && tagged.is_any(t + 1, words!["of", "at", "for"])
            && (h.0 == t + 2 || tagged.is(t + 2, "the"))
            // ("President of Acme Jo Ames", "Secretary of Homeland Security
            // Jeh Johnson": a holder named after the body; "the chairman of
            // Migration Watch, Sir Andrew Green": after a comma.)
            && !(h.0..=h.1).any(|k| tagged.word_in_any(k, super::names::GIVEN_NAMES))
            && (h.1 < h.0 + 2 || ends_a_body_or_place(tagged, h.1))
            && !tagged.tokens.get(h.1 + 1).is_some_and(|t| t.kind() == Kind::Comma && h.1 < last)
    });
    // "a lawmaker in the Philippines", "the senator from Ohio": the place
    // is where the office is; its holder is not named here, and one holder
    // of several ("a lawmaker") is not identified.
    let office_in_place = f.title.is_some_and(|(_, t)| {
        t + 2 <= h.0
            && h.0 <= t + 3
            && tagged.is_any(t + 1, words!["in", "from"])
            && (h.0 == t + 2 || tagged.is(t + 2, "the"))
            && (f.place.is_some_and(|pl| overlaps(pl, h))
                || tagged.entry_ending_at(h.1, List::Places)
                || tagged.entry_ending_at(h.1, List::Regions))
    });
    if office_in_place && !p.heads(f.document) && !p.heads(f.institution_noun) {
        return described_person(m, p, Role::Official);
    }
    if office_at && !p.heads(f.document) && !p.heads(f.institution_noun) {
        m.kind = MentionKind::RoleNoun;
        m.head = (first, last);
        m.role = Role::Official;
        return m;
    }
    let titled = f.title.is_some_and(|t| t.1 < h.0) || h.0 > first && holds_a_post(tagged, h.0 - 1);
    if titled && !p.heads(f.document) && !p.heads(f.institution_noun) {
        // "PolitiFact Executive Director Aaron Sharockman", "NUJ official
        // Barry Fitzpatrick"
        m.titled = true;
        m.role = Role::Official;
        return m;
    }
    if name_is_outlet && !p.heads(f.document) {
        m.role = Role::Media;
        return m;
    }
    if p.heads(f.document) {
        m.role = if f.outlet.is_some() || name_is_outlet {
            Role::Media
        } else {
            Role::Document
        };
        return m;
    }
    // "Ironhorse Oil and Gas": two such words joined end one body's name,
    // which starts at the capitalised words before them.
    let joined_tails = (h.1 >= first + 2
        && tagged.tokens[h.1].capitalized()
        && tagged.in_set(h.1, &CORPORATE_TAILS)
        && tagged.is(h.1 - 1, "and")
        && tagged.in_set(h.1 - 2, &CORPORATE_TAILS))
    .then(|| {
        let mut a = h.1 - 2;
        while a > first && tagged.tokens[a - 1].capitalized() {
            a -= 1;
        }
        (a, h.1)
    });
    if let Some(whole) = joined_tails {
        m.head = whole;
    }
    let body_name = f.appositive_body
        // "the online bank Cahoot", "carmaker Toyota": named as a body
        // (not "games maker Peter Molyneux", a person's name).
        || f.institution_noun.is_some_and(|(_, l)| l + 1 == h.0)
            && !(h.1 > h.0 && tagged.word_in_any(h.0, super::names::GIVEN_NAMES))
        // ("Michael London", "Denzel Washington": a given name before a
        // place's makes a person's name.)
        || (f.place.is_some_and(|pl| overlaps(pl, h)) || tagged.entry_ending_at(h.1, List::Places))
            && !(h.1 > h.0 && tagged.word_in_any(h.0, super::names::GIVEN_NAMES))
        // ("US band REM": a band's name in capitals is no body's.)
        || is_acronym(tagged.word(h.1))
            && !(h.0 > first && tagged.is_any(h.0 - 1, words!["band", "duo", "trio"]))
        // "Market analysts Panlogic": one name after a plural of a trade is
        // a firm's.
        || h.0 == h.1
            && h.0 > first
            && tagged.is_any(h.0 - 1, TRADES)
            && firm_after_trade(tagged, h.0)
        // "OneStat.com", "Mozilla.org": a website's name is its owner's.
        || is_web_name(tagged.bytes(h.1))
        || (h.0..=h.1).any(|k| tagged.word_in(k, List::InstitutionNouns))
        || corporate_name(tagged, first, h)
        // "Zurich Financial", "Centerview Partners".
        || (h.1 > h.0 && tagged.tokens[h.1].capitalized() && tagged.in_set(h.1, &CORPORATE_TAILS))
        // "Marsh & McLennan", "Procter & Gamble": names joined by "&" are a
        // firm's.
        || joined_by_ampersand(tagged, h)
        // "Manchester United", "Bristol Rovers": a club.
        || (h.1 > h.0
            && tagged.tokens[h.1].capitalized()
            && tagged.is_any(
                h.1,
                words!["United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "FC"],
            ))
        || joined_tails.is_some()
        // "Acme Robotics, Inc.": a legal suffix after the name's comma.
        || (h.1 + 2 <= last
            && tagged.tokens[h.1 + 1].kind() == Kind::Comma
            && tagged.is_any(h.1 + 2, LEGAL_SUFFIXES));
    if name_is_institution || p.heads(f.institution_noun) || body_name {
        m.role = Role::Official;
        // "Hillary Clinton's campaign", "the Obama administration": the
        // body a name owns, not the name, is who speaks.
        if let Some((_, noun_end)) = f.institution_noun.filter(|&(a, _)| {
            // Only modifiers between: "Commons home affairs committee",
            // not "Trump tweaked his campaign".
            a > h.1
                && a <= h.1 + 4
                && p.heads(f.institution_noun)
                && (h.1 + 1..a).all(|k| {
                    tagged.tokens[k].is_word()
                        && !tagged.bytes(k).ends_with(b"ed")
                        && !tagged.in_set(k, &STOP_BACK)
                        && !tagged.in_set(k, &PREPOSITIONS)
                        && !tagged.in_set(k, &DEFINITE)
                        && !tagged.is_any(k, words!["his", "her", "its", "their", "a", "an"])
                })
        }) {
            m.head = (h.0, noun_end);
        }
        return m;
    }
    if f.title.is_some() {
        m.titled = true;
        m.role = Role::Official;
        return m;
    }
    m.role = Role::Person;
    m
}

/// "Marsh & McLennan", "Procter & Gamble": names joined by "&" are a firm's.
fn joined_by_ampersand(tagged: &Tagged, (first, last): Words) -> bool {
    (first + 1..last).any(|k| tagged.word(k) == "&")
}

/// A person described, not named, by the whole phrase: with "a", one the
/// reader cannot look up; with "the", one the article has introduced.
fn described_person(mut m: Mention, p: &Phrase, role: Role) -> Mention {
    m.head = (p.first, p.last);
    m.role = role;
    if p.indefinite {
        m.kind = MentionKind::Other;
        m.identity = Identity::Anonymous;
    } else {
        m.kind = MentionKind::RoleNoun;
    }
    m
}

/// "British Airways", "National Grid", "General Motors": a name of two
/// words or more opened by an adjective of nation or of a body's reach,
/// which no person's name is (a given name the lists know is a person's:
/// "Christian Bale", "Russian Ivan Petrov").
fn corporate_name(tagged: &Tagged, first: usize, h: Words) -> bool {
    #[rustfmt::skip]
    const BODY_ADJECTIVES: &[u64] = words![
        "national", "royal", "federal", "general", "united", "international", "global",
        "british", "american", "european", "french", "japanese", "chinese", "indian", "canadian",
        "australian", "irish", "scottish", "welsh", "english", "swiss", "dutch", "italian",
        "spanish", "russian", "korean", "asian", "african", "pacific", "atlantic", "northern",
        "southern", "eastern", "western", "standard", "continental", "imperial", "universal",
    ];
    // ("National" may stand before the name run, which it does not open.)
    let lead = if h.0 > first && tagged.tokens[h.0 - 1].capitalized() {
        h.0 - 1
    } else {
        h.0
    };
    // ("Russian Ivan Petrov": a nationality before a given name and a
    // surname is a person's.)
    let given =
        |k: usize| tagged.word_in(k, List::FemaleNames) || tagged.word_in(k, List::MaleNames);
    lead < h.1 && tagged.is_any(lead, BODY_ADJECTIVES) && !given(h.1) && !given(lead + 1)
}

/// A mention without a name to head it: a body, a group, an office, a
/// document, an outlet or a person described.
fn unnamed(
    p: &Phrase,
    f: &Evidence,
    name: Option<Words>,
    cue_is_document_verb: bool,
    mut m: Mention,
) -> Mention {
    let (tagged, first, last) = (p.tagged, p.first, p.last);
    // "a report by the watchdog": a document whose author is a body.
    let body_document = f.document.is_some() && published_by_body(tagged, first, last);
    // "a court ruled", "a union endorsed": a body speaking as such, on
    // the record, though the article does not name it; but "a group of
    // rabbis" is unnamed people, and in "pals in government" the body is
    // no head.
    let unnamed_members = f
        .institution_noun
        .is_some_and(|(_, e)| tagged.is(e + 1, "of"))
        || (f.institution_noun.is_some() && !p.heads(f.institution_noun));
    if f.weak_anonymity
        || (p.indefinite
            && !body_document
            && (f.group.is_some() || f.title.is_some() || f.document.is_some() || unnamed_members))
    {
        // "a spokesman announced": on the record for the body the article
        // speaks of, even when the office goes unsaid.
        if f.spokesperson {
            m.role = Role::Official;
            return m;
        }
        m.identity = Identity::Anonymous;
        m.role = group_role(p, f);
        return m;
    }
    if let Some(o) = f.outlet {
        m.head = o;
        m.role = Role::Media;
        return m;
    }
    if p.heads(f.media_noun) {
        // "the newspaper": an outlet the article has named ("the media",
        // all of them, is none).
        m.role = Role::Media;
        let all_media =
            several_outlets(tagged, f.media_noun) && tagged.is_any(last, words!["media", "press"]);
        m.identity = if p.definite && !all_media {
            Identity::Named
        } else {
            Identity::Anonymous
        };
        return m;
    }
    // "the bankruptcy filing of its chief executive": the document comes
    // first and heads the phrase; the person after "of" owns it.
    let before =
        |a: Option<Words>, b: Option<Words>| a.is_some_and(|(a, _)| b.is_none_or(|(b, _)| a < b));
    if let Some(d) = f.document.filter(|_| {
        p.definite
            && p.heads(f.document)
            && before(f.document, f.person_noun)
            && before(f.document, f.title)
    }) {
        m.head = d;
        m.role = Role::Document;
        // ("The little polling that was done in the state showed": one a
        // restrictive clause introduces is new here, its author unstated.)
        let introduced = tagged.is_any(last + 1, words!["that", "which"])
            && super::is_auxiliary(tagged, last + 2);
        if introduced && !authored(p, name) {
            m.identity = Identity::Anonymous;
        }
        return m;
    }
    if p.heads(f.person_noun) && p.definite && !is_plural(tagged, p.end()) {
        // "the nominee", "the woman": someone the article has introduced.
        m.kind = MentionKind::RoleNoun;
        return m;
    }
    if p.heads(f.group) && p.definite && !is_plural(tagged, p.end()) && !f.spokesperson {
        let head = f.group.map_or(last, |g| g.1);
        if unnamed_kin(p, head) {
            m.kind = MentionKind::RoleNoun;
            m.identity = Identity::Anonymous;
            return m;
        }
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
                // ("the music industry is confident": the trade's firms.)
                "industry",
            ],
        ) && !aged(tagged, first, head)
            || (first + 1..head).any(|k| tagged.in_set(k, &super::ANOTHER))
        {
            // "the person said": the unnamed source met before; "the second
            // witness": one not met before, as unnamed.
            m.identity = Identity::Anonymous;
            m.role = f.role();
            return m;
        }
        // "the band leader": one person the article has introduced.
        m.kind = MentionKind::RoleNoun;
        // ("its chief executive said", "the Republican lawmaker said": a
        // post whose noun is also one of groups speaks for its body on the
        // record, as a spokesperson does.)
        if f.title.is_some_and(|(_, e)| e == head) {
            m.role = Role::Official;
        }
        return m;
    }
    if p.heads(f.group) && !f.spokesperson {
        m.identity = Identity::Anonymous;
        m.role = group_role(p, f);
        return m;
    }
    // "Ministers said", "the senators said": unnamed members of a body, as
    // "officials" are (judges and prosecutors act as their court or office;
    // "former prosecutors" no longer do).
    let plural_office = f.title.filter(|&(_, e)| {
        is_plural(tagged, e)
            && (!tagged.is_any(
                e,
                words!["prosecutors", "judges", "justices", "lords", "magistrates"],
            ) || (first..e).any(|k| tagged.is_any(k, words!["former", "ex", "retired"])))
    });
    if plural_office.is_some() && p.heads(plural_office) && !f.spokesperson {
        m.identity = Identity::Anonymous;
        m.role = Role::Official;
        return m;
    }
    if let Some(t) = f.title {
        m.role = Role::Official;
        m.titled = true;
        m.kind = if p.definite || t.0 == first {
            MentionKind::RoleNoun
        } else {
            MentionKind::Other
        };
        if f.spokesperson {
            m.kind = MentionKind::Other;
        }
        return m;
    }
    if let Some(i) = f.institution {
        m.head = i;
        m.role = Role::Official;
        return m;
    }
    if let Some(d) = f.document {
        // "the report": a document the article identified; bare plurals
        // ("polls show") and indefinites are unnamed.
        m.role = Role::Document;
        if !p.definite && !authored(p, name) {
            m.identity = Identity::Anonymous;
        } else {
            m.head = d;
        }
        return m;
    }
    if f.institution_noun.is_some() {
        m.role = Role::Official;
        m.kind = if p.definite {
            MentionKind::RoleNoun
        } else {
            MentionKind::Other
        };
        return m;
    }
    if cue_is_document_verb {
        m.role = Role::Document;
    }
    if p.definite {
        m.kind = MentionKind::RoleNoun;
        return m;
    }
    m.identity = Identity::Anonymous;
    m
}

/// "the 71-year-old diplomat": an age before the noun marks an epithet of
/// someone the article has named, not an unnamed source met before.
fn aged(tagged: &Tagged, first: usize, head: usize) -> bool {
    (first + 1..head).any(|k| {
        let w = tagged.bytes(k);
        w.len() > 9 && w[w.len() - 9..].eq_ignore_ascii_case(b"-year-old")
    })
}

/// "her friend", "his childhood friend", "the victim's neighbour": one of
/// many known only by a tie to another, a group's noun, which the resolver
/// links to no name. A tie only one person has ("his father", "her
/// husband") is a person's noun, and identifies them.
fn unnamed_kin(p: &Phrase, head: usize) -> bool {
    const KIN: &[u64] = words!["friend", "colleague", "neighbor", "neighbour", "relative"];
    let tagged = p.tagged;
    tagged.is_any(head, KIN)
        && (p.first..head).any(|k| {
            tagged.is_any(k, words!["his", "her", "their"]) || crate::resolve::possessive(tagged, k)
        })
}

/// The role of an unnamed source: the strongest list's, but people named
/// by a body they use ("a Twitter user", "BBC viewers") do not speak for
/// it ("a poll of Labour voters" is still a document).
fn group_role(p: &Phrase, f: &Evidence) -> Role {
    let patrons = f
        .group
        .is_some_and(|(_, head)| p.heads(f.group) && p.tagged.in_set(head, &PATRONS));
    match f.role() {
        Role::Official | Role::Media if patrons => Role::Person,
        role => role,
    }
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

/// "figures published by the council", "a report from the agency", "a
/// survey of networks in London by RSA Security": a document whose author
/// is a body, or a name after "by" that is no place.
fn published_by_body(tagged: &Tagged, first: usize, last: usize) -> bool {
    (first..last).any(|k| {
        tagged.is_any(k, words!["by", "from"])
            && (k + 1..=last).any(|j| {
                tagged.word_in(j, List::InstitutionNouns)
                    || tagged.entry_at(j, List::Institutions).is_some()
                    || tagged.entry_at(j, List::Outlets).is_some()
            })
            || k > first
                && tagged.is(k, "by")
                && tagged.tokens[k + 1].capitalized()
                && !tagged.word_in(k + 1, List::Places)
                && tagged.entry_at(k + 1, List::Places).is_none()
    })
}

/// A rough plural test for a head noun: "officials", "aides", not "boss".
pub(crate) fn is_plural(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.bytes(k);
    (w.ends_with(b"s") && !w.ends_with(b"ss"))
        || [
            "people", "men", "women", "children", "police", "media", "staff",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
}

/// Whether token `k` is a plural that names people by what they do
/// ("makers", "politicians", "critics", "representatives").
pub(crate) fn names_people_by_trade(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.bytes(k);
    let trade = w.len() > 5
        && [&b"ers"[..], b"ors", b"ists", b"ians", b"ants", b"ees"]
            .iter()
            .any(|s| w[w.len() - s.len()..].eq_ignore_ascii_case(s));
    trade && !tagged.in_set(k, &NOT_PEOPLE)
}

/// Whether token `k` is a singular noun that names a person by what they
/// do ("broker", "trader", "economist", "analyst"), by its shape.
pub(crate) fn names_a_person_by_trade(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.bytes(k);
    w.len() > 4
        && [&b"er"[..], b"or", b"ist", b"ian", b"ant"]
            .iter()
            .any(|s| w[w.len() - s.len()..].eq_ignore_ascii_case(s))
}

/// Plurals shaped like [`names_people_by_trade`]'s that name things.
#[rustfmt::skip]
static NOT_PEOPLE: WordSet<512> = word_set![
    "numbers", "others", "papers", "letters", "matters", "orders", "centers", "centres", "offers",
    "powers", "towers", "waters", "borders", "computers", "chapters", "corners", "headquarters",
    "quarters", "layers", "filters", "servers", "containers", "posters", "printers", "rivers",
    "markers", "factors", "sectors", "motors", "errors", "mirrors", "doors", "floors", "colors",
    "colours", "vectors", "monitors", "indicators", "reactors", "tractors", "corridors", "rumors",
    "rumours", "favors", "favours", "honors", "honours", "tumors", "behaviors", "behaviours",
    "answers", "cancers", "covers", "dinners", "summers", "winters", "barriers", "banners",
    "disasters", "registers", "meters", "kilometers", "characters", "parameters", "thrillers",
    "blockbusters", "chambers", "waivers", "transfers", "fibers", "fibres", "flowers",
    "plants", "grants", "restaurants", "variants", "implants", "pants", "fees", "degrees", "trees",
    "knees", "guarantees", "committees", "stickers", "headers", "trailers", "teasers", "spoilers",
    "timers", "lockers", "shutters", "ladders", "gears", "years", "ears", "tears", "carriers",
    "shares", "hours", "weathers", "wonders", "dollars", "standards", "terms", "rules", "plans",
    "regulations", "helicopters", "detectors", "scanners", "recorders", "transmitters",
    "receivers", "routers", "controllers", "boosters", "chargers", "containers", "processors", "semiconductors", "sensors",
    "generators", "elevators", "refrigerators", "calculators", "fingers", "shoulders", "burgers",
    // Surnames of that shape ("Sanders Says He Can Win", "Rogers said").
    "sanders", "rogers", "rodgers", "peters", "myers", "meyers", "walters", "withers", "ayers",
    "byers", "akers", "somers", "masters",
];

/// Whether the cue is a verb that only documents and bodies take.
pub(crate) fn is_document_verb(tagged: &Tagged, cue: &Cue) -> bool {
    cue.kind == CueKind::Verb
        && (tagged.is_any(cue.first, DOCUMENT_VERBS)
            // (A poll's standing, "the poll puts Obama's approval at";
            // anyone may put a figure at a number.)
            || cue.first == cue.last
                && tagged.is_any(cue.first, POLL_VERBS)
                && cue.first > 0
                && tagged.is_any(cue.first - 1, crate::cue::POLLS))
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
    name.is_some_and(|(f, l)| {
        // "E.U. leaders": an abbreviation's full stop is part of the name.
        let abbreviated = l < scope_end
            && tagged
                .tokens
                .get(l + 1)
                .is_some_and(|t| t.kind() == Kind::Period);
        let l = l + usize::from(abbreviated);
        // ("Moderate Republicans and their allies": a capitalised group's
        // plural after a one-word name, ending the capitals, is its noun;
        // not in a body's name, "the CORE Teachers", "Society of Civil
        // Engineers".)
        let group_after = f == l
            && l < scope_end
            && !is_acronym(tagged.word(l))
            && tagged.word_in(l + 1, List::GroupNouns)
            && super::is_plural(tagged, l + 1)
            && !tagged.tokens.get(l + 2).is_some_and(|t| t.capitalized());
        l == scope_end
            || !group_after
                && !tagged.tokens.get(l + 1).is_some_and(|t| {
                    t.is_word()
                        && t.lowercase()
                        && !tagged.is_any(
                            l + 1,
                            words!["of", "for", "at", "from", "in", "with", "who"],
                        )
                })
    })
}

/// "some in the Tory party", "many within the White House": unnamed
/// members of the body named after the quantifier.
pub(crate) fn some_within(tagged: &Tagged, first: usize, last: usize) -> bool {
    last > first + 1
        && tagged.is_any(first, SOME_PEOPLE)
        && tagged.is_any(
            first + 1,
            words!["in", "within", "inside", "among", "at", "across"],
        )
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
                    "at",
                    "of",
                    "for",
                    "to",
                    "in",
                    "from",
                    "with",
                    "on",
                    "inside",
                    "within",
                    "across",
                    "around",
                    "like",
                    "including",
                    "such",
                    // ("A lawyer representing Mr Doherty and Mr Wass".)
                    "representing",
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
        // Honours and degrees after a name ("Ben Emmerson QC"): a person's.
        "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "PHD", "MD", "JP",
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

/// The "in" (or "across", "throughout") before `name`, after the mention's
/// first word, when the name is a place: every capitalised word of it is in
/// the places list, or it ends a region's name.
fn place_after_in(tagged: &Tagged, first: usize, (a, b): (usize, usize)) -> Option<usize> {
    let is_place = (a..=b).all(|k| {
        !tagged.tokens[k].capitalized()
            || tagged.word_in(k, List::Places)
            || tagged.entry_ending_at(k, List::Places)
            // ("Newspapers in Ohio": a state is a place too.)
            || tagged.entry_ending_at(k, List::Regions)
    });
    let at = a
        .checked_sub(1)
        .filter(|&k| k > first && tagged.is_any(k, words!["in", "across", "throughout"]))?;
    // ("Zubair Ahmed in Mumbai", "Human Rights Watch in Geneva": after a
    // name of two words or more, any name but a body's is where its owner
    // is; "Democrats in Congress" are its members.)
    let body_after = || {
        (a..=b).any(|k| {
            tagged.word_in(k, List::InstitutionNouns)
                || tagged.word_in(k, List::Institutions)
                || tagged.entry_ending_at(k, List::Institutions)
        })
    };
    let full_name_before = at >= first + 2
        && tagged.is(at, "in")
        && tagged.tokens[at - 1].capitalized()
        && tagged.tokens[at - 2].capitalized()
        && !tagged.entry_ending_at(at - 1, List::Places)
        && !tagged.entry_ending_at(at - 1, List::Regions);
    // ("Tourists in Porto", "voters in Maricopa": people of a plural, in a
    // place the lists may not know.)
    let people_before = at > first
        && tagged.is(at, "in")
        && is_plural(tagged, at - 1)
        && !tagged.word_in(at - 1, List::MediaNouns)
        && (tagged.word_in(at - 1, List::GroupNouns)
            || tagged.word_in(at - 1, List::PersonNouns)
            || names_people_by_trade(tagged, at - 1));
    (is_place || (full_name_before || people_before) && !body_after()).then_some(at)
}
