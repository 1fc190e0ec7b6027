//! # attribution-audit
//!
//! Audits how a news article sources its claims: splits the text into
//! sentences, finds quotations and attributions, works out who each source is,
//! and labels every sentence `anonymous`, `quoted`, `official`, `named` or
//! `unattributed`.
//!
//! ## Quick start
//!
//! ```
//! use attribution_audit::{Auditor, Identity, Label, Mode};
//!
//! let auditor = Auditor::new(); // build once, share across threads
//! let text = "Rents will rise 9 percent, according to people familiar with the plan.\n\n\
//!             “We are out of options,” said Mayor Ana Ruiz. “The money is gone.”";
//! let report = auditor.audit(text);
//!
//! let labels: Vec<Label> = report.sentences.iter().map(|s| s.label).collect();
//! assert_eq!(labels, [Label::Anonymous, Label::Quoted, Label::Quoted]);
//!
//! // The second sentence of the quotation carries its speaker too.
//! let a = &report.sentences[2].attributions[0];
//! assert_eq!(a.source.resolved, Some("Ana Ruiz"));
//! assert_eq!(a.mode, Mode::Direct);
//! assert_eq!(report.sentences[0].attributions[0].source.identity, Identity::Anonymous);
//! ```
//!
//! ## Labels
//!
//! Exactly one per sentence, by the first rule that holds:
//!
//! 1. [`Label::Anonymous`]: some source is not identified (`officials said`,
//!    `citing unnamed sources`, `critics say`, `a new report found`).
//! 2. [`Label::Quoted`]: a direct or partial quotation from an identified
//!    source, every sentence of it.
//! 3. [`Label::Official`]: reported speech from an institution, an office
//!    holder named with a title, a spokesperson for an office, their documents.
//! 4. [`Label::Named`]: reported speech from a named person without a title or
//!    a news outlet.
//! 5. [`Label::Unattributed`]: the writer's own statement, or a hedge that names
//!    no source.
//!
//! Pronouns and role nouns take the label of the source they refer to as it
//! was introduced; a bare surname is labelled by its own words.
//!
//! ## Offsets
//!
//! Every span is a half-open range of UTF-8 byte offsets into the text you
//! passed ([`Span`]), on `char` boundaries. Sentences cover every
//! non-whitespace byte exactly once, in order, with only whitespace between
//! them:
//!
//! ```
//! let text = "He moved to the U.S. Then he left.\n\nBREAKING: Storm nears coast";
//! let auditor = attribution_audit::Auditor::new();
//! let pieces: Vec<&str> = auditor
//!     .sentences(text)
//!     .iter()
//!     .map(|s| &text[s.span.start..s.span.end])
//!     .collect();
//! assert_eq!(pieces, ["He moved to the U.S.", "Then he left.", "BREAKING: Storm nears coast"]);
//! ```
//!
//! ## Word lists
//!
//! Cue verbs, titles, institutions, outlets, anonymity phrases, abbreviations
//! and given names are plain text files compiled into the crate
//! (`src/lexicon/*.txt`). Extend or trim them with [`AuditorBuilder`]:
//!
//! ```
//! use attribution_audit::{Auditor, Label, List};
//!
//! let text = "The ferry is late again, harbourmaster Jo Lund said.";
//! assert_eq!(Auditor::new().audit(text).sentences[0].label, Label::Named);
//!
//! let auditor = Auditor::builder()
//!     .add(List::Titles, "harbourmaster")
//!     .build()
//!     .expect("valid entries");
//! assert_eq!(auditor.audit(text).sentences[0].label, Label::Official);
//! ```
//!
//! ## Untrusted input
//!
//! [`Auditor::audit`] and [`Segmenter::sentences`] accept any `&str`: they do
//! not panic, they lose no text (the sentence coverage above holds for every
//! input), and their cost grows linearly with the length of the input, also on
//! hostile text such as unbalanced quotation marks repeated for megabytes,
//! hundreds of thousands of full stops or one line of megabytes. Each stage
//! scans the text or its tokens once, and every look-around is bounded. The
//! maps that grow with the text (names, sources) mix a secret drawn once per
//! process into their hashes, so that crafted names cannot all fall into one
//! bucket; no map is iterated into the report, which stays the same byte for
//! byte from run to run. This is checked by property tests over arbitrary
//! strings and word-list configurations, by tests on hostile inputs, and by
//! fuzzing (the repository's `fuzz/` crate).
//! Building an auditor fails only on a word-list entry with no word in it
//! ([`Error`]).
//!
//! ## Inside
//!
//! One module a stage, in the order an audit runs them:
//!
//! | stage | module |
//! |---|---|
//! | sentences and paragraphs | `segment` (abbreviations in `segment/abbreviation.rs`) |
//! | tokens and their word-list hits | `token`, `lexicon` (the lists in `src/lexicon/*.txt`) |
//! | quotations | `quote` |
//! | cue verbs and phrases | `cue` (when a cue word is no cue: `cue/noun.rs`, `cue/act.rs`, `cue/idiom.rs`, `cue/passive.rs`; owned nouns, polls and speaker labels beside them) |
//! | where a source's mention lies | `source/locate.rs` (by direction: `source/locate/backward.rs`, `forward.rs`, `appositive.rs`, `phrase.rs`, `shared.rs`, `inverted.rs`; subjects of clauses: `source/subject.rs`) |
//! | what a source is (named or anonymous; official, media, person, document) | `source/classify.rs` (names: `source/names.rs`) |
//! | attributions of a sentence | `attribute` |
//! | who says each quotation (its cue, a signature, a colon, the speaker before) | `speaker` |
//! | pronouns and role nouns back to names | `resolve` (what each sentence adds: `resolve/note.rs`; people, bodies and titles: `person.rs`, `body.rs`, `title.rs`) |
//! | sentence labels | `label` |
//! | the report and its JSON | `report`, `json` |
//!
//! ## Features
//!
//! - `schema`: derives `schemars::JsonSchema` for the report, so that
//!   `schemars::schema_for!(Report)` gives its JSON Schema (committed as
//!   `schema/report.schema.json`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod attribute;
mod auditor;
mod cue;
mod error;
mod json;
pub mod label;
mod lexicon;
pub mod model;
pub mod quote;
pub mod report;
mod resolve;
mod scan;
pub mod segment;
mod source;
mod speaker;
mod token;

pub use auditor::{Auditor, AuditorBuilder};
pub use error::{Error, ErrorKind};
pub use lexicon::List;
pub use model::{Identity, Label, Mode, Role, Sentence, Span};
pub use report::Report;
pub use segment::{Segmenter, SegmenterBuilder};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
