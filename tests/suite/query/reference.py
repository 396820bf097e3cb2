"""The reference side of tests/suite/query_differential.rs: jmespath.py evaluates each case.

Reads one JSON object a line on stdin, {"expr": ..., "doc": ...}, and writes one JSON object a
line on stdout: {"ok": <the result as the AWS CLI prints it with --output json>}, or
{"parse": <the message>} when the expression does not compile, or {"error": <the message>}
when evaluating it fails. The first line written names the jmespath version.
"""
import json
import sys

import jmespath


def json_encoder(obj):
    # What the AWS CLI's encoder (awscli.utils.json_encoder) does with what JSON cannot hold.
    raise TypeError('Encountered unrecognized type in JSON encoder.')


out = sys.stdout
out.write(json.dumps({"version": jmespath.__version__}) + "\n")
for line in sys.stdin:
    case = json.loads(line)
    try:
        compiled = jmespath.compile(case["expr"])
    except Exception as e:
        out.write(json.dumps({"parse": str(e)}) + "\n")
        continue
    try:
        result = compiled.search(case["doc"])
        text = json.dumps(result, indent=4, ensure_ascii=False, default=json_encoder)
    except Exception as e:
        out.write(json.dumps({"error": str(e)}) + "\n")
        continue
    out.write(json.dumps({"ok": text}) + "\n")
out.flush()
