//! What the pipeline says of a posting: its label, every label's probability
//! and what they were made of, how the label is chosen from the
//! probabilities ([`decide`]), and what a segment alone leans to
//! ([`SegmentScore`], for `explain`).

use super::feed::FeedReading;
use super::mentions::Mentions;
use crate::error::Result;
use crate::labels::OTHER;
use crate::math::argmax;

/// A posting's predicted role (`classify` shows it as text or JSON, `batch`
/// as the columns it adds).
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// The most likely label.
    pub label: String,
    /// Its probability.
    pub confidence: f32,
    /// Every label's probability, in the head's label order.
    pub scores: Vec<(String, f32)>,
    /// What the scores were made of, when role mentions were weighed in.
    pub evidence: Option<Evidence>,
}

/// What a prediction was made of: the embedding's probabilities and the role
/// mentions found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The embedding's probabilities alone, in the head's label order; `None`
    /// for a posting decided by the one role it names as the job, which is
    /// never embedded (see [`super::classifier::Classifier::predict`]).
    pub embedding: Option<Vec<(String, f32)>>,
    /// How often the text names each role as the job and in passing.
    pub mentions: Mentions,
    /// What the feed model made of it, when there is one and it was used (a
    /// posting that does not name one role as the job).
    pub feed: Option<FeedReading>,
    /// The scope gate's probability that the posting is one of the roles at
    /// all, when the head has a gate and the posting was embedded.
    pub scope: Option<f32>,
}

impl Prediction {
    /// Builds a prediction from probabilities in label order; the label is
    /// chosen by [`decide`].
    pub fn from_probs(labels: &[String], probs: &[f32]) -> Prediction {
        let best = decide(labels, probs);
        Prediction {
            label: labels[best].clone(),
            confidence: probs[best],
            scores: labels.iter().cloned().zip(probs.iter().copied()).collect(),
            evidence: None,
        }
    }
}

/// Which label a posting gets: `other`, when it is one of the labels, only if
/// it is at least as likely as all the others together; otherwise the most
/// likely of the others. The three roles resemble each other, so a posting can
/// be 70% likely to be one of them with no single role above `other`'s 30%;
/// the most likely label alone would call it `other`. Without an `other`
/// label, the most likely label.
pub fn decide(labels: &[String], probs: &[f32]) -> usize {
    let other = labels
        .iter()
        .position(|l| l == OTHER)
        .filter(|_| labels.len() > 1);
    if let Some(o) = other
        && probs[o] >= probs.iter().sum::<f32>() - probs[o]
    {
        return o;
    }
    argmax(probs.iter().enumerate().map(|(i, &p)| {
        if Some(i) == other {
            f64::NEG_INFINITY
        } else {
            p as f64
        }
    }))
}

/// One segment of a posting, as [`super::classifier::Classifier::explain`]
/// reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentScore {
    /// The segment: a sentence or a bullet item.
    pub text: String,
    /// Each label's probability for this segment alone.
    pub scores: Vec<(String, f32)>,
    /// The probability that it is duties all three roles share or boilerplate.
    pub set_aside: f32,
    /// Its weight in the posting's mean: `(1 - set_aside) (1 - p(other))`.
    pub weight: f32,
}

impl SegmentScore {
    /// The label this segment alone leans to, and its probability.
    pub fn leaning(&self) -> (&str, f32) {
        self.scores
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(l, p)| (l.as_str(), *p))
            .unwrap_or(("-", 0.0))
    }
}

/// Anything that labels texts: the real [`super::classifier::Classifier`],
/// or a cheap stand-in that property tests and the fuzz harness use to
/// exercise the CSV path.
pub trait Predict {
    /// Label names, in score order.
    fn labels(&self) -> &[String];
    /// One prediction per text, in order.
    fn predict(&self, texts: &[&str]) -> Result<Vec<Prediction>>;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn other_needs_to_outweigh_the_roles_together() {
        let l = labels(&["devops", "sre", "platform", "other"]);
        // `other` is the single most likely label, but the roles together are 65%.
        let p = Prediction::from_probs(&l, &[0.25, 0.22, 0.18, 0.35]);
        assert_eq!(p.label, "devops");
        assert!((p.confidence - 0.25).abs() < 1e-6);
        // At least as likely as the three together: `other`.
        assert_eq!(decide(&l, &[0.2, 0.2, 0.1, 0.5]), 3);
        assert_eq!(decide(&l, &[0.1, 0.1, 0.1, 0.7]), 3);
        // Otherwise the most likely role, whatever the order of the labels.
        let l2 = labels(&["other", "platform", "sre"]);
        assert_eq!(decide(&l2, &[0.45, 0.2, 0.35]), 2);
    }

    #[test]
    fn without_other_the_most_likely_label_wins() {
        let l = labels(&["devops", "sre", "platform"]);
        assert_eq!(decide(&l, &[0.2, 0.5, 0.3]), 1);
        assert_eq!(decide(&labels(&["other"]), &[1.0]), 0);
    }
}
