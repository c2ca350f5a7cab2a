//! Property tests that stand in for fuzzing the two readers (no nightly
//! toolchain, so no cargo-fuzz): whatever bytes `CsvInput` and `JsonlInput`
//! are given, batch labelling never panics and every record (every non-blank
//! line of JSON Lines) gives exactly one output row, labeled or with an
//! error; the names it adds never meet an input's; and a JSON object's
//! fields, however they are written, come back byte for byte.
//! `JOBCLASS_FUZZ_CASES` sets the number of cases (256 by default);
//! `scripts/fuzz.sh` runs these for much longer.

use jobclass::io::csv::{CsvInput, CsvOptions, CsvSource};
use jobclass::io::jsonl::{JsonRecord, JsonlInput, JsonlSource, text_of};
use jobclass::output::columns::AddedColumns;
use jobclass::output::csv::CsvSink;
use jobclass::output::jsonl::JsonlSink;
use jobclass::pipeline::batch::{self, BatchOptions};
use jobclass::pipeline::prediction::Predict;
use proptest::prelude::*;

use crate::common::ByLength;

fn options() -> BatchOptions {
    BatchOptions {
        group_rows: 5,
        stop: None,
    }
}

fn fail(e: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(e.to_string())
}

/// Batch labelling of `bytes` read as CSV with `delimiter`: one output
/// record per record the `csv` crate reads, each with a label or an error,
/// and added column names that no input column has and that are distinct.
fn check_csv(bytes: &[u8], delimiter: u8) -> Result<(), TestCaseError> {
    let opts = CsvOptions { delimiter };
    let mut reference = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(bytes);
    // UTF-16 has a byte order mark or a NUL in every ASCII character.
    let utf16 = reference.byte_headers().is_ok_and(|h| {
        let h = h.as_slice();
        h.starts_with(b"\xff\xfe") || h.starts_with(b"\xfe\xff") || h.contains(&0)
    });
    let input = match CsvInput::from_reader(
        Box::new(bytes.to_vec().leak() as &[u8]),
        opts,
        None,
        "fuzz".into(),
    ) {
        Ok(input) => input,
        Err(e) => {
            // Refused as a whole: an input error, never a panic; UTF-16 named
            // exactly when the header shows it.
            prop_assert!(e.is_input_error(), "{e}");
            prop_assert_eq!(e.to_string().contains("UTF-16"), utf16, "{}", e);
            return Ok(());
        }
    };
    prop_assert!(!utf16, "a UTF-16 header must be refused");
    let headers = input.headers().clone();
    let width = headers.len();
    let added = AddedColumns::new(ByLength::new().labels(), true).names(&headers);
    for (i, name) in added.iter().enumerate() {
        prop_assert!(
            !headers.iter().any(|h| h == name.as_bytes()),
            "{name} shadows an input column"
        );
        prop_assert!(!added[..i].contains(name), "{name} added twice");
    }
    let expected: Result<Vec<csv::ByteRecord>, _> = reference.byte_records().collect();
    let text = String::from_utf8_lossy(&headers[width - 1]).into_owned();
    let mut out = Vec::new();
    let classifier = ByLength::new();
    let result = CsvSource::new(input, &text, None).and_then(|source| {
        let sink = CsvSink::new(
            &mut out,
            source.headers(),
            classifier.labels(),
            delimiter,
            false,
        )?;
        batch::run(&classifier, source, sink, &options(), |_| {})
    });
    let Ok(expected) = expected else {
        prop_assert!(result.is_err(), "a CSV error in the input must be reported");
        return Ok(());
    };
    let summary = result.map_err(fail)?;
    prop_assert_eq!(summary.rows as usize, expected.len());
    let got: Vec<csv::ByteRecord> = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(&out[..])
        .byte_records()
        .collect::<Result<_, _>>()
        .map_err(fail)?;
    prop_assert_eq!(
        got.len(),
        expected.len(),
        "one output record per input record"
    );
    for (g, e) in got.iter().zip(&expected) {
        prop_assert_eq!(g.len(), width + 6);
        for i in 0..width {
            prop_assert_eq!(g.get(i), Some(e.get(i).unwrap_or(b"")), "field {} kept", i);
        }
        prop_assert!(
            g[width].is_empty() != g[width + 5].is_empty(),
            "a label or an error"
        );
    }
    Ok(())
}

/// The non-blank lines of a JSON Lines input, as `JsonlInput` splits it.
fn non_blank_lines(bytes: &[u8]) -> Vec<&[u8]> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    bytes
        .split_inclusive(|&b| b == b'\n')
        .filter(|l| !l.trim_ascii().is_empty())
        .collect()
}

/// The records of `bytes` read as JSON Lines, or the error that refused them.
fn jsonl_records(bytes: &[u8]) -> jobclass::error::Result<Vec<JsonRecord>> {
    let mut input = JsonlInput::from_reader(
        Box::new(bytes.to_vec().leak() as &[u8]),
        None,
        "fuzz".into(),
    );
    std::iter::from_fn(|| input.read().transpose()).collect()
}

/// The written name and value of each field of an object record.
fn raw_fields(rec: &JsonRecord) -> Vec<(String, String)> {
    match rec {
        JsonRecord::Object(fields) => fields
            .iter()
            .map(|f| (f.raw_name.get().to_string(), f.value.get().to_string()))
            .collect(),
        JsonRecord::Unreadable { .. } => Vec::new(),
    }
}

/// Batch labelling of `bytes` read as JSON Lines: one output line per
/// non-blank input line, each a JSON object that starts with the input
/// object's fields as written (or the line's number and text, for a line
/// that is no object), then a label or an error.
fn check_jsonl(bytes: &[u8]) -> Result<Vec<String>, TestCaseError> {
    let lines = non_blank_lines(bytes);
    // UTF-16 shows in the first two bytes: a byte order mark, or a NUL.
    let first = bytes.split_inclusive(|&b| b == b'\n').next().unwrap_or(b"");
    let start = &first[..first.len().min(2)];
    let utf16 = start == b"\xff\xfe" || start == b"\xfe\xff" || start.contains(&0);
    let records = match jsonl_records(bytes) {
        Ok(records) => records,
        Err(e) => {
            prop_assert!(utf16 && e.to_string().contains("UTF-16"), "{e}");
            return Ok(Vec::new());
        }
    };
    prop_assert!(!utf16, "a UTF-16 input must be refused");
    prop_assert_eq!(records.len(), lines.len(), "one record per non-blank line");
    let input = JsonlInput::from_reader(
        Box::new(bytes.to_vec().leak() as &[u8]),
        None,
        "fuzz".into(),
    );
    let mut out = Vec::new();
    let classifier = ByLength::new();
    let summary = batch::run(
        &classifier,
        JsonlSource::new(input, "text", None),
        JsonlSink::new(&mut out, classifier.labels(), false),
        &options(),
        |_| {},
    )
    .map_err(fail)?;
    prop_assert_eq!(summary.rows as usize, lines.len());
    let out = String::from_utf8(out).map_err(fail)?;
    let written: Vec<String> = out.lines().map(str::to_string).collect();
    prop_assert_eq!(
        written.len(),
        lines.len(),
        "one output line per non-blank input line"
    );
    let back = jsonl_records(out.as_bytes()).map_err(fail)?;
    prop_assert_eq!(back.len(), records.len());
    for (rec, line) in records.iter().zip(&lines) {
        let JsonRecord::Unreadable {
            line: n, problem, ..
        } = rec
        else {
            continue;
        };
        match std::str::from_utf8(line) {
            Err(e) => {
                let want = format!(
                    "line {n} is not valid UTF-8 at byte {} of the line",
                    e.valid_up_to() + 1
                );
                prop_assert!(problem.starts_with(&want), "{problem}\nwant {want}");
            }
            Ok(text) => {
                let json = serde_json::from_str::<&serde_json::value::RawValue>(text.trim_ascii());
                prop_assert!(
                    json.is_err()
                        || problem.ends_with(", not a JSON object")
                            && !problem.contains("is an object"),
                    "{problem}"
                );
            }
        }
    }
    for (rec, b) in records.iter().zip(&back) {
        let b = raw_fields(b);
        let kept = match rec {
            JsonRecord::Object(_) => raw_fields(rec),
            JsonRecord::Unreadable { line, raw, .. } => vec![
                ("\"jobclass_line\"".into(), line.to_string()),
                (
                    "\"jobclass_input\"".into(),
                    serde_json::Value::from(raw.as_str()).to_string(),
                ),
            ],
        };
        prop_assert_eq!(
            b.len(),
            kept.len() + 6,
            "every field written back, then 6 added"
        );
        prop_assert_eq!(
            &b[..kept.len()],
            &kept[..],
            "fields written back as they were"
        );
        let (label, error) = (&b[kept.len()].1, &b[b.len() - 1].1);
        prop_assert!(
            (label == "null") != (error == "null"),
            "a label or an error: {b:?}"
        );
        prop_assert_eq!(label == "null", text_of(rec, "text", None).is_err());
    }
    Ok(written)
}

/// Bytes shaped like JSON Lines, with the pieces that make readers stumble:
/// bad UTF-8, byte order marks, NUL, unbalanced brackets, escapes.
fn jsonlish() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"{".to_vec()),
        Just(b"}".to_vec()),
        Just(b"[".to_vec()),
        Just(b"]".to_vec()),
        Just(b"\"text\"".to_vec()),
        Just(b"\"label\"".to_vec()),
        Just(b"\"jobclass_label\"".to_vec()),
        Just(b":".to_vec()),
        Just(b",".to_vec()),
        Just(b"\"a b\"".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\"\\ud800\"".to_vec()),
        Just(b"\"\\u00e9\\n\"".to_vec()),
        Just(b"12345678901234567890123".to_vec()),
        Just(b"1e400".to_vec()),
        Just(b"null".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b" ".to_vec()),
        Just(b"\xff".to_vec()),
        Just(b"\xe9".to_vec()),
        Just(b"\xef\xbb\xbf".to_vec()),
        Just(b"\0".to_vec()),
        Just(b"{\"text\": \"Own our SLOs\"}\n".to_vec()),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|p| p.concat())
}

/// A JSON string literal of `s`, each character written as itself or
/// escaped as `pick` says (control characters always escaped).
fn string_literal(s: &str, pick: &[u8]) -> String {
    let mut out = String::from("\"");
    for (c, &p) in s.chars().zip(pick.iter().cycle()) {
        let short = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\t' => Some("\\t"),
            '/' if p % 2 == 0 => Some("\\/"),
            _ => None,
        };
        match short {
            Some(e) if p % 3 != 0 => out.push_str(e),
            _ if (c as u32) < 0x20 || c == '"' || c == '\\' || p % 4 == 1 => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&if p % 2 == 0 {
                        format!("\\u{u:04x}")
                    } else {
                        format!("\\u{u:04X}")
                    });
                }
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn string_value() -> impl Strategy<Value = String> {
    (
        any::<String>(),
        proptest::collection::vec(any::<u8>(), 1..8),
    )
        .prop_map(|(s, pick)| string_literal(&s, &pick))
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        "-?(0|[1-9][0-9]{0,45})",
        "-?(0|[1-9][0-9]{0,20})\\.[0-9]{1,20}",
        "-?(0|[1-9][0-9]{0,5})(\\.[0-9]{1,6})?[eE][+-]?[0-9]{1,4}",
    ]
}

/// Space JSON allows between tokens.
fn space() -> impl Strategy<Value = String> {
    "[ \t]{0,2}"
}

/// Any JSON value, written with spaces of its own.
fn json_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        number(),
        string_value(),
        Just("true".to_string()),
        Just("false".to_string()),
        Just("null".to_string()),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            (proptest::collection::vec((inner.clone(), space()), 0..4)).prop_map(|items| {
                let items: Vec<String> = items
                    .into_iter()
                    .map(|(v, s)| format!("{s}{v}{s}"))
                    .collect();
                format!("[{}]", items.join(","))
            }),
            (proptest::collection::vec((string_value(), inner, space()), 0..4)).prop_map(
                |fields| {
                    let fields: Vec<String> = fields
                        .into_iter()
                        .map(|(k, v, s)| format!("{s}{k}{s}:{s}{v}"))
                        .collect();
                    format!("{{{}}}", fields.join(","))
                }
            ),
        ]
    })
}

/// An object's fields: names of any text (the text field and the names
/// batch adds among them, repeated at times), values of any kind.
fn object_fields() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![
        3 => string_value(),
        1 => prop::sample::select(vec!["\"text\"", "\"t\\u0065xt\"", "\"label\"", "\"jobclass_label\"", "\"error\"", "\"score_sre\""])
            .prop_map(String::from),
    ];
    let value = prop_oneof![
        2 => json_value(),
        1 => "[A-Za-z][A-Za-z .]{0,30}".prop_map(|s| format!("\"{s}\"")),
    ];
    proptest::collection::vec((name, value), 0..6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("JOBCLASS_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn csv_reader_survives_arbitrary_bytes_with_any_delimiter(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        delimiter in prop::sample::select(vec![b',', b';', b'\t', b'|', b' ', 0u8]),
    ) {
        check_csv(&bytes, delimiter)?;
    }

    #[test]
    fn csv_reader_keeps_every_record_of_headers_that_collide(
        names in proptest::collection::vec(
            prop::sample::select(vec!["label", "jobclass_label", "jobclass_jobclass_label", "error", "score_sre", "confidence", "text", ""]),
            1..6,
        ),
        rows in proptest::collection::vec("[a-z ,\"\n]{0,20}", 0..6),
        bom in any::<bool>(),
    ) {
        let mut bytes = if bom { b"\xef\xbb\xbf".to_vec() } else { Vec::new() };
        bytes.extend(names.join(",").as_bytes());
        for r in rows {
            bytes.push(b'\n');
            bytes.extend(r.as_bytes());
        }
        check_csv(&bytes, b',')?;
    }

    #[test]
    fn jsonl_reader_survives_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check_jsonl(&bytes)?;
    }

    #[test]
    fn jsonl_reader_gives_one_row_per_line_of_jsonish_bytes(bytes in jsonlish()) {
        check_jsonl(&bytes)?;
    }

    #[test]
    fn jsonl_fields_come_back_byte_for_byte(
        fields in object_fields(),
        gaps in proptest::collection::vec(space(), 4),
        bom in any::<bool>(),
    ) {
        let written: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{}{k}{}:{}{v}", gaps[0], gaps[1], gaps[2]))
            .collect();
        let line = format!("{}{{{}{}}}\n", if bom { "\u{feff}" } else { "" }, written.join(","), gaps[3]);
        let out = check_jsonl(line.as_bytes())?;
        prop_assert_eq!(out.len(), 1);
        let kept: Vec<String> = fields.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        let want = format!("{{{}", kept.join(","));
        prop_assert!(out[0].starts_with(&want), "{}\nwant {}", out[0], want);
        // The text classified is the text field decoded, when there is one.
        let texts: Vec<&String> = fields
            .iter()
            .filter(|(k, _)| serde_json::from_str::<String>(k).ok().as_deref() == Some("text"))
            .map(|(_, v)| v)
            .collect();
        let records = jsonl_records(line.as_bytes()).map_err(fail)?;
        let got = text_of(&records[0], "text", None);
        if let [v] = texts[..] {
            // A string (not one with a lone surrogate escaped) that is not blank.
            if let Ok(s) = serde_json::from_str::<String>(v)
                && s.chars().any(|c| !c.is_control() && !c.is_whitespace())
            {
                prop_assert_eq!(got, Ok(s));
            }
        } else {
            prop_assert!(got.is_err());
        }
    }
}
