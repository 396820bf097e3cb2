#!/usr/bin/env bash
# Records what AWS CLI v2 prints for `--generate-cli-skeleton` (input, yaml-input, output) for the
# Device Defender commands (mitigation, audit, Detect) and the registry commands (certificates,
# things, thing groups, policies, role aliases, logging, tags) into
# tests/fixtures/skeleton/<command>.<form>.
#
#   scripts/record-skeletons.sh [path-to-aws-v2]      (default: aws on PATH)
#
# For each command three files are written with v2's exact stdout:
#   <command>.input       `--generate-cli-skeleton` (same as `input`)
#   <command>.yaml-input  `--generate-cli-skeleton yaml-input`
#   <command>.output      `--generate-cli-skeleton output`
# and, when v2 fails the `output` form (its stubbed response does not pass its own validation
# for some operations, see below), <command>.output-stderr with the error text and exit status.
#
# `output` validates the command's inputs before printing, so every required parameter is passed
# below with a valid value. No request is sent; dummy credentials and a region are set so that
# the client can be built.
#
# Enum placeholders: v2 2.x fills string enums with the first value of the model's enum list
# (botocore's ArgumentGenerator takes `enum[0]`); older builds picked one at random. To keep the
# fixtures stable either way, every value v2 placed for an enum shape is rewritten to the first
# enum value by normalise_enums() below, using the model in model/iot-device-defender.json.
set -euo pipefail
set -f # the JSON arguments below contain [ ]

AWS=${1:-aws}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/tests/fixtures/skeleton"
mkdir -p "$OUT"

export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=example AWS_DEFAULT_REGION=us-east-1
export AWS_DEFAULT_OUTPUT=json AWS_PAGER="" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
unset AWS_PROFILE AWS_CLI_AUTO_PROMPT 2>/dev/null || true

ROLE=arn:aws:iam::123456789012:role/mitigation
START=2024-01-01T00:00:00Z
END=2024-01-02T00:00:00Z
TARGET=arn:aws:iot:us-east-1:123456789012:all/things
CERT=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef

# command|required arguments needed by the `output` form
COMMANDS=(
  "create-mitigation-action|--action-name a --role-arn $ROLE --action-params {\"publishFindingToSnsParams\":{\"topicArn\":\"t\"}}"
  "update-mitigation-action|--action-name a"
  "describe-mitigation-action|--action-name a"
  "list-mitigation-actions|"
  "delete-mitigation-action|--action-name a"
  "start-audit-mitigation-actions-task|--task-id t --target {\"auditTaskId\":\"x\"} --audit-check-to-actions-mapping {\"C\":[\"a\"]}"
  "cancel-audit-mitigation-actions-task|--task-id t"
  "describe-audit-mitigation-actions-task|--task-id t"
  "list-audit-mitigation-actions-tasks|--start-time $START --end-time $END"
  "list-audit-mitigation-actions-executions|--task-id t --finding-id f"
  "start-detect-mitigation-actions-task|--task-id t --target {\"violationIds\":[\"v\"]} --actions a"
  "cancel-detect-mitigation-actions-task|--task-id t"
  "describe-detect-mitigation-actions-task|--task-id t"
  "list-detect-mitigation-actions-tasks|--start-time $START --end-time $END"
  "list-detect-mitigation-actions-executions|"
  "describe-account-audit-configuration|"
  "update-account-audit-configuration|"
  "delete-account-audit-configuration|"
  "start-on-demand-audit-task|--target-check-names LOGGING_DISABLED_CHECK"
  "describe-audit-task|--task-id t"
  "list-audit-tasks|--start-time $START --end-time $END"
  "cancel-audit-task|--task-id t"
  "list-audit-findings|"
  "describe-audit-finding|--finding-id f"
  "create-audit-suppression|--check-name LOGGING_DISABLED_CHECK --resource-identifier account=123456789012"
  "describe-audit-suppression|--check-name LOGGING_DISABLED_CHECK --resource-identifier account=123456789012"
  "list-audit-suppressions|"
  "update-audit-suppression|--check-name LOGGING_DISABLED_CHECK --resource-identifier account=123456789012"
  "delete-audit-suppression|--check-name LOGGING_DISABLED_CHECK --resource-identifier account=123456789012"
  "list-active-violations|"
  "list-violation-events|--start-time $START --end-time $END"
  "create-scheduled-audit|--scheduled-audit-name a --frequency DAILY --target-check-names LOGGING_DISABLED_CHECK"
  "describe-scheduled-audit|--scheduled-audit-name a"
  "list-scheduled-audits|"
  "update-scheduled-audit|--scheduled-audit-name a"
  "delete-scheduled-audit|--scheduled-audit-name a"
  "list-related-resources-for-audit-finding|--finding-id f"
  "create-security-profile|--security-profile-name p"
  "describe-security-profile|--security-profile-name p"
  "list-security-profiles|"
  "update-security-profile|--security-profile-name p"
  "delete-security-profile|--security-profile-name p"
  "validate-security-profile-behaviors|--behaviors [{\"name\":\"b\"}]"
  "attach-security-profile|--security-profile-name p --security-profile-target-arn $TARGET"
  "detach-security-profile|--security-profile-name p --security-profile-target-arn $TARGET"
  "list-security-profiles-for-target|--security-profile-target-arn $TARGET"
  "list-targets-for-security-profile|--security-profile-name p"
  "create-dimension|--name d --type TOPIC_FILTER --string-values s"
  "describe-dimension|--name d"
  "list-dimensions|"
  "update-dimension|--name d --string-values s"
  "delete-dimension|--name d"
  "create-custom-metric|--metric-name m --metric-type number"
  "describe-custom-metric|--metric-name m"
  "list-custom-metrics|"
  "update-custom-metric|--metric-name m --display-name n"
  "delete-custom-metric|--metric-name m"
  "put-verification-state-on-violation|--violation-id v --verification-state UNKNOWN"
  "get-behavior-model-training-summaries|"
  "create-keys-and-certificate|"
  "register-certificate|--certificate-pem p"
  "register-certificate-without-ca|--certificate-pem p"
  "describe-certificate|--certificate-id $CERT"
  "list-certificates|"
  "list-certificates-by-ca|--ca-certificate-id $CERT"
  "update-certificate|--certificate-id $CERT --new-status ACTIVE"
  "delete-certificate|--certificate-id $CERT"
  "register-ca-certificate|--ca-certificate p"
  "describe-ca-certificate|--certificate-id $CERT"
  "list-ca-certificates|"
  "update-ca-certificate|--certificate-id $CERT"
  "delete-ca-certificate|--certificate-id $CERT"
  "create-thing|--thing-name t"
  "describe-thing|--thing-name t"
  "list-things|"
  "delete-thing|--thing-name t"
  "attach-thing-principal|--thing-name t --principal p"
  "detach-thing-principal|--thing-name t --principal p"
  "list-thing-principals|--thing-name t"
  "list-principal-things|--principal p"
  "create-thing-group|--thing-group-name g"
  "create-dynamic-thing-group|--thing-group-name g --query-string q"
  "describe-thing-group|--thing-group-name g"
  "list-thing-groups|"
  "delete-thing-group|--thing-group-name g"
  "add-thing-to-thing-group|"
  "remove-thing-from-thing-group|"
  "list-things-in-thing-group|--thing-group-name g"
  "list-thing-groups-for-thing|--thing-name t"
  "create-policy|--policy-name p --policy-document {}"
  "get-policy|--policy-name p"
  "list-policies|"
  "delete-policy|--policy-name p"
  "create-policy-version|--policy-name p --policy-document {}"
  "get-policy-version|--policy-name p --policy-version-id 1"
  "list-policy-versions|--policy-name p"
  "set-default-policy-version|--policy-name p --policy-version-id 1"
  "delete-policy-version|--policy-name p --policy-version-id 1"
  "attach-policy|--policy-name p --target t"
  "detach-policy|--policy-name p --target t"
  "list-attached-policies|--target t"
  "list-targets-for-policy|--policy-name p"
  "create-role-alias|--role-alias r --role-arn $ROLE"
  "describe-role-alias|--role-alias r"
  "list-role-aliases|"
  "delete-role-alias|--role-alias r"
  "get-v2-logging-options|"
  "set-v2-logging-options|"
  "get-logging-options|"
  "set-logging-options|--logging-options-payload roleArn=$ROLE"
  "tag-resource|--resource-arn $TARGET --tags Key=k,Value=v"
  "untag-resource|--resource-arn $TARGET --tag-keys k"
  "list-tags-for-resource|--resource-arn $TARGET"
)

# Rewrites enum placeholders to the first enum value of their shape (see the header).
normalise_enums() {
  python3 - "$ROOT/model/iot-device-defender.json" "$@" <<'PY'
import json, re, sys
model = json.load(open(sys.argv[1]))
shapes = model["shapes"]
# member name -> first enum value, for every member whose shape is an enum
firsts = {}
for shape in shapes.values():
    for name, ref in shape.get("members", {}).items():
        enum = shapes[ref["shape"]].get("enum")
        if enum:
            firsts.setdefault(name, set()).add((enum[0], tuple(enum)))
for path in sys.argv[2:]:
    text = open(path).read()
    for name, choices in firsts.items():
        for first, values in choices:
            alt = "|".join(re.escape(v) for v in values)
            # JSON:  "name": "VALUE"     YAML:  name: VALUE
            text = re.sub(r'("%s": ")(%s)(")' % (re.escape(name), alt), lambda m: m.group(1) + first + m.group(3), text)
            text = re.sub(r'(^\s*(?:- )?%s: )(%s)(\s|$)' % (re.escape(name), alt), lambda m: m.group(1) + first + m.group(3), text, flags=re.M)
    open(path, "w").write(text)
PY
}

for entry in "${COMMANDS[@]}"; do
  cmd=${entry%%|*}
  args=${entry#*|}
  "$AWS" iot "$cmd" --generate-cli-skeleton >"$OUT/$cmd.input"
  "$AWS" iot "$cmd" --generate-cli-skeleton yaml-input >"$OUT/$cmd.yaml-input"
  rm -f "$OUT/$cmd.output-stderr"
  set +e
  # shellcheck disable=SC2086 # the argument list is split on purpose (globbing is off)
  "$AWS" iot "$cmd" $args --generate-cli-skeleton output >"$OUT/$cmd.output" 2>"$OUT/$cmd.stderr.tmp"
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then
    { cat "$OUT/$cmd.stderr.tmp"; echo "exit status: $status"; } >"$OUT/$cmd.output-stderr"
  fi
  rm -f "$OUT/$cmd.stderr.tmp"
  normalise_enums "$OUT/$cmd.input" "$OUT/$cmd.yaml-input"
  echo "recorded $cmd"
done
