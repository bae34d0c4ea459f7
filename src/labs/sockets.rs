//! The Sockets lab's view model: the learner's program run on the simulated network
//! (`sockets::run`, in the Web Worker: a loop may run up to the step budget), the result
//! summarised as plain data the page draws; the examples; the DNS table as a hosts file.

mod clauses;
mod examples;
mod hosts;
mod summary;
mod syntax;

pub use examples::Example;
pub use hosts::{hosts_text, network_from_hosts, HostsError, HostsProblem, SocketsInputs};
pub use summary::{Caught, Clause, ClauseName, ExcInfo, Raised, RunSummary};
pub use summary::{STDOUT_MAX, TIMELINE_MAX};
pub use syntax::python_error;
