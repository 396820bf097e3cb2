"""The reference side of tests/suite/shorthand_differential.rs: the AWS CLI's shorthand parser
(awscli.shorthand.ShorthandParser, from PyPI's awscli 1.x, the same parser as the AWS CLI v2's)
parses each case.

Reads one JSON object a line on stdin, {"input": ...}, and writes one JSON object a line on
stdout: {"ok": <the parsed document>} (a value read with fileb:// as {"bytes": <hex>}),
{"syntax": <message>}, {"duplicate": <message>}, or {"error": <message>} for anything else
(a file that cannot be read). The first line written names the awscli version.

The one behavioural difference between awscli 1.x's shorthand.py and the AWS CLI v2's is the
wording of the syntax error: v2 puts a space after the newline that follows "for input:"
(`...for input:\n <input>`), 1.x does not. `v2_syntax_message` applies exactly that.
"""
import json
import sys

import awscli
from awscli.shorthand import (
    DuplicateKeyInObjectError,
    ShorthandParser,
    ShorthandParseSyntaxError,
)


def v2_syntax_message(error):
    head, newline, rest = str(error).partition("\n")
    if not newline or not head.endswith(" for input:"):
        raise AssertionError("unexpected syntax error layout: %r" % str(error))
    return head + "\n " + rest


def encode(value):
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    raise TypeError(repr(value))


out = sys.stdout
out.write(json.dumps({"version": awscli.__version__}) + "\n")
for line in sys.stdin:
    case = json.loads(line)
    try:
        answer = {"ok": ShorthandParser().parse(case["input"])}
    except ShorthandParseSyntaxError as e:
        answer = {"syntax": v2_syntax_message(e)}
    except DuplicateKeyInObjectError as e:
        answer = {"duplicate": str(e)}
    except Exception as e:
        answer = {"error": str(e)}
    out.write(json.dumps(answer, default=encode) + "\n")
out.flush()
