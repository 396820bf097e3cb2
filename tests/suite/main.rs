//! The integration tests, one binary (each test binary links the whole SDK; one links once).
//! Each module is named by what it tests and opens with a sentence saying what it checks;
//! [`common`] runs the built binary against capture servers, [`local_common`] drives the
//! local endpoint over HTTP, [`query_cases`] reads the JMESPath compliance cases.

mod common;
mod local_common;
#[path = "query/cases.rs"]
mod query_cases;

mod argv;
mod calls;
mod clients;
mod config;
mod errors;
mod faults;
mod fuzz_corpus;
mod generated;
mod help;
mod interrupt;
mod json_differential;
mod load;
mod local_actions;
mod local_audit;
mod local_cli;
mod local_detect;
mod local_detect_profiles;
mod local_garbage;
mod local_loop;
mod local_protocol;
mod local_registry;
mod local_state;
mod pager;
mod preview;
mod properties;
mod query_compliance;
mod query_differential;
mod renderings;
mod secrets;
mod shorthand_differential;
mod start;
mod tls;
mod values;
mod wait;
