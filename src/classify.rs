//! The whole pipeline for one or many postings: embed (windows for long
//! texts), pool, apply the head.

use serde::Serialize;

use crate::chunk::Chunking;
use crate::embed::{Embedder, mean_normalized};
use crate::error::Result;
use crate::head::Head;

/// A posting's predicted role.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prediction {
    /// The most likely label.
    pub label: String,
    /// Its probability.
    #[serde(serialize_with = "round_f32")]
    pub confidence: f32,
    /// Every label's probability, in the head's label order.
    #[serde(serialize_with = "scores_as_map")]
    pub scores: Vec<(String, f32)>,
}

fn scores_as_map<S: serde::Serializer>(scores: &[(String, f32)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(scores.len()))?;
    for (k, v) in scores {
        m.serialize_entry(k, &round4(*v))?;
    }
    m.end()
}

fn round_f32<S: serde::Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round4(*x))
}

/// Rounds a probability to 4 decimals for display; the ranking never changes.
pub fn round4(x: f32) -> f64 {
    (x as f64 * 1e4).round() / 1e4
}

impl Prediction {
    /// Builds a prediction from probabilities in label order.
    pub fn from_probs(labels: &[String], probs: &[f32]) -> Prediction {
        let best = crate::head::argmax(probs.iter().map(|&p| p as f64));
        Prediction {
            label: labels[best].clone(),
            confidence: probs[best],
            scores: labels.iter().cloned().zip(probs.iter().copied()).collect(),
        }
    }
}

/// Anything that labels texts: the real [`Classifier`], or a cheap stand-in
/// that property tests and the fuzz harness use to exercise the CSV path.
pub trait Predict {
    /// Label names, in score order.
    fn labels(&self) -> &[String];
    /// One prediction per text, in order.
    fn predict(&self, texts: &[&str]) -> Result<Vec<Prediction>>;
}

impl Predict for Classifier {
    fn labels(&self) -> &[String] {
        &self.head.labels
    }
    fn predict(&self, texts: &[&str]) -> Result<Vec<Prediction>> {
        Classifier::predict(self, texts)
    }
}

/// A loaded model and head.
pub struct Classifier {
    /// The sentence-embedding model.
    pub embedder: Embedder,
    /// The trained head.
    pub head: Head,
    /// How long postings are embedded.
    pub chunking: Chunking,
}

impl Classifier {
    /// Classifies texts (title already joined in, see [`crate::data::compose`]).
    pub fn predict(&self, texts: &[&str]) -> Result<Vec<Prediction>> {
        let windows = self.embedder.embed_windows(texts, self.chunking)?;
        Ok(windows
            .iter()
            .map(|w| {
                let x = mean_normalized(w);
                Prediction::from_probs(&self.head.labels, &self.head.predict(&x))
            })
            .collect())
    }
}
