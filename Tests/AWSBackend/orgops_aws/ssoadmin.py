"""IAM Identity Center (sso-admin): what moto 5.2.1 lacks or stubs, filled as AWS documents it.

* permission-set names unique per instance (ConflictException);
* SessionDuration defaults to the ISO-8601 string PT1H (moto: the integer 3600), and
  UpdatePermissionSet keeps the fields it does not send (moto: resets them);
* permission-set tags (CreatePermissionSet Tags, TagResource, UntagResource, ListTagsForResource);
* permissions boundary (Put / Get / Delete PermissionsBoundary...PermissionSet);
* provisioning: ProvisionPermissionSet to AWS_ACCOUNT or ALL_PROVISIONED_ACCOUNTS records which
  accounts hold which version of a set; Describe/ListPermissionSetProvisioningStatus;
  ListAccountsForProvisionedPermissionSet and ListPermissionSetsProvisionedToAccount answer from
  that record (LATEST_PERMISSION_SET_[NOT_]PROVISIONED); an account assignment provisions too;
* account assignments: a duplicate is not stored twice; creation/deletion may stay IN_PROGRESS or
  FAIL under an async fault rule; List*Status operations;
* ABAC: Create / Describe / Update / Delete InstanceAccessControlAttributeConfiguration.
"""
from __future__ import annotations

import json
import uuid

from moto.core.exceptions import JsonRESTError
from moto.core.utils import unix_time
from moto.ssoadmin.exceptions import ConflictException, ResourceNotFoundException
from moto.ssoadmin.responses import SSOAdminResponse

from .faults import FAULTS
from .middleware import RESET_HOOKS


class State:
    """Everything sso-admin keeps here rather than in moto's models; cleared by /moto-api/reset."""

    def __init__(self):
        self.clear()

    def clear(self) -> None:
        self.boundaries: dict[str, dict] = {}            # permission set ARN -> PermissionsBoundary
        self.versions: dict[str, int] = {}               # permission set ARN -> change counter
        self.provisioned: dict[str, dict[str, int]] = {}  # permission set ARN -> account -> version
        self.requests: dict[str, dict] = {}              # request id -> {"kind", "instance", "status"}
        self.abac: dict[str, dict] = {}                  # instance ARN -> configuration


STATE = State()
RESET_HOOKS.append(STATE.clear)


def _p(self) -> dict:
    try:
        return json.loads(self.body or b"{}")
    except ValueError:
        return {}


def _permission_set(self, params: dict):
    return self.ssoadmin_backend._find_permission_set(params.get("InstanceArn"), params.get("PermissionSetArn"))


def _bump(arn: str) -> None:
    STATE.versions[arn] = STATE.versions.get(arn, 0) + 1


def _track(kind: str, instance: str, status: dict, operation: str) -> dict:
    """Registers a request; an async fault rule may hold it IN_PROGRESS or make it fail."""
    pending = FAULTS.start_async("sso", operation, status["RequestId"])
    STATE.requests[status["RequestId"]] = {"kind": kind, "instance": instance, "status": status}
    return _current(status["RequestId"], advance=False) if pending else status


def _current(request_id: str, advance: bool) -> dict:
    entry = STATE.requests[request_id]
    status = dict(entry["status"])
    tracked = FAULTS.status(request_id, advance)
    if tracked is not None:
        state, pending = tracked
        status["Status"] = state
        if state == "FAILED":
            status["FailureReason"] = pending.reason
            if not entry.get("undone"):
                entry["undone"] = True
                entry["undo"]()
    return status


# --- unique names ---------------------------------------------------------------------------------
_create_permission_set = SSOAdminResponse.create_permission_set


def create_permission_set(self) -> str:
    params = _p(self)
    if any(ps.instance_arn == params.get("InstanceArn") and ps.name == params.get("Name")
           for ps in self.ssoadmin_backend.permission_sets):
        raise ConflictException(f"A permission set named {params.get('Name')!r} already exists in this instance")
    result = _create_permission_set(self)
    if "SessionDuration" in params:
        return result
    # moto defaults to the integer 3600; AWS defaults to one hour as the ISO-8601 string PT1H
    created = json.loads(result)
    ps = self.ssoadmin_backend._find_permission_set(params.get("InstanceArn"),
                                                    created["PermissionSet"]["PermissionSetArn"])
    ps.session_duration = DEFAULT_SESSION_DURATION
    created["PermissionSet"]["SessionDuration"] = DEFAULT_SESSION_DURATION
    return json.dumps(created)


# --- updates keep what they do not name -------------------------------------------------------------
_update_permission_set = SSOAdminResponse.update_permission_set
DEFAULT_SESSION_DURATION = "PT1H"
UPDATABLE = {"Description": "description", "SessionDuration": "session_duration", "RelayState": "relay_state"}


def update_permission_set(self) -> str:
    """AWS changes only the fields sent; moto resets the rest (SessionDuration to the integer 3600)."""
    params = _p(self)
    ps = _permission_set(self, params)
    kept = {attribute: getattr(ps, attribute) for field, attribute in UPDATABLE.items() if field not in params}
    result = _update_permission_set(self)
    for attribute, value in kept.items():
        setattr(ps, attribute, value)
    return result


SSOAdminResponse.update_permission_set = update_permission_set  # before _versioned wraps it below


# --- tags -------------------------------------------------------------------------------------------
def tag_resource(self) -> str:
    params = _p(self)
    ps = self.ssoadmin_backend._find_permission_set(params.get("InstanceArn"), params.get("ResourceArn"))
    tags = {t["Key"]: t["Value"] for t in (ps.tags or [])}
    tags.update({t["Key"]: t["Value"] for t in params.get("Tags", [])})
    if len(tags) > 50:
        raise ServiceQuota(f"a permission set can have at most 50 tags, {params.get('ResourceArn')} would have {len(tags)}")
    ps.tags = [{"Key": k, "Value": v} for k, v in tags.items()]
    return "{}"


def untag_resource(self) -> str:
    params = _p(self)
    ps = self.ssoadmin_backend._find_permission_set(params.get("InstanceArn"), params.get("ResourceArn"))
    drop = set(params.get("TagKeys", []))
    ps.tags = [t for t in (ps.tags or []) if t["Key"] not in drop]
    return "{}"


def list_tags_for_resource(self) -> str:
    params = _p(self)
    ps = self.ssoadmin_backend._find_permission_set(params.get("InstanceArn"), params.get("ResourceArn"))
    return json.dumps({"Tags": list(ps.tags or []), "NextToken": None})


def ServiceQuota(message: str) -> JsonRESTError:
    return JsonRESTError("ServiceQuotaExceededException", message)


# --- permissions boundary -----------------------------------------------------------------------------
def put_permissions_boundary_to_permission_set(self) -> str:
    params = _p(self)
    ps = _permission_set(self, params)
    boundary = params.get("PermissionsBoundary") or {}
    if ("ManagedPolicyArn" in boundary) == ("CustomerManagedPolicyReference" in boundary):
        raise ValidationException("the permissions boundary needs exactly one of ManagedPolicyArn or "
                                  f"CustomerManagedPolicyReference, got {json.dumps(boundary)}")
    if "ManagedPolicyArn" in boundary:
        self.ssoadmin_backend._find_managed_policy(boundary["ManagedPolicyArn"])
    STATE.boundaries[ps.permission_set_arn] = boundary
    _bump(ps.permission_set_arn)
    return "{}"


def get_permissions_boundary_for_permission_set(self) -> str:
    ps = _permission_set(self, _p(self))
    boundary = STATE.boundaries.get(ps.permission_set_arn)
    if boundary is None:
        raise ResourceNotFoundException(f"No permissions boundary is attached to {ps.permission_set_arn}")
    return json.dumps({"PermissionsBoundary": boundary})


def delete_permissions_boundary_from_permission_set(self) -> str:
    ps = _permission_set(self, _p(self))
    if STATE.boundaries.pop(ps.permission_set_arn, None) is None:
        raise ResourceNotFoundException(f"No permissions boundary is attached to {ps.permission_set_arn}")
    _bump(ps.permission_set_arn)
    return "{}"


def ValidationException(message: str) -> JsonRESTError:
    return JsonRESTError("ValidationException", message)


# --- provisioning -------------------------------------------------------------------------------------
def provision_permission_set(self) -> str:
    params = _p(self)
    ps = _permission_set(self, params)
    arn = ps.permission_set_arn
    target_type = params.get("TargetType")
    if target_type == "AWS_ACCOUNT":
        accounts = [str(params.get("TargetId", ""))]
    elif target_type == "ALL_PROVISIONED_ACCOUNTS":
        accounts = list(STATE.provisioned.get(arn, {}))
    else:
        raise ValidationException(f"TargetType must be AWS_ACCOUNT or ALL_PROVISIONED_ACCOUNTS, got {target_type!r}")
    before = dict(STATE.provisioned.get(arn, {}))
    for account in accounts:
        STATE.provisioned.setdefault(arn, {})[account] = STATE.versions.get(arn, 0)
    status = {"Status": "SUCCEEDED", "RequestId": str(uuid.uuid4()), "PermissionSetArn": arn,
              "CreatedDate": unix_time()}
    if target_type == "AWS_ACCOUNT":
        status["AccountId"] = accounts[0]
    status = _track("provision", params.get("InstanceArn"), status, "ProvisionPermissionSet")
    STATE.requests[status["RequestId"]]["undo"] = lambda: STATE.provisioned.__setitem__(arn, before)
    return json.dumps({"PermissionSetProvisioningStatus": status})


def describe_permission_set_provisioning_status(self) -> str:
    request_id = _p(self).get("ProvisionPermissionSetRequestId", "")
    if STATE.requests.get(request_id, {}).get("kind") != "provision":
        raise ResourceNotFoundException(f"No provisioning request with id {request_id!r}")
    return json.dumps({"PermissionSetProvisioningStatus": _current(request_id, advance=True)})


def _list_requests(self, kind: str) -> list[dict]:
    params = _p(self)
    wanted = (params.get("Filter") or {}).get("Status")
    out = []
    for request_id, entry in STATE.requests.items():
        if entry["kind"] != kind or entry["instance"] != params.get("InstanceArn"):
            continue
        status = _current(request_id, advance=False)
        if wanted is None or status["Status"] == wanted:
            out.append({"Status": status["Status"], "RequestId": request_id, "CreatedDate": status["CreatedDate"]})
    return out


def list_permission_set_provisioning_status(self) -> str:
    return json.dumps({"PermissionSetsProvisioningStatus": _list_requests(self, "provision"), "NextToken": None})


def _is_latest(arn: str, account: str) -> bool:
    return STATE.provisioned.get(arn, {}).get(account) == STATE.versions.get(arn, 0)


def list_accounts_for_provisioned_permission_set(self) -> str:
    params = _p(self)
    ps = _permission_set(self, params)
    arn = ps.permission_set_arn
    accounts = sorted(STATE.provisioned.get(arn, {}))
    status = params.get("ProvisioningStatus")
    if status == "LATEST_PERMISSION_SET_PROVISIONED":
        accounts = [a for a in accounts if _is_latest(arn, a)]
    elif status == "LATEST_PERMISSION_SET_NOT_PROVISIONED":
        accounts = [a for a in accounts if not _is_latest(arn, a)]
    return json.dumps({"AccountIds": accounts, "NextToken": None})


def list_permission_sets_provisioned_to_account(self) -> str:
    params = _p(self)
    account = str(params.get("AccountId", ""))
    instance = params.get("InstanceArn")
    status = params.get("ProvisioningStatus")
    arns = []
    for ps in self.ssoadmin_backend.permission_sets:
        arn = ps.permission_set_arn
        if ps.instance_arn != instance or account not in STATE.provisioned.get(arn, {}):
            continue
        latest = _is_latest(arn, account)
        if status == "LATEST_PERMISSION_SET_PROVISIONED" and not latest:
            continue
        if status == "LATEST_PERMISSION_SET_NOT_PROVISIONED" and latest:
            continue
        arns.append(arn)
    return json.dumps({"PermissionSets": arns, "NextToken": None})


# --- account assignments -------------------------------------------------------------------------------
_create_assignment = SSOAdminResponse.create_account_assignment
_delete_assignment = SSOAdminResponse.delete_account_assignment

ASSIGNMENT_KEYS = ("TargetId", "TargetType", "PermissionSetArn", "PrincipalType", "PrincipalId")


def _same(assignment, params: dict) -> bool:
    return (assignment.instance_arn == params.get("InstanceArn") and assignment.target_id == params.get("TargetId")
            and assignment.target_type == params.get("TargetType")
            and assignment.permission_set_arn == params.get("PermissionSetArn")
            and assignment.principal_type == params.get("PrincipalType")
            and assignment.principal_id == params.get("PrincipalId"))


def create_account_assignment(self) -> str:
    params = _p(self)
    backend = self.ssoadmin_backend
    _permission_set(self, params)
    existing = next((a for a in backend.account_assignments if _same(a, params)), None)
    if existing is None:
        status = json.loads(_create_assignment(self))["AccountAssignmentCreationStatus"]
        stored = next(a for a in backend.account_assignments if a.request_id == status["RequestId"])
        undo_assignment = (lambda: backend.account_assignments.remove(stored)
                           if stored in backend.account_assignments else None)
    else:
        status = dict({k: params.get(k) for k in ASSIGNMENT_KEYS}, Status="SUCCEEDED",
                      RequestId=str(uuid.uuid4()), CreatedDate=unix_time())
        undo_assignment = (lambda: None)
    arn = params.get("PermissionSetArn")
    account = str(params.get("TargetId"))
    before = dict(STATE.provisioned.get(arn, {}))
    if account not in STATE.provisioned.get(arn, {}):
        STATE.provisioned.setdefault(arn, {})[account] = STATE.versions.get(arn, 0)
    status = _track("create", params.get("InstanceArn"), status, "CreateAccountAssignment")

    def undo():
        undo_assignment()
        STATE.provisioned[arn] = before
    STATE.requests[status["RequestId"]]["undo"] = undo
    return json.dumps({"AccountAssignmentCreationStatus": status})


def delete_account_assignment(self) -> str:
    params = _p(self)
    backend = self.ssoadmin_backend
    stored = next((a for a in backend.account_assignments if _same(a, params)), None)
    status = json.loads(_delete_assignment(self))["AccountAssignmentDeletionStatus"]
    status = _track("delete", params.get("InstanceArn"), status, "DeleteAccountAssignment")
    STATE.requests[status["RequestId"]]["undo"] = lambda: backend.account_assignments.append(stored)
    return json.dumps({"AccountAssignmentDeletionStatus": status})


def _describe_assignment(self, kind: str, key: str, out: str) -> str:
    request_id = _p(self).get(key, "")
    if STATE.requests.get(request_id, {}).get("kind") != kind:
        raise ResourceNotFoundException(f"No account assignment request with id {request_id!r}")
    return json.dumps({out: _current(request_id, advance=True)})


def describe_account_assignment_creation_status(self) -> str:
    return _describe_assignment(self, "create", "AccountAssignmentCreationRequestId", "AccountAssignmentCreationStatus")


def describe_account_assignment_deletion_status(self) -> str:
    return _describe_assignment(self, "delete", "AccountAssignmentDeletionRequestId", "AccountAssignmentDeletionStatus")


def list_account_assignment_creation_status(self) -> str:
    return json.dumps({"AccountAssignmentsCreationStatus": _list_requests(self, "create"), "NextToken": None})


def list_account_assignment_deletion_status(self) -> str:
    return json.dumps({"AccountAssignmentsDeletionStatus": _list_requests(self, "delete"), "NextToken": None})


# --- changes that make provisioned copies stale ----------------------------------------------------------
def _versioned(name: str):
    original = getattr(SSOAdminResponse, name)

    def changed(self):
        result = original(self)
        arn = _p(self).get("PermissionSetArn")
        if arn:
            _bump(arn)
        return result
    changed.__name__ = name
    return changed


VERSIONED = [
    "update_permission_set", "put_inline_policy_to_permission_set", "delete_inline_policy_from_permission_set",
    "attach_managed_policy_to_permission_set", "detach_managed_policy_from_permission_set",
    "attach_customer_managed_policy_reference_to_permission_set",
    "detach_customer_managed_policy_reference_from_permission_set",
]


# --- attribute-based access control -----------------------------------------------------------------------
def _instance(self, params: dict) -> str:
    arn = params.get("InstanceArn")
    if not any(i.instance_arn == arn for i in self.ssoadmin_backend.instances):
        raise ResourceNotFoundException(f"Instance {arn!r} does not exist")
    return arn


def create_instance_access_control_attribute_configuration(self) -> str:
    params = _p(self)
    arn = _instance(self, params)
    if arn in STATE.abac:
        raise ConflictException(f"An access control attribute configuration already exists for {arn}")
    STATE.abac[arn] = params.get("InstanceAccessControlAttributeConfiguration") or {"AccessControlAttributes": []}
    return "{}"


def describe_instance_access_control_attribute_configuration(self) -> str:
    arn = _instance(self, _p(self))
    if arn not in STATE.abac:
        raise ResourceNotFoundException(f"No access control attribute configuration exists for {arn}")
    return json.dumps({"Status": "ENABLED", "StatusReason": "",
                       "InstanceAccessControlAttributeConfiguration": STATE.abac[arn]})


def update_instance_access_control_attribute_configuration(self) -> str:
    params = _p(self)
    arn = _instance(self, params)
    if arn not in STATE.abac:
        raise ResourceNotFoundException(f"No access control attribute configuration exists for {arn}")
    STATE.abac[arn] = params.get("InstanceAccessControlAttributeConfiguration") or {"AccessControlAttributes": []}
    return "{}"


def delete_instance_access_control_attribute_configuration(self) -> str:
    arn = _instance(self, _p(self))
    if STATE.abac.pop(arn, None) is None:
        raise ResourceNotFoundException(f"No access control attribute configuration exists for {arn}")
    return "{}"


RESPONSE_PATCHES = [
    create_permission_set, tag_resource, untag_resource, list_tags_for_resource, put_permissions_boundary_to_permission_set,
    get_permissions_boundary_for_permission_set, delete_permissions_boundary_from_permission_set,
    provision_permission_set, describe_permission_set_provisioning_status, list_permission_set_provisioning_status,
    list_accounts_for_provisioned_permission_set, list_permission_sets_provisioned_to_account,
    create_account_assignment, delete_account_assignment, describe_account_assignment_creation_status,
    describe_account_assignment_deletion_status, list_account_assignment_creation_status,
    list_account_assignment_deletion_status, create_instance_access_control_attribute_configuration,
    describe_instance_access_control_attribute_configuration, update_instance_access_control_attribute_configuration,
    delete_instance_access_control_attribute_configuration,
] + [_versioned(name) for name in VERSIONED]
for _fn in RESPONSE_PATCHES:
    setattr(SSOAdminResponse, _fn.__name__, _fn)
