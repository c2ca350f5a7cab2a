//! Fitting a head and its scope gate (`jobclass train`): multinomial
//! logistic regression on sentence embeddings,
//! L2-regularised and class-balanced, fitted by accelerated gradient descent
//! (the problem is smooth and strongly convex, so this converges to the unique
//! optimum and training is deterministic), with stratified cross-validation.

use ndarray::{Array1, Array2, ArrayView2, Axis, s};

use crate::error::{Error, Result};
use crate::io::labeled::Labeled;
use crate::labels::OTHER;
use crate::labels::ROLES;
use crate::math::argmax;
use crate::model::embed::{DIM, Embedder};
use crate::model::files::MODEL_ID;
use crate::model::window::{DEFAULT_OVERLAP, Windowing};
use crate::pipeline::head::{
    FORMAT_VERSION, Head, ScopeGate, ScopeTraining, TrainParams, TrainingInfo, content_vector,
};
use crate::pipeline::segment::segments_or_whole;

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
    let loss = Loss::new(x, y, &counts, p);
    let (mut w, mut b, iterations) = minimise(&loss, (k, d), step_size(x, p.l2), p);
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

/// The objective: cross-entropy weighted per example (class-balanced or
/// not), plus the L2 penalty on the weights.
struct Loss<'a> {
    x: ArrayView2<'a, f64>,
    onehot: Array2<f64>,
    sample_w: Array1<f64>,
    wsum: f64,
    l2: f64,
}

impl<'a> Loss<'a> {
    /// The objective for rows `x` with labels `y`, `counts` examples of each
    /// of the classes.
    fn new(x: ArrayView2<'a, f64>, y: &[usize], counts: &[usize], p: &TrainParams) -> Loss<'a> {
        let n = y.len();
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
        let mut onehot = Array2::<f64>::zeros((n, counts.len()));
        for (i, &c) in y.iter().enumerate() {
            onehot[[i, c]] = 1.0;
        }
        Loss {
            x,
            onehot,
            sample_w,
            wsum,
            l2: p.l2,
        }
    }

    /// The gradient in the weights `w` (k, d) and biases `b` (k).
    fn gradient(&self, w: &Array2<f64>, b: &Array1<f64>) -> (Array2<f64>, Array1<f64>) {
        let mut prob = self.x.dot(&w.t()) + b;
        for mut row in prob.rows_mut() {
            let m = row.fold(f64::NEG_INFINITY, |a, &v| a.max(v));
            row.mapv_inplace(|v| (v - m).exp());
            let s = row.sum();
            row.mapv_inplace(|v| v / s);
        }
        let mut resid = prob - &self.onehot; // (n, k)
        for (mut row, sw) in resid.rows_mut().into_iter().zip(self.sample_w.iter()) {
            row *= *sw / self.wsum;
        }
        let gw = resid.t().dot(&self.x) + &(w * self.l2);
        let gb = resid.sum_axis(Axis(0));
        (gw, gb)
    }
}

/// The step 1/L, L the Lipschitz constant of the gradient: the softmax
/// Hessian is bounded by 1/2, so L <= 0.5 * max |[x,1]|^2 + l2.
fn step_size(x: ArrayView2<f64>, l2: f64) -> f64 {
    let max_sq = x
        .rows()
        .into_iter()
        .map(|r| r.dot(&r) + 1.0)
        .fold(0.0, f64::max);
    1.0 / (0.5 * max_sq + l2)
}

/// Nesterov's accelerated gradient with a constant `step`, from zero weights
/// and biases of shape `(k, d)`, until the gradient's largest entry is below
/// the tolerance or the iterations run out. Returns the weights, the biases
/// and the iterations run.
fn minimise(
    loss: &Loss,
    (k, d): (usize, usize),
    step: f64,
    p: &TrainParams,
) -> (Array2<f64>, Array1<f64>, usize) {
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
        let (gw, gb) = loss.gradient(&yw, &yb);
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
    (w, b, iterations)
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

/// Trains a head on labeled texts: embeds them with `embedder` (windows for
/// long texts, as classification does), fits the regression, and, with
/// `folds` > 1, measures cross-validated accuracy first. Labels are ordered
/// devops, sre, platform, other, shared, boilerplate, keeping those that occur.
pub fn train(
    embedder: &Embedder,
    examples: &[Labeled],
    params: &TrainParams,
    folds: usize,
    data_file: &str,
    data_sha256: &str,
) -> Result<Head> {
    check_params(params)?;
    check_roles(examples)?;
    let labels: Vec<String> = crate::labels::training_order()
        .filter(|l| examples.iter().any(|e| e.label == *l))
        .map(|l| l.to_string())
        .collect();
    let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
    let windowing = Windowing::OVERLAPPING;
    let vectors = embedder.embed(&texts, windowing)?;
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
    let head = Head {
        version: FORMAT_VERSION,
        model_id: MODEL_ID.to_string(),
        dim: DIM,
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
                DEFAULT_OVERLAP
            ),
        },
        adapter_sha256: embedder.adapter_sha256().map(str::to_string),
        mentions: None,
        scope: None,
    };
    // A fit that ran away (weights beyond what any head needs) is refused
    // here rather than written and refused when read.
    head.check()
        .map_err(|why| Error::Input(format!("the trained head is unusable: {why}")))?;
    Ok(head)
}

/// Trains `head`'s scope gate on whole postings labeled with a role or
/// `other`: each is split into segments as the classifier splits it, its
/// content vector made with `head` ([`content_vector`]), and a class-balanced
/// logistic regression fitted, role against `other`. Postings of the roles
/// and of other jobs are both needed.
pub fn train_scope(
    embedder: &Embedder,
    head: &Head,
    postings: &[Labeled],
    params: &TrainParams,
    data_file: &str,
    data_sha256: &str,
) -> Result<ScopeGate> {
    check_params(params)?;
    let counts = check_scope_postings(postings)?;
    let y: Vec<usize> = postings
        .iter()
        .map(|p| usize::from(p.label != OTHER))
        .collect();
    let parts: Vec<Vec<String>> = postings
        .iter()
        .map(|p| segments_or_whole(&p.text))
        .collect();
    let flat: Vec<&str> = parts.iter().flatten().map(String::as_str).collect();
    let vectors = embedder.embed(&flat, Windowing::OVERLAPPING)?;
    let mut next = vectors.iter();
    let content: Vec<Vec<f32>> = parts
        .iter()
        .map(|segs| {
            content_vector(segs.iter().map(|_| {
                let v = next.next().expect("one vector per segment");
                (v.as_slice(), head.set_aside(v))
            }))
        })
        .collect();
    let x = to_matrix(&content);
    // Two classes, other (0) and role (1): the gate's logit is the difference.
    let model = fit(x.view(), &y, 2, params);
    let w = model.weights.row(1).to_owned() - model.weights.row(0);
    let gate = ScopeGate {
        weights: w.iter().map(|&v| v as f32).collect(),
        bias: (model.bias[1] - model.bias[0]) as f32,
        training: ScopeTraining {
            data_sha256: data_sha256.to_string(),
            data_file: data_file.to_string(),
            counts,
            params: *params,
            iterations: model.iterations,
        },
    };
    Ok(gate)
}

/// Refuses postings a scope gate cannot learn from: a label that is not a
/// role or `other`, or none of the roles or none of `other`. Returns how many
/// postings are of the roles and how many of other jobs.
pub fn check_scope_postings(postings: &[Labeled]) -> Result<[usize; 2]> {
    if let Some(bad) = postings
        .iter()
        .find(|p| p.label != OTHER && !ROLES.contains(&p.label))
    {
        return Err(Error::Input(format!(
            "a posting for the scope gate is labeled {:?}: postings are labeled with a role ({}) or {OTHER}",
            bad.label,
            ROLES.join(", ")
        )));
    }
    let roles = postings.iter().filter(|p| p.label != OTHER).count();
    let counts = [roles, postings.len() - roles];
    if counts.contains(&0) {
        return Err(Error::Input(format!(
            "the scope gate needs postings of the roles and of other jobs; there are {} and {}",
            counts[0], counts[1]
        )));
    }
    Ok(counts)
}

/// Examples each role of [`ROLES`] needs: one to learn it from, and one more
/// so that cross-validation, which holds some out, still has one.
pub const MIN_EXAMPLES_PER_ROLE: usize = 2;

/// Refuses examples that would make a head unable to predict one of the
/// roles (the classifier also needs every role's score): each role needs
/// [`MIN_EXAMPLES_PER_ROLE`] examples.
pub fn check_roles(examples: &[Labeled]) -> Result<()> {
    let short: Vec<String> = ROLES
        .iter()
        .map(|r| (r, examples.iter().filter(|e| e.label == *r).count()))
        .filter(|&(_, n)| n < MIN_EXAMPLES_PER_ROLE)
        .map(|(r, n)| format!("{r} has {n}"))
        .collect();
    if short.is_empty() {
        return Ok(());
    }
    Err(Error::Input(format!(
        "training needs at least {MIN_EXAMPLES_PER_ROLE} examples of each role ({}), but {}; \
         add examples labeled with the missing roles (other, shared and boilerplate are optional)",
        ROLES.join(", "),
        short.join(", ")
    )))
}

/// Refuses hyper-parameters the fit cannot use: a penalty or tolerance that
/// is not a finite positive number makes weights that are not numbers.
pub fn check_params(p: &TrainParams) -> Result<()> {
    if !(p.l2.is_finite() && p.l2 > 0.0) {
        return Err(Error::Input(format!(
            "the L2 penalty must be a finite number above 0, not {}",
            p.l2
        )));
    }
    if !(p.tol.is_finite() && p.tol > 0.0) || p.max_iter == 0 {
        return Err(Error::Input(format!(
            "the tolerance must be a finite number above 0 (not {}) and the iteration limit at least 1",
            p.tol
        )));
    }
    Ok(())
}

/// Rows of f32 vectors as an (n, d) f64 matrix.
pub fn to_matrix(vectors: &[Vec<f32>]) -> Array2<f64> {
    let d = vectors.first().map_or(0, |v| v.len());
    Array2::from_shape_fn((vectors.len(), d), |(i, j)| vectors[i][j] as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::softmax;
    use ndarray::array;

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
}
