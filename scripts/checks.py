#!/usr/bin/env python3
"""Two habits of the code that scripts/lint checks (its tests: scripts/tests/test_checks.py):

layers: code in a layer of the Rust code uses only the layers below it, in the order of
  scripts/layers.txt, and no two top-level modules use each other through a loop. What counts is
  what the code names: `use` declarations and paths in code that start with `crate::`, `super::`
  or (in the jobclass command and the Python module, clients of the library) `jobclass::`.
  Comments, rustdoc links and string literals do not count.
lengths: no Rust or Python source file has over 500 lines of code, but those listed with a reason
  in scripts/long-files.txt. Lines of code: the lines that are not blank, outside `#[cfg(test)]`
  (or `#[cfg(all(test, ...))]`) modules. Not counted: test files (in a folder named tests, or a
  Rust module declared under `#[cfg(test)]`) and anything not .rs, .py or .pyi (data).

Usage: scripts/checks.py layers|lengths [REPOSITORY]  (default: this one); exit 1 on a finding.
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYERS_FILE = "scripts/layers.txt"
EXCEPTIONS_FILE = "scripts/long-files.txt"
MAX_LINES = 500
# The crates: their root file, and the layer of the clients (every file of theirs is in it).
LIBRARY_ROOT = "src/lib.rs"
COMMAND_ROOT, COMMAND_LAYER = "src/main.rs", "cli"
PYTHON_SRC, PYTHON_LAYER = "python/src", "python"
SKIPPED_DIRS = {"target", "__pycache__", "node_modules"}

# Where a comment or a literal may start: its end is found by `code_only`.
_OPENER = re.compile(r"""//|/\*|(?<![\w])(?:br|cr|r)\#*"|(?<![\w])[bc]?"|(?<![\w])b?'""")
_RAW = re.compile(r'[bc]?r(#*)"')
_STRING = re.compile(r'[bc]?"(?:[^"\\]|\\.)*"', re.S)
_CHAR = re.compile(r"b?'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]{1,6}\}|.)|[^\\'\n])'")
_TOKEN = re.compile(r"\$?[A-Za-z_]\w*|::|\S")


def _blank(text):
    return re.sub(r"[^\n]", " ", text)


def code_only(src):
    """Rust source with comments and string and character literals blanked, every line where it
    was."""
    out, i = [], 0
    while True:
        m = _OPENER.search(src, i)
        if not m:
            out.append(src[i:])
            return "".join(out)
        start = m.start()
        out.append(src[i:start])
        opener = m.group()
        if opener == "//":
            end = src.find("\n", start)
            end = len(src) if end < 0 else end
        elif opener == "/*":
            depth, end = 1, start + 2
            while depth and end < len(src):
                if src.startswith("/*", end):
                    depth, end = depth + 1, end + 2
                elif src.startswith("*/", end):
                    depth, end = depth - 1, end + 2
                else:
                    end += 1
        elif opener.endswith('"') and _RAW.match(opener):
            hashes = _RAW.match(opener).group(1)
            close = src.find('"' + hashes, m.end())
            end = len(src) if close < 0 else close + 1 + len(hashes)
        elif opener.endswith('"'):
            s = _STRING.match(src, start)
            end = s.end() if s else len(src)
        else:
            c = _CHAR.match(src, start)
            if not c:  # a lifetime, `'a`: code
                out.append(opener)
                i = m.end()
                continue
            end = c.end()
        out.append(_blank(src[start:end]))
        i = end


def tokens(src):
    """(token, line number) of the Rust code in `src`."""
    code = code_only(src)
    line, pos, out = 1, 0, []
    for m in _TOKEN.finditer(code):
        line += code.count("\n", pos, m.start())
        pos = m.start()
        out.append((m.group(), line))
    return out


def _use_tree(toks, i):
    """The paths of the path or use tree at toks[i] (`a::b`, `a::{b, c::d}`), each a list of
    names, and the index after it."""
    t = toks[i][0] if i < len(toks) else ""
    if t == "{":
        paths, i = [], i + 1
        while i < len(toks) and toks[i][0] != "}":
            if toks[i][0] == ",":
                i += 1
                continue
            sub, i = _use_tree(toks, i)
            paths += sub
        return paths, i + 1
    if not (re.match(r"\$?\w", t) or t == "*"):
        return [[]], i
    if t == "self" and (i + 1 == len(toks) or toks[i + 1][0] != "::"):
        return [[]], i + 1  # `a::{self, b}`: `a` itself
    if i + 2 < len(toks) and toks[i + 1][0] == "::":
        sub, j = _use_tree(toks, i + 2)
        return [[t] + p for p in sub], j
    return [[t]], i + 1


def paths_in(src):
    """(line, path, inline modules around it) of every path in `src` that starts with `crate`,
    `$crate`, `super` or `jobclass`, `use` trees expanded."""
    toks = tokens(src)
    found, inline, depth, i = [], [], 0, 0
    while i < len(toks):
        t, line = toks[i]
        if t == "mod" and i + 2 < len(toks) and toks[i + 2][0] == "{":
            inline.append((toks[i + 1][0], depth))
        elif t == "{":
            depth += 1
        elif t == "}":
            depth -= 1
            if inline and inline[-1][1] == depth:
                inline.pop()
        elif (t in ("crate", "$crate", "super", "jobclass") and i + 1 < len(toks)
              and toks[i + 1][0] == "::" and (i == 0 or toks[i - 1][0] != "::")
              and [x for x, _ in toks[max(0, i - 3):i]] != ["pub", "(", "in"]):
            paths, j = _use_tree(toks, i)
            found += [(line, p, [name for name, _ in inline]) for p in paths]
            i = j
            continue
        i += 1
    return found


def read_layers(root):
    """The layers of scripts/layers.txt, top first: a list of sets of names."""
    with open(os.path.join(root, LAYERS_FILE), encoding="utf-8") as f:
        return [set(line.split()) for line in (raw.split("#")[0] for raw in f) if line.strip()]


def _rust_files(root, folder):
    out = []
    for d, dirs, files in os.walk(os.path.join(root, folder)):
        dirs[:] = sorted(x for x in dirs if not x.startswith(".") and x not in SKIPPED_DIRS)
        out += sorted(os.path.relpath(os.path.join(d, f), root) for f in files if f.endswith(".rs"))
    return out


def module_path(rel, base):
    """`src/model/int8/mod.rs` -> ["model", "int8"] (for base `src`)."""
    parts = os.path.relpath(rel, base).split(os.sep)
    parts[-1] = parts[-1][:-3]
    if parts[-1] in ("mod", "lib", "main"):
        parts.pop()
    return parts


def _read(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8") as f:
        return f.read()


def layer_findings(root, layers):
    """What breaks the layer rule in the repository at `root`: a list of messages."""
    index = {name: n for n, names in enumerate(layers) for name in names}
    command_modules = set()
    if os.path.exists(os.path.join(root, COMMAND_ROOT)):
        command_modules = set(re.findall(r"\bmod\s+(\w+)\s*;", code_only(_read(root, COMMAND_ROOT))))
    findings, edges, unplaced, upward = [], {}, {}, {}
    # (file, its layer, module path in its crate, the names crate:: and jobclass:: start from)
    files = []
    for rel in _rust_files(root, "src"):
        path = module_path(rel, "src")
        if rel == COMMAND_ROOT or (path and path[0] in command_modules):
            files.append((rel, COMMAND_LAYER, path, {"crate": "command", "jobclass": "library"}))
        elif rel != LIBRARY_ROOT:
            files.append((rel, path[0], path, {"crate": "library", "jobclass": "library"}))
    if os.path.isdir(os.path.join(root, PYTHON_SRC)):
        for rel in _rust_files(root, PYTHON_SRC):
            files.append((rel, PYTHON_LAYER, module_path(rel, PYTHON_SRC),
                          {"crate": "python", "jobclass": "library"}))
    library_modules = {f[1] for f in files if f[3]["crate"] == "library"}
    for rel, layer, _, _ in files:
        if layer not in index:
            unplaced.setdefault(layer, rel)
    for layer, rel in sorted(unplaced.items()):
        findings.append(f"{rel}: `{layer}` is on no line of {LAYERS_FILE}: place it in the order")
    for rel, layer, path, crates in files:
        for line, p, inline in paths_in(_read(root, rel)):
            start = p[0]
            if start == "super":
                here = path + inline
                ups = p.count("super")
                if ups > len(here):
                    continue
                absolute = here[:len(here) - ups] + p[ups:]
                crate = crates["crate"]
            else:
                absolute = p[1:]
                crate = crates["jobclass" if start == "jobclass" else "crate"]
            if crate != "library" or not absolute or absolute[0] not in library_modules:
                continue  # its own crate, or an item of the crate's root
            target = absolute[0]
            if target == layer or layer not in index or target not in index:
                continue
            edges.setdefault((layer, target), (rel, line))
            if index[target] < index[layer]:
                upward.setdefault((rel, line, layer, target), []).append("::".join(p))
    for (rel, line, layer, target), names in upward.items():
        findings.append(f"{rel}:{line}: {layer} uses {', '.join(names)}: {target} is a layer above")
    findings += [f"loop: {msg}" for msg in _loops(edges, index)]
    return findings


def _loops(edges, index):
    """Each group of top-level modules that reach each other through their uses: its members, and
    the uses between them that do not go down a layer (one of them closes the loop), each with the
    first place it is made."""
    graph = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())

    def reach(a):
        seen, todo = {a}, [a]
        while todo:
            for b in graph[todo.pop()]:
                if b not in seen:
                    seen.add(b)
                    todo.append(b)
        return seen

    reachable = {a: reach(a) for a in graph}
    out, done = [], set()
    for a in sorted(graph):
        group = sorted(b for b in reachable[a] if a in reachable[b])
        if len(group) < 2 or a in done:
            continue
        done |= set(group)
        where = "; ".join(f"{x} -> {y} at {edges[x, y][0]}:{edges[x, y][1]}" for x, y in sorted(edges)
                          if x in group and y in group and index[y] <= index[x])
        out.append(f"{', '.join(group)} reach each other; the uses not down a layer: {where}")
    return out


def lines_of_code(src, rust):
    """Lines that are not blank, outside `#[cfg(test)]` modules (Rust); and the names of the
    modules of other files declared under `#[cfg(test)]` (`mod tests;`)."""
    lines = src.split("\n")
    if not rust:
        return sum(1 for x in lines if x.strip()), []
    toks = tokens(src)
    test_lines, test_files, i = set(), [], 0
    while i < len(toks):
        j = _test_only_cfg(toks, i)
        if j is None:
            i += 1
            continue
        first = toks[i][1]
        while j < len(toks) and toks[j][0] == "#":  # more attributes
            depth, j = 0, j + 1
            while j < len(toks):
                depth += {"[": 1, "]": -1}.get(toks[j][0], 0)
                j += 1
                if depth == 0:
                    break
        if j < len(toks) and toks[j][0] == "pub":
            j += 1
            if j < len(toks) and toks[j][0] == "(":
                while j < len(toks) and toks[j][0] != ")":
                    j += 1
                j += 1
        if j + 2 < len(toks) and toks[j][0] == "mod":
            if toks[j + 2][0] == ";":
                test_files.append(toks[j + 1][0])
            elif toks[j + 2][0] == "{":
                depth, k = 0, j + 2
                while k < len(toks):
                    depth += {"{": 1, "}": -1}.get(toks[k][0], 0)
                    if depth == 0:
                        break
                    k += 1
                last = toks[min(k, len(toks) - 1)][1]
                test_lines.update(range(first, last + 1))
                i = k
        i += 1
    return sum(1 for n, x in enumerate(lines, 1) if x.strip() and n not in test_lines), test_files


def _test_only_cfg(toks, i):
    """If toks[i] starts `#[cfg(test)]` or `#[cfg(all(test, ...))]`, the index after it."""
    if [t for t, _ in toks[i:i + 4]] != ["#", "[", "cfg", "("]:
        return None
    depth, j, predicate = 1, i + 4, []
    while j < len(toks) and depth:
        t = toks[j][0]
        depth += {"(": 1, ")": -1}.get(t, 0)
        predicate.append((t, depth))
        j += 1
    if j >= len(toks) or toks[j][0] != "]":
        return None
    if predicate[:1] == [("test", 1)] and len(predicate) == 2:
        return j + 1
    if predicate[:2] == [("all", 1), ("(", 2)] and ("test", 2) in predicate:
        return j + 1
    return None


def _source_files(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs
                         if not x.startswith(".") and x not in SKIPPED_DIRS and x != "tests")
        out += sorted(os.path.relpath(os.path.join(d, f), root)
                      for f in files if f.endswith((".rs", ".py", ".pyi")))
    return out


def read_exceptions(root):
    """{path: reason} of scripts/long-files.txt (`path: reason` a line), and its malformed lines."""
    listed, bad = {}, []
    path = os.path.join(root, EXCEPTIONS_FILE)
    if not os.path.exists(path):
        return listed, bad
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#")[0].strip()
            if not line:
                continue
            name, _, reason = line.partition(":")
            if not reason.strip():
                bad.append(f"{EXCEPTIONS_FILE}:{n}: give the path, a colon and the reason")
            else:
                listed[name.strip()] = reason.strip()
    return listed, bad


def length_findings(root):
    """Source files over the limit and not listed, and listed files that are not over it."""
    listed, findings = read_exceptions(root)
    files = _source_files(root)
    counts, test_files = {}, set()
    for rel in files:
        count, tests = lines_of_code(_read(root, rel), rel.endswith(".rs"))
        counts[rel] = count
        folder = os.path.dirname(rel)
        if os.path.basename(rel) not in ("mod.rs", "lib.rs", "main.rs"):
            folder = os.path.join(folder, os.path.basename(rel)[:-3])
        for name in tests:
            test_files |= {os.path.join(folder, name + ".rs"), os.path.join(folder, name, "mod.rs")}
    for rel in files:
        if rel in test_files:
            continue
        over = counts[rel] > MAX_LINES
        if over and rel not in listed:
            findings.append(f"{rel}: {counts[rel]} lines of code, over {MAX_LINES}: split it, or "
                            f"list it in {EXCEPTIONS_FILE} with the reason")
        elif rel in listed and not over:
            findings.append(f"{rel}: {counts[rel]} lines of code, not over {MAX_LINES}: "
                            f"take it out of {EXCEPTIONS_FILE}")
    for rel in sorted(set(listed) - set(files)):
        findings.append(f"{EXCEPTIONS_FILE}: {rel} is no source file: take it out")
    return findings


def main(argv):
    if len(argv) not in (2, 3) or argv[1] not in ("layers", "lengths"):
        sys.exit(__doc__)
    root = argv[2] if len(argv) == 3 else ROOT
    if argv[1] == "layers":
        findings = layer_findings(root, read_layers(root))
    else:
        findings = length_findings(root)
    for f in findings:
        print(f)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
