//! Linear layers in bfloat16 with fp32 accumulation, for CPUs with AVX-512
//! BF16 (`vdpbf16ps`: 32 bf16 products summed into 16 fp32 lanes per
//! instruction, twice the work of an fp32 FMA). Inputs and weights are
//! rounded to bf16 (8-bit mantissa); sums stay fp32, so a 384-dim embedding
//! keeps a cosine above 0.9999 with the fp32 one (the parity tests).
//!
//! Weights are packed once at load into panels of 64 output columns: for each
//! pair of input positions (k, k+1), 64 32-bit words holding the two bf16
//! values of each column. The kernel keeps a 6-row x 64-column block of
//! outputs in 24 registers and streams the panel through once per block.

/// Output columns per packed panel (4 zmm registers of 16 fp32 lanes).
pub const NB: usize = 64;
/// Rows per register block.
const MR: usize = 6;

/// True when the bf16 kernels may run: the CPU has AVX-512 BF16 and
/// `JOBCLASS_CPU` does not cap it ([`super::cpu`]).
pub fn available() -> bool {
    super::cpu::has_bf16()
}

/// Rounds an f32 to bfloat16 bits, to nearest even (as `vcvtne2ps2bf16`).
pub fn to_bf16(x: f32) -> u16 {
    let b = x.to_bits();
    if x.is_nan() {
        return ((b >> 16) | 0x40) as u16;
    }
    ((b + 0x7fff + ((b >> 16) & 1)) >> 16) as u16
}

/// The f32 value of bfloat16 bits.
pub fn from_bf16(h: u16) -> f32 {
    f32::from_bits((h as u32) << 16)
}

/// A weight matrix (n, k), stored as PyTorch does, packed for the kernel.
pub struct PackedWeights {
    n: usize,
    k: usize,
    /// `[n / NB][k / 2][NB]` words, each two bf16 (low half: even k).
    data: Vec<u32>,
}

impl PackedWeights {
    /// Packs `w` (n rows of k). `n` must be a multiple of [`NB`] and `k` even.
    pub fn pack(w: &[f32], n: usize, k: usize) -> Option<PackedWeights> {
        if !n.is_multiple_of(NB) || !k.is_multiple_of(2) || w.len() != n * k {
            return None;
        }
        let mut data = vec![0u32; n * k / 2];
        for nb in 0..n / NB {
            for p in 0..k / 2 {
                for j in 0..NB {
                    let row = &w[(nb * NB + j) * k..];
                    let lo = to_bf16(row[2 * p]) as u32;
                    let hi = to_bf16(row[2 * p + 1]) as u32;
                    data[(nb * (k / 2) + p) * NB + j] = lo | (hi << 16);
                }
            }
        }
        Some(PackedWeights { n, k, data })
    }
}

/// `out (t, n) = x (t, k) · w^T + b`, using `scratch` for the bf16 copy of `x`.
/// Callers must check [`available`] first.
pub fn linear(
    x: &[f32],
    t: usize,
    w: &PackedWeights,
    b: &[f32],
    out: &mut [f32],
    scratch: &mut Vec<u32>,
) {
    assert!(available(), "bf16 kernels need AVX-512 BF16");
    assert_eq!(x.len(), t * w.k);
    assert!(out.len() >= t * w.n && b.len() == w.n);
    #[cfg(target_arch = "x86_64")]
    {
        use rayon::prelude::*;
        let kp = w.k / 2;
        scratch.resize(t * kp, 0);
        // SAFETY: `available()` checked the CPU features.
        scratch
            .par_chunks_mut(kp * 16)
            .zip(x.par_chunks(w.k * 16))
            .for_each(|(dst, src)| unsafe { x86::pack_rows(src, dst) });
        let xs: &[u32] = scratch;
        // Row chunks in parallel; each walks every panel.
        const CHUNK: usize = MR * 8;
        out[..t * w.n]
            .par_chunks_mut(CHUNK * w.n)
            .enumerate()
            .for_each(|(c, out_chunk)| {
                let r0 = c * CHUNK;
                let rows = (t - r0).min(CHUNK);
                // SAFETY: as above; slices are sized for `rows` rows.
                unsafe { x86::gemm_rows(&xs[r0 * kp..(r0 + rows) * kp], rows, w, b, out_chunk) };
            });
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{MR, NB, PackedWeights};
    use std::arch::x86_64::*;

    /// Converts rows of f32 to bf16 pairs (round to nearest even).
    #[target_feature(enable = "avx512f,avx512bf16")]
    pub unsafe fn pack_rows(src: &[f32], dst: &mut [u32]) {
        let mut i = 0;
        // 32 floats -> 16 words per step.
        while i + 32 <= src.len() {
            // SAFETY: i + 32 <= src.len() and dst has src.len() / 2 words.
            unsafe {
                let a = _mm512_loadu_ps(src.as_ptr().add(i));
                let b = _mm512_loadu_ps(src.as_ptr().add(i + 16));
                let p = _mm512_cvtne2ps_pbh(b, a);
                _mm512_storeu_si512(
                    dst.as_mut_ptr().add(i / 2) as *mut _,
                    std::mem::transmute::<__m512bh, __m512i>(p),
                );
            }
            i += 32;
        }
        while i < src.len() {
            dst[i / 2] =
                super::to_bf16(src[i]) as u32 | ((super::to_bf16(src[i + 1]) as u32) << 16);
            i += 2;
        }
    }

    /// All panels for `rows` packed rows of x.
    #[target_feature(enable = "avx512f,avx512bf16")]
    pub unsafe fn gemm_rows(
        xs: &[u32],
        rows: usize,
        w: &PackedWeights,
        b: &[f32],
        out: &mut [f32],
    ) {
        let kp = w.k / 2;
        for nb in 0..w.n / NB {
            let panel = &w.data[nb * kp * NB..(nb + 1) * kp * NB];
            let mut r = 0;
            while r < rows {
                let m = (rows - r).min(MR);
                let x = &xs[r * kp..];
                let o = &mut out[r * w.n + nb * NB..];
                let bias = &b[nb * NB..nb * NB + NB];
                // SAFETY: x holds m rows of kp words, the panel kp * NB words,
                // o at least (m - 1) * n + NB floats.
                unsafe {
                    match m {
                        6 => block::<6>(x, kp, panel, bias, o, w.n),
                        5 => block::<5>(x, kp, panel, bias, o, w.n),
                        4 => block::<4>(x, kp, panel, bias, o, w.n),
                        3 => block::<3>(x, kp, panel, bias, o, w.n),
                        2 => block::<2>(x, kp, panel, bias, o, w.n),
                        _ => block::<1>(x, kp, panel, bias, o, w.n),
                    }
                }
                r += m;
            }
        }
    }

    #[target_feature(enable = "avx512f,avx512bf16")]
    #[inline]
    unsafe fn block<const M: usize>(
        x: &[u32],
        kp: usize,
        panel: &[u32],
        bias: &[f32],
        out: &mut [f32],
        n: usize,
    ) {
        // SAFETY (whole body): indices stay within the sizes the caller promised.
        unsafe {
            let mut acc = [[_mm512_setzero_ps(); 4]; M];
            let xp = x.as_ptr();
            let pp = panel.as_ptr();
            for p in 0..kp {
                let bw = [
                    _mm512_loadu_si512(pp.add(p * NB) as *const _),
                    _mm512_loadu_si512(pp.add(p * NB + 16) as *const _),
                    _mm512_loadu_si512(pp.add(p * NB + 32) as *const _),
                    _mm512_loadu_si512(pp.add(p * NB + 48) as *const _),
                ];
                for (r, acc_r) in acc.iter_mut().enumerate() {
                    let a: __m512bh =
                        std::mem::transmute(_mm512_set1_epi32(*xp.add(r * kp + p) as i32));
                    for c in 0..4 {
                        acc_r[c] = _mm512_dpbf16_ps(
                            acc_r[c],
                            a,
                            std::mem::transmute::<__m512i, __m512bh>(bw[c]),
                        );
                    }
                }
            }
            for (r, acc_r) in acc.iter().enumerate() {
                for (c, acc_rc) in acc_r.iter().enumerate() {
                    let bv = _mm512_loadu_ps(bias.as_ptr().add(c * 16));
                    _mm512_storeu_ps(
                        out.as_mut_ptr().add(r * n + c * 16),
                        _mm512_add_ps(*acc_rc, bv),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bf16_rounding_is_nearest_even() {
        assert_eq!(from_bf16(to_bf16(1.0)), 1.0);
        assert_eq!(from_bf16(to_bf16(-2.5)), -2.5);
        // 1 + 2^-8 lies halfway between two bf16 values: ties go to even (1.0).
        assert_eq!(from_bf16(to_bf16(1.0 + 1.0 / 256.0)), 1.0);
        let x = 0.123_456_79f32;
        assert!((from_bf16(to_bf16(x)) - x).abs() <= x * 2f32.powi(-8));
    }

    #[test]
    fn linear_matches_fp32_within_bf16_precision() {
        if !available() {
            return; // nothing to check on this CPU; the fp32 path is used instead
        }
        let (t, k, n) = (13, 96, 128);
        let x: Vec<f32> = (0..t * k)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 50.0)
            .collect();
        let w: Vec<f32> = (0..n * k)
            .map(|i| ((i * 53 % 97) as f32 - 48.0) / 97.0)
            .collect();
        let b: Vec<f32> = (0..n).map(|i| i as f32 / n as f32).collect();
        let packed = PackedWeights::pack(&w, n, k).unwrap();
        let mut out = vec![0f32; t * n];
        linear(&x, t, &packed, &b, &mut out, &mut Vec::new());
        for r in 0..t {
            for c in 0..n {
                // Reference: the same bf16-rounded inputs, summed in f64.
                let exact: f64 = (0..k)
                    .map(|i| {
                        from_bf16(to_bf16(x[r * k + i])) as f64
                            * from_bf16(to_bf16(w[c * k + i])) as f64
                    })
                    .sum::<f64>()
                    + b[c] as f64;
                assert!(
                    (out[r * n + c] as f64 - exact).abs() < 1e-4,
                    "({r},{c}): {} vs {exact}",
                    out[r * n + c]
                );
            }
        }
    }

    #[test]
    fn packing_rejects_shapes_the_kernel_cannot_run() {
        assert!(PackedWeights::pack(&[0.0; 63 * 4], 63, 4).is_none());
        assert!(PackedWeights::pack(&[0.0; 64 * 3], 64, 3).is_none());
    }
}
