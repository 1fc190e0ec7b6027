//! A cue verb naming an act rather than words: "spoke at the rally",
//! "announced his candidacy", "posted a picture", "knows him well".

use super::*;

/// "report daily to a local police station", "reported for duty": going
/// somewhere as bidden, no report.
fn reports_to_a_place(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    if !tagged.is_any(i, words!["report", "reports", "reported", "reporting"]) {
        return false;
    }
    let to = i
        + 1
        + usize::from(tagged.is_any(
            i + 1,
            words!["daily", "weekly", "regularly", "back", "immediately"],
        ));
    tagged.is_any(to, words!["to", "for"])
        && (to + 1..range.end.min(to + 5)).any(|k| {
            tagged.is_any(
                k,
                words![
                    "station", "court", "duty", "work", "camp", "base", "barracks", "hospital",
                    "prison", "headquarters", "training"
                ],
            )
        })
        // ("reported to the court that": words told there.)
        && !(to + 1..range.end.min(to + 8)).any(|k| tagged.is(k, "that"))
}

/// "Sanders speaks for millions", "the results speak for themselves",
/// "spoke for an hour": standing for many, or how long, not a claim ("spoke
/// for the union" is a spokesperson's act, and left a cue).
fn speaks_for(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const MANY: &[u64] = words![
        "themselves", "itself", "himself", "herself", "millions", "thousands", "many", "most",
        "all", "an", "about", "nearly", "more", "hours", "minutes",
    ];
    let many = |k: usize| {
        tagged.is_any(k, MANY) || tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
    };
    tagged.is_any(i, words!["speak", "speaks", "spoke", "speaking"])
        && tagged.is(i + 1, "for")
        && many(i + 2)
}

/// "Rothschild is advising Mr Glazer", "advised the club on the bid": a
/// firm's service to a client named after it, not a claim ("advised Mr
/// Glazer to sell", "advised them that" are claims).
pub(super) fn advises_a_client(tagged: &Tagged, i: usize) -> bool {
    let tokens = &tagged.tokens;
    if !tagged.is_any(i, words!["advising", "advises", "advised", "advise"]) {
        return false;
    }
    // "advises big corporations", "advised on three of them": clients or
    // deals served, however many.
    #[rustfmt::skip]
    const CLIENTS: &[u64] = words![
        "corporations", "companies", "clients", "firms", "governments", "banks", "investors",
        "deals", "mergers",
    ];
    let served = object_among(tagged, i, 3, CLIENTS) && !tagged.is_any(i + 1, words!["that", "to"]);
    const ISSUES: &[u64] = words!["issue", "matter", "question", "need", "importance"];
    // ("will advise on media strategy": a field served; "advised on how
    // to" and "advised on whether" give advice.)
    const OPEN: &[u64] = words!["how", "whether", "what", "when", "which", "why", "ways"];
    let on_deals = tagged.is(i + 1, "on")
        && (crate::token::is_numeral(tagged.bytes(i + 2))
            || tagged.is_any(
                i + 2,
                words!["three", "two", "four", "five", "several", "many", "the", "a"],
            ) && !tagged.is_any(i + 3, ISSUES)
            || tokens
                .get(i + 2)
                .is_some_and(|t| t.is_word() && t.lowercase())
                && !tagged.in_set(i + 2, &DETERMINERS)
                && !tagged.is_any(i + 2, OPEN)
                && !tagged.is_any(i + 2, ISSUES));
    if served || on_deals {
        return true;
    }
    // The client: a name, or a body after "the".
    let mut k = i + 1;
    if tagged.is(k, "the") {
        k += 1;
    }
    let named = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.capitalized() && t.is_word())
    };
    if !named(k) || tagged.quoted[k] {
        return false;
    }
    // ("Advised Clinton To Use": a headline's capitals end the name at "To".)
    const CLAIM: &[u64] = words!["to", "that", "not", "against", "it", "them"];
    while (named(k + 1) && !tagged.is_any(k + 1, CLAIM))
        || tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Period) && named(k + 2)
    {
        k += 1;
    }
    !tagged.is_any(k + 1, CLAIM) && !tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Colon)
}

/// Whether one of the `n` words right after the verb at `i` is one of
/// `things`, looking no further than any punctuation (and so never into the
/// next sentence): the object that tells a deed from a claim ("shared the
/// best actress award", "defending a number of red states").
pub(super) fn object_among(tagged: &Tagged, i: usize, n: usize, things: &[u64]) -> bool {
    (i + 1..i + 1 + n)
        .take_while(|&k| tagged.tokens.get(k).is_some_and(Token::is_word))
        .any(|k| tagged.is_any(k, things))
}

/// "revives questions", "faces claims": the object of another verb.
pub(super) fn object_of_verb(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let prev = i - 1;
    let p = tagged.bytes(prev);
    // "found support slipping", "drew praise": a noun after a past tense
    // ("voters polled say" is a verb after a participle, not listed here).
    let past = tagged.tokens[prev].lowercase()
        && is_past(tagged, prev)
        && !tagged.is_any(
            prev,
            words!["polled", "surveyed", "asked", "interviewed", "contacted"],
        );
    if past
        && tagged.is_any(
            i,
            words!["support", "praise", "hope", "fear", "concern", "plan", "view", "call", "claim"],
        )
    {
        return true;
    }
    // "expressed similar doubts", "voiced serious concerns": a plural
    // after an adjective and a past tense is that verb's object.
    if prev > range.start
        && tagged.is_any(
            prev,
            words!["similar", "serious", "grave", "deep", "growing", "strong", "early"],
        )
        && tagged.tokens[prev - 1].lowercase()
        && is_past(tagged, prev - 1)
        && tagged.bytes(i).ends_with(b"s")
    {
        return true;
    }
    // "locked in support from older voters": a noun after a preposition.
    if tagged.is(i, "support")
        && tagged.is_any(
            prev,
            words!["in", "of", "for", "with", "without", "from", "behind"],
        )
    {
        return true;
    }
    // "McCain's 62 percent support", "41% support": a share of the vote.
    // ("Clinton support 20 percent)": after it too, to the clause's end;
    // "Senators support 20 percent cuts" back a cut.)
    // ("hold times for customer support": a service.)
    if tagged.is(i, "support")
        && (tagged.is_any(prev, words!["percent", "%", "points", "cent"])
            || crate::token::is_numeral(tagged.bytes(prev))
            || crate::token::is_numeral(tagged.bytes(i + 1))
                && tagged.is_any(i + 2, words!["percent", "%"])
                && tagged.tokens.get(i + 3).is_none_or(|t| !t.is_word())
            || tagged.is_any(
                prev,
                words![
                    "customer",
                    "technical",
                    "tech",
                    "life",
                    "air",
                    "financial",
                    "income",
                    "child"
                ],
            ))
    {
        return true;
    }
    // "turn out Clinton support among teachers", "Tory support for the
    // government", "BAA support ahead of": a singular name's support, with
    // no object after it, is a noun ("Millennials support background
    // checks", "Britain and France support some groups" have plural
    // subjects; "Democrats support the bill" an object).
    if tagged.is(i, "support")
        && tagged.tokens[prev].capitalized()
        && !tagged.bytes(prev).ends_with(b"s")
        && !(prev > range.start && tagged.is_any(prev - 1, words!["and", "&"]))
        && (tagged
            .tokens
            .get(i + 1)
            .is_none_or(|t| !t.is_word() || i + 1 >= range.end)
            || tagged.is_any(
                i + 1,
                words![
                    "for", "among", "from", "ahead", "in", "on", "behind", "to", "and", "has",
                    "is", "was"
                ],
            ))
    {
        return true;
    }
    // "Major Companies Pull Support For", "lost support": support given,
    // won or lost, a noun.
    if tagged.is(i, "support")
        && tagged.is_any(
            prev,
            words![
                "pull",
                "pulls",
                "pulling",
                "withdraw",
                "withdraws",
                "withdrawing",
                "lose",
                "loses",
                "losing",
                "gain",
                "gains",
                "gaining",
                "win",
                "wins",
                "winning",
                "lend",
                "lends",
                "lending",
                "throw",
                "throws",
                "throwing",
                "garner",
                "garners",
                "broad",
                "strong"
            ],
        )
    {
        return true;
    }
    // "from finalizing rules", "by making claims": a plural after a gerund
    // after a preposition is the gerund's object. ("A director of nursing
    // says", "the minister for planning says": after "of" or "for" the word
    // in "-ing" is mostly a noun, the subject.)
    if prev > range.start
        && tagged.bytes(i).ends_with(b"s")
        && tagged.tokens[prev].lowercase()
        && p.ends_with(b"ing")
        && tagged.is_any(
            prev - 1,
            words!["from", "by", "without", "after", "before", "while"],
        )
    {
        return true;
    }
    // "attacked Tory plans", "derided Republican claims": a plural after a
    // past tense and an adjective of party or nation.
    if prev > 0 && tagged.bytes(i).ends_with(b"s") && party_adjective(tagged, prev) {
        let before = tagged.bytes(prev - 1);
        // ("one kind-hearted Canadian wants": an adjective, not a verb.)
        let past_before = tagged.tokens[prev - 1].lowercase()
            && !before.contains(&b'-')
            && (before.ends_with(b"ed") || tagged.in_set(prev - 1, &IRREGULAR_PAST));
        if past_before {
            return true;
        }
    }
    // ("A barrister who has resigned says", "who quit over the laws
    // says": after a relative clause, a verb that is no noun's plural.)
    let after_relative = || {
        tagged.is_any(i, words!["says", "believes", "insists", "argues"])
            && (range.start.max(i.saturating_sub(12))..i).any(|k| tagged.is(k, "who"))
    };
    tagged.bytes(i).ends_with(b"s")
        && tagged.tokens[prev].lowercase()
        && (p.ends_with(b"s") && !closing_tag_after_ss(tagged, range, i) || p.ends_with(b"ed"))
        && !tagged.is_any(prev, BE)
        && !tagged.is_any(
            prev,
            words!["has", "was", "does", "is", "always", "news", "this", "thus"],
        )
        // "a new analysis shows", "the bus drivers say", "party
        // headquarters says": a noun, the subject.
        && !tagged.word_in_any(prev, SUBJECT_NOUNS)
        // ("... in our lives thinks Mr Vaughan": a verb, its speaker after.)
        && !tagged.is_any(i + 1, words!["mr", "ms", "mrs", "dr"])
        && !topic_of_a_subject(tagged, range, prev)
        && !after_relative()
}

/// ", local press reports.": a word in "-ss" is no plural, and the verb
/// closing the sentence after it, a short phrase after a comma, is a tag's
/// (not "before anyone could press charges.").
fn closing_tag_after_ss(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let comma = (range.start.max(i.saturating_sub(4))..i - 1)
        .rev()
        .find(|&k| !tagged.tokens[k].is_word());
    tagged.bytes(i - 1).ends_with(b"ss")
        && comma.is_some_and(|c| tagged.tokens[c].kind() == Kind::Comma)
        && tagged
            .tokens
            .get(i + 1)
            .is_none_or(|t| i + 1 >= range.end || t.kind() == Kind::Period)
}

/// "A report on the projects says", "an inquiry into the deaths finds": the
/// plural ending at `last` closes the topic of a document or body named
/// just before it, which is the verb's subject.
fn topic_of_a_subject(tagged: &Tagged, range: &Range<usize>, last: usize) -> bool {
    // (Only verbs a document or body reports by: "revives questions",
    // "crossed signals" are nouns.)
    const REPORTING: &[u64] = words![
        "says",
        "shows",
        "finds",
        "suggests",
        "concludes",
        "states",
        "warns",
        "notes",
        "reveals",
        "argues",
        "recommends",
        "claims",
        "estimates",
        "predicts"
    ];
    let from = last.saturating_sub(5).max(range.start + 1);
    tagged.is_any(last + 1, REPORTING)
        && (from..last).rev().any(|p| {
            tagged.is_any(p, words!["on", "into", "of", "about"])
                && tagged.word_in_any(p - 1, SUBJECT_NOUNS)
                && (p + 1..last).all(|k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        })
}

/// Nouns in "-s" that are subjects before a verb in "-s", not verbs.
const SUBJECT_NOUNS: Lists =
    Lists::of(&[List::Documents, List::GroupNouns, List::InstitutionNouns]);

/// Whether token `k` is a capitalised adjective of party or nation
/// ("Tory", "Republican", "Democratic", "British", "Chinese").
fn party_adjective(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.word(k);
    tagged.tokens[k].capitalized()
        && (["an", "ic", "ish", "ese"].iter().any(|e| w.ends_with(e))
            || tagged.is_any(
                k,
                words![
                    "Tory",
                    "GOP",
                    "Labour",
                    "Conservative",
                    "Liberal",
                    "Democrat",
                    "Green"
                ],
            ))
}

/// "Sanders spoke to reporters after the race was called", "Clinton spoke
/// with the CEO", "Obama spoke at the White House on Tuesday": an
/// audience or a place addressed, no words reported. What was said may follow in the clause:
/// a topic ("about the deal", "of her ties"), an aim ("to praise the
/// volunteers"), a stance ("in opposition to the war", "against the plan",
/// "for stricter laws"), a participle (", attacking the plan") or the
/// words themselves (a colon or a quotation mark).
fn speaks_to_an_audience(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const TOPIC: &[u64] = words![
        "about", "of", "against", "opposition", "support", "favor", "favour", "defense", "defence",
    ];
    // Manners of speech, whose words or stance follow ("speak with
    // admiration of").
    #[rustfmt::skip]
    const MANNERS: &[u64] = words![
        "admiration", "affection", "pride", "passion", "emotion", "conviction", "contempt",
        "disdain", "respect", "reverence", "candor", "candour", "frankness", "bitterness",
        "fondness", "warmth", "authority", "feeling",
    ];
    // What "for" takes that is no cause: "for 20 minutes", "for the first
    // time".
    #[rustfmt::skip]
    const SPANS: &[u64] = words![
        "about", "nearly", "almost", "more", "over", "several", "two", "three", "four", "five",
        "ten", "half", "hours", "minutes", "years", "days", "weeks", "months",
    ];
    if !tagged.is_any(i, words!["speak", "speaks", "spoke"])
        || !tagged.is_any(i + 1, words!["to", "with", "at", "before"])
        || tagged.is(i + 1, "at") && tagged.is(i + 2, "length")
        || tagged.is(i + 1, "with") && tagged.is_any(i + 2, MANNERS)
    {
        return false;
    }
    let tokens = &tagged.tokens;
    // A word after "for" or "to" that opens a cause or an aim, not a noun
    // phrase or a span of time.
    let opens_aim = |k: usize| {
        tokens.get(k).is_some_and(|t| t.lowercase())
            && !tagged.in_set(k, &DETERMINERS)
            && !tagged.is_any(k, SPANS)
    };
    // What follows the audience, up to the clause's end.
    let says_more = (i + 2..i + 16)
        .take_while(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| !matches!(t.kind(), Kind::Period | Kind::Break))
        })
        .any(|k| match tokens[k].kind() {
            Kind::Colon | Kind::Quote => true,
            Kind::Comma => tagged.bytes(k + 1).ends_with(b"ing"),
            _ => {
                tagged.is_any(k, TOPIC)
                    || tagged.is(k, "for") && opens_aim(k + 1)
                    || k > i + 2
                        && tagged.is(k, "to")
                        && opens_aim(k + 1)
                        && !tagged.is(k + 1, "reporters")
            }
        });
    !says_more
}

/// "They speak barely a word of English", "she speaks fluent French": a
/// language spoken, no words said.
fn speaks_a_language(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const LANGUAGES: &[u64] = words![
        "english", "french", "spanish", "german", "arabic", "russian", "chinese", "mandarin",
        "cantonese", "italian", "portuguese", "japanese", "hindi", "urdu", "farsi", "turkish",
        "hebrew", "yiddish", "korean", "vietnamese", "swahili", "dutch", "greek", "polish",
        "ukrainian", "persian", "bengali", "punjabi", "tagalog", "swedish", "welsh", "gaelic",
        "language", "languages",
    ];
    // (Within the clause: '"We will not leave," Lee spoke softly. English
    // fans' is speech; "the word 'terrorism'" names no language.)
    if !tagged.is_any(i, words!["speak", "speaks", "spoke", "speaking"]) {
        return false;
    }
    let Some(language) = (i + 1..i + 7)
        .take_while(|&k| tagged.tokens.get(k).is_some_and(|t| t.is_word()))
        .find(|&k| tagged.is_any(k, LANGUAGES))
    else {
        return false;
    };
    // ("spoke to reporters in English", "spoke about the plan in French":
    // words said to someone or about something, in a language; "spoke for
    // Welsh workers": on their behalf; "spoke French at the dinner" is the
    // language spoken, and "a word of English" is no such preposition.)
    !(i + 1..language).any(|k| {
        tagged.is_any(
            k,
            words!["to", "with", "about", "on", "of", "in", "for", "at", "after"],
        ) && !tagged.is(k - 1, "word")
    })
}

/// A verb of saying used for a deed, a plight or a thing kept, whoever its
/// subject: asked by the cue finder, and by the search for a subject's
/// position, which takes any verb of a person the article knows ("Trump
/// spoke for 77 minutes" is no claim of his).
pub(crate) fn names_an_act(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    // (Asked of every cue and every subject's verb: one look in a set of
    // the verbs below tells most words apart.)
    #[rustfmt::skip]
    static VERBS: WordSet<512> = word_set![
        "goes", "go", "went", "speaks", "speak", "spoke", "speaking", "tweets", "tweet",
        "replied", "replies", "reply", "tweeted", "responded", "responds", "respond", "responding", "reacted", "reacts",
        "maintained", "maintains", "maintain", "maintaining", "thanks", "pledged", "unpledged",
        "found", "finds", "find", "snapped", "snap", "snaps", "snapping", "proved", "proves",
        "prove", "proven", "proving", "knows", "know", "knew", "threatens", "threatened",
        "threaten", "show", "shows", "showed", "shown", "urged", "told", "warned", "ordered",
        "advised", "encouraged", "pressed", "announced", "announces", "disclosed", "revealed",
        "noticed", "notices", "wish", "wishes", "wished", "added", "released", "releases",
        "release", "begging", "begged", "writes", "write", "wrote", "writing", "posted", "posts",
        "post", "posting", "deliver", "delivers", "delivered", "delivering", "reminds", "remind",
        "showing", "support", "pleaded", "pleads", "plead", "boasted", "boasts", "boast", "called",
        "calls", "call", "appeared", "appears", "appear", "appearing", "adding", "dropped", "drops",
        "drop", "advanced", "countered", "counters", "contending", "considers", "considered",
        "considering", "consider", "declared", "declares", "declare", "declaring", "welcomed",
        "welcomes", "welcome", "welcoming", "publishes", "published", "publish", "issued",
        "issues", "written", "produces", "produced", "discuss", "dismiss", "dismisses",
        "dismissed", "dismissing", "finding", "projected", "announcing", "announce", "compares",
        "compared", "compare", "advises", "advising", "advise", "begs", "beg", "felt", "feels",
        "feel", "persuaded", "persuades", "persuade", "provided", "provides", "provide",
        "referring", "discovered", "discovers", "discover", "heard", "thanked", "report",
        "reports", "reported", "reporting", "ask",
    ];
    if !tagged.in_set(i, &VERBS) {
        return false;
    }
    goes_on_alone(tagged, range, i)
        || advises_a_client(tagged, i)
        // "found out about it last year": learned, no finding told
        // ("found out that" is one).
        || (tagged.is_any(i, words!["found", "finds", "find"])
            && tagged.is(i + 1, "out")
            && tagged.is(i + 2, "about"))
        // "didn't know that she had been alone": the writer's fact, which
        // someone did not hold.
        || (tagged.is_any(i, words!["know", "knew", "known"])
            && (i > range.start
                && tagged.is_any(i - 1, words!["didn't", "don't", "doesn't", "never", "hadn't"])
                || i > range.start + 1
                    && tagged.is(i - 1, "not")
                    && tagged.is_any(i - 2, words!["did", "do", "does", "had"])))
        // "They will discuss a security pact": a meeting ahead, no claim.
        || (tagged.is(i, "discuss")
            && i > range.start
            && tagged.is_any(i - 1, words!["will", "would", "to"]))
        // "Mr. Obama spoke Hebrew": a skill shown, no claim.
        || speaks_a_language(tagged, i)
        || speaks_to_an_audience(tagged, i)
        // "a man who speaks (and tweets) his mind": candour, no claim.
        || speaks_ones_mind(tagged, i)
        || acts_by_doing(tagged, i)
        || answers_with_a_score(tagged, i)
        // "data maintained by the company", "maintain a close eye on",
        // "maintained above-average costs": kept, not held to be true.
        || (tagged.is_any(i, words!["maintained", "maintains", "maintain", "maintaining"])
            && (tagged.is(i + 1, "by") || keeps_a_thing(tagged, i)))
        // "It compares to 27 million": a figure set beside another, no
        // comparison drawn by anyone ("compared Trump to Nixon" is a view).
        || (tagged.is_any(i, words!["compares", "compared", "compare"])
            && tagged.is_any(i + 1, words!["to", "with"]))
        // "thanks to breaks in the third game": owing to, no thanks given.
        || (tagged.is(i, "thanks") && tagged.is(i + 1, "to"))
        // "pledged delegates": a kind of delegate, no pledge reported.
        || (tagged.is_any(i, words!["pledged", "unpledged"]) && tagged.is(i + 1, "delegates"))
        // "Fox News found itself playing host": a plight, no finding.
        || (tagged.is_any(i, words!["found", "finds", "find"])
            && tagged.is_any(i + 1, REFLEXIVES))
        || finds_a_thing(tagged, i)
        || dismisses_a_person(tagged, i)
        // "projected the supreme confidence": an air shown ("projected
        // that" is a forecast).
        || (tagged.is(i, "projected")
            && tagged.is_any(i + 1, words!["the", "a", "an", "his", "her", "their", "its"]))
        || speaks_for(tagged, i)
        // "supporters snapped his picture", "snapped up shares": a
        // photograph or a purchase, no retort.
        || (tagged.is_any(i, words!["snapped", "snap", "snaps", "snapping"])
            && (tagged.is(i + 1, "up") || tagged.is_any(i + 2, PICTURES)))
        || proves_a_quality(tagged, i)
        || knows_a_person(tagged, i)
        || threatens_a_thing(tagged, i)
        || headline_passive(tagged, range, i)
        || announces_nothing(tagged, i)
        || notices_a_sight(tagged, i)
        || wishes_well(tagged, i)
        || added_as_adjective(tagged, i)
        || writes_a_column(tagged, i)
        || releases_records(tagged, i)
        || begs(tagged, i)
        // "Doom III felt like a theme park ride": a likeness, no view held
        // ("felt like the deal was unfair" is one).
        || (tagged.is_any(i, words!["felt", "feels", "feel"])
            && tagged.is(i + 1, "like")
            && tagged.is_any(i + 2, words!["a", "an"]))
        || shows_up(tagged, i)
        || posts_a_picture(tagged, range, i)
        // "A statement posted on the website said": a participle after
        // the document's noun, whose own verb follows. (Not "published",
        // whose subject is the document's maker: "a poll published on
        // Sunday by ABC News".)
        || (tagged.is(i, "posted")
            && i > range.start
            && tagged.word_in(i - 1, List::Documents)
            && tagged.tokens[i - 1].lowercase()
            && tagged.is_any(i + 1, words!["on", "online", "by", "in"]))
        || shows_a_film(tagged, i)
        || owned_show(tagged, range, i)
        // ("Clinton support 27 percent": a noun, as the cue finder reads it.)
        || (tagged.is(i, "support") && i > range.start && object_of_verb(tagged, range, i))
        || pleads_to_a_charge(tagged, i)
        || boasts_a_thing(tagged, i)
        || calls_up(tagged, range, i)
        || appears_somewhere(tagged, range, i)
        || speaks_with(tagged, range, i)
        || adds_a_score(tagged, i)
        || drops_out(tagged, i)
        // "as she considers how to attack Sanders": deliberation, no view;
        // "has shown glimpses of": signs.
        || (tagged.is_any(i, words!["considers", "considered", "considering", "consider"])
            && tagged.is_any(i + 1, words!["how", "whether"]))
        || (tagged.is_any(i, words!["show", "shows", "showed", "shown", "showing"])
            && tagged.is_any(i + 1, words!["glimpses", "signs", "flashes", "hints"]))
        // "the crowded field with whom Christie was contending": a race,
        // no contention ("contending that" is one).
        // ("kept contending, as he had for weeks, that": a clause to come.)
        || (tagged.is(i, "contending")
            && tagged.tokens.get(i + 1).is_none_or(|t| {
                t.kind() == Kind::Period || tagged.is_any(i + 1, words!["for", "with"])
            }))
        // "Montanes advanced to his first semi-final": a result.
        || (tagged.is(i, "advanced") && tagged.is(i + 1, "to"))
        || delivers_a_speech(tagged, range, i)
        || reminds_of(tagged, i)
        || speaks_at_an_event(tagged, range, i)
        || declares_a_state(tagged, i)
        || produces_a_count(tagged, range, i)
        || welcomes_guests(tagged, range, i)
        || heard_not_in_court(tagged, range, i)
        || responds_to_nothing_said(tagged, range, i)
        // "Trump thanked his parents, his siblings and his staff": thanks
        // given, for nothing said ("thanked voters for their support" and
        // a quotation say what for).
        || (tagged.is(i, "thanked")
            && !(i + 1..range.end.min(i + 25))
                .any(|k| tagged.is_any(k, words!["for", "that"]) || tagged.quoted[k]))
        || discovers_a_thing(tagged, range, i)
        || reports_to_a_place(tagged, range, i)
        // ("Just ask Anne.": the writer bids the reader ask.)
        || (tagged.is(i, "ask")
            && (i == range.start
                || i == range.start + 1
                    && tagged.is_any(range.start, words!["just", "simply", "go", "so"])))
        || persuades_to_act(tagged, range, i)
        || provides_with(tagged, range, i)
        // "Ms. Abedin answered, referring to Jeffrey D. Feltman": who the
        // words meant, the writer's gloss ("referring to the deal as a
        // fraud" is a view).
        || (tagged.is(i, "referring")
            && tagged.is(i + 1, "to")
            && tagged.tokens.get(i + 2).is_some_and(|t| t.capitalized())
            && !(i + 3..range.end.min(i + 10)).any(|k| tagged.is(k, "as")))
}

/// "Now, Carson has responded to Trump's rant.": an answer given, its
/// words untold ("responded to the rant by saying", "responded to it,
/// calling it a lie", "responded with a tweet" tell them or their form).
fn responds_to_nothing_said(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["responded", "responds", "respond"])
        && tagged.is(i + 1, "to")
        && (i + 2..range.end.min(i + 12))
            .find(|&k| !tagged.tokens[k].is_word() || tagged.is_any(k, words!["with", "by"]))
            .is_some_and(|k| tagged.tokens[k].kind() == Kind::Period && k + 1 >= range.end)
}

/// "Blake had residue on his hands, a court has heard", "The court heard
/// how documents were taken": evidence put to a court is the court's
/// record; anyone else who heard something reports no claim of theirs.
fn heard_not_in_court(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const HEARERS: &[u64] = words![
        "court",
        "jury",
        "tribunal",
        "inquiry",
        "hearing",
        "trial",
        "committee",
        "inquest"
    ];
    if !tagged.is(i, "heard") {
        return false;
    }
    let subject = if i > range.start + 1 && tagged.is_any(i - 1, words!["has", "had", "have"]) {
        i - 2
    } else {
        i - 1
    };
    !(subject >= range.start && tagged.is_any(subject, HEARERS))
}

/// "Munro discovered rugby at college", "officials discovered at least one
/// case": a thing come upon, no finding told ("discovered that", and
/// "discovered the emails were deleted", with a clause, are findings).
fn discovers_a_thing(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["discovered", "discovers", "discover"])
        && tagged.tokens.get(i + 1).is_some_and(|t| t.is_word() && !tagged.quoted[i + 1])
        // (Not a document's participle, "text messages discovered on his
        // phone suggested", whose clause the cue finder reads from here.)
        && !(i > range.start && tagged.lists_ending_at(i - 1).has(List::Documents))
        && !(i + 1..range.end.min(i + 9)).any(|k| {
            tagged.is_any(k, words!["that", "how", "what", "why", "whether", "where"])
                || crate::source::is_auxiliary(tagged, k)
                || tagged.quoted[k]
        })
}

/// "He persuaded the band to reform": a deed done through another, nothing
/// held ("persuaded them that the plan was sound" is a claim).
fn persuades_to_act(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["persuaded", "persuades", "persuade"])
        && (i + 2..range.end.min(i + 10))
            .take_while(|&k| tagged.tokens[k].is_word() && !tagged.is(k, "that"))
            .any(|k| tagged.is(k, "to") && tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase()))
}

/// "Michelle Obama provided Melania Trump with fresh material": a thing
/// given to someone ("provided details of the plan" reports words).
fn provides_with(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["provided", "provides", "provide"])
        && (tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
            || crate::source::pronoun_at(tagged, i + 1).is_some()
            || tagged.is_any(i + 1, words!["him", "her", "them", "us", "me"]))
        && (i + 2..range.end.min(i + 6))
            .take_while(|&k| tagged.tokens[k].is_word())
            .any(|k| tagged.is(k, "with"))
}

/// "Obama later spoke at a memorial service", "as Obama spoke from the
/// podium", "when the president speaks.": a speech given, its words, topic,
/// cause and aim unreported ("spoke at a rally about jobs", "spoke at a
/// gathering to discuss", "spoke at the forum, describing", "spoke ... for
/// stricter gun laws", "spoke to reporters" and "spoke against the bill"
/// report them).
fn speaks_at_an_event(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const TOPICS: &[u64] = words![
        "about", "that", "discuss", "against", "out", "up", "highly", "favorably", "favourably",
        "fondly", "glowingly", "opposition", "support", "favor", "favour", "behalf",
    ];
    // Nouns of what a speech held, before what they are of or for ("a
    // critique of", "an appeal for"; not "the Tsunami Appeal", "killed in
    // the attack").
    #[rustfmt::skip]
    const HELD: &[u64] = words![
        "critique", "criticism", "attack", "attacks", "defence", "defense", "plea", "appeal",
        "message", "case",
    ];
    // ("spoke for an hour", "for 20 minutes", "for those who died": a
    // length or the ones remembered, no cause.)
    #[rustfmt::skip]
    const LENGTHS: &[u64] = words![
        "an", "a", "about", "nearly", "almost", "more", "over", "half", "hours", "minutes",
        "those", "the", "them", "him", "her", "us", "his", "their",
    ];
    if !tagged.is_any(i, words!["spoke", "speaks", "speak", "speaking"]) {
        return false;
    }
    let next = i + 1 + usize::from(tagged.is_ly_adverb(i + 1));
    // ("spoke on Monday", "spoke Tuesday at": a date, then maybe a place.)
    let dated = |k: usize| crate::source::is_day_or_month(tagged.word(k));
    let at_event = tagged.is_any(next, words!["at", "from", "before", "during", "in"])
        // ("spoke as part of a discussion panel")
        || tagged.is(next, "as") && tagged.is(next + 1, "part")
        || tagged.is(next, "on") && dated(next + 1)
        || dated(next);
    let alone = next >= range.end
        || matches!(tagged.tokens[next].kind(), Kind::Period | Kind::Break)
        || tagged.is(next, "when");
    let reported = |k: usize| {
        tagged.is_any(k, TOPICS)
            // What the speech did: "addressing", "attacking".
            || tagged.is_any(k, STANCE_ACTS)
            || tagged.is_any(k, HELD)
                && tagged.tokens[k].lowercase()
                && tagged.is_any(k + 1, words!["of", "on", "for", "against", "that", "to"])
            // ("spoke on the economy": a topic; "on Tuesday": a date.)
            || tagged.is(k, "on") && !dated(k + 1)
            // ("spoke in her stead to hail Mr. Trump": the speech's aim.)
            || tagged.is(k, "to") && tagged.word_in(k + 1, List::CueVerbs)
            // ("describing the stadium as wasteful", "urging calm")
            || tagged.bytes(k).ends_with(b"ing")
                && (tagged.word_in(k, List::CueVerbs) || tagged.word_in(k, List::WeakCueVerbs))
            // ("for stricter gun laws": a cause; "for an hour": a length.)
            // ("a fundraiser for Clinton": whom the event served.)
            || tagged.is(k, "for")
                && !tagged.is_any(k + 1, LENGTHS)
                && !crate::token::is_numeral(tagged.bytes(k + 1))
                && !tagged.tokens.get(k + 1).is_some_and(|t| t.capitalized())
    };
    (at_event || alone)
        // ("spoke of the legacy", "spoke Tuesday of the need": a topic; "a
        // meeting of the council" is none.)
        && !(next..next + 3).any(|k| tagged.is(k, "of") && (k == next || dated(k - 1)))
        // (Within forty words either side, so that a sentence of many
        // costs no more a cue.)
        && !(i.saturating_sub(40).max(range.start)..range.end.min(i + 40)).any(|k| {
            tagged.quoted[k] || matches!(tagged.tokens[k].kind(), Kind::Colon | Kind::Quote)
        })
        && !(next..range.end.min(next + 20)).any(reported)
}

/// "The authorities declared war on", "declared bankruptcy", "declared a
/// state of emergency", "declared a national emergency", "declared Chapter
/// 11 bankruptcy": a state proclaimed, an act ("declared that", "declared
/// victory" and "declared the war a mistake" are claims).
fn declares_a_state(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const STATES: &[u64] = words![
        "war", "bankruptcy", "insolvency", "independence", "emergency", "curfew", "ceasefire",
        "cease-fire", "truce",
    ];
    // What may follow the state: a preposition, a time, the clause's end.
    #[rustfmt::skip]
    const AFTER: &[u64] = words![
        "on", "in", "against", "for", "after", "before", "over", "at", "and", "last", "this",
        "protection", "with", "following", "since", "during", "when", "as", "because", "until",
        "early", "late", "shortly", "earlier", "later", "yesterday", "today", "from",
    ];
    if !tagged.is_any(i, words!["declared", "declares", "declare", "declaring"]) {
        return false;
    }
    let mut k = i + 1;
    if tagged.is(k, "martial") && tagged.is(k + 1, "law") {
        k += 1;
    } else {
        if tagged.is_any(k, words!["a", "an"]) {
            k += 1;
            // ("a state of emergency", "a national emergency")
            if tagged.is(k, "state") && tagged.is(k + 1, "of") {
                k += 2;
            } else if !tagged.is_any(k, STATES)
                && tagged.tokens.get(k).is_some_and(|t| t.lowercase())
            {
                k += 1;
            }
        } else if tagged.is(k, "chapter") && crate::token::is_numeral(tagged.bytes(k + 1)) {
            k += 2;
        }
        if !tagged.is_any(k, STATES) {
            return false;
        }
    }
    tagged
        .tokens
        .get(k + 1)
        .is_none_or(|t| !t.is_word() || tagged.is_any(k + 1, AFTER))
}

/// "Hurun publishes more than 20 magazines", "She wrote three books": a
/// count of things made, no words reported ("wrote 20 pages saying", "wrote
/// three tweets attacking the judge", "wrote two days later that" and
/// "wrote two soldiers were killed" report them).
fn produces_a_count(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const MAKES: &[u64] = words![
        "publishes", "published", "publish", "issued", "issues", "written", "produces", "produced",
        "wrote", "writes", "write", "released", "releases", "release",
    ];
    #[rustfmt::skip]
    const ABOUT: &[u64] = words![
        "more", "than", "about", "over", "some", "nearly", "almost", "around", "at", "least",
    ];
    #[rustfmt::skip]
    const COUNTS: &[u64] = words![
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
        "dozen", "hundreds", "several", "numerous", "countless",
    ];
    #[rustfmt::skip]
    const TIMES: &[u64] = words![
        "times", "days", "weeks", "months", "years", "hours", "minutes", "decades", "percent",
    ];
    if !tagged.is_any(i, MAKES) {
        return false;
    }
    let n = (i + 1..i + 4)
        .find(|&k| !tagged.is_any(k, ABOUT))
        .unwrap_or(i + 4);
    let counted = crate::token::is_numeral(tagged.bytes(n)) || tagged.is_any(n, COUNTS);
    // (The things: a lowercase plural, maybe after an adjective, and no
    // clause of theirs after them.)
    let things = (n + 1..n + 3).find(|&k| {
        tagged.tokens.get(k).is_some_and(|t| t.lowercase()) && tagged.bytes(k).ends_with(b"s")
    });
    let reported = |t: usize| {
        crate::source::is_auxiliary(tagged, t + 1)
            || (t + 1..range.end.min(t + 7)).any(|k| {
                tagged.is_any(k, words!["that", "saying"])
                    || tagged.bytes(k).ends_with(b"ing") && tagged.word_in(k, List::CueVerbs)
                    || tagged.is_any(k, STANCE_ACTS)
            })
    };
    counted && things.is_some_and(|t| !tagged.is_any(t, TIMES) && !reported(t))
}

/// "Obama, who welcomed world leaders to the White House", "welcomed
/// Trudeau to Ottawa": guests received, no view ("welcomed the decision
/// to", "welcomed Sweden's accession to" are views).
fn welcomes_guests(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const GUESTS: &[u64] = words![
        "leaders", "guests", "visitors", "delegates", "delegations", "fans", "crowds", "crowd",
        "supporters", "students", "members", "players", "dignitaries", "everyone", "him", "her",
        "them", "us",
    ];
    #[rustfmt::skip]
    const BEFORE_GUESTS: &[u64] = words![
        "the", "world", "foreign", "visiting", "new", "fellow", "several", "many", "some", "two",
        "three", "his", "her", "their", "its", "our",
    ];
    if !tagged.is_any(i, words!["welcomed", "welcomes", "welcome", "welcoming"]) {
        return false;
    }
    let end = range.end.min(i + 6);
    let Some(to) = (i + 1..end).find(|&k| tagged.is(k, "to")) else {
        return false;
    };
    // ("welcomed the Chinese president to Washington": a post's holder.)
    let guest = |k: usize| {
        tagged.is_any(k, GUESTS)
            || tagged.word_in(k, List::Titles)
            || tagged.tokens[k].capitalized() && !crate::resolve::possessive(tagged, k)
    };
    (i + 1..to).any(guest)
        && (i + 1..to).all(|k| guest(k) || tagged.is_any(k, BEFORE_GUESTS))
        && (tagged.is_any(to + 1, words!["the", "his", "her", "their", "its", "our"])
            || tagged.tokens.get(to + 1).is_some_and(|t| t.capitalized()))
}

/// "Palin posted a photo of herself", "Trump tweeted a similar image": a
/// picture shared, no words ("posted on Facebook that" is a claim).
/// (A caption or words quoted with it are words: "posted a photo with the
/// caption "..."".)
fn posts_a_picture(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let captioned = || {
        (i + 1..range.end.min(i + 16)).any(|k| {
            tagged.tokens[k].kind() == Kind::Quote
                || tagged.is_any(
                    k,
                    words!["caption", "captioned", "writing", "words", "saying"],
                )
        })
    };
    // ("posted an overwhelming victory": a result, whatever follows.)
    #[rustfmt::skip]
    const RESULTS: &[u64] = words![
        "victory", "win", "loss", "losses", "gain", "gains", "profit", "profits", "bail",
    ];
    // ("Trump tweeted a similar image": a tweet, too.)
    #[rustfmt::skip]
    const POST: &[u64] = words![
        "posted", "posts", "post", "posting", "tweeted", "tweets", "tweet", "tweeting",
    ];
    tagged.is_any(i, POST)
        && (tagged.is_any(i + 1, PICTURES)
            || tagged.is_any(i + 2, PICTURES) && !tagged.is(i + 1, "that")
            // ("posted a sexually explicit image": a few modifiers after
            // the article.)
            || tagged.is_any(i + 1, words!["a", "an", "the"])
                && object_among(tagged, i + 1, 3, PICTURES))
        && !captioned()
        || tagged.is_any(i, words!["posted", "posts", "post", "posting"])
            && object_among(tagged, i, 3, RESULTS)
}

/// "He showed a video of a seizure": footage shown, no finding ("the video
/// showed that" is one).
fn shows_a_film(tagged: &Tagged, i: usize) -> bool {
    const FOOTAGE: &[u64] = words![
        "video",
        "videos",
        "footage",
        "clip",
        "clips",
        "photo",
        "photos",
        "photograph",
        "photographs",
        "slideshow",
    ];
    // ("It didn't show the speech of Khizr Khan": a broadcast, not a
    // finding; "Records show the ad was paid for" is one.)
    const BROADCASTS: &[u64] = words![
        "speech",
        "speeches",
        "interview",
        "debate",
        "broadcast",
        "programme",
        "program",
        "ad",
        "ads",
        "advert",
    ];
    if !tagged.is_any(i, words!["show", "shows", "showed", "showing"]) {
        return false;
    }
    let noun = if tagged.is_any(i + 1, words!["a", "an", "the", "his", "her", "their"]) {
        i + 2
    } else {
        i + 1
    };
    // (A clause after the noun, "the ad was paid for", "the ad ran", is a
    // finding.)
    let ends_there = !(crate::source::is_auxiliary(tagged, noun + 1)
        || is_past(tagged, noun + 1)
        || tagged.is(noun + 1, "that"));
    // ("stars have films showing there": films screened, nothing shown to
    // be true.)
    let screened = tagged.is(i, "showing")
        && i > 0
        && tagged.is_any(
            i - 1,
            words!["films", "film", "movies", "movie", "plays", "play"],
        )
        && tagged.is_any(
            i + 1,
            words!["there", "here", "in", "at", "now", "nationwide"],
        );
    tagged.is_any(noun, FOOTAGE) || tagged.is_any(noun, BROADCASTS) && ends_there || screened
}

/// "Mr. Hannity's show has": a programme, after its owner's possessive.
fn owned_show(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["show", "shows"])
        && i > range.start
        && after_possessive(tagged, range, i)
}

/// "pleaded guilty", "pleads not guilty": a plea in court, an event.
fn pleads_to_a_charge(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["pleaded", "pleads", "plead"])
        && (tagged.is(i + 1, "guilty")
            || tagged.is(i + 1, "not") && tagged.is(i + 2, "guilty")
            || tagged.is(i + 1, "innocent"))
}

/// "has boasted an eclectic collection of supporters": a thing had, no
/// boast ("boasted that", "boasted of" are claims).
/// ("boasted a 10 percent drop in crime", "a record turnout": a figure
/// claimed.)
fn boasts_a_thing(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["boasted", "boasts", "boast"])
        && tagged.is_any(i + 1, words!["a", "an"])
        && !crate::token::is_numeral(tagged.bytes(i + 2))
        && !tagged.is_any(i + 2, words!["record", "new"])
}

/// "Carson appeared on Sunday interview shows", "appeared at a rally": a
/// presence, no words ("appeared to suggest" is a raising verb's).
/// ("appeared on CNN to say", "appeared before the committee and said",
/// "appeared with mothers ... to deliver the same message": the words
/// follow.)
fn appears_somewhere(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["appeared", "appears", "appear", "appearing"])
        && tagged.is_any(
            i + 1,
            words!["on", "at", "in", "before", "alongside", "with", "onstage"],
        )
        // (Within the clause: "appeared at a rally, where her husband gave a
        // speech" is his.)
        && !(i + 2..range.end.min(i + 30))
            .take_while(|&k| !tagged.is_any(k, words!["where", "while", "whereas"]))
            .any(|k| {
                tagged.is_any(k - 1, words!["to", "and"]) && tagged.word_in(k, List::CueVerbs)
                    || tagged.is_any(k, words!["message", "speech", "remarks"])
            })
}

/// "spoke briefly with the chief executive": a meeting, no words reported
/// ("spoke with reporters about the deal" names what was said).
fn speaks_with(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let with = if tagged.is_any(i + 1, words!["briefly", "privately", "separately"]) {
        i + 2
    } else {
        i + 1
    };
    tagged.is_any(i, words!["spoke", "speaks", "speak", "speaking"])
        && tagged.is(with, "with")
        && !(with + 1..range.end.min(with + 12)).any(|k| {
            tagged.is_any(k, words!["about", "that", "of"])
                // ("spoke with Putin on Tuesday": a date.)
                || tagged.is(k, "on") && !crate::source::is_day_or_month(tagged.word(k + 1))
                || tagged.quoted[k]
        })
}

/// "Cruz dropped out of the race", "She dropped the first set": a race
/// left or a set lost ("dropped the charges" is a body's decision).
fn drops_out(tagged: &Tagged, i: usize) -> bool {
    const LOST: &[u64] = words!["set", "sets", "game", "games", "frame", "frames", "point"];
    tagged.is_any(i, words!["dropped", "drops", "drop"])
        && (tagged.is(i + 1, "out")
            || (i + 1..i + 4).any(|k| tagged.is_any(k, LOST)) && tagged.is(i + 1, "the"))
}

/// Scores in play ("added four conversions", "replied with three
/// penalties").
#[rustfmt::skip]
const SCORES: &[u64] = words![
    "try", "tries", "conversion", "conversions", "penalty", "penalties", "goal", "goals",
    "point", "points", "run", "runs", "wicket", "wickets", "basket", "baskets", "touchdown",
    "touchdowns", "birdie", "birdies", "drop-goal", "header", "ace", "aces", "century",
    "brace", "equaliser", "equalizer",
];

/// "added four conversions", "added a second goal": a score, no words.
fn adds_a_score(tagged: &Tagged, i: usize) -> bool {
    // ("the U.S. added around 292,000 jobs": a count gained.)
    let count = || {
        let n = i
            + 1
            + usize::from(tagged.is_any(
                i + 1,
                words![
                    "around", "about", "some", "nearly", "almost", "over", "another", "more",
                    "than"
                ],
            ));
        crate::token::is_numeral(tagged.bytes(n))
            && tagged.is_any(
                n + 1,
                words![
                    "jobs",
                    "workers",
                    "members",
                    "subscribers",
                    "customers",
                    "seats",
                    "stores",
                    "staff",
                    "employees",
                    "users"
                ],
            )
    };
    tagged.is_any(i, words!["added", "adds", "adding"])
        && ((i + 1..i + 4).any(|k| tagged.is_any(k, SCORES)) || count())
        && !tagged.is(i + 1, "that")
        && !tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind() == Kind::Comma)
}

/// "Trump called LeVell onto the stage": someone summoned, no words
/// reported.
fn calls_up(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    // ("called Trump a bully on the stage", "called on the party": a name
    // given, a call made.)
    // (Not an appositive's article: "called Vern Lee, a former pastor, onto
    // the stage".)
    let named_as = |k: usize| {
        (i + 1..k).any(|j| {
            tagged.is_any(j, words!["a", "an"]) && tagged.tokens[j - 1].kind() != Kind::Comma
        })
    };
    // ("Ireland call up uncapped Campbell", "was called up to the
    // squad": a player picked.)
    if tagged.is_any(i, words!["called", "calls", "call", "calling"]) && tagged.is(i + 1, "up") {
        return true;
    }
    tagged.is_any(i, words!["called", "calls", "call"])
        && !tagged.is_any(i + 1, words!["on", "for"])
        && (i + 1..range.end.min(i + 12)).any(|k| {
            !tagged.quoted[k] && tagged.is(k, "onto") && !named_as(k)
                || !tagged.quoted[k]
                    && tagged.is_any(k, words!["to", "on"])
                    && tagged.is(k + 1, "the")
                    && tagged.is_any(k + 2, words!["stage", "podium", "platform", "microphone"])
                    && !named_as(k)
        })
}

/// "will deliver her acceptance speech": a speech given, whose words the
/// sentence does not report ("an angry speech about the ferry" tells its
/// stance, "a speech attacking the mayor" or "in which she called" its
/// words). Read up to the clause's end, within the sentence.
fn delivers_a_speech(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const SPEECHES: &[u64] =
        words!["speech", "speeches", "address", "lecture", "sermon", "eulogy", "keynote"];
    if !tagged.is_any(i, words!["deliver", "delivers", "delivered", "delivering"]) {
        return false;
    }
    let end = range.end.min(i + 16);
    let Some(noun) = (i + 1..end.min(i + 5)).find(|&k| tagged.is_any(k, SPEECHES)) else {
        return false;
    };
    let clause = (noun + 1..end).take_while(|&k| tagged.tokens[k].kind() != Kind::Comma);
    // ("a speech that blasted": a clause of the speech's own, right after
    // it; "a speech attacking the mayor": what it did, with an object.)
    let topic = |k: usize| {
        tagged.is_any(k, words!["about", "against"])
            || k == noun + 1 && tagged.is_any(k, words!["that", "which", "whose"])
            || tagged.is(k, "on") && !crate::source::is_day_or_month(tagged.word(k + 1))
            || tagged.word_in(k, List::CueVerbs)
            || tagged.word_in(k, List::WeakCueVerbs)
            || tagged.tokens[k].lowercase()
                && tagged.bytes(k).ends_with(b"ing")
                // ("during the convention", "a speech marking the
                // anniversary": a time or an occasion.)
                && !tagged.in_set(k, &crate::source::PREPOSITIONS)
                && !tagged.is_any(k, words!["marking", "commemorating", "opening", "closing"])
                && tagged.tokens.get(k + 1).is_some_and(|t| {
                    t.capitalized()
                        || tagged.is_any(
                            k + 1,
                            words!["the", "a", "an", "his", "her", "their", "its"],
                        )
                })
    };
    !clause.clone().any(topic) && !(i + 1..noun).any(topic)
}

/// "Kasich reminds us of the houseguest": a likeness, no reminder given
/// ("reminded voters that", "reminded Americans of his policy" are words).
fn reminds_of(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["reminds", "remind"])
        && tagged.is_any(i + 1, words!["us", "me", "you", "one"])
        && tagged.is(i + 2, "of")
}

/// "She proved adept at", "proved costly": a quality shown, no proof put
/// ("have proven that" is a finding).
fn proves_a_quality(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["proved", "proves", "prove", "proven", "proving"])
        && !tagged.is_any(i + 1, words!["that", "it"])
}

/// "it threatens the work": a danger, no threat made ("threatened to sue",
/// "threatened that", "threatened the city with a strike" are).
fn threatens_a_thing(tagged: &Tagged, i: usize) -> bool {
    // ("Row threatens Hendrix museum plan": a thing in danger after a name.)
    #[rustfmt::skip]
    const THINGS: &[u64] = words![
        "plan", "plans", "deal", "future", "jobs", "bid", "project", "talks", "scheme", "merger",
        "recovery", "economy", "growth", "season", "career", "title",
    ];
    // ("Rangers had rarely threatened until": a side's danger in play,
    // with no object at all.)
    let alone = || {
        tagged.tokens.get(i + 1).is_none_or(|t| !t.is_word())
            || tagged.is_any(
                i + 1,
                words!["until", "when", "before", "after", "again", "early"],
            )
    };
    tagged.is_any(i, words!["threatens", "threatened", "threaten"])
        && (alone()
            || tagged.is_any(i + 1, words!["the", "its"])
                && !(i + 2..i + 7).any(|k| tagged.is(k, "with"))
            || tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
                && object_among(tagged, i, 4, THINGS))
}

/// "Holmes urged to compete at Worlds", "Travellers warned to expect
/// delays": a headline's passive, whose subject is the one urged ("urged
/// Holmes to" has its object; "Officials warned to expect delays." in a
/// sentence with its full stop is theirs). Any participle before "for",
/// "over" or "on" is told by [`blamed_in_a_headline`].
pub(super) fn headline_passive(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const URGED: &[u64] = words![
        "urged",
        "told",
        "ordered",
        "advised",
        "encouraged",
        "pressed"
    ];
    let to_do = (tagged.is_any(i, URGED)
        || tagged.is(i, "warned") && !ends_in_a_stop(tagged, range))
        && tagged.is(i + 1, "to")
        && tagged.tokens.get(i + 2).is_some_and(|t| t.is_word());
    // "Parties warned over 'grey vote'": a short headline's passive of what
    // a group was warned about, its subject one plural word (in running
    // text, "Experts warned over the weekend that ..." ends in a stop; "Trump
    // warned of a 'bloodbath'" is active).
    let warned_about = tagged.is(i, "warned")
        && i == range.start + 1
        && range.len() <= 12
        && tagged.tokens[range.start].capitalized()
        && tagged.bytes(range.start).ends_with(b"s")
        && tagged.is_any(i + 1, words!["over", "about", "against", "on", "of"])
        && !(range.start..range.end).any(|k| {
            matches!(tagged.tokens[k].kind(), Kind::Period | Kind::Colon) || tagged.is(k, "that")
        });
    to_do || warned_about
}

/// "has announced no plans to": nothing announced ("announced no one had
/// been injured" says something).
fn announces_nothing(tagged: &Tagged, i: usize) -> bool {
    // ("before announcing her run", "announced his candidacy": a step of
    // a career made known, no words of it reported.)
    let step = tagged.is_any(
        i,
        words!["announced", "announces", "announcing", "announce"],
    ) && tagged.is_any(i + 1, words!["his", "her", "their", "its"])
        && tagged.is_any(
            i + 2,
            words![
                "run",
                "candidacy",
                "bid",
                "retirement",
                "resignation",
                "engagement"
            ],
        )
        && !tagged.is(i + 3, "that");
    step || tagged.is_any(i, words!["announced", "announces", "disclosed", "revealed"])
        && tagged.is(i + 1, "no")
        && !tagged.is_any(i + 2, words!["one", "longer"])
        && !crate::source::is_auxiliary(tagged, i + 3)
}

/// "noticed the car": a sight, not a finding ("noticed that").
fn notices_a_sight(tagged: &Tagged, i: usize) -> bool {
    const FINDING: &[u64] = words!["that", "how", "what", "none", "no"];
    tagged.is_any(i, words!["noticed", "notices"])
        && !(i + 1..i + 5).any(|k| tagged.is_any(k, FINDING))
}

/// "wish him well", "wished her a happy birthday": a greeting; "a wish
/// list", "if they wished.": a thing wanted, or nothing.
fn wishes_well(tagged: &Tagged, i: usize) -> bool {
    const GREETED: &[u64] = words!["him", "her", "them", "you", "us", "me", "everyone"];
    tagged.is_any(i, words!["wish", "wishes", "wished"])
        && (tagged.is_any(i + 1, GREETED)
            || tagged.is_any(i + 1, words!["list", "lists"])
            || tagged.tokens.get(i + 1).is_none_or(|t| !t.is_word())
            || tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
                && tagged.is(i + 2, "well"))
}

/// "has given added fuel to": an adjective, no words added.
fn added_as_adjective(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const GAINS: &[u64] = words![
        "fuel", "pressure", "weight", "impetus", "urgency", "value", "bonus", "benefit",
        "incentive", "protection", "significance", "security", "cost", "costs", "strain",
    ];
    tagged.is(i, "added") && tagged.is_any(i + 1, GAINS)
}

/// "writes a weekly column": a work, not words reported ("wrote in his
/// column" reports them, and "wrote a column arguing that" carries them).
fn writes_a_column(tagged: &Tagged, i: usize) -> bool {
    const WRITES: &[u64] = words!["writes", "write", "wrote", "writing"];
    #[rustfmt::skip]
    const WRITTEN: &[u64] = words![
        "column", "columns", "newsletter", "blog", "amendment", "amendments", "bill", "bills",
    ];
    if !tagged.is_any(i, WRITES) {
        return false;
    }
    // ("wrote a $500,000 check": money given; the sum is no word.)
    (i + 1..i + 6).any(|k| tagged.is_any(k, words!["check", "checks", "cheque", "cheques"]))
        || takes_object(
            tagged, i, WRITES,
            // ("He wrote only one amendment": a text of law drafted.)
            WRITTEN,
        ) && !(i + 2..i + 8).any(|k| {
            tagged.is_any(
                k,
                words!["arguing", "saying", "calling", "urging", "warning"],
            )
        })
}

/// "She released four number ones from her album": records put out.
fn releases_records(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const RECORDS: &[u64] = words![
        "album", "albums", "single", "singles", "record", "records", "song", "songs", "ones",
        "hits", "hit", "ep", "track", "tracks", "debut", "mixtape",
    ];
    takes_object(
        tagged,
        i,
        words!["released", "releases", "release"],
        RECORDS,
    )
}

/// "abused while begging": alms asked, no plea reported; "they begged the
/// question": a question raised by things, no one's plea.
fn begs(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["begging", "begged", "begs", "beg"])
        && (tagged.is(i + 1, "the") && tagged.is(i + 2, "question")
            || !tagged.is(i, "begs")
                && !tagged.is(i, "beg")
                && tagged.tokens.get(i + 1).is_none_or(|t| {
                    !t.is_word()
                        || tagged.is_any(i + 1, words!["in", "on", "at", "outside", "near"])
                }))
}

/// "the e-mails would have shown up": appeared, no finding ("polls show up
/// to 40 percent" is a share shown).
fn shows_up(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["show", "shows", "showed", "shown", "showing"])
        && tagged.is(i + 1, "up")
        && !(tagged.is(i + 2, "to")
            && (crate::token::is_numeral(tagged.bytes(i + 3))
                || tagged.is_any(i + 3, words!["a", "an", "half", "one", "two", "three"])))
}

/// "didn't find a job in her field", "found a buyer", "finding a new
/// home": a thing sought and got, no finding.
fn finds_a_thing(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const THINGS: &[u64] = words![
        "job", "jobs", "work", "home", "homes", "house", "apartment", "buyer", "buyers", "partner",
        "seat", "body", "bodies", "sponsor", "shelter", "refuge", "place", "way", "ways", "funding",
        "money", "cure", "fame", "success", "love", "solace", "comfort", "fortune", "happiness",
        "knife", "gun", "weapon", "weapons", "bomb", "car", "vehicle", "drugs", "cash",
        "tunnel", "tunnels", "anyone", "anybody", "someone", "somebody", "nobody",
    ];
    if !tagged.is_any(i, words!["found", "finds", "find", "finding"]) {
        return false;
    }
    let mut k = i + 1;
    if tagged.is_any(
        k,
        words!["a", "an", "another", "the", "his", "her", "their", "its", "new"],
    ) {
        k += 1;
    }
    if tagged.is_any(
        k,
        words!["new", "good", "full-time", "better", "permanent", "steady"],
    ) {
        k += 1;
    }
    tagged.is_any(k, THINGS) && !tagged.is(k + 1, "that") || finds_a_person(tagged, i)
}

/// "he found Dan Lane, a text message guru": a person sought out, named
/// by a given name and ending the clause ("found Dan Lane was lying" is a
/// finding).
fn finds_a_person(tagged: &Tagged, i: usize) -> bool {
    let given = i + 1;
    if !(tagged.word_in(given, List::MaleNames) || tagged.word_in(given, List::FemaleNames))
        || tagged.quoted[given]
    {
        return false;
    }
    let mut last = given;
    while last < given + 3 && tagged.tokens.get(last + 1).is_some_and(|t| t.capitalized()) {
        last += 1;
    }
    tagged.tokens.get(last + 1).is_none_or(|t| !t.is_word())
        || tagged.is_any(last + 1, words!["in", "at", "on", "through", "via"])
}

/// "Trump did not dismiss Lewandowski", "dismissed his coach": a person
/// let go, no claim dismissed ("dismissed the report", "dismissed Clinton's
/// claims", "dismissed Trump as a clown" are views).
fn dismisses_a_person(tagged: &Tagged, i: usize) -> bool {
    if !tagged.is_any(i, words!["dismiss", "dismisses", "dismissed", "dismissing"]) {
        return false;
    }
    let mut k = i + 1;
    if tagged.is_any(k, words!["his", "her", "their", "its", "the"]) {
        k += 1;
    }
    let person = tagged.tokens.get(k).is_some_and(|t| t.capitalized())
        && !tagged.quoted[k]
        && !crate::resolve::possessive(tagged, k)
        || tagged.word_in(k, List::Titles)
        || tagged.word_in(k, List::PersonNouns);
    // (A name of two words: "dismissed Corey Lewandowski".)
    let after = if tagged.tokens.get(k + 1).is_some_and(|t| t.capitalized()) {
        k + 2
    } else {
        k + 1
    };
    // (Then the clause goes on without a noun of the person's: "on
    // Tuesday", a full stop; not "Sanders' accusations", "Tory tax fears".)
    let ends = tagged.tokens.get(after).is_none_or(|t| {
        !t.is_word() && t.kind() != Kind::Quote
            || t.lowercase()
                && (tagged.in_set(after, &crate::source::PREPOSITIONS)
                    || tagged.is_any(
                        after,
                        words![
                            "last",
                            "this",
                            "after",
                            "because",
                            "and",
                            "but",
                            "yesterday",
                            "today"
                        ],
                    ))
    }) && !tagged.bytes(after - 1).ends_with(b"'")
        && !tagged.bytes(after - 1).ends_with("’".as_bytes());
    person
        && ends
        && !crate::resolve::possessive(tagged, after - 1)
        && !(after..after + 4).any(|a| tagged.is_any(a, words!["as", "'s", "claims", "claim"]))
}

/// "Betsy Sharp knows Donald Trump in a way", "knew him well": an
/// acquaintance, no knowledge claimed ("knows Trump is lying" is); "she
/// knows how to use it": a skill ("knows how important it is" is a view).
fn knows_a_person(tagged: &Tagged, i: usize) -> bool {
    if !tagged.is_any(i, words!["knows", "know", "knew"]) {
        return false;
    }
    if tagged.is(i + 1, "how") && tagged.is(i + 2, "to") {
        return true;
    }
    // "the only country they know.": a noun's relative clause that ends at
    // the verb, nothing known reported.
    if i >= 2
        && tagged.is_any(i - 1, words!["they", "we", "he", "she", "i", "you"])
        && tagged.tokens[i - 2].lowercase()
        && !tagged.is_any(
            i - 2,
            words!["that", "and", "but", "as", "because", "if", "what"],
        )
        && tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind() == Kind::Period)
    {
        return true;
    }
    // "will let players know where they stand": told, by the one letting.
    if i >= 2 && tagged.is_any(i - 2, words!["let", "lets", "letting"]) {
        return true;
    }
    let mut k = i + 1;
    if tagged.is_any(k, words!["him", "her", "them"]) {
        k += 1;
    } else if tagged.is(k, "the") {
        // ("know the Republican presidential candidate whose": a person
        // described.)
        return (k + 1..k + 5).any(|n| {
            (tagged.word_in(n, List::PersonNouns) || tagged.word_in(n, List::Titles))
                && tagged.tokens.get(n + 1).is_none_or(|t| {
                    !t.is_word() || tagged.is_any(n + 1, words!["who", "whose", "in", "as", "well"])
                })
        });
    } else {
        while k < i + 4 && tagged.tokens.get(k).is_some_and(|t| t.capitalized()) {
            k += 1;
        }
        if k == i + 1 || tagged.is(i + 1, "I") {
            return false;
        }
    }
    tagged.tokens.get(k).is_none_or(|t| !t.is_word())
        || tagged.is_any(
            k,
            words![
                "in",
                "from",
                "well",
                "personally",
                "as",
                "better",
                "since",
                "through",
                "for"
            ],
        )
}

/// Whether the sentence ends in a full stop (a headline has none).
fn ends_in_a_stop(tagged: &Tagged, range: &Range<usize>) -> bool {
    range.end > range.start && tagged.tokens[range.end - 1].kind() == Kind::Period
}

/// Reflexive pronouns ("found itself").
const REFLEXIVES: &[u64] = words![
    "itself",
    "himself",
    "herself",
    "themselves",
    "ourselves",
    "myself"
];

/// What a camera takes ("snapped his picture").
#[rustfmt::skip]
const PICTURES: &[u64] = words![
    "picture", "pictures", "photo", "photos", "photograph", "photographs", "selfie", "selfies",
    "shot", "shots", "image", "images",
];

/// "a man who speaks his mind", "speaks and tweets his mind": candour, no
/// claim.
fn speaks_ones_mind(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(
        i,
        words!["speaks", "speak", "spoke", "speaking", "tweets", "tweet", "tweeted"],
    ) && {
        let own = if tagged.is_any(i + 1, words!["and", "or"]) {
            i + 3
        } else {
            i + 1
        };
        tagged.is_any(own, words!["his", "her", "their", "my", "your", "our"])
            && tagged.is(own + 1, "mind")
    }
}

/// "The list of companies goes on.", "the party goes on, with": a thing
/// that continues, no speaker going on to say more (", he went on." after
/// the words, "went on: ..." and "went on to say" are).
fn goes_on_alone(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["goes", "go", "went"])
        && tagged.is(i + 1, "on")
        && tagged
            .tokens
            .get(i + 2)
            .is_none_or(|t| i + 2 >= range.end || matches!(t.kind(), Kind::Period | Kind::Comma))
        // (No quotation in the forty words before: "... goes on" after
        // one may tag it.)
        && !(i.saturating_sub(40).max(range.start)..i)
            .any(|k| tagged.tokens[k].kind() == Kind::Quote)
        // (", he went on.": a pronoun or a name tagging the words before;
        // "went on, \"We will\"": the words after.)
        && !(i >= range.start + 2 && tagged.tokens[i - 2].kind() == Kind::Comma)
        && !tagged.tokens.get(i + 3).is_some_and(|t| t.kind() == Kind::Quote)
}

/// "maintain a close eye on", "maintained above-average costs": a thing
/// kept up, within a few words and before any clause ("maintained his
/// innocence", "maintained that" are claims).
fn keeps_a_thing(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const KEPT: &[u64] = words![
        "eye", "watch", "costs", "cost", "presence", "contact", "relationship", "relations",
        "ties", "links", "distance", "control", "office", "offices", "pressure", "momentum",
        "level", "levels", "rate", "rates", "pace", "spending", "website", "database", "start",
        "lead", "record", "form", "streak", "advantage", "grip",
    ];
    // ("maintained her office had done nothing wrong": the noun opens the
    // claim.)
    (i + 1..i + 5)
        .take_while(|&k| tagged.tokens.get(k).is_some_and(|t| t.is_word()))
        .find(|&k| tagged.is_any(k, KEPT))
        .is_some_and(|k| !crate::source::is_auxiliary(tagged, k + 1))
}

/// "Irish replied with three penalties", "responded with a try": an
/// answer in play ("replied with a statement" is words).
fn answers_with_a_score(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(
        i,
        words![
            "replied",
            "responded",
            "replies",
            "responds",
            "reply",
            "respond"
        ],
    ) && tagged.is(i + 1, "with")
        && ((i + 2..i + 5)
            .take_while(|&k| tagged.tokens.get(k).is_some_and(|t| t.is_word()))
            .any(|k| tagged.is_any(k, SCORES))
            // ("did reply with one for Italy": a score for a side.)
            || tagged.is_any(i + 2, words!["one", "two", "three", "another"])
                && tagged.is(i + 3, "for")
                && tagged.tokens.get(i + 4).is_some_and(|t| t.capitalized()))
}

/// "The DNC responded by blocking access": the reply was a deed ("responded
/// by saying" is words).
fn acts_by_doing(tagged: &Tagged, i: usize) -> bool {
    // ("reacted to the decision by tossing his credentials": past what
    // was answered, a few words.)
    let by = if tagged.is(i + 1, "to") {
        (i + 2..i + 7)
            .find(|&k| tagged.is(k, "by"))
            .unwrap_or(i + 1)
    } else {
        i + 1
    };
    let deed = if tagged.is_ly_adverb(by + 1) {
        by + 2
    } else {
        by + 1
    };
    tagged.is_any(
        i,
        words![
            "responded",
            "responds",
            "respond",
            "responding",
            "reacted",
            "reacts",
            "countered",
            "counters"
        ],
    ) && (tagged.is(i + 1, "with") && responds_with_a_deed(tagged, i + 2)
        || tagged.is(by, "by")
            && tagged.tokens.get(deed).is_some_and(|t| t.lowercase())
            && tagged.bytes(deed).ends_with(b"ing")
        && !tagged.word_in(deed, List::CueVerbs)
        && !tagged.word_in(deed, List::WeakCueVerbs)
        // ("responded by releasing a statement", "by issuing a denial":
        // words put out.)
        && !(deed + 1..deed + 4).any(|k| {
            tagged.word_in(k, List::Documents)
                || tagged.is_any(k, words!["statement", "denial", "letter", "tweet", "apology"])
        }))
}

/// "responded with the lawsuit", "reacted with force": a deed in reply
/// ("responded with a statement", "with anger", "with a quip" are words or
/// a stance).
fn responds_with_a_deed(tagged: &Tagged, k: usize) -> bool {
    let noun = if tagged.is_any(k, words!["a", "an", "the", "its", "his", "her", "their"]) {
        k + 1
    } else {
        k
    };
    tagged.is_any(
        noun,
        words![
            "lawsuit",
            "suit",
            "force",
            "airstrikes",
            "strikes",
            "sanctions",
            "troops",
            "tariffs",
            "raids",
            "arrests",
            "violence",
            "fire",
            "punches",
            "goal",
            "goals",
            "try",
            "tries",
            "breakfast",
            "lunch",
            "dinner",
            "visit",
            "rally",
            "trip",
            "tour"
        ],
    )
}

/// Whether the verb at `i` is one of `verbs` and, within four words after
/// it and before any "that" or preposition, takes one of `objects`.
pub(super) fn takes_object(tagged: &Tagged, i: usize, verbs: &[u64], objects: &[u64]) -> bool {
    takes_object_within(tagged, i, verbs, objects, 4)
}

/// [`takes_object`] within `reach` words.
pub(super) fn takes_object_within(
    tagged: &Tagged,
    i: usize,
    verbs: &[u64],
    objects: &[u64],
    reach: usize,
) -> bool {
    tagged.is_any(i, verbs)
        && (i + 1..i + 1 + reach)
            .take_while(|&k| {
                tagged.tokens.get(k).is_some_and(|t| t.is_word())
                    && !tagged.is_any(k, words!["that", "in", "on", "about", "to", "for"])
            })
            .any(|k| tagged.is_any(k, objects))
}

/// Participles of a stance taken in words ("three tweets attacking the
/// judge", "spoke at the forum, addressing the budget").
#[rustfmt::skip]
const STANCE_ACTS: &[u64] = words![
    "attacking", "criticizing", "criticising", "praising", "blasting", "slamming", "mocking",
    "accusing", "defending", "demanding", "denouncing", "condemning", "addressing", "touting",
    "vowing", "promising", "urging", "calling", "telling", "arguing", "insisting",
];
