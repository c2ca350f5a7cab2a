//! What batch labelling reads: a [`Source`] of records, each with its text.
//! Each format's reader implements it ([`super::csv_input::CsvSource`],
//! [`super::jsonl_input::JsonlSource`]); [`super::format`] opens the right one.

use crate::error::Result;

/// A record's text, or why it has none.
pub type RecordText = std::result::Result<String, String>;

/// Where batch labelling reads its records.
pub trait Source {
    /// A record as it is written back out.
    type Record;
    /// The next record and its text, or why it has none; `None` at the end.
    fn next_record(&mut self) -> Result<Option<(Self::Record, RecordText)>>;
    /// Input bytes read so far.
    fn bytes_read(&self) -> u64;
    /// The input's length in bytes, when it is a file.
    fn total_bytes(&self) -> Option<u64>;
}
