//! `jobclass batch`: every row kept, bad rows explained, the output file written whole or
//! not at all.

use predicates::prelude::*;

use crate::common::{SHARED_DUTIES, Workdir, classify_json, jobclass, stdout_of};
use crate::eval::eval_stdin_exits_2_saying;

#[test]
fn batch_keeps_every_row_and_explains_failures() {
    let wd = Workdir::new();
    let mut bytes = b"id,description,extra\n".to_vec();
    bytes.extend_from_slice(b"1,\"SRE: on-call, SLOs, postmortems\",a\n");
    bytes.extend_from_slice(b"2,,b\n");
    bytes.extend_from_slice(b"3,\"bad \xff text\",c\n");
    bytes.extend_from_slice(b"4,\"Build CI/CD pipelines\nand automate deployments\"\n"); // short row, newline in field
    bytes.extend_from_slice(b"5,too,many,fields\n");
    wd.write("in.csv", &bytes);
    wd.jobclass()
        .args([
            "batch",
            "in.csv",
            "--text-column",
            "description",
            "-o",
            "out.csv",
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("5 rows: 2 labeled").and(predicate::str::contains("3 failed")),
        );
    let raw = wd.read("out.csv");
    assert!(
        raw.windows(5).any(|w| w == b"bad \xff"),
        "invalid bytes pass through untouched"
    );
    let mut r = csv::Reader::from_reader(&raw[..]);
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

/// `batch --evidence` writes the same embedding probabilities and mention counts that
/// `classify --json` reports, and leaves them empty on a row that failed
/// (`--embed-all`: the posting names its role, which would otherwise decide
/// without an embedding).
#[test]
fn batch_evidence_matches_classify_json() {
    let posting = format!(
        "We are hiring a Site Reliability Engineer. {SHARED_DUTIES} You will work with our DevOps team."
    );
    let input = format!("id,text\n1,\"{posting}\"\n2,\n");
    let a = jobclass()
        .args([
            "batch",
            "-",
            "--text-column",
            "text",
            "--evidence",
            "--embed-all",
        ])
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

    let v = classify_json(&posting, &["--embed-all"]);
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
    // Other jobs named as the job, and the scope gate, as classify --json gives them.
    assert_eq!(
        rows[0][col("job_other")].parse::<u64>().unwrap(),
        ev["other_jobs"].as_u64().unwrap()
    );
    let scope: f64 = rows[0][col("scope")].parse().unwrap();
    assert!(
        (scope - ev["scope"].as_f64().unwrap()).abs() < 1e-3,
        "{scope}"
    );
    assert_eq!(&rows[1][col("error")], "empty text");
    assert_eq!(&rows[1][col("scope")], "");
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
fn missing_input_file_is_exit_2() {
    jobclass()
        .args([
            "batch",
            "/nonexistent/postings.csv",
            "--text-column",
            "text",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot open /nonexistent/postings.csv",
        ));
    jobclass()
        .args([
            "eval",
            "/nonexistent.csv",
            "--text-column",
            "t",
            "--label-column",
            "l",
        ])
        .assert()
        .code(2);
}

#[test]
fn batch_never_overwrites_its_input() {
    let wd = Workdir::new();
    wd.write("in.csv", "text\nDevOps\n");
    wd.jobclass()
        .args(["batch", "in.csv", "--text-column", "text", "-o", "./in.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is the input file"));
    assert_eq!(wd.read_string("in.csv"), "text\nDevOps\n");
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
fn nul_and_control_characters_do_not_break_output() {
    let input = b"id,text\n1,\"SRE on call\x00 with \x07 bell and\ttab\"\n2,\"\x00\x01\x02\"\n";
    let a = jobclass()
        .args(["batch", "-", "--text-column", "text"])
        .write_stdin(&input[..])
        .assert()
        .success();
    let out = a.get_output().stdout.clone();
    let mut r = csv::Reader::from_reader(&out[..]);
    let rows: Vec<csv::ByteRecord> = r.byte_records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        &rows[0][1], b"SRE on call\x00 with \x07 bell and\ttab",
        "field kept byte for byte"
    );
    assert!(!rows[0][2].is_empty(), "row 1 is labeled");
    assert_eq!(
        &rows[1][rows[1].len() - 1],
        b"empty text",
        "control characters alone are no text"
    );
}

#[test]
fn duplicate_header_names_use_the_first_and_keep_both() {
    let a = jobclass()
        .args(["batch", "-", "--text-column", "text"])
        .write_stdin("text,text\nOn-call SRE owning SLOs,second copy\n")
        .assert()
        .success();
    let out = stdout_of(&a);
    let mut lines = out.lines();
    assert!(lines.next().unwrap().starts_with("text,text,label,"));
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("On-call SRE owning SLOs,second copy,sre,")
    );
}

#[test]
fn added_column_names_never_shadow_input_columns() {
    let a = jobclass()
        .args(["batch", "-", "--text-column", "description"])
        .write_stdin("label,description\nsre,On-call SRE owning SLOs and postmortems\n")
        .assert()
        .success();
    let out = stdout_of(&a);
    assert!(
        out.starts_with("label,description,jobclass_label,confidence,"),
        "{out}"
    );
}

#[test]
fn closed_output_pipe_is_not_an_error() {
    use std::io::{Read, Write};
    use std::process::Stdio;
    // The reader goes away after the header (like `| head -c 64`) and before
    // any row is labeled, so every row's write meets a closed pipe, however
    // fast the machine: the rows are sent only after that.
    let (mut child, mut stdin) = crate::common::start_batch(&[], Stdio::piped());
    stdin.write_all(b"text\n").unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"text,label,confidence,"));
    drop(stdout);
    // The run may already have ended on the closed pipe.
    let out = crate::common::send_rows_and_wait(child, stdin, 200, |i| {
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
    let wd = Workdir::new();
    let out = wd.write("labeled.csv", "an earlier run's result\n");
    // More rows than one group (32): the run stops after the first group.
    let done = crate::common::signal_batch_to_file(&out, "", "TERM", 40);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(130), "stderr: {stderr}");
    assert!(stderr.contains("interrupted after 32 rows"), "{stderr}");
    assert!(stderr.contains("was not written"), "{stderr}");
    assert_eq!(wd.read_string("labeled.csv"), "an earlier run's result\n");
    assert_eq!(
        crate::common::temporary_files(wd.dir()),
        Vec::<u64>::new(),
        "the temporary file was removed"
    );
}

/// `nohup` starts a program with SIGHUP ignored: the signal handler that stops
/// `batch -o` cleanly must not take that away.
#[cfg(unix)]
#[test]
fn a_signal_ignored_at_start_stays_ignored() {
    let wd = Workdir::new();
    let out = wd.path("labeled.csv");
    let done = crate::common::signal_batch_to_file(&out, "trap '' HUP;", "HUP", 40);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(0), "stderr: {stderr}");
    let written = wd.read_string("labeled.csv");
    assert_eq!(written.lines().count(), 41, "header and every row");
}

#[test]
fn an_interrupted_run_leaves_the_old_output_untouched() {
    use std::io::Write;
    use std::process::Stdio;
    let wd = Workdir::new();
    let out = wd.write("labeled.csv", "old results\n");
    let rows: String = std::iter::once("text\n".to_string())
        .chain((0..3000).map(|i| {
            format!("\"Platform engineer {i} building our internal Kubernetes platform\"\n")
        }))
        .collect();
    // stdin stays open, so the run cannot finish before it is killed, however
    // fast the machine is (the test used to race a fixed sleep).
    let (mut child, mut stdin) =
        crate::common::start_batch(&["-o".as_ref(), out.as_os_str()], Stdio::null());
    // Written from a thread: the pipe holds far less than 3000 rows, and the
    // test must not wait for the run to read them all.
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(rows.as_bytes());
        stdin
    });
    // Wait until labeled rows are reaching the temporary file beside the output.
    crate::common::wait_for_temporary(wd.dir(), |sizes| sizes.iter().any(|&n| n > 0));
    // Killed mid-run (SIGKILL: no chance to clean up; Ctrl-C and SIGTERM are
    // handled, see the test above). SIGINT cannot be sent from here reliably: a
    // non-interactive shell starts its background jobs with SIGINT ignored, and
    // the test inherits that (a CI run started with `&` hung here).
    child.kill().unwrap();
    let status = child.wait().unwrap();
    drop(feeder.join().unwrap());
    assert!(!status.success(), "the run ended by itself");
    assert_eq!(wd.read_string("labeled.csv"), "old results\n");
}

/// Sentences repeated word for word across postings (benefits, company text)
/// are embedded once; the labels and scores are the same as without the cache.
#[test]
fn the_segment_cache_changes_no_result_and_reports_its_hits() {
    let benefits =
        "We offer a generous pension, private health insurance and 30 days of paid leave.";
    let mut input = String::from("id,text\n");
    for (i, duty) in [
        "You will own our SLOs, carry the pager and run blameless postmortems.",
        "You will build CI/CD pipelines and automate our releases end to end.",
        "You will build the internal developer platform and its golden paths.",
    ]
    .iter()
    .cycle()
    .take(6)
    .enumerate()
    {
        input.push_str(&format!("{i},\"{duty} {SHARED_DUTIES} {benefits}\"\n"));
    }
    let run = |extra: &[&str]| {
        jobclass()
            .args(["batch", "-", "--text-column", "text", "--evidence"])
            .args(extra)
            .write_stdin(input.clone())
            .assert()
            .success()
    };
    let cached = run(&[]);
    let uncached = run(&["--no-segment-cache"]);
    assert_eq!(stdout_of(&cached), stdout_of(&uncached));
    let stderr = String::from_utf8_lossy(&cached.get_output().stderr).into_owned();
    // Four segments a posting, six distinct ones in all (three duty lines,
    // the two sentences of shared duties, the benefits): 18 of 24 are repeats.
    assert!(
        stderr.contains("segment cache: 75.0% of 24 segments"),
        "{stderr}"
    );
    let stderr = String::from_utf8_lossy(&uncached.get_output().stderr).into_owned();
    assert!(!stderr.contains("segment cache"), "{stderr}");
}
