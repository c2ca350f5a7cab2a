//! The JSON Lines reader: one JSON object per line, from a file or standard input.
//! A line that is not a JSON object is its row's problem, not the file's (as a
//! bad CSV row is), a line that is not UTF-8 too (its message names the first
//! bad byte, counted from 1 at the start of the line, after the byte order
//! mark on line 1); blank lines are no records; a UTF-8 byte order mark
//! before the first line is skipped; a UTF-16 file is refused.
//!
//! An object's fields are kept as written, names and values byte for byte
//! (numbers of any size or precision, escapes, nested values with their
//! spaces), so that `batch` writes them back unchanged; only the text, title
//! and label fields are decoded. A name that appears twice keeps both fields;
//! when that name is the text, title or label field, which one is meant is
//! unknown, and that is the row's error (`duplicate key "text"`).
//!
//! Batch labelling and `adapt` read the records through [`JsonlSource`],
//! evaluation through [`JsonlLabeled`].

use std::fs::File;
use std::io::{self, BufRead, BufReader};

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::labeled::LabeledRecords;
use super::source::{RecordText, Source};
use super::{ReadOptions, Reader};
use crate::error::{Error, Result};
use crate::text::{UTF8_BOM, binary_format_problem, posting_text, utf16_problem};

/// One field of a JSON object, as written.
#[derive(Debug, Clone)]
pub struct JsonField {
    /// The name as written: quoted, escapes as they were.
    pub raw_name: Box<RawValue>,
    /// The name decoded; `None` when it escapes a lone surrogate, which no
    /// name given on the command line (UTF-8 text) can equal.
    pub name: Option<String>,
    /// The value as written.
    pub value: Box<RawValue>,
}

impl PartialEq for JsonField {
    fn eq(&self, other: &Self) -> bool {
        self.raw_name.get() == other.raw_name.get() && self.value.get() == other.value.get()
    }
}

/// One record of a JSON Lines input.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonRecord {
    /// A JSON object: its fields in their order, duplicates included.
    Object(Vec<JsonField>),
    /// A line that is not a JSON object.
    Unreadable {
        /// Its 1-based line number.
        line: u64,
        /// The line (bytes that are not UTF-8 replaced by U+FFFD).
        raw: String,
        /// Why it is no record, starting with the line number.
        problem: String,
    },
}

/// The fields of a JSON object, read without decoding them.
struct Fields(Vec<JsonField>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Fields, A::Error> {
                let mut fields = Vec::new();
                while let Some(raw_name) = map.next_key::<Box<RawValue>>()? {
                    let value = map.next_value::<Box<RawValue>>()?;
                    let name = serde_json::from_str::<String>(raw_name.get()).ok();
                    fields.push(JsonField {
                        raw_name,
                        name,
                        value,
                    });
                }
                Ok(Fields(fields))
            }
        }
        d.deserialize_map(FieldsVisitor)
    }
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
        Self::open_as(path, path)
    }

    /// Opens a path, or standard input for `-`, calling it `shown` in
    /// messages (a spooled copy is named as the input it copies).
    pub fn open_as(path: &str, shown: &str) -> Result<JsonlInput> {
        if path == "-" {
            return Ok(Self::from_reader(
                Box::new(io::stdin().lock()),
                None,
                "standard input".into(),
            ));
        }
        let f = File::open(path).map_err(|e| Error::Input(format!("cannot open {shown}: {e}")))?;
        let meta = f.metadata().ok();
        if meta.as_ref().is_some_and(|m| m.is_dir()) {
            return Err(Error::Input(format!(
                "{shown} is a folder, not a JSON Lines file"
            )));
        }
        let len = meta.map(|m| m.len());
        Ok(Self::from_reader(
            Box::new(BufReader::with_capacity(1 << 16, f)),
            len,
            shown.to_string(),
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

    /// The next record, skipping blank lines; `None` at the end. An input in
    /// UTF-16 is an error: every line of it would be an error row.
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
            let mut line: &[u8] = &self.buf;
            if self.line == 1 {
                // The first two bytes tell UTF-16 (a byte order mark, or `{`
                // and NUL); a NUL further on is that line's problem only.
                let problem = binary_format_problem(line, "JSON Lines")
                    .or_else(|| utf16_problem(&line[..line.len().min(2)]));
                if let Some(p) = problem {
                    return Err(Error::Input(format!("{} {p}", self.name)));
                }
                line = line.strip_prefix(&UTF8_BOM[..]).unwrap_or(line);
            }
            if line.trim_ascii().is_empty() {
                continue;
            }
            return Ok(Some(record(self.line, line)));
        }
    }
}

/// The record of line number `number`, whose bytes (its newline included)
/// are `line`.
fn record(number: u64, line: &[u8]) -> JsonRecord {
    let unreadable = |problem: String| JsonRecord::Unreadable {
        line: number,
        raw: String::from_utf8_lossy(line.trim_ascii()).into_owned(),
        problem: format!("line {number} {problem}"),
    };
    let text = match std::str::from_utf8(line) {
        Ok(t) => t.trim_ascii(),
        Err(e) => {
            return unreadable(format!(
                "is not valid UTF-8 at byte {} of the line (counting from 1; 0x{:02X}): \
                 convert the file to UTF-8, e.g. with iconv -f LATIN1 -t UTF-8",
                e.valid_up_to() + 1,
                line[e.valid_up_to()]
            ));
        }
    };
    match parse_object(text) {
        Ok(fields) => JsonRecord::Object(fields),
        Err(problem) => unreadable(problem),
    }
}

/// The fields of the JSON object `text` (spaces around it allowed), as
/// written; or what it is instead, to follow a name for it: `is not JSON
/// (…)`, `is a string, not a JSON object`. A line of a JSON Lines input is
/// read with it, and so is each posting `jobclass serve` is sent.
pub fn parse_object(text: &str) -> std::result::Result<Vec<JsonField>, String> {
    let text = text.trim_ascii();
    if text.starts_with('{') {
        return serde_json::from_str::<Fields>(text)
            .map(|Fields(fields)| fields)
            .map_err(|e| format!("is not JSON ({e})"));
    }
    Err(match serde_json::from_str::<Box<RawValue>>(text) {
        Ok(v) => format!("is {}, not a JSON object", kind(&v)),
        Err(e) => format!("is not JSON ({e})"),
    })
}

/// What kind of JSON value `v` is, for messages.
fn kind(v: &RawValue) -> &'static str {
    match v.get().as_bytes().first() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'"') => "a string",
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

/// The string field `name` of an object: `Ok(None)` when it is absent, an
/// error when it is another kind of value (`null` included), escapes a lone
/// surrogate, or appears more than once.
fn string_field(fields: &[JsonField], name: &str) -> std::result::Result<Option<String>, String> {
    let mut found = fields.iter().filter(|f| f.name.as_deref() == Some(name));
    let Some(field) = found.next() else {
        return Ok(None);
    };
    if found.next().is_some() {
        return Err(format!("duplicate key {name:?}"));
    }
    if !field.value.get().starts_with('"') {
        return Err(format!("{name:?} is {}, not a string", kind(&field.value)));
    }
    serde_json::from_str::<String>(field.value.get())
        .map(Some)
        .map_err(|e| format!("{name:?} is not a valid string ({e})"))
}

/// The boolean field `name` of an object: `Ok(None)` when it is absent or
/// `null`, an error when it is another kind of value or appears more than
/// once.
pub fn bool_field(fields: &[JsonField], name: &str) -> std::result::Result<Option<bool>, String> {
    let mut found = fields.iter().filter(|f| f.name.as_deref() == Some(name));
    let Some(field) = found.next() else {
        return Ok(None);
    };
    if found.next().is_some() {
        return Err(format!("duplicate key {name:?}"));
    }
    match field.value.get() {
        "true" => Ok(Some(true)),
        "false" => Ok(Some(false)),
        "null" => Ok(None),
        _ => Err(format!(
            "{name:?} is {}, not true or false",
            kind(&field.value)
        )),
    }
}

/// True when the object has no field `name`, or it is `null`.
fn absent_or_null(fields: &[JsonField], name: &str) -> bool {
    fields
        .iter()
        .filter(|f| f.name.as_deref() == Some(name))
        .all(|f| f.value.get() == "null")
}

/// The text to classify of a record, or why there is none: the text field
/// (and the title field, when named) joined as for CSV rows.
pub fn text_of(
    rec: &JsonRecord,
    text: &str,
    title: Option<&str>,
) -> std::result::Result<String, String> {
    match rec {
        JsonRecord::Object(fields) => posting_of(fields, text, title),
        JsonRecord::Unreadable { problem, .. } => Err(problem.clone()),
    }
}

/// The text to classify of an object's fields, or why there is none (a
/// text field that is missing, not a string or given twice, a title that is
/// not a string, an empty text): the text field (and the title field, when
/// named) joined as for CSV rows.
pub fn posting_of(
    fields: &[JsonField],
    text: &str,
    title: Option<&str>,
) -> std::result::Result<String, String> {
    let body = string_field(fields, text)
        .map_err(|e| format!("text field: {e}"))?
        .ok_or_else(|| format!("text field: no {text:?} in this object"))?;
    // A title that is absent or null is no title.
    let title = match title.filter(|t| !absent_or_null(fields, t)) {
        Some(t) => string_field(fields, t).map_err(|e| format!("title field: {e}"))?,
        None => None,
    };
    posting_text(title.as_deref(), &body)
}

/// The records of a JSON Lines input for batch labelling.
pub struct JsonlSource {
    input: JsonlInput,
    text: String,
    title: Option<String>,
}

impl JsonlSource {
    /// Reads the text (and title) field of each object.
    pub fn new(input: JsonlInput, text: &str, title: Option<&str>) -> JsonlSource {
        JsonlSource {
            input,
            text: text.to_string(),
            title: title.map(str::to_string),
        }
    }
}

impl Source for JsonlSource {
    type Record = JsonRecord;

    fn next_record(&mut self) -> Result<Option<(JsonRecord, RecordText)>> {
        Ok(self.input.read()?.map(|rec| {
            let text = text_of(&rec, &self.text, self.title.as_deref());
            (rec, text)
        }))
    }

    fn bytes_read(&self) -> u64 {
        self.input.position()
    }

    fn total_bytes(&self) -> Option<u64> {
        self.input.len
    }
}

impl Reader for JsonlSource {
    type Labeled = JsonlLabeled;

    fn open(path: &str, shown: &str, opts: &ReadOptions) -> Result<JsonlSource> {
        let input = JsonlInput::open_as(path, shown)?;
        Ok(JsonlSource::new(input, &opts.text, opts.title.as_deref()))
    }

    fn open_labeled(path: &str, opts: &ReadOptions, label: &str) -> Result<JsonlLabeled> {
        JsonlLabeled::open(path, &opts.text, label, opts.title.as_deref())
    }
}

/// The records of a labeled JSON Lines input: each one's label and text.
pub struct JsonlLabeled {
    input: JsonlInput,
    text: String,
    label: String,
    title: Option<String>,
}

impl JsonlLabeled {
    /// Opens `path` (`-`: standard input) to read the label field `label`,
    /// which must be neither the text field nor the title field.
    pub fn open(path: &str, text: &str, label: &str, title: Option<&str>) -> Result<JsonlLabeled> {
        for (flag, name) in [("--text-column", Some(text)), ("--title-column", title)] {
            if name == Some(label) {
                return Err(Error::Input(format!(
                    "--label-column and {flag} both name the field {label:?}: \
                     the labels must be in a field of their own"
                )));
            }
        }
        Ok(JsonlLabeled {
            input: JsonlInput::open(path)?,
            text: text.to_string(),
            label: label.to_string(),
            title: title.map(str::to_string),
        })
    }
}

impl LabeledRecords for JsonlLabeled {
    const RECORD: &'static str = "record";
    const EMPTY: &'static str = "has no records";

    fn name(&self) -> &str {
        self.input.name()
    }

    fn next_labeled(&mut self) -> Result<Option<(RecordText, RecordText)>> {
        let Some(rec) = self.input.read()? else {
            return Ok(None);
        };
        let label = &self.label;
        let raw_label = match &rec {
            JsonRecord::Object(fields) => string_field(fields, label)
                .map_err(|e| format!("label field: {e}"))
                .and_then(|l| l.ok_or_else(|| format!("label field: no {label:?} in this object"))),
            JsonRecord::Unreadable { problem, .. } => Err(problem.clone()),
        };
        let text = text_of(&rec, &self.text, self.title.as_deref());
        Ok(Some((raw_label, text)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(bytes: &'static [u8]) -> Vec<JsonRecord> {
        let mut input = JsonlInput::from_reader(Box::new(bytes), None, "t.jsonl".into());
        std::iter::from_fn(|| input.read().unwrap()).collect()
    }

    fn fields(rec: &JsonRecord) -> Vec<(&str, &str)> {
        let JsonRecord::Object(fields) = rec else {
            panic!("{rec:?}")
        };
        fields
            .iter()
            .map(|f| (f.raw_name.get(), f.value.get()))
            .collect()
    }

    #[test]
    fn objects_keep_their_field_order_and_blank_lines_are_no_records() {
        let recs = records(b"{\"z\": 1, \"a\": \"x\"}\n\n  \r\n{\"b\": null}");
        assert_eq!(recs.len(), 2);
        assert_eq!(fields(&recs[0]), [("\"z\"", "1"), ("\"a\"", "\"x\"")]);
    }

    #[test]
    fn every_bad_line_says_why() {
        let recs = records(
            b"[1]\nnot json\n{\"d\": 3}\n{\"d\": null}\n{\"x\": 1}\n{\"d\": \" \"}\n\xff\n{\"d\": 1,}\n",
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
        assert!(
            why[6].starts_with("line 7 is not valid UTF-8"),
            "{}",
            why[6]
        );
        assert!(why[7].starts_with("line 8 is not JSON ("), "{}", why[7]);
    }

    #[test]
    fn title_and_text_are_joined() {
        let recs = records(b"{\"t\": \"SRE\", \"d\": \"Keep it up.\"}\n");
        assert_eq!(
            text_of(&recs[0], "d", Some("t")).unwrap(),
            "SRE\nKeep it up."
        );
    }

    #[test]
    fn numbers_strings_and_nested_values_are_kept_as_written() {
        let recs = records(
            br#"{"big": 123456789012345678901234567890, "f": 1.10, "huge": 1e400, "s": "caf\u00e9\/", "n": [1 , {"a" :2}], "d": "x"}"#,
        );
        assert_eq!(
            fields(&recs[0]),
            [
                ("\"big\"", "123456789012345678901234567890"),
                ("\"f\"", "1.10"),
                ("\"huge\"", "1e400"),
                ("\"s\"", r#""caf\u00e9\/""#),
                ("\"n\"", r#"[1 , {"a" :2}]"#),
                ("\"d\"", "\"x\""),
            ]
        );
        assert_eq!(text_of(&recs[0], "d", None).unwrap(), "x");
    }

    #[test]
    fn a_duplicate_json_key_is_kept() {
        let recs = records(b"{\"id\": 1, \"id\": 2, \"d\": \"x\"}\n{\"d\": \"x\", \"d\": \"y\"}\n");
        assert_eq!(
            fields(&recs[0]),
            [("\"id\"", "1"), ("\"id\"", "2"), ("\"d\"", "\"x\"")]
        );
        assert_eq!(text_of(&recs[0], "d", None).unwrap(), "x");
        assert_eq!(
            text_of(&recs[1], "d", None).unwrap_err(),
            "text field: duplicate key \"d\""
        );
    }

    #[test]
    fn a_latin1_byte_is_an_error_row_that_names_its_byte() {
        let recs = records(b"{\"d\": \"ok\"}\n{\"d\": \"caf\xe9\"}\n");
        assert_eq!(
            text_of(&recs[1], "d", None).unwrap_err(),
            "line 2 is not valid UTF-8 at byte 11 of the line (counting from 1; 0xE9): \
             convert the file to UTF-8, e.g. with iconv -f LATIN1 -t UTF-8"
        );
    }

    #[test]
    fn a_utf8_bom_before_the_first_line_is_skipped() {
        let recs = records(b"\xef\xbb\xbf{\"d\": \"x\"}\n");
        assert_eq!(fields(&recs[0]), [("\"d\"", "\"x\"")]);
    }

    #[test]
    fn a_utf16_file_is_refused_with_how_to_convert_it() {
        let mut input = JsonlInput::from_reader(
            Box::new(&b"\xff\xfe{\0\"\0d\0\"\0:\x001\x00}\0\n\0"[..]),
            None,
            "t.jsonl".into(),
        );
        let e = input.read().unwrap_err().to_string();
        assert!(
            e.starts_with("t.jsonl is UTF-16 text, not UTF-8")
                && e.contains("iconv -f UTF-16 -t UTF-8"),
            "{e}"
        );
        // A NUL later in the first line is that line's problem only.
        let why = text_of(&records(b"{\"d\": \"\0\"}\n")[0], "d", None).unwrap_err();
        assert!(why.starts_with("line 1 is not JSON ("), "{why}");
    }
}
