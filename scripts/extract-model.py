#!/usr/bin/env python3
"""Extract the Device Defender operations of AWS IoT (mitigation, audit, Detect), the registry
operations on the resources they examine and change, and every shape they reach, from the
official service model that ships with botocore, into model/iot-device-defender.json.

usage: scripts/extract-model.py [SERVICE_DIR]

SERVICE_DIR holds service-2.json(.gz) and paginators-1.json(.gz); by default the copy in the
installed botocore package (pip install botocore) is used. The output keeps botocore's layout
(operations, shapes, paginators) so that the program reads the same document the AWS CLI reads.
"""
import gzip, json, os, sys

OPERATIONS = [
    "CreateMitigationAction", "UpdateMitigationAction", "DescribeMitigationAction",
    "ListMitigationActions", "DeleteMitigationAction",
    "StartAuditMitigationActionsTask", "CancelAuditMitigationActionsTask",
    "DescribeAuditMitigationActionsTask", "ListAuditMitigationActionsTasks",
    "ListAuditMitigationActionsExecutions",
    "StartDetectMitigationActionsTask", "CancelDetectMitigationActionsTask",
    "DescribeDetectMitigationActionsTask", "ListDetectMitigationActionsTasks",
    "ListDetectMitigationActionsExecutions",
    # The audit side of the loop mitigation sits in.
    "DescribeAccountAuditConfiguration", "UpdateAccountAuditConfiguration",
    "DeleteAccountAuditConfiguration",
    "StartOnDemandAuditTask", "DescribeAuditTask", "ListAuditTasks", "CancelAuditTask",
    "ListAuditFindings", "DescribeAuditFinding",
    "CreateAuditSuppression", "DescribeAuditSuppression", "ListAuditSuppressions",
    "UpdateAuditSuppression", "DeleteAuditSuppression",
    # Detect's violations, for the customers Detect still serves.
    "ListActiveViolations", "ListViolationEvents",
    # Scheduled audits and the resources related to a finding.
    "CreateScheduledAudit", "DescribeScheduledAudit", "ListScheduledAudits",
    "UpdateScheduledAudit", "DeleteScheduledAudit",
    "ListRelatedResourcesForAuditFinding",
    # Detect: security profiles, their targets, dimensions and custom metrics.
    "CreateSecurityProfile", "DescribeSecurityProfile", "ListSecurityProfiles",
    "UpdateSecurityProfile", "DeleteSecurityProfile", "ValidateSecurityProfileBehaviors",
    "AttachSecurityProfile", "DetachSecurityProfile",
    "ListSecurityProfilesForTarget", "ListTargetsForSecurityProfile",
    "CreateDimension", "DescribeDimension", "ListDimensions", "UpdateDimension", "DeleteDimension",
    "CreateCustomMetric", "DescribeCustomMetric", "ListCustomMetrics", "UpdateCustomMetric",
    "DeleteCustomMetric",
    "PutVerificationStateOnViolation", "GetBehaviorModelTrainingSummaries",
    # The registry the audit checks look at and the mitigation actions change.
    "CreateKeysAndCertificate", "RegisterCertificate", "RegisterCertificateWithoutCA",
    "DescribeCertificate", "ListCertificates", "ListCertificatesByCA", "UpdateCertificate",
    "DeleteCertificate",
    "RegisterCACertificate", "DescribeCACertificate", "ListCACertificates",
    "UpdateCACertificate", "DeleteCACertificate",
    "CreateThing", "DescribeThing", "ListThings", "DeleteThing",
    "AttachThingPrincipal", "DetachThingPrincipal", "ListThingPrincipals", "ListPrincipalThings",
    "CreateThingGroup", "CreateDynamicThingGroup", "DescribeThingGroup", "ListThingGroups",
    "DeleteThingGroup", "AddThingToThingGroup", "RemoveThingFromThingGroup",
    "ListThingsInThingGroup", "ListThingGroupsForThing",
    "CreatePolicy", "GetPolicy", "ListPolicies", "DeletePolicy",
    "CreatePolicyVersion", "GetPolicyVersion", "ListPolicyVersions", "SetDefaultPolicyVersion",
    "DeletePolicyVersion", "AttachPolicy", "DetachPolicy", "ListAttachedPolicies",
    "ListTargetsForPolicy",
    "CreateRoleAlias", "DescribeRoleAlias", "ListRoleAliases", "DeleteRoleAlias",
    "GetV2LoggingOptions", "SetV2LoggingOptions", "GetLoggingOptions", "SetLoggingOptions",
    "TagResource", "UntagResource", "ListTagsForResource",
]


def load(directory, name):
    for candidate in (name, name + ".gz"):
        path = os.path.join(directory, candidate)
        if os.path.exists(path):
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as f:
                return json.load(f)
    sys.exit(f"error: {name} not found in {directory}")


def default_dir():
    import botocore
    return os.path.join(os.path.dirname(botocore.__file__), "data", "iot", "2015-05-28")


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else default_dir()
    service = load(directory, "service-2.json")
    paginators = load(directory, "paginators-1.json")["pagination"]
    shapes, operations, seen = {}, {}, set()

    def reach(name):
        if name in seen:
            return
        seen.add(name)
        shape = service["shapes"][name]
        shapes[name] = shape
        for member in shape.get("members", {}).values():
            reach(member["shape"])
        for key in ("member", "key", "value"):
            if key in shape:
                reach(shape[key]["shape"])

    for op in OPERATIONS:
        spec = dict(service["operations"][op])
        operations[op] = spec
        for part in ("input", "output"):
            if part in spec:
                reach(spec[part]["shape"])
        for err in spec.get("errors", []):
            reach(err["shape"])
    out = {
        "metadata": service["metadata"],
        "operations": operations,
        "shapes": {k: shapes[k] for k in sorted(shapes)},
        "paginators": {op: paginators[op] for op in OPERATIONS if op in paginators},
    }
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "model", "iot-device-defender.json")
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(operations)} operations, {len(shapes)} shapes -> model/iot-device-defender.json")


if __name__ == "__main__":
    main()
