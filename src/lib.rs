//! # attribution-audit
//!
//! Audits how a news article sources its claims.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod lexicon;
pub mod model;
pub mod segment;

pub use model::{Identity, Label, Mode, Role, Sentence, Span};
pub use segment::{Segmenter, SegmenterBuilder};
