//! Python's `json.loads` as the JMESPath lexer uses it for literals and quoted identifiers:
//! integers of any width stay integers, `NaN` and `Infinity` are numbers, control characters
//! in strings are refused, a repeated key keeps its first place and its last value. Errors
//! carry Python's message up to its first colon, which is what the lexer reports.

use super::value::Val;
use indexmap::IndexMap;

/// Nesting deeper than this fails, as Python's recursion limit makes it fail.
const MAX_DEPTH: usize = 400;

pub enum Error {
    /// Python's `JSONDecodeError`, with its message before the position.
    Decode(&'static str),
    /// Python's `RecursionError`.
    TooDeep,
}

pub fn loads(text: &str) -> Result<Val<'static>, Error> {
    let chars: Vec<char> = text.chars().collect();
    let mut p = Reader {
        chars: &chars,
        pos: 0,
    };
    if chars.first() == Some(&'\u{feff}') {
        return Err(Error::Decode(
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
        ));
    }
    p.skip_ws();
    let v = p.value(0)?;
    p.skip_ws();
    if p.pos != chars.len() {
        return Err(Error::Decode("Extra data"));
    }
    Ok(v)
}

struct Reader<'c> {
    chars: &'c [char],
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn word(&mut self, w: &str) -> bool {
        let n = w.chars().count();
        let matches = self
            .chars
            .get(self.pos..self.pos + n)
            .is_some_and(|s| s.iter().copied().eq(w.chars()));
        if matches {
            self.pos += n;
        }
        matches
    }

    fn value(&mut self, depth: usize) -> Result<Val<'static>, Error> {
        let expecting = Err(Error::Decode("Expecting value"));
        match self.peek() {
            Some('"') => {
                self.pos += 1;
                self.string().map(|s| Val::str(&s))
            }
            Some('{') => self.object(depth + 1),
            Some('[') => self.array(depth + 1),
            Some('n') if self.word("null") => Ok(Val::Null),
            Some('t') if self.word("true") => Ok(Val::Bool(true)),
            Some('f') if self.word("false") => Ok(Val::Bool(false)),
            Some('N') if self.word("NaN") => Ok(Val::Float(f64::NAN)),
            Some('I') if self.word("Infinity") => Ok(Val::Float(f64::INFINITY)),
            Some('-') if self.word("-Infinity") => Ok(Val::Float(f64::NEG_INFINITY)),
            Some('-' | '0'..='9') => self.number().map_or(expecting, Ok),
            _ => expecting,
        }
    }

    fn array(&mut self, depth: usize) -> Result<Val<'static>, Error> {
        if depth > MAX_DEPTH {
            return Err(Error::TooDeep);
        }
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(']') {
            self.pos += 1;
            return Ok(Val::list(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some(']') => {
                    self.pos += 1;
                    return Ok(Val::list(items));
                }
                _ => return Err(Error::Decode("Expecting ',' delimiter")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Val<'static>, Error> {
        if depth > MAX_DEPTH {
            return Err(Error::TooDeep);
        }
        self.pos += 1;
        let mut map = IndexMap::new();
        self.skip_ws();
        if self.peek() == Some('}') {
            self.pos += 1;
            return Ok(Val::map(map));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some('"') {
                return Err(Error::Decode(
                    "Expecting property name enclosed in double quotes",
                ));
            }
            self.pos += 1;
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(':') {
                return Err(Error::Decode("Expecting ':' delimiter"));
            }
            self.pos += 1;
            self.skip_ws();
            let v = self.value(depth)?;
            map.insert(key, v);
            self.skip_ws();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some('}') => {
                    self.pos += 1;
                    return Ok(Val::map(map));
                }
                _ => return Err(Error::Decode("Expecting ',' delimiter")),
            }
        }
    }

    /// The rest of a string whose opening quote has been read.
    fn string(&mut self) -> Result<String, Error> {
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(Error::Decode("Unterminated string starting at"));
            };
            self.pos += 1;
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let Some(e) = self.peek() else {
                        return Err(Error::Decode("Unterminated string starting at"));
                    };
                    self.pos += 1;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let hi = self.hex4()?;
                            let mut code = hi;
                            if (0xd800..0xdc00).contains(&hi)
                                && self.chars.get(self.pos) == Some(&'\\')
                                && self.chars.get(self.pos + 1) == Some(&'u')
                            {
                                let save = self.pos;
                                self.pos += 2;
                                match self.hex4() {
                                    Ok(lo) if (0xdc00..0xe000).contains(&lo) => {
                                        code = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                                    }
                                    _ => self.pos = save,
                                }
                            }
                            // A lone surrogate has no place in UTF-8 text.
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(Error::Decode("Invalid \\escape")),
                    }
                }
                c if (c as u32) < 0x20 => {
                    return Err(Error::Decode("Invalid control character at"))
                }
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .chars
            .get(self.pos..self.pos + 4)
            .filter(|d| d.iter().all(char::is_ascii_hexdigit))
            .ok_or(Error::Decode("Invalid \\uXXXX escape"))?;
        let code = digits
            .iter()
            .fold(0, |acc, d| acc * 16 + d.to_digit(16).unwrap_or(0));
        self.pos += 4;
        Ok(code)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`; `None` when nothing matches.
    fn number(&mut self) -> Option<Val<'static>> {
        let start = self.pos;
        let mut i = self.pos;
        let at = |i: usize| self.chars.get(i).copied();
        if at(i) == Some('-') {
            i += 1;
        }
        match at(i) {
            Some('0') => i += 1,
            Some('1'..='9') => {
                while at(i).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                }
            }
            _ => return None,
        }
        let int_end = i;
        if at(i) == Some('.') && at(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i += 2;
            while at(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
        }
        if matches!(at(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(at(j), Some('+' | '-')) {
                j += 1;
            }
            if at(j).is_some_and(|c| c.is_ascii_digit()) {
                while at(j).is_some_and(|c| c.is_ascii_digit()) {
                    j += 1;
                }
                i = j;
            }
        }
        let text: String = self.chars[start..i].iter().collect();
        self.pos = i;
        Some(if i == int_end {
            int_value(&text)
        } else {
            Val::Float(text.parse().unwrap_or(f64::NAN))
        })
    }
}

/// An integer written in decimal (`-0` is `0`); one too wide for 128 bits becomes a float.
pub fn int_value(text: &str) -> Val<'static> {
    match text.parse::<i128>() {
        Ok(i) => Val::Int(i),
        Err(_) => Val::Float(text.parse().unwrap_or(f64::NAN)),
    }
}
