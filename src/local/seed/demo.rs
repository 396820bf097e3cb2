//! The demo data set: what a fresh state holds when no seed file is given.

/// The demo data set loaded into a fresh state:
///
/// - audit `a1b2c3d4e5f60718293a4b5c6d7e8f90` with seven findings:
///   `f-0001` DEVICE_CERTIFICATE_EXPIRING_CHECK on active certificate `7f3e9c2a`
///   (thing `lamp-17`); `f-0002` same check on certificate `b41d07e5`, already
///   REVOKED (deactivating it fails); `f-0003` same check on certificate `5d88e1c0`
///   of `gateway-01`, a thing already in 10 thing groups (adding it to a group
///   fails); `f-0004` REVOKED_CA_CERT_CHECK on active CA certificate `e2a45b90`;
///   `f-0005` CA_CERTIFICATE_EXPIRING_CHECK on CA certificate `3c9a1f6d`, already
///   INACTIVE; `f-0006` IOT_POLICY_OVERLY_PERMISSIVE_CHECK on policy
///   `smart-lights-policy`; `f-0007` LOGGING_DISABLED_CHECK on the account;
/// - audit `0f1e2d3c4b5a69788796a5b4c3d2e1f0` with two findings: `f-0101`
///   CONFLICTING_CLIENT_IDS_CHECK on client id `sensor-client`; `f-0102`
///   DEVICE_CERTIFICATE_SHARED_CHECK on certificate `9e0f1a2b` shared by
///   `doorbell-22` and `doorbell-23`;
/// - security profile `smart-lights` with four violations (`9a8b7c6d-0001` lamp-17
///   and `-0002` lamp-18 on num-messages-sent, active; `-0003` lamp-17 on
///   num-authorization-failures, no longer active since a day after it started; `-0004` lamp-19 on
///   num-messages-sent, suppressed) and profile `edge-gateways` with two
///   (`-0005` gateway-01, in 10 groups already; `-0006` doorbell-23, in 9 static
///   groups and 1 dynamic group) on num-disconnects; violation start times are
///   relative to the moment the state was created;
/// - for on-demand audits: root CA `e8e10fe9…`, intermediate CA `2b1bc7cd…` (revoked by
///   its issuer, still ACTIVE), partner CA `d6e6ef19…` (expires in 20 days); device
///   certificates `be6e5bfb…` (lamp-17, expires in 12 days), `15d874ba…` (thermostat-03,
///   expired 3 days ago), `7fa3c632…` (doorbell-22 and doorbell-23 connect with it at once),
///   `f2d2a571…` (gateway-01, issued by the revoked intermediate CA) and `127f2c95…`
///   (lamp-18, healthy); policy `smart-lights-policy` (allows `iot:*` on `*`) and
///   `lamp-telemetry` (narrow); thing groups `quarantine` and `low-battery` (dynamic); no
///   logging options (logging disabled) and no audit configuration (every check disabled);
/// - no mitigation actions and no tasks.
pub const DEMO_SEED_YAML: &str = r#"# iotmit local endpoint: demo data set
account: "123456789012"
region: us-east-1
auditTasks:
  - taskId: a1b2c3d4e5f60718293a4b5c6d7e8f90
    findings:
      - findingId: f-0001
        checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK
        reasonCode: CERTIFICATE_APPROACHING_EXPIRATION
        resource: {type: DEVICE_CERTIFICATE, id: 7f3e9c2a, state: ACTIVE, things: [lamp-17]}
      - findingId: f-0002
        checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK
        reasonCode: CERTIFICATE_APPROACHING_EXPIRATION
        resource: {type: DEVICE_CERTIFICATE, id: b41d07e5, state: REVOKED, things: [thermostat-03]}
      - findingId: f-0003
        checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK
        reasonCode: CERTIFICATE_PAST_EXPIRATION
        resource: {type: DEVICE_CERTIFICATE, id: 5d88e1c0, state: ACTIVE, things: [gateway-01]}
      - findingId: f-0004
        checkName: REVOKED_CA_CERT_CHECK
        reasonCode: CERTIFICATE_REVOKED_BY_ISSUER
        resource: {type: CA_CERTIFICATE, id: e2a45b90, state: ACTIVE}
      - findingId: f-0005
        checkName: CA_CERTIFICATE_EXPIRING_CHECK
        reasonCode: CERTIFICATE_APPROACHING_EXPIRATION
        resource: {type: CA_CERTIFICATE, id: 3c9a1f6d, state: INACTIVE}
      - findingId: f-0006
        checkName: IOT_POLICY_OVERLY_PERMISSIVE_CHECK
        reasonCode: ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS
        resource: {type: IOT_POLICY, id: smart-lights-policy}
      - findingId: f-0007
        checkName: LOGGING_DISABLED_CHECK
        reasonCode: LOGGING_DISABLED
        resource: {type: ACCOUNT_SETTINGS, id: "123456789012"}
  - taskId: 0f1e2d3c4b5a69788796a5b4c3d2e1f0
    findings:
      - findingId: f-0101
        checkName: CONFLICTING_CLIENT_IDS_CHECK
        reasonCode: DUPLICATE_CLIENT_ID_ACROSS_CONNECTIONS
        resource: {type: CLIENT_ID, id: sensor-client}
      - findingId: f-0102
        checkName: DEVICE_CERTIFICATE_SHARED_CHECK
        reasonCode: CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES
        resource: {type: DEVICE_CERTIFICATE, id: 9e0f1a2b, state: ACTIVE, things: [doorbell-22, doorbell-23]}
violations:
  - violationId: 9a8b7c6d-0001
    securityProfileName: smart-lights
    behaviorName: num-messages-sent
    thingName: lamp-17
    startTime: "-26h"
    active: true
    suppressed: false
  - violationId: 9a8b7c6d-0002
    securityProfileName: smart-lights
    behaviorName: num-messages-sent
    thingName: lamp-18
    startTime: "-5h"
  - violationId: 9a8b7c6d-0003
    securityProfileName: smart-lights
    behaviorName: num-authorization-failures
    thingName: lamp-17
    startTime: "-3d"
    active: false
    endTime: "-2d"
  - violationId: 9a8b7c6d-0004
    securityProfileName: smart-lights
    behaviorName: num-messages-sent
    thingName: lamp-19
    startTime: "-2h"
    suppressed: true
  - violationId: 9a8b7c6d-0005
    securityProfileName: edge-gateways
    behaviorName: num-disconnects
    thingName: gateway-01
    startTime: "-1h"
  - violationId: 9a8b7c6d-0006
    securityProfileName: edge-gateways
    behaviorName: num-disconnects
    thingName: doorbell-23
    startTime: "-30m"
things:
  - thingName: lamp-17
    thingGroups: [lights, floor-1]
  - thingName: lamp-18
    thingGroups: [lights]
  - thingName: thermostat-03
    thingGroups: [hvac]
  - thingName: gateway-01
    thingGroups: [site-a, gateways, edge, floor-0, power-main, vlan-10, fw-2-1, vendor-acme, monitored, critical]
  - thingName: doorbell-22
    thingGroups: [entrances]
  - thingName: doorbell-23
    thingGroups: [entrances, floor-0, vlan-20, fw-1-9, vendor-ring, outdoor, battery, monitored, site-a]
    dynamicThingGroups: [low-battery]
thingGroups:
  - thingGroupName: quarantine
  - thingGroupName: low-battery
    queryString: "attributes.battery < 20"
certificates:
  - certificateId: e8e10fe9538a373803728230b7e311a2c9451839f67fc8f1b7c1050377a8b9b4
    type: CA_CERTIFICATE
    notBefore: "-700d"
    notAfter: "+3000d"
  - certificateId: 2b1bc7cd0cd93e914b3e47b98f9816a0754b2bf5cc989da0bb4eb3fc6e6cfa2d
    type: CA_CERTIFICATE
    notBefore: "-500d"
    notAfter: "+2000d"
    caCertificateId: e8e10fe9538a373803728230b7e311a2c9451839f67fc8f1b7c1050377a8b9b4
    revokedByIssuer: true
  - certificateId: d6e6ef19ae018863510be714b9f7bbdcef4fb69a84c4f0f1968338c808527569
    type: CA_CERTIFICATE
    notBefore: "-1800d"
    notAfter: "+20d"
  - certificateId: be6e5bfb3414348865798e0fea7ab4c206057285c9bc77e9c7de09c78a5a2e11
    notBefore: "-340d"
    notAfter: "+12d"
    caCertificateId: e8e10fe9538a373803728230b7e311a2c9451839f67fc8f1b7c1050377a8b9b4
    things: [lamp-17]
  - certificateId: 15d874baeb52060509661258c9c60f5d65b010aca11c68e6a99fd80022d1d47b
    notBefore: "-400d"
    notAfter: "-3d"
    caCertificateId: e8e10fe9538a373803728230b7e311a2c9451839f67fc8f1b7c1050377a8b9b4
    things: [thermostat-03]
  - certificateId: 7fa3c632a2b01565c47f4c845ad80de99ef836810bc588ac62f68690958c49f7
    notBefore: "-90d"
    notAfter: "+600d"
    caCertificateId: e8e10fe9538a373803728230b7e311a2c9451839f67fc8f1b7c1050377a8b9b4
    things: [doorbell-22, doorbell-23]
    clientIds: [doorbell-22, doorbell-23]
  - certificateId: f2d2a571e35f4071419f896450c490f62d771184d5c31b77038981161e73e4f6
    notBefore: "-60d"
    notAfter: "+700d"
    caCertificateId: 2b1bc7cd0cd93e914b3e47b98f9816a0754b2bf5cc989da0bb4eb3fc6e6cfa2d
    things: [gateway-01]
  - certificateId: 127f2c9550adb462bfb3d3507ec694fe19de5f035050a81f94bdde071df335b2
    notBefore: "-30d"
    notAfter: "+335d"
    caCertificateId: e8e10fe9538a373803728230b7e311a2c9451839f67fc8f1b7c1050377a8b9b4
    things: [lamp-18]
policies:
  - policyName: smart-lights-policy
    versions:
      - {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "iot:*", Resource: "*"}]}
  - policyName: lamp-telemetry
    versions:
      - {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "iot:Publish", Resource: "arn:aws:iot:us-east-1:123456789012:topic/lamps/${iot:Connection.Thing.ThingName}/telemetry"}]}
"#;
