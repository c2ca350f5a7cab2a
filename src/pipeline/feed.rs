//! The feed model: what a feed's own postings teach about the words its
//! employers use for each role.
//!
//! Three quarters of real postings name their role as the job, and for those
//! the label is all but certain ([`super::mentions`]). `jobclass adapt`
//! ([`crate::training::adapt`]) takes them as labelled examples, masks every
//! role name so that the model learns the feed's other words rather than the
//! names again, and fits a logistic regression on word and word-pair TF-IDF
//! features. [`super::classifier::Classifier`] then weighs its probabilities
//! in for the postings that do not name one role as the job.
//!
//! The features are the ones a well-known recipe uses (scikit-learn's
//! `TfidfVectorizer` with `sublinear_tf`, `ngram_range=(1, 2)`, `min_df=2` and
//! English stop words), written here in a page: the role names must be masked
//! before words are split, and the file must come out byte for byte the same
//! from the same feed.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::labels::ROLES;
use crate::math::softmax;

/// What a feed model file says it is.
pub const FORMAT: &str = "jobclass-feed-model";
/// The version of the file layout this build reads and writes.
pub const VERSION: u32 = 1;
/// The word every role name becomes ([`super::mentions::mask_role_names`]):
/// an underscore keeps it from being a word a posting could contain.
pub const MASK: &str = "_role_";
/// Feed model files larger than this are refused (a feed of a million
/// postings gives a few megabytes).
const MAX_FILE_BYTES: u64 = 256 << 20;

/// Words and word pairs: lower case, role names masked, runs of two or more
/// letters or digits.
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\w\w+\b").expect("valid regex"));

/// English function words, which say nothing about the job (sorted, for a
/// binary search).
const STOP_WORDS: &[&str] = &[
    "about",
    "above",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "etc",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// The terms of a text: its words (role names masked, stop words left out)
/// and each pair of neighbouring words, as `"first second"`.
pub fn terms(text: &str) -> Vec<String> {
    let masked = super::mentions::mask_role_names(text, MASK).to_lowercase();
    let words: Vec<&str> = WORD
        .find_iter(&masked)
        .map(|m| m.as_str())
        .filter(|w| STOP_WORDS.binary_search(w).is_err())
        .collect();
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out.extend(words.windows(2).map(|p| format!("{} {}", p[0], p[1])));
    out
}

/// Sublinear term frequency: `1 + ln(count)`.
fn tf(count: u32) -> f32 {
    1.0 + (count as f32).ln()
}

/// A feed model as written by `jobclass adapt`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedModel {
    /// Always [`FORMAT`].
    pub format: String,
    /// The file layout's version, [`VERSION`].
    pub version: u32,
    /// The jobclass version that wrote it.
    pub jobclass_version: String,
    /// sha256 of the texts it learned from, in order (the text column, with
    /// the title when one was given): the same feed gives the same value,
    /// whatever its other columns hold.
    pub texts_sha256: String,
    /// Postings read.
    pub postings: u64,
    /// Postings that name exactly one role as the job, per role of [`ROLES`]:
    /// what it learned from.
    pub examples: [u64; 3],
    /// Agreement with those postings' roles when each fifth of them is
    /// labelled by a model fitted on the other four fifths (on at most
    /// 2,000 of them, every k-th in feed order).
    pub cross_validated_agreement: f32,
    /// The roles it tells apart: those with enough examples. Any other role
    /// is left to the base pipeline.
    pub classes: Vec<String>,
    /// Its terms, sorted.
    pub vocabulary: Vec<String>,
    /// Each term's inverse document frequency, `ln((1 + n) / (1 + df)) + 1`.
    pub idf: Vec<f32>,
    /// One row of term weights per class.
    pub weights: Vec<Vec<f32>>,
    /// One bias per class.
    pub bias: Vec<f32>,
    /// Looks a term up in `vocabulary` (not in the file).
    #[serde(skip)]
    index: HashMap<String, usize>,
}

impl FeedModel {
    /// A model from its parts (what [`crate::training::adapt`] fitted).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        texts_sha256: String,
        postings: u64,
        examples: [u64; 3],
        cross_validated_agreement: f32,
        classes: Vec<String>,
        vocabulary: Vec<String>,
        idf: Vec<f32>,
        weights: Vec<Vec<f32>>,
        bias: Vec<f32>,
    ) -> FeedModel {
        let mut model = FeedModel {
            format: FORMAT.into(),
            version: VERSION,
            jobclass_version: env!("CARGO_PKG_VERSION").into(),
            texts_sha256,
            postings,
            examples,
            cross_validated_agreement,
            classes,
            vocabulary,
            idf,
            weights,
            bias,
            index: HashMap::new(),
        };
        model.build_index();
        model
    }

    fn build_index(&mut self) {
        self.index = self
            .vocabulary
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i))
            .collect();
    }

    /// Reads and checks a feed model file.
    pub fn load(path: &Path) -> Result<FeedModel> {
        let bytes = crate::model::files::read_capped(path, MAX_FILE_BYTES, "feed model")?;
        FeedModel::from_bytes(&bytes, path)
    }

    /// Reads and checks a feed model file's contents; `path` names it in
    /// errors.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<FeedModel> {
        let bad = |reason: String| Error::Load {
            path: path.to_path_buf(),
            reason,
        };
        let text = std::str::from_utf8(bytes).map_err(|_| {
            bad("not a feed model: not UTF-8 text (make one with `jobclass adapt`)".into())
        })?;
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            bad(format!(
                "not a feed model: not JSON ({e}); make one with `jobclass adapt`"
            ))
        })?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(bad(
                "not a feed model (no \"format\": \"jobclass-feed-model\"); make one with `jobclass adapt`"
                    .into(),
            ));
        }
        let version = value.get("version").and_then(|v| v.as_u64());
        if version != Some(u64::from(VERSION)) {
            return Err(bad(format!(
                "a feed model of version {}, and this jobclass reads version {VERSION}: make it again with this jobclass's `adapt`",
                version.map_or("(none)".to_string(), |v| v.to_string())
            )));
        }
        let mut model: FeedModel =
            serde_json::from_value(value).map_err(|e| bad(format!("a damaged feed model: {e}")))?;
        model.check().map_err(bad)?;
        model.build_index();
        Ok(model)
    }

    /// Writes the model as JSON through a temporary file, after checking it
    /// is one [`FeedModel::load`] reads back.
    pub fn save(&self, path: &Path) -> Result<()> {
        self.check().map_err(|reason| {
            Error::Input(format!(
                "the feed model cannot be written to {}: {reason}",
                path.display()
            ))
        })?;
        let text = self.to_json();
        crate::io::atomic::write_atomically(path, |w| w.write_all(text.as_bytes()))
    }

    /// The file's text: compact JSON, one line, with a newline.
    pub fn to_json(&self) -> String {
        format!(
            "{}\n",
            serde_json::to_string(self).expect("a feed model serialises")
        )
    }

    /// What makes a model usable: its parts agree in size, its classes are
    /// distinct roles, every number is finite.
    fn check(&self) -> std::result::Result<(), String> {
        let n = self.vocabulary.len();
        let k = self.classes.len();
        if k < 2 {
            return Err(format!(
                "it tells {k} roles apart; a feed model needs two or more"
            ));
        }
        for (i, c) in self.classes.iter().enumerate() {
            if !ROLES.contains(&c.as_str()) {
                return Err(format!("class {c:?} is not one of the roles {ROLES:?}"));
            }
            if self.classes[..i].contains(c) {
                return Err(format!("class {c:?} is listed twice"));
            }
        }
        if self.idf.len() != n {
            return Err(format!("{} idf values for {n} terms", self.idf.len()));
        }
        if self.weights.len() != k || self.bias.len() != k {
            return Err(format!(
                "{} weight rows and {} biases for {k} classes",
                self.weights.len(),
                self.bias.len()
            ));
        }
        if let Some(row) = self.weights.iter().find(|w| w.len() != n) {
            return Err(format!(
                "a weight row of {} values for {n} terms",
                row.len()
            ));
        }
        if !self.vocabulary.windows(2).all(|w| w[0] < w[1]) {
            return Err("its vocabulary is not sorted or has a term twice".into());
        }
        let finite = self
            .idf
            .iter()
            .chain(&self.bias)
            .chain(self.weights.iter().flatten());
        if !finite.into_iter().all(|x| x.is_finite()) {
            return Err("a weight that is not a finite number".into());
        }
        Ok(())
    }

    /// The TF-IDF vector of a text: (term index, value) for each known term,
    /// by index, of length 1 (or empty when it has no known term).
    pub fn features(&self, text: &str) -> Vec<(usize, f32)> {
        let mut counts: HashMap<usize, u32> = HashMap::new();
        for t in terms(text) {
            if let Some(&i) = self.index.get(&t) {
                *counts.entry(i).or_default() += 1;
            }
        }
        let mut x: Vec<(usize, f32)> = counts
            .into_iter()
            .map(|(i, c)| (i, tf(c) * self.idf[i]))
            .collect();
        x.sort_unstable_by_key(|&(i, _)| i);
        normalize(&mut x);
        x
    }

    /// Each class's probability for a text, in the order of `classes`.
    pub fn probs(&self, text: &str) -> Vec<f32> {
        self.probs_of(&self.features(text))
    }

    /// What the model makes of a text: each class's probability and the
    /// [`HEAVIEST`] terms that pushed it towards its most likely class.
    pub fn read(&self, text: &str) -> FeedReading {
        let x = self.features(text);
        let probs = self.probs_of(&x);
        let best = crate::math::argmax(probs.iter().map(|&p| p as f64));
        FeedReading {
            scores: self.classes.iter().cloned().zip(probs).collect(),
            words: self.heaviest_of(&x, best, HEAVIEST),
        }
    }

    fn probs_of(&self, x: &[(usize, f32)]) -> Vec<f32> {
        let z: Vec<f32> = self
            .weights
            .iter()
            .zip(&self.bias)
            .map(|(w, b)| x.iter().map(|&(i, v)| w[i] * v).sum::<f32>() + b)
            .collect();
        softmax(&z)
    }

    /// The terms of a text that pushed it most towards `class` rather than
    /// the model's other classes: each term's value times its weight for the
    /// class less its mean weight over the classes, largest first, at most
    /// `n` of them and only those that pushed towards it.
    pub fn heaviest(&self, text: &str, class: usize, n: usize) -> Vec<(String, f32)> {
        self.heaviest_of(&self.features(text), class, n)
    }

    fn heaviest_of(&self, x: &[(usize, f32)], class: usize, n: usize) -> Vec<(String, f32)> {
        let k = self.classes.len() as f32;
        let mut pushes: Vec<(usize, f32)> = x
            .iter()
            .copied()
            .map(|(i, v)| {
                let mean = self.weights.iter().map(|w| w[i]).sum::<f32>() / k;
                (i, v * (self.weights[class][i] - mean))
            })
            .filter(|&(_, p)| p > 0.0)
            .collect();
        pushes.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        pushes
            .into_iter()
            .take(n)
            .map(|(i, p)| (self.vocabulary[i].clone(), p))
            .collect()
    }
}

/// How many terms [`FeedModel::read`] reports.
pub const HEAVIEST: usize = 5;

/// What the feed model made of one posting.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedReading {
    /// Each of its classes' probabilities, in its order.
    pub scores: Vec<(String, f32)>,
    /// The terms that pushed the posting most towards its most likely class,
    /// with how much (see [`FeedModel::heaviest`]).
    pub words: Vec<(String, f32)>,
}

/// Scales a sparse vector to length 1 (an empty or zero one stays as it is).
pub fn normalize(x: &mut [(usize, f32)]) {
    let norm = x.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, v) in x.iter_mut() {
            *v /= norm;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_the_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn role_names_are_masked_and_pairs_follow_words() {
        let t = terms("We need a Senior SRE for our Kubernetes clusters; DevOps culture.");
        assert!(t.contains(&"senior".to_string()));
        assert!(t.contains(&format!("senior {MASK}")));
        assert!(t.contains(&"kubernetes clusters".to_string()));
        assert!(!t.iter().any(|w| w.contains("sre") || w.contains("devops")));
        // Stop words are gone before pairs are made.
        assert!(!t.contains(&"we".to_string()));
        assert!(t.contains(&"need senior".to_string()));
    }
}
