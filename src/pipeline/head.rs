//! The classification head: a linear layer and a softmax over sentence
//! embeddings ([`crate::pipeline::train`] fits it).
//!
//! A head is saved as JSON with everything needed to know what it is: label
//! names, the embedding model and dimension, the training data's sha256, the
//! hyper-parameters, cross-validated accuracy and a format version.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::math::softmax;
use crate::model::adapter::EncoderChoice;
use crate::model::embed::DIM;
use crate::model::files::MODEL_ID;
use crate::pipeline::mentions::MentionWeights;

/// Version of the head file format.
pub const FORMAT_VERSION: u32 = 1;

/// The default head, trained on `datasets/examples.csv` embedded by the base
/// encoder, compiled in.
const DEFAULT_HEAD_JSON: &str = include_str!("../../models/head.json");
/// The head trained on `datasets/examples-postings.csv` embedded by the
/// fine-tuned encoder.
const TUNED_HEAD_JSON: &str = include_str!("../../models/head-tuned.json");

/// Hyper-parameters of the fit.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
pub struct TrainParams {
    /// L2 penalty on the weights (not the bias), `lambda/2 * |W|^2`.
    pub l2: f64,
    /// Iteration limit of the optimiser.
    pub max_iter: usize,
    /// Stop when the gradient's largest entry is below this.
    pub tol: f64,
    /// Weight each example by `n / (k * n_class)` so every class counts alike.
    pub class_balanced: bool,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            l2: 1e-3,
            max_iter: 5000,
            tol: 1e-6,
            class_balanced: true,
        }
    }
}

/// What a head was trained on and how.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TrainingInfo {
    /// sha256 of the training file's bytes.
    pub data_sha256: String,
    /// The training file's name, for people.
    pub data_file: String,
    /// Examples per label, in label order.
    pub counts: Vec<usize>,
    /// Hyper-parameters.
    pub params: TrainParams,
    /// Iterations the optimiser ran.
    pub iterations: usize,
    /// Folds of the cross-validation (0 if none ran).
    pub cv_folds: usize,
    /// Cross-validated accuracy on the training examples.
    pub cv_accuracy: Option<f64>,
    /// How texts were embedded for training.
    pub embedding: String,
}

/// A trained head.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Head {
    /// File format version.
    pub version: u32,
    /// The embedding model it expects.
    pub model_id: String,
    /// Embedding dimension.
    pub dim: usize,
    /// Label names, in score order.
    pub labels: Vec<String>,
    /// One weight row per label.
    pub weights: Vec<Vec<f32>>,
    /// One bias per label.
    pub bias: Vec<f32>,
    /// Logits are divided by this before the softmax (1 = uncalibrated).
    pub temperature: f32,
    /// Provenance.
    pub training: TrainingInfo,
    /// sha256 of the adapter whose vectors it was trained on (none: the base
    /// encoder's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adapter_sha256: Option<String>,
    /// How role names weigh against its scores, calibrated on its vectors by
    /// `scripts/research/calibrate.py --write` (none: [`MentionWeights::DEFAULT`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentions: Option<MentionWeights>,
}

impl Head {
    /// The head shipped in the binary.
    pub fn default_head() -> Head {
        Head::from_json(DEFAULT_HEAD_JSON, Path::new("models/head.json"))
            .expect("the compiled-in head is valid (checked by tests)")
    }

    /// The mention weights to use with this head.
    pub fn mention_weights(&self) -> MentionWeights {
        self.mentions.unwrap_or(MentionWeights::DEFAULT)
    }

    /// The head shipped for an encoder: the default one for the base
    /// encoder, the tuned head for the fine-tuned encoder. An adapter file of
    /// one's own has no shipped head.
    pub fn builtin(encoder: &EncoderChoice) -> Result<Head> {
        match encoder {
            EncoderChoice::Base => Ok(Head::default_head()),
            EncoderChoice::Tuned => Ok(Head::from_json(
                TUNED_HEAD_JSON,
                Path::new("models/head-tuned.json"),
            )
            .expect("the compiled-in tuned head is valid (checked by tests)")),
            EncoderChoice::File(p) => Err(Error::Input(format!(
                "the encoder {} has no built-in head: pass the head trained with it (--head)",
                p.display()
            ))),
        }
    }

    /// Fails unless the head was trained on the vectors of the encoder with
    /// this adapter (none: the base encoder): another encoder's vectors would
    /// give confident nonsense.
    pub fn check_encoder(&self, adapter_sha256: Option<&str>) -> Result<()> {
        if self.adapter_sha256.as_deref() == adapter_sha256 {
            return Ok(());
        }
        let name = |a: Option<&str>| match a {
            None => "the base encoder".to_string(),
            Some(s) => format!("the encoder with adapter {}", &s[..s.len().min(12)]),
        };
        Err(Error::Input(format!(
            "the head was trained on {}'s vectors, but {} is loaded; pass the --encoder it was trained with",
            name(self.adapter_sha256.as_deref()),
            name(adapter_sha256)
        )))
    }

    /// Parses and validates a head from JSON text; `path` is for messages.
    pub fn from_json(text: &str, path: &Path) -> Result<Head> {
        let bad = |reason: String| Error::Load {
            path: path.to_path_buf(),
            reason,
        };
        let head: Head =
            serde_json::from_str(text).map_err(|e| bad(format!("not a head file: {e}")))?;
        if head.version != FORMAT_VERSION {
            return Err(bad(format!(
                "format version {} is not supported (this jobclass reads version {FORMAT_VERSION})",
                head.version
            )));
        }
        let k = head.labels.len();
        if k < 2 || head.weights.len() != k || head.bias.len() != k {
            return Err(bad("labels, weights and bias disagree in length".into()));
        }
        if head.weights.iter().any(|w| w.len() != head.dim) {
            return Err(bad(format!("a weight row is not {} long", head.dim)));
        }
        if head.dim != DIM || head.model_id != MODEL_ID {
            return Err(bad(format!(
                "it was trained for {} ({} dims), not {} ({} dims)",
                head.model_id, head.dim, MODEL_ID, DIM
            )));
        }
        if !(head.temperature.is_finite() && head.temperature > 0.0) {
            return Err(bad("temperature must be a positive number".into()));
        }
        Ok(head)
    }

    /// Reads a head file.
    pub fn load(path: &Path) -> Result<Head> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("cannot read head {}", path.display()), e))?;
        Head::from_json(&text, path)
    }

    /// Writes the head as pretty JSON.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).expect("a head serialises");
        crate::io::atomic::write_atomically(path, |w| w.write_all(format!("{text}\n").as_bytes()))
    }

    /// Raw logits for one embedding.
    pub fn logits(&self, x: &[f32]) -> Vec<f32> {
        self.weights
            .iter()
            .zip(&self.bias)
            .map(|(w, b)| w.iter().zip(x).map(|(a, b)| a * b).sum::<f32>() + b)
            .collect()
    }

    /// Class probabilities for one embedding, in label order.
    pub fn predict(&self, x: &[f32]) -> Vec<f32> {
        let logits: Vec<f32> = self
            .logits(x)
            .iter()
            .map(|z| z / self.temperature)
            .collect();
        softmax(&logits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_head_is_valid() {
        let h = Head::default_head();
        assert!(h.labels.iter().any(|l| l == "sre"));
        assert_eq!(h.dim, DIM);
    }

    #[test]
    fn malformed_head_files_are_rejected() {
        let good = serde_json::to_string(&Head::default_head()).unwrap();
        let p = Path::new("h.json");
        assert!(Head::from_json(&good, p).is_ok());
        assert!(Head::from_json("{}", p).is_err());
        let mut h = Head::default_head();
        h.version = 99;
        let e = Head::from_json(&serde_json::to_string(&h).unwrap(), p).unwrap_err();
        assert!(e.to_string().contains("version 99"));
        let mut h = Head::default_head();
        h.weights[0].pop();
        assert!(Head::from_json(&serde_json::to_string(&h).unwrap(), p).is_err());
    }
}
