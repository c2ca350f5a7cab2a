//! `jobclass eval`: the report and what bad labels get.

use predicates::prelude::*;

use crate::common::{jobclass, stdout_of};

#[test]
fn eval_unknown_label_names_row_and_value() {
    eval_stdin_exits_2_saying(
        "t,l\nx,sre\ny,Data Scientist\n",
        "unknown label \"Data Scientist\" in row 2",
    );
}

/// Runs `eval` on `csv` (columns `t` and `l`) and expects exit code 2 with
/// `message` on stderr.
pub fn eval_stdin_exits_2_saying(csv: &str, message: &str) {
    jobclass()
        .args(["eval", "-", "--text-column", "t", "--label-column", "l"])
        .write_stdin(csv.to_string())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(message));
}

#[test]
fn eval_report_snapshot() {
    // The first four postings of each class of datasets/test.csv.
    let mut r = csv::Reader::from_path("datasets/test.csv").unwrap();
    let h = r.headers().unwrap().clone();
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(&h).unwrap();
    let mut seen = std::collections::HashMap::new();
    for rec in r.records() {
        let rec = rec.unwrap();
        let n = seen.entry(rec[3].to_string()).or_insert(0);
        if *n < 4 {
            w.write_record(&rec).unwrap();
            *n += 1;
        }
    }
    let input = w.into_inner().unwrap();
    // In f32, the arithmetic every CPU has: a posting near a tie may take
    // another label in int8 or bf16, which depend on the CPU.
    let a = jobclass()
        .args([
            "--precision",
            "f32",
            "eval",
            "-",
            "--text-column",
            "description",
            "--label-column",
            "label",
        ])
        .write_stdin(input)
        .assert()
        .success();
    insta::assert_snapshot!("eval_report", stdout_of(&a));
}
