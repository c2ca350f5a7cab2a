//! Learning from examples: fitting the classification head and its scope
//! gate on sentence embeddings ([`head_fit`], `jobclass train`), contrastive
//! fine-tuning of the encoder into an adapter ([`finetune`], `jobclass train
//! --finetune`), the encoder as a differentiable graph that fine-tuning runs
//! ([`trainable`]), and fitting a feed model on a feed's own postings
//! ([`feed_fit`], `jobclass adapt`).
//!
//! It sits above [`crate::model`] and [`crate::pipeline`]: it embeds with the
//! model's encoder and produces what inference reads (a
//! [`crate::pipeline::head::Head`], a [`crate::model::adapter::Adapter`]);
//! nothing in those layers uses it.

pub mod feed_fit;
pub mod finetune;
pub mod head_fit;
pub mod trainable;
