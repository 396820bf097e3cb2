//! Shorthand against the AWS CLI's own parser (`awscli.shorthand.ShorthandParser`): the same
//! words through both, and every answer compared — the parsed document, or the kind and exact
//! text of the error with its caret line. The cases: hand-picked ones, seeded generated ones
//! (nesting, lists with and without brackets, quotes with escapes, `\,`, `@=` with files of a
//! scratch directory, blanks around tokens and at the ends, empty values, repeated keys,
//! non-ASCII), mangled ones (chars of the syntax deleted or inserted, so that errors are
//! common) and noise made of the syntax's chars. `IOTMIT_SHORTHAND_CASES` sets how many are
//! generated, 12,000 by default, `IOTMIT_SHORTHAND_SEED` the seed.
//!
//! The reference is PyPI's `awscli` 1.x, whose `shorthand.py` is the AWS CLI v2's parser but
//! for the wording of one message (see `tests/suite/shorthand/reference.py`). It comes from the
//! Python named by `IOTMIT_SHORTHAND_PYTHON`, else the virtualenv `scripts/test` makes in
//! `target/shorthand-venv`, else `python3`. Without it the test fails, unless
//! `IOTMIT_SKIP_SHORTHAND_REFERENCE=1` says to skip.
//!
//! One difference is taken as it is: a value read with `fileb://` stays bytes in the AWS CLI's
//! document, and iotmit's parser holds it as the text those bytes spell (the cases read only
//! UTF-8 files that way), so the reference's bytes are compared as that text.

use crate::common::Env;
use crate::query_cases::Rng;
use iotmit::input::shorthand::{self, ParseErrorKind};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The awscli release whose `shorthand.py` is the reference.
const REFERENCE_VERSION: &str = "1.46.3";

/// The first Python that has awscli at the reference version: `IOTMIT_SHORTHAND_PYTHON`, the
/// virtualenv of `scripts/test`, `python3`.
fn python() -> Option<PathBuf> {
    crate::common::reference_python(
        "IOTMIT_SHORTHAND_PYTHON",
        "shorthand-venv",
        "import awscli, awscli.shorthand; print(awscli.__version__)",
        REFERENCE_VERSION,
    )
}

/// An answer of either parser: `("ok", document)`, or the kind of error and its text.
type Answer = (&'static str, Value);

fn ours(input: &str) -> Answer {
    match shorthand::parse(input) {
        Ok(document) => ("ok", document),
        Err(error) => {
            let kind = match error.kind {
                ParseErrorKind::Syntax => "syntax",
                ParseErrorKind::DuplicateKey { .. } => "duplicate",
                ParseErrorKind::FileLoad { .. } | ParseErrorKind::TooDeep => "error",
            };
            (kind, Value::String(error.describe()))
        }
    }
}

/// The reference's bytes (`{"bytes": hex}`, from `fileb://`) as the text they spell.
fn bytes_as_text(value: Value) -> Value {
    match value {
        Value::Object(members) => {
            if let (1, Some(Value::String(hex))) = (members.len(), members.get("bytes")) {
                let bytes: Vec<u8> = (0..hex.len())
                    .step_by(2)
                    .filter_map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
                    .collect();
                return Value::String(String::from_utf8_lossy(&bytes).into_owned());
            }
            Value::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (k, bytes_as_text(v)))
                    .collect::<Map<_, _>>(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(bytes_as_text).collect()),
        other => other,
    }
}

fn reference(answer: Value) -> Answer {
    let Value::Object(mut members) = answer else {
        return ("?", answer);
    };
    for kind in ["ok", "syntax", "duplicate", "error"] {
        if let Some(value) = members.remove(kind) {
            return (kind, bytes_as_text(value));
        }
    }
    ("?", Value::Object(members))
}

/// The scratch files `@=` values name.
struct Files {
    dir: PathBuf,
}

impl Files {
    fn new(dir: &Path) -> Files {
        let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
        write("plain.txt", b"DEACTIVATE");
        write("line.txt", b"value\n");
        write("crlf.txt", b"a\r\nb\rc\r\n");
        write(
            "utf8.txt",
            "caf\u{e9} \u{65e5}\u{672c} \u{1f600}".as_bytes(),
        );
        write("empty.txt", b"");
        write("syntax.txt", b"a=b,{c}=[d],'e'");
        write("latin1.txt", b"caf\xe9");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        Files {
            dir: dir.to_path_buf(),
        }
    }

    /// A value that names a file (or is meant to look like one).
    fn value(&self, rng: &mut Rng) -> String {
        let dir = self.dir.display();
        let text = [
            "plain.txt",
            "line.txt",
            "crlf.txt",
            "utf8.txt",
            "empty.txt",
            "syntax.txt",
        ];
        match rng.below(12) {
            0..=4 => format!("file://{dir}/{}", rng.pick(&text)),
            5 | 6 => format!("fileb://{dir}/{}", rng.pick(&text)),
            7 => format!(
                "file://{dir}/{}",
                rng.pick(&["latin1.txt", "missing.txt", "sub", "sub/"])
            ),
            8 => rng
                .pick(&[
                    "file://",
                    "fileb://",
                    "file://$IOTMIT_NO_SUCH_VARIABLE/x",
                    "fileb:///nonexistent/x",
                ])
                .to_string(),
            9 => rng
                .pick(&["http://example.com/x", "https://example.com/x", "FILE://x"])
                .to_string(),
            10 => format!("'file://{dir}/{}'", rng.pick(&text)),
            _ => format!("\"fileb://{dir}/{}\"", rng.pick(&text)),
        }
    }
}

struct Gen<'a> {
    rng: Rng,
    files: &'a Files,
}

impl Gen<'_> {
    /// Usually nothing; sometimes blanks, ASCII or not.
    fn blank(&mut self) -> &'static str {
        if self.rng.below(5) > 0 {
            return "";
        }
        self.rng.pick(&[
            " ", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{a0}", "\u{3000}", "\u{1c}",
        ])
    }

    fn key(&mut self) -> String {
        self.rng
            .pick(&[
                "a", "a", "b", "b", "k", "key-1", "x.y", "p/q", "r:s", "#h", "", "Name", "a_b",
                "9", "é", "a b",
            ])
            .to_string()
    }

    fn word(&mut self) -> String {
        self.rng
            .pick(&[
                "v",
                "abc",
                "1",
                "-5",
                "2.5",
                "true",
                "a b",
                "a  b ",
                "\u{e9}t\u{e9}",
                "\u{65e5}\u{672c}",
                "x\\,y",
                "\\,",
                "a\\b",
                "a\\",
                "arn:aws:iam::123456789012:role/R",
                "*",
                "a=b",
                "a@b",
                "\u{1f600}",
                "x\u{a0}",
                "tab\tx",
                "~",
                "|x|",
                "^",
                "$x",
                "%",
                "!",
                "(x)",
                "a/b",
                "<x>",
                "a>b",
                "a;b",
                "a?b",
                "a`b",
                "a{b",
                "a[b",
                "a'b",
                "a\"b",
                "a\u{7}b",
                "\u{ffff}",
                "file",
            ])
            .to_string()
    }

    fn quoted(&mut self) -> String {
        let quote = if self.rng.chance(2) { '\'' } else { '"' };
        let mut text = String::new();
        for _ in 0..self.rng.below(5) {
            text.push_str(self.rng.pick(&[
                "a",
                " ",
                "\\'",
                "\\\"",
                "\\\\",
                "\\",
                "x,y",
                "=",
                "{",
                "}",
                "[",
                "]",
                "\u{e9}",
                "\n",
                "'",
                "\"",
                "\\n",
                "\u{1f600}",
            ]));
        }
        format!("{quote}{text}{quote}")
    }

    fn scalar(&mut self) -> String {
        match self.rng.below(20) {
            0..=9 => self.word(),
            10..=14 => self.quoted(),
            15 | 16 => String::new(),
            _ => self.files.value(&mut self.rng),
        }
    }

    fn assign(&mut self) -> String {
        let at = if self.rng.chance(4) { "@" } else { "" };
        format!("{}{at}{}={}", self.blank(), self.blank(), self.blank())
    }

    /// A value inside brackets or braces (or a whole top-level value).
    fn value(&mut self, depth: usize) -> String {
        let nested = if depth < 4 { self.rng.below(10) } else { 9 };
        match nested {
            0 | 1 => self.bracketed(['[', ']'], depth),
            2 | 3 => self.bracketed(['{', '}'], depth),
            _ => self.scalar(),
        }
    }

    /// A list (`[...]`) or a structure (`{...}`) of up to three members, perhaps with a
    /// trailing comma.
    fn bracketed(&mut self, [open, close]: [char; 2], depth: usize) -> String {
        let mut out = String::from(open);
        out.push_str(self.blank());
        let n = self.rng.below(4);
        for i in 0..n {
            if i > 0 {
                out.push(',');
                out.push_str(self.blank());
            }
            if open == '{' {
                out.push_str(&self.key());
                out.push_str(&self.assign());
            }
            out.push_str(&self.value(depth + 1));
            out.push_str(self.blank());
        }
        if n > 0 && self.rng.chance(6) {
            out.push(',');
        }
        out.push(close);
        out
    }

    /// A top-level value: any value, or a comma list without brackets.
    fn top_value(&mut self) -> String {
        if self.rng.chance(4) {
            let mut items = vec![self.scalar()];
            for _ in 0..1 + self.rng.below(3) {
                let blank = self.blank();
                items.push(format!("{blank}{}", self.scalar()));
            }
            items.join(",")
        } else {
            self.value(0)
        }
    }

    fn shorthand(&mut self) -> String {
        let mut out = String::from(self.blank());
        for i in 0..1 + self.rng.below(3) {
            if i > 0 {
                out.push_str(self.blank());
                out.push(',');
                out.push_str(self.blank());
            }
            out.push_str(&self.key());
            out.push_str(&self.assign());
            out.push_str(&self.top_value());
        }
        out.push_str(self.blank());
        out
    }

    /// Chars of the syntax deleted or inserted at random places.
    fn mangle(&mut self, text: &str) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        for _ in 0..1 + self.rng.below(3) {
            let at = self.rng.below(chars.len() + 1);
            if self.rng.chance(2) && at < chars.len() {
                chars.remove(at);
            } else {
                const NOISE: &[char] = &[
                    '=', ',', '{', '}', '[', ']', '"', '\'', '\\', ' ', '@', '\n', '<', '>',
                ];
                chars.insert(at, NOISE[self.rng.below(NOISE.len())]);
            }
        }
        chars.into_iter().collect()
    }

    /// Chars of the syntax strung together.
    fn noise(&mut self) -> String {
        const PIECES: &[&str] = &[
            "a",
            "b",
            "k",
            "=",
            "@=",
            ",",
            "[",
            "]",
            "{",
            "}",
            "'",
            "\"",
            "\\",
            " ",
            "\n",
            "\t",
            "\u{e9}",
            "\u{1f600}",
            "\u{a0}",
            "\u{1c}",
            "<",
            ">",
            "#",
            "-",
            "\\,",
            "\\'",
            "\\\"",
        ];
        let mut out = String::new();
        if self.rng.chance(2) {
            out.push_str("k=");
        }
        for _ in 0..self.rng.below(14) {
            out.push_str(self.rng.pick(PIECES));
        }
        out
    }
}

/// Inputs that once parsed otherwise, or show a rule plainly.
const PICKED: &[&str] = &[
    "",
    "a",
    "=",
    "a=",
    "a=b",
    "a=b,c",
    "a=b,c=d",
    "a=b,c,d=e",
    "a=[b,c]",
    "a={b={c=d}}",
    "a={b=[c,{d=e}]}",
    "a=<b=c>",
    "a=[<b=c>]",
    "a={b=<c=d>}",
    "a=<b=c",
    "a=<>",
    "a=x<b=c>",
    "a=b>c",
    "a=[b,c,]",
    "a={b=c,}",
    "a=[,]",
    "a={,}",
    "a=[]",
    "a={}",
    "a=[ ]",
    "a={ }",
    "a=''",
    "a=\"\"",
    "a='it\\'s'",
    "a=\"say \\\"hi\\\"\"",
    "a='\\\\'",
    "a='x\\'",
    "a='x\\',b='y'",
    "a=x\\,y",
    "a=x\\,y,z",
    "a=b ,c=d",
    "a = b , c = d",
    " a=b",
    "a=b ",
    "a=[b] ",
    "a={b=c} ",
    "a=b,",
    "a=b,,",
    "a=b,c=",
    "a=,b=c",
    "a=b,a=c",
    "a={b=c,b=d}",
    "a=\u{e9}",
    "\u{e9}=a",
    "a=\u{1f600}",
    "a=b\u{1f600}",
    "a@=b",
    "a @ = b",
    "a@=file://",
    "a=b\n,c=d",
    "a=b,\nc==d\n,e=f",
    "a=\u{a0}b\u{a0}",
    "a=b\u{1c}",
];

fn build_cases(files: &Files) -> Vec<String> {
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let mut out: Vec<String> = PICKED.iter().map(|s| s.to_string()).collect();
    let dir = files.dir.display();
    out.extend([
        format!("a@=file://{dir}/plain.txt"),
        format!("a@=file://{dir}/crlf.txt,b=c"),
        format!("a={{b@=file://{dir}/utf8.txt,c=file://{dir}/plain.txt}}"),
        format!("a@=[file://{dir}/plain.txt,'file://{dir}/line.txt']"),
        format!("a@=file://{dir}/plain.txt,file://{dir}/empty.txt"),
        format!("a@=fileb://{dir}/utf8.txt"),
        format!("a@=file://{dir}/latin1.txt"),
        format!("a@=file://{dir}/missing.txt"),
        format!("a@=file://{dir}/sub"),
        format!("a={{b@=x}},c=file://{dir}/plain.txt"),
    ]);
    let mut gen = Gen {
        rng: Rng(env("IOTMIT_SHORTHAND_SEED", 0x5eed_5407_7a4d_0001)),
        files,
    };
    for n in 0..env("IOTMIT_SHORTHAND_CASES", 12_000) {
        let case = match n % 8 {
            0..=3 => gen.shorthand(),
            4..=6 => {
                let text = gen.shorthand();
                gen.mangle(&text)
            }
            _ => gen.noise(),
        };
        out.push(case);
    }
    out
}

#[test]
fn shorthand_documents_and_errors_match_the_aws_cli_parser() {
    let Some(python) = python() else {
        if std::env::var_os("IOTMIT_SKIP_SHORTHAND_REFERENCE").is_some() {
            eprintln!(
                "SKIPPED: no awscli shorthand parser (IOTMIT_SKIP_SHORTHAND_REFERENCE is set); \
                 the shorthand differential test did not run"
            );
            return;
        }
        panic!(
            "awscli {REFERENCE_VERSION}'s shorthand parser is needed: run scripts/test, or \
             python3 -m venv target/shorthand-venv && target/shorthand-venv/bin/pip install \
             --no-deps awscli=={REFERENCE_VERSION} urllib3 python-dateutil six jmespath, or point \
             IOTMIT_SHORTHAND_PYTHON at a python that has it \
             (IOTMIT_SKIP_SHORTHAND_REFERENCE=1 skips this test)"
        );
    };
    let scratch = Env::new("iso8601");
    let files = Files::new(&scratch.dir);
    let cases = build_cases(&files);
    let input: Vec<String> = cases
        .iter()
        .map(|c| json!({ "input": c }).to_string())
        .collect();
    let mut reference_python = Command::new(&python);
    reference_python
        .env("PYTHONUTF8", "1")
        .env_remove("AWS_CLI_FILE_ENCODING");
    let (head, answers) =
        crate::common::run_reference(reference_python, "shorthand/reference.py", input);
    assert_eq!(
        head["version"], REFERENCE_VERSION,
        "the reference is not awscli {REFERENCE_VERSION}"
    );
    let mut mismatches = Vec::new();
    let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
    for (case, answer) in cases.iter().zip(answers) {
        let want = reference(answer);
        let got = ours(case);
        *kinds.entry(want.0).or_default() += 1;
        if want != got {
            mismatches.push(format!(
                "{case:?}\n  awscli: {} {}\n  iotmit: {} {}",
                want.0, want.1, got.0, got.1
            ));
        }
    }
    eprintln!(
        "{} cases ({kinds:?}): {} agree",
        cases.len(),
        cases.len() - mismatches.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} of {} cases differ:\n{}",
        mismatches.len(),
        cases.len(),
        mismatches[..mismatches.len().min(40)].join("\n")
    );
}
