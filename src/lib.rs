//! jobclass: tell DevOps, SRE and Platform Engineering job postings apart.
//!
//! The pipeline: split a posting into sentences and bullet items, embed each
//! with all-MiniLM-L6-v2 (pure Rust, CPU), score each with a logistic-regression
//! head trained on statements derived from articles about the three roles (and
//! of the other jobs that fill real feeds), and average the scores weighted by
//! how much each segment is about a role. Role names in the text ("We are
//! hiring a Senior SRE") are added as evidence; for a posting that names none,
//! a scope gate on the whole posting, the other jobs it names ("a Backend
//! Engineer") and a prior set for a feed as it comes decide whether it is one
//! of the roles at all.
//!
//! The modules are layers, top to bottom; each uses only those below it, and
//! `scripts/lint` fails when a module imports one above it. Above them all sit
//! the binary (`src/main.rs`, `src/cli/`) and the Python package (`python/`).
//! - [`serve`]: postings labeled over HTTP (`jobclass serve`): the routes, the
//!   queue and the model's thread that labels queued postings together, the
//!   metrics, the bearer token.
//! - [`training`]: fitting heads, feed models and adapters (fine-tuning the
//!   encoder).
//! - [`eval`]: accuracy reports as text, JSON and an HTML page.
//! - [`output`]: writing what batch labelling made: the columns it adds (their
//!   one schema), a sink per format, the one place each format is paired with
//!   its reader; a prediction as text and JSON.
//! - [`pipeline`]: from a posting to a label: segments, role mentions, the
//!   head and its scope gate, the classifier and the one way to build it, the
//!   feed's share of roles, feed models applied, batch labelling from a
//!   reader to a sink.
//! - [`model`]: text to vectors: the model files, the tokenizer and encoder,
//!   the precision of its arithmetic and its defaults, the kernels, adapters,
//!   embeddings.
//! - [`io`]: reading postings files and nothing else: a reader per format
//!   (CSV, JSON Lines, Parquet), labeled examples of any format, checksums.
//! - [`disk`]: files as files: outputs written whole or not at all, temporary
//!   files and spools, the formats and what a file's name says it holds.
//! - [`error`], [`labels`], [`text`], [`math`]: the leaves, which use none of
//!   the layers above.
//!
//! ```no_run
//! use jobclass::model::files;
//! use jobclass::pipeline::config::ClassifierConfig;
//!
//! let files = files::ensure_model(&files::default_model_dir(), true)?;
//! let classifier = ClassifierConfig::default().load(&files)?;
//! let p = classifier.predict(&["You will own our SLOs and lead blameless postmortems."])?;
//! println!("{} {:.2}", p[0].label, p[0].confidence);
//! # Ok::<(), jobclass::error::Error>(())
//! ```
#![deny(missing_docs)]

pub mod disk;
pub mod error;
pub mod eval;
pub mod io;
pub mod labels;
pub mod math;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod serve;
pub mod text;
pub mod training;
