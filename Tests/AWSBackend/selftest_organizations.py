"""Self-test: Organizations gap fills and the AWS rules moto skips."""
from __future__ import annotations

import json

from selftest_support import MGMT, MGMT2, check, error_code, org_with_accounts


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

    pages, token = [], None
    for _ in range(10):
        reply = org.list_create_account_status(MaxResults=1, **({"NextToken": token} if token else {}))
        pages.append(reply["CreateAccountStatuses"])
        token = reply.get("NextToken")
        if not token:
            break
    check("ListCreateAccountStatus pagination ends", token is None and sum(map(len, pages)) == 2, pages)

    taken = org.create_account(Email=f"a0-{MGMT}@example.com", AccountName="again")["CreateAccountStatus"]
    taken = org.describe_create_account_status(CreateAccountRequestId=taken["Id"])["CreateAccountStatus"]
    check("an e-mail already in use fails the creation", taken["State"] == "FAILED"
          and taken["FailureReason"] == "EMAIL_ALREADY_EXISTS", taken)
    check("the failed account is not listed", len(org.list_accounts()["Accounts"]) == 3)

    # a second organization is separate
    org2, _, accounts2 = org_with_accounts(MGMT2, 1)
    ids1 = {a["Id"] for a in org.list_accounts()["Accounts"]}
    ids2 = {a["Id"] for a in org2.list_accounts()["Accounts"]}
    check("two management accounts hold two organizations", not ids1 & ids2 and accounts2[0] in ids2)
