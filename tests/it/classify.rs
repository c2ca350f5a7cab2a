//! `jobclass classify`: one posting from standard input, as text, JSON and explained.

use predicates::prelude::*;

use crate::common::{SHARED_DUTIES, SRE_POSTING, classify_json, jobclass, stdout_of};

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
    let with = classify_json(&text, &["--embed-all"]);
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
        assert_eq!(labels, ["devops", "sre", "platform", "other"], "{v}");
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

#[test]
fn huge_posting_is_handled_in_bounded_time() {
    // 10 MB of text: cut at 512 KiB before tokenizing, at most 64 windows embedded.
    let para = "We run Kubernetes, own SLOs and lead incident response for our APIs. ";
    let text = para.repeat(10 * 1024 * 1024 / para.len());
    let a = jobclass()
        .args(["classify", "--json"])
        .write_stdin(text)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert!(v["label"].is_string());
}

/// A posting that names no role is set by default for a feed as it comes,
/// where the roles are rare; `--role-share` says a feed holds more of them,
/// and a share that is no share is refused before any work.
#[test]
fn role_share_moves_the_other_decision_for_a_posting_that_names_no_role() {
    let text = "You will carry the pager, define SLOs and run incident reviews.";
    let label = |extra: &[&str]| classify_json(text, extra)["label"].clone();
    assert_eq!(label(&[]), "other");
    assert_eq!(label(&["--role-share", "0.5"]), "sre");
    // A posting that names its role is decided by its name, whatever the share.
    let named = "We are hiring a Site Reliability Engineer to own our SLOs.";
    assert_eq!(
        classify_json(named, &["--role-share", "0.01"])["label"],
        "sre"
    );
    for bad in ["0", "1", "1.5", "lots"] {
        jobclass()
            .args(["classify", "--role-share", bad])
            .write_stdin(text)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("is not a share"));
    }
    // auto without a feed model keeps the default decision.
    assert_eq!(label(&["--role-share", "auto"]), "other");
}

/// Another job named as the job is evidence of `other`, and the evidence says so.
#[test]
fn other_jobs_named_as_the_job_count_for_other_and_are_reported() {
    let v = classify_json(
        "Acme | Backend Engineer | Remote. You will build our billing API in Go and deploy it to Kubernetes with our CI pipelines.",
        &[],
    );
    assert_eq!(v["evidence"]["other_jobs"], 1, "{v}");
    assert_eq!(v["label"], "other", "{v}");
}
