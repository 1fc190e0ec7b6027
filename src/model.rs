//! The plain data the stages pass along: spans, sentences, labels and the
//! categories of a source.

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets, `start..end`, into the caller's text.
///
/// Spans always fall on `char` boundaries, so `&text[span.start..span.end]` never
/// panics for the text they were produced from.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The covered text, or `""` when the span does not fit `text`.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `offset` lies inside the span.
    #[inline]
    pub const fn contains_offset(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for std::ops::Range<usize> {
    fn from(s: Span) -> std::ops::Range<usize> {
        s.start..s.end
    }
}

/// One sentence of the text: its span and the paragraph it belongs to.
///
/// Paragraphs are counted from zero; a blank line starts a new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Sentence {
    /// Where the sentence lies in the text (no leading or trailing whitespace).
    pub span: Span,
    /// Index of the paragraph, counted from zero.
    pub paragraph: usize,
}

/// The label of one claim (sentence), as the annotation guide defines it.
///
/// The variants are listed in order of precedence: the first that holds wins.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Some source of the claim is not identified.
    Anonymous,
    /// A direct or partial quotation from an identified source.
    Quoted,
    /// Reported speech from an identified official source.
    Official,
    /// Reported speech from an identified source that is not official.
    Named,
    /// No source: the writer's own statement, or a hedge with no source.
    Unattributed,
}

impl Label {
    /// All labels, in order of precedence.
    pub const ALL: [Label; 5] = [
        Label::Anonymous,
        Label::Quoted,
        Label::Official,
        Label::Named,
        Label::Unattributed,
    ];

    /// The label's name as it appears in reports (`"anonymous"`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Anonymous => "anonymous",
            Label::Quoted => "quoted",
            Label::Official => "official",
            Label::Named => "named",
            Label::Unattributed => "unattributed",
        }
    }

    /// Parses a label's report name.
    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a source is identified.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Identity {
    /// A person, body or document the reader could look up.
    Named,
    /// Not identified: "sources", "an official", "a new report".
    Anonymous,
}

impl Identity {
    /// The name as it appears in reports (`"named"`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Identity::Named => "named",
            Identity::Anonymous => "anonymous",
        }
    }
}

/// What kind of source speaks.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Government, agency, court, police, party, campaign, company speaking as
    /// such, an office holder by title, or a spokesperson for one.
    Official,
    /// A news outlet or its report.
    Media,
    /// A person speaking for themselves.
    Person,
    /// A report, study, poll or other document.
    Document,
}

impl Role {
    /// The name as it appears in reports (`"official"`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Official => "official",
            Role::Media => "media",
            Role::Person => "person",
            Role::Document => "document",
        }
    }
}

/// How the claim's words reach the reader.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The whole sentence or clause is in quotation marks.
    Direct,
    /// A few quoted words inside reported speech.
    Partial,
    /// Reported speech, no quotation marks.
    Indirect,
}

impl Mode {
    /// The name as it appears in reports (`"direct"`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Mode::Direct => "direct",
            Mode::Partial => "partial",
            Mode::Indirect => "indirect",
        }
    }
}
