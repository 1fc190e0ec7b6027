//! Appositives: a name and its description set off by commas ("Ann Lee,
//! the mayor, said"), chains of them, and a town or state after a name.

use super::*;

/// Whether token `k` is the "charge" of "in charge of", a post's words.
pub(super) fn in_charge(tagged: &Tagged, k: usize) -> bool {
    tagged.is(k, "charge") && k > 0 && tagged.is(k - 1, "in")
}

/// Whether token `k` opens a past-participle aside with its preposition
/// ("based in Austin", "filed in Los Angeles"), not an adjective before a
/// noun ("syndicated radio host Dennis Prager", "experienced member").
pub(in crate::source) fn is_participle_aside(tagged: &Tagged, k: usize) -> bool {
    // ("Air Deccan, set up by Gorur Gopinath,": an irregular one.)
    if tagged.is(k, "set") && tagged.is(k + 1, "up") && tagged.is(k + 2, "by") {
        return true;
    }
    tagged.tokens[k].lowercase()
        && tagged.bytes(k).ends_with(b"ed")
        && !tagged.quoted[k]
        // ("His lawyers, led by Bruce Cutler": a group its leader names.)
        && !tagged.is_any(k, words!["led", "headed", "contained"])
        && tagged.is_any(
            k + 1,
            words!["in", "by", "on", "at", "for", "to", "from", "with", "into", "jointly"],
        )
}

/// The comma before a party tag between commas that ends at `close`:
/// "Sen. Ron Johnson, R-Wis., said", "Rep. Ann Lee, D-N.Y., said".
pub(super) fn party_tag_start(
    tagged: &Tagged,
    range: &Range<usize>,
    close: usize,
) -> Option<usize> {
    let tokens = &tagged.tokens;
    let mut k = close.checked_sub(1)?;
    if tokens[k].kind() == Kind::Period {
        k = k.checked_sub(1)?;
    }
    let open = k.checked_sub(1)?;
    let party = subject::is_party_tag(tagged.bytes(k));
    (party && open > range.start && tokens[open].kind() == Kind::Comma && !tagged.quoted[k])
        .then_some(open)
}

/// `Name, a description, said` or `The club's manager, Name, said`: the
/// comma closes an appositive that opened at the comma before; the mention
/// runs from the phrase before that comma to the appositive's end.
pub(super) fn appositive(
    tagged: &Tagged,
    range: &Range<usize>,
    comma: usize,
) -> Option<(usize, usize)> {
    appositive_chain(tagged, range, comma, true, true)
        // "Another superdelegate, Michael Brown of Washington, D.C., said":
        // the town and state may be the end of the appositive after all.
        .or_else(|| appositive_chain(tagged, range, comma, true, false))
}

/// [`appositive()`], for the subject of a sentence with no cue: `comma` is
/// the comma right before its verb.
pub(crate) fn appositive_at(
    tagged: &Tagged,
    range: &Range<usize>,
    comma: usize,
) -> Option<(usize, usize)> {
    appositive(tagged, range, comma)
}

/// Whether the comma at `k` joins names of a list ending in "and" or "or"
/// before `last`, inside a relative clause opened within 30 words ("whose
/// films include Schindler's List, Michael Collins and Star Wars"; not an
/// appositive's list, "the two leading Republicans, Trump and Cruz").
fn list_of_names_comma(tagged: &Tagged, k: usize, last: usize) -> bool {
    let tokens = &tagged.tokens;
    let relative = || {
        (k.saturating_sub(30)..k).rev().any(|c| {
            tokens[c].kind() == Kind::Comma && tagged.is_any(c + 1, words!["who", "whose", "which"])
        })
    };
    k > 0
        && k + 2 <= last
        && tokens[k - 1].capitalized()
        && tokens[k + 1].capitalized()
        && (k + 2..last).any(|j| {
            tagged.is_any(j, words!["and", "or"])
                && tokens[j - 1].capitalized()
                && tokens[j + 1].capitalized()
        })
        && relative()
}

/// Whether the colon at `k` divides a title between capitalised words
/// ("Star Wars: The Phantom Menace").
fn title_colon(tagged: &Tagged, k: usize) -> bool {
    let tokens = &tagged.tokens;
    k > 0
        && tokens[k - 1].capitalized()
        && tokens.get(k + 1).is_some_and(|t| t.capitalized())
        && tokens.get(k + 2).is_some_and(|t| t.capitalized())
}

/// [`appositive()`]; with `chain`, a relative clause between commas may
/// follow a description between commas ("Willie Minor, an actor in Dallas,
/// who runs a theater, recalled"): one step back, so that no input nests
/// the search deeper.
fn appositive_chain(
    tagged: &Tagged,
    range: &Range<usize>,
    comma: usize,
    chain: bool,
    states: bool,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let last = comma.checked_sub(1)?;
    let mut k = last;
    let opening = loop {
        if k <= range.start {
            // "Rep. Ann Lee (D-N.Y.), chairman of the caucus, said": the
            // name opens the sentence; the description runs from the first comma.
            // ("after a woman in Worcester, Massachusetts, told": a state's
            // comma opens no description.)
            let first_comma = (range.start..last).find(|&c| {
                tokens[c].kind() == Kind::Comma && !(states && opens_state(tagged, c, last))
            })?;
            let name_part = range.start..first_comma;
            // ("Trump, the star of ...": a surname alone opens it too.)
            let alone = first_comma == range.start + 1;
            let named = name_part.clone().any(|i| {
                tokens[i].capitalized() && is_subject_word(tagged, i) && (i > range.start || alone)
            }) || name_run(tagged, range.start, first_comma.checked_sub(1)?)
                .is_some_and(|(a, b)| b > a);
            return named.then_some((range.start, last));
        }
        // (A title in quotation marks may stand in the description: "host
        // of MSNBC's "Morning Joe,"": its capitalised words and marks.)
        let title = tokens[k].kind() == Kind::Quote
            || tokens[k].capitalized()
            || tokens[k].kind() == Kind::Comma && k == last;
        if last - k > 30 || tagged.quoted[k] && !title {
            return None;
        }
        match tokens[k].kind() {
            // "a retiree in Carthage, Ill., said": the state after a town is
            // no appositive of its own.
            // ("whose films include Schindler's List, Michael Collins and
            // Star Wars, said": a list's comma inside the description.)
            Kind::Comma if list_of_names_comma(tagged, k, last) => {}
            Kind::Comma if !(states && state_after_town(tagged, k, last)) => break k,
            // ("Star Wars: The Phantom Menace": a title's colon.)
            Kind::Colon if title_colon(tagged, k) => {}
            Kind::Period
                if k > 0 && !(tokens[k - 1].capitalized() && tokens[k - 1].span().len() <= 4) =>
            {
                return None
            }
            // An unpaired mark here is an apostrophe ("veterans' families").
            Kind::Colon | Kind::Break | Kind::Dash => return None,
            _ => {}
        }
        k -= 1;
    };
    // Chained, the appositive is a description: "Diageo" in "In July,
    // Diageo, which is listed" is the subject, not a description.
    if !chain && !tokens.get(opening + 1).is_some_and(|t| t.lowercase()) {
        return None;
    }
    let mut before = opening.checked_sub(1)?;
    // "Schiff, 56, who has served": an age between commas.
    if before > range.start + 1
        && tagged.word(before).bytes().all(|b| b.is_ascii_digit())
        && tokens[before - 1].kind() == Kind::Comma
    {
        before -= 2;
    }
    // "Sen. Lindsey Graham, R-S.C., a presidential candidate, said": the
    // party tag between commas is the name's too.
    if let Some(open) = party_tag_start(tagged, range, opening) {
        before = open.checked_sub(1)?;
    }
    if tokens[before].kind() == Kind::Close {
        // "Rep. Ann Lee (D-N.Y.), chairman of the caucus, said".
        let open = (range.start..before)
            .rev()
            .take(8)
            .find(|&k| tokens[k].kind() == Kind::Open)?;
        before = open.checked_sub(1)?;
    }
    // "Clinton, during a town hall meeting in Columbus, Ohio, said": an
    // adjunct of time or occasion between the commas, no description; the
    // source is the name before it.
    // (Not inside a relative clause: "Stephens, who, after trading
    // insults, said".)
    if chain
        && tagged.is_any(
            opening + 1,
            words!["during", "in", "on", "after", "before", "while", "when", "speaking"],
        )
        && tokens[opening + 1].lowercase()
        && tokens[before].capitalized()
    {
        let (f, _) = noun_phrase_back(tagged, range, before)?;
        return Some((f, opening - 1));
    }
    // "Lee, the chief, dismissed the idea, calling it": a clause, not an
    // appositive.
    let relative = tagged.is_any(opening + 1, words!["who", "which", "whose"]);
    if relative && chain && tokens[before].kind() != Kind::Close {
        if let Some((first, _)) = appositive_chain(tagged, range, opening, false, states) {
            return Some((first, last));
        }
    }
    // A cue verb in the description makes it a clause ("Lee, the chief,
    // dismissed the idea"); after a determiner the word is a noun ("a
    // spokesman for the show"); opening a participle aside, a participle
    // ("The study, published in Nature, found").
    let aside = is_participle_aside(tagged, opening + 1);
    if !relative
        && (opening + 1 + usize::from(aside)..=last).any(|k| {
            tokens[k].lowercase()
                && tagged.word_in(k, List::CueVerbs)
                && !tagged.is_any(
                    k - 1,
                    words!["the", "a", "an", "his", "her", "its", "their"],
                )
                // ("the party's declining appeal": after a possessive too.)
                && !crate::resolve::possessive(tagged, k - 1)
                // ("the reality TV show": a name's word before it too.)
                && !tokens[k - 1].capitalized()
                // ("a research fellow in charge of mobile TV": a post.)
                && !in_charge(tagged, k)
        })
    {
        return None;
    }
    let (first, head_last) = noun_phrase_back(tagged, range, before)?;
    // "Michael Seaman, who lives in Elk Grove, a suburb of Sacramento,
    // said": the phrase found ends a relative clause; the source is the
    // clause's antecedent, before its comma. (Not when the clause has a
    // subject of its own: "Kiev, which John Tefft, the ambassador, praised".)
    let who = (first.saturating_sub(6).max(range.start + 1)..first)
        .rev()
        .take_while(|&k| tokens[k].kind() != Kind::Comma)
        .find(|&k| {
            tagged.is_any(k, words!["who", "which"])
                && tokens[k - 1].kind() == Kind::Comma
                && tokens.get(k + 1).is_some_and(|t| t.lowercase())
        });
    if let Some(who) = who.filter(|_| chain) {
        if let Some((f, _)) = who
            .checked_sub(2)
            .and_then(|e| noun_phrase_back(tagged, range, e))
        {
            return Some((f, last));
        }
    }
    // "The company, based in Austin, Texas, said": the phrase found is a
    // participle aside; the subject stands before it.
    if first > range.start + 1
        && tokens[first - 1].kind() == Kind::Comma
        && is_participle_aside(tagged, first)
    {
        return noun_phrase_back(tagged, range, first - 2).map(|(f, _)| (f, last));
    }
    // "Matthew Prince, chief executive of CloudFlare, a San Francisco
    // company, said": a description after an appositive title. The source
    // is the name and its title; the description only says more of the body.
    if chain
        && !relative
        && first > range.start
        && tokens[first - 1].kind() == Kind::Comma
        && tokens[first].lowercase()
        && tagged.is_any(opening + 1, words!["a", "an", "the"])
    {
        if let Some((chained, _)) = appositive_chain(tagged, range, opening, false, states) {
            return Some((chained, opening - 1));
        }
    }
    // "After winning Ohio, Gov. John Kasich (R-OH), said": an opening
    // participle clause, not a noun; the source is the segment after it.
    if tokens[first].lowercase()
        && tagged.bytes(first).ends_with(b"ing")
        && first > range.start
        && tagged.is_any(
            first - 1,
            words!["after", "before", "while", "since", "when", "despite", "upon", "without"],
        )
    {
        let named = (opening + 1..=last).any(|k| tokens[k].capitalized());
        return (chain && named).then_some((opening + 1, last));
    }
    // Chained, the description follows a name ("Following Mr Straw's
    // announcement, lawyer Ann Lee, who ..." is no chain).
    if !chain && !tokens[head_last].capitalized() {
        return None;
    }
    // "Trump's running mate, Indiana Gov. Mike Pence, said": the name
    // after the description is the head.
    let name_after = last_name_run(tagged, opening + 1, last).is_some_and(|(_, b)| b == last);
    // "The engineer, who was on site, said": "who" makes any noun a person
    // ("The 31-year-old, who won silver, said": an age too).
    let person = tagged.is(opening + 1, "who")
        && (tokens[head_last].lowercase() || tagged.bytes(head_last).ends_with(b"-year-old"))
        && head_last > first
        && tagged.in_set(first, &DEFINITE);
    if !(is_subject_word(tagged, head_last) || name_after || person)
        || PRONOUNS.iter().any(|(w, _)| tagged.is(head_last, w))
    {
        return None;
    }
    // Either side must be a name: "Hugh Hill, a doctor" or "its chief, Ann Lee".
    let named = |a: usize, b: usize| (a..=b).any(|i| tokens[i].capitalized() && i > range.start);
    if !named(first, head_last)
        && !named(opening + 1, last)
        && !tokens[first].capitalized()
        && !person
    {
        return None;
    }
    Some((first, last))
}

/// "Vice President Joe Biden, who was to travel to Columbus, Ohio, on
/// Wednesday, said", "Rep. Jared Huffman, a member of the caucus who wants
/// him out, said": a sentence that opens with a name and a long aside
/// (a relative clause, or a description that holds one) between its first
/// comma and the comma at `close` before the verb. The mention is the name
/// with its aside.
pub(super) fn opening_name_before_aside(
    tagged: &Tagged,
    range: &Range<usize>,
    close: usize,
) -> Option<(usize, usize)> {
    let tokens = &tagged.tokens;
    let first_comma =
        (range.start + 1..close).find(|&k| tokens[k].kind() == Kind::Comma && !tagged.quoted[k])?;
    let opener = first_comma + 1;
    if close - first_comma > 45 || opener >= close {
        return None;
    }
    // The sentence's opening phrase is a name ("Vice President Joseph R.
    // Biden Jr.", "Hemsley").
    let (first, last) = noun_phrase_back(tagged, range, first_comma - 1)?;
    let named =
        super::names::last_name_run(tagged, first, last).is_some_and(|(_, e)| e + 1 >= last);
    // ("Separately, the company, UPS, said": an opening adverb is no name.)
    let adverb = tagged.in_set(first, &NOT_NAME_SET)
        || first == last
            && tagged.bytes(first).ends_with(b"ly")
            && !tagged.word_in(first, List::FemaleNames)
            && !tagged.word_in(first, List::MaleNames);
    let relative = tagged.is_any(opener, words!["who", "whose"]);
    // ("A cashier, who declined to be named, said": a person described,
    // whose clause withholds the name.)
    let withheld = relative
        && tagged.is_any(first, words!["a", "an", "the", "one", "another"])
        && withholds_name_between(tagged, opener, close - 1);
    // (Or right after the quotation that opens the sentence: "“...,” an
    // intelligence source, who was not authorized to speak, told Fox News.")
    let opens = first == range.start || (range.start..first).all(|k| tagged.quoted[k]);
    if !opens || !(named || withheld) || adverb && !withheld {
        return None;
    }
    let described = tagged.is_any(opener, words!["a", "an", "the"]) && tokens[opener].lowercase()
        || tokens[opener].capitalized() && crate::resolve::possessive(tagged, opener);
    if !(relative || described) {
        return None;
    }
    // One aside: no clause break, no sentence's stop, no second clause
    // joined by "and" or "but" after a comma.
    let breaks = (opener..close).any(|k| {
        let t = tokens[k];
        matches!(t.kind(), Kind::Colon | Kind::Break)
            || t.kind() == Kind::Period
                && !(tokens[k - 1].capitalized() && tokens[k - 1].span().len() <= 4)
            || t.kind() == Kind::Comma && tagged.is_any(k + 1, words!["and", "but", "or"])
    });
    if breaks {
        return None;
    }
    // A description ends before a verb of its own unless a relative clause
    // holds it ("Lee, the chief, dismissed the idea, calling it" is a
    // clause; "a lobbyist who has donated" is not).
    if described {
        let clause_at = (opener..close)
            .find(|&k| tagged.is_any(k, words!["who", "which", "that", "whose"]))
            .unwrap_or(close);
        let verb = (opener..clause_at).any(|k| {
            tokens[k].lowercase()
                && !tagged.quoted[k]
                && (tagged.word_in(k, List::CueVerbs)
                    || tagged.bytes(k).ends_with(b"ed")
                        && tagged.is_any(
                            k + 1,
                            words!["the", "a", "an", "his", "her", "its", "their", "to"],
                        ))
        });
        // ("Hugh Hill, a doctor at the clinic, said" is the appositive's.)
        let long = (opener..close).any(|k| tokens[k].kind() == Kind::Comma) || clause_at < close;
        if verb || !long {
            return None;
        }
    }
    Some((first, close - 1))
}

/// "Stacy Baker of Columbia, South Carolina says": a state after a town,
/// with no comma to close it, still ends a person's description; the
/// person named before "of" or "from" is the source. The person's first
/// word, if so.
pub(super) fn person_before_town(
    tagged: &Tagged,
    range: &Range<usize>,
    first: usize,
    last: usize,
) -> Option<usize> {
    let comma = first.checked_sub(1).filter(|&c| c > range.start + 2)?;
    if tagged.tokens[comma].kind() != Kind::Comma || !state_after_town(tagged, comma, last) {
        return None;
    }
    // The town: one or two capitalised words after "of" or "from".
    let of = (comma.saturating_sub(3)..comma - 1)
        .rev()
        .find(|&k| tagged.is_any(k, words!["of", "from"]))?;
    let end = of.checked_sub(1).filter(|&e| e >= range.start)?;
    if !(of + 1..comma).all(|k| tagged.tokens[k].capitalized()) {
        return None;
    }
    let start = (end.saturating_sub(2).max(range.start)..=end)
        .find(|&k| (k..=end).all(|j| tagged.tokens[j].capitalized()))?;
    (start < end || is_subject_word(tagged, end)).then_some(start)
}

/// Whether the comma at `comma` opens a state after a town, ending before
/// the next comma (at or before `last`).
fn opens_state(tagged: &Tagged, comma: usize, last: usize) -> bool {
    (comma + 2..=(comma + 4).min(last + 1))
        .find(|&c| {
            tagged
                .tokens
                .get(c)
                .is_some_and(|t| t.kind() == Kind::Comma)
        })
        .is_some_and(|next| state_after_town(tagged, comma, next - 1))
}

/// Whether the comma at `comma` opens a state's abbreviation ending at
/// `last` after a town ("Carthage, Ill.", "Allentown, Pa."), or a state,
/// a county or a province of the word lists ("Austin, Texas", "Sumter,
/// South Carolina", "Henley, Oxfordshire").
pub(super) fn state_after_town(tagged: &Tagged, comma: usize, last: usize) -> bool {
    let tokens = &tagged.tokens;
    let town = comma > 0 && tokens[comma - 1].capitalized();
    if town && tagged.entry_at(comma + 1, List::Regions) == Some(last) {
        return true;
    }
    // "Mr Mubanga, 32, from Wembley, London, said": a place after "from"
    // or "in" a town is where the town is.
    if town
        && comma > 1
        && tagged.is_any(comma - 2, words!["from", "in"])
        && tagged.entry_at(comma + 1, List::Places) == Some(last)
    {
        return true;
    }
    last == comma + 2
        && comma > 0
        && tokens[comma - 1].capitalized()
        && tokens[comma + 1].capitalized()
        && tokens[comma + 1].span().len() <= 5
        // "McConnell, R-Ky.": a party tag, not a state.
        && !tagged.word(comma + 1).contains('-')
        && tokens[last].kind() == Kind::Period
}
