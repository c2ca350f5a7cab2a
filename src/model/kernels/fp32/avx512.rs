//! fp32 linear layers on AVX-512F: `vfmadd231ps` on 16 lanes, twice the
//! width of the `gemm` crate's kernel on a stable compiler (AVX2 and FMA).
//! The arithmetic is fp32 throughout, as on the `gemm` path: each output is
//! its k products summed in order, in fp32, then the bias added.
//!
//! Weights are packed once at load, in place of the (n, k) matrix, into
//! panels of [`NB`] output columns: for each input position, the panel's 48
//! weights side by side. The kernel keeps an 8-row x 48-column block of
//! outputs in 24 registers; each step loads 3 vectors of the panel and
//! broadcasts 8 inputs straight from the rows of x. The panel is walked in
//! slices of [`KC`] input positions, so that a slice (24 KB) stays in the
//! L1 cache while every row block of a job goes through it, and the next
//! slice is prefetched while the last row block runs. Jobs split the rows
//! and, between threads, the panels: a thread's share of a layer's weights
//! then fits in its L2 cache. The first feed-forward layer's GELU is applied
//! to each block as it is written, while it is in L1.

use rayon::prelude::*;

/// Output columns per packed panel (3 zmm registers of 16 fp32 lanes).
pub const NB: usize = 48;
/// Rows per register block.
const MR: usize = 8;
/// Input positions per slice of a panel.
const KC: usize = 128;
/// Rows a parallel job takes.
const CHUNK: usize = MR * 12;

/// True when the AVX-512 kernel may run: the CPU has AVX-512 and
/// `JOBCLASS_CPU` does not cap it below ([`super::super::cpu`]).
pub fn available() -> bool {
    super::super::cpu::level() >= super::super::cpu::Level::Avx512
}

/// What is applied to each output after the bias.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// Nothing: `x · w^T + b`.
    None,
    /// The exact (erf) GELU, as [`super::gelu_inplace`] computes it.
    Gelu,
}

/// A weight matrix (n, k), stored as PyTorch does, packed for the kernel.
pub struct PackedWeights {
    n: usize,
    k: usize,
    /// `[n / NB][k][NB]`: panel, input position, column, in whole cache
    /// lines, so that no load of 16 weights straddles two.
    data: Vec<Line>,
}

/// 16 floats, one cache line.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Line([f32; 16]);

impl PackedWeights {
    fn as_ptr(&self) -> *const f32 {
        self.data.as_ptr().cast()
    }
}

impl PackedWeights {
    /// Packs `w` (n rows of k). `None` unless `n` is a multiple of [`NB`]
    /// and `w` holds n rows of k > 0.
    pub fn pack(w: &[f32], n: usize, k: usize) -> Option<PackedWeights> {
        if k == 0 || n == 0 || !n.is_multiple_of(NB) || w.len() != n * k {
            return None;
        }
        let mut data = Vec::with_capacity(n * k / 16);
        for rows in w.chunks_exact(NB * k) {
            for p in 0..k {
                for c in 0..NB / 16 {
                    data.push(Line(std::array::from_fn(|j| rows[(c * 16 + j) * k + p])));
                }
            }
        }
        Some(PackedWeights { n, k, data })
    }
}

/// `out (t, n) = act(x (t, k) · w^T + b)`. Callers must check [`available`]
/// first.
pub fn linear(x: &[f32], t: usize, w: &PackedWeights, b: &[f32], act: Activation, out: &mut [f32]) {
    assert!(available(), "the fp32 AVX-512 kernel needs AVX-512");
    assert_eq!(x.len(), t * w.k);
    assert!(out.len() >= t * w.n && b.len() == w.n);
    #[cfg(target_arch = "x86_64")]
    {
        let panels = w.n / NB;
        let groups = rayon::current_num_threads().clamp(1, panels);
        let chunks = t.div_ceil(CHUNK);
        let out = OutPtr(out.as_mut_ptr());
        // Group-major, so that each thread starts on its own share of the
        // panels and keeps it in its cache; rayon's stealing evens out the rest.
        (0..groups * chunks).into_par_iter().for_each(|job| {
            let out = &out;
            let (g, c) = (job / chunks, job % chunks);
            let cols = g * panels / groups..(g + 1) * panels / groups;
            let r0 = c * CHUNK;
            let rows = (t - r0).min(CHUNK);
            // SAFETY: `available()` checked the CPU; this job writes rows
            // r0..r0 + rows of `out` at the columns of panels `cols` only,
            // which no other job writes, and all of them lie within t * n.
            unsafe {
                x86::gemm_rows(
                    &x[r0 * w.k..(r0 + rows) * w.k],
                    rows,
                    w,
                    b,
                    act,
                    cols,
                    out.0.add(r0 * w.n),
                )
            };
        });
    }
}

/// The output buffer, shared by jobs that write disjoint blocks of it.
struct OutPtr(*mut f32);
// SAFETY: used only to hand disjoint blocks of one buffer to rayon jobs.
unsafe impl Sync for OutPtr {}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{Activation, KC, MR, NB, PackedWeights};
    use std::arch::x86_64::*;
    use std::ops::Range;

    /// Vectors of 16 lanes across a panel.
    const V: usize = NB / 16;
    const _: () = assert!(V == 3, "the kernel loads a panel row as 3 vectors");

    /// Calls `block::<M>(args…)` with the block height `m` (1 to 8) as a constant.
    macro_rules! with_height {
        ($m:expr, $block:ident($($arg:expr),*)) => {
            match $m {
                8 => $block::<8>($($arg),*),
                7 => $block::<7>($($arg),*),
                6 => $block::<6>($($arg),*),
                5 => $block::<5>($($arg),*),
                4 => $block::<4>($($arg),*),
                3 => $block::<3>($($arg),*),
                2 => $block::<2>($($arg),*),
                _ => $block::<1>($($arg),*),
            }
        };
    }

    /// `rows` rows of x (row-major, k wide) times the panels `cols` of `w`,
    /// into `out` (row-major, n wide, from the first of these rows).
    ///
    /// # Safety
    /// The CPU must have AVX-512F; `out` must be valid for `rows` rows of n.
    #[target_feature(enable = "avx512f")]
    pub unsafe fn gemm_rows(
        x: &[f32],
        rows: usize,
        w: &PackedWeights,
        b: &[f32],
        act: Activation,
        cols: Range<usize>,
        out: *mut f32,
    ) {
        let (k, n) = (w.k, w.n);
        let data = w.as_ptr();
        let mut k0 = 0;
        while k0 < k {
            let kc = (k - k0).min(KC);
            let last = k0 + kc == k;
            for p in cols.clone() {
                // SAFETY: panel p holds k * NB floats from p * k * NB.
                let slice = unsafe { data.add((p * k + k0) * NB) };
                // The slice the next panel (or the next k slice) starts from.
                let next = if p + 1 < cols.end {
                    Some((p + 1) * k + k0)
                } else if !last {
                    Some(cols.start * k + k0 + kc)
                } else {
                    None
                }
                // SAFETY: both offsets lie within the packed data.
                .map(|i| unsafe { data.add(i * NB) });
                let bias = &b[p * NB..(p + 1) * NB];
                let mut r = 0;
                while r < rows {
                    let m = (rows - r).min(MR);
                    let step = Step {
                        // SAFETY: rows r..r + m of x start here, k0 + kc <= k.
                        a: unsafe { x.as_ptr().add(r * k + k0) },
                        lda: k,
                        b: slice,
                        kc,
                        // SAFETY: within the `rows` rows the caller vouched for.
                        out: unsafe { out.add(r * n + p * NB) },
                        ldo: n,
                        first: k0 == 0,
                        bias: last.then_some(bias),
                    };
                    // SAFETY: as above; the block reads m rows of kc inputs,
                    // kc * NB packed weights, and writes m rows of NB outputs.
                    unsafe {
                        match (m, next.filter(|_| r + m == rows)) {
                            (_, Some(next)) => with_height!(m, block_prefetching(&step, next)),
                            (_, None) => with_height!(m, block(&step)),
                        }
                    }
                    if last && act == Activation::Gelu {
                        for i in 0..m {
                            // SAFETY: the block just written.
                            let row =
                                unsafe { std::slice::from_raw_parts_mut(step.out.add(i * n), NB) };
                            super::super::gelu_generic(row);
                        }
                    }
                    r += m;
                }
            }
            k0 += kc;
        }
    }

    /// One block's work: `out = (first ? 0 : out) + a · b (+ bias)`.
    struct Step<'a> {
        /// The block's first row of x, at input position k0.
        a: *const f32,
        /// Row stride of x.
        lda: usize,
        /// The panel slice: kc rows of NB weights.
        b: *const f32,
        kc: usize,
        /// The block's first output.
        out: *mut f32,
        /// Row stride of out.
        ldo: usize,
        /// The first slice: start from zero rather than from `out`.
        first: bool,
        /// The last slice: add these NB biases.
        bias: Option<&'a [f32]>,
    }

    #[target_feature(enable = "avx512f")]
    #[inline]
    unsafe fn block<const M: usize>(s: &Step) {
        // SAFETY: the caller's promise on `s`.
        unsafe { run::<M, false>(s, s.b) }
    }

    /// [`block`], also bringing the slice at `next` into the L1 cache, one
    /// line per panel row of this one.
    #[target_feature(enable = "avx512f")]
    #[inline]
    unsafe fn block_prefetching<const M: usize>(s: &Step, next: *const f32) {
        // SAFETY: the caller's promise on `s`; prefetches never fault.
        unsafe { run::<M, true>(s, next) }
    }

    #[target_feature(enable = "avx512f")]
    #[inline]
    unsafe fn run<const M: usize, const PREFETCH: bool>(s: &Step, next: *const f32) {
        // SAFETY (whole body): indices stay within the sizes the caller promised.
        unsafe {
            let mut acc = [[_mm512_setzero_ps(); V]; M];
            if !s.first {
                for (r, acc_r) in acc.iter_mut().enumerate() {
                    for (c, acc_rc) in acc_r.iter_mut().enumerate() {
                        *acc_rc = _mm512_loadu_ps(s.out.add(r * s.ldo + c * 16));
                    }
                }
            }
            let mut bp = s.b;
            let mut np = next;
            for p in 0..s.kc {
                let bw = [
                    _mm512_loadu_ps(bp),
                    _mm512_loadu_ps(bp.add(16)),
                    _mm512_loadu_ps(bp.add(32)),
                ];
                if PREFETCH {
                    // A panel row is 3 whole cache lines (the data is aligned).
                    // wrapping: the next slice may be shorter than this one,
                    // so the last rows' addresses can pass the packed data's
                    // end (a prefetch never faults, but `add` there would be
                    // undefined behaviour).
                    _mm_prefetch::<_MM_HINT_T0>(np as *const i8);
                    _mm_prefetch::<_MM_HINT_T0>(np.wrapping_add(16) as *const i8);
                    _mm_prefetch::<_MM_HINT_T0>(np.wrapping_add(32) as *const i8);
                    np = np.wrapping_add(NB);
                }
                for (r, acc_r) in acc.iter_mut().enumerate() {
                    let a = _mm512_set1_ps(*s.a.add(r * s.lda + p));
                    for (acc_rc, bw_c) in acc_r.iter_mut().zip(&bw) {
                        *acc_rc = _mm512_fmadd_ps(a, *bw_c, *acc_rc);
                    }
                }
                bp = bp.add(NB);
            }
            for (r, acc_r) in acc.iter().enumerate() {
                for (c, acc_rc) in acc_r.iter().enumerate() {
                    let v = match s.bias {
                        Some(bias) => {
                            _mm512_add_ps(*acc_rc, _mm512_loadu_ps(bias.as_ptr().add(c * 16)))
                        }
                        None => *acc_rc,
                    };
                    _mm512_storeu_ps(s.out.add(r * s.ldo + c * 16), v);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Test data: `t` rows of `k`, `n` rows of `k`, `n` biases.
    fn data(t: usize, k: usize, n: usize) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
        let x = (0..t * k)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 50.0)
            .collect();
        let w = (0..n * k)
            .map(|i| ((i * 53 % 97) as f32 - 48.0) / 97.0)
            .collect();
        let b = (0..n).map(|i| i as f32 / n as f32 - 0.5).collect();
        (x, w, b)
    }

    /// The kernel's arithmetic done one output at a time: the k products
    /// summed in order with one rounding each (a fused multiply-add), then
    /// the bias added.
    fn reference(x: &[f32], w: &[f32], b: &[f32], k: usize, act: Activation) -> Vec<f32> {
        let mut out: Vec<f32> = x
            .chunks(k)
            .flat_map(|row| {
                w.chunks(k).zip(b).map(move |(col, bias)| {
                    row.iter().zip(col).fold(0f32, |s, (a, w)| a.mul_add(*w, s)) + bias
                })
            })
            .collect();
        if act == Activation::Gelu {
            super::super::gelu_inplace(&mut out);
        }
        out
    }

    #[test]
    fn linear_gives_the_plain_products_bit_for_bit() {
        if !available() {
            eprintln!("skipped: this CPU has no AVX-512 (or JOBCLASS_CPU caps it)");
            return;
        }
        // The model's shapes, and rows that leave part of a register block,
        // of a job and of a slice of the panel (k not a multiple of KC).
        for (t, k, n) in [
            (1, 384, 48),
            (7, 384, 384),
            (13, 96, 144),
            (97, 1536, 384),
            (50, 130, 96),
            (9, 5, 48),
            (203, 384, 1152),
        ] {
            let (x, w, b) = data(t, k, n);
            let packed = PackedWeights::pack(&w, n, k).unwrap();
            for act in [Activation::None, Activation::Gelu] {
                let mut out = vec![f32::NAN; t * n];
                linear(&x, t, &packed, &b, act, &mut out);
                let want = reference(&x, &w, &b, k, act);
                for (i, (a, e)) in out.iter().zip(&want).enumerate() {
                    assert_eq!(
                        a.to_bits(),
                        e.to_bits(),
                        "{t}x{k}x{n} {act:?}, output ({}, {}): {a} vs {e}",
                        i / n,
                        i % n
                    );
                }
            }
        }
    }

    #[test]
    fn no_rows_write_nothing() {
        if !available() {
            eprintln!("skipped: this CPU has no AVX-512 (or JOBCLASS_CPU caps it)");
            return;
        }
        let (_, w, b) = data(0, 384, 48);
        let packed = PackedWeights::pack(&w, 48, 384).unwrap();
        let mut out = vec![7.0f32; 48];
        linear(&[], 0, &packed, &b, Activation::None, &mut out);
        assert!(out.iter().all(|&v| v == 7.0));
    }

    #[test]
    fn packing_rejects_shapes_the_kernel_cannot_run() {
        assert!(PackedWeights::pack(&[0.0; 47 * 4], 47, 4).is_none());
        assert!(PackedWeights::pack(&[], 0, 4).is_none());
        assert!(PackedWeights::pack(&[], 48, 0).is_none());
        assert!(PackedWeights::pack(&[0.0; 48 * 3], 48, 4).is_none());
        assert!(PackedWeights::pack(&[0.0; 96 * 4], 96, 4).is_some());
    }
}
