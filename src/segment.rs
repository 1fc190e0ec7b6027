//! Sentences and paragraphs of news copy.
//!
//! The segmenter makes one pass over the bytes of the text. It stops only at
//! bytes that can end a sentence (`.`, `?`, `!`, a line break, and the lead
//! byte of `…`, bullets and the like) and decides there by looking at a few
//! bytes on either side: the word before a full stop, the closing quotation
//! marks and brackets after it, and the first word of what follows. Every look
//! is bounded, so the time is linear in the length of the text whatever it
//! holds.
//!
//! The rules, in short:
//!
//! * `?` and `!` (and runs of them) end a sentence unless a lowercase word
//!   follows (`“Why?” she asked.`).
//! * A full stop ends a sentence unless a lowercase word follows, or the word
//!   before it is an abbreviation: a title (`Mr.`, `Sen.`) never ends one
//!   before a name or number; another abbreviation (`U.S.`, `Inc.`, `a.m.`),
//!   an initial (`W.`) or an initialism (`Ph.D.`) ends one only before a common
//!   sentence starter (`The`, `He`, `Then`).
//! * Closing quotation marks and brackets right after the punctuation stay
//!   with the sentence they close.
//! * A full stop with no space after it ends a sentence only between a word
//!   and a capitalised word (`in 2016.The`), never inside `U.S.A`, `3.5`,
//!   `example.com` or an e-mail address or URL.
//! * Ellipses (`...`, `…`, `. . .`) end a sentence when four dots are used or
//!   a common sentence starter follows.
//! * A blank line always ends a sentence and starts a paragraph. A single line
//!   break ends a sentence (and starts a paragraph) unless the next line
//!   continues in lowercase or the line ends in a comma, a hyphen or a
//!   semicolon (a headline and its second deck); runs of very short lines
//!   are a list.
//! * Inline lists (`1. … 2. …`, `a) … b) …`, `• … • …`) are split before each
//!   item.
//! * News furniture: a headline in capitals that runs into its story on the
//!   same line (`DNC CHAIR RESIGNS After months ...`) ends before it; a
//!   dateline (`Friday, July 21, 2017`) that runs into the
//!   text, and a picture credit (`Image: …`, `Photo: …`) after a caption, are
//!   sentences of their own; a dash after a closing quotation mark
//!   (`"…game." - J. Doe`) continues the sentence.

mod abbreviation;

use crate::lexicon;
use crate::model::{Sentence, Span};
use crate::token::FastSet;
use abbreviation::{Abbreviations, Kind};

/// Splits text into sentences. Build once, use for many texts; it is cheap to
/// share between threads (`Send + Sync`).
#[derive(Clone, Debug)]
pub struct Segmenter {
    abbreviations: Abbreviations,
    starters: FastSet<String>,
}

/// Configures a [`Segmenter`]: starts from the default abbreviations and
/// sentence starters, which can be added to and removed from.
#[derive(Clone, Debug)]
pub struct SegmenterBuilder {
    abbreviations: Abbreviations,
    starters: FastSet<String>,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::builder().build()
    }
}

impl Segmenter {
    /// A segmenter with the default abbreviations.
    pub fn new() -> Segmenter {
        Segmenter::default()
    }

    /// A builder starting from the default abbreviations.
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder {
            abbreviations: Abbreviations::from_entries(lexicon::entries_of(lexicon::ABBREVIATIONS)),
            starters: abbreviation::default_starters(),
        }
    }

    /// The sentences of `text`, in order.
    ///
    /// The spans cover every non-whitespace byte of `text` exactly once, never
    /// start or end with whitespace, and only whitespace lies between them.
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        let mut scan = Scan {
            seg: self,
            text,
            b: text.as_bytes(),
            out: Vec::with_capacity(text.len() / 120 + 1),
            start: 0,
            paragraph: 0,
            new_paragraph: false,
            forced_cut: None,
        };
        scan.run();
        scan.out
    }

    /// The spans of the sentences of `text`, in order.
    pub fn sentence_spans(&self, text: &str) -> impl Iterator<Item = Span> {
        self.sentences(text).into_iter().map(|s| s.span)
    }

    /// The text of each sentence of `text`, in order.
    pub fn sentence_texts<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.sentences(text)
            .into_iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    /// Whether `word` (with or without its final full stop) is one of the
    /// segmenter's abbreviations.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        let word = word.strip_suffix('.').unwrap_or(word);
        self.abbreviations.lookup(word).is_some()
    }

    fn kind(&self, word: &str) -> Option<Kind> {
        self.abbreviations.lookup(word)
    }

    fn is_starter(&self, word: &str) -> bool {
        !word.is_empty() && self.starters.contains(word)
    }
}

impl SegmenterBuilder {
    /// Adds an abbreviation, written with its final full stop (`"Gov."`).
    ///
    /// Its full stop ends a sentence only when a common sentence starter
    /// follows (`"... at Acme Bros. The next day ..."`). An entry written with
    /// a capital first letter matches only capitalised words; one written in
    /// lowercase matches any case.
    pub fn add_abbreviation(&mut self, abbreviation: &str) -> &mut SegmenterBuilder {
        self.abbreviations.insert(abbreviation, Kind::General);
        self
    }

    /// Adds a title written before a name (`"Supt."`): its full stop never
    /// ends a sentence when a capitalised word or a number follows.
    pub fn add_title(&mut self, title: &str) -> &mut SegmenterBuilder {
        self.abbreviations.insert(title, Kind::Title);
        self
    }

    /// Adds an abbreviation that stays open only before a number (`"Art."` as
    /// in `Art. 5`).
    pub fn add_numeric_abbreviation(&mut self, abbreviation: &str) -> &mut SegmenterBuilder {
        self.abbreviations.insert(abbreviation, Kind::Numeric);
        self
    }

    /// Removes an abbreviation, so that its full stop may end a sentence.
    pub fn remove_abbreviation(&mut self, abbreviation: &str) -> &mut SegmenterBuilder {
        self.abbreviations.remove(abbreviation);
        self
    }

    /// Adds a capitalised word that, after an abbreviation, shows that a new
    /// sentence has begun (`"Officials"`).
    pub fn add_sentence_starter(&mut self, word: &str) -> &mut SegmenterBuilder {
        let word = word.trim();
        if !word.is_empty() {
            self.starters.insert(word.to_owned());
        }
        self
    }

    /// Removes a sentence starter.
    pub fn remove_sentence_starter(&mut self, word: &str) -> &mut SegmenterBuilder {
        self.starters.remove(word.trim());
        self
    }

    /// Builds the segmenter.
    pub fn build(&self) -> Segmenter {
        Segmenter {
            abbreviations: self.abbreviations.clone(),
            starters: self.starters.clone(),
        }
    }
}

/// Bytes at which the scanner stops to decide; 0xE2 is the lead byte of
/// `…`, `•`, `‣`, `⁃`, `‼`, `⁇`, `⁈`, `⁉`.
const STOPS: [u8; 6] = [b'.', b'?', b'!', b'\n', b':', 0xE2];

/// The first of [`STOPS`] in `b`. Out of line: inlined into the scan's
/// large loop, the chunk test went through memory for want of registers.
#[inline(never)]
fn next_stop(b: &[u8]) -> Option<usize> {
    crate::scan::find_any(b, STOPS)
}

/// How far back the word before a full stop is looked for, in bytes.
const MAX_TOKEN: usize = 64;
/// How far ahead the next inline list item is looked for, in bytes.
const LIST_WINDOW: usize = 400;
/// Longest line, in bytes, that counts as a short line of a newline list.
const SHORT_LINE: usize = 40;

/// The state of one pass over a text.
struct Scan<'s, 't> {
    seg: &'s Segmenter,
    text: &'t str,
    b: &'t [u8],
    out: Vec<Sentence>,
    /// Start of the current sentence (before trimming).
    start: usize,
    paragraph: usize,
    /// The next sentence starts a new paragraph.
    new_paragraph: bool,
    /// Offset of a space where the current sentence must end: before the next
    /// item of an inline list, or after a dateline.
    forced_cut: Option<usize>,
}

/// Byte length of the whitespace character starting at `i`, or 0.
#[inline]
fn ws_at(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) => 1,
        Some(0xC2) => match b.get(i + 1) {
            Some(0x85 | 0xA0) => 2,
            _ => 0,
        },
        Some(0xE1) if b.get(i + 1) == Some(&0x9A) && b.get(i + 2) == Some(&0x80) => 3,
        Some(0xE2) => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) => 3,
            (Some(0x81), Some(0x9F)) => 3,
            _ => 0,
        },
        Some(0xE3) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80) => 3,
        _ => 0,
    }
}

/// Byte length of the opening quotation mark at `i` (`"`, `‘`, `“`), or 0.
fn quote_at(b: &[u8], i: usize) -> usize {
    match b.get(i..i + 3) {
        Some([0xE2, 0x80, 0x98 | 0x9C]) => 3,
        _ => usize::from(b.get(i) == Some(&b'"')),
    }
}

/// Byte length of the whitespace character ending just before `i`, or 0.
#[inline]
fn ws_before(b: &[u8], i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    if b[i - 1] < 0x80 {
        return ws_at(b, i - 1);
    }
    if i >= 2 && b[i - 2] == 0xC2 {
        return ws_at(b, i - 2);
    }
    if i >= 3 && ws_at(b, i - 3) == 3 {
        return 3;
    }
    0
}

/// Byte length of the closing quotation mark or bracket at `i`, or 0.
#[inline]
fn closer_at(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"' | b'\'' | b')' | b']' | b'}') => 1,
        // `»`
        Some(0xC2) if b.get(i + 1) == Some(&0xBB) => 2,
        // `’ ” “ ‘ ›` (an opening mark right after the punctuation is a
        // mistyped closing one)
        Some(0xE2)
            if b.get(i + 1) == Some(&0x80)
                && matches!(b.get(i + 2), Some(0x98 | 0x99 | 0x9C | 0x9D | 0xBA)) =>
        {
            3
        }
        _ => 0,
    }
}

/// Byte length of the opening quotation mark or bracket at `i`, or 0.
#[inline]
fn opener_at(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"' | b'\'' | b'(' | b'[' | b'{' | b'*') => 1,
        // `«`, `¿`, `¡`
        Some(0xC2) if matches!(b.get(i + 1), Some(0xAB | 0xBF | 0xA1)) => 2,
        // `‘ “ „ ‹`, and `”` (only asked where a word starts, where it is a
        // mistyped opening mark or the Scandinavian one)
        Some(0xE2)
            if b.get(i + 1) == Some(&0x80)
                && matches!(b.get(i + 2), Some(0x98 | 0x9C | 0x9D | 0x9E | 0xB9)) =>
        {
            3
        }
        _ => 0,
    }
}

/// Byte length of the bullet at `i`, or 0.
#[inline]
fn bullet_at(b: &[u8], i: usize) -> usize {
    match (b.get(i), b.get(i + 1), b.get(i + 2)) {
        // `•`, `‣`, `⁃`
        (Some(0xE2), Some(0x80), Some(0xA2 | 0xA3)) | (Some(0xE2), Some(0x81), Some(0x83)) => 3,
        // `▪`, `◦`, `●`
        (Some(0xE2), Some(0x96), Some(0xAA)) | (Some(0xE2), Some(0x97), Some(0xA6 | 0x8F)) => 3,
        _ => 0,
    }
}

/// Byte length of a `?`/`!` at `i` (ASCII or `‼ ⁇ ⁈ ⁉`), or 0.
#[inline]
fn terminal_mark_at(b: &[u8], i: usize) -> usize {
    match (b.get(i), b.get(i + 1), b.get(i + 2)) {
        (Some(b'?' | b'!'), _, _) => 1,
        (Some(0xE2), Some(0x80), Some(0xBC)) | (Some(0xE2), Some(0x81), Some(0x87..=0x89)) => 3,
        _ => 0,
    }
}

/// The run of dots at `i`: `..`, `...`, `. . .`, `…`, `….`. Where it ends,
/// how many dots it holds (`…` counts three) and whether spaces part them.
fn dot_run(b: &[u8], i: usize) -> (usize, usize, bool) {
    let (mut j, mut dots, mut spaced) = (i, 0, false);
    loop {
        if b.get(j) == Some(&b'.') {
            dots += 1;
            j += 1;
        } else if ellipsis_at(b, j) {
            dots += 3;
            j += 3;
        } else if dots > 0 && b.get(j) == Some(&b' ') && b.get(j + 1) == Some(&b'.') {
            spaced = true;
            j += 1;
        } else {
            return (j, dots, spaced);
        }
    }
}

/// Whether the bytes at `i` are `…`.
#[inline]
fn ellipsis_at(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&0xE2) && b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6)
}

impl Scan<'_, '_> {
    fn run(&mut self) {
        let len = self.b.len();
        self.start = self.skip_ws(0).0;
        let mut pos = self.begin(self.start);
        loop {
            let next = next_stop(&self.b[pos.min(len)..]).map(|d| pos + d);
            if let Some(p) = self.forced_cut {
                if next.is_none_or(|i| p < i) {
                    let after = p + ws_at(self.b, p).max(1);
                    self.cut(p, after, false);
                    pos = self.begin(after);
                    continue;
                }
            }
            let Some(i) = next else { break };
            let after = match self.b[i] {
                b'.' => self.stop(i),
                b'?' | b'!' => self.exclaim(i),
                b'\n' => self.newline(i),
                b':' => self.colon(i),
                _ => self.special(i),
            };
            // Always move on, whatever a rule returned.
            pos = after.max(i + 1);
        }
        self.push(self.start, len);
    }

    /// Ends the current sentence at `end`; the next one starts at `next`.
    fn cut(&mut self, end: usize, next: usize, newline: bool) {
        self.push(self.start, end);
        self.start = next;
        if newline {
            self.new_paragraph = true;
        }
    }

    /// Records `start..end`, trimmed, as a sentence unless it is blank.
    fn push(&mut self, start: usize, end: usize) {
        let Some(raw) = self.text.get(start..end) else {
            return;
        };
        let head = trim_start(raw);
        let body = trim_end(head);
        if body.is_empty() {
            return;
        }
        if self.new_paragraph && !self.out.is_empty() {
            self.paragraph += 1;
        }
        self.new_paragraph = false;
        let s = start + (raw.len() - head.len());
        self.out.push(Sentence {
            span: Span::new(s, s + body.len()),
            paragraph: self.paragraph,
        });
    }

    /// Skips whitespace from `i`; returns where it ends and how many line
    /// breaks it holds.
    fn skip_ws(&self, mut i: usize) -> (usize, usize) {
        let mut lines = 0;
        loop {
            let n = ws_at(self.b, i);
            if n == 0 {
                return (i, lines);
            }
            if self.b[i] == b'\n' {
                lines += 1;
            }
            i += n;
        }
    }

    /// Skips the closing quotation marks and brackets at `i`, including a
    /// guillemet set off by a space as in French (`C’est fini. »`).
    fn skip_closers(&self, mut i: usize) -> usize {
        let b = self.b;
        loop {
            let n = closer_at(b, i);
            if n == 0 {
                break;
            }
            i += n;
        }
        let space = ws_at(b, i);
        if space > 0 && b[i] != b'\n' {
            let j = i + space;
            let guillemet = match b.get(j) {
                Some(0xC2) if b.get(j + 1) == Some(&0xBB) => 2,
                Some(0xE2) if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0xBA) => 3,
                _ => 0,
            };
            if guillemet > 0 && (j + guillemet >= b.len() || ws_at(b, j + guillemet) > 0) {
                return j + guillemet;
            }
            // (`They see that. “` at a paragraph's end, `a year. " And`: a
            // mark set off by spaces on both sides, or with nothing after it
            // on the line, closes the sentence; an opening mark holds on to
            // its word.)
            let mark = match b.get(j) {
                Some(b'"') => 1,
                Some(0xE2)
                    if b.get(j + 1) == Some(&0x80) && matches!(b.get(j + 2), Some(0x9C | 0x9D)) =>
                {
                    3
                }
                _ => 0,
            };
            // (“ set off by spaces is an opening mark typed loosely; a
            // straight one closes a quotation the sentence opened, judged
            // over its last kilobyte at most so that the count stays
            // linear.)
            let closing = if mark == 1 {
                let from = self.start.max(j.saturating_sub(1024));
                b[from..j].iter().filter(|&&c| c == b'"').count() % 2 == 1
            } else {
                b.get(j + 2) == Some(&0x9D)
            };
            if mark > 0 && (line_ends_at(b, j + mark) || closing && ws_at(b, j + mark) > 0) {
                return j + mark;
            }
        }
        i
    }

    fn char_at(&self, i: usize) -> char {
        self.text
            .get(i..)
            .and_then(|s| s.chars().next())
            .unwrap_or(' ')
    }

    /// First non-whitespace offset of the current sentence, at or after it.
    fn first_of_sentence(&self) -> usize {
        self.skip_ws(self.start).0
    }

    /// The capitalised or lowercase word starting at `i` after any opening
    /// marks: ASCII letters only, at most 20 bytes; empty when there is none.
    fn next_word(&self, i: usize) -> &str {
        let (from, end) = self.next_word_span(i);
        &self.text[from..end]
    }

    /// Where the word of [`Scan::next_word`] starts and ends: past any
    /// opening marks, so that a walk over words goes on from its end.
    fn next_word_span(&self, mut i: usize) -> (usize, usize) {
        for _ in 0..3 {
            let n = opener_at(self.b, i);
            if n == 0 {
                break;
            }
            i += n;
        }
        let from = i.min(self.b.len());
        // A walk may stop inside a character it does not know; no word there.
        if !self.text.is_char_boundary(from) {
            let mut at = from;
            while !self.text.is_char_boundary(at) {
                at += 1;
            }
            return (at, at);
        }
        let mut end = from;
        while end < self.b.len() && end - from < 20 && self.b[end].is_ascii_alphabetic() {
            end += 1;
        }
        (from, end)
    }

    /// Start of the whitespace-delimited token that ends at `i`, and whether
    /// it was cut short by the look-back limit.
    fn token_start(&self, i: usize) -> (usize, bool) {
        let floor = self.start.max(i.saturating_sub(MAX_TOKEN));
        let mut j = i;
        // ASCII letters first, a byte test each, then what else the word holds.
        while j > floor && self.b[j - 1] < 0x80 && !is_ascii_space(self.b[j - 1]) {
            j -= 1;
        }
        while j > floor && ws_before(self.b, j) == 0 {
            j -= 1;
        }
        if j == floor && j > self.start && ws_before(self.b, j) == 0 {
            while !self.text.is_char_boundary(j) {
                j += 1;
            }
            return (j, true);
        }
        (j, false)
    }

    /// Called where a sentence starts (after whitespace is skipped): notes an
    /// inline list item marker (`1.`, `2.)`, `a)`, `• 3.`), looks ahead for
    /// the next item, and returns where scanning goes on (after the marker, so
    /// that its full stop is not taken for the end of the sentence).
    fn begin(&mut self, p: usize) -> usize {
        self.forced_cut = None;
        let b = self.b;
        let len = b.len();
        let q = self.skip_ws(p).0;
        if let Some(end) = self.dateline_end(q) {
            if b.get(end) == Some(&b' ') && self.char_at(self.skip_ws(end).0).is_uppercase() {
                self.forced_cut = Some(end);
            }
            return end;
        }
        if let Some(end) = self.headline_end(q) {
            self.forced_cut = Some(end);
            return end;
        }
        let mut j = q;
        let bullet = bullet_at(b, j);
        if bullet > 0 {
            j += bullet;
            while j < len && b[j] == b' ' && j - q < bullet + 3 {
                j += 1;
            }
        }
        let label_start = j;
        while j < len && b[j].is_ascii_digit() && j - label_start < 3 {
            j += 1;
        }
        let digits = j - label_start;
        let next_label: Option<String> = if digits == 0 {
            if j < len
                && b[j].is_ascii_lowercase()
                && !b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                j += 1;
                let c = b[label_start];
                (c < b'z').then(|| char::from(c + 1).to_string())
            } else {
                return q;
            }
        } else if digits <= 2 {
            self.text[label_start..j]
                .parse::<u32>()
                .ok()
                .map(|n| (n + 1).to_string())
        } else {
            return q;
        };
        let suffix_start = j;
        if b.get(j) == Some(&b'.') && b.get(j + 1) == Some(&b')') {
            j += 2;
        } else if matches!(b.get(j), Some(b'.' | b')')) {
            j += 1;
        } else {
            return q;
        }
        if ws_at(b, j) == 0 {
            return q;
        }
        // A lone letter with a full stop is a list item only before a capital
        // ("a. The first item"), not an initial.
        if digits == 0 && b[suffix_start] == b'.' && !self.char_at(self.skip_ws(j).0).is_uppercase()
        {
            return q;
        }
        if let Some(label) = next_label {
            let suffix = &self.text[suffix_start..j];
            let pattern = format!(" {label}{suffix}");
            let mut window_end = (j + LIST_WINDOW).min(len);
            while !self.text.is_char_boundary(window_end) {
                window_end -= 1;
            }
            let window = &self.text[j..window_end];
            let window = window.split('\n').next().unwrap_or(window);
            if let Some(at) = window.find(&pattern) {
                let p = j + at;
                if p + pattern.len() < len && ws_at(b, p + pattern.len()) > 0 {
                    self.forced_cut = Some(p);
                }
            }
        }
        j
    }

    /// A full stop at `i`: a lone one, or the first of an ellipsis.
    fn stop(&mut self, i: usize) -> usize {
        let b = self.b;
        let len = b.len();
        let (j, dots, spaced) = dot_run(b, i);
        if dots == 1 {
            return self.full_stop(i);
        }
        let run_end = j;
        // `word. . . . The`: the first dot ends the sentence and the spaced
        // ellipsis opens the next one.
        if b[i] == b'.'
            && spaced
            && dots >= 4
            && b.get(i + 1) == Some(&b' ')
            && i > self.first_of_sentence()
            && ws_before(b, i) == 0
        {
            // (`was. ...` ending its line keeps the ellipsis: words cut.)
            let (m, lines) = self.skip_ws(run_end);
            if m > run_end && m < len && lines == 0 && self.char_at(m).is_uppercase() {
                self.cut(i + 1, i + 2, false);
                return self.begin(i + 2);
            }
        }
        let k = self.skip_closers(run_end);
        if k >= len {
            return k;
        }
        if ws_at(b, k) == 0 {
            // `the 1%...There are`, `wrong…My point`: a transcript's
            // ellipsis run into a sentence starter.
            if dots >= 3 && i > self.first_of_sentence() && self.char_at(k).is_uppercase() {
                let word = self.next_word(k);
                if word != "I" && self.seg.is_starter(word) {
                    self.cut(k, k, false);
                    return self.begin(k);
                }
            }
            return k;
        }
        let (m, lines) = self.skip_ws(k);
        if m >= len {
            return m;
        }
        if lines >= 2 {
            self.cut(k, m, true);
            return self.begin(m);
        }
        // (`". . . You're going`: only opening marks before the dots.)
        let first = self.first_of_sentence();
        let at_start = i <= first
            || i - first <= 8
                && self.text.get(first..i).is_some_and(|s| {
                    s.chars()
                        .all(|c| matches!(c, '"' | '\'' | '“' | '‘' | '(' | '['))
                });
        if !at_start && self.char_at(m).is_uppercase() {
            let word = self.next_word(m);
            if dots >= 4 || (word != "I" && self.seg.is_starter(word)) {
                self.cut(k, m, lines > 0);
                return self.begin(m);
            }
        }
        k
    }

    /// A single full stop at `i`.
    fn full_stop(&mut self, i: usize) -> usize {
        let b = self.b;
        let len = b.len();
        let k = self.skip_closers(i + 1);
        if k >= len {
            return k;
        }
        if ws_at(b, k) == 0 {
            if k == i + 1 && self.missing_space_ends(i) {
                self.cut(i + 1, i + 1, false);
                return self.begin(i + 1);
            }
            if self.run_on_after_quote(i + 1, k) {
                self.cut(k, k, false);
                return self.begin(k);
            }
            return k;
        }
        let (m, lines) = self.skip_ws(k);
        if m >= len {
            return m;
        }
        let quote_closed = k > i + 1 && matches!(b[i + 1], b'"' | 0xE2);
        if quote_closed && lines == 0 && self.short_speech_tag_at(m) {
            return k;
        }
        // `"… Cell Block H." Labour had`: a quotation closed after an
        // initial or an abbreviation, then a capital, ends the sentence.
        let closes_quotation = quote_closed
            && self.char_at(m).is_uppercase()
            && matches!(
                self.classify(i),
                Word::Initial | Word::Abbreviation(Kind::General)
            );
        // `was. ...` ending a line: the ellipsis marks words cut after the
        // sentence and stays with it.
        if lines == 0 && self.ellipsis_ends_line(m) {
            return k;
        }
        if lines >= 2 || closes_quotation || self.full_stop_ends(i, m) || self.ellipsis_opens(i, m)
        {
            self.cut(k, m, lines > 0);
            return self.begin(m);
        }
        k
    }

    /// Whether an ellipsis at `m`, after the full stop of a plain word at
    /// `i`, opens the next sentence: a capital follows it on the same line
    /// (`scared.  ... I don't know`, a transcript's words cut).
    fn ellipsis_opens(&self, i: usize, m: usize) -> bool {
        let (j, dots, _) = dot_run(self.b, m);
        if dots < 3 || !matches!(self.classify(i), Word::Plain) {
            return false;
        }
        let (n, lines) = self.skip_ws(j);
        n > j && n < self.b.len() && lines == 0 && self.char_at(n).is_uppercase()
    }

    /// Whether an ellipsis (`...`, `. . .`, `…`) starts at `m` and only
    /// whitespace with a line break, or the end of the text, follows it.
    fn ellipsis_ends_line(&self, m: usize) -> bool {
        let b = self.b;
        let (j, dots, _) = dot_run(b, m);
        if dots < 3 {
            return false;
        }
        let (end, lines) = self.skip_ws(j);
        end >= b.len() || lines > 0
    }

    /// Whether the full stop at `i`, followed by whitespace and then the
    /// character at `m`, ends the sentence.
    fn full_stop_ends(&self, i: usize, m: usize) -> bool {
        let c = self.char_at(m);
        if c.is_lowercase() || continues(c) {
            return false;
        }
        match self.classify(i) {
            Word::Plain => true,
            Word::Abbreviation(Kind::Title) => false,
            Word::Abbreviation(Kind::Numeric) => !c.is_ascii_digit(),
            Word::Abbreviation(Kind::General) | Word::Initial | Word::Time => {
                if c.is_ascii_digit() {
                    return false;
                }
                let next = self.next_word(m);
                if self.seg.is_starter(next) {
                    return true;
                }
                // After a time of day a capitalised word starts a sentence
                // ("... at 6 p.m. Mr. Smith stayed."), unless it names a day,
                // month or time zone ("6 p.m. Friday", "8 a.m. EST") or the
                // sentence is too short to be complete ("At 5 a.m. Mr. Smith
                // went out.").
                matches!(self.classify(i), Word::Time)
                    && !TIME_FOLLOWERS.contains(&next)
                    && self.has_words(i, 4)
            }
        }
    }

    /// Whether the current sentence has at least `n` words before `i` (a
    /// sentence longer than 256 bytes counts as having them).
    fn has_words(&self, i: usize, n: usize) -> bool {
        if i.saturating_sub(self.start) > 256 {
            return true;
        }
        let mut words = 0;
        let mut in_word = false;
        for &c in &self.b[self.start.min(i)..i] {
            if c.is_ascii_whitespace() {
                in_word = false;
            } else if !in_word {
                in_word = true;
                words += 1;
                if words >= n {
                    return true;
                }
            }
        }
        false
    }

    /// What kind of word ends at the full stop at `i`.
    fn classify(&self, i: usize) -> Word {
        let (s, truncated) = self.token_start(i);
        if truncated {
            return Word::Plain;
        }
        let b = self.b;
        let mut s = s;
        for _ in 0..4 {
            let n = opener_at(b, s);
            if n == 0 || s + n > i {
                break;
            }
            s += n;
        }
        let token = &self.text[s..i];
        if token.contains('@') || token.contains("://") || token.starts_with("www.") {
            return Word::Plain;
        }
        // `(D-Calif.)`, `R-N.Y.`: the part after a hyphen or slash.
        let word = match token.rfind(['-', '/']) {
            Some(at) if at + 1 < token.len() => &token[at + 1..],
            _ => token,
        };
        if word.is_empty() {
            return Word::Plain;
        }
        if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
            return Word::Time;
        }
        if let Some(kind) = self.seg.kind(word) {
            return Word::Abbreviation(kind);
        }
        let wb = word.as_bytes();
        if wb.len() == 1 {
            return if wb[0].is_ascii_uppercase() {
                Word::Initial
            } else if wb[0].is_ascii_lowercase() {
                Word::Abbreviation(Kind::General)
            } else {
                Word::Plain
            };
        }
        // Initialisms: `Ph.D`, `e.g`, `U.S.A`, `J.R.R`.
        if word.contains('.')
            && word.split('.').all(|part| {
                (1..=2).contains(&part.len()) && part.bytes().all(|c| c.is_ascii_alphabetic())
            })
        {
            return Word::Abbreviation(Kind::General);
        }
        Word::Plain
    }

    /// Whether a full stop at `i` with no space after it ends a sentence:
    /// only between a word of two or more characters and a capitalised word
    /// (`in 2016.The`), not in `U.S.A`, `e.g.`, `3.5`, `example.com`,
    /// addresses or URLs.
    fn missing_space_ends(&self, i: usize) -> bool {
        let b = self.b;
        let (Some(c1), Some(c2)) = (b.get(i + 1), b.get(i + 2)) else {
            return false;
        };
        if !c1.is_ascii_uppercase() || !c2.is_ascii_lowercase() {
            return false;
        }
        let (s, truncated) = self.token_start(i);
        if truncated {
            return false;
        }
        let token = &self.text[s..i];
        if token.contains('@')
            || token.contains('/')
            || token.starts_with("www.")
            || token.eq_ignore_ascii_case("www")
        {
            return false;
        }
        // The rest of the token must not be an address either.
        let mut e = i + 1;
        while e < b.len() && e - i < MAX_TOKEN && ws_at(b, e) == 0 {
            if matches!(b[e], b'@' | b'/') {
                return false;
            }
            e += 1;
        }
        // ("fansite Halo.Bungie.Org, said", "Amazon.Com": a site's name,
        // the rest ending in a top-level domain.)
        if ends_in_domain(&b[i + 1..e]) {
            return false;
        }
        let segment = match token.rfind(['.', '(', '[', '"', '\'', '-']) {
            Some(at) => &token[at + 1..],
            None => token,
        };
        if segment.chars().count() < 2 {
            return false;
        }
        !matches!(self.seg.kind(segment), Some(Kind::Title | Kind::General))
    }

    /// Whether the closing marks `from..k` end a quotation run into the
    /// next sentence with no space (`so do voters!”After his rally`, as
    /// pages that drop line breaks leave it): a closing double mark, then
    /// a capitalised word.
    fn run_on_after_quote(&self, from: usize, k: usize) -> bool {
        let b = self.b;
        let closes =
            b.get(from) == Some(&b'"') || b.get(from..from + 3) == Some(&[0xE2, 0x80, 0x9D]);
        k > from
            && closes
            && b.get(k).is_some_and(u8::is_ascii_uppercase)
            && b.get(k + 1).is_some_and(u8::is_ascii_lowercase)
    }

    /// A colon at `i`: a picture credit (`Image:`, `Photo:`) inside running
    /// text starts a sentence of its own.
    fn colon(&mut self, i: usize) -> usize {
        let b = self.b;
        if ws_at(b, i + 1) == 0 {
            return i + 1;
        }
        let mut s = i;
        while s > 0 && i - s < 12 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if s == i || ws_before(b, s) == 0 || s <= self.first_of_sentence() {
            return i + 1;
        }
        if CAPTION_LABELS.contains(&&self.text[s..i]) {
            self.cut(s, s, false);
            self.begin(s);
        }
        i + 1
    }

    /// End of a dateline at `q` (`Friday, July 21, 2017`), if there is one.
    fn dateline_end(&self, q: usize) -> Option<usize> {
        let b = self.b;
        if !b.get(q)?.is_ascii_uppercase() {
            return None;
        }
        let rest = self.text.get(q..)?;
        let weekday = WEEKDAYS.iter().find(|w| rest.starts_with(**w))?;
        let rest = rest[weekday.len()..].strip_prefix(", ")?;
        let month = MONTHS.iter().find(|m| rest.starts_with(**m))?;
        let rest = rest[month.len()..].strip_prefix(' ')?;
        let day = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&day) {
            return None;
        }
        let rest = rest[day..].strip_prefix(", ")?;
        let year = rest.bytes().take_while(u8::is_ascii_digit).count();
        if year != 4 {
            return None;
        }
        Some(b.len() - rest.len() + 4)
    }

    /// End of a headline in capitals at `q` that runs into its story on the
    /// same line (`DNC CHAIR RESIGNS After months of criticism, ...`), if
    /// there is one: three words in capitals, or two with nine letters, then
    /// a capitalised word in lower case or an opening quotation mark. A word
    /// ending in a comma goes on (`DES MOINES, Iowa` is a dateline).
    fn headline_end(&self, q: usize) -> Option<usize> {
        const MAX_WORDS: usize = 16;
        let b = self.b;
        let (mut i, mut words, mut letters) = (q, 0, 0);
        let quoted = quote_at(b, q) > 0;
        while words < MAX_WORDS {
            let (end, n) = self.capital_word(i)?;
            words += 1;
            letters += n;
            let gap = ws_at(b, end);
            if gap == 0 || b[end] == b'\n' {
                return None;
            }
            let next = end + gap;
            // (`LOS ANGELES, Feb. 2 (UPI)`: a dateline, not a headline.)
            let whole = words >= 3 || words == 2 && letters >= 9;
            if b[end - 1] == b',' {
                i = next;
                continue;
            }
            let quote = quote_at(b, next);
            let c = self.char_at(next + quote);
            if c.is_uppercase() && self.char_at(next + quote + c.len_utf8()).is_lowercase() {
                if !whole {
                    return None;
                }
                // `‘WE WILL WIN’ Trump said`: a shout and its speaker.
                if quoted && quote == 0 && !self.seg.is_starter(self.next_word(next)) {
                    return None;
                }
                return Some(end);
            }
            i = next;
        }
        None
    }

    /// The end of a word in capitals at `i` and how many letters it has. It
    /// may hold digits and `’'-,&$%/`, and quotation marks at either end, but
    /// no closing double quotation mark (the end of a quotation) and nothing
    /// that ends a sentence.
    fn capital_word(&self, i: usize) -> Option<(usize, usize)> {
        // (Read 40 bytes at most: no word of a headline is longer, and a
        // long run with no space costs the same at every sentence in it.)
        let rest = self.text.get(i..)?;
        let (mut letters, mut digits, mut end) = (0, false, rest.len());
        for (at, c) in rest.char_indices() {
            if c.is_whitespace() {
                end = at;
                break;
            }
            if at >= 40 {
                return None;
            }
            match c {
                c if c.is_uppercase() => letters += 1,
                '0'..='9' => digits = true,
                '’' | '\'' | '-' | ',' | '&' | '$' | '%' | '/' | '‘' | '“' => {}
                _ => return None,
            }
        }
        // (A number may stand alone, `TWO DEAD, 16 INJURED`; a dash not.)
        (end > 0 && (letters > 0 || digits)).then_some((i + end, letters))
    }

    /// `?`, `!` and runs of them at `i`.
    fn exclaim(&mut self, i: usize) -> usize {
        let b = self.b;
        let len = b.len();
        let mut j = i;
        loop {
            let n = terminal_mark_at(b, j);
            if n == 0 {
                break;
            }
            j += n;
        }
        let k = self.skip_closers(j);
        if k >= len {
            return k;
        }
        if ws_at(b, k) == 0 {
            if self.run_on_after_quote(j, k) {
                self.cut(k, k, false);
                return self.begin(k);
            }
            return k;
        }
        let (m, lines) = self.skip_ws(k);
        if m >= len {
            return m;
        }
        let c = self.char_at(m);
        // (`“Hang in there!” She replied that it was`: a capitalised
        // pronoun whose clause goes on opens a sentence.)
        let quoted_question = k > j
            && lines == 0
            && self.speech_tag_at(m, true).is_some()
            && (!self.capitalised_pronoun_at(m) || self.tag_ends_soon(m));
        if lines >= 2 || !(c.is_lowercase() || continues(c) || quoted_question) {
            self.cut(k, m, lines > 0);
            return self.begin(m);
        }
        k
    }

    /// Whether a short speaker tag that ends the sentence starts at `m`
    /// (`.” Trump said to cheers.`): a full stop inside the closing mark
    /// where a comma belongs.
    fn short_speech_tag_at(&self, m: usize) -> bool {
        // `"No." She said, …`: a capitalised pronoun opens a sentence (a
        // tag's pronoun after a comma's place would be lowercase).
        // (`.’ And I said, ‘…’`: a conjunction opens a sentence too.)
        !self.capitalised_pronoun_at(m) && !self.conjunction_at(m) && self.tag_ends_soon(m)
    }

    /// Whether the word at `m` is a capitalised conjunction.
    fn conjunction_at(&self, m: usize) -> bool {
        let (from, end) = self.next_word_span(m);
        matches!(&self.text[from..end], "And" | "But" | "So" | "Then" | "Or")
    }

    /// Whether the word at `m` is a capitalised personal pronoun.
    fn capitalised_pronoun_at(&self, m: usize) -> bool {
        let (from, end) = self.next_word_span(m);
        matches!(
            &self.text[from..end],
            "He" | "She" | "They" | "We" | "I" | "It" | "You"
        )
    }

    /// Whether a speaker tag starts at `m` and its sentence ends within
    /// four lowercase words after it (`She said.`, `He told reporters,`).
    fn tag_ends_soon(&self, m: usize) -> bool {
        let Some(mut at) = self.speech_tag_at(m, false) else {
            return false;
        };
        for n in 0..4 {
            match self.b.get(at) {
                Some(b'.' | b',') => return true,
                Some(b' ') => at += 1,
                _ => {}
            }
            let (from, end) = self.next_word_span(at);
            let word = &self.text[from..end];
            if word.is_empty() || !word.as_bytes()[0].is_ascii_lowercase() {
                return false;
            }
            // ("." Obama said it was fine.": a clause of its own after the
            // verb, words reported, no tag's adjunct.)
            if n == 0 && matches!(word, "it" | "he" | "she" | "they" | "we" | "that" | "there") {
                return false;
            }
            at = end;
        }
        false
    }

    /// Where a speaker tag that starts at `m` ends: one to four capitalised
    /// words and a verb of saying (`?” Graham asked.`), which a quoted
    /// question or exclamation does not end the sentence before; with
    /// `owned_noun`, a lowercase noun after a name's possessive too (`?”
    /// Smith's lawyer asked.`), which after a full stop may open a sentence
    /// of its own (`.” Lord Scarman's nephew said the peer ...`).
    fn speech_tag_at(&self, m: usize, owned_noun: bool) -> Option<usize> {
        const SAYING: &[&str] = &[
            "said",
            "says",
            "asked",
            "asks",
            "added",
            "adds",
            "wrote",
            "writes",
            "told",
            "tells",
            "replied",
            "replies",
            "shouted",
            "yelled",
            "exclaimed",
            "wondered",
            "continued",
            "insisted",
            "declared",
            "testified",
            "testifies",
            "responded",
            "recalled",
            "joked",
            "quipped",
            "tweeted",
            "fumed",
            "snapped",
            "scoffed",
            "laughed",
            "cried",
            "screamed",
            "whispered",
            "muttered",
            "chanted",
            "sighed",
            "mused",
            "marveled",
            "boasted",
            "argued",
            "warned",
            "noted",
            "explained",
            "countered",
            "retorted",
            "demanded",
            "pleaded",
            "protested",
            "interjected",
            "complained",
            "conceded",
            "acknowledged",
            "admitted",
            "asserted",
            "stated",
            "remarked",
            "observed",
            "wonders",
            "argues",
            "warns",
            "notes",
            "explains",
            "pressed",
            "repeated",
            "interrupted",
            "inquired",
            "enquired",
            "queried",
            "challenged",
            "persisted",
            "prodded",
            "urged",
            "begged",
            "teased",
            "ventured",
            "suggested",
            "offered",
        ];
        let mut at = m;
        // ("?" Mr Kashyap's lawyer Mihir Desai said.": one lowercase noun
        // after a name's possessive, before the name it owns or the verb.)
        let (mut owned, mut skipped) = (false, 0);
        for n in 0..6 {
            let (from, end) = self.next_word_span(at);
            let word = &self.text[from..end];
            if word.is_empty() {
                return None;
            }
            let first = word.as_bytes()[0];
            if first.is_ascii_lowercase() && owned_noun && owned && !SAYING.contains(&word) {
                let space = ws_at(self.b, end);
                if space == 0 || self.b[end] == b'\n' {
                    return None;
                }
                // ("?" Smith's lawyer asked.": the verb right after it.)
                let (next, next_end) = self.next_word_span(end + space);
                if SAYING.contains(&&self.text[next..next_end]) {
                    return Some(next_end);
                }
                if !self.b.get(next).is_some_and(u8::is_ascii_uppercase) {
                    return None;
                }
                (owned, skipped) = (false, 1);
                at = end + space;
                continue;
            }
            if first.is_ascii_lowercase() {
                // ("?” Trump went on, ...": a verb of two words.)
                // ("?” Workers went on strike": no tag; "went on to say" is.)
                if n > 0 && word == "went" {
                    let (on_from, on_end) = self.next_word_span(end + ws_at(self.b, end));
                    let (to_from, to_end) = self.next_word_span(on_end + ws_at(self.b, on_end));
                    let tag =
                        self.b.get(on_end) == Some(&b',') || &self.text[to_from..to_end] == "to";
                    return (&self.text[on_from..on_end] == "on" && tag).then_some(on_end);
                }
                // ("?” Brooke tearfully asked": one adverb before the verb.)
                if n > 0 && word.len() >= 5 && word.ends_with("ly") {
                    let (next, next_end) = self.next_word_span(end + ws_at(self.b, end));
                    return SAYING
                        .contains(&&self.text[next..next_end])
                        .then_some(next_end);
                }
                return (n > 0 && SAYING.contains(&word)).then_some(end);
            }
            if n == 4 + skipped {
                return None;
            }
            at = self.name_rest(end);
            let whole = &self.text[from..at];
            owned = whole.ends_with("'s")
                || whole.ends_with('\u{2019}')
                || whole.ends_with("\u{2019}s");
            // ("!” Murphy, the head of Right to Rise USA, tweeted": a
            // description between commas after the name.)
            // ("." Currently, India has ...": no adverb is a name, though
            // Kelly is; nor is "Nobody, not even the mayor, said".)
            if self.b.get(at) == Some(&b',') {
                let adverb = word.ends_with("ly") && word.len() >= 7;
                let nobody = matches!(
                    word,
                    "Nobody"
                        | "None"
                        | "Nothing"
                        | "Everyone"
                        | "Everybody"
                        | "Someone"
                        | "Somebody"
                );
                return (!adverb && !nobody)
                    .then(|| self.tag_after_description(at, SAYING))
                    .flatten();
            }
            // Initials and titles ("Mr.", "J."), then the space.
            while self.b.get(at) == Some(&b'.') {
                at += 1;
            }
            let space = ws_at(self.b, at);
            if space == 0 || self.b[at] == b'\n' {
                return None;
            }
            at += space;
        }
        None
    }

    /// After a name, at the comma at `comma`: a description of up to 80
    /// bytes on one line and no sentence's end, a comma, and a verb of
    /// `saying` in either case ("Tweeted"), which tags the words before
    /// it: no "that", colon or quotation mark after it, which would open
    /// words of its own. Where the verb ends.
    fn tag_after_description(&self, comma: usize, saying: &[&str]) -> Option<usize> {
        let rest = self.b.get(comma + 1..)?;
        let close = rest
            .iter()
            .take(80)
            .position(|&c| matches!(c, b',' | b'.' | b'!' | b'?' | b'"' | b'\n'))?;
        if rest[close] != b',' || close < 3 {
            return None;
        }
        let at = comma + 1 + close + 1;
        let at = at + ws_at(self.b, at);
        let (from, end) = self.next_word_span(at);
        let word = &self.text[from..end];
        let after = self.b.get(end..).unwrap_or_default();
        let after = &after[..after.len().min(6)];
        let own_words = after.starts_with(b" that ")
            || after.first() == Some(&b':')
            || after[..after.len().min(3)]
                .iter()
                .any(|&c| c == b'"' || c == 0xE2);
        (!own_words && saying.iter().any(|s| s.eq_ignore_ascii_case(word))).then_some(end)
    }

    /// The end of a name's word that goes on after `end` past an apostrophe
    /// or a hyphen ("O’Malley", "D'Souza", "Haji-Ioannou"), within a
    /// name's length.
    fn name_rest(&self, mut end: usize) -> usize {
        let b = self.b;
        let limit = end + 40;
        while end < limit {
            let joint = match b.get(end) {
                Some(b'\'' | b'-') => 1,
                Some(0xE2) if b.get(end..end + 3) == Some("\u{2019}".as_bytes()) => 3,
                _ => return end,
            };
            let rest = b[end + joint..]
                .iter()
                .take(limit.saturating_sub(end))
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            if rest == 0 {
                return end;
            }
            end += joint + rest;
        }
        end
    }

    /// The lead byte `0xE2` at `i`: an ellipsis, a bullet, `‼`, or nothing.
    fn special(&mut self, i: usize) -> usize {
        let b = self.b;
        if ellipsis_at(b, i) {
            return self.stop(i);
        }
        if terminal_mark_at(b, i) > 0 {
            return self.exclaim(i);
        }
        if bullet_at(b, i) > 0 && ws_before(b, i) > 0 && i > self.first_of_sentence() {
            self.cut(i, i, false);
            let after = self.begin(i);
            return after.max(i + 3);
        }
        i + 1
    }

    /// A line break at `i` that no punctuation rule has dealt with.
    fn newline(&mut self, i: usize) -> usize {
        let b = self.b;
        let len = b.len();
        let mut ws_start = i;
        loop {
            let n = ws_before(b, ws_start);
            if n == 0 || ws_start - n < self.start {
                break;
            }
            ws_start -= n;
        }
        let (ws_end, lines) = self.skip_ws(i);
        if ws_end >= len {
            return len;
        }
        if ws_start <= self.start {
            // Nothing of the sentence yet: leading line breaks.
            return ws_end;
        }
        if lines >= 2 || self.line_break_ends(ws_start, ws_end) {
            self.cut(ws_start, ws_end, true);
            return self.begin(ws_end);
        }
        ws_end
    }

    /// Whether a single line break between `before` (end of the line) and
    /// `after` (start of the next) ends the sentence.
    fn line_break_ends(&self, before: usize, after: usize) -> bool {
        let next = self.char_at(after);
        if next.is_lowercase() {
            // A line ending in a full stop after a plain word ends the
            // sentence even before a lowercase line; `?` and `!` do not
            // (`“Why?”` / `she asked.`), nor do abbreviations (`the U.S.` /
            // `and Canada`).
            let mut end = before;
            for _ in 0..3 {
                let n = self.closer_before(end);
                if n == 0 {
                    break;
                }
                end -= n;
            }
            if end >= 2
                && end > self.start
                && self.b[end - 1] == b'.'
                && self.b[end - 2] != b'.'
                && self.classify(end - 1) == Word::Plain
            {
                return true;
            }
            return self.short_lines(before, after);
        }
        // A soft wrap after a comma or a hyphen; a semicolon ending a line
        // joins a headline to its second deck (`Lawmaker urges retaliation;`
        // / `Member of panel says ...`).
        !matches!(self.b[before - 1], b',' | b'-' | b'&' | b';')
    }

    /// Byte length of the closing mark ending just before `i`, or 0.
    fn closer_before(&self, i: usize) -> usize {
        if i >= 1 && closer_at(self.b, i - 1) == 1 {
            1
        } else if i >= 3 && closer_at(self.b, i - 3) == 3 {
            3
        } else if i >= 2 && closer_at(self.b, i - 2) == 2 {
            2
        } else {
            0
        }
    }

    /// Whether the lines on both sides of a line break are short enough to be
    /// items of a list (three words at most, the second with no final
    /// punctuation).
    fn short_lines(&self, before: usize, after: usize) -> bool {
        let b = self.b;
        let mut s = before;
        while s > self.start && b[s - 1] != b'\n' {
            s -= 1;
            if before - s > SHORT_LINE {
                return false;
            }
        }
        let mut e = after;
        while e < b.len() && b[e] != b'\n' {
            e += 1;
            if e - after > SHORT_LINE {
                return false;
            }
        }
        let prev = &self.text[s..before];
        let next = self.text[after..e].trim_end();
        prev.split_whitespace().count() <= 3
            && next.split_whitespace().count() <= 3
            && !next.ends_with(['.', '?', '!'])
    }
}

/// Whether only spaces stand between `i` and the end of its line or text.
fn line_ends_at(b: &[u8], mut i: usize) -> bool {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r') {
        i += 1;
    }
    i >= b.len() || b[i] == b'\n'
}

/// Whether `b` is an ASCII byte that `char::is_whitespace` holds for.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// [`str::trim_start`], its ASCII spaces skipped a byte at a time: the
/// generic search decodes and tests every character.
fn trim_start(s: &str) -> &str {
    let n = s.bytes().take_while(|&b| is_ascii_space(b)).count();
    let rest = &s[n..];
    if rest.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        rest.trim_start()
    } else {
        rest
    }
}

/// [`str::trim_end`], as [`trim_start`] does it.
fn trim_end(s: &str) -> &str {
    let n = s.bytes().rev().take_while(|&b| is_ascii_space(b)).count();
    let rest = &s[..s.len() - n];
    if rest.as_bytes().last().is_some_and(|b| !b.is_ascii()) {
        rest.trim_end()
    } else {
        rest
    }
}

/// Whether a sentence never starts with `c`: punctuation that continues
/// the one before (`, ; : ) ] } % . &`) or a dash, as in `"…game." - J. Doe`.
fn continues(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | ')'
            | ']'
            | '}'
            | '%'
            | '.'
            | '&'
            | '-'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
    )
}

/// Labels of a picture credit or caption line that starts a unit of its own:
/// `… at the expo Image: Jane Doe.`
const CAPTION_LABELS: &[&str] = &[
    "Image",
    "Images",
    "Photo",
    "Photos",
    "Photograph",
    "Picture",
    "Credit",
    "Caption",
];

/// Capitalised words that continue a time of day (`8 p.m. Friday`).
const TIME_FOLLOWERS: &[&str] = &[
    "",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thur",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Eastern",
    "Central",
    "Mountain",
    "Pacific",
    "Atlantic",
    "Alaska",
    "Hawaii",
    "Greenwich",
    "British",
    "Local",
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "MT",
    "MST",
    "MDT",
    "PT",
    "PST",
    "PDT",
    "AKST",
    "AKDT",
    "HST",
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "EET",
    "EEST",
    "WET",
    "IST",
    "JST",
    "KST",
    "AEST",
    "AEDT",
    "NZST",
    "NZDT",
];

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

/// The word before a full stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// A plain word, number, address or URL.
    Plain,
    /// A known abbreviation, a lowercase single letter or an initialism.
    Abbreviation(Kind),
    /// A single capital letter: an initial (or the pronoun `I`).
    Initial,
    /// `a.m.` or `p.m.`
    Time,
}

/// Whether `rest`, the token after a full stop with no space, closes a
/// site's name: a top-level domain ("Org", "Bungie.Org", "co.uk"), trailing
/// punctuation aside. ("Net" alone is a word too: only after another dot.)
fn ends_in_domain(rest: &[u8]) -> bool {
    let end = rest
        .iter()
        .rposition(|c| c.is_ascii_alphanumeric())
        .map_or(0, |p| p + 1);
    let rest = &rest[..end];
    let last = rest.rsplit(|&c| c == b'.').next().unwrap_or(rest);
    let alone = ["com", "org", "gov", "edu"];
    let dotted = ["com", "org", "net", "gov", "edu", "uk", "io", "info"];
    let is = |set: &[&str]| set.iter().any(|t| last.eq_ignore_ascii_case(t.as_bytes()));
    if last.len() == rest.len() {
        is(&alone)
    } else {
        is(&dotted)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn trims_as_str_trims() {
        for s in [
            "",
            " ",
            "\t\n\x0B\x0C\r x \r\n",
            "\u{85}x\u{a0}",
            " \u{2003}x\u{3000} ",
            "\u{1F600}",
            "x\x1F",
            "\x1Fx",
        ] {
            assert_eq!(super::trim_start(s), s.trim_start(), "{s:?}");
            assert_eq!(super::trim_end(s), s.trim_end(), "{s:?}");
        }
    }
}
