//! Placeholder until the shorthand parser lands.
use serde_json::Value;
#[derive(Debug)]
pub struct ParseError(String);
impl ParseError {
    pub fn describe(&self) -> String {
        self.0.clone()
    }
}
pub fn parse(input: &str) -> Result<Value, ParseError> {
    Err(ParseError(format!("unsupported: {input}")))
}
