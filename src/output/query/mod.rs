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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(expr: &str, doc: &Json) -> String {
        match compile(expr) {
            Err(e) => format!("parse: {e}"),
            Ok(c) => match c.search(doc) {
                Ok(v) => serde_json::to_string(&v).unwrap(),
                Err(e) => format!("error: {e}"),
            },
        }
    }

    fn listing() -> Json {
        json!({"actionIdentifiers": [
            {"actionName": "Quarantine", "actionArn": "arn:q", "creationDate": "2026-01-10T09:30:00+00:00"},
            {"actionName": "Logs", "actionArn": "arn:l", "creationDate": "2019-06-10T13:33:04.521000+00:00"},
        ]})
    }

    #[test]
    fn backtick_literals_that_are_not_json_are_strings() {
        let doc = listing();
        assert_eq!(
            run(
                "actionIdentifiers[?contains(actionName, `Quar`)].actionArn",
                &doc
            ),
            r#"["arn:q"]"#
        );
        assert_eq!(
            run(
                "actionIdentifiers[?actionName==`Quarantine`].actionArn",
                &doc
            ),
            r#"["arn:q"]"#
        );
        assert_eq!(
            run("join(`,`, actionIdentifiers[].actionName)", &doc),
            r#""Quarantine,Logs""#
        );
        assert_eq!(run("` spaced `", &doc), r#""spaced ""#);
    }

    #[test]
    fn wide_indices_find_nothing() {
        let doc = listing();
        assert_eq!(run("actionIdentifiers[2147483648]", &doc), "null");
        assert_eq!(
            run("actionIdentifiers[-99999999999999999999]", &doc),
            "null"
        );
        assert_eq!(
            run(
                "actionIdentifiers[99999999999999999999:0:-1].actionName",
                &doc
            ),
            r#"["Logs"]"#
        );
    }

    #[test]
    fn objects_keep_the_documents_order() {
        let doc = json!({"z": 1, "a": {"y": 2, "b": 3}});
        assert_eq!(run("keys(@)", &doc), r#"["z","a"]"#);
        assert_eq!(run("values(a)", &doc), "[2,3]");
        assert_eq!(run("a.*", &doc), "[2,3]");
        assert_eq!(run("{z: a, a: z}", &doc), r#"{"z":{"y":2,"b":3},"a":1}"#);
    }

    #[test]
    fn integers_stay_integers() {
        let doc = json!({"n": [1, 2], "f": [1.5, 2.5]});
        assert_eq!(run("sum(n)", &doc), "3");
        assert_eq!(run("abs(`-3`)", &doc), "3");
        assert_eq!(run("ceil(`2.5`)", &doc), "3");
        assert_eq!(run("floor(`2.5`)", &doc), "2");
        assert_eq!(run("`-0`", &doc), "0");
        assert_eq!(run("`-0.0`", &doc), "-0.0");
        assert_eq!(run("sum(f)", &doc), "4.0");
        assert_eq!(run("avg(n)", &doc), "1.5");
        assert_eq!(run("avg(`[]`)", &doc), "null");
    }

    #[test]
    fn strings_order_and_other_mixes_fail_as_in_python() {
        let doc = listing();
        assert_eq!(
            run(
                "actionIdentifiers[?creationDate > `\"2026\"`].actionName",
                &doc
            ),
            r#"["Quarantine"]"#
        );
        assert_eq!(
            run("actionIdentifiers[?creationDate > `2026`]", &doc),
            "error: '>' not supported between instances of 'str' and 'int'"
        );
        assert_eq!(run("`true` < `1`", &doc), "null");
        assert_eq!(run("`true` == `1`", &doc), "false");
        assert_eq!(run("`[true]` == `[1]`", &doc), "true");
    }

    #[test]
    fn runtime_errors_carry_jmespath_pys_words() {
        let doc = listing();
        assert_eq!(
            run("unknownfn(@)", &doc),
            "error: Unknown function: unknownfn()"
        );
        assert_eq!(
            run("length(`1`)", &doc),
            "error: In function length(), invalid type for value: 1, expected one of: \
             ['string', 'array', 'object'], received: \"number\""
        );
        assert_eq!(
            run("length(@, @)", &doc),
            "error: Expected 1 argument for function length(), received 2"
        );
        assert_eq!(
            run("sum(`[1, \"a\"]`)", &doc),
            "error: In function sum(), invalid type for value: a, expected one of: \
             ['array-number'], received: \"str\""
        );
    }

    #[test]
    fn parse_errors_point_at_the_column() {
        let doc = listing();
        // The caret under the end, one column on for the opening quote.
        assert_eq!(
            run("actionIdentifiers[?actionName==", &doc),
            format!(
                "parse: Invalid jmespath expression: Incomplete expression:\n\
                 \"actionIdentifiers[?actionName==\"\n{}^",
                " ".repeat(32)
            )
        );
        assert_eq!(
            run("foo bar", &doc),
            "parse: Unexpected token: bar: Parse error at column 4, token \"bar\" \
             (UNQUOTED_IDENTIFIER), for expression:\n\"foo bar\"\n     ^"
        );
        assert_eq!(
            run("a = b", &doc),
            "parse: Bad jmespath expression: Unknown token '=':\na = b\n  ^"
        );
        assert_eq!(
            run("`{\"a\"", &doc),
            "parse: Bad jmespath expression: Unclosed ` delimiter:\n`{\"a\"\n^"
        );
        assert_eq!(
            run("", &doc),
            "parse: Invalid JMESPath expression: cannot be empty."
        );
    }

    #[test]
    fn deep_nesting_fails_instead_of_overflowing() {
        let doc = listing();
        let deep = format!("{}a{}", "(".repeat(5000), ")".repeat(5000));
        assert_eq!(run(&deep, &doc), "parse: maximum recursion depth exceeded");
        let long = format!("a{}", "[]".repeat(50_000));
        assert_eq!(run(&long, &doc), "error: maximum recursion depth exceeded");
    }
}
