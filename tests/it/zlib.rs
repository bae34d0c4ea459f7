//! Integration tests: zlib.
