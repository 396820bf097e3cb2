//! Expression text to tokens, as jmespath.py's `lexer.py` reads it: positions count characters,
//! a backtick literal that is not JSON is read as a JSON string (the legacy rule), and errors
//! carry the lexer's words.

use super::error::ParseError;
use super::json;
use super::value::Val;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    Dot,
    Star,
    Rbracket,
    Comma,
    Colon,
    Current,
    Lparen,
    Rparen,
    Lbrace,
    Rbrace,
    UnquotedIdentifier,
    QuotedIdentifier,
    Flatten,
    Filter,
    Lbracket,
    Literal,
    Or,
    Pipe,
    And,
    Expref,
    Number,
    Lte,
    Lt,
    Gte,
    Gt,
    Ne,
    Not,
    Eq,
    Eof,
}

impl Tok {
    /// The token type's name in jmespath.py.
    pub fn name(self) -> &'static str {
        match self {
            Tok::Dot => "dot",
            Tok::Star => "star",
            Tok::Rbracket => "rbracket",
            Tok::Comma => "comma",
            Tok::Colon => "colon",
            Tok::Current => "current",
            Tok::Lparen => "lparen",
            Tok::Rparen => "rparen",
            Tok::Lbrace => "lbrace",
            Tok::Rbrace => "rbrace",
            Tok::UnquotedIdentifier => "unquoted_identifier",
            Tok::QuotedIdentifier => "quoted_identifier",
            Tok::Flatten => "flatten",
            Tok::Filter => "filter",
            Tok::Lbracket => "lbracket",
            Tok::Literal => "literal",
            Tok::Or => "or",
            Tok::Pipe => "pipe",
            Tok::And => "and",
            Tok::Expref => "expref",
            Tok::Number => "number",
            Tok::Lte => "lte",
            Tok::Lt => "lt",
            Tok::Gte => "gte",
            Tok::Gt => "gt",
            Tok::Ne => "ne",
            Tok::Not => "not",
            Tok::Eq => "eq",
            Tok::Eof => "eof",
        }
    }
}

#[derive(Debug)]
pub struct Token {
    pub kind: Tok,
    /// Where the token starts, in characters.
    pub start: usize,
    /// The text of symbols and identifiers; the decimal digits of a number.
    pub text: String,
    /// The value of a literal, the number of a `number` token.
    pub value: Option<Val<'static>>,
}

impl Token {
    fn simple(kind: Tok, start: usize, text: &str) -> Token {
        Token {
            kind,
            start,
            text: text.to_string(),
            value: None,
        }
    }
}

pub fn tokenize(expr: &str) -> Result<Vec<Token>, ParseError> {
    if expr.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut lx = Lexer {
        chars: expr.chars().collect(),
        pos: 0,
        done: false,
        expr,
    };
    let mut out = Vec::new();
    while let Some(c) = lx.current() {
        let start = lx.pos;
        let simple = match c {
            '.' => Some(Tok::Dot),
            '*' => Some(Tok::Star),
            ']' => Some(Tok::Rbracket),
            ',' => Some(Tok::Comma),
            ':' => Some(Tok::Colon),
            '@' => Some(Tok::Current),
            '(' => Some(Tok::Lparen),
            ')' => Some(Tok::Rparen),
            '{' => Some(Tok::Lbrace),
            '}' => Some(Tok::Rbrace),
            _ => None,
        };
        if let Some(kind) = simple {
            out.push(Token::simple(kind, start, &c.to_string()));
            lx.next();
            continue;
        }
        match c {
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut text = String::from(c);
                while let Some(n) = lx.next().filter(|n| n.is_ascii_alphanumeric() || *n == '_') {
                    text.push(n);
                }
                out.push(Token::simple(Tok::UnquotedIdentifier, start, &text));
            }
            ' ' | '\t' | '\n' | '\r' => {
                lx.next();
            }
            '[' => match lx.next() {
                Some(']') => {
                    lx.next();
                    out.push(Token::simple(Tok::Flatten, start, "[]"));
                }
                Some('?') => {
                    lx.next();
                    out.push(Token::simple(Tok::Filter, start, "[?"));
                }
                _ => out.push(Token::simple(Tok::Lbracket, start, "[")),
            },
            '\'' => out.push(lx.raw_string()?),
            '|' => out.push(lx.match_or_else('|', Tok::Or, Tok::Pipe)),
            '&' => out.push(lx.match_or_else('&', Tok::And, Tok::Expref)),
            '`' => out.push(lx.literal()?),
            '0'..='9' | '-' => {
                let digits = lx.number();
                if digits == "-" {
                    return Err(lx.error(start, "-", "Unknown token '-'".into()));
                }
                let value = json::int_value(&digits);
                out.push(Token {
                    kind: Tok::Number,
                    start,
                    text: digits,
                    value: Some(value),
                });
            }
            '"' => out.push(lx.quoted_identifier()?),
            '<' => out.push(lx.match_or_else('=', Tok::Lte, Tok::Lt)),
            '>' => out.push(lx.match_or_else('=', Tok::Gte, Tok::Gt)),
            '!' => out.push(lx.match_or_else('=', Tok::Ne, Tok::Not)),
            '=' => {
                if lx.next() == Some('=') {
                    out.push(Token::simple(Tok::Eq, lx.pos - 1, "=="));
                    lx.next();
                } else {
                    // At the end the position did not move on.
                    let at = if lx.current().is_none() {
                        lx.pos
                    } else {
                        lx.pos - 1
                    };
                    return Err(lx.error(at, "=", "Unknown token '='".into()));
                }
            }
            other => {
                return Err(lx.error(start, &other.to_string(), format!("Unknown token {other}")))
            }
        }
    }
    out.push(Token::simple(Tok::Eof, lx.chars.len(), ""));
    Ok(out)
}

struct Lexer<'e> {
    chars: Vec<char>,
    pos: usize,
    /// The last character has been passed.
    done: bool,
    expr: &'e str,
}

impl Lexer<'_> {
    /// The character at the position; `None` once the last one has been passed.
    fn current(&self) -> Option<char> {
        if self.done {
            None
        } else {
            self.chars.get(self.pos).copied()
        }
    }

    /// jmespath.py's `_next`: at the last character the position stays and the current
    /// character becomes `None`.
    fn next(&mut self) -> Option<char> {
        if self.pos + 1 >= self.chars.len() {
            self.done = true;
            None
        } else {
            self.pos += 1;
            self.current()
        }
    }

    fn error(&self, at: usize, value: &str, message: String) -> ParseError {
        ParseError::Lexer {
            position: at,
            value: value.to_string(),
            message,
            expression: self.expr.to_string(),
        }
    }

    fn rest_from(&self, start: usize) -> String {
        self.chars[start..].iter().collect()
    }

    fn number(&mut self) -> String {
        let mut buff = String::new();
        buff.extend(self.current());
        while let Some(d) = self.next().filter(char::is_ascii_digit) {
            buff.push(d);
        }
        buff
    }

    /// The text up to the closing `delim`, a backslash keeping the character after it (and
    /// itself); the closing delimiter is skipped.
    fn until(&mut self, delim: char) -> Result<String, ParseError> {
        let start = self.pos;
        let mut buff = String::new();
        self.next();
        while self.current() != Some(delim) {
            if self.current() == Some('\\') {
                buff.push('\\');
                self.next();
            }
            let Some(c) = self.current() else {
                return Err(self.error(
                    start,
                    &self.rest_from(start),
                    format!("Unclosed {delim} delimiter"),
                ));
            };
            buff.push(c);
            self.next();
        }
        self.next();
        Ok(buff)
    }

    fn literal(&mut self) -> Result<Token, ParseError> {
        let start = self.pos;
        let lexeme = self.until('`')?.replace("\\`", "`");
        let value = match json::loads(&lexeme) {
            Ok(v) => v,
            Err(json::Error::TooDeep) => return Err(ParseError::Recursion),
            Err(json::Error::Decode(_)) => {
                let quoted = format!("\"{}\"", lexeme.trim_start_matches(py_space));
                match json::loads(&quoted) {
                    Ok(v) => v,
                    Err(_) => {
                        return Err(self.error(
                            start,
                            &self.rest_from(start),
                            format!("Bad token {lexeme}"),
                        ))
                    }
                }
            }
        };
        Ok(Token {
            kind: Tok::Literal,
            start,
            text: lexeme,
            value: Some(value),
        })
    }

    fn quoted_identifier(&mut self) -> Result<Token, ParseError> {
        let start = self.pos;
        let lexeme = format!("\"{}\"", self.until('"')?);
        match json::loads(&lexeme) {
            Ok(v) => Ok(Token::simple(
                Tok::QuotedIdentifier,
                start,
                v.as_str().unwrap_or_default(),
            )),
            Err(json::Error::TooDeep) => Err(ParseError::Recursion),
            Err(json::Error::Decode(message)) => {
                Err(self.error(start, &lexeme, message.to_string()))
            }
        }
    }

    fn raw_string(&mut self) -> Result<Token, ParseError> {
        let start = self.pos;
        let lexeme = self.until('\'')?.replace("\\'", "'");
        let value = Val::str(&lexeme);
        Ok(Token {
            kind: Tok::Literal,
            start,
            text: lexeme,
            value: Some(value),
        })
    }

    fn match_or_else(&mut self, expected: char, matched: Tok, otherwise: Tok) -> Token {
        let start = self.pos;
        let current = self.current().unwrap_or_default();
        if self.next() == Some(expected) {
            self.next();
            Token::simple(matched, start, &format!("{current}{expected}"))
        } else {
            Token::simple(otherwise, start, &current.to_string())
        }
    }
}

/// Python's `str.isspace()`, which `str.lstrip()` strips.
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}
