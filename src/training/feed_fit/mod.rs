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
//! vocabulary and its examples' terms, not its text. The optimiser is the
//! one the head's training uses (Nesterov's accelerated gradient on a smooth,
//! strongly convex objective, from zero), on sparse rows, so the same feed
//! gives the same file byte for byte.

mod counting;
mod featuring;
mod regression;

use crate::error::Result;
use crate::pipeline::feed::{FeedModel, MAX_TERMS};

pub use counting::Counting;
pub use featuring::Featuring;

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

/// A posting's part in the fit, from the first pass: left out (a
/// duplicate), not an example, or an example of role `r` (`EXAMPLE + r`).
const DUPLICATE: u8 = 0;
const UNNAMED: u8 = 1;
const EXAMPLE: u8 = 2;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::feed;

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
