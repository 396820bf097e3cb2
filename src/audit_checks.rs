//! The audit checks AWS IoT Device Defender knows, each with the mitigation action types that
//! apply to its findings, as the Device Defender documentation lists them. The service model
//! does not carry this; the preview of a mitigation task and the local endpoint both read it here.

const SNS: &str = "PUBLISH_FINDING_TO_SNS";
const DEVICE_CERT: &str = "UPDATE_DEVICE_CERTIFICATE";
const CA_CERT: &str = "UPDATE_CA_CERTIFICATE";
const GROUP: &str = "ADD_THINGS_TO_THING_GROUP";
const POLICY: &str = "REPLACE_DEFAULT_POLICY_VERSION";
const LOGGING: &str = "ENABLE_IOT_LOGGING";

/// The audit checks, each with the mitigation action types that apply to its findings.
pub const AUDIT_CHECKS: &[(&str, &[&str])] = &[
    ("AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK", &[SNS]),
    ("CA_CERTIFICATE_EXPIRING_CHECK", &[SNS, CA_CERT]),
    ("CA_CERTIFICATE_KEY_QUALITY_CHECK", &[SNS, CA_CERT]),
    ("CONFLICTING_CLIENT_IDS_CHECK", &[SNS]),
    ("DEVICE_CERTIFICATE_AGE_CHECK", &[SNS, DEVICE_CERT, GROUP]),
    (
        "DEVICE_CERTIFICATE_EXPIRING_CHECK",
        &[SNS, DEVICE_CERT, GROUP],
    ),
    (
        "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK",
        &[SNS, DEVICE_CERT, GROUP],
    ),
    (
        "DEVICE_CERTIFICATE_SHARED_CHECK",
        &[SNS, DEVICE_CERT, GROUP],
    ),
    (
        "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK",
        &[SNS, DEVICE_CERT, GROUP],
    ),
    ("IOT_POLICY_OVERLY_PERMISSIVE_CHECK", &[SNS, POLICY]),
    (
        "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK",
        &[SNS, POLICY],
    ),
    (
        "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK",
        &[SNS],
    ),
    ("IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK", &[SNS]),
    ("LOGGING_DISABLED_CHECK", &[SNS, LOGGING]),
    ("REVOKED_CA_CERT_CHECK", &[SNS, CA_CERT]),
    ("REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK", &[SNS, CA_CERT]),
    (
        "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK",
        &[SNS, DEVICE_CERT, GROUP],
    ),
    (
        "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK",
        &[SNS],
    ),
];

/// The action types supported for an audit check, `None` for an unknown check.
pub fn supported_types(check: &str) -> Option<&'static [&'static str]> {
    AUDIT_CHECKS
        .iter()
        .find(|(c, _)| *c == check)
        .map(|(_, t)| *t)
}
