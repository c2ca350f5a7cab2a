//! The file formats `batch` and `eval` read, chosen once ([`Format::of`]),
//! and one way in for each use: [`Input`] opens a file of any format as a
//! [`Source`] of records for batch labelling, [`read_labeled`] reads a labeled
//! file for evaluation.
//!
//! Batch labelling writes each record back in the format it was read in, so a
//! format is a pair: a [`Source`] (CSV: [`CsvSource`], JSON Lines:
//! [`JsonlSource`], Parquet: [`ParquetSource`]) and the sink that writes its
//! records (`CsvSink` and `JsonlSink` in `render`, [`ParquetSink`] beside
//! its source). Adding a format is one more source and one more sink, joined
//! in one [`Input`] variant.
//!
//! [`ParquetSink`]: super::parquet_io::ParquetSink

use std::str::FromStr;

use super::csv_input::{self, CsvInput, CsvOptions, CsvSource, Labeled};
use super::jsonl_input::{self, JsonlInput, JsonlSource};
use super::parquet_io::{self, ParquetInput, ParquetSource};
use super::source::Source;
use crate::error::Result;
use crate::labels::LabelSet;

/// A file format of `batch` and `eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// Apache Parquet.
    Parquet,
}

impl Format {
    /// `chosen` when there is one, else the format `path`'s name tells
    /// ([`Format::named`]), CSV when it tells none.
    pub fn of(path: &str, chosen: Option<Format>) -> Format {
        chosen
            .or_else(|| Format::named(path))
            .unwrap_or(Format::Csv)
    }

    /// The format a file's name tells, if any: JSON Lines for a name ending
    /// in `.jsonl` or `.ndjson` (in any case), Parquet for `.parquet`, CSV
    /// for `.csv`; `None` for any other name.
    pub fn named(path: &str) -> Option<Format> {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            Some(Format::Jsonl)
        } else if lower.ends_with(".parquet") {
            Some(Format::Parquet)
        } else if lower.ends_with(".csv") {
            Some(Format::Csv)
        } else {
            None
        }
    }

    /// The format's name in a message: `CSV`, `JSON Lines`, `Parquet`.
    pub fn title(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Jsonl => "JSON Lines",
            Format::Parquet => "Parquet",
        }
    }

    /// The extension of a file of this format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
            Format::Parquet => "parquet",
        }
    }
}

impl FromStr for Format {
    type Err = String;

    /// `csv`, `jsonl` (also spelt `ndjson`) or `parquet`.
    fn from_str(s: &str) -> std::result::Result<Format, String> {
        match s {
            "csv" => Ok(Format::Csv),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "parquet" => Ok(Format::Parquet),
            _ => Err(format!("{s:?} is not a format: use csv, jsonl or parquet")),
        }
    }
}

/// How to read a file of postings.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Its format.
    pub format: Format,
    /// Column (in JSON Lines: field) holding the posting's text.
    pub text: String,
    /// Column (field) holding its title, joined before the text.
    pub title: Option<String>,
    /// Field delimiter of a CSV.
    pub delimiter: u8,
}

impl ReadOptions {
    /// Opens `path` (or standard input for `-`) as CSV with these options.
    fn open_csv(&self, path: &str) -> Result<CsvInput> {
        self.open_csv_as(path, path)
    }

    fn open_csv_as(&self, path: &str, shown: &str) -> Result<CsvInput> {
        CsvInput::open_as(
            path,
            shown,
            CsvOptions {
                delimiter: self.delimiter,
            },
        )
    }
}

/// An input of either format, open, its text (and title) columns found.
pub enum Input {
    /// CSV rows, each as wide as the header.
    Csv(CsvSource),
    /// JSON Lines records.
    Jsonl(JsonlSource),
    /// Parquet rows, a row group at a time.
    Parquet(ParquetSource),
}

impl Input {
    /// Opens a path, or standard input for `-`, as `opts` says.
    pub fn open(path: &str, opts: &ReadOptions) -> Result<Input> {
        Input::open_as(path, path, opts)
    }

    /// Opens a path, or standard input for `-`, as `opts` says, calling it
    /// `shown` in messages (a spooled copy is named as the input it copies).
    pub fn open_as(path: &str, shown: &str, opts: &ReadOptions) -> Result<Input> {
        let title = opts.title.as_deref();
        Ok(match opts.format {
            Format::Csv => Input::Csv(CsvSource::new(
                opts.open_csv_as(path, shown)?,
                &opts.text,
                title,
            )?),
            Format::Jsonl => Input::Jsonl(JsonlSource::new(
                JsonlInput::open_as(path, shown)?,
                &opts.text,
                title,
            )),
            Format::Parquet => Input::Parquet(ParquetSource::new(
                ParquetInput::open_as(path, shown)?,
                &opts.text,
                title,
            )?),
        })
    }

    /// The input's length in bytes, when it is a file.
    pub fn total_bytes(&self) -> Option<u64> {
        match self {
            Input::Csv(s) => s.total_bytes(),
            Input::Jsonl(s) => s.total_bytes(),
            Input::Parquet(s) => s.total_bytes(),
        }
    }
}

/// A group of an input's texts, handed on by [`Input::for_each_chunk`].
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

impl Input {
    /// Reads every record's text in order, handing them on in groups of at
    /// most `max_texts` texts or about `max_bytes` bytes of text (a longer
    /// text alone), so that a whole input is never held; returns the records
    /// that had no text (an empty text, a missing field, invalid UTF-8).
    pub fn for_each_chunk(
        self,
        max_texts: usize,
        max_bytes: usize,
        f: &mut dyn FnMut(Chunk) -> Result<()>,
    ) -> Result<LeftOut> {
        fn all<S: Source>(
            mut source: S,
            max_texts: usize,
            max_bytes: usize,
            f: &mut dyn FnMut(Chunk) -> Result<()>,
        ) -> Result<LeftOut> {
            let mut left = LeftOut::default();
            let mut record = 0u64;
            let mut texts = Vec::new();
            let mut bytes = 0;
            loop {
                let next = source.next_record()?;
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
                        bytes_read: source.bytes_read(),
                    })?;
                    texts.clear();
                    bytes = 0;
                }
                if end {
                    return Ok(left);
                }
            }
        }
        match self {
            Input::Csv(s) => all(s, max_texts, max_bytes, f),
            Input::Jsonl(s) => all(s, max_texts, max_bytes, f),
            Input::Parquet(s) => all(s, max_texts, max_bytes, f),
        }
    }
}

/// Reads every record of a labeled file (a path, or `-` for standard
/// input), its labels those of `labels` and in the column (field) `label`.
/// Unlike batch labelling, a bad record is an error here: evaluation needs
/// every label to be right.
pub fn read_labeled(
    path: &str,
    opts: &ReadOptions,
    label: &str,
    labels: LabelSet,
) -> Result<Vec<Labeled>> {
    let title = opts.title.as_deref();
    match opts.format {
        Format::Csv => {
            csv_input::read_labeled_with(opts.open_csv(path)?, &opts.text, label, title, labels)
        }
        Format::Jsonl => jsonl_input::read_labeled(path, &opts.text, label, title, labels),
        Format::Parquet => parquet_io::read_labeled(path, &opts.text, label, title, labels),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_four_extensions_name_a_format() {
        assert_eq!(Format::named("out.Csv"), Some(Format::Csv));
        assert_eq!(Format::named("out.NDJSON"), Some(Format::Jsonl));
        assert_eq!(Format::named("out.parquet"), Some(Format::Parquet));
        for name in ["out.tsv", "out.txt", "out", "-", "csv", "out.fifo"] {
            assert_eq!(Format::named(name), None, "{name}");
        }
    }

    #[test]
    fn the_flag_wins_over_the_name() {
        assert_eq!(Format::of("a.JSONL", None), Format::Jsonl);
        assert_eq!(Format::of("a.ndjson", None), Format::Jsonl);
        assert_eq!(Format::of("a.tsv", None), Format::Csv);
        assert_eq!(Format::of("-", None), Format::Csv);
        assert_eq!(Format::of("lake/part-0.PARQUET", None), Format::Parquet);
        assert_eq!("parquet".parse::<Format>(), Ok(Format::Parquet));
        assert_eq!(Format::of("a.jsonl", Some(Format::Csv)), Format::Csv);
        assert_eq!("ndjson".parse::<Format>(), Ok(Format::Jsonl));
        assert_eq!(
            "xml".parse::<Format>(),
            Err("\"xml\" is not a format: use csv, jsonl or parquet".to_string())
        );
    }
}
