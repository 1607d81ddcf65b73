#!/usr/bin/env python3
"""Benchmark of a no-op `orgops plan` against a plain sequential boto3 read of the same organization.

Starts Tests/AWSBackend/orgops_aws_server.py on a free loopback port, bootstraps an operator identity
(999999999999) and a management account (111111111111, role `orgops`), turns signature checking on, and
seeds one organization concurrently with boto3: 100 OUs (10 top-level, 9 children each), 1,000
accounts (10 per OU), 60 policies (40 SCPs, 20 tag policies, each attached to one OU), everything
tagged with the ownership tag, and writes the matching manifests to a temporary repository. Then it
sets the server's latency injection to 60 ms per call (so the comparison measures the clients, not
the local server) and measures:

* `orgops plan --stats` (release build, `.build/release/orgops`): wall time, the child's CPU time
  (getrusage), API calls (the server's count), exit status (0 = nothing to do);
* `orgops plan --full-read`: the same with every tag read;
* a sequential boto3 script reading what a hand-written tool reads: roots, OUs per parent, accounts
  per parent, policies per type, targets per policy, tags per OU, account and policy.

    python3 bench/org-plan/run.py [--accounts 1000] [--ous 100] [--policies 60] [--latency-ms 60] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER = os.path.join(ROOT, "Tests", "AWSBackend", "orgops_aws_server.py")
BINARY = os.path.join(ROOT, ".build", "release", "orgops")
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


def calls_total(endpoint: str) -> int:
    return control(endpoint, "GET", "/orgops-test/calls")["total"]


def session_for(endpoint: str, keys: dict):
    import boto3
    return boto3.session.Session(aws_access_key_id=keys["accessKeyId"], aws_secret_access_key=keys["secretAccessKey"],
                                 region_name="us-east-1")


def organizations_client(endpoint: str, operator_keys: dict, pool: int = 16):
    """Organizations in the management account through its `orgops` role, assumed with the operator's keys."""
    from botocore.config import Config
    sts = session_for(endpoint, operator_keys).client("sts", endpoint_url=endpoint)
    creds = sts.assume_role(RoleArn=f"arn:aws:iam::{MANAGEMENT}:role/orgops", RoleSessionName="bench")["Credentials"]
    import boto3
    session = boto3.session.Session(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                                    aws_session_token=creds["SessionToken"], region_name="us-east-1")
    return session.client("organizations", endpoint_url=endpoint,
                          config=Config(retries={"mode": "standard"}, max_pool_connections=pool))


def tags(extra: dict) -> list[dict]:
    return [{"Key": k, "Value": v} for k, v in sorted({**extra, OWNER_KEY: ORG}.items())]


def seed(endpoint: str, operator_keys: dict, accounts: int, ous: int, policies: int) -> dict:
    """Seeds the organization concurrently; returns what the manifests must declare."""
    org = organizations_client(endpoint, operator_keys)
    org.create_organization(FeatureSet="ALL")
    root = org.list_roots()["Roots"][0]["Id"]
    for policy_type in ("SERVICE_CONTROL_POLICY", "TAG_POLICY"):
        org.enable_policy_type(RootId=root, PolicyType=policy_type)
    top = max(1, ous // 10)
    per_top = max(0, ous // top - 1)
    with ThreadPoolExecutor(max_workers=8) as pool:
        tops = list(pool.map(lambda i: (f"Unit{i:02d}", org.create_organizational_unit(
            ParentId=root, Name=f"Unit{i:02d}", Tags=tags({"tier": "top"}))["OrganizationalUnit"]["Id"]), range(top)))
        children = list(pool.map(lambda job: (f"/{job[0][0]}/Team{job[1]:02d}", org.create_organizational_unit(
            ParentId=job[0][1], Name=f"Team{job[1]:02d}", Tags=tags({"tier": "team"}))["OrganizationalUnit"]["Id"]),
            [(t, j) for t in tops for j in range(per_top)]))
    units = [(f"/{name}", ou_id) for name, ou_id in tops] + children

    def make_account(i: int):
        path, ou_id = units[i % len(units)]
        name = f"acct-{i:04d}"
        status = org.create_account(Email=f"{name}@bench.example.com", AccountName=name,
                                    Tags=tags({"env": "prod" if i % 2 else "dev"}))["CreateAccountStatus"]
        account_id = status["AccountId"]
        org.move_account(AccountId=account_id, SourceParentId=root, DestinationParentId=ou_id)
        return {"name": name, "id": account_id, "ou": path, "env": "prod" if i % 2 else "dev"}

    def make_policy(i: int):
        path, ou_id = units[i % len(units)]
        scp = i < policies * 2 // 3
        name = f"policy-{i:02d}"
        if scp:
            kind = "SERVICE_CONTROL_POLICY"
            content = {"Version": "2012-10-17", "Statement": [
                {"Sid": f"Deny{i}", "Effect": "Deny", "Action": [f"ec2:Run{i}"], "Resource": "*"}]}
        else:
            kind = "TAG_POLICY"
            content = {"tags": {f"key{i}": {"tag_key": {"@@assign": f"key{i}"}}}}
        policy_id = org.create_policy(Content=json.dumps(content), Description=f"bench policy {i}", Name=name,
                                      Type=kind, Tags=tags({}))["Policy"]["PolicySummary"]["Id"]
        org.attach_policy(PolicyId=policy_id, TargetId=ou_id)
        return {"name": name, "type": kind, "content": content, "ou": path}

    with ThreadPoolExecutor(max_workers=8) as pool:
        made_accounts = list(pool.map(make_account, range(accounts)))
        made_policies = list(pool.map(make_policy, range(policies)))
    return {"tops": [name for name, _ in tops], "per_top": per_top, "accounts": made_accounts,
            "policies": made_policies}


def write_manifests(directory: str, estate: dict) -> None:
    os.makedirs(os.path.join(directory, "organizations"))
    os.makedirs(os.path.join(directory, "accounts"))
    os.makedirs(os.path.join(directory, "policies"))
    lines = ["apiVersion: orgops/v1", "kind: Organization", "metadata:", f"  name: {ORG}", "spec:",
             f"  managementAccountId: \"{MANAGEMENT}\"", "  access:",
             f"    roleArn: arn:aws:iam::{MANAGEMENT}:role/orgops", "  region: us-east-1", "  featureSet: ALL",
             "  policyTypes: [SERVICE_CONTROL_POLICY, TAG_POLICY]", "  organizationalUnits:"]
    for name in estate["tops"]:
        lines += [f"    - name: {name}", "      tags: { tier: top }"]
        if estate["per_top"]:
            lines.append("      children:")
            for j in range(estate["per_top"]):
                lines += [f"        - name: Team{j:02d}", "          tags: { tier: team }"]
    lines += ["  reconcile:", "    prune: false", "    suspend: false"]
    with open(os.path.join(directory, "organizations", f"{ORG}.yaml"), "w") as handle:
        handle.write("\n".join(lines) + "\n")
    docs = []
    for account in estate["accounts"]:
        docs.append("\n".join([
            "apiVersion: orgops/v1", "kind: Account", "metadata:", f"  name: {account['name']}",
            f"  organization: {ORG}", "spec:", f"  accountId: \"{account['id']}\"",
            f"  email: {account['name']}@bench.example.com", f"  accountName: {account['name']}",
            f"  organizationalUnit: {account['ou']}", f"  tags: {{ env: {account['env']} }}"]))
    with open(os.path.join(directory, "accounts", "accounts.yaml"), "w") as handle:
        handle.write("\n---\n".join(docs) + "\n")
    for policy in estate["policies"]:
        with open(os.path.join(directory, "policies", f"{policy['name']}.json"), "w") as handle:
            json.dump(policy["content"], handle)
        with open(os.path.join(directory, "policies", f"{policy['name']}.yaml"), "w") as handle:
            handle.write("\n".join([
                "apiVersion: orgops/v1", "kind: Policy", "metadata:", f"  name: {policy['name']}",
                f"  organization: {ORG}", "spec:", f"  type: {policy['type']}",
                f"  description: bench policy {policy['name'].split('-')[1].lstrip('0') or '0'}",
                f"  documentFile: {policy['name']}.json", "  targets:", f"    - ou: {policy['ou']}"]) + "\n")


def run_orgops(endpoint: str, operator_keys: dict, repository: str, extra: list[str], command: str = "plan") -> dict:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": repository,
           "AWS_ACCESS_KEY_ID": operator_keys["accessKeyId"], "AWS_SECRET_ACCESS_KEY": operator_keys["secretAccessKey"],
           "AWS_ENDPOINT_URL": endpoint, "AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
           "AWS_CONFIG_FILE": os.path.join(repository, ".none"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(repository, ".none")}
    control(endpoint, "POST", "/orgops-test/calls/reset", b"")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([BINARY, command, "--repo", repository, "--stats"] + extra, env=env,
                         capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if out.returncode not in (0, 2):
        raise SystemExit(f"orgops {command} failed ({out.returncode}):\n{out.stdout[-4000:]}\n{out.stderr[-4000:]}")
    return {"client": f"orgops {command}" + (" " + " ".join(extra) if extra else ""), "wall_s": wall, "cpu_s": cpu,
            "calls": calls_total(endpoint), "exit": out.returncode, "stdout": out.stdout, "stats": out.stderr}


def run_boto3(endpoint: str, operator_keys: dict) -> dict:
    """The sequential read a hand-written tool does, one call at a time."""
    control(endpoint, "POST", "/orgops-test/calls/reset", b"")
    cpu, start = time.process_time(), time.perf_counter()
    org = organizations_client(endpoint, operator_keys, pool=1)
    org.describe_organization()
    root = org.list_roots()["Roots"][0]
    parents, ous, accounts = [root["Id"]], [], []
    while parents:
        parent = parents.pop(0)
        for page in org.get_paginator("list_organizational_units_for_parent").paginate(ParentId=parent):
            for unit in page["OrganizationalUnits"]:
                ous.append(unit["Id"])
                parents.append(unit["Id"])
        for page in org.get_paginator("list_accounts_for_parent").paginate(ParentId=parent):
            accounts += [account["Id"] for account in page["Accounts"]]
    policies = []
    for policy_type in [t["Type"] for t in root.get("PolicyTypes", []) if t["Status"] == "ENABLED"]:
        for page in org.get_paginator("list_policies").paginate(Filter=policy_type):
            policies += [p["Id"] for p in page["Policies"] if not p["AwsManaged"]]
    for policy_id in policies:
        org.describe_policy(PolicyId=policy_id)
        for _ in org.get_paginator("list_targets_for_policy").paginate(PolicyId=policy_id):
            pass
    for resource_id in ous + accounts + policies:
        for _ in org.get_paginator("list_tags_for_resource").paginate(ResourceId=resource_id):
            pass
    wall = time.perf_counter() - start
    return {"client": "boto3 sequential", "wall_s": wall, "cpu_s": time.process_time() - cpu,
            "calls": calls_total(endpoint), "exit": 0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--ous", type=int, default=100)
    parser.add_argument("--policies", type=int, default=60)
    parser.add_argument("--latency-ms", type=int, default=60)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--show-plan", action="store_true", help="print orgops' plan output and --stats table")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        raise SystemExit(f"{BINARY} is missing: run `swift build -c release --product orgops` first")
    proc, endpoint = start_server()
    try:
        control(endpoint, "POST", "/moto-api/reset-auth", b"inf", "text/plain")
        control(endpoint, "POST", "/moto-api/reset", b"")
        operator_keys = control(endpoint, "POST", "/orgops-test/bootstrap", json.dumps({"accountId": OPERATOR}).encode())
        control(endpoint, "POST", "/orgops-test/bootstrap", json.dumps({"accountId": MANAGEMENT}).encode())
        control(endpoint, "POST", "/moto-api/reset-auth", b"0", "text/plain")
        started = time.perf_counter()
        estate = seed(endpoint, operator_keys, args.accounts, args.ous, args.policies)
        seeded = time.perf_counter() - started
        repository = tempfile.mkdtemp(prefix="orgops-bench-")
        write_manifests(repository, estate)
        # The operator has applied before: a no-op apply (full read) records the inventory the
        # cheap plan takes ownership from (<repo>/.orgops/inventory/bench.json).
        applied = run_orgops(endpoint, operator_keys, repository, [], command="apply")
        control(endpoint, "POST", "/orgops-test/faults",
                json.dumps({"rules": [{"kind": "latency", "ms": args.latency_ms, "share": 1}]}).encode())
        results = [run_orgops(endpoint, operator_keys, repository, []),
                   run_orgops(endpoint, operator_keys, repository, ["--full-read"]),
                   run_boto3(endpoint, operator_keys)]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    if args.show_plan:
        for r in results[:2]:
            print(r["stdout"])
            print(r["stats"])
    print(f"first `orgops apply` (no latency; full read, nothing to do, records the inventory): "
          f"{applied['wall_s']:.1f} s wall, {applied['cpu_s']:.1f} s CPU, {applied['calls']} calls, exit {applied['exit']}")
    print(f"Organization: {len(estate['accounts'])} accounts, {args.ous} OUs, {len(estate['policies'])} policies "
          f"(seeded in {seeded:.1f} s); server latency {args.latency_ms} ms per call; signature checking on")
    print()
    print(f"{'reader':<26} {'wall s':>8} {'CPU s':>7} {'API calls':>10} {'exit':>5}")
    for r in results:
        print(f"{r['client']:<26} {r['wall_s']:>8.2f} {r['cpu_s']:>7.2f} {r['calls']:>10} {r['exit']:>5}")
    boto = results[-1]
    for r in results[:2]:
        print(f"{r['client']}: {r['calls'] / boto['calls']:.2f}x the calls, {r['wall_s'] / boto['wall_s']:.2f}x the wall time "
              "of the boto3 script (targets: <= 1x and < 0.5x)")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump([{k: v for k, v in r.items() if k not in ("stdout", "stats")} for r in results], handle, indent=2)


if __name__ == "__main__":
    main()
