"""Ray Data on a cluster of two nodes on this machine (a head and a worker, each its own
`ray start` process tree with one CPU and its own temporary folder, on 127.0.0.1 only): the job
of ray_cluster_job.py keeps every row once and labels it as `jobclass batch` does, on both
nodes, through an actor that dies mid-run; a job whose actors always die fails, in bounded time."""
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from conftest import TEST_CSV, batch_rows

pytest.importorskip("ray")

HERE = os.path.dirname(os.path.abspath(__file__))
RAY = os.path.join(os.path.dirname(sys.executable), "ray")
JOB = os.path.join(HERE, "ray_cluster_job.py")
# Two loopback addresses, as two hosts would have (Ray takes 127.0.0.1 itself for "this host"
# and swaps in the machine's outside address).
HEAD_IP, WORKER_IP = "127.0.0.2", "127.0.0.3"
COPIES = 3  # test.csv three times: 378 rows in 8 files


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ports():
    """Ports of a node's own services, so that two nodes on one machine never collide."""
    return ["--node-manager-port", str(_free_port()), "--object-manager-port", str(_free_port()),
            "--dashboard-agent-listen-port", str(_free_port()),
            "--dashboard-agent-grpc-port", str(_free_port()),
            "--runtime-env-agent-port", str(_free_port()),
            "--metrics-export-port", str(_free_port())]


def _start(args, temp_dir, log, env):
    """`ray start --block` in a process group of its own: killing the group stops that node and
    no other Ray on the machine (`ray stop` would stop every one)."""
    return subprocess.Popen([RAY, "start", "--block", "--num-cpus", "1", "--temp-dir", temp_dir,
                             "--disable-usage-stats", *_ports(), *args],
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env)


def _stop(proc):
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            # The group's other members (raylet, workers) may outlive its leader for a moment.
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline:
                os.killpg(proc.pid, 0)
                time.sleep(0.2)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            if sig == signal.SIGTERM:
                continue
            return


def _wait_for_nodes(address, env, n, procs, root, timeout=120):
    deadline = time.monotonic() + timeout
    code = ("import ray; ray.init(address=%r, _node_ip_address=%r, log_to_driver=False); "
            "print(sum(1 for x in ray.nodes() if x['Alive']))" % (address, HEAD_IP))
    while time.monotonic() < deadline:
        for proc, name in zip(procs, ("head", "worker")):
            if proc.poll() is not None:
                log = open(os.path.join(root, name + ".log")).read()
                pytest.fail(f"`ray start` of the {name} exited ({proc.returncode}):\n{log[-3000:]}")
        try:
            p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               timeout=60, env=env)
        except subprocess.TimeoutExpired:
            continue
        if p.returncode == 0 and p.stdout.strip().splitlines()[-1:] == [str(n)]:
            return
        time.sleep(2)
    pytest.fail(f"the cluster at {address} did not show {n} live nodes in {timeout} s")


@pytest.fixture(scope="module")
def cluster():
    """(address, environment) of a running two-node cluster; both nodes stopped afterwards.
    The cluster has a token of its own, which every process that joins it is given."""
    # Short folders: Ray's sockets live under the temp dir, and a socket path has ~107 bytes.
    root = tempfile.mkdtemp(prefix="jcray", dir="/tmp")
    port = _free_port()
    address = f"{HEAD_IP}:{port}"
    procs = []
    env = dict(os.environ, RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=secrets.token_hex(32))
    try:
        with open(os.path.join(root, "head.log"), "wb") as log:
            procs.append(_start(["--head", "--node-ip-address", HEAD_IP, "--port", str(port),
                                 "--include-dashboard", "false"],
                                os.path.join(root, "h"), log, env))
        _wait_for_nodes(address, env, 1, procs, root)
        with open(os.path.join(root, "worker.log"), "wb") as log:
            procs.append(_start(["--address", address, "--node-ip-address", WORKER_IP],
                                os.path.join(root, "w"), log, env))
        _wait_for_nodes(address, env, 2, procs, root)
        yield address, env
    finally:
        for p in reversed(procs):
            _stop(p)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def postings(tmp_path_factory):
    """test.csv's descriptions COPIES times with an id per row, in 8 Parquet files; the labels
    `jobclass batch` gives them, by id."""
    src = tmp_path_factory.mktemp("in")
    base = pacsv.read_csv(TEST_CSV).select(["description"])
    table = pa.concat_tables([base] * COPIES)
    ids = [f"p{i:05d}" for i in range(table.num_rows)]
    table = table.append_column("id", pa.array(ids))
    step = -(-table.num_rows // 8)
    for k in range(8):
        pq.write_table(table.slice(k * step, step), src / f"part-{k}.parquet")
    labels = [r["jobclass_label"] for r in batch_rows(open(TEST_CSV, "rb").read())]
    return src, {row_id: labels[i % base.num_rows] for i, row_id in enumerate(ids)}


def _run_job(cluster, src, out, *args, timeout=150):
    """Runs the driver in its own process group, killed at the timeout; returns (exit code,
    stderr)."""
    address, env = cluster
    p = subprocess.Popen([sys.executable, JOB, address, HEAD_IP, str(src), str(out), *args],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         start_new_session=True, env=env)
    try:
        _, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        _, err = p.communicate()
        pytest.fail(f"the Ray job did not end in {timeout} s:\n{err[-3000:]}")
    return p.returncode, err


def _check_output(out, want):
    table = pq.read_table(out)
    ids = table.column("id").to_pylist()
    assert len(ids) == len(set(ids)), "a row came out twice"
    assert set(ids) == set(want), "rows were lost or made up"
    got = dict(zip(ids, table.column("label").to_pylist()))
    wrong = [i for i in ids if got[i] != want[i]]
    assert not wrong, f"{len(wrong)} labels differ from jobclass batch, e.g. {wrong[:3]}"
    assert table.column("error").null_count == table.num_rows
    return table


def test_two_nodes_label_every_row_once_on_both_nodes(cluster, postings, tmp_path):
    src, want = postings
    out = tmp_path / "out"
    code, err = _run_job(cluster, src, out)
    assert code == 0, err[-3000:]
    table = _check_output(out, want)
    nodes = json.loads((tmp_path / "out.nodes.json").read_text())
    assert len(nodes) == 2
    assert set(table.column("node_id").to_pylist()) == set(nodes), "one node labeled nothing"


def test_an_actor_that_dies_mid_run_costs_a_retry_not_a_row(cluster, postings, tmp_path):
    src, want = postings
    out, marker = tmp_path / "out", tmp_path / "died"
    code, err = _run_job(cluster, src, out, "--die-on-batch", "3", "--marker", str(marker))
    assert code == 0, err[-3000:]
    assert marker.exists(), "no actor died: the fault was not injected"
    _check_output(out, want)


def test_actors_that_always_die_fail_the_job_with_a_clear_error(cluster, postings, tmp_path):
    src, _ = postings
    out = tmp_path / "out"
    # With Ray Data's default (max_restarts=-1: restart for ever) this job would never end.
    code, err = _run_job(cluster, src, out, "--die-on-batch", "1", timeout=120)
    assert code != 0
    assert "ActorDiedError: The actor died unexpectedly" in err, err[-3000:]
    assert not out.exists() or not list(out.glob("*.parquet")), "a failed job wrote output"
