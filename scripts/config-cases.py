"""Configuration cases recorded from the AWS CLI v2 by scripts/record-config.py.

Each case: `name`; `argv` (after the program name; `iot` is dropped for iotmit); `env` (added to
a bare environment of PATH, HOME, TZ=UTC, AWS_PAGER="", AWS_EC2_METADATA_DISABLED=true; None
removes one); `files` (paths under the home directory); `responses` (the capture server's
answers, in order: `status`, `body` or `raw`, `headers`); `endpoint` (False: no --endpoint-url
is added). `{URL}` and `{HOME}` in argv, env and files are the capture server and the home
directory; `{XFF}` in a file is the byte 0xff (no UTF-8 text).
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
    case("config_not_utf8", KEYS, {".aws/config": "[default]\nregion = us-east-1\nx = {XFF}\n"}),

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
]

SSO_TOKEN = ('{"startUrl": "https://example.awsapps.com/start", "region": "us-east-1", '
             '"accessToken": "ssotoken", "expiresAt": "2099-01-01T00:00:00Z"}')
SSO_REPLY = [{"status": 200, "body": {"roleCredentials": {
    "accessKeyId": "AKIDSSO", "secretAccessKey": "s", "sessionToken": "TOKSSO", "expiration": 4070908800000}}}]

CASES += [
    # --- more precedence
    case("profile_flag_and_aws_profile_unknown", {**KEYS, **REGION, "AWS_PROFILE": "nope"},
         {".aws/credentials": PROD_CREDS}, DESCRIBE + ["--profile", "prod"]),
    case("profile_flag_default_without_default_profile", {**KEYS, **REGION}, {},
         DESCRIBE + ["--profile", "default"]),
    case("aws_profile_default_without_default_profile", {**KEYS, **REGION, "AWS_PROFILE": "default"}),
    case("empty_env_access_key_falls_through", {"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "x", **REGION},
         {".aws/credentials": "[default]\naws_access_key_id = AKIDDEF\naws_secret_access_key = d\n"}),
    case("env_security_token_beats_session_token", {**KEYS, **REGION, "AWS_SECURITY_TOKEN": "TOKSEC",
                                                     "AWS_SESSION_TOKEN": "TOKSES"}),
    case("profile_flag_ignores_web_identity_env", {**REGION, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/w",
                                                   "AWS_WEB_IDENTITY_TOKEN_FILE": "{HOME}/token"},
         {".aws/credentials": PROD_CREDS, "token": "t"}, DESCRIBE + ["--profile", "prod"]),
    case("web_identity_env_without_role", {**REGION, "AWS_WEB_IDENTITY_TOKEN_FILE": "{HOME}/token"}, {"token": "t"}),
    case("credentials_file_beats_credential_process", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          ".aws/credentials": "[default]\naws_access_key_id = AKIDCRED\naws_secret_access_key = d\n",
          "creds.sh": "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"p\"}'\n"}),
    case("credential_process_beats_config_keys", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\naws_access_key_id = AKIDCFG\naws_secret_access_key = d\n",
          "creds.sh": "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"p\"}'\n"}),
    case("role_arn_beats_static_keys", {**REGION, "AWS_ENDPOINT_URL_STS": "{URL}"},
         {".aws/config": "[default]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n"
                         "aws_access_key_id = AKIDSTATIC\naws_secret_access_key = s\n[profile base]\n"
                         "aws_access_key_id = AKIDBASE\naws_secret_access_key = b\n"},
         DESCRIBE, [sts_reply("AssumeRole")] + FOUND),
    case("credential_process_missing_key", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          "creds.sh": "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"A\"}'\n"}),
    case("credential_process_no_version", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          "creds.sh": "#!/bin/sh\necho '{\"AccessKeyId\": \"A\", \"SecretAccessKey\": \"p\"}'\n"}),
    case("credential_process_with_args_and_quotes", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh \"AKID QUOTED\" second\n",
          "creds.sh": "#!/bin/sh\necho \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"$2\\\", \\\"SecretAccessKey\\\": \\\"p\\\"}\"\n"}),
    case("credential_process_with_expiration", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n",
          "creds.sh": "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDEXP\", \"SecretAccessKey\": \"p\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'\n"}),
    case("credential_process_empty_output", REGION,
         {".aws/config": "[default]\ncredential_process = {HOME}/creds.sh\n", "creds.sh": "#!/bin/sh\nexit 0\n"}),
    case("assume_role_both_sources", {**REGION, **KEYS},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n"
                         "credential_source = Environment\n[profile base]\naws_access_key_id = A\naws_secret_access_key = b\n"},
         DESCRIBE + ["--profile", "role"]),
    case("assume_role_no_source", {**REGION, **KEYS},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\n"},
         DESCRIBE + ["--profile", "role"]),
    case("assume_role_source_without_credentials", {**REGION},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n"
                         "[profile base]\nregion = us-east-1\n"},
         DESCRIBE + ["--profile", "role"]),
    case("assume_role_session_name_and_external_id", {**REGION, "AWS_ENDPOINT_URL_STS": "{URL}"},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n"
                         "role_session_name = mysession\nexternal_id = ext-1\n",
          ".aws/credentials": "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = b\n"},
         DESCRIBE + ["--profile", "role"], [sts_reply("AssumeRole")] + FOUND),
    case("assume_role_chain_two_roles", {**REGION, "AWS_ENDPOINT_URL_STS": "{URL}"},
         {".aws/config": "[profile outer]\nrole_arn = arn:aws:iam::123456789012:role/outer\nsource_profile = inner\n"
                         "[profile inner]\nrole_arn = arn:aws:iam::123456789012:role/inner\nsource_profile = base\n",
          ".aws/credentials": "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = b\n"},
         DESCRIBE + ["--profile", "outer"],
         [sts_reply("AssumeRole", "AKIDINNER", "TOKINNER"), sts_reply("AssumeRole", "AKIDOUTER", "TOKOUTER")] + FOUND),
    case("assume_role_sts_refuses", {**REGION, "AWS_ENDPOINT_URL_STS": "{URL}"},
         {".aws/config": "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n",
          ".aws/credentials": "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = b\n"},
         DESCRIBE + ["--profile", "role"],
         [{"status": 403, "headers": {"Content-Type": "text/xml"}, "raw":
           '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>'
           '<Code>AccessDenied</Code><Message>not allowed</Message></Error><RequestId>r</RequestId></ErrorResponse>'}]),
    case("sso_session_cached_token", {**REGION, "AWS_ENDPOINT_URL_SSO": "{URL}"},
         {".aws/config": "[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
                         "[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n",
          ".aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json": SSO_TOKEN},
         DESCRIBE, SSO_REPLY + FOUND),
    case("sso_legacy_cached_token", {**REGION, "AWS_ENDPOINT_URL_SSO": "{URL}"},
         {".aws/config": "[default]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n"
                         "sso_account_id = 123456789012\nsso_role_name = Admin\n",
          ".aws/sso/cache/e8be5486177c5b5392bd9aa76563515b29358e6e.json": SSO_TOKEN},
         DESCRIBE, SSO_REPLY + FOUND),
    case("sso_session_missing_section", REGION,
         {".aws/config": "[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"}),
    case("sso_no_cached_token", REGION,
         {".aws/config": "[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
                         "[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n"}),
    case("container_relative_uri_unreachable", {**REGION, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds"},
         timeout=90),
    case("container_full_uri_not_allowed_host", {**REGION, "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"}),
    case("container_full_uri_with_token", {**REGION, "AWS_CONTAINER_CREDENTIALS_FULL_URI": "{URL}/creds",
                                           "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Bearer x"}, {}, DESCRIBE,
         [{"status": 200, "body": {"AccessKeyId": "AKIDCONT", "SecretAccessKey": "c", "Token": "TOKCONT",
                                   "Expiration": "2099-01-01T00:00:00Z"}}] + FOUND),
    case("login_session_without_cache", REGION,
         {".aws/config": "[default]\nlogin_session = arn:aws:iam::123456789012:user/Admin\n"}),
    case("ca_bundle_in_profile_missing_http_endpoint", {**KEYS, **REGION},
         {".aws/config": "[default]\nca_bundle = {HOME}/missing.pem\n"}),
    case("ca_bundle_env_missing_http_endpoint", {**KEYS, **REGION, "AWS_CA_BUNDLE": "{HOME}/missing.pem"}),
]
