//! A cue word used as a noun or modifier, no verb of saying: "the
//! report", "polls", "a forecast of", "rules of the game".

use super::*;

/// "the McKinley plan", "a U.N. Environment Program report": a name
/// modifying the word, which is a noun. Only a base form after a singular
/// name reads so; "the Pentagon said", "the Democrats say" are verbs.
pub(crate) fn names_a_thing(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    if i == range.start {
        return false;
    }
    let prev = i - 1;
    // Both asked only after a capitalised word, which most words follow not.
    let base_form = || {
        let w = tagged.bytes(i);
        !(w.ends_with(b"s")
            || w.ends_with(b"ed")
            || w.ends_with(b"ing")
            || tagged.in_set(i, &IRREGULAR_PAST))
    };
    // ("The Demos report looked at", "co-author of the Demos report,": a
    // name in "s" is no plural subject when a document's noun follows it
    // and then a past tense or the clause's end; "the Democrats report
    // that" is a verb.)
    let singular = !tagged.bytes(prev).ends_with(b"s") || document_before_a_verb(tagged, i);
    // "on U.S. support": an abbreviation's full stop ends the name.
    let prev = if tagged.tokens[prev].kind() == Kind::Period
        && prev > range.start
        && tagged.tokens[prev - 1].capitalized()
    {
        prev - 1
    } else {
        prev
    };
    if tagged.tokens[prev].capitalized() {
        let mut k = prev;
        while k > range.start
            && k + 5 > prev
            && (tagged.tokens[k - 1].capitalized() || tagged.tokens[k - 1].kind() == Kind::Period)
            && !tagged.in_set(k - 1, &DETERMINERS)
        {
            k -= 1;
        }
        if k == range.start {
            // "Defending champion Andy Roddick": after an opening "-ing"
            // word a base form is a noun.
            return k == prev && tagged.bytes(k).ends_with(b"ing") && base_form();
        }
        // "32% of Republican claims": after "of" and an adjective of party
        // or nation, any form is a noun.
        let adjective = ["an", "ic", "ish"]
            .iter()
            .any(|e| tagged.word(prev).ends_with(e));
        // Not a past tense, nor after a name: "John Conyers of Michigan
        // said" (a place in "-an" after a person).
        let past = is_past(tagged, i);
        let of_adjective = k == prev
            && adjective
            && tagged.is(k - 1, "of")
            && !past
            && !(k >= range.start + 2 && tagged.tokens[k - 2].capitalized());
        // ("hit by Iraqi report", "falls after BBC claim": a document's
        // noun after a preposition and a singular name; "counties won by
        // Trump say", "Reports from Iraq say" have a verb.)
        let preposition = (tagged
            .is_any(k - 1, words!["on", "of", "for", "from", "with", "about"])
            || tagged.is_any(k - 1, words!["by", "after", "over", "amid", "following"]))
            && !tagged.is_any(i, ONLY_VERBS);
        // ("McDonald's to sponsor MTV show": a headline's object with no
        // article, after an infinitive.)
        let infinitive_object = k >= range.start + 2
            && tagged.is(k - 2, "to")
            && tagged.tokens[k - 1].lowercase()
            // ("to see Ayotte speak": a bare infinitive after a verb of
            // seeing or letting.)
            && !tagged.is_any(k - 1, words!["see", "hear", "watch", "let", "make", "have"])
            && !tagged.is_any(i, ONLY_VERBS);
        // ("The RSPCA say they will": a body's plural verb, British usage;
        // no "the McKinley say" is a thing.)
        let determined = tagged.in_set(k - 1, &DETERMINERS)
            && !(tagged.tokens[i].lowercase() && tagged.is_any(i, ONLY_VERBS));
        return of_adjective
            || singular
                && base_form()
                && (determined || preposition || infinitive_object)
                && !members_of_a_name_speak(tagged, range, k, i)
                && !findings_of_a_name(tagged, range, k, i);
    }
    false
}

/// Verbs of saying with no noun of the same form ("say", unlike "pledge",
/// "remark", "claim"): after a preposition and a name they are verbs
/// ("Voters in counties won by Trump say", "Experts on Iraq say").
#[rustfmt::skip]
const ONLY_VERBS: &[u64] = words![
    "say", "tell", "think", "believe", "argue", "insist", "contend", "suggest", "predict",
    "expect", "agree", "admit", "deny", "warn", "want", "feel", "know", "acknowledge", "concede",
    "complain", "allege", "accuse", "urge", "add", "note", "explain", "maintain", "reckon",
];

/// "Officials in the White House say", "opponents of the plan in the U.S.
/// cite": a verb of saying after a preposition of place and a name, whose
/// subject stands before the preposition (no "in the Pentagon say" is a
/// thing; "the cost of the McKinley plan" is). A verb that is a noun too
/// ("a hole in the Pentagon claim", "errors in the Treasury estimate") needs
/// people before the preposition ("some at the Pentagon claim").
fn members_of_a_name_speak(tagged: &Tagged, range: &Range<usize>, k: usize, i: usize) -> bool {
    #[rustfmt::skip]
    const SAYING: &[u64] = words![
        "say", "believe", "think", "argue", "insist", "warn", "contend", "cite", "suggest",
        "allege", "predict", "expect", "admit", "agree", "complain", "concede", "deny", "maintain",
    ];
    const ALSO_NOUNS: &[u64] = words!["claim", "estimate", "fear", "worry", "want"];
    let people_before = || {
        tagged.is_any(k - 3, crate::source::SOME_PEOPLE)
            || tagged.word_in(k - 3, List::GroupNouns)
            || tagged.word_in(k - 3, List::Anonymity)
    };
    // ("Critics of Obama warn", "Residents of Gaza say": a plural of
    // people before "of" and the name.)
    let people_of = k >= range.start + 2
        && tagged.is(k - 1, "of")
        && crate::source::is_plural(tagged, k - 2)
        && (tagged.word_in(k - 2, List::GroupNouns)
            || tagged.word_in(k - 2, List::PersonNouns)
            || crate::source::names_people_by_trade(tagged, k - 2));
    people_of && tagged.is_any(i, SAYING)
        || k >= range.start + 3
            && tagged.in_set(k - 1, &DETERMINERS)
            && tagged.is_any(
                k - 2,
                words!["in", "at", "within", "inside", "among", "across", "into", "from"],
            )
            && (tagged.is_any(i, SAYING) || tagged.is_any(i, ALSO_NOUNS) && people_before())
}

/// "Data from the Census Bureau show", "figures from Gallup suggest": a
/// finding's verb after a name that its plural document governs ("the
/// Census Bureau show" is no programme when data come from it).
fn findings_of_a_name(tagged: &Tagged, range: &Range<usize>, k: usize, i: usize) -> bool {
    if k < range.start + 2 {
        return false;
    }
    let of = if tagged.in_set(k - 1, &DETERMINERS) {
        k - 2
    } else {
        k - 1
    };
    of > range.start
        && tagged.is_any(i, words!["show", "suggest", "indicate", "reveal", "find"])
        && tagged.is_any(of, words!["from", "by", "of"])
        // (A plural: "a report from the BBC show" is a programme's.)
        && (tagged.is(of - 1, "data") || tagged.bytes(of - 1).ends_with(b"s"))
        && tagged.word_in(of - 1, List::Documents)
}

/// "the report", "his claims", "declined to say": the word is not the verb
/// of an attribution. Each test below is one reading of the word as a noun
/// or as no claim; called directly, not through a table of pointers, so
/// that the small ones are inlined.
pub(crate) fn is_noun_use(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    i > range.start
        // ("The White House would like", "the company is said to": an
        // auxiliary opening the cue is no noun.)
        && !crate::source::is_auxiliary(tagged, i)
        && (after_determiner(tagged, range, i)
            || plural_after_a_noun(tagged, range, i)
            || names_a_thing(tagged, range, i)
            || reduced_passive(tagged, range, i)
            || modifies_a_noun(tagged, range, i)
            || counted_at(tagged, range, i)
            || object_of_verb(tagged, range, i)
            || idiom(tagged, range, i)
            || compound_noun(tagged, range, i)
            || byline(tagged, range, i)
            || adding_things(tagged, range, i)
            || repeating_a_deed(tagged, range, i)
            || forecasts_after_preposition(tagged, range, i)
            || after_possessive(tagged, range, i)
            || after_to(tagged, range, i)
            || plural_subject(tagged, range, i)
            || after_have(tagged, range, i)
            || hoping_after_a_noun(tagged, range, i)
            || plural_noun_without_complement(tagged, range, i)
            || rule_as_a_noun(tagged, i)
            || plural_after_preposition(tagged, range, i)
            || plural_before_its_verb(tagged, range, i)
            || document_before_its_verb(tagged, range, i)
            || plural_before_a_copula(tagged, range, i)
            || hopes_that_end(tagged, range, i)
            || noun_before_auxiliary(tagged, range, i)
            || outlets_show(tagged, i)
            || states_a_noun(tagged, i)
            || noun_before_a_tag(tagged, range, i)
            || topic_before_a_document(tagged, range, i)
            || falls(tagged, i)
            || with_absolute(tagged, range, i)
            || ends_a_headline(tagged, range, i)
            || further_things(tagged, range, i)
            || what_people_want(tagged, range, i)
            || views_held(tagged, range, i)
            || a_show(tagged, range, i)
            || talks_of_a_body(tagged, range, i)
            || wish_closing_a_contact_clause(tagged, range, i)
            || undergoes_a_decision(tagged, range, i)
            || wish_in_case(tagged, range, i)
            || demands_of_data(tagged, i)
            || backed_no_stance(tagged, range, i)
            || praise_given_for(tagged, range, i)
            // ("the famous Durex brand of condom": a kind of thing sold.)
            || tagged.is_any(i, words!["brand", "brands", "label", "labels"]) && tagged.is(i + 1, "of"))
}

/// Whether a document's noun at `i` is followed by a past tense or the end
/// of its clause, as a noun is and a verb of saying is not.
fn document_before_a_verb(tagged: &Tagged, i: usize) -> bool {
    tagged.word_in(i, List::Documents)
        && tagged.tokens.get(i + 1).is_none_or(|t| {
            matches!(
                t.kind(),
                Kind::Comma | Kind::Period | Kind::Close | Kind::Break
            ) || t.lowercase() && is_past(tagged, i + 1)
        })
}

/// "Aaliyah claim dismissed by court", "Pension plan approved by MPs": a
/// noun, then the passive of what was done to it, with its agent.
fn undergoes_a_decision(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    i + 2 < range.end
        && base_form(tagged, i)
        && tagged.tokens[i].lowercase()
        && tagged.tokens[i + 1].lowercase()
        && tagged.bytes(i + 1).ends_with(b"ed")
        && tagged.is(i + 2, "by")
        && !crate::source::is_auxiliary(tagged, i - 1)
        && crate::source::pronoun_at(tagged, i - 1).is_none()
}

/// "as a back-up in case RCA producers wanted a second take": a wish
/// supposed in a clause of precaution, no one's.
fn wish_in_case(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(
        i,
        words!["wanted", "want", "wants", "needed", "need", "needs"],
    ) && (i.saturating_sub(6).max(range.start + 1)..i)
        .any(|k| tagged.is(k, "case") && tagged.is(k - 1, "in"))
}

/// "singled out Rees for special praise", "came in for praise": praise
/// after "for" and at most one adjective is a noun, what was given.
fn praise_given_for(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is(i, "praise")
        && (tagged.is(i - 1, "for")
            || i > range.start + 1
                && tagged.is(i - 2, "for")
                && tagged.tokens[i - 1].lowercase()
                && crate::source::pronoun_at(tagged, i - 1).is_none())
}

/// The particles after "backed" or "backing" that make a retreat or a
/// support given ("backed down", "is backing up its claims"), no stance.
pub(super) const BACKING_OFF: &[u64] = words!["down", "off", "out", "away", "up", "into", "onto"];

/// "backed down", "backed off": a retreat; "a bank backed by loans",
/// "the coalition backed by the West": a reduced passive, mostly of money
/// or arms. "backed" reports a stance with an object ("backed the plan") or
/// as a finite passive with its agent ("has been backed by Sir John").
fn backed_no_stance(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    if !tagged.is(i, "backed") {
        return false;
    }
    let finite_passive = || {
        let mut k = i - 1;
        while k > range.start
            && tagged.is_any(k, words!["also", "strongly", "widely", "firmly", "now"])
        {
            k -= 1;
        }
        tagged.is_any(k, words!["been", "was", "were", "is", "are", "being", "be"])
    };
    tagged.is_any(i + 1, BACKING_OFF) || tagged.is(i + 1, "by") && !finite_passive()
}

/// "the data demands of films": a noun of needs after a document's noun,
/// with what it needs after "of"; "in Europe demand for cars is": the
/// demand of a place's market.
fn demands_of_data(tagged: &Tagged, i: usize) -> bool {
    let of_data = tagged.is_any(i, words!["demands", "needs", "claims", "requests"])
        && tagged.is(i + 1, "of")
        && tagged.tokens[i - 1].lowercase()
        && tagged.word_in(i - 1, List::Documents);
    let market = tagged.is(i, "demand")
        && tagged.is(i + 1, "for")
        && (tagged.word_in(i - 1, List::Places) || tagged.word_in(i - 1, List::Regions));
    of_data || market
}

/// "the file they want.", "the films they claimed to.", "for reasons he
/// would have wanted.": a wish or claim ending a clause that describes the
/// noun before its pronoun, with nothing wished or claimed after it.
fn wish_closing_a_contact_clause(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const WISHES: &[u64] = words![
        "want", "wants", "wanted", "claim", "claims", "claimed", "like", "likes", "liked",
        "hoped", "expected", "wished", "intended", "promised",
    ];
    if !tagged.is_any(i, WISHES) {
        return false;
    }
    // (Past "to" and its verb: "the blogs they want to read.")
    let mut after = i + 1;
    if tagged.is(after, "to") {
        after += 1;
        if tagged
            .tokens
            .get(after)
            .is_some_and(|t| t.is_word() && t.lowercase())
        {
            after += 1;
        }
    }
    let closes = after >= range.end
        || matches!(
            tagged.tokens[after].kind(),
            Kind::Period | Kind::Comma | Kind::Break | Kind::Dash
        );
    if !closes {
        return false;
    }
    // Back past auxiliaries ("would have wanted", three at most) to the
    // pronoun.
    let mut p = i - 1;
    while p > range.start && i - p <= 3 && crate::source::is_auxiliary(tagged, p) {
        p -= 1;
    }
    p > range.start
        && crate::source::pronoun_at(tagged, p).is_some()
        && tagged.tokens[p - 1].is_word()
        && tagged.tokens[p - 1].lowercase()
        && !tagged.in_set(p - 1, &crate::source::PREPOSITIONS)
        && !crate::source::is_auxiliary(tagged, p - 1)
        && !tagged.word_in(p - 1, List::CueVerbs)
        && !tagged.is_any(
            p - 1,
            words![
                "what",
                "whatever",
                "as",
                "if",
                "because",
                "than",
                "that",
                "and",
                "but",
                "or",
                "so",
                "when",
                "where",
                "how",
                "why",
                "who",
                "which",
                "whom",
                "all",
                "everything",
                "anything",
                "something",
                "nothing"
            ],
        )
}

/// "hosted a music video show.", "the breakfast show on Radio 4": "show"
/// ending a noun phrase opened by a determiner after a verb, with nothing
/// or a preposition after it, is a programme ("a new poll shows that" goes
/// on; ", a new study shows." tags what came before).
fn a_show(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const AFTER: &[u64] = words!["in", "on", "at", "for", "with", "from", "about", "and"];
    tagged.is_any(i, words!["show", "shows"])
        && (i + 1 >= range.end
            || !tagged.tokens[i + 1].is_word()
            || tagged.is_any(i + 1, AFTER))
        // (After a verb: ", a new study shows." tags the words before it.)
        && (i.saturating_sub(3).max(range.start + 1)..i).any(|d| {
            tagged.is_any(d, words!["a", "an", "the", "his", "her", "their", "its"])
                && tagged.tokens[d - 1].is_word()
                // ("figures from the trade ministry show.")
                && !tagged.is_any(d - 1, words!["from", "of", "by", "in", "at", "for", "with"])
                && (d + 1..i).all(|k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase())
        })
}

/// "Russia WTO talks 'make progress'", "EU talks stall", "EU rules 'won't
/// stop UK spending'": meetings or rules of the body whose initials come
/// before ("IBM talks up its cloud", "NATO talks tough", "EU rules out a
/// deal", "UN rules that" speak).
pub(crate) fn talks_of_a_body(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let initials = |k: usize| {
        let w = tagged.bytes(k);
        (2..=5).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase)
    };
    tagged.is_any(i, words!["talks", "rules"])
        && i > range.start
        && initials(i - 1)
        && !tagged.is_any(
            i + 1,
            words![
                "about", "up", "down", "tough", "to", "with", "of", "on", "out", "that", "against",
                "in", "for"
            ],
        )
}

/// "tends to hold liberal views", "voters with conservative views": views
/// a source holds, named as a noun; no one views anything ("Trump views
/// Cruz as" is a verb).
fn views_held(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const KINDS: &[u64] = words![
        "liberal",
        "conservative",
        "moderate",
        "extreme",
        "political",
        "religious",
        "strong",
        "different",
        "similar",
        "personal",
        "opposing",
        "progressive",
        "radical",
        "traditional",
        "differing",
        "mixed",
        "controversial",
        "hardline",
        "racist",
        "outspoken",
    ];
    tagged.is_any(i, words!["views", "view"])
        && (tagged.is_any(i - 1, KINDS)
            || (i.saturating_sub(3).max(range.start)..i)
                .any(|k| tagged.is_any(k, words!["hold", "holds", "held", "holding"])))
}

/// "tied to what people think of Obama", "exactly what voters want to
/// hear": a clause of "what", a group's noun and a wish or an opinion of
/// something inside the sentence names a thing, no claim of the group's.
fn what_people_want(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    // ("what scientists think is necessary", "what officials called a
    // hate crime": a claim made of the thing.)
    let wish = tagged.is_any(i, words!["want", "wants", "wanted"])
        || tagged.is_any(i, words!["think", "thinks", "thought"])
            && tagged.is_any(i + 1, words!["of", "about"]);
    if !wish {
        return false;
    }
    let t = &tagged.tokens;
    let noun = i - 1;
    let what = if noun > range.start
        && tagged.is_any(noun - 1, words!["many", "most", "some", "the", "ordinary"])
    {
        noun - 1
    } else {
        noun
    }
    .checked_sub(1);
    what.is_some_and(|w| {
        w > range.start
            && tagged.is(w, "what")
            && t[w - 1].is_word()
            && t[noun].lowercase()
            && crate::source::is_plural(tagged, noun)
            && tagged.word_in_any(noun, crate::source::SOURCE_NOUNS)
    })
}

/// "did not release further details", "to avoid further warnings": a
/// plural after "further" and a verb is its object ("Trump further claims",
/// "he further states" and "the report further details" have their
/// subject before).
fn further_things(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    i >= range.start + 2
        && tagged.is(i - 1, "further")
        && tagged.bytes(i).ends_with(b"s")
        && t[i - 2].is_word()
        && t[i - 2].lowercase()
        && crate::source::pronoun_at(tagged, i - 2).is_none()
        // ("The report further details": a noun after its article.)
        && !(i >= range.start + 3 && tagged.in_set(i - 3, &DETERMINERS))
}

/// "Cairn Energy in Indian gas find", "Blair in tax claim": a bare word
/// ending a headline after a noun of its topic is a noun ("..., experts
/// warn" has its source's noun before it).
fn ends_a_headline(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    let prev = i - 1;
    let w = tagged.bytes(i);
    i + 1 == range.end
        && t[i].lowercase()
        && !w.ends_with(b"s")
        && !w.ends_with(b"ed")
        && t[prev].is_word()
        && t[prev].lowercase()
        && !tagged.word_in_any(prev, crate::source::SOURCE_NOUNS)
        && crate::source::pronoun_at(tagged, prev).is_none()
        && !crate::source::is_auxiliary(tagged, prev)
        && !tagged.is_any(prev, words!["to", "not", "who", "they", "we", "you", "i"])
}

/// "With Mike Tindall ruled out of the match", "With captain Gareth
/// Thomas ruled out": a participle after "with" and a name (an office's
/// word before it) is a passive said of the name, no verb of the name's.
fn with_absolute(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    tagged.bytes(i).ends_with(b"ed")
        && t[i - 1].capitalized()
        && (i.saturating_sub(6).max(range.start)..i - 1)
            .rev()
            .take_while(|&k| {
                t[k].capitalized()
                    || tagged.is(k, "with")
                    || t[k].lowercase() && tagged.word_in(k, List::Titles)
            })
            .any(|k| tagged.is(k, "with"))
}

/// "Sales declined 5 percent", "shares declined to a record low": a fall;
/// only "declined to endorse", a verb after "to", refuses.
fn falls(tagged: &Tagged, i: usize) -> bool {
    tagged.is_any(i, words!["decline", "declines", "declined", "declining"])
        && !(tagged.is(i + 1, "to")
            && tagged
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.is_word() && t.lowercase())
            && !tagged.is_any(
                i + 2,
                words!["a", "an", "the", "its", "their", "his", "her", "this", "that", "about"],
            ))
}

/// "the November jobs report", "an earnings forecast": a document's noun
/// after a noun of its topic and a determiner ("the officials report
/// that", with a source's noun before it, is a verb).
fn topic_before_a_document(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    let topic = i - 1;
    tagged.is_any(i, words!["report", "forecast", "estimate", "survey", "review"])
        && topic > range.start
        && t[topic].lowercase()
        && !tagged.word_in_any(topic, crate::source::SOURCE_NOUNS)
        && crate::source::pronoun_at(tagged, topic).is_none()
        && !crate::source::is_auxiliary(tagged, topic)
        && !tagged.is_ly_adverb(topic)
        && (topic.saturating_sub(2).max(range.start)..topic)
            .rev()
            .take_while(|&k| t[k].is_word())
            .any(|k| tagged.is_any(k, words!["the", "a", "an", "this", "its", "their"]))
        // (Ending a phrase, or before its own verb: "the jobs report is
        // due", "the jobs report showed".)
        && (i + 1 >= range.end
            || !t[i + 1].is_word()
            || crate::source::is_auxiliary(tagged, i + 1)
            || tagged.word_in(i + 1, List::CueVerbs)
            || tagged.is_any(i + 1, words!["on", "for", "from", "in", "of"]))
}

/// "Cost estimates, he added, were ...": a word before a speech tag set
/// between commas, with a verb of being after it, ends the subject of the
/// words the tag reports.
fn noun_before_a_tag(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    i + 5 < range.end
        && t[i + 1].kind() == Kind::Comma
        && t[i + 4].kind() == Kind::Comma
        && t[i + 2].is_word()
        && (t[i + 2].capitalized() || tagged.is_any(i + 2, words!["he", "she", "they"]))
        && tagged.word_in(i + 3, List::CueVerbs)
        && tagged.is_any(
            i + 5,
            words!["is", "was", "are", "were", "will", "would", "had", "have", "has"],
        )
}

/// "member states", "in many Asian states": "states" is a verb only after
/// a document ("the lawsuit states", "a voice-over in the ad states") or
/// "it".
pub(crate) fn states_a_noun(tagged: &Tagged, i: usize) -> bool {
    tagged.is(i, "states")
        && !i.checked_sub(1).is_some_and(|p| {
            tagged.word_in(p, List::Documents) || tagged.is_any(p, words!["it", "voice-over"])
        })
}

/// "the rules committee report was finalized", "Rules Report Is
/// Presented": a singular noun's word right before an auxiliary, after a
/// singular noun or in a title, is the auxiliary's subject ("critics claim
/// would", "which he estimates will" hold a verb, with its subject before).
fn noun_before_auxiliary(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    i + 1 < range.end
        && tagged.is_any(i + 1, words!["is", "was", "has", "had", "will", "would"])
        && tagged.is_any(
            i,
            words![
                "report",
                "claim",
                "comment",
                "remark",
                "warning",
                "estimate",
                "forecast",
                "statement",
                "finding",
                "survey",
                "study",
                "note",
                "plan",
            ],
        )
        && (t[i].capitalized()
            || t[i - 1].lowercase()
                && !tagged.bytes(i - 1).ends_with(b"s")
                && !tagged.is_any(
                    i - 1,
                    words!["i", "you", "we", "they", "who", "which", "that"],
                ))
}

/// "the Channel 4 show", "his BBC show": a broadcaster's programme (not
/// "polls by the BBC show that", whose outlet is an agent).
fn outlets_show(tagged: &Tagged, i: usize) -> bool {
    tagged.is(i, "show")
        && tagged.lists_ending_at(i - 1).has(List::Outlets)
        && !tagged.is(i + 1, "that")
        && !(i.saturating_sub(5)..i).any(|k| tagged.is(k, "by"))
}

/// "Henman hopes ended in Dubai", "Fears grew", "Agency plans dropped": a
/// plural of a stance before a verb of what became of it, a noun.
fn hopes_that_end(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const BECAME: &[u64] = words![
        "ended", "faded", "rose", "fell", "grew", "were", "are", "was", "is", "have", "had",
        "dimmed", "dashed", "vanished", "collapsed", "evaporated", "mounted", "receded", "remain",
        "remained", "end", "fade", "rise", "grow",
    ];
    #[rustfmt::skip]
    const SCRAPPED: &[u64] = words![
        "dropped", "scrapped", "shelved", "axed", "approved", "rejected", "unveiled", "delayed",
        "abandoned", "revealed", "backed", "blocked", "halted", "outlined",
    ];
    tagged.is_any(
        i,
        words!["hopes", "fears", "doubts", "worries", "concerns", "plans"],
    ) && (tagged.is_any(i + 1, BECAME)
        // "Correction agency plans dropped": a headline's plans, done with.
        || tagged.is_any(i + 1, SCRAPPED)
            && (i + 2 >= range.end || !tagged.tokens[i + 2].is_word()))
}

/// "Press reports suggest", "Muslim advocates hailed": a plural in "-s" right
/// before another verb of saying is that verb's subject, a noun.
fn plural_before_its_verb(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let next = i + 1;
    next < range.end
        // (The ending first: most cue words have no "s".)
        && tagged.bytes(i).ends_with(b"s")
        && tagged.is_any(
            i,
            words![
                "reports",
                "claims",
                "comments",
                "remarks",
                "warnings",
                "estimates",
                "forecasts",
                "accounts",
                "tweets",
                "notes",
                "records",
                "rumours",
                "rumors",
                "surveys",
                "studies",
                "figures",
                "statements",
                "findings",
                "advocates",
            ],
        )
        // ("Media Reports Reveal": both in a headline's capitals.)
        && (tagged.tokens[next].lowercase()
            || tagged.tokens[i].capitalized() && tagged.tokens[next].capitalized())
        && !tagged.bytes(next).ends_with(b"s")
        && tagged.word_in(next, List::CueVerbs)
        && !tagged.is_any(i - 1, words!["he", "she", "it", "who", "that", "which"])
}

/// "A 2014 House committee report found", "the 95-page report": a
/// singular document's noun before a verb of saying in the past or with
/// "-s" is that verb's subject (a verb "report" takes no such verb next),
/// and one after a measured modifier is a noun too.
fn document_before_its_verb(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    if !tagged.is_any(
        i,
        words!["report", "survey", "study", "review", "poll", "estimate"],
    ) {
        return false;
    }
    let measured = i >= range.start + 2
        && tagged.bytes(i - 1).contains(&b'-')
        && tagged.bytes(i - 1).first().is_some_and(u8::is_ascii_digit);
    let next = i + 1;
    measured
        || next < range.end
            && tagged.tokens[next].lowercase()
            && (is_past(tagged, next) || tagged.bytes(next).ends_with(b"s"))
            && tagged.word_in(next, List::CueVerbs)
}

/// "equipment able to receive HD signals is needed", "Opposition protests
/// were held": a plural noun before the verb of its clause (a verb is
/// not followed by one; "the wall Trump says is needed" is left to
/// "says", which is not listed).
fn plural_before_a_copula(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    // ("Financial details of the deal were not disclosed": a plural
    // before "of", which no verb of these takes.)
    if tagged.is_any(i, words!["details", "reports", "accounts", "estimates"])
        && tagged.is(i + 1, "of")
    {
        return true;
    }
    #[rustfmt::skip]
    const NOUNS: &[u64] = words![
        "signals", "protests", "demands", "threats", "pledges", "promises", "vows", "complaints",
        "objections", "appeals", "warnings", "calls", "admissions", "charges",
    ];
    const PLURAL_VERBS: &[u64] = words!["are", "were", "have"];
    // ("Water charges in the region are set to rise": past a short phrase
    // of a preposition, a plural verb that "charges" could not take.)
    let phrase_then_verb = || {
        tagged.in_set(i + 1, &crate::source::PREPOSITIONS)
            && (i + 3..(i + 6).min(range.end))
                .take_while(|&k| tagged.tokens[k].is_word())
                .any(|k| tagged.is_any(k, PLURAL_VERBS))
    };
    i + 1 < range.end
        && tagged.is_any(i, NOUNS)
        && (tagged.is_any(
            i + 1,
            words!["is", "are", "was", "were", "have", "has", "had", "will", "would"],
        ) || phrase_then_verb())
        && !tagged.is_any(
            i - 1,
            words!["he", "she", "it", "who", "that", "which", "what"],
        )
}

/// "Golden rule 'intact' says ex-aide", "the slide rule": the singular is
/// a verb only after an auxiliary, "to", "not" or a subject that can take
/// it ("the judges will rule", "did not rule out", "courts rule").
fn rule_as_a_noun(tagged: &Tagged, i: usize) -> bool {
    let plural = |k: usize| {
        let w = tagged.bytes(k);
        w.ends_with(b"s") && !w.ends_with(b"'s") && !w.ends_with("\u{2019}s".as_bytes())
    };
    tagged.is(i, "rule")
        && !(crate::source::is_auxiliary(tagged, i - 1)
            || tagged.is_any(
                i - 1,
                words!["not", "never", "to", "they", "we", "i", "you"],
            )
            || plural(i - 1))
}

/// "a speech on UK plans for Africa", "China breaks WTO rules", "EU rules
/// set the limit": a plural noun that is a verb only before its complement
/// ("plans to", "plans a tour", "objects to", "rules out"; "the judge
/// rules").
fn plural_noun_without_complement(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    const OBJECTS: &[u64] = words!["to", "that"];
    const RULES: &[u64] = words!["out", "that", "on", "in", "against"];
    const RULERS: &[u64] = words!["judge", "court", "panel", "justice", "tribunal", "referee"];
    let next_is_noun_context = || {
        tagged.tokens.get(i + 1).is_none_or(|t| !t.is_word())
            || crate::source::is_auxiliary(tagged, i + 1)
            || tagged.is_any(
                i + 1,
                words!["for", "of", "on", "in", "at", "and", "or", "by", "from", "with"],
            )
    };
    if tagged.is(i, "plans") {
        next_is_noun_context()
    } else if tagged.is(i, "objects") {
        !tagged.is_any(i + 1, OBJECTS)
    } else if tagged.is(i, "rules") {
        !(tagged.is_any(i + 1, RULES) || i > 0 && tagged.is_any(i - 1, RULERS))
    } else if tagged.is(i, "reports") {
        // "in producing corporate social responsibility reports.": a noun
        // ending the sentence after a modifier no reporter is ("..., the
        // paper reports." has its source).
        const REPORTERS: Lists = Lists::of(&[
            List::GroupNouns,
            List::PersonNouns,
            List::Titles,
            List::InstitutionNouns,
            List::MediaNouns,
        ]);
        i > 0
            && tagged
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind() == Kind::Period)
            && tagged.tokens[i - 1].is_word()
            && tagged.tokens[i - 1].lowercase()
            && !tagged.word_in_any(i - 1, REPORTERS)
            && !tagged.is_any(i - 1, words!["it", "he", "she", "who", "which", "that"])
    } else {
        false
    }
}

/// "Alongside BLM calls for action", "amid growing demands for", "about
/// shareholder worries over the bid": a plural after a preposition and a
/// modifier or two is a noun ("Mr Lee calls for" holds a verb: no
/// preposition before the name).
fn plural_after_preposition(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    // (Not "after", "with", "of": "after North Korea claims", "the Republic
    // of Turkey denies" hold verbs.)
    const OPENERS: &[u64] = words![
        "alongside",
        "amid",
        "amidst",
        "despite",
        "among",
        "against",
        "without",
        "about",
        "over",
    ];
    if !tagged.bytes(i).ends_with(b"s") || !tagged.tokens[i].lowercase() {
        return false;
    }
    // Up to three modifiers between ("amid growing union calls"), no clause.
    let modifier = |j: usize| {
        tagged.tokens[j].is_word()
            && !tagged.quoted[j]
            && !tagged.is_any(j, words!["who", "that", "which", "he", "she", "they", "it"])
    };
    let mut j = i - 1;
    let mut words = 0;
    while j > range.start && words < 3 && !tagged.is_any(j, OPENERS) && modifier(j) {
        j -= 1;
        words += 1;
    }
    // ("about shareholder worries", "over government plans", but "a book
    // about the chancellor claims", "knows anything about McConnell
    // knows", "Over the weekend Trump claims": after "about" or "over",
    // only lowercase modifiers with no determiner.)
    let bare =
        || (j + 1..i).all(|k| tagged.tokens[k].lowercase() && !tagged.in_set(k, &DETERMINERS));
    // (A capitalised one inside the sentence is a name's word: "The League
    // Against Cruel Sports says".)
    words > 0
        && tagged.is_any(j, OPENERS)
        && (tagged.tokens[j].lowercase() || j == range.start)
        && (!tagged.is_any(j, words!["about", "over"]) || bare())
}

/// "Democrats hoping to retain the House", "fans hoping for an encore": a
/// participle after its noun describes the people; "are hoping that" and
/// ", hoping to" ascribe the hope.
fn hoping_after_a_noun(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    let prev = i - 1;
    tagged.is(i, "hoping")
        && tagged.tokens[prev].is_word()
        && !crate::source::is_auxiliary(tagged, prev)
        && !tagged.is_ly_adverb(prev)
        && !tagged.is_any(
            prev,
            words!["still", "also", "now", "be", "been", "and", "clearly"],
        )
}

/// "the report", "his claims", "in support of"; but "first reported",
/// "last said" are an adverb before a past tense.
fn after_determiner(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let past = || is_past(tagged, i);
    // "voted in support of", "spoke in defence of": a noun between
    // prepositions.
    let framed = tagged.is_any(i - 1, words!["in", "with", "without"])
        && tagged.is_any(i + 1, words!["of", "for"]);
    (tagged.in_set(i - 1, &DETERMINERS)
        && !(tagged.is_any(i - 1, words!["first", "last"]) && past())
        && !crate::source::relative_that(tagged, range, i - 1))
        || framed
        || adjective_before_ing(tagged, range, i)
        || adverb_after_determiner(tagged, range, i)
        || base_form_after_a_noun(tagged, range, i)
        || modified_after_determiner(tagged, range, i)
        || after_according_to(tagged, range, i)
}

/// "according to studio estimates", "according to police reports": a word
/// of the phrase after "according to" is its noun, no verb ("according to
/// a Reuters news agency report": within four words).
fn after_according_to(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    (i.saturating_sub(6).max(range.start)..i - 1).any(|k| {
        tagged.is(k, "according")
            && tagged.is(k + 1, "to")
            && (k + 2..i).all(|j| tagged.tokens[j].is_word())
    })
}

/// "his closing remarks", "the final report", "their political views": a
/// determiner and a modifier before the word make it a noun.
fn modified_after_determiner(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    i >= range.start + 2
        && tagged.is_any(
            i - 2,
            words!["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"],
        )
        && tagged.is_any(
            i - 1,
            words![
                "closing",
                "opening",
                "prepared",
                "written",
                "final",
                "brief",
                "annual",
                "formal",
                "initial",
                "previous",
                "recent",
                // ("their political views": a kind of view held.)
                "political",
                "personal",
                "religious",
                "moral",
                "private",
                "economic",
                "social",
                "ideological",
                "own",
            ],
        )
}

/// "a general rule", "a new report", "an early estimate": a verb's base form
/// cannot follow "a" and one noun ("a voter says"), so it is the noun; not
/// after a count ("a few say", "a majority believe").
fn base_form_after_a_noun(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    static COUNTS: WordSet<64> = word_set![
        "few",
        "lot",
        "number",
        "majority",
        "minority",
        "third",
        "quarter",
        "half",
        "handful",
        "couple",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "plurality",
        "host",
        "slew",
    ];
    let w = tagged.bytes(i);
    let base = || {
        !w.ends_with(b"s")
            && !w.ends_with(b"ed")
            && !w.ends_with(b"ing")
            && !w.ends_with(b"en")
            && !tagged.in_set(i, &IRREGULAR_PAST)
    };
    // ("the original Sanders demand": a name after a determiner and an
    // adjective takes no verb's base form; "the Democrats demand" is a
    // plural's verb.)
    let determiner = |k: usize| {
        tagged.is_any(
            k,
            words!["the", "a", "an", "his", "her", "their", "its", "this", "that"],
        )
    };
    // (The tokens' case first: most cues follow no name.)
    let name_compound = i >= range.start + 3
        && tagged.tokens[i - 1].capitalized()
        && tagged.tokens[i].lowercase()
        // (Only past an adjective: "in the UK claim" may be a verb's
        // subject after a preposition.)
        && tagged.tokens[i - 2].lowercase()
        && determiner(i - 3)
        && !determiner(i - 2)
        && !tagged.bytes(i - 2).ends_with(b"s")
        && base()
        && !crate::attribute::is_people(tagged, i - 1);
    if name_compound {
        return true;
    }
    // ("Consumer demand rose", "Strong demand triggers a rally", "Fresh
    // hope after crisis": a word qualifying a noun opens the sentence, and
    // a noun of that use follows it, not before what a verb would take;
    // after a name the noun is still the name's stance, "Agassi fear for
    // Melbourne".)
    #[rustfmt::skip]
    static MODIFIERS: WordSet<64> = word_set![
        "strong", "weak", "fresh", "new", "renewed", "rescue", "consumer", "global", "rising",
        "falling", "growing", "public", "peace", "price", "pay", "tax", "trade", "takeover",
    ];
    let opening_modified = i == range.start + 1
        && tagged.tokens[i].lowercase()
        && tagged.is_any(
            i,
            words!["demand", "hope", "fear", "plan", "call", "support"],
        )
        && (tagged.in_set(i - 1, &MODIFIERS) || {
            let w = tagged.bytes(i - 1);
            w.len() > 5 && w[..5].eq_ignore_ascii_case(b"anti-")
        })
        && !tagged.is_any(
            i + 1,
            words!["to", "that", "the", "a", "an", "his", "her", "their", "its", "it", "them"],
        );
    if opening_modified {
        return true;
    }
    i >= range.start + 2
        && tagged.is_any(i - 2, words!["a", "an"])
        && tagged.tokens[i - 1].lowercase()
        && tagged.tokens[i - 1].is_word()
        && !tagged.in_set(i - 1, &COUNTS)
        // ("a book written by": a participle.)
        && base()
}

/// "Britain's emotionally charged uprising", "a widely reported claim": an
/// adverb in "-ly" between a determiner or a possessive and the word, which
/// modifies what follows.
fn adverb_after_determiner(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    // The noun modified: a content word, not the start of a clause ("Smith's
    // repeatedly said that", where "'s" is "has"; "the elderly said they").
    const CLAUSE_OPENERS: &[u64] = words![
        "that", "the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "we",
        "i", "you", "to", "in", "on", "at", "for", "with", "by", "of", "about", "as", "this",
        "there", "what", "how", "why", "whether", "if",
    ];
    const DEGREE: &[u64] = words!["most", "more", "least", "less", "very"];
    let modifies_next = || {
        tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && t.lowercase())
            && !tagged.is_any(i + 1, CLAUSE_OPENERS)
    };
    // "Redmayne most promising newcomer": a participle after a degree word,
    // before a noun, is an adjective.
    let participle = tagged.bytes(i).ends_with(b"ing") || tagged.bytes(i).ends_with(b"ed");
    // ("While most considered it illegal": "most" opening a clause is its
    // subject.)
    let degree_in_phrase = i >= range.start + 2
        && tagged.is_any(i - 1, DEGREE)
        && tagged.tokens[i - 2].is_word()
        && !tagged.is_any(
            i - 2,
            words![
                "while", "as", "but", "and", "because", "although", "though", "if", "when",
                "since", "whereas", "that", "so"
            ],
        );
    if participle && degree_in_phrase && modifies_next() {
        return true;
    }
    i >= range.start + 2
        // ("the most detailed proposals": a degree word too.)
        && (tagged.is_ly_adverb(i - 1) || tagged.is_any(i - 1, DEGREE))
        && modifies_next()
        && (tagged.is_any(i - 2, words!["a", "an", "the", "his", "her", "its", "their", "our"])
            // ("she's essentially saying", "who's repeatedly said": a
            // contraction, not a possessive.)
            || after_possessive(tagged, range, i - 1)
                && crate::source::pronoun_at(tagged, i - 2).is_none()
                && !tagged.is_any(i - 2, words!["who's", "that's", "what's", "there's", "here's"]))
}

/// "a strong showing", "a stern warning": a noun in "-ing" after an
/// adjective after "a". Only nouns that are commoner than the participle
/// after an adjective: after a noun the participle is the likelier reading
/// ("a statement warning that").
fn adjective_before_ing(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    i >= range.start + 2
        && tagged.is_any(
            i,
            words!["showing", "warning", "ruling", "finding", "reading"],
        )
        && tagged.is_any(i - 2, words!["a", "an"])
        && tagged.tokens[i - 1].lowercase()
        && !tagged.bytes(i - 1).ends_with(b"ly")
        && !tagged.word_in(i - 1, List::Documents)
}

/// "snap polls", "a government plan": a word before a document noun, or
/// after a determiner and a noun, modifies or is a noun.
fn modifies_a_noun(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let prev = i - 1;
    base_form(tagged, i)
        // ("UNECE is forecasting average growth": a progressive, whatever
        // its object.)
        && !(tagged.bytes(i).ends_with(b"ing")
            && tagged.is_any(prev, words!["is", "are", "was", "were", "been"]))
        // (", saying materials would be examined": a participle after its
        // comma is a verb whatever follows.)
        && (tagged.word_in(i + 1, List::Documents) && tagged.tokens[prev].kind() != Kind::Comma
            || (prev > range.start
                && tagged.tokens[prev].lowercase()
                && tagged.word_in(prev, List::InstitutionNouns)
                && tagged.in_set(prev - 1, &DETERMINERS)
                // ("Many in the party suggest": the verb of the many; ",
                // with the union saying": a participle with its subject;
                // "Sources close to the team say", not "written to the
                // watchdog saying".)
                && !(prev > range.start + 1
                    && (tagged.is_any(prev - 2, words!["in", "of", "within", "among", "with"])
                        || tagged.is(prev - 2, "to") && !tagged.bytes(i).ends_with(b"ing")))
                // ("Analysts at the bank say": a verb of saying after a place
                // of people, as after a name's.)
                && !members_of_a_name_speak(tagged, range, prev, i)
                // ("The club say they will appeal", "the party insist the
                // plan is sound": a body's plural verb before its clause;
                // not a participle, "suing the firm saying it".)
                && !(!tagged.bytes(i).ends_with(b"ing")
                    && (crate::source::pronoun_at(tagged, i + 1).is_some()
                        || tagged.is(i + 1, "that")
                        || tagged.in_set(i + 1, &DETERMINERS)))
                && !forecast_with_object(tagged, i)))
}

/// "the company forecast sales growth of 5%": "forecast", past tense as
/// well as base form, before a word that is no verb is the body's verb
/// ("the company forecast was cut", "the forecast shows" are nouns).
fn forecast_with_object(tagged: &Tagged, i: usize) -> bool {
    const VERBS: &[u64] = words![
        "shows", "suggests", "calls", "predicts", "says", "points", "sees", "expects", "assumes",
        "includes", "remains", "stands",
    ];
    tagged.is(i, "forecast")
        && tagged.tokens.get(i + 1).is_some_and(|t| t.lowercase())
        && !crate::source::is_auxiliary(tagged, i + 1)
        && !tagged.bytes(i + 1).ends_with(b"ed")
        && !tagged.is_any(i + 1, VERBS)
}

fn counted_at(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    counted(tagged, i)
}

/// "has plans", "had concerns": a word in "-s" after a form of "have" is
/// its object, a noun (a verb there would be a participle).
fn after_have(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    tagged.bytes(i).ends_with(b"s") && tagged.is_any(i - 1, words!["has", "have", "had", "having"])
}

/// Whether the words from `k`, after "added to", name a thing ("to
/// speculation", "to the pressure", "to Trump's woes"), not the people told
/// ("to reporters", "to local reporters", "to him", "to CNN").
fn added_to_a_thing(tagged: &Tagged, k: usize) -> bool {
    // (People who end their phrase: "to local reporters that", not "to her
    // delegate lead".)
    let told = |j: usize| {
        (tagged.word_in(j, List::GroupNouns)
            || tagged.word_in(j, List::PersonNouns)
            || tagged.word_in(j, List::MediaNouns)
            || tagged.word_in(j, List::Titles)
            || tagged.lists_starting_at(j).has(List::Outlets))
            && !tagged
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.lowercase() && !tagged.is(j + 1, "that"))
    };
    // ("to her delegate lead": "her" there owns a thing.)
    // ("to US payrolls": a country, not "us".)
    let pronoun =
        tagged.is_any(k, words!["him", "them", "me", "us", "you"]) && tagged.tokens[k].lowercase();
    !pronoun && !(k..k + 3).any(told)
}

/// "the first grand slam of 2005": a tournament, no attack (the walk back
/// to a source passes it too).
pub(crate) fn grand_slam(tagged: &Tagged, i: usize) -> bool {
    i > 0 && tagged.is_any(i, words!["slam", "slams"]) && tagged.is(i - 1, "grand")
}

/// Nouns of two words, one spelled as a cue verb: "a liberal
/// think tank"; "Olympic champion Christian Olsson", "the
/// world champion", "French Open champion" (not "moderate Republicans
/// champion the bill": a plural before it is its subject); "British hope
/// Kate Winslet".
pub(crate) fn compound_noun(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    const CONTESTS: &[u64] = words![
        "olympic",
        "world",
        "european",
        "national",
        "reigning",
        "former",
        "defending"
    ];
    // "British hope Kate Winslet", "medal hope Ana Ruiz": a noun before a
    // name; "Democrats hope Trump", "we hope Lind" have a subject before it.
    let hope_before_name = tagged.is(i, "hope")
        && tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
        && tagged.tokens[i - 1].is_word()
        && !tagged.bytes(i - 1).ends_with(b"s")
        && crate::source::pronoun_at(tagged, i - 1).is_none()
        && !tagged.is_any(
            i - 1,
            words![
                "i", "we", "you", "they", "many", "some", "most", "all", "few", "to", "and", "who",
                "that"
            ],
        )
        && !crate::source::is_auxiliary(tagged, i - 1);
    // "a creative writing course": a craft, not a text.
    let craft = tagged.is(i, "writing")
        && (tagged.is_any(
            i - 1,
            words![
                "creative",
                "script",
                "speech",
                "song",
                "technical",
                "virus",
                "code",
                "letter",
                "essay"
            ],
        ) || tagged.is_any(
            i + 1,
            words![
                "course",
                "courses",
                "class",
                "classes",
                "programme",
                "program",
                "workshop",
                "degree",
                "skills",
                "career",
                "partner",
                "team",
                "credits",
                "style",
                "campaign",
                "campaigns",
                "competition",
            ],
        ));
    // "UK Oscar hopes", "British hopes": a side's hopes, a noun.
    let side_hopes = tagged.is(i, "hopes")
        && tagged.is_any(
            i - 1,
            words![
                "oscar",
                "oscars",
                "title",
                "medal",
                "olympic",
                "cup",
                "championship",
                "slam",
                "promotion",
                "survival",
                "relegation",
                "qualification",
                "play-off",
                "playoff",
                "election",
                "nomination",
                "comeback",
                "recovery",
                "british",
                "english",
                "scottish",
                "welsh",
                "irish",
                "american",
                "french",
                "european",
                "world",
                "us",
                "uk",
            ],
        );
    // "boosting their Oscars hopes": hopes someone has, after a possessive
    // and a capitalised noun ("his mother hopes" is a verb), with no "to"
    // or "that" after them.
    let owned_hopes = tagged.is_any(i, words!["hopes", "hope"])
        && i >= 2
        && tagged.is_any(
            i - 2,
            words!["their", "his", "her", "its", "our", "my", "your"],
        )
        && tagged.tokens[i - 1].capitalized()
        && !tagged.is_any(i + 1, words!["to", "that"]);
    // "broke rules that limit", "changed the rules": rules kept or broken.
    let rules_kept = tagged.is_any(i, words!["rules", "rule"])
        && tagged.is_any(
            i - 1,
            words![
                "broke",
                "break",
                "breaks",
                "breaking",
                "broken",
                "follow",
                "follows",
                "followed",
                "flout",
                "flouted",
                "flouting",
                "obey",
                "obeyed",
                "bend",
                "bent",
                "tighten",
                "tightened",
                "relax",
                "relaxed",
                "changed",
                "change",
                "new",
                "strict",
                "tough",
                "tougher",
                "stricter",
            ],
        );
    hope_before_name
        || owned_hopes
        || side_hopes
        || rules_kept
        || craft
        || (tagged.is(i, "think") && tagged.is_any(i + 1, words!["tank", "tanks"]))
        // ("accusing the Chinese of militarizing disputed waters": a
        // participle between a gerund after a preposition and its object's
        // noun is an adjective, in a predicate begun before; "Opponents of
        // fracking warned" is a subject and its verb, "The Wasps wing
        // insisted he" has no gerund.)
        || (tagged.bytes(i).ends_with(b"ed")
            && i >= range.start + 2
            && tagged.is_any(i - 2, words!["of", "for", "by", "from", "about", "without"])
            && (range.start.max(i.saturating_sub(30))..i - 2).any(|k| {
                tagged.tokens[k].lowercase()
                    && (tagged.bytes(k).ends_with(b"ing")
                        || tagged.bytes(k).ends_with(b"ed")
                        || crate::source::is_auxiliary(tagged, k))
            })
            && tagged.tokens[i - 1].lowercase()
            && tagged.bytes(i - 1).ends_with(b"ing")
            && !tagged.word_in(i - 1, List::CueVerbs)
            && tagged.tokens.get(i + 1).is_some_and(|t| t.lowercase())
            && !tagged.in_set(i + 1, &DETERMINERS)
            && !tagged.is_any(
                i + 1,
                words!["that", "by", "to", "in", "on", "at", "for", "with", "as", "it", "him", "her", "them", "and"],
            ))
        || grand_slam(tagged, i)
        // ("the average asking price": a price, not a request.)
        || (tagged.is(i, "asking") && tagged.is_any(i + 1, words!["price", "prices", "rent", "rents"]))
        // ("the BBC Radio 1 chart show, which": a programme.)
        || (tagged.is_any(i, words!["show", "shows"])
            && tagged.is_any(
                i - 1,
                words![
                    "chart", "talk", "game", "chat", "breakfast", "radio", "tv", "television", "cable",
                    "quiz", "comedy", "morning", "cookery", "reality", "road", "trade", "air",
                    "motor", "fashion", "flower", "horse", "dog", "boat", "roadshow"
                ],
            )
            && !tagged.is_any(i + 1, words!["that", "how", "what", "why", "whether"]))
        // ("in a report published following a visit": a participle that
        // modifies a document after a preposition, with no agent after it
        // ("published on Thursday by the Forum" has one);
        // "The report published Tuesday showed" keeps its subject.)
        || (tagged.is(i, "published")
            && tagged.word_in(i - 1, List::Documents)
            && !(i + 1..i + 8).any(|k| tagged.is(k, "by"))
            && (i.saturating_sub(3)..i - 1).any(|k| {
                tagged.is_any(k, words!["in", "from", "of", "on", "with", "at", "into"])
            }))
        || (tagged.is(i, "champion")
            && (tagged.is_any(i - 1, CONTESTS)
                || tagged.tokens[i - 1].capitalized() && !tagged.bytes(i - 1).ends_with(b"s")))
}

/// "Lee reports for the Daily News", "Lee reported from Beijing": a
/// byline, not a report.
pub(crate) fn byline(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["reports", "writes", "reported", "reporting"])
        && tagged.is_any(i + 1, words!["for", "from"])
}

/// "Health worries have dogged her", "his claims were false", "but
/// advocates say": a plural noun before a plural verb; a verb in -s takes a
/// singular subject.
pub(crate) fn plural_subject(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    tagged.bytes(i).ends_with(b"s")
        && tagged.is_any(
            i + 1,
            words!["have", "are", "were", "haven't", "aren't", "weren't", "say", "said"],
        )
        // ("estates which it says are idle": after a pronoun, a verb.)
        && !(i > 0 && tagged.is_any(i - 1, words!["he", "she", "it"]))
}

/// "The nation added 178,000 jobs", "the delays added to the anger":
/// adding things, not words.
pub(crate) fn adding_things(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    // (The verb first: most words it is asked about are other cues.)
    if !tagged.is_any(i, words!["add", "adds", "added", "adding"]) {
        return false;
    }
    const AMOUNTS: &[u64] = words![
        "more",
        "another",
        "new",
        "nearly",
        "about",
        "some",
        "several",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
    ];
    // "added a third", "added a second goal": a score, not words.
    let ordinal = tagged.is(i + 1, "a")
        && tagged.is_any(
            i + 2,
            words!["second", "third", "fourth", "fifth", "sixth", "late", "goal", "try"],
        );
    // "added to the pressure", "adds up to": adding to things, not words
    // ("added to reporters" is still words).
    let adds_to =
        tagged.is(i + 1, "up") || tagged.is(i + 1, "to") && added_to_a_thing(tagged, i + 2);
    // ("Jones adding the conversion", "added the extras": points kicked.)
    let kicked = tagged.is(i + 1, "the")
        && tagged.is_any(
            i + 2,
            words![
                "conversion",
                "conversions",
                "extras",
                "extra",
                "penalty",
                "goal",
                "try"
            ],
        );
    // ("added an extra 6.4%": a figure after a word or two.)
    let figure = (i + 1..i + 4).any(|k| tagged.bytes(k).first().is_some_and(u8::is_ascii_digit))
        && tagged.is_any(
            i + 1,
            words!["a", "an", "another", "some", "nearly", "almost", "over"],
        );
    // ("adding showbiz news, interviews and banter": things put in, a
    // bare noun with no verb of a clause after it; "adding voters were
    // angry" says something.)
    let bare_noun = || {
        tagged.is(i, "adding")
            && i.checked_sub(1)
                .is_some_and(|p| tagged.tokens[p].kind() == Kind::Comma)
            && tagged.tokens.get(i + 1).is_some_and(|t| t.lowercase())
            && !tagged.in_set(i + 1, &DETERMINERS)
            && !tagged.in_set(i + 1, &crate::source::PREPOSITIONS)
            && crate::source::pronoun_at(tagged, i + 1).is_none()
            && !tagged.is_any(
                i + 1,
                words![
                    "that", "to", "there", "nothing", "no", "not", "many", "most", "all", "only",
                    "one", "what", "how", "why", "when", "if", "she's", "he's", "it's"
                ],
            )
            // (A verb of a clause: "adding inflation remained too high"; a
            // past form after an article is an adjective, "an improved
            // camera".)
            && !(i + 2..i + 7).any(|k| {
                crate::source::is_auxiliary(tagged, k)
                    || tagged.is_ly_adverb(k)
                    || k <= i + 3
                        && tagged.tokens.get(k).is_some_and(|t| t.lowercase())
                        && tagged.bytes(k).ends_with(b"ed")
                        && !tagged.in_set(k - 1, &DETERMINERS)
            })
    };
    // ('," added another New Hampshire Democrat.': a tag after a quotation,
    // its speaker after it.)
    let tag = i >= 2 && tagged.tokens[i - 1].kind() == Kind::Quote && tagged.is(i + 1, "another");
    tagged.bytes(i + 1).first().is_some_and(u8::is_ascii_digit)
        || figure
        || tagged.is_any(i + 1, AMOUNTS) && !tag
        || bare_noun()
        || ordinal
        || adds_to
        || kicked
        // ("OutKast will add their awards to the four": owned things put
        // with others.)
        || tagged.is_any(i, words!["add", "adds"])
            && tagged.is_any(i + 1, words!["their", "his", "her", "its"])
            && (i + 2..i + 5).any(|k| tagged.is(k, "to"))
        // ("added the relay crown to his indoor title": a thing put with
        // another that someone owns; "added the plan to cut taxes was
        // flawed" is words.)
        || tagged.is_any(i + 1, words!["the", "their", "his", "her", "its"])
            && (i + 3..i + 7).any(|k| {
                tagged.is(k, "to")
                    && tagged.is_any(k + 1, words!["his", "her", "their", "its", "a", "the"])
                    && !(i + 2..k).any(|j| crate::source::is_auxiliary(tagged, j))
            })
}

/// "Larkin added the extras.", "he repeated the feat to": a thing done
/// again or added, an object and no clause after it; not "added the plan
/// was sound" nor "repeated his claim".
fn repeating_a_deed(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const OBJECT_OPENERS: &[u64] = words!["the", "a", "an", "his", "her", "their", "its"];
    #[rustfmt::skip]
    const WORDS_SAID: &[u64] = words![
        "claim", "claims", "allegation", "allegations", "charge", "charges", "remark", "remarks",
        "comment", "comments", "warning", "warnings", "point", "message", "caveat", "criticism",
        "call", "calls", "demand", "demands", "promise", "pledge", "assertion", "argument",
        "question", "questions", "words", "statement", "line", "refrain", "mantra",
        "accusation", "accusations", "threat", "threats", "apology", "denial", "view", "views",
        "assurance", "assurances", "insistence", "suggestion", "request", "plea", "sentiment",
    ];
    // (", added the spokesman.": a tag, its subject after it.)
    if !tagged.is_any(i, words!["added", "adds", "repeated", "repeats"])
        || !tagged.is_any(i + 1, OBJECT_OPENERS)
        || !tagged.tokens[i - 1].is_word()
    {
        return false;
    }
    // One or two words of object, then the sentence's end, a comma, or a
    // preposition or "to" rather than a verb.
    const ENDS: &[u64] = words![
        "to", "in", "on", "at", "for", "with", "during", "after", "before", "from", "against",
        "into", "by", "and", "as", "again", "this", "last",
    ];
    let Some(end) = (i + 2..(i + 4).min(range.end)).find(|&k| {
        let t = tagged.tokens[k];
        !(t.is_word() && t.lowercase()) || tagged.is_any(k, ENDS)
    }) else {
        return false;
    };
    end > i + 2
        && !(i + 2..end)
            .any(|k| tagged.is_any(k, WORDS_SAID) || crate::source::is_auxiliary(tagged, k))
        && (matches!(tagged.tokens[end].kind(), Kind::Period | Kind::Comma)
            || tagged.is_any(end, ENDS))
}

/// "ahead of IMF forecasts", "in line with Treasury and Bank of England
/// forecasts", "below analyst forecasts": the forecasts of a phrase that a
/// preposition opens are a noun; so is "forecast models".
pub(crate) fn forecasts_after_preposition(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const OPENERS: &[u64] = words![
        "of", "with", "than", "below", "above", "to", "from", "in", "on", "against", "under",
        "over", "behind", "by", "for", "beat", "beating", "missed", "exceeded", "topped",
    ];
    if !tagged.is_any(i, words!["forecast", "forecasts"]) {
        return false;
    }
    // "Most forecast models give": a noun modifying another.
    if tagged.is_any(
        i + 1,
        words!["model", "models", "period", "error", "errors", "horizon", "figures", "data"],
    ) {
        return true;
    }
    // Back over the phrase's words (names, "and", one lowercase noun) to
    // the word before it; an "of" inside a name ("Bank of England") is the
    // name's.
    let mut k = i;
    while k > range.start && i - k < 6 && tagged.tokens[k - 1].is_word() {
        let w = k - 1;
        let name_of = tagged.is(w, "of") && w > range.start && tagged.tokens[w - 1].capitalized();
        if tagged.is_any(w, OPENERS) && !name_of {
            return k < i;
        }
        let in_phrase = tagged.tokens[w].capitalized()
            || tagged.is(w, "and")
            || name_of
            || (k == i && tagged.tokens[w].lowercase());
        if !in_phrase {
            return false;
        }
        k = w;
    }
    false
}

/// "the editor's note", "Clinton's plan".
pub(super) fn after_possessive(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let owned = |k: usize| {
        let p = tagged.bytes(k);
        p.ends_with(b"'s") || p.ends_with("’s".as_bytes())
    };
    // ("Makes Hillary's Trump Claim Look Silly": a name between the
    // possessive and a verb's base form, which a singular name's verb
    // would not take; "Britain's Blair Says" is a verb.)
    let owned_compound = || {
        i >= range.start + 2
            && tagged.tokens[i - 1].capitalized()
            && owned(i - 2)
            && !owned(i - 1)
            && {
                let w = tagged.bytes(i);
                !w.ends_with(b"s")
                    && !w.ends_with(b"ed")
                    && !w.ends_with(b"ing")
                    && !tagged.in_set(i, &IRREGULAR_PAST)
            }
    };
    // ("her Wall Street remarks": a name between a possessive pronoun and
    // the noun it owns.)
    let owned_by_pronoun = || {
        i >= range.start + 2
            && tagged.tokens[i - 1].capitalized()
            && (i.saturating_sub(4).max(range.start)..i - 1)
                .rev()
                .take_while(|&k| tagged.tokens[k].is_word())
                .find(|&k| !tagged.tokens[k].capitalized())
                .is_some_and(|k| tagged.is_any(k, words!["his", "her", "their", "its", "our"]))
    };
    // ("She's pointing out": a pronoun's contraction opening a clause, no
    // owner, before a progressive; not "supplements he's promoted".)
    let contraction = || {
        tagged.is_any(i - 1, words!["he's", "she's"])
            && tagged.bytes(i).ends_with(b"ing")
            && (i - 1 == range.start
                || !tagged.tokens[i - 2].is_word()
                || tagged.is_any(i - 2, words!["and", "but", "so", "now"]))
    };
    // ("Foster's said", "she's told": a verb no possessive owns, after a
    // firm's name in "'s" or a contraction.)
    let verb_only = || tagged.is_any(i, words!["said", "says", "told", "tells"]);
    owned(i - 1) && !contraction() && !verb_only()
        || plural_possessive(tagged, i)
        || owned_compound()
        || owned_by_pronoun()
}

/// "relies on user reports", "did not initiate any user reports": a
/// plural of speech after a noun that follows a preposition or a
/// quantifier is that noun's compound ("the company reports that" is a
/// verb after its subject).
fn plural_after_a_noun(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["reports", "claims", "complaints", "comments", "warnings"])
        && i >= range.start + 2
        && tagged.tokens[i - 1].lowercase()
        && !tagged.bytes(i - 1).ends_with(b"s")
        && !tagged.bytes(i - 1).ends_with(b"ed")
        && !tagged.word_in(i - 1, List::CueVerbs)
        && !crate::source::is_auxiliary(tagged, i - 1)
        && crate::source::pronoun_at(tagged, i - 1).is_none()
        && !tagged.is_ly_adverb(i - 1)
        // ("to probe claims": a verb after "to".)
        && !tagged.is_any(i - 2, words!["to", "and", "but"])
        && (tagged.in_set(i - 2, &crate::source::PREPOSITIONS)
            || tagged.is_any(
                i - 2,
                words!["any", "no", "some", "many", "several", "few", "more", "multiple"],
            ))
}

/// "the Dutch champions' shortlist": a plural in "-s" with an apostrophe
/// set right after it and a word after that owns the word, a noun.
fn plural_possessive(tagged: &Tagged, i: usize) -> bool {
    let t = &tagged.tokens;
    t.get(i + 1).is_some_and(|q| {
        q.kind() == Kind::Quote
            && q.span().start == t[i].span().end
            && matches!(tagged.word(i + 1), "'" | "’")
    }) && tagged.bytes(i).ends_with(b"s")
        && t.get(i + 2).is_some_and(|w| w.lowercase())
}

/// "declined to say", "wants to say"; but "went on to say" and "appeared to
/// suggest" attribute, and so does "voters I spoke to said" (the writer's
/// contact clause).
fn after_to(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let prev = i - 1;
    tagged.is(prev, "to")
        && !(prev > range.start
            && (tagged.is_any(prev - 1, words!["on", "hastened"])
                // "went so far as to suggest".
                || tagged.is(prev - 1, "as") && prev > range.start + 1 && tagged.is(prev - 2, "far")
                || tagged.in_set(prev - 1, &crate::source::EAGER)
                || crate::source::compared_likely(tagged, prev - 1)
                // "took a moment to point out", "went out of his way to say",
                // "used a speech to say".
                || crate::source::occasion_taken(tagged, range.start, prev - 1).is_some()
                // "prompted some analysts to forecast", "led Apacs to
                // conclude".
                || crate::source::causative_object(tagged, range, prev)
                || tagged.in_set(prev - 1, &crate::source::RAISING)
                || tagged.in_set(prev - 1, &crate::source::INCEPTIVE) && !tagged.is(i, "find")
                // "returned to critiquing Sanders".
                || tagged.in_set(prev - 1, &crate::source::TURNING)
                    && tagged.bytes(i).ends_with(b"ing")
                // "used to say": what a source said as a habit.
                || habit_used(tagged, range, prev - 1)
                // "He is expected to say that", "is set to call for a fine":
                // words about to be said, given, or a stance about to be
                // taken ("is due to announce" tells no words).
                || prev > range.start + 1
                    && tagged.is_any(prev - 1, words!["expected", "due", "set", "poised"])
                    && tagged.is_any(prev - 2, words!["is", "are", "was", "were"])
                    && (tagged.is(i + 1, "that")
                        || tagged.is_any(
                            i,
                            words![
                                "call", "urge", "demand", "criticise", "criticize", "attack",
                                "warn", "reject", "oppose", "propose", "recommend"
                            ],
                        ))))
        && crate::source::contact_clause(tagged, range.start, prev).is_none()
}

/// "used" at `k` before "to" as a habit ("he used to say"), not a tool's
/// use ("a term Rubio has used to describe").
pub(crate) fn habit_used(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    tagged.is(k, "used")
        && tagged.tokens[k].lowercase()
        && !(k > range.start
            && tagged.is_any(
                k - 1,
                words!["has", "have", "had", "was", "were", "is", "are", "be", "been"],
            ))
}
