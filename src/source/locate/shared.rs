//! A cue sharing a subject named before it: the sentence's main subject
//! ("Trump rallied in Ohio and said"), past a participle's aside or a
//! causative's object ("let reporters know").

use super::*;

/// Whether a comma before `verb` closes an aside opened by a comma and a
/// participle after a common noun ("since launch, outstripping
/// Microsoft's Xbox, said").
pub(super) fn participle_aside_before(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    let tokens = &tagged.tokens;
    verb > range.start + 2
        && tokens[verb - 1].kind() == Kind::Comma
        && (verb.saturating_sub(12).max(range.start)..verb - 1)
            .rev()
            .find(|&k| tokens[k].kind() == Kind::Comma)
            .is_some_and(|c| {
                // (After a subject's name, "Trump, speaking at a rally,
                // said", the name is the source.)
                // (Nor after a short phrase of "the" and its noun, "The
                // newspaper, citing unnamed sources, said": the subject.)
                let subject =
                    c <= range.start + 3 && tagged.is_any(range.start, words!["the", "a", "an"]);
                c > range.start
                    && tokens[c - 1].lowercase()
                    && tokens[c + 1].lowercase()
                    && tagged.bytes(c + 1).ends_with(b"ing")
                    && !subject
            })
}

/// "Sanders, who endorsed Canova in May and said he would campaign": a
/// verb joined by "and" or "but" inside a relative clause about a name
/// shares the clause's subject. Where to seek the subject back from: the
/// token after "who" (`verb` itself when the cue is no such verb).
pub(super) fn subject_search_start(tagged: &Tagged, range: &Range<usize>, verb: usize) -> usize {
    let mut conj = verb.saturating_sub(1);
    while conj > range.start + 2
        && conj + 3 > verb
        && (subject::is_auxiliary(tagged, conj) || tagged.is_ly_adverb(conj))
    {
        conj -= 1;
    }
    if conj <= range.start + 2 || !tagged.is_any(conj, words!["and", "but"]) {
        return verb;
    }
    // (One clause: no comma, dash or quotation between "who" and "and".)
    (conj.saturating_sub(20).max(range.start + 1)..conj)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is(k, "who"))
        // (After a name: "The demonstrators, who have taken to the streets
        // and called for change," is kept as the clause it is.)
        .filter(|&who| {
            who + 1 < conj
                && who > range.start + 1
                && tagged.tokens[who - 1].kind() == Kind::Comma
                && tagged.tokens[who - 2].capitalized()
        })
        .map_or(verb, |who| who + 1)
}

/// "The campaign entered the talks believing it had leverage": a
/// participle of belief right after the main clause's object (a plain
/// noun at `prev`, no source's, no function word), which the subject holds.
fn belief_after_object(tagged: &Tagged, cue: &Cue, prev: usize) -> bool {
    #[rustfmt::skip]
    const NO_OBJECT: &[u64] = words![
        "the", "a", "an", "and", "or", "not", "but", "still", "also", "now", "been", "be",
        "being", "had", "have", "has", "was", "were", "is", "are", "many", "most", "some", "all",
        "few",
    ];
    tagged.is_any(
        cue.first,
        words!["believing", "hoping", "expecting", "fearing", "thinking"],
    ) && tagged.tokens[prev].is_word()
        && tagged.tokens[prev].lowercase()
        && !tagged.in_set(prev, &PREPOSITIONS)
        && !subject::is_auxiliary(tagged, prev)
        && !tagged.word_in_any(prev, SOURCE_NOUNS)
        && !tagged.is_ly_adverb(prev)
        && !tagged.is_any(prev, NO_OBJECT)
}

/// Whether the words before the "to" at `to` are the object of a
/// causative ("prompted some analysts to", "led Apacs to", "prompted Paul
/// Smith to"): a causative among the six words before, and a lowercase
/// word or a name, all capitals from the causative on, just before "to".
pub(crate) fn causative_object(tagged: &Tagged, range: &Range<usize>, to: usize) -> bool {
    if to < range.start + 2 || !tagged.is(to, "to") {
        return false;
    }
    let from = to.saturating_sub(6).max(range.start);
    let Some(c) = (from..to - 1).rev().find(|&k| tagged.is_any(k, CAUSATIVES)) else {
        return false;
    };
    tagged.tokens[to - 1].lowercase()
        || (c + 1..to).all(|k| tagged.tokens[k].capitalized() && tagged.tokens[k].is_word())
}

/// Verbs that lead their object to do something ("prompted analysts to
/// forecast"): the object is the subject of the verb after "to".
pub(crate) const CAUSATIVES: &[u64] = words![
    "prompted",
    "prompting",
    "prompts",
    "prompt",
    "led",
    "leads",
    "leading",
    // ("These developments lead some to suggest".)
    "lead",
    "caused",
    "causes",
    "forced",
    "forces",
    "encouraged",
    "encourages",
];

/// "..., having previously indicated she would stay": a perfect
/// participle after a comma (adverbs may come between).
pub(super) fn perfect_participle(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    let Some(mut having) = cue.first.checked_sub(1).filter(|&p| p > range.start) else {
        return false;
    };
    while having > range.start + 1
        && (tagged.is_ly_adverb(having) || tagged.is_any(having, words!["already", "also"]))
    {
        having -= 1;
    }
    tagged.is(having, "having")
        && tagged.tokens[having - 1].kind() == Kind::Comma
        && !tagged.quoted[having]
}

/// Whether a verb continues the main clause without a subject of its own:
/// a participle after a comma ("..., accusing her of") or a verb after
/// "and" ("is bearish on loans and expects").
pub(super) fn shares_main_subject(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    let Some(prev) = cue.first.checked_sub(1).filter(|&p| p > range.start) else {
        return false;
    };
    if perfect_participle(tagged, range, cue) {
        return true;
    }
    // "..., the people said, asking not to be named": the participle goes
    // with the clause it follows, not the main one.
    // (`as "radical Islamists," saying`: the comma inside the closing mark.)
    let comma_in_mark = prev > range.start + 1
        && tagged.tokens[prev].kind() == Kind::Quote
        && tagged.tokens[prev - 1].kind() == Kind::Comma;
    let prev = if comma_in_mark { prev - 1 } else { prev };
    // ("resisted pressure ..., instead saying": an adverb after the comma.)
    let prev = if prev > range.start + 1
        && tagged.is_any(prev, words!["instead", "also", "again", "later"])
        && tagged.tokens[prev - 1].kind() == Kind::Comma
    {
        prev - 1
    } else {
        prev
    };
    let participle = tagged.bytes(cue.first).ends_with(b"ing")
        && tagged.tokens[prev].kind() == Kind::Comma
        && (!tagged.quoted[prev] || comma_in_mark)
        && (!tagged.word_in(prev - 1, List::CueVerbs)
            // "dismissive of the plan, telling": a noun, not a verb.
            || crate::cue::is_noun_use(tagged, range, prev - 1));
    // "reviewed the records before confirming that", "while insisting";
    // "makes no apologies for accusing China of", "was criticised for
    // insisting": blame or regret for what the subject said ("praised
    // Trump for speaking out" is Trump's).
    // ("banned from coaching for six weeks for calling": the blame a few
    // words before, past its own phrase of time; not "banned him for", the
    // object's.)
    let blamed = || {
        tagged.is(prev, "for")
            && prev > range.start
            && (tagged.is_any(
                prev - 1,
                words![
                    "apology",
                    "apologies",
                    "apologised",
                    "apologized",
                    "criticism",
                    "criticised",
                    "criticized",
                    "condemned",
                    "attacked",
                    "slammed",
                    "blasted",
                    "fined",
                    "rebuked",
                    "censured",
                    "punished",
                    "sacked",
                    "fired",
                    "suspended",
                    "sued",
                    // ("won praise for saying", "whipped up a media storm
                    // for saying", "came under fire for claiming": the
                    // stir the subject's words made.)
                    "praise",
                    "storm",
                    "row",
                    "outrage",
                    "controversy",
                    "backlash",
                    "fire",
                    "flak",
                    "furore",
                    "furor",
                    "ridicule",
                    "headlines"
                ],
            ) || (prev.saturating_sub(8).max(range.start)..prev - 1).any(|k| {
                !tagged.quoted[k]
                    && tagged.is_any(k, words!["banned", "disciplined", "reprimanded"])
                    && tagged.is_any(k + 1, words!["from", "for"])
            }))
    };
    let adjunct = tagged.bytes(cue.first).ends_with(b"ing")
        && (tagged.is_any(prev, words!["before", "after", "while", "without", "by"]) || blamed())
        && tagged.tokens[prev].lowercase()
        // "it goes without saying": an idiom.
        && !(tagged.is(prev, "without") && tagged.is_any(prev - 1, words!["goes", "go", "went"]));
    let participle = participle || adjunct || belief_after_object(tagged, cue, prev);
    // "and", "but", past auxiliaries and adverbs ("but has denied", ", but
    // also contended").
    let mut conj = prev;
    // ("and on Monday announced": past a day too.)
    if conj > range.start + 2 && tagged.in_set(conj, &DAYS) && tagged.is(conj - 1, "on") {
        conj -= 2;
    }
    while conj > range.start + 1
        && conj + 3 > prev
        && (subject::is_auxiliary(tagged, conj)
            || (tagged.tokens[conj].lowercase() && tagged.in_set(conj, &SKIPPABLE)))
        && !tagged.quoted[conj]
    {
        conj -= 1;
    }
    // "has been making this argument and boldly claiming": a participle
    // joined to an earlier one of the same progressive, or of a participle
    // clause (", trashing Trump as unqualified and accusing him").
    let progressive = || {
        (range.start.max(conj.saturating_sub(30)) + 1..conj).any(|k| {
            (tagged.is_any(k - 1, words!["been", "is", "are", "was", "were", "be"])
                || tagged.tokens[k - 1].kind() == Kind::Comma
                    && !tagged.quoted[k]
                    && tagged.in_set(cue.first, &SPEAKING))
                && tagged.tokens[k].lowercase()
                && tagged.bytes(k).ends_with(b"ing")
        })
    };
    // ("Clinton paused, then revealed why": a comma and "then" join the
    // verbs as "and" would.)
    let then = || {
        tagged.tokens[conj].kind() == Kind::Comma
            && tagged.is(conj + 1, "then")
            && conj > range.start
            && tagged.bytes(conj - 1).ends_with(b"ed")
    };
    let coordinated = (tagged.is(conj, "but")
        || tagged.is(conj, "and")
        || then())
        && (!tagged.bytes(cue.first).ends_with(b"ing") || progressive())
        // ", and support for Sanders would": a noun.
        && !tagged.is_any(cue.last + 1, words!["for", "of"]);
    let prev = conj;
    // A verb with no ending of tense or person right after the "and"
    // ("support", not "supports", "did not expect").
    let w = tagged.bytes(cue.first);
    let bare = conj + 1 == cue.first
        && !w.ends_with(b"ed")
        && !w.ends_with(b"s")
        && !tagged.in_set(cue.first, &crate::cue::IRREGULAR_PAST);
    // Not when a relative or subordinate clause comes first ("demonstrators,
    // who have taken to the streets and called for"); looked for only after
    // "and" or "but", as the scan is long and most cues need no answer.
    let embedded = || {
        (range.start.max(prev.saturating_sub(60))..prev).any(|k| {
            // "said that ... and noted": a complement, not a relative clause.
            // "She brought that down ... but said": after a past tense, "that"
            // is the object, not a relative pronoun.
            let complement = tagged.is(k, "that")
                && k > range.start
                && (tagged.word_in(k - 1, List::CueVerbs)
                    || tagged.bytes(k - 1).ends_with(b"ed")
                    || tagged.in_set(k - 1, &crate::cue::IRREGULAR_PAST));
            // "while working with Gilbert, and said": a participle phrase
            // has no subject of its own.
            // "did not say when the move would happen, but said": a question
            // after a verb of saying is its object, no subordinate clause.
            let asked = k > range.start && tagged.word_in(k - 1, List::CueVerbs);
            // ("the case of Scholes, who hanged himself, and urged": a
            // relative clause between commas, closed before the "and".)
            // (Not a list of verbs: "who marched, chanted slogans, and".)
            // ("Mr. Sanders, whose win came in Rhode Island, did not attack
            // her but argued": closed by a comma before the main verb.)
            let closed = k > range.start
                && tagged.tokens[k - 1].kind() == Kind::Comma
                && (prev > k + 2
                    && tagged.tokens[prev - 1].kind() == Kind::Comma
                    && !(k + 1..prev - 1).any(|c| tagged.tokens[c].kind() == Kind::Comma)
                    || main_verb_after_aside(tagged, range, k - 1, prev));
            // ("suggested she would do an about-face and support the deal":
            // after a verb of saying, a pronoun and its modal open the
            // reported clause that a bare verb after "and" goes on; "said
            // he would order a review and warned" returns to the speaker.)
            let reported_modal = bare
                && k > range.start + 1
                && tagged.is_any(k, words!["would", "will", "could", "should", "might"])
                && pronoun_at(tagged, k - 1).is_some()
                && tagged.word_in(k - 2, List::CueVerbs);
            // ("did the math on that feat, and found": after a preposition,
            // "that" points at a noun.)
            // (Not "in": "lucky in that voters ..." is "because".)
            let pointing = k > range.start
                && tagged.is_any(
                    k - 1,
                    words![
                        "on", "of", "at", "for", "with", "about", "from", "to", "into", "over",
                        "under", "during"
                    ],
                );
            (tagged.is_any(k, words!["who", "which", "whom", "whose"]) && !closed
                || tagged.is(k, "that") && !complement && !pointing
                || reported_modal)
                || tagged.in_set(k, &SUBORDINATORS)
                    && !tagged.bytes(k + 1).ends_with(b"ing")
                    && !asked
        })
    };
    // "Mr Brown doubled the level ..., unveiled a rise in ...": a past
    // tense after a comma, before its object, in a list of the subject's
    // acts (not ", added the spokesman.", an inverted tag).
    let listed = || {
        tagged.tokens[cue.first - 1].kind() == Kind::Comma
            && !tagged.quoted[cue.first - 1]
            && tagged.bytes(cue.first).ends_with(b"ed")
            && cue.first == cue.last
            // ("..., conceded a penalty": a game's act; ", added a spokesman
            // for the Department of Homeland Security", a verb of saying, is
            // an inverted tag however long its subject.)
            && !tagged.is(cue.first, "conceded")
            && !tagged.is_any(cue.first, SAYING)
            && tagged.is_any(
                cue.last + 1,
                words!["a", "an", "its", "his", "her", "their", "plans", "new"],
            )
            && !closing_described_subject(tagged, range, cue.last + 1)
            // (The list's first verb right after its subject, a name or a
            // pronoun: not "Sen. Ted Cruz, a candidate who has made ...,
            // tweeted a warning", an appositive before the verb.)
            && (cue.first.saturating_sub(40).max(range.start + 1)..cue.first - 1).any(|k| {
                tagged.tokens[k].lowercase()
                    && (tagged.bytes(k).ends_with(b"ed")
                        || tagged.in_set(k, &crate::cue::IRREGULAR_PAST))
                    && (tagged.tokens[k - 1].capitalized() && !tagged.quoted[k - 1]
                        || pronoun_at(tagged, k - 1).is_some())
            })
    };
    participle || (coordinated && !embedded()) || listed()
}

/// Whether the aside opened by the comma `comma` closes before `end` and the
/// main clause's verb follows it: an auxiliary or a past tense ("Sanders,
/// whose win came in May, did not", ", who voted for it, said").
/// Not after a verb of saying: "Hassel says Juninho, who has bought a
/// home, would stay but will seek a move" is all the reported clause.
fn main_verb_after_aside(tagged: &Tagged, range: &Range<usize>, comma: usize, end: usize) -> bool {
    let v = subject::past_aside(tagged, range, comma);
    // (Within 30 words back: a bound, so that a sentence of many such
    // clauses stays linear.)
    let reported = || {
        (comma.saturating_sub(30).max(range.start)..comma)
            .any(|k| tagged.word_in(k, List::CueVerbs))
    };
    v > comma + 1
        && v < end
        && tagged.tokens[v].lowercase()
        && !tagged.quoted[v]
        && (subject::is_auxiliary(tagged, v)
            || tagged.bytes(v).ends_with(b"ed")
            || tagged.in_set(v, &crate::cue::IRREGULAR_PAST))
        && !reported()
}
