"""Cases for the parity kit (`run.py OURS --aws AWS --cases scripts/parity-registry.py`): the
registry commands through the AWS CLI v2 and through iotmit against one capture server, with
invocations the recorded calls (scripts/call-cases.py) do not make: YAML and JSON input files,
`fileb://` for a text parameter, queries over nested answers, skeletons, tables, argument forms
and error formats.

    python3 /work/shared/parity/run.py target/release/iotmit --aws "$(command -v aws)" \
        --cases scripts/parity-registry.py -v
"""

ACCOUNT = "123456789012"
IOT = f"arn:aws:iot:us-east-1:{ACCOUNT}:"
CERT = "7f3e9c2a" * 8
CERT_ARN = IOT + "cert/" + CERT
GROUP_ARN = IOT + "thinggroup/kitchen-lamps"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/IoTLoggingRole"


def ok(body):
    return [{"status": 200, "body": body}]


def error(status, kind, message):
    return [{"status": status, "body": {"message": message},
             "headers": {"x-amzn-ErrorType": kind + ":http://internal.amazon.com/coral/com.amazonaws.iot/"}}]


DESCRIPTION = {"certificateDescription": {
    "certificateArn": CERT_ARN, "certificateId": CERT, "status": "ACTIVE", "ownedBy": ACCOUNT,
    "creationDate": 1605866400.5, "lastModifiedDate": 1606384800, "customerVersion": 2,
    "certificatePem": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
    "validity": {"notBefore": 1605830400, "notAfter": 1921190400}, "certificateMode": "DEFAULT"}}
GROUP = {"thingGroupName": "kitchen-lamps", "thingGroupArn": GROUP_ARN, "version": 4,
         "thingGroupProperties": {"thingGroupDescription": "Kitchen lamps",
                                  "attributePayload": {"attributes": {"site": "paris", "floor": "2"}}},
         "thingGroupMetadata": {"parentGroupName": "building-1", "creationDate": 1605866400,
                                "rootToParentThingGroups": [{"groupName": "building-1", "groupArn": IOT + "thinggroup/building-1"}]}}
POLICY_DOC = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iot:*", "Resource": "*"}]}'

CASES = [
    {"name": "describe_certificate_table", "op": "describe-certificate", "args": ["--certificate-id", CERT, "--output", "table"],
     "responses": ok(DESCRIPTION), "compare_out": "scalars"},
    {"name": "describe_certificate_query_dates", "op": "describe-certificate",
     "args": ["--certificate-id", CERT, "--query", "certificateDescription.[status, creationDate, validity.notAfter]", "--output", "text"],
     "responses": ok(DESCRIPTION)},
    {"name": "list_certificates_yaml_two_pages", "op": "list-certificates", "args": ["--output", "yaml"],
     "responses": [{"status": 200, "body": {"certificates": [{"certificateId": "a" * 64, "status": "ACTIVE", "creationDate": 1605866400}], "nextMarker": "m2"}},
                   {"status": 200, "body": {"certificates": [{"certificateId": "b" * 64, "status": "REVOKED", "creationDate": 1605952800}]}}]},
    {"name": "list_certificates_by_ca_query_ids", "op": "list-certificates-by-ca",
     "args": ["--ca-certificate-id", "c" * 64, "--query", "certificates[?status=='ACTIVE'].certificateId", "--output", "text"],
     "responses": ok({"certificates": [{"certificateId": "a" * 64, "status": "ACTIVE"}, {"certificateId": "b" * 64, "status": "INACTIVE"}]})},
    {"name": "update_certificate_cli_input_yaml", "op": "update-certificate", "args": ["--cli-input-yaml", "file://in.yaml"],
     "files": {"in.yaml": f"certificateId: '{CERT}'\nnewStatus: INACTIVE\n"}, "responses": ok({})},
    {"name": "create_thing_nested_shorthand_table", "op": "create-thing",
     "args": ["--thing-name", "lamp-21", "--attribute-payload", "attributes={serial=SN-21,'room name'=kitchen},merge=false", "--output", "table"],
     "responses": ok({"thingName": "lamp-21", "thingArn": IOT + "thing/lamp-21", "thingId": "t-21"}), "compare_out": "scalars"},
    {"name": "create_thing_cli_input_json_file", "op": "create-thing", "args": ["--cli-input-json", "file://thing.json"],
     "files": {"thing.json": '{"thingName": "lamp-22", "thingTypeName": "Lamp", "attributePayload": {"attributes": {"serial": "SN-22"}, "merge": true}}'},
     "responses": ok({"thingName": "lamp-22", "thingArn": IOT + "thing/lamp-22", "thingId": "t-22"})},
    {"name": "list_things_query_attributes", "op": "list-things",
     "args": ["--query", "things[].[thingName, attributes.room]", "--output", "text"],
     "responses": ok({"things": [{"thingName": "lamp-1", "attributes": {"room": "hall"}}, {"thingName": "lamp-2", "attributes": {}}]})},
    {"name": "describe_thing_group_text", "op": "describe-thing-group", "args": ["--thing-group-name", "kitchen-lamps", "--output", "text"],
     "responses": ok(GROUP)},
    {"name": "describe_thing_group_table", "op": "describe-thing-group", "args": ["--thing-group-name", "kitchen-lamps", "--output", "table"],
     "responses": ok(GROUP), "compare_out": "scalars"},
    {"name": "create_dynamic_thing_group_yaml_input", "op": "create-dynamic-thing-group", "args": ["--cli-input-yaml", "file://g.yaml"],
     "files": {"g.yaml": "thingGroupName: low-battery\nqueryString: 'attributes.battery < 20'\nthingGroupProperties:\n  thingGroupDescription: Low battery\n  attributePayload:\n    attributes:\n      site: paris\n    merge: false\ntags:\n- Key: env\n  Value: prod\n"},
     "responses": ok({"thingGroupName": "low-battery", "thingGroupArn": IOT + "thinggroup/low-battery", "queryString": "attributes.battery < 20"})},
    {"name": "update_group_membership_no_override", "op": "add-thing-to-thing-group",
     "args": ["--thing-group-name", "kitchen-lamps", "--thing-name", "lamp-21", "--no-override-dynamic-groups"], "responses": ok({})},
    {"name": "list_thing_groups_for_thing_max_items", "op": "list-thing-groups-for-thing", "args": ["--thing-name", "lamp-21", "--max-items", "1"],
     "responses": ok({"thingGroups": [{"groupName": "a", "groupArn": IOT + "thinggroup/a"}, {"groupName": "b", "groupArn": IOT + "thinggroup/b"}], "nextToken": "n"})},
    {"name": "create_policy_version_fileb_is_not_text", "op": "create-policy-version",
     "args": ["--policy-name", "LampPolicy", "--policy-document", "fileb://p.json"], "files": {"p.json": POLICY_DOC},
     "responses": ok({"policyVersionId": "2"}), "err_words": ["policyDocument"]},
    {"name": "get_policy_query_document", "op": "get-policy", "args": ["--policy-name", "LampPolicy", "--query", "policyDocument", "--output", "text"],
     "responses": ok({"policyName": "LampPolicy", "policyDocument": POLICY_DOC, "defaultVersionId": "1"})},
    {"name": "list_policy_versions_table", "op": "list-policy-versions", "args": ["--policy-name", "LampPolicy", "--output", "table"],
     "responses": ok({"policyVersions": [{"versionId": "2", "isDefaultVersion": True, "createDate": 1606000000}, {"versionId": "1", "isDefaultVersion": False, "createDate": 1605866400}]}),
     "compare_out": "scalars"},
    {"name": "list_attached_policies_query_names", "op": "list-attached-policies",
     "args": ["--target", CERT_ARN, "--query", "policies[].policyName", "--output", "json"],
     "responses": ok({"policies": [{"policyName": "LampPolicy", "policyArn": IOT + "policy/LampPolicy"}]})},
    {"name": "attach_policy_conflict_error", "op": "attach-policy", "args": ["--policy-name", "LampPolicy", "--target", CERT_ARN],
     "responses": error(404, "ResourceNotFoundException", "Policy LampPolicy does not exist"), "err_words": ["ResourceNotFoundException", "AttachPolicy"]},
    {"name": "create_role_alias_yaml_output", "op": "create-role-alias",
     "args": ["--role-alias", "LampCredentials", "--role-arn", ROLE, "--output", "yaml"],
     "responses": ok({"roleAlias": "LampCredentials", "roleAliasArn": IOT + "rolealias/LampCredentials"})},
    {"name": "list_role_aliases_max_items_text", "op": "list-role-aliases", "args": ["--max-items", "2", "--output", "text"],
     "responses": [{"status": 200, "body": {"roleAliases": ["a", "b", "c"], "nextMarker": "m2"}}]},
    {"name": "set_v2_logging_yaml_input", "op": "set-v2-logging-options", "args": ["--cli-input-yaml", "file://l.yaml"],
     "files": {"l.yaml": f"roleArn: {ROLE}\ndefaultLogLevel: INFO\ndisableAllLogs: false\neventConfigurations:\n- eventType: Connect\n  logLevel: DEBUG\n"},
     "responses": ok({})},
    {"name": "get_v2_logging_table", "op": "get-v2-logging-options", "args": ["--output", "table"],
     "responses": ok({"roleArn": ROLE, "defaultLogLevel": "WARN", "disableAllLogs": False,
                      "eventConfigurations": [{"eventType": "Connect", "logLevel": "DEBUG"}]}), "compare_out": "scalars"},
    {"name": "set_logging_options_file", "op": "set-logging-options", "args": ["--logging-options-payload", "file://p.json"],
     "files": {"p.json": f'{{"roleArn": "{ROLE}", "logLevel": "WARN"}}'}, "responses": ok({})},
    {"name": "tag_resource_from_file", "op": "tag-resource", "args": ["--resource-arn", GROUP_ARN, "--tags", "file://tags.json"],
     "files": {"tags.json": '[{"Key": "env", "Value": "prod"}, {"Key": "team", "Value": "iot"}]'}, "responses": ok({})},
    {"name": "list_tags_query_values", "op": "list-tags-for-resource",
     "args": ["--resource-arn", GROUP_ARN, "--query", "tags[?Key=='env'].Value | [0]"],
     "responses": [{"status": 200, "body": {"tags": [{"Key": "team", "Value": "iot"}], "nextToken": "n"}},
                   {"status": 200, "body": {"tags": [{"Key": "env", "Value": "prod"}]}}]},
    {"name": "list_principal_things_text", "op": "list-principal-things", "args": ["--principal", CERT_ARN, "--output", "text"],
     "responses": ok({"things": ["lamp-1", "lamp-2"]})},
    {"name": "register_ca_certificate_json_config", "op": "register-ca-certificate",
     "args": ["--ca-certificate", "file://ca.pem", "--registration-config", '{"templateName": "LampProvisioning"}', "--no-allow-auto-registration"],
     "files": {"ca.pem": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"},
     "responses": ok({"certificateId": "c" * 64})},
    {"name": "delete_thing_group_not_found", "op": "delete-thing-group", "args": ["--thing-group-name", "ghost"],
     "responses": error(404, "ResourceNotFoundException", "Thing group ghost does not exist"), "err_words": ["ResourceNotFoundException"]},
    {"name": "skeleton_output_describe_thing", "op": "describe-thing", "args": ["--thing-name", "t", "--generate-cli-skeleton", "output"]},
    {"name": "skeleton_input_create_thing_group", "op": "create-thing-group", "args": ["--generate-cli-skeleton"], "compare_out": "skeleton"},
    {"name": "skeleton_yaml_set_v2_logging", "op": "set-v2-logging-options", "args": ["--generate-cli-skeleton", "yaml-input"], "compare_out": "skeleton_yaml"},
    {"name": "keys_and_certificate_outfile_json", "op": "create-keys-and-certificate",
     "args": ["--set-as-active", "--certificate-pem-outfile", "c.pem"],
     "responses": ok({"certificateArn": CERT_ARN, "certificateId": CERT, "certificatePem": "PEM",
                      "keyPair": {"PublicKey": "PUB", "PrivateKey": "PRIV"}})},
]

PEM_CRLF = "-----BEGIN CERTIFICATE-----\r\nMIIB\u00e9\r\n-----END CERTIFICATE-----\r\n"

# Argument forms, value conversions, error formats and the outfiles' names.
CASES += [
 {"name": "expected_version_float", "op": "delete-thing", "args": ["--thing-name", "t", "--expected-version", "1.5"]},
 {"name": "merge_not_bool", "op": "create-thing", "args": ["--thing-name", "t", "--attribute-payload", "attributes={a=1},merge=maybe"]},
 {"name": "tags_extra_key", "op": "tag-resource", "args": ["--resource-arn", "a", "--tags", "Key=a,Value=b,Extra=c"]},
 {"name": "tag_keys_none", "op": "untag-resource", "args": ["--resource-arn", "a", "--tag-keys"]},
 {"name": "fileb_pem", "op": "register-certificate", "args": ["--certificate-pem", "fileb://d.pem"], "files": {"d.pem": PEM_CRLF}, "responses": ok({})},
 {"name": "file_crlf_pem", "op": "register-certificate-without-ca", "args": ["--certificate-pem", "file://d.pem"], "files": {"d.pem": PEM_CRLF}, "responses": ok({"certificateId": "x"})},
 {"name": "page_size_no_paginate", "op": "list-policies", "args": ["--page-size", "2", "--no-paginate"], "responses": ok({"policies": [], "nextMarker": "m"})},
 {"name": "page_size_starting_token", "op": "list-certificates", "args": ["--page-size", "2", "--starting-token", "m2"]},
 {"name": "next_token_max_items", "op": "list-tags-for-resource", "args": ["--resource-arn", "a", "--next-token", "x", "--max-items", "1"]},
 {"name": "no_verbose", "op": "get-v2-logging-options", "args": ["--no-verbose", "--output", "text"], "responses": ok({"roleArn": "r", "defaultLogLevel": "INFO", "disableAllLogs": True, "eventConfigurations": []})},
 {"name": "error_json_format", "op": "update-certificate", "args": ["--certificate-id", CERT, "--new-status", "ACTIVE", "--cli-error-format", "json"],
  "responses": error(406, "CertificateStateException", "revoked")},
 {"name": "error_table_format", "op": "delete-policy", "args": ["--policy-name", "p", "--cli-error-format", "table"],
  "responses": error(409, "DeleteConflictException", "has versions")},
 {"name": "tags_empty_value_table", "op": "list-tags-for-resource", "args": ["--resource-arn", "a", "--output", "table"], "responses": ok({"tags": [{"Key": "k", "Value": ""}, {"Key": "é", "Value": "ü ☃"}]})},
 {"name": "principals_text", "op": "list-thing-principals", "args": ["--thing-name", "t", "--output", "text"], "responses": ok({"principals": [CERT_ARN, "us-east-1:abc"]})},
 {"name": "ca_describe_table", "op": "describe-ca-certificate", "args": ["--certificate-id", CERT, "--output", "table"],
  "responses": ok({"certificateDescription": {"certificateId": CERT, "status": "ACTIVE", "autoRegistrationStatus": "ENABLE", "creationDate": 1605866400},
                   "registrationConfig": {"templateBody": "{\"Resources\": {}}", "roleArn": "arn:aws:iam::1:role/r"}})},
 {"name": "describe_thing_big_version", "op": "describe-thing", "args": ["--thing-name", "t", "--output", "text"], "responses": ok({"thingName": "t", "version": 9223372036854775807, "attributes": {"b": "2", "a": "1"}})},
 {"name": "thing_principal_type_non_exclusive", "op": "attach-thing-principal", "args": ["--thing-name", "t", "--principal", CERT_ARN, "--thing-principal-type", "NON_EXCLUSIVE_THING"], "responses": ok({})},
 {"name": "set_logging_off_output", "op": "set-logging-options", "args": ["--logging-options-payload", "roleArn=arn:aws:iam::1:role/r,logLevel=ERROR", "--output", "text"], "responses": ok({})},
 {"name": "policy_versions_yaml_stream", "op": "list-policy-versions", "args": ["--policy-name", "p", "--output", "yaml-stream"], "responses": ok({"policyVersions": [{"versionId": "1", "isDefaultVersion": True, "createDate": 1605866400}]})},
 {"name": "keys_off_query", "op": "create-keys-and-certificate", "args": ["--query", "keyPair", "--output", "table", "--public-key-outfile", "p.pem"], "responses": ok({"certificateId": "c", "keyPair": {"PublicKey": "P", "PrivateKey": "Q"}})},
 {"name": "keys_outfile_empty_name", "op": "create-keys-and-certificate", "args": ["--certificate-pem-outfile", ""], "responses": ok({"certificatePem": "P"})},
 {"name": "keys_outfile_dash", "op": "create-keys-and-certificate", "args": ["--certificate-pem-outfile", "-"], "responses": ok({"certificatePem": "P"})},
 {"name": "keys_outfile_equals_dash", "op": "create-keys-and-certificate", "args": ["--certificate-pem-outfile=-x"], "responses": ok({"certificatePem": "P"})},
 {"name": "keys_outfile_prefix", "op": "create-keys-and-certificate", "args": ["--certificate-pem", "c.pem"], "responses": ok({"certificatePem": "P"})},
 {"name": "keys_outfile_ambiguous_prefix", "op": "create-keys-and-certificate", "args": ["--p", "c.pem"], "responses": ok({"certificatePem": "P"})},
]
