//! `scripts/research/calibrate.py` and `scripts/research/other_decision.py`, run against the
//! binary under test, must choose the mention weights each shipped head carries (`mentions` in
//! `models/head.json` and `models/head-tuned.json`; `MentionWeights::DEFAULT` is the base
//! head's, checked by a unit test). A change to a head, the encoder, the mention rules, the
//! calibration set, the dev feed or the decision rule that moves them, without the new values,
//! fails here.

use std::process::Command;

fn calibrate(encoder: &str) {
    let out = Command::new("python3")
        .arg("scripts/research/calibrate.py")
        .arg("--jobclass")
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .args(["--encoder", encoder])
        .env("JOBCLASS_MODEL_DIR", crate::common::model_dir())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "calibrate.py failed:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("the head's mention weights give the same scores"),
        "the calibration chose other weights than the {encoder} head ships:\n{stdout}"
    );
}

#[test]
fn the_tuned_heads_weights_are_what_calibrate_py_chooses() {
    calibrate("tuned");
}

#[test]
fn the_base_heads_weights_are_what_calibrate_py_chooses() {
    calibrate("base");
}

/// `other_decision.py` chooses the head's prior and other-job weight on the real feed: it needs
/// `../shared/data`.
fn other_decision(encoder: &str) {
    let Some(data) = crate::common::shared("data/dev_feed.csv") else {
        return;
    };
    let out = Command::new("python3")
        .arg("scripts/research/other_decision.py")
        .arg("--jobclass")
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .args(["--encoder", encoder])
        .arg("--data")
        .arg(data.parent().expect("a folder"))
        .env("JOBCLASS_MODEL_DIR", crate::common::model_dir())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "other_decision.py failed:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains(": the chosen pair;"),
        "the decision chose other numbers than the {encoder} head ships:\n{stdout}"
    );
}

#[test]
fn the_base_heads_decision_is_what_other_decision_py_chooses() {
    other_decision("base");
}

#[test]
fn the_tuned_heads_decision_is_what_other_decision_py_chooses() {
    other_decision("tuned");
}
