//! Property tests: windowing covers every token within the window limit, label
//! parsing accepts exactly the documented spellings, and the CSV-to-label path
//! never loses, reorders or corrupts a record whatever bytes it is given.
//! `scripts/fuzz.sh` runs the last one for much longer.

use crate::common::ByLength;
use jobclass::io::csv::{CsvInput, CsvOptions, CsvSource};
use jobclass::labels::parse_label;
use jobclass::model::window::{WINDOW_CONTENT, windows};
use jobclass::output::csv::CsvSink;
use jobclass::pipeline::batch::{self, BatchOptions};
use proptest::prelude::*;

proptest! {
    #[test]
    fn windows_cover_every_token_and_respect_the_limit(
        n in 0usize..5000,
        overlap in 0usize..WINDOW_CONTENT,
        max_windows in 1usize..100,
    ) {
        let w = windows(n, WINDOW_CONTENT, overlap, max_windows);
        prop_assert!(!w.is_empty());
        prop_assert!(w.len() <= max_windows);
        for r in &w {
            prop_assert!(r.end - r.start <= WINDOW_CONTENT);
            prop_assert!(r.end <= n);
        }
        for pair in w.windows(2) {
            prop_assert!(pair[0].start < pair[1].start, "windows move forward");
            prop_assert!(pair[1].start <= pair[0].end, "no gap between windows");
        }
        prop_assert_eq!(w[0].start, 0);
        let capped = w.len() == max_windows && w.last().unwrap().end < n;
        if !capped {
            prop_assert_eq!(w.last().unwrap().end, n, "every token is covered");
        }
    }

    #[test]
    fn label_spellings_are_case_and_punctuation_blind(
        which in 0usize..4,
        upper in proptest::collection::vec(any::<bool>(), 40),
        suffix in prop::sample::select(vec!["", " engineer", " Engineering", "-engineers", ""]),
        pad in "[ \t]{0,3}",
    ) {
        let (base, want) = [("devops", "devops"), ("Site Reliability", "sre"), ("SRE", "sre"), ("platform", "platform")][which];
        let cased: String = base
            .chars()
            .zip(upper.iter().cycle())
            .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect();
        let raw = format!("{pad}{cased}{suffix}{pad}");
        prop_assert_eq!(parse_label(&raw), Some(want));
    }

    #[test]
    fn label_parsing_never_panics_and_is_idempotent(s in "\\PC{0,40}") {
        if let Some(l) = parse_label(&s) {
            prop_assert_eq!(parse_label(l), Some(l));
        }
    }
}

/// Runs batch labelling over `bytes`; checks that every input record has one
/// output record with its fields intact and the added columns filled.
pub fn check_batch_path(bytes: &[u8]) -> Result<(), TestCaseError> {
    let labels = vec!["devops".to_string(), "sre".into(), "platform".into()];
    let opts = CsvOptions::default();
    let Ok(input) = CsvInput::from_reader(
        Box::new(bytes.to_vec().leak() as &[u8]),
        opts,
        None,
        "fuzz".into(),
    ) else {
        return Ok(()); // no header row: reported as an input error, nothing to label
    };
    let width = input.headers().len();
    // Reference: the records as the csv crate reads them.
    let mut reference = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let expected: Result<Vec<csv::ByteRecord>, _> = reference.byte_records().collect();
    let mut out = Vec::new();
    let text = String::from_utf8_lossy(&input.headers()[0]).into_owned();
    let options = BatchOptions {
        group_rows: 7,
        stop: None,
    };
    let result = CsvSource::new(input, &text, None).and_then(|source| {
        let sink = CsvSink::new(&mut out, source.headers(), &labels, b',', false)?;
        batch::run(&ByLength(labels.clone()), source, sink, &options, |_| {})
    });
    let Ok(expected) = expected else {
        prop_assert!(result.is_err(), "a CSV error in the input must be reported");
        return Ok(());
    };
    let summary = result.map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(summary.rows as usize, expected.len());
    prop_assert_eq!(summary.labeled + summary.failed, summary.rows);
    let mut back = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(&out[..]);
    let got: Vec<csv::ByteRecord> = back
        .byte_records()
        .collect::<Result<_, _>>()
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(
        got.len(),
        expected.len(),
        "one output record per input record"
    );
    for (g, e) in got.iter().zip(&expected) {
        prop_assert_eq!(g.len(), width + 6);
        for i in 0..width {
            prop_assert_eq!(
                g.get(i).unwrap_or(b""),
                e.get(i).unwrap_or(b""),
                "field {} kept",
                i
            );
        }
        let labeled = !g[width].is_empty();
        let error = !g[width + 5].is_empty();
        prop_assert!(
            labeled != error,
            "a row has a label or an error, never both or neither"
        );
    }
    Ok(())
}

fn csvish() -> impl Strategy<Value = Vec<u8>> {
    let field = prop_oneof![
        "[a-z ]{0,12}".prop_map(|s| s.into_bytes()),
        Just(b"\"quoted, with comma\"".to_vec()),
        Just(b"\"line\nbreak\"".to_vec()),
        Just(b"\"say \"\"hi\"\"\"".to_vec()),
        Just(vec![0xff, b'x']),
        Just(vec![0, 7, b'a']),
        Just(b"\xef\xbb\xbf".to_vec()),
        Just(Vec::new()),
    ];
    let row = proptest::collection::vec(field, 1..5).prop_map(|fs| fs.join(&b","[..]));
    let eol = prop_oneof![Just(b"\n".to_vec()), Just(b"\r\n".to_vec())];
    (proptest::collection::vec((row, eol), 1..12), any::<bool>()).prop_map(|(rows, bom)| {
        let mut out = if bom {
            b"\xef\xbb\xbf".to_vec()
        } else {
            Vec::new()
        };
        for (r, e) in rows {
            out.extend(r);
            out.extend(e);
        }
        out
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("JOBCLASS_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn batch_path_keeps_every_record_for_csv_like_bytes(bytes in csvish()) {
        check_batch_path(&bytes)?;
    }

    #[test]
    fn batch_path_survives_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check_batch_path(&bytes)?;
    }
}
