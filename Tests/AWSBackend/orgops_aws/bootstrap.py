"""POST /orgops-test/bootstrap and /orgops-test/member-roles: identities for signature-checked tests."""
from __future__ import annotations

import json
import re

ALLOW_ALL = json.dumps({"Version": "2012-10-17",
                        "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})
USER_NAME = "orgops-test-admin"


class BootstrapError(ValueError):
    """A bootstrap request that cannot be served; the message quotes the bad value."""


def _iam(account_id: str):
    from moto.iam.models import iam_backends
    return iam_backends[account_id]["global"]


def _account(data: dict, key: str = "accountId") -> str:
    account = str(data.get(key, ""))
    if not re.fullmatch(r"\d{12}", account):
        raise BootstrapError(f"{key} must be 12 digits, got {account!r}")
    return account


def bootstrap(data: dict) -> dict:
    """An IAM user with Allow-* and fresh keys, and a role `roleName` with Allow-* that the user may assume."""
    from moto.iam.exceptions import EntityAlreadyExists
    account = _account(data)
    role_name = str(data.get("roleName", "orgops"))
    if not re.fullmatch(r"[\w+=,.@-]{1,64}", role_name):
        raise BootstrapError(f"roleName is not a valid IAM role name: {role_name!r}")
    iam = _iam(account)
    try:
        iam.create_user(region_name="us-east-1", user_name=USER_NAME)
    except EntityAlreadyExists:
        pass
    iam.put_user_policy(USER_NAME, "allow-all", ALLOW_ALL)
    for key in list(iam.list_access_keys(USER_NAME)):
        iam.delete_access_key(key.access_key_id, USER_NAME)
    key = iam.create_access_key(USER_NAME)
    trust = json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"AWS": [f"arn:aws:iam::{account}:user/{USER_NAME}", f"arn:aws:iam::{account}:root"]}}]})
    try:
        iam.create_role(role_name=role_name, assume_role_policy_document=trust, path="/",
                        permissions_boundary=None, description="orgops test role", tags=[],
                        max_session_duration="3600")
    except EntityAlreadyExists:
        pass
    iam.put_role_policy(role_name, "allow-all", ALLOW_ALL)
    return {"accountId": account, "userName": USER_NAME, "accessKeyId": key.access_key_id,
            "secretAccessKey": key.secret_access_key, "roleArn": f"arn:aws:iam::{account}:role/{role_name}"}


def open_member_roles(data: dict) -> dict:
    """Puts Allow-* on `roleName` (default OrganizationAccountAccessRole) in the given or all member accounts."""
    from moto.iam.exceptions import NotFoundException
    from moto.organizations.models import organizations_backends
    role_name = str(data.get("roleName", "OrganizationAccountAccessRole"))
    accounts = data.get("accountIds")
    if accounts is None:
        accounts = list(organizations_backends.master_accounts.keys())
    opened = []
    for account in accounts:
        account = _account({"accountId": account})
        try:
            _iam(account).put_role_policy(role_name, "allow-all", ALLOW_ALL)
            opened.append(account)
        except NotFoundException:
            raise BootstrapError(f"account {account} has no role {role_name!r}")
    return {"roleName": role_name, "accountIds": opened}
