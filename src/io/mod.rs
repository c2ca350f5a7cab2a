//! Reading postings files, and nothing else: one reader per format
//! ([`csv`], [`jsonl`], [`parquet`]), each a [`Reader`] that gives the
//! records of a file for batch labelling and `adapt` ([`Source`]) and its
//! labeled records for training and evaluation ([`labeled`]); checksums of
//! files. Writing is elsewhere: files in `disk`, batch results in `output`.
//!
//! A new format is:
//! - a reader here, `io/<format>.rs`: a type that implements [`Source`] and
//!   [`Reader`] (its labeled records implement
//!   [`LabeledRecords`](labeled::LabeledRecords));
//! - a sink that writes its records back, `output/<format>.rs`;
//! - a [`Format`] variant, with its names in [`Format::names`] and its place
//!   in [`Format::ALL`];
//! - one match arm in `output/mod.rs` that names the reader for the variant.

pub mod csv;
pub mod jsonl;
pub mod labeled;
pub mod parquet;
pub mod source;

use std::fs::File;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use source::Source;

use crate::disk::name::Format;
use crate::error::{Error, Result};

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
    /// The options of a CSV reader.
    fn csv_options(&self) -> self::csv::CsvOptions {
        self::csv::CsvOptions {
            delimiter: self.delimiter,
        }
    }
}

/// A format's reader: what each of [`csv`], [`jsonl`] and [`parquet`] gives.
pub trait Reader: Source + Sized {
    /// The labeled records of a file of this format.
    type Labeled: labeled::LabeledRecords;

    /// Opens a path, or standard input for `-`, as `opts` says, calling it
    /// `shown` in messages (a spooled copy is named as the input it copies),
    /// its text (and title) column found.
    fn open(path: &str, shown: &str, opts: &ReadOptions) -> Result<Self>;

    /// Opens a labeled file (a path, or `-` for standard input) as `opts`
    /// says, its labels in the column (field) `label`, which must be neither
    /// the text nor the title column.
    fn open_labeled(path: &str, opts: &ReadOptions, label: &str) -> Result<Self::Labeled>;
}

/// sha256 of a file, as lowercase hex; the error names the file.
pub fn sha256_file(path: &Path) -> Result<String> {
    let read = || -> std::io::Result<String> {
        let mut f = File::open(path)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
        }
        Ok(hex(&hasher.finalize()))
    };
    read().map_err(|e| Error::io(format!("cannot read {}", path.display()), e))
}

/// sha256 of bytes in memory, as lowercase hex.
pub fn sha256_bytes(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
