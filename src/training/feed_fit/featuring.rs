//! The second pass over a feed: the examples' rows over the vocabulary the
//! first pass chose, then the fit.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::Ordering;

use rayon::prelude::*;

use super::counting::term_hash;
use super::regression::{Rows, cross_validated_agreement, fit};
use super::{AdaptSettings, Adapted, EXAMPLE};
use crate::error::{Error, Result};
use crate::labels::ROLES;
use crate::pipeline::feed::{self, FeedModel, Vocabulary};

/// The second pass over the same feed: the examples' terms of the
/// vocabulary, as numbers, and the vocabulary's text.
pub struct Featuring {
    pub(super) settings: AdaptSettings,
    pub(super) plan: Vec<u8>,
    pub(super) fitted: u64,
    pub(super) at: usize,
    pub(super) postings: u64,
    pub(super) examples: [u64; ROLES.len()],
    pub(super) duplicates: u64,
    pub(super) classes: Vec<usize>,
    pub(super) warnings: Vec<String>,
    pub(super) min_df: u32,
    /// Each kept term's document frequency, by slot (terms in hash order).
    pub(super) df: Vec<u32>,
    pub(super) slots: HashMap<u64, u32>,
    pub(super) names: Vec<OnceLock<Box<str>>>,
    /// The examples' rows: row `r` is `slot[start[r]..start[r + 1]]` with
    /// its counts.
    pub(super) start: Vec<usize>,
    pub(super) slot: Vec<u32>,
    pub(super) count: Vec<u32>,
    pub(super) y: Vec<usize>,
    pub(super) texts_sha256: String,
}

impl Featuring {
    /// Reads the next postings of the feed again, in the order
    /// [`super::Counting::add`] had them.
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
