#!/usr/bin/env python3
"""Shows that `jobclass batch` streams: peak RSS on 200 and on 20,000 rows should be the same.
The rows are the dev postings repeated (full descriptions, ~4 KB each, passed through to the
output); the title column is what gets classified, so the run stays short while every row is
large. With --format parquet the rows go in and out as Parquet (written with pyarrow, in row
groups of --row-group-rows), which batch reads a batch at a time and writes a row group at a time.
Usage: scripts/bench/memory.py [--bin target/release/jobclass] [--text-column title]
       [--format csv|parquet] [--row-group-rows N]
"""
import argparse, csv, os, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402

# A CSV file (argv 1) as Parquet (argv 2), in row groups of argv 3 rows.
TO_PARQUET = """
import sys, pyarrow.csv as pc, pyarrow.parquet as pq
table = pc.read_csv(sys.argv[1], parse_options=pc.ParseOptions(newlines_in_values=True),
                    convert_options=pc.ConvertOptions(column_types={"id": "string"}))
pq.write_table(table, sys.argv[2], row_group_size=int(sys.argv[3]))
"""

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
            path = os.path.join(d, f"rows_{n}.csv")
            with open(path, "w", newline="") as f:
                w = csv.DictWriter(f, fieldnames=cols)
                w.writeheader()
                for i in range(n):
                    r = dict(rows[i % len(rows)])
                    r["id"] = f"{r['id']}-{i}"
                    w.writerow(r)
            if a.format == "parquet":
                # In a process of its own: the forked child below starts as a copy of this
                # one, and its peak RSS would count a table held here.
                pq_path = os.path.join(d, f"rows_{n}.parquet")
                subprocess.run([sys.executable, "-c", TO_PARQUET, path, pq_path,
                                str(a.row_group_rows)], check=True)
                path = pq_path
            size = os.path.getsize(path) / 1e6
            out = os.path.join(d, f"out_{n}.{a.format}")
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
