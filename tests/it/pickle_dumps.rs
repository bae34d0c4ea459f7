//! Integration tests: pickle_dumps.
