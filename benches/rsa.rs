//! RSA-2048 key generation: our prime search (with sieves of several sizes, and
//! without) against `rsa`'s own generator, over a few seeds.
//!
//! Run: `cargo bench --bench rsa`. Each sample generates one key from the next seed,
//! so the median is over different keys (the time to find a prime varies a lot).
//!
//! Measured 2026-11-26 natively (release profile, 2 shared cores under load from
//! other builds, so only the ratios mean much; criterion's mean over 10 keys):
//!
//! | generator                        | RSA-2048 keygen |
//! |----------------------------------|-----------------|
//! | ours, sieve with primes < 2^15   | 324 ms          |
//! | ours, sieve with primes < 256    | 652 ms          |
//! | ours, no sieve (BPSW on all odd) | 2.45 s          |
//! | `rsa::PrivateKey::new`           | 274 ms          |
//!
//! With `opt-level = 3` for crypto-bigint, crypto-primes and rsa (Cargo.toml; the
//! release profile is otherwise "z"): ours 244 ms, `rsa`'s 220 ms (-25% and -20%, but
//! p = 0.11 and 0.45 on this noisy machine). In debug builds the same override makes
//! `wirelab tls pki` (two 2048-bit keys) 7x faster: 1.58 s -> 0.23 s of CPU.
//! Not measured here: the browser (wasm32) against WebCrypto's `generateKey`.
//!
//! The sieve is worth 7.6x: about 90% of odd candidates die on a small prime before
//! any modular exponentiation. Our search is within noise of `rsa`'s own (both end
//! in the same Baillie-PSW test from crypto-primes).

use std::cell::Cell;

use criterion::{criterion_group, criterion_main, Criterion};
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::tls::pki::KeyGeneration;

fn next_rng(seed: &Cell<u64>) -> ChaCha20Rng {
    seed.set(seed.get() + 1);
    ChaCha20Rng::seed_from_u64(seed.get())
}

fn ours(bound: u32, seed: &Cell<u64>) {
    let mut rng = next_rng(seed);
    let mut generation =
        KeyGeneration::with_sieve_bound(2048, bound).unwrap_or_else(|e| panic!("{e}"));
    loop {
        match generation.step(&mut rng, 256) {
            Ok(Some(key)) => {
                std::hint::black_box(key);
                return;
            }
            Ok(None) => {}
            Err(e) => panic!("{e}"),
        }
    }
}

fn keygen(c: &mut Criterion) {
    let mut group = c.benchmark_group("rsa2048_keygen");
    group.sample_size(10);
    for (name, bound) in [
        ("ours_sieve_2^15", 1u32 << 15),
        ("ours_sieve_256", 256),
        ("ours_no_sieve", 0),
    ] {
        let seed = Cell::new(0);
        group.bench_function(name, |b| b.iter(|| ours(bound, &seed)));
    }
    let seed = Cell::new(0);
    group.bench_function("rsa_crate_generator", |b| {
        b.iter(|| {
            let mut rng = next_rng(&seed);
            std::hint::black_box(
                rsa::PrivateKey::new(&mut rng, 2048).unwrap_or_else(|e| panic!("{e}")),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, keygen);
criterion_main!(benches);
