//! The encoder's fp32 kernels: the linear layer on AVX-512 with weights
//! packed at load ([`avx512`]) or, below AVX-512, through the `gemm` crate
//! (its kernel on a stable compiler is AVX2 and FMA), layer norm, and GELU
//! and softmax vectorised for AVX-512 or AVX2, chosen at run time, with
//! polynomial `exp` and `erf` the compiler can vectorise (accurate to a few
//! 1e-7).

use gemm::Parallelism;
use rayon::prelude::*;

pub(in crate::model) mod attention;
pub(in crate::model) mod avx512;

/// `out (t, n) = x (t, k) · w^T + b` with `w` stored (n, k) as in PyTorch.
pub(in crate::model) fn linear(
    x: &[f32],
    t: usize,
    k: usize,
    w: &[f32],
    b: &[f32],
    n: usize,
    out: &mut [f32],
) {
    debug_assert_eq!(x.len(), t * k);
    debug_assert_eq!(w.len(), n * k);
    let out = &mut out[..t * n];
    for row in out.chunks_mut(n) {
        row.copy_from_slice(b);
    }
    // SAFETY: the strides describe x (t, k) row-major, w^T (k, n) read from w
    // (n, k) row-major, and out (t, n) row-major, all within their slices.
    unsafe {
        gemm::gemm(
            t,
            n,
            k,
            out.as_mut_ptr(),
            1,
            n as isize,
            true,
            x.as_ptr(),
            1,
            k as isize,
            w.as_ptr(),
            k as isize,
            1,
            1.0,
            1.0,
            false,
            false,
            false,
            Parallelism::Rayon(rayon::current_num_threads()),
        );
    }
}

/// `x = layer_norm(x + y)` row by row.
pub(in crate::model) fn add_layer_norm(
    x: &mut [f32],
    y: &[f32],
    h: usize,
    ln: &(Vec<f32>, Vec<f32>),
    eps: f32,
) {
    x.par_chunks_mut(h)
        .zip(y.par_chunks(h))
        .for_each(|(xr, yr)| add_layer_norm_row(xr, yr, &ln.0, &ln.1, eps));
}

#[inline(always)]
fn add_layer_norm_generic(row: &mut [f32], y: &[f32], g: &[f32], b: &[f32], eps: f32) {
    row.iter_mut().zip(y).for_each(|(a, y)| *a += y);
    layer_norm_generic(row, g, b, eps);
}

#[inline(always)]
fn layer_norm_generic(row: &mut [f32], g: &[f32], b: &[f32], eps: f32) {
    let n = row.len() as f32;
    let mean = lane_sum(row, |v| v) / n;
    let var = lane_sum(row, |v| (v - mean) * (v - mean)) / n;
    let inv = 1.0 / (var + eps).sqrt();
    for ((v, g), b) in row.iter_mut().zip(g).zip(b) {
        *v = (*v - mean) * inv * g + b;
    }
}

/// `Σ f(v)` over `x`, summed in [`LANES`] independent lanes so that it
/// vectorises.
#[inline(always)]
fn lane_sum(x: &[f32], f: impl Fn(f32) -> f32) -> f32 {
    let mut acc = [0f32; LANES];
    let mut chunks = x.chunks_exact(LANES);
    for c in &mut chunks {
        for l in 0..LANES {
            acc[l] += f(c[l]);
        }
    }
    acc.iter().sum::<f32>() + chunks.remainder().iter().map(|&v| f(v)).sum::<f32>()
}

/// Chooses the widest SIMD the CPU has for the elementwise kernels.
macro_rules! dispatch {
    ($vis:vis $name:ident, $generic:ident, ($($arg:ident: $ty:ty),*)) => {
        $vis fn $name($($arg: $ty),*) {
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx512f")]
                unsafe fn avx512($($arg: $ty),*) {
                    $generic($($arg),*)
                }
                #[target_feature(enable = "avx2,fma")]
                unsafe fn avx2($($arg: $ty),*) {
                    $generic($($arg),*)
                }
                let level = super::cpu::level();
                if level >= super::cpu::Level::Avx512 {
                    // SAFETY: the CPU has AVX-512F.
                    return unsafe { avx512($($arg),*) };
                }
                if level >= super::cpu::Level::Avx2 {
                    // SAFETY: the CPU has AVX2 and FMA.
                    return unsafe { avx2($($arg),*) };
                }
            }
            $generic($($arg),*)
        }
    };
}

dispatch!(pub(in crate::model) gelu_inplace, gelu_generic, (x: &mut [f32]));
dispatch!(pub(in crate::model) softmax_inplace, softmax_generic, (x: &mut [f32]));
dispatch!(pub(in crate::model) layer_norm, layer_norm_generic, (row: &mut [f32], g: &[f32], b: &[f32], eps: f32));
dispatch!(add_layer_norm_row, add_layer_norm_generic, (row: &mut [f32], y: &[f32], g: &[f32], b: &[f32], eps: f32));

#[inline(always)]
fn gelu_generic(x: &mut [f32]) {
    for v in x.iter_mut() {
        *v = 0.5 * *v * (1.0 + erf(*v * std::f32::consts::FRAC_1_SQRT_2));
    }
}

/// Lanes of the partial reductions below: float sums and maxima only
/// vectorise when written as independent lanes (the compiler may not
/// reassociate them itself).
const LANES: usize = 16;

#[inline(always)]
fn softmax_generic(x: &mut [f32]) {
    let mut mx = [f32::NEG_INFINITY; LANES];
    let mut chunks = x.chunks_exact(LANES);
    for c in &mut chunks {
        for l in 0..LANES {
            mx[l] = mx[l].max(c[l]);
        }
    }
    let m = chunks.remainder().iter().fold(
        mx.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b)),
        |a, &b| a.max(b),
    );
    let mut sum = [0f32; LANES];
    let mut chunks = x.chunks_exact_mut(LANES);
    for c in &mut chunks {
        for l in 0..LANES {
            c[l] = exp(c[l] - m);
            sum[l] += c[l];
        }
    }
    let mut s: f32 = sum.iter().sum();
    // The remainder (all of a row shorter than LANES) goes through one
    // padded block, so that short rows are vectorised too.
    let rest = chunks.into_remainder();
    let mut block = [0f32; LANES];
    block[..rest.len()].copy_from_slice(rest);
    for v in block.iter_mut() {
        *v = exp(*v - m);
    }
    rest.copy_from_slice(&block[..rest.len()]);
    s += rest.iter().sum::<f32>();
    let inv = 1.0 / s;
    x.iter_mut().for_each(|v| *v *= inv);
}

/// `e^x` for x <= 0 region and moderate positive values: range reduction to
/// `2^n · e^r` with |r| <= ln2/2 and a degree-6 polynomial; relative error
/// about 2e-7. Branch-free, so loops over it vectorise.
///
/// `n` is rounded by adding 1.5 · 2^23 (the float's mantissa then holds `n`
/// as an integer) rather than by `round()` and `as i32`: Rust's saturating
/// float-to-int cast does not vectorise, and the scalar conversion of every
/// lane cost more than the rest of the function.
#[inline(always)]
pub fn exp(x: f32) -> f32 {
    const SHIFT: f32 = 12_582_912.0; // 1.5 * 2^23
    let x = x.clamp(-87.0, 88.0);
    let shifted = x * std::f32::consts::LOG2_E + SHIFT;
    let n = shifted - SHIFT;
    let r = x - n * 0.693_145_75 - n * 1.428_606_8e-6;
    let p = 1.0
        + r * (1.0
            + r * (0.5
                + r * (0.166_666_67 + r * (0.041_666_4 + r * (0.008_333_7 + r * 0.001_392_9)))));
    // The low mantissa bits of `shifted` are n + 2^22 (n in -126..=127).
    let bits = shifted.to_bits().wrapping_sub(SHIFT.to_bits());
    f32::from_bits(bits.wrapping_add(127).wrapping_shl(23)) * p
}

/// The error function, Abramowitz and Stegun 7.1.26 with a refined
/// coefficient set: absolute error below 1.5e-7.
#[inline(always)]
pub fn erf(x: f32) -> f32 {
    let a = x.abs();
    let t = 1.0 / (1.0 + 0.327_591_1 * a);
    let y = 1.0
        - t * (0.254_829_6
            + t * (-0.284_496_74 + t * (1.421_413_7 + t * (-1.453_152_1 + t * 1.061_405_4))))
            * exp(-a * a);
    y.copysign(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_is_accurate() {
        let mut worst = 0f32;
        let mut x = -80.0f32;
        while x < 80.0 {
            let rel = ((exp(x) - x.exp()) / x.exp()).abs();
            worst = worst.max(rel);
            x += 0.01;
        }
        assert!(worst < 5e-7, "worst relative error {worst}");
    }

    #[test]
    fn exp_holds_at_and_past_its_clamp() {
        for x in [-87.0f32, 88.0] {
            let rel = ((exp(x) as f64 - (x as f64).exp()) / (x as f64).exp()).abs();
            assert!(rel < 5e-7, "exp({x}): relative error {rel}");
        }
        // Past the clamp: the clamp's values, finite and positive, never 0,
        // infinity or garbage exponent bits.
        for x in [f32::NEG_INFINITY, -1e4, -100.0] {
            assert_eq!(exp(x), exp(-87.0), "exp({x})");
        }
        for x in [f32::INFINITY, 1e4, 100.0] {
            assert_eq!(exp(x), exp(88.0), "exp({x})");
        }
        assert!(exp(f32::NAN).is_nan());
    }

    #[test]
    fn erf_is_accurate() {
        // Reference values of erf.
        for (x, want) in [
            (0.0f32, 0.0f32),
            (0.1, 0.112_462_92),
            (0.5, 0.520_499_9),
            (1.0, 0.842_700_8),
            (2.0, 0.995_322_3),
            (-1.5, -0.966_105_2),
            (4.0, 0.999_999_98),
        ] {
            assert!(
                (erf(x) - want).abs() < 3e-7,
                "erf({x}) = {} not {want}",
                erf(x)
            );
        }
    }

    #[test]
    fn layer_norm_and_short_softmax_rows_agree_with_f64_math() {
        // Lengths below, at and above one block of lanes, and the model's width.
        for n in [5usize, 16, 37, 384] {
            let x: Vec<f32> = (0..n)
                .map(|i| ((i * 29 % 53) as f32 - 26.0) * 0.37 + 3.0)
                .collect();
            let y: Vec<f32> = (0..n).map(|i| (i % 7) as f32 * 0.1).collect();
            let g: Vec<f32> = (0..n).map(|i| 1.0 + (i % 5) as f32 * 0.01).collect();
            let b: Vec<f32> = (0..n).map(|i| (i % 3) as f32 * 0.02).collect();
            let sum: Vec<f64> = x
                .iter()
                .zip(&y)
                .map(|(a, b)| *a as f64 + *b as f64)
                .collect();
            let mean = sum.iter().sum::<f64>() / n as f64;
            let var = sum.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n as f64;
            let mut row = x.clone();
            add_layer_norm(&mut row, &y, n, &(g.clone(), b.clone()), 1e-12);
            for i in 0..n {
                let want = (sum[i] - mean) / var.sqrt() * g[i] as f64 + b[i] as f64;
                assert!(
                    (row[i] as f64 - want).abs() < 1e-5,
                    "n={n}, {i}: {} vs {want}",
                    row[i]
                );
            }
            let mut p = x.clone();
            softmax_inplace(&mut p);
            let m = x.iter().cloned().fold(f32::MIN, f32::max) as f64;
            let total: f64 = x.iter().map(|v| (*v as f64 - m).exp()).sum();
            for i in 0..n {
                let want = (x[i] as f64 - m).exp() / total;
                assert!(
                    (p[i] as f64 - want).abs() < 1e-7,
                    "n={n}, {i}: {} vs {want}",
                    p[i]
                );
            }
        }
    }

    #[test]
    fn softmax_and_gelu_kernels_agree_with_scalar_math() {
        let mut v: Vec<f32> = (0..37).map(|i| (i as f32 - 18.0) * 0.7).collect();
        let want: Vec<f32> = {
            let m = v.iter().cloned().fold(f32::MIN, f32::max);
            let e: Vec<f32> = v.iter().map(|x| (x - m).exp()).collect();
            let s: f32 = e.iter().sum();
            e.iter().map(|x| x / s).collect()
        };
        softmax_inplace(&mut v);
        for (a, b) in v.iter().zip(&want) {
            assert!((a - b).abs() < 1e-7);
        }
        let mut g = vec![-3.0f32, -1.0, 0.0, 0.5, 2.0];
        gelu_inplace(&mut g);
        // GELU reference values, 0.5 x (1 + erf(x / sqrt 2)).
        for (a, b) in g
            .iter()
            .zip([-0.004_049_67f32, -0.158_655_25, 0.0, 0.345_731_3, 1.954_5])
        {
            assert!((a - b).abs() < 1e-5, "{a} vs {b}");
        }
    }
}
