//! JSON read as Python's `json.loads` reads it, the decoder the AWS CLI v2 parses parameter
//! values, `--cli-input-json` and `file://` documents with: the same documents accepted (`NaN`,
//! `Infinity`, duplicate keys with the last one kept in the first one's place, lone surrogates
//! in `\u` escapes; only space, tab, line feed and carriage return around values), and every
//! refusal in Python's words — `Expecting value: line 1 column 7 (char 6)`, the position counted
//! in characters, not bytes.
//!
//! The document is read as bytes: everything the grammar looks at is ASCII, so a byte offset
//! becomes a character offset only when an error is worded.

use serde_json::{Map, Number, Value};

/// How deep Python lets containers nest when the AWS CLI v2 parses a parameter value or
/// `--cli-input-json`: its recursion limit less the calls beneath the decoder. One more
/// container is a `RecursionError`.
pub const MAX_DEPTH: usize = 978;

/// The most digits Python turns into an `int` (`sys.get_int_max_str_digits()`).
const MAX_INT_DIGITS: usize = 4300;

/// Why a document was refused, as Python raises it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A `ValueError` (`json.JSONDecodeError` or the integer digit limit): what the AWS CLI v2
    /// reports as invalid JSON. The message is Python's, position included.
    Invalid(String),
    /// A `RecursionError`: the containers nest deeper than [`MAX_DEPTH`]. Python's message.
    TooDeep(String),
    /// Python reads the document, but it holds a number a JSON value here cannot: `NaN`,
    /// `Infinity`, `-Infinity`, or a number beyond a float's range. The position of the first.
    Unrepresentable(usize),
}

impl Error {
    /// The message Python's exception carries.
    pub fn message(&self) -> String {
        match self {
            Error::Invalid(m) | Error::TooDeep(m) => m.clone(),
            Error::Unrepresentable(at) => format!(
                "NaN, Infinity and numbers beyond the range of a float are not supported \
                 (char {at})"
            ),
        }
    }
}

/// `json.loads(text)`: the document, or why Python refuses it.
pub fn loads(text: &str) -> Result<Value, Error> {
    loads_nested(text, MAX_DEPTH)
}

/// [`loads`] with room for `max_depth` nested containers.
pub fn loads_nested(text: &str, max_depth: usize) -> Result<Value, Error> {
    if text.starts_with('\u{feff}') {
        return Err(decode_error(
            text,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            0,
        ));
    }
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        max_depth,
        unrepresentable: None,
    };
    let start = p.skip_ws(0);
    let (value, end) = p.value(start)?;
    let end = p.skip_ws(end);
    if end != p.s.len() {
        return Err(p.error("Extra data", end));
    }
    match p.unrepresentable {
        Some(at) => Err(Error::Unrepresentable(char_offset(text, at))),
        None => Ok(value),
    }
}

/// The number of characters before byte `at`.
fn char_offset(text: &str, at: usize) -> usize {
    text.get(..at).map_or(at, |head| head.chars().count())
}

/// `JSONDecodeError(message, text, at)` as Python words it: `message: line L column C (char N)`.
fn decode_error(text: &str, message: &str, at: usize) -> Error {
    let head = text.get(..at).unwrap_or(text);
    let pos = head.chars().count();
    let line = head.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = match head.rfind('\n') {
        Some(nl) => head[nl + 1..].chars().count() + 1,
        None => pos + 1,
    };
    Error::Invalid(format!(
        "{message}: line {line} column {column} (char {pos})"
    ))
}

/// A container being read: its items so far (and the name of the member being read).
enum Open {
    Array(Vec<Value>),
    Object(Map<String, Value>, String),
}

struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    max_depth: usize,
    /// Where the first number a [`Value`] cannot hold is.
    unrepresentable: Option<usize>,
}

/// The outcome of reading one value: the value and the offset after it.
type Scan = Result<(Value, usize), Error>;

impl Parser<'_> {
    fn error(&self, message: &str, at: usize) -> Error {
        decode_error(self.text, message, at)
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.s.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        i
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.s.get(i).copied()
    }

    fn literal(&self, i: usize, word: &[u8]) -> bool {
        self.s.get(i..i + word.len()) == Some(word)
    }

    /// One value starting at `i` (no whitespace skipped). Containers are read with a stack of
    /// their own, not by recursion: no nesting runs out of the thread's stack.
    fn value(&mut self, mut i: usize) -> Scan {
        let mut open: Vec<Open> = Vec::new();
        loop {
            let (mut value, mut end) = match self.at(i) {
                Some(c @ (b'{' | b'[')) => {
                    if open.len() >= self.max_depth {
                        let what = if c == b'{' { "object" } else { "array" };
                        return Err(Error::TooDeep(format!(
                            "maximum recursion depth exceeded while decoding a JSON {what} \
                             from a unicode string"
                        )));
                    }
                    let first = self.skip_ws(i + 1);
                    match (c, self.at(first)) {
                        (b'{', Some(b'}')) => (Value::Object(Map::new()), first + 1),
                        (b'[', Some(b']')) => (Value::Array(Vec::new()), first + 1),
                        (b'{', _) => {
                            let (key, next) = self.key(first)?;
                            open.push(Open::Object(Map::new(), key));
                            i = next;
                            continue;
                        }
                        _ => {
                            open.push(Open::Array(Vec::new()));
                            i = first;
                            continue;
                        }
                    }
                }
                _ => self.scalar(i)?,
            };
            // The value ends the containers it closes, up to one that goes on.
            loop {
                let Some(container) = open.last_mut() else {
                    return Ok((value, end));
                };
                let close = match container {
                    Open::Array(items) => {
                        items.push(value);
                        b']'
                    }
                    Open::Object(map, key) => {
                        map.insert(std::mem::take(key), value);
                        b'}'
                    }
                };
                let after = self.skip_ws(end);
                match self.at(after) {
                    Some(b',') => {
                        i = self.skip_ws(after + 1);
                        if let Open::Object(_, key) = container {
                            let (next_key, next) = self.key(i)?;
                            *key = next_key;
                            i = next;
                        }
                        break;
                    }
                    Some(c) if c == close => {
                        value = match open.pop() {
                            Some(Open::Array(items)) => Value::Array(items),
                            Some(Open::Object(map, _)) => Value::Object(map),
                            None => Value::Null,
                        };
                        end = after + 1;
                    }
                    _ => return Err(self.error("Expecting ',' delimiter", after)),
                }
            }
        }
    }

    /// A member's name at `i` and its `:`; the offset of its value.
    fn key(&self, i: usize) -> Result<(String, usize), Error> {
        if self.at(i) != Some(b'"') {
            return Err(self.error("Expecting property name enclosed in double quotes", i));
        }
        let (key, end) = self.string(i + 1)?;
        let colon = self.skip_ws(end);
        if self.at(colon) != Some(b':') {
            return Err(self.error("Expecting ':' delimiter", colon));
        }
        Ok((key, self.skip_ws(colon + 1)))
    }

    /// A value that is no container, at `i`.
    fn scalar(&mut self, i: usize) -> Scan {
        match self.at(i) {
            None => Err(self.error("Expecting value", i)),
            Some(b'"') => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::String(s), end))
            }
            Some(b'n') if self.literal(i, b"null") => Ok((Value::Null, i + 4)),
            Some(b't') if self.literal(i, b"true") => Ok((Value::Bool(true), i + 4)),
            Some(b'f') if self.literal(i, b"false") => Ok((Value::Bool(false), i + 5)),
            Some(b'N') if self.literal(i, b"NaN") => Ok(self.unrepresentable(i, 3)),
            Some(b'I') if self.literal(i, b"Infinity") => Ok(self.unrepresentable(i, 8)),
            Some(b'-') if self.literal(i, b"-Infinity") => Ok(self.unrepresentable(i, 9)),
            Some(_) => self.number(i),
        }
    }

    /// A number Python reads but a [`Value`] cannot hold: noted, and read as `null`.
    fn unrepresentable(&mut self, i: usize, len: usize) -> (Value, usize) {
        self.unrepresentable.get_or_insert(i);
        (Value::Null, i + len)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, the longest match at `i`.
    fn number(&mut self, start: usize) -> Scan {
        let digit = |i: usize| self.at(i).is_some_and(|b| b.is_ascii_digit());
        let mut i = start;
        if self.at(i) == Some(b'-') {
            i += 1;
        }
        match self.at(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            _ => return Err(self.error("Expecting value", start)),
        }
        let mut float = false;
        if self.at(i) == Some(b'.') && digit(i + 1) {
            float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(self.at(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some(b'-' | b'+')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                float = true;
                i = j;
            }
        }
        let text = &self.text[start..i];
        if !float {
            if let Ok(n) = text.parse::<i64>() {
                return Ok((Value::Number(n.into()), i));
            }
            if let Ok(n) = text.parse::<u64>() {
                return Ok((Value::Number(n.into()), i));
            }
            let digits = text.trim_start_matches('-').len();
            if digits > MAX_INT_DIGITS {
                return Err(Error::Invalid(format!(
                    "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: \
                     value has {digits} digits; use sys.set_int_max_str_digits() to increase \
                     the limit"
                )));
            }
        }
        // Integers beyond 64 bits are held as the nearest float.
        match text.parse::<f64>().ok().and_then(Number::from_f64) {
            Some(n) => Ok((Value::Number(n), i)),
            None => Ok(self.unrepresentable(start, i - start)),
        }
    }

    /// The string whose opening quote is just before `i`; the offset after its closing quote.
    fn string(&self, i: usize) -> Result<(String, usize), Error> {
        let begin = i - 1;
        let mut out = String::new();
        let mut end = i;
        loop {
            // The run up to the closing quote or the next escape.
            let mut next = end;
            let stop = loop {
                match self.at(next) {
                    None => return Err(self.error("Unterminated string starting at", begin)),
                    Some(b @ (b'"' | b'\\')) => break b,
                    Some(0..=0x1f) => return Err(self.error("Invalid control character at", next)),
                    Some(_) => next += 1,
                }
            };
            out.push_str(&self.text[end..next]);
            next += 1;
            if stop == b'"' {
                return Ok((out, next));
            }
            let Some(escape) = self.at(next) else {
                return Err(self.error("Unterminated string starting at", begin));
            };
            if escape != b'u' {
                out.push(match escape {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error("Invalid \\escape", next - 1)),
                });
                end = next + 1;
                continue;
            }
            // `\uXXXX`, `next` at the `u`; Python wants a character after the four digits.
            if next + 5 >= self.s.len() {
                return Err(self.error("Invalid \\uXXXX escape", next));
            }
            let unit = self.hex4(next)?;
            end = next + 5;
            let mut c = u32::from(unit);
            if (0xd800..0xdc00).contains(&unit)
                && end + 6 < self.s.len()
                && self.literal(end, b"\\u")
            {
                let low = self.hex4(end + 1)?;
                if (0xdc00..0xe000).contains(&low) {
                    c = 0x10000 + ((c - 0xd800) << 10) + u32::from(low - 0xdc00);
                    end += 6;
                }
            }
            // A lone surrogate is no character: it is read as the replacement character.
            out.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }

    /// The four hex digits after the `u` at `u`.
    fn hex4(&self, u: usize) -> Result<u16, Error> {
        let mut unit = 0u16;
        for i in u + 1..u + 5 {
            let d = self
                .at(i)
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error("Invalid \\uXXXX escape", u))?;
            unit = unit << 4 | d as u16;
        }
        Ok(unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invalid(text: &str) -> String {
        match loads(text) {
            Err(Error::Invalid(m)) => m,
            other => panic!("{text:?}: {other:?}"),
        }
    }

    #[test]
    fn positions_are_counted_in_characters() {
        assert_eq!(
            invalid(r#"{"a": "#),
            "Expecting value: line 1 column 7 (char 6)"
        );
        assert_eq!(
            invalid("{\"é😀\": 1,\n \"b\" 2}"),
            "Expecting ':' delimiter: line 2 column 6 (char 15)"
        );
    }

    #[test]
    fn python_accepts_what_json_does_not_quite() {
        assert_eq!(
            loads(r#"{"a": 1, "a": 2}"#).unwrap().to_string(),
            r#"{"a":2}"#
        );
        assert_eq!(
            loads(r#""\ud800x""#).unwrap(),
            Value::String("\u{fffd}x".into())
        );
        assert_eq!(
            loads(r#""\ud83d\ude00""#).unwrap(),
            Value::String("😀".into())
        );
        assert_eq!(loads("[NaN]"), Err(Error::Unrepresentable(1)));
        assert_eq!(loads("[NaN, x]"), Err(Error::Invalid(invalid("[NaN, x]"))));
        assert_eq!(loads("1e400"), Err(Error::Unrepresentable(0)));
    }

    #[test]
    fn nesting_stops_at_pythons_depth() {
        let deep = "[".repeat(100_000);
        assert_eq!(
            loads(&deep),
            Err(Error::TooDeep(
                "maximum recursion depth exceeded while decoding a JSON array from a unicode \
                 string"
                    .into()
            ))
        );
        let ok = "[".repeat(MAX_DEPTH);
        assert_eq!(
            invalid(&ok),
            format!(
                "Expecting value: line 1 column {} (char {MAX_DEPTH})",
                MAX_DEPTH + 1
            )
        );
    }
}
