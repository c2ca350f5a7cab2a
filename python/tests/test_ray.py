"""Ray Data, on this machine: jobclass.ray.Classify in map_batches over Parquet files keeps every
row once and labels them as `jobclass batch` does."""
import os

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from conftest import TEST_CSV, batch_rows

ray = pytest.importorskip("ray")


def test_map_batches_with_two_actors_keeps_and_labels_every_row(tmp_path):
    import jobclass.ray

    base = pacsv.read_csv(TEST_CSV).select(["description"])
    copies = 6
    table = pa.concat_tables([base] * copies)
    table = table.append_column("id", pa.array([f"p{i:05d}" for i in range(table.num_rows)]))
    src = tmp_path / "in"
    src.mkdir()
    step = -(-table.num_rows // 8)
    for k in range(8):
        pq.write_table(table.slice(k * step, step), src / f"part-{k}.parquet")

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {k: v for k, v in os.environ.items() if k.startswith("JOBCLASS_")}})
    try:
        ds = ray.data.read_parquet(str(src), override_num_blocks=8).repartition(8)
        ds = ds.map_batches(jobclass.ray.Classify, fn_constructor_kwargs={"threads": 1},
                            batch_format="pyarrow", batch_size=64, concurrency=2,
                            # Half a CPU each: the read and write tasks need the rest.
                            num_cpus=0.5)
        ds.write_parquet(str(tmp_path / "out"))
    finally:
        ray.shutdown()
    out = pq.read_table(tmp_path / "out")
    assert out.num_rows == table.num_rows
    ids = out.column("id").to_pylist()
    assert len(set(ids)) == len(ids) and set(ids) == set(table.column("id").to_pylist())

    want = [r["jobclass_label"] for r in batch_rows(open(TEST_CSV, "rb").read())]
    # test.csv has a label column, so batch names its prediction jobclass_label; the Parquet
    # files above hold only description and id, so there it is `label`.
    got = dict(zip(ids, out.column("label").to_pylist()))
    for i, row_id in enumerate(table.column("id").to_pylist()):
        assert got[row_id] == want[i % base.num_rows], row_id
    assert out.column("error").null_count == out.num_rows
