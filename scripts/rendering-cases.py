"""Cases for scripts/record-renderings.py: one command each, whose result is printed in several
output formats.

Each case has `args` (after `aws iot`), the service's canned `responses` (timestamps as epoch
seconds, as the service sends them), `formats` (the formats recorded), and optionally `columns`
(the width of the terminal stdout is; without it stdout is a pipe), `ts` (the config file's
cli_timestamp_format) and `pages`: for a listing printed page by page (text, yaml-stream), the
document each page is rendered from, in order.
"""

ROLE = "arn:aws:iam::123456789012:role/MitigationActionsValidRole"
ARN = "arn:aws:iot:us-east-1:123456789012:mitigationaction/"
QUARANTINE_ID = "6a22b98e-0e27-4396-9b25-637d04959429"
DEACTIVATE_ID = "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d"
ALL = ["text", "table", "yaml", "yaml-stream"]

# The timestamps, and how iso8601 prints them.
T0, T1, T2 = 1594157520.512, 1594161120, 1594200000
ISO = {T0: "2020-07-07T21:32:00.512000+00:00", T1: "2020-07-07T22:32:00+00:00",
       T2: "2020-07-08T09:20:00+00:00"}


def ok(body):
    return [{"status": 200, "body": body}]


def identifier(name, created):
    return {"actionName": name, "actionArn": ARN + name, "creationDate": created}


def shown(ident):
    """An identifier as a page of the iso8601 output holds it."""
    return dict(ident, creationDate=ISO[ident["creationDate"]])


ACTION = {
    "actionName": "QuarantineThings", "actionType": "ADD_THINGS_TO_THING_GROUP",
    "actionArn": ARN + "QuarantineThings", "actionId": QUARANTINE_ID, "roleArn": ROLE,
    "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine", "isolated"],
                                                     "overrideDynamicGroups": True}},
    "creationDate": T0, "lastModifiedDate": T1,
}
DEFINITIONS = [
    {"name": "QuarantineThings", "id": QUARANTINE_ID, "roleArn": ROLE,
     "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine"],
                                                      "overrideDynamicGroups": False}}},
    {"name": "DeactivateCert", "id": DEACTIVATE_ID, "roleArn": ROLE,
     "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}},
]
AUDIT_TASK = {
    "taskStatus": "COMPLETED", "startTime": T0, "endTime": T1,
    "taskStatistics": {
        "DEVICE_CERTIFICATE_EXPIRING_CHECK": {
            "totalFindingsCount": 2, "failedFindingsCount": 0, "succeededFindingsCount": 2,
            "skippedFindingsCount": 0, "canceledFindingsCount": 0},
        "CA_CERTIFICATE_EXPIRING_CHECK": {
            "totalFindingsCount": 1, "failedFindingsCount": 1, "succeededFindingsCount": 0,
            "skippedFindingsCount": 0, "canceledFindingsCount": 0},
    },
    "target": {"auditTaskId": "a1b2c3", "findingIds": ["f-1", "f-2"],
               "auditCheckToReasonCodeFilter": {
                   "DEVICE_CERTIFICATE_EXPIRING_CHECK": ["CERTIFICATE_EXPIRING"],
                   "CA_CERTIFICATE_EXPIRING_CHECK": ["CERTIFICATE_EXPIRING", "CERTIFICATE_REVOKED"]}},
    "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["DeactivateCert"],
                                   "CA_CERTIFICATE_EXPIRING_CHECK": ["QuarantineThings", "DeactivateCert"]},
    "actionsDefinition": DEFINITIONS,
}
DETECT_TASK = {
    "taskId": "detect-task-1", "taskStatus": "SUCCESSFUL", "taskStartTime": T0, "taskEndTime": T1,
    "target": {"violationIds": ["v-1", "v-2"], "securityProfileName": "sp1", "behaviorName": "Authorization"},
    "violationEventOccurrenceRange": {"startTime": 1594000000, "endTime": 1594100000.25},
    "onlyActiveViolationsIncluded": True, "suppressedAlertsIncluded": False,
    "actionsDefinition": DEFINITIONS,
    "taskStatistics": {"actionsExecuted": 3, "actionsSkipped": 0, "actionsFailed": 1},
}
AUDIT_EXECUTIONS = {"actionsExecutions": [
    {"taskId": "audit-task-1", "findingId": "f-1", "actionName": "DeactivateCert", "actionId": DEACTIVATE_ID,
     "status": "COMPLETED", "startTime": T0, "endTime": T1},
    {"taskId": "audit-task-1", "findingId": "f-1", "actionName": "QuarantineThings", "actionId": QUARANTINE_ID,
     "status": "FAILED", "startTime": T0, "endTime": T1, "errorCode": "AccessDenied",
     "message": "The role cannot add things to the group."},
]}
TWO = {"actionIdentifiers": [identifier("QuarantineThings", T0), identifier("DeactivateCert", T1)]}
THIRD = identifier("Notify", T2)

CREATE = ["create-mitigation-action", "--action-name", "QuarantineThings", "--role-arn", ROLE,
          "--action-params", "addThingsToThingGroupParams={thingGroupNames=[quarantine,isolated],overrideDynamicGroups=true}"]
DESCRIBE = ["describe-mitigation-action", "--action-name", "QuarantineThings"]
LIST = ["list-mitigation-actions"]
DESCRIBE_AUDIT = ["describe-audit-mitigation-actions-task", "--task-id", "audit-task-1"]
DESCRIBE_DETECT = ["describe-detect-mitigation-actions-task", "--task-id", "detect-task-1"]
AUDIT_EXECUTIONS_ARGS = ["list-audit-mitigation-actions-executions", "--task-id", "audit-task-1", "--finding-id", "f-1"]
DETECT_EXECUTIONS = ["list-detect-mitigation-actions-executions", "--task-id", "detect-task-1"]
TIME_RANGE = ["--start-time", "2020-07-07T00:00:00Z", "--end-time", "2020-07-09T00:00:00Z"]
CREATED = {"actionArn": ARN + "QuarantineThings", "actionId": QUARANTINE_ID}


def case(name, args, body, formats=ALL, **extra):
    return dict(name=name, args=args, responses=ok(body), formats=formats, **extra)


def query(name, expr, formats=ALL, args=LIST, body=TWO):
    return case(name, args + ["--query", expr], body, formats)


CASES = [
    # ---- every Device Defender mitigation command, piped ----
    case("create_mitigation_action", CREATE, CREATED),
    case("update_mitigation_action", ["update-mitigation-action", "--action-name", "QuarantineThings"],
         CREATED, ["text", "yaml"]),
    case("describe_mitigation_action", DESCRIBE, ACTION),
    case("list_mitigation_actions", LIST, TWO),
    case("delete_mitigation_action", ["delete-mitigation-action", "--action-name", "QuarantineThings"], {}),
    case("start_audit_mitigation_actions_task",
         ["start-audit-mitigation-actions-task", "--task-id", "audit-task-1", "--target", "auditTaskId=a1b2c3",
          "--audit-check-to-actions-mapping", "DEVICE_CERTIFICATE_EXPIRING_CHECK=DeactivateCert",
          "--client-request-token", "token-1"],
         {"taskId": "audit-task-1"}),
    case("cancel_audit_mitigation_actions_task",
         ["cancel-audit-mitigation-actions-task", "--task-id", "audit-task-1"], {}),
    case("describe_audit_mitigation_actions_task", DESCRIBE_AUDIT, AUDIT_TASK),
    case("list_audit_mitigation_actions_tasks", ["list-audit-mitigation-actions-tasks"] + TIME_RANGE,
         {"tasks": [{"taskId": "audit-task-1", "startTime": T0, "taskStatus": "COMPLETED"},
                    {"taskId": "audit-task-2", "startTime": T1, "taskStatus": "IN_PROGRESS"}]}),
    case("list_audit_mitigation_actions_executions", AUDIT_EXECUTIONS_ARGS, AUDIT_EXECUTIONS),
    case("start_detect_mitigation_actions_task",
         ["start-detect-mitigation-actions-task", "--task-id", "detect-task-1", "--target",
          "securityProfileName=sp1", "--actions", "QuarantineThings", "--client-request-token", "token-1"],
         {"taskId": "detect-task-1"}),
    case("cancel_detect_mitigation_actions_task",
         ["cancel-detect-mitigation-actions-task", "--task-id", "detect-task-1"], {}),
    case("describe_detect_mitigation_actions_task", DESCRIBE_DETECT, {"taskSummary": DETECT_TASK}),
    case("list_detect_mitigation_actions_tasks", ["list-detect-mitigation-actions-tasks"] + TIME_RANGE,
         {"tasks": [DETECT_TASK, {
             "taskId": "detect-task-2", "taskStatus": "IN_PROGRESS", "taskStartTime": T1,
             "target": {"securityProfileName": "sp2"},
             "onlyActiveViolationsIncluded": False, "suppressedAlertsIncluded": True, "actionsDefinition": [],
             "taskStatistics": {"actionsExecuted": 0, "actionsSkipped": 0, "actionsFailed": 0}}]}),
    case("list_detect_mitigation_actions_executions", DETECT_EXECUTIONS, {"actionsExecutions": [
        {"taskId": "detect-task-1", "violationId": "v-1", "actionName": "QuarantineThings",
         "thingName": "thermostat-001", "executionStartDate": T0, "executionEndDate": T1, "status": "SUCCESSFUL"},
        {"taskId": "detect-task-1", "violationId": "v-2", "actionName": "QuarantineThings",
         "thingName": "thermostat-002", "executionStartDate": T0, "status": "FAILED",
         "errorCode": "INTERNAL_ERROR", "message": "Throttled, retry later"},
    ]}),
    # ---- tables on a terminal, and in colour ----
    case("describe_audit_task_tty200_plain", DESCRIBE_AUDIT + ["--color", "off"], AUDIT_TASK, ["table"], columns=200),
    case("describe_action_tty200_plain", DESCRIBE + ["--color", "off"], ACTION, ["table"], columns=200),
    case("describe_action_tty40_plain", DESCRIBE + ["--color", "off"], ACTION, ["table"], columns=40),
    case("list_actions_color_on_piped", LIST + ["--color", "on"], TWO, ["table"]),
    # ---- listings of several pages, and cut ones ----
    {"name": "list_actions_two_pages", "args": LIST, "formats": ALL,
     "responses": [{"status": 200, "body": {"actionIdentifiers": TWO["actionIdentifiers"][:1], "nextToken": "page-2"}},
                   {"status": 200, "body": {"actionIdentifiers": TWO["actionIdentifiers"][1:] + [THIRD]}}],
     # text prints each page's result key, yaml-stream each whole page
     "pages": {"text": [{"actionIdentifiers": [shown(TWO["actionIdentifiers"][0])]},
                        {"actionIdentifiers": [shown(TWO["actionIdentifiers"][1]), shown(THIRD)]}],
               "yaml-stream": [{"actionIdentifiers": [shown(TWO["actionIdentifiers"][0])], "nextToken": "page-2"},
                               {"actionIdentifiers": [shown(TWO["actionIdentifiers"][1]), shown(THIRD)]}]}},
    {"name": "list_actions_two_pages_query", "args": LIST + ["--query", "actionIdentifiers[].actionName"],
     "formats": ["text", "yaml-stream", "yaml"],
     "responses": [{"status": 200, "body": {"actionIdentifiers": TWO["actionIdentifiers"][:1], "nextToken": "page-2"}},
                   {"status": 200, "body": {"actionIdentifiers": TWO["actionIdentifiers"][1:] + [THIRD]}}],
     # --query applies to each page on its own
     "pages": {"text": [["QuarantineThings"], ["DeactivateCert", "Notify"]],
               "yaml-stream": [["QuarantineThings"], ["DeactivateCert", "Notify"]]}},
    case("list_actions_max_items", LIST + ["--max-items", "1"], TWO, ["text", "table", "yaml"],
         # after the cut page, text prints the token to resume from
         pages={"text": [{"actionIdentifiers": [shown(TWO["actionIdentifiers"][0])]},
                         {"NextToken": {"NextToken": "eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=="}}]}),
    case("list_actions_empty", LIST, {"actionIdentifiers": []}),
    # a page without its result key: text prints the key as null, yaml-stream still prints the page
    case("list_tasks_empty_page", ["list-audit-mitigation-actions-tasks"] + TIME_RANGE, {},
         pages={"text": [{"tasks": None}], "yaml-stream": [{}]}),
    # ---- --query results of every kind ----
    query("query_names", "actionIdentifiers[].actionName"),
    query("query_first_name", "actionIdentifiers[0].actionName"),
    query("query_count", "length(actionIdentifiers)"),
    query("query_null", "actionIdentifiers[?actionName=='nope'] | [0]"),
    query("query_pairs", "actionIdentifiers[].[actionName, creationDate]"),
    query("query_columns", "[actionIdentifiers[].actionName, actionIdentifiers[].creationDate]", ["text", "table", "yaml"]),
    query("query_hash", "actionIdentifiers[].{name: actionName, date: creationDate}", ["text", "table", "yaml"]),
    query("query_empty_string", "actionIdentifiers[0].actionName | ''", ["text", "table", "yaml"]),
    query("query_mixed", "[actionIdentifiers[0].actionName, actionIdentifiers]", ["text", "table", "yaml"]),
    query("query_booleans",
          "taskSummary.{active: onlyActiveViolationsIncluded, suppressed: suppressedAlertsIncluded, stats: taskStatistics}",
          ["text", "table", "yaml"], DESCRIBE_DETECT, {"taskSummary": DETECT_TASK}),
    query("query_bool", "taskSummary.onlyActiveViolationsIncluded", ["text", "table", "yaml"],
          DESCRIBE_DETECT, {"taskSummary": DETECT_TASK}),
    query("query_false", "taskSummary.suppressedAlertsIncluded", ["text", "table", "yaml"],
          DESCRIBE_DETECT, {"taskSummary": DETECT_TASK}),
    query("query_mixed_objects", "[taskSummary, taskSummary.taskId]", ["text", "table"],
          DESCRIBE_DETECT, {"taskSummary": DETECT_TASK}),
    # ---- timestamps as the service sent them ----
    case("wire_describe_mitigation_action", DESCRIBE, ACTION, ["text", "yaml"], ts="wire"),
    case("wire_list_mitigation_actions", LIST, TWO, ["text", "table", "yaml"], ts="wire"),
    case("wire_describe_detect_mitigation_actions_task", DESCRIBE_DETECT, {"taskSummary": DETECT_TASK},
         ["text", "yaml"], ts="wire"),
    # ---- characters of every width, and strings YAML must quote ----
    case("unicode_executions", DETECT_EXECUTIONS, {"actionsExecutions": [
        {"taskId": "detect-task-1", "violationId": "v-1", "actionName": "Quarantine", "thingName": "thermostat-café",
         "executionStartDate": T0, "status": "FAILED", "errorCode": "INTERNAL_ERROR",
         "message": "Échec — 日本語のメッセージ 😀"},
        {"taskId": "detect-task-1", "violationId": "v-2", "actionName": "Quarantine", "thingName": "ＦＵＬＬ-width",
         "executionStartDate": T0, "status": "SUCCESSFUL"},
    ]}),
    case("yaml_quoting", DETECT_EXECUTIONS, {"actionsExecutions": [
        {"taskId": "detect-task-1", "violationId": "v-1", "actionName": "Quarantine", "thingName": "t1",
         "status": "FAILED",
         "message": "The mitigation action could not be applied because the role does not allow "
                    "iot:AddThingToThingGroup on the target group; check the role policy and retry."},
        {"taskId": "true", "violationId": "123", "actionName": "null", "thingName": "- x", "status": "a: b",
         "errorCode": "#c", "message": "it's \"quoted\"\twith tab"},
        {"taskId": "1e3", "violationId": "2020-07-07", "actionName": "~", "thingName": "", "status": "yes",
         "errorCode": "0x1F", "message": "line one\nline two"},
    ]}, ["text", "yaml", "table"]),
    case("audit_executions_tty100", AUDIT_EXECUTIONS_ARGS + ["--color", "off"], AUDIT_EXECUTIONS, ["table"],
         columns=100),
]
