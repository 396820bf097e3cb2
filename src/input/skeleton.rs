//! `--generate-cli-skeleton`: the sample documents printed instead of calling the service.
//!
//! Three forms exist, byte-for-byte as AWS CLI v2 prints them:
//!
//! * `input` (also the form with no value): a JSON document with every input member, filled with
//!   placeholders (`""` for strings, the first enum value for enums, `0` for numbers, `true` for
//!   booleans, `"1970-01-01T00:00:00"` for timestamps, one item per list and one `KeyName` entry
//!   per map), indented by four spaces;
//! * `yaml-input`: the same document as block YAML, where every structure member carries an
//!   end-of-line comment built from the model (`[REQUIRED]`, the first sentence of the member's
//!   documentation, `Valid values are: …` for enums);
//! * `output`: a sample response, in which strings hold their member name (list items the name of
//!   the item shape, map values `""`). The sample goes through the same checks as a real
//!   response and then through the JSON output format: an empty response prints nothing, and a
//!   sample that fails the checks (a member name shorter than the shape's minimum length, as for
//!   every response holding a role ARN) prints nothing on stdout but a parameter validation
//!   error (see [`output`]).
//!
//! A structure that contains itself is expanded once; the inner occurrence is an empty object.

use crate::model::{self, Kind, Model, Operation, Shape};

/// `--generate-cli-skeleton` / `--generate-cli-skeleton input`: what is printed on stdout.
pub fn input_json(op: &Operation) -> String {
    let model = model::get();
    let node = match &op.input {
        Some(r) => Generator::new(model, false, false).generate(r.shape, ""),
        None => Node::Struct(Vec::new()),
    };
    let mut out = String::new();
    write_json(&mut out, &node, 0, true);
    out.push('\n');
    out
}

/// `--generate-cli-skeleton yaml-input`: what is printed on stdout.
pub fn input_yaml(op: &Operation) -> String {
    let model = model::get();
    let node = match &op.input {
        Some(r) => Generator::new(model, false, true).generate(r.shape, ""),
        None => Node::Struct(Vec::new()),
    };
    let mut out = String::new();
    match &node {
        Node::Struct(fields) if !fields.is_empty() => write_yaml_struct(&mut out, fields, 0, ""),
        Node::Map(entries) if !entries.is_empty() => write_yaml_map(&mut out, entries, 0, ""),
        other => {
            out.push_str(&yaml_inline(other).unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

/// `--generate-cli-skeleton output` in full: `Ok(stdout)`, or `Err(message)` when the sample
/// response fails validation against the output shape. The message is the one reported as a
/// `ParamValidation` error (exit status 252), e.g.
///
/// ```text
/// Parameter validation failed:
/// Invalid length for parameter roleArn, value: 7, valid min length: 20
/// ```
///
/// (no trailing newline). The command's own parameters must have been validated before.
/// `--generate-cli-skeleton output` as printed: empty when there is nothing to print or the
/// sample is refused.
#[cfg(test)]
pub fn output_json(op: &Operation) -> String {
    output(op).unwrap_or_default()
}

#[cfg(test)]
pub fn output(op: &Operation) -> Result<String, String> {
    let mut out = String::new();
    if let Some(node) = output_node(op)? {
        write_json(&mut out, &node, 0, false);
        out.push('\n');
    }
    Ok(out)
}

/// The `output` sample as a JSON value, for `--query` and the other output formats: `Ok(None)`
/// when the response has no members (nothing is printed), `Err` as for [`output`]. Timestamps
/// are the string `1970-01-01T00:00:00` (what the JSON format prints; v2's `yaml` and `text`
/// formats print the same instant as `1970-01-01 00:00:00`).
pub fn output_value(op: &Operation) -> Result<Option<serde_json::Value>, String> {
    Ok(output_node(op)?.map(|n| to_value(&n)))
}

fn output_node(op: &Operation) -> Result<Option<Node>, String> {
    let model = model::get();
    let Some(r) = &op.output else {
        return Ok(None);
    };
    let node = Generator::new(model, true, false).generate(r.shape, "");
    let mut problems = Vec::new();
    check_min(model, &node, model.shape(r.shape), "", &mut problems);
    if !problems.is_empty() {
        return Err(format!(
            "Parameter validation failed:\n{}",
            problems.join("\n")
        ));
    }
    if matches!(&node, Node::Struct(f) if f.is_empty()) {
        return Ok(None);
    }
    Ok(Some(node))
}

fn to_value(node: &Node) -> serde_json::Value {
    use serde_json::Value;
    match node {
        Node::Struct(fields) => Value::Object(
            fields
                .iter()
                .map(|f| (f.name.clone(), to_value(&f.value)))
                .collect(),
        ),
        Node::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), to_value(v)))
                .collect(),
        ),
        Node::List(items) => Value::Array(items.iter().map(to_value).collect()),
        Node::Str(s) => Value::String(s.clone()),
        Node::Int(v) => Value::from(*v),
        Node::Float => Value::from(0.0),
        Node::Bool(b) => Value::Bool(*b),
        Node::Timestamp => Value::String("1970-01-01T00:00:00".to_string()),
        Node::Blob => Value::Null,
    }
}

/// A generated sample value.
#[derive(Debug)]
enum Node {
    /// A structure; in YAML its members may carry end-of-line comments.
    Struct(Vec<Field>),
    /// A map (plain mapping, never commented).
    Map(Vec<(String, Node)>),
    List(Vec<Node>),
    Str(String),
    Int(i64),
    Float,
    Bool(bool),
    Timestamp,
    Blob,
}

#[derive(Debug)]
struct Field {
    name: String,
    value: Node,
    /// The comment as written after one space following the value: `# …` or ` # …`.
    comment: Option<String>,
}

struct Generator<'a> {
    model: &'a Model,
    /// Strings hold their member name (the `output` form) instead of `""` / an enum value.
    member_names: bool,
    /// Build the YAML comments.
    comments: bool,
    stack: Vec<String>,
}

impl<'a> Generator<'a> {
    fn new(model: &'a Model, member_names: bool, comments: bool) -> Self {
        Generator {
            model,
            member_names,
            comments,
            stack: Vec::new(),
        }
    }

    fn generate(&mut self, shape_name: &str, name: &str) -> Node {
        self.stack.push(shape_name.to_string());
        let shape = self.model.shape(shape_name);
        let node = match shape.kind {
            Kind::Structure => self.structure(shape_name, shape),
            Kind::List => {
                let item = shape.member.as_ref().map(|m| m.shape);
                match item {
                    Some(item) => {
                        let item_name = if self.member_names { item } else { "" };
                        Node::List(vec![self.generate(item, item_name)])
                    }
                    None => Node::List(Vec::new()),
                }
            }
            Kind::Map => match shape.value.as_ref() {
                Some(v) => Node::Map(vec![("KeyName".to_string(), self.generate(v.shape, ""))]),
                None => Node::Map(Vec::new()),
            },
            Kind::String => {
                if self.member_names {
                    Node::Str(name.to_string())
                } else {
                    match shape.enum_values.as_ref().and_then(|e| e.first()) {
                        Some(first) => Node::Str(first.to_string()),
                        None => Node::Str(String::new()),
                    }
                }
            }
            Kind::Integer | Kind::Long => Node::Int(0),
            Kind::Float | Kind::Double => Node::Float,
            Kind::Boolean => Node::Bool(true),
            Kind::Timestamp => Node::Timestamp,
            Kind::Blob => Node::Blob,
        };
        self.stack.pop();
        node
    }

    fn structure(&mut self, shape_name: &str, shape: &Shape) -> Node {
        // The shape itself is already on the stack: a second occurrence means recursion.
        if self.stack.iter().filter(|s| *s == shape_name).count() > 1 {
            return Node::Struct(Vec::new());
        }
        let mut fields: Vec<Field> = Vec::with_capacity(shape.members.len());
        for (member_name, member) in &shape.members {
            let value = self.generate(member.shape, member_name);
            let comment = if self.comments {
                let text = member_comment(self.model, member, shape.is_required(member_name));
                text.map(|t| comment_with_lead(&fields, member_name, t))
            } else {
                None
            };
            fields.push(Field {
                name: member_name.to_string(),
                value,
                comment,
            });
        }
        Node::Struct(fields)
    }
}

/// The text of a member's YAML comment (without `# `), or `None` when there is nothing to say.
fn member_comment(model: &Model, member: &model::Member, required: bool) -> Option<String> {
    let shape = model.shape(member.shape);
    let doc = if member.documentation.is_empty() {
        shape.documentation
    } else {
        member.documentation
    };
    let mut parts: Vec<String> = Vec::new();
    if required {
        parts.push("[REQUIRED]".to_string());
    }
    parts.push(doc_overview(doc));
    if let Some(values) = shape.enum_values.as_ref().filter(|v| !v.is_empty()) {
        parts.push(format!("Valid values are: {}.", values.join(", ")));
    }
    let text = parts.join(" ");
    if text.chars().all(char::is_whitespace) {
        None
    } else {
        Some(text)
    }
}

/// Where the comment goes decides its leading space. A comment whose key follows a commented key
/// is written one space after the value. Otherwise the keys are scanned in order up to the first
/// one that sorts at or after this key: if a commented key was seen, one space again; if not,
/// the comment gets an extra leading space (two spaces after the value). The first member of a
/// structure therefore always has two.
fn comment_with_lead(previous: &[Field], key: &str, text: String) -> String {
    let aligned = match previous.last() {
        Some(last) if last.comment.is_some() => true,
        _ => previous
            .iter()
            .take_while(|f| f.name.as_str() < key)
            .any(|f| f.comment.is_some()),
    };
    if aligned {
        format!("# {text}")
    } else {
        format!(" # {text}")
    }
}

/// The first sentence of a documentation string, as shown in YAML comments: the text content of
/// the HTML (taken as XML; a document that is not well-formed XML is used as it is), cut before
/// the first `.` or `:`, a `.` added back, line breaks turned into spaces. Whitespace is not
/// collapsed, so a leading space in the documentation stays.
pub fn doc_overview(html: &str) -> String {
    let text = xml_text(html).unwrap_or_else(|| html.to_string());
    let first = match text.find(['.', ':']) {
        Some(i) => &text[..i],
        None => text.as_str(),
    };
    let mut s = first.to_string();
    if !s.is_empty() {
        s.push('.');
    }
    s.replace(['\n', '\u{2028}'], " ")
}

/// The concatenated text nodes of `<doc>{html}</doc>` read as namespace-aware XML, or `None` when
/// it is not well-formed. Comments, processing instructions and CDATA sections contribute no
/// text; line ends are normalised to `\n`.
fn xml_text(html: &str) -> Option<String> {
    let s = html;
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    // Open elements, each with the namespace prefixes it declares.
    let mut open: Vec<(String, Vec<String>)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'<' => {
                let rest = &s[i..];
                if let Some(body) = rest.strip_prefix("<!--") {
                    let end = body.find("--")?;
                    if !body[end..].starts_with("-->") {
                        return None;
                    }
                    i += 4 + end + 3;
                } else if let Some(body) = rest.strip_prefix("<![CDATA[") {
                    let end = body.find("]]>")?;
                    if !body[..end].chars().all(xml_char) {
                        return None;
                    }
                    i += 9 + end + 3;
                } else if let Some(body) = rest.strip_prefix("<?") {
                    let end = body.find("?>")?;
                    let target: String = body.chars().take_while(|c| name_char(*c)).collect();
                    if target.is_empty() || target.eq_ignore_ascii_case("xml") {
                        return None;
                    }
                    i += 2 + end + 2;
                } else if let Some(body) = rest.strip_prefix("</") {
                    let name: String = body.chars().take_while(|c| name_char(*c)).collect();
                    let after = body[name.len()..].trim_start_matches([' ', '\t', '\r', '\n']);
                    if !after.starts_with('>') {
                        return None;
                    }
                    match open.pop() {
                        Some((n, _)) if n == name => {}
                        _ => return None,
                    }
                    i = s.len() - after.len() + 1;
                } else {
                    let (consumed, name, declared, self_closing) = parse_start_tag(rest)?;
                    let mut scope: Vec<&str> = open
                        .iter()
                        .flat_map(|(_, p)| p.iter().map(String::as_str))
                        .collect();
                    scope.extend(declared.iter().map(String::as_str));
                    if !prefix_bound(&name, &scope) {
                        return None;
                    }
                    if !self_closing {
                        open.push((name, declared));
                    }
                    i += consumed;
                }
            }
            b'&' => {
                let (c, len) = entity(&s[i..])?;
                out.push(c);
                i += len;
            }
            b'\r' => {
                out.push('\n');
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            }
            _ => {
                if s[i..].starts_with("]]>") {
                    return None;
                }
                let c = s[i..].chars().next()?;
                if !xml_char(c) {
                    return None;
                }
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    if open.is_empty() {
        Some(out)
    } else {
        None
    }
}

/// Parses `<name attr="v" …>` or `<name …/>` at the start of `s`: (bytes consumed, name,
/// namespace prefixes declared, self-closing).
fn parse_start_tag(s: &str) -> Option<(usize, String, Vec<String>, bool)> {
    let body = s.strip_prefix('<')?;
    let name: String = body.chars().take_while(|c| name_char(*c)).collect();
    if !valid_name(&name) {
        return None;
    }
    let mut rest = &body[name.len()..];
    let mut declared = Vec::new();
    let mut attrs: Vec<String> = Vec::new();
    loop {
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n']);
        let had_space = trimmed.len() != rest.len();
        rest = trimmed;
        if let Some(r) = rest.strip_prefix("/>") {
            return Some((s.len() - r.len(), name, declared, true));
        }
        if let Some(r) = rest.strip_prefix('>') {
            for a in &attrs {
                let mut scope: Vec<&str> = declared.iter().map(String::as_str).collect();
                scope.push("xmlns");
                if a.contains(':') && !a.starts_with("xmlns:") && !prefix_bound(a, &scope) {
                    return None;
                }
            }
            return Some((s.len() - r.len(), name, declared, false));
        }
        if !had_space {
            return None;
        }
        let attr: String = rest.chars().take_while(|c| name_char(*c)).collect();
        if !valid_name(&attr) || attrs.contains(&attr) {
            return None;
        }
        rest = rest[attr.len()..].trim_start_matches([' ', '\t', '\r', '\n']);
        rest = rest.strip_prefix('=')?;
        rest = rest.trim_start_matches([' ', '\t', '\r', '\n']);
        let quote = rest.chars().next().filter(|q| *q == '"' || *q == '\'')?;
        let inner = &rest[1..];
        let end = inner.find(quote)?;
        let value = &inner[..end];
        if value.contains('<') {
            return None;
        }
        let mut j = 0;
        while j < value.len() {
            if value[j..].starts_with('&') {
                let (_, len) = entity(&value[j..])?;
                j += len;
            } else {
                let c = value[j..].chars().next()?;
                if !xml_char(c) {
                    return None;
                }
                j += c.len_utf8();
            }
        }
        if let Some(p) = attr.strip_prefix("xmlns:") {
            if value.is_empty() {
                return None;
            }
            declared.push(p.to_string());
        }
        attrs.push(attr);
        rest = &inner[end + 1..];
    }
}

/// An element or attribute name's prefix (if any) is `xml` or declared in scope.
fn prefix_bound(name: &str, scope: &[&str]) -> bool {
    match name.split_once(':') {
        None => true,
        Some((prefix, local)) => {
            !prefix.is_empty()
                && !local.is_empty()
                && !local.contains(':')
                && (prefix == "xml" || scope.contains(&prefix))
        }
    }
}

fn valid_name(name: &str) -> bool {
    match name.chars().next() {
        Some(c) => c.is_alphabetic() || c == '_' || c == ':',
        None => false,
    }
}

fn name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.' | '\u{b7}')
}

fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// Decodes the entity reference at the start of `s` (predefined or numeric): (char, length).
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.find(';')?;
    let name = &s[1..end];
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let code = if let Some(hex) = name.strip_prefix("#x") {
                if hex.is_empty() || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                    return None;
                }
                u32::from_str_radix(hex, 16).ok()?
            } else if let Some(dec) = name.strip_prefix('#') {
                if dec.is_empty() || !dec.chars().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                dec.parse::<u32>().ok()?
            } else {
                return None;
            };
            char::from_u32(code).filter(|c| xml_char(*c))?
        }
    };
    Some((c, end + 1))
}

// ---------------------------------------------------------------------------------------------
// Response checks applied to the `output` sample: minimum lengths, sizes and values only.

fn check_min(model: &Model, node: &Node, shape: &Shape, name: &str, problems: &mut Vec<String>) {
    let label = if name.is_empty() {
        "input"
    } else {
        name.strip_prefix('.').unwrap_or(name)
    };
    match node {
        Node::Struct(fields) => {
            for f in fields {
                if let Some(m) = shape.members.get(&f.name) {
                    let child = format!("{name}.{}", f.name);
                    check_min(model, &f.value, model.shape(m.shape), &child, problems);
                }
            }
        }
        Node::List(items) => {
            if let Some(min) = shape.min.filter(|m| (items.len() as i64) < *m) {
                problems.push(format!(
                    "Invalid length for parameter {label}, value: {}, valid min length: {min}",
                    items.len()
                ));
            }
            if let Some(item) = &shape.member {
                for (i, v) in items.iter().enumerate() {
                    check_min(
                        model,
                        v,
                        model.shape(item.shape),
                        &format!("{name}[{i}]"),
                        problems,
                    );
                }
            }
        }
        Node::Map(entries) => {
            for (k, v) in entries {
                if let Some(key) = &shape.key {
                    let key_node = Node::Str(k.clone());
                    let key_name = format!("{name} (key: {k})");
                    check_min(
                        model,
                        &key_node,
                        model.shape(key.shape),
                        &key_name,
                        problems,
                    );
                }
                if let Some(value) = &shape.value {
                    check_min(
                        model,
                        v,
                        model.shape(value.shape),
                        &format!("{name}.{k}"),
                        problems,
                    );
                }
            }
        }
        Node::Str(s) => {
            let len = s.chars().count() as i64;
            if let Some(min) = shape.min.filter(|m| len < *m) {
                problems.push(format!(
                    "Invalid length for parameter {label}, value: {len}, valid min length: {min}"
                ));
            }
        }
        Node::Int(v) => {
            if let Some(min) = shape.min.filter(|m| v < m) {
                problems.push(format!(
                    "Invalid value for parameter {label}, value: {v}, valid min value: {min}"
                ));
            }
        }
        Node::Float => {
            if let Some(min) = shape.min.filter(|m| *m > 0) {
                problems.push(format!(
                    "Invalid value for parameter {label}, value: 0.0, valid min value: {min}"
                ));
            }
        }
        Node::Bool(_) | Node::Timestamp | Node::Blob => {}
    }
}

// ---------------------------------------------------------------------------------------------
// JSON, laid out as Python's json.dump(indent=4).

fn write_json(out: &mut String, node: &Node, level: usize, ascii: bool) {
    match node {
        Node::Struct(fields) => {
            let entries: Vec<(&str, &Node)> =
                fields.iter().map(|f| (f.name.as_str(), &f.value)).collect();
            write_json_object(out, &entries, level, ascii);
        }
        Node::Map(map) => {
            let entries: Vec<(&str, &Node)> = map.iter().map(|(k, v)| (k.as_str(), v)).collect();
            write_json_object(out, &entries, level, ascii);
        }
        Node::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push('\n');
                push_indent(out, level + 1);
                write_json(out, item, level + 1, ascii);
            }
            out.push('\n');
            push_indent(out, level);
            out.push(']');
        }
        Node::Str(s) => crate::output::json::push_json_string(out, s, ascii),
        Node::Int(v) => out.push_str(&v.to_string()),
        Node::Float => out.push_str("0.0"),
        Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Node::Timestamp => out.push_str("\"1970-01-01T00:00:00\""),
        Node::Blob => out.push_str("null"),
    }
}

fn write_json_object(out: &mut String, entries: &[(&str, &Node)], level: usize, ascii: bool) {
    if entries.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (i, (k, v)) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('\n');
        push_indent(out, level + 1);
        crate::output::json::push_json_string(out, k, ascii);
        out.push_str(": ");
        write_json(out, v, level + 1, ascii);
    }
    out.push('\n');
    push_indent(out, level);
    out.push('}');
}

fn push_indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("    ");
    }
}

// ---------------------------------------------------------------------------------------------
// YAML, laid out as ruamel.yaml's round-trip dumper: mappings indented by two, sequence items at
// the indentation of their key, end-of-line comments one space after the value (or after the
// colon when the value is a block collection).

/// Writes a structure's members; the first line starts with `lead`, the others with `indent`
/// spaces.
fn write_yaml_struct(out: &mut String, fields: &[Field], indent: usize, lead: &str) {
    for (i, f) in fields.iter().enumerate() {
        let prefix = if i == 0 {
            lead.to_string()
        } else {
            " ".repeat(indent)
        };
        write_yaml_entry(
            out,
            &prefix,
            &f.name,
            &f.value,
            f.comment.as_deref(),
            indent,
        );
    }
}

fn write_yaml_map(out: &mut String, entries: &[(String, Node)], indent: usize, lead: &str) {
    for (i, (k, v)) in entries.iter().enumerate() {
        let prefix = if i == 0 {
            lead.to_string()
        } else {
            " ".repeat(indent)
        };
        write_yaml_entry(out, &prefix, k, v, None, indent);
    }
}

fn write_yaml_entry(
    out: &mut String,
    prefix: &str,
    key: &str,
    value: &Node,
    comment: Option<&str>,
    indent: usize,
) {
    out.push_str(prefix);
    out.push_str(&yaml_scalar_str(key));
    out.push(':');
    let inline = yaml_inline(value);
    if let Some(text) = &inline {
        if !text.is_empty() {
            out.push(' ');
            out.push_str(text);
        }
    }
    if let Some(c) = comment {
        out.push(' ');
        out.push_str(c);
    }
    out.push('\n');
    if inline.is_none() {
        match value {
            Node::Struct(fields) => {
                let pad = " ".repeat(indent + 2);
                write_yaml_struct(out, fields, indent + 2, &pad);
            }
            Node::Map(entries) => {
                let pad = " ".repeat(indent + 2);
                write_yaml_map(out, entries, indent + 2, &pad);
            }
            Node::List(items) => write_yaml_seq(out, items, indent, &" ".repeat(indent)),
            _ => {}
        }
    }
}

/// Writes sequence items (`- item`) at `indent`; the first line starts with `lead`.
fn write_yaml_seq(out: &mut String, items: &[Node], indent: usize, lead: &str) {
    for (i, item) in items.iter().enumerate() {
        let mut prefix = if i == 0 {
            lead.to_string()
        } else {
            " ".repeat(indent)
        };
        prefix.push_str("- ");
        match (yaml_inline(item), item) {
            (Some(text), _) => {
                out.push_str(&prefix);
                out.push_str(&text);
                out.push('\n');
            }
            (None, Node::Struct(fields)) => write_yaml_struct(out, fields, indent + 2, &prefix),
            (None, Node::Map(entries)) => write_yaml_map(out, entries, indent + 2, &prefix),
            (None, Node::List(inner)) => write_yaml_seq(out, inner, indent + 2, &prefix),
            (None, _) => {}
        }
    }
}

/// The value as written on its key's line, or `None` for a block collection.
fn yaml_inline(node: &Node) -> Option<String> {
    match node {
        Node::Struct(f) if f.is_empty() => Some("{}".to_string()),
        Node::Map(m) if m.is_empty() => Some("{}".to_string()),
        Node::List(l) if l.is_empty() => Some("[]".to_string()),
        Node::Struct(_) | Node::Map(_) | Node::List(_) => None,
        Node::Str(s) => Some(yaml_scalar_str(s)),
        Node::Int(v) => Some(v.to_string()),
        Node::Float => Some("0.0".to_string()),
        Node::Bool(b) => Some(if *b { "true" } else { "false" }.to_string()),
        Node::Timestamp => Some("1970-01-01 00:00:00".to_string()),
        Node::Blob => Some("!!binary ''".to_string()),
    }
}

/// A string scalar: plain when it is a simple word that does not read as another type,
/// single-quoted otherwise.
fn yaml_scalar_str(s: &str) -> String {
    let simple = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'));
    let reserved = matches!(
        s,
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" | "null" | "Null" | "NULL"
    ) || s.eq_ignore_ascii_case(".inf")
        || s.eq_ignore_ascii_case(".nan");
    if simple && !reserved {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn fixture(command: &str, form: &str) -> String {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/skeleton")
            .join(format!("{command}.{form}"));
        match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }

    fn check_form(form: &str, render: fn(&Operation) -> String) {
        let mut failures = Vec::new();
        for op in model::get().operations.values() {
            let command = model::cli_name(op.name);
            let want = fixture(&command, form);
            let got = render(op);
            if got != want {
                failures.push(format!("{command}.{form}\n--- want\n{want}--- got\n{got}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn input_json_matches_v2() {
        check_form("input", input_json);
    }

    #[test]
    fn input_yaml_matches_v2() {
        check_form("yaml-input", input_yaml);
    }

    #[test]
    fn output_json_matches_v2() {
        check_form("output", output_json);
    }

    #[test]
    fn output_errors_match_v2() {
        for op in model::get().operations.values() {
            let command = model::cli_name(op.name);
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/skeleton")
                .join(format!("{command}.output-stderr"));
            let recorded = std::fs::read_to_string(&path).ok();
            match (output(op), recorded) {
                (Ok(_), None) => {}
                (Err(msg), Some(stderr)) => {
                    let want = format!(
                        "\naws: [ERROR]: An error occurred (ParamValidation): {msg}\nexit status: 252\n"
                    );
                    assert_eq!(stderr, want, "{command}");
                }
                (got, recorded) => panic!("{command}: got {got:?}, recorded {recorded:?}"),
            }
        }
    }

    #[test]
    fn output_value_agrees_with_output_json() {
        for op in model::get().operations.values() {
            match (output_value(op), output(op)) {
                (Ok(Some(v)), Ok(text)) => {
                    let parsed: serde_json::Value = match serde_json::from_str(&text) {
                        Ok(p) => p,
                        Err(e) => panic!("{}: {e}", op.name),
                    };
                    assert_eq!(v, parsed, "{}", op.name);
                }
                (Ok(None), Ok(text)) => assert_eq!(text, "", "{}", op.name),
                (Err(a), Err(b)) => assert_eq!(a, b),
                (a, b) => panic!("{}: {a:?} / {b:?}", op.name),
            }
        }
    }

    #[test]
    fn doc_overview_takes_the_first_sentence_of_the_text() {
        assert_eq!(
            doc_overview("<p>The ARN. More <code>x</code>.</p>"),
            "The ARN."
        );
        assert_eq!(doc_overview("<p> Lead space: rest</p>"), " Lead space.");
        assert_eq!(doc_overview("a\nb&amp;c"), "a b&c.");
        assert_eq!(doc_overview(""), "");
        // Not well-formed XML: the raw text is used, tags included.
        assert_eq!(doc_overview("<p>a&nbsp;b</p>"), "<p>a&nbsp;b</p>.");
        assert_eq!(doc_overview("<p>x</P>"), "<p>x</P>.");
        // Comments and CDATA sections contribute no text.
        assert_eq!(doc_overview("a<!-- c -->b<![CDATA[z]]>"), "ab.");
    }

    #[test]
    fn comment_lead_depends_on_earlier_commented_keys() {
        let field = |name: &str, commented: bool| Field {
            name: name.to_string(),
            value: Node::Str(String::new()),
            comment: commented.then(|| "# x".to_string()),
        };
        assert_eq!(comment_with_lead(&[], "b", "B".into()), " # B");
        let fields = vec![field("b", true), field("a", false), field("c", false)];
        assert_eq!(comment_with_lead(&fields, "d", "D".into()), "# D");
        assert_eq!(comment_with_lead(&fields, "aa", "X".into()), " # X");
    }

    #[test]
    fn yaml_strings_are_quoted_when_needed() {
        assert_eq!(yaml_scalar_str(""), "''");
        assert_eq!(yaml_scalar_str("DEBUG"), "DEBUG");
        assert_eq!(yaml_scalar_str("true"), "'true'");
        assert_eq!(yaml_scalar_str("12"), "'12'");
        assert_eq!(yaml_scalar_str("it's"), "'it''s'");
    }
}
