//! Helpers shared by the integration tests: the model, the real binary, a
//! work folder, the material in `../shared`, and the reference vectors.

use std::path::PathBuf;

use assert_cmd::Command;

/// The model folder, fetched through the same code path users get (locked, so
/// parallel tests do not race).
pub fn model_dir() -> PathBuf {
    let dir = jobclass::model::files::default_model_dir();
    jobclass::model::files::ensure_model(&dir, true).expect("model available");
    dir
}

/// The real binary, pointed at the fetched model.
pub fn jobclass() -> Command {
    let dir = model_dir();
    let mut c = Command::cargo_bin("jobclass").unwrap();
    c.env("JOBCLASS_MODEL_DIR", dir);
    c
}

/// What a finished run printed on standard output.
pub fn stdout_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

/// Starts `jobclass batch - --text-column text [extra…]` as a child process
/// with piped stdin and `stdout` as given, and returns it with its stdin still
/// open: the run cannot finish before the test closes it.
pub fn start_batch(
    extra: &[&std::ffi::OsStr],
    stdout: std::process::Stdio,
) -> (std::process::Child, std::process::ChildStdin) {
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
        .env("JOBCLASS_MODEL_DIR", model_dir())
        .args(["batch", "-", "--text-column", "text"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    (child, stdin)
}

/// Sends `n` rows made by `row` (each ending in a newline) to a run started
/// with [`start_batch`], closes its input and waits for it to end. A failed
/// write is fine: the run may have ended already (closed pipe, signal).
pub fn send_rows_and_wait(
    child: std::process::Child,
    mut stdin: std::process::ChildStdin,
    n: usize,
    row: impl Fn(usize) -> String,
) -> std::process::Output {
    use std::io::Write;
    let rows: String = (0..n).map(row).collect();
    let _ = stdin.write_all(rows.as_bytes());
    drop(stdin);
    child.wait_with_output().unwrap()
}

/// Sizes of the temporary files (`.jobclass-*`) that `batch -o` writes in `dir`.
pub fn temporary_files(dir: &std::path::Path) -> Vec<u64> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".jobclass-"))
        .map(|e| e.metadata().map_or(0, |m| m.len()))
        .collect()
}

/// Waits, at most 2 minutes, until `ready` holds for the temporary files of
/// `dir` ([`temporary_files`]).
pub fn wait_for_temporary(dir: &std::path::Path, ready: impl Fn(&[u64]) -> bool) {
    let started = std::time::Instant::now();
    while !ready(&temporary_files(dir)) {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "no temporary file as expected in {} after 2 minutes",
            dir.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Runs `batch - --text-column text -o out` through `sh`, with `shell_setup`
/// (say `trap '' HUP;`) before it: sends the header, waits until the run's
/// temporary file exists (its signal handling is then in place), sends
/// `signal` (a `kill` name such as `TERM`), then `rows` rows, and waits for the
/// end.
#[cfg(unix)]
pub fn signal_batch_to_file(
    out: &std::path::Path,
    shell_setup: &str,
    signal: &str,
    rows: usize,
) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("{shell_setup} exec \"$0\" \"$@\""))
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .args(["batch", "-", "--text-column", "text", "-o"])
        .arg(out)
        .env("JOBCLASS_MODEL_DIR", model_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"text\n").unwrap();
    wait_for_temporary(out.parent().unwrap(), |sizes| !sizes.is_empty());
    let sent = Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    send_rows_and_wait(child, stdin, rows, |i| {
        format!("SRE number {i} owning SLOs and error budgets\n")
    })
}

/// `../shared/<path>` (third-party material that may not be copied into the
/// repository: the articles, the real postings), or `None` when it is not
/// beside the repository, as on a fresh clone: the calling test then returns
/// and says once, on the terminal, that it was skipped and why. Under CI
/// (`CI=true`) a missing `../shared` fails the test instead, so nothing is
/// skipped there unseen.
pub fn shared(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(path);
    if p.exists() {
        return Some(p);
    }
    skip_unless_ci(
        &format!("../shared/{path} is missing"),
        &format!(
            "../shared/{path} is not beside the repository (third-party material, not copied into it)"
        ),
    );
    None
}

/// For a test that cannot run here: under CI (`CI=true`) it fails, saying
/// `missing`; elsewhere it says on the terminal that it was skipped and
/// `why`, and the caller returns.
pub fn skip_unless_ci(missing: &str, why: &str) {
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{test}: {missing}; CI must run every test"
    );
    // Straight to stderr: the test harness captures print!/eprint! output
    // of passing tests, and a skip must be seen.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped {test}: {why}");
}

/// A folder of the project's own test material: `tests/<path>`.
pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(path)
}

/// A temporary folder to run the binary in: write its input, run it, read
/// its output back. Removed when dropped.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    /// A new, empty folder.
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// The path of `name` in the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `name` and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, contents).unwrap();
        p
    }

    /// The bytes of `name`.
    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }

    /// The text of `name`.
    pub fn read_string(&self, name: &str) -> String {
        String::from_utf8(self.read(name)).unwrap()
    }

    /// The binary run in this folder with no model to load and no way to
    /// fetch one: a run that gets past its checks fails with exit code 3.
    pub fn without_model(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::cargo_bin("jobclass").unwrap();
        c.current_dir(self.dir())
            .env("JOBCLASS_MODEL_DIR", self.path("no-model"))
            .env("JOBCLASS_PYTHON", "/nonexistent/python3");
        c
    }

    /// The real binary, run in this folder, pointed at the fetched model.
    pub fn jobclass(&self) -> Command {
        let mut c = jobclass();
        c.current_dir(self.dir.path());
        c
    }
}

/// The reference fixture: (text, input_ids, embedding) per item.
pub fn reference() -> Vec<(String, Vec<u32>, Vec<f32>)> {
    let text = std::fs::read_to_string(fixture("fixtures/minilm_reference.json"))
        .expect("tests/fixtures/minilm_reference.json");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["max_seq_length"], 256);
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|it| {
            let ids = it["input_ids"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_u64().unwrap() as u32)
                .collect();
            let emb = it["embedding"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_f64().unwrap() as f32)
                .collect();
            (it["text"].as_str().unwrap().to_string(), ids, emb)
        })
        .collect()
}

/// Largest absolute difference between two vectors.
pub fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f32::max)
}

pub const SRE_POSTING: &str = "Site Reliability Engineer\nYou will own the SLOs and error budgets of our APIs, \
join the on-call rotation, lead incident response and blameless postmortems, and plan capacity.";

/// Duties all three roles list; only the sentence naming the job differs.
pub const SHARED_DUTIES: &str = "You will run our Kubernetes clusters on AWS, write Terraform modules, \
automate routine work with Python and Bash, and set up monitoring with Prometheus and Grafana. \
Experience with Docker, Helm and a CI system such as GitLab CI is expected.";

pub fn classify_json(text: &str, extra: &[&str]) -> serde_json::Value {
    let a = jobclass()
        .args(["classify", "--json"])
        .args(extra)
        .write_stdin(text.to_string())
        .assert()
        .success();
    serde_json::from_str(&stdout_of(&a)).unwrap()
}

/// Labels by the length of the text: cheap and deterministic, so that the
/// property tests exercise the readers, writers and batch path, not the
/// model.
pub struct ByLength(pub Vec<String>);

impl ByLength {
    /// The three roles as labels.
    pub fn new() -> ByLength {
        ByLength(vec!["devops".into(), "sre".into(), "platform".into()])
    }
}

impl jobclass::pipeline::prediction::Predict for ByLength {
    fn labels(&self) -> &[String] {
        &self.0
    }
    fn predict(
        &self,
        texts: &[&str],
    ) -> jobclass::error::Result<Vec<jobclass::pipeline::prediction::Prediction>> {
        Ok(texts
            .iter()
            .map(|t| {
                let mut p = vec![0.1f32; 3];
                p[t.len() % 3] = 0.8;
                jobclass::pipeline::prediction::Prediction::from_probs(&self.0, &p)
            })
            .collect())
    }
}

/// Makes a FIFO at `path` and a thread that writes `bytes` into it once a
/// reader opens it (join it to see the writer finished).
pub fn fifo_fed_with(path: &std::path::Path, bytes: Vec<u8>) -> std::thread::JoinHandle<()> {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only reads it.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        // A reader that stops early closes the pipe: not this test's failure.
        let _ = std::io::Write::write_all(&mut f, &bytes);
    })
}

/// The binary copied into a folder that every user may enter and read, for a
/// test that runs it as another user (`nobody`): the clone may be under a
/// folder only its owner may enter, where that user could not execute it.
/// The copy is removed with the returned folder.
///
/// The copy is made by `cp`, not by this process: a file this process holds
/// open for writing is inherited by every child another test forks until it
/// executes, and the kernel refuses to run a file open for writing ("Text
/// file busy").
#[cfg(unix)]
pub fn binary_for_another_user() -> (tempfile::TempDir, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let bin = dir.path().join("jobclass");
    let copied = std::process::Command::new("cp")
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .arg(&bin)
        .status()
        .unwrap();
    assert!(copied.success(), "cp: {copied}");
    std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
    (dir, bin)
}
