//! Where a call's settings come from: [`config`] reads the configuration and credentials files,
//! [`credentials`] chooses who signs, [`endpoint`] the URL and region, [`proxy`] the HTTP
//! client (proxies, CA bundle), [`retry`] the retry policy, [`insecure`] `--no-verify-ssl`.

pub mod config;
pub mod credentials;
pub mod endpoint;
pub mod insecure;
pub mod proxy;
pub mod retry;
