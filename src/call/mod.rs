//! The call: hands a validated request document to the official SDK and brings back the raw
//! response document. [`options`] is what the call needs of the command line, [`sdk`] builds
//! the client and makes the call (the SDK call of each operation is generated from the model),
//! [`paginate`] follows the pagination tokens, [`listing`] pages a list command and streams or
//! merges its pages, [`wait`] polls a task to its end, [`preview`] reads what a mitigation
//! actions task would do without starting it, [`service_error`] reads the service's error
//! answers, [`defaults`] puts back the `false` members the SDK leaves out of a request.

mod defaults;
mod generated;
pub mod listing;
pub mod options;
pub mod paginate;
pub mod preview;
pub mod sdk;
pub mod service_error;
pub mod wait;
