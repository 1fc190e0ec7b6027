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
        other => Some(other),
    }
}

#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    at: usize,
    len: usize,
}

/// Finds the quotations of `text`, in order of their opening marks.
pub fn find(text: &str) -> Vec<Quotation> {
    let mut out: Vec<Quotation> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // A quotation left open at the end of the previous paragraph, waiting
    // for the next paragraph to reopen it.
    let mut pending: Option<usize> = None;
    let mut paragraph_start = true;
    let mut prev: Option<char> = None;
    let mut line_end = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, mut c)) = iter.next() {
        let mut next = iter.peek().map(|&(_, n)| n);
        let mut len = c.len_utf8();
        // Typewriter doubles: `` opens and '' stands for a double mark.
        if (c == '\'' || c == '`') && next == Some(c) {
            iter.next();
            c = if c == '`' { '“' } else { '"' };
            len = 2;
            next = iter.peek().map(|&(_, n)| n);
        }
        if c == '\n' {
            if let Some(open) = run_on_candidate(&stack) {
                if line_end > open.at + open.len {
                    pending = Some(out.len());
                    let content = Span::new(open.at + open.len, line_end);
                    push(&mut out, open, content, line_end, false, true);
                }
            }
            stack.clear();
            paragraph_start = true;
            prev = Some(c);
            continue;
        }
        if c.is_whitespace() {
            prev = Some(c);
            continue;
        }
        let open_single = stack.iter().any(|o| o.family == Family::Single);
        let open_double = stack.iter().any(|o| o.family == Family::Double);
        let mark = classify(c, prev, next, open_single, open_double);
        if paragraph_start {
            // The previous paragraph's open quotation runs on only if this
            // paragraph starts by reopening it.
            if let Some(p) = pending.take() {
                let reopens = matches!(mark, Some(Mark::Open(_) | Mark::Either(_)));
                out[p].continues = reopens;
            }
            paragraph_start = false;
        }
        match mark {
            Some(Mark::Open(family) | Mark::Either(family)) => {
                stack.push(Open { family, at: i, len })
            }
            Some(Mark::Close(family)) => {
                if let Some(depth) = stack.iter().rposition(|o| o.family == family) {
                    // Marks opened inside it and never closed are dropped.
                    let open = stack[depth];
                    stack.truncate(depth);
                    let content = Span::new(open.at + open.len, i);
                    push(&mut out, open, content, i + len, true, false);
                    if let Some(q) = out.last_mut() {
                        q.nested = !stack.is_empty();
                    }
                }
            }
            None => {}
        }
        prev = Some(c);
        line_end = i + len;
    }
    if let Some(open) = run_on_candidate(&stack) {
        if line_end > open.at + open.len {
            let content = Span::new(open.at + open.len, line_end);
            push(&mut out, open, content, line_end, false, false);
        }
    }
    if let Some(p) = pending {
        out[p].continues = false;
    }
    out.sort_by_key(|q| q.span.start);
    regroup(&mut out);
    out
}

/// The outermost double-style mark still open at the end of a paragraph:
/// the one that may run on into the next paragraph.
fn run_on_candidate(stack: &[Open]) -> Option<Open> {
    stack
        .iter()
        .find(|o| matches!(o.family, Family::Double | Family::Guillemet))
        .copied()
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
    fn nested_quotation_is_marked() {
        let text = "“He told me ‘never again’ today,” she said.";
        let qs = find(text);
        assert_eq!(qs.len(), 2);
        assert!(!qs[0].nested);
        assert!(qs[1].nested);
    }
}
