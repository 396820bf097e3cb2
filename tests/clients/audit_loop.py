#!/usr/bin/env python3
"""Drives the audit-to-mitigation loop against `iotmit local serve` with boto3 (real
botocore: its serializers, its SigV4 signer, its parsers), as a tutorial script would:

  configure the audit, enable checks, start an on-demand audit and poll it, list its
  findings, create mitigation actions, apply them to the findings, list and describe the
  mitigation tasks and executions, audit again and see the findings gone.

Usage: audit_loop.py ENDPOINT_URL  (with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY set
to the keys the endpoint was given), against the demo data set of a fresh state. What it
prints depends only on that data (no generated ids), so tests/suite/clients.rs compares it
whole; it exits non-zero at the first step that goes wrong.
"""

import sys
import time
import uuid

import boto3

CHECKS = [
    "DEVICE_CERTIFICATE_EXPIRING_CHECK",
    "DEVICE_CERTIFICATE_SHARED_CHECK",
    "REVOKED_CA_CERT_CHECK",
    "CA_CERTIFICATE_EXPIRING_CHECK",
    "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK",
    "IOT_POLICY_OVERLY_PERMISSIVE_CHECK",
    "LOGGING_DISABLED_CHECK",
]
ROLE = "arn:aws:iam::123456789012:role/AuditRole"


def step(msg):
    print(f"== {msg}", flush=True)


def wait_audit(iot, task_id):
    for _ in range(200):
        d = iot.describe_audit_task(taskId=task_id)
        if d["taskStatus"] != "IN_PROGRESS":
            return d
        time.sleep(0.1)
    raise SystemExit(f"audit {task_id} did not finish")


def all_findings(iot, task_id):
    out = []
    for page in iot.get_paginator("list_audit_findings").paginate(taskId=task_id, PaginationConfig={"PageSize": 3}):
        out.extend(page["findings"])
    return out


def main():
    iot = boto3.client("iot", endpoint_url=sys.argv[1], region_name="us-east-1")

    step("update-account-audit-configuration")
    iot.update_account_audit_configuration(
        roleArn=ROLE,
        auditCheckConfigurations={c: {"enabled": True} for c in CHECKS},
    )
    conf = iot.describe_account_audit_configuration()
    enabled = sorted(c for c, v in conf["auditCheckConfigurations"].items() if v["enabled"])
    assert enabled == sorted(CHECKS), enabled

    step("start-on-demand-audit-task")
    first = iot.start_on_demand_audit_task(targetCheckNames=CHECKS)["taskId"]
    d = wait_audit(iot, first)
    assert d["taskStatus"] == "COMPLETED", d
    print(f"   audit: {d['taskStatistics']}")

    step("list-audit-findings")
    findings = all_findings(iot, first)
    for f in findings:
        print(f"   {f['checkName']} {f['severity']} {f['reasonForNonComplianceCode']}")
    assert len(findings) == 8, len(findings)
    assert all(isinstance(f["findingTime"].year, int) for f in findings)

    step("create-mitigation-action")
    actions = {
        "deact": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}},
        "deact-ca": {"updateCACertificateParams": {"action": "DEACTIVATE"}},
        "blank-policy": {"replaceDefaultPolicyVersionParams": {"templateName": "BLANK_POLICY"}},
        "logging": {"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "ERROR"}},
    }
    for name, params in actions.items():
        iot.create_mitigation_action(actionName=name, roleArn=ROLE, actionParams=params)

    step("create-audit-suppression (one finding is accepted for now)")
    shared = next(f for f in findings if f["checkName"] == "DEVICE_CERTIFICATE_SHARED_CHECK")
    iot.create_audit_suppression(
        checkName="DEVICE_CERTIFICATE_SHARED_CHECK",
        resourceIdentifier=shared["nonCompliantResource"]["resourceIdentifier"],
        suppressIndefinitely=True,
        clientRequestToken=str(uuid.uuid4()),
    )
    sups = iot.list_audit_suppressions()["suppressions"]
    assert len(sups) == 1, sups

    step("start-audit-mitigation-actions-task")
    mapping = {
        "DEVICE_CERTIFICATE_EXPIRING_CHECK": ["deact"],
        "DEVICE_CERTIFICATE_SHARED_CHECK": ["deact"],
        "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK": ["deact"],
        "REVOKED_CA_CERT_CHECK": ["deact-ca"],
        "CA_CERTIFICATE_EXPIRING_CHECK": ["deact-ca"],
        "IOT_POLICY_OVERLY_PERMISSIVE_CHECK": ["blank-policy"],
        "LOGGING_DISABLED_CHECK": ["logging"],
    }
    task = "boto-loop-" + uuid.uuid4().hex[:8]
    iot.start_audit_mitigation_actions_task(
        taskId=task,
        target={"auditTaskId": first},
        auditCheckToActionsMapping=mapping,
        clientRequestToken=str(uuid.uuid4()),
    )
    for _ in range(200):
        t = iot.describe_audit_mitigation_actions_task(taskId=task)
        if t["taskStatus"] != "IN_PROGRESS":
            break
        time.sleep(0.1)
    assert t["taskStatus"] == "COMPLETED", t
    print(f"   task: {t['taskStatistics']}")

    step("list-audit-mitigation-actions-tasks / executions")
    now = time.time()
    tasks = iot.list_audit_mitigation_actions_tasks(startTime=now - 3600, endTime=now + 60)["tasks"]
    assert any(x["taskId"] == task for x in tasks), tasks
    statuses = {}
    for f in findings:
        ex = iot.list_audit_mitigation_actions_executions(taskId=task, findingId=f["findingId"])["actionsExecutions"]
        statuses.setdefault(f["checkName"], []).append([e["status"] for e in ex])
    for k, v in sorted(statuses.items()):
        print(f"   {k} {sorted(v)}")
    skipped = iot.list_audit_mitigation_actions_executions(taskId=task, findingId=shared["findingId"])["actionsExecutions"]
    assert [e["status"] for e in skipped] == ["SKIPPED"], skipped

    step("start-on-demand-audit-task again")
    second = iot.start_on_demand_audit_task(targetCheckNames=CHECKS)["taskId"]
    d = wait_audit(iot, second)
    again = all_findings(iot, second)
    for f in again:
        print(f"   still: {f['checkName']} suppressed={f['isSuppressed']}")
    # Only the suppressed (not mitigated) finding is reported again, marked suppressed.
    assert [(f["checkName"], f["isSuppressed"]) for f in again] == [("DEVICE_CERTIFICATE_SHARED_CHECK", True)], again
    print("loop closed: the mitigated findings are gone")


if __name__ == "__main__":
    main()
