//! `--query`: JMESPath as jmespath.py 1.0 (the AWS CLI v2's) evaluates it. The text is
//! compiled once ([`compile`]: `lexer` then `parser` to the `ast`), then searched against the
//! response document ([`Expression::search`]: `eval`, with the built-ins of `functions`), on
//! Python's terms: integers stay integers, objects keep their order, `==` and `<` behave as
//! Python's do, and errors carry jmespath.py's messages. `json` reads literals as Python's
//! `json.loads` does; `value` holds what a query works on.

mod ast;
mod error;
mod eval;
mod functions;
mod json;
mod lexer;
mod parser;
mod value;

pub use error::{ParseError, RuntimeError};

use serde_json::Value as Json;

/// Trees deeper than this fail when evaluated, as Python's recursion limit makes jmespath.py
/// fail on them (at about the same depth).
const MAX_TREE_DEPTH: usize = 400;

/// A compiled expression.
#[derive(Debug)]
pub struct Expression {
    root: ast::Node,
    depth: usize,
}

/// Compiles `expr`, or says why jmespath.py would refuse it.
pub fn compile(expr: &str) -> Result<Expression, ParseError> {
    let mut root = parser::parse(expr)?;
    let depth = root.depth();
    Ok(Expression { root, depth })
}

impl Expression {
    /// The result of the expression on `doc`, as JSON.
    pub fn search(&self, doc: &Json) -> Result<Json, RuntimeError> {
        if self.depth > MAX_TREE_DEPTH {
            return Err(RuntimeError("maximum recursion depth exceeded".into()));
        }
        let result = eval::visit(&self.root, &value::Val::from_json(doc))?;
        if result.holds_expref() {
            // What the AWS CLI's JSON encoder says of a value it cannot write.
            return Err(RuntimeError(
                "Encountered unrecognized type in JSON encoder.".into(),
            ));
        }
        Ok(result.to_json())
    }
}
