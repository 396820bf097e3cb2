//! The renderers — `--output json` (the AWS CLI's 4-space layout), `text`, `table` (80 columns,
//! no colour) and `yaml` — and the response shaping that comes before them, on
//! `list-mitigation-actions` documents of 625 to 40,000 actions. Linear growth shows as a flat
//! throughput in elements per second.
//!
//! `cargo bench --bench output`

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use serde_json::{json, Value};
use std::hint::black_box;

/// A merged `ListMitigationActions` result as the service sends it (epoch-second dates).
fn raw_listing(n: usize) -> Value {
    let items: Vec<Value> = (0..n)
        .map(|i| {
            json!({
                "actionName": format!("bench-action-{i:05}"),
                "actionArn": format!("arn:aws:iot:us-east-1:123456789012:mitigationaction/bench-action-{i:05}"),
                "creationDate": 1_763_596_800.25 + i as f64,
            })
        })
        .collect();
    json!({ "actionIdentifiers": items })
}

const COUNTS: [usize; 4] = [625, 2_500, 10_000, 40_000];

fn json_text(c: &mut Criterion) {
    let m = iotmit::model::get();
    let shape = m.shape("ListMitigationActionsResponse");
    let mut g = c.benchmark_group("output/json_text");
    g.sample_size(20);
    for n in COUNTS {
        let doc = iotmit::output::shape(shape, raw_listing(n), iotmit::timestamp::Format::Iso8601)
            .expect("the listing fits its shape");
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &doc, |b, doc| {
            b.iter(|| iotmit::output::json_text(black_box(doc)))
        });
    }
    g.finish();
}

/// One group per renderer of the output stage, over the shaped listing (ISO 8601 dates).
fn format_group(c: &mut Criterion, name: &str, render: impl Fn(&Value) -> String) {
    let m = iotmit::model::get();
    let shape = m.shape("ListMitigationActionsResponse");
    let mut g = c.benchmark_group(name);
    g.sample_size(20);
    for n in COUNTS {
        let doc = iotmit::output::shape(shape, raw_listing(n), iotmit::timestamp::Format::Iso8601)
            .expect("the listing fits its shape");
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &doc, |b, doc| {
            b.iter(|| render(black_box(doc)))
        });
    }
    g.finish();
}

fn text(c: &mut Criterion) {
    format_group(c, "output/text", iotmit::output::text::text);
}

fn table(c: &mut Criterion) {
    format_group(c, "output/table", |doc| {
        iotmit::output::table::table("ListMitigationActions", doc, 80, false)
    });
}

fn yaml(c: &mut Criterion) {
    format_group(c, "output/yaml", iotmit::output::yaml::yaml);
}

fn shape(c: &mut Criterion) {
    let m = iotmit::model::get();
    let shape = m.shape("ListMitigationActionsResponse");
    let mut g = c.benchmark_group("output/shape");
    g.sample_size(20);
    for n in COUNTS {
        let raw = raw_listing(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &raw, |b, raw| {
            b.iter_batched(
                || raw.clone(),
                |raw| {
                    iotmit::output::shape(shape, black_box(raw), iotmit::timestamp::Format::Iso8601)
                        .expect("the listing fits its shape")
                },
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

criterion_group!(output, json_text, text, table, yaml, shape);
criterion_main!(output);
