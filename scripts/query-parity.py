#!/usr/bin/env python3
"""--query through the AWS CLI v2 and through iotmit, against the same canned answers: the
idioms of AWS CLI scripts and the JMESPath compliance suite's expressions, in json and text
output. Each case passes when stdout and the exit code are the same, byte for byte.

usage: scripts/query-parity.py IOTMIT --aws AWS --kit PARITY_KIT_DIR [-k REGEX] [-v]
       [--compliance N] [--list]

PARITY_KIT_DIR holds the capture/replay server.py and run.py of the parity kit.
--compliance N takes every Nth compliance expression (default 3); --list prints the cases.
"""
import argparse
import glob
import importlib.util
import json
import os
import re
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ACTIONS = {"actionIdentifiers": [
    {"actionName": "UpdateCACertName", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/UpdateCACertName", "creationDate": 1560173584.521},
    {"actionName": "Quarantine", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Quarantine", "creationDate": 1560173600},
    {"actionName": "EnableLogs", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/EnableLogs", "creationDate": 1767225600.5},
    {"actionName": "quarantine-2", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/quarantine-2", "creationDate": 1700000000},
]}
ACTION = {"actionName": "Quarantine", "actionType": "ADD_THINGS_TO_THING_GROUP",
          "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Quarantine",
          "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
          "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
          "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine", "isolated"], "overrideDynamicGroups": True}},
          "creationDate": 1560173584.521, "lastModifiedDate": 1560173590.0}
AUDIT = {"taskStatus": "COMPLETED", "startTime": 1560174232.07, "endTime": 1560174299.5,
         "taskStatistics": {"CA_CERTIFICATE_EXPIRING_CHECK": {"totalFindingsCount": 3, "failedFindingsCount": 1, "succeededFindingsCount": 2, "skippedFindingsCount": 0, "canceledFindingsCount": 0},
                            "DEVICE_CERTIFICATE_EXPIRING_CHECK": {"totalFindingsCount": 5, "failedFindingsCount": 0, "succeededFindingsCount": 4, "skippedFindingsCount": 1, "canceledFindingsCount": 0}},
         "target": {"auditTaskId": "aef320b958891041e0c60c088afac64c", "findingIds": ["f-1", "f-2"]},
         "auditCheckToActionsMapping": {"CA_CERTIFICATE_EXPIRING_CHECK": ["UpdateCACertAction"], "DEVICE_CERTIFICATE_EXPIRING_CHECK": ["Quarantine", "EnableLogs"]},
         "actionsDefinition": [{"name": "UpdateCACertAction", "id": "1ea0b415", "roleArn": "arn:aws:iam::123456789012:role/R",
                                "actionParams": {"updateCACertificateParams": {"action": "DEACTIVATE"}}}]}
EXECS = {"actionsExecutions": [
    {"taskId": "myTask", "findingId": "f-1", "actionName": "UpdateCACertAction", "actionId": "1ea0b415", "status": "FAILED", "startTime": 1560174232.07, "endTime": 1560174240.0, "errorCode": "INVALID_STATE_OF_RESOURCE", "message": "certificate already revoked"},
    {"taskId": "myTask", "findingId": "f-2", "actionName": "UpdateCACertAction", "actionId": "1ea0b415", "status": "COMPLETED", "startTime": 1560174233, "endTime": 1560174241.25},
    {"taskId": "myTask", "findingId": "f-3", "actionName": "Quarantine", "actionId": "2fb1c526", "status": "SKIPPED", "startTime": 1560174234},
]}
DETECT = {"taskSummary": {"taskId": "detect-1", "taskStatus": "SUCCESSFUL", "taskStartTime": 1609459200, "taskEndTime": 1609459260.5,
                          "target": {"securityProfileName": "smart-lights", "behaviorName": "num-messages-sent", "violationIds": ["v-1", "v-2"]},
                          "violationEventOccurrenceRange": {"startTime": 1609372800, "endTime": 1609459200},
                          "onlyActiveViolationsIncluded": True, "suppressedAlertsIncluded": False,
                          "actionsDefinition": [{"name": "Quarantine", "id": "q-1", "roleArn": "arn:r", "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": ["q"]}}}],
                          "taskStatistics": {"actionsExecuted": 10, "actionsSkipped": 2, "actionsFailed": 1}}}
TASKS = {"tasks": [{"taskId": "actionsTaskId", "startTime": 1560174232.07, "taskStatus": "CANCELED"},
                   {"taskId": "4e8acaf8-b7f0-4484-9b0d-01b979e61d8d", "startTime": 1560060994.965, "taskStatus": "COMPLETED"}]}

OPS = {
    "list": ("list-mitigation-actions", [], ACTIONS),
    "desc": ("describe-mitigation-action", ["--action-name", "Quarantine"], ACTION),
    "audit": ("describe-audit-mitigation-actions-task", ["--task-id", "myTask"], AUDIT),
    "execs": ("list-audit-mitigation-actions-executions", ["--task-id", "myTask", "--finding-id", "f-1"], EXECS),
    "detect": ("describe-detect-mitigation-actions-task", ["--task-id", "detect-1"], DETECT),
    "tasks": ("list-audit-mitigation-actions-tasks", ["--start-time", "1560001663", "--end-time", "1560174463"], TASKS),
}

# (operation, expression): what scripts written for the AWS CLI pass to --query.
IDIOMS = [
    ("list", "actionIdentifiers[].actionName"),
    ("list", "actionIdentifiers[*].actionName"),
    ("list", "actionIdentifiers[?contains(actionName, `Quar`)]"),
    ("list", "actionIdentifiers[?contains(actionName, `Quar`)].actionName"),
    ("list", "actionIdentifiers[?actionName==`Quarantine`]"),
    ("list", "actionIdentifiers[?actionName==`Quarantine`].actionArn"),
    ("list", "actionIdentifiers[?actionName==`Quarantine`].actionArn | [0]"),
    ("list", "actionIdentifiers[?actionName=='Quarantine'].actionArn | [0]"),
    ("list", "actionIdentifiers[?actionName=='nope'] | [0]"),
    ("list", "actionIdentifiers[?actionName!='Quarantine'].actionName"),
    ("list", "join(`,`, actionIdentifiers[].actionName)"),
    ("list", "join(', ', actionIdentifiers[].actionName)"),
    ("list", "join(`\\n`, actionIdentifiers[].actionName)"),
    ("list", "length(actionIdentifiers)"),
    ("list", "length(actionIdentifiers[?starts_with(actionName, 'Q')])"),
    ("list", "actionIdentifiers[?starts_with(actionName, `Q`) || starts_with(actionName, `q`)].actionName"),
    ("list", "actionIdentifiers[?ends_with(actionName, 'Name')].actionName"),
    ("list", "actionIdentifiers[?!contains(actionName, 'uar')].actionName"),
    ("list", "actionIdentifiers[0]"),
    ("list", "actionIdentifiers[0].actionName"),
    ("list", "actionIdentifiers[-1].actionName"),
    ("list", "actionIdentifiers[2147483648]"),
    ("list", "actionIdentifiers[-2147483649]"),
    ("list", "actionIdentifiers[99999999999999999999]"),
    ("list", "actionIdentifiers[1:3].actionName"),
    ("list", "actionIdentifiers[::-1].actionName"),
    ("list", "actionIdentifiers[::0]"),
    ("list", "actionIdentifiers[:2]"),
    ("list", "sort_by(actionIdentifiers, &creationDate)[].actionName"),
    ("list", "sort_by(actionIdentifiers, &creationDate)[-1].actionName"),
    ("list", "sort_by(actionIdentifiers, &actionName)[].[actionName, creationDate]"),
    ("list", "reverse(sort_by(actionIdentifiers, &actionName))[].actionName"),
    ("list", "max_by(actionIdentifiers, &creationDate).actionName"),
    ("list", "min_by(actionIdentifiers, &creationDate)"),
    ("list", "sort(actionIdentifiers[].actionName)"),
    ("list", "max(actionIdentifiers[].actionName)"),
    ("list", "actionIdentifiers[?creationDate > `\"2019-06-10\"`].actionName"),
    ("list", "actionIdentifiers[?creationDate > '2020'].actionName"),
    ("list", "actionIdentifiers[?creationDate < `\"2026\"`]"),
    ("list", "actionIdentifiers[?creationDate >= '2019-06-10T13:33:20'].actionName"),
    ("list", "actionIdentifiers[?creationDate > `2019`]"),
    ("list", "actionIdentifiers[?creationDate > `1560173590`].actionName"),
    ("list", "actionIdentifiers[0].creationDate"),
    ("list", "type(actionIdentifiers[0].creationDate)"),
    ("list", "length(actionIdentifiers[0].creationDate)"),
    ("list", "to_string(actionIdentifiers[0].creationDate)"),
    ("list", "keys(@)"),
    ("list", "values(@)"),
    ("list", "*"),
    ("list", "@"),
    ("list", "keys(actionIdentifiers[0])"),
    ("list", "values(actionIdentifiers[0])"),
    ("list", "actionIdentifiers[0].*"),
    ("list", "actionIdentifiers[*].{Name: actionName, Arn: actionArn}"),
    ("list", "actionIdentifiers[].{name: actionName, date: creationDate}"),
    ("list", "actionIdentifiers[].[actionName, creationDate]"),
    ("list", "[actionIdentifiers[].actionName, actionIdentifiers[].creationDate]"),
    ("list", "{count: length(actionIdentifiers), names: actionIdentifiers[].actionName}"),
    ("list", "actionIdentifiers[?contains(['Quarantine', 'EnableLogs'], actionName)].actionArn"),
    ("list", "actionIdentifiers[?contains(`[\"Quarantine\"]`, actionName)].actionArn"),
    ("list", "map(&actionName, actionIdentifiers)"),
    ("list", "map(&length(actionName), actionIdentifiers)"),
    ("list", "sum(map(&length(actionName), actionIdentifiers))"),
    ("list", "avg(map(&length(actionName), actionIdentifiers))"),
    ("list", "to_string(actionIdentifiers[0])"),
    ("list", "to_string(actionIdentifiers[].actionName)"),
    ("list", "nextToken"),
    ("list", "nextToken || 'none'"),
    ("list", "actionIdentifiers[].actionName | sort(@) | [0]"),
    ("list", "actionIdentifiers | length(@)"),
    ("list", "actionIdentifiers[].actionName[]"),
    ("list", "actionIdentifiers[][]"),
    ("list", "actionIdentifiers[0:1] | [0].actionName"),
    ("list", "unknownfn(@)"),
    ("list", "length(`1`)"),
    ("list", "length(@, @)"),
    ("list", "not_null()"),
    ("list", "sort_by(actionIdentifiers, &`true`)"),
    ("list", "actionIdentifiers["),
    ("list", "actionIdentifiers[?"),
    ("list", "actionIdentifiers[?actionName=="),
    ("list", "actionIdentifiers.["),
    ("list", "foo bar"),
    ("list", "actionIdentifiers[?actionName = 'Quarantine']"),
    ("list", "actionIdentifiers[?actionName == \"Quarantine\"]"),
    ("list", "`{\"a\""),
    ("list", "'unclosed"),
    ("list", "\"quoted"),
    ("list", "actionIdentifiers[].actionName | join(`,`)"),
    ("list", "actionIdentifiers[]."),
    ("list", "-1"),
    ("list", "actionIdentifiers[?contains(actionName, 'Quar')] | [].actionName"),
    ("list", "abs(`-3`)"),
    ("list", "ceil(`2.5`)"),
    ("list", "floor(`2.5`)"),
    ("list", "`-0`"),
    ("list", "`-0.0`"),
    ("list", "`1.0`"),
    ("list", "`1e3`"),
    ("list", "`1e20`"),
    ("list", "`0.00001`"),
    ("list", "avg(`[]`)"),
    ("list", "avg(`[1, 2, 3, 4]`)"),
    ("list", "sum(`[1, 2]`)"),
    ("list", "sum(`[1, 2.5]`)"),
    ("list", "sum(`[]`)"),
    ("list", "to_number('42')"),
    ("list", "to_number('4.5')"),
    ("list", "to_number('abc')"),
    ("list", "`true` == `1`"),
    ("list", "`[true]` == `[1]`"),
    ("list", "`1` == `1.0`"),
    ("list", "`{\"b\": 1, \"a\": 2}`"),
    ("list", "merge(`{\"b\": 1}`, `{\"a\": 2, \"b\": 3}`)"),
    ("list", "`\"é\"`"),
    ("list", "to_string('é')"),
    ("list", "to_string(`\"é\"`)"),
    ("list", "to_string(`[\"é\", 1.5]`)"),
    ("list", "!actionIdentifiers"),
    ("list", "!`0`"),
    ("list", "actionIdentifiers && 'yes'"),
    ("list", "''"),
    ("list", "actionIdentifiers[0].actionName | ''"),
    ("list", "[actionIdentifiers[0].actionName, actionIdentifiers]"),
    ("list", "`Quarantine`"),
    ("list", "` Quarantine `"),
    ("list", "`[1, 2`"),
    ("list", "&actionName"),
    ("list", "type(&actionName)"),
    ("list", ""),
    ("list", " "),
    ("list", "actionIdentifiers[?contains(actionName, `1`)]"),
    ("list", "actionIdentifiers[?actionName > `\"Q\"`].actionName"),
    ("list", "actionIdentifiers[].creationDate | max(@)"),
    ("list", "actionIdentifiers[].creationDate | sort(@)"),
    ("list", "min_by(actionIdentifiers, &creationDate).creationDate"),
    ("list", "actionIdentifiers[?to_number(`\"1\"`) == `1`] | length(@)"),
    ("desc", "actionParams"),
    ("desc", "actionParams.addThingsToThingGroupParams.thingGroupNames"),
    ("desc", "actionParams.addThingsToThingGroupParams.thingGroupNames[0]"),
    ("desc", "actionParams.*"),
    ("desc", "actionParams.*.thingGroupNames[]"),
    ("desc", "keys(actionParams)"),
    ("desc", "[actionName, actionType, roleArn]"),
    ("desc", "{name: actionName, type: actionType, created: creationDate}"),
    ("desc", "creationDate"),
    ("desc", "lastModifiedDate"),
    ("desc", "creationDate < lastModifiedDate"),
    ("desc", "actionParams.addThingsToThingGroupParams.overrideDynamicGroups"),
    ("desc", "actionParams.addThingsToThingGroupParams.overrideDynamicGroups == `true`"),
    ("desc", "length(@)"),
    ("desc", "keys(@)"),
    ("desc", "values(@)"),
    ("desc", "*"),
    ("desc", "to_array(actionName)"),
    ("desc", "type(actionParams)"),
    ("desc", "contains(keys(actionParams), 'addThingsToThingGroupParams')"),
    ("audit", "taskStatus"),
    ("audit", "taskStatistics"),
    ("audit", "taskStatistics.*.totalFindingsCount"),
    ("audit", "sum(taskStatistics.*.totalFindingsCount)"),
    ("audit", "sum(taskStatistics.*.failedFindingsCount)"),
    ("audit", "avg(taskStatistics.*.totalFindingsCount)"),
    ("audit", "max(taskStatistics.*.totalFindingsCount)"),
    ("audit", "keys(taskStatistics)"),
    ("audit", "taskStatistics.CA_CERTIFICATE_EXPIRING_CHECK"),
    ("audit", "taskStatistics.CA_CERTIFICATE_EXPIRING_CHECK.[totalFindingsCount, failedFindingsCount]"),
    ("audit", "auditCheckToActionsMapping"),
    ("audit", "auditCheckToActionsMapping.*[]"),
    ("audit", "target.findingIds | length(@)"),
    ("audit", "{status: taskStatus, start: startTime, end: endTime}"),
    ("audit", "actionsDefinition[].name"),
    ("audit", "actionsDefinition[0].actionParams"),
    ("audit", "startTime"),
    ("audit", "taskStatistics.*.{total: totalFindingsCount, failed: failedFindingsCount}"),
    ("audit", "values(taskStatistics)[?failedFindingsCount > `0`]"),
    ("execs", "actionsExecutions[?status=='FAILED'].[findingId, errorCode]"),
    ("execs", "actionsExecutions[?status=='FAILED'].message"),
    ("execs", "length(actionsExecutions[?status=='COMPLETED'])"),
    ("execs", "actionsExecutions[].status"),
    ("execs", "actionsExecutions[].{id: findingId, status: status, end: endTime}"),
    ("execs", "actionsExecutions[?endTime].findingId"),
    ("execs", "actionsExecutions[?!endTime].findingId"),
    ("execs", "actionsExecutions[?errorCode != null].errorCode"),
    ("execs", "actionsExecutions[?startTime > `\"2019-06-10T13:43:53\"`].findingId"),
    ("execs", "sort_by(actionsExecutions, &startTime)[0].findingId"),
    ("execs", "actionsExecutions[*].[findingId, startTime, endTime]"),
    ("execs", "actionsExecutions[0]"),
    ("detect", "taskSummary.taskStatus"),
    ("detect", "taskSummary.taskStatistics"),
    ("detect", "taskSummary.{status: taskStatus, executed: taskStatistics.actionsExecuted}"),
    ("detect", "taskSummary.[taskStatus, taskStatistics]"),
    ("detect", "taskSummary.taskStatistics.actionsExecuted - taskSummary.taskStatistics.actionsFailed"),
    ("detect", "sum(values(taskSummary.taskStatistics))"),
    ("detect", "taskSummary.onlyActiveViolationsIncluded"),
    ("detect", "taskSummary.{active: onlyActiveViolationsIncluded, suppressed: suppressedAlertsIncluded}"),
    ("detect", "taskSummary.target.violationIds"),
    ("detect", "taskSummary.violationEventOccurrenceRange"),
    ("detect", "taskSummary.taskStartTime"),
    ("detect", "taskSummary.actionsDefinition[].name"),
    ("detect", "taskSummary.taskStatistics.actionsFailed > `0`"),
    ("tasks", "tasks[].taskId"),
    ("tasks", "tasks[?taskStatus=='COMPLETED'].taskId"),
    ("tasks", "tasks[?taskStatus=='COMPLETED'] | [0].taskId"),
    ("tasks", "sort_by(tasks, &startTime)[].taskId"),
    ("tasks", "tasks[].[taskId, taskStatus, startTime]"),
    ("tasks", "length(tasks)"),
]


def compliance(every):
    exprs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/jmespath/*.json"))):
        with open(path) as f:
            for suite in json.load(f):
                for case in suite["cases"]:
                    exprs.append(case["expression"])
    return exprs[::every]


def cases(every):
    out = []
    for i, (op, expr) in enumerate(IDIOMS):
        for fmt in ("json", "text"):
            # The text of an expression reference holds its address, which differs every run.
            if fmt == "text" and expr.startswith("&"):
                continue
            out.append((f"idiom{i:03d}_{op}_{fmt}", op, expr, fmt, "iso8601"))
    for i, (op, expr) in enumerate(IDIOMS[::5]):
        out.append((f"idiom{i * 5:03d}_{op}_json_wire", op, expr, "json", "wire"))
    names = list(OPS)
    for i, expr in enumerate(compliance(every)):
        op = names[i % len(names)]
        fmt = "text" if i % 4 == 3 else "json"
        out.append((f"compliance{i:03d}_{op}_{fmt}", op, expr, fmt, "iso8601"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ours")
    ap.add_argument("--aws", required=True)
    ap.add_argument("--kit", required=True)
    ap.add_argument("-k", default="")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--compliance", type=int, default=3)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    a.ours = os.path.abspath(a.ours)
    all_cases = [c for c in cases(a.compliance) if re.search(a.k, c[0])]
    if a.list:
        for c in all_cases:
            print(json.dumps(c))
        return
    spec = importlib.util.spec_from_file_location("parity_run", os.path.join(a.kit, "run.py"))
    kit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kit)
    srv, url = kit.start_server()
    passed = failed = 0
    try:
        for name, op, expr, fmt, ts in all_cases:
            command, args, body = OPS[op]
            case = {"op": command, "args": args + ["--query", expr, "--output", fmt],
                    "responses": [{"status": 200, "body": body}]}
            with tempfile.TemporaryDirectory() as tmp:
                # (each run ends by reading the log, which also drops an unused reply)
                ref = kit.run_one([a.aws, "iot"], url, case, tmp, ts)
                ours = kit.run_one([a.ours], url, case, tmp, ts)
            same = ref["rc"] == ours["rc"] and ref["out"] == ours["out"]
            if same:
                passed += 1
                print(f"ok   {name}")
            else:
                failed += 1
                print(f"FAIL {name}: {expr}")
                if a.v:
                    print(f"   aws  rc={ref['rc']} out={ref['out'][:600]!r} err={ref['err'][-300:]!r}")
                    print(f"   ours rc={ours['rc']} out={ours['out'][:600]!r} err={ours['err'][-300:]!r}")
            sys.stdout.flush()
    finally:
        srv.terminate()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
