//! The JSON Lines sink: each input object written back with its fields as
//! they were written, then the added columns as fields.

use std::io::Write;

use serde_json::Value as Json;

use super::columns::{AddedColumns, Value};
use super::{WriteBack, output_error};
use crate::error::Result;
use crate::io::jsonl::{JsonRecord, JsonlSource};
use crate::math::round4;
use crate::pipeline::batch::{Row, Sink};

/// A labeled JSON line, without its newline: the object's own fields as
/// they were written (names and values byte for byte, duplicates included,
/// in their order), then the fields of `columns` (probabilities rounded to
/// 4 decimals, `null` where the CSV has an empty field). A line that was no
/// JSON object comes back as
/// `{"jobclass_line": N, "jobclass_input": "<the line>", …, "error"}`.
pub fn json_record(row: &Row<JsonRecord>, columns: &AddedColumns) -> String {
    let mut out = String::from("{");
    let mut push = |name: &str, value: &str| {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(name);
        out.push(':');
        out.push_str(value);
    };
    let mut keys: Vec<&[u8]> = Vec::new();
    match &row.fields {
        JsonRecord::Object(object) => {
            for f in object {
                push(f.raw_name.get(), f.value.get());
                // A name with a lone surrogate escaped meets no added name.
                keys.push(f.name.as_deref().unwrap_or(f.raw_name.get()).as_bytes());
            }
        }
        JsonRecord::Unreadable { line, raw, .. } => {
            push("\"jobclass_line\"", &line.to_string());
            push("\"jobclass_input\"", &Json::from(raw.as_str()).to_string());
        }
    }
    let names = columns.names(keys);
    for (name, v) in names.into_iter().zip(columns.values(&row.outcome)) {
        let v = match v {
            Value::Text(t) => Json::from(t),
            Value::Prob(p) => Json::from(round4(p)),
            Value::Count(n) => Json::from(n),
            Value::Missing => Json::Null,
        };
        push(&Json::from(name).to_string(), &v.to_string());
    }
    out.push('}');
    out
}

/// Writes labeled JSON Lines: one object per line ([`json_record`]), each
/// group flushed as soon as it is done.
pub struct JsonlSink<W: Write> {
    out: W,
    columns: AddedColumns,
}

impl<W: Write> JsonlSink<W> {
    /// Writes to `out`, with the columns of `labels` (and `evidence`).
    pub fn new(out: W, labels: &[String], evidence: bool) -> JsonlSink<W> {
        JsonlSink {
            out,
            columns: AddedColumns::new(labels, evidence),
        }
    }
}

impl<W: Write> Sink<JsonRecord> for JsonlSink<W> {
    fn write(&mut self, rows: &[Row<JsonRecord>]) -> Result<()> {
        for row in rows {
            let mut line = json_record(row, &self.columns);
            line.push('\n');
            self.out.write_all(line.as_bytes()).map_err(output_error)?;
        }
        self.out.flush().map_err(output_error)
    }

    /// Nothing is left: every group was flushed as it was written.
    fn finish(self) -> Result<()> {
        Ok(())
    }
}

impl WriteBack for JsonlSource {
    type Sink<W: Write> = JsonlSink<W>;

    fn sink<W: Write>(&self, out: W, labels: &[String], evidence: bool) -> Result<JsonlSink<W>> {
        Ok(JsonlSink::new(out, labels, evidence))
    }
}
