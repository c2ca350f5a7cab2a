//! Cutting a long token sequence into the model's 256-token windows.
//!
//! A window holds `[CLS]`, at most 254 content tokens and `[SEP]`. Windows start
//! every `254 - overlap` tokens, so neighbours share `overlap` tokens of
//! context; the last window is shifted back to end exactly at the last token, so
//! that it is full length (its overlap with the previous one may be larger). A
//! text of at most 254 tokens is a single window, identical to plain
//! truncation. At most `max_windows` windows are made: the rest of a huge text
//! is ignored, which bounds time and memory.

use std::ops::Range;

/// The model's sequence limit, `[CLS]` and `[SEP]` included (sentence-transformers'
/// `max_seq_length` for all-MiniLM-L6-v2).
pub const MAX_SEQ_LEN: usize = 256;
/// Content tokens in one window.
pub const WINDOW_CONTENT: usize = MAX_SEQ_LEN - 2;
/// Default tokens shared by neighbouring windows.
pub const DEFAULT_OVERLAP: usize = 32;
/// Default cap on windows per text: 64 windows cover about 14,000 tokens,
/// some 10,000 words, far more than any real posting.
pub const DEFAULT_MAX_WINDOWS: usize = 64;

/// How texts longer than one window are embedded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Windowing {
    /// Keep the first 254 content tokens, as sentence-transformers does.
    Truncate,
    /// Embed overlapping windows, each its own vector (averaged by
    /// [`crate::model::embed::Embedder::embed`]).
    Overlapping {
        /// Tokens shared by neighbouring windows (less than [`WINDOW_CONTENT`]).
        overlap: usize,
        /// At most this many windows per text.
        max_windows: usize,
    },
}

impl Windowing {
    /// Windows with the default overlap and cap.
    pub const OVERLAPPING: Windowing = Windowing::Overlapping {
        overlap: DEFAULT_OVERLAP,
        max_windows: DEFAULT_MAX_WINDOWS,
    };

    /// The ranges of content tokens to embed for a text of `n` content tokens.
    pub fn ranges(&self, n: usize) -> Vec<Range<usize>> {
        match *self {
            Windowing::Truncate => std::iter::once(0..n.min(WINDOW_CONTENT)).collect(),
            Windowing::Overlapping {
                overlap,
                max_windows,
            } => windows(n, WINDOW_CONTENT, overlap, max_windows),
        }
    }
}

/// Windows of at most `size` tokens over `0..n`, starting every `size - overlap`
/// tokens, the last one ending at `n`, at most `max_windows` of them (at least
/// one). An empty text gives one empty window, so that it still gets the
/// embedding of `[CLS] [SEP]` as the reference does.
pub fn windows(n: usize, size: usize, overlap: usize, max_windows: usize) -> Vec<Range<usize>> {
    assert!(size > 0, "window size must be positive");
    assert!(overlap < size, "overlap must be smaller than the window");
    let max_windows = max_windows.max(1);
    if n <= size {
        return std::iter::once(0..n).collect();
    }
    let stride = size - overlap;
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        if out.len() + 1 == max_windows {
            // The cap is reached: this window is the last one, the rest is cut.
            out.push(start..(start + size).min(n));
            break;
        }
        if start + size >= n {
            out.push(n - size..n);
            break;
        }
        out.push(start..start + size);
        start += stride;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_window() {
        assert_eq!(windows(10, 254, 32, 64), vec![0..10]);
        assert_eq!(windows(254, 254, 32, 64), vec![0..254]);
    }

    #[test]
    fn empty_text_is_one_empty_window() {
        assert_eq!(windows(0, 254, 32, 64), vec![0..0]);
        assert_eq!(Windowing::Truncate.ranges(0), vec![0..0]);
    }

    #[test]
    fn exactly_one_window_plus_one_token() {
        // 255 tokens: the second window is shifted back to end at 255.
        assert_eq!(windows(255, 254, 32, 64), vec![0..254, 1..255]);
    }

    #[test]
    fn windows_overlap_by_the_given_amount() {
        let w = windows(1000, 254, 32, 64);
        assert_eq!(w[0], 0..254);
        assert_eq!(w[1], 222..476);
        assert_eq!(w[2], 444..698);
        assert_eq!(w[3], 666..920);
        assert_eq!(
            w[4],
            746..1000,
            "last window ends at the last token, full length"
        );
        assert_eq!(w.len(), 5);
    }

    #[test]
    fn cap_on_windows_cuts_the_tail() {
        let w = windows(100_000, 254, 32, 3);
        assert_eq!(w, vec![0..254, 222..476, 444..698]);
    }

    #[test]
    fn truncate_keeps_the_first_254_tokens() {
        assert_eq!(Windowing::Truncate.ranges(900), vec![0..254]);
        assert_eq!(Windowing::Truncate.ranges(256), vec![0..254]);
    }

    #[test]
    #[should_panic(expected = "overlap")]
    fn overlap_must_be_smaller_than_window() {
        windows(1000, 10, 10, 5);
    }
}
