#!/usr/bin/env python3
"""`jobclass serve` against `jobclass batch` on the same postings, on loopback only, bounded.

Every request goes to 127.0.0.1, every loop has a fixed number of requests and a time limit, and
every server started is stopped (SIGTERM) before the script ends.

1. Throughput, alternating in each round: `batch FILE --text-column description` (a process per
   run, its model load counted), then `serve` at 1, 8 and 32 concurrent clients, each client
   sending single postings of the file (`POST /v1/classify`, a kept-alive connection per client)
   until every posting was sent once. A fresh server for every run, so that its segment cache
   holds no more than a `batch` run's does. Postings/s and p50 / p99 latency; the ratio to the
   `batch` run of the same round.
2. One client: p50 latency of the postings that name their role as the job (answered from their
   names), and, for the first --unnamed postings that name none, serve's p50 against `classify`'s
   own time for that posting with the model loaded: `classify` on the posting and `classify` on
   one short sentence that names no role (process start, model load, and everything built on
   first use, the encoder's included) take turns --repeats times, and the median of the pairs'
   differences is taken. Both with --no-segment-cache, since the same posting is sent again and
   again.
3. Overload: --overload-clients clients (far more than --queue 16) each sending
   --overload-requests postings that need the encoder: every request answered (200 or 503),
   the 503s counted by the server's /metrics, the server's peak RSS (VmHWM).

Prints each run, then markdown tables with the CPU and the load average named.
Usage: scripts/bench/serve.py [--rounds 2] [--file ../shared/data/dev_postings.csv]
       [--jobclass target/release/jobclass] [--time-limit 300]
"""
import argparse, http.client, json, os, re, signal, statistics, subprocess, sys, tempfile
import threading, time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402

CLIENTS = [1, 8, 32]
# What `classify` takes besides a posting's own work: one short sentence that names no role, so
# that it is embedded too.
BASELINE = b"We keep the services of a small online shop running."


class Server:
    """`jobclass serve --listen 127.0.0.1:0 [extra]`, ready; stopped by `stop`."""

    def __init__(self, exe, extra=()):
        self.proc = subprocess.Popen(
            [exe, "serve", "--listen", "127.0.0.1:0", *extra],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in self.proc.stderr:
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if m:
                self.port = int(m.group(1))
                break
        else:
            sys.exit("serve did not start")
        threading.Thread(target=self.proc.stderr.read, daemon=True).start()
        deadline = time.time() + 120
        while self.get("/ready")[0] != 200:
            if time.time() > deadline:
                sys.exit("serve never ready")
            time.sleep(0.02)

    def get(self, path):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            c.request("GET", path)
            r = c.getresponse()
            return r.status, r.read().decode()
        except OSError:
            return 0, ""
        finally:
            c.close()

    def metric(self, name):
        for line in self.get("/metrics")[1].splitlines():
            if line.startswith(name + " "):
                return float(line.split()[-1])
        return 0.0

    def peak_rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=120)
        assert code == 0, f"serve exited with {code}"


def send_all(port, bodies, clients, deadline):
    """Sends every body once as `POST /v1/classify`, `clients` threads each on one kept-alive
    connection; returns (seconds, [(index, status, latency, answer)])."""
    lock, out, nxt = threading.Lock(), [], [0]

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while time.time() < deadline:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= len(bodies):
                break
            t = time.perf_counter()
            try:
                conn.request("POST", "/v1/classify", bodies[i], {"Content-Type": "application/json"})
                r = conn.getresponse()
                data = r.read()
                status = r.status
            except (OSError, http.client.HTTPException) as e:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                status, data = 0, repr(e).encode()
            dt = time.perf_counter() - t
            with lock:
                out.append((i, status, dt, data))
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return time.perf_counter() - t, out


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def ms(x):
    return f"{1000 * x:.1f}"


def named(answer):
    return json.loads(answer)["evidence"]["embedding"] is None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--file", default=common.DEV_POSTINGS)
    ap.add_argument("--jobclass", default=common.BIN)
    ap.add_argument("--time-limit", type=float, default=300, help="seconds a run may take")
    ap.add_argument("--unnamed", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=9)
    ap.add_argument("--overload-clients", type=int, default=256)
    ap.add_argument("--overload-requests", type=int, default=4)
    a = ap.parse_args()
    exe = a.jobclass
    texts = [r["description"] for r in common.read_csv(a.file)]
    bodies = [json.dumps({"text": t}).encode() for t in texts]
    print(f"CPU: {common.cpu_model()}; {os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.2f}")
    print(f"{len(texts)} postings of {a.file}")

    rows = {k: [] for k in ["batch", *CLIENTS]}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "labeled.csv")
        for rnd in range(a.rounds):
            dt, rss, _ = common.run([exe, "batch", a.file, "--text-column", "description",
                                     "--no-progress", "-o", out], b"")
            rows["batch"].append((len(texts) / dt, rss, None, None))
            print(f"round {rnd + 1}: batch {len(texts) / dt:.1f} postings/s ({dt:.2f} s, {rss:.0f} MB)", flush=True)
            for c in CLIENTS:
                s = Server(exe)
                dt, res = send_all(s.port, bodies, c, time.time() + a.time_limit)
                rss = s.peak_rss_mb()
                s.stop()
                ok = [r for r in res if r[1] == 200]
                assert len(ok) == len(bodies), f"{len(bodies) - len(ok)} postings not answered 200"
                lat = [r[2] for r in ok]
                rows[c].append((len(ok) / dt, rss, pct(lat, 0.5), pct(lat, 0.99)))
                if c == 1:
                    named_lat = [r[2] for r in ok if named(r[3])]
                    rows.setdefault("named", []).append(pct(named_lat, 0.5))
                print(f"round {rnd + 1}: serve, {c} clients: {len(ok) / dt:.1f} postings/s, p50 "
                      f"{ms(pct(lat, 0.5))} ms, p99 {ms(pct(lat, 0.99))} ms, peak RSS {rss:.0f} MB", flush=True)

        # One client, postings that need the encoder: serve against classify, both without the
        # segment cache (the same posting is sent again and again).
        s = Server(exe, ["--no-segment-cache"])
        _, res = send_all(s.port, bodies, 1, time.time() + a.time_limit)
        by_index = {r[0]: r[3] for r in res}
        unnamed = [i for i in range(len(texts)) if not named(by_index[i])][: a.unnamed]
        classify = [exe, "classify", "--no-segment-cache"]
        compare = []
        for i in unnamed:
            _, lat = send_all(s.port, [bodies[i]] * a.repeats, 1, time.time() + a.time_limit)
            serve_p50 = statistics.median(r[2] for r in lat)
            pairs = [(common.run(classify, texts[i].encode())[0], common.run(classify, BASELINE)[0])
                     for _ in range(a.repeats)]
            own = statistics.median(whole - base for whole, base in pairs)
            compare.append((i, len(texts[i]), serve_p50, own))
            print(f"posting {i + 1} ({len(texts[i])} chars): serve p50 {ms(serve_p50)} ms, classify "
                  f"{ms(statistics.median(p[0] for p in pairs))} ms less "
                  f"{ms(statistics.median(p[1] for p in pairs))} ms for one sentence = {ms(own)} ms",
                  flush=True)
        s.stop()

        # Overload: far more clients than places in the queue.
        s = Server(exe, ["--queue", "16"])
        hard = [bodies[i] for i in range(len(texts)) if not named(by_index[i])]
        load = [hard[k % len(hard)] for k in range(a.overload_clients * a.overload_requests)]
        dt, res = send_all(s.port, load, a.overload_clients, time.time() + a.time_limit)
        statuses = {}
        for r in res:
            statuses[r[1]] = statuses.get(r[1], 0) + 1
            if r[1] == 0:
                print(f"no answer: {r[3].decode()}")
        refused = s.metric('jobclass_refused_total{reason="queue_full"}')
        overload_rss = s.peak_rss_mb()
        s.stop()

    print(f"\nload average at end {os.getloadavg()[0]:.2f}; CPU: {common.cpu_model()}\n")
    med = lambda xs: statistics.median(xs)  # noqa: E731
    batch_rate = med([r[0] for r in rows["batch"]])
    print("| mode | postings/s | vs batch (same round) | p50 ms | p99 ms | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(f"| batch | {batch_rate:.1f} | 1.00 | | | {max(r[1] for r in rows['batch']):.0f} |")
    for c in CLIENTS:
        ratios = [r[0] / b[0] for r, b in zip(rows[c], rows["batch"])]
        print(f"| serve, {c} client{'s' if c > 1 else ''} | {med([r[0] for r in rows[c]]):.1f} | "
              f"{med(ratios):.2f} ({', '.join(f'{x:.2f}' for x in ratios)}) | "
              f"{ms(med([r[2] for r in rows[c]]))} | {ms(med([r[3] for r in rows[c]]))} | "
              f"{max(r[1] for r in rows[c]):.0f} |")
    print(f"\none client, postings that name their role: p50 {ms(med(rows['named']))} ms "
          f"(per round: {', '.join(ms(x) for x in rows['named'])})")
    print("\n| posting (naming none) | chars | serve p50 ms | classify's own ms | ratio |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for i, n, sp, cl in compare:
        print(f"| {i + 1} | {n} | {ms(sp)} | {ms(cl)} | {sp / cl:.2f} |")
    print(f"\noverload: {a.overload_clients} clients x {a.overload_requests} requests, --queue 16, "
          f"{dt:.1f} s: answers by status {dict(sorted(statuses.items()))} (0: no answer), "
          f"503s in /metrics {refused:.0f}, peak RSS {overload_rss:.0f} MB")


if __name__ == "__main__":
    main()
