//! The abbreviation table and the list of common sentence starters.
//!
//! An abbreviation is stored by its lowercase form without the final full stop
//! (`"mr"`, `"u.s"`, `"a.m"`). An entry written with a capital first letter
//! (`"Calif."`) only matches words that start with a capital, so that `Ill.`
//! (Illinois) is an abbreviation and `ill.` is not.

use crate::token::{FastMap, FastSet};

/// How an abbreviation behaves before the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A title written before a name (`Mr.`, `Sen.`, `Gen.`): its full stop
    /// never ends a sentence when a capitalised word or a number follows.
    Title,
    /// An abbreviation that only stays open before a number (`No. 10`,
    /// `Art. 5`); before a capital it ends the sentence like a plain word.
    Numeric,
    /// Any other abbreviation (`Inc.`, `U.S.`, `a.m.`, `Calif.`): it ends the
    /// sentence only when a common sentence starter follows (`The`, `He`).
    General,
}

impl Kind {
    fn parse(tag: &str) -> Option<Kind> {
        match tag {
            "title" => Some(Kind::Title),
            "numeric" => Some(Kind::Numeric),
            "general" => Some(Kind::General),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Entry {
    kind: Kind,
    /// Matches only a word starting with a capital letter.
    capital: bool,
}

/// Longest abbreviation looked up, in bytes, without its final full stop.
pub(crate) const MAX_ABBREVIATION: usize = 24;

/// Abbreviations by lowercase form.
#[derive(Clone, Debug, Default)]
pub(crate) struct Abbreviations {
    map: FastMap<String, Entry>,
    /// A bit per length, first and last byte of the keys ever inserted: most
    /// words before a full stop are told apart by one bit test, before any
    /// hashing (a removed key may leave its bit, which only costs a look-up).
    filter: [u64; 32],
}

/// The bit of [`Abbreviations::filter`] for a lowercase key's bytes.
fn filter_bit(key: &[u8]) -> (usize, u64) {
    let (first, last) = (key.first().copied(), key.last().copied());
    let h = key.len() * 961 + usize::from(first.unwrap_or(0)) * 31 + usize::from(last.unwrap_or(0));
    ((h / 64) % 32, 1 << (h % 64))
}

/// The key of an abbreviation as written by a user or the data file, and
/// whether it asks for a capital.
fn key(written: &str) -> Option<(String, bool)> {
    let word = written.trim();
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.is_empty() || word.len() > MAX_ABBREVIATION || word.chars().any(char::is_whitespace) {
        return None;
    }
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    Some((word.to_ascii_lowercase(), capital))
}

impl Abbreviations {
    /// Parses a word list: `Mr. title`, `No. numeric`, `Inc.` (general).
    pub(crate) fn from_entries<'a>(lines: impl Iterator<Item = &'a str>) -> Abbreviations {
        let mut table = Abbreviations::default();
        for line in lines {
            let mut fields = line.split_whitespace();
            let Some(word) = fields.next() else { continue };
            let kind = fields.next().and_then(Kind::parse).unwrap_or(Kind::General);
            table.insert(word, kind);
        }
        table
    }

    /// Adds or replaces an abbreviation.
    pub(crate) fn insert(&mut self, written: &str, kind: Kind) {
        if let Some((key, capital)) = key(written) {
            let (word, bit) = filter_bit(key.as_bytes());
            self.filter[word] |= bit;
            self.map.insert(key, Entry { kind, capital });
        }
    }

    /// Removes an abbreviation, whatever its kind.
    pub(crate) fn remove(&mut self, written: &str) {
        if let Some((key, _)) = key(written) {
            self.map.remove(&key);
        }
    }

    /// The kind of `word` (as written in the text, without its final full
    /// stop), if it is an abbreviation. Allocates nothing.
    pub(crate) fn lookup(&self, word: &str) -> Option<Kind> {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > MAX_ABBREVIATION {
            return None;
        }
        let mut buf = [0u8; MAX_ABBREVIATION];
        for (dst, src) in buf.iter_mut().zip(bytes) {
            *dst = src.to_ascii_lowercase();
        }
        let (at, bit) = filter_bit(&buf[..bytes.len()]);
        if self.filter[at] & bit == 0 {
            return None;
        }
        // ASCII lowercasing keeps UTF-8 valid.
        let lower = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
        let entry = self.map.get(lower)?;
        if entry.capital && !word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // "by the SEC. The company": a title in capitals of three letters or
        // more is an acronym's spelling (SEC, GEN, REP), which ends a sentence
        // before a common starter.
        let acronym = bytes.len() >= 3 && bytes.iter().all(u8::is_ascii_uppercase);
        if entry.kind == Kind::Title && acronym {
            return Some(Kind::General);
        }
        Some(entry.kind)
    }

    /// Number of entries.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

/// Capitalised words that commonly open a sentence. After an abbreviation
/// such as `U.S.` or `Inc.`, one of these means the full stop also ended the
/// sentence ("He moved to the U.S. Then he left.").
pub(crate) const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "About",
    "According",
    "Additionally",
    "Already",
    "Afterward",
    "Besides",
    "Currently",
    "Eventually",
    "Finally",
    "First",
    "Former",
    "Furthermore",
    "Indeed",
    "Initially",
    "Likewise",
    "Nonetheless",
    "Otherwise",
    "Overall",
    "Perhaps",
    "Previously",
    "Recently",
    "Second",
    "Separately",
    "Similarly",
    "Sometimes",
    "Soon",
    "Specifically",
    "Subsequently",
    "Therefore",
    "Together",
    "Ultimately",
    "After",
    "Afterwards",
    "Again",
    "Ahead",
    "All",
    "Almost",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Are",
    "As",
    "At",
    "Because",
    "Before",
    "Being",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Despite",
    "Did",
    "Do",
    "Does",
    "During",
    "Each",
    "Earlier",
    "Either",
    "Even",
    "Every",
    "Few",
    "For",
    "From",
    "Further",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "Hers",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "Is",
    "It",
    "Its",
    "Just",
    "Last",
    "Later",
    "Let",
    "Many",
    "Meanwhile",
    "More",
    "Moreover",
    "Most",
    "Much",
    "My",
    "Neither",
    "Never",
    "Nevertheless",
    "No",
    "Nobody",
    "None",
    "Nor",
    "Not",
    "Nothing",
    "Now",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "Please",
    "Several",
    "She",
    "Should",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Them",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Tomorrow",
    "Under",
    "Unlike",
    "Until",
    "We",
    "Were",
    "Was",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "Will",
    "With",
    "Without",
    "Would",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// The default sentence starters as a set.
pub(crate) fn default_starters() -> FastSet<String> {
    SENTENCE_STARTERS.iter().map(|s| (*s).to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_ignores_case_unless_capital_is_required() {
        let t = Abbreviations::from_entries(["Mr. title", "a.m.", "No. numeric"].into_iter());
        assert_eq!(t.lookup("Mr"), Some(Kind::Title));
        assert_eq!(t.lookup("MR"), Some(Kind::Title));
        assert_eq!(t.lookup("mr"), None);
        assert_eq!(t.lookup("P.M"), None);
        assert_eq!(t.lookup("A.M"), Some(Kind::General));
        assert_eq!(t.lookup("a.m"), Some(Kind::General));
        assert_eq!(t.lookup("No"), Some(Kind::Numeric));
        assert_eq!(t.len(), 3);
    }
}
