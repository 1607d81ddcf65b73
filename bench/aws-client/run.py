#!/usr/bin/env python3
"""Benchmark of the Swift AWS client against boto3 on the local AWS test server.

Starts Tests/AWSBackend/orgops_aws_server.py on a free loopback port, bootstraps one management
account (111111111111) with IAM keys, creates its organization, then measures ListRoots:

* the Swift client, `.build/release/aws-client-bench` (signing cost and calls/s at each concurrency);
* boto3 making the same calls with the same keys (one client per thread).

Signature checking is on for both. Prints a small table; `--json FILE` also saves the figures.
The server (moto, single Python process) is the bottleneck at ~400-500 requests/s, so calls/s
mostly measure it; the client CPU microseconds per call (user and system) are the client's own cost.

    python3 bench/aws-client/run.py [--calls 2000] [--concurrency 1,8] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER = os.path.join(ROOT, "Tests", "AWSBackend", "orgops_aws_server.py")
BINARY = os.path.join(ROOT, ".build", "release", "aws-client-bench")
ACCOUNT = "111111111111"


def start_server() -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, SERVER, "--port", "0", "--parent-pid", str(os.getpid()), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith("ORGOPS-AWS-READY"):
            port = dict(part.split("=", 1) for part in line.split()[1:])["port"]
            return proc, f"http://127.0.0.1:{port}"
    proc.kill()
    raise SystemExit("the AWS test server did not report ready within 30 s")


def control(endpoint: str, method: str, path: str, body: bytes | None = None, content_type: str = "application/json"):
    request = urllib.request.Request(endpoint + path, data=body, method=method, headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
    return json.loads(text) if text.strip().startswith(b"{") else text


def prepare(endpoint: str) -> dict:
    control(endpoint, "POST", "/moto-api/reset-auth", b"inf", "text/plain")
    control(endpoint, "POST", "/moto-api/reset", b"")
    keys = control(endpoint, "POST", "/orgops-test/bootstrap", json.dumps({"accountId": ACCOUNT}).encode())
    control(endpoint, "POST", "/moto-api/reset-auth", b"0", "text/plain")
    client = boto_client(endpoint, keys)
    client.create_organization(FeatureSet="ALL")
    return keys


def boto_client(endpoint: str, keys: dict):
    import boto3
    from botocore.config import Config
    session = boto3.session.Session(aws_access_key_id=keys["accessKeyId"],
                                    aws_secret_access_key=keys["secretAccessKey"], region_name="us-east-1")
    return session.client("organizations", endpoint_url=endpoint,
                          config=Config(retries={"mode": "standard"}, max_pool_connections=16))


def run_boto3(endpoint: str, keys: dict, calls: int, concurrency: int) -> dict:
    local = threading.local()
    failures = [0]
    lock = threading.Lock()

    def worker(share: int) -> None:
        client = getattr(local, "client", None) or boto_client(endpoint, keys)
        local.client = client
        for _ in range(share):
            try:
                client.list_roots()
            except Exception:  # noqa: BLE001 - counted, the table shows it
                with lock:
                    failures[0] += 1

    shares = [calls // concurrency + (1 if i < calls % concurrency else 0) for i in range(concurrency)]
    boto_client(endpoint, keys).list_roots()
    before, wall = os.times(), time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(worker, shares))
    after = os.times()
    user, system = after.user - before.user, after.system - before.system
    return {"metric": "list_roots", "client": "boto3", "concurrency": concurrency, "calls": calls,
            "wall_s": time.perf_counter() - wall, "cpu_s": user + system, "user_s": user, "sys_s": system,
            "failures": failures[0]}


def run_swift(endpoint: str, keys: dict, calls: int, concurrencies: list[int]) -> list[dict]:
    if not os.path.exists(BINARY):
        raise SystemExit(f"{BINARY} is missing: run `swift build -c release --product aws-client-bench` first")
    env = dict(os.environ, ORGOPS_BENCH_ENDPOINT=endpoint, ORGOPS_BENCH_ACCESS_KEY_ID=keys["accessKeyId"],
               ORGOPS_BENCH_SECRET_ACCESS_KEY=keys["secretAccessKey"], ORGOPS_BENCH_CALLS=str(calls),
               ORGOPS_BENCH_CONCURRENCY=",".join(map(str, concurrencies)))
    out = subprocess.run([BINARY], env=env, capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        raise SystemExit(f"aws-client-bench failed ({out.returncode}): {out.stderr.strip()}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--concurrency", default="1,8")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    concurrencies = [int(c) for c in args.concurrency.split(",") if c.strip()]
    proc, endpoint = start_server()
    try:
        keys = prepare(endpoint)
        results = run_swift(endpoint, keys, args.calls, concurrencies)
        for concurrency in concurrencies:
            results.append(run_boto3(endpoint, keys, args.calls, concurrency))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    sign = next((r["value"] for r in results if r["metric"] == "sign_us"), float("nan"))
    print(f"SigV4 signing, one request (Swift, h-sign's signer): {sign:.1f} µs")
    print()
    print(f"ListRoots x {args.calls} against the local AWS test server (signature checking on)")
    print(f"{'client':<8} {'concurrency':>11} {'wall s':>8} {'calls/s':>9} {'client CPU µs/call':>19} "
          f"{'(user':>7} {'sys)':>6} {'failures':>9}")
    for r in results:
        if r["metric"] != "list_roots":
            continue
        per_call = 1e6 / r["calls"]
        print(f"{r['client']:<8} {r['concurrency']:>11} {r['wall_s']:>8.2f} {r['calls'] / r['wall_s']:>9.0f} "
              f"{r['cpu_s'] * per_call:>19.0f} {r['user_s'] * per_call:>7.0f} {r['sys_s'] * per_call:>6.0f} "
              f"{r['failures']:>9}")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(results, handle, indent=2)


if __name__ == "__main__":
    main()
