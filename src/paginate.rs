//! Pagination as the AWS CLI does it: follow `nextToken` and merge the pages into one document
//! (`--page-size` sets the page size, `--max-items` cuts the result and leaves a `NextToken`
//! that `--starting-token` resumes from, in botocore's token encoding).

use crate::error::{CliError, Result};
use crate::model::Paginator;
use serde_json::{Map, Value};

/// Where a listing starts: the service token to send first and how many items of the first page
/// were already returned.
#[derive(Debug, Default, PartialEq)]
pub struct Start {
    pub token: Option<String>,
    pub skip: usize,
}

/// Reads a `--starting-token`: base64 of a JSON object holding the input token and, when a page
/// was cut, `boto_truncate_amount`. A token that is not in that form is the service token itself.
pub fn decode_token(input_token: &str, text: &str) -> Result<Start> {
    let decoded = base64_decode(text.trim())
        .and_then(|bytes| serde_json::from_slice::<Map<String, Value>>(&bytes).ok());
    match decoded {
        Some(obj) => {
            let skip = match obj.get("boto_truncate_amount") {
                None => 0,
                Some(v) => v
                    .as_u64()
                    .map(|n| n as usize)
                    .ok_or_else(|| CliError::Param(format!("Bad starting token: {text}")))?,
            };
            if obj
                .keys()
                .any(|k| k != input_token && k != "boto_truncate_amount")
            {
                return Err(CliError::Param(format!("Bad starting token: {text}")));
            }
            Ok(Start {
                token: obj
                    .get(input_token)
                    .and_then(Value::as_str)
                    .map(str::to_string),
                skip,
            })
        }
        None => Ok(Start {
            token: Some(text.to_string()),
            skip: 0,
        }),
    }
}

/// The `NextToken` printed after a cut: botocore's encoding, so that the AWS CLI and iotmit
/// accept each other's tokens.
pub fn encode_token(input_token: &str, token: Option<&str>, truncate: Option<usize>) -> String {
    let mut text = format!(
        "{{\"{input_token}\": {}",
        token.map_or("null".to_string(), |t| Value::String(t.to_string())
            .to_string())
    );
    if let Some(n) = truncate {
        text.push_str(&format!(", \"boto_truncate_amount\": {n}"));
    }
    text.push('}');
    base64_encode(text.as_bytes())
}

/// The pages of a listing, merged. `fetch` is called with the service token of each request
/// and returns the shaped page.
pub struct Merge<'a> {
    pub paginator: &'a Paginator,
    pub max_items: Option<usize>,
    pub start: Start,
}

impl Merge<'_> {
    pub async fn run<F, Fut>(self, mut fetch: F) -> Result<Value>
    where
        F: FnMut(Option<String>) -> Fut,
        Fut: std::future::Future<Output = Result<Value>>,
    {
        let p = self.paginator;
        let mut items: Option<Vec<Value>> = None;
        let mut total = 0usize;
        let mut request_token = self.start.token.clone();
        let mut first = true;
        let mut resume: Option<String> = None;
        let mut seen_tokens: Vec<String> = Vec::new();
        loop {
            let mut page = fetch(request_token.clone()).await?;
            let had_key = page.get(&p.result_key).is_some();
            let mut page_items: Vec<Value> = match page.get_mut(&p.result_key).map(Value::take) {
                Some(Value::Array(items)) => items,
                _ => Vec::new(),
            };
            let skipped = if first {
                self.start.skip.min(page_items.len())
            } else {
                0
            };
            if first && self.start.skip > 0 {
                page_items.drain(..skipped);
            }
            first = false;
            let next = page
                .get(&p.output_token)
                .and_then(Value::as_str)
                .map(str::to_string);
            let over = self
                .max_items
                .map_or(0, |max| (total + page_items.len()).saturating_sub(max));
            if over > 0 {
                let keep = page_items.len() - over;
                page_items.truncate(keep);
                resume = Some(encode_token(
                    &p.input_token,
                    request_token.as_deref(),
                    Some(keep + skipped),
                ));
                items.get_or_insert_with(Vec::new).extend(page_items);
                break;
            }
            total += page_items.len();
            if had_key {
                items.get_or_insert_with(Vec::new).extend(page_items);
            }
            let Some(next) = next.filter(|t| !t.is_empty()) else {
                break;
            };
            if self.max_items == Some(total) {
                resume = Some(encode_token(&p.input_token, Some(&next), None));
                break;
            }
            if seen_tokens.last() == Some(&next) {
                return Err(CliError::Other(format!(
                    "The same next token was received twice: {{'{}': '{next}'}}",
                    p.input_token
                )));
            }
            seen_tokens.push(next.clone());
            request_token = Some(next);
        }
        let mut merged = Map::new();
        if let Some(items) = items {
            merged.insert(p.result_key.clone(), Value::Array(items));
        }
        if let Some(token) = resume {
            merged.insert("NextToken".to_string(), Value::String(token));
        }
        Ok(Value::Object(merged))
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &c in bytes {
        let v = B64.iter().position(|&x| x == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_use_botocores_encoding() {
        let t = encode_token("nextToken", None, Some(2));
        assert_eq!(
            String::from_utf8(base64_decode(&t).unwrap()).unwrap(),
            r#"{"nextToken": null, "boto_truncate_amount": 2}"#
        );
        assert_eq!(
            decode_token("nextToken", &t).unwrap(),
            Start {
                token: None,
                skip: 2
            }
        );
        let t = encode_token("nextToken", Some("abc"), None);
        assert_eq!(t, "eyJuZXh0VG9rZW4iOiAiYWJjIn0=");
        assert_eq!(
            decode_token("nextToken", &t).unwrap(),
            Start {
                token: Some("abc".into()),
                skip: 0
            }
        );
    }

    #[test]
    fn a_plain_token_is_the_service_token() {
        assert_eq!(
            decode_token("nextToken", "not base64 !").unwrap(),
            Start {
                token: Some("not base64 !".into()),
                skip: 0
            }
        );
    }
}
