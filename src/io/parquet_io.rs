//! Parquet in and out: [`ParquetSource`] reads a file a row group at a time
//! for batch labelling, [`ParquetSink`] writes each row back with every input
//! column as it was (its type, nulls and nested values included) and the
//! columns of [`crate::render::added_columns`], typed: text for `label` and
//! `error`, 64-bit floats (rounded to 4 decimals) for probabilities, 64-bit
//! integers for counts, null where CSV has an empty field. `read_labeled`
//! reads a labeled file for `eval`.
//!
//! Memory stays bounded: rows are read in batches of [`BATCH_ROWS`] from one
//! row group at a time, and the output is written a row group at a time (one
//! for each input row group, cut sooner at [`MAX_ROW_GROUP_BYTES`] of
//! encoded data). Parquet is read from its end (the footer says where
//! everything is), so a pipe or standard input is first copied to a private
//! temporary file, removed when the run ends.
//!
//! The text (and title) column must hold text: strings, or bytes that are
//! read as UTF-8 (a value that is not is its row's error), dictionary-encoded
//! or not. A null or empty text is its row's error.

use std::fs::File;
use std::io::{self, Write};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::{
    ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReader,
    ParquetRecordBatchReaderBuilder,
};
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::csv_input::Labeled;
use super::source::{RecordText, Source};
use super::temporary::Spool;
use crate::error::{Error, Result};
use crate::labels::LabelSet;
use crate::math::round4;
use crate::pipeline::batch::{Row, Sink};
use crate::render::{Added, AddedKind, added_columns, added_kinds, added_values};
use crate::text::{decode_utf8, posting_text};

/// Rows decoded at a time.
pub const BATCH_ROWS: usize = 1024;

/// Encoded bytes after which an output row group is written out even if its
/// input row group goes on.
pub const MAX_ROW_GROUP_BYTES: usize = 64 << 20;

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

    /// Rows in the file, as its footer says.
    pub fn rows(&self) -> u64 {
        self.metadata
            .metadata()
            .file_metadata()
            .num_rows()
            .try_into()
            .unwrap_or(0)
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
        Ok(ParquetSource {
            input,
            text,
            title,
            next_group: 0,
            reader: None,
            current: None,
            next_row: 0,
            done_bytes: 0,
            group_rows_read: 0,
        })
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

    /// Rows in the file.
    pub fn rows(&self) -> u64 {
        self.input.rows()
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

/// Writes labeled Parquet: each run of rows from one input batch as a batch
/// of the input's columns and the added ones. The file is complete only
/// after [`ParquetSink::finish`] (its footer comes last).
pub struct ParquetSink<W: Write> {
    out: W,
    /// Writes into memory, taken out after each batch: the parquet writer
    /// wants a writer it may move between threads, which an output borrowed
    /// from the caller need not be.
    writer: ArrowWriter<Vec<u8>>,
    schema: SchemaRef,
    kinds: Vec<AddedKind>,
    labels: usize,
    evidence: bool,
    /// The input row group of the rows in the output's open row group.
    row_group: Option<usize>,
}

impl<W: Write> ParquetSink<W> {
    /// A sink for rows with the columns of `input`, to which it adds those
    /// of `labels` (and `evidence`), compressed with `compression`.
    pub fn new(
        out: W,
        input: &Schema,
        labels: &[String],
        evidence: bool,
        compression: Compression,
    ) -> Result<ParquetSink<W>> {
        let mut names = csv::ByteRecord::new();
        for f in input.fields() {
            names.push_field(f.name().as_bytes());
        }
        let kinds = added_kinds(labels.len(), evidence);
        let mut fields: Vec<Arc<Field>> = input.fields().iter().cloned().collect();
        for (name, kind) in added_columns(&names, labels, evidence)
            .into_iter()
            .zip(&kinds)
        {
            let t = match kind {
                AddedKind::Text => DataType::Utf8,
                AddedKind::Prob => DataType::Float64,
                AddedKind::Count => DataType::Int64,
            };
            fields.push(Arc::new(Field::new(name, t, true)));
        }
        let schema = Arc::new(Schema::new_with_metadata(fields, input.metadata().clone()));
        let props = WriterProperties::builder()
            .set_compression(compression)
            .set_max_row_group_bytes(Some(MAX_ROW_GROUP_BYTES))
            .build();
        let writer =
            ArrowWriter::try_new(Vec::new(), schema.clone(), Some(props)).map_err(write_error)?;
        Ok(ParquetSink {
            out,
            writer,
            schema,
            kinds,
            labels: labels.len(),
            evidence,
            row_group: None,
        })
    }

    /// Writes the rest and the footer.
    pub fn finish(mut self) -> Result<()> {
        let rest = self.writer.into_inner().map_err(write_error)?;
        self.out.write_all(&rest).map_err(output_error)?;
        self.out.flush().map_err(output_error)
    }

    /// Writes rows that are consecutive rows of one batch.
    fn write_run(&mut self, rows: &[Row<ParquetRow>]) -> Result<()> {
        let piece = &rows[0].fields.piece;
        // An output row group for each input row group.
        if self.row_group != Some(piece.row_group) {
            if self.writer.in_progress_rows() > 0 {
                self.writer.flush().map_err(write_error)?;
            }
            self.row_group = Some(piece.row_group);
        }
        let input = piece.batch.slice(rows[0].fields.row, rows.len());
        let mut columns: Vec<ArrayRef> = input.columns().to_vec();
        let values: Vec<Vec<Added>> = rows
            .iter()
            .map(|r| added_values(&r.outcome, self.labels, self.evidence))
            .collect();
        for (c, kind) in self.kinds.iter().enumerate() {
            let column = values.iter().map(|v| v[c]);
            columns.push(match kind {
                AddedKind::Text => Arc::new(
                    column
                        .map(|v| match v {
                            Added::Text(t) => Some(t),
                            _ => None,
                        })
                        .collect::<StringArray>(),
                ),
                AddedKind::Prob => Arc::new(
                    column
                        .map(|v| match v {
                            Added::Prob(p) => Some(round4(p)),
                            _ => None,
                        })
                        .collect::<Float64Array>(),
                ),
                AddedKind::Count => Arc::new(
                    column
                        .map(|v| match v {
                            Added::Count(n) => Some(i64::from(n)),
                            _ => None,
                        })
                        .collect::<Int64Array>(),
                ),
            });
        }
        let batch = RecordBatch::try_new(self.schema.clone(), columns).map_err(write_error)?;
        self.writer.write(&batch).map_err(write_error)
    }

    /// Hands what the writer has produced so far to the output.
    fn drain(&mut self) -> Result<()> {
        let buf = self.writer.inner_mut();
        self.out.write_all(buf).map_err(output_error)?;
        buf.clear();
        self.out.flush().map_err(output_error)
    }
}

impl<W: Write> Sink<ParquetRow> for &mut ParquetSink<W> {
    fn write(&mut self, rows: &[Row<ParquetRow>]) -> Result<()> {
        let mut start = 0;
        while start < rows.len() {
            let first = &rows[start].fields;
            let len = rows[start..]
                .iter()
                .enumerate()
                .take_while(|(k, r)| {
                    Arc::ptr_eq(&r.fields.piece, &first.piece) && r.fields.row == first.row + k
                })
                .count();
            self.write_run(&rows[start..start + len])?;
            start += len;
        }
        self.drain()
    }
}

fn output_error(e: io::Error) -> Error {
    Error::write("cannot write the output", e)
}

/// An error of the Parquet writer (writing to memory: it cannot be the
/// output's).
fn write_error(e: impl std::fmt::Display) -> Error {
    Error::write(
        "cannot write the output",
        io::Error::other(format!("Parquet: {e}")),
    )
}

/// Reads every row of a labeled Parquet file, its labels those of `labels`,
/// in the column `label`; a bad row is an error, as for CSV.
pub(super) fn read_labeled(
    path: &str,
    text: &str,
    label: &str,
    title: Option<&str>,
    labels: LabelSet,
) -> Result<Vec<Labeled>> {
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
    let mut out = Vec::new();
    let mut row = 0u64;
    for g in 0..input.metadata.metadata().num_row_groups() {
        for batch in input.row_group(g)? {
            let batch = batch.map_err(|e| input.read_error(e))?;
            let raw_labels = texts(batch.column(label_i).as_ref());
            let posting = posting_texts(&batch, text_i, title_i);
            for (raw_label, text) in raw_labels.into_iter().zip(posting) {
                row += 1;
                let bad =
                    |what: String| Error::Input(format!("{}: row {row}: {what}", input.name()));
                let raw_label = raw_label
                    .map_err(|e| bad(format!("label column: {e}")))?
                    .ok_or_else(|| bad("label column: no value (null)".into()))?;
                let label = labels.parse(&raw_label, row)?;
                out.push(Labeled {
                    text: text.map_err(bad)?,
                    label,
                });
            }
        }
    }
    if out.is_empty() {
        return Err(Error::Input(format!("{} has no rows", input.name())));
    }
    Ok(out)
}
