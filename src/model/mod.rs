//! Text to vectors: where the model files come from ([`files`]), the 256-token
//! windows a long text is cut into ([`window`]), the BERT encoder
//! ([`encoder`]) with its kernels (fp32 in `f32_kernels`, [`bf16`], [`int8`],
//! chosen by what the CPU has: [`cpu`]), the low-rank adapters a fine-tuned
//! encoder merges into its weights ([`adapter`]), the embeddings of inputs
//! already seen in a run ([`segment_cache`]), and the embedder that ties them
//! together with the tokenizer ([`embed`]).

pub mod adapter;
pub mod bf16;
pub mod cpu;
pub mod embed;
pub mod encoder;
mod f32_kernels;
pub mod files;
pub mod int8;
pub mod segment_cache;
pub mod window;
