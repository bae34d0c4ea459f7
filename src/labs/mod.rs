//! View models for the labs: the pure logic behind each page, tested natively.
//!
//! The UI only renders what these functions return; nothing here touches the browser.

pub mod compress;
pub mod exercises;
pub mod jobs;
pub mod kit;
pub mod serialize;
pub mod sockets;
pub mod tls;
pub mod unpickle;
