//! The int8 kernels for x86_64: AVX-512 VNNI, AVX-VNNI and AVX2 (see the
//! parent module).

use super::{MR, NB_AVX2, NB_VNNI, PackedInt8};
use std::arch::x86_64::*;

/// Runs `block` over every panel and every block of at most MR rows.
macro_rules! for_blocks {
    ($rows:expr, $w:expr, $nb:expr, $per_row:expr, |$r:ident, $m:ident, $panel:ident, $col:ident| $body:block) => {
        for nbi in 0..$w.n / $nb {
            let $col = nbi * $nb;
            let $panel = &$w.data[nbi * $per_row * $nb..(nbi + 1) * $per_row * $nb];
            let mut $r = 0;
            while $r < $rows {
                let $m = ($rows - $r).min(MR);
                $body
                $r += $m;
            }
        }
    };
}

/// Calls `block::<M>(args…)` with the block height `m` (1 to 6) as a constant.
macro_rules! with_height {
    ($m:expr, $block:ident($($arg:expr),*)) => {
        match $m {
            6 => $block::<6>($($arg),*),
            5 => $block::<5>($($arg),*),
            4 => $block::<4>($($arg),*),
            3 => $block::<3>($($arg),*),
            2 => $block::<2>($($arg),*),
            _ => $block::<1>($($arg),*),
        }
    };
}

#[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
pub unsafe fn vnni_rows(
    xs: &[u32],
    sx: &[f32],
    rows: usize,
    w: &PackedInt8,
    b: &[f32],
    out: &mut [f32],
) {
    let kq = w.k / 4;
    for_blocks!(rows, w, NB_VNNI, kq, |r, m, panel, col| {
        let x = &xs[r * kq..];
        let o = &mut out[r * w.n + col..];
        let cols = Cols {
            bias: &b[col..col + NB_VNNI],
            scale: &w.scale[col..col + NB_VNNI],
            shift: &w.shift[col..col + NB_VNNI],
        };
        let sx = &sx[r..r + m];
        // SAFETY: x holds m rows of kq words, the panel kq * 64 words, o at
        // least (m - 1) * n + 64 floats.
        unsafe { with_height!(m, vnni_block(x, kq, panel, sx, &cols, o, w.n)) }
    });
}

/// What a panel's columns need to turn sums into outputs.
struct Cols<'a> {
    bias: &'a [f32],
    scale: &'a [f32],
    shift: &'a [i32],
}

#[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
#[inline]
unsafe fn vnni_block<const M: usize>(
    x: &[u32],
    kq: usize,
    panel: &[u32],
    sx: &[f32],
    cols: &Cols,
    out: &mut [f32],
    n: usize,
) {
    // SAFETY (whole body): indices stay within the sizes the caller promised.
    unsafe {
        let mut acc = [[_mm512_setzero_si512(); 4]; M];
        let xp = x.as_ptr();
        let pp = panel.as_ptr();
        for p in 0..kq {
            let bw = [
                _mm512_loadu_si512(pp.add(p * NB_VNNI) as *const _),
                _mm512_loadu_si512(pp.add(p * NB_VNNI + 16) as *const _),
                _mm512_loadu_si512(pp.add(p * NB_VNNI + 32) as *const _),
                _mm512_loadu_si512(pp.add(p * NB_VNNI + 48) as *const _),
            ];
            for (r, acc_r) in acc.iter_mut().enumerate() {
                let a = _mm512_set1_epi32(*xp.add(r * kq + p) as i32);
                for c in 0..4 {
                    acc_r[c] = _mm512_dpbusd_epi32(acc_r[c], a, bw[c]);
                }
            }
        }
        for (r, acc_r) in acc.iter().enumerate() {
            let s = _mm512_set1_ps(sx[r]);
            for (c, acc_rc) in acc_r.iter().enumerate() {
                let shift = _mm512_loadu_si512(cols.shift.as_ptr().add(c * 16) as *const _);
                let sums = _mm512_cvtepi32_ps(_mm512_sub_epi32(*acc_rc, shift));
                let scale = _mm512_mul_ps(s, _mm512_loadu_ps(cols.scale.as_ptr().add(c * 16)));
                let bias = _mm512_loadu_ps(cols.bias.as_ptr().add(c * 16));
                _mm512_storeu_ps(
                    out.as_mut_ptr().add(r * n + c * 16),
                    _mm512_fmadd_ps(sums, scale, bias),
                );
            }
        }
    }
}

#[target_feature(enable = "avx2,fma,avxvnni")]
pub unsafe fn avx_vnni_rows(
    xs: &[u32],
    sx: &[f32],
    rows: usize,
    w: &PackedInt8,
    b: &[f32],
    out: &mut [f32],
) {
    let kq = w.k / 4;
    for_blocks!(rows, w, NB_AVX2, kq, |r, m, panel, col| {
        let x = &xs[r * kq..];
        let o = &mut out[r * w.n + col..];
        let cols = Cols {
            bias: &b[col..col + NB_AVX2],
            scale: &w.scale[col..col + NB_AVX2],
            shift: &w.shift[col..col + NB_AVX2],
        };
        let sx = &sx[r..r + m];
        // SAFETY: x holds m rows of kq words, the panel kq * 16 words, o at
        // least (m - 1) * n + 16 floats.
        unsafe { with_height!(m, avx_vnni_block(x, kq, panel, sx, &cols, o, w.n)) }
    });
}

#[target_feature(enable = "avx2,fma,avxvnni")]
#[inline]
unsafe fn avx_vnni_block<const M: usize>(
    x: &[u32],
    kq: usize,
    panel: &[u32],
    sx: &[f32],
    cols: &Cols,
    out: &mut [f32],
    n: usize,
) {
    // SAFETY (whole body): indices stay within the sizes the caller promised.
    unsafe {
        let mut acc = [[_mm256_setzero_si256(); 2]; M];
        let xp = x.as_ptr();
        let pp = panel.as_ptr();
        for p in 0..kq {
            let bw = [
                _mm256_loadu_si256(pp.add(p * NB_AVX2) as *const _),
                _mm256_loadu_si256(pp.add(p * NB_AVX2 + 8) as *const _),
            ];
            for (r, acc_r) in acc.iter_mut().enumerate() {
                let a = _mm256_set1_epi32(*xp.add(r * kq + p) as i32);
                for c in 0..2 {
                    acc_r[c] = _mm256_dpbusd_avx_epi32(acc_r[c], a, bw[c]);
                }
            }
        }
        for (r, acc_r) in acc.iter().enumerate() {
            let s = _mm256_set1_ps(sx[r]);
            for (c, acc_rc) in acc_r.iter().enumerate() {
                let shift = _mm256_loadu_si256(cols.shift.as_ptr().add(c * 8) as *const _);
                let sums = _mm256_cvtepi32_ps(_mm256_sub_epi32(*acc_rc, shift));
                let scale = _mm256_mul_ps(s, _mm256_loadu_ps(cols.scale.as_ptr().add(c * 8)));
                let bias = _mm256_loadu_ps(cols.bias.as_ptr().add(c * 8));
                _mm256_storeu_ps(
                    out.as_mut_ptr().add(r * n + c * 8),
                    _mm256_fmadd_ps(sums, scale, bias),
                );
            }
        }
    }
}

#[target_feature(enable = "avx2,fma")]
pub unsafe fn avx2_rows(
    xs: &[u32],
    sx: &[f32],
    rows: usize,
    w: &PackedInt8,
    b: &[f32],
    out: &mut [f32],
) {
    let kp = w.k / 2;
    for_blocks!(rows, w, NB_AVX2, kp, |r, m, panel, col| {
        let x = &xs[r * kp..];
        let o = &mut out[r * w.n + col..];
        let bias = &b[col..col + NB_AVX2];
        let scale = &w.scale[col..col + NB_AVX2];
        let sx = &sx[r..r + m];
        // SAFETY: x holds m rows of kp words, the panel kp * 16 words, o at
        // least (m - 1) * n + 16 floats.
        unsafe { with_height!(m, avx2_block(x, kp, panel, sx, scale, bias, o, w.n)) }
    });
}

#[target_feature(enable = "avx2,fma")]
#[inline]
#[allow(clippy::too_many_arguments)]
unsafe fn avx2_block<const M: usize>(
    x: &[u32],
    kp: usize,
    panel: &[u32],
    sx: &[f32],
    scale: &[f32],
    bias: &[f32],
    out: &mut [f32],
    n: usize,
) {
    // SAFETY (whole body): indices stay within the sizes the caller promised.
    unsafe {
        let mut acc = [[_mm256_setzero_si256(); 2]; M];
        let xp = x.as_ptr();
        let pp = panel.as_ptr();
        for p in 0..kp {
            let bw = [
                _mm256_loadu_si256(pp.add(p * NB_AVX2) as *const _),
                _mm256_loadu_si256(pp.add(p * NB_AVX2 + 8) as *const _),
            ];
            for (r, acc_r) in acc.iter_mut().enumerate() {
                let a = _mm256_set1_epi32(*xp.add(r * kp + p) as i32);
                for c in 0..2 {
                    acc_r[c] = _mm256_add_epi32(acc_r[c], _mm256_madd_epi16(a, bw[c]));
                }
            }
        }
        for (r, acc_r) in acc.iter().enumerate() {
            let s = _mm256_set1_ps(sx[r]);
            for (c, acc_rc) in acc_r.iter().enumerate() {
                let sums = _mm256_cvtepi32_ps(*acc_rc);
                let sc = _mm256_mul_ps(s, _mm256_loadu_ps(scale.as_ptr().add(c * 8)));
                let bv = _mm256_loadu_ps(bias.as_ptr().add(c * 8));
                _mm256_storeu_ps(
                    out.as_mut_ptr().add(r * n + c * 8),
                    _mm256_fmadd_ps(sums, sc, bv),
                );
            }
        }
    }
}
