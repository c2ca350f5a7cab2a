//! `jobclass embed`: what bad input gets (parity with the reference is in `parity`).

use predicates::prelude::*;

use crate::common::jobclass;

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
