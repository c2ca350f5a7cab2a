//! The feed model: what a feed's own postings teach about the words its
//! employers use for each role.
//!
//! Three quarters of real postings name their role as the job, and for those
//! the label is all but certain ([`super::mentions`]). `jobclass adapt`
//! ([`crate::training::feed_fit`]) takes them as labelled examples, masks every
//! role name so that the model learns the feed's other words rather than the
//! names again, and fits a logistic regression on word and word-pair TF-IDF
//! features. [`super::classifier::Classifier`] then weighs its probabilities
//! in for the postings that do not name one role as the job.
//!
//! The features are the ones a well-known recipe uses (scikit-learn's
//! `TfidfVectorizer` with `sublinear_tf`, `ngram_range=(1, 2)`, `min_df=2`,
//! `max_features` and English stop words), written here in a page: the role
//! names must be masked before words are split, and the file must come out
//! byte for byte the same from the same feed.
//!
//! A model is read as it is parsed, into one string of terms and flat lists
//! of `f32`, and checked so that no text can give it a score that is not a
//! finite number.

mod file;
mod terms;
mod vocabulary;

use std::collections::HashMap;

use crate::labels::ROLES;
use crate::math::softmax;

pub use terms::{MASK, for_each_term, terms};
pub use vocabulary::Vocabulary;

/// What a feed model file says it is.
pub const FORMAT: &str = "jobclass-feed-model";
/// The version of the file layout this build reads and writes.
pub const VERSION: u32 = 1;
/// Feed model files larger than this are refused: every process that labels
/// with a model holds it. `jobclass adapt` bounds its vocabulary
/// ([`MAX_TERMS`]), which keeps its files far
/// smaller (9.3 MB for 136,222 terms); [`FeedModel::load`] parses a file as
/// it reads it, never holding its text, and the model it makes takes less
/// than the file (see [`FeedModel`]).
pub const MAX_FILE_BYTES: u64 = 64 << 20;
/// The most terms a feed model holds: those that the most postings use
/// ([`crate::training::feed_fit::Counting::finish`]). On
/// the dev feed (18,468 terms at a minimum document frequency of 2) it
/// changes nothing; a feed of 50,000 postings keeps its file near 10 MB. See
/// EVALUATION.md.
pub const MAX_TERMS: usize = 200_000;

/// Sublinear term frequency: `1 + ln(count)`.
fn tf(count: u32) -> f32 {
    1.0 + (count as f32).ln()
}

/// The largest absolute weight or bias a feed model may hold. A fitted
/// model's weights stay below `1 / l2` (200 with `adapt`'s penalty); with
/// TF-IDF rows of length 1, weights within this bound give finite scores for
/// any text.
pub const MAX_WEIGHT: f32 = 1e4;
/// The largest inverse document frequency: `ln(n + 1) + 1` is 42 for a feed
/// of 10^18 postings.
pub const MAX_IDF: f32 = 64.0;

/// A feed model as written by `jobclass adapt`. In memory a term takes its
/// bytes and a 4-byte offset (in the file, its bytes and 3), and a number 4
/// bytes (in the file, about 12): its terms are in one string, its numbers
/// `f32` in flat lists.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedModel {
    /// Always [`FORMAT`].
    pub format: String,
    /// The file layout's version, [`VERSION`].
    pub version: u32,
    /// The jobclass version that wrote it.
    pub jobclass_version: String,
    /// sha256 of the distinct texts it learned from, in order (the text
    /// column, with the title when one was given): the same feed gives the
    /// same value, whatever its other columns hold and however often a
    /// posting is repeated.
    pub texts_sha256: String,
    /// Distinct postings read (a posting repeated, in the same or another
    /// file, counts once).
    pub postings: u64,
    /// Postings that name exactly one role as the job, per role of [`ROLES`]:
    /// what it learned from.
    pub examples: [u64; ROLES.len()],
    /// Agreement with those postings' roles when each fifth of them is
    /// labelled by a model fitted on the other four fifths (on at most
    /// 2,000 of them, every k-th in feed order).
    pub cross_validated_agreement: f32,
    /// The roles it tells apart: those with enough examples. Any other role
    /// is left to the base pipeline.
    pub classes: Vec<String>,
    /// Its terms, sorted.
    vocabulary: Vocabulary,
    /// Each term's inverse document frequency, `ln((1 + n) / (1 + df)) + 1`.
    idf: Vec<f32>,
    /// Term weights, one row of `vocabulary.len()` per class.
    weights: Vec<f32>,
    /// One bias per class.
    bias: Vec<f32>,
}

impl FeedModel {
    /// A model from its parts (what [`crate::training::feed_fit`] fitted):
    /// `weights` holds one row of `vocabulary.len()` values per class.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        texts_sha256: String,
        postings: u64,
        examples: [u64; ROLES.len()],
        cross_validated_agreement: f32,
        classes: Vec<String>,
        vocabulary: Vocabulary,
        idf: Vec<f32>,
        weights: Vec<f32>,
        bias: Vec<f32>,
    ) -> FeedModel {
        FeedModel {
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
        }
    }

    /// Its terms, sorted.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Bytes its terms and numbers take in memory.
    pub fn heap_bytes(&self) -> usize {
        self.vocabulary.heap_bytes()
            + 4 * (self.idf.capacity() + self.weights.capacity() + self.bias.capacity())
    }

    /// What makes a model usable: its parts agree in size, its classes are
    /// distinct roles, every number is finite and within the bounds that keep
    /// every score finite ([`MAX_WEIGHT`], [`MAX_IDF`]), its counts agree.
    pub fn check(&self) -> std::result::Result<(), String> {
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
        if self.weights.len() != k * n || self.bias.len() != k {
            return Err(format!(
                "{} weights and {} biases for {k} classes and {n} terms",
                self.weights.len(),
                self.bias.len()
            ));
        }
        if !(1..n).all(|i| self.vocabulary.get(i - 1) < self.vocabulary.get(i)) {
            return Err("its vocabulary is not sorted or has a term twice".into());
        }
        let within = |field: &str, xs: &[f32], lo: f32, hi: f32| match xs
            .iter()
            .find(|x| !(lo..=hi).contains(*x))
        {
            Some(x) => Err(format!(
                "\"{field}\" holds {x}, outside {lo} to {hi} (a fitted feed model's are far within)"
            )),
            None => Ok(()),
        };
        within("idf", &self.idf, 1.0, MAX_IDF)?;
        within("weights", &self.weights, -MAX_WEIGHT, MAX_WEIGHT)?;
        within("bias", &self.bias, -MAX_WEIGHT, MAX_WEIGHT)?;
        within(
            "cross_validated_agreement",
            &[self.cross_validated_agreement],
            0.0,
            1.0,
        )?;
        let named = self
            .examples
            .iter()
            .try_fold(0u64, |sum, &n| sum.checked_add(n))
            .ok_or("\"examples\" counts more postings than a count can hold")?;
        if named > self.postings {
            return Err(format!(
                "\"examples\" count {named} postings of the {} it read",
                self.postings
            ));
        }
        for c in &self.classes {
            let r = ROLES.iter().position(|r| r == c).expect("checked above");
            if self.examples[r] == 0 {
                return Err(format!(
                    "class {c:?} has no example (\"examples\"): a role learned from nothing"
                ));
            }
        }
        Ok(())
    }

    /// The TF-IDF vector of a text: (term index, value) for each known term,
    /// by index, of length 1 (or empty when it has no known term).
    pub fn features(&self, text: &str) -> Vec<(usize, f32)> {
        let mut counts: HashMap<usize, u32> = HashMap::new();
        for_each_term(text, |t, _| {
            if let Some(i) = self.vocabulary.find(t) {
                let c = counts.entry(i).or_default();
                *c = c.saturating_add(1);
            }
        });
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

    /// Class `c`'s weight of term `i`.
    fn weight(&self, c: usize, i: usize) -> f32 {
        self.weights[c * self.vocabulary.len() + i]
    }

    fn probs_of(&self, x: &[(usize, f32)]) -> Vec<f32> {
        let z: Vec<f32> = (0..self.classes.len())
            .map(|c| x.iter().map(|&(i, v)| self.weight(c, i) * v).sum::<f32>() + self.bias[c])
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
        let k = self.classes.len();
        let mut pushes: Vec<(usize, f32)> = x
            .iter()
            .copied()
            .map(|(i, v)| {
                let mean = (0..k).map(|c| self.weight(c, i)).sum::<f32>() / k as f32;
                (i, v * (self.weight(class, i) - mean))
            })
            .filter(|&(_, p)| p > 0.0)
            .collect();
        pushes.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        pushes
            .into_iter()
            .take(n)
            .map(|(i, p)| (self.vocabulary.get(i).to_string(), p))
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
