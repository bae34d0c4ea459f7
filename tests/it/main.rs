//! The one integration-test crate (rust-analyzer style): one module per area.

mod cli;
mod exercises;
mod exercises_progress;
mod jobs;
mod json_loads;
mod literal;
mod pickle_dis;
mod pickle_dumps;
mod pickle_loads;
mod pki;
mod python;
mod repr_json;
mod sockets;
mod sockets_fuzz;
mod sockets_job;
mod sockets_live;
mod tidy;
mod tidy_labs;
mod tls;
mod tls_certs;
mod tls_interop;
mod tls_keys;
mod tls_lab_diagram;
mod tls_lab_handshake;
mod tls_tamper;
mod zlib;
