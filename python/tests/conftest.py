"""What the Python tests share: the repository's files and the command-line binary, whose output
the package must equal (scripts/test builds it first; JOBCLASS_BIN names another)."""
import csv
import io
import os
import subprocess
import sys

import pytest

csv.field_size_limit(sys.maxsize)  # the 600 KB row

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEST_CSV = os.path.join(ROOT, "datasets", "test.csv")
SAMPLE = os.path.join(ROOT, "datasets", "sample-posting.txt")
BIN = os.environ.get("JOBCLASS_BIN", os.path.join(ROOT, "target", "release", "jobclass"))


def jobclass(*args, stdin=b""):
    """Runs the binary; returns its stdout (bytes), failing the test on a non-zero exit."""
    if not os.path.exists(BIN):
        pytest.fail(f"{BIN} is missing: build it with cargo build --release (scripts/test does)")
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True)
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout


def batch_rows(csv_bytes, *args):
    """`jobclass batch` on a CSV given as bytes (text column `description` unless args name
    another): its output rows as dicts."""
    if "--text-column" not in args:
        args = ("--text-column", "description", *args)
    out = jobclass("batch", "-", "--no-progress", *args, stdin=csv_bytes)
    return list(csv.DictReader(io.StringIO(out.decode())))


@pytest.fixture(scope="session")
def classifier():
    from jobclass import Classifier

    return Classifier(threads=2)
