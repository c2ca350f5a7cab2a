//! `--help` of every command, and what an unknown flag gets.

use crate::common::stdout_of;

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

/// The help text of `jobclass [command] --help`, wrapped at 100 columns.
fn help_of(command: &[&str]) -> String {
    let a = assert_cmd::Command::cargo_bin("jobclass")
        .unwrap()
        .args(command)
        .arg("--help")
        .env("COLUMNS", "100")
        .assert()
        .success();
    stdout_of(&a)
}

#[test]
fn help_of_every_command_snapshot() {
    insta::assert_snapshot!("help", help_of(&[]));
    for command in ["classify", "batch", "eval", "train", "embed", "fetch-model"] {
        insta::assert_snapshot!(format!("help_{command}"), help_of(&[command]));
    }
}
