//! `--cli-input-yaml`: YAML text read into a JSON document as the AWS CLI v2 reads it, that is
//! as ruamel.yaml's safe loader does: YAML 1.2 rules for plain scalars (`yes`, `on`, `0X10` and
//! `1:20` are text; `010` is ten; `1_000`, `0o17`, `0b101` and `0x1F` are integers), unless a
//! `%YAML 1.1` directive asks for YAML 1.1's. Anchors, aliases and merge keys (`<<`) are
//! expanded; duplicate keys, unknown tags and more than one document are refused.
//!
//! A value that a JSON document cannot hold (a date, `!!binary` bytes, `.inf`, `.nan`, a set,
//! an ordered map, an integer beyond 64 bits) is refused here: no parameter of these commands
//! takes one, so v2 refuses them too, when it checks the parameters. A key that is not text is
//! refused too; at the top level v2 fails on it with exit code 255, so the error says so.

use serde_json::{Map, Number, Value};
use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, Span, Tag};
use std::collections::{HashMap, HashSet};

/// Why the text could not be read.
#[derive(Debug, PartialEq)]
pub struct YamlError {
    pub message: String,
    /// A top-level key that is not text: v2 fails with exit code 255 instead of 252.
    pub top_level_key: bool,
}

/// Nesting deeper than this is refused (it would only exhaust the stack); the parameters of
/// these commands nest a few levels.
const MAX_DEPTH: usize = 64;
/// Aliases may not expand the document to more values than this.
const MAX_VALUES: usize = 1_000_000;

/// Reads one YAML document; `None` when the text holds no document or a null one.
pub fn to_json(text: &str) -> Result<Option<Value>, YamlError> {
    let node = compose(text)
        .and_then(|node| stray_tab(text).map(|()| node))
        .map_err(|message| YamlError {
            message: format!("Invalid YAML received: {message}"),
            top_level_key: false,
        })?;
    match node {
        None => Ok(None),
        Some(n) if matches!(n.kind, Kind::Null) => Ok(None),
        Some(n) => json(n, 0).map(Some),
    }
}

#[derive(Clone, Debug)]
struct Node {
    kind: Kind,
    line: usize,
    column: usize,
    /// Values in this node, itself included (to bound what aliases expand to).
    size: usize,
}

#[derive(Clone, Debug)]
enum Kind {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    /// A plain `<<` (or `!!merge`): a merge key.
    Merge,
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// A value JSON cannot hold: what it is, and its text.
    Foreign(&'static str, String),
}

impl Node {
    fn at(&self) -> String {
        format!("line {} column {}", self.line, self.column)
    }

    /// Identity of a key, as Python compares dictionary keys.
    fn key_id(&self) -> String {
        match &self.kind {
            Kind::Null => "null".into(),
            Kind::Bool(b) => format!("int:{}", u8::from(*b)),
            Kind::Int(i) => format!("int:{i}"),
            Kind::Float(f) if f.fract() == 0.0 && f.abs() < 1e30 => format!("int:{}", *f as i128),
            Kind::Float(f) => format!("float:{f}"),
            Kind::Str(s) => format!("str:{s}"),
            Kind::Merge => "str:<<".into(),
            other => format!("{other:?}"),
        }
    }
}

struct Composer<'a> {
    events: Parser<'a, serde_saphyr::granit_parser::StrInput<'a>>,
    anchors: HashMap<usize, Node>,
    yaml11: bool,
    values: usize,
}

/// ruamel.yaml's scanner skips only spaces between tokens: a tab there (before a key, after
/// `:` or `-`, after a plain scalar) cannot start any token, where the YAML 1.2 parser used here
/// takes it as white space. Tabs inside quotes, comments and block scalars are text.
fn stray_tab(text: &str) -> Result<(), String> {
    let mut quote: Option<char> = None;
    // The indentation of the line that opened a block scalar, while its lines go on.
    let mut block: Option<usize> = None;
    for (l, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(parent) = block {
            if line.trim().is_empty() || indent > parent {
                continue;
            }
            block = None;
        }
        let mut prev = ' ';
        let mut opens_block = false;
        for (c, ch) in line.chars().enumerate() {
            match quote {
                Some('\'') if ch == '\'' => quote = None,
                Some('"') if ch == '"' && prev != '\\' => quote = None,
                Some(_) => {}
                None => match ch {
                    '#' if prev == ' ' || prev == '\t' || c == 0 => break,
                    '\'' | '"' if matches!(prev, ' ' | ':' | '-' | '[' | '{' | ',') || c == 0 => {
                        quote = Some(ch)
                    }
                    '\t' => {
                        return Err(format!(
                        "found character '\\t' that cannot start any token at line {} column {}",
                        l + 1,
                        c + 1
                    ))
                    }
                    _ => {}
                },
            }
            prev = ch;
        }
        if quote.is_none() {
            let content = line.split(" #").next().unwrap_or("").trim_end();
            let last = content.rsplit(' ').next().unwrap_or("");
            opens_block = last.starts_with(['|', '>'])
                && last[1..]
                    .chars()
                    .all(|c| matches!(c, '-' | '+' | '1'..='9'));
        }
        if opens_block {
            block = Some(indent);
        }
    }
    Ok(())
}

fn compose(text: &str) -> Result<Option<Node>, String> {
    let mut c = Composer {
        events: Parser::new_from_str(text),
        anchors: HashMap::new(),
        yaml11: false,
        values: 0,
    };
    let mut doc = None;
    loop {
        let (event, span) = c.next()?;
        match event {
            Event::StreamStart | Event::DocumentEnd => {}
            Event::StreamEnd => return Ok(doc),
            Event::DocumentStart(_, version) => {
                if doc.is_some() {
                    return Err(format!(
                        "more than one document (the second starts at {})",
                        position(&span)
                    ));
                }
                c.yaml11 = version.is_some_and(|v| v.major == 1 && v.minor == 1);
                c.anchors.clear();
                let (first, span) = c.next()?;
                doc = Some(c.node(first, span, 0)?);
            }
            _ => return Err(format!("unexpected content at {}", position(&span))),
        }
    }
}

fn position(span: &Span) -> String {
    format!("line {} column {}", span.start.line(), span.start.col() + 1)
}

impl<'a> Composer<'a> {
    fn next(&mut self) -> Result<(Event<'a>, Span), String> {
        loop {
            match self.events.next_event() {
                None => return Err("the text ends inside a value".into()),
                Some(Err(e)) => {
                    return Err(format!(
                        "{} at line {} column {}",
                        e.info(),
                        e.marker().line(),
                        e.marker().col() + 1
                    ))
                }
                Some(Ok((event, span))) => match event {
                    Event::Anchor(..) | Event::UnresolvedAlias(_) => {}
                    Event::StreamStart
                    | Event::StreamEnd
                    | Event::DocumentStart(..)
                    | Event::DocumentEnd
                    | Event::Alias(_)
                    | Event::Scalar(..)
                    | Event::SequenceStart(..)
                    | Event::SequenceEnd
                    | Event::MappingStart(..)
                    | Event::MappingEnd => return Ok((event, span)),
                    #[allow(unreachable_patterns)]
                    _ => {}
                },
            }
        }
    }

    fn count(&mut self, n: usize, span: &Span) -> Result<(), String> {
        self.values = self.values.saturating_add(n);
        if self.values > MAX_VALUES {
            return Err(format!(
                "aliases expand the document to more than {MAX_VALUES} values (at {})",
                position(span)
            ));
        }
        Ok(())
    }

    fn node(&mut self, event: Event<'a>, span: Span, depth: usize) -> Result<Node, String> {
        if depth > MAX_DEPTH {
            return Err(format!(
                "recursion limit exceeded: values nested more than {MAX_DEPTH} deep at {}",
                position(&span)
            ));
        }
        let (line, column) = (span.start.line(), span.start.col() + 1);
        let (kind, anchor, size) = match event {
            Event::Alias(id) => {
                let Some(node) = self.anchors.get(&id).cloned() else {
                    return Err(format!("an alias names no anchor at {}", position(&span)));
                };
                self.count(node.size, &span)?;
                return Ok(node);
            }
            Event::Scalar(value, style, anchor, tag) => {
                self.count(1, &span)?;
                let kind = self.scalar(&value, style, tag.as_deref(), &span)?;
                (kind, anchor, 1)
            }
            Event::SequenceStart(_, anchor, tag) => {
                self.count(1, &span)?;
                let mut items = Vec::new();
                let mut size = 1;
                loop {
                    let (e, s) = self.next()?;
                    if matches!(e, Event::SequenceEnd) {
                        break;
                    }
                    let item = self.node(e, s, depth + 1)?;
                    size += item.size;
                    items.push(item);
                }
                let kind = match tag.as_deref().map(core_suffix) {
                    None | Some(Some("seq")) => Kind::Seq(items),
                    Some(Some("omap")) => Kind::Foreign("an ordered map (!!omap)", "!!omap".into()),
                    Some(Some("pairs")) => {
                        Kind::Foreign("a list of pairs (!!pairs)", "!!pairs".into())
                    }
                    Some(_) => return Err(unknown_tag(tag.as_deref(), &span)),
                };
                (kind, anchor, size)
            }
            Event::MappingStart(_, anchor, tag) => {
                self.count(1, &span)?;
                let mut entries = Vec::new();
                let mut size = 1;
                loop {
                    let (e, s) = self.next()?;
                    if matches!(e, Event::MappingEnd) {
                        break;
                    }
                    let key = self.node(e, s, depth + 1)?;
                    let (e, s) = self.next()?;
                    let value = self.node(e, s, depth + 1)?;
                    size += key.size + value.size;
                    entries.push((key, value));
                }
                let kind = match tag.as_deref().map(core_suffix) {
                    None | Some(Some("map")) => Kind::Map(merged(entries)?),
                    Some(Some("set")) => Kind::Foreign("a set (!!set)", "!!set".into()),
                    Some(_) => return Err(unknown_tag(tag.as_deref(), &span)),
                };
                (kind, anchor, size)
            }
            _ => return Err(format!("unexpected content at {}", position(&span))),
        };
        let node = Node {
            kind,
            line,
            column,
            size,
        };
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        Ok(node)
    }

    fn scalar(
        &self,
        value: &str,
        style: ScalarStyle,
        tag: Option<&Tag>,
        span: &Span,
    ) -> Result<Kind, String> {
        let suffix = match tag {
            None if style == ScalarStyle::Plain => return Ok(resolve(value, self.yaml11)),
            None => return Ok(Kind::Str(value.to_string())),
            // The non-specific tag `!`: text.
            Some(t) if t.handle() == "!" && t.suffix().is_empty() => "str",
            Some(t) => core_suffix(t).ok_or_else(|| unknown_tag(Some(t), span))?,
        };
        let bad = |what: &str| format!("{value:?} is not {what} (at {})", position(span));
        Ok(match suffix {
            "str" => Kind::Str(value.to_string()),
            "null" => Kind::Null,
            "bool" => match value.to_ascii_lowercase().as_str() {
                "true" | "yes" | "on" | "y" => Kind::Bool(true),
                "false" | "no" | "off" | "n" => Kind::Bool(false),
                _ => return Err(bad("a boolean")),
            },
            "int" => int(value, self.yaml11).ok_or_else(|| bad("an integer"))?,
            "float" => float(value, self.yaml11).ok_or_else(|| bad("a number"))?,
            "binary" => Kind::Foreign("bytes (!!binary)", value.to_string()),
            "timestamp" => timestamp(value).ok_or_else(|| bad("a timestamp"))?,
            "merge" if value == "<<" => Kind::Merge,
            _ => return Err(unknown_tag(tag, span)),
        })
    }
}

/// The suffix of a `tag:yaml.org,2002:` tag.
fn core_suffix(tag: &Tag) -> Option<&str> {
    (tag.handle() == "tag:yaml.org,2002:").then(|| tag.suffix())
}

fn unknown_tag(tag: Option<&Tag>, span: &Span) -> String {
    let name = match tag {
        Some(t) if t.handle() == "tag:yaml.org,2002:" => format!("!!{}", t.suffix()),
        Some(t) if t.handle() == "!" => format!("!{}", t.suffix()),
        Some(t) => format!("!<{}{}>", t.handle(), t.suffix()),
        None => String::new(),
    };
    format!(
        "the tag {name} is not one the safe loader knows (at {})",
        position(span)
    )
}

/// A mapping with its merge keys (`<<`) expanded: its own entries win over merged ones, and
/// an earlier merged mapping over a later one. Duplicate own keys are refused.
fn merged(entries: Vec<(Node, Node)>) -> Result<Vec<(Node, Node)>, String> {
    let mut own = Vec::new();
    let mut sources = Vec::new();
    let mut seen = HashSet::new();
    for (key, value) in entries {
        if matches!(key.kind, Kind::Merge) {
            match value.kind {
                Kind::Map(m) => sources.push(m),
                Kind::Seq(items) => {
                    for item in items {
                        match item.kind {
                            Kind::Map(m) => sources.push(m),
                            _ => {
                                return Err(format!(
                                    "a merge key (<<) takes mappings, not {} (at {})",
                                    describe(&item),
                                    item.at()
                                ))
                            }
                        }
                    }
                }
                _ => {
                    return Err(format!(
                        "a merge key (<<) takes a mapping or a list of mappings, not {} (at {})",
                        describe(&value),
                        value.at()
                    ))
                }
            }
            continue;
        }
        if !seen.insert(key.key_id()) {
            return Err(format!(
                "the key {} appears twice in one mapping (the second at {})",
                key_text(&key),
                key.at()
            ));
        }
        own.push((key, value));
    }
    if sources.is_empty() {
        return Ok(own);
    }
    let mut out = Vec::new();
    for (key, value) in sources.into_iter().flatten() {
        if seen.insert(key.key_id()) {
            out.push((key, value));
        }
    }
    out.extend(own);
    Ok(out)
}

fn describe(node: &Node) -> &'static str {
    match &node.kind {
        Kind::Null => "null",
        Kind::Bool(_) => "a boolean",
        Kind::Int(_) => "an integer",
        Kind::Float(_) => "a number",
        Kind::Str(_) | Kind::Merge => "text",
        Kind::Seq(_) => "a list",
        Kind::Map(_) => "a mapping",
        Kind::Foreign(what, _) => what,
    }
}

fn key_text(key: &Node) -> String {
    match &key.kind {
        Kind::Null => "null".into(),
        Kind::Bool(b) => b.to_string(),
        Kind::Int(i) => i.to_string(),
        Kind::Float(f) => f.to_string(),
        Kind::Str(s) => format!("{s:?}"),
        Kind::Merge => "\"<<\"".into(),
        Kind::Foreign(_, text) => text.clone(),
        Kind::Seq(_) | Kind::Map(_) => describe(key).to_string(),
    }
}

fn json(node: Node, depth: usize) -> Result<Value, YamlError> {
    let refuse = |message: String, top_level_key: bool| YamlError {
        message,
        top_level_key,
    };
    let at = node.at();
    Ok(match node.kind {
        Kind::Null => Value::Null,
        Kind::Bool(b) => Value::Bool(b),
        Kind::Int(i) => {
            if let Ok(v) = i64::try_from(i) {
                Value::from(v)
            } else if let Ok(v) = u64::try_from(i) {
                Value::from(v)
            } else {
                return Err(refuse(
                    format!(
                        "the integer {i} at {} is out of range (no parameter takes one beyond 64 bits)",
                        at
                    ),
                    false,
                ));
            }
        }
        Kind::Float(f) => match Number::from_f64(f) {
            Some(n) => Value::Number(n),
            None => {
                return Err(refuse(
                    format!(
                        "{} at {} is not a finite number, which no parameter takes",
                        if f.is_nan() {
                            ".nan"
                        } else if f > 0.0 {
                            ".inf"
                        } else {
                            "-.inf"
                        },
                        at
                    ),
                    false,
                ))
            }
        },
        Kind::Str(s) => Value::String(s),
        Kind::Merge => Value::String("<<".into()),
        Kind::Seq(items) => Value::Array(
            items
                .into_iter()
                .map(|n| json(n, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Kind::Map(entries) => {
            let mut out = Map::new();
            for (key, value) in entries {
                let name = match key.kind {
                    Kind::Str(s) => s,
                    _ => {
                        let what = if depth == 0 {
                            "a parameter name"
                        } else {
                            "a key"
                        };
                        let shown = match key.kind {
                            Kind::Seq(_) | Kind::Map(_) => "the key".to_string(),
                            _ => key_text(&key),
                        };
                        return Err(refuse(
                            format!(
                                "{what} must be text: {shown} at {} is {}; quote it",
                                key.at(),
                                describe(&key)
                            ),
                            depth == 0,
                        ));
                    }
                };
                out.insert(name, json(value, depth + 1)?);
            }
            Value::Object(out)
        }
        Kind::Foreign(what, text) => {
            return Err(refuse(
                format!(
                    "{text} at {at} is {what}, which no parameter takes; quote it to pass text"
                ),
                false,
            ))
        }
    })
}

/// A plain scalar as ruamel.yaml's resolver types it.
fn resolve(s: &str, yaml11: bool) -> Kind {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Kind::Null,
        "true" | "True" | "TRUE" => return Kind::Bool(true),
        "false" | "False" | "FALSE" => return Kind::Bool(false),
        "<<" => return Kind::Merge,
        _ => {}
    }
    if yaml11 {
        match s {
            "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => return Kind::Bool(true),
            "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => return Kind::Bool(false),
            _ => {}
        }
    }
    if s.starts_with(|c: char| c.is_ascii_digit() || "-+.".contains(c)) {
        if is_float(s, yaml11) {
            if let Some(k) = float(s, yaml11) {
                return k;
            }
        }
        if s.starts_with(|c: char| c != '.') && is_int(s, yaml11) {
            if let Some(k) = int(s, yaml11) {
                return k;
            }
        }
    }
    if let Some(k) = timestamp(s) {
        return k;
    }
    Kind::Str(s.to_string())
}

fn all(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn digits_(s: &str) -> bool {
    all(s, |c| c.is_ascii_digit() || c == '_')
}

fn unsigned(s: &str) -> &str {
    s.strip_prefix(['-', '+']).unwrap_or(s)
}

/// ruamel.yaml's implicit float patterns.
fn is_float(s: &str, yaml11: bool) -> bool {
    let body = unsigned(s);
    let signed = body.len() != s.len();
    if matches!(body, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    if matches!(s, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    // Split off an exponent `[eE][-+]?[0-9]+`.
    let exponent = |t: &str| -> bool {
        let t = t.strip_prefix(['-', '+']).unwrap_or(t);
        all(t, |c| c.is_ascii_digit())
    };
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    if exp.is_some_and(|e| !exponent(e)) {
        return false;
    }
    if let Some(rest) = mantissa.strip_prefix('.') {
        // `.[0-9_]+`, with a signed exponent only; YAML 1.1 takes no sign before the dot.
        if yaml11 && signed {
            return false;
        }
        return digits_(rest) && exp.is_none_or(|e| e.starts_with(['-', '+']));
    }
    if !mantissa.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    match mantissa.split_once('.') {
        Some((whole, frac)) => {
            if yaml11 && whole.contains(':') {
                // Sexagesimal float: [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*, no exponent.
                let mut parts = whole.split(':');
                let first = parts.next().unwrap_or("");
                return exp.is_none()
                    && digits_(first)
                    && parts.all(sixty)
                    && (frac.is_empty() || digits_(frac));
            }
            digits_(whole) && (frac.is_empty() || digits_(frac))
        }
        None => digits_(mantissa) && exp.is_some(),
    }
}

/// `[0-5]?[0-9]`
fn sixty(p: &str) -> bool {
    let b = p.as_bytes();
    match b {
        [d] => d.is_ascii_digit(),
        [a, d] => (b'0'..=b'5').contains(a) && d.is_ascii_digit(),
        _ => false,
    }
}

/// ruamel.yaml's implicit integer patterns.
fn is_int(s: &str, yaml11: bool) -> bool {
    let body = unsigned(s);
    if let Some(b) = body.strip_prefix("0b") {
        return all(b, |c| c == '0' || c == '1' || c == '_');
    }
    if let Some(x) = body.strip_prefix("0x") {
        return all(x, |c| c.is_ascii_hexdigit() || c == '_');
    }
    if yaml11 {
        if body.contains(':') {
            let mut parts = body.split(':');
            let first = parts.next().unwrap_or("");
            return first.starts_with(|c: char| ('1'..='9').contains(&c))
                && digits_(first)
                && parts.all(sixty);
        }
        return all(body, |c| ('0'..='7').contains(&c) || c == '_')
            || body == "0"
            || (body.starts_with(|c: char| ('1'..='9').contains(&c)) && digits_(body));
    }
    if let Some(o) = body.strip_prefix("0o") {
        return all(o, |c| ('0'..='7').contains(&c) || c == '_');
    }
    digits_(body)
}

/// An integer as ruamel.yaml constructs it (underscores dropped; YAML 1.1's leading zero is
/// octal, and `a:b:c` counts in sixties).
fn int(s: &str, yaml11: bool) -> Option<Kind> {
    let cleaned: String = s.chars().filter(|&c| c != '_').collect();
    let negative = cleaned.starts_with('-');
    let body = unsigned(&cleaned);
    let (digits, radix) = if let Some(b) = body.strip_prefix("0b") {
        (b, 2)
    } else if let Some(x) = body.strip_prefix("0x") {
        (x, 16)
    } else if let Some(o) = body.strip_prefix("0o") {
        (o, 8)
    } else if yaml11 && body.len() > 1 && body.starts_with('0') {
        (&body[1..], 8)
    } else if yaml11 && body.contains(':') {
        let mut v: i128 = 0;
        for part in body.split(':') {
            v = v.checked_mul(60)?.checked_add(part.parse::<i128>().ok()?)?;
        }
        return Some(Kind::Int(if negative { -v } else { v }));
    } else {
        (body, 10)
    };
    if digits.is_empty() {
        return None;
    }
    let v = match i128::from_str_radix(digits, radix) {
        Ok(v) => v,
        // Beyond 128 bits: kept as text of what it is, refused when converted.
        Err(_) if digits.chars().all(|c| c.is_digit(radix)) => {
            return Some(Kind::Foreign("an integer beyond 64 bits", s.to_string()))
        }
        Err(_) => return None,
    };
    Some(Kind::Int(if negative { -v } else { v }))
}

fn float(s: &str, yaml11: bool) -> Option<Kind> {
    let cleaned: String = s
        .chars()
        .filter(|&c| c != '_')
        .collect::<String>()
        .to_lowercase();
    let negative = cleaned.starts_with('-');
    let body = unsigned(&cleaned);
    let sign = if negative { -1.0 } else { 1.0 };
    let v = if body == ".inf" {
        f64::INFINITY
    } else if body == ".nan" {
        f64::NAN
    } else if yaml11 && body.contains(':') {
        let mut v = 0.0;
        for part in body.split(':') {
            v = v * 60.0 + part.parse::<f64>().ok()?;
        }
        v
    } else {
        body.parse::<f64>().ok()?
    };
    Some(Kind::Float(sign * v))
}

/// ruamel.yaml's timestamp pattern: a date alone is a `datetime.date`, which no parameter
/// takes; a date and time stays text, which the timestamp parameters read as v2 reads the
/// `datetime` ruamel.yaml makes of it.
fn timestamp(s: &str) -> Option<Kind> {
    let b = s.as_bytes();
    let d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if b.len() == 10
        && (0..4).all(d)
        && b[4] == b'-'
        && d(5)
        && d(6)
        && b[7] == b'-'
        && d(8)
        && d(9)
    {
        return Some(Kind::Foreign("a date", s.to_string()));
    }
    // YYYY-M[M]-D[D](T|t|[ \t]+)H[H]:MM:SS(.f*)?([ \t]*(Z|[-+]H[H](:MM)?))?
    let mut i = 0;
    let take = |i: &mut usize, min: usize, max: usize| -> bool {
        let start = *i;
        while *i < b.len() && *i - start < max && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start >= min
    };
    let lit = |i: &mut usize, c: u8| -> bool {
        if b.get(*i) == Some(&c) {
            *i += 1;
            true
        } else {
            false
        }
    };
    if !(take(&mut i, 4, 4) && lit(&mut i, b'-') && take(&mut i, 1, 2) && lit(&mut i, b'-')) {
        return None;
    }
    if !take(&mut i, 1, 2) {
        return None;
    }
    if !(lit(&mut i, b'T') || lit(&mut i, b't')) {
        let start = i;
        while matches!(b.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if !(take(&mut i, 1, 2)
        && lit(&mut i, b':')
        && take(&mut i, 2, 2)
        && lit(&mut i, b':')
        && take(&mut i, 2, 2))
    {
        return None;
    }
    if lit(&mut i, b'.') {
        take(&mut i, 0, usize::MAX);
    }
    if i < b.len() {
        while matches!(b.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        if !lit(&mut i, b'Z') {
            if !(lit(&mut i, b'-') || lit(&mut i, b'+')) || !take(&mut i, 1, 2) {
                return None;
            }
            if lit(&mut i, b':') && !take(&mut i, 2, 2) {
                return None;
            }
        }
    }
    (i == b.len()).then(|| Kind::Str(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        format!("{:?}", resolve(s, false))
    }

    #[test]
    fn plain_scalars_are_typed_by_yaml_1_2_rules() {
        for (s, want) in [
            ("y", "Str(\"y\")"),
            ("yes", "Str(\"yes\")"),
            ("on", "Str(\"on\")"),
            ("True", "Bool(true)"),
            ("tRUE", "Str(\"tRUE\")"),
            ("~", "Null"),
            ("nULL", "Str(\"nULL\")"),
            ("0x10", "Int(16)"),
            ("0X10", "Str(\"0X10\")"),
            ("0o10", "Int(8)"),
            ("010", "Int(10)"),
            ("08", "Int(8)"),
            ("1_000", "Int(1000)"),
            ("0x1_0", "Int(16)"),
            ("0b101", "Int(5)"),
            ("-0", "Int(0)"),
            ("+7", "Int(7)"),
            ("_1", "Str(\"_1\")"),
            ("1:20", "Str(\"1:20\")"),
            ("1.5", "Float(1.5)"),
            ("1e3", "Float(1000.0)"),
            ("1E2", "Float(100.0)"),
            (".5", "Float(0.5)"),
            ("1_0.5", "Float(10.5)"),
            ("5.", "Float(5.0)"),
            ("-.Inf", "Float(-inf)"),
            ("2026-11-01", "Foreign(\"a date\", \"2026-11-01\")"),
            ("2026-11-01T10:00:00Z", "Str(\"2026-11-01T10:00:00Z\")"),
            (
                "2026-1-1 10:00:00 +02:00",
                "Str(\"2026-1-1 10:00:00 +02:00\")",
            ),
            ("2026-11-0", "Str(\"2026-11-0\")"),
        ] {
            assert_eq!(plain(s), want, "{s}");
        }
    }

    #[test]
    fn yaml_1_1_directive_brings_its_booleans_octals_and_sixties() {
        for (s, want) in [
            ("yes", "Bool(true)"),
            ("Off", "Bool(false)"),
            ("010", "Int(8)"),
            ("1:20", "Int(80)"),
            ("1:20.5", "Float(80.5)"),
        ] {
            assert_eq!(format!("{:?}", resolve(s, true)), want, "{s}");
        }
    }

    #[test]
    fn documents_read_into_json() {
        let doc = |t: &str| to_json(t).map(|v| v.map(|v| v.to_string()));
        assert_eq!(doc(""), Ok(None));
        assert_eq!(doc("# only a comment\n"), Ok(None));
        assert_eq!(doc("~"), Ok(None));
        assert_eq!(
            doc("a: &x [1, on]\nb: *x\nc: {<<: {d: 1, e: 2}, e: 3}\n"),
            Ok(Some(
                r#"{"a":[1,"on"],"b":[1,"on"],"c":{"d":1,"e":3}}"#.into()
            ))
        );
        assert_eq!(
            doc("a: !!str 1\nb: !!int '7'\nc: \"<<\"\n"),
            Ok(Some(r#"{"a":"1","b":7,"c":"<<"}"#.into()))
        );
        let err = |t: &str| to_json(t).unwrap_err();
        assert_eq!(
            err("a: 1\na: 2\n").message,
            "Invalid YAML received: the key \"a\" appears twice in one mapping (the second at line 2 column 1)"
        );
        assert_eq!(
            err("a: 1\n---\nb: 2\n").message,
            "Invalid YAML received: more than one document (the second starts at line 2 column 1)"
        );
        assert_eq!(
            err("a: !foo x\n").message,
            "Invalid YAML received: the tag !foo is not one the safe loader knows (at line 1 column 9)"
        );
        assert_eq!(
            err("1: x\n"),
            YamlError {
                message:
                    "a parameter name must be text: 1 at line 1 column 1 is an integer; quote it"
                        .into(),
                top_level_key: true
            }
        );
        assert!(!err("a: {1: x}\n").top_level_key);
        assert_eq!(
            err("a: .nan\n").message,
            ".nan at line 1 column 4 is not a finite number, which no parameter takes"
        );
        assert_eq!(
            err("a: [1\n").message,
            "Invalid YAML received: unclosed bracket '[' at line 1 column 4"
        );
        let nested = "- ".repeat(70) + "1";
        assert!(
            err(&nested)
                .message
                .contains("values nested more than 64 deep"),
            "{}",
            err(&nested).message
        );
        let deep = "[".repeat(100_000);
        assert_eq!(
            err(&deep).message,
            "Invalid YAML received: recursion limit exceeded at line 1 column 256"
        );
        let bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
        assert!(err(bomb).message.contains("more than 1000000 values"));
    }
}
