//! Worked examples for each command, shown by `iotmit <command> help` and in the man pages.
//! They use the local endpoint's demo data set, so each one runs as written with `--local`.

/// (what it does, the command line) pairs for a command, by its CLI name.
pub fn for_command(command: &str) -> &'static [(&'static str, &'static str)] {
    match command {
        "create-mitigation-action" => &[
            (
                "Define an action that deactivates the device certificate of a finding",
                "iotmit create-mitigation-action --action-name Deactivate --role-arn arn:aws:iam::123456789012:role/MitigationRole --action-params 'updateDeviceCertificateParams={action=DEACTIVATE}'",
            ),
            (
                "Define an action that moves things into quarantine groups, with tags",
                "iotmit create-mitigation-action --action-name Quarantine --role-arn arn:aws:iam::123456789012:role/MitigationRole --action-params 'addThingsToThingGroupParams={thingGroupNames=[quarantine],overrideDynamicGroups=true}' --tags Key=team,Value=iot",
            ),
        ],
        "update-mitigation-action" => &[(
            "Give an action another role",
            "iotmit update-mitigation-action --action-name Deactivate --role-arn arn:aws:iam::123456789012:role/OtherMitigationRole",
        )],
        "describe-mitigation-action" => &[(
            "Show an action's parameters only",
            "iotmit describe-mitigation-action --action-name Quarantine --query actionParams",
        )],
        "list-mitigation-actions" => &[
            (
                "List every action that adds things to groups",
                "iotmit list-mitigation-actions --action-type ADD_THINGS_TO_THING_GROUP",
            ),
            (
                "The first ten names, then resume from the printed NextToken",
                "iotmit list-mitigation-actions --max-items 10 --query 'actionIdentifiers[].actionName'",
            ),
        ],
        "delete-mitigation-action" => &[(
            "Delete an action (deleting an unknown name succeeds)",
            "iotmit delete-mitigation-action --action-name Quarantine",
        )],
        "start-audit-mitigation-actions-task" => &[
            (
                "Apply an action to every expiring-certificate finding of an audit, and wait",
                "iotmit start-audit-mitigation-actions-task --task-id expiring-certs --target auditTaskId=a1b2c3d4e5f60718293a4b5c6d7e8f90 --audit-check-to-actions-mapping DEVICE_CERTIFICATE_EXPIRING_CHECK=Deactivate --wait",
            ),
            (
                "Apply actions to two findings only",
                "iotmit start-audit-mitigation-actions-task --task-id two-findings --target findingIds=f-0001,f-0002 --audit-check-to-actions-mapping DEVICE_CERTIFICATE_EXPIRING_CHECK=Deactivate,Quarantine",
            ),
        ],
        "cancel-audit-mitigation-actions-task" => &[(
            "Stop the executions that have not run yet",
            "iotmit cancel-audit-mitigation-actions-task --task-id expiring-certs",
        )],
        "describe-audit-mitigation-actions-task" => &[(
            "Show a task's status and its statistics per check",
            "iotmit describe-audit-mitigation-actions-task --task-id expiring-certs --query '{status: taskStatus, statistics: taskStatistics}'",
        )],
        "list-audit-mitigation-actions-tasks" => &[(
            "Tasks started in November 2026 that failed",
            "iotmit list-audit-mitigation-actions-tasks --start-time 2026-11-01 --end-time 2026-11-30T23:59:59Z --task-status FAILED",
        )],
        "list-audit-mitigation-actions-executions" => &[(
            "What happened to one finding",
            "iotmit list-audit-mitigation-actions-executions --task-id expiring-certs --finding-id f-0002 --output table",
        )],
        "start-detect-mitigation-actions-task" => &[
            (
                "Quarantine the things with active violations of a security profile",
                "iotmit start-detect-mitigation-actions-task --task-id noisy-lamps --target securityProfileName=smart-lights --actions Quarantine --include-only-active-violations",
            ),
            (
                "Act on violations that started within a time range",
                "iotmit start-detect-mitigation-actions-task --task-id yesterday --target securityProfileName=smart-lights --actions Quarantine --violation-event-occurrence-range startTime=2026-11-20,endTime=2026-11-21",
            ),
        ],
        "cancel-detect-mitigation-actions-task" => &[(
            "Stop a running detect task",
            "iotmit cancel-detect-mitigation-actions-task --task-id noisy-lamps",
        )],
        "describe-detect-mitigation-actions-task" => &[(
            "Show a task's status and counts",
            "iotmit describe-detect-mitigation-actions-task --task-id noisy-lamps --query 'taskSummary.[taskStatus, taskStatistics]'",
        )],
        "list-detect-mitigation-actions-tasks" => &[(
            "Detect tasks of the last day (epoch seconds work too)",
            "iotmit list-detect-mitigation-actions-tasks --start-time 2026-11-20 --end-time 2026-11-21",
        )],
        "list-detect-mitigation-actions-executions" => &[(
            "The executions on one thing",
            "iotmit list-detect-mitigation-actions-executions --task-id noisy-lamps --thing-name lamp-17",
        )],
        _ => &[],
    }
}
