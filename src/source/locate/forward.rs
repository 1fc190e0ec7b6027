//! The source after its cue: "according to X", "citing X", an agent
//! after "by", an inverted tag's subject, a signature after a dash.

use super::*;

/// Pieces an outlet publishes as its own.
pub(in crate::source) static PIECES: WordSet<32> = word_set![
    "editorial",
    "editorials",
    "column",
    "report",
    "reports",
    "article",
    "articles",
    "story",
    "op-ed",
    "piece",
    "analysis",
    "investigation",
];

/// Whether an outlet's name starts at `k`, or after "the" there, before
/// `end` ("The Guardian" is listed with its article, "the Des Moines
/// Register" without).
fn outlet_at(tagged: &Tagged, k: usize, end: usize) -> bool {
    outlet_end(tagged, k, end).is_some()
        || tagged.is(k, "the") && outlet_end(tagged, k + 1, end).is_some()
}

/// The last token of an outlet's name that starts at `k` and ends before
/// `end`, if one does.
fn outlet_end(tagged: &Tagged, k: usize, end: usize) -> Option<usize> {
    // (Told first from the lists starting there, as `entry_at` does; an
    // entry that would run past `end` is passed for a shorter one.)
    if !tagged.lists_starting_at(k).has(List::Outlets) {
        return None;
    }
    tagged
        .hits_at(k)
        .iter()
        .find(|h| h.lists.has(List::Outlets) && h.last < end)
        .map(|h| h.last)
}

/// "A poll released Sunday by The Washington Post shows": a reduced
/// relative clause after the phrase `found`, up to the verb, that names
/// who made it is the mention's too (the agent is the source).
pub(super) fn with_agent(
    tagged: &Tagged,
    range: &Range<usize>,
    found: (usize, usize),
    verb: usize,
) -> (usize, usize) {
    let (first, last) = found;
    // (Not one who handled it, "a letter obtained by The Associated
    // Press", asked or paid for it, "a study funded by Exxon", nor one who
    // leads a group.)
    let handled = tagged.is_any(
        last + 1,
        words![
            "obtained",
            "seen",
            "reviewed",
            "viewed",
            "examined",
            "read",
            "heard",
            "led",
            "reported",
            "cited",
            "quoted",
            "requested",
            "ordered",
            "funded",
            "financed",
            "sponsored",
            "paid",
            "backed",
            "supported",
            "leaked"
        ],
    );
    // ("A survey conducted by Gallup last year found": the agent ends
    // before a time.)
    let mut end = verb.saturating_sub(1);
    while end > last + 1
        && (tagged.in_set(end, &SKIPPABLE) || tagged.in_set(end, &DAYS))
        && tagged.tokens[end].lowercase()
    {
        end -= 1;
    }
    let agent = !handled
        && last + 1 < end
        && is_participle(tagged, last + 1)
        && past_reduced_relative(tagged, range, verb) == Some(last + 1)
        && (last + 2..end).any(|k| tagged.is(k, "by"))
        && tagged.tokens[end].capitalized();
    if agent {
        (first, end)
    } else {
        found
    }
}

/// Whether token `k` is a hyphen touching the tokens on both sides
/// ("D.C.-based").
fn joins_next(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    let tokens = &tagged.tokens;
    k > range.start
        && k + 1 < range.end
        && tagged.word(k) == "-"
        && tokens[k - 1].span().end == tokens[k].span().start
        && tokens[k].span().end == tokens[k + 1].span().start
        && tokens[k + 1].is_word()
}
/// Words that open no speaker's phrase after a verb: a clause's or a
/// preposition's ("said that", "said during the Games", "said following the
/// match": a time's phrase, no speaker).
#[rustfmt::skip]
const NO_SPEAKER_FIRST: &[u64] = words![
    "that", "to", "in", "on", "at", "by", "about", "of", "for", "with", "it", "without",
    "during", "following", "after", "before", "since", "amid", "despite",
];

/// The noun phrase starting at `start`, up to a clause boundary, with a
/// following appositive (", a doctor at the clinic") when the sentence ends
/// there.
/// Whether lowercase words after the "and" at `k` (up to four, one a
/// post or a trade) lead to a given name: "and chief executive Bill".
fn joined_post_before_name(tagged: &Tagged, range: &Range<usize>, k: usize) -> bool {
    let tokens = &tagged.tokens;
    let run = (k + 1..range.end.min(k + 5))
        .take_while(|&j| {
            tokens[j].is_word()
                && tokens[j].lowercase()
                && !tagged.quoted[j]
                && crate::source::pronoun_at(tagged, j).is_none()
                && !tagged.is_any(
                    j,
                    words!["his", "her", "their", "its", "our", "my", "the", "a", "an"],
                )
        })
        .count();
    let name = k + 1 + run;
    run >= 1
        && name < range.end
        && tagged.word_in_any(name, GIVEN_NAMES)
        && (k + 1..name)
            .any(|j| tagged.word_in(j, List::Titles) || tagged.word_in(j, List::PersonNouns))
}

pub(super) fn forward(
    tagged: &Tagged,
    range: &Range<usize>,
    start: usize,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    if start >= range.end || !tokens[start].is_word() || tagged.quoted[start] {
        return None;
    }
    if tagged.is_any(start, NO_SPEAKER_FIRST) {
        return None;
    }
    let mut e = start;
    while e + 1 < range.end && e - start < 14 {
        let k = e + 1;
        let t = tokens[k];
        if tagged.quoted[k] {
            break;
        }
        // "the Mail on Sunday", "the Sunday Telegraph": an outlet's name
        // holds words that end a phrase elsewhere.
        if let Some(last) = outlet_end(tagged, k, range.end) {
            e = last;
            continue;
        }
        // ("a declaration filed in federal court by John Hackett": a place
        // between the participle and its agent.)
        if let Some(by) = agent_past_place(tagged, range, k).filter(|_| tokens[e].is_word()) {
            e = by;
            continue;
        }
        // ("a report out on Monday from the British Retail Consortium":
        // "out" and its day between a document and its maker.)
        if let Some(maker) = maker_after_out_or_time(tagged, range, e, k) {
            e = maker - 1;
            continue;
        }
        match t.kind() {
            // "a person close to the board", "people familiar with it".
            Kind::Word
                if tagged.is_any(k, words!["to", "with"])
                    && tagged.is_any(k - 1, words!["close", "familiar", "closest"]) =>
            {
                e = k
            }
            // "said a trader who asked not to be named": the clause that
            // withholds the name belongs to the mention.
            Kind::Word if tagged.is(k, "who") => {
                if let Some(end) = withheld_name_clause(tagged, range, k) {
                    return Some((start, end));
                }
                break;
            }
            // "reads an editorial in The Des Moines Register": a piece in an
            // outlet is the outlet's (an advertisement in it is not).
            Kind::Word
                if tagged.is(k, "in")
                    && tagged.in_set(e, &PIECES)
                    && outlet_at(tagged, k + 1, range.end) =>
            {
                e = k
            }
            // "reads a Wednesday editorial": a day as a modifier.
            Kind::Word
                if tagged.in_set(k, &DAYS)
                    && tagged.is_any(e, words!["a", "an", "the", "this", "last"])
                    && tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
                    && k + 1 < range.end =>
            {
                e = k
            }
            // "data released Friday by state regulators": the day between
            // a participle and its agent.
            Kind::Word
                if tagged.in_set(k, &DAYS)
                    && tagged.tokens[e].lowercase()
                    && tagged.word(e).ends_with("ed")
                    && k + 1 < range.end
                    && tagged.is(k + 1, "by") =>
            {
                e = k
            }
            // ("accused by the Turkish government of coordinating the coup":
            // what the agent accuses of, after its name.)
            Kind::Word
                if tagged.is(k, "of")
                    && k + 1 < range.end
                    && tokens[k + 1].lowercase()
                    && tagged.bytes(k + 1).ends_with(b"ing") =>
            {
                break
            }
            // ("said Doyle and others": the others are sources too.)
            Kind::Word
                if tagged.is(k, "and") && k + 1 < range.end && tagged.is(k + 1, "others") =>
            {
                e = k + 1
            }
            // ("a report Tuesday from WKOW": between a document and its
            // maker.)
            Kind::Word
                if tagged.in_set(k, &DAYS)
                    && tagged.word_in(e, List::Documents)
                    && k + 1 < range.end
                    && tagged.is_any(k + 1, words!["from", "by"]) =>
            {
                e = k
            }
            // ("figures released on Tuesday by the BPI": after "on".)
            Kind::Word
                if tagged.is(k, "on")
                    && tagged.in_set(k + 1, &DAYS)
                    && tagged.tokens[e].lowercase()
                    && tagged.word(e).ends_with("ed")
                    && k + 2 < range.end
                    && tagged.is(k + 2, "by") =>
            {
                e = k + 1
            }
            // ("a study by economists Peter Schott and Justin Pierce": a
            // document's second author, a full name after the first.)
            Kind::Word
                if tagged.is(k, "and")
                    && tokens[e].capitalized()
                    && k + 2 < range.end
                    && tagged.word_in_any(k + 1, GIVEN_NAMES)
                    && tokens[k + 2].capitalized()
                    && (start..e).any(|j| tagged.is(j, "by")) =>
            {
                e = k
            }
            // "said Nortel president and chief executive Bill Owens",
            // "director and senior economist Andrew Hencic": two posts of
            // the one person named after the second.
            Kind::Word
                if tagged.is(k, "and")
                    && tokens[e].lowercase()
                    && tagged.word_in(e, List::Titles)
                    && joined_post_before_name(tagged, range, k) =>
            {
                e = k
            }
            // "by Work and Pensions Secretary Alan Smith": "and" inside the
            // brief of a capitalised title, after one word that names no
            // one ("Democrats and Republican Senator John McCain", "Tony
            // Blair and Chancellor Gordon Brown" are two sources).
            Kind::Word
                if tagged.is(k, "and")
                    && tokens[e].capitalized()
                    && !(e > start && tokens[e - 1].capitalized())
                    && !tagged.lists_ending_at(e).any_of(BRIEF_NOT)
                    && (k + 1..range.end.min(k + 5))
                        .take_while(|&j| tokens[j].capitalized())
                        .any(|j| tagged.word_in(j, List::Titles)) =>
            {
                e = k
            }
            // "Democratic and independent analysts": two modifiers of one
            // group, joined.
            Kind::Word
                if tagged.is(k, "and")
                    && e == start
                    && k + 2 < range.end
                    && tokens[k + 1].is_word()
                    && !tagged.word_in_any(e, SOURCE_LISTS)
                    && !tagged.word_in_any(k + 1, SOURCE_LISTS)
                    && tagged.word_in(k + 2, List::GroupNouns)
                    // (Not a name's words: "Richard and Judy executive
                    // producer Amanda Ross".)
                    && ![e, k + 1].iter().any(|&j| {
                        tagged.word_in(j, List::MaleNames) || tagged.word_in(j, List::FemaleNames)
                    }) =>
            {
                e = k
            }
            // "media and PR strategist Glen Yearwood": a lone modifier
            // joined to the trade of the person named next ("witnesses and
            // local police" are two sources).
            // ("former programmer and technology analyst Bill Thompson": two
            // descriptions of one person, the first a singular noun.)
            Kind::Word
                if tagged.is(k, "and")
                    && (e == start
                        || e <= start + 2
                            && (start..e).all(|j| tokens[j].lowercase())
                            && !crate::source::is_plural(tagged, e)
                            && !tagged.is_any(start, words!["the", "a", "an", "some", "many"]))
                    && tokens[e].lowercase()
                    && k + 3 < range.end
                    && !tagged.word_in_any(k + 1, SOURCE_LISTS)
                    && (k + 2..range.end.min(k + 4)).any(|j| {
                        tokens[j].lowercase()
                            && tagged.word_in_any(j, SOURCE_LISTS)
                            && j + 1 < range.end
                            && tokens[j + 1].capitalized()
                    }) =>
            {
                e = k
            }
            // ("according to USA TODAY contributor ...": an outlet's last
            // word is no time.)
            // (Nor a surname after a given name: "coach Mike Friday".)
            Kind::Word
                if (tagged.in_set(k, &STOP_FORWARD)
                    || tagged.in_set(k, &DAYS) && !super::names::day_surname(tagged, start, k))
                    && !tagged.entry_ending_at(k, List::Outlets) =>
            {
                break
            }
            // ("According to the commission's report 12 million people":
            // a figure after a document's noun opens the claim.)
            Kind::Word
                if k > start
                    && tagged.bytes(k).first().is_some_and(u8::is_ascii_digit)
                    && tagged.word_in(k - 1, List::Documents) =>
            {
                break
            }
            // ("According to Ofcom there were": the claim's own subject.)
            Kind::Word
                if tagged.is(k, "there")
                    && tagged.is_any(k + 1, words!["is", "are", "was", "were"]) =>
            {
                break
            }
            // ("According to Pew Internet & American Life a blog is
            // created": an article after a name opens the claim.)
            Kind::Word
                if tagged.is_any(k, words!["a", "an"])
                    && t.lowercase()
                    && tokens[e].capitalized()
                    && !tagged.quoted[e] =>
            {
                break
            }
            // "experts I spoke to": a subject pronoun opens a relative clause.
            Kind::Word if tagged.is_any(k, words!["I", "we", "you", "he", "she", "they"]) => break,
            // "documents made public as part of a complaint": a participle
            // after the head starts a clause describing it, unless it names
            // who handled the document ("obtained by the Post").
            Kind::Word
                if t.lowercase()
                    && (tagged.word(k).ends_with("ed") || tagged.is(k, "made"))
                    && (is_subject_word(tagged, e) || tagged.word_in(e, List::Documents))
                    && !tagged.is(k + 1, "by")
                    && !(tagged.in_set(k + 1, &DAYS) && tagged.is(k + 2, "by"))
                    && !(tagged.is(k + 1, "on")
                        && tagged.in_set(k + 2, &DAYS)
                        && tagged.is(k + 3, "by"))
                    // ("a survey carried out by ICM Research".)
                    && !(tagged.is(k + 1, "out") && tagged.is(k + 2, "by"))
                    && agent_past_place(tagged, range, k).is_none() =>
            {
                break
            }
            Kind::Word => e = k,
            Kind::Period
                if tokens[e].is_word()
                    && tokens[e].span().len() <= 4
                    && tokens[e].capitalized()
                    && k + 1 < range.end
                    && tokens[k + 1].is_word() =>
            {
                e = k
            }
            Kind::Other if matches!(tagged.word(k), "&" | "/") => e = k,
            // "a new MPs' report": the apostrophe of a plural possessive.
            Kind::Quote if plural_possessive(tagged, range, k) => e = k,
            Kind::Open => {
                // "(R-Ky.)": a party tag stays with the name.
                match (k..range.end)
                    .take(8)
                    .find(|&c| tokens[c].kind() == Kind::Close)
                {
                    Some(close) => e = close,
                    None => break,
                }
            }
            _ => break,
        }
    }
    // "a poll released last week": the participle describes the head.
    if e > start && tokens[e].lowercase() && tagged.bytes(e).ends_with(b"ed") {
        e -= 1;
    }
    // ", a doctor at the clinic." to the end of the sentence.
    let comma = e + 1;
    // (Or a title, a body's possessive, "head of": ", chief executive of
    // S&N", ", BT's resident futurologist".)
    let opens_description = |k: usize| {
        tagged.is_any(
            k,
            words!["a", "an", "the", "who", "which", "one", "its", "his", "her", "their",],
        ) || tagged.tokens[k].capitalized() && crate::resolve::possessive(tagged, k)
            || tagged.is(k, "head") && tagged.is(k + 1, "of")
            // (A title, or one after a word or two: ", FCC deputy secretary
            // of communications.")
            || super::title_soon(tagged, k, range.end)
            // (", Director General of the British Chambers of Commerce.": a
            // capitalised title of a body.)
            || tagged.tokens[k].capitalized()
                && tagged.word_in(k, List::Titles)
                && (k + 1..(k + 4).min(range.end)).any(|j| tagged.is(j, "of"))
            // ("said Opera spokeswoman, Berit Hanson.": the name after a post.)
            || tagged.tokens[k].capitalized()
                && tagged.tokens[e].lowercase()
                && tagged.lists_ending_at(e).any_of(Lists::of(&[
                    List::Titles,
                    List::PersonNouns,
                    List::GroupNouns,
                ]))
    };
    // ("said the woman, who like many in the town did not want to be quoted
    // by name because of ...": a clause that withholds the name, however
    // long, to the sentence's end.)
    if comma + 1 < range.end && tokens[comma].kind() == Kind::Comma && tagged.is(comma + 1, "who") {
        let end = (comma + 2..range.end.min(comma + 40))
            .take_while(|&k| tokens[k].is_word() && !tagged.quoted[k])
            .last();
        if let Some(end) = end.filter(|&end| {
            end + 1 < range.end
                && tokens[end + 1].kind() == Kind::Period
                && withholds_name_between(tagged, comma + 2, end)
        }) {
            return Some((start, end));
        }
    }
    // ("Later, according to a memo, the contractors left.": an aside after
    // a short opening phrase; the main clause follows it, no description.)
    let aside = start >= range.start + 3
        && start - 3 - range.start <= 6
        && tokens[start - 3].kind() == Kind::Comma
        && tagged.is(start - 2, "according")
        && tagged.is(start - 1, "to")
        && !(range.start..start - 3).any(|k| tokens[k].kind() == Kind::Comma)
        && (tagged.in_set(range.start, &PREPOSITIONS)
            || tagged.in_set(range.start, &DAYS)
            || tagged.is_any(
                range.start,
                words![
                    "later",
                    "earlier",
                    "then",
                    "meanwhile",
                    "now",
                    "today",
                    "yesterday"
                ],
            ));
    if !aside
        && comma + 1 < range.end
        && tokens[comma].kind() == Kind::Comma
        && opens_description(comma + 1)
    {
        // ("who works for Mr. Sanders": an abbreviation's full stop ends
        // nothing.)
        // ("a D.C.-based strategist": nor one a hyphen joins to a word.)
        let abbreviation_dot = |d: usize| {
            tokens[d - 1].capitalized()
                && (tokens[d - 1].span().len() <= 4 || tagged.bytes(d - 1).contains(&b'.'))
                && (tokens.get(d + 1).is_some_and(|t| t.capitalized())
                    || joins_next(tagged, range, d + 1)
                    // (", a former C.I.A. analyst": initials before a noun.)
                    || tagged.bytes(d - 1).contains(&b'.')
                        && tokens.get(d + 1).is_some_and(|t| t.is_word() && t.lowercase()))
                && d + 1 < range.end
        };
        // (", Texas attorney general announcing the action.": a participle
        // of saying ends the description.)
        // (Not one inside a relative clause, "who is now advising", nor
        // after a preposition, "an early voice in urging".)
        let participle = |d: usize| {
            crate::cue::is_saying_participle(tagged, d)
                && !tagged.in_set(d - 1, &PREPOSITIONS)
                && !(comma + 1..d)
                    .any(|j| tagged.is_any(j, words!["who", "which", "that", "whose"]))
        };
        let mut k = comma + 1;
        while k + 1 < range.end
            && tokens[k + 1].kind() != Kind::Comma
            && (tokens[k + 1].kind() != Kind::Period || abbreviation_dot(k + 1))
            && !tagged.quoted[k + 1]
            && !participle(k + 1)
            && k - comma < 14
        {
            k += 1;
        }
        // A clause ("the thinning is driven by ...") is no appositive: no
        // verb before a relative pronoun.
        let clause = (comma + 1..=k)
            .take_while(|&i| !tagged.is_any(i, words!["who", "which", "that", "whose"]))
            .any(|i| {
                subject::is_auxiliary(tagged, i)
                    || (tokens[i].lowercase()
                        && tagged.word_in(i, List::CueVerbs)
                        // ("vice president in charge of mobile TV": a post.)
                        && !super::appositive::in_charge(tagged, i))
            });
        // (", on Monday.", ", in a statement.": a short aside may close the
        // sentence after it.)
        let aside_to_end = || {
            tokens[k + 1].kind() == Kind::Comma
                && k + 2 < range.end
                && tagged.in_set(k + 2, &ASIDES)
                && (k + 2..range.end.min(k + 10))
                    .find(|&d| tokens[d].kind() != Kind::Word)
                    .is_some_and(|d| tokens[d].kind() == Kind::Period && d + 1 >= range.end)
        };
        // (", which conducted the poll.": a relative clause about the body
        // named may close the sentence after it too.)
        let relative_to_end = || {
            tokens[k + 1].kind() == Kind::Comma
                && tagged.is_any(k + 2, words!["which", "who"])
                && (k + 3..range.end.min(k + 30))
                    .find(|&d| !matches!(tokens[d].kind(), Kind::Word | Kind::Other))
                    .is_some_and(|d| tokens[d].kind() == Kind::Period && d + 1 >= range.end)
        };
        // ("According to Robert Walsh, head of Krome Studios, the tools
        // matter": a post between commas after an opening "according to";
        // not "According to Lee, the tools matter", the claim.)
        let opening_according = || {
            start == range.start + 2
                && tagged.is(range.start, "according")
                && tokens[k + 1].kind() == Kind::Comma
                && opens_post(tagged, comma + 1, k + 1)
        };
        // ("The problem, said Jo Lee, head of Acme, is cost", "..., said
        // Jo Lee, head of Acme, adding that": a post between commas, then
        // the main clause's verb or a participle of saying.)
        let post_between_commas = || {
            tokens[k + 1].kind() == Kind::Comma
                && k + 2 < range.end
                && opens_post(tagged, comma + 1, k + 1)
                && (participle(k + 2) || subject::is_auxiliary(tagged, k + 2))
        };
        if !clause
            && (k + 1 >= range.end
                || tokens[k + 1].kind() == Kind::Period
                || aside_to_end()
                || relative_to_end()
                || participle(k + 1)
                || opening_according()
                || post_between_commas())
        {
            return Some((start, k));
        }
    }
    Some((start, e))
}

/// Whether the words from `k` to `end` open with a post: "head of",
/// "chief executive of", "Director General of" (in a word or two).
pub(super) fn opens_post(tagged: &Tagged, k: usize, end: usize) -> bool {
    let head = k + usize::from(tagged.is_any(k, words!["the", "a", "an"]));
    tagged.is(head, "head") && tagged.is(head + 1, "of")
        || super::title_soon(tagged, k, end)
        || tagged.tokens[k].capitalized() && tagged.word_in(k, List::Titles)
}

/// "a report out on Monday from", "a report earlier this week from": the
/// "from" or "by" naming the maker of the document at `doc`, after "out"
/// or a time at `out` (within four words).
fn maker_after_out_or_time(
    tagged: &Tagged,
    range: &Range<usize>,
    doc: usize,
    out: usize,
) -> Option<usize> {
    const TIME: &[u64] = words![
        "on",
        "today",
        "yesterday",
        "this",
        "last",
        "week",
        "earlier"
    ];
    let opens = tagged.is(out, "out") || tagged.is_any(out, TIME) || tagged.in_set(out, &DAYS);
    if !opens || !tagged.word_in(doc, List::Documents) {
        return None;
    }
    let maker = (out + 1..range.end.min(out + 5))
        .find(|&j| !(tagged.is_any(j, TIME) || tagged.in_set(j, &DAYS)))?;
    tagged.is_any(maker, words!["from", "by"]).then_some(maker)
}

/// The "by" of a participle at `k` whose agent comes after a place: "filed
/// in federal court by".
fn agent_past_place(tagged: &Tagged, range: &Range<usize>, k: usize) -> Option<usize> {
    (tagged.tokens[k].lowercase() && tagged.bytes(k).ends_with(b"ed") && tagged.is(k + 1, "in"))
        .then(|| {
            (k + 2..(k + 6).min(range.end))
                .take_while(|&j| tagged.tokens[j].is_word())
                .find(|&j| tagged.is(j, "by"))
        })
        .flatten()
}

/// The end of a relative clause from `who` that withholds a name ("who
/// asked not to be named", "who spoke on condition of anonymity"), when one
/// starts there.
fn withheld_name_clause(tagged: &Tagged, range: &Range<usize>, who: usize) -> Option<usize> {
    let end = (who + 1..range.end)
        .take(14)
        .take_while(|&k| tagged.tokens[k].is_word() && !tagged.quoted[k])
        .last()?;
    (who + 1..=end)
        .any(|k| tagged.entry_at(k, List::Anonymity).is_some())
        .then_some(end)
}
