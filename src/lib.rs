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
//! The layers, each using only those below it:
//! - [`training`]: fitting heads, fine-tuning the encoder into an adapter.
//! - [`eval`]: accuracy reports as text, JSON and an HTML page.
//! - [`output`]: what batch labelling writes, a sink per format and the
//!   columns it adds, with each format paired to its reader; a prediction as
//!   text and JSON.
//! - [`pipeline`]: segments, role mentions, the head and its scope gate, the
//!   classifier, the feed's share of roles, batch labelling, feed models.
//! - [`model`]: the model files, the tokenizer and encoder, embeddings.
//! - [`io`]: reading postings files, a reader per format (CSV, JSON Lines,
//!   Parquet), labeled examples, checksums.
//! - [`disk`]: outputs written whole or not at all, temporary files and
//!   spools, what a file's name says it holds.
//! - [`error`], [`labels`], [`text`], [`math`]: leaves.
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
pub mod text;
pub mod training;
