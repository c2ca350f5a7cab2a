//! `jobclass adapt`: a feed model ([`FeedModel`]) from a feed's own
//! postings, with no labels.
//!
//! The postings that name exactly one role as the job
//! ([`crate::pipeline::mentions::Mentions::only_job`]) are taken as examples
//! of that role, their role names masked; a class-balanced, L2-regularised
//! multinomial logistic regression is fitted on their TF-IDF vectors (word
//! and word-pair terms that at least [`AdaptSettings::min_df`] postings of the
//! feed use, at most [`AdaptSettings::max_terms`] of them). A posting
//! repeated (the same text up to case and spacing) counts once.
//!
//! The feed is read twice and never held: [`Counting`] counts each term's
//! postings by a hash of the term, [`Featuring`] then keeps the examples'
//! rows over the chosen vocabulary, so memory grows with the feed's
//! vocabulary and its examples' terms, not its text. The optimiser is the one the head's training uses (Nesterov's
//! accelerated gradient on a smooth, strongly convex objective, from zero), on
//! sparse rows, so the same feed gives the same file byte for byte.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::Ordering;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::train::stratified_folds;
use crate::error::{Error, Result};
use crate::labels::ROLES;
use crate::pipeline::feed::{self, FeedModel, Vocabulary};
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
    /// The most terms the vocabulary holds: when more are used by `min_df`
    /// postings, the minimum rises until at most this many remain.
    pub max_terms: usize,
    /// About the most term values the examples' rows hold (8 bytes each):
    /// when the examples use more, the model is fitted on every k-th of
    /// them in feed order, k as small as keeps them within it.
    pub max_values: usize,
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
            max_terms: MAX_TERMS,
            max_values: MAX_VALUES,
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
    /// Postings left out for repeating one read before (the same text, up
    /// to case and spacing).
    pub duplicates: u64,
    /// Examples the model was fitted on: every one, or every k-th in feed
    /// order when they held more than [`AdaptSettings::max_values`] values.
    pub fitted: u64,
    /// The smallest number of postings a term of the vocabulary is used by:
    /// [`AdaptSettings::min_df`], or more when the feed has more than
    /// [`MAX_TERMS`] terms that many postings use.
    pub min_df: u32,
}

/// The most terms a feed model holds: those that the most postings use
/// ([`Counting::finish`]). On the dev feed (18,468 terms at a minimum
/// document frequency of 2) it changes nothing; a feed of 50,000 postings
/// keeps its file near 10 MB. See EVALUATION.md.
pub const MAX_TERMS: usize = 200_000;

/// About the most term values the fit holds ([`AdaptSettings::max_values`]):
/// 128 MB of rows, some 12,000 examples of 1,300 terms each (a posting of
/// 700 words); the dev feed's 212 examples hold 160,000.
pub const MAX_VALUES: usize = 16_000_000;

/// The most distinct terms counted at once while reading a feed: when the
/// table fills, the terms used by the fewest postings so far are forgotten
/// (those used once first) until it is half full, so that the memory of
/// counting is bounded whatever the feed (some 100 MB); a term seen again
/// afterwards counts from then.
pub const MAX_COUNTED: usize = 4_000_000;

/// The examples the cross-validated agreement uses at most: an estimate, not
/// the model, so a large feed need not be fitted five more times in full.
const MAX_CV_EXAMPLES: usize = 2000;

/// A posting's part in the fit, from the first pass: left out (a
/// duplicate), not an example, or an example of role `r` (`EXAMPLE + r`).
const DUPLICATE: u8 = 0;
const UNNAMED: u8 = 1;
const EXAMPLE: u8 = 2;

/// The document frequency's bits in a counted term; the three above are
/// the roles whose examples use it.
const DF_BITS: u32 = (1 << 29) - 1;

/// A term as a number: 64 bits of a fixed hash of its text (distinct terms
/// that collide, one chance in some 10^12 for a feed's terms, count as one).
fn term_hash(t: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

/// A posting as a number, to find repeats: 128 bits of the sha256 of its
/// text in lower case with every run of white space one space.
fn posting_hash(t: &str) -> u128 {
    let mut h = Sha256::new();
    let mut first = true;
    for w in t.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        first = false;
        h.update(w.to_lowercase().as_bytes());
    }
    let d = h.finalize();
    u128::from_le_bytes(d[..16].try_into().expect("16 bytes"))
}

/// The first pass over a feed: which postings are repeats, which name a
/// role as the job, and how many distinct postings use each term. Holds no
/// text: its memory grows with the feed's distinct terms (bounded by
/// [`MAX_COUNTED`]) and by 17 bytes a posting.
pub struct Counting {
    settings: AdaptSettings,
    seen: std::collections::HashSet<u128>,
    plan: Vec<u8>,
    /// Each example's distinct terms, in feed order (those of the vocabulary
    /// will be fewer).
    sizes: Vec<u32>,
    examples: [u64; 3],
    duplicates: u64,
    /// Term hash to document frequency, with the bits of the roles whose
    /// examples use it above [`DF_BITS`].
    counted: HashMap<u64, u32>,
    /// The smallest document frequency a term forgotten when the table
    /// filled may have had plus one (1 while none was).
    forgotten_below: u32,
    sha: Sha256,
}

impl Counting {
    /// Starts a fit; refuses settings that would learn from nothing.
    pub fn new(settings: &AdaptSettings) -> Result<Counting> {
        if settings.min_examples == 0 {
            return Err(Error::Input(
                "a role needs at least 1 posting naming it as the job to be learned (min_examples 0 would learn a role from nothing)".into(),
            ));
        }
        Ok(Counting {
            settings: *settings,
            seen: Default::default(),
            plan: Vec::new(),
            sizes: Vec::new(),
            examples: [0; 3],
            duplicates: 0,
            counted: HashMap::new(),
            forgotten_below: 1,
            sha: Sha256::new(),
        })
    }

    /// Postings read so far (each repeat too).
    pub fn read(&self) -> usize {
        self.plan.len()
    }

    /// Counts the next postings of the feed, in order (split into terms in
    /// parallel).
    pub fn add(&mut self, texts: &[String]) {
        let split: Vec<(u128, Option<usize>, Vec<u64>)> = texts
            .par_iter()
            .map(|t| {
                let mut terms = Vec::new();
                feed::for_each_term(t, |term, _| terms.push(term_hash(term)));
                terms.sort_unstable();
                terms.dedup();
                (posting_hash(t), mentions::count(t).only_job(), terms)
            })
            .collect();
        for (text, (key, role, terms)) in texts.iter().zip(split) {
            if !self.seen.insert(key) {
                self.duplicates += 1;
                self.plan.push(DUPLICATE);
                continue;
            }
            self.sha.update((text.len() as u64).to_le_bytes());
            self.sha.update(text.as_bytes());
            let bit = match role {
                Some(r) => {
                    self.examples[r] += 1;
                    self.plan.push(EXAMPLE + r as u8);
                    self.sizes
                        .push(u32::try_from(terms.len()).unwrap_or(u32::MAX));
                    1 << (29 + r)
                }
                None => {
                    self.plan.push(UNNAMED);
                    0
                }
            };
            for h in terms {
                let e = self.counted.entry(h).or_insert(0);
                *e = ((*e & DF_BITS) + 1).min(DF_BITS) | (*e & !DF_BITS) | bit;
            }
            if self.counted.len() > MAX_COUNTED {
                self.forget();
            }
        }
    }

    /// Forgets the terms the fewest postings use until the table is at
    /// most half full.
    fn forget(&mut self) {
        let mut below = self.forgotten_below.max(2);
        while self.counted.len() > MAX_COUNTED / 2 {
            self.counted.retain(|_, v| *v & DF_BITS >= below);
            self.forgotten_below = below;
            below += 1;
        }
        self.counted.shrink_to(MAX_COUNTED);
    }

    /// Chooses the roles to learn (those with at least
    /// [`AdaptSettings::min_examples`] examples; a model needs two) and the
    /// vocabulary: the terms at least `min_df` postings and an example of a
    /// learned role use; when more than [`MAX_TERMS`] do, the minimum rises
    /// until at most that many remain.
    pub fn finish(self) -> Result<Featuring> {
        let settings = self.settings;
        let postings = self.plan.len() as u64 - self.duplicates;
        if postings == 0 {
            return Err(Error::Input(
                "no posting with text was read, so there is nothing to learn a feed model from: \
                 give the feed's postings (and --text-column if their text is in another column)"
                    .into(),
            ));
        }
        let examples = self.examples;
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
                "too few postings name their role as the job to learn from this feed ({counts} of {postings} postings; \
                 a role needs {} and a feed model two roles): use a larger feed",
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
        let learned: u32 = classes.iter().map(|&r| 1u32 << (29 + r)).sum();
        let floor = settings.min_df.max(self.forgotten_below).max(1);
        // How many candidate terms each document frequency has.
        let mut by_df: std::collections::BTreeMap<u32, usize> = Default::default();
        for &v in self.counted.values() {
            if v & learned != 0 && v & DF_BITS >= floor {
                *by_df.entry(v & DF_BITS).or_default() += 1;
            }
        }
        let mut min_df = floor;
        let mut total: usize = by_df.values().sum();
        for (&df, &n) in &by_df {
            if total <= settings.max_terms {
                break;
            }
            total -= n;
            min_df = df + 1;
        }
        let mut kept: Vec<(u64, u32)> = self
            .counted
            .iter()
            .filter(|&(_, &v)| v & learned != 0 && v & DF_BITS >= min_df)
            .map(|(&h, &v)| (h, v & DF_BITS))
            .collect();
        kept.sort_unstable();
        drop(self.counted);
        let slots: HashMap<u64, u32> = kept
            .iter()
            .enumerate()
            .map(|(i, &(h, _))| (h, i as u32))
            .collect();
        let names = (0..kept.len()).map(|_| OnceLock::new()).collect();
        // Every k-th example, when all of them would hold too many values.
        let mut plan = self.plan;
        let is_learned = |p: u8| p >= EXAMPLE && classes.contains(&((p - EXAMPLE) as usize));
        let values: u64 = plan
            .iter()
            .filter(|&&p| p >= EXAMPLE)
            .zip(&self.sizes)
            .filter(|&(&p, _)| is_learned(p))
            .map(|(_, &n)| u64::from(n))
            .sum();
        let every = values.div_ceil(settings.max_values.max(1) as u64).max(1);
        let mut fitted = 0;
        // Counted within each role, so that every role learned keeps its
        // first example and a k-th of the rest, however the feed is sorted.
        let mut ordinal = [0u64; ROLES.len()];
        for p in plan.iter_mut().filter(|p| is_learned(**p)) {
            let role = usize::from(*p - EXAMPLE);
            if ordinal[role].is_multiple_of(every) {
                fitted += 1;
            } else {
                *p = UNNAMED;
            }
            ordinal[role] += 1;
        }
        Ok(Featuring {
            settings,
            plan,
            fitted,
            at: 0,
            postings,
            examples,
            duplicates: self.duplicates,
            classes,
            warnings,
            min_df,
            df: kept.into_iter().map(|(_, df)| df).collect(),
            slots,
            names,
            start: vec![0],
            slot: Vec::new(),
            count: Vec::new(),
            y: Vec::new(),
            texts_sha256: format!("{:x}", self.sha.finalize()),
        })
    }
}

/// The second pass over the same feed: the examples' terms of the
/// vocabulary, as numbers, and the vocabulary's text.
pub struct Featuring {
    settings: AdaptSettings,
    plan: Vec<u8>,
    fitted: u64,
    at: usize,
    postings: u64,
    examples: [u64; 3],
    duplicates: u64,
    classes: Vec<usize>,
    warnings: Vec<String>,
    min_df: u32,
    /// Each kept term's document frequency, by slot (terms in hash order).
    df: Vec<u32>,
    slots: HashMap<u64, u32>,
    names: Vec<OnceLock<Box<str>>>,
    /// The examples' rows: row `r` is `slot[start[r]..start[r + 1]]` with
    /// its counts.
    start: Vec<usize>,
    slot: Vec<u32>,
    count: Vec<u32>,
    y: Vec<usize>,
    texts_sha256: String,
}

impl Featuring {
    /// Reads the next postings of the feed again, in the order
    /// [`Counting::add`] had them.
    pub fn add(&mut self, texts: &[String]) -> Result<()> {
        let Some(plan) = self.plan.get(self.at..self.at + texts.len()) else {
            return Err(changed());
        };
        self.at += texts.len();
        let (slots, names, classes) = (&self.slots, &self.names, &self.classes);
        let docs: Vec<Option<ExampleRow>> = texts
            .par_iter()
            .zip(plan)
            .map(|(t, &p)| {
                let class = (p >= EXAMPLE)
                    .then(|| classes.iter().position(|&c| c == (p - EXAMPLE) as usize))
                    .flatten()?;
                let mut counts: HashMap<u32, u32> = HashMap::new();
                feed::for_each_term(t, |term, _| {
                    if let Some(&s) = slots.get(&term_hash(term)) {
                        names[s as usize].get_or_init(|| term.into());
                        let c = counts.entry(s).or_default();
                        *c = c.saturating_add(1);
                    }
                });
                let mut doc: Vec<(u32, u32)> = counts.into_iter().collect();
                doc.sort_unstable();
                Some((class, doc))
            })
            .collect();
        for (class, doc) in docs.into_iter().flatten() {
            self.slot.extend(doc.iter().map(|&(s, _)| s));
            self.count.extend(doc.iter().map(|&(_, c)| c));
            self.start.push(self.slot.len());
            self.y.push(class);
        }
        Ok(())
    }

    /// Fits the model on the examples read, reporting each optimiser step
    /// done (of `max_iter` for the model and as many for each fold of the
    /// cross-validated agreement) to `step`.
    pub fn fit(self, step: &(dyn Fn(usize, usize) + Sync)) -> Result<Adapted> {
        if self.at != self.plan.len() {
            return Err(changed());
        }
        let settings = self.settings;
        let n = self.postings;
        // The vocabulary, sorted; a term no example used after all (the
        // feed changed between the passes) cannot be one.
        let mut order: Vec<u32> = (0..self.names.len() as u32)
            .filter(|&s| self.names[s as usize].get().is_some())
            .collect();
        let name = |s: u32| self.names[s as usize].get().expect("filtered");
        order.sort_unstable_by(|&a, &b| name(a).cmp(name(b)));
        let mut index = vec![u32::MAX; self.names.len()];
        for (i, &s) in order.iter().enumerate() {
            index[s as usize] = i as u32;
        }
        let vocabulary = Vocabulary::from_terms(order.iter().map(|&s| name(s)));
        let idf: Vec<f32> = order
            .iter()
            .map(|&s| ((1.0 + n as f64) / (1.0 + self.df[s as usize] as f64)).ln() as f32 + 1.0)
            .collect();
        drop(self.names);

        // The rows' TF-IDF values, in place of their slots and counts.
        let mut rows = Rows {
            start: self.start,
            indices: self.slot,
            values: Vec::new(),
        };
        let mut counts = self.count;
        let mut x: Vec<(usize, f32)> = Vec::new();
        for r in 0..rows.len() {
            let (a, b) = (rows.start[r], rows.start[r + 1]);
            x.clear();
            x.extend((a..b).map(|j| {
                let i = index[rows.indices[j] as usize] as usize;
                (i, (1.0 + (counts[j] as f32).ln()) * idf[i])
            }));
            x.sort_unstable_by_key(|&(i, _)| i);
            feed::normalize(&mut x);
            for (j, &(i, v)) in (a..b).zip(&x) {
                rows.indices[j] = i as u32;
                counts[j] = v.to_bits();
            }
        }
        rows.values = counts;
        let y = self.y;

        let k = self.classes.len();
        let d = vocabulary.len();
        let total = settings.max_iter * (1 + settings.folds);
        let done = std::sync::atomic::AtomicUsize::new(0);
        let tick = || step(done.fetch_add(1, Ordering::Relaxed) + 1, total);
        let all: Vec<usize> = (0..y.len()).collect();
        let fit = fit(&rows, &all, &y, k, d, &settings, &tick);
        let agreement = cross_validated_agreement(&rows, &y, k, d, &settings, &tick);
        let (weights, bias) = fit.into_rows(k, d);
        let model = FeedModel::new(
            self.texts_sha256,
            n,
            self.examples,
            agreement,
            self.classes.iter().map(|&r| ROLES[r].to_string()).collect(),
            vocabulary,
            idf,
            weights,
            bias,
        );
        Ok(Adapted {
            model,
            warnings: self.warnings,
            duplicates: self.duplicates,
            fitted: self.fitted,
            min_df: self.min_df,
        })
    }
}

/// An example's class and its (slot, count) pairs, by slot.
type ExampleRow = (usize, Vec<(u32, u32)>);

fn changed() -> Error {
    Error::Input(
        "the feed changed while it was read: it is read twice, and must hold the same postings both times".into(),
    )
}

/// Sparse rows: row `r` is `indices[start[r]..start[r+1]]` with its values
/// (`f32` bits: a value takes 4 bytes).
struct Rows {
    start: Vec<usize>,
    indices: Vec<u32>,
    values: Vec<u32>,
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
            .map(|(&i, &v)| (i as usize, f32::from_bits(v) as f64))
    }
}

/// Postings split into terms at once (in parallel) by [`adapt`].
const CHUNK: usize = 512;

/// Fits a feed model on `texts` (each posting's text, title joined in when
/// there is one), in feed order: [`Counting`] then [`Featuring`] over them.
pub fn adapt(texts: &[String], settings: &AdaptSettings) -> Result<Adapted> {
    let mut counting = Counting::new(settings)?;
    for chunk in texts.chunks(CHUNK) {
        counting.add(chunk);
    }
    let mut featuring = counting.finish()?;
    for chunk in texts.chunks(CHUNK) {
        featuring.add(chunk)?;
    }
    featuring.fit(&|_, _| {})
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

    /// Weights class-major (one row of `d` a class), as `f32`, and biases.
    fn into_rows(self, k: usize, d: usize) -> (Vec<f32>, Vec<f32>) {
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
fn fit(
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
fn cross_validated_agreement(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn posting(role: &str, n: usize) -> String {
        format!("We are hiring a {role} engineer. You will run the {role}-{n} stack, item {n}.")
    }

    #[test]
    fn no_model_is_learned_from_nothing() {
        let none = AdaptSettings {
            min_examples: 0,
            ..AdaptSettings::default()
        };
        let e = adapt(&[], &none).unwrap_err().to_string();
        assert!(e.contains("min_examples 0"), "{e}");
        let e = adapt(&[], &AdaptSettings::default())
            .unwrap_err()
            .to_string();
        assert!(e.contains("no posting with text was read"), "{e}");
        // One posting naming each role, with a minimum of 1: two roles learned,
        // none from nothing.
        let texts: Vec<String> = ["DevOps", "SRE"].iter().map(|r| posting(r, 0)).collect();
        let one = AdaptSettings {
            min_examples: 1,
            ..AdaptSettings::default()
        };
        let m = adapt(&texts, &one).unwrap().model;
        assert_eq!(m.classes, ["devops", "sre"]);
        assert!(m.check().is_ok());
    }

    #[test]
    fn repeated_postings_count_once() {
        let texts: Vec<String> = (0..12)
            .flat_map(|n| [posting("DevOps", n), posting("SRE", n)])
            .collect();
        let mut twice = texts.clone();
        twice.extend(texts.iter().map(|t| format!("  {}  ", t.to_uppercase())));
        let once = adapt(&texts, &AdaptSettings::default()).unwrap();
        let again = adapt(&twice, &AdaptSettings::default()).unwrap();
        assert_eq!(once.duplicates, 0);
        assert_eq!(again.duplicates, 24);
        assert_eq!(again.model.postings, 24);
        assert_eq!(once.model.to_json(), again.model.to_json());
    }

    #[test]
    fn the_vocabulary_keeps_the_terms_most_postings_use() {
        // Terms used by every posting, by half of them, and by two each.
        let texts: Vec<String> = (0..40)
            .map(|n| {
                let role = if n % 2 == 0 { "DevOps" } else { "SRE" };
                let half = if n < 20 { "alphaword" } else { "betaword" };
                format!(
                    "We are hiring a {role} engineer. {half} shared stack. rare{} pair{}",
                    n / 2,
                    n / 2
                )
            })
            .collect();
        let all = adapt(&texts, &AdaptSettings::default()).unwrap();
        assert_eq!(all.min_df, 2);
        let v = all.model.vocabulary();
        assert!(v.find("rare3").is_some() && v.find("alphaword").is_some());
        // The same feed with room for fewer terms: the rarest go first, a
        // whole document frequency at a time.
        let few = AdaptSettings {
            max_terms: 8,
            ..AdaptSettings::default()
        };
        let some = adapt(&texts, &few).unwrap();
        let v = some.model.vocabulary();
        assert!(
            some.min_df > 2 && v.len() <= 8,
            "{} {}",
            some.min_df,
            v.len()
        );
        assert!(v.find("rare3").is_none() && v.find("shared stack").is_some());
    }

    #[test]
    fn a_feed_whose_examples_hold_too_many_values_is_fitted_on_every_kth() {
        let texts: Vec<String> = (0..40)
            .map(|n| posting(["DevOps", "SRE"][n % 4 / 2], n))
            .collect();
        let all = adapt(&texts, &AdaptSettings::default()).unwrap();
        assert_eq!(all.fitted, 40);
        // Room for about a third of the examples' values.
        let values = texts.len() * feed::terms(&texts[0]).len();
        let some = AdaptSettings {
            max_values: values / 3,
            ..AdaptSettings::default()
        };
        let third = adapt(&texts, &some).unwrap();
        // Every third or fourth example; the counts of what the feed names
        // are all of them.
        assert!((10..=14).contains(&third.fitted), "{}", third.fitted);
        assert_eq!(third.model.examples, [20, 20, 0]);
        assert_eq!(third.model.classes, ["devops", "sre"]);
    }

    #[test]
    fn every_kth_is_counted_within_each_role_so_a_rare_role_keeps_an_example() {
        // A feed sorted by role: 29 DevOps postings, then one SRE posting.
        let mut texts: Vec<String> = (0..29).map(|n| posting("DevOps", n)).collect();
        texts.push(posting("SRE", 29));
        // Each example's distinct terms, as the fitter counts them.
        let distinct = |t: &String| {
            let mut terms = feed::terms(t);
            terms.sort_unstable();
            terms.dedup();
            terms.len()
        };
        let values: usize = texts.iter().map(distinct).sum();
        let settings = AdaptSettings {
            min_examples: 1,
            max_values: values / 4,
            ..AdaptSettings::default()
        };
        let every = values.div_ceil(values / 4);
        assert!(
            every > 1 && 29 % every != 0,
            "the SRE posting's place overall is skipped"
        );
        let fitted = adapt(&texts, &settings).unwrap();
        assert_eq!(fitted.model.classes, ["devops", "sre"]);
        // Every k-th DevOps posting, and the one SRE posting.
        assert_eq!(fitted.fitted as usize, 29usize.div_ceil(every) + 1);
    }
}
