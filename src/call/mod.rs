//! The call: hands a validated request document to the official SDK and brings back the raw
//! response document. [`sdk`] builds the client and makes the call, [`paginate`] follows the
//! pagination tokens, [`wait`] polls a task to its end, [`preview`] reads what a mitigation
//! actions task would do without starting it, [`service_error`] reads the service's error
//! answers.

mod generated;
pub mod listing;
pub mod options;
pub mod paginate;
pub mod preview;
pub mod sdk;
pub mod service_error;
pub mod wait;
