//! The measurements: each row runs our engine and, where the browser has the same
//! thing built in, the browser's, `runs` times each, and keeps the median.

use std::sync::Arc;

use js_sys::Uint8Array;
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::tls::client::ClientConfig;
use wirelab::tls::enums::CipherSuite;
use wirelab::tls::pair::Pair;
use wirelab::tls::pem::{certs_from_pem, private_key_from_pem};
use wirelab::tls::pki::generate_rsa_key;
use wirelab::tls::server::ServerConfig;
use wirelab::tls::verify::X509Verifier;
use wirelab::zlib::{self, Decompressor};

use crate::browser::{deflate_stream, now, random_seed, webcrypto_rsa_keygen, yield_to_browser};
use crate::workload::median;
use wirelab::zlib::sample::text_like;

/// How much work one press of a button does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Config {
    /// Bytes of text-like input for zlib.
    pub input_len: usize,
    /// Runs per zlib and TLS measurement.
    pub runs: usize,
    /// RSA modulus size.
    pub rsa_bits: usize,
    /// Key generations per side (their time varies a lot: take the median).
    pub rsa_runs: usize,
}

/// The real bench: 2.5 MB, RSA-2048. Key generation time varies a lot with where
/// the primes fall, so it gets more runs than the rest.
pub const FULL: Config = Config {
    input_len: 2_500_000,
    runs: 7,
    rsa_bits: 2048,
    rsa_runs: 15,
};

/// The smoke test's configuration (the e2e test): small input, one run, RSA-1024.
pub const QUICK: Config = Config {
    input_len: 64 * 1024,
    runs: 1,
    rsa_bits: 1024,
    rsa_runs: 1,
};

/// One measured row: medians in milliseconds.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// Our engine (wasm).
    pub ours_ms: f64,
    /// The browser's built-in equivalent, when there is one.
    pub browser_ms: Option<f64>,
    /// Sizes, runs, checks: what was measured.
    pub note: String,
}

/// The server certificate's fixture chain and key (tests/fixtures/tls, made by
/// `make.sh` there): pre-made keys, so the handshake is measured without keygen.
const CA: &str = include_str!("../../../tests/fixtures/tls/ca.pem");
const CERT: &str = include_str!("../../../tests/fixtures/tls/server.pem");
const KEY: &str = include_str!("../../../tests/fixtures/tls/server.key");
/// 2027-01-01: inside the fixtures' validity.
const NOW: u64 = 1_798_761_600;

/// Median of `runs` timings of `f` (at least one).
fn time_sync<T>(runs: usize, mut f: impl FnMut() -> Result<T, String>) -> Result<(f64, T), String> {
    let mut samples = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let start = now();
        last = Some(f()?);
        samples.push(now() - start);
    }
    match (median(&samples), last) {
        (Some(m), Some(v)) => Ok((m, v)),
        _ => Err("no run".into()),
    }
}

/// Compress and decompress rows: our zlib (level 6, as CompressionStream uses
/// zlib's default) against CompressionStream / DecompressionStream("deflate").
/// Both decompressors read the same stream (ours).
pub async fn zlib_rows(cfg: Config) -> (Result<Measured, String>, Result<Measured, String>) {
    let input = text_like(cfg.input_len);
    let compress = async {
        let (ours, compressed) = time_sync(cfg.runs, || {
            zlib::compress(&input, 6, 15).map_err(|e| e.to_string())
        })?;
        yield_to_browser().await;
        let js_input = Uint8Array::from(&input[..]);
        let mut samples = Vec::new();
        let mut browser_len = 0;
        for _ in 0..cfg.runs.max(1) {
            let start = now();
            let out = deflate_stream("CompressionStream", &js_input).await?;
            samples.push(now() - start);
            browser_len = out.length();
            yield_to_browser().await;
        }
        let note = format!(
            "{} B in; out: ours {} B, browser {} B; {} run(s)",
            input.len(),
            compressed.len(),
            browser_len,
            cfg.runs
        );
        Ok::<_, String>((
            Measured {
                ours_ms: ours,
                browser_ms: median(&samples),
                note,
            },
            compressed,
        ))
    };
    let (compress_row, compressed) = match compress.await {
        Ok((row, compressed)) => (Ok(row), compressed),
        Err(e) => return (Err(e.clone()), Err(e)),
    };
    yield_to_browser().await;
    let decompress = async {
        let (ours, out) = time_sync(cfg.runs, || {
            let mut d = Decompressor::new(15).map_err(|e| e.to_string())?;
            d.decompress(&compressed, 0).map_err(|e| e.to_string())
        })?;
        if out != input {
            return Err("our decompressed output differs from the input".to_string());
        }
        yield_to_browser().await;
        let js_compressed = Uint8Array::from(&compressed[..]);
        let mut samples = Vec::new();
        for _ in 0..cfg.runs.max(1) {
            let start = now();
            let out = deflate_stream("DecompressionStream", &js_compressed).await?;
            samples.push(now() - start);
            if out.to_vec() != input {
                return Err("DecompressionStream's output differs from the input".into());
            }
            yield_to_browser().await;
        }
        let note = format!(
            "{} B stream -> {} B, both checked; {} run(s)",
            compressed.len(),
            input.len(),
            cfg.runs
        );
        Ok(Measured {
            ours_ms: ours,
            browser_ms: median(&samples),
            note,
        })
    };
    (compress_row, decompress.await)
}

/// RSA key generation: `generate_rsa_key` (ChaCha20 seeded from
/// crypto.getRandomValues) against `crypto.subtle.generateKey`.
pub async fn rsa_row(cfg: Config) -> Result<Measured, String> {
    let mut rng = ChaCha20Rng::from_seed(random_seed()?);
    let mut ours = Vec::new();
    for _ in 0..cfg.rsa_runs.max(1) {
        let start = now();
        generate_rsa_key(&mut rng, cfg.rsa_bits, |_| {}).map_err(|e| e.to_string())?;
        ours.push(now() - start);
        yield_to_browser().await;
    }
    let mut browser = Vec::new();
    for _ in 0..cfg.rsa_runs.max(1) {
        let start = now();
        webcrypto_rsa_keygen(cfg.rsa_bits).await?;
        browser.push(now() - start);
        yield_to_browser().await;
    }
    Ok(Measured {
        ours_ms: median(&ours).unwrap_or(0.0),
        browser_ms: median(&browser),
        note: format!(
            "RSA-{}, e = 65537; {} key(s) each; ours min {:.0} / max {:.0} ms",
            cfg.rsa_bits,
            cfg.rsa_runs,
            ours.iter().copied().fold(f64::INFINITY, f64::min),
            ours.iter().copied().fold(0.0, f64::max)
        ),
    })
}

/// One in-memory TLS 1.2 session with `suite`: full handshake with the fixture keys,
/// then one application record each way (as benches/tls.rs).
pub fn tls_row(cfg: Config, suite: CipherSuite) -> Result<Measured, String> {
    let roots = certs_from_pem(CA)?;
    let chain = certs_from_pem(CERT)?;
    let key = private_key_from_pem(KEY)?;
    let client = ClientConfig {
        server_name: "localhost".into(),
        suites: vec![suite],
        verifier: Arc::new(X509Verifier { roots }),
        resume: None,
    };
    let server = ServerConfig {
        cert_chain: chain,
        key,
        suites: vec![suite],
        cache: Vec::new(),
    };
    let mut rng = ChaCha20Rng::from_seed(random_seed()?);
    let (ms, flights) = time_sync(cfg.runs.max(3), || {
        let mut pair = Pair::new(client.clone(), server.clone(), &mut rng, NOW);
        let err = |e: wirelab::tls::error::Error| e.to_string();
        pair.run(&mut rng, &mut |_, _, _| {}).map_err(err)?;
        pair.client
            .send_application_data(b"hello server\n")
            .map_err(err)?;
        pair.server
            .send_application_data(b"hello client\n")
            .map_err(err)?;
        pair.run(&mut rng, &mut |_, _, _| {}).map_err(err)?;
        if pair.client.is_handshaking() || pair.server.is_handshaking() {
            return Err("the handshake did not finish".to_string());
        }
        Ok(pair.flights.len())
    })?;
    Ok(Measured {
        ours_ms: ms,
        browser_ms: None,
        note: format!(
            "{}: {flights} flights; target < 20 ms; {} run(s)",
            suite.name(),
            cfg.runs.max(3)
        ),
    })
}
