//! The floor of the benchmarks: the least a program can do to make one AWS IoT mitigation call
//! with the official SDK — `aws-config` defaults, `aws-sdk-iot`, the same HTTP client as iotmit
//! (rustls with ring) and a current-thread runtime — and print the answer. No argument parsing
//! beyond argv, no model, no validation, no output shaping.
//!
//! ```sh
//! cargo build --profile floor --example floor
//! target/floor/examples/floor http://127.0.0.1:PORT describe NAME
//! target/floor/examples/floor http://127.0.0.1:PORT list [PAGE_SIZE]  # follows nextToken
//! ```
//!
//! The `floor` profile is the release profile with every crate at its opt-level: the release
//! profile optimizes a few of iotmit's dependencies for size.

use aws_config::BehaviorVersion;
use aws_smithy_http_client::tls;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (endpoint, what) = match args.as_slice() {
        [endpoint, what, ..] => (endpoint.clone(), what.as_str()),
        _ => {
            eprintln!("usage: floor ENDPOINT_URL describe NAME | list [PAGE_SIZE]");
            std::process::exit(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let code = runtime.block_on(async {
        let http = aws_smithy_http_client::Builder::new()
            .tls_provider(tls::Provider::Rustls(
                tls::rustls_provider::CryptoMode::Ring,
            ))
            .build_https();
        let shared = aws_config::defaults(BehaviorVersion::latest())
            .http_client(http)
            .endpoint_url(&endpoint)
            .load()
            .await;
        let client = aws_sdk_iot::Client::new(&shared);
        match what {
            "describe" => {
                let name = args.get(2).cloned().unwrap_or_default();
                match client
                    .describe_mitigation_action()
                    .action_name(name)
                    .send()
                    .await
                {
                    Ok(out) => {
                        println!("{out:?}");
                        0
                    }
                    Err(e) => {
                        eprintln!("{e:?}");
                        254
                    }
                }
            }
            "list" => {
                let page_size = args.get(2).and_then(|n| n.parse::<i32>().ok());
                let mut pages = client
                    .list_mitigation_actions()
                    .set_max_results(page_size)
                    .into_paginator()
                    .send();
                let mut count = 0usize;
                while let Some(page) = pages.next().await {
                    match page {
                        Ok(out) => count += out.action_identifiers().len(),
                        Err(e) => {
                            eprintln!("{e:?}");
                            return 254;
                        }
                    }
                }
                println!("{count}");
                0
            }
            other => {
                eprintln!("unknown call {other}: describe NAME | list [PAGE_SIZE]");
                2
            }
        }
    });
    std::process::exit(code);
}
