//! `--output yaml` and `--output yaml-stream`, byte for byte as AWS CLI v2 prints them: a
//! safe dump through libyaml (block style, keys sorted, sequences not indented under their
//! key, `[]`/`{}` for empty ones, strings quoted only when they would read back as something
//! else or cannot be plain), with the emitter and the scalar analysis and resolution it needs.
//! A scalar result is printed as one line of JSON; `{}` prints nothing; a page of
//! `yaml-stream` is a one-element YAML list (`- ` prefixed).

use super::json::push_json_scalar;
use crate::python::push_number;
use serde_json::{Map, Value};

/// `--output yaml`: an object or list as a YAML document; a scalar as one line of JSON (as
/// v2 does, to avoid YAML's `...` document end marker); `{}` (a response without output)
/// prints nothing.
///
/// The YAML is what v2's ruamel.yaml safe dump through libyaml writes: two-space block
/// indentation with sequences flush under their key, keys sorted, `[]` and `{}` for empty
/// collections, `null`, `true`/`false`, integers as written and floats as Python's `repr`.
/// A string is plain unless it would read back as another type (`'true'`, `'123'`, `'1e3'`,
/// `'null'`, `''`, ISO dates and timestamps, ...) or cannot be plain (leading/trailing blanks,
/// indicators such as `- `, `: `, ` #` or a leading `*`, `&`, `!`, `|`, `>`, `'`, `"`, `%`,
/// `@`, `[`, `{`, `#`, `,` or backquote, line breaks); those are
/// single-quoted. Text with characters YAML may not carry raw — controls, tabs, characters
/// beyond U+FFFF such as emoji, U+FEFF — or a space next to a line break is double-quoted with
/// escapes (`\t`, `\e`, `\x..`, `\u....`, `\U........`). Plain and quoted strings are folded at
/// a space once past column 80; keys longer than 128 bytes use the explicit `? key` form.
pub fn yaml(doc: &Value) -> String {
    match doc {
        Value::Object(map) if map.is_empty() => String::new(),
        Value::Array(_) | Value::Object(_) => {
            let mut e = Emitter::new();
            e.document(doc);
            e.out
        }
        _ => {
            let mut out = String::new();
            push_json_scalar(&mut out, doc);
            out.push('\n');
            out
        }
    }
}

/// `--output yaml-stream` for one page: v2 writes each page (with `--query` applied to the
/// page) as soon as it arrives, as a one-element YAML list, so the pages together read as one
/// list: `- actionIdentifiers:\n  - actionArn: ...\n  nextToken: ...\n- actionIdentifiers: ...`.
/// A non-paginated response of `{}` prints nothing, and so does this for `{}`; a page of a
/// paginated command is printed even when it is `{}`, as `- {}` — `yaml(&json!([page]))`
/// gives that.
pub fn yaml_stream_page(page: &Value) -> String {
    if matches!(page, Value::Object(map) if map.is_empty()) {
        return String::new();
    }
    let mut e = Emitter::new();
    e.document_of_one(page);
    e.out
}

const BEST_WIDTH: usize = 80;
const BEST_INDENT: i64 = 2;
const MAX_SIMPLE_KEY: usize = 128;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
}

/// What libyaml's scalar analysis decides for a string (only what block context needs).
#[derive(Debug, PartialEq, Eq)]
struct Analysis {
    multiline: bool,
    plain_allowed: bool,
    single_allowed: bool,
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Blank, break or the end of the text.
fn is_blankz(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c == ' ' || c == '\t' || c == '\0' || is_break(c),
    }
}

/// Characters libyaml writes raw (with unicode on): no controls but LF, nothing past U+FFFF.
fn yaml_printable(c: char) -> bool {
    matches!(c, '\n' | '\x20'..='\x7e' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
        && c != '\u{feff}'
}

fn analyze(s: &str) -> Analysis {
    if s.is_empty() {
        return Analysis {
            multiline: false,
            plain_allowed: true,
            single_allowed: true,
        };
    }
    // Not short-circuiting, so that the check runs over whole vectors of bytes.
    let printable_ascii = s
        .bytes()
        .fold(true, |all, b| all & (b.wrapping_sub(0x20) < 0x5f));
    if printable_ascii {
        analyze_printable_ascii(s.as_bytes())
    } else {
        analyze_chars(s)
    }
}

/// [`analyze`] for text of printable ASCII characters (the usual names, ARNs, dates): the only
/// blank is the space, nothing is special and nothing breaks a line, so what keeps such text
/// from being plain is an indicator or a leading or trailing space.
fn analyze_printable_ascii(b: &[u8]) -> Analysis {
    let (first, last) = (b[0], b[b.len() - 1]);
    let indicators = b.starts_with(b"---")
        || b.starts_with(b"...")
        || b"#,[]{}&*!|>'\"%@`".contains(&first)
        || (matches!(first, b'?' | b'-') && b.get(1).is_none_or(|&c| c == b' '))
        // `: ` or a final `:` anywhere (the first character included), ` #` anywhere
        || last == b':'
        || b.iter().zip(&b[1..]).fold(false, |found, (&c, &next)| {
            found | ((c == b':') & (next == b' ')) | ((c == b' ') & (next == b'#'))
        });
    Analysis {
        multiline: false,
        plain_allowed: !(indicators || first == b' ' || last == b' '),
        single_allowed: true,
    }
}

/// libyaml's scalar analysis, character by character.
fn analyze_chars(s: &str) -> Analysis {
    let mut indicators = s.starts_with("---") || s.starts_with("...");
    let mut line_breaks = false;
    let mut special = false;
    let (mut leading, mut trailing) = (false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_blank = true;
    let mut chars = s.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let followed_by_blank = is_blankz(next);
        if first {
            if "#,[]{}&*!|>'\"%@`".contains(c) {
                indicators = true;
            }
            if (c == '?' || c == ':' || c == '-') && followed_by_blank {
                indicators = true;
            }
        } else if (c == ':' && followed_by_blank) || (c == '#' && preceded_by_blank) {
            indicators = true;
        }
        if !yaml_printable(c) {
            special = true;
        }
        let last = next.is_none();
        if c == ' ' {
            leading |= first;
            trailing |= last;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            line_breaks = true;
            leading |= first;
            trailing |= last;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_blank = is_blankz(Some(c));
        first = false;
    }
    let quoted_only = leading || trailing || line_breaks || indicators;
    Analysis {
        multiline: line_breaks,
        plain_allowed: !(quoted_only || break_space || space_break || special),
        single_allowed: !(break_space || space_break || special),
    }
}

/// Whether a plain scalar with this text would be read back (YAML 1.2 core schema with
/// ruamel's additions) as something other than a string, which forces quoting.
fn resolves_as_non_string(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return true; // null
    };
    match first {
        't' | 'T' | 'f' | 'F' => {
            matches!(s, "true" | "True" | "TRUE" | "false" | "False" | "FALSE")
        }
        'n' | 'N' => matches!(s, "null" | "Null" | "NULL"),
        '~' | '<' | '=' | '!' | '&' | '*' => matches!(s, "~" | "<<" | "=" | "!" | "&" | "*"),
        '.' => is_float(s),
        '-' | '+' => is_float(s) || is_int(s),
        '0'..='9' => is_float(s) || is_int(s) || is_timestamp(s),
        _ => false,
    }
}

fn all_of(s: &str, f: impl Fn(u8) -> bool) -> bool {
    !s.is_empty() && s.bytes().all(f)
}

fn is_int(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let digits_ = |b: u8| b.is_ascii_digit() || b == b'_';
    if let Some(r) = body.strip_prefix("0b") {
        if all_of(r, |b| b == b'0' || b == b'1' || b == b'_') {
            return true;
        }
    }
    if let Some(r) = body.strip_prefix("0o") {
        if all_of(r, |b| (b'0'..=b'7').contains(&b) || b == b'_') {
            return true;
        }
    }
    if let Some(r) = body.strip_prefix("0x") {
        if all_of(r, |b| b.is_ascii_hexdigit() || b == b'_') {
            return true;
        }
    }
    all_of(body, digits_)
}

/// `[eE][-+]?[0-9]+` (sign required when `signed`), the whole of `s`.
fn is_exponent(s: &str, sign_required: bool) -> bool {
    let Some(r) = s.strip_prefix(['e', 'E']) else {
        return false;
    };
    let digits = match r.strip_prefix(['-', '+']) {
        Some(d) => d,
        None if sign_required => return false,
        None => r,
    };
    all_of(digits, |b| b.is_ascii_digit())
}

fn is_float(s: &str) -> bool {
    if matches!(s, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    if matches!(body, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    let digits_ = |b: u8| b.is_ascii_digit() || b == b'_';
    if let Some(r) = body.strip_prefix('.') {
        // \.[0-9_]+([eE][-+][0-9]+)?
        let end = r.bytes().position(|b| !digits_(b)).unwrap_or(r.len());
        return end > 0 && (end == r.len() || is_exponent(&r[end..], true));
    }
    // [0-9][0-9_]* then either \.[0-9_]*(exp)? or (exp)
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let end = body.bytes().position(|b| !digits_(b)).unwrap_or(body.len());
    let rest = &body[end..];
    if let Some(frac) = rest.strip_prefix('.') {
        let f_end = frac.bytes().position(|b| !digits_(b)).unwrap_or(frac.len());
        return f_end == frac.len() || is_exponent(&frac[f_end..], false);
    }
    is_exponent(rest, false)
}

/// ISO 8601 dates and timestamps as YAML's timestamp type reads them.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if !(digit(0) && digit(1) && digit(2) && digit(3) && b.get(4) == Some(&b'-')) {
        return false;
    }
    if b.len() == 10 && digit(5) && digit(6) && b[7] == b'-' && digit(8) && digit(9) {
        return true;
    }
    // 1–2 digits, returning the index after them.
    let one_or_two = |i: usize| -> Option<usize> {
        if !digit(i) {
            None
        } else if digit(i + 1) {
            Some(i + 2)
        } else {
            Some(i + 1)
        }
    };
    let Some(mut i) = one_or_two(5) else {
        return false;
    };
    if b.get(i) != Some(&b'-') {
        return false;
    }
    let Some(j) = one_or_two(i + 1) else {
        return false;
    };
    i = j;
    match b.get(i) {
        Some(b'T' | b't') => i += 1,
        Some(b' ' | b'\t') => {
            while matches!(b.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
        }
        _ => return false,
    }
    let Some(j) = one_or_two(i) else {
        return false;
    };
    i = j;
    for _ in 0..2 {
        if !(b.get(i) == Some(&b':') && digit(i + 1) && digit(i + 2)) {
            return false;
        }
        i += 3;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while digit(i) {
            i += 1;
        }
    }
    if i == b.len() {
        return true;
    }
    // [ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    match b.get(i) {
        Some(b'Z') => i + 1 == b.len(),
        Some(b'-' | b'+') => {
            let Some(j) = one_or_two(i + 1) else {
                return false;
            };
            j == b.len() || (j + 3 == b.len() && b[j] == b':' && digit(j + 1) && digit(j + 2))
        }
        _ => false,
    }
}

/// A YAML writer following libyaml's emitter for block-style documents.
struct Emitter {
    out: String,
    /// Characters (not bytes) written on the current line.
    column: usize,
    whitespace: bool,
    indention: bool,
    indent: i64,
    indents: Vec<i64>,
    mapping_context: bool,
    simple_key_context: bool,
}

impl Emitter {
    fn new() -> Emitter {
        Emitter {
            out: String::with_capacity(1024),
            column: 0,
            whitespace: true,
            indention: true,
            indent: -1,
            indents: Vec::new(),
            mapping_context: false,
            simple_key_context: false,
        }
    }

    fn document(&mut self, v: &Value) {
        self.node(v, false, false);
        self.write_indent();
    }

    /// The document `[v]`, without building it.
    fn document_of_one(&mut self, v: &Value) {
        self.mapping_context = false;
        self.simple_key_context = false;
        self.sequence(std::slice::from_ref(v));
        self.write_indent();
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        indicator: &str,
        need_space: bool,
        is_space: bool,
        is_indention: bool,
    ) {
        if need_space && !self.whitespace {
            self.put(' ');
        }
        for c in indicator.chars() {
            self.put(c);
        }
        self.whitespace = is_space;
        self.indention = self.indention && is_indention;
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn node(&mut self, v: &Value, mapping: bool, simple_key: bool) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match v {
            Value::Array(items) => self.sequence(items),
            Value::Object(map) => self.mapping(map),
            Value::String(s) => self.scalar(s, true),
            Value::Null => self.scalar("null", false),
            Value::Bool(b) => self.scalar(if *b { "true" } else { "false" }, false),
            Value::Number(n) => {
                let mut s = String::new();
                push_number(&mut s, n);
                self.scalar(&s, false);
            }
        }
    }

    fn empty_flow(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    fn sequence(&mut self, items: &[Value]) {
        if items.is_empty() {
            self.empty_flow("[", "]");
            return;
        }
        let indentless = self.mapping_context && !self.indention;
        self.increase_indent(false, indentless);
        for item in items {
            self.write_indent();
            self.write_indicator("-", true, false, true);
            self.node(item, false, false);
        }
        self.pop_indent();
    }

    fn mapping(&mut self, map: &Map<String, Value>) {
        if map.is_empty() {
            self.empty_flow("{", "}");
            return;
        }
        let mut entries: Vec<(&String, &Value)> = map.iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        self.increase_indent(false, false);
        for (key, value) in entries {
            self.write_indent();
            let analysis = analyze(key);
            let simple = key.len() <= MAX_SIMPLE_KEY && !analysis.multiline;
            if simple {
                self.mapping_context = true;
                self.simple_key_context = true;
                self.string(key, &analysis);
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.mapping_context = true;
                self.simple_key_context = false;
                self.string(key, &analysis);
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
            self.node(value, true, false);
        }
        self.pop_indent();
    }

    /// `text` is a string's content when `is_str`, otherwise the plain form of a null,
    /// boolean or number.
    fn scalar(&mut self, text: &str, is_str: bool) {
        if is_str {
            self.string(text, &analyze(text));
        } else {
            self.styled(text, Style::Plain);
        }
    }

    /// A string whose [`analyze`] is `a`.
    fn string(&mut self, text: &str, a: &Analysis) {
        let mut style = Style::Plain;
        if self.simple_key_context && a.multiline {
            style = Style::Double;
        }
        if style == Style::Plain
            && (!a.plain_allowed
                || (text.is_empty() && self.simple_key_context)
                || resolves_as_non_string(text))
        {
            style = Style::Single;
        }
        if style == Style::Single && !a.single_allowed {
            style = Style::Double;
        }
        self.styled(text, style);
    }

    fn styled(&mut self, text: &str, style: Style) {
        self.increase_indent(true, false);
        let breaks_allowed = !self.simple_key_context;
        match style {
            Style::Plain => self.write_plain(text, breaks_allowed),
            Style::Single => self.write_single(text, breaks_allowed),
            Style::Double => self.write_double(text, breaks_allowed),
        }
        self.pop_indent();
    }

    /// Writes text in which no character is folded or escaped.
    fn put_str(&mut self, text: &str) {
        self.out.push_str(text);
        self.column += if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
    }

    fn write_plain(&mut self, text: &str, breaks_allowed: bool) {
        if !self.whitespace && !text.is_empty() {
            self.put(' ');
        }
        if !breaks_allowed || !text.contains(' ') {
            // nowhere to fold
            self.put_str(text);
            self.whitespace = false;
            self.indention = false;
            return;
        }
        let mut spaces = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == ' ' {
                if breaks_allowed
                    && !spaces
                    && self.column > BEST_WIDTH
                    && chars.peek() != Some(&' ')
                {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single(&mut self, text: &str, breaks_allowed: bool) {
        self.write_indicator("'", true, false, false);
        if text
            .bytes()
            .all(|b| b.is_ascii() && !matches!(b, b'\'' | b'\r' | b'\n'))
            && (!breaks_allowed || !text.contains(' '))
        {
            // nothing to double, break or fold
            self.put_str(text);
            self.write_indicator("'", false, false, false);
            self.whitespace = false;
            self.indention = false;
            return;
        }
        let mut spaces = false;
        let mut breaks = false;
        let mut chars = text.chars().enumerate().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            if c == ' ' {
                if breaks_allowed
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i != 0
                    && next.is_some()
                    && next != Some(' ')
                {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        if breaks {
            self.write_indent();
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double(&mut self, text: &str, breaks_allowed: bool) {
        self.write_indicator("\"", true, false, false);
        let mut spaces = false;
        let mut chars = text.chars().enumerate().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            if !yaml_printable(c) || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                let short = match c {
                    '\0' => Some('0'),
                    '\x07' => Some('a'),
                    '\x08' => Some('b'),
                    '\t' => Some('t'),
                    '\n' => Some('n'),
                    '\x0b' => Some('v'),
                    '\x0c' => Some('f'),
                    '\r' => Some('r'),
                    '\x1b' => Some('e'),
                    '"' => Some('"'),
                    '\\' => Some('\\'),
                    '\u{85}' => Some('N'),
                    '\u{a0}' => Some('_'),
                    '\u{2028}' => Some('L'),
                    '\u{2029}' => Some('P'),
                    _ => None,
                };
                match short {
                    Some(s) => self.put(s),
                    None => {
                        let u = c as u32;
                        let (letter, digits) = if u <= 0xff {
                            ('x', 2)
                        } else if u <= 0xffff {
                            ('u', 4)
                        } else {
                            ('U', 8)
                        };
                        self.put(letter);
                        for k in (0..digits).rev() {
                            let nibble = (u >> (4 * k)) & 0xf;
                            self.put(
                                char::from_digit(nibble, 16)
                                    .unwrap_or('0')
                                    .to_ascii_uppercase(),
                            );
                        }
                    }
                }
                spaces = false;
            } else if c == ' ' {
                if breaks_allowed && !spaces && self.column > BEST_WIDTH && i != 0 && next.is_some()
                {
                    self.write_indent();
                    if next == Some(' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(s: &str) -> Value {
        serde_json::from_str(s).expect("test document")
    }

    #[test]
    fn printable_ascii_analysis_agrees_with_the_character_analysis() {
        // every string of up to three printable ASCII characters
        let printable: Vec<u8> = (0x20..0x7f).collect();
        let mut text = Vec::new();
        for len in 1..=3u32 {
            for n in 0..printable.len().pow(len) {
                text.clear();
                let mut k = n;
                for _ in 0..len {
                    text.push(printable[k % printable.len()]);
                    k /= printable.len();
                }
                let s = std::str::from_utf8(&text).unwrap();
                assert_eq!(analyze_printable_ascii(&text), analyze_chars(s), "{s:?}");
            }
        }
        // and longer ones made of the characters that matter
        let alphabet = b" -.:#?a'";
        for n in 0..alphabet.len().pow(6) {
            text.clear();
            let mut k = n;
            for _ in 0..6 {
                text.push(alphabet[k % alphabet.len()]);
                k /= alphabet.len();
            }
            let s = std::str::from_utf8(&text).unwrap();
            assert_eq!(analyze_printable_ascii(&text), analyze_chars(s), "{s:?}");
            assert_eq!(analyze(s), analyze_chars(s), "{s:?}");
        }
    }

    #[test]
    fn yaml_quotes_what_would_read_back_as_another_type() {
        let cases: &[(&str, &str)] = &[
            ("plain", "k: plain\n"),
            ("true", "k: 'true'\n"),
            ("True", "k: 'True'\n"),
            ("yes", "k: yes\n"),
            ("no", "k: no\n"),
            ("on", "k: on\n"),
            ("null", "k: 'null'\n"),
            ("~", "k: '~'\n"),
            ("", "k: ''\n"),
            ("123", "k: '123'\n"),
            ("-12", "k: '-12'\n"),
            ("1_000", "k: '1_000'\n"),
            ("0x1F", "k: '0x1F'\n"),
            ("0o17", "k: '0o17'\n"),
            ("017", "k: '017'\n"),
            ("1e3", "k: '1e3'\n"),
            ("1.5", "k: '1.5'\n"),
            (".5", "k: '.5'\n"),
            (".inf", "k: '.inf'\n"),
            ("-.INF", "k: '-.INF'\n"),
            (".nan", "k: '.nan'\n"),
            ("- a", "k: '- a'\n"),
            ("-a", "k: -a\n"),
            ("a: b", "k: 'a: b'\n"),
            ("a:b", "k: a:b\n"),
            ("#x", "k: '#x'\n"),
            ("a #b", "k: 'a #b'\n"),
            ("a#b", "k: a#b\n"),
            ("[x]", "k: '[x]'\n"),
            ("*a", "k: '*a'\n"),
            ("&a", "k: '&a'\n"),
            ("!a", "k: '!a'\n"),
            ("|", "k: '|'\n"),
            (">", "k: '>'\n"),
            ("'q", "k: '''q'\n"),
            (r#""q"#, "k: '\"q'\n"),
            ("%x", "k: '%x'\n"),
            ("@x", "k: '@x'\n"),
            ("`x", "k: '`x'\n"),
            ("---", "k: '---'\n"),
            ("...", "k: '...'\n"),
            ("2020-07-07", "k: '2020-07-07'\n"),
            (
                "2020-07-07T21:32:00.512000+00:00",
                "k: '2020-07-07T21:32:00.512000+00:00'\n",
            ),
            ("2020-7-7 1:02:03", "k: '2020-7-7 1:02:03'\n"),
            ("20200707", "k: '20200707'\n"),
            ("a\nb", "k: 'a\n\n  b'\n"),
            ("trailing ", "k: 'trailing '\n"),
            (" leading", "k: ' leading'\n"),
            ("tab\there", "k: \"tab\\there\"\n"),
            ("ctrl\u{1}", "k: \"ctrl\\x01\"\n"),
            ("café", "k: café\n"),
            ("日本語", "k: 日本語\n"),
            ("emoji 😀", "k: \"emoji \\U0001F600\"\n"),
            ("\u{feff}bom", "k: \"\\uFEFFbom\"\n"),
            ("it's", "k: it's\n"),
            (r#"say "hi""#, "k: say \"hi\"\n"),
            (r#"back\slash"#, "k: back\\slash\n"),
            ("=", "k: '='\n"),
            ("<<", "k: '<<'\n"),
            ("?", "k: '?'\n"),
            ("? a", "k: '? a'\n"),
            (":", "k: ':'\n"),
            ("a:", "k: 'a:'\n"),
            ("1:20", "k: 1:20\n"),
            ("0b101", "k: '0b101'\n"),
            ("+.5", "k: '+.5'\n"),
            ("-", "k: '-'\n"),
            ("a, b", "k: a, b\n"),
            ("x?y", "k: x?y\n"),
            ("a\n b", "k: \"a\\n b\"\n"),
        ];
        for (input, expected) in cases {
            assert_eq!(yaml(&json!({ "k": input })), *expected, "{input:?}");
        }
    }

    #[test]
    fn yaml_folds_long_text_and_prints_scalars_as_json() {
        let words = ["word"; 30].join(" ");
        let numbered: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        assert_eq!(
            yaml(&json!({"k": words, "nested": {"deeper": [numbered.join(" ")]}})),
            "k: word word word word word word word word word word word word word word word word\n  \
             word word word word word word word word word word word word word word\nnested:\n  \
             deeper:\n  - w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 \
             w20 w21\n    w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39\n"
        );
        assert_eq!(
            yaml(&parse(
                r#"[1.5, 1e16, 1e-05, 0.0001, -0.0, 1594157520.512, 18446744073709551615, -9223372036854775808, null, true, false, {}, [], [[]], [{}]]"#
            )),
            "- 1.5\n- 1e+16\n- 1e-05\n- 0.0001\n- -0.0\n- 1594157520.512\n- 18446744073709551615\n\
             - -9223372036854775808\n- null\n- true\n- false\n- {}\n- []\n- - []\n- - {}\n"
        );
        assert_eq!(
            yaml(&json!("a \"quoted\"\n\ttext\u{1} é 😀")),
            "\"a \\\"quoted\\\"\\n\\ttext\\u0001 é 😀\"\n"
        );
        assert_eq!(yaml(&json!(1594157520.512)), "1594157520.512\n");
        assert_eq!(yaml(&json!({})), "");
        assert_eq!(yaml_stream_page(&json!({})), "");
    }
}
