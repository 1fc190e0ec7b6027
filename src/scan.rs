//! Finding the next of a few bytes in a text, eight bytes at a time: the
//! sentence and quotation scanners skip most of the text this way, where a
//! loop testing each byte against a table costs several times more.

/// `0x01` in every byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// `0x80` in every byte.
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The index of the first byte of `bytes` that is one of `targets`.
///
/// Each word of eight bytes is XORed with each target repeated, which
/// makes a matching byte zero, and zero bytes are flagged by the borrow
/// trick `(x - 0x01..) & !x & 0x80..`. A flag may be false only above a
/// true one (a borrow runs upwards), so the lowest flag is always a match.
#[inline(always)]
pub(crate) fn find_any<const N: usize>(bytes: &[u8], targets: [u8; N]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let mut flags = 0;
        for t in targets {
            let x = v ^ (ONES * u64::from(t));
            flags |= x.wrapping_sub(ONES) & !x;
        }
        let flags = flags & HIGHS;
        if flags != 0 {
            // Little-endian: the lowest flag is the first byte.
            return Some(at + (flags.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|b| targets.contains(b))
        .map(|p| at + p)
}

#[cfg(test)]
mod tests {
    use super::find_any;

    const TARGETS: [u8; 6] = [b'.', b'\n', b':', 0xE2, 0x00, 0xFF];

    fn naive(bytes: &[u8]) -> Option<usize> {
        bytes.iter().position(|b| TARGETS.contains(b))
    }

    #[test]
    fn finds_what_a_byte_loop_finds() {
        let text = "Word. “Quote” — x:\ny ,0123456789abcdefghij".as_bytes();
        for start in 0..text.len() {
            for end in start..=text.len() {
                let part = &text[start..end];
                assert_eq!(find_any(part, TARGETS), naive(part), "{start}..{end}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_byte_loop(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..80)) {
            proptest::prop_assert_eq!(find_any(&bytes, TARGETS), naive(&bytes));
        }

        #[test]
        fn agrees_on_bytes_next_to_targets(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![0x2D, 0x2E, 0x2F, 0x09, 0x0A, 0x0B, 0x39, 0x3A, 0x3B]),
                    proptest::sample::select(vec![0xE1, 0xE2, 0xE3, 0x01, 0x00, 0xFE, 0xFF, 0x80, 0x7F]),
                ],
                0..80,
            )
        ) {
            proptest::prop_assert_eq!(find_any(&bytes, TARGETS), naive(&bytes));
        }
    }
}
