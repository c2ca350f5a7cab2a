//! jobclass: tell DevOps, SRE and Platform Engineering job postings apart.
//!
//! The pipeline: split a posting into sentences and bullet items, embed each
//! with all-MiniLM-L6-v2 (pure Rust, CPU), score each with a logistic-regression
//! head trained on statements derived from articles about the three roles, and
//! average the scores weighted by how much each segment is about a role. Role
//! names in the text ("We are hiring a Senior SRE") are added as evidence.
//!
//! ```no_run
//! use jobclass::{classify::{Classifier, Pooling}, embed::Embedder, fetch, head::Head};
//!
//! let files = fetch::ensure_model(&fetch::default_model_dir(), true)?;
//! let classifier = Classifier::new(
//!     Embedder::load(&files)?,
//!     Head::default_head(),
//!     Pooling::Segments,
//!     Some(jobclass::mentions::Evidence::DEFAULT),
//! );
//! let p = classifier.predict(&["You will own our SLOs and lead blameless postmortems."])?;
//! println!("{} {:.2}", p[0].label, p[0].confidence);
//! # Ok::<(), jobclass::error::Error>(())
//! ```
#![deny(missing_docs)]

pub mod batch;
pub mod bf16;
pub mod chunk;
pub mod classify;
pub mod data;
pub mod embed;
pub mod encoder;
pub mod error;
pub mod eval;
pub mod fetch;
pub mod head;
pub mod mentions;
pub mod segment;
