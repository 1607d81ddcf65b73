#!/usr/bin/env python3
"""Benchmark of the operator, `orgops run` (issue 7): time from a pushed change to its status commit, and
the idle cost of a 1,000-account estate between passes.

Starts Tests/AWSBackend/orgops_aws_server.py, bootstraps the operator (999999999999) and a management
account (111111111111, role `orgops`), turns signature checking on and seeds, with the generator of
bench/org-plan/run.py, one organization of 1,000 accounts, 100 OUs and 60 policies, every resource tagged
as owned. Its manifests go into a bare git repository (through a clone, as a person would push them).
The operator reaches the server through bench/operator/keepalive_proxy.py, which keeps its connections
alive as AWS endpoints do (werkzeug closes every one; `--connection close` measures that way, in which a
FoundationNetworking defect spins a dispatch worker for as long as each call is outstanding: see
docs/performance.md). Then, with the release binary (`.build/release/orgops`) on a real clock:

* `orgops run --interval 10s` starts; its first pass (a full read: it adopts what the manifests declare
  and records the inventory) is the converge, timed from the process start to its status commit;
* the server's latency injection is set to --latency-ms per call (60 ms, as bench/org-plan uses);
* --samples changes are pushed one at a time, alternating a new top-level OU and a changed SCP document,
  each after a random pause of 0-10 s (seeded) so it lands anywhere in the fetch interval; for each, the time from `git push` returning to the status commit of that revision appearing on the
  bare repository's `orgops/status` (polled every 50 ms);
* a quiet --idle-seconds: the operator's CPU (utime+stime of /proc/<pid>/stat, and of its reaped git
  children) as % of one core and per pass (passes counted from /metrics' orgops_reconcile_total), the
  AWS calls per pass, and its memory (VmRSS sampled each second, VmHWM at the end, /proc/<pid>/status).

Prints a table; asserts nothing about time.

    python3 bench/operator/run.py [--accounts 1000] [--ous 100] [--policies 60] [--latency-ms 60]
                                  [--samples 4] [--idle-seconds 60] [--connection keep-alive|close]
                                  [--json out.json]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "identity-center"))
import benchlib as b  # noqa: E402

sys.path.insert(0, HERE)
import keepalive_proxy  # noqa: E402


def load_org_plan():
    """bench/org-plan/run.py as a module, for its estate generator (`seed`, `write_manifests`)."""
    spec = importlib.util.spec_from_file_location("org_plan_bench", os.path.join(ROOT, "bench", "org-plan", "run.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GIT_ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.com",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.com"}
STATUS_BRANCH = "orgops/status"


def git(*args: str, cwd: str | None = None) -> str:
    out = subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=cwd, env=GIT_ENV,
                         capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {out.stderr.strip()}")
    return out.stdout


def status_revisions(bare: str) -> list[str]:
    """The source revisions of the status branch's commits, newest first (empty before the first)."""
    if not git("--git-dir=" + bare, "for-each-ref", "refs/heads/" + STATUS_BRANCH).strip():
        return []
    text = git("--git-dir=" + bare, "log", "--format=%(trailers:key=Orgops-Source-Revision,valueonly)%x1e",
               "refs/heads/" + STATUS_BRANCH, "--")
    return [part.strip() for part in text.split("\x1e") if part.strip()]


def status_of(bare: str, revision: str) -> dict:
    text = git("--git-dir=" + bare, "log", "--format=%s%x1e%b%x1d", "refs/heads/" + STATUS_BRANCH, "--")
    for record in text.split("\x1d"):
        if f"Orgops-Source-Revision: {revision}" in record:
            subject, body = record.strip().split("\x1e", 1)
            trailers = dict(re.findall(r"^(Orgops-[A-Za-z-]+): (.*)$", body, re.M))
            return {"subject": subject, **trailers}
    return {}


def wait_for_status(bare: str, revision: str, process: subprocess.Popen, poll: float = 0.05,
                    deadline_s: float = 1800) -> float:
    """Seconds until the status branch has a commit of `revision`; fails if the operator exits."""
    start = time.perf_counter()
    while time.perf_counter() - start < deadline_s:
        if revision in status_revisions(bare):
            return time.perf_counter() - start
        if process.poll() is not None:
            raise SystemExit(f"orgops run exited ({process.returncode}) while waiting for {revision[:7]}")
        time.sleep(poll)
    raise SystemExit(f"no status commit of {revision[:7]} within {deadline_s:.0f} s")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def proc_cpu(pid: int) -> tuple[float, float]:
    """(own utime+stime, reaped children's cutime+cstime) of `pid`, in seconds."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    # Fields after the command: state is [0], utime [11], stime [12], cutime [13], cstime [14].
    return (int(fields[11]) + int(fields[12])) / tick, (int(fields[13]) + int(fields[14])) / tick


def proc_memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of `pid`, in kB."""
    values = {}
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values


def reconciles(port: int) -> int:
    """The sum of orgops_reconcile_total over organizations and results: passes finished so far."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    return int(sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                   if line.startswith("orgops_reconcile_total{")))


def add_ou(clone: str, name: str) -> str:
    path = os.path.join(clone, "organizations", "bench.yaml")
    text = open(path, encoding="utf-8").read()
    anchor = "  organizationalUnits:\n"
    open(path, "w", encoding="utf-8").write(text.replace(anchor, anchor + f"    - name: {name}\n      tags: {{ tier: top }}\n", 1))
    return f"add the {name} OU"


def change_policy(clone: str, index: int) -> str:
    path = os.path.join(clone, "policies", "policy-00.json")
    content = {"Version": "2012-10-17",
               "Statement": [{"Sid": "Deny0", "Effect": "Deny", "Action": [f"ec2:Run0v{index}"], "Resource": "*"}]}
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(content, handle)
    return f"policy-00 denies ec2:Run0v{index}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--ous", type=int, default=100)
    parser.add_argument("--policies", type=int, default=60)
    parser.add_argument("--latency-ms", type=int, default=60)
    parser.add_argument("--samples", type=int, default=4)
    parser.add_argument("--idle-seconds", type=int, default=60)
    parser.add_argument("--connection", choices=["keep-alive", "close"], default="keep-alive",
                        help="keep-alive (default, as AWS endpoints): the operator reaches the server through "
                             "keepalive_proxy.py; close: directly, one connection per call (werkzeug's way)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    if not os.path.exists(b.BINARY):
        raise SystemExit(f"{b.BINARY} is missing: run `swift build -c release --product orgops` first")
    org_plan = load_org_plan()
    work = tempfile.mkdtemp(prefix="orgops-bench-operator-")
    proc, endpoint = b.start_server()
    operator = None
    proxy = None
    try:
        keys = b.bootstrap(endpoint)
        operator_endpoint = endpoint
        if args.connection == "keep-alive":
            proxy, operator_endpoint = keepalive_proxy.start(endpoint)
        started = time.perf_counter()
        estate = org_plan.seed(endpoint, keys, args.accounts, args.ous, args.policies)
        seeded = time.perf_counter() - started
        bare, clone = os.path.join(work, "estate.git"), os.path.join(work, "clone")
        git("init", "--quiet", "--bare", "--initial-branch=main", bare)
        git("init", "--quiet", "--initial-branch=main", clone)
        org_plan.write_manifests(clone, estate)
        git("add", "-A", cwd=clone)
        git("commit", "--quiet", "-m", "bench estate", cwd=clone)
        git("push", "--quiet", bare, "HEAD:refs/heads/main", cwd=clone)
        head = git("rev-parse", "HEAD", cwd=clone).strip()

        port = free_port()
        env = {"PATH": "/usr/bin:/bin", "HOME": work, "AWS_ACCESS_KEY_ID": keys["accessKeyId"],
               "AWS_SECRET_ACCESS_KEY": keys["secretAccessKey"], "AWS_ENDPOINT_URL": operator_endpoint,
               "AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
               "AWS_CONFIG_FILE": os.path.join(work, ".none"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(work, ".none")}
        log = open(os.path.join(work, "orgops.log"), "w")
        b.control(endpoint, "POST", "/orgops-test/calls/reset", b"")
        operator = subprocess.Popen(
            [b.BINARY, "run", "--repo-url", bare, "--work-dir", os.path.join(work, "operator"), "--interval", "10s",
             "--listen", f"127.0.0.1:{port}", "--git-author", "orgops <orgops@example.com>", "--log-level", "info",
             "--log-format", "json"], env=env, stdout=log, stderr=subprocess.STDOUT)
        converge_s = wait_for_status(bare, head, operator)
        converge = {"wall_s": converge_s, "calls": b.control(endpoint, "GET", "/orgops-test/calls")["total"],
                    **status_of(bare, head)}

        b.control(endpoint, "POST", "/orgops-test/faults",
                  json.dumps({"rules": [{"kind": "latency", "ms": args.latency_ms, "share": 1}]}).encode())
        samples = []
        # Pushes land at a random point of the 10 s interval (a fixed seed, so runs are comparable): pushing
        # right after a status commit would always wait out a whole interval.
        offsets = random.Random(7)
        for i in range(args.samples):
            time.sleep(offsets.uniform(0, 10))
            message = add_ou(clone, f"Bench{i:02d}") if i % 2 == 0 else change_policy(clone, i)
            git("commit", "--quiet", "-am", message, cwd=clone)
            git("push", "--quiet", bare, "HEAD:refs/heads/main", cwd=clone)
            revision = git("rev-parse", "HEAD", cwd=clone).strip()
            seconds = wait_for_status(bare, revision, operator)
            samples.append({"change": message, "seconds": seconds, **status_of(bare, revision)})

        # A quiet stretch: no pushes; passes run every 10 s (jittered) on the cheap read.
        time.sleep(2)
        cpu0, children0 = proc_cpu(operator.pid)
        before = b.control(endpoint, "GET", "/orgops-test/calls")
        passes0, calls0 = reconciles(port), before["total"]
        rss = []
        quiet_start = time.perf_counter()
        while time.perf_counter() - quiet_start < args.idle_seconds:
            time.sleep(1)
            rss.append(proc_memory(operator.pid)["VmRSS"])
        quiet = time.perf_counter() - quiet_start
        cpu1, children1 = proc_cpu(operator.pid)
        after = b.control(endpoint, "GET", "/orgops-test/calls")
        passes1, calls1 = reconciles(port), after["total"]
        by_operation = {key: n - before["calls"].get(key, 0) for key, n in after["calls"].items()
                        if n - before["calls"].get(key, 0) > 0}
        memory = proc_memory(operator.pid)
        operator.terminate()
        exit_code = operator.wait(timeout=60)
    finally:
        if operator is not None and operator.poll() is None:
            operator.kill()
            operator.wait()
        if proxy is not None:
            proxy.shutdown()
        proc.terminate()
        proc.wait(timeout=10)
    passes = max(passes1 - passes0, 0)
    own, kids = cpu1 - cpu0, children1 - children0
    idle = {"connection": args.connection, "seconds": quiet, "passes": passes, "cpu_s": own, "git_cpu_s": kids,
            "cpu_pct": 100 * own / quiet, "cpu_pct_with_git": 100 * (own + kids) / quiet,
            "cpu_s_per_pass": own / passes if passes else None, "calls_per_pass": (calls1 - calls0) / passes if passes else None,
            "rss_kb_median": statistics.median(rss), "rss_kb_max": max(rss), "hwm_kb": memory["VmHWM"],
            "rss_kb_end": memory["VmRSS"], "exit_on_sigterm": exit_code, "calls_by_operation": by_operation}
    shutil.rmtree(work, ignore_errors=True)

    print(f"Organization: {len(estate['accounts'])} accounts, {args.ous} OUs, {len(estate['policies'])} policies "
          f"(seeded in {seeded:.1f} s); signature checking on; real clock; orgops run --interval 10s; "
          f"connections: {args.connection}")
    print(f"converge (first pass, no injected latency, full read): {converge['wall_s']:.1f} s from start to its status "
          f"commit, {converge['calls']} calls, {converge.get('Orgops-Result')}")
    print()
    print(f"push -> status commit, server latency {args.latency_ms} ms per call:")
    print(f"  {'change':<34} {'s':>6} {'result':>10} {'applied':>8}")
    for s in samples:
        print(f"  {s['change']:<34} {s['seconds']:>6.2f} {s.get('Orgops-Result', '?'):>10} {s.get('Orgops-Applied', '?'):>8}")
    times = [s["seconds"] for s in samples]
    print(f"  min {min(times):.2f} s, median {statistics.median(times):.2f} s, max {max(times):.2f} s "
          f"(n={len(times)}; includes the wait for the next 10 s fetch)")
    print()
    per_pass = f"{idle['cpu_s_per_pass']:.3f} s" if passes else "n/a"
    calls = f"{idle['calls_per_pass']:.0f}" if passes else "n/a"
    print(f"idle ({quiet:.0f} s, {passes} passes): CPU {idle['cpu_pct']:.2f} % of one core ({own:.2f} s; "
          f"{idle['cpu_pct_with_git']:.2f} % with its git children), {per_pass} CPU and {calls} AWS calls per pass")
    if passes:
        top = sorted(by_operation.items(), key=lambda item: -item[1])[:6]
        print("  calls per pass by operation: " + ", ".join(f"{key} {n / passes:.0f}" for key, n in top))
    print(f"memory between passes: VmRSS median {idle['rss_kb_median'] / 1024:.1f} MiB, max {idle['rss_kb_max'] / 1024:.1f} MiB; "
          f"VmHWM {idle['hwm_kb'] / 1024:.1f} MiB; SIGTERM exit {exit_code}")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({"converge": converge, "samples": samples, "idle": idle}, handle, indent=2)


if __name__ == "__main__":
    main()
