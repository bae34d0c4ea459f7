//! Handshake messages (RFC 5246 section 7.4): ClientHello, ServerHello, Certificate,
//! ServerKeyExchange, ServerHelloDone, ClientKeyExchange, Finished.

use super::codec::{Codec, DecodeError, Reader, Writer};
use super::enums::{version_name, CipherSuite, HandshakeType};
pub use super::extension::Extension;
use super::extension::{read_extensions, write_extensions};

/// ClientHello (RFC 5246 section 7.4.1.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientHello {
    /// `client_version`.
    pub client_version: u16,
    /// `random`: 32 bytes.
    pub random: [u8; 32],
    /// `session_id`: empty, or the ID of a session to resume.
    pub session_id: Vec<u8>,
    /// `cipher_suites`, in preference order.
    pub cipher_suites: Vec<CipherSuite>,
    /// `compression_methods` (only null(0) is allowed in practice).
    pub compression_methods: Vec<u8>,
    /// Extensions.
    pub extensions: Vec<Extension>,
}

/// ServerHello (RFC 5246 section 7.4.1.3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerHello {
    /// `server_version`.
    pub server_version: u16,
    /// `random`: 32 bytes.
    pub random: [u8; 32],
    /// `session_id`.
    pub session_id: Vec<u8>,
    /// `cipher_suite`.
    pub cipher_suite: CipherSuite,
    /// `compression_method`.
    pub compression_method: u8,
    /// Extensions.
    pub extensions: Vec<Extension>,
}

/// ServerKeyExchange for ECDHE_RSA (RFC 8422 section 5.4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EcdheServerKeyExchange {
    /// `named_curve` (29 = x25519).
    pub named_curve: u16,
    /// The server's ephemeral public key.
    pub public: Vec<u8>,
    /// SignatureAndHashAlgorithm: hash (4 = sha256) and signature (1 = rsa).
    pub sig_alg: (u8, u8),
    /// The RSA signature over client_random + server_random + params.
    pub signature: Vec<u8>,
}

impl EcdheServerKeyExchange {
    /// The signed `ServerECDHParams` bytes.
    pub fn params(&self) -> Vec<u8> {
        let mut p = vec![3u8];
        p.extend_from_slice(&self.named_curve.to_be_bytes());
        p.push(self.public.len() as u8);
        p.extend_from_slice(&self.public);
        p
    }
}

/// The body of a handshake message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandshakePayload {
    /// client_hello
    ClientHello(ClientHello),
    /// server_hello
    ServerHello(ServerHello),
    /// certificate: DER certificates, leaf first.
    Certificate(Vec<Vec<u8>>),
    /// server_key_exchange (ECDHE).
    ServerKeyExchange(EcdheServerKeyExchange),
    /// server_hello_done
    ServerHelloDone,
    /// client_key_exchange: the exchange keys, read by the key exchange that knows its form.
    ClientKeyExchange(Vec<u8>),
    /// finished: verify_data.
    Finished(Vec<u8>),
    /// Anything else, kept as bytes.
    Unknown(HandshakeType, Vec<u8>),
}

/// A handshake message with its header (RFC 5246 section 7.4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandshakeMessage {
    /// The body.
    pub payload: HandshakePayload,
}

impl HandshakeMessage {
    /// The `msg_type`.
    pub fn typ(&self) -> HandshakeType {
        match &self.payload {
            HandshakePayload::ClientHello(_) => HandshakeType::ClientHello,
            HandshakePayload::ServerHello(_) => HandshakeType::ServerHello,
            HandshakePayload::Certificate(_) => HandshakeType::Certificate,
            HandshakePayload::ServerKeyExchange(_) => HandshakeType::ServerKeyExchange,
            HandshakePayload::ServerHelloDone => HandshakeType::ServerHelloDone,
            HandshakePayload::ClientKeyExchange(_) => HandshakeType::ClientKeyExchange,
            HandshakePayload::Finished(_) => HandshakeType::Finished,
            HandshakePayload::Unknown(t, _) => *t,
        }
    }
}

fn random(r: &mut Reader<'_>) -> Result<[u8; 32], DecodeError> {
    let b = r.take("random", 32, "32 random bytes (in TLS 1.2 all random)")?;
    let mut out = [0u8; 32];
    out.copy_from_slice(b);
    Ok(out)
}

fn version(r: &mut Reader<'_>, label: &str) -> Result<u16, DecodeError> {
    let v = r.u16(label)?;
    r.explain_last(version_name(v));
    Ok(v)
}

fn read_body(typ: HandshakeType, r: &mut Reader<'_>) -> Result<HandshakePayload, DecodeError> {
    Ok(match typ {
        HandshakeType::ClientHello => {
            let client_version = version(r, "client_version")?;
            let random = random(r)?;
            let session_id = r.vec("session_id", 1)?.to_vec();
            if session_id.len() > 32 {
                return Err(DecodeError("session_id longer than 32 bytes".into()));
            }
            let start = r.offset();
            let n = r.uint("cipher_suites", 2)?;
            r.note("cipher_suites length", start, n.to_string());
            let mut list = r.sub("cipher_suites", n)?;
            let mut cipher_suites = Vec::new();
            while !list.is_empty() {
                let s = CipherSuite::from_wire(list.u16("cipher_suite")?);
                list.explain_last(s.name());
                cipher_suites.push(s);
            }
            r.absorb(list);
            let compression_methods = r.vec("compression_methods", 1)?.to_vec();
            let extensions = read_extensions(r)?;
            HandshakePayload::ClientHello(ClientHello {
                client_version,
                random,
                session_id,
                cipher_suites,
                compression_methods,
                extensions,
            })
        }
        HandshakeType::ServerHello => {
            let server_version = version(r, "server_version")?;
            let random = random(r)?;
            let session_id = r.vec("session_id", 1)?.to_vec();
            let cipher_suite = CipherSuite::from_wire(r.u16("cipher_suite")?);
            r.explain_last(cipher_suite.name());
            let compression_method = r.u8("compression_method")?;
            let extensions = read_extensions(r)?;
            HandshakePayload::ServerHello(ServerHello {
                server_version,
                random,
                session_id,
                cipher_suite,
                compression_method,
                extensions,
            })
        }
        HandshakeType::Certificate => {
            let start = r.offset();
            let n = r.uint("certificate_list", 3)?;
            r.note("certificate_list length", start, n.to_string());
            let mut list = r.sub("certificate_list", n)?;
            let mut certs = Vec::new();
            while !list.is_empty() {
                certs.push(list.vec("ASN.1Cert", 3)?.to_vec());
            }
            r.absorb(list);
            HandshakePayload::Certificate(certs)
        }
        HandshakeType::ServerKeyExchange => {
            let curve_type = r.u8("curve_type")?;
            if curve_type != 3 {
                return Err(DecodeError("curve_type is not named_curve(3)".into()));
            }
            r.explain_last("named_curve");
            let named_curve = r.u16("namedcurve")?;
            r.explain_last(if named_curve == 29 {
                "x25519".to_string()
            } else {
                named_curve.to_string()
            });
            let public = r.vec("public", 1)?.to_vec();
            let hash = r.u8("hash")?;
            r.explain_last(if hash == 4 {
                "sha256".to_string()
            } else {
                hash.to_string()
            });
            let sig = r.u8("signature algorithm")?;
            r.explain_last(if sig == 1 {
                "rsa".to_string()
            } else {
                sig.to_string()
            });
            let signature = r.vec("signature", 2)?.to_vec();
            HandshakePayload::ServerKeyExchange(EcdheServerKeyExchange {
                named_curve,
                public,
                sig_alg: (hash, sig),
                signature,
            })
        }
        HandshakeType::ServerHelloDone => HandshakePayload::ServerHelloDone,
        HandshakeType::ClientKeyExchange => {
            let n = r.rest().len();
            HandshakePayload::ClientKeyExchange(r.take("exchange_keys", n, "")?.to_vec())
        }
        HandshakeType::Finished => {
            let n = r.rest().len();
            HandshakePayload::Finished(
                r.take(
                    "verify_data",
                    n,
                    "PRF(master_secret, finished_label, Hash(handshake_messages))[0..11]",
                )?
                .to_vec(),
            )
        }
        other => {
            let n = r.rest().len();
            HandshakePayload::Unknown(other, r.take("body", n, "")?.to_vec())
        }
    })
}

impl Codec for HandshakeMessage {
    fn encode(&self, w: &mut Writer) {
        let typ = self.typ();
        let mut b = Writer::new();
        match &self.payload {
            HandshakePayload::ClientHello(ch) => {
                b.uint(
                    "client_version",
                    2,
                    usize::from(ch.client_version),
                    version_name(ch.client_version),
                );
                b.put("random", &ch.random, "32 random bytes");
                b.vec(
                    "session_id",
                    1,
                    &ch.session_id,
                    if ch.session_id.is_empty() {
                        "new session"
                    } else {
                        "offers to resume"
                    },
                );
                b.uint(
                    "cipher_suites length",
                    2,
                    ch.cipher_suites.len() * 2,
                    (ch.cipher_suites.len() * 2).to_string(),
                );
                for s in &ch.cipher_suites {
                    b.uint("cipher_suite", 2, usize::from(s.get()), s.name());
                }
                b.vec("compression_methods", 1, &ch.compression_methods, "null");
                write_extensions(&mut b, &ch.extensions);
            }
            HandshakePayload::ServerHello(sh) => {
                b.uint(
                    "server_version",
                    2,
                    usize::from(sh.server_version),
                    version_name(sh.server_version),
                );
                b.put("random", &sh.random, "32 random bytes");
                b.vec("session_id", 1, &sh.session_id, "session ID");
                b.uint(
                    "cipher_suite",
                    2,
                    usize::from(sh.cipher_suite.get()),
                    sh.cipher_suite.name(),
                );
                b.uint(
                    "compression_method",
                    1,
                    usize::from(sh.compression_method),
                    "null",
                );
                write_extensions(&mut b, &sh.extensions);
            }
            HandshakePayload::Certificate(certs) => {
                let total: usize = certs.iter().map(|c| c.len() + 3).sum();
                b.uint("certificate_list length", 3, total, total.to_string());
                for c in certs {
                    b.vec("ASN.1Cert", 3, c, "DER X.509 certificate");
                }
            }
            HandshakePayload::ServerKeyExchange(ske) => {
                b.uint("curve_type", 1, 3, "named_curve");
                b.uint("namedcurve", 2, usize::from(ske.named_curve), "x25519");
                b.vec(
                    "public",
                    1,
                    &ske.public,
                    "server's ephemeral x25519 public key",
                );
                b.uint("hash", 1, usize::from(ske.sig_alg.0), "sha256");
                b.uint("signature algorithm", 1, usize::from(ske.sig_alg.1), "rsa");
                b.vec(
                    "signature",
                    2,
                    &ske.signature,
                    "RSA PKCS#1 v1.5 signature over randoms + params",
                );
            }
            HandshakePayload::ServerHelloDone => {}
            HandshakePayload::ClientKeyExchange(body) => b.put("exchange_keys", body, ""),
            HandshakePayload::Finished(v) => b.put(
                "verify_data",
                v,
                "PRF(master_secret, finished_label, Hash(handshake_messages))[0..11]",
            ),
            HandshakePayload::Unknown(_, body) => b.put("body", body, ""),
        }
        w.uint("msg_type", 1, usize::from(typ.get()), typ.name());
        w.uint("length", 3, b.buf.len(), b.buf.len().to_string());
        w.nest(b);
    }

    fn read(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let start = r.offset();
        let typ = HandshakeType::from_wire(r.uint("msg_type", 1)? as u8);
        r.note("msg_type", start, typ.name());
        let n = r.uint("length", 3)?;
        r.note("length", start + 1, n.to_string());
        let mut body = r.sub("body", n)?;
        let payload = read_body(typ, &mut body)?;
        body.expect_end(&typ.name())?;
        r.absorb(body);
        Ok(HandshakeMessage { payload })
    }
}
