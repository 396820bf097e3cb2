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
/// botocore sends the object's other keys as parameters, so a key that is not one of the
/// operation's `members` (a `nextToken` handed to a listing that pages by `marker`) is refused
/// with botocore's words for an unknown parameter.
pub fn decode_token(input_token: &str, members: &[&str], text: &str) -> Result<Start> {
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
            let others: Vec<&String> = obj
                .keys()
                .filter(|k| *k != input_token && *k != "boto_truncate_amount")
                .collect();
            let unknown: Vec<String> = others
                .iter()
                .filter(|k| !members.contains(&k.as_str()))
                .map(|k| {
                    format!(
                        "Unknown parameter in input: \"{k}\", must be one of: {}",
                        members.join(", ")
                    )
                })
                .collect();
            if !unknown.is_empty() {
                return Err(CliError::Param(format!(
                    "Parameter validation failed:\n{}",
                    unknown.join("\n")
                )));
            }
            if !others.is_empty() {
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
pub fn encode_token(input_token: &str, token: Option<&str>, truncate: Option<i64>) -> String {
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

/// A listing's pages. `fetch` is called with the service token of each request and returns the
/// shaped page. Each page, cut as `--max-items` and `--starting-token` require, goes to
/// `on_page` when one is given (streamed formats); otherwise the pages are merged into one
/// document.
pub struct Merge<'a> {
    pub paginator: &'a Paginator,
    /// `--max-items`; values below 1 behave as in the AWS CLI (Python slicing of the page).
    pub max_items: Option<i64>,
    pub start: Start,
}

/// What a listing produced: the merged document (empty when pages were streamed) and the
/// `NextToken` to resume from, when `--max-items` cut the listing.
pub struct Listing {
    pub merged: Value,
    pub resume: Option<String>,
}

pub type PageSink<'s> = &'s mut dyn FnMut(&Value) -> Result<()>;

impl Merge<'_> {
    pub async fn run<F, Fut>(
        self,
        mut fetch: F,
        mut on_page: Option<PageSink<'_>>,
    ) -> Result<Listing>
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
            let had_key = page.get(p.result_key).is_some();
            let mut page_items: Vec<Value> = match page.get_mut(p.result_key).map(Value::take) {
                Some(Value::Array(list)) => list,
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
                .get(p.output_token)
                .and_then(Value::as_str)
                .map(str::to_string);
            let len = page_items.len() as i64;
            let over = self.max_items.map_or(0, |max| total as i64 + len - max);
            let mut done = false;
            if over > 0 {
                let keep = len - over;
                // A negative count keeps all but that many, as a Python slice does.
                let kept = if keep >= 0 { keep } else { (len + keep).max(0) };
                page_items.truncate(kept as usize);
                resume = Some(encode_token(
                    p.input_token,
                    request_token.as_deref(),
                    Some(keep + skipped as i64),
                ));
                done = true;
            }
            total += page_items.len();
            let keep_key = had_key || done;
            match on_page.as_mut() {
                Some(sink) => {
                    if let Value::Object(obj) = &mut page {
                        if keep_key {
                            obj.insert(p.result_key.to_string(), Value::Array(page_items));
                        } else {
                            obj.remove(p.result_key);
                        }
                    }
                    sink(&page)?;
                }
                None if keep_key => items.get_or_insert_with(Vec::new).extend(page_items),
                None => {}
            }
            if done {
                break;
            }
            let Some(next) = next.filter(|t| !t.is_empty()) else {
                break;
            };
            if self.max_items == Some(total as i64) {
                resume = Some(encode_token(p.input_token, Some(&next), None));
                break;
            }
            if seen_tokens.last() == Some(&next) {
                return Err(CliError::Other(format!(
                    "Error during pagination: The same next token was received twice: {{'{}': '{next}'}}",
                    p.input_token
                )));
            }
            seen_tokens.push(next.clone());
            request_token = Some(next);
        }
        let mut merged = Map::new();
        if let Some(items) = items {
            merged.insert(p.result_key.to_string(), Value::Array(items));
        }
        if let Some(token) = &resume {
            merged.insert("NextToken".to_string(), Value::String(token.clone()));
        }
        Ok(Listing {
            merged: Value::Object(merged),
            resume,
        })
    }
}

/// How many fetched pages may wait for the consumer before the next request is held back.
const AHEAD: usize = 2;

/// A page fetched ahead: the token it was requested with and its body as it came.
type Fetched = (Option<String>, Result<Vec<u8>>);

/// The consuming end of a listing fetched by [`fetch_ahead`].
pub struct Feed {
    /// The first page, fetched before the consumer started.
    first: Option<Fetched>,
    /// The pages after it; none when the first page was the last.
    rx: Option<tokio::sync::mpsc::Receiver<Fetched>>,
}

impl Feed {
    /// The body of the page requested with `token`, waiting for it if it has not arrived yet.
    pub fn next(&mut self, token: Option<&str>) -> Result<Vec<u8>> {
        let fetched = match self.first.take() {
            Some(first) => Some(first),
            None => self.rx.as_mut().and_then(|rx| rx.blocking_recv()),
        };
        match fetched {
            Some((sent, page)) if sent.as_deref() == token => page,
            Some(_) => Err(CliError::Other(
                "the pages of the listing arrived out of order".into(),
            )),
            // The fetching side is gone: the command was interrupted.
            None => Err(CliError::Interrupted),
        }
    }
}

/// Ends the consuming thread when the fetching side ends, also when it is dropped half-way
/// (Ctrl-C): the channel is closed first, then the thread is waited for, so that a page being
/// written is written whole before the process exits.
struct Consumer<R> {
    tx: Option<tokio::sync::mpsc::Sender<Fetched>>,
    thread: Option<std::thread::JoinHandle<R>>,
}

impl<R> Drop for Consumer<R> {
    fn drop(&mut self) {
        drop(self.tx.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Fetches a listing's pages in turn, following `output_token`, while `consume` works through
/// them on a thread of its own: the request for the next page is on its way while the page
/// before is decoded, shaped and printed. Fetching stops where the pages end (no token, an
/// empty one, or the same one twice), at the first error (handed to the consumer), or when the
/// consumer is done. A listing of one page is consumed on this thread, as it comes: a thread
/// would only cost it its start. Returns what `consume` returned.
pub async fn fetch_ahead<F, Fut, C, R>(
    output_token: &str,
    first: Option<String>,
    mut fetch: F,
    consume: C,
) -> R
where
    F: FnMut(Option<String>) -> Fut,
    Fut: std::future::Future<Output = Result<Vec<u8>>>,
    C: FnOnce(Feed) -> R + Send + 'static,
    R: Send + 'static,
{
    // The token of the page after `page`, if there is one.
    let following = |page: &Result<Vec<u8>>| {
        page.as_ref()
            .ok()
            .and_then(|body| next_token(body, output_token))
            .filter(|t| !t.is_empty())
    };
    let page = fetch(first.clone()).await;
    let Some(mut token) = following(&page) else {
        return consume(Feed {
            first: Some((first, page)),
            rx: None,
        });
    };
    let (tx, rx) = tokio::sync::mpsc::channel(AHEAD);
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let mut consumer = Consumer {
        tx: Some(tx),
        thread: Some(std::thread::spawn(move || {
            let result = consume(Feed {
                first: Some((first, page)),
                rx: Some(rx),
            });
            let _ = done_tx.send(());
            result
        })),
    };
    let mut previous = token.clone();
    while let Some(tx) = &consumer.tx {
        let page = fetch(Some(token.clone())).await;
        let next = following(&page);
        if tx.send((Some(token.clone()), page)).await.is_err() {
            break;
        }
        match next {
            Some(next) if previous != next => {
                previous = next.clone();
                token = next;
            }
            _ => break,
        }
    }
    drop(consumer.tx.take());
    let _ = done_rx.await;
    match consumer.thread.take().map(std::thread::JoinHandle::join) {
        Some(Ok(result)) => result,
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        None => unreachable!("the consuming thread is taken once"),
    }
}

/// The string value of the top-level member `key` of a JSON body, read without building the
/// document (the page's items are skipped over).
fn next_token(body: &[u8], key: &str) -> Option<String> {
    use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
    struct Member<'k>(&'k str);
    impl<'de> Visitor<'de> for Member<'_> {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(
            self,
            mut map: A,
        ) -> std::result::Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(k) = map.next_key::<String>()? {
                if k == self.0 {
                    found = map.next_value::<Option<String>>()?;
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(found)
        }
    }
    impl<'de> DeserializeSeed<'de> for Member<'_> {
        type Value = Option<String>;
        fn deserialize<D: serde::Deserializer<'de>>(
            self,
            d: D,
        ) -> std::result::Result<Self::Value, D::Error> {
            d.deserialize_map(self)
        }
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    Member(key).deserialize(&mut de).ok().flatten()
}

/// Runs a future whose every step is ready at once (a listing fed from a [`Feed`], which blocks
/// instead of waiting asynchronously) on the current thread.
pub fn run_ready<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        std::thread::yield_now();
    }
}

/// botocore's tokens are standard base64; padding is not insisted on when reading them.
const TOKEN_BASE64: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);

fn base64_encode(data: &[u8]) -> String {
    use base64::Engine;
    TOKEN_BASE64.encode(data)
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    TOKEN_BASE64.decode(text).ok()
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
            decode_token("nextToken", LISTING, &t).unwrap(),
            Start {
                token: None,
                skip: 2
            }
        );
        let t = encode_token("nextToken", Some("abc"), None);
        assert_eq!(t, "eyJuZXh0VG9rZW4iOiAiYWJjIn0=");
        assert_eq!(
            decode_token("nextToken", LISTING, &t).unwrap(),
            Start {
                token: Some("abc".into()),
                skip: 0
            }
        );
    }

    const LISTING: &[&str] = &["nextToken", "maxResults", "actionType"];

    #[test]
    fn another_listings_token_names_the_parameter_it_would_send() {
        let t = encode_token("nextToken", Some("m2"), Some(1));
        let members = ["pageSize", "marker", "ascendingOrder"];
        match decode_token("marker", &members, &t) {
            Err(CliError::Param(m)) => assert_eq!(
                m,
                "Parameter validation failed:\nUnknown parameter in input: \"nextToken\", must be \
                 one of: pageSize, marker, ascendingOrder"
            ),
            other => panic!("{other:?}"),
        }
        let t = encode_token("marker", Some("m2"), Some(1));
        assert_eq!(
            decode_token("marker", &members, &t).unwrap(),
            Start {
                token: Some("m2".into()),
                skip: 1
            }
        );
    }

    #[test]
    fn a_plain_token_is_the_service_token() {
        assert_eq!(
            decode_token("nextToken", LISTING, "not base64 !").unwrap(),
            Start {
                token: Some("not base64 !".into()),
                skip: 0
            }
        );
    }

    #[test]
    fn the_next_token_is_read_without_the_items() {
        let body = br#"{"items": [{"nextToken": "inner"}, "x"], "nextToken": "t2"}"#;
        assert_eq!(next_token(body, "nextToken").as_deref(), Some("t2"));
        assert_eq!(next_token(br#"{"items": []}"#, "nextToken"), None);
        assert_eq!(next_token(br#"{"nextToken": null}"#, "nextToken"), None);
        assert_eq!(next_token(br#"{"nextToken": 5}"#, "nextToken"), None);
        assert_eq!(next_token(b"not json", "nextToken"), None);
        // As the document would read it: the last of repeated members wins.
        assert_eq!(
            next_token(br#"{"nextToken": "a", "nextToken": "b"}"#, "nextToken").as_deref(),
            Some("b")
        );
    }

    fn paginator() -> Paginator {
        Paginator {
            input_token: "nextToken",
            output_token: "nextToken",
            limit_key: Some("maxResults"),
            result_key: "items",
        }
    }

    /// Runs a listing fetched ahead over `pages` (token sent → body); returns the tokens sent,
    /// in order, and the merged result or the error.
    fn ahead(pages: &[(Option<&str>, &str)]) -> (Vec<Option<String>>, Result<Value>) {
        let p: &'static Paginator = Box::leak(Box::new(paginator()));
        let pages: Vec<(Option<String>, String)> = pages
            .iter()
            .map(|(t, b)| (t.map(str::to_string), b.to_string()))
            .collect();
        let sent = std::cell::RefCell::new(Vec::new());
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let fetch = |token: Option<String>| {
            sent.borrow_mut().push(token.clone());
            let page = pages
                .iter()
                .find(|(t, _)| *t == token)
                .map(|(_, b)| b.clone());
            async move {
                page.map(String::into_bytes)
                    .ok_or_else(|| CliError::Other(format!("no page for {token:?}")))
            }
        };
        let merge = Merge {
            paginator: p,
            max_items: None,
            start: Start::default(),
        };
        let result = rt.block_on(fetch_ahead("nextToken", None, fetch, move |mut feed| {
            run_ready(merge.run(
                |token: Option<String>| {
                    let page = feed.next(token.as_deref()).and_then(|b| {
                        serde_json::from_slice(&b).map_err(|e| CliError::Other(e.to_string()))
                    });
                    async move { page }
                },
                None,
            ))
        }));
        (sent.into_inner(), result.map(|l| l.merged))
    }

    #[test]
    fn pages_fetched_ahead_are_merged_in_order() {
        let (sent, merged) = ahead(&[
            (None, r#"{"items": [1, 2], "nextToken": "a"}"#),
            (Some("a"), r#"{"items": [3], "nextToken": "b"}"#),
            (Some("b"), r#"{"items": [4], "nextToken": ""}"#),
        ]);
        assert_eq!(sent, vec![None, Some("a".into()), Some("b".into())]);
        assert_eq!(merged.unwrap(), serde_json::json!({"items": [1, 2, 3, 4]}));
    }

    #[test]
    fn fetching_ahead_stops_at_a_repeated_token_and_at_an_error() {
        let (sent, merged) = ahead(&[
            (None, r#"{"items": [1], "nextToken": "a"}"#),
            (Some("a"), r#"{"items": [2], "nextToken": "a"}"#),
        ]);
        assert_eq!(sent, vec![None, Some("a".into())]);
        assert!(matches!(
            merged,
            Err(CliError::Other(m)) if m == "Error during pagination: The same next token was received twice: {'nextToken': 'a'}"
        ));
        let (sent, merged) = ahead(&[(None, r#"{"items": [1], "nextToken": "gone"}"#)]);
        assert_eq!(sent, vec![None, Some("gone".into())]);
        assert!(matches!(merged, Err(CliError::Other(m)) if m == "no page for Some(\"gone\")"));
    }

    #[test]
    fn a_listing_of_one_page_is_consumed_on_the_fetching_thread() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let here = std::thread::current().id();
        for (body, same) in [
            (r#"{"items": [1]}"#, true),
            (r#"{"items": [1], "nextToken": ""}"#, true),
            (r#"{"items": [1], "nextToken": "a"}"#, false),
        ] {
            let fetch = |token: Option<String>| async move {
                match token {
                    None => Ok(body.as_bytes().to_vec()),
                    Some(_) => Ok(br#"{"items": [2]}"#.to_vec()),
                }
            };
            let (thread, first) = rt.block_on(fetch_ahead("nextToken", None, fetch, |mut feed| {
                (std::thread::current().id(), feed.next(None).ok())
            }));
            assert_eq!(thread == here, same, "{body}");
            assert_eq!(first, Some(body.as_bytes().to_vec()), "{body}");
        }
    }
}
