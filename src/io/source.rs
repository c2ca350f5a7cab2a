//! What batch labelling and `adapt` read: a [`Source`] of records, each with
//! its text. Each format's reader implements it ([`super::csv::CsvSource`],
//! [`super::jsonl::JsonlSource`], [`super::parquet::ParquetSource`]).

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

    /// Reads every record's text in order, handing them on in groups of at
    /// most `max_texts` texts or about `max_bytes` bytes of text (a longer
    /// text alone), so that a whole input is never held; returns the records
    /// that had no text (an empty text, a missing field, invalid UTF-8).
    fn for_each_chunk(
        mut self,
        max_texts: usize,
        max_bytes: usize,
        f: &mut dyn FnMut(Chunk) -> Result<()>,
    ) -> Result<LeftOut>
    where
        Self: Sized,
    {
        let mut left = LeftOut::default();
        let mut record = 0u64;
        let mut texts = Vec::new();
        let mut bytes = 0;
        loop {
            let next = self.next_record()?;
            let end = next.is_none();
            match next {
                Some((_, Ok(t))) => {
                    record += 1;
                    bytes += t.len();
                    texts.push(t);
                }
                Some((_, Err(why))) => {
                    record += 1;
                    left.records += 1;
                    if left.first.len() < LeftOut::SHOWN {
                        left.first.push((record, why));
                    }
                }
                None => {}
            }
            if !texts.is_empty() && (end || texts.len() >= max_texts || bytes >= max_bytes) {
                f(Chunk {
                    texts: &texts,
                    bytes_read: self.bytes_read(),
                })?;
                texts.clear();
                bytes = 0;
            }
            if end {
                return Ok(left);
            }
        }
    }
}

/// A group of an input's texts, handed on by [`Source::for_each_chunk`].
pub struct Chunk<'a> {
    /// The texts (title joined in when there is a title column), in order.
    pub texts: &'a [String],
    /// Input bytes read so far.
    pub bytes_read: u64,
}

/// The records of an input that had no text to hand on: how many, and the
/// first few of them (each one's number, counting from 1, and why).
#[derive(Debug, Default)]
pub struct LeftOut {
    /// How many.
    pub records: u64,
    /// The first [`LeftOut::SHOWN`], each with its number and problem.
    pub first: Vec<(u64, String)>,
}

impl LeftOut {
    /// How many records [`LeftOut::first`] keeps.
    pub const SHOWN: usize = 3;
}
