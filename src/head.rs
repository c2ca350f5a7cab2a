//! The classification head: multinomial logistic regression on sentence
//! embeddings, L2-regularised and class-balanced, fitted by accelerated
//! gradient descent (the problem is smooth and strongly convex, so this
//! converges to the unique optimum and training is deterministic).
//!
//! A head is saved as JSON with everything needed to know what it is: label
//! names, the embedding model and dimension, the training data's sha256, the
//! hyper-parameters, cross-validated accuracy and a format version.

use std::path::Path;

use ndarray::{Array1, Array2, ArrayView2, Axis, s};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Version of the head file format.
pub const FORMAT_VERSION: u32 = 1;

/// The default head, trained on `datasets/examples.csv`, compiled in.
const DEFAULT_HEAD_JSON: &str = include_str!("../models/head.json");

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
}

impl Head {
    /// The head shipped in the binary.
    pub fn default_head() -> Head {
        Head::from_json(DEFAULT_HEAD_JSON, Path::new("models/head.json"))
            .expect("the compiled-in head is valid (checked by tests)")
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
        if head.dim != crate::embed::DIM || head.model_id != crate::fetch::MODEL_ID {
            return Err(bad(format!(
                "it was trained for {} ({} dims), not {} ({} dims)",
                head.model_id,
                head.dim,
                crate::fetch::MODEL_ID,
                crate::embed::DIM
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
        crate::batch::write_atomically(path, |w| w.write_all(format!("{text}\n").as_bytes()))
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

/// Numerically stable softmax.
pub fn softmax(z: &[f32]) -> Vec<f32> {
    let m = z.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let e: Vec<f32> = z.iter().map(|v| (v - m).exp()).collect();
    let s: f32 = e.iter().sum();
    e.iter().map(|v| v / s).collect()
}

/// A fitted linear model: `weights` is (k, d), `bias` is (k).
#[derive(Debug, Clone)]
pub struct Fit {
    /// Weights, one row per class.
    pub weights: Array2<f64>,
    /// Biases.
    pub bias: Array1<f64>,
    /// Iterations used.
    pub iterations: usize,
}

impl Fit {
    /// Logits for every row of `x`, shape (n, k).
    pub fn logits(&self, x: ArrayView2<f64>) -> Array2<f64> {
        x.dot(&self.weights.t()) + &self.bias
    }
}

/// Fits multinomial logistic regression on rows `x` (n, d) with labels `y` in
/// `0..k`. Classes with no example get no weight and a very low bias.
pub fn fit(x: ArrayView2<f64>, y: &[usize], k: usize, p: &TrainParams) -> Fit {
    let (n, d) = x.dim();
    assert_eq!(n, y.len(), "one label per row");
    let mut counts = vec![0usize; k];
    y.iter().for_each(|&c| counts[c] += 1);
    let sample_w: Array1<f64> = y
        .iter()
        .map(|&c| {
            if p.class_balanced {
                n as f64 / (counts.iter().filter(|&&c| c > 0).count() as f64 * counts[c] as f64)
            } else {
                1.0
            }
        })
        .collect();
    let wsum = sample_w.sum();
    // Lipschitz constant of the gradient: the softmax Hessian is bounded by 1/2,
    // so L <= 0.5 * max |[x,1]|^2 + l2.
    let max_sq = x
        .rows()
        .into_iter()
        .map(|r| r.dot(&r) + 1.0)
        .fold(0.0, f64::max);
    let step = 1.0 / (0.5 * max_sq + p.l2);

    let mut onehot = Array2::<f64>::zeros((n, k));
    for (i, &c) in y.iter().enumerate() {
        onehot[[i, c]] = 1.0;
    }
    let grad = |w: &Array2<f64>, b: &Array1<f64>| -> (Array2<f64>, Array1<f64>) {
        let mut prob = x.dot(&w.t()) + b;
        for mut row in prob.rows_mut() {
            let m = row.fold(f64::NEG_INFINITY, |a, &v| a.max(v));
            row.mapv_inplace(|v| (v - m).exp());
            let s = row.sum();
            row.mapv_inplace(|v| v / s);
        }
        let mut resid = prob - &onehot; // (n, k)
        for (mut row, sw) in resid.rows_mut().into_iter().zip(sample_w.iter()) {
            row *= *sw / wsum;
        }
        let gw = resid.t().dot(&x) + &(w * p.l2);
        let gb = resid.sum_axis(Axis(0));
        (gw, gb)
    };

    // Nesterov's accelerated gradient with the constant step 1/L.
    let mut w = Array2::<f64>::zeros((k, d));
    let mut b = Array1::<f64>::zeros(k);
    let (mut w_prev, mut b_prev) = (w.clone(), b.clone());
    let mut t = 1.0f64;
    let mut iterations = 0;
    for it in 0..p.max_iter {
        iterations = it + 1;
        let t_next = (1.0 + (1.0 + 4.0 * t * t).sqrt()) / 2.0;
        let mom = (t - 1.0) / t_next;
        let yw = &w + &((&w - &w_prev) * mom);
        let yb = &b + &((&b - &b_prev) * mom);
        let (gw, gb) = grad(&yw, &yb);
        let gmax = gw
            .iter()
            .chain(gb.iter())
            .fold(0.0f64, |a, v| a.max(v.abs()));
        w_prev = std::mem::replace(&mut w, &yw - &(gw * step));
        b_prev = std::mem::replace(&mut b, &yb - &(gb * step));
        t = t_next;
        if gmax < p.tol {
            break;
        }
    }
    for c in 0..k {
        if counts[c] == 0 {
            w.row_mut(c).fill(0.0);
            b[c] = -30.0;
        }
    }
    Fit {
        weights: w,
        bias: b,
        iterations,
    }
}

/// Deterministic stratified folds: within each class, examples in file order
/// are dealt to folds round-robin. Returns the fold of each example.
pub fn stratified_folds(y: &[usize], k: usize, folds: usize) -> Vec<usize> {
    let mut next = vec![0usize; k];
    y.iter()
        .map(|&c| {
            let f = next[c] % folds;
            next[c] += 1;
            f
        })
        .collect()
}

/// Out-of-fold logits from `folds`-fold stratified cross-validation.
pub fn cross_val_logits(
    x: ArrayView2<f64>,
    y: &[usize],
    k: usize,
    folds: usize,
    p: &TrainParams,
) -> Array2<f64> {
    let fold_of = stratified_folds(y, k, folds);
    let mut out = Array2::<f64>::zeros((y.len(), k));
    for f in 0..folds {
        let train: Vec<usize> = (0..y.len()).filter(|&i| fold_of[i] != f).collect();
        let test: Vec<usize> = (0..y.len()).filter(|&i| fold_of[i] == f).collect();
        if test.is_empty() || train.is_empty() {
            continue;
        }
        let xt = x.select(Axis(0), &train);
        let yt: Vec<usize> = train.iter().map(|&i| y[i]).collect();
        let model = fit(xt.view(), &yt, k, p);
        let logits = model.logits(x.select(Axis(0), &test).view());
        for (row, &i) in test.iter().enumerate() {
            out.row_mut(i).assign(&logits.slice(s![row, ..]));
        }
    }
    out
}

/// Fraction of rows whose largest logit is the true class.
pub fn accuracy(logits: ArrayView2<f64>, y: &[usize]) -> f64 {
    let right = logits
        .rows()
        .into_iter()
        .zip(y)
        .filter(|(row, c)| argmax(row.iter().copied()) == **c)
        .count();
    right as f64 / y.len().max(1) as f64
}

/// Index of the largest value (the first one on ties).
pub fn argmax(v: impl IntoIterator<Item = f64>) -> usize {
    let mut best = (0, f64::NEG_INFINITY);
    for (i, x) in v.into_iter().enumerate() {
        if x > best.1 {
            best = (i, x);
        }
    }
    best.0
}

/// Trains a head on labeled texts: embeds them with `embedder` (windows for
/// long texts, as classification does), fits the regression, and, with
/// `folds` > 1, measures cross-validated accuracy first. Labels are ordered
/// devops, sre, platform, other, shared, boilerplate, keeping those that occur.
pub fn train(
    embedder: &crate::embed::Embedder,
    examples: &[crate::data::Labeled],
    params: &TrainParams,
    folds: usize,
    data_file: &str,
    data_sha256: &str,
) -> Result<Head> {
    let order: Vec<&str> = crate::data::ROLES
        .iter()
        .copied()
        .chain([crate::data::OTHER])
        .chain(crate::data::SET_ASIDE)
        .collect();
    let labels: Vec<String> = order
        .iter()
        .filter(|l| examples.iter().any(|e| e.label == **l))
        .map(|l| l.to_string())
        .collect();
    if labels.len() < 2 {
        return Err(Error::Input(format!(
            "training needs examples of at least two labels; found only {labels:?}"
        )));
    }
    let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
    let chunking = crate::chunk::Chunking::DEFAULT_WINDOWS;
    let vectors = embedder.embed(&texts, chunking)?;
    let y: Vec<usize> = examples
        .iter()
        .map(|e| {
            labels
                .iter()
                .position(|l| l == e.label)
                .expect("label listed")
        })
        .collect();
    let x = to_matrix(&vectors);
    let k = labels.len();
    let cv_accuracy =
        (folds > 1).then(|| accuracy(cross_val_logits(x.view(), &y, k, folds, params).view(), &y));
    let model = fit(x.view(), &y, k, params);
    let counts = (0..k)
        .map(|c| y.iter().filter(|&&v| v == c).count())
        .collect();
    Ok(Head {
        version: FORMAT_VERSION,
        model_id: crate::fetch::MODEL_ID.to_string(),
        dim: crate::embed::DIM,
        labels,
        weights: model
            .weights
            .rows()
            .into_iter()
            .map(|r| r.iter().map(|&v| v as f32).collect())
            .collect(),
        bias: model.bias.iter().map(|&v| v as f32).collect(),
        temperature: 1.0,
        training: TrainingInfo {
            data_sha256: data_sha256.to_string(),
            data_file: data_file.to_string(),
            counts,
            params: *params,
            iterations: model.iterations,
            cv_folds: if folds > 1 { folds } else { 0 },
            cv_accuracy,
            embedding: format!(
                "mean of L2-normalised 256-token windows (overlap {}), re-normalised",
                crate::chunk::DEFAULT_OVERLAP
            ),
        },
    })
}

/// Rows of f32 vectors as an (n, d) f64 matrix.
pub fn to_matrix(vectors: &[Vec<f32>]) -> Array2<f64> {
    let d = vectors.first().map_or(0, |v| v.len());
    Array2::from_shape_fn((vectors.len(), d), |(i, j)| vectors[i][j] as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn softmax_sums_to_one_and_survives_large_logits() {
        let p = softmax(&[1000.0, 1000.0, -1000.0]);
        assert!((p[0] - 0.5).abs() < 1e-6 && p[2] == 0.0);
    }

    #[test]
    fn fit_separates_separable_classes() {
        let x = array![
            [1.0, 0.0],
            [0.9, 0.1],
            [0.0, 1.0],
            [0.1, 0.9],
            [-1.0, 0.0],
            [-0.9, -0.1]
        ];
        let y = [0, 0, 1, 1, 2, 2];
        let m = fit(x.view(), &y, 3, &TrainParams::default());
        assert_eq!(accuracy(m.logits(x.view()).view(), &y), 1.0);
    }

    #[test]
    fn fit_reaches_the_optimum_gradient_is_small() {
        // At the optimum of a 1-D, 2-class problem with 3:1 balanced weights the
        // bias must make both classes equally likely on average.
        let x = array![[0.0], [0.0], [0.0], [0.0]];
        let y = [0, 0, 0, 1];
        let m = fit(x.view(), &y, 2, &TrainParams::default());
        let l = m.logits(x.view());
        let p = softmax(&[l[[0, 0]] as f32, l[[0, 1]] as f32]);
        assert!(
            (p[0] - 0.5).abs() < 1e-3,
            "balanced weights make p = 0.5, got {p:?}"
        );
        let unbalanced = TrainParams {
            class_balanced: false,
            ..TrainParams::default()
        };
        let m = fit(x.view(), &y, 2, &unbalanced);
        let l = m.logits(x.view());
        let p = softmax(&[l[[0, 0]] as f32, l[[0, 1]] as f32]);
        assert!(
            (p[0] - 0.75).abs() < 1e-3,
            "unweighted fit gives the base rate, got {p:?}"
        );
    }

    #[test]
    fn absent_class_is_never_predicted() {
        let x = array![[1.0], [-1.0]];
        let m = fit(x.view(), &[0, 1], 3, &TrainParams::default());
        let l = m.logits(x.view());
        assert!(l.rows().into_iter().all(|r| argmax(r.iter().copied()) != 2));
    }

    #[test]
    fn folds_are_stratified() {
        let y = [0, 0, 0, 0, 1, 1, 1, 1];
        let f = stratified_folds(&y, 2, 2);
        assert_eq!(f, vec![0, 1, 0, 1, 0, 1, 0, 1]);
    }

    #[test]
    fn default_head_is_valid() {
        let h = Head::default_head();
        assert!(h.labels.iter().any(|l| l == "sre"));
        assert_eq!(h.dim, crate::embed::DIM);
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
