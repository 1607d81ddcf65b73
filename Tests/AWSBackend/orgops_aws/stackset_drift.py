"""StackSet drift detection, which moto 5.2.1 lacks, as AWS documents it.

DetectStackSetDrift (an operation with Action DETECT_DRIFT whose StackSetDriftDetectionDetails
count the drifted instances), the instances' DriftStatus and LastDriftCheckTimestamp (reported by
stacksets.py), and ListStackInstanceResourceDrifts. Nothing drifts in moto by itself: the control
POST /orgops-test/stackset-drift marks an instance drifted (or back in sync) for the next detection,
standing in for a change made by hand in the target account.
"""
from __future__ import annotations

import json
import uuid

from moto.cloudformation import models as cm
from moto.cloudformation.responses import CloudFormationResponse
from moto.core.responses import ActionResult
from moto.core.utils import utcnow

from .middleware import RESET_HOOKS
from .stacksets import StackInstanceNotFoundException, _stackset, _start

# (management account, stack-set id, account, region) -> list of drifted resources (None = all)
DRIFT_MARKS: dict[tuple, list | None] = {}
IN_SYNC = "IN_SYNC"
RESET_HOOKS.append(DRIFT_MARKS.clear)


def _drift_key(self_or_account, stackset, instance) -> tuple:
    return (self_or_account, stackset.id, instance.account_id, instance.region_name)


def detect_stack_set_drift(self):
    stackset = _stackset(self)
    operation_id = self._get_param("OperationId") or str(uuid.uuid4())
    now = utcnow()
    drifted = 0
    for instance in stackset.stack_instances:
        is_drifted = _drift_key(self.current_account, stackset, instance) in DRIFT_MARKS
        instance.orgops_drift = "DRIFTED" if is_drifted else IN_SYNC
        instance.orgops_drift_checked = now
        drifted += is_drifted
    total = len(stackset.stack_instances)
    details = {
        "DriftStatus": "DRIFTED" if drifted else IN_SYNC, "DriftDetectionStatus": "COMPLETED",
        "LastDriftCheckTimestamp": now, "TotalStackInstancesCount": total, "DriftedStackInstancesCount": drifted,
        "InSyncStackInstancesCount": total - drifted, "InProgressStackInstancesCount": 0,
        "FailedStackInstancesCount": 0,
    }
    stackset.stack_set_drift_detection_details = details
    stackset.operations.append({
        "OperationId": operation_id, "Action": "DETECT_DRIFT", "Status": "SUCCEEDED", "CreationTimestamp": now,
        "Instances": [{i.account_id: i.region_name} for i in stackset.stack_instances], "drift": details})
    _start(stackset, operation_id, "DetectStackSetDrift", stackset.stack_instances)
    return ActionResult({"OperationId": operation_id})


def list_stack_instance_resource_drifts(self):
    stackset = _stackset(self)
    account = self._get_param("StackInstanceAccount")
    region = self._get_param("StackInstanceRegion")
    instance = stackset.instances.get_instance(account, region)
    if instance is None:
        raise StackInstanceNotFoundException(
            f"Stack instance for account {account} in region {region} not found in stack set {stackset.name}")
    key = _drift_key(self.current_account, stackset, instance)
    marked = DRIFT_MARKS.get(key, ()) if key in DRIFT_MARKS else ()
    wanted = self._get_param("StackInstanceResourceDriftStatuses") or []
    template = instance.stack.template_dict.get("Resources", {})
    summaries = []
    for logical, resource in template.items():
        drifted = key in DRIFT_MARKS and (marked is None or logical in marked)
        status = "MODIFIED" if drifted else IN_SYNC
        if wanted and status not in wanted:
            continue
        physical = instance.stack.resource_map.get(logical)
        summary = {
            "StackId": instance.stack.stack_id, "LogicalResourceId": logical,
            "PhysicalResourceId": getattr(physical, "physical_resource_id", None) or logical,
            "ResourceType": resource.get("Type", "AWS::CloudFormation::CustomResource"),
            "StackResourceDriftStatus": status, "Timestamp": getattr(instance, "orgops_drift_checked", utcnow()),
        }
        if drifted:
            summary["PropertyDifferences"] = [{"PropertyPath": "/Tags", "ExpectedValue": "[]",
                                               "ActualValue": '[{"Key":"changed","Value":"by-hand"}]',
                                               "DifferenceType": "NOT_EQUAL"}]
        summaries.append(summary)
    return ActionResult({"Summaries": summaries})


def mark_drift(data: dict) -> dict:
    """POST /orgops-test/stackset-drift: the next DetectStackSetDrift finds this instance drifted (or not)."""
    for key in ("accountId", "stackSetName", "account", "region"):
        if not data.get(key):
            raise ValueError(f"stackset-drift needs {key!r}, got {json.dumps(data)}")
    backend = cm.cloudformation_backends[str(data["accountId"])][data.get("stackSetRegion", "us-east-1")]
    stackset = backend.describe_stack_set(data["stackSetName"])
    instance = stackset.instances.get_instance(str(data["account"]), data["region"])
    if instance is None:
        raise ValueError(f"stack set {data['stackSetName']!r} has no instance in {data['account']}/{data['region']}")
    key = _drift_key(str(data["accountId"]), stackset, instance)
    if data.get("drifted", True):
        DRIFT_MARKS[key] = data.get("resources")
    else:
        DRIFT_MARKS.pop(key, None)
    return {"stackSetId": stackset.id, "account": instance.account_id, "region": instance.region_name,
            "drifted": key in DRIFT_MARKS}


for _fn in (detect_stack_set_drift, list_stack_instance_resource_drifts):
    setattr(CloudFormationResponse, _fn.__name__, _fn)
