//! Turning text into vectors: tokenize with the model's own `tokenizer.json`,
//! run the 6-layer BERT encoder on the CPU, mean-pool over each sequence's
//! tokens and L2-normalise, exactly as sentence-transformers does for
//! all-MiniLM-L6-v2.
//!
//! Sequences are sorted longest first and batched. The packed backend
//! ([`super::encoder`], `--backend fast`) packs a batch's tokens with no
//! padding, up to a token budget; the candle backend pads each batch to its
//! longest member and masks the padding out of attention and pooling. Either
//! way a text's vector does not depend on what else is in its batch.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use rayon::prelude::*;
use tokenizers::Tokenizer;

use super::adapter::Adapter;
use super::encoder::{BertConfig, Encoder};
use super::files::{ModelFiles, unavailable};
use super::precision::Precision;
use super::segment_cache::{CacheStats, DEFAULT_BYTES, DEFAULT_ENTRIES, SegmentCache};
use super::window::{MAX_SEQ_LEN, WINDOW_CONTENT, Windowing};
use crate::error::{Error, Result};
use crate::math::{mean_normalized, normalize};
use crate::text::cap_bytes;

/// Embedding dimension of all-MiniLM-L6-v2.
pub const DIM: usize = 384;
/// Texts longer than this many bytes are cut (at a character boundary) before
/// tokenizing. Far beyond what [`super::window::DEFAULT_MAX_WINDOWS`] windows
/// can hold, it only bounds the tokenizer's time and memory on absurd input.
pub const MAX_TEXT_BYTES: usize = 512 * 1024;
/// Default number of windows run through the model at once. Measured on 2
/// cores: 4 takes the same CPU time as 8 (and 8 as 32) on whole descriptions
/// and on short segments, and `batch`'s peak RSS is 20-35 MB lower than with 8.
pub const DEFAULT_MODEL_BATCH: usize = 4;

/// Which implementation runs the transformer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    /// jobclass's own encoder ([`super::encoder`], `--backend fast`): packed
    /// batches, fused ops, kernels for every [`Precision`].
    #[default]
    Packed,
    /// candle-transformers' `BertModel`, padded batches: the reference.
    Candle,
}

impl Backend {
    /// The precision that runs when `precision` is asked for: what this CPU
    /// runs of it ([`Precision::on_this_cpu`]); candle runs f32 whatever is
    /// asked.
    pub fn runs(self, precision: Precision) -> Precision {
        match self {
            Backend::Packed => precision.on_this_cpu(),
            Backend::Candle => Precision::F32,
        }
    }

    /// What runs the linear layers when `precision` is asked for, for
    /// people: [`kernels::describe`](super::kernels::describe) for the packed
    /// backend; candle runs f32 whatever is asked.
    pub fn describe(self, precision: Precision) -> &'static str {
        match self {
            Backend::Packed => super::kernels::describe(precision),
            Backend::Candle => "f32, candle-transformers",
        }
    }
}

enum Model {
    Packed(Box<Encoder>),
    Candle(Box<BertModel>, Device),
}

/// A loaded sentence-embedding model.
pub struct Embedder {
    tokenizer: Tokenizer,
    model: Model,
    cls: u32,
    sep: u32,
    batch_size: usize,
    cache: Option<Mutex<SegmentCache>>,
    adapter_sha256: Option<String>,
}

/// How to load an [`Embedder`]: the one way to make one
/// (`Embedder::load(&files, &EmbedderConfig::default())` is the model as
/// sentence-transformers runs it).
#[derive(Debug, Clone, Copy)]
pub struct EmbedderConfig<'a> {
    /// Which implementation runs the transformer.
    pub backend: Backend,
    /// The packed backend's arithmetic (the candle backend is always fp32).
    pub precision: Precision,
    /// An adapter to merge into the weights (none: the model as published).
    pub adapter: Option<&'a Adapter>,
    /// How many windows run through the model at once (at least 1); the packed
    /// backend packs sequences without padding up to `batch_size * 256` tokens.
    pub batch_size: usize,
    /// Keep the vector of every input embedded (bounded, see
    /// [`SegmentCache`]), so that an input seen again is not embedded again.
    /// The vectors are the same with and without it.
    pub cache: bool,
}

impl Default for EmbedderConfig<'_> {
    fn default() -> Self {
        EmbedderConfig {
            backend: Backend::default(),
            precision: Precision::EMBEDDING_DEFAULT,
            adapter: None,
            batch_size: DEFAULT_MODEL_BATCH,
            cache: false,
        }
    }
}

impl Embedder {
    /// Loads the tokenizer and the weights from verified files as `config`
    /// says.
    pub fn load(files: &ModelFiles, config: &EmbedderConfig) -> Result<Self> {
        let (tokenizer, cls, sep) = load_tokenizer(files)?;
        let config_text = std::fs::read_to_string(&files.config)
            .map_err(|e| unusable(files, &files.config, e.to_string()))?;
        check_vocabulary(files, &tokenizer, &config_text)?;
        let model = load_model(files, &config_text, config)?;
        Ok(Embedder {
            tokenizer,
            model,
            adapter_sha256: config.adapter.map(|a| a.sha256().to_string()),
            cls,
            sep,
            batch_size: config.batch_size.max(1),
            cache: config
                .cache
                .then(|| Mutex::new(SegmentCache::new(DEFAULT_ENTRIES, DEFAULT_BYTES))),
        })
    }

    /// The arithmetic in use (fp32 when this CPU has no kernel for the one
    /// asked for).
    pub fn precision(&self) -> Precision {
        match &self.model {
            Model::Packed(e) => e.precision(),
            Model::Candle(..) => Precision::F32,
        }
    }

    /// What runs its linear layers, for people ([`Backend::describe`]).
    pub fn describe(&self) -> &'static str {
        match &self.model {
            Model::Packed(e) => Backend::Packed.describe(e.precision()),
            Model::Candle(..) => Backend::Candle.describe(Precision::F32),
        }
    }

    /// sha256 of the adapter merged into the weights (none for the base
    /// model).
    pub fn adapter_sha256(&self) -> Option<&str> {
        self.adapter_sha256.as_deref()
    }

    /// How the cache fared, when there is one.
    pub fn cache_stats(&self) -> Option<CacheStats> {
        self.lock_cache().map(|c| c.stats())
    }

    /// The cache, locked (a panic elsewhere leaves it usable: entries are
    /// only ever whole).
    fn lock_cache(&self) -> Option<MutexGuard<'_, SegmentCache>> {
        let c = self.cache.as_ref()?;
        Some(c.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The content token ids of a text: no `[CLS]`/`[SEP]`, no truncation
    /// (beyond [`MAX_TEXT_BYTES`]).
    pub fn tokenize(&self, text: &str) -> Result<Vec<u32>> {
        let text = cap_bytes(text, MAX_TEXT_BYTES);
        let enc = self
            .tokenizer
            .encode_fast(text, false)
            .map_err(|e| Error::Tokenizer(e.to_string()))?;
        Ok(enc.get_ids().to_vec())
    }

    /// The full model input for one text in truncation mode, `[CLS]` and
    /// `[SEP]` included, as sentence-transformers would build it.
    pub fn input_ids(&self, text: &str) -> Result<Vec<u32>> {
        let ids = self.tokenize(text)?;
        Ok(self.with_specials(&ids[..ids.len().min(WINDOW_CONTENT)]))
    }

    fn with_specials(&self, content: &[u32]) -> Vec<u32> {
        let mut v = Vec::with_capacity(content.len() + 2);
        v.push(self.cls);
        v.extend_from_slice(content);
        v.push(self.sep);
        v
    }

    /// The windows of each text: for text `i`, its window vectors, in order.
    pub fn embed_windows(
        &self,
        texts: &[&str],
        windowing: Windowing,
    ) -> Result<Vec<Vec<Vec<f32>>>> {
        let tokenized: Vec<Vec<u32>> = texts
            .par_iter()
            .map(|text| self.tokenize(text))
            .collect::<Result<_>>()?;
        let mut seqs = Vec::new();
        let mut owner = Vec::new();
        for (i, ids) in tokenized.iter().enumerate() {
            for r in windowing.ranges(ids.len()) {
                seqs.push(self.with_specials(&ids[r]));
                owner.push(i);
            }
        }
        let vectors = self.embed_sequences(&seqs)?;
        let mut out: Vec<Vec<Vec<f32>>> = vec![Vec::new(); texts.len()];
        for (v, i) in vectors.into_iter().zip(owner) {
            out[i].push(v);
        }
        Ok(out)
    }

    /// One vector per text: the text's single window, or with
    /// [`Windowing::Overlapping`] the mean of its window vectors, re-normalised.
    pub fn embed(&self, texts: &[&str], windowing: Windowing) -> Result<Vec<Vec<f32>>> {
        Ok(self
            .embed_windows(texts, windowing)?
            .iter()
            .map(|w| mean_normalized(w, DIM))
            .collect())
    }

    /// Embeds complete model inputs (`[CLS] … [SEP]`, at most 256 ids each),
    /// batching them by length. Returns one L2-normalised vector per sequence,
    /// in input order. With a cache, inputs seen before (or twice in `seqs`)
    /// are embedded once.
    pub fn embed_sequences(&self, seqs: &[Vec<u32>]) -> Result<Vec<Vec<f32>>> {
        let Some(mut cache) = self.lock_cache() else {
            let all: Vec<&[u32]> = seqs.iter().map(Vec::as_slice).collect();
            return self.encode(&all);
        };
        let mut out: Vec<Option<Vec<f32>>> = vec![None; seqs.len()];
        // The first place of each input that must be embedded, and its index
        // among those.
        let mut todo: HashMap<&[u32], usize> = HashMap::new();
        let mut misses: Vec<&[u32]> = Vec::new();
        let mut wait: Vec<(usize, usize)> = Vec::new();
        for (i, s) in seqs.iter().enumerate() {
            if let Some(&j) = todo.get(s.as_slice()) {
                cache.count_repeat();
                wait.push((i, j));
            } else if let Some(v) = cache.get(s) {
                out[i] = Some(v.to_vec());
            } else {
                todo.insert(s, misses.len());
                wait.push((i, misses.len()));
                misses.push(s);
            }
        }
        // Not held while the model runs, so other threads can look up theirs.
        drop(cache);
        let vectors = self.encode(&misses)?;
        let mut cache = self.lock_cache().expect("there is a cache");
        for &(i, j) in &wait {
            out[i] = Some(vectors[j].clone());
        }
        for (s, v) in misses.into_iter().zip(vectors) {
            cache.insert(s.to_vec(), v);
        }
        Ok(out
            .into_iter()
            .map(|v| v.expect("every input filled"))
            .collect())
    }

    /// Embeds complete model inputs, batched by length, without the cache.
    fn encode(&self, seqs: &[&[u32]]) -> Result<Vec<Vec<f32>>> {
        let mut order: Vec<usize> = (0..seqs.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(seqs[i].len()));
        let mut out = vec![Vec::new(); seqs.len()];
        let budget = self.batch_size * MAX_SEQ_LEN;
        let mut start = 0;
        while start < order.len() {
            // Candle pads, so it batches by count; the packed backend packs, so
            // it batches by tokens.
            let mut end = start + 1;
            match self.model {
                Model::Candle(..) => end = (start + self.batch_size).min(order.len()),
                Model::Packed(_) => {
                    let mut tokens = seqs[order[start]].len();
                    while end < order.len() && tokens + seqs[order[end]].len() <= budget {
                        tokens += seqs[order[end]].len();
                        end += 1;
                    }
                }
            }
            let batch = &order[start..end];
            let members: Vec<&[u32]> = batch.iter().map(|&i| seqs[i]).collect();
            let vectors = match &self.model {
                Model::Packed(enc) => enc.mean_token_vectors(&members)?,
                Model::Candle(m, device) => candle_mean_token_vectors(m, device, &members)?,
            };
            for (&i, mut v) in batch.iter().zip(vectors) {
                normalize(&mut v);
                out[i] = v;
            }
            start = end;
        }
        Ok(out)
    }
}

/// The candle backend's counterpart of [`Encoder::mean_token_vectors`]: mean of the
/// last hidden states over each sequence's real tokens, not yet normalised.
fn candle_mean_token_vectors(
    model: &BertModel,
    device: &Device,
    seqs: &[&[u32]],
) -> Result<Vec<Vec<f32>>> {
    let b = seqs.len();
    let len = seqs.iter().map(|s| s.len()).max().unwrap_or(0).max(1);
    let mut ids = vec![0u32; b * len];
    let mut mask = vec![0u32; b * len];
    for (row, s) in seqs.iter().enumerate() {
        ids[row * len..row * len + s.len()].copy_from_slice(s);
        mask[row * len..row * len + s.len()].fill(1);
    }
    let ids = Tensor::from_vec(ids, (b, len), device)?;
    let mask = Tensor::from_vec(mask, (b, len), device)?;
    let types = ids.zeros_like()?;
    let hidden = model.forward(&ids, &types, Some(&mask))?; // (b, len, DIM)
    // Masked mean: padded positions contribute nothing.
    let maskf = mask.to_dtype(DType::F32)?.unsqueeze(2)?; // (b, len, 1)
    let summed = hidden.broadcast_mul(&maskf)?.sum(1)?; // (b, DIM)
    let counts = maskf.sum(1)?.clamp(1e-9, f64::MAX)?; // (b, 1)
    let mean = summed.broadcast_div(&counts)?;
    Ok(mean.to_vec2::<f32>()?)
}

/// Every tensor of the weights file, with the adapter's changes merged in
/// (for the candle backend).
fn merged_tensors(
    weights: &std::path::Path,
    adapter: &Adapter,
    device: &Device,
) -> candle_core::Result<HashMap<String, Tensor>> {
    let mut tensors = candle_core::safetensors::load(weights, device)?;
    for name in adapter.weights() {
        let t = tensors.get(name).ok_or_else(|| {
            candle_core::Error::Msg(format!(
                "the adapter changes {name}, which this model lacks"
            ))
        })?;
        let shape = t.shape().clone();
        let mut w = t.flatten_all()?.to_vec1::<f32>()?;
        adapter
            .merge_into(name, &mut w)
            .map_err(|e| candle_core::Error::Msg(e.to_string()))?;
        tensors.insert(name.to_string(), Tensor::from_vec(w, shape, device)?);
    }
    Ok(tensors)
}

/// The part of `config.json` both backends must agree with the tokenizer on.
#[derive(serde::Deserialize)]
struct Vocabulary {
    vocab_size: usize,
}

fn check_dim(hidden: usize, path: &std::path::Path, dir: &std::path::Path) -> Result<()> {
    if hidden == DIM {
        Ok(())
    } else {
        Err(unavailable(
            format!(
                "{} in the model folder is unusable: hidden size {hidden} is not {DIM}",
                path.display()
            ),
            dir,
        ))
    }
}

/// A file of the model folder that cannot be used. The folder is mended by
/// fetching the model again: the error says how.
fn unusable(files: &ModelFiles, path: &std::path::Path, why: String) -> Error {
    unavailable(
        format!("{} in the model folder is unusable: {why}", path.display()),
        &files.dir,
    )
}

/// The tokenizer, set to neither truncate nor pad, and its `[CLS]` and
/// `[SEP]` ids.
fn load_tokenizer(files: &ModelFiles) -> Result<(Tokenizer, u32, u32)> {
    let bad = |e: String| unusable(files, &files.tokenizer, e);
    let mut tokenizer = Tokenizer::from_file(&files.tokenizer).map_err(|e| bad(e.to_string()))?;
    // The shipped tokenizer.json truncates at 128 and pads to a fixed 128;
    // sentence-transformers uses 256 and pads to the batch's longest. We
    // truncate and pad ourselves, so both must be off here.
    tokenizer
        .with_truncation(None)
        .map_err(|e| bad(e.to_string()))?;
    tokenizer.with_padding(None);
    let id = |t: &str| {
        tokenizer
            .token_to_id(t)
            .ok_or_else(|| bad(format!("it has no {t} token")))
    };
    let (cls, sep) = (id("[CLS]")?, id("[SEP]")?);
    Ok((tokenizer, cls, sep))
}

/// Every id the tokenizer can give must be a row of the word embeddings, or
/// the candle backend fails deep inside a forward pass. Listing the vocabulary
/// costs about 2 ms.
fn check_vocabulary(files: &ModelFiles, tokenizer: &Tokenizer, config_text: &str) -> Result<()> {
    let vocab: Vocabulary = serde_json::from_str(config_text)
        .map_err(|e| unusable(files, &files.config, e.to_string()))?;
    let largest = tokenizer.get_vocab(true).into_values().max().unwrap_or(0);
    if largest as usize >= vocab.vocab_size {
        return Err(unusable(
            files,
            &files.tokenizer,
            format!(
                "it gives token ids up to {largest}, but the model has {} (config.json's vocab_size)",
                vocab.vocab_size
            ),
        ));
    }
    Ok(())
}

/// The transformer of `config.backend`, with the adapter merged in.
fn load_model(files: &ModelFiles, config_text: &str, config: &EmbedderConfig) -> Result<Model> {
    let parse_err = |e: serde_json::Error| unusable(files, &files.config, e.to_string());
    match config.backend {
        Backend::Packed => {
            let bert: BertConfig = serde_json::from_str(config_text).map_err(parse_err)?;
            check_dim(bert.hidden_size, &files.config, &files.dir)?;
            let encoder =
                Encoder::load_adapted(&files.weights, bert, config.precision, config.adapter)?;
            Ok(Model::Packed(Box::new(encoder)))
        }
        Backend::Candle => {
            let bert: Config = serde_json::from_str(config_text).map_err(parse_err)?;
            check_dim(bert.hidden_size, &files.config, &files.dir)?;
            let device = Device::Cpu;
            // SAFETY: the file is a verified, read-only cache entry that
            // jobclass never writes while a model is loaded.
            let vb = match config.adapter {
                None => unsafe {
                    VarBuilder::from_mmaped_safetensors(&[&files.weights], DType::F32, &device)
                },
                Some(a) => merged_tensors(&files.weights, a, &device)
                    .map(|t| VarBuilder::from_tensors(t, DType::F32, &device)),
            }
            .map_err(|e| Error::Load {
                path: files.weights.clone(),
                reason: e.to_string(),
            })?;
            let m = BertModel::load(vb, &bert).map_err(|e| {
                unusable(
                    files,
                    &files.config,
                    format!("the weights do not fit it: {e}"),
                )
            })?;
            Ok(Model::Candle(Box::new(m), device))
        }
    }
}
