//! The client's handshake steps: one `handle` per `Expect*` state (RFC 5246 section 7.3).

use super::*;

impl ExpectServerHello {
    /// Checks the ServerHello (RFC 5246 section 7.4.1.3) and picks full or abbreviated.
    pub(super) fn handle<R: CryptoRng>(
        self,
        cx: &mut Context<'_, R>,
        sh: ServerHello,
        raw: &[u8],
    ) -> Result<ClientState, Error> {
        if sh.server_version != TLS12 {
            return Err(Error::ProtocolVersion(sh.server_version));
        }
        if !self.config.suites.contains(&sh.cipher_suite) {
            return Err(Error::IllegalParameter(format!(
                "server chose {}, which was not offered",
                sh.cipher_suite.name()
            )));
        }
        if sh.compression_method != 0 {
            return Err(Error::IllegalParameter("server chose compression".into()));
        }
        cx.common.transcript.extend_from_slice(raw);
        let ems = sh
            .extensions
            .iter()
            .any(|e| e.typ == ExtensionType::ExtendedMasterSecret);
        let hellos = Hellos {
            config: self.config.clone(),
            client_random: self.client_random,
            server_random: sh.random,
            suite: sh.cipher_suite,
            session_id: sh.session_id.clone(),
            ems,
        };
        let resumed = self
            .config
            .resume
            .as_ref()
            .filter(|s| !s.id.is_empty() && s.id == sh.session_id);
        if let Some(session) = resumed {
            if session.suite != sh.cipher_suite {
                return Err(Error::IllegalParameter(
                    "resumed session with a different suite".into(),
                ));
            }
            // RFC 7627 section 5.3: a resumed session keeps its kind of master secret.
            if session.extended_master_secret != ems {
                return Err(Error::HandshakeFailure(
                    "resumption changed extended_master_secret".into(),
                ));
            }
            let master = session.master_secret;
            cx.common.secret("master_secret", &master);
            let (cw, sw) = cx.common.derive_keys(
                hellos.suite,
                &master,
                &hellos.client_random,
                &hellos.server_random,
            )?;
            cx.common.pending_read = Some(sw);
            return Ok(ClientState::ExpectChangeCipherSpec(
                ExpectChangeCipherSpec {
                    hellos,
                    master,
                    pending_write: Some(cw),
                },
            ));
        }
        Ok(ClientState::ExpectCertificate(ExpectCertificate { hellos }))
    }
}

impl ExpectCertificate {
    /// Verifies the server's chain for the host name at `now` (RFC 5246 section 7.4.2).
    pub(super) fn handle<R: CryptoRng>(
        self,
        cx: &mut Context<'_, R>,
        chain: Vec<Vec<u8>>,
        raw: &[u8],
    ) -> Result<ClientState, Error> {
        let config = &self.hellos.config;
        config
            .verifier
            .verify_server_cert(&chain, &config.server_name, cx.now)
            .map_err(Error::Certificate)?;
        let leaf = chain
            .first()
            .ok_or(Error::Decode("empty certificate list".into()))?;
        let server_key = rsa_public_key(leaf).map_err(Error::Certificate)?;
        cx.common.transcript.extend_from_slice(raw);
        Ok(if self.hellos.suite.is_ecdhe() {
            ClientState::ExpectServerKeyExchange(ExpectServerKeyExchange {
                hellos: self.hellos,
                server_key,
            })
        } else {
            ClientState::ExpectServerHelloDone(ExpectServerHelloDone {
                hellos: self.hellos,
                server_key,
                ecdhe_public: None,
            })
        })
    }
}

impl ExpectServerKeyExchange {
    /// Checks the signature over the randoms and ECDH parameters (RFC 8422 section 5.4).
    pub(super) fn handle<R: CryptoRng>(
        self,
        cx: &mut Context<'_, R>,
        ske: EcdheServerKeyExchange,
        raw: &[u8],
    ) -> Result<ClientState, Error> {
        if ske.sig_alg != (4, 1) {
            return Err(Error::IllegalParameter(
                "signature algorithm is not rsa_pkcs1_sha256".into(),
            ));
        }
        if ske.named_curve != 29 || ske.public.len() != 32 {
            return Err(Error::IllegalParameter(
                "server chose a group other than x25519".into(),
            ));
        }
        let msg = kx::signed_params(
            &self.hellos.client_random,
            &self.hellos.server_random,
            &ske.params(),
        );
        kx::rsa_verify(&self.server_key, &msg, &ske.signature)?;
        cx.common.transcript.extend_from_slice(raw);
        Ok(ClientState::ExpectServerHelloDone(ExpectServerHelloDone {
            hellos: self.hellos,
            server_key: self.server_key,
            ecdhe_public: Some(ske.public),
        }))
    }
}

impl ExpectServerHelloDone {
    /// Sends ClientKeyExchange, ChangeCipherSpec and Finished (RFC 5246 sections 7.4.7, 7.4.9).
    pub(super) fn handle<R: CryptoRng>(
        self,
        cx: &mut Context<'_, R>,
        raw: &[u8],
    ) -> Result<ClientState, Error> {
        cx.common.transcript.extend_from_slice(raw);
        let h = self.hellos;
        let (pms, exchange) = match &self.ecdhe_public {
            Some(server_pub) => {
                let (secret, public) = kx::x25519_keypair(cx.rng);
                let shared = kx::x25519_shared(secret, server_pub)?;
                let mut body = vec![32u8];
                body.extend_from_slice(&public);
                (shared.to_vec(), body)
            }
            None => {
                let pms = kx::rsa_pre_master(cx.rng);
                let enc = kx::rsa_encrypt_pre_master(&self.server_key, cx.rng, &pms)?;
                let mut body = (enc.len() as u16).to_be_bytes().to_vec();
                body.extend_from_slice(&enc);
                (pms.to_vec(), body)
            }
        };
        cx.common.send_handshake(&HandshakeMessage {
            payload: HandshakePayload::ClientKeyExchange(exchange),
        });
        let master = cx
            .common
            .derive_master(&pms, h.ems, &h.client_random, &h.server_random);
        let (cw, sw) =
            cx.common
                .derive_keys(h.suite, &master, &h.client_random, &h.server_random)?;
        cx.common.send_change_cipher_spec(cw);
        let vd = prf::verify_data(&master, true, &cx.common.transcript);
        cx.common.send_handshake(&HandshakeMessage {
            payload: HandshakePayload::Finished(vd),
        });
        cx.common.pending_read = Some(sw);
        Ok(ClientState::ExpectChangeCipherSpec(
            ExpectChangeCipherSpec {
                hellos: h,
                master,
                pending_write: None,
            },
        ))
    }
}

impl ExpectFinished {
    /// Checks the server's verify_data (RFC 5246 section 7.4.9).
    pub(super) fn handle<R: CryptoRng>(
        self,
        cx: &mut Context<'_, R>,
        vd: &[u8],
        raw: &[u8],
    ) -> Result<ClientState, Error> {
        let want = prf::verify_data(&self.master, false, &cx.common.transcript);
        if !constant_time_eq(&want, vd) {
            return Err(Error::DecryptError(
                "server Finished verify_data does not match".into(),
            ));
        }
        cx.common.transcript.extend_from_slice(raw);
        let resumed = self.pending_write.is_some();
        if let Some(cw) = self.pending_write {
            cx.common.send_change_cipher_spec(cw);
            let vd = prf::verify_data(&self.master, true, &cx.common.transcript);
            cx.common.send_handshake(&HandshakeMessage {
                payload: HandshakePayload::Finished(vd),
            });
        }
        let h = self.hellos;
        if !h.session_id.is_empty() {
            cx.common.session = Some(Session {
                id: h.session_id,
                suite: h.suite,
                master_secret: self.master,
                extended_master_secret: h.ems,
            });
        }
        cx.common.events.push(Event::HandshakeComplete {
            resumed,
            suite: h.suite,
        });
        Ok(ClientState::Traffic)
    }
}
