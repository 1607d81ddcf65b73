#!/usr/bin/env python3
"""Generate a large, valid orgops manifest repository for the validate benchmark.

The default shape is an estate of 3 organizations with 10,000 accounts,
500 OUs, 200 policies, 100 permission sets and 20,000 account assignments,
spread over files the way a real repository is: one file per account in a
folder per top-level OU, each policy as a manifest next to its JSON
document, permission sets in a few files per organization, and assignments
in one file per team (about 50 documents each).

Output is deterministic for a given --seed, so runs compare like with like.
"""
import argparse
import json
import os
import random
import shutil


def ou_tree(rng, count, top_names):
    """Returns (tree, paths): a nested OU list of `count` OUs at most 4 deep, and every OU path."""
    tree = [{"name": name, "children": []} for name in top_names]
    nodes = [(node, "/" + node["name"], 1) for node in tree]
    made = len(tree)
    while made < count:
        parent, path, depth = rng.choice([n for n in nodes if n[2] < 4])
        name = "%s-%d" % (rng.choice(["Team", "Unit", "Domain", "Product"]), made)
        child = {"name": name, "children": []}
        parent["children"].append(child)
        nodes.append((child, path + "/" + name, depth + 1))
        made += 1
    return tree, [n[1] for n in nodes]


def ou_yaml(nodes, indent):
    out = []
    pad = " " * indent
    for node in nodes:
        out.append("%s- name: %s" % (pad, node["name"]))
        if node["children"]:
            out.append("%s  children:" % pad)
            out.extend(ou_yaml(node["children"], indent + 4))
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def split(total, parts):
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def generate(args):
    rng = random.Random(args.seed)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    orgs = ["core", "retail", "wholesale", "media", "research"][: args.orgs]
    tops = ["Security", "Infrastructure", "Workloads", "Sandbox", "Transitional"]
    counts = {"files": 0}

    def emit(path, text):
        write(os.path.join(args.out, path), text)
        counts["files"] += 1

    for o, org, ous, accounts, policies, psets, assignments in zip(
        range(len(orgs)), orgs, split(args.ous, len(orgs)), split(args.accounts, len(orgs)),
        split(args.policies, len(orgs)), split(args.permission_sets, len(orgs)),
        split(args.assignments, len(orgs))):
        management = "%d%011d" % (o + 1, 0)
        tree, paths = ou_tree(rng, ous, tops)
        emit("organizations/%s.yaml" % org, "\n".join([
            "apiVersion: orgops/v1",
            "kind: Organization",
            "metadata:",
            "  name: %s" % org,
            "spec:",
            '  managementAccountId: "%s"' % management,
            "  access:",
            "    roleArn: arn:aws:iam::%s:role/orgops" % management,
            "  region: us-east-1",
            "  featureSet: ALL",
            "  policyTypes: [SERVICE_CONTROL_POLICY, TAG_POLICY]",
            "  trustedServices: [sso.amazonaws.com, member.org.stacksets.cloudformation.amazonaws.com]",
            "  organizationalUnits:",
        ] + ou_yaml(tree, 4)) + "\n")

        account_names = []
        for a in range(accounts):
            name = "%s-acct-%05d" % (org, a)
            account_names.append(name)
            path = rng.choice(paths)
            top = path.split("/")[1].lower()
            emit("accounts/%s/%s/%s.yaml" % (org, top, name), "\n".join([
                "apiVersion: orgops/v1",
                "kind: Account",
                "metadata:",
                "  name: %s" % name,
                "  organization: %s" % org,
                "spec:",
                '  accountId: "%d%011d"' % (o + 1, a + 1),
                "  email: aws+%s@%s.example.com" % (name, org),
                "  organizationalUnit: %s" % path,
                '  tags: { owner: team-%d, env: %s, cost-center: "%04d" }' % (
                    a % 97, rng.choice(["prod", "nonprod", "sandbox"]), a % 4000),
            ]) + "\n")

        # At most two guardrails per OU, so the 5-SCPs-per-target limit (FullAWSAccess included) holds.
        targets = (paths * 2)[: policies]
        for p in range(policies):
            name = "%s-guardrail-%03d" % (org, p)
            document = {
                "Version": "2012-10-17",
                "Statement": [{
                    "Sid": "Deny%03d" % p,
                    "Effect": "Deny",
                    "Action": ["ec2:RunInstances", "ec2:StartInstances"],
                    "Resource": "arn:aws:ec2:*:*:instance/*",
                    "Condition": {"StringLike": {"ec2:InstanceType": ["p%d*" % (p % 6), "x2*"]}},
                }],
            }
            emit("policies/%s/%s.json" % (org, name), json.dumps(document, indent=2) + "\n")
            emit("policies/%s/%s.yaml" % (org, name), "\n".join([
                "apiVersion: orgops/v1",
                "kind: Policy",
                "metadata:",
                "  name: %s" % name,
                "  organization: %s" % org,
                "spec:",
                "  type: SERVICE_CONTROL_POLICY",
                "  description: Guardrail %d of %s" % (p, org),
                "  documentFile: %s.json" % name,
                "  targets:",
                "    - ou: %s" % targets[p],
            ]) + "\n")

        pset_names = ["PS%03d" % i for i in range(psets)]
        per_file = 10
        for start in range(0, psets, per_file):
            docs = []
            for name in pset_names[start:start + per_file]:
                docs.append("\n".join([
                    "apiVersion: orgops/v1",
                    "kind: PermissionSet",
                    "metadata:",
                    "  name: %s" % name,
                    "  organization: %s" % org,
                    "spec:",
                    "  description: Job function %s" % name,
                    "  sessionDuration: PT8H",
                    "  managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess]",
                    "  tags: { owner: platform }",
                ]))
            emit("identity-center/%s/permission-sets-%02d.yaml" % (org, start // per_file),
                 "---\n".join(d + "\n" for d in docs))

        per_team = 50
        for start in range(0, assignments, per_team):
            docs = []
            for i in range(start, min(start + per_team, assignments)):
                if i % 5 == 0:
                    target = ["  targets:", "    organizationalUnits: [%s]" % rng.choice(paths)]
                else:
                    target = ["  targets:", "    accounts: [%s]" % ", ".join(rng.sample(account_names, 2))]
                docs.append("\n".join([
                    "apiVersion: orgops/v1",
                    "kind: AccountAssignment",
                    "metadata:",
                    "  name: assign-%05d" % i,
                    "  organization: %s" % org,
                    "spec:",
                    "  permissionSet: %s" % rng.choice(pset_names),
                    "  principal: { group: Group-%03d }" % (i % 400),
                ] + target))
            emit("identity-center/%s/assignments/team-%03d.yaml" % (org, start // per_team),
                 "---\n".join(d + "\n" for d in docs))
    return counts["files"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="directory to (re)create")
    parser.add_argument("--orgs", type=int, default=3)
    parser.add_argument("--accounts", type=int, default=10000)
    parser.add_argument("--ous", type=int, default=500)
    parser.add_argument("--policies", type=int, default=200)
    parser.add_argument("--permission-sets", type=int, default=100)
    parser.add_argument("--assignments", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = generate(args)
    print("generated %d files in %s" % (files, args.out))


if __name__ == "__main__":
    main()
