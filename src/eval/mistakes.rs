//! The misclassified postings of an evaluation, each with the segments that
//! weighed most in its prediction (as `classify --explain` shows them).

use crate::error::Result;
use crate::io::labeled::Labeled;
use crate::pipeline::classifier::{Classifier, Pooling};
use crate::pipeline::prediction::{Prediction, SegmentScore};

/// How many segments of a misclassified posting a report shows.
pub const TOP_SEGMENTS: usize = 5;

/// A posting predicted wrong.
#[derive(Debug, Clone)]
pub struct Mistake {
    /// Its place in the file: the 1-based number of the record.
    pub row: usize,
    /// The posting (title and body joined).
    pub text: String,
    /// Its true label.
    pub gold: &'static str,
    /// What it was called.
    pub prediction: Prediction,
    /// Its segments with the most weight in the mean, heaviest first
    /// ([`TOP_SEGMENTS`] at most); empty when the pooling is not by segments.
    pub top_segments: Vec<SegmentScore>,
    /// How many segments it had in all.
    pub segments: usize,
}

/// The first `limit` postings of `examples` whose prediction (`predictions`,
/// in the same order) is not their label, explained by `classifier`. The
/// segments come from [`Classifier::explain`], which embeds the posting again
/// (from the segment cache, when the classifier has one); `progress` hears
/// how many are done.
pub fn misclassified(
    classifier: &Classifier,
    examples: &[Labeled],
    predictions: &[Prediction],
    limit: usize,
    mut progress: impl FnMut(usize),
) -> Result<Vec<Mistake>> {
    assert_eq!(examples.len(), predictions.len());
    let mut done = 0;
    examples
        .iter()
        .zip(predictions)
        .enumerate()
        .filter(|(_, (e, p))| e.label != p.label)
        .take(limit)
        .map(|(i, (e, p))| {
            let mut segs = if classifier.pooling() == Pooling::Segments {
                classifier.explain(&e.text)?.1
            } else {
                Vec::new()
            };
            let segments = segs.len();
            segs.sort_by(|a, b| b.weight.total_cmp(&a.weight));
            segs.truncate(TOP_SEGMENTS);
            done += 1;
            progress(done);
            Ok(Mistake {
                row: i + 1,
                text: e.text.clone(),
                gold: e.label,
                prediction: p.clone(),
                top_segments: segs,
                segments,
            })
        })
        .collect()
}
