//! Sentences and paragraphs of news copy.
//!
//! PLACEHOLDER: splits on blank lines only; the real segmenter replaces it.

use crate::lexicon;
use crate::model::{Sentence, Span};
use std::collections::HashSet;

/// Splits text into sentences. Build once, use for many texts.
#[derive(Clone, Debug)]
pub struct Segmenter {
    abbreviations: HashSet<String>,
}

/// Configures a [`Segmenter`].
#[derive(Clone, Debug)]
pub struct SegmenterBuilder {
    abbreviations: HashSet<String>,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::builder().build()
    }
}

impl Segmenter {
    /// A segmenter with the default abbreviations.
    pub fn new() -> Segmenter {
        Segmenter::default()
    }

    /// A builder starting from the default abbreviations.
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder {
            abbreviations: lexicon::entries(lexicon::ABBREVIATIONS)
                .map(str::to_owned)
                .collect(),
        }
    }

    /// The sentences of `text`, in order.
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        let _ = &self.abbreviations;
        let mut out = Vec::new();
        let mut paragraph = 0;
        let mut offset = 0;
        for para in text.split("\n\n") {
            let lead = para.len() - para.trim_start().len();
            let body = para.trim();
            if !body.is_empty() {
                let start = offset + lead;
                out.push(Sentence {
                    span: Span::new(start, start + body.len()),
                    paragraph,
                });
                paragraph += 1;
            }
            offset += para.len() + 2;
        }
        out
    }
}

impl SegmenterBuilder {
    /// Adds an abbreviation, written with its final full stop (`"Gov."`).
    pub fn add_abbreviation(&mut self, abbreviation: &str) -> &mut SegmenterBuilder {
        self.abbreviations.insert(abbreviation.to_owned());
        self
    }

    /// Removes an abbreviation, so that its full stop may end a sentence.
    pub fn remove_abbreviation(&mut self, abbreviation: &str) -> &mut SegmenterBuilder {
        self.abbreviations.remove(abbreviation);
        self
    }

    /// Builds the segmenter.
    pub fn build(&self) -> Segmenter {
        Segmenter {
            abbreviations: self.abbreviations.clone(),
        }
    }
}
