//! # attribution-audit
//!
//! Audits how a news article sources its claims.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod auditor;
mod cue;
mod error;
pub mod label;
mod lexicon;
pub mod model;
pub mod quote;
pub mod report;
mod resolve;
pub mod segment;
mod source;
mod token;

pub use auditor::{Auditor, AuditorBuilder};
pub use error::{Error, ErrorKind};
pub use lexicon::List;
pub use model::{Identity, Label, Mode, Role, Sentence, Span};
pub use report::Report;
pub use segment::{Segmenter, SegmenterBuilder};
