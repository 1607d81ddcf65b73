"""Self-test: sso-admin gap fills (tags, boundary, provisioning, assignments, ABAC)."""
from __future__ import annotations

import json

from selftest_support import check, client, error_code, org_with_accounts, sso_instance


def test_sso():
    org, root, (a1, a2) = org_with_accounts()
    sso, inst, store = sso_instance()
    ids = client("identitystore")
    group = ids.create_group(IdentityStoreId=store, DisplayName="admins")["GroupId"]
    ps = sso.create_permission_set(Name="Admin", InstanceArn=inst, Tags=[{"Key": "team", "Value": "core"}])[
        "PermissionSet"]["PermissionSetArn"]
    check("a second permission set of the same name conflicts", error_code(lambda: sso.create_permission_set(
        Name="Admin", InstanceArn=inst)) == "ConflictException")
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
    described = sso.describe_permission_set(InstanceArn=inst, PermissionSetArn=other)["PermissionSet"]
    check("SessionDuration defaults to the ISO-8601 string PT1H", described["SessionDuration"] == "PT1H", described)
    sso.update_permission_set(InstanceArn=inst, PermissionSetArn=ps, SessionDuration="PT4H", Description="admins")
    sso.update_permission_set(InstanceArn=inst, PermissionSetArn=ps, RelayState="https://console.aws.amazon.com/")
    described = sso.describe_permission_set(InstanceArn=inst, PermissionSetArn=ps)["PermissionSet"]
    check("UpdatePermissionSet keeps the fields it does not send",
          (described["SessionDuration"], described["Description"], described["RelayState"])
          == ("PT4H", "admins", "https://console.aws.amazon.com/"), described)
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
