#!/usr/bin/env python3
"""Self-test of orgops_aws_server.py with boto3: each gap fill, each fault kind, bootstrap + auth on.

    python3 Tests/AWSBackend/selftest.py [-v] [--only orgs,sso,cfn,faults,auth,controls]

Starts its own server on a free loopback port, stops it by PID at the end, exits 1 on any failure.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import traceback
import urllib.error
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, ConnectionClosedError, EndpointConnectionError

HERE = os.path.dirname(os.path.abspath(__file__))
REGION = "us-east-1"
MGMT = "111111111111"
MGMT2 = "222222222222"
FAILURES: list[str] = []
PASSED = 0
VERBOSE = False


class Server:
    def __init__(self):
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "orgops_aws_server.py"), "--port", "0", "--quiet",
             "--parent-pid", str(os.getpid())],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("ORGOPS-AWS-READY"):
            raise RuntimeError(f"server did not start: {line!r}")
        fields = dict(part.split("=") for part in line.split()[1:])
        self.port = int(fields["port"])
        self.pid = int(fields["pid"])
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def control(self, path: str, payload=None, method: str = "POST", content_type="application/json"):
        data = None if method == "GET" else (json.dumps(payload).encode() if payload is not None else b"")
        if isinstance(payload, str):
            data = payload.encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(req, timeout=10) as reply:
                text = reply.read().decode()
                status = reply.status
        except urllib.error.HTTPError as error:
            text, status = error.read().decode(), error.code
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text

    def reset(self):
        self.control("/moto-api/reset-auth", "inf", content_type="text/plain")
        self.control("/moto-api/reset")
        self.control("/moto-api/seed?a=42")
        self.control("/orgops-test/faults", method="DELETE")
        self.control("/orgops-test/calls/reset")


SERVER: Server | None = None
_CLIENTS: dict = {}


def client(service: str, account: str = MGMT, region: str = REGION, creds: dict | None = None, retries=1):
    key = (service, account, region, json.dumps(creds, sort_keys=True), retries)
    if key in _CLIENTS:
        return _CLIENTS[key]
    kw = dict(aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="secret")
    if creds:
        kw = dict(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                  aws_session_token=creds.get("SessionToken"))
    c = boto3.session.Session().client(
        service, endpoint_url=SERVER.url, region_name=region,
        config=Config(retries={"total_max_attempts": retries, "mode": "standard"}, read_timeout=30), **kw)
    if account and not creds:
        c.meta.events.register("before-sign", lambda request, **_: request.headers.__setitem__(
            "x-moto-account-id", account))
    _CLIENTS[key] = c
    return c


def check(name: str, condition: bool, detail="") -> None:
    global PASSED
    if condition:
        PASSED += 1
        if VERBOSE:
            print(f"  ok   {name}")
    else:
        FAILURES.append(f"{name}: {detail}")
        print(f"  FAIL {name}: {detail}")


def error_code(fn) -> str | None:
    try:
        fn()
    except ClientError as error:
        return error.response["Error"]["Code"]
    return None


def org_with_accounts(mgmt=MGMT, n=2):
    org = client("organizations", mgmt)
    org.create_organization(FeatureSet="ALL")
    root = org.list_roots()["Roots"][0]["Id"]
    accounts = [org.create_account(Email=f"a{i}-{mgmt}@example.com", AccountName=f"a{i}")["CreateAccountStatus"]
                ["AccountId"] for i in range(n)]
    return org, root, accounts


# --------------------------------------------------------------------------- organizations
def test_orgs():
    org, root, (a1, a2) = org_with_accounts()
    ou = org.create_organizational_unit(ParentId=root, Name="Workloads")["OrganizationalUnit"]["Id"]
    check("duplicate OU name under one parent is refused",
          error_code(lambda: org.create_organizational_unit(ParentId=root, Name="Workloads"))
          == "DuplicateOrganizationalUnitException")
    child = org.create_organizational_unit(ParentId=ou, Name="Workloads")["OrganizationalUnit"]["Id"]
    check("same OU name under another parent is fine", child.startswith("ou-"))
    check("unknown parent is refused",
          error_code(lambda: org.create_organizational_unit(ParentId="ou-zzzz-zzzzzzzz", Name="X"))
          == "ParentNotFoundException")
    check("renaming to a sibling's name is refused",
          error_code(lambda: org.update_organizational_unit(OrganizationalUnitId=child, Name="Workloads")) is None
          and error_code(lambda: org.create_organizational_unit(ParentId=root, Name="Sandbox")) is None
          and error_code(lambda: org.update_organizational_unit(
              OrganizationalUnitId=ou, Name="Sandbox")) == "DuplicateOrganizationalUnitException")
    check("deleting an OU with a child OU is refused",
          error_code(lambda: org.delete_organizational_unit(OrganizationalUnitId=ou))
          == "OrganizationalUnitNotEmptyException")
    org.move_account(AccountId=a1, SourceParentId=root, DestinationParentId=child)
    org.delete_organizational_unit  # noqa: B018
    check("deleting an OU with an account is refused",
          error_code(lambda: org.delete_organizational_unit(OrganizationalUnitId=child))
          == "OrganizationalUnitNotEmptyException")
    org.move_account(AccountId=a1, SourceParentId=child, DestinationParentId=root)
    check("an empty OU can be deleted", error_code(lambda: org.delete_organizational_unit(
        OrganizationalUnitId=child)) is None)

    scp = org.create_policy(Name="deny", Type="SERVICE_CONTROL_POLICY", Description="d",
                            Content=json.dumps({"Version": "2012-10-17", "Statement": [
                                {"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}))["Policy"]["PolicySummary"]
    check("attaching an SCP before the type is enabled is refused",
          error_code(lambda: org.attach_policy(PolicyId=scp["Id"], TargetId=ou)) == "PolicyTypeNotEnabledException")
    org.enable_policy_type(RootId=root, PolicyType="SERVICE_CONTROL_POLICY")
    check("attaching after enabling works", error_code(lambda: org.attach_policy(PolicyId=scp["Id"], TargetId=ou))
          is None)
    check("attaching twice is refused", error_code(lambda: org.attach_policy(PolicyId=scp["Id"], TargetId=ou))
          == "DuplicatePolicyAttachmentException")
    more = [org.create_policy(Name=f"scp{i}", Type="SERVICE_CONTROL_POLICY", Description="d",
                              Content='{"Version":"2012-10-17","Statement":[]}')["Policy"]["PolicySummary"]["Id"]
            for i in range(4)]
    for pid in more[:3]:
        org.attach_policy(PolicyId=pid, TargetId=ou)
    attached = org.list_policies_for_target(TargetId=ou, Filter="SERVICE_CONTROL_POLICY")["Policies"]
    check("FullAWSAccess + 4 SCPs attached", len(attached) == 5, [p["Id"] for p in attached])
    check("a sixth SCP is refused", error_code(lambda: org.attach_policy(PolicyId=more[3], TargetId=ou))
          == "ConstraintViolationException")
    check("detaching an unattached policy is refused",
          error_code(lambda: org.detach_policy(PolicyId=more[3], TargetId=ou)) == "PolicyNotAttachedException")

    for ptype, content in [("BACKUP_POLICY", {"plans": {}}), ("TAG_POLICY", {"tags": {}}),
                           ("AISERVICES_OPT_OUT_POLICY", {"services": {}}),
                           ("RESOURCE_CONTROL_POLICY", {"Version": "2012-10-17", "Statement": []})]:
        p = org.create_policy(Name=f"p-{ptype}", Type=ptype, Description="d", Content=json.dumps(content))[
            "Policy"]["PolicySummary"]
        check(f"{ptype} can be created", p["Type"] == ptype and ptype.lower() in p["Arn"], p)
        check(f"{ptype} cannot be attached while disabled",
              error_code(lambda: org.attach_policy(PolicyId=p["Id"], TargetId=a2)) == "PolicyTypeNotEnabledException")
        org.enable_policy_type(RootId=root, PolicyType=ptype)
        org.attach_policy(PolicyId=p["Id"], TargetId=a2)
        listed = org.list_policies(Filter=ptype)["Policies"]
        check(f"{ptype} listed by type", [x["Id"] for x in listed if not x["AwsManaged"]] == [p["Id"]], listed)
        targets = org.list_policies_for_target(TargetId=a2, Filter=ptype)["Policies"]
        check(f"{ptype} attached to the account", p["Id"] in [x["Id"] for x in targets], targets)
    types = {t["Type"] for t in org.list_roots()["Roots"][0]["PolicyTypes"]}
    check("root lists the enabled policy types", "BACKUP_POLICY" in types and "TAG_POLICY" in types, types)
    org.disable_policy_type(RootId=root, PolicyType="TAG_POLICY")
    check("disabling a type detaches its policies",
          org.list_policies_for_target(TargetId=a2, Filter="TAG_POLICY")["Policies"] == [])

    org.enable_aws_service_access(ServicePrincipal="sso.amazonaws.com")
    for principal in ["sso.amazonaws.com", "member.org.stacksets.cloudformation.amazonaws.com"]:
        check(f"delegated admin for {principal}",
              error_code(lambda: org.register_delegated_administrator(AccountId=a2, ServicePrincipal=principal))
              is None)
        admins = org.list_delegated_administrators(ServicePrincipal=principal)["DelegatedAdministrators"]
        check(f"listed as delegated admin for {principal}", [a["Id"] for a in admins] == [a2], admins)
    services = org.list_delegated_services_for_account(AccountId=a2)["DelegatedServices"]
    check("both delegations listed for the account", len(services) == 2, services)
    check("unknown principal still refused", error_code(lambda: org.register_delegated_administrator(
        AccountId=a1, ServicePrincipal="nope.amazonaws.com")) == "InvalidInputException")
    check("a refused registration leaves no phantom admin",
          [a["Id"] for a in org.list_delegated_administrators()["DelegatedAdministrators"]] == [a2])

    # a second organization is separate
    org2, _, accounts2 = org_with_accounts(MGMT2, 1)
    ids1 = {a["Id"] for a in org.list_accounts()["Accounts"]}
    ids2 = {a["Id"] for a in org2.list_accounts()["Accounts"]}
    check("two management accounts hold two organizations", not ids1 & ids2 and accounts2[0] in ids2)


# --------------------------------------------------------------------------- main
SECTIONS = {"orgs": "test_orgs", "sso": "test_sso", "cfn": "test_cfn", "faults": "test_faults",
            "async": "test_async", "auth": "test_auth", "controls": "test_controls"}


def main() -> int:
    global SERVER, VERBOSE
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--only", help="comma list of: " + ",".join(SECTIONS))
    args = parser.parse_args()
    VERBOSE = args.verbose
    wanted = args.only.split(",") if args.only else list(SECTIONS)
    started = time.monotonic()
    SERVER = Server()
    try:
        for name in wanted:
            fn = globals().get(SECTIONS[name])
            if fn is None:
                continue
            print(f"[{name}]")
            SERVER.reset()
            try:
                fn()
            except Exception as error:  # a broken section must not hide the others
                FAILURES.append(f"{name}: {type(error).__name__}: {error}")
                print(f"  FAIL {name} aborted: {error}\n{traceback.format_exc(limit=4)}")
    finally:
        SERVER.stop()
    print(f"{PASSED} checks passed, {len(FAILURES)} failed in {time.monotonic() - started:.1f}s")
    for failure in FAILURES:
        print(f"  - {failure}")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
