"""The package gives what the command line gives, and behaves as a library in a worker must."""
import json
import os
import pickle
import signal
import threading
import time

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from conftest import SAMPLE, TEST_CSV, batch_rows, jobclass

import jobclass as jc


def test_classify_equals_the_cli_json(classifier):
    text = open(SAMPLE, encoding="utf-8").read()
    want = json.loads(jobclass("classify", "--json", stdin=text.encode()))
    assert classifier.classify(text) == want
    explained = classifier.classify(text, explain=True)
    assert explained == json.loads(jobclass("classify", "--json", "--explain", stdin=text.encode()))
    assert explained["segments"]


def test_predict_arrow_on_test_csv_equals_batch(classifier):
    table = pacsv.read_csv(TEST_CSV)
    out = classifier.predict_arrow(table, text_column="description")
    rows = batch_rows(open(TEST_CSV, "rb").read())
    assert out.num_rows == table.num_rows == len(rows)
    # test.csv has a `label` column of its own: the prediction is `jobclass_label`, as in batch.
    assert out.column("label").to_pylist() == table.column("label").to_pylist()
    assert out.column("jobclass_label").to_pylist() == [r["jobclass_label"] for r in rows]
    for name in ["confidence"] + [f"score_{label}" for label in classifier.labels]:
        got = np.array(out.column(name).to_pylist())
        want = np.array([float(r[name]) for r in rows])
        assert np.abs(got - want).max() <= 1e-4 + 1e-9, name
    assert out.column("error").null_count == out.num_rows
    assert out.column_names[: table.num_columns] == table.column_names


def test_predict_arrow_takes_an_array_and_a_title_column(classifier):
    arr = pa.array(["You will own our SLOs, error budgets and on-call.", None])
    out = classifier.predict_arrow(arr, text_column="text")
    assert out.column("text").to_pylist() == arr.to_pylist()
    assert out.column("label").to_pylist()[0] in classifier.labels
    assert out.column("error").to_pylist()[1] == "text column: no value (null)"
    t = pa.table({"title": ["Site Reliability Engineer"], "body": ["Keep services up."]})
    titled = classifier.predict_arrow(t, text_column="body", title_column="title")
    rows = batch_rows(b"title,body\nSite Reliability Engineer,Keep services up.\n",
                      "--text-column", "body", "--title-column", "title")
    assert titled.column("label").to_pylist() == [rows[0]["label"]]
    with pytest.raises(KeyError, match="no column named 'description'"):
        classifier.predict_arrow(t)


def test_predict_returns_one_classify_dict_per_text(classifier):
    texts = ["Run our Kubernetes platform and the internal developer portal.",
             "Lead blameless postmortems and own the SLOs."]
    assert classifier.predict(texts) == [classifier.classify(t) for t in texts]
    with pytest.raises(ValueError, match=r"texts\[1\]: empty text"):
        classifier.predict(["fine", "  "])
    with pytest.raises(TypeError, match="not a string"):
        classifier.classify(42)


def test_embed_equals_the_cli_vectors(classifier):
    texts = [r["description"] for r in batch_rows(open(TEST_CSV, "rb").read())[:8]]
    texts = [" ".join(t.split()) for t in texts]
    want = np.array([json.loads(line) for line in jobclass("embed", stdin=("\n".join(texts) + "\n").encode()).splitlines()],
                    dtype=np.float32)
    got = classifier.embed(texts)
    assert got.dtype == np.float32 and got.shape == (8, jc.DIM)
    assert np.abs(got - want).max() <= 1e-6


def test_pickles_by_its_settings():
    c = jc.Classifier(threads=1, precision="f32", pooling="segments", mentions=False)
    blob = pickle.dumps(c)
    assert len(blob) < 1000  # settings, not a model
    d = pickle.loads(blob)
    assert type(d) is jc.Classifier
    assert repr(d) == repr(c)
    text = "Build the paved road: golden paths, templates and a self-service portal."
    assert d.classify(text) == c.classify(text)
    assert "evidence" not in d.classify(text)  # mentions=False survived the trip
    assert len(pickle.dumps(c)) == len(blob)  # loading it changed nothing a pickle carries


def test_repr_names_the_precision_labelling_defaults_to():
    assert 'precision="auto (default)"' in repr(jc.Classifier())
    assert 'precision="f32"' in repr(jc.Classifier(precision="f32"))


def test_embed_all_equals_the_cli_and_pickles(classifier):
    text = open(SAMPLE, encoding="utf-8").read()  # names its one role, SRE, as the job
    names_first = classifier.classify(text)
    assert names_first["evidence"]["embedding"] is None
    assert names_first == json.loads(jobclass("classify", "--json", stdin=text.encode()))
    c = jc.Classifier(threads=2, embed_all=True)
    d = pickle.loads(pickle.dumps(c))
    assert "embed_all=True" in repr(d) and "embed_all=False" in repr(classifier)
    want = json.loads(jobclass("classify", "--json", "--embed-all", stdin=text.encode()))
    assert want["evidence"]["embedding"] is not None
    assert c.classify(text) == want
    assert d.classify(text) == want  # embed_all survived the trip
    assert want["label"] == names_first["label"]
    table = pacsv.read_csv(TEST_CSV)
    rows = batch_rows(open(TEST_CSV, "rb").read(), "--embed-all")
    out = d.predict_arrow(table, text_column="description")
    assert out.column("jobclass_label").to_pylist() == [r["jobclass_label"] for r in rows]
    got = np.array(out.column("confidence").to_pylist())
    assert np.abs(got - np.array([float(r["confidence"]) for r in rows])).max() <= 1e-4 + 1e-9


def test_the_tuned_encoder_equals_the_cli_and_pickles():
    c = jc.Classifier(threads=2, encoder="tuned")
    text = open(SAMPLE, encoding="utf-8").read()
    assert c.classify(text) == json.loads(jobclass("classify", "--json", "--encoder", "tuned", stdin=text.encode()))
    table = pacsv.read_csv(TEST_CSV).slice(0, 24)
    sink = pa.BufferOutputStream()
    pacsv.write_csv(table, sink)
    rows = batch_rows(sink.getvalue().to_pybytes(), "--encoder", "tuned")
    texts = [r["description"] for r in rows]
    assert [p["label"] for p in c.predict(texts)] == [r["jobclass_label"] for r in rows]
    d = pickle.loads(pickle.dumps(c))
    assert d.classify(text) == c.classify(text)
    unnamed = "Build the paved road: golden paths, templates and a self-service portal for our engineers."
    assert c.classify(unnamed) == json.loads(jobclass("classify", "--json", "--encoder", "tuned", stdin=unnamed.encode()))
    # another encoder, another head: other scores
    assert jc.Classifier(threads=2).classify(unnamed)["scores"] != c.classify(unnamed)["scores"]


def test_bad_settings_fail_at_once():
    with pytest.raises(ValueError, match="no built-in head"):
        jc.Classifier(encoder="/nonexistent/adapter.safetensors")
    with pytest.raises(ValueError, match="--encoder it was trained with"):
        jc.Classifier(encoder="base", head=os.path.join(os.path.dirname(TEST_CSV), "..", "models", "head-tuned.json"))
    with pytest.raises(ValueError, match="not a precision"):
        jc.Classifier(precision="fp64")
    with pytest.raises(ValueError, match="not a pooling"):
        jc.Classifier(pooling="mean")
    with pytest.raises(ValueError, match="at least 1"):
        jc.Classifier(threads=0)
    with pytest.raises(RuntimeError, match="cannot read head"):
        jc.Classifier(head="/nonexistent/head.json")


def test_releases_the_gil_while_it_computes(classifier):
    texts = [open(SAMPLE, encoding="utf-8").read()] * 4 + [f"Posting {i}: on-call, SLOs, incident reviews." for i in range(200)]
    classifier.load()
    worker = threading.Thread(target=classifier.predict, args=(texts,))
    ticks = 0
    worker.start()
    while worker.is_alive():
        ticks += 1
    worker.join()
    # Holding the GIL for the whole call would leave this thread a handful of ticks at most.
    assert ticks > 10_000, ticks


def test_installs_no_signal_handlers():
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    c = jc.Classifier(threads=1)
    c.classify("Keep the lights on: monitoring, paging and capacity planning.")
    assert {s: signal.getsignal(s) for s in before} == before


def test_loads_again_in_a_forked_child(classifier):
    text = "Own the CI/CD pipelines and release automation."
    want = classifier.classify(text)  # loaded in the parent: its threads do not survive a fork
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child uses the very object it inherited (no pickling)
        try:
            os.write(w, json.dumps(classifier.classify(text)).encode())
        finally:
            os._exit(0)
    os.close(w)
    deadline = time.time() + 60
    while time.time() < deadline and os.waitpid(pid, os.WNOHANG) == (0, 0):
        time.sleep(0.1)
    else:
        if time.time() >= deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail("the forked child hung on the parent's model")
    got = json.loads(os.read(r, 1 << 20))
    assert got == want


def test_the_model_comes_from_the_installed_package(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path))
    env.pop("JOBCLASS_MODEL_DIR", None)
    code = ("import jobclass; c = jobclass.Classifier(threads=1); "
            "print(c.classify('Own our SLOs and the on-call rota.')['label'])")
    import subprocess, sys

    p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() in jc.Classifier(threads=1).labels
    assert "fetching" not in p.stderr
    assert not any(tmp_path.iterdir()), "nothing is fetched into the cache"
