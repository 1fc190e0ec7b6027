//! Placeholder; the segmentation bench lands with the segmenter.
fn main() {}
