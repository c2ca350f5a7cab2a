//! Data in: labels and their spellings, CSV files with named columns, and the
//! checks every text passes before it reaches the model.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::rc::Rc;

use crate::error::{Error, Result};

/// The roles jobclass tells apart, in the order scores are reported.
pub const ROLES: [&str; 3] = ["devops", "sre", "platform"];
/// The label for a posting that is none of the three roles.
pub const OTHER: &str = "other";
/// A training label for text that every posting carries whatever the job
/// (benefits, legal notices, company introductions). The classifier uses it
/// to ignore such segments and never predicts it for a posting.
pub const BOILERPLATE: &str = "boilerplate";
/// A training label for duties all three roles share (containers, Kubernetes,
/// cloud resources, infrastructure as code, scripting). Like `boilerplate`,
/// the classifier never predicts it; it sets such segments aside when it
/// weighs the roles, because they do not tell the roles apart.
pub const SHARED: &str = "shared";
/// The training labels a posting never gets: segments the head gives them are
/// set aside ([`BOILERPLATE`], [`SHARED`]).
pub const SET_ASIDE: [&str; 2] = [SHARED, BOILERPLATE];

/// Maps a label as people write it to its canonical name: `devops`, `sre`,
/// `platform` or `other` (and `shared` and `boilerplate`, labels for training examples). Case, punctuation and a trailing "engineer",
/// "engineering" or "engineers" do not matter, so `DevOps`, `Dev-Ops
/// Engineer`, `SRE`, `Site Reliability Engineering` and `Platform Engineering`
/// are all understood. Returns `None` for anything else.
pub fn parse_label(raw: &str) -> Option<&'static str> {
    let cleaned: String = raw
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if matches!(
        words.last(),
        Some(&("engineer" | "engineering" | "engineers"))
    ) && words.len() > 1
    {
        words.pop();
    }
    match words.join(" ").as_str() {
        "devops" | "dev ops" => Some("devops"),
        "sre" | "sres" | "site reliability" => Some("sre"),
        "platform" | "platforms" => Some("platform"),
        "other" | "none" => Some(OTHER),
        "boilerplate" => Some(BOILERPLATE),
        "shared" => Some(SHARED),
        _ => None,
    }
}

/// Why a text cannot be classified, or `None` if it can.
pub fn text_problem(text: &str) -> Option<&'static str> {
    if text.chars().all(|c| c.is_whitespace() || c.is_control()) {
        Some("empty text")
    } else {
        None
    }
}

/// Decodes bytes as UTF-8, or says where the first invalid byte is (1-based
/// line and byte offset).
pub fn decode_utf8(bytes: &[u8]) -> std::result::Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("invalid UTF-8 at byte {at} (line {line})")
    })
}

/// Joins a title and a body into the text that is embedded.
pub fn compose(title: Option<&str>, body: &str) -> String {
    match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => format!("{t}\n{body}"),
        None => body.to_string(),
    }
}

/// Options for reading a CSV file.
#[derive(Debug, Clone, Copy)]
pub struct CsvOptions {
    /// Field delimiter (`,` by default, `\t` for TSV).
    pub delimiter: u8,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions { delimiter: b',' }
    }
}

/// Where a quoted field that the input never closes begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Unclosed {
    /// Byte offset of its opening quote.
    byte: u64,
    /// 1-based line of its opening quote.
    line: u64,
}

/// Quote states of the CSV grammar the `csv` crate reads by default (quote
/// `"`, a quote inside a quoted field written twice, `\r` or `\n` ends a record).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteState {
    /// At the start of a field.
    FieldStart,
    /// In a field that did not start with a quote (a quote there is text).
    Unquoted,
    /// In a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: it closes the field unless
    /// another quote follows.
    QuoteInQuoted,
}

/// Passes the bytes through while following the quotes, so that a quoted
/// field the input never closes can be reported. The `csv` crate accepts one
/// silently: it reads everything after the opening quote, every later line of
/// the file, into that field, and the rows on those lines vanish.
struct QuoteWatch<R> {
    inner: R,
    delimiter: u8,
    state: QuoteState,
    byte: u64,
    line: u64,
    opened: Unclosed,
    at_end: Rc<Cell<Option<Unclosed>>>,
}

/// The byte order mark the `csv` crate skips at the start of the input.
const BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

impl<R: Read> Read for QuoteWatch<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && !buf.is_empty() {
            if self.state == QuoteState::Quoted {
                self.at_end.set(Some(self.opened));
            }
            return Ok(0);
        }
        for &b in &buf[..n] {
            let in_bom = self.byte < 3 && b == BOM[self.byte as usize];
            self.state = match (self.state, b) {
                (QuoteState::FieldStart, _) if in_bom => QuoteState::FieldStart,
                (QuoteState::FieldStart, b'"') => {
                    self.opened = Unclosed {
                        byte: self.byte,
                        line: self.line,
                    };
                    QuoteState::Quoted
                }
                (QuoteState::Quoted, b'"') => QuoteState::QuoteInQuoted,
                (QuoteState::Quoted, _) => QuoteState::Quoted,
                (QuoteState::QuoteInQuoted, b'"') => QuoteState::Quoted,
                (_, b'\r' | b'\n') => QuoteState::FieldStart,
                (_, d) if d == self.delimiter => QuoteState::FieldStart,
                _ => QuoteState::Unquoted,
            };
            self.byte += 1;
            if b == b'\n' {
                self.line += 1;
            }
        }
        Ok(n)
    }
}

/// The quote the input never closes, if it opened within bytes `start..end`
/// (the span of one record).
fn opened_between(unclosed: &Cell<Option<Unclosed>>, start: u64, end: u64) -> Option<Unclosed> {
    unclosed.get().filter(|u| (start..end).contains(&u.byte))
}

/// A CSV source with a header row. Reads byte records, so a field that is not
/// valid UTF-8 is reported for its row instead of stopping the file.
pub struct CsvInput {
    reader: csv::Reader<Box<dyn Read>>,
    headers: csv::ByteRecord,
    /// Length of the input in bytes, when it is a file (for progress).
    pub len: Option<u64>,
    name: String,
    unclosed: Rc<Cell<Option<Unclosed>>>,
}

impl CsvInput {
    /// Opens a path, or standard input for `-`.
    pub fn open(path: &str, opts: CsvOptions) -> Result<CsvInput> {
        let (src, len, name): (Box<dyn Read>, Option<u64>, String) = if path == "-" {
            (Box::new(io::stdin().lock()), None, "standard input".into())
        } else {
            let f =
                File::open(path).map_err(|e| Error::Input(format!("cannot open {path}: {e}")))?;
            if f.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(Error::Input(format!("{path} is a folder, not a CSV file")));
            }
            let len = f.metadata().ok().map(|m| m.len());
            (
                Box::new(io::BufReader::with_capacity(1 << 16, f)),
                len,
                path.to_string(),
            )
        };
        Self::from_reader(src, opts, len, name)
    }

    /// Wraps any reader.
    pub fn from_reader(
        src: Box<dyn Read>,
        opts: CsvOptions,
        len: Option<u64>,
        name: String,
    ) -> Result<CsvInput> {
        let unclosed = Rc::new(Cell::new(None));
        let watch = QuoteWatch {
            inner: src,
            delimiter: opts.delimiter,
            state: QuoteState::FieldStart,
            byte: 0,
            line: 1,
            opened: Unclosed { byte: 0, line: 1 },
            at_end: Rc::clone(&unclosed),
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(opts.delimiter)
            .flexible(true)
            .has_headers(true)
            .from_reader(Box::new(watch) as Box<dyn Read>);
        let headers = reader.byte_headers()?.clone();
        if let Some(u) = opened_between(&unclosed, 0, reader.position().byte()) {
            return Err(Error::Input(format!(
                "{name}: the header row's quoted field that starts on line {} is never closed",
                u.line
            )));
        }
        if headers.is_empty() || (headers.len() == 1 && headers[0].is_empty()) {
            return Err(Error::Input(format!(
                "{name} is empty: expected a header row"
            )));
        }
        Ok(CsvInput {
            reader,
            headers,
            len,
            name,
            unclosed,
        })
    }

    /// The header row.
    pub fn headers(&self) -> &csv::ByteRecord {
        &self.headers
    }

    /// The index of the first column named `name` (exact match, then
    /// case-insensitive); the error lists the columns that exist.
    pub fn column(&self, name: &str) -> Result<usize> {
        let names: Vec<String> = self
            .headers
            .iter()
            .map(|h| String::from_utf8_lossy(h).into_owned())
            .collect();
        names
            .iter()
            .position(|h| h == name)
            .or_else(|| names.iter().position(|h| h.eq_ignore_ascii_case(name)))
            .ok_or_else(|| {
                Error::Input(format!(
                    "{} has no column {name:?}; its columns are: {}",
                    self.name,
                    names
                        .iter()
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })
    }

    /// Reads the next record into `rec`; false at the end.
    pub fn read(&mut self, rec: &mut csv::ByteRecord) -> Result<bool> {
        Ok(self.reader.read_byte_record(rec)?)
    }

    /// What is wrong with the record just read, if it is the one that holds a
    /// quoted field the input never closes: such a record swallowed every
    /// line after that quote, so its fields are not the row that was meant.
    pub fn record_problem(&self, rec: &csv::ByteRecord) -> Option<String> {
        let start = rec.position().map_or(0, |p| p.byte());
        let u = opened_between(&self.unclosed, start, self.reader.position().byte())?;
        Some(format!(
            "the quoted field that starts on line {} is never closed, so this row holds \
             every line after it (a quote inside a quoted field is written twice: \"\")",
            u.line
        ))
    }

    /// Bytes read so far.
    pub fn position(&self) -> u64 {
        self.reader.position().byte()
    }

    /// The input's name for messages.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// A field of a record as text: `Ok("")` when the row is too short to have it,
/// an error message when it is not UTF-8.
pub fn field(rec: &csv::ByteRecord, i: usize) -> std::result::Result<&str, String> {
    match rec.get(i) {
        None => Ok(""),
        Some(b) => decode_utf8(b),
    }
}

/// One labeled text read from a file.
#[derive(Debug, Clone)]
pub struct Labeled {
    /// The text (title and body joined).
    pub text: String,
    /// Canonical label.
    pub label: &'static str,
}

/// Reads every row of a labeled CSV file. Unlike batch labelling, a bad row is
/// an error here: training and evaluation need every label to be right.
pub fn read_labeled(
    path: &str,
    text_col: &str,
    label_col: &str,
    title_col: Option<&str>,
    opts: CsvOptions,
) -> Result<Vec<Labeled>> {
    let mut input = CsvInput::open(path, opts)?;
    let ti = input.column(text_col)?;
    let li = input.column(label_col)?;
    let hi = title_col.map(|c| input.column(c)).transpose()?;
    let mut rec = csv::ByteRecord::new();
    let mut out = Vec::new();
    let mut row = 0u64;
    while input.read(&mut rec)? {
        row += 1;
        let bad = |what: String| Error::Input(format!("{}: row {row}: {what}", input.name()));
        if let Some(p) = input.record_problem(&rec) {
            return Err(bad(p));
        }
        let text = field(&rec, ti).map_err(&bad)?;
        let raw_label = field(&rec, li).map_err(&bad)?;
        let title = hi.map(|h| field(&rec, h)).transpose().map_err(&bad)?;
        let label = parse_label(raw_label).ok_or_else(|| Error::UnknownLabel {
            value: raw_label.to_string(),
            row: Some(row),
            expected: "devops, sre, platform, other (any case; \"Site Reliability Engineering\", \"Platform Engineering\" etc. also work)".into(),
        })?;
        let text = compose(title, text);
        if let Some(p) = text_problem(&text) {
            return Err(bad(p.to_string()));
        }
        out.push(Labeled { text, label });
    }
    if out.is_empty() {
        return Err(Error::Input(format!(
            "{} has a header but no rows",
            input.name()
        )));
    }
    Ok(out)
}

/// sha256 of a file's bytes (for provenance in head files).
pub fn file_sha256(path: &Path) -> Result<String> {
    crate::fetch::sha256_file(path)
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_spellings() {
        for (raw, want) in [
            ("DevOps", "devops"),
            ("devops engineer", "devops"),
            ("Dev-Ops", "devops"),
            ("SRE", "sre"),
            ("Site Reliability Engineering", "sre"),
            ("site reliability engineer", "sre"),
            ("Platform Engineering", "platform"),
            (" platform ", "platform"),
            ("OTHER", "other"),
        ] {
            assert_eq!(parse_label(raw), Some(want), "{raw}");
        }
        for raw in [
            "",
            "engineer",
            "backend",
            "devops sre",
            "platforms engineering team",
        ] {
            assert_eq!(parse_label(raw), None, "{raw}");
        }
    }

    #[test]
    fn empty_and_control_only_text_is_a_problem() {
        assert_eq!(text_problem("  \n\t"), Some("empty text"));
        assert_eq!(text_problem("\0\u{1}"), Some("empty text"));
        assert_eq!(text_problem("x"), None);
    }

    #[test]
    fn invalid_utf8_names_line_and_byte() {
        let e = decode_utf8(b"ok\nfine\nbad \xff here").unwrap_err();
        assert_eq!(e, "invalid UTF-8 at byte 12 (line 3)");
    }

    #[test]
    fn missing_column_lists_existing_ones() {
        let input = CsvInput::from_reader(
            Box::new(&b"a,b\n1,2\n"[..]),
            CsvOptions::default(),
            None,
            "t.csv".into(),
        )
        .unwrap();
        let e = input.column("text").unwrap_err().to_string();
        assert!(e.contains("\"a\", \"b\""), "{e}");
        assert_eq!(input.column("B").unwrap(), 1);
    }

    /// Hands out one byte per read, so the quote tracking is tested across
    /// every possible buffer boundary.
    struct ByteByByte(&'static [u8]);

    impl Read for ByteByByte {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match (self.0.split_first(), buf.is_empty()) {
                (Some((&b, rest)), false) => {
                    buf[0] = b;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    /// Each record's problem, read through `CsvInput`.
    fn problems(bytes: &'static [u8], delimiter: u8) -> Vec<Option<String>> {
        let mut input = CsvInput::from_reader(
            Box::new(ByteByByte(bytes)),
            CsvOptions { delimiter },
            None,
            "t.csv".into(),
        )
        .unwrap();
        let mut rec = csv::ByteRecord::new();
        let mut out = Vec::new();
        while input.read(&mut rec).unwrap() {
            out.push(input.record_problem(&rec));
        }
        out
    }

    #[test]
    fn a_quote_never_closed_is_the_problem_of_the_row_that_swallowed_the_rest() {
        let p = problems(
            b"id,text\n1,\"fine\"\n2,\"never closed\n3,lost\n4,lost\n",
            b',',
        );
        assert_eq!(p.len(), 2, "the csv crate reads rows 3 and 4 into row 2");
        assert_eq!(p[0], None);
        let msg = p[1].as_deref().unwrap();
        assert!(msg.contains("starts on line 3 is never closed"), "{msg}");
        // Tab-separated, the quote opening the last field of the header's line.
        let p = problems(b"id\ttext\n1\t\"a\tb\n", b'\t');
        assert!(p[0].as_deref().unwrap().contains("line 2"), "{p:?}");
    }

    #[test]
    fn closed_quotes_are_not_a_problem() {
        let p = problems(
            b"\xef\xbb\xbf\"id\",\"text\"\r\n\
              1,\"two\nlines, \"\"quoted\"\" and a comma\"\r\n\
              2,a 27\" screen\n\
              3,\"\"\n\
              4,\"closed at the very end of a line\"\n\
              5,\"ends with \"\"a quote\"\",\"",
            b',',
        );
        assert_eq!(p, vec![None; 5]);
    }

    #[test]
    fn a_header_with_a_quote_never_closed_is_an_error() {
        for bytes in [&b"id,\"text\n1,x\n"[..], b"\xef\xbb\xbf\"id,text\n1,x\n"] {
            let e =
                CsvInput::from_reader(Box::new(bytes), CsvOptions::default(), None, "t.csv".into())
                    .err()
                    .unwrap()
                    .to_string();
            assert!(e.contains("header row") && e.contains("line 1"), "{e}");
        }
    }

    #[test]
    fn bom_is_not_part_of_the_first_header() {
        let input = CsvInput::from_reader(
            Box::new(&b"\xef\xbb\xbftext,label\r\nx,y\r\n"[..]),
            CsvOptions::default(),
            None,
            "t.csv".into(),
        )
        .unwrap();
        assert_eq!(input.column("text").unwrap(), 0);
    }
}
