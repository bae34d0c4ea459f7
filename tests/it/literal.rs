//! Integration tests: literal.
