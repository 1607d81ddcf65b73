"""CloudFormation StackSets: what moto 5.2.1 lacks or gets wrong, filled as AWS documents it.

* AutoDeployment (and ManagedExecution) kept by CreateStackSet / UpdateStackSet and returned by
  DescribeStackSet; duplicate stack-set names refused (NameAlreadyExistsException);
* OU DeploymentTargets cover the whole OU subtree (moto: one level); an existing instance is not
  created twice; DeleteStackInstances by DeploymentTargets (moto: a no-op), RetainStacks honoured;
* UpdateStackSet reaches the instances: their stacks get the new template and parameters;
* operations may stay RUNNING for some polls / seconds and end FAILED, per account, under an async
  fault rule (DescribeStackSetOperation, ListStackSetOperations, ListStackSetOperationResults and the
  instances' Status/StatusReason/DetailedStatus follow);
* AutoDeployment acts: an account that enters (CreateAccount, MoveAccount) an OU targeted by an
  auto-deploying SERVICE_MANAGED set gets its instances; one that leaves loses them (kept as
  stacks when RetainStacksOnAccountRemoval);
* ListStackInstances' DriftStatus / LastDriftCheckTimestamp, as set by drift detection
  (stackset_drift.py);
* ListStackSets honours its Status filter (moto lists deleted sets as well).
"""
from __future__ import annotations

import uuid

from moto.cloudformation import models as cm
from moto.cloudformation.exceptions import CloudFormationError
from moto.cloudformation.responses import CloudFormationResponse
from moto.core.responses import ActionResult

from .faults import FAULTS



class NameAlreadyExistsException(CloudFormationError):
    code = "NameAlreadyExistsException"


def _subtree(org_backend, ou_ids: list[str]) -> set[str]:
    """The OUs given and every OU below them."""
    found = set(ou_ids)
    grew = True
    while grew:
        below = {ou.id for ou in org_backend.ou if ou.parent_id in found}
        grew = not below <= found
        found |= below
    return found


def _accounts_under(org_backend, ou_ids: list[str]) -> list[str]:
    """Member accounts of the OU subtrees; never the management account (AWS skips it for OU targets)."""
    ous = _subtree(org_backend, ou_ids)
    master = getattr(getattr(org_backend, "org", None), "master_account_id", None)
    return [a.id for a in org_backend.accounts if a.parent_id in ous and a.id != master]


def _targeted(org_backend, deployment_targets) -> list[str]:
    """Accounts of DeploymentTargets: the OU subtrees, filtered by Accounts as AccountFilterType says."""
    targets = deployment_targets or {}
    under = _accounts_under(org_backend, targets.get("OrganizationalUnitIds") or [])
    listed = list(targets.get("Accounts") or [])
    kind = targets.get("AccountFilterType") or "NONE"
    if kind == "INTERSECTION":
        return [a for a in under if a in listed]
    if kind == "DIFFERENCE":
        return [a for a in under if a not in listed]
    if kind == "UNION":
        return list(dict.fromkeys(under + listed))
    return under


# --- instances for the whole OU subtree, never twice ------------------------------------------------
def create_instances(self, accounts, regions, parameters, deployment_targets, permission_model):
    targets = list(accounts or [])
    ou_ids = deployment_targets.get("OrganizationalUnitIds", [])
    if ou_ids:
        targets += _targeted(self.org_backend, deployment_targets)
    new_instances = []
    for region in regions:
        for account in dict.fromkeys(targets):
            existing = self.get_instance(account, region)
            if existing is not None:
                if parameters:
                    existing.parameters = parameters
                continue
            # moto passes the set's own parameters as a dict when there are no overrides
            overrides = parameters if isinstance(parameters, list) else []
            # overrides replace only the keys they name; the set's other values stay (as in AWS)
            effective = dict(self.parameters or {}) if isinstance(self.parameters, dict) else {}
            if overrides:
                effective.update({p["ParameterKey"]: p["ParameterValue"] for p in overrides if "ParameterValue" in p})
            else:
                effective = dict(parameters or self.parameters or {})
            instance = cm.StackInstance(
                account_id=account, region_name=region, stackset_id=self.stackset_id, stack_name=self.stack_name,
                name=self.stackset_name, template=self.template, parameters=effective,
                permission_model=permission_model)
            instance.parameters = overrides
            instance.orgops_ou = next((a.parent_id for a in self.org_backend.accounts if a.id == account), None)
            new_instances.append(instance)
    self.stack_instances += new_instances
    return [i.to_dict() for i in new_instances]


cm.StackInstances.create_instances = create_instances


def _instances_delete(self, accounts, regions, retain=False):
    for instance in [i for i in self.stack_instances if i.region_name in regions and i.account_id in accounts]:
        if not retain:
            instance.delete()
        self.stack_instances.remove(instance)


cm.StackInstances.delete = _instances_delete


# --- per-operation state ------------------------------------------------------------------------------
def _op_status(operation: dict, advance: bool) -> tuple[str, object | None]:
    tracked = FAULTS.status(operation["OperationId"], advance)
    if tracked is None:
        return operation["Status"], None
    state, pending = tracked
    if state == "IN_PROGRESS":
        return "RUNNING", pending
    return ("FAILED" if pending.outcome == "FAILED" else "SUCCEEDED"), pending


def _account_status(operation: dict, account: str) -> tuple[str, str | None]:
    status, pending = _op_status(operation, advance=False)
    if pending is None:
        return "SUCCEEDED", None
    if status == "RUNNING":
        return "RUNNING", None
    if pending.fails_account(account):
        return "FAILED", pending.reason
    return "SUCCEEDED", None


def _start(stackset, operation_id: str, operation: str, instances) -> None:
    """Tracks an operation under an async fault rule and marks the instances it touched."""
    FAULTS.start_async("cloudformation", operation, operation_id)
    for instance in instances:
        instance.orgops_operation = operation_id
    op = _operation(stackset, operation_id)
    if op is not None:
        op["Instances"] = [{i.account_id: i.region_name} for i in instances] or op["Instances"]


def _operation(stackset, operation_id: str):
    return next((o for o in stackset.operations if o["OperationId"] == operation_id), None)


def _params(self) -> dict:
    return self._get_params()


def _stackset(self):
    return self.cloudformation_backend.describe_stack_set(self._get_param("StackSetName"))


def _selected(stackset, accounts, regions, ou_ids=None, deployment_targets=None):
    if ou_ids:
        accounts = list(accounts or []) + _targeted(stackset.instances.org_backend,
                                                    deployment_targets or {"OrganizationalUnitIds": ou_ids})
    return [i for i in stackset.stack_instances
            if (not accounts or i.account_id in accounts) and (not regions or i.region_name in regions)]


# --- responses ------------------------------------------------------------------------------------------
_create_stack_set = CloudFormationResponse.create_stack_set
_update_stack_set = CloudFormationResponse.update_stack_set
_create_instances = CloudFormationResponse.create_stack_instances
_update_instances = CloudFormationResponse.update_stack_instances


def _bool(value) -> bool:
    return value is True or str(value).lower() == "true"


def _auto_deployment(raw) -> dict | None:
    if not raw:
        return None
    out = {"Enabled": _bool(raw.get("Enabled"))}
    if "RetainStacksOnAccountRemoval" in raw:
        out["RetainStacksOnAccountRemoval"] = _bool(raw["RetainStacksOnAccountRemoval"])
    return out


def create_stack_set(self):
    name = self._get_param("StackSetName")
    if any(s.name == name and s.status != "DELETED" for s in self.cloudformation_backend.stacksets.values()):
        raise NameAlreadyExistsException(f"StackSet {name} already exists")
    result = _create_stack_set(self)
    stackset = self.cloudformation_backend.stacksets[result.result["StackSetId"]]
    stackset.auto_deployment = _auto_deployment(self._get_param("AutoDeployment"))
    managed = self._get_param("ManagedExecution")
    stackset.orgops_managed = {"Active": _bool(managed.get("Active"))} if managed else {"Active": False}
    stackset.capabilities = list(_params(self).get("Capabilities") or [])
    return result


cm.StackSet.managed_execution = property(lambda self: getattr(self, "orgops_managed", {"Active": False}))


def create_stack_instances(self):
    stackset = _stackset(self)
    before = set(map(id, stackset.stack_instances))
    result = _create_instances(self)
    params = _params(self)
    targets = (params.get("DeploymentTargets") or {}).get("OrganizationalUnitIds")
    if targets:
        stackset.orgops_targets = getattr(stackset, "orgops_targets", set()) | set(targets)
        stackset.orgops_regions = getattr(stackset, "orgops_regions", set()) | set(params.get("Regions") or [])
    touched = [i for i in _selected(stackset, params.get("Accounts"), params.get("Regions"), targets,
                         params.get("DeploymentTargets"))
               if id(i) not in before or i.account_id in (params.get("Accounts") or [])]
    _start(stackset, result.result["OperationId"], "CreateStackInstances", touched)
    return result


def _stack_parameters(stackset, instance) -> dict:
    values = dict(stackset.parameters or {})
    overrides = instance.parameters
    if isinstance(overrides, dict):
        values.update(overrides)
    else:
        values.update({p["ParameterKey"]: p["ParameterValue"] for p in overrides or [] if "ParameterValue" in p})
    return values


def _redeploy(stackset, instances) -> None:
    for instance in instances:
        instance.template = stackset.template
        instance.stack.update(stackset.template, parameters=_stack_parameters(stackset, instance))


def update_stack_set(self):
    stackset = _stackset(self)
    result = _update_stack_set(self)
    auto = self._get_param("AutoDeployment")
    if auto:
        stackset.auto_deployment = _auto_deployment(auto)
    if "Capabilities" in _params(self):
        stackset.capabilities = list(_params(self).get("Capabilities") or [])
    stackset.instances.template = stackset.template
    stackset.instances.parameters = stackset.parameters
    params = _params(self)
    targets = (params.get("DeploymentTargets") or {}).get("OrganizationalUnitIds")
    instances = _selected(stackset, params.get("Accounts"), params.get("Regions"), targets,
                         params.get("DeploymentTargets"))
    _redeploy(stackset, instances)
    _start(stackset, result.result["OperationId"], "UpdateStackSet", instances)
    return result


def update_stack_instances(self):
    stackset = _stackset(self)
    result = _update_instances(self)
    params = _params(self)
    targets = (params.get("DeploymentTargets") or {}).get("OrganizationalUnitIds")
    instances = _selected(stackset, params.get("Accounts"), params.get("Regions"), targets,
                         params.get("DeploymentTargets"))
    _redeploy(stackset, instances)
    _start(stackset, result.result["OperationId"], "UpdateStackInstances", instances)
    return result


def delete_stack_instances(self):
    stackset = _stackset(self)
    params = _params(self)
    targets = (params.get("DeploymentTargets") or {}).get("OrganizationalUnitIds")
    regions = params.get("Regions") or []
    instances = _selected(stackset, params.get("Accounts"), regions, targets, params.get("DeploymentTargets")) if (
        params.get("Accounts") or targets) else []
    operation_id = params.get("OperationId") or str(uuid.uuid4())
    accounts = sorted({i.account_id for i in instances})
    filtered = ((params.get("DeploymentTargets") or {}).get("AccountFilterType") or "NONE") != "NONE"
    if targets and not filtered:
        stackset.orgops_targets = getattr(stackset, "orgops_targets", set()) - set(targets)
    stackset.instances.delete(accounts, regions, retain=_bool(params.get("RetainStacks")))
    stackset._create_operation(operation_id=operation_id, action="DELETE", status="SUCCEEDED",
                               accounts=accounts, regions=regions)
    _start(stackset, operation_id, "DeleteStackInstances", instances)
    return ActionResult({"OperationId": operation_id})


def _operation_dict(stackset, operation: dict, advance: bool) -> dict:
    status, pending = _op_status(operation, advance)
    out = {
        "OperationId": operation["OperationId"], "StackSetId": stackset.id, "Action": operation["Action"],
        "Status": status, "AdministrationRoleARN": stackset.administration_role_arn,
        "ExecutionRoleName": stackset.execution_role_name, "CreationTimestamp": operation["CreationTimestamp"],
    }
    if status not in ("RUNNING", "QUEUED"):
        out["EndTimestamp"] = operation.get("orgops_end") or operation["CreationTimestamp"]
        operation["orgops_end"] = out["EndTimestamp"]
    if status == "FAILED" and pending is not None:
        out["StatusReason"] = pending.reason
    if operation["Action"] == "DETECT_DRIFT" and "drift" in operation:
        out["StackSetDriftDetectionDetails"] = operation["drift"]
    return out


def describe_stack_set_operation(self):
    stackset = _stackset(self)
    operation = stackset.get_operation(self._get_param("OperationId"))
    return ActionResult({"StackSetOperation": _operation_dict(stackset, operation, advance=True)})


def list_stack_set_operations(self):
    stackset = _stackset(self)
    summaries = []
    for operation in stackset.operations:
        full = _operation_dict(stackset, operation, advance=False)
        summaries.append({k: full[k] for k in ("OperationId", "Action", "Status", "CreationTimestamp",
                                               "EndTimestamp", "StatusReason") if k in full})
    return ActionResult({"Summaries": summaries})


def list_stack_set_operation_results(self):
    stackset = _stackset(self)
    operation = stackset.get_operation(self._get_param("OperationId"))
    summaries = []
    for pair in operation["Instances"]:
        for account, region in pair.items():
            status, reason = _account_status(operation, account)
            summary = {"Account": account, "Region": region, "Status": status,
                       "AccountGateResult": {"Status": "SKIPPED", "StatusReason": "No account gate function"}}
            if reason:
                summary["StatusReason"] = reason
            summaries.append(summary)
    return ActionResult({"Summaries": summaries})


def _instance_dict(stackset, instance) -> dict:
    out = instance.to_dict()
    out["StackSetId"] = stackset.id
    out["OrganizationalUnitId"] = getattr(instance, "orgops_ou", None)
    out["DriftStatus"] = getattr(instance, "orgops_drift", "NOT_CHECKED")
    if hasattr(instance, "orgops_drift_checked"):
        out["LastDriftCheckTimestamp"] = instance.orgops_drift_checked
    operation = _operation(stackset, getattr(instance, "orgops_operation", ""))
    if operation is not None:
        status, reason = _account_status(operation, instance.account_id)
        if status != "SUCCEEDED":
            out["Status"] = "OUTDATED"
            out["StackInstanceStatus"] = {"DetailedStatus": status}
        if reason:
            out["StatusReason"] = reason
    if out["OrganizationalUnitId"] is None:
        out.pop("OrganizationalUnitId")
    return out


def list_stack_instances(self):
    stackset = _stackset(self)
    account = self._get_param("StackInstanceAccount")
    region = self._get_param("StackInstanceRegion")
    summaries = [_instance_dict(stackset, i) for i in stackset.stack_instances
                 if (not account or i.account_id == account) and (not region or i.region_name == region)]
    return ActionResult({"Summaries": summaries})


def describe_stack_instance(self):
    stackset = _stackset(self)
    account = self._get_param("StackInstanceAccount")
    region = self._get_param("StackInstanceRegion")
    instance = stackset.instances.get_instance(account, region)
    if instance is None:
        raise StackInstanceNotFoundException(
            f"Stack instance for account {account} in region {region} not found in stack set {stackset.name}")
    out = _instance_dict(stackset, instance)
    out["ParameterOverrides"] = out.get("ParameterOverrides") or []
    return ActionResult({"StackInstance": out})


class StackInstanceNotFoundException(CloudFormationError):
    code = "StackInstanceNotFoundException"


# --- automatic deployment -----------------------------------------------------------------------------
def auto_deploy(management_account: str, partition: str = "aws") -> None:
    """Brings every auto-deploying set of the organization in line with where its accounts now are."""
    from moto.organizations.models import organizations_backends
    org_backend = organizations_backends[management_account][partition]
    for _, backend in dict.items(cm.cloudformation_backends[management_account]):
        for stackset in list(backend.stacksets.values()):
            auto = getattr(stackset, "auto_deployment", None) or {}
            targets = getattr(stackset, "orgops_targets", set())
            if stackset.status == "DELETED" or not auto.get("Enabled") or not targets:
                continue
            wanted = set(_accounts_under(org_backend, list(targets)))
            have = {i.account_id for i in stackset.stack_instances}
            regions = sorted(getattr(stackset, "orgops_regions", set()))
            arriving, leaving = sorted(wanted - have), sorted(have - wanted)
            if arriving:
                stackset.instances.create_instances(arriving, regions, None, {}, permission_model=stackset.permission_model)
                stackset._create_operation(str(uuid.uuid4()), "CREATE", "SUCCEEDED", arriving, regions)
            if leaving:
                stackset.instances.delete(leaving, regions, retain=bool(auto.get("RetainStacksOnAccountRemoval")))
                stackset._create_operation(str(uuid.uuid4()), "DELETE", "SUCCEEDED", leaving, regions)


def _deploying(name: str):
    from moto.organizations.responses import OrganizationsResponse
    original = getattr(OrganizationsResponse, name)

    def changed(self):
        result = original(self)
        auto_deploy(self.current_account, self.partition)
        return result
    changed.__name__ = name
    setattr(OrganizationsResponse, name, changed)


for _name in ("create_account", "move_account", "remove_account_from_organization", "close_account"):
    _deploying(_name)


def list_stack_sets(self):
    """ListStackSets honouring its Status filter: moto lists deleted sets whatever the filter says, and
    DescribeStackSet of one of them is StackSetNotFoundException, as on AWS."""
    wanted = self._get_param("Status")
    sets = [s for s in self.cloudformation_backend.list_stack_sets() if not wanted or s.status == wanted]
    return ActionResult({"Summaries": sets})


RESPONSE_PATCHES = [
    create_stack_set, create_stack_instances, update_stack_set, update_stack_instances, delete_stack_instances,
    describe_stack_set_operation, list_stack_set_operations, list_stack_set_operation_results, list_stack_instances,
    describe_stack_instance, list_stack_sets,
]
for _fn in RESPONSE_PATCHES:
    setattr(CloudFormationResponse, _fn.__name__, _fn)
