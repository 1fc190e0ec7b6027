//! Titles as keys: "Sen." and "the senator" meet, "the inspector general"
//! is no general, and "the Florida governor" is the governor introduced
//! with Florida, so that a role noun finds the person the article titled so.

use crate::lexicon::List;
use crate::token::{keys, words, Tagged};

/// Abbreviated titles and the full forms they stand for, so that "Sen."
/// and "the senator" meet.
#[rustfmt::skip]
const TITLE_FORMS: &[(&[u64], u64)] = &[
    (words!["sen", "sens"], keys(["senator"])[0]),
    (words!["rep", "reps", "congressman", "congresswoman"], keys(["representative"])[0]),
    (words!["gov"], keys(["governor"])[0]),
    (words!["pres"], keys(["president"])[0]),
    (words!["gen"], keys(["general"])[0]),
    (words!["adm"], keys(["admiral"])[0]),
    (words!["col"], keys(["colonel"])[0]),
    (words!["capt"], keys(["captain"])[0]),
    (words!["lt"], keys(["lieutenant"])[0]),
    (words!["sgt"], keys(["sergeant"])[0]),
    (words!["maj"], keys(["major"])[0]),
    (words!["spokeswoman", "spokesman"], keys(["spokesperson"])[0]),
];

/// The key of the title at token `t` in its full form.
fn title_form(tagged: &Tagged, t: usize) -> u64 {
    let key = tagged.tokens[t].key();
    TITLE_FORMS
        .iter()
        .find(|(short, _)| short.contains(&key))
        .map_or(key, |&(_, full)| full)
}

/// The first token of the title ending at token `t` ("Secretary" of
/// "Secretary of State", where `t` is "State").
pub(super) fn title_start(tagged: &Tagged, t: usize) -> usize {
    (t.saturating_sub(3)..t)
        .find(|&s| tagged.entry_at(s, List::Titles) == Some(t))
        .unwrap_or(t)
}

/// Words before a title that make it another office: "the inspector
/// general" is no general, "shadow chancellor" no chancellor.
#[rustfmt::skip]
const OTHER_OFFICE: &[u64] = words![
    "shadow", "vice", "deputy", "assistant", "associate", "inspector", "attorney", "surgeon",
    "solicitor", "lieutenant", "lt",
];

/// The key under which a country's head is also kept, for "the Russian
/// leader" (no word's key: "leader" alone is an office of its own).
pub(super) const COUNTRY_LEADER: u64 = keys(["country's leader"])[0];

/// Whether the title of tokens `first..=last` heads a country: "President",
/// "Prime Minister", "Chancellor", "King" (not "Vice President").
pub(super) fn heads_a_country(tagged: &Tagged, (first, last): (usize, usize)) -> bool {
    let prime_minister =
        tagged.is(last, "minister") && last > first && tagged.is(last - 1, "prime");
    let head = first == last
        && tagged.is_any(
            last,
            words![
                "president",
                "pres",
                "premier",
                "chancellor",
                "king",
                "queen",
                "emperor"
            ],
        );
    (prime_minister || head) && !(first > 0 && tagged.is_any(first - 1, OTHER_OFFICE))
}

/// The keys of the offices of members of a legislature, whom "the
/// lawmaker" may stand for.
#[rustfmt::skip]
pub(super) const LEGISLATORS: [u64; 7] =
    keys(["senator", "representative", "mp", "msp", "mep", "mla", "assemblyman"]);

/// The key of "former", which makes a key of its own for a former holder.
const FORMER: u64 = keys(["former"])[0];

/// The person last introduced with a title, as [`super::Resolver`] keeps it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Titled {
    pub entity: usize,
    /// Introduced with a place before the title ("Ohio Gov. John Kasich"):
    /// then "the Florida governor" is someone else.
    pub place: bool,
    /// The title's token: a role noun stands only for a person introduced
    /// before it.
    pub at: usize,
    /// Keyed by the head word of a longer title only (see [`head_key`]):
    /// a holder of the one-word office goes before it.
    pub by_head: bool,
}

/// The keys of the title of tokens `title` (first and last), as written
/// where a person is introduced ("Ohio Gov.", "shadow chancellor",
/// "Secretary of State") or in a role noun ("the Florida governor"), `from`
/// the first token the title may take words from.
pub(super) struct TitleKeys {
    /// The office: the title's words in their full forms, with a word that
    /// makes it another office ("inspector general").
    pub office: u64,
    /// With the capitalised word before it, a place or a body ("Ohio
    /// governor", "Senate leader"), if any.
    pub qualified: Option<u64>,
    /// Whether that word is a place: a state, a country or its adjective.
    pub place: bool,
    /// With "former" before it or before its place ("former Texas Gov."):
    /// then only a person introduced as a former holder fits ("the former
    /// president" is not the president).
    pub former: Option<u64>,
}

impl TitleKeys {
    pub fn of(tagged: &Tagged, from: usize, (first, last): (usize, usize)) -> TitleKeys {
        let combine = |h: u64, k: u64| (h ^ k.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let office = (first + 1..=last).fold(title_form(tagged, first), |h, k| {
            combine(h, title_form(tagged, k))
        });
        let mut keys = TitleKeys {
            office,
            qualified: None,
            place: false,
            former: None,
        };
        let Some(b) = (first > from && tagged.tokens[first - 1].is_word()).then(|| first - 1)
        else {
            return keys;
        };
        let before = tagged.tokens[b].key();
        let capitalized =
            tagged.tokens[b].capitalized() && !tagged.is_any(b, words!["the", "a", "an"]);
        let other_office = tagged.is_any(b, OTHER_OFFICE);
        if other_office {
            keys.office = combine(office, before);
        } else if capitalized && !tagged.is(b, "former") {
            keys.qualified = Some(combine(office, before));
            keys.place = is_place(tagged, b);
        }
        // "former" before the title, or before its place or the word that
        // makes it another office ("former Texas Gov.", "former Vice
        // President"): keyed on the office as read.
        let former = tagged.is(b, "former")
            || ((capitalized || other_office) && b > from && tagged.is(b - 1, "former"));
        keys.former = former.then(|| combine(keys.office, FORMER));
        keys
    }
}

/// The key of the last word of a title of several words when that word is
/// a title itself and the words before do not make another office: "the
/// chief" after "Police Chief Maria Lopez", but no "general" of an
/// "attorney general".
pub(super) fn head_key(tagged: &Tagged, (first, last): (usize, usize)) -> Option<u64> {
    (first < last
        && tagged.word_in(last, List::Titles)
        && !(first..last).any(|k| tagged.is_any(k, OTHER_OFFICE)))
    .then(|| title_form(tagged, last))
}

/// Whether the word at `k` ends a place's name or is a nationality ("Ohio",
/// "New Jersey", "France", "French", "Mexican").
pub(super) fn is_place(tagged: &Tagged, k: usize) -> bool {
    let w = tagged.bytes(k);
    tagged.entry_ending_at(k, List::Regions)
        || tagged.entry_ending_at(k, List::Places)
        || ([&b"an"[..], b"ese", b"ish", b"ch"]
            .iter()
            .any(|s| w.ends_with(s))
            && !tagged.is_any(k, words!["republican"]))
}

/// A party, whichever of its words names it ("Democrat", "Democratic").
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Party {
    Democratic,
    Republican,
    Labour,
    Conservative,
}

impl Party {
    /// The party the word at `k` names, if any.
    fn at(tagged: &Tagged, k: usize) -> Option<Party> {
        if tagged.is_any(k, words!["democratic", "democrat", "dem"]) {
            Some(Party::Democratic)
        } else if tagged.is_any(k, words!["republican", "gop"]) {
            Some(Party::Republican)
        } else if tagged.is(k, "labour") {
            Some(Party::Labour)
        } else if tagged.is_any(k, words!["conservative", "tory"]) {
            Some(Party::Conservative)
        } else {
            None
        }
    }
}

/// The party and the "vice" of a title ("Democratic vice presidential
/// nominee"), among the words of a role noun or those before a name.
pub(super) struct Ticket {
    pub party: Option<Party>,
    pub vice: bool,
}

impl Ticket {
    /// Whether two tickets may be one person's: "vice" in both or in
    /// neither, and no two parties that differ.
    pub fn agrees(&self, other: &Ticket) -> bool {
        self.vice == other.vice
            && self
                .party
                .is_none_or(|a| other.party.is_none_or(|b| a == b))
    }
}

/// The [`Ticket`] of the five words before token `end`, looking back no
/// further than `from`.
pub(super) fn ticket(tagged: &Tagged, from: usize, end: usize) -> Ticket {
    let mut ticket = Ticket {
        party: None,
        vice: false,
    };
    for k in (end.saturating_sub(5).max(from)..end).rev() {
        // (Past the stop of an abbreviated title: "Democratic Sen.".)
        if tagged.tokens[k].kind() == crate::token::Kind::Period {
            continue;
        }
        // (Only the words of the name's own phrase: not "attacks on" in
        // "the Democratic attacks on Donald Trump".)
        if !tagged.tokens[k].is_word()
            || tagged.in_set(k, &crate::source::PREPOSITIONS)
            || tagged.is_any(k, words!["the", "a", "an", "and", "his", "her", "their"])
        {
            break;
        }
        ticket.vice |= tagged.is(k, "vice");
        ticket.party = ticket.party.or_else(|| Party::at(tagged, k));
    }
    ticket
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::token::{tokenize, Tagged};

    /// The keys of the title spanning tokens `first..=last` of `text`.
    fn keys_of(text: &str, first: usize, last: usize) -> TitleKeys {
        let lex = Lexicon::build(&[], &[]).unwrap();
        let tokens = tokenize(text);
        let hits = lex.hits(text, &tokens);
        let tagged = Tagged::new(text, tokens, hits, &[], Default::default());
        TitleKeys::of(&tagged, 0, (first, last))
    }

    #[test]
    fn an_abbreviated_title_meets_its_full_form() {
        assert_eq!(keys_of("Sen", 0, 0).office, keys_of("senator", 0, 0).office);
        assert_eq!(
            keys_of("Gov", 0, 0).office,
            keys_of("governor", 0, 0).office
        );
    }

    #[test]
    fn a_word_of_another_office_makes_another_key() {
        let general = keys_of("the general", 1, 1);
        let inspector = keys_of("the inspector general", 2, 2);
        assert_ne!(general.office, inspector.office);
        assert_eq!(inspector.qualified, None);
        // Every word of a title counts: "secretary of state" is no "secretary".
        assert_ne!(
            keys_of("the secretary of state", 1, 3).office,
            keys_of("the secretary", 1, 1).office
        );
    }

    #[test]
    fn a_place_before_a_title_qualifies_it() {
        let ohio = keys_of("Ohio Gov", 1, 1);
        let florida = keys_of("the Florida governor", 2, 2);
        assert_eq!(ohio.office, florida.office);
        assert!(ohio.place && florida.place);
        assert_ne!(ohio.qualified, florida.qualified);
        // A body before it qualifies it too, but is no place.
        let senate = keys_of("Senate Majority Leader", 1, 2);
        assert!(senate.qualified.is_some() && !senate.place);
        // Nor is "The" at a sentence's start a qualifier.
        assert_eq!(keys_of("The governor", 1, 1).qualified, None);
    }
}
