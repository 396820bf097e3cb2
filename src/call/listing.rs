//! Listings: how a list command pages, and the listing itself. Every page is fetched and
//! merged into one document, or, for the formats that stream, printed as it arrives, as the AWS
//! CLI does; with `--max-items` pages are fetched one by one, otherwise the next page is on its
//! way while the one before is decoded, shaped and printed.

use crate::call::{paginate, sdk, wait};
use crate::error::Result;
use crate::model::{self, Operation};
use crate::output;
use crate::settings::output::OutputSettings;
use crate::timestamp;
use serde_json::{Map, Value};

/// How a list command pages.
#[derive(Debug, Clone, Default)]
pub struct Paging {
    /// Follow `nextToken` and merge (the default for list commands).
    pub merge: bool,
    pub page_size: Option<i64>,
    pub max_items: Option<i64>,
    pub starting_token: Option<String>,
}

/// The response document shaped by the operation's output shape (an operation without one
/// answers `{}`).
pub fn shape_response(
    out_shape: Option<&model::Shape>,
    raw: Value,
    ts: timestamp::Format,
) -> Result<Value> {
    match out_shape {
        Some(s) => output::shape(s, raw, ts),
        None => Ok(Value::Object(Map::new())),
    }
}

/// A paginated listing: every page is fetched and merged into one document, or, for the
/// formats that stream (`streamed`), printed as it arrives, as the AWS CLI does (then `None`).
pub async fn list(
    client: &sdk::Client,
    op: &Operation,
    p: &'static model::Paginator,
    doc: &Map<String, Value>,
    paging: &Paging,
    settings: &OutputSettings,
    streamed: bool,
) -> Result<Option<Value>> {
    let start = match &paging.starting_token {
        Some(t) => {
            let members: Vec<&str> = model::get()
                .input(op)
                .map(|i| i.members.keys().collect())
                .unwrap_or_default();
            paginate::decode_token(p.input_token, &members, t)?
        }
        None => paginate::Start::default(),
    };
    let merge = paginate::Merge {
        paginator: p,
        max_items: paging.max_items,
        start,
    };
    let out_shape = model::get().output(op);
    let ts = settings.timestamps;
    let shape_page = move |raw: Value| shape_response(out_shape, raw, ts);
    // Only merged listings get the spinner: streamed ones print while fetching.
    let spinner = &wait::PageSpinner::start(!streamed);
    let fetch = |token: Option<String>| async move {
        let mut page_doc = doc.clone();
        if let Some(t) = token {
            page_doc.insert(p.input_token.to_string(), Value::String(t));
        }
        spinner.page();
        client.call_raw(op.name, &page_doc).await
    };
    let decode = move |body: Result<Vec<u8>>| {
        let page = body.and_then(|b| sdk::parse_body(&b)).and_then(shape_page);
        async move { page }
    };
    if paging.max_items.is_some() {
        // Pages one by one, so that no request is sent for a page the listing will not show.
        let fetch = |token| async { decode(fetch(token).await).await };
        if !streamed {
            return Ok(Some(merge.run(fetch, None).await?.merged));
        }
        let style = settings.style(op.name)?;
        let query = settings.query.as_deref();
        let mut sink = output::Sink::open(settings.pager.clone());
        let mut on_page =
            |page: &Value| output::print_page(page, p.result_key, query, &style, &mut sink);
        let ended = match merge.run(fetch, Some(&mut on_page)).await {
            Ok(listing) => match listing
                .resume
                .filter(|_| settings.format == output::Format::Text)
            {
                Some(token) => {
                    // The AWS CLI runs --query over this document too.
                    let next = serde_json::json!({"NextToken": {"NextToken": token}});
                    match query {
                        Some(q) => output::apply_query(q, &next)
                            .and_then(|v| output::print(&v, &style, &mut sink)),
                        None => output::print(&next, &style, &mut sink),
                    }
                }
                None => Ok(()),
            },
            Err(e) => Err(e),
        };
        sink.close();
        return ended.map(|_| None);
    }
    // Every page is wanted: the next one is on its way while the one before is decoded,
    // shaped and printed on another thread.
    let first = merge.start.token.clone();
    if !streamed {
        let listing = paginate::fetch_ahead(p.output_token, first, fetch, move |mut feed| {
            paginate::run_ready(merge.run(|token| decode(feed.next(token.as_deref())), None))
        })
        .await?;
        return Ok(Some(listing.merged));
    }
    let style = settings.style(op.name)?;
    let query = settings.query.clone();
    let mut sink = output::Sink::open(settings.pager.clone());
    let (listed, sink) = paginate::fetch_ahead(p.output_token, first, fetch, move |mut feed| {
        let mut on_page = |page: &Value| {
            output::print_page(page, p.result_key, query.as_deref(), &style, &mut sink)
        };
        let fetch = |token: Option<String>| decode(feed.next(token.as_deref()));
        let listed = paginate::run_ready(merge.run(fetch, Some(&mut on_page)));
        (listed, sink)
    })
    .await;
    sink.close();
    listed.map(|_| None)
}
