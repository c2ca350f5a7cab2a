//! `scripts/research/calibrate.py` and `scripts/research/other_decision.py`, run against the
//! binary under test, must choose the mention weights each shipped head carries (`mentions` in
//! `models/head.json` and `models/head-tuned.json`; `MentionWeights::DEFAULT` is the base
//! head's, checked by a unit test). A change to a head, the encoder, the mention rules, the
//! calibration set, the dev feed or the decision rule that moves them, without the new values,
//! fails here.

use std::process::Command;

/// What `scripts/research/<script>` prints, run with `args` against the binary under test; it
/// must succeed.
fn run_script(script: &str, args: &[&str]) -> String {
    let out = Command::new("python3")
        .arg(format!("scripts/research/{script}"))
        .arg("--jobclass")
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .args(args)
        .env("JOBCLASS_MODEL_DIR", crate::common::model_dir())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{script} failed:\n{stdout}\n{stderr}");
    stdout
}

fn calibrate(encoder: &str, extra: &[&str]) {
    let args: Vec<&str> = ["--encoder", encoder]
        .into_iter()
        .chain(extra.iter().copied())
        .collect();
    let stdout = run_script("calibrate.py", &args);
    assert!(
        stdout.contains("the head's mention weights give the same scores"),
        "the calibration chose other weights than the {encoder} head ships:\n{stdout}"
    );
}

#[test]
fn the_tuned_heads_weights_are_what_calibrate_py_chooses() {
    // For feeds of the three roles: its `other` decision is chosen on our own postings too.
    calibrate("tuned", &["--other-floor", "0.6"]);
}

#[test]
fn the_base_heads_weights_are_what_calibrate_py_chooses() {
    calibrate("base", &[]);
}

/// `other_decision.py` chooses the base head's prior and other-job weight on the real feed: it
/// needs `../shared/data`. (The tuned head is for feeds of the three roles: its decision is
/// chosen on our own postings, above.)
#[test]
fn the_base_heads_decision_is_what_other_decision_py_chooses() {
    let Some(data) = crate::common::shared("data/dev_feed.csv") else {
        return;
    };
    let folder = data
        .parent()
        .expect("a folder")
        .to_str()
        .expect("a UTF-8 path");
    let stdout = run_script("other_decision.py", &["--data", folder]);
    assert!(
        stdout.contains(": the chosen pair;"),
        "the decision chose other numbers than the base head ships:\n{stdout}"
    );
    // And its arithmetic is the binary's: the evidence reproduces the scores.
    let worst: f64 = stdout
        .rsplit("the binary's scores to ")
        .next()
        .and_then(|t| t.split_whitespace().next())
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("no reproduction figure in:\n{stdout}"));
    assert!(
        worst < 2e-3,
        "the script's decision differs from the binary's by {worst}"
    );
}
