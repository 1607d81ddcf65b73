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
    key = (service, account, region, json.dumps(creds, sort_keys=True, default=str), retries)
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



# --------------------------------------------------------------------------- sso-admin
def sso_instance(account=MGMT):
    sso = client("sso-admin", account)
    inst = sso.list_instances()["Instances"][0]
    return sso, inst["InstanceArn"], inst["IdentityStoreId"]


def test_sso():
    org, root, (a1, a2) = org_with_accounts()
    sso, inst, store = sso_instance()
    ids = client("identitystore")
    group = ids.create_group(IdentityStoreId=store, DisplayName="admins")["GroupId"]
    ps = sso.create_permission_set(Name="Admin", InstanceArn=inst, Tags=[{"Key": "team", "Value": "core"}])[
        "PermissionSet"]["PermissionSetArn"]
    tags = sso.list_tags_for_resource(InstanceArn=inst, ResourceArn=ps)["Tags"]
    check("CreatePermissionSet tags are kept", tags == [{"Key": "team", "Value": "core"}], tags)
    sso.tag_resource(InstanceArn=inst, ResourceArn=ps, Tags=[{"Key": "env", "Value": "prod"},
                                                              {"Key": "team", "Value": "platform"}])
    tags = {t["Key"]: t["Value"] for t in sso.list_tags_for_resource(InstanceArn=inst, ResourceArn=ps)["Tags"]}
    check("TagResource adds and overwrites", tags == {"team": "platform", "env": "prod"}, tags)
    sso.untag_resource(InstanceArn=inst, ResourceArn=ps, TagKeys=["team"])
    tags = sso.list_tags_for_resource(InstanceArn=inst, ResourceArn=ps)["Tags"]
    check("UntagResource removes", tags == [{"Key": "env", "Value": "prod"}], tags)
    check("tags of an unknown permission set", error_code(lambda: sso.list_tags_for_resource(
        InstanceArn=inst, ResourceArn=inst + "/ps-0000000000000000")) == "ResourceNotFoundException")

    check("no boundary yet", error_code(lambda: sso.get_permissions_boundary_for_permission_set(
        InstanceArn=inst, PermissionSetArn=ps)) == "ResourceNotFoundException")
    boundary = {"CustomerManagedPolicyReference": {"Name": "Boundary", "Path": "/org/"}}
    sso.put_permissions_boundary_to_permission_set(InstanceArn=inst, PermissionSetArn=ps, PermissionsBoundary=boundary)
    got = sso.get_permissions_boundary_for_permission_set(InstanceArn=inst, PermissionSetArn=ps)["PermissionsBoundary"]
    check("boundary read back", got == boundary, got)
    sso.put_permissions_boundary_to_permission_set(
        InstanceArn=inst, PermissionSetArn=ps,
        PermissionsBoundary={"ManagedPolicyArn": "arn:aws:iam::aws:policy/PowerUserAccess"})
    got = sso.get_permissions_boundary_for_permission_set(InstanceArn=inst, PermissionSetArn=ps)["PermissionsBoundary"]
    check("boundary replaced by a managed policy", got == {"ManagedPolicyArn": "arn:aws:iam::aws:policy/PowerUserAccess"}, got)
    sso.delete_permissions_boundary_from_permission_set(InstanceArn=inst, PermissionSetArn=ps)
    check("boundary deleted", error_code(lambda: sso.get_permissions_boundary_for_permission_set(
        InstanceArn=inst, PermissionSetArn=ps)) == "ResourceNotFoundException")

    status = sso.provision_permission_set(InstanceArn=inst, PermissionSetArn=ps, TargetType="AWS_ACCOUNT",
                                          TargetId=a1)["PermissionSetProvisioningStatus"]
    check("provisioning reports the target account", status["AccountId"] == a1 and status["Status"] == "SUCCEEDED",
          status)
    desc = sso.describe_permission_set_provisioning_status(
        InstanceArn=inst, ProvisionPermissionSetRequestId=status["RequestId"])["PermissionSetProvisioningStatus"]
    check("DescribePermissionSetProvisioningStatus", desc["Status"] == "SUCCEEDED" and desc["AccountId"] == a1, desc)
    listed = sso.list_permission_set_provisioning_status(InstanceArn=inst)["PermissionSetsProvisioningStatus"]
    check("ListPermissionSetProvisioningStatus", [x["RequestId"] for x in listed] == [status["RequestId"]], listed)
    accounts = sso.list_accounts_for_provisioned_permission_set(InstanceArn=inst, PermissionSetArn=ps)["AccountIds"]
    check("provisioned to exactly the target account", accounts == [a1], accounts)
    other = sso.create_permission_set(Name="ReadOnly", InstanceArn=inst)["PermissionSet"]["PermissionSetArn"]
    sets = sso.list_permission_sets_provisioned_to_account(InstanceArn=inst, AccountId=a2)["PermissionSets"]
    check("nothing provisioned to the other account", sets == [], sets)

    assign = dict(InstanceArn=inst, TargetId=a2, TargetType="AWS_ACCOUNT", PermissionSetArn=other,
                  PrincipalType="GROUP", PrincipalId=group)
    sso.create_account_assignment(**assign)
    again = sso.create_account_assignment(**assign)["AccountAssignmentCreationStatus"]
    listed = sso.list_account_assignments(InstanceArn=inst, AccountId=a2, PermissionSetArn=other)["AccountAssignments"]
    check("a duplicate assignment is stored once", len(listed) == 1, listed)
    check("the duplicate's status can be read", sso.describe_account_assignment_creation_status(
        InstanceArn=inst, AccountAssignmentCreationRequestId=again["RequestId"])[
        "AccountAssignmentCreationStatus"]["Status"] == "SUCCEEDED")
    sets = sso.list_permission_sets_provisioned_to_account(InstanceArn=inst, AccountId=a2)["PermissionSets"]
    check("an assignment provisions its permission set", sets == [other], sets)
    created = sso.list_account_assignment_creation_status(InstanceArn=inst)["AccountAssignmentsCreationStatus"]
    check("ListAccountAssignmentCreationStatus", len(created) == 2, created)

    sso.put_inline_policy_to_permission_set(InstanceArn=inst, PermissionSetArn=other, InlinePolicy=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]}))
    stale = sso.list_accounts_for_provisioned_permission_set(
        InstanceArn=inst, PermissionSetArn=other, ProvisioningStatus="LATEST_PERMISSION_SET_NOT_PROVISIONED")["AccountIds"]
    check("a changed permission set is stale where provisioned", stale == [a2], stale)
    sso.provision_permission_set(InstanceArn=inst, PermissionSetArn=other, TargetType="ALL_PROVISIONED_ACCOUNTS")
    fresh = sso.list_permission_sets_provisioned_to_account(
        InstanceArn=inst, AccountId=a2, ProvisioningStatus="LATEST_PERMISSION_SET_PROVISIONED")["PermissionSets"]
    check("ALL_PROVISIONED_ACCOUNTS re-provisions", fresh == [other], fresh)

    deleted = sso.delete_account_assignment(**assign)["AccountAssignmentDeletionStatus"]
    check("assignment deleted", sso.list_account_assignments(InstanceArn=inst, AccountId=a2, PermissionSetArn=other)[
        "AccountAssignments"] == [])
    check("deletion status readable", sso.describe_account_assignment_deletion_status(
        InstanceArn=inst, AccountAssignmentDeletionRequestId=deleted["RequestId"])[
        "AccountAssignmentDeletionStatus"]["Status"] == "SUCCEEDED")

    check("no ABAC configuration yet", error_code(lambda: sso.describe_instance_access_control_attribute_configuration(
        InstanceArn=inst)) == "ResourceNotFoundException")
    attrs = {"AccessControlAttributes": [{"Key": "CostCenter", "Value": {"Source": ["${path:enterprise.costCenter}"]}}]}
    sso.create_instance_access_control_attribute_configuration(
        InstanceArn=inst, InstanceAccessControlAttributeConfiguration=attrs)
    got = sso.describe_instance_access_control_attribute_configuration(InstanceArn=inst)
    check("ABAC configuration read back", got["Status"] == "ENABLED"
          and got["InstanceAccessControlAttributeConfiguration"] == attrs, got)
    check("creating it twice conflicts", error_code(lambda: sso.create_instance_access_control_attribute_configuration(
        InstanceArn=inst, InstanceAccessControlAttributeConfiguration=attrs)) == "ConflictException")
    attrs2 = {"AccessControlAttributes": [{"Key": "Team", "Value": {"Source": ["${path:enterprise.division}"]}}]}
    sso.update_instance_access_control_attribute_configuration(
        InstanceArn=inst, InstanceAccessControlAttributeConfiguration=attrs2)
    got = sso.describe_instance_access_control_attribute_configuration(InstanceArn=inst)
    check("ABAC configuration updated", got["InstanceAccessControlAttributeConfiguration"] == attrs2, got)
    sso.delete_instance_access_control_attribute_configuration(InstanceArn=inst)
    check("ABAC configuration deleted", error_code(lambda: sso.describe_instance_access_control_attribute_configuration(
        InstanceArn=inst)) == "ResourceNotFoundException")



# --------------------------------------------------------------------------- faults
def faults(*rules, seed=1):
    status, body = SERVER.control("/orgops-test/faults", {"seed": seed, "rules": list(rules)})
    if status != 200:
        raise RuntimeError(f"fault rules refused: {body}")


def raw_error(fn):
    try:
        fn()
    except ClientError as error:
        return error.response["ResponseMetadata"]["HTTPStatusCode"], error.response["Error"]["Code"]
    return None


def test_faults():
    org, root, _ = org_with_accounts()
    sso, inst, store = sso_instance()
    cfn = client("cloudformation")
    faults({"kind": "throttle", "service": "organizations", "count": 1},
           {"kind": "throttle", "service": "sso", "count": 1},
           {"kind": "throttle", "service": "identitystore", "count": 1},
           {"kind": "throttle", "service": "cloudformation", "count": 1})
    got = raw_error(org.list_accounts)
    check("organizations throttles as TooManyRequestsException 400", got == (400, "TooManyRequestsException"), got)
    got = raw_error(lambda: sso.list_permission_sets(InstanceArn=inst))
    check("sso-admin throttles as ThrottlingException 400", got == (400, "ThrottlingException"), got)
    got = raw_error(lambda: client("identitystore").list_groups(IdentityStoreId=store))
    check("identitystore throttles as ThrottlingException 400", got == (400, "ThrottlingException"), got)
    got = raw_error(cfn.list_stack_sets)
    check("cloudformation throttles as Throttling 400", got == (400, "Throttling"), got)
    check("count exhausted: next call passes", raw_error(cfn.list_stack_sets) is None)

    faults({"kind": "error", "service": "organizations", "operation": "ListRoots", "status": 503, "count": 1})
    got = raw_error(org.list_roots)
    check("5xx fault on one operation", got == (503, "ServiceUnavailableException"), got)
    check("other operations unaffected", raw_error(org.list_accounts) is None)

    faults({"kind": "drop", "operation": "DescribeOrganization", "count": 1})
    try:
        org.describe_organization()
        dropped = False
    except (ConnectionClosedError, EndpointConnectionError, ConnectionError):
        dropped = True
    except Exception as error:  # botocore wraps a reset in several ways
        dropped = "connection" in type(error).__name__.lower() or "Connection" in str(error)
    check("dropped connection", dropped)
    check("server still serves after a drop", raw_error(org.describe_organization) is None)

    faults({"kind": "latency", "ms": 120, "operation": "ListRoots"})
    began = time.monotonic()
    org.list_roots()
    slow = time.monotonic() - began
    began = time.monotonic()
    org.list_accounts()
    fast = time.monotonic() - began
    check("latency added to the matching operation", slow >= 0.12 and fast < 0.12, (slow, fast))

    def pattern(seed):
        faults({"kind": "throttle", "operation": "ListRoots", "share": 0.5}, seed=seed)
        return [raw_error(org.list_roots) is not None for _ in range(20)]
    first, second = pattern(7), pattern(7)
    check("share is deterministic with a seed", first == second and 3 < sum(first) < 17, (first, second))
    SERVER.control("/orgops-test/faults", method="DELETE")
    check("DELETE clears the rules", all(raw_error(org.list_roots) is None for _ in range(5)))
    status, body = SERVER.control("/orgops-test/faults", {"rules": [{"kind": "bogus"}]})
    check("a bad rule is refused with its value quoted", status == 400 and "'bogus'" in body["error"], body)


def test_controls():
    SERVER.control("/orgops-test/calls/reset")
    org, root, _ = org_with_accounts(n=2)
    org.list_roots()
    org.list_roots()
    client("sso-admin").list_instances()
    client("cloudformation").list_stack_sets()
    status, body = SERVER.control("/orgops-test/calls", method="GET")
    calls = body["calls"]
    check("calls counted per service and operation", calls.get("organizations:ListRoots") == 3
          and calls.get("organizations:CreateAccount") == 2 and calls.get("sso:ListInstances") == 1
          and calls.get("cloudformation:ListStackSets") == 1, calls)
    check("total and peak", body["total"] == sum(calls.values()) and body["peakPerSecond"] >= 1, body)
    SERVER.control("/orgops-test/calls/reset")
    check("calls reset", SERVER.control("/orgops-test/calls", method="GET")[1]["calls"] == {})
    status, _ = SERVER.control("/moto-api/reset")
    check("moto-api reset still works", status == 200)
    status, _ = SERVER.control("/orgops-test/nothing")
    check("unknown control is a 404", status == 404)



def test_async():
    org, root, _ = org_with_accounts(n=0)
    faults({"kind": "async", "operation": "CreateAccount", "polls": 2, "count": 1},
           {"kind": "async", "operation": "CreateAccount", "outcome": "FAILED", "reason": "EMAIL_ALREADY_EXISTS",
            "count": 1})
    slow = org.create_account(Email="slow@example.com", AccountName="slow")["CreateAccountStatus"]
    check("CreateAccount starts IN_PROGRESS", slow["State"] == "IN_PROGRESS" and "AccountId" not in slow, slow)
    check("an account in creation is not listed", org.list_accounts()["Accounts"][1:] == [])
    states = [org.describe_create_account_status(CreateAccountRequestId=slow["Id"])["CreateAccountStatus"]["State"]
              for _ in range(3)]
    check("IN_PROGRESS for 2 polls, then SUCCEEDED", states == ["IN_PROGRESS", "IN_PROGRESS", "SUCCEEDED"], states)
    done = org.describe_create_account_status(CreateAccountRequestId=slow["Id"])["CreateAccountStatus"]
    check("the account exists once created", done["AccountId"] in {a["Id"] for a in org.list_accounts()["Accounts"]})
    failed = org.create_account(Email="dup@example.com", AccountName="dup")["CreateAccountStatus"]
    failed = org.describe_create_account_status(CreateAccountRequestId=failed["Id"])["CreateAccountStatus"]
    check("CreateAccount can FAIL with a reason", failed["State"] == "FAILED"
          and failed["FailureReason"] == "EMAIL_ALREADY_EXISTS" and "AccountId" not in failed, failed)
    check("a failed account never appears", len(org.list_accounts()["Accounts"]) == 2)
    listed = org.list_create_account_status(States=["FAILED"])["CreateAccountStatuses"]
    check("ListCreateAccountStatus filters by state", [x["Id"] for x in listed] == [failed["Id"]], listed)
    check("timed rule stays IN_PROGRESS until the time passed", _timed(org))

    sso, inst, store = sso_instance()
    group = client("identitystore").create_group(IdentityStoreId=store, DisplayName="ops")["GroupId"]
    ps = sso.create_permission_set(Name="Ops", InstanceArn=inst)["PermissionSet"]["PermissionSetArn"]
    account = done["AccountId"]
    faults({"kind": "async", "operation": "CreateAccountAssignment", "polls": 1, "outcome": "FAILED",
            "reason": "Received a 404 status error: No principal", "count": 1},
           {"kind": "async", "operation": "DeleteAccountAssignment", "polls": 1, "count": 1},
           {"kind": "async", "operation": "ProvisionPermissionSet", "polls": 1, "count": 1})
    assign = dict(InstanceArn=inst, TargetId=account, TargetType="AWS_ACCOUNT", PermissionSetArn=ps,
                  PrincipalType="GROUP", PrincipalId=group)
    started = sso.create_account_assignment(**assign)["AccountAssignmentCreationStatus"]
    check("assignment creation IN_PROGRESS", started["Status"] == "IN_PROGRESS", started)
    states = [sso.describe_account_assignment_creation_status(
        InstanceArn=inst, AccountAssignmentCreationRequestId=started["RequestId"])["AccountAssignmentCreationStatus"]
        for _ in range(2)]
    check("then FAILED with the reason", [x["Status"] for x in states] == ["IN_PROGRESS", "FAILED"]
          and states[1]["FailureReason"].startswith("Received a 404"), states)
    check("a failed assignment is not kept", sso.list_account_assignments(
        InstanceArn=inst, AccountId=account, PermissionSetArn=ps)["AccountAssignments"] == [])
    sso.create_account_assignment(**assign)
    gone = sso.delete_account_assignment(**assign)["AccountAssignmentDeletionStatus"]
    check("assignment deletion IN_PROGRESS", gone["Status"] == "IN_PROGRESS", gone)
    states = [sso.describe_account_assignment_deletion_status(
        InstanceArn=inst, AccountAssignmentDeletionRequestId=gone["RequestId"])["AccountAssignmentDeletionStatus"][
        "Status"] for _ in range(2)]
    check("deletion IN_PROGRESS then SUCCEEDED", states == ["IN_PROGRESS", "SUCCEEDED"], states)
    prov = sso.provision_permission_set(InstanceArn=inst, PermissionSetArn=ps, TargetType="AWS_ACCOUNT",
                                        TargetId=account)["PermissionSetProvisioningStatus"]
    pending = sso.list_permission_set_provisioning_status(InstanceArn=inst, Filter={"Status": "IN_PROGRESS"})[
        "PermissionSetsProvisioningStatus"]
    check("provisioning IN_PROGRESS and listed so", prov["Status"] == "IN_PROGRESS"
          and [x["RequestId"] for x in pending] == [prov["RequestId"]], (prov, pending))
    states = [sso.describe_permission_set_provisioning_status(
        InstanceArn=inst, ProvisionPermissionSetRequestId=prov["RequestId"])["PermissionSetProvisioningStatus"][
        "Status"] for _ in range(2)]
    check("provisioning IN_PROGRESS then SUCCEEDED", states == ["IN_PROGRESS", "SUCCEEDED"], states)


def _timed(org) -> bool:
    faults({"kind": "async", "operation": "CreateAccount", "seconds": 0.4, "count": 1})
    status = org.create_account(Email="timed@example.com", AccountName="timed")["CreateAccountStatus"]
    first = org.describe_create_account_status(CreateAccountRequestId=status["Id"])["CreateAccountStatus"]["State"]
    time.sleep(0.5)
    later = org.describe_create_account_status(CreateAccountRequestId=status["Id"])["CreateAccountStatus"]["State"]
    return first == "IN_PROGRESS" and later == "SUCCEEDED"



def test_auth():
    status, keys = SERVER.control("/orgops-test/bootstrap", {"accountId": MGMT, "roleName": "orgops"})
    check("bootstrap returns keys and the role", status == 200 and keys["accessKeyId"].startswith("AKIA")
          and keys["roleArn"] == f"arn:aws:iam::{MGMT}:role/orgops", keys)
    status, body = SERVER.control("/orgops-test/bootstrap", {"accountId": "12"})
    check("bootstrap refuses a bad account id", status == 400 and "'12'" in body["error"], body)
    SERVER.control("/moto-api/reset-auth", "0", content_type="text/plain")
    try:
        user = {"AccessKeyId": keys["accessKeyId"], "SecretAccessKey": keys["secretAccessKey"]}
        who = client("sts", creds=user).get_caller_identity()
        check("the bootstrap user acts as the management account", who["Account"] == MGMT, who)
        role = client("sts", creds=user).assume_role(RoleArn=keys["roleArn"], RoleSessionName="orgops-test")[
            "Credentials"]
        org = client("organizations", creds=role)
        org.create_organization(FeatureSet="ALL")
        member = org.create_account(Email="m@example.com", AccountName="m")["CreateAccountStatus"]["AccountId"]
        check("the assumed role may use Organizations with auth on", len(org.list_accounts()["Accounts"]) == 2)
        bad = dict(user, SecretAccessKey="wrong")
        got = raw_error(lambda: client("organizations", creds=bad).list_roots())
        check("a wrong secret is refused", got is not None and got[0] == 403, got)
        got = raw_error(lambda: client("organizations", creds={"AccessKeyId": "AKIAUNKNOWN000000000",
                                                               "SecretAccessKey": "x"}).list_roots())
        check("an unknown key is refused", got is not None and got[0] == 403, got)
        into = client("sts", creds=role).assume_role(
            RoleArn=f"arn:aws:iam::{member}:role/OrganizationAccountAccessRole", RoleSessionName="member")["Credentials"]
        got = raw_error(lambda: client("iam", creds=into).list_roles())
        check("the member role has no policy before member-roles", got is not None and got[0] == 403, got)
        status, body = SERVER.control("/orgops-test/member-roles", {"accountIds": [member]})
        check("member-roles opens the member role", status == 200 and body["accountIds"] == [member], body)
        roles = client("iam", creds=into).list_roles()["Roles"]
        check("the member role may act after member-roles", any(r["RoleName"] == "OrganizationAccountAccessRole"
                                                                for r in roles), roles)
    finally:
        SERVER.control("/moto-api/reset-auth", "inf", content_type="text/plain")


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
