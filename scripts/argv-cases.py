"""The command lines scripts/record-argv.py runs through the AWS CLI v2 and iotmit: every form
argparse gives meaning to. Each case is a name and the words after `aws iot` / `iotmit`;
`compare` limits what is compared (help is rendered by v2 with groff, so only its exit code is
kept)."""

ROLE = "arn:aws:iam::123456789012:role/R1234567"
DETECT = ["start-detect-mitigation-actions-task", "--task-id", "t1",
          "--target", "securityProfileName=p", "--client-request-token", "tok"]
DESCRIBE = ["describe-mitigation-action", "--action-name", "Q"]
HELP = ["exit"]

CASES = [
    # unique and ambiguous prefixes
    {"name": "prefix-of-a-command-option", "args": ["describe-mitigation-action", "--action-nam", "Q"]},
    {"name": "prefix-of-max-items", "args": ["list-mitigation-actions", "--max-i", "1"]},
    {"name": "prefix-of-output-after", "args": DESCRIBE + ["--out", "text"]},
    {"name": "prefix-of-output-before", "args": ["--out", "text"] + DESCRIBE},
    {"name": "prefix-one-letter", "args": ["describe-mitigation-action", "--a", "Q"]},
    {"name": "prefix-of-an-enum-option", "args": ["list-mitigation-actions", "--action-t", "ENABLE_IOT_LOGGING"]},
    {"name": "prefix-of-region", "args": DESCRIBE + ["--reg", "us-west-2"]},
    {"name": "prefix-with-equals", "args": ["describe-mitigation-action", "--action-nam=Q"]},
    {"name": "prefix-ambiguous-command-options", "args": ["list-mitigation-actions", "--ma", "1"]},
    {"name": "prefix-ambiguous-globals", "args": DESCRIBE + ["--no"]},
    {"name": "prefix-ambiguous-cli", "args": DESCRIBE + ["--cli", "x"]},
    {"name": "prefix-ambiguous-with-equals", "args": ["list-mitigation-actions", "--ma=1"]},
    {"name": "prefix-of-a-boolean", "args": DETECT + ["--actions", "A", "--include-only"]},
    {"name": "prefix-of-a-no-boolean", "args": DETECT + ["--actions", "A", "--no-include-only"]},
    # --opt=value
    {"name": "equals-value", "args": ["describe-mitigation-action", "--action-name=Q"]},
    {"name": "equals-global", "args": DESCRIBE + ["--output=text"]},
    {"name": "equals-integer", "args": ["list-mitigation-actions", "--max-items=1"]},
    {"name": "equals-empty", "args": ["describe-mitigation-action", "--action-name="]},
    {"name": "equals-in-the-value", "args": ["describe-mitigation-action", "--action-name=a=b"]},
    # repeated options: the last wins
    {"name": "repeated-option", "args": ["describe-mitigation-action", "--action-name", "A", "--action-name", "B"]},
    {"name": "repeated-global", "args": ["--output", "text"] + DESCRIBE + ["--output", "json"]},
    {"name": "repeated-enum", "args": ["list-mitigation-actions", "--action-type", "UPDATE_CA_CERTIFICATE",
                                       "--action-type", "ENABLE_IOT_LOGGING"]},
    {"name": "repeated-list", "args": DETECT + ["--actions", "A", "B", "--actions", "C"]},
    # lists take every following word
    {"name": "list-of-words", "args": DETECT + ["--actions", "A", "B", "C"]},
    {"name": "list-then-switch", "args": DETECT + ["--actions", "A", "B", "--include-only-active-violations"]},
    {"name": "list-of-finding-ids", "args": ["start-audit-mitigation-actions-task", "--task-id", "t",
                                            "--target", "findingIds=a,b", "--audit-check-to-actions-mapping",
                                            "X=A,B", "--client-request-token", "tok"]},
    {"name": "list-without-words", "args": DETECT + ["--actions"]},
    {"name": "list-swallows-help", "args": DETECT + ["--actions", "A", "help"]},
    # --x / --no-x
    {"name": "no-boolean", "args": DETECT + ["--actions", "A", "--no-include-only-active-violations"]},
    {"name": "boolean-then-no", "args": DETECT + ["--actions", "A", "--include-only-active-violations",
                                                  "--no-include-only-active-violations"]},
    {"name": "no-then-boolean", "args": DETECT + ["--actions", "A", "--no-include-suppressed-alerts",
                                                  "--include-suppressed-alerts"]},
    {"name": "boolean-with-a-value", "args": DETECT + ["--actions", "A", "--include-suppressed-alerts=true"]},
    # values starting with a hyphen
    {"name": "hyphen-value", "args": ["describe-mitigation-action", "--action-name", "-x"]},
    {"name": "hyphen-value-with-equals", "args": ["describe-mitigation-action", "--action-name=-x"]},
    {"name": "hyphen-double-value", "args": ["describe-mitigation-action", "--action-name", "--x"]},
    {"name": "negative-number-value", "args": ["describe-mitigation-action", "--action-name", "-1"]},
    {"name": "negative-max-items", "args": ["list-mitigation-actions", "--max-items", "-1"]},
    {"name": "option-where-a-value-belongs", "args": ["describe-mitigation-action", "--action-name", "--region", "us-east-1"]},
    {"name": "value-missing-at-the-end", "args": ["describe-mitigation-action", "--action-name"]},
    {"name": "short-unknown-option", "args": DESCRIBE + ["-x"]},
    {"name": "lone-dash-value", "args": ["describe-mitigation-action", "--action-name", "-"]},
    # a lone --
    {"name": "lone-double-dash-at-the-end", "args": DESCRIBE + ["--"]},
    {"name": "double-dash-before-options", "args": ["describe-mitigation-action", "--", "--action-name", "Q"]},
    {"name": "double-dash-then-a-word", "args": DESCRIBE + ["--", "extra"]},
    # unknown options and stray words
    {"name": "unknown-option", "args": DESCRIBE + ["--bogus"]},
    {"name": "unknown-option-with-words", "args": DESCRIBE + ["--bogus", "1", "2"]},
    {"name": "unknown-option-with-equals", "args": DESCRIBE + ["--bogus=1"]},
    {"name": "unknown-option-before-the-command", "args": ["--bogus"] + DESCRIBE},
    {"name": "unknown-option-and-missing-required", "args": ["describe-mitigation-action", "--bogus"]},
    {"name": "stray-word", "args": DESCRIBE + ["extra"]},
    {"name": "stray-words-and-unknown", "args": DESCRIBE + ["a", "--bogus", "b"]},
    {"name": "two-unknown-options", "args": DESCRIBE + ["--bogus", "--other", "x"]},
    # misspelled commands
    {"name": "misspelled-command", "args": ["describe-mitigatio-action"]},
    {"name": "misspelled-list-command", "args": ["list-mitigation-action"]},
    {"name": "misspelled-task-command", "args": ["describe-audit-mitigation-action-task", "--task-id", "t"]},
    {"name": "unrelated-command", "args": ["frobnicate"]},
    {"name": "misspelled-command-after-globals", "args": ["--output", "json", "delete-mitigation-actions"]},
    # integers
    {"name": "bad-max-items", "args": ["list-mitigation-actions", "--max-items", "abc"]},
    {"name": "bad-page-size", "args": ["list-mitigation-actions", "--page-size", "abc"]},
    {"name": "fraction-max-items", "args": ["list-mitigation-actions", "--max-items", "1.5"]},
    {"name": "padded-max-items", "args": ["list-mitigation-actions", "--max-items", " 2 "]},
    {"name": "bad-max-items-missing-required", "args": ["describe-mitigation-action", "--max-items", "abc"]},
    # global values
    {"name": "bad-binary-format", "args": ["--cli-binary-format", "bogus"] + DESCRIBE},
    {"name": "bad-output-then-good", "args": ["--output", "bogus", "--output", "json"] + DESCRIBE},
    {"name": "bad-color", "args": ["--color", "bogus"] + DESCRIBE},
    {"name": "bad-error-format", "args": ["--cli-error-format", "bogus"] + DESCRIBE},
    {"name": "bad-output-after-the-command", "args": DESCRIBE + ["--output", "bogus"]},
    {"name": "good-binary-format", "args": DESCRIBE + ["--cli-binary-format", "raw-in-base64-out"]},
    {"name": "global-missing-its-value", "args": DESCRIBE + ["--output"]},
    {"name": "bad-output-and-bad-command", "args": ["--output", "bogus", "frobnicate"]},
    {"name": "auto-prompt-without-a-terminal", "args": ["--cli-auto-prompt"] + DESCRIBE},
    {"name": "no-auto-prompt", "args": DESCRIBE + ["--no-cli-auto-prompt"]},
    # help in every position
    {"name": "help-after-the-command", "args": ["describe-mitigation-action", "help"], "compare": HELP},
    {"name": "help-after-options", "args": DESCRIBE + ["help"], "compare": HELP},
    {"name": "help-with-unknown-options", "args": ["list-mitigation-actions", "help", "--bogus"], "compare": HELP},
    {"name": "help-before-globals", "args": ["--region", "us-west-2", "list-mitigation-actions", "help"], "compare": HELP},
    # required options
    {"name": "missing-one-required", "args": ["describe-mitigation-action"]},
    {"name": "missing-two-required", "args": ["create-mitigation-action", "--action-name", "A"]},
    {"name": "missing-every-required", "args": ["start-audit-mitigation-actions-task"]},
    {"name": "required-given-by-input-json", "args": ["describe-mitigation-action", "--cli-input-json", '{"actionName":"Q"}']},
    # --generate-cli-skeleton
    {"name": "skeleton", "args": ["describe-mitigation-action", "--generate-cli-skeleton"]},
    {"name": "skeleton-input", "args": ["list-mitigation-actions", "--generate-cli-skeleton", "input"]},
    {"name": "skeleton-yaml-input", "args": ["describe-mitigation-action", "--generate-cli-skeleton", "yaml-input"]},
    {"name": "skeleton-output", "args": DESCRIBE + ["--generate-cli-skeleton", "output"]},
    {"name": "skeleton-bogus", "args": ["describe-mitigation-action", "--generate-cli-skeleton", "bogus"]},
    {"name": "skeleton-with-equals", "args": ["list-mitigation-actions", "--generate-cli-skeleton=input"]},
    {"name": "skeleton-with-unknown", "args": ["create-mitigation-action", "--generate-cli-skeleton", "--bogus"]},
    {"name": "skeleton-prefix", "args": ["describe-mitigation-action", "--generate-cli"]},
    # globals before and after the command
    {"name": "region-before", "args": ["--region", "us-west-2"] + DESCRIBE},
    {"name": "region-after", "args": DESCRIBE + ["--region", "us-west-2"]},
    {"name": "query-before", "args": ["--query", "actionName"] + DESCRIBE},
    {"name": "no-paginate-before", "args": ["--no-paginate", "list-mitigation-actions"]},
    {"name": "no-paginate-with-max-items", "args": ["list-mitigation-actions", "--no-paginate", "--max-items", "1"]},
    {"name": "output-text-before-and-after", "args": ["--output", "text", "list-mitigation-actions", "--output", "table"]},
    {"name": "page-size-sent", "args": ["list-mitigation-actions", "--page-size", "5"]},
    {"name": "max-results-sent", "args": ["list-mitigation-actions", "--max-results", "5"]},
]
