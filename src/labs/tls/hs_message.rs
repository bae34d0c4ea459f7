//! "Send your own message": what the client sends as application data (the lab's HTTP
//! request, or the Serialize lab's pickle or JSON, optionally `zlib.compress`ed first
//! by the general worker), the one-record limit, and the record length Eve sees for
//! it. Pure: the page chooses and checks, the TLS worker only seals the bytes.

use super::length_leak::{gcm_record_len, RECORD_HEADER};
use crate::tls::record::MAX_PLAINTEXT;

/// The lab's HTTP request, what the client sends unless the learner chose otherwise
/// (`HandshakeRequest::app_data` is `None`).
pub const HTTP_REQUEST: &[u8] = b"GET / HTTP/1.1\r\nHost: wirelab.test\r\n\r\n";

/// The most application data a session sends: one record's plaintext (2^14 bytes,
/// RFC 5246 section 6.2.1), so the message is one record on the diagram.
pub const MAX_APP_DATA: usize = MAX_PLAINTEXT;

/// Where the client's message comes from (its `as_str` is the `hs-send-source`
/// option value and the URL's `hs_send`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MessageSource {
    /// The lab's HTTP request (`handshake_run::REQUEST`).
    #[default]
    Http,
    /// The Serialize lab's `pickle.dumps(value, protocol)`.
    Pickle,
    /// The Serialize lab's `json.dumps(value).encode()`.
    Json,
}

impl MessageSource {
    pub const ALL: [MessageSource; 3] = [
        MessageSource::Http,
        MessageSource::Pickle,
        MessageSource::Json,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MessageSource::Http => "http",
            MessageSource::Pickle => "pickle",
            MessageSource::Json => "json",
        }
    }

    /// The source an option value names (anything else: the HTTP request).
    pub fn parse(s: &str) -> MessageSource {
        MessageSource::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .unwrap_or_default()
    }
}

/// Whether `len` bytes fit in the one record a session sends.
pub fn fits(len: usize) -> bool {
    len <= MAX_APP_DATA
}

/// AES-CBC's IV and HMAC-SHA256's MAC, sent in every CBC record.
pub const CBC_IV: u64 = 16;
pub const CBC_MAC: u64 = 32;

/// The whole record (header included) that carries `len` bytes of application data
/// with `suite`: AES-GCM adds the explicit nonce and the tag (RFC 5288); AES-CBC adds
/// the IV, the MAC and 1 to 16 bytes of padding up to a whole block (RFC 5246
/// section 6.2.3.2, the least padding, as the engine sends).
pub fn record_len(suite: &str, len: u64) -> u64 {
    if suite.contains("_CBC_") {
        let blocks = (len + CBC_MAC) / 16 + 1;
        RECORD_HEADER + CBC_IV + 16 * blocks
    } else {
        gcm_record_len(len)
    }
}
