//! Quotation marks: which are quotations and which apostrophes, how they
//! pair, and the news convention for a quotation running over paragraphs
//! (each paragraph reopens it, only the last one closes it).
//!
//! One pass over the text with a stack of open marks, so hostile input
//! (thousands of unmatched marks) stays linear.

use crate::model::Span;

/// A quotation found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening mark to the closing mark, both included. A quotation
    /// left open ends at the end of its paragraph.
    pub span: Span,
    /// The quoted words, between the marks.
    pub content: Span,
    /// Whether a closing mark was found in the paragraph.
    pub closed: bool,
    /// Whether the quotation continues in the next paragraph, which reopens it.
    pub continues: bool,
    /// Index of the first piece of a quotation that runs over paragraphs;
    /// its own index otherwise.
    pub group: usize,
    /// Whether it lies inside another quotation.
    pub nested: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open(Family),
    Close(Family),
    /// Straight marks and `’`, decided by context.
    Either(Family),
}

fn mark_of(c: char) -> Option<Mark> {
    Some(match c {
        '“' | '„' | '‟' => Mark::Open(Family::Double),
        '”' => Mark::Close(Family::Double),
        '"' => Mark::Either(Family::Double),
        '‘' | '‚' | '‛' => Mark::Open(Family::Single),
        '’' | '\'' => Mark::Either(Family::Single),
        '«' => Mark::Open(Family::Guillemet),
        '»' => Mark::Close(Family::Guillemet),
        '‹' => Mark::Open(Family::SingleGuillemet),
        '›' => Mark::Close(Family::SingleGuillemet),
        _ => return None,
    })
}

fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || crate::token::is_invisible(p)
                || matches!(p, '(' | '[' | '{' | '—' | '―' | '–' | '-' | '/' | ':')
                || mark_of(p).is_some()
        }
    }
}

/// Decides what a mark is from the characters around it; `None` for an
/// apostrophe.
fn classify(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    open_single: bool,
    open_double: bool,
) -> Option<Mark> {
    let mark = mark_of(c)?;
    let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    match mark {
        Mark::Either(Family::Single) | Mark::Open(Family::Single) => {
            if alnum(prev) && alnum(next) {
                return None; // don't, O'Brien
            }
            if opens_after(prev) {
                // '90s, 'em: an apostrophe, not an opening mark.
                if next.is_some_and(|n| n.is_ascii_digit()) || next.is_none_or(char::is_whitespace)
                {
                    return None;
                }
                return Some(Mark::Open(Family::Single));
            }
            // After a letter or punctuation: closes an open single quote,
            // else it is a possessive (the students').
            if open_single {
                Some(Mark::Close(Family::Single))
            } else {
                None
            }
        }
        // ("\"“You don’t win ...,” Rubio responded ...\"": a straight mark
        // against a typographic one is a copy's wrapping, no quotation.)
        Mark::Either(Family::Double) if next == Some('“') || prev == Some('”') => None,
        Mark::Either(Family::Double) => {
            if opens_after(prev) && !next.is_none_or(char::is_whitespace) {
                if open_double && prev.is_some_and(|p| mark_of(p).is_some()) {
                    return Some(Mark::Close(Family::Double));
                }
                Some(Mark::Open(Family::Double))
            } else if open_double || !alnum(next) {
                Some(Mark::Close(Family::Double))
            } else {
                Some(Mark::Open(Family::Double))
            }
        }
        // A ” that starts a word with no quotation open opens one: the
        // Scandinavian convention, and a common slip in news copy.
        Mark::Close(Family::Double) if !open_double && opens_after(prev) && alnum(next) => {
            Some(Mark::Open(Family::Double))
        }
        // A “ after the words and before a space, with a quotation open,
        // closes it: the slip the other way ("unusual,“ said Noble").
        Mark::Open(Family::Double)
            if open_double && !opens_after(prev) && next.is_none_or(char::is_whitespace) =>
        {
            Some(Mark::Close(Family::Double))
        }
        other => Some(other),
    }
}

#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    at: usize,
    len: usize,
}

/// Bytes that can start a quotation mark or a line break.
const STOPS: [u8; 6] = [b'\n', b'"', b'\'', b'`', 0xC2, 0xE2];

/// Finds the quotations of `text`, in order of their opening marks.
///
/// Only bytes that can start a mark or a line break are looked at, and the
/// stack keeps a count per family, so the cost is linear whatever the input.
pub fn find(text: &str) -> Vec<Quotation> {
    let bytes = text.as_bytes();
    let mut out: Vec<Quotation> = Vec::new();
    let mut stack = Stack::default();
    // Where the current line started, to find its last non-blank byte.
    let mut line_start = 0;
    // Straight double marks from the one looked at to the line's end,
    // counted at most once a line, when first needed (see
    // `unclosed_quotation_end`).
    let mut straight_left: Option<usize> = None;
    let mut i = 0;
    // Marks start with an ASCII byte or with 0xC2 (« ») or 0xE2 (“ ” ‘ ’ „ ‹ ›).
    while let Some(skip) = bytes
        .get(i..)
        .and_then(|rest| crate::scan::find_any(rest, STOPS))
    {
        i += skip;
        // An ASCII mark or line break needs no decoding.
        let ascii = bytes.get(i).copied().filter(u8::is_ascii).map(char::from);
        let Some(mut c) = ascii.or_else(|| text[i..].chars().next()) else {
            break;
        };
        let mut len = c.len_utf8();
        if c == '\n' {
            end_paragraph(text, &mut stack, &mut out, line_start, i);
            i += 1;
            line_start = i;
            straight_left = None;
            continue;
        }
        let mut straight_here = straight_left;
        if c == '"' {
            straight_left = straight_left.map(|n| n.saturating_sub(1));
        }
        // Typewriter doubles: `` opens and '' stands for a double mark.
        if (c == '\'' || c == '`') && bytes.get(i + 1) == Some(&bytes[i]) {
            c = if c == '`' { '“' } else { '"' };
            len = 2;
        }
        // ("mislead voters,’’ Moy said": two curly singles for a double.)
        if (c == '’' || c == '‘') && text[i + len..].starts_with(c) {
            c = if c == '’' { '”' } else { '“' };
            len *= 2;
        }
        if mark_of(c).is_none() {
            i += len;
            continue;
        }
        // The commonest mark is an apostrophe inside a word (don't, O’Brien):
        // decided on the neighbouring bytes, without decoding.
        let inside_word = (c == '\'' || c == '’')
            && i > 0
            && bytes[i - 1].is_ascii_alphanumeric()
            && bytes.get(i + len).is_some_and(u8::is_ascii_alphanumeric);
        if inside_word {
            i += len;
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + len..].chars().next();
        if inch_mark(bytes, i) {
            i += len;
            continue;
        }
        // A straight quotation left unclosed ends before this straight mark,
        // which opens a new one: at a tag inside it (after a sentence's
        // end), or at the last sentence's end (after a colon). Asked only
        // when an even number of straight marks, this one included, is left
        // in the line; counted here the first time in a line.
        let unclosed = (c == '"' && stack.doubles > 0)
            .then(|| {
                tag_inside_end(text, i, &stack.marks)
                    .or_else(|| unclosed_quotation_end(text, i, &stack.marks))
            })
            .flatten()
            .filter(|_| {
                let here = *straight_here.get_or_insert_with(|| straight_marks(bytes, i));
                straight_left = Some(here.saturating_sub(1));
                here % 2 == 0
            });
        if let Some(end) = unclosed {
            if let Some(open) = stack.pop_to(Family::Double) {
                let content = Span::new(open.at + open.len, end);
                push(&mut out, open, content, end, false, false);
            }
        }
        if reopens_in_line(text, i, c, stack.doubles > 0) {
            i += len;
            continue;
        }
        match classify(c, prev, next, stack.singles > 0, stack.doubles > 0) {
            Some(Mark::Open(family) | Mark::Either(family)) => {
                stack.push(Open { family, at: i, len })
            }
            Some(Mark::Close(family)) => {
                if let Some(open) = stack.pop_to(family) {
                    let content = Span::new(open.at + open.len, i);
                    push(&mut out, open, content, i + len, true, false);
                    if let Some(q) = out.last_mut() {
                        q.nested = !stack.marks.is_empty();
                    }
                }
            }
            None => {}
        }
        i += len;
    }
    end_paragraph(text, &mut stack, &mut out, line_start, bytes.len());
    out.sort_by_key(|q| q.span.start);
    regroup(&mut out);
    out
}

/// `5’2”`, `6'1"`: a height's inches, after a digit, a foot's mark and a
/// digit or two; no quotation mark.
fn inch_mark(bytes: &[u8], i: usize) -> bool {
    let before = &bytes[..i];
    let digits = before
        .iter()
        .rev()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    let rest = &before[..before.len() - digits];
    let foot = if rest.ends_with("’".as_bytes()) {
        3
    } else if rest.ends_with(b"'") {
        1
    } else {
        0
    };
    (1..=2).contains(&digits)
        && foot > 0
        && rest[..rest.len() - foot]
            .last()
            .is_some_and(u8::is_ascii_digit)
}

/// `poorest. "Two million children`: with a straight double quotation
/// open, a straight mark opening a new sentence reopens it, as a new
/// paragraph would (in text whose line breaks were lost); straight marks do
/// not nest.
/// (`bring. "[Alastair] will act`: an editor's bracket may open it.)
fn reopens_in_line(text: &str, i: usize, c: char, open_double: bool) -> bool {
    if c != '"' || !open_double {
        return false;
    }
    let before = text[..i].trim_end_matches([' ', '\t']);
    before.len() < i
        && before.ends_with(['.', '?', '!'])
        && text[i + 1..]
            .strip_prefix('[')
            .unwrap_or(&text[i + 1..])
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// The innermost straight double quotation open (among the last few open
/// marks), and the text before the straight mark at `i` with its blanks
/// trimmed, when the mark opens: a blank before it, a letter or a digit
/// after it.
fn opens_while_open<'t>(text: &'t str, i: usize, marks: &[Open]) -> Option<(Open, &'t str)> {
    let open = *marks
        .iter()
        .rev()
        .take(8)
        .find(|o| o.family == Family::Double)?;
    let before = text[..i].trim_end_matches([' ', '\t']);
    let opens = before.len() < i
        && text[open.at..].starts_with('"')
        && text[i + 1..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
    opens.then_some((open, before))
}

/// `"In view of ... to 'wait and see', the organisation said in its
/// report. Growth is expected to fall. "The orderly`: a straight mark
/// opening a sentence, with a straight double quotation open whose words
/// hold a tag (a comma, a few words, a verb of saying, a full stop) and a
/// sentence after it: the open quotation was left unclosed before the tag's
/// comma, where it ends. Returns that comma's offset. The caller asks only
/// when an even number of straight marks, this one included, is left in
/// the line.
fn tag_inside_end(text: &str, i: usize, marks: &[Open]) -> Option<usize> {
    // How far back the tag may stand: a bound that keeps a run of marks
    // linear.
    const REACH: usize = 600;
    const SAYING: &[&str] = &["said", "says", "added", "adds", "told", "noted", "wrote"];
    let (open, before) = opens_while_open(text, i, marks)?;
    if !before.ends_with(['.', '?', '!']) {
        return None;
    }
    let from = (open.at + open.len).max(before.len().saturating_sub(REACH));
    let from = (from..before.len()).find(|&k| text.is_char_boundary(k))?;
    let window = &text[from..before.len() - 1];
    // The last sentence's stop before the mark: the tag ends before it.
    let last_stop = window.rfind(". ")?;
    let mut at = 0;
    while let Some(k) = window[at..last_stop].find(", ") {
        let comma = at + k;
        at = comma + 2;
        // A tag: up to six words, one of them a verb of saying, before the
        // sentence's stop, which comes within a few words more.
        let tail = &window[comma + 2..last_stop + 1];
        let sentence = &tail[..tail.find(". ").map_or(tail.len(), |e| e + 1)];
        let verb = sentence
            .split(' ')
            .take(7)
            .position(|w| SAYING.contains(&w));
        let short = sentence.len() <= 100 && sentence.ends_with('.');
        if verb.is_some_and(|v| v >= 1) && short && !sentence.contains('"') {
            return Some(from + comma);
        }
    }
    None
}

/// Straight double marks from `from` to the end of its line, a height's
/// inches (`6'1"`) not counted.
fn straight_marks(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    let line = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    (from..from + line)
        .filter(|&k| bytes[k] == b'"' && !inch_mark(bytes, k))
        .count()
}

/// `a Muslim. He added: "The authorities`: a straight mark introduced by a
/// colon, with a straight double quotation open since before the last
/// sentence's end, opens a new quotation; the open one was left unclosed and
/// ends with that sentence. Returns where it ends. Straight marks do not
/// nest, and a colon before a mark introduces, it does not close. (The
/// caller asks only when an even number of straight marks, this one
/// included, is left in the line: with an odd number, the open quotation
/// closes later, `"I was stunned. He told me: "go" and left," she said`.)
fn unclosed_quotation_end(text: &str, i: usize, marks: &[Open]) -> Option<usize> {
    // How far back the introducing sentence may start: it is short, and the
    // bound keeps a run of colons and marks linear; so does looking at the
    // innermost few open marks only.
    const REACH: usize = 200;
    let (open, before) = opens_while_open(text, i, marks)?;
    if !before.ends_with(':') {
        return None;
    }
    let from = (open.at + open.len).max(before.len().saturating_sub(REACH));
    let window = &text.as_bytes()[from..before.len()];
    // ("We will win. Rep. Jones added:": no title's abbreviation ends it;
    // "a win in Iowa." does.)
    let abbreviation = |stop: usize| {
        let word = window[..stop]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        std::str::from_utf8(&window[stop - word..stop]).is_ok_and(|w| {
            !w.is_empty() && crate::token::TITLE_ABBREVIATIONS.contains(&crate::token::fold_hash(w))
        })
    };
    let stop = window.windows(2).enumerate().rev().find_map(|(k, w)| {
        let end = matches!(w[0], b'.' | b'?' | b'!') && w[1] == b' ';
        (end && !(w[0] == b'.' && abbreviation(k))).then_some(k)
    })?;
    Some(from + stop + 1)
}

/// Open marks, innermost last, with a count per family so that asking
/// "is a double quotation open?" costs nothing.
#[derive(Debug, Default)]
struct Stack {
    marks: Vec<Open>,
    singles: usize,
    doubles: usize,
}

impl Stack {
    fn count(&mut self, family: Family) -> &mut usize {
        match family {
            Family::Single => &mut self.singles,
            _ => &mut self.doubles,
        }
    }

    fn push(&mut self, open: Open) {
        *self.count(open.family) += 1;
        self.marks.push(open);
    }

    /// Closes the innermost open mark of `family`, dropping the marks opened
    /// inside it and never closed.
    fn pop_to(&mut self, family: Family) -> Option<Open> {
        if *self.count(family) == 0 {
            return None;
        }
        let depth = self.marks.iter().rposition(|o| o.family == family)?;
        let popped = self.marks.split_off(depth);
        for o in &popped {
            *self.count(o.family) -= 1;
        }
        popped.first().copied()
    }

    fn clear(&mut self) {
        self.marks.clear();
        self.singles = 0;
        self.doubles = 0;
    }
}

/// Ends a paragraph at the line break at `at`: a double quotation still open
/// becomes a piece that continues if the next paragraph reopens it (the news
/// convention), and is left unclosed otherwise; other open marks are dropped.
fn end_paragraph(
    text: &str,
    stack: &mut Stack,
    out: &mut Vec<Quotation>,
    line_start: usize,
    at: usize,
) {
    if let Some(open) = run_on_candidate(text, &stack.marks) {
        let line_end = line_start + text[line_start..at].trim_end().len();
        if line_end > open.at + open.len {
            let content = Span::new(open.at + open.len, line_end);
            let rest = text[at..].trim_start();
            let reopens = rest.chars().next().is_some_and(|c| {
                let next = rest[c.len_utf8()..].chars().next();
                matches!(
                    classify(c, None, next, false, false),
                    Some(Mark::Open(_) | Mark::Either(_))
                )
            });
            push(out, open, content, line_end, false, reopens);
        }
    }
    stack.clear();
}

/// The outermost double-style mark still open at the end of a paragraph:
/// the one that may run on into the next paragraph.
fn run_on_candidate(text: &str, stack: &[Open]) -> Option<Open> {
    let double = stack
        .iter()
        .find(|o| matches!(o.family, Family::Double | Family::Guillemet));
    // An opening ‘ or ‹ is never an apostrophe: left open, it is reported too.
    let single = || {
        stack
            .iter()
            .find(|o| o.family != Family::Double && text[o.at..].starts_with(['‘', '‹']))
    };
    double.or_else(single).copied()
}

fn push(
    out: &mut Vec<Quotation>,
    open: Open,
    content: Span,
    end: usize,
    closed: bool,
    continues: bool,
) {
    let id = out.len();
    out.push(Quotation {
        span: Span::new(open.at, end),
        content,
        closed,
        continues,
        group: id,
        nested: false,
    });
}

/// Links the pieces of quotations that run over paragraphs: a piece that
/// continues is followed, in text order, by the piece that reopens it.
fn regroup(out: &mut [Quotation]) {
    let mut chain: Option<usize> = None;
    for (i, q) in out.iter_mut().enumerate() {
        if q.nested {
            q.group = i;
            continue;
        }
        q.group = chain.unwrap_or(i);
        chain = q.continues.then_some(q.group);
    }
}

/// Whether a quotation was left open: the paragraph ended before its
/// closing mark and the next paragraph did not reopen it.
pub fn is_unbalanced(q: &Quotation) -> bool {
    !q.closed && !q.continues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find(text).iter().map(|q| q.content.slice(text)).collect()
    }

    #[test]
    fn curly_and_straight_double_quotes_pair() {
        assert_eq!(
            quoted("“We won,” she said. He said \"no way\" twice."),
            ["We won,", "no way"]
        );
    }

    #[test]
    fn an_opening_mark_typed_for_a_closing_one_closes() {
        assert_eq!(
            quoted("“It's unusual,“ said Noble. “It's hard.”"),
            vec!["It's unusual,", "It's hard."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        assert!(quoted("Don't blame O'Brien for the '90s or the students' votes.").is_empty());
        assert!(quoted("Don’t blame O’Brien for the ’90s.").is_empty());
    }

    #[test]
    fn single_quotes_in_headlines_pair() {
        assert_eq!(
            quoted("Voters say it is ‘in their heads’"),
            ["in their heads"]
        );
        assert_eq!(
            quoted("Senator calls plan 'a disgrace' today"),
            ["a disgrace"]
        );
    }

    #[test]
    fn typewriter_double_marks_pair() {
        assert_eq!(quoted("He said ''we will win'' and left."), ["we will win"]);
        assert_eq!(quoted("He said ``we will win'' and left."), ["we will win"]);
        assert_eq!(
            quoted("He said “we will win,’’ and left."),
            ["we will win,"]
        );
        assert_eq!(quoted("He said ‘‘we will win’’ and left."), ["we will win"]);
    }

    #[test]
    fn guillemets_pair() {
        assert_eq!(quoted("Il a dit «non» hier."), ["non"]);
    }

    #[test]
    fn quotation_reopened_in_next_paragraph_is_one_group() {
        let text = "“First part of it.\n\n“Second part,” she said.";
        let qs = find(text);
        assert_eq!(qs.len(), 2);
        assert!(qs[0].continues && !qs[0].closed);
        assert_eq!(qs[1].group, 0);
        assert!(qs[1].closed);
    }

    #[test]
    fn unclosed_quotation_ends_at_paragraph_and_is_flagged() {
        let text = "He said “this never ends.\n\nNext paragraph here.";
        let qs = find(text);
        assert_eq!(qs.len(), 1);
        assert_eq!(qs[0].content.slice(text), "this never ends.");
        // The next paragraph did not reopen it.
        assert!(!qs[0].closed);
    }

    #[test]
    fn unclosed_typographic_single_quotation_is_flagged() {
        let qs = find("She said ‘no way.\n\nNext.");
        assert_eq!(qs.len(), 1);
        assert!(is_unbalanced(&qs[0]));
        // A straight apostrophe left open is elision or a possessive: no quotation.
        assert!(find("the students' votes.\n\nNext.").is_empty());
    }

    #[test]
    fn a_straight_mark_opening_a_sentence_reopens_the_quotation() {
        // Paragraphs run together: the second mark reopens, only the last closes.
        let text = "He added: \"We must act. \"Children will die. Deliver quickly.\" Talks go on.";
        let qs = find(text);
        assert_eq!(qs.len(), 1);
        assert!(!is_unbalanced(&qs[0]));
        assert!(qs[0].span.slice(text).ends_with("quickly.\""));
    }

    #[test]
    fn a_colon_before_a_straight_mark_ends_a_quotation_left_open() {
        let text = "Lee said: \"I lost my job. He added: \"They broke me.\" Police denied it.";
        assert_eq!(quoted(text), ["I lost my job.", "They broke me."]);
        assert!(is_unbalanced(&find(text)[0]));
        // Within one sentence a colon and mark nest as before.
        let text = "\"He told me: \"go\" today,\" she said.";
        assert_eq!(quoted(text).len(), 2);
        assert_eq!(
            find(text)[0].content.slice(text),
            "He told me: \"go\" today,"
        );
        // So they do when the open quotation closes later in the line.
        let text = "\"I was stunned. He told me: \"go home\" and left,\" she said. Then rain.";
        assert_eq!(
            find(text)[0].content.slice(text),
            "I was stunned. He told me: \"go home\" and left,"
        );
        // A title's abbreviation ends no sentence.
        let text = "Lee said: \"We will win. Rep. Jones added: \"No.\" Police left.";
        assert_eq!(quoted(text), ["We will win.", "No."]);
    }

    #[test]
    fn a_heights_inches_are_no_quotation_mark() {
        assert_eq!(
            quoted("“He is 5’2” and small, the 6'1\" one is not,” she said."),
            ["He is 5’2” and small, the 6'1\" one is not,"]
        );
    }

    #[test]
    fn nested_quotation_is_marked() {
        let text = "“He told me ‘never again’ today,” she said.";
        let qs = find(text);
        assert_eq!(qs.len(), 2);
        assert!(!qs[0].nested);
        assert!(qs[1].nested);
    }
}
