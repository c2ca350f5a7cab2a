//! Scaled dot-product attention of one head of one sequence on AVX-512F, for
//! every precision (attention is fp32 in all of them). Below AVX-512 the
//! encoder runs it through the `gemm` crate.
//!
//! Per head: the keys are transposed once (gathered, 16 at a time) so that
//! the scores of 6 queries against 64 keys build up in 24 registers; each
//! block of 6 query rows then gets its scores (scaled as they are stored),
//! its softmax numerators (an `exp` of 16 lanes with fused multiply-adds and
//! `vscalefps`), and its context rows, the softmax's division folded into
//! the store of the context. A block's scores (6 x 256) stay in L1.

/// Query rows per block.
const MR: usize = 6;
/// Vectors of 16 keys per block of scores.
const KEYS: usize = 4;

/// True when [`head`] may run for heads of `d` values: the CPU has AVX-512
/// (and `JOBCLASS_CPU` does not cap it below), and `d` is a multiple of 16
/// no larger than 64.
pub fn available(d: usize) -> bool {
    super::avx512::available() && d > 0 && d.is_multiple_of(16) && d <= 16 * KEYS
}

/// One head's attention: `softmax(q · k^T / √d) · v` for the `l` rows of
/// one sequence, where row `i`'s query, key and value are `qkv[(o + i) * 3h
/// + hd * d..]`, `[.. + h]` and `[.. + 2h]` (`qkv` is (t, 3h), h = heads · d)
/// and its context goes to `ctx + (o + i) * h + hd * d`, d values.
/// `scratch` is reused between calls.
///
/// # Safety
/// [`available`] must hold for `d`; `qkv` must hold rows `o..o + l`; `ctx`
/// must be valid for writes at rows `o..o + l` (stride h), columns `hd * d..
/// (hd + 1) * d`, which nothing else reads or writes meanwhile.
#[allow(clippy::too_many_arguments)]
pub unsafe fn head(
    qkv: &[f32],
    h: usize,
    d: usize,
    o: usize,
    l: usize,
    hd: usize,
    ctx: *mut f32,
    scratch: &mut Vec<f32>,
) {
    debug_assert!(available(d));
    assert!(qkv.len() >= (o + l) * 3 * h && (hd + 1) * d <= h);
    if l == 0 {
        return;
    }
    #[cfg(target_arch = "x86_64")]
    {
        let lp = l.next_multiple_of(16);
        scratch.resize((d + MR) * lp, 0.0);
        // SAFETY: the caller's promises, and `available` checked the CPU;
        // scratch holds the transposed keys (d x lp) and a block of scores.
        unsafe { x86::head(qkv, h, d, o, l, hd, ctx, scratch) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (ctx, scratch);
        unreachable!("no AVX-512 outside x86_64")
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{KEYS, MR};
    use std::arch::x86_64::*;

    /// Calls `tile::<M, C>(args…)` with the block height `m` (1 to 6) and
    /// vector count `c` (1 to 4) as constants.
    macro_rules! with_shape {
        ($m:expr, $c:expr, $($arg:expr),*) => {
            match $c {
                4 => with_shape!(@m $m, 4, $($arg),*),
                3 => with_shape!(@m $m, 3, $($arg),*),
                2 => with_shape!(@m $m, 2, $($arg),*),
                _ => with_shape!(@m $m, 1, $($arg),*),
            }
        };
        (@m $m:expr, $c:literal, $($arg:expr),*) => {
            match $m {
                6 => tile::<6, $c>($($arg),*),
                5 => tile::<5, $c>($($arg),*),
                4 => tile::<4, $c>($($arg),*),
                3 => tile::<3, $c>($($arg),*),
                2 => tile::<2, $c>($($arg),*),
                _ => tile::<1, $c>($($arg),*),
            }
        };
    }

    #[target_feature(enable = "avx512f")]
    #[allow(clippy::too_many_arguments)]
    pub unsafe fn head(
        qkv: &[f32],
        h: usize,
        d: usize,
        o: usize,
        l: usize,
        hd: usize,
        ctx: *mut f32,
        scratch: &mut [f32],
    ) {
        let row = 3 * h;
        let lp = l.next_multiple_of(16);
        let scale = 1.0 / (d as f32).sqrt();
        let (kt, scores) = scratch.split_at_mut(d * lp);
        // SAFETY (whole body): rows o..o + l of qkv exist (checked by the
        // caller), gathers read only the rows their mask keeps, and every
        // store stays within kt (d x lp), scores (MR x lp) and the caller's
        // block of ctx.
        unsafe {
            let q = qkv.as_ptr().add(o * row + hd * d);
            let k = q.add(h);
            let v = q.add(2 * h);
            // k^T: kt[p][j] = key j's value p, 0 past l.
            let step = _mm512_set1_epi32(row as i32);
            let idx = _mm512_mullo_epi32(
                _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                step,
            );
            for jb in (0..lp).step_by(16) {
                let mask = lanes(l - jb);
                let base = k.add(jb * row);
                for p in 0..d {
                    let g =
                        _mm512_mask_i32gather_ps::<4>(_mm512_setzero_ps(), mask, idx, base.add(p));
                    _mm512_storeu_ps(kt.as_mut_ptr().add(p * lp + jb), g);
                }
            }
            let s = scores.as_mut_ptr();
            let mut r0 = 0;
            while r0 < l {
                let m = (l - r0).min(MR);
                // Scores of m queries against every key, scaled.
                let mut j = 0;
                while j < lp {
                    let c = ((lp - j) / 16).min(KEYS);
                    let a = q.add(r0 * row);
                    let b = kt.as_ptr().add(j);
                    with_shape!(m, c, a, row, b, lp, d, s.add(j), lp, &[scale; MR]);
                    j += c * 16;
                }
                // Softmax numerators; the division goes into the context.
                let mut inv = [0f32; MR];
                for (r, inv) in inv.iter_mut().enumerate().take(m) {
                    *inv = 1.0 / exp_minus_max(s.add(r * lp), l);
                }
                let out = ctx.add((o + r0) * h + hd * d);
                with_shape!(m, d / 16, s.cast_const(), lp, v, row, l, out, h, &inv);
                r0 += m;
            }
        }
    }

    /// A mask of the first `n` of 16 lanes (all 16 from 16 up).
    #[inline(always)]
    fn lanes(n: usize) -> __mmask16 {
        if n >= 16 {
            0xffff
        } else {
            ((1u32 << n) - 1) as u16
        }
    }

    /// `out[r][..16C] = row_scale[r] · Σ_p a[r · lda + p] · b[p · ldb..][..16C]`
    /// for `M` rows: scores (a = queries, b = transposed keys) or context
    /// (a = softmax numerators, b = values).
    #[target_feature(enable = "avx512f")]
    #[inline]
    #[allow(clippy::too_many_arguments)]
    unsafe fn tile<const M: usize, const C: usize>(
        a: *const f32,
        lda: usize,
        b: *const f32,
        ldb: usize,
        kc: usize,
        out: *mut f32,
        ldo: usize,
        row_scale: &[f32; MR],
    ) {
        // SAFETY (whole body): indices stay within the sizes the caller promised.
        unsafe {
            let mut acc = [[_mm512_setzero_ps(); C]; M];
            for p in 0..kc {
                let mut bw = [_mm512_setzero_ps(); C];
                for (c, bw) in bw.iter_mut().enumerate() {
                    *bw = _mm512_loadu_ps(b.add(p * ldb + c * 16));
                }
                for (r, acc_r) in acc.iter_mut().enumerate() {
                    let av = _mm512_set1_ps(*a.add(r * lda + p));
                    for (acc_rc, bw) in acc_r.iter_mut().zip(&bw) {
                        *acc_rc = _mm512_fmadd_ps(av, *bw, *acc_rc);
                    }
                }
            }
            for (r, acc_r) in acc.iter().enumerate() {
                let sc = _mm512_set1_ps(row_scale[r]);
                for (c, acc_rc) in acc_r.iter().enumerate() {
                    _mm512_storeu_ps(out.add(r * ldo + c * 16), _mm512_mul_ps(*acc_rc, sc));
                }
            }
        }
    }

    /// Replaces `row[..l]` by `e^(x - max)`, the softmax's numerators, and
    /// returns their sum.
    #[target_feature(enable = "avx512f")]
    #[inline]
    unsafe fn exp_minus_max(row: *mut f32, l: usize) -> f32 {
        // SAFETY (whole body): row holds l rounded up to 16 floats.
        unsafe {
            let mut mx = _mm512_set1_ps(f32::NEG_INFINITY);
            for i in (0..l).step_by(16) {
                let x = _mm512_maskz_loadu_ps(lanes(l - i), row.add(i));
                mx = _mm512_mask_max_ps(mx, lanes(l - i), mx, x);
            }
            let mx = _mm512_set1_ps(_mm512_reduce_max_ps(mx));
            let mut sum = _mm512_setzero_ps();
            for i in (0..l).step_by(16) {
                let keep = lanes(l - i);
                let x = _mm512_maskz_loadu_ps(keep, row.add(i));
                let e = _mm512_maskz_mov_ps(keep, exp16(_mm512_sub_ps(x, mx)));
                _mm512_storeu_ps(row.add(i), e);
                sum = _mm512_add_ps(sum, e);
            }
            _mm512_reduce_add_ps(sum)
        }
    }

    /// `e^x` on 16 lanes, the scalar [`super::super::exp`]'s method with
    /// fused multiply-adds: `x = n ln 2 + r`, |r| <= ln 2 / 2 (ln 2 in two
    /// parts), `e^r` by the same degree-6 polynomial, times `2^n` by
    /// `vscalefps`. Clamped to [-87, 88] as the scalar one is.
    #[target_feature(enable = "avx512f")]
    #[inline]
    pub(super) unsafe fn exp16(x: __m512) -> __m512 {
        let x = _mm512_max_ps(
            _mm512_min_ps(x, _mm512_set1_ps(88.0)),
            _mm512_set1_ps(-87.0),
        );
        let n = _mm512_roundscale_ps::<{ _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC }>(
            _mm512_mul_ps(x, _mm512_set1_ps(std::f32::consts::LOG2_E)),
        );
        let r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693_145_75), x);
        let r = _mm512_fnmadd_ps(n, _mm512_set1_ps(1.428_606_8e-6), r);
        let mut p = _mm512_set1_ps(0.001_392_9);
        for c in [0.008_333_7, 0.041_666_4, 0.166_666_67, 0.5, 1.0, 1.0] {
            p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(c));
        }
        _mm512_scalef_ps(p, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Attention of head `hd` of the sequence at rows o..o+l, in f64.
    fn reference(qkv: &[f32], h: usize, d: usize, o: usize, l: usize, hd: usize) -> Vec<f64> {
        let at =
            |i: usize, part: usize, p: usize| qkv[(o + i) * 3 * h + part * h + hd * d + p] as f64;
        let scale = 1.0 / (d as f64).sqrt();
        let mut out = vec![0f64; l * d];
        for i in 0..l {
            let s: Vec<f64> = (0..l)
                .map(|j| (0..d).map(|p| at(i, 0, p) * at(j, 1, p)).sum::<f64>() * scale)
                .collect();
            let m = s.iter().cloned().fold(f64::MIN, f64::max);
            let e: Vec<f64> = s.iter().map(|x| (x - m).exp()).collect();
            let total: f64 = e.iter().sum();
            for p in 0..d {
                out[i * d + p] = (0..l).map(|j| e[j] * at(j, 2, p)).sum::<f64>() / total;
            }
        }
        out
    }

    #[test]
    fn head_matches_attention_in_f64() {
        if !available(32) {
            eprintln!("skipped: this CPU has no AVX-512 (or JOBCLASS_CPU caps it)");
            return;
        }
        // Sequences of every block remainder, one longer than a block of keys
        // (64), and the model's longest; heads of 32 values (the model's) and
        // of 16 and 64.
        for (h, d) in [(384, 32), (64, 16), (128, 64)] {
            let lens = [1usize, 3, 6, 7, 17, 65, 100, 256];
            let t: usize = lens.iter().sum();
            // Scores spread over several units, so that the softmax is not
            // flat; f32 rounding of such scores moves the outputs by ~3e-6.
            let qkv: Vec<f32> = (0..t * 3 * h)
                .map(|i| ((i * 37 % 101) as f32 - 50.0) / 25.0)
                .collect();
            let mut ctx = vec![f32::NAN; t * h];
            let mut scratch = Vec::new();
            let mut o = 0;
            for &l in &lens {
                // Every head but the last, so that its columns show any stray write.
                for hd in 0..h / d - 1 {
                    // SAFETY: available(d) holds; rows o..o+l exist; ctx is ours.
                    unsafe { head(&qkv, h, d, o, l, hd, ctx.as_mut_ptr(), &mut scratch) };
                    let want = reference(&qkv, h, d, o, l, hd);
                    for i in 0..l {
                        for p in 0..d {
                            let got = ctx[(o + i) * h + hd * d + p] as f64;
                            let e = want[i * d + p];
                            assert!(
                                (got - e).abs() < 1e-5 * (1.0 + e.abs()),
                                "h {h}, l {l}, head {hd}, ({i}, {p}): {got} vs {e}"
                            );
                        }
                    }
                }
                o += l;
            }
            for r in 0..t {
                assert!(ctx[r * h + h - d..(r + 1) * h].iter().all(|v| v.is_nan()));
            }
        }
    }

    #[test]
    fn exp16_is_accurate_and_clamped() {
        if !available(16) {
            eprintln!("skipped: this CPU has no AVX-512 (or JOBCLASS_CPU caps it)");
            return;
        }
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::*;
            let exp16 = |xs: &[f32; 16]| {
                let mut out = [0f32; 16];
                // SAFETY: the CPU has AVX-512F (checked above).
                unsafe {
                    let v = x86::exp16(_mm512_loadu_ps(xs.as_ptr()));
                    _mm512_storeu_ps(out.as_mut_ptr(), v);
                }
                out
            };
            let mut worst = 0f64;
            let mut x = -87.0f32;
            while x < 88.0 {
                let xs: [f32; 16] = std::array::from_fn(|i| (x + i as f32 * 0.000_61).min(88.0));
                for (x, e) in xs.iter().zip(exp16(&xs)) {
                    let want = (*x as f64).exp();
                    worst = worst.max(((e as f64 - want) / want).abs());
                }
                x += 0.0123;
            }
            assert!(worst < 5e-7, "worst relative error {worst}");
            let edges = [f32::NEG_INFINITY, -1e4, -88.0, 89.0, 1e4, f32::INFINITY];
            let mut xs = [0f32; 16];
            xs[..6].copy_from_slice(&edges);
            let got = exp16(&xs);
            let (lo, hi) = (exp16(&[-87.0; 16])[0], exp16(&[88.0; 16])[0]);
            assert_eq!(&got[..6], &[lo, lo, lo, hi, hi, hi]);
            assert!(lo > 0.0 && hi.is_finite());
        }
    }
}
