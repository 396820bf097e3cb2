//! The AWS CLI v2 shorthand syntax: parsing one command-line word such as
//! `updateDeviceCertificateParams={action=DEACTIVATE}` into a JSON object, the error texts the
//! AWS CLI v2 prints when that fails, the `@=` "value from file" assignment, and rendering a JSON
//! value back into shorthand.
//!
//! Parsing is purely syntactic: every leaf is a string. Turning `"5"` into a number or `"true"`
//! into a boolean, or a single value into a one-element list, is left to the caller, who knows
//! the parameter's model.
//!
//! Grammar, as the AWS CLI v2 accepts it:
//!
//! * `key=value` pairs separated by commas. Keys are made of ASCII letters, digits and
//!   `-_.#/:` (a key may be empty). A top-level key may appear only once.
//! * A top-level value is a word (`k=abc`), a comma list without brackets (`k=a,b,c`), an
//!   explicit list (`k=[a,b]`), a structure (`k={a=b}`), a quoted string, or nothing (`k=`).
//! * Inside brackets and braces values are words, quoted strings, lists or structures; a
//!   trailing comma is allowed. A key repeated inside braces keeps its last value.
//! * Words may contain `\,` for a literal comma; trailing whitespace is dropped.
//! * `'...'` and `"..."` strings: `\'` (resp. `\"`) is the quote character and `\\` is one
//!   backslash; any other backslash is kept as is.
//! * `key@=value` loads the value from a file when it starts with `file://` or `fileb://`.
//! * `<` is an ordinary char: `k=<a=b>` is the word `<a=b>`, as in v2.
//!
//! Parsing runs in time linear in the input and nests at most [`MAX_NESTING_DEPTH`] levels.

use crate::input::paramfile;
use serde_json::{Map, Value};
use std::fmt;

/// Deepest nesting of `[...]` and `{...}` that [`parse`] accepts.
pub const MAX_NESTING_DEPTH: usize = 100;

/// Kind of a [`ParseError`], which also decides how the AWS CLI v2 presents it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// Malformed input. v2 prints
    /// `An error occurred (ParamValidation): Error parsing parameter '<flag>': <describe()>`
    /// and exits with 252.
    Syntax,
    /// A top-level key given twice. Presented like [`ParseErrorKind::Syntax`].
    DuplicateKey { key: String },
    /// A `file://` or `fileb://` value after `@=` could not be read. v2 prints only
    /// `<describe()>` (the loader's message) after `aws: [ERROR]: ` and exits with 255.
    FileLoad { message: String },
    /// Nesting deeper than [`MAX_NESTING_DEPTH`]. v2 (whose limit is Python's recursion limit)
    /// prints `maximum recursion depth exceeded` after `aws: [ERROR]: ` and exits with 255.
    TooDeep,
}

/// Why a shorthand expression could not be parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// What was expected, quoted the way the AWS CLI words it: `'='`, `','`, `'<second>'`.
    pub expected: String,
    /// What was found instead, quoted: `'EOF'`, `'x'`, `'<none>'`.
    pub received: String,
    /// The whole input.
    pub input: String,
    /// Index, in chars, of the failure.
    pub index: usize,
    /// Which kind of failure this is.
    pub kind: ParseErrorKind,
}

impl ParseError {
    /// The AWS CLI v2 text that follows `Error parsing parameter '--flag': ` (for
    /// [`ParseErrorKind::Syntax`] and [`ParseErrorKind::DuplicateKey`]), or the whole message
    /// (for the other kinds).
    pub fn describe(&self) -> String {
        match &self.kind {
            ParseErrorKind::Syntax => format!(
                "Expected: {}, received: {} for input:\n {}",
                self.expected,
                self.received,
                error_location(&self.input, self.index)
            ),
            ParseErrorKind::DuplicateKey { key } => format!(
                "Second instance of key \"{key}\" encountered for input:\n{}\n\
                 This is often because there is a preceding \",\" instead of a space.",
                error_location(&self.input, self.index)
            ),
            ParseErrorKind::FileLoad { message } => message.clone(),
            ParseErrorKind::TooDeep => "maximum recursion depth exceeded".to_string(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

impl std::error::Error for ParseError {}

/// The input with a caret under the failing char: the line holding the failure is followed by
/// a caret line, then the rest of the input. The caret column counts chars from the start of
/// the failing line, or from the start of the input when it is on the first line (where v2's
/// message prefixes the input with one space, so the caret lands one column to the left).
fn error_location(input: &str, index: usize) -> String {
    let chars: Vec<char> = input.chars().collect();
    let index = index.min(chars.len());
    let column = match chars[..index].iter().rposition(|&c| c == '\n') {
        Some(newline) => index - newline - 1,
        None => index,
    };
    let line_end = chars[index..]
        .iter()
        .position(|&c| c == '\n')
        .map_or(chars.len(), |offset| index + offset);
    let consumed: String = chars[..line_end].iter().collect();
    let remaining: String = chars[line_end..].iter().collect();
    format!("{consumed}\n{}^{remaining}", " ".repeat(column))
}

/// Parses one shorthand expression into a JSON object whose leaves are strings, arrays and
/// objects. Values assigned with `@=` that start with `file://` or `fileb://` are replaced by
/// the file's content, as [`paramfile::load_text`] reads it.
pub fn parse(input: &str) -> Result<Value, ParseError> {
    parse_with(input, &paramfile::load_text)
}

/// Like [`parse`], with the caller deciding what a value assigned with `@=` becomes: `load` is
/// called with the value and returns `Ok(Some(content))` to replace it, `Ok(None)` to keep it,
/// or `Err(message)` to fail with [`ParseErrorKind::FileLoad`].
pub fn parse_with(
    input: &str,
    load: &dyn Fn(&str) -> Result<Option<String>, String>,
) -> Result<Value, ParseError> {
    let mut parser = Parser {
        chars: input.chars().collect(),
        pos: 0,
        resolve_files: false,
        depth: 0,
        load,
    };
    parser
        .parameter()
        .map(Value::Object)
        .map_err(|fail| ParseError {
            expected: fail.expected,
            received: fail.received,
            input: input.to_string(),
            index: fail.index,
            kind: fail.kind,
        })
}

/// A parse failure before the input is attached (failures inside a comma list without brackets
/// are recovered from, so they must stay cheap).
struct Fail {
    kind: ParseErrorKind,
    expected: String,
    received: String,
    index: usize,
}

type Step<T> = Result<T, Fail>;

/// Whitespace skipped around `=`, `,` and brackets.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')
}

/// Whitespace allowed inside words and trimmed from their end (Unicode spaces, plus the
/// information separators U+001C..U+001F): Python's `str.isspace`.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '#' | '/' | ':')
}

/// First char of an unquoted word. Chars beyond U+FFFF never belong to an unquoted word.
fn is_word_start(c: char) -> bool {
    matches!(c,
        '!' | '#'..='&' | '('..='+' | '-'..='<' | '>'..='Z' | '\\'..='z' | '|'..='\u{ffff}')
}

/// Later char of a word that is a value of its own (a whole value, a list element or a
/// structure member): everything but quotes, `,`, `]` and `}`.
fn is_word_char(c: char) -> bool {
    is_space(c)
        || matches!(c,
            '!' | '#'..='&' | '('..='+' | '-'..='\\' | '^'..='|' | '~'..='\u{ffff}')
}

/// Later char of a word after the first comma of a comma list without brackets: everything
/// but quotes, `,` and `=`.
fn is_list_word_char(c: char) -> bool {
    is_space(c) || matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='<' | '>'..='\u{ffff}')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum WordKind {
    /// A value of its own.
    Value,
    /// An element after the first comma of a comma list without brackets.
    ListElement,
}

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    /// Whether values are loaded through `load`. Set by each key: true after `@=`, false
    /// after `=`; it stays in force after a nested structure ends, as in v2.
    resolve_files: bool,
    depth: usize,
    load: &'a dyn Fn(&str) -> Result<Option<String>, String>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn skip_blanks(&mut self) {
        while self.peek().is_some_and(is_blank) {
            self.pos += 1;
        }
    }

    fn text(&self, start: usize, end: usize) -> String {
        self.chars
            .get(start..end)
            .map(|slice| slice.iter().collect())
            .unwrap_or_default()
    }

    /// `expected` was wanted at the current position.
    fn unexpected(&self, expected: char) -> Fail {
        Fail {
            kind: ParseErrorKind::Syntax,
            expected: format!("'{expected}'"),
            received: match self.peek() {
                Some(c) => format!("'{c}'"),
                None => "'EOF'".to_string(),
            },
            index: self.pos,
        }
    }

    /// Nothing of the form `what` starts at the current position.
    fn no_match(&self, what: &str) -> Fail {
        Fail {
            kind: ParseErrorKind::Syntax,
            expected: format!("'<{what}>'"),
            received: "'<none>'".to_string(),
            index: self.pos,
        }
    }

    fn expect(&mut self, wanted: char, around_blanks: bool) -> Step<()> {
        if around_blanks {
            self.skip_blanks();
        }
        if self.peek() != Some(wanted) {
            return Err(self.unexpected(wanted));
        }
        self.pos += 1;
        if around_blanks {
            self.skip_blanks();
        }
        Ok(())
    }

    /// After a key: `@=` or `=`, with blanks allowed around both.
    fn assignment(&mut self) -> Step<()> {
        self.skip_blanks();
        self.resolve_files = self.peek() == Some('@');
        if self.resolve_files {
            self.pos += 1;
            self.skip_blanks();
        }
        self.expect('=', true)
    }

    fn enter(&mut self) -> Step<()> {
        if self.depth >= MAX_NESTING_DEPTH {
            return Err(Fail {
                kind: ParseErrorKind::TooDeep,
                expected: format!("'<at most {MAX_NESTING_DEPTH} levels of nesting>'"),
                received: match self.peek() {
                    Some(c) => format!("'{c}'"),
                    None => "'EOF'".to_string(),
                },
                index: self.pos,
            });
        }
        self.depth += 1;
        Ok(())
    }

    /// A value assigned with `@=` goes through the loader.
    fn resolve(&self, value: String, start: usize) -> Step<String> {
        if !self.resolve_files {
            return Ok(value);
        }
        match (self.load)(&value) {
            Ok(Some(content)) => Ok(content),
            Ok(None) => Ok(value),
            Err(message) => Err(Fail {
                kind: ParseErrorKind::FileLoad { message },
                expected: "'<readable file>'".to_string(),
                received: format!("'{value}'"),
                index: start,
            }),
        }
    }

    /// The whole input: `key=values` pairs separated by commas.
    fn parameter(&mut self) -> Step<Map<String, Value>> {
        let mut params = Map::new();
        let (key, value) = self.key_values()?;
        params.insert(key, value);
        let mut pair_end = self.pos;
        while !self.at_eof() {
            self.expect(',', true)?;
            let (key, value) = self.key_values()?;
            if params.contains_key(&key) {
                return Err(Fail {
                    kind: ParseErrorKind::DuplicateKey { key: key.clone() },
                    expected: "'<unique key>'".to_string(),
                    received: format!("'{key}'"),
                    index: pair_end + 1,
                });
            }
            params.insert(key, value);
            pair_end = self.pos;
        }
        Ok(params)
    }

    fn key_values(&mut self) -> Step<(String, Value)> {
        let key = self.key();
        self.assignment()?;
        let value = self.values()?;
        Ok((key, value))
    }

    fn key(&mut self) -> String {
        let start = self.pos;
        while self.peek().is_some_and(is_key_char) {
            self.pos += 1;
        }
        self.text(start, self.pos)
    }

    /// A top-level value.
    fn values(&mut self) -> Step<Value> {
        match self.peek() {
            None => Ok(Value::String(String::new())),
            Some('[') => self.list(),
            Some('{') => self.structure(),
            Some(_) => self.comma_list(),
        }
    }

    /// A single value, or a comma list without brackets. A comma followed by something that
    /// turns out to be the next `key=` ends the list there.
    fn comma_list(&mut self) -> Step<Value> {
        let first = self.single_value()?;
        self.skip_blanks();
        if self.peek() != Some(',') {
            return Ok(Value::String(first));
        }
        self.expect(',', true)?;
        let mut items = vec![Value::String(first)];
        loop {
            match self.list_element() {
                Ok((item, done)) => {
                    items.push(Value::String(item));
                    if done {
                        break;
                    }
                }
                Err(fail) if fail.kind == ParseErrorKind::Syntax && !self.at_eof() => {
                    // Not an element: give the text back, up to the last comma.
                    while self.pos > 0 && self.chars.get(self.pos) != Some(&',') {
                        self.pos -= 1;
                    }
                    break;
                }
                Err(fail) => return Err(fail),
            }
        }
        if items.len() == 1 {
            Ok(items.pop().unwrap_or_default())
        } else {
            Ok(Value::Array(items))
        }
    }

    /// One element after a comma of a comma list, and the comma after it; `true` when the
    /// input ends after the element.
    fn list_element(&mut self) -> Step<(String, bool)> {
        let item = match self.peek() {
            Some(quote @ ('\'' | '"')) => self.quoted(quote)?,
            _ => {
                let start = self.pos;
                match self.word(WordKind::ListElement) {
                    Some(word) => self.resolve(word, start)?,
                    None => return Err(self.no_match("second")),
                }
            }
        };
        self.skip_blanks();
        if self.at_eof() {
            return Ok((item, true));
        }
        self.expect(',', true)?;
        Ok((item, false))
    }

    /// A list element or structure member: a list, a structure or a single value.
    fn element(&mut self) -> Step<Value> {
        match self.peek() {
            Some('[') => self.list(),
            Some('{') => self.structure(),
            _ => self.single_value().map(Value::String),
        }
    }

    /// A quoted string or a word; nothing at all is the empty string.
    fn single_value(&mut self) -> Step<String> {
        match self.peek() {
            Some(quote @ ('\'' | '"')) => self.quoted(quote),
            _ => {
                let start = self.pos;
                match self.word(WordKind::Value) {
                    Some(word) => self.resolve(word, start),
                    None => Ok(String::new()),
                }
            }
        }
    }

    /// An unquoted word with `\,` turned into `,` and trailing whitespace removed; `None`
    /// (consuming nothing) when no word starts here.
    fn word(&mut self, kind: WordKind) -> Option<String> {
        let start = self.pos;
        let mut escaped_comma = false;
        while let Some(c) = self.peek() {
            if c == '\\' && self.chars.get(self.pos + 1) == Some(&',') {
                escaped_comma = true;
                self.pos += 2;
                continue;
            }
            let allowed = if self.pos == start {
                is_word_start(c)
            } else if kind == WordKind::ListElement {
                is_list_word_char(c)
            } else {
                is_word_char(c)
            };
            if !allowed {
                break;
            }
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        let mut word = self.text(start, self.pos);
        if escaped_comma {
            word = word.replace("\\,", ",");
        }
        let kept = word.trim_end_matches(is_space).len();
        word.truncate(kept);
        Some(word)
    }

    /// A string in `quote`s. Inside, a backslash before the quote char does not end the
    /// string. When no unescaped quote char follows, the string ends at the last escaped one
    /// (v2 behaves so). Then `\<quote>` becomes the quote and `\\` a single backslash.
    fn quoted(&mut self, quote: char) -> Step<String> {
        let start = self.pos;
        let mut i = start + 1;
        let mut last_escaped = None;
        let mut end = None;
        while let Some(&c) = self.chars.get(i) {
            if c == '\\' && self.chars.get(i + 1) == Some(&quote) {
                last_escaped = Some(i + 1);
                i += 2;
            } else if c == quote {
                end = Some(i);
                break;
            } else {
                i += 1;
            }
        }
        let Some(end) = end.or(last_escaped) else {
            return Err(self.no_match(if quote == '\'' {
                "singled quoted"
            } else {
                "double quoted"
            }));
        };
        let raw = self.text(start + 1, end);
        self.pos = end + 1;
        let value = raw
            .replace(&format!("\\{quote}"), &quote.to_string())
            .replace("\\\\", "\\");
        self.resolve(value, start)
    }

    /// `[` elements separated by commas `]`.
    fn list(&mut self) -> Step<Value> {
        self.enter()?;
        self.expect('[', true)?;
        let mut items = Vec::new();
        while self.peek() != Some(']') {
            items.push(self.element()?);
            self.skip_blanks();
            if self.peek() != Some(']') {
                self.expect(',', false)?;
                self.skip_blanks();
            }
        }
        self.expect(']', false)?;
        self.depth -= 1;
        Ok(Value::Array(items))
    }

    /// `{`, `key=element` members separated by commas, `}`.
    fn structure(&mut self) -> Step<Value> {
        self.enter()?;
        self.expect('{', true)?;
        let mut members = Map::new();
        while self.peek() != Some('}') {
            let key = self.key();
            self.assignment()?;
            let value = self.element()?;
            self.skip_blanks();
            if self.peek() != Some('}') {
                self.expect(',', false)?;
                self.skip_blanks();
            }
            members.insert(key, value);
        }
        self.expect('}', false)?;
        self.depth -= 1;
        Ok(Value::Object(members))
    }
}

/// Renders a JSON value as shorthand that [`parse`] (and the AWS CLI v2) reads back to the
/// same structure, with numbers and booleans as strings. An object renders as `k=v` pairs
/// (the top level of a CLI word); anything else as a single value. Object members whose value
/// is null are left out; null list elements render as `''`.
///
/// Limits of the syntax itself: keys are written as they are, so only keys made of ASCII
/// letters, digits and `-_.#/:` read back. A quoted string cannot end with a backslash (the
/// backslash escapes the closing quote); such a string reads back only because v2 then ends it
/// at the last escaped quote, so its quote char is chosen among those that do not occur later
/// in the output, and it does not read back when both do. Strings ending with a backslash are
/// written unquoted whenever possible.
#[allow(dead_code)] // part of the API even where nothing renders yet
pub fn render(value: &Value) -> String {
    let mut out = Backwards::default();
    match value {
        Value::Object(members) => render_members(members, &mut out),
        other => render_value(other, &mut out),
    }
    out.finish()
}

/// Output built from its end, so that each string knows which quote chars follow it.
#[derive(Default)]
struct Backwards {
    pieces: Vec<String>,
    single_after: bool,
    double_after: bool,
}

impl Backwards {
    fn push(&mut self, piece: String) {
        self.single_after |= piece.contains('\'');
        self.double_after |= piece.contains('"');
        self.pieces.push(piece);
    }

    fn finish(self) -> String {
        self.pieces.into_iter().rev().collect()
    }
}

fn render_members(members: &Map<String, Value>, out: &mut Backwards) {
    let present: Vec<(&String, &Value)> = members
        .iter()
        .filter(|(_, value)| !value.is_null())
        .collect();
    for (index, (key, value)) in present.into_iter().enumerate().rev() {
        render_value(value, out);
        out.push(if index == 0 {
            format!("{key}=")
        } else {
            format!(",{key}=")
        });
    }
}

fn render_value(value: &Value, out: &mut Backwards) {
    match value {
        Value::Null => out.push("''".to_string()),
        Value::Bool(flag) => out.push(flag.to_string()),
        Value::Number(number) => {
            let text = render_string(&number.to_string(), out);
            out.push(text);
        }
        Value::String(text) => {
            let text = render_string(text, out);
            out.push(text);
        }
        Value::Array(items) => {
            out.push("]".to_string());
            for (index, item) in items.iter().enumerate().rev() {
                render_value(item, out);
                if index > 0 {
                    out.push(",".to_string());
                }
            }
            out.push("[".to_string());
        }
        Value::Object(members) => {
            out.push("}".to_string());
            render_members(members, out);
            out.push("{".to_string());
        }
    }
}

/// Chars written unquoted by [`render`]: a conservative subset of what a word may hold.
fn is_plain_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            '-' | '_'
                | '.'
                | ':'
                | '/'
                | '@'
                | '+'
                | '*'
                | '#'
                | '$'
                | '%'
                | '&'
                | '!'
                | '?'
                | ';'
                | '^'
                | '|'
                | '~'
                | '('
                | ')'
                | '='
                | '\\'
        )
        || (('\u{a1}'..='\u{ffff}').contains(&c) && !is_space(c))
}

/// One string value; `out` holds what follows it.
fn render_string(text: &str, out: &Backwards) -> String {
    let first_ok = text
        .chars()
        .next()
        .is_some_and(|c| is_plain_char(c) && c != '=');
    if first_ok && text.chars().all(is_plain_char) {
        // A trailing backslash would escape the comma after the value; a blank in between
        // is dropped again when reading.
        return if text.ends_with('\\') {
            format!("{text} ")
        } else {
            text.to_string()
        };
    }
    if text.ends_with('\\') && word_with_escaped_commas(text) {
        return format!("{} ", text.replace(',', "\\,"));
    }
    let quote = if text.ends_with('\\') {
        // Read back only if this quote char does not occur later.
        if out.single_after && !out.double_after {
            '"'
        } else {
            '\''
        }
    } else if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let escaped = text
        .replace('\\', "\\\\")
        .replace(quote, &format!("\\{quote}"));
    format!("{quote}{escaped}{quote}")
}

/// Whether `text` reads back as an unquoted word once its commas are written `\,`.
fn word_with_escaped_commas(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let last = text.chars().last().unwrap_or(first);
    (is_word_start(first) || first == ',')
        && !matches!(first, '[' | '{' | '<' | ']' | '}' | '>')
        && !is_space(first)
        && !is_space(last)
        && !text.contains("\\,")
        && chars.all(|c| c == ',' || is_word_char(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn no_files(_: &str) -> Result<Option<String>, String> {
        Ok(None)
    }

    fn ok(input: &str) -> Value {
        match parse_with(input, &no_files) {
            Ok(value) => value,
            Err(error) => panic!("{input:?} failed: {error}"),
        }
    }

    fn err(input: &str) -> ParseError {
        match parse_with(input, &no_files) {
            Ok(value) => panic!("{input:?} parsed as {value}"),
            Err(error) => error,
        }
    }

    /// Asserts the text v2 prints after "Error parsing parameter '--flag': ".
    fn assert_v2_error(input: &str, v2_text: &str) {
        let error = err(input);
        assert_eq!(error.describe(), v2_text, "input {input:?}");
        assert_eq!(error.to_string(), v2_text);
        assert_eq!(error.input, input);
    }

    /// Keys of an object in order, to check that order is kept.
    fn keys(value: &Value) -> Vec<String> {
        value
            .as_object()
            .map(|members| members.keys().cloned().collect())
            .unwrap_or_default()
    }

    // ---- pairs and keys ----

    #[test]
    fn single_pair_parses_to_string() {
        assert_eq!(ok("a=b"), json!({"a": "b"}));
    }

    #[test]
    fn pairs_keep_input_order() {
        let value = ok("zeta=1,alpha=2,mid=3");
        assert_eq!(keys(&value), ["zeta", "alpha", "mid"]);
    }

    #[test]
    fn keys_may_hold_dash_underscore_dot_hash_slash_colon() {
        assert_eq!(ok("a-b_c.d#e/f:g=v"), json!({"a-b_c.d#e/f:g": "v"}));
    }

    #[test]
    fn empty_key_is_accepted() {
        assert_eq!(ok("=v"), json!({"": "v"}));
    }

    #[test]
    fn blanks_around_equals_and_commas_are_skipped() {
        assert_eq!(ok("k = v , m = w"), json!({"k": "v", "m": "w"}));
        assert_eq!(ok("k=\t[a]"), json!({"k": ["a"]}));
    }

    #[test]
    fn newlines_after_commas_separate_pairs() {
        assert_eq!(
            ok("a=b,\nc=d,\n  e=f"),
            json!({"a": "b", "c": "d", "e": "f"})
        );
    }

    #[test]
    fn pair_on_next_line_without_comma_is_part_of_the_word() {
        assert_eq!(ok("a=b\nc=d"), json!({"a": "b\nc=d"}));
    }

    // ---- top-level values ----

    #[test]
    fn empty_value_is_empty_string() {
        assert_eq!(ok("k="), json!({"k": ""}));
        assert_eq!(ok("k=,m=n"), json!({"k": "", "m": "n"}));
        assert_eq!(ok("k= ,m="), json!({"k": "", "m": ""}));
    }

    #[test]
    fn comma_list_without_brackets_becomes_list() {
        assert_eq!(ok("k=a,b,c"), json!({"k": ["a", "b", "c"]}));
        assert_eq!(ok("k= a , b ,c"), json!({"k": ["a", "b", "c"]}));
        assert_eq!(ok("k=a b,c d,e"), json!({"k": ["a b", "c d", "e"]}));
    }

    #[test]
    fn comma_list_ends_before_the_next_key() {
        assert_eq!(ok("k=a,b=c=d"), json!({"k": "a", "b": "c=d"}));
        assert_eq!(ok("k=a,b,c=d,e"), json!({"k": ["a", "b"], "c": ["d", "e"]}));
    }

    #[test]
    fn comma_list_may_hold_quoted_elements() {
        assert_eq!(ok("k=a,\"b,c\""), json!({"k": ["a", "b,c"]}));
    }

    #[test]
    fn comma_list_gives_back_up_to_an_escaped_comma_like_v2() {
        // v2 returns to the last comma before the failure, even an escaped one.
        assert_eq!(ok("a=b,c\\,d=e"), json!({"a": "b", "d": "e"}));
    }

    #[test]
    fn word_may_hold_equals_and_opening_brackets() {
        assert_eq!(ok("k=x=y"), json!({"k": "x=y"}));
        assert_eq!(ok("k=a[b{c"), json!({"k": "a[b{c"}));
    }

    #[test]
    fn word_may_start_with_closing_bracket_like_v2() {
        assert_eq!(ok("k=}"), json!({"k": "}"}));
        assert_eq!(ok("k=]"), json!({"k": "]"}));
        assert_eq!(ok("k={a=}}"), json!({"k": {"a": "}"}}));
    }

    #[test]
    fn word_punctuation_and_non_ascii_are_kept() {
        assert_eq!(ok("k=@x,m=!y"), json!({"k": "@x", "m": "!y"}));
        assert_eq!(
            ok("arn=arn:aws:iam::123456789012:role/R,n=héllo wörld"),
            json!({"arn": "arn:aws:iam::123456789012:role/R", "n": "héllo wörld"})
        );
    }

    #[test]
    fn trailing_whitespace_of_word_is_dropped_including_unicode_spaces() {
        assert_eq!(ok("k=a b ,c"), json!({"k": ["a b", "c"]}));
        assert_eq!(ok("k=a\u{a0}\u{3000}"), json!({"k": "a"}));
        assert_eq!(ok("k= \u{a0}x\u{a0} ,y"), json!({"k": ["\u{a0}x", "y"]}));
    }

    #[test]
    fn escaped_comma_in_word_is_a_comma() {
        assert_eq!(ok("k=a\\,b"), json!({"k": "a,b"}));
        assert_eq!(ok("k=a\\,b,c\\,d"), json!({"k": ["a,b", "c,d"]}));
        assert_eq!(ok("k=[a\\,b]"), json!({"k": ["a,b"]}));
    }

    #[test]
    fn other_backslashes_in_word_are_kept() {
        assert_eq!(ok("k=a\\b\\"), json!({"k": "a\\b\\"}));
    }

    // ---- lists ----

    #[test]
    fn explicit_list_parses_elements() {
        assert_eq!(ok("k=[a,b]"), json!({"k": ["a", "b"]}));
        assert_eq!(ok("k=[]"), json!({"k": []}));
    }

    #[test]
    fn explicit_list_nests_lists_and_structures() {
        assert_eq!(
            ok("k=[ a , [b] , {c=d} , ]"),
            json!({"k": ["a", ["b"], {"c": "d"}]})
        );
        assert_eq!(ok("k=[[a,b],[c]]"), json!({"k": [["a", "b"], ["c"]]}));
        assert_eq!(
            ok("k=[{a=b},{c=d}]"),
            json!({"k": [{"a": "b"}, {"c": "d"}]})
        );
    }

    #[test]
    fn explicit_list_keeps_empty_elements() {
        assert_eq!(ok("k=[,,,]"), json!({"k": ["", "", ""]}));
    }

    #[test]
    fn explicit_list_elements_may_hold_equals() {
        assert_eq!(ok("k=[a=b]"), json!({"k": ["a=b"]}));
    }

    // ---- structures ----

    #[test]
    fn structure_parses_members() {
        assert_eq!(
            ok("k={a=[1,2],b={c=d},c='x,y',d=\"q\\\"r\"}"),
            json!({"k": {"a": ["1", "2"], "b": {"c": "d"}, "c": "x,y", "d": "q\"r"}})
        );
        assert_eq!(ok("k={}"), json!({"k": {}}));
    }

    #[test]
    fn structure_allows_blanks_and_trailing_comma() {
        assert_eq!(
            ok("k={ a = b , c = d , }"),
            json!({"k": {"a": "b", "c": "d"}})
        );
    }

    #[test]
    fn structure_keeps_last_of_repeated_keys_like_v2() {
        let value = ok("k={a=1,b=2,a=3}");
        assert_eq!(value, json!({"k": {"a": "3", "b": "2"}}));
        assert_eq!(keys(&value["k"]), ["a", "b"]);
    }

    #[test]
    fn structure_member_may_be_empty_before_comma() {
        assert_eq!(ok("k={a=,}"), json!({"k": {"a": ""}}));
    }

    // ---- quoted strings ----

    #[test]
    fn quoted_strings_unescape_their_quote_and_backslash() {
        assert_eq!(
            ok("k='it\\'s',m=\"say \\\"hi\\\"\",n='back\\\\slash',o='keep\\n'"),
            json!({"k": "it's", "m": "say \"hi\"", "n": "back\\slash", "o": "keep\\n"})
        );
        assert_eq!(ok("k='\\\\'"), json!({"k": "\\"}));
    }

    #[test]
    fn quoted_strings_keep_commas_spaces_and_other_quote() {
        assert_eq!(ok("k=\"a'b\""), json!({"k": "a'b"}));
        assert_eq!(ok("k='a\"b'"), json!({"k": "a\"b"}));
        assert_eq!(ok("k=[\"a,b\",'c']"), json!({"k": ["a,b", "c"]}));
        assert_eq!(ok("k=' a '"), json!({"k": " a "}));
        assert_eq!(ok("k='😀'"), json!({"k": "😀"}));
    }

    #[test]
    fn quoted_string_may_be_followed_by_blanks() {
        assert_eq!(ok("k='a' ,m=n"), json!({"k": "a", "m": "n"}));
    }

    #[test]
    fn quoted_empty_string_is_empty() {
        assert_eq!(ok("k='',m=\"\""), json!({"k": "", "m": ""}));
    }

    #[test]
    fn unterminated_quote_ends_at_last_escaped_quote_like_v2() {
        assert_eq!(ok("k='ab\\'"), json!({"k": "ab\\"}));
        assert_v2_error(
            "k='abc\\'def",
            "Expected: ',', received: 'd' for input:\n k='abc\\'def\n        ^",
        );
        assert_v2_error(
            "k='\\'\\'x",
            "Expected: ',', received: 'x' for input:\n k='\\'\\'x\n       ^",
        );
    }

    // ---- angle brackets ----

    #[test]
    fn angle_brackets_are_ordinary_chars_like_v2() {
        assert_eq!(ok("k=<a=b>"), json!({"k": "<a=b>"}));
        assert_eq!(ok("k=<a=b,c=d>"), json!({"k": "<a=b", "c": "d>"}));
        assert_eq!(ok("k=[<a=b>, <c=d>]"), json!({"k": ["<a=b>", "<c=d>"]}));
        assert_eq!(ok("k={a=<b=c>}"), json!({"k": {"a": "<b=c>"}}));
        assert_eq!(ok("k=<>"), json!({"k": "<>"}));
        assert_eq!(ok("k=<a=b"), json!({"k": "<a=b"}));
        assert_eq!(ok("k=a<b>c"), json!({"k": "a<b>c"}));
        assert_eq!(ok("k=a,<b>"), json!({"k": ["a", "<b>"]}));
        assert_eq!(ok("k={a=b>}"), json!({"k": {"a": "b>"}}));
        assert_v2_error(
            "k=<a=b}",
            "Expected: ',', received: '}' for input:\n k=<a=b}\n      ^",
        );
    }

    // ---- @= (value from file) ----

    fn fake_files(value: &str) -> Result<Option<String>, String> {
        match value {
            "file://act.txt" => Ok(Some("DEACTIVATE".to_string())),
            "file://one.txt" => Ok(Some("x".to_string())),
            "file://bad" => Err("Unable to load paramfile file://bad: boom".to_string()),
            _ if value.starts_with("file://") => Err(format!("no file {value}")),
            _ => Ok(None),
        }
    }

    fn with_files(input: &str) -> Option<Value> {
        parse_with(input, &fake_files).ok()
    }

    #[test]
    fn at_equals_loads_file_values() {
        assert_eq!(
            with_files("k@=file://act.txt"),
            Some(json!({"k": "DEACTIVATE"}))
        );
        assert_eq!(
            with_files("k @ = file://act.txt "),
            Some(json!({"k": "DEACTIVATE"}))
        );
        assert_eq!(
            with_files("k@='file://act.txt'"),
            Some(json!({"k": "DEACTIVATE"}))
        );
        assert_eq!(
            with_files("k@=file://act.txt,file://one.txt"),
            Some(json!({"k": ["DEACTIVATE", "x"]}))
        );
        assert_eq!(
            with_files("k={a@=file://act.txt}"),
            Some(json!({"k": {"a": "DEACTIVATE"}}))
        );
    }

    #[test]
    fn at_equals_keeps_values_without_file_prefix() {
        assert_eq!(with_files("k@=plain"), Some(json!({"k": "plain"})));
        assert_eq!(
            with_files("k@=FILE://act.txt"),
            Some(json!({"k": "FILE://act.txt"}))
        );
    }

    #[test]
    fn plain_equals_never_loads_files() {
        assert_eq!(
            with_files("k=file://act.txt"),
            Some(json!({"k": "file://act.txt"}))
        );
        assert_eq!(
            with_files("k@={a=file://act.txt}"),
            Some(json!({"k": {"a": "file://act.txt"}}))
        );
    }

    #[test]
    fn at_equals_mode_follows_last_key_seen_like_v2() {
        // v2 decides per key and keeps the decision of the last key seen, also after the
        // structure holding that key has ended.
        assert_eq!(
            with_files("k@=[file://act.txt,{b=c},file://act.txt]"),
            Some(json!({"k": ["DEACTIVATE", {"b": "c"}, "file://act.txt"]}))
        );
        assert_eq!(
            with_files("k=[{b@=file://act.txt},file://act.txt]"),
            Some(json!({"k": [{"b": "DEACTIVATE"}, "DEACTIVATE"]}))
        );
    }

    #[test]
    fn at_equals_loads_comma_list_element_that_turns_out_to_be_next_key_like_v2() {
        assert_eq!(
            with_files("k@=a,file://one.txt=1"),
            Some(json!({"k": "a", "file://one.txt": "1"}))
        );
        let error = parse_with("k@=a,file://gone=1", &fake_files).err();
        assert_eq!(
            error.map(|e| (e.describe(), e.kind)),
            Some((
                "no file file://gone".to_string(),
                ParseErrorKind::FileLoad {
                    message: "no file file://gone".to_string()
                }
            ))
        );
    }

    #[test]
    fn at_equals_load_failure_is_file_load_error() {
        let error = parse_with("k@=file://bad", &fake_files).err();
        let error = error.expect("must fail");
        assert_eq!(
            error.kind,
            ParseErrorKind::FileLoad {
                message: "Unable to load paramfile file://bad: boom".into()
            }
        );
        assert_eq!(
            error.describe(),
            "Unable to load paramfile file://bad: boom"
        );
        assert_eq!(error.index, 3);
    }

    #[test]
    fn at_without_equals_is_missing_equals_like_v2() {
        assert_v2_error("k@", "Expected: '=', received: 'EOF' for input:\n k@\n  ^");
        assert_v2_error("k@x", "Expected: '=', received: 'x' for input:\n k@x\n  ^");
        assert_v2_error(
            "k@@=v",
            "Expected: '=', received: '@' for input:\n k@@=v\n  ^",
        );
    }

    #[test]
    fn parse_reads_files_and_normalizes_text_line_ends() {
        let path = std::env::temp_dir().join(format!("shorthand-{}-crlf.txt", std::process::id()));
        std::fs::write(&path, b"a\r\nb\rc").expect("temp file");
        let path = path.to_string_lossy().into_owned();
        let input = format!("k@=file://{path},m@=fileb://{path}");
        assert_eq!(parse(&input), Ok(json!({"k": "a\nb\nc", "m": "a\r\nb\rc"})));
        let _ = std::fs::remove_file(path);
    }

    // ---- error texts, recorded from aws-cli/2.36.7 ----

    #[test]
    fn missing_equals_error_matches_v2() {
        assert_v2_error(
            "abc",
            "Expected: '=', received: 'EOF' for input:\n abc\n   ^",
        );
        assert_v2_error("", "Expected: '=', received: 'EOF' for input:\n \n^");
        assert_v2_error("[a]", "Expected: '=', received: '[' for input:\n [a]\n^");
        assert_v2_error(
            "k={a}",
            "Expected: '=', received: '}' for input:\n k={a}\n    ^",
        );
    }

    #[test]
    fn unterminated_brace_error_matches_v2() {
        assert_v2_error(
            "k={a=b",
            "Expected: ',', received: 'EOF' for input:\n k={a=b\n      ^",
        );
        assert_v2_error(
            "k={",
            "Expected: '=', received: 'EOF' for input:\n k={\n   ^",
        );
        assert_v2_error(
            "k={a=b,",
            "Expected: '=', received: 'EOF' for input:\n k={a=b,\n       ^",
        );
        assert_v2_error(
            "k={a=}",
            "Expected: ',', received: 'EOF' for input:\n k={a=}\n      ^",
        );
        assert_v2_error(
            "updateDeviceCertificateParams={action=DEACTIVATE",
            "Expected: ',', received: 'EOF' for input:\n \
             updateDeviceCertificateParams={action=DEACTIVATE\n\
             \x20                                               ^",
        );
    }

    #[test]
    fn unterminated_bracket_error_matches_v2() {
        assert_v2_error(
            "k=[a,b",
            "Expected: ',', received: 'EOF' for input:\n k=[a,b\n      ^",
        );
        assert_v2_error(
            "k=[",
            "Expected: ',', received: 'EOF' for input:\n k=[\n   ^",
        );
    }

    #[test]
    fn unterminated_quote_error_matches_v2() {
        assert_v2_error(
            "k='abc",
            "Expected: '<singled quoted>', received: '<none>' for input:\n k='abc\n  ^",
        );
        assert_v2_error(
            "k=\"abc",
            "Expected: '<double quoted>', received: '<none>' for input:\n k=\"abc\n  ^",
        );
        assert_v2_error(
            "k=a,'abc",
            "Expected: '=', received: ''' for input:\n k=a,'abc\n    ^",
        );
    }

    #[test]
    fn duplicate_key_error_matches_v2() {
        let error = err("a=1,a=2");
        assert_eq!(
            error.kind,
            ParseErrorKind::DuplicateKey {
                key: "a".to_string()
            }
        );
        assert_v2_error(
            "a=1,a=2",
            "Second instance of key \"a\" encountered for input:\na=1,a=2\n    ^\n\
             This is often because there is a preceding \",\" instead of a space.",
        );
        assert_v2_error(
            "a=[x] , b=y,a=z",
            "Second instance of key \"a\" encountered for input:\na=[x] , b=y,a=z\n\
             \x20           ^\n\
             This is often because there is a preceding \",\" instead of a space.",
        );
        assert_v2_error(
            "a=1,\nb=2,\na=3",
            "Second instance of key \"a\" encountered for input:\na=1,\nb=2,\n    ^\na=3\n\
             This is often because there is a preceding \",\" instead of a space.",
        );
    }

    #[test]
    fn dangling_comma_after_value_error_matches_v2() {
        assert_v2_error(
            "a=b,",
            "Expected: '<second>', received: '<none>' for input:\n a=b,\n    ^",
        );
        assert_v2_error(
            "a=b, ",
            "Expected: '<second>', received: '<none>' for input:\n a=b, \n     ^",
        );
    }

    #[test]
    fn blank_after_closing_bracket_at_end_is_error_like_v2() {
        assert_v2_error(
            "a=[x] ",
            "Expected: ',', received: 'EOF' for input:\n a=[x] \n      ^",
        );
        assert_v2_error(
            "k={a=b} ",
            "Expected: ',', received: 'EOF' for input:\n k={a=b} \n        ^",
        );
    }

    #[test]
    fn text_after_value_error_matches_v2() {
        assert_v2_error(
            "k='a'b",
            "Expected: ',', received: 'b' for input:\n k='a'b\n     ^",
        );
        assert_v2_error(
            "k=[a]x",
            "Expected: ',', received: 'x' for input:\n k=[a]x\n     ^",
        );
        assert_v2_error(
            "k=[a] x",
            "Expected: ',', received: 'x' for input:\n k=[a] x\n      ^",
        );
    }

    #[test]
    fn wrong_closing_bracket_error_matches_v2() {
        assert_v2_error(
            "k={a=b]",
            "Expected: ',', received: ']' for input:\n k={a=b]\n      ^",
        );
        assert_v2_error(
            "k=[a}",
            "Expected: ',', received: '}' for input:\n k=[a}\n    ^",
        );
    }

    #[test]
    fn multi_line_input_puts_caret_under_failing_line_like_v2() {
        assert_v2_error(
            "a=b,\nc==d\n,e=f",
            "Expected: ',', received: '=' for input:\n a=b,\nc==d\n  ^\n,e=f",
        );
        assert_v2_error(
            "a=b,\nc=[x,\ny}\n",
            "Expected: ',', received: '}' for input:\n a=b,\nc=[x,\ny}\n ^\n",
        );
        assert_v2_error(
            "x=1,\nk=[é😀",
            "Expected: ',', received: '😀' for input:\n x=1,\nk=[é😀\n    ^",
        );
    }

    #[test]
    fn multi_byte_input_counts_caret_in_chars_like_v2() {
        assert_v2_error(
            "k=é😀",
            "Expected: ',', received: '😀' for input:\n k=é😀\n   ^",
        );
        assert_v2_error(
            "k=ééé,x=😀",
            "Expected: ',', received: '😀' for input:\n k=ééé,x=😀\n        ^",
        );
        assert_eq!(err("k=ééé,x=😀").index, 8);
    }

    #[test]
    fn chars_beyond_u_ffff_and_control_chars_are_not_word_chars_like_v2() {
        assert_v2_error(
            "k=a😀b",
            "Expected: ',', received: '😀' for input:\n k=a😀b\n   ^",
        );
        assert_v2_error(
            "k=\u{1c}x",
            "Expected: ',', received: '\u{1c}' for input:\n k=\u{1c}x\n  ^",
        );
        assert_eq!(err("k=a\u{7}").received, "'\u{7}'");
    }

    #[test]
    fn error_fields_are_quoted_the_way_v2_words_them() {
        let error = err("abc");
        assert_eq!(
            error,
            ParseError {
                expected: "'='".to_string(),
                received: "'EOF'".to_string(),
                input: "abc".to_string(),
                index: 3,
                kind: ParseErrorKind::Syntax,
            }
        );
        let boxed: Box<dyn std::error::Error> = Box::new(error);
        assert!(boxed.to_string().starts_with("Expected: '='"));
    }

    // ---- limits ----

    #[test]
    fn nesting_up_to_the_limit_is_accepted() {
        let depth = MAX_NESTING_DEPTH;
        let input = format!("k={}{}", "[".repeat(depth), "]".repeat(depth));
        let parsed = ok(&input);
        let mut value = &parsed["k"];
        for _ in 1..depth {
            value = &value[0];
        }
        assert_eq!(value, &json!([]));
        let mixed = format!("k={}x{}", "[{a={b=".repeat(33), "}}]".repeat(33));
        assert!(parse_with(&mixed, &no_files).is_ok());
    }

    #[test]
    fn nesting_beyond_the_limit_is_too_deep() {
        let input = format!("k={}", "[".repeat(MAX_NESTING_DEPTH + 1));
        let error = err(&input);
        assert_eq!(error.kind, ParseErrorKind::TooDeep);
        assert_eq!(error.index, 2 + MAX_NESTING_DEPTH);
        assert_eq!(error.describe(), "maximum recursion depth exceeded");
        let huge = format!("k={}", "{a=".repeat(200_000));
        assert_eq!(err(&huge).kind, ParseErrorKind::TooDeep);
    }

    /// Runs a parse of a large input. Completing is the test (a quadratic parse of these sizes
    /// would not finish in the suite's time); durations are measured by `scripts/parse-scaling`,
    /// not asserted here.
    fn completes(_what: &str, run: impl FnOnce()) {
        run();
    }

    #[test]
    fn many_backslashes_after_open_quote_fail_fast() {
        let input = format!("a='{}", "\\".repeat(100_000));
        completes("backslashes", || {
            assert_eq!(err(&input).expected, "'<singled quoted>'");
        });
        let escaped = format!("a='{}x", "\\'".repeat(100_000));
        completes("escaped quotes", || {
            assert_eq!(err(&escaped).received, "'x'");
        });
    }

    #[test]
    fn megabyte_inputs_parse_fast() {
        let word = format!("k={}", "x".repeat(1 << 20));
        completes("long word", || {
            assert_eq!(ok(&word)["k"].as_str().map(str::len), Some(1 << 20));
        });
        let list = format!("k={}z", "ab,".repeat(350_000));
        completes("comma list", || {
            assert_eq!(ok(&list)["k"].as_array().map(Vec::len), Some(350_001));
        });
        let pairs: Vec<String> = (0..100_000).map(|i| format!("k{i}=v{i}")).collect();
        let pairs = pairs.join(",");
        completes("many pairs", || {
            assert_eq!(ok(&pairs).as_object().map(Map::len), Some(100_000));
        });
        let quoted = format!("k='{}'", "\\'a".repeat(300_000));
        completes("quoted", || {
            assert_eq!(ok(&quoted)["k"].as_str().map(str::len), Some(600_000));
        });
    }

    fn next_random(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    fn pick<'a>(state: &mut u64, items: &[&'a str]) -> &'a str {
        items[(next_random(state) % items.len() as u64) as usize]
    }

    #[test]
    fn arbitrary_input_never_panics() {
        const PIECES: &[&str] = &[
            "a", "b", "=", ",", "[", "]", "{", "}", "<", ">", "'", "\"", "\\", " ", "@", "\n",
            "\t", ":", "é", "😀", "\u{a0}", "\u{1c}",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            let len = next_random(&mut state) % 16;
            let input: String = (0..len).map(|_| pick(&mut state, PIECES)).collect();
            if let Err(error) = parse_with(&input, &no_files) {
                assert!(error.index <= input.chars().count());
                let _ = error.describe();
            }
        }
    }

    // ---- render ----

    #[test]
    fn render_writes_plain_values_unquoted() {
        let value = json!({
            "roleArn": "arn:aws:iam::123456789012:role/R",
            "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}},
            "list": ["a", "b"],
            "empty": [],
        });
        assert_eq!(
            render(&value),
            "roleArn=arn:aws:iam::123456789012:role/R,\
             actionParams={updateDeviceCertificateParams={action=DEACTIVATE}},list=[a,b],empty=[]"
        );
    }

    #[test]
    fn render_quotes_when_needed() {
        assert_eq!(render(&json!({"k": "a,b"})), "k='a,b'");
        assert_eq!(render(&json!({"k": "it's"})), "k=\"it's\"");
        assert_eq!(render(&json!({"k": "it's \"x\""})), "k='it\\'s \"x\"'");
        assert_eq!(render(&json!({"k": ""})), "k=''");
        assert_eq!(render(&json!({"k": " a"})), "k=' a'");
        assert_eq!(render(&json!({"k": "[x]"})), "k='[x]'");
        assert_eq!(render(&json!({"k": "<x>"})), "k='<x>'");
        assert_eq!(render(&json!({"k": "a\\b"})), "k=a\\b");
        assert_eq!(render(&json!({"k": "a b\\c"})), "k='a b\\\\c'");
    }

    #[test]
    fn render_keeps_trailing_backslash_away_from_comma() {
        assert_eq!(render(&json!({"k": "a\\", "m": "n"})), "k=a\\ ,m=n");
        assert_eq!(render(&json!({"k": "a,b\\"})), "k=a\\,b\\ ");
        assert_eq!(ok("k=a\\ ,m=n"), json!({"k": "a\\", "m": "n"}));
        assert_eq!(ok("k=a\\,b\\ "), json!({"k": "a,b\\"}));
    }

    #[test]
    fn render_turns_numbers_and_booleans_into_strings_and_skips_null_members() {
        let value = json!({"n": 5, "f": 1.5, "neg": -2, "b": true, "gone": null, "l": [null]});
        assert_eq!(render(&value), "n=5,f=1.5,neg=-2,b=true,l=['']");
        assert_eq!(
            ok(&render(&value)),
            json!({"n": "5", "f": "1.5", "neg": "-2", "b": "true", "l": [""]})
        );
    }

    #[test]
    fn render_of_non_object_is_single_value() {
        assert_eq!(render(&json!(["a", {"b": "c"}])), "[a,{b=c}]");
        assert_eq!(render(&json!("x y")), "'x y'");
    }

    fn random_string(state: &mut u64) -> String {
        const PIECES: &[&str] = &[
            "a", "Z", "0", "-", ":", "/", " ", ",", "=", "'", "\"", "\\", "[", "]", "{", "}", "<",
            ">", "@", "é", "😀", "\u{a0}", "\t", "\n", "\u{1c}", "\u{7}", "\\,", "\\'", "file://",
        ];
        let len = next_random(state) % 7;
        (0..len).map(|_| pick(state, PIECES)).collect()
    }

    fn random_value(state: &mut u64, depth: usize) -> Value {
        let kinds = if depth > 3 { 2 } else { 5 };
        match next_random(state) % kinds {
            0 | 1 => Value::String(random_string(state)),
            2 => Value::Array(
                (0..next_random(state) % 4)
                    .map(|_| random_value(state, depth + 1))
                    .collect(),
            ),
            _ => random_object(state, depth + 1),
        }
    }

    fn random_object(state: &mut u64, depth: usize) -> Value {
        const KEYS: &[&str] = &["a", "b", "key-1", "x.y", "p/q", "r:s", "#", ""];
        let mut members = Map::new();
        for _ in 0..next_random(state) % 4 {
            let key = pick(state, KEYS);
            members.insert(key.to_string(), random_value(state, depth));
        }
        Value::Object(members)
    }

    /// Whether a value holds a string that ends with a backslash and has to be quoted: such
    /// a string reads back only when one of the quote chars does not follow it.
    fn has_quoted_trailing_backslash(value: &Value) -> bool {
        match value {
            Value::String(text) => {
                text.ends_with('\\')
                    && render_string(text, &Backwards::default()).starts_with(['\'', '"'])
            }
            Value::Array(items) => items.iter().any(has_quoted_trailing_backslash),
            Value::Object(members) => members.values().any(has_quoted_trailing_backslash),
            _ => false,
        }
    }

    #[test]
    fn render_round_trips_through_parse() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let (mut checked, mut limited) = (0, 0);
        for _ in 0..20_000 {
            let value = random_object(&mut state, 0);
            if value.as_object().is_some_and(Map::is_empty) {
                continue;
            }
            let text = render(&value);
            let back = parse_with(&text, &no_files);
            checked += 1;
            if back.as_ref().ok() == Some(&value) {
                assert_eq!(keys(back.as_ref().unwrap_or(&Value::Null)), keys(&value));
            } else {
                assert!(
                    has_quoted_trailing_backslash(&value),
                    "rendered {text:?} from {value}, read back {back:?}"
                );
                limited += 1;
            }
        }
        assert!(checked > 15_000, "only {checked} checked");
        assert!(
            limited * 20 < checked,
            "{limited} of {checked} did not read back"
        );
    }

    #[test]
    fn render_quotes_trailing_backslash_with_quote_char_not_used_later() {
        let alone = json!({"a": "x", "k": "it's\\"});
        assert_eq!(render(&alone), "a=x,k='it\\'s\\\\'");
        assert_eq!(ok(&render(&alone)), alone);
        let before_single = json!({"k": "it's\\", "m": "[x]"});
        assert_eq!(render(&before_single), "k=\"it's\\\\\",m='[x]'");
        assert_eq!(ok(&render(&before_single)), before_single);
        let before_both = json!({"k": "[x]\\", "m": ["it's", "a\"b"]});
        assert_eq!(render(&before_both), "k='[x]\\\\',m=[\"it's\",'a\"b']");
        assert_ne!(
            parse_with(&render(&before_both), &no_files).ok(),
            Some(before_both)
        );
    }
}
