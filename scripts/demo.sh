#!/usr/bin/env bash
# A mitigation flow against the built-in local endpoint, on a fresh state: no AWS account, no
# network. Builds iotmit, defines two actions, applies them to the demo audit findings and to the
# demo ML Detect violations, and reads what happened.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
state_dir=$(mktemp -d)
trap 'rm -rf "$state_dir"' EXIT
run() {
    printf '\n$ iotmit --local %s\n' "$*"
    target/release/iotmit --local --local-state "$state_dir/demo.sqlite3" "$@"
}
wait_for() { # command... : repeats the describe call until the status is no longer IN_PROGRESS
    while [ "$(target/release/iotmit --local --local-state "$state_dir/demo.sqlite3" "$@")" = '"IN_PROGRESS"' ]; do
        sleep 0.3
    done
}

run create-mitigation-action --action-name Deactivate \
    --role-arn arn:aws:iam::123456789012:role/MitigationRole \
    --action-params 'updateDeviceCertificateParams={action=DEACTIVATE}'
run create-mitigation-action --action-name Quarantine \
    --role-arn arn:aws:iam::123456789012:role/MitigationRole \
    --action-params 'addThingsToThingGroupParams={thingGroupNames=[quarantine]}'
run list-mitigation-actions --query 'actionIdentifiers[].actionName'

run start-audit-mitigation-actions-task --task-id expiring-certs \
    --target auditTaskId=a1b2c3d4e5f60718293a4b5c6d7e8f90 \
    --audit-check-to-actions-mapping DEVICE_CERTIFICATE_EXPIRING_CHECK=Deactivate,Quarantine
wait_for describe-audit-mitigation-actions-task --task-id expiring-certs --query taskStatus
run describe-audit-mitigation-actions-task --task-id expiring-certs \
    --query '{status: taskStatus, statistics: taskStatistics}'
run list-audit-mitigation-actions-executions --task-id expiring-certs --finding-id f-0002

run start-detect-mitigation-actions-task --task-id noisy-lamps \
    --target securityProfileName=smart-lights --actions Quarantine --include-only-active-violations
wait_for describe-detect-mitigation-actions-task --task-id noisy-lamps --query taskSummary.taskStatus
run list-detect-mitigation-actions-executions --task-id noisy-lamps \
    --query 'actionsExecutions[].{violation: violationId, thing: thingName, status: status}'
