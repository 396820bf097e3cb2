"""Configuration cases recorded from the AWS CLI v2 by scripts/record-config.py.

Each case: `name`; `argv` (after the program name; `iot` is dropped for iotmit); `env` (added to
a bare environment of PATH, HOME, TZ=UTC, AWS_PAGER="", AWS_EC2_METADATA_DISABLED=true; None
removes one); `files` (paths under the home directory); `responses` (the capture server's
answers, in order: `status`, `body` or `raw`, `headers`); `endpoint` (False: no --endpoint-url
is added). `{URL}` and `{HOME}` in argv, env and files are the capture server and the home
directory.
"""

KEYS = {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret"}
REGION = {"AWS_DEFAULT_REGION": "us-east-1"}
DESCRIBE = ["iot", "describe-mitigation-action", "--action-name", "x"]
FOUND = [{"status": 200, "body": {"actionName": "x", "actionId": "id-1"}}]
PROD_CREDS = "[prod]\naws_access_key_id = AKIDPROD\naws_secret_access_key = prodsecret\n"
PROD_CONFIG = "[profile prod]\nregion = eu-west-1\n"


def sts_reply(action, key="AKIDROLE", token="TOKROLE"):
    return {"status": 200, "headers": {"Content-Type": "text/xml"}, "raw": (
        f'<{action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><{action}Result>'
        f"<Credentials><AccessKeyId>{key}</AccessKeyId><SecretAccessKey>rolesecret</SecretAccessKey>"
        f"<SessionToken>{token}</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
        "<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn>"
        f"<AssumedRoleId>AROA:s</AssumedRoleId></AssumedRoleUser></{action}Result>"
        f"<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></{action}Response>")}


def case(name, env=None, files=None, argv=None, responses=None, **extra):
    c = {"name": name, "argv": argv or DESCRIBE, "env": env or {}, "files": files or {},
         "responses": FOUND if responses is None else responses}
    c.update(extra)
    return c


CASES = [
    # --- which credentials sign the request
    case("env_keys_only", {**KEYS, **REGION}),
    case("env_keys_with_session_token", {**KEYS, **REGION, "AWS_SESSION_TOKEN": "TOKENV"}),
    case("profile_flag_beats_env_keys", {**KEYS, **REGION},
         {".aws/credentials": PROD_CREDS, ".aws/config": PROD_CONFIG}, DESCRIBE + ["--profile", "prod"]),
    case("aws_profile_with_env_keys", {**KEYS, **REGION, "AWS_PROFILE": "prod"},
         {".aws/credentials": PROD_CREDS, ".aws/config": PROD_CONFIG}),
    case("aws_default_profile_with_env_keys", {**KEYS, **REGION, "AWS_DEFAULT_PROFILE": "prod"},
         {".aws/credentials": PROD_CREDS, ".aws/config": PROD_CONFIG}),
    case("aws_profile_without_env_keys", {"AWS_PROFILE": "prod"},
         {".aws/credentials": PROD_CREDS, ".aws/config": PROD_CONFIG}),
    case("aws_default_profile_without_env_keys", {"AWS_DEFAULT_PROFILE": "prod"},
         {".aws/credentials": PROD_CREDS, ".aws/config": PROD_CONFIG}),
    case("aws_profile_beats_aws_default_profile", {"AWS_PROFILE": "prod", "AWS_DEFAULT_PROFILE": "other"},
         {".aws/credentials": PROD_CREDS + "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = o\n",
          ".aws/config": PROD_CONFIG}),
    case("profile_flag_beats_aws_profile", {"AWS_PROFILE": "other", **REGION},
         {".aws/credentials": PROD_CREDS + "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = o\n"},
         DESCRIBE + ["--profile", "prod"]),
    case("profile_flag_unknown", {**KEYS, **REGION}, {}, DESCRIBE + ["--profile", "nope"]),
    case("aws_profile_unknown", {**KEYS, **REGION, "AWS_PROFILE": "nope"}),
    case("aws_default_profile_unknown", {**KEYS, **REGION, "AWS_DEFAULT_PROFILE": "nope"}),
    case("aws_profile_unknown_no_region", {**KEYS, "AWS_PROFILE": "nope"}),
    case("profile_flag_empty_string", {**KEYS, **REGION}, {}, DESCRIBE + ["--profile", ""]),
    case("aws_profile_empty_string", {**KEYS, **REGION, "AWS_PROFILE": ""}),
    case("profile_without_credentials", {**KEYS, **REGION},
         {".aws/config": "[profile bare]\nregion = us-east-1\n"}, DESCRIBE + ["--profile", "bare"]),
    case("aws_profile_without_credentials_env_keys", {**KEYS, **REGION, "AWS_PROFILE": "bare"},
         {".aws/config": "[profile bare]\nregion = us-east-1\n"}),
    case("default_profile_keys_in_credentials", REGION,
         {".aws/credentials": "[default]\naws_access_key_id = AKIDDEF\naws_secret_access_key = d\n"}),
    case("default_profile_keys_in_config", REGION,
         {".aws/config": "[default]\naws_access_key_id = AKIDCFG\naws_secret_access_key = d\n"}),
    case("credentials_file_beats_config_keys", REGION,
         {".aws/config": "[default]\naws_access_key_id = AKIDCFG\naws_secret_access_key = d\n",
          ".aws/credentials": "[default]\naws_access_key_id = AKIDCRED\naws_secret_access_key = d\n"}),
    case("profile_keyword_in_config_default", REGION,
         {".aws/config": "[profile default]\naws_access_key_id = AKIDPD\naws_secret_access_key = d\n"}),
    case("bare_section_in_config_is_not_a_profile", REGION,
         {".aws/config": "[prod]\naws_access_key_id = AKIDBARE\naws_secret_access_key = d\n"},
         DESCRIBE + ["--profile", "prod"]),
    case("profile_keyword_in_credentials_file", REGION,
         {".aws/credentials": "[profile prod]\naws_access_key_id = AKIDPK\naws_secret_access_key = d\n"},
         DESCRIBE + ["--profile", "prod"]),
    case("profile_in_config_keys_in_credentials", {},
         {".aws/config": PROD_CONFIG, ".aws/credentials": PROD_CREDS}, DESCRIBE + ["--profile", "prod"]),
    case("session_token_in_profile", REGION,
         {".aws/credentials": "[default]\naws_access_key_id = AKIDTOK\naws_secret_access_key = d\naws_session_token = TOKPROF\n"}),
    case("access_key_without_secret", REGION,
         {".aws/credentials": "[default]\naws_access_key_id = AKIDHALF\n"}),
    case("env_access_key_without_secret", {"AWS_ACCESS_KEY_ID": "AKIDENV", **REGION}),
    case("no_credentials_anywhere", REGION),
    case("config_file_env_var", {"AWS_CONFIG_FILE": "{HOME}/other-config", **KEYS},
         {"other-config": "[default]\nregion = ap-south-1\n"}),
    case("credentials_file_env_var", {"AWS_SHARED_CREDENTIALS_FILE": "{HOME}/other-creds", **REGION},
         {"other-creds": "[default]\naws_access_key_id = AKIDOTHERFILE\naws_secret_access_key = d\n"}),
    case("config_file_env_var_missing_file", {"AWS_CONFIG_FILE": "{HOME}/missing", **KEYS, **REGION}),
    case("region_from_profile", KEYS, {".aws/config": "[default]\nregion = eu-central-1\n"}),
    case("region_env_beats_profile", {**KEYS, "AWS_REGION": "ap-northeast-1"},
         {".aws/config": "[default]\nregion = eu-central-1\n"}),
    case("aws_region_beats_aws_default_region", {**KEYS, "AWS_REGION": "ap-northeast-1", "AWS_DEFAULT_REGION": "sa-east-1"}),
    case("region_flag_beats_env", {**KEYS, **REGION}, {}, DESCRIBE + ["--region", "ca-central-1"]),
    case("no_region", KEYS),
    case("region_flag_empty", {**KEYS, **REGION}, {}, DESCRIBE + ["--region", ""]),
    case("region_env_empty", {**KEYS, "AWS_DEFAULT_REGION": ""}),
    case("region_malformed", {**KEYS}, {}, DESCRIBE + ["--region", "us east 1"]),
    case("region_malformed_slash", {**KEYS}, {}, DESCRIBE + ["--region", "us-east-1/x"]),
    case("region_in_profile_empty", KEYS, {".aws/config": "[default]\nregion =\n"}),

    # --- malformed files
    case("config_key_before_section", KEYS, {".aws/config": "region = us-east-1\n[default]\noutput = json\n"}),
    case("config_unclosed_header", KEYS, {".aws/config": "[default\nregion = us-east-1\n"}),
    case("credentials_key_before_section", REGION, {".aws/credentials": "aws_access_key_id = A\n[default]\n"}),
    case("credentials_unclosed_header", REGION, {".aws/credentials": "[default\naws_access_key_id = A\n"}),
    case("config_line_without_equals", KEYS, {".aws/config": "[default]\nregion us-east-1\n"}),
    case("config_comments_and_blank_lines", KEYS,
         {".aws/config": "# comment\n; other\n\n[default]\n# inside\nregion = eu-west-2 \n"}),
    case("config_inline_comment", KEYS, {".aws/config": "[default]\nregion = eu-west-2 # here\n"}),
    case("config_header_with_spaces", KEYS, {".aws/config": "[  profile   prod  ]\nregion = eu-west-3\n"},
         DESCRIBE + ["--profile", "prod"]),
    case("config_not_utf8", KEYS, {".aws/config": "[default]\nregion = us-east-1\nx = \udcff\n"}),

    # --- settings of the CLI itself
    case("output_bogus_in_config", {**KEYS, **REGION}, {".aws/config": "[default]\noutput = bogus\n"}),
    case("output_text_in_config", {**KEYS, **REGION}, {".aws/config": "[default]\noutput = text\n"}),
    case("output_env_beats_config", {**KEYS, **REGION, "AWS_DEFAULT_OUTPUT": "text"},
         {".aws/config": "[default]\noutput = yaml\n"}),
    case("output_env_bogus", {**KEYS, **REGION, "AWS_DEFAULT_OUTPUT": "bogus"}),
    case("timestamp_format_none", {**KEYS, **REGION},
         {".aws/config": "[default]\ncli_timestamp_format = none\n"},
         ["iot", "describe-mitigation-action", "--action-name", "x"],
         [{"status": 200, "body": {"actionName": "x", "creationDate": 1700000000.5}}]),
    case("timestamp_format_bogus", {**KEYS, **REGION},
         {".aws/config": "[default]\ncli_timestamp_format = bogus\n"}, DESCRIBE,
         [{"status": 200, "body": {"actionName": "x", "creationDate": 1700000000.5}}]),
    case("timestamp_format_wire", {**KEYS, **REGION},
         {".aws/config": "[default]\ncli_timestamp_format = wire\n"}, DESCRIBE,
         [{"status": 200, "body": {"actionName": "x", "creationDate": 1700000000.5}}]),

    # --- endpoints
    case("endpoint_flag_empty", {**KEYS, **REGION}, {}, DESCRIBE + ["--endpoint-url", ""], endpoint=False),
    case("endpoint_flag_no_scheme", {**KEYS, **REGION}, {}, DESCRIBE + ["--endpoint-url", "localhost:9"],
         endpoint=False),
    case("endpoint_flag_bad_scheme", {**KEYS, **REGION}, {}, DESCRIBE + ["--endpoint-url", "ftp://localhost:9"],
         endpoint=False),
    case("endpoint_env_empty_ignored", {**KEYS, **REGION, "AWS_ENDPOINT_URL": ""}),
    case("endpoint_env_global", {**KEYS, **REGION, "AWS_ENDPOINT_URL": "{URL}"}, endpoint=False),
    case("endpoint_env_service", {**KEYS, **REGION, "AWS_ENDPOINT_URL_IOT": "{URL}",
                                   "AWS_ENDPOINT_URL": "http://127.0.0.1:9"}, endpoint=False),
    case("endpoint_flag_beats_env", {**KEYS, **REGION, "AWS_ENDPOINT_URL_IOT": "http://127.0.0.1:9"}),
    case("endpoint_in_profile", {**KEYS, **REGION}, {".aws/config": "[default]\nendpoint_url = {URL}\n"},
         endpoint=False),
    case("endpoint_in_services_section", {**KEYS, **REGION},
         {".aws/config": "[default]\nservices = local\n[services local]\niot =\n  endpoint_url = {URL}\n"},
         endpoint=False),
    case("endpoint_services_section_unknown", {**KEYS, **REGION},
         {".aws/config": "[default]\nservices = missing\n"}),
    case("endpoint_ignore_configured", {**KEYS, **REGION, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true",
                                         "AWS_ENDPOINT_URL": "http://127.0.0.1:9"}),
    case("endpoint_with_query_string", {**KEYS, **REGION}, {}, DESCRIBE + ["--endpoint-url", "{URL}?a=b"],
         endpoint=False),
    case("endpoint_with_path", {**KEYS, **REGION}, {}, DESCRIBE + ["--endpoint-url", "{URL}/base"],
         endpoint=False),
    case("endpoint_unreachable", {**KEYS, **REGION}, {}, DESCRIBE + ["--endpoint-url", "http://127.0.0.1:9"],
         endpoint=False),

    # --- retries
    case("max_attempts_1_server_error", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": "1"}, {}, DESCRIBE,
         [{"status": 500, "body": {"message": "boom"}, "headers": {"x-amzn-ErrorType": "InternalFailureException"}}]),
    case("max_attempts_2_server_error", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": "2"}, {}, DESCRIBE,
         [{"status": 500, "body": {"message": "boom"}, "headers": {"x-amzn-ErrorType": "InternalFailureException"}}] * 2),
    case("max_attempts_0", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": "0"}),
    case("max_attempts_negative", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": "-1"}),
    case("max_attempts_not_a_number", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": "abc"}),
    case("max_attempts_in_config_bad", {**KEYS, **REGION}, {".aws/config": "[default]\nmax_attempts = x\n"}),
    case("retry_mode_bogus", {**KEYS, **REGION, "AWS_RETRY_MODE": "bogus"}),
    case("retry_mode_legacy", {**KEYS, **REGION, "AWS_RETRY_MODE": "legacy", "AWS_MAX_ATTEMPTS": "2"}, {}, DESCRIBE,
         [{"status": 500, "body": {"message": "boom"}, "headers": {"x-amzn-ErrorType": "InternalFailureException"}}] * 2),
    case("retry_mode_in_config_bogus", {**KEYS, **REGION}, {".aws/config": "[default]\nretry_mode = fast\n"}),
    case("not_found_not_retried", {**KEYS, **REGION}, {}, DESCRIBE,
         [{"status": 404, "body": {"message": "no such action"},
           "headers": {"x-amzn-ErrorType": "ResourceNotFoundException"}}]),

    # --- other credential sources
    case("credential_process_ok", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          "creds.sh": "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"p\", \"SessionToken\": \"TOKPROC\"}'\n"}),
    case("credential_process_fails", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          "creds.sh": "#!/bin/sh\necho 'no luck' >&2\nexit 3\n"}),
    case("credential_process_bad_json", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          "creds.sh": "#!/bin/sh\necho 'not json'\n"}),
    case("credential_process_wrong_version", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          "creds.sh": "#!/bin/sh\necho '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"p\"}'\n"}),
    case("credential_process_missing", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/nothing-here\n"}),
    case("assume_role_source_profile", {**REGION, "AWS_ENDPOINT_URL_STS": "{URL}"},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n",
          ".aws/credentials": "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = b\n"},
         DESCRIBE + ["--profile", "role"], [sts_reply("AssumeRole")] + FOUND),
    case("assume_role_source_profile_missing", {**REGION},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = gone\n"},
         DESCRIBE + ["--profile", "role"]),
    case("assume_role_credential_source_env", {**REGION, **KEYS, "AWS_ENDPOINT_URL_STS": "{URL}"},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\ncredential_source = Environment\n"},
         DESCRIBE + ["--profile", "role"], [sts_reply("AssumeRole")] + FOUND),
    case("assume_role_credential_source_bogus", {**REGION, **KEYS},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\ncredential_source = Nowhere\n"},
         DESCRIBE + ["--profile", "role"]),
    case("web_identity_env", {**REGION, "AWS_ENDPOINT_URL_STS": "{URL}", "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/w",
                              "AWS_WEB_IDENTITY_TOKEN_FILE": "{HOME}/token"},
         {"token": "webtoken"}, DESCRIBE, [sts_reply("AssumeRoleWithWebIdentity", "AKIDWEB")] + FOUND),
    case("web_identity_profile", {**REGION, "AWS_ENDPOINT_URL_STS": "{URL}"},
         {".aws/config": "[default]\nrole_arn = arn:aws:iam::123456789012:role/w\nweb_identity_token_file = {HOME}/token\n",
          "token": "webtoken"}, DESCRIBE, [sts_reply("AssumeRoleWithWebIdentity", "AKIDWEB")] + FOUND),
    case("container_credentials_full_uri", {**REGION, "AWS_CONTAINER_CREDENTIALS_FULL_URI": "{URL}/creds"}, {}, DESCRIBE,
         [{"status": 200, "body": {"AccessKeyId": "AKIDCONT", "SecretAccessKey": "c", "Token": "TOKCONT",
                                   "Expiration": "2099-01-01T00:00:00Z"}}] + FOUND),
    case("env_keys_beat_credential_process", {**REGION, **KEYS},
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          "creds.sh": "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"p\"}'\n"}),
    case("no_sign_request", REGION, {}, DESCRIBE + ["--no-sign-request"]),

    # --- retries, endpoints and regions: more of what v2 takes and refuses
    case("max_attempts_empty", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": ""}),
    case("max_attempts_python_int_syntax", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": " +1_0 "}),
    case("max_attempts_1_not_found", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": "1"}, {}, DESCRIBE,
         [{"status": 404, "body": {"message": "no such action"},
           "headers": {"x-amzn-ErrorType": "ResourceNotFoundException"}}]),
    case("max_attempts_bad_beats_mode_bad", {**KEYS, **REGION, "AWS_MAX_ATTEMPTS": "x", "AWS_RETRY_MODE": "y"}),
    case("region_bad_beats_max_attempts_bad", {**KEYS, "AWS_MAX_ATTEMPTS": "x"}, {}, DESCRIBE + ["--region", "a b"]),
    case("retry_mode_padded", {**KEYS, **REGION, "AWS_RETRY_MODE": " standard"}),
    case("retry_mode_adaptive_throttled", {**KEYS, **REGION, "AWS_RETRY_MODE": "adaptive"}, {}, DESCRIBE,
         [{"status": 429, "body": {"message": "Rate exceeded"},
           "headers": {"x-amzn-ErrorType": "ThrottlingException"}}] * 3),
    case("region_all_digits", KEYS, {}, DESCRIBE + ["--region", "123"]),
    case("region_empty_no_endpoint", KEYS, {}, DESCRIBE + ["--region", ""], endpoint=False),
    case("endpoint_env_no_scheme", {**KEYS, **REGION, "AWS_ENDPOINT_URL": "localhost:9"}, endpoint=False),
    case("endpoint_flag_underscore_host", {**KEYS, **REGION}, {}, DESCRIBE + ["--endpoint-url", "http://my_host:9"],
         endpoint=False),
    case("endpoint_flag_no_host", {**KEYS, **REGION}, {}, DESCRIBE + ["--endpoint-url", "http:///x"], endpoint=False),
    case("endpoint_query_string_and_operation_query", {**KEYS, **REGION}, {},
         ["iot", "list-mitigation-actions", "--page-size", "1", "--max-items", "1", "--endpoint-url", "{URL}?a=b"],
         [{"status": 200, "body": {"actionIdentifiers": []}}], endpoint=False),

    # --- proxies (the capture server stands for the proxy where one is reached)
    case("proxy_no_proxy_host", {**KEYS, **REGION, "HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": "127.0.0.1"}),
    case("proxy_no_proxy_suffix", {**KEYS, **REGION, "HTTP_PROXY": "http://127.0.0.1:9", "no_proxy": ".0.0.1"}),
    case("proxy_no_proxy_star", {**KEYS, **REGION, "HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": "*"}),
    case("proxy_no_proxy_other_port", {**KEYS, **REGION, "HTTP_PROXY": "http://127.0.0.1:9",
                                        "NO_PROXY": "127.0.0.1:1", "AWS_MAX_ATTEMPTS": "1"}),
    case("proxy_no_proxy_cidr_not_matched", {**KEYS, **REGION, "HTTP_PROXY": "http://127.0.0.1:9",
                                              "NO_PROXY": "127.0.0.0/8", "AWS_MAX_ATTEMPTS": "1"}),
    case("proxy_lower_case_empty_removes", {**KEYS, **REGION, "HTTP_PROXY": "http://127.0.0.1:9", "http_proxy": ""}),
    case("proxy_all_proxy_ignored", {**KEYS, **REGION, "ALL_PROXY": "http://127.0.0.1:9"}),
    case("proxy_https_only_for_https", {**KEYS, **REGION, "HTTPS_PROXY": "http://127.0.0.1:9"}),
    case("proxy_forward", {**KEYS, **REGION, "HTTP_PROXY": "{URL}"}, {},
         DESCRIBE + ["--endpoint-url", "http://iot.example.invalid:8080"], endpoint=False),

    # --- TLS settings with an http endpoint
    case("ca_bundle_flag_empty", {**KEYS, **REGION}, {}, DESCRIBE + ["--ca-bundle", ""]),
    case("ca_bundle_env_whitespace", {**KEYS, **REGION, "AWS_CA_BUNDLE": " "}),
    case("requests_ca_bundle_empty", {**KEYS, **REGION, "REQUESTS_CA_BUNDLE": ""}),
    case("ca_bundle_missing_not_needed_for_http", {**KEYS, **REGION}, {}, DESCRIBE + ["--ca-bundle", "/nonexistent/ca.pem"]),
    case("ca_bundle_in_profile_ignored", {**KEYS, **REGION}, {".aws/config": "[default]\nca_bundle = \n"}),
    case("no_verify_ssl_http_no_warning", {**KEYS, **REGION}, {}, DESCRIBE + ["--no-verify-ssl"]),
    case("no_verify_ssl_ignores_empty_ca_bundle", {**KEYS, **REGION, "AWS_CA_BUNDLE": ""}, {}, DESCRIBE + ["--no-verify-ssl"]),
]
