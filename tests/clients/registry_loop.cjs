// Builds a small fleet through the registry operations, audits it, mitigates the findings and
// reads the changes back, against `iotmit local serve` with the AWS SDK for JavaScript v3
// (@aws-sdk/client-iot: its own serializers, SigV4 signer, paginators and error classes).
//
// Usage: node registry_loop.cjs ENDPOINT_URL  (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY set to
// the keys the endpoint was given), against the demo data set of a fresh state. What it prints
// depends only on that data (no generated ids), so tests/suite/clients.rs compares it whole; it
// exits non-zero at the first step that goes wrong.
"use strict";

const assert = require("node:assert/strict");
const iotsdk = require("@aws-sdk/client-iot");

const ROLE = "arn:aws:iam::123456789012:role/AuditRole";
const CHECKS = ["IOT_POLICY_OVERLY_PERMISSIVE_CHECK", "LOGGING_DISABLED_CHECK"];

const iot = new iotsdk.IoTClient({ endpoint: process.argv[2], region: "us-east-1" });
const send = (name, input) => iot.send(new iotsdk[`${name}Command`](input ?? {}));
const step = (msg) => console.log(`== ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, read, done) {
  for (let i = 0; i < 300; i++) {
    const value = await read();
    if (done(value)) return value;
    await sleep(50);
  }
  throw new Error(`${what} did not end`);
}

async function auditFindings() {
  const { taskId } = await send("StartOnDemandAuditTask", { targetCheckNames: CHECKS });
  const task = await until(
    "audit",
    () => send("DescribeAuditTask", { taskId }),
    (d) => d.taskStatus !== "IN_PROGRESS",
  );
  assert.equal(task.taskStatus, "COMPLETED");
  const findings = [];
  for await (const page of iotsdk.paginateListAuditFindings({ client: iot, pageSize: 1 }, { taskId })) {
    findings.push(...page.findings);
  }
  return { taskId, findings };
}

async function main() {
  step("create-keys-and-certificate, create-thing, attach-thing-principal");
  const cert = await send("CreateKeysAndCertificate", { setAsActive: true });
  assert.match(cert.certificateId, /^[0-9a-f]{64}$/);
  assert.match(cert.certificatePem, /^-----BEGIN CERTIFICATE-----/);
  assert.match(cert.keyPair.PrivateKey, /PRIVATE KEY-----/);
  await send("CreateThing", { thingName: "lamp-js", attributePayload: { attributes: { room: "hall" } } });
  await send("AttachThingPrincipal", { thingName: "lamp-js", principal: cert.certificateArn });
  const principals = await send("ListThingPrincipals", { thingName: "lamp-js" });
  assert.deepEqual(principals.principals, [cert.certificateArn]);
  const described = await send("DescribeCertificate", { certificateId: cert.certificateId });
  console.log(`   certificate ${described.certificateDescription.status}, valid until a date: ${described.certificateDescription.validity.notAfter instanceof Date}`);

  step("create-policy (allows every IoT action), attach-policy");
  const everything = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iot:*", Resource: "*" }] };
  await send("CreatePolicy", { policyName: "js-open", policyDocument: JSON.stringify(everything) });
  await send("AttachPolicy", { policyName: "js-open", target: cert.certificateArn });
  const attached = await send("ListAttachedPolicies", { target: cert.certificateArn });
  console.log(`   attached: ${attached.policies.map((p) => p.policyName).join(",")}`);

  step("list-things (paginated one a page)");
  const things = [];
  for await (const page of iotsdk.paginateListThings({ client: iot, pageSize: 1 }, {})) {
    things.push(...page.things.map((t) => t.thingName));
  }
  assert.ok(things.includes("lamp-js"), things.join(","));
  console.log(`   ${things.length} things, unique: ${new Set(things).size === things.length}`);

  step("update-account-audit-configuration, start-on-demand-audit-task");
  await send("UpdateAccountAuditConfiguration", {
    roleArn: ROLE,
    auditCheckConfigurations: Object.fromEntries(CHECKS.map((c) => [c, { enabled: true }])),
  });
  const first = await auditFindings();
  for (const f of first.findings) {
    const r = f.nonCompliantResource.resourceIdentifier;
    console.log(`   ${f.checkName} ${f.severity} ${r.policyVersionIdentifier?.policyName ?? r.account}`);
  }

  step("create-mitigation-action, start-audit-mitigation-actions-task");
  await send("CreateMitigationAction", {
    actionName: "js-blank",
    roleArn: ROLE,
    actionParams: { replaceDefaultPolicyVersionParams: { templateName: "BLANK_POLICY" } },
  });
  await send("CreateMitigationAction", {
    actionName: "js-logging",
    roleArn: ROLE,
    actionParams: { enableIoTLoggingParams: { roleArnForLogging: ROLE, logLevel: "WARN" } },
  });
  await send("StartAuditMitigationActionsTask", {
    taskId: "js-fix",
    target: { auditTaskId: first.taskId },
    auditCheckToActionsMapping: {
      IOT_POLICY_OVERLY_PERMISSIVE_CHECK: ["js-blank"],
      LOGGING_DISABLED_CHECK: ["js-logging"],
    },
    clientRequestToken: "js-fix-1",
  });
  const task = await until(
    "mitigation",
    () => send("DescribeAuditMitigationActionsTask", { taskId: "js-fix" }),
    (d) => d.taskStatus !== "IN_PROGRESS",
  );
  console.log(`   ${task.taskStatus}: ${JSON.stringify(task.taskStatistics)}`);

  step("get-policy, list-policy-versions, get-v2-logging-options");
  const policy = await send("GetPolicy", { policyName: "js-open" });
  console.log(`   default version ${policy.defaultVersionId}: ${policy.policyDocument}`);
  const versions = await send("ListPolicyVersions", { policyName: "js-open" });
  console.log(`   versions ${versions.policyVersions.map((v) => `${v.versionId}${v.isDefaultVersion ? "*" : ""}`).join(",")}`);
  const logging = await send("GetV2LoggingOptions");
  console.log(`   logging ${logging.defaultLogLevel}, disabled ${logging.disableAllLogs}`);

  step("describe-mitigation-action of an unknown name");
  try {
    await send("DescribeMitigationAction", { actionName: "js-none" });
    throw new Error("an unknown action was described");
  } catch (e) {
    assert.ok(e instanceof iotsdk.ResourceNotFoundException, String(e));
    console.log(`   ${e.name} (${e.$metadata.httpStatusCode}): ${e.message}`);
  }

  step("start-on-demand-audit-task again");
  const second = await auditFindings();
  console.log(`   ${second.findings.length} findings`);
  console.log("loop closed: the mitigated findings are gone");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
