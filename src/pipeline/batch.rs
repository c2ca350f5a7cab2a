//! Batch labelling, streamed: rows are read, classified and handed on a group
//! at a time, so memory does not grow with the file. Every input record gives
//! exactly one [`Row`], in order, with its fields as they were; a row that
//! cannot be classified carries why instead of a prediction. This module
//! neither prints nor writes files: [`crate::render::write_labeled_csv`]
//! writes the rows as CSV, and the caller draws progress from [`Progress`].

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::classifier::{Predict, Prediction};
use crate::error::{Error, Result};
use crate::io::csv_input::{CsvInput, TextColumns};

/// Options of a batch run.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Column holding the posting's text.
    pub text_column: String,
    /// Optional column holding its title.
    pub title_column: Option<String>,
    /// Rows classified together (bounds memory; larger groups pad less).
    pub group_rows: usize,
    /// Checked after each group of rows: once it is set the run stops with
    /// [`Error::Interrupted`] (the command line sets it on Ctrl-C or SIGTERM,
    /// so that an output file is not left half written).
    pub stop: Option<Arc<AtomicBool>>,
}

/// One input record and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The record's fields, exactly as many as the header has: a short row is
    /// padded with empty fields, a long one cut (and an error).
    pub fields: csv::ByteRecord,
    /// The prediction, or why the row could not be classified.
    pub outcome: std::result::Result<Prediction, String>,
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
    fn add(&mut self, outcome: &std::result::Result<Prediction, String>) {
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

/// Labels every record of `input`, handing each group of rows to `sink` in
/// order and reporting `progress` after it.
pub fn run(
    classifier: &impl Predict,
    mut input: CsvInput,
    opts: &BatchOptions,
    mut sink: impl FnMut(Vec<Row>) -> Result<()>,
    mut progress: impl FnMut(Progress),
) -> Result<Summary> {
    let columns = TextColumns::find(&input, &opts.text_column, opts.title_column.as_deref())?;
    let width = input.headers().len();
    let mut summary = Summary::default();
    let mut group: Vec<(csv::ByteRecord, std::result::Result<String, String>)> =
        Vec::with_capacity(opts.group_rows);
    let mut rec = csv::ByteRecord::new();
    loop {
        let more = input.read(&mut rec)?;
        if more {
            let text = match input.record_problem(&rec) {
                Some(problem) => Err(problem),
                None if rec.len() > width => Err(format!(
                    "row has {} fields but the header has {width}; the extra fields are not in the output",
                    rec.len()
                )),
                None => columns.text_of(&rec),
            };
            group.push((rec.clone(), text));
        }
        if group.len() >= opts.group_rows.max(1) || (!more && !group.is_empty()) {
            let rows = classify_group(classifier, &mut group, width)?;
            rows.iter().for_each(|r| summary.add(&r.outcome));
            sink(rows)?;
            progress(Progress {
                rows: summary.rows,
                bytes: input.position(),
                total_bytes: input.len,
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
    Ok(summary)
}

/// Classifies the texts of a group in one call and pairs each record with its
/// outcome, the fields cut or padded to `width`.
fn classify_group(
    classifier: &impl Predict,
    group: &mut Vec<(csv::ByteRecord, std::result::Result<String, String>)>,
    width: usize,
) -> Result<Vec<Row>> {
    let texts: Vec<&str> = group
        .iter()
        .filter_map(|(_, t)| t.as_deref().ok())
        .collect();
    let mut predictions = classifier.predict(&texts)?.into_iter();
    Ok(group
        .drain(..)
        .map(|(record, text)| {
            let mut fields = csv::ByteRecord::with_capacity(record.as_slice().len(), width);
            for i in 0..width {
                fields.push_field(record.get(i).unwrap_or(b""));
            }
            let outcome = text.map(|_| predictions.next().expect("one prediction per text"));
            Row { fields, outcome }
        })
        .collect())
}
