//! Cues that are nouns after their owner: "Trump's claim that", "Their
//! fear is that", "the view of", a verdict "in the words of".

use super::*;

/// Nouns of a judgement passed on a quotation.
static VERDICTS: WordSet<16> = word_set![
    "assessment",
    "verdict",
    "view",
    "opinion",
    "judgment",
    "judgement",
    "conclusion",
];

/// `"...," is the dry assessment of Graham Lane`, `"...," was the verdict
/// of one analyst`: a judgement at `noun` right after a quotation's
/// closing mark (a quoted word just before it), by a copula and "the"; its
/// holder, after "of", spoke the quotation. The cue runs from the copula
/// to "of".
// (Kept out of line: inlined, it grew the cue finder past what the
// compiler inlines into its caller, and the whole audit paid 1.4 %.)
#[inline(never)]
pub(super) fn verdict_of(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    if !tagged.in_set(noun, &VERDICTS) || noun + 2 >= range.end || !tagged.is(noun + 1, "of") {
        return None;
    }
    let the = (noun.saturating_sub(3).max(range.start)..noun)
        .rev()
        .find(|&k| tagged.is(k, "the"))?;
    let copula = the.checked_sub(1).filter(|&k| k > range.start)?;
    let tokens = &tagged.tokens;
    // (A quotation's closing mark, a quoted word just inside it: a title
    // in marks is no quotation, `"Lessons Learned," is the conclusion of`.)
    let after_quote = tagged.is_any(copula, words!["is", "was"])
        && tokens[copula - 1].kind() == Kind::Quote
        && (copula.saturating_sub(4).max(range.start)..copula - 1)
            .any(|k| tagged.quoted[k] && tokens[k].is_word());
    // (Only adjectives between "the" and the noun: "the dry assessment".)
    let plain = (the + 1..noun).all(|k| tokens[k].lowercase());
    (after_quote && plain).then_some(Cue {
        kind: CueKind::According,
        first: copula,
        last: noun + 1,
        passive: false,
    })
}

/// Nouns of a stance its owner holds ("Their fear is that"). (The same
/// words are in `cue_phrases.txt`, so the cue finder looks at them.)
pub(crate) static STANCE_NOUNS: WordSet<32> = word_set![
    "fear",
    "hope",
    "belief",
    "concern",
    "worry",
    "argument",
    "position",
    "contention",
    "expectation",
    "bet",
    "suspicion",
    "view",
    "assessment",
    "claim",
    "allegation",
];

/// The noun of an owned stance whose copula is at `copula` (see
/// [`owned_stance`]): right before it, or before a day ("argument on
/// Sunday was").
pub(crate) fn stance_noun(tagged: &Tagged, copula: usize) -> usize {
    if copula >= 3 && on_a_day(tagged, copula - 2) {
        copula - 3
    } else {
        copula - 1
    }
}

/// Possessive pronouns that own a stance.
pub(crate) const POSSESSIVE_PRONOUNS: &[u64] = words!["his", "her", "their"];

/// "Their fear is that it could be too late", "Trump's view was that": a
/// stance at `noun` owned by a possessive pronoun or a name that opens the
/// clause, then "is" or "was" and "that" opening a clause. The cue is the
/// copula and "that"; the owner and the noun are the source (see
/// [`CueKind::Stance`]).
// (Out of line, as `verdict_of`: inlined, it grows the cue finder.)
#[inline(never)]
pub(super) fn owned_stance(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    if noun <= range.start || !tagged.in_set(noun, &STANCE_NOUNS) {
        return None;
    }
    let owner = owner_past_modifiers(tagged, range, noun);
    // (A name's possessive, not "The company's", whose lists the
    // possessive hides; nor "The problem with his argument": the owner
    // opens the clause.)
    let owned = tagged.is_any(owner, POSSESSIVE_PRONOUNS)
        || tagged.tokens[owner].capitalized() && crate::resolve::possessive(tagged, owner);
    let start = owner_start(tagged, range, owner);
    let opens = start == range.start
        || matches!(tagged.tokens[start - 1].kind(), Kind::Comma | Kind::Dash)
        || tagged.is_any(start - 1, words!["and", "but"]);
    // ("Sanders's argument on Sunday was that": past a day.)
    let copula = if noun + 2 < range.end && on_a_day(tagged, noun + 1) {
        noun + 3
    } else {
        noun + 1
    };
    (owned
        && opens
        && tagged.is_any(copula, words!["is", "was"])
        && tagged.is(copula + 1, "that")
        && opens_that_clause(tagged, range, copula + 2))
    .then_some(Cue {
        kind: CueKind::Stance,
        first: copula,
        last: copula + 1,
        passive: false,
    })
}

/// Nouns of things said or held that a clause after "that" states
/// ("Trump's claim that", "his warnings that").
/// (The same words are in `cue_phrases.txt`, so the cue finder looks at
/// them.)
pub(crate) static CLAIM_NOUNS: WordSet<128> = word_set![
    "claim",
    "claims",
    "assertion",
    "assertions",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "suggestion",
    "insistence",
    "contention",
    "warning",
    "warnings",
    "charge",
    "complaint",
    "complaints",
    "fear",
    "fears",
    "belief",
    "view",
    "promise",
    "pledge",
    "vow",
    "remark",
    "remarks",
    "comments",
    "statement",
    "statements",
    "prediction",
    "argument",
    "admission",
    "assurance",
    "assurances",
    "boast",
    "hope",
    "concern",
    "concerns",
    "suspicion",
    "conviction",
    "proposition",
    "thesis",
    // ("Opec's recent announcement that it was unlikely to cut output".)
    "announcement",
    "declaration",
    "denial",
];

/// "Trump's claim that the vote is rigged", "Contrary to his claim that":
/// a noun of things said at `noun`, owned by a possessive pronoun or a
/// name just before it, and "that" opening a clause, what was said. The
/// cue is the noun and "that"; the owner is the source (see
/// [`CueKind::Claim`]).
// (Out of line, as `verdict_of`: inlined, it grows the cue finder.)
#[inline(never)]
pub(super) fn owned_claim(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    if noun <= range.start || !tagged.in_set(noun, &CLAIM_NOUNS) || !tagged.is(noun + 1, "that") {
        return None;
    }
    let owner = owner_past_modifiers(tagged, range, noun);
    // ("He repeated his assertion that": the verb's own attribution.)
    let pronoun = tagged.is_any(owner, POSSESSIVE_PRONOUNS);
    let repeated = pronoun && owner > range.start && tagged.word_in(owner - 1, List::CueVerbs);
    // (Not a day's or a month's: "Monday's warning that"; "May's" may be
    // Theresa May's.)
    let when = || crate::source::names_a_date(tagged, owner);
    let owned = pronoun
        || tagged.tokens[owner].capitalized()
            && crate::resolve::possessive(tagged, owner)
            && !when()
        || plural_owner(tagged, range, owner);
    (owned && !repeated && opens_that_clause(tagged, range, noun + 2)).then_some(Cue {
        kind: CueKind::Claim,
        first: noun,
        last: noun + 1,
        passive: false,
    })
}

/// The token before the noun at `noun` that may own it, past up to two
/// lowercase modifiers ("Podliska's most explosive claim", "his earlier
/// statements"): the token just before the noun when no owner is past
/// them.
pub(crate) fn owner_past_modifiers(tagged: &Tagged, range: &Range<usize>, noun: usize) -> usize {
    let is_owner = |k: usize| {
        tagged.is_any(k, POSSESSIVE_PRONOUNS)
            || tagged.tokens[k].capitalized() && crate::resolve::possessive(tagged, k)
    };
    // (An adjective: not a plural noun, "His lawyers claim that", nor an
    // owner of its own, "his campaign's persistent suggestion".)
    let plural_noun = |k: usize| {
        let w = tagged.bytes(k);
        w.ends_with(b"s") && !w.ends_with(b"ous") && !w.ends_with(b"ss")
    };
    let modifier = |k: usize| {
        tagged.tokens[k].lowercase()
            && !tagged.quoted[k]
            && !tagged.is_any(
                k,
                words!["the", "a", "an", "this", "that", "its", "our", "your", "my"],
            )
            && !plural_noun(k)
            && !crate::resolve::possessive(tagged, k)
            && !is_owner(k)
    };
    (noun.saturating_sub(3).max(range.start)..noun - 1)
        .rev()
        .take_while(|&k| modifier(k + 1))
        .find(|&k| is_owner(k))
        .unwrap_or(noun - 1)
}

/// "budget hawks' warnings that", "the Democrats’ claims that": the
/// apostrophe at `owner` closes a plural, who own the claim.
pub(crate) fn plural_owner(tagged: &Tagged, range: &Range<usize>, owner: usize) -> bool {
    owner > range.start
        && matches!(tagged.word(owner), "'" | "’")
        && tagged.tokens[owner].span().start == tagged.tokens[owner - 1].span().end
        && tagged.tokens[owner - 1].is_word()
        && tagged.bytes(owner - 1).ends_with(b"s")
}

/// Where the owner ending at `owner` starts: up to four capitalised words
/// of a name ("Donald Trump's").
pub(crate) fn owner_start(tagged: &Tagged, range: &Range<usize>, owner: usize) -> usize {
    let mut start = owner;
    while start > range.start && tagged.tokens[start - 1].capitalized() && start + 4 > owner {
        start -= 1;
    }
    start
}

/// Whether a clause opens at `k`, after "that": its subject's first word, a
/// name, a determiner or a pronoun ("that the plan failed", "that he
/// lied"), not "that of an outsider".
fn opens_clause(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    k < range.end
        && tagged.tokens[k].is_word()
        && !tagged.is(k, "of")
        && (tagged.tokens[k].capitalized()
            || tagged.in_set(k, &DETERMINERS)
            || crate::source::pronoun_at(tagged, k).is_some())
}

/// Whether a clause opens at `k`, after a stance's or a claim's "that"
/// ([`opens_clause`]); a bare plural opens one too ("that voters will
/// forgive him"), and so do a number (mostly) and an adverbial ("that by
/// the time ...").
fn opens_that_clause(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    // (A plural noun, not a verb in "-s" of a relative clause: "that was
    // released", "that makes the case".)
    let plural_noun = || {
        crate::source::is_plural(tagged, k)
            && !crate::source::is_auxiliary(tagged, k)
            && !tagged.is_any(
                k + 1,
                words!["the", "a", "an", "no", "his", "her", "its", "their"],
            )
    };
    opens_clause(tagged, range, k)
        // ("proposition that ''journalists are killing journalism'': a
        // quotation opening the clause.)
        || k < range.end && tagged.tokens[k].kind() == Kind::Quote
        // ("claim that 90 percent of her e-mails were": a number mostly
        // opens a subject, seldom a relative clause.)
        || k < range.end && crate::token::is_numeral(tagged.bytes(k))
        || k < range.end
            && tagged.tokens[k].lowercase()
            && (plural_noun()
                || tagged.is_any(k, words!["by", "if", "when", "once", "unless", "in"]))
}

/// Nouns of things said whose maker may follow "from".
/// (The same words are in `cue_phrases.txt`, so the cue finder looks at
/// them.)
pub(super) static SAID_NOUNS: WordSet<32> = word_set![
    "criticism",
    "warning",
    "warnings",
    "accusation",
    "accusations",
    "complaint",
    "complaints",
    "allegation",
    "allegations",
    "assurance",
    "assurances",
];

/// Nouns of things said whose maker "by" names ("a report by Politico
/// that", "the claim by his rivals that").
static MADE_BY_NOUNS: WordSet<32> = word_set![
    "report",
    "reports",
    "claim",
    "claims",
    "suggestion",
    "assertion",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "warning",
    "warnings",
];

/// Nouns of views and feelings held among a group ("fears among
/// economists that").
/// (The same words are in `cue_phrases.txt`, so the cue finder looks at
/// them.)
pub(super) static HELD_NOUNS: WordSet<64> = word_set![
    "fear",
    "fears",
    "concern",
    "concerns",
    "anxiety",
    "worry",
    "worries",
    "belief",
    "feeling",
    "sense",
    "view",
    "consensus",
    "hope",
    "hopes",
    "expectation",
    "expectations",
    "suspicion",
];

/// "Trump has faced criticism from rivals that his rallies are unsafe":
/// a noun of things said at `noun`, "from", its maker (up to six words)
/// and "that" opening what was said; or a noun of things said or held,
/// "among" and its holders ("fears among economists that"). The cue is
/// the noun, read as a passive whose agent follows "from" or "among".
// (Out of line, as `verdict_of`: inlined, it grows the cue finder.)
#[inline(never)]
pub(super) fn said_or_held_by(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    // ("from within her party": no maker named.)
    let from = tagged.in_set(noun, &SAID_NOUNS)
        && tagged.is(noun + 1, "from")
        && !tagged.is_any(noun + 2, words!["within", "inside"]);
    // ("it was a report by Politico that he fabricated it": "by" names the
    // maker of a report or a claim.)
    let from = from || tagged.is(noun + 1, "by") && tagged.in_set(noun, &MADE_BY_NOUNS);
    // ("fears among economists that", "a feeling among many Americans
    // that": a view held among a group.)
    let among = tagged.is(noun + 1, "among")
        && (tagged.in_set(noun, &SAID_NOUNS) || tagged.in_set(noun, &HELD_NOUNS));
    if !(from || among) {
        return None;
    }
    // (Words, and the full stop of an abbreviation: "from Sen. Ted Cruz".)
    let tokens = &tagged.tokens;
    let that = (noun + 3..range.end.min(noun + 10))
        // (Not past a relative clause's "who": "among voters who had
        // hoped that" is the clause's.)
        .take_while(|&k| {
            !tagged.quoted[k]
                && (!among || !tagged.is_any(k, words!["who", "which", "whose"]))
                && (tokens[k].is_word()
                    || tokens[k].kind() == Kind::Period
                        && tokens[k - 1].capitalized()
                        && tokens[k - 1].span().len() <= 4)
        })
        .find(|&k| tagged.is(k, "that"))?;
    // (A clause follows, not "that opposed it", a relative clause, nor
    // "that I heard", the writer's.)
    let clause =
        opens_clause(tagged, range, that + 1) && !tagged.is_any(that + 1, words!["i", "we", "you"]);
    // ("A report by Jupiter forecasts that": the report's own verb.)
    let verb_between = tagged.is(noun + 1, "by")
        && (noun + 2..that).any(|k| tokens[k].lowercase() && tagged.word_in(k, List::CueVerbs));
    (clause && !verb_between).then_some(Cue {
        kind: CueKind::Verb,
        first: noun,
        last: noun,
        passive: true,
    })
}

/// "That drew rebukes from Prime Minister Micheál Martin", "faced fierce
/// criticism from MPs": a stance met, its maker after "from", with or
/// without the words said.
pub(super) fn met_from(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    #[rustfmt::skip]
    const MET: &[u64] = words![
        "drew", "drawn", "draws", "drawing", "draw", "faced", "faces", "facing", "face", "sparked",
        "sparks", "prompted", "prompts", "received", "receives", "attracted", "attracts",
        "provoked", "provokes", "earned", "earns", "won", "wins", "triggered",
    ];
    #[rustfmt::skip]
    const STANCES_MET: &[u64] = words![
        "criticism", "condemnation", "rebuke", "rebukes", "praise", "complaints", "objections",
    ];
    if !tagged.is_any(noun, STANCES_MET) || !tagged.is(noun + 1, "from") || noun + 2 >= range.end {
        return None;
    }
    // (One adjective between: "drew sharp criticism from".)
    let verb = (noun.saturating_sub(2).max(range.start)..noun)
        .rev()
        .find(|&k| tagged.is_any(k, MET))?;
    let adjective = noun - verb == 2 && tagged.tokens[verb + 1].lowercase();
    let maker = tagged.tokens[noun + 2].capitalized()
        || tagged.is_any(noun + 2, words!["the", "some", "many", "several"]);
    ((noun == verb + 1 || adjective) && maker && !tagged.quoted[noun]).then_some(Cue {
        kind: CueKind::Verb,
        first: noun,
        last: noun,
        passive: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue finder looks at a noun only when it opens an entry of
    /// `cue_phrases.txt`: every noun these rules test must be one, or its
    /// rule never runs.
    #[test]
    fn every_noun_the_noun_rules_test_is_a_cue_phrase() {
        let phrases: Vec<u64> = include_str!("../lexicon/cue_phrases.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.contains(' '))
            .map(crate::token::fold_hash)
            .collect();
        let sets: [(&str, Vec<u64>); 4] = [
            ("STANCE_NOUNS", STANCE_NOUNS.keys().collect()),
            ("CLAIM_NOUNS", CLAIM_NOUNS.keys().collect()),
            ("SAID_NOUNS", SAID_NOUNS.keys().collect()),
            ("HELD_NOUNS", HELD_NOUNS.keys().collect()),
        ];
        for (name, keys) in sets {
            let missing = keys.iter().filter(|k| !phrases.contains(k)).count();
            assert_eq!(
                missing, 0,
                "{name}: {missing} nouns are not in cue_phrases.txt"
            );
        }
    }
}
