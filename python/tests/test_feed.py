"""The feed model from Python: ``jobclass.adapt`` makes the file ``jobclass adapt`` makes, and a
``Classifier(feed_model=...)`` labels as ``jobclass batch --feed-model`` does, after a pickle too."""
import os
import pickle

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

import jobclass as jc
from conftest import ROOT, TEST_CSV, batch_rows, jobclass

CALIBRATION = os.path.join(ROOT, "datasets", "calibration.csv")


def feed_table():
    """Our own postings as one feed: 160 of them name their role as the job."""
    cols = ["id", "description"]
    return pa.concat_tables([pacsv.read_csv(p).select(cols) for p in (CALIBRATION, TEST_CSV)])


def test_adapt_and_feed_model_equal_the_cli_and_pickle(tmp_path):
    table = feed_table()
    feed_csv = tmp_path / "feed.csv"
    pacsv.write_csv(table, feed_csv)
    jobclass("adapt", str(feed_csv), "--text-column", "description", "-o", str(tmp_path / "cli.json"))
    cli = (tmp_path / "cli.json").read_bytes()
    made = jc.adapt(table, text_column="description", path=tmp_path / "py.json")
    assert made == cli
    assert (tmp_path / "py.json").read_bytes() == cli
    # The texts alone, as a list, give the same model.
    assert jc.adapt(table.column("description").to_pylist()) == cli

    rows = batch_rows(feed_csv.read_bytes(), "--feed-model", str(tmp_path / "cli.json"))
    plain = batch_rows(feed_csv.read_bytes())
    assert [r["label"] for r in rows] != [r["label"] for r in plain], "the feed model changed nothing"
    by_path = jc.Classifier(threads=2, feed_model=str(tmp_path / "cli.json"))
    by_bytes = pickle.loads(pickle.dumps(jc.Classifier(threads=2, feed_model=made)))
    for c in (by_path, by_bytes):
        out = c.predict_arrow(table, text_column="description")
        assert out.column("label").to_pylist() == [r["label"] for r in rows]
        got = np.array(out.column("confidence").to_pylist())
        assert np.abs(got - np.array([float(r["confidence"]) for r in rows])).max() <= 1e-4 + 1e-9


def test_a_bad_feed_model_or_a_feed_without_names_is_refused():
    with pytest.raises(RuntimeError, match="not a feed model"):
        jc.Classifier(feed_model=b"{not json")
    with pytest.raises(ValueError, match="mentions"):
        jc.Classifier(feed_model=b"{}", mentions=False)
    with pytest.raises(ValueError, match="too few postings name their role"):
        jc.adapt(["You will keep our services up and answer pages at night."] * 30)
    with pytest.raises(TypeError):
        jc.adapt("one text")
