//! Batch labelling, streamed: rows are read, classified and handed on a group
//! at a time, so memory does not grow with the file. Every input record gives
//! exactly one [`Row`], in order, with its fields as they were; a row that
//! cannot be classified carries why instead of a prediction. This module
//! neither prints nor writes files: [`crate::render::write_labeled_csv`] and
//! [`crate::render::write_labeled_jsonl`] write the rows, and the caller draws
//! progress from [`Progress`]. Records come from a [`Source`]: CSV rows
//! ([`CsvSource`]) or JSON lines ([`JsonlSource`]).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::classifier::{Predict, Prediction};
use crate::error::{Error, Result};
use crate::io::csv_input::{CsvInput, TextColumns};
use crate::io::jsonl_input::{self, JsonRecord, JsonlInput};

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
pub struct Row<R = csv::ByteRecord> {
    /// The record's fields. For CSV exactly as many as the header has: a
    /// short row is padded with empty fields, a long one cut (and an error).
    pub fields: R,
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

/// A record's text, or why it has none.
pub type RecordText = std::result::Result<String, String>;

/// Where batch labelling reads its records.
pub trait Source {
    /// A record as it is written back out.
    type Record;
    /// The next record and its text, or why it has none; `None` at the end.
    fn next_record(&mut self) -> Result<Option<(Self::Record, RecordText)>>;
    /// Progress so far.
    fn progress(&self, rows: u64) -> Progress;
}

/// The rows of a CSV input, each as wide as its header.
pub struct CsvSource {
    input: CsvInput,
    columns: TextColumns,
    width: usize,
    rec: csv::ByteRecord,
}

impl CsvSource {
    /// Finds the text (and title) column of `opts` in `input`'s header.
    pub fn new(input: CsvInput, opts: &BatchOptions) -> Result<CsvSource> {
        let columns = TextColumns::find(&input, &opts.text_column, opts.title_column.as_deref())?;
        let width = input.headers().len();
        Ok(CsvSource {
            input,
            columns,
            width,
            rec: csv::ByteRecord::new(),
        })
    }

    /// The header row.
    pub fn headers(&self) -> &csv::ByteRecord {
        self.input.headers()
    }
}

impl Source for CsvSource {
    type Record = csv::ByteRecord;

    fn next_record(&mut self) -> Result<Option<(csv::ByteRecord, RecordText)>> {
        if !self.input.read(&mut self.rec)? {
            return Ok(None);
        }
        let rec = &self.rec;
        let width = self.width;
        let text = match self.input.record_problem(rec) {
            Some(problem) => Err(problem),
            None if rec.len() > width => Err(format!(
                "row has {} fields but the header has {width}; the extra fields are not in the output",
                rec.len()
            )),
            None => self.columns.text_of(rec),
        };
        let mut fields = csv::ByteRecord::with_capacity(rec.as_slice().len(), width);
        for i in 0..width {
            fields.push_field(rec.get(i).unwrap_or(b""));
        }
        Ok(Some((fields, text)))
    }

    fn progress(&self, rows: u64) -> Progress {
        Progress {
            rows,
            bytes: self.input.position(),
            total_bytes: self.input.len,
        }
    }
}

/// The records of a JSON Lines input.
pub struct JsonlSource {
    input: JsonlInput,
    text: String,
    title: Option<String>,
}

impl JsonlSource {
    /// Reads the text (and title) field named in `opts` of each object.
    pub fn new(input: JsonlInput, opts: &BatchOptions) -> JsonlSource {
        JsonlSource {
            input,
            text: opts.text_column.clone(),
            title: opts.title_column.clone(),
        }
    }
}

impl Source for JsonlSource {
    type Record = JsonRecord;

    fn next_record(&mut self) -> Result<Option<(JsonRecord, RecordText)>> {
        Ok(self.input.read()?.map(|rec| {
            let text = jsonl_input::text_of(&rec, &self.text, self.title.as_deref());
            (rec, text)
        }))
    }

    fn progress(&self, rows: u64) -> Progress {
        Progress {
            rows,
            bytes: self.input.position(),
            total_bytes: self.input.len,
        }
    }
}

/// Labels every record of `source`, handing each group of rows to `sink` in
/// order and reporting `progress` after it.
pub fn run<S: Source>(
    classifier: &impl Predict,
    mut source: S,
    opts: &BatchOptions,
    mut sink: impl FnMut(Vec<Row<S::Record>>) -> Result<()>,
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
            sink(rows)?;
            progress(source.progress(summary.rows));
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
/// outcome.
fn classify_group<R>(
    classifier: &impl Predict,
    group: &mut Vec<(R, RecordText)>,
) -> Result<Vec<Row<R>>> {
    let texts: Vec<&str> = group
        .iter()
        .filter_map(|(_, t)| t.as_deref().ok())
        .collect();
    let mut predictions = classifier.predict(&texts)?.into_iter();
    Ok(group
        .drain(..)
        .map(|(fields, text)| {
            let outcome = text.map(|_| predictions.next().expect("one prediction per text"));
            Row { fields, outcome }
        })
        .collect())
}
