//! Learning from the feed: `jobclass adapt` learns each role's words from the
//! postings that name their role as the job, and `--feed-model` (or
//! `batch --adapt`) uses them for the postings that name none.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{SHARED_DUTIES, Workdir, stdout_of};

/// Words no model has seen, one set per role: only the feed can teach them.
const WORDS: [(&str, &str, [&str; 3]); 3] = [
    ("devops", "DevOps", ["zorblax", "quintor", "velmark"]),
    ("sre", "Site Reliability", ["flimwex", "trandor", "pelvane"]),
    ("platform", "Platform", ["glavix", "morpent", "sudrak"]),
];

/// Sentences any posting may carry, two each, so that postings of a role
/// differ (25 distinct; `adapt` counts a repeated posting once).
const FILLER: [&str; 5] = [
    "Our offices are in Lisbon and Toronto.",
    "We offer a learning budget and flexible hours.",
    "The team is small and ships every week.",
    "You will mentor two junior engineers.",
    "We value clear writing and kind reviews.",
];

/// The `n`-th of 25 distinct pairs of filler sentences.
fn filler(n: usize) -> String {
    let k = FILLER.len();
    format!("{} {}", FILLER[n % k], FILLER[(n / k) % k])
}

fn duties(words: &[&str; 3]) -> String {
    format!(
        "You will improve our {} {} and the {} stack every day. Experience with {} is a plus.",
        words[0], words[1], words[2], words[0]
    )
}

/// `per_role` postings per role that name it as the job, each with the
/// role's words, as CSV rows `id,label,description`, with `labels` giving
/// the label column's value of row `i`.
fn feed_csv(per_role: usize, label_of: impl Fn(usize, &str) -> String) -> String {
    let mut csv = String::from("id,label,description\n");
    let mut i = 0;
    for n in 0..per_role {
        for (label, name, words) in &WORDS {
            let text = format!(
                "We are hiring a {name} Engineer. {} {}",
                duties(words),
                filler(n)
            );
            csv.push_str(&format!("n{i},{},\"{text}\"\n", label_of(i, label)));
            i += 1;
        }
    }
    csv
}

/// `per_role` postings per role that name no role, told apart only by the
/// role's words (and duties all three roles share).
fn unnamed_csv(per_role: usize) -> String {
    let mut csv = String::from("id,label,description\n");
    for n in 0..per_role {
        for (label, _, words) in &WORDS {
            let text = format!("{} {SHARED_DUTIES} {}", duties(words), filler(n));
            csv.push_str(&format!("u{n}{label},{label},\"{text}\"\n"));
        }
    }
    csv
}

fn adapt(w: &Workdir, input: &str, output: &str) -> assert_cmd::assert::Assert {
    w.jobclass()
        .args(["adapt", input, "--text-column", "description", "-o", output])
        .assert()
}

/// The labels a `batch` run gave, with each row's label column.
fn labels(csv: &str) -> Vec<(String, String)> {
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let h = r.headers().unwrap().clone();
    let gold = h.iter().position(|c| c == "label").unwrap();
    let pred = h.iter().position(|c| c == "jobclass_label").unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            (rec[gold].to_string(), rec[pred].to_string())
        })
        .collect()
}

fn batch(w: &Workdir, input: &str, extra: &[&str]) -> Vec<(String, String)> {
    let a = w
        .jobclass()
        .args([
            "batch",
            input,
            "--text-column",
            "description",
            "--no-progress",
        ])
        .args(extra)
        .assert()
        .success();
    labels(&stdout_of(&a))
}

#[test]
fn the_feed_model_labels_postings_by_the_words_the_named_ones_use() {
    let w = Workdir::new();
    w.write("feed.csv", feed_csv(12, |_, l| l.to_string()));
    w.write("unnamed.csv", unnamed_csv(4));
    adapt(&w, "feed.csv", "feed.json")
        .success()
        .stderr(contains("36 postings read"))
        .stderr(contains("devops 12, sre 12, platform 12"));

    let base = batch(&w, "unnamed.csv", &[]);
    let right = |rows: &[(String, String)]| rows.iter().filter(|(g, p)| g == p).count();
    assert!(
        right(&base) <= 8,
        "the base pipeline already tells the invented words apart ({} of 12): the test shows nothing",
        right(&base)
    );
    // The feed holds nothing but the roles: `--role-share auto` takes its
    // share from the feed model (every posting it read named a role), so
    // `other`, set by default for a feed as it comes, gives way.
    let fed = batch(
        &w,
        "unnamed.csv",
        &["--feed-model", "feed.json", "--role-share", "auto"],
    );
    assert_eq!(right(&fed), fed.len(), "with the feed model: {fed:?}");

    // `batch --adapt` learns from the file it labels: the named postings
    // teach the unnamed ones of the same file.
    let mut both = feed_csv(12, |_, l| l.to_string());
    both.push_str(unnamed_csv(4).split_once('\n').unwrap().1);
    w.write("both.csv", &both);
    let adapted = batch(&w, "both.csv", &["--adapt", "--role-share", "auto"]);
    assert_eq!(right(&adapted), adapted.len(), "batch --adapt: {adapted:?}");
}

#[test]
fn the_label_column_is_never_read_and_the_file_is_the_same_every_time() {
    let w = Workdir::new();
    w.write("feed.csv", feed_csv(12, |_, l| l.to_string()));
    // The same postings with the labels shuffled (rotated by one role) and
    // one label that is no label at all.
    let rotate = |i: usize, _: &str| {
        if i == 5 {
            "not a label".to_string()
        } else {
            WORDS[(i + 1) % 3].0.to_string()
        }
    };
    w.write("shuffled.csv", feed_csv(12, rotate));
    adapt(&w, "feed.csv", "a.json").success();
    adapt(&w, "feed.csv", "b.json").success();
    adapt(&w, "shuffled.csv", "c.json").success();
    let a = w.read("a.json");
    assert_eq!(a, w.read("b.json"), "two runs on one feed differ");
    assert_eq!(a, w.read("c.json"), "the label column changed the model");
    let v: serde_json::Value = serde_json::from_slice(&a).unwrap();
    assert_eq!(v["format"], "jobclass-feed-model");
    assert_eq!(v["examples"], serde_json::json!([12, 12, 12]));
    assert_eq!(
        v["classes"],
        serde_json::json!(["devops", "sre", "platform"])
    );
    assert!(
        !v["vocabulary"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t.as_str().unwrap().contains("devops")),
        "a role name was not masked"
    );
}

#[test]
fn a_feed_that_names_no_role_is_refused_and_a_thin_role_is_left_out() {
    let w = Workdir::new();
    w.write("unnamed.csv", unnamed_csv(12));
    adapt(&w, "unnamed.csv", "feed.json")
        .code(2)
        .stderr(contains("too few postings name their role as the job"))
        .stderr(contains("devops 0, sre 0, platform 0"));
    assert!(!w.path("feed.json").exists());

    // Platform named 4 times: learned from the two others, and said so.
    let mut thin = String::from("id,label,description\n");
    for line in feed_csv(12, |_, l| l.to_string()).lines().skip(1) {
        let platform = line.contains("Platform Engineer");
        let n: usize = line[1..line.find(',').unwrap()].parse().unwrap();
        if !platform || n < 12 {
            thin.push_str(line);
            thin.push('\n');
        }
    }
    w.write("thin.csv", thin);
    adapt(&w, "thin.csv", "thin.json")
        .success()
        .stderr(contains("only 4 postings name platform as the job"));
    let v: serde_json::Value = serde_json::from_slice(&w.read("thin.json")).unwrap();
    assert_eq!(v["classes"], serde_json::json!(["devops", "sre"]));
}

#[test]
fn a_damaged_or_foreign_feed_model_is_refused_before_any_work() {
    let w = Workdir::new();
    w.write("feed.csv", feed_csv(12, |_, l| l.to_string()));
    adapt(&w, "feed.csv", "good.json").success();
    let good: serde_json::Value = serde_json::from_slice(&w.read("good.json")).unwrap();
    let mut newer = good.clone();
    newer["version"] = 99.into();
    let mut short = good.clone();
    short["weights"][0].as_array_mut().unwrap().pop();
    // Counts whose sum wraps to fewer than the postings read.
    let mut wrapping = good.clone();
    wrapping["examples"][0] = u64::MAX.into();
    // More weight rows than roles: refused as they are read.
    let mut rows = good.clone();
    let row = rows["weights"][0].clone();
    rows["weights"] = vec![row; 5].into();
    let cases: [(&str, String, &str); 7] = [
        (
            "garbage.json",
            "{not json".into(),
            "not a feed model: not JSON",
        ),
        (
            "head.json",
            std::fs::read_to_string(crate::common::fixture("../models/head.json")).unwrap(),
            "not a feed model (no \"format\"",
        ),
        (
            "newer.json",
            newer.to_string(),
            "a feed model of version 99",
        ),
        ("short.json", short.to_string(), "a weight row of"),
        ("empty.json", String::new(), "not a feed model"),
        (
            "wrapping.json",
            wrapping.to_string(),
            "counts more postings than a count can hold",
        ),
        (
            "rows.json",
            rows.to_string(),
            "more weight rows than the 3 roles",
        ),
    ];
    for (name, contents, message) in cases {
        w.write(name, contents);
        w.jobclass()
            .args(["classify", "--feed-model", name])
            .write_stdin("We run the zorblax stack.")
            .assert()
            .code(2)
            .stderr(contains(message))
            .stdout("");
    }
}

#[test]
fn batch_adapt_on_standard_input_equals_adapt_then_feed_model() {
    let w = Workdir::new();
    let mut both = feed_csv(12, |_, l| l.to_string());
    both.push_str(unnamed_csv(2).split_once('\n').unwrap().1);
    w.write("both.csv", &both);
    adapt(&w, "both.csv", "feed.json").success();
    let two_steps = w
        .jobclass()
        .args([
            "batch",
            "both.csv",
            "--text-column",
            "description",
            "--no-progress",
        ])
        .args(["--feed-model", "feed.json", "--evidence"])
        .assert()
        .success();
    let one_step = w
        .jobclass()
        .args([
            "batch",
            "-",
            "--text-column",
            "description",
            "--no-progress",
        ])
        .args(["--adapt", "--evidence"])
        .write_stdin(both)
        .assert()
        .success()
        .stderr(contains("42 postings read"));
    assert_eq!(stdout_of(&two_steps), stdout_of(&one_step));
}

/// The CSV's columns as a Parquet file's string columns.
fn csv_as_parquet(csv_text: &str, path: &std::path::Path) {
    use std::sync::Arc;
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let names: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let columns = names.iter().enumerate().map(|(i, name)| {
        let values: Vec<&str> = rows.iter().map(|row| &row[i]).collect();
        let array = arrow_array::StringArray::from(values);
        (name.as_str(), Arc::new(array) as arrow_array::ArrayRef)
    });
    let batch = arrow_array::RecordBatch::try_from_iter(columns).unwrap();
    crate::parquet::write_parquet(path, &batch);
}

/// `batch --adapt` reads its input twice; a pipe or a FIFO, in any format,
/// is read once, into a temporary copy, and labels as the file itself does.
#[test]
fn batch_adapt_reads_a_fifo_of_any_format_as_the_file() {
    let w = Workdir::new();
    let mut both = feed_csv(12, |_, l| l.to_string());
    both.push_str(unnamed_csv(2).split_once('\n').unwrap().1);
    w.write("both.csv", &both);
    csv_as_parquet(&both, &w.path("both.parquet"));
    let tmp = w.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    for name in ["both.csv", "both.parquet"] {
        let on_file = w
            .jobclass()
            .args(["batch", name, "--text-column", "description", "--adapt"])
            .args(["--no-progress", "-o", "on-file"])
            .assert()
            .success();
        // Named as the input, so that its name tells the format.
        let fifo = w.path(&format!("fifo/{name}"));
        std::fs::create_dir_all(fifo.parent().unwrap()).unwrap();
        let writer = crate::common::fifo_fed_with(&fifo, w.read(name));
        let on_fifo = w
            .jobclass()
            .env("TMPDIR", &tmp)
            .timeout(std::time::Duration::from_secs(120))
            .arg("batch")
            .arg(&fifo)
            .args(["--text-column", "description", "--adapt"])
            .args(["--no-progress", "-o", "on-fifo"])
            .assert()
            .success();
        writer.join().unwrap();
        assert_eq!(w.read("on-fifo"), w.read("on-file"), "{name}");
        let said = |a: &assert_cmd::assert::Assert| {
            String::from_utf8_lossy(&a.get_output().stderr).replace("fifo/", "")
        };
        assert_eq!(said(&on_fifo), said(&on_file), "{name}");
        assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "spool removed");
    }
}

/// Records without a text are left out, each kind of problem named; a feed
/// of nothing but such records is refused, saying what its records lacked.
#[test]
fn adapt_names_why_records_were_left_out() {
    let w = Workdir::new();
    let mut feed = feed_csv(12, |_, l| l.to_string()).into_bytes();
    feed.extend_from_slice(b"x1,devops,\nx2,sre,\"bad \xff byte\"\nx3,sre,a,b\n");
    w.write("feed.csv", &feed);
    let a = adapt(&w, "feed.csv", "feed.json").success();
    let said = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(
        said.contains("(3 without a text to learn from, left out)"),
        "{said}"
    );
    for why in [
        "record 37: empty text",
        "record 38: text column: invalid UTF-8",
        "record 39: row has 4 fields",
    ] {
        assert!(said.contains(&format!("feed.csv {why}")), "{why}: {said}");
    }
    w.write("empty.csv", "id,description\n1,\n2,  \n");
    adapt(&w, "empty.csv", "empty.json")
        .code(2)
        .stderr(contains(
            "none of the 2 records read has a text to learn from (empty.csv record 1: empty text; \
             empty.csv record 2: empty text)",
        ))
        .stderr(contains("check --text-column"));
    assert!(!w.path("empty.json").exists());
}

/// `adapt` reads its inputs twice too: a FIFO among them is copied once and
/// gives the model the file gives.
#[test]
fn adapt_reads_a_fifo_as_the_file() {
    let w = Workdir::new();
    let feed = feed_csv(12, |_, l| l.to_string());
    w.write("feed.csv", &feed);
    let tmp = w.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    adapt(&w, "feed.csv", "from-file.json").success();
    let fifo = w.path("fifo.csv");
    let writer = crate::common::fifo_fed_with(&fifo, feed.into_bytes());
    w.jobclass()
        .env("TMPDIR", &tmp)
        .timeout(std::time::Duration::from_secs(120))
        .args(["adapt", "fifo.csv", "--text-column", "description"])
        .args(["-o", "from-fifo.json"])
        .assert()
        .success();
    writer.join().unwrap();
    assert_eq!(w.read("from-fifo.json"), w.read("from-file.json"));
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "copy removed");
}

/// A feed model given as a FIFO (or `<(…)`) is read once, and labels as the
/// file does.
#[test]
fn a_feed_model_is_read_from_a_fifo_as_from_the_file() {
    let w = Workdir::new();
    w.write("feed.csv", feed_csv(12, |_, l| l.to_string()));
    adapt(&w, "feed.csv", "feed.json").success();
    let text = format!("{} {SHARED_DUTIES}", duties(&WORDS[1].2));
    let classify = |model: &str| {
        w.jobclass()
            .timeout(std::time::Duration::from_secs(120))
            .args(["classify", "--json", "--feed-model", model])
            .write_stdin(text.clone())
            .assert()
            .success()
    };
    let from_file = stdout_of(&classify("feed.json"));
    let writer = crate::common::fifo_fed_with(&w.path("model.fifo"), w.read("feed.json"));
    let from_fifo = stdout_of(&classify("model.fifo"));
    writer.join().unwrap();
    assert_eq!(from_fifo, from_file);
}

/// A role left to the base pipeline (under --min-examples) is not counted
/// among the examples fitted, so nothing is said of fitting on every k-th.
#[test]
fn a_role_left_out_is_not_taken_for_subsampling() {
    let w = Workdir::new();
    let mut platform = 0;
    let feed: String = feed_csv(12, |_, l| l.to_string())
        .lines()
        .filter(|l| {
            let keep = !l.contains(",platform,") || platform < 3;
            platform += usize::from(l.contains(",platform,"));
            keep
        })
        .map(|l| format!("{l}\n"))
        .collect();
    w.write("feed.csv", feed);
    let a = w
        .jobclass()
        .args(["adapt", "feed.csv", "--text-column", "description"])
        .args(["--min-examples", "5", "-o", "feed.json"])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(said.contains("platform 3"), "{said}");
    assert!(!said.contains("fitted on"), "{said}");
}

/// A device is not copied for reading twice: what it holds may never end.
#[test]
fn adapt_refuses_a_device_as_its_feed() {
    let w = Workdir::new();
    let null = std::path::Path::new("/dev/null");
    if !null.exists() {
        return;
    }
    w.jobclass()
        .args([
            "adapt",
            "/dev/null",
            "--text-column",
            "description",
            "-o",
            "f.json",
        ])
        .assert()
        .code(2)
        .stderr(contains("/dev/null is a device, not a file of postings"));
    assert!(!w.path("f.json").exists());
}

/// The temporary copy of standard input that `batch --adapt` reads twice is
/// a file jobclass writes: a failure to write it is exit 4, naming the
/// cause, with nothing left behind.
#[test]
fn batch_adapt_that_cannot_copy_its_input_exits_4() {
    let w = Workdir::new();
    let tmp = w.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let feed = feed_csv(12, |_, l| l.to_string());
    // More than the limit's one block (512 or 1024 bytes).
    assert!(feed.len() > 4096);
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -f 1; exec "$0" batch - --text-column description --adapt --no-progress"#)
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .env("TMPDIR", &tmp)
        .env("JOBCLASS_MODEL_DIR", crate::common::model_dir())
        .current_dir(w.dir())
        .stdin(std::fs::File::open(w.write("feed.csv", &feed)).unwrap())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("cannot hold standard input in a temporary file"),
        "{stderr}"
    );
    assert!(stderr.contains("File too large"), "{stderr}");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "copy removed");
    assert!(out.stdout.is_empty());
}

#[test]
fn adapt_never_writes_over_its_input() {
    let w = Workdir::new();
    let feed = feed_csv(12, |_, l| l.to_string());
    w.write("feed.csv", &feed);
    adapt(&w, "feed.csv", "./feed.csv").code(2);
    assert_eq!(w.read_string("feed.csv"), feed);
}

#[test]
fn explain_shows_the_words_that_moved_a_posting() {
    let w = Workdir::new();
    w.write("feed.csv", feed_csv(12, |_, l| l.to_string()));
    adapt(&w, "feed.csv", "feed.json").success();
    let text = format!("{} {SHARED_DUTIES}", duties(&WORDS[1].2));
    let a = w
        .jobclass()
        .args(["classify", "--explain", "--feed-model", "feed.json"])
        .args(["--role-share", "auto"])
        .write_stdin(text.clone())
        .assert()
        .success();
    let out = stdout_of(&a);
    assert!(out.starts_with("sre "), "{out}");
    let words = out
        .lines()
        .find(|l| l.trim_start().starts_with("its words"))
        .unwrap_or_else(|| panic!("no feed model words in {out}"));
    assert!(words.contains("flimwex"), "{words}");
    let a = w
        .jobclass()
        .args(["classify", "--json", "--feed-model", "feed.json"])
        .write_stdin(text)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&stdout_of(&a)).unwrap();
    let feed = &v["evidence"]["feed"];
    assert!(feed["scores"]["sre"].as_f64().unwrap() > 0.5, "{feed}");
    assert!(feed["words"].get("flimwex").is_some(), "{feed}");
}

#[test]
fn min_examples_below_one_is_refused() {
    let w = Workdir::new();
    w.write("feed.csv", feed_csv(12, |_, l| l.to_string()));
    for args in [
        &[
            "adapt",
            "feed.csv",
            "-o",
            "feed.json",
            "--min-examples",
            "0",
        ][..],
        &["batch", "feed.csv", "--adapt", "--min-examples", "0"][..],
    ] {
        w.jobclass()
            .args(args)
            .args(["--text-column", "description"])
            .assert()
            .code(2)
            .stderr(contains("--min-examples"))
            .stdout("");
    }
    assert!(!w.path("feed.json").exists());
}

#[test]
fn a_feed_without_postings_writes_no_model() {
    let w = Workdir::new();
    w.write("header.csv", "id,label,description\n");
    w.write(
        "blank.csv",
        "id,label,description\nb1,devops,\nb2,sre,\"  \"\n",
    );
    for input in ["header.csv", "blank.csv"] {
        for min in ["1", "10"] {
            w.jobclass()
                .args([
                    "adapt",
                    input,
                    "--text-column",
                    "description",
                    "-o",
                    "feed.json",
                ])
                .args(["--min-examples", min])
                .assert()
                .code(2)
                .stderr(
                    contains("too few postings name their role")
                        .or(contains(
                            "no posting with text was read, so there is nothing to learn a feed model from",
                        ))
                        .or(contains("none of the 2 records read has a text to learn from")),
                );
            assert!(
                !w.path("feed.json").exists(),
                "{input} --min-examples {min}"
            );
        }
    }
}

#[test]
fn a_feed_refused_by_batch_adapt_says_to_leave_out_adapt() {
    let w = Workdir::new();
    w.write("unnamed.csv", unnamed_csv(4));
    let a = w
        .jobclass()
        .args([
            "batch",
            "unnamed.csv",
            "--text-column",
            "description",
            "--adapt",
        ])
        .assert()
        .code(2)
        .stderr(contains("leave out --adapt"));
    assert!(!String::from_utf8_lossy(&a.get_output().stderr).contains("--feed-model"));
    adapt(&w, "unnamed.csv", "feed.json")
        .code(2)
        .stderr(contains("too few postings name their role"))
        .stderr(contains("--feed-model").not());
}

#[test]
fn a_posting_repeated_counts_once_and_a_file_given_twice_changes_nothing() {
    let w = Workdir::new();
    let feed = feed_csv(12, |_, l| l.to_string());
    w.write("feed.csv", &feed);
    // The same postings again, in another case and spacing, with other ids.
    let mut again = String::from("id,label,description\n");
    for line in feed.lines().skip(1) {
        let (_, rest) = line.split_once(',').unwrap();
        again.push_str(&format!(
            "r,{}\n",
            rest.to_uppercase().replace(". ", ".   ")
        ));
    }
    w.write("again.csv", &again);
    adapt(&w, "feed.csv", "once.json").success();
    for (inputs, repeated) in [
        (["feed.csv", "feed.csv"], 36),
        (["feed.csv", "again.csv"], 36),
    ] {
        w.jobclass()
            .arg("adapt")
            .args(inputs)
            .args(["--text-column", "description", "-o", "twice.json"])
            .assert()
            .success()
            .stderr(contains("72 postings read"))
            .stderr(contains(format!(
                "{repeated} repeating a posting read before"
            )))
            .stderr(contains("devops 12, sre 12, platform 12"));
        assert_eq!(w.read("once.json"), w.read("twice.json"), "{inputs:?}");
    }
}

#[test]
fn a_feed_model_with_weights_beyond_any_fit_is_refused() {
    let w = Workdir::new();
    w.write("feed.csv", feed_csv(12, |_, l| l.to_string()));
    adapt(&w, "feed.csv", "good.json").success();
    let good: serde_json::Value = serde_json::from_slice(&w.read("good.json")).unwrap();
    // Finite numbers whose sums overflow: scores that would be NaN.
    let mut huge = good.clone();
    for row in huge["weights"].as_array_mut().unwrap() {
        for x in row.as_array_mut().unwrap() {
            *x = 3e38.into();
        }
    }
    let mut bias = good.clone();
    bias["bias"][0] = (-1e30).into();
    let mut idf = good.clone();
    idf["idf"][0] = 1e20.into();
    let mut nothing = good.clone();
    nothing["examples"] = serde_json::json!([0, 12, 12]);
    for (v, field) in [
        (huge, "\"weights\""),
        (bias, "\"bias\""),
        (idf, "\"idf\""),
        (nothing, "no example"),
    ] {
        w.write("bad.json", v.to_string());
        w.jobclass()
            .args(["classify", "--json", "--feed-model", "bad.json"])
            .write_stdin("We run the zorblax and flimwex stack.")
            .assert()
            .code(2)
            .stderr(contains(field))
            .stdout("");
    }
}

#[test]
fn the_feed_weight_is_a_number_from_0_to_1() {
    let w = Workdir::new();
    for weight in ["NaN", "inf", "-0.1", "1.5", "x"] {
        w.jobclass()
            .args(["classify", &format!("--feed-weight={weight}")])
            .write_stdin("We run Kubernetes.")
            .assert()
            .code(2)
            .stderr(contains("is not a number from 0 to 1"));
    }
}

#[test]
fn a_feed_model_file_over_the_cap_is_refused_unread() {
    let w = Workdir::new();
    let f = std::fs::File::create(w.path("big.json")).unwrap();
    f.set_len((64 << 20) + 1).unwrap();
    w.jobclass()
        .args(["classify", "--feed-model", "big.json"])
        .write_stdin("We run Kubernetes.")
        .assert()
        .code(2)
        .stderr(contains("larger than 64 MiB"))
        .stderr(contains("`jobclass adapt`"));
}

/// On a terminal `adapt` draws how far it has read, and `--no-progress`
/// draws nothing; either way the model is the one written without a
/// terminal. The terminal is the pseudo-terminal of util-linux `script`.
#[test]
fn adapt_shows_its_progress_on_a_terminal_unless_told_not_to() {
    if !std::path::Path::new("/usr/bin/script").exists() {
        crate::common::skip_unless_ci("util-linux script", "a terminal for adapt's progress");
        return;
    }
    let w = Workdir::new();
    w.write("feed.csv", feed_csv(25, |_, l| l.to_string()));
    adapt(&w, "feed.csv", "plain.json").success();
    let bin = assert_cmd::cargo::cargo_bin("jobclass");
    let on_terminal = |extra: &str, output: &str| {
        let run = format!(
            "'{}' adapt feed.csv --text-column description -o {output} {extra}",
            bin.display()
        );
        let o = std::process::Command::new("script")
            .args(["-qec", &run, "typescript"])
            .current_dir(w.dir())
            .env("JOBCLASS_MODEL_DIR", crate::common::model_dir())
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(w.read(output), w.read("plain.json"), "{extra}");
        w.read_string("typescript")
    };
    let shown = on_terminal("", "shown.json");
    assert!(shown.contains("postings read (1 of 2)"), "{shown}");
    let quiet = on_terminal("--no-progress", "quiet.json");
    assert!(!quiet.contains("(1 of 2)"), "{quiet}");
}
