"""Self-test: fault injection, asynchronous operations, the controls, bootstrap with auth on."""
from __future__ import annotations

import time

import urllib.error
import urllib.request

from botocore.exceptions import ConnectionClosedError, EndpointConnectionError

from selftest_support import MGMT, check, client, faults, org_with_accounts, raw_error, server, sso_instance


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
    server().control("/orgops-test/faults", method="DELETE")
    check("DELETE clears the rules", all(raw_error(org.list_roots) is None for _ in range(5)))
    status, body = server().control("/orgops-test/faults", {"rules": [{"kind": "bogus"}]})
    check("a bad rule is refused with its value quoted", status == 400 and "'bogus'" in body["error"], body)


def test_call_windows():
    """Receive times per family: sso-admin and identitystore count as one `identitycenter` family, and the
    peak is the most calls in any sliding 1-second window, not per calendar second."""
    _, instance, store = sso_instance()
    server().control("/orgops-test/calls/reset")
    admin, ids = client("sso-admin"), client("identitystore")
    for _ in range(2):
        admin.list_instances()
        ids.list_groups(IdentityStoreId=store)
    time.sleep(1.2)
    admin.list_permission_sets(InstanceArn=instance)
    status, body = server().control("/orgops-test/calls?timestamps=1", method="GET")
    stamps = body.get("receivedAt", {}).get("identitycenter", [])
    check("receive times of one family, sorted", len(stamps) == 5 and stamps == sorted(stamps)
          and stamps[4] - stamps[3] >= 1.1, body)
    check("peak in any sliding second per family", body["peakInAnySecond"].get("identitycenter") == 4
          and "sso" not in body["peakInAnySecond"] and "identitystore" not in body["peakInAnySecond"], body)
    check("timestamps only on request", "receivedAt" not in server().control("/orgops-test/calls", method="GET")[1])


def test_controls():
    server().control("/orgops-test/calls/reset")
    org, root, _ = org_with_accounts(n=2)
    org.list_roots()
    org.list_roots()
    client("sso-admin").list_instances()
    client("cloudformation").list_stack_sets()
    status, body = server().control("/orgops-test/calls", method="GET")
    calls = body["calls"]
    check("calls counted per service and operation", calls.get("organizations:ListRoots") == 3
          and calls.get("organizations:CreateAccount") == 2 and calls.get("sso:ListInstances") == 1
          and calls.get("cloudformation:ListStackSets") == 1, calls)
    check("total and peak", body["total"] == sum(calls.values()) and body["peakPerSecond"] >= 1, body)
    test_call_windows()
    server().control("/orgops-test/calls/reset")
    check("calls reset", server().control("/orgops-test/calls", method="GET")[1]["calls"] == {})
    status, _ = server().control("/moto-api/reset")
    check("moto-api reset still works", status == 200)
    status, _ = server().control("/orgops-test/nothing")
    check("unknown control is a 404", status == 404)
    request = urllib.request.Request(server().url + "/", data=b'{"PolicyType":"TAG_POLICY"}', method="POST", headers={
        "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AWSOrganizationsV20161128.DescribeEffectivePolicy",
        "Authorization": "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/organizations/aws4_request, "
                         "SignedHeaders=host, Signature=0", "x-moto-account-id": MGMT})
    try:
        urllib.request.urlopen(request, timeout=10).read()
        page = None
    except urllib.error.HTTPError as error:
        page = (error.code, error.read().decode(errors="replace"))
    check("an operation moto lacks is an HTML 500 that says it is not implemented",
          page is not None and page[0] == 500 and "not implemented by this server" in page[1]
          and "describe_effective_policy" in page[1], page)



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
    status, keys = server().control("/orgops-test/bootstrap", {"accountId": MGMT, "roleName": "orgops"})
    check("bootstrap returns keys and the role", status == 200 and keys["accessKeyId"].startswith("AKIA")
          and keys["roleArn"] == f"arn:aws:iam::{MGMT}:role/orgops", keys)
    status, body = server().control("/orgops-test/bootstrap", {"accountId": "12"})
    check("bootstrap refuses a bad account id", status == 400 and "'12'" in body["error"], body)
    server().control("/moto-api/reset-auth", "0", content_type="text/plain")
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
        status, body = server().control("/orgops-test/member-roles", {"accountIds": [member]})
        check("member-roles opens the member role", status == 200 and body["accountIds"] == [member], body)
        roles = client("iam", creds=into).list_roles()["Roles"]
        check("the member role may act after member-roles", any(r["RoleName"] == "OrganizationAccountAccessRole"
                                                                for r in roles), roles)
    finally:
        server().control("/moto-api/reset-auth", "inf", content_type="text/plain")
