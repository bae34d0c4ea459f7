//! Integration tests: pickle_dis.
