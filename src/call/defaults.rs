//! Members the SDK leaves out of a request body because they hold their type's default. A few
//! booleans of the service model are plain `bool` in `aws-sdk-iot` (an attribute payload's
//! `merge`, an audit check's or a notification target's `enabled`), and its serializer writes
//! them only when they are true; the AWS CLI sends every member given, and `false` is how a
//! check is turned off or attributes are replaced rather than merged. [`restore_false`] puts
//! back, into the JSON body the SDK wrote, every `false` of the input document that is missing
//! from it, by the model's shapes.

use crate::model::{self, Kind, Shape};
use serde_json::Value;

/// Adds to `sent` (the request body as the SDK serialized it) every member whose value in `doc`
/// (the input document) is `false` and that `sent` lacks, at any depth of the body members of
/// `input` (members bound to the URI, the query string or a header are not in the body).
/// Returns whether anything was added.
pub fn restore_false(input: &Shape, doc: &Value, sent: &mut Value) -> bool {
    structure(input, doc, sent, true)
}

fn structure(shape: &Shape, doc: &Value, sent: &mut Value, top: bool) -> bool {
    let (Value::Object(given), Value::Object(body)) = (doc, sent) else {
        return false;
    };
    let m = model::get();
    let mut added = false;
    for (name, member) in shape.members.iter() {
        if top && member.location.is_some() {
            continue;
        }
        let Some(value) = given.get(name) else {
            continue;
        };
        let wire = member.location_name.unwrap_or(name);
        match body.get_mut(wire) {
            Some(written) => added |= restore(m.shape(member.shape), value, written),
            None if *value == Value::Bool(false) => {
                body.insert(wire.to_string(), Value::Bool(false));
                added = true;
            }
            None => {}
        }
    }
    added
}

fn restore(shape: &Shape, doc: &Value, sent: &mut Value) -> bool {
    let m = model::get();
    match shape.kind {
        Kind::Structure => structure(shape, doc, sent, false),
        Kind::List => match (shape.member.as_ref(), doc, sent) {
            (Some(item), Value::Array(given), Value::Array(written)) => {
                let item = m.shape(item.shape);
                given
                    .iter()
                    .zip(written.iter_mut())
                    .fold(false, |added, (g, w)| restore(item, g, w) | added)
            }
            _ => false,
        },
        Kind::Map => match (shape.value.as_ref(), doc, sent) {
            (Some(value), Value::Object(given), Value::Object(written)) => {
                let value = m.shape(value.shape);
                given
                    .iter()
                    .fold(false, |added, (k, g)| match written.get_mut(k) {
                        Some(w) => restore(value, g, w) | added,
                        None => added,
                    })
            }
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn input(op: &str) -> &'static Shape {
        let m = model::get();
        m.input(m.operations.get(op).expect("operation"))
            .expect("input")
    }

    #[test]
    fn a_false_the_sdk_left_out_is_put_back_where_the_document_has_it() {
        let doc = json!({"thingGroupName": "g", "thingGroupProperties": {
            "thingGroupDescription": "d", "attributePayload": {"attributes": {"a": "1"}, "merge": false}}});
        let mut sent = json!({"thingGroupProperties": {
            "thingGroupDescription": "d", "attributePayload": {"attributes": {"a": "1"}}}});
        assert!(restore_false(input("CreateThingGroup"), &doc, &mut sent));
        assert_eq!(
            sent,
            json!({"thingGroupProperties": {"thingGroupDescription": "d",
                "attributePayload": {"attributes": {"a": "1"}, "merge": false}}})
        );
        // Nothing more to add the second time.
        assert!(!restore_false(input("CreateThingGroup"), &doc, &mut sent));
    }

    #[test]
    fn maps_of_structures_and_only_body_members_are_looked_at() {
        let doc = json!({"auditCheckConfigurations": {
            "LOGGING_DISABLED_CHECK": {"enabled": false},
            "DEVICE_CERTIFICATE_EXPIRING_CHECK": {"enabled": true}}});
        let mut sent = json!({"auditCheckConfigurations": {
            "LOGGING_DISABLED_CHECK": {}, "DEVICE_CERTIFICATE_EXPIRING_CHECK": {"enabled": true}}});
        assert!(restore_false(
            input("UpdateAccountAuditConfiguration"),
            &doc,
            &mut sent
        ));
        assert_eq!(
            sent["auditCheckConfigurations"]["LOGGING_DISABLED_CHECK"],
            json!({"enabled": false})
        );
        // forceDelete is a query string member: the body stays as it is.
        let doc = json!({"certificateId": "c", "forceDelete": false});
        let mut sent = json!({});
        assert!(!restore_false(input("DeleteCertificate"), &doc, &mut sent));
        assert_eq!(sent, json!({}));
    }
}
