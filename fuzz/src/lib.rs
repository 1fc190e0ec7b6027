//! Fuzz targets for attribution-audit. Their logic lives in [`check`] as
//! plain functions, so that it builds and runs on stable too (`cargo test`,
//! and the `replay` binary over a corpus or crash files); the libFuzzer
//! binaries in `fuzz_targets/` only call them.

pub mod check;
