"""Cases for scripts/record-errors.py: failures and unusual answers, one invocation each.

Each case has `args` (after `aws iot`), the service's canned `responses` (`body` is sent as JSON,
`raw` as written), and optionally `config` (the whole config file), `env` (extra variables) and
`no_creds` (no credentials in the environment).
"""

ROLE = "arn:aws:iam::123456789012:role/MitigationActionsValidRole"
ARN = "arn:aws:iot:us-east-1:123456789012:mitigationaction/"
DESCRIBE = ["describe-mitigation-action", "--action-name", "A"]
LIST = ["list-mitigation-actions"]
CREATE = ["create-mitigation-action", "--action-name", "A", "--role-arn", ROLE,
          "--action-params", "publishFindingToSnsParams={topicArn=arn:aws:sns:us-east-1:123456789012:t}"]
EXISTS = {"status": 409,
          "headers": {"x-amzn-ErrorType": "ResourceAlreadyExistsException:http://internal.amazon.com/coral/com.amazonaws.iot/"},
          "body": {"message": "Mitigation action A already exists.", "resourceId": "A", "resourceArn": ARN + "A"}}
NOT_FOUND = {"status": 404,
             "headers": {"x-amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.iot/"},
             "body": {"message": "Mitigation action A does not exist."}}
PAGING = ["list-mitigation-actions", "--no-paginate", "--max-items", "3"]
NAMED = ("[default]\nregion = us-east-1\n[profile dev]\nregion = us-east-1\ncli_error_format = json\n"
         "aws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n")


def fmt(value):
    return ["--cli-error-format", value]


def with_config(line):
    return "[default]\nregion = us-east-1\n" + line + "\n"


CASES = [
    # ---- the error formats, on a service error that carries members besides its message ----
    {"name": "exists_enhanced_by_default", "args": CREATE, "responses": [EXISTS]},
    {"name": "exists_enhanced", "args": CREATE + fmt("enhanced"), "responses": [EXISTS]},
    {"name": "exists_legacy", "args": CREATE + fmt("legacy"), "responses": [EXISTS]},
    {"name": "exists_json", "args": CREATE + fmt("json"), "responses": [EXISTS]},
    {"name": "exists_yaml", "args": CREATE + fmt("yaml"), "responses": [EXISTS]},
    {"name": "exists_text", "args": CREATE + fmt("text"), "responses": [EXISTS]},
    {"name": "exists_table", "args": CREATE + fmt("table"), "responses": [EXISTS]},
    {"name": "not_found_enhanced", "args": DESCRIBE, "responses": [NOT_FOUND]},
    {"name": "not_found_json", "args": DESCRIBE + fmt("json"), "responses": [NOT_FOUND]},
    {"name": "not_found_yaml", "args": DESCRIBE + fmt("yaml"), "responses": [NOT_FOUND]},
    {"name": "not_found_text", "args": DESCRIBE + fmt("text"), "responses": [NOT_FOUND]},
    {"name": "not_found_table", "args": DESCRIBE + fmt("table"), "responses": [NOT_FOUND]},
    # ---- where the format comes from ----
    {"name": "format_from_env", "args": CREATE, "env": {"AWS_CLI_ERROR_FORMAT": "json"}, "responses": [EXISTS]},
    {"name": "format_from_config", "args": CREATE, "config": with_config("cli_error_format = yaml"),
     "responses": [EXISTS]},
    {"name": "flag_over_env", "args": CREATE + fmt("text"), "env": {"AWS_CLI_ERROR_FORMAT": "json"},
     "responses": [EXISTS]},
    {"name": "env_over_config", "args": CREATE, "env": {"AWS_CLI_ERROR_FORMAT": "legacy"},
     "config": with_config("cli_error_format = json"), "responses": [EXISTS]},
    {"name": "env_upper_case", "args": CREATE, "env": {"AWS_CLI_ERROR_FORMAT": "JSON"}, "responses": [EXISTS]},
    {"name": "env_empty_hides_config", "args": CREATE, "env": {"AWS_CLI_ERROR_FORMAT": ""},
     "config": with_config("cli_error_format = json"), "responses": [EXISTS]},
    {"name": "env_invalid", "args": CREATE, "env": {"AWS_CLI_ERROR_FORMAT": "xml"}, "responses": [EXISTS]},
    {"name": "config_invalid", "args": CREATE, "config": with_config("cli_error_format = fancy"),
     "responses": [EXISTS]},
    {"name": "flag_invalid", "args": CREATE + fmt("xml"), "responses": []},
    {"name": "flag_upper_case", "args": CREATE + fmt("JSON"), "responses": []},
    {"name": "flag_invalid_with_env_json", "args": CREATE + fmt("xml"), "env": {"AWS_CLI_ERROR_FORMAT": "json"},
     "responses": []},
    {"name": "config_of_named_profile", "args": CREATE + ["--profile", "dev"], "config": NAMED,
     "responses": [EXISTS]},
    {"name": "config_of_other_profile", "args": CREATE, "config": NAMED, "responses": [EXISTS]},
    {"name": "profile_from_env", "args": CREATE, "env": {"AWS_PROFILE": "dev"}, "config": NAMED,
     "responses": [EXISTS]},
    # ---- which errors the formats apply to ----
    {"name": "param_validation_json", "args": PAGING + fmt("json")},
    {"name": "param_validation_yaml", "args": PAGING + fmt("yaml")},
    {"name": "param_validation_enhanced", "args": PAGING},
    {"name": "missing_argument_json", "args": ["describe-mitigation-action"] + fmt("json")},
    {"name": "unknown_option_json", "args": DESCRIBE + ["--bogus"] + fmt("json")},
    {"name": "no_region_json", "args": DESCRIBE + fmt("json"), "config": "[default]\n"},
    {"name": "no_region_enhanced", "args": DESCRIBE, "config": "[default]\n"},
    {"name": "no_region_text", "args": DESCRIBE + fmt("text"), "config": "[default]\n"},
    {"name": "no_credentials_json", "args": DESCRIBE + fmt("json"), "no_creds": True},
    {"name": "no_credentials_enhanced", "args": DESCRIBE, "no_creds": True},
    {"name": "unknown_profile_json", "args": DESCRIBE + fmt("json") + ["--profile", "nobody"]},
    {"name": "unreachable_json", "args": DESCRIBE + fmt("json"), "endpoint": "http://127.0.0.1:9"},
    # ---- unusual error answers ----
    {"name": "error_empty_body", "args": DESCRIBE, "responses": [{"status": 400, "raw": ""}]},
    {"name": "error_empty_body_json", "args": DESCRIBE + fmt("json"), "responses": [{"status": 400, "raw": ""}]},
    {"name": "error_empty_object", "args": DESCRIBE, "responses": [{"status": 404, "body": {}}]},
    {"name": "error_empty_body_with_code", "args": DESCRIBE,
     "responses": [{"status": 404, "raw": "", "headers": {"x-amzn-ErrorType": "ResourceNotFoundException"}}]},
    {"name": "error_html_4xx", "args": DESCRIBE,
     "responses": [{"status": 403, "raw": "<html><body><b>Forbidden</b></body></html>",
                    "headers": {"Content-Type": "text/html"}}]},
    {"name": "error_html_5xx", "args": DESCRIBE,
     "responses": [{"status": 503, "raw": "<html><body><b>Http/1.1 Service Unavailable</b></body></html>",
                    "headers": {"Content-Type": "text/html"}}] * 3},
    {"name": "error_html_5xx_json", "args": DESCRIBE + fmt("json"),
     "responses": [{"status": 502, "raw": "<html><body>Bad Gateway</body></html>",
                    "headers": {"Content-Type": "text/html"}}] * 3},
    {"name": "error_empty_5xx", "args": DESCRIBE, "responses": [{"status": 500, "raw": ""}] * 3},
    {"name": "error_plain_text_4xx", "args": DESCRIBE,
     "responses": [{"status": 400, "raw": "Bad things happened", "headers": {"Content-Type": "text/plain"}}]},
    {"name": "error_plain_text_4xx_json", "args": DESCRIBE + fmt("json"),
     "responses": [{"status": 400, "raw": "Bad things happened", "headers": {"Content-Type": "text/plain"}}]},
    {"name": "error_unknown_code_with_members", "args": DESCRIBE,
     "responses": [{"status": 400, "headers": {"x-amzn-ErrorType": "FancyNewException:http://internal.amazon.com/"},
                    "body": {"message": "new", "detail": "secret", "count": 3}}]},
    {"name": "error_unknown_code_with_members_json", "args": DESCRIBE + fmt("json"),
     "responses": [{"status": 400, "headers": {"x-amzn-ErrorType": "FancyNewException:http://internal.amazon.com/"},
                    "body": {"message": "new", "detail": "secret", "count": 3}}]},
    {"name": "error_code_in_body_type", "args": DESCRIBE,
     "responses": [{"status": 404, "body": {"__type": "com.amazonaws.iot#ResourceNotFoundException",
                                             "Message": "capital message"}}]},
    {"name": "error_code_in_body_code", "args": DESCRIBE,
     "responses": [{"status": 400, "body": {"code": "InvalidRequestException", "message": "bad"}}]},
    {"name": "error_header_over_body", "args": DESCRIBE,
     "responses": [{"status": 400, "headers": {"x-amzn-ErrorType": "ThrottlingException"},
                    "body": {"code": "InvalidRequestException", "message": "slow down"}}] * 3},
    {"name": "error_header_colon_only", "args": DESCRIBE,
     "responses": [{"status": 400, "headers": {"x-amzn-ErrorType": "InvalidRequestException:"},
                    "body": {"message": "bad"}}]},
    {"name": "error_header_hash_and_colon", "args": DESCRIBE,
     "responses": [{"status": 400, "headers": {"x-amzn-ErrorType": "aws.iot#InvalidRequestException:http://x/"},
                    "body": {"message": "bad"}}]},
    {"name": "error_query_error_header", "args": DESCRIBE,
     "responses": [{"status": 400, "headers": {"x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"},
                    "body": {"message": "q"}}]},
    {"name": "error_body_array", "args": DESCRIBE, "responses": [{"status": 400, "body": [1, 2]}]},
    {"name": "error_body_string", "args": DESCRIBE, "responses": [{"status": 400, "body": "oops"}]},
    {"name": "error_message_not_string", "args": DESCRIBE,
     "responses": [{"status": 400, "headers": {"x-amzn-ErrorType": "InvalidRequestException"},
                    "body": {"message": 42}}]},
    {"name": "error_exists_member_types", "args": CREATE + fmt("json"),
     "responses": [{"status": 409, "headers": {"x-amzn-ErrorType": "ResourceAlreadyExistsException"},
                    "body": {"message": "m", "resourceId": 7, "resourceArn": None, "other": "x"}}]},
    {"name": "error_conflict_resource_id", "args": DESCRIBE,
     "responses": [{"status": 409, "headers": {"x-amzn-ErrorType": "ConflictException"},
                    "body": {"message": "busy", "resourceId": "A"}}]},
    {"name": "error_exists_no_message", "args": CREATE,
     "responses": [{"status": 409, "headers": {"x-amzn-ErrorType": "ResourceAlreadyExistsException"},
                    "body": {"resourceId": "A"}}]},
    # ---- unusual successful answers ----
    {"name": "ok_not_json", "args": DESCRIBE, "responses": [{"status": 200, "raw": "hello"}]},
    {"name": "ok_html", "args": DESCRIBE,
     "responses": [{"status": 200, "raw": "<html></html>", "headers": {"Content-Type": "text/html"}}]},
    {"name": "ok_empty", "args": DESCRIBE, "responses": [{"status": 200, "raw": ""}]},
    {"name": "ok_array", "args": DESCRIBE, "responses": [{"status": 200, "body": [1, 2]}]},
    {"name": "ok_string", "args": DESCRIBE, "responses": [{"status": 200, "body": "abc"}]},
    {"name": "ok_null", "args": DESCRIBE, "responses": [{"status": 200, "raw": "null"}]},
    {"name": "ok_number", "args": DESCRIBE, "responses": [{"status": 200, "raw": "42"}]},
    {"name": "ok_message_only", "args": DESCRIBE, "responses": [{"status": 200, "body": {"message": "hi"}}]},
    {"name": "ok_name_is_number", "args": DESCRIBE, "responses": [{"status": 200, "body": {"actionName": 5}}]},
    {"name": "ok_date_is_text", "args": DESCRIBE,
     "responses": [{"status": 200, "body": {"actionName": "A", "creationDate": "yesterday"}}]},
    {"name": "ok_params_is_text", "args": DESCRIBE,
     "responses": [{"status": 200, "body": {"actionName": "A", "actionParams": "x"}}]},
    {"name": "ok_list_is_object", "args": LIST, "responses": [{"status": 200, "body": {"actionIdentifiers": {"a": 1}}}]},
    {"name": "ok_list_is_text", "args": LIST, "responses": [{"status": 200, "body": {"actionIdentifiers": "ab"}}]},
    {"name": "ok_list_items_text", "args": LIST,
     "responses": [{"status": 200, "body": {"actionIdentifiers": ["ab"]}}]},
    {"name": "ok_token_is_number", "args": LIST + ["--no-paginate"],
     "responses": [{"status": 200, "body": {"actionIdentifiers": [], "nextToken": 3}}]},
    {"name": "ok_bool_is_text", "args": ["describe-detect-mitigation-actions-task", "--task-id", "t"],
     "responses": [{"status": 200, "body": {"taskSummary": {"taskId": "t", "onlyActiveViolationsIncluded": "yes"}}}]},
    {"name": "ok_int_is_text", "args": ["describe-audit-mitigation-actions-task", "--task-id", "t"],
     "responses": [{"status": 200, "body": {"taskStatistics": {"C": {"totalFindingsCount": "many"}}}}]},
]
