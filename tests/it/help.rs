//! `--help` of every command, and what an unknown flag gets.

use crate::common::stdout_of;

/// The commands that do the work, in the order `--help` lists them.
const COMMANDS: [&str; 9] = [
    "classify",
    "batch",
    "adapt",
    "eval",
    "train",
    "embed",
    "serve",
    "fetch-model",
    "doctor",
];

#[test]
fn help_teaches_commands_and_exit_codes() {
    let a = assert_cmd::Command::cargo_bin("jobclass")
        .unwrap()
        .arg("--help")
        .assert()
        .success();
    let out = stdout_of(&a);
    for s in COMMANDS.into_iter().chain(["Exit codes:", "Examples:"]) {
        assert!(out.contains(s), "--help lacks {s}");
    }
    assert_cmd::Command::cargo_bin("jobclass")
        .unwrap()
        .arg("--bogus")
        .assert()
        .code(2);
}

/// The help text of `jobclass [command] --help`, wrapped at 100 columns.
fn help_of(command: &[&str]) -> String {
    let a = assert_cmd::Command::cargo_bin("jobclass")
        .unwrap()
        .args(command)
        .arg("--help")
        .env("COLUMNS", "100")
        .assert()
        .success();
    stdout_of(&a)
}

#[test]
fn help_of_every_command_snapshot() {
    insta::assert_snapshot!("help", help_of(&[]));
    for command in COMMANDS {
        insta::assert_snapshot!(format!("help_{command}"), help_of(&[command]));
    }
}

/// The defaults `--help` and docs/cli.md name for `--precision` are the ones
/// the commands use.
#[test]
fn help_and_docs_name_the_precision_defaults() {
    use jobclass::model::precision::Precision;
    let (labelling, embedding) = (Precision::LABELLING_DEFAULT, Precision::EMBEDDING_DEFAULT);
    let help = help_of(&["classify"]);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    let said = format!(
        "[default: {labelling} for classify, batch, eval and serve; {embedding} for embed and train]"
    );
    assert!(help.contains(&said), "--help lacks {said}");
    let docs = include_str!("../../docs/cli.md");
    for (precision, commands) in [
        (labelling, "`classify`, `batch`, `eval`, `serve`"),
        (embedding, "`embed`, `train`"),
    ] {
        let row = docs
            .lines()
            .find(|l| l.starts_with(&format!("| `{precision}` |")))
            .unwrap_or_else(|| panic!("docs/cli.md has no row for {precision}"));
        assert!(
            row.ends_with(&format!("| {commands} |")),
            "docs/cli.md says {row}, not that {precision} is the default for {commands}"
        );
    }
}

/// The command table at the top of docs/cli.md lists every command `jobclass --help` lists (but
/// clap's own `help`), in the same order.
#[test]
fn docs_command_table_lists_every_command() {
    let help = help_of(&[]);
    let commands: Vec<&str> = help
        .split("\nCommands:\n")
        .nth(1)
        .expect("--help has a Commands section")
        .lines()
        .take_while(|l| !l.is_empty())
        // A command's name is indented by two spaces; a wrapped description, by more.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|&c| c != "help")
        .collect();
    let doc = include_str!("../../docs/cli.md");
    let table: Vec<&str> = doc
        .lines()
        .skip_while(|&l| l != "| command | what it does |")
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            l.split('`')
                .nth(1)
                .expect("a row names its command in backquotes")
        })
        .collect();
    assert_eq!(
        table, commands,
        "docs/cli.md's command table against `jobclass --help`"
    );
}

#[test]
fn bash_completion_completes_subcommands_and_flags() {
    let script = crate::common::stdout_of(
        &crate::common::jobclass()
            .args(["completions", "bash"])
            .assert()
            .success(),
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobclass.bash");
    std::fs::write(&path, script).unwrap();
    // Called as bash calls it: the command, the word being completed, the one before.
    let complete = |words: &str, cword: usize| {
        let w: Vec<&str> = words.split(' ').collect();
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source '{}'; COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{words}'; \
                 COMP_POINT=${{#COMP_LINE}}; _jobclass jobclass '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                path.display(),
                w[cword],
                w[cword - 1]
            ))
            .output()
            .expect("bash runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(complete("jobclass ba", 1).trim(), "batch");
    let flags = complete("jobclass classify --enc", 2);
    assert_eq!(flags.trim(), "--encoder", "{flags}");
    for shell in ["zsh", "fish", "powershell"] {
        let s = crate::common::stdout_of(
            &crate::common::jobclass()
                .args(["completions", shell])
                .assert()
                .success(),
        );
        assert!(s.contains("batch") && s.contains("text-column"), "{shell}");
    }
    crate::common::jobclass()
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn man_page_lists_every_command() {
    let page = crate::common::stdout_of(&crate::common::jobclass().arg("man").assert().success());
    assert!(
        page.starts_with(".ie") || page.contains(".TH jobclass"),
        "{}",
        &page[..200]
    );
    // roff escapes the hyphen.
    let escaped = COMMANDS.map(|c| c.replace('-', r"\-"));
    for command in escaped.iter().map(String::as_str).chain(["completions"]) {
        assert!(page.contains(command), "{command} missing");
    }
}

/// Renamed flags keep their old spelling: scripts written for it still run.
#[test]
fn renamed_flags_keep_their_old_spelling() {
    crate::common::jobclass()
        .args([
            "--engine",
            "fast",
            "--batch-size",
            "4",
            "classify",
            "--no-cache",
        ])
        .write_stdin("On-call SRE owning SLOs and error budgets")
        .assert()
        .success();
}

/// `jobclass completions bash | head -1`: the reader is gone before the
/// first write (its end of the pipe closed before the command starts), and
/// that is not an error, as for `batch`.
#[test]
fn generated_text_onto_a_closed_pipe_exits_0() {
    for args in [&["completions", "bash"][..], &["man"]] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
            .args(args)
            .stdout(writer)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
