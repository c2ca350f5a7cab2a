//! Output targets and exit codes: nothing an output names is destroyed (a
//! FIFO, a link, a device, an input, someone else's file), what cannot be
//! written is refused before any work, signals end every command with 130 and
//! no temporary file, and a closed standard output is an error.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::{Workdir, jobclass, model_dir, temporary_files};

/// A few examples of every label, enough for `train --folds 0`.
const EXAMPLES: &str = "text,label,source\n\
    Build CI/CD pipelines and release automation,devops,x\n\
    Automate deployments with Jenkins and GitHub Actions,devops,x\n\
    Own SLOs and error budgets and run postmortems,sre,x\n\
    Be on call for production incidents and reliability,sre,x\n\
    Build the internal developer platform and golden paths,platform,x\n\
    Run a self-service platform of paved roads for product teams,platform,x\n\
    Sell our software to enterprise customers,other,x\n\
    Design marketing campaigns for our brand,other,x\n";

/// A feed whose postings name their role as the job, two of each role, for
/// `adapt --min-examples 2`.
const FEED: &str = "id,text\n\
    1,We are hiring a Site Reliability Engineer to own SLOs and error budgets and on-call.\n\
    2,We are hiring an SRE to own SLOs and error budgets and postmortems.\n\
    3,We are hiring a DevOps Engineer to build CI/CD pipelines and release automation.\n\
    4,We are hiring a DevOps Engineer for CI/CD pipelines and deployment automation.\n\
    5,We are hiring a Platform Engineer to build the internal developer platform and golden paths.\n\
    6,We are hiring a Platform Engineer for our internal developer platform and paved roads.\n";

const POSTINGS: &str = "id,text\n1,On-call SRE owning SLOs and error budgets\n\
    2,Platform engineer building our internal developer platform\n";

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only reads it.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

fn is_fifo(p: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(p).unwrap().file_type().is_fifo()
}

/// Reads a FIFO to its end on a thread, as a downstream process would.
fn drain(p: &Path) -> std::thread::JoinHandle<Vec<u8>> {
    let p = p.to_path_buf();
    std::thread::spawn(move || std::fs::read(p).unwrap())
}

/// What the reader of `fifo` got, once the command that wrote it has ended.
/// Asserted to be a FIFO still first: a command that replaced it never
/// opened it, and the reader would wait forever.
fn drained(fifo: &Path, reader: std::thread::JoinHandle<Vec<u8>>) -> String {
    assert!(is_fifo(fifo), "the FIFO was replaced by a file");
    String::from_utf8(reader.join().unwrap()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn batch_train_and_report_write_through_a_fifo_and_keep_it() {
    let wd = Workdir::new();
    let input = wd.write("in.csv", POSTINGS);
    let fifo = wd.path("out.fifo");
    mkfifo(&fifo);

    let reader = drain(&fifo);
    jobclass()
        .args(["batch", "--text-column", "text", "-o"])
        .arg(&fifo)
        .arg(&input)
        .assert()
        .success();
    let got = drained(&fifo, reader);
    assert!(got.starts_with("id,text,label,confidence"), "{got}");
    assert_eq!(got.lines().count(), 3);

    let examples = wd.write("examples.csv", EXAMPLES);
    let reader = drain(&fifo);
    jobclass()
        .args(["train", "--folds", "0", "-o"])
        .arg(&fifo)
        .arg(&examples)
        .assert()
        .success();
    let head = drained(&fifo, reader);
    assert!(head.contains("\"labels\""), "{head}");

    let labeled = wd.write(
        "labeled.csv",
        "text,label\nOn-call SRE owning SLOs and error budgets,sre\n",
    );
    let reader = drain(&fifo);
    jobclass()
        .args(["eval", "--text-column", "text", "--label-column", "label"])
        .arg(&labeled)
        .arg("--report")
        .arg(&fifo)
        .assert()
        .success();
    let page = drained(&fifo, reader);
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..80]);
    assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());
}

#[test]
fn an_output_link_writes_its_target_and_stays_a_link() {
    let wd = Workdir::new();
    let input = wd.write("in.csv", POSTINGS);
    wd.write("target.csv", "old\n");
    let link = wd.path("link.csv");
    std::os::unix::fs::symlink("target.csv", &link).unwrap();
    jobclass()
        .args(["batch", "--text-column", "text", "-o"])
        .arg(&link)
        .arg(&input)
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced by a file"
    );
    assert!(wd.read_string("target.csv").starts_with("id,text,label,"));
}

/// A character device (here a node with /dev/null's numbers, made in a temp
/// folder) is written in place, not replaced by a regular file.
#[test]
fn a_character_device_output_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let wd = Workdir::new();
    let input = wd.write("in.csv", POSTINGS);
    let node = wd.path("null");
    let c = std::ffi::CString::new(node.to_str().unwrap()).unwrap();
    // SAFETY: a valid path; mknod only reads it.
    let made = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
    if made != 0 {
        crate::common::skip_unless_ci(
            "the right to make device nodes (root)",
            "a character device output",
        );
        return;
    }
    jobclass()
        .args(["batch", "--text-column", "text", "-o"])
        .arg(&node)
        .arg(&input)
        .assert()
        .success();
    let kind = std::fs::symlink_metadata(&node).unwrap().file_type();
    assert!(kind.is_char_device(), "the device was replaced by a file");
}

#[test]
fn train_refuses_its_own_examples_as_output() {
    let wd = Workdir::new();
    // A name that tells no format: `-o x.csv` is refused by its name first.
    let examples = wd.write("x.txt", EXAMPLES);
    for out in ["x.txt", "./x.txt"] {
        let o = jobclass()
            .current_dir(wd.dir())
            .args(["train", "x.txt", "--folds", "0", "-o", out])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("is the input"), "{}", stderr(&o));
    }
    assert_eq!(std::fs::read_to_string(examples).unwrap(), EXAMPLES);
}

#[test]
fn eval_refuses_the_file_on_standard_input_as_its_report() {
    let wd = Workdir::new();
    let labeled = "text,label\nOn-call SRE owning SLOs and error budgets,sre\n";
    // A name that tells no format (as a report, `f.csv` is refused by its
    // name first); read as CSV.
    let f = wd.write("f.txt", labeled);
    let o = Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
        .env("JOBCLASS_MODEL_DIR", model_dir())
        .args([
            "eval",
            "-",
            "--text-column",
            "text",
            "--label-column",
            "label",
        ])
        .arg("--report")
        .arg(&f)
        .stdin(std::fs::File::open(&f).unwrap())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("standard input"), "{}", stderr(&o));
    assert_eq!(wd.read_string("f.txt"), labeled);
}

#[test]
fn batch_refuses_its_head_as_output() {
    let wd = Workdir::new();
    let input = wd.write("in.csv", POSTINGS);
    let head = wd.path("h.json");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/head.json");
    std::fs::copy(&shipped, &head).unwrap();
    let before = std::fs::read(&head).unwrap();
    let o = jobclass()
        .args(["batch", "--text-column", "text", "--head"])
        .arg(&head)
        .arg("-o")
        .arg(&head)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read(&head).unwrap(), before);
}

/// Someone else's read-only file in a folder anyone may write: the shell's
/// `>` says "Permission denied", and so must `-o`, before any work (run as
/// the unprivileged user `nobody`, which needs root to arrange).
#[test]
fn an_output_this_user_may_not_write_is_refused_before_any_work() {
    use std::os::unix::fs::PermissionsExt;
    let wd = Workdir::new();
    let root = unsafe { libc::geteuid() } == 0;
    if !root || !Path::new("/usr/bin/setpriv").exists() {
        crate::common::skip_unless_ci("root and setpriv", "an output another user owns");
        return;
    }
    std::fs::set_permissions(wd.dir(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let input = wd.write("in.csv", POSTINGS);
    std::fs::set_permissions(&input, std::fs::Permissions::from_mode(0o644)).unwrap();
    let theirs = wd.write("theirs.csv", "not yours\n");
    std::fs::set_permissions(&theirs, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (_bin_dir, bin) = crate::common::binary_for_another_user();
    let o = Command::new("/usr/bin/setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&bin)
        // A model folder this user cannot use: a run that got past the check
        // would fail on it with another code.
        .args(["--model-dir", "/nonexistent/jobclass-model"])
        .args(["batch", "--text-column", "text", "-o"])
        .arg(&theirs)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("permission denied"), "{}", stderr(&o));
    assert_eq!(wd.read_string("theirs.csv"), "not yours\n");
}

#[test]
fn a_folder_or_a_missing_folder_as_output_is_refused_before_any_work() {
    let wd = Workdir::new();
    let input = wd.write("in.csv", POSTINGS);
    for out in [wd.dir().to_path_buf(), wd.path("missing/out.csv")] {
        let o = Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
            // No model: a run that got past the check would fail with 3.
            .args(["--model-dir"])
            .arg(wd.path("no-model"))
            .args(["batch", "--text-column", "text", "-o"])
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(4), "{err}");
        assert_eq!(err.lines().count(), 1, "one line, no summary: {err}");
        assert!(!wd.path("no-model").exists(), "the model was looked for");
    }
}

/// Every I/O error's cause is said once.
#[test]
fn an_io_error_is_not_repeated_in_its_message() {
    let wd = Workdir::new();
    let o = jobclass()
        .args(["batch", "--text-column", "text", "-o"])
        .arg(wd.dir())
        .arg(wd.write("in.csv", POSTINGS))
        .output()
        .unwrap();
    let err = stderr(&o);
    let cause = "it is a folder";
    assert_eq!(err.matches(cause).count(), 1, "{err}");
}

/// Runs `jobclass ARGS` through `sh` so that the shell can arrange the
/// process's descriptors and signals, `setup` first.
fn sh(setup: &str, args: &str, stdin: Stdio) -> std::process::Child {
    Command::new("sh")
        .arg("-c")
        .arg(format!("{setup} exec \"$0\" {args}"))
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .env("JOBCLASS_MODEL_DIR", model_dir())
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn a_closed_standard_output_is_an_error() {
    let wd = Workdir::new();
    let input = wd.write("in.csv", POSTINGS);
    let examples = wd.write("examples.csv", EXAMPLES);
    let labeled = wd.write(
        "labeled.csv",
        "text,label\nOn-call SRE owning SLOs and error budgets,sre\n",
    );
    let feed = wd.write("feed.csv", FEED);
    for args in [
        format!("batch {} --text-column text >&-", input.display()),
        format!("batch {} --text-column text -o - >&-", input.display()),
        format!("train {} --folds 0 -o - >&-", examples.display()),
        format!(
            "adapt {} --text-column text --min-examples 2 -o - >&-",
            feed.display()
        ),
        format!(
            "eval {} --text-column text --label-column label --report - >&-",
            labeled.display()
        ),
        "classify >&-".to_string(),
    ] {
        let child = sh("", &args, Stdio::piped());
        let mut stdin = child.stdin.as_ref().unwrap();
        use std::io::Write;
        let _ = stdin.write_all(b"On-call SRE owning SLOs");
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(4), "{args}: {}", stderr(&o));
        assert!(stderr(&o).contains("standard output"), "{}", stderr(&o));
    }
}

/// SIGTERM ends every command with 130 (interrupted), not the shell's 143,
/// and an `eval --report` leaves no temporary file.
#[test]
fn sigterm_ends_eval_train_and_batch_to_stdout_with_130() {
    let wd = Workdir::new();
    let report = wd.path("r.html");
    let runs = [
        format!(
            "eval - --text-column text --label-column label --report {}",
            report.display()
        ),
        format!("train - --folds 0 -o {}", wd.path("h.json").display()),
        "batch - --text-column text".to_string(),
    ];
    for args in runs {
        let mut child = sh("", &args, Stdio::piped());
        let mut stdin = child.stdin.take().unwrap();
        use std::io::Write;
        // The header only: the command waits for the rest of its input, its
        // signal handling in place once it has read standard input's first
        // bytes, which the test cannot see; a wait for the process to be
        // blocked reading is what can be seen.
        stdin.write_all(b"text,label\n").unwrap();
        wait_until_blocked(child.id());
        let sent = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let o = child.wait_with_output().unwrap();
        drop(stdin);
        assert_eq!(o.status.code(), Some(130), "{args}: {}", stderr(&o));
    }
    assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());
    assert!(!report.exists());
}

/// Waits until process `pid` sleeps (blocked on its input), at most 60 s.
fn wait_until_blocked(pid: u32) {
    let started = std::time::Instant::now();
    loop {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // The state follows the command name in parentheses.
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|s| s.split_whitespace().next());
        let threads = std::fs::read_dir(format!("/proc/{pid}/task")).map_or(0, |d| d.count());
        // Sleeping with ctrlc's handler thread started.
        if state == Some("S") && threads > 1 {
            return;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "process {pid} never blocked"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Two quick Ctrl-C's end `batch -o` at once; its temporary file goes too.
#[test]
fn two_quick_interrupts_leave_no_temporary_file() {
    let wd = Workdir::new();
    let out = wd.path("labeled.csv");
    let mut child = sh(
        "",
        &format!("batch - --text-column text -o {}", out.display()),
        Stdio::piped(),
    );
    let mut stdin = child.stdin.take().unwrap();
    use std::io::Write;
    stdin.write_all(b"text\n").unwrap();
    crate::common::wait_for_temporary(wd.dir(), |sizes| !sizes.is_empty());
    for _ in 0..2 {
        let sent = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let o = child.wait_with_output().unwrap();
    drop(stdin);
    assert_eq!(o.status.code(), Some(130), "{}", stderr(&o));
    assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());
    assert!(!out.exists());
}

/// A run killed outright leaves its temporary file; the next output written
/// in that folder removes it.
#[test]
fn a_killed_runs_temporary_file_is_removed_by_the_next_run() {
    let wd = Workdir::new();
    let out = wd.path("labeled.csv");
    let (mut child, mut stdin) =
        crate::common::start_batch(&["-o".as_ref(), out.as_os_str()], Stdio::null());
    use std::io::Write;
    stdin.write_all(b"text\n").unwrap();
    crate::common::wait_for_temporary(wd.dir(), |sizes| !sizes.is_empty());
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    assert_eq!(temporary_files(wd.dir()).len(), 1, "SIGKILL leaves it");
    jobclass()
        .args(["batch", "--text-column", "text", "-o"])
        .arg(&out)
        .arg(wd.write("in.csv", POSTINGS))
        .assert()
        .success();
    assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());
}

/// A posting's escape sequences (clipboard, clear screen) reach a terminal as
/// visible text; a pipe still gets the bytes as they are. `script` (util-linux)
/// gives the command a terminal.
#[test]
fn control_characters_are_escaped_on_a_terminal() {
    let wd = Workdir::new();
    let posting = "Site Reliability Engineer \x1b]52;c;aGVsbG8=\x07 owning SLOs.\n\
                   \x1b[2JYou will run postmortems.\n";
    let file = wd.write("posting.txt", posting);
    let typescript = wd.path("typescript");
    let o = Command::new("script")
        .args(["-q", "-e", "-c"])
        .arg(format!(
            "{} classify --explain < {}",
            assert_cmd::cargo::cargo_bin("jobclass").display(),
            file.display()
        ))
        .arg(&typescript)
        .env("JOBCLASS_MODEL_DIR", model_dir())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let shown = String::from_utf8_lossy(&o.stdout);
    assert!(shown.contains("\\x1b]52;"), "{shown}");
    assert!(!shown.contains('\x1b'), "{shown:?}");
    // Through a pipe the text is unchanged.
    let piped = jobclass()
        .args(["classify", "--explain"])
        .write_stdin(posting)
        .assert()
        .success();
    assert!(crate::common::stdout_of(&piped).contains("\x1b[2J"));
}

/// A system that will not start the threads asked for is the system's
/// failure (5), not an output error (4).
#[test]
fn a_thread_pool_that_cannot_start_exits_5() {
    let root = unsafe { libc::geteuid() } == 0;
    if !root || !Path::new("/usr/bin/setpriv").exists() || !Path::new("/usr/bin/prlimit").exists() {
        crate::common::skip_unless_ci("root, setpriv and prlimit", "a thread pool refused");
        return;
    }
    // As `nobody` with at most one process (thread) of its own, from a copy
    // of the binary that user may execute wherever the clone is.
    let (_bin_dir, bin) = crate::common::binary_for_another_user();
    let o = Command::new("/usr/bin/setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .args(["/usr/bin/prlimit", "--nproc=1"])
        .arg(&bin)
        .args([
            "--threads",
            "2",
            "--model-dir",
            "/nonexistent/jobclass-model",
        ])
        .args(["classify"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("thread pool"), "{}", stderr(&o));
}

/// A write that fails (here the file-size limit, `ulimit -f`, with SIGXFSZ
/// ignored so that the write returns EFBIG) is an output error, exit 4, in
/// CSV and JSON Lines alike, to a file or to standard output.
#[test]
fn a_failed_write_exits_4_in_every_format() {
    let wd = Workdir::new();
    // Rows long enough that a group of them overflows the CSV writer's own
    // buffer, which then fails inside a record's write rather than a flush.
    let duties = "owning SLOs and error budgets and incident response and postmortems ".repeat(6);
    let rows: String = (0..60)
        .map(|i| format!("{i},On-call SRE number {i} {duties}\n"))
        .collect();
    let csv = wd.write("in.csv", format!("id,text\n{rows}"));
    let jsonl: String = (0..60)
        .map(|i| {
            format!("{{\"id\":{i},\"text\":\"Platform engineer {i} building golden paths\"}}\n")
        })
        .collect();
    let jsonl = wd.write("in.jsonl", jsonl);
    for input in [&csv, &jsonl] {
        for to in ["-o {out}", "> {out}"] {
            let out = wd.path("out");
            let args = format!("batch {} --text-column text {}", input.display(), to)
                .replace("{out}", &out.display().to_string());
            let o = sh("trap '' XFSZ; ulimit -f 1;", &args, Stdio::null())
                .wait_with_output()
                .unwrap();
            assert_eq!(o.status.code(), Some(4), "{args}: {}", stderr(&o));
            assert!(stderr(&o).contains("File too large"), "{}", stderr(&o));
            // The file is named, not called "the output".
            if to.starts_with("-o") {
                let named = format!("cannot write {}", out.display());
                assert!(stderr(&o).contains(&named), "{}", stderr(&o));
            }
        }
    }
}

/// `train` reads its examples once: from a FIFO (which can be read only
/// once) it trains and records the sha256 of what it read.
#[test]
fn train_reads_a_fifo_once_and_records_what_it_read() {
    let wd = Workdir::new();
    let fifo = wd.path("examples.fifo");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, EXAMPLES).unwrap())
    };
    let head = wd.path("h.json");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
        .env("JOBCLASS_MODEL_DIR", model_dir())
        .args(["train", "--folds", "0", "-o"])
        .arg(&head)
        .arg(&fifo)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().unwrap();
            panic!("train waited for a second reading of the FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    writer.join().unwrap();
    assert!(status.success());
    let head: serde_json::Value = serde_json::from_str(&wd.read_string("h.json")).unwrap();
    let sha = jobclass::io::sha256_bytes(EXAMPLES.as_bytes());
    assert_eq!(head["training"]["data_sha256"], sha.as_str(), "{head}");
}

/// `-o` and `--adapter-output` naming one file however spelled (here through
/// `..` and a link) are refused before the fine-tuning: the head would
/// otherwise be written over the adapter just made.
#[test]
fn train_refuses_one_file_for_head_and_adapter() {
    let wd = Workdir::new();
    wd.write("examples.csv", EXAMPLES);
    std::fs::create_dir(wd.path("sub")).unwrap();
    std::os::unix::fs::symlink("out.bin", wd.path("link.bin")).unwrap();
    for (head, adapter) in [("sub/../out.bin", "out.bin"), ("link.bin", "out.bin")] {
        let o = jobclass()
            .current_dir(wd.dir())
            .args([
                "train",
                "examples.csv",
                "--folds",
                "0",
                "--finetune",
                "--steps",
                "1",
            ])
            .args(["-o", head, "--adapter-output", adapter])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{head} {adapter}: {}", stderr(&o));
        assert!(stderr(&o).contains("the same file"), "{}", stderr(&o));
        assert!(!wd.path("out.bin").exists());
    }
}

/// `batch` writes the format it reads: an output named as another format
/// (`in.csv -o out.parquet`) is refused before any work (here the model
/// cannot even be found), naming the output to give; an output named as the
/// input's format, or as none, is written.
#[test]
fn an_output_named_as_another_format_than_the_input_is_refused() {
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    let jsonl = "{\"id\":1,\"text\":\"On-call SRE owning SLOs and error budgets\"}\n";
    wd.write("in.jsonl", jsonl);
    wd.write("in.txt", jsonl);
    for (input, out, says) in [
        (
            "in.csv",
            "out.parquet",
            "names a Parquet file, but batch writes the format it reads, here CSV",
        ),
        (
            "in.csv",
            "out.jsonl",
            "names a JSON Lines file, but batch writes the format it reads, here CSV",
        ),
        ("in.csv", "out.NDJSON", "names a JSON Lines file"),
        (
            "in.jsonl",
            "out.csv",
            "names a CSV file, but batch writes the format it reads, here JSON Lines",
        ),
        ("in.jsonl", "out.parquet", "names a Parquet file"),
        ("-", "out.jsonl", "here CSV"),
        // --format is the input's format.
        ("in.txt", "out.csv", "here JSON Lines"),
    ] {
        let o = wd
            .without_model()
            .args(["batch", input, "--text-column", "text", "-o", out])
            .args(if input == "in.txt" {
                &["--format", "jsonl"][..]
            } else {
                &[]
            })
            .write_stdin("")
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{input} -o {out}: {err}");
        assert!(err.contains(says), "{input} -o {out}: {err}");
        assert!(err.contains("name the output out."), "{err}");
        // The hint to give --format is not given to whoever gave it.
        assert_eq!(
            err.contains("say so with --format"),
            input != "in.txt",
            "{input} -o {out}: {err}"
        );
        assert!(!wd.path(out).exists());
    }
    assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());

    // The same format under another name, a name that tells none, and
    // --format telling what a name does not: written, in the input's format.
    for (input, out, extra) in [
        ("in.jsonl", "out.ndjson", &[][..]),
        ("in.csv", "out.txt", &[][..]),
        ("in.csv", "out.CSV", &[][..]),
        ("in.txt", "out.jsonl", &["--format", "jsonl"][..]),
    ] {
        wd.jobclass()
            .args(["batch", input, "--text-column", "text", "-o", out])
            .args(extra)
            .assert()
            .success();
        let written = wd.read_string(out);
        let first = written.lines().next().unwrap();
        if input == "in.csv" {
            assert!(first.starts_with("id,text,label,"), "{out}: {first}");
        } else {
            assert!(first.starts_with("{\"id\":1,"), "{out}: {first}");
        }
    }
}

/// `-o -` is standard output, as `-` is standard input: no file named `-`.
#[test]
fn batch_dash_output_is_standard_output() {
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    let run = |extra: &[&str]| {
        let o = wd
            .jobclass()
            .args(["batch", "in.csv", "--text-column", "text"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        o.stdout
    };
    let plain = run(&[]);
    assert!(!plain.is_empty());
    assert_eq!(run(&["-o", "-"]), plain);
    assert!(!wd.path("-").exists(), "a file named - was written");
}

/// Whether this process is root and has setpriv to run the binary as
/// `nobody`; otherwise the caller says it is skipped and returns.
fn root_with_setpriv(why: &str) -> bool {
    let root = unsafe { libc::geteuid() } == 0;
    if !root || !Path::new("/usr/bin/setpriv").exists() {
        crate::common::skip_unless_ci("root and setpriv", why);
        return false;
    }
    true
}

/// In a folder with the sticky bit (as /tmp), only a file's owner (or the
/// folder's, or root) may replace it, even when anyone may write it: the
/// rename at the end would be refused, so the run is refused before any work
/// (here no model could be loaded: a run past the check would exit 3), and
/// the file is left as it was.
#[test]
fn another_users_file_in_a_sticky_folder_is_refused_before_any_work() {
    use std::os::unix::fs::PermissionsExt;
    if !root_with_setpriv("another user's file in a sticky folder") {
        return;
    }
    let wd = Workdir::new();
    std::fs::set_permissions(wd.dir(), std::fs::Permissions::from_mode(0o1777)).unwrap();
    let input = wd.write("in.csv", POSTINGS);
    std::fs::set_permissions(&input, std::fs::Permissions::from_mode(0o644)).unwrap();
    // Root's, and anyone may write it.
    let theirs = wd.write("theirs.csv", "not yours\n");
    std::fs::set_permissions(&theirs, std::fs::Permissions::from_mode(0o666)).unwrap();
    let (_bin_dir, bin) = crate::common::binary_for_another_user();
    let o = Command::new("/usr/bin/setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&bin)
        .args(["--model-dir", "/nonexistent/jobclass-model"])
        .args(["batch", "--text-column", "text", "-o", "theirs.csv"])
        .arg(&input)
        .current_dir(wd.dir())
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(err.contains("sticky"), "{err}");
    // The folder by its full name, not `.`.
    let folder = std::fs::canonicalize(wd.dir()).unwrap();
    assert!(err.contains(&format!("({})", folder.display())), "{err}");
    assert_eq!(wd.read_string("theirs.csv"), "not yours\n");
    assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());
}

/// A name ending in `/` names a folder: refused before any work, saying
/// whether the folder is missing or the name is a file's.
#[test]
fn a_name_ending_in_a_slash_is_refused_before_any_work() {
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    wd.write("file", "kept\n");
    for (out, says) in [
        ("newdir/", "the folder newdir does not exist"),
        ("file/", "file is not a folder"),
    ] {
        let o = wd
            .without_model()
            .args(["batch", "in.csv", "--text-column", "text", "-o", out])
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(4), "{out}: {err}");
        assert!(err.contains(says), "{out}: {err}");
    }
    assert!(!wd.path("newdir").exists());
    assert_eq!(wd.read_string("file"), "kept\n");
    assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());
}

/// A Unix socket no program listens on is refused before any work; one a
/// program listens on gets the output.
#[test]
fn a_socket_is_connected_to_before_any_work() {
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    let sock = wd.path("out.sock");
    drop(std::os::unix::net::UnixListener::bind(&sock).unwrap());
    let o = wd
        .without_model()
        .args(["batch", "in.csv", "--text-column", "text", "-o", "out.sock"])
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(err.contains("no program listens"), "{err}");

    std::fs::remove_file(&sock).unwrap();
    let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let reader = std::thread::spawn(move || {
        // The check's connection, closed at once, then the output's.
        let (mut probe, _) = listener.accept().unwrap();
        let mut nothing = String::new();
        std::io::Read::read_to_string(&mut probe, &mut nothing).unwrap();
        assert_eq!(nothing, "");
        let (mut stream, _) = listener.accept().unwrap();
        let mut got = String::new();
        std::io::Read::read_to_string(&mut stream, &mut got).unwrap();
        got
    });
    wd.jobclass()
        .args(["batch", "in.csv", "--text-column", "text", "-o", "out.sock"])
        .assert()
        .success();
    let got = reader.join().unwrap();
    assert!(got.starts_with("id,text,label,"), "{got}");
}

/// The file-size limit (`ulimit -f`) with SIGXFSZ at its default, which
/// would kill the process: the write fails instead, exit 4, and the
/// temporary file is removed; the output file is left as it was.
#[test]
fn a_file_size_limit_exits_4_and_leaves_no_temporary_file() {
    let wd = Workdir::new();
    // More than the limit's one block (512 or 1024 bytes) of output.
    let rows: String = (0..40)
        .map(|i| format!("{i},On-call SRE number {i} owning SLOs and error budgets\n"))
        .collect();
    let input = wd.write("in.csv", format!("id,text\n{rows}"));
    let examples = wd.write("examples.csv", EXAMPLES);
    let out = wd.write("out", "old\n");
    for args in [
        format!(
            "batch {} --text-column text -o {}",
            input.display(),
            out.display()
        ),
        format!(
            "train {} --folds 0 -o {}",
            examples.display(),
            out.display()
        ),
    ] {
        let o = sh("ulimit -f 1;", &args, Stdio::null())
            .wait_with_output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(4),
            "{args}: {:?} {}",
            o.status,
            stderr(&o)
        );
        assert!(stderr(&o).contains("File too large"), "{}", stderr(&o));
        let named = format!("cannot write {}", out.display());
        assert!(stderr(&o).contains(&named), "{}", stderr(&o));
        assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new(), "{args}");
        assert_eq!(wd.read_string("out"), "old\n");
    }
}

/// Waits for `child`, at most 2 minutes (a guard: a run that waits for itself
/// would never end), and returns what it wrote on stderr and its code.
fn wait_or_kill(mut child: std::process::Child, what: &str) -> (Option<i32>, String) {
    let started = std::time::Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            let o = child.wait_with_output().unwrap();
            return (o.status.code(), stderr(&o));
        }
        if started.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("{what}: still running after 2 minutes");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// One FIFO as input and output (named, or on standard input) would wait for
/// itself: refused as any input named as the output is (exit 2).
#[test]
fn one_fifo_as_input_and_output_is_refused() {
    let wd = Workdir::new();
    let fifo = wd.path("both.fifo");
    mkfifo(&fifo);
    let named = Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
        .env("JOBCLASS_MODEL_DIR", wd.path("no-model"))
        .args(["batch", "--text-column", "text", "-o"])
        .arg(&fifo)
        .arg(&fifo)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (code, err) = wait_or_kill(named, "batch FIFO -o FIFO");
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("is the input file"), "{err}");
    // Opened for reading and writing: the open does not wait for a writer.
    let stdin = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fifo)
        .unwrap();
    let on_stdin = Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
        .env("JOBCLASS_MODEL_DIR", wd.path("no-model"))
        .args(["batch", "-", "--text-column", "text", "-o"])
        .arg(&fifo)
        .stdin(stdin)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (code, err) = wait_or_kill(on_stdin, "batch - -o FIFO < FIFO");
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("standard input"), "{err}");
    assert!(is_fifo(&fifo));
}

/// `-o -` (and `eval --report -`) is standard output for every command that
/// has an output, with no file named `-`.
#[test]
fn dash_is_standard_output_for_every_command() {
    let wd = Workdir::new();
    wd.write("examples.csv", EXAMPLES);
    wd.write("feed.csv", FEED);
    wd.write(
        "labeled.csv",
        "text,label\nOn-call SRE owning SLOs and error budgets,sre\n",
    );
    let out = |args: &[&str]| {
        let o = wd.jobclass().args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(
            !wd.path("-").exists(),
            "{args:?}: a file named - was written"
        );
        (String::from_utf8(o.stdout.clone()).unwrap(), stderr(&o))
    };
    let (head, _) = out(&["train", "examples.csv", "--folds", "0", "-o", "-"]);
    let head: serde_json::Value = serde_json::from_str(&head).unwrap();
    assert!(head["labels"].is_array(), "{head}");
    let (feed, _) = out(&[
        "adapt",
        "feed.csv",
        "--text-column",
        "text",
        "--min-examples",
        "2",
        "-o",
        "-",
    ]);
    let feed: serde_json::Value = serde_json::from_str(&feed).unwrap();
    assert!(feed.is_object(), "{feed}");
    let (page, summary) = out(&[
        "eval",
        "labeled.csv",
        "--text-column",
        "text",
        "--label-column",
        "label",
        "--report",
        "-",
    ]);
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..80]);
    // The text report goes to stderr, out of the page's way.
    assert!(summary.contains("accuracy"), "{summary}");
    // Both on standard output would be one unreadable stream.
    let o = wd
        .without_model()
        .args(["eval", "labeled.csv", "--text-column", "text"])
        .args(["--label-column", "label", "--json", "--report", "-"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--json"), "{}", stderr(&o));
}

/// Every output is named by one rule: a name that tells another format than
/// the one written is refused before any work (exit 2) with the name to give;
/// a name that tells none is written.
#[test]
fn an_output_named_as_another_format_is_refused_by_every_command() {
    let wd = Workdir::new();
    wd.write("examples.csv", EXAMPLES);
    wd.write("feed.csv", FEED);
    wd.write("labeled.csv", "text,label\nOn-call SRE,sre\n");
    let train = ["train", "examples.csv", "--folds", "0"];
    let eval = [
        "eval",
        "labeled.csv",
        "--text-column",
        "text",
        "--label-column",
        "label",
    ];
    let adapt = [
        "adapt",
        "feed.csv",
        "--text-column",
        "text",
        "--min-examples",
        "2",
    ];
    let finetune = [
        "train",
        "examples.csv",
        "--folds",
        "0",
        "--finetune",
        "-o",
        "h.json",
    ];
    for (command, flag, out, says) in [
        (&train[..], "-o", "head.csv", "name the output head.json"),
        (&train[..], "-o", "head.html", "name the output head.json"),
        (
            &eval[..],
            "--report",
            "report.json",
            "name the output report.html",
        ),
        (
            &eval[..],
            "--report",
            "report.parquet",
            "name the output report.html",
        ),
        (
            &adapt[..],
            "-o",
            "feed.parquet",
            "name the output feed.json",
        ),
        (&adapt[..], "-o", "feed.jsonl", "name the output feed.json"),
        (
            &finetune[..],
            "--adapter-output",
            "a.json",
            "name the output a.safetensors",
        ),
    ] {
        let o = wd
            .without_model()
            .args(command)
            .args([flag, out])
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{command:?} {flag} {out}: {err}");
        assert!(err.contains(says), "{command:?} {flag} {out}: {err}");
        assert!(err.contains(&format!("{flag} {out} names a")), "{err}");
        assert!(!wd.path(out).exists());
    }
    // A name that tells no format.
    wd.jobclass()
        .args(adapt)
        .args(["-o", "feed.txt"])
        .assert()
        .success();
    assert!(wd.read_string("feed.txt").starts_with('{'));
    // An input under such a name is still refused as an output.
    wd.write("input.txt", FEED);
    let o = wd
        .without_model()
        .args([
            "adapt",
            "input.txt",
            "--text-column",
            "text",
            "-o",
            "./input.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is the input"), "{}", stderr(&o));
    assert_eq!(wd.read_string("input.txt"), FEED);
}

/// Root replacing another user's file keeps its owner, group and mode, as
/// the shell's `>` would.
#[test]
fn a_replaced_file_keeps_its_owner_group_and_mode() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    if unsafe { libc::geteuid() } != 0 {
        crate::common::skip_unless_ci("root", "a file of another user replaced");
        return;
    }
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    wd.write("examples.csv", EXAMPLES);
    for (args, out) in [
        (&["batch", "in.csv", "--text-column", "text"][..], "out.csv"),
        (&["train", "examples.csv", "--folds", "0"][..], "h.json"),
    ] {
        let path = wd.write(out, "old\n");
        std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        wd.jobclass()
            .args(args)
            .args(["-o", out])
            .assert()
            .success();
        let meta = std::fs::metadata(&path).unwrap();
        assert_ne!(wd.read_string(out), "old\n");
        assert_eq!((meta.uid(), meta.gid()), (65534, 65534), "{out}");
        assert_eq!(meta.permissions().mode() & 0o7777, 0o640, "{out}");
    }
}

/// The binary as a `std` command run in `wd`, with the fetched model or
/// none, for a test that arranges its descriptors.
fn std_command(wd: &Workdir, model: bool) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("jobclass"));
    c.current_dir(wd.dir()).env(
        "JOBCLASS_MODEL_DIR",
        if model {
            model_dir()
        } else {
            wd.path("no-model")
        },
    );
    if !model {
        c.env("JOBCLASS_PYTHON", "/nonexistent/python3");
    }
    c
}

/// Standard output opened on `file` for appending, as `>> file` does.
fn appending_to(file: &Path) -> std::fs::File {
    std::fs::OpenOptions::new().append(true).open(file).unwrap()
}

/// `-o /dev/stdout` (and `/proc/self/fd/1`) is the standard output the shell
/// gave: written through in place, so `>> all.csv` appends to it and keeps
/// what it had.
#[test]
fn dev_stdout_appended_to_a_file_keeps_its_content() {
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    for name in ["/dev/stdout", "/proc/self/fd/1"] {
        let all = wd.write("all.csv", "earlier\n");
        let o = std_command(&wd, true)
            .args(["batch", "in.csv", "--text-column", "text", "-o", name])
            .stdout(Stdio::from(appending_to(&all)))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let got = wd.read_string("all.csv");
        assert!(got.starts_with("earlier\nid,text,label,"), "{name}: {got}");
        assert_eq!(got.lines().count(), 4, "{name}: {got}");
        assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());
    }
}

/// A descriptor the shell opened (`-o >(cmd)` is `/dev/fd/63`) is written
/// through in place, a pipe as any other; `--report /dev/stdout` is standard
/// output, refused with `--json` as `--report -` is.
#[test]
fn a_pipe_named_by_its_descriptor_is_written_in_place() {
    let wd = Workdir::new();
    let input = wd.write("in.csv", POSTINGS);
    let o = sh(
        "",
        &format!(
            "batch {} --text-column text -o /dev/fd/3 3>&1",
            input.display()
        ),
        Stdio::null(),
    )
    .wait_with_output()
    .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let got = String::from_utf8(o.stdout).unwrap();
    assert!(got.starts_with("id,text,label,"), "{got}");
    assert_eq!(got.lines().count(), 3, "{got}");

    wd.write("labeled.csv", "text,label\nOn-call SRE,sre\n");
    for name in ["/dev/stdout", "/proc/self/fd/1"] {
        let o = std_command(&wd, false)
            .args(["eval", "labeled.csv", "--text-column", "text"])
            .args(["--label-column", "label", "--json", "--report", name])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains("--json"), "{}", stderr(&o));
    }
}

/// Standard output appended to the input (`>> in.csv`, with or without
/// `-o -`) would read its own rows: refused as a named output would be.
#[test]
fn standard_output_onto_the_input_is_refused() {
    let wd = Workdir::new();
    let input = wd.write("in.csv", POSTINGS);
    for extra in [&[][..], &["-o", "-"][..], &["-o", "/dev/stdout"][..]] {
        let o = std_command(&wd, false)
            .args(["batch", "in.csv", "--text-column", "text"])
            .args(extra)
            .stdout(Stdio::from(appending_to(&input)))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{extra:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("in.csv"), "{}", stderr(&o));
        assert_eq!(wd.read_string("in.csv"), POSTINGS);
    }
}

/// In a user namespace (`unshare -r`) the file's owner may be one the
/// namespace does not map, which fchown refuses (EINVAL): the file is still
/// written, its owner kept as far as the system allows.
#[test]
fn a_file_of_an_unmapped_owner_is_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let root = unsafe { libc::geteuid() } == 0;
    let unshare = Command::new("unshare")
        .args(["-r", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !root || !unshare {
        crate::common::skip_unless_ci("root and unshare -r", "an owner fchown refuses");
        return;
    }
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    let out = wd.write("out.csv", "old\n");
    std::os::unix::fs::chown(&out, Some(4321), Some(4321)).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o666)).unwrap();
    let o = Command::new("unshare")
        .arg("-r")
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .args(["batch", "in.csv", "--text-column", "text", "-o", "out.csv"])
        .current_dir(wd.dir())
        .env("JOBCLASS_MODEL_DIR", model_dir())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(wd.read_string("out.csv").starts_with("id,text,label,"));
    assert_eq!(temporary_files(wd.dir()), Vec::<u64>::new());
}

/// A reader that goes away is a success only when standard output is the
/// last thing written: `eval --report - | head -1` would lose the text
/// report, `train --adapter-output - -o h.json` the head.
#[test]
fn a_closed_pipe_before_the_last_output_exits_4() {
    let wd = Workdir::new();
    wd.write("examples.csv", EXAMPLES);
    wd.write(
        "labeled.csv",
        "text,label\nOn-call SRE owning SLOs and error budgets,sre\n",
    );
    for args in [
        "eval labeled.csv --text-column text --label-column label --report -",
        "train examples.csv --folds 0 --finetune --steps 1 --adapter-output - -o h.json",
    ] {
        let mut child = std_command(&wd, true)
            .args(args.split(' '))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(4), "{args}: {}", stderr(&o));
        assert!(stderr(&o).contains("standard output"), "{}", stderr(&o));
    }
    assert!(!wd.path("h.json").exists());
}

/// A new pseudo-terminal: its master and slave ends, or `None` where none
/// can be opened.
fn pseudo_terminal() -> Option<(std::os::fd::OwnedFd, std::os::fd::OwnedFd)> {
    use std::os::fd::FromRawFd;
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty writes the two descriptors; the rest may be null.
    let made = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    // SAFETY: both were just opened and are owned here only.
    (made == 0).then(|| unsafe {
        (
            std::os::fd::OwnedFd::from_raw_fd(master),
            std::os::fd::OwnedFd::from_raw_fd(slave),
        )
    })
}

/// A terminal named by a path (here the descriptor it is open on) gets what
/// standard output on a terminal gets: control characters escaped, a binary
/// format refused.
#[test]
fn a_terminal_named_by_path_is_escaped_and_refuses_binary() {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    let Some((master, slave)) = pseudo_terminal() else {
        crate::common::skip_unless_ci("a pseudo-terminal", "a terminal named by path");
        return;
    };
    let wd = Workdir::new();
    wd.write(
        "in.csv",
        "id,text\n1,On-call SRE \x1b]52;c;aGk=\x07 owning SLOs\n",
    );
    let run = |extra: &[&str]| {
        let fd = slave.as_raw_fd();
        let mut c = std_command(&wd, true);
        c.args(["batch", "--text-column", "text", "-o", "/dev/fd/3"])
            .args(extra)
            .stdin(Stdio::null());
        // SAFETY: dup2 is async-signal-safe.
        unsafe {
            c.pre_exec(move || {
                if libc::dup2(fd, 3) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        c.output().unwrap()
    };
    let o = run(&["in.csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    drop(slave);
    let mut shown = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        // SAFETY: reads into a buffer of that size; ends at EIO (no writer).
        let n = unsafe { libc::read(master.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            break;
        }
        shown.extend_from_slice(&buf[..n as usize]);
    }
    let shown = String::from_utf8_lossy(&shown);
    assert!(shown.contains("\\x1b]52;"), "{shown:?}");
    assert!(!shown.contains('\x1b'), "{shown:?}");
}

/// The same with a binary format, on a terminal of its own.
#[test]
fn a_binary_format_to_a_terminal_named_by_path_is_refused() {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    let Some((_master, slave)) = pseudo_terminal() else {
        crate::common::skip_unless_ci("a pseudo-terminal", "a terminal named by path");
        return;
    };
    let wd = Workdir::new();
    // Refused before the input is read: it need not exist.
    let fd = slave.as_raw_fd();
    let mut c = std_command(&wd, false);
    c.args(["batch", "--text-column", "text"])
        .args(["-o", "/dev/fd/3", "in.parquet"]);
    // SAFETY: dup2 is async-signal-safe.
    unsafe {
        c.pre_exec(move || {
            if libc::dup2(fd, 3) == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let o = c.output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("binary"), "{}", stderr(&o));
    assert!(stderr(&o).contains("-o FILE"), "{}", stderr(&o));
}

/// A socket is connected to once at the check, and closed at once; the
/// output is written through a new connection. A listener gone by then is
/// an error, not a silent success.
#[test]
fn a_socket_listener_gone_before_the_write_is_an_error() {
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    let sock = wd.path("out.sock");
    let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let probe = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut got = String::new();
        std::io::Read::read_to_string(&mut stream, &mut got).unwrap();
        // The listener closes here, before the write.
        got
    });
    let o = std_command(&wd, true)
        .args(["batch", "in.csv", "--text-column", "text", "-o", "out.sock"])
        .output()
        .unwrap();
    assert_eq!(probe.join().unwrap(), "", "the check's connection is empty");
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("out.sock"), "{}", stderr(&o));
}

/// A FIFO's reader is not left waiting when the run fails before writing: it
/// gets an end of file.
#[test]
fn a_fifos_reader_gets_an_end_of_file_when_the_run_fails() {
    let wd = Workdir::new();
    wd.write("in.csv", POSTINGS);
    let fifo = wd.path("out.fifo");
    mkfifo(&fifo);
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || tx.send(std::fs::read(fifo).unwrap()).unwrap());
    }
    // The reader opens the FIFO first (its open waits for a writer).
    std::thread::sleep(std::time::Duration::from_millis(200));
    let o = std_command(&wd, false)
        .args(["batch", "in.csv", "--text-column", "text", "-o", "out.fifo"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the FIFO's reader still waits");
    assert!(got.is_empty());
    assert!(is_fifo(&fifo));
}

/// Head and adapter both on standard output are refused in those words,
/// however standard output is named.
#[test]
fn train_refuses_head_and_adapter_both_on_standard_output() {
    let wd = Workdir::new();
    wd.write("examples.csv", EXAMPLES);
    for head in ["-", "/dev/stdout"] {
        let o = std_command(&wd, false)
            .args(["train", "examples.csv", "--finetune", "--steps", "1"])
            .args(["-o", head, "--adapter-output", "-"])
            .stdout(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{head}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("both go to standard output"),
            "{}",
            stderr(&o)
        );
    }
}

/// On a terminal, the refusal of a binary output names the flag that gave it.
#[test]
fn the_binary_on_a_terminal_refusal_names_its_flag() {
    let wd = Workdir::new();
    wd.write("examples.csv", EXAMPLES);
    let typescript = wd.path("typescript");
    let o = Command::new("script")
        .args(["-q", "-e", "-c"])
        .arg(format!(
            "{} train examples.csv --finetune --steps 1 -o h.json --adapter-output -",
            assert_cmd::cargo::cargo_bin("jobclass").display(),
        ))
        .arg(&typescript)
        .current_dir(wd.dir())
        .env("JOBCLASS_MODEL_DIR", wd.path("no-model"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(2), "{shown}");
    assert!(shown.contains("give --adapter-output FILE"), "{shown}");
}
