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
    /// A word-list entry cannot be used, for example because it holds no
    /// word at all (`"..."`).
    #[error("invalid word-list entry: {0}")]
    InvalidEntry(String),
}

impl Error {
    pub(crate) fn invalid_entry(message: String) -> Error {
        Error {
            kind: ErrorKind::InvalidEntry(message),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}
