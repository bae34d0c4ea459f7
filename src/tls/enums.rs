//! Wire enums (RFC 5246 section A): every one keeps values it does not know
//! (`Unknown(x)`), so a tampered or foreign byte is shown, not lost (rustls `msgs/enums.rs`).

macro_rules! wire_enum {
    ($(#[$m:meta])* $name:ident : $ty:ty { $($(#[$vm:meta])* $var:ident = $val:expr => $text:expr,)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vm])* $var,)*
            /// A value this lab does not know.
            Unknown($ty),
        }
        impl $name {
            /// The wire value.
            pub fn get(self) -> $ty {
                match self { $($name::$var => $val,)* $name::Unknown(v) => v }
            }
            /// From the wire value.
            pub fn from_wire(v: $ty) -> Self {
                match v { $($val => $name::$var,)* other => $name::Unknown(other) }
            }
            /// The name RFC 5246 / IANA gives it.
            pub fn name(self) -> String {
                match self { $($name::$var => $text.to_string(),)* $name::Unknown(v) => format!("unknown ({v:#x})") }
            }
        }
    };
}

wire_enum! {
    /// `ContentType` (RFC 5246 section 6.2.1).
    ContentType: u8 {
        /// change_cipher_spec(20)
        ChangeCipherSpec = 20 => "change_cipher_spec",
        /// alert(21)
        Alert = 21 => "alert",
        /// handshake(22)
        Handshake = 22 => "handshake",
        /// application_data(23)
        ApplicationData = 23 => "application_data",
    }
}

wire_enum! {
    /// `HandshakeType` (RFC 5246 section 7.4).
    HandshakeType: u8 {
        /// hello_request(0)
        HelloRequest = 0 => "hello_request",
        /// client_hello(1)
        ClientHello = 1 => "client_hello",
        /// server_hello(2)
        ServerHello = 2 => "server_hello",
        /// new_session_ticket(4), RFC 5077
        NewSessionTicket = 4 => "new_session_ticket",
        /// certificate(11)
        Certificate = 11 => "certificate",
        /// server_key_exchange(12)
        ServerKeyExchange = 12 => "server_key_exchange",
        /// certificate_request(13)
        CertificateRequest = 13 => "certificate_request",
        /// server_hello_done(14)
        ServerHelloDone = 14 => "server_hello_done",
        /// certificate_verify(15)
        CertificateVerify = 15 => "certificate_verify",
        /// client_key_exchange(16)
        ClientKeyExchange = 16 => "client_key_exchange",
        /// finished(20)
        Finished = 20 => "finished",
    }
}

wire_enum! {
    /// `AlertDescription` (RFC 5246 section 7.2).
    AlertDescription: u8 {
        /// close_notify(0)
        CloseNotify = 0 => "close_notify",
        /// unexpected_message(10)
        UnexpectedMessage = 10 => "unexpected_message",
        /// bad_record_mac(20)
        BadRecordMac = 20 => "bad_record_mac",
        /// record_overflow(22)
        RecordOverflow = 22 => "record_overflow",
        /// handshake_failure(40)
        HandshakeFailure = 40 => "handshake_failure",
        /// bad_certificate(42)
        BadCertificate = 42 => "bad_certificate",
        /// unsupported_certificate(43)
        UnsupportedCertificate = 43 => "unsupported_certificate",
        /// certificate_revoked(44)
        CertificateRevoked = 44 => "certificate_revoked",
        /// certificate_expired(45)
        CertificateExpired = 45 => "certificate_expired",
        /// certificate_unknown(46)
        CertificateUnknown = 46 => "certificate_unknown",
        /// illegal_parameter(47)
        IllegalParameter = 47 => "illegal_parameter",
        /// unknown_ca(48)
        UnknownCa = 48 => "unknown_ca",
        /// access_denied(49)
        AccessDenied = 49 => "access_denied",
        /// decode_error(50)
        DecodeError = 50 => "decode_error",
        /// decrypt_error(51)
        DecryptError = 51 => "decrypt_error",
        /// protocol_version(70)
        ProtocolVersion = 70 => "protocol_version",
        /// internal_error(80)
        InternalError = 80 => "internal_error",
        /// no_renegotiation(100)
        NoRenegotiation = 100 => "no_renegotiation",
        /// unsupported_extension(110)
        UnsupportedExtension = 110 => "unsupported_extension",
        /// unrecognized_name(112), RFC 6066
        UnrecognizedName = 112 => "unrecognized_name",
    }
}

wire_enum! {
    /// `CipherSuite` (IANA TLS Cipher Suites registry); the three this lab speaks.
    CipherSuite: u16 {
        /// 0x009C, RFC 5288: RSA key transport, AES-128-GCM.
        TlsRsaWithAes128GcmSha256 = 0x009C => "TLS_RSA_WITH_AES_128_GCM_SHA256",
        /// 0x003C, RFC 5246: RSA key transport, AES-128-CBC, HMAC-SHA256.
        TlsRsaWithAes128CbcSha256 = 0x003C => "TLS_RSA_WITH_AES_128_CBC_SHA256",
        /// 0xC02F, RFC 5289: ECDHE with RSA signatures, AES-128-GCM.
        TlsEcdheRsaWithAes128GcmSha256 = 0xC02F => "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        /// 0x00FF, RFC 5746: the renegotiation signalling value.
        TlsEmptyRenegotiationInfoScsv = 0x00FF => "TLS_EMPTY_RENEGOTIATION_INFO_SCSV",
    }
}

wire_enum! {
    /// `ExtensionType` (IANA registry).
    ExtensionType: u16 {
        /// server_name(0), RFC 6066
        ServerName = 0 => "server_name",
        /// supported_groups(10), RFC 8422
        SupportedGroups = 10 => "supported_groups",
        /// ec_point_formats(11), RFC 8422
        EcPointFormats = 11 => "ec_point_formats",
        /// signature_algorithms(13), RFC 5246 section 7.4.1.4.1
        SignatureAlgorithms = 13 => "signature_algorithms",
        /// extended_master_secret(23), RFC 7627
        ExtendedMasterSecret = 23 => "extended_master_secret",
        /// session_ticket(35), RFC 5077
        SessionTicket = 35 => "session_ticket",
        /// renegotiation_info(0xff01), RFC 5746
        RenegotiationInfo = 0xff01 => "renegotiation_info",
    }
}

impl CipherSuite {
    /// The suite from its IANA name.
    pub fn from_name(name: &str) -> Option<CipherSuite> {
        [
            CipherSuite::TlsRsaWithAes128GcmSha256,
            CipherSuite::TlsRsaWithAes128CbcSha256,
            CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
        ]
        .into_iter()
        .find(|s| s.name() == name)
    }

    /// True for the ECDHE suite (ServerKeyExchange present).
    pub fn is_ecdhe(self) -> bool {
        self == CipherSuite::TlsEcdheRsaWithAes128GcmSha256
    }

    /// True for the suites this lab implements.
    pub fn is_supported(self) -> bool {
        matches!(
            self,
            CipherSuite::TlsRsaWithAes128GcmSha256
                | CipherSuite::TlsRsaWithAes128CbcSha256
                | CipherSuite::TlsEcdheRsaWithAes128GcmSha256
        )
    }
}

/// Names a protocol version (RFC 5246 section 6.2.1, RFC 8996 for the retired ones).
pub fn version_name(v: u16) -> String {
    match v {
        0x0300 => "SSL 3.0 (broken, POODLE)".into(),
        0x0301 => "TLS 1.0 (retired, RFC 8996)".into(),
        0x0302 => "TLS 1.1 (retired, RFC 8996)".into(),
        0x0303 => "TLS 1.2".into(),
        0x0304 => "TLS 1.3".into(),
        other => format!("unknown ({other:#06x})"),
    }
}

/// TLS 1.2 on the wire.
pub const TLS12: u16 = 0x0303;
