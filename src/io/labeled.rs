//! Labeled examples, read the same way from every format: each record's
//! label and text ([`LabeledRecords`], which each format's reader gives),
//! checked and collected by [`read`]. `eval` reads a labeled file of any
//! format; `train` reads CSV examples ([`read_examples`]). Unlike batch
//! labelling, a bad record is an error here: training and evaluation need
//! every label to be right.

use super::csv::{CsvInput, CsvLabeled, CsvOptions};
use super::source::RecordText;
use crate::error::{Error, Result};
use crate::labels::LabelSet;

/// One labeled text read from a file.
#[derive(Debug, Clone)]
pub struct Labeled {
    /// The text (title and body joined).
    pub text: String,
    /// Canonical label.
    pub label: &'static str,
}

/// The labeled records of a file, as a format reads them.
pub trait LabeledRecords {
    /// What a record is called in messages: `row`, `record`.
    const RECORD: &'static str;
    /// What a file without records is said to be, after its name: `has no
    /// rows`.
    const EMPTY: &'static str;
    /// The input's name for messages.
    fn name(&self) -> &str;
    /// The next record's label as written and its text, each or why it has
    /// none (the label's problem is told first); `None` at the end.
    fn next_labeled(&mut self) -> Result<Option<(RecordText, RecordText)>>;
}

/// Every record of `records`, its label one of `labels`; the first bad
/// record is an error that names the input and the record.
pub fn read<R: LabeledRecords>(mut records: R, labels: LabelSet) -> Result<Vec<Labeled>> {
    let mut out = Vec::new();
    let mut n = 0u64;
    while let Some((label, text)) = records.next_labeled()? {
        n += 1;
        let bad =
            |what: String| Error::Input(format!("{}: {} {n}: {what}", records.name(), R::RECORD));
        let raw_label = label.map_err(bad)?;
        let label = labels.parse(&raw_label, n)?;
        let text = text.map_err(bad)?;
        out.push(Labeled { text, label });
    }
    if out.is_empty() {
        return Err(Error::Input(format!("{} {}", records.name(), R::EMPTY)));
    }
    Ok(out)
}

/// Reads every row of a labeled CSV file of training examples
/// ([`LabelSet::Training`]; `eval` reads a file of any format with
/// `jobclass::output::read_labeled`).
pub fn read_examples(
    path: &str,
    text_col: &str,
    label_col: &str,
    title_col: Option<&str>,
    opts: CsvOptions,
) -> Result<Vec<Labeled>> {
    let input = CsvInput::open(path, opts)?;
    read_examples_from(input, text_col, label_col, title_col)
}

/// [`read_examples`] from an input already open (bytes read from a pipe, say).
pub fn read_examples_from(
    input: CsvInput,
    text_col: &str,
    label_col: &str,
    title_col: Option<&str>,
) -> Result<Vec<Labeled>> {
    read(
        CsvLabeled::new(input, text_col, label_col, title_col)?,
        LabelSet::Training,
    )
}
