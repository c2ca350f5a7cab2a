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
    secs, _, mb, out = run_usage(cmd, stdin_bytes, env)
    return secs, mb, out


def run_usage(cmd, stdin_bytes, env=None):
    """Runs cmd; returns (wall seconds, CPU seconds (user + system), peak RSS in MB, stdout), the
    CPU time and RSS of that process alone (read with wait4)."""
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
        return dt, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, fout.read()


def cpu_model():
    """The CPU's model name and its AVX-512 extensions, for every speed figure."""
    name, flags = _cpuinfo()
    avx512 = sorted(f for f in flags if f.startswith("avx512"))
    return f"{name} ({'AVX-512: ' + ' '.join(avx512) if avx512 else 'no AVX-512'})"


def cpu_flags():
    """The CPU's model name and the flags of the instruction sets jobclass's kernels choose
    between (AVX-512, AVX-VNNI, AMX; AVX2 and FMA when there is no AVX-512)."""
    name, flags = _cpuinfo()
    keep = sorted(f for f in flags if f.startswith(("avx512", "amx")) or f == "avx_vnni")
    if not any(f.startswith("avx512") for f in keep):
        keep = sorted(f for f in flags if f in ("avx2", "fma")) + keep
    return name, keep


def _cpuinfo():
    name, flags = "unknown", set()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name") and name == "unknown":
                name = line.split(":", 1)[1].strip()
            elif line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return name, flags


def cold_starts(cmds, runs, env=None):
    """Cold start of each command, the model cached: each (name, argv, stdin) runs once to warm the
    page cache, then `runs` times, the commands taking turns. Returns {name: (seconds of each run,
    the largest peak RSS in MB)}, in the order of `cmds`."""
    for _, argv, stdin in cmds:
        run(argv, stdin, env)
    secs = {name: [] for name, _, _ in cmds}
    mb = dict.fromkeys(secs, 0.0)
    for _ in range(runs):
        for name, argv, stdin in cmds:
            dt, peak, _ = run(argv, stdin, env)
            secs[name].append(dt)
            mb[name] = max(mb[name], peak)
    return {name: (secs[name], mb[name]) for name in secs}


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
