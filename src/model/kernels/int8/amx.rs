//! The int8 kernel on AMX tiles (see the parent module). Stable Rust has no
//! AMX intrinsics, so the five tile instructions are written as inline
//! assembly; everything around them is ordinary AVX-512.
//!
//! Eight tile registers: four 16 x 16 tiles of sums (two row tiles times two
//! column tiles, a 32 x 32 block of outputs), two activation tiles and two
//! weight tiles. Each step of 64 bytes along k loads those four and runs four
//! `tdpbusd`. The sums are stored to memory and finished as the VNNI kernel
//! finishes its registers: the shift taken out, then scale and bias, in the
//! same order, so the outputs match it bit for bit.

use std::arch::asm;
use std::arch::x86_64::*;

use super::{NB_VNNI, PackedInt8};

/// Rows of a tile.
pub const TILE_ROWS: usize = 16;
/// Bytes of a tile row (64 along k for activations; 16 columns of 4 bytes
/// for weights and 16 sums of 4 bytes for outputs).
pub const TILE_BYTES: usize = 64;
/// Columns of a tile of sums.
const TILE_COLS: usize = 16;

/// The tile configuration `ldtilecfg` reads: palette 1, and for each tile
/// its bytes per row and its rows; every tile used here is 16 x 64 bytes.
#[repr(C, align(64))]
struct Config([u8; 64]);

impl Config {
    fn new() -> Config {
        let mut c = [0u8; 64];
        c[0] = 1;
        for t in 0..8 {
            c[16 + 2 * t..18 + 2 * t].copy_from_slice(&(TILE_BYTES as u16).to_le_bytes());
            c[48 + t] = TILE_ROWS as u8;
        }
        Config(c)
    }
}

/// Sums of a 32 x 32 block, as four tiles stored row after row.
#[repr(C, align(64))]
struct Sums([i32; 4 * TILE_ROWS * TILE_COLS]);

/// `out = x · w^T + b` for `rows` rows of quantized activations `xs` (VNNI
/// words, k / 4 to a row), as the VNNI kernel computes it.
///
/// # Safety
/// The CPU must have AMX-INT8 with the tile registers granted to this
/// process (`cpu::has_amx_int8`); `w` must be packed for
/// AMX (k a multiple of 64); `xs` must hold `rows` rounded up to a multiple of
/// 16 rows; `out` at least `(rows - 1) * n + n` floats.
#[target_feature(enable = "avx512f,avx512bw")]
pub unsafe fn amx_rows(
    xs: &[u32],
    sx: &[f32],
    rows: usize,
    w: &PackedInt8,
    b: &[f32],
    out: &mut [f32],
) {
    let kq = w.k / 4;
    let steps = kq / TILE_COLS;
    let row_tiles = rows.div_ceil(TILE_ROWS);
    assert!(w.k.is_multiple_of(TILE_BYTES) && xs.len() >= row_tiles * TILE_ROWS * kq);
    assert!(out.len() >= rows * w.n && sx.len() >= rows);
    let config = Config::new();
    let mut sums = Sums([0; 4 * TILE_ROWS * TILE_COLS]);
    // Strides in bytes: an activation row, a row of a weight panel.
    let x_stride = kq * 4;
    let w_stride = NB_VNNI * 4;
    // SAFETY (whole body): the configuration makes every tile 16 rows of 64
    // bytes; each load reads 16 rows at its stride inside `xs` or the panel
    // (checked above and by the packing), each store writes `sums`.
    unsafe {
        asm!("ldtilecfg [{}]", in(reg) config.0.as_ptr(), options(nostack, readonly));
        for nbi in 0..w.n / NB_VNNI {
            let panel = w.data.as_ptr().add(nbi * kq * NB_VNNI);
            for half in 0..NB_VNNI / (2 * TILE_COLS) {
                let col = nbi * NB_VNNI + half * 2 * TILE_COLS;
                let mut rt = 0;
                while rt < row_tiles {
                    let pair = (row_tiles - rt).min(2);
                    let x0 = xs.as_ptr().add(rt * TILE_ROWS * kq);
                    let x1 = x0.add(TILE_ROWS * kq);
                    asm!(
                        "tilezero tmm0",
                        "tilezero tmm1",
                        "tilezero tmm2",
                        "tilezero tmm3",
                        options(nostack, nomem)
                    );
                    for step in 0..steps {
                        // Weight tile j: 16 words of k (rows) for 16 columns.
                        let b0 = panel.add(step * TILE_COLS * NB_VNNI + half * 2 * TILE_COLS);
                        let b1 = b0.add(TILE_COLS);
                        let a0 = x0.add(step * TILE_COLS);
                        asm!(
                            "tileloadd tmm6, [{b0} + {ws}*1]",
                            "tileloadd tmm7, [{b1} + {ws}*1]",
                            "tileloadd tmm4, [{a0} + {xs}*1]",
                            "tdpbusd tmm0, tmm4, tmm6",
                            "tdpbusd tmm1, tmm4, tmm7",
                            b0 = in(reg) b0,
                            b1 = in(reg) b1,
                            a0 = in(reg) a0,
                            ws = in(reg) w_stride,
                            xs = in(reg) x_stride,
                            options(nostack, readonly)
                        );
                        if pair == 2 {
                            asm!(
                                "tileloadd tmm5, [{a1} + {xs}*1]",
                                "tdpbusd tmm2, tmm5, tmm6",
                                "tdpbusd tmm3, tmm5, tmm7",
                                a1 = in(reg) x1.add(step * TILE_COLS),
                                xs = in(reg) x_stride,
                                options(nostack, readonly)
                            );
                        }
                    }
                    let s = sums.0.as_mut_ptr();
                    let tile = TILE_ROWS * TILE_COLS;
                    asm!(
                        "tilestored [{t0} + {st}*1], tmm0",
                        "tilestored [{t1} + {st}*1], tmm1",
                        "tilestored [{t2} + {st}*1], tmm2",
                        "tilestored [{t3} + {st}*1], tmm3",
                        t0 = in(reg) s,
                        t1 = in(reg) s.add(tile),
                        t2 = in(reg) s.add(2 * tile),
                        t3 = in(reg) s.add(3 * tile),
                        st = in(reg) TILE_BYTES,
                        options(nostack)
                    );
                    let r0 = rt * TILE_ROWS;
                    let valid = (rows - r0).min(pair * TILE_ROWS);
                    for r in 0..valid {
                        let (i, ri) = (r / TILE_ROWS, r % TILE_ROWS);
                        let scale_x = _mm512_set1_ps(sx[r0 + r]);
                        for j in 0..2 {
                            let c = col + j * TILE_COLS;
                            let acc = _mm512_loadu_si512(
                                s.add((2 * i + j) * tile + ri * TILE_COLS) as *const _,
                            );
                            let shift = _mm512_loadu_si512(w.shift.as_ptr().add(c) as *const _);
                            let total = _mm512_cvtepi32_ps(_mm512_sub_epi32(acc, shift));
                            let scale =
                                _mm512_mul_ps(scale_x, _mm512_loadu_ps(w.scale.as_ptr().add(c)));
                            let bias = _mm512_loadu_ps(b.as_ptr().add(c));
                            _mm512_storeu_ps(
                                out.as_mut_ptr().add((r0 + r) * w.n + c),
                                _mm512_fmadd_ps(total, scale, bias),
                            );
                        }
                    }
                    rt += pair;
                }
            }
        }
        asm!("tilerelease", options(nostack, nomem));
    }
}
