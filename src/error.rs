//! Errors that can happen: only building an auditor from user word lists.

/// An error building an [`Auditor`](crate::Auditor).
#[derive(Debug, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    /// The word lists could not be compiled into an automaton (for example,
    /// they exceed the automaton's size limits).
    #[error("cannot compile the word lists: {0}")]
    Lexicon(String),
}

impl Error {
    pub(crate) fn lexicon(e: aho_corasick::BuildError) -> Error {
        Error {
            kind: ErrorKind::Lexicon(e.to_string()),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}
