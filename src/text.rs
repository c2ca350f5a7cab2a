//! Checks every text passes before it reaches the model, and cuts that never
//! split a character.

/// Why a text cannot be classified, or `None` if it can.
pub fn text_problem(text: &str) -> Option<&'static str> {
    if text.chars().all(|c| c.is_whitespace() || c.is_control()) {
        Some("empty text")
    } else {
        None
    }
}

/// Decodes bytes as UTF-8, or says where the first invalid byte is (1-based
/// line and byte offset).
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("invalid UTF-8 at byte {at} (line {line})")
    })
}

/// The byte order mark UTF-8 text may start with.
pub const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

/// Why a file that starts with `start` and is read as text in `format` (its
/// title: `CSV`, `JSON Lines`) is another format: a Parquet file starts with
/// the magic bytes `PAR1`, followed by binary data.
pub fn binary_format_problem(start: &[u8], format: &str) -> Option<String> {
    let rest = start.strip_prefix(b"PAR1")?;
    // The page header that follows starts with a control byte (0x15, a
    // Thrift field header); text named `PAR1…` goes on with a printable
    // character, a delimiter or a byte of UTF-8.
    if !rest
        .first()
        .is_some_and(|b| b.is_ascii_control() && !b"\t\n\r".contains(b))
    {
        return None;
    }
    Some(format!(
        "is a Parquet file, not {format}: read it with --format parquet (or give it a name \
         ending in .parquet)"
    ))
}

/// Why the start of an input (its first line or header row) shows it is
/// UTF-16 text, not UTF-8, and how to convert it; `None` when it does not.
/// UTF-16 is known by its byte order mark, or by NUL bytes, which it has in
/// every ASCII character and UTF-8 text never holds.
pub fn utf16_problem(start: &[u8]) -> Option<String> {
    let (what, from) = match start {
        [0xff, 0xfe, ..] | [0xfe, 0xff, ..] => ("is UTF-16 text", "UTF-16"),
        _ => match start.iter().position(|&b| b == 0)? {
            // ASCII in UTF-16 little-endian is the byte, then NUL.
            i if i % 2 == 1 => ("holds NUL bytes, so it looks like UTF-16 text", "UTF-16LE"),
            _ => ("holds NUL bytes, so it looks like UTF-16 text", "UTF-16BE"),
        },
    };
    Some(format!(
        "{what}, not UTF-8: convert it first, e.g. with `iconv -f {from} -t UTF-8 FILE > FILE.utf8`"
    ))
}

/// Joins a title and a body into the text that is embedded.
pub fn compose(title: Option<&str>, body: &str) -> String {
    match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => format!("{t}\n{body}"),
        None => body.to_string(),
    }
}

/// The text classified for a posting: its title and body joined
/// ([`compose`]), or why there is none ([`text_problem`]). Every input path —
/// CSV rows, JSON lines, the Python package's columns — goes through it.
pub fn posting_text(title: Option<&str>, body: &str) -> Result<String, String> {
    let text = compose(title, body);
    match text_problem(&text) {
        Some(p) => Err(p.to_string()),
        None => Ok(text),
    }
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character
/// boundary.
pub fn cap_bytes(s: &str, max: usize) -> &str {
    &s[..floor_boundary(s, max)]
}

/// The largest character boundary of `s` at or below `i` (at most its length).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// At most `max_chars` characters of `s`, with `…` added when it was cut:
/// for showing a sentence in a line or a table cell.
pub fn shorten(s: &str, max_chars: usize) -> String {
    let mut shown: String = s.chars().take(max_chars).collect();
    if shown.len() < s.len() {
        shown.push('…');
    }
    shown
}

/// The smallest character boundary of `s` at or above `i` (`i` at most its length).
pub fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_whole_characters_and_says_so() {
        assert_eq!(shorten("héllo wörld", 5), "héllo…");
        assert_eq!(shorten("héllo", 5), "héllo");
        assert_eq!(shorten("", 3), "");
    }

    #[test]
    fn parquet_is_known_by_its_magic_and_binary_header() {
        assert!(binary_format_problem(b"PAR1\x15\x04\x15", "CSV").is_some());
        assert!(binary_format_problem(b"PAR1", "CSV").is_none());
        assert!(binary_format_problem(b"PAR1,text", "CSV").is_none());
        assert!(binary_format_problem(b"text,PAR1\x15", "CSV").is_none());
        // The csv crate's header record without its delimiters.
        assert!(binary_format_problem("PAR1étiquette".as_bytes(), "CSV").is_none());
        assert!(binary_format_problem(b"PAR1\ttext", "CSV").is_none());
    }

    #[test]
    fn empty_and_control_only_text_is_a_problem() {
        assert_eq!(text_problem("  \n\t"), Some("empty text"));
        assert_eq!(text_problem("\0\u{1}"), Some("empty text"));
        assert_eq!(text_problem("x"), None);
    }

    #[test]
    fn invalid_utf8_names_line_and_byte() {
        let e = decode_utf8(b"ok\nfine\nbad \xff here").unwrap_err();
        assert_eq!(e, "invalid UTF-8 at byte 12 (line 3)");
    }

    #[test]
    fn cap_bytes_respects_char_boundaries() {
        assert_eq!(cap_bytes("héllo", 2), "h");
        assert_eq!(cap_bytes("héllo", 3), "hé");
        assert_eq!(cap_bytes("abc", 10), "abc");
        assert_eq!(ceil_boundary("héllo", 2), 3);
    }
}
