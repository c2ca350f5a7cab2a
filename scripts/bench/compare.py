#!/usr/bin/env python3
"""Runs jobclass and sentence-transformers on the same texts, alternating, and prints
postings/s, the ratio, cold start, peak RSS and the parity of the vectors. Called by
scripts/bench/compare.sh with the venv's python."""
import argparse, json, os, statistics, sys, tempfile, time
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
from common import cpu_model, run  # noqa: E402

# What each precision runs depends on the CPU (and JOBCLASS_CPU): without AVX-512 BF16, bf16 is
# f32; without AVX-512 VNNI or AVX2, int8 is f32.
PRECISIONS = ["f32", "bf16", "int8"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=common.BIN)
    ap.add_argument("--data", default=common.DEV_POSTINGS)
    ap.add_argument("--model-dir", required=True)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    texts = common.descriptions(a.data)
    n = len(texts)
    lines = ("\n".join(texts) + "\n").encode()
    env = dict(os.environ, JOBCLASS_MODEL_DIR=a.model_dir, RAYON_NUM_THREADS="2", OMP_NUM_THREADS="2")
    st = [sys.executable, os.path.join(here, "st_embed.py"), a.model_dir]
    print(f"{n} descriptions of {os.path.relpath(a.data)}, truncated at 256 tokens, 2 threads; "
          f"sentence-transformers batch 32; cpu: {cpu_model()}; JOBCLASS_CPU={os.environ.get('JOBCLASS_CPU', '(unset)')}")

    res = {"st": [], "f32": [], "bf16": [], "int8": []}
    rss = {"st": 0, "f32": 0, "bf16": 0, "int8": 0}
    vecs = {}
    with tempfile.TemporaryDirectory() as d:
        for _ in range(a.rounds):  # alternate, so drift of the machine hits all alike
            out = os.path.join(d, "st.bin")
            _, r, so = run(st + [out, "2"], lines, env)
            res["st"].append(float(so.decode().strip())); rss["st"] = max(rss["st"], r)
            vecs["st"] = np.fromfile(out, dtype=np.float32).reshape(n, -1)
            for p in PRECISIONS:
                dt, r, so = run([a.bin, "embed", "--precision", p], lines, env)
                res[p].append(dt); rss[p] = max(rss[p], r)
                vecs[p] = np.array([np.array(json.loads(l), dtype=np.float32) for l in so.decode().splitlines()])
    best = {k: n / min(v) for k, v in res.items()}
    print(f"sentence-transformers: {best['st']:6.1f} postings/s (encode only, best of {a.rounds}); peak RSS {rss['st']:.0f} MB")
    for p in PRECISIONS:
        cos = (vecs[p] * vecs["st"]).sum(1)
        print(f"jobclass embed {p:>4}:   {best[p]:6.1f} postings/s (whole process);  x{best[p]/best['st']:.2f}; "
              f"peak RSS {rss[p]:.0f} MB; min cosine to sentence-transformers {cos.min():.6f}")

    one = b"Senior Rust engineer\n"
    cold_j = [run([a.bin, "embed"], one, env)[0] for _ in range(5)]
    cold_s = []
    for _ in range(3):
        t = time.perf_counter()
        run(st + [os.path.join(tempfile.gettempdir(), "st1.bin"), "2"], one, env)
        cold_s.append(time.perf_counter() - t)
    print(f"cold start, one text: jobclass {statistics.median(cold_j)*1000:.0f} ms; "
          f"sentence-transformers {statistics.median(cold_s)*1000:.0f} ms (process start, imports, load, encode)")

if __name__ == "__main__":
    main()
