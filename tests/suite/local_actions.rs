//! Mitigation actions over the wire: create, describe, update, delete, list
//! with pagination, conflicts, not-found and validation errors.

use crate::local_common as common;

use common::*;
use serde_json::{json, Value};

#[test]
fn create_describe_update_delete() {
    let dir = Scratch::new("crud");
    let s = Server::with_seed(&dir, 20);
    let params = json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}});
    let created = create_action(&s, "Deactivate_1", params.clone());
    assert_eq!(
        created["actionArn"],
        "arn:aws:iot:eu-west-1:111122223333:mitigationaction/Deactivate_1"
    );
    let id = created["actionId"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 36);
    assert_eq!(&id[14..15], "4", "a v4 uuid: {id}");

    let d = s.call("GET", "/mitigationactions/actions/Deactivate_1", None);
    let d = d.expect_ok();
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "actionName",
            "actionType",
            "actionArn",
            "actionId",
            "roleArn",
            "actionParams",
            "creationDate",
            "lastModifiedDate"
        ]
    );
    assert_eq!(d["actionType"], "UPDATE_DEVICE_CERTIFICATE");
    assert_eq!(d["actionId"], id.as_str());
    assert_eq!(d["roleArn"], ROLE);
    assert_eq!(d["actionParams"], params);
    let created_at = d["creationDate"].as_f64().unwrap();
    assert!(created_at > 1.7e9, "epoch seconds: {created_at}");
    assert_eq!(d["creationDate"], d["lastModifiedDate"]);

    // Same name, same parameters: the existing action.
    let again = create_action(&s, "Deactivate_1", params.clone());
    assert_eq!(again["actionId"], id.as_str());

    // Same name, other parameters: a conflict naming the existing action.
    let r = s.call(
        "POST",
        "/mitigationactions/actions/Deactivate_1",
        Some(json!({"roleArn": "arn:aws:iam::111122223333:role/Other", "actionParams": params})),
    );
    r.expect_error(409, "ResourceAlreadyExistsException");
    assert_eq!(r.json["resourceId"], id.as_str());
    assert_eq!(
        r.json["resourceArn"],
        "arn:aws:iot:eu-west-1:111122223333:mitigationaction/Deactivate_1"
    );
    assert!(r.message().contains("Deactivate_1"));

    // Update: new parameters and type, same id and arn, later lastModifiedDate.
    std::thread::sleep(std::time::Duration::from_millis(15));
    let u = s.call(
        "PATCH",
        "/mitigationactions/actions/Deactivate_1",
        Some(json!({"actionParams": {"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "WARN"}}})),
    );
    assert_eq!(u.expect_ok()["actionId"], id.as_str());
    let d2 = s.call("GET", "/mitigationactions/actions/Deactivate_1", None);
    let d2 = d2.expect_ok();
    assert_eq!(d2["actionType"], "ENABLE_IOT_LOGGING");
    assert_eq!(d2["roleArn"], ROLE);
    assert_eq!(d2["creationDate"], d["creationDate"]);
    assert!(d2["lastModifiedDate"].as_f64().unwrap() > created_at);
    let u = s.call(
        "PATCH",
        "/mitigationactions/actions/Deactivate_1",
        Some(json!({"roleArn": "arn:aws:iam::111122223333:role/Other"})),
    );
    u.expect_ok();
    let d3 = s.call("GET", "/mitigationactions/actions/Deactivate_1", None);
    assert_eq!(d3.json["roleArn"], "arn:aws:iam::111122223333:role/Other");
    assert_eq!(d3.json["actionType"], "ENABLE_IOT_LOGGING");

    // Not found.
    s.call("GET", "/mitigationactions/actions/nope", None)
        .expect_error(404, "ResourceNotFoundException");
    s.call(
        "PATCH",
        "/mitigationactions/actions/nope",
        Some(json!({"roleArn": ROLE})),
    )
    .expect_error(404, "ResourceNotFoundException");

    // Delete is idempotent.
    assert_eq!(
        s.call("DELETE", "/mitigationactions/actions/Deactivate_1", None)
            .expect_ok(),
        &json!({})
    );
    s.call("DELETE", "/mitigationactions/actions/Deactivate_1", None)
        .expect_ok();
    s.call("DELETE", "/mitigationactions/actions/never-existed", None)
        .expect_ok();
    s.call("GET", "/mitigationactions/actions/Deactivate_1", None)
        .expect_error(404, "ResourceNotFoundException");
}

#[test]
fn action_types_and_filtered_list() {
    let dir = Scratch::new("types");
    let s = Server::with_seed(&dir, 20);
    let cases = [
        (
            "a1",
            json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}),
            "UPDATE_DEVICE_CERTIFICATE",
        ),
        (
            "a2",
            json!({"updateCACertificateParams": {"action": "DEACTIVATE"}}),
            "UPDATE_CA_CERTIFICATE",
        ),
        (
            "a3",
            json!({"addThingsToThingGroupParams": {"thingGroupNames": ["q1", "q:2"], "overrideDynamicGroups": false}}),
            "ADD_THINGS_TO_THING_GROUP",
        ),
        (
            "a4",
            json!({"replaceDefaultPolicyVersionParams": {"templateName": "BLANK_POLICY"}}),
            "REPLACE_DEFAULT_POLICY_VERSION",
        ),
        (
            "a5",
            json!({"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "DEBUG"}}),
            "ENABLE_IOT_LOGGING",
        ),
        (
            "a6",
            json!({"publishFindingToSnsParams": {"topicArn": "arn:aws:sns:eu-west-1:1:t"}}),
            "PUBLISH_FINDING_TO_SNS",
        ),
    ];
    for (name, params, ty) in &cases {
        create_action(&s, name, params.clone());
        let d = s.call("GET", &format!("/mitigationactions/actions/{name}"), None);
        assert_eq!(d.json["actionType"], *ty);
        assert_eq!(d.json["actionParams"], *params);
    }
    // The seeded action exists too; list is in creation order.
    let all = s.call("GET", "/mitigationactions/actions", None);
    let names: Vec<&str> = all.expect_ok()["actionIdentifiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["actionName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["seeded-sns", "a1", "a2", "a3", "a4", "a5", "a6"]);
    assert!(all.json.get("nextToken").is_none());
    let item = &all.json["actionIdentifiers"][1];
    let keys: Vec<&str> = item
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["actionName", "actionArn", "creationDate"]);

    let sns = s.call(
        "GET",
        "/mitigationactions/actions?actionType=PUBLISH_FINDING_TO_SNS",
        None,
    );
    let names: Vec<&str> = sns.json["actionIdentifiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["actionName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["seeded-sns", "a6"]);
}

#[test]
fn pagination_across_pages() {
    let dir = Scratch::new("pages");
    let s = Server::with_seed(&dir, 20);
    for i in 0..30 {
        create_action(
            &s,
            &format!("act-{i:02}"),
            json!({"publishFindingToSnsParams": {"topicArn": format!("arn:aws:sns:eu-west-1:1:t{i}")}}),
        );
    }
    let mut expected = vec!["seeded-sns".to_string()];
    expected.extend((0..30).map(|i| format!("act-{i:02}")));

    // Default page size 25.
    let first = s.call("GET", "/mitigationactions/actions", None);
    assert_eq!(
        first.json["actionIdentifiers"].as_array().unwrap().len(),
        25
    );
    let token = first.json["nextToken"].as_str().unwrap().to_string();
    assert!(!token.contains("act-"), "opaque token: {token}");
    let second = s.call(
        "GET",
        &format!("/mitigationactions/actions?nextToken={token}"),
        None,
    );
    assert_eq!(
        second.json["actionIdentifiers"].as_array().unwrap().len(),
        6
    );
    assert!(second.json.get("nextToken").is_none());

    // maxResults 7, page after page.
    let mut seen = Vec::new();
    let mut next: Option<String> = None;
    let mut pages = 0;
    loop {
        let path = match &next {
            Some(t) => format!("/mitigationactions/actions?maxResults=7&nextToken={t}"),
            None => "/mitigationactions/actions?maxResults=7".to_string(),
        };
        let r = s.call("GET", &path, None);
        let page = r.expect_ok()["actionIdentifiers"]
            .as_array()
            .unwrap()
            .clone();
        assert!(page.len() <= 7);
        seen.extend(
            page.iter()
                .map(|a| a["actionName"].as_str().unwrap().to_string()),
        );
        pages += 1;
        match r.json.get("nextToken").and_then(Value::as_str) {
            Some(t) => next = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(pages, 5);
    assert_eq!(seen, expected);

    // Tokens are checked: edited, made up, or used with other filters.
    let mut edited: Vec<char> = token.chars().collect();
    let mid = edited.len() / 2;
    edited[mid] = if edited[mid] == 'A' { 'B' } else { 'A' };
    let edited: String = edited.into_iter().collect();
    let mut last_edited = token.clone();
    last_edited.pop();
    last_edited.push(if token.ends_with('A') { 'B' } else { 'A' });
    for bad in [
        edited.as_str(),
        last_edited.as_str(),
        "bm90LWEtdG9rZW4",
        "MTA",
    ] {
        let r = s.call(
            "GET",
            &format!("/mitigationactions/actions?nextToken={bad}"),
            None,
        );
        r.expect_error(400, "InvalidRequestException");
        assert!(r.message().contains("nextToken"), "{}", r.message());
    }
    s.call(
        "GET",
        &format!("/mitigationactions/actions?actionType=ENABLE_IOT_LOGGING&nextToken={token}"),
        None,
    )
    .expect_error(400, "InvalidRequestException");

    // A deleted item does not break the next page.
    let r = s.call("GET", "/mitigationactions/actions?maxResults=2", None);
    let t = r.json["nextToken"].as_str().unwrap().to_string();
    s.call("DELETE", "/mitigationactions/actions/act-01", None)
        .expect_ok();
    let r = s.call(
        "GET",
        &format!("/mitigationactions/actions?maxResults=2&nextToken={t}"),
        None,
    );
    let names: Vec<&str> = r.json["actionIdentifiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["actionName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["act-02", "act-03"]);
}

fn expect_invalid(s: &Server, method: &str, path: &str, body: Option<Value>, needle: &str) {
    let r = s.call(method, path, body);
    r.expect_error(400, "InvalidRequestException");
    assert!(
        r.message().contains(needle),
        "message {:?} lacks {needle:?}",
        r.message()
    );
}

#[test]
fn validation_errors() {
    let dir = Scratch::new("validation");
    let s = Server::with_seed(&dir, 20);
    let ok_params = json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}});
    let p = "/mitigationactions/actions";

    expect_invalid(
        &s,
        "POST",
        &format!("{p}/bad%20name"),
        Some(json!({"roleArn": ROLE, "actionParams": ok_params})),
        "Value 'bad name' at 'actionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+",
    );
    let long = "x".repeat(129);
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/{long}"),
        Some(json!({"roleArn": ROLE, "actionParams": ok_params})),
        "Member must have length less than or equal to 128",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(json!({"roleArn": "arn:short", "actionParams": ok_params})),
        "1 validation error detected: Value 'arn:short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(json!({"actionParams": ok_params})),
        "Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(json!({"roleArn": ROLE})),
        "Value null at 'actionParams'",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(json!({"roleArn": ROLE, "actionParams": {}})),
        "exactly one action type",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(json!({"roleArn": ROLE, "actionParams": {
            "updateDeviceCertificateParams": {"action": "DEACTIVATE"},
            "publishFindingToSnsParams": {"topicArn": "arn:aws:sns:eu-west-1:1:t"}}})),
        "only one action type",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(
            json!({"roleArn": ROLE, "actionParams": {"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "DISABLED"}}}),
        ),
        "DISABLED",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(
            json!({"roleArn": ROLE, "actionParams": {"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "LOUD"}}}),
        ),
        "Member must satisfy enum value set: [DEBUG, INFO, ERROR, WARN, DISABLED]",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(
            json!({"roleArn": ROLE, "actionParams": {"updateCACertificateParams": {"action": "REVOKE"}}}),
        ),
        "actionParams.updateCACertificateParams.action",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(json!({"roleArn": ROLE, "actionParams": {"replaceDefaultPolicyVersionParams": {}}})),
        "Value null at 'actionParams.replaceDefaultPolicyVersionParams.templateName'",
    );
    let groups: Vec<String> = (0..11).map(|i| format!("g{i}")).collect();
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(
            json!({"roleArn": ROLE, "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": groups}}}),
        ),
        "Member must have length less than or equal to 10",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(
            json!({"roleArn": ROLE, "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": ["bad group"]}}}),
        ),
        "[a-zA-Z0-9:_-]+",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(
            json!({"roleArn": ROLE, "actionParams": {"publishFindingToSnsParams": {"topicArn": "x".repeat(351)}}}),
        ),
        "Member must have length less than or equal to 350",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(json!({"roleArn": 42, "actionParams": ok_params})),
        "Value '42' at 'roleArn' failed to satisfy constraint: Member must be a string",
    );
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(json!({"roleArn": ROLE, "actionParams": ok_params, "tags": [{"Value": "v"}]})),
        "tags.member.Key",
    );
    // Several constraint violations are reported together.
    expect_invalid(
        &s,
        "POST",
        &format!("{p}/a"),
        Some(
            json!({"roleArn": "x", "actionParams": {"updateDeviceCertificateParams": {"action": "NO"}}}),
        ),
        "2 validation errors detected",
    );
    expect_invalid(
        &s,
        "PATCH",
        &format!("{p}/a"),
        Some(
            json!({"actionParams": {"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "DISABLED"}}}),
        ),
        "DISABLED",
    );

    // Malformed bodies.
    let r = call(s.addr, "POST", &format!("{p}/a"), Some("{not json"), true);
    r.expect_error(400, "InvalidRequestException");
    assert!(r.message().contains("not valid JSON"), "{}", r.message());
    let r = call(s.addr, "POST", &format!("{p}/a"), Some("[1,2]"), true);
    r.expect_error(400, "InvalidRequestException");

    // List parameters.
    expect_invalid(
        &s,
        "GET",
        &format!("{p}?maxResults=0"),
        None,
        "Member must have value greater than or equal to 1",
    );
    expect_invalid(
        &s,
        "GET",
        &format!("{p}?maxResults=251"),
        None,
        "Member must have value less than or equal to 250",
    );
    expect_invalid(
        &s,
        "GET",
        &format!("{p}?maxResults=ten"),
        None,
        "maxResults",
    );
    expect_invalid(
        &s,
        "GET",
        &format!("{p}?actionType=REBOOT"),
        None,
        "Member must satisfy enum value set",
    );
    s.call("GET", &format!("{p}?maxResults=250"), None)
        .expect_ok();

    // Nothing invalid was stored.
    let all = s.call("GET", p, None);
    assert_eq!(all.json["actionIdentifiers"].as_array().unwrap().len(), 1);
}
