//! The encoder's linear-layer and elementwise kernels, one file per
//! arithmetic: fp32 (`fp32`: the linear layer on AVX-512, else through the
//! `gemm` crate, layer norm, GELU, softmax), [`bf16`] and [`int8`], and
//! [`cpu`], which says what instruction sets they may use. Which one a model runs is its
//! [`Precision`](super::precision::Precision).

pub mod bf16;
pub mod cpu;
pub(super) mod fp32;
pub mod int8;
