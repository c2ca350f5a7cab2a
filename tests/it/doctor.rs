//! `jobclass doctor`: every section, the JSON a script reads, what
//! `JOBCLASS_CPU` makes of each precision, where the thread count comes from,
//! and a model folder that is missing, reported and left alone.

use assert_cmd::Command;
use serde_json::Value;

use crate::common::{Workdir, jobclass, stdout_of};

const PRECISIONS: [&str; 4] = ["auto", "f32", "bf16", "int8"];

/// The environment variables that change what doctor reports, cleared so
/// that a test sees only its own.
const ENV: [&str; 4] = [
    "JOBCLASS_CPU",
    "JOBCLASS_THREADS",
    "RAYON_NUM_THREADS",
    "JOBCLASS_MODEL_DIR",
];

/// `jobclass doctor`, the model fetched, none of [`ENV`] but the model folder.
fn doctor() -> Command {
    let mut c = jobclass();
    for name in &ENV[..3] {
        c.env_remove(name);
    }
    c.arg("doctor");
    c
}

/// What `doctor --json` printed, with `env` set.
fn doctor_json(env: &[(&str, &str)], args: &[&str]) -> Value {
    let mut c = doctor();
    c.arg("--json").args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    serde_json::from_str(&stdout_of(&c.assert().success())).unwrap()
}

#[test]
fn doctor_prints_every_section_and_exits_0() {
    let out = stdout_of(&doctor().assert().code(0));
    let version = format!("jobclass {} (", env!("CARGO_PKG_VERSION"));
    for want in [
        version.as_str(),
        "\nCPU ",
        "\n  has ",
        "\n  lacks ",
        "\n  AMX tiles ",
        "\n  level ",
        "JOBCLASS_CPU is not set",
        "\nprecision ",
        "\n  auto ",
        "\n  f32 ",
        "\n  bf16 ",
        "\n  int8 ",
        "classify, batch, eval and serve use auto; embed and train use f32",
        "\nthreads ",
        "one per CPU available to this process",
        "\nmodel folder ",
        "(JOBCLASS_MODEL_DIR)",
        "ready and verified",
    ] {
        assert!(out.contains(want), "doctor lacks {want:?}:\n{out}");
    }
}

#[test]
fn doctor_json_has_every_fact() {
    use jobclass::model::precision::Precision;
    let r = doctor_json(&[], &[]);
    assert_eq!(r["version"], env!("CARGO_PKG_VERSION"));
    assert!(r["target"].as_str().is_some_and(|t| !t.is_empty()), "{r}");
    let cpu = &r["cpu"];
    assert!(cpu["model"].is_string(), "{cpu}");
    let sets = cpu["instruction_sets"].as_object().unwrap();
    for name in [
        "avx2",
        "fma",
        "avx512f",
        "avx512bw",
        "avx512vl",
        "avx512_vnni",
        "avx512_bf16",
        "avx_vnni",
        "amx_tile",
        "amx_int8",
    ] {
        assert!(sets[name].is_boolean(), "{name}: {cpu}");
    }
    assert!(cpu["amx_granted"].is_boolean(), "{cpu}");
    assert_eq!(cpu["jobclass_cpu"], Value::Null);
    assert_eq!(cpu["level"], cpu["detected_level"]);
    for p in PRECISIONS {
        let (runs, kernel) = (&r["precisions"][p]["runs"], &r["precisions"][p]["kernel"]);
        let runs = runs.as_str().unwrap_or_else(|| panic!("{p}: {r}"));
        assert!(
            kernel.as_str().unwrap().starts_with(&format!("{runs}, ")),
            "{p}: {r}"
        );
    }
    let (labelling, embedding) = (Precision::LABELLING_DEFAULT, Precision::EMBEDDING_DEFAULT);
    for (command, precision) in [
        ("classify", labelling),
        ("batch", labelling),
        ("eval", labelling),
        ("serve", labelling),
        ("embed", embedding),
        ("train", embedding),
    ] {
        assert_eq!(r["commands"][command], precision.to_string(), "{r}");
    }
    assert!(
        r["threads"]["count"].as_u64().is_some_and(|n| n >= 1),
        "{r}"
    );
    assert_eq!(r["threads"]["from"], "cpus");
    let model = &r["model"];
    let dir = crate::common::model_dir();
    assert_eq!(model["dir"], dir.display().to_string());
    assert_eq!(model["from"], "JOBCLASS_MODEL_DIR");
    assert_eq!(model["status"], "ready");
    assert_eq!(model["fetch"], Value::Null);
}

/// `JOBCLASS_CPU=generic` lowers any CPU to no kernel of its own: every
/// precision runs f32.
#[test]
fn jobclass_cpu_generic_makes_every_precision_f32() {
    let r = doctor_json(&[("JOBCLASS_CPU", "generic")], &[]);
    assert_eq!(r["cpu"]["jobclass_cpu"], "generic");
    assert_eq!(r["cpu"]["level"], "generic");
    for p in PRECISIONS {
        assert_eq!(r["precisions"][p]["runs"], "f32", "{p}: {r}");
        assert_eq!(r["precisions"][p]["kernel"], "f32, gemm crate", "{p}: {r}");
    }
    let text = stdout_of(&doctor().env("JOBCLASS_CPU", "generic").assert().success());
    assert!(
        text.contains("level       generic (JOBCLASS_CPU=generic; the CPU's is "),
        "{text}"
    );
    assert!(text.contains("\n  int8        f32, gemm crate\n"), "{text}");
}

/// `JOBCLASS_CPU=avx2` gives int8 its AVX2 kernel on a CPU with AVX2 and FMA,
/// whatever more it has; a CPU without them runs f32.
#[test]
fn jobclass_cpu_avx2_reports_the_avx2_int8_kernel() {
    #[cfg(target_arch = "x86_64")]
    let avx2 =
        std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma");
    #[cfg(not(target_arch = "x86_64"))]
    let avx2 = false;
    let r = doctor_json(&[("JOBCLASS_CPU", "avx2")], &[]);
    let (level, int8) = if avx2 {
        ("avx2", "int8, AVX2")
    } else {
        ("generic", "f32, gemm crate")
    };
    assert_eq!(r["cpu"]["level"], level, "{r}");
    for p in ["auto", "int8"] {
        assert_eq!(r["precisions"][p]["kernel"], int8, "{p}: {r}");
    }
    // bf16 needs AVX-512 BF16, above the cap.
    assert_eq!(r["precisions"]["bf16"]["kernel"], "f32, gemm crate", "{r}");
}

#[test]
fn doctor_says_where_the_thread_count_comes_from() {
    for (env, args, count, from) in [
        (&[][..], &["--threads", "3"][..], 3, "--threads"),
        (
            &[("JOBCLASS_THREADS", "2")][..],
            &[][..],
            2,
            "JOBCLASS_THREADS",
        ),
        (
            &[("JOBCLASS_THREADS", "2")][..],
            &["--threads", "3"][..],
            3,
            "--threads",
        ),
        (
            &[("RAYON_NUM_THREADS", "3")][..],
            &[][..],
            3,
            "RAYON_NUM_THREADS",
        ),
    ] {
        let r = doctor_json(env, args);
        assert_eq!(r["threads"]["count"], count, "{env:?} {args:?}: {r}");
        assert_eq!(r["threads"]["from"], from, "{env:?} {args:?}: {r}");
    }
}

/// A model folder that is not there is reported with the command that
/// fetches it, exit 0, and nothing is fetched or made: pip is never run and
/// the folder it is in stays empty.
#[cfg(unix)]
#[test]
fn a_missing_model_is_reported_with_its_fetch_command_and_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let work = Workdir::new();
    let empty = work.path("empty");
    std::fs::create_dir(&empty).unwrap();
    // The Python a fetch would run pip with: it says it was run, and fails.
    let ran = work.path("pip-ran");
    let python = work.write(
        "python",
        format!("#!/bin/sh\ntouch '{}'\nexit 1\n", ran.display()),
    );
    std::fs::set_permissions(&python, std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = |dir: &std::path::Path, json: bool| {
        let mut c = Command::cargo_bin("jobclass").unwrap();
        for name in ENV {
            c.env_remove(name);
        }
        c.env("JOBCLASS_PYTHON", &python)
            .env("JOBCLASS_MODEL_DIR", dir)
            .arg("doctor");
        if json {
            c.arg("--json");
        }
        stdout_of(&c.assert().code(0))
    };
    // The folder itself, empty; and a folder not made yet, its name one that
    // a shell splits.
    let absent = empty.join("my models");
    for dir in [&empty, &absent] {
        let r: Value = serde_json::from_str(&run(dir, true)).unwrap();
        let model = &r["model"];
        assert_eq!(model["status"], "missing", "{r}");
        let fetch = model["fetch"].as_str().unwrap();
        // The command, as a shell splits it, fetches into that folder.
        let words = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("printf '%s\\n' {fetch}"))
            .output()
            .unwrap();
        let dir_arg = dir.display().to_string();
        assert_eq!(
            String::from_utf8(words.stdout)
                .unwrap()
                .lines()
                .collect::<Vec<_>>(),
            ["jobclass", "fetch-model", "--model-dir", dir_arg.as_str()],
            "{fetch}"
        );
        let text = run(dir, false);
        assert!(text.contains(&format!("missing: run `{fetch}`")), "{text}");
        assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0, "{text}");
        assert!(!ran.exists(), "doctor ran pip: {text}");
    }
}

/// What doctor says `auto` runs is what `batch` ran: its closing lines name
/// the encoder's kernel and threads.
#[test]
fn batch_names_the_kernel_doctor_names() {
    for cpu in ["generic", ""] {
        let r = doctor_json(&[("JOBCLASS_CPU", cpu)], &["--threads", "2"]);
        let kernel = r["precisions"]["auto"]["kernel"].as_str().unwrap();
        let run = batch_stderr(cpu);
        assert!(
            run.contains(&format!("\njobclass: encoder: {kernel}, 2 threads\n")),
            "JOBCLASS_CPU={cpu:?}: {run}"
        );
    }
}

/// What `batch --threads 2` writes on stderr for one posting.
fn batch_stderr(cpu: &str) -> String {
    let a = jobclass()
        .env("JOBCLASS_CPU", cpu)
        .args(["--threads", "2", "batch", "-", "--text-column", "text"])
        .write_stdin("text\nWe build the deployment pipelines and own the on-call rota\n")
        .assert()
        .success();
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}
