#!/usr/bin/env python3
"""Benchmark of Identity Center in `orgops apply` / `orgops plan` (issue 5), against the AWS test server.

Starts Tests/AWSBackend/orgops_aws_server.py, bootstraps the operator (999999999999) and a management
account (111111111111, role `orgops`), turns signature checking on, and seeds concurrently with boto3 an
organization of --accounts accounts in --units OUs and one Identity Store group per permission set. The
manifests declare --permission-sets permission sets, each assigned to its group on one OU, so the
estate has permission-sets × accounts / units assignments (defaults: 50, 1,000 accounts, 10 OUs: 5,000).
Then, with the release binary (`.build/release/orgops`) on a real clock:

* `orgops apply`: the full converge from empty (permission sets created, provisioned, every assignment
  created and waited for);
* `orgops plan`: the no-op plan after it.

For each: wall time, Identity Center calls (sso-admin and identitystore, the server's count), all calls,
and the peak Identity Center calls in any sliding 1-second window by server receive time (computed by the
server from every receive time; AWS's limit is 20/s for all Identity Center APIs together), beside the
older sampled peak (calls between two polls a second apart). Also the calls a per-assignment refresh (one
read per assignment, Terraform's way) would need for the no-op plan. Prints; asserts nothing about time.

    python3 bench/identity-center/run.py [--accounts 1000] [--units 10] [--permission-sets 50] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as b  # noqa: E402

IDENTITY_CENTER = {"sso", "sso-admin", "identitystore", "identity-store"}


def identity_manifests(directory: str, permission_sets: int, units: int) -> None:
    docs = []
    for i in range(permission_sets):
        docs.append("\n".join(["apiVersion: orgops/v1", "kind: PermissionSet",
                               f"metadata: {{ name: PS{i}, organization: {b.ORG} }}", "spec:",
                               f"  description: benchmark set {i}", "  sessionDuration: PT1H",
                               "  managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess]"]))
        docs.append("\n".join(["apiVersion: orgops/v1", "kind: AccountAssignment",
                               f"metadata: {{ name: as{i}, organization: {b.ORG} }}", "spec:",
                               f"  permissionSet: PS{i}", f"  principal: {{ group: G{i} }}",
                               f"  targets: {{ organizationalUnits: [/U{i % units}] }}"]))
    os.makedirs(os.path.join(directory, "identity-center"), exist_ok=True)
    with open(os.path.join(directory, "identity-center", "identity.yaml"), "w") as handle:
        handle.write("\n---\n".join(docs) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--units", type=int, default=10)
    parser.add_argument("--permission-sets", type=int, default=50)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    if not os.path.exists(b.BINARY):
        raise SystemExit(f"{b.BINARY} is missing: run `swift build -c release --product orgops` first")
    proc, endpoint = b.start_server()
    try:
        keys = b.bootstrap(endpoint)
        started = time.perf_counter()
        session = b.management_session(endpoint, keys)
        accounts = b.seed_organization(session, endpoint, args.accounts, args.units)
        instance = b.client(session, "sso-admin", endpoint).list_instances()["Instances"][0]
        store = b.client(session, "identitystore", endpoint, pool=16)
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda i: store.create_group(IdentityStoreId=instance["IdentityStoreId"], DisplayName=f"G{i}"),
                          range(args.permission_sets)))
        seeded = time.perf_counter() - started
        repository = tempfile.mkdtemp(prefix="orgops-bench-ic-")
        b.organization_manifests(repository, accounts, args.units, [])
        identity_manifests(repository, args.permission_sets, args.units)
        converge = b.require(b.run_orgops(endpoint, keys, repository, "apply", services=IDENTITY_CENTER), (0,))
        noop = b.require(b.run_orgops(endpoint, keys, repository, "plan", services=IDENTITY_CENTER), (0, 2))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    per_unit = [sum(1 for a in accounts if a["ou"] == f"/U{u}") for u in range(args.units)]
    assignments = sum(per_unit[i % args.units] for i in range(args.permission_sets))
    print(f"Identity Center: {args.permission_sets} permission sets, {assignments} assignments over {len(accounts)} "
          f"accounts in {args.units} OUs (seeded in {seeded:.1f} s); signature checking on; real clock")
    print()
    print(f"{'run':<16} {'wall s':>8} {'IC calls':>9} {'all calls':>10} {'IC in any 1 s':>14} {'sampled IC/s':>13} "
          f"{'exit':>5}")
    for r in (converge, noop):
        window = r["window_peaks"].get("identitycenter", 0)
        print(f"{r['command']:<16} {r['wall_s']:>8.1f} {r['family_calls']:>9} {r['calls']:>10} {window:>14} "
              f"{r['peak_per_s']:>13.1f} {r['exit']:>5}")
    refresh = assignments
    print()
    print(f"per-assignment refresh (one read per assignment): {refresh} calls; the no-op plan made "
          f"{noop['family_calls']} Identity Center calls, {refresh / max(noop['family_calls'], 1):.1f}x fewer "
          "(target >= 10x); Identity Center calls in any sliding second by server receive time: target <= 20")
    if noop["exit"] != 0:
        print("the plan after the converge was not empty:\n" + noop["stdout"][-2000:])
    if args.json:
        with open(args.json, "w") as handle:
            json.dump([{k: v for k, v in r.items() if k not in ("stdout", "stderr")} for r in (converge, noop)],
                      handle, indent=2)


if __name__ == "__main__":
    main()
