//! `jobclass adapt`: a feed model ([`FeedModel`]) from a feed's own
//! postings, with no labels.
//!
//! The postings that name exactly one role as the job
//! ([`crate::pipeline::mentions::Mentions::only_job`]) are taken as examples
//! of that role, their role names masked; a class-balanced, L2-regularised
//! multinomial logistic regression is fitted on their TF-IDF vectors (word
//! and word-pair terms that at least [`AdaptSettings::min_df`] postings of the
//! feed use). The optimiser is the one the head's training uses (Nesterov's
//! accelerated gradient on a smooth, strongly convex objective, from zero), on
//! sparse rows, so the same feed gives the same file byte for byte.

use std::collections::HashMap;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::train::stratified_folds;
use crate::error::{Error, Result};
use crate::labels::ROLES;
use crate::pipeline::feed::{self, FeedModel};
use crate::pipeline::mentions;

/// Postings naming a role as the job that a feed needs for the role to be
/// learned ([`AdaptSettings::min_examples`]). On real postings a role
/// learned from 19 examples still helped more than leaving it to the base
/// pipeline (EVALUATION.md); below 10 the folds of the cross-validation get
/// one or two examples of it.
pub const DEFAULT_MIN_EXAMPLES: u64 = 10;

/// How a feed model is fitted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdaptSettings {
    /// A term enters the vocabulary when at least this many postings use it.
    pub min_df: u32,
    /// A role needs this many postings naming it as the job to be learned;
    /// with fewer it is left to the base pipeline.
    pub min_examples: u64,
    /// L2 penalty on the weights, `l2/2 |W|^2`, against the mean weighted
    /// cross-entropy.
    pub l2: f64,
    /// Iteration limit of the optimiser.
    pub max_iter: usize,
    /// Stop when the gradient's largest entry is below this.
    pub tol: f64,
    /// Folds of the cross-validated agreement.
    pub folds: usize,
}

impl Default for AdaptSettings {
    /// The settings `jobclass adapt` uses (see EVALUATION.md for how they
    /// were chosen).
    fn default() -> Self {
        AdaptSettings {
            min_df: 2,
            min_examples: DEFAULT_MIN_EXAMPLES,
            l2: 5e-3,
            max_iter: 2000,
            tol: 1e-5,
            folds: 5,
        }
    }
}

/// A fitted feed model and what the user should hear about it.
#[derive(Debug, Clone)]
pub struct Adapted {
    /// The model.
    pub model: FeedModel,
    /// Roles with too few examples, left to the base pipeline, as sentences.
    pub warnings: Vec<String>,
}

/// Postings split into terms at once (in parallel): bounds the memory that
/// terms as text take.
const TERM_CHUNK: usize = 512;

/// The examples the cross-validated agreement uses at most: an estimate, not
/// the model, so a large feed need not be fitted five more times in full.
const MAX_CV_EXAMPLES: usize = 2000;

/// Sparse rows: row `r` is `indices[start[r]..start[r+1]]` with its values.
struct Rows {
    start: Vec<usize>,
    indices: Vec<u32>,
    values: Vec<f64>,
}

impl Rows {
    fn len(&self) -> usize {
        self.start.len() - 1
    }

    fn row(&self, r: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let (a, b) = (self.start[r], self.start[r + 1]);
        self.indices[a..b]
            .iter()
            .zip(&self.values[a..b])
            .map(|(&i, &v)| (i as usize, v))
    }
}

/// Fits a feed model on `texts` (each posting's text, title joined in when
/// there is one), in feed order.
pub fn adapt(texts: &[String], settings: &AdaptSettings) -> Result<Adapted> {
    let n = texts.len();
    // Each posting's role when it names exactly one as the job.
    let roles: Vec<Option<usize>> = texts
        .par_iter()
        .map(|t| mentions::count(t).only_job())
        .collect();
    let mut examples = [0u64; 3];
    for r in roles.iter().flatten() {
        examples[*r] += 1;
    }
    let classes: Vec<usize> = (0..ROLES.len())
        .filter(|&r| examples[r] >= settings.min_examples)
        .collect();
    let counts = ROLES
        .iter()
        .zip(examples)
        .map(|(r, c)| format!("{r} {c}"))
        .collect::<Vec<_>>()
        .join(", ");
    if classes.len() < 2 {
        return Err(Error::Input(format!(
            "too few postings name their role as the job to learn from this feed ({counts} of {n} postings; \
             a role needs {} and a feed model two roles): use a larger feed, or leave out --feed-model",
            settings.min_examples
        )));
    }
    let warnings = (0..ROLES.len())
        .filter(|r| !classes.contains(r))
        .map(|r| {
            format!(
                "only {} postings name {} as the job (a role needs {}): the feed model leaves {} to the base pipeline",
                examples[r], ROLES[r], settings.min_examples, ROLES[r]
            )
        })
        .collect();

    // Terms as numbers in first-seen order, document frequencies, and which
    // terms an example uses. Postings are split into terms in parallel, a
    // chunk at a time, and only their term numbers are kept.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut df: Vec<u32> = Vec::new();
    let mut in_example: Vec<bool> = Vec::new();
    let mut docs: Vec<Vec<(u32, u32)>> = Vec::with_capacity(n);
    for (chunk, chunk_roles) in texts.chunks(TERM_CHUNK).zip(roles.chunks(TERM_CHUNK)) {
        let split: Vec<Vec<String>> = chunk.par_iter().map(|t| feed::terms(t)).collect();
        for (terms, role) in split.into_iter().zip(chunk_roles) {
            let mut counts: HashMap<u32, u32> = HashMap::new();
            for t in terms {
                let id = match ids.get(&t) {
                    Some(&id) => id,
                    None => {
                        let id = names.len() as u32;
                        names.push(t.clone());
                        ids.insert(t, id);
                        df.push(0);
                        in_example.push(false);
                        id
                    }
                };
                *counts.entry(id).or_default() += 1;
            }
            let mut doc: Vec<(u32, u32)> = counts.into_iter().collect();
            doc.sort_unstable();
            for &(id, _) in &doc {
                df[id as usize] += 1;
                if role.is_some_and(|r| classes.contains(&r)) {
                    in_example[id as usize] = true;
                }
            }
            docs.push(doc);
        }
    }
    drop(ids);
    // The vocabulary: terms used often enough in the feed and by at least one
    // example (no other term can get a weight), sorted.
    let mut kept: Vec<u32> = (0..names.len() as u32)
        .filter(|&id| df[id as usize] >= settings.min_df && in_example[id as usize])
        .collect();
    kept.sort_unstable_by(|&a, &b| names[a as usize].cmp(&names[b as usize]));
    let mut index = vec![u32::MAX; names.len()];
    for (i, &id) in kept.iter().enumerate() {
        index[id as usize] = i as u32;
    }
    let vocabulary: Vec<String> = kept
        .iter()
        .map(|&id| std::mem::take(&mut names[id as usize]))
        .collect();
    drop(names);
    let idf: Vec<f32> = kept
        .iter()
        .map(|&id| ((1.0 + n as f64) / (1.0 + df[id as usize] as f64)).ln() as f32 + 1.0)
        .collect();

    // The examples' rows and labels (indices into `classes`).
    let mut rows = Rows {
        start: vec![0],
        indices: Vec::new(),
        values: Vec::new(),
    };
    let mut y = Vec::new();
    for (role, doc) in roles.iter().zip(&docs) {
        let Some(class) = role.and_then(|r| classes.iter().position(|&c| c == r)) else {
            continue;
        };
        let mut x: Vec<(usize, f32)> = doc
            .iter()
            .filter(|(id, _)| index[*id as usize] != u32::MAX)
            .map(|&(id, c)| {
                let i = index[id as usize] as usize;
                (i, (1.0 + (c as f32).ln()) * idf[i])
            })
            .collect();
        x.sort_unstable_by_key(|&(i, _)| i);
        feed::normalize(&mut x);
        rows.indices.extend(x.iter().map(|&(i, _)| i as u32));
        rows.values.extend(x.iter().map(|&(_, v)| v as f64));
        rows.start.push(rows.indices.len());
        y.push(class);
    }
    drop(docs);

    let k = classes.len();
    let d = vocabulary.len();
    let all: Vec<usize> = (0..y.len()).collect();
    let fit = fit(&rows, &all, &y, k, d, settings);
    let agreement = cross_validated_agreement(&rows, &y, k, d, settings);
    let (weights, bias) = fit.into_rows(k, d);
    let model = FeedModel::new(
        texts_sha256(texts),
        n as u64,
        examples,
        agreement,
        classes.iter().map(|&r| ROLES[r].to_string()).collect(),
        vocabulary,
        idf,
        weights,
        bias,
    );
    Ok(Adapted { model, warnings })
}

/// sha256 of the texts, each preceded by its length in bytes, so that no
/// two different feeds give the same bytes to hash.
pub fn texts_sha256(texts: &[String]) -> String {
    let mut h = Sha256::new();
    for t in texts {
        h.update((t.len() as u64).to_le_bytes());
        h.update(t.as_bytes());
    }
    format!("{:x}", h.finalize())
}

/// Weights term-major (`w[j * k + c]`) and biases.
struct Fit {
    w: Vec<f64>,
    b: Vec<f64>,
}

impl Fit {
    fn logits(&self, rows: &Rows, r: usize, k: usize) -> Vec<f64> {
        let mut z = self.b.clone();
        for (j, v) in rows.row(r) {
            for (c, zc) in z.iter_mut().enumerate() {
                *zc += self.w[j * k + c] * v;
            }
        }
        z
    }

    fn into_rows(self, k: usize, d: usize) -> (Vec<Vec<f32>>, Vec<f32>) {
        let weights = (0..k)
            .map(|c| (0..d).map(|j| self.w[j * k + c] as f32).collect())
            .collect();
        (weights, self.b.iter().map(|&b| b as f32).collect())
    }
}

/// Softmax in place.
fn softmax(z: &mut [f64]) {
    let m = z.iter().fold(f64::NEG_INFINITY, |a, &v| a.max(v));
    let mut s = 0.0;
    for v in z.iter_mut() {
        *v = (*v - m).exp();
        s += *v;
    }
    for v in z.iter_mut() {
        *v /= s;
    }
}

/// Fits on the rows `which` of `rows` with labels `y` (indexed like `rows`).
fn fit(rows: &Rows, which: &[usize], y: &[usize], k: usize, d: usize, s: &AdaptSettings) -> Fit {
    let mut counts = vec![0usize; k];
    which.iter().for_each(|&r| counts[y[r]] += 1);
    let present = counts.iter().filter(|&&c| c > 0).count() as f64;
    let m = which.len() as f64;
    // Class-balanced weights, n / (k n_c), over their sum: the mean weighted
    // cross-entropy.
    let sample_w: Vec<f64> = which
        .iter()
        .map(|&r| m / (present * counts[y[r]] as f64))
        .collect();
    let wsum: f64 = sample_w.iter().sum();
    let gradient = |fit: &Fit| -> (Vec<f64>, Vec<f64>) {
        let mut gw: Vec<f64> = fit.w.iter().map(|w| w * s.l2).collect();
        let mut gb = vec![0.0; k];
        for (&r, &sw) in which.iter().zip(&sample_w) {
            let mut p = fit.logits(rows, r, k);
            softmax(&mut p);
            p[y[r]] -= 1.0;
            for (c, pc) in p.iter_mut().enumerate() {
                *pc *= sw / wsum;
                gb[c] += *pc;
            }
            for (j, v) in rows.row(r) {
                for c in 0..k {
                    gw[j * k + c] += p[c] * v;
                }
            }
        }
        (gw, gb)
    };
    // Rows have length 1, so |[x, 1]|^2 = 2 and the softmax Hessian's bound
    // 1/2 gives L <= 1 + l2.
    let step = 1.0 / (1.0 + s.l2);
    let mut cur = Fit {
        w: vec![0.0; k * d],
        b: vec![0.0; k],
    };
    let mut prev = Fit {
        w: cur.w.clone(),
        b: cur.b.clone(),
    };
    let mut t = 1.0f64;
    for _ in 0..s.max_iter {
        let t_next = (1.0 + (1.0 + 4.0 * t * t).sqrt()) / 2.0;
        let mom = (t - 1.0) / t_next;
        let ahead = Fit {
            w: cur
                .w
                .iter()
                .zip(&prev.w)
                .map(|(a, b)| a + (a - b) * mom)
                .collect(),
            b: cur
                .b
                .iter()
                .zip(&prev.b)
                .map(|(a, b)| a + (a - b) * mom)
                .collect(),
        };
        let (gw, gb) = gradient(&ahead);
        let gmax = gw.iter().chain(&gb).fold(0.0f64, |a, v| a.max(v.abs()));
        let next = Fit {
            w: ahead.w.iter().zip(&gw).map(|(a, g)| a - g * step).collect(),
            b: ahead.b.iter().zip(&gb).map(|(a, g)| a - g * step).collect(),
        };
        prev = std::mem::replace(&mut cur, next);
        t = t_next;
        if gmax < s.tol {
            break;
        }
    }
    cur
}

/// The share of examples whose label a model fitted without their fold gives
/// back (folds stratified by label, dealt in feed order; the folds run in
/// parallel), on every example or, in a feed of more than
/// [`MAX_CV_EXAMPLES`], on every k-th in feed order.
fn cross_validated_agreement(
    rows: &Rows,
    y: &[usize],
    k: usize,
    d: usize,
    s: &AdaptSettings,
) -> f32 {
    let step = rows.len().div_ceil(MAX_CV_EXAMPLES).max(1);
    let sample: Vec<usize> = (0..rows.len()).step_by(step).collect();
    let labels: Vec<usize> = sample.iter().map(|&r| y[r]).collect();
    let fold_of = stratified_folds(&labels, k, s.folds);
    let right: usize = (0..s.folds)
        .into_par_iter()
        .map(|f| {
            let in_fold = |want: bool| -> Vec<usize> {
                sample
                    .iter()
                    .zip(&fold_of)
                    .filter(|&(_, &fold)| (fold == f) == want)
                    .map(|(&r, _)| r)
                    .collect()
            };
            let (test, train) = (in_fold(true), in_fold(false));
            if train.is_empty() || test.is_empty() {
                return 0;
            }
            let model = fit(rows, &train, y, k, d, s);
            test.iter()
                .filter(|&&r| {
                    let z = model.logits(rows, r, k);
                    crate::math::argmax(z.iter().copied()) == y[r]
                })
                .count()
        })
        .sum();
    right as f32 / sample.len().max(1) as f32
}
