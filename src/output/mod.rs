//! Writing what batch labelling made, and nothing else: the columns it adds
//! ([`columns`], their one schema), a sink per format that writes each
//! record back in the format it was read in ([`csv`], [`jsonl`],
//! [`parquet`]), and a prediction as `classify` prints it ([`prediction`]).
//!
//! This is the lowest layer that knows both halves of a format, so the
//! formats are listed here, once ([`AnyInput::open`] and [`read_labeled`]
//! go through that list). A new format is:
//! - a reader, `io/<format>.rs` (see [`crate::io`]);
//! - a sink here, `output/<format>.rs`: a type that implements
//!   [`Sink`] for the reader's records, and [`WriteBack`] for the reader,
//!   which makes that sink for an input;
//! - a [`Format`] variant, with its names in [`Format::names`] and its place
//!   in [`Format::ALL`];
//! - one match arm in `with_format` in this file, naming the reader for the
//!   variant.

pub mod columns;
pub mod csv;
pub mod jsonl;
pub mod parquet;
pub mod prediction;

use std::io::Write;

use crate::disk::name::Format;
use crate::error::{Error, Result};
use crate::io::labeled::{self, Labeled};
use crate::io::source::{Chunk, LeftOut, Source};
use crate::io::{ReadOptions, Reader};
use crate::labels::LabelSet;
use crate::pipeline::batch::{self, BatchOptions, Progress, Sink, Summary};
use crate::pipeline::prediction::Predict;

/// How a format's records are written back: each sink file implements it
/// for its format's reader.
pub trait WriteBack: Reader {
    /// The sink that writes the records back.
    type Sink<W: Write>: Sink<Self::Record>;

    /// A sink that writes records of this input to `out`, with the columns
    /// added for `labels` (and `evidence`); what comes first (a header) is
    /// written now.
    fn sink<W: Write>(&self, out: W, labels: &[String], evidence: bool) -> Result<Self::Sink<W>>;
}

/// Something done with one format's reader, and through [`WriteBack`] its
/// sink, whichever format it is.
trait WithFormat {
    /// What it gives.
    type Output;
    /// Does it with the reader `R`.
    fn with<R: WriteBack + 'static>(self) -> Self::Output;
}

/// The formats: each [`Format`] with its reader (whose [`WriteBack`] names
/// its sink). The one place a format is named with the code that reads and
/// writes it.
fn with_format<T: WithFormat>(format: Format, then: T) -> T::Output {
    match format {
        Format::Csv => then.with::<crate::io::csv::CsvSource>(),
        Format::Jsonl => then.with::<crate::io::jsonl::JsonlSource>(),
        Format::Parquet => then.with::<crate::io::parquet::ParquetSource>(),
    }
}

/// An input of any format, open, its text (and title) column found: read
/// for its texts ([`AnyInput::for_each_chunk`]), or labeled and written back
/// in its own format ([`AnyInput::label`]).
pub struct AnyInput(Box<dyn Opened>);

impl AnyInput {
    /// Opens a path, or standard input for `-`, as `opts` says, calling it
    /// `shown` in messages (a spooled copy is named as the input it copies).
    pub fn open(path: &str, shown: &str, opts: &ReadOptions) -> Result<AnyInput> {
        struct Open<'a>(&'a str, &'a str, &'a ReadOptions);
        impl WithFormat for Open<'_> {
            type Output = Result<AnyInput>;
            fn with<R: WriteBack + 'static>(self) -> Result<AnyInput> {
                Ok(AnyInput(Box::new(R::open(self.0, self.1, self.2)?)))
            }
        }
        with_format(opts.format, Open(path, shown, opts))
    }

    /// The input's length in bytes, when it is a file.
    pub fn total_bytes(&self) -> Option<u64> {
        self.0.total_bytes()
    }

    /// Reads every record's text in order, in groups
    /// ([`Source::for_each_chunk`]).
    pub fn for_each_chunk(
        self,
        max_texts: usize,
        max_bytes: usize,
        f: &mut dyn FnMut(Chunk) -> Result<()>,
    ) -> Result<LeftOut> {
        self.0.for_each_chunk(max_texts, max_bytes, f)
    }

    /// Labels every record with `classifier` ([`batch::run`]) and writes it
    /// back to `out` in the input's format, the columns added with
    /// `evidence` or without, reporting `progress` after each group of rows.
    pub fn label(
        self,
        out: &mut dyn Write,
        classifier: &dyn Predict,
        evidence: bool,
        options: &BatchOptions,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Summary> {
        self.0.label(out, classifier, evidence, options, progress)
    }
}

/// [`AnyInput`]'s reader, whichever its format.
trait Opened {
    fn total_bytes(&self) -> Option<u64>;
    fn for_each_chunk(
        self: Box<Self>,
        max_texts: usize,
        max_bytes: usize,
        f: &mut dyn FnMut(Chunk) -> Result<()>,
    ) -> Result<LeftOut>;
    fn label(
        self: Box<Self>,
        out: &mut dyn Write,
        classifier: &dyn Predict,
        evidence: bool,
        options: &BatchOptions,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Summary>;
}

impl<R: WriteBack> Opened for R {
    fn total_bytes(&self) -> Option<u64> {
        Source::total_bytes(self)
    }

    fn for_each_chunk(
        self: Box<Self>,
        max_texts: usize,
        max_bytes: usize,
        f: &mut dyn FnMut(Chunk) -> Result<()>,
    ) -> Result<LeftOut> {
        Source::for_each_chunk(*self, max_texts, max_bytes, f)
    }

    fn label(
        self: Box<Self>,
        out: &mut dyn Write,
        classifier: &dyn Predict,
        evidence: bool,
        options: &BatchOptions,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Summary> {
        let sink = self.sink(out, classifier.labels(), evidence)?;
        batch::run(classifier, *self, sink, options, progress)
    }
}

/// Reads every record of a labeled file of any format (a path, or `-` for
/// standard input), its labels those of `labels` and in the column (field)
/// `label` ([`labeled::read`]).
pub fn read_labeled(
    path: &str,
    opts: &ReadOptions,
    label: &str,
    labels: LabelSet,
) -> Result<Vec<Labeled>> {
    struct ReadLabeled<'a>(&'a str, &'a ReadOptions, &'a str, LabelSet);
    impl WithFormat for ReadLabeled<'_> {
        type Output = Result<Vec<Labeled>>;
        fn with<R: WriteBack + 'static>(self) -> Result<Vec<Labeled>> {
            labeled::read(R::open_labeled(self.0, self.1, self.2)?, self.3)
        }
    }
    with_format(opts.format, ReadLabeled(path, opts, label, labels))
}

/// An error writing the output; the command names the output
/// ([`crate::disk::atomic::name_output`]).
fn output_error(e: std::io::Error) -> Error {
    Error::write("cannot write the output", e)
}
