//! The classification head: a linear layer and a softmax over sentence
//! embeddings ([`crate::training::head_fit`] fits it).
//!
//! A head is saved as JSON with everything needed to know what it is: label
//! names, the embedding model and dimension, the training data's sha256, the
//! hyper-parameters, cross-validated accuracy and a format version.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::labels::ROLES;
use crate::math::softmax;
use crate::model::adapter::EncoderChoice;
use crate::model::embed::DIM;
use crate::model::files::MODEL_ID;
use crate::pipeline::mentions::MentionWeights;

/// Version of the head file format.
pub const FORMAT_VERSION: u32 = 1;

/// The largest head file read: the shipped heads are about 45 KB, and a
/// head of any size this jobclass can use (six labels of 384 numbers) is
/// under 100 KB; a file far beyond that is not a head, and is not read whole.
pub const MAX_HEAD_BYTES: u64 = 16 << 20;

/// Bound on the absolute value of every weight and bias. The shipped heads'
/// largest is below 2, thousands of times smaller; `train` refuses a fit
/// beyond it rather than write a head no one can read. Within it, a logit of
/// a unit vector is at most `sqrt(384) * 1e4 + 1e4`, about 2e5, so even at
/// the lowest temperature every logit is finite in f32.
pub const MAX_WEIGHT: f32 = 1e4;

/// The temperatures a head may have. The shipped heads have 1; temperature
/// scaling of a trained head moves it by a small factor (0.5 to 3 is usual),
/// so a hundredfold either way is far beyond any calibration, and keeps
/// logits divided by it finite.
pub const TEMPERATURE_RANGE: (f32, f32) = (1e-2, 1e2);

/// Bound on the absolute value of the mention weights. The calibrated ones are
/// at most 8; with a count's `ln(1 + n)` at most 23, this keeps every combined
/// log-score finite.
pub const MAX_MENTION_WEIGHT: f32 = 100.0;

/// The temperatures the mention weights may have: the calibrated ones are
/// 0.55 and 0.85.
pub const MENTION_TEMPERATURE_RANGE: (f32, f32) = (1e-2, 1e2);

/// The default head, trained on `datasets/examples.csv` embedded by the base
/// encoder, compiled in.
const DEFAULT_HEAD_JSON: &str = include_str!("../../models/head.json");
/// The head trained on `datasets/examples-postings.csv` embedded by the
/// fine-tuned encoder.
const TUNED_HEAD_JSON: &str = include_str!("../../models/head-tuned.json");

/// Hyper-parameters of the fit ([`crate::training::head_fit`]), recorded in the
/// head file as part of its provenance.
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
    /// Whether a posting is one of the roles at all, from its content vector
    /// (`train --postings`; none: the head's `other` alone decides).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<ScopeGate>,
}

/// The scope gate: a logistic regression that tells whole postings of the
/// three roles from postings of other jobs, by the posting's content vector
/// (the mean of its segments' vectors, each weighted by how little the head
/// sets it aside as shared duties or boilerplate, L2-normalised;
/// [`crate::pipeline::classifier`]). Its logit, the log-odds that the posting
/// is one of the roles, is subtracted from `other`'s log-score for a posting
/// that names no role as the job ([`MentionWeights::combine`]). The head's
/// segment scores see one sentence at a time; the gate sees what the whole
/// posting is about, and learned it from postings shaped like a real feed's.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ScopeGate {
    /// One weight per embedding dimension.
    pub weights: Vec<f32>,
    /// The bias.
    pub bias: f32,
    /// What it was trained on.
    pub training: ScopeTraining,
}

/// What a scope gate was trained on and how.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ScopeTraining {
    /// sha256 of the postings file's bytes.
    pub data_sha256: String,
    /// The postings file's name, for people.
    pub data_file: String,
    /// Postings of the roles and of other jobs.
    pub counts: [usize; 2],
    /// Hyper-parameters of the fit (class-balanced).
    pub params: TrainParams,
    /// Iterations the optimiser ran.
    pub iterations: usize,
}

/// A posting's content vector from its segments' vectors and each one's
/// probability of being set aside: the mean weighted by `1 - set_aside`,
/// L2-normalised. What [`ScopeGate`] reads, in training and in use.
pub fn content_vector<'a>(segments: impl IntoIterator<Item = (&'a [f32], f32)>) -> Vec<f32> {
    let mut c = vec![0f32; DIM];
    for (v, set_aside) in segments {
        for (acc, x) in c.iter_mut().zip(v) {
            *acc += (1.0 - set_aside) * x;
        }
    }
    crate::math::normalize(&mut c);
    c
}

impl ScopeGate {
    /// The log-odds that a posting with this content vector is one of the roles.
    pub fn logit(&self, content: &[f32]) -> f32 {
        self.weights
            .iter()
            .zip(content)
            .map(|(w, x)| w * x)
            .sum::<f32>()
            + self.bias
    }
}

impl Head {
    /// The head shipped in the binary.
    pub fn base() -> Head {
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
            EncoderChoice::Base => Ok(Head::base()),
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
        head.check().map_err(bad)?;
        Ok(head)
    }

    /// What a head must be for the classifier to give finite probabilities
    /// that sum to 1: one weight row of [`DIM`] numbers and one bias per
    /// label, every number finite and within [`MAX_WEIGHT`], the temperature
    /// within [`TEMPERATURE_RANGE`], the mention weights within their bounds,
    /// and labels the classifier knows, each once, with every role among them
    /// (the classifier reports every role's score and predicts only labels
    /// that are not set aside; a head without one of the roles could never
    /// predict it). Returns the reason when it is not.
    pub fn check(&self) -> std::result::Result<(), String> {
        if self.dim != DIM || self.model_id != MODEL_ID {
            return Err(format!(
                "it was trained for {} ({} dims), not {} ({} dims)",
                self.model_id, self.dim, MODEL_ID, DIM
            ));
        }
        check_labels(&self.labels)?;
        let k = self.labels.len();
        if self.weights.len() != k || self.bias.len() != k {
            return Err(format!(
                "{k} labels but {} weight rows and {} biases; there must be one of each per label",
                self.weights.len(),
                self.bias.len()
            ));
        }
        if let Some((i, w)) = self
            .weights
            .iter()
            .enumerate()
            .find(|(_, w)| w.len() != DIM)
        {
            return Err(format!(
                "the weight row of {} has {} numbers, not {DIM}",
                self.labels[i],
                w.len()
            ));
        }
        let numbers = self.weights.iter().flatten().chain(&self.bias);
        if let Some(x) = numbers
            .copied()
            .find(|x| !(-MAX_WEIGHT..=MAX_WEIGHT).contains(x))
        {
            return Err(format!(
                "a weight or bias is {x:?}; every one must be a number from -{MAX_WEIGHT} to {MAX_WEIGHT} (retrain the head)"
            ));
        }
        let (lo, hi) = TEMPERATURE_RANGE;
        if !(lo..=hi).contains(&self.temperature) {
            return Err(format!(
                "temperature {:?} is outside {lo} to {hi}",
                self.temperature
            ));
        }
        if let Some(m) = &self.mentions {
            check_mentions(m)?;
        }
        if let Some(g) = &self.scope {
            if g.weights.len() != DIM {
                return Err(format!(
                    "the scope gate has {} weights, not {DIM}",
                    g.weights.len()
                ));
            }
            if let Some(x) = g
                .weights
                .iter()
                .chain([&g.bias])
                .copied()
                .find(|x| !(-MAX_WEIGHT..=MAX_WEIGHT).contains(x))
            {
                return Err(format!(
                    "a scope gate weight or bias is {x:?}; every one must be a number from -{MAX_WEIGHT} to {MAX_WEIGHT} (retrain the head)"
                ));
            }
        }
        if self.training.counts.len() != k {
            return Err(format!(
                "training.counts has {} numbers for {k} labels",
                self.training.counts.len()
            ));
        }
        let p = &self.training.params;
        if !(p.l2.is_finite() && p.l2 >= 0.0 && p.tol.is_finite() && p.tol >= 0.0) {
            return Err("training.params.l2 and tol must be finite and not negative".into());
        }
        if let Some(acc) = self.training.cv_accuracy
            && !(0.0..=1.0).contains(&acc)
        {
            return Err(format!("training.cv_accuracy {acc} is not between 0 and 1"));
        }
        Ok(())
    }

    /// Reads a head file (at most [`MAX_HEAD_BYTES`]).
    pub fn load(path: &Path) -> Result<Head> {
        let bytes = crate::model::files::read_capped(path, MAX_HEAD_BYTES, "head file")?;
        let text = std::str::from_utf8(&bytes).map_err(|e| Error::Load {
            path: path.to_path_buf(),
            reason: format!("not a head file: not UTF-8 text ({e})"),
        })?;
        Head::from_json(text, path)
    }

    /// Writes the head as pretty JSON, after checking it is one
    /// [`Head::from_json`] reads back: serde_json would write a number that
    /// is not finite as `null`.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = self.to_json(&path.display().to_string())?;
        crate::disk::atomic::write_atomically(path, |w| w.write_all(text.as_bytes()))
    }

    /// The text [`Head::save`] writes (pretty JSON and a newline), refused
    /// when [`Head::from_json`] would not read it back; `to` names where it
    /// goes in that refusal.
    pub fn to_json(&self, to: &str) -> Result<String> {
        self.check().map_err(|reason| {
            Error::Input(format!("the head cannot be written to {to}: {reason}"))
        })?;
        let text = serde_json::to_string_pretty(self).expect("a head serialises");
        Ok(format!("{text}\n"))
    }

    /// The probability that a segment with vector `x` is one of the labels
    /// set aside (`shared`, `boilerplate`): 0 for a head without them.
    pub fn set_aside(&self, x: &[f32]) -> f32 {
        self.labels
            .iter()
            .zip(self.predict(x))
            .filter(|(l, _)| crate::labels::SET_ASIDE.contains(&l.as_str()))
            .map(|(_, p)| p)
            .sum()
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

/// The labels a head may have: known ones ([`crate::labels::training_order`]),
/// each once, with every role among them.
fn check_labels(labels: &[String]) -> std::result::Result<(), String> {
    for (i, l) in labels.iter().enumerate() {
        if !crate::labels::training_order().any(|known| known == l) {
            return Err(format!(
                "unknown label {l:?}; a head's labels are among {}",
                crate::labels::training_order()
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if labels[..i].contains(l) {
            return Err(format!("the label {l:?} is listed twice"));
        }
    }
    let missing: Vec<&str> = ROLES
        .into_iter()
        .filter(|r| !labels.iter().any(|l| l == r))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "it has no {} label; a head must score every role ({}): retrain it with examples of each",
            missing.join(" or "),
            ROLES.join(", ")
        ));
    }
    Ok(())
}

/// The bounds of [`MAX_MENTION_WEIGHT`] and [`MENTION_TEMPERATURE_RANGE`].
fn check_mentions(m: &MentionWeights) -> std::result::Result<(), String> {
    let weights = [
        m.job_weight,
        m.other_if_named,
        m.other_if_not_named,
        m.other_job_weight,
    ]
    .into_iter()
    .chain(m.passing_weight);
    if let Some(x) = weights
        .into_iter()
        .find(|x| !(-MAX_MENTION_WEIGHT..=MAX_MENTION_WEIGHT).contains(x))
    {
        return Err(format!(
            "a mention weight is {x:?}; each must be a number from -{MAX_MENTION_WEIGHT} to {MAX_MENTION_WEIGHT}"
        ));
    }
    let (lo, hi) = MENTION_TEMPERATURE_RANGE;
    if !(lo..=hi).contains(&m.temperature) {
        return Err(format!(
            "the mention temperature {:?} is outside {lo} to {hi}",
            m.temperature
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_head_is_valid() {
        let h = Head::base();
        assert!(h.labels.iter().any(|l| l == "sre"));
        assert_eq!(h.dim, DIM);
    }

    #[test]
    fn the_default_mention_weights_are_the_shipped_heads() {
        // A head trained without them (`jobclass train`) weighs names and other
        // jobs as the shipped one does.
        assert_eq!(Head::base().mentions, Some(MentionWeights::DEFAULT));
        assert!(
            Head::base().scope.is_some(),
            "the shipped head has a scope gate"
        );
    }

    #[test]
    fn a_scope_gate_of_the_wrong_size_or_beyond_the_bounds_is_refused() {
        let p = Path::new("h.json");
        let mut h = Head::base();
        h.scope.as_mut().unwrap().weights.pop();
        let e = Head::from_json(&serde_json::to_string(&h).unwrap(), p).unwrap_err();
        assert!(e.to_string().contains("scope gate has 383 weights"), "{e}");
        let mut h = Head::base();
        h.scope.as_mut().unwrap().bias = 1e9;
        let e = Head::from_json(&serde_json::to_string(&h).unwrap(), p).unwrap_err();
        assert!(e.to_string().contains("scope gate weight or bias"), "{e}");
        // A head file without a gate, as written before gates existed, still reads.
        let mut h = Head::base();
        h.scope = None;
        let text = serde_json::to_string(&h).unwrap();
        assert!(!text.contains("\"scope\""));
        assert!(Head::from_json(&text, p).is_ok());
    }

    #[test]
    fn malformed_head_files_are_rejected() {
        let good = serde_json::to_string(&Head::base()).unwrap();
        let p = Path::new("h.json");
        assert!(Head::from_json(&good, p).is_ok());
        assert!(Head::from_json("{}", p).is_err());
        let mut h = Head::base();
        h.version = 99;
        let e = Head::from_json(&serde_json::to_string(&h).unwrap(), p).unwrap_err();
        assert!(e.to_string().contains("version 99"));
        let mut h = Head::base();
        h.weights[0].pop();
        assert!(Head::from_json(&serde_json::to_string(&h).unwrap(), p).is_err());
    }
}
