//! Linear layers in 8-bit integers: weights quantized once at load, per output
//! channel (symmetric, `scale = max |w| / 127`); activations quantized per
//! token at run time (symmetric, `max |x| / 127`); products summed exactly in
//! 32-bit integers, then scaled back to fp32 and the bias added.
//!
//! Four kernels, chosen at load from what the CPU has ([`super::cpu`]):
//! - AMX (Sapphire Rapids and later Xeons): `tdpbusd` multiplies a tile of 16
//!   rows of 64 unsigned activation bytes by a tile of 64 x 16 signed weight
//!   bytes into a 16 x 16 tile of sums, 16,384 products per instruction. The
//!   weight tile is 16 consecutive words of a VNNI panel (below), so both
//!   kernels share one packing; the sums, and so the outputs, are the same
//!   bit for bit. Needs k a multiple of 64 (else that matrix runs VNNI).
//! - AVX-512 VNNI: `vpdpbusd` sums 4 products of an unsigned and a signed byte
//!   into each of 16 lanes, 64 products per instruction (4x an fp32 FMA). The
//!   activations are shifted by 128 to be unsigned, and the shift is taken back
//!   out with each column's weight sum. Panels of 64 columns, each word 4 bytes
//!   (k..k+3) of one column; a 6 x 64 block of outputs in 24 registers.
//! - AVX-VNNI: the same instruction on 256-bit registers, for CPUs with AVX2
//!   and AVX-VNNI but no AVX-512 (or capped below it). Panels of 16 columns,
//!   each word 4 bytes of one column; a 6 x 16 block in 12 registers.
//! - AVX2: the quantized values widened to 16 bits and `vpmaddwd` (16 products
//!   per instruction, no saturation, unlike `vpmaddubsw` on full 8-bit inputs).
//!   Panels of 16 columns, each word 2 values (k, k+1); a 6 x 16 block in 12
//!   registers.
//!
//! Without any of them, the encoder uses its fp32 path.

use rayon::prelude::*;

use super::cpu;

/// Columns of a VNNI panel.
const NB_VNNI: usize = 64;
/// Columns of an AVX2 panel.
const NB_AVX2: usize = 16;
/// Rows per register block.
const MR: usize = 6;
/// Rows a parallel job takes (whole AMX tiles, so that a job's rows start on
/// a tile).
const CHUNK: usize = MR * 8;
const _: () = assert!(CHUNK.is_multiple_of(amx::TILE_ROWS));

/// Which kernel a packed matrix was packed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kernel {
    /// AMX int8 tiles, packed as for VNNI.
    Amx,
    /// AVX-512 VNNI, unsigned activations times signed weights.
    Vnni,
    /// AVX-VNNI (256-bit), unsigned activations times signed weights.
    AvxVnni,
    /// AVX2, 16-bit values.
    Avx2,
}

impl Kernel {
    /// Activations as unsigned bytes, 4 to a word (else 16-bit pairs).
    fn bytes(self) -> bool {
        matches!(self, Kernel::Amx | Kernel::Vnni | Kernel::AvxVnni)
    }

    /// 32-bit words per row of `k` quantized activations.
    fn words_per_row(self, k: usize) -> usize {
        if self.bytes() { k / 4 } else { k / 2 }
    }

    /// Rows of quantized activations the kernel may read: AMX reads whole
    /// tiles of 16 rows (the rows past `t` are scratch, never written out).
    fn rows_read(self, t: usize) -> usize {
        if self == Kernel::Amx {
            t.next_multiple_of(amx::TILE_ROWS)
        } else {
            t
        }
    }
}

/// Every kernel, fastest first.
pub const KERNELS: [Kernel; 4] = [Kernel::Amx, Kernel::Vnni, Kernel::AvxVnni, Kernel::Avx2];

/// True when this CPU (capped by `JOBCLASS_CPU`) may run `kernel`.
pub fn supported(kernel: Kernel) -> bool {
    match kernel {
        Kernel::Amx => cpu::has_amx_int8(),
        Kernel::Vnni => cpu::has_vnni(),
        Kernel::AvxVnni => cpu::has_avx_vnni(),
        Kernel::Avx2 => cpu::level() >= cpu::Level::Avx2,
    }
}

/// The fastest int8 kernel this CPU may run, if any.
pub fn kernel() -> Option<Kernel> {
    KERNELS.into_iter().find(|&k| supported(k))
}

/// True when an int8 kernel may run on this CPU.
pub fn available() -> bool {
    kernel().is_some()
}

/// Reusable buffers for the quantized activations.
#[derive(Default)]
pub struct Scratch {
    words: Vec<u32>,
    scales: Vec<f32>,
}

/// A weight matrix (n, k), stored as PyTorch does, quantized and packed.
pub struct PackedInt8 {
    n: usize,
    k: usize,
    kernel: Kernel,
    data: Vec<u32>,
    /// Per output column: `max |w| / 127`.
    scale: Vec<f32>,
    /// Per output column: 128 times the sum of its quantized weights (VNNI,
    /// AVX-VNNI).
    shift: Vec<i32>,
}

/// The largest absolute value of `v`, in 16 independent lanes so that the
/// compiler vectorises it.
#[inline(always)]
fn amax(v: &[f32]) -> f32 {
    let mut lanes = [0f32; 16];
    let chunks = v.chunks_exact(16);
    let rest = chunks.remainder();
    for c in chunks {
        for i in 0..16 {
            lanes[i] = lanes[i].max(c[i].abs());
        }
    }
    rest.iter().chain(&lanes).fold(0f32, |m, x| m.max(x.abs()))
}

/// The factor that maps `v` onto [-127, 127] and its inverse, the scale
/// (both 0 for a row of zeros, or one that is not finite).
#[inline(always)]
fn factors(v: &[f32]) -> (f32, f32) {
    let m = amax(v);
    if m == 0.0 || !m.is_finite() {
        (0.0, 0.0)
    } else {
        (127.0 / m, m / 127.0)
    }
}

/// One value quantized with factor `inv` (round half to even, as the CPU's
/// conversion does; not a number gives 0).
///
/// Rounded by adding 1.5 · 2^23, whose binade holds only integers, rather
/// than by `round_ties_even`: on the baseline x86-64 target that is a call to
/// libm's `rintf` per value, which was most of the time int8 weights took to
/// load (and of the AVX2 kernels' quantizing), while this loop vectorises.
#[inline(always)]
fn q(x: f32, inv: f32) -> i32 {
    const SHIFT: f32 = 12_582_912.0; // 1.5 * 2^23
    let y = x * inv;
    let y = if y.is_nan() {
        0.0
    } else {
        y.clamp(-127.0, 127.0)
    };
    (y + SHIFT).to_bits() as i32 - SHIFT.to_bits() as i32
}

/// Symmetric quantization of `v` to [-127, 127]: the values and the scale.
fn quantize(v: &[f32]) -> (Vec<i8>, f32) {
    let (inv, scale) = factors(v);
    (v.iter().map(|&x| q(x, inv) as i8).collect(), scale)
}

impl PackedInt8 {
    /// Quantizes and packs `w` (n rows of k) for `kernel`; `None` when the
    /// shape does not fit it (n a multiple of 64, k of 4). AMX, which takes
    /// k in steps of 64, packs a matrix whose k is not for VNNI instead.
    pub fn pack(w: &[f32], n: usize, k: usize, kernel: Kernel) -> Option<PackedInt8> {
        if !n.is_multiple_of(NB_VNNI) || !k.is_multiple_of(4) || w.len() != n * k {
            return None;
        }
        let kernel = match kernel {
            Kernel::Amx if !k.is_multiple_of(amx::TILE_BYTES) => Kernel::Vnni,
            other => other,
        };
        let (rows, scale): (Vec<Vec<i8>>, Vec<f32>) = w.chunks(k).map(quantize).unzip();
        let shift = rows
            .iter()
            .map(|r| 128 * r.iter().map(|&q| q as i32).sum::<i32>())
            .collect();
        let mut data = Vec::with_capacity(n * k / 2);
        match kernel {
            Kernel::Amx | Kernel::Vnni | Kernel::AvxVnni => {
                let nb_cols = if kernel != Kernel::AvxVnni {
                    NB_VNNI
                } else {
                    NB_AVX2
                };
                for nb in 0..n / nb_cols {
                    for p in 0..k / 4 {
                        for row in &rows[nb * nb_cols..(nb + 1) * nb_cols] {
                            let b = &row[4 * p..4 * p + 4];
                            data.push(u32::from_le_bytes([
                                b[0] as u8, b[1] as u8, b[2] as u8, b[3] as u8,
                            ]));
                        }
                    }
                }
            }
            Kernel::Avx2 => {
                for nb in 0..n / NB_AVX2 {
                    for p in 0..k / 2 {
                        for row in &rows[nb * NB_AVX2..(nb + 1) * NB_AVX2] {
                            data.push(pair(row[2 * p], row[2 * p + 1]));
                        }
                    }
                }
            }
        }
        Some(PackedInt8 {
            n,
            k,
            kernel,
            data,
            scale,
            shift,
        })
    }

    /// The kernel it was packed for.
    pub fn kernel(&self) -> Kernel {
        self.kernel
    }
}

/// Two values as 16-bit halves of a word (low half first).
fn pair(lo: i8, hi: i8) -> u32 {
    (lo as i16 as u16 as u32) | ((hi as i16 as u16 as u32) << 16)
}

/// Quantizes each row of `x` (rows of `k`) for `kernel` into `s`.
fn quantize_rows(x: &[f32], k: usize, kernel: Kernel, s: &mut Scratch) {
    let t = x.len() / k;
    let per_row = kernel.words_per_row(k);
    s.words.resize(kernel.rows_read(t) * per_row, 0);
    s.scales.resize(t, 0.0);
    s.words
        .par_chunks_mut(per_row)
        .zip(s.scales.par_iter_mut())
        .zip(x.par_chunks(k))
        .for_each(|((dst, scale), row)| {
            // SAFETY: `kernel` was chosen from the CPU's features.
            *scale = unsafe {
                match kernel {
                    Kernel::Amx | Kernel::Vnni => quantize_row_vnni(row, dst),
                    Kernel::AvxVnni => quantize_row_bytes_avx2(row, dst),
                    Kernel::Avx2 => quantize_row_avx2(row, dst),
                }
            };
        });
}

/// A row as unsigned bytes (value + 128), 4 to a word; returns its scale.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn quantize_row_vnni(row: &[f32], dst: &mut [u32]) -> f32 {
    use std::arch::x86_64::*;
    let full = row.len() / 16 * 16;
    // SAFETY (whole body): loads read row[i..i + 16] with i + 16 <= full, stores
    // write dst[i / 4..i / 4 + 4], and dst has row.len() / 4 words.
    unsafe {
        let mut m = _mm512_setzero_ps();
        for i in (0..full).step_by(16) {
            m = _mm512_max_ps(m, _mm512_abs_ps(_mm512_loadu_ps(row.as_ptr().add(i))));
        }
        let tail = row[full..].iter().fold(0f32, |a, x| a.max(x.abs()));
        let amax = _mm512_reduce_max_ps(m).max(tail);
        if amax == 0.0 || !amax.is_finite() {
            dst.fill(0x8080_8080);
            return 0.0;
        }
        let inv = 127.0 / amax;
        let vinv = _mm512_set1_ps(inv);
        let (lo, hi, off) = (
            _mm512_set1_epi32(-127),
            _mm512_set1_epi32(127),
            _mm512_set1_epi32(128),
        );
        for i in (0..full).step_by(16) {
            let v = _mm512_mul_ps(_mm512_loadu_ps(row.as_ptr().add(i)), vinv);
            // Round half to even (the default rounding mode), clamp, shift.
            let n = _mm512_cvtps_epi32(v);
            let n = _mm512_add_epi32(_mm512_min_epi32(_mm512_max_epi32(n, lo), hi), off);
            _mm_storeu_si128(
                dst.as_mut_ptr().add(i / 4) as *mut _,
                _mm512_cvtepi32_epi8(n),
            );
        }
        for (d, x) in dst[full / 4..].iter_mut().zip(row[full..].chunks_exact(4)) {
            let u = |v: f32| (q(v, inv) + 128) as u32;
            *d = u(x[0]) | (u(x[1]) << 8) | (u(x[2]) << 16) | (u(x[3]) << 24);
        }
        amax / 127.0
    }
}

#[cfg(not(target_arch = "x86_64"))]
unsafe fn quantize_row_vnni(_: &[f32], _: &mut [u32]) -> f32 {
    unreachable!("no VNNI kernel outside x86_64")
}

/// A row as unsigned bytes (value + 128), 4 to a word, without AVX-512;
/// returns its scale.
#[cfg_attr(target_arch = "x86_64", target_feature(enable = "avx2,fma"))]
unsafe fn quantize_row_bytes_avx2(row: &[f32], dst: &mut [u32]) -> f32 {
    let (inv, scale) = factors(row);
    let u = |v: f32| (q(v, inv) + 128) as u32;
    for (d, x) in dst.iter_mut().zip(row.chunks_exact(4)) {
        *d = u(x[0]) | (u(x[1]) << 8) | (u(x[2]) << 16) | (u(x[3]) << 24);
    }
    scale
}

/// A row as 16-bit values, 2 to a word; returns its scale.
#[cfg_attr(target_arch = "x86_64", target_feature(enable = "avx2,fma"))]
unsafe fn quantize_row_avx2(row: &[f32], dst: &mut [u32]) -> f32 {
    let (inv, scale) = factors(row);
    for (d, x) in dst.iter_mut().zip(row.chunks_exact(2)) {
        *d = (q(x[0], inv) as u16 as u32) | ((q(x[1], inv) as u16 as u32) << 16);
    }
    scale
}

/// `out (t, n) = x (t, k) · w^T + b` in int8. The CPU must have the kernel
/// `w` was packed for ([`supported`]).
pub fn linear(x: &[f32], t: usize, w: &PackedInt8, b: &[f32], out: &mut [f32], s: &mut Scratch) {
    assert!(supported(w.kernel), "packed for another CPU");
    assert_eq!(x.len(), t * w.k);
    assert!(out.len() >= t * w.n && b.len() == w.n);
    quantize_rows(x, w.k, w.kernel, s);
    #[cfg(target_arch = "x86_64")]
    {
        let per_row = w.kernel.words_per_row(w.k);
        let (xs, sx) = (&s.words[..], &s.scales[..]);
        out[..t * w.n]
            .par_chunks_mut(CHUNK * w.n)
            .enumerate()
            .for_each(|(c, o)| {
                let r0 = c * CHUNK;
                let rows = (t - r0).min(CHUNK);
                let x = &xs[r0 * per_row..w.kernel.rows_read(r0 + rows) * per_row];
                let sx = &sx[r0..r0 + rows];
                // SAFETY: `kernel()` checked the CPU features; the slices hold
                // `rows` rows (AMX: x holds them rounded up to whole tiles, as
                // CHUNK is a multiple of the tile's 16 rows).
                unsafe {
                    match w.kernel {
                        Kernel::Amx => amx::amx_rows(x, sx, rows, w, b, o),
                        Kernel::Vnni => x86::vnni_rows(x, sx, rows, w, b, o),
                        Kernel::AvxVnni => x86::avx_vnni_rows(x, sx, rows, w, b, o),
                        Kernel::Avx2 => x86::avx2_rows(x, sx, rows, w, b, o),
                    }
                }
            });
    }
}

#[cfg(target_arch = "x86_64")]
mod amx;
#[cfg(target_arch = "x86_64")]
mod x86;

#[cfg(not(target_arch = "x86_64"))]
mod amx {
    pub const TILE_ROWS: usize = 16;
    pub const TILE_BYTES: usize = 64;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantizing_one_value_rounds_half_to_even_and_clamps() {
        let reference = |x: f32, inv: f32| {
            let y = x * inv;
            if y.is_nan() {
                0
            } else {
                (y.round_ties_even() as i32).clamp(-127, 127)
            }
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -0.5,
            -1.5,
            -2.5,
            126.5,
            -126.5,
            127.49,
            128.0,
            -1e30,
            1e30,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            f32::MIN_POSITIVE,
        ];
        values.extend((-2600..=2600).map(|i| i as f32 * 0.05));
        for &x in &values {
            for inv in [1.0, 0.37, 3.0, 0.0] {
                assert_eq!(q(x, inv), reference(x, inv), "q({x}, {inv})");
            }
        }
    }

    /// Test data: `t` rows of `k`, `n` rows of `k`, `n` biases.
    fn data(t: usize, k: usize, n: usize) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
        let x = (0..t * k)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 50.0)
            .collect();
        let w = (0..n * k)
            .map(|i| ((i * 53 % 97) as f32 - 48.0) / 97.0)
            .collect();
        let b = (0..n).map(|i| i as f32 / n as f32).collect();
        (x, w, b)
    }

    /// The kernel's arithmetic, done plainly: quantize both sides the same
    /// way, multiply in integers, scale back.
    fn reference(x: &[f32], w: &[f32], b: &[f32], k: usize) -> Vec<f32> {
        let n = b.len();
        let qw: Vec<(Vec<i8>, f32)> = w.chunks(k).map(quantize).collect();
        x.chunks(k)
            .flat_map(|row| {
                let (qx, sx) = quantize(row);
                let qw = &qw;
                (0..n).map(move |c| {
                    let dot: i64 = qx
                        .iter()
                        .zip(&qw[c].0)
                        .map(|(&a, &w)| a as i64 * w as i64)
                        .sum();
                    (dot as f64 * sx as f64 * qw[c].1 as f64 + b[c] as f64) as f32
                })
            })
            .collect()
    }

    #[test]
    fn every_kernel_computes_the_quantized_product_exactly() {
        // A CPU without a kernel uses the fp32 path instead.
        let kernels = KERNELS.into_iter().filter(|&k| supported(k));
        for (kernel, (t, k, n)) in kernels.flat_map(|kernel| {
            [(13, 96, 128), (1, 384, 64), (50, 1536, 384)].map(|shape| (kernel, shape))
        }) {
            let (x, w, b) = data(t, k, n);
            let packed = PackedInt8::pack(&w, n, k, kernel).unwrap();
            let mut out = vec![0f32; t * n];
            linear(&x, t, &packed, &b, &mut out, &mut Scratch::default());
            let want = reference(&x, &w, &b, k);
            for (i, (a, e)) in out.iter().zip(&want).enumerate() {
                assert!(
                    (a - e).abs() < 1e-4 * (1.0 + e.abs()),
                    "{i}: {a} vs {e} ({kernel:?})"
                );
            }
        }
    }

    /// AMX and VNNI share a packing and sum the same integers, so their
    /// outputs are the same bit for bit, for any number of rows (AMX works
    /// on 16 at a time) and for a k that AMX cannot take in steps of 64.
    #[test]
    fn amx_gives_the_vnni_kernels_outputs_bit_for_bit() {
        if !supported(Kernel::Amx) {
            eprintln!("skipped: this CPU has no AMX-INT8 (or Linux does not grant it)");
            return;
        }
        for (t, k, n) in [
            (1, 384, 64),
            (17, 384, 128),
            (50, 1536, 384),
            (97, 64, 1152),
            (13, 96, 128),
        ] {
            let (x, w, b) = data(t, k, n);
            let run = |kernel| {
                let packed = PackedInt8::pack(&w, n, k, kernel).unwrap();
                let mut out = vec![0f32; t * n];
                linear(&x, t, &packed, &b, &mut out, &mut Scratch::default());
                (packed.kernel(), out)
            };
            let (amx, vnni) = (run(Kernel::Amx), run(Kernel::Vnni));
            let want = if k % 64 == 0 {
                Kernel::Amx
            } else {
                Kernel::Vnni
            };
            assert_eq!(amx.0, want, "{t}x{k}x{n}");
            let same = amx
                .1
                .iter()
                .zip(&vnni.1)
                .all(|(a, v)| a.to_bits() == v.to_bits());
            assert!(same, "{t}x{k}x{n}: AMX and VNNI differ");
        }
    }

    #[test]
    fn quantization_stays_close_to_fp32() {
        let (x, w, b) = data(7, 384, 128);
        let got = reference(&x, &w, &b, 384);
        let mut worst = 0f32;
        for r in 0..7 {
            for c in 0..128 {
                let exact: f32 = (0..384)
                    .map(|i| x[r * 384 + i] * w[c * 384 + i])
                    .sum::<f32>()
                    + b[c];
                worst = worst.max((got[r * 128 + c] - exact).abs());
            }
        }
        // Each side is within half a step (1/254 of its largest value).
        assert!(worst < 0.5, "worst error {worst}");
        assert!(worst > 0.0, "quantization changes something");
    }

    #[test]
    fn zero_rows_quantize_to_zero() {
        let (q, s) = quantize(&[0.0; 8]);
        assert_eq!((q, s), (vec![0; 8], 0.0));
    }

    #[test]
    fn packing_rejects_shapes_the_kernels_cannot_run() {
        assert!(PackedInt8::pack(&[0.0; 63 * 4], 63, 4, Kernel::Vnni).is_none());
        assert!(PackedInt8::pack(&[0.0; 64 * 6], 64, 6, Kernel::Avx2).is_none());
    }
}
