//! Reading the encoder from the model files: the shape `config.json` gives,
//! checked against what this encoder runs and against the weights; every
//! tensor of `model.safetensors` copied out once as f32, with an adapter's
//! changes merged in; and each linear layer packed for its precision's kernel.

use std::cell::RefCell;
use std::path::Path;

use candle_core::safetensors::MmapedSafetensors;

use super::{BertConfig, Encoder, Layer, Linear};
use crate::error::{Error, Result};
use crate::model::adapter::Adapter;
use crate::model::precision::Precision;

/// The encoder of shape `cfg` whose weights are in the file `weights`, with
/// `adapter`'s changes merged in and its linear layers packed for
/// `precision`, which this CPU must run. Every weight the adapter names must
/// exist.
pub(super) fn read(
    weights: &Path,
    cfg: BertConfig,
    precision: Precision,
    adapter: Option<&Adapter>,
) -> Result<Encoder> {
    let bad = |reason: String| model_unusable(weights, reason);
    check_config(&cfg).map_err(bad)?;
    // SAFETY: the file is a verified cache entry that is not modified while
    // mapped; every tensor is copied out before the map is dropped.
    let st = unsafe { MmapedSafetensors::new(weights) }.map_err(|e| bad(e.to_string()))?;
    let file = WeightFile {
        st: &st,
        path: weights,
        adapter,
        merged: Default::default(),
    };
    let h = cfg.hidden_size;
    let typ = file.get("embeddings.token_type_embeddings.weight", 2 * h)?;
    let layers = (0..cfg.num_hidden_layers)
        .map(|l| file.layer(l, &cfg, precision))
        .collect::<Result<Vec<Layer>>>()?;
    let word = file.get_any("embeddings.word_embeddings.weight")?;
    file.check_all_merged()?;
    check_vocab(&word, &cfg, weights)?;
    Ok(Encoder {
        word,
        pos: file.get(
            "embeddings.position_embeddings.weight",
            cfg.max_position_embeddings * h,
        )?,
        typ0: typ[..h].to_vec(),
        ln: (
            file.get("embeddings.LayerNorm.weight", h)?,
            file.get("embeddings.LayerNorm.bias", h)?,
        ),
        layers,
        precision,
        cfg,
    })
}

/// The model folder's files do not fit together (the weights are verified,
/// so `config.json` is what disagrees) or are not what this encoder runs:
/// the model is unavailable (exit code 3), with the steps to fetch it again.
fn model_unusable(weights: &Path, reason: String) -> Error {
    crate::model::files::unavailable(
        format!(
            "{} does not fit config.json in the model folder, or this encoder: {reason}",
            weights.file_name().map_or_else(
                || weights.display().to_string(),
                |n| n.to_string_lossy().into_owned()
            )
        ),
        weights.parent().unwrap_or(Path::new(".")),
    )
}

/// What this encoder runs: the exact GELU, and attention heads that split
/// the hidden width evenly. Returns the reason when the shape is not that.
fn check_config(cfg: &BertConfig) -> std::result::Result<(), String> {
    if cfg.hidden_act != "gelu" {
        return Err(format!("activation {:?} is not supported", cfg.hidden_act));
    }
    if !cfg.hidden_size.is_multiple_of(cfg.num_attention_heads) {
        return Err("hidden size is not a multiple of the head count".into());
    }
    Ok(())
}

/// Fails unless the word embeddings `word` are whole rows, as many as
/// `config.json`'s vocabulary size, so every token id it allows has a row.
fn check_vocab(word: &[f32], cfg: &BertConfig, weights: &Path) -> Result<()> {
    let h = cfg.hidden_size;
    if word.is_empty() || !word.len().is_multiple_of(h) {
        return Err(model_unusable(
            weights,
            "word embeddings are not a whole number of rows".into(),
        ));
    }
    if word.len() / h != cfg.vocab_size {
        // The weights are verified; config.json is what disagrees.
        return Err(crate::model::files::unavailable(
            format!(
                "config.json in the model folder is unusable: its vocab_size {} is not the weights' {} rows",
                cfg.vocab_size,
                word.len() / h
            ),
            weights.parent().unwrap_or(Path::new(".")),
        ));
    }
    Ok(())
}

/// Bytes of the mapped file copied out between two [`release`]s: whole f32
/// values and whole pages.
const RELEASE_EVERY: usize = 1 << 20;

/// Drops the pages of the mapped file that hold `bytes`, already copied out,
/// from this process's resident set. Mapped pages once read count in the
/// peak RSS until the map is dropped: without this the whole 90 MB file
/// counted on top of the copies made from it (peak RSS at load 201 MB
/// instead of 118 MB in bf16). The pages stay in the page cache; a
/// neighbouring tensor that shares a page maps it again from the file.
fn release(bytes: &[u8]) {
    const PAGE: usize = 4096;
    let start = bytes.as_ptr() as usize;
    let first = start - start % PAGE;
    let end = start + bytes.len();
    // SAFETY: the range lies within the file's read-only mapping (a mapping
    // starts on a page boundary and covers its last page whole), and nothing
    // refers to its contents any more but through the map. MADV_DONTNEED on
    // a read-only file mapping only unmaps pages, which the next access reads
    // again from the file. Should it fail, the pages just stay resident.
    unsafe {
        libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_DONTNEED);
    }
}

/// The tensors of a mapped safetensors file, each copied out once as f32.
struct WeightFile<'a> {
    st: &'a MmapedSafetensors,
    path: &'a Path,
    adapter: Option<&'a Adapter>,
    merged: RefCell<Vec<String>>,
}

impl WeightFile<'_> {
    fn bad(&self, reason: String) -> Error {
        model_unusable(self.path, reason)
    }

    /// The adapter does not fit the model: the adapter file is at fault.
    fn bad_adapter(&self, reason: String) -> Error {
        Error::Load {
            path: self.path.to_path_buf(),
            reason,
        }
    }

    /// One tensor of any length, straight from the mapped file: going through
    /// candle Tensors made three transient copies and doubled the peak RSS.
    fn get_any(&self, name: &str) -> Result<Vec<f32>> {
        let view = self
            .st
            .get(name)
            .map_err(|e| self.bad(format!("{name}: {e}")))?;
        if candle_core::DType::try_from(view.dtype()).ok() != Some(candle_core::DType::F32) {
            return Err(self.bad(format!("{name} is {:?}, not F32", view.dtype())));
        }
        let data = view.data();
        let mut v = Vec::with_capacity(data.len() / 4);
        for chunk in data.chunks(RELEASE_EVERY) {
            v.extend(
                chunk
                    .chunks_exact(4)
                    .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            );
            release(chunk);
        }
        Ok(v)
    }

    /// One tensor of exactly `len` values, with the adapter's change to it
    /// added.
    fn get(&self, name: &str, len: usize) -> Result<Vec<f32>> {
        let mut v = self.get_any(name)?;
        if v.len() != len {
            return Err(self.bad(format!("{name} has {} values, expected {len}", v.len())));
        }
        if let Some(a) = self.adapter
            && a.merge_into(name, &mut v)
                .map_err(|e| self.bad_adapter(e.to_string()))?
        {
            self.merged.borrow_mut().push(name.to_string());
        }
        Ok(v)
    }

    /// Fails when the adapter names a weight that was never loaded (an
    /// adapter for another architecture).
    fn check_all_merged(&self) -> Result<()> {
        let Some(a) = self.adapter else {
            return Ok(());
        };
        let merged = self.merged.borrow();
        match a.weights().find(|w| !merged.iter().any(|m| m == w)) {
            Some(w) => {
                Err(self.bad_adapter(format!("the adapter changes {w}, which this model lacks")))
            }
            None => Ok(()),
        }
    }

    /// Layer `l`, with query, key and value fused into one product.
    fn layer(&self, l: usize, cfg: &BertConfig, precision: Precision) -> Result<Layer> {
        let (h, i) = (cfg.hidden_size, cfg.intermediate_size);
        let p = |s: &str| format!("encoder.layer.{l}.{s}");
        let mut wqkv = self.get(&p("attention.self.query.weight"), h * h)?;
        wqkv.extend(self.get(&p("attention.self.key.weight"), h * h)?);
        wqkv.extend(self.get(&p("attention.self.value.weight"), h * h)?);
        let mut bqkv = self.get(&p("attention.self.query.bias"), h)?;
        bqkv.extend(self.get(&p("attention.self.key.bias"), h)?);
        bqkv.extend(self.get(&p("attention.self.value.bias"), h)?);
        let lin = |w: &str, b: &str, n: usize, k: usize| -> Result<Linear> {
            Ok(Linear::new(
                self.get(&p(w), n * k)?,
                self.get(&p(b), n)?,
                k,
                precision,
            ))
        };
        let ln = |w: &str, b: &str| -> Result<(Vec<f32>, Vec<f32>)> {
            Ok((self.get(&p(w), h)?, self.get(&p(b), h)?))
        };
        Ok(Layer {
            qkv: Linear::new(wqkv, bqkv, h, precision),
            o: lin(
                "attention.output.dense.weight",
                "attention.output.dense.bias",
                h,
                h,
            )?,
            ln1: ln(
                "attention.output.LayerNorm.weight",
                "attention.output.LayerNorm.bias",
            )?,
            inter: lin("intermediate.dense.weight", "intermediate.dense.bias", i, h)?,
            out: lin("output.dense.weight", "output.dense.bias", h, i)?,
            ln2: ln("output.LayerNorm.weight", "output.LayerNorm.bias")?,
        })
    }
}
