//! Words and punctuation with their byte spans: the unit the attribution
//! stages reason over. One linear pass over the text, no allocation per token.

use crate::model::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
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
    /// `;` `?` `!` `…` `...` and other clause breaks
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

impl Kind {
    const ALL: [Kind; 10] = [
        Kind::Word,
        Kind::Comma,
        Kind::Period,
        Kind::Colon,
        Kind::Break,
        Kind::Dash,
        Kind::Open,
        Kind::Close,
        Kind::Quote,
        Kind::Other,
    ];
}

/// One token of the text, in 16 bytes: its span as 32-bit offsets, and one
/// word holding its [`fold_hash`] key (whose low byte is always zero), its
/// kind and its case. Small tokens keep huge inputs in cache; the offsets
/// limit tokens to the first 4 GiB of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    packed: u64,
}

const CAPITALIZED: u64 = 0x10;
const LOWERCASE: u64 = 0x20;

impl Token {
    /// A token over `span` (which must end within 4 GiB).
    fn new(span: Span, kind: Kind, capitalized: bool, lowercase: bool, key: u64) -> Token {
        let flags = (kind as u64)
            | if capitalized { CAPITALIZED } else { 0 }
            | if lowercase { LOWERCASE } else { 0 };
        Token {
            start: span.start as u32,
            end: span.end as u32,
            packed: key | flags,
        }
    }

    /// Its byte span in the text.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    pub fn kind(&self) -> Kind {
        Kind::ALL[(self.packed & 0x0F) as usize % Kind::ALL.len()]
    }

    /// Word starting with an uppercase letter.
    pub fn capitalized(&self) -> bool {
        self.packed & CAPITALIZED != 0
    }

    /// Word starting with a lowercase letter.
    pub fn lowercase(&self) -> bool {
        self.packed & LOWERCASE != 0
    }

    /// [`fold_hash`] of the token's text: word lists are looked up by it.
    pub fn key(&self) -> u64 {
        self.packed & !0xFF
    }

    pub fn is_word(&self) -> bool {
        self.kind() == Kind::Word
    }
}

/// Quotation marks and apostrophes, straight and typographic.
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '‚' | '«' | '»' | '‹' | '›' | '‟' | '‛'
    )
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '‑' | '.' | '&')
}

/// Splits `text` into tokens. Whitespace separates and is dropped.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, Span::new(0, text.len()), &mut tokens);
    tokens
}

/// Appends the tokens of `text[span]` (offsets stay those of `text`).
pub(crate) fn tokenize_into(text: &str, span: Span, tokens: &mut Vec<Token>) {
    tokenize_below(text, span, tokens, MAX_OFFSET);
}

/// The largest offset a token may end at.
pub(crate) const MAX_OFFSET: usize = u32::MAX as usize;

/// [`tokenize_into`], making no token that ends past `max` (for tests of
/// the 4 GiB limit on small texts).
pub(crate) fn tokenize_below(text: &str, span: Span, tokens: &mut Vec<Token>, max: usize) {
    let Some(part) = text.get(..span.end) else {
        return;
    };
    let bytes = part.as_bytes();
    let mut at = span.start;
    let text = part;
    // Token offsets are 32-bit: text past 4 GiB gets no tokens (its
    // sentences are still found, and labelled unattributed).
    let limit = bytes.len().min(max).min(MAX_OFFSET);
    while at < limit {
        let b = bytes[at];
        // ASCII is decided on the byte; anything else is decoded.
        let c = if b.is_ascii() {
            b as char
        } else {
            match text[at..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            at = word_end(text, at);
            if at > limit {
                break;
            }
            tokens.push(Token::new(
                Span::new(start, at),
                Kind::Word,
                c.is_uppercase(),
                c.is_lowercase(),
                fold_hash(&text[start..at]),
            ));
            continue;
        }
        let kind = match c {
            ',' => Kind::Comma,
            // A run of full stops is one ellipsis, like "…", and so is the
            // spaced one (". . .").
            '.' if bytes.get(at) == Some(&b'.')
                || (bytes.get(at) == Some(&b' ') && bytes.get(at + 1) == Some(&b'.')) =>
            {
                loop {
                    if bytes.get(at) == Some(&b'.') {
                        at += 1;
                    } else if bytes.get(at) == Some(&b' ') && bytes.get(at + 1) == Some(&b'.') {
                        at += 2;
                    } else {
                        break;
                    }
                }
                Kind::Break
            }
            '.' => Kind::Period,
            ':' => Kind::Colon,
            ';' | '?' | '!' | '…' => Kind::Break,
            '—' | '―' | '–' => Kind::Dash,
            '-' if bytes.get(at) == Some(&b'-') => {
                at += 1;
                Kind::Dash
            }
            '(' | '[' => Kind::Open,
            ')' | ']' => Kind::Close,
            c if is_quote_char(c) => Kind::Quote,
            _ => Kind::Other,
        };
        if at > limit {
            break;
        }
        tokens.push(Token::new(
            Span::new(start, at),
            kind,
            false,
            false,
            fold_hash(&text[start..at]),
        ));
    }
}

/// The end of the word whose first character ends at `at`: letters and
/// digits, and joiners standing between two of them.
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    let alnum_at = |i: usize| match bytes.get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[i..].chars().next().is_some_and(char::is_alphanumeric),
        None => false,
    };
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let Some(c) = (if b.is_ascii() {
            Some(b as char)
        } else {
            text[at..].chars().next()
        }) else {
            break;
        };
        if c.is_alphanumeric() || (is_joiner(c) && alnum_at(at + c.len_utf8())) {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// Index of the first token starting at or after `offset`.
pub(crate) fn first_at_or_after(tokens: &[Token], offset: usize) -> usize {
    tokens.partition_point(|t| t.span().start < offset)
}

/// A set of lowercase words, for [`Tagged::in_set`].
pub(crate) type WordSet = std::collections::HashSet<u64, std::hash::BuildHasherDefault<KeyHasher>>;

/// Builds a [`WordSet`] from a list of words.
pub(crate) fn word_set(words: &[&'static str]) -> WordSet {
    words.iter().map(|w| fold_hash(w)).collect()
}

/// FNV-1a of a word folded to lowercase with typographic apostrophes made
/// straight: the key by which tokens meet word lists. Two different words
/// share a key with odds of about one in 2^64 per pair.
pub(crate) fn fold_hash(word: &str) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    if word.is_ascii() {
        word.bytes().for_each(|b| eat(b.to_ascii_lowercase()));
    } else {
        let mut buf = [0u8; 4];
        for c in word.chars() {
            if c == '’' {
                eat(b'\'');
                continue;
            }
            for l in c.to_lowercase() {
                l.encode_utf8(&mut buf).bytes().for_each(&mut eat);
            }
        }
    }
    // The low byte is left for a token's kind and case.
    h & !0xFF
}

/// A hasher for keys that are already hashes ([`fold_hash`]).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        // Keys have a zero low byte (see `fold_hash`); the table takes its
        // bucket from the low bits and its tag from the top ones, so the high
        // half is folded into the low one.
        self.0 ^ (self.0 >> 32)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Tokens of one text with their lexicon hits and quotation mask: what the
/// cue, source and resolution stages read.
pub(crate) struct Tagged<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    hits: Vec<crate::lexicon::Hit>,
    /// Per token, the index of the first hit starting there (`hits.len()` if none).
    hit_at: Vec<u32>,
    /// Per token, whether it lies inside a top-level quotation (marks included).
    pub quoted: Vec<bool>,
}

impl<'t> Tagged<'t> {
    pub fn new(
        text: &'t str,
        tokens: Vec<Token>,
        hits: Vec<crate::lexicon::Hit>,
        quotations: &[crate::quote::Quotation],
    ) -> Tagged<'t> {
        let mut hit_at = vec![hits.len() as u32; tokens.len()];
        for (i, h) in hits.iter().enumerate().rev() {
            hit_at[h.first] = i as u32;
        }
        let mut quoted = vec![false; tokens.len()];
        for q in quotations.iter().filter(|q| !q.nested) {
            let mut i = first_at_or_after(&tokens, q.span.start);
            while i < tokens.len() && tokens[i].span().start < q.span.end {
                quoted[i] = true;
                i += 1;
            }
        }
        Tagged {
            text,
            tokens,
            hits,
            hit_at,
            quoted,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span().slice(self.text))
    }

    /// The bytes of token `i` (empty when there is no such token).
    #[inline]
    fn bytes(&self, i: usize) -> &'t [u8] {
        let text: &'t str = self.text;
        self.tokens
            .get(i)
            .and_then(|t| text.as_bytes().get(t.span().start..t.span().end))
            .unwrap_or_default()
    }

    /// Whether token `i` is a word equal to `w`, ignoring ASCII case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        let word = self.bytes(i);
        word.len() == w.len() && word.eq_ignore_ascii_case(w.as_bytes())
    }

    /// Whether token `i` is a word among `ws`, ignoring ASCII case.
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let word = self.bytes(i);
        ws.iter()
            .any(|w| word.len() == w.len() && word.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// Whether token `i`, lowercased, is in `set` (built with [`word_set`]).
    pub fn in_set(&self, i: usize, set: &WordSet) -> bool {
        self.tokens.get(i).is_some_and(|t| set.contains(&t.key()))
    }

    /// Hits starting at token `i`, longest first.
    pub fn hits_at(&self, i: usize) -> &[crate::lexicon::Hit] {
        let Some(&from) = self.hit_at.get(i) else {
            return &[];
        };
        let from = from as usize;
        let len = self.hits[from..]
            .iter()
            .take_while(|h| h.first == i)
            .count();
        &self.hits[from..from + len]
    }

    /// The last token of the longest entry of `list` starting at token `i`.
    pub fn entry_at(&self, i: usize, list: crate::lexicon::List) -> Option<usize> {
        self.hits_at(i)
            .iter()
            .find(|h| h.lists.has(list))
            .map(|h| h.last)
    }

    /// Whether an entry of `list` ends at token `i` (starting up to three tokens before).
    pub fn entry_ending_at(&self, i: usize, list: crate::lexicon::List) -> bool {
        (i.saturating_sub(3)..=i).any(|s| {
            self.hits_at(s)
                .iter()
                .any(|h| h.last == i && h.lists.has(list))
        })
    }

    /// Whether token `i` alone is an entry of `list`.
    pub fn word_in(&self, i: usize, list: crate::lexicon::List) -> bool {
        self.hits_at(i)
            .iter()
            .any(|h| h.last == i && h.lists.has(list))
    }
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn quotes_are_tokens_of_their_own() {
        let t = tokenize("“Yes,” she said 'no'");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind()).collect();
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
}
