//! `batch` and `eval` on Parquet: every column kept with its type, the added
//! columns typed, the same labels as on CSV, a bad row an error row in its
//! place, one output row group per input row group, outputs that destroy
//! nothing. The Parquet files are written here with the arrow and parquet
//! crates.

use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{Int32Builder, ListBuilder};
use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{
    Array, ArrayRef, BinaryArray, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray,
};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::file::properties::WriterProperties;

use crate::common::{Workdir, stdout_of};

const TEST_CSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/datasets/test.csv");

/// Rows of each row group of the files written here: several row groups, and
/// runs of rows that cross the 32-row groups batch labelling classifies.
const GROUP: usize = 20;

/// Writes `batch` as Parquet in row groups of `GROUP` rows.
pub(crate) fn write_parquet(path: &Path, batch: &RecordBatch) {
    let props = WriterProperties::builder()
        .set_max_row_group_row_count(Some(GROUP))
        .build();
    let file = std::fs::File::create(path).unwrap();
    let mut w = ArrowWriter::try_new(file, batch.schema(), Some(props)).unwrap();
    w.write(batch).unwrap();
    w.close().unwrap();
}

/// The columns, the batches (of at most `GROUP` rows, in order) and the rows
/// of each row group of a Parquet file given as its bytes.
fn read_parquet(bytes: Vec<u8>) -> (Arc<Schema>, Vec<RecordBatch>, Vec<i64>) {
    let mut file = tempfile::tempfile().unwrap();
    std::io::Write::write_all(&mut file, &bytes).unwrap();
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
    let groups = builder
        .metadata()
        .row_groups()
        .iter()
        .map(|g| g.num_rows())
        .collect();
    let schema = builder.schema().clone();
    let batches = builder
        .with_batch_size(GROUP)
        .build()
        .unwrap()
        .map(|b| b.unwrap())
        .collect();
    (schema, batches, groups)
}

/// `datasets/test.csv` as Arrow columns, with columns of other types beside
/// them: a 64-bit integer, a float with nulls, a boolean, a list of integers.
fn test_csv_as_batch() -> RecordBatch {
    let mut r = csv::Reader::from_path(TEST_CSV).unwrap();
    let headers = r.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    let mut fields = Vec::new();
    let mut columns: Vec<ArrayRef> = Vec::new();
    for (c, h) in headers.iter().enumerate() {
        fields.push(Field::new(h, DataType::Utf8, false));
        columns.push(Arc::new(StringArray::from_iter_values(
            rows.iter().map(|r| r[c].to_string()),
        )));
    }
    let n = rows.len() as i64;
    fields.push(Field::new("n", DataType::Int64, false));
    columns.push(Arc::new(Int64Array::from_iter_values(
        (0..n).map(|i| i * 1_000_000_007),
    )));
    fields.push(Field::new("salary", DataType::Float64, true));
    columns.push(Arc::new(Float64Array::from_iter(
        (0..n).map(|i| (i % 3 != 0).then_some(i as f64 * 0.1)),
    )));
    fields.push(Field::new("remote", DataType::Boolean, true));
    columns.push(Arc::new(BooleanArray::from_iter(
        (0..n).map(|i| (i % 5 != 0).then_some(i % 2 == 0)),
    )));
    let mut tags = ListBuilder::new(Int32Builder::new());
    for i in 0..n as i32 {
        for k in 0..i % 3 {
            tags.values().append_value(i + k);
        }
        tags.append(i % 7 != 0);
    }
    let tags = tags.finish();
    fields.push(Field::new("tags", tags.data_type().clone(), true));
    columns.push(Arc::new(tags));
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).unwrap()
}

/// The rows of a labeled CSV, with its header.
fn csv_rows(out: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let headers = r.headers().unwrap().clone();
    (headers, r.records().map(|x| x.unwrap()).collect())
}

#[test]
fn batch_on_parquet_keeps_every_column_and_row_group_and_labels_as_on_csv() {
    let wd = Workdir::new();
    let input = test_csv_as_batch();
    write_parquet(&wd.path("postings.parquet"), &input);
    let flags = ["--text-column", "description", "--title-column", "title"];
    wd.jobclass()
        .args(["batch", "postings.parquet", "-o", "labeled.parquet"])
        .args(flags)
        .assert()
        .success();
    let (schema, batches, groups) = read_parquet(wd.read("labeled.parquet"));

    // Every input column, in order, with its type; then the added ones,
    // typed, `label` renamed because the input has one.
    let k = input.num_columns();
    assert_eq!(schema.fields()[..k], input.schema().fields()[..]);
    let added: Vec<(&str, &DataType)> = schema.fields()[k..]
        .iter()
        .map(|f| (f.name().as_str(), f.data_type()))
        .collect();
    let float = &DataType::Float64;
    assert_eq!(
        added,
        [
            ("jobclass_label", &DataType::Utf8),
            ("confidence", float),
            ("score_devops", float),
            ("score_sre", float),
            ("score_platform", float),
            ("score_other", float),
            ("error", &DataType::Utf8),
        ]
    );

    // One output row group per input row group, rows in order, every input
    // value as it was.
    let n = input.num_rows();
    let want_groups: Vec<i64> = (0..n)
        .step_by(GROUP)
        .map(|s| (n - s).min(GROUP) as i64)
        .collect();
    assert_eq!(groups, want_groups);
    let mut at = 0;
    for b in &batches {
        for c in 0..k {
            let want = input.column(c).slice(at, b.num_rows());
            assert_eq!(b.column(c).as_ref(), want.as_ref(), "column {c}");
        }
        at += b.num_rows();
    }
    assert_eq!(at, n);

    // The same labels and confidences as the same rows given as CSV.
    let (headers, want) = csv_rows(&stdout_of(
        &wd.jobclass()
            .args(["batch", TEST_CSV])
            .args(flags)
            .assert()
            .success(),
    ));
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let mut row = 0;
    for b in &batches {
        let label = b.column(k).as_string::<i32>();
        let error = b.column(k + 6).as_string::<i32>();
        for i in 0..b.num_rows() {
            let w = &want[row];
            assert_eq!(label.value(i), &w[col("jobclass_label")], "row {row}");
            assert!(error.is_null(i), "row {row}");
            for (j, name) in [
                "confidence",
                "score_devops",
                "score_sre",
                "score_platform",
                "score_other",
            ]
            .iter()
            .enumerate()
            {
                let got = b.column(k + 1 + j).as_primitive::<Float64Type>().value(i);
                assert_eq!(format!("{got:.4}"), w[col(name)], "row {row} {name}");
            }
            row += 1;
        }
    }
    assert_eq!(row, want.len());
}

#[test]
fn a_null_or_empty_text_is_an_error_row_in_its_place() {
    let wd = Workdir::new();
    let texts = StringArray::from(vec![
        Some("We are hiring a Site Reliability Engineer to own our SLOs and on-call."),
        None,
        Some(""),
        Some("Platform engineer: build the internal developer platform on Kubernetes."),
    ]);
    let ids = Int64Array::from(vec![10, 11, 12, 13]);
    let batch = RecordBatch::try_from_iter([
        ("id", Arc::new(ids) as ArrayRef),
        ("text", Arc::new(texts) as ArrayRef),
    ])
    .unwrap();
    write_parquet(&wd.path("in.parquet"), &batch);
    wd.jobclass()
        .args([
            "batch",
            "in.parquet",
            "--text-column",
            "text",
            "-o",
            "out.parquet",
        ])
        .assert()
        .success();
    let (_, batches, _) = read_parquet(wd.read("out.parquet"));
    let b = &batches[0];
    assert_eq!(b.num_rows(), 4);
    assert_eq!(
        b.column(0).as_primitive::<Int64Type>().values().to_vec(),
        [10, 11, 12, 13]
    );
    let label = b.column_by_name("label").unwrap().as_string::<i32>();
    let confidence = b.column_by_name("confidence").unwrap();
    let error = b.column_by_name("error").unwrap().as_string::<i32>();
    assert_eq!(label.value(0), "sre");
    assert_eq!(label.value(3), "platform");
    for i in [0, 3] {
        assert!(error.is_null(i) && confidence.is_valid(i));
    }
    assert_eq!(error.value(1), "text column: no value (null)");
    assert_eq!(error.value(2), "empty text");
    for i in [1, 2] {
        assert!(label.is_null(i) && confidence.is_null(i));
    }
}

#[test]
fn bytes_that_are_not_utf8_are_their_rows_error_and_pass_through() {
    let wd = Workdir::new();
    let texts = BinaryArray::from(vec![
        &b"Our DevOps engineer automates CI/CD pipelines and Terraform."[..],
        &b"caf\xe9"[..],
    ]);
    let batch = RecordBatch::try_from_iter([("text", Arc::new(texts) as ArrayRef)]).unwrap();
    write_parquet(&wd.path("in.parquet"), &batch);
    let out = wd
        .jobclass()
        .args(["batch", "in.parquet", "--text-column", "text"])
        .assert()
        .success();
    let (_, batches, _) = read_parquet(out.get_output().stdout.clone());
    let b = &batches[0];
    assert_eq!(b.column(0).as_ref(), batch.column(0).as_ref());
    let error = b.column_by_name("error").unwrap().as_string::<i32>();
    assert!(error.is_null(0));
    assert_eq!(
        error.value(1),
        "text column: invalid UTF-8 at byte 3 (line 1)"
    );
}

#[test]
fn a_missing_or_non_text_column_is_refused_before_any_work() {
    let wd = Workdir::new();
    let batch = RecordBatch::try_from_iter([
        ("id", Arc::new(Int64Array::from(vec![1, 2])) as ArrayRef),
        (
            "text",
            Arc::new(StringArray::from(vec!["a", "b"])) as ArrayRef,
        ),
    ])
    .unwrap();
    write_parquet(&wd.path("in.parquet"), &batch);
    for (column, says) in [
        (
            "description",
            "has no column \"description\"; its columns are: \"id\", \"text\"",
        ),
        (
            "id",
            "the column \"id\" (--text-column) holds Int64, not text",
        ),
    ] {
        let a = wd
            .jobclass()
            .args([
                "batch",
                "in.parquet",
                "--text-column",
                column,
                "-o",
                "out.parquet",
            ])
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
        assert!(err.contains(says), "{err}");
        assert!(!wd.path("out.parquet").exists());
    }
    // A file that is not Parquet says so.
    wd.write("not.parquet", "id,text\n1,a\n");
    let a = wd
        .jobclass()
        .args([
            "batch",
            "not.parquet",
            "--text-column",
            "text",
            "-o",
            "out.parquet",
        ])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(err.contains("not.parquet is not a Parquet file"), "{err}");
}

#[test]
fn eval_on_parquet_equals_eval_on_the_same_csv() {
    let wd = Workdir::new();
    write_parquet(&wd.path("test.parquet"), &test_csv_as_batch());
    let eval = |input: &str| {
        stdout_of(
            &wd.jobclass()
                .args(["eval", input, "--json", "--text-column", "description"])
                .args(["--label-column", "label", "--title-column", "title"])
                .assert()
                .success(),
        )
    };
    let on_parquet = eval("test.parquet");
    assert_eq!(on_parquet, eval(TEST_CSV));
    let report: serde_json::Value = serde_json::from_str(&on_parquet).unwrap();
    assert!(report["accuracy"].as_f64().unwrap() > 0.5, "{report}");
}

#[test]
fn parquet_from_standard_input_onto_a_fifo_and_never_onto_its_input() {
    use std::os::unix::fs::FileTypeExt;
    let wd = Workdir::new();
    let batch = RecordBatch::try_from_iter([(
        "text",
        Arc::new(StringArray::from(vec![
            "Join us as a DevOps engineer: Jenkins, Docker, Terraform.",
            "We are hiring an SRE.",
        ])) as ArrayRef,
    )])
    .unwrap();
    let input = wd.path("in.parquet");
    write_parquet(&input, &batch);

    // Standard input is read through a temporary copy in TMPDIR, removed
    // after; the FIFO is written in place, not replaced by a file.
    let fifo = wd.path("out.fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only reads it.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let tmp = wd.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    wd.jobclass()
        .env("TMPDIR", &tmp)
        .args([
            "batch",
            "-",
            "--format",
            "parquet",
            "--text-column",
            "text",
            "-o",
        ])
        .arg(&fifo)
        .pipe_stdin(&input)
        .unwrap()
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    let (_, batches, _) = read_parquet(reader.join().unwrap());
    let label = batches[0]
        .column_by_name("label")
        .unwrap()
        .as_string::<i32>();
    assert_eq!((label.value(0), label.value(1)), ("devops", "sre"));
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "spool removed");

    // The input given as the output is refused and left as it was.
    let before = std::fs::read(&input).unwrap();
    wd.jobclass()
        .args([
            "batch",
            "in.parquet",
            "--text-column",
            "text",
            "-o",
            "in.parquet",
        ])
        .assert()
        .code(2);
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

/// A Parquet input is written as Parquet: an output named as CSV or JSON
/// Lines is refused before any work (the model is not even looked for).
#[test]
fn parquet_is_not_written_under_a_csv_or_jsonl_name() {
    let wd = Workdir::new();
    let batch = RecordBatch::try_from_iter([(
        "text",
        Arc::new(StringArray::from(vec!["We are hiring an SRE."])) as ArrayRef,
    )])
    .unwrap();
    write_parquet(&wd.path("in.parquet"), &batch);
    for out in ["out.csv", "out.jsonl"] {
        let a = wd
            .without_model()
            .args(["batch", "in.parquet", "--text-column", "text", "-o", out])
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
        assert!(err.contains("here Parquet"), "{err}");
        assert!(err.contains("name the output out.parquet"), "{err}");
        assert!(!wd.path(out).exists());
    }
}

/// A file with a column compressed with brotli (which this build does not
/// read) is refused before any work, naming the column. The parquet crate
/// here cannot compress with brotli, so the file is written uncompressed and
/// its footer then says brotli for the text column, which is all the check
/// reads (a file written by pyarrow with `compression="brotli"` gets the
/// same message).
#[test]
fn a_column_compressed_with_brotli_is_refused_before_any_work() {
    use parquet::basic::{BrotliLevel, Compression};
    use parquet::file::metadata::{ParquetMetaDataWriter, RowGroupMetaData};

    let wd = Workdir::new();
    let batch = RecordBatch::try_from_iter([
        ("id", Arc::new(Int64Array::from(vec![1, 2])) as ArrayRef),
        (
            "text",
            Arc::new(StringArray::from(vec!["We are hiring an SRE.", "DevOps"])) as ArrayRef,
        ),
        (
            "label",
            Arc::new(StringArray::from(vec!["sre", "devops"])) as ArrayRef,
        ),
    ])
    .unwrap();
    let mut bytes = Vec::new();
    let mut w = ArrowWriter::try_new(&mut bytes, batch.schema(), None).unwrap();
    w.write(&batch).unwrap();
    let metadata = w.close().unwrap();
    // The footer: the metadata, its length (4 bytes) and "PAR1".
    let footer = u32::from_le_bytes(bytes[bytes.len() - 8..bytes.len() - 4].try_into().unwrap());
    bytes.truncate(bytes.len() - 8 - footer as usize);
    let brotli = Compression::BROTLI(BrotliLevel::default());
    let mut builder = metadata.into_builder();
    let groups: Vec<RowGroupMetaData> = builder
        .take_row_groups()
        .into_iter()
        .map(|g| {
            let columns = g
                .columns()
                .iter()
                .map(|c| match c.column_path().string().as_str() {
                    "text" => c
                        .clone()
                        .into_builder()
                        .set_compression(brotli)
                        .build()
                        .unwrap(),
                    _ => c.clone(),
                })
                .collect();
            g.into_builder()
                .set_column_metadata(columns)
                .build()
                .unwrap()
        })
        .collect();
    let metadata = builder.set_row_groups(groups).build();
    ParquetMetaDataWriter::new(&mut bytes, &metadata)
        .finish()
        .unwrap();
    wd.write("in.parquet", &bytes);
    // The rewritten file is still Parquet, and says brotli.
    let read = ParquetRecordBatchReaderBuilder::try_new(
        std::fs::File::open(wd.path("in.parquet")).unwrap(),
    )
    .unwrap();
    assert_eq!(read.metadata().row_group(0).column(1).compression(), brotli);
    assert_eq!(
        read.metadata().row_group(0).column(0).compression(),
        Compression::UNCOMPRESSED
    );

    for args in [
        &["batch", "in.parquet", "-o", "out.parquet"][..],
        &["eval", "in.parquet", "--label-column", "label"],
    ] {
        let a = wd
            .without_model()
            .args(args)
            .args(["--text-column", "text"])
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
        assert!(
            err.contains("in.parquet: the column \"text\" is compressed with brotli, which jobclass does not read"),
            "{args:?}: {err}"
        );
    }
    assert!(!wd.path("out.parquet").exists());
}

/// Ctrl-C during `batch in.parquet -o out.parquet` stops after the rows being
/// labeled and exits with 130, leaving an existing output byte for byte as it
/// was and a new one not written, with no temporary file (a Parquet file is
/// complete only when its footer is written: a partial one is unreadable).
#[cfg(unix)]
#[test]
fn ctrl_c_leaves_a_parquet_output_as_it_was_and_no_temporary_file() {
    use std::os::unix::process::CommandExt;
    let wd = Workdir::new();
    // Far more rows than the run labels before the signal, each its own
    // text naming no role (so each goes through the encoder).
    let n = 3000;
    let texts = StringArray::from_iter_values((0..n).map(|i| {
        format!("Posting {i}: you will maintain Terraform module {i}, tune Kafka consumers and write Go services for team {i}.")
    }));
    let batch = RecordBatch::try_from_iter([
        (
            "id",
            Arc::new(Int64Array::from_iter_values(0..n)) as ArrayRef,
        ),
        ("text", Arc::new(texts) as ArrayRef),
    ])
    .unwrap();
    write_parquet(&wd.path("in.parquet"), &batch);
    write_parquet(&wd.path("old.parquet"), &batch.slice(0, 3));
    let old = wd.read("old.parquet");
    for out in ["old.parquet", "new.parquet"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("jobclass"));
        child
            .current_dir(wd.dir())
            .env("JOBCLASS_MODEL_DIR", crate::common::model_dir())
            .args(["batch", "in.parquet", "--text-column", "text", "-o", out])
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        // SAFETY: signal() is async-signal-safe. SIGINT back to its default:
        // a test run as a background job of a script inherits it ignored, and
        // jobclass keeps a signal it was started with ignored.
        unsafe {
            child.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        let child = child.spawn().unwrap();
        // The temporary file exists once the model is loaded and the run
        // writes: its signal handling is in place.
        crate::common::wait_for_temporary(wd.dir(), |sizes| !sizes.is_empty());
        // SAFETY: kill() with a child's process id and a valid signal.
        assert_eq!(
            unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) },
            0
        );
        let done = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&done.stderr).into_owned();
        assert_eq!(done.status.code(), Some(130), "{out}: {err}");
        let rows: u64 = err
            .split("interrupted after ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{out}: {err}"));
        assert!(
            rows > 0 && rows < n as u64 && rows.is_multiple_of(32),
            "{out}: {err}"
        );
        assert!(err.contains(&format!("{out} was not written")), "{err}");
        assert_eq!(
            crate::common::temporary_files(wd.dir()),
            Vec::<u64>::new(),
            "{out}"
        );
    }
    assert!(
        wd.read("old.parquet") == old,
        "the existing output was changed"
    );
    assert!(!wd.path("new.parquet").exists());
}

/// A Parquet file read as CSV or JSON Lines (`--format`, or standard input,
/// which is CSV unless told) is refused as Parquet, not as bad text.
#[test]
fn a_parquet_file_read_as_text_is_refused_as_parquet() {
    let wd = Workdir::new();
    let batch = RecordBatch::try_from_iter([
        (
            "text",
            Arc::new(StringArray::from(vec!["We are hiring an SRE."])) as ArrayRef,
        ),
        (
            "label",
            Arc::new(StringArray::from(vec!["sre"])) as ArrayRef,
        ),
    ])
    .unwrap();
    let input = wd.path("in.parquet");
    write_parquet(&input, &batch);
    for format in ["csv", "jsonl"] {
        for command in [
            &["batch", "in.parquet", "--text-column", "text"][..],
            &[
                "eval",
                "in.parquet",
                "--text-column",
                "text",
                "--label-column",
                "label",
            ],
        ] {
            wd.jobclass()
                .args(command)
                .args(["--format", format])
                .assert()
                .code(2)
                .stdout("")
                .stderr(predicates::str::contains(
                    "in.parquet is a Parquet file, not ",
                ))
                .stderr(predicates::str::contains("--format parquet"));
        }
    }
    wd.jobclass()
        .args(["batch", "-", "--text-column", "text"])
        .pipe_stdin(&input)
        .unwrap()
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "standard input is a Parquet file, not CSV",
        ));
}
