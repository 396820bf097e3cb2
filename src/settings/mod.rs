//! Where a call's settings come from: [`config`] reads the configuration and credentials files,
//! [`ini`] parses them as botocore does, [`credentials`] chooses who signs, [`endpoint`] the URL and region, [`proxy`] the HTTP
//! client (proxies, CA bundle, trust roots), [`retry`] the retry policy, [`tls`] the https
//! connector (verifying, or not with `--no-verify-ssl`); [`output`](mod@output) how the result
//! is printed.

pub mod config;
pub mod credentials;
pub mod endpoint;
pub mod ini;
pub mod output;
pub mod proxy;
pub mod retry;
pub mod tls;
