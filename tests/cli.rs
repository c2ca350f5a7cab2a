//! The real binary: the three commands, train, and what bad input gets.

mod common;

use common::{jobclass, stdout_of};
use predicates::prelude::*;
use std::fs;

const SRE_POSTING: &str = "Site Reliability Engineer\nYou will own the SLOs and error budgets of our APIs, \
join the on-call rotation, lead incident response and blameless postmortems, and plan capacity.";

#[test]
fn classify_prints_label_confidence_and_scores() {
    let a = jobclass()
        .arg("classify")
        .write_stdin(SRE_POSTING)
        .assert()
        .success();
    let out = stdout_of(&a);
    assert!(out.starts_with("sre (confidence "), "{out}");
    for l in ["devops", "sre", "platform"] {
        assert!(out.contains(&format!("\n  {l}")), "{out}");
    }
}

#[test]
fn classify_json_has_the_documented_shape() {
    let a = jobclass()
        .args(["classify", "--json"])
        .write_stdin(SRE_POSTING)
        .assert()
        .success();
    let out = stdout_of(&a);
    assert!(
        out.starts_with("{\"label\":\"sre\",\"confidence\":"),
        "label first: {out}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["label"], "sre");
    let scores = v["scores"].as_object().unwrap();
    let sum: f64 = scores.values().map(|s| s.as_f64().unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-3, "scores sum to {sum}");
    assert_eq!(v["confidence"], scores["sre"]);
}

/// Duties all three roles list; only the sentence naming the job differs.
const SHARED_DUTIES: &str = "You will run our Kubernetes clusters on AWS, write Terraform modules, \
automate routine work with Python and Bash, and set up monitoring with Prometheus and Grafana. \
Experience with Docker, Helm and a CI system such as GitLab CI is expected.";

fn classify_json(text: &str, extra: &[&str]) -> serde_json::Value {
    let a = jobclass()
        .args(["classify", "--json"])
        .args(extra)
        .write_stdin(text.to_string())
        .assert()
        .success();
    serde_json::from_str(&stdout_of(&a)).unwrap()
}

#[test]
fn the_role_named_as_the_job_decides_between_shared_duties() {
    for (opener, want) in [
        ("We are hiring a Senior DevOps Engineer.", "devops"),
        (
            "As our Site Reliability Engineer, you will keep production healthy.",
            "sre",
        ),
        ("Platform Engineer (m/f/d), remote.", "platform"),
    ] {
        let v = classify_json(&format!("{opener}\n{SHARED_DUTIES}"), &[]);
        assert_eq!(v["label"], want, "{opener}: {v}");
        assert_eq!(v["evidence"]["mentions"][want]["job"], 1, "{v}");
    }
    // A role named only in passing is not taken for the job.
    let v = classify_json(&format!("Work with our SRE team. {SHARED_DUTIES}"), &[]);
    assert_eq!(v["evidence"]["mentions"]["sre"]["job"], 0, "{v}");
    assert_eq!(v["evidence"]["mentions"]["sre"]["passing"], 1, "{v}");
}

#[test]
fn no_mentions_reports_the_embedding_alone() {
    let text = format!("We are hiring a Platform Engineer.\n{SHARED_DUTIES}");
    let with = classify_json(&text, &[]);
    let without = classify_json(&text, &["--no-mentions"]);
    assert!(without.get("evidence").is_none(), "{without}");
    // The embedding's share of the default answer is exactly the answer without mentions.
    for l in ["devops", "sre", "platform", "other"] {
        let a = with["evidence"]["embedding"][l].as_f64().unwrap();
        let b = without["scores"][l].as_f64().unwrap();
        assert!((a - b).abs() < 1e-4, "{l}: {a} vs {b}");
    }
    let a = jobclass()
        .arg("classify")
        .write_stdin(text)
        .assert()
        .success();
    let out = stdout_of(&a);
    assert!(out.contains("named as the job  platform 1"), "{out}");
}

#[test]
fn boilerplate_and_shared_duties_are_never_a_label() {
    for text in [
        "We offer medical, dental and vision insurance, a 401(k) match and unlimited paid time off. \
         We are an equal opportunity employer. Click apply to send us your CV.",
        SHARED_DUTIES,
    ] {
        let v = classify_json(text, &[]);
        let labels: Vec<&String> = v["scores"].as_object().unwrap().keys().collect();
        assert_eq!(labels, ["devops", "other", "platform", "sre"], "{v}");
        let sum: f64 = v["scores"]
            .as_object()
            .unwrap()
            .values()
            .map(|x| x.as_f64().unwrap())
            .sum();
        assert!((sum - 1.0).abs() < 1e-3, "{v}");
    }
}

#[test]
fn classify_rejects_empty_and_invalid_input_with_exit_2() {
    jobclass()
        .arg("classify")
        .write_stdin("  \n\t")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("standard input is empty"));
    jobclass()
        .arg("classify")
        .write_stdin(&b"DevOps engineer\nbad \xff byte"[..])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "invalid UTF-8 at byte 20 (line 2)",
        ));
}

#[test]
fn embed_rejects_empty_stdin_and_names_the_bad_line() {
    jobclass()
        .arg("embed")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty"));
    jobclass()
        .arg("embed")
        .write_stdin(&b"fine\nnot \xc3\x28 fine\n"[..])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 2: invalid UTF-8"));
}

#[test]
fn batch_keeps_every_row_and_explains_failures() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    let mut bytes = b"id,description,extra\n".to_vec();
    bytes.extend_from_slice(b"1,\"SRE: on-call, SLOs, postmortems\",a\n");
    bytes.extend_from_slice(b"2,,b\n");
    bytes.extend_from_slice(b"3,\"bad \xff text\",c\n");
    bytes.extend_from_slice(b"4,\"Build CI/CD pipelines\nand automate deployments\"\n"); // short row, newline in field
    bytes.extend_from_slice(b"5,too,many,fields\n");
    fs::write(&input, &bytes).unwrap();
    let out = dir.path().join("out.csv");
    jobclass()
        .args([
            "batch",
            input.to_str().unwrap(),
            "--text-column",
            "description",
            "-o",
            out.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("5 rows: 2 labeled").and(predicate::str::contains("3 failed")),
        );
    let raw = fs::read(&out).unwrap();
    assert!(
        raw.windows(5).any(|w| w == b"bad \xff"),
        "invalid bytes pass through untouched"
    );
    let mut r = csv::Reader::from_path(&out).unwrap();
    let h = r.headers().unwrap().clone();
    let want = [
        "id",
        "description",
        "extra",
        "label",
        "confidence",
        "score_devops",
        "score_sre",
        "score_platform",
    ];
    assert_eq!(&h.iter().take(8).collect::<Vec<_>>(), &want);
    assert_eq!(h.iter().next_back(), Some("error"));
    // Byte records: row 3 keeps its invalid byte, as it was in the input.
    let rows: Vec<csv::ByteRecord> = r.into_byte_records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 5, "one output row per input row");
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect()
        })
        .collect();
    assert_eq!(rows[2][1], "bad \u{fffd} text");
    assert_eq!(rows[0][col("label")], "sre");
    assert_eq!(rows[0][col("extra")], "a");
    assert_eq!(rows[1][col("error")], "empty text");
    assert!(rows[2][col("error")].contains("invalid UTF-8"));
    assert_eq!(rows[3][col("label")], "devops");
    assert_eq!(
        rows[3][col("description")],
        "Build CI/CD pipelines\nand automate deployments"
    );
    assert!(rows[4][col("error")].contains("4 fields but the header has 3"));
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5"], "order kept");
}

/// `--explain` shows the segments the default pooling scored: the posting's own
/// sentences, in order, with benefits and shared duties weighing less than the
/// duties of the role.
#[test]
fn classify_explain_lists_the_segments_and_their_weights() {
    let posting = "Take part in the on-call rotation, run blameless postmortems and set error budgets for our APIs.\n\
        - Medical, dental and vision insurance and a generous 401(k) match.\n\
        - Experience with Docker and Kubernetes.";
    let v = classify_json(posting, &["--explain"]);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert!(
        keys.contains(&"scores") && keys.contains(&"segments"),
        "{keys:?}"
    );
    // The same prediction as without --explain.
    let mut without = v.clone();
    without.as_object_mut().unwrap().remove("segments");
    assert_eq!(without, classify_json(posting, &[]));
    let segs = v["segments"].as_array().unwrap();
    let texts: Vec<&str> = segs.iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(
        texts[0].starts_with("Take part in the on-call rotation"),
        "{texts:?}"
    );
    assert!(texts[1].contains("401(k)"), "{texts:?}");
    let weight = |i: usize| segs[i]["weight"].as_f64().unwrap();
    assert!(
        segs.iter()
            .all(|s| (0.0..=1.0).contains(&s["weight"].as_f64().unwrap()))
    );
    assert!(weight(0) > weight(1) && weight(0) > weight(2), "{segs:?}");
    let sre = segs[0]["scores"]["sre"].as_f64().unwrap();
    assert!(sre > 0.5, "the on-call sentence leans to sre: {sre}");
    assert!(
        segs[1]["set_aside"].as_f64().unwrap() > 0.5,
        "benefits are set aside"
    );

    let a = jobclass()
        .args(["classify", "--explain"])
        .write_stdin(posting)
        .assert()
        .success();
    let out = stdout_of(&a);
    assert!(out.contains("segments (weight"), "{out}");
    assert!(out.contains("Take part in the on-call rotation"), "{out}");

    jobclass()
        .args(["classify", "--explain", "--pooling", "windows"])
        .write_stdin(posting)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs the default pooling"));
}

/// `batch --evidence` writes the same embedding probabilities and mention counts that
/// `classify --json` reports, and leaves them empty on a row that failed.
#[test]
fn batch_evidence_matches_classify_json() {
    let posting = format!(
        "We are hiring a Site Reliability Engineer. {SHARED_DUTIES} You will work with our DevOps team."
    );
    let input = format!("id,text\n1,\"{posting}\"\n2,\n");
    let a = jobclass()
        .args(["batch", "-", "--text-column", "text", "--evidence"])
        .write_stdin(input)
        .assert()
        .success();
    let out = stdout_of(&a);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let h = r.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    let col = |name: &str| {
        h.iter()
            .position(|x| x == name)
            .unwrap_or_else(|| panic!("no column {name} in {h:?}"))
    };
    assert_eq!(h.iter().next_back(), Some("error"));

    let v = classify_json(&posting, &[]);
    let ev = &v["evidence"];
    assert_eq!(&rows[0][col("label")], v["label"].as_str().unwrap());
    for (label, p) in ev["embedding"].as_object().unwrap() {
        let got: f64 = rows[0][col(&format!("embedding_{label}"))].parse().unwrap();
        assert!(
            (got - p.as_f64().unwrap()).abs() < 1e-3,
            "{label}: {got} vs {p}"
        );
    }
    for (role, counts) in ev["mentions"].as_object().unwrap() {
        for kind in ["job", "passing"] {
            let got: u64 = rows[0][col(&format!("{kind}_{role}"))].parse().unwrap();
            assert_eq!(got, counts[kind].as_u64().unwrap(), "{kind}_{role}");
        }
    }
    assert_eq!(&rows[0][col("job_sre")], "1");
    assert_eq!(&rows[0][col("passing_devops")], "1");
    assert_eq!(&rows[1][col("error")], "empty text");
    assert_eq!(&rows[1][col("embedding_sre")], "");
    assert_eq!(&rows[1][col("job_sre")], "");

    // The embedding alone has no evidence to write.
    jobclass()
        .args([
            "batch",
            "-",
            "--text-column",
            "text",
            "--evidence",
            "--no-mentions",
        ])
        .write_stdin("text\nx\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
}

#[test]
fn batch_strict_exits_1_when_a_row_failed() {
    jobclass()
        .args(["batch", "-", "--text-column", "t", "--strict"])
        .write_stdin("t\nDevOps pipelines\n\"\"\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("empty text"));
}

/// The csv crate reads a quote that is never closed as a field that runs to
/// the end of the file, so the rows after it vanish into one field; the row
/// that swallowed them says so instead of being labeled.
#[test]
fn a_quote_never_closed_fails_the_row_that_swallowed_the_rest() {
    let a = jobclass()
        .args(["batch", "-", "--text-column", "text", "--strict"])
        .write_stdin("id,text\n1,\"SRE: on-call and SLOs\"\n2,\"never closed\n3,DevOps\n4,SRE\n")
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("2 rows: 1 labeled").and(predicate::str::contains("1 failed")),
        );
    let out = stdout_of(&a);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let h = r.headers().unwrap().clone();
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert_eq!(&rows[0][col("label")], "sre");
    assert_eq!(&rows[1][col("label")], "");
    assert_eq!(&rows[1][col("text")], "never closed\n3,DevOps\n4,SRE\n");
    assert!(
        rows[1][col("error")].contains("starts on line 3 is never closed"),
        "{out}"
    );
    eval_stdin_exits_2_saying(
        "t,l\nx,sre\n\"y,sre\nz,devops\n",
        "row 2: the quoted field that starts on line 3",
    );
}

#[test]
fn batch_reads_tsv_with_bom_and_crlf() {
    let a = jobclass()
        .args(["batch", "-", "--text-column", "text", "--delimiter", "tab"])
        .write_stdin(&b"\xef\xbb\xbfid\ttext\r\n1\tWe need an SRE for on-call and SLOs\r\n"[..])
        .assert()
        .success();
    let out = stdout_of(&a);
    assert!(out.starts_with("id\ttext\tlabel"), "{out}");
    assert!(
        out.lines().nth(1).unwrap().starts_with("1\tWe need an SRE"),
        "{out}"
    );
}

#[test]
fn batch_missing_column_lists_the_columns_and_exits_2() {
    jobclass()
        .args(["batch", "-", "--text-column", "body"])
        .write_stdin("id,title,description\n1,a,b\n")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no column \"body\"").and(predicate::str::contains(
                "\"id\", \"title\", \"description\"",
            )),
        );
}

#[test]
fn batch_never_overwrites_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    fs::write(&input, "text\nDevOps\n").unwrap();
    let p = input.to_str().unwrap();
    jobclass()
        .args(["batch", p, "--text-column", "text", "-o", p])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is the input file"));
    assert_eq!(fs::read_to_string(&input).unwrap(), "text\nDevOps\n");
}

#[test]
fn batch_header_only_file_gives_header_only_output() {
    let a = jobclass()
        .args(["batch", "-", "--text-column", "text"])
        .write_stdin("text,x\n")
        .assert()
        .success();
    assert_eq!(stdout_of(&a).lines().count(), 1);
}

#[test]
fn eval_unknown_label_names_row_and_value() {
    eval_stdin_exits_2_saying(
        "t,l\nx,sre\ny,Data Scientist\n",
        "unknown label \"Data Scientist\" in row 2",
    );
}

/// Runs `eval` on `csv` (columns `t` and `l`) and expects exit code 2 with
/// `message` on stderr.
fn eval_stdin_exits_2_saying(csv: &str, message: &str) {
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
    let a = jobclass()
        .args([
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
    let got = stdout_of(&a);
    let want = fs::read_to_string("tests/snapshots/eval_report.txt").unwrap_or_default();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        fs::write("tests/snapshots/eval_report.txt", &got).unwrap();
    } else {
        assert_eq!(
            got, want,
            "eval report changed; rerun with UPDATE_SNAPSHOTS=1 if intended"
        );
    }
}

#[test]
fn help_teaches_commands_and_exit_codes() {
    let a = assert_cmd::Command::cargo_bin("jobclass")
        .unwrap()
        .arg("--help")
        .assert()
        .success();
    let out = stdout_of(&a);
    for s in [
        "classify",
        "batch",
        "eval",
        "train",
        "embed",
        "fetch-model",
        "Exit codes:",
        "Examples:",
    ] {
        assert!(out.contains(s), "--help lacks {s}");
    }
    assert_cmd::Command::cargo_bin("jobclass")
        .unwrap()
        .arg("--bogus")
        .assert()
        .code(2);
}

#[test]
fn closed_output_pipe_is_not_an_error() {
    use std::io::{Read, Write};
    use std::process::Stdio;
    // The reader goes away after the header (like `| head -c 64`) and before
    // any row is labeled, so every row's write meets a closed pipe, however
    // fast the machine: the rows are sent only after that.
    let (mut child, mut stdin) = common::start_batch(&[], Stdio::piped());
    stdin.write_all(b"text\n").unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"text,label,confidence,"));
    drop(stdout);
    // The run may already have ended on the closed pipe.
    let out = common::send_rows_and_wait(child, stdin, 200, |i| {
        format!("DevOps engineer number {i} building CI/CD pipelines\n")
    });
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(unix)]
#[test]
fn sigterm_stops_batch_and_leaves_the_output_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("labeled.csv");
    fs::write(&out, "an earlier run's result\n").unwrap();
    // More rows than one group (32): the run stops after the first group.
    let done = common::signal_batch_to_file(&out, "", "TERM", 40);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(130), "stderr: {stderr}");
    assert!(stderr.contains("interrupted after 32 rows"), "{stderr}");
    assert!(stderr.contains("was not written"), "{stderr}");
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        "an earlier run's result\n"
    );
    assert_eq!(
        common::temporary_files(dir.path()),
        Vec::<u64>::new(),
        "the temporary file was removed"
    );
}

/// `nohup` starts a program with SIGHUP ignored: the signal handler that stops
/// `batch -o` cleanly must not take that away.
#[cfg(unix)]
#[test]
fn a_signal_ignored_at_start_stays_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("labeled.csv");
    let done = common::signal_batch_to_file(&out, "trap '' HUP;", "HUP", 40);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(0), "stderr: {stderr}");
    let written = fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 41, "header and every row");
}
