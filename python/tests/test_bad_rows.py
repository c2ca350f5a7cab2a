"""Rows predict_arrow cannot classify come back with `error` set, in order, none lost, and with
the outcome `jobclass batch` gives the same rows."""
import pyarrow as pa

from conftest import batch_rows

LONG = ("Own the Terraform modules and the CI runners; keep the build green. " * 9000)[:600_000]
VALID = "As an SRE you will own SLOs, error budgets and the on-call rota."
ROWS = [
    (None, "text column: no value (null)"),
    ("", "empty text"),
    ("  \n\t ", "empty text"),
    ("\ud800 lone surrogate", "text column: invalid UTF-8 at byte 0 (line 1)"),
    ("\x01\x02\x7f", "empty text"),
    (LONG, None),
    (VALID, None),
    ("Platform engineer\x07 building golden paths", None),
]


def encoded(text):
    """UTF-8, a lone surrogate kept as the 3 bytes a lax encoder writes (not valid UTF-8)."""
    return None if text is None else text.encode("utf-8", "surrogatepass")


def test_every_bad_row_comes_back_with_its_error_in_order(classifier):
    # Arrow strings cannot hold a lone surrogate: a binary column carries all the rows.
    column = pa.array([encoded(t) for t, _ in ROWS], pa.binary())
    table = pa.table({"id": list(range(len(ROWS))), "description": column})
    out = classifier.predict_arrow(table)
    assert out.column("id").to_pylist() == list(range(len(ROWS)))
    assert out.column("error").to_pylist() == [e for _, e in ROWS]
    labels = out.column("label").to_pylist()
    for (text, err), label in zip(ROWS, labels):
        assert (label is None) == (err is not None), text[:20] if text else text


def test_outcomes_equal_batch_on_the_same_rows(classifier):
    # The rows a CSV can hold (null becomes an empty field, which batch calls empty text).
    rows = [(t or "", e) for t, e in ROWS if t is None or "\ud800" not in t]
    import csv, io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "description"])
    w.writerows([i, t] for i, (t, _) in enumerate(rows))
    want = batch_rows(buf.getvalue().encode())
    out = classifier.predict_arrow(pa.table({"id": [str(i) for i in range(len(rows))],
                                             "description": [t for t, _ in rows]}))
    assert len(want) == out.num_rows
    assert out.column("label").to_pylist() == [r["label"] or None for r in want]
    assert out.column("error").to_pylist() == [r["error"] or None for r in want]


def test_a_binary_column_is_read_as_utf8(classifier):
    out = classifier.predict_arrow(pa.table({"description": pa.array([VALID.encode(), b"\xff\xfe"], pa.binary())}))
    assert out.column("label").to_pylist()[0] in classifier.labels
    assert out.column("error").to_pylist()[1].startswith("text column: invalid UTF-8")


def test_invalid_utf8_in_a_string_column_is_that_rows_error(classifier):
    good, bad = VALID.encode(), b"caf\xe9 menu"
    data = good + bad
    offsets = pa.array([0, len(good), len(data)], pa.int32())
    column = pa.StringArray.from_buffers(2, offsets.buffers()[1], pa.py_buffer(data))
    out = classifier.predict_arrow(pa.table({"description": column}))
    assert out.column("label").to_pylist()[0] in classifier.labels
    assert out.column("error").to_pylist() == [None, "text column: invalid UTF-8 at byte 3 (line 1)"]


def test_a_lone_surrogate_in_a_python_string_is_refused(classifier):
    import pytest

    with pytest.raises(ValueError, match="lone surrogate"):
        classifier.classify("\ud800 on-call")
    with pytest.raises(ValueError, match=r"texts\[0\]: not valid Unicode"):
        classifier.predict(["\udfff"])
