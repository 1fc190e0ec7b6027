#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    attribution_audit_fuzz::check::segment_options_target(data);
});
