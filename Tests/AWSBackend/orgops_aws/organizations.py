"""Organizations: the AWS rules and features moto 5.2.1 lacks that orgops relies on.

* delegated administrators for sso.amazonaws.com and StackSets (and no phantom entry when
  registration fails);
* BACKUP_POLICY policies;
* AttachPolicy: the type must be enabled on the root (PolicyTypeNotEnabledException), at most 5
  SCPs / RCPs per target (ConstraintViolationException), no duplicate attachment;
  DetachPolicy of a policy that is not attached (PolicyNotAttachedException);
* DisablePolicyType detaches that type's policies; EnablePolicyType attaches the AWS-managed
  FullAWSAccess policy of SCPs/RCPs everywhere (as AWS does);
* DeleteOrganizationalUnit of a non-empty OU (OrganizationalUnitNotEmptyException);
* duplicate OU names under one parent (DuplicateOrganizationalUnitException), unknown parents;
* CreateAccount that stays IN_PROGRESS or ends FAILED under an async fault rule, and that FAILS
  with EMAIL_ALREADY_EXISTS when the e-mail is already used by an account of any organization;
* ListCreateAccountStatus with a pagination that ends.
"""
from __future__ import annotations

import json
import re

from moto.organizations import models as om
from moto.organizations import utils
from moto.organizations.exceptions import OrganizationsClientError
from moto.organizations.responses import OrganizationsResponse

from .faults import FAULTS
from .middleware import RESET_HOOKS

DELEGATABLE = ["sso.amazonaws.com", "member.org.stacksets.cloudformation.amazonaws.com"]
LIMITED_TYPES = {"SERVICE_CONTROL_POLICY": 5, "RESOURCE_CONTROL_POLICY": 5}
MANAGED = {"SERVICE_CONTROL_POLICY": utils.DEFAULT_SCP_POLICY_ID,
           "RESOURCE_CONTROL_POLICY": utils.DEFAULT_RCP_POLICY_ID}
BACKUP_POLICY_ARN_FORMAT = "arn:{0}:organizations::{1}:policy/{2}/backup_policy/{3}"

# CreateAccountStatus id -> the SUCCEEDED status moto gave, for creations that are slowed or failed.
CREATIONS: dict[str, dict] = {}
RESET_HOOKS.append(CREATIONS.clear)


def error(code: str, message: str) -> OrganizationsClientError:
    return OrganizationsClientError(code, message)


def _params(self) -> dict:
    return self.request_params


def _target(backend, target_id: str):
    if re.fullmatch(utils.ROOT_ID_REGEX, target_id) or re.fullmatch(utils.OU_ID_REGEX, target_id):
        found = next((ou for ou in backend.ou if ou.id == target_id), None)
    else:
        found = next((a for a in backend.accounts if a.id == target_id), None)
    if found is None:
        raise error("TargetNotFoundException", f"You specified a target that doesn't exist: {target_id}.")
    return found


def _root(backend):
    root = next((ou for ou in backend.ou if isinstance(ou, om.FakeRoot)), None)
    if root is None:
        raise om.AWSOrganizationsNotInUseException
    return root


def _enabled(backend, policy_type: str) -> bool:
    return any(t["Type"] == policy_type for t in _root(backend).policy_types)


def _attach(policy, target) -> None:
    if policy not in target.attached_policies:
        target.attached_policies.append(policy)
        policy.attachments.append(target)


def _detach(policy, target) -> None:
    if policy in target.attached_policies:
        target.attached_policies.remove(policy)
        policy.attachments.remove(target)


# --- delegated administrators --------------------------------------------------------------------
for principal in DELEGATABLE:
    if principal not in om.FakeDelegatedAdministrator.SUPPORTED_SERVICES:
        om.FakeDelegatedAdministrator.SUPPORTED_SERVICES.append(principal)

_register = om.OrganizationsBackend.register_delegated_administrator


def register_delegated_administrator(self, **kwargs):
    try:
        return _register(self, **kwargs)
    except Exception:
        self.admins = [a for a in self.admins if a.services]
        raise


om.OrganizationsBackend.register_delegated_administrator = register_delegated_administrator

# --- BACKUP_POLICY --------------------------------------------------------------------------------
_policy_init = om.FakePolicy.__init__


def policy_init(self, organization, **kwargs):
    if kwargs.get("Type") == "BACKUP_POLICY":
        _policy_init(self, organization, **dict(kwargs, Type="TAG_POLICY"))
        self.type = "BACKUP_POLICY"
        self._arn_format = BACKUP_POLICY_ARN_FORMAT
    else:
        _policy_init(self, organization, **kwargs)


om.FakePolicy.__init__ = policy_init

# --- attach / detach / policy types ---------------------------------------------------------------
_attach_policy = OrganizationsResponse.attach_policy
_detach_policy = OrganizationsResponse.detach_policy


def attach_policy(self) -> str:
    backend = self.organizations_backend
    params = _params(self)
    policy = backend.get_policy_by_id(params.get("PolicyId", ""))
    target = _target(backend, params.get("TargetId", ""))
    if not _enabled(backend, policy.type):
        raise error("PolicyTypeNotEnabledException",
                    f"The specified policy type {policy.type} isn't enabled in your organization. "
                    "Enable it on the root first.")
    if policy in target.attached_policies:
        raise error("DuplicatePolicyAttachmentException",
                    f"The selected policy {policy.id} is already attached to the specified target {target.id}.")
    limit = LIMITED_TYPES.get(policy.type)
    if limit is not None and sum(p.type == policy.type for p in target.attached_policies) >= limit:
        raise OrganizationsClientError("ConstraintViolationException",
                                       f"You have attached the maximum number of policies of type {policy.type} "
                                       f"({limit}) to target {target.id}.")
    return _attach_policy(self)


def detach_policy(self) -> str:
    backend = self.organizations_backend
    params = _params(self)
    policy = backend.get_policy_by_id(params.get("PolicyId", ""))
    target = _target(backend, params.get("TargetId", ""))
    if policy not in target.attached_policies:
        raise error("PolicyNotAttachedException",
                    f"The policy {policy.id} isn't attached to the target {target.id}.")
    return _detach_policy(self)


_enable_type = OrganizationsResponse.enable_policy_type
_disable_type = OrganizationsResponse.disable_policy_type


def enable_policy_type(self) -> str:
    result = _enable_type(self)
    backend = self.organizations_backend
    managed = MANAGED.get(_params(self).get("PolicyType"))
    policy = next((p for p in backend.policies if p.id == managed), None)
    if policy is not None:
        for target in list(backend.ou) + list(backend.accounts):
            _attach(policy, target)
    return result


def disable_policy_type(self) -> str:
    result = _disable_type(self)
    backend = self.organizations_backend
    policy_type = _params(self).get("PolicyType")
    for policy in backend.policies:
        if policy.type == policy_type:
            for target in list(policy.attachments):
                _detach(policy, target)
    return result


# --- organizational units --------------------------------------------------------------------------
_create_ou = OrganizationsResponse.create_organizational_unit
_update_ou = OrganizationsResponse.update_organizational_unit
_delete_ou = OrganizationsResponse.delete_organizational_unit


def create_organizational_unit(self) -> str:
    backend = self.organizations_backend
    params = _params(self)
    parent = params.get("ParentId", "")
    backend.validate_parent_id(parent)
    if any(ou.parent_id == parent and ou.name == params.get("Name") for ou in backend.ou):
        raise error("DuplicateOrganizationalUnitException",
                    f"An OU with the same name already exists: {params.get('Name')!r} under {parent}.")
    return _create_ou(self)


def update_organizational_unit(self) -> str:
    backend = self.organizations_backend
    params = _params(self)
    ou = backend.get_organizational_unit_by_id(params.get("OrganizationalUnitId", ""))
    if "Name" not in params or params["Name"] == ou.name:
        return json.dumps(ou.describe())
    if any(o.parent_id == ou.parent_id and o.name == params["Name"] and o is not ou for o in backend.ou):
        raise error("DuplicateOrganizationalUnitException",
                    f"An OU with the same name already exists: {params['Name']!r} under {ou.parent_id}.")
    ou.name = params["Name"]
    return json.dumps(ou.describe())


def delete_organizational_unit(self) -> str:
    backend = self.organizations_backend
    ou_id = _params(self).get("OrganizationalUnitId", "")
    backend.get_organizational_unit_by_id(ou_id)
    if any(o.parent_id == ou_id for o in backend.ou) or any(a.parent_id == ou_id for a in backend.accounts):
        raise error("OrganizationalUnitNotEmptyException",
                    f"The specified OU {ou_id} is not empty. Move all accounts to another root or OU and "
                    "delete all child OUs, then try the operation again.")
    return _delete_ou(self)


# --- CreateAccount as an asynchronous operation -----------------------------------------------------
_create_account = OrganizationsResponse.create_account
_describe_status = OrganizationsResponse.describe_create_account_status
_list_accounts = OrganizationsResponse.list_accounts
_list_for_parent = OrganizationsResponse.list_accounts_for_parent


def _remove_account(backend, account_id: str) -> None:
    account = next((a for a in backend.accounts if a.id == account_id), None)
    if account is None:
        return
    for policy in list(account.attached_policies):
        _detach(policy, account)
    backend.accounts.remove(account)
    om.organizations_backends.master_accounts.pop(account_id, None)


def _shape(status: dict, advance: bool) -> dict:
    tracked = FAULTS.status(status.get("Id", ""), advance)
    status = {k: v for k, v in status.items() if not k.startswith("_")}
    if tracked is None:
        return status
    state, pending = tracked
    status = dict(status, State=state)
    if state != "SUCCEEDED":
        status.pop("AccountId", None)
        status.pop("CompletedTimestamp", None)
    if state == "FAILED":
        status["FailureReason"] = pending.reason
    return status


def _email_taken(email: str) -> bool:
    for _, by_partition in dict.items(om.organizations_backends):
        for _, backend in dict.items(by_partition):
            if any(a.email.lower() == email.lower() for a in backend.accounts):
                return True
    return False


def create_account(self) -> str:
    taken = _email_taken(str(_params(self).get("Email", "")))
    result = json.loads(_create_account(self))
    status = result["CreateAccountStatus"]
    if taken:
        pending = FAULTS.fail_now(status["Id"], "EMAIL_ALREADY_EXISTS")
    else:
        pending = FAULTS.start_async("organizations", "CreateAccount", status["Id"])
    if pending is not None:
        CREATIONS[status["Id"]] = dict(status, _org=self.organizations_backend.org.id)
        if pending.outcome == "FAILED":
            _remove_account(self.organizations_backend, status["AccountId"])
    return json.dumps({"CreateAccountStatus": _shape(status, advance=False)})


def describe_create_account_status(self) -> str:
    stored = CREATIONS.get(_params(self).get("CreateAccountRequestId", ""))
    status = stored if stored is not None else json.loads(_describe_status(self))["CreateAccountStatus"]
    return json.dumps({"CreateAccountStatus": _shape(status, advance=True)})


def list_create_account_status(self) -> str:
    """Every CreateAccount of the organization (slowed and failed ones too; not the management
    account, which was never created so), filtered by States, paginated with a plain offset token
    (moto's token never ends)."""
    backend = self.organizations_backend
    params = _params(self)
    statuses = [a.create_account_status["CreateAccountStatus"] for a in backend.accounts
                if backend.org is None or a.id != backend.org.master_account_id]
    known = {s["Id"] for s in statuses}
    statuses += [s for s_id, s in CREATIONS.items() if s_id not in known and _belongs(backend, s)]
    statuses = [_shape(s, advance=False) for s in statuses]
    if params.get("States"):
        statuses = [s for s in statuses if s["State"] in params["States"]]
    try:
        start = int(params.get("NextToken") or 0)
    except ValueError:
        raise error("InvalidInputException", f"You specified an invalid NextToken: {params.get('NextToken')!r}.")
    size = int(params.get("MaxResults") or 20)
    page = statuses[start:start + size]
    more = start + size < len(statuses)
    return json.dumps({"CreateAccountStatuses": page, "NextToken": str(start + size) if more else None})


def _belongs(backend, status: dict) -> bool:
    return status.get("_org") == (backend.org.id if backend.org else None)


def _hidden() -> set[str]:
    hidden = set()
    for status_id, status in CREATIONS.items():
        tracked = FAULTS.status(status_id, advance=False)
        if tracked is not None and tracked[0] != "SUCCEEDED":
            hidden.add(status["AccountId"])
    return hidden


def list_accounts(self) -> str:
    result = json.loads(_list_accounts(self))
    hidden = _hidden()
    result["Accounts"] = [a for a in result["Accounts"] if a["Id"] not in hidden]
    return json.dumps(result)


def list_accounts_for_parent(self) -> str:
    result = json.loads(_list_for_parent(self))
    hidden = _hidden()
    result["Accounts"] = [a for a in result["Accounts"] if a["Id"] not in hidden]
    return json.dumps(result)


RESPONSE_PATCHES = [
    attach_policy, detach_policy, enable_policy_type, disable_policy_type, create_organizational_unit,
    update_organizational_unit, delete_organizational_unit, create_account, describe_create_account_status,
    list_create_account_status, list_accounts, list_accounts_for_parent,
]
for _fn in RESPONSE_PATCHES:
    setattr(OrganizationsResponse, _fn.__name__, _fn)
