//! The arithmetic of the encoder's linear layers: the [`Precision`] a command
//! or the Python package asks for, what it reads and prints, which one each
//! use defaults to ([`Precision::LABELLING_DEFAULT`],
//! [`Precision::EMBEDDING_DEFAULT`]), and what this CPU runs when asked for
//! one ([`Precision::on_this_cpu`]). The kernels are in [`super::kernels`].

use super::kernels::{bf16, int8};

/// Arithmetic of the linear layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// fp32 throughout: matches sentence-transformers within 1e-5.
    F32,
    /// bf16 inputs and weights with fp32 sums in the linear layers (AVX-512
    /// BF16 CPUs; others fall back to fp32): cosine above 0.9999 to fp32.
    Bf16,
    /// int8 weights (per output channel) and activations (per token) with
    /// exact integer sums in the linear layers (AVX-512 VNNI, AVX-VNNI or
    /// AVX2 CPUs; others fall back to fp32).
    Int8,
    /// The fastest precision whose labels were measured to hold, for this
    /// CPU: int8 wherever an int8 kernel runs (on AMD Zen 4 and Intel
    /// Emerald Rapids int8 is the fastest of the three, and on an AVX2-only
    /// CPU faster than fp32), fp32 elsewhere ([`Precision::on_this_cpu`]).
    Auto,
}

impl std::fmt::Display for Precision {
    /// `f32`, `bf16`, `int8` or `auto`: what [`str::parse`] reads.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Precision::F32 => "f32",
            Precision::Bf16 => "bf16",
            Precision::Int8 => "int8",
            Precision::Auto => "auto",
        })
    }
}

impl std::str::FromStr for Precision {
    type Err = String;

    /// `f32`, `bf16`, `int8` or `auto`.
    fn from_str(s: &str) -> Result<Precision, String> {
        match s {
            "f32" => Ok(Precision::F32),
            "bf16" => Ok(Precision::Bf16),
            "int8" => Ok(Precision::Int8),
            "auto" => Ok(Precision::Auto),
            _ => Err(format!(
                "{s:?} is not a precision: use auto, f32, bf16 or int8"
            )),
        }
    }
}

impl Precision {
    /// The precision labelling uses unless told otherwise: `classify`,
    /// `batch`, `eval`, a [`ClassifierConfig`](crate::pipeline::config::ClassifierConfig)
    /// and the Python `Classifier`.
    pub const LABELLING_DEFAULT: Precision = Precision::Auto;

    /// The precision vectors are made in unless told otherwise: `embed` and
    /// the Python `embed` (the exact match with sentence-transformers),
    /// `train` (a head comes out the same on every CPU), and an
    /// [`EmbedderConfig`](super::embed::EmbedderConfig).
    pub const EMBEDDING_DEFAULT: Precision = Precision::F32;

    /// What this CPU runs when `self` is asked for: the precision itself, or
    /// fp32 when the CPU (or `JOBCLASS_CPU`) has no kernel for it; `auto` is
    /// int8 where an int8 kernel runs, else fp32. Never `auto`.
    pub fn on_this_cpu(self) -> Precision {
        match self {
            Precision::Bf16 if !bf16::available() => Precision::F32,
            Precision::Int8 | Precision::Auto if !int8::available() => Precision::F32,
            Precision::Auto => Precision::Int8,
            p => p,
        }
    }
}
