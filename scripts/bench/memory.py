#!/usr/bin/env python3
"""Shows that `jobclass batch` streams: peak RSS on 200 and on 20,000 rows should be the same.
The rows are the dev postings repeated (full descriptions, ~4 KB each, passed through to the
output); the title column is what gets classified, so the run stays short while every row is
large. With --format parquet the rows go in and out as Parquet (written with pyarrow, in row
groups of --row-group-rows), which batch reads a batch at a time and writes a row group at a time.
Usage: scripts/bench/memory.py [--bin target/release/jobclass] [--text-column title]
       [--format csv|parquet] [--row-group-rows N]
"""
import argparse, csv, os, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=common.BIN)
    ap.add_argument("--data", default=common.DEV_POSTINGS)
    ap.add_argument("--text-column", default="title")
    ap.add_argument("--sizes", default="200,20000")
    ap.add_argument("--format", choices=["csv", "parquet"], default="csv")
    ap.add_argument("--row-group-rows", type=int, default=5000)
    a = ap.parse_args()
    with open(a.data, newline="") as f:
        rows = list(csv.DictReader(f))
    cols = list(rows[0].keys())
    with tempfile.TemporaryDirectory() as d:
        for n in [int(x) for x in a.sizes.split(",")]:
            ext = a.format
            path = os.path.join(d, f"rows_{n}.{ext}")
            made = []
            for i in range(n):
                r = dict(rows[i % len(rows)])
                r["id"] = f"{r['id']}-{i}"
                made.append(r)
            if a.format == "csv":
                with open(path, "w", newline="") as f:
                    w = csv.DictWriter(f, fieldnames=cols)
                    w.writeheader()
                    w.writerows(made)
            else:
                import pyarrow as pa, pyarrow.parquet as pq
                table = pa.table({c: [r[c] for r in made] for c in cols})
                pq.write_table(table, path, row_group_size=a.row_group_rows)
            del made
            size = os.path.getsize(path) / 1e6
            out = os.path.join(d, f"out_{n}.{ext}")
            t = time.perf_counter()
            pid = os.fork()
            if pid == 0:
                fd = os.open(os.devnull, os.O_WRONLY)
                os.dup2(fd, 2)
                os.execv(a.bin, [a.bin, "batch", path, "--text-column", a.text_column, "-o", out])
            _, status, usage = os.wait4(pid, 0)
            dt = time.perf_counter() - t
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(f"batch on {n} rows failed")
            if a.format == "csv":
                with open(out, newline="") as f:
                    got = sum(1 for _ in csv.reader(f)) - 1
            else:
                import pyarrow.parquet as pq
                got = pq.ParquetFile(out).metadata.num_rows
            assert got == n, f"{got} output rows for {n} input rows"
            print(f"batch {n:>6} rows ({size:6.1f} MB in): {dt:6.1f} s, {n/dt:7.1f} rows/s, "
                  f"peak RSS {usage.ru_maxrss/1024:.0f} MB, output rows {got}")

if __name__ == "__main__":
    main()
