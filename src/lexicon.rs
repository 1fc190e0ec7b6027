//! Word lists, one entry a line, `#` starts a comment. The defaults are data
//! files compiled into the crate; users extend them through the builder.
//!
//! All lists are matched together in one pass over the tokens, one hash
//! look-up per token (entries are indexed by their first word). An entry
//! written in lowercase matches any case; an entry with a capital letter
//! (`CNN`, `White House`) matches only as written, so that `Time` the magazine
//! is not `time` the noun. Straight and typographic apostrophes match alike.

use crate::token::{fold_hash, Token};
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
    /// Companies and brands (`Boeing`, `Twitter`), which are institutions
    /// too: an entry here is in [`List::Institutions`] as well (remove it
    /// from this list to drop it from both).
    Companies,
    /// Countries and capitals that speak for their governments (`Moscow`).
    Places,
    /// States, provinces and counties that follow a town after a comma
    /// (`Austin, Texas`, `Henley, Oxfordshire`); they speak for no one.
    Regions,
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
    pub const ALL: [List; 19] = [
        List::Abbreviations,
        List::CueVerbs,
        List::WeakCueVerbs,
        List::CuePhrases,
        List::Anonymity,
        List::GroupNouns,
        List::Titles,
        List::InstitutionNouns,
        List::Institutions,
        List::Companies,
        List::Places,
        List::Regions,
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
            List::Companies => include_str!("lexicon/companies.txt"),
            List::Places => include_str!("lexicon/places.txt"),
            List::Regions => include_str!("lexicon/regions.txt"),
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
    /// The set of `lists`.
    pub const fn of(lists: &[List]) -> Lists {
        let mut bits = 0;
        let mut i = 0;
        while i < lists.len() {
            bits |= lists[i].bit();
            i += 1;
        }
        Lists(bits)
    }
    pub const fn has(self, list: List) -> bool {
        self.0 & list.bit() != 0
    }
    /// Whether any of `lists` is among these.
    pub const fn any_of(self, lists: Lists) -> bool {
        self.0 & lists.0 != 0
    }
    fn add(&mut self, list: List) {
        self.0 |= list.bit();
        // (A company is an institution too.)
        if list == List::Companies {
            self.0 |= List::Institutions.bit();
        }
    }
    /// These and `other`.
    pub const fn union(self, other: Lists) -> Lists {
        Lists(self.0 | other.0)
    }
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The entries of a word list: trimmed lines, comments and blank lines skipped.
pub(crate) fn entries_of(data: &str) -> impl Iterator<Item = &str> {
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

/// A lexicon hit: tokens `first..=last` match an entry of `lists`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub first: usize,
    pub last: usize,
    pub lists: Lists,
}

/// One entry, as the tokens it is made of (lowercase, apostrophes straight):
/// the lists it belongs to whatever its case, and those it belongs to only
/// in the exact spellings given.
#[derive(Clone, Debug)]
struct Entry {
    words: Words,
    any_case: Lists,
    exact: Vec<(Words, Lists)>,
}

/// About how many entries the built-in lists hold (a capacity hint).
const BUILT_IN_ENTRIES: usize = 5_000;

/// The words of an entry or of a spelling.
type Words = Box<[Box<str>]>;

/// The `count` words of `joined` (separated by line breaks).
fn split_words(joined: &str, count: usize) -> Words {
    // Made to measure: the slice is not reallocated to shrink it.
    let mut words = Vec::with_capacity(count);
    words.extend(joined.split('\n').map(Box::from));
    words.into_boxed_slice()
}

/// All word lists, indexed by their first word (and, for longer entries,
/// their second), so that one pass over the tokens with a hash look-up or two
/// each finds every entry.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    entries: Vec<Entry>,
    by_first: KeyTable<Index>,
    /// The keys of `by_first`, as a filter.
    firsts: KeyFilter,
}

/// A set of keys that may err only by saying yes: a bit per key's top
/// bits. Most tokens start no entry, and one bit test tells so where a hash
/// look-up would cost several times more.
#[derive(Clone, Debug)]
struct KeyFilter(Box<[u64]>);

impl KeyFilter {
    /// 2^15 bits (4 KiB): a few thousand first words leave most clear.
    const BITS: u32 = 15;

    fn new() -> KeyFilter {
        KeyFilter(vec![0; (1 << Self::BITS) / 64].into_boxed_slice())
    }

    /// The word and bit of `key`: the top bits of its product with an odd
    /// constant, which depend on every bit of the key. A key's own top bits
    /// need not (with the hash used before, those of ",", "a" and "and" met
    /// those of first words, and half of all tokens passed).
    fn slot(key: u64) -> (usize, u64) {
        let bit = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::BITS)) as usize;
        (bit / 64, 1 << (bit % 64))
    }

    fn insert(&mut self, key: u64) {
        let (word, bit) = Self::slot(key);
        if let Some(w) = self.0.get_mut(word) {
            *w |= bit;
        }
    }

    /// False only if `key` was never inserted.
    fn may_hold(&self, key: u64) -> bool {
        let (word, bit) = Self::slot(key);
        self.0.get(word).is_some_and(|w| w & bit != 0)
    }
}

/// Maps keyed by [`fold_hash`], which are hashes already.
type KeyMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<crate::token::KeyHasher>>;

/// The entries starting with one word.
#[derive(Clone, Debug, Default)]
struct Index<T = KeyTable<Vec<Longer>>> {
    /// The one-word entry, if any.
    single: Option<Single>,
    /// Longer entries by their second word, longest first.
    by_second: T,
}

/// An entry of two words or more as the index keeps it: with the key of its
/// third word, if any, so that most entries that fail at their third word
/// ("the new law" against "the New York Times") fail without being read.
#[derive(Clone, Copy, Debug)]
struct Longer {
    id: usize,
    third: Option<u64>,
}

/// What a slot of the first-word table tells of its [`Index`], so that
/// most tokens that start an entry are done with without reading it.
mod summary {
    /// The one-word entry's lists, if it has no exact spellings.
    pub const LISTS: u32 = (1 << 19) - 1;
    /// A bit per class of second words (see [`second_bit`]): longer entries
    /// may follow only a word of a class whose bit is set.
    pub const SECONDS: u32 = ((1 << 10) - 1) << 19;
    /// A one-word entry is the word.
    pub const SINGLE: u32 = 1 << 29;
    /// That entry has exact spellings: the index must be read.
    pub const SPELLED: u32 = 1 << 30;

    /// The bit of [`SECONDS`] for a second word's key.
    pub fn second_bit(key: u64) -> u32 {
        1 << (19 + (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 60) % 10)
    }
}

// Every list's bit fits in the summary's.
const _: () = assert!(List::ALL.len() <= 19);

impl Index {
    /// The index as its first-word slot sums it up.
    fn summary(&self) -> u32 {
        let seconds = self
            .by_second
            .keys()
            .fold(0, |bits, k| bits | summary::second_bit(k));
        let single = match self.single {
            None => 0,
            Some(Single::Plain(lists)) => summary::SINGLE | (lists.0 & summary::LISTS),
            Some(Single::Spelled(_)) => summary::SINGLE | summary::SPELLED,
        };
        seconds | single
    }
}

/// A one-word entry as the index keeps it: an entry with no exact
/// spellings is a hit wherever its key is, told without reading the entry.
#[derive(Clone, Copy, Debug)]
enum Single {
    /// Its lists, whatever the case.
    Plain(Lists),
    /// The entry, to check its spellings.
    Spelled(usize),
}

/// A map from keys ([`fold_hash`] values) to values,
/// built once: open addressing on the top bits of the key times an odd
/// constant. A look-up is a load or two, where a hash map's look-up (once
/// or twice for most tokens) hashes, matches a control group and compares.
///
/// A slot also holds a summary of its value (there is room beside the key),
/// so that a look-up the summary answers reads no value: one cache line,
/// not two.
#[derive(Clone, Debug, Default)]
struct KeyTable<V> {
    slots: Box<[Slot]>,
    values: Vec<V>,
}

/// A slot of a [`KeyTable`]: a key, the index of its value plus one (0:
/// empty), and the value's summary.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    value: u32,
    summary: u32,
}

impl<V> KeyTable<V> {
    fn from_map(map: impl ExactSizeIterator<Item = (u64, V)>) -> KeyTable<V> {
        Self::summarised(map, |_| 0)
    }

    /// A table whose slots keep `summary` of their values.
    fn summarised(
        map: impl ExactSizeIterator<Item = (u64, V)>,
        summary: impl Fn(&V) -> u32,
    ) -> KeyTable<V> {
        // At most half full: most probes end at the first or second slot.
        let size = (map.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![Slot::default(); size].into_boxed_slice();
        let mut values = Vec::with_capacity(map.len());
        for (key, value) in map {
            let mut i = Self::home(key, size);
            while slots[i].value != 0 {
                i = (i + 1) & (size - 1);
            }
            let summary = summary(&value);
            values.push(value);
            slots[i] = Slot {
                key,
                value: values.len() as u32,
                summary,
            };
        }
        KeyTable { slots, values }
    }

    fn home(key: u64, size: usize) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - size.trailing_zeros())) as usize
    }

    /// The slot of `key`, if it has one.
    fn slot(&self, key: u64) -> Option<Slot> {
        let size = self.slots.len();
        if size == 0 {
            return None;
        }
        let mut i = Self::home(key, size);
        loop {
            let slot = *self.slots.get(i)?;
            if slot.value == 0 {
                return None;
            }
            if slot.key == key {
                return Some(slot);
            }
            i = (i + 1) & (size - 1);
        }
    }

    /// The value of a slot that [`KeyTable::slot`] gave.
    fn value(&self, slot: Slot) -> Option<&V> {
        self.values.get((slot.value as usize).checked_sub(1)?)
    }

    fn get(&self, key: u64) -> Option<&V> {
        self.value(self.slot(key)?)
    }

    /// The keys, in no order.
    fn keys(&self) -> impl Iterator<Item = u64> + '_ {
        self.slots.iter().filter(|s| s.value != 0).map(|s| s.key)
    }
}

/// A word as entries are keyed: lowercase, typographic apostrophes straight.
fn fold_into(word: &str, out: &mut String) {
    out.clear();
    fold_onto(word, out);
}

/// Appends `word` folded as by [`fold_into`].
fn fold_onto(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '’' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The words of an entry joined by line breaks (which no token holds),
/// each appended by `push` (folded or straightened): a key for the entry in
/// one string.
fn joined_words(entry: &str, tokens: &[Token], out: &mut String, push: fn(&str, &mut String)) {
    out.clear();
    for (n, t) in tokens.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        push(t.span().slice(entry), out);
    }
}

/// Appends `word` with typographic apostrophes straight, case kept.
fn straighten_onto(word: &str, out: &mut String) {
    out.extend(word.chars().map(|c| if c == '’' { '\'' } else { c }));
}

/// Whether `word` equals the folded entry word `want`.
fn same_folded(word: &str, want: &str, buf: &mut String) -> bool {
    // ASCII folds to as many bytes: a word of another length differs, unfolded.
    if word.is_ascii() {
        return word.len() == want.len() && word.eq_ignore_ascii_case(want);
    }
    fold_into(word, buf);
    buf == want
}

/// Whether `word` equals the spelled entry word `want` (apostrophes aside),
/// or is that word in capitals, as headlines write it ("USA TODAY").
fn same_spelled(word: &str, want: &str) -> bool {
    // Entry words hold no typographic apostrophe: the same bytes are the
    // commonest match, told without decoding a character.
    if word == want {
        return true;
    }
    let straight = |c: char| if c == '’' { '\'' } else { c };
    word.chars().map(straight).eq(want.chars())
        || (word.chars().all(|c| !c.is_lowercase())
            && word
                .chars()
                .map(straight)
                .eq(want.chars().flat_map(char::to_uppercase)))
}

impl Lexicon {
    /// Compiles the lists, `extra` entries added and `removed` entries dropped.
    pub(crate) fn build(
        extra: &[(List, String)],
        removed: &[(List, String)],
    ) -> Result<Lexicon, String> {
        let is_removed = |list: List, entry: &str| {
            removed
                .iter()
                .any(|(l, e)| *l == list && e.eq_ignore_ascii_case(entry))
        };
        let defaults = List::ALL
            .iter()
            .filter(|l| **l != List::Abbreviations)
            .flat_map(|&l| entries_of(l.default_data()).map(move |e| (l, e)));
        let added = extra.iter().map(|(l, e)| (*l, e.as_str()));
        let mut lexicon = Lexicon {
            entries: Vec::new(),
            by_first: KeyTable::default(),
            firsts: KeyFilter::new(),
        };
        // Entries by their folded words (joined), to merge those met twice;
        // room made for the built-in ones at once, which spares the map's
        // regrowth (a tenth of the build's cost).
        let mut index: crate::token::FastMap<String, usize> = Default::default();
        index.reserve(BUILT_IN_ENTRIES + extra.len());
        lexicon.entries.reserve(BUILT_IN_ENTRIES + extra.len());
        let (mut tokens, mut folded, mut spelled) = (Vec::new(), String::new(), String::new());
        for (list, entry) in defaults.chain(added) {
            if list == List::Abbreviations || is_removed(list, entry) {
                continue;
            }
            tokens.clear();
            crate::token::tokenize_into(
                entry,
                crate::model::Span::new(0, entry.len()),
                &mut tokens,
            );
            if !tokens.iter().any(|t| t.is_word()) {
                return Err(format!("{list:?} entry {entry:?} has no words"));
            }
            // ("a\nb" is two entries run together: `add_list` takes one a line.)
            if entry.contains(['\n', '\r']) {
                return Err(format!("{list:?} entry {entry:?} spans lines"));
            }
            joined_words(entry, &tokens, &mut folded, fold_onto);
            let id = match index.get(folded.as_str()) {
                Some(&id) => id,
                None => {
                    let words = split_words(&folded, tokens.len());
                    lexicon.entries.push(Entry {
                        words,
                        any_case: Lists::default(),
                        exact: Vec::new(),
                    });
                    index.insert(folded.clone(), lexicon.entries.len() - 1);
                    lexicon.entries.len() - 1
                }
            };
            let e = &mut lexicon.entries[id];
            if entry.chars().any(char::is_uppercase) {
                // A spelling met again (in another list) adds its list.
                joined_words(entry, &tokens, &mut spelled, straighten_onto);
                let same = |words: &Words| words.iter().map(|w| &**w).eq(spelled.split('\n'));
                match e.exact.iter_mut().find(|(words, _)| same(words)) {
                    Some((_, lists)) => lists.add(list),
                    None => {
                        let mut lists = Lists::default();
                        lists.add(list);
                        e.exact.push((split_words(&spelled, tokens.len()), lists));
                    }
                }
            } else {
                e.any_case.add(list);
            }
        }
        lexicon.index_entries();
        Ok(lexicon)
    }

    /// Indexes the entries by their first word and second word.
    fn index_entries(&mut self) {
        let mut by_first: KeyMap<Index<KeyMap<Vec<Longer>>>> = KeyMap::default();
        by_first.reserve(self.entries.len());
        for (id, e) in self.entries.iter().enumerate() {
            let mut words = e.words.iter();
            let first = words.next().map_or("", |w| w);
            let index = by_first.entry(fold_hash(first)).or_default();
            match words.next() {
                None => {
                    index.single = Some(if e.exact.is_empty() {
                        Single::Plain(e.any_case)
                    } else {
                        Single::Spelled(id)
                    })
                }
                Some(second) => {
                    index
                        .by_second
                        .entry(fold_hash(second))
                        .or_default()
                        .push(Longer {
                            id,
                            third: words.next().map(|w| fold_hash(w)),
                        })
                }
            }
        }
        // Longest entries first, so hits at a token come longest first.
        for index in by_first.values_mut() {
            for ids in index.by_second.values_mut() {
                ids.sort_by_key(|l| std::cmp::Reverse(self.entries[l.id].words.len()));
            }
        }
        for &key in by_first.keys() {
            self.firsts.insert(key);
        }
        let indexes = by_first.into_iter().map(|(key, index)| {
            let by_second = KeyTable::from_map(index.by_second.into_iter());
            let single = index.single;
            (key, Index { single, by_second })
        });
        self.by_first = KeyTable::summarised(indexes, Index::summary);
    }

    /// Every entry found in the tokens, sorted by first token, longest first.
    /// No entry runs past a token marked [`Token::ends`] (a sentence's last token).
    #[cfg(test)]
    pub(crate) fn hits(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.hits_into(text, tokens, &mut hits);
        hits
    }

    /// The word-list hits of `tokens` in `hits` (cleared first), a buffer the caller
    /// keeps from text to text.
    pub(crate) fn hits_into(&self, text: &str, tokens: &[Token], hits: &mut Vec<Hit>) {
        hits.clear();
        // News copy has a hit every six or seven tokens: room for that
        // spares the vector's repeated growth.
        hits.reserve(tokens.len() / 6);
        let mut scratch = String::new();
        // A possessive name ("the Federal Reserve's survey") matches an entry
        // that it ends, by its stem.
        let stem_key = |t: &Token| possessive_stem(t, text).map(crate::token::fold_hash);
        for (i, t) in tokens.iter().enumerate() {
            let own = self.first_word(t.key);
            if let Some(slot) = own.filter(|s| s.summary & summary::SECONDS != 0 && !t.ends) {
                if let Some(next) = tokens.get(i + 1) {
                    let stem = stem_key(next);
                    let may_follow = |k: u64| slot.summary & summary::second_bit(k) != 0;
                    if may_follow(next.key) || stem.is_some_and(may_follow) {
                        self.longer_hits(slot, i, stem, text, tokens, hits, &mut scratch);
                    }
                }
            }
            let single = own
                .filter(|s| s.summary & summary::SINGLE != 0)
                .or_else(|| {
                    let k = stem_key(t)?;
                    self.first_word(k)
                        .filter(|s| s.summary & summary::SINGLE != 0)
                });
            let Some(slot) = single else {
                if t.capitalized {
                    if let Some(hit) = self.joined_given_names(i, t, text) {
                        hits.push(hit);
                    }
                }
                continue;
            };
            let lists = Lists(slot.summary & summary::LISTS);
            if !lists.is_empty() {
                hits.push(Hit {
                    first: i,
                    last: i,
                    lists,
                });
            } else if slot.summary & summary::SPELLED != 0 {
                let spelled = self.by_first.value(slot).and_then(|index| index.single);
                if let Some(Single::Spelled(id)) = spelled {
                    if let Some(hit) = self.check(id, i, text, tokens, &mut scratch) {
                        hits.push(hit);
                    }
                }
            }
        }
    }

    /// The hits of entries of two words or more starting at token `i`, whose
    /// first word has `slot`; `stem` is the key of the next token's stem if
    /// it is a possessive.
    #[allow(clippy::too_many_arguments)]
    fn longer_hits(
        &self,
        slot: Slot,
        i: usize,
        stem: Option<u64>,
        text: &str,
        tokens: &[Token],
        hits: &mut Vec<Hit>,
        scratch: &mut String,
    ) {
        let (Some(index), Some(next)) = (self.by_first.value(slot), tokens.get(i + 1)) else {
            return;
        };
        let by_stem = stem
            .and_then(|k| index.by_second.get(k))
            .into_iter()
            .flatten()
            .filter(|l| l.third.is_none());
        let third = tokens.get(i + 2).filter(|_| !next.ends);
        let longer = index.by_second.get(next.key).into_iter().flatten();
        let candidates = longer
            .filter(|l| third_may_match(l, third, text))
            .chain(by_stem);
        for l in candidates {
            if let Some(hit) = self.check(l.id, i, text, tokens, scratch) {
                hits.push(hit);
            }
        }
    }

    /// "Anna-Lena", "Hans-Peter": two given names joined by a hyphen, which
    /// the lists hold apart, are a given name of the first one's gender
    /// ("Al-Qaeda" is none).
    fn joined_given_names(&self, i: usize, t: &Token, text: &str) -> Option<Hit> {
        const NAMES: Lists = Lists::of(&[List::FemaleNames, List::MaleNames]);
        // (Asked of every capitalised word the lists do not hold: a byte
        // loop finds the hyphen, which most such words lack.)
        let word = t.span().slice(text);
        let hyphen = word.bytes().position(|b| b == b'-')?;
        let (first, second) = (&word[..hyphen], &word[hyphen + 1..]);
        // (Given names are listed as spelled: the entry's spellings decide.)
        let lists = |w: &str| {
            let slot = self.first_word(crate::token::fold_hash(w))?;
            let Some(Single::Spelled(id)) = self.by_first.value(slot).and_then(|ix| ix.single)
            else {
                return None;
            };
            let lists = lists_as_spelled(&self.entries[id], |_| w);
            lists.any_of(NAMES).then_some(lists)
        };
        if !second.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        lists(second)?;
        Some(Hit {
            first: i,
            last: i,
            lists: Lists(lists(first)?.0 & NAMES.0),
        })
    }

    /// The first-word slot of `key`, if entries start with it.
    #[inline]
    fn first_word(&self, key: u64) -> Option<Slot> {
        if !self.firsts.may_hold(key) {
            return None;
        }
        self.by_first.slot(key)
    }

    /// Whether entry `id` matches at token `i` (its first two words already
    /// matched when folded), and in which lists.
    fn check(
        &self,
        id: usize,
        i: usize,
        text: &str,
        tokens: &[Token],
        scratch: &mut String,
    ) -> Option<Hit> {
        let e = &self.entries[id];
        let last = i + e.words.len() - 1;
        let words = tokens.get(i..=last)?;
        if words[..words.len() - 1].iter().any(|t| t.ends) {
            return None;
        }
        // The last word may be possessive; compare it by its stem then,
        // unless the entry's own word ends in "'s" ("Moody's", "Barnardo's").
        let own_possessive = e.words.last().is_some_and(|w| w.ends_with("'s"));
        let full = |j: usize, t: &Token| {
            let w = t.span().slice(text);
            if j + 1 == words.len() && !own_possessive {
                possessive_stem(t, text).unwrap_or(w)
            } else {
                w
            }
        };
        let rest_match = e
            .words
            .iter()
            .zip(words)
            .enumerate()
            .skip(2)
            .all(|(j, (w, t))| same_folded(full(j, t), w, scratch));
        if !rest_match {
            return None;
        }
        let lists = lists_as_spelled(e, |j| full(j, &words[j]));
        (!lists.is_empty()).then_some(Hit {
            first: i,
            last,
            lists,
        })
    }
}

/// The lists entry `e` puts its words in when they are spelled as `word(j)`
/// gives its `j`th: those of any case, and those of each spelling that
/// matches.
fn lists_as_spelled<'w>(e: &Entry, word: impl Fn(usize) -> &'w str) -> Lists {
    e.exact
        .iter()
        .filter(|(spelled, _)| {
            spelled
                .iter()
                .enumerate()
                .all(|(j, w)| same_spelled(word(j), w))
        })
        .fold(e.any_case, |all, &(_, l)| all.union(l))
}

/// Whether an entry may match with `third` its third token: the keys agree,
/// or the token is a possessive (the entry's last word, compared by its stem
/// in [`Lexicon::check`]). An entry of two words always may.
fn third_may_match(entry: &Longer, third: Option<&Token>, text: &str) -> bool {
    match (entry.third, third) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(key), Some(t)) => t.key == key || possessive_stem(t, text).is_some(),
    }
}

/// The stem of a capitalised possessive ("Reserve's" gives "Reserve"), not
/// of contractions ("It's", "That's").
#[inline]
fn possessive_stem<'t>(t: &Token, text: &'t str) -> Option<&'t str> {
    // Most tokens are not capitalised: tested inline, before any call.
    if !t.capitalized {
        return None;
    }
    possessive_stem_of(t, text)
}

fn possessive_stem_of<'t>(t: &Token, text: &'t str) -> Option<&'t str> {
    const CONTRACTED: &[&str] = &[
        "it", "he", "she", "that", "there", "what", "here", "where", "who", "let", "this",
    ];
    // Most words end in no "s", and so in no possessive: their last byte
    // tells, before the text is sliced.
    let last = t
        .span()
        .end
        .checked_sub(1)
        .and_then(|e| text.as_bytes().get(e));
    if last != Some(&b's') {
        return None;
    }
    let w = t.span().slice(text);
    let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))?;
    (!stem.is_empty() && !CONTRACTED.iter().any(|c| stem.eq_ignore_ascii_case(c))).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn every_built_in_entry_is_valid() {
        assert!(Lexicon::build(&[], &[]).is_ok());
    }

    /// An entry given twice in one list is a slip (the lexicon would merge
    /// them, but the list reads as if they differed).
    #[test]
    fn no_built_in_list_repeats_an_entry() {
        for list in List::ALL {
            let mut seen = std::collections::HashSet::new();
            for entry in entries_of(list.default_data()) {
                // An abbreviation's line also gives its kind.
                let entry = if list == List::Abbreviations {
                    entry.split_whitespace().next().unwrap_or(entry)
                } else {
                    entry
                };
                assert!(seen.insert(entry), "{list:?} repeats {entry:?}");
            }
        }
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let got: Vec<&str> = entries_of("# head\n\nMr.  # title\n  Dr.\n").collect();
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
            .map(|h| tokens[h.first].span().slice(text))
            .collect();
        assert_eq!(outlets, ["Time"]);
    }

    #[test]
    fn a_spelling_in_two_lists_matches_in_both() {
        let extra = [
            (List::Outlets, "Daily Ledger".to_owned()),
            (List::Institutions, "daily ledger".to_owned()),
            (List::Institutions, "Daily Ledger".to_owned()),
        ];
        let lex = Lexicon::build(&extra, &[]).unwrap();
        let lists = |text: &str| {
            let tokens = tokenize(text);
            lex.hits(text, &tokens)
                .into_iter()
                .find(|h| h.last == h.first + 1)
                .map(|h| h.lists)
                .unwrap_or_default()
        };
        let exact = lists("the Daily Ledger said");
        assert!(exact.has(List::Outlets) && exact.has(List::Institutions));
        let lower = lists("the daily ledger said");
        assert!(!lower.has(List::Outlets) && lower.has(List::Institutions));
    }

    /// A company, built in or added, is an institution too.
    #[test]
    fn a_company_is_an_institution() {
        let extra = [(List::Companies, "Kestrel Mining".to_owned())];
        let lex = Lexicon::build(&extra, &[]).unwrap();
        for text in ["Kestrel Mining said", "Boeing said"] {
            let tokens = tokenize(text);
            let hit = lex.hits(text, &tokens)[0];
            assert!(hit.lists.has(List::Companies) && hit.lists.has(List::Institutions));
        }
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

    /// A token is alone an entry of one of several lists exactly when it is
    /// alone an entry of one of them, and entries of two words count for none.
    #[test]
    fn word_in_any_is_word_in_of_each() {
        let lex = Lexicon::build(&[], &[]).unwrap();
        let text = "Senator Lee, White House officials and the report said sources \
                    told the New York Times that voters were wary.";
        let tokens = tokenize(text);
        let hits = lex.hits(text, &tokens);
        let tagged = crate::token::Tagged::new(text, tokens, hits, &[], Default::default());
        let sets = [
            vec![
                List::Titles,
                List::GroupNouns,
                List::Documents,
                List::Anonymity,
            ],
            vec![List::Outlets],
            vec![List::Institutions, List::CueVerbs],
            vec![],
        ];
        let mut some = 0;
        for k in 0..tagged.tokens.len() {
            for set in &sets {
                let each = set.iter().any(|&l| tagged.word_in(k, l));
                assert_eq!(tagged.word_in_any(k, Lists::of(set)), each, "{k} {set:?}");
                some += usize::from(each);
            }
        }
        // "Senator", "officials", "report", "said", "sources", "told", "voters".
        assert!(some >= 7, "{some}");
        // "Times" ends an outlet of three words, and is none alone.
        let times = (0..tagged.tokens.len())
            .find(|&k| tagged.word(k) == "Times")
            .unwrap();
        assert!(!tagged.word_in_any(times, Lists::of(&[List::Outlets])));
    }

    /// Entries of two and three words, met whole, cut short, and ending in
    /// a possessive at their second or third word: the index's shortcuts
    /// (the summary's second-word classes, the third word's key) lose none.
    #[test]
    fn longer_entries_match_whole_and_by_their_possessive() {
        let extra = [
            (List::Institutions, "Harbour Board".to_owned()),
            (List::Institutions, "Harbour Pilots Guild".to_owned()),
            (List::Outlets, "Valley Evening Post".to_owned()),
        ];
        let lex = Lexicon::build(&extra, &[]).unwrap();
        let found = |text: &str| -> Vec<String> {
            let tokens = tokenize(text);
            lex.hits(text, &tokens)
                .into_iter()
                .filter(|h| {
                    h.lists
                        .any_of(Lists::of(&[List::Institutions, List::Outlets]))
                })
                .map(|h| text[tokens[h.first].span().start..tokens[h.last].span().end].to_owned())
                .collect()
        };
        assert_eq!(found("the Harbour Board said"), ["Harbour Board"]);
        assert_eq!(found("the Harbour Board's chair"), ["Harbour Board's"]);
        assert_eq!(
            found("the Harbour Pilots Guild said"),
            ["Harbour Pilots Guild"]
        );
        assert_eq!(
            found("the Harbour Pilots Guild's view"),
            ["Harbour Pilots Guild's"]
        );
        assert_eq!(found("the Harbour Pilots said"), Vec::<String>::new());
        assert_eq!(
            found("the Valley Evening Post's editor"),
            ["Valley Evening Post's"]
        );
        assert_eq!(found("the Valley Evening News"), Vec::<String>::new());
        assert_eq!(found("Harbour. Board"), Vec::<String>::new());
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
