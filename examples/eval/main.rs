//! Placeholder; scoring lands with the segmenter and the classifier.
fn main() {}
