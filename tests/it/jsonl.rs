//! `batch` and `eval` on JSON Lines: the same labels as on CSV, every field
//! and record kept in order, a bad line an error row.

use serde_json::{Map, Value, json};

use crate::common::{Workdir, stdout_of};

const TEST_CSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/datasets/test.csv");

/// `datasets/test.csv` as JSON Lines, every column a string field, in order.
fn test_csv_as_jsonl() -> String {
    let mut r = csv::Reader::from_path(TEST_CSV).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let m: Map<String, Value> = headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), Value::from(v)))
                .collect();
            format!("{}\n", Value::Object(m))
        })
        .collect()
}

fn lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn batch_on_jsonl_labels_as_on_csv_and_keeps_every_field_in_order() {
    let wd = Workdir::new();
    let input = wd.write("test.jsonl", test_csv_as_jsonl());
    let got = lines(&stdout_of(
        &wd.jobclass()
            .args(["batch", "--text-column", "description"])
            .arg(&input)
            .assert()
            .success(),
    ));
    let csv_out = stdout_of(
        &wd.jobclass()
            .args(["batch", TEST_CSV, "--text-column", "description"])
            .assert()
            .success(),
    );
    let mut r = csv::Reader::from_reader(csv_out.as_bytes());
    let headers = r.headers().unwrap().clone();
    let want: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        let g = g.as_object().unwrap();
        // The same field names in the same order as the CSV's columns.
        assert_eq!(
            g.keys().collect::<Vec<_>>(),
            headers.iter().collect::<Vec<_>>()
        );
        for (h, v) in headers.iter().zip(w.iter()) {
            match &g[h] {
                Value::String(s) => assert_eq!(s, v, "{h}"),
                Value::Number(n) => {
                    assert!(
                        (n.as_f64().unwrap() - v.parse::<f64>().unwrap()).abs() < 1e-9,
                        "{h}"
                    )
                }
                Value::Null => assert_eq!(v, "", "{h}"),
                other => panic!("{h}: {other}"),
            }
        }
    }
}

#[test]
fn every_bad_line_is_an_error_row_in_order_and_blank_lines_are_skipped() {
    let wd = Workdir::new();
    let input = concat!(
        "{\"id\": 1, \"text\": \"You will own our SLOs and lead blameless postmortems.\"}\n",
        "\n",
        "[1, 2]\n",
        "{\"id\": 3, \"text\": null}\n",
        "not json\n",
        "{\"id\": 5, \"text\": 7, \"nested\": {\"a\": [1]}}\n",
        "{\"id\": 6}\n",
        "{\"id\": 7, \"text\": \"   \"}\n",
        "{\"id\": 8, \"text\": \"Build the internal developer platform.\"}",
    );
    let out = wd
        .jobclass()
        .args(["batch", "-", "--format", "jsonl", "--text-column", "text"])
        .write_stdin(input)
        .assert()
        .success();
    let got = lines(&stdout_of(&out));
    let errors: Vec<&Value> = got.iter().map(|o| &o["error"]).collect();
    assert_eq!(
        errors,
        [
            &Value::Null,
            &json!("line 3 is an array, not a JSON object"),
            &json!("text field: \"text\" is null, not a string"),
            &json!("line 5 is not JSON (expected ident at line 1 column 2)"),
            &json!("text field: \"text\" is a number, not a string"),
            &json!("text field: no \"text\" in this object"),
            &json!("empty text"),
            &Value::Null,
        ]
    );
    assert_eq!(got[1]["jobclass_input"], json!("[1, 2]"));
    assert_eq!(got[1]["jobclass_line"], json!(3));
    assert_eq!(
        got[4]["nested"],
        json!({"a": [1]}),
        "fields of every kind kept"
    );
    assert_eq!(got[0]["label"], json!("sre"));
    assert!(got[2]["label"].is_null() && got[2]["confidence"].is_null());
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("8 rows: 2 labeled"), "{stderr}");
}

#[test]
fn eval_on_jsonl_reports_what_eval_on_csv_reports() {
    let wd = Workdir::new();
    let input = wd.write("test.ndjson", test_csv_as_jsonl());
    let args = [
        "--text-column",
        "description",
        "--label-column",
        "label",
        "--json",
    ];
    let jsonl = stdout_of(
        &wd.jobclass()
            .arg("eval")
            .arg(&input)
            .args(args)
            .assert()
            .success(),
    );
    let csv = stdout_of(
        &wd.jobclass()
            .args(["eval", TEST_CSV])
            .args(args)
            .assert()
            .success(),
    );
    assert_eq!(jsonl, csv);
    let bad = wd.write(
        "bad.jsonl",
        "{\"description\": \"x\", \"label\": \"sre\"}\n{\"description\": \"y\"}\n",
    );
    wd.jobclass()
        .arg("eval")
        .arg(&bad)
        .args(args)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "record 2: label field: no \"label\" in this object",
        ));
}

#[test]
fn format_flag_overrides_the_extension() {
    let wd = Workdir::new();
    let input = wd.write(
        "rows.txt",
        "{\"text\": \"We are hiring an SRE to own our SLOs and the on-call rota.\"}\n",
    );
    let out = wd
        .jobclass()
        .arg("batch")
        .arg(&input)
        .args(["--text-column", "text", "--format", "jsonl"])
        .assert()
        .success();
    assert_eq!(lines(&stdout_of(&out))[0]["label"], json!("sre"));
    // Read as CSV (the default for .txt), the one "column" is the whole line.
    wd.jobclass()
        .arg("batch")
        .arg(&input)
        .args(["--text-column", "text"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("has no column \"text\""));
}
