//! The encoder as a differentiable candle graph, for fine-tuning: the base
//! weights frozen, a low-rank pair of factors (LoRA) beside each linear layer
//! of every transformer layer, the only variables. Its forward pass is the
//! same BERT as [`crate::model::encoder`] (padded batches, masked attention and
//! pooling), written with candle's differentiable ops; its result for the
//! factors it learnt is [`crate::model::adapter::Adapter`], which the fast encoder
//! merges into its weights.

use candle_core::{D, DType, Device, Tensor, Var};
use candle_nn::ops::{layer_norm_slow, softmax};
use candle_nn::{Module, VarBuilder};

use crate::error::{Error, Result};
use crate::math::SplitMix64;
use crate::model::adapter::FactorPair;
use crate::model::encoder::BertConfig;
use crate::model::files::ModelFiles;

/// The linear layers of a transformer layer that get factors, by weight name.
pub const TARGETS: [&str; 6] = [
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
];

/// Shape of the factors.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LoraShape {
    /// Rank of each pair.
    pub rank: usize,
    /// The update is scaled by `alpha / rank`.
    pub alpha: f64,
}

struct Lora {
    weight: String,
    a: Var, // (r, k)
    b: Var, // (n, r)
    scale: f64,
}

struct Linear {
    w_t: Tensor, // (k, n)
    bias: Tensor,
    lora: Option<Lora>,
}

impl Linear {
    /// `x` is (m, k).
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        let y = x.matmul(&self.w_t)?.broadcast_add(&self.bias)?;
        match &self.lora {
            None => Ok(y),
            Some(l) => {
                let d = x
                    .matmul(&l.a.as_tensor().t()?)?
                    .matmul(&l.b.as_tensor().t()?)?;
                y + (d * l.scale)?
            }
        }
    }
}

struct Norm {
    w: Tensor,
    b: Tensor,
    eps: f32,
}

impl Norm {
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        layer_norm_slow(x, &self.w, &self.b, self.eps)
    }
}

struct Layer {
    q: Linear,
    k: Linear,
    v: Linear,
    o: Linear,
    ln1: Norm,
    inter: Linear,
    out: Linear,
    ln2: Norm,
}

/// The trainable encoder.
pub struct TrainableEncoder {
    cfg: BertConfig,
    word: candle_nn::Embedding,
    pos: Tensor,
    typ0: Tensor,
    ln: Norm,
    layers: Vec<Layer>,
    device: Device,
}

fn load_err(files: &ModelFiles) -> impl Fn(candle_core::Error) -> Error + '_ {
    move |e| Error::Load {
        path: files.weights.clone(),
        reason: e.to_string(),
    }
}

impl TrainableEncoder {
    /// Loads the base weights and starts every factor pair at zero change:
    /// `b` zero, `a` uniform in ±1/sqrt(k) from `seed` (as LoRA does).
    pub fn load(files: &ModelFiles, shape: LoraShape, seed: u64) -> Result<TrainableEncoder> {
        let text = std::fs::read_to_string(&files.config).map_err(|e| Error::Load {
            path: files.config.clone(),
            reason: e.to_string(),
        })?;
        let cfg: BertConfig = serde_json::from_str(&text).map_err(|e| Error::Load {
            path: files.config.clone(),
            reason: e.to_string(),
        })?;
        let device = Device::Cpu;
        // SAFETY: a verified, read-only cache file, not written while mapped.
        let vb =
            unsafe { VarBuilder::from_mmaped_safetensors(&[&files.weights], DType::F32, &device) }
                .map_err(load_err(files))?;
        let mut rng = SplitMix64::new(seed);
        let (h, i) = (cfg.hidden_size, cfg.intermediate_size);
        let eps = cfg.layer_norm_eps as f32;
        let norm = |vb: VarBuilder| -> candle_core::Result<Norm> {
            Ok(Norm {
                w: vb.get(h, "weight")?,
                b: vb.get(h, "bias")?,
                eps,
            })
        };
        let mut layers = Vec::with_capacity(cfg.num_hidden_layers);
        for l in 0..cfg.num_hidden_layers {
            let lb = vb.pp(format!("encoder.layer.{l}"));
            let mut lin = |name: &str, n: usize, k: usize| -> candle_core::Result<Linear> {
                let w = lb.get((n, k), &format!("{name}.weight"))?;
                let bound = 1.0 / (k as f32).sqrt();
                let a: Vec<f32> = (0..shape.rank * k)
                    .map(|_| (rng.next_f32() * 2.0 - 1.0) * bound)
                    .collect();
                let a = Var::from_tensor(&Tensor::from_vec(a, (shape.rank, k), &device)?)?;
                let b = Var::zeros((n, shape.rank), DType::F32, &device)?;
                Ok(Linear {
                    w_t: w.t()?.contiguous()?,
                    bias: lb.get(n, &format!("{name}.bias"))?,
                    lora: Some(Lora {
                        weight: format!("encoder.layer.{l}.{name}.weight"),
                        a,
                        b,
                        scale: shape.alpha / shape.rank as f64,
                    }),
                })
            };
            let layer = Layer {
                q: lin(TARGETS[0], h, h)?,
                k: lin(TARGETS[1], h, h)?,
                v: lin(TARGETS[2], h, h)?,
                o: lin(TARGETS[3], h, h)?,
                inter: lin(TARGETS[4], i, h)?,
                out: lin(TARGETS[5], h, i)?,
                ln1: norm(lb.pp("attention.output.LayerNorm"))?,
                ln2: norm(lb.pp("output.LayerNorm"))?,
            };
            layers.push(layer);
        }
        let build = || -> candle_core::Result<TrainableEncoder> {
            let e = vb.pp("embeddings");
            let word = e.get_unchecked("word_embeddings.weight")?;
            Ok(TrainableEncoder {
                word: candle_nn::Embedding::new(word, h),
                pos: e.get(
                    (cfg.max_position_embeddings, h),
                    "position_embeddings.weight",
                )?,
                typ0: e.get((2, h), "token_type_embeddings.weight")?.get(0)?,
                ln: norm(e.pp("LayerNorm"))?,
                layers,
                device: device.clone(),
                cfg: cfg.clone(),
            })
        };
        build().map_err(load_err(files))
    }

    /// The variables the optimiser updates.
    pub fn vars(&self) -> Vec<Var> {
        self.loras()
            .flat_map(|l| [l.a.clone(), l.b.clone()])
            .collect()
    }

    fn loras(&self) -> impl Iterator<Item = &Lora> {
        self.layers.iter().flat_map(|l| {
            [&l.q, &l.k, &l.v, &l.o, &l.inter, &l.out]
                .into_iter()
                .filter_map(|lin| lin.lora.as_ref())
        })
    }

    /// Mean-pooled, L2-normalised vectors (b, hidden) of complete sequences
    /// (`[CLS] … [SEP]`), padded to the longest; differentiable in the factors.
    pub fn embed(&self, seqs: &[Vec<u32>]) -> candle_core::Result<Tensor> {
        let (bsz, t) = (seqs.len(), seqs.iter().map(Vec::len).max().unwrap_or(0));
        let h = self.cfg.hidden_size;
        let heads = self.cfg.num_attention_heads;
        let d = h / heads;
        let mut ids = vec![0u32; bsz * t];
        let mut mask = vec![0f32; bsz * t];
        for (s, seq) in seqs.iter().enumerate() {
            ids[s * t..s * t + seq.len()].copy_from_slice(seq);
            mask[s * t..s * t + seq.len()].fill(1.0);
        }
        let ids = Tensor::from_vec(ids, (bsz, t), &self.device)?;
        let mask = Tensor::from_vec(mask, (bsz, t), &self.device)?;
        // 0 where attended, a large negative number on padding.
        let bias = ((mask.clone() - 1.0)? * 1e9)?.reshape((bsz, 1, 1, t))?;
        let pos = self.pos.narrow(0, 0, t)?;
        let x = self
            .word
            .forward(&ids)?
            .broadcast_add(&pos)?
            .broadcast_add(&self.typ0)?;
        let mut x = self.ln.forward(&x)?.reshape((bsz * t, h))?;
        let split = |y: Tensor| -> candle_core::Result<Tensor> {
            y.reshape((bsz, t, heads, d))?.transpose(1, 2)?.contiguous()
        };
        for l in &self.layers {
            let q = split(l.q.forward(&x)?)?;
            let k = split(l.k.forward(&x)?)?;
            let v = split(l.v.forward(&x)?)?;
            let scores = (q.matmul(&k.t()?.contiguous()?)? / (d as f64).sqrt())?;
            let p = softmax(&scores.broadcast_add(&bias)?, D::Minus1)?;
            let ctx = p
                .matmul(&v)?
                .transpose(1, 2)?
                .contiguous()?
                .reshape((bsz * t, h))?;
            let a = l.ln1.forward(&(l.o.forward(&ctx)? + &x)?)?;
            let f = l.out.forward(&l.inter.forward(&a)?.gelu_erf()?)?;
            x = l.ln2.forward(&(f + a)?)?;
        }
        let x = x.reshape((bsz, t, h))?;
        let m = mask.unsqueeze(2)?;
        let summed = x.broadcast_mul(&m)?.sum(1)?;
        let pooled = summed.broadcast_div(&m.sum(1)?)?;
        let norm = pooled.sqr()?.sum_keepdim(1)?.sqrt()?;
        pooled.broadcast_div(&norm)
    }

    /// The factors as they stand, the scale folded into `b`.
    pub fn factors(&self) -> candle_core::Result<Vec<FactorPair>> {
        self.loras()
            .map(|l| {
                let (rank, k) = l.a.as_tensor().dims2()?;
                let (n, _) = l.b.as_tensor().dims2()?;
                Ok(FactorPair {
                    weight: l.weight.clone(),
                    rank,
                    n,
                    k,
                    a: l.a.as_tensor().flatten_all()?.to_vec1()?,
                    b: (l.b.as_tensor() * l.scale)?.flatten_all()?.to_vec1()?,
                })
            })
            .collect()
    }
}
