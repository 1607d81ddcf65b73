#!/usr/bin/env python3
"""Time `orgops validate` on a generated 3-organization repository, against PyYAML's C loader.

For each contender the best wall-clock and CPU time of N runs is reported, with the
peak resident set size of the child process (from wait4's rusage, the figure
`/usr/bin/time -v` prints as "Maximum resident set size"). The PyYAML
contender only parses the same YAML files (yaml.CLoader) and JSON documents;
it validates nothing, so it is a floor for "reading the repository", not a
like-for-like validator.

Exits non-zero only when a contender fails (validate rejects the repository, or
the PyYAML parse cannot run); missing the speed targets is reported, not fatal.
"""
import argparse
import os
import subprocess
import sys
import time

PARSE_ONLY = r"""
import json, os, sys, yaml
class Loader(yaml.CLoader):
    pass
Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
root = sys.argv[1]
documents = 0
for folder, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for name in files:
        path = os.path.join(folder, name)
        if name.endswith((".yaml", ".yml")):
            with open(path, "rb") as f:
                documents += sum(1 for _ in yaml.load_all(f, Loader=Loader))
        elif name.endswith(".json"):
            with open(path, "rb") as f:
                json.load(f)
print(documents)
"""


def measure(command, runs):
    """Best wall time (s), best CPU time (user + system, s), peak RSS (MiB) and exit status of `command`
    over `runs` runs. CPU time is the steadier figure on a shared machine."""
    best, cpu, peak, status = None, None, 0, None
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, wait_status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(wait_status)
        error = child.stderr.read().decode(errors="replace")
        child.stderr.close()
        status = child.returncode
        if status != 0:
            sys.stderr.write("%s exited %d:\n%s\n" % (" ".join(command), status, error[-4000:]))
        best = elapsed if best is None else min(best, elapsed)
        used = usage.ru_utime + usage.ru_stime
        cpu = used if cpu is None else min(cpu, used)
        peak = max(peak, usage.ru_maxrss / 1024.0)
    return best, cpu, peak, status


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    package = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", default="/tmp/orgops-bench-validate/repo", help="where the repository is generated")
    parser.add_argument("--binary", default=os.path.join(package, ".build", "release", "orgops"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-generate", action="store_true", help="reuse an existing repository")
    args = parser.parse_args()

    if not args.skip_generate or not os.path.isdir(args.repo):
        subprocess.run([sys.executable, os.path.join(here, "generate.py"), "--out", args.repo], check=True)
    if not os.access(args.binary, os.X_OK):
        sys.exit("no orgops binary at %s; build it with `swift build -c release --product orgops`" % args.binary)

    yaml_files = sum(1 for _, _, files in os.walk(args.repo) for f in files if f.endswith(".yaml"))
    json_files = sum(1 for _, _, files in os.walk(args.repo) for f in files if f.endswith(".json"))
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(args.repo) for f in files)

    rows = [
        ("orgops validate (release)", measure([args.binary, "validate", args.repo], args.runs)),
        ("PyYAML CLoader, parse only", measure([sys.executable, "-c", PARSE_ONLY, args.repo], args.runs)),
    ]
    print("repository: %s (%d YAML + %d JSON files, %.1f MiB; 3 organizations, 10,000 accounts, 500 OUs,"
          % (args.repo, yaml_files, json_files, size / 1048576.0))
    print("            200 policies, 100 permission sets, 20,000 assignments); best of %d runs" % args.runs)
    print()
    print("| %-28s | %9s | %9s | %14s | %4s |" % ("contender", "wall (s)", "CPU (s)", "peak RSS (MiB)", "exit"))
    print("|%s|%s|%s|%s|%s|" % ("-" * 30, "-" * 11, "-" * 11, "-" * 16, "-" * 6))
    for name, (best, cpu, peak, status) in rows:
        print("| %-28s | %9.3f | %9.3f | %14.1f | %4d |" % (name, best, cpu, peak, status))
    validate, parse = rows[0][1], rows[1][1]
    print()
    print("orgops validate / PyYAML parse: %.2fx the wall time, %.2fx the CPU time"
          % (validate[0] / parse[0], validate[1] / parse[1]))
    # Wall time on a shared machine depends on what else runs: the load average says how busy it was.
    print("load average (1, 5, 15 min) after the runs: %.2f %.2f %.2f on %d CPUs"
          % (os.getloadavg() + (os.cpu_count() or 1,)))
    # Missing a target is a finding, reported here, not a failure of the benchmark.
    print("target validate < 1 s wall: %s; target faster than the PyYAML parse (wall): %s"
          % ("met" if validate[0] < 1.0 else "missed", "met" if validate[0] < parse[0] else "missed"))
    if validate[3] != 0:
        sys.exit("orgops validate did not accept the generated repository (exit %d)" % validate[3])
    if parse[3] != 0:
        sys.exit("the PyYAML parse failed (exit %d); is PyYAML with libyaml (yaml.CLoader) installed?" % parse[3])


if __name__ == "__main__":
    main()
