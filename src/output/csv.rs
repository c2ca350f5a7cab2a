//! The CSV sink: each input row written back with its fields as they were,
//! then the added columns, in the input's delimiter (a TSV stays a TSV).

use std::io::Write;

use super::columns::{AddedColumns, Value};
use super::{WriteBack, output_error};
use crate::error::{Error, Result};
use crate::io::csv::CsvSource;
use crate::pipeline::batch::{Row, Sink};

/// Writes labeled CSV: the header first, as soon as the sink is made, then
/// each group of rows as soon as it is done, flushed, so a reader downstream
/// sees rows as they come.
pub struct CsvSink<W: Write> {
    writer: csv::Writer<W>,
    columns: AddedColumns,
}

impl<W: Write> CsvSink<W> {
    /// Writes the header to `out`: the input's `headers`, then the
    /// [`AddedColumns`] for `labels` (and `evidence`). `delimiter` is the
    /// input's, so a TSV stays a TSV.
    pub fn new(
        out: W,
        headers: &csv::ByteRecord,
        labels: &[String],
        delimiter: u8,
        evidence: bool,
    ) -> Result<CsvSink<W>> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .flexible(false)
            .from_writer(out);
        let columns = AddedColumns::new(labels, evidence);
        let mut header = headers.clone();
        for n in columns.names(headers) {
            header.push_field(n.as_bytes());
        }
        writer.write_byte_record(&header).map_err(csv_write_error)?;
        writer.flush().map_err(output_error)?;
        Ok(CsvSink { writer, columns })
    }

    /// A row of the labeled CSV: its input fields, then the added values
    /// (probabilities to 4 decimals, an empty field where there is none).
    fn record(&self, row: &Row<csv::ByteRecord>) -> csv::ByteRecord {
        let added = self.columns.values(&row.outcome);
        let mut out =
            csv::ByteRecord::with_capacity(0, row.fields.len() + self.columns.columns().len());
        for f in &row.fields {
            out.push_field(f);
        }
        for v in added {
            match v {
                Value::Text(t) => out.push_field(t.as_bytes()),
                Value::Prob(p) => out.push_field(format!("{p:.4}").as_bytes()),
                Value::Count(n) => out.push_field(n.to_string().as_bytes()),
                Value::Missing => out.push_field(b""),
            }
        }
        out
    }
}

impl<W: Write> Sink<csv::ByteRecord> for CsvSink<W> {
    fn write(&mut self, rows: &[Row<csv::ByteRecord>]) -> Result<()> {
        for row in rows {
            let record = self.record(row);
            self.writer
                .write_byte_record(&record)
                .map_err(csv_write_error)?;
        }
        self.writer.flush().map_err(output_error)
    }

    /// Nothing is left: every group was flushed as it was written.
    fn finish(self) -> Result<()> {
        Ok(())
    }
}

impl WriteBack for CsvSource {
    type Sink<W: Write> = CsvSink<W>;

    fn sink<W: Write>(&self, out: W, labels: &[String], evidence: bool) -> Result<CsvSink<W>> {
        CsvSink::new(out, self.headers(), labels, self.delimiter(), evidence)
    }
}

/// The writer's I/O errors are output errors (exit 4), not the CSV input
/// errors its error type otherwise stands for.
fn csv_write_error(e: csv::Error) -> Error {
    match e.kind() {
        csv::ErrorKind::Io(_) => match e.into_kind() {
            csv::ErrorKind::Io(io) => output_error(io),
            _ => unreachable!("matched as I/O"),
        },
        _ => Error::Csv(e),
    }
}
