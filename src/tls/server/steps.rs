//! The server's handshake steps: one `handle` per `Expect*` state (RFC 5246 section 7.3).

use super::*;

/// True when the client lists x25519 in supported_groups (or sends no list).
fn client_has_x25519(ch: &ClientHello) -> bool {
    match ch
        .extensions
        .iter()
        .find(|e| e.typ == ExtensionType::SupportedGroups)
    {
        None => true,
        Some(e) => e
            .data
            .get(2..)
            .unwrap_or_default()
            .chunks(2)
            .any(|g| g == [0, 29]),
    }
}

impl ExpectClientHello {
    /// Answers a ClientHello (RFC 5246 section 7.4.1.2): resume a cached session, or
    /// send ServerHello, Certificate, [ServerKeyExchange], ServerHelloDone.
    pub(super) fn handle<R: CryptoRng>(
        self,
        cx: &mut Context<'_, R>,
        ch: ClientHello,
        raw: &[u8],
    ) -> Result<ServerState, Error> {
        if ch.client_version < TLS12 {
            return Err(Error::ProtocolVersion(ch.client_version));
        }
        if !ch.compression_methods.contains(&0) {
            return Err(Error::IllegalParameter(
                "client does not offer null compression".into(),
            ));
        }
        cx.common.transcript.extend_from_slice(raw);
        let secure_reneg = ch
            .cipher_suites
            .contains(&CipherSuite::TlsEmptyRenegotiationInfoScsv)
            || ch
                .extensions
                .iter()
                .any(|e| e.typ == ExtensionType::RenegotiationInfo);
        let mut extensions = Vec::new();
        if secure_reneg {
            extensions.push(Extension {
                typ: ExtensionType::RenegotiationInfo,
                data: vec![0],
            });
        }
        let ems = ch
            .extensions
            .iter()
            .any(|e| e.typ == ExtensionType::ExtendedMasterSecret);
        if ems {
            extensions.push(Extension {
                typ: ExtensionType::ExtendedMasterSecret,
                data: Vec::new(),
            });
        }
        let mut server_random = [0u8; 32];
        cx.rng.fill_bytes(&mut server_random);
        // RFC 7627 section 5.3: resume only a session with the same kind of master secret.
        let cached = self.config.cache.iter().find(|s| {
            !ch.session_id.is_empty()
                && s.id == ch.session_id
                && ch.cipher_suites.contains(&s.suite)
                && s.extended_master_secret == ems
        });
        if let Some(session) = cached {
            let hellos = Hellos {
                config: self.config.clone(),
                client_version: ch.client_version,
                client_random: ch.random,
                server_random,
                suite: session.suite,
                session_id: session.id.clone(),
                ems,
            };
            send_server_hello(cx, &hellos, extensions);
            let master = session.master_secret;
            cx.common.secret("master_secret", &master);
            let (cw, sw) = cx.common.derive_keys(
                hellos.suite,
                &master,
                &hellos.client_random,
                &hellos.server_random,
            )?;
            cx.common.send_change_cipher_spec(sw);
            let vd = prf::verify_data(&master, false, &cx.common.transcript);
            cx.common.send_handshake(&HandshakeMessage {
                payload: HandshakePayload::Finished(vd),
            });
            cx.common.pending_read = Some(cw);
            return Ok(ServerState::ExpectChangeCipherSpec(
                ExpectChangeCipherSpec {
                    hellos,
                    master,
                    pending_write: None,
                    resumed: true,
                },
            ));
        }
        let x25519 = client_has_x25519(&ch);
        let suite = self
            .config
            .suites
            .iter()
            .copied()
            .find(|s| ch.cipher_suites.contains(s) && s.is_supported() && (!s.is_ecdhe() || x25519))
            .ok_or(Error::HandshakeFailure("no cipher suite in common".into()))?;
        let mut session_id = vec![0u8; 32];
        cx.rng.fill_bytes(&mut session_id);
        let hellos = Hellos {
            config: self.config.clone(),
            client_version: ch.client_version,
            client_random: ch.random,
            server_random,
            suite,
            session_id,
            ems,
        };
        if suite.is_ecdhe() {
            extensions.push(Extension {
                typ: ExtensionType::EcPointFormats,
                data: vec![1, 0],
            });
        }
        send_server_hello(cx, &hellos, extensions);
        cx.common.send_handshake(&HandshakeMessage {
            payload: HandshakePayload::Certificate(self.config.cert_chain.clone()),
        });
        let mut ecdhe_secret = None;
        if suite.is_ecdhe() {
            let (secret, public) = kx::x25519_keypair(cx.rng);
            let mut ske = EcdheServerKeyExchange {
                named_curve: 29,
                public: public.to_vec(),
                sig_alg: (4, 1),
                signature: Vec::new(),
            };
            let msg =
                kx::signed_params(&hellos.client_random, &hellos.server_random, &ske.params());
            ske.signature = kx::rsa_sign(&self.config.key, cx.rng, &msg)?;
            cx.common.send_handshake(&HandshakeMessage {
                payload: HandshakePayload::ServerKeyExchange(ske),
            });
            ecdhe_secret = Some(secret);
        }
        cx.common.send_handshake(&HandshakeMessage {
            payload: HandshakePayload::ServerHelloDone,
        });
        Ok(ServerState::ExpectClientKeyExchange(
            ExpectClientKeyExchange {
                hellos,
                ecdhe_secret,
            },
        ))
    }
}

fn send_server_hello<R: CryptoRng>(
    cx: &mut Context<'_, R>,
    h: &Hellos,
    extensions: Vec<Extension>,
) {
    let sh = ServerHello {
        server_version: TLS12,
        random: h.server_random,
        session_id: h.session_id.clone(),
        cipher_suite: h.suite,
        compression_method: 0,
        extensions,
    };
    cx.common.send_handshake(&HandshakeMessage {
        payload: HandshakePayload::ServerHello(sh),
    });
}

impl ExpectClientKeyExchange {
    /// Recovers the pre-master secret (RFC 5246 section 7.4.7) and derives the keys.
    pub(super) fn handle<R: CryptoRng>(
        self,
        cx: &mut Context<'_, R>,
        body: &[u8],
        raw: &[u8],
    ) -> Result<ServerState, Error> {
        let h = self.hellos;
        let pms = match self.ecdhe_secret {
            Some(secret) => {
                let (&n, point) = body
                    .split_first()
                    .ok_or(Error::Decode("empty ClientKeyExchange".into()))?;
                if usize::from(n) != point.len() {
                    return Err(Error::Decode("ClientECDiffieHellmanPublic length".into()));
                }
                kx::x25519_shared(secret, point)?.to_vec()
            }
            None => {
                let n = body
                    .get(..2)
                    .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])));
                let enc = body
                    .get(2..)
                    .filter(|e| Some(e.len()) == n)
                    .ok_or(Error::Decode("EncryptedPreMasterSecret length".into()))?;
                kx::rsa_decrypt_pre_master(&h.config.key, cx.rng, enc, h.client_version).to_vec()
            }
        };
        cx.common.transcript.extend_from_slice(raw);
        let master = cx
            .common
            .derive_master(&pms, h.ems, &h.client_random, &h.server_random);
        let (cw, sw) =
            cx.common
                .derive_keys(h.suite, &master, &h.client_random, &h.server_random)?;
        cx.common.pending_read = Some(cw);
        Ok(ServerState::ExpectChangeCipherSpec(
            ExpectChangeCipherSpec {
                hellos: h,
                master,
                pending_write: Some(sw),
                resumed: false,
            },
        ))
    }
}

impl ExpectFinished {
    /// Checks the client's verify_data; on a full handshake answers with CCS + Finished.
    pub(super) fn handle<R: CryptoRng>(
        self,
        cx: &mut Context<'_, R>,
        vd: &[u8],
        raw: &[u8],
    ) -> Result<ServerState, Error> {
        let want = prf::verify_data(&self.master, true, &cx.common.transcript);
        if !constant_time_eq(&want, vd) {
            return Err(Error::DecryptError(
                "client Finished verify_data does not match".into(),
            ));
        }
        cx.common.transcript.extend_from_slice(raw);
        if let Some(sw) = self.pending_write {
            cx.common.send_change_cipher_spec(sw);
            let vd = prf::verify_data(&self.master, false, &cx.common.transcript);
            cx.common.send_handshake(&HandshakeMessage {
                payload: HandshakePayload::Finished(vd),
            });
        }
        let h = self.hellos;
        cx.common.session = Some(Session {
            id: h.session_id,
            suite: h.suite,
            master_secret: self.master,
            extended_master_secret: h.ems,
        });
        cx.common.events.push(Event::HandshakeComplete {
            resumed: self.resumed,
            suite: h.suite,
        });
        Ok(ServerState::Traffic)
    }
}
