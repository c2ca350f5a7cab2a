//! Contrastive fine-tuning of the encoder on the labeled examples, as SetFit
//! does for few-shot classification: vectors of examples with the same label
//! are pulled together (cosine towards 1), those of different labels pushed
//! apart (towards 0), and only low-rank factors beside the frozen weights
//! learn ([`super::trainable`]). The result is an adapter
//! ([`crate::model::adapter`]) that the encoder merges in at load time.
//!
//! `other` examples (jobs that are none of the three) take no part: they are
//! a few dozen unrelated jobs, and pulling them into one cluster taught the
//! encoder that `other` means those jobs: real postings of other jobs then
//! lay nearer the roles (measured in EVALUATION.md). The head still learns
//! `other` from them afterwards.
//!
//! Each step draws the same number of examples of every label (a class
//! that runs out is reshuffled and drawn again), embeds them, and scores
//! every pair in the batch: the mean squared error of the same-label pairs
//! against 1 plus that of the different-label pairs against 0, so both kinds
//! count alike whatever their numbers. Everything random comes from one
//! seed: the same examples and parameters give the same adapter.

use candle_core::{DType, Tensor};
use candle_nn::{AdamW, Optimizer, ParamsAdamW};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::io::labeled::Labeled;
use crate::labels::OTHER;
use crate::math::SplitMix64;
use crate::model::adapter::{AdapterInfo, FORMAT_VERSION, FactorPair};
use crate::model::embed::Embedder;
use crate::model::files::{MODEL_SHA256, ModelFiles};
use crate::training::trainable::{LoraShape, TrainableEncoder};

/// What decides a fine-tuning run's result.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FinetuneParams {
    /// Seed of the factors' start and of the batches.
    pub seed: u64,
    /// Optimiser steps.
    pub steps: usize,
    /// Examples of each label in a batch.
    pub per_label: usize,
    /// Peak learning rate (AdamW); it rises linearly over the first tenth of
    /// the steps and falls linearly to 0 by the last.
    pub lr: f64,
    /// Shape of the factors.
    pub lora: LoraShape,
    /// Examples are cut to this many tokens (`[CLS]` and `[SEP]` included).
    pub max_tokens: usize,
}

impl Default for FinetuneParams {
    fn default() -> Self {
        FinetuneParams {
            seed: 17,
            steps: 200,
            per_label: 4,
            lr: 5e-4,
            lora: LoraShape {
                rank: 8,
                alpha: 16.0,
            },
            max_tokens: 128,
        }
    }
}

/// The outcome of a run.
pub struct Finetuned {
    /// The learnt factors, ready for [`crate::model::adapter::Adapter::save`].
    pub factors: Vec<FactorPair>,
    /// What the adapter file records.
    pub info: AdapterInfo,
    /// The loss of every step.
    pub losses: Vec<f64>,
}

/// Draws `per_label` examples of every label per batch, each label's
/// examples in a fresh shuffled order every time they run out.
struct Batches {
    by_label: Vec<Vec<usize>>,
    next: Vec<usize>,
    rng: SplitMix64,
    per_label: usize,
}

impl Batches {
    fn new(labels: &[usize], k: usize, per_label: usize, rng: SplitMix64) -> Batches {
        let mut by_label = vec![Vec::new(); k];
        for (i, &l) in labels.iter().enumerate() {
            by_label[l].push(i);
        }
        by_label.retain(|v| !v.is_empty());
        let next = vec![usize::MAX; by_label.len()];
        Batches {
            by_label,
            next,
            rng,
            per_label,
        }
    }

    fn draw(&mut self) -> Vec<usize> {
        let mut batch = Vec::new();
        for (c, pool) in self.by_label.iter_mut().enumerate() {
            for _ in 0..self.per_label.min(pool.len()) {
                if self.next[c] >= pool.len() {
                    self.rng.shuffle(pool);
                    self.next[c] = 0;
                }
                batch.push(pool[self.next[c]]);
                self.next[c] += 1;
            }
        }
        batch
    }
}

/// The learning rate of step `s` of `n`: linear warm-up over the first
/// tenth, then linear decay to 0.
fn learning_rate(peak: f64, s: usize, n: usize) -> f64 {
    let warm = (n / 10).max(1);
    if s < warm {
        peak * (s + 1) as f64 / warm as f64
    } else {
        peak * (n - s) as f64 / (n - warm).max(1) as f64
    }
}

/// The contrastive loss of unit vectors `e` (b, d) with labels `y`.
fn pair_loss(e: &Tensor, y: &[usize]) -> candle_core::Result<Tensor> {
    let b = y.len();
    let mut pos = vec![0f32; b * b];
    let mut neg = vec![0f32; b * b];
    for i in 0..b {
        for j in 0..b {
            if i == j {
                continue;
            }
            if y[i] == y[j] {
                pos[i * b + j] = 1.0;
            } else {
                neg[i * b + j] = 1.0;
            }
        }
    }
    let (np, nn) = (pos.iter().sum::<f32>(), neg.iter().sum::<f32>());
    let dev = e.device();
    let pos = Tensor::from_vec(pos, (b, b), dev)?;
    let neg = Tensor::from_vec(neg, (b, b), dev)?;
    let s = e.matmul(&e.t()?)?;
    let mut loss = (s.sqr()? * &neg)?.sum_all()? / nn.max(1.0) as f64;
    if np > 0.0 {
        let p = ((s - 1.0)?.sqr()? * &pos)?.sum_all()? / np as f64;
        loss = loss? + p?;
    }
    loss
}

/// Fine-tunes the encoder of `files` on `examples`; `tokenizer` is the
/// embedder whose tokenizer cuts the texts; `progress` hears of each step
/// (its number from 1, the loss).
pub fn finetune(
    files: &ModelFiles,
    tokenizer: &Embedder,
    examples: &[Labeled],
    params: &FinetuneParams,
    data: (&str, &str),
    progress: &mut dyn FnMut(usize, f64),
) -> Result<Finetuned> {
    if params.steps == 0 || params.per_label == 0 || params.max_tokens < 3 {
        return Err(Error::Input(
            "fine-tuning needs at least one step, one example per label and 3 tokens".into(),
        ));
    }
    let examples: Vec<&Labeled> = examples.iter().filter(|e| e.label != OTHER).collect();
    let labels = contrasted_labels(&examples)?;
    let y: Vec<usize> = examples
        .iter()
        .map(|e| labels.iter().position(|l| *l == e.label).expect("listed"))
        .collect();
    let seqs = token_ids(tokenizer, &examples, params.max_tokens)?;

    let mut rng = SplitMix64::new(params.seed);
    let model = TrainableEncoder::load(files, params.lora, rng.next_u64())?;
    let batches = Batches::new(&y, labels.len(), params.per_label, rng);
    let losses = run_steps(&model, &seqs, &y, batches, params, progress)?;
    Ok(Finetuned {
        factors: model.factors().map_err(train_err)?,
        info: adapter_info(params, data, &losses),
        losses,
    })
}

/// The labels of `examples`, in training order; fails unless there are two
/// to pull apart.
fn contrasted_labels(examples: &[&Labeled]) -> Result<Vec<&'static str>> {
    let labels: Vec<&str> = crate::labels::training_order()
        .filter(|l| examples.iter().any(|e| e.label == *l))
        .collect();
    if labels.len() < 2 {
        return Err(Error::Input(format!(
            "fine-tuning needs examples of at least two labels besides `other`; found only {labels:?}"
        )));
    }
    Ok(labels)
}

/// The token ids of every example, cut to `max_tokens` with `[SEP]` kept
/// last.
fn token_ids(
    tokenizer: &Embedder,
    examples: &[&Labeled],
    max_tokens: usize,
) -> Result<Vec<Vec<u32>>> {
    examples
        .iter()
        .map(|e| {
            let mut ids = tokenizer.input_ids(&e.text)?;
            if ids.len() > max_tokens {
                let sep = *ids.last().expect("[SEP]");
                ids.truncate(max_tokens - 1);
                ids.push(sep);
            }
            Ok(ids)
        })
        .collect()
}

fn train_err(e: candle_core::Error) -> Error {
    Error::Input(format!("fine-tuning: {e}"))
}

/// Runs every optimiser step on a batch from `batches` of `seqs` (labels
/// `y`), telling `progress` of each; returns the loss of every step.
fn run_steps(
    model: &TrainableEncoder,
    seqs: &[Vec<u32>],
    y: &[usize],
    mut batches: Batches,
    params: &FinetuneParams,
    progress: &mut dyn FnMut(usize, f64),
) -> Result<Vec<f64>> {
    let mut opt = AdamW::new(
        model.vars(),
        ParamsAdamW {
            lr: params.lr,
            weight_decay: 0.0,
            ..ParamsAdamW::default()
        },
    )
    .map_err(train_err)?;
    let mut losses = Vec::with_capacity(params.steps);
    for s in 0..params.steps {
        let batch = batches.draw();
        let b_seqs: Vec<Vec<u32>> = batch.iter().map(|&i| seqs[i].clone()).collect();
        let b_y: Vec<usize> = batch.iter().map(|&i| y[i]).collect();
        opt.set_learning_rate(learning_rate(params.lr, s, params.steps));
        let loss = model
            .embed(&b_seqs)
            .and_then(|e| pair_loss(&e, &b_y))
            .map_err(train_err)?;
        let value = loss
            .to_dtype(DType::F64)
            .and_then(|l| l.to_scalar::<f64>())
            .map_err(train_err)?;
        opt.backward_step(&loss).map_err(train_err)?;
        losses.push(value);
        progress(s + 1, value);
    }
    Ok(losses)
}

/// What the adapter file records of a run: its parameters, its data (file
/// name and sha256), and the mean of `losses` over the first and over the
/// last tenth of its steps.
fn adapter_info(params: &FinetuneParams, data: (&str, &str), losses: &[f64]) -> AdapterInfo {
    let tenth = (params.steps / 10).max(1);
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    AdapterInfo {
        version: FORMAT_VERSION,
        base_model_sha256: MODEL_SHA256.to_string(),
        rank: params.lora.rank,
        alpha: params.lora.alpha,
        data_file: data.0.to_string(),
        data_sha256: data.1.to_string(),
        params: serde_json::to_value(params).expect("plain data"),
        loss_first: mean(&losses[..tenth]),
        loss_last: mean(&losses[losses.len() - tenth..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_batch_holds_each_label_alike_and_cycles_through_all() {
        let y = [0, 0, 0, 1, 1, 2, 2, 2, 2, 2];
        let mut b = Batches::new(&y, 3, 2, SplitMix64::new(1));
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..3 {
            let batch = b.draw();
            let labels: Vec<usize> = batch.iter().map(|&i| y[i]).collect();
            assert_eq!(labels, vec![0, 0, 1, 1, 2, 2]);
            seen.extend(batch);
        }
        assert_eq!(seen.len(), y.len(), "three batches reach every example");
    }

    #[test]
    fn the_learning_rate_warms_up_and_decays_to_zero() {
        let lr: Vec<f64> = (0..20).map(|s| learning_rate(1.0, s, 20)).collect();
        assert_eq!(lr[0], 0.5);
        assert_eq!(lr[1], 1.0);
        assert!(lr.windows(2).skip(1).all(|w| w[1] <= w[0]));
        assert!(lr[19] > 0.0 && lr[19] < 0.1);
    }

    #[test]
    fn the_loss_is_zero_for_perfect_vectors_and_counts_both_kinds_alike() {
        let dev = candle_core::Device::Cpu;
        // Two labels, orthogonal unit vectors: same label cos 1, different 0.
        let e = Tensor::new(&[[1f32, 0.0], [1.0, 0.0], [0.0, 1.0]], &dev).unwrap();
        let l = pair_loss(&e, &[0, 0, 1])
            .unwrap()
            .to_scalar::<f32>()
            .unwrap();
        assert!(l.abs() < 1e-7, "{l}");
        // All alike: same-label pairs perfect, different-label pairs cos 1.
        let e = Tensor::new(&[[1f32, 0.0], [1.0, 0.0], [1.0, 0.0]], &dev).unwrap();
        let l = pair_loss(&e, &[0, 0, 1])
            .unwrap()
            .to_scalar::<f32>()
            .unwrap();
        assert!((l - 1.0).abs() < 1e-6, "{l}");
    }
}
