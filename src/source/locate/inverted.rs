//! Inverted tags and subjects after their verb: ", said Lee", "says the
//! report", "With Lee adding that".

use super::*;

/// A verb of saying right after a comma and before its subject, which ends
/// the sentence: ", says Steve Schale, Obama's campaign director."
pub(super) fn inverted_tag(tagged: &Tagged, range: &Range<usize>, cue: &Cue) -> bool {
    // (`using the tax "is a misguided approach," said Mr. Burman`: the
    // comma inside the closing mark of words quoted within the sentence; a
    // quotation that opens the sentence has its speaker found apart.)
    let comma_in_mark = || {
        cue.first > range.start + 2
            && tagged.tokens[cue.first - 1].kind() == Kind::Quote
            && tagged.tokens[cue.first - 2].kind() == Kind::Comma
            // (Within 200 words back: a bound, so that many tags after one
            // long quotation stay linear.)
            && (cue.first.saturating_sub(200).max(range.start)..cue.first - 2)
                .any(|k| !tagged.quoted[k] && tagged.tokens[k].is_word())
    };
    // ("Or so says Home Secretary Charles Clarke.": "so" sums up the words
    // before, as a comma would.)
    let so_says = cue.first > range.start
        && tagged.is(cue.first - 1, "so")
        && (cue.first - 1 == range.start
            || cue.first - 2 == range.start && tagged.is_any(range.start, words!["or", "and"]));
    let after_comma = cue.first > range.start
        && (tagged.tokens[cue.first - 1].kind() == Kind::Comma && !tagged.quoted[cue.first - 1]
            || comma_in_mark()
            || so_says);
    let next = cue.last + 1;
    let subject_follows = next < range.end
        && !tagged.quoted[next]
        && !tagged.in_set(next, &DAYS)
        && !tagged.in_set(next, &MONTHS)
        && !tagged.in_set(next, &TIME_WORDS)
        && (tagged.tokens[next].capitalized() && pronoun_at(tagged, next).is_none()
            || tagged.is_any(next, words!["one", "two"])
            // (", said founder Mikhail Khodorkovsky.": a post or a
            // description in lower case, then the name.)
            || tagged.tokens[next].lowercase()
                && tagged.word_in_any(next, Lists::of(&[List::Titles, List::PersonNouns]))
                && tagged.tokens.get(next + 1).is_some_and(|t| t.capitalized())
                && !tagged.quoted[next + 1]);
    // "Dance music not dead says Fatboy": a headline, with no stop, may
    // leave out the comma before the name that ends it.
    // (Not a title-case headline, whose every word is capitalised: "Trump
    // Says China Deal Close".)
    let ends_headline = range.end > next
        && range.end - next <= 4
        && (next..range.end).all(|k| tagged.tokens[k].capitalized())
        && tagged.is_any(cue.first, words!["says", "said"])
        && (range.start..cue.first).any(|k| tagged.tokens[k].lowercase());
    // ("... the role of the high street thinks Mr Vaughan.": a long clause
    // may leave out the comma before an honorific's name ending it.)
    let ends_with_honorific = !after_comma
        && cue.first > range.start + 8
        && tagged.tokens[cue.first - 1].lowercase()
        && tagged.is_any(
            cue.first,
            words![
                "says",
                "said",
                "thinks",
                "believes",
                "reckons",
                "argues",
                "estimates"
            ],
        )
        && tagged.is_any(next, words!["mr", "ms", "mrs", "dr"])
        && {
            // (At the text's end, no token after the honorific.)
            let stop = |k: usize| {
                tagged
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.kind() == Kind::Period)
            };
            let name = next + 1 + usize::from(stop(next + 1));
            name + 2 == range.end && tagged.tokens[name].capitalized() && stop(name + 1)
        };
    // ("... make banks turn to Windows said Dominic Hirsch, managing
    // director of ...": a given name and a surname, then a comma or the
    // end, after a long clause with no comma.)
    let full_name_tag = !after_comma
        && cue.first > range.start + 8
        && tagged.is_any(cue.first, words!["says", "said"])
        && tagged.word_in_any(next, GIVEN_NAMES)
        && tagged.tokens.get(next + 1).is_some_and(|t| t.capitalized())
        && tagged
            .tokens
            .get(next + 2)
            .is_none_or(|t| matches!(t.kind(), Kind::Comma | Kind::Period))
        // (Not "Clinton said Patricia Smith, the mother of ..., is wrong":
        // a verb after the name, outside a relative clause, makes it the
        // content's subject. The post ends the sentence within 30 words: a
        // bound, so that many such tags in one sentence stay linear.)
        && range.end - next <= 32
        && !(next + 2..range.end).any(|k| {
            let relative = tagged.is_any(k - 1, words!["which", "who", "that"]);
            tagged.quoted[k] || subject::is_auxiliary(tagged, k) && !relative
        });
    if ends_with_honorific || full_name_tag {
        return true;
    }
    let cue_fits = (after_comma || ends_headline)
        && tagged.is_any(cue.first, SAYING)
        // "Lee, a senator, told The Post": the one told follows "told".
        && !tagged.is_any(cue.first, words!["told", "tells", "asked"]);
    if cue_fits && tagged.is_any(next, words!["the", "a", "an"]) {
        return closing_described_subject(tagged, range, next);
    }
    cue_fits
        && subject_follows
        && forward(tagged, range, next).is_some_and(|(f, e)| {
            // "..., said Ivanka Trump's statement didn't clarify it": a
            // clause, the content, not a subject.
            let clause = (f..=e).any(|k| subject::is_auxiliary(tagged, k));
            // (Or a bracket: "said Mr. Burman (a view echoed ...)",
            // `("...," declared La Stampa in Italy)`.)
            !clause
                && (e + 1 >= range.end
                    || matches!(
                        tagged.tokens[e + 1].kind(),
                        Kind::Period | Kind::Comma | Kind::Open | Kind::Close
                    ))
        })
}

/// ", with the campaign of the former senator from Pennsylvania saying":
/// the whole phrase between ", with" and its participle is the
/// participle's subject, prepositions and all (up to ten words).
pub(super) fn with_subject(
    tagged: &Tagged,
    range: &Range<usize>,
    cue: &Cue,
) -> Option<(usize, usize)> {
    // ("with reporters asking about the wall": a question put, left to the
    // walk back.)
    if !tagged.bytes(cue.first).ends_with(b"ing")
        || cue.first < range.start + 3
        || tagged.is_any(
            cue.first,
            words!["asking", "wondering", "questioning", "inquiring"],
        )
    {
        return None;
    }
    let with = absolute_with_before(tagged, range, cue.first - 1, 10)?;
    let mut first = with + 1;
    // ("with Cruz recently promising": an adverb before the participle.)
    let mut last = cue.first - 1;
    while last > first && (tagged.is_ly_adverb(last) || tagged.in_set(last, &SKIPPABLE)) {
        last -= 1;
    }
    // ("with Labour backbenchers and opposition politicians opposing": the
    // words after an "and" that joins no subjects, as the walk back reads
    // them.)
    if let Some(and) = (first + 1..last).rev().find(|&k| tagged.is(k, "and")) {
        if !joins_subjects(tagged, range, and, and + 1) {
            first = and + 1;
        }
    }
    // (A noun of people or of a body heads the phrase, which holds no verb:
    // "with the company saying", not "with growth slowing" nor "with Kennedy
    // has claiming".)
    let headed = (first..=last).any(|k| is_subject_word(tagged, k));
    let verb = (first..=last).any(|k| subject::is_auxiliary(tagged, k));
    (headed && !verb && !tagged.in_set(first, &PREPOSITIONS)).then_some((first, last))
}

/// The "with" of an absolute phrase (", with the union saying", "- with
/// some analysts saying") among the `reach` words before `before`, set off
/// by a comma or a dash.
pub(crate) fn absolute_with_before(
    tagged: &Tagged,
    range: &Range<usize>,
    before: usize,
    reach: usize,
) -> Option<usize> {
    (before.saturating_sub(reach).max(range.start + 1)..before)
        .rev()
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .find(|&k| tagged.is(k, "with"))
        .filter(|&w| matches!(tagged.tokens[w - 1].kind(), Kind::Comma | Kind::Dash))
}

/// ", said the newspaper.", ", said a US-based insurance expert.": a short
/// phrase from `next` that ends the sentence in a noun of a source (a name,
/// a person's, a body's, an outlet's or a document's noun), with no verb;
/// not ", said the bid undervalued the business."
pub(super) fn closing_described_subject(
    tagged: &Tagged,
    range: &Range<usize>,
    next: usize,
) -> bool {
    // (", said an American official who was briefed on the talks.": a
    // relative clause may close the phrase.)
    let Some(end) = (next + 1..range.end.min(next + 8))
        .find(|&k| !tagged.tokens[k].is_word() || tagged.is(k, "who"))
    else {
        return false;
    };
    let last = end - 1;
    let verb = |k: usize| {
        let w = tagged.bytes(k);
        tagged.tokens[k].lowercase()
            && (w.ends_with(b"ed") && !w.contains(&b'-')
                || tagged.in_set(k, &crate::cue::IRREGULAR_PAST)
                || subject::is_auxiliary(tagged, k))
    };
    if tagged.is(end, "who") {
        // (Only after a clause with a verb of its own: "Corey Lewandowski,
        // said the staff member who", "The mayor, in a statement, said the
        // officer who" have their subject before the comma.)
        let clause_before =
            next >= 3 && (next.saturating_sub(60).max(range.start)..next - 2).any(verb);
        return last > next
            && clause_before
            && tagged.lists_ending_at(last).any_of(SOURCE_NOUNS)
            && !(next + 1..last).any(verb);
    }
    // ("says the strategy shows frustration with the media.": a noun after
    // "with" or "about" is what a clause is about, no speaker.)
    let about = || (next + 1..last).any(|k| tagged.is_any(k, words!["with", "about", "against"]));
    last > next
        && tagged.tokens[end].kind() == Kind::Period
        && end + 1 >= range.end
        && (tagged.tokens[last].capitalized() || tagged.lists_ending_at(last).any_of(SOURCE_NOUNS))
        && !(next + 1..last).any(verb)
        && !about()
}

/// Whether a verb stands where an inverted subject may follow it: after a
/// comma, a closing quotation mark, or at the start of the sentence.
pub(super) fn inverted_position(tagged: &Tagged, range: &Range<usize>, verb: usize) -> bool {
    let mut k = verb;
    while k > range.start {
        k -= 1;
        let t = tagged.tokens[k];
        if t.kind() == Kind::Word && tagged.in_set(k, &SKIPPABLE) {
            // ("..., has supported Sen. Ted Cruz": an auxiliary's verb
            // has its subject before it.)
            if subject::is_auxiliary(tagged, k) {
                return false;
            }
            continue;
        }
        // ("everyone does, indeed, expect Brown to": an aside after an
        // auxiliary, whose verb this is.)
        if t.kind() == Kind::Comma && aside_after_auxiliary(tagged, range, k) {
            return false;
        }
        return matches!(
            t.kind(),
            Kind::Comma | Kind::Quote | Kind::Dash | Kind::Colon
        ) || tagged.quoted[k];
    }
    true
}

/// Whether the comma at `close` ends a short aside (", indeed,", ", of
/// course,") opened right after an auxiliary.
fn aside_after_auxiliary(tagged: &Tagged, range: &Range<usize>, close: usize) -> bool {
    (close.saturating_sub(4).max(range.start + 1)..close.saturating_sub(1))
        .rev()
        .take_while(|&k| tagged.tokens[k + 1].is_word())
        .find(|&k| tagged.tokens[k].kind() == Kind::Comma)
        .is_some_and(|open| open > range.start && subject::is_auxiliary(tagged, open - 1))
}
