//! A local newsroom extends the word lists through the builder: its own
//! outlet, a local office title, the bodies it covers, and one default entry
//! that means something else in its town. It audits a short article with the
//! default auditor and with its own, and prints how the labels change.
//!
//! ```text
//! cargo run --example custom_lexicon
//! ```

use attribution_audit::report::SentenceReport;
use attribution_audit::{Auditor, Label, List, Role};

/// The newsroom's own list of bodies, in the crate's word-list format
/// (one entry a line, `#` comments), as it might keep it in a file.
const OUR_BODIES: &str = "\
# our bodies
Port Ellis Council
Harbour Board
Kell Ferries
";

const ARTICLE: &str = "\
The night ferry to Kell Island will stop running in June, the Harbour Gazette reported on Friday. \
The pilot boats will keep working, harbourmaster Jo Lund said. \
Port Ellis Council said it had not been consulted. \
The Harbour Board announced a review of mooring fees. \
Kell Ferries said fares would rise by a fifth. \
The Globe, the pub on the quay, said it would stay open late for stranded passengers. \
The last ferry leaves at ten.";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let default = Auditor::new();
    let ours = Auditor::builder()
        // Our own paper: an outlet, so its reports are media sources. (The
        // defaults already take "... Gazette" for a masthead, and "council"
        // and "board" for bodies, so those lines below change nothing: the
        // entries make them certain rather than guessed.)
        .add(List::Outlets, "Harbour Gazette")
        // Lowercase entries match any case ("Harbourmaster Jo Lund" too).
        .add(List::Titles, "harbourmaster")
        // Named bodies: they speak as officials.
        .add_list(List::Institutions, OUR_BODIES)
        // In Port Ellis "The Globe" is the pub on the quay, not a newspaper:
        // drop it from the outlets (removal ignores case, so "the Globe"
        // goes too) and list the pub as a body speaking for itself.
        .remove(List::Outlets, "The Globe")
        .add(List::Institutions, "The Globe")
        .build()?;

    // An entry must hold a word: building fails, it does not panic.
    if let Err(e) = Auditor::builder().add(List::Outlets, "  ").build() {
        println!("a blank entry is refused: {e}\n");
    }

    let before = default.audit(ARTICLE);
    let after = ours.audit(ARTICLE);
    // The lists change the sources, never the sentences.
    assert_eq!(before.sentences.len(), after.sentences.len());
    println!("default lists -> our lists   (* changed)\n");
    for (b, a) in before.sentences.iter().zip(&after.sentences) {
        let (was, now) = (describe(b), describe(a));
        let mark = if was == now { ' ' } else { '*' };
        println!("{mark} {}", &ARTICLE[a.start..a.end]);
        println!("    {was}  ->  {now}");
    }

    // What the additions are for: the title and the bodies make their
    // speakers official, and the pub is no longer read as a newspaper.
    let label_of = |needle: &str| {
        let s = after
            .sentences
            .iter()
            .find(|s| ARTICLE[s.start..s.end].contains(needle))
            .expect("sentence in the article");
        (s.label, s.attributions.first().map(|a| a.source.role))
    };
    assert_eq!(label_of("harbourmaster Jo Lund").0, Label::Official);
    assert_eq!(label_of("Kell Ferries said").0, Label::Official);
    assert_ne!(label_of("The Globe").1, Some(Role::Media));
    Ok(())
}

/// `label (source: role)` for a sentence, e.g. `official (Kell Ferries: official)`.
fn describe(s: &SentenceReport) -> String {
    let sources: Vec<String> = s
        .attributions
        .iter()
        .map(|a| format!("{}: {}", a.source.text, a.source.role.as_str()))
        .collect();
    if sources.is_empty() {
        s.label.to_string()
    } else {
        format!("{} ({})", s.label, sources.join("; "))
    }
}
