"""Spark in local mode (local[2]): jobclass.spark.classify keeps every row once, labels them as
`jobclass batch` does, adds the columns batch adds (names and types) and sets a bad row's error."""
import os
import sys

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from conftest import TEST_CSV, batch_rows

pyspark = pytest.importorskip("pyspark")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    env = {k: v for k, v in os.environ.items() if k.startswith("JOBCLASS_")}
    # The Python workers run this interpreter, which has jobclass installed (Spark's default is
    # the python3 on PATH).
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = (SparkSession.builder.master("local[2]").appName("jobclass-test")
               .config("spark.ui.enabled", "false")

               .config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "2")
               # Small Arrow batches: several per task, as a large input would have.
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "50"))
    for k, v in env.items():
        builder = builder.config(f"spark.executorEnv.{k}", v)
    session = builder.getOrCreate()
    try:
        yield session
    finally:
        session.stop()
        if saved is None:
            del os.environ["PYSPARK_PYTHON"]
        else:
            os.environ["PYSPARK_PYTHON"] = saved


def test_classify_labels_every_row_once_as_batch_does(spark):
    from jobclass.spark import classify

    table = pacsv.read_csv(TEST_CSV)
    table = table.append_column("row", pa.array(range(table.num_rows), pa.int64()))
    df = spark.createDataFrame(table).repartition(4)
    labeled = classify(df, text_column="description")

    want = batch_rows(open(TEST_CSV, "rb").read())
    # The columns batch adds, in its order (test.csv has `label`: hence jobclass_label).
    added = list(want[0])[table.num_columns - 1:]
    assert added[:2] == ["jobclass_label", "confidence"]
    assert labeled.columns == df.columns + added
    rows = labeled.collect()
    ids = [r["row"] for r in rows]
    assert sorted(ids) == list(range(table.num_rows)), "rows lost or doubled"
    for r in rows:
        w = want[r["row"]]
        assert r["jobclass_label"] == w["jobclass_label"], r["row"]
        assert abs(r["confidence"] - float(w["confidence"])) < 1e-3
        assert r["error"] is None
    types = {f.name: f.dataType.simpleString() for f in labeled.schema.fields}
    assert types["jobclass_label"] == "string" and types["error"] == "string"
    assert types["confidence"] == "double" and types["score_sre"] == "double"


def test_a_bad_row_gets_an_error_and_keeps_its_place(spark):
    from jobclass.spark import classify

    df = spark.createDataFrame(
        [(1, "You will own our SLOs and lead blameless postmortems."), (2, None), (3, "   ")],
        "id long, description string")
    rows = {r["id"]: r for r in classify(df).collect()}
    assert sorted(rows) == [1, 2, 3]
    assert rows[1]["label"] == "sre" and rows[1]["error"] is None
    for i in (2, 3):
        assert rows[i]["label"] is None and rows[i]["error"], rows[i]


def test_a_missing_column_fails_before_any_work(spark):
    from jobclass.spark import classify

    df = spark.createDataFrame([(1, "x")], "id long, text string")
    with pytest.raises(KeyError, match="description"):
        classify(df)
