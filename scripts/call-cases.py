"""Cases for scripts/record-calls.py: one invocation each, with the service's canned replies.
`on_purpose` marks a case iotmit answers otherwise on purpose (tests/suite/calls.rs says why),
whose own answer `record-calls.py --ours` records beside v2's."""

ROLE = "arn:aws:iam::123456789012:role/MitigationActionsValidRole"
ARN = "arn:aws:iot:us-east-1:123456789012:mitigationaction/"
NOT_FOUND = {"x-amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.iot/"}


def ok(body):
    return [{"status": 200, "body": body}]


def action(name, params, kind, extra=None):
    body = {"actionName": name, "actionType": kind, "actionArn": ARN + name,
            "actionId": "6a22b98e-0e27-4396-9b25-637d04959429", "roleArn": ROLE,
            "actionParams": params, "creationDate": 1594157520.512, "lastModifiedDate": 1594157520.512}
    body.update(extra or {})
    return body


CREATED = ok({"actionArn": ARN + "Quarantine", "actionId": "6a22b98e-0e27-4396-9b25-637d04959429"})
IDS = [{"actionName": f"Action{i}", "actionArn": ARN + f"Action{i}", "creationDate": 1594157520 + i}
       for i in range(5)]
AUDIT_TASK = {
    "taskStatus": "COMPLETED", "startTime": 1594157520.512, "endTime": 1594157611.75,
    "taskStatistics": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": {
        "totalFindingsCount": 2, "failedFindingsCount": 1, "succeededFindingsCount": 1,
        "skippedFindingsCount": 0, "canceledFindingsCount": 0}},
    "target": {"auditTaskId": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
               "auditCheckToReasonCodeFilter": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["CERTIFICATE_APPROACHING_EXPIRATION"]}},
    "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["Deactivate"]},
    "actionsDefinition": [action("Deactivate", {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}},
                                 "UPDATE_DEVICE_CERTIFICATE", {"undocumented": True})],
    "unknownTopLevel": "dropped",
}
DETECT_TASK = {"taskSummary": {
    "taskId": "detect-1", "taskStatus": "SUCCESSFUL", "taskStartTime": 1605866400, "taskEndTime": 1605866460.25,
    "target": {"violationIds": ["9a8b7c6d-0001"], "securityProfileName": "smart-lights", "behaviorName": "num-messages-sent"},
    "violationEventOccurrenceRange": {"startTime": 1605780000, "endTime": 1605866400},
    "onlyActiveViolationsIncluded": True, "suppressedAlertsIncluded": False,
    "actionsDefinition": [action("Quarantine", {"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine"], "overrideDynamicGroups": False}}, "ADD_THINGS_TO_THING_GROUP")],
    "taskStatistics": {"actionsExecuted": 3, "actionsSkipped": 0, "actionsFailed": 1}}}

CASES = [
    # create-mitigation-action: every action type, shorthand and JSON, tags, files
    {"name": "create_update_device_certificate", "op": "create-mitigation-action",
     "args": ["--action-name", "Quarantine", "--role-arn", ROLE, "--action-params", "updateDeviceCertificateParams={action=DEACTIVATE}"],
     "responses": CREATED},
    {"name": "create_update_ca_certificate_json", "op": "create-mitigation-action",
     "args": ["--action-name", "CA", "--role-arn", ROLE, "--action-params", '{"updateCACertificateParams": {"action": "DEACTIVATE"}}'],
     "responses": CREATED},
    {"name": "create_add_to_group_with_tags", "op": "create-mitigation-action",
     "args": ["--action-name", "Quarantine", "--role-arn", ROLE, "--action-params",
              "addThingsToThingGroupParams={thingGroupNames=[quarantine,isolated],overrideDynamicGroups=true}",
              "--tags", "Key=env,Value=prod", "Key=team,Value=iot ops"],
     "responses": CREATED},
    {"name": "create_group_names_comma_list", "op": "create-mitigation-action",
     "args": ["--action-name", "Q2", "--role-arn", ROLE, "--action-params",
              "addThingsToThingGroupParams={thingGroupNames=quarantine,overrideDynamicGroups=false}"],
     "responses": CREATED},
    {"name": "create_replace_policy", "op": "create-mitigation-action",
     "args": ["--action-name", "Policy", "--role-arn", ROLE, "--action-params", "replaceDefaultPolicyVersionParams={templateName=BLANK_POLICY}"],
     "responses": CREATED},
    {"name": "create_enable_logging", "op": "create-mitigation-action",
     "args": ["--action-name", "Logging", "--role-arn", ROLE, "--action-params",
              "enableIoTLoggingParams={roleArnForLogging=arn:aws:iam::123456789012:role/IoTLoggingRole,logLevel=DEBUG}"],
     "responses": CREATED},
    {"name": "create_publish_sns_from_file", "op": "create-mitigation-action",
     "args": ["--action-name", "Sns", "--role-arn", ROLE, "--action-params", "file://params.json", "--tags", '[{"Key": "a", "Value": "b"}]'],
     "files": {"params.json": '{"publishFindingToSnsParams": {"topicArn": "arn:aws:sns:us-east-1:123456789012:findings"}}'},
     "responses": CREATED},
    {"name": "create_cli_input_json_with_flag_override", "op": "create-mitigation-action",
     "args": ["--cli-input-json", "file://input.json", "--action-name", "FromFlag"],
     "files": {"input.json": '{"actionName": "FromFile", "roleArn": "' + ROLE + '", "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}}'},
     "responses": CREATED},
    {"name": "create_cli_input_yaml", "op": "create-mitigation-action",
     "args": ["--cli-input-yaml", "file://input.yaml"],
     "files": {"input.yaml": "actionName: FromYaml\nroleArn: " + ROLE + "\nactionParams:\n  updateCACertificateParams:\n    action: DEACTIVATE\ntags:\n- Key: k\n  Value: v\n"},
     "responses": CREATED},
    {"name": "create_conflict_is_a_service_error", "op": "create-mitigation-action",
     "args": ["--action-name", "Quarantine", "--role-arn", ROLE, "--action-params", "updateDeviceCertificateParams={action=DEACTIVATE}"],
     "responses": [{"status": 409, "body": {"message": "Mitigation action Quarantine already exists"},
                    "headers": {"x-amzn-ErrorType": "ResourceAlreadyExistsException:http://internal.amazon.com/coral/com.amazonaws.iot/"}}]},
    {"name": "create_missing_required", "op": "create-mitigation-action", "args": ["--action-name", "A"]},
    # update / describe / list / delete
    {"name": "update_role_and_params", "op": "update-mitigation-action",
     "args": ["--action-name", "Quarantine", "--role-arn", ROLE, "--action-params", "updateDeviceCertificateParams={action=DEACTIVATE}"],
     "responses": ok({"actionArn": ARN + "Quarantine", "actionId": "6a22b98e-0e27-4396-9b25-637d04959429"})},
    {"name": "describe_iso_timestamps_model_order", "op": "describe-mitigation-action", "args": ["--action-name", "Quarantine"],
     "responses": ok(dict(reversed(list(action("Quarantine", {"addThingsToThingGroupParams": {"thingGroupNames": ["q"], "overrideDynamicGroups": True}}, "ADD_THINGS_TO_THING_GROUP", {"extraMember": 1}).items()))))},
    {"name": "describe_wire_timestamps", "op": "describe-mitigation-action", "args": ["--action-name", "Quarantine"], "ts": "wire",
     "responses": ok(action("Quarantine", {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}, "UPDATE_DEVICE_CERTIFICATE"))},
    {"name": "describe_unicode_and_escapes", "op": "describe-mitigation-action", "args": ["--action-name", "Q"],
     "responses": ok({"actionName": "Qé\u2603 \"quoted\" \\ tab\t", "roleArn": ROLE})},
    {"name": "describe_not_found", "op": "describe-mitigation-action", "args": ["--action-name", "Ghost"],
     "responses": [{"status": 404, "body": {"message": "Mitigation action Ghost not found"}, "headers": NOT_FOUND}]},
    {"name": "describe_query_scalar", "op": "describe-mitigation-action", "args": ["--action-name", "Q", "--query", "actionType"],
     "responses": ok(action("Q", {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}, "UPDATE_DEVICE_CERTIFICATE"))},
    {"name": "describe_query_object", "op": "describe-mitigation-action", "args": ["--action-name", "Q", "--query", "{name: actionName, params: actionParams, made: creationDate}"],
     "responses": ok(action("Q", {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}, "UPDATE_DEVICE_CERTIFICATE"))},
    {"name": "describe_query_null", "op": "describe-mitigation-action", "args": ["--action-name", "Q", "--query", "missing"],
     "responses": ok({"actionName": "Q"})},
    {"name": "delete_prints_nothing", "op": "delete-mitigation-action", "args": ["--action-name", "Quarantine"], "responses": ok({})},
    {"name": "list_filtered_by_type", "op": "list-mitigation-actions", "args": ["--action-type", "UPDATE_DEVICE_CERTIFICATE"],
     "responses": ok({"actionIdentifiers": IDS[:2]})},
    {"name": "list_empty_prints_nothing", "op": "list-mitigation-actions", "args": [], "responses": ok({})},
    {"name": "list_empty_list", "op": "list-mitigation-actions", "args": [], "responses": ok({"actionIdentifiers": []})},
    {"name": "list_three_pages_merged", "op": "list-mitigation-actions", "args": [],
     "responses": [{"status": 200, "body": {"actionIdentifiers": IDS[:2], "nextToken": "p2"}},
                   {"status": 200, "body": {"actionIdentifiers": IDS[2:4], "nextToken": "p3"}},
                   {"status": 200, "body": {"actionIdentifiers": IDS[4:]}}]},
    {"name": "list_page_size", "op": "list-mitigation-actions", "args": ["--page-size", "2"],
     "responses": [{"status": 200, "body": {"actionIdentifiers": IDS[:2], "nextToken": "p2"}},
                   {"status": 200, "body": {"actionIdentifiers": IDS[2:3]}}]},
    {"name": "list_max_items_cuts_a_page", "op": "list-mitigation-actions", "args": ["--max-items", "3"],
     "responses": [{"status": 200, "body": {"actionIdentifiers": IDS[:2], "nextToken": "p2"}},
                   {"status": 200, "body": {"actionIdentifiers": IDS[2:4], "nextToken": "p3"}}]},
    {"name": "list_max_items_on_page_boundary", "op": "list-mitigation-actions", "args": ["--max-items", "2"],
     "responses": [{"status": 200, "body": {"actionIdentifiers": IDS[:2], "nextToken": "p2"}}]},
    {"name": "list_starting_token_resumes_inside_a_page", "op": "list-mitigation-actions",
     "args": ["--starting-token", "eyJuZXh0VG9rZW4iOiAicDIiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==", "--max-items", "2"],
     "responses": [{"status": 200, "body": {"actionIdentifiers": IDS[2:4], "nextToken": "p3"}},
                   {"status": 200, "body": {"actionIdentifiers": IDS[4:]}}]},
    {"name": "list_no_paginate_shows_next_token", "op": "list-mitigation-actions", "args": ["--no-paginate"],
     "responses": [{"status": 200, "body": {"nextToken": "p2", "actionIdentifiers": IDS[:2]}}]},
    {"name": "list_manual_next_token_turns_paging_off", "op": "list-mitigation-actions", "args": ["--next-token", "p2", "--max-results", "2"],
     "responses": [{"status": 200, "body": {"actionIdentifiers": IDS[2:4], "nextToken": "p3"}}]},
    {"name": "list_query_over_pages", "op": "list-mitigation-actions", "args": ["--query", "actionIdentifiers[].actionName"],
     "responses": [{"status": 200, "body": {"actionIdentifiers": IDS[:2], "nextToken": "p2"}},
                   {"status": 200, "body": {"actionIdentifiers": IDS[2:]}}]},
    # audit mitigation tasks
    {"name": "start_audit_by_audit_task", "op": "start-audit-mitigation-actions-task",
     "args": ["--task-id", "myActionsTaskId", "--target", "auditTaskId=a1b2c3d4e5f60718293a4b5c6d7e8f90",
              "--audit-check-to-actions-mapping", "DEVICE_CERTIFICATE_EXPIRING_CHECK=Deactivate,Notify", "--client-request-token", "tok-1"],
     "responses": ok({"taskId": "myActionsTaskId"})},
    {"name": "start_audit_by_findings_generated_token", "op": "start-audit-mitigation-actions-task",
     "args": ["--task-id", "t2", "--target", "findingIds=f-0001,f-0002",
              "--audit-check-to-actions-mapping", "DEVICE_CERTIFICATE_EXPIRING_CHECK=[Deactivate],LOGGING_DISABLED_CHECK=EnableLogging"],
     "responses": ok({"taskId": "t2"})},
    {"name": "start_audit_reason_code_filter_json", "op": "start-audit-mitigation-actions-task",
     "args": ["--task-id", "t3", "--target", '{"auditTaskId": "abc", "auditCheckToReasonCodeFilter": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["CERTIFICATE_APPROACHING_EXPIRATION"]}}',
              "--audit-check-to-actions-mapping", '{"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["Deactivate"]}', "--client-request-token", "tok-3"],
     "responses": ok({"taskId": "t3"})},
    {"name": "start_audit_task_exists", "op": "start-audit-mitigation-actions-task",
     "args": ["--task-id", "t4", "--target", "auditTaskId=abc", "--audit-check-to-actions-mapping", "CHECK=A", "--client-request-token", "tok-4"],
     "responses": [{"status": 400, "body": {"message": "Task t4 already exists"}, "headers": {"x-amzn-ErrorType": "TaskAlreadyExistsException"}}]},
    {"name": "cancel_audit", "op": "cancel-audit-mitigation-actions-task", "args": ["--task-id", "myActionsTaskId"], "responses": ok({})},
    {"name": "describe_audit_task", "op": "describe-audit-mitigation-actions-task", "args": ["--task-id", "myActionsTaskId"],
     "responses": ok(AUDIT_TASK)},
    {"name": "list_audit_tasks_by_time_and_status", "op": "list-audit-mitigation-actions-tasks",
     "args": ["--start-time", "2020-07-07T00:00:00Z", "--end-time", "1594252800", "--task-status", "COMPLETED", "--audit-task-id", "abc", "--finding-id", "f-1"],
     "responses": ok({"tasks": [{"taskId": "myActionsTaskId", "startTime": 1594157520.512, "taskStatus": "COMPLETED"}]})},
    {"name": "list_audit_tasks_bare_date", "op": "list-audit-mitigation-actions-tasks",
     "args": ["--start-time", "2020-07-07", "--end-time", "2020-07-09T10:00:00"], "responses": ok({"tasks": []})},
    {"name": "list_audit_tasks_missing_end_time", "op": "list-audit-mitigation-actions-tasks", "args": ["--start-time", "2020-07-07"]},
    {"name": "list_audit_executions", "op": "list-audit-mitigation-actions-executions",
     "args": ["--task-id", "myActionsTaskId", "--finding-id", "f-0001", "--action-status", "FAILED"],
     "responses": ok({"actionsExecutions": [{"taskId": "myActionsTaskId", "findingId": "f-0001", "actionName": "Deactivate",
                                             "actionId": "6a22b98e", "status": "FAILED", "startTime": 1594157520.5, "endTime": 1594157521,
                                             "errorCode": "INVALID_STATE_OF_RESOURCE", "message": "The certificate is already revoked."}]})},
    # detect mitigation tasks
    {"name": "start_detect_by_violations", "op": "start-detect-mitigation-actions-task",
     "args": ["--task-id", "detect-1", "--target", "violationIds=9a8b7c6d-0001,9a8b7c6d-0002", "--actions", "Quarantine", "NotifyOps",
              "--client-request-token", "tok-d1"], "responses": ok({"taskId": "detect-1"})},
    {"name": "start_detect_by_profile_with_range_and_flags", "op": "start-detect-mitigation-actions-task",
     "args": ["--task-id", "detect-2", "--target", "securityProfileName=smart-lights,behaviorName=num-messages-sent", "--actions", "Quarantine",
              "--violation-event-occurrence-range", "startTime=2020-11-19T10:00:00Z,endTime=1605866400",
              "--include-only-active-violations", "--no-include-suppressed-alerts", "--client-request-token", "tok-d2"],
     "responses": ok({"taskId": "detect-2"})},
    {"name": "cancel_detect", "op": "cancel-detect-mitigation-actions-task", "args": ["--task-id", "detect-1"], "responses": ok({})},
    {"name": "describe_detect_task", "op": "describe-detect-mitigation-actions-task", "args": ["--task-id", "detect-1"],
     "responses": ok(DETECT_TASK)},
    {"name": "list_detect_tasks", "op": "list-detect-mitigation-actions-tasks", "args": ["--start-time", "1605780000", "--end-time", "1605866400"],
     "responses": ok({"tasks": [DETECT_TASK["taskSummary"]]})},
    {"name": "list_detect_executions", "op": "list-detect-mitigation-actions-executions",
     "args": ["--task-id", "detect-1", "--violation-id", "9a8b7c6d-0001", "--thing-name", "lamp-17"],
     "responses": ok({"actionsExecutions": [{"taskId": "detect-1", "violationId": "9a8b7c6d-0001", "actionName": "Quarantine",
                                             "thingName": "lamp-17", "executionStartDate": 1605866400, "executionEndDate": 1605866401.5,
                                             "status": "SUCCESSFUL"}]})},
    {"name": "list_detect_executions_two_pages", "op": "list-detect-mitigation-actions-executions",
     "args": ["--task-id", "detect-1"],
     "responses": [{"status": 200, "body": {"actionsExecutions": [{"taskId": "detect-1", "violationId": "v1", "status": "FAILED", "errorCode": "E", "message": "m"}], "nextToken": "n2"}},
                   {"status": 200, "body": {"actionsExecutions": [{"taskId": "detect-1", "violationId": "v2", "status": "SKIPPED"}]}}]},
    {"name": "throttled_then_ok_is_retried", "op": "describe-detect-mitigation-actions-task", "args": ["--task-id", "detect-1"],
     "responses": [{"status": 400, "body": {"message": "Rate exceeded"}, "headers": {"x-amzn-ErrorType": "ThrottlingException"}}] + ok(DETECT_TASK)},
    {"name": "internal_failure_three_attempts", "op": "describe-audit-mitigation-actions-task", "args": ["--task-id", "t"],
     "responses": [{"status": 500, "body": {"message": "Internal"}, "headers": {"x-amzn-ErrorType": "InternalFailureException"}}] * 3},
]


# More value syntax, queries, paging and error shapes.
ok6 = ok
C = lambda name, op, args, resp=None, **kw: dict(name=name, op=op, args=args, responses=resp or [], **kw)
IDS6 = [{"actionName": f"A{i}", "actionArn": f"arn:aws:iot:us-east-1:123456789012:mitigationaction/A{i}", "creationDate": 1594157520.5 + i} for i in range(6)]
C = lambda name, op, args, resp=None, **kw: dict(name=name, op=op, args=args, responses=resp or [], **kw)
EXTRA = [
 C("yaml_inline", "describe-mitigation-action", ["--cli-input-yaml", "actionName: Q\n"], ok({"actionName": "Q"})),
 C("tags_no_value", "create-mitigation-action", ["--action-name", "A", "--role-arn", ROLE, "--action-params", "publishFindingToSnsParams={topicArn=arn:aws:sns:us-east-1:1:t}", "--tags", "Key=a"], ok({"actionId": "x"})),
 C("range_json_iso", "start-detect-mitigation-actions-task", ["--task-id", "d", "--target", '{"securityProfileName": "p"}', "--actions", "A", "--violation-event-occurrence-range", '{"startTime": "2020-01-01T00:00:00Z", "endTime": "2020-01-02"}', "--client-request-token", "t"], ok({"taskId": "d"})),
 C("actions_json_list", "start-detect-mitigation-actions-task", ["--task-id", "d", "--target", "violationIds=v1", "--actions", '["A", "B"]', "--client-request-token", "t"], ok({"taskId": "d"})),
 C("mapping_newlines", "start-audit-mitigation-actions-task", ["--task-id", "t", "--target", "auditTaskId=abc", "--audit-check-to-actions-mapping", "CHECK_A = a1 ,\n CHECK_B=[b1, b2]", "--client-request-token", "x"], ok({"taskId": "t"})),
 C("reason_filter_shorthand", "start-audit-mitigation-actions-task", ["--task-id", "t", "--target", "auditTaskId=abc,auditCheckToReasonCodeFilter={CHECK_A=[R1,R2]}", "--audit-check-to-actions-mapping", "CHECK_A=a1", "--client-request-token", "x"], ok({"taskId": "t"})),
 C("query_length", "list-mitigation-actions", ["--query", "length(actionIdentifiers)"], ok({"actionIdentifiers": IDS6})),
 C("query_filter", "list-mitigation-actions", ["--query", "actionIdentifiers[?actionName=='A2']"], ok({"actionIdentifiers": IDS6})),
 C("query_sort", "list-mitigation-actions", ["--query", "sort_by(actionIdentifiers, &creationDate)[-1].actionName"], ok({"actionIdentifiers": IDS6})),
 C("query_projection_hash", "list-mitigation-actions", ["--query", "actionIdentifiers[].{N: actionName, D: creationDate}"], ok({"actionIdentifiers": IDS6[:2]})),
 C("query_bad", "list-mitigation-actions", ["--query", "actionIdentifiers[."], ok({"actionIdentifiers": IDS6[:2]})),
 C("starting_token_plain", "list-mitigation-actions", ["--starting-token", "abc"], ok({"actionIdentifiers": IDS6[:2]})),
 C("max_items_over_three_pages", "list-mitigation-actions", ["--max-items", "5", "--page-size", "2"], [{"status":200,"body":{"actionIdentifiers": IDS6[:2], "nextToken": "a"}},{"status":200,"body":{"actionIdentifiers": IDS6[2:4], "nextToken": "b"}},{"status":200,"body":{"actionIdentifiers": IDS6[4:6], "nextToken": "c"}}]),
 C("wire_list_tasks", "list-audit-mitigation-actions-tasks", ["--start-time", "1", "--end-time", "2"], ok({"tasks": [{"taskId": "t", "startTime": 1594157520.123456, "taskStatus": "IN_PROGRESS"}]}), ts="wire"),
 C("error_no_message", "describe-mitigation-action", ["--action-name", "A"], [{"status": 400, "body": {}, "headers": {"x-amzn-ErrorType": "InvalidRequestException"}}]),
 C("error_type_in_body", "describe-mitigation-action", ["--action-name", "A"], [{"status": 400, "body": {"__type": "InvalidRequestException", "message": "bad"}}]),
 C("error_403", "describe-mitigation-action", ["--action-name", "A"], [{"status": 403, "body": {"message": "Missing Authentication Token"}, "headers": {"x-amzn-ErrorType": "MissingAuthenticationTokenException"}}]),
 C("output_json_flag_region", "describe-mitigation-action", ["--action-name", "A", "--output", "json", "--region", "eu-west-1"], ok({"actionName": "A", "actionParams": {"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "WARN"}}})),
 C("nulls_and_unknown", "describe-detect-mitigation-actions-task", ["--task-id", "d"], ok({"taskSummary": {"taskId": "d", "taskStatus": None, "foo": 1, "target": {"violationIds": [], "x": 2}}})),
 C("bool_false_flag", "start-detect-mitigation-actions-task", ["--task-id", "d", "--target", "violationIds=v1", "--actions", "A", "--no-include-only-active-violations", "--include-suppressed-alerts", "--client-request-token", "t"], ok({"taskId": "d"})),
 C("update_json_file_params", "update-mitigation-action", ["--action-name", "A", "--action-params", "file://p.json"], ok({"actionArn": "x", "actionId": "y"}), files={"p.json": '{"replaceDefaultPolicyVersionParams": {"templateName": "BLANK_POLICY"}}'}),
 C("list_detect_exec_times", "list-detect-mitigation-actions-executions", ["--task-id", "d", "--start-time", "2020-01-01T00:00:00.250Z", "--end-time", "2020-01-02T00:00:00+01:00"], ok({})),
 C("page_size_with_max_results_flag", "list-mitigation-actions", ["--max-results", "3"], ok({"actionIdentifiers": IDS6[:3], "nextToken": "z"})),
 C("unicode_tag", "create-mitigation-action", ["--action-name", "A", "--role-arn", ROLE, "--action-params", "publishFindingToSnsParams={topicArn=arn:aws:sns:us-east-1:1:t}", "--tags", "Key=é,Value=ü ☃"], ok({"actionId": "x"})),
 C("cli_input_json_and_required_flag_missing", "start-detect-mitigation-actions-task", ["--cli-input-json", '{"taskId": "d", "target": {"violationIds": ["v"]}, "actions": ["A"]}'], ok({"taskId": "d"})),
 C("audit_exec_list_pages", "list-audit-mitigation-actions-executions", ["--task-id", "t", "--finding-id", "f", "--max-items", "1"], [{"status":200,"body":{"actionsExecutions":[{"taskId":"t","findingId":"f","status":"COMPLETED"},{"taskId":"t","findingId":"f","status":"SKIPPED"}],"nextToken":"n"}}]),
]
CASES += EXTRA

CASES += [
    C("list_max_items_zero", "list-mitigation-actions", ["--max-items", "0"],
      [{"status": 200, "body": {"actionIdentifiers": IDS6[:2], "nextToken": "n"}}]),
    C("list_max_items_negative", "list-mitigation-actions", ["--max-items", "-1"],
      [{"status": 200, "body": {"actionIdentifiers": IDS6[:2], "nextToken": "n"}}]),
    C("list_page_size_over_the_model_max", "list-mitigation-actions", ["--page-size", "500"],
      [{"status": 200, "body": {"actionIdentifiers": IDS6[:1]}}]),
]

# Every output format for one case of each command, for multi-page listings, cut listings and
# queries.
FORMAT_BASES = [
    "create_update_device_certificate", "update_role_and_params", "describe_iso_timestamps_model_order",
    "describe_wire_timestamps", "describe_unicode_and_escapes", "delete_prints_nothing", "list_filtered_by_type",
    "list_empty_prints_nothing", "list_empty_list", "list_three_pages_merged", "list_max_items_cuts_a_page",
    "list_query_over_pages", "start_audit_by_audit_task", "cancel_audit", "describe_audit_task",
    "list_audit_tasks_by_time_and_status", "list_audit_executions", "start_detect_by_violations", "cancel_detect",
    "describe_detect_task", "list_detect_tasks", "list_detect_executions", "list_detect_executions_two_pages",
    "describe_query_scalar", "describe_query_object", "describe_query_null", "query_length", "query_filter",
    "nulls_and_unknown", "list_max_items_on_page_boundary",
]
_by_name = {c["name"]: c for c in CASES}
for _base in FORMAT_BASES:
    for _fmt in ["text", "table", "yaml", "yaml-stream"]:
        _c = dict(_by_name[_base])
        _c["name"] = f"{_base}__{_fmt.replace('-', '_')}"
        _c["args"] = list(_c["args"]) + ["--output", _fmt]
        CASES.append(_c)


# The audit side of the loop: configuration, on-demand audits, findings, suppressions, and
# Detect's violations.
CERT = "7f3e9c2a" * 8
FINDING = {
    "findingId": "f-0001", "taskId": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
    "checkName": "DEVICE_CERTIFICATE_EXPIRING_CHECK", "taskStartTime": 1605866400.5, "findingTime": 1605866460,
    "severity": "MEDIUM",
    "nonCompliantResource": {"resourceType": "DEVICE_CERTIFICATE", "resourceIdentifier": {"deviceCertificateId": CERT},
                             "additionalInfo": {"EXPIRATION_TIME": "2020-12-01T00:00:00Z"}},
    "relatedResources": [{"resourceType": "IOT_POLICY", "resourceIdentifier": {"policyVersionIdentifier": {"policyName": "p", "policyVersionId": "1"}}}],
    "reasonForNonCompliance": "Certificate is approaching expiration",
    "reasonForNonComplianceCode": "CERTIFICATE_APPROACHING_EXPIRATION", "isSuppressed": False,
    "undocumented": "dropped",
}
AUDIT_RUN = {
    "taskStatus": "COMPLETED", "taskType": "ON_DEMAND_AUDIT_TASK", "taskStartTime": 1605866400.5,
    "taskStatistics": {"totalChecks": 2, "inProgressChecks": 0, "waitingForDataCollectionChecks": 0,
                       "compliantChecks": 1, "nonCompliantChecks": 1, "failedChecks": 0, "canceledChecks": 0},
    "auditDetails": {
        "DEVICE_CERTIFICATE_EXPIRING_CHECK": {"checkRunStatus": "COMPLETED_NON_COMPLIANT", "checkCompliant": False,
                                              "totalResourcesCount": 12, "nonCompliantResourcesCount": 1,
                                              "suppressedNonCompliantResourcesCount": 0},
        "LOGGING_DISABLED_CHECK": {"checkRunStatus": "COMPLETED_COMPLIANT", "checkCompliant": True,
                                   "totalResourcesCount": 1, "nonCompliantResourcesCount": 0}},
}
SUPPRESSION = {"checkName": "DEVICE_CERTIFICATE_EXPIRING_CHECK", "resourceIdentifier": {"deviceCertificateId": CERT},
               "expirationDate": 1609459200, "suppressIndefinitely": False, "description": "lab devices"}
VIOLATION = {"violationId": "9a8b7c6d-0001", "thingName": "lamp-17", "securityProfileName": "smart-lights",
             "behavior": {"name": "num-messages-sent", "metric": "aws:num-messages-sent",
                          "criteria": {"comparisonOperator": "greater-than", "value": {"count": 100},
                                       "durationSeconds": 300, "consecutiveDatapointsToAlarm": 1,
                                       "consecutiveDatapointsToClear": 1}},
             "lastViolationValue": {"count": 412}, "verificationState": "UNKNOWN",
             "lastViolationTime": 1605866400, "violationStartTime": 1605780000.25}
EVENT = {"violationId": "9a8b7c6d-0001", "thingName": "lamp-17", "securityProfileName": "smart-lights",
         "behavior": VIOLATION["behavior"], "metricValue": {"count": 412}, "violationEventType": "in-alarm",
         "verificationState": "UNKNOWN", "violationEventTime": 1605780000.25}
AUDIT = [
 C("audit_config_describe", "describe-account-audit-configuration", [],
   ok({"roleArn": ROLE, "auditNotificationTargetConfigurations": {"SNS": {"targetArn": "arn:aws:sns:us-east-1:123456789012:audit", "roleArn": ROLE, "enabled": True}},
       "auditCheckConfigurations": {"LOGGING_DISABLED_CHECK": {"enabled": True},
                                    "DEVICE_CERTIFICATE_EXPIRING_CHECK": {"enabled": True, "configuration": {"CERT_EXPIRATION_THRESHOLD_IN_DAYS": "30"}}}})),
 C("audit_config_update_shorthand", "update-account-audit-configuration",
   ["--role-arn", ROLE, "--audit-check-configurations", "LOGGING_DISABLED_CHECK={enabled=true},DEVICE_CERTIFICATE_EXPIRING_CHECK={enabled=false}",
    "--audit-notification-target-configurations", "SNS={targetArn=arn:aws:sns:us-east-1:123456789012:audit,roleArn=" + ROLE + ",enabled=true}"], ok({})),
 C("audit_config_update_json", "update-account-audit-configuration",
   ["--audit-check-configurations", '{"DEVICE_CERTIFICATE_EXPIRING_CHECK": {"enabled": true, "configuration": {"CERT_EXPIRATION_THRESHOLD_IN_DAYS": "60"}}}'], ok({})),
 C("audit_config_delete", "delete-account-audit-configuration", ["--delete-scheduled-audits"], ok({})),
 C("audit_config_delete_no_flag", "delete-account-audit-configuration", ["--no-delete-scheduled-audits"], ok({})),
 C("audit_start", "start-on-demand-audit-task", ["--target-check-names", "LOGGING_DISABLED_CHECK", "DEVICE_CERTIFICATE_EXPIRING_CHECK"],
   ok({"taskId": "a1b2c3d4e5f60718293a4b5c6d7e8f90"})),
 C("audit_start_not_enabled", "start-on-demand-audit-task", ["--target-check-names", "CA_CERTIFICATE_EXPIRING_CHECK"],
   [{"status": 400, "body": {"message": "Check CA_CERTIFICATE_EXPIRING_CHECK is not enabled"}, "headers": {"x-amzn-ErrorType": "InvalidRequestException"}}]),
 C("audit_start_missing_checks", "start-on-demand-audit-task", []),
 C("audit_task_describe", "describe-audit-task", ["--task-id", "a1b2c3d4e5f60718293a4b5c6d7e8f90"], ok(AUDIT_RUN)),
 C("audit_task_cancel", "cancel-audit-task", ["--task-id", "a1b2c3d4e5f60718293a4b5c6d7e8f90"], ok({})),
 C("audit_tasks_list", "list-audit-tasks", ["--start-time", "2020-11-19", "--end-time", "1605866400", "--task-type", "ON_DEMAND_AUDIT_TASK", "--task-status", "COMPLETED"],
   [{"status": 200, "body": {"tasks": [{"taskId": "t1", "taskStatus": "COMPLETED", "taskType": "ON_DEMAND_AUDIT_TASK"}], "nextToken": "n2"}},
    {"status": 200, "body": {"tasks": [{"taskId": "t2", "taskStatus": "COMPLETED", "taskType": "ON_DEMAND_AUDIT_TASK"}]}}]),
 C("audit_tasks_list_missing_end", "list-audit-tasks", ["--start-time", "2020-11-19"]),
 C("audit_findings_by_task", "list-audit-findings", ["--task-id", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "--check-name", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "--list-suppressed-findings"],
   ok({"findings": [FINDING]})),
 C("audit_findings_by_resource_and_time", "list-audit-findings",
   ["--resource-identifier", "deviceCertificateId=" + CERT, "--start-time", "2020-11-19T00:00:00Z", "--end-time", "1605866400", "--max-items", "1"],
   [{"status": 200, "body": {"findings": [FINDING, dict(FINDING, findingId="f-0002")], "nextToken": "n2"}}]),
 C("audit_findings_policy_resource", "list-audit-findings",
   ["--resource-identifier", "policyVersionIdentifier={policyName=p,policyVersionId=1}"], ok({"findings": []})),
 C("audit_finding_describe", "describe-audit-finding", ["--finding-id", "f-0001"], ok({"finding": FINDING})),
 C("audit_finding_not_found", "describe-audit-finding", ["--finding-id", "f-9"],
   [{"status": 404, "body": {"message": "Finding f-9 not found"}, "headers": NOT_FOUND}]),
 C("suppression_create", "create-audit-suppression",
   ["--check-name", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "--resource-identifier", "deviceCertificateId=" + CERT,
    "--expiration-date", "2021-01-01T00:00:00Z", "--description", "lab devices", "--client-request-token", "tok-s1"], ok({})),
 C("suppression_create_indefinitely_generated_token", "create-audit-suppression",
   ["--check-name", "LOGGING_DISABLED_CHECK", "--resource-identifier", "account=123456789012", "--suppress-indefinitely"], ok({})),
 C("suppression_describe", "describe-audit-suppression",
   ["--check-name", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "--resource-identifier", '{"deviceCertificateId": "' + CERT + '"}'], ok(SUPPRESSION)),
 C("suppression_list", "list-audit-suppressions", ["--check-name", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "--ascending-order"],
   [{"status": 200, "body": {"suppressions": [SUPPRESSION], "nextToken": "n2"}},
    {"status": 200, "body": {"suppressions": [dict(SUPPRESSION, suppressIndefinitely=True, expirationDate=None)]}}]),
 C("suppression_update", "update-audit-suppression",
   ["--check-name", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "--resource-identifier", "deviceCertificateId=" + CERT, "--no-suppress-indefinitely",
    "--expiration-date", "1612137600"], ok({})),
 C("suppression_delete", "delete-audit-suppression",
   ["--check-name", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "--resource-identifier", "deviceCertificateId=" + CERT], ok({})),
 C("suppression_delete_missing_resource", "delete-audit-suppression", ["--check-name", "DEVICE_CERTIFICATE_EXPIRING_CHECK"]),
 C("violations_active", "list-active-violations", ["--security-profile-name", "smart-lights", "--thing-name", "lamp-17", "--list-suppressed-alerts", "--verification-state", "UNKNOWN"],
   ok({"activeViolations": [VIOLATION]})),
 C("violations_active_pages", "list-active-violations", ["--behavior-criteria-type", "STATIC"],
   [{"status": 200, "body": {"activeViolations": [VIOLATION], "nextToken": "n2"}},
    {"status": 200, "body": {"activeViolations": [dict(VIOLATION, violationId="9a8b7c6d-0002")]}}]),
 C("violation_events", "list-violation-events", ["--start-time", "2020-11-19T10:00:00Z", "--end-time", "2020-11-20", "--security-profile-name", "smart-lights"],
   ok({"violationEvents": [EVENT, dict(EVENT, violationEventType="alarm-cleared", metricValue=None)]})),
 C("violation_events_missing_start", "list-violation-events", ["--end-time", "2020-11-20"]),
]
CASES += AUDIT
for _c in list(AUDIT):
    if _c["responses"] and _c["responses"][0]["status"] == 200:
        for _fmt in ["text", "table", "yaml"]:
            _d = dict(_c)
            _d["name"] = f"{_c['name']}__{_fmt}"
            _d["args"] = list(_c["args"]) + ["--output", _fmt]
            CASES.append(_d)


# Detect and the rest of Device Defender: scheduled audits, related resources, security profiles
# and their targets, dimensions, custom metrics, verification states, ML training summaries.
import base64 as _b64
import json as _json

ACCOUNT = "123456789012"
IOT = f"arn:aws:iot:us-east-1:{ACCOUNT}:"
SNS_ALERTS = f"arn:aws:sns:us-east-1:{ACCOUNT}:SecurityProfileAlerts"
ALERT_ROLE = f"arn:aws:iam::{ACCOUNT}:role/DeviceDefenderAlertRole"
EXPORT_ROLE = f"arn:aws:iam::{ACCOUNT}:role/DeviceDefenderMetricsExportRole"
LIGHTS_GROUP = IOT + "thinggroup/smart-lights"
ALL_THINGS = IOT + "all/things"


def service_error(status, kind, message, **extra):
    """A service error as AWS IoT sends it: the type in x-amzn-ErrorType, the message in the body."""
    return [{"status": status, "body": dict(message=message, **extra),
             "headers": {"x-amzn-ErrorType": kind + ":http://internal.amazon.com/coral/com.amazonaws.iot/"}}]


def resume(next_token, skip, input_token="nextToken"):
    """The --starting-token the AWS CLI prints when --max-items stops `skip` items into a page."""
    return _b64.b64encode(_json.dumps({input_token: next_token, "boto_truncate_amount": skip}).encode()).decode()


def pages(key, items, per_page):
    """A listing answered over several pages of `per_page` items, chained by nextToken."""
    out = []
    for i in range(0, len(items), per_page):
        body = {key: items[i:i + per_page]}
        if i + per_page < len(items):
            body["nextToken"] = f"page-{i // per_page + 2}"
        out.append({"status": 200, "body": body})
    return out


SCHEDULED = {"frequency": "WEEKLY", "dayOfWeek": "MON",
             "targetCheckNames": ["LOGGING_DISABLED_CHECK", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK"],
             "scheduledAuditName": "weekly-cert-audit", "scheduledAuditArn": IOT + "scheduledaudit/weekly-cert-audit"}
SCHEDULED_LIST = [
    {"scheduledAuditName": "weekly-cert-audit", "scheduledAuditArn": IOT + "scheduledaudit/weekly-cert-audit", "frequency": "WEEKLY", "dayOfWeek": "MON"},
    {"scheduledAuditName": "daily-logging", "scheduledAuditArn": IOT + "scheduledaudit/daily-logging", "frequency": "DAILY"},
    {"scheduledAuditName": "month-end", "scheduledAuditArn": IOT + "scheduledaudit/month-end", "frequency": "MONTHLY", "dayOfMonth": "LAST"},
    {"scheduledAuditName": "fortnightly", "scheduledAuditArn": IOT + "scheduledaudit/fortnightly", "frequency": "BIWEEKLY", "dayOfWeek": "FRI"},
]
RELATED = [
    {"resourceType": "DEVICE_CERTIFICATE", "resourceIdentifier": {"deviceCertificateId": CERT, "deviceCertificateArn": IOT + "cert/" + CERT},
     "additionalInfo": {"CERTIFICATE_EXPIRATION_TIME": "1609459200"}},
    {"resourceType": "CA_CERTIFICATE", "resourceIdentifier": {"caCertificateId": "0c1d2e3f" * 8}},
    {"resourceType": "IOT_POLICY", "resourceIdentifier": {"policyVersionIdentifier": {"policyName": "LampPolicy", "policyVersionId": "3"}},
     "additionalInfo": {"POLICY_DOCUMENT": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:*\",\"Resource\":\"*\"}]}"}},
    {"resourceType": "CLIENT_ID", "resourceIdentifier": {"clientId": "lamp-17"}},
    {"resourceType": "ISSUER_CERTIFICATE", "resourceIdentifier": {"issuerCertificateIdentifier": {
        "issuerCertificateSubject": "CN=Lamp Fleet Issuing CA,O=Example Corp", "issuerId": "5a6b7c8d", "issuerCertificateSerialNumber": "0a:1b:2c:3d"}}},
]

# Behaviors as the service returns them: every criteria kind and every MetricValue member.
BEHAVIORS = [
    {"name": "num-messages-sent", "metric": "aws:num-messages-sent",
     "criteria": {"comparisonOperator": "greater-than", "value": {"count": 100}, "durationSeconds": 300,
                  "consecutiveDatapointsToAlarm": 2, "consecutiveDatapointsToClear": 2},
     "suppressAlerts": False, "exportMetric": True},
    {"name": "auth-failures-p90", "metric": "aws:num-authorization-failures",
     "criteria": {"comparisonOperator": "greater-than-equals", "durationSeconds": 900, "statisticalThreshold": {"statistic": "p90"}}},
    {"name": "source-ip", "metric": "aws:source-ip-address",
     "criteria": {"comparisonOperator": "not-in-cidr-set", "value": {"cidrs": ["10.0.0.0/8", "192.168.0.0/16", "2001:db8::/32"]}}},
    {"name": "listening-ports", "metric": "aws:listening-tcp-ports",
     "criteria": {"comparisonOperator": "in-port-set", "value": {"ports": [443, 8883]}}},
    {"name": "message-size-ml", "metric": "aws:message-byte-size", "criteria": {"mlDetectionConfig": {"confidenceLevel": "HIGH"}},
     "suppressAlerts": True},
    {"name": "auth-topic-messages", "metric": "aws:num-messages-received",
     "metricDimension": {"dimensionName": "TopicFilterForAuthMessages", "operator": "NOT_IN"},
     "criteria": {"comparisonOperator": "less-than", "value": {"count": 5}, "durationSeconds": 600}},
    {"name": "battery-low", "metric": "iot:Custom.battery-level",
     "criteria": {"comparisonOperator": "less-than-equals", "value": {"number": 12.5}, "consecutiveDatapointsToAlarm": 1}},
    {"name": "temperatures", "metric": "iot:Custom.temperatures",
     "criteria": {"comparisonOperator": "in-set", "value": {"numbers": [20.0, 21.5, 23.25]}}},
    {"name": "firmware", "metric": "iot:Custom.firmware-versions",
     "criteria": {"comparisonOperator": "not-in-set", "value": {"strings": ["1.0.2", "1.1.0"]}}},
]
ALERT_TARGETS = {"SNS": {"alertTargetArn": SNS_ALERTS, "roleArn": ALERT_ROLE}}
RETAIN_V2 = [{"metric": "aws:num-authorization-failures",
              "metricDimension": {"dimensionName": "TopicFilterForAuthMessages", "operator": "IN"}, "exportMetric": True},
             {"metric": "aws:all-bytes-out"}]
EXPORT = {"mqttTopic": "$aws/rules/DeviceDefenderExport", "roleArn": EXPORT_ROLE}
PROFILE = {"securityProfileName": "smart-lights", "securityProfileArn": IOT + "securityprofile/smart-lights",
           "securityProfileDescription": "Detect anomalous smart light behaviour", "behaviors": BEHAVIORS,
           "alertTargets": ALERT_TARGETS, "additionalMetricsToRetain": ["aws:num-connection-attempts"],
           "additionalMetricsToRetainV2": RETAIN_V2, "version": 3,
           "creationDate": 1605780000.125, "lastModifiedDate": 1605866400.5, "metricsExportConfig": EXPORT}
PROFILE_CREATED = ok({"securityProfileName": "smart-lights", "securityProfileArn": IOT + "securityprofile/smart-lights"})
PROFILE_IDS = [{"name": n, "arn": IOT + "securityprofile/" + n} for n in ["smart-lights", "thermostats", "door-locks", "cameras", "gateways"]]
TARGETS = [{"arn": LIGHTS_GROUP}, {"arn": IOT + "thinggroup/lobby"}, {"arn": ALL_THINGS}]
MAPPINGS = [{"securityProfileIdentifier": PROFILE_IDS[i], "target": {"arn": t}}
            for i, t in [(0, LIGHTS_GROUP), (1, IOT + "thinggroup/building-1"), (2, IOT + "all/registered-things")]]
DIMENSION = {"name": "TopicFilterForAuthMessages", "arn": IOT + "dimension/TopicFilterForAuthMessages", "type": "TOPIC_FILTER",
             "stringValues": ["device/+/auth", "device/+/telemetry"], "creationDate": 1605780000.125, "lastModifiedDate": 1605866400}
DIMENSION_NAMES = ["TopicFilterForAuthMessages", "TopicFilterForCommands", "TopicFilterForShadow", "TopicFilterForOta"]
CUSTOM_METRIC = {"metricName": "battery-level", "metricArn": IOT + "custommetric/battery-level", "metricType": "number",
                 "displayName": "Battery level (%)", "creationDate": 1605780000.125, "lastModifiedDate": 1605866400.75}
METRIC_NAMES = ["battery-level", "temperatures", "firmware-versions", "peer-addresses", "signal-strength"]
TRAINING = [
    {"securityProfileName": "smart-lights", "behaviorName": "message-size-ml", "trainingDataCollectionStartDate": 1605780000.125,
     "modelStatus": "ACTIVE", "datapointsCollectionPercentage": 100.0, "lastModelRefreshDate": 1606384800.5},
    {"securityProfileName": "smart-lights", "behaviorName": "num-messages-ml", "trainingDataCollectionStartDate": 1606384800,
     "modelStatus": "PENDING_BUILD", "datapointsCollectionPercentage": 29.408},
    {"securityProfileName": "thermostats", "behaviorName": "connection-attempts-ml", "trainingDataCollectionStartDate": 1604000000.25,
     "modelStatus": "EXPIRED", "datapointsCollectionPercentage": 0.0, "lastModelRefreshDate": 1604600000},
]

# Shorthand for one behavior of each criteria kind.
SH_COUNT = ("name=num-messages-sent,metric=aws:num-messages-sent,criteria={comparisonOperator=greater-than,value={count=100},"
            "durationSeconds=300,consecutiveDatapointsToAlarm=2,consecutiveDatapointsToClear=2},exportMetric=true")
SH_CIDRS = ("name=source-ip,metric=aws:source-ip-address,criteria={comparisonOperator=not-in-cidr-set,"
            "value={cidrs=[10.0.0.0/8,192.168.0.0/16]}},suppressAlerts=false")
SH_PORTS = "name=listening-ports,metric=aws:listening-tcp-ports,criteria={comparisonOperator=in-port-set,value={ports=[443,8883]}}"
SH_NUMBER = "name=battery-low,metric=iot:Custom.battery-level,criteria={comparisonOperator=less-than-equals,value={number=12.5},consecutiveDatapointsToAlarm=1}"
SH_NUMBERS = "name=temperatures,metric=iot:Custom.temperatures,criteria={comparisonOperator=in-set,value={numbers=[20,21.5,23.25]}}"
SH_STRINGS = "name=firmware,metric=iot:Custom.firmware-versions,criteria={comparisonOperator=not-in-set,value={strings=[1.0.2,1.1.0]}}"
SH_STAT = "name=auth-failures-p90,metric=aws:num-authorization-failures,criteria={comparisonOperator=greater-than-equals,durationSeconds=900,statisticalThreshold={statistic=p90}}"
SH_ML = "name=message-size-ml,metric=aws:message-byte-size,criteria={mlDetectionConfig={confidenceLevel=HIGH}},suppressAlerts=true"
SH_DIM = ("name=auth-topic-messages,metric=aws:num-messages-received,metricDimension={dimensionName=TopicFilterForAuthMessages,operator=NOT_IN},"
          "criteria={comparisonOperator=less-than,value={count=5},durationSeconds=600}")
SH_ALERTS = f"SNS={{alertTargetArn={SNS_ALERTS},roleArn={ALERT_ROLE}}}"
SP = ["--security-profile-name", "smart-lights"]

DETECT = [
 # scheduled audits
 C("scheduled_audit_create_weekly_shorthand_tags", "create-scheduled-audit",
   ["--scheduled-audit-name", "weekly-cert-audit", "--frequency", "WEEKLY", "--day-of-week", "MON",
    "--target-check-names", "LOGGING_DISABLED_CHECK", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "--tags", "Key=env,Value=prod", "Key=owner,Value=sec ops"],
   ok({"scheduledAuditArn": IOT + "scheduledaudit/weekly-cert-audit"})),
 C("scheduled_audit_create_monthly_last_day_json", "create-scheduled-audit",
   ["--scheduled-audit-name", "month-end", "--frequency", "MONTHLY", "--day-of-month", "LAST",
    "--target-check-names", '["CA_CERTIFICATE_EXPIRING_CHECK", "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK"]', "--tags", '[{"Key": "env", "Value": "lab"}]'],
   ok({"scheduledAuditArn": IOT + "scheduledaudit/month-end"})),
 C("scheduled_audit_create_cli_input_yaml", "create-scheduled-audit", ["--cli-input-yaml", "file://audit.yaml"],
   ok({"scheduledAuditArn": IOT + "scheduledaudit/fortnightly"}),
   files={"audit.yaml": "scheduledAuditName: fortnightly\nfrequency: BIWEEKLY\ndayOfWeek: FRI\ntargetCheckNames:\n- LOGGING_DISABLED_CHECK\n"
                        "- IOT_POLICY_OVERLY_PERMISSIVE_CHECK\ntags:\n- Key: env\n  Value: prod\n"}),
 C("scheduled_audit_create_already_exists", "create-scheduled-audit",
   ["--scheduled-audit-name", "weekly-cert-audit", "--frequency", "DAILY", "--target-check-names", "LOGGING_DISABLED_CHECK"],
   service_error(409, "ResourceAlreadyExistsException", "Scheduled audit weekly-cert-audit already exists",
                 resourceId="weekly-cert-audit", resourceArn=IOT + "scheduledaudit/weekly-cert-audit")),
 C("scheduled_audit_create_day_rejected_by_service", "create-scheduled-audit",
   ["--scheduled-audit-name", "daily-logging", "--frequency", "DAILY", "--day-of-week", "MON", "--target-check-names", "LOGGING_DISABLED_CHECK"],
   service_error(400, "InvalidRequestException", "dayOfWeek is not allowed when frequency is DAILY")),
 C("scheduled_audit_create_missing_frequency", "create-scheduled-audit",
   ["--scheduled-audit-name", "weekly-cert-audit", "--target-check-names", "LOGGING_DISABLED_CHECK"]),
 C("scheduled_audit_describe", "describe-scheduled-audit", ["--scheduled-audit-name", "weekly-cert-audit"], ok(SCHEDULED)),
 C("scheduled_audit_describe_not_found", "describe-scheduled-audit", ["--scheduled-audit-name", "ghost"],
   service_error(404, "ResourceNotFoundException", "Can't find scheduled audit with name ghost")),
 C("scheduled_audit_list_two_pages", "list-scheduled-audits", [], pages("scheduledAudits", SCHEDULED_LIST, 2)),
 C("scheduled_audit_list_max_items_prints_next_token", "list-scheduled-audits", ["--max-items", "3"], pages("scheduledAudits", SCHEDULED_LIST, 2)),
 C("scheduled_audit_list_starting_token", "list-scheduled-audits", ["--starting-token", resume("page-2", 1)],
   [{"status": 200, "body": {"scheduledAudits": SCHEDULED_LIST[2:]}}]),
 C("scheduled_audit_update_to_daily", "update-scheduled-audit",
   ["--scheduled-audit-name", "weekly-cert-audit", "--frequency", "DAILY", "--target-check-names", "LOGGING_DISABLED_CHECK", "CA_CERTIFICATE_KEY_QUALITY_CHECK"],
   ok({"scheduledAuditArn": IOT + "scheduledaudit/weekly-cert-audit"})),
 C("scheduled_audit_update_cli_input_json_flag_wins", "update-scheduled-audit",
   ["--cli-input-json", '{"scheduledAuditName": "weekly-cert-audit", "frequency": "WEEKLY", "dayOfWeek": "SUN"}', "--day-of-week", "SAT"],
   ok({"scheduledAuditArn": IOT + "scheduledaudit/weekly-cert-audit"})),
 C("scheduled_audit_update_not_found", "update-scheduled-audit", ["--scheduled-audit-name", "ghost", "--day-of-month", "15"],
   service_error(404, "ResourceNotFoundException", "Can't find scheduled audit with name ghost")),
 C("scheduled_audit_delete", "delete-scheduled-audit", ["--scheduled-audit-name", "weekly-cert-audit"], ok({})),
 C("scheduled_audit_delete_empty_name", "delete-scheduled-audit", ["--scheduled-audit-name", ""]),
 # related resources of a finding
 C("related_resources_every_identifier", "list-related-resources-for-audit-finding", ["--finding-id", "f-0001"],
   ok({"relatedResources": RELATED})),
 C("related_resources_page_size_two_pages", "list-related-resources-for-audit-finding", ["--finding-id", "f-0001", "--page-size", "3"],
   pages("relatedResources", RELATED, 3)),
 C("related_resources_not_found", "list-related-resources-for-audit-finding", ["--finding-id", "f-9"],
   service_error(404, "ResourceNotFoundException", "Finding f-9 not found")),
 C("related_resources_missing_finding_id", "list-related-resources-for-audit-finding", []),
 # security profiles: create
 C("security_profile_create_shorthand_count_and_cidrs", "create-security-profile",
   SP + ["--security-profile-description", "Detect anomalous smart light behaviour", "--behaviors", SH_COUNT, SH_CIDRS,
         "--alert-targets", SH_ALERTS, "--tags", "Key=env,Value=prod"], PROFILE_CREATED),
 C("security_profile_create_shorthand_ports_number_numbers_strings", "create-security-profile",
   SP + ["--behaviors", SH_PORTS, SH_NUMBER, SH_NUMBERS, SH_STRINGS], PROFILE_CREATED),
 C("security_profile_create_shorthand_statistical_ml_dimension", "create-security-profile",
   SP + ["--behaviors", SH_STAT, SH_ML, SH_DIM], PROFILE_CREATED),
 C("security_profile_create_shorthand_retain_v2_and_export", "create-security-profile",
   SP + ["--additional-metrics-to-retain-v2",
         "metric=aws:num-authorization-failures,metricDimension={dimensionName=TopicFilterForAuthMessages,operator=IN},exportMetric=true",
         "metric=aws:all-bytes-out",
         "--metrics-export-config", f"mqttTopic=$aws/rules/DeviceDefenderExport,roleArn={EXPORT_ROLE}",
         "--additional-metrics-to-retain", "aws:num-connection-attempts", "aws:num-disconnects"], PROFILE_CREATED),
 C("security_profile_create_json_every_member", "create-security-profile",
   SP + ["--security-profile-description", "JSON everywhere", "--behaviors", _json.dumps(BEHAVIORS),
         "--alert-targets", _json.dumps(ALERT_TARGETS), "--additional-metrics-to-retain-v2", _json.dumps(RETAIN_V2),
         "--metrics-export-config", _json.dumps(EXPORT), "--tags", '[{"Key": "env", "Value": "prod"}, {"Key": "team"}]'], PROFILE_CREATED),
 C("security_profile_create_from_files", "create-security-profile",
   SP + ["--behaviors", "file://behaviors.json", "--alert-targets", "file://targets.json"], PROFILE_CREATED,
   files={"behaviors.json": _json.dumps(BEHAVIORS[:3], indent=2), "targets.json": _json.dumps(ALERT_TARGETS)}),
 C("security_profile_create_cli_input_json", "create-security-profile", ["--cli-input-json", "file://profile.json"], PROFILE_CREATED,
   files={"profile.json": _json.dumps({k: PROFILE[k] for k in ["securityProfileName", "securityProfileDescription", "behaviors",
                                                                "alertTargets", "additionalMetricsToRetainV2", "metricsExportConfig"]})}),
 C("security_profile_create_cli_input_yaml", "create-security-profile", ["--cli-input-yaml", "file://profile.yaml"], PROFILE_CREATED,
   files={"profile.yaml": "securityProfileName: smart-lights\nbehaviors:\n- name: battery-low\n  metric: iot:Custom.battery-level\n"
                          "  criteria:\n    comparisonOperator: less-than\n    value:\n      number: 12.5\n    consecutiveDatapointsToAlarm: 3\n"
                          "- name: temperatures\n  metric: iot:Custom.temperatures\n  criteria:\n    comparisonOperator: in-set\n"
                          "    value:\n      numbers: [20.0, 21.5]\n  suppressAlerts: false\n"
                          "alertTargets:\n  SNS:\n    alertTargetArn: " + SNS_ALERTS + "\n    roleArn: " + ALERT_ROLE + "\n"
                          "tags:\n- Key: env\n  Value: lab\n"}),
 C("security_profile_create_already_exists", "create-security-profile", SP + ["--behaviors", SH_COUNT],
   service_error(409, "ResourceAlreadyExistsException", "Security profile smart-lights already exists",
                 resourceId="smart-lights", resourceArn=IOT + "securityprofile/smart-lights")),
 C("security_profile_create_missing_name", "create-security-profile", ["--behaviors", SH_COUNT]),
 C("security_profile_create_behavior_without_name", "create-security-profile", SP + ["--behaviors", "metric=aws:num-messages-sent"]),
 C("security_profile_create_unknown_criteria_key", "create-security-profile",
   SP + ["--behaviors", "name=b,metric=aws:num-messages-sent,criteria={comparisonOperator=greater-than,valu={count=1}}"]),
 C("security_profile_create_alert_target_without_role", "create-security-profile",
   SP + ["--alert-targets", f"SNS={{alertTargetArn={SNS_ALERTS},role={ALERT_ROLE}}}"]),
 C("security_profile_create_datapoints_below_min", "create-security-profile",
   SP + ["--behaviors", "name=b,metric=aws:num-messages-sent,criteria={comparisonOperator=greater-than,value={count=1},consecutiveDatapointsToAlarm=0}"]),
 C("security_profile_create_count_negative", "create-security-profile",
   SP + ["--behaviors", "name=b,metric=aws:num-messages-sent,criteria={comparisonOperator=greater-than,value={count=-1}}"]),
 C("security_profile_create_duration_not_a_number", "create-security-profile",
   SP + ["--behaviors", "name=b,metric=aws:num-messages-sent,criteria={comparisonOperator=greater-than,durationSeconds=five}"]),
 C("security_profile_create_suppress_alerts_not_a_boolean", "create-security-profile",
   SP + ["--behaviors", "name=b,metric=aws:num-messages-sent,suppressAlerts=maybe"]),
 C("security_profile_create_ports_as_json_strings", "create-security-profile",
   SP + ["--behaviors", '[{"name": "p", "metric": "aws:listening-tcp-ports", "criteria": {"comparisonOperator": "in-port-set", "value": {"ports": ["443"]}}}]']),
 C("security_profile_create_ml_without_confidence", "create-security-profile",
   SP + ["--behaviors", '[{"name": "m", "metric": "aws:message-byte-size", "criteria": {"mlDetectionConfig": {}}}]']),
 C("security_profile_create_shorthand_unclosed_brace", "create-security-profile",
   SP + ["--behaviors", "name=b,criteria={comparisonOperator=greater-than"]),
 C("security_profile_create_behaviors_bad_json", "create-security-profile", SP + ["--behaviors", '[{"name": "b",}]']),
 # security profiles: describe, list, update, delete, validate
 C("security_profile_describe_every_member", "describe-security-profile", SP, ok(dict(PROFILE, undocumentedMember="dropped"))),
 C("security_profile_describe_wire_timestamps", "describe-security-profile", SP, ok(PROFILE), ts="wire"),
 C("security_profile_describe_not_found", "describe-security-profile", ["--security-profile-name", "ghost"],
   service_error(404, "ResourceNotFoundException", "Can't find security profile with name ghost")),
 C("security_profile_describe_query_filter_behaviors", "describe-security-profile",
   SP + ["--query", "behaviors[?criteria.comparisonOperator=='greater-than' || criteria.mlDetectionConfig].name"], ok(PROFILE)),
 C("security_profile_describe_query_alert_and_values", "describe-security-profile",
   SP + ["--query", "{sns: alertTargets.SNS.alertTargetArn, values: behaviors[].criteria.value, version: version}"], ok(PROFILE)),
 C("security_profile_list_three_pages", "list-security-profiles", [], pages("securityProfileIdentifiers", PROFILE_IDS, 2)),
 C("security_profile_list_by_dimension", "list-security-profiles", ["--dimension-name", "TopicFilterForAuthMessages"],
   ok({"securityProfileIdentifiers": PROFILE_IDS[:1]})),
 C("security_profile_list_by_custom_metric_empty", "list-security-profiles", ["--metric-name", "battery-level"],
   ok({"securityProfileIdentifiers": []})),
 C("security_profile_list_max_items_cuts_a_page", "list-security-profiles", ["--max-items", "3", "--page-size", "2"],
   pages("securityProfileIdentifiers", PROFILE_IDS, 2)),
 C("security_profile_update_behaviors_expected_version", "update-security-profile",
   SP + ["--behaviors", SH_COUNT, SH_ML, "--alert-targets", SH_ALERTS, "--expected-version", "3"],
   ok(dict(PROFILE, behaviors=[BEHAVIORS[0], BEHAVIORS[4]], version=4, lastModifiedDate=1605952800.25))),
 C("security_profile_update_delete_flags", "update-security-profile",
   SP + ["--delete-behaviors", "--delete-alert-targets", "--delete-additional-metrics-to-retain", "--delete-metrics-export-config"],
   ok({k: PROFILE[k] for k in ["securityProfileName", "securityProfileArn", "securityProfileDescription", "version", "creationDate", "lastModifiedDate"]})),
 C("security_profile_update_no_delete_flags_and_description", "update-security-profile",
   SP + ["--security-profile-description", "Lights, revised", "--no-delete-behaviors", "--no-delete-alert-targets",
         "--no-delete-additional-metrics-to-retain", "--no-delete-metrics-export-config"],
   ok(dict(PROFILE, securityProfileDescription="Lights, revised", version=5))),
 C("security_profile_update_cli_input_json_expected_version", "update-security-profile",
   ["--cli-input-json", '{"securityProfileName": "smart-lights", "expectedVersion": 7, "deleteBehaviors": true, "metricsExportConfig": '
    + _json.dumps(EXPORT) + "}"], ok(dict(PROFILE, behaviors=[], version=8))),
 C("security_profile_update_version_conflict", "update-security-profile", SP + ["--expected-version", "2", "--delete-alert-targets"],
   service_error(409, "VersionConflictException", "The version for security profile smart-lights was 3, expected 2")),
 C("security_profile_update_expected_version_not_a_number", "update-security-profile", SP + ["--expected-version", "three"]),
 C("security_profile_delete", "delete-security-profile", SP, ok({})),
 C("security_profile_delete_expected_version", "delete-security-profile", SP + ["--expected-version", "4"], ok({})),
 C("security_profile_delete_version_conflict", "delete-security-profile", SP + ["--expected-version", "1"],
   service_error(409, "VersionConflictException", "The version for security profile smart-lights was 4, expected 1")),
 C("security_profile_validate_valid", "validate-security-profile-behaviors", ["--behaviors", SH_COUNT, SH_STAT],
   ok({"valid": True, "validationErrors": []})),
 C("security_profile_validate_errors_json", "validate-security-profile-behaviors",
   ["--behaviors", '[{"name": "auth-failures", "metric": "aws:num-authorization-failures", "criteria": {"comparisonOperator": "in-cidr-set", "value": {"count": 3}}}]'],
   ok({"valid": False, "validationErrors": [
       {"errorMessage": "Behavior auth-failures: comparisonOperator in-cidr-set is not supported for metric aws:num-authorization-failures"},
       {"errorMessage": "Behavior auth-failures: value must set cidrs for in-cidr-set"}]})),
 C("security_profile_validate_missing_behaviors", "validate-security-profile-behaviors", []),
 # attach, detach and the two listings of attachments
 C("security_profile_attach_thing_group", "attach-security-profile", SP + ["--security-profile-target-arn", LIGHTS_GROUP], ok({})),
 C("security_profile_attach_not_found", "attach-security-profile", ["--security-profile-name", "ghost", "--security-profile-target-arn", LIGHTS_GROUP],
   service_error(404, "ResourceNotFoundException", "Can't find security profile with name ghost")),
 C("security_profile_attach_missing_target", "attach-security-profile", SP),
 C("security_profile_detach", "detach-security-profile", SP + ["--security-profile-target-arn", LIGHTS_GROUP], ok({})),
 C("security_profile_detach_not_attached", "detach-security-profile", SP + ["--security-profile-target-arn", IOT + "thinggroup/lobby"],
   service_error(404, "ResourceNotFoundException", "Security profile smart-lights is not attached to thinggroup/lobby")),
 C("security_profiles_for_target_recursive", "list-security-profiles-for-target",
   ["--security-profile-target-arn", LIGHTS_GROUP, "--recursive"], ok({"securityProfileTargetMappings": MAPPINGS})),
 C("security_profiles_for_target_no_recursive", "list-security-profiles-for-target",
   ["--security-profile-target-arn", LIGHTS_GROUP, "--no-recursive"], ok({"securityProfileTargetMappings": MAPPINGS[:1]})),
 C("security_profiles_for_target_max_items", "list-security-profiles-for-target",
   ["--security-profile-target-arn", LIGHTS_GROUP, "--max-items", "1"], pages("securityProfileTargetMappings", MAPPINGS, 2)),
 C("security_profiles_for_target_missing_arn", "list-security-profiles-for-target", ["--recursive"]),
 C("security_profile_targets_two_pages", "list-targets-for-security-profile", SP, pages("securityProfileTargets", TARGETS, 2)),
 C("security_profile_targets_page_size_max_items", "list-targets-for-security-profile", SP + ["--page-size", "1", "--max-items", "2"],
   pages("securityProfileTargets", TARGETS, 1)),
 C("security_profile_targets_not_found", "list-targets-for-security-profile", ["--security-profile-name", "ghost"],
   service_error(404, "ResourceNotFoundException", "Can't find security profile with name ghost")),
 # dimensions
 C("dimension_create_values_and_tags", "create-dimension",
   ["--name", "TopicFilterForAuthMessages", "--type", "TOPIC_FILTER", "--string-values", "device/+/auth", "device/+/telemetry",
    "--tags", "Key=env,Value=prod", "--client-request-token", "dim-token-1"],
   ok({"name": "TopicFilterForAuthMessages", "arn": IOT + "dimension/TopicFilterForAuthMessages"})),
 C("dimension_create_json_values_generated_token", "create-dimension",
   ["--name", "TopicFilterForCommands", "--type", "TOPIC_FILTER", "--string-values", '["cmd/#", "$aws/things/+/jobs/#"]'],
   ok({"name": "TopicFilterForCommands", "arn": IOT + "dimension/TopicFilterForCommands"})),
 # A comma does not split a top-level list of strings: the value is one topic filter.
 C("dimension_create_comma_stays_inside_one_value", "create-dimension",
   ["--name", "TopicFilterForShadow", "--type", "TOPIC_FILTER", "--string-values", "shadow/+/update,shadow/+/get", "--client-request-token", "dim-token-3"],
   ok({"name": "TopicFilterForShadow", "arn": IOT + "dimension/TopicFilterForShadow"})),
 C("dimension_create_cli_input_json", "create-dimension", ["--cli-input-json", "file://dimension.json"],
   ok({"name": "TopicFilterForOta", "arn": IOT + "dimension/TopicFilterForOta"}),
   files={"dimension.json": '{"name": "TopicFilterForOta", "type": "TOPIC_FILTER", "stringValues": ["$aws/things/+/streams/#"], "tags": [{"Key": "env", "Value": "prod"}]}'}),
 C("dimension_create_already_exists", "create-dimension",
   ["--name", "TopicFilterForAuthMessages", "--type", "TOPIC_FILTER", "--string-values", "device/+/auth", "--client-request-token", "dim-token-4"],
   service_error(409, "ResourceAlreadyExistsException", "Dimension TopicFilterForAuthMessages already exists",
                 resourceId="TopicFilterForAuthMessages", resourceArn=IOT + "dimension/TopicFilterForAuthMessages")),
 C("dimension_create_limit_exceeded_three_attempts", "create-dimension",
   ["--name", "TopicFilterForLogs", "--type", "TOPIC_FILTER", "--string-values", "logs/#", "--client-request-token", "dim-token-5"],
   service_error(400, "LimitExceededException", "The maximum number of dimensions has been reached") * 3),
 C("dimension_create_empty_values", "create-dimension", ["--name", "D", "--type", "TOPIC_FILTER", "--string-values", "[]"]),
 C("dimension_create_missing_type", "create-dimension", ["--name", "D", "--string-values", "device/+/auth"]),
 C("dimension_describe", "describe-dimension", ["--name", "TopicFilterForAuthMessages"], ok(DIMENSION)),
 C("dimension_describe_not_found", "describe-dimension", ["--name", "Ghost"],
   service_error(404, "ResourceNotFoundException", "The dimension Ghost does not exist")),
 C("dimension_list_two_pages", "list-dimensions", [], pages("dimensionNames", DIMENSION_NAMES, 3)),
 C("dimension_list_max_items_then_resume", "list-dimensions", ["--max-items", "2", "--starting-token", resume("page-2", 0)],
   [{"status": 200, "body": {"dimensionNames": DIMENSION_NAMES[:3], "nextToken": "page-3"}}]),
 C("dimension_update_values", "update-dimension", ["--name", "TopicFilterForAuthMessages", "--string-values", "device/+/auth", "device/+/control"],
   ok(dict(DIMENSION, stringValues=["device/+/auth", "device/+/control"], lastModifiedDate=1605952800.5))),
 C("dimension_update_missing_values", "update-dimension", ["--name", "TopicFilterForAuthMessages"]),
 C("dimension_delete", "delete-dimension", ["--name", "TopicFilterForAuthMessages"], ok({})),
 # custom metrics
 C("custom_metric_create_number_with_tags", "create-custom-metric",
   ["--metric-name", "battery-level", "--display-name", "Battery level (%)", "--metric-type", "number",
    "--tags", "Key=env,Value=prod", "--client-request-token", "cm-token-1"],
   ok({"metricName": "battery-level", "metricArn": IOT + "custommetric/battery-level"})),
 C("custom_metric_create_number_list_generated_token", "create-custom-metric", ["--metric-name", "temperatures", "--metric-type", "number-list"],
   ok({"metricName": "temperatures", "metricArn": IOT + "custommetric/temperatures"})),
 C("custom_metric_create_cli_input_yaml", "create-custom-metric", ["--cli-input-yaml", "file://metric.yaml"],
   ok({"metricName": "peer-addresses", "metricArn": IOT + "custommetric/peer-addresses"}),
   files={"metric.yaml": "metricName: peer-addresses\ndisplayName: Peer IP addresses\nmetricType: ip-address-list\nclientRequestToken: cm-token-yaml\n"}),
 C("custom_metric_create_cli_input_json_string_list", "create-custom-metric",
   ["--cli-input-json", '{"metricName": "firmware-versions", "metricType": "string-list", "tags": [{"Key": "team", "Value": "fw"}]}',
    "--display-name", "Firmware versions"],
   ok({"metricName": "firmware-versions", "metricArn": IOT + "custommetric/firmware-versions"})),
 C("custom_metric_create_already_exists", "create-custom-metric",
   ["--metric-name", "battery-level", "--metric-type", "number", "--client-request-token", "cm-token-2"],
   service_error(409, "ResourceAlreadyExistsException", "Custom metric battery-level already exists",
                 resourceId="battery-level", resourceArn=IOT + "custommetric/battery-level")),
 C("custom_metric_create_missing_type", "create-custom-metric", ["--metric-name", "battery-level"]),
 C("custom_metric_describe", "describe-custom-metric", ["--metric-name", "battery-level"], ok(CUSTOM_METRIC)),
 C("custom_metric_describe_not_found", "describe-custom-metric", ["--metric-name", "ghost"],
   service_error(404, "ResourceNotFoundException", "Custom metric ghost not found")),
 C("custom_metric_list_two_pages", "list-custom-metrics", [], pages("metricNames", METRIC_NAMES, 3)),
 C("custom_metric_list_page_size_zero", "list-custom-metrics", ["--page-size", "0"]),
 C("custom_metric_update_display_name", "update-custom-metric", ["--metric-name", "battery-level", "--display-name", "Battery %"],
   ok(dict(CUSTOM_METRIC, displayName="Battery %", lastModifiedDate=1605952800))),
 C("custom_metric_update_missing_display_name", "update-custom-metric", ["--metric-name", "battery-level"]),
 C("custom_metric_delete", "delete-custom-metric", ["--metric-name", "battery-level"], ok({})),
 # verification state of a violation
 C("verification_state_put", "put-verification-state-on-violation",
   ["--violation-id", "9a8b7c6d-0001", "--verification-state", "FALSE_POSITIVE", "--verification-state-description", "Firmware update burst"], ok({})),
 C("verification_state_put_cli_input_yaml_inline", "put-verification-state-on-violation",
   ["--cli-input-yaml", "violationId: 9a8b7c6d-0002\nverificationState: TRUE_POSITIVE\n"], ok({})),
 C("verification_state_put_invalid_request", "put-verification-state-on-violation",
   ["--violation-id", "9a8b7c6d-0003", "--verification-state", "BENIGN_POSITIVE"],
   service_error(400, "InvalidRequestException", "Violation 9a8b7c6d-0003 is not active")),
 C("verification_state_put_missing_state", "put-verification-state-on-violation", ["--violation-id", "9a8b7c6d-0001"]),
 # ML training summaries
 C("training_summaries_for_profile", "get-behavior-model-training-summaries", SP, ok({"summaries": TRAINING[:2]})),
 C("training_summaries_three_pages", "get-behavior-model-training-summaries", ["--page-size", "1"], pages("summaries", TRAINING, 1)),
 C("training_summaries_max_items", "get-behavior-model-training-summaries", ["--max-items", "2"], pages("summaries", TRAINING, 2)),
 C("training_summaries_page_size_over_the_model_max", "get-behavior-model-training-summaries", ["--page-size", "25"],
   ok({"summaries": TRAINING})),
 C("training_summaries_not_found", "get-behavior-model-training-summaries", ["--security-profile-name", "ghost"],
   service_error(404, "ResourceNotFoundException", "Can't find security profile with name ghost")),
]
CASES += DETECT

# Output formats for the shapes these commands print: nested behaviors, maps, scalar lists,
# multi-page and cut listings, queries and empty answers.
DETECT_FORMATS = {
    "scheduled_audit_describe": ["text", "table"],
    "scheduled_audit_list_two_pages": ["text", "yaml-stream"],
    "scheduled_audit_list_max_items_prints_next_token": ["text", "yaml"],
    "related_resources_every_identifier": ["text", "table"],
    "security_profile_describe_every_member": ["text", "table", "yaml", "yaml-stream"],
    "security_profile_describe_query_filter_behaviors": ["text", "table"],
    "security_profile_list_three_pages": ["text", "table", "yaml-stream"],
    "security_profile_update_behaviors_expected_version": ["table"],
    "security_profile_delete": ["text"],
    "security_profile_validate_errors_json": ["text", "table"],
    "security_profiles_for_target_recursive": ["text", "table"],
    "security_profile_targets_two_pages": ["table"],
    "dimension_describe": ["text", "table"],
    "dimension_list_two_pages": ["text", "yaml-stream"],
    "custom_metric_describe": ["text", "table", "yaml"],
    "custom_metric_list_two_pages": ["text"],
    "training_summaries_for_profile": ["text", "table", "yaml"],
    "training_summaries_max_items": ["text", "yaml-stream"],
}
_by_name = {c["name"]: c for c in CASES}
for _base, _fmts in DETECT_FORMATS.items():
    for _fmt in _fmts:
        _c = dict(_by_name[_base])
        _c["name"] = f"{_base}__{_fmt.replace('-', '_')}"
        _c["args"] = list(_c["args"]) + ["--output", _fmt]
        CASES.append(_c)


# Doubles that answers write as whole numbers print as floats; a lone word where a list of
# numbers belongs is not converted; a listing whose token repeats stops as botocore stops it.
CASES += [
 {
  "name": "sa_list_same_token_loop",
  "op": "list-scheduled-audits",
  "args": [],
  "responses": [
   {
    "status": 200,
    "body": {
     "scheduledAudits": [
      {
       "scheduledAuditName": "weekly-cert-audit",
       "scheduledAuditArn": "arn:aws:iot:us-east-1:123456789012:scheduledaudit/weekly-cert-audit",
       "frequency": "WEEKLY",
       "dayOfWeek": "MON"
      }
     ],
     "nextToken": "t1"
    }
   },
   {
    "status": 200,
    "body": {
     "scheduledAudits": [
      {
       "scheduledAuditName": "daily-logging",
       "scheduledAuditArn": "arn:aws:iot:us-east-1:123456789012:scheduledaudit/daily-logging",
       "frequency": "DAILY"
      }
     ],
     "nextToken": "t1"
    }
   }
  ]
 },
 {
  "name": "sp_describe_numbers__text",
  "op": "describe-security-profile",
  "args": [
   "--security-profile-name",
   "smart-lights",
   "--output",
   "text"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "securityProfileName": "n",
     "behaviors": [
      {
       "name": "x",
       "criteria": {
        "value": {
         "number": 1e+16,
         "numbers": [
          1e-07,
          0.30000000000000004,
          100.0,
          5,
          -0.0,
          1.5e+300,
          123456789.125
         ],
         "count": 18446744073709551615,
         "ports": [
          0,
          65535
         ]
        },
        "durationSeconds": 2147483647
       }
      }
     ],
     "version": 9223372036854775807
    }
   }
  ]
 },
 {
  "name": "sp_describe_numbers__table",
  "op": "describe-security-profile",
  "args": [
   "--security-profile-name",
   "smart-lights",
   "--output",
   "table"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "securityProfileName": "n",
     "behaviors": [
      {
       "name": "x",
       "criteria": {
        "value": {
         "number": 1e+16,
         "numbers": [
          1e-07,
          0.30000000000000004,
          100.0,
          5,
          -0.0,
          1.5e+300,
          123456789.125
         ],
         "count": 18446744073709551615,
         "ports": [
          0,
          65535
         ]
        },
        "durationSeconds": 2147483647
       }
      }
     ],
     "version": 9223372036854775807
    }
   }
  ]
 },
 {
  "name": "tr_percentage_int_and_tiny",
  "op": "get-behavior-model-training-summaries",
  "args": [
   "--output",
   "text"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "summaries": [
      {
       "securityProfileName": "smart-lights",
       "behaviorName": "message-size-ml",
       "trainingDataCollectionStartDate": 1605780000.125,
       "modelStatus": "ACTIVE",
       "datapointsCollectionPercentage": 100,
       "lastModelRefreshDate": 1606384800.5
      },
      {
       "securityProfileName": "smart-lights",
       "behaviorName": "num-messages-ml",
       "trainingDataCollectionStartDate": 1606384800,
       "modelStatus": "PENDING_BUILD",
       "datapointsCollectionPercentage": 1e-05
      }
     ]
    }
   }
  ]
 },
 {
  "name": "resp_percentage_whole_json",
  "op": "get-behavior-model-training-summaries",
  "args": [],
  "responses": [
   {
    "status": 200,
    "body": {
     "summaries": [
      {
       "behaviorName": "b",
       "datapointsCollectionPercentage": 100
      },
      {
       "behaviorName": "c",
       "datapointsCollectionPercentage": 0
      }
     ]
    }
   }
  ]
 },
 {
  "name": "resp_percentage_whole_yaml",
  "op": "get-behavior-model-training-summaries",
  "args": [
   "--output",
   "yaml"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "summaries": [
      {
       "behaviorName": "b",
       "datapointsCollectionPercentage": 100
      }
     ]
    }
   }
  ]
 },
 {
  "name": "resp_number_whole_json",
  "op": "describe-security-profile",
  "args": [
   "--security-profile-name",
   "smart-lights"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "securityProfileName": "n",
     "behaviors": [
      {
       "name": "x",
       "criteria": {
        "value": {
         "number": 12
        }
       }
      }
     ]
    }
   }
  ]
 },
 {
  "name": "resp_number_whole_query_text",
  "op": "describe-security-profile",
  "args": [
   "--security-profile-name",
   "smart-lights",
   "--query",
   "behaviors[0].criteria.value.number",
   "--output",
   "text"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "securityProfileName": "n",
     "behaviors": [
      {
       "name": "x",
       "criteria": {
        "value": {
         "number": 12
        }
       }
      }
     ]
    }
   }
  ]
 },
 {
  "name": "sh_numbers_scalar_for_list",
  "op": "create-security-profile",
  "args": [
   "--security-profile-name",
   "smart-lights",
   "--behaviors",
   "name=a,criteria={value={numbers=5}}"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "securityProfileName": "smart-lights",
     "securityProfileArn": "arn:aws:iot:us-east-1:123456789012:securityprofile/smart-lights"
    }
   }
  ]
 },
 {
  "name": "sh_ports_scalar_only",
  "op": "create-security-profile",
  "args": [
   "--security-profile-name",
   "smart-lights",
   "--behaviors",
   "name=a,criteria={value={ports=443}}"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "securityProfileName": "smart-lights",
     "securityProfileArn": "arn:aws:iot:us-east-1:123456789012:securityprofile/smart-lights"
    }
   }
  ]
 },
 {
  "name": "qf_whole_float_to_string",
  "op": "describe-security-profile",
  "args": [
   "--security-profile-name",
   "smart-lights",
   "--query",
   "to_string(behaviors[0].criteria.value.number)"
  ],
  "responses": [
   {
    "status": 200,
    "body": {
     "securityProfileName": "n",
     "behaviors": [
      {
       "name": "x",
       "criteria": {
        "value": {
         "number": 12
        }
       }
      }
     ]
    }
   }
  ]
 }
]


# The registry: certificates, CA certificates, things and their principals, thing groups,
# policies and their versions, role aliases, logging options and tags.
CA_ID = "0c1d2e3f" * 8
CERT_ARN = IOT + "cert/" + CERT
CA_ARN = IOT + "cacert/" + CA_ID
REGISTRY_ROLE = f"arn:aws:iam::{ACCOUNT}:role/IoTRegistrationRole"
LOGGING_ROLE = f"arn:aws:iam::{ACCOUNT}:role/IoTLoggingRole"
LAMP_ARN = IOT + "thing/lamp-17"
GROUP_ARN = IOT + "thinggroup/kitchen-lamps"
POLICY_ARN = IOT + "policy/LampPolicy"


def pem(kind, body):
    """A PEM block of `kind` whose base64 lines are made of `body`."""
    lines = [(body * 64)[i:i + 64] for i in range(0, 192, 64)] + [body[:20] + "=="]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----\n"


DEVICE_PEM = pem("CERTIFICATE", "MIIDWTCCAkGgAwIBAgIUdevice")
CA_PEM = pem("CERTIFICATE", "MIIDQTCCAimgAwIBAgITcaroot")
VERIFY_PEM = pem("CERTIFICATE", "MIIDETCCAfmgAwIBAgIUverify")
PUBLIC_KEY = pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFpub")
PRIVATE_KEY = pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEAsecretkey")
KEYS_AND_CERT = {"certificateArn": CERT_ARN, "certificateId": CERT, "certificatePem": DEVICE_PEM,
                 "keyPair": {"PublicKey": PUBLIC_KEY, "PrivateKey": PRIVATE_KEY}}
KEY_FILES = ["cert.pem", "public.key", "private.key"]
REGISTERED = ok({"certificateArn": CERT_ARN, "certificateId": CERT})
CERT_DESCRIPTION = {
    "certificateArn": CERT_ARN, "certificateId": CERT, "caCertificateId": CA_ID, "status": "ACTIVE",
    "certificatePem": DEVICE_PEM, "ownedBy": ACCOUNT, "previousOwnedBy": "210987654321",
    "creationDate": 1605866400.5, "lastModifiedDate": 1606384800, "customerVersion": 3,
    "transferData": {"transferMessage": "moving lamps to the new account", "transferDate": 1606000000,
                     "acceptDate": 1606003600.25},
    "generationId": "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
    "validity": {"notBefore": 1605830400, "notAfter": 1921190400}, "certificateMode": "DEFAULT",
}
CERT_SUMMARIES = [{"certificateArn": IOT + f"cert/{c * 64}", "certificateId": c * 64, "status": s,
                   "certificateMode": "DEFAULT", "creationDate": 1605866400 + i * 86400}
                  for i, (c, s) in enumerate(zip("abcde", ["ACTIVE", "INACTIVE", "REVOKED", "PENDING_TRANSFER", "ACTIVE"]))]
CA_DESCRIPTION = {
    "certificateDescription": {
        "certificateArn": CA_ARN, "certificateId": CA_ID, "status": "ACTIVE", "certificatePem": CA_PEM,
        "ownedBy": ACCOUNT, "creationDate": 1605780000, "autoRegistrationStatus": "ENABLE",
        "lastModifiedDate": 1605866400.75, "customerVersion": 1, "generationId": "1f2e3d4c",
        "validity": {"notBefore": 1605744000, "notAfter": 2236896000}, "certificateMode": "DEFAULT"},
    "registrationConfig": {"templateBody": '{"Resources": {}}', "roleArn": REGISTRY_ROLE},
}
THING = {"defaultClientId": "lamp-17", "thingName": "lamp-17", "thingId": "6b7c8d9e-0001-4a5b-8c9d-0e1f2a3b4c5d",
         "thingArn": LAMP_ARN, "thingTypeName": "Lamp", "attributes": {"room": "kitchen", "floor": "2", "serial": "SN-0017"},
         "version": 3, "billingGroupName": "kitchen"}
THINGS = [{"thingName": f"lamp-{i}", "thingTypeName": "Lamp", "thingArn": IOT + f"thing/lamp-{i}",
           "attributes": {"room": "kitchen" if i % 2 else "hall"}, "version": i} for i in range(1, 6)]
GROUP = {
    "thingGroupName": "low-battery", "thingGroupId": "c0ffee00-1111-2222-3333-444455556666",
    "thingGroupArn": IOT + "thinggroup/low-battery", "version": 2,
    "thingGroupProperties": {"thingGroupDescription": "Lamps whose battery is low",
                             "attributePayload": {"attributes": {"site": "paris"}, "merge": False}},
    "thingGroupMetadata": {"parentGroupName": "building-1",
                           "rootToParentThingGroups": [{"groupName": "building-1", "groupArn": IOT + "thinggroup/building-1"}],
                           "creationDate": 1605866400.125},
    "indexName": "AWS_Things", "queryString": "attributes.battery < 20", "queryVersion": "2017-09-30",
    "status": "ACTIVE",
}
GROUP_NAMES = [{"groupName": n, "groupArn": IOT + "thinggroup/" + n} for n in ["building-1", "kitchen-lamps", "hall-lamps", "quarantine"]]
POLICY_DOCUMENT = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "iot:Connect", "Resource": "arn:aws:iot:us-east-1:123456789012:client/${iot:ClientId}"}\n  ]\n}\n'
POLICY = {"policyName": "LampPolicy", "policyArn": POLICY_ARN, "policyDocument": POLICY_DOCUMENT,
          "defaultVersionId": "2", "creationDate": 1605866400, "lastModifiedDate": 1606384800.5,
          "generationId": "9f8e7d6c5b4a"}
POLICIES = [{"policyName": n, "policyArn": IOT + "policy/" + n} for n in ["LampPolicy", "SensorPolicy", "QuarantinePolicy", "AdminPolicy"]]
VERSIONS = [{"versionId": "3", "isDefaultVersion": False, "createDate": 1606384800.5},
            {"versionId": "2", "isDefaultVersion": True, "createDate": 1606000000},
            {"versionId": "1", "isDefaultVersion": False, "createDate": 1605866400}]
ROLE_ALIAS = {"roleAliasDescription": {
    "roleAlias": "LampCredentials", "roleAliasArn": IOT + "rolealias/LampCredentials",
    "roleArn": f"arn:aws:iam::{ACCOUNT}:role/LampS3Access", "owner": ACCOUNT, "credentialDurationSeconds": 3600,
    "creationDate": 1605866400, "lastModifiedDate": 1605866400.5}}
V2_LOGGING = {"roleArn": LOGGING_ROLE, "defaultLogLevel": "WARN", "disableAllLogs": False,
              "eventConfigurations": [{"eventType": "Connect", "logLevel": "DEBUG"},
                                      {"eventType": "Publish-In", "logLevel": "INFO",
                                       "logDestination": "/aws/iot/lamps"}]}
TAGS = [{"Key": "env", "Value": "prod"}, {"Key": "owner", "Value": "iot team"}, {"Key": "cost-center", "Value": "4711"},
        {"Key": "empty", "Value": ""}]
PRINCIPAL_HEADER = ["--principal", CERT_ARN]

REGISTRY = [
 # create-keys-and-certificate and the files it saves
 C("keys_and_certificate_saved_to_files", "create-keys-and-certificate",
   ["--set-as-active", "--certificate-pem-outfile", "cert.pem", "--public-key-outfile", "public.key",
    "--private-key-outfile", "private.key"], ok(KEYS_AND_CERT), outfiles=KEY_FILES),
 C("keys_and_certificate_outfile_over_existing_file_with_query", "create-keys-and-certificate",
   ["--certificate-pem-outfile", "cert.pem", "--query", "certificateId", "--output", "text"], ok(KEYS_AND_CERT),
   files={"cert.pem": "an older certificate, longer than the new one would be if it were short\n" * 40},
   outfiles=["cert.pem"]),
 C("keys_and_certificate_outfile_output_off", "create-keys-and-certificate",
   ["--no-set-as-active", "--private-key-outfile", "private.key", "--output", "off"], ok(KEYS_AND_CERT),
   outfiles=KEY_FILES),
 C("keys_and_certificate_outfile_part_missing_is_empty", "create-keys-and-certificate",
   ["--public-key-outfile", "public.key", "--certificate-pem-outfile", "cert.pem"],
   ok({"certificateArn": CERT_ARN, "certificateId": CERT, "certificatePem": DEVICE_PEM}), outfiles=["cert.pem", "public.key"]),
 C("keys_and_certificate_outfile_same_file_twice", "create-keys-and-certificate",
   ["--private-key-outfile", "both.pem", "--certificate-pem-outfile", "both.pem"], ok(KEYS_AND_CERT), outfiles=["both.pem"]),
 C("keys_and_certificate_outfile_from_paramfile", "create-keys-and-certificate",
   ["--certificate-pem-outfile", "file://name.txt", "--output", "yaml"], ok(KEYS_AND_CERT),
   files={"name.txt": "named.pem"}, outfiles=["named.pem", "name.txt"]),
 C("keys_and_certificate_outfile_not_written_on_service_error", "create-keys-and-certificate",
   ["--set-as-active", "--certificate-pem-outfile", "cert.pem"],
   service_error(503, "ServiceUnavailableException", "Service unavailable") * 3, outfiles=["cert.pem"]),
 C("keys_and_certificate_outfile_directory_missing", "create-keys-and-certificate",
   ["--certificate-pem-outfile", "no-such-dir/cert.pem"], ok(KEYS_AND_CERT), outfiles=["no-such-dir/cert.pem"],
   check_stderr=True),
 C("keys_and_certificate_outfile_checked_before_skeleton", "create-keys-and-certificate",
   ["--generate-cli-skeleton", "--public-key-outfile", "no-such-dir/public.key"], check_stderr=True),
 C("keys_and_certificate_outfile_checked_before_input_json", "create-keys-and-certificate",
   ["--cli-input-json", '{"bogus": true}', "--public-key-outfile", "no-such-dir/public.key"], check_stderr=True),
 C("keys_and_certificate_outfile_is_a_directory", "create-keys-and-certificate",
   ["--certificate-pem-outfile", ".", "--public-key-outfile", "public.key"], ok(KEYS_AND_CERT),
   outfiles=["public.key"], check_stderr=True),
 C("keys_and_certificate_outfile_paramfile_missing", "create-keys-and-certificate",
   ["--certificate-pem-outfile", "file://no-such-name.txt"], ok(KEYS_AND_CERT), check_stderr=True),
 C("keys_and_certificate_output_skeleton_writes_nothing", "create-keys-and-certificate",
   ["--generate-cli-skeleton", "output", "--certificate-pem-outfile", "cert.pem"], outfiles=["cert.pem"], check_stderr=True),
 # --query is checked with the global options, before the command's own options and files.
 C("keys_and_certificate_bad_query_before_outfile", "create-keys-and-certificate",
   ["--certificate-pem-outfile", "no-such-dir/cert.pem", "--query", "keyPair.["], check_stderr=True),
 C("keys_and_certificate_cli_input_json_with_outfile", "create-keys-and-certificate",
   ["--cli-input-json", '{"setAsActive": true}', "--private-key-outfile", "private.key"], ok(KEYS_AND_CERT),
   outfiles=["private.key"]),
 # register-certificate, register-certificate-without-ca
 C("register_certificate_from_files", "register-certificate",
   ["--certificate-pem", "file://device.pem", "--ca-certificate-pem", "file://ca.pem", "--status", "ACTIVE"], REGISTERED,
   files={"device.pem": DEVICE_PEM, "ca.pem": CA_PEM}),
 C("register_certificate_deprecated_set_as_active", "register-certificate",
   ["--certificate-pem", "file://device.pem", "--set-as-active"], REGISTERED, files={"device.pem": DEVICE_PEM}),
 C("register_certificate_already_exists", "register-certificate", ["--certificate-pem", "file://device.pem"],
   service_error(409, "ResourceAlreadyExistsException", "The certificate is already provisioned or registered",
                 resourceId=CERT, resourceArn=CERT_ARN), files={"device.pem": DEVICE_PEM}),
 C("register_certificate_missing_pem", "register-certificate", ["--status", "ACTIVE"]),
 C("register_certificate_without_ca_from_file", "register-certificate-without-ca",
   ["--certificate-pem", "file://device.pem", "--status", "INACTIVE"], REGISTERED, files={"device.pem": DEVICE_PEM}),
 C("register_certificate_without_ca_unreadable_file", "register-certificate-without-ca",
   ["--certificate-pem", "file://no-such.pem"]),
 C("register_certificate_without_ca_invalid", "register-certificate-without-ca", ["--certificate-pem", "not a certificate"],
   service_error(400, "CertificateValidationException", "Certificate is not valid")),
 # describe / list / update / delete certificates
 C("certificate_describe", "describe-certificate", ["--certificate-id", CERT], ok({"certificateDescription": CERT_DESCRIPTION})),
 C("certificate_describe_short_id", "describe-certificate", ["--certificate-id", "7f3e9c2a"]),
 C("certificate_describe_missing_id", "describe-certificate", []),
 C("certificate_describe_bad_query_before_missing_id", "describe-certificate", ["--query", "certificateDescription[."],
   check_stderr=True),
 C("certificate_describe_not_found", "describe-certificate", ["--certificate-id", "ab" * 32],
   service_error(404, "ResourceNotFoundException", "Certificate " + "ab" * 32 + " not found")),
 C("certificates_list_two_pages", "list-certificates", [],
   [{"status": 200, "body": {"certificates": CERT_SUMMARIES[:3], "nextMarker": "m2"}},
    {"status": 200, "body": {"certificates": CERT_SUMMARIES[3:]}}]),
 C("certificates_list_page_size_is_one_call", "list-certificates", ["--page-size", "2"],
   ok({"certificates": CERT_SUMMARIES[:2], "nextMarker": "m2"})),
 C("certificates_list_page_size_with_max_items", "list-certificates", ["--page-size", "2", "--max-items", "3"],
   check_stderr=True),
 C("certificates_list_page_size_zero", "list-certificates", ["--page-size", "0"]),
 C("certificates_list_marker_is_one_call", "list-certificates", ["--marker", "m2", "--ascending-order"],
   ok({"certificates": CERT_SUMMARIES[3:], "nextMarker": "m3"})),
 C("certificates_list_ascending_max_items", "list-certificates", ["--ascending-order", "--max-items", "2"],
   [{"status": 200, "body": {"certificates": CERT_SUMMARIES[:3], "nextMarker": "m2"}}]),
 C("certificates_list_starting_token", "list-certificates", ["--starting-token", resume("m2", 1, "marker")],
   [{"status": 200, "body": {"certificates": CERT_SUMMARIES[2:4], "nextMarker": "m3"}},
    {"status": 200, "body": {"certificates": CERT_SUMMARIES[4:]}}]),
 # A token of a listing that pages by nextToken: its key is sent as a parameter, which the
 # input does not have.
 C("certificates_list_starting_token_of_another_listing", "list-certificates", ["--starting-token", resume("m2", 1)],
   check_stderr=True),
 C("certificates_list_starting_token_plain_marker", "list-certificates", ["--starting-token", "m2", "--max-items", "1"],
   [{"status": 200, "body": {"certificates": CERT_SUMMARIES[2:4], "nextMarker": "m3"}}]),
 C("certificates_by_ca_list", "list-certificates-by-ca", ["--ca-certificate-id", CA_ID, "--no-ascending-order"],
   [{"status": 200, "body": {"certificates": CERT_SUMMARIES[:2], "nextMarker": "m2"}},
    {"status": 200, "body": {"certificates": CERT_SUMMARIES[2:3]}}]),
 C("certificates_by_ca_page_size", "list-certificates-by-ca", ["--ca-certificate-id", CA_ID, "--page-size", "1"],
   ok({"certificates": CERT_SUMMARIES[:1], "nextMarker": "m2"})),
 C("certificate_update_revoked", "update-certificate", ["--certificate-id", CERT, "--new-status", "REVOKED"], ok({})),
 C("certificate_update_missing_status", "update-certificate", ["--certificate-id", CERT]),
 C("certificate_update_state_error", "update-certificate", ["--certificate-id", CERT, "--new-status", "ACTIVE"],
   service_error(406, "CertificateStateException", "The certificate is revoked and cannot be activated")),
 C("certificate_delete_forced", "delete-certificate", ["--certificate-id", CERT, "--force-delete"], ok({})),
 C("certificate_delete_not_forced", "delete-certificate", ["--certificate-id", CERT, "--no-force-delete"], ok({})),
 C("certificate_delete_conflict", "delete-certificate", ["--certificate-id", CERT],
   service_error(409, "DeleteConflictException", "Certificate policies must be detached before deletion")),
 # CA certificates
 C("ca_certificate_register_everything", "register-ca-certificate",
   ["--ca-certificate", "file://ca.pem", "--verification-certificate", "file://verify.pem", "--set-as-active",
    "--allow-auto-registration", "--registration-config", "templateBody='{\"Resources\": {}}',roleArn=" + REGISTRY_ROLE,
    "--tags", "Key=env,Value=prod", "Key=team,Value=iot", "--certificate-mode", "DEFAULT"],
   ok({"certificateArn": CA_ARN, "certificateId": CA_ID}), files={"ca.pem": CA_PEM, "verify.pem": VERIFY_PEM}),
 C("ca_certificate_register_sni_only_config_file", "register-ca-certificate",
   ["--ca-certificate", "file://ca.pem", "--certificate-mode", "SNI_ONLY", "--no-set-as-active",
    "--registration-config", "file://registration.json"],
   ok({"certificateArn": CA_ARN, "certificateId": CA_ID}),
   files={"ca.pem": CA_PEM, "registration.json": '{"templateName": "LampProvisioning", "roleArn": "' + REGISTRY_ROLE + '"}'}),
 C("ca_certificate_register_bad_registration_code", "register-ca-certificate", ["--ca-certificate", "file://ca.pem"],
   service_error(410, "RegistrationCodeValidationException", "The verification certificate does not carry the registration code"),
   files={"ca.pem": CA_PEM}),
 C("ca_certificate_describe", "describe-ca-certificate", ["--certificate-id", CA_ID], ok(CA_DESCRIPTION)),
 C("ca_certificates_list_with_template", "list-ca-certificates", ["--template-name", "LampProvisioning", "--ascending-order"],
   [{"status": 200, "body": {"certificates": [dict(CERT_SUMMARIES[0], certificateMode=None)], "nextMarker": "m2"}},
    {"status": 200, "body": {"certificates": [{"certificateArn": CA_ARN, "certificateId": CA_ID, "status": "INACTIVE", "creationDate": 1605780000}]}}]),
 C("ca_certificate_update_status_and_registration", "update-ca-certificate",
   ["--certificate-id", CA_ID, "--new-status", "INACTIVE", "--new-auto-registration-status", "DISABLE",
    "--registration-config", '{"templateBody": "{}", "roleArn": "' + REGISTRY_ROLE + '"}'], ok({})),
 C("ca_certificate_update_remove_registration", "update-ca-certificate", ["--certificate-id", CA_ID, "--remove-auto-registration"], ok({})),
 C("ca_certificate_delete", "delete-ca-certificate", ["--certificate-id", CA_ID], ok({})),
 C("ca_certificate_delete_state_error", "delete-ca-certificate", ["--certificate-id", CA_ID],
   service_error(406, "CertificateStateException", "The CA certificate is active")),
 # things and their principals
 C("thing_create_attribute_shorthand", "create-thing",
   ["--thing-name", "lamp-17", "--thing-type-name", "Lamp", "--attribute-payload", "attributes={room=kitchen,floor=2},merge=true"],
   ok({"thingName": "lamp-17", "thingArn": LAMP_ARN, "thingId": THING["thingId"]})),
 C("thing_create_attribute_json_and_billing_group", "create-thing",
   ["--thing-name", "lamp-18", "--attribute-payload", '{"attributes": {"serial": "SN-0018", "firmware": "1.4.2"}}',
    "--billing-group-name", "kitchen"],
   ok({"thingName": "lamp-18", "thingArn": IOT + "thing/lamp-18", "thingId": "6b7c8d9e-0002"})),
 C("thing_create_attribute_shorthand_spaces_and_quotes", "create-thing",
   ["--thing-name", "lamp-19", "--attribute-payload", "attributes={location='Kitchen, north wall',note=\"a=b\"}"],
   ok({"thingName": "lamp-19", "thingArn": IOT + "thing/lamp-19", "thingId": "6b7c8d9e-0003"})),
 C("thing_create_already_exists", "create-thing", ["--thing-name", "lamp-17", "--thing-type-name", "Lamp"],
   service_error(409, "ResourceAlreadyExistsException", "Thing lamp-17 already exists with different tags",
                 resourceId=THING["thingId"], resourceArn=LAMP_ARN)),
 C("thing_create_missing_name", "create-thing", ["--thing-type-name", "Lamp"]),
 C("thing_describe", "describe-thing", ["--thing-name", "lamp-17"], ok(THING)),
 C("thing_describe_throttled_then_ok", "describe-thing", ["--thing-name", "lamp-17"],
   service_error(429, "ThrottlingException", "Rate exceeded") + ok(THING)),
 C("things_list_by_attribute_prefix", "list-things",
   ["--attribute-name", "room", "--attribute-value", "kit", "--use-prefix-attribute-value", "--thing-type-name", "Lamp"],
   pages("things", THINGS, 3)),
 C("things_list_page_size_pages", "list-things", ["--page-size", "2"], pages("things", THINGS, 2)),
 C("things_list_max_items", "list-things", ["--max-items", "3"], pages("things", THINGS, 2)[:2]),
 C("thing_delete_expected_version", "delete-thing", ["--thing-name", "lamp-17", "--expected-version", "3"], ok({})),
 C("thing_delete_version_conflict", "delete-thing", ["--thing-name", "lamp-17", "--expected-version", "2"],
   service_error(409, "VersionConflictException", "The version for thing lamp-17 does not match the expected version.")),
 C("thing_delete_version_not_a_number", "delete-thing", ["--thing-name", "lamp-17", "--expected-version", "two"]),
 C("thing_principal_attach", "attach-thing-principal", ["--thing-name", "lamp-17"] + PRINCIPAL_HEADER, ok({})),
 C("thing_principal_attach_exclusive", "attach-thing-principal",
   ["--thing-name", "lamp-17", "--principal", CERT_ARN, "--thing-principal-type", "EXCLUSIVE_THING"], ok({})),
 C("thing_principal_attach_cognito", "attach-thing-principal",
   ["--thing-name", "lamp-17", "--principal", "us-east-1:4a5b6c7d-0000-1111-2222-333344445555"], ok({})),
 C("thing_principal_attach_missing_principal", "attach-thing-principal", ["--thing-name", "lamp-17"]),
 C("thing_principal_detach", "detach-thing-principal", ["--thing-name", "lamp-17"] + PRINCIPAL_HEADER, ok({})),
 C("thing_principals_list_two_pages", "list-thing-principals", ["--thing-name", "lamp-17"],
   pages("principals", [CERT_ARN, IOT + "cert/" + "cd" * 32, "us-east-1:4a5b6c7d-0000-1111-2222-333344445555"], 2)),
 C("principal_things_list_two_pages", "list-principal-things", PRINCIPAL_HEADER,
   pages("things", ["lamp-17", "lamp-18", "lamp-19"], 2)),
 C("principal_things_list_page_size", "list-principal-things", PRINCIPAL_HEADER + ["--page-size", "1", "--max-items", "2"],
   pages("things", ["lamp-17", "lamp-18", "lamp-19"], 1)),
 C("principal_things_list_missing_principal", "list-principal-things", []),
 C("principal_things_list_not_found", "list-principal-things", PRINCIPAL_HEADER,
   service_error(404, "ResourceNotFoundException", "The principal is not found")),
 # thing groups
 C("thing_group_create_properties_shorthand", "create-thing-group",
   ["--thing-group-name", "kitchen-lamps", "--parent-group-name", "building-1", "--thing-group-properties",
    'thingGroupDescription="Kitchen lamps",attributePayload={attributes={site=paris,floor=2},merge=false}',
    "--tags", "Key=env,Value=prod"],
   ok({"thingGroupName": "kitchen-lamps", "thingGroupArn": GROUP_ARN, "thingGroupId": "c0ffee00-0001"})),
 C("thing_group_create_properties_json", "create-thing-group",
   ["--thing-group-name", "quarantine", "--thing-group-properties", '{"thingGroupDescription": "Isolated devices"}',
    "--tags", '[{"Key": "purpose", "Value": "mitigation"}]'],
   ok({"thingGroupName": "quarantine", "thingGroupArn": IOT + "thinggroup/quarantine", "thingGroupId": "c0ffee00-0002"})),
 C("thing_group_create_dynamic", "create-dynamic-thing-group",
   ["--thing-group-name", "low-battery", "--query-string", "attributes.battery < 20", "--index-name", "AWS_Things",
    "--query-version", "2017-09-30", "--thing-group-properties", "thingGroupDescription=Lamps whose battery is low",
    "--tags", "Key=env,Value=prod"],
   ok({k: GROUP[k] for k in ["thingGroupName", "thingGroupArn", "thingGroupId", "indexName", "queryString", "queryVersion"]})),
 C("thing_group_create_dynamic_missing_query", "create-dynamic-thing-group", ["--thing-group-name", "low-battery"]),
 C("thing_group_create_dynamic_invalid_query", "create-dynamic-thing-group",
   ["--thing-group-name", "broken", "--query-string", "attributes.battery <"],
   service_error(400, "InvalidQueryException", "Syntax error at position 20")),
 C("thing_group_describe_dynamic", "describe-thing-group", ["--thing-group-name", "low-battery"], ok(GROUP)),
 C("thing_groups_list_recursive", "list-thing-groups",
   ["--parent-group", "building-1", "--name-prefix-filter", "kitchen", "--recursive"], pages("thingGroups", GROUP_NAMES, 3)),
 C("thing_groups_list_not_recursive", "list-thing-groups", ["--no-recursive"], ok({"thingGroups": GROUP_NAMES[:1]})),
 C("thing_group_delete_expected_version", "delete-thing-group", ["--thing-group-name", "kitchen-lamps", "--expected-version", "2"], ok({})),
 C("thing_group_add_thing_override_dynamic", "add-thing-to-thing-group",
   ["--thing-group-name", "quarantine", "--thing-name", "lamp-17", "--override-dynamic-groups"], ok({})),
 C("thing_group_add_thing_by_arn", "add-thing-to-thing-group", ["--thing-group-arn", GROUP_ARN, "--thing-arn", LAMP_ARN], ok({})),
 C("thing_group_add_thing_not_found", "add-thing-to-thing-group", ["--thing-group-name", "ghost", "--thing-name", "lamp-17"],
   service_error(404, "ResourceNotFoundException", "Thing group ghost does not exist")),
 C("thing_group_remove_thing", "remove-thing-from-thing-group", ["--thing-group-name", "quarantine", "--thing-name", "lamp-17"], ok({})),
 C("thing_group_things_recursive", "list-things-in-thing-group", ["--thing-group-name", "building-1", "--recursive"],
   pages("things", ["lamp-17", "lamp-18", "lamp-19", "sensor-3"], 3)),
 C("thing_groups_for_thing", "list-thing-groups-for-thing", ["--thing-name", "lamp-17"],
   pages("thingGroups", GROUP_NAMES[:3], 2)),
 # policies and their versions
 C("policy_create_from_file_with_tags", "create-policy",
   ["--policy-name", "LampPolicy", "--policy-document", "file://policy.json", "--tags", "Key=env,Value=prod"],
   ok({"policyName": "LampPolicy", "policyArn": POLICY_ARN, "policyDocument": POLICY_DOCUMENT, "policyVersionId": "1"}),
   files={"policy.json": POLICY_DOCUMENT}),
 C("policy_create_inline_json_text", "create-policy",
   ["--policy-name", "SensorPolicy", "--policy-document", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iot:Publish", "Resource": "*"}]}'],
   ok({"policyName": "SensorPolicy", "policyArn": IOT + "policy/SensorPolicy", "policyVersionId": "1"})),
 C("policy_create_malformed", "create-policy", ["--policy-name", "Broken", "--policy-document", "{"],
   service_error(400, "MalformedPolicyException", "Policy document is malformed")),
 C("policy_create_missing_document", "create-policy", ["--policy-name", "LampPolicy"]),
 C("policy_get", "get-policy", ["--policy-name", "LampPolicy"], ok(POLICY)),
 C("policies_list_two_pages", "list-policies", ["--ascending-order"], [
     {"status": 200, "body": {"policies": POLICIES[:2], "nextMarker": "m2"}},
     {"status": 200, "body": {"policies": POLICIES[2:]}}]),
 C("policies_list_page_size_is_one_call", "list-policies", ["--page-size", "2"], ok({"policies": POLICIES[:2], "nextMarker": "m2"})),
 C("policies_list_max_items", "list-policies", ["--max-items", "3"], [
     {"status": 200, "body": {"policies": POLICIES[:2], "nextMarker": "m2"}},
     {"status": 200, "body": {"policies": POLICIES[2:], "nextMarker": "m3"}}]),
 C("policy_delete", "delete-policy", ["--policy-name", "LampPolicy"], ok({})),
 C("policy_delete_conflict", "delete-policy", ["--policy-name", "LampPolicy"],
   service_error(409, "DeleteConflictException", "The policy cannot be deleted as it has non-default versions")),
 C("policy_version_create_default", "create-policy-version",
   ["--policy-name", "LampPolicy", "--policy-document", "file://policy.json", "--set-as-default"],
   ok({"policyArn": POLICY_ARN, "policyDocument": POLICY_DOCUMENT, "policyVersionId": "3", "isDefaultVersion": True}),
   files={"policy.json": POLICY_DOCUMENT}),
 C("policy_version_create_limit", "create-policy-version",
   ["--policy-name", "LampPolicy", "--policy-document", "{}", "--no-set-as-default"],
   service_error(409, "VersionsLimitExceededException", "The policy LampPolicy already has the maximum number of versions (5)")),
 C("policy_version_get", "get-policy-version", ["--policy-name", "LampPolicy", "--policy-version-id", "2"],
   ok({"policyArn": POLICY_ARN, "policyName": "LampPolicy", "policyDocument": POLICY_DOCUMENT, "policyVersionId": "2",
       "isDefaultVersion": True, "creationDate": 1606000000, "lastModifiedDate": 1606000000.5, "generationId": "77aa"})),
 C("policy_versions_list", "list-policy-versions", ["--policy-name", "LampPolicy"], ok({"policyVersions": VERSIONS})),
 C("policy_version_set_default", "set-default-policy-version", ["--policy-name", "LampPolicy", "--policy-version-id", "3"], ok({})),
 C("policy_version_delete", "delete-policy-version", ["--policy-name", "LampPolicy", "--policy-version-id", "1"], ok({})),
 C("policy_version_delete_default", "delete-policy-version", ["--policy-name", "LampPolicy", "--policy-version-id", "2"],
   service_error(409, "DeleteConflictException", "Cannot delete the default version of a policy")),
 C("policy_attach_to_certificate", "attach-policy", ["--policy-name", "LampPolicy", "--target", CERT_ARN], ok({})),
 C("policy_attach_to_group", "attach-policy", ["--policy-name", "QuarantinePolicy", "--target", GROUP_ARN], ok({})),
 C("policy_attach_limit", "attach-policy", ["--policy-name", "LampPolicy", "--target", CERT_ARN],
   service_error(410, "LimitExceededException", "The maximum number of policies attached to the target is reached") * 3),
 C("policy_detach", "detach-policy", ["--policy-name", "LampPolicy", "--target", CERT_ARN], ok({})),
 C("attached_policies_recursive", "list-attached-policies", ["--target", GROUP_ARN, "--recursive"], [
     {"status": 200, "body": {"policies": POLICIES[:2], "nextMarker": "m2"}},
     {"status": 200, "body": {"policies": POLICIES[2:3]}}]),
 C("attached_policies_not_recursive_page_size", "list-attached-policies",
   ["--target", CERT_ARN, "--no-recursive", "--page-size", "1"], ok({"policies": POLICIES[:1], "nextMarker": "m2"})),
 C("policy_targets_two_pages", "list-targets-for-policy", ["--policy-name", "LampPolicy"],
   [{"status": 200, "body": {"targets": [CERT_ARN, GROUP_ARN], "nextMarker": "m2"}},
    {"status": 200, "body": {"targets": [IOT + "cert/" + "cd" * 32]}}]),
 C("policy_targets_page_size_zero", "list-targets-for-policy", ["--policy-name", "LampPolicy", "--page-size", "0"]),
 # role aliases
 C("role_alias_create", "create-role-alias",
   ["--role-alias", "LampCredentials", "--role-arn", f"arn:aws:iam::{ACCOUNT}:role/LampS3Access",
    "--credential-duration-seconds", "3600", "--tags", "Key=env,Value=prod"],
   ok({"roleAlias": "LampCredentials", "roleAliasArn": IOT + "rolealias/LampCredentials"})),
 C("role_alias_create_duration_too_short", "create-role-alias",
   ["--role-alias", "LampCredentials", "--role-arn", f"arn:aws:iam::{ACCOUNT}:role/LampS3Access", "--credential-duration-seconds", "600"]),
 C("role_alias_create_duration_not_a_number", "create-role-alias",
   ["--role-alias", "LampCredentials", "--role-arn", f"arn:aws:iam::{ACCOUNT}:role/LampS3Access", "--credential-duration-seconds", "1h"]),
 C("role_alias_describe", "describe-role-alias", ["--role-alias", "LampCredentials"], ok(ROLE_ALIAS)),
 C("role_aliases_list", "list-role-aliases", ["--ascending-order"],
   pages("roleAliases", ["CameraCredentials", "LampCredentials", "SensorCredentials"], 2)),
 C("role_alias_delete", "delete-role-alias", ["--role-alias", "LampCredentials"], ok({})),
 # logging
 C("v2_logging_get_verbose", "get-v2-logging-options", ["--verbose"], ok(V2_LOGGING)),
 C("v2_logging_get_not_configured", "get-v2-logging-options", [],
   service_error(404, "NotConfiguredException", "V2 logging is not configured")),
 C("v2_logging_set_shorthand", "set-v2-logging-options",
   ["--role-arn", LOGGING_ROLE, "--default-log-level", "WARN", "--no-disable-all-logs", "--event-configurations",
    "eventType=Connect,logLevel=DEBUG", "eventType=Publish-In,logLevel=INFO,logDestination=/aws/iot/lamps"],
   ok({})),
 C("v2_logging_set_disable_all", "set-v2-logging-options", ["--disable-all-logs"], ok({})),
 C("v2_logging_set_json", "set-v2-logging-options",
   ["--cli-input-json", '{"roleArn": "' + LOGGING_ROLE + '", "defaultLogLevel": "ERROR", "eventConfigurations": [{"eventType": "Subscribe", "logLevel": "DISABLED"}]}'],
   ok({})),
 C("logging_get", "get-logging-options", [], ok({"roleArn": LOGGING_ROLE, "logLevel": "ERROR"})),
 C("logging_set_shorthand", "set-logging-options", ["--logging-options-payload", f"roleArn={LOGGING_ROLE},logLevel=ERROR"], ok({})),
 C("logging_set_json", "set-logging-options",
   ["--logging-options-payload", '{"roleArn": "' + LOGGING_ROLE + '", "logLevel": "DISABLED"}'], ok({})),
 C("logging_set_missing_payload", "set-logging-options", []),
 C("logging_set_missing_role", "set-logging-options", ["--logging-options-payload", "logLevel=INFO"]),
 # tags
 C("tags_add_shorthand", "tag-resource", ["--resource-arn", GROUP_ARN, "--tags", "Key=env,Value=prod", "Key=owner,Value=iot team"], ok({})),
 C("tags_add_json", "tag-resource", ["--resource-arn", POLICY_ARN, "--tags", '[{"Key": "cost-center", "Value": "4711"}]'], ok({})),
 C("tags_add_missing_tags", "tag-resource", ["--resource-arn", POLICY_ARN]),
 C("tags_remove", "untag-resource", ["--resource-arn", GROUP_ARN, "--tag-keys", "env", "owner"], ok({})),
 C("tags_list_two_pages", "list-tags-for-resource", ["--resource-arn", GROUP_ARN], pages("tags", TAGS, 3)),
 C("tags_list_max_items", "list-tags-for-resource", ["--resource-arn", GROUP_ARN, "--max-items", "2"], pages("tags", TAGS, 3)[:1]),
 C("tags_list_has_no_page_size", "list-tags-for-resource", ["--resource-arn", GROUP_ARN, "--page-size", "2"], check_stderr=True),
 C("tags_list_next_token_is_one_call", "list-tags-for-resource", ["--resource-arn", GROUP_ARN, "--next-token", "page-2"],
   ok({"tags": TAGS[3:]})),
 C("tags_list_missing_arn", "list-tags-for-resource", []),
 # names that the path encodes, manual paging by the service's own members, empty values
 C("policy_get_name_encoded_in_path", "get-policy", ["--policy-name", "Lamp+Policy=v2,eu.west@1"],
   ok(dict(POLICY, policyName="Lamp+Policy=v2,eu.west@1"))),
 C("role_alias_describe_name_encoded_in_path", "describe-role-alias", ["--role-alias", "Lamp=Creds,eu@1"], ok(ROLE_ALIAS)),
 C("things_list_max_results_is_one_call", "list-things", ["--max-results", "2", "--no-use-prefix-attribute-value"],
   ok({"things": THINGS[:2], "nextToken": "page-2"})),
 C("things_list_max_results_with_page_size", "list-things", ["--max-results", "2", "--page-size", "3"]),
 C("policy_targets_marker_is_one_call", "list-targets-for-policy", ["--policy-name", "LampPolicy", "--marker", "m2"],
   ok({"targets": [GROUP_ARN], "nextMarker": "m3"})),
 C("policy_versions_list_has_no_max_items", "list-policy-versions", ["--policy-name", "LampPolicy", "--max-items", "1"]),
 C("thing_create_empty_attributes", "create-thing", ["--thing-name", "lamp-20", "--attribute-payload", "attributes={}"],
   ok({"thingName": "lamp-20", "thingArn": IOT + "thing/lamp-20", "thingId": "6b7c8d9e-0004"})),
 C("thing_describe_no_attributes", "describe-thing", ["--thing-name", "lamp-20"],
   ok({"thingName": "lamp-20", "thingId": "6b7c8d9e-0004", "thingArn": IOT + "thing/lamp-20", "attributes": {}, "version": 1})),
 C("v2_logging_set_nothing", "set-v2-logging-options", [], ok({})),
 C("logging_get_empty", "get-logging-options", [], ok({})),
 C("tags_add_key_only", "tag-resource", ["--resource-arn", GROUP_ARN, "--tags", "Key=quarantined"], ok({})),
 C("principal_things_no_paginate", "list-principal-things", PRINCIPAL_HEADER + ["--no-paginate"],
   ok({"things": ["lamp-17"], "nextToken": "page-2"})),
]
CASES += REGISTRY

# Output formats for the registry's answers: nested descriptions, maps of attributes, lists of
# words, multi-page and cut listings, and the command that saves files.
REGISTRY_FORMATS = {
    "keys_and_certificate_saved_to_files": ["text", "table", "yaml"],
    "certificate_describe": ["text", "table", "yaml"],
    "certificates_list_two_pages": ["text", "table", "yaml-stream"],
    "certificates_list_ascending_max_items": ["text", "yaml"],
    "ca_certificate_describe": ["text", "table"],
    "thing_describe": ["text", "table", "yaml"],
    "thing_describe_no_attributes": ["text", "table", "yaml"],
    "things_list_by_attribute_prefix": ["text", "table"],
    "thing_principals_list_two_pages": ["text", "table", "yaml-stream"],
    "principal_things_list_two_pages": ["text"],
    "thing_group_describe_dynamic": ["text", "table", "yaml"],
    "thing_groups_list_recursive": ["text", "table"],
    "policy_get": ["text", "table", "yaml"],
    "policy_versions_list": ["text", "table"],
    "policy_targets_two_pages": ["text", "table"],
    "role_alias_describe": ["text", "table"],
    "role_aliases_list": ["text", "table", "yaml-stream"],
    "v2_logging_get_verbose": ["text", "table", "yaml"],
    "logging_get": ["text", "table"],
    "logging_get_empty": ["text", "table", "yaml"],
    "tags_list_two_pages": ["text", "table", "yaml-stream"],
    "tags_list_max_items": ["text"],
}
_by_name = {c["name"]: c for c in CASES}
for _base, _fmts in REGISTRY_FORMATS.items():
    for _fmt in _fmts:
        _c = dict(_by_name[_base])
        _c["name"] = f"{_base}__{_fmt.replace('-', '_')}"
        _c["args"] = list(_c["args"]) + ["--output", _fmt]
        CASES.append(_c)
