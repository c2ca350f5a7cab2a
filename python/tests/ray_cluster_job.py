"""The Ray Data job of the cluster tests, as a user's driver script runs it against a running
cluster: read Parquet, label with jobclass.ray.Classify in an actor pool with bounded restarts,
write Parquet.

    python ray_cluster_job.py ADDRESS NODE_IP SRC OUT [--die-on-batch N] [--marker PATH]

The actors add a ``node_id`` column (where each row was labeled). With ``--die-on-batch N`` an
actor exits hard (``os._exit``) on its Nth batch: once in all, the first to create ``--marker``,
or every time without ``--marker``. The ids of the cluster's live nodes go to OUT.nodes.json.

Each actor holds its first batch until an actor on every live node has one (at most a minute;
the nodes share this machine's /tmp): Ray Data hands a block to an actor on the block's node
while that actor has room, and to whichever actor is up, so on a small job the node that
loads its model first could otherwise label every row."""
import argparse
import json
import os
import time

import pyarrow as pa
import ray
import ray.data

import jobclass.ray


class Classify(jobclass.ray.Classify):
    def __init__(self, meet, nodes, die_on_batch=0, marker=None, **kwargs):
        super().__init__(**kwargs)
        self.node_id = ray.get_runtime_context().get_node_id()
        self.meet = meet
        self.nodes = nodes
        self.die_on_batch = die_on_batch
        self.marker = marker
        self.batches = 0

    def __call__(self, batch):
        self.batches += 1
        if self.batches == self.die_on_batch and (self.marker is None or _first(self.marker)):
            os._exit(1)
        if self.batches == 1:
            _meet(self.meet, self.node_id, self.nodes)
        out = super().__call__(batch)
        return out.append_column("node_id", pa.array([self.node_id] * out.num_rows, pa.string()))


def _meet(folder, node_id, nodes, timeout=60):
    """Leaves ``node_id`` in ``folder``; returns once ``nodes`` nodes have, or at the timeout
    (the job then goes on, and the test's check that every node labeled rows fails)."""
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, node_id), "w").close()
    deadline = time.monotonic() + timeout
    while len(os.listdir(folder)) < nodes and time.monotonic() < deadline:
        time.sleep(0.05)


def _first(path):
    """True for the one caller that creates the file."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        return True
    except FileExistsError:
        return False


def main():
    p = argparse.ArgumentParser()
    p.add_argument("address")
    p.add_argument("node_ip", help="the address of the node this driver runs on")
    p.add_argument("src")
    p.add_argument("out")
    p.add_argument("--die-on-batch", type=int, default=0)
    p.add_argument("--marker")
    a = p.parse_args()
    env = {k: v for k, v in os.environ.items() if k.startswith("JOBCLASS_")}
    ray.init(address=a.address, _node_ip_address=a.node_ip, log_to_driver=False, runtime_env={"env_vars": env})
    try:
        nodes = [n["NodeID"] for n in ray.nodes() if n["Alive"]]
        with open(a.out + ".nodes.json", "w") as f:
            json.dump(nodes, f)
        # Each node has one CPU: 0.6 for an actor, so that two never fit on one node (Ray Data's
        # SPREAD placement is only a preference), and a quarter for each read or write task. (The
        # file listing of Ray Data's newer Parquet reader asks for a whole CPU, which no node
        # has left once its actor has started.)
        ray.data.DataContext.get_current().use_datasource_v2 = False
        ds = ray.data.read_parquet(a.src, num_cpus=0.25)
        ds = ds.map_batches(
            Classify,
            fn_constructor_kwargs={"threads": 1, "meet": a.out + ".started", "nodes": len(nodes),
                                   "die_on_batch": a.die_on_batch, "marker": a.marker},
            batch_format="pyarrow", batch_size=32,
            compute=ray.data.ActorPoolStrategy(size=2),
            num_cpus=0.6,
            # A dead actor is restarted (twice at most) and its batch retried on the new one.
            max_restarts=2, max_task_retries=2)
        ds.write_parquet(a.out, ray_remote_args={"num_cpus": 0.25})
    finally:
        ray.shutdown()


if __name__ == "__main__":
    main()
