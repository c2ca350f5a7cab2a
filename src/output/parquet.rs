//! The Parquet sink: each row written back with every input column as it
//! was (its type, nulls and nested values included) and the
//! [added columns](super::columns), typed: text for `label` and `error`,
//! 64-bit floats (rounded to 4 decimals) for probabilities, 64-bit integers
//! for counts, null where CSV has an empty field.
//!
//! Memory stays bounded: the output is written a row group at a time (one
//! for each input row group, cut sooner at [`MAX_ROW_GROUP_BYTES`] of
//! encoded data), its bytes handed to the output after each group of rows.

use std::io::{self, Write};
use std::sync::Arc;

use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::columns::{AddedColumns, Kind, Value};
use super::{WriteBack, output_error};
use crate::error::{Error, Result};
use crate::io::parquet::{ParquetRow, ParquetSource};
use crate::math::round4;
use crate::pipeline::batch::{Row, Sink};

/// Encoded bytes after which an output row group is written out even if its
/// input row group goes on.
pub const MAX_ROW_GROUP_BYTES: usize = 64 << 20;

/// Writes labeled Parquet: each run of rows from one input batch as a batch
/// of the input's columns and the added ones. The file is complete only
/// after [`Sink::finish`] (its footer comes last).
pub struct ParquetSink<W: Write> {
    out: W,
    /// Writes into memory, taken out after each batch: the parquet writer
    /// wants a writer it may move between threads, which an output borrowed
    /// from the caller need not be.
    writer: ArrowWriter<Vec<u8>>,
    schema: SchemaRef,
    columns: AddedColumns,
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
        let columns = AddedColumns::new(labels, evidence);
        let names = columns.names(input.fields().iter().map(|f| f.name().as_bytes()));
        let mut fields: Vec<Arc<Field>> = input.fields().iter().cloned().collect();
        for (name, kind) in names.into_iter().zip(columns.kinds()) {
            let t = match kind {
                Kind::Text => DataType::Utf8,
                Kind::Prob => DataType::Float64,
                Kind::Count => DataType::Int64,
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
            columns,
            row_group: None,
        })
    }

    /// Writes rows that are consecutive rows of one batch.
    fn write_run(&mut self, rows: &[Row<ParquetRow>]) -> Result<()> {
        let first = &rows[0].fields;
        // An output row group for each input row group.
        if self.row_group != Some(first.row_group()) {
            if self.writer.in_progress_rows() > 0 {
                self.writer.flush().map_err(write_error)?;
            }
            self.row_group = Some(first.row_group());
        }
        let input = first.batch().slice(first.index(), rows.len());
        let mut columns: Vec<ArrayRef> = input.columns().to_vec();
        for added in self.columns.columns() {
            let column = rows.iter().map(|r| added.value(&r.outcome));
            columns.push(match added.kind() {
                Kind::Text => Arc::new(
                    column
                        .map(|v| match v {
                            Value::Text(t) => Some(t),
                            _ => None,
                        })
                        .collect::<StringArray>(),
                ),
                Kind::Prob => Arc::new(
                    column
                        .map(|v| match v {
                            Value::Prob(p) => Some(round4(p)),
                            _ => None,
                        })
                        .collect::<Float64Array>(),
                ),
                Kind::Count => Arc::new(
                    column
                        .map(|v| match v {
                            Value::Count(n) => Some(i64::from(n)),
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

impl<W: Write> Sink<ParquetRow> for ParquetSink<W> {
    fn write(&mut self, rows: &[Row<ParquetRow>]) -> Result<()> {
        let mut start = 0;
        while start < rows.len() {
            let len = 1 + rows[start..]
                .windows(2)
                .take_while(|w| w[0].fields.is_followed_by(&w[1].fields))
                .count();
            self.write_run(&rows[start..start + len])?;
            start += len;
        }
        self.drain()
    }

    /// Writes the rest and the footer.
    fn finish(mut self) -> Result<()> {
        let rest = self.writer.into_inner().map_err(write_error)?;
        self.out.write_all(&rest).map_err(output_error)?;
        self.out.flush().map_err(output_error)
    }
}

impl WriteBack for ParquetSource {
    type Sink<W: Write> = ParquetSink<W>;

    /// Compressed as the input's text column is.
    fn sink<W: Write>(&self, out: W, labels: &[String], evidence: bool) -> Result<ParquetSink<W>> {
        ParquetSink::new(out, self.schema(), labels, evidence, self.compression())
    }
}

/// An error of the Parquet writer (writing to memory: it cannot be the
/// output's).
fn write_error(e: impl std::fmt::Display) -> Error {
    Error::write(
        "cannot write the output",
        io::Error::other(format!("Parquet: {e}")),
    )
}
