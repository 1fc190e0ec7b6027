//! The subject before a verb, walked back over auxiliaries, adverbs,
//! asides and relative clauses to a clause boundary.

use super::*;

/// "'...,' shop owner Hayriye Evren, told AP": a comma typed between a
/// name and its verb, the name opening the sentence or the words after a
/// quotation.
fn stray_comma(
    tagged: &Tagged,
    range: &Range<usize>,
    comma: usize,
    verb: usize,
) -> Option<(usize, usize)> {
    let mut name_end = comma.checked_sub(1)?;
    // ("Sen. Jack Reed (D-R.I.), said": a party tag in brackets after the
    // name.)
    let tag = name_end;
    if name_end > range.start && tagged.tokens[name_end].kind() == Kind::Close {
        let open = (range.start..name_end)
            .rev()
            .take(8)
            .find(|&k| tagged.tokens[k].kind() == Kind::Open)?;
        name_end = open.checked_sub(1)?;
    }
    if name_end < range.start
        || !tagged.tokens[name_end].capitalized()
        || !tagged.is_any(verb, SAYING)
    {
        return None;
    }
    let (first, last) = noun_phrase_back(tagged, range, name_end)?;
    let opens = first == range.start
        || tagged.tokens[first - 1].kind() == Kind::Quote
        || (tagged.tokens[first - 1].kind() == Kind::Comma && tagged.quoted[first - 1]);
    // A name of two words or more ("Worryingly, said the firm" has none),
    // with nothing but its description before it ("The contrast with
    // Trump, ..." is no name's).
    let named = name_run(tagged, first, last).is_some_and(|(s, e)| e == last && e > s);
    let described = (first..last).all(|k| !tagged.in_set(k, &PREPOSITIONS));
    (opens && named && described).then_some((first, last.max(tag)))
}

/// "a news organization called “The Local”": the noun phrase that the name
/// in marks after "called" or "named" names, when the closing mark is at
/// `end` (a source's span holds no quotation).
fn named_in_marks(tagged: &Tagged, range: &Range<usize>, end: usize) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    if end <= range.start + 3 || tokens[end].kind() != Kind::Quote {
        return None;
    }
    let open = (end.saturating_sub(8).max(range.start)..end)
        .rev()
        .find(|&k| tokens[k].kind() == Kind::Quote)?;
    let called = open.checked_sub(1).filter(|&c| c > range.start)?;
    if !tagged.is_any(called, words!["called", "named", "dubbed"]) {
        return None;
    }
    let (first, last) = noun_phrase_back(tagged, range, called - 1)?;
    tagged
        .is_any(first, words!["a", "an", "the"])
        .then_some((first, last))
}

/// Whether token `k` is an adverb in "-ly" opening the sentence, no
/// subject: before a comma ("Locally, too, say analysts,"), or by its
/// ending ("Privately ministers believe", "Originally dubbed"); not a name
/// in "-lly" ("Kelly", "Connolly", "Brantly").
pub(super) fn opening_ly_adverb(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    let w = tagged.bytes(k);
    let comma = || {
        w.len() > 4
            && tagged
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind() == Kind::Comma)
    };
    let by_ending = || {
        super::is_adverb_by_ending(tagged, k)
            || w.len() >= 8 && (w.ends_with(b"ally") || w.ends_with(b"ntly"))
    };
    k == range.start
        && tagged.tokens[k].capitalized()
        && w.ends_with(b"ly")
        && (comma() || by_ending())
        && !tagged.word_in(k, List::FemaleNames)
        && !tagged.word_in(k, List::MaleNames)
}

/// The subject before a verb: skips auxiliaries, adverbs, dates and a
/// parenthetical, then takes the noun phrase back to a clause boundary,
/// with a preceding name when the phrase is an appositive.
pub(super) fn backward(
    tagged: &Tagged,
    range: &Range<usize>,
    verb: usize,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let mut j = verb;
    let progressive = tagged.bytes(verb).ends_with(b"ing");
    // "Democrats are quick to note": the subject of the copula.
    // ("Voters are more likely to say": a share of them said so.)
    let compared = j >= range.start + 4 && super::compared_likely(tagged, j - 2);
    let copula_at = if compared {
        j.saturating_sub(4)
    } else {
        j.saturating_sub(3)
    };
    if j >= range.start + 3
        && tagged.is(j - 1, "to")
        // ("He is expected to say that": words about to be said.)
        && (tagged.in_set(j - 2, &EAGER)
            || compared
            || tagged.is_any(j - 2, words!["expected", "due", "set", "poised"]))
        && copula_at >= range.start
        && tagged.is_any(
            copula_at,
            words![
                "is", "was", "are", "were", "be", "been", "appeared", "appear", "seemed", "seem"
            ],
        )
    {
        j = copula_at;
    }
    // ("seem to be hoping": past the progressive's "be" to the raising verb.)
    if progressive
        && j >= range.start + 3
        && tagged.is(j - 1, "be")
        && tagged.is(j - 2, "to")
        && tagged.in_set(j - 3, &RAISING)
    {
        j -= 1;
    }
    // "Trump appeared to suggest": the subject of the raising verb ("used
    // to say": of a habit's).
    if j >= range.start + 2
        && tagged.is(j - 1, "to")
        && (tagged.in_set(j - 2, &RAISING)
            || tagged.in_set(j - 2, &INCEPTIVE)
            || crate::cue::habit_used(tagged, range, j - 2))
    {
        j -= 2;
        // ("are beginning to talk", "is continuing to insist": past the
        // progressive's copula.)
        if j > range.start
            && tagged.is_any(j, words!["beginning", "continuing"])
            && tagged.is_any(j - 1, words!["is", "are", "was", "were"])
        {
            j -= 1;
        }
    }
    // "Sanders spent much of his campaign railing against": the subject
    // of "spent", the time between being its object.
    if progressive {
        let spent = (j.saturating_sub(7).max(range.start + 1)..j)
            .rev()
            .take_while(|&k| tagged.tokens[k].is_word() && tagged.tokens[k].lowercase())
            .find(|&k| tagged.is_any(k, words!["spent", "spends", "spend", "spending"]));
        if let Some(k) = spent {
            j = k;
        }
    }
    // "even went so far as to suggest": the subject of "went".
    if j >= range.start + 5
        && tagged.is(j - 1, "to")
        && tagged.is(j - 2, "as")
        && tagged.is(j - 3, "far")
        && tagged.is(j - 4, "so")
        && tagged.is_any(j - 5, words!["went", "go", "goes", "going", "gone"])
    {
        j -= 5;
    }
    // "took a moment to point out", "went out of his way to say", "used a
    // speech to say": the subject of "took", "went" or "used".
    if j >= range.start + 3 && tagged.is(j - 1, "to") {
        if let Some(k) = super::occasion_taken(tagged, range.start, j - 2) {
            j = k;
        }
    }
    // "prompted some analysts to forecast": the one prompted, before "to".
    if j >= range.start + 3 && causative_object(tagged, range, j - 1) {
        // (Past the causative inside the phrase, if any: the one prompted
        // follows it; a causative's noun ends none, "government forces".)
        return noun_phrase_back(tagged, range, j - 2).map(|(first, last)| {
            let after = (first..last)
                .rev()
                .find(|&k| tagged.is_any(k, CAUSATIVES))
                .map_or(first, |k| k + 1);
            (after, last)
        });
    }
    // "Republicans have begun urging": the subject of the verb of beginning.
    if progressive
        && j > range.start
        && j == verb
        && (tagged.in_set(j - 1, &INCEPTIVE)
            || tagged.is_any(j - 1, words!["kept", "continued", "continue", "continues"]))
    {
        j -= 1;
    }
    // "Clinton has returned to critiquing Sanders", "Cruz pivoted to
    // arguing": the subject of the verb of turning.
    if progressive
        && j == verb
        && j >= range.start + 2
        && tagged.is(j - 1, "to")
        && tagged.in_set(j - 2, &TURNING)
    {
        j -= 2;
    }
    // "The little polling that was done in the state showed": a
    // restrictive clause after a document's noun stands between the
    // subject and its verb.
    if let Some(that) = restrictive_clause_before(tagged, range, j) {
        j = that;
    }
    // "Joseph Biden, who was to travel to Columbus, Ohio, on Wednesday,
    // said": the opening name before a long aside, which the steps below
    // would cut at its own commas.
    if let Some(found) = j
        .checked_sub(1)
        .filter(|&c| c > range.start && tokens[c].kind() == Kind::Comma)
        .and_then(|c| opening_name_before_aside(tagged, range, c))
    {
        return Some(found);
    }
    // "Another Muslim who worshiped here and who didn't want to be named
    // said": a relative clause that withholds the name, with no commas,
    // stands between the subject and its verb; the subject is the person
    // and the clause.
    if let Some(found) = withheld_clause_before(tagged, range, j) {
        return Some(found);
    }
    // The opening comma of the last aside skipped between commas.
    let mut aside_opened = None;
    // Skip what may stand between a subject and its verb.
    while j > range.start {
        let k = j - 1;
        let t = tokens[k];
        if t.kind() == Kind::Word
            && !tagged.quoted[k]
            && (tagged.in_set(k, &SKIPPABLE)
                && !modal_surname(tagged, k)
                // ("USA TODAY reported": an outlet's last word.)
                && !tagged.entry_ending_at(k, List::Outlets)
                || (progressive
                    && tagged.is_any(k, words!["is", "was", "are", "were", "been", "be"]))
                // ("of Super Tuesday highlighted": a day in an event's name.)
                || tagged.in_set(k, &DAYS)
                    && !(k > range.start && tagged.is(k - 1, "super"))
                    // ("coach Mike Friday said": a surname.)
                    && !super::names::day_surname(tagged, range.start, k)
                || tagged.is_ly_adverb(k)
                // ("this past week announced": not "the GOP's past".)
                || tagged.is(k, "past") && k > range.start && tagged.is(k - 1, "this"))
        {
            j = k;
            if k > range.start && tagged.is(k - 1, "on") && tagged.in_set(k, &DAYS) {
                j = k - 1;
            }
            continue;
        }
        // "GM no longer wants": a negation between subject and verb ("can
        // no longer claim" is what the writer holds no one can).
        if tagged.is(k, "longer")
            && k > range.start + 1
            && tagged.is(k - 1, "no")
            && k + 1 == j
            && !tagged.is_any(
                k - 2,
                words!["can", "could", "will", "would", "should", "may", "might"],
            )
        {
            j = k - 1;
            continue;
        }
        // "Many Labour MPs have since indicated": "since" as an adverb,
        // between auxiliary and verb.
        if tagged.is(k, "since")
            && k > range.start
            && tagged.is_any(k - 1, words!["has", "have", "had"])
            && k + 1 == j
        {
            j = k;
            continue;
        }
        // "China has in the past said": an adverbial between auxiliary and verb.
        if tagged.is(k, "past")
            && !tagged.in_set(k + 1, &SPAN_OF_TIME)
            && k >= range.start + 2
            && tagged.is(k - 1, "the")
            && tagged.is(k - 2, "in")
        {
            j = k - 2;
            continue;
        }
        // "Officials there said", "Smith and Jones both said", "the
        // secretary meanwhile said": a word floating after the subject.
        if t.kind() == Kind::Word
            && k > range.start
            && tagged.in_set(k, &FLOATING)
            && !tagged.quoted[k]
            // ("they have both warned": after the auxiliary too; "figures —
            // whose party ... — both suggested": after an aside's dash.)
            && (is_subject_word(tagged, k - 1)
                || tokens[k - 1].kind() == Kind::Dash && !tagged.quoted[k - 1]
                // (", have both urged": after an appositive's comma.)
            || subject::is_auxiliary(tagged, k - 1)
                    && k - 1 > range.start
                    && (is_subject_word(tagged, k - 2)
                        || tokens[k - 2].kind() == Kind::Comma
                        // (", who have all denied": after a relative pronoun.)
                        || tagged.is_any(k - 2, words!["who", "which"])))
        {
            j = k;
            continue;
        }
        // "Munir has in recent months repeatedly warned": a span of time
        // after "in recent", between auxiliary and verb.
        if tagged.in_set(k, &SPAN_OF_TIME)
            && k >= range.start + 2
            && tagged.is(k - 1, "recent")
            && tagged.is(k - 2, "in")
        {
            j = k - 2;
            continue;
        }
        // "The State Department less than two weeks ago said".
        if tagged.is(k, "ago") && !tagged.quoted[k] {
            let mut d = k;
            while d > range.start
                && k - d < 8
                && (tagged.in_set(d - 1, &SPAN_OF_TIME)
                    || crate::token::is_numeral(tagged.bytes(d - 1)))
            {
                d -= 1;
            }
            if d + 1 < k {
                j = d;
                continue;
            }
        }
        // "prosecutors in April charged".
        if t.capitalized() && tagged.in_set(k, &MONTHS) && k > range.start && tagged.is(k - 1, "in")
        {
            j = k - 1;
            continue;
        }
        // "The film ― which weaves together ... ― explains": an aside between
        // dashes.
        if t.kind() == Kind::Dash && !tagged.quoted[k] {
            let open = (range.start.max(k.saturating_sub(40))..k)
                .rev()
                .take_while(|&d| !matches!(tokens[d].kind(), Kind::Period | Kind::Break))
                .find(|&d| tokens[d].kind() == Kind::Dash && !tagged.quoted[d]);
            if let Some(open) = open.filter(|&d| d + 1 < k && d > range.start) {
                // "A former candidate -- John McCain, who lost in 2008 --
                // said": the aside names the one described.
                if let Some((_, name_end)) = name_run(tagged, open + 1, k - 1)
                    .filter(|&(s, e)| s == open + 1 && e > s && e + 1 < k)
                    // (Its description after a comma; not a list of names.)
                    .filter(|&(_, e)| {
                        tokens[e + 1].kind() == Kind::Comma
                            && tokens.get(e + 2).is_some_and(|t| t.lowercase())
                    })
                {
                    let first = noun_phrase_back(tagged, range, open - 1).map_or(open + 1, |p| p.0);
                    return Some((first, name_end));
                }
                j = open;
                continue;
            }
        }
        // The aside's closing comma may sit inside a quotation: `race," added`.
        let closing = match t.kind() {
            Kind::Comma => Some(k),
            Kind::Quote if k > range.start && tokens[k - 1].kind() == Kind::Comma => Some(k - 1),
            _ => None,
        };
        // ("Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a party
        // tag may stand before the aside.)
        if let Some(open) = closing.and_then(|c| {
            party_tag_start(tagged, range, c).or_else(|| {
                parenthetical_start(tagged, range, c)
                    .map(|o| party_tag_start(tagged, range, o).unwrap_or(o))
            })
        }) {
            j = open;
            aside_opened = Some(open);
            continue;
        }
        break;
    }
    // "Officials in Chappaqua, N.Y., speaking on condition of anonymity,
    // said": before the aside, a name with commas of its own, read as if
    // the verb followed it.
    // ("Senator Sheldon Whitehouse, a Democrat from Rhode Island, in the
    // name of ..., has proposed": an opening name and its description.)
    if let Some(open) = aside_opened.filter(|&o| o == j && tokens[o].kind() == Kind::Comma) {
        // (A town and its state: "in Chappaqua, N.Y.,"; not "Friday, Texas,".)
        let state = || {
            (open.saturating_sub(4).max(range.start + 1)..open - 1).any(|c| {
                tokens[c].kind() == Kind::Comma
                    && !tagged.in_set(c - 1, &DAYS)
                    && state_after_town(tagged, c, open - 1)
            })
        };
        // (A name opening the sentence and its description: not "Speaking
        // in Harlem, Clinton," or "A Libertarian, he".)
        let described_name = |&(f, l): &(usize, usize)| {
            f == range.start
                && (f + 1..l)
                    .find(|&c| tokens[c].kind() == Kind::Comma)
                    .is_some_and(|c| {
                        super::names::last_name_run(tagged, f, c - 1)
                            .is_some_and(|(_, e)| e == c - 1)
                            && tokens[c + 1].lowercase()
                            && tagged.is_any(c + 1, words!["a", "an", "the", "who", "whose"])
                    })
        };
        // ("Dow's chief executive, Andrew Liveris, of course, said": an
        // office, then the name that holds it.)
        let named_holder = |&(f, l): &(usize, usize)| {
            f == range.start
                && (f + 1..l)
                    .find(|&c| tokens[c].kind() == Kind::Comma)
                    .is_some_and(|c| {
                        tagged.lists_ending_at(c - 1).has(List::Titles)
                            && super::names::name_run(tagged, c + 1, l) == Some((c + 1, l))
                    })
        };
        let found = opening_name_before_aside(tagged, range, open).or_else(|| {
            appositive(tagged, range, open)
                .filter(|found| state() || described_name(found) || named_holder(found))
        });
        if found.is_some() {
            return found;
        }
    }
    if let Some(clause) = j
        .checked_sub(1)
        .and_then(|end| contact_clause(tagged, range.start, end))
    {
        if let Some((first, _)) = noun_phrase_back(tagged, range, clause - 1) {
            return Some((list_start(tagged, range, first, clause - 1), j - 1));
        }
    }
    let j = reduced_relative(tagged, range, j).unwrap_or(j);
    let end = j.checked_sub(1)?;
    // `host of MSNBC's "Morning Joe," suggested`: the description's comma
    // inside the closing mark of a title.
    if end > range.start + 1
        && tokens[end].kind() == Kind::Quote
        && tokens[end - 1].kind() == Kind::Comma
        && tokens[end - 2].capitalized()
        && !progressive
    {
        // (A name and a short description: not a clause that ends in one.)
        if let Some(found) = appositive(tagged, range, end - 1)
            .filter(|&(f, l)| l - f <= 24 && tokens[f].capitalized())
        {
            return Some(found);
        }
    }
    // ("A news group called “The Local” reported": the name after
    // "called" in marks, and the noun it names.)
    if let Some(found) = named_in_marks(tagged, range, end) {
        return Some(found);
    }
    if end < range.start || tagged.quoted[end] {
        return None;
    }
    // "ABC 7 is reporting", "Channel 4 said": a station's number ends its
    // name.
    if channel_number(tagged, range, end) {
        if let Some((first, _)) = noun_phrase_back(tagged, range, end - 1) {
            return Some((first, end));
        }
    }
    if tokens[end].kind() == Kind::Comma {
        return opening_name_before_aside(tagged, range, end)
            .or_else(|| appositive(tagged, range, end))
            .or_else(|| stray_comma(tagged, range, end, verb));
    }
    if pronoun_at(tagged, end).is_some() {
        return Some((end, end));
    }
    // "the guides I wrote": the writer or the reader, not a source.
    if tagged.is_any(
        end,
        words!["I", "we", "you", "I'd", "I'll", "I've", "I'm", "we'd", "we'll", "we've", "you'd"],
    ) {
        return None;
    }
    let that_relative = end + 1 == verb && relative_that(tagged, range, end);
    if tagged.is_any(end, words!["who", "which"]) || that_relative {
        // "Smith, who said": the antecedent before the comma.
        let before = end.checked_sub(1)?;
        if before < range.start {
            return None;
        }
        // "The IAAF - which said": a dash opens the clause as a comma does.
        let last = if matches!(tokens[before].kind(), Kind::Comma | Kind::Dash) {
            before.checked_sub(1)?
        } else {
            before
        };
        // "General Motors Acceptance Corp (GMAC), which has said": the name
        // before its acronym.
        if last > range.start && tokens[last].kind() == Kind::Close {
            return phrase_before_aside(tagged, range, last, Kind::Open, 8);
        }
        // ("has broad support from charities who say": past a cue's noun
        // the walk back stops at, the phrase after the preposition; only
        // for words said or views held, not "writers who write in English".)
        let (first, last) = noun_phrase_back(tagged, range, last).or_else(|| {
            if !tagged.is_any(verb, SAID_OR_HELD) {
                return None;
            }
            let from = last.saturating_sub(6).max(range.start);
            let p = (from..last)
                .rev()
                .take_while(|&k| tokens[k].is_word() && !tagged.quoted[k])
                .find(|&k| tagged.in_set(k, &PREPOSITIONS) && !tagged.is(k, "of"))?;
            (p < last).then_some((p + 1, last))
        })?;
        // "drew scrutiny from Republicans, who": the antecedent is the
        // phrase after the last verb or preposition that is not "of".
        let first = (first..last)
            .rev()
            .find(|&k| {
                tagged.tokens[k].lowercase()
                    && (tagged.in_set(k, &ANTECEDENT_CUTS)
                        || tagged.bytes(k).ends_with(b"ed")
                        || tagged.in_set(k, &crate::cue::IRREGULAR_PAST))
            })
            .map_or(first, |k| k + 1);
        // "Mark Kantrowitz, a student debt expert who has published": the
        // description is the named person's, who is the source.
        if tagged.is(end, "who")
            && tokens[before].is_word()
            && first >= range.start + 2
            && tokens[first - 1].kind() == Kind::Comma
            && tagged.is_any(first, words!["a", "an"])
        {
            let named = first - 2;
            let from = named.saturating_sub(4).max(range.start);
            // (Not "Gov. Terry Branstad of Iowa, a Republican who": a place
            // after a preposition ends a longer phrase.)
            if let Some(name) =
                super::names::last_name_run(tagged, from, named).filter(|&(a, e)| {
                    e == named
                        && (a == range.start || !tagged.in_set(a - 1, &PREPOSITIONS))
                        && !tagged.word_in(e, List::Places)
                        && !tagged.word_in(e, List::Regions)
                })
            {
                return Some(name);
            }
        }
        if tagged.is(end, "which") {
            // "members of the Saudi government, which denied": a body, the
            // last noun phrase.
            if let Some(of) = (first + 1..last).rev().find(|&k| tagged.is(k, "of")) {
                return Some((of + 1, last));
            }
        }
        return Some((first, last));
    }
    if tagged.in_set(end, &STOP_BACK) && !modal_surname(tagged, end) {
        // ("A man who worshiped here said": a relative clause may end in
        // an adverb of place.)
        // ("Proponents of more controls here say": or a plural the adverb
        // places.)
        let placed = |end: usize| {
            (end > range.start && tagged.tokens[end - 1].lowercase())
                .then(|| noun_phrase_back(tagged, range, end - 1))
                .flatten()
                .filter(|&(f, l)| {
                    (f..=l).any(|k| {
                        super::is_plural(tagged, k) && tagged.word_in_any(k, super::SOURCE_NOUNS)
                    })
                })
        };
        return tagged
            .is_any(end, words!["here", "there"])
            .then(|| relative_subject(tagged, range, end).or_else(|| placed(end)))
            .flatten();
    }
    match tokens[end].kind() {
        // "Kall -- co-editor of a book on debates -- said": the description
        // between dashes.
        Kind::Dash => phrase_before_aside(tagged, range, end, Kind::Dash, 30),
        // "Sen. Rand Paul (R-Ky.) said": the party tag.
        // "Sen. Rand Paul (R-Ky.) said", "Chris Murphy (a Connecticut Democrat so
        // boyish he has been mistaken for a staffer) says": the bracket's aside.
        Kind::Close => phrase_before_aside(tagged, range, end, Kind::Open, 24),
        _ => relative_subject(tagged, range, end)
            .or_else(|| noun_phrase_back(tagged, range, end))
            .map(|(first, last)| (list_start(tagged, range, first, last), last))
            .map(|(first, last)| {
                // ("Adam Thomas, an analyst at Informa believes": views as
                // well as words.)
                if !tagged.is_any(verb, SAYING) && !tagged.is_any(verb, SAID_OR_HELD) {
                    return (first, last);
                }
                if let Some(name) = unclosed_relative(tagged, range, first) {
                    return name;
                }
                let named = unclosed_appositive(tagged, range, first, last);
                (named.unwrap_or(first), last)
            }),
    }
}

/// Verbs of words said or views held, whose subject a relative clause or
/// an unclosed description may stand before ("charities who say", "Adam
/// Thomas, an analyst at Informa believes").
const SAID_OR_HELD: &[u64] = words![
    "say",
    "says",
    "said",
    "claim",
    "claims",
    "claimed",
    "argue",
    "argues",
    "argued",
    "arguing",
    "warn",
    "warns",
    "warned",
    "insist",
    "insists",
    "insisted",
    "believe",
    "believes",
    "believed",
    "thinks",
    "predicted",
    "admitted",
    "confirmed",
];

/// "Lisa Power, head of policy at the Trust said": a description after a
/// name and its comma, whose closing comma is missing. The name opens the
/// sentence or follows a quotation; the description starts with a
/// lowercase word or "the", or is a body's name before a post ("Rhodri
/// Glyn Thomas, Plaid Cymru health spokesman said"), a body's name alone
/// ("Colin Asplin, Blackpool Hotel Association said") or letters after the
/// name ("Richard Mawrey, QC told"). Returns where the name starts.
fn unclosed_appositive(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
    last: usize,
) -> Option<usize> {
    let tokens = &tagged.tokens;
    // ("Emmanuel Ferry, from Exane BNP Paribas told": a body the person is
    // from, after the comma.)
    // ("Mark Serwotka, from the PCS union said": past its article.)
    let p = if first >= 3 && tagged.is(first - 1, "the") {
        first - 2
    } else {
        first.checked_sub(1)?
    };
    let from = p >= 1
        && tagged.is_any(p, words!["from", "of", "at"])
        && tokens[p - 1].kind() == Kind::Comma;
    let comma = if from { p - 1 } else { first.checked_sub(1)? };
    let post = || {
        tokens[last].lowercase()
            && (tagged.word_in(last, List::Titles)
                || tagged.word_in(last, List::GroupNouns)
                || tagged.word_in(last, List::PersonNouns))
    };
    // ("Judge Richard Mawrey, QC told": letters after the name.)
    let letters = || {
        first == last
            && tagged.is_any(
                first,
                words!["qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe"],
            )
    };
    // ("Colin Asplin, Blackpool Hotel Association said": the body the
    // person speaks from, named in capitals.)
    let body = || {
        last > first
            && (first..=last).all(|k| tokens[k].capitalized())
            && tagged.word_in(last, List::InstitutionNouns)
    };
    if comma <= range.start
        || tokens[comma].kind() != Kind::Comma
        || tagged.quoted[comma]
        || !(from
            || tokens[first].lowercase()
            || tagged.is(first, "the")
            || post()
            || body()
            || letters())
        // (A description, not a clause: "a Clinton appointee considered".)
        || (first..=last).any(|k| tagged.is_any(k, words!["who", "which", "that"]))
        // (A document is no one's description: "..., Ambuja Cement Ltd, a
        // Holcim statement said"; nor are people: "Mr. Obama, officials
        // said, has".)
        || tagged.word_in(last, List::Documents)
        || tagged.tokens[last].lowercase()
            && super::is_plural(tagged, last)
            && (tagged.word_in(last, List::GroupNouns) || tagged.word_in(last, List::PersonNouns))
    {
        return None;
    }
    name_before_comma(tagged, range, comma)
}

/// "Katie Packer, who is chairman of the PAC said": a relative clause
/// after a name and its comma, whose closing comma is missing; the walk
/// back from the verb stopped inside it, at `first`. Returns the name.
fn unclosed_relative(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let from = first.saturating_sub(12).max(range.start + 2);
    let who = (from..first)
        .rev()
        .find(|&k| tagged.is(k, "who") || tokens[k].kind() != Kind::Word || tagged.quoted[k])?;
    if !tagged.is(who, "who") || tokens[who - 1].kind() != Kind::Comma {
        return None;
    }
    let start = name_before_comma(tagged, range, who - 1)?;
    Some((start, who - 2))
}

/// Where the name before the comma at `comma` starts, when the name opens
/// the sentence or follows a quotation.
fn name_before_comma(tagged: &Tagged, range: &Range<usize>, comma: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    let (start, _) = noun_phrase_back(tagged, range, comma - 1)?;
    let opens = start == range.start
        || tokens[start - 1].kind() == Kind::Quote
        // ("The plan is sound, Alan Milburn, Labour's strategist told": a
        // tag after the words it reports.)
        || tokens[start - 1].kind() == Kind::Comma;
    // Only a name and its titles before the comma ("Justice Stephen G.
    // Breyer"), not a clause that ends in one ("He needs ... the Oval Office").
    let name_only =
        (start..comma).all(|k| tokens[k].capitalized() || tokens[k].kind() == Kind::Period);
    // (A surname alone after an honorific or a title: "Ms Robinson"; the
    // last name after a body's: "High Court Judge Richard Mawrey".)
    let named = [
        name_run(tagged, start, comma - 1),
        last_name_run(tagged, start, comma - 1),
    ]
    .into_iter()
    .flatten()
    .any(|(s, e)| e == comma - 1 && (e > s || s > start));
    (opens && name_only && named).then_some(start)
}

/// "Tom Smith, Ann Jones and Bob Brown said": the walk back ends at the
/// list's last comma; the earlier items, names each (an acronym in
/// brackets may follow one), belong to the subject too.
fn list_start(tagged: &Tagged, range: &Range<usize>, first: usize, last: usize) -> usize {
    let tokens = &tagged.tokens;
    // Names joined by "and" ("Ann Jones and Bob Brown"), not a description
    // holding one ("the leader of the Public and Commercial Services Union").
    let listed = is_name_word(tagged, first) && (first + 1..last).any(|k| tagged.is(k, "and"));
    let mut start = first;
    // At most a few dozen tokens back, so that a cue costs the same in a
    // sentence of any length.
    while start >= range.start + 2 && first - start < 40 {
        if !(listed && tokens[start - 1].kind() == Kind::Comma) {
            break;
        }
        let mut end = start - 2;
        // "British Bankers Association (BBA),".
        if tokens[end].kind() == Kind::Close
            && end >= range.start + 3
            && tokens[end - 2].kind() == Kind::Open
        {
            end -= 3;
        }
        let mut item = end + 1;
        while item > range.start && end + 1 - item < 6 && is_name_word(tagged, item - 1) {
            item -= 1;
        }
        // "In Washington, Smith and Jones": no item after a preposition.
        let opens = item == range.start
            || matches!(tokens[item - 1].kind(), Kind::Comma)
            || tokens[item - 1].is_word() && !tagged.in_set(item - 1, &NOT_NAME_SET);
        if item > end || tagged.quoted[item] || !opens {
            break;
        }
        start = item;
    }
    start
}

/// A capitalised word that may be part of a name (not "In", "Meanwhile").
fn is_name_word(tagged: &Tagged, k: usize) -> bool {
    tagged.tokens[k].capitalized() && !tagged.in_set(k, &NOT_NAME_SET)
}

/// "A poll released Monday shows", "polls out on Sunday show", "a survey
/// conducted by Gallup found": a reduced relative clause stands between the
/// subject and its verb `j`; where the participle starts, so that the
/// subject is read before it. The clause may hold only a time, a date or
/// the agent ("by Gallup"), so that "Obama hoped Clinton would say" keeps
/// its subject.
fn reduced_relative(tagged: &Tagged, range: &Range<usize>, j: usize) -> Option<usize> {
    past_reduced_relative(tagged, range, j)
        .or_else(|| present_reduced_relative(tagged, range, j))
        .or_else(|| speaking_to(tagged, range, j))
}

/// "Another intelligence source speaking to Fox News said": whom the
/// source spoke to is no source; the phrase ends before the participle.
fn speaking_to(tagged: &Tagged, range: &Range<usize>, j: usize) -> Option<usize> {
    let lowest = j.saturating_sub(7).max(range.start + 1);
    let k = (lowest..j.saturating_sub(2)).find(|&k| {
        tagged.is_any(k, words!["speaking", "talking"])
            && tagged.is_any(k + 1, words!["to", "with"])
            && is_subject_word(tagged, k - 1)
            && tagged.tokens[k - 1].is_word()
    })?;
    (k + 2..j)
        .all(|i| tagged.tokens[i].is_word() && !tagged.quoted[i])
        .then_some(k)
}

/// "A union representing flight attendants endorsed": a present participle
/// after the subject's noun, with its object, up to the verb `j`.
fn present_reduced_relative(tagged: &Tagged, range: &Range<usize>, j: usize) -> Option<usize> {
    let lowest = j.saturating_sub(6).max(range.start + 1);
    let participle = (lowest..j).find(|&k| {
        tagged.tokens[k].lowercase()
            && tagged.bytes(k).ends_with(b"ing")
            && !tagged.word_in(k, List::CueVerbs)
            // ("Leicester wing Austin Healey": a player's position.)
            && !tagged.is(k, "wing")
            && is_subject_word(tagged, k - 1)
            && pronoun_at(tagged, k - 1).is_none()
            && tagged.tokens[k - 1].is_word()
            // "Tottenham sporting director Frank Arnesen", "managing
            // director": a participle before a title describes the title;
            // "Australian mining firm WMC", "the banking group": one
            // before a body's noun, the body.
            && !tagged.word_in(k + 1, List::Titles)
            && !tagged.word_in(k + 1, List::InstitutionNouns)
    })?;
    // A short object, no preposition, and no noun the participle modifies
    // ("a tracking poll showed", "public polling shows").
    let object_only = participle + 1 < j
        && !tagged.word_in(participle + 1, List::Documents)
        && (participle + 1..j).all(|k| {
            tagged.tokens[k].is_word()
                && !tagged.quoted[k]
                && !subject::is_auxiliary(tagged, k)
                && !tagged.word_in(k, List::CueVerbs)
                && !tagged.in_set(k, &PREPOSITIONS)
                && !tagged.is_any(k, words!["who", "which", "that"])
        });
    object_only.then_some(participle)
}

pub(super) fn past_reduced_relative(
    tagged: &Tagged,
    range: &Range<usize>,
    j: usize,
) -> Option<usize> {
    let lowest = j.saturating_sub(10).max(range.start + 1);
    let participle = (lowest..j).rev().find(|&k| is_participle(tagged, k))?;
    let mut agent = false;
    // "people aged between 18 and 34": an age range.
    let aged = tagged.is(participle, "aged");
    for k in participle + 1..j {
        let t = tagged.tokens[k];
        agent |= tagged.is(k, "by");
        let fits = !tagged.quoted[k]
            && (tagged.in_set(k, &TIME_WORDS)
                || aged && tagged.is_any(k, words!["between", "and", "to", "over", "under"])
                || tagged.in_set(k, &DAYS)
                || tagged.in_set(k, &MONTHS)
                || t.span()
                    .slice(tagged.text)
                    .starts_with(|c: char| c.is_ascii_digit())
                // ("by The Washington Post and ABC News".)
                || (agent
                    && (t.capitalized()
                        || t.kind() == Kind::Period
                        || tagged.is_any(k, words!["and", "the"]))));
        if !fits {
            return None;
        }
    }
    let noun = participle - 1;
    let t = tagged.tokens[noun];
    let subject = t.is_word()
        && pronoun_at(tagged, noun).is_none()
        && !tagged.in_set(noun, &STOP_BACK)
        && is_subject_word(tagged, noun);
    subject.then_some(participle)
}

/// A past participle that may open a reduced relative clause ("released",
/// "out"); not a cue verb, whose clause would be the attribution itself.
pub(super) fn is_participle(tagged: &Tagged, k: usize) -> bool {
    let t = tagged.tokens[k];
    t.lowercase()
        && !tagged.word_in(k, List::CueVerbs)
        && (tagged.bytes(k).ends_with(b"ed")
            || tagged.is_any(
                k,
                words!["out", "taken", "done", "written", "held", "seen", "made"],
            ))
}

/// "a person who declined to be identified said": the noun before a
/// relative clause that runs, without a comma, up to the verb.
fn relative_subject(tagged: &Tagged, range: &Range<usize>, end: usize) -> Option<(usize, usize)> {
    // (A clause ends in a word: not an apostrophe, "responded to Sanders'
    // call".)
    // (An abbreviation's full stop ends a word: "broke into D.C.".)
    let abbreviation = tagged.tokens[end].kind() == Kind::Period
        && end > range.start
        && tagged.tokens[end - 1].capitalized();
    if !tagged.tokens[end].is_word() && !abbreviation || pronoun_at(tagged, end).is_some() {
        return None;
    }
    let who = (range.start.max(end.saturating_sub(12))..end)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is_any(k, words!["who", "whom"]))?;
    // "the man who Trump said": a name or pronoun right after "who" is the
    // verb's own subject ("a man who lives in Ohio said" ends in a name of
    // the clause).
    if !tagged.tokens[who + 1].lowercase() || pronoun_at(tagged, who + 1).is_some() {
        return None;
    }
    let (first, _) = noun_phrase_back(tagged, range, who.checked_sub(1)?)?;
    Some((first, end))
}

/// "Everyone I interviewed", "voters we spoke to": the writer's contact
/// clause after a noun, ending at `end`; where it starts (its pronoun, or
/// "that" or "who" before it). The noun before it is the source; the writer
/// is no source of the claim.
pub(crate) fn contact_clause(tagged: &Tagged, from: usize, end: usize) -> Option<usize> {
    const CONTACTED: &[u64] = words![
        "interviewed",
        "surveyed",
        "polled",
        "asked",
        "contacted",
        "reached",
        "met",
        "consulted",
        "quoted",
        "visited",
    ];
    const SPOKE: &[u64] = words!["spoke", "spoken", "talked", "chatted"];
    let verb = if tagged.is_any(end, words!["to", "with"]) {
        end.checked_sub(1).filter(|&v| tagged.is_any(v, SPOKE))?
    } else {
        Some(end).filter(|&v| tagged.is_any(v, CONTACTED))?
    };
    let pronoun = verb.checked_sub(1)?;
    if pronoun <= from
        || !tagged.is_any(pronoun, words!["I", "we"])
        || !tagged.tokens[verb].lowercase()
        || tagged.quoted[pronoun]
    {
        return None;
    }
    // "Everyone that I interviewed": a relative word may open the clause.
    let start = if pronoun > from + 1 && tagged.is_any(pronoun - 1, words!["that", "who", "whom"]) {
        pronoun - 1
    } else {
        pronoun
    };
    (tagged.tokens[start - 1].is_word() && pronoun_at(tagged, start - 1).is_none()).then_some(start)
}

/// The noun phrase before an aside that ends at `end` and opens with a
/// token of kind `opens` at most `window` tokens back, with the aside.
fn phrase_before_aside(
    tagged: &Tagged,
    range: &Range<usize>,
    end: usize,
    opens: Kind,
    window: usize,
) -> Option<(usize, usize)> {
    let open = (range.start..end)
        .rev()
        .take(window)
        .find(|&k| tagged.tokens[k].kind() == opens)?;
    let (first, _) = noun_phrase_back(tagged, range, open.checked_sub(1)?)?;
    Some((first, end))
}

/// A comma pair enclosing a short prepositional aside (", in a statement,"):
/// returns the index of the opening comma.
fn parenthetical_start(tagged: &Tagged, range: &Range<usize>, close: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    let floor = range.start.max(close.saturating_sub(40));
    let open = (floor..close).rev().find(|&k| {
        !tagged.quoted[k]
            && matches!(
                tokens[k].kind(),
                Kind::Comma | Kind::Period | Kind::Colon | Kind::Break
            )
    })?;
    if tokens[open].kind() != Kind::Comma || open + 1 >= close {
        return None;
    }
    let lead = tagged.word(open + 1);
    // (", of course,", ", only two months later,": a comment or a time.)
    let of_course = close == open + 3 && tagged.is(open + 1, "of") && tagged.is(open + 2, "course");
    let time = close <= open + 6
        && tokens[open + 1].lowercase()
        && tagged.is_any(close - 1, words!["later", "earlier"]);
    let aside = tagged.in_set(open + 1, &ASIDES)
        || (tokens[open + 1].lowercase() && lead.ends_with("ing"))
        || of_course
        || time;
    (aside && (close - open <= 12 || lead.ends_with("ing"))).then_some(open)
}

/// Whether words from `from` to `to` withhold a name ("on condition of
/// anonymity", "not authorized to speak").
pub(in crate::source) fn withholds_name_between(tagged: &Tagged, from: usize, to: usize) -> bool {
    const REFUSING: &[u64] =
        words!["not", "didn't", "declined", "refused", "without", "never", "wouldn't"];
    (from..=to).any(|k| {
        tagged.is_any(k, words!["anonymity", "authorized", "authorised"])
            || tagged.is_any(k, words!["named", "identified"])
                && k >= from + 2
                && tagged.is_any(k - 1, words!["be"])
            // ("who did not want to be quoted by name", "declined to give
            // her name").
            || tagged.is_any(k, words!["name", "names"])
                && k > from + 1
                && withheld_name_verb(tagged, k)
                && (from..k).any(|n| tagged.is_any(n, REFUSING))
    })
}

/// The subject before a verb at `verb` when a relative clause withholding
/// the name ends just before it ("A worker who did not want to be named
/// said"): the noun before the first "who" (up to 30 words back, words and
/// commas only) through the clause.
fn withheld_clause_before(
    tagged: &Tagged,
    range: &Range<usize>,
    verb: usize,
) -> Option<(usize, usize)> {
    let end = verb.checked_sub(1)?;
    if end < range.start + 3
        || !tagged.is_any(end, words!["named", "identified"])
        || !tagged.is(end - 1, "be")
    {
        return None;
    }
    let who = (end.saturating_sub(30).max(range.start + 1)..end - 1)
        .rev()
        .take_while(|&k| {
            matches!(tagged.tokens[k].kind(), Kind::Word | Kind::Comma) && !tagged.quoted[k]
        })
        .filter(|&k| tagged.is(k, "who") && tagged.tokens[k - 1].is_word())
        .last()?;
    if !withholds_name_between(tagged, who, end) {
        return None;
    }
    let (first, _) = noun_phrase_back(tagged, range, who - 1)?;
    Some((first, end))
}

/// Whether the "name" at `k` is the speaker's, given or quoted ("be quoted
/// by name", "give her full name"), not another's ("did not mention Trump
/// by name").
fn withheld_name_verb(tagged: &Tagged, k: usize) -> bool {
    const GIVE: &[u64] = words![
        "give",
        "gave",
        "giving",
        "provide",
        "provided",
        "disclose",
        "disclosed",
        "share",
        "shared",
        "offer",
        "offered",
        "reveal",
        "revealed",
        "use",
        "used"
    ];
    let own = if tagged.is_any(k - 1, words!["full", "last", "first", "real"]) {
        k - 2
    } else {
        k - 1
    };
    tagged.is(k - 1, "by") && tagged.is_any(k - 2, words!["quoted", "identified", "named", "cited"])
        || own > 0 && tagged.is_any(own, words!["his", "her"]) && tagged.is_any(own - 1, GIVE)
}

/// The "that" or "which" opening a clause without commas that ends right
/// before the verb at `verb`, after a document's noun, and whose own verb
/// is an auxiliary's: "the polling that was done in the state" before
/// "showed"; or after a plural noun of people or bodies, opening with its
/// verb: "groups that backed the plan" before "say"; or after a body,
/// "which" and a verb in the present: "the Association which represents
/// banks" before "said".
fn restrictive_clause_before(tagged: &Tagged, range: &Range<usize>, verb: usize) -> Option<usize> {
    let tokens = &tagged.tokens;
    let from = verb.saturating_sub(14).max(range.start + 1);
    let that = (from..verb)
        .rev()
        .take_while(|&k| tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is_any(k, words!["that", "which"]))?;
    let noun = that - 1;
    // ("progressive organizations that have endorsed him say", "groups
    // that backed the plan say": people's or bodies' nouns too, whose
    // clause opens with its verb, no subject of its own.)
    let verb_first = subject::is_auxiliary(tagged, that + 1)
        || tokens[that + 1].lowercase()
            && (tagged.bytes(that + 1).ends_with(b"ed")
                || tagged.in_set(that + 1, &crate::cue::IRREGULAR_PAST));
    let people = tagged.word_in_any(noun, Lists::of(&[List::GroupNouns, List::InstitutionNouns]))
        && is_plural(tagged, noun);
    // ("the Association of Payment and Clearing Services (Apacs) which
    // represents the UK's payments industry said": a body's name, or its
    // noun, and a clause in the present.)
    let body_which = tagged.is(that, "which")
        && tokens[that + 1].lowercase()
        && tagged.bytes(that + 1).ends_with(b"s")
        && !subject::is_auxiliary(tagged, that + 1)
        // ("which authorities have said": the clause's own subject.)
        && !tagged.word_in_any(that + 1, SOURCE_LISTS)
        && (tokens[noun].capitalized()
            || tokens[noun].kind() == Kind::Close
            || tagged.word_in(noun, List::InstitutionNouns));
    (that + 2 < verb
        && (tokens[noun].lowercase() || noun == range.start || body_which)
        && (subject::is_auxiliary(tagged, that + 1) && tagged.word_in(noun, List::Documents)
            || verb_first && people
            || body_which))
        .then_some(that)
}
