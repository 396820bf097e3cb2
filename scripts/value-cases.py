"""Cases of scripts/record-values.py: aliases, `file://`/`fileb://` values, timestamps and JSON of
the wrong type. Each case: `name`; `args` (after `aws iot`, or after `aws` with "toplevel"); and
optionally `files` (path in the home directory -> text, or {"hex": bytes} / {"dir": True}),
`alias` (the text of ~/.aws/cli/alias) and `env`."""

R = "arn:aws:iam::123456789012:role/MitigationRole"
CREATE = ["create-mitigation-action", "--action-name", "a", "--role-arn", R, "--action-params"]
DETECT = ["start-detect-mitigation-actions-task", "--task-id", "t", "--target", "securityProfileName=p"]
AUDIT_TASKS = ["list-audit-mitigation-actions-tasks"]
NAME = {"name.txt": "act1"}

CASES = [
    # ---- file:// and fileb:// ----
    {"name": "file_relative", "args": ["describe-mitigation-action", "--action-name", "file://name.txt"], "files": NAME},
    {"name": "file_tilde", "args": ["describe-mitigation-action", "--action-name", "file://~/name.txt"], "files": NAME},
    {"name": "file_home_var", "args": ["describe-mitigation-action", "--action-name", "file://$HOME/name.txt"], "files": NAME},
    {"name": "file_home_braced", "args": ["describe-mitigation-action", "--action-name", "file://${HOME}/name.txt"], "files": NAME},
    {"name": "file_unknown_var", "args": ["describe-mitigation-action", "--action-name", "file://$NO_SUCH_VAR/x"]},
    {"name": "file_missing", "args": ["describe-mitigation-action", "--action-name", "file://nope.json"]},
    {"name": "file_missing_tilde", "args": ["describe-mitigation-action", "--action-name", "file://~/nope.json"]},
    {"name": "file_empty_path", "args": ["describe-mitigation-action", "--action-name", "file://"]},
    {"name": "file_directory", "args": ["describe-mitigation-action", "--action-name", "file://sub"], "files": {"sub": {"dir": True}}},
    {"name": "file_not_utf8", "args": ["describe-mitigation-action", "--action-name", "file://bin.txt"], "files": {"bin.txt": {"hex": "61ff62"}}},
    {"name": "file_crlf", "args": ["describe-mitigation-action", "--action-name", "file://crlf.txt"], "files": {"crlf.txt": "a\r\nb\rc"}},
    {"name": "file_utf8", "args": ["describe-mitigation-action", "--action-name", "file://u.txt"], "files": {"u.txt": "caf\u00e9"}},
    {"name": "fileb_string_member", "args": ["describe-mitigation-action", "--action-name", "fileb://name.txt"], "files": NAME},
    {"name": "fileb_binary_string_member", "args": ["describe-mitigation-action", "--action-name", "fileb://bin.txt"], "files": {"bin.txt": {"hex": "61ff0a27"}}},
    {"name": "fileb_missing", "args": ["describe-mitigation-action", "--action-name", "fileb://nope"]},
    {"name": "fileb_structure", "args": CREATE + ["fileb://ap.json"], "files": {"ap.json": '{"updateDeviceCertificateParams":{"action":"DEACTIVATE"}}'}},
    {"name": "file_structure_json", "args": CREATE + ["file://~/ap.json"], "files": {"ap.json": '{"updateDeviceCertificateParams":{"action":"DEACTIVATE"}}'}},
    {"name": "file_structure_shorthand", "args": CREATE + ["file://ap.txt"], "files": {"ap.txt": "updateDeviceCertificateParams={action=DEACTIVATE}\n"}},
    {"name": "file_list_json", "args": DETECT + ["--actions", "file://acts.json"], "files": {"acts.json": '["x", "y"]'}},
    {"name": "file_list_text", "args": DETECT + ["--actions", "file://name.txt"], "files": NAME},
    {"name": "file_list_two_words", "args": DETECT + ["--actions", "file://name.txt", "file://nope"], "files": NAME},
    {"name": "shorthand_at_file_tilde", "args": CREATE + ["updateDeviceCertificateParams={action@=file://~/act.txt}"], "files": {"act.txt": "DEACTIVATE"}},
    {"name": "shorthand_at_file_missing", "args": CREATE + ["updateDeviceCertificateParams={action@=file://nope}"],
     "why": "a file after @= that cannot be read: v2 exits 255 without naming the parameter, iotmit names it and exits 252 as for every bad parameter"},
    {"name": "cli_input_json_file", "args": ["describe-mitigation-action", "--cli-input-json", "file://~/in.json"], "files": {"in.json": '{"actionName": "x"}'}},
    {"name": "cli_input_json_fileb", "args": ["describe-mitigation-action", "--cli-input-json", "fileb://in.json"], "files": {"in.json": '{"actionName": "x"}'}},
    {"name": "cli_input_json_missing", "args": ["describe-mitigation-action", "--cli-input-json", "file://$HOME/nope.json"]},
    {"name": "cli_input_json_not_utf8", "args": ["describe-mitigation-action", "--cli-input-json", "file://in.json"], "files": {"in.json": {"hex": "7b22ff227d"}}},
    {"name": "cli_input_yaml_file", "args": ["describe-mitigation-action", "--cli-input-yaml", "file://in.yaml"], "files": {"in.yaml": "actionName: y\n"}},
    {"name": "cli_input_yaml_types", "args": ["list-mitigation-actions", "--cli-input-yaml", "maxResults: 5\nactionType: UPDATE_DEVICE_CERTIFICATE\n"]},
    # ---- shorthand, parsed as v2 parses it: the document sent, or the error and its caret ----
    {"name": "shorthand_nested_list_quotes", "args": CREATE + ["addThingsToThingGroupParams={thingGroupNames=[a, 'b,c', \"d\\\"e\", f\\,g ],overrideDynamicGroups=false}"]},
    {"name": "shorthand_angle_is_a_word", "args": CREATE + ["updateDeviceCertificateParams=<action=DEACTIVATE>"]},
    {"name": "shorthand_unclosed_brace", "args": CREATE + ["updateDeviceCertificateParams={action=DEACTIVATE"]},
    {"name": "shorthand_unclosed_quote", "args": CREATE + ["updateDeviceCertificateParams={action='DEACTIVATE}"]},
    {"name": "shorthand_duplicate_key", "args": CREATE + ["updateDeviceCertificateParams={action=DEACTIVATE},updateDeviceCertificateParams={action=DEACTIVATE}"]},
    {"name": "shorthand_dangling_comma", "args": CREATE + ["addThingsToThingGroupParams={thingGroupNames=[g,}"]},
    {"name": "shorthand_error_on_second_line", "args": CREATE + ["updateDeviceCertificateParams={action=DEACTIVATE},\nenableIoTLoggingParams={roleArnForLogging==r}\n"]},
    {"name": "shorthand_non_ascii_caret", "args": CREATE + ["publishFindingToSnsParams={topicArn=\u00e9\U0001f600}"]},
    {"name": "shorthand_blank_after_brace", "args": CREATE + ["updateDeviceCertificateParams={action=DEACTIVATE} "]},
    # ---- timestamps ----
    {"name": "ts_slashes", "args": AUDIT_TASKS + ["--start-time", "2026/11/01", "--end-time", "2026/11/02"]},
    {"name": "ts_month_name", "args": AUDIT_TASKS + ["--start-time", "Nov 1 2026", "--end-time", "1 November 2026"]},
    {"name": "ts_date_output", "args": AUDIT_TASKS + ["--start-time", "Tue Dec  1 10:00:00 UTC 2026", "--end-time", "Tue Dec 1 10:00:00 GMT 2026"]},
    {"name": "ts_rfc822", "args": AUDIT_TASKS + ["--start-time", "Tue, 01 Dec 2026 10:00:00 GMT", "--end-time", "Tue, 01 Dec 2026 10:00:00 +0200"]},
    {"name": "ts_exponent", "args": AUDIT_TASKS + ["--start-time", "1e9", "--end-time", "1.5e9"]},
    {"name": "ts_epoch", "args": AUDIT_TASKS + ["--start-time", "1793491200", "--end-time", "1793491200.5"]},
    {"name": "ts_iso_zones", "args": AUDIT_TASKS + ["--start-time", "2026-11-01T10:00:00+02:00", "--end-time", "2026-11-01T10:00:00Z"]},
    {"name": "ts_iso_no_zone", "args": AUDIT_TASKS + ["--start-time", "2026-11-01T10:00", "--end-time", "2026-11-01 10:00:00"]},
    {"name": "ts_month_first", "args": AUDIT_TASKS + ["--start-time", "11/01/2026", "--end-time", "12/01/2026"]},
    {"name": "ts_pm", "args": AUDIT_TASKS + ["--start-time", "Nov 1 2026 10:00 PM", "--end-time", "Nov 1 2026 10:00 AM"]},
    {"name": "ts_word_refused", "args": AUDIT_TASKS + ["--start-time", "yesterday", "--end-time", "1"]},
    {"name": "ts_empty_refused", "args": AUDIT_TASKS + ["--start-time", "", "--end-time", "1"]},
    {"name": "ts_bad_day_refused", "args": AUDIT_TASKS + ["--start-time", "2026-02-30", "--end-time", "1"]},
    {"name": "ts_detect_tasks", "args": ["list-detect-mitigation-actions-tasks", "--start-time", "Nov 1 2026", "--end-time", "2026/11/02"]},
    {"name": "ts_shorthand_range", "args": DETECT + ["--actions", "a", "--violation-event-occurrence-range", "startTime=2026/11/01,endTime=1e9"]},
    {"name": "ts_cli_input_json", "args": AUDIT_TASKS + ["--cli-input-json", '{"startTime": "Nov 1 2026", "endTime": 1000000000}']},
    {"name": "ts_cli_input_bool", "args": AUDIT_TASKS + ["--cli-input-json", '{"startTime": true, "endTime": 1}']},
    # ---- JSON of the wrong type ----
    {"name": "json_bool_as_string", "args": CREATE + ['{"addThingsToThingGroupParams": {"thingGroupNames": ["g"], "overrideDynamicGroups": "true"}}']},
    {"name": "json_string_for_list", "args": CREATE + ['{"addThingsToThingGroupParams": {"thingGroupNames": "g"}}']},
    {"name": "json_number_for_string", "args": CREATE + ['{"publishFindingToSnsParams": {"topicArn": 5}}']},
    {"name": "json_null_for_string", "args": CREATE + ['{"publishFindingToSnsParams": {"topicArn": null}}']},
    {"name": "json_list_for_structure", "args": CREATE + ['{"publishFindingToSnsParams": ["t"]}']},
    {"name": "json_two_wrong", "args": CREATE + ['{"addThingsToThingGroupParams": {"thingGroupNames": [1], "overrideDynamicGroups": 1}}']},
    {"name": "shorthand_bool_is_coerced", "args": CREATE + ["addThingsToThingGroupParams={thingGroupNames=[g],overrideDynamicGroups=true}"]},
    {"name": "cli_input_bool_as_string", "args": ["start-detect-mitigation-actions-task", "--cli-input-json", '{"taskId": "t", "target": {"securityProfileName": "p"}, "actions": ["a"], "includeOnlyActiveViolations": "true", "clientRequestToken": "tok"}']},
    {"name": "cli_input_int_as_string", "args": ["list-mitigation-actions", "--cli-input-json", '{"maxResults": "5"}']},
    {"name": "cli_input_float_for_int", "args": ["list-mitigation-actions", "--cli-input-json", '{"maxResults": 2.5}']},
    {"name": "cli_input_string_for_list", "args": ["start-detect-mitigation-actions-task", "--cli-input-json", '{"taskId": "t", "target": {"securityProfileName": "p"}, "actions": "a", "clientRequestToken": "tok"}']},
    {"name": "cli_input_dict_for_string", "args": ["describe-mitigation-action", "--cli-input-json", '{"actionName": {"a": 1}}']},
    {"name": "cli_input_list_for_map", "args": ["start-audit-mitigation-actions-task", "--cli-input-json", '{"taskId": "t", "target": {"findingIds": ["f"]}, "auditCheckToActionsMapping": ["a"], "clientRequestToken": "tok"}']},
    {"name": "cli_input_string_in_map_for_list", "args": ["start-audit-mitigation-actions-task", "--cli-input-json", '{"taskId": "t", "target": {"findingIds": ["f"]}, "auditCheckToActionsMapping": {"CHECK": "a"}, "clientRequestToken": "tok"}']},
    # ---- aliases ----
    {"name": "alias_service", "args": ["la"], "alias": "[command iot]\nla = list-mitigation-actions --max-items 1\n"},
    {"name": "alias_chain", "args": ["lat"], "alias": "[command iot]\nla = list-mitigation-actions --max-items 1\nlat = la --action-type ENABLE_IOT_LOGGING\n"},
    {"name": "alias_more_words", "args": ["la", "--action-type", "UPDATE_DEVICE_CERTIFICATE"], "alias": "[command iot]\nla = list-mitigation-actions\n"},
    {"name": "alias_global_in_value", "args": ["txt"], "alias": "[command iot]\ntxt = list-mitigation-actions --output text\n"},
    {"name": "alias_global_in_value_wins", "args": ["txt", "--output", "json"], "alias": "[command iot]\ntxt = list-mitigation-actions --output text\n"},
    {"name": "alias_global_before", "args": ["--output", "text", "la"], "alias": "[command iot]\nla = list-mitigation-actions\n"},
    {"name": "alias_shadow", "args": ["describe-mitigation-action"], "alias": "[command iot]\ndescribe-mitigation-action = describe-mitigation-action --action-name shadowed\n"},
    {"name": "alias_shadow_more_words", "args": ["describe-mitigation-action", "--action-name", "real"], "alias": "[command iot]\ndescribe-mitigation-action = describe-mitigation-action --action-name shadowed\n"},
    {"name": "alias_shadow_first_word_dropped", "args": ["describe-mitigation-action"], "alias": "[command iot]\ndescribe-mitigation-action = --action-name foo\n"},
    {"name": "alias_shell", "args": ["sh", "a", "b c", "--output", "text", "it's"], "alias": "[command iot]\nsh = !echo hello\n"},
    {"name": "alias_shell_function", "args": ["sh", "x y", "z"], "alias": "[command iot]\nsh = !f() { echo \"[$1]\" \"[$2]\"; }; f\n"},
    {"name": "alias_shell_exit", "args": ["sh"], "alias": "[command iot]\nsh = !exit 7\n"},
    {"name": "alias_toplevel", "toplevel": True, "args": ["mylist"], "alias": "[toplevel]\nmylist = iot list-mitigation-actions --action-type ADD_THINGS_TO_THING_GROUP\n"},
    {"name": "alias_toplevel_to_service_alias", "toplevel": True, "args": ["mine"], "alias": "[toplevel]\nmine = iot la\n[command iot]\nla = list-mitigation-actions --max-items 2\n"},
    {"name": "alias_toplevel_shell", "toplevel": True, "args": ["hi", "there"], "alias": "[toplevel]\nhi = !echo top\n"},
    {"name": "alias_bag_of_options", "args": ["list-mitigation-actions", "cert"], "alias": "[command iot list-mitigation-actions]\ncert = --action-type UPDATE_DEVICE_CERTIFICATE\n"},
    {"name": "alias_bag_after_alias", "args": ["la", "cert", "--max-items", "3"], "alias": "[command iot]\nla = list-mitigation-actions\n[command iot list-mitigation-actions]\ncert = --action-type UPDATE_DEVICE_CERTIFICATE\n"},
    {"name": "alias_bag_overridden", "args": ["list-mitigation-actions", "cert", "--action-type", "ENABLE_IOT_LOGGING"], "alias": "[command iot list-mitigation-actions]\ncert = --action-type UPDATE_DEVICE_CERTIFICATE\n"},
    {"name": "alias_profile_refused", "args": ["prof"], "alias": "[command iot]\nprof = list-mitigation-actions --profile x\n"},
    {"name": "alias_debug_refused", "args": ["dbg"], "alias": "[command iot]\ndbg = list-mitigation-actions --debug\n"},
    {"name": "alias_unclosed_quote", "args": ["bad"], "alias": "[command iot]\nbad = list-mitigation-actions 'unterminated\n"},
    {"name": "alias_loop", "args": ["loop1"], "alias": "[command iot]\nloop1 = loop2\nloop2 = loop1\n"},
    {"name": "alias_multiline", "args": ["multi"], "alias": "[command iot]\nmulti =\n  list-mitigation-actions\n  --action-type UPDATE_DEVICE_CERTIFICATE\n"},
    {"name": "alias_name_case", "args": ["la"], "alias": "[command iot]\nLA = list-mitigation-actions --max-items 4\n"},
    {"name": "alias_comments", "args": ["la"], "alias": "# aliases\n[command iot]\n; listing\nla = list-mitigation-actions\n"},
    {"name": "alias_file_no_section", "args": ["list-mitigation-actions"], "alias": "la = list-mitigation-actions\n"},
    {"name": "alias_file_bad_line", "args": ["list-mitigation-actions"], "alias": "[command iot]\njunk\n"},
    {"name": "alias_file_duplicate", "args": ["la"], "alias": "[command iot]\nla = list-mitigation-actions\nla = list-mitigation-actions\n"},
    {"name": "alias_other_section_ignored", "args": ["list-mitigation-actions"], "alias": "[command ec2]\nla = describe-regions\n"},
]


# ---- --cli-input-yaml, read as ruamel.yaml's safe loader reads it: YAML 1.2 unless %YAML 1.1 ----
# "why": iotmit answers otherwise on purpose; its own answer is recorded as "ours" (with
# --ours), nothing is sent.
def _yaml(name, op, text, why=None):
    case = {"name": "yaml_" + name, "args": [op, "--cli-input-yaml", text]}
    if why:
        case["why"] = why
    return case


_WORDED = "v2 says only 'Invalid YAML received.' and names the parameter without dashes; iotmit says what is wrong and where"
_EARLY = "a value no parameter takes (a Python-only type for v2): iotmit refuses it when reading, saying what and where, v2 when checking types"
_KEY = "a key that is not text: iotmit refuses it when reading, saying where; v2 when checking types (252) or by failing (255), exit codes kept"
_TAG = "actionName: a\nroleArn: " + R + "\nactionParams: {updateCACertificateParams: {action: DEACTIVATE}}\ntags:\n- Key: k\n  Value: "
_BOOL = "actionName: a\nroleArn: " + R + "\nactionParams:\n  addThingsToThingGroupParams:\n    thingGroupNames: [g]\n    overrideDynamicGroups: "
_MAP = "taskId: t\ntarget: {findingIds: [f]}\nclientRequestToken: tok\nauditCheckToActionsMapping:\n  "
_TS = "startTime: {}\nendTime: 1000000000\n"
_L, _C, _S, _LT = "list-mitigation-actions", "create-mitigation-action", "start-audit-mitigation-actions-task", "list-audit-mitigation-actions-tasks"

CASES += [_yaml("str_" + n, _C, _TAG + v + "\n", why) for n, v, why in [
    ("y", "y", None), ("yes", "yes", None), ("on", "on", None), ("no", "no", None), ("off", "off", None),
    ("True", "True", None), ("TRUE", "TRUE", None), ("tilde", "~", None), ("null", "null", None),
    ("empty", "", None), ("hex", "0x10", None), ("octal", "0o10", None), ("leading_zero", "010", None),
    ("underscore", "1_000", None), ("float", "1.5", None), ("exp", "1e3", None), ("plus", "+1", None),
    ("str_tag", "!!str 1", None), ("quoted", "'a''b'", None), ("dq_escape", '"caf\\u00e9\\t!"', None),
    ("folded", ">-\n    a\n    b", None), ("literal", "|\n    a\n    b", None),
    ("inf", ".inf", _EARLY), ("nan", ".nan", _EARLY), ("date", "2026-11-01", _EARLY),
    ("big", "99999999999999999999", _EARLY), ("binary", "!!binary aGk=", _EARLY),
    ("datetime", "2026-11-01T10:00:00Z", "a date and time stays text (what the timestamp parameters take); v2 refuses its datetime for a text parameter"),
]]
CASES += [_yaml("bool_" + n, _C, _BOOL + v + "\n") for n, v in [
    ("y", "y"), ("yes", "yes"), ("on", "on"), ("True", "True"), ("FALSE", "FALSE"), ("tRUE", "tRUE"),
    ("int", "1"), ("str_tag", "!!str true"), ("bool_tag", "!!bool true"),
]]
CASES += [_yaml("int_" + n, _L, "maxResults: " + v + "\n", why) for n, v, why in [
    ("hex", "0x10", None), ("hex_upper", "0X10", None), ("hex_underscore", "0x1_0", None),
    ("octal", "0o10", None), ("octal_underscore", "0o1_0", None), ("binary", "0b101", None),
    ("leading_zero", "010", None), ("leading_zero_eight", "08", None), ("underscore", "1_00", None),
    ("underscore_first", "_1", None), ("plus", "+7", None), ("int_tag", "!!int '7'", None),
    ("float_whole", "5.0", None), ("exp", "1e1", None), ("exp_upper", "1E2", None), ("dot", ".5", None),
    ("float_underscore", "1_0.5", None), ("sixty", "1:20", None), ("sixty_float", "1:20.5", None),
    ("tilde", "~", None), ("bare", "", None),
    ("big", "99999999999999999999", "an integer beyond 64 bits: v2 sends it, iotmit cannot and refuses it when reading"),
    ("inf", ".inf", _EARLY), ("inf_negative", "-.Inf", _EARLY), ("nan", ".NaN", _EARLY),
]]
CASES += [_yaml("ts_" + n, _LT, _TS.format(v), why) for n, v, why in [
    ("datetime", "2026-11-01T10:00:00Z", None), ("datetime_offset", "2026-11-01T10:00:00+02:00", None),
    ("datetime_space", "2026-11-01 10:00:00", None), ("datetime_fraction", "2026-11-01T10:00:00.25Z", None),
    ("quoted_date", "'2026-11-01'", None), ("str_tag_date", "!!str 2026-11-01", None), ("int", "1793491200", None),
    ("float", "1793491200.5", None), ("bool", "true", None),
    ("date", "2026-11-01", _EARLY), ("binary", "!!binary aGk=", _EARLY),
]]
CASES += [
    _yaml("map_yes_key", _S, _MAP + "yes: [a]\n"),
    _yaml("map_int_key", _S, _MAP + "1: [a]\n", _KEY),
    _yaml("map_bool_key", _S, _MAP + "true: [a]\n", _KEY),
    _yaml("map_null_key", _S, _MAP + "~: [a]\n", _KEY),
    _yaml("map_float_key", _S, _MAP + "1.5: [a]\n", _KEY),
    _yaml("struct_int_key", _C, "actionName: a\nroleArn: " + R + "\nactionParams: {updateCACertificateParams: {action: DEACTIVATE, 5: x}}\n", _KEY),
    _yaml("top_int_key", _L, "1: x\n", _KEY),
    _yaml("top_bool_key", _L, "true: x\n", _KEY),
    _yaml("top_date_key", _L, "2026-01-01: x\n", _KEY),
    _yaml("top_list_key", _L, "? [a]\n: x\n", _KEY),
    _yaml("anchor_alias", _C, "actionName: &n a\nroleArn: " + R + "\nactionParams: {updateCACertificateParams: {action: DEACTIVATE}}\ntags:\n- &t {Key: k, Value: *n}\n- *t\n"),
    _yaml("merge_key", _C, "actionName: a\nroleArn: " + R + "\nactionParams: {updateCACertificateParams: {action: DEACTIVATE}}\ntags:\n- &t {Key: k, Value: v}\n- <<: *t\n  Value: w\n"),
    _yaml("merge_list", _C, "actionName: a\nroleArn: " + R + "\nactionParams: {updateCACertificateParams: {action: DEACTIVATE}}\ntags:\n- &k {Key: k}\n- &v {Value: v, Key: no}\n- <<: [*k, *v]\n"),
    _yaml("undefined_alias", _L, "actionType: *x\n", _WORDED),
    _yaml("duplicate_key", _L, "maxResults: 1\nmaxResults: 2\n", _WORDED),
    _yaml("duplicate_nested_key", _C, _TAG + "v\n  Value: w\n", _WORDED),
    _yaml("empty_doc", _L, ""),
    _yaml("comment_only", _L, "# nothing\n"),
    _yaml("null_doc", _L, "~\n"),
    _yaml("doc_markers", _L, "---\nmaxResults: 3\n...\n"),
    _yaml("two_docs", _L, "maxResults: 1\n---\nmaxResults: 2\n", _WORDED),
    _yaml("two_docs_empty_second", _L, "maxResults: 1\n---\n", _WORDED),
    _yaml("list_doc", _L, "- a\n"),
    _yaml("scalar_doc", _L, "hello\n"),
    _yaml("int_doc", _L, "5\n"),
    _yaml("flow_doc", _L, "{maxResults: 4, actionType: ENABLE_IOT_LOGGING}"),
    _yaml("crlf", _L, "maxResults: 6\r\nactionType: ENABLE_IOT_LOGGING\r\n"),
    _yaml("bom", _L, "\ufeffmaxResults: 2\n"),
    _yaml("null_value", _L, "actionType: ~\n"),
    _yaml("null_in_list", _C, "actionName: a\nroleArn: " + R + "\nactionParams: {addThingsToThingGroupParams: {thingGroupNames: [~]}}\n"),
    _yaml("yaml11_directive", _C, "%YAML 1.1\n---\n" + _BOOL + "yes\n"),
    _yaml("syntax_error", _L, "maxResults: [1\n", _WORDED),
    _yaml("tab_indent", _L, "actionType:\n\tx\n", _WORDED),
    _yaml("bad_indent", _L, "maxResults: 1\n  actionType: x\n", _WORDED),
    _yaml("unknown_tag", _L, "actionType: !foo x\n", _WORDED),
    _yaml("set_tag", _L, "actionType: !!set {a: ~}\n", _EARLY),
    _yaml("omap_tag", _L, "actionType: !!omap [a: 1]\n", _EARLY),
    {"name": "cli_input_json_null", "args": [_L, "--cli-input-json", "null"]},
    {"name": "cli_input_json_list", "args": [_L, "--cli-input-json", "[]"]},
]
