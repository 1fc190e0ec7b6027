//! Polls and figures: "the poll has Clinton leading", "puts the cost at",
//! "tipped to win", a pollster named in passing.

use super::*;

/// "A new Quinnipiac poll has Clinton leading Trump", "Gallup's poll puts
/// Obama's approval at 50 percent": "poll" or "survey" at `poll`, a verb of
/// [`POLL_VERBS`] after it, and a standing a few words on ("The poll has a
/// margin of error" gives none). The cue is the verb.
pub(super) fn poll_standing(tagged: &Tagged, range: &Range<usize>, poll: usize) -> Option<Cue> {
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
pub(super) fn puts_a_figure(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
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

/// "Campese has tipped Wales to win", "tips Federer for the title": a
/// forecast of a winner ("tipped the balance", "tipped off police" are
/// none).
pub(super) fn tips_to_win(tagged: &Tagged, range: &Range<usize>, i: usize) -> Option<Cue> {
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
pub(super) fn in_a_poll(tagged: &Tagged, range: &Range<usize>, poll: usize) -> Option<Cue> {
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
