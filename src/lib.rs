//! The library side of the `iotmit` crate: the local AWS IoT mitigation endpoint, used by the
//! binary (`iotmit local serve`, `--local`) and by the endpoint's own tests.

pub mod local;
