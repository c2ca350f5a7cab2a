//! `batch` on JSON Lines writes every input field back as it was written:
//! numbers of any size and precision, escapes, nested values, duplicate
//! names, names that the added fields use; a line that is not UTF-8 is an
//! error row that says where; a byte order mark is no part of line 1.

use crate::common::{Workdir, stdout_of};

const TEXT: &str = "You will own our SLOs and lead blameless postmortems.";

/// The output lines of `batch --format jsonl --text-column text` on `input`.
fn batch_jsonl(input: &[u8]) -> Vec<String> {
    let wd = Workdir::new();
    let path = wd.write("in.jsonl", input);
    let out = wd
        .jobclass()
        .args(["batch", "--text-column", "text"])
        .arg(&path)
        .assert()
        .success();
    stdout_of(&out).lines().map(str::to_string).collect()
}

#[test]
fn big_integers_floats_and_escapes_come_back_as_written() {
    let fields = concat!(
        r#""id":123456789012345678901234567890,"#,
        r#""neg":-98765432109876543210987654321,"#,
        r#""f":1.10,"huge":1e400,"tiny":-0.0e-7,"#,
        r#""esc":"caf\u00e9 \/ \"q\"","#,
        r#""nested":{"a" : [1 , 2.50, "x"]},"#,
        r#""t\u0065xt":"#,
    );
    let line = format!("{{{fields}\"{TEXT}\"}}\n");
    let out = batch_jsonl(line.as_bytes());
    let want = format!("{{{fields}\"{TEXT}\",\"label\":\"sre\",");
    assert!(out[0].starts_with(&want), "{}\nwant {want}", out[0]);
}

#[test]
fn a_duplicate_json_key_is_kept() {
    let line = format!(
        "{{\"id\":1,\"id\":\"two\",\"text\":\"{TEXT}\"}}\n{{\"text\":\"a\",\"text\":\"b\"}}\n"
    );
    let out = batch_jsonl(line.as_bytes());
    assert!(
        out[0].starts_with(&format!(
            "{{\"id\":1,\"id\":\"two\",\"text\":\"{TEXT}\",\"label\":\"sre\","
        )),
        "{}",
        out[0]
    );
    // Which of two text fields to classify is not known: the row's error.
    assert!(
        out[1].starts_with("{\"text\":\"a\",\"text\":\"b\",\"label\":null,")
            && out[1].ends_with(",\"error\":\"text field: duplicate key \\\"text\\\"\"}"),
        "{}",
        out[1]
    );
}

#[test]
fn an_input_field_named_like_an_added_field_is_never_overwritten() {
    let line = format!(
        "{{\"label\":\"mine\",\"jobclass_label\":\"also mine\",\"error\":0,\"text\":\"{TEXT}\"}}\n"
    );
    let out = batch_jsonl(line.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&out[0]).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "label",
            "jobclass_label",
            "error",
            "text",
            "jobclass_jobclass_label",
            "confidence",
            "score_devops",
            "score_sre",
            "score_platform",
            "score_other",
            "jobclass_error",
        ]
    );
    assert_eq!(v["label"], "mine");
    assert_eq!(v["jobclass_label"], "also mine");
    assert_eq!(v["jobclass_jobclass_label"], "sre");
    assert_eq!(v["error"], 0);
    assert!(v["jobclass_error"].is_null());
}

#[test]
fn a_latin1_byte_is_an_error_row_that_names_its_byte() {
    let mut input = format!("{{\"text\":\"{TEXT}\"}}\n").into_bytes();
    input.extend(b"{\"text\":\"caf\xe9 SRE\"}\n");
    let out = batch_jsonl(&input);
    let v: serde_json::Value = serde_json::from_str(&out[1]).unwrap();
    assert_eq!(
        v["error"],
        "line 2 is not valid UTF-8 at byte 13 of the line (counting from 1; 0xE9): \
         convert the file to UTF-8, e.g. with iconv -f LATIN1 -t UTF-8"
    );
    assert_eq!(v["jobclass_line"], 2);
    assert_eq!(v["jobclass_input"], "{\"text\":\"caf\u{fffd} SRE\"}");
}

#[test]
fn a_leading_utf8_bom_is_skipped() {
    let input = format!("\u{feff}{{\"text\":\"{TEXT}\"}}\n");
    let out = batch_jsonl(input.as_bytes());
    assert!(
        out[0].starts_with(&format!("{{\"text\":\"{TEXT}\",\"label\":\"sre\",")),
        "{}",
        out[0]
    );
}
