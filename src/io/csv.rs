//! The CSV reader: a file or standard input with a header row, read as byte
//! records so a field that is not UTF-8 is its row's problem, not the file's;
//! quoted fields never closed are found; the row-to-text step every command
//! shares; the rows as a [`Source`] for batch labelling ([`CsvSource`]); and
//! the labeled rows for training and evaluation ([`CsvLabeled`]).

use std::cell::Cell;
use std::fs::File;
use std::io::{self, Read};
use std::rc::Rc;

use super::labeled::LabeledRecords;
use super::source::{RecordText, Source};
use super::{ReadOptions, Reader};
use crate::error::{Error, Result};
use crate::text::{UTF8_BOM, binary_format_problem, decode_utf8, posting_text, utf16_problem};

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
            // The `csv` crate skips a byte order mark at the start of the input.
            let in_bom = self.byte < 3 && b == UTF8_BOM[self.byte as usize];
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
    delimiter: u8,
}

impl CsvInput {
    /// Opens a path, or standard input for `-`.
    pub fn open(path: &str, opts: CsvOptions) -> Result<CsvInput> {
        Self::open_as(path, path, opts)
    }

    /// Opens a path, or standard input for `-`, calling it `shown` in
    /// messages (a spooled copy is named as the input it copies).
    pub fn open_as(path: &str, shown: &str, opts: CsvOptions) -> Result<CsvInput> {
        let (src, len, name): (Box<dyn Read>, Option<u64>, String) = if path == "-" {
            (Box::new(io::stdin().lock()), None, "standard input".into())
        } else {
            let f =
                File::open(path).map_err(|e| Error::Input(format!("cannot open {shown}: {e}")))?;
            if f.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(Error::Input(format!("{shown} is a folder, not a CSV file")));
            }
            let len = f.metadata().ok().map(|m| m.len());
            (
                Box::new(io::BufReader::with_capacity(1 << 16, f)),
                len,
                shown.to_string(),
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
        // First: in a Parquet file or UTF-16 text every other problem is one
        // of the format or the encoding.
        if let Some(p) = binary_format_problem(headers.as_slice(), "CSV")
            .or_else(|| utf16_problem(headers.as_slice()))
        {
            return Err(Error::Input(format!("{name} {p}")));
        }
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
            delimiter: opts.delimiter,
        })
    }

    /// The header row.
    pub fn headers(&self) -> &csv::ByteRecord {
        &self.headers
    }

    /// The index of the first column named `name` (exact match, then
    /// case-insensitive); the error lists the columns that exist, and says so
    /// when the header row is not UTF-8 text.
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
                let encoding = self
                    .headers
                    .iter()
                    .enumerate()
                    .find_map(|(i, h)| Some((i + 1, decode_utf8(h).err()?)))
                    .map(|(i, e)| {
                        format!(
                            " (the name of column {i} is not UTF-8 text: {e}; convert the file \
                             to UTF-8, e.g. with `iconv -f LATIN1 -t UTF-8 FILE > FILE.utf8`)"
                        )
                    })
                    .unwrap_or_default();
                Error::Input(format!(
                    "{} has no column {name:?}; its columns are: {}{encoding}",
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

    /// The field delimiter it is read with.
    pub fn delimiter(&self) -> u8 {
        self.delimiter
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

/// Where a posting is in a record: its text column and, when given, its
/// title column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextColumns {
    /// Index of the text column.
    pub text: usize,
    /// Index of the title column.
    pub title: Option<usize>,
}

impl TextColumns {
    /// Finds the named columns in `input`'s header (see [`CsvInput::column`]).
    pub fn find(input: &CsvInput, text: &str, title: Option<&str>) -> Result<TextColumns> {
        Ok(TextColumns {
            text: input.column(text)?,
            title: title.map(|c| input.column(c)).transpose()?,
        })
    }

    /// The text to classify of a record: the title and the body joined
    /// ([`compose`](crate::text::compose)), or why there is none (a column that is not UTF-8, an
    /// empty text). Batch labelling, evaluation and training all read a row
    /// through this.
    pub fn text_of(&self, rec: &csv::ByteRecord) -> std::result::Result<String, String> {
        let body = field(rec, self.text).map_err(|e| format!("text column: {e}"))?;
        let title = self
            .title
            .map(|h| field(rec, h))
            .transpose()
            .map_err(|e| format!("title column: {e}"))?;
        posting_text(title, body)
    }
}

/// The rows of a CSV input for batch labelling, each as wide as its header:
/// a short row is padded with empty fields, a long one cut (and an error).
pub struct CsvSource {
    input: CsvInput,
    columns: TextColumns,
    width: usize,
    rec: csv::ByteRecord,
}

impl CsvSource {
    /// Finds the text (and title) column in `input`'s header.
    pub fn new(input: CsvInput, text: &str, title: Option<&str>) -> Result<CsvSource> {
        let columns = TextColumns::find(&input, text, title)?;
        let width = input.headers().len();
        Ok(CsvSource {
            input,
            columns,
            width,
            rec: csv::ByteRecord::new(),
        })
    }

    /// The header row.
    pub fn headers(&self) -> &csv::ByteRecord {
        self.input.headers()
    }

    /// The field delimiter it is read with (and its rows written back with).
    pub fn delimiter(&self) -> u8 {
        self.input.delimiter()
    }
}

impl Reader for CsvSource {
    type Labeled = CsvLabeled;

    fn open(path: &str, shown: &str, opts: &ReadOptions) -> Result<CsvSource> {
        let input = CsvInput::open_as(path, shown, opts.csv_options())?;
        CsvSource::new(input, &opts.text, opts.title.as_deref())
    }

    fn open_labeled(path: &str, opts: &ReadOptions, label: &str) -> Result<CsvLabeled> {
        let input = CsvInput::open(path, opts.csv_options())?;
        CsvLabeled::new(input, &opts.text, label, opts.title.as_deref())
    }
}

impl Source for CsvSource {
    type Record = csv::ByteRecord;

    fn next_record(&mut self) -> Result<Option<(csv::ByteRecord, RecordText)>> {
        if !self.input.read(&mut self.rec)? {
            return Ok(None);
        }
        let rec = &self.rec;
        let width = self.width;
        let text = match self.input.record_problem(rec) {
            Some(problem) => Err(problem),
            None if rec.len() > width => Err(format!(
                "row has {} fields but the header has {width}; the extra fields are not in the output",
                rec.len()
            )),
            None => self.columns.text_of(rec),
        };
        let mut fields = csv::ByteRecord::with_capacity(rec.as_slice().len(), width);
        for i in 0..width {
            fields.push_field(rec.get(i).unwrap_or(b""));
        }
        Ok(Some((fields, text)))
    }

    fn bytes_read(&self) -> u64 {
        self.input.position()
    }

    fn total_bytes(&self) -> Option<u64> {
        self.input.len
    }
}

/// The rows of a labeled CSV input: each one's label and text.
pub struct CsvLabeled {
    input: CsvInput,
    columns: TextColumns,
    label: usize,
    rec: csv::ByteRecord,
}

impl CsvLabeled {
    /// Finds the text, label (and title) columns in `input`'s header,
    /// refusing a label column that is also the text or title column (names
    /// are matched loosely, so two names can be one column): its labels
    /// would be read as postings, or joined to them.
    pub fn new(
        input: CsvInput,
        text_col: &str,
        label_col: &str,
        title_col: Option<&str>,
    ) -> Result<CsvLabeled> {
        let columns = TextColumns::find(&input, text_col, title_col)?;
        let label = input.column(label_col)?;
        for (flag, i) in [
            ("--text-column", Some(columns.text)),
            ("--title-column", columns.title),
        ] {
            if i == Some(label) {
                let name = String::from_utf8_lossy(&input.headers()[label]);
                return Err(Error::Input(format!(
                    "--label-column and {flag} both name the column {name:?}: \
                     the labels must be in a column of their own"
                )));
            }
        }
        Ok(CsvLabeled {
            input,
            columns,
            label,
            rec: csv::ByteRecord::new(),
        })
    }
}

impl LabeledRecords for CsvLabeled {
    const RECORD: &'static str = "row";
    const EMPTY: &'static str = "has a header but no rows";

    fn name(&self) -> &str {
        self.input.name()
    }

    fn next_labeled(&mut self) -> Result<Option<(RecordText, RecordText)>> {
        if !self.input.read(&mut self.rec)? {
            return Ok(None);
        }
        let rec = &self.rec;
        if let Some(p) = self.input.record_problem(rec) {
            return Ok(Some((Err(p.clone()), Err(p))));
        }
        let label = field(rec, self.label)
            .map(str::to_string)
            .map_err(|e| format!("label column: {e}"));
        Ok(Some((label, self.columns.text_of(rec))))
    }
}

#[cfg(test)]
mod tests;
