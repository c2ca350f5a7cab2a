//! `scripts/research/calibrate.py`, run against the binary under test, must choose the
//! weights the binary ships (`MentionWeights::DEFAULT` in src/pipeline/mentions.rs). A change
//! to the head, the mention rules, the calibration set or the decision rule
//! that moves the calibration, without the new values in src/pipeline/mentions.rs,
//! fails here.

use std::process::Command;

#[test]
fn the_shipped_weights_are_what_calibrate_py_chooses() {
    let out = Command::new("python3")
        .arg("scripts/research/calibrate.py")
        .arg("--jobclass")
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
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
        stdout.contains("the shipped MentionWeights::DEFAULT gives the same scores"),
        "the calibration chose other weights than src/pipeline/mentions.rs ships:\n{stdout}"
    );
}
