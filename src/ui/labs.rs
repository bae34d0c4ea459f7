//! One folder per lab.

pub mod tls;
