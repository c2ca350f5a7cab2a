use super::*;
use crate::io::labeled::{self, Labeled};
use crate::labels::LabelSet;

#[test]
fn missing_column_lists_existing_ones() {
    let input = CsvInput::from_reader(
        Box::new(&b"a,b\n1,2\n"[..]),
        CsvOptions::default(),
        None,
        "t.csv".into(),
    )
    .unwrap();
    let e = input.column("text").unwrap_err().to_string();
    assert!(e.contains("\"a\", \"b\""), "{e}");
    assert_eq!(input.column("B").unwrap(), 1);
}

/// Hands out one byte per read, so the quote tracking is tested across
/// every possible buffer boundary.
struct ByteByByte(&'static [u8]);

impl Read for ByteByByte {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match (self.0.split_first(), buf.is_empty()) {
            (Some((&b, rest)), false) => {
                buf[0] = b;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

/// Each record's problem, read through `CsvInput`.
fn problems(bytes: &'static [u8], delimiter: u8) -> Vec<Option<String>> {
    let mut input = CsvInput::from_reader(
        Box::new(ByteByByte(bytes)),
        CsvOptions { delimiter },
        None,
        "t.csv".into(),
    )
    .unwrap();
    let mut rec = csv::ByteRecord::new();
    let mut out = Vec::new();
    while input.read(&mut rec).unwrap() {
        out.push(input.record_problem(&rec));
    }
    out
}

#[test]
fn a_quote_never_closed_is_the_problem_of_the_row_that_swallowed_the_rest() {
    let p = problems(
        b"id,text\n1,\"fine\"\n2,\"never closed\n3,lost\n4,lost\n",
        b',',
    );
    assert_eq!(p.len(), 2, "the csv crate reads rows 3 and 4 into row 2");
    assert_eq!(p[0], None);
    let msg = p[1].as_deref().unwrap();
    assert!(msg.contains("starts on line 3 is never closed"), "{msg}");
    // Tab-separated, the quote opening the last field of the header's line.
    let p = problems(b"id\ttext\n1\t\"a\tb\n", b'\t');
    assert!(p[0].as_deref().unwrap().contains("line 2"), "{p:?}");
}

#[test]
fn closed_quotes_are_not_a_problem() {
    let p = problems(
        b"\xef\xbb\xbf\"id\",\"text\"\r\n\
          1,\"two\nlines, \"\"quoted\"\" and a comma\"\r\n\
          2,a 27\" screen\n\
          3,\"\"\n\
          4,\"closed at the very end of a line\"\n\
          5,\"ends with \"\"a quote\"\",\"",
        b',',
    );
    assert_eq!(p, vec![None; 5]);
}

#[test]
fn a_header_with_a_quote_never_closed_is_an_error() {
    for bytes in [&b"id,\"text\n1,x\n"[..], b"\xef\xbb\xbf\"id,text\n1,x\n"] {
        let e = CsvInput::from_reader(Box::new(bytes), CsvOptions::default(), None, "t.csv".into())
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("header row") && e.contains("line 1"), "{e}");
    }
}

#[test]
fn bom_is_not_part_of_the_first_header() {
    let input = CsvInput::from_reader(
        Box::new(&b"\xef\xbb\xbftext,label\r\nx,y\r\n"[..]),
        CsvOptions::default(),
        None,
        "t.csv".into(),
    )
    .unwrap();
    assert_eq!(input.column("text").unwrap(), 0);
}

fn open_error(bytes: &'static [u8]) -> String {
    CsvInput::from_reader(Box::new(bytes), CsvOptions::default(), None, "t.csv".into())
        .err()
        .unwrap()
        .to_string()
}

#[test]
fn a_utf16_csv_is_refused_with_how_to_convert_it() {
    // "text,label\n" in UTF-16, little-endian then big-endian, with and
    // without a byte order mark.
    let le = b"\xff\xfet\0e\0x\0t\0,\0l\0a\0b\0e\0l\0\n\0x\0,\0y\0\n\0";
    let be = b"\xfe\xff\0t\0e\0x\0t\0,\0l\0a\0b\0e\0l\0\n\0x\0,\0y\0\n";
    for (bytes, from) in [
        (&le[..], "UTF-16"),
        (&be[..], "UTF-16"),
        (&le[2..], "UTF-16LE"),
        (&be[2..], "UTF-16BE"),
    ] {
        let e = open_error(bytes);
        assert!(e.starts_with("t.csv "), "{e}");
        assert!(e.contains("UTF-16 text, not UTF-8"), "{e}");
        assert!(e.contains(&format!("iconv -f {from} -t UTF-8")), "{e}");
    }
    // A quoted header, little-endian without a byte order mark.
    let e = open_error(b"\"\0t\0\"\0,\0\"\0x\0\n\0");
    assert!(e.contains("UTF-16 text"), "{e}");
}

#[test]
fn a_missing_column_of_a_header_that_is_not_utf8_says_so() {
    let input = CsvInput::from_reader(
        Box::new(&b"id,d\xe9scription,label\nx,y\n"[..]),
        CsvOptions::default(),
        None,
        "t.csv".into(),
    )
    .unwrap();
    let e = input.column("description").unwrap_err().to_string();
    assert!(
        e.contains("the name of column 2 is not UTF-8 text: invalid UTF-8 at byte 1")
            && e.contains("iconv -f LATIN1 -t UTF-8"),
        "{e}"
    );
}

fn labeled(bytes: &'static [u8], text: &str, label: &str) -> Result<Vec<Labeled>> {
    let input =
        CsvInput::from_reader(Box::new(bytes), CsvOptions::default(), None, "t.csv".into())?;
    labeled::read(
        CsvLabeled::new(input, text, label, None)?,
        LabelSet::Postings,
    )
}

#[test]
fn a_label_column_that_is_the_text_column_is_refused() {
    for (text, label) in [("text", "text"), ("text", "TEXT"), ("Text", "text")] {
        let e = labeled(b"text,label\nWe need an SRE,sre\n", text, label)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "--label-column and --text-column both name the column \"text\": \
             the labels must be in a column of their own"
        );
    }
}

#[test]
fn a_training_label_is_no_posting_label() {
    let e = labeled(b"text,label\nx,sre\ny,Boilerplate\n", "text", "label")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("\"Boilerplate\" in row 2 is a training label"),
        "{e}"
    );
    assert!(e.contains("one of: devops, sre, platform, other"), "{e}");
    let input = CsvInput::from_reader(
        Box::new(&b"text,label\nx,shared\ny,boilerplate\n"[..]),
        CsvOptions::default(),
        None,
        "t.csv".into(),
    )
    .unwrap();
    let got = labeled::read_examples_from(input, "text", "label", None).unwrap();
    assert_eq!(got[0].label, "shared");
    assert_eq!(got[1].label, "boilerplate");
}
