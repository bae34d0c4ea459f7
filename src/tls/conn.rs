//! What client and server share (rustls `common_state.rs`): the record layer with its
//! sequence numbers and keys, the handshake transcript, outgoing bytes and events.

use super::cipher::Protection;
use super::codec::{Codec, Field, Reader};
use super::enums::{AlertDescription, CipherSuite, ContentType, HandshakeType, TLS12};
use super::error::Error;
use super::messages::HandshakeMessage;
use super::prf::{self, KeyBlock};
use super::record::{self, Record, RecordError, MAX_PLAINTEXT};

/// Something the UI may show: every record and message with bytes and fields, every
/// derived secret, and what happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A record sent (`outgoing`) or received, exactly as on the wire.
    Record {
        /// Sent by this side.
        outgoing: bool,
        /// `type`.
        typ: ContentType,
        /// Wire bytes (header + fragment).
        bytes: Vec<u8>,
        /// Header fields.
        fields: Vec<Field>,
        /// The fragment is protected.
        protected: bool,
    },
    /// A handshake message sent or received (its plaintext encoding).
    Handshake {
        /// Sent by this side.
        outgoing: bool,
        /// `msg_type`.
        typ: HandshakeType,
        /// The encoding (header + body).
        bytes: Vec<u8>,
        /// Its fields.
        fields: Vec<Field>,
    },
    /// A ChangeCipherSpec sent or received.
    ChangeCipherSpec {
        /// Sent by this side.
        outgoing: bool,
    },
    /// A derived secret: `pre_master_secret`, `master_secret`, `client_write_key`, ...
    Secret {
        /// RFC 5246 name.
        label: String,
        /// Value.
        bytes: Vec<u8>,
    },
    /// The handshake finished.
    HandshakeComplete {
        /// The abbreviated (resumed) handshake was used.
        resumed: bool,
        /// The negotiated suite.
        suite: CipherSuite,
    },
    /// Application data received from the peer.
    ApplicationData(Vec<u8>),
    /// An alert sent or received.
    Alert {
        /// Sent by this side.
        outgoing: bool,
        /// Fatal level.
        fatal: bool,
        /// Description.
        description: AlertDescription,
    },
}

/// A resumable session (RFC 5246 section 7.3): what both sides cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// `session_id`.
    pub id: Vec<u8>,
    /// The negotiated suite.
    pub suite: CipherSuite,
    /// `master_secret`.
    pub master_secret: [u8; 48],
    /// The master secret is the RFC 7627 extended one (bound to the session hash).
    pub extended_master_secret: bool,
}

/// One incoming unit the state machine handles.
#[derive(Clone, Debug)]
pub enum Incoming {
    /// A whole handshake message and its encoding.
    Handshake(HandshakeMessage, Vec<u8>),
    /// change_cipher_spec.
    ChangeCipherSpec,
    /// application_data.
    ApplicationData(Vec<u8>),
}

/// The state shared by both sides.
#[derive(Debug)]
pub struct Common {
    /// This side is the client.
    pub is_client: bool,
    read: Option<Protection>,
    write: Option<Protection>,
    read_seq: u64,
    write_seq: u64,
    /// Keys for reading, installed when the peer's ChangeCipherSpec arrives.
    pub pending_read: Option<Protection>,
    /// Every handshake message so far (sent and received) for Finished.
    pub transcript: Vec<u8>,
    /// Bytes to send to the peer.
    pub out: Vec<u8>,
    /// Events not yet taken.
    pub events: Vec<Event>,
    /// The peer sent close_notify.
    pub peer_closed: bool,
    /// We sent close_notify.
    pub sent_close: bool,
    /// The session the handshake established.
    pub session: Option<Session>,
    /// The negotiated client random and master secret, for the NSS key log.
    pub keylog: Option<([u8; 32], [u8; 48])>,
}

impl Common {
    /// A fresh record layer with no keys.
    pub fn new(is_client: bool) -> Common {
        Common {
            is_client,
            read: None,
            write: None,
            read_seq: 0,
            write_seq: 0,
            pending_read: None,
            transcript: Vec::new(),
            out: Vec::new(),
            events: Vec::new(),
            peer_closed: false,
            sent_close: false,
            session: None,
            keylog: None,
        }
    }

    /// Writes one record, protecting it if write keys are active.
    pub fn send_record(&mut self, typ: ContentType, payload: &[u8]) {
        for chunk in payload
            .chunks(MAX_PLAINTEXT)
            .chain(payload.is_empty().then_some(&[][..]))
        {
            let fragment = match &self.write {
                Some(p) => {
                    let f = p.seal_record(self.write_seq, typ.get(), TLS12, chunk);
                    self.write_seq = self.write_seq.wrapping_add(1);
                    f
                }
                None => chunk.to_vec(),
            };
            let (bytes, fields) = Record {
                typ,
                version: TLS12,
                fragment,
            }
            .encode();
            self.out.extend_from_slice(&bytes);
            self.events.push(Event::Record {
                outgoing: true,
                typ,
                bytes,
                fields,
                protected: self.write.is_some(),
            });
        }
    }

    /// Sends a handshake message and adds it to the transcript.
    pub fn send_handshake(&mut self, msg: &HandshakeMessage) {
        let mut w = super::codec::Writer::new();
        msg.encode(&mut w);
        self.transcript.extend_from_slice(&w.buf);
        self.events.push(Event::Handshake {
            outgoing: true,
            typ: msg.typ(),
            bytes: w.buf.clone(),
            fields: w.fields,
        });
        self.send_record(ContentType::Handshake, &w.buf);
    }

    /// Sends ChangeCipherSpec and switches to the new write keys (RFC 5246 section 7.1).
    pub fn send_change_cipher_spec(&mut self, write: Protection) {
        self.send_record(ContentType::ChangeCipherSpec, &[1]);
        self.events.push(Event::ChangeCipherSpec { outgoing: true });
        self.write = Some(write);
        self.write_seq = 0;
    }

    /// Sends an alert (RFC 5246 section 7.2).
    pub fn send_alert(&mut self, description: AlertDescription, fatal: bool) {
        self.send_record(
            ContentType::Alert,
            &[if fatal { 2 } else { 1 }, description.get()],
        );
        self.events.push(Event::Alert {
            outgoing: true,
            fatal,
            description,
        });
    }

    /// Installs the pending read keys: the peer's ChangeCipherSpec arrived.
    pub fn activate_read(&mut self) -> Result<(), Error> {
        self.read = Some(self.pending_read.take().ok_or(Error::UnexpectedMessage(
            "ChangeCipherSpec before keys".into(),
        ))?);
        self.read_seq = 0;
        self.events
            .push(Event::ChangeCipherSpec { outgoing: false });
        Ok(())
    }

    /// Computes the master secret from the pre-master (RFC 5246 section 8.1), or with
    /// `ems` the extended master secret over the session hash so far (RFC 7627 section 4),
    /// emitting each step for the UI.
    pub fn derive_master(
        &mut self,
        pms: &[u8],
        ems: bool,
        client_random: &[u8; 32],
        server_random: &[u8; 32],
    ) -> [u8; 48] {
        self.secret("pre_master_secret", pms);
        let master = if ems {
            let session_hash = prf::sha256(&self.transcript);
            self.secret("session_hash", &session_hash);
            prf::extended_master_secret(pms, &session_hash)
        } else {
            prf::master_secret(pms, client_random, server_random)
        };
        self.secret("master_secret", &master);
        master
    }

    /// Emits a derived secret for the UI.
    pub fn secret(&mut self, label: &str, bytes: &[u8]) {
        self.events.push(Event::Secret {
            label: label.to_string(),
            bytes: bytes.to_vec(),
        });
    }

    /// Derives the key block (RFC 5246 section 6.3), emits each part, and returns
    /// (client write protection, server write protection).
    pub fn derive_keys(
        &mut self,
        suite: CipherSuite,
        master: &[u8; 48],
        client_random: &[u8; 32],
        server_random: &[u8; 32],
    ) -> Result<(Protection, Protection), Error> {
        let cbc = suite == CipherSuite::TlsRsaWithAes128CbcSha256;
        let (mac_len, iv_len) = if cbc { (32, 0) } else { (0, 4) };
        let kb: KeyBlock =
            prf::key_block(master, client_random, server_random, mac_len, 16, iv_len);
        self.keylog = Some((*client_random, *master));
        for (label, v) in [
            ("client_write_MAC_key", &kb.client_mac_key),
            ("server_write_MAC_key", &kb.server_mac_key),
            ("client_write_key", &kb.client_key),
            ("server_write_key", &kb.server_key),
            ("client_write_IV", &kb.client_iv),
            ("server_write_IV", &kb.server_iv),
        ] {
            if !v.is_empty() {
                self.secret(label, v);
            }
        }
        let make = |key: &[u8], mac: &[u8], iv: &[u8]| {
            if cbc {
                Protection::cbc(key, mac)
            } else {
                Protection::gcm(key, iv)
            }
        };
        let c = make(&kb.client_key, &kb.client_mac_key, &kb.client_iv);
        let s = make(&kb.server_key, &kb.server_mac_key, &kb.server_iv);
        match (c, s) {
            (Some(c), Some(s)) => Ok((c, s)),
            _ => Err(Error::Internal("bad key length".into())),
        }
    }

    /// Opens one record from the wire: checks framing and removes protection.
    pub fn read_record(&mut self, rec: &Record, raw: Vec<u8>) -> Result<Vec<u8>, Error> {
        let fields = Record::fields(&raw);
        self.events.push(Event::Record {
            outgoing: false,
            typ: rec.typ,
            bytes: raw,
            fields,
            protected: self.read.is_some(),
        });
        if rec.version >> 8 != 3 {
            return Err(Error::ProtocolVersion(rec.version));
        }
        let plain = match &self.read {
            Some(p) => {
                let pt = p
                    .open_record(self.read_seq, rec.typ.get(), rec.version, &rec.fragment)
                    .map_err(|_| Error::BadRecordMac)?;
                self.read_seq = self.read_seq.wrapping_add(1);
                pt
            }
            None => rec.fragment.clone(),
        };
        if plain.len() > MAX_PLAINTEXT {
            return Err(Error::RecordOverflow);
        }
        Ok(plain)
    }

    /// Cuts the next whole record off `buf`.
    pub fn take_record(buf: &mut Vec<u8>) -> Result<Option<(Record, Vec<u8>)>, Error> {
        record::take_record(buf).map_err(|e| match e {
            RecordError::Overflow => Error::RecordOverflow,
            RecordError::BadType(t) => Error::UnexpectedMessage(format!("record type {t}")),
        })
    }
}

/// The longest handshake message accepted (bytes after the 4-byte header).
pub const MAX_HANDSHAKE: usize = 0xffff;

/// A handshake message with its encoding and fields.
pub type TakenHandshake = (HandshakeMessage, Vec<u8>, Vec<Field>);

/// Parses whole handshake messages off the front of `buf` (they may span records).
pub fn take_handshake(buf: &mut Vec<u8>) -> Result<Option<TakenHandshake>, Error> {
    if buf.len() < 4 {
        return Ok(None);
    }
    let len = (usize::from(buf[1]) << 16) | (usize::from(buf[2]) << 8) | usize::from(buf[3]);
    // No handshake message this lab speaks comes near 64 KiB; refuse before buffering more.
    if len > MAX_HANDSHAKE {
        return Err(Error::Decode("handshake message too long".into()));
    }
    if buf.len() < 4 + len {
        return Ok(None);
    }
    let raw: Vec<u8> = buf.drain(..4 + len).collect();
    let mut r = Reader::new(&raw);
    let msg = HandshakeMessage::read(&mut r)?;
    let fields = r.fields;
    Ok(Some((msg, raw, fields)))
}
