//! Word lists, one entry a line, `#` starts a comment. The defaults are data
//! files compiled into the crate; users extend them through the builder.

/// The entries of a word list: trimmed lines, comments and blank lines skipped.
pub(crate) fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(|line| line.split_once('#').map_or(line, |(before, _)| before).trim())
        .filter(|line| !line.is_empty())
}

/// The default abbreviations: words that a full stop does not end.
pub(crate) const ABBREVIATIONS: &str = include_str!("lexicon/abbreviations.txt");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let got: Vec<&str> = entries("# head\n\nMr.  # title\n  Dr.\n").collect();
        assert_eq!(got, ["Mr.", "Dr."]);
    }
}
