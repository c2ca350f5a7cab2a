//! `scripts/research/calibrate.py`, run against the binary under test, must choose the
//! mention weights each shipped head carries (the tuned head's in `models/head.json`; the base
//! head has none and uses `MentionWeights::DEFAULT` in src/pipeline/mentions.rs). A change to a
//! head, the encoder, the mention rules, the calibration set or the decision rule that moves
//! the calibration, without the new values, fails here.

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
