//! Inputs that cannot mean what they seem are refused up front, with what is
//! wrong and what to do: a delimiter that ends rows or quotes fields, a
//! UTF-16 file, a label column that is the text column, a training-only
//! label as a posting's true label. Added CSV columns never repeat a name.

use predicates::prelude::*;

use crate::common::{Workdir, stdout_of};

#[test]
fn a_csv_with_label_and_jobclass_label_gets_distinct_added_columns() {
    let wd = Workdir::new();
    let out = wd
        .jobclass()
        .args(["batch", "-", "--text-column", "text"])
        .write_stdin(
            "label,jobclass_label,text\na,b,You will own our SLOs and lead blameless postmortems.\n",
        )
        .assert()
        .success();
    let out = stdout_of(&out);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let headers: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        headers[..5],
        [
            "label",
            "jobclass_label",
            "text",
            "jobclass_jobclass_label",
            "confidence"
        ]
    );
    let row = r.records().next().unwrap().unwrap();
    assert_eq!((&row[0], &row[1], &row[3]), ("a", "b", "sre"));
}

#[test]
fn a_delimiter_that_ends_rows_or_quotes_fields_is_refused() {
    let wd = Workdir::new();
    let input = wd.write("in.csv", "text\nx\n");
    for (delimiter, why) in [
        ("\n", "it ends a row"),
        ("\r", "it ends a row"),
        ("\"", "it quotes fields"),
    ] {
        wd.jobclass()
            .args(["batch", "--text-column", "text", "--delimiter", delimiter])
            .arg(&input)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(format!(
                "cannot be the delimiter: {why}"
            )));
    }
}

#[test]
fn a_utf16_csv_says_so_and_how_to_convert_it() {
    let wd = Workdir::new();
    let mut bytes = vec![0xff, 0xfe];
    for unit in "text,label\nOwn our SLOs.,sre\n".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    let input = wd.write("utf16.csv", &bytes);
    for args in [
        &["batch", "--text-column", "text"][..],
        &["eval", "--text-column", "text", "--label-column", "label"],
    ] {
        wd.jobclass()
            .args(args)
            .arg(&input)
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains("utf16.csv is UTF-16 text, not UTF-8")
                    .and(predicate::str::contains("iconv -f UTF-16 -t UTF-8")),
            );
    }
}

#[test]
fn a_label_column_that_is_the_text_column_is_refused() {
    let wd = Workdir::new();
    let posting = "We are hiring an SRE to own our SLOs and lead postmortems";
    let input = wd.write("in.csv", format!("text,label\n{posting},sre\n"));
    let want = "--label-column and --text-column both name the column \"text\": \
                the labels must be in a column of their own";
    for args in [
        &["eval", "--text-column", "text", "--label-column", "text"][..],
        &["eval", "--text-column", "text", "--label-column", "Text"],
        &[
            "train",
            "--text-column",
            "text",
            "--label-column",
            "text",
            "-o",
            "head.json",
        ],
    ] {
        wd.jobclass()
            .args(args)
            .arg(&input)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(want).and(predicate::str::contains(posting).not()));
    }
    let jsonl = wd.write("in.jsonl", format!("{{\"text\":\"{posting}\"}}\n"));
    wd.jobclass()
        .args(["eval", "--text-column", "text", "--label-column", "text"])
        .arg(&jsonl)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--label-column and --text-column both name the field \"text\"",
        ));
}

#[test]
fn eval_refuses_a_training_label_as_a_true_label() {
    let wd = Workdir::new();
    let csv = wd.write(
        "in.csv",
        "text,label\nOwn our SLOs.,sre\nWe offer a pension.,boilerplate\n",
    );
    let jsonl = wd.write(
        "in.jsonl",
        "{\"text\":\"Own our SLOs.\",\"label\":\"sre\"}\n{\"text\":\"Terraform.\",\"label\":\"Shared\"}\n",
    );
    for (input, value) in [(&csv, "\"boilerplate\""), (&jsonl, "\"Shared\"")] {
        wd.jobclass()
            .args(["eval", "--text-column", "text", "--label-column", "label"])
            .arg(input)
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains(format!("label {value} in row 2 is a training label"))
                    .and(predicate::str::contains(
                        "a posting's label is one of: devops, sre, platform, other",
                    )),
            );
    }
}
