//! The encoder's linear-layer and elementwise kernels, one file per
//! arithmetic: fp32 (`fp32`: the linear layer on AVX-512, else through the
//! `gemm` crate, layer norm, GELU, softmax), [`bf16`] and [`int8`], and
//! [`cpu`], which says what instruction sets they may use. Which one a model
//! runs is its [`Precision`]; [`describe`] names it for people.

pub mod bf16;
pub mod cpu;
pub(super) mod fp32;
pub mod int8;

use super::precision::Precision;

/// What runs the linear layers when `precision` is asked for on this CPU
/// (capped by `JOBCLASS_CPU`), for people: the precision that runs and its
/// kernel, as in `int8, AMX tiles`. The one place kernels are named: `jobclass
/// doctor` and `batch`'s summary print it.
pub fn describe(precision: Precision) -> &'static str {
    name(
        precision.on_this_cpu(),
        int8::kernel(),
        fp32::avx512::available(),
    )
}

/// The name of the kernel that runs `precision` (one this CPU runs), when
/// `int8` is the int8 kernel it has and `avx512` says whether its f32 linear
/// layers run on AVX-512.
fn name(precision: Precision, int8: Option<int8::Kernel>, avx512: bool) -> &'static str {
    use int8::Kernel;
    match (precision, int8) {
        (Precision::Int8, Some(Kernel::Amx)) => "int8, AMX tiles",
        (Precision::Int8, Some(Kernel::Vnni)) => "int8, AVX-512 VNNI",
        (Precision::Int8, Some(Kernel::AvxVnni)) => "int8, AVX-VNNI",
        (Precision::Int8, Some(Kernel::Avx2)) => "int8, AVX2",
        (Precision::Bf16, _) => "bf16, AVX-512 BF16",
        // `on_this_cpu` never gives int8 without a kernel, nor `auto`.
        (Precision::F32 | Precision::Int8 | Precision::Auto, _) if avx512 => "f32, AVX-512",
        (Precision::F32 | Precision::Int8 | Precision::Auto, _) => "f32, gemm crate",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kernel by its name, and f32 where int8 has no kernel.
    #[test]
    fn each_kernel_is_named() {
        use int8::Kernel;
        for (runs, int8, want) in [
            (Precision::Int8, Some(Kernel::Amx), "int8, AMX tiles"),
            (Precision::Int8, Some(Kernel::Vnni), "int8, AVX-512 VNNI"),
            (Precision::Int8, Some(Kernel::AvxVnni), "int8, AVX-VNNI"),
            (Precision::Int8, Some(Kernel::Avx2), "int8, AVX2"),
            (Precision::Int8, None, "f32, gemm crate"),
            (Precision::Bf16, Some(Kernel::Amx), "bf16, AVX-512 BF16"),
            (Precision::F32, Some(Kernel::Avx2), "f32, gemm crate"),
        ] {
            assert_eq!(name(runs, int8, false), want, "{runs} with {int8:?}");
        }
        assert_eq!(
            name(Precision::F32, Some(Kernel::Amx), true),
            "f32, AVX-512"
        );
        assert_eq!(
            name(Precision::Int8, Some(Kernel::Amx), true),
            "int8, AMX tiles"
        );
    }

    /// On this CPU: each precision is described as what it runs here.
    #[test]
    fn describe_names_what_this_cpu_runs() {
        for p in [
            Precision::Auto,
            Precision::F32,
            Precision::Bf16,
            Precision::Int8,
        ] {
            let runs = p.on_this_cpu();
            assert!(
                describe(p).starts_with(&format!("{runs}, ")),
                "{p}: {}",
                describe(p)
            );
            assert_eq!(describe(p), describe(runs));
        }
        let int8 = describe(Precision::Int8);
        assert_eq!(int8.starts_with("f32, "), int8::kernel().is_none());
        assert_eq!(
            describe(Precision::F32) == "f32, AVX-512",
            fp32::avx512::available()
        );
    }
}
