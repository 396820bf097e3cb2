"""Cases for scripts/record-calls.py: one invocation each, with the service's canned replies."""

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
