//! The shorthand parser on large values. Each group runs the same kind of input at four sizes,
//! each 4× the one before (up to 4 MiB, and 40,000 items), with its throughput declared, so
//! that linear growth shows as a flat throughput; `scripts/bench` turns the times into costs
//! per byte or item. The step from the 1 MiB to the 4 MiB input is the telling one: both are
//! out of the CPU's caches, so only the algorithm can make it grow.
//!
//! `cargo bench --bench shorthand`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// `actionName=<word of `bytes` characters>`: one long word.
fn long_word(bytes: usize) -> String {
    format!("actionName={}", "a".repeat(bytes))
}

/// `roleArn='…'`: one long quoted string with escapes in it.
fn long_quoted(bytes: usize) -> String {
    let unit = r"abc\'def\\ghi,jkl ";
    let mut s = String::with_capacity(bytes + 16);
    s.push_str("roleArn='");
    while s.len() < bytes {
        s.push_str(unit);
    }
    s.push('\'');
    s
}

/// `thingGroupNames=g00000,g00001,…`: a comma list of `n` names.
fn comma_list(n: usize) -> String {
    let names: Vec<String> = (0..n).map(|i| format!("g{i:05}")).collect();
    format!("thingGroupNames={}", names.join(","))
}

/// `tags=[{Key=k0,Value=v0},…]`: a bracketed list of `n` structures.
fn list_of_structures(n: usize) -> String {
    let items: Vec<String> = (0..n).map(|i| format!("{{Key=k{i},Value=v{i}}}")).collect();
    format!("tags=[{}]", items.join(","))
}

fn run(c: &mut Criterion, group: &str, inputs: Vec<(usize, String)>) {
    let mut g = c.benchmark_group(group);
    g.sample_size(20);
    for (size, input) in &inputs {
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(size), input, |b, input| {
            b.iter(|| iotmit::input::shorthand::parse(black_box(input)).expect("parses"))
        });
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    const MB: usize = 1 << 20;
    let sizes = [MB / 16, MB / 4, MB, 4 * MB];
    run(
        c,
        "shorthand/long_word",
        sizes.iter().map(|&n| (n, long_word(n))).collect(),
    );
    run(
        c,
        "shorthand/long_quoted",
        sizes.iter().map(|&n| (n, long_quoted(n))).collect(),
    );
    let counts = [625, 2_500, 10_000, 40_000];
    run(
        c,
        "shorthand/comma_list",
        counts.iter().map(|&n| (n, comma_list(n))).collect(),
    );
    run(
        c,
        "shorthand/list_of_structures",
        counts.iter().map(|&n| (n, list_of_structures(n))).collect(),
    );
}

criterion_group!(shorthand, benches);
criterion_main!(shorthand);
