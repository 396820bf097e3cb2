#!/usr/bin/env bash
# The audit-to-mitigation loop against the built-in local endpoint, on a fresh state: no AWS
# account, no network. Builds iotmit, enables seven audit checks, runs an on-demand audit, reads
# its findings, suppresses one, previews the mitigation, applies it and waits for it, then audits
# again: only the suppressed finding is left.
#
# Every command is printed as it can be pasted into a shell, after
#   export IOTMIT_LOCAL_STATE=<the state file printed first>
# IOTMIT=path/to/iotmit runs another build instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${IOTMIT:-}" ]; then
    cargo build --release --quiet
    IOTMIT=target/release/iotmit
fi
state_dir=$(mktemp -d)
trap 'rm -rf "$state_dir"' EXIT
export IOTMIT_LOCAL_STATE="$state_dir/demo.sqlite3"

# A word as a shell reads it back: bare when it is safe, else in single quotes.
quote() {
    if [[ "$1" =~ ^[A-Za-z0-9_@%+=:,./-]+$ ]]; then
        printf '%s' "$1"
    else
        printf "'%s'" "${1//\'/\'\\\'\'}"
    fi
}
show() { # prints `$ iotmit --local ARGS...` as a shell reads it back
    local line="iotmit --local" word
    for word in "$@"; do line+=" $(quote "$word")"; done
    printf '\n$ %s\n' "$line"
}
run() {
    show "$@"
    "$IOTMIT" --local "$@"
}
# value NAME ARGS...: runs the command, prints `NAME=$(iotmit ...)` and the value, and sets NAME.
value() {
    local name=$1 line="iotmit --local" word
    shift
    for word in "$@"; do line+=" $(quote "$word")"; done
    printf '\n$ %s=$(%s)\n' "$name" "$line"
    printf -v "$name" '%s' "$("$IOTMIT" --local "$@")"
    printf '%s\n' "${!name}"
}

printf 'export IOTMIT_LOCAL_STATE=%s\n' "$(quote "$IOTMIT_LOCAL_STATE")"
role=arn:aws:iam::123456789012:role/AuditRole
checks=(DEVICE_CERTIFICATE_EXPIRING_CHECK DEVICE_CERTIFICATE_SHARED_CHECK REVOKED_CA_CERT_CHECK
    CA_CERTIFICATE_EXPIRING_CHECK INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK
    IOT_POLICY_OVERLY_PERMISSIVE_CHECK LOGGING_DISABLED_CHECK)
enabled=$(printf '%s={enabled=true},' "${checks[@]}")

# 1. Configure the audit and run it.
run update-account-audit-configuration --role-arn "$role" \
    --audit-check-configurations "${enabled%,}"
value audit start-on-demand-audit-task --target-check-names "${checks[@]}" \
    --query taskId --output text
run wait audit-task-complete --task-id "$audit" \
    --query '{status: taskStatus, checks: taskStatistics}'

# 2. Read the findings.
run list-audit-findings --task-id "$audit" --output table \
    --query 'findings[].{check: checkName, severity: severity, reason: reasonForNonComplianceCode}'

# 3. Accept one finding for now, define the actions, and see what the task would do.
value finding list-audit-findings --task-id "$audit" --check-name DEVICE_CERTIFICATE_SHARED_CHECK \
    --query 'findings[0].findingId' --output text
value shared describe-audit-finding --finding-id "$finding" \
    --query 'finding.nonCompliantResource.resourceIdentifier.deviceCertificateId' --output text
run create-audit-suppression --check-name DEVICE_CERTIFICATE_SHARED_CHECK \
    --resource-identifier "deviceCertificateId=$shared" --suppress-indefinitely \
    --description 'lab devices, replaced next week'
run create-mitigation-action --action-name Deactivate --role-arn "$role" \
    --action-params 'updateDeviceCertificateParams={action=DEACTIVATE}' --query actionId
run create-mitigation-action --action-name DeactivateCA --role-arn "$role" \
    --action-params 'updateCACertificateParams={action=DEACTIVATE}' --query actionId
run create-mitigation-action --action-name BlankPolicy --role-arn "$role" \
    --action-params 'replaceDefaultPolicyVersionParams={templateName=BLANK_POLICY}' --query actionId
run create-mitigation-action --action-name EnableLogging --role-arn "$role" \
    --action-params "enableIoTLoggingParams={roleArnForLogging=$role,logLevel=ERROR}" --query actionId
mapping='DEVICE_CERTIFICATE_EXPIRING_CHECK=Deactivate,DEVICE_CERTIFICATE_SHARED_CHECK=Deactivate,'
mapping+='INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK=Deactivate,'
mapping+='REVOKED_CA_CERT_CHECK=DeactivateCA,CA_CERTIFICATE_EXPIRING_CHECK=DeactivateCA,'
mapping+='IOT_POLICY_OVERLY_PERMISSIVE_CHECK=BlankPolicy,LOGGING_DISABLED_CHECK=EnableLogging'
run start-audit-mitigation-actions-task --task-id fix-findings --target "auditTaskId=$audit" \
    --audit-check-to-actions-mapping "$mapping" --preview \
    --query '{counts: counts, excluded: excludedFindings}'

# 4. Mitigate, and wait for it.
run start-audit-mitigation-actions-task --task-id fix-findings --target "auditTaskId=$audit" \
    --audit-check-to-actions-mapping "$mapping" --wait \
    --query '{status: taskStatus, statistics: taskStatistics}'
run list-audit-mitigation-actions-executions --task-id fix-findings --finding-id "$finding" \
    --query 'actionsExecutions[].{action: actionName, status: status, why: message}'

# 5. Audit again: what was mitigated is gone, the suppressed finding stays (marked).
value again start-on-demand-audit-task --target-check-names "${checks[@]}" \
    --query taskId --output text
run wait audit-task-complete --task-id "$again" --query taskStatistics
run list-audit-findings --task-id "$again" --output table \
    --query 'findings[].{check: checkName, suppressed: isSuppressed}'
