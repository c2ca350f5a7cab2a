//! The Parquet reader: [`ParquetSource`] reads a file a row group at a time
//! for batch labelling, [`ParquetLabeled`] a labeled file for `eval`. Memory
//! stays bounded: rows are read in batches of [`BATCH_ROWS`] from one row
//! group at a time. Parquet is read from its end (the footer says where
//! everything is), so a pipe or standard input is first copied to a private
//! temporary file, removed when the run ends.
//!
//! The text (and title) column must hold text: strings, or bytes that are
//! read as UTF-8 (a value that is not is its row's error), dictionary-encoded
//! or not. A null or empty text is its row's error.

use std::fs::File;
use std::io;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, RecordBatch};
use arrow_schema::{DataType, SchemaRef};
use parquet::arrow::arrow_reader::{
    ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReader,
    ParquetRecordBatchReaderBuilder,
};
use parquet::basic::Compression;

use super::labeled::LabeledRecords;
use super::source::{RecordText, Source};
use super::{ReadOptions, Reader};
use crate::disk::temporary::Spool;
use crate::error::{Error, Result};
use crate::text::{decode_utf8, posting_text};

/// Rows decoded at a time.
pub const BATCH_ROWS: usize = 1024;

/// An open Parquet file, its footer read.
pub struct ParquetInput {
    file: File,
    metadata: ArrowReaderMetadata,
    name: String,
    /// The copy of a pipe or of standard input that `file` reads.
    _spool: Option<Spool>,
}

impl ParquetInput {
    /// Opens a path, or standard input for `-`. A FIFO, a device or standard
    /// input is copied to a temporary file first.
    pub fn open(path: &str) -> Result<ParquetInput> {
        Self::open_as(path, path)
    }

    /// Opens a path, or standard input for `-`, calling it `shown` in
    /// messages (a spooled copy is named as the input it copies).
    pub fn open_as(path: &str, shown: &str) -> Result<ParquetInput> {
        let (file, spool, name) = if path == "-" {
            let spool = Spool::copy(&mut io::stdin().lock(), "standard input")?;
            (reopen(&spool)?, Some(spool), "standard input".to_string())
        } else {
            let mut f =
                File::open(path).map_err(|e| Error::Input(format!("cannot open {shown}: {e}")))?;
            let meta = f
                .metadata()
                .map_err(|e| Error::Input(format!("cannot open {shown}: {e}")))?;
            if meta.is_dir() {
                return Err(Error::Input(format!(
                    "{shown} is a folder, not a Parquet file"
                )));
            }
            if meta.is_file() {
                (f, None, shown.to_string())
            } else {
                let spool = Spool::copy(&mut f, shown)?;
                (reopen(&spool)?, Some(spool), shown.to_string())
            }
        };
        let metadata =
            ArrowReaderMetadata::load(&file, ArrowReaderOptions::new()).map_err(|e| {
                Error::Input(format!(
                    "{name} is not a Parquet file jobclass can read: {e}"
                ))
            })?;
        refuse_unknown_codecs(&name, &metadata)?;
        Ok(ParquetInput {
            file,
            metadata,
            name,
            _spool: spool,
        })
    }

    /// The input's name for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The columns, as Arrow types.
    pub fn schema(&self) -> &SchemaRef {
        self.metadata.schema()
    }

    /// The index of the column `name` (found by name exactly, else in any
    /// case), which must hold text; `flag` names the option for messages.
    pub fn text_column(&self, name: &str, flag: &str) -> Result<usize> {
        let fields = self.schema().fields();
        let i = fields
            .iter()
            .position(|f| f.name() == name)
            .or_else(|| {
                fields
                    .iter()
                    .position(|f| f.name().eq_ignore_ascii_case(name))
            })
            .ok_or_else(|| {
                Error::Input(format!(
                    "{} has no column {name:?}; its columns are: {}",
                    self.name,
                    fields
                        .iter()
                        .map(|f| format!("{:?}", f.name()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
        let field = &fields[i];
        if !is_text(field.data_type()) {
            return Err(Error::Input(format!(
                "{}: the column {:?} ({flag}) holds {}, not text",
                self.name,
                field.name(),
                field.data_type()
            )));
        }
        Ok(i)
    }

    /// How column `i` is compressed (in the first row group; uncompressed
    /// when there is none).
    fn compression(&self, i: usize) -> Compression {
        let meta = self.metadata.metadata();
        if meta.num_row_groups() == 0 {
            return Compression::UNCOMPRESSED;
        }
        // The column's first leaf: a top-level text column is one leaf.
        let leaf = (0..meta.file_metadata().schema_descr().num_columns())
            .find(|&c| meta.file_metadata().schema_descr().get_column_root_idx(c) == i)
            .unwrap_or(0);
        meta.row_group(0).column(leaf).compression()
    }

    /// A reader of the batches of row group `g`.
    fn row_group(&self, g: usize) -> Result<ParquetRecordBatchReader> {
        let file = self
            .file
            .try_clone()
            .map_err(|e| Error::io(format!("cannot read {}", self.name), e))?;
        ParquetRecordBatchReaderBuilder::new_with_metadata(file, self.metadata.clone())
            .with_row_groups(vec![g])
            .with_batch_size(BATCH_ROWS)
            .build()
            .map_err(|e| self.read_error(e))
    }

    fn read_error(&self, e: impl std::fmt::Display) -> Error {
        Error::Input(format!("cannot read {}: {e}", self.name))
    }
}

/// Refuses, before any work, a file with a column compressed in a way this
/// build does not read (brotli, LZO): reading would fail at that row group.
fn refuse_unknown_codecs(name: &str, metadata: &ArrowReaderMetadata) -> Result<()> {
    for group in metadata.metadata().row_groups() {
        for column in group.columns() {
            match column.compression() {
                Compression::UNCOMPRESSED
                | Compression::SNAPPY
                | Compression::GZIP(_)
                | Compression::LZ4
                | Compression::LZ4_RAW
                | Compression::ZSTD(_) => {}
                other => {
                    let codec = match other {
                        Compression::BROTLI(_) => "brotli".to_string(),
                        c => c.to_string(),
                    };
                    return Err(Error::Input(format!(
                        "{name}: the column {:?} is compressed with {codec}, which jobclass \
                         does not read; it reads Parquet that is uncompressed or compressed \
                         with snappy, gzip, lz4 or zstd",
                        column.column_path().string()
                    )));
                }
            }
        }
    }
    Ok(())
}

/// The spool file, opened anew (the copy left its offset at the end).
fn reopen(spool: &Spool) -> Result<File> {
    spool
        .file()
        .try_clone()
        .map_err(|e| Error::io("cannot read the temporary copy of the input", e))
}

/// Whether a column of this type holds text (or bytes read as UTF-8).
fn is_text(t: &DataType) -> bool {
    match t {
        DataType::Utf8
        | DataType::LargeUtf8
        | DataType::Utf8View
        | DataType::Binary
        | DataType::LargeBinary
        | DataType::BinaryView => true,
        DataType::Dictionary(_, values) => is_text(values),
        _ => false,
    }
}

/// The values of a text column ([`is_text`]): each a text, `None` for null,
/// or why it is no text (bytes that are not UTF-8).
fn texts(col: &dyn Array) -> Vec<std::result::Result<Option<String>, String>> {
    let each = |value: &dyn Fn(usize) -> std::result::Result<String, String>| {
        (0..col.len())
            .map(|i| {
                if col.is_null(i) {
                    Ok(None)
                } else {
                    value(i).map(Some)
                }
            })
            .collect()
    };
    let utf8 = |b: &[u8]| decode_utf8(b).map(str::to_string);
    if let Some(a) = col.as_string_opt::<i32>() {
        each(&|i| Ok(a.value(i).to_string()))
    } else if let Some(a) = col.as_string_opt::<i64>() {
        each(&|i| Ok(a.value(i).to_string()))
    } else if let Some(a) = col.as_string_view_opt() {
        each(&|i| Ok(a.value(i).to_string()))
    } else if let Some(a) = col.as_binary_opt::<i32>() {
        each(&|i| utf8(a.value(i)))
    } else if let Some(a) = col.as_binary_opt::<i64>() {
        each(&|i| utf8(a.value(i)))
    } else if let Some(a) = col.as_binary_view_opt() {
        each(&|i| utf8(a.value(i)))
    } else if let Some(d) = col.as_any_dictionary_opt() {
        let values = texts(d.values().as_ref());
        let keys = d.normalized_keys();
        (0..col.len())
            .map(|i| {
                if d.keys().is_null(i) {
                    Ok(None)
                } else {
                    values.get(keys[i]).cloned().unwrap_or(Ok(None))
                }
            })
            .collect()
    } else {
        unreachable!("a text column was checked to be one of the types above")
    }
}

/// The texts to classify of a batch: the text column's values, with the
/// title's before them when there is a title column, or why there is none.
fn posting_texts(batch: &RecordBatch, text: usize, title: Option<usize>) -> Vec<RecordText> {
    let titles = title.map(|t| texts(batch.column(t).as_ref()));
    texts(batch.column(text).as_ref())
        .into_iter()
        .enumerate()
        .map(|(i, body)| {
            let body = body
                .map_err(|e| format!("text column: {e}"))?
                .ok_or_else(|| "text column: no value (null)".to_string())?;
            let title = match &titles {
                Some(t) => t[i].clone().map_err(|e| format!("title column: {e}"))?,
                None => None,
            };
            posting_text(title.as_deref(), &body)
        })
        .collect()
}

/// A batch of rows read from one row group.
#[derive(Debug)]
pub struct Piece {
    batch: RecordBatch,
    row_group: usize,
}

/// One row of a Parquet input: a place in a batch (shared by its rows).
#[derive(Debug, Clone)]
pub struct ParquetRow {
    piece: Arc<Piece>,
    row: usize,
}

impl ParquetRow {
    /// The batch the row is in.
    pub fn batch(&self) -> &RecordBatch {
        &self.piece.batch
    }

    /// Its index in [`ParquetRow::batch`].
    pub fn index(&self) -> usize {
        self.row
    }

    /// The input row group it was read from.
    pub fn row_group(&self) -> usize {
        self.piece.row_group
    }

    /// Whether `next` is the row after this one in the same batch.
    pub fn is_followed_by(&self, next: &ParquetRow) -> bool {
        Arc::ptr_eq(&self.piece, &next.piece) && next.row == self.row + 1
    }
}

/// The rows of a Parquet file for batch labelling, in order, one row group
/// at a time.
pub struct ParquetSource {
    input: ParquetInput,
    text: usize,
    title: Option<usize>,
    /// The next row group to open.
    next_group: usize,
    /// The row group being read, its batches.
    reader: Option<(usize, ParquetRecordBatchReader)>,
    /// The batch being read and its rows' texts, taken as they are handed out.
    current: Option<(Arc<Piece>, std::vec::IntoIter<RecordText>)>,
    next_row: usize,
    /// Compressed bytes of the row groups read whole, and rows read of the
    /// one being read (for progress).
    done_bytes: u64,
    group_rows_read: u64,
}

impl ParquetSource {
    /// Finds the text (and title) column of `input`.
    pub fn new(input: ParquetInput, text: &str, title: Option<&str>) -> Result<ParquetSource> {
        let text = input.text_column(text, "--text-column")?;
        let title = title
            .map(|t| input.text_column(t, "--title-column"))
            .transpose()?;
        Ok(ParquetSource::at(input, text, title))
    }

    /// Reads the text column `text` (and title column `title`) of `input`.
    fn at(input: ParquetInput, text: usize, title: Option<usize>) -> ParquetSource {
        ParquetSource {
            input,
            text,
            title,
            next_group: 0,
            reader: None,
            current: None,
            next_row: 0,
            done_bytes: 0,
            group_rows_read: 0,
        }
    }

    /// The input's columns.
    pub fn schema(&self) -> &SchemaRef {
        self.input.schema()
    }

    /// How the text column is compressed: the output is written that way
    /// (LZ4 in the format's current variant).
    pub fn compression(&self) -> Compression {
        match self.input.compression(self.text) {
            Compression::LZ4 => Compression::LZ4_RAW,
            c => c,
        }
    }

    fn group_bytes(&self, g: usize) -> u64 {
        let size = self
            .input
            .metadata
            .metadata()
            .row_group(g)
            .compressed_size();
        size.try_into().unwrap_or(0)
    }
}

impl Source for ParquetSource {
    type Record = ParquetRow;

    fn next_record(&mut self) -> Result<Option<(ParquetRow, RecordText)>> {
        loop {
            if let Some((piece, texts)) = &mut self.current
                && let Some(text) = texts.next()
            {
                let row = ParquetRow {
                    piece: piece.clone(),
                    row: self.next_row,
                };
                self.next_row += 1;
                self.group_rows_read += 1;
                return Ok(Some((row, text)));
            }
            self.current = None;
            if let Some((g, reader)) = &mut self.reader {
                let g = *g;
                match reader.next() {
                    Some(batch) => {
                        let batch = batch.map_err(|e| self.input.read_error(e))?;
                        let texts = posting_texts(&batch, self.text, self.title);
                        let piece = Arc::new(Piece {
                            batch,
                            row_group: g,
                        });
                        self.current = Some((piece, texts.into_iter()));
                        self.next_row = 0;
                        continue;
                    }
                    None => {
                        self.done_bytes += self.group_bytes(g);
                        self.group_rows_read = 0;
                        self.reader = None;
                    }
                }
            }
            if self.next_group >= self.input.metadata.metadata().num_row_groups() {
                return Ok(None);
            }
            self.reader = Some((self.next_group, self.input.row_group(self.next_group)?));
            self.next_group += 1;
        }
    }

    /// Compressed bytes of the row groups read, the one being read counted
    /// by the share of its rows read.
    fn bytes_read(&self) -> u64 {
        let within = self.reader.as_ref().map_or(0, |(g, _)| {
            let rows = self.input.metadata.metadata().row_group(*g).num_rows();
            let rows = u64::try_from(rows).unwrap_or(0).max(1);
            self.group_bytes(*g) * self.group_rows_read.min(rows) / rows
        });
        self.done_bytes + within
    }

    fn total_bytes(&self) -> Option<u64> {
        let groups = self.input.metadata.metadata().num_row_groups();
        Some((0..groups).map(|g| self.group_bytes(g)).sum())
    }
}

impl Reader for ParquetSource {
    type Labeled = ParquetLabeled;

    fn open(path: &str, shown: &str, opts: &ReadOptions) -> Result<ParquetSource> {
        let input = ParquetInput::open_as(path, shown)?;
        ParquetSource::new(input, &opts.text, opts.title.as_deref())
    }

    fn open_labeled(path: &str, opts: &ReadOptions, label: &str) -> Result<ParquetLabeled> {
        ParquetLabeled::open(path, &opts.text, label, opts.title.as_deref())
    }
}

/// The rows of a labeled Parquet file: each one's label (in a text column)
/// and text, a batch at a time.
pub struct ParquetLabeled {
    rows: ParquetSource,
    label: usize,
    /// The labels of the batch being read, decoded once for its rows.
    labels: Option<(Arc<Piece>, Vec<RecordText>)>,
}

impl ParquetLabeled {
    /// Opens `path` (`-`: standard input) to read the label column `label`,
    /// which must be neither the text column nor the title column.
    pub fn open(
        path: &str,
        text: &str,
        label: &str,
        title: Option<&str>,
    ) -> Result<ParquetLabeled> {
        let input = ParquetInput::open(path)?;
        let text_i = input.text_column(text, "--text-column")?;
        let title_i = title
            .map(|t| input.text_column(t, "--title-column"))
            .transpose()?;
        let label_i = input.text_column(label, "--label-column")?;
        for (flag, i) in [("--text-column", Some(text_i)), ("--title-column", title_i)] {
            if i == Some(label_i) {
                return Err(Error::Input(format!(
                    "--label-column and {flag} both name the column {:?}: \
                     the labels must be in a column of their own",
                    input.schema().field(label_i).name()
                )));
            }
        }
        Ok(ParquetLabeled {
            rows: ParquetSource::at(input, text_i, title_i),
            label: label_i,
            labels: None,
        })
    }
}

impl LabeledRecords for ParquetLabeled {
    const RECORD: &'static str = "row";
    const EMPTY: &'static str = "has no rows";

    fn name(&self) -> &str {
        self.rows.input.name()
    }

    fn next_labeled(&mut self) -> Result<Option<(RecordText, RecordText)>> {
        let Some((row, text)) = self.rows.next_record()? else {
            return Ok(None);
        };
        let labels = match &mut self.labels {
            Some((piece, labels)) if Arc::ptr_eq(piece, &row.piece) => labels,
            slot => {
                let labels = texts(row.batch().column(self.label).as_ref())
                    .into_iter()
                    .map(|l| {
                        l.map_err(|e| format!("label column: {e}"))?
                            .ok_or_else(|| "label column: no value (null)".to_string())
                    })
                    .collect();
                &mut slot.insert((row.piece.clone(), labels)).1
            }
        };
        Ok(Some((labels[row.row].clone(), text)))
    }
}
