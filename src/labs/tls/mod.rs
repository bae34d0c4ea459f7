//! The TLS lab's view models: what the worker computes for the TLS page (certificates
//! and their verification, the key roles) and what the page derives from it.

pub mod cert_check;
pub mod cert_gallery;
pub mod cert_make;
pub mod cert_tree;
pub mod keys_roles;
