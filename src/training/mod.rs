//! Learning from labeled examples: fitting the classification head on
//! sentence embeddings ([`train`]), contrastive fine-tuning of the encoder
//! into an adapter ([`finetune`]), and the encoder as a differentiable graph
//! that fine-tuning runs ([`trainable`]), and a feed model from a feed's own
//! postings ([`adapt`]).
//!
//! It sits above [`crate::model`] and [`crate::pipeline`]: it embeds with the
//! model's encoder and produces what inference reads (a
//! [`crate::pipeline::head::Head`], a [`crate::model::adapter::Adapter`]);
//! nothing in those layers uses it.

pub mod adapt;
pub mod finetune;
pub mod train;
pub mod trainable;
