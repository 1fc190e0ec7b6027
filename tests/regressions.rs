//! Inputs that once broke an invariant, found by tests/properties.rs or the
//! fuzz targets, kept so the bugs stay fixed.

#[path = "../fuzz/src/check.rs"]
mod check;

use attribution_audit::{Auditor, List};
use check::{check_audit, check_configured, Edit};

fn audits_cleanly(text: &str) {
    check_audit(&Auditor::new(), &Auditor::new(), text);
}

/// A word list entry made only of punctuation was accepted, and its full
/// stops then matched as words of the list.
#[test]
fn an_entry_of_full_stops_is_refused() {
    assert!(Auditor::builder()
        .add(List::CueVerbs, "...")
        .build()
        .is_err());
    check_configured(&[Edit::Add(List::CueVerbs, "...".into())], "");
}

/// The tokenizer joined `master.Ana` into one word while the segmenter cut
/// the sentence after `master.`: the source `Ana Lima, the harbour
/// master.Ana` ran into the next sentence.
#[test]
fn a_source_does_not_run_over_a_missing_space_after_a_full_stop() {
    audits_cleanly("said Ana Lima, the harbour master.Ana");
    audits_cleanly("\"We will reopen next spring,\" said Ana Lima, the harbour master.Ana");
    let text = "said Ana Lima, the harbour master.Ana";
    let report = Auditor::new().audit(text);
    for s in &report.sentences {
        for a in &s.attributions {
            assert!(a.source.start >= s.start && a.source.end <= s.end);
        }
    }
}

/// A long sentence of cue words ("officials say the port will close ...")
/// once took minutes per megabyte: `attribute::of_sentence` rescanned the
/// tokens from the first cue's content to each later cue's source looking
/// for a clause break. The breaks are now found once per sentence.
#[test]
fn a_long_sentence_of_cue_words() {
    // Once quadratic: every cue rescanned the sentence for clause breaks.
    // The growth itself is measured by `examples/stress.rs`.
    let unit = "officials say the port will close ";
    let text = unit.repeat(200_000 / unit.len());
    audits_cleanly(&text);
}

/// A colon introducing a quotation that turns out to be a title left an
/// attribution marked direct with no quotation.
#[test]
fn colon_before_a_title_quote_leaves_no_direct_attribution_without_quote() {
    audits_cleanly("The bridge will close in May, officials said. Ana police:“Ana—Ana ");
}

/// Fuzzing found a speaker-tag walk after a quotation (`..." Mr Lee said
/// the p”s`) that stepped past a closing mark by the word's length only,
/// landing inside the mark's bytes, and sliced the text there.
#[test]
fn a_speaker_tag_walk_over_a_closing_mark() {
    audits_cleanly(
        "The plan will go ahead if the script is followed.\" Mr Lee said the p”s pre from us.",
    );
    audits_cleanly("It is over.\" Ms Ek said the “p”s far.");
}

/// A sentence that is, or ends a text with, a capitalised conjunction:
/// the subject search stepped past it and read the token after the last
/// one (found by the `audit` fuzz target, `Girls ... Teens 'know little'`,
/// minimised by hand).
#[test]
fn a_conjunction_as_the_last_token() {
    for text in [
        "But",
        "And",
        "However",
        "Yet",
        "It rained, But",
        "Ships wait. And",
        "But then",
    ] {
        audits_cleanly(text);
    }
}
