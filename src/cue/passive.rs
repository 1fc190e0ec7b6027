//! A cue verb as a reduced passive or participle that reports no words:
//! "the fee charged", "a film written by", "deemed unsafe".

use super::*;

/// A sum or a fee among the three words from `from` ("£10 subscription
/// fee", "monthly fee"): a price charged, no accusation.
fn charged_fee(tagged: &Tagged, from: usize) -> bool {
    #[rustfmt::skip]
    const FEES: &[u64] = words![
        "fee", "premium", "subscription", "levy", "surcharge", "commission",
    ];
    (from..from + 3).any(|k| {
        ["$", "£", "€"]
            .iter()
            .any(|c| tagged.bytes(k).starts_with(c.as_bytes()))
            || tagged.is_any(k, FEES)
    })
}

/// "companies accused of moving oil": the passive of a reduced relative.
/// "UK TV channel rapped for CSI ad", "Labour attacked on Howard poster":
/// in a short headline, which ends in a word, a participle before "for",
/// "over" or "on" is a passive said of the name ("has he called for changing
/// ...?" ends in a mark). Asked of every cue; [`headline_passive`] tells
/// the passives of a few verbs of urging and warning before "to".
pub(super) fn blamed_in_a_headline(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    // ("The bank warned on Tuesday of": "on" a day says when.)
    let on_a_day = || {
        tagged.is(i + 1, "on")
            && tagged
                .tokens
                .get(i + 2)
                .is_some_and(|_| crate::source::is_day_or_month(tagged.word(i + 2)))
    };
    tagged.is_any(i + 1, words!["for", "over", "on"])
        && !on_a_day()
        && tagged.bytes(i).ends_with(b"ed")
        && t[i - 1].is_word()
        && range.len() <= 16
        && t[range.end - 1].is_word()
}

/// "accused of", "the man credited with": a passive participle after its
/// noun, whose agent goes unsaid (the active verb takes its object first,
/// "credited Band with").
pub(crate) fn passive_of(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(
        i,
        words!["accused", "charged", "suspected", "alleged", "credited"],
    ) && tagged.is_any(i + 1, words!["of", "with"])
        // ("a professor likened to Indiana Jones": the writer's comparison.)
        // ("which Mr Trump and others have likened to" is theirs.)
        || tagged.is(i, "likened")
            && tagged.is(i + 1, "to")
            && i > 0
            && tagged.tokens[i - 1].lowercase()
            && !tagged.is_any(i - 1, words!["have", "has", "had", "who", "also"])
}

pub(super) fn reduced_passive(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    passive_of(tagged, i)
        || raised_passive(tagged, range, i)
        || keeps_doing(tagged, i)
        || withholds_name(tagged, i)
        || delivers_goods(tagged, i)
        || writes_a_work(tagged, i)
        || publishes_a_title(tagged, i)
        || expecting_a_child(tagged, i)
        || slams_a_thing(tagged, i)
        || advises_a_client(tagged, i)
        || defends_a_title(tagged, i)
        || shares_a_prize(tagged, i)
        || meant_for_a_measure(tagged, i)
        || testifies_at_a_place(tagged, i)
        || blamed_in_a_headline(tagged, range, i)
        || (tagged.is(i, "compared") && tagged.is_any(i + 1, words!["to", "with"]))
        // ("Some networks charge up to £1 a megabyte", "charged $40 for
        // it": a price asked, no accusation.)
        || (tagged.is_any(i, words!["charge", "charges", "charged", "charging"])
            && (tagged.is(i + 1, "up") && tagged.is(i + 2, "to")
                || ["$", "£", "€"].iter().any(|c| tagged.bytes(i + 1).starts_with(c.as_bytes()))
                || tagged.is_any(i + 1, words!["customers", "fees", "users", "interest"])
                // ("charges a £10 subscription fee", "charged a fee").
                || tagged.is_any(i + 1, words!["a", "an"]) && charged_fee(tagged, i + 2)))
        // ("Trump claims nomination", "claimed the title": a prize won;
        // "claiming victory" is a claim.)
        || (tagged.is_any(i, words!["claims", "claimed", "claim", "claiming"]) && {
            let k = if tagged.is_any(i + 1, words!["the", "his", "her", "their", "its", "a"]) {
                i + 2
            } else {
                i + 1
            };
            tagged.is_any(
                k,
                words![
                    "nomination", "title", "crown", "seat", "prize", "gold", "medal", "throne",
                    "trophy", "championship", "spot"
                ],
            )
            // ("claimed the win was tainted": the noun opens a clause.)
            && !crate::source::is_auxiliary(tagged, k + 1)
        })
        // ("Players sought for $1m prize", "an alliance agreed in 2000": a
        // passive participle after its noun.)
        // ("Rubio's campaign has sought for months", "the union agreed in
        // 2011 to a deal": active.)
        || (tagged.is(i, "sought")
            && tagged.is_any(i + 1, words!["for", "by"])
            && !(i > 0 && crate::source::is_auxiliary(tagged, i - 1)))
        || (tagged.is(i, "agreed")
            && tagged.is(i + 1, "in")
            && crate::token::is_numeral(tagged.bytes(i + 2))
            && tagged
                .tokens
                .get(i + 3)
                .is_none_or(|t| matches!(t.kind(), Kind::Period | Kind::Comma)))
        // ("The bureau cited in Trump's tweet does not exist": named in a
        // text, no citing of the subject's.)
        || (tagged.is(i, "cited") && tagged.is(i + 1, "in"))
        || deemed_so(tagged, range, i)
        // ("claiming 41 percent of the vote": a share won; "the 10-year
        // Treasury note": a bond.)
        || (tagged.is_any(i, words!["claiming", "claimed", "claims", "claim"])
            && crate::token::is_numeral(tagged.bytes(i + 1))
            && crate::attribute::is_share_unit(tagged, i + 2))
        || (tagged.is_any(i, words!["note", "notes"])
            && i > 0
            && tagged.is_any(i - 1, words!["treasury", "promissory", "bank", "suicide"]))
        // ("a puppet voiced by Willie Rushden": an actor's part.)
        || (tagged.is(i, "voiced") && tagged.is(i + 1, "by"))
        || object_gap(tagged, i)
        || stranded_preposition(tagged, range, i)
        || (tagged.is(i, "refused")
            && tagged.is_any(
                i + 1,
                words![
                    "entry",
                    "bail",
                    "permission",
                    "access",
                    "admission",
                    "visas",
                    "service"
                ],
            ))
}

/// "64 emails now deemed classified": judged so by no one named, a reduced
/// passive before its predicate ("The inspectors deemed the building
/// unsafe" is a verdict, its object after it); "some it deemed terrorists",
/// "what the US deemed terrorist acts": a judgment inside a noun phrase,
/// no claim of the sentence's.
fn deemed_so(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    if !tagged.is(i, "deemed") || i <= range.start {
        return false;
    }
    let prev = i - 1;
    let object_follows = tagged.tokens.get(i + 1).is_some_and(|t| {
        t.capitalized()
            || tagged.in_set(i + 1, &DETERMINERS)
            || crate::source::pronoun_at(tagged, i + 1).is_some()
            || tagged.is_any(i + 1, words!["him", "her", "them", "us", "me"])
    });
    let reduced = !tagged.is(i + 1, "by")
        && !object_follows
        && tagged.tokens[prev].lowercase()
        && (tagged.is_any(prev, words!["now", "later", "once", "since"])
            || tagged.is_ly_adverb(prev)
            || crate::source::is_plural(tagged, prev)
                && !crate::source::is_auxiliary(tagged, prev));
    // (A pronoun subject right after "some", "what", "those": the object's
    // gap; "Many analysts deemed the plan a failure" is a verdict.)
    let gap = i >= range.start + 2
        && tagged.is_any(
            i - 2,
            words!["some", "what", "those", "whom", "many", "all"],
        )
        && crate::source::pronoun_at(tagged, prev).is_some()
        || i >= range.start + 3 && tagged.is(i - 3, "what") && tagged.is(i - 2, "the");
    reduced || gap
}

/// "will defend his 200m title", "defends her seat": a contest, not a
/// position ("defended the decision" is one).
fn defends_a_title(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const HELD: &[u64] = words![
        "title", "titles", "crown", "crowns", "seat", "seats", "championship", "belt", "lead",
        "majority", "states", "districts",
    ];
    // ("defending a number of red states": a few words may come first.)
    tagged.is_any(i, words!["defend", "defends", "defended", "defending"])
        && object_among(tagged, i, 5, HELD)
}

/// "a background checks proposal intended to place senators in a bind":
/// a measure's purpose, a reduced relative clause after its noun, not a
/// claim ("he intended to" is an intention).
fn meant_for_a_measure(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const MEASURES: &[u64] = words![
        "proposal", "proposals", "bill", "bills", "measure", "measures", "plan", "plans", "law",
        "laws", "policy", "policies", "program", "programs", "programme", "programmes",
        "legislation", "amendment", "amendments", "rule", "rules", "scheme", "schemes", "ad",
        "ads", "effort", "efforts", "move",
    ];
    i > 0
        && tagged.is_any(i, words!["intended", "designed", "meant", "aimed"])
        && tagged.is_any(i - 1, MEASURES)
        && tagged.tokens[i - 1].lowercase()
}

/// "shared the best actress award", "shared another trait": a prize or a
/// likeness in common ("shared her belief that" is a claim).
pub(crate) fn shares_a_prize(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const THINGS: &[u64] = words![
        "award", "awards", "prize", "prizes", "trait", "traits", "title", "honours", "honors",
        "lead", "stage", "spoils",
    ];
    tagged.is_any(i, words!["share", "shares", "shared", "sharing"])
        && object_among(tagged, i, 4, THINGS)
}

/// "will testify before the House Oversight Committee", "will testify
/// later in the trial": a witness's appearance, its evidence unreported
/// ("testified that", "will testify to that" report it).
fn testifies_at_a_place(tagged: &Tagged, i: usize) -> bool {
    // ("After Clinton testified, ...": no more than that.)
    let alone = tagged
        .tokens
        .get(i + 1)
        .is_none_or(|t| matches!(t.kind(), Kind::Comma | Kind::Period));
    // ("“I saw him,” Smith testified.": a quotation's tag.)
    let tags_a_quotation = (i.saturating_sub(6)..i).any(|k| tagged.quoted[k]);
    tagged.is_any(i, words!["testify", "testifies", "testified", "testifying"])
        && (alone && !tags_a_quotation
            || tagged.is_any(
                i + 1,
                words!["before", "at", "in", "later", "next", "during", "on"],
            ))
        // (A past testimony on a topic may be reported: "testified before
        // Congress on the attacks"; one to come is not yet given.)
        && (i > 0 && tagged.is_any(i - 1, words!["will", "to", "would"])
            || !object_among(tagged, i, 8, words!["about", "on", "regarding"]))
        && !object_among(tagged, i, 8, words!["that"])
}

/// "the stereotypes that Alex talked about.", "the dangers he warned of,":
/// a verb whose preposition ends its clause, the thing talked about the
/// noun before it; nothing is reported.
fn stranded_preposition(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i + 1, words!["about", "of"])
        && (i + 2 >= range.end
            || tagged
                .tokens
                .get(i + 2)
                .is_some_and(|t| matches!(t.kind(), Kind::Period | Kind::Comma)))
}

/// "takes back everything he said": the cue is in a clause describing a
/// thing, with no claim of its own.
fn object_gap(tagged: &Tagged, i: usize) -> bool {
    i >= 2
        && tagged.is_any(i - 1, words!["he", "she", "they", "we", "i", "you"])
        && (tagged.is_any(
            i - 2,
            words!["everything", "anything", "nothing", "something", "whatever"],
        )
            // ("the film, which he wrote, directed and starred in": a work
            // written, no words of it reported.)
            || tagged.is_any(i - 2, words!["which", "that"])
                && tagged.is_any(i, words!["wrote", "written", "penned", "composed"])
                && tagged.tokens.get(i + 1).is_none_or(|t| {
                    matches!(t.kind(), Kind::Comma | Kind::Period) || tagged.is(i + 1, "and")
                }))
}

/// "slammed his racket onto the ground", "slammed the door", "slammed
/// well over the bar": a blow or a shot, not words.
fn slams_a_thing(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["slam", "slams", "slammed", "slamming"])
        && (i + 1..i + 4).any(|k| {
            tagged.is_any(
                k,
                words![
                    "door", "doors", "racket", "racquet", "fist", "fists", "brakes", "ball",
                    "phone", "car", "head", "into", "onto", "shut",
                ],
            )
        })
        // ("slammed well over the bar", "slammed home": a shot.)
        || tagged.is_any(i, words!["slammed", "slams"])
            && {
                let k = if tagged.is(i + 1, "well") { i + 2 } else { i + 1 };
                tagged.is_any(k, words!["over", "wide", "home", "high", "past"])
            }
}

/// "when he wrote his book", "wrote the law": writing a work, not a claim
/// ("wrote in his book that" is one).
pub(super) fn writes_a_work(tagged: &Tagged, i: usize) -> bool {
    const WORKS: &[u64] = words![
        "book",
        "books",
        "memoir",
        "memoirs",
        "novel",
        "novels",
        "song",
        "songs",
        "script",
        "screenplay",
        "music",
        "lyrics",
        "law",
        "laws",
        "bill",
        "bills",
        "legislation",
        "code",
        "check",
        "checks",
        "cheque",
        "biography",
        "autobiography",
        "play",
        "plays",
        "poem",
        "poems",
        "opera",
        "software",
        "story",
        "stories",
        "episode",
        "episodes",
        "film",
        "films",
        "scripts",
    ];
    tagged.is_any(
        i,
        words![
            "write",
            "writes",
            "wrote",
            "written",
            "writing",
            "co-wrote",
            "co-written"
        ],
    ) && {
        // The words right after the verb, up to any punctuation (and so
        // never into the next sentence).
        let after =
            (i + 1..i + 4).take_while(|&k| tagged.tokens.get(k).is_some_and(Token::is_word));
        // ("wrote, directed and starred in the film": a work's making,
        // listed.)
        let made = tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind() == Kind::Comma)
            && tagged.is_any(
                i + 2,
                words!["directed", "produced", "starred", "edited", "composed"],
            );
        made || after.clone().any(|k| tagged.is_any(k, WORKS))
            && !after
                .clone()
                .any(|k| tagged.is_any(k, words!["in", "that", "to"]))
    }
}

/// "which publishes The Sun", "publishes magazines": a publisher's trade, not
/// a claim ("published a report saying" is one).
/// "Chelsea Clinton, husband expecting second child": a birth awaited;
/// "Fans can expect a tough game": a thing in store.
fn expecting_a_child(tagged: &Tagged, i: usize) -> bool {
    const BEFORE: &[u64] = words![
        "a", "an", "their", "her", "his", "second", "first", "third", "fourth", "another", "new",
    ];
    // (The verb first: asked of every cue word.)
    if !tagged.is_any(i, words!["expecting", "expect", "expects", "expected"]) {
        return false;
    }
    let noun = (i + 1..i + 4)
        .take_while(|&k| tagged.tokens.get(k).is_some_and(|t| t.is_word()))
        .find(|&k| !tagged.is_any(k, BEFORE));
    // (Not "a child care bill": no lowercase word but a preposition after
    // the noun.)
    let ends_phrase = |k: usize| {
        !tagged.tokens.get(k + 1).is_some_and(|t| {
            t.is_word() && t.lowercase() && !tagged.in_set(k + 1, &crate::source::PREPOSITIONS)
        })
    };
    // ("Fans can expect a tough game", "can expect a decision by the end of
    // the month": what is in store for them, no belief of theirs.)
    let in_store = i > 0
        && tagged.is(i, "expect")
        && tagged.is_any(i - 1, words!["can", "could"])
        && tagged.is_any(i + 1, words!["a", "an", "the", "more", "some", "no"]);
    in_store
        || noun.is_some_and(|k| {
            tagged.is_any(
                k,
                words!["child", "baby", "twins", "triplets", "son", "daughter"],
            ) && ends_phrase(k)
        })
}

fn publishes_a_title(tagged: &Tagged, i: usize) -> bool {
    const TITLES: &[u64] = words![
        "magazine",
        "magazines",
        "newspaper",
        "newspapers",
        "titles",
        "books",
        "comics",
        "journals",
        "tabloids",
    ];
    if !tagged.is_any(i, words!["publish", "publishes", "published", "publishing"]) {
        return false;
    }
    let k = i + 1 + usize::from(tagged.is_any(i + 1, words!["the", "a", "an"]));
    // (A day or a month after the verb is when, not what: "published Monday".)
    let when = |k: usize| {
        k < tagged.tokens.len()
            && (crate::source::is_day_or_month(tagged.word(k))
                || tagged.is_any(k, words!["last", "this", "today", "yesterday"]))
    };
    tagged.is_any(k, TITLES)
        || (tagged.tokens.get(k).is_some_and(|t| t.capitalized())
            && !when(k)
            && !tagged.is_any(k + 1, words!["that"]))
}

/// "delivered 500 cars": only delivering words ("a speech", "an emotional
/// message", "the verdict") attributes.
fn delivers_goods(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["deliver", "delivers", "delivered", "delivering"])
        && !(i + 1..i + 6).any(|k| {
            tagged.is_any(
                k,
                words![
                    "speech",
                    "speeches",
                    "message",
                    "messages",
                    "remarks",
                    "address",
                    "statement",
                    "warning",
                    "verdict",
                    "ruling",
                    "rebuke",
                    "lecture",
                    "ultimatum",
                    "eulogy",
                    "testimony",
                    "pitch",
                    "critique",
                    "broadside",
                    "tirade",
                    "denunciation",
                    "defence",
                    "defense",
                ],
            )
        })
}

/// "who asked not to be named", "spoke on condition of anonymity": the
/// words withhold a name; they attribute nothing themselves.
fn withholds_name(tagged: &Tagged, i: usize) -> bool {
    let from = |k: usize| tagged.entry_at(k, List::Anonymity).is_some();
    from(i)
        || (tagged.is(i + 1, "not") && from(i + 1))
        || (tagged.is(i + 1, "on") && tagged.is(i + 2, "condition") && from(i + 2))
}

/// "continued to hold events": going on doing something, not speaking on.
fn keeps_doing(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(
        i,
        words!["continue", "continues", "continued", "continuing"],
    ) && (tagged.is(i + 1, "to")
        // "Story continues below": a page's furniture.
        || tagged.is_any(i + 1, words!["below", "reading", "after", "on"]))
}

/// "a seat long thought to be safe", "a video expected to be damaging":
/// without "is" before it, the passive describes a noun; nobody holds the
/// view (with "is", it is a hedge).
fn raised_passive(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let to_be = tagged.is(i + 1, "to") && tagged.is_any(i + 2, words!["be", "have"]);
    let raising = tagged.is_any(
        i,
        words![
            "thought",
            "believed",
            "considered",
            "known",
            "rumored",
            "rumoured",
            "understood"
        ],
    ) && tagged.is(i + 1, "to");
    // Looked for only after a raising verb, which few cues are.
    let by_auxiliary = || {
        (range.start..i)
            .rev()
            .take(3)
            .any(|k| tagged.is_any(k, words!["is", "are", "was", "were", "be", "been", "being"]))
    };
    (raising
        || (to_be && tagged.is_any(i, words!["expected", "said", "reported", "alleged", "seen"])))
        && !by_auxiliary()
}
