//! What the command handlers share: how a command ends, loading the model
//! and the classifier, reading one posting from standard input.

use std::io::{self, Read};
use std::path::PathBuf;

use anyhow::Result;
use jobclass::error::Error;
use jobclass::io::atomic::{Input, OutputFile};
use jobclass::model::adapter::Adapter;
use jobclass::model::adapter::EncoderChoice;
use jobclass::model::embed::{Embedder, EmbedderConfig, Precision};
use jobclass::model::files;
use jobclass::pipeline::classifier::Classifier;
use jobclass::pipeline::config::ClassifierConfig;

use super::args::{ClassifyOpts, Global};

/// The outcome of a command that ran to its end.
pub enum Outcome {
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
    let config = ClassifierConfig {
        head: opts.head.clone(),
        encoder: opts.encoder.clone(),
        precision: g.precision.unwrap_or(Precision::Bf16),
        pooling: opts.pooling,
        mentions: !opts.no_mentions,
        embed_all: opts.embed_all,
        segment_cache: !opts.no_segment_cache,
        backend: g.backend,
        model_batch: g.model_batch,
        feed_model: opts.feed_model.clone(),
        feed_weight: opts.feed_weight,
        role_share: opts.role_share.unwrap_or_default(),
    };
    // The head and adapter first: a bad head file should fail before a model
    // fetch.
    let prepared = config.prepare()?;
    let files = files::ensure_model(&model_dir(g), true)?;
    Ok(prepared.load(&files)?)
}

/// The files a classifying command reads besides its input: `--head`, an
/// adapter file given as `--encoder`, and `--feed-model`.
pub fn classifier_inputs(opts: &ClassifyOpts) -> Vec<Input<'_>> {
    let mut inputs = Vec::new();
    if let Some(head) = &opts.head {
        inputs.push(Input::Path(head));
    }
    if let EncoderChoice::File(adapter) = &opts.encoder {
        inputs.push(Input::Path(adapter));
    }
    if let Some(feed) = &opts.feed_model {
        inputs.push(Input::Path(feed));
    }
    inputs
}

/// Checks an output given on the command line before any work: it must be
/// writable and none of `inputs` (the command's input, `-` being standard
/// input, then the head and adapter files).
pub fn check_output(
    path: &std::path::Path,
    input: &str,
    opts: Option<&ClassifyOpts>,
) -> Result<OutputFile> {
    let mut inputs = vec![Input::named(input)];
    if let Some(opts) = opts {
        inputs.extend(classifier_inputs(opts));
    }
    Ok(OutputFile::check(path, &inputs)?)
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
