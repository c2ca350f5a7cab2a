//! A class-balanced, L2-regularised multinomial logistic regression on
//! sparse rows of length 1, fitted by Nesterov's accelerated gradient from
//! zero, and its cross-validated agreement.

use rayon::prelude::*;

use super::AdaptSettings;
use crate::training::head_fit::stratified_folds;

/// The examples the cross-validated agreement uses at most: an estimate, not
/// the model, so a large feed need not be fitted five more times in full.
const MAX_CV_EXAMPLES: usize = 2000;

/// Sparse rows: row `r` is `indices[start[r]..start[r+1]]` with its values
/// (`f32` bits: a value takes 4 bytes).
pub(super) struct Rows {
    pub(super) start: Vec<usize>,
    pub(super) indices: Vec<u32>,
    pub(super) values: Vec<u32>,
}

impl Rows {
    pub(super) fn len(&self) -> usize {
        self.start.len() - 1
    }

    fn row(&self, r: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let (a, b) = (self.start[r], self.start[r + 1]);
        self.indices[a..b]
            .iter()
            .zip(&self.values[a..b])
            .map(|(&i, &v)| (i as usize, f32::from_bits(v) as f64))
    }
}

/// Weights term-major (`w[j * k + c]`) and biases.
pub(super) struct Fit {
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

    /// Weights class-major (one row of `d` a class), as `f32`, and biases.
    pub(super) fn into_rows(self, k: usize, d: usize) -> (Vec<f32>, Vec<f32>) {
        let weights = (0..k)
            .flat_map(|c| (0..d).map(move |j| (c, j)))
            .map(|(c, j)| self.w[j * k + c] as f32)
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
pub(super) fn fit(
    rows: &Rows,
    which: &[usize],
    y: &[usize],
    k: usize,
    d: usize,
    s: &AdaptSettings,
    tick: &(dyn Fn() + Sync),
) -> Fit {
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
        tick();
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
pub(super) fn cross_validated_agreement(
    rows: &Rows,
    y: &[usize],
    k: usize,
    d: usize,
    s: &AdaptSettings,
    tick: &(dyn Fn() + Sync),
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
            let model = fit(rows, &train, y, k, d, s, tick);
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
