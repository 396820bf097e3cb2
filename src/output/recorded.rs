//! The text, table and YAML renderings of whole command results, checked together against
//! what AWS CLI v2 printed for the same documents, and against documents of every odd shape.

use super::table::{table, table_checked};
use super::text::{text, text_checked};
use super::yaml::{yaml, yaml_stream_page};
use serde_json::{json, Value};

fn parse(s: &str) -> Value {
    serde_json::from_str(s).expect("test document")
}

#[test]
fn ten_thousand_actions_render_in_every_format() {
    let items: Vec<Value> = (0..10_000)
        .map(|i| {
            json!({
                "actionName": format!("Action{i:05}"),
                "actionArn": format!("arn:aws:iot:us-east-1:123456789012:mitigationaction/Action{i:05}"),
                "creationDate": "2020-07-07T21:32:00.512000+00:00"
            })
        })
        .collect();
    let doc = json!({ "actionIdentifiers": items });
    assert_eq!(text(&doc).lines().count(), 10_000);
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false)
            .lines()
            .count(),
        10_000 + 8
    );
    assert_eq!(yaml(&doc).lines().count(), 30_001);
    assert_eq!(yaml_stream_page(&doc).lines().count(), 30_001);
}

#[test]
fn odd_documents_do_not_panic() {
    let mut deep = json!("x");
    for i in 0..100 {
        deep = if i % 2 == 0 {
            json!([deep, 1])
        } else {
            json!({ "k": deep, "s": "v" })
        };
    }
    let odd = [
        deep,
        json!([[1], [1, 2], {"a": 1}, [], {}]),
        json!([{"a": 1}, [0, 5], ""]),
        json!([{"a": 1}, [9_999_999_999_999_999_999u128 as f64]]),
        json!({"": {"": [""]}, "\u{2028}": "\u{85}\r\n \n"}),
        json!([["\u{feff}", "😀😀😀😀"], ["e\u{301}"]]),
    ];
    for doc in &odd {
        for width in [0, 1, 80] {
            let _ = table_checked("T", doc, width, true);
            let _ = table_checked("", doc, width, false);
        }
        let _ = text_checked(doc);
        let _ = yaml(doc);
        let _ = yaml_stream_page(doc);
    }
}

// ------------------------------------------------------------------------------------
// Outputs of the real AWS CLI v2 (2.36), run against a local endpoint that replies with
// the response each test shows (timestamps sent as epoch seconds). `doc` is the document
// v2's JSON output shows for the same call.
// ------------------------------------------------------------------------------------

/// `aws iot create-mitigation-action`, stdout piped.
#[test]
fn v2_create_mitigation_action() {
    let doc = parse(
        r#"{
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429"
}"#,
    );
    assert_eq!(text(&doc), "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\t6a22b98e-0e27-4396-9b25-637d04959429\n");
    assert_eq!(
        table("CreateMitigationAction", &doc, 80, false),
        r#"---------------------------------------------------------------------------------------
|                               CreateMitigationAction                                |
+-----------+-------------------------------------------------------------------------+
|  actionArn|  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   |
|  actionId |  6a22b98e-0e27-4396-9b25-637d04959429                                   |
+-----------+-------------------------------------------------------------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
actionId: 6a22b98e-0e27-4396-9b25-637d04959429
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionId: 6a22b98e-0e27-4396-9b25-637d04959429
"#
    );
}

/// `aws iot update-mitigation-action`, stdout piped.
#[test]
fn v2_update_mitigation_action() {
    let doc = parse(
        r#"{
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429"
}"#,
    );
    assert_eq!(text(&doc), "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\t6a22b98e-0e27-4396-9b25-637d04959429\n");
    assert_eq!(
        yaml(&doc),
        r#"actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
actionId: 6a22b98e-0e27-4396-9b25-637d04959429
"#
    );
}

/// `aws iot describe-mitigation-action`, stdout piped.
#[test]
fn v2_describe_mitigation_action() {
    let doc = parse(
        r#"{
 "actionName": "QuarantineThings",
 "actionType": "ADD_THINGS_TO_THING_GROUP",
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
 "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
 "actionParams": {
  "addThingsToThingGroupParams": {
   "thingGroupNames": [
    "quarantine",
    "isolated"
   ],
   "overrideDynamicGroups": true
  }
 },
 "creationDate": "2020-07-07T21:32:00.512000+00:00",
 "lastModifiedDate": "2020-07-07T22:32:00+00:00"
}"#,
    );
    assert_eq!(text(&doc), "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tADD_THINGS_TO_THING_GROUP\t2020-07-07T21:32:00.512000+00:00\t2020-07-07T22:32:00+00:00\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tTrue\n\
THINGGROUPNAMES\tquarantine\n\
THINGGROUPNAMES\tisolated\n");
    assert_eq!(
        table("DescribeMitigationAction", &doc, 80, false),
        r#"----------------------------------------------------------------------------------------------
|                                  DescribeMitigationAction                                  |
+------------------+-------------------------------------------------------------------------+
|  actionArn       |  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   |
|  actionId        |  6a22b98e-0e27-4396-9b25-637d04959429                                   |
|  actionName      |  QuarantineThings                                                       |
|  actionType      |  ADD_THINGS_TO_THING_GROUP                                              |
|  creationDate    |  2020-07-07T21:32:00.512000+00:00                                       |
|  lastModifiedDate|  2020-07-07T22:32:00+00:00                                              |
|  roleArn         |  arn:aws:iam::123456789012:role/MitigationActionsValidRole              |
+------------------+-------------------------------------------------------------------------+
||                                       actionParams                                       ||
|+------------------------------------------------------------------------------------------+|
|||                               addThingsToThingGroupParams                              |||
||+------------------------------------------------------------------+---------------------+||
|||  overrideDynamicGroups                                           |  True               |||
||+------------------------------------------------------------------+---------------------+||
||||                                    thingGroupNames                                   ||||
|||+--------------------------------------------------------------------------------------+|||
||||  quarantine                                                                          ||||
||||  isolated                                                                            ||||
|||+--------------------------------------------------------------------------------------+|||
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
actionId: 6a22b98e-0e27-4396-9b25-637d04959429
actionName: QuarantineThings
actionParams:
  addThingsToThingGroupParams:
    overrideDynamicGroups: true
    thingGroupNames:
    - quarantine
    - isolated
actionType: ADD_THINGS_TO_THING_GROUP
creationDate: '2020-07-07T21:32:00.512000+00:00'
lastModifiedDate: '2020-07-07T22:32:00+00:00'
roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionId: 6a22b98e-0e27-4396-9b25-637d04959429
  actionName: QuarantineThings
  actionParams:
    addThingsToThingGroupParams:
      overrideDynamicGroups: true
      thingGroupNames:
      - quarantine
      - isolated
  actionType: ADD_THINGS_TO_THING_GROUP
  creationDate: '2020-07-07T21:32:00.512000+00:00'
  lastModifiedDate: '2020-07-07T22:32:00+00:00'
  roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
"#
    );
}

/// `aws iot list-mitigation-actions`, stdout piped.
#[test]
fn v2_list_mitigation_actions() {
    let doc = parse(
        r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  }
 ]
}"#,
    );
    assert_eq!(text(&doc), "ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\tDeactivateCert\t2020-07-07T22:32:00+00:00\n");
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"------------------------------------------------------------------------------------------------------------------------------------
|                                                       ListMitigationActions                                                      |
+----------------------------------------------------------------------------------------------------------------------------------+
||                                                        actionIdentifiers                                                       ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
||                               actionArn                               |    actionName     |           creationDate             ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings |  QuarantineThings |  2020-07-07T21:32:00.512000+00:00  ||
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert   |  DeactivateCert   |  2020-07-07T22:32:00+00:00         ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionIdentifiers:
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionName: QuarantineThings
  creationDate: '2020-07-07T21:32:00.512000+00:00'
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
  actionName: DeactivateCert
  creationDate: '2020-07-07T22:32:00+00:00'
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- actionIdentifiers:
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
    actionName: QuarantineThings
    creationDate: '2020-07-07T21:32:00.512000+00:00'
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
    actionName: DeactivateCert
    creationDate: '2020-07-07T22:32:00+00:00'
"#
    );
}

/// `aws iot delete-mitigation-action`, stdout piped.
#[test]
fn v2_delete_mitigation_action() {
    let doc = json!({});
    assert_eq!(text(&doc), "");
    assert_eq!(table("DeleteMitigationAction", &doc, 80, false), "");
    assert_eq!(yaml(&doc), "");
    assert_eq!(yaml_stream_page(&doc), "");
}

/// `aws iot start-audit-mitigation-actions-task`, stdout piped.
#[test]
fn v2_start_audit_mitigation_actions_task() {
    let doc = parse(r#"{"taskId": "audit-task-1"}"#);
    assert_eq!(
        text(&doc),
        r#"audit-task-1
"#
    );
    assert_eq!(
        table("StartAuditMitigationActionsTask", &doc, 80, false),
        r#"---------------------------------
|StartAuditMitigationActionsTask|
+-----------+-------------------+
|  taskId   |  audit-task-1     |
+-----------+-------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"taskId: audit-task-1
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- taskId: audit-task-1
"#
    );
}

/// `aws iot cancel-audit-mitigation-actions-task`, stdout piped.
#[test]
fn v2_cancel_audit_mitigation_actions_task() {
    let doc = json!({});
    assert_eq!(text(&doc), "");
    assert_eq!(
        table("CancelAuditMitigationActionsTask", &doc, 80, false),
        ""
    );
    assert_eq!(yaml(&doc), "");
    assert_eq!(yaml_stream_page(&doc), "");
}

/// `aws iot describe-audit-mitigation-actions-task`, stdout piped.
#[test]
fn v2_describe_audit_mitigation_actions_task() {
    let doc = parse(
        r#"{
 "taskStatus": "COMPLETED",
 "startTime": "2020-07-07T21:32:00.512000+00:00",
 "endTime": "2020-07-07T22:32:00+00:00",
 "taskStatistics": {
  "DEVICE_CERTIFICATE_EXPIRING_CHECK": {
   "totalFindingsCount": 2,
   "failedFindingsCount": 0,
   "succeededFindingsCount": 2,
   "skippedFindingsCount": 0,
   "canceledFindingsCount": 0
  },
  "CA_CERTIFICATE_EXPIRING_CHECK": {
   "totalFindingsCount": 1,
   "failedFindingsCount": 1,
   "succeededFindingsCount": 0,
   "skippedFindingsCount": 0,
   "canceledFindingsCount": 0
  }
 },
 "target": {
  "auditTaskId": "a1b2c3",
  "findingIds": [
   "f-1",
   "f-2"
  ],
  "auditCheckToReasonCodeFilter": {
   "DEVICE_CERTIFICATE_EXPIRING_CHECK": [
    "CERTIFICATE_EXPIRING"
   ],
   "CA_CERTIFICATE_EXPIRING_CHECK": [
    "CERTIFICATE_EXPIRING",
    "CERTIFICATE_REVOKED"
   ]
  }
 },
 "auditCheckToActionsMapping": {
  "DEVICE_CERTIFICATE_EXPIRING_CHECK": [
   "DeactivateCert"
  ],
  "CA_CERTIFICATE_EXPIRING_CHECK": [
   "QuarantineThings",
   "DeactivateCert"
  ]
 },
 "actionsDefinition": [
  {
   "name": "QuarantineThings",
   "id": "6a22b98e-0e27-4396-9b25-637d04959429",
   "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
   "actionParams": {
    "addThingsToThingGroupParams": {
     "thingGroupNames": [
      "quarantine"
     ],
     "overrideDynamicGroups": false
    }
   }
  },
  {
   "name": "DeactivateCert",
   "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
   "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
   "actionParams": {
    "updateDeviceCertificateParams": {
     "action": "DEACTIVATE"
    }
   }
  }
 ]
}"#,
    );
    assert_eq!(text(&doc), "2020-07-07T22:32:00+00:00\t2020-07-07T21:32:00.512000+00:00\tCOMPLETED\n\
ACTIONSDEFINITION\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tFalse\n\
THINGGROUPNAMES\tquarantine\n\
ACTIONSDEFINITION\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
UPDATEDEVICECERTIFICATEPARAMS\tDEACTIVATE\n\
CA_CERTIFICATE_EXPIRING_CHECK\tQuarantineThings\n\
CA_CERTIFICATE_EXPIRING_CHECK\tDeactivateCert\n\
DEVICE_CERTIFICATE_EXPIRING_CHECK\tDeactivateCert\n\
TARGET\ta1b2c3\n\
CA_CERTIFICATE_EXPIRING_CHECK\tCERTIFICATE_EXPIRING\n\
CA_CERTIFICATE_EXPIRING_CHECK\tCERTIFICATE_REVOKED\n\
DEVICE_CERTIFICATE_EXPIRING_CHECK\tCERTIFICATE_EXPIRING\n\
FINDINGIDS\tf-1\n\
FINDINGIDS\tf-2\n\
CA_CERTIFICATE_EXPIRING_CHECK\t0\t1\t0\t0\t1\n\
DEVICE_CERTIFICATE_EXPIRING_CHECK\t0\t0\t0\t2\t2\n");
    assert_eq!(
        table("DescribeAuditMitigationActionsTask", &doc, 80, false),
        r#"----------------------------------------------------------------------------
|                    DescribeAuditMitigationActionsTask                    |
+-------------------+------------------------------------------------------+
|  endTime          |  2020-07-07T22:32:00+00:00                           |
|  startTime        |  2020-07-07T21:32:00.512000+00:00                    |
|  taskStatus       |  COMPLETED                                           |
+-------------------+------------------------------------------------------+
||                            actionsDefinition                           ||
|+---------+--------------------------------------------------------------+|
||  id     |  6a22b98e-0e27-4396-9b25-637d04959429                        ||
||  name   |  QuarantineThings                                            ||
||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   ||
|+---------+--------------------------------------------------------------+|
|||                             actionParams                             |||
||+----------------------------------------------------------------------+||
||||                     addThingsToThingGroupParams                    ||||
|||+-------------------------------------------------+------------------+|||
||||  overrideDynamicGroups                          |  False           ||||
|||+-------------------------------------------------+------------------+|||
|||||                          thingGroupNames                         |||||
||||+------------------------------------------------------------------+||||
|||||  quarantine                                                      |||||
||||+------------------------------------------------------------------+||||
||                            actionsDefinition                           ||
|+---------+--------------------------------------------------------------+|
||  id     |  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d                        ||
||  name   |  DeactivateCert                                              ||
||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   ||
|+---------+--------------------------------------------------------------+|
|||                             actionParams                             |||
||+----------------------------------------------------------------------+||
||||                    updateDeviceCertificateParams                   ||||
|||+---------------------------+----------------------------------------+|||
||||  action                   |  DEACTIVATE                            ||||
|||+---------------------------+----------------------------------------+|||
||                       auditCheckToActionsMapping                       ||
|+------------------------------------------------------------------------+|
|||                     CA_CERTIFICATE_EXPIRING_CHECK                    |||
||+----------------------------------------------------------------------+||
|||  QuarantineThings                                                    |||
|||  DeactivateCert                                                      |||
||+----------------------------------------------------------------------+||
|||                   DEVICE_CERTIFICATE_EXPIRING_CHECK                  |||
||+----------------------------------------------------------------------+||
|||  DeactivateCert                                                      |||
||+----------------------------------------------------------------------+||
||                                 target                                 ||
|+------------------------------------------+-----------------------------+|
||  auditTaskId                             |  a1b2c3                     ||
|+------------------------------------------+-----------------------------+|
|||                     auditCheckToReasonCodeFilter                     |||
||+----------------------------------------------------------------------+||
||||                    CA_CERTIFICATE_EXPIRING_CHECK                   ||||
|||+--------------------------------------------------------------------+|||
||||  CERTIFICATE_EXPIRING                                              ||||
||||  CERTIFICATE_REVOKED                                               ||||
|||+--------------------------------------------------------------------+|||
||||                  DEVICE_CERTIFICATE_EXPIRING_CHECK                 ||||
|||+--------------------------------------------------------------------+|||
||||  CERTIFICATE_EXPIRING                                              ||||
|||+--------------------------------------------------------------------+|||
|||                              findingIds                              |||
||+----------------------------------------------------------------------+||
|||  f-1                                                                 |||
|||  f-2                                                                 |||
||+----------------------------------------------------------------------+||
||                             taskStatistics                             ||
|+------------------------------------------------------------------------+|
|||                     CA_CERTIFICATE_EXPIRING_CHECK                    |||
||+----------------------------------------------------------+-----------+||
|||  canceledFindingsCount                                   |  0        |||
|||  failedFindingsCount                                     |  1        |||
|||  skippedFindingsCount                                    |  0        |||
|||  succeededFindingsCount                                  |  0        |||
|||  totalFindingsCount                                      |  1        |||
||+----------------------------------------------------------+-----------+||
|||                   DEVICE_CERTIFICATE_EXPIRING_CHECK                  |||
||+----------------------------------------------------------+-----------+||
|||  canceledFindingsCount                                   |  0        |||
|||  failedFindingsCount                                     |  0        |||
|||  skippedFindingsCount                                    |  0        |||
|||  succeededFindingsCount                                  |  2        |||
|||  totalFindingsCount                                      |  2        |||
||+----------------------------------------------------------+-----------+||
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionsDefinition:
- actionParams:
    addThingsToThingGroupParams:
      overrideDynamicGroups: false
      thingGroupNames:
      - quarantine
  id: 6a22b98e-0e27-4396-9b25-637d04959429
  name: QuarantineThings
  roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
- actionParams:
    updateDeviceCertificateParams:
      action: DEACTIVATE
  id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
  name: DeactivateCert
  roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
auditCheckToActionsMapping:
  CA_CERTIFICATE_EXPIRING_CHECK:
  - QuarantineThings
  - DeactivateCert
  DEVICE_CERTIFICATE_EXPIRING_CHECK:
  - DeactivateCert
endTime: '2020-07-07T22:32:00+00:00'
startTime: '2020-07-07T21:32:00.512000+00:00'
target:
  auditCheckToReasonCodeFilter:
    CA_CERTIFICATE_EXPIRING_CHECK:
    - CERTIFICATE_EXPIRING
    - CERTIFICATE_REVOKED
    DEVICE_CERTIFICATE_EXPIRING_CHECK:
    - CERTIFICATE_EXPIRING
  auditTaskId: a1b2c3
  findingIds:
  - f-1
  - f-2
taskStatistics:
  CA_CERTIFICATE_EXPIRING_CHECK:
    canceledFindingsCount: 0
    failedFindingsCount: 1
    skippedFindingsCount: 0
    succeededFindingsCount: 0
    totalFindingsCount: 1
  DEVICE_CERTIFICATE_EXPIRING_CHECK:
    canceledFindingsCount: 0
    failedFindingsCount: 0
    skippedFindingsCount: 0
    succeededFindingsCount: 2
    totalFindingsCount: 2
taskStatus: COMPLETED
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- actionsDefinition:
  - actionParams:
      addThingsToThingGroupParams:
        overrideDynamicGroups: false
        thingGroupNames:
        - quarantine
    id: 6a22b98e-0e27-4396-9b25-637d04959429
    name: QuarantineThings
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  - actionParams:
      updateDeviceCertificateParams:
        action: DEACTIVATE
    id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    name: DeactivateCert
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  auditCheckToActionsMapping:
    CA_CERTIFICATE_EXPIRING_CHECK:
    - QuarantineThings
    - DeactivateCert
    DEVICE_CERTIFICATE_EXPIRING_CHECK:
    - DeactivateCert
  endTime: '2020-07-07T22:32:00+00:00'
  startTime: '2020-07-07T21:32:00.512000+00:00'
  target:
    auditCheckToReasonCodeFilter:
      CA_CERTIFICATE_EXPIRING_CHECK:
      - CERTIFICATE_EXPIRING
      - CERTIFICATE_REVOKED
      DEVICE_CERTIFICATE_EXPIRING_CHECK:
      - CERTIFICATE_EXPIRING
    auditTaskId: a1b2c3
    findingIds:
    - f-1
    - f-2
  taskStatistics:
    CA_CERTIFICATE_EXPIRING_CHECK:
      canceledFindingsCount: 0
      failedFindingsCount: 1
      skippedFindingsCount: 0
      succeededFindingsCount: 0
      totalFindingsCount: 1
    DEVICE_CERTIFICATE_EXPIRING_CHECK:
      canceledFindingsCount: 0
      failedFindingsCount: 0
      skippedFindingsCount: 0
      succeededFindingsCount: 2
      totalFindingsCount: 2
  taskStatus: COMPLETED
"#
    );
}

/// `aws iot list-audit-mitigation-actions-tasks`, stdout piped.
#[test]
fn v2_list_audit_mitigation_actions_tasks() {
    let doc = parse(
        r#"{
 "tasks": [
  {
   "taskId": "audit-task-1",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "taskStatus": "COMPLETED"
  },
  {
   "taskId": "audit-task-2",
   "startTime": "2020-07-07T22:32:00+00:00",
   "taskStatus": "IN_PROGRESS"
  }
 ]
}"#,
    );
    assert_eq!(
        text(&doc),
        "TASKS\t2020-07-07T21:32:00.512000+00:00\taudit-task-1\tCOMPLETED\n\
TASKS\t2020-07-07T22:32:00+00:00\taudit-task-2\tIN_PROGRESS\n"
    );
    assert_eq!(
        table("ListAuditMitigationActionsTasks", &doc, 80, false),
        r#"-----------------------------------------------------------------------
|                   ListAuditMitigationActionsTasks                   |
+---------------------------------------------------------------------+
||                               tasks                               ||
|+-----------------------------------+---------------+---------------+|
||             startTime             |    taskId     |  taskStatus   ||
|+-----------------------------------+---------------+---------------+|
||  2020-07-07T21:32:00.512000+00:00 |  audit-task-1 |  COMPLETED    ||
||  2020-07-07T22:32:00+00:00        |  audit-task-2 |  IN_PROGRESS  ||
|+-----------------------------------+---------------+---------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"tasks:
- startTime: '2020-07-07T21:32:00.512000+00:00'
  taskId: audit-task-1
  taskStatus: COMPLETED
- startTime: '2020-07-07T22:32:00+00:00'
  taskId: audit-task-2
  taskStatus: IN_PROGRESS
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- tasks:
  - startTime: '2020-07-07T21:32:00.512000+00:00'
    taskId: audit-task-1
    taskStatus: COMPLETED
  - startTime: '2020-07-07T22:32:00+00:00'
    taskId: audit-task-2
    taskStatus: IN_PROGRESS
"#
    );
}

/// `aws iot list-audit-mitigation-actions-executions`, stdout piped.
#[test]
fn v2_list_audit_mitigation_actions_executions() {
    let doc = parse(
        r#"{
 "actionsExecutions": [
  {
   "taskId": "audit-task-1",
   "findingId": "f-1",
   "actionName": "DeactivateCert",
   "actionId": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
   "status": "COMPLETED",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "endTime": "2020-07-07T22:32:00+00:00"
  },
  {
   "taskId": "audit-task-1",
   "findingId": "f-1",
   "actionName": "QuarantineThings",
   "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
   "status": "FAILED",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "endTime": "2020-07-07T22:32:00+00:00",
   "errorCode": "AccessDenied",
   "message": "The role cannot add things to the group."
  }
 ]
}"#,
    );
    assert_eq!(text(&doc), "ACTIONSEXECUTIONS\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\t2020-07-07T22:32:00+00:00\t\tf-1\t\t2020-07-07T21:32:00.512000+00:00\tCOMPLETED\taudit-task-1\n\
ACTIONSEXECUTIONS\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\t2020-07-07T22:32:00+00:00\tAccessDenied\tf-1\tThe role cannot add things to the group.\t2020-07-07T21:32:00.512000+00:00\tFAILED\taudit-task-1\n");
    assert_eq!(
        table("ListAuditMitigationActionsExecutions", &doc, 80, false),
        r#"---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                                                ListAuditMitigationActionsExecutions                                                                                                 |
+-------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
||                                                                                                         actionsExecutions                                                                                                         ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
||               actionId               |    actionName     |          endTime           |   errorCode   | findingId  |                  message                  |             startTime             |   status    |    taskId      ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
||  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d|  DeactivateCert   |  2020-07-07T22:32:00+00:00 |               |  f-1       |                                           |  2020-07-07T21:32:00.512000+00:00 |  COMPLETED  |  audit-task-1  ||
||  6a22b98e-0e27-4396-9b25-637d04959429|  QuarantineThings |  2020-07-07T22:32:00+00:00 |  AccessDenied |  f-1       |  The role cannot add things to the group. |  2020-07-07T21:32:00.512000+00:00 |  FAILED     |  audit-task-1  ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionsExecutions:
- actionId: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
  actionName: DeactivateCert
  endTime: '2020-07-07T22:32:00+00:00'
  findingId: f-1
  startTime: '2020-07-07T21:32:00.512000+00:00'
  status: COMPLETED
  taskId: audit-task-1
- actionId: 6a22b98e-0e27-4396-9b25-637d04959429
  actionName: QuarantineThings
  endTime: '2020-07-07T22:32:00+00:00'
  errorCode: AccessDenied
  findingId: f-1
  message: The role cannot add things to the group.
  startTime: '2020-07-07T21:32:00.512000+00:00'
  status: FAILED
  taskId: audit-task-1
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- actionsExecutions:
  - actionId: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    actionName: DeactivateCert
    endTime: '2020-07-07T22:32:00+00:00'
    findingId: f-1
    startTime: '2020-07-07T21:32:00.512000+00:00'
    status: COMPLETED
    taskId: audit-task-1
  - actionId: 6a22b98e-0e27-4396-9b25-637d04959429
    actionName: QuarantineThings
    endTime: '2020-07-07T22:32:00+00:00'
    errorCode: AccessDenied
    findingId: f-1
    message: The role cannot add things to the group.
    startTime: '2020-07-07T21:32:00.512000+00:00'
    status: FAILED
    taskId: audit-task-1
"#
    );
}

/// `aws iot start-detect-mitigation-actions-task`, stdout piped.
#[test]
fn v2_start_detect_mitigation_actions_task() {
    let doc = parse(r#"{"taskId": "detect-task-1"}"#);
    assert_eq!(
        text(&doc),
        r#"detect-task-1
"#
    );
    assert_eq!(
        table("StartDetectMitigationActionsTask", &doc, 80, false),
        r#"----------------------------------
|StartDetectMitigationActionsTask|
+-----------+--------------------+
|  taskId   |  detect-task-1     |
+-----------+--------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"taskId: detect-task-1
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- taskId: detect-task-1
"#
    );
}

/// `aws iot cancel-detect-mitigation-actions-task`, stdout piped.
#[test]
fn v2_cancel_detect_mitigation_actions_task() {
    let doc = json!({});
    assert_eq!(text(&doc), "");
    assert_eq!(
        table("CancelDetectMitigationActionsTask", &doc, 80, false),
        ""
    );
    assert_eq!(yaml(&doc), "");
    assert_eq!(yaml_stream_page(&doc), "");
}

/// `aws iot describe-detect-mitigation-actions-task`, stdout piped.
#[test]
fn v2_describe_detect_mitigation_actions_task() {
    let doc = parse(
        r#"{
 "taskSummary": {
  "taskId": "detect-task-1",
  "taskStatus": "SUCCESSFUL",
  "taskStartTime": "2020-07-07T21:32:00.512000+00:00",
  "taskEndTime": "2020-07-07T22:32:00+00:00",
  "target": {
   "violationIds": [
    "v-1",
    "v-2"
   ],
   "securityProfileName": "sp1",
   "behaviorName": "Authorization"
  },
  "violationEventOccurrenceRange": {
   "startTime": "2020-07-06T01:46:40+00:00",
   "endTime": "2020-07-07T05:33:20.250000+00:00"
  },
  "onlyActiveViolationsIncluded": true,
  "suppressedAlertsIncluded": false,
  "actionsDefinition": [
   {
    "name": "QuarantineThings",
    "id": "6a22b98e-0e27-4396-9b25-637d04959429",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "addThingsToThingGroupParams": {
      "thingGroupNames": [
       "quarantine"
      ],
      "overrideDynamicGroups": false
     }
    }
   },
   {
    "name": "DeactivateCert",
    "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "updateDeviceCertificateParams": {
      "action": "DEACTIVATE"
     }
    }
   }
  ],
  "taskStatistics": {
   "actionsExecuted": 3,
   "actionsSkipped": 0,
   "actionsFailed": 1
  }
 }
}"#,
    );
    assert_eq!(text(&doc), "TASKSUMMARY\tTrue\tFalse\t2020-07-07T22:32:00+00:00\tdetect-task-1\t2020-07-07T21:32:00.512000+00:00\tSUCCESSFUL\n\
ACTIONSDEFINITION\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tFalse\n\
THINGGROUPNAMES\tquarantine\n\
ACTIONSDEFINITION\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
UPDATEDEVICECERTIFICATEPARAMS\tDEACTIVATE\n\
TARGET\tAuthorization\tsp1\n\
VIOLATIONIDS\tv-1\n\
VIOLATIONIDS\tv-2\n\
TASKSTATISTICS\t3\t1\t0\n\
VIOLATIONEVENTOCCURRENCERANGE\t2020-07-07T05:33:20.250000+00:00\t2020-07-06T01:46:40+00:00\n");
    assert_eq!(
        table("DescribeDetectMitigationActionsTask", &doc, 80, false),
        r#"------------------------------------------------------------------------------
|                     DescribeDetectMitigationActionsTask                    |
+----------------------------------------------------------------------------+
||                                taskSummary                               ||
|+----------------------------------+---------------------------------------+|
||  onlyActiveViolationsIncluded    |  True                                 ||
||  suppressedAlertsIncluded        |  False                                ||
||  taskEndTime                     |  2020-07-07T22:32:00+00:00            ||
||  taskId                          |  detect-task-1                        ||
||  taskStartTime                   |  2020-07-07T21:32:00.512000+00:00     ||
||  taskStatus                      |  SUCCESSFUL                           ||
|+----------------------------------+---------------------------------------+|
|||                            actionsDefinition                           |||
||+---------+--------------------------------------------------------------+||
|||  id     |  6a22b98e-0e27-4396-9b25-637d04959429                        |||
|||  name   |  QuarantineThings                                            |||
|||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   |||
||+---------+--------------------------------------------------------------+||
||||                             actionParams                             ||||
|||+----------------------------------------------------------------------+|||
|||||                     addThingsToThingGroupParams                    |||||
||||+-------------------------------------------------+------------------+||||
|||||  overrideDynamicGroups                          |  False           |||||
||||+-------------------------------------------------+------------------+||||
||||||                          thingGroupNames                         ||||||
|||||+------------------------------------------------------------------+|||||
||||||  quarantine                                                      ||||||
|||||+------------------------------------------------------------------+|||||
|||                            actionsDefinition                           |||
||+---------+--------------------------------------------------------------+||
|||  id     |  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d                        |||
|||  name   |  DeactivateCert                                              |||
|||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   |||
||+---------+--------------------------------------------------------------+||
||||                             actionParams                             ||||
|||+----------------------------------------------------------------------+|||
|||||                    updateDeviceCertificateParams                   |||||
||||+---------------------------+----------------------------------------+||||
|||||  action                   |  DEACTIVATE                            |||||
||||+---------------------------+----------------------------------------+||||
|||                                 target                                 |||
||+-----------------------------------------+------------------------------+||
|||  behaviorName                           |  Authorization               |||
|||  securityProfileName                    |  sp1                         |||
||+-----------------------------------------+------------------------------+||
||||                             violationIds                             ||||
|||+----------------------------------------------------------------------+|||
||||  v-1                                                                 ||||
||||  v-2                                                                 ||||
|||+----------------------------------------------------------------------+|||
|||                             taskStatistics                             |||
||+---------------------------------------------------------+--------------+||
|||  actionsExecuted                                        |  3           |||
|||  actionsFailed                                          |  1           |||
|||  actionsSkipped                                         |  0           |||
||+---------------------------------------------------------+--------------+||
|||                      violationEventOccurrenceRange                     |||
||+------------------+-----------------------------------------------------+||
|||  endTime         |  2020-07-07T05:33:20.250000+00:00                   |||
|||  startTime       |  2020-07-06T01:46:40+00:00                          |||
||+------------------+-----------------------------------------------------+||
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"taskSummary:
  actionsDefinition:
  - actionParams:
      addThingsToThingGroupParams:
        overrideDynamicGroups: false
        thingGroupNames:
        - quarantine
    id: 6a22b98e-0e27-4396-9b25-637d04959429
    name: QuarantineThings
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  - actionParams:
      updateDeviceCertificateParams:
        action: DEACTIVATE
    id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    name: DeactivateCert
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  onlyActiveViolationsIncluded: true
  suppressedAlertsIncluded: false
  target:
    behaviorName: Authorization
    securityProfileName: sp1
    violationIds:
    - v-1
    - v-2
  taskEndTime: '2020-07-07T22:32:00+00:00'
  taskId: detect-task-1
  taskStartTime: '2020-07-07T21:32:00.512000+00:00'
  taskStatistics:
    actionsExecuted: 3
    actionsFailed: 1
    actionsSkipped: 0
  taskStatus: SUCCESSFUL
  violationEventOccurrenceRange:
    endTime: '2020-07-07T05:33:20.250000+00:00'
    startTime: '2020-07-06T01:46:40+00:00'
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- taskSummary:
    actionsDefinition:
    - actionParams:
        addThingsToThingGroupParams:
          overrideDynamicGroups: false
          thingGroupNames:
          - quarantine
      id: 6a22b98e-0e27-4396-9b25-637d04959429
      name: QuarantineThings
      roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
    - actionParams:
        updateDeviceCertificateParams:
          action: DEACTIVATE
      id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
      name: DeactivateCert
      roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
    onlyActiveViolationsIncluded: true
    suppressedAlertsIncluded: false
    target:
      behaviorName: Authorization
      securityProfileName: sp1
      violationIds:
      - v-1
      - v-2
    taskEndTime: '2020-07-07T22:32:00+00:00'
    taskId: detect-task-1
    taskStartTime: '2020-07-07T21:32:00.512000+00:00'
    taskStatistics:
      actionsExecuted: 3
      actionsFailed: 1
      actionsSkipped: 0
    taskStatus: SUCCESSFUL
    violationEventOccurrenceRange:
      endTime: '2020-07-07T05:33:20.250000+00:00'
      startTime: '2020-07-06T01:46:40+00:00'
"#
    );
}

/// `aws iot list-detect-mitigation-actions-tasks`, stdout piped.
#[test]
fn v2_list_detect_mitigation_actions_tasks() {
    let doc = parse(
        r#"{
 "tasks": [
  {
   "taskId": "detect-task-1",
   "taskStatus": "SUCCESSFUL",
   "taskStartTime": "2020-07-07T21:32:00.512000+00:00",
   "taskEndTime": "2020-07-07T22:32:00+00:00",
   "target": {
    "violationIds": [
     "v-1",
     "v-2"
    ],
    "securityProfileName": "sp1",
    "behaviorName": "Authorization"
   },
   "violationEventOccurrenceRange": {
    "startTime": "2020-07-06T01:46:40+00:00",
    "endTime": "2020-07-07T05:33:20.250000+00:00"
   },
   "onlyActiveViolationsIncluded": true,
   "suppressedAlertsIncluded": false,
   "actionsDefinition": [
    {
     "name": "QuarantineThings",
     "id": "6a22b98e-0e27-4396-9b25-637d04959429",
     "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
     "actionParams": {
      "addThingsToThingGroupParams": {
       "thingGroupNames": [
        "quarantine"
       ],
       "overrideDynamicGroups": false
      }
     }
    },
    {
     "name": "DeactivateCert",
     "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
     "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
     "actionParams": {
      "updateDeviceCertificateParams": {
       "action": "DEACTIVATE"
      }
     }
    }
   ],
   "taskStatistics": {
    "actionsExecuted": 3,
    "actionsSkipped": 0,
    "actionsFailed": 1
   }
  },
  {
   "taskId": "detect-task-2",
   "taskStatus": "IN_PROGRESS",
   "taskStartTime": "2020-07-07T22:32:00+00:00",
   "target": {
    "securityProfileName": "sp2"
   },
   "onlyActiveViolationsIncluded": false,
   "suppressedAlertsIncluded": true,
   "actionsDefinition": [],
   "taskStatistics": {
    "actionsExecuted": 0,
    "actionsSkipped": 0,
    "actionsFailed": 0
   }
  }
 ]
}"#,
    );
    assert_eq!(text(&doc), "TASKS\tTrue\tFalse\t2020-07-07T22:32:00+00:00\tdetect-task-1\t2020-07-07T21:32:00.512000+00:00\tSUCCESSFUL\n\
ACTIONSDEFINITION\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tFalse\n\
THINGGROUPNAMES\tquarantine\n\
ACTIONSDEFINITION\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
UPDATEDEVICECERTIFICATEPARAMS\tDEACTIVATE\n\
TARGET\tAuthorization\tsp1\n\
VIOLATIONIDS\tv-1\n\
VIOLATIONIDS\tv-2\n\
TASKSTATISTICS\t3\t1\t0\n\
VIOLATIONEVENTOCCURRENCERANGE\t2020-07-07T05:33:20.250000+00:00\t2020-07-06T01:46:40+00:00\n\
TASKS\tFalse\tTrue\t\tdetect-task-2\t2020-07-07T22:32:00+00:00\tIN_PROGRESS\n\
TARGET\tsp2\n\
TASKSTATISTICS\t0\t0\t0\n");
    assert_eq!(
        table("ListDetectMitigationActionsTasks", &doc, 80, false),
        r#"------------------------------------------------------------------------------
|                      ListDetectMitigationActionsTasks                      |
+----------------------------------------------------------------------------+
||                                   tasks                                  ||
|+----------------------------------+---------------------------------------+|
||  onlyActiveViolationsIncluded    |  True                                 ||
||  suppressedAlertsIncluded        |  False                                ||
||  taskEndTime                     |  2020-07-07T22:32:00+00:00            ||
||  taskId                          |  detect-task-1                        ||
||  taskStartTime                   |  2020-07-07T21:32:00.512000+00:00     ||
||  taskStatus                      |  SUCCESSFUL                           ||
|+----------------------------------+---------------------------------------+|
|||                            actionsDefinition                           |||
||+---------+--------------------------------------------------------------+||
|||  id     |  6a22b98e-0e27-4396-9b25-637d04959429                        |||
|||  name   |  QuarantineThings                                            |||
|||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   |||
||+---------+--------------------------------------------------------------+||
||||                             actionParams                             ||||
|||+----------------------------------------------------------------------+|||
|||||                     addThingsToThingGroupParams                    |||||
||||+-------------------------------------------------+------------------+||||
|||||  overrideDynamicGroups                          |  False           |||||
||||+-------------------------------------------------+------------------+||||
||||||                          thingGroupNames                         ||||||
|||||+------------------------------------------------------------------+|||||
||||||  quarantine                                                      ||||||
|||||+------------------------------------------------------------------+|||||
|||                            actionsDefinition                           |||
||+---------+--------------------------------------------------------------+||
|||  id     |  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d                        |||
|||  name   |  DeactivateCert                                              |||
|||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   |||
||+---------+--------------------------------------------------------------+||
||||                             actionParams                             ||||
|||+----------------------------------------------------------------------+|||
|||||                    updateDeviceCertificateParams                   |||||
||||+---------------------------+----------------------------------------+||||
|||||  action                   |  DEACTIVATE                            |||||
||||+---------------------------+----------------------------------------+||||
|||                                 target                                 |||
||+-----------------------------------------+------------------------------+||
|||  behaviorName                           |  Authorization               |||
|||  securityProfileName                    |  sp1                         |||
||+-----------------------------------------+------------------------------+||
||||                             violationIds                             ||||
|||+----------------------------------------------------------------------+|||
||||  v-1                                                                 ||||
||||  v-2                                                                 ||||
|||+----------------------------------------------------------------------+|||
|||                             taskStatistics                             |||
||+---------------------------------------------------------+--------------+||
|||  actionsExecuted                                        |  3           |||
|||  actionsFailed                                          |  1           |||
|||  actionsSkipped                                         |  0           |||
||+---------------------------------------------------------+--------------+||
|||                      violationEventOccurrenceRange                     |||
||+------------------+-----------------------------------------------------+||
|||  endTime         |  2020-07-07T05:33:20.250000+00:00                   |||
|||  startTime       |  2020-07-06T01:46:40+00:00                          |||
||+------------------+-----------------------------------------------------+||
||                                   tasks                                  ||
|+--------------------------------------+-----------------------------------+|
||  onlyActiveViolationsIncluded        |  False                            ||
||  suppressedAlertsIncluded            |  True                             ||
||  taskEndTime                         |                                   ||
||  taskId                              |  detect-task-2                    ||
||  taskStartTime                       |  2020-07-07T22:32:00+00:00        ||
||  taskStatus                          |  IN_PROGRESS                      ||
|+--------------------------------------+-----------------------------------+|
|||                                 target                                 |||
||+-------------------------------------------------------+----------------+||
|||  securityProfileName                                  |  sp2           |||
||+-------------------------------------------------------+----------------+||
|||                             taskStatistics                             |||
||+---------------------------------------------------------+--------------+||
|||  actionsExecuted                                        |  0           |||
|||  actionsFailed                                          |  0           |||
|||  actionsSkipped                                         |  0           |||
||+---------------------------------------------------------+--------------+||
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"tasks:
- actionsDefinition:
  - actionParams:
      addThingsToThingGroupParams:
        overrideDynamicGroups: false
        thingGroupNames:
        - quarantine
    id: 6a22b98e-0e27-4396-9b25-637d04959429
    name: QuarantineThings
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  - actionParams:
      updateDeviceCertificateParams:
        action: DEACTIVATE
    id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    name: DeactivateCert
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  onlyActiveViolationsIncluded: true
  suppressedAlertsIncluded: false
  target:
    behaviorName: Authorization
    securityProfileName: sp1
    violationIds:
    - v-1
    - v-2
  taskEndTime: '2020-07-07T22:32:00+00:00'
  taskId: detect-task-1
  taskStartTime: '2020-07-07T21:32:00.512000+00:00'
  taskStatistics:
    actionsExecuted: 3
    actionsFailed: 1
    actionsSkipped: 0
  taskStatus: SUCCESSFUL
  violationEventOccurrenceRange:
    endTime: '2020-07-07T05:33:20.250000+00:00'
    startTime: '2020-07-06T01:46:40+00:00'
- actionsDefinition: []
  onlyActiveViolationsIncluded: false
  suppressedAlertsIncluded: true
  target:
    securityProfileName: sp2
  taskId: detect-task-2
  taskStartTime: '2020-07-07T22:32:00+00:00'
  taskStatistics:
    actionsExecuted: 0
    actionsFailed: 0
    actionsSkipped: 0
  taskStatus: IN_PROGRESS
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- tasks:
  - actionsDefinition:
    - actionParams:
        addThingsToThingGroupParams:
          overrideDynamicGroups: false
          thingGroupNames:
          - quarantine
      id: 6a22b98e-0e27-4396-9b25-637d04959429
      name: QuarantineThings
      roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
    - actionParams:
        updateDeviceCertificateParams:
          action: DEACTIVATE
      id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
      name: DeactivateCert
      roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
    onlyActiveViolationsIncluded: true
    suppressedAlertsIncluded: false
    target:
      behaviorName: Authorization
      securityProfileName: sp1
      violationIds:
      - v-1
      - v-2
    taskEndTime: '2020-07-07T22:32:00+00:00'
    taskId: detect-task-1
    taskStartTime: '2020-07-07T21:32:00.512000+00:00'
    taskStatistics:
      actionsExecuted: 3
      actionsFailed: 1
      actionsSkipped: 0
    taskStatus: SUCCESSFUL
    violationEventOccurrenceRange:
      endTime: '2020-07-07T05:33:20.250000+00:00'
      startTime: '2020-07-06T01:46:40+00:00'
  - actionsDefinition: []
    onlyActiveViolationsIncluded: false
    suppressedAlertsIncluded: true
    target:
      securityProfileName: sp2
    taskId: detect-task-2
    taskStartTime: '2020-07-07T22:32:00+00:00'
    taskStatistics:
      actionsExecuted: 0
      actionsFailed: 0
      actionsSkipped: 0
    taskStatus: IN_PROGRESS
"#
    );
}

/// `aws iot list-detect-mitigation-actions-executions`, stdout piped.
#[test]
fn v2_list_detect_mitigation_actions_executions() {
    let doc = parse(
        r#"{
 "actionsExecutions": [
  {
   "taskId": "detect-task-1",
   "violationId": "v-1",
   "actionName": "QuarantineThings",
   "thingName": "thermostat-001",
   "executionStartDate": "2020-07-07T21:32:00.512000+00:00",
   "executionEndDate": "2020-07-07T22:32:00+00:00",
   "status": "SUCCESSFUL"
  },
  {
   "taskId": "detect-task-1",
   "violationId": "v-2",
   "actionName": "QuarantineThings",
   "thingName": "thermostat-002",
   "executionStartDate": "2020-07-07T21:32:00.512000+00:00",
   "status": "FAILED",
   "errorCode": "INTERNAL_ERROR",
   "message": "Throttled, retry later"
  }
 ]
}"#,
    );
    assert_eq!(text(&doc), "ACTIONSEXECUTIONS\tQuarantineThings\t\t2020-07-07T22:32:00+00:00\t2020-07-07T21:32:00.512000+00:00\t\tSUCCESSFUL\tdetect-task-1\tthermostat-001\tv-1\n\
ACTIONSEXECUTIONS\tQuarantineThings\tINTERNAL_ERROR\t\t2020-07-07T21:32:00.512000+00:00\tThrottled, retry later\tFAILED\tdetect-task-1\tthermostat-002\tv-2\n");
    assert_eq!(
        table("ListDetectMitigationActionsExecutions", &doc, 80, false),
        r#"-----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                               ListDetectMitigationActionsExecutions                                                                               |
+---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
||                                                                                        actionsExecutions                                                                                        ||
|+------------------+-----------------+----------------------------+-----------------------------------+-------------------------+-------------+----------------+------------------+---------------+|
||    actionName    |    errorCode    |     executionEndDate       |        executionStartDate         |         message         |   status    |    taskId      |    thingName     |  violationId  ||
|+------------------+-----------------+----------------------------+-----------------------------------+-------------------------+-------------+----------------+------------------+---------------+|
||  QuarantineThings|                 |  2020-07-07T22:32:00+00:00 |  2020-07-07T21:32:00.512000+00:00 |                         |  SUCCESSFUL |  detect-task-1 |  thermostat-001  |  v-1          ||
||  QuarantineThings|  INTERNAL_ERROR |                            |  2020-07-07T21:32:00.512000+00:00 |  Throttled, retry later |  FAILED     |  detect-task-1 |  thermostat-002  |  v-2          ||
|+------------------+-----------------+----------------------------+-----------------------------------+-------------------------+-------------+----------------+------------------+---------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionsExecutions:
- actionName: QuarantineThings
  executionEndDate: '2020-07-07T22:32:00+00:00'
  executionStartDate: '2020-07-07T21:32:00.512000+00:00'
  status: SUCCESSFUL
  taskId: detect-task-1
  thingName: thermostat-001
  violationId: v-1
- actionName: QuarantineThings
  errorCode: INTERNAL_ERROR
  executionStartDate: '2020-07-07T21:32:00.512000+00:00'
  message: Throttled, retry later
  status: FAILED
  taskId: detect-task-1
  thingName: thermostat-002
  violationId: v-2
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- actionsExecutions:
  - actionName: QuarantineThings
    executionEndDate: '2020-07-07T22:32:00+00:00'
    executionStartDate: '2020-07-07T21:32:00.512000+00:00'
    status: SUCCESSFUL
    taskId: detect-task-1
    thingName: thermostat-001
    violationId: v-1
  - actionName: QuarantineThings
    errorCode: INTERNAL_ERROR
    executionStartDate: '2020-07-07T21:32:00.512000+00:00'
    message: Throttled, retry later
    status: FAILED
    taskId: detect-task-1
    thingName: thermostat-002
    violationId: v-2
"#
    );
}

/// `aws iot describe-audit-mitigation-actions-task --color off`, a terminal 200 columns wide.
#[test]
fn v2_describe_audit_task_tty200_plain() {
    let doc = parse(
        r#"{
 "taskStatus": "COMPLETED",
 "startTime": "2020-07-07T21:32:00.512000+00:00",
 "endTime": "2020-07-07T22:32:00+00:00",
 "taskStatistics": {
  "DEVICE_CERTIFICATE_EXPIRING_CHECK": {
   "totalFindingsCount": 2,
   "failedFindingsCount": 0,
   "succeededFindingsCount": 2,
   "skippedFindingsCount": 0,
   "canceledFindingsCount": 0
  },
  "CA_CERTIFICATE_EXPIRING_CHECK": {
   "totalFindingsCount": 1,
   "failedFindingsCount": 1,
   "succeededFindingsCount": 0,
   "skippedFindingsCount": 0,
   "canceledFindingsCount": 0
  }
 },
 "target": {
  "auditTaskId": "a1b2c3",
  "findingIds": [
   "f-1",
   "f-2"
  ],
  "auditCheckToReasonCodeFilter": {
   "DEVICE_CERTIFICATE_EXPIRING_CHECK": [
    "CERTIFICATE_EXPIRING"
   ],
   "CA_CERTIFICATE_EXPIRING_CHECK": [
    "CERTIFICATE_EXPIRING",
    "CERTIFICATE_REVOKED"
   ]
  }
 },
 "auditCheckToActionsMapping": {
  "DEVICE_CERTIFICATE_EXPIRING_CHECK": [
   "DeactivateCert"
  ],
  "CA_CERTIFICATE_EXPIRING_CHECK": [
   "QuarantineThings",
   "DeactivateCert"
  ]
 },
 "actionsDefinition": [
  {
   "name": "QuarantineThings",
   "id": "6a22b98e-0e27-4396-9b25-637d04959429",
   "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
   "actionParams": {
    "addThingsToThingGroupParams": {
     "thingGroupNames": [
      "quarantine"
     ],
     "overrideDynamicGroups": false
    }
   }
  },
  {
   "name": "DeactivateCert",
   "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
   "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
   "actionParams": {
    "updateDeviceCertificateParams": {
     "action": "DEACTIVATE"
    }
   }
  }
 ]
}"#,
    );
    assert_eq!(
        table("DescribeAuditMitigationActionsTask", &doc, 200, false),
        r#"------------------------------------------------------------------------------------------------------------------------------
|                                             DescribeAuditMitigationActionsTask                                             |
+--------------------------------------------+--------------------------------------------------------+----------------------+
|                   endTime                  |                       startTime                        |     taskStatus       |
+--------------------------------------------+--------------------------------------------------------+----------------------+
|  2020-07-07T22:32:00+00:00                 |  2020-07-07T21:32:00.512000+00:00                      |  COMPLETED           |
+--------------------------------------------+--------------------------------------------------------+----------------------+
||                                                     actionsDefinition                                                    ||
|+---------------------------------------+-------------------+--------------------------------------------------------------+|
||                  id                   |       name        |                           roleArn                            ||
|+---------------------------------------+-------------------+--------------------------------------------------------------+|
||  6a22b98e-0e27-4396-9b25-637d04959429 |  QuarantineThings |  arn:aws:iam::123456789012:role/MitigationActionsValidRole   ||
|+---------------------------------------+-------------------+--------------------------------------------------------------+|
|||                                                      actionParams                                                      |||
||+------------------------------------------------------------------------------------------------------------------------+||
||||                                              addThingsToThingGroupParams                                             ||||
|||+--------------------------------------------------------------------------------------+-------------------------------+|||
||||  overrideDynamicGroups                                                               |  False                        ||||
|||+--------------------------------------------------------------------------------------+-------------------------------+|||
|||||                                                   thingGroupNames                                                  |||||
||||+--------------------------------------------------------------------------------------------------------------------+||||
|||||  quarantine                                                                                                        |||||
||||+--------------------------------------------------------------------------------------------------------------------+||||
||                                                     actionsDefinition                                                    ||
|+---------------------------------------+------------------+---------------------------------------------------------------+|
||                  id                   |      name        |                            roleArn                            ||
|+---------------------------------------+------------------+---------------------------------------------------------------+|
||  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d |  DeactivateCert  |  arn:aws:iam::123456789012:role/MitigationActionsValidRole    ||
|+---------------------------------------+------------------+---------------------------------------------------------------+|
|||                                                      actionParams                                                      |||
||+------------------------------------------------------------------------------------------------------------------------+||
||||                                             updateDeviceCertificateParams                                            ||||
|||+------------------------------------------------+---------------------------------------------------------------------+|||
||||  action                                        |  DEACTIVATE                                                         ||||
|||+------------------------------------------------+---------------------------------------------------------------------+|||
||                                                auditCheckToActionsMapping                                                ||
|+--------------------------------------------------------------------------------------------------------------------------+|
|||                                              CA_CERTIFICATE_EXPIRING_CHECK                                             |||
||+------------------------------------------------------------------------------------------------------------------------+||
|||  QuarantineThings                                                                                                      |||
|||  DeactivateCert                                                                                                        |||
||+------------------------------------------------------------------------------------------------------------------------+||
|||                                            DEVICE_CERTIFICATE_EXPIRING_CHECK                                           |||
||+------------------------------------------------------------------------------------------------------------------------+||
|||  DeactivateCert                                                                                                        |||
||+------------------------------------------------------------------------------------------------------------------------+||
||                                                          target                                                          ||
|+------------------------------------------------------------------------+-------------------------------------------------+|
||  auditTaskId                                                           |  a1b2c3                                         ||
|+------------------------------------------------------------------------+-------------------------------------------------+|
|||                                              auditCheckToReasonCodeFilter                                              |||
||+------------------------------------------------------------------------------------------------------------------------+||
||||                                             CA_CERTIFICATE_EXPIRING_CHECK                                            ||||
|||+----------------------------------------------------------------------------------------------------------------------+|||
||||  CERTIFICATE_EXPIRING                                                                                                ||||
||||  CERTIFICATE_REVOKED                                                                                                 ||||
|||+----------------------------------------------------------------------------------------------------------------------+|||
||||                                           DEVICE_CERTIFICATE_EXPIRING_CHECK                                          ||||
|||+----------------------------------------------------------------------------------------------------------------------+|||
||||  CERTIFICATE_EXPIRING                                                                                                ||||
|||+----------------------------------------------------------------------------------------------------------------------+|||
|||                                                       findingIds                                                       |||
||+------------------------------------------------------------------------------------------------------------------------+||
|||  f-1                                                                                                                   |||
|||  f-2                                                                                                                   |||
||+------------------------------------------------------------------------------------------------------------------------+||
||                                                      taskStatistics                                                      ||
|+--------------------------------------------------------------------------------------------------------------------------+|
|||                                              CA_CERTIFICATE_EXPIRING_CHECK                                             |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
||| canceledFindingsCount | failedFindingsCount  | skippedFindingsCount  | succeededFindingsCount   | totalFindingsCount   |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
|||  0                    |  1                   |  0                    |  0                       |  1                   |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
|||                                            DEVICE_CERTIFICATE_EXPIRING_CHECK                                           |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
||| canceledFindingsCount | failedFindingsCount  | skippedFindingsCount  | succeededFindingsCount   | totalFindingsCount   |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
|||  0                    |  0                   |  0                    |  2                       |  2                   |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
"#
    );
}

/// `aws iot describe-mitigation-action --color off`, a terminal 200 columns wide.
#[test]
fn v2_describe_action_tty200_plain() {
    let doc = parse(
        r#"{
 "actionName": "QuarantineThings",
 "actionType": "ADD_THINGS_TO_THING_GROUP",
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
 "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
 "actionParams": {
  "addThingsToThingGroupParams": {
   "thingGroupNames": [
    "quarantine",
    "isolated"
   ],
   "overrideDynamicGroups": true
  }
 },
 "creationDate": "2020-07-07T21:32:00.512000+00:00",
 "lastModifiedDate": "2020-07-07T22:32:00+00:00"
}"#,
    );
    assert_eq!(
        table("DescribeMitigationAction", &doc, 200, false),
        r#"----------------------------------------------------------------------------------------------
|                                  DescribeMitigationAction                                  |
+------------------+-------------------------------------------------------------------------+
|  actionArn       |  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   |
|  actionId        |  6a22b98e-0e27-4396-9b25-637d04959429                                   |
|  actionName      |  QuarantineThings                                                       |
|  actionType      |  ADD_THINGS_TO_THING_GROUP                                              |
|  creationDate    |  2020-07-07T21:32:00.512000+00:00                                       |
|  lastModifiedDate|  2020-07-07T22:32:00+00:00                                              |
|  roleArn         |  arn:aws:iam::123456789012:role/MitigationActionsValidRole              |
+------------------+-------------------------------------------------------------------------+
||                                       actionParams                                       ||
|+------------------------------------------------------------------------------------------+|
|||                               addThingsToThingGroupParams                              |||
||+------------------------------------------------------------------+---------------------+||
|||  overrideDynamicGroups                                           |  True               |||
||+------------------------------------------------------------------+---------------------+||
||||                                    thingGroupNames                                   ||||
|||+--------------------------------------------------------------------------------------+|||
||||  quarantine                                                                          ||||
||||  isolated                                                                            ||||
|||+--------------------------------------------------------------------------------------+|||
"#
    );
}

/// `aws iot describe-mitigation-action --color off`, a terminal 40 columns wide.
#[test]
fn v2_describe_action_tty40_plain() {
    let doc = parse(
        r#"{
 "actionName": "QuarantineThings",
 "actionType": "ADD_THINGS_TO_THING_GROUP",
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
 "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
 "actionParams": {
  "addThingsToThingGroupParams": {
   "thingGroupNames": [
    "quarantine",
    "isolated"
   ],
   "overrideDynamicGroups": true
  }
 },
 "creationDate": "2020-07-07T21:32:00.512000+00:00",
 "lastModifiedDate": "2020-07-07T22:32:00+00:00"
}"#,
    );
    assert_eq!(
        table("DescribeMitigationAction", &doc, 40, false),
        r#"----------------------------------------------------------------------------------------------
|                                  DescribeMitigationAction                                  |
+------------------+-------------------------------------------------------------------------+
|  actionArn       |  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   |
|  actionId        |  6a22b98e-0e27-4396-9b25-637d04959429                                   |
|  actionName      |  QuarantineThings                                                       |
|  actionType      |  ADD_THINGS_TO_THING_GROUP                                              |
|  creationDate    |  2020-07-07T21:32:00.512000+00:00                                       |
|  lastModifiedDate|  2020-07-07T22:32:00+00:00                                              |
|  roleArn         |  arn:aws:iam::123456789012:role/MitigationActionsValidRole              |
+------------------+-------------------------------------------------------------------------+
||                                       actionParams                                       ||
|+------------------------------------------------------------------------------------------+|
|||                               addThingsToThingGroupParams                              |||
||+------------------------------------------------------------------+---------------------+||
|||  overrideDynamicGroups                                           |  True               |||
||+------------------------------------------------------------------+---------------------+||
||||                                    thingGroupNames                                   ||||
|||+--------------------------------------------------------------------------------------+|||
||||  quarantine                                                                          ||||
||||  isolated                                                                            ||||
|||+--------------------------------------------------------------------------------------+|||
"#
    );
}

/// `aws iot list-mitigation-actions --color on`, stdout piped.
#[test]
fn v2_list_actions_color_on_piped() {
    let doc = parse(
        r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  }
 ]
}"#,
    );
    assert_eq!(table("ListMitigationActions", &doc, 80, true), "------------------------------------------------------------------------------------------------------------------------------------\n\
\x1b[0m\x1b[0m|                                                       ListMitigationActions                                                      |\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[0m+----------------------------------------------------------------------------------------------------------------------------------+\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m|                                                        actionIdentifiers                                                       |\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m+-----------------------------------------------------------------------+-------------------+------------------------------------+\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m|                               actionArn                               |    actionName     |           creationDate             |\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m+-----------------------------------------------------------------------+-------------------+------------------------------------+\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m|  \x1b[1m\x1b[34marn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\x1b[0m |  \x1b[1m\x1b[34mQuarantineThings\x1b[0m |  \x1b[1m\x1b[34m2020-07-07T21:32:00.512000+00:00\x1b[0m  |\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m|  \x1b[1m\x1b[34marn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\x1b[0m   |  \x1b[1m\x1b[34mDeactivateCert\x1b[0m   |  \x1b[1m\x1b[34m2020-07-07T22:32:00+00:00\x1b[0m         |\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m+-----------------------------------------------------------------------+-------------------+------------------------------------+\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m");
}

/// `aws iot list-mitigation-actions`, stdout piped.
#[test]
fn v2_list_actions_two_pages() {
    let doc = parse(
        r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  },
  {
   "actionName": "Notify",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify",
   "creationDate": "2020-07-08T09:20:00+00:00"
  }
 ]
}"#,
    );
    // v2 prints each page on its own
    assert_eq!(text(&json!({"actionIdentifiers": [{"actionName": "QuarantineThings", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings", "creationDate": "2020-07-07T21:32:00.512000+00:00"}]})) + &text(&json!({"actionIdentifiers": [{"actionName": "DeactivateCert", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert", "creationDate": "2020-07-07T22:32:00+00:00"}, {"actionName": "Notify", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify", "creationDate": "2020-07-08T09:20:00+00:00"}]})), "ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\tDeactivateCert\t2020-07-07T22:32:00+00:00\n\
ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/Notify\tNotify\t2020-07-08T09:20:00+00:00\n");
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"------------------------------------------------------------------------------------------------------------------------------------
|                                                       ListMitigationActions                                                      |
+----------------------------------------------------------------------------------------------------------------------------------+
||                                                        actionIdentifiers                                                       ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
||                               actionArn                               |    actionName     |           creationDate             ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings |  QuarantineThings |  2020-07-07T21:32:00.512000+00:00  ||
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert   |  DeactivateCert   |  2020-07-07T22:32:00+00:00         ||
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify           |  Notify           |  2020-07-08T09:20:00+00:00         ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionIdentifiers:
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionName: QuarantineThings
  creationDate: '2020-07-07T21:32:00.512000+00:00'
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
  actionName: DeactivateCert
  creationDate: '2020-07-07T22:32:00+00:00'
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify
  actionName: Notify
  creationDate: '2020-07-08T09:20:00+00:00'
"#
    );
    assert_eq!(
        yaml_stream_page(&parse(
            r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  }
 ],
 "nextToken": "page-2"
}"#
        )) + &yaml_stream_page(&parse(
            r#"{
 "actionIdentifiers": [
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  },
  {
   "actionName": "Notify",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify",
   "creationDate": "2020-07-08T09:20:00+00:00"
  }
 ]
}"#
        )),
        r#"- actionIdentifiers:
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
    actionName: QuarantineThings
    creationDate: '2020-07-07T21:32:00.512000+00:00'
  nextToken: page-2
- actionIdentifiers:
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
    actionName: DeactivateCert
    creationDate: '2020-07-07T22:32:00+00:00'
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify
    actionName: Notify
    creationDate: '2020-07-08T09:20:00+00:00'
"#
    );
}

/// `aws iot list-mitigation-actions --query actionIdentifiers[].actionName`, stdout piped.
#[test]
fn v2_list_actions_two_pages_query() {
    let doc = parse(r#"["QuarantineThings", "DeactivateCert", "Notify"]"#);
    // --query applies to each page on its own
    assert_eq!(
        text(&json!(["QuarantineThings"])) + &text(&json!(["DeactivateCert", "Notify"])),
        "QuarantineThings\n\
DeactivateCert\tNotify\n"
    );
    assert_eq!(
        yaml_stream_page(&json!(["QuarantineThings"]))
            + &yaml_stream_page(&json!(["DeactivateCert", "Notify"])),
        r#"- - QuarantineThings
- - DeactivateCert
  - Notify
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"- QuarantineThings
- DeactivateCert
- Notify
"#
    );
}

/// `aws iot list-mitigation-actions --max-items 1`, stdout piped.
#[test]
fn v2_list_actions_max_items() {
    let doc = parse(
        r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  }
 ],
 "NextToken": "eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=="
}"#,
    );
    let page = json!({"actionIdentifiers": doc["actionIdentifiers"]});
    let resume = json!({"NextToken": {"NextToken": "eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=="}});
    assert_eq!(text(&page) + &text(&resume), "ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
NEXTTOKEN\teyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==\n");
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"--------------------------------------------------------------------------------------------
|                                   ListMitigationActions                                  |
+-------------+----------------------------------------------------------------------------+
|  NextToken  |  eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==          |
+-------------+----------------------------------------------------------------------------+
||                                    actionIdentifiers                                   ||
|+--------------+-------------------------------------------------------------------------+|
||  actionArn   |  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   ||
||  actionName  |  QuarantineThings                                                       ||
||  creationDate|  2020-07-07T21:32:00.512000+00:00                                       ||
|+--------------+-------------------------------------------------------------------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"NextToken: eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==
actionIdentifiers:
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionName: QuarantineThings
  creationDate: '2020-07-07T21:32:00.512000+00:00'
"#
    );
}

/// `aws iot list-mitigation-actions`, stdout piped.
#[test]
fn v2_list_actions_empty() {
    let doc = parse(r#"{"actionIdentifiers": []}"#);
    assert_eq!(text(&doc), "");
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"-----------------------
|ListMitigationActions|
+---------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionIdentifiers: []
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- actionIdentifiers: []
"#
    );
}

/// `aws iot list-audit-mitigation-actions-tasks`, stdout piped.
#[test]
fn v2_list_tasks_empty_page() {
    let doc = json!({});
    // a page without its result key: v2 sets the key to null
    assert_eq!(
        text(&json!({"tasks": null})),
        r#"None
"#
    );
    assert_eq!(
        table("ListAuditMitigationActionsTasks", &doc, 80, false),
        ""
    );
    assert_eq!(yaml(&doc), "");
    // an empty page of a paginated command is still printed
    assert_eq!(
        yaml(&json!([{}])),
        r#"- {}
"#
    );
}

/// `aws iot list-mitigation-actions --query actionIdentifiers[].actionName`, stdout piped.
#[test]
fn v2_query_names() {
    let doc = parse(r#"["QuarantineThings", "DeactivateCert"]"#);
    assert_eq!(text(&doc), "QuarantineThings\tDeactivateCert\n");
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"-----------------------
|ListMitigationActions|
+---------------------+
|  QuarantineThings   |
|  DeactivateCert     |
+---------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"- QuarantineThings
- DeactivateCert
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- - QuarantineThings
  - DeactivateCert
"#
    );
}

/// `aws iot list-mitigation-actions --query actionIdentifiers[0].actionName`, stdout piped.
#[test]
fn v2_query_first_name() {
    let doc = parse(r#""QuarantineThings""#);
    assert_eq!(
        text(&doc),
        r#"QuarantineThings
"#
    );
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"-----------------------
|ListMitigationActions|
+---------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#""QuarantineThings"
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- QuarantineThings
"#
    );
}

/// `aws iot list-mitigation-actions --query length(actionIdentifiers)`, stdout piped.
#[test]
fn v2_query_count() {
    let doc = parse(r#"2"#);
    assert_eq!(
        text(&doc),
        r#"2
"#
    );
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"-----------------------
|ListMitigationActions|
+---------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"2
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- 2
"#
    );
}

/// `aws iot list-mitigation-actions --query actionIdentifiers[?actionName=='nope'] | [0]`, stdout piped.
#[test]
fn v2_query_null() {
    let doc = parse(r#"null"#);
    assert_eq!(
        text(&doc),
        r#"None
"#
    );
    assert_eq!(table("ListMitigationActions", &doc, 80, false), "");
    assert_eq!(
        yaml(&doc),
        r#"null
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- null
"#
    );
}

/// `aws iot list-mitigation-actions --query actionIdentifiers[].[actionName, creationDate]`, stdout piped.
#[test]
fn v2_query_pairs() {
    let doc = parse(
        r#"[
 [
  "QuarantineThings",
  "2020-07-07T21:32:00.512000+00:00"
 ],
 [
  "DeactivateCert",
  "2020-07-07T22:32:00+00:00"
 ]
]"#,
    );
    assert_eq!(
        text(&doc),
        "QuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
DeactivateCert\t2020-07-07T22:32:00+00:00\n"
    );
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"----------------------------------------------------------
|                  ListMitigationActions                 |
+-------------------+------------------------------------+
|  QuarantineThings |  2020-07-07T21:32:00.512000+00:00  |
|  DeactivateCert   |  2020-07-07T22:32:00+00:00         |
+-------------------+------------------------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"- - QuarantineThings
  - '2020-07-07T21:32:00.512000+00:00'
- - DeactivateCert
  - '2020-07-07T22:32:00+00:00'
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- - - QuarantineThings
    - '2020-07-07T21:32:00.512000+00:00'
  - - DeactivateCert
    - '2020-07-07T22:32:00+00:00'
"#
    );
}

/// `aws iot list-mitigation-actions --query [actionIdentifiers[].actionName, actionIdentifiers[].creationDate]`, stdout piped.
#[test]
fn v2_query_columns() {
    let doc = parse(
        r#"[
 [
  "QuarantineThings",
  "DeactivateCert"
 ],
 [
  "2020-07-07T21:32:00.512000+00:00",
  "2020-07-07T22:32:00+00:00"
 ]
]"#,
    );
    assert_eq!(
        text(&doc),
        "QuarantineThings\tDeactivateCert\n\
2020-07-07T21:32:00.512000+00:00\t2020-07-07T22:32:00+00:00\n"
    );
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"-------------------------------------------------------------------
|                      ListMitigationActions                      |
+-----------------------------------+-----------------------------+
|  QuarantineThings                 |  DeactivateCert             |
|  2020-07-07T21:32:00.512000+00:00 |  2020-07-07T22:32:00+00:00  |
+-----------------------------------+-----------------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"- - QuarantineThings
  - DeactivateCert
- - '2020-07-07T21:32:00.512000+00:00'
  - '2020-07-07T22:32:00+00:00'
"#
    );
}

/// `aws iot list-mitigation-actions --query actionIdentifiers[].{name: actionName, date: creationDate}`, stdout piped.
#[test]
fn v2_query_hash() {
    let doc = parse(
        r#"[
 {
  "name": "QuarantineThings",
  "date": "2020-07-07T21:32:00.512000+00:00"
 },
 {
  "name": "DeactivateCert",
  "date": "2020-07-07T22:32:00+00:00"
 }
]"#,
    );
    assert_eq!(
        text(&doc),
        "2020-07-07T21:32:00.512000+00:00\tQuarantineThings\n\
2020-07-07T22:32:00+00:00\tDeactivateCert\n"
    );
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"----------------------------------------------------------
|                  ListMitigationActions                 |
+-----------------------------------+--------------------+
|               date                |       name         |
+-----------------------------------+--------------------+
|  2020-07-07T21:32:00.512000+00:00 |  QuarantineThings  |
|  2020-07-07T22:32:00+00:00        |  DeactivateCert    |
+-----------------------------------+--------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"- date: '2020-07-07T21:32:00.512000+00:00'
  name: QuarantineThings
- date: '2020-07-07T22:32:00+00:00'
  name: DeactivateCert
"#
    );
}

/// `aws iot list-mitigation-actions --query actionIdentifiers[0].actionName | ''`, stdout piped.
#[test]
fn v2_query_empty_string() {
    let doc = parse(r#""""#);
    assert_eq!(
        text(&doc),
        r#"
"#
    );
    assert_eq!(table("ListMitigationActions", &doc, 80, false), "");
    assert_eq!(
        yaml(&doc),
        r#"""
"#
    );
}

/// `aws iot list-mitigation-actions --query [actionIdentifiers[0].actionName, actionIdentifiers]`, stdout piped.
#[test]
fn v2_query_mixed() {
    let doc = parse(
        r#"[
 "QuarantineThings",
 [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  }
 ]
]"#,
    );
    assert_eq!(text(&doc), "QuarantineThings\n\
arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\tDeactivateCert\t2020-07-07T22:32:00+00:00\n");
    let failure = table_checked("ListMitigationActions", &doc, 80, false).unwrap_err();
    assert_eq!(failure.printed, "");
    assert_eq!(failure.message, r#"list index out of range"#);
    assert_eq!(
        yaml(&doc),
        r#"- QuarantineThings
- - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
    actionName: QuarantineThings
    creationDate: '2020-07-07T21:32:00.512000+00:00'
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
    actionName: DeactivateCert
    creationDate: '2020-07-07T22:32:00+00:00'
"#
    );
}

/// `aws iot describe-detect-mitigation-actions-task --query taskSummary.{active: onlyActiveViolationsIncluded, suppressed: suppressedAlertsIncluded, stats: taskStatistics}`, stdout piped.
#[test]
fn v2_query_booleans() {
    let doc = parse(
        r#"{
 "active": true,
 "suppressed": false,
 "stats": {
  "actionsExecuted": 3,
  "actionsSkipped": 0,
  "actionsFailed": 1
 }
}"#,
    );
    assert_eq!(
        text(&doc),
        "True\tFalse\n\
STATS\t3\t1\t0\n"
    );
    assert_eq!(
        table("DescribeDetectMitigationActionsTask", &doc, 80, false),
        r#"----------------------------------------------------------
|           DescribeDetectMitigationActionsTask          |
+----------------------+---------------------------------+
|        active        |           suppressed            |
+----------------------+---------------------------------+
|  True                |  False                          |
+----------------------+---------------------------------+
||                         stats                        ||
|+-----------------+-----------------+------------------+|
|| actionsExecuted |  actionsFailed  | actionsSkipped   ||
|+-----------------+-----------------+------------------+|
||  3              |  1              |  0               ||
|+-----------------+-----------------+------------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"active: true
stats:
  actionsExecuted: 3
  actionsFailed: 1
  actionsSkipped: 0
suppressed: false
"#
    );
}

/// `aws iot describe-detect-mitigation-actions-task --query taskSummary.onlyActiveViolationsIncluded`, stdout piped.
#[test]
fn v2_query_bool() {
    let doc = parse(r#"true"#);
    assert_eq!(
        text(&doc),
        r#"True
"#
    );
    assert_eq!(
        table("DescribeDetectMitigationActionsTask", &doc, 80, false),
        r#"-------------------------------------
|DescribeDetectMitigationActionsTask|
+-----------------------------------+
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"true
"#
    );
}

/// `aws iot describe-detect-mitigation-actions-task --query taskSummary.suppressedAlertsIncluded`, stdout piped.
#[test]
fn v2_query_false() {
    let doc = parse(r#"false"#);
    assert_eq!(
        text(&doc),
        r#"False
"#
    );
    assert_eq!(
        table("DescribeDetectMitigationActionsTask", &doc, 80, false),
        ""
    );
    assert_eq!(
        yaml(&doc),
        r#"false
"#
    );
}

/// `aws iot describe-detect-mitigation-actions-task --query [taskSummary, taskSummary.taskId]`, stdout piped.
#[test]
fn v2_query_mixed_objects() {
    let doc = parse(
        r#"[
 {
  "taskId": "detect-task-1",
  "taskStatus": "SUCCESSFUL",
  "taskStartTime": "2020-07-07T21:32:00.512000+00:00",
  "taskEndTime": "2020-07-07T22:32:00+00:00",
  "target": {
   "violationIds": [
    "v-1",
    "v-2"
   ],
   "securityProfileName": "sp1",
   "behaviorName": "Authorization"
  },
  "violationEventOccurrenceRange": {
   "startTime": "2020-07-06T01:46:40+00:00",
   "endTime": "2020-07-07T05:33:20.250000+00:00"
  },
  "onlyActiveViolationsIncluded": true,
  "suppressedAlertsIncluded": false,
  "actionsDefinition": [
   {
    "name": "QuarantineThings",
    "id": "6a22b98e-0e27-4396-9b25-637d04959429",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "addThingsToThingGroupParams": {
      "thingGroupNames": [
       "quarantine"
      ],
      "overrideDynamicGroups": false
     }
    }
   },
   {
    "name": "DeactivateCert",
    "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "updateDeviceCertificateParams": {
      "action": "DEACTIVATE"
     }
    }
   }
  ],
  "taskStatistics": {
   "actionsExecuted": 3,
   "actionsSkipped": 0,
   "actionsFailed": 1
  }
 },
 "detect-task-1"
]"#,
    );
    let failure = text_checked(&doc).unwrap_err();
    assert_eq!(failure.printed, "");
    assert_eq!(failure.message, r#"'str' object has no attribute 'items'"#);
    let failure =
        table_checked("DescribeDetectMitigationActionsTask", &doc, 80, false).unwrap_err();
    assert_eq!(failure.printed, "");
    assert_eq!(
        failure.message,
        r#"string indices must be integers, not 'str'"#
    );
}

/// `aws iot describe-mitigation-action`, stdout piped.
#[test]
fn v2_wire_describe_mitigation_action() {
    let doc = parse(
        r#"{
 "actionName": "QuarantineThings",
 "actionType": "ADD_THINGS_TO_THING_GROUP",
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
 "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
 "actionParams": {
  "addThingsToThingGroupParams": {
   "thingGroupNames": [
    "quarantine",
    "isolated"
   ],
   "overrideDynamicGroups": true
  }
 },
 "creationDate": 1594157520.512,
 "lastModifiedDate": 1594161120
}"#,
    );
    assert_eq!(text(&doc), "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tADD_THINGS_TO_THING_GROUP\t1594157520.512\t1594161120\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tTrue\n\
THINGGROUPNAMES\tquarantine\n\
THINGGROUPNAMES\tisolated\n");
    assert_eq!(
        yaml(&doc),
        r#"actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
actionId: 6a22b98e-0e27-4396-9b25-637d04959429
actionName: QuarantineThings
actionParams:
  addThingsToThingGroupParams:
    overrideDynamicGroups: true
    thingGroupNames:
    - quarantine
    - isolated
actionType: ADD_THINGS_TO_THING_GROUP
creationDate: 1594157520.512
lastModifiedDate: 1594161120
roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
"#
    );
}

/// `aws iot list-mitigation-actions`, stdout piped.
#[test]
fn v2_wire_list_mitigation_actions() {
    let doc = parse(
        r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": 1594157520.512
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": 1594161120
  }
 ]
}"#,
    );
    assert_eq!(text(&doc), "ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t1594157520.512\n\
ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\tDeactivateCert\t1594161120\n");
    assert_eq!(
        table("ListMitigationActions", &doc, 80, false),
        r#"------------------------------------------------------------------------------------------------------------------
|                                              ListMitigationActions                                             |
+----------------------------------------------------------------------------------------------------------------+
||                                               actionIdentifiers                                              ||
|+-----------------------------------------------------------------------+-------------------+------------------+|
||                               actionArn                               |    actionName     |  creationDate    ||
|+-----------------------------------------------------------------------+-------------------+------------------+|
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings |  QuarantineThings |  1594157520.512  ||
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert   |  DeactivateCert   |  1594161120      ||
|+-----------------------------------------------------------------------+-------------------+------------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionIdentifiers:
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionName: QuarantineThings
  creationDate: 1594157520.512
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
  actionName: DeactivateCert
  creationDate: 1594161120
"#
    );
}

/// `aws iot describe-detect-mitigation-actions-task`, stdout piped.
#[test]
fn v2_wire_describe_detect_mitigation_actions_task() {
    let doc = parse(
        r#"{
 "taskSummary": {
  "taskId": "detect-task-1",
  "taskStatus": "SUCCESSFUL",
  "taskStartTime": 1594157520.512,
  "taskEndTime": 1594161120,
  "target": {
   "violationIds": [
    "v-1",
    "v-2"
   ],
   "securityProfileName": "sp1",
   "behaviorName": "Authorization"
  },
  "violationEventOccurrenceRange": {
   "startTime": 1594000000,
   "endTime": 1594100000.25
  },
  "onlyActiveViolationsIncluded": true,
  "suppressedAlertsIncluded": false,
  "actionsDefinition": [
   {
    "name": "QuarantineThings",
    "id": "6a22b98e-0e27-4396-9b25-637d04959429",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "addThingsToThingGroupParams": {
      "thingGroupNames": [
       "quarantine"
      ],
      "overrideDynamicGroups": false
     }
    }
   },
   {
    "name": "DeactivateCert",
    "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "updateDeviceCertificateParams": {
      "action": "DEACTIVATE"
     }
    }
   }
  ],
  "taskStatistics": {
   "actionsExecuted": 3,
   "actionsSkipped": 0,
   "actionsFailed": 1
  }
 }
}"#,
    );
    assert_eq!(text(&doc), "TASKSUMMARY\tTrue\tFalse\t1594161120\tdetect-task-1\t1594157520.512\tSUCCESSFUL\n\
ACTIONSDEFINITION\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tFalse\n\
THINGGROUPNAMES\tquarantine\n\
ACTIONSDEFINITION\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
UPDATEDEVICECERTIFICATEPARAMS\tDEACTIVATE\n\
TARGET\tAuthorization\tsp1\n\
VIOLATIONIDS\tv-1\n\
VIOLATIONIDS\tv-2\n\
TASKSTATISTICS\t3\t1\t0\n\
VIOLATIONEVENTOCCURRENCERANGE\t1594100000.25\t1594000000\n");
    assert_eq!(
        yaml(&doc),
        r#"taskSummary:
  actionsDefinition:
  - actionParams:
      addThingsToThingGroupParams:
        overrideDynamicGroups: false
        thingGroupNames:
        - quarantine
    id: 6a22b98e-0e27-4396-9b25-637d04959429
    name: QuarantineThings
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  - actionParams:
      updateDeviceCertificateParams:
        action: DEACTIVATE
    id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    name: DeactivateCert
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  onlyActiveViolationsIncluded: true
  suppressedAlertsIncluded: false
  target:
    behaviorName: Authorization
    securityProfileName: sp1
    violationIds:
    - v-1
    - v-2
  taskEndTime: 1594161120
  taskId: detect-task-1
  taskStartTime: 1594157520.512
  taskStatistics:
    actionsExecuted: 3
    actionsFailed: 1
    actionsSkipped: 0
  taskStatus: SUCCESSFUL
  violationEventOccurrenceRange:
    endTime: 1594100000.25
    startTime: 1594000000
"#
    );
}

/// `aws iot list-detect-mitigation-actions-executions`, stdout piped.
#[test]
fn v2_unicode_executions() {
    let doc = parse(
        r#"{
 "actionsExecutions": [
  {
   "taskId": "detect-task-1",
   "violationId": "v-1",
   "actionName": "Quarantine",
   "thingName": "thermostat-café",
   "executionStartDate": "2020-07-07T21:32:00.512000+00:00",
   "status": "FAILED",
   "errorCode": "INTERNAL_ERROR",
   "message": "Échec — 日本語のメッセージ 😀"
  },
  {
   "taskId": "detect-task-1",
   "violationId": "v-2",
   "actionName": "Quarantine",
   "thingName": "ＦＵＬＬ-width",
   "executionStartDate": "2020-07-07T21:32:00.512000+00:00",
   "status": "SUCCESSFUL"
  }
 ]
}"#,
    );
    assert_eq!(text(&doc), "ACTIONSEXECUTIONS\tQuarantine\tINTERNAL_ERROR\t2020-07-07T21:32:00.512000+00:00\tÉchec — 日本語のメッセージ 😀\tFAILED\tdetect-task-1\tthermostat-café\tv-1\n\
ACTIONSEXECUTIONS\tQuarantine\t\t2020-07-07T21:32:00.512000+00:00\t\tSUCCESSFUL\tdetect-task-1\tＦＵＬＬ-width\tv-2\n");
    assert_eq!(
        table("ListDetectMitigationActionsExecutions", &doc, 80, false),
        r#"----------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                   ListDetectMitigationActionsExecutions                                                                  |
+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
||                                                                            actionsExecutions                                                                           ||
|+------------+-----------------+-----------------------------------+---------------------------------+-------------+----------------+--------------------+---------------+|
|| actionName |    errorCode    |        executionStartDate         |             message             |   status    |    taskId      |     thingName      |  violationId  ||
|+------------+-----------------+-----------------------------------+---------------------------------+-------------+----------------+--------------------+---------------+|
||  Quarantine|  INTERNAL_ERROR |  2020-07-07T21:32:00.512000+00:00 |  Échec — 日本語のメッセージ 😀 |  FAILED     |  detect-task-1 |  thermostat-café  |  v-1          ||
||  Quarantine|                 |  2020-07-07T21:32:00.512000+00:00 |                                 |  SUCCESSFUL |  detect-task-1 |  ＦＵＬＬ-width    |  v-2          ||
|+------------+-----------------+-----------------------------------+---------------------------------+-------------+----------------+--------------------+---------------+|
"#
    );
    assert_eq!(
        yaml(&doc),
        r#"actionsExecutions:
- actionName: Quarantine
  errorCode: INTERNAL_ERROR
  executionStartDate: '2020-07-07T21:32:00.512000+00:00'
  message: "Échec — 日本語のメッセージ \U0001F600"
  status: FAILED
  taskId: detect-task-1
  thingName: thermostat-café
  violationId: v-1
- actionName: Quarantine
  executionStartDate: '2020-07-07T21:32:00.512000+00:00'
  status: SUCCESSFUL
  taskId: detect-task-1
  thingName: ＦＵＬＬ-width
  violationId: v-2
"#
    );
    assert_eq!(
        yaml_stream_page(&doc),
        r#"- actionsExecutions:
  - actionName: Quarantine
    errorCode: INTERNAL_ERROR
    executionStartDate: '2020-07-07T21:32:00.512000+00:00'
    message: "Échec — 日本語のメッセージ \U0001F600"
    status: FAILED
    taskId: detect-task-1
    thingName: thermostat-café
    violationId: v-1
  - actionName: Quarantine
    executionStartDate: '2020-07-07T21:32:00.512000+00:00'
    status: SUCCESSFUL
    taskId: detect-task-1
    thingName: ＦＵＬＬ-width
    violationId: v-2
"#
    );
}

/// `aws iot list-detect-mitigation-actions-executions`, stdout piped.
#[test]
fn v2_yaml_quoting() {
    let doc = parse("{\n\
\x20\"actionsExecutions\": [\n\
\x20\x20{\n\
\x20\x20\x20\"taskId\": \"detect-task-1\",\n\
\x20\x20\x20\"violationId\": \"v-1\",\n\
\x20\x20\x20\"actionName\": \"Quarantine\",\n\
\x20\x20\x20\"thingName\": \"t1\",\n\
\x20\x20\x20\"status\": \"FAILED\",\n\
\x20\x20\x20\"message\": \"The mitigation action could not be applied because the role does not allow iot:AddThingToThingGroup on the target group; check the role policy and retry.\"\n\
\x20\x20},\n\
\x20\x20{\n\
\x20\x20\x20\"taskId\": \"true\",\n\
\x20\x20\x20\"violationId\": \"123\",\n\
\x20\x20\x20\"actionName\": \"null\",\n\
\x20\x20\x20\"thingName\": \"- x\",\n\
\x20\x20\x20\"status\": \"a: b\",\n\
\x20\x20\x20\"errorCode\": \"#c\",\n\
\x20\x20\x20\"message\": \"it's \\\"quoted\\\"\\twith tab\"\n\
\x20\x20},\n\
\x20\x20{\n\
\x20\x20\x20\"taskId\": \"1e3\",\n\
\x20\x20\x20\"violationId\": \"2020-07-07\",\n\
\x20\x20\x20\"actionName\": \"~\",\n\
\x20\x20\x20\"thingName\": \"\",\n\
\x20\x20\x20\"status\": \"yes\",\n\
\x20\x20\x20\"errorCode\": \"0x1F\",\n\
\x20\x20\x20\"message\": \"line one\\n\
line two\"\n\
\x20\x20}\n\
\x20]\n\
}");
    assert_eq!(text(&doc), "ACTIONSEXECUTIONS\tQuarantine\t\tThe mitigation action could not be applied because the role does not allow iot:AddThingToThingGroup on the target group; check the role policy and retry.\tFAILED\tdetect-task-1\tt1\tv-1\n\
ACTIONSEXECUTIONS\tnull\t#c\tit's \"quoted\"\twith tab\ta: b\ttrue\t- x\t123\n\
ACTIONSEXECUTIONS\t~\t0x1F\tline one\n\
line two\tyes\t1e3\t\t2020-07-07\n");
    assert_eq!(
        yaml(&doc),
        r#"actionsExecutions:
- actionName: Quarantine
  message: The mitigation action could not be applied because the role does not allow
    iot:AddThingToThingGroup on the target group; check the role policy and retry.
  status: FAILED
  taskId: detect-task-1
  thingName: t1
  violationId: v-1
- actionName: 'null'
  errorCode: '#c'
  message: "it's \"quoted\"\twith tab"
  status: 'a: b'
  taskId: 'true'
  thingName: '- x'
  violationId: '123'
- actionName: '~'
  errorCode: '0x1F'
  message: 'line one

    line two'
  status: yes
  taskId: '1e3'
  thingName: ''
  violationId: '2020-07-07'
"#
    );
    assert_eq!(table("ListDetectMitigationActionsExecutions", &doc, 80, false), "---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------\n\
|                                                                                                      ListDetectMitigationActionsExecutions                                                                                                      |\n\
+-------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+\n\
||                                                                                                               actionsExecutions                                                                                                               ||\n\
|+------------+------------+-------------------------------------------------------------------------------------------------------------------------------------------------------------+---------+----------------+------------+---------------+|\n\
|| actionName | errorCode  |                                                                           message                                                                           | status  |    taskId      | thingName  |  violationId  ||\n\
|+------------+------------+-------------------------------------------------------------------------------------------------------------------------------------------------------------+---------+----------------+------------+---------------+|\n\
||  Quarantine|            |  The mitigation action could not be applied because the role does not allow iot:AddThingToThingGroup on the target group; check the role policy and retry.  |  FAILED |  detect-task-1 |  t1        |  v-1          ||\n\
||  null      |  #c        |  it's \"quoted\"\twith tab                                                                                                                                     |  a: b   |  true          |  - x       |  123          ||\n\
||  ~         |  0x1F      |  line one\n\
line two                                                                                                                                          |  yes    |  1e3           |            |  2020-07-07   ||\n\
|+------------+------------+-------------------------------------------------------------------------------------------------------------------------------------------------------------+---------+----------------+------------+---------------+|\n");
}

/// `aws iot list-audit-mitigation-actions-executions --color off`, a terminal 100 columns wide.
#[test]
fn v2_audit_executions_tty100() {
    let doc = parse(
        r#"{
 "actionsExecutions": [
  {
   "taskId": "audit-task-1",
   "findingId": "f-1",
   "actionName": "DeactivateCert",
   "actionId": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
   "status": "COMPLETED",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "endTime": "2020-07-07T22:32:00+00:00"
  },
  {
   "taskId": "audit-task-1",
   "findingId": "f-1",
   "actionName": "QuarantineThings",
   "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
   "status": "FAILED",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "endTime": "2020-07-07T22:32:00+00:00",
   "errorCode": "AccessDenied",
   "message": "The role cannot add things to the group."
  }
 ]
}"#,
    );
    assert_eq!(
        table("ListAuditMitigationActionsExecutions", &doc, 100, false),
        r#"---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                                                ListAuditMitigationActionsExecutions                                                                                                 |
+-------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
||                                                                                                         actionsExecutions                                                                                                         ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
||               actionId               |    actionName     |          endTime           |   errorCode   | findingId  |                  message                  |             startTime             |   status    |    taskId      ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
||  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d|  DeactivateCert   |  2020-07-07T22:32:00+00:00 |               |  f-1       |                                           |  2020-07-07T21:32:00.512000+00:00 |  COMPLETED  |  audit-task-1  ||
||  6a22b98e-0e27-4396-9b25-637d04959429|  QuarantineThings |  2020-07-07T22:32:00+00:00 |  AccessDenied |  f-1       |  The role cannot add things to the group. |  2020-07-07T21:32:00.512000+00:00 |  FAILED     |  audit-task-1  ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
"#
    );
}
