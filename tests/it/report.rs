//! `eval --report`: the HTML page, as a file and as a real browser shows it.

use serde_json::Value;

use crate::browser::Browser;
use crate::common::{Workdir, stdout_of};

/// A posting that names the SRE role as its job, labeled `platform` so that
/// it is misclassified and listed with its segments, with markup in its text.
const HOSTILE: &str = "We are hiring a Site Reliability Engineer to own our SLOs and lead incident response.\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>";

/// `datasets/test.csv` with [`HOSTILE`] appended, written into `w` as `test.csv`.
fn test_csv_with_markup(w: &Workdir) {
    let mut r = csv::Reader::from_path("datasets/test.csv").unwrap();
    let mut out = csv::Writer::from_writer(vec![]);
    out.write_record(r.headers().unwrap()).unwrap();
    for rec in r.records() {
        out.write_record(&rec.unwrap()).unwrap();
    }
    out.write_record(["hostile", "", HOSTILE, "platform"])
        .unwrap();
    w.write("test.csv", out.into_inner().unwrap());
}

/// `jobclass eval INPUT` (columns `description` and `label`) in `w`, with
/// `--report REPORT` when given.
fn eval(w: &Workdir, input: &str, report: Option<&str>) -> assert_cmd::Command {
    let mut c = w.jobclass();
    c.args([
        "eval",
        input,
        "--text-column",
        "description",
        "--label-column",
        "label",
    ]);
    if let Some(report) = report {
        c.args(["--report", report]);
    }
    c
}

fn eval_json(w: &Workdir) -> Value {
    let a = eval(w, "test.csv", None).arg("--json").assert().success();
    serde_json::from_str(&stdout_of(&a)).unwrap()
}

#[test]
fn report_in_a_browser_shows_what_eval_json_says_and_runs_nothing() {
    let w = Workdir::new();
    test_csv_with_markup(&w);
    let json = eval_json(&w);
    let a = eval(&w, "test.csv", Some("report.html")).assert().success();
    // The text report still goes to standard output.
    assert!(stdout_of(&a).starts_with("postings  127\n"));
    let Some(mut b) = Browser::launch(1200, 1600) else {
        return;
    };
    b.open(&w.path("report.html"));

    assert_eq!(b.eval("document.title"), "jobclass evaluation: test.csv");
    let accuracy = b.eval("document.querySelector('#headline .v').textContent");
    assert_eq!(
        accuracy,
        format!("{:.3}", json["accuracy"].as_f64().unwrap())
    );

    // Every cell of the heat map, as shown, equals eval --json's count.
    let cells = b.eval(
        "Array.from(document.querySelectorAll('#confusion .cell')).map(g => \
         [g.dataset.true, g.dataset.pred, Number(g.querySelector('.count').textContent)])",
    );
    let labels = json["confusion"]["labels"].as_array().unwrap();
    let matrix = &json["confusion"]["matrix"];
    let cells = cells.as_array().unwrap();
    assert_eq!(cells.len(), labels.len() * labels.len());
    for c in cells {
        let i = labels.iter().position(|l| *l == c[0]).unwrap();
        let j = labels.iter().position(|l| *l == c[1]).unwrap();
        assert_eq!(c[2], matrix[i][j], "cell {c}");
    }

    // The reliability diagram and the histogram have every bin, with
    // eval --json's counts, and a bar wherever a bin holds postings.
    let bins = b.eval(
        "Array.from(document.querySelectorAll('#reliability .bin')).map(g => \
         [Number(g.dataset.n), Number(g.dataset.right), g.querySelectorAll('rect').length])",
    );
    let want = json["calibration"].as_array().unwrap();
    assert_eq!(bins.as_array().unwrap().len(), 10);
    for (got, want) in bins.as_array().unwrap().iter().zip(want) {
        assert_eq!(got[0], want["n"]);
        assert_eq!(got[1], want["right"]);
        assert_eq!(got[2] == 1, want["n"].as_u64().unwrap() > 0, "{got}");
    }
    let histogram = b.eval(
        "Array.from(document.querySelectorAll('#histogram .hist-bin')).map(g => Number(g.dataset.n))",
    );
    let want_n: Vec<Value> = want.iter().map(|b| b["n"].clone()).collect();
    assert_eq!(histogram, Value::from(want_n));

    // The postings by role names, as eval --json splits them.
    let groups = b.eval(
        "Array.from(document.querySelectorAll('#role-names tr')).slice(1).map(r => \
         Number(r.cells[1].textContent))",
    );
    let by = &json["by_role_names"];
    assert_eq!(
        groups,
        Value::from(vec![
            by["named_as_the_job"]["n"].clone(),
            by["not_named"]["n"].clone()
        ])
    );

    // Every misclassified posting is listed, the hostile one with its
    // segments, its markup shown as text: no element came from it and no
    // dialog opened.
    let wrong = json["n"].as_u64().unwrap() as f64 * (1.0 - json["accuracy"].as_f64().unwrap());
    let listed = b.eval("document.querySelectorAll('#mistakes .mistake').length");
    assert_eq!(listed.as_f64().unwrap(), wrong.round());
    let hostile = b.eval(
        "(() => { const a = document.querySelector('.mistake[data-row=\"127\"]'); \
         return [a.dataset.gold, a.dataset.pred, a.querySelectorAll('tr.segment').length, a.innerText]; })()",
    );
    assert_eq!(hostile[0], "platform");
    assert_eq!(hostile[1], "sre");
    assert!(hostile[2].as_u64().unwrap() >= 1);
    let shown = hostile[3].as_str().unwrap();
    assert!(shown.contains("<script>alert(1)</script>"), "{shown}");
    assert!(shown.contains("<img src=x onerror=alert(2)>"), "{shown}");
    assert_eq!(b.eval("document.querySelectorAll('script, img').length"), 0);
    assert!(b.events_of("Page.javascriptDialogOpening").is_empty());

    // A screenshot that is not blank: many colours, much of it not background.
    let png = b.screenshot();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1200, 1600));
    let step = info.color_type.samples();
    let rgb: Vec<[u8; 3]> = pixels[..info.buffer_size()]
        .chunks(step)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    let background = rgb[0];
    let inked = rgb.iter().filter(|p| **p != background).count();
    let colours: std::collections::HashSet<_> = rgb.iter().collect();
    assert!(
        inked * 10 > rgb.len(),
        "{inked} of {} pixels inked",
        rgb.len()
    );
    assert!(colours.len() > 50, "{} colours", colours.len());
}

#[test]
fn report_file_escapes_the_input_and_lists_the_mistakes() {
    let w = Workdir::new();
    let mut csv = csv::Writer::from_writer(vec![]);
    csv.write_record(["description", "label"]).unwrap();
    csv.write_record([HOSTILE, "platform"]).unwrap();
    csv.write_record([
        "We need a DevOps Engineer for our CI/CD pipelines.",
        "devops",
    ])
    .unwrap();
    w.write("small.csv", csv.into_inner().unwrap());
    eval(&w, "small.csv", Some("small.html")).assert().success();
    let html = w.read_string("small.html");
    assert!(html.contains("<title>jobclass evaluation: small.csv</title>"));
    assert!(!html.contains("<script"), "a posting became a script");
    assert!(!html.contains("<img"), "a posting became an image");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Misclassified postings (1)"));
    assert_eq!(html.matches(r#"class="mistake""#).count(), 1);
    assert!(html.contains(r#"data-row="1" data-gold="platform" data-pred="sre""#));
}

#[test]
fn report_that_cannot_be_written_fails_before_classifying() {
    let w = Workdir::new();
    w.write("one.csv", "description,label\nRun our SRE on-call.,sre\n");
    eval(&w, "one.csv", Some("missing/report.html"))
        .assert()
        .code(4)
        .stdout("")
        .stderr(predicates::str::contains("missing"));
    // A name that tells no format (as a report, one.csv is refused by its
    // name first); read as CSV.
    w.write("one.txt", "description,label\nRun our SRE on-call.,sre\n");
    eval(&w, "one.txt", Some("one.txt"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("is the input file"));
    assert_eq!(
        w.read_string("one.txt"),
        "description,label\nRun our SRE on-call.,sre\n"
    );
}

#[test]
fn report_lists_the_first_200_misclassified_postings_and_counts_the_rest() {
    let w = Workdir::new();
    // 205 SRE postings labeled devops, each a little different.
    let rows: String = (0..205)
        .map(|i| {
            format!(
                "We are hiring SRE number {i} to own our SLOs and the on-call rotation.,devops\n"
            )
        })
        .collect();
    w.write("many.csv", format!("description,label\n{rows}"));
    eval(&w, "many.csv", Some("many.html")).assert().success();
    let html = w.read_string("many.html");
    assert!(html.contains("Misclassified postings (the first 200 of 205)"));
    assert_eq!(html.matches(r#"<article class="mistake""#).count(), 200);
    assert!(html.contains(r#"data-row="200""#) && !html.contains(r#"data-row="201""#));
}

#[test]
fn report_of_standard_input_says_so() {
    let w = Workdir::new();
    eval(&w, "-", Some("stdin.html"))
        .write_stdin("description,label\nYou will run our SRE on-call rotation.,sre\n")
        .assert()
        .success();
    let html = w.read_string("stdin.html");
    assert!(html.contains("<title>jobclass evaluation: standard input</title>"));
    assert!(html.contains("Misclassified postings (0)"));
}

/// CPU time (user + system, in clock ticks) that process `pid` has used.
#[cfg(target_os = "linux")]
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime: fields 14 and 15 of the line, 12 and 13 after the name.
    field(11) + field(12)
}

#[test]
#[cfg(target_os = "linux")]
fn interrupted_report_leaves_no_file_behind() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let w = Workdir::new();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
        .current_dir(w.dir())
        .env("JOBCLASS_MODEL_DIR", crate::common::model_dir())
        .args(["eval", "-", "--text-column", "t", "--label-column", "l"])
        .args(["--report", "report.html"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Far more distinct postings than it classifies in the time it is given.
    let rows: String = (0..40_000)
        .map(|i| format!("SRE number {i} owning SLOs and error budgets,devops\n"))
        .collect();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("t,l\n{rows}").as_bytes()).unwrap();
    drop(stdin);
    // Classifying: past loading the model (well under a second of CPU).
    let started = std::time::Instant::now();
    while cpu_ticks(child.id()) < 300 {
        assert!(started.elapsed().as_secs() < 120, "eval never got going");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let status = child.wait().unwrap();
    assert!(!status.success(), "the run ended before it was interrupted");
    let left: Vec<_> = std::fs::read_dir(w.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
