"""Ray Data, on this machine: jobclass.ray.Classify in map_batches over Parquet files keeps every
row once and labels them as `jobclass batch` does; jobclass.ray.classify does the same and
refuses, at once, a pool that would leave Ray Data no CPU to read with."""
import os
import time

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from conftest import TEST_CSV, batch_rows

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {k: v for k, v in os.environ.items() if k.startswith("JOBCLASS_")}})
    try:
        yield
    finally:
        ray.shutdown()


def _postings(tmp_path, copies):
    """test.csv's descriptions `copies` times with an id per row, in 8 Parquet files."""
    base = pacsv.read_csv(TEST_CSV).select(["description"])
    table = pa.concat_tables([base] * copies)
    table = table.append_column("id", pa.array([f"p{i:05d}" for i in range(table.num_rows)]))
    src = tmp_path / "in"
    src.mkdir()
    step = -(-table.num_rows // 8)
    for k in range(8):
        pq.write_table(table.slice(k * step, step), src / f"part-{k}.parquet")
    return src, table


def _check(out, table):
    out = pq.read_table(out)
    assert out.num_rows == table.num_rows
    ids = out.column("id").to_pylist()
    assert len(set(ids)) == len(ids) and set(ids) == set(table.column("id").to_pylist())
    want = [r["jobclass_label"] for r in batch_rows(open(TEST_CSV, "rb").read())]
    # test.csv has a label column, so batch names its prediction jobclass_label; the Parquet
    # files hold only description and id, so there it is `label`.
    got = dict(zip(ids, out.column("label").to_pylist()))
    for i, row_id in enumerate(table.column("id").to_pylist()):
        assert got[row_id] == want[i % len(want)], row_id
    assert out.column("error").null_count == out.num_rows


def test_map_batches_with_two_actors_keeps_and_labels_every_row(local_ray, tmp_path):
    import jobclass.ray

    src, table = _postings(tmp_path, 6)
    ds = ray.data.read_parquet(str(src), override_num_blocks=8).repartition(8)
    ds = ds.map_batches(jobclass.ray.Classify, fn_constructor_kwargs={"threads": 1},
                        batch_format="pyarrow", batch_size=64,
                        compute=ray.data.ActorPoolStrategy(size=2),
                        # Half a CPU each: the read and write tasks need the rest.
                        num_cpus=0.5, max_restarts=3, max_task_retries=3)
    ds.write_parquet(str(tmp_path / "out"))
    _check(tmp_path / "out", table)


def test_classify_sizes_and_labels(local_ray, tmp_path):
    import jobclass.ray

    src, table = _postings(tmp_path, 2)
    ds = jobclass.ray.classify(ray.data.read_parquet(str(src)), batch_size=64)
    ds.write_parquet(str(tmp_path / "out"))
    _check(tmp_path / "out", table)


def test_classify_refuses_a_pool_that_leaves_no_cpu_to_read_with(local_ray, tmp_path):
    import jobclass.ray

    src, _ = _postings(tmp_path, 1)
    t = time.monotonic()
    with pytest.raises(ValueError, match="2 actors of num_cpus=1 leave no node .* a whole CPU"):
        jobclass.ray.classify(ray.data.read_parquet(str(src)), actors=2, threads=1)
    assert time.monotonic() - t < 30
    # Half a CPU each fits, with threads unchanged.
    jobclass.ray.classify(ray.data.read_parquet(str(src)), actors=2, threads=1, num_cpus=0.5)
