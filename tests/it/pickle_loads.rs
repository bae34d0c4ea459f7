//! Integration tests: pickle_loads.
