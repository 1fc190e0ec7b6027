//! Set phrases and deeds that use a cue verb for no claim: "went on
//! sale", "claimed the title", "agreed a deal", "called an election".

use super::*;

/// Kinds of programme before "show" ("the hit show", "a chat show").
#[rustfmt::skip]
const PROGRAMMES: &[u64] = words![
    "hit", "chat", "talk", "game", "quiz", "tv", "radio", "stage", "comedy", "reality",
    "fashion", "trade", "motor", "breakfast", "cookery",
];

/// Gifts a player shows ("showed his class").
#[rustfmt::skip]
const QUALITIES: &[u64] = words![
    "class", "quality", "qualities", "nous", "skill", "skills", "form", "pace", "strength",
    "character", "composure", "experience", "worth", "talent", "mettle", "touch", "power",
    "determination", "resilience", "versatility", "spirit", "speed", "flair",
];

/// "didn't feel well", "felt ill": the body's state, no view ("feels
/// better about the deal" is one).
pub(crate) fn feels_a_state(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const STATES: &[u64] = words![
        "well", "ill", "unwell", "better", "worse", "sick", "tired", "exhausted", "fine", "weak",
        "dizzy", "faint", "pain",
    ];
    tagged.is_any(i, words!["feel", "feels", "felt", "feeling"])
        && (tagged.is_any(i + 1, STATES) && !tagged.is_any(i + 2, words!["that", "about"])
            // ("both players feel their way into the fourth set": a
            // careful start, no view.)
            || tagged.is_any(i + 1, words!["their", "his", "her", "its", "our", "my"])
                && tagged.is(i + 2, "way"))
}

/// "a victory over Tri-Nations champions South Africa", "the defeat of
/// World Cup champions England", "the group champions": the title holders,
/// a noun after a determiner or a preposition and the contest's name
/// ("Democrats champion the bill" is a verb).
fn champions_named(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const CONTESTS: &[u64] = words![
        "group", "league", "cup", "title", "world", "defending", "reigning", "olympic",
        "european", "national", "division", "county", "grand", "slam",
    ];
    const DETERMINERS: &[u64] = words!["the", "a", "an", "their", "his", "her", "its"];
    if !tagged.is_any(i, words!["champions", "champion"]) {
        return false;
    }
    let mut k = i;
    while k > 0
        && i - k < 3
        && !tagged.is_any(k - 1, DETERMINERS)
        && (tagged.tokens[k - 1].capitalized() || tagged.is_any(k - 1, CONTESTS))
    {
        k -= 1;
    }
    k < i
        && k > 0
        && (tagged.in_set(k - 1, &crate::source::PREPOSITIONS) || tagged.is_any(k - 1, DETERMINERS))
}

/// "Toure's late goal gives the Gunners hope for the second leg", "offered
/// fans fresh hope": a hope given or brought, a noun.
fn hope_given(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const GIVING: &[u64] = words![
        "give", "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering",
        "bring", "brings", "brought", "bringing",
    ];
    tagged.is_any(i, words!["hope", "hopes"])
        && (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| tagged.tokens[k].is_word() && !tagged.is_any(k, words!["that", "and"]))
            .any(|k| tagged.is_any(k, GIVING))
}

/// "the account details", "payment details", "scant details": a noun of
/// particulars after a word of their kind ("The report details how" is a
/// verb).
fn details_of_a_kind(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const KINDS: &[u64] = words![
        "account", "payment", "contact", "bank", "card", "personal", "login", "credit", "flight",
        "travel", "booking", "registration", "password", "technical", "financial", "further",
        "full", "more", "few", "exact", "key", "sketchy", "scant", "precise", "specific",
    ];
    i > 0 && tagged.is_any(i, words!["details", "detail"]) && tagged.is_any(i - 1, KINDS)
}

/// "Mr Kerry conceded defeat", "conceded two goals", "conceded a
/// penalty": a contest lost or a score given away, nothing granted in
/// words ("conceded that", "conceded the point" are).
fn concedes_a_loss(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const LOSSES: &[u64] = words![
        "defeat", "goal", "goals", "penalty", "penalties", "try", "tries", "election", "race",
        "seat", "seats", "set", "sets", "frame", "frames", "corner", "corners", "lead",
        "wicket", "wickets", "runs", "free-kick", "free-kicks", "equaliser", "equalizer",
    ];
    if !tagged.is_any(i, words!["conceded", "concede", "concedes", "conceding"]) {
        return false;
    }
    // (Past an article, an owner or a count: "conceded the election",
    // "conceded 14 goals", "conceded an early penalty".)
    let mut k = i + 1;
    #[rustfmt::skip]
    const COUNTS: &[u64] = words![
        "a", "an", "the", "his", "her", "their", "its", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "no", "few", "more",
    ];
    if tagged.is_any(k, COUNTS) || crate::token::is_numeral(tagged.bytes(k)) {
        k += 1;
    }
    if tagged.is_any(
        k,
        words!["early", "late", "second", "first", "soft", "crucial"],
    ) {
        k += 1;
    }
    tagged.is_any(k, LOSSES)
}

/// "the most passionately supported club", "a more considered approach":
/// a participle graded as an adjective after a determiner, before its
/// noun, no act of anyone's ("most considered it illegal": most people).
fn superlative_participle(tagged: &Tagged, i: usize) -> bool {
    const GRADES: &[u64] = words!["most", "least", "more", "less"];
    if i < 3 || !tagged.bytes(i).ends_with(b"ed") {
        return false;
    }
    let grade = if tagged.is_ly_adverb(i - 1) {
        i - 2
    } else {
        i - 1
    };
    tagged.is_any(grade, GRADES)
        && grade > 0
        && tagged.is_any(
            grade - 1,
            words!["the", "a", "an", "its", "their", "his", "her", "our", "my", "your"],
        )
        && tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && t.lowercase())
        && !tagged.in_set(i + 1, &crate::source::PREPOSITIONS)
        && !tagged.is_any(
            i + 1,
            words!["that", "than", "the", "a", "an", "to", "by", "as", "it", "him", "her", "them"],
        )
}

/// Words of saying used for deeds and adjectives, told apart by their
/// neighbours: "insisted on removing her top", "responded to Sanders'
/// call", "charged to the net", "the most anticipated", "admitting
/// privileges", "well told", "with noted musicians", "say goodbye". (One
/// look in a set first: most cue words are none of these.)
fn deeds_and_adjectives(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    static WORDS: WordSet<64> = word_set![
        "insisted", "insists", "insist", "insisting", "responded", "respond", "responds",
        "responding", "charged", "charges", "charging", "anticipated", "admitting",
        "told", "noted", "say", "says", "said", "saying", "applauding", "applauded", "applaud",
        "applauds",
    ];
    if i == 0 || !tagged.in_set(i, &WORDS) {
        return false;
    }
    #[rustfmt::skip]
    const PREPOSITIONS: &[u64] = words![
        "with", "by", "from", "of", "among", "including", "to", "for",
    ];
    let prev = i - 1;
    // "insisted on removing her top": a deed pressed ("insisted on his
    // innocence" is a claim).
    let insisted_on_a_deed = tagged.is(i + 1, "on")
        && tagged.is_any(i, words!["insisted", "insists", "insist", "insisting"])
        && tagged.bytes(i + 2).ends_with(b"ing")
        && !tagged.word_in(i + 2, List::CueVerbs);
    // "people who have responded to Sanders' call": a call answered.
    let answered_a_call = tagged.is(i + 1, "to")
        && tagged.is_any(i, words!["responded", "respond", "responds", "responding"])
        && (i + 2..i + 5).any(|k| tagged.is_any(k, words!["call", "calls", "appeal", "appeals"]));
    // "charged to the net", "charged into the box": a run, no charge laid.
    let ran = tagged.is_any(i, words!["charged", "charges", "charging"])
        && tagged.is_any(
            i + 1,
            words!["to", "into", "through", "forward", "down", "up"],
        )
        && !crate::token::is_numeral(tagged.bytes(i + 2));
    // "the most anticipated game", "Eagerly anticipated, ...": things
    // awaited.
    let awaited = tagged.is(i, "anticipated")
        && tagged.is_any(
            prev,
            words!["most", "much", "eagerly", "highly", "keenly", "long"],
        );
    // "admitting privileges at local hospitals": a right, no admission.
    let privileges =
        tagged.is(i, "admitting") && tagged.is_any(i + 1, words!["privileges", "rights"]);
    // "compelling and well told.": a story's praise, no one told.
    let well_told = tagged.is(i, "told")
        && tagged.is_any(
            prev,
            words!["well", "beautifully", "badly", "poorly", "oft"],
        )
        && tagged.tokens.get(i + 1).is_none_or(|t| !t.is_word());
    // "recording with noted jazz musicians": an adjective after a
    // preposition.
    let renowned = tagged.is(i, "noted")
        && tagged.is_any(prev, PREPOSITIONS)
        && tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && t.lowercase())
        && !tagged.is_any(i + 1, words!["that", "the", "a", "an", "how", "in", "on"]);
    // "applauding along with the audience": a crowd's act.
    let clapping = tagged.is_any(i + 1, words!["along", "politely", "loudly", "wildly"])
        && tagged.is_any(i, words!["applauding", "applauded", "applaud", "applauds"]);
    // "can't quite say goodbye": a parting, no words reported.
    let parting = tagged.is_any(i + 1, words!["goodbye", "farewell", "good-bye"])
        && tagged.is_any(i, words!["say", "says", "said", "saying"]);
    insisted_on_a_deed
        || answered_a_call
        || ran
        || awaited
        || privileges
        || well_told
        || renowned
        || parting
        || clapping
}

/// "did not admit or deny any wrongdoing", "without admitting or denying
/// the claims", "neither admitted nor denied": a settlement's formula,
/// no claim either way.
fn admits_nor_denies(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const ADMIT: &[u64] = words!["admit", "admitted", "admitting", "admits"];
    const DENY: &[u64] = words!["deny", "denied", "denying", "denies"];
    let pair = |a: &[u64], b: &[u64]| {
        tagged.is_any(i, a) && tagged.is_any(i + 1, words!["or", "nor"]) && tagged.is_any(i + 2, b)
            || tagged.is_any(i, b)
                && i >= range.start + 2
                && tagged.is_any(i - 1, words!["or", "nor"])
                && tagged.is_any(i - 2, a)
    };
    pair(ADMIT, DENY) || pair(DENY, ADMIT)
}

/// "as they say": an idiom, not a source; "went on sale", "will go on
/// air": an act, not "went on" to say more; "reckon with": to face.
pub(super) fn idiom(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let prev = i - 1;
    admits_nor_denies(tagged, range, i)
        || (tagged.is_any(i, words!["say", "said"])
        && prev > range.start
        && tagged.is_any(prev, words!["they", "we", "you"])
        && tagged.is(prev - 1, "as"))
        // ("since he declared for president": a candidacy entered.)
        || (tagged.is_any(i, words!["declare", "declares", "declared", "declaring"])
            && tagged.is(i + 1, "for")
            && tagged.is_any(
                i + 2 + usize::from(tagged.is(i + 2, "the")),
                words!["president", "presidency", "office", "re-election", "reelection", "senate", "governor", "mayor", "leadership"],
            ))
        || (tagged.is_any(i, words!["went", "go", "goes"])
            && tagged.is(i + 1, "on")
            // ("went on the offensive": the article may come between.)
            && tagged.is_any(
                if tagged.is(i + 2, "the") { i + 3 } else { i + 2 },
                words![
                    "sale",
                    "air",
                    "trial",
                    "strike",
                    "holiday",
                    "display",
                    "tour",
                    "leave",
                    "offense",
                    "offence",
                    "offensive",
                    "defense",
                    "defence",
                    "vacation",
                    // ("then goes on the run from secret agents": a flight.)
                    "run",
                ],
            ))
        // "so the auditors can report on the government's performance": a
        // subject reported on, no claim ("reported on Monday that" is one).
        || (tagged.is_any(i, words!["report", "reports", "reported", "reporting"])
            && tagged.is(i + 1, "on")
            && tagged.is_any(i + 2, words!["the", "a", "an", "its", "his", "her", "their"])
            && !(i + 3..(i + 6).min(range.end)).any(|k| tagged.is(k, "that")))
        || feels_a_state(tagged, i)
        // "whether an individual is who they say they are": an identity
        // claimed, no claim of the sentence's.
        || (tagged.is_any(i, words!["say", "says", "said", "claim", "claims", "claimed"])
            && prev > range.start
            && tagged.is_any(prev - 1, words!["who", "what"])
            && crate::source::pronoun_at(tagged, prev).is_some()
            && crate::source::pronoun_at(tagged, i + 1).is_some()
            && tagged.is_any(i + 2, words!["is", "are", "was", "were"])
            && (i + 3 >= range.end || !tagged.tokens[i + 3].is_word()))
        // "could do wonders for the show", "no wonder": the noun, no
        // question asked ("I do wonder whether" is one).
        || (tagged.is(i, "wonders")
            && tagged.is_any(prev, words!["do", "does", "did", "doing", "done", "work", "works", "worked"]))
        || (tagged.is(i, "wonder") && tagged.is_any(prev, words!["no", "small", "little"]))
        // "Audiences can expect him to take risks": what the writer
        // promises them, no expectation of theirs.
        || (tagged.is(i, "expect") && {
            // ("can now expect": past an adverb.)
            let modal = if tagged.is_any(prev, words!["now", "also", "still", "surely"]) {
                prev - 1
            } else {
                prev
            };
            tagged.is_any(modal, words!["can", "could", "may", "might"])
        })
        // "Vodafone has found it difficult to compete": a hardship met, no
        // finding.
        || (tagged.is_any(i, words!["found", "find", "finds", "finding"])
            && tagged.is(i + 1, "it")
            && tagged.is_any(
                i + 2,
                words!["difficult", "hard", "easy", "easier", "harder", "tough", "impossible", "necessary", "useful"],
            ))
        // "Their smiles said a lot", "it says volumes about him": what a
        // thing betrays, no words ("said a lot of things" reports some).
        || (tagged.is_any(i, words!["say", "says", "said", "speaks", "spoke"])
            && (tagged.is(i + 1, "volumes")
                || tagged.is(i + 1, "a") && tagged.is(i + 2, "lot") && !tagged.is(i + 3, "of")
                // ("The name says it all"; "said it all along" said it.)
                || tagged.is(i + 1, "it")
                    && tagged.is(i + 2, "all")
                    && !tagged.is_any(i + 3, words!["along", "before", "again"])))
        // "The musical tells the story of a dancer": a plot, no claim.
        || (tagged.is_any(i, words!["tells", "tell"])
            && tagged.is(i + 1, "the")
            && tagged.is_any(i + 2, words!["story", "tale"])
            && tagged.is(i + 3, "of"))
        // "as the man says": a saying, no one's claim.
        || (tagged.is_any(i, words!["says", "said"])
            && tagged.is(prev, "man")
            && prev > range.start + 1
            && tagged.is(prev - 1, "the")
            && tagged.is(prev - 2, "as"))
        // "was asked if he would say yes or no": an answer asked for, none
        // given.
        || (tagged.is(i, "say")
            && tagged.is(prev, "would")
            && prev > range.start + 2
            && crate::source::pronoun_at(tagged, prev - 1).is_some()
            && tagged.is_any(prev - 2, words!["if", "whether"]))
        // "the fellow in charge of mobile TV": a post, no accusation.
        || (tagged.is(i, "charge") && tagged.is(prev, "in"))
        // "to ballot members on strikes in protest at job cuts": why they act.
        || (tagged.is(i, "protest") && tagged.is(prev, "in"))
        // "the producer of the hit show", "a chat show": a programme, no
        // finding shown.
        // ("Footage from the game shows that": a verb before its clause.)
        || (tagged.is_any(i, words!["show", "shows"])
            && !tagged.is_any(i + 1, words!["that", "how", "what", "why", "whether", "who"])
            && tagged.is_any(prev, PROGRAMMES))
        // "Mixed signals from French economy": figures read, no one's signal.
        || (tagged.is_any(i, words!["signals", "signal"])
            && tagged.is_any(
                prev,
                words!["mixed", "conflicting", "positive", "negative", "encouraging", "worrying"],
            ))
        // "flat-screen TVs in high demand": goods sought, no one's call.
        || (tagged.is(i, "demand")
            && prev > range.start
            && tagged.is(prev - 1, "in")
            && tagged.is_any(
                prev,
                words!["high", "great", "strong", "huge", "heavy", "short", "big", "low", "little"],
            ))
        // "as opposed to": a contrast, no stance.
        || (tagged.is(i, "opposed") && tagged.is(prev, "as") && tagged.is(i + 1, "to"))
        // "brought in for questioning", "held for questioning": by the police.
        || (tagged.is(i, "questioning") && tagged.is(prev, "for"))
        // "will have to reckon with": to face, not to think.
        || (tagged.is_any(i, words!["reckon", "reckons", "reckoned", "reckoning"])
            && tagged.is(i + 1, "with"))
        // "ministers said nothing about the dollar": nothing said.
        || (tagged.is_any(i, words!["said", "says", "say"])
            // ("said nothing had changed": an auxiliary after "nothing"
            // makes it a clause's subject, and the clause a claim.)
            && (tagged.is(i + 1, "nothing") && !crate::source::is_auxiliary(tagged, i + 2)
                || tagged.is(i + 1, "little") && ends_saying_little(tagged, i + 2)
                // ("said almost nothing had changed" is a claim.)
                || tagged.is_any(i + 1, words!["almost", "virtually"])
                    && tagged.is(i + 2, "nothing")
                    && ends_saying_little(tagged, i + 3)
                || tagged.is(i + 1, "next")
                    && tagged.is(i + 2, "to")
                    && tagged.is(i + 3, "nothing")
                    && ends_saying_little(tagged, i + 4))
            && !tagged.tokens.get(i + 2).is_some_and(|t| t.kind() == Kind::Comma))
        // "the spokesman was asked by journalists": a question put, no claim.
        || (tagged.is(i, "asked")
            && tagged.is_any(prev, words!["was", "were", "been", "being", "got", "get", "gets"])
            && tagged.is(i + 1, "by"))
        // "Siemens showed off a system": a display, no finding.
        || (tagged.is_any(i, words!["show", "shows", "showed", "shown", "showing"])
            && tagged.is(i + 1, "off"))
        || deeds_and_adjectives(tagged, i)
        || concedes_a_loss(tagged, i)
        || hope_given(tagged, i)
        // "Business fears over sluggish EU economy": fears felt over a
        // thing, a noun.
        || (tagged.is_any(i, words!["fears", "hopes", "concerns"]) && tagged.is(i + 1, "over"))
        || champions_named(tagged, i)
        || details_of_a_kind(tagged, i)
        || superlative_participle(tagged, i)
        || calls_an_event(tagged, i)
        || claims_a_prize(tagged, i)
        // "was determined to win", "a determined effort": resolve, no finding.
        || (tagged.is(i, "determined")
            && (tagged.is(i + 1, "to") || tagged.is_any(prev, BE) || !tagged.tokens[prev].is_word()))
        // "went on to attempt 5.05m", "went on to claim the Cup": what came
        // next, not a word said.
        || (tagged.is(i + 2, "to")
            && tagged.is(i + 1, "on")
            && tagged.is_any(i, words!["went", "go", "goes", "going"])
            && (!tagged.word_in(i + 3, List::CueVerbs)
                && !tagged.word_in(i + 3, List::WeakCueVerbs)
                && !tagged.is(i + 3, "list")
                || claims_a_prize(tagged, i + 3)))
        // "Wanderers hit back through Giannakopoulos": a goal in reply.
        || (tagged.is(i + 1, "back")
            && tagged.is_any(i, words!["hit", "hits", "hitting"])
            && (tagged.is_any(i + 2, words!["through", "with", "when", "after", "from", "to"])
                // ("Italy hit back out of the blue in the 11th minute".)
                || tagged.is(i + 2, "out") && tagged.is(i + 3, "of")
                || (i + 2..i + 6).any(|k| {
                    tagged.is_any(k, words!["minute", "minutes", "half", "quarter", "period"])
                })))
        || acts_on_a_thing(tagged, i)
        // "avoided suggesting", "refrained from saying", "stopped short of
        // saying", "without mentioning": words not said.
        || (tagged.bytes(i).ends_with(b"ing")
            && i > 1
            && (tagged.is_any(i - 1, words!["avoided", "avoid", "avoids", "avoiding", "without"])
                || tagged.is(i - 1, "from")
                    && tagged.is_any(i - 2, words!["refrained", "refrain", "refrains"])
                || tagged.is(i - 1, "of") && tagged.is(i - 2, "short")))
        // "showed no sign of slowing": the writer's observation.
        || (tagged.is_any(i, words!["show", "shows", "showed", "showing"])
            && tagged.is(i + 1, "no")
            && tagged.is_any(i + 2, words!["sign", "signs"]))
        // "the flanker showed his nous to ground the ball": a player's gift
        // on display.
        || (tagged.is_any(i, words!["show", "shows", "showed", "showing"])
            && tagged.is_any(i + 1, words!["his", "her", "their", "its"])
            && tagged.is_any(i + 2, QUALITIES))
        // "refugees admitted into the country": let in, no confession.
        || (tagged.is(i, "admitted")
            && tagged.tokens[prev].lowercase()
            && crate::source::is_plural(tagged, prev)
            && (tagged.is(i + 1, "into")
                || tagged.is(i + 1, "to")
                    && tagged.is_any(i + 2, words!["the", "a", "this"])
                    && (tagged.tokens.get(i + 3).is_some_and(|t| t.capitalized())
                        || tagged.is_any(
                            i + 3,
                            words!["country", "hospital", "school", "university", "college", "program", "programme", "camp"],
                        ))))
        // "viruses written by teenagers", "a book written in 1990": a text
        // made, no claim ("has written that" is one).
        || (tagged.is(i, "written")
            && !tagged.is_any(prev, words!["has", "have", "had", "having", "was", "were", "is", "are", "been"])
            && !tagged.is(i + 1, "that"))
        // "hammering the ball into the net", "hammered home", "blasted
        // wide", "blasts an ace", "blasts a forehand", "blasting out missives":
        // a blow or a shot.
        || (tagged.is_any(
            i,
            words!["hammered", "hammering", "bashed", "bashing", "blast", "blasts", "blasted", "blasting"],
        ) && (i + 1..i + 4).any(|k| {
            tagged.is_any(
                k,
                words![
                    "ball", "shot", "home", "nail", "nails", "door", "into", "in", "wide",
                    "ace", "off", "past", "goal", "free-kick", "penalty", "music", "forehand",
                    "backhand", "volley"
                ],
            )
        }))
        // "Soldiers fired back at the attackers": shots, not words.
        || (tagged.is(i + 1, "back")
            && tagged.is_any(i, words!["fired", "fires", "firing", "shot", "shoots", "shooting"])
            && (i.saturating_sub(3)..i).any(|k| tagged.is_any(k, ARMED))
            && (i + 2..i + 6).any(|k| tagged.is_any(k, ARMED) || tagged.is(k, "shots")))
        || much_told(tagged, range, i)
        || protests_at_a_place(tagged, i)
        || recalls_goods(tagged, i)
        // "should seek out talent", "will seek help": looking for, not
        // asking for a claim; "sought a court injunction", "sought
        // bankruptcy protection": a step at law taken ("The lawsuit seeks
        // damages" is what the filing asks, its position).
        // ("The Post sought more details", "sought comment from": a request
        // put, no position.)
        || (tagged.is_any(i, words!["seek", "seeks", "sought", "seeking"])
            && (tagged.is_any(
                i + 1,
                words!["out", "help", "treatment", "shelter", "refuge", "asylum", "work", "medical"],
            ) || (i + 1..i + 3).any(|k| {
                tagged.is_any(
                    k,
                    words!["details", "comment", "comments", "information", "clarification"],
                )
            })))
        // "promoting the album's second single": selling a work, no view.
        || promotes_a_work(tagged, i)
        // "who often argued with the Finance Ministry": a quarrel, no
        // argument reported ("argued with reporters that" reports one, and
        // "arguing with the host on how" its topic, as a speech's does).
        || (tagged.is_any(i, words!["argued", "argues", "argue", "arguing"])
            && tagged.is(i + 1, "with")
            && !(i + 2..(i + 10).min(range.end))
                .take_while(|&k| tagged.tokens[k].is_word())
                .any(|k| tagged.is_any(k, words!["that", "about", "over", "on"])))
        // "European champions Wasps", "defending champions Chelsea": a
        // title before a team's name.
        || (tagged.is(i, "champions")
            && tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
            && i > range.start
            && (tagged.is_any(i - 1, words!["defending", "reigning", "world", "league", "former", "double"])
                || tagged.tokens[i - 1].capitalized() && {
                    let w = tagged.bytes(i - 1);
                    w.ends_with(b"an") || w.ends_with(b"ish") || w.ends_with(b"ese")
                }))
        || (tagged.is(i, "sought") && (i + 1..i + 4).any(|k| tagged.is_any(k, LEGAL_REMEDIES)))
        // "letting people tell their stories", "makes voters think", "make
        // his supporters feel heard": a verb after a causative's object is
        // what the writer says is caused.
        || caused(tagged, i)
        // "wrote in Ron Paul": a vote for one not on the ballot.
        || (tagged.is_any(i, words!["wrote", "write", "writes", "writing"])
            && tagged.is(i + 1, "in")
            // (A person's name: not "wrote in September", "wrote in Die
            // Zeit".)
            && (tagged.word_in(i + 2, List::MaleNames) || tagged.word_in(i + 2, List::FemaleNames))
            && tagged.tokens.get(i + 3).is_some_and(|t| t.capitalized()))
        // "women who didn't know him": acquainted with someone, no claim.
        || (tagged.is_any(i, words!["know", "knows", "knew", "known", "knowing"])
            && tagged.is_any(
                i + 1,
                words!["him", "her", "them", "me", "us", "you", "each", "one", "anyone", "anybody"],
            ))
        || names_an_act(tagged, range, i)
        // "Lawyers defending Ebbers called": the job that names the lawyers.
        || (tagged.is(i, "defending")
            && tagged.is_any(
                prev,
                words!["lawyers", "attorneys", "lawyer", "attorney", "counsel", "solicitors", "barristers"],
            )
            && tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized()))
        // "..., and it shows.": it is plain to see, no finding.
        || (tagged.is_any(i, words!["shows", "showed"])
            && tagged.is(prev, "it")
            && i + 1 < range.end
            && !tagged.tokens[i + 1].is_word()
            && i + 2 >= range.end)
}

/// What a party sought from a court ("sought an injunction", "sought
/// bankruptcy protection"): a step at law taken, no claim.
const LEGAL_REMEDIES: &[u64] = words![
    "injunction",
    "injunctions",
    "bankruptcy",
    "damages",
    "compensation",
    "extradition",
    "warrant",
    "custody",
    "court",
    "restraining",
];

/// Whether "said little" (or "almost nothing") ends at `k`: a topic or the
/// clause's end follows
/// ("said little about the plan"; not "said little progress had been
/// made", "said little had changed").
fn ends_saying_little(tagged: &Tagged, k: usize) -> bool {
    tagged.is_any(k, words!["about", "on", "of", "publicly", "and", "but"])
        || tagged.tokens.get(k).is_none_or(|t| !t.is_word())
}

/// "promoting the album's second single", "promotes her new book": a work
/// sold, no view promoted; "promoted from the Home Office": a post won.
fn promotes_a_work(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const WORKS: &[u64] = words![
        "single", "album", "book", "film", "movie", "tour", "record", "show", "novel", "memoir",
        "products", "product", "brand", "game", "series", "play", "musical", "release",
    ];
    tagged.is_any(i, words!["promoting", "promotes", "promoted", "promote"])
        && ((i + 1..i + 5).any(|k| tagged.is_any(k, WORKS))
            // ("promoted from the Home Office": a step of a career.)
            || tagged.is(i, "promoted") && tagged.is_any(i + 1, words!["from", "to"]))
}

/// "Bronchitis ruled Davenport out of her Sydney match", "an injury that
/// ruled him out of the tour", "Parmar ruled out of Davis Cup tie": kept
/// from play, by injury, no ruling ("ruled out tax rises", "ruled him out
/// as a successor" are positions).
fn rules_out_of_play(tagged: &Tagged, i: usize) -> bool {
    if tagged.is(i, "ruled") && tagged.is(i + 1, "out") && tagged.is(i + 2, "of") {
        return true;
    }
    tagged.is_any(i, words!["ruled", "rules", "rule", "ruling"])
        // ("ruled Davenport, the 2000 champion, out of": past an aside.)
        && (i + 2..i + 14)
            .take_while(|&k| {
                tagged
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() || t.kind() == Kind::Comma)
            })
            .any(|k| tagged.is(k, "out") && tagged.is(k + 1, "of"))
        && tagged.tokens.get(i + 1).is_some_and(|t| {
            t.capitalized() || tagged.is_any(i + 1, words!["him", "her", "them"])
        })
}

/// "has rejected the chance to become Portsmouth manager", "declined the
/// invitation": a post refused, no view ("rejected the plan" is one).
fn refuses_a_post(tagged: &Tagged, i: usize) -> bool {
    // (Not "rejected a takeover offer", "rejected his approach": a
    // decision on a bid, which a board may explain.)
    const POSTS: &[u64] = words!["chance", "job", "post", "invitation", "role", "position"];
    #[rustfmt::skip]
    const REFUSING: &[u64] = words![
        "reject", "rejects", "rejected", "rejecting", "declined", "declines",
    ];
    tagged.is_any(
        i + 1,
        words!["the", "a", "an", "his", "her", "their", "its"],
    ) && takes_object(tagged, i, REFUSING, POSTS)
}

/// "denied his party the victory", "denied him a visa": a thing withheld
/// from someone, two objects after the verb ("denied the report" has one,
/// the claim denied).
fn withholds_a_thing(tagged: &Tagged, i: usize) -> bool {
    const WHOM: &[u64] = words!["him", "her", "them", "us", "me", "you"];
    const OWNER: &[u64] = words!["his", "her", "their", "its", "our", "my", "your"];
    const THING: &[u64] = words!["the", "a", "an", "any", "access", "entry"];
    if !tagged.is_any(i, words!["denied", "denies", "deny", "denying"]) {
        return false;
    }
    // ("denied him his place", "has denied Elvis his fourth number one":
    // a thing kept from its owner.)
    let thing_or_own = |k: usize| tagged.is_any(k, THING) || tagged.is_any(k, OWNER);
    tagged.is_any(i + 1, WHOM) && thing_or_own(i + 2)
        // ("denied Carter a final-night photo": a name, then the thing.)
        || tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized()) && {
            // (Past a name of up to three words: "denied Ann Lee her".)
            let after = (i + 2..i + 4)
                .find(|&k| !tagged.tokens.get(k).is_some_and(|t| t.capitalized()))
                .unwrap_or(i + 4);
            tagged.is_any(after, words!["a", "an", "any"]) || tagged.is_any(after, OWNER)
        }
        || tagged.is_any(i + 1, OWNER)
            && tagged
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.is_word() && t.lowercase())
            && tagged.is_any(i + 3, THING)
        // ("The keeper denied the same player again": a player kept from
        // scoring.)
        || tagged.is(i + 1, "the")
            && (i + 2..i + 4).any(|k| {
                tagged.is(k, "player") || tagged.in_set(k, &crate::source::PLAYERS)
            })
}

/// A verb of saying used for an act on a thing: a lead kept, a case
/// dismissed, books published, a product unveiled, a post refused.
pub(crate) fn acts_on_a_thing(tagged: &Tagged, i: usize) -> bool {
    rules_out_of_play(tagged, i)
        || refuses_a_post(tagged, i)
        || withholds_a_thing(tagged, i)
        || holds_a_lead(tagged, i)
        || dismisses_a_case(tagged, i)
        || publishes_works(tagged, i)
        || unveils_a_product(tagged, i)
        || agrees_a_deal(tagged, i)
}

/// "It has agreed a content deal with TiVo": a deal made, no view shared
/// ("agreed that", "agreed with the critics", "agreed the deal was a
/// mistake" are views).
fn agrees_a_deal(tagged: &Tagged, i: usize) -> bool {
    const OBJECTS: &[u64] = words![
        "deal",
        "deals",
        "contract",
        "contracts",
        "settlement",
        "merger",
        "takeover",
        "terms",
        "pact",
        "loan",
        "partnership",
        "sale",
        "price",
        "fee",
        "buyout",
        "bid",
        "acquisition"
    ];
    const FINITE: &[u64] = words![
        "is", "was", "were", "are", "will", "would", "could", "should", "had", "has", "must",
        "might", "may"
    ];
    const AGREE: &[u64] = words!["agree", "agrees", "agreed", "agreeing"];
    // ("agreed to a buyout by Verizon": to the deal itself; "agreed to a
    // $7 million settlement": past a sum.)
    let sum = |k: usize| {
        tagged
            .bytes(k)
            .first()
            .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'$' | 0xC2 | 0xE2))
    };
    let to_a_deal = tagged.is_any(i, AGREE)
        && tagged.is(i + 1, "to")
        && tagged.is_any(i + 2, words!["a", "an", "the"])
        && (i + 2..i + 7)
            .take_while(|&k| tagged.tokens.get(k).is_some_and(|t| t.is_word()) || sum(k))
            .any(|k| tagged.is_any(k, OBJECTS));
    // ("agreed a $168m (£89m) settlement": a sum agreed is a deal's.)
    let a_sum = tagged.is_any(i, AGREE) && tagged.is_any(i + 1, words!["a", "an"]) && sum(i + 2);
    (takes_object(tagged, i, AGREE, OBJECTS) || to_a_deal || a_sum)
        && !(i + 2..i + 6).any(|k| tagged.is_any(k, FINITE))
}

/// "Boeing unveils new 777 aircraft", "unveiled the first Macintosh": a
/// thing shown, no plan announced.
fn unveils_a_product(tagged: &Tagged, i: usize) -> bool {
    const UNVEIL: &[u64] = words!["unveil", "unveils", "unveiled", "unveiling"];
    #[rustfmt::skip]
    const PRODUCTS: &[u64] = words![
        "aircraft", "plane", "planes", "jet", "jets", "car", "cars", "model", "models", "phone",
        "phones", "handset", "device", "devices", "console", "statue", "logo", "kit", "shirt",
        "design", "laptop", "computer", "chip", "processor", "robot", "robots", "tool", "tools",
        "macintosh", "vehicle", "satellite", "rocket", "stadium", "memorial", "plaque",
        "portrait", "waxwork", "trailer", "poster", "car's", "version", "prototype", "gadget",
        "camera", "television", "tv", "advert", "adverts", "advertisement", "commercial", "video",
        "website",
        // ("unveils first Spanish campaign ad": an ad released.)
        "ad", "ads",
    ];
    // ("has unveiled its new long-distance 777 plane": five words.)
    takes_object_within(tagged, i, UNVEIL, PRODUCTS, 5)
}

/// "Rubio still maintains an overwhelming lead", "bloggers maintain their
/// own journals": a lead or a thing kept up, no position maintained
/// ("maintains his innocence" is one).
fn holds_a_lead(tagged: &Tagged, i: usize) -> bool {
    const MAINTAIN: &[u64] = words!["maintain", "maintains", "maintained", "maintaining"];
    #[rustfmt::skip]
    const KEPT: &[u64] = words![
        "battle", "fight", "feud", "rivalry", "momentum", "lead", "edge", "advantage", "majority",
        "presence", "control", "ties", "links", "contact", "contacts", "relationship",
        "relations", "offices", "office", "base", "website", "websites", "database", "record",
        "records", "silence", "grip", "hold", "journal", "journals", "site", "sites", "blog",
        "blogs", "pace", "level", "levels", "facilities", "home", "homes", "subsidiaries",
        "array", "network", "balance", "standards", "accounts", "account", "rates", "services",
        "roads", "equipment", "fleet", "lock", "stranglehold", "dominance",
    ];
    if !tagged.is_any(i, MAINTAIN) {
        return false;
    }
    // ("maintains records were never altered": a clause, a claim; not
    // after "who", "pundits who maintain journals were able to".)
    let relative = i > 0 && tagged.is_any(i - 1, words!["who", "that", "which"]);
    let clause = !relative
        && (i + 1..i + 5).any(|k| {
            tagged.is_any(k, KEPT)
                && tagged.is_any(
                    k + 1,
                    words!["were", "was", "are", "is", "had", "have", "has", "would", "will"],
                )
        });
    !clause && takes_object(tagged, i, MAINTAIN, KEPT)
}

/// "A judge has dismissed an attempt by Yukos": a ruling on a case, no
/// claim ("dismissed the claims as nonsense", "dismissed the bid as a
/// stunt" are claims).
fn dismisses_a_case(tagged: &Tagged, i: usize) -> bool {
    takes_object(
        tagged,
        i,
        words!["dismiss", "dismisses", "dismissed", "dismissing"],
        words![
            "attempt",
            "bid",
            "case",
            "lawsuit",
            "suit",
            "appeal",
            "motion",
            "petition",
            "application",
        ],
    ) && !(i + 2..i + 6).any(|k| tagged.is(k, "as"))
        // ("Aaliyah claim dismissed by court": the passive, its case before.)
        || tagged.is(i, "dismissed")
            && i > 0
            && tagged.is_any(
                i - 1,
                words!["claim", "claims", "case", "lawsuit", "suit", "appeal", "charges", "charge"],
            )
}

/// "Guy has published many histories": books put out, no finding. (Its
/// twin for writing, [`writes_a_work`], holds only where the cue finder
/// reads a verb: the dev set counts a person's "wrote a memoir" as theirs.)
fn publishes_works(tagged: &Tagged, i: usize) -> bool {
    takes_object(
        tagged,
        i,
        words!["publish", "publishes", "published", "publishing",],
        words![
            "book",
            "books",
            "novel",
            "novels",
            "histories",
            "history",
            "memoir",
            "memoirs",
            "poems",
            "poetry",
            "biography",
            "biographies",
            "works",
            "collection",
            "collections",
            "album",
            "albums",
            "cookbook",
            "titles",
        ],
    )
}

/// People who carry arms, whose "fired back" is shooting.
#[rustfmt::skip]
const ARMED: &[u64] = words![
    "soldiers", "troops", "police", "officers", "guards", "gunmen", "gunman", "militants",
    "rebels", "insurgents", "attackers", "forces", "snipers", "fighters", "army", "marines",
    "soldier", "officer", "guard", "attacker", "sniper",
];

/// "France claimed victory", "White claimed the coaching award", "the
/// crash claimed 40 lives", "Isinbayeva claims new world best": a prize
/// won or lives taken, no claim.
pub(crate) fn claims_a_prize(tagged: &Tagged, i: usize) -> bool {
    // (The stem first: most cue words are no form of "claim".)
    let stem = tagged
        .bytes(i)
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"claim"));
    if !stem || !tagged.is_any(i, words!["claim", "claims", "claimed", "claiming"]) {
        return false;
    }
    // ("the campaign is already claiming victory": declaring it, a claim.)
    let declaring = tagged.is(i, "claiming")
        && (i.saturating_sub(3)..i).any(|k| tagged.is_any(k, words!["is", "are", "was", "were"]));
    if declaring {
        return false;
    }
    // Past an article or a possessive and up to two modifiers ("claim to
    // have had victory" claims a fact).
    let mut k = i + 1;
    if tagged.is(k, "to") {
        return false;
    }
    if tagged.is_any(
        k,
        words!["the", "a", "an", "his", "her", "their", "its", "a", "another"],
    ) {
        k += 1;
    }
    let noun = |k: usize| {
        tagged.is_any(
            k,
            words![
                "victory",
                "victories",
                "nomination",
                "break",
                "cup",
                "championship",
                "series",
                "territory",
                "ground",
                "win",
                "wins",
                "title",
                "titles",
                "award",
                "awards",
                "gold",
                "silver",
                "bronze",
                "medal",
                "medals",
                "crown",
                "prize",
                "trophy",
                "lives",
                "life",
                "seat",
                "seats",
                "spot",
                "place",
                "honours",
                "honors",
                "points",
                "wicket",
                "wickets",
                "scalp",
                "doubles",
                "singles",
                "pole",
                "lead",
                "double",
                "treble",
                "stage",
                "set",
                "sets",
                "frame",
                "frames",
                "tie",
                "championship",
                "cup",
                "momentum",
                // ("England claim Dubai Sevens glory".)
                "glory",
                // ("Isinbayeva claims new world best".)
                "best",
                "record",
                "crown",
                "bronze",
                "medal",
                "prize",
                "trophy",
                "pole",
                "hat-trick",
            ],
        )
    };
    // ("claimed the win was stolen": a clause after the noun is what is
    // claimed.)
    let clause_after = |j: usize| {
        tagged.tokens.get(j + 1).is_some_and(|t| t.lowercase())
            && !tagged.in_set(j + 1, &crate::source::PREPOSITIONS)
            && !tagged.is_any(
                j + 1,
                words!["and", "but", "while", "as", "after", "before"],
            )
    };
    // ("claimed a high-profile victim": a toll, after an article; "claimed
    // victims of the shooting were actors" is a claim.)
    let victim = |j: usize| k > i + 1 && tagged.is_any(j, words!["victim", "victims"]);
    // ("claimed the 200m", "claimed the 10km": a race won.)
    let race = |j: usize| {
        let w = tagged.bytes(j);
        w.first().is_some_and(u8::is_ascii_digit)
            && w.ends_with(b"m")
            && w.iter().filter(|b| !b.is_ascii_digit()).count() <= 2
    };
    (k..k + 4).any(|j| {
        (noun(j) || victim(j) || race(j))
            && !clause_after(j)
            && (k..j).all(|m| tagged.tokens[m].is_word() && !tagged.is(m, "that"))
    })
}

/// "GM is calling back 17,815 cars", "the union called a strike", "called
/// snap elections": calling an event or goods back is an act, not a
/// naming ("called the strike illegal" is one).
fn calls_an_event(tagged: &Tagged, i: usize) -> bool {
    if !tagged.is_any(i, words!["call", "calls", "called", "calling"]) {
        return false;
    }
    if tagged.is(i + 1, "back") {
        return true;
    }
    // "a group called Citizens for Trump", "a film called 'Hours'": a
    // thing named after its noun.
    // ("a spokesman called Trump a liar": a person calls.)
    let named_thing = tagged.is(i, "called")
        && i >= 2
        && tagged.tokens[i - 1].lowercase()
        && !tagged.word_in(i - 1, List::PersonNouns)
        && !tagged.word_in(i - 1, List::Titles)
        && (i.saturating_sub(4)..i - 1).any(|k| tagged.is_any(k, words!["a", "an"]))
        && tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.capitalized() || t.kind() == Kind::Quote);
    if named_thing {
        return true;
    }
    let mut k = i + 1;
    while k < i + 3
        && tagged.is_any(
            k,
            words![
                "a",
                "an",
                "snap",
                "early",
                "general",
                "emergency",
                "special",
                "press",
                "news"
            ],
        )
    {
        k += 1;
    }
    tagged.is_any(
        k,
        words![
            "strike",
            "strikes",
            "election",
            "elections",
            "halt",
            "meeting",
            "meetings",
            "truce",
            "ceasefire",
            "vote",
            "referendum",
            "conference",
            "summit",
            "session",
            "recess",
            "timeout",
        ],
    )
}

/// "a parable much told in economics courses": a participle after a noun
/// and an adverb of frequency describes the noun.
fn much_told(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    i >= range.start + 3
        && tagged.is_any(i - 1, words!["much", "oft", "often", "widely", "frequently", "commonly"])
        && is_past(tagged, i)
        // A determiner and its noun before the adverb ("a parable"); with
        // "by" after, a passive with its agent.
        && tagged.is_any(i - 3, words!["a", "an", "the", "this", "that"])
        && tagged.tokens[i - 2].lowercase()
        && !tagged.is(i + 1, "by")
}

/// "Employees protested outside the stores", "protested in London": a
/// protest held somewhere is an act ("protested in a letter that" and
/// "protested at the decision" are claims).
fn protests_at_a_place(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["protest", "protests", "protested", "protesting"])
        && (tagged.is_any(
            i + 1,
            words![
                "outside",
                "near",
                "across",
                "along",
                "through",
                "throughout"
            ],
        ) || tagged.is(i + 1, "in")
            && (tagged.is(i + 2, "front")
                || tagged.is(i + 2, "the") && tagged.is_any(i + 3, words!["streets", "street"])
                || tagged.tokens.get(i + 2).is_some_and(|t| t.capitalized())))
}

/// "GM is recalling nearly 200,000 vehicles", "recalled its ambassador":
/// goods or envoys called back, not memories told.
fn recalls_goods(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["recall", "recalls", "recalled", "recalling"])
        // ("recalling how in 2004": a memory told.)
        && !tagged.is_any(
            i + 1,
            words!["how", "when", "that", "what", "why", "where", "whether", "the", "his", "her", "their", "being", "seeing"],
        )
        && (i + 1..i + 4)
            .take_while(|&k| tagged.tokens.get(k).is_some_and(Token::is_word))
            .any(|k| {
                // A count right after the verb or an approximation ("nearly
                // 200,000"), not a year in a description ("a 2007 bill").
                let count = tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
                    && (k == i + 1
                        || tagged.is_any(
                            k - 1,
                            words!["nearly", "about", "some", "over", "almost", "around", "roughly", "than"],
                        ));
                count
                    || tagged.is_any(
                        k,
                        words![
                            "cars", "vehicles", "models", "products", "units", "laptops",
                            "batteries", "toys", "phones", "trucks", "drugs", "tablets",
                            "ambassador", "ambassadors", "envoy", "envoys", "million", "millions",
                            "thousands", "hundreds", "sedans", "coupes", "engines", "devices",
                        ],
                    )
            })
}

/// "letting people tell their stories", "makes voters think", "make his
/// supporters feel heard": a base form right after a causative's object
/// (a pronoun or a plural, a determiner at most before it).
fn caused(tagged: &Tagged, i: usize) -> bool {
    const CAUSATIVE: &[u64] = words![
        "let", "lets", "letting", "make", "makes", "making", "made", "help", "helps", "helping",
        "helped",
    ];
    const OBJECTS: &[u64] =
        words!["people", "them", "us", "him", "her", "me", "you", "users", "voters", "readers"];
    const OWNERS: &[u64] =
        words!["his", "her", "their", "its", "our", "my", "your", "the", "some", "many"];
    if i < 2 || !tagged.tokens[i].lowercase() || !base_form(tagged, i) {
        return false;
    }
    let object = i - 1;
    (tagged.is_any(object - 1, CAUSATIVE) && tagged.is_any(object, OBJECTS))
        || object >= 2
            && tagged.is_any(object - 2, CAUSATIVE)
            && tagged.is_any(object - 1, OWNERS)
            && tagged.tokens[object].lowercase()
            && crate::source::is_plural(tagged, object)
}
