//! Properties of the audit over arbitrary and news-like text and over
//! arbitrary word-list configurations: no panic, no text lost, every span
//! where it says it is, labels by the precedence rule, consistent totals,
//! and the same bytes out for the same text in.

#[path = "../fuzz/src/check.rs"]
mod check;

use attribution_audit::{Auditor, List, Segmenter};
use check::{check_audit, check_configured, check_sentences, Edit};
use proptest::prelude::*;
use std::sync::LazyLock;

static AUDITORS: LazyLock<(Auditor, Auditor)> = LazyLock::new(|| (Auditor::new(), Auditor::new()));
static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(Segmenter::new);

/// Pieces of news copy: words, names, titles, cues, punctuation, every kind
/// of quotation mark, line breaks, multibyte letters and emoji.
const PIECES: &[&str] = &[
    "the",
    "a",
    "port",
    "will",
    "close",
    "in",
    "May",
    "it",
    "opened",
    "and",
    "not",
    "was",
    "Ana",
    "Lima",
    "Hugh",
    "Hill",
    "Trump",
    "Clinton",
    "Reuters",
    "CNN",
    "White",
    "House",
    "Pentagon",
    "Moscow",
    "police",
    "the company",
    "the ministry",
    "a new report",
    "study",
    "said",
    "says",
    "told",
    "added",
    "warned",
    "tweeted",
    "according to",
    "citing",
    "officials",
    "sources",
    "a senior official",
    "people familiar with the matter",
    // Words this version's rules look around: conjunctions and adverbs
    // opening a subject, places and offices, nouns spelled as cues, numbers.
    "But",
    "And",
    "However",
    "Then",
    "So far",
    "New",
    "York",
    "the Texas senator",
    "a New Hampshire Democrat",
    "of Michigan",
    "Olympic champion",
    "went on",
    "sale",
    "continued",
    "contributed to",
    "privy to",
    "advocates",
    "I'd",
    "Subs Not Used:",
    "1,000",
    "£30,000",
    " - ",
    // And those of the version after: party tags, acronyms, relative
    // clauses, floating words, lists, documents, titles, so-called terms.
    ", R-Wis.,",
    "(NRA)",
    "WHO",
    ", who",
    ", which",
    "both",
    "there",
    "meanwhile",
    "according to one of",
    "the Mail on Sunday",
    "reports from",
    "A report on",
    "into",
    "while working",
    "He's",
    "Tory leader",
    "Later",
    "so-called",
    "State of the Union",
    "I interviewed",
    "we spoke to",
    "Dayton, Ohio,",
    "Oxfordshire",
    "Texas-based",
    "Musicians'",
    "Union",
    "Speaker of the House Paul",
    "oil giant Yukos",
    "Yukos",
    "emotionally charged",
    "from finalizing rules",
    "controller",
    "the airline",
    "boss",
    "who spoke on condition of anonymity",
    "spokeswoman",
    "Sen.",
    "Gov.",
    "Dr.",
    "Mr.",
    "President",
    "U.S.",
    "he",
    "she",
    "they",
    "allegedly",
    "reportedly",
    "declined to comment",
    "63 percent",
    "A.",
    "B.",
    "J.R.R.",
    "No.",
    "3.5",
    "1931",
    "e.g.",
    "etc.",
    "’s",
    "'s",
    "don't",
    "won’t",
    ".",
    ".",
    ".",
    ",",
    ",",
    ";",
    ":",
    "?",
    "!",
    "…",
    "...",
    "—",
    "―",
    "–",
    "-",
    "--",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "\"",
    "'",
    "“",
    "”",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "‟",
    " ",
    " ",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\n \n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{3000}",
    "é",
    "Ärzte",
    "Zoë",
    "Łódź",
    "北京",
    "日本語",
    "Ελλάδα",
    "Москва",
    "مرحبا",
    "🦀",
    "👩‍👩‍👧",
    "🇺🇸",
    "e\u{301}",
    "\u{200b}",
    "\u{feff}",
    "\0",
];

/// Text built from news pieces, glued with or without spaces.
fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(PIECES), prop::bool::weighted(0.7)),
        0..120,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Sentences shaped like attributions, with shuffled pieces around them.
fn attributed() -> impl Strategy<Value = String> {
    let sentence = prop::sample::select(
        &[
            "The bridge will close in May, officials said.",
            "\"We will reopen next spring,\" said Ana Lima, the harbour master.",
            "Fares rose, according to the Coastal Ledger.",
            "“Nobody told us anything,” she said.",
            "Sen. Rand Paul warned that the bill would fail.",
            "A senior official, who spoke on condition of anonymity, said talks had stalled.",
            "The report found that 63 percent said no.",
            "«Non», a dit le ministre.",
            "Hugh Hill, a doctor, added:",
            "It allegedly happened in 1931.",
            "Police declined to comment.",
            "Moscow said, citing unnamed sources, that “the deal is off.",
            "MARSH: We are done here.",
            "\"It works\" ― Ana Lima",
        ][..],
    );
    prop::collection::vec(
        (
            sentence,
            news(),
            prop::sample::select(&[" ", "\n", "\n\n", ""][..]),
        ),
        0..8,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (a, b, sep) in parts {
            s.push_str(a);
            s.push_str(sep);
            s.push_str(&b);
            s.push_str(sep);
        }
        s
    })
}

fn list() -> impl Strategy<Value = List> {
    prop::sample::select(&List::ALL[..])
}

/// Word-list entries: real words, multi-word names, abbreviations, and
/// entries with no word at all.
fn entry() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(&[
            "said", "SAID", "according to", "officials", "sources", "Harbour Gazette",
            "Supt.", "Sen.", "X.", "the", "a", "it", "he", "told", "citing",
            "people familiar with", "Ärzte Zeitung", "北京", "don’t", "'s", "a b c d e f",
            "U.S.", "police", "  padded  ",
        ][..]).prop_map(str::to_owned),
        2 => prop::sample::select(&["...", "", " ", "“", "—", "--", "🦀", ".", "\u{a0}", "()"][..])
            .prop_map(str::to_owned),
        1 => news().prop_map(|s| s.chars().take(30).collect()),
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        (list(), entry(), prop::bool::weighted(0.7)).prop_map(|(l, e, add)| {
            if add {
                Edit::Add(l, e)
            } else {
                Edit::Remove(l, e)
            }
        }),
        0..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_string_audits_cleanly(text in any::<String>()) {
        check_audit(&AUDITORS.0, &AUDITORS.1, &text);
    }

    #[test]
    fn news_like_text_audits_cleanly(text in news()) {
        check_audit(&AUDITORS.0, &AUDITORS.1, &text);
    }

    #[test]
    fn attributed_text_audits_cleanly(text in attributed()) {
        check_audit(&AUDITORS.0, &AUDITORS.1, &text);
    }

    #[test]
    fn any_string_segments_cleanly(text in any::<String>()) {
        check_sentences(&text, &SEGMENTER.sentences(&text));
    }

    #[test]
    fn news_like_text_segments_cleanly(text in prop_oneof![news(), attributed()]) {
        check_sentences(&text, &SEGMENTER.sentences(&text));
    }
}

proptest! {
    // Each case builds two auditors: fewer cases.
    #![proptest_config(ProptestConfig {
        cases: 48,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// No panic; `build` fails exactly when an added entry holds no word;
    /// the invariants hold with whatever lists build.
    #[test]
    fn any_word_lists_build_or_fail_cleanly(edits in edits(), text in attributed()) {
        check_configured(&edits, &text);
    }
}

#[test]
fn an_entry_without_a_word_is_refused() {
    for entry in ["...", "", "  ", "\u{a0}", "“”", "--", "—", "🦀"] {
        for list in List::ALL {
            if list == List::Abbreviations {
                continue;
            }
            let built = Auditor::builder().add(list, entry).build();
            assert!(built.is_err(), "{list:?} accepted {entry:?}");
        }
    }
}

#[test]
fn the_last_call_wins() {
    let built = Auditor::builder()
        .add(List::Outlets, "...")
        .remove(List::Outlets, "...")
        .build();
    assert!(built.is_ok(), "a removed entry is no error");
    let built = Auditor::builder()
        .remove(List::Outlets, "...")
        .add(List::Outlets, "...")
        .build();
    assert!(built.is_err(), "adding undoes the earlier removal");
}

#[test]
fn odd_abbreviations_are_accepted_and_harmless() {
    let mut builder = Auditor::builder();
    for entry in ["", "...", ".", "🦀.", "A.", "北京.", "\u{a0}"] {
        builder.add(List::Abbreviations, entry);
    }
    let auditor = builder.build().expect("abbreviations never fail");
    let other = builder.build().expect("abbreviations never fail");
    check_audit(
        &auditor,
        &other,
        "Mr. A. Smith said so. ... 🦀. North. 北京. Yes.",
    );
}
