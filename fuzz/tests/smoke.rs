//! The targets' logic on a few inputs, on stable.

use attribution_audit_fuzz::check::{audit_target, segment_options_target, segment_target};

const INPUTS: &[&[u8]] = &[
    b"",
    b"\xff\xfe",
    b"The bridge will close in May, officials said. It opened in 1931.",
    b"\x03\x00\x07\x02\x0b\x05\x00\"We will win,\" said Ana Lima. \xe2\x80\x9cYes.",
    b"\x01\x10\x07Sources said. ...",
    b"\x04\x03\x00\x01\x02\x04\x0a\x05\x0bMet Gov. Lee at 9 a.m. Officials said Art. 5 applies.",
    "«Non», a dit le ministre… „Ja“ — Sen. Ärzte 🦀 said.\n\n\"".as_bytes(),
    // Two keys for one name in the sources table (a fuzzer's find, minimised).
    b"\x00h WHO s said.The WHO said",
];

#[test]
fn targets_pass_on_samples() {
    for input in INPUTS {
        segment_target(input);
        segment_options_target(input);
        audit_target(input);
    }
}
