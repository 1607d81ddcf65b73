#!/usr/bin/env python3
"""Self-test of orgops_aws_server.py with boto3: each gap fill, each fault kind, bootstrap + auth on.

    python3 Tests/AWSBackend/selftest.py [-v] [--only orgs,sso,cfn,faults,async,auth,controls]

Starts its own server on a free loopback port, stops it by PID at the end, exits 1 on any failure.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import selftest_support as support  # noqa: E402
from selftest_faults import test_async, test_auth, test_controls, test_faults  # noqa: E402
from selftest_identity_center import test_sso  # noqa: E402
from selftest_organizations import test_orgs  # noqa: E402
from selftest_stacksets import test_cfn  # noqa: E402

SECTIONS = {"orgs": test_orgs, "sso": test_sso, "cfn": test_cfn, "faults": test_faults, "async": test_async,
            "auth": test_auth, "controls": test_controls}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--only", help="comma list of: " + ",".join(SECTIONS))
    args = parser.parse_args()
    support.VERBOSE = args.verbose
    wanted = args.only.split(",") if args.only else list(SECTIONS)
    unknown = [name for name in wanted if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {unknown}; use {list(SECTIONS)}")
    started = time.monotonic()
    support.SERVER = support.Server()
    try:
        for name in wanted:
            print(f"[{name}]")
            support.SERVER.reset()
            try:
                SECTIONS[name]()
            except Exception as error:  # a broken section must not hide the others
                support.FAILURES.append(f"{name}: {type(error).__name__}: {error}")
                print(f"  FAIL {name} aborted: {error}\n{traceback.format_exc(limit=4)}")
    finally:
        support.SERVER.stop()
    print(f"{support.PASSED} checks passed, {len(support.FAILURES)} failed in {time.monotonic() - started:.1f}s")
    for failure in support.FAILURES:
        print(f"  - {failure}")
    return 1 if support.FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
