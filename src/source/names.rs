//! Runs of capitalised words that name a person or a body inside a
//! mention (`Republican nominee Donald Trump`, `The New York Times`).

use super::words::*;
use crate::lexicon::{List, Lists};
use crate::token::{words, Kind, Tagged};

/// The last run of capitalised words that is a name: the head of a phrase
/// such as "Republican nominee Donald Trump".
pub(super) fn last_name_run(tagged: &Tagged, first: usize, last: usize) -> Option<(usize, usize)> {
    let mut found = None;
    let mut k = first;
    while k <= last {
        match name_run(tagged, k, last) {
            Some(run) => {
                found = Some(run);
                k = run.1 + 1;
            }
            None => break,
        }
    }
    found
}

/// "Texas-based", "Fly-half", "Film-maker" before another word of the
/// phrase (up to `last`): a compound that describes, not a name ("Ban
/// Ki-moon" ends the phrase).
fn compound_modifier(tagged: &Tagged, k: usize, last: usize) -> bool {
    if k >= last || !tagged.tokens[k + 1].is_word() {
        return false;
    }
    let w = tagged.bytes(k);
    let Some(h) = w.iter().rposition(|&b| b == b'-') else {
        return false;
    };
    w.get(h + 1).is_some_and(u8::is_ascii_lowercase)
        // ("Clemence Ross-van Dorp": a double surname's particle.)
        && !std::str::from_utf8(&w[h + 1..])
            .is_ok_and(|rest| PARTICLES.contains(&crate::token::fold_hash(rest)))
}

/// Lists whose one-word entries are no name words: "Senator", "Officials",
/// "Report", "Sources".
const NOT_NAME_LISTS: Lists = Lists::of(&[
    List::Titles,
    List::GroupNouns,
    List::Documents,
    List::Anonymity,
]);

/// Given names, as the lists spell them.
pub(crate) const GIVEN_NAMES: Lists = Lists::of(&[List::FemaleNames, List::MaleNames]);

/// "Stephen King", "John Major", "Martin Luther King": a title's word after
/// a given name (or a name that opens with one), with no name after it, is
/// the surname.
pub(crate) fn surname_title(tagged: &Tagged, k: usize) -> bool {
    let tokens = &tagged.tokens;
    let given = |i: usize| tagged.word_in_any(i, GIVEN_NAMES);
    // ("Peter T. King": past a middle initial; "Mr. King", "Mr King":
    // after an honorific.)
    let initial = k > 2
        && tokens[k - 1].kind() == Kind::Period
        && tagged.bytes(k - 2).len() == 1
        && tokens[k - 2].capitalized()
        && given(k - 3);
    // (Not "Lord", "Sir": "the Lord Chancellor" is an office.)
    const PLAIN: &[u64] = words!["mr", "mrs", "ms", "miss", "dr"];
    let honorific = k > 0 && tagged.is_any(k - 1, PLAIN)
        || k > 1 && tokens[k - 1].kind() == Kind::Period && tagged.is_any(k - 2, PLAIN);
    // ("governor Mervyn King": a word between a title and a title's word
    // is a given name, whatever the lists know; "Billie Jean King": so are
    // two capitalised words before it that hold no title.)
    let after_title = || {
        k > 1
            && tagged.word_in(k - 2, List::Titles)
            && !tagged.word_in(k - 1, List::Titles)
            && !tagged.in_set(k - 1, &NOT_NAME_SET)
    };
    // (Only titles that are also common surnames: "the Indonesian
    // Economics Minister" is an office.)
    const SURNAME_TITLES: &[u64] = words!["king", "bishop", "major", "pope", "judge", "marshal"];
    let two_names = || {
        k > 1
            && tagged.is_any(k, SURNAME_TITLES)
            && tokens[k - 2].capitalized()
            && [k - 2, k - 1]
                .iter()
                .all(|&j| !tagged.word_in(j, List::Titles) && !tagged.in_set(j, &NOT_NAME_SET))
    };
    // ("CL King & Associates": a firm's name, past initials or before "&".)
    let firm = || {
        tagged.is_any(k, SURNAME_TITLES)
            && (tokens
                .get(k + 1)
                .is_some_and(|_| tagged.bytes(k + 1) == b"&")
                || tokens[k - 1].capitalized()
                    && (2..=3).contains(&tagged.bytes(k - 1).len())
                    && tagged.bytes(k - 1).iter().all(|b| b.is_ascii_uppercase())
                    && !tagged.word_in(k - 1, List::Titles))
    };
    k > 0
        && tokens[k].capitalized()
        && (initial
            || honorific
            || firm()
            || tokens[k - 1].capitalized()
                && (given(k - 1)
                    || k > 1 && tokens[k - 2].capitalized() && given(k - 2)
                    || after_title()
                    || two_names()))
        && tagged.word_in(k, List::Titles)
        // ("Kirsty Bain MSP": letters after the name are a post.)
        && !tagged.bytes(k).iter().all(|b| b.is_ascii_uppercase())
        // (A full stop after it is an abbreviation's, unless the sentence
        // ends there: "..., said Mr King.")
        && !tokens
            .get(k + 1)
            .is_some_and(|t| t.capitalized() || t.kind() == Kind::Period && !t.ends)
}

/// "Vince Cable", "Mr Cable": a capitalised word of the lists (no title)
/// after a given name or an honorific, ending the name, is a surname.
pub(crate) fn is_listed_surname(tagged: &Tagged, k: usize) -> bool {
    let tokens = &tagged.tokens;
    k > 0
        && tokens[k].capitalized()
        && tokens[k - 1].capitalized()
        && !tokens.get(k + 1).is_some_and(|t| t.capitalized())
        && (tagged.word_in_any(k - 1, GIVEN_NAMES)
            || tagged.is_any(k - 1, words!["mr", "mrs", "ms", "dr", "sir", "lord"]))
        && !tagged.word_in(k, List::Titles)
}

/// Whether the word at `k`, in "-s", is a verb of a headline in title case
/// ("Graham Says", "Trump Addresses"), which no name holds.
#[inline]
pub(crate) fn is_headline_verb(tagged: &Tagged, k: usize) -> bool {
    tagged.in_set(k, &HEADLINE_VERBS)
        || tagged.bytes(k).ends_with(b"s") && tagged.word_in(k, List::CueVerbs)
        // ("Chris Christie Calls Clinton 'A Disgrace'": a weak cue after a
        // given name and a surname; not "United States", "Lord Dubs".)
        || k >= 2
            && tagged.bytes(k).ends_with(b"s")
            && tagged.word_in(k, List::WeakCueVerbs)
            && tagged.tokens[k - 1].capitalized()
            && tagged.word_in_any(k - 2, GIVEN_NAMES)
        || headline_adverb(tagged.bytes(k))
}

/// Whether the capitalised word at `k` is a noun for a person that names no
/// one: after a possessive, before a headline's verb ("Trump's Son Says").
/// Elsewhere it may be a name ("Mr. Singer", "Destiny's Child").
fn person_noun_alone(tagged: &Tagged, k: usize) -> bool {
    k.checked_sub(1)
        .is_some_and(|p| crate::resolve::possessive(tagged, p))
        && k + 1 < tagged.tokens.len()
        && is_headline_verb(tagged, k + 1)
        && tagged.word_in(k, List::PersonNouns)
        && !is_listed_surname(tagged, k)
}

/// Whether the word at `k` is an adverb by its ending ([`headline_adverb`]).
pub(crate) fn is_adverb_by_ending(tagged: &Tagged, k: usize) -> bool {
    headline_adverb(tagged.bytes(k))
}

/// "GOP Candidates Resoundingly Reject", "He Fully Supported": an adverb
/// by its ending, which no name has ("Kelly", "Connolly" end otherwise).
fn headline_adverb(w: &[u8]) -> bool {
    // (Not "-antly", "-ently": "Kent Brantly".)
    const ENDINGS: [&[u8]; 7] = [
        b"ingly", b"edly", b"ously", b"ively", b"ately", b"ically", b"fully",
    ];
    w.len() > 4 && w.ends_with(b"ly") && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Auxiliaries a title-case headline writes with a capital ("Kelly Was Just
/// Spotted"), which no name holds inside it.
const HEADLINE_AUXILIARIES: &[u64] = words![
    "is", "was", "are", "were", "has", "have", "had", "does", "did", "would", "could", "should",
    "must", "been",
];

/// The first run of capitalised words in `first..=last` that is a name:
/// not a function word, not a title alone.
pub(crate) fn name_run(tagged: &Tagged, first: usize, last: usize) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let mut k = first;
    while k <= last {
        let is_name_word = |k: usize| {
            // (Most tokens are not capitalised: told before anything else.)
            if !tokens[k].capitalized() {
                return false;
            }
            // "the Nov. 8 election", "Jan. 20": a month's abbreviation before
            // a date ("Jan Egeland", "DEC" are names).
            if tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Period)
                && tokens
                    .get(k + 2)
                    .is_some_and(|_| crate::token::is_numeral(tagged.bytes(k + 2)))
                && tagged.is_any(k, MONTH_ABBREVIATIONS)
            {
                return false;
            }
            // "Graham Says Trump Could Deal": a headline's verb ends the name.
            let headline_verb = is_headline_verb(tagged, k);
            // "New York", "New Hampshire": "New" before a capitalised word
            // begins a name.
            let new_name = tagged.is(k, "new")
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.capitalized() && k < last);
            // "the National Highway Traffic Safety Administration", "American
            // Airlines": an adjective of reach opens a body's name.
            let body_adjective = || {
                tagged.is_any(k, words!["national", "federal", "state", "american"])
                    && opens_body_name(tagged, k, last)
            };
            // "Bill Clinton": a given name before a capitalised word is a
            // name's, though the lists know it as a word ("the bill").
            let given =
                k < last && tokens[k + 1].capitalized() && tagged.word_in_any(k, GIVEN_NAMES);
            // "Henk Ten Cate": a number word between a name's words.
            let inner = |k: usize| {
                tagged.is_any(
                    k,
                    words!["one", "two", "four", "six", "seven", "eight", "nine", "ten", "twelve"],
                ) && k > first
                    && k < last
                    && tokens[k - 1].capitalized()
                    && tokens[k + 1].capitalized()
                    && !tagged.in_set(k - 1, &NOT_NAME_SET)
            };
            // "Lt. Col. Louis Dorfman": the last word of a title's
            // abbreviation ends a title, not a name.
            let title_end = tagged.lists_ending_at(k + 1).has(List::Titles)
                && tokens.get(k + 1).is_some_and(|t| t.kind() == Kind::Period);
            // ("Fuming Robinson blasts officials": a headline's word of mood
            // before the name.)
            let mood = tagged.is_any(
                k,
                words![
                    "fuming",
                    "raging",
                    "grieving",
                    "beaming",
                    "smiling",
                    "struggling",
                    "ailing",
                    "battling",
                    "rampant",
                    "furious",
                    "angry",
                    "defiant",
                    "delighted",
                    "relieved",
                    "frustrated",
                    "upbeat",
                    "jubilant",
                    "gutted",
                    "outgoing",
                    "retiring"
                ],
            ) && tokens.get(k + 1).is_some_and(|t| t.capitalized());
            // ("Megyn Kelly Was Just Spotted": a headline's auxiliary in
            // title case ends a name; "IS said" in capitals is one.)
            // ("Was Szlachta satisfied?": a question's auxiliary opens none.)
            let auxiliary = (k == first || tokens[k - 1].capitalized())
                && tagged.is_any(k, HEADLINE_AUXILIARIES)
                && tagged.bytes(k).get(1).is_some_and(u8::is_ascii_lowercase);
            // ("Against Clinton, the governor earned": a preposition opening
            // a run of capitals; "Mothers Against Drunk Driving" holds one.)
            let preposition = tagged.is_any(k, words!["against", "between", "through", "across"])
                && (k == first || !tokens[k - 1].capitalized());
            // ("Retired judges said": an adjective opening the sentence
            // before a lowercase noun; "Retired Lt. Gen. Flynn" keeps it.)
            let adjective =
                tagged.is(k, "retired") && tokens.get(k + 1).is_some_and(|t| t.lowercase());
            !headline_verb
                && !adjective
                && !auxiliary
                && !preposition
                && !party_adjective(tagged, k)
                && !mood
                && !title_end
                && (!tagged.in_set(k, &NOT_NAME_SET)
                    || new_name
                    || body_adjective()
                    || inner(k)
                    || day_surname(tagged, first, k))
                && (!tagged.word_in_any(k, NOT_NAME_LISTS)
                    || given
                    || is_listed_surname(tagged, k)
                    || surname_title(tagged, k))
                && (!tagged.word_in(k, List::InstitutionNouns)
                    || tagged.word_in(k, List::Institutions))
                // ("Three-quarters said": a share, as "Half said" is.)
                && !crate::attribute::is_fraction(tagged.bytes(k))
                && !person_noun_alone(tagged, k)
        };
        // (A modifier opens no name; inside one a word may be hyphenated:
        // "the Kim Jong-un regime".)
        // "the Department for Education": a body's noun opens a name that
        // goes on after "for" or "of".
        let body_of = || tokens[k].capitalized() && body_name_goes_on(tagged, k, last);
        if is_name_word(k) && !compound_modifier(tagged, k, last)
            || body_of()
            || tagged.word_in(k, List::Institutions)
            || tagged.word_in(k, List::Outlets)
            || tagged.entry_at(k, List::Outlets).is_some()
            || tagged.entry_at(k, List::Institutions).is_some()
        {
            let start = k;
            let mut end = k;
            // Extend over lexicon entries that start here ("The New York Times").
            if let Some(l) = tagged
                .entry_at(k, List::Outlets)
                .or_else(|| tagged.entry_at(k, List::Institutions))
            {
                end = end.max(l.min(last));
            }
            let mut n = end + 1;
            // After a body's "of" ("the Union of Concerned Scientists", "the
            // National Union of Journalists"), people's nouns are the name's.
            let mut body_named = body_of();
            // Possessive "Trump's campaign": the name ends at the 's.
            let possessive = |k: usize| {
                let w = tagged.bytes(k);
                w.ends_with(b"'s") || w.ends_with("’s".as_bytes())
            };
            while n <= last && !possessive(end) {
                let t = tokens[n];
                // "the US Securities and Exchange Commission": a body's
                // listed name of several words inside the run, its "and"
                // with it.
                if n == end + 1 && t.capitalized() {
                    let listed = tagged
                        .entry_at(n, List::Institutions)
                        .or_else(|| tagged.entry_at(n, List::Outlets))
                        .filter(|&l| l > n);
                    if let Some(l) = listed {
                        end = l.min(last);
                        n = end + 1;
                        continue;
                    }
                }
                if t.kind() == Kind::Period
                    && (tokens[n - 1].span().len() <= 2
                        // (Not "the U.S. Obama said", "the F.B.I. Smith said":
                        // a country's or a body's, after an article.)
                        || is_initials(tagged.bytes(n - 1))
                            && !tagged.word_in(n - 1, List::Places)
                            && !(n >= 2 && tagged.is_any(n - 2, crate::token::words!["the", "a", "an"])))
                    && n < last
                {
                    n += 1; // "George W. Bush", "G.K. Butterfield"
                    continue;
                }
                // "James A. Baker": a middle initial ("A" is a word the
                // lists know) before its full stop and the surname.
                if t.capitalized()
                    && tagged.bytes(n).len() == 1
                    && n + 2 <= last
                    && tokens[n + 1].kind() == Kind::Period
                    && tokens[n + 2].capitalized()
                {
                    end = n;
                    n += 1;
                    continue;
                }
                // "Food & Agriculture Organisation", "Marsh & McLennan".
                if t.kind() == Kind::Other
                    && tagged.word(n) == "&"
                    && n < last
                    && tokens[n + 1].capitalized()
                {
                    end = n + 1;
                    n += 2;
                    continue;
                }
                // "CNN/ORC", "Nielsen/NetRatings", "New York Times/CBS News":
                // names joined by a slash, with no space, are one source.
                if t.kind() == Kind::Other
                    && tagged.word(n) == "/"
                    && n < last
                    && tokens[n + 1].capitalized()
                    && t.span().start == tokens[n - 1].span().end
                    && tokens[n + 1].span().start == t.span().end
                {
                    // (A listed name after it whole: "NBC/Wall Street Journal".)
                    end = tagged
                        .entry_at(n + 1, List::Outlets)
                        .or_else(|| tagged.entry_at(n + 1, List::Institutions))
                        .map_or(n + 1, |l| l.min(last));
                    n = end + 1;
                    continue;
                }
                // Juan "Chico" Manriquez: a nickname in quotation marks.
                if t.kind() == Kind::Quote
                    && n + 3 <= last
                    && tokens[n + 1].capitalized()
                    && tokens[n + 2].kind() == Kind::Quote
                    && is_name_word(n + 3)
                {
                    end = n + 3;
                    n += 4;
                    continue;
                }
                // "the British Bankers' Association": a plural's possessive
                // mark before a body's noun stays inside the name.
                if n + 2 <= last
                    && t.capitalized()
                    && tagged.bytes(n).ends_with(b"s")
                    && matches!(tagged.word(n + 1), "'" | "’")
                    && tokens[n + 1].span().start == t.span().end
                    && tokens[n + 2].capitalized()
                    && tagged.word_in(n + 2, List::InstitutionNouns)
                {
                    end = n + 2;
                    n += 3;
                    continue;
                }
                // "Ursula von der Leyen", "Mohammed bin Salman", "Bashar
                // al-Assad": lowercase particles inside a name.
                if let Some(m) = particles_then_name(tagged, n, last) {
                    end = m;
                    n = m + 1;
                    continue;
                }
                // "Il Sole 24 Ore", "Radio 4 Extra": a short number between
                // a name's words (not a year, "in March 2016 Trump said").
                if n == end + 1 && n < last && short_number_inside(tagged, n) && is_name_word(n + 1)
                {
                    end = n + 1;
                    n += 2;
                    continue;
                }
                // "the Department for Education", "the Institute for Fiscal
                // Studies": a body's noun, "for" or "of", and more name.
                if n == end + 1 && body_name_goes_on(tagged, end, last) {
                    end = n + 1;
                    n += 2;
                    body_named = true;
                    continue;
                }
                // "the Institute of Economic and Social Research", "the
                // Chartered Institute of Purchasing and Supply": one word
                // after a body's "of", then "and" and more name (not "the
                // Ministry of Defence and Foreign Secretary Ann Lee", nor a
                // second body, "the Bank of Africa and Standard Trust Bank",
                // "the Bank of England and Barclays").
                let second_body = || {
                    let run_end = (n + 1..=last)
                        .take_while(|&j| tagged.tokens[j].capitalized())
                        .last()
                        .unwrap_or(n + 1);
                    tagged.entry_at(n + 1, List::Institutions).is_some()
                        || tagged.entry_at(n + 1, List::Outlets).is_some()
                        // (Three words or more: "Family Services" goes on
                        // with "Children and".)
                        || run_end >= n + 3 && tagged.word_in(run_end, List::InstitutionNouns)
                };
                // ("the Internet Corporation for Assigned Names and Numbers":
                // two words after it.)
                let after_of = || {
                    n >= 2 && tagged.is_any(n - 2, crate::token::words!["of", "for"])
                        || n >= 3
                            && tagged.is_any(n - 3, crate::token::words!["of", "for"])
                            && tokens[n - 2].capitalized()
                };
                // ("The Qualifications and Curriculum Authority": one word
                // after the article, and a body's name ending in its noun.)
                let joined_body = || {
                    !body_named
                        && n == start + 1
                        && start > 0
                        && tagged.is(start - 1, "the")
                        && n + 2 <= last
                        && tokens[n + 1].capitalized()
                        && (n + 2..=last.min(n + 3))
                            .take_while(|&j| tokens[j].capitalized())
                            .any(|j| tagged.word_in(j, List::InstitutionNouns))
                };
                if tagged.is(n, "and")
                    && n < last
                    && (body_named && after_of() || joined_body())
                    // ("Assigned Names and Numbers": a listed word too.)
                    && (is_name_word(n + 1) || body_named && tokens[n + 1].capitalized())
                    && !(n + 2 <= last && tagged.word_in(n + 2, List::Titles))
                    && !second_body()
                {
                    end = n + 1;
                    n += 2;
                    continue;
                }
                let listed =
                    || tagged.word_in(n, List::GroupNouns) || tagged.word_in(n, List::Documents);
                if t.capitalized()
                    && (body_named || !listed() || is_listed_surname(tagged, n))
                    && (is_name_word(n)
                        || tagged.word_in(n, List::InstitutionNouns)
                        || body_named && listed()
                        // ("Peter T. King": after an initial's full stop.)
                        || ((n == end + 1
                            || n == end + 2 && tokens[end + 1].kind() == Kind::Period)
                            && surname_title(tagged, n)))
                {
                    end = n;
                    n += 1;
                    continue;
                }
                break;
            }
            // "New York-born Aguilera": the name starts after a modifier.
            let start = (start..end)
                .rev()
                .find(|&m| compound_modifier(tagged, m, last) && tokens[m + 1].capitalized())
                .map_or(start, |m| m + 1);
            return Some((given_name_after_body(tagged, start, end), end));
        }
        k += 1;
    }
    None
}

/// "Democratic senators", "Socialist lawmakers": an adjective of party
/// before a plural noun of office or of people describes them; it names
/// no body.
fn party_adjective(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.bytes(k);
    (w.ends_with(b"ic") || w.ends_with(b"ist"))
        && tagged.tokens.get(k + 1).is_some_and(|t| t.lowercase())
        && tagged.bytes(k + 1).ends_with(b"s")
        && (tagged.word_in(k + 1, List::Titles) || tagged.word_in(k + 1, List::GroupNouns))
}

/// Initials joined by full stops, as one token ("G.K" of "G.K.
/// Butterfield", "J.R.R").
pub(crate) fn is_initials(w: &[u8]) -> bool {
    w.len() >= 3
        && w.len() % 2 == 1
        && w.iter().enumerate().all(|(i, &b)| {
            if i % 2 == 0 {
                b.is_ascii_uppercase()
            } else {
                b == b'.'
            }
        })
}

/// A number of one to three digits ("24", "4"), joined to nothing: it may
/// stand inside a name, as a year may not.
fn short_number_inside(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.bytes(k);
    (1..=3).contains(&w.len()) && w.iter().all(u8::is_ascii_digit)
}

/// Whether the capitalised words after `k` (up to four, up to `last`) end
/// in a body's noun ("Traffic Safety Administration", "Airlines").
fn opens_body_name(tagged: &Tagged, k: usize, last: usize) -> bool {
    (k + 1..=last.min(k + 4))
        .take_while(|&n| tagged.tokens[n].capitalized())
        .any(|n| tagged.word_in(n, List::InstitutionNouns) || tagged.in_set(n, &CORPORATE_TAILS))
}

/// Whether the body's noun at `k` ("Department", "Council") goes on as a
/// name after "for", "of" or "on" ("the Department for Education", "the
/// Muslim Council of Britain"), up to `last`.
fn body_name_goes_on(tagged: &Tagged, k: usize, last: usize) -> bool {
    k + 2 <= last
        && tagged.word_in(k, List::InstitutionNouns)
        && tagged.tokens[k + 1].lowercase()
        && (tagged.is_any(k + 1, crate::token::words!["for", "of", "on"])
            || tagged.is(k + 1, "to") && names_a_cause(tagged, k + 2, last))
        && tagged.tokens[k + 2].capitalized()
        && !tagged.in_set(k + 2, &NOT_NAME_SET)
        // ("the National Union of Journalists", "the Association of Chief
        // Police Officers": members and posts may name the body.)
        && (!tagged.word_in_any(k + 2, NOT_NAME_LISTS)
            || tagged.word_in_any(k + 2, Lists::of(&[List::GroupNouns, List::Titles])))
}

/// "the Committee to Protect Journalists", "the Campaign to Save Rivers":
/// after a body's "to", a capitalised verb and its capitalised object
/// (not "wrote the Department to Congress": one name, a place, a body).
pub(super) fn names_a_cause(tagged: &Tagged, k: usize, last: usize) -> bool {
    const NAMED: Lists = Lists::of(&[List::Institutions, List::Places, List::Outlets]);
    k < last
        && tagged.tokens[k].capitalized()
        && tagged.tokens[k + 1].capitalized()
        && tagged.tokens[k + 1].is_word()
        && !tagged.word_in_any(k, NOT_NAME_LISTS)
        && !tagged.word_in_any(k, GIVEN_NAMES)
        && !tagged.lists_starting_at(k).any_of(NAMED)
}

/// Months as a date abbreviates them ("Nov. 8").
#[rustfmt::skip]
const MONTH_ABBREVIATIONS: &[u64] = crate::token::words![
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// "England sevens coach Mike Friday": a weekday right after a given name
/// is the surname ("Barack Obama Monday said" has a surname before it).
pub(super) fn day_surname(tagged: &Tagged, first: usize, k: usize) -> bool {
    k > first
        && tagged.tokens[k].capitalized()
        && tagged.tokens[k - 1].capitalized()
        && tagged.in_set(k, &DAYS)
        && tagged.word_in_any(k - 1, GIVEN_NAMES)
}

/// Lowercase particles of names (`von`, `der`, `bin`, `da`).
pub(crate) const PARTICLES: &[u64] = crate::token::words![
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
    "dos", "das", "ter", "ten", "zu", "al", "el",
];

/// "al-Assad", "el-Sisi", "bin-Laden": a particle joined by a hyphen to
/// the capitalised rest of a name, which the token's lowercase start hides.
pub(crate) fn hyphened_particle_name(b: &[u8]) -> bool {
    ["al-", "el-", "bin-"].iter().any(|p| {
        b.len() > p.len() && b.starts_with(p.as_bytes()) && b[p.len()].is_ascii_uppercase()
    })
}

/// The capitalised word ending a name after one or two particles from
/// `n` ("von der Leyen"), or `n` itself when it is a particle joined to
/// the name by a hyphen ("al-Assad"); up to `last`.
fn particles_then_name(tagged: &Tagged, n: usize, last: usize) -> Option<usize> {
    if hyphened_particle_name(tagged.bytes(n)) {
        return Some(n);
    }
    let mut m = n;
    while m <= last && m < n + 2 && tagged.tokens[m].lowercase() && tagged.is_any(m, PARTICLES) {
        m += 1;
    }
    let t = tagged.tokens.get(m)?;
    (m > n && m <= last && t.is_word() && t.capitalized() && !tagged.in_set(m, &NOT_NAME_SET))
        .then_some(m)
}

/// "Speaker of the House Paul Ryan", "leader of the Commons Oliver Heald":
/// a run after a title's "of the" may open with the title's body; the name
/// starts at its given name.
fn given_name_after_body(tagged: &Tagged, start: usize, end: usize) -> usize {
    // One word of body, then a given name and a surname; not a body's own
    // name ("the San Francisco Police Department", "the Trayvon Martin
    // Foundation").
    let given =
        |k: usize| tagged.word_in(k, List::MaleNames) || tagged.word_in(k, List::FemaleNames);
    let body_word = start > 1
        && tagged.is(start - 1, "the")
        // After a title's "of the" only ("the San Antonio Spurs", "in the
        // Santa Clara Valley" are places).
        && tagged.is(start - 2, "of")
        && end >= start + 2
        && given(start + 1)
        && !given(start)
        && !tagged.word_in(end, List::InstitutionNouns);
    if body_word || description_before_given_name(tagged, start, end) {
        start + 1
    } else {
        words_before_given_name(tagged, start, end).unwrap_or(start)
    }
}

/// "Government Affairs Phil Smith", "Conservative Icon Morton Blackwell":
/// one or two capitalised words that no list knows as a name, before a
/// given name and a surname, are the end of a title or a headline's
/// description. The given name, if so.
fn words_before_given_name(tagged: &Tagged, start: usize, end: usize) -> Option<usize> {
    const PLACES_AND_BODIES: Lists = Lists::of(&[
        List::Institutions,
        List::Outlets,
        List::Places,
        List::Regions,
        List::InstitutionNouns,
    ]);
    let given = |k: usize| tagged.word_in_any(k, GIVEN_NAMES);
    // ("the Santa Clara Valley", "the Trayvon Martin Foundation": a
    // body's or a place's name after an article.)
    let after_article = start > 0 && tagged.is_any(start - 1, words!["the", "a", "an"]);
    if end < start + 2
        || after_article
        || tagged.lists_ending_at(end).any_of(PLACES_AND_BODIES)
        || tagged.word_in_any(end, PLACES_AND_BODIES)
    {
        return None;
    }
    let g = (start + 1..end).take(2).find(|&k| given(k))?;
    (start..g)
        .all(|k| {
            tagged.tokens[k].capitalized()
                && !given(k)
                && !tagged.word_in_any(k, PLACES_AND_BODIES)
                && !tagged.lists_starting_at(k).any_of(PLACES_AND_BODIES)
                && !tagged.bytes(k).iter().all(u8::is_ascii_uppercase)
                // ("Sir Alex Ferguson": an honorific is kept.)
                && !tagged.is_any(k, HONORIFICS)
        })
        .then_some(g)
}

/// Whether a word has the ending of a noun of what a person does or is
/// ("Guitarist", "Backbencher", "Australian", "Baroness").
pub(crate) fn shaped_as_description(w: &[u8]) -> bool {
    ["er", "ist", "or", "ian", "ant", "ess"]
        .iter()
        .any(|s| w.len() > s.len() + 3 && w.ends_with(s.as_bytes()))
}

/// "Guitarist Brian May", "Backbencher Stephen Pound": a capitalised noun
/// of what a person does, opening a sentence before a given name and a
/// surname, describes the person and is no part of the name.
fn description_before_given_name(tagged: &Tagged, start: usize, end: usize) -> bool {
    let given = |k: usize| tagged.word_in_any(k, GIVEN_NAMES);
    let w = tagged.bytes(start);
    end >= start + 2
        && given(start + 1)
        && !given(start)
        && shaped_as_description(w)
        && !tagged.word_in(start, List::Institutions)
        && !tagged.word_in(start, List::Outlets)
        && !tagged.word_in(start, List::Places)
}
