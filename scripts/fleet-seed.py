#!/usr/bin/env python3
"""Writes a seed file for the local endpoint holding a fleet: device certificates each attached
to a thing of its own, the things, and policies, with the audit configuration enabling every
certificate and policy check.

usage: scripts/fleet-seed.py [CERTIFICATES [POLICIES]] > fleet.yaml      (100000 and 1000 by default)

Every 50th certificate expires within 10 days, every 100th has been in service for over a
year, every 10th policy allows iot:* on everything; the rest are compliant. The output is the
same for the same arguments.
"""
import sys

certs = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
policies = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
out = sys.stdout
w = out.write
w('account: "123456789012"\n')
w("auditConfiguration:\n  roleArn: arn:aws:iam::123456789012:role/AuditRole\n  auditCheckConfigurations:\n")
for check in [
    "DEVICE_CERTIFICATE_EXPIRING_CHECK", "DEVICE_CERTIFICATE_AGE_CHECK", "DEVICE_CERTIFICATE_SHARED_CHECK",
    "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK", "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK",
    "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK", "CA_CERTIFICATE_EXPIRING_CHECK",
    "CA_CERTIFICATE_KEY_QUALITY_CHECK", "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK",
    "CONFLICTING_CLIENT_IDS_CHECK", "IOT_POLICY_OVERLY_PERMISSIVE_CHECK",
    "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK", "LOGGING_DISABLED_CHECK",
]:
    w(f"    {check}: {{enabled: true}}\n")
w("certificates:\n")
for i in range(certs):
    after = "+5d" if i % 50 == 0 else "+700d"
    before = "-400d" if i % 100 == 0 else "-30d"
    w(f"  - {{certificateId: \"{i:064x}\", notBefore: \"{before}\", notAfter: \"{after}\", things: [thing-{i}], clientIds: [thing-{i}]}}\n")
w("things:\n")
for i in range(certs):
    w(f"  - {{thingName: thing-{i}}}\n")
w("policies:\n")
for i in range(policies):
    action, resource = ("iot:*", "*") if i % 10 == 0 else ("iot:Publish", f"arn:aws:iot:us-east-1:123456789012:topic/fleet/{i}")
    w(f"  - {{policyName: policy-{i}, versions: [{{Version: \"2012-10-17\", Statement: [{{Effect: Allow, Action: \"{action}\", Resource: \"{resource}\"}}]}}]}}\n")
