//! What the command handlers share: how a command ends, loading the model
//! and the classifier, reading one posting from standard input.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use jobclass::disk::atomic::{
    InputFile, OutputFile, name_output, refuse_stdout_inputs, write_buffered,
};
use jobclass::disk::name::{Written, refuse_another_format};
use jobclass::error::Error;
use jobclass::model::adapter::Adapter;
use jobclass::model::adapter::EncoderChoice;
use jobclass::model::embed::{Embedder, EmbedderConfig};
use jobclass::model::files;
use jobclass::model::precision::Precision;
use jobclass::pipeline::classifier::Classifier;
use jobclass::pipeline::config::ClassifierConfig;

use super::args::{ClassifyOpts, Global};
use super::terminal;

/// How a command that ran to its end ended (`main` maps it to an exit
/// code); a command that failed returns its error instead.
pub enum RunStatus {
    /// Everything done.
    Success,
    /// `batch --strict` found rows it could not classify.
    RowsFailed,
}

pub fn model_dir(g: &Global) -> PathBuf {
    g.model_dir.clone().unwrap_or_else(files::default_model_dir)
}

/// Loads the model, with `adapter` merged in; `default` is the command's own
/// precision when `--precision` is not given.
pub fn load_embedder(
    g: &Global,
    default: Precision,
    adapter: Option<&Adapter>,
) -> Result<Embedder> {
    let files = files::ensure_model(&model_dir(g), true)?;
    let config = EmbedderConfig {
        backend: g.backend,
        precision: g.precision.unwrap_or(default),
        adapter,
        batch_size: g.model_batch,
        cache: false,
    };
    Ok(Embedder::load(&files, &config)?)
}

/// The classifier the flags describe.
pub fn load_classifier(g: &Global, opts: &ClassifyOpts) -> Result<Classifier> {
    // The head and adapter first: a bad head file should fail before a model
    // fetch.
    let prepared = classifier_config(g, opts).prepare()?;
    let files = files::ensure_model(&model_dir(g), true)?;
    Ok(prepared.load(&files)?)
}

/// The settings of the classifier the flags describe.
pub fn classifier_config(g: &Global, opts: &ClassifyOpts) -> ClassifierConfig {
    ClassifierConfig {
        head: opts.head.clone(),
        encoder: opts.encoder.clone(),
        precision: g.precision.unwrap_or(Precision::LABELLING_DEFAULT),
        pooling: opts.pooling,
        mentions: !opts.no_mentions,
        embed_all: opts.embed_all,
        segment_cache: !opts.no_segment_cache,
        backend: g.backend,
        model_batch: g.model_batch,
        feed_model: opts.feed_model.clone(),
        feed_weight: opts.feed_weight,
        role_share: opts.role_share.unwrap_or_default(),
    }
}

/// The files a classifying command reads besides its input: `--head`, an
/// adapter file given as `--encoder`, and `--feed-model`.
pub fn classifier_inputs(opts: &ClassifyOpts) -> Vec<InputFile<'_>> {
    let mut inputs = Vec::new();
    if let Some(head) = &opts.head {
        inputs.push(InputFile::Path(head));
    }
    if let EncoderChoice::File(adapter) = &opts.encoder {
        inputs.push(InputFile::Path(adapter));
    }
    if let Some(feed) = &opts.feed_model {
        inputs.push(InputFile::Path(feed));
    }
    inputs
}

/// What an output flag writes, for the one rule of every output
/// ([`check_output`]).
pub struct OutputRule<'a> {
    /// The flag, for messages: `-o`, `--report`.
    pub flag: &'a str,
    /// The format written.
    pub written: Written,
    /// What the command writes, for the refusal of a name that tells another
    /// format: `train writes the head as JSON`.
    pub writes: String,
    /// Added to that refusal.
    pub hint: String,
}

impl OutputRule<'_> {
    /// `flag` writes `what` in the format `written`.
    pub fn new<'a>(flag: &'a str, written: Written, writes: impl Into<String>) -> OutputRule<'a> {
        OutputRule {
            flag,
            written,
            writes: writes.into(),
            hint: String::new(),
        }
    }
}

/// An output named on the command line, checked: standard output (`-`) or a
/// file.
#[derive(Debug)]
pub enum Output {
    Stdout,
    File(OutputFile),
}

/// Checks an output given on the command line before any work, the same way
/// for every command: `-` (or `/dev/stdout`, `/proc/self/fd/1`) is standard
/// output, which must be open, not a terminal for a binary format, and none
/// of `inputs` when it is a file or a FIFO; a file's name must not tell
/// another format than the one written (exit 2), and it must be writable and
/// none of `inputs` ([`OutputFile::check`]); a terminal named by path is
/// refused a binary format as standard output is.
pub fn check_output(path: &Path, rule: &OutputRule, inputs: &[InputFile]) -> Result<Output> {
    if path != Path::new("-") {
        refuse_another_format(rule.flag, path, rule.written, &rule.writes, &rule.hint)?;
        let file = OutputFile::check(path, inputs)?;
        if !file.is_standard_output() {
            if file.is_terminal() && rule.written.is_binary() {
                return Err(terminal::binary_on_terminal(rule.flag, rule.written.title()).into());
            }
            return Ok(Output::File(file));
        }
    }
    terminal::require_stdout()?;
    if rule.written.is_binary() {
        terminal::refuse_binary_on_terminal(rule.flag, rule.written.title())?;
    }
    refuse_stdout_inputs(inputs)?;
    Ok(Output::Stdout)
}

/// What a classifying command reads: its input (`-` being standard input),
/// then the head, adapter and feed model files.
pub fn classifying_inputs<'a>(input: &'a str, opts: &'a ClassifyOpts) -> Vec<InputFile<'a>> {
    let mut inputs = vec![InputFile::named(input)];
    inputs.extend(classifier_inputs(opts));
    inputs
}

impl Output {
    /// Runs `f` with a writer to the output: a file as [`OutputFile::write`]
    /// writes it, standard output escaped on a terminal.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut dyn Write) -> jobclass::error::Result<T>,
    ) -> jobclass::error::Result<T> {
        match self {
            Output::File(file) if file.is_terminal() => file.write(|w| {
                let mut escaped = terminal::Escaped::new(w);
                let v = f(&mut escaped)?;
                escaped
                    .flush()
                    .map_err(|e| Error::write(format!("cannot write {self}"), e))?;
                Ok(v)
            }),
            Output::File(file) => file.write(f),
            Output::Stdout => write_buffered(terminal::stdout(), "standard output", f)
                .map_err(|e| name_output(e, "standard output")),
        }
    }

    /// [`Output::write`], when another output is still to be written after
    /// this one (`what`): a reader that closed standard output early is then
    /// an error, since it did not merely have enough of the last output.
    pub fn write_before<T>(
        &self,
        what: &str,
        f: impl FnOnce(&mut dyn Write) -> jobclass::error::Result<T>,
    ) -> jobclass::error::Result<T> {
        self.write(f).map_err(|e| {
            if self.is_stdout() && e.is_broken_pipe() {
                Error::write(
                    "cannot write standard output",
                    io::Error::other(format!("its reader closed it before {what} was written")),
                )
            } else {
                e
            }
        })
    }

    /// Writes `bytes` whole.
    pub fn write_bytes(&self, bytes: &[u8]) -> jobclass::error::Result<()> {
        let name = self.to_string();
        self.write(|w| {
            w.write_all(bytes)
                .map_err(|e| Error::write(format!("cannot write {name}"), e))
        })
    }

    /// [`Output::write_bytes`], with `what` still to be written after
    /// ([`Output::write_before`]).
    pub fn write_bytes_before(&self, what: &str, bytes: &[u8]) -> jobclass::error::Result<()> {
        let name = self.to_string();
        self.write_before(what, |w| {
            w.write_all(bytes)
                .map_err(|e| Error::write(format!("cannot write {name}"), e))
        })
    }

    /// Whether a stopped run leaves the output as it was (a regular file,
    /// replaced whole).
    pub fn replaces(&self) -> bool {
        matches!(self, Output::File(f) if f.replaces())
    }

    /// Whether both write the same file, or both standard output.
    pub fn same_target(&self, other: &Output) -> bool {
        match (self, other) {
            (Output::Stdout, Output::Stdout) => true,
            (Output::File(a), Output::File(b)) => a.same_target(b),
            _ => false,
        }
    }

    /// Whether it is standard output.
    pub fn is_stdout(&self) -> bool {
        matches!(self, Output::Stdout)
    }
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Output::Stdout => f.write_str("standard output"),
            Output::File(file) => write!(f, "{}", file.path().display()),
        }
    }
}

/// All of standard input as one text, refused when it is not UTF-8 or empty.
pub fn read_stdin_text() -> Result<String> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("cannot read standard input", e))?;
    let text = jobclass::text::decode_utf8(&bytes)
        .map_err(|e| Error::Input(format!("standard input: {e}")))?;
    if jobclass::text::text_problem(text).is_some() {
        return Err(Error::Input(
            "standard input is empty: pipe a job posting into jobclass".into(),
        )
        .into());
    }
    Ok(text.to_string())
}
