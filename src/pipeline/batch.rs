//! Batch labelling, streamed: records are read from a [`Source`], classified
//! and handed to a [`Sink`] a group at a time, so memory does not grow with
//! the file. Every input record gives exactly one [`Row`], in order, with its
//! fields as they were; a row that cannot be classified carries why instead
//! of a prediction. This module neither reads files nor writes them: the
//! sources are in [`crate::io`], the sinks in [`crate::output`], which pairs
//! each source with its sink; the caller draws progress from [`Progress`].

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::prediction::{Predict, Prediction};
use crate::error::{Error, Result};
use crate::io::source::{RecordText, Source};

/// Options of a batch run.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Rows classified together (bounds memory; larger groups pad less).
    pub group_rows: usize,
    /// Checked after each group of rows: once it is set the run stops with
    /// [`Error::Interrupted`] (the command line sets it on Ctrl-C or SIGTERM,
    /// so that an output file is not left half written).
    pub stop: Option<Arc<AtomicBool>>,
}

/// What became of a record: its prediction, or why it could not be
/// classified.
pub type Outcome = std::result::Result<Prediction, String>;

/// One input record and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<R> {
    /// The record's fields. For CSV exactly as many as the header has: a
    /// short row is padded with empty fields, a long one cut (and an error).
    pub fields: R,
    /// The prediction, or why the row could not be classified.
    pub outcome: Outcome,
}

/// How far a run has got, reported after each group of rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Records done.
    pub rows: u64,
    /// Input bytes read.
    pub bytes: u64,
    /// The input's length in bytes, when it is a file.
    pub total_bytes: Option<u64>,
}

/// What a batch run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Records read (and written).
    pub rows: u64,
    /// Rows that got a label.
    pub labeled: u64,
    /// Rows with an error.
    pub failed: u64,
    /// Labeled rows per label.
    pub per_label: BTreeMap<String, u64>,
    /// The first few errors, with their row numbers.
    pub first_errors: Vec<(u64, String)>,
}

impl Summary {
    /// Counts one row.
    fn add(&mut self, outcome: &Outcome) {
        self.rows += 1;
        match outcome {
            Ok(pred) => {
                self.labeled += 1;
                *self.per_label.entry(pred.label.clone()).or_default() += 1;
            }
            Err(e) => {
                self.failed += 1;
                if self.first_errors.len() < 5 {
                    self.first_errors.push((self.rows, e.clone()));
                }
            }
        }
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let labels: Vec<String> = self
            .per_label
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        write!(f, "{} rows: {} labeled", self.rows, self.labeled)?;
        if !labels.is_empty() {
            write!(f, " ({})", labels.join(", "))?;
        }
        write!(f, ", {} failed", self.failed)?;
        for (row, e) in &self.first_errors {
            write!(f, "\n  row {row}: {e}")?;
        }
        if self.failed as usize > self.first_errors.len() {
            write!(f, "\n  … see the error column for the rest")?;
        }
        Ok(())
    }
}

/// Where batch labelling hands its rows: each group, in order, as soon as it
/// is classified. [`crate::output`] has one per format.
pub trait Sink<R> {
    /// Writes a group of rows.
    fn write(&mut self, rows: &[Row<R>]) -> Result<()>;
    /// Writes what is left once every row was written (Parquet's footer):
    /// the output is complete only after it.
    fn finish(self) -> Result<()>;
}

/// Labels every record of `source`, handing each group of rows to `sink` in
/// order and reporting `progress` after it, then finishes the sink.
pub fn run<S: Source>(
    classifier: &(impl Predict + ?Sized),
    mut source: S,
    mut sink: impl Sink<S::Record>,
    opts: &BatchOptions,
    mut progress: impl FnMut(Progress),
) -> Result<Summary> {
    let mut summary = Summary::default();
    let mut group = Vec::with_capacity(opts.group_rows);
    loop {
        let next = source.next_record()?;
        let more = next.is_some();
        group.extend(next);
        if group.len() >= opts.group_rows.max(1) || (!more && !group.is_empty()) {
            let rows = classify_group(classifier, &mut group)?;
            rows.iter().for_each(|r| summary.add(&r.outcome));
            sink.write(&rows)?;
            progress(Progress {
                rows: summary.rows,
                bytes: source.bytes_read(),
                total_bytes: source.total_bytes(),
            });
            if more && opts.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst)) {
                return Err(Error::Interrupted {
                    rows: summary.rows,
                    output: None,
                });
            }
        }
        if !more {
            break;
        }
    }
    sink.finish()?;
    Ok(summary)
}

/// Classifies the texts of a group in one call and pairs each record with its
/// outcome.
fn classify_group<R>(
    classifier: &(impl Predict + ?Sized),
    group: &mut Vec<(R, RecordText)>,
) -> Result<Vec<Row<R>>> {
    let (fields, texts): (Vec<R>, Vec<RecordText>) = group.drain(..).unzip();
    let outcomes = predict_valid(texts, |t| classifier.predict(t))?;
    Ok(fields
        .into_iter()
        .zip(outcomes)
        .map(|(fields, outcome)| Row { fields, outcome })
        .collect())
}

/// Predicts every text there is in one call of `predict` (none when there is
/// no text, so that a model loaded on first use is not loaded for nothing),
/// and gives each entry its outcome, in order: the prediction, or why it had
/// no text or could not be given a label (a score that is not a finite
/// number, which no model jobclass reads should give, is a failed row, not a
/// label).
pub fn predict_valid<E>(
    texts: Vec<RecordText>,
    predict: impl FnOnce(&[&str]) -> std::result::Result<Vec<Prediction>, E>,
) -> std::result::Result<Vec<Outcome>, E> {
    let valid: Vec<&str> = texts.iter().filter_map(|t| t.as_deref().ok()).collect();
    let mut predictions = if valid.is_empty() {
        Vec::new()
    } else {
        predict(&valid)?
    }
    .into_iter();
    Ok(texts
        .into_iter()
        .map(|text| {
            text.and_then(|_| {
                let p = predictions.next().expect("one prediction per text");
                let finite =
                    p.confidence.is_finite() && p.scores.iter().all(|(_, s)| s.is_finite());
                if finite {
                    Ok(p)
                } else {
                    Err(format!(
                        "the model gave a score that is not a number ({}: {})",
                        p.label, p.confidence
                    ))
                }
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prediction(confidence: f32) -> Prediction {
        Prediction {
            label: "sre".into(),
            confidence,
            scores: vec![("sre".into(), confidence), ("other".into(), 0.1)],
            evidence: None,
        }
    }

    #[test]
    fn a_score_that_is_not_a_number_is_a_failed_row() {
        let texts = vec![
            Ok("a".to_string()),
            Ok("b".to_string()),
            Err("no text".into()),
        ];
        let outcomes = predict_valid(texts, |t| {
            assert_eq!(t, ["a", "b"]);
            Ok::<_, ()>(vec![prediction(f32::NAN), prediction(0.9)])
        })
        .unwrap();
        let mut summary = Summary::default();
        outcomes.iter().for_each(|o| summary.add(o));
        assert!(
            outcomes[0]
                .as_ref()
                .is_err_and(|e| e.contains("not a number"))
        );
        assert!(outcomes[1].is_ok());
        assert_eq!((summary.labeled, summary.failed), (1, 2));
    }
}
