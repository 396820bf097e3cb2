#!/usr/bin/env bash
# The audit-to-mitigation loop against the built-in local endpoint, on a fleet built through the
# API: no AWS account, no network. Builds iotmit, starts `iotmit local serve` on an empty world,
# registers and creates certificates (one with a 1024-bit RSA key), things, a quarantine group
# and a policy that allows everything; enables four audit checks and audits; mitigates
# (quarantine and deactivate, blank policy, enable logging) and shows the effects through
# describe-certificate, list-things-in-thing-group and get-policy; audits again to zero
# findings; and schedules a daily audit that `iotmit local advance 1d` runs.
#
# Every command is printed as it can be pasted into a shell, after the exports printed first.
# IOTMIT=path/to/iotmit runs another build instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${IOTMIT:-}" ]; then
    cargo build --release --quiet
    IOTMIT=target/release/iotmit
fi
work=$(mktemp -d)
server=
cleanup() {
    # The server ends with SIGTERM's status; that is not the demo's.
    if [ -n "$server" ] && kill "$server" 2>/dev/null; then
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The endpoint, on an empty world (the seed names only the account).
printf 'account: "123456789012"\n' >"$work/seed.yaml"
"$IOTMIT" local serve --port 0 --state "$work/state.sqlite3" --seed "$work/seed.yaml" \
    --execution-ms 100 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/serve.out" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/serve.out")
[ -n "$url" ] || { cat "$work/serve.err" >&2; exit 1; }
# Any key is accepted on loopback; these are throwaway.
export AWS_ENDPOINT_URL=$url AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=AKIDLOCALDEMO \
    AWS_SECRET_ACCESS_KEY=local-demo AWS_PAGER=

# A word as a shell reads it back: bare when it is safe, else in single quotes.
quote() {
    if [[ "$1" =~ ^[A-Za-z0-9_@%+=:,./-]+$ ]]; then
        printf '%s' "$1"
    else
        printf "'%s'" "${1//\'/\'\\\'\'}"
    fi
}
line() { # `iotmit ARGS...` as a shell reads it back
    local out="iotmit" word
    for word in "$@"; do out+=" $(quote "$word")"; done
    printf '%s' "$out"
}
run() {
    printf '\n$ %s\n' "$(line "$@")"
    "$IOTMIT" "$@"
}
# value NAME ARGS...: runs the command, prints `NAME=$(iotmit ...)` and the value, and sets NAME.
value() {
    local name=$1
    shift
    printf '\n$ %s=$(%s)\n' "$name" "$(line "$@")"
    printf -v "$name" '%s' "$("$IOTMIT" "$@")"
    printf '%s\n' "${!name}"
}

printf 'export AWS_ENDPOINT_URL=%s AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=AKIDLOCALDEMO AWS_SECRET_ACCESS_KEY=local-demo\n' "$url"
role=arn:aws:iam::123456789012:role/FleetRole

# 1. The fleet: two certificates the endpoint makes, one registered with a 1024-bit RSA key;
#    a thing for each; a quarantine group; a policy that allows everything.
value good1 create-keys-and-certificate --set-as-active --query certificateArn --output text
value good2 create-keys-and-certificate --set-as-active --query certificateArn --output text
value weak register-certificate-without-ca --status ACTIVE \
    --certificate-pem file://tests/fixtures/certs/rsa1024.pem --query certificateArn --output text
for pair in "lamp-1 $good1" "lamp-2 $good2" "lamp-3 $weak"; do
    set -- $pair
    run create-thing --thing-name "$1" --query thingArn --output text
    run attach-thing-principal --thing-name "$1" --principal "$2"
done
run create-thing-group --thing-group-name quarantine --query thingGroupArn --output text
run create-policy --policy-name fleet-policy --query policyVersionId --output text \
    --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:*","Resource":"*"}]}'
run attach-policy --policy-name fleet-policy --target "$good1"
run list-certificates --output table --query 'certificates[].{id: certificateId, status: status, mode: certificateMode}'

# 2. Audit it.
checks=(DEVICE_CERTIFICATE_KEY_QUALITY_CHECK DEVICE_CERTIFICATE_EXPIRING_CHECK
    IOT_POLICY_OVERLY_PERMISSIVE_CHECK LOGGING_DISABLED_CHECK)
enabled=$(printf '%s={enabled=true},' "${checks[@]}")
run update-account-audit-configuration --role-arn "$role" \
    --audit-check-configurations "${enabled%,}"
value audit start-on-demand-audit-task --target-check-names "${checks[@]}" \
    --query taskId --output text
run wait audit-task-complete --task-id "$audit" --query taskStatistics
run list-audit-findings --task-id "$audit" --output table \
    --query 'findings[].{check: checkName, reason: reasonForNonComplianceCode, severity: severity}'

# 3. Mitigate: quarantine the weak key's thing and deactivate its certificate, blank the
#    policy, turn logging on.
run create-mitigation-action --action-name Quarantine --role-arn "$role" \
    --action-params 'addThingsToThingGroupParams={thingGroupNames=[quarantine]}' --query actionId
run create-mitigation-action --action-name Deactivate --role-arn "$role" \
    --action-params 'updateDeviceCertificateParams={action=DEACTIVATE}' --query actionId
run create-mitigation-action --action-name BlankPolicy --role-arn "$role" \
    --action-params 'replaceDefaultPolicyVersionParams={templateName=BLANK_POLICY}' --query actionId
run create-mitigation-action --action-name EnableLogging --role-arn "$role" \
    --action-params "enableIoTLoggingParams={roleArnForLogging=$role,logLevel=ERROR}" --query actionId
mapping='DEVICE_CERTIFICATE_KEY_QUALITY_CHECK=Quarantine,Deactivate,'
mapping+='IOT_POLICY_OVERLY_PERMISSIVE_CHECK=BlankPolicy,LOGGING_DISABLED_CHECK=EnableLogging'
run start-audit-mitigation-actions-task --task-id fix-fleet --target "auditTaskId=$audit" \
    --audit-check-to-actions-mapping "$mapping" --wait \
    --query '{status: taskStatus, statistics: taskStatistics}'

# 4. The effects, through the registry's read operations.
run describe-certificate --certificate-id "${weak##*/}" --query certificateDescription.status
run list-things-in-thing-group --thing-group-name quarantine
run get-policy --policy-name fleet-policy --query '{default: defaultVersionId, document: policyDocument}'
run get-v2-logging-options

# 5. Audit again: nothing left.
value again start-on-demand-audit-task --target-check-names "${checks[@]}" \
    --query taskId --output text
run wait audit-task-complete --task-id "$again" --query taskStatistics
run list-audit-findings --task-id "$again" --query 'length(findings)'

# 6. A daily audit, run by moving the endpoint's clock a day.
run create-scheduled-audit --scheduled-audit-name daily --frequency DAILY \
    --target-check-names "${checks[@]}"
run local advance 1d
run list-audit-tasks --task-type SCHEDULED_AUDIT_TASK --start-time 2020-01-01 \
    --end-time 2100-01-01 --output table
