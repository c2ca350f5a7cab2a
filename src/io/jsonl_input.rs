//! JSON Lines input: one JSON object per line, from a file or standard input.
//! A line that is not a JSON object is its row's problem, not the file's (as a
//! bad CSV row is); blank lines are no records.

use std::fs::File;
use std::io::{self, BufRead, BufReader};

use serde_json::{Map, Value};

use super::csv_input::Labeled;
use crate::error::{Error, Result};
use crate::labels::parse_label;
use crate::text::{decode_utf8, posting_text};

/// One record of a JSON Lines input.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonRecord {
    /// A JSON object, its fields in their order.
    Object(Map<String, Value>),
    /// A line that is not a JSON object, as it was (invalid UTF-8 replaced).
    Unreadable {
        /// Its 1-based line number.
        line: u64,
        /// The line.
        raw: String,
    },
}

/// A JSON Lines source.
pub struct JsonlInput {
    reader: Box<dyn BufRead>,
    /// Length of the input in bytes, when it is a file (for progress).
    pub len: Option<u64>,
    name: String,
    line: u64,
    position: u64,
    buf: Vec<u8>,
}

impl JsonlInput {
    /// Opens a path, or standard input for `-`.
    pub fn open(path: &str) -> Result<JsonlInput> {
        if path == "-" {
            return Ok(Self::from_reader(
                Box::new(io::stdin().lock()),
                None,
                "standard input".into(),
            ));
        }
        let f = File::open(path).map_err(|e| Error::Input(format!("cannot open {path}: {e}")))?;
        let meta = f.metadata().ok();
        if meta.as_ref().is_some_and(|m| m.is_dir()) {
            return Err(Error::Input(format!(
                "{path} is a folder, not a JSON Lines file"
            )));
        }
        let len = meta.map(|m| m.len());
        Ok(Self::from_reader(
            Box::new(BufReader::with_capacity(1 << 16, f)),
            len,
            path.to_string(),
        ))
    }

    /// Wraps any reader.
    pub fn from_reader(reader: Box<dyn BufRead>, len: Option<u64>, name: String) -> JsonlInput {
        JsonlInput {
            reader,
            len,
            name,
            line: 0,
            position: 0,
            buf: Vec::new(),
        }
    }

    /// The input's name for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Bytes read so far.
    pub fn position(&self) -> u64 {
        self.position
    }

    /// The next record, skipping blank lines; `None` at the end.
    pub fn read(&mut self) -> Result<Option<JsonRecord>> {
        loop {
            self.buf.clear();
            let n = self
                .reader
                .read_until(b'\n', &mut self.buf)
                .map_err(|e| Error::io(format!("cannot read {}", self.name), e))?;
            if n == 0 {
                return Ok(None);
            }
            self.position += n as u64;
            self.line += 1;
            let bytes = self.buf.trim_ascii();
            if bytes.is_empty() {
                continue;
            }
            let parsed = decode_utf8(bytes)
                .ok()
                .and_then(|s| serde_json::from_str::<Value>(s).ok());
            return Ok(Some(match parsed {
                Some(Value::Object(m)) => JsonRecord::Object(m),
                _ => JsonRecord::Unreadable {
                    line: self.line,
                    raw: String::from_utf8_lossy(bytes).into_owned(),
                },
            }));
        }
    }
}

/// What kind of JSON value `v` is, for messages.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The string field `name` of an object: `Ok(None)` when it is absent, an
/// error when it is another kind of value (`null` included).
fn string_field<'a>(
    m: &'a Map<String, Value>,
    name: &str,
) -> std::result::Result<Option<&'a str>, String> {
    match m.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(v) => Err(format!("{name:?} is {}, not a string", kind(v))),
    }
}

/// Why a line is not a record, in the words of the error column.
pub fn unreadable_problem(line: u64, raw: &str) -> String {
    let why = match serde_json::from_str::<Value>(raw) {
        Ok(v) => format!("is {}, not a JSON object", kind(&v)),
        Err(e) => format!("is not JSON ({e})"),
    };
    format!("line {line} {why}")
}

/// The text to classify of a record, or why there is none: the text field
/// (and the title field, when named) joined as for CSV rows.
pub fn text_of(
    rec: &JsonRecord,
    text: &str,
    title: Option<&str>,
) -> std::result::Result<String, String> {
    let m = match rec {
        JsonRecord::Object(m) => m,
        JsonRecord::Unreadable { line, raw } => return Err(unreadable_problem(*line, raw)),
    };
    let body = string_field(m, text)
        .map_err(|e| format!("text field: {e}"))?
        .ok_or_else(|| format!("text field: no {text:?} in this object"))?;
    // A title that is absent or null is no title.
    let title = match title.filter(|t| !matches!(m.get(*t), None | Some(Value::Null))) {
        Some(t) => string_field(m, t).map_err(|e| format!("title field: {e}"))?,
        None => None,
    };
    posting_text(title, body)
}

/// Reads every record of a labeled JSON Lines file. As for CSV, a bad record
/// is an error here: evaluation needs every label to be right.
pub fn read_labeled(
    path: &str,
    text: &str,
    label: &str,
    title: Option<&str>,
) -> Result<Vec<Labeled>> {
    let mut input = JsonlInput::open(path)?;
    let mut out = Vec::new();
    let mut row = 0u64;
    while let Some(rec) = input.read()? {
        row += 1;
        let bad = |what: String| Error::Input(format!("{}: record {row}: {what}", input.name()));
        let raw_label = match &rec {
            JsonRecord::Object(m) => string_field(m, label)
                .map_err(|e| bad(format!("label field: {e}")))?
                .ok_or_else(|| bad(format!("label field: no {label:?} in this object")))?,
            JsonRecord::Unreadable { line, raw } => {
                return Err(bad(unreadable_problem(*line, raw)));
            }
        };
        let label = parse_label(raw_label).ok_or_else(|| Error::UnknownLabel {
            value: raw_label.to_string(),
            row: Some(row),
            expected: crate::labels::EXPECTED.into(),
        })?;
        let text = text_of(&rec, text, title).map_err(bad)?;
        out.push(Labeled { text, label });
    }
    if out.is_empty() {
        return Err(Error::Input(format!("{} has no records", input.name())));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(bytes: &'static [u8]) -> Vec<JsonRecord> {
        let mut input = JsonlInput::from_reader(Box::new(bytes), None, "t.jsonl".into());
        std::iter::from_fn(|| input.read().unwrap()).collect()
    }

    #[test]
    fn objects_keep_their_field_order_and_blank_lines_are_no_records() {
        let recs = records(b"{\"z\": 1, \"a\": \"x\"}\n\n  \r\n{\"b\": null}");
        assert_eq!(recs.len(), 2);
        let JsonRecord::Object(m) = &recs[0] else {
            panic!()
        };
        assert_eq!(m.keys().collect::<Vec<_>>(), ["z", "a"]);
    }

    #[test]
    fn every_bad_line_says_why() {
        let recs = records(
            b"[1]\nnot json\n{\"d\": 3}\n{\"d\": null}\n{\"x\": 1}\n{\"d\": \" \"}\n\xff\n",
        );
        let why: Vec<String> = recs
            .iter()
            .map(|r| text_of(r, "d", None).unwrap_err())
            .collect();
        assert_eq!(why[0], "line 1 is an array, not a JSON object");
        assert!(why[1].starts_with("line 2 is not JSON ("), "{}", why[1]);
        assert_eq!(why[2], "text field: \"d\" is a number, not a string");
        assert_eq!(why[3], "text field: \"d\" is null, not a string");
        assert_eq!(why[4], "text field: no \"d\" in this object");
        assert_eq!(why[5], "empty text");
        assert!(why[6].starts_with("line 7 is not JSON"), "{}", why[6]);
    }

    #[test]
    fn title_and_text_are_joined() {
        let recs = records(b"{\"t\": \"SRE\", \"d\": \"Keep it up.\"}\n");
        assert_eq!(
            text_of(&recs[0], "d", Some("t")).unwrap(),
            "SRE\nKeep it up."
        );
    }
}
