//! Expressions and documents for the query tests: the JMESPath compliance suite
//! (`tests/fixtures/jmespath/`), the documents the commands print, and a seeded generator of
//! expressions in the idioms of AWS CLI scripts and of the grammar's corners.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::path::PathBuf;

/// One compliance case: the document, the expression, and what the suite expects (a result,
/// or the kind of error).
pub struct Compliance {
    pub file: String,
    pub given: Value,
    pub expression: String,
    pub result: Option<Value>,
    pub error: Option<String>,
}

pub fn compliance() -> Vec<Compliance> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jmespath");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let suites: Value = serde_json::from_str(&text).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        for suite in suites.as_array().unwrap() {
            for case in suite["cases"].as_array().unwrap() {
                out.push(Compliance {
                    file: file.clone(),
                    given: suite["given"].clone(),
                    expression: case["expression"].as_str().unwrap().to_string(),
                    result: case.get("result").cloned(),
                    error: case.get("error").and_then(Value::as_str).map(String::from),
                });
            }
        }
    }
    out
}

/// Documents as the commands hand them to `--query`: members in model order, timestamps
/// already rendered (ISO 8601 strings by default, epoch numbers with `wire`).
pub fn documents() -> Vec<Value> {
    vec![
        json!({"actionIdentifiers": [
            {"actionName": "Quarantine", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Quarantine", "creationDate": "2026-01-10T09:30:00+00:00"},
            {"actionName": "UpdateCACertName", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/UpdateCACertName", "creationDate": "2025-06-08T13:47:43.521000+00:00"},
            {"actionName": "EnableLogs", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/EnableLogs", "creationDate": "2026-03-01T00:00:00+00:00"},
            {"actionName": "quarantine-2", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/quarantine-2", "creationDate": "2024-12-31T23:59:59+00:00"}
        ], "nextToken": "tok"}),
        json!({"actionIdentifiers": [
            {"actionName": "A", "actionArn": "arn:a", "creationDate": 1560173584.521},
            {"actionName": "B", "actionArn": "arn:b", "creationDate": 1560173600},
            {"actionName": "C", "actionArn": "arn:c", "creationDate": 1560173590.0}
        ]}),
        json!({"actionName": "Quarantine", "actionType": "ADD_THINGS_TO_THING_GROUP",
            "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Quarantine",
            "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
            "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
            "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine", "isolated"], "overrideDynamicGroups": true}},
            "creationDate": "2019-06-10T13:33:04.521000+00:00", "lastModifiedDate": "2019-06-10T13:33:10+00:00"}),
        json!({"taskId": "t-1", "taskStatus": "COMPLETED", "startTime": "2026-02-01T10:00:00+00:00",
            "taskStatistics": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": {"totalFindingsCount": 3, "failedFindingsCount": 0, "succeededFindingsCount": 3, "skippedFindingsCount": 0, "canceledFindingsCount": 0}},
            "target": {"findingIds": ["f1", "f2", "f3"]},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["Quarantine", "EnableLogs"]},
            "actionsDefinition": [{"name": "Quarantine", "id": "id-1", "roleArn": "arn:r", "actionParams": {"enableIoTLoggingParams": {"roleArnForLogging": "arn:l", "logLevel": "DEBUG"}}}]}),
        json!({"actionsExecutions": [
            {"taskId": "t-1", "findingId": "f1", "actionName": "Quarantine", "actionId": "id-1", "status": "COMPLETED", "startTime": "2026-02-01T10:00:01+00:00", "endTime": "2026-02-01T10:00:05+00:00"},
            {"taskId": "t-1", "findingId": "f2", "actionName": "Quarantine", "actionId": "id-1", "status": "FAILED", "startTime": "2026-02-01T10:00:02+00:00", "errorCode": "ThrottlingException", "message": "Rate exceeded"},
            {"taskId": "t-1", "findingId": "f3", "actionName": "EnableLogs", "actionId": "id-2", "status": "SKIPPED", "startTime": "2026-02-01T10:00:03+00:00"}
        ]}),
        json!({"taskSummary": {"taskId": "d-1", "taskStatus": "IN_PROGRESS", "taskStartTime": 1700000000, "taskEndTime": 1700000100.25,
            "target": {"violationIds": ["v1"], "behaviorName": "msg-size"},
            "violationEventOccurrenceRange": {"startTime": 1699990000, "endTime": 1700000000},
            "onlyActiveViolationsIncluded": true, "suppressedAlertsIncluded": false,
            "actionsDefinition": [],
            "taskStatistics": {"actionsExecuted": 10, "actionsSkipped": 2, "actionsFailed": 1}}}),
        json!({"a": 0, "b": 1, "c": -1, "d": 1.5, "e": -0.0, "f": "", "g": [], "h": {}, "i": null, "j": true, "k": false,
            "l": [3, 1, 2, 1.0, -7], "m": ["b", "a", "C", "é", ""], "n": [[1, [2]], [3], 4, [[5]]],
            "o": {"z": 1, "y": [1, 2], "x": {"w": "v"}}, "p": "2026", "q": 9_007_199_254_740_993_i64, "r": 18446744073709551615u64,
            "s": [{"k": 2, "v": "x"}, {"k": 1, "v": "y"}, {"k": 2, "v": "z"}, {"k": 1.5, "v": "w"}],
            "t": [true, false, 0, 1, null, "1"], "u": "ünïcødé 😀", "w": 1e300, "x": 1e-7}),
    ]
}

/// xorshift64*: the same cases on every run.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

const FIELDS: &[&str] = &[
    "actionIdentifiers",
    "actionName",
    "actionArn",
    "creationDate",
    "actionParams",
    "taskStatistics",
    "taskSummary",
    "taskStatus",
    "actionsExecutions",
    "status",
    "startTime",
    "findingId",
    "target",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "w",
    "x",
    "y",
    "z",
    "v",
    "nope",
    "\"actionName\"",
    "\"with space\"",
];

const LITERALS: &[&str] = &[
    "`1`",
    "`0`",
    "`-0`",
    "`1.0`",
    "`2.5`",
    "`-3`",
    "`true`",
    "`false`",
    "`null`",
    "`\"2026\"`",
    "`\"Quarantine\"`",
    "`[]`",
    "`{}`",
    "`[1, 2, 3]`",
    "`[\"a\", \"b\"]`",
    "`{\"a\": 1, \"b\": [2]}`",
    "`Quar`",
    "`Quarantine`",
    "`,`",
    "` spaced`",
    "`a\\`b`",
    "`1e3`",
    "`18446744073709551615`",
    "`-9223372036854775808`",
    "`1e16`",
    "'Quarantine'",
    "'2026'",
    "'it''s'",
    "''",
    "'\\''",
    "'é'",
    "`\"\\u00e9\"`",
    "`[1, 2.0, \"3\"]`",
];

const FUNCTIONS: &[(&str, usize)] = &[
    ("abs", 1),
    ("avg", 1),
    ("ceil", 1),
    ("contains", 2),
    ("ends_with", 2),
    ("floor", 1),
    ("join", 2),
    ("keys", 1),
    ("length", 1),
    ("map", 2),
    ("max", 1),
    ("max_by", 2),
    ("merge", 2),
    ("min", 1),
    ("min_by", 2),
    ("not_null", 2),
    ("reverse", 1),
    ("sort", 1),
    ("sort_by", 2),
    ("starts_with", 2),
    ("sum", 1),
    ("to_array", 1),
    ("to_number", 1),
    ("to_string", 1),
    ("type", 1),
    ("values", 1),
    ("unknownfn", 1),
];

/// A random expression, mostly well-formed.
pub fn expression(rng: &mut Rng, depth: usize) -> String {
    if depth > 4 {
        return leaf(rng);
    }
    let d = depth + 1;
    match rng.below(22) {
        0..=2 => leaf(rng),
        3 => format!("{}.{}", expression(rng, d), rng.pick(FIELDS)),
        4 => format!("{}[{}]", expression(rng, d), index(rng)),
        5 => format!("{}[{}]", expression(rng, d), slice(rng)),
        6 => format!("{}[].{}", expression(rng, d), rng.pick(FIELDS)),
        7 => format!("{}[*].{}", expression(rng, d), expression(rng, d)),
        8 => format!("{}[?{}]", rng.pick(FIELDS), condition(rng, d)),
        9 => format!(
            "{}[?{}].{}",
            rng.pick(FIELDS),
            condition(rng, d),
            rng.pick(FIELDS)
        ),
        10 => format!("{} | {}", expression(rng, d), expression(rng, d)),
        11 => format!(
            "{{{}: {}, {}: {}}}",
            rng.pick(&["name", "date", "a", "b", "\"x y\""]),
            expression(rng, d),
            rng.pick(&["n", "when", "a", "c"]),
            expression(rng, d)
        ),
        12 => format!("[{}, {}]", expression(rng, d), expression(rng, d)),
        13 => call(rng, d),
        14 => format!("{} || {}", expression(rng, d), expression(rng, d)),
        15 => format!("{} && {}", expression(rng, d), expression(rng, d)),
        16 => format!("!{}", expression(rng, d)),
        17 => format!("{}.*", expression(rng, d)),
        18 => format!("{}[]", expression(rng, d)),
        19 => format!("({})", expression(rng, d)),
        20 => condition(rng, d),
        _ => format!("{}.{}", rng.pick(FIELDS), call(rng, d)),
    }
}

fn leaf(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => "@".to_string(),
        1 | 2 => rng.pick(LITERALS).to_string(),
        3 => "*".to_string(),
        _ => rng.pick(FIELDS).to_string(),
    }
}

fn index(rng: &mut Rng) -> String {
    rng.pick(&[
        "0",
        "1",
        "-1",
        "2",
        "-5",
        "10",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
    ])
    .to_string()
}

fn slice(rng: &mut Rng) -> String {
    let part = |rng: &mut Rng| {
        rng.pick(&[
            "",
            "",
            "0",
            "1",
            "-1",
            "2",
            "-2",
            "5",
            "99999999999999999999",
        ])
        .to_string()
    };
    let step = rng.pick(&["", "", ":1", ":2", ":-1", ":-2", ":", ":0"]);
    format!("{}:{}{}", part(rng), part(rng), step)
}

fn condition(rng: &mut Rng, depth: usize) -> String {
    let op = rng.pick(&["==", "!=", "<", "<=", ">", ">="]);
    match rng.below(6) {
        0 => format!("{} {op} {}", rng.pick(FIELDS), rng.pick(LITERALS)),
        1 => format!("contains({}, {})", rng.pick(FIELDS), rng.pick(LITERALS)),
        2 => format!("starts_with({}, {})", rng.pick(FIELDS), rng.pick(LITERALS)),
        3 => format!("{} {op} {}", expression(rng, depth), expression(rng, depth)),
        4 => format!("!{}", rng.pick(FIELDS)),
        _ => format!("{} {op} {}", rng.pick(FIELDS), rng.pick(FIELDS)),
    }
}

fn call(rng: &mut Rng, depth: usize) -> String {
    let (name, arity) = FUNCTIONS[rng.below(FUNCTIONS.len())];
    let arity = if rng.chance(12) { rng.below(4) } else { arity };
    let args: Vec<String> = (0..arity)
        .map(|i| {
            let wants_expref = matches!(name, "map") && i == 0
                || matches!(name, "sort_by" | "max_by" | "min_by") && i == 1;
            if wants_expref && !rng.chance(8) {
                format!("&{}", expression(rng, depth))
            } else {
                expression(rng, depth)
            }
        })
        .collect();
    format!("{name}({})", args.join(", "))
}

/// A few characters changed, to reach the parser's errors.
pub fn mangle(rng: &mut Rng, expr: &str) -> String {
    let mut chars: Vec<char> = expr.chars().collect();
    const NOISE: &[char] = &[
        '[', ']', '{', '}', '(', ')', '.', ',', ':', '|', '&', '!', '=', '<', '>', '`', '\'', '"',
        '*', '?', '@', '-', '1', 'a', ' ', '\\', 'é', '#',
    ];
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(chars.len() + 1);
        match rng.below(3) {
            0 => chars.insert(at, NOISE[rng.below(NOISE.len())]),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            _ => chars.truncate(at),
        }
    }
    chars.into_iter().collect()
}

/// A random document: the field names of the expressions, values of every type.
pub fn wild_document(rng: &mut Rng, depth: usize) -> Value {
    const SCALARS: &[&str] = &[
        "0",
        "1",
        "-1",
        "2",
        "1.0",
        "0.5",
        "-0.0",
        "1e16",
        "9223372036854775807",
        "true",
        "false",
        "null",
        "\"\"",
        "\"1\"",
        "\"a\"",
        "\"b\"",
        "\"Quarantine\"",
        "\"2026\"",
        "\"2019-06-10T13:33:04.521000+00:00\"",
        "\"é\"",
    ];
    match rng.below(if depth > 3 { 2 } else { 5 }) {
        0 | 1 => serde_json::from_str(rng.pick(SCALARS)).unwrap(),
        2 | 3 => {
            let mut m = serde_json::Map::new();
            for _ in 0..rng.below(5) {
                let key = rng.pick(FIELDS).trim_matches('"').to_string();
                m.insert(key, wild_document(rng, depth + 1));
            }
            Value::Object(m)
        }
        _ => Value::Array(
            (0..rng.below(5))
                .map(|_| wild_document(rng, depth + 1))
                .collect(),
        ),
    }
}
