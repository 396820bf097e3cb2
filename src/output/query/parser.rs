//! Tokens to the tree: the top-down operator precedence parser of jmespath.py's `parser.py`,
//! rule for rule, so that the same texts are accepted (`{a: b c: d}` and `f(a b)` included),
//! the same trees come out, and a refused text gets the same message and column.

use super::ast::{Cmp, Node};
use super::error::ParseError;
use super::functions::Function;
use super::lexer::{self, Tok, Token};
use super::value::{py_str, Val};

/// Nesting deeper than this is refused, as Python's recursion limit refuses it.
const MAX_DEPTH: usize = 300;

/// Errors are boxed: the results of the recursion stay small.
type PResult<T> = Result<T, Box<ParseError>>;

/// The tokens that end a projection have a binding power below this.
const PROJECTION_STOP: u8 = 10;

pub fn parse(expr: &str) -> Result<Node, ParseError> {
    parse_boxed(expr).map_err(|e| *e)
}

fn parse_boxed(expr: &str) -> PResult<Node> {
    let tokens = lexer::tokenize(expr).map_err(Box::new)?;
    let mut p = Parser {
        tokens,
        index: 0,
        depth: 0,
        expr,
    };
    let node = p.expression(0)?;
    if p.current() != Tok::Eof {
        let t = p.token(0);
        let shown = shown(t);
        return Err(p.error_at(t, format!("Unexpected token: {shown}")));
    }
    Ok(node)
}

fn binding_power(t: Tok) -> u8 {
    match t {
        Tok::Pipe => 1,
        Tok::Or => 2,
        Tok::And => 3,
        Tok::Eq | Tok::Gt | Tok::Lt | Tok::Gte | Tok::Lte | Tok::Ne => 5,
        Tok::Flatten => 9,
        Tok::Star => 20,
        Tok::Filter => 21,
        Tok::Dot => 40,
        Tok::Not => 45,
        Tok::Lbrace => 50,
        Tok::Lbracket => 55,
        Tok::Lparen => 60,
        _ => 0,
    }
}

/// `str()` of a token's value.
fn shown(t: &Token) -> String {
    match &t.value {
        Some(v) => py_str(v),
        None => t.text.clone(),
    }
}

struct Parser<'e> {
    tokens: Vec<Token>,
    index: usize,
    depth: usize,
    expr: &'e str,
}

impl Parser<'_> {
    fn token(&self, ahead: usize) -> &Token {
        let last = self.tokens.len() - 1;
        &self.tokens[(self.index + ahead).min(last)]
    }

    fn current(&self) -> Tok {
        self.token(0).kind
    }

    fn advance(&mut self) {
        self.index += 1;
    }

    fn error_at(&self, t: &Token, message: String) -> Box<ParseError> {
        Box::new(ParseError::Parse {
            position: t.start,
            value: shown(t),
            kind: t.kind.name(),
            message,
            expression: self.expr.to_string(),
        })
    }

    fn incomplete(&self) -> Box<ParseError> {
        Box::new(ParseError::Incomplete {
            expression: self.expr.to_string(),
        })
    }

    fn error_here(&self, reason: &str) -> Box<ParseError> {
        self.error_at(self.token(0), reason.to_string())
    }

    /// `_raise_parse_error_maybe_eof`: the end of the text makes the expression incomplete.
    fn expecting(&self, expected: &str) -> Box<ParseError> {
        let t = self.token(0);
        if t.kind == Tok::Eof {
            return self.incomplete();
        }
        self.error_at(t, format!("Expecting: {expected}, got: {}", t.kind.name()))
    }

    fn expect(&mut self, kind: Tok) -> PResult<()> {
        if self.current() == kind {
            self.advance();
            Ok(())
        } else {
            Err(self.expecting(kind.name()))
        }
    }

    fn expression(&mut self, bp: u8) -> PResult<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Box::new(ParseError::Recursion));
        }
        let at = self.index;
        self.advance();
        let mut left = self.nud(at)?;
        loop {
            let current = self.current();
            if bp >= binding_power(current) {
                break;
            }
            self.advance();
            left = self.led(current, left)?;
        }
        self.depth -= 1;
        Ok(left)
    }

    /// A token at the start of an expression. Each rule has a function of its own, so that
    /// the frames of this recursion stay small.
    fn nud(&mut self, at: usize) -> PResult<Node> {
        match self.tokens[at].kind {
            Tok::Literal => Ok(Node::Literal(
                self.tokens[at].value.clone().unwrap_or(Val::Null),
            )),
            Tok::UnquotedIdentifier => Ok(Node::Field(self.tokens[at].text.clone())),
            Tok::QuotedIdentifier => self.quoted_identifier(at),
            Tok::Star => self.nud_star(),
            Tok::Filter => self.filter(Node::Identity),
            Tok::Lbrace => self.multi_select_hash(),
            Tok::Lparen => self.parenthesized(),
            Tok::Flatten => self.flatten(Node::Identity),
            Tok::Not => self.prefixed(Tok::Not),
            Tok::Lbracket => self.nud_lbracket(),
            Tok::Current => Ok(Node::Current),
            Tok::Expref => self.prefixed(Tok::Expref),
            Tok::Eof => Err(self.incomplete()),
            _ => Err(self.error_at(&self.tokens[at], "invalid token".into())),
        }
    }

    fn quoted_identifier(&mut self, at: usize) -> PResult<Node> {
        if self.current() == Tok::Lparen {
            let t = self.token(0);
            return Err(Box::new(ParseError::Parse {
                position: 0,
                value: shown(t),
                kind: t.kind.name(),
                message: "Quoted identifier not allowed for function names.".into(),
                expression: self.expr.to_string(),
            }));
        }
        Ok(Node::Field(self.tokens[at].text.clone()))
    }

    fn nud_star(&mut self) -> PResult<Node> {
        let right = if self.current() == Tok::Rbracket {
            Node::Identity
        } else {
            self.projection_rhs(binding_power(Tok::Star))?
        };
        Ok(Node::ValueProjection(
            Box::new(Node::Identity),
            Box::new(right),
        ))
    }

    fn parenthesized(&mut self) -> PResult<Node> {
        let inner = self.expression(0)?;
        self.expect(Tok::Rparen)?;
        Ok(inner)
    }

    /// `!expr` and `&expr`.
    fn prefixed(&mut self, kind: Tok) -> PResult<Node> {
        let inner = Box::new(self.expression(binding_power(kind))?);
        Ok(if kind == Tok::Not {
            Node::Not(inner)
        } else {
            Node::Expref(inner)
        })
    }

    fn nud_lbracket(&mut self) -> PResult<Node> {
        if matches!(self.current(), Tok::Number | Tok::Colon) {
            let right = self.index_expression()?;
            self.project_if_slice(Node::Identity, right)
        } else if self.current() == Tok::Star && self.token(1).kind == Tok::Rbracket {
            self.advance();
            self.advance();
            let right = self.projection_rhs(binding_power(Tok::Star))?;
            Ok(Node::Projection(Box::new(Node::Identity), Box::new(right)))
        } else {
            self.multi_select_list()
        }
    }

    /// A token after an expression, given what came before it.
    fn led(&mut self, kind: Tok, left: Node) -> PResult<Node> {
        match kind {
            Tok::Eq => self.comparator(Cmp::Eq, left),
            Tok::Ne => self.comparator(Cmp::Ne, left),
            Tok::Gt => self.comparator(Cmp::Gt, left),
            Tok::Gte => self.comparator(Cmp::Gte, left),
            Tok::Lt => self.comparator(Cmp::Lt, left),
            Tok::Lte => self.comparator(Cmp::Lte, left),
            Tok::Dot => self.led_dot(left),
            Tok::Pipe | Tok::Or | Tok::And => self.binary(kind, left),
            Tok::Lparen => self.function(left),
            Tok::Filter => self.filter(left),
            Tok::Flatten => self.flatten(left),
            Tok::Lbracket => self.led_lbracket(left),
            _ => {
                // The token was passed over to get here; the error is about it.
                self.index -= 1;
                Err(self.error_here("invalid token"))
            }
        }
    }

    fn comparator(&mut self, cmp: Cmp, left: Node) -> PResult<Node> {
        let right = self.expression(binding_power(Tok::Eq))?;
        Ok(Node::Comparator(cmp, Box::new(left), Box::new(right)))
    }

    /// `|`, `||` and `&&`.
    fn binary(&mut self, kind: Tok, left: Node) -> PResult<Node> {
        let right = Box::new(self.expression(binding_power(kind))?);
        let left = Box::new(left);
        Ok(match kind {
            Tok::Pipe => Node::Pipe(left, right),
            Tok::Or => Node::Or(left, right),
            _ => Node::And(left, right),
        })
    }

    fn led_dot(&mut self, left: Node) -> PResult<Node> {
        if self.current() == Tok::Star {
            self.advance();
            let right = self.projection_rhs(binding_power(Tok::Dot))?;
            return Ok(Node::ValueProjection(Box::new(left), Box::new(right)));
        }
        let right = self.dot_rhs(binding_power(Tok::Dot))?;
        let mut left = left;
        if let Node::Subexpression(children) = &mut left {
            children.push(right);
            return Ok(left);
        }
        Ok(Node::Subexpression(vec![left, right]))
    }

    fn flatten(&mut self, left: Node) -> PResult<Node> {
        let right = self.projection_rhs(binding_power(Tok::Flatten))?;
        Ok(Node::Projection(
            Box::new(Node::Flatten(Box::new(left))),
            Box::new(right),
        ))
    }

    fn led_lbracket(&mut self, left: Node) -> PResult<Node> {
        if matches!(self.current(), Tok::Number | Tok::Colon) {
            let right = self.index_expression()?;
            let mut left = left;
            if let Node::IndexExpression(children) = &mut left {
                children.push(right);
                return Ok(left);
            }
            return self.project_if_slice(left, right);
        }
        self.expect(Tok::Star)?;
        self.expect(Tok::Rbracket)?;
        let right = self.projection_rhs(binding_power(Tok::Star))?;
        Ok(Node::Projection(Box::new(left), Box::new(right)))
    }

    fn function(&mut self, left: Node) -> PResult<Node> {
        let Node::Field(name) = &left else {
            let t = &self.tokens[self.index.saturating_sub(2)];
            let shown = shown(t);
            return Err(self.error_at(t, format!("Invalid function name '{shown}'")));
        };
        let mut args = Vec::new();
        while self.current() != Tok::Rparen {
            let arg = self.expression(0)?;
            if self.current() == Tok::Comma {
                self.expect(Tok::Comma)?;
            }
            args.push(arg);
        }
        self.expect(Tok::Rparen)?;
        let function = Function::named(name);
        Ok(Node::Function(name.clone(), function, args))
    }

    fn filter(&mut self, left: Node) -> PResult<Node> {
        let condition = self.expression(0)?;
        self.expect(Tok::Rbracket)?;
        let right = if self.current() == Tok::Flatten {
            Node::Identity
        } else {
            self.projection_rhs(binding_power(Tok::Filter))?
        };
        Ok(Node::FilterProjection(
            Box::new(left),
            Box::new(right),
            Box::new(condition),
        ))
    }

    fn index_expression(&mut self) -> PResult<Node> {
        if self.current() == Tok::Colon || self.token(1).kind == Tok::Colon {
            return self.slice();
        }
        let index = number(self.token(0));
        self.advance();
        self.expect(Tok::Rbracket)?;
        Ok(Node::Index(index))
    }

    fn slice(&mut self) -> PResult<Node> {
        let mut parts = [None, None, None];
        let mut at = 0;
        while self.current() != Tok::Rbracket && at < 3 {
            match self.current() {
                Tok::Colon => {
                    at += 1;
                    if at == 3 {
                        return Err(self.error_here("syntax error"));
                    }
                    self.advance();
                }
                Tok::Number => {
                    parts[at] = Some(number(self.token(0)));
                    self.advance();
                }
                _ => return Err(self.error_here("syntax error")),
            }
        }
        self.expect(Tok::Rbracket)?;
        Ok(Node::Slice(parts[0], parts[1], parts[2]))
    }

    fn project_if_slice(&mut self, left: Node, right: Node) -> PResult<Node> {
        let is_slice = matches!(right, Node::Slice(..));
        let index = Node::IndexExpression(vec![left, right]);
        if is_slice {
            let rhs = self.projection_rhs(binding_power(Tok::Star))?;
            Ok(Node::Projection(Box::new(index), Box::new(rhs)))
        } else {
            Ok(index)
        }
    }

    fn multi_select_list(&mut self) -> PResult<Node> {
        let mut items = Vec::new();
        loop {
            items.push(self.expression(0)?);
            if self.current() == Tok::Rbracket {
                break;
            }
            self.expect(Tok::Comma)?;
        }
        self.expect(Tok::Rbracket)?;
        Ok(Node::MultiSelectList(items))
    }

    fn multi_select_hash(&mut self) -> PResult<Node> {
        let mut pairs = Vec::new();
        loop {
            if !matches!(
                self.current(),
                Tok::QuotedIdentifier | Tok::UnquotedIdentifier
            ) {
                return Err(self.expecting("['quoted_identifier', 'unquoted_identifier']"));
            }
            let key = self.tokens[self.index].text.clone();
            self.advance();
            self.expect(Tok::Colon)?;
            let value = self.expression(0)?;
            pairs.push((key, value));
            match self.current() {
                Tok::Comma => self.expect(Tok::Comma)?,
                Tok::Rbrace => {
                    self.expect(Tok::Rbrace)?;
                    break;
                }
                _ => {}
            }
        }
        Ok(Node::MultiSelectDict(pairs))
    }

    fn projection_rhs(&mut self, bp: u8) -> PResult<Node> {
        match self.current() {
            t if binding_power(t) < PROJECTION_STOP => Ok(Node::Identity),
            Tok::Lbracket | Tok::Filter => self.expression(bp),
            Tok::Dot => {
                self.expect(Tok::Dot)?;
                self.dot_rhs(bp)
            }
            _ => Err(self.error_here("syntax error")),
        }
    }

    fn dot_rhs(&mut self, bp: u8) -> PResult<Node> {
        match self.current() {
            Tok::QuotedIdentifier | Tok::UnquotedIdentifier | Tok::Star => self.expression(bp),
            Tok::Lbracket => {
                self.expect(Tok::Lbracket)?;
                self.multi_select_list()
            }
            Tok::Lbrace => {
                self.expect(Tok::Lbrace)?;
                self.multi_select_hash()
            }
            other => Err(self.error_here(&format!(
                "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', \
                 'lbrace'], got: {}",
                other.name()
            ))),
        }
    }
}

/// The number of a `number` token, clamped to 64 bits (a wider index finds nothing, a wider
/// slice bound clamps to the list, as in Python).
fn number(t: &Token) -> i64 {
    match &t.value {
        Some(Val::Int(i)) => (*i).clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64,
        Some(Val::Float(f)) if *f < 0.0 => i64::MIN,
        _ => i64::MAX,
    }
}
