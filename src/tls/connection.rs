//! The sans-IO driver (rustls `conn.rs`): bytes in, bytes and events out. A connection
//! holds `Result<State, Error>`: once it fails it stays failed, with its alert sent.

use rand_core::CryptoRng;

use super::conn::{take_handshake, Common, Event, Incoming, Session};
use super::enums::{AlertDescription, ContentType};
use super::error::Error;

/// What a state gets to work with while it handles one message.
pub struct Context<'a, R: CryptoRng> {
    /// The record layer, transcript and output.
    pub common: &'a mut Common,
    /// Randomness (client/server random, pre-master, ephemeral keys).
    pub rng: &'a mut R,
    /// Unix seconds (certificate validity).
    pub now: u64,
}

/// A side's state machine: a closed enum of `Expect*` states.
pub trait HandshakeState: Sized {
    /// Consumes the state and one incoming message, returning the next state.
    fn handle<R: CryptoRng>(self, cx: &mut Context<'_, R>, m: Incoming) -> Result<Self, Error>;
    /// True once application data may flow.
    fn is_traffic(&self) -> bool;
    /// The state's name, for the UI (`ExpectServerHello`, ...).
    fn name(&self) -> &'static str;
}

/// One TLS connection (client or server) without I/O.
#[derive(Debug)]
pub struct Connection<S> {
    /// Record layer, transcript, output and events.
    pub common: Common,
    state: Result<S, Error>,
    inbuf: Vec<u8>,
    hs_buf: Vec<u8>,
}

impl<S: HandshakeState> Connection<S> {
    /// Wraps a state that has already queued its first flight in `common`.
    pub fn from_parts(common: Common, state: S) -> Self {
        Connection {
            common,
            state: Ok(state),
            inbuf: Vec::new(),
            hs_buf: Vec::new(),
        }
    }

    /// Buffers bytes received from the peer.
    pub fn read_tls(&mut self, bytes: &[u8]) {
        self.inbuf.extend_from_slice(bytes);
    }

    /// Takes the bytes to send to the peer.
    pub fn write_tls(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.common.out)
    }

    /// Takes the events since the last call.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.common.events)
    }

    /// The error the connection failed with, if it did.
    pub fn error(&self) -> Option<&Error> {
        self.state.as_ref().err()
    }

    /// The current state's name, or `Failed`.
    pub fn state_name(&self) -> &'static str {
        match &self.state {
            Ok(s) => s.name(),
            Err(_) => "Failed",
        }
    }

    /// True while the handshake is not finished (and has not failed).
    pub fn is_handshaking(&self) -> bool {
        matches!(&self.state, Ok(s) if !s.is_traffic())
    }

    /// The session this handshake established (to cache it).
    pub fn session(&self) -> Option<&Session> {
        self.common.session.as_ref()
    }

    /// The peer sent close_notify.
    pub fn peer_closed(&self) -> bool {
        self.common.peer_closed
    }

    /// Sends application data (RFC 5246 section 10); only after the handshake.
    pub fn send_application_data(&mut self, data: &[u8]) -> Result<(), Error> {
        match &self.state {
            Ok(s) if s.is_traffic() && !self.common.sent_close => {
                self.common.send_record(ContentType::ApplicationData, data);
                Ok(())
            }
            Ok(_) => Err(Error::UnexpectedMessage(
                "application data before the handshake finished".into(),
            )),
            Err(e) => Err(e.clone()),
        }
    }

    /// Sends close_notify (RFC 5246 section 7.2.1).
    pub fn send_close_notify(&mut self) {
        if !self.common.sent_close && self.state.is_ok() {
            self.common.sent_close = true;
            self.common.send_alert(AlertDescription::CloseNotify, false);
        }
    }

    /// Processes every whole record received so far. On failure the error sticks and its
    /// alert is queued for the peer.
    pub fn process<R: CryptoRng>(&mut self, rng: &mut R, now: u64) -> Result<(), Error> {
        if let Err(e) = &self.state {
            return Err(e.clone());
        }
        let result = self.process_records(rng, now);
        if let Err(e) = &result {
            if let Some(alert) = e.alert() {
                self.common.send_alert(alert, true);
            }
            self.state = Err(e.clone());
            self.inbuf.clear();
        }
        result
    }

    fn process_records<R: CryptoRng>(&mut self, rng: &mut R, now: u64) -> Result<(), Error> {
        while !self.common.peer_closed {
            let Some((rec, raw)) = Common::take_record(&mut self.inbuf)? else {
                return Ok(());
            };
            let plain = self.common.read_record(&rec, raw)?;
            match rec.typ {
                ContentType::Alert => self.handle_alert(&plain)?,
                ContentType::Handshake => {
                    if plain.is_empty() {
                        return Err(Error::Decode("empty handshake record".into()));
                    }
                    self.hs_buf.extend_from_slice(&plain);
                    while let Some((msg, raw, fields)) = take_handshake(&mut self.hs_buf)? {
                        self.common.events.push(Event::Handshake {
                            outgoing: false,
                            typ: msg.typ(),
                            bytes: raw.clone(),
                            fields,
                        });
                        self.step(rng, now, Incoming::Handshake(msg, raw))?;
                    }
                }
                ContentType::ChangeCipherSpec => {
                    if plain != [1] {
                        return Err(Error::Decode("ChangeCipherSpec body is not 0x01".into()));
                    }
                    if !self.hs_buf.is_empty() {
                        return Err(Error::UnexpectedMessage(
                            "ChangeCipherSpec inside a handshake message".into(),
                        ));
                    }
                    self.step(rng, now, Incoming::ChangeCipherSpec)?;
                }
                ContentType::ApplicationData => {
                    self.step(rng, now, Incoming::ApplicationData(plain))?
                }
                ContentType::Unknown(t) => {
                    return Err(Error::UnexpectedMessage(format!("record type {t}")))
                }
            }
        }
        Ok(())
    }

    fn step<R: CryptoRng>(&mut self, rng: &mut R, now: u64, m: Incoming) -> Result<(), Error> {
        let state =
            std::mem::replace(&mut self.state, Err(Error::Internal("state in use".into())))?;
        let mut cx = Context {
            common: &mut self.common,
            rng,
            now,
        };
        self.state = Ok(state.handle(&mut cx, m)?);
        Ok(())
    }

    fn handle_alert(&mut self, plain: &[u8]) -> Result<(), Error> {
        let [level, desc] = plain else {
            return Err(Error::Decode("alert is not 2 bytes".into()));
        };
        let description = AlertDescription::from_wire(*desc);
        let fatal = *level == 2;
        self.common.events.push(Event::Alert {
            outgoing: false,
            fatal,
            description,
        });
        if description == AlertDescription::CloseNotify {
            // RFC 5246 section 7.2.1: the caller answers with its own close_notify
            // (`send_close_notify`) once it has handled the data that came before.
            self.common.peer_closed = true;
            return Ok(());
        }
        if fatal {
            return Err(Error::PeerAlert(description));
        }
        Ok(())
    }
}
