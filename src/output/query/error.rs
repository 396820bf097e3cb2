//! The ways a query fails, worded as jmespath.py words them (`str()` of its exceptions).

use std::fmt;

/// The expression does not compile: the AWS CLI refuses the `--query` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    Lexer {
        position: usize,
        value: String,
        message: String,
        expression: String,
    },
    Parse {
        position: usize,
        /// `str()` of the token's value.
        value: String,
        /// The token type's name.
        kind: &'static str,
        message: String,
        expression: String,
    },
    Incomplete {
        expression: String,
    },
    /// Nesting deeper than Python's recursion limit lets jmespath.py go.
    Recursion,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => f.write_str("Invalid JMESPath expression: cannot be empty."),
            ParseError::Lexer {
                position,
                message,
                expression,
                ..
            } => write!(
                f,
                "Bad jmespath expression: {message}:\n{expression}\n{}^",
                " ".repeat(*position)
            ),
            ParseError::Parse {
                position,
                value,
                kind,
                message,
                expression,
            } => write!(
                f,
                "{message}: Parse error at column {position}, token \"{value}\" ({}), for \
                 expression:\n\"{expression}\"\n{}^",
                kind.to_uppercase(),
                " ".repeat(position + 1)
            ),
            ParseError::Incomplete { expression } => write!(
                f,
                "Invalid jmespath expression: Incomplete expression:\n\"{expression}\"\n{}^",
                " ".repeat(expression.chars().count() + 1)
            ),
            ParseError::Recursion => f.write_str("maximum recursion depth exceeded"),
        }
    }
}

/// Evaluating the expression failed (a function given the wrong types or number of
/// arguments, an unknown function, a comparison Python refuses): the AWS CLI stops with
/// exit status 255 and this message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeError(pub String);

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
