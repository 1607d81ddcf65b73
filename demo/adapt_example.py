#!/usr/bin/env python3
"""Copies an example estate into a demo repository, adapted to the local AWS test server.

The test server cannot create accounts with given IDs, so every pinned `accountId:` of an
Account manifest is dropped (orgops then creates the account and learns its ID). The
Organization manifests keep their management account IDs and `spec.access.roleArn`
(`arn:aws:iam::<management>:role/<role>`): the demo bootstraps exactly those accounts and
that role on the server, and this script checks that every roleArn names it.

Usage: adapt_example.py SOURCE DEST ROLE_NAME
Prints the management account IDs, one a line, for the driver to bootstrap.
"""
import pathlib
import re
import shutil
import sys

PINNED_ACCOUNT_ID = re.compile(r'^\s+accountId:\s*"?\d{12}"?\s*(#.*)?$')
MANAGEMENT = re.compile(r'^\s+managementAccountId:\s*"?(\d{12})"?')
ROLE_ARN = re.compile(r'^\s+roleArn:\s*(\S+)')


def adapt(source: pathlib.Path, dest: pathlib.Path, role: str) -> list[str]:
    if not source.is_dir():
        raise SystemExit(f"adapt: no example directory at '{source}'")
    if dest.exists() and any(dest.iterdir()):
        raise SystemExit(f"adapt: destination '{dest}' is not empty")
    shutil.copytree(source, dest, dirs_exist_ok=True)
    managements: list[str] = []
    for path in sorted(dest.rglob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = []
        management = None
        for line in lines:
            if PINNED_ACCOUNT_ID.match(line):
                continue
            found = MANAGEMENT.match(line)
            if found:
                management = found.group(1)
                managements.append(management)
            arn = ROLE_ARN.match(line)
            if arn and management:
                expected = f"arn:aws:iam::{management}:role/{role}"
                if arn.group(1) != expected:
                    raise SystemExit(f"adapt: {path.relative_to(dest)}: roleArn '{arn.group(1)}' "
                                     f"is not '{expected}', the role the demo bootstraps")
            kept.append(line)
        path.write_text("".join(kept), encoding="utf-8")
    if not managements:
        raise SystemExit(f"adapt: no Organization manifest with a managementAccountId under '{source}'")
    return managements


def main() -> None:
    if len(sys.argv) != 4:
        raise SystemExit("usage: adapt_example.py SOURCE DEST ROLE_NAME")
    for account in adapt(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]):
        print(account)


if __name__ == "__main__":
    main()
