//! The library's error type (a leaf: it names no other module's code). Every variant says what went wrong in terms of what
//! the user did or has, and, where there is one, what to do about it.

use std::path::PathBuf;

/// Errors returned by the jobclass library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The model files are missing, corrupt or could not be fetched
    /// (made by [`crate::model::files::unavailable`], which adds the steps).
    #[error("{what}\n\n{steps}")]
    Model {
        /// What went wrong, in one sentence.
        what: String,
        /// The model folder that was being used.
        dir: PathBuf,
        /// How to fetch the model by hand.
        steps: String,
    },

    /// A model or head file exists but cannot be used.
    #[error("cannot load {path}: {reason}")]
    Load {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },

    /// The input text or file is unusable (empty, not UTF-8, missing column...).
    #[error("{0}")]
    Input(String),

    /// A label that is none of the known spellings.
    #[error("unknown label {value:?}{}; expected one of: {expected}", .row.map(|r| format!(" in row {r}")).unwrap_or_default())]
    UnknownLabel {
        /// The value as found.
        value: String,
        /// The 1-based data row (header not counted), when it came from a file.
        row: Option<u64>,
        /// The accepted labels.
        expected: String,
    },

    /// CSV reading or writing failed.
    #[error("CSV error: {0}")]
    Csv(#[from] csv::Error),

    /// The embedding model failed while running.
    #[error("model inference failed: {0}")]
    Candle(#[from] candle_core::Error),

    /// The tokenizer failed.
    #[error("tokenizer failed: {0}")]
    Tokenizer(String),

    /// The run was stopped (Ctrl-C, SIGTERM) before it finished.
    #[error("interrupted after {rows} rows{}", .output.as_ref().map(|p| format!("; {} was not written", p.display())).unwrap_or_default())]
    Interrupted {
        /// Rows labeled before the stop.
        rows: u64,
        /// The output file that was left as it was, when there was one.
        output: Option<PathBuf>,
    },

    /// Reading failed: an input file, standard input, a head, a file of the
    /// model folder. The message holds the cause, so it is not also given as
    /// a `source` (error reports would repeat it).
    #[error("{context}: {cause}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        cause: std::io::Error,
    },

    /// jobclass itself, or the system under it, failed in a way no input
    /// explains: a thread it runs ended in a panic, a runtime it needs could
    /// not start.
    #[error("{0}")]
    Internal(String),

    /// An output could not be written (disk full, no permission, a closed
    /// standard output, an output that would destroy something), with the
    /// file or stream it concerns.
    #[error("{context}: {cause}")]
    Write {
        /// What was being written.
        context: String,
        /// The underlying error (not a `source`, as for [`Error::Io`]).
        cause: std::io::Error,
    },
}

impl Error {
    /// Wraps an I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            cause: source,
        }
    }

    /// Wraps an I/O error met while writing an output.
    pub fn write(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Write {
            context: context.into(),
            cause: source,
        }
    }

    /// True when the error is a bad input or usage (exit code 2) rather than a
    /// failure of the environment or the tool: an unusable or unreadable
    /// input, head or adapter file. (CSV errors are the reader's: the writers
    /// report theirs as [`Error::Write`].)
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            Error::Input(_)
                | Error::UnknownLabel { .. }
                | Error::Csv(_)
                | Error::Load { .. }
                | Error::Io { .. }
        )
    }

    /// True when the error is a write to a closed pipe (`jobclass batch … | head`).
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Io { cause, .. } | Error::Write { cause, .. } => {
                cause.kind() == std::io::ErrorKind::BrokenPipe
            }
            Error::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(io) => io.kind() == std::io::ErrorKind::BrokenPipe,
                _ => false,
            },
            _ => false,
        }
    }
}

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
