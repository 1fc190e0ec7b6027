//! The coverage invariant of the segmenter, on arbitrary and hostile input.

use attribution_audit::{Segmenter, Sentence};
use proptest::prelude::*;

/// Checks that the sentences cover `text`: in order, non-overlapping, on char
/// boundaries, trimmed, every non-whitespace byte in exactly one sentence, only
/// whitespace between them, paragraph indices non-decreasing from zero.
fn assert_covers(text: &str, sentences: &[Sentence]) {
    let mut last_end = 0;
    let mut last_paragraph = 0;
    for (n, s) in sentences.iter().enumerate() {
        let span = s.span;
        assert!(span.start < span.end, "empty sentence {n}: {span:?}");
        assert!(span.end <= text.len(), "sentence {n} out of range");
        assert!(
            span.start >= last_end,
            "sentence {n} overlaps or is out of order"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let body = &text[span.start..span.end];
        assert_eq!(body, body.trim(), "sentence {n} is not trimmed: {body:?}");
        let gap = &text[last_end..span.start];
        assert!(
            gap.trim().is_empty(),
            "non-whitespace between sentences: {gap:?}"
        );
        if n == 0 {
            assert_eq!(s.paragraph, 0, "first paragraph is not 0");
        }
        assert!(
            s.paragraph >= last_paragraph,
            "paragraphs go backwards at {n}"
        );
        assert!(
            s.paragraph <= last_paragraph + 1 || n == 0,
            "paragraph skipped at {n}"
        );
        last_paragraph = s.paragraph;
        last_end = span.end;
    }
    assert!(
        text[last_end..].trim().is_empty(),
        "text left uncovered at the end"
    );
}

fn check(text: &str) {
    let sentences = Segmenter::new().sentences(text);
    assert_covers(text, &sentences);
}

/// Strings made from the characters that drive the segmenter's decisions.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        ".",
        ".",
        ".",
        "?",
        "!",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "‹",
        "›",
        "„",
        "(",
        ")",
        "[",
        "]",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\u{a0}",
        "\u{2003}",
        "\u{3000}",
        "…",
        "•",
        "⁃",
        "‼",
        "-",
        "—",
        ":",
        ",",
        "a",
        "b",
        "e",
        "I",
        "A",
        "T",
        "The",
        "He",
        "Mr",
        "U.S",
        "p.m",
        "No",
        "Inc",
        "1",
        "2",
        "10",
        "2016",
        "é",
        "Ü",
        "日本",
        "🙂",
        "www",
        "@",
        "/",
        "Image",
        "Friday, May 1, 2020",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn covers_tricky_strings(text in tricky()) {
        check(&text);
    }

    #[test]
    fn covers_any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn covers_word_like_strings(text in "([A-Za-zÀ-ÿ]{0,6}[.?!\"'“”‘’«» \n\u{a0}]{0,3}){0,40}") {
        check(&text);
    }

    #[test]
    fn same_result_on_repeat(text in tricky()) {
        let seg = Segmenter::new();
        prop_assert_eq!(seg.sentences(&text), seg.sentences(&text));
    }
}

#[test]
fn many_full_stops() {
    check(&".".repeat(200_000));
    check(&". ".repeat(100_000));
}

#[test]
fn repeated_initials() {
    check(&"A. ".repeat(50_000));
    check(&"A. B. C. ".repeat(20_000));
    check(&"U.S.A.".repeat(30_000));
}

#[test]
fn megabyte_line_without_punctuation() {
    check(&"word ".repeat(200_000));
    check(&"x".repeat(1 << 20));
}

#[test]
fn unbalanced_quotes() {
    check(&"“".repeat(10_000));
    check(&"He said “no. ".repeat(10_000));
    check(&"\"'.\"' ".repeat(10_000));
}

#[test]
fn many_line_breaks_and_lists() {
    check(&"\n".repeat(100_000));
    check(&"a\n".repeat(50_000));
    check(&"1. 1. ".repeat(20_000));
    check(&"• 1. item ".repeat(20_000));
    check(&"… ".repeat(50_000));
}
