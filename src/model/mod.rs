//! Text to vectors: where the model files come from ([`files`]), the 256-token
//! windows a long text is cut into ([`window`]), the BERT encoder and its
//! kernels ([`encoder`], [`bf16`]), and the embedder that ties them together
//! with the tokenizer ([`embed`]).

pub mod adapter;
pub mod bf16;
pub mod cache;
pub mod cpu;
pub mod embed;
pub mod encoder;
pub mod files;
pub mod int8;
mod kernels;
pub mod window;
