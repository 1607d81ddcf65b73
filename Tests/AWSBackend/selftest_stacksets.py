"""Self-test: StackSets gap fills (targets, updates, auto-deployment, async failures, drift)."""
from __future__ import annotations

import json

from selftest_support import MGMT, REGION, check, client, error_code, faults, org_with_accounts, server


TEMPLATE = json.dumps({
    "AWSTemplateFormatVersion": "2010-09-09",
    "Parameters": {"Env": {"Type": "String", "Default": "dev"}},
    "Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::Sub": "guard-${Env}"}}}}})
TEMPLATE_V2 = json.dumps({
    "AWSTemplateFormatVersion": "2010-09-09", "Description": "v2",
    "Parameters": {"Env": {"Type": "String", "Default": "dev"}},
    "Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::Sub": "guard2-${Env}"}}}}})


def topics(account, region=REGION):
    """The self-managed set's topics (the service-managed set's hidden stacks make '-dev' ones)."""
    return sorted(name for name in (t["TopicArn"].rsplit(":", 1)[1] for t in client("sns", account, region)
                                    .list_topics()["Topics"]) if name.endswith("-prod"))


def test_cfn():
    org, root, (a1, a2, a3) = org_with_accounts(n=3)
    top = org.create_organizational_unit(ParentId=root, Name="Top")["OrganizationalUnit"]["Id"]
    mid = org.create_organizational_unit(ParentId=top, Name="Mid")["OrganizationalUnit"]["Id"]
    deep = org.create_organizational_unit(ParentId=mid, Name="Deep")["OrganizationalUnit"]["Id"]
    for account, ou in [(a1, top), (a2, mid), (a3, deep)]:
        org.move_account(AccountId=account, SourceParentId=root, DestinationParentId=ou)
    cfn = client("cloudformation")
    cfn.create_stack_set(StackSetName="guard", TemplateBody=TEMPLATE, PermissionModel="SERVICE_MANAGED",
                         AutoDeployment={"Enabled": True, "RetainStacksOnAccountRemoval": False})
    got = cfn.describe_stack_set(StackSetName="guard")["StackSet"]
    check("AutoDeployment kept", got.get("AutoDeployment") == {"Enabled": True, "RetainStacksOnAccountRemoval": False},
          got.get("AutoDeployment"))
    check("duplicate stack-set name refused", error_code(lambda: cfn.create_stack_set(
        StackSetName="guard", TemplateBody=TEMPLATE)) == "NameAlreadyExistsException")
    cfn.create_stack_set(StackSetName="short-lived", TemplateBody=TEMPLATE)
    cfn.delete_stack_set(StackSetName="short-lived")
    active = [s["StackSetName"] for s in cfn.list_stack_sets(Status="ACTIVE")["Summaries"]]
    every = {s["StackSetName"]: s["Status"] for s in cfn.list_stack_sets()["Summaries"]}
    check("ListStackSets Status=ACTIVE leaves deleted sets out", "short-lived" not in active and "guard" in active
          and every.get("short-lived") == "DELETED", (active, every))
    cfn.create_stack_instances(StackSetName="guard", DeploymentTargets={"OrganizationalUnitIds": [top]},
                               Regions=[REGION])
    accounts = sorted(i["Account"] for i in cfn.list_stack_instances(StackSetName="guard")["Summaries"])
    check("OU target covers the whole subtree", accounts == sorted([a1, a2, a3]), accounts)
    cfn.create_stack_instances(StackSetName="guard", DeploymentTargets={"OrganizationalUnitIds": [mid]},
                               Regions=[REGION])
    check("instances are not created twice", len(cfn.list_stack_instances(StackSetName="guard")["Summaries"]) == 3)
    moved = org.create_account(Email="late@example.com", AccountName="late")["CreateAccountStatus"]["AccountId"]
    org.move_account(AccountId=moved, SourceParentId=root, DestinationParentId=deep)
    accounts = sorted(i["Account"] for i in cfn.list_stack_instances(StackSetName="guard")["Summaries"])
    check("auto-deployment: an account moved into a target OU gets an instance",
          accounts == sorted([a1, a2, a3, moved]), accounts)
    org.move_account(AccountId=moved, SourceParentId=deep, DestinationParentId=root)
    accounts = sorted(i["Account"] for i in cfn.list_stack_instances(StackSetName="guard")["Summaries"])
    check("auto-deployment: an account moved out loses it", accounts == sorted([a1, a2, a3]), accounts)
    cfn.update_stack_set(StackSetName="guard", AutoDeployment={"Enabled": False})
    got = cfn.describe_stack_set(StackSetName="guard")["StackSet"]
    check("AutoDeployment updated", got["AutoDeployment"]["Enabled"] is False, got.get("AutoDeployment"))
    org.move_account(AccountId=moved, SourceParentId=root, DestinationParentId=deep)
    check("no auto-deployment once disabled", len(cfn.list_stack_instances(StackSetName="guard")["Summaries"]) == 3)
    cfn.delete_stack_instances(StackSetName="guard", DeploymentTargets={"OrganizationalUnitIds": [mid]},
                               Regions=[REGION], RetainStacks=False)
    accounts = [i["Account"] for i in cfn.list_stack_instances(StackSetName="guard")["Summaries"]]
    check("DeleteStackInstances by DeploymentTargets", accounts == [a1], accounts)

    # self-managed: real stacks, so the update must reach them
    cfn.create_stack_set(StackSetName="self", TemplateBody=TEMPLATE, Parameters=[
        {"ParameterKey": "Env", "ParameterValue": "prod"}])
    cfn.create_stack_instances(StackSetName="self", Accounts=[a1, a2], Regions=[REGION])
    check("self-managed instance created its stack", topics(a1) == ["guard-prod"], topics(a1))
    op = cfn.update_stack_set(StackSetName="self", TemplateBody=TEMPLATE_V2, Parameters=[
        {"ParameterKey": "Env", "ParameterValue": "prod"}])["OperationId"]
    check("UpdateStackSet reaches the instances' stacks", topics(a1) == ["guard2-prod"] and topics(a2) == ["guard2-prod"],
          (topics(a1), topics(a2)))
    done = cfn.describe_stack_set_operation(StackSetName="self", OperationId=op)["StackSetOperation"]
    check("update operation SUCCEEDED and ended", done["Status"] == "SUCCEEDED" and "EndTimestamp" in done, done)

    # slow and partly failing operations
    faults({"kind": "async", "operation": "UpdateStackSet", "polls": 2, "outcome": "FAILED",
            "reason": "Account a2 should have 'AWSCloudFormationStackSetExecutionRole' role", "accounts": [a2]})
    op = cfn.update_stack_set(StackSetName="self", TemplateBody=TEMPLATE, Parameters=[
        {"ParameterKey": "Env", "ParameterValue": "prod"}])["OperationId"]
    states = [cfn.describe_stack_set_operation(StackSetName="self", OperationId=op)["StackSetOperation"]["Status"]
              for _ in range(3)]
    check("operation RUNNING for 2 polls then FAILED", states == ["RUNNING", "RUNNING", "FAILED"], states)
    results = {r["Account"]: r for r in cfn.list_stack_set_operation_results(StackSetName="self", OperationId=op)[
        "Summaries"]}
    check("only the failing account failed", results[a2]["Status"] == "FAILED" and results[a1]["Status"] == "SUCCEEDED"
          and "ExecutionRole" in results[a2]["StatusReason"], results)
    inst = {i["Account"]: i for i in cfn.list_stack_instances(StackSetName="self")["Summaries"]}
    check("the failing account's instance is OUTDATED/FAILED", inst[a2]["Status"] == "OUTDATED"
          and inst[a2]["StackInstanceStatus"]["DetailedStatus"] == "FAILED" and inst[a1]["Status"] == "CURRENT", inst)
    ops = {o["OperationId"]: o for o in cfn.list_stack_set_operations(StackSetName="self")["Summaries"]}
    check("ListStackSetOperations shows the failure", ops[op]["Status"] == "FAILED", ops[op])
    server().control("/orgops-test/faults", method="DELETE")

    # drift
    status, body = server().control("/orgops-test/stackset-drift", {"accountId": MGMT, "stackSetName": "self",
                                                                   "account": a2, "region": REGION})
    check("drift control marks an instance", status == 200 and body["drifted"] is True, body)
    inst = cfn.list_stack_instances(StackSetName="self")["Summaries"]
    check("drift NOT_CHECKED before detection", {i["DriftStatus"] for i in inst} == {"NOT_CHECKED"}, inst)
    op = cfn.detect_stack_set_drift(StackSetName="self")["OperationId"]
    detail = cfn.describe_stack_set_operation(StackSetName="self", OperationId=op)["StackSetOperation"]
    check("drift detection operation", detail["Action"] == "DETECT_DRIFT" and detail["Status"] == "SUCCEEDED"
          and detail["StackSetDriftDetectionDetails"]["DriftedStackInstancesCount"] == 1, detail)
    inst = {i["Account"]: i["DriftStatus"] for i in cfn.list_stack_instances(StackSetName="self")["Summaries"]}
    check("instances carry DriftStatus", inst == {a1: "IN_SYNC", a2: "DRIFTED"}, inst)
    got = cfn.describe_stack_set(StackSetName="self")["StackSet"].get("StackSetDriftDetectionDetails", {})
    check("the set reports DRIFTED", got.get("DriftStatus") == "DRIFTED", got)
    drifts = cfn.list_stack_instance_resource_drifts(StackSetName="self", StackInstanceAccount=a2,
                                                     StackInstanceRegion=REGION, OperationId=op)["Summaries"]
    check("resource drifts of the drifted instance", [(d["LogicalResourceId"], d["StackResourceDriftStatus"])
                                                      for d in drifts] == [("Topic", "MODIFIED")], drifts)
    server().control("/orgops-test/stackset-drift", {"accountId": MGMT, "stackSetName": "self", "account": a2,
                                                   "region": REGION, "drifted": False})
    cfn.detect_stack_set_drift(StackSetName="self")
    inst = {i["Account"]: i["DriftStatus"] for i in cfn.list_stack_instances(StackSetName="self")["Summaries"]}
    check("unmarked instance is back IN_SYNC", inst == {a1: "IN_SYNC", a2: "IN_SYNC"}, inst)
    cfn.delete_stack_instances(StackSetName="self", Accounts=[a1, a2], Regions=[REGION], RetainStacks=True)
    check("RetainStacks keeps the stacks", topics(a1) == ["guard-prod"], topics(a1))
    check("empty set can be deleted", error_code(lambda: cfn.delete_stack_set(StackSetName="self")) is None)
