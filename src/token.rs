//! Words and punctuation with their byte spans: the unit the attribution
//! stages reason over. One linear pass over the text, no allocation per token.

use crate::model::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters and digits, with inner `' ’ - . &` joining them
    /// (`don't`, `R-KY`, `U.S`).
    Word,
    /// `,`
    Comma,
    /// `.`
    Period,
    /// `:`
    Colon,
    /// `;` `?` `!` `…` and other clause breaks
    Break,
    /// `—` `―` `–` or `--`
    Dash,
    /// `(` `[`
    Open,
    /// `)` `]`
    Close,
    /// A quotation mark or apostrophe not inside a word.
    Quote,
    /// Anything else.
    Other,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Its byte span, as `u32`s: a smaller token keeps more of a text's
    /// tokens in cache (no token ends past [`MAX_OFFSET`]).
    start: u32,
    end: u32,
    /// [`fold_hash`] of the token's text: word lists are looked up by it.
    pub key: u64,
    /// Index of the first lexicon hit starting at this token (see
    /// [`Tagged::hits_at`]); set by [`Tagged::new`], [`NO_HIT`] if none.
    hit: u32,
    pub kind: Kind,
    /// Word starting with an uppercase letter.
    pub capitalized: bool,
    /// Word starting with a lowercase letter.
    pub lowercase: bool,
    /// The last token of its sentence: no word-list entry runs past it.
    pub ends: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Its byte span in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    #[inline]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// [`fold_hash`] of the token's text.
    #[inline]
    pub fn key(&self) -> u64 {
        self.key
    }

    /// Word starting with an uppercase letter.
    #[inline]
    pub fn capitalized(&self) -> bool {
        self.capitalized
    }

    /// Word starting with a lowercase letter.
    #[inline]
    pub fn lowercase(&self) -> bool {
        self.lowercase
    }

    #[inline]
    fn new(start: usize, end: usize, kind: Kind, key: u64) -> Token {
        Token {
            start: start as u32,
            end: end as u32,
            key,
            hit: NO_HIT,
            kind,
            capitalized: false,
            lowercase: false,
            ends: false,
        }
    }
}

/// [`Token::hit`] of a token where no hit starts: past any hit, so that
/// [`Tagged::hits_at`] finds none, as made by the tokenizer (no pass over
/// the tokens is needed to mark them).
const NO_HIT: u32 = u32::MAX;

/// Quotation marks and apostrophes, straight and typographic.
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '‚' | '«' | '»' | '‹' | '›' | '‟' | '‛'
    )
}

/// Splits `text` into tokens. Whitespace separates and is dropped.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, Span::new(0, text.len()), &mut tokens);
    tokens
}

/// What an ASCII byte starts: whitespace, a word, or punctuation. Bytes of
/// multi-byte characters are [`HIGH`] and decoded.
const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const PUNCT: u8 = 2;
const HIGH: u8 = 3;

static CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// Whether the `,` at `at` separates thousands ("£30,000", "1,250,000"):
/// a digit before it and exactly three after it. Such a number is one word,
/// so that its comma ends no clause or appositive.
fn thousands_comma(bytes: &[u8], at: usize) -> bool {
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    at > 0 && digit(at - 1) && (at + 1..at + 4).all(digit) && !digit(at + 4)
}

/// Whether a word is a numeral: digits, with commas between thousands
/// ("2003", "30,000").
pub(crate) fn is_numeral(word: &[u8]) -> bool {
    word.first().is_some_and(u8::is_ascii_digit)
        && word.iter().all(|b| b.is_ascii_digit() || *b == b',')
}

/// Invisible format characters (direction marks and embeddings, zero-width
/// spaces, the byte-order mark, a soft hyphen before a word) that pasted
/// copy leaves in text: they
/// separate as a space does and make no token.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Whether the `-` at `at` stands between ASCII whitespace, as a dash
/// typed with the hyphen key does ("Mr Hill - a former chief - said").
fn spaced_hyphen(bytes: &[u8], at: usize) -> bool {
    let space = |b: Option<&u8>| b.is_some_and(u8::is_ascii_whitespace);
    at > 0 && space(bytes.get(at - 1)) && space(bytes.get(at + 1))
}

/// The largest offset a token may end at: offsets are kept as `u32`. The
/// auditor makes no tokens for a sentence ending past it, so that only the
/// sentences of a text beyond 4 GiB go unattributed.
pub(crate) const MAX_OFFSET: usize = u32::MAX as usize;

/// Appends the tokens of `text[span]` (offsets stay those of `text`), which
/// must end at or below [`MAX_OFFSET`] (none is made past it).
///
/// One pass over the bytes: ASCII is decided on the byte by a table, other
/// characters are decoded; a word's [`fold_hash`] key is computed as it is
/// scanned.
pub(crate) fn tokenize_into(text: &str, span: Span, tokens: &mut Vec<Token>) {
    if span.end > MAX_OFFSET {
        return;
    }
    let Some(part) = text.get(..span.end) else {
        return;
    };
    let bytes = part.as_bytes();
    let mut at = span.start;
    while let Some(&b) = bytes.get(at) {
        let start = at;
        match CLASS[usize::from(b)] {
            SPACE => at += 1,
            ALNUM => {
                let (end, mut key) =
                    short_word(bytes, at).unwrap_or_else(|| word(part, at, Fold::new()));
                at = end;
                if b == b'W' && bytes[start..end] == *b"WHO" && after_article_or_bracket(tokens) {
                    key = WHO_BODY;
                }
                tokens.push(Token {
                    capitalized: b.is_ascii_uppercase(),
                    lowercase: b.is_ascii_lowercase(),
                    ..Token::new(start, end, Kind::Word, key)
                });
                // Most words are followed by one space: passed here, not by
                // another turn of the loop.
                if bytes.get(at) == Some(&b' ') {
                    at += 1;
                }
            }
            PUNCT if b == b'.' && ellipsis_follows(bytes, at) => {
                // A run of full stops is one ellipsis, like "…", and so is
                // the spaced one (". . .").
                at += 1;
                loop {
                    if bytes.get(at) == Some(&b'.') {
                        at += 1;
                    } else if bytes.get(at) == Some(&b' ') && bytes.get(at + 1) == Some(&b'.') {
                        at += 2;
                    } else {
                        break;
                    }
                }
                tokens.push(Token::new(
                    start,
                    at,
                    Kind::Break,
                    fold_hash(&part[start..at]),
                ));
            }
            PUNCT => {
                at += 1;
                let kind = match b {
                    b',' => Kind::Comma,
                    b'.' => Kind::Period,
                    b':' => Kind::Colon,
                    b';' | b'?' | b'!' => Kind::Break,
                    b'-' if bytes.get(at) == Some(&b'-') => {
                        at += 1;
                        Kind::Dash
                    }
                    // "Mr Hill - a former chief - said": a spaced hyphen is a dash.
                    b'-' if spaced_hyphen(bytes, start) => Kind::Dash,
                    b'(' | b'[' => Kind::Open,
                    b')' | b']' => Kind::Close,
                    // ("''Equity''", "``so''": a typewriter's double mark
                    // is one quotation mark, as the quote finder reads it.)
                    b'\'' | b'`' if bytes.get(at) == Some(&b) => {
                        at += 1;
                        Kind::Quote
                    }
                    b'"' | b'\'' => Kind::Quote,
                    _ => Kind::Other,
                };
                let mut key = Fold::new().byte(b);
                if at - start == 2 {
                    key = key.byte(b);
                }
                tokens.push(Token::new(start, at, kind, key.finish()));
            }
            _ => {
                let Some(c) = part.get(at..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                at += c.len_utf8();
                // Typographic quotes and dashes, the commonest characters
                // past ASCII in news copy, are known before the costlier
                // Unicode tests below (they are neither space nor word).
                if let Some(kind) = punctuation_kind(c) {
                    tokens.push(Token::new(start, at, kind, Fold::new().char(c).finish()));
                    continue;
                }
                if c.is_whitespace() || is_invisible(c) {
                    continue;
                }
                let first = Fold::new().char(c);
                if c.is_alphanumeric() {
                    let (end, key) = word(part, at, first);
                    at = end;
                    tokens.push(Token {
                        capitalized: c.is_uppercase(),
                        lowercase: c.is_lowercase(),
                        ..Token::new(start, end, Kind::Word, key)
                    });
                    continue;
                }
                tokens.push(Token::new(start, at, Kind::Other, first.finish()));
            }
        }
    }
}

/// The key of "WHO" after "the" or a bracket: the World Health
/// Organization, a name, not the pronoun "who" that the word lists know.
const WHO_BODY: u64 = 0x574a_4f5f_424f_4459;

/// Whether the token before the next is "the" or an opening bracket.
fn after_article_or_bracket(tokens: &[Token]) -> bool {
    const THE: u64 = keys(["the"])[0];
    tokens
        .last()
        .is_some_and(|t| t.kind == Kind::Open || t.key == THE)
}

/// The kind of a character past ASCII that is a token of its own: an
/// ellipsis, a dash or a quotation mark.
#[inline]
fn punctuation_kind(c: char) -> Option<Kind> {
    match c {
        '…' => Some(Kind::Break),
        '—' | '―' | '–' => Some(Kind::Dash),
        c if is_quote_char(c) => Some(Kind::Quote),
        _ => None,
    }
}

/// Whether the full stop at `at` opens an ellipsis: another full stop
/// follows, directly or after one space.
fn ellipsis_follows(bytes: &[u8], at: usize) -> bool {
    bytes.get(at + 1) == Some(&b'.')
        || (bytes.get(at + 1) == Some(&b' ') && bytes.get(at + 2) == Some(&b'.'))
}

/// The end of the word going on at `at`, and its [`fold_hash`] given `f`,
/// the hash of what came before: letters and digits, and joiners
/// (`' ’ - ‐ ‑ . &`) standing between two of them.
#[inline(always)]
fn word(text: &str, mut at: usize, mut f: Fold) -> (usize, u64) {
    let bytes = text.as_bytes();
    let alnum_at = |i: usize| match bytes.get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphanumeric),
        None => false,
    };
    loop {
        // ASCII letters and digits, the bulk of words, eight bytes a step:
        // no branch per byte, and one hash step per eight bytes.
        if let Some(chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
            let v = u64::from_le_bytes(*chunk);
            let run = alnum_run(v);
            f = f.ascii_run(v, run);
            at += run;
            if run == 8 {
                continue;
            }
        } else if let Some(&b) = bytes.get(at).filter(|b| b.is_ascii_alphanumeric()) {
            // The last seven bytes before the span's end, one at a time.
            f = f.byte(b.to_ascii_lowercase());
            at += 1;
            continue;
        }
        let Some(&b) = bytes.get(at) else {
            break;
        };
        // A space or a control byte, what ends most words, joins nothing.
        if b <= b' ' {
            break;
        }
        if b.is_ascii() {
            if matches!(b, b'\'' | b'-' | b'.' | b'&') && alnum_at(at + 1)
                || b == b',' && thousands_comma(bytes, at)
            {
                f = f.byte(b);
                at += 1;
            } else {
                break;
            }
        } else {
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            // The joiners are no letters: tested first, they spare the
            // commonest of them, `’`, a Unicode table search.
            // (Mojibake, "SarukhÃ\u{83}Â¡n" for "Sarukhán": a control or
            // Latin-1 sign between letters is a letter's debris.)
            // (A soft hyphen inside a word, "Wash\u{AD}ington", is the
            // word's, and no part of its key.)
            if c == '\u{AD}' && alnum_at(at + len) {
                at += len;
                continue;
            }
            let joins = if matches!(c, '’' | '‐' | '‑') || is_mojibake_debris(c) {
                alnum_at(at + len)
            } else {
                c.is_alphanumeric() || is_combining_mark(c)
            };
            if joins {
                f = f.char(c);
                at += len;
            } else {
                break;
            }
        }
    }
    (at, f.finish())
}

/// A combining mark, which belongs to the letter before it: "José"
/// written decomposed, `e` then U+0301, is one word.
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// A C1 control or a Latin-1 sign (not a space, nor a guillemet): what a
/// letter decoded in the wrong code page leaves inside a word.
fn is_mojibake_debris(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{BF}') && !matches!(c, '\u{A0}' | '«' | '»') && !c.is_alphanumeric()
}

/// [`word`] from `at` for the commonest words: fewer than sixteen ASCII
/// letters and digits, and a byte after them in the same eight that joins
/// nothing (a space, or punctuation no letter or digit follows). Its end and
/// key come from one or two loads of eight bytes and a hash step each;
/// `None` hands any other word to [`word`].
#[inline(always)]
fn short_word(bytes: &[u8], at: usize) -> Option<(usize, u64)> {
    let eight = |i: usize| Some(u64::from_le_bytes(*bytes.get(i..)?.first_chunk::<8>()?));
    let v = eight(at)?;
    let run = alnum_run(v);
    if run == 0 {
        return None;
    }
    if run < 8 {
        let key = Fold::new().ascii_run(v, run).finish();
        return ends_within(v, run).then_some((at + run, key));
    }
    let w = eight(at + 8)?;
    let run = alnum_run(w);
    if run == 8 || !ends_within(w, run) {
        return None;
    }
    let key = Fold::new().ascii_run(v, 8).ascii_run(w, run).finish();
    Some((at + 8 + run, key))
}

/// Whether a word whose last eight bytes start `v`, `run` of them letters or
/// digits (fewer than eight), ends there: the byte after it joins nothing.
/// The joiners join only before a letter or digit (a comma, only between
/// digits): a byte after them in the eight that is ASCII and neither shows
/// they do not.
#[inline(always)]
fn ends_within(v: u64, run: usize) -> bool {
    let next = (v >> (8 * run)) as u8;
    next <= b' '
        || (next.is_ascii()
            && (!matches!(next, b'\'' | b'-' | b'.' | b'&' | b',')
                || (run < 7 && {
                    let after = (v >> (8 * (run + 1))) as u8;
                    after.is_ascii() && !after.is_ascii_alphanumeric()
                })))
}

/// How many of the eight bytes of `v` (the first in its low bits) are
/// ASCII letters or digits before any other: byte-wise range tests in one
/// integer.
#[inline(always)]
const fn alnum_run(v: u64) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Per byte of seven bits `y`, the high bit of the result says `y >= c`
    // (no borrow crosses bytes: each byte of `y | HIGH` is at least 0x80).
    const fn at_least(y: u64, c: u8) -> u64 {
        ((y | HIGH).wrapping_sub(c as u64 * ONES)) & HIGH
    }
    let low = v & !HIGH;
    let folded = low | (0x20 * ONES);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    let alnum = (letter | digit) & !v & HIGH;
    ((!alnum & HIGH).trailing_zeros() / 8) as usize
}

/// [`first_at_or_after`] for an `offset` whose answer is at or after
/// `from`, near it as a rule (the next mark of a quotation): a gallop from
/// `from` reads a few tokens where a search of the whole text reads a dozen.
/// Should the answer lie before `from`, the whole text is searched.
pub(crate) fn first_at_or_after_from(tokens: &[Token], from: usize, offset: usize) -> usize {
    if from > tokens.len() || (from > 0 && tokens[from - 1].span().start >= offset) {
        return first_at_or_after(tokens, offset);
    }
    // tokens[..lo] start before `offset`; the answer lies in lo..=hi.
    let (mut lo, mut step) = (from, 1);
    let hi = loop {
        let probe = lo + step - 1;
        if probe >= tokens.len() {
            break tokens.len();
        }
        if tokens[probe].span().start >= offset {
            break probe;
        }
        lo = probe + 1;
        step *= 2;
    };
    lo + tokens[lo..hi].partition_point(|t| t.span().start < offset)
}

/// Index of the first token starting at or after `offset` (what
/// `tokens.partition_point(|t| t.span.start < offset)` gives).
///
/// Tokens spread fairly evenly over a text, so the search starts where the
/// offset's share of the text puts it and gallops from there: a handful of
/// tokens near the answer are read instead of a binary search's twenty or so
/// scattered ones, which in a long text are each a cache miss. The gallop
/// keeps the worst case logarithmic.
pub(crate) fn first_at_or_after(tokens: &[Token], offset: usize) -> usize {
    // Up to here (128 KiB of tokens, in cache) a binary search is cheaper.
    const SMALL: usize = 4096;
    if tokens.len() <= SMALL {
        return tokens.partition_point(|t| t.span().start < offset);
    }
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return 0;
    };
    if offset <= first.span().start {
        return 0;
    }
    if offset > last.span().start {
        return tokens.len();
    }
    // Here tokens[0] starts before `offset` and the last token does not.
    let n = tokens.len();
    let before = |i: usize| tokens[i].span().start < offset;
    // Only a guess: float rounding does not matter (`as` saturates).
    let spread = (last.span().start - first.span().start).max(1) as f64;
    let share = (offset - first.span().start) as f64 / spread * (n - 1) as f64;
    let guess = (share as usize).clamp(1, n - 1);
    // The answer lies in lo..=hi.
    let (mut lo, mut hi);
    let mut step = 1;
    if before(guess) {
        lo = guess + 1;
        loop {
            let probe = guess.saturating_add(step);
            if probe >= n {
                hi = n;
                break;
            }
            if !before(probe) {
                hi = probe;
                break;
            }
            lo = probe + 1;
            step *= 2;
        }
    } else {
        hi = guess;
        loop {
            let Some(probe) = guess.checked_sub(step) else {
                lo = 0;
                break;
            };
            if before(probe) {
                lo = probe + 1;
                break;
            }
            hi = probe;
            step *= 2;
        }
    }
    lo + tokens[lo..hi].partition_point(|t| t.span().start < offset)
}

/// A map hashed by [`KeyHasher`], for keys of a few bytes.
pub(crate) type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// A set hashed by [`KeyHasher`], for keys of a few bytes.
pub(crate) type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<KeyHasher>>;

/// A map filled from the text (names, sources): hashed like [`FastMap`],
/// with a secret mixed in (see [`Seeded`]).
pub(crate) type TextMap<K, V> = std::collections::HashMap<K, V, Seeded>;

/// A set filled from the text, hashed like [`TextMap`].
pub(crate) type TextSet<K> = std::collections::HashSet<K, Seeded>;

/// Builds [`KeyHasher`]s whose result is mixed with a secret drawn once per
/// process. FNV-1a is predictable: text crafted so that many names share
/// their low hash bits would make lookups in maps that grow with the text
/// walk long probe chains, and the audit quadratic. With the secret the
/// buckets cannot be aimed at. No map is ever iterated into the report, so
/// reports stay byte for byte the same from run to run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Seeded(u64);

impl Default for Seeded {
    fn default() -> Seeded {
        static SECRET: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| {
            use std::hash::BuildHasher;
            std::collections::hash_map::RandomState::new().hash_one(0x5eed_u64)
        });
        Seeded(*SECRET)
    }
}

impl std::hash::BuildHasher for Seeded {
    type Hasher = SeededHasher;
    fn build_hasher(&self) -> SeededHasher {
        SeededHasher {
            keys: KeyHasher::default(),
            secret: self.0,
        }
    }
}

/// A [`KeyHasher`] whose result [`Seeded`] mixes with its secret.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SeededHasher {
    keys: KeyHasher,
    secret: u64,
}

impl std::hash::Hasher for SeededHasher {
    fn finish(&self) -> u64 {
        // A multiply spreads the secret over the high bits; the rotation
        // brings them down to the bits that choose a bucket.
        (self.keys.finish() ^ self.secret)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(32)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.keys.write(bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.keys.write_u64(n);
    }
}

/// A set of word keys ([`fold_hash`]es) built at compile time by
/// [`word_set!`], for [`Tagged::in_set`]. Open addressing: a key's mixed top bits
/// (see [`WordSet::home`]) choose its slot, and a taken slot passes it on
/// to the next. With about four slots a word, most tokens, which are in no
/// set, are told so by one empty slot: a load and two comparisons where a
/// hash set would hash, probe a control group and lazily build itself.
/// Before the slots, a filter of [`WordSet::FILTER_BITS`] bits turns most
/// of those tokens away: the filters of all the sets together stay in the
/// nearest cache, where the slots, read at random, would not.
#[derive(Debug)]
pub(crate) struct WordSet<const SLOTS: usize> {
    /// A bit per key's [`WordSet::filter_bit`]; clear, the key is not in the set.
    filter: [u64; FILTER_WORDS],
    /// The keys, 0 marking an empty slot (no word of the code hashes to 0).
    slots: [u64; SLOTS],
}

/// The 64-bit words of a [`WordSet`]'s filter.
const FILTER_WORDS: usize = 16;

impl<const SLOTS: usize> WordSet<SLOTS> {
    /// The keys the set holds, in no order (for tests that tie a set to a
    /// data file).
    #[cfg(test)]
    pub(crate) fn keys(&self) -> impl Iterator<Item = u64> + '_ {
        self.slots.iter().copied().filter(|&k| k != 0)
    }

    /// The set of `keys`; a key given twice is kept once.
    pub(crate) const fn new(keys: &[u64]) -> WordSet<SLOTS> {
        Self::union(&[keys])
    }

    /// The set of the keys of all `lists`, each kept once.
    pub(crate) const fn union(lists: &[&[u64]]) -> WordSet<SLOTS> {
        let mut slots = [0; SLOTS];
        let mut filter = [0; FILTER_WORDS];
        let (mut l, mut n) = (0, 0);
        while l < lists.len() {
            let keys = lists[l];
            n += keys.len();
            assert!(
                SLOTS.is_power_of_two() && SLOTS >= 2 && SLOTS >= 2 * n,
                "a word set takes a power of two slots, two or more a word"
            );
            assert!(
                SLOTS <= 1 << 14,
                "a word set takes at most 2^14 slots (its home bits stay above its filter's)"
            );
            let mut k = 0;
            while k < keys.len() {
                let key = keys[k];
                assert!(key != 0, "0 marks an empty slot");
                let mixed = Self::mix(key);
                let bit = Self::filter_bit(mixed);
                filter[bit / 64] |= 1 << (bit % 64);
                let mut i = Self::home(mixed);
                while slots[i] != 0 && slots[i] != key {
                    i = (i + 1) % SLOTS;
                }
                slots[i] = key;
                k += 1;
            }
            l += 1;
        }
        WordSet { filter, slots }
    }

    /// The slot a key is first looked for in: the top bits of its product
    /// with an odd constant, which depend on every bit of the key. A key's
    /// own top bits need not: keys alike there would crowd a few slots and
    /// probe long runs.
    const fn home(mixed: u64) -> usize {
        (mixed >> (64 - SLOTS.trailing_zeros())) as usize
    }

    /// The filter's bit for a key's mix: bits 40–49, below those that
    /// [`WordSet::home`] takes (50–63 at most, sets having at most 2^14
    /// slots), so that keys sharing a home do not share a bit too.
    const fn filter_bit(mixed: u64) -> usize {
        (mixed >> 40) as usize % Self::FILTER_BITS
    }

    /// The bits of a set's filter (1,024): a few hundred words leave most clear.
    const FILTER_BITS: usize = FILTER_WORDS * 64;

    /// A key's product with an odd constant, whose bits depend on every
    /// bit of the key, for [`WordSet::home`] and [`WordSet::filter_bit`].
    const fn mix(key: u64) -> u64 {
        key.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }

    /// False only if the key of `mixed` is not in the set: its filter bit.
    #[inline]
    fn may_hold(&self, mixed: u64) -> bool {
        let bit = Self::filter_bit(mixed);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Whether `key` is in the set.
    #[inline]
    pub(crate) fn contains(&self, key: u64) -> bool {
        let mixed = Self::mix(key);
        if !self.may_hold(mixed) {
            return false;
        }
        let mut i = Self::home(mixed);
        loop {
            match self.slots[i % SLOTS] {
                0 => return false,
                k if k == key => return true,
                _ => i = (i + 1) % SLOTS,
            }
        }
    }
}

/// A [`WordSet`] of words written in the code, hashed at compile time:
/// `static DAYS: WordSet<32> = word_set!["monday", "tuesday"];` (the slots,
/// a power of two, about four times the words).
macro_rules! word_set {
    ($($w:expr),* $(,)?) => {
        $crate::token::WordSet::new(&$crate::token::keys([$($w),*]))
    };
}
pub(crate) use word_set;

/// A [`fold_hash`] being computed: the folded bytes are gathered eight at
/// a time into one integer, and each full eight mixed into the hash, so a
/// word's hash takes a step per eight bytes, not one per byte (the
/// tokenizer hands over ASCII letters eight at a time).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fold {
    /// The hash of the full eights so far.
    h: u64,
    /// The bytes gathered since, the first in the low bits.
    pending: u64,
    /// How many bytes `pending` holds (0 to 7).
    count: u32,
}

impl Fold {
    const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

    pub(crate) const fn new() -> Fold {
        Fold {
            h: 0x243f_6a88_85a3_08d3,
            pending: 0,
            count: 0,
        }
    }

    /// Adds `k` bytes (1 to 8, the first in the low bits of `bytes`, the
    /// others zero).
    #[inline(always)]
    const fn bytes(self, bytes: u64, k: u32) -> Fold {
        let n = self.count;
        let pending = self.pending | (bytes << (8 * n));
        if n + k < 8 {
            return Fold {
                pending,
                count: n + k,
                ..self
            };
        }
        // The bytes past the eighth wait for the next step.
        let rest = if n == 0 { 0 } else { bytes >> (8 * (8 - n)) };
        Fold {
            h: Self::mix(self.h, pending),
            pending: rest,
            count: n + k - 8,
        }
    }

    #[inline(always)]
    const fn mix(h: u64, eight: u64) -> u64 {
        (h ^ eight).wrapping_mul(Self::MULTIPLIER).rotate_left(23)
    }

    /// Adds one byte, already folded.
    #[inline(always)]
    pub(crate) const fn byte(self, b: u8) -> Fold {
        self.bytes(b as u64, 1)
    }

    /// Adds the first `run` bytes of `v`, ASCII letters or digits, in
    /// lowercase (which for both is setting bit 5).
    #[inline(always)]
    fn ascii_run(self, v: u64, run: usize) -> Fold {
        match run {
            0 => self,
            8 => self.bytes(v | 0x2020_2020_2020_2020, 8),
            _ => self.bytes(
                (v | 0x2020_2020_2020_2020) & ((1 << (8 * run)) - 1),
                run as u32,
            ),
        }
    }

    /// Adds a character, folded: lowercase, `’` made `'`.
    #[inline]
    pub(crate) fn char(mut self, c: char) -> Fold {
        if c.is_ascii() {
            return self.byte((c as u8).to_ascii_lowercase());
        }
        if c == '’' {
            return self.byte(b'\'');
        }
        let mut buf = [0u8; 4];
        // General Punctuation (dashes, typographic quotes, the ellipsis), the
        // commonest block past ASCII in news copy, has no case: its bytes are
        // hashed as they are, without a search of the case tables.
        if GENERAL_PUNCTUATION.contains(&c) {
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                self = self.byte(b);
            }
            return self;
        }
        for l in c.to_lowercase() {
            for &b in l.encode_utf8(&mut buf).as_bytes() {
                self = self.byte(b);
            }
        }
        self
    }

    /// The hash: the last bytes mixed in with their count (the top byte of
    /// `pending` is free), so that trailing zero bytes still count.
    #[inline(always)]
    pub(crate) const fn finish(self) -> u64 {
        Self::mix(self.h, self.pending | ((self.count as u64) << 56))
    }
}

/// [`fold_hash`] of ASCII words, at compile time: the keys of the short
/// word lists written in the code (see [`words!`]).
pub(crate) const fn keys<const N: usize>(words: [&str; N]) -> [u64; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        let bytes = words[i].as_bytes();
        let mut f = Fold::new();
        let mut j = 0;
        while j < bytes.len() {
            assert!(bytes[j].is_ascii(), "word lists in the code are ASCII");
            f = f.byte(bytes[j].to_ascii_lowercase());
            j += 1;
        }
        out[i] = f.finish();
        i += 1;
    }
    out
}

/// Abbreviated titles before a name, whose full stop ends no sentence
/// ("Rep. Jones", "Mr. Smith"): asked by the quotation finder and the
/// fronted tag.
pub(crate) const TITLE_ABBREVIATIONS: &[u64] = &keys([
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "lt", "col", "capt",
    "sgt", "prof", "rev", "hon",
]);

/// The small words a title in capitals keeps lowercase ("State of the
/// Union", "The Late Show with Stephen Colbert"), for the tests that tell a
/// title in quotation marks from speech.
pub(crate) const TITLE_SMALL_WORDS: &[u64] = &keys([
    "of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "from", "by",
]);

/// The keys of a word list written in the code, for [`Tagged::is_any`]:
/// `tagged.is_any(k, words!["who", "which"])`. Hashed at compile time, so
/// a test costs one integer comparison per word.
macro_rules! words {
    ($($w:expr),* $(,)?) => {
        &const { $crate::token::keys([$($w),*]) }
    };
}
pub(crate) use words;

/// The Unicode block of General Punctuation, which holds no cased character.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// The hash of a word folded to lowercase with typographic apostrophes
/// made straight: the key by which tokens meet word lists. Two different
/// words share a key with odds of about one in 2^64 per pair.
pub(crate) fn fold_hash(word: &str) -> u64 {
    // ASCII, nearly every word, is folded a byte at a time without decoding.
    if word.is_ascii() {
        let bytes = word.bytes().map(|b| b.to_ascii_lowercase());
        return bytes.fold(Fold::new(), Fold::byte).finish();
    }
    word.chars().fold(Fold::new(), Fold::char).finish()
}

/// A hasher for keys that are already hashes ([`fold_hash`]); other keys
/// (short strings, offsets) it hashes in FNV-1a's manner, a word at a time,
/// several times cheaper than the default SipHash on keys of a few bytes.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a step, then the rest one by one.
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap_or_default());
            self.0 = (self.0 ^ w).wrapping_mul(0x0100_0000_01b3);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_usize(&mut self, n: usize) {
        // One step for the whole offset, not one per byte.
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x0100_0000_01b3);
    }
}

/// Things that bear words: what they read is no one's speech.
#[rustfmt::skip]
const INSCRIBED: &[u64] = words![
    "sign", "signs", "shirt", "shirts", "t-shirt", "t-shirts", "banner", "banners", "placard",
    "placards", "poster", "posters", "hat", "hats", "cap", "caps", "sticker", "stickers",
    "button", "buttons", "billboard", "billboards", "badge", "badges", "mug", "mugs",
];

/// Whether the quotation opening at token `i` is a name given to something,
/// nobody's words: after "titled", "entitled", "headlined", "nicknamed" or
/// "known as"; after "called", "named" or "dubbed" following a copula ("the
/// plan is called '…'", but not "was called '…' by Cruz") or a singular
/// noun after a determiner ("a group called '…'"). After a subject, naming
/// is a claim: "what critics called 'a disaster'", "which Trump dubbed 'a
/// witch hunt'".
pub(crate) fn names_something(text: &str, tokens: &[Token], i: usize) -> bool {
    let key = |k: usize| tokens.get(k).map(|t| t.key);
    let is_any =
        |k: Option<usize>, words: &[u64]| k.and_then(key).is_some_and(|key| words.contains(&key));
    let before = |n: usize| i.checked_sub(n);
    // "known as", "known locally as": the word at `n` back, or the one
    // before it.
    let known_before = |n: usize| {
        is_any(before(n), words!["known"])
            || is_any(before(n + 1), words!["known"])
                && before(n)
                    .and_then(|k| tokens.get(k))
                    .is_some_and(|t| t.kind() == Kind::Word)
    };
    // ("emails marked 'confidential'": a label given, no one's words; a
    // "so-called" term inside a claim may be the source's.)
    if is_any(
        before(1),
        words![
            "titled",
            "entitled",
            "headlined",
            "nicknamed",
            "marked",
            "labelled",
            "labeled",
            "stamped"
        ],
    ) || is_any(before(1), words!["as"])
        && (known_before(2) || referred_to_as(tokens, i))
        // ("known then as the "Eton of the valleys"".)
        || is_any(before(1), words!["the"]) && is_any(before(2), words!["as"]) && known_before(3)
    {
        return true;
    }
    // ("under the slogan ''Axe the tax''", "credited with developing
    // "total football"", "coined the phrase": a motto or a notion named,
    // whoever first said it.)
    if is_any(
        before(1),
        words![
            "slogan",
            "motto",
            "tagline",
            "catchphrase",
            "hashtag",
            "coined",
            "pioneered",
            "popularised",
            "popularized",
            "developing",
            "introduced",
            "invented"
        ],
    ) {
        return true;
    }
    // ("shirts that read “Settle for Hillary”", "a sign reading '…'": the
    // words a thing bears, not a speaker's; a statement's are its own.)
    if is_any(before(1), words!["read", "reads", "reading"])
        && (is_any(before(2), words!["that", "which"]) || is_any(before(2), INSCRIBED))
    {
        return true;
    }
    // ("the tax loophole called an "inversion"": an article between.)
    let article = is_any(before(1), words!["a", "an"]);
    let before = |n: usize| i.checked_sub(n + usize::from(article));
    if !is_any(before(1), words!["called", "named", "dubbed"]) {
        return false;
    }
    if is_any(
        before(2),
        words!["is", "was", "are", "were", "be", "been", "being"],
    ) {
        // "He was called 'a liar' by Cruz": a passive claim, Cruz's words.
        const BY: u64 = keys(["by"])[0];
        let by_after = (i + 1..tokens.len().min(i + 19))
            .any(|k| tokens[k].key == BY && tokens[k - 1].kind == Kind::Quote);
        return !by_after;
    }
    // "a new group called", "a work in progress called": a singular common
    // noun, a determiner at most three words before it.
    let Some(noun) = before(2).and_then(|k| tokens.get(k).map(|t| (k, t))) else {
        return false;
    };
    // ("progress", "status", "analysis" are singular too.)
    let word = noun.1.span().slice(text);
    let singular = !word.ends_with('s')
        || word.ends_with("ss")
        || word.ends_with("us")
        || word.ends_with("is");
    noun.1.is_word()
        && noun.1.lowercase
        && singular
        && !is_any(
            Some(noun.0),
            words!["he", "she", "it", "who", "which", "that", "i", "we", "you", "they"],
        )
        && [1, 2, 3].iter().any(|&d| {
            is_any(
                noun.0.checked_sub(d),
                words!["a", "an", "the", "this", "its", "his", "her", "their", "our"],
            )
        })
}

/// Whether "as" before the quotation opening at token `i` ends a passive
/// "referred to ... as" ("Referred to in the Netherlands as "the
/// General"", "is often referred to as"): a name given, no referrer's
/// words ("he referred to her as" reports his). Up to eight words back.
fn referred_to_as(tokens: &[Token], i: usize) -> bool {
    const PASSIVE: &[u64] = words![
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "often",
        "commonly",
        "widely",
        "sometimes"
    ];
    let key = |k: usize| tokens.get(k).map(|t| t.key);
    let is = |k: Option<usize>, words: &[u64]| k.and_then(key).is_some_and(|w| words.contains(&w));
    (3..8).filter_map(|n| i.checked_sub(n)).any(|r| {
        is(Some(r), words!["referred"])
            && is(Some(r + 1), words!["to"])
            && (tokens[r].capitalized || is(r.checked_sub(1), PASSIVE))
    })
}

/// Tokens of one text with their lexicon hits and quotation mask: what the
/// cue, source and resolution stages read.
pub(crate) struct Tagged<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    hits: Vec<crate::lexicon::Hit>,
    /// Per token, whether it lies inside a top-level quotation (marks included).
    pub quoted: Vec<bool>,
    /// Per token, the lists of the entries that end there.
    ending: Vec<crate::lexicon::Lists>,
    /// Per token, the lists of the entries that start there: most tokens
    /// start none, and a test of a list there is then one bit test.
    starting: Vec<crate::lexicon::Lists>,
}

/// The per-token vectors of a [`Tagged`] once it is done with, kept to be
/// filled again for the next text instead of allocated anew.
#[derive(Debug, Default)]
pub(crate) struct Spare {
    quoted: Vec<bool>,
    /// Both empty of lists throughout (see [`Tagged::into_parts`]).
    ending: Vec<crate::lexicon::Lists>,
    starting: Vec<crate::lexicon::Lists>,
}

/// `v`, every element `value` already, made `len` long: only room past its
/// old length is written, where refilling wrote it all.
fn regrow<T: Copy + PartialEq>(mut v: Vec<T>, len: usize, value: T) -> Vec<T> {
    debug_assert!(v.iter().all(|x| *x == value));
    v.resize(len, value);
    v
}

/// `v` cleared and filled with `len` copies of `value`, in its own memory.
fn refill<T: Copy>(mut v: Vec<T>, len: usize, value: T) -> Vec<T> {
    v.clear();
    v.resize(len, value);
    v
}

impl<'t> Tagged<'t> {
    /// The tags of `tokens`, in the vectors of `spare`.
    pub fn new(
        text: &'t str,
        mut tokens: Vec<Token>,
        hits: Vec<crate::lexicon::Hit>,
        quotations: &[crate::quote::Quotation],
        spare: Spare,
    ) -> Tagged<'t> {
        // Each token notes the first hit starting there ([`NO_HIT`], as
        // made, if none).
        let lists = crate::lexicon::Lists::default();
        let mut ending = regrow(spare.ending, tokens.len(), lists);
        let mut starting = regrow(spare.starting, tokens.len(), lists);
        for (i, h) in hits.iter().enumerate().rev() {
            if let Some(t) = tokens.get_mut(h.first) {
                t.hit = i as u32;
            }
            if let Some(s) = starting.get_mut(h.first) {
                *s = s.union(h.lists);
            }
            if let Some(e) = ending.get_mut(h.last) {
                *e = e.union(h.lists);
            }
        }
        let mut quoted = refill(spare.quoted, tokens.len(), false);
        // Quotations come in the order of their opening marks: each search
        // starts from the last one's first token.
        let mut from = 0;
        for q in quotations.iter().filter(|q| !q.nested) {
            let i = first_at_or_after_from(&tokens, from, q.span.start);
            from = i;
            // The tokens starting inside, found by a gallop and marked at once.
            let end = first_at_or_after_from(&tokens, i, q.span.end).max(i);
            // so-called "graphic equalisers": a term, no one's words; so is
            // a name given to something ("a strategy titled '…'").
            const SO_CALLED: u64 = keys(["so-called"])[0];
            let so_called = i > 0 && tokens[i - 1].key == SO_CALLED && end - i <= 8;
            if so_called || (end - i <= 16 && names_something(text, &tokens, i)) {
                continue;
            }
            quoted[i..end].fill(true);
        }
        Tagged {
            text,
            tokens,
            hits,
            quoted,
            ending,
            starting,
        }
    }

    /// Gives back the tokens, the hits and the other vectors, for the next text.
    pub fn into_parts(self) -> (Vec<Token>, Vec<crate::lexicon::Hit>, Spare) {
        // The lists are emptied where the hits set them, a few tokens in
        // seven, so that the next text need not clear them all.
        let (mut ending, mut starting) = (self.ending, self.starting);
        for h in &self.hits {
            if let Some(s) = starting.get_mut(h.first) {
                *s = crate::lexicon::Lists::default();
            }
            if let Some(e) = ending.get_mut(h.last) {
                *e = crate::lexicon::Lists::default();
            }
        }
        let spare = Spare {
            quoted: self.quoted,
            ending,
            starting,
        };
        (self.tokens, self.hits, spare)
    }

    // The look-ups below are small and called from every stage, each in a
    // codegen unit of its own: `#[inline]` lets them be inlined there, where
    // most calls end after a bit test or two (about 4% of the audit's
    // instructions went to calling them).

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span().slice(self.text))
    }

    /// The bytes of token `i` (none when there is no such token): tests of
    /// a word's length or ends need not check, as a `&str` slice does, that
    /// the span falls between characters.
    #[inline]
    pub fn bytes(&self, i: usize) -> &'t [u8] {
        let text = self.text.as_bytes();
        self.tokens
            .get(i)
            .and_then(|t| text.get(t.span().start..t.span().end))
            .unwrap_or_default()
    }

    /// Whether token `i` is a word equal to `w`, ignoring ASCII case.
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        // Words of another length differ: most tokens are told apart by
        // their span, without reading the text.
        // (A token ends past its start: no saturating length is needed.)
        let same_len = self
            .tokens
            .get(i)
            .is_some_and(|t| t.span().end == t.span().start + w.len());
        same_len && self.word(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is among `keys` (a [`words!`] list), ignoring case.
    #[inline]
    #[allow(clippy::manual_contains)] // `contains` is a call here; the loop is inlined.
    pub fn is_any(&self, i: usize, keys: &[u64]) -> bool {
        // (A loop the compiler unrolls in place; `contains` is a call.)
        self.tokens
            .get(i)
            .is_some_and(|t| keys.iter().any(|&k| k == t.key))
    }

    /// Whether token `i` is an adverb in "-ly" ("repeatedly", "openly"), by
    /// its shape: lowercase, five letters or more, and not one of the nouns
    /// so spelt ("family", "ally", "assembly").
    pub fn is_ly_adverb(&self, i: usize) -> bool {
        static NOUNS: WordSet<64> = word_set![
            "family",
            "ally",
            "assembly",
            "supply",
            "rally",
            "monopoly",
            "anomaly",
            "bully",
            "belly",
            "folly",
            "homily",
            "jelly",
            "melancholy",
            "panoply",
            "reply",
            "italy",
            "july",
            "firefly",
            "butterfly",
            "assembly",
            "tally",
            "dolly",
            "holly",
            "lily",
            // "the influential US daily wrote": a newspaper.
            "daily",
            "weekly",
        ];
        let w = self.bytes(i);
        w.len() > 4
            && w.ends_with(b"ly")
            && self.tokens.get(i).is_some_and(|t| t.lowercase())
            && !self.in_set(i, &NOUNS)
    }

    /// Whether token `i`, lowercased, is in `set` (built with [`word_set!`]).
    pub fn in_set<const SLOTS: usize>(&self, i: usize, set: &WordSet<SLOTS>) -> bool {
        self.tokens.get(i).is_some_and(|t| set.contains(t.key))
    }

    /// Hits starting at token `i`, longest first.
    #[inline]
    pub fn hits_at(&self, i: usize) -> &[crate::lexicon::Hit] {
        let Some(t) = self.tokens.get(i) else {
            return &[];
        };
        let from = t.hit as usize;
        let Some(rest) = self.hits.get(from..) else {
            return &[];
        };
        let len = rest.iter().take_while(|h| h.first == i).count();
        &rest[..len]
    }

    /// The lists of the entries ending at token `i` ("press secretary" at
    /// "secretary").
    #[inline]
    pub fn lists_ending_at(&self, i: usize) -> crate::lexicon::Lists {
        self.ending.get(i).copied().unwrap_or_default()
    }

    /// The lists of the entries starting at token `i`.
    #[inline]
    pub fn lists_starting_at(&self, i: usize) -> crate::lexicon::Lists {
        self.starting.get(i).copied().unwrap_or_default()
    }

    /// Per token, the lists of the entries starting there, for scans that
    /// read every token's.
    pub fn lists_starting(&self) -> &[crate::lexicon::Lists] {
        &self.starting
    }

    /// Every hit, by first token, longest first.
    pub fn hits(&self) -> &[crate::lexicon::Hit] {
        &self.hits
    }

    /// The last token of the longest entry of `list` starting at token `i`.
    #[inline]
    pub fn entry_at(&self, i: usize, list: crate::lexicon::List) -> Option<usize> {
        if !self.lists_starting_at(i).has(list) {
            return None;
        }
        self.hits_at(i)
            .iter()
            .find(|h| h.lists.has(list))
            .map(|h| h.last)
    }

    /// Whether an entry of `list` ends at token `i` (starting up to three tokens before).
    #[inline]
    pub fn entry_ending_at(&self, i: usize, list: crate::lexicon::List) -> bool {
        if !self.lists_ending_at(i).has(list) {
            return false;
        }
        (i.saturating_sub(3)..=i).any(|s| {
            self.hits_at(s)
                .iter()
                .any(|h| h.last == i && h.lists.has(list))
        })
    }

    /// Whether token `i` alone is an entry of any of `lists`: what
    /// [`Tagged::word_in`] tells of each, told at once (a one-word hit's lists
    /// both start and end at its token).
    #[inline]
    pub fn word_in_any(&self, i: usize, lists: crate::lexicon::Lists) -> bool {
        let (starting, ending) = (self.lists_starting_at(i), self.lists_ending_at(i));
        if !starting.any_of(lists) || !ending.any_of(lists) {
            return false;
        }
        self.hits_at(i)
            .iter()
            .any(|h| h.last == i && h.lists.any_of(lists))
    }

    /// Whether token `i` alone is an entry of `list`.
    #[inline]
    pub fn word_in(&self, i: usize, list: crate::lexicon::List) -> bool {
        if !self.lists_starting_at(i).has(list) || !self.lists_ending_at(i).has(list) {
            return false;
        }
        self.hits_at(i)
            .iter()
            .any(|h| h.last == i && h.lists.has(list))
    }
}

#[cfg(test)]
mod tests {

    /// Keys crafted to share their low bits (all of one bucket in a plain
    /// table) spread over the buckets of a text map.
    #[test]
    fn text_maps_spread_keys_that_share_their_low_bits() {
        use std::hash::BuildHasher;
        let seeded = Seeded::default();
        let buckets: std::collections::BTreeSet<u64> = (0..1000u64)
            .map(|i| seeded.hash_one(i << 16) & 0xff)
            .collect();
        assert!(buckets.len() > 200, "{} buckets", buckets.len());
        // The same process hashes the same key alike.
        assert_eq!(seeded.hash_one(42u64), Seeded::default().hash_one(42u64));
    }

    #[test]
    fn word_sets_hold_their_words_and_no_others() {
        static SET: WordSet<16> = word_set!["who", "which", "it's", "who"];
        for w in ["who", "WHICH", "it’s", "It's"] {
            assert!(SET.contains(fold_hash(w)), "{w}");
        }
        for w in ["whom", "its", "", "what"] {
            assert!(!SET.contains(fold_hash(w)), "{w}");
        }
        assert!(!SET.contains(0));
        // Keys crowded into one home slot are all found, and a miss there
        // still ends.
        let crowded: [u64; 8] = std::array::from_fn(|i| (i as u64 + 1) | 0xf << 60);
        let set = WordSet::<16>::new(&crowded);
        assert!(crowded.iter().all(|&k| set.contains(k)));
        assert!(!set.contains(0xf << 60 | 99));
    }

    /// The filter passes every key of a set and turns most others away
    /// (256 keys set at most a quarter of its 1,024 bits).
    #[test]
    fn a_word_sets_filter_passes_its_keys_and_turns_most_others_away() {
        let keys: Vec<u64> = (1..=256u64)
            .map(|i| i.wrapping_mul(0x2545_f491_4f6c_dd1d))
            .collect();
        let set = WordSet::<1024>::new(&keys);
        assert!(keys.iter().all(|&k| set.may_hold(WordSet::<1024>::mix(k))));
        assert!(keys.iter().all(|&k| set.contains(k)));
        let others = (1u64..=10_000).map(|i| i.wrapping_mul(0x9e37_79b9) ^ 0x5555);
        let (mut passed, mut found) = (0, 0);
        for k in others.filter(|k| !keys.contains(k)) {
            passed += usize::from(set.may_hold(WordSet::<1024>::mix(k)));
            found += usize::from(set.contains(k));
        }
        assert!(passed <= 2_600, "{passed} of 10,000 passed");
        assert_eq!(found, 0);
    }

    #[test]
    fn general_punctuation_has_no_case() {
        for c in GENERAL_PUNCTUATION {
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
    }

    #[test]
    fn a_union_of_word_lists_holds_the_words_of_each() {
        static SET: WordSet<32> =
            WordSet::union(&[words!["afraid", "wary"], words!["many", "wary"], &[]]);
        for w in ["Afraid", "wary", "MANY"] {
            assert!(SET.contains(fold_hash(w)), "{w}");
        }
        for w in ["few", "afrai", ""] {
            assert!(!SET.contains(fold_hash(w)), "{w}");
        }
    }

    #[test]
    fn compile_time_keys_are_fold_hashes() {
        assert_eq!(
            keys(["Who", "it's", "SAID"]),
            [fold_hash("who"), fold_hash("it’s"), fold_hash("said")]
        );
    }
    #[test]
    fn a_run_of_full_stops_is_one_ellipsis() {
        let t = tokenize("Wait... what. Yes.....");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind()).collect();
        assert_eq!(
            kinds,
            [
                Kind::Word,
                Kind::Break,
                Kind::Word,
                Kind::Period,
                Kind::Word,
                Kind::Break
            ]
        );
        assert_eq!(t[5].span().len(), 5);
        assert_eq!(t[1].key(), fold_hash("..."));
        let t = tokenize("So . . . we left. Then . . .");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind()).collect();
        assert_eq!(
            kinds,
            [
                Kind::Word,
                Kind::Break,
                Kind::Word,
                Kind::Word,
                Kind::Period,
                Kind::Word,
                Kind::Break
            ]
        );
    }

    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| t.span().slice(text))
            .collect()
    }

    #[test]
    fn inner_apostrophes_hyphens_and_dots_join_words() {
        assert_eq!(
            words("Don't ask R-KY about the U.S. now—ok?"),
            ["Don't", "ask", "R-KY", "about", "the", "U.S", ".", "now", "—", "ok", "?"]
        );
    }

    #[test]
    fn quotes_are_tokens_of_their_own() {
        let t = tokenize("“Yes,” she said 'no'");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Quote,
                Kind::Word,
                Kind::Comma,
                Kind::Quote,
                Kind::Word,
                Kind::Word,
                Kind::Quote,
                Kind::Word,
                Kind::Quote
            ]
        );
    }

    #[test]
    fn a_spaced_hyphen_is_a_dash_and_a_joining_one_no_token() {
        let t = tokenize("Hill - a chief - said well-known -5 x- y");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Word,
                Kind::Dash,
                Kind::Word,
                Kind::Word,
                Kind::Dash,
                Kind::Word,
                Kind::Word,
                Kind::Other,
                Kind::Word,
                Kind::Word,
                Kind::Other,
                Kind::Word
            ]
        );
    }

    #[test]
    fn a_comma_between_thousands_is_part_of_the_number() {
        let text = "won £30,000 and 1,250,000 votes in 2003, 2004 and 1,2 or 12,3456";
        let words: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.span().slice(text))
            .collect();
        assert_eq!(
            words,
            [
                "won",
                "30,000",
                "and",
                "1,250,000",
                "votes",
                "in",
                "2003",
                "2004",
                "and",
                "1",
                "2",
                "or",
                "12",
                "3456"
            ]
        );
        assert!(
            is_numeral(b"30,000") && is_numeral(b"7") && !is_numeral(b",5") && !is_numeral(b"")
        );
    }

    /// The tokenizer as first written, character by character, hashing
    /// each token's text afterwards: the fast one must agree with it.
    fn reference(text: &str, span: Span) -> Vec<Token> {
        fn is_joiner(c: char) -> bool {
            matches!(c, '\'' | '’' | '-' | '‐' | '‑' | '.' | '&')
        }
        let mut tokens = Vec::new();
        let Some(text) = text.get(..span.end) else {
            return tokens;
        };
        let alnum_at = |i: usize| text[i..].chars().next().is_some_and(char::is_alphanumeric);
        let mut at = span.start;
        while let Some(c) = text[at..].chars().next() {
            let start = at;
            at += c.len_utf8();
            if c.is_whitespace() || is_invisible(c) {
                continue;
            }
            let mut t = Token::new(start, at, Kind::Other, 0);
            if c.is_alphanumeric() {
                while let Some(c) = text[at..].chars().next() {
                    if c.is_alphanumeric()
                        || is_combining_mark(c)
                        || ((is_joiner(c) || is_mojibake_debris(c)) && alnum_at(at + c.len_utf8()))
                        || (c == ',' && thousands_comma(text.as_bytes(), at))
                    {
                        at += c.len_utf8();
                    } else {
                        break;
                    }
                }
                t.kind = Kind::Word;
                t.capitalized = c.is_uppercase();
                t.lowercase = c.is_lowercase();
            } else {
                t.kind = match c {
                    ',' => Kind::Comma,
                    '.' if text[at..span.end].starts_with('.')
                        || text[at..span.end].starts_with(" .") =>
                    {
                        let rest = |at: usize| &text[at..span.end];
                        while rest(at).starts_with('.') || rest(at).starts_with(" .") {
                            at += if rest(at).starts_with('.') { 1 } else { 2 };
                        }
                        Kind::Break
                    }
                    '.' => Kind::Period,
                    ':' => Kind::Colon,
                    ';' | '?' | '!' | '…' => Kind::Break,
                    '—' | '―' | '–' => Kind::Dash,
                    '-' if text[at..].starts_with('-') => {
                        at += 1;
                        Kind::Dash
                    }
                    '-' if text[..start].ends_with(|c: char| c.is_ascii_whitespace())
                        && text[at..span.end].starts_with(|c: char| c.is_ascii_whitespace()) =>
                    {
                        Kind::Dash
                    }
                    '(' | '[' => Kind::Open,
                    ')' | ']' => Kind::Close,
                    '\'' | '`' if text[at..span.end].starts_with(c) => {
                        at += 1;
                        Kind::Quote
                    }
                    c if is_quote_char(c) => Kind::Quote,
                    _ => Kind::Other,
                };
            }
            (t.start, t.end) = (start as u32, at as u32);
            t.key = fold_hash(&text[start..at]);
            tokens.push(t);
        }
        tokens
    }

    #[test]
    fn ascii_classes_agree_with_char() {
        for b in 0..128u8 {
            let c = char::from(b);
            let want = if c.is_whitespace() {
                SPACE
            } else if c.is_alphanumeric() {
                ALNUM
            } else {
                PUNCT
            };
            assert_eq!(CLASS[usize::from(b)], want, "{b:#x}");
        }
    }

    #[test]
    fn tokens_agree_with_the_reference_on_tricky_text() {
        let text = "İSTANBUL — O’Brien's co‐op R‑KY: “Yes”… --x ẞtraße ǅemal 3.5% a.b. \
                    \u{a0}tab\there\r\nend-- ‘’ « » x’ ’y ’90s ᾈ ΣΑΣ \
                    Internationalization ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \
                    counter-revolutionary O’Neill-Smithsonian's naïveté12345678 \
                    Sarukha\u{303}\u{83}A\u{302}\u{a1}n Jose\u{301} x\u{301} \u{301}y a\u{a1} A¹¹a0 \
                    Lee - a chief -said -5 - \t-\n £30,000 1,2345 9,99 7,000, ''so,'' ``x'' ;";
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let mut got = Vec::new();
                tokenize_into(text, Span::new(start, end), &mut got);
                assert_eq!(
                    got,
                    reference(text, Span::new(start, end)),
                    "{start}..{end}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_agree_with_the_reference(
            text in r"(\PC|[ .,’'\-‐‑&“”—…İẞ\n])*",
            cut in 0usize..64,
        ) {
            let mut end = text.len().saturating_sub(cut);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let mut start = cut.min(end);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let span = Span::new(start, end);
            let mut got = Vec::new();
            tokenize_into(&text, span, &mut got);
            proptest::prop_assert_eq!(got, reference(&text, span));
        }

    }

    proptest::proptest! {
        /// Words of ASCII letters and digits, the tokenizer's eight-byte
        /// path, of every length and with joiners at every place.
        #[test]
        fn ascii_words_agree_with_the_reference(
            text in r"([A-Za-z0-9]{1,19}[ .,'’\-&éß]{0,2}){0,30}",
        ) {
            let span = Span::new(0, text.len());
            let mut got = Vec::new();
            tokenize_into(&text, span, &mut got);
            proptest::prop_assert_eq!(got, reference(&text, span));
        }
    }

    #[test]
    fn alnum_run_counts_the_leading_ascii_letters_and_digits() {
        for b in 0..=255u8 {
            for place in 0..8 {
                let mut bytes = *b"aZ09zA9a";
                bytes[place] = b;
                let want = if b.is_ascii_alphanumeric() { 8 } else { place };
                assert_eq!(
                    alnum_run(u64::from_le_bytes(bytes)),
                    want,
                    "{b:#x} at {place}"
                );
            }
        }
    }

    #[test]
    fn fold_hashes_tell_trailing_zero_bytes_and_lengths_apart() {
        let words = [
            "",
            "\0",
            "\0\0",
            "a",
            "a\0",
            "abcdefg",
            "abcdefg\0",
            "abcdefgh",
            "abcdefgh\0",
        ];
        let keys: std::collections::HashSet<u64> = words.iter().map(|w| fold_hash(w)).collect();
        assert_eq!(keys.len(), words.len());
        // Eight bytes at once or one by one, the same hash.
        let v = u64::from_le_bytes(*b"PresiDen");
        let whole = Fold::new().byte(b'x').ascii_run(v, 8).finish();
        assert_eq!(whole, fold_hash("xpresiden"));
        assert_eq!(Fold::new().ascii_run(v, 3).finish(), fold_hash("pre"));
    }

    /// Words [`short_word`] takes or leaves, the bytes after them deciding.
    #[test]
    fn short_words_end_where_words_do() {
        let cases: [(&str, Option<&str>); 16] = [
            ("said it all", Some("said")),
            ("Trump, who", Some("Trump")),
            ("end.) ok", Some("end")),
            ("end. Then", Some("end")),
            ("U.S. aid", None),
            ("don't go", None),
            ("1,250,000", None),
            ("12, and more", Some("12")),
            ("R-KY) ok", None),
            ("Presidents said it", Some("Presidents")),
            ("Presidentially sure", Some("Presidentially")),
            ("Administration, and", Some("Administration")),
            ("Administrations, and", None),
            ("Administrationsx and", None),
            ("café au", None),
            // Fewer than eight bytes left: [`word`] scans them.
            ("said", None),
        ];
        for (text, want) in cases {
            let got = short_word(text.as_bytes(), 0);
            assert_eq!(got.map(|(end, _)| &text[..end]), want, "{text}");
            if let Some((end, key)) = got {
                assert_eq!((end, key), word(text, 0, Fold::new()), "{text}");
            }
        }
    }

    proptest::proptest! {
        /// ASCII words folded byte by byte hash as folded character by character.
        #[test]
        fn ascii_fold_hashes_are_char_fold_hashes(word in "[ -~]{0,24}") {
            let by_char = word.chars().fold(Fold::new(), Fold::char).finish();
            proptest::prop_assert_eq!(fold_hash(&word), by_char);
        }
    }

    proptest::proptest! {
        /// Where [`short_word`] answers, [`word`] gives the same end and key.
        #[test]
        fn short_word_agrees_with_word(
            text in "[a-zA-Z0-9 ,.'&()\\-:;é’]{1,24}",
        ) {
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                if let Some(got) = short_word(text.as_bytes(), at) {
                    proptest::prop_assert_eq!(got, word(&text, at, Fold::new()), "{:?} at {}", text, at);
                }
            }
        }
    }

    proptest::proptest! {
        // Long inputs (past the binary-search cut-off): fewer cases.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

        #[test]
        fn first_at_or_after_is_a_binary_search(
            gaps in proptest::collection::vec(
                proptest::prop_oneof![1usize..3, 1usize..100, 1000usize..100_000],
                0..6_000,
            ),
            probes in proptest::collection::vec(0usize..1_000_000_000, 1..50),
        ) {
            let mut at = 0;
            let tokens: Vec<Token> = gaps
                .iter()
                .map(|g| {
                    at += g;
                    Token::new(at, at + 1, Kind::Word, 0)
                })
                .collect();
            let mut offsets = probes;
            offsets.extend(
                tokens
                    .iter()
                    .step_by(37)
                    .flat_map(|t| [t.span().start - 1, t.span().start, t.span().end]),
            );
            for offset in offsets {
                let want = tokens.partition_point(|t| t.span().start < offset);
                proptest::prop_assert_eq!(first_at_or_after(&tokens, offset), want);
                // From any start, before the answer or past it.
                for from in [0, want / 2, want.saturating_sub(1), want, want + 1, tokens.len()] {
                    proptest::prop_assert_eq!(first_at_or_after_from(&tokens, from, offset), want);
                }
            }
        }
    }
}
