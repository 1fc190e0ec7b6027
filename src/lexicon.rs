//! Word lists, one entry a line, `#` starts a comment. The defaults are data
//! files compiled into the crate; users extend them through the builder.
//!
//! All lists are matched together in one Aho-Corasick pass over the text. An
//! entry written in lowercase matches any case; an entry with a capital letter
//! (`CNN`, `White House`) matches only as written, so that `Time` the magazine
//! is not `time` the noun.

use crate::token::Token;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// The lists a user can extend.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum List {
    /// Abbreviations whose full stop does not end a sentence (`Gov.`).
    Abbreviations,
    /// Verbs of saying, writing, believing (`said`, `tweeted`, `believes`).
    CueVerbs,
    /// Verbs that attribute only beside a quotation (`called`, `described`).
    WeakCueVerbs,
    /// Phrases whose source follows them (`according to`, `citing`).
    CuePhrases,
    /// Words that leave a source unnamed (`sources`, `familiar with`).
    Anonymity,
    /// Nouns for people or groups that are anonymous without a name (`officials`).
    GroupNouns,
    /// Office titles (`senator`, `Sen.`, `spokeswoman`).
    Titles,
    /// Nouns for bodies speaking as such (`police`, `campaign`, `ministry`).
    InstitutionNouns,
    /// Named bodies (`White House`, `Pentagon`, `NATO`).
    Institutions,
    /// Countries and capitals that speak for their governments (`Moscow`).
    Places,
    /// News outlets and wire services (`Reuters`, `The New York Times`).
    Outlets,
    /// Document nouns (`report`, `poll`, `memo`).
    Documents,
    /// Hedges that name no source (`allegedly`, `is believed to`).
    Hedges,
    /// Nouns for an unnamed outlet (`the newspaper`).
    MediaNouns,
    /// Nouns for one person described, not named (`the nominee`).
    PersonNouns,
    /// Female given names, for resolving `she`.
    FemaleNames,
    /// Male given names, for resolving `he`.
    MaleNames,
}

impl List {
    /// Every list.
    pub const ALL: [List; 17] = [
        List::Abbreviations,
        List::CueVerbs,
        List::WeakCueVerbs,
        List::CuePhrases,
        List::Anonymity,
        List::GroupNouns,
        List::Titles,
        List::InstitutionNouns,
        List::Institutions,
        List::Places,
        List::Outlets,
        List::Documents,
        List::Hedges,
        List::MediaNouns,
        List::PersonNouns,
        List::FemaleNames,
        List::MaleNames,
    ];

    /// The default entries of this list, as shipped in the crate.
    pub fn default_data(self) -> &'static str {
        match self {
            List::Abbreviations => include_str!("lexicon/abbreviations.txt"),
            List::CueVerbs => include_str!("lexicon/cue_verbs.txt"),
            List::WeakCueVerbs => include_str!("lexicon/cue_weak.txt"),
            List::CuePhrases => include_str!("lexicon/cue_phrases.txt"),
            List::Anonymity => include_str!("lexicon/anonymity.txt"),
            List::GroupNouns => include_str!("lexicon/group_nouns.txt"),
            List::Titles => include_str!("lexicon/titles.txt"),
            List::InstitutionNouns => include_str!("lexicon/institution_nouns.txt"),
            List::Institutions => include_str!("lexicon/institutions.txt"),
            List::Places => include_str!("lexicon/places.txt"),
            List::Outlets => include_str!("lexicon/outlets.txt"),
            List::Documents => include_str!("lexicon/documents.txt"),
            List::Hedges => include_str!("lexicon/hedges.txt"),
            List::MediaNouns => include_str!("lexicon/media_nouns.txt"),
            List::PersonNouns => include_str!("lexicon/person_nouns.txt"),
            List::FemaleNames => include_str!("lexicon/names_female.txt"),
            List::MaleNames => include_str!("lexicon/names_male.txt"),
        }
    }

    const fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A set of [`List`]s, as a bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lists(u32);

impl Lists {
    pub const fn has(self, list: List) -> bool {
        self.0 & list.bit() != 0
    }
    fn add(&mut self, list: List) {
        self.0 |= list.bit();
    }
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The entries of a word list: trimmed lines, comments and blank lines skipped.
pub(crate) fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(|line| {
            line.split_once('#')
                .map_or(line, |(before, _)| before)
                .trim()
        })
        .filter(|line| !line.is_empty())
}

/// The default abbreviations: words that a full stop does not end.
pub(crate) const ABBREVIATIONS: &str = include_str!("lexicon/abbreviations.txt");

/// One pattern of the automaton: the lists it belongs to whatever its case,
/// and the lists it belongs to only in the exact spellings given.
#[derive(Clone, Debug, Default)]
struct Pattern {
    any_case: Lists,
    exact: Vec<(Box<str>, Lists)>,
}

/// A lexicon hit: tokens `first..=last` match an entry of `lists`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub first: usize,
    pub last: usize,
    pub lists: Lists,
}

/// All word lists, compiled into one automaton.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
}

impl Lexicon {
    /// Compiles the lists, `extra` entries added and `removed` entries dropped.
    pub(crate) fn build(
        extra: &[(List, String)],
        removed: &[(List, String)],
    ) -> Result<Lexicon, aho_corasick::BuildError> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let is_removed = |list: List, entry: &str| {
            removed
                .iter()
                .any(|(l, e)| *l == list && e.eq_ignore_ascii_case(entry))
        };
        let defaults = List::ALL
            .iter()
            .filter(|l| **l != List::Abbreviations)
            .flat_map(|&l| entries(l.default_data()).map(move |e| (l, e)));
        let added = extra.iter().map(|(l, e)| (*l, e.as_str()));
        // An entry with a straight apostrophe also matches a typographic one.
        let spellings = defaults.chain(added).flat_map(|(l, e)| {
            let curly = e.contains('\'').then(|| (l, e.replace('\'', "’")));
            std::iter::once((l, e.to_owned())).chain(curly)
        });
        for (list, entry) in spellings {
            let entry = entry.as_str();
            if list == List::Abbreviations || is_removed(list, entry) {
                continue;
            }
            let key = entry.to_ascii_lowercase();
            let id = *index.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                patterns.push(Pattern::default());
                patterns.len() - 1
            });
            let pattern = &mut patterns[id];
            if entry.chars().any(char::is_uppercase) {
                let spelled: Box<str> = entry.into();
                match pattern.exact.iter_mut().find(|(s, _)| *s == spelled) {
                    Some((_, lists)) => lists.add(list),
                    None => {
                        let mut lists = Lists::default();
                        lists.add(list);
                        pattern.exact.push((spelled, lists));
                    }
                }
            } else {
                pattern.any_case.add(list);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&keys)?;
        Ok(Lexicon {
            automaton,
            patterns,
        })
    }

    /// Every entry found in `text` that starts and ends on token boundaries,
    /// sorted by first token, longest first.
    pub(crate) fn hits(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let first = tokens.partition_point(|t| t.span.start < m.start());
            if first >= tokens.len() || tokens[first].span.start != m.start() {
                continue;
            }
            let last = tokens.partition_point(|t| t.span.end < m.end());
            if last >= tokens.len() || tokens[last].span.end != m.end() {
                continue;
            }
            let pattern = &self.patterns[m.pattern().as_usize()];
            let mut lists = pattern.any_case;
            if !pattern.exact.is_empty() {
                let found = &text[m.start()..m.end()];
                for (spelled, l) in &pattern.exact {
                    if **spelled == *found {
                        lists.0 |= l.0;
                    }
                }
            }
            if !lists.is_empty() {
                hits.push(Hit { first, last, lists });
            }
        }
        hits.sort_by(|a, b| a.first.cmp(&b.first).then(b.last.cmp(&a.last)));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let got: Vec<&str> = entries("# head\n\nMr.  # title\n  Dr.\n").collect();
        assert_eq!(got, ["Mr.", "Dr."]);
    }

    #[test]
    fn capitalised_entries_match_only_as_written() {
        let lex = Lexicon::build(&[(List::Outlets, "Time".into())], &[]).unwrap();
        let text = "At that time Time reported it.";
        let tokens = tokenize(text);
        let outlets: Vec<&str> = lex
            .hits(text, &tokens)
            .into_iter()
            .filter(|h| h.lists.has(List::Outlets))
            .map(|h| tokens[h.first].span.slice(text))
            .collect();
        assert_eq!(outlets, ["Time"]);
    }

    #[test]
    fn entries_match_whole_words_only() {
        let lex = Lexicon::build(&[], &[]).unwrap();
        let text = "The presidential hopeful said so.";
        let tokens = tokenize(text);
        let hits = lex.hits(text, &tokens);
        assert!(hits.iter().all(|h| !h.lists.has(List::Titles)));
        assert!(hits.iter().any(|h| h.lists.has(List::CueVerbs)));
    }

    #[test]
    fn typographic_apostrophes_match_straight_entries() {
        let lex = Lexicon::build(&[(List::Institutions, "Doctors' Union".into())], &[]).unwrap();
        let text = "the Doctors’ Union said";
        let tokens = tokenize(text);
        assert!(lex
            .hits(text, &tokens)
            .iter()
            .any(|h| h.lists.has(List::Institutions)));
    }
}
