//! The sentence label, by the annotation guide's precedence and nothing else.

use crate::model::{Identity, Label, Mode, Role};

/// What the label needs to know of one attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    /// Whether the source is identified.
    pub identity: Identity,
    /// What the source speaks as.
    pub role: Role,
    /// Direct, partial or indirect.
    pub mode: Mode,
}

/// The label one attribution alone would give its sentence.
pub fn of_attribution(b: Basis) -> Label {
    match (b.identity, b.mode, b.role) {
        (Identity::Anonymous, _, _) => Label::Anonymous,
        (_, Mode::Direct | Mode::Partial, _) => Label::Quoted,
        (_, Mode::Indirect, Role::Official | Role::Document) => Label::Official,
        (_, Mode::Indirect, Role::Person | Role::Media) => Label::Named,
    }
}

/// The label of a sentence: the first rule that holds over its attributions,
/// `unattributed` when it has none.
pub fn of_sentence(attributions: impl IntoIterator<Item = Basis>) -> Label {
    attributions
        .into_iter()
        .map(of_attribution)
        .min()
        .unwrap_or(Label::Unattributed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn basis(identity: Identity, role: Role, mode: Mode) -> Basis {
        Basis {
            identity,
            role,
            mode,
        }
    }

    #[test]
    fn anonymous_outranks_a_quotation() {
        let label = of_sentence([
            basis(Identity::Named, Role::Person, Mode::Direct),
            basis(Identity::Anonymous, Role::Official, Mode::Indirect),
        ]);
        assert_eq!(label, Label::Anonymous);
    }

    #[test]
    fn quotation_outranks_official_reported_speech() {
        let label = of_sentence([
            basis(Identity::Named, Role::Official, Mode::Indirect),
            basis(Identity::Named, Role::Person, Mode::Partial),
        ]);
        assert_eq!(label, Label::Quoted);
    }

    #[test]
    fn media_reported_speech_is_named() {
        assert_eq!(
            of_sentence([basis(Identity::Named, Role::Media, Mode::Indirect)]),
            Label::Named
        );
    }

    #[test]
    fn named_document_is_official() {
        assert_eq!(
            of_sentence([basis(Identity::Named, Role::Document, Mode::Indirect)]),
            Label::Official
        );
    }

    #[test]
    fn no_attribution_is_unattributed() {
        assert_eq!(of_sentence([]), Label::Unattributed);
    }
}
