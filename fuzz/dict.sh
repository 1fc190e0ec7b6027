#!/usr/bin/env bash
# Writes a libFuzzer dictionary (fuzz/audit.dict) from the crate's word lists,
# the closed-class words of the source stage and the marks the quotation
# finder and segmenter read, so that mutations splice in cue verbs, titles,
# quotation marks and abbreviations rather than waiting to spell them.
#
#   fuzz/dict.sh && cd fuzz && cargo fuzz run -O audit corpus/audit -- -dict=audit.dict
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
{
    # Word-list entries: one a line, comments dropped; an abbreviation's
    # line also gives its kind, after spaces.
    grep -hv '^#' "$root"/src/lexicon/*.txt | sed 's/   *[a-z]*$//' | grep -v '^[[:space:]]*$'
    # Quoted words of the source stage's closed-class sets.
    grep -ho '"[^"\\]*"' "$root"/src/source/words.rs | tr -d '"'
    # Marks: quotation marks, dashes, ellipses, stops around quotations.
    printf '%s\n' '“' '”' '‘' '’' '«' '»' '„' '‹' '›' '—' '–' '―' '…' \
        '."' ',"' '?"' '!"' '.”' ',”' ' “' '" ' '. . .' '...' ' -- ' ' (' ') ' \
        '. ' ': "' 'according to' 'she said' 'he said' 'said' 'told' \
        'Mr. ' 'Ms. ' 'Dr. ' 'U.S.' 'Jan.' 'No.' 'A. B. ' 'e.g.'
} | awk 'length($0) > 0 && length($0) <= 64 && !seen[$0]++' |
    # Quoted, with backslash, quote and every byte past ASCII escaped (\xNN),
    # as libFuzzer reads them.
    LC_ALL=C perl -ne 'chomp; s/([\\"])/\\$1/g; s/([^\x20-\x7e])/sprintf("\\x%02X", ord $1)/ge; print "\"$_\"\n"' \
        >"$here/audit.dict"
# Blank lines between paragraphs (libFuzzer reads \xNN escapes).
echo '"\x0A\x0A"' >>"$here/audit.dict"
echo "$(wc -l <"$here/audit.dict") entries in fuzz/audit.dict"
