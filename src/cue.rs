//! Attribution cues: the words that tie a claim to a source ("said",
//! "according to", "citing", a colon after a speaker's name, a trailing dash
//! before a name).

use crate::lexicon::{List, Lists};
use crate::token::words;
use crate::token::{word_set, Kind, Tagged, Token, WordSet};
use std::ops::Range;

/// What kind of cue was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A verb of saying or believing; its source is its subject.
    Verb,
    /// `according to X`: the source follows.
    According,
    /// `citing X`: a second source the main clause rests on, following.
    Citing,
    /// `Name: claim`: a speaker label.
    Colon,
    /// `claim — Name`: a trailing signature.
    Dash,
    /// `Their fear is that`: a stance noun after its owner, the source;
    /// the cue is the copula and "that".
    Stance,
    /// `Trump's claim that`: a noun of things said after its owner, the
    /// source; the cue is the noun and "that". Its owner is talked about,
    /// most often by another speaker, whom a later "he said" still means.
    Claim,
}

/// A cue: tokens `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    pub kind: CueKind,
    pub first: usize,
    pub last: usize,
    /// A passive verb ("was told by"): the source follows `by`.
    pub passive: bool,
}

impl Cue {
    /// A verb of one word at token `i`, active: the cue the context tests
    /// below find ("puts ... at", "has learned", "tipped ... to win").
    fn verb_at(i: usize) -> Cue {
        Cue {
            kind: CueKind::Verb,
            first: i,
            last: i,
            passive: false,
        }
    }
}

/// The lists whose entries start a cue.
const CUE_LISTS: Lists = Lists::of(&[List::CuePhrases, List::CueVerbs, List::WeakCueVerbs]);

static DETERMINERS: WordSet<128> = word_set![
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "new", "latest", "such", "no", "any", "every", "each", "of", "whose", "first", "last",
];

const BE: &[u64] = words!["is", "was", "were", "are", "been", "being", "be", "am", "'s",];

/// Verbs whose subject must be a document or body ("polls show", "the study found").
pub(crate) const DOCUMENT_VERBS: &[u64] =
    words!["show", "shows", "showed", "shown", "find", "finds", "found", "read", "reads",];

/// Nouns of a poll, which may give a standing.
pub(crate) const POLLS: &[u64] = words!["poll", "polls", "survey", "surveys"];

/// Verbs by which a poll gives a standing ("the poll has Clinton leading",
/// "gives Clinton a lead"), document verbs when alone ("as he put it" is a
/// person's).
pub(crate) const POLL_VERBS: &[u64] = words!["has", "had", "puts", "put", "gives", "gave"];

/// Cues of a sentence (tokens `range`), outside quotations, in `cues`
/// (cleared first): the caller keeps one buffer for every sentence.
pub(crate) fn find(tagged: &Tagged, range: Range<usize>, has_quote: bool, cues: &mut Vec<Cue>) {
    cues.clear();
    // Whether the sentence is a headline, decided when a capitalised cue
    // verb first asks, which in most sentences none does.
    let mut headline = None;
    let mut i = range.start;
    // ("To many, ...": only the sentence's first words, most of which are
    // no "to".)
    const TO: &[u64] = words!["to"];
    let to = (range.start..range.end.min(range.start + 2)).find(|&k| tagged.is_any(k, TO));
    if let Some(cue) = to.and_then(|k| to_someone(tagged, &range, k)) {
        i = cue.last + 1;
        cues.push(cue);
    }
    while i < range.end {
        i = next_candidate(tagged, i, range.end);
        if i >= range.end {
            break;
        }
        if tagged.quoted[i] {
            // A transcript's speaker label may sit inside the quotation marks.
            if tagged.tokens[i].kind() == Kind::Colon {
                if let Some(cue) = speaker_label(tagged, &range, i) {
                    cues.push(cue);
                }
            }
            i += 1;
            continue;
        }
        if let Some(cue) = cue_at(tagged, &range, i, has_quote, &mut headline) {
            // (A cue found from a later word may start before it; a
            // headline's "Obama To Asians Worried ...:" holds the ones
            // addressed, whose words are no cues.)
            if cue.kind == CueKind::Colon && cue.first < cue.last {
                cues.retain(|c| c.last < cue.first);
            }
            i = (cue.last + 1).max(i + 1);
            cues.push(cue);
        } else {
            i += 1;
        }
    }
}

/// The first token from `i` on (`end` if none) that may make a cue. Most
/// tokens make none: they are passed over here, in a loop over the tags
/// alone.
fn next_candidate(tagged: &Tagged, i: usize, end: usize) -> usize {
    let tokens = tagged.tokens.get(i..end).unwrap_or_default();
    let quoted = tagged.quoted.get(i..end).unwrap_or_default();
    let starting = tagged.lists_starting().get(i..end).unwrap_or_default();
    // One index over slices cut to one length (no bounds checks), and a
    // first test that passes over the commonest tokens, words that start no
    // cue's entry and commas or full stops, before the kind is matched (a
    // word starting an entry of another list would take that branch at
    // random).
    let n = tokens.len().min(quoted.len()).min(starting.len());
    let (tokens, quoted, starting) = (&tokens[..n], &quoted[..n], &starting[..n]);
    const OTHER_KINDS: u32 =
        1 << Kind::Colon as u32 | 1 << Kind::Dash as u32 | 1 << Kind::Other as u32;
    (0..n)
        .find(|&k| {
            let t = &tokens[k];
            (starting[k].any_of(CUE_LISTS) || (1 << t.kind() as u32) & OTHER_KINDS != 0)
                && may_make_cue(t, quoted[k], starting[k])
        })
        .map_or(end, |p| i + p)
}

/// Nouns of a count or an estimate whose maker may be a source, and of an
/// account given ("by his own admission", "By Sanders's own argument").
static COUNTS: WordSet<32> = word_set![
    "tally",
    "count",
    "estimate",
    "estimates",
    "calculation",
    "calculations",
    "reckoning",
    "projection",
    "projections",
    "account",
    "argument",
    "admission",
];

/// "By the Associated Press's tally, ...", "..., by one estimate", ", based
/// on an Associated Press count,": a count or an estimate at `noun` that
/// ends the clause, after "by" (or "based on") opening the
/// sentence or after a comma; the count's maker is the source ("by far",
/// "by 2030", "by some measures" name none). The cue is "by".
fn by_count(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    if !tagged.in_set(noun, &COUNTS) || !closes_phrase(tagged, range, noun) {
        return None;
    }
    // (Past "The Associated Press'" and its apostrophe.)
    // (", based on an Associated Press count,": the cue is "based on".)
    let by = (noun.saturating_sub(8).max(range.start)..noun)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() || tagged.tokens[k].kind() == Kind::Quote)
        .find(|&k| {
            tagged.is(k, "by") || tagged.is(k, "on") && k > range.start && tagged.is(k - 1, "based")
        })?;
    let based = tagged.is(by, "on");
    // (After "based on", only a count with a maker named: not "based on
    // the current delegates count".)
    if based && !(by + 1..noun).any(|k| tagged.tokens[k].capitalized()) {
        return None;
    }
    let first = if based { by - 1 } else { by };
    let opens =
        first == range.start || matches!(tagged.tokens[first - 1].kind(), Kind::Comma | Kind::Dash);
    // ("By my count": the writer's own.)
    let own = tagged.is_any(by + 1, words!["my", "our"]);
    (opens && by + 1 < noun && !own).then_some(Cue {
        kind: CueKind::According,
        first,
        last: by,
        passive: false,
    })
}

/// Whether the phrase ending at `noun` ends there: a comma, a full stop, a
/// dash or the sentence's end follows (never a word of the next sentence).
fn closes_phrase(tagged: &Tagged, range: &Range<usize>, noun: usize) -> bool {
    noun + 1 >= range.end
        || matches!(
            tagged.tokens[noun + 1].kind(),
            Kind::Comma | Kind::Period | Kind::Break | Kind::Dash
        )
}

/// Nouns of a view held.
static VIEWS: WordSet<16> = word_set!["view", "opinion", "estimation"];

/// "In Professor Knittel's view, ...", ", in his opinion,", "in the view
/// of many economists": a view at `view` after "in", which opens the
/// sentence or follows a comma; the view's holder is the source. The cue
/// is "in" ("in the view of" when the holder follows).
fn in_the_view_of(tagged: &Tagged, range: &Range<usize>, view: usize) -> Option<Cue> {
    if !tagged.in_set(view, &VIEWS) {
        return None;
    }
    let i = (view.saturating_sub(5).max(range.start)..view)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() || tagged.tokens[k].kind() == Kind::Quote)
        .find(|&k| tagged.is(k, "in"))?;
    if i > range.start && tagged.tokens[i - 1].kind() != Kind::Comma || i + 2 > view {
        return None;
    }
    // ("in his view," with the holder before the noun; "in the view of
    // economists" with the holder after "of".)
    let owned = view == i + 2 && tagged.is_any(i + 1, words!["his", "her", "their", "its"])
        || crate::resolve::possessive(tagged, view - 1);
    let of_holder = tagged.is(i + 1, "the")
        && view == i + 2
        && view + 1 < range.end
        && tagged.is(view + 1, "of");
    let closes = closes_phrase(tagged, range, view);
    ((owned && closes) || of_holder).then_some(Cue {
        kind: CueKind::According,
        first: i,
        last: if of_holder { view + 1 } else { i },
        passive: false,
    })
}

/// "by her own admission": what follows is the owner's, who admits it.
/// The cue is "by".
fn by_own_admission(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
    (tagged.is(noun, "admission")
        && noun >= range.start + 3
        && tagged.is(noun - 1, "own")
        && tagged.is_any(noun - 2, words!["his", "her", "their", "its"])
        && tagged.is(noun - 3, "by"))
    .then(|| Cue {
        kind: CueKind::According,
        first: noun - 3,
        last: noun - 3,
        passive: false,
    })
}

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
fn verdict_of(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
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

/// "on Sunday", "on March": "on" at `k` and a day or a month after it.
fn on_a_day(tagged: &Tagged, k: usize) -> bool {
    tagged.is(k, "on")
        && tagged.tokens.get(k + 1).is_some()
        && crate::source::is_day_or_month(tagged.word(k + 1))
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
fn owned_stance(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
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
];

/// "Trump's claim that the vote is rigged", "Contrary to his claim that":
/// a noun of things said at `noun`, owned by a possessive pronoun or a
/// name just before it, and "that" opening a clause, what was said. The
/// cue is the noun and "that"; the owner is the source (see
/// [`CueKind::Claim`]).
// (Out of line, as `verdict_of`: inlined, it grows the cue finder.)
#[inline(never)]
fn owned_claim(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
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
static SAID_NOUNS: WordSet<32> = word_set![
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
static HELD_NOUNS: WordSet<64> = word_set![
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
fn said_or_held_by(tagged: &Tagged, range: &Range<usize>, noun: usize) -> Option<Cue> {
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

/// "To many, he is a provocateur", "But to others, ...", "To Ms. Gil,
/// skateboarding represents ...": "to" opening the sentence, then someone
/// and a comma: what follows is as that one sees it ("To be sure", "To
/// date", "To win, ..." name no one).
fn to_someone(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    const SOME: &[u64] = words!["many", "some", "others", "most", "critics", "supporters"];
    let opens = i == range.start
        || i == range.start + 1 && tagged.is_any(range.start, words!["but", "and", "yet"]);
    if !opens || i >= range.end || !tagged.is(i, "to") || tagged.quoted[i] {
        return None;
    }
    let end = range.end.min(i + 13);
    let comma = (i + 2..end).find(|&k| tagged.tokens[k].kind() == Kind::Comma)?;
    let someone = if comma >= i + 6 {
        described_person(tagged, i + 1, comma)
    } else if comma == i + 2 {
        tagged.is_any(i + 1, SOME)
            || tagged.tokens[i + 1].capitalized()
                && !tagged.in_set(i + 1, &crate::source::NOT_NAME_SET)
                && !tagged.word_in(i + 1, List::Places)
                && !tagged.word_in(i + 1, List::Regions)
    } else {
        // ("To Ms. Gil,", "to many conservatives,": a name, or people.)
        (i + 1..comma)
            .all(|k| tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period)
            || tagged.is_any(i + 1, words!["many", "some", "most", "his", "her", "their"])
                && crate::source::is_plural(tagged, comma - 1)
                && tagged.tokens[comma - 1].lowercase()
            // ("To White House officials,": a body's people.)
            || (i + 1..comma - 1).all(|k| tagged.tokens[k].capitalized())
                && tagged.word_in(comma - 1, List::GroupNouns)
                && crate::source::is_plural(tagged, comma - 1)
            || described_person(tagged, i + 1, comma)
    };
    // ("To Congress, the president sent a budget": an act toward someone;
    // "To many, he is a provocateur": a judgement, a copula soon after.)
    // ("To Pentagon officials, the contract was awarded in 2010": a
    // passive tells an event, no judgement.)
    // ("was flawed from the start" is a judgement: a participle before
    // "by" or a time or a place.)
    let passive = |k: usize| {
        tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
            && is_past(tagged, k + 1)
            && tagged.is_any(
                k + 2,
                words!["by", "in", "on", "at", "last", "this", "during"],
            )
    };
    let judged = (comma + 1..range.end.min(comma + 16)).any(|k| {
        !passive(k)
            && tagged.is_any(
                k,
                words![
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "seems",
                    "seemed",
                    "represents",
                    "represented",
                    "marks",
                    "marked",
                    "means",
                    "meant",
                    "remains",
                    "looks",
                    "sounds",
                    "feels",
                ],
            )
            || tagged.word(k).contains(['\'', '’'])
                && (crate::source::is_auxiliary(tagged, k)
                    || crate::source::pronoun_at(tagged, k).is_some()
                    || tagged.is_any(k, words!["there's", "that's", "here's"]))
    });
    (someone && judged).then_some(Cue {
        kind: CueKind::According,
        first: i,
        last: i,
        passive: false,
    })
}

/// "Montclair State University political science professor Brigid
/// Harrison" from `first` up to `comma`: a person's trade or title, then a
/// name of two capitalised words.
fn described_person(tagged: &Tagged, first: usize, comma: usize) -> bool {
    comma >= first + 3
        && tagged.tokens[comma - 1].capitalized()
        && tagged.tokens[comma - 2].capitalized()
        && !tagged.word_in(comma - 1, List::Places)
        && (first..comma - 2).any(|k| {
            tagged.tokens[k].lowercase()
                && (tagged.word_in(k, List::PersonNouns) || tagged.word_in(k, List::Titles))
        })
        && (first..comma).all(|k| tagged.tokens[k].is_word())
}

/// "A new Quinnipiac poll has Clinton leading Trump", "Gallup's poll puts
/// Obama's approval at 50 percent": "poll" or "survey" at `poll`, a verb of
/// [`POLL_VERBS`] after it, and a standing a few words on ("The poll has a
/// margin of error" gives none). The cue is the verb.
fn poll_standing(tagged: &Tagged, range: &Range<usize>, poll: usize) -> Option<Cue> {
    if !tagged.is_any(poll, POLLS) || poll + 1 >= range.end || !tagged.is_any(poll + 1, POLL_VERBS)
    {
        return None;
    }
    let i = poll + 1;
    static STANDINGS: WordSet<32> = word_set![
        "leading", "ahead", "trailing", "behind", "tied", "winning", "losing", "pulling",
        "beating", "edging", "even", "up", "down",
    ];
    // ("gives Clinton a double-digit lead": what a poll gives is a lead.)
    static GIVEN: WordSet<16> = word_set!["lead", "edge", "advantage"];
    let gives = tagged.is_any(i, words!["gives", "gave"]);
    // ("every poll has shown him trailing": "shown" is the cue.)
    let who = i + 1 < range.end
        && (tagged.tokens[i + 1].capitalized()
            || tagged.is_any(i + 1, words!["the", "him", "her", "them", "his", "their"]));
    // (In a title-case headline both are capitalised: "New Poll Gives
    // Hillary Clinton A Double-Digit National Lead".)
    let after_poll = who
        && (tagged.tokens[i].lowercase()
            || tagged.tokens[poll].capitalized() && tagged.tokens[i].capitalized());
    let puts = tagged.is_any(i, words!["puts", "put"]);
    let end = range.end.min(i + 8);
    // ("puts Kemp at ease", "has his campaign behind schedule": a standing
    // is a lead, a tie, or a figure.)
    let figure = |k: usize| {
        k < range.end
            && (tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
                || tagged.is_any(k, words!["points", "point", "percent"]))
    };
    let standing = (i + 2..end)
        .take_while(|&k| tagged.tokens[k].is_word() || tagged.tokens[k].kind() == Kind::Quote)
        .any(|k| {
            if puts {
                tagged.is(k, "at") && figure(k + 1)
            } else if gives {
                tagged.in_set(k, &GIVEN)
            } else {
                tagged.in_set(k, &STANDINGS)
                    && (!tagged.is_any(k, words!["up", "down", "even", "behind"])
                        || (k + 1..end.min(k + 4)).any(figure))
            }
        });
    (after_poll && standing).then_some(Cue::verb_at(i))
}

/// "Forbes puts his fortune at $4 billion", "police put the death toll at
/// 30", "Pollster pegs her approval at 47 percent": an estimate of a
/// measure, given by the verb's subject. The measure's noun comes within
/// three words of the verb and "at" and a figure right after it ("put the
/// kettle on at 5" measures nothing). The cue is the verb.
fn puts_a_figure(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    static MEASURES: WordSet<128> = word_set![
        "worth",
        "fortune",
        "wealth",
        "toll",
        "approval",
        "cost",
        "costs",
        "number",
        "figure",
        "value",
        "valuation",
        "losses",
        "damage",
        "total",
        "odds",
        "chance",
        "chances",
        "deficit",
        "bill",
        "tally",
        "count",
        "turnout",
        "lead",
        "growth",
        "inflation",
        "unemployment",
        "size",
        "population",
        "crowd",
        "debt",
        "shortfall",
        "rating",
        "ratings",
        "support",
        "probability",
        "casualties",
        "dead",
        "injured",
    ];
    if !tagged.is_any(i, words!["puts", "put", "pegs", "pegged"]) || !tagged.tokens[i].lowercase() {
        return None;
    }
    // ("Other estimates put the number substantially higher": a figure
    // given against another, with no number.)
    let compared = (i + 2..range.end.min(i + 9)).find(|&k| {
        tagged.is_any(k, words!["higher", "lower"])
            && tagged
                .tokens
                .get(k + 1)
                .is_none_or(|t| matches!(t.kind(), Kind::Period | Kind::Comma))
    });
    let at = compared.or_else(|| (i + 2..range.end.min(i + 9)).find(|&k| tagged.is(k, "at")))?;
    // ("at more than 1 million", "at an estimated $4 billion", "at at
    // least 30": up to three words of degree before the figure.)
    let degree = words![
        "about",
        "around",
        "nearly",
        "almost",
        "more",
        "less",
        "than",
        "roughly",
        "some",
        "least",
        "at",
        "an",
        "estimated",
        "over",
        "under",
        "up",
        "to",
        "just",
    ];
    let figure_at = (at + 1..range.end.min(at + 5)).find(|&k| !tagged.is_any(k, degree))?;
    let figure = tagged
        .bytes(figure_at)
        .first()
        .is_some_and(u8::is_ascii_digit)
        || ["$", "£", "€"]
            .iter()
            .any(|c| tagged.bytes(figure_at).starts_with(c.as_bytes()));
    let measure = (i + 1..at).any(|k| tagged.in_set(k, &MEASURES));
    ((figure || compared.is_some()) && measure).then_some(Cue::verb_at(i))
}

/// "..., BBC Scotland has learned.", "POLITICO has learned
/// that": news an outlet or its reporter found out, which it reports.
/// ("She has learned her lesson", "officials have learned about": no
/// claim, and no outlet.)
fn outlet_has_learned(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    let has = i.checked_sub(1).filter(|&h| h > range.start)?;
    // ("BBC Scotland", "the BBC's correspondent": an outlet's name opening
    // the source.)
    let reporter = (has.saturating_sub(4).max(range.start)..has)
        .any(|k| tagged.lists_starting_at(k).has(List::Outlets))
        || tagged.word_in(has - 1, List::MediaNouns)
        || tagged.is_any(has - 1, words!["correspondent", "reporter"]);
    let ends = tagged.is(i + 1, "that")
        || tagged
            .tokens
            .get(i + 1)
            .is_none_or(|t| i + 1 >= range.end || t.kind() == Kind::Period);
    (tagged.is_any(i, words!["learned", "learnt"])
        && tagged.is_any(has, words!["has", "have"])
        && reporter
        && ends)
        .then_some(Cue::verb_at(i))
}

/// "Trump shares this bleak view", "shared the concerns of": a view
/// held in common is held.
fn shares_a_view(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    #[rustfmt::skip]
    static HELD: WordSet<32> = word_set![
        "view", "views", "belief", "beliefs", "concern", "concerns", "opinion", "assessment",
        "fears", "doubts", "worries", "skepticism", "scepticism", "outlook", "sentiment",
    ];
    if !tagged.is_any(i, words!["shares", "share", "shared", "sharing"])
        || !tagged.tokens[i].lowercase()
    {
        return None;
    }
    // A determiner, then up to two words of kind before the noun.
    let det = i + 1;
    if !tagged.is_any(
        det,
        words!["the", "this", "that", "these", "those", "his", "her", "their"],
    ) {
        return None;
    }
    (det + 1..(det + 4).min(range.end))
        .take_while(|&k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase())
        .any(|k| tagged.in_set(k, &HELD))
        .then_some(Cue::verb_at(i))
}

/// "Campese has tipped Wales to win", "tips Federer for the title": a
/// forecast of a winner ("tipped the balance", "tipped off police" are
/// none).
fn tips_to_win(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
    (tagged.is_any(i, words!["tipped", "tips", "tip", "tipping"])
        && tagged.tokens[i].lowercase()
        && i + 2 < range.end
        && tagged.tokens[i + 1].capitalized()
        && (i + 2..(i + 5).min(range.end))
            .find(|&k| !tagged.tokens[k].capitalized())
            .is_some_and(|k| tagged.is_any(k, words!["to", "for", "as"])))
    .then_some(Cue::verb_at(i))
}

/// The lists of a poll's author: a pollster or an outlet.
const POLLSTERS: Lists = Lists::of(&[List::Institutions, List::Outlets]);

/// "In the latest Washington Post/ABC News poll, Clinton led by 5 points",
/// "In a survey by Gallup released Monday, 40 percent said": a named poll
/// opening the sentence, set off by a comma, gives the figures after it.
/// The cue is "in"; the poll, after it, is the source.
fn in_a_poll(tagged: &Tagged, range: &Range<usize>, poll: usize) -> Option<Cue> {
    if !tagged.is_any(poll, POLLS) {
        return None;
    }
    let tokens = &tagged.tokens;
    let opening = |k: usize| {
        k == range.start || k == range.start + 1 && tagged.is_any(range.start, words!["but", "and"])
    };
    let i = (poll.saturating_sub(9).max(range.start)..poll)
        .rev()
        .take_while(|&k| tokens[k].is_word() || matches!(tagged.word(k), "/" | "-" | "&"))
        .find(|&k| tagged.is(k, "in"))
        .filter(|&k| k + 1 < poll)?;
    if !opening(i) {
        return poll_closing_figures(tagged, range, i, poll);
    }
    // (The poll's own details may come before the comma: "of 1,000
    // adults", "released Monday", "by Gallup".)
    const DETAILS: &[u64] = words![
        "of",
        "by",
        "for",
        "released",
        "conducted",
        "published",
        "taken",
        "carried",
        "out",
        "from",
    ];
    let comma = if tokens
        .get(poll + 1)
        .is_some_and(|t| t.kind() == Kind::Comma)
    {
        poll + 1
    } else if tagged.is_any(poll + 1, DETAILS) {
        (poll + 2..range.end.min(poll + 12)).find(|&k| tokens[k].kind() == Kind::Comma)?
    } else {
        return None;
    };
    // ("In a survey, it discovered", "In the polls, anyway": a poll named
    // by no one is a detail of the claim, not its source.)
    // (The name before the poll's noun or after "by": "of 800 likely
    // Republican voters" names whom it asked.)
    let by = (poll + 1..comma).find(|&k| tagged.is_any(k, words!["by", "for", "from"]));
    // (After "by", any name is the author's: "a survey by RSA".)
    let named = (i + 1..poll).any(|k| pollster_at(tagged, k))
        || by.is_some_and(|b| (b + 1..comma).any(|k| tokens[k].capitalized()));
    (named && comma + 2 < range.end && !tagged.quoted[i]).then_some(Cue {
        kind: CueKind::According,
        first: i,
        last: i,
        passive: false,
    })
}

/// Whether token `k` names a poll's author: a pollster or an outlet the
/// lists know, not a day, a place or a party ("In Sunday's poll", "In the
/// Ukrainian presidential poll" are elections); or a joint poll's authors,
/// joined in one word ("Post-ABC", "CNN/ORC").
fn pollster_at(tagged: &Tagged, k: usize) -> bool {
    let joint = || {
        let w = tagged.bytes(k);
        w.len() > 3 && w[1..w.len() - 1].iter().any(|&c| c == b'-' || c == b'/')
    };
    tagged.tokens[k].capitalized()
        && !tagged.is_any(
            k,
            words![
                "senate",
                "house",
                "congress",
                "parliament",
                "assembly",
                "commons",
                "european"
            ],
        )
        && (joint()
            || tagged.word_in_any(k, POLLSTERS)
            || tagged.entry_ending_at(k, List::Institutions)
            || tagged.entry_ending_at(k, List::Outlets))
}

/// "Cruz had 38 percent support in a Fox poll.", "Cruz rose three points
/// in the CBS survey to 29 points": a named poll after "in" (at `i`)
/// closing the figures before it, at the sentence's end or before a comma
/// or "to". The cue is "in".
fn poll_closing_figures(
    tagged: &Tagged,
    range: &Range<usize>,
    i: usize,
    poll: usize,
) -> Option<Cue> {
    let closes = poll + 1 >= range.end
        || matches!(tagged.tokens[poll + 1].kind(), Kind::Period | Kind::Comma)
        || tagged.is(poll + 1, "to");
    // (Figures near it: a number, or points, within 30 words before "in"
    // and 6 after the poll; a bound, so that a sentence of many polls stays
    // linear.)
    let figures = (i.saturating_sub(30).max(range.start)..range.end.min(poll + 6)).any(|k| {
        tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
            || tagged.is_any(k, words!["percent", "points", "point"])
    });
    // ("a Fox poll": the network's short name too.)
    let named = (i + 1..poll)
        .any(|k| pollster_at(tagged, k) || tagged.tokens[k].capitalized() && tagged.is(k, "fox"));
    (closes && figures && named && !tagged.quoted[i]).then_some(Cue {
        kind: CueKind::According,
        first: i,
        last: i,
        passive: false,
    })
}

/// Words that open a clause after "that" ("accepts that it has", "that
/// the fires damaged").
static CLAUSE_OPENERS: WordSet<128> = word_set![
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its",
    "there", "this", "these", "those", "some", "many", "most", "no", "our", "my", "all", "both",
    "each", "every", "any", "such", "one", "not", "if", "in", "at", "for", "while", "when",
];

/// A cue phrase whose last word reads otherwise here: "opened up about a
/// five-point lead" (a lead widened), "accepted that proposal on Monday"
/// ("that" points at a noun: no clause follows).
fn phrase_misread(tagged: &Tagged, range: &Range<usize>, last: usize) -> bool {
    let next = last + 1;
    if next >= range.end {
        return false;
    }
    if tagged.is(last, "about") && tagged.is_any(last - 1, words!["up"]) {
        return tagged.is_any(next, words!["a", "an"])
            && (next + 1..range.end.min(next + 4)).any(|k| {
                tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
                    || tagged.is_any(k, words!["lead", "gap", "advantage", "margin", "edge"])
            });
    }
    // ("the message many in his party have been pressing for and voters
    // will warm to": a preposition stranded in a relative clause, whose
    // subject the walk back would read with its object.)
    if tagged.is(last, "for") {
        return tagged.is_any(next, words!["and", "but", "or"])
            || tagged.tokens[next].kind() == Kind::Comma;
    }
    tagged.is(last, "that")
        && tagged.tokens[next].lowercase()
        && !tagged.in_set(next, &CLAUSE_OPENERS)
        && (tagged.tokens.get(next + 1).is_some_and(|t| {
            matches!(t.kind(), Kind::Period | Kind::Comma) || next + 1 >= range.end
        }) || tagged.in_set(next + 1, &crate::source::PREPOSITIONS))
}

/// "quoted sources as saying", "quoted a senior official as telling": "as"
/// and a verb of saying a few words after "quoted" at `i`.
fn quoted_as_saying(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    (i + 2..range.end.min(i + 10)).any(|k| {
        tagged.is(k, "as")
            && tagged.is_any(k + 1, words!["saying", "telling", "stating", "writing"])
    })
}

/// "per CTV News", "per the Office for National Statistics": a name (of
/// capitalised words, with "the", "of", "for" or "and") up to the clause's
/// end follows "per" at `i`.
fn per_names_a_source(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let start = if tagged.is(i + 1, "the") {
        i + 2
    } else {
        i + 1
    };
    let end = (start..range.end.min(start + 8))
        .find(|&k| !tagged.tokens[k].is_word())
        .unwrap_or(range.end.min(start + 8));
    end > start
        && tagged.tokens[start].capitalized()
        && (start..end).all(|k| {
            tagged.tokens[k].capitalized() || tagged.is_any(k, words!["of", "for", "and", "the"])
        })
}

/// Whether a token may make a cue, as [`cue_at`] and [`speaker_label`] look
/// at it first: its kind, whether it is quoted, the lists starting there.
fn may_make_cue(t: &Token, quoted: bool, lists: Lists) -> bool {
    match t.kind() {
        Kind::Colon => true,
        Kind::Dash | Kind::Other => !quoted,
        Kind::Word => !quoted && lists.any_of(CUE_LISTS),
        _ => false,
    }
}

/// A headline in title case ("Graham Says Trump Could Deal"), where a cue
/// verb is capitalised too.
pub(crate) fn is_title_case(tagged: &Tagged, range: &Range<usize>) -> bool {
    let words = tagged.tokens[range.clone()].iter().filter(|t| t.is_word());
    let (mut n, mut caps) = (0, 0);
    for t in words {
        n += 1;
        caps += usize::from(t.capitalized());
    }
    n >= 4 && caps * 10 >= n * 8
}

fn cue_at(
    tagged: &Tagged,
    range: &Range<usize>,
    i: usize,
    has_quote: bool,
    headline: &mut Option<bool>,
) -> Option<Cue> {
    let tokens = &tagged.tokens;
    let tok = tokens[i];
    match tok.kind() {
        Kind::Colon => return speaker_label(tagged, range, i),
        Kind::Dash => return signature(tagged, range, i),
        // ("-President Obama, tweeting": a hyphen opening its line signs
        // too.)
        Kind::Other
            if tagged.word(i) == "-" && (spaced(tagged, i) || line_opening_hyphen(tagged, i)) =>
        {
            return signature(tagged, range, i)
        }
        Kind::Word => {}
        _ => return None,
    }
    // Most words start no cue: one test of the lists starting there says so.
    if !tagged.lists_starting_at(i).any_of(CUE_LISTS) {
        return None;
    }
    // "Reuters reports a union source as saying": an unnamed one quoted is
    // the source, as after "quoted" (a named one, "reported BaFin as
    // saying", leaves the outlet's report).
    if tagged.is_any(i, words!["reports", "reported", "cites", "cited"])
        && tokens[i].lowercase()
        && !tagged.quoted[i]
        && quoted_as_saying(tagged, range, i)
        && (i + 1..range.end.min(i + 8)).any(|k| {
            tagged.lists_starting_at(k).has(List::Anonymity)
                || tagged.word_in(k, List::GroupNouns) && crate::source::is_plural(tagged, k)
        })
    {
        return Some(Cue {
            kind: CueKind::Citing,
            first: i,
            last: i,
            passive: false,
        });
    }
    // A one-word entry of the phrases, other than these, is a word that
    // makes a cue only in a context tested here ("tally", "poll", "view",
    // "sees"), most often from a rarer word after the one that opens it.
    let phrase = tagged.entry_at(i, List::CuePhrases);
    let trigger = phrase == Some(i)
        && !tagged.is_any(i, words!["per", "cites", "citing", "quoting", "quoted"]);
    if trigger {
        if let Some(cue) = by_count(tagged, range, i)
            .or_else(|| in_the_view_of(tagged, range, i))
            .or_else(|| by_own_admission(tagged, range, i))
            .or_else(|| verdict_of(tagged, range, i))
            .or_else(|| said_or_held_by(tagged, range, i))
            .or_else(|| owned_stance(tagged, range, i))
            .or_else(|| owned_claim(tagged, range, i))
            .or_else(|| poll_standing(tagged, range, i))
            .or_else(|| puts_a_figure(tagged, range, i))
            .or_else(|| in_a_poll(tagged, range, i))
            .or_else(|| outlet_has_learned(tagged, range, i))
            .or_else(|| shares_a_view(tagged, range, i))
            .or_else(|| tips_to_win(tagged, range, i))
        {
            return Some(cue);
        }
        // ("identified that" is a verb's entry of its own.)
        let identified_that =
            tagged.is_any(i, words!["identified", "identifies"]) && !frames_as(tagged, range, i);
        // ("cast doubt on" is a verb's entry of its own too.)
        let cast_doubt = tagged.entry_at(i, List::CueVerbs).is_some_and(|l| l > i);
        // ("Analysts have seen SSL as a target": a perfect's participle;
        // "is seen as" names no one who sees.)
        let seen_passive = tagged.is(i, "seen")
            && !(i > range.start && tagged.is_any(i - 1, words!["has", "have", "had"]));
        if tagged.is_any(i, AS_ONLY) && !identified_that && !cast_doubt && !seen_passive {
            // ("a game regarded by many as the greatest": the agent speaks.)
            let judged = frames_as(tagged, range, i) || sees_a_prospect(tagged, range, i);
            return (tagged.tokens[i].lowercase() && judged).then_some(Cue {
                kind: CueKind::Verb,
                first: i,
                last: i,
                passive: tagged.is(i + 1, "by"),
            });
        }
    }
    // ("estimates" is a cue verb's entry too.)
    if let Some(last) = phrase.filter(|_| !trigger) {
        // "the website cites many claims": a verb whose subject is the
        // source, unless what it cites are people ("which cites people
        // familiar with the case").
        let finite = tagged.is(i, "cites")
            && !(i + 1..(i + 4).min(range.end)).any(|k| {
                tagged.is_any(
                    k,
                    words![
                        "sources",
                        "source",
                        "people",
                        "person",
                        "officials",
                        "unnamed",
                        "anonymous",
                        "unidentified",
                        "aides",
                        "familiar",
                        "insiders",
                    ],
                )
            });
        // "Reuters quoted sources as saying": the people quoted are the
        // source, as after "citing"; "quoted" alone is no cue.
        if tagged.is(i, "quoted") && !quoted_as_saying(tagged, range, i) {
            return None;
        }
        // ", per CTV News": "per" names a source only after a comma and
        // before a name ("per cent", "$5 per person", "per the Ortiz plan"
        // name none).
        let per = tagged.is(i, "per");
        let per_source = per
            && i > range.start
            && tokens[i - 1].kind() == Kind::Comma
            && per_names_a_source(tagged, range, i);
        if !tagged.quoted[last] && !finite && (!per || per_source) {
            let kind = if tagged.is(i, "according") || per {
                CueKind::According
            } else {
                CueKind::Citing
            };
            return Some(Cue {
                kind,
                first: i,
                last,
                passive: false,
            });
        }
    }
    let last = tagged.entry_at(i, List::CueVerbs).or_else(|| {
        let weak = tagged.entry_at(i, List::WeakCueVerbs)?;
        if tagged.is_any(i, GESTURES) {
            return (has_quote && gesture_tag(tagged, range, i)).then_some(weak);
        }
        // ("Some staffers have described how he ...": an account given.)
        let told_how = tagged.is_any(i, words!["described", "describes", "describing"])
            && tagged.is_any(i + 1, words!["how", "why"]);
        (has_quote
            || told_how
            || reminds_that(tagged, i)
            || names_it(tagged, range, i)
            || frames_as(tagged, range, i)
            || said_in_a_text(tagged, range, i)
            || reads_as_a_tag(tagged, range, i))
        .then_some(weak)
    })?;
    // ("a report by Politico that": a noun of the verbs' entries, with its
    // maker.)
    if tagged.is(i + 1, "by") && tagged.is_any(i, words!["report", "reports"]) {
        if let Some(cue) = said_or_held_by(tagged, range, i) {
            return Some(cue);
        }
    }
    if last >= range.end
        || !(tok.lowercase()
            || i > range.start && *headline.get_or_insert_with(|| is_title_case(tagged, range))
            || fronted_tag(tagged, range, i).is_some()
            // ("Insisting it wasn't rehearsed, Trump said": a participle
            // of saying opening the sentence; "Adding to its woes", "Showing
            // strength" are none.)
            || i == range.start && tagged.is_any(i, OPENING_PARTICIPLES))
        || is_noun_use(tagged, range, i)
        || phrase_misread(tagged, range, last)
    {
        return None;
    }
    // "was first reported by", "is widely believed by": adverbs may stand
    // between the copula and the participle.
    let mut before = i;
    while before > range.start + 1
        && tagged.tokens[before - 1].lowercase()
        && (tagged.is_any(
            before - 1,
            words![
                "first",
                "also",
                "later",
                "initially",
                "originally",
                "often",
                "sometimes",
                "still",
                "not",
                "never",
                "seldom",
                "already",
                "ever"
            ],
        ) || tagged.is_ly_adverb(before - 1))
        && before + 2 > i
    {
        before -= 1;
    }
    // ("It's often referred to as": the copula in the pronoun's token.)
    // ("Tim Allen Just Got Asked About": "get" makes a passive too.)
    let passive = before > range.start
        && (tagged.is_any(before - 1, BE)
            || copula_contraction(tagged, before - 1)
            // ("isn't expected to attend": a negated copula.)
            || tagged.is_any(
                before - 1,
                words!["isn't", "wasn't", "aren't", "weren't"],
            )
            // ("is bleak and seldom told": a participle after an adverb,
            // joined to an adjective after the copula; not "was widespread
            // and recommended users".)
            || before < i
                && tagged.is(before - 1, "and")
                && before >= range.start + 3
                && tagged.tokens[before - 2].lowercase()
                && tagged.is_any(before - 3, BE)
            || tagged.is_any(
                before - 1,
                words!["got", "get", "gets", "getting", "gotten"],
            ) && tagged.bytes(i).ends_with(b"ed"))
        && !tagged.bytes(i).ends_with(b"ing");
    if passive && passive_by(tagged, range, i, last).is_none() {
        return None;
    }
    // "The memo disclosed by WikiLeaks on Wednesday": a participle after a
    // noun, with its agent, is a passive too.
    // ("As reported by Western Journalism, ...": after "as" too.)
    let after_as = i > range.start && tagged.is(i - 1, "as");
    let reduced = !passive
        && i > range.start
        && tagged.bytes(i).ends_with(b"ed")
        && tagged.is(last + 1, "by")
        // (", described by critics as": after a comma or a dash too.)
        // ("Blair and Brown criticised by MPs": after a name in a short
        // headline, which ends in a word.)
        && (tagged.tokens[i - 1].is_word()
            && (!tagged.tokens[i - 1].capitalized()
                || after_as
                || range.len() <= 16 && tagged.tokens[range.end - 1].is_word())
            || matches!(tagged.tokens[i - 1].kind(), Kind::Dash | Kind::Comma)
                && !tagged.quoted[i - 1]
                // ("His book, published by Penguin,": a work made.)
                && !tagged.is_any(
                    i,
                    words!["published", "written", "produced", "directed", "edited", "founded", "owned"],
                )
                // ("responded by abruptly blocking": a means, no agent.)
                && !tagged.is_ly_adverb(last + 2)
                && !tagged.bytes(last + 2).ends_with(b"ing"));
    let passive = passive || reduced;
    Some(Cue {
        kind: CueKind::Verb,
        first: i,
        last,
        passive,
    })
}

/// "a statement reassuring voters that", "reminded investors that": a
/// weak verb of assurance before "that", past an object of up to three
/// words, says what follows ("the scene underlines the fact that" is the
/// writer's).
fn reminds_that(tagged: &Tagged, i: usize) -> bool {
    #[rustfmt::skip]
    const ASSURING: &[u64] = words![
        "reassure", "reassures", "reassured", "reassuring", "remind", "reminds", "reminded",
        "reminding",
    ];
    tagged.is_any(i, ASSURING)
        && (i + 1..i + 5)
            .take_while(|&k| tagged.tokens.get(k).is_some_and(|t| t.is_word()))
            .any(|k| tagged.is(k, "that"))
}

/// Gestures among the weak verbs, which tag a quotation only beside it.
#[rustfmt::skip]
pub(crate) const GESTURES: &[u64] = words![
    "beamed", "smiled", "grinned", "laughed", "chuckled", "shrugged", "enthused", "beams",
    "smiles", "grins", "laughs", "chuckles", "shrugs", "enthuses",
];

/// "“Great!” beamed Hartley", "“Great,” Hartley smiled.": a gesture at `i`
/// right after the closing mark before a name, or ending the sentence
/// after a name of up to three words that follows the mark; the quotation
/// opens the sentence ("When the crowd chanted “Lock her up,” Trump
/// smiled" tags no one's words).
fn gesture_tag(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let t = &tagged.tokens;
    if t[range.start].kind() != Kind::Quote {
        return false;
    }
    let after_mark = |k: usize| k > range.start && t[k - 1].kind() == Kind::Quote;
    // ("“...,” smiles one broker": an unnamed speaker too.)
    let inverted = after_mark(i)
        && (t.get(i + 1).is_some_and(|n| n.capitalized())
            || tagged.is_any(i + 1, words!["one", "a", "an", "another", "the"]));
    let ends = t
        .get(i + 1)
        .is_none_or(|n| i + 1 >= range.end || n.kind() == Kind::Period);
    let named = (1..=3).any(|n| {
        i > range.start + n
            && after_mark(i - n)
            && (i - n..i).all(|k| t[k].capitalized() || tagged.is_any(k, words!["he", "she"]))
    });
    inverted || ends && named
}

/// "Stated Stone:", "Added Trump, “…": a past verb of saying opening the
/// sentence at `i`, then the speaker's name (up to four capitalised words)
/// and a colon, or a comma before a quotation: the order some outlets give
/// a tag. The last token of the name.
pub(crate) fn fronted_tag(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<usize> {
    let t = &tagged.tokens;
    if i != range.start || !t[i].capitalized() {
        return None;
    }
    let past = is_past(tagged, i);
    if !past || !(tagged.word_in(i, List::CueVerbs) || tagged.word_in(i, List::WeakCueVerbs)) {
        return None;
    }
    // ("Mr." is a word and its full stop; "Said Wales assistant coach
    // Scott Johnson:", a description's lowercase words of office.)
    let office_word = |k: usize| {
        t[k].lowercase()
            && (tagged.word_in(k, List::Titles)
                || tagged.word_in(k, List::PersonNouns)
                || tagged.is_any(k, words!["assistant", "head", "former", "deputy", "chief"]))
    };
    let end = (i + 1..range.end.min(i + 9)).find(|&k| {
        !(t[k].capitalized()
            || office_word(k)
            || t[k].kind() == Kind::Period
                && tagged.is_any(k - 1, crate::token::TITLE_ABBREVIATIONS))
    })?;
    // ("Said Dorothy Poynter, who grew up with him, “We were ...": an
    // aside between commas before the quotation.)
    let quote_after_aside = || {
        tagged.is_any(end + 1, words!["who", "a", "an", "the"])
            && (end + 2..range.end.min(end + 24))
                .take_while(|&k| !tagged.quoted[k])
                .find(|&k| t[k].kind() == Kind::Comma)
                .is_some_and(|c| tagged.quoted.get(c + 1).is_some_and(|q| *q))
    };
    let closes = match t[end].kind() {
        Kind::Colon => true,
        Kind::Comma => tagged.quoted.get(end + 1).is_some_and(|q| *q) || quote_after_aside(),
        _ => false,
    };
    // (The name's last word capitalised: not "Said a spokesman:".)
    (end > i + 1 && end - i <= 7 && t[end - 1].capitalized() && closes && !tagged.quoted[end])
        .then_some(end - 1)
}

/// The "by" before a passive verb's agent: right after the verb ending at
/// `last`, or after what a verb of naming at `i` names ("was called the
/// \"fifth child\" by its director", "described as 'a genius' by critics"),
/// within the clause.
pub(crate) fn passive_by(
    tagged: &Tagged,
    range: &Range<usize>,
    i: usize,
    last: usize,
) -> Option<usize> {
    const NAMING: &[u64] = words![
        "called",
        "dubbed",
        "branded",
        "labelled",
        "labeled",
        "described",
        "hailed",
        "termed",
        "nicknamed",
        "characterized",
        "characterised",
        "portrayed",
    ];
    if tagged.is(last + 1, "by") {
        return Some(last + 1);
    }
    if last != i || !tagged.is_any(i, NAMING) {
        return None;
    }
    let by = (last + 2..(last + 12).min(range.end))
        .take_while(|&k| tagged.quoted[k] || tagged.tokens[k].is_word())
        .find(|&k| !tagged.quoted[k] && tagged.is(k, "by"))?;
    // ("The song is called Gonna Have a No 1 by Moped": without quotation
    // marks, a name given may be a work's title and "by" its maker.)
    let quoted_name = (last + 1..by).any(|k| tagged.quoted[k]);
    (quoted_name || !tagged.is_any(i, words!["called", "termed", "nicknamed", "dubbed"]))
        .then_some(by)
}

/// "it's", "that's": a pronoun of things with the copula in its token
/// ("he's said", "who's said" mostly hold "has").
fn copula_contraction(tagged: &Tagged, k: usize) -> bool {
    tagged.is_any(k, words!["it's", "that's", "what's"])
}

/// "called Oz a quack", "branded him a traitor": naming someone something
/// is a claim even without quotation marks; "called him a day later" is not.
fn names_it(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const NAMING: &[u64] = words![
        "call",
        "calls",
        "called",
        "calling",
        "dub",
        "dubs",
        "dubbed",
        "dubbing",
        "brand",
        "brands",
        "branded",
        "branding",
        "label",
        "labels",
        "labeled",
        "labelled",
        "labeling",
        "labelling",
    ];
    const NOT_A_NAME: &[u64] = words![
        "day", "week", "month", "year", "few", "couple", "second", "third", "number", "lot", "bit",
        "while", "minute", "little", "total",
    ];
    if !tagged.is_any(i, NAMING) {
        return false;
    }
    // ("what some call Trump's line of attack", "what critics called a
    // smear": the thing named is the free relative.)
    // (Not a question's "what": "It is unclear what officials call it".)
    if i >= range.start + 2
        && tagged.is(i - 2, "what")
        && !(i >= range.start + 3
            && tagged.is_any(
                i - 3,
                words!["unclear", "asked", "know", "knows", "wonder", "ask", "about"],
            ))
        && (tagged.is_any(i - 1, crate::source::SOME_PEOPLE)
            || tagged.word_in(i - 1, List::GroupNouns)
            || tagged.word_in(i - 1, List::Anonymity))
    {
        return true;
    }
    // ("a bill that critics called anti-gay", "the deal, which critics have
    // called a giveaway": the thing named is the relative pronoun's.)
    let have = i > range.start && tagged.is_any(i - 1, words!["have", "has", "had"]);
    let holder = i.saturating_sub(1 + usize::from(have));
    if holder > range.start
        && tagged.is_any(holder - 1, words!["which", "that"])
        && (tagged.is_any(holder, crate::source::SOME_PEOPLE)
            || tagged.word_in(holder, List::GroupNouns) && crate::source::is_plural(tagged, holder))
        && tagged.tokens.get(i + 1).is_some_and(|t| t.is_word())
        && !tagged.is_any(
            i + 1,
            words!["for", "on", "off", "up", "in", "out", "back", "him", "her", "it", "them"],
        )
    {
        return true;
    }
    let pronoun = tagged.is_any(i + 1, words!["him", "her", "it", "them", "this", "that"]);
    // ("labeling Obama's actions a disgrace": a name's possessive owns it.)
    let owned = !pronoun
        && (tagged.is_any(i + 1, words!["the", "his", "her", "their", "its"])
            || tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
                && crate::resolve::possessive(tagged, i + 1))
        && tagged.tokens.get(i + 2).is_some_and(|t| t.lowercase());
    let mut after = i + 1;
    if pronoun {
        after += 1;
    } else if owned {
        // ("called the (election-night) remarks sexist": a thing owned or
        // known, then a judgement that ends the clause, alone.)
        after = i + 3;
        while after < i + 5 && tagged.tokens.get(after + 1).is_some_and(|t| t.lowercase()) {
            after += 1;
        }
    } else {
        while after < range.end && after < i + 4 && tagged.tokens[after].capitalized() {
            after += 1;
        }
    }
    // ("calls Clinton unqualified", "called him dangerous": a judgement in
    // one word that ends the clause.)
    let judged = after < range.end
        && tagged.tokens[after].lowercase()
        && tagged
            .tokens
            .get(after + 1)
            .is_none_or(|t| !t.is_word() || after + 1 >= range.end)
        && (tagged.bytes(after).starts_with(b"un")
            || tagged.bytes(after).ends_with(b"ous")
            || tagged.bytes(after).ends_with(b"ible")
            || tagged.bytes(after).ends_with(b"able")
            || tagged.bytes(after).ends_with(b"ist")
            || tagged.bytes(after).ends_with(b"ful")
            || tagged.is_any(
                after,
                words![
                    "unfit",
                    "corrupt",
                    "crazy",
                    "weak",
                    "racist",
                    "liar",
                    "wrong",
                    "false",
                    "absurd",
                    "offensive",
                    "divisive",
                    "abusive",
                    "deceptive",
                    "destructive"
                ],
            ));
    let named_as = |k: usize| {
        k + 1 < range.end && tagged.tokens[k + 1].is_word() && !tagged.is_any(k + 1, NOT_A_NAME)
    };
    // ("called the remarks a disgrace", "labeling Obama's actions \"a
    // disgrace\"": a thing owned, then what it is called, after "a".)
    let owned_named = owned
        && (i + 3..range.end.min(i + 6))
            .take_while(|&k| matches!(tagged.tokens[k].kind(), Kind::Word | Kind::Quote))
            .any(|k| tagged.is_any(k, words!["a", "an"]) && named_as(k));
    after > i + 1
        && (judged
            || owned_named
            || !owned && tagged.is_any(after, words!["a", "an", "the"]) && named_as(after))
}

/// "have all attacked the program as a violation of", "praised him as a
/// hero": a weak cue verb at `i` whose object is judged after "as" (not
/// "as well as", "as soon as", "as part of").
fn frames_as(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const JUDGING: &[u64] = words![
        "attack", "attacks", "attacked", "blast", "blasts", "blasted", "praise", "praises",
        "praised", "portray", "portrays", "portrayed", "characterize", "characterizes",
        "characterized", "characterise", "characterises", "characterised", "describe",
        "describes", "described", "cast", "casts", "casting", "painted", "paints", "painting",
    ];
    if !tagged.is_any(i, JUDGING) && !tagged.is_any(i, AS_ONLY) {
        return false;
    }
    // (Farther for "identified", which names what it singles out: "identified
    // young voters' exhaustion with bigotry as".)
    let reach = if tagged.is_any(i, words!["identified", "identifies"]) {
        10
    } else {
        7
    };
    let end = range.end.min(i + reach);
    // (Past a plural's possessive mark: "identified voters' fatigue as".)
    let owned = |k: usize| {
        let t = &tagged.tokens;
        t[k].kind() == Kind::Quote && t[k].span().start == t[k - 1].span().end
    };
    (i + 2..end)
        .take_while(|&k| tagged.tokens[k].is_word() || owned(k))
        .find(|&k| tagged.is(k, "as"))
        .is_some_and(|k| {
            // ("as a threat", "as crucial"; not "as well as", "as soon as",
            // "as part of", "as he said".)
            let judged = tagged.is_any(k + 1, words!["a", "an", "the", "being", "too", "one"])
                || tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
                    && k + 1 < range.end
                    && !tagged.in_set(k + 1, &crate::source::PREPOSITIONS)
                    && !tagged.is_any(k + 1, NOT_JUDGED);
            // ("saw him as a boy in Ohio", "as a marine", "bills residents
            // as a group": a time of life or a capacity, no judgement.)
            let capacity =
                tagged.is_any(k + 1, words!["a", "an"]) && tagged.is_any(k + 2, CAPACITIES);
            // ("sees the changes as part of a wider revolution": a view of
            // what a thing belongs to.)
            // ("as simply part of": past an adverb.)
            let part = k + 1 + usize::from(tagged.is_ly_adverb(k + 1));
            let seen_as_part = tagged.is(part, "part")
                && tagged.is_any(
                    i,
                    words!["sees", "see", "saw", "views", "viewed", "regards", "regarded"],
                );
            seen_as_part
                || judged
                    && !capacity
                    && !tagged.is_any(
                        k + 2,
                        words!["well", "soon", "part", "long", "much", "result"],
                    )
        })
}

/// "Mrs. Clinton sees similar benefits", "saw no reason to", "sees a role
/// for": a good or an ill foreseen, a belief (not "saw the film").
fn sees_a_prospect(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    #[rustfmt::skip]
    const PROSPECTS: &[u64] = words![
        "benefit", "benefits", "risk", "risks", "danger", "dangers", "threat", "threats",
        "opportunity", "opportunities", "need", "reason", "hope", "chance", "chances", "merit",
        "advantage", "advantages", "problem", "problems", "role", "prospect", "prospects",
    ];
    tagged.is_any(i, words!["see", "sees", "saw"])
        && (i + 1..range.end.min(i + 4))
            .take_while(|&k| tagged.tokens[k].lowercase() && !tagged.quoted[k])
            .any(|k| tagged.is_any(k, PROSPECTS))
}

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

/// Nouns after "as a" of a time of life or a capacity, not a judgement.
#[rustfmt::skip]
const CAPACITIES: &[u64] = words![
    "boy", "girl", "child", "kid", "teenager", "teen", "youngster", "student", "marine",
    "soldier", "group", "whole", "team", "player", "striker", "member", "volunteer", "rule",
    "matter", "young", "baby", "toddler", "pilot", "nurse", "doctor", "reporter",
];

/// Words after "as" that start no judgement.
#[rustfmt::skip]
const NOT_JUDGED: &[u64] = words![
    "well", "soon", "long", "much", "far", "if", "though", "he", "she", "they", "it", "we", "i",
    "you", "part", "such", "usual", "expected", "planned", "promised", "many", "little",
];

/// "Haley should be deported, a headline in the Journal reads.": a text's
/// verb of wording at `i` closing the sentence after a comma tags what came
/// before it.
fn reads_as_a_tag(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    tagged.is_any(i, words!["reads", "read", "states"])
        && tagged.tokens[i].lowercase()
        // ("In his spare time, the senator reads.": a text's words only,
        // or "it", a text named before.)
        && ((i.saturating_sub(8).max(range.start)..i).any(|k| tagged.word_in(k, List::Documents))
            || i > range.start && tagged.is(i - 1, "it"))
        && (tagged
            .tokens
            .get(i + 1)
            .is_none_or(|t| i + 1 >= range.end || t.kind() == Kind::Period)
            // (", a headline reads in Thursday's paper.")
            || tagged.is_any(i + 1, words!["in", "on"]))
        && (i.saturating_sub(12).max(range.start)..i)
            .any(|k| tagged.tokens[k].kind() == Kind::Comma)
}

/// "blasted Rubio and defended Cruz in a recent interview", "praised the
/// plan in a statement": a weak cue verb at `i` whose words were said in an
/// interview, a statement, a speech or a post, named later in the sentence.
fn said_in_a_text(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    const TEXTS: &[u64] = words![
        "interview",
        "statement",
        "speech",
        "tweet",
        "post",
        "op-ed",
        "letter",
        "email",
        "editorial",
        "column",
        "interviews",
        "statements",
        "speeches",
        "tweets",
        "posts",
    ];
    let end = range.end.min(i + 14);
    (i + 2..end).any(|k| {
        tagged.is_any(k, TEXTS)
            && (k.saturating_sub(3)..k).any(|j| tagged.is(j, "in"))
            && tagged.is_any(
                k - 1,
                words![
                    "a",
                    "an",
                    "his",
                    "her",
                    "their",
                    "recent",
                    "written",
                    "televised",
                    "separate",
                    "radio",
                    "phone",
                    "telephone",
                    "joint"
                ],
            )
    })
}

/// Verbs that attribute only with a judgement after "as" (see
/// [`frames_as`]), entries of the cue phrases so that they are looked at.
#[rustfmt::skip]
const AS_ONLY: &[u64] = words![
    "see", "sees", "saw", "seen", "bill", "bills", "billed", "regard", "regarded", "identified",
    "identifies", "cast", "casts", "casting", "painted", "paints", "painting",
];

/// "too many calls", "two claims": a counted noun, not a verb.
pub(crate) fn counted(tagged: &Tagged, i: usize) -> bool {
    // (A verb in "-s" after these would want a singular subject: "some
    // details of", "these claims" are nouns.)
    #[rustfmt::skip]
    const QUANTIFIERS: &[u64] = words![
        "many", "few", "several", "more", "most", "no", "two", "three", "some", "any", "other",
        "such", "these", "those", "both", "all",
    ];
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    // ("45.4 points to 10,360": a decimal counts too.)
    tagged.bytes(i).ends_with(b"s")
        && (tagged.is_any(prev, QUANTIFIERS)
            || (tagged.tokens[prev].is_word()
                && tagged.bytes(prev).first().is_some_and(u8::is_ascii_digit)))
}

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
    let singular = !tagged.bytes(prev).ends_with(b"s");
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
        return of_adjective
            || singular
                && base_form()
                && (tagged.in_set(k - 1, &DETERMINERS) || preposition || infinitive_object)
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

/// Past tenses of cue verbs that do not end in "-ed" (a set: asked of most
/// candidate verbs, its fifty words were a linear scan).
pub(crate) static IRREGULAR_PAST: WordSet<256> = word_set![
    "said", "told", "wrote", "thought", "knew", "felt", "saw", "spoke", "found", "heard", "made",
    "gave", "put", "sent", "read", "held", "took", "went", "came", "got", "began", "swore", "cast",
    "led", "kept", "left", "lost", "met", "paid", "ran", "won", "struck", "threw", "brought",
    "bought", "fought", "sought", "built", "stood", "chose", "drew", "drove", "fell", "meant",
    "rose", "sold", "shot", "became", "withdrew", "broke", "hit", "cut", "laid", "tore", "shook",
    "swung", "dug", "hid", "stuck", "spun", "stole", "slid", "quit", "shut", "split", "spread",
];

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
            // ("the famous Durex brand of condom": a kind of thing sold.)
            || tagged.is_any(i, words!["brand", "brands", "label", "labels"]) && tagged.is(i + 1, "of"))
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
    words > 0 && tagged.is_any(j, OPENERS) && (!tagged.is_any(j, words!["about", "over"]) || bare())
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

/// "companies accused of moving oil": the passive of a reduced relative.
/// "UK TV channel rapped for CSI ad", "Labour attacked on Howard poster":
/// in a short headline, which ends in a word, a participle before "for",
/// "over" or "on" is a passive said of the name ("has he called for changing
/// ...?" ends in a mark). Asked of every cue; [`headline_passive`] tells
/// the passives of a few verbs of urging and warning before "to".
fn blamed_in_a_headline(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
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
}

fn reduced_passive(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
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
fn advises_a_client(tagged: &Tagged, i: usize) -> bool {
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
    let on_deals = tagged.is(i + 1, "on")
        && (crate::token::is_numeral(tagged.bytes(i + 2))
            || tagged.is_any(
                i + 2,
                words!["three", "two", "four", "five", "several", "many", "the", "a"],
            ) && !tagged.is_any(
                i + 3,
                words!["issue", "matter", "question", "need", "importance"],
            ));
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

/// Whether one of the `n` words right after the verb at `i` is one of
/// `things`, looking no further than any punctuation (and so never into the
/// next sentence): the object that tells a deed from a claim ("shared the
/// best actress award", "defending a number of red states").
fn object_among(tagged: &Tagged, i: usize, n: usize, things: &[u64]) -> bool {
    (i + 1..i + 1 + n)
        .take_while(|&k| tagged.tokens.get(k).is_some_and(Token::is_word))
        .any(|k| tagged.is_any(k, things))
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
    tagged.is_any(i, words!["testify", "testifies", "testified", "testifying"])
        && (alone
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
fn writes_a_work(tagged: &Tagged, i: usize) -> bool {
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

/// Whether the word at `i` is a past tense or participle ("said",
/// "agreed", "told").
pub(crate) fn is_past(tagged: &Tagged, i: usize) -> bool {
    tagged.bytes(i).ends_with(b"ed") || tagged.in_set(i, &IRREGULAR_PAST)
}

/// Whether the word at `k` is a lowercase participle of saying
/// ("announcing", "adding", "saying").
pub(crate) fn is_saying_participle(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens.get(k).is_some_and(|t| t.lowercase())
        && tagged.bytes(k).ends_with(b"ing")
        && tagged.word_in(k, List::CueVerbs)
}

/// Whether the word has the base form ("plan", not "plans", "planned").
fn base_form(tagged: &Tagged, i: usize) -> bool {
    let w = tagged.bytes(i);
    !(w.ends_with(b"s") || w.ends_with(b"ed") || tagged.in_set(i, &IRREGULAR_PAST))
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
        && (tagged.word_in(i + 1, List::Documents)
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
                        || tagged.in_set(i + 1, &DETERMINERS)))))
}

fn counted_at(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    counted(tagged, i)
}

/// "revives questions", "faces claims": the object of another verb.
fn object_of_verb(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
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
    tagged.bytes(i).ends_with(b"s")
        && tagged.tokens[prev].lowercase()
        && (p.ends_with(b"s") || p.ends_with(b"ed"))
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

/// "has plans", "had concerns": a word in "-s" after a form of "have" is
/// its object, a noun (a verb there would be a participle).
fn after_have(tagged: &Tagged, _: &Range<usize>, i: usize) -> bool {
    tagged.bytes(i).ends_with(b"s") && tagged.is_any(i - 1, words!["has", "have", "had", "having"])
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

/// "as they say": an idiom, not a source; "went on sale", "will go on
/// air": an act, not "went on" to say more; "reckon with": to face.
fn idiom(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
    let prev = i - 1;
    (tagged.is_any(i, words!["say", "said"])
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
        || (tagged.is(i, "expect") && tagged.is_any(prev, words!["can", "could", "may", "might"]))
        // "Their smiles said a lot", "it says volumes about him": what a
        // thing betrays, no words ("said a lot of things" reports some).
        || (tagged.is_any(i, words!["say", "says", "said", "speaks", "spoke"])
            && (tagged.is(i + 1, "volumes")
                || tagged.is(i + 1, "a") && tagged.is(i + 2, "lot") && !tagged.is(i + 3, "of")))
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
        // "to ballot members on strikes in protest at job cuts": why they act.
        || (tagged.is(i, "protest") && tagged.is(prev, "in"))
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
            && tagged.is_any(i + 2, words!["through", "with", "when", "after", "from", "to"]))
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
        "replied", "replies", "tweeted", "responded", "responds", "respond", "responding", "reacted", "reacts",
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

/// Whether "said little" (or "almost nothing") ends at `k`: a topic or the
/// clause's end follows
/// ("said little about the plan"; not "said little progress had been
/// made", "said little had changed").
fn ends_saying_little(tagged: &Tagged, k: usize) -> bool {
    tagged.is_any(k, words!["about", "on", "of", "publicly", "and", "but"])
        || tagged.tokens.get(k).is_none_or(|t| !t.is_word())
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
fn headline_passive(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
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
    tagged.is_any(k, THINGS) && !tagged.is(k + 1, "that")
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
    tagged.is_any(i, words!["replied", "responded", "replies", "responds"])
        && tagged.is(i + 1, "with")
        && (i + 2..i + 5)
            .take_while(|&k| tagged.tokens.get(k).is_some_and(|t| t.is_word()))
            .any(|k| tagged.is_any(k, SCORES))
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

/// Whether the verb at `i` is one of `verbs` and, within four words after
/// it and before any "that" or preposition, takes one of `objects`.
fn takes_object(tagged: &Tagged, i: usize, verbs: &[u64], objects: &[u64]) -> bool {
    takes_object_within(tagged, i, verbs, objects, 4)
}

/// [`takes_object`] within `reach` words.
fn takes_object_within(
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
    tagged.is_any(i + 1, WHOM) && tagged.is_any(i + 2, THING)
        // ("denied Carter a final-night photo": a name, then the thing.)
        || tagged.tokens.get(i + 1).is_some_and(|t| t.capitalized())
            && tagged.is_any(i + 2, words!["a", "an", "any"])
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
fn after_possessive(tagged: &Tagged, range: &Range<usize>, i: usize) -> bool {
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
    owned(i - 1) && !contraction()
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
                || habit_used(tagged, range, prev - 1)))
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

/// Labels that open a line with a colon but name no speaker.
const NOT_SPEAKERS: &[u64] = words![
    // A match report's furniture, a page's credits.
    "booked",
    "dismissed",
    "sent",
    "goals",
    "replacements",
    "subs",
    "substitutes",
    "scorers",
    "referee",
    "ref",
    "att",
    "attendance",
    "contributing",
    "byline",
    "update",
    "updated",
    "note",
    "editor's",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "related",
    "advertisement",
    "correction",
    "source",
    "sources",
    "image",
    "credit",
    "caption",
    "analysis",
    "opinion",
    // A feature's kind: "Q&A: Malcolm Glazer and Man Utd".
    "q&a",
    "q",
    "profile",
    "timeline",
    "factbox",
    "explainer",
    "obituary",
    "preview",
    "breaking",
    "exclusive",
    "live",
    // A headline's kicker: "Wow: Al Sharpton Just Said ...", "Leaked:".
    "leaked",
    "wow",
    "look",
    "bombshell",
    "boom",
    "busted",
    "shocking",
    "revealed",
    "confirmed",
    "huge",
    "epic",
    "unreal",
    "the",
    "q",
    "a",
    "question",
    "answer",
    "warning",
    "disclaimer",
    "transcript",
    "follow",
    "listen",
    "see",
    "more",
    "also",
    "why",
    "how",
    "what",
    "when",
    "where",
    "who",
    "here",
    "this",
    "that",
    // A preposition opens a phrase, not a speaker's name.
    "among",
    "of",
    "in",
    "on",
    "for",
    "from",
    "at",
    "by",
    "with",
    "about",
    "to",
    "as",
    "after",
    "before",
];

/// Verbs, pronouns and "for", which make a capitalised label before a
/// colon a clause or a phrase ("FIX IS IN:", "Big Win For Bernie:") rather
/// than a speaker's name.
const CLAUSE_WORDS: &[u64] = words![
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "can", "not", "this",
    "it", "we", "you", "they", "for",
];

/// Participles of a stance taken in words ("three tweets attacking the
/// judge", "spoke at the forum, addressing the budget").
#[rustfmt::skip]
const STANCE_ACTS: &[u64] = words![
    "attacking", "criticizing", "criticising", "praising", "blasting", "slamming", "mocking",
    "accusing", "defending", "demanding", "denouncing", "condemning", "addressing", "touting",
    "vowing", "promising", "urging", "calling", "telling", "arguing", "insisting",
];

/// Labels of a page's sections, in capitals before a colon, which name no
/// speaker ("POLL: Do you back the strike or not?").
#[rustfmt::skip]
const SECTION_LABELS: &[u64] = words![
    "poll", "quiz", "video", "watch", "live", "update", "breaking", "analysis", "opinion",
    "question", "vote", "photos", "read",
];

/// Last words of a section's label of more than one word ("Delegate
/// Update:", "Paid Notice:"), which no speaker's name ends with.
const LABEL_ENDINGS: &[u64] = words![
    "update",
    "updates",
    "notice",
    "notices",
    "factbox",
    "explainer",
    "timeline",
    "recap",
];

/// Whether token `k` is a list's bullet (`-`, `•`, `*`, a dash).
pub(crate) fn is_bullet(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens.get(k).is_some_and(|t| {
        t.kind() == Kind::Dash
            || t.kind() == Kind::Other && matches!(tagged.word(k), "-" | "•" | "*")
    })
}

/// Participles of saying that may open a sentence whose main clause's
/// subject says it ("Noting that both battled the media, Schlafly wrote").
const OPENING_PARTICIPLES: &[u64] = words![
    "saying",
    "insisting",
    "declaring",
    "noting",
    "arguing",
    "claiming",
    "warning",
    "stressing",
    "acknowledging",
    "admitting",
    "conceding",
    "asserting",
    "explaining",
    "complaining",
    "denying",
    "predicting",
    "promising",
    "vowing",
    "accusing",
    "blaming",
    "suggesting",
    "recalling",
    "contending",
    "alleging",
    "lamenting",
    "boasting",
];

/// "Clinton's response was:", "Her reply:": a name's or a pronoun's noun of
/// words, maybe with "was" or "is", right before the colon at `colon`, the
/// label a quotation follows.
fn owned_words_label(tagged: &Tagged, start: usize, colon: usize) -> bool {
    owned_words_noun(tagged, start, colon).is_some()
}

/// The noun of [`owned_words_label`], if the words before the colon at
/// `colon` are one.
pub(crate) fn owned_words_noun(tagged: &Tagged, start: usize, colon: usize) -> Option<usize> {
    const WORDS_NOUNS: &[u64] =
        words!["response", "reply", "answer", "retort", "message", "verdict", "advice"];
    let mut noun = colon.checked_sub(1)?;
    if noun > start && tagged.is_any(noun, words!["was", "is"]) {
        noun -= 1;
    }
    // ("His message to the chancellor was:": past the one addressed.)
    if let Some(to) = (noun.saturating_sub(3).max(start + 2)..noun)
        .find(|&k| tagged.is(k, "to") && tagged.is_any(k - 1, WORDS_NOUNS))
    {
        noun = to - 1;
    }
    // ("Carrier's message: Moving jobs south is ...": a paraphrase, a
    // clause of its own, follows too.)
    let said = tagged.quoted.get(colon + 1).is_some_and(|&q| q)
        || tagged
            .tokens
            .get(colon + 1)
            .is_some_and(|t| t.capitalized());
    (noun > start
        && said
        && tagged.is_any(noun, WORDS_NOUNS)
        && (crate::resolve::possessive(tagged, noun - 1)
            || tagged.is_any(noun - 1, words!["his", "her", "their"]))
        && (start..noun - 1).all(|k| tagged.tokens[k].capitalized()))
    .then_some(noun)
}

/// "(R-S.C.)", "(D-Calif.)" right before the colon at `colon`: a party and
/// state tag after a legislator's name. The opening bracket.
fn party_tag(tagged: &Tagged, start: usize, colon: usize) -> Option<usize> {
    let close = colon.checked_sub(1)?;
    if tagged.tokens[close].kind() != Kind::Close {
        return None;
    }
    let open = (close.saturating_sub(8).max(start)..close)
        .rev()
        .find(|&k| tagged.tokens[k].kind() == Kind::Open)?;
    // ("(D):", a party alone, too.)
    let party = tagged.bytes(open + 1);
    let tagged_party = crate::source::is_party_tag(party)
        || matches!(party, b"R" | b"D" | b"I")
            && (open + 2 == close || tagged.word(open + 2).starts_with('-'));
    (open > start + 1 && tagged_party).then_some(open)
}

/// `Name:` opening a sentence, the way transcripts and headlines name a speaker.
fn speaker_label(tagged: &Tagged, range: &Range<usize>, colon: usize) -> Option<Cue> {
    let mut start = range.start;
    // ("- Manchester City boss Kevin Keegan: "...": a list's bullet, before
    // words quoted; "- Michael Howard: No More Mr Nasty is on BBC2" and "-
    // Jane Roe: "The Quiet Year"" list a programme and a book.)
    // (A lowercase word, or a mark that ends words said: "Brilliant!")
    let words_quoted = || {
        (colon + 1..range.end.min(colon + 12))
            .take_while(|&k| tagged.quoted[k])
            .any(|k| {
                tagged.tokens[k].lowercase() && !tagged.is_any(k, crate::token::TITLE_SMALL_WORDS)
                    || matches!(tagged.word(k), "!" | "?")
            })
    };
    if is_bullet(tagged, start) && words_quoted() {
        start += 1;
    }
    if tagged
        .tokens
        .get(start)
        .is_some_and(|t| t.kind() == Kind::Quote)
    {
        start += 1;
    }
    let names = colon.checked_sub(start)?;
    // (Every label below is at most twelve words: a colon further in names
    // no speaker, and is passed over without a scan of the words before it.)
    if colon + 1 >= range.end || names > 12 || tagged.is_any(start, NOT_SPEAKERS) {
        return None;
    }
    // ("Just Leaked:", "Just In:": a kicker; "Just Stop Oil:" a speaker.)
    if tagged.is(start, "just")
        && tagged.is_any(
            start + 1,
            words!["leaked", "in", "released", "revealed", "announced"],
        )
    {
        return None;
    }
    // "Continued Stone: “…”": the verb before the name is the cue.
    if fronted_tag(tagged, range, start).is_some() {
        return None;
    }
    // "Clinton's response was: “…”": what a name's words were, then them.
    if owned_words_label(tagged, start, colon) {
        return Some(Cue {
            kind: CueKind::Colon,
            first: colon,
            last: colon,
            passive: false,
        });
    }
    // "Ted Cruz: Constitutional conservative or career politician?": a
    // headline's question about the name, no words of theirs.
    let last = range.end - 1;
    // (A short one: the scan is bounded. Not a transcript's speaker in
    // capitals, "TAPPER: Will you endorse him or not?")
    // (Not a section's label: "POLL:", "QUIZ:".)
    let capitals = colon == start + 1
        && tagged.bytes(start).iter().all(|b| !b.is_ascii_lowercase())
        && !tagged.is_any(start, SECTION_LABELS);
    if tagged.word(last) == "?"
        && !capitals
        && last < colon + 20
        && !tagged.quoted[colon + 1]
        && (colon + 1..last).any(|k| tagged.is(k, "or"))
    {
        return None;
    }
    // "Newcastle: Given, Carr, Boumsong, ...": a team sheet, a list of names.
    if is_name_list(tagged, colon + 1, range.end) {
        return None;
    }
    // "Hillary Clinton: 1,769.": a tally's row; "Delegate Update:", "Paid
    // Notice:": a section's label, ending the words before the colon.
    let figures_only = (colon + 1..range.end).all(|k| {
        let t = tagged.tokens[k];
        !t.is_word() || tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
    });
    if figures_only || colon > start && tagged.is_any(colon - 1, LABEL_ENDINGS) {
        return None;
    }
    // "Media Contact:", "Press inquiries:": a press release's furniture.
    if colon > start
        && tagged.is_any(
            colon - 1,
            words![
                "contact",
                "contacts",
                "email",
                "e-mail",
                "phone",
                "tel",
                "telephone",
                "website",
                "address",
                "inquiries",
                "enquiries",
                "fax",
            ],
        )
    {
        return None;
    }
    // "Lee, who chairs the group, said: '...'": the verb is the cue; so is a
    // headline's verb inside the label ("Trump Praises Editor Boyle: '...'").
    if colon > start && tagged.word_in(colon - 1, List::CueVerbs) {
        return None;
    }
    let headline_verb = (start + 1..colon)
        .any(|k| tagged.tokens[k].capitalized() && crate::source::is_headline_verb(tagged, k));
    if headline_verb {
        return None;
    }
    // "Meghan McCain, Twitter: “...”", "Jo Lee, editor of The Review: “...”":
    // a name and its description, then a quotation.
    let quotation_follows = tagged.quoted[colon + 1] && !tagged.quoted[colon];
    if quotation_follows && names <= 12 && tagged.tokens[start].capitalized() {
        // ("Rep. Trey Gowdy (R-S.C.):": a party's tag in brackets before
        // the colon ends the label.)
        let (cue_at, colon) = (colon, party_tag(tagged, start, colon).unwrap_or(colon));
        let name = (start..colon)
            .take_while(|&k| {
                tagged.tokens[k].capitalized() || tagged.tokens[k].kind() == Kind::Period
            })
            .count();
        // (A description holds no verb: "Anwar Smith, a cleric, is shown
        // lecturing:" leads in with its own.)
        let described = tagged
            .tokens
            .get(start + name)
            .is_some_and(|t| t.kind() == Kind::Comma)
            && !(start + name..colon).any(|k| crate::source::is_auxiliary(tagged, k));
        // "BBC Two controller Roly Keating: “...”": a body's name and a
        // lowercase title before the name.
        let run = (start..colon)
            .rev()
            .take_while(|&k| tagged.tokens[k].capitalized())
            .count();
        // ("He told BBC News: “...”" has its verb; "Gillibrand on Hillary
        // Releasing Her Transcripts: ‘...’" is a headline.)
        let title_word = |k: usize| {
            tagged.tokens[k].lowercase()
                && !tagged.word_in(k, List::CueVerbs)
                && !tagged.word_in(k, List::WeakCueVerbs)
                && !tagged.bytes(k).ends_with(b"ed")
                && !tagged.is_any(
                    k,
                    words!["on", "in", "at", "to", "for", "with", "of", "about", "from", "by"],
                )
        };
        // ("Former secretary of state Hillary Rodham Clinton:": an office
        // of the lists, in any case, before the name.)
        let office = |t: usize| {
            tagged.entry_ending_at(t, List::Titles)
                && (start..t).all(|k| {
                    tagged.tokens[k].capitalized()
                        || tagged.word_in(k, List::Titles)
                        || tagged.is_any(k, words!["former", "of", "the", "and"])
                })
        };
        let titled = run >= 2
            && colon - run > start
            && (title_word(colon - run - 1)
                && (start..colon - run - 1).all(|k| tagged.tokens[k].capitalized())
                || office(colon - run - 1));
        if name >= 2 && (described || start + name == colon) || titled {
            return Some(Cue {
                kind: CueKind::Colon,
                first: cue_at,
                last: cue_at,
                passive: false,
            });
        }
    }
    // "Clinton to Planned Parenthood: ...", "Obama To Asians Worried About
    // U.S. Election: ...": the text's headline names its speaker, then
    // whom the words are for. The cue runs from "to" to the colon.
    if start == 0 {
        let to = (start + 1..colon.min(start + 4)).find(|&k| tagged.is(k, "to"));
        // (A name the text goes on to use inside a sentence: not "Back To
        // School:".)
        let named_later = |k: usize| {
            let key = tagged.tokens[k].key();
            (range.end.max(1)..tagged.tokens.len()).any(|j| {
                tagged.tokens[j].key() == key
                    && tagged.tokens[j].capitalized()
                    && tagged.tokens[j - 1].is_word()
            })
        };
        let speaker = to.filter(|&to| {
            (start..to).all(|k| {
                tagged.tokens[k].capitalized() && !tagged.in_set(k, &crate::source::NOT_NAME_SET)
            }) && tagged.tokens.get(to + 1).is_some_and(|t| t.capitalized())
                && named_later(to - 1)
        });
        if let Some(to) = speaker {
            return Some(Cue {
                kind: CueKind::Colon,
                first: to,
                last: colon,
                passive: false,
            });
        }
    }
    if !(1..=4).contains(&names) {
        return None;
    }
    let all_capitalized = (start..colon).all(|k| tagged.tokens[k].capitalized());
    // "FIX IS IN: PBS Moderators ...": a shouted clause, not a name.
    // (Past the first word: "Will Smith:", "Can Dundar:" are names.)
    if names >= 2 && (start + 1..colon).any(|k| tagged.is_any(k, CLAUSE_WORDS)) {
        return None;
    }
    let shouted = |k: usize| {
        let w = tagged.word(k);
        w.len() >= 2 && w.chars().all(|c| !c.is_lowercase())
    };
    // A headline's "Pence: ..." names its speaker with one word; section
    // labels ("Update:", "Photo:") name nobody.
    let headline = start == 0 || is_title_case(tagged, range);
    let has_name = (start..colon).any(|k| {
        tagged.word_in(k, List::FemaleNames) || tagged.word_in(k, List::MaleNames) || shouted(k)
    }) || names >= 2
        || headline;
    (all_capitalized && has_name).then_some(Cue {
        kind: CueKind::Colon,
        first: colon,
        last: colon,
        passive: false,
    })
}

/// Whether the tokens from `start` to `end` are five or more names or
/// initials between commas, and nothing more ("Given, Carr, Robert (Jenas
/// 77), Shearer.").
fn is_name_list(tagged: &Tagged, start: usize, end: usize) -> bool {
    let (mut commas, mut k) = (0, start);
    while k < end {
        let t = tagged.tokens[k];
        match t.kind() {
            // ("Leeds: Balshaw; Rees, Christophers": a semicolon parts the
            // lines of a team.)
            Kind::Comma => commas += 1,
            Kind::Break if tagged.word(k) == ";" => commas += 1,
            Kind::Word if t.capitalized() || crate::token::is_numeral(tagged.bytes(k)) => {}
            // ("Palmer (capt)": a note on a player.)
            Kind::Word if k > start && tagged.tokens[k - 1].kind() == Kind::Open => {}
            Kind::Open | Kind::Close | Kind::Period => {}
            Kind::Word if tagged.is_any(k, words!["and", "de", "van", "von", "da"]) => {}
            _ => return false,
        }
        k += 1;
    }
    commas >= 2
}

/// Whether token `i` has whitespace on both sides (a hyphen used as a dash).
fn spaced(tagged: &Tagged, i: usize) -> bool {
    let span = tagged.tokens[i].span();
    let before = tagged.text[..span.start].chars().next_back();
    let after = tagged.text[span.end..].chars().next();
    before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace)
}

/// Whether the hyphen at `i` opens a line and a capitalised word follows it
/// at once ("-Michelle Marks, Philadelphia.").
fn line_opening_hyphen(tagged: &Tagged, i: usize) -> bool {
    let span = tagged.tokens[i].span();
    let line_start = tagged.text[..span.start]
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n');
    line_start
        && tagged
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.capitalized() && t.span().start == span.end)
}

/// `— Name` closing a sentence, the way a quoted post or letter is signed.
fn signature(tagged: &Tagged, range: &Range<usize>, dash: usize) -> Option<Cue> {
    // A headline's "... - sources", "... — officials": the dash hands the
    // claim to the words after it, which end the line.
    let tail = range.end.saturating_sub(dash + 1);
    if (1..=3).contains(&tail) {
        let last = range.end - 1;
        let source_word = [
            List::Anonymity,
            List::GroupNouns,
            List::Documents,
            List::Outlets,
        ]
        .iter()
        .any(|&l| tagged.word_in(last, l));
        // ("Taxes must be trusted - Kennedy": a headline, with no full stop,
        // signed by a name.)
        // (Not a title-case label, "Live Action - Balamory", nor a list's
        // line, "Factual: Think About It - Hiding Places".)
        let signed_headline = dash >= range.start + 3
            && (range.start..dash).any(|k| tagged.tokens[k].lowercase())
            && (range.start..dash).all(|k| tagged.tokens[k].kind() != Kind::Colon)
            && (dash + 1..range.end).all(|k| tagged.tokens[k].capitalized())
            && !tagged.in_set(dash + 1, &crate::source::NOT_NAME_SET)
            // (Nor a place's dateline, "- Manchester", nor a page's label,
            // "- Live Updates".)
            && !tagged.lists_starting_at(dash + 1).any_of(Lists::of(&[List::Places, List::Regions]))
            && !tagged.is_any(
                dash + 1,
                words!["live", "explainer", "analysis", "opinion", "review", "video", "watch",
                    "timeline", "gallery", "quiz", "updates", "update", "report", "photos",
                    "interview", "podcast", "editorial", "comment"],
            );
        if (source_word || signed_headline)
            && (dash + 1..range.end).all(|k| tagged.tokens[k].is_word())
        {
            return Some(Cue {
                kind: CueKind::Dash,
                first: dash,
                last: dash,
                passive: false,
            });
        }
    }
    let mut k = dash + 1;
    let mut names = 0;
    // "–@realDonaldTrump": a handle signs as a full name does.
    let handle = tagged.word(k) == "@"
        && k + 1 < range.end
        && tagged.tokens[k + 1].is_word()
        && tagged.tokens[k + 1].span().start == tagged.tokens[k].span().end;
    if handle {
        names = 2;
        k += 2;
    }
    while k < range.end && tagged.tokens[k].capitalized() {
        names += 1;
        k += 1;
        if k < range.end && tagged.tokens[k].kind() == Kind::Period && names == 1 {
            k += 1; // an initial: "Donald J. Trump"
        }
    }
    let ends = k == range.end
        || matches!(
            tagged.tokens[k].kind(),
            Kind::Open | Kind::Comma | Kind::Period | Kind::Quote
        );
    // (A dash opening its sentence signs the quotation that ends the
    // sentence before, or a pick given after the signer's outlet ("- Ann
    // Lee, The Times: Film - Sideways"); after other words it is a byline,
    // "- Scott Lee.", or a bullet.)
    let pick = k < range.end
        && tagged.tokens[k].kind() == Kind::Comma
        && (k + 1..(k + 6).min(range.end)).any(|j| tagged.tokens[j].kind() == Kind::Colon);
    let follows_quote = dash
        .checked_sub(1)
        .is_some_and(|k| tagged.quoted[k] || tagged.tokens[k].kind() == Kind::Quote)
        || dash == range.start && pick;
    // "— Sanders." on a line of its own signs with the surname alone (not
    // a bullet, "- Rovers, who ...", nor an agency's credit, "- Reuters.").
    let alone = dash == range.start
        && names == 1
        && (k + 1 == range.end && tagged.tokens[k].kind() == Kind::Period || k == range.end)
        && !tagged.word_in(dash + 1, List::Outlets);
    // (A handle may be followed by more of the post: "–@realDonaldTrump
    // taking a question", "– @user #hashtag".)
    ((names >= 2 || alone) && (ends || handle) && follows_quote).then_some(Cue {
        kind: CueKind::Dash,
        first: dash,
        last: dash,
        passive: false,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue finder looks at a noun only when it opens an entry of
    /// `cue_phrases.txt`: every noun these rules test must be one, or its
    /// rule never runs.
    #[test]
    fn every_noun_the_noun_rules_test_is_a_cue_phrase() {
        let phrases: Vec<u64> = include_str!("lexicon/cue_phrases.txt")
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
