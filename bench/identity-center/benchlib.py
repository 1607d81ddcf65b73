"""Shared pieces of the Identity Center and StackSets benchmarks: the AWS test server, a seeded
organization of accounts in OUs, `orgops` runs with the server's call counts (including its busiest
sliding 1-second window of receive time per service family), and a sampler of calls per second for one
service family.

Kept beside bench/identity-center/run.py; bench/stacksets/run.py imports it from here.
"""
from __future__ import annotations

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
BINARY = os.environ.get("ORGOPS_BENCH_BINARY", os.path.join(ROOT, ".build", "release", "orgops"))
OPERATOR = "999999999999"
MANAGEMENT = "111111111111"
ORG = "bench"
OWNER_KEY = "orgops:managed-by"


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
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read()
    return json.loads(text) if text.strip().startswith(b"{") else text


def bootstrap(endpoint: str) -> dict:
    """Resets the server, bootstraps the operator and the management account, turns signatures on."""
    control(endpoint, "POST", "/moto-api/reset-auth", b"inf", "text/plain")
    control(endpoint, "POST", "/moto-api/reset", b"")
    keys = control(endpoint, "POST", "/orgops-test/bootstrap", json.dumps({"accountId": OPERATOR}).encode())
    control(endpoint, "POST", "/orgops-test/bootstrap", json.dumps({"accountId": MANAGEMENT}).encode())
    control(endpoint, "POST", "/moto-api/reset-auth", b"0", "text/plain")
    return keys


def management_session(endpoint: str, operator_keys: dict):
    """A boto3 session of the management account's `orgops` role, assumed with the operator's keys."""
    import boto3
    operator = boto3.session.Session(aws_access_key_id=operator_keys["accessKeyId"],
                                     aws_secret_access_key=operator_keys["secretAccessKey"], region_name="us-east-1")
    creds = operator.client("sts", endpoint_url=endpoint).assume_role(
        RoleArn=f"arn:aws:iam::{MANAGEMENT}:role/orgops", RoleSessionName="bench")["Credentials"]
    return boto3.session.Session(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                                 aws_session_token=creds["SessionToken"], region_name="us-east-1")


def client(session, service: str, endpoint: str, pool: int = 16):
    from botocore.config import Config
    return session.client(service, endpoint_url=endpoint,
                          config=Config(retries={"mode": "standard"}, max_pool_connections=pool))


def seed_organization(session, endpoint: str, accounts: int, units: int, workers: int = 8) -> list[dict]:
    """Creates the organization, `units` OUs under the root (U0, U1, ...) and `accounts` accounts spread over
    them, concurrently, every one tagged as owned; returns the accounts (name, id, ou)."""
    org = client(session, "organizations", endpoint, pool=workers * 2)
    org.create_organization(FeatureSet="ALL")
    root = org.list_roots()["Roots"][0]["Id"]
    owned = [{"Key": OWNER_KEY, "Value": ORG}]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        ous = list(pool.map(lambda i: org.create_organizational_unit(
            ParentId=root, Name=f"U{i}", Tags=owned)["OrganizationalUnit"]["Id"], range(units)))

    def make(i: int) -> dict:
        name = f"a{i:04d}"
        status = org.create_account(Email=f"{name}@bench.example.com", AccountName=name, Tags=owned)
        account_id = status["CreateAccountStatus"]["AccountId"]
        org.move_account(AccountId=account_id, SourceParentId=root, DestinationParentId=ous[i % units])
        return {"name": name, "id": account_id, "ou": f"/U{i % units}"}

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(make, range(accounts)))


def organization_manifests(directory: str, accounts: list[dict], units: int, trusted: list[str]) -> None:
    """Writes the Organization and Account manifests of a seeded organization."""
    os.makedirs(os.path.join(directory, "accounts"), exist_ok=True)
    os.makedirs(os.path.join(directory, "organizations"), exist_ok=True)
    lines = ["apiVersion: orgops/v1", "kind: Organization", f"metadata: {{ name: {ORG} }}", "spec:",
             f"  managementAccountId: \"{MANAGEMENT}\"", f"  access: {{ roleArn: \"arn:aws:iam::{MANAGEMENT}:role/orgops\" }}",
             "  region: us-east-1", "  featureSet: ALL"]
    if trusted:
        lines.append(f"  trustedServices: [{', '.join(trusted)}]")
    lines.append("  organizationalUnits:")
    lines += [f"    - {{ name: U{i} }}" for i in range(units)]
    lines.append("  reconcile: { prune: true, suspend: false }")
    with open(os.path.join(directory, "organizations", f"{ORG}.yaml"), "w") as handle:
        handle.write("\n".join(lines) + "\n")
    docs = ["\n".join(["apiVersion: orgops/v1", "kind: Account", f"metadata: {{ name: {a['name']}, organization: {ORG} }}",
                       "spec:", f"  accountId: \"{a['id']}\"", f"  email: {a['name']}@bench.example.com",
                       f"  accountName: {a['name']}", f"  organizationalUnit: {a['ou']}"]) for a in accounts]
    with open(os.path.join(directory, "accounts", "accounts.yaml"), "w") as handle:
        handle.write("\n---\n".join(docs) + "\n")


class CallSampler:
    """Polls the server's call counts each second while `orgops` runs; keeps the peak per second of the
    operations whose service is in `services` (the server counts `service:Operation`)."""

    def __init__(self, endpoint: str, services: set[str]):
        self.endpoint, self.services = endpoint, services
        self.peak, self._stop = 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def count(self) -> int:
        calls = control(self.endpoint, "GET", "/orgops-test/calls")["calls"]
        return sum(n for key, n in calls.items() if key.split(":", 1)[0] in self.services)

    def _run(self) -> None:
        last, at = self.count(), time.monotonic()
        while not self._stop.wait(1.0):
            now, when = self.count(), time.monotonic()
            self.peak = max(self.peak, (now - last) / max(when - at, 1.0))
            last, at = now, when

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_):
        self._stop.set()
        self._thread.join()


def run_orgops(endpoint: str, operator_keys: dict, repository: str, command: str, extra: list[str] | None = None,
               services: set[str] | None = None, timeout: int = 3600) -> dict:
    """Runs `orgops <command> --stats` with the operator's keys; returns wall time, the server's calls (all, and of
    `services`), their peak per second (sampled by polling), the server's busiest sliding 1-second window of
    receive time per service family (`window_peaks`, e.g. `identitycenter`), the exit status and the output."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": repository,
           "AWS_ACCESS_KEY_ID": operator_keys["accessKeyId"], "AWS_SECRET_ACCESS_KEY": operator_keys["secretAccessKey"],
           "AWS_ENDPOINT_URL": endpoint, "AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
           "AWS_CONFIG_FILE": os.path.join(repository, ".none"),
           "AWS_SHARED_CREDENTIALS_FILE": os.path.join(repository, ".none")}
    control(endpoint, "POST", "/orgops-test/calls/reset", b"")
    sampler = CallSampler(endpoint, services or set())
    start = time.perf_counter()
    with sampler:
        out = subprocess.run([BINARY, command, "--repo", repository, "--stats", "--max-deletions", "100000"]
                             + (extra or []), env=env, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - start
    reply = control(endpoint, "GET", "/orgops-test/calls")
    family = sum(n for key, n in reply["calls"].items() if key.split(":", 1)[0] in (services or set()))
    return {"command": f"orgops {command}" + (" " + " ".join(extra) if extra else ""), "wall_s": wall,
            "calls": reply["total"], "family_calls": family, "peak_per_s": sampler.peak,
            "window_peaks": reply.get("peakInAnySecond", {}), "exit": out.returncode,
            "by_operation": reply["calls"], "stdout": out.stdout, "stderr": out.stderr}


def require(result: dict, codes: tuple[int, ...]) -> dict:
    if result["exit"] not in codes:
        raise SystemExit(f"{result['command']} exited {result['exit']}:\n{result['stdout'][-3000:]}\n{result['stderr'][:6000]}")
    return result
