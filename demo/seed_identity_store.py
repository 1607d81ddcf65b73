#!/usr/bin/env python3
"""Creates the Identity Store groups and users an example estate's assignments name, in one management
account of the local AWS test server: what an identity provider (SCIM) would have provisioned there.

orgops never creates principals (they belong to the identity source), and an assignment naming a group
the Identity Store does not have is an error; so the demo prepares them, as a real estate already has.

Usage: seed_identity_store.py ENDPOINT SEED_DIR ACCOUNT_ID
Credentials of that account (the bootstrap's IAM user) come from AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY. The region is the one the account's Organization manifest names.
Prints one line: the account, its identity store and the principals created.
"""
import os
import pathlib
import re
import sys

import boto3

GROUP = re.compile(r'\bgroup:\s*"?([A-Za-z0-9_.@+=,-]+)"?')
USER = re.compile(r'\buser:\s*"?([A-Za-z0-9_.@+=,-]+)"?')
MANAGEMENT = re.compile(r'^\s+managementAccountId:\s*"?(\d{12})"?')
REGION = re.compile(r'^\s+region:\s*"?([a-z0-9-]+)"?')


def principals(seed: pathlib.Path) -> tuple[list[str], list[str]]:
    groups, users = set(), set()
    for path in sorted(seed.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if "kind: AccountAssignment" not in text:
            continue
        groups.update(GROUP.findall(text))
        users.update(USER.findall(text))
    return sorted(groups), sorted(users)


def region_of(seed: pathlib.Path, account: str) -> str:
    for path in sorted(seed.rglob("*.yaml")):
        management, region = None, None
        for line in path.read_text(encoding="utf-8").splitlines():
            found = MANAGEMENT.match(line)
            if found:
                management = found.group(1)
            found = REGION.match(line)
            if found and region is None:
                region = found.group(1)
        if management == account and region:
            return region
    return "us-east-1"


def main() -> None:
    if len(sys.argv) != 4:
        raise SystemExit("usage: seed_identity_store.py ENDPOINT SEED_DIR ACCOUNT_ID")
    endpoint, seed, account = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    if not os.environ.get("AWS_ACCESS_KEY_ID") or not os.environ.get("AWS_SECRET_ACCESS_KEY"):
        raise SystemExit("seed_identity_store: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set")
    region = region_of(seed, account)
    session = boto3.session.Session(region_name=region)
    instances = session.client("sso-admin", endpoint_url=endpoint).list_instances()["Instances"]
    if not instances:
        raise SystemExit(f"seed_identity_store: account {account} has no Identity Center instance in {region}")
    store_id = instances[0]["IdentityStoreId"]
    store = session.client("identitystore", endpoint_url=endpoint)
    groups, users = principals(seed)
    for name in groups:
        store.create_group(IdentityStoreId=store_id, DisplayName=name)
    for name in users:
        store.create_user(IdentityStoreId=store_id, UserName=name, DisplayName=name,
                          Name={"GivenName": name, "FamilyName": "Demo"})
    print(f"management account {account}: identity store {store_id} ({region}) has "
          f"{', '.join(groups + users) or 'no principals'}")


if __name__ == "__main__":
    main()
