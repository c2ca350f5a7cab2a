#!/usr/bin/env python3
"""Runs jobclass and the peers a speed-minded user would pick on the same texts, alternating, 2
threads, and prints postings/s, the ratio to sentence-transformers (torch), the minimum cosine to
its vectors and peak RSS, for long texts (descriptions, 256 tokens) and short ones (one sentence
each). Called by scripts/bench/compare.sh with the venv's python."""
import argparse, json, os, re, statistics, sys, tempfile
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
from common import cpu_model, run  # noqa: E402

# What each precision runs depends on the CPU (and JOBCLASS_CPU): without AVX-512 BF16, bf16 is
# f32; without AVX-512 VNNI, AVX-VNNI or AVX2, int8 is f32.
PRECISIONS = ["f32", "bf16", "int8"]
PEERS = ["st-torch", "st-onnx", "st-onnx-int8", "fastembed-int8"]


def first_sentence(text):
    s = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    return " ".join(s.split()[:40])


def bench(texts, a, env, export, d):
    n = len(texts)
    lines = ("\n".join(texts) + "\n").encode()
    peer = [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "peers.py")]
    secs = {k: [] for k in PEERS + PRECISIONS}
    rss = dict.fromkeys(secs, 0.0)
    vecs = {}
    for _ in range(a.rounds):  # alternate, so drift of the machine hits all alike
        for k in PEERS:
            out = os.path.join(d, f"{k}.bin")
            _, r, so = run(peer + [k, a.model_dir, export, out, "2"], lines, env)
            secs[k].append(float(so.decode().strip()))
            rss[k] = max(rss[k], r)
            vecs[k] = np.fromfile(out, dtype=np.float32).reshape(n, -1)
        for p in PRECISIONS:
            dt, r, so = run([a.bin, "embed", "--precision", p], lines, env)
            secs[p].append(dt)
            rss[p] = max(rss[p], r)
            vecs[p] = np.array([json.loads(line) for line in so.decode().splitlines()], dtype=np.float32)
    base = n / min(secs["st-torch"])
    print(f"| {'system':<31} | postings/s | vs torch | min cosine | peak RSS MB |")
    print(f"|{'-' * 33}|-----------:|---------:|-----------:|------------:|")
    for k in PEERS + PRECISIONS:
        rate = n / min(secs[k])
        cos = (vecs[k] * vecs["st-torch"]).sum(1).min()
        name = k if k in PEERS else f"jobclass embed --precision {k}"
        print(f"| {name:<31} | {rate:10.1f} | {rate / base:8.2f} | {cos:10.5f} | {rss[k]:11.0f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=common.BIN)
    ap.add_argument("--data", default=common.DEV_POSTINGS)
    ap.add_argument("--model-dir", required=True)
    ap.add_argument("--export", required=True, help="the ONNX exports of peers.py prepare")
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    # Versions without importing: a child forked from a parent that imported torch would
    # start with the parent's resident memory, and ru_maxrss keeps it across exec.
    from importlib.metadata import version
    long_texts = common.descriptions(a.data)
    short_texts = [first_sentence(t) for t in long_texts]
    env = dict(os.environ, JOBCLASS_MODEL_DIR=a.model_dir, RAYON_NUM_THREADS="2", OMP_NUM_THREADS="2")
    print(f"cpu: {cpu_model()}; JOBCLASS_CPU={os.environ.get('JOBCLASS_CPU', '(unset)')}; 2 threads; "
          f"best of {a.rounds} alternating rounds; peers time encode() only, jobclass the whole process")
    print(", ".join(f"{p} {version(p)}" for p in ["sentence-transformers", "torch", "onnxruntime", "fastembed"]))
    with tempfile.TemporaryDirectory() as d:
        print(f"\nlong: {len(long_texts)} descriptions of {os.path.relpath(a.data)}, truncated at 256 tokens\n")
        bench(long_texts, a, env, a.export, d)
        print(f"\nshort: the first sentence of each ({len(short_texts)} texts)\n")
        bench(short_texts, a, env, a.export, d)

    one = b"Senior Rust engineer\n"
    cold = [run([a.bin, "embed"], one, env)[0] for _ in range(5)]
    print(f"\ncold start, one text, whole process: jobclass {statistics.median(cold) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
