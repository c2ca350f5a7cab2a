//! Text to vectors: where the model files come from ([`files`]), the 256-token
//! windows a long text is cut into ([`window`]), the BERT encoder
//! ([`encoder`]), the arithmetic of its linear layers ([`precision`]) and its
//! kernels ([`kernels`]: fp32, bf16 and int8, chosen by what the CPU has), the
//! low-rank adapters a fine-tuned encoder merges into its weights
//! ([`adapter`]), the embeddings of segments already seen in a run
//! ([`segment_cache`]), and the embedder that ties them together with the
//! tokenizer ([`embed`]).

pub mod adapter;
pub mod embed;
pub mod encoder;
pub mod files;
pub mod kernels;
pub mod precision;
pub mod segment_cache;
pub mod window;
