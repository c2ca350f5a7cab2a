//! The parsers of flag values that clap's own do not cover: each says what
//! it takes when a value is refused.

use jobclass::model::embed::Backend;

/// A field delimiter. Line ends and the quote are refused: the CSV reader
/// gives them their own meaning first, so every row would be lost.
pub(super) fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        "\n" | "\r" => Err(format!(
            "{s:?} cannot be the delimiter: it ends a row; use a single ASCII character such as `,`, `;` or `tab`"
        )),
        "\"" => Err(
            "'\"' cannot be the delimiter: it quotes fields; use a single ASCII character such as `,`, `;` or `tab`"
                .into(),
        ),
        _ if s.len() == 1 && s.is_ascii() => Ok(s.as_bytes()[0]),
        _ => Err(format!("{s:?} is not a single ASCII character or `tab`")),
    }
}

/// A thread count or batch size.
pub(super) fn parse_count(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=1024).contains(&n) => Ok(n),
        _ => Err(format!("{s:?} is not a whole number from 1 to 1024")),
    }
}

/// A training rate or penalty: a finite number above 0 (`NaN`, `inf` and
/// negative numbers would make a head or adapter that is not numbers).
pub(super) fn parse_positive(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 => Ok(x),
        _ => Err(format!("{s:?} is not a finite number above 0")),
    }
}

/// A weight from 0 to 1 (`NaN` is none).
pub(super) fn parse_share(s: &str) -> Result<f32, String> {
    match s.trim().parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a number from 0 to 1")),
    }
}

/// Folds of the cross-validation: 0 (none) or from 2 to 1000.
pub(super) fn parse_folds(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n == 0 || (2..=1000).contains(&n) => Ok(n),
        _ => Err(format!(
            "{s:?} is not a number of folds: use 0 (no cross-validation) or 2 to 1000"
        )),
    }
}

pub(super) fn parse_backend(s: &str) -> Result<Backend, String> {
    match s {
        "fast" => Ok(Backend::Packed),
        "candle" => Ok(Backend::Candle),
        _ => Err(format!("{s:?} is not a backend: use fast or candle")),
    }
}
