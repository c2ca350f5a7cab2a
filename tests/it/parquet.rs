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
fn write_parquet(path: &Path, batch: &RecordBatch) {
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
        let a = no_model(&wd)
            .args(["batch", "in.parquet", "--text-column", "text", "-o", out])
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
        assert!(err.contains("here Parquet"), "{err}");
        assert!(err.contains("name the output out.parquet"), "{err}");
        assert!(!wd.path(out).exists());
    }
}

/// The binary run in `wd` with no model to load and no way to fetch one: a
/// run that gets past its checks fails with exit code 3.
fn no_model(wd: &Workdir) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("jobclass").unwrap();
    c.current_dir(wd.dir())
        .env("JOBCLASS_MODEL_DIR", wd.path("no-model"))
        .env("JOBCLASS_PYTHON", "/nonexistent/python3");
    c
}
