//! `wirelab tls capture`: the in-memory session the page runs, one line each way,
//! written as DIR/handshake.pcap and DIR/keylog.txt (NSS key log) for Wireshark.

use std::process::ExitCode;
use std::sync::Arc;

use wirelab::tls::client::ClientConfig;
use wirelab::tls::enums::CipherSuite;
use wirelab::tls::pair::Pair;
use wirelab::tls::pem::{certs_from_pem, private_key_from_pem};
use wirelab::tls::server::ServerConfig;
use wirelab::tls::verify::X509Verifier;

use crate::tls_net_cmd::{os_rng, suites, system_now, Opts};

/// The lab's demo identity (test CA and localhost certificate from tests/fixtures/tls).
const DEMO_CA: &str = include_str!("../../../tests/fixtures/tls/ca.pem");
const DEMO_CERT: &str = include_str!("../../../tests/fixtures/tls/server.pem");
const DEMO_KEY: &str = include_str!("../../../tests/fixtures/tls/server.key");

/// Runs `wirelab tls capture --out DIR [--suite NAME]`.
pub fn run(opts: &Opts) -> Result<ExitCode, String> {
    let dir = opts.need("--out")?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
    let mut rng = os_rng()?;
    let now = system_now();
    let suites = match opts.get("--suite") {
        Some(_) => suites(opts)?,
        None => vec![CipherSuite::TlsRsaWithAes128GcmSha256],
    };
    let client = ClientConfig {
        server_name: "localhost".into(),
        suites: suites.clone(),
        verifier: Arc::new(X509Verifier {
            roots: certs_from_pem(DEMO_CA)?,
        }),
        resume: None,
    };
    let server = ServerConfig {
        cert_chain: certs_from_pem(DEMO_CERT)?,
        key: private_key_from_pem(DEMO_KEY)?,
        suites,
        cache: Vec::new(),
    };
    let mut pair = Pair::new(client, server, &mut rng, now);
    pair.run(&mut rng, &mut |_, _, _| {})
        .map_err(|e| e.to_string())?;
    pair.client
        .send_application_data(b"hello from the wirelab client\n")
        .map_err(|e| e.to_string())?;
    let _ = pair.step(&mut rng, &mut |_, _, _| {});
    pair.server
        .send_application_data(b"hello from the wirelab server\n")
        .map_err(|e| e.to_string())?;
    pair.client.send_close_notify();
    pair.run(&mut rng, &mut |_, _, _| {})
        .map_err(|e| e.to_string())?;
    let flights: Vec<(bool, Vec<u8>)> = pair
        .flights
        .iter()
        .map(|f| (f.from_client, f.delivered.clone()))
        .collect();
    let pcap = wirelab::tls::pcap::write_pcap(&flights, now);
    let keylog = pair.keylog().ok_or("no keys were derived")?;
    std::fs::write(format!("{dir}/handshake.pcap"), pcap).map_err(|e| e.to_string())?;
    std::fs::write(format!("{dir}/keylog.txt"), keylog).map_err(|e| e.to_string())?;
    println!("wrote {dir}/handshake.pcap and {dir}/keylog.txt");
    Ok(ExitCode::SUCCESS)
}
