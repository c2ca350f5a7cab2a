//! A lean BERT encoder for inference, written for what the profile of
//! candle-transformers' `BertModel` showed on this workload: most of the time
//! outside matrix products went to allocating and zeroing fresh buffers for
//! every op, copies for transposes, scalar `erf`/`exp`, and padding.
//!
//! Here a batch's tokens are packed back to back with no padding (attention
//! runs per sequence, so no mask is needed), Q, K and V come from one fused
//! product, bias, GELU, residual and layer norm are fused into single passes
//! over reused buffers, and `exp`/`erf` are polynomial approximations that the
//! compiler vectorises (accurate to a few 1e-7). The linear layers run the
//! kernel of their precision (`super::kernels`): in fp32, weights packed for
//! an AVX-512 kernel where the CPU has it, else the `gemm` crate, candle's
//! own CPU GEMM. Attention has its own AVX-512 kernel, and below AVX-512 runs
//! its products through the `gemm` crate. Weights are read with
//! candle's safetensors loader (the `weights` submodule). The result matches
//! sentence-transformers within 1e-5 (the parity tests).

use std::cell::RefCell;
use std::path::Path;

use rayon::prelude::*;

use super::adapter::Adapter;
use super::kernels::fp32::attention;
use super::kernels::fp32::avx512::{self, Activation};
use super::kernels::fp32::{add_layer_norm, gelu_inplace, layer_norm, linear, softmax_inplace};
use super::kernels::{bf16, int8};
use super::precision::Precision;
use crate::error::{Error, Result};

mod weights;

/// Shape of a BERT encoder, from `config.json`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct BertConfig {
    /// Width of the hidden states.
    pub hidden_size: usize,
    /// Attention heads per layer.
    pub num_attention_heads: usize,
    /// Layers.
    pub num_hidden_layers: usize,
    /// Width of the feed-forward layer.
    pub intermediate_size: usize,
    /// Position embeddings available.
    pub max_position_embeddings: usize,
    /// Rows of the word embeddings: token ids are below it.
    pub vocab_size: usize,
    /// Layer-norm epsilon.
    pub layer_norm_eps: f64,
    /// Activation; only the exact (erf) GELU is supported.
    pub hidden_act: String,
}

/// A linear layer `y = x · w^T + b`, `w` stored (n, k).
struct Linear {
    n: usize,
    k: usize,
    weights: Weights,
    b: Vec<f32>,
}

/// A linear layer's weights in the form its precision's kernel reads.
enum Weights {
    /// fp32 for the `gemm` crate: below AVX-512, or a shape the packed
    /// kernel does not take.
    F32(Vec<f32>),
    /// fp32 packed for the AVX-512 kernel.
    F32Avx512(avx512::PackedWeights),
    Bf16(bf16::PackedWeights),
    Int8(int8::PackedInt8),
}

/// Buffers a linear layer's kernel reuses for its converted input.
#[derive(Default)]
struct Scratch {
    bf16: Vec<u32>,
    int8: int8::Scratch,
}

impl Linear {
    fn new(w: Vec<f32>, b: Vec<f32>, k: usize, precision: Precision) -> Linear {
        let n = b.len();
        let packed = match precision.on_this_cpu() {
            Precision::Bf16 => bf16::PackedWeights::pack(&w, n, k).map(Weights::Bf16),
            Precision::Int8 => int8::kernel()
                .and_then(|kernel| int8::PackedInt8::pack(&w, n, k, kernel))
                .map(Weights::Int8),
            Precision::F32 | Precision::Auto => avx512::available()
                .then(|| avx512::PackedWeights::pack(&w, n, k))
                .flatten()
                .map(Weights::F32Avx512),
        };
        let weights = packed.unwrap_or(Weights::F32(w));
        Linear { n, k, weights, b }
    }

    fn forward(&self, x: &[f32], t: usize, out: &mut [f32], scratch: &mut Scratch) {
        let x = &x[..t * self.k];
        match &self.weights {
            Weights::F32(w) => linear(x, t, self.k, w, &self.b, self.n, out),
            Weights::F32Avx512(p) => avx512::linear(x, t, p, &self.b, Activation::None, out),
            Weights::Bf16(p) => bf16::linear(x, t, p, &self.b, out, &mut scratch.bf16),
            Weights::Int8(p) => int8::linear(x, t, p, &self.b, out, &mut scratch.int8),
        }
    }

    /// [`Linear::forward`] followed by GELU: fused into the kernel where it
    /// can be (fp32 on AVX-512), a pass over the outputs elsewhere.
    fn forward_gelu(&self, x: &[f32], t: usize, out: &mut [f32], scratch: &mut Scratch) {
        if let Weights::F32Avx512(p) = &self.weights {
            avx512::linear(&x[..t * self.k], t, p, &self.b, Activation::Gelu, out);
        } else {
            self.forward(x, t, out, scratch);
            out[..t * self.n]
                .par_chunks_mut(4096)
                .for_each(gelu_inplace);
        }
    }
}

struct Layer {
    qkv: Linear, // (3h, h): query, key, value rows stacked
    o: Linear,
    ln1: (Vec<f32>, Vec<f32>),
    inter: Linear,
    out: Linear,
    ln2: (Vec<f32>, Vec<f32>),
}

/// The encoder's weights.
pub struct Encoder {
    cfg: BertConfig,
    word: Vec<f32>,
    pos: Vec<f32>,
    typ0: Vec<f32>,
    ln: (Vec<f32>, Vec<f32>),
    layers: Vec<Layer>,
    precision: Precision,
}

impl Encoder {
    /// Loads weights from a safetensors file. A precision this CPU has no
    /// kernel for loads fp32 instead ([`Precision::on_this_cpu`]).
    pub fn load(weights: &Path, cfg: BertConfig, precision: Precision) -> Result<Encoder> {
        Encoder::load_adapted(weights, cfg, precision, None)
    }

    /// [`Encoder::load`] with an adapter's changes merged into the weights
    /// before they are packed for their kernel: the result runs as fast as
    /// the base encoder. Every weight the adapter names must exist.
    pub fn load_adapted(
        weights: &Path,
        cfg: BertConfig,
        precision: Precision,
        adapter: Option<&Adapter>,
    ) -> Result<Encoder> {
        weights::read(weights, cfg, precision.on_this_cpu(), adapter)
    }

    /// Where each sequence starts among the packed tokens (and where the last
    /// ends), after checking its length and token ids.
    fn offsets(&self, seqs: &[&[u32]]) -> Result<Vec<usize>> {
        let vocab = self.word.len() / self.cfg.hidden_size;
        let mut offsets = Vec::with_capacity(seqs.len() + 1);
        offsets.push(0usize);
        for s in seqs {
            if s.len() > self.cfg.max_position_embeddings {
                return Err(Error::Input(format!(
                    "a sequence of {} tokens exceeds the model's {} positions",
                    s.len(),
                    self.cfg.max_position_embeddings
                )));
            }
            if let Some(&bad) = s.iter().find(|&&id| id as usize >= vocab) {
                return Err(Error::Input(format!(
                    "token id {bad} is outside the vocabulary"
                )));
            }
            offsets.push(offsets.last().unwrap() + s.len());
        }
        Ok(offsets)
    }

    /// The input of the first layer for `t` packed tokens: word + position +
    /// token type 0, then layer norm.
    fn embeddings(&self, seqs: &[&[u32]], offsets: &[usize], t: usize) -> Vec<f32> {
        let h = self.cfg.hidden_size;
        let mut x = vec![0f32; t * h];
        for (s, seq) in seqs.iter().enumerate() {
            for (p, &id) in seq.iter().enumerate() {
                let row = &mut x[(offsets[s] + p) * h..(offsets[s] + p + 1) * h];
                let w = &self.word[id as usize * h..(id as usize + 1) * h];
                let ps = &self.pos[p * h..(p + 1) * h];
                for j in 0..h {
                    row[j] = w[j] + ps[j] + self.typ0[j];
                }
            }
        }
        let eps = self.cfg.layer_norm_eps as f32;
        x.par_chunks_mut(h)
            .for_each(|row| layer_norm(row, &self.ln.0, &self.ln.1, eps));
        x
    }

    /// The arithmetic actually in use.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// Runs the encoder on complete sequences (`[CLS] … [SEP]`) and returns,
    /// for each, the mean of its last hidden states over all its tokens
    /// (not yet normalised).
    pub fn mean_token_vectors(&self, seqs: &[&[u32]]) -> Result<Vec<Vec<f32>>> {
        let h = self.cfg.hidden_size;
        let offsets = self.offsets(seqs)?;
        let t = *offsets.last().unwrap();
        if t == 0 {
            return Ok(vec![vec![0.0; h]; seqs.len()]);
        }
        let eps = self.cfg.layer_norm_eps as f32;
        let mut x = self.embeddings(seqs, &offsets, t);

        let i = self.cfg.intermediate_size;
        // Buffers are kept between calls: fresh zeroed allocations of this
        // size cost page faults and kernel zeroing on every batch.
        let mut ws = WORKSPACE.with(|w| std::mem::take(&mut *w.borrow_mut()));
        ws.qkv.resize(t * 3 * h, 0.0);
        ws.ctx.resize(t * h, 0.0);
        ws.tmp.resize(t * h, 0.0);
        ws.inter.resize(t * i, 0.0);
        let Workspace {
            qkv,
            ctx,
            tmp,
            inter,
            scratch,
        } = &mut ws;
        let (qkv, ctx, tmp, inter) = (
            &mut qkv[..t * 3 * h],
            &mut ctx[..t * h],
            &mut tmp[..t * h],
            &mut inter[..t * i],
        );
        for layer in &self.layers {
            layer.qkv.forward(&x, t, qkv, scratch);
            self.attention(qkv, &offsets, ctx);
            layer.o.forward(ctx, t, tmp, scratch);
            add_layer_norm(&mut x, tmp, h, &layer.ln1, eps);
            layer.inter.forward_gelu(&x, t, inter, scratch);
            layer.out.forward(inter, t, tmp, scratch);
            add_layer_norm(&mut x, tmp, h, &layer.ln2, eps);
        }
        WORKSPACE.with(|w| *w.borrow_mut() = ws);

        Ok((0..seqs.len())
            .map(|s| {
                let (a, b) = (offsets[s], offsets[s + 1]);
                let mut m = vec![0f32; h];
                for r in a..b {
                    m.iter_mut()
                        .zip(&x[r * h..(r + 1) * h])
                        .for_each(|(m, v)| *m += v);
                }
                let n = (b - a).max(1) as f32;
                m.iter_mut().for_each(|v| *v /= n);
                m
            })
            .collect())
    }

    /// Scaled dot-product attention of every head of every sequence; writes
    /// the context vectors into `ctx` (t, h). In fp32 in every precision: on
    /// AVX-512 by `attention::head`, else by the `gemm` crate and a softmax
    /// pass.
    fn attention(&self, qkv: &[f32], offsets: &[usize], ctx: &mut [f32]) {
        let h = self.cfg.hidden_size;
        let heads = self.cfg.num_attention_heads;
        let d = h / heads;
        let scale = 1.0 / (d as f32).sqrt();
        let jobs: Vec<(usize, usize)> = (0..offsets.len() - 1)
            .flat_map(|s| (0..heads).map(move |hd| (s, hd)))
            .collect();
        let ctx_ptr = SendPtr(ctx.as_mut_ptr());
        let on_avx512 = attention::available(d);
        jobs.par_iter().for_each(|&(s, hd)| {
            let ctx_ptr = &ctx_ptr;
            let (o, l) = (offsets[s], offsets[s + 1] - offsets[s]);
            if l == 0 {
                return;
            }
            SCORES.with(|buf| {
                let mut scores = buf.borrow_mut();
                if on_avx512 {
                    // SAFETY: `available` holds for d; qkv holds every
                    // sequence's rows; each (sequence, head) job writes only
                    // rows o..o+l, columns hd*d..(hd+1)*d of ctx (t, h).
                    unsafe { attention::head(qkv, h, d, o, l, hd, ctx_ptr.0, &mut scores) };
                    return;
                }
                scores.resize(l * l, 0.0);
                let q = qkv[o * 3 * h + hd * d..].as_ptr();
                let k = qkv[o * 3 * h + h + hd * d..].as_ptr();
                let v = qkv[o * 3 * h + 2 * h + hd * d..].as_ptr();
                let row = (3 * h) as isize;
                // SAFETY: all pointers address rows o..o+l of qkv (t, 3h) at
                // this head's columns, and the scores buffer is l*l long.
                unsafe {
                    gemm::gemm(
                        l,
                        l,
                        d,
                        scores.as_mut_ptr(),
                        1,
                        l as isize,
                        false,
                        q,
                        1,
                        row,
                        k,
                        row,
                        1,
                        0.0,
                        scale,
                        false,
                        false,
                        false,
                        gemm::Parallelism::None,
                    );
                }
                for r in scores.chunks_mut(l) {
                    softmax_inplace(r);
                }
                // SAFETY: each (sequence, head) job writes only rows o..o+l,
                // columns hd*d..(hd+1)*d of ctx, so jobs never overlap.
                unsafe {
                    gemm::gemm(
                        l,
                        d,
                        l,
                        ctx_ptr.0.add(o * h + hd * d),
                        1,
                        h as isize,
                        false,
                        scores.as_ptr(),
                        1,
                        l as isize,
                        v,
                        1,
                        row,
                        0.0,
                        1.0,
                        false,
                        false,
                        false,
                        gemm::Parallelism::None,
                    );
                }
            });
        });
    }
}

#[derive(Default)]
struct Workspace {
    qkv: Vec<f32>,
    ctx: Vec<f32>,
    tmp: Vec<f32>,
    inter: Vec<f32>,
    scratch: Scratch,
}

thread_local! {
    static WORKSPACE: RefCell<Workspace> = RefCell::new(Workspace::default());
    static SCORES: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

struct SendPtr(*mut f32);
// SAFETY: used only to hand disjoint regions of one buffer to rayon jobs.
unsafe impl Sync for SendPtr {}
unsafe impl Send for SendPtr {}
