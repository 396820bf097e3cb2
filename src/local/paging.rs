//! How every list operation pages, as the model's paginator for it says: the page size from
//! its limit member (`maxResults`, 25 when absent), the items under its result key, and an
//! opaque `nextToken` sealed to the operation and to the request's other members (its filters),
//! naming the position after which the next page resumes. Each operation only says which items
//! come, in which order, and each item's position in that order.

use serde::Serialize;
use serde_json::{Map, Value};

use super::error::ApiError;
use super::input::{Input, Members};
use super::operations::Reply;
use super::util::{self, PageWriter};
use super::Ctx;
use crate::model::{self, Paginator};

/// The page size when the request does not give one.
const DEFAULT_PAGE_SIZE: usize = 25;

/// One list request: its page size, its filters and where its page starts.
pub struct Listing<'a> {
    secret: &'a str,
    op: &'static str,
    paginator: &'static Paginator,
    filters: String,
    /// How many items a page holds at most.
    pub max: usize,
    /// The position the request's token names (the last item of the page before).
    after: Option<i64>,
}

impl<'a> Listing<'a> {
    /// Reads the page size and the token of a list operation's input.
    pub fn new(ctx: &'a Ctx, input: &Input) -> Result<Listing<'a>, ApiError> {
        let paginator = model::get().paginator(input.op).ok_or_else(|| {
            ApiError::internal(format!("{} is not a list operation", input.op.name))
        })?;
        let max = input
            .integer(paginator.limit_key.unwrap_or_default())
            .and_then(|n| usize::try_from(n).ok())
            .filter(|n| *n > 0)
            .unwrap_or(DEFAULT_PAGE_SIZE);
        let filters: Map<String, Value> = input
            .iter()
            .filter(|(k, _)| *k != paginator.input_token && Some(k.as_str()) != paginator.limit_key)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let filters = Value::Object(filters).to_string();
        let after = match input.text(paginator.input_token).filter(|t| !t.is_empty()) {
            Some(t) => Some(util::decode_page_token(
                &ctx.secret,
                input.op.name,
                &filters,
                t,
            )?),
            None => None,
        };
        Ok(Listing {
            secret: &ctx.secret,
            op: input.op.name,
            paginator,
            filters,
            max,
            after,
        })
    }

    /// Where this page starts: after the position the request's token names, or after `first`
    /// for the first page.
    pub fn after(&self, first: i64) -> i64 {
        self.after.unwrap_or(first)
    }

    /// The position the request's token names, if it has one.
    pub fn token_position(&self) -> Option<i64> {
        self.after
    }

    /// An empty page, for items of about `item_bytes` bytes each.
    pub fn page(&self, item_bytes: usize) -> Result<Page, ApiError> {
        Ok(Page {
            writer: PageWriter::new(
                self.paginator.result_key,
                64 + self.max.saturating_mul(item_bytes),
            )?
            .token_key(self.paginator.output_token),
            max: self.max,
            last: None,
            resume: None,
        })
    }

    /// A page of the rows of a query that gives each row's position in column 0, offered as
    /// `item` makes them until the page is full.
    pub fn fill(
        &self,
        mut rows: rusqlite::Rows<'_>,
        item_bytes: usize,
        mut item: impl FnMut(&mut Page, i64, &rusqlite::Row<'_>) -> Result<bool, ApiError>,
    ) -> Result<Page, ApiError> {
        let mut page = self.page(item_bytes)?;
        while let Some(row) = rows.next()? {
            if !item(&mut page, row.get(0)?, row)? {
                break;
            }
        }
        Ok(page)
    }

    /// The reply: the page's JSON text, with the token of the next page when more remain.
    pub fn finish(&self, page: Page) -> Result<Reply, ApiError> {
        let token = page
            .resume
            .map(|after| util::encode_page_token(self.secret, self.op, &self.filters, after));
        Ok(Reply::Page(page.writer.finish(token.as_deref())?))
    }
}

/// The items of one page, as they are offered.
pub struct Page {
    writer: PageWriter,
    max: usize,
    last: Option<i64>,
    resume: Option<i64>,
}

impl Page {
    /// Adds the item at position `pos` and says `true`; on a full page, adds nothing, marks that
    /// the next page resumes after the last item added, and says `false` (stop offering).
    pub fn offer<T: Serialize + ?Sized>(&mut self, pos: i64, item: &T) -> Result<bool, ApiError> {
        if self.writer.len() == self.max {
            self.resume = self.last;
            return Ok(false);
        }
        self.writer.push(item)?;
        self.last = Some(pos);
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(reply: Result<Reply, ApiError>) -> Vec<u8> {
        match reply {
            Ok(Reply::Page(text)) => text,
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_token_resumes_the_request_it_came_from_whatever_its_page_size() {
        let ctx = Ctx {
            account: "123456789012".into(),
            region: "us-east-1".into(),
            secret: "s".into(),
            execution_ms: 1,
        };
        let op = &model::get().operations["ListDetectMitigationActionsTasks"];
        let input = |v: Value| {
            let doc = v.as_object().cloned().unwrap_or_default();
            Input::checked(op, doc, &[]).unwrap()
        };
        let first = input(json!({"maxResults": 1, "startTime": 1, "endTime": 2}));
        let listing = Listing::new(&ctx, &first).unwrap();
        let mut page = listing.page(8).unwrap();
        assert!(page.offer(7, &1).unwrap());
        assert!(!page.offer(8, &2).unwrap());
        let reply: Value = serde_json::from_slice(&text(listing.finish(page))).unwrap();
        assert_eq!(reply["tasks"], json!([1]));
        let token = reply["nextToken"].clone();
        let next =
            input(json!({"maxResults": 5, "nextToken": token, "startTime": 1, "endTime": 2}));
        let resumed = Listing::new(&ctx, &next).map(|l| (l.max, l.after(0)));
        assert_eq!(resumed.ok(), Some((5, 7)));
        let other = input(json!({"nextToken": token, "startTime": 1, "endTime": 3}));
        assert!(Listing::new(&ctx, &other).is_err());
        // The last page has no token.
        let listing = Listing::new(&ctx, &input(json!({"startTime": 1, "endTime": 2}))).unwrap();
        assert_eq!(listing.max, 25);
        let page = listing.page(8).unwrap();
        assert_eq!(text(listing.finish(page)), br#"{"tasks":[]}"#);
    }
}
