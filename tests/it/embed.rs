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

/// `--threads` (or `JOBCLASS_THREADS`) sizes the thread pool; the vectors do
/// not depend on it.
#[test]
fn threads_change_nothing_but_the_pool_and_bad_counts_are_refused() {
    let text = "Keep our payment APIs within their SLOs\nBuild golden paths for developers\n";
    let run = |threads: Option<&str>| {
        let mut c = jobclass();
        c.arg("embed");
        if let Some(n) = threads {
            c.env("JOBCLASS_THREADS", n);
        }
        let a = c.write_stdin(text).assert().success();
        String::from_utf8(a.get_output().stdout.clone()).unwrap()
    };
    assert_eq!(run(Some("1")), run(None));
    jobclass()
        .args(["--threads", "0", "embed"])
        .write_stdin(text)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "not a whole number from 1 to 1024",
        ));
}
