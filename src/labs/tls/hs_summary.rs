//! The handshake job's request and its pure summary: what the page draws of one TLS
//! session (messages, key schedule, records, alert, key log, pcap). Plain serde data:
//! the page's wasm carries these types, never the TLS engine that fills them
//! (`handshake_run`, in the worker only).

use serde::{Deserialize, Serialize};

/// The suites the lab offers (IANA names, as the `hs-suite` options).
pub const SUITES: [&str; 3] = [
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
];

/// The seed a class starts from (any u64 works).
pub const DEFAULT_SEED: u64 = 2026;

/// The clock of a seeded session (2027-01-01T00:00:00Z), so the same seed makes the
/// same certificates, the same bytes and the same pcap every time.
pub const SEEDED_NOW: u64 = 1_798_761_600;

/// What to run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandshakeRequest {
    /// An IANA suite name from [`SUITES`].
    pub suite: String,
    pub scenario: Scenario,
    /// `Some`: a seeded session (ChaCha20 from this seed, the same every time);
    /// `None`: fresh randomness from the worker's rng.
    pub seed: Option<u64>,
    /// Unix seconds both sides see (certificates are made around it).
    pub now: u64,
    /// What the client sends as application data (`labs::tls::hs_message`): `None`
    /// is the lab's HTTP request (`handshake_run::REQUEST`). At most
    /// [`super::hs_message::MAX_APP_DATA`] bytes (one record).
    pub app_data: Option<Vec<u8>>,
}

/// The lab's scenarios (their `as_str` is the `hs-scenario` option value).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scenario {
    #[default]
    Normal,
    /// Mallory flips a bit of the client's application data: bad_record_mac.
    TamperRecord,
    /// Mallory answers with her own certificate: unknown_ca.
    MitmCertificate,
    /// The server's certificate expired: certificate_expired.
    ExpiredCertificate,
    /// The server accepts none of the client's suites: handshake_failure.
    NoSharedSuite,
    /// A second connection resumes the first one's session.
    Resumption,
}

impl Scenario {
    pub const ALL: [Scenario; 6] = [
        Scenario::Normal,
        Scenario::TamperRecord,
        Scenario::MitmCertificate,
        Scenario::ExpiredCertificate,
        Scenario::NoSharedSuite,
        Scenario::Resumption,
    ];

    /// The option value (and URL value).
    pub fn as_str(self) -> &'static str {
        match self {
            Scenario::Normal => "normal",
            Scenario::TamperRecord => "tamper-record",
            Scenario::MitmCertificate => "mitm-certificate",
            Scenario::ExpiredCertificate => "expired-certificate",
            Scenario::NoSharedSuite => "no-shared-suite",
            Scenario::Resumption => "resumption",
        }
    }

    /// The scenario an option value names, if any.
    pub fn parse(s: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Mallory sits on the wire in this scenario (the diagram gives her a lane).
    pub fn has_mallory(self) -> bool {
        matches!(self, Scenario::TamperRecord | Scenario::MitmCertificate)
    }
}

/// Who sent a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    Client,
    Server,
}

impl Side {
    /// `client` or `server` (the `data-from` value).
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Client => "client",
            Side::Server => "server",
        }
    }
}

/// What a record carries (the `data-type` value is the variant's name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MsgType {
    ClientHello,
    ServerHello,
    Certificate,
    ServerKeyExchange,
    ServerHelloDone,
    ClientKeyExchange,
    ChangeCipherSpec,
    Finished,
    ApplicationData,
    Alert,
}

impl MsgType {
    /// The `data-type` value.
    pub fn as_str(self) -> &'static str {
        match self {
            MsgType::ClientHello => "ClientHello",
            MsgType::ServerHello => "ServerHello",
            MsgType::Certificate => "Certificate",
            MsgType::ServerKeyExchange => "ServerKeyExchange",
            MsgType::ServerHelloDone => "ServerHelloDone",
            MsgType::ClientKeyExchange => "ClientKeyExchange",
            MsgType::ChangeCipherSpec => "ChangeCipherSpec",
            MsgType::Finished => "Finished",
            MsgType::ApplicationData => "ApplicationData",
            MsgType::Alert => "Alert",
        }
    }
}

/// One field of some bytes: its name as the RFC spells it, its byte range, and its
/// value as data (`TLS 1.2`, a suite name), if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HsField {
    pub label: String,
    pub start: u32,
    pub end: u32,
    pub value: Option<String>,
    /// Parts of this field, in byte order.
    pub children: Vec<HsField>,
}

/// One record as sent on the wire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HsMessage {
    pub from: Side,
    pub typ: MsgType,
    /// 0, or 1 for the resumed second connection.
    pub connection: u8,
    /// The record (header + fragment) as sent.
    pub wire: Vec<u8>,
    /// The record's fields (header, then the message or the protected fragment).
    pub fields: Vec<HsField>,
    /// The fragment is encrypted (after the sender's ChangeCipherSpec).
    pub encrypted: bool,
    /// What the two ends see inside an encrypted handshake message or alert (its
    /// plaintext and fields); Eve never sees this.
    pub inner: Option<(Vec<u8>, Vec<HsField>)>,
    /// Mallory changed the record in flight: what arrived instead.
    pub tampered: Option<Vec<u8>>,
}

/// One secret of the key schedule and the message from which each side knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HsSecret {
    /// RFC 5246 / 7627 name: `pre_master_secret`, `session_hash`, `master_secret`,
    /// `key_block`, `client_write_MAC_key`, ...
    pub label: String,
    pub connection: u8,
    pub bytes: Vec<u8>,
    /// Index into `messages` from which the client knows it.
    pub client_at: Option<u32>,
    /// Index into `messages` from which the server knows it.
    pub server_at: Option<u32>,
}

/// One protected application_data record, taken apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HsAppRecord {
    /// Index into `messages`.
    pub message: u32,
    /// The sender's write sequence number (implicit: never on the wire).
    pub seq: u64,
    /// GCM: the 12-byte nonce (salt from write_IV + explicit 8 bytes);
    /// CBC: the record's 16-byte IV.
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
    /// GCM: the 16-byte tag; CBC: the HMAC-SHA256 inside the ciphertext.
    pub tag: Vec<u8>,
    /// What the sender wrote (only the two ends, with the keys, can read it).
    pub plaintext: Vec<u8>,
    /// What the peer read after decrypting it (`None`: the peer rejected the record).
    pub received: Option<Vec<u8>>,
}

/// The alert that ended the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HsAlert {
    /// RFC 5246 name (`bad_record_mac`, `close_notify`, ...).
    pub name: String,
    pub from: Side,
    pub fatal: bool,
    /// Index into `messages`.
    pub message: u32,
}

/// What Eve on the path sees without any key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EveView {
    /// `address:port` of each end (from the capture).
    pub client: String,
    pub server: String,
    /// The server name the client asked for (SNI), in the clear in ClientHello.
    pub sni: Option<String>,
}

/// One whole session, as the page draws it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandshakeSummary {
    pub request: HandshakeRequest,
    /// Every record in wire order.
    pub messages: Vec<HsMessage>,
    pub secrets: Vec<HsSecret>,
    pub app_records: Vec<HsAppRecord>,
    pub alert: Option<HsAlert>,
    /// NSS key log lines (`CLIENT_RANDOM ...`), one per connection that got keys.
    pub keylog: String,
    /// The session as a pcap file (Ethernet/IPv4/TCP).
    pub pcap: Vec<u8>,
    pub eve: EveView,
    /// The server's certificate subject and issuer common names and validity (Unix).
    pub server_cert: CertFacts,
    /// The lab server's RSA key, when the suite sends the pre-master secret encrypted
    /// to it (RSA key exchange) and the server is the lab's own (not Mallory): what the
    /// learner needs to open ClientKeyExchange. A fixed, published learning key
    /// (`hs_keys/server.pem`), worthless for anything real.
    pub server_key: Option<ServerKey>,
}

/// The numbers of the lab server's RSA key (big-endian, no leading zeros).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerKey {
    pub n: Vec<u8>,
    pub e: Vec<u8>,
    pub d: Vec<u8>,
}

/// What the client was shown as the server's certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertFacts {
    pub subject: String,
    pub issuer: String,
    pub not_before: u64,
    pub not_after: u64,
}

/// Why a handshake job could not run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HandshakeError {
    /// The suite name is not one of [`SUITES`].
    UnknownSuite(String),
    /// The lab's keys or certificates could not be made (the library's message).
    Setup(String),
    /// The application data is longer than one record may carry (its length).
    MessageTooLong(u64),
}
