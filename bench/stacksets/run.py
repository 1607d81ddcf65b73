#!/usr/bin/env python3
"""Benchmark of StackSets in `orgops apply` / `orgops plan` (issue 6), against the AWS test server.

Starts Tests/AWSBackend/orgops_aws_server.py, bootstraps the operator (999999999999) and a management
account (111111111111, role `orgops`), turns signature checking on, and seeds concurrently with boto3 an
organization of --accounts accounts in --units OUs. The manifests declare --stack-sets SERVICE_MANAGED
stack sets sharing one template, each deployed to the root (every account) in --regions regions
(defaults: 20 sets × 1,000 accounts × 2 regions = 40,000 instances). With the release binary
(`.build/release/orgops`) on a real clock it measures:

* `orgops apply`: the sets created and every instance deployed (the seeding of the StackSets part);
* `orgops plan`: the first plan after it, which runs each set's first drift detection (never ran);
* `orgops plan`: the no-op plan (detection not due): wall time and CloudFormation calls;
* `orgops apply` after a template change: the rollout, with the operations (UpdateStackSet calls) it ran.

    python3 bench/stacksets/run.py [--accounts 1000] [--units 10] [--stack-sets 20] [--regions 2] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "identity-center"))
import benchlib as b  # noqa: E402

CLOUDFORMATION = {"cloudformation"}
REGIONS = ["us-east-1", "eu-west-1", "us-west-2", "eu-central-1"]


def template(version: int) -> str:
    return "\n".join(["AWSTemplateFormatVersion: \"2010-09-09\"", f"Description: orgops benchmark baseline v{version}",
                      "Parameters:", "  Env: { Type: String, Default: prod }", "Resources:", "  Topic:",
                      "    Type: AWS::SNS::Topic", "    Properties:", "      TopicName: { \"Ref\": \"Env\" }", ""])


def stackset_manifests(directory: str, sets: int, regions: int, version: int) -> None:
    os.makedirs(os.path.join(directory, "stacksets", "templates"), exist_ok=True)
    with open(os.path.join(directory, "stacksets", "templates", "baseline.yaml"), "w") as handle:
        handle.write(template(version))
    docs = ["\n".join(["apiVersion: orgops/v1", "kind: StackSet", f"metadata: {{ name: baseline-{i:02d}, organizations: [{b.ORG}] }}",
                       "spec:", "  templateFile: templates/baseline.yaml", f"  description: benchmark set {i}",
                       "  permissionModel: SERVICE_MANAGED", "  callAs: SELF",
                       "  autoDeployment: { enabled: true, retainStacksOnAccountRemoval: false }",
                       "  deploymentTargets: { organizationalUnits: [/] }",
                       f"  regions: [{', '.join(REGIONS[:regions])}]",
                       "  operationPreferences: { maxConcurrentPercentage: 100, failureTolerancePercentage: 0, "
                       "regionConcurrencyType: PARALLEL }"]) for i in range(sets)]
    with open(os.path.join(directory, "stacksets", "baseline.yaml"), "w") as handle:
        handle.write("\n---\n".join(docs) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--units", type=int, default=10)
    parser.add_argument("--stack-sets", type=int, default=20)
    parser.add_argument("--regions", type=int, default=2, choices=range(1, len(REGIONS) + 1))
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
        seeded = time.perf_counter() - started
        repository = tempfile.mkdtemp(prefix="orgops-bench-ss-")
        b.organization_manifests(repository, accounts, args.units, ["member.org.stacksets.cloudformation.amazonaws.com"])
        stackset_manifests(repository, args.stack_sets, args.regions, version=1)
        deploy = b.require(b.run_orgops(endpoint, keys, repository, "apply", services=CLOUDFORMATION), (0,))
        detect = b.require(b.run_orgops(endpoint, keys, repository, "plan", services=CLOUDFORMATION), (0, 2))
        noop = b.require(b.run_orgops(endpoint, keys, repository, "plan", services=CLOUDFORMATION), (0, 2))
        stackset_manifests(repository, args.stack_sets, args.regions, version=2)
        rollout = b.require(b.run_orgops(endpoint, keys, repository, "apply", services=CLOUDFORMATION), (0,))
        after = b.require(b.run_orgops(endpoint, keys, repository, "plan", services=CLOUDFORMATION), (0, 2))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    instances = len(accounts) * args.regions * args.stack_sets
    print(f"StackSets: {args.stack_sets} stack sets × {len(accounts)} accounts × {args.regions} regions = {instances} "
          f"instances, {args.units} OUs (organization seeded in {seeded:.1f} s); signature checking on; real clock")
    print()
    print(f"{'run':<34} {'wall s':>8} {'CFN calls':>10} {'all calls':>10} {'operations':>11} {'exit':>5}")
    rows = [("apply (create + deploy)", deploy), ("plan (first drift detection)", detect), ("plan (no-op)", noop),
            ("apply (template change rollout)", rollout), ("plan after the rollout", after)]
    for label, r in rows:
        ops = sum(n for key, n in r["by_operation"].items() if key in (
            "cloudformation:UpdateStackSet", "cloudformation:CreateStackInstances", "cloudformation:UpdateStackInstances",
            "cloudformation:DeleteStackInstances", "cloudformation:DetectStackSetDrift"))
        print(f"{label:<34} {r['wall_s']:>8.1f} {r['family_calls']:>10} {r['calls']:>10} {ops:>11} {r['exit']:>5}")
    print()
    print("operations: UpdateStackSet, Create/Update/DeleteStackInstances and DetectStackSetDrift calls (one per "
          "stack-set operation)")
    if noop["exit"] != 0 or after["exit"] != 0:
        print("a plan expected empty was not:\n" + (noop if noop["exit"] else after)["stdout"][-2000:])
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({label: {k: v for k, v in r.items() if k not in ("stdout", "stderr")} for label, r in rows},
                      handle, indent=2)


if __name__ == "__main__":
    main()
