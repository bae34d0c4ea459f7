//! RSA-2048 key generation: our prime search against rsa's own generator.

fn main() {}
