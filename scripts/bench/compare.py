#!/usr/bin/env python3
"""Every speed and accuracy figure of jobclass in one run, printed as markdown to paste: the CPU,
its flags and the binary's version first; `embed` in each precision against the peers a
speed-minded user would pick (sentence-transformers on PyTorch, its ONNX export in fp32 and int8,
fastembed on the int8 export: peers.py), on long texts (descriptions, cut at 256 tokens) and short
ones (their first sentence); `batch` in each precision, names first and --embed-all; how many
labels each precision changes against f32 on three labeled sets; ECE on the dev postings in each
precision (`eval --json`); cold start; and each headline figure beside the bound it is held to.

Every timed run takes its turn once a round, the order reversed every other round, so that the
machine's drift hits all alike: postings/s come from the median wall time over the rounds, ratios
are medians of the rounds' own ratios. The peers' figure is their encode() call alone; jobclass's
is the whole process (start, load, tokenize, embed, print). With --baseline-bin another jobclass
binary takes turns with this one in every jobclass run, and an A/B table compares the two.

Called by scripts/bench/compare.sh, which builds the binary and makes the peers' environment;
this file needs only the standard library (each peer runs in a process of its own, so that this
one's memory never counts in a child's peak RSS). Progress goes to stderr, the figures to stdout.
"""
import argparse, array, csv, io, json, os, re, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import common  # noqa: E402

PRECISIONS = ["auto", "f32", "bf16", "int8"]
PEERS = {"st-torch": "sentence-transformers, PyTorch", "st-onnx": "sentence-transformers, ONNX",
         "st-onnx-int8": "sentence-transformers, ONNX int8", "fastembed-int8": "fastembed, ONNX int8"}
TORCH, ONNX_INT8 = "st-torch", "st-onnx-int8"
MODES = [("names first", []), ("--embed-all", ["--embed-all"])]
# A posting that names its role as the job: `classify` and `batch` label it from the names and
# never run the encoder, so its cold start is start-up, model load and the pipeline around it.
NAMED_POSTING = "We are hiring a Senior Site Reliability Engineer to run our platform."
COLD = ["classify", "classify --precision f32", "batch", "embed"]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def first_sentence(text):
    s = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    return " ".join(s.split()[:40])


def git(*args):
    p = subprocess.run(["git", "-C", common.ROOT, *args], capture_output=True, text=True)
    return p.stdout.strip() if p.returncode == 0 else ""


def version(exe):
    return common.run([exe, "--version"], b"")[2].decode().strip()


def kernels(flags):
    """What each precision runs on this CPU, from its flags as the binary reads them (capped by
    JOBCLASS_CPU as the binary caps them)."""
    f = set(flags)
    levels = ["generic", "avx2", "avxvnni", "avx512", "amx"]
    level = "generic"
    if {"avx512f", "avx512bw", "avx512vl"} <= f:
        level = "amx" if {"avx512_vnni", "amx_int8", "amx_tile"} <= f else "avx512"
    elif {"avx2", "fma", "avx_vnni"} <= f:
        level = "avxvnni"
    elif {"avx2", "fma"} <= f:
        level = "avx2"
    cap = os.environ.get("JOBCLASS_CPU", "").strip().lower().replace("-", "")
    if cap in levels:
        level = min(level, cap, key=levels.index)
    at = levels.index(level)
    if at >= 4:
        int8 = "AMX-INT8 `tdpbusd` (when Linux grants the tiles; else AVX-512 VNNI)"
    elif at >= 3 and "avx512_vnni" in f:
        int8 = "AVX-512 VNNI `vpdpbusd`"
    elif at >= 2 and "avx_vnni" in f:
        int8 = "AVX-VNNI `vpdpbusd`"
    elif at >= 1:
        int8 = "AVX2 `vpmaddwd`"
    else:
        int8 = None
    bf16 = "AVX-512 BF16 `vdpbf16ps`" if at >= 3 and "avx512_bf16" in f else "f32 (no AVX-512 BF16)"
    auto = "int8" if int8 else "f32"
    return (f"kernel level {level}; auto runs {auto}; int8 runs {int8 or 'f32 (no int8 kernel)'}; "
            f"bf16 runs {bf16}")


def read_vectors(path, n):
    v = array.array("f")
    with open(path, "rb") as f:
        v.frombytes(f.read())
    dim = len(v) // n
    return [v[i * dim:(i + 1) * dim] for i in range(n)]


def closeness(a, b):
    """The smallest cosine between rows of a and b, and the largest absolute difference."""
    low, diff = 1.0, 0.0
    for x, y in zip(a, b):
        dot = sum(p * q for p, q in zip(x, y))
        norm = (sum(p * p for p in x) * sum(q * q for q in y)) ** 0.5
        low = min(low, dot / norm)
        diff = max(diff, max(abs(p - q) for p, q in zip(x, y)))
    return low, diff


def median_ratio(runs, ref):
    """How many times faster than `ref`: the median over rounds of ref's time / this time."""
    return statistics.median(r[0] / s[0] for s, r in zip(runs, ref))


def labels_of(csv_bytes):
    rows = list(csv.DictReader(io.StringIO(csv_bytes.decode(), newline="")))
    col = "jobclass_label" if rows and "jobclass_label" in rows[0] else "label"
    return [r[col] for r in rows]


def precision_args(p, command):
    # `batch` at auto runs without the flag, its default, so that a baseline binary from before
    # the flag existed runs its own default; `embed` defaults to f32 and is always told.
    return [] if p == "auto" and command == "batch" else ["--precision", p]


class Bench:
    def __init__(self, a, env, tmp):
        self.a, self.env, self.tmp = a, env, tmp
        self.bins = [("jobclass", a.bin)] + ([("baseline", a.baseline_bin)] if a.baseline_bin else [])
        self.times = {}  # key -> [(wall s, CPU s, peak RSS MB)], one a round
        self.vectors = {}  # (block, system) -> rows
        self.batch_out = {}  # precision -> stdout of the first names-first batch run

    def record(self, key, wall, cpu, mb):
        self.times.setdefault(key, []).append((wall, cpu, mb))

    def embed_round(self, block, texts, r):
        n, lines = len(texts), ("\n".join(texts) + "\n").encode()
        systems = ([] if self.a.no_peers else list(PEERS)) + [
            (name, p) for p in PRECISIONS for name, _ in self.bins]
        for s in systems if r % 2 == 0 else systems[::-1]:
            if isinstance(s, str):
                out = os.path.join(self.tmp, f"{s}.bin")
                _, cpu, mb, so = common.run_usage(
                    [sys.executable, os.path.join(HERE, "peers.py"), s, self.a.model_dir, self.a.export,
                     out, str(self.a.threads)], lines, self.env)
                wall = float(so.decode().split()[-1])
                self.vectors[(block, s)] = read_vectors(out, n)
            else:
                exe = dict(self.bins)[s[0]]
                wall, cpu, mb, so = common.run_usage(
                    [exe, "embed", *precision_args(s[1], "embed")], lines, self.env)
                self.vectors[(block, s)] = [json.loads(x) for x in so.decode().splitlines()]
                assert len(self.vectors[(block, s)]) == n, f"{s}: {n} texts in, other count out"
            self.record(("embed", block, s), wall, cpu, mb)
            log(f"round {r + 1} embed {block} {s if isinstance(s, str) else ' '.join(s)}: {wall:.2f} s")

    def batch_round(self, path, n, r):
        runs = [(p, mode, extra, name, exe) for p in PRECISIONS for mode, extra in MODES
                for name, exe in self.bins]
        for p, mode, extra, name, exe in runs if r % 2 == 0 else runs[::-1]:
            wall, cpu, mb, so = common.run_usage(
                [exe, "batch", path, "--text-column", "description", "--no-progress",
                 *precision_args(p, "batch"), *extra], b"", self.env)
            if name == "jobclass" and not extra and p not in self.batch_out:
                self.batch_out[p] = so
            self.record(("batch", name, p, mode), wall, cpu, mb)
            log(f"round {r + 1} batch {name} {p} {mode}: {wall:.2f} s, {n / wall:.1f} postings/s")


def embed_table(b, block, n):
    peers = not b.a.no_peers
    f32 = b.vectors[(block, ("jobclass", "f32"))]
    print(f"| {block} texts, {n} | postings/s | vs ST PyTorch | vs ST ONNX int8 | min cosine to ST PyTorch "
          "| min cosine to jobclass f32 | max abs diff to ST PyTorch | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    systems = ([] if not peers else list(PEERS)) + [(name, p) for name, _ in b.bins for p in PRECISIONS]
    for s in systems:
        runs = b.times[("embed", block, s)]
        name = PEERS[s] if isinstance(s, str) else f"{'' if s[0] == 'jobclass' else 'baseline '}jobclass embed {s[1]}"
        rate = n / statistics.median(x[0] for x in runs)
        cells = [f"{rate:.1f}"]
        if peers:
            torch_cos, torch_diff = closeness(b.vectors[(block, s)], b.vectors[(block, TORCH)])
            cells += [f"{median_ratio(runs, b.times[('embed', block, TORCH)]):.2f}x",
                      f"{median_ratio(runs, b.times[('embed', block, ONNX_INT8)]):.2f}x", f"{torch_cos:.5f}"]
        else:
            cells += ["-", "-", "-"]
        cells.append(f"{closeness(b.vectors[(block, s)], f32)[0]:.5f}")
        cells.append(f"{torch_diff:.1e}" if peers else "-")
        cells.append(f"{max(x[2] for x in runs):.0f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()


def batch_table(b, n):
    print(f"| batch, {n} postings | precision | postings/s | wall s | CPU s | cores busy | peak RSS MB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, _ in b.bins:
        for mode, _ in MODES:
            for p in PRECISIONS:
                runs = b.times[("batch", name, p, mode)]
                wall = statistics.median(x[0] for x in runs)
                cpu = statistics.median(x[1] for x in runs)
                who = "" if name == "jobclass" else "baseline, "
                print(f"| {who}{mode} | {p}{' (the default)' if p == 'auto' else ''} | {n / wall:.1f} | "
                      f"{wall:.2f} | {cpu:.2f} | {cpu / wall:.2f} | {max(x[2] for x in runs):.0f} |")
    print()


def ab_table(b, cold):
    print("| run | jobclass s | baseline s | wall, jobclass / baseline | the rounds' range | "
          "CPU, jobclass / baseline |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    keys = [(f"embed {blk} {p}", ("embed", blk, ("jobclass", p)), ("embed", blk, ("baseline", p)))
            for blk in b.blocks for p in PRECISIONS]
    keys += [(f"batch {mode} {p}", ("batch", "jobclass", p, mode), ("batch", "baseline", p, mode))
             for mode, _ in MODES for p in PRECISIONS]
    rows = [(what, b.times[ka], b.times[kb]) for what, ka, kb in keys]
    rows += [(f"cold start, {what}", [(x, None) for x in cold[f"jobclass {what}"][0]],
              [(x, None) for x in cold[f"baseline {what}"][0]]) for what in COLD]
    for what, ra, rb in rows:
        wall = [x[0] / y[0] for x, y in zip(ra, rb)]
        cpu = (f"{statistics.median(x[1] / y[1] for x, y in zip(ra, rb)):.2f}"
               if ra[0][1] is not None else "-")
        print(f"| {what} | {statistics.median(x[0] for x in ra):.2f} | {statistics.median(x[0] for x in rb):.2f} | "
              f"{statistics.median(wall):.2f} | {min(wall):.2f}-{max(wall):.2f} | {cpu} |")
    print()


def label_runs(b, sets):
    """Labels of each set in each precision (names first, this binary), and ECE etc. by eval."""
    labels = {}
    for set_name, path, _ in sets:
        for p in PRECISIONS:
            if set_name == "dev_postings":
                so = b.batch_out[p]
            else:
                so = common.run([b.a.bin, "batch", path, "--text-column", "description", "--no-progress",
                                 *precision_args(p, "batch")], b"", b.env)[2]
            labels[(set_name, p)] = labels_of(so)
            log(f"labels {set_name} {p}")
    evals = {}
    for p in PRECISIONS:
        so = common.run([b.a.bin, "eval", sets[0][1], "--text-column", "description", "--label-column",
                         "label", "--json", "--precision", p], b"", b.env)[2]
        evals[p] = json.loads(so)
        log(f"eval dev_postings {p}: ECE {evals[p]['ece']:.4f}")
    return labels, evals


def labels_table(labels, sets):
    print("| changed against f32 | " + " | ".join(f"{s} ({n})" for s, _, n in sets)
          + f" | all ({sum(n for _, _, n in sets)}) |")
    print("| --- |" + " ---: |" * (len(sets) + 1))
    worst = {}
    for p in PRECISIONS:
        if p == "f32":
            continue
        cells, total, all_n = [], 0, 0
        for s, _, n in sets:
            ref, got = labels[(s, "f32")], labels[(s, p)]
            assert len(ref) == len(got) == n
            k = sum(x != y for x, y in zip(ref, got))
            total, all_n = total + k, all_n + n
            worst[p] = max(worst.get(p, 0.0), 100 * k / n)
            cells.append(f"{k} ({100 * k / n:.1f}%)")
        cells.append(f"{total} ({100 * total / all_n:.1f}%)")
        print(f"| {p} | " + " | ".join(cells) + " |")
    print()
    return worst


def eval_table(evals, n):
    print(f"| eval dev_postings ({n}), names first | ECE | accuracy | macro-F1 |")
    print("| --- | ---: | ---: | ---: |")
    for p in PRECISIONS:
        e = evals[p]
        print(f"| {p} | {e['ece']:.4f} | {e['accuracy']:.4f} | {e['macro_f1']:.4f} |")
    print()


def cold_table(cold, runs):
    print(f"| cold start, model cached, median of {runs} | ms | min ms | max ms | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (secs, mb) in cold.items():
        print(f"| {name} | {statistics.median(secs) * 1000:.0f} | {min(secs) * 1000:.0f} | "
              f"{max(secs) * 1000:.0f} | {mb:.0f} |")
    print()


def jobclass_rss(b, precisions):
    """The largest peak RSS of this binary's embed and batch runs in `precisions`."""
    return max(x[2] for k, v in b.times.items() for x in v
               if (k[0] == "embed" and k[2] in [("jobclass", p) for p in precisions])
               or (k[0] == "batch" and k[1] == "jobclass" and k[2] in precisions))


def checks_table(rows):
    print("| figure | measured | bound | within |")
    print("| --- | ---: | ---: | --- |")
    for what, shown, ok, bound in rows:
        print(f"| {what} | {shown} | {bound} | {'yes' if ok else '**no**'} |")
    print()


def subset(path, limit, tmp):
    """The file itself, or its first `limit` rows in a temporary file; and its row count."""
    rows = common.read_csv(path)
    if limit and limit < len(rows):
        rows = rows[:limit]
        path = os.path.join(tmp, os.path.basename(path))
        common.write_csv(path, rows)
    return path, len(rows)


def header(a):
    name, flags = common.cpu_flags()
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    print(f"**CPU**: {name}, {os.cpu_count()} cores; flags: {' '.join(flags) or 'none of AVX2, AVX-512, AMX'}; "
          f"JOBCLASS_CPU={os.environ.get('JOBCLASS_CPU') or '(unset)'}: {kernels(flags)}; "
          f"load average before: {load}  ")
    # What the binary is built from; a change to a script or a document does not change it.
    built_from = ["Cargo.toml", "Cargo.lock", "src", "models"]
    dirty = " with uncommitted changes to the source" if git(
        "status", "--porcelain", "--untracked-files=no", "--", *built_from) else ""
    print(f"**jobclass**: `{os.path.relpath(a.bin, common.ROOT)}`, {version(a.bin)}, commit "
          f"{git('rev-parse', '--short', 'HEAD') or 'unknown'}{dirty}; {a.threads} threads  ")
    if a.baseline_bin:
        print(f"**baseline**: `{a.baseline_bin}`, {version(a.baseline_bin)}  ")
    if not a.no_peers:
        from importlib.metadata import PackageNotFoundError, version as pv
        import peers

        def v(p):
            try:
                return pv(p)
            except PackageNotFoundError:
                return "?"
        print(f"**peers**: {', '.join(f'{p} {v(p)}' for p in ['sentence-transformers', 'torch', 'onnxruntime', 'fastembed'])}; "
              f"ONNX int8 quantized by sentence-transformers' export_dynamic_quantized_onnx_model, config "
              f"{peers.int8_config()}; {a.threads} threads; batch 32  ")
    if float(load.split()[0]) > (os.cpu_count() or 1):
        print(f"**load**: the load average ({load.split()[0]}) is above the number of cores: other work shares "
              "them, so read the ratios rather than the rates; under load the peers' threads wait on each other "
              "(sentence-transformers on PyTorch can run slower with 2 threads than with 1), which lifts "
              "jobclass's ratios to them above an idle machine's  ")
    print(f"**method**: {a.rounds} round{'s' * (a.rounds > 1)}, every timed run once a round, the order reversed "
          "every other round; postings/s from the median wall time; ratios are medians of the rounds' ratios; "
          "the peers time encode() alone, jobclass the whole process; peak RSS is each process's own (wait4)\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=common.BIN)
    ap.add_argument("--baseline-bin", help="another jobclass binary to take turns with in every jobclass run")
    ap.add_argument("--data", default=common.DEV_POSTINGS, help="the postings of embed, batch and eval")
    ap.add_argument("--model-dir", required=True)
    ap.add_argument("--export", help="the ONNX exports of `peers.py prepare` (not with --no-peers)")
    ap.add_argument("--no-peers", action="store_true", help="jobclass alone (no peers' environment needed)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--cold-runs", type=int, default=11)
    ap.add_argument("--limit", type=int, default=0, help="only the first N postings of each file")
    ap.add_argument("--quick", action="store_true",
                    help="check the script: 1 round, 24 postings a file, no short texts, 3 cold runs")
    a = ap.parse_args()
    if a.quick:
        a.rounds, a.limit, a.cold_runs = 1, a.limit or 24, 3
    if not a.no_peers and not a.export:
        ap.error("--export is needed unless --no-peers")
    a.bin = os.path.abspath(a.bin)
    env = dict(os.environ, JOBCLASS_MODEL_DIR=a.model_dir, JOBCLASS_THREADS=str(a.threads),
               RAYON_NUM_THREADS=str(a.threads), OMP_NUM_THREADS=str(a.threads))
    header(a)
    with tempfile.TemporaryDirectory() as tmp:
        sets = []
        for name, path in [("dev_postings", a.data),
                           ("dev_other", os.path.join(common.SHARED_DATA, "dev_other.csv")),
                           ("test.csv", os.path.join(common.ROOT, "datasets", "test.csv"))]:
            if not os.path.exists(path):
                sys.exit(f"{path} is not there (../shared/data holds the real postings)")
            sets.append((name, *subset(path, a.limit, tmp)))
        data, n = sets[0][1], sets[0][2]
        long_texts = common.descriptions(data)
        b = Bench(a, env, tmp)
        b.blocks = ["long"] + ([] if a.quick else ["short"])
        texts = {"long": long_texts, "short": [first_sentence(t) for t in long_texts]}
        for r in range(a.rounds):
            for block in b.blocks:
                b.embed_round(block, texts[block], r)
            b.batch_round(data, n, r)
        labels, evals = label_runs(b, sets)
        named = os.path.join(tmp, "named.csv")
        with open(named, "w") as f:
            f.write(f"description\n{NAMED_POSTING}\n")
        cmds = []
        for name, exe in b.bins:
            cmds += [(f"{name} classify", [exe, "classify"], NAMED_POSTING.encode()),
                     (f"{name} classify --precision f32", [exe, "classify", "--precision", "f32"],
                      NAMED_POSTING.encode()),
                     (f"{name} batch", [exe, "batch", named, "--text-column", "description", "--no-progress"], b""),
                     (f"{name} embed", [exe, "embed"], b"Senior Rust engineer\n")]
        cold = common.cold_starts(cmds, a.cold_runs, env)

    rel = os.path.relpath(a.data, common.ROOT) + (f" (its first {n} rows)" if a.limit else "")
    print(f"**embed**, `jobclass embed --precision P < texts` ({rel} descriptions, one a line, "
          "cut at 256 tokens; short: the first sentence of each):\n")
    for block in b.blocks:
        embed_table(b, block, n)
    print(f"**batch**, `jobclass batch FILE --text-column description`, FILE {rel} (auto: no --precision, the default):\n")
    batch_table(b, n)
    print("**labels**, `batch` at each precision (names first) against `--precision f32`, labels changed:\n")
    worst = labels_table(labels, sets)
    print(f"**eval**, `jobclass eval FILE --text-column description --label-column label --json --precision P`, FILE {rel}:\n")
    eval_table(evals, n)
    print("**cold start**: `classify` of one posting that names its role (the encoder never runs; at the default "
          "precision, and at f32, whose weights are not quantized at load), `batch` of a file of that one posting, "
          "`embed` of one short text (f32, the encoder runs); exec to exit:\n")
    cold_table(cold, a.cold_runs)
    if a.baseline_bin:
        print("**A/B**, the two binaries taking turns (ratios: medians of the rounds' ratios; below 1: "
              "jobclass is faster):\n")
        ab_table(b, cold)

    def rate(key):
        return n / statistics.median(x[0] for x in b.times[key])
    auto_rss, all_rss = jobclass_rss(b, ["auto"]), jobclass_rss(b, PRECISIONS)
    auto_cos = closeness(b.vectors[("long", ("jobclass", "auto"))], b.vectors[("long", ("jobclass", "f32"))])[0]
    classify_ms = statistics.median(cold["jobclass classify"][0]) * 1000
    rows = [("batch, names first, auto, postings/s", f"{rate(('batch', 'jobclass', 'auto', 'names first')):.1f}",
             rate(("batch", "jobclass", "auto", "names first")) >= 100, "≥ 100"),
            ("batch --embed-all, auto, postings/s", f"{rate(('batch', 'jobclass', 'auto', '--embed-all')):.1f}",
             rate(("batch", "jobclass", "auto", "--embed-all")) >= 40, "≥ 40")]
    if not a.no_peers:
        long_t = {s: b.times[("embed", "long", s)] for s in (TORCH, ONNX_INT8, ("jobclass", "auto"), ("jobclass", "f32"))}
        r_auto_t = median_ratio(long_t[("jobclass", "auto")], long_t[TORCH])
        r_auto_o = median_ratio(long_t[("jobclass", "auto")], long_t[ONNX_INT8])
        r_f32_t = median_ratio(long_t[("jobclass", "f32")], long_t[TORCH])
        f32_diff = closeness(b.vectors[("long", ("jobclass", "f32"))], b.vectors[("long", TORCH)])[1]
        rows += [("embed auto, long texts, vs ST PyTorch", f"{r_auto_t:.2f}x", r_auto_t >= 2.0, "≥ 2.0x"),
                 ("embed auto, long texts, vs ST ONNX int8", f"{r_auto_o:.2f}x", r_auto_o >= 1.2, "≥ 1.2x")]
    rows.append(("embed auto, long texts, min cosine to jobclass f32", f"{auto_cos:.5f}", auto_cos >= 0.99, "≥ 0.99"))
    if not a.no_peers:
        rows += [("embed f32, long texts, vs ST PyTorch", f"{r_f32_t:.2f}x", r_f32_t >= 1.2, "≥ 1.2x"),
                 ("embed f32, long texts, max abs diff to ST PyTorch", f"{f32_diff:.1e}", f32_diff <= 1e-5, "≤ 1e-5")]
    rows += [("labels auto changes against f32, the worst of the three sets", f"{worst['auto']:.1f}%",
              worst["auto"] <= 1.0, "≤ 1%"),
             ("ECE, dev_postings, auto", f"{evals['auto']['ece']:.4f}", evals["auto"]["ece"] <= 0.06, "≤ 0.06"),
             ("peak RSS, jobclass auto (embed, batch both ways)", f"{auto_rss:.0f} MB", auto_rss < 200, "< 200 MB"),
             ("peak RSS, jobclass, any precision", f"{all_rss:.0f} MB", all_rss < 200, "< 200 MB"),
             ("cold start, classify of a posting naming its role", f"{classify_ms:.0f} ms", classify_ms < 100,
              "< 100 ms")]
    for mode, _ in MODES if a.baseline_bin else []:
        ra, rb = b.times[("batch", "jobclass", "auto", mode)], b.times[("batch", "baseline", "auto", mode)]
        ab = statistics.median(x[0] / y[0] for x, y in zip(ra, rb))
        rows.append((f"batch {mode}, auto, wall time, jobclass / baseline", f"{ab:.2f}", ab <= 1.0, "≤ 1.00"))
    print("**checks**:\n")
    checks_table(rows)
    print(f"load average after: {' '.join(open('/proc/loadavg').read().split()[:3])}")


if __name__ == "__main__":
    main()
