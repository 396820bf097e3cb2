"""The reference side of tests/suite/json_differential.rs: Python's json.loads reads each
document, as the AWS CLI v2 reads parameter values, --cli-input-json and file:// documents.

Reads one JSON string a line on stdin (the document's text) and writes one JSON object a line on
stdout: {"ok": <the document in a canonical form>}, {"invalid": <the ValueError's message>},
{"deep": <the RecursionError's message>}, or {"unrepresentable": true} when the document holds
NaN, an infinity, or a number beyond a float's range. The first line written names the Python
version.

The canonical form: JSON with every non-ASCII character escaped, no spaces, keys in the order
the decoder left them, floats as Python's repr, lone surrogates as U+FFFD, and integers beyond
64 bits as the float nearest to their digits (how the Rust side holds them).
"""
import json
import math
import sys


class Unrepresentable(Exception):
    pass


def text(s):
    s = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in s)
    return json.dumps(s)


def number(digits):
    f = float(digits)
    if math.isinf(f):
        raise Unrepresentable()
    return repr(f)


def canonical(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v) if -(2**63) <= v < 2**64 else number(str(v))
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            raise Unrepresentable()
        return repr(v)
    if isinstance(v, str):
        return text(v)
    if isinstance(v, list):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    return "{" + ",".join(text(k) + ":" + canonical(x) for k, x in v.items()) + "}"


def as_311(e):
    """Python 3.13 words a trailing comma on its own; 3.11, which the AWS CLI v2 runs on, reports
    what it expected after the comma, where the next value would start."""
    for kind, expected in (("object", "Expecting property name enclosed in double quotes"),
                           ("array", "Expecting value")):
        if e.msg == "Illegal trailing comma before end of " + kind:
            pos = e.pos + 1
            while pos < len(e.doc) and e.doc[pos] in " \t\n\r":
                pos += 1
            return str(json.JSONDecodeError(expected, e.doc, pos))
    return str(e)


# Room for the canonical form of the deepest documents, which the decoder reads as well.
sys.setrecursionlimit(5000)
out = sys.stdout
out.write(json.dumps({"version": list(sys.version_info[:3])}) + "\n")
for line in sys.stdin:
    doc = json.loads(line)
    try:
        answer = {"ok": canonical(json.loads(doc))}
    except Unrepresentable:
        answer = {"unrepresentable": True}
    except json.JSONDecodeError as e:
        answer = {"invalid": as_311(e)}
    except ValueError as e:
        answer = {"invalid": str(e)}
    except RecursionError as e:
        answer = {"deep": str(e)}
    out.write(json.dumps(answer) + "\n")
