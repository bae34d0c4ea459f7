//! Integration tests: repr_json.
