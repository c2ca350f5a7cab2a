"""What the scripts share: where things are, the label vocabulary (src/labels.json, which the
Rust code checks against its own), and how a command is timed. Import it after
`sys.path.insert(0, <scripts folder>)`."""
import json, os, subprocess, sys, tempfile, time

SCRIPTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SCRIPTS)
BIN = os.path.join(ROOT, "target", "release", "jobclass")
SHARED_DATA = os.path.join(ROOT, "..", "shared", "data")
DEV_POSTINGS = os.path.join(SHARED_DATA, "dev_postings.csv")

with open(os.path.join(ROOT, "src", "labels.json")) as _f:
    _labels = json.load(_f)
ROLES = _labels["roles"]
OTHER = _labels["other"]
SET_ASIDE = _labels["set_aside"]


def run(cmd, stdin_bytes, env=None):
    """Runs cmd; returns (seconds, peak RSS in MB of that process alone, stdout)."""
    with tempfile.TemporaryFile() as fin, tempfile.TemporaryFile() as fout, tempfile.TemporaryFile() as ferr:
        fin.write(stdin_bytes)
        fin.seek(0)
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=ferr, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        fout.seek(0)
        ferr.seek(0)
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {ferr.read().decode()[-2000:]}")
        return dt, usage.ru_maxrss / 1024, fout.read()


def cpu_model():
    """The CPU's model name and its AVX-512 extensions, for every speed figure."""
    name, flags = "unknown", set()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    avx512 = sorted(f for f in flags if f.startswith("avx512"))
    return f"{name} ({'AVX-512: ' + ' '.join(avx512) if avx512 else 'no AVX-512'})"


def descriptions(path):
    """The description column of a postings file, whitespace collapsed (one line each)."""
    import csv
    with open(path, newline="") as f:
        return [" ".join(r["description"].split()) for r in csv.DictReader(f)]


def read_csv(path):
    """Every row of a CSV file with a header, as dicts."""
    import csv
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, rows):
    """Writes `rows` (dicts with the same keys, at least one) as CSV with a header."""
    import csv
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
